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
/* Stop and get care today at 8/10 or more (safety stop). */
#define VASTUS_STOP_MIN_PAIN_DURING      8
/* Pain after a session may sit 1 point over baseline and still be GREEN. */
#define VASTUS_GREEN_MAX_AFTER_OVER_BASELINE  1
/* Next morning: back to baseline is GREEN, +1 AMBER, +2 RED (2 points is the
 * smallest change that matters, Farrar 2001). */
#define VASTUS_RED_MORNING_OVER_BASELINE      2
/* Completion: all of it is GREEN, 80–99 % AMBER, under 80 % because of pain
 * RED. */
#define VASTUS_GREEN_MIN_COMPLETION      0.999
#define VASTUS_RED_MAX_COMPLETION        0.80
/* The baseline is the median morning pain over this many days. */
#define VASTUS_BASELINE_DAYS             7
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
 * in a row, or with morning pain 2 over baseline for more than 48 hours. */
#define VASTUS_REDS_TO_PAUSE             3
#define VASTUS_FLARE_HOURS               48
/* Weekly rule: the 7-day mean morning pain against the 7 days before it. A
 * rise of 1 freezes progressions; a rise of 2 regresses loaded exercises. */
#define VASTUS_WEEKLY_FREEZE_RISE        1.0
#define VASTUS_WEEKLY_REGRESS_RISE       2.0
/* Step sizes (Willy 2019; Harvie 2011): reps +1 a set, sets up to 4; holds
 * +5 s to 30 s, then 45 s; knee bend 45° → 60° → 90°; step height
 * 10 → 15 → 20 cm; load about +5 %, at least 1 kg. */
#define VASTUS_STEP_REPS                 1
#define VASTUS_STEP_HOLD_S               5
#define VASTUS_HOLD_LAST_STEP_FROM_S     30
#define VASTUS_HOLD_LAST_STEP_TO_S       45
#define VASTUS_STEP_LOAD_FRACTION        0.05
#define VASTUS_STEP_LOAD_MIN_KG          1.0

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
  gboolean   seek_care;              /* stop now, get care today */
  char      *care_reason;
} VastusProgression;

const char        *vastus_decision_kind_to_string (VastusDecisionKind kind);
const char        *vastus_class_to_string         (VastusClass        klass);

double             vastus_progression_baseline    (VastusJournal      *journal,
                                                   gint64              before);
VastusClass        vastus_progression_classify    (VastusSessionEntry *entry,
                                                   const char         *exercise,
                                                   double              baseline,
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
void               vastus_progression_free        (VastusProgression  *progression);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (VastusProgression, vastus_progression_free)

G_END_DECLS
