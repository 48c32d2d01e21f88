/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "vastus-exercise.h"

G_BEGIN_DECLS

typedef enum
{
  VASTUS_PHASE_PREPARE,         /* get ready for an exercise */
  VASTUS_PHASE_WORK,            /* a set: a hold, paced reps or counted reps */
  VASTUS_PHASE_SWITCH_SIDES,    /* between the legs of a one-leg set */
  VASTUS_PHASE_REST_SET,        /* between sets */
  VASTUS_PHASE_REST_EXERCISE,   /* between exercises */
  VASTUS_PHASE_DONE,
} VastusPhase;

typedef enum
{
  VASTUS_WORK_HOLD,
  VASTUS_WORK_PACED,
  VASTUS_WORK_COUNTED,
} VastusWork;

typedef enum
{
  VASTUS_LEG_NONE,
  VASTUS_LEG_LEFT,
  VASTUS_LEG_RIGHT,
} VastusLeg;

/* One step of a session, in order. */
typedef struct
{
  VastusPhase phase;
  guint       exercise;      /* index into the plan's exercises */
  guint       set;           /* from 0 */
  guint       n_sets;
  VastusLeg   leg;
  VastusWork  work;
  guint       reps;          /* planned, for paced and counted work */
  gint64      duration;      /* microseconds; 0 for counted work */
} VastusPlanStep;

#define VASTUS_PREPARE_SECONDS        10
#define VASTUS_SWITCH_SIDES_SECONDS    5
#define VASTUS_ROLL_OVER_SECONDS      10   /* onto the other side, lying down */
#define VASTUS_REST_EXERCISE_SECONDS  20
#define VASTUS_COUNTED_REP_SECONDS     3   /* for the time a counted set takes */

#define VASTUS_TYPE_PLAN (vastus_plan_get_type ())

G_DECLARE_FINAL_TYPE (VastusPlan, vastus_plan, VASTUS, PLAN, GObject)

VastusPlan           *vastus_plan_new            (VastusLeg        first_leg);
void                  vastus_plan_add            (VastusPlan      *self,
                                                  VastusExercise  *exercise,
                                                  const VastusDose *dose);
VastusPlan           *vastus_plan_new_eased      (VastusPlan      *self,
                                                  guint            exercise,
                                                  guint            from_set,
                                                  VastusLeg        from_leg,
                                                  const VastusDose *dose);
guint                 vastus_plan_get_n_exercises (VastusPlan     *self);
VastusExercise       *vastus_plan_get_exercise   (VastusPlan      *self,
                                                  guint            index);
const VastusDose     *vastus_plan_get_dose       (VastusPlan      *self,
                                                  guint            index);
guint                 vastus_plan_get_n_steps    (VastusPlan      *self);
const VastusPlanStep *vastus_plan_get_step       (VastusPlan      *self,
                                                  guint            index);
gint64                vastus_plan_get_duration   (VastusPlan      *self);
void                  vastus_plan_set_shortened  (VastusPlan      *self,
                                                  gboolean         shortened);
gboolean              vastus_plan_get_shortened  (VastusPlan      *self);

G_END_DECLS
