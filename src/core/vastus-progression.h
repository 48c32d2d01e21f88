/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "vastus-catalogue.h"
#include "vastus-journal.h"
#include "vastus-program.h"

G_BEGIN_DECLS

/*
 * The thresholds of the progression engine, in one place. They are this
 * project's design choices (design/progression.md) built on:
 * - the pain-monitoring model: Silbernagel et al., Am J Sports Med 2007, and
 *   Thomeé 1997 for patellofemoral pain: pain during exercise may reach
 *   5/10, must settle by the next morning, and must not rise week to week;
 * - the smallest change in pain that matters clinically: 2 points on 0–10
 *   (Farrar et al., Pain 2001);
 * - dosage for patellofemoral pain: Harvie 2011; Crossley 2016 and Collins
 *   2018 consensus statements; Willy et al. 2019 clinical practice guideline;
 * - double progression and RPE from strength programming.
 */

/* GREEN: pain during at most 3/10, "comfortable" in the patient versions of
 * the pain-monitoring model. */
#define VASTUS_GREEN_MAX_PAIN_DURING     3
/* AMBER up to 5/10 during exercise: the model's acceptable ceiling. */
#define VASTUS_AMBER_MAX_PAIN_DURING     5
/* RED from 6/10 during exercise: over the model's ceiling. */
#define VASTUS_RED_MIN_PAIN_DURING       6
/* Straight down the ladder at 7/10 or more during exercise. */
#define VASTUS_LADDER_MIN_PAIN_DURING    7
/* Pain after a session may sit 1 point over usual and still be GREEN. */
#define VASTUS_GREEN_MAX_AFTER_OVER_BASELINE  1
/* Morning pain: at usual is GREEN, +1 AMBER, +2 RED (2 points is the
 * smallest change that matters, Farrar 2001). */
#define VASTUS_RED_MORNING_OVER_BASELINE      2
/* Completion: all of it is GREEN, 80–99 % AMBER. */
#define VASTUS_GREEN_MIN_COMPLETION      0.999
#define VASTUS_RED_MAX_COMPLETION        0.80
/* Progress after this many GREEN sessions in a row. */
#define VASTUS_GREEN_SESSIONS_TO_PROGRESS 2
/* At most one step per exercise in this many days, and at most this many
 * exercises progressed per session: "too much, too soon" causes flare-ups. */
#define VASTUS_DAYS_BETWEEN_STEPS        7
#define VASTUS_MAX_PROGRESSIONS_PER_SESSION 2
/* Down the ladder after this many RED sessions in a row, cutting volume by
 * about 30 %. */
#define VASTUS_REDS_TO_LADDER            2
#define VASTUS_LADDER_VOLUME_CUT         0.30
/* Pause the exercise and see a physiotherapist after this many RED sessions
 * in a row. */
#define VASTUS_REDS_TO_PAUSE             3

/* Version 2 of the rules (design/progression.md), one block each. */

/* Rule 1: a warning sign answered yes, or pain during a session of 8/10 or
 * more, stops the whole programme until the knee has been checked ("stop
 * now, get care today", Willy 2019; NICE CKS knee pain). */
#define VASTUS_STOP_MIN_PAIN_DURING      8
/* Rule 2: "usual" pain is the median morning pain of the 7 days before the
 * current flare began; a morning 2 or more over usual never enters it. */
#define VASTUS_BASELINE_DAYS             7
#define VASTUS_BASELINE_EXCLUDE_OVER     2
/* Rule 3: mornings 2 or more over usual for more than 48 hours stop the
 * programme and send the person to a professional (Silbernagel 2007: pain
 * must settle by the next morning). */
#define VASTUS_FLARE_HOURS               48
/* Rule 4: a 7-day mean morning pain 1 or more above the 7 days before
 * freezes steps up; 2 or more above usual steps every exercise down once
 * (at most once per VASTUS_DAYS_BETWEEN_STEPS). */
#define VASTUS_WEEKLY_FREEZE_RISE        1.0
#define VASTUS_CREEP_REGRESS_OVER_USUAL  2.0
/* Rule 5: the GREEN sessions that earn a step up are at the current dose:
 * none from before the exercise's last change, none unlogged. */
/* Rule 6: one variable, one step; "too easy" only ever skips to the harder
 * variant when the reps or hold are at the top of their range. */
/* Rule 7: after this many days without a session, the first session back
 * never progresses and the count of GREEN sessions starts again. */
#define VASTUS_BREAK_DAYS                14
/* Rule 8: "too hard" (RPE 9 or more: the dose is above capacity) this many
 * sessions in a row at the same dose steps down, pain or not. */
#define VASTUS_TOO_HARD_TO_REGRESS       3
/* Rule 9: under VASTUS_RED_MAX_COMPLETION done this many sessions in a row,
 * in sessions that ended normally, steps down, pain or not. */
#define VASTUS_LOW_COMPLETION_TO_REGRESS 2
/* Rule 10: RED sessions of an exercise count for the easier variant that
 * replaced it. */
/* Rule 11: with pain during of VASTUS_RED_MIN_PAIN_DURING or more and some
 * exercises said to hurt, only those are RED; the others are AMBER. */
/* Rule 12: a session ended "because of pain" is RED for the exercise under
 * way. */
