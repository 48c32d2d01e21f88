/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "vastus-json.h"
#include "vastus-session.h"

G_BEGIN_DECLS

/* How an exercise felt: the person's effort, mapped to RPE by the engine. */
typedef enum
{
  VASTUS_FEEL_UNSET,
  VASTUS_FEEL_TOO_EASY,
  VASTUS_FEEL_ABOUT_RIGHT,
  VASTUS_FEEL_TOO_HARD,
} VastusFeel;

/* One set on one leg: what was planned and what was done. */
typedef struct
{
  guint     set;            /* from 1 */
  VastusLeg leg;
  gboolean  reached;
  gboolean  skipped;
  guint     planned_reps;   /* 0 for holds */
  guint     done_reps;
  guint     planned_ms;     /* 0 for rep work */
  guint     done_ms;
} VastusSetResult;

typedef struct
{
  const char      *id;      /* interned */
  const char      *name;    /* interned: the name when the session was done */
  VastusSetResult *sets;
  guint            n_sets;
} VastusExerciseResult;

typedef struct
{
  const char *exercise;     /* interned id */
  VastusFeel  feel;
  gboolean    hurt;
} VastusExerciseFeel;

/* "My Knee Hurts" during the session: which exercise, in which set, and
 * what the person chose. */
typedef struct
{
  const char       *exercise;   /* interned id */
  guint             set;        /* from 1 */
  VastusKneeAction  action;
} VastusKneeNote;

/* The pain log asked after a session. */
typedef struct
{
  gint64              time;       /* when it was logged, µs since the epoch */
  int                 during;     /* worst pain during the session, 0–10 */
  int                 after;      /* pain at the end, 0–10 */
  VastusExerciseFeel *feels;
  guint               n_feels;
  char               *notes;
} VastusPainLog;

/* The next-morning check: pain and stiffness, or dismissed unanswered. */
typedef struct
{
  gint64   time;
  int      pain;                  /* 0–10, -1 when dismissed */
} VastusMorningCheck;

#define VASTUS_PAIN_MAX 10

VastusPainLog *vastus_pain_log_new        (int                  during,
                                           int                  after,
                                           const char          *notes);
void           vastus_pain_log_add_feel   (VastusPainLog       *log,
                                           const char          *exercise,
                                           VastusFeel           feel,
                                           gboolean             hurt);
const VastusExerciseFeel *vastus_pain_log_get_feel (const VastusPainLog *log,
                                                    const char          *exercise);
VastusPainLog *vastus_pain_log_copy       (const VastusPainLog *log);
void           vastus_pain_log_free       (VastusPainLog       *log);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (VastusPainLog, vastus_pain_log_free)

const char    *vastus_feel_to_string      (VastusFeel           feel);
VastusFeel     vastus_feel_from_string    (const char          *text);
const char    *vastus_end_reason_to_string (VastusEndReason     reason);
const char    *vastus_knee_action_to_string (VastusKneeAction   action);

double         vastus_exercise_result_completion (const VastusExerciseResult *result);
void           vastus_exercise_result_count      (const VastusExerciseResult *result,
                                                  guint                      *done,
                                                  guint                      *skipped,
                                                  guint                      *total);

#define VASTUS_TYPE_SESSION_ENTRY (vastus_session_entry_get_type ())
G_DECLARE_FINAL_TYPE (VastusSessionEntry, vastus_session_entry, VASTUS, SESSION_ENTRY, GObject)

VastusSessionEntry  *vastus_session_entry_new_from_session (VastusSession *session,
                                                            const char    *program_id,
                                                            const char    *program_name,
                                                            gint64         start,
                                                            gint64         end);
VastusSessionEntry  *vastus_session_entry_new          (const char         *id,
                                                        gint64              start,
                                                        gint64              end);
void                 vastus_session_entry_add_exercise (VastusSessionEntry *self,
                                                        const char         *id,
                                                        const char         *name,
                                                        const VastusSetResult *sets,
                                                        guint               n_sets);

const char          *vastus_session_entry_get_id       (VastusSessionEntry *self);
gint64               vastus_session_entry_get_start    (VastusSessionEntry *self);
gint64               vastus_session_entry_get_end      (VastusSessionEntry *self);
gint64               vastus_session_entry_get_active_time (VastusSessionEntry *self);
void                 vastus_session_entry_set_active_time (VastusSessionEntry *self,
                                                           gint64              active);
const char          *vastus_session_entry_get_program_id   (VastusSessionEntry *self);
const char          *vastus_session_entry_get_program_name (VastusSessionEntry *self);
void                 vastus_session_entry_set_program  (VastusSessionEntry *self,
                                                        const char         *id,
                                                        const char         *name);
VastusEndReason      vastus_session_entry_get_end_reason (VastusSessionEntry *self);
gboolean             vastus_session_entry_get_shortened (VastusSessionEntry *self);
void                 vastus_session_entry_set_shortened (VastusSessionEntry *self,
                                                         gboolean            shortened);
void                 vastus_session_entry_set_end_reason (VastusSessionEntry *self,
                                                          VastusEndReason     reason);
const char          *vastus_session_entry_get_ended_during (VastusSessionEntry *self);
void                 vastus_session_entry_set_ended_during (VastusSessionEntry *self,
                                                            const char         *exercise);
guint                vastus_session_entry_get_n_knee_notes (VastusSessionEntry *self);
const VastusKneeNote *vastus_session_entry_get_knee_note  (VastusSessionEntry *self,
                                                           guint               index);
void                 vastus_session_entry_add_knee_note  (VastusSessionEntry *self,
                                                          const char         *exercise,
                                                          guint               set,
                                                          VastusKneeAction    action);
gboolean             vastus_session_entry_knee_hurt      (VastusSessionEntry *self,
                                                          const char         *exercise);
guint                vastus_session_entry_get_n_exercises (VastusSessionEntry *self);
const VastusExerciseResult *vastus_session_entry_get_exercise (VastusSessionEntry *self,
                                                               guint               index);
void                 vastus_session_entry_count_sets   (VastusSessionEntry *self,
                                                        guint              *done,
                                                        guint              *skipped,
                                                        guint              *total);
const VastusPainLog *vastus_session_entry_get_pain     (VastusSessionEntry *self);
void                 vastus_session_entry_set_pain     (VastusSessionEntry *self,
                                                        const VastusPainLog *pain);
const VastusMorningCheck *vastus_session_entry_get_morning (VastusSessionEntry *self);
void                 vastus_session_entry_set_morning  (VastusSessionEntry *self,
                                                        const VastusMorningCheck *morning);

cJSON               *vastus_session_entry_to_json      (VastusSessionEntry *self);
VastusSessionEntry  *vastus_session_entry_new_from_json (const cJSON       *object,
                                                         VastusCheck       *check);
cJSON               *vastus_pain_log_to_json           (const VastusPainLog *log,
                                                        const char          *session_id);
VastusPainLog       *vastus_pain_log_new_from_json     (const cJSON         *object,
                                                        VastusCheck         *check);

char                *vastus_time_to_iso8601            (gint64               time);
gboolean             vastus_time_from_iso8601          (const char          *text,
                                                        gint64              *time);
gint64               vastus_time_from_record           (const cJSON         *record);

G_END_DECLS
