/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "vastus-session.h"

G_BEGIN_DECLS

/* The moments a coach speaks up: each is a sound and, but for tempo ticks, a
 * screen-reader announcement. Never every second. */
typedef enum
{
  VASTUS_CUE_PHASE,         /* a step began; count is its index */
  VASTUS_CUE_HALFWAY,       /* halfway through a hold of 20 s or more */
  VASTUS_CUE_TEN_SECONDS,   /* 10 s left of a timed step of 20 s or more */
  VASTUS_CUE_COUNTDOWN,     /* 3, 2, 1 before a timed step ends; count is the number */
  VASTUS_CUE_TEMPO,         /* a paced rep's next phase; count is its index in the tempo */
} VastusCueKind;

#define VASTUS_CUE_LONG_STEP_SECONDS   20
#define VASTUS_CUE_COUNTDOWN_FROM       3

#define VASTUS_TYPE_COACH (vastus_coach_get_type ())

G_DECLARE_FINAL_TYPE (VastusCoach, vastus_coach, VASTUS, COACH, GObject)

VastusCoach *vastus_coach_new               (VastusSession *session);
VastusSession *vastus_coach_get_session     (VastusCoach   *self);

char        *vastus_coach_describe_phase    (VastusSession *session);
char        *vastus_coach_describe_set      (VastusPlan    *plan,
                                             guint          step);
char        *vastus_coach_describe_next     (VastusPlan    *plan,
                                             guint          step);
char        *vastus_coach_describe_count    (VastusSession *session,
                                             char         **unit,
                                             double        *fraction);
char        *vastus_coach_announce          (VastusSession *session,
                                             VastusCueKind  kind,
                                             guint          count);
char        *vastus_coach_speak             (VastusSession *session,
                                             VastusCueKind  kind,
                                             guint          count);
char        *vastus_coach_describe_dose_spoken (VastusPlan *plan,
                                                guint       exercise);
const char  *vastus_coach_get_voice         (void);

G_END_DECLS