/* Rule 13: after this many weeks of at least this many sessions a week,
 * pain during not this much below the first two weeks' mean pauses the
 * exercise and advises a physiotherapist (no improvement of the smallest
 * change that matters after 6–8 weeks: design/progression.md). A mean of
 * 3/10 or less is comfortable, the GREEN range: nothing is left to improve,
 * and an improving person is never paused for not improving faster. */
#define VASTUS_PLATEAU_WEEKS             6
#define VASTUS_PLATEAU_SESSIONS_PER_WEEK 2
#define VASTUS_PLATEAU_MIN_IMPROVEMENT   2.0
#define VASTUS_PLATEAU_COMFORTABLE_PAIN  VASTUS_GREEN_MAX_PAIN_DURING
#define VASTUS_PLATEAU_WINDOW_DAYS       14

/* Step sizes (Willy 2019; Harvie 2011): reps +1 a set, sets up to 4; holds
 * +5 s to 30 s, then 45 s; knee bend 45° → 60° → 90°; step height
 * 10 → 15 → 20 cm; load about +5 %, at least 1 kg. */
#define VASTUS_STEP_REPS                 1
#define VASTUS_STEP_HOLD_S               5
#define VASTUS_HOLD_LAST_STEP_FROM_S     30
#define VASTUS_HOLD_LAST_STEP_TO_S       45
#define VASTUS_STEP_LOAD_FRACTION        0.05
#define VASTUS_STEP_LOAD_MIN_KG          1.0

/* Programmes start at two sets so that a first session is short; the first
 * step up is the third set, at the same reps, because 2–4 sets of 10 or more
 * is the dose the guidelines recommend (Willy 2019; Collins 2018). */
#define VASTUS_TARGET_SETS               3

typedef enum
{
  VASTUS_CLASS_IGNORED,   /* not logged, or stopped early for another reason */
  VASTUS_CLASS_GREEN,
  VASTUS_CLASS_AMBER,
  VASTUS_CLASS_RED,
} VastusClass;

typedef enum
{
  VASTUS_DECISION_HOLD,
  VASTUS_DECISION_PROGRESS,
  VASTUS_DECISION_REGRESS,
  VASTUS_DECISION_LADDER_DOWN,
  VASTUS_DECISION_STOP,
  VASTUS_DECISION_SET,          /* set by the person, or their physiotherapist */
} VastusDecisionKind;

typedef struct
{
  char               *exercise;      /* the exercise decided about */
  char               *new_exercise;  /* the variant that replaces it, or NULL */
  VastusDecisionKind  kind;
  VastusClass         klass;
  VastusDose          before;
  VastusDose          after;
  char               *reason;        /* one plain sentence */
} VastusDecision;

typedef struct
{
  GPtrArray *decisions;              /* VastusDecision, in programme order */
  VastusHold hold;                   /* kind NONE unless the programme goes on hold */
} VastusProgression;

/* A programme change as the journal keeps it: what the windows show of it. */
typedef struct
{
  gint64              time;          /* µs since the epoch, 0 when not known */
  char               *session_id;    /* the session it followed, or NULL */
  VastusDecisionKind  kind;
  gboolean            hold;          /* written when the programme went on hold */
  char               *reason;        /* one plain sentence */
  char               *before_id;     /* the exercise before, or NULL */
  char               *after_id;      /* the exercise after, or NULL */
} VastusChange;

void               vastus_change_free             (VastusChange       *change);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (VastusChange, vastus_change_free)
GPtrArray         *vastus_progression_list_changes (VastusJournal     *journal,
                                                   const char         *session_id,
                                                   const char         *exercise_id);

const char        *vastus_decision_kind_to_string (VastusDecisionKind kind);
const char        *vastus_class_to_string         (VastusClass        klass);

double             vastus_progression_usual_pain  (VastusJournal      *journal,
                                                   gint64              before);
VastusClass        vastus_progression_classify    (VastusJournal      *journal,
                                                   VastusSessionEntry *entry,
                                                   const char         *exercise,
                                                   char              **why);

VastusProgression *vastus_progression_decide      (VastusProgram      *program,
                                                   VastusCatalogue    *catalogue,
                                                   VastusJournal      *journal,
                                                   const char         *session_id,
                                                   gint64              now);
gboolean           vastus_progression_apply       (VastusProgression  *progression,
                                                   VastusProgram      *program,
                                                   VastusCatalogue    *catalogue,
                                                   VastusJournal      *journal,
                                                   const char         *session_id,
                                                   const char         *program_path,
                                                   gint64              now,
                                                   GError            **error);
VastusProgression *vastus_progression_new_hold    (VastusProgram      *program,
                                                   VastusHoldKind      kind,
                                                   const char         *why,
                                                   gint64              now);
void               vastus_progression_free        (VastusProgression  *progression);

gboolean           vastus_progression_step_down   (VastusExercise     *exercise,
                                                   VastusDose         *dose,
                                                   char              **what);
char              *vastus_progression_explain     (VastusProgram      *program,
                                                   VastusCatalogue    *catalogue,
                                                   VastusJournal      *journal,
                                                   gint64              now);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (VastusProgression, vastus_progression_free)

G_END_DECLS
