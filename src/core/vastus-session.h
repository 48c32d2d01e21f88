/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "vastus-clock.h"
#include "vastus-plan.h"

G_BEGIN_DECLS

typedef enum
{
  VASTUS_SESSION_READY,
  VASTUS_SESSION_RUNNING,
  VASTUS_SESSION_PAUSED,
  VASTUS_SESSION_FINISHED,
} VastusSessionState;

typedef enum
{
  VASTUS_END_NONE,
  VASTUS_END_COMPLETED,     /* every step run */
  VASTUS_END_STOPPED,       /* the person ended it */
  VASTUS_END_PAIN,          /* ended because it hurt */
  VASTUS_END_RED_FLAG,      /* ended by a red-flag answer */
} VastusEndReason;

/* What was planned and what was done, for one set on one leg. */
typedef struct
{
  guint     step;             /* the work step in the plan */
  guint     exercise;
  guint     set;
  VastusLeg leg;
  guint     planned_reps;
  gint64    planned_duration; /* microseconds */
  guint     done_reps;
  gint64    done_duration;
  gboolean  reached;          /* the set was started */
  gboolean  skipped;
} VastusSetRecord;

/* What the person chose when the knee hurt during a session ("My Knee
 * Hurts"): the engine reads these as "this exercise hurt". */
typedef enum
{
  VASTUS_KNEE_EASIER,          /* made easier for the rest of today */
  VASTUS_KNEE_SKIPPED,         /* the rest of the exercise skipped */
  VASTUS_KNEE_ENDED,           /* the session ended because of pain */
  VASTUS_KNEE_WARNING_SIGNS,   /* something else: the warning-sign questions */
} VastusKneeAction;

typedef struct
{
  guint            exercise;   /* index into the plan's exercises */
  guint            set;        /* from 0: the set it happened in */
  VastusKneeAction action;
  VastusDose       dose;       /* for EASIER: today's dose from that set on */
  VastusLeg        leg;        /* the leg of that set, for one-leg work */
} VastusKneeReport;


#define VASTUS_BACK_RESTARTS_AFTER (2 * G_USEC_PER_SEC)

#define VASTUS_TYPE_SESSION (vastus_session_get_type ())

G_DECLARE_FINAL_TYPE (VastusSession, vastus_session, VASTUS, SESSION, GObject)

VastusSession         *vastus_session_new              (VastusClock   *clock,
                                                        VastusPlan    *plan);
VastusPlan            *vastus_session_get_plan         (VastusSession *self);
VastusClock           *vastus_session_get_clock        (VastusSession *self);

void                   vastus_session_start            (VastusSession *self);
void                   vastus_session_start_at         (VastusSession *self,
                                                        guint          step);
void                   vastus_session_pause            (VastusSession *self);
void                   vastus_session_resume           (VastusSession *self);
void                   vastus_session_skip             (VastusSession *self);
void                   vastus_session_back             (VastusSession *self);
void                   vastus_session_done             (VastusSession *self,
                                                        int            reps);
void                   vastus_session_stop             (VastusSession *self,
                                                        VastusEndReason reason);

VastusSessionState     vastus_session_get_state        (VastusSession *self);
VastusEndReason        vastus_session_get_end_reason   (VastusSession *self);
guint                  vastus_session_get_step_index   (VastusSession *self);
const VastusPlanStep  *vastus_session_get_step         (VastusSession *self);
gint64                 vastus_session_get_step_start   (VastusSession *self);
gint64                 vastus_session_get_elapsed      (VastusSession *self);
gint64                 vastus_session_get_remaining    (VastusSession *self);
gboolean               vastus_session_get_rep          (VastusSession *self,
                                                        guint         *rep,
                                                        guint         *tempo_phase,
                                                        gint64        *phase_remaining);
GArray                *vastus_session_get_records      (VastusSession *self);
gint64                 vastus_session_get_active_time  (VastusSession *self);
void                   vastus_session_count_sets       (VastusSession *self,
                                                        guint         *done,
                                                        guint         *skipped,
                                                        guint         *missed);

guint                  vastus_session_get_exercise_under_way (VastusSession *self);
void                   vastus_session_report_knee      (VastusSession *self,
                                                        VastusKneeAction action);
gboolean               vastus_session_ease             (VastusSession *self,
                                                        const VastusDose *dose);
gboolean               vastus_session_can_skip_exercise (VastusSession *self);
void                   vastus_session_skip_exercise    (VastusSession *self);
GArray                *vastus_session_get_knee_reports (VastusSession *self);
void                   vastus_session_add_knee_report  (VastusSession *self,
                                                        const VastusKneeReport *report);

gint64                 vastus_session_get_wall_start   (VastusSession *self);
void                   vastus_session_set_wall_start   (VastusSession *self,
                                                        gint64         wall_start);

G_END_DECLS
