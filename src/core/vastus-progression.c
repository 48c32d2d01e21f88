/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "vastus-progression"

#include "config.h"

#include "vastus-date.h"
#include "vastus-progression.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "vastus-red-flags.h"

/*
 * The progression engine. When a session's pain log is saved, each exercise
 * of the session is classed GREEN, AMBER or RED from the pain during and
 * after it, the morning check made since the session before, how much was
 * done and how it felt; then it goes up a step, holds, comes down a step,
 * goes down its ladder, or is paused, with one plain sentence that says why.
 * A warning sign, pain of 8/10 or a lasting flare puts the whole programme
 * on hold instead.
 *
 * Rules and thresholds: design/progression.md, "Version 2 of the rules",
 * and vastus-progression.h, where each rule has its number. The code below
 * names the rule it follows.
 *
 * The morning check comes where the app has it: after the session it is
 * about, before the next one. A session's decision is made when its pain log
 * is saved, so it never sees its own next morning; that morning counts in
 * the decision after it.
 *
 * Beyond those rules: a shorter session, chosen on Today for a day with less
 * time, is neither a full session nor a failed one. Its good result holds
 * the dose and neither counts towards nor breaks a run of good sessions; its
 * completion is not counted against the exercise; pain, "too hard" and
 * warning signs count as in any session. A dose set by hand names the
 * session it follows, and the engine counts from the next one.
 */

#define DAY (G_GINT64_CONSTANT (86400) * G_USEC_PER_SEC)
#define HOUR (G_GINT64_CONSTANT (3600) * G_USEC_PER_SEC)

static const char * const kind_names[] = { "hold", "progress", "regress", "ladder-down", "stop", "set", NULL };
static const char * const class_names[] = { "ignored", "green", "amber", "red", NULL };

const char *
vastus_decision_kind_to_string (VastusDecisionKind kind)
{
  g_return_val_if_fail (kind <= VASTUS_DECISION_SET, "");
  return kind_names[kind];
}

const char *
vastus_class_to_string (VastusClass klass)
{
  g_return_val_if_fail (klass <= VASTUS_CLASS_RED, "");
  return class_names[klass];
}

static void
decision_free (gpointer data)
{
  VastusDecision *decision = data;

  g_free (decision->exercise);
  g_free (decision->new_exercise);
  g_free (decision->reason);
  g_free (decision);
}

void
vastus_progression_free (VastusProgression *progression)
{
  if (progression == NULL)
    return;
  g_ptr_array_unref (progression->decisions);
  vastus_hold_clear (&progression->hold);
  g_free (progression);
}

/* The first letter in upper case, in any script: reasons are made of
 * fragments that each translation words its own way. */
static char *
capitalise (char *sentence)
{
  const char *rest;
  char first[8];
  char *result;
  int length;

  if (sentence == NULL || sentence[0] == '\0' || !g_utf8_validate (sentence, -1, NULL))
    return sentence;
  rest = g_utf8_next_char (sentence);
  length = g_unichar_to_utf8 (g_unichar_totitle (g_utf8_get_char (sentence)), first);
  first[length] = '\0';
  result = g_strconcat (first, rest, NULL);
  g_free (sentence);
  return result;
}

/* Sessions */

static int
compare_int (gconstpointer a,
             gconstpointer b)
{
  return *(const int *) a - *(const int *) b;
}

static VastusSessionEntry *
session_at (VastusJournal *journal,
            guint          index)
{
  VastusSessionEntry *entry = g_list_model_get_item (G_LIST_MODEL (journal), index);

  /* The journal keeps its sessions: a borrowed pointer is enough. */
  g_object_unref (entry);
  return entry;
}

static guint
n_sessions (VastusJournal *journal)
{
  return g_list_model_get_n_items (G_LIST_MODEL (journal));
}

static guint
index_of (VastusJournal      *journal,
          VastusSessionEntry *entry)
{
  for (guint i = n_sessions (journal); i > 0; i--)
    if (session_at (journal, i - 1) == entry)
      return i - 1;
  return G_MAXUINT;
}

/* The exercise's result in @entry, if it was reached at all: an exercise
 * the session never got to says nothing about it. */
static const VastusExerciseResult *
find_result (VastusSessionEntry *entry,
             const char         *exercise)
{
  for (guint i = 0; i < vastus_session_entry_get_n_exercises (entry); i++)
    {
      const VastusExerciseResult *result = vastus_session_entry_get_exercise (entry, i);

      if (g_strcmp0 (result->id, exercise) == 0)
        {
          for (guint s = 0; s < result->n_sets; s++)
            if (result->sets[s].reached || result->sets[s].skipped)
              return result;
          return NULL;
        }
    }
  return NULL;
}

/* When the session's decision was made: its pain log, else its end. */
static gint64
decided_at (VastusSessionEntry *entry)
{
  const VastusPainLog *pain = vastus_session_entry_get_pain (entry);

  return pain != NULL && pain->time > 0 ? pain->time : vastus_session_entry_get_end (entry);
}

/* Rule 7: no session for 14 days or more before this one. */
static gint64
break_before (VastusJournal *journal,
              guint          index)
{
  gint64 gap;

  if (index == 0 || index == G_MAXUINT)
    return 0;
  gap = vastus_session_entry_get_start (session_at (journal, index)) -
        vastus_session_entry_get_end (session_at (journal, index - 1));
  return gap >= VASTUS_BREAK_DAYS * DAY ? gap : 0;
}

/* Rule 2: usual pain */

typedef struct
{
  gint64   time;
  gint64   session_end;   /* the session the morning is about */
  int      pain;
  gboolean accepted;      /* part of "usual": not itself a flare */
} Sample;

typedef struct
{
  GArray  *samples;       /* Sample, oldest first */
  gboolean mornings;      /* FALSE: no morning checks, pain after stands in */
} Usual;

static int
compare_sample (gconstpointer a,
                gconstpointer b)
{
  gint64 x = ((const Sample *) a)->time, y = ((const Sample *) b)->time;

  return x < y ? -1 : x > y;
}

static double
median_of (GArray *values)
{
  if (values->len == 0)
    return -1;
  g_array_sort (values, compare_int);
  if (values->len % 2 == 1)
    return g_array_index (values, int, values->len / 2);
  return (g_array_index (values, int, values->len / 2 - 1) + g_array_index (values, int, values->len / 2)) / 2.0;
}

/* The median of the accepted samples of the 7 days up to the newest
 * accepted one before @before: the most recent 7 days that have any, so a
 * break or a flare never drags "usual" back to the first-ever log. */
static double
usual_before (GArray *samples,
              guint   n,
              gint64  before)
{
  g_autoptr (GArray) values = g_array_new (FALSE, FALSE, sizeof (int));
  gint64 newest = -1;

  for (guint i = n; i > 0; i--)
    {
      const Sample *sample = &g_array_index (samples, Sample, i - 1);

      if (!sample->accepted || sample->time >= before)
        continue;
      if (newest < 0)
        newest = sample->time;
      if (sample->time <= newest - VASTUS_BASELINE_DAYS * DAY)
        break;
      g_array_append_val (values, sample->pain);
    }
  return median_of (values);
}

static gint64
last_knee_check (VastusJournal *journal)
{
  gint64 newest = 0;

  for (guint i = 0; i < vastus_journal_get_n_events (journal); i++)
    {
      const cJSON *event = vastus_journal_get_event (journal, i);
      const cJSON *type = cJSON_GetObjectItemCaseSensitive (event, "type");

      if (cJSON_IsString (type) && g_str_equal (type->valuestring, "knee-checked"))
        newest = MAX (newest, vastus_time_from_record (event));
    }
  return newest;
}

/* The morning checks up to @now, each marked whether it counts towards
 * usual pain. With no morning check at all, pain after sessions stands in.
 * After a knee check by a professional, usual starts again from the next
 * check: a lasting change has been seen to. */
static Usual *
usual_new (VastusJournal *journal,
           gint64         now)
{
  Usual *usual = g_new0 (Usual, 1);
  g_autoptr (GArray) waiting = g_array_new (FALSE, FALSE, sizeof (guint));
  gint64 reset = last_knee_check (journal);
  gboolean reset_pending = reset > 0;

  usual->samples = g_array_new (FALSE, FALSE, sizeof (Sample));
  for (guint pass = 0; pass < 2 && usual->samples->len == 0; pass++)
    for (guint i = 0; i < n_sessions (journal); i++)
      {
        VastusSessionEntry *entry = session_at (journal, i);
        const VastusMorningCheck *morning = vastus_session_entry_get_morning (entry);
        const VastusPainLog *pain = vastus_session_entry_get_pain (entry);
        Sample sample = { 0, vastus_session_entry_get_end (entry), -1, FALSE };

        if (pass == 0 && morning != NULL && morning->pain >= 0 && morning->time <= now)
          sample = (Sample) { morning->time, sample.session_end, morning->pain, FALSE };
        else if (pass == 1 && pain != NULL && decided_at (entry) <= now)
          sample = (Sample) { decided_at (entry), sample.session_end, pain->after, FALSE };
        if (sample.pain >= 0)
          g_array_append_val (usual->samples, sample);
        usual->mornings = pass == 0;
      }
  g_array_sort (usual->samples, compare_sample);

  /* A morning 2 or more over usual is a flare and never enters it. One
   * over usual waits: it enters once the knee is back at usual, so a rise
   * that lasts, however slowly it came, is measured against the level
   * before it began (rule 4), never taken as the new normal. */
  for (guint i = 0; i < usual->samples->len; i++)
    {
      Sample *sample = &g_array_index (usual->samples, Sample, i);
      double before = usual_before (usual->samples, i, sample->time);

      if (reset_pending && sample->time > reset)
        {
          reset_pending = FALSE;
          for (guint k = 0; k < i; k++)
            g_array_index (usual->samples, Sample, k).accepted = FALSE;
          g_array_set_size (waiting, 0);
          before = -1;
        }

      if (before < 0 || sample->pain <= before)
        {
          sample->accepted = TRUE;
          for (guint k = 0; k < waiting->len; k++)
            g_array_index (usual->samples, Sample, g_array_index (waiting, guint, k)).accepted = TRUE;
          g_array_set_size (waiting, 0);
        }
      else if (sample->pain < before + VASTUS_BASELINE_EXCLUDE_OVER)
        g_array_append_val (waiting, i);
    }
  return usual;
}

static void
usual_free (Usual *usual)
{
  g_array_unref (usual->samples);
  g_free (usual);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Usual, usual_free)

/* Usual pain before @before, or -1 when nothing is known yet. */
static double
usual_at (Usual  *usual,
          gint64  before)
{
  return usual_before (usual->samples, usual->samples->len, before);
}

/**
 * vastus_progression_usual_pain:
 * @before: µs since the epoch
 *
 * "Usual" pain (rule 2): the median morning pain of the 7 days before the
 * current flare began, leaving out mornings that are themselves a flare;
 * with no recent morning, the most recent 7 days that have one.
 *
 * Returns: usual pain 0–10, or -1 when no pain has been logged yet
 */
double
vastus_progression_usual_pain (VastusJournal *journal,
                               gint64         before)
{
  g_autoptr (Usual) usual = usual_new (journal, before);

  return usual_at (usual, before);
}

/* The morning check made since the session before @index and before its
 * decision: how the knee took the last session. */
static const VastusMorningCheck *
morning_before (VastusJournal *journal,
                guint          index,
                gint64         cutoff)
{
  const VastusMorningCheck *morning;

  if (index == 0 || index == G_MAXUINT)
    return NULL;
  morning = vastus_session_entry_get_morning (session_at (journal, index - 1));
  return morning != NULL && morning->pain >= 0 && morning->time <= cutoff ? morning : NULL;
}

/* Classes */

typedef struct
{
  VastusJournal *journal;
  Usual         *usual;
  gint64         now;
} Context;

/* Whether the pain log says some exercise hurt (rule 11), or the person
 * said so during the session. */
static gboolean
said_hurt (VastusSessionEntry *entry,
           const char         *exercise)
{
  const VastusPainLog *pain = vastus_session_entry_get_pain (entry);
  const VastusExerciseFeel *feel = vastus_pain_log_get_feel (pain, exercise);

  return (feel != NULL && feel->hurt) || vastus_session_entry_knee_hurt (entry, exercise);
}

static gboolean
any_said_hurt (VastusSessionEntry *entry)
{
  const VastusPainLog *pain = vastus_session_entry_get_pain (entry);

  for (guint i = 0; pain != NULL && i < pain->n_feels; i++)
    if (pain->feels[i].hurt)
      return TRUE;
  return vastus_session_entry_get_n_knee_notes (entry) > 0;
}

static VastusClass
classify (Context            *ctx,
          VastusSessionEntry *entry,
          guint               index,
          const char         *exercise,
          char              **why)
{
  const VastusPainLog *pain = vastus_session_entry_get_pain (entry);
  const VastusExerciseResult *result = find_result (entry, exercise);
  const VastusExerciseFeel *feel = vastus_pain_log_get_feel (pain, exercise);
  VastusEndReason ended = vastus_session_entry_get_end_reason (entry);
  gboolean under_way = g_strcmp0 (vastus_session_entry_get_ended_during (entry), exercise) == 0;
  const VastusMorningCheck *morning;
  double completion, usual;
  char *reason = NULL;
  VastusClass klass;

  if (result == NULL || pain == NULL)
    {
      if (why != NULL)
        /* Translators: about knee pain, scored 0 (none) to 10 (worst imaginable): keep numbers and meaning exact */
        *why = g_strdup (_("no pain was logged for it"));
      return VASTUS_CLASS_IGNORED;
    }

  completion = vastus_exercise_result_completion (result);
  morning = morning_before (ctx->journal, index, MIN (decided_at (entry), ctx->now));
  usual = usual_at (ctx->usual, morning != NULL ? morning->time : vastus_session_entry_get_start (entry));

  /* Stopped for a reason other than pain: recorded, and not held against
   * the exercise left unfinished. */
  if (completion < VASTUS_GREEN_MIN_COMPLETION && ended == VASTUS_END_STOPPED)
    {
      if (why != NULL)
        /* Translators: about knee pain, scored 0 (none) to 10 (worst imaginable): keep numbers and meaning exact */
        *why = g_strdup (_("the session ended early for a reason other than pain"));
      return VASTUS_CLASS_IGNORED;
    }

  klass = VASTUS_CLASS_RED;
  /* Rule 11: the pain log says which exercise hurt. */
  if (pain->during >= VASTUS_RED_MIN_PAIN_DURING && (!any_said_hurt (entry) || said_hurt (entry, exercise)))
    /* Translators: about knee pain, scored 0 (none) to 10 (worst imaginable): keep numbers and meaning exact */
    reason = g_strdup_printf (_("pain reached %d/10 during the session, over the 5/10 limit"), pain->during);
  else if (morning != NULL && usual >= 0 && morning->pain >= usual + VASTUS_RED_MORNING_OVER_BASELINE)
    /* Translators: a reason, continued by what happens, as in "…: hold time goes from 20 s to 15 s." */
    reason = g_strdup_printf (_("the morning after your previous session your knee was at %d/10, at least 2 points "
                                "above your usual %g/10"), morning->pain, usual);
  /* Rule 12: ended because of pain, asked, not guessed. */
  else if (under_way && (ended == VASTUS_END_PAIN || ended == VASTUS_END_RED_FLAG))
    /* Translators: about knee pain, scored 0 (none) to 10 (worst imaginable): keep numbers and meaning exact */
    reason = g_strdup (_("you ended the session because of pain during it"));
  if (reason != NULL)
    goto done;

  klass = VASTUS_CLASS_AMBER;
  if (pain->during >= VASTUS_RED_MIN_PAIN_DURING)
    /* Translators: about knee pain, scored 0 (none) to 10 (worst imaginable): keep numbers and meaning exact */
    reason = g_strdup_printf (_("pain reached %d/10 during the session, though you said other exercises hurt, "
                                "not this one"), pain->during);
  else if (pain->during > VASTUS_GREEN_MAX_PAIN_DURING)
    /* Translators: about knee pain, scored 0 (none) to 10 (worst imaginable): keep numbers and meaning exact */
    reason = g_strdup_printf (_("pain reached %d/10 during the session: that is acceptable, but above 3/10"), pain->during);
  else if (usual >= 0 && pain->after > usual + VASTUS_GREEN_MAX_AFTER_OVER_BASELINE)
    /* Translators: about knee pain, scored 0 (none) to 10 (worst imaginable): keep numbers and meaning exact */
    reason = g_strdup_printf (_("pain after the session was %d/10, over your usual %g/10"), pain->after, usual);
  else if (morning != NULL && usual >= 0 && morning->pain > usual)
    reason = g_strdup_printf (_("the morning after your previous session your knee was at %d/10, a little above "
                                "your usual %g/10"), morning->pain, usual);
  else if (completion < VASTUS_GREEN_MIN_COMPLETION)
    reason = g_strdup_printf (_("you did %d%% of it"), (int) floor (completion * 100));
  else if (feel != NULL && feel->feel == VASTUS_FEEL_TOO_HARD)
    reason = g_strdup (_("it felt too hard"));
  else if (said_hurt (entry, exercise))
    /* Translators: about knee pain, scored 0 (none) to 10 (worst imaginable): keep numbers and meaning exact */
    reason = g_strdup (_("you said it hurt"));
  else
    {
      klass = VASTUS_CLASS_GREEN;
      /* Translators: about knee pain, scored 0 (none) to 10 (worst imaginable): keep numbers and meaning exact */
      reason = g_strdup_printf (_("pain stayed at %d/10 and you did all of it"), pain->during);
    }

done:
  if (why != NULL)
    *why = reason;
  else
    g_free (reason);
  return klass;
}

/**
 * vastus_progression_classify:
 * @why: (out) (optional): the main reason, as words that fit in a sentence
 *
 * Classes one exercise of one session as the engine did when the session's
 * pain log was saved: with the morning check made since the session before,
 * never with the session's own next morning. A session without a pain log,
 * or ended early for a reason other than pain with the exercise not
 * finished, is ignored: it is recorded and does not count for or against.
 */
VastusClass
vastus_progression_classify (VastusJournal      *journal,
                             VastusSessionEntry *entry,
                             const char         *exercise,
                             char              **why)
{
  gint64 now = decided_at (entry);
  g_autoptr (Usual) usual = usual_new (journal, now);
  Context ctx = { journal, usual, now };

  return classify (&ctx, entry, index_of (journal, entry), exercise, why);
}

/* Steps */

typedef struct
{
  VastusDoseValue which;
  double          from;
  double          to;
  double          from_reps;   /* for a set added with the reps started again */
  double          to_reps;
} Step;

static const double depth_steps[] = { 30, 45, 60, 90 };
static const double step_heights[] = { 10, 15, 20 };

static gboolean
movable (VastusExercise   *exercise,
         const VastusDose *dose,
         VastusDoseValue   which,
         double           *min,
         double           *max)
{
  return vastus_dose_has (dose, which) && vastus_exercise_can_progress (exercise, which) &&
         vastus_dose_get_bounds (dose, which, min, max);
}

/* The next value of @which up (@up) or down from @value on its fixed steps. */
static double
next_on (const double *steps,
         guint         n,
         double        value,
         gboolean      up)
{
  if (up)
    {
      for (guint i = 0; i < n; i++)
        if (steps[i] > value + 0.01)
          return steps[i];
      return value;
    }
  for (guint i = n; i > 0; i--)
    if (steps[i - 1] < value - 0.01)
      return steps[i - 1];
  return value;
}

static double
next_value (VastusDoseValue which,
            double          value,
            gboolean        up)
{
  switch (which)
    {
    case VASTUS_DOSE_REPS:
    case VASTUS_DOSE_SETS:
      return value + (up ? VASTUS_STEP_REPS : -VASTUS_STEP_REPS);
    case VASTUS_DOSE_HOLD:
      if (up)
        return value >= VASTUS_HOLD_LAST_STEP_FROM_S && value < VASTUS_HOLD_LAST_STEP_TO_S
               ? VASTUS_HOLD_LAST_STEP_TO_S : value + VASTUS_STEP_HOLD_S;
      return value > VASTUS_HOLD_LAST_STEP_FROM_S && value <= VASTUS_HOLD_LAST_STEP_TO_S
             ? VASTUS_HOLD_LAST_STEP_FROM_S : value - VASTUS_STEP_HOLD_S;
    case VASTUS_DOSE_DEPTH:
      return next_on (depth_steps, G_N_ELEMENTS (depth_steps), value, up);
    case VASTUS_DOSE_STEP:
      return next_on (step_heights, G_N_ELEMENTS (step_heights), value, up);
    case VASTUS_DOSE_LOAD:
      {
        double change = MAX (value * VASTUS_STEP_LOAD_FRACTION, VASTUS_STEP_LOAD_MIN_KG);

        return round ((value + (up ? change : -change)) * 2) / 2;
      }
    case VASTUS_DOSE_REST:
    case VASTUS_DOSE_N_VALUES:
    default:
      return value;
    }
}

/* The order variables move in. Up: a third set first, at the same reps or
 * hold (VASTUS_TARGET_SETS); then reps to the top of the range, then a set
 * more with reps back at the bottom (double progression); holds by 5 s;
 * then knee bend, step height and load. Down: intensity first (knee bend,
 * step, load), then hold, reps and sets. */
static const VastusDoseValue up_order[] = {
  VASTUS_DOSE_REPS, VASTUS_DOSE_HOLD, VASTUS_DOSE_SETS, VASTUS_DOSE_DEPTH, VASTUS_DOSE_STEP, VASTUS_DOSE_LOAD,
};
static const VastusDoseValue down_order[] = {
  VASTUS_DOSE_DEPTH, VASTUS_DOSE_STEP, VASTUS_DOSE_LOAD, VASTUS_DOSE_HOLD, VASTUS_DOSE_REPS, VASTUS_DOSE_SETS,
};

/* Rule 6: one step, one variable, within the bounds. Adding a set with the
 * reps back at the exercise's starting reps is one step of double
 * progression. */
static gboolean
step_dose (VastusExercise *exercise,
           VastusDose     *dose,
           gboolean        up,
           Step           *step)
{
  const VastusDoseValue *order = up ? up_order : down_order;
  double min, max;

  memset (step, 0, sizeof *step);

  if (up && movable (exercise, dose, VASTUS_DOSE_SETS, &min, &max) &&
      vastus_dose_get (dose, VASTUS_DOSE_SETS) < MIN (VASTUS_TARGET_SETS, max))
    {
      step->which = VASTUS_DOSE_SETS;
      step->from = vastus_dose_get (dose, VASTUS_DOSE_SETS);
      step->to = step->from + 1;
      vastus_dose_set (dose, VASTUS_DOSE_SETS, step->to);
      return TRUE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (up_order); i++)
    {
      VastusDoseValue which = order[i];
      double value, next;

      if (!movable (exercise, dose, which, &min, &max))
        continue;

      value = vastus_dose_get (dose, which);
      next = CLAMP (next_value (which, value, up), min, max);
      if (up ? next <= value + 0.001 : next >= value - 0.001)
        continue;

      step->which = which;
      step->from = value;
      step->to = next;
      vastus_dose_set (dose, which, next);

      /* A set more starts the reps again where the exercise starts them
       * (within their range), not at the bottom: 3 × 15 becomes 4 × 10,
       * not 4 × 6, which would be less work than before. */
      if (up && which == VASTUS_DOSE_SETS && movable (exercise, dose, VASTUS_DOSE_REPS, &min, &max))
        {
          const VastusDose *start = vastus_exercise_get_dose (exercise);
          double reps = vastus_dose_has (start, VASTUS_DOSE_REPS) ? vastus_dose_get (start, VASTUS_DOSE_REPS) : min;

          step->from_reps = vastus_dose_get (dose, VASTUS_DOSE_REPS);
          step->to_reps = CLAMP (reps, min, max);
          vastus_dose_set (dose, VASTUS_DOSE_REPS, step->to_reps);
        }
      return TRUE;
    }

  return FALSE;
}

/* About 30 % less: fewer reps, or seconds, or sets, within the bounds. */
static gboolean
cut_volume (VastusExercise *exercise,
            VastusDose     *dose)
{
  static const VastusDoseValue order[] = { VASTUS_DOSE_REPS, VASTUS_DOSE_HOLD, VASTUS_DOSE_SETS };
  double min, max;

  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    {
      VastusDoseValue which = order[i];
      double value, next;

      if (!vastus_dose_has (dose, which) || !vastus_dose_get_bounds (dose, which, &min, &max))
        continue;
      value = vastus_dose_get (dose, which);
      next = which == VASTUS_DOSE_HOLD
             ? round (value * (1 - VASTUS_LADDER_VOLUME_CUT) / 5) * 5
             : round (value * (1 - VASTUS_LADDER_VOLUME_CUT));
      if (next >= min && next < value)
        {
          vastus_dose_set (dose, which, next);
          return TRUE;
        }
    }
  return FALSE;
}

static char *
describe_step (const Step *step)
{
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;

  switch (step->which)
    {
    case VASTUS_DOSE_REPS:
      return g_strdup_printf (_("reps go from %g to %g a set"), step->from, step->to);
    case VASTUS_DOSE_SETS:
      if (step->to_reps > 0)
        return g_strdup_printf (_("%g × %g becomes %g × %g"), step->from, step->from_reps, step->to, step->to_reps);
      return g_strdup_printf (_("sets go from %g to %g"), step->from, step->to);
    case VASTUS_DOSE_HOLD:
      from = vastus_format_seconds ((int) step->from);
      to = vastus_format_seconds ((int) step->to);
      return g_strdup_printf (_("hold time goes from %s to %s"), from, to);
    case VASTUS_DOSE_DEPTH:
      return g_strdup_printf (_("knee bend goes from %g° to %g°"), step->from, step->to);
    case VASTUS_DOSE_STEP:
      return g_strdup_printf (_("step height goes from %g cm to %g cm"), step->from, step->to);
    case VASTUS_DOSE_LOAD:
      return g_strdup_printf (_("load goes from %g kg to %g kg"), step->from, step->to);
    case VASTUS_DOSE_REST:
    case VASTUS_DOSE_N_VALUES:
    default:
      return g_strdup (_("the dose changes"));
    }
}

/**
 * vastus_progression_step_down:
 * @dose: (inout): the dose, one step lower on return
 * @what: (out) (optional): the change in words, as in "hold time goes from
 *   20 s to 15 s"
 *
 * One step down, the most intense variable first (knee bend, step height,
 * load, then hold, reps, sets), within the catalogue's bounds.
 *
 * Returns: %FALSE when the dose is already the easiest
 */
gboolean
vastus_progression_step_down (VastusExercise *exercise,
                              VastusDose     *dose,
                              char          **what)
{
  Step step;

  g_return_val_if_fail (VASTUS_IS_EXERCISE (exercise), FALSE);

  if (!step_dose (exercise, dose, FALSE, &step))
    return FALSE;
  if (what != NULL)
    *what = describe_step (&step);
  return TRUE;
}

/* The journal's programme changes */

static const char *
change_text (const cJSON *change,
             const char  *key,
             const char  *inner)
{
  const cJSON *item = cJSON_GetObjectItemCaseSensitive (change, key);

  if (inner != NULL)
    item = cJSON_GetObjectItemCaseSensitive (item, inner);
  return cJSON_IsString (item) ? item->valuestring : NULL;
}

static gboolean
change_is (const cJSON        *change,
           VastusDecisionKind  kind)
{
  return g_strcmp0 (change_text (change, "decision", NULL), kind_names[kind]) == 0;
}

static gint64
change_time (const cJSON *change)
{
  return vastus_time_from_record (change);
}

void
vastus_change_free (VastusChange *change)
{
  if (change == NULL)
    return;
  g_free (change->session_id);
  g_free (change->reason);
  g_free (change->before_id);
  g_free (change->after_id);
  g_free (change);
}

/**
 * vastus_progression_list_changes:
 * @session_id: (nullable): only the changes that followed this session
 * @exercise_id: (nullable): only the changes to this exercise, before or after
 *
 * The programme changes in the journal with a decision and a reason, oldest
 * first; records without them are passed over (the journal says which lines
 * it could not read).
 *
 * Returns: (transfer container) (element-type VastusChange): the changes
 */
GPtrArray *
vastus_progression_list_changes (VastusJournal *journal,
                                 const char    *session_id,
                                 const char    *exercise_id)
{
  GPtrArray *changes = g_ptr_array_new_with_free_func ((GDestroyNotify) vastus_change_free);

  g_return_val_if_fail (VASTUS_IS_JOURNAL (journal), changes);

  for (guint i = 0; i < vastus_journal_get_n_program_changes (journal); i++)
    {
      const cJSON *record = vastus_journal_get_program_change (journal, i);
      const char *decision = change_text (record, "decision", NULL);
      const char *reason = change_text (record, "reason", NULL);
      const char *before = change_text (record, "before", "id");
      const char *after = change_text (record, "after", "id");
      const char *session = change_text (record, "session", NULL);
      VastusChange *change;
      int kind;

      if (decision == NULL || reason == NULL)
        continue;
      for (kind = 0; kind_names[kind] != NULL && !g_str_equal (kind_names[kind], decision); kind++)
        ;
      if (kind_names[kind] == NULL)
        continue;
      if (session_id != NULL && g_strcmp0 (session, session_id) != 0)
        continue;
      if (exercise_id != NULL && g_strcmp0 (before, exercise_id) != 0 && g_strcmp0 (after, exercise_id) != 0)
        continue;

      change = g_new0 (VastusChange, 1);
      change->time = change_time (record);
      change->session_id = g_strdup (session);
      change->kind = (VastusDecisionKind) kind;
      change->hold = cJSON_GetObjectItemCaseSensitive (record, "hold") != NULL;
      change->reason = g_strdup (reason);
      change->before_id = g_strdup (before);
      change->after_id = g_strdup (after);
      g_ptr_array_add (changes, change);
    }

  return changes;
}

/* The newest change that left @exercise where it is: anything but a hold.
 * A stop under a programme hold changes no dose either. */
static const cJSON *
last_change (VastusJournal *journal,
             const char    *exercise)
{
  for (guint i = vastus_journal_get_n_program_changes (journal); i > 0; i--)
    {
      const cJSON *change = vastus_journal_get_program_change (journal, i - 1);

      if (g_strcmp0 (change_text (change, "after", "id"), exercise) == 0 && !change_is (change, VASTUS_DECISION_HOLD))
        return change;
    }
  return NULL;
}

static gint64
last_change_time (VastusJournal *journal,
                  const char    *exercise)
{
  const cJSON *change = last_change (journal, exercise);

  return change != NULL ? change_time (change) : 0;
}

/* The dose before the most recent progression, to undo it first. */
static gboolean
dose_before_progression (VastusJournal  *journal,
                         VastusExercise *exercise,
                         VastusDose     *dose)
{
  const cJSON *change = last_change (journal, vastus_exercise_get_id (exercise));
  VastusCheck check;
  guint progression;
  gboolean ok;

  if (change == NULL || !change_is (change, VASTUS_DECISION_PROGRESS) ||
      g_strcmp0 (change_text (change, "before", "id"), vastus_exercise_get_id (exercise)) != 0)
    return FALSE;

  vastus_check_init (&check, "journal.jsonl");
  *dose = *vastus_exercise_get_dose (exercise);
  vastus_dose_read_json (&check, cJSON_GetObjectItemCaseSensitive (change, "before"), dose, &progression);
  ok = vastus_check_count (&check) == 0;
  vastus_check_clear (&check);
  return ok;
}

/* The index of the newest session that came before the last change that
 * left @exercise where it is: the one the engine decided on ("session"), or
 * the one a person-made change followed ("follows"). Time alone cannot
 * tell a session from a change made in the same second. G_MAXUINT when the
 * change names none (or there is no change); -1 as "before every session"
 * is G_MAXUINT - 1. */
#define BEFORE_EVERY_SESSION (G_MAXUINT - 1)

static guint
last_change_follows (VastusJournal *journal,
                     const char    *exercise)
{
  const cJSON *change = last_change (journal, exercise);
  const cJSON *follows;
  VastusSessionEntry *entry;

  if (change == NULL)
    return G_MAXUINT;
  follows = cJSON_GetObjectItemCaseSensitive (change, "follows");
  if (cJSON_IsNull (follows))
    return BEFORE_EVERY_SESSION;
  if (!cJSON_IsString (follows))
    follows = cJSON_GetObjectItemCaseSensitive (change, "session");
  if (!cJSON_IsString (follows))
    return G_MAXUINT;
  entry = vastus_journal_lookup_session (journal, follows->valuestring);
  return entry != NULL ? index_of (journal, entry) : G_MAXUINT;
}

/* Days since the dose last went up, or down. */
static gint64
days_since (VastusJournal      *journal,
            const char         *exercise,
            gboolean            up,
            gint64              now)
{
  const cJSON *change = last_change (journal, exercise);

  if (change == NULL ||
      !(up ? change_is (change, VASTUS_DECISION_PROGRESS)
           : change_is (change, VASTUS_DECISION_REGRESS) || change_is (change, VASTUS_DECISION_LADDER_DOWN)))
    return G_MAXINT;
  return (now - change_time (change)) / DAY;
}

/* Rule 10: the exercise and those it replaced going down the ladder, each
 * with the time it was replaced. */
typedef struct
{
  const char *id;
  gint64      until;
} Rung;

static GArray *
lineage (VastusJournal *journal,
         const char    *exercise)
{
  GArray *rungs = g_array_new (FALSE, FALSE, sizeof (Rung));
  Rung rung = { exercise, G_MAXINT64 };

  g_array_append_val (rungs, rung);
  for (guint i = vastus_journal_get_n_program_changes (journal); i > 0 && rungs->len < 8; i--)
    {
      const cJSON *change = vastus_journal_get_program_change (journal, i - 1);
      const char *before = change_text (change, "before", "id");
      const Rung *newest = &g_array_index (rungs, Rung, rungs->len - 1);

      if (change_is (change, VASTUS_DECISION_LADDER_DOWN) && before != NULL &&
          g_strcmp0 (change_text (change, "after", "id"), newest->id) == 0 &&
          g_strcmp0 (before, newest->id) != 0 && change_time (change) < newest->until)
        {
          rung = (Rung) { before, change_time (change) };
          g_array_append_val (rungs, rung);
        }
    }
  return rungs;
}

/* The id under which @entry has the exercise, following the ladder. */
static const char *
rung_in (GArray             *rungs,
         VastusSessionEntry *entry)
{
  for (guint r = 0; r < rungs->len; r++)
    {
      const Rung *rung = &g_array_index (rungs, Rung, r);

      if (vastus_session_entry_get_start (entry) < rung->until && find_result (entry, rung->id) != NULL)
        return rung->id;
    }
  return NULL;
}

/* History of one exercise */

typedef struct
{
  guint    greens;          /* GREEN in a row at the current dose (rules 5, 7) */
  guint    reds;            /* RED in a row, down the ladder too (rule 10) */
  gboolean reds_span_ladder;
  guint    too_hard;        /* "too hard" in a row at the current dose (rule 8) */
  guint    low_completion;  /* under 80 % in a row, ended normally (rule 9) */
  gint64   changed;         /* the last change, µs; 0 for none */
  guint    changed_after;   /* the session the last change followed, see last_change_follows() */
} History;

/* Walks the sessions up to and including @index, newest first. */
static void
history_of (Context    *ctx,
            const char *exercise,
            guint       index,
            History    *history)
{
  g_autoptr (GArray) rungs = lineage (ctx->journal, exercise);
  gboolean counting_greens = TRUE, counting_reds = TRUE, counting_hard = TRUE, counting_low = TRUE;

  memset (history, 0, sizeof *history);
  history->changed = last_change_time (ctx->journal, exercise);
  history->changed_after = last_change_follows (ctx->journal, exercise);

  for (guint i = index + 1; i > 0 && (counting_greens || counting_reds || counting_hard || counting_low); i--)
    {
      VastusSessionEntry *entry = session_at (ctx->journal, i - 1);
      const char *id = rung_in (rungs, entry);
      gboolean after_change = history->changed_after == BEFORE_EVERY_SESSION ? TRUE
                              : history->changed_after != G_MAXUINT ? i - 1 > history->changed_after
                              : vastus_session_entry_get_start (entry) > history->changed;
      gboolean current_dose = after_change && g_strcmp0 (id, exercise) == 0;
      /* A shorter session, chosen for a day with less time, is neither a
       * full session nor a failed one: it counts no green and no low
       * completion, and breaks neither run; pain and "too hard" count. */
      gboolean shortened = vastus_session_entry_get_shortened (entry);
      const VastusPainLog *pain = vastus_session_entry_get_pain (entry);
      VastusClass klass;

      if (id == NULL)
        continue;

      klass = classify (ctx, entry, i - 1, id, NULL);

      /* Rule 5: at the current dose, and logged; rule 7: not across a break. */
      if (counting_greens)
        {
          if (!current_dose || pain == NULL || (klass != VASTUS_CLASS_GREEN && klass != VASTUS_CLASS_IGNORED))
            counting_greens = FALSE;
          else if (klass == VASTUS_CLASS_GREEN && !shortened)
            history->greens++;
          if (break_before (ctx->journal, i - 1) > 0)
            counting_greens = FALSE;
        }

      if (counting_reds && klass != VASTUS_CLASS_IGNORED)
        {
          if (klass == VASTUS_CLASS_RED)
            {
              history->reds++;
              history->reds_span_ladder |= g_strcmp0 (id, exercise) != 0;
            }
          else
            counting_reds = FALSE;
        }

      /* Rules 8 and 9 count at the current dose only: a step down starts
       * them again. */
      if (counting_hard && klass != VASTUS_CLASS_IGNORED)
        {
          const VastusExerciseFeel *feel = vastus_pain_log_get_feel (pain, id);

          if (current_dose && feel != NULL && feel->feel == VASTUS_FEEL_TOO_HARD)
            history->too_hard++;
          else
            counting_hard = FALSE;
        }

      if (shortened)
        ;
      else if (counting_low && klass != VASTUS_CLASS_IGNORED &&
               vastus_session_entry_get_end_reason (entry) == VASTUS_END_COMPLETED)
        {
          if (current_dose && vastus_exercise_result_completion (find_result (entry, id)) < VASTUS_RED_MAX_COMPLETION)
            history->low_completion++;
          else
            counting_low = FALSE;
        }
      else if (!current_dose)
        counting_low = FALSE;
    }
}

/* Rule 13: pain during over the sessions with @exercise since it was last
 * paused or the knee last checked. */
typedef struct
{
  gboolean plateau;
  int      weeks;
  double   first;
  double   recent;
} Plateau;

static void
plateau_of (Context    *ctx,
            const char *exercise,
            gint64      now,
            Plateau    *plateau)
{
  g_autoptr (GArray) rungs = lineage (ctx->journal, exercise);
  gint64 since = last_knee_check (ctx->journal), first_start = -1;
  double first_sum = 0, recent_sum = 0;
  guint first_n = 0, recent_n = 0, count = 0;

  memset (plateau, 0, sizeof *plateau);
  for (guint i = vastus_journal_get_n_program_changes (ctx->journal); i > 0; i--)
    {
      const cJSON *change = vastus_journal_get_program_change (ctx->journal, i - 1);

      if (change_is (change, VASTUS_DECISION_STOP) && g_strcmp0 (change_text (change, "before", "id"), exercise) == 0)
        {
          since = MAX (since, change_time (change));
          break;
        }
    }

  for (guint i = 0; i < n_sessions (ctx->journal); i++)
    {
      VastusSessionEntry *entry = session_at (ctx->journal, i);
      const VastusPainLog *pain = vastus_session_entry_get_pain (entry);
      gint64 start = vastus_session_entry_get_start (entry);

      if (pain == NULL || start <= since || start > now || rung_in (rungs, entry) == NULL)
        continue;
      if (first_start < 0)
        first_start = start;
      count++;
      if (start < first_start + VASTUS_PLATEAU_WINDOW_DAYS * DAY)
        {
          first_sum += pain->during;
          first_n++;
        }
      if (start > now - VASTUS_PLATEAU_WINDOW_DAYS * DAY)
        {
          recent_sum += pain->during;
          recent_n++;
        }
    }

  if (first_start < 0 || first_n == 0 || recent_n == 0)
    return;
  plateau->weeks = (int) ((now - first_start) / (7 * DAY));
  plateau->first = first_sum / first_n;
  plateau->recent = recent_sum / recent_n;
  plateau->plateau = plateau->weeks >= VASTUS_PLATEAU_WEEKS &&
                     count >= (guint) (VASTUS_PLATEAU_SESSIONS_PER_WEEK * plateau->weeks) &&
                     plateau->recent > VASTUS_PLATEAU_COMFORTABLE_PAIN &&
                     plateau->first - plateau->recent < VASTUS_PLATEAU_MIN_IMPROVEMENT;
}

/* Mornings (rules 3 and 4) */

static double
mean_morning (Usual  *usual,
              gint64  from,
              gint64  to)
{
  double sum = 0;
  guint count = 0;

  for (guint i = 0; usual->mornings && i < usual->samples->len; i++)
    {
      const Sample *sample = &g_array_index (usual->samples, Sample, i);

      if (sample->time > from && sample->time <= to)
        {
          sum += sample->pain;
          count++;
        }
    }
  return count > 0 ? sum / count : -1;
}

typedef struct
{
  gboolean lasting;   /* rule 3 */
  int      pain;      /* the newest morning */
  double   usual;     /* usual before the flare */
  gint64   hours;
} Flare;

/* Rule 3: the newest morning checks, each 2 or more over usual, from the
 * end of the session before the first of them (the pain rose after it)
 * to the newest, for more than 48 hours, at least two checks. */
static void
flare_of (Usual *usual,
          Flare *flare)
{
  guint high = 0;
  gint64 newest = 0, onset = 0;

  memset (flare, 0, sizeof *flare);
  for (guint i = usual->samples->len; usual->mornings && i > 0; i--)
    {
      const Sample *sample = &g_array_index (usual->samples, Sample, i - 1);
      double before = usual_before (usual->samples, i - 1, sample->time);

      if (before < 0 || sample->pain < before + VASTUS_RED_MORNING_OVER_BASELINE)
        break;
      if (high++ == 0)
        {
          newest = sample->time;
          flare->pain = sample->pain;
          flare->usual = before;
        }
      onset = MIN (sample->session_end, sample->time);
    }

  flare->hours = high > 0 ? (newest - onset) / HOUR : 0;
  flare->lasting = high >= 2 && newest - onset > VASTUS_FLARE_HOURS * HOUR;
}

/* Whether the exercise has anything the engine may move. */
static gboolean
adjustable (VastusExercise *exercise)
{
  for (guint v = 0; v < VASTUS_DOSE_N_VALUES; v++)
    if (vastus_exercise_can_progress (exercise, v))
      return TRUE;
  return vastus_exercise_get_easier (exercise) != NULL || vastus_exercise_get_harder (exercise) != NULL;
}

/* The decision */

static VastusDecision *
new_decision (VastusExercise     *exercise,
              const VastusDose   *dose,
              VastusDecisionKind  kind,
              VastusClass         klass)
{
  VastusDecision *decision = g_new0 (VastusDecision, 1);

  decision->exercise = g_strdup (vastus_exercise_get_id (exercise));
  decision->kind = kind;
  decision->klass = klass;
  decision->before = *dose;
  decision->after = *dose;
  return decision;
}

/* Down: undo the newest progression, else one step; at the bottom, hold. */
static void
regress (VastusDecision *decision,
         VastusJournal  *journal,
         VastusExercise *exercise,
         const char     *why)
{
  VastusDose undone;
  Step step;

  g_autofree char *before = vastus_dose_describe (&decision->after, vastus_exercise_get_side (exercise));
  g_autofree char *after = NULL;

  decision->kind = VASTUS_DECISION_REGRESS;
  if (dose_before_progression (journal, exercise, &undone))
    {
      vastus_dose_set (&undone, VASTUS_DOSE_REST, vastus_dose_get (&decision->after, VASTUS_DOSE_REST));
      after = vastus_dose_describe (&undone, vastus_exercise_get_side (exercise));
    }

  /* Undo the newest step up, unless the dose has moved since. */
  if (after != NULL && !g_str_equal (before, after))
    {
      decision->after = undone;
      decision->reason = capitalise (g_strdup_printf (_("%s: the last step up is undone, from %s back to %s."),
                                                      why, before, after));
    }
  else if (step_dose (exercise, &decision->after, FALSE, &step))
    {
      g_autofree char *what = describe_step (&step);

      decision->reason = capitalise (g_strdup_printf (_("%s: %s."), why, what));
    }
  else
    {
      decision->kind = VASTUS_DECISION_HOLD;
      /* Translators: a warning sign or safety advice: keep its meaning exact (when to stop, whom to see, how soon) */
      decision->reason = capitalise (g_strdup_printf (_("%s, but this is already the easiest dose of this "
                                                        "exercise, so it stays the same. If it hurts like this "
                                                        "again, skip it and ask a physiotherapist or doctor about "
                                                        "it."), why));
    }
}

/*
 * The rung a ladder step would move to, kept to the equipment the person
 * has: the variant itself, or its home alternative when the person lacks
 * something the variant needs and has what the alternative needs. %NULL
 * when there is no such rung; then @blocked, when given, is the variant the
 * person cannot do, for the reason to say so.
 */
static VastusExercise *
reachable_rung (VastusProgram   *program,
                VastusCatalogue *catalogue,
                VastusExercise  *from,
                const char      *variant_id,
                VastusExercise **blocked)
{
  VastusExercise *variant = variant_id != NULL ? vastus_catalogue_lookup (catalogue, variant_id) : NULL;
  VastusExercise *picked;

  if (blocked != NULL)
    *blocked = NULL;
  if (variant == NULL)
    return NULL;
  picked = vastus_program_pick_for_equipment (program, catalogue, variant);
  if (vastus_program_can_do (program, picked) && picked != from)
    return picked;
  if (blocked != NULL)
    *blocked = variant;
  return NULL;
}

/* What the person lacks for @exercise, in words: "a leg-press machine" */
static char *
describe_lack (VastusProgram  *program,
               VastusExercise *exercise)
{
  g_auto (GStrv) missing = vastus_program_missing_equipment (program, exercise);

  return vastus_equipment_describe_missing ((const char * const *) missing);
}

/* A sentence more when the variant's home alternative is taken in its place,
 * with its leading space; nothing when the variant itself is taken. */
static char *
describe_instead (VastusProgram   *program,
                  VastusCatalogue *catalogue,
                  const char      *variant_id,
                  VastusExercise  *taken)
{
  VastusExercise *variant = variant_id != NULL ? vastus_catalogue_lookup (catalogue, variant_id) : NULL;
  g_autofree char *lack = NULL;

  if (variant == NULL || variant == taken)
    return g_strdup ("");
  lack = describe_lack (program, variant);
  /* Translators: after a sentence, with its leading space: the alternative, the
   * variant it replaces, what that needs, as in " Wall squat is done in place of
   * Seated leg press, which needs a leg-press machine, and you said you do not have that." */
  return g_strdup_printf (_(" %s is done in place of %s, which needs %s, and you said you do not have that."),
                          vastus_exercise_get_name (taken), vastus_exercise_get_name (variant), lack);
}

/* Down the ladder to the easier variant, about 30 % less; without one, 30 %
 * less of this exercise. */
static void
ladder_down (VastusDecision  *decision,
             VastusProgram   *program,
             VastusCatalogue *catalogue,
             VastusJournal   *journal,
             VastusExercise  *exercise,
             const char      *why)
{
  const char *easier_id = vastus_exercise_get_easier (exercise);
  VastusExercise *blocked = NULL;
  VastusExercise *easier = reachable_rung (program, catalogue, exercise, easier_id, &blocked);

  decision->kind = VASTUS_DECISION_LADDER_DOWN;
  if (easier != NULL)
    {
      g_autofree char *dose = NULL;
      g_autofree char *instead = describe_instead (program, catalogue, easier_id, easier);

      decision->new_exercise = g_strdup (vastus_exercise_get_id (easier));
      decision->after = *vastus_exercise_get_dose (easier);
      /* A physiotherapist's "sore leg only" goes with the knee down the
       * ladder, where the easier exercise is one-leg work too. */
      vastus_dose_set_sore_leg_only (&decision->after, vastus_dose_get_sore_leg_only (&decision->before) &&
                                                       vastus_exercise_get_side (easier) == VASTUS_SIDE_ONE);
      cut_volume (easier, &decision->after);
      dose = vastus_dose_describe (&decision->after, vastus_exercise_get_side (easier));
      decision->reason = capitalise (g_strdup_printf (_("%s: %s takes the place of %s for now, at %s.%s"), why,
                                                      vastus_exercise_get_name (easier),
                                                      vastus_exercise_get_name (exercise), dose, instead));
      return;
    }

  if (cut_volume (exercise, &decision->after))
    {
      g_autofree char *before = vastus_dose_describe (&decision->before, vastus_exercise_get_side (exercise));
      g_autofree char *after = vastus_dose_describe (&decision->after, vastus_exercise_get_side (exercise));

      if (blocked != NULL)
        {
          g_autofree char *lack = describe_lack (program, blocked);

          /* Translators: a reason; the easier variant and what it needs; two doses */
          decision->reason = capitalise (g_strdup_printf (_("%s: the easier variant, %s, needs %s, which you said you "
                                                            "do not have, so this one stays and its dose comes down by "
                                                            "about a third, from %s to %s."),
                                                          why, vastus_exercise_get_name (blocked), lack, before,
                                                          after));
        }
      else
        decision->reason = capitalise (g_strdup_printf (_("%s: there is no easier variant, so the dose comes down "
                                                          "by about a third, from %s to %s."), why, before, after));
      return;
    }

  regress (decision, journal, exercise, why);
}

/* Whether the next step up would add a set: the reps or hold are at the
 * top of their range. */
static gboolean
at_top_of_range (VastusExercise   *exercise,
                 const VastusDose *dose)
{
  VastusDose next = *dose;
  Step step;

  if (!step_dose (exercise, &next, TRUE, &step))
    return TRUE;
  /* The third set, which comes first, is not the top of anything. */
  return step.which == VASTUS_DOSE_SETS && step.from >= VASTUS_TARGET_SETS;
}

static void
to_harder (VastusDecision  *decision,
           VastusProgram   *program,
           VastusCatalogue *catalogue,
           const char      *harder_id,
           VastusExercise  *harder,
           const char      *why,
           gboolean         too_easy)
{
  g_autofree char *dose = NULL;
  g_autofree char *instead = describe_instead (program, catalogue, harder_id, harder);

  decision->new_exercise = g_strdup (vastus_exercise_get_id (harder));
  /* The next rung starts where a person new to it would: its starting dose,
   * two sets, which sits above the bottom of its range so that a bad day on
   * it can still step down. */
  decision->after = *vastus_exercise_get_dose (harder);
  vastus_dose_set_sore_leg_only (&decision->after, vastus_dose_get_sore_leg_only (&decision->before) &&
                                                   vastus_exercise_get_side (harder) == VASTUS_SIDE_ONE);
  dose = vastus_dose_describe (&decision->after, vastus_exercise_get_side (harder));
  decision->reason = capitalise (g_strdup_printf (too_easy
                                                  /* Translators: a reason, the harder exercise, its dose, and
                                                   * what it replaces when the person lacks equipment */
                                                  ? _("%s, twice in a row, and it felt too easy at the top of its "
                                                      "range: next time %s takes its place, at %s.%s")
                                                  /* Translators: a reason, the harder exercise, its dose, and
                                                   * what it replaces when the person lacks equipment */
                                                  : _("%s, twice in a row, at the top of this exercise: next time "
                                                      "%s takes its place, at %s.%s"), why,
                                                  vastus_exercise_get_name (harder), dose, instead));
}

/* Rule 6: one variable, one step. "Too easy" at the top of the reps or
 * hold goes to the harder variant instead of adding a set; never two
 * steps. */
static void
progress (VastusDecision  *decision,
          VastusProgram   *program,
          VastusCatalogue *catalogue,
          VastusExercise  *exercise,
          const char      *why,
          gboolean         too_easy)
{
  const char *harder_id = vastus_exercise_get_harder (exercise);
  VastusExercise *blocked = NULL;
  VastusExercise *harder = reachable_rung (program, catalogue, exercise, harder_id, &blocked);
  Step step;

  decision->kind = VASTUS_DECISION_PROGRESS;
  if (too_easy && harder != NULL && at_top_of_range (exercise, &decision->after))
    {
      to_harder (decision, program, catalogue, harder_id, harder, why, TRUE);
      return;
    }

  if (step_dose (exercise, &decision->after, TRUE, &step))
    {
      g_autofree char *what = describe_step (&step);

      decision->reason = capitalise (g_strdup_printf (_("%s, twice in a row: %s."), why, what));
      return;
    }

  if (harder != NULL)
    {
      to_harder (decision, program, catalogue, harder_id, harder, why, FALSE);
      return;
    }

  decision->kind = VASTUS_DECISION_HOLD;
  if (blocked != NULL)
    {
      g_autofree char *lack = describe_lack (program, blocked);

      /* Translators: a reason, then the harder variant and what it needs */
      decision->reason = capitalise (g_strdup_printf (_("%s, twice in a row, at the top of this exercise, but the "
                                                        "harder variant, %s, needs %s, which you said you do not "
                                                        "have, and there is no home alternative you can do: it "
                                                        "stays where it is."), why, vastus_exercise_get_name (blocked),
                                                      lack));
      return;
    }
  decision->reason = capitalise (g_strdup_printf (_("%s, twice in a row, and this is the top of this exercise "
                                                    "with no harder variant: it stays here."), why));
}

/* Whether this session was decided before: a corrected pain log. */
static gboolean
already_decided (VastusJournal *journal,
                 const char    *session_id)
{
  for (guint i = vastus_journal_get_n_program_changes (journal); i > 0; i--)
    if (g_strcmp0 (change_text (vastus_journal_get_program_change (journal, i - 1), "session", NULL), session_id) == 0)
      return TRUE;
  return FALSE;
}

static char *
format_day (gint64 time)
{
  g_autoptr (GDateTime) date = g_date_time_new_from_unix_local (time / G_USEC_PER_SEC);

  /* Translators: a date in a sentence, see g_date_time_format() */
  return date != NULL ? vastus_date_format (date, _("%-d %B")) : g_strdup ("");
}

/* Rules 1 and 3: every exercise of the programme stops, and the programme
 * waits for a professional. */
static void
hold_programme (VastusProgression *progression,
                VastusProgram     *program,
                VastusHoldKind     kind,
                const char        *why,
                gint64             now)
{
  for (guint i = 0; i < vastus_program_get_n_exercises (program); i++)
    {
      VastusDecision *decision = new_decision (vastus_program_get_exercise (program, i),
                                               vastus_program_get_dose (program, i),
                                               VASTUS_DECISION_STOP, VASTUS_CLASS_RED);

      decision->reason = g_strdup (why);
      g_ptr_array_add (progression->decisions, decision);
    }
  progression->hold.kind = kind;
  progression->hold.since = now;
}

/**
 * vastus_progression_new_hold:
 * @why: the reason each exercise's stop gives
 *
 * The decisions of a programme hold made outside a pain log, as when a
 * warning sign is answered yes: every exercise stops. The caller fills in
 * the hold's heading, reason and advice, then applies it.
 *
 * Returns: (transfer full): the decisions
 */
VastusProgression *
vastus_progression_new_hold (VastusProgram  *program,
                             VastusHoldKind  kind,
                             const char     *why,
                             gint64          now)
{
  VastusProgression *progression = g_new0 (VastusProgression, 1);

  g_return_val_if_fail (VASTUS_IS_PROGRAM (program), NULL);
  g_return_val_if_fail (kind != VASTUS_HOLD_NONE, NULL);

  progression->decisions = g_ptr_array_new_with_free_func (decision_free);
  hold_programme (progression, program, kind, why, now);
  return progression;
}

/**
 * vastus_progression_decide:
 * @session_id: the session whose pain log was just saved
 * @now: µs since the epoch: when the log was saved
 *
 * Decides, for each adjustable exercise of the session that is in the
 * programme, what happens next time; or puts the whole programme on hold.
 * A programme already on hold changes nothing.
 *
 * Returns: (transfer full): the decisions, and the hold if there is one
 */
VastusProgression *
vastus_progression_decide (VastusProgram   *program,
                           VastusCatalogue *catalogue,
                           VastusJournal   *journal,
                           const char      *session_id,
                           gint64           now)
{
  VastusProgression *progression = g_new0 (VastusProgression, 1);
  VastusSessionEntry *entry = vastus_journal_lookup_session (journal, session_id);
  g_autoptr (Usual) usual = NULL;
  const VastusPainLog *pain;
  Context ctx;
  Flare flare;
  double usual_now, this_week, last_week, rise = 0, creep = 0;
  guint index, progressed = 0;
  gint64 away;

  progression->decisions = g_ptr_array_new_with_free_func (decision_free);
  if (entry == NULL || (pain = vastus_session_entry_get_pain (entry)) == NULL ||
      vastus_program_get_hold (program) != NULL)
    return progression;

  /* A log filled in for a session before the knee was last checked: the
   * programme has started again since, and that session is behind it. */
  if (last_knee_check (journal) > vastus_session_entry_get_end (entry))
    return progression;

  /* Rule 1: pain of 8/10 or more, or a warning sign that ended the session. */
  if (pain->during >= VASTUS_STOP_MIN_PAIN_DURING ||
      vastus_session_entry_get_end_reason (entry) == VASTUS_END_RED_FLAG)
    {
      g_autofree char *day = format_day (vastus_session_entry_get_start (entry));
      gboolean severe = pain->during >= VASTUS_STOP_MIN_PAIN_DURING;

      hold_programme (progression, program, severe ? VASTUS_HOLD_SEVERE_PAIN : VASTUS_HOLD_WARNING_SIGN,
                      /* Translators: a warning sign or safety advice: keep its meaning exact (when to stop, whom to see, how soon) */
                      severe ? _("Pain reached 8/10 or more during the session: your whole programme is on hold "
                                 "until a physiotherapist or doctor has checked your knee.")
                             /* Translators: a warning sign or safety advice: keep its meaning exact (when to stop, whom to see, how soon) */
                             : _("A warning sign ended the session: your whole programme is on hold until a "
                                 "physiotherapist or doctor has checked your knee."), now);
      /* Translators: a warning sign or safety advice: keep its meaning exact (when to stop, whom to see, how soon) */
      progression->hold.heading = g_strdup (_("Stop and Get Your Knee Checked Today"));
      progression->hold.reason = severe
        /* Translators: about knee pain, scored 0 (none) to 10 (worst imaginable): keep numbers and meaning exact */
        ? g_strdup_printf (_("Pain reached %d/10 during your session on %s."), pain->during, day)
        /* Translators: a warning sign or safety advice: keep its meaning exact (when to stop, whom to see, how soon) */
        : g_strdup_printf (_("A warning sign ended your session on %s."), day);
      progression->hold.advice = g_strdup (severe
                                           /* Translators: a warning sign or safety advice: keep its meaning exact (when to stop, whom to see, how soon) */
                                           ? _("Pain that strong needs a physiotherapist or doctor to look at your "
                                               "knee today, before you exercise it again. Until then, rest it, and "
                                               "do not start another session.")
                                           /* Translators: a warning sign or safety advice: keep its meaning exact (when to stop, whom to see, how soon) */
                                           : _("A warning sign needs a doctor to check your knee today, before you "
                                               "exercise it again. Until then, rest it, and do not start another "
                                               "session."));
      return progression;
    }

  /* A corrected log of a session already decided changes nothing more. */
  if (already_decided (journal, session_id))
    return progression;

  usual = usual_new (journal, now);
  ctx = (Context) { journal, usual, now };
  index = index_of (journal, entry);

  /* Rule 3: a flare that lasts. */
  flare_of (usual, &flare);
  if (flare.lasting)
    {
      hold_programme (progression, program, VASTUS_HOLD_FLARE,
                      /* Translators: a warning sign or safety advice: keep its meaning exact (when to stop, whom to see, how soon) */
                      _("Your knee has been at least 2 points worse than usual in the mornings for more than two "
                        "days: your whole programme is on hold until a physiotherapist or doctor has looked at it."),
                      now);
      /* Translators: a warning sign or safety advice: keep its meaning exact (when to stop, whom to see, how soon) */
      progression->hold.heading = g_strdup (_("See a Physiotherapist or Doctor"));
      progression->hold.reason = g_strdup_printf (_("Your knee was at %d/10 at your last morning check, at least 2 "
                                                    "points above your usual %g/10, and has been for more than two "
                                                    "days."), flare.pain, flare.usual);
      /* Translators: a warning sign or safety advice: keep its meaning exact (when to stop, whom to see, how soon) */
      progression->hold.advice = g_strdup (_("A flare that lasts this long should be looked at by a physiotherapist "
                                             "or doctor before you go on with the exercises. Flare-ups are common and "
                                             "usually settle; this does not mean you have damaged your knee. Gentle "
                                             "everyday movement that does not hurt is fine. If the knee becomes hot, "
                                             "red or very swollen, or you feel unwell, get help today."));
      return progression;
    }

  /* Rule 4: mornings creeping up, week on week or against usual. */
  usual_now = usual_at (usual, now + 1);
  this_week = mean_morning (usual, now - 7 * DAY, now);
  last_week = mean_morning (usual, now - 14 * DAY, now - 7 * DAY);
  if (this_week >= 0 && last_week >= 0)
    rise = this_week - last_week;
  if (this_week >= 0 && usual_now >= 0)
    creep = this_week - usual_now;

  away = break_before (journal, index);

  for (guint i = 0; i < vastus_program_get_n_exercises (program); i++)
    {
      VastusExercise *exercise = vastus_program_get_exercise (program, i);
      const char *id = vastus_exercise_get_id (exercise);
      const VastusDose *dose = vastus_program_get_dose (program, i);
      g_autofree char *why = NULL;
      VastusDecision *decision;
      VastusClass klass;
      History history;
      Plateau plateau;

      if (vastus_program_get_paused (program, i) != NULL || !adjustable (exercise) || find_result (entry, id) == NULL)
        continue;

      klass = classify (&ctx, entry, index, id, &why);
      decision = new_decision (exercise, dose, VASTUS_DECISION_HOLD, klass);
      g_ptr_array_add (progression->decisions, decision);

      if (klass == VASTUS_CLASS_IGNORED)
        {
          decision->reason = capitalise (g_strdup_printf (_("%s, so it does not change the dose."), why));
          continue;
        }

      history_of (&ctx, id, index, &history);

      if (klass == VASTUS_CLASS_RED)
        {
          if (history.reds >= VASTUS_REDS_TO_PAUSE)
            {
              decision->kind = VASTUS_DECISION_STOP;
              decision->reason =
                g_strdup_printf (history.reds_span_ladder
                                 /* Translators: a warning sign or safety advice: keep its meaning exact (when to stop, whom to see, how soon) */
                                 ? _("%s and the exercise it replaced hurt too much three sessions in a row, so it is "
                                     "paused; the rest of your programme carries on. Please see a physiotherapist or "
                                     "doctor before doing it again, then take it back in Your Programme.")
                                 /* Translators: a warning sign or safety advice: keep its meaning exact (when to stop, whom to see, how soon) */
                                 : _("%s hurt too much three sessions in a row, so it is paused; the rest of your "
                                     "programme carries on. Please see a physiotherapist or doctor before doing it "
                                     "again, then take it back in Your Programme."),
                                 vastus_exercise_get_name (exercise));
            }
          else if (history.reds >= VASTUS_REDS_TO_LADDER ||
                   (pain->during >= VASTUS_LADDER_MIN_PAIN_DURING && (!any_said_hurt (entry) || said_hurt (entry, id))))
            ladder_down (decision, program, catalogue, journal, exercise, why);
          else
            regress (decision, journal, exercise, why);
          continue;
        }

      /* Rule 13: six weeks without the smallest change that matters. */
      plateau_of (&ctx, id, now, &plateau);
      if (plateau.plateau)
        {
          decision->kind = VASTUS_DECISION_STOP;
          /* The same words for every exercise it pauses, so that Next Time
           * says it once. */
          decision->reason =
            g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          /* Translators: a warning sign or safety advice: keep its meaning exact (when to stop, whom to see, how soon) */
                                          "After %d week of regular sessions, pain during them averages %.1f/10, "
                                          "against %.1f/10 in your first two weeks: this exercise is paused, not "
                                          "because it is harmful, but so that a physiotherapist can look at why it "
                                          "is not helping more. Once you have seen one, take it back in Your "
                                          "Programme.",
                                          "After %d weeks of regular sessions, pain during them averages %.1f/10, "
                                          "against %.1f/10 in your first two weeks: this exercise is paused, not "
                                          "because it is harmful, but so that a physiotherapist can look at why it "
                                          "is not helping more. Once you have seen one, take it back in Your "
                                          "Programme.", (gulong) plateau.weeks),
                             plateau.weeks, plateau.recent, plateau.first);
          continue;
        }

      /* Rule 4: mornings 2 over usual on average this week. */
      if (creep >= VASTUS_CREEP_REGRESS_OVER_USUAL)
        {
          /* Translators: about knee pain, scored 0 (none) to 10 (worst imaginable): keep numbers and meaning exact */
          g_autofree char *mornings = g_strdup_printf (_("your morning pain this week averages %.1f/10, at least 2 "
                                                         "points above your usual %g/10"), this_week, usual_now);
          gint64 days = days_since (journal, id, FALSE, now);

          if (days == 0)
            decision->reason = capitalise (g_strdup_printf (_("%s; the dose came down earlier today and stays there "
                                                              "until your mornings settle."), mornings));
          else if (days < VASTUS_DAYS_BETWEEN_STEPS)
            decision->reason = capitalise (g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                                         "%s; the dose came down %d day ago and stays "
                                                                         "there until your mornings settle.",
                                                                         "%s; the dose came down %d days ago and stays "
                                                                         "there until your mornings settle.",
                                                                         (gulong) days),
                                                            mornings, (int) days));
          else
            regress (decision, journal, exercise, mornings);
          continue;
        }

      /* Rule 8: the dose is above capacity. */
      if (history.too_hard >= VASTUS_TOO_HARD_TO_REGRESS)
        {
          regress (decision, journal, exercise, _("it felt too hard three sessions in a row"));
          continue;
        }

      /* Rule 9: much of it left undone, twice. */
      if (history.low_completion >= VASTUS_LOW_COMPLETION_TO_REGRESS)
        {
          /* xgettext:no-c-format */
          regress (decision, journal, exercise, _("you did less than 80% of it two sessions in a row"));
          continue;
        }

      if (klass == VASTUS_CLASS_AMBER)
        {
          decision->reason = capitalise (g_strdup_printf (_("%s, so the dose stays the same for now."), why));
          continue;
        }

      /* GREEN */
      if (vastus_session_entry_get_shortened (entry))
        decision->reason = capitalise (g_strdup_printf (_("%s in a shorter session: good, and the dose stays the "
                                                          "same, as only full sessions count towards a step up."),
                                                        why));
      else if (away > 0)
        decision->reason =
          g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                        "Your first session after a break of %d day: the dose stays as it is, and "
                                        "goes up after two good sessions in a row.",
                                        "Your first session after a break of %d days: the dose stays as it is, and "
                                        "goes up after two good sessions in a row.", (gulong) (away / DAY)),
                           (int) (away / DAY));
      else if (history.greens < VASTUS_GREEN_SESSIONS_TO_PROGRESS)
        decision->reason = capitalise (g_strdup_printf (_("%s: one more session like this at this dose and the dose "
                                                          "can go up."), why));
      else if (rise >= VASTUS_WEEKLY_FREEZE_RISE)
        /* Translators: about knee pain, scored 0 (none) to 10 (worst imaginable): keep numbers and meaning exact */
        decision->reason = g_strdup_printf (_("A good session, but your mornings this week average %.1f points more "
                                              "pain than last week: no dose goes up until that settles."), rise);
      else if (days_since (journal, id, TRUE, now) == 0)
        decision->reason = g_strdup (_("A good session, but the dose went up earlier today: one step a week at most."));
      else if (days_since (journal, id, TRUE, now) < VASTUS_DAYS_BETWEEN_STEPS)
        decision->reason = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                         "A good session, but the dose went up %d day ago: one step "
                                                         "a week at most.",
                                                         "A good session, but the dose went up %d days ago: one step "
                                                         "a week at most.", (gulong) days_since (journal, id, TRUE, now)),
                                            (int) days_since (journal, id, TRUE, now));
      else if (progressed >= VASTUS_MAX_PROGRESSIONS_PER_SESSION)
        decision->reason = g_strdup (_("A good session, but two exercises already go up after it: this one waits "
                                       "until next time, so that not too much changes at once."));
      else
        {
          const VastusExerciseFeel *feel = vastus_pain_log_get_feel (pain, id);

          progress (decision, program, catalogue, exercise, why, feel != NULL && feel->feel == VASTUS_FEEL_TOO_EASY);
          if (decision->kind == VASTUS_DECISION_PROGRESS)
            progressed++;
        }
    }

  return progression;
}

static cJSON *
exercise_json (const char       *id,
               const VastusDose *dose)
{
  cJSON *object = cJSON_CreateObject ();

  cJSON_AddStringToObject (object, "id", id);
  cJSON_AddItemToObject (object, "dose", vastus_dose_to_json (dose));
  return object;
}

/**
 * vastus_progression_apply:
 * @program_path: (nullable): where to save the programme
 *
 * Makes the decisions' changes to @program, saves it whole (atomically),
 * and appends every decision to the journal with its reason. Decisions that
 * change nothing are written too: the journal tells how the programme got
 * where it is, holds included. A hold puts the whole programme on hold;
 * pain of 8/10 is written down as a safety stop, like a warning sign.
 */
gboolean
vastus_progression_apply (VastusProgression  *progression,
                          VastusProgram      *program,
                          VastusCatalogue    *catalogue,
                          VastusJournal      *journal,
                          const char         *session_id,
                          const char         *program_path,
                          gint64              now,
                          GError            **error)
{
  g_autofree char *time = vastus_time_to_iso8601 (now);
  g_autoptr (GError) journal_error = NULL;
  gboolean held = progression->hold.kind != VASTUS_HOLD_NONE;

  for (guint i = 0; i < progression->decisions->len; i++)
    {
      VastusDecision *decision = g_ptr_array_index (progression->decisions, i);
      int index = vastus_program_find (program, decision->exercise);
      const char *after_id = decision->new_exercise != NULL ? decision->new_exercise : decision->exercise;
      cJSON *record;

      if (index < 0)
        continue;

      switch (decision->kind)
        {
        case VASTUS_DECISION_PROGRESS:
        case VASTUS_DECISION_REGRESS:
        case VASTUS_DECISION_LADDER_DOWN:
          if (decision->new_exercise != NULL)
            {
              VastusExercise *variant = vastus_catalogue_lookup (catalogue, decision->new_exercise);

              /* The variant may already be in the programme: then this one
               * simply makes way. */
              if (variant == NULL)
                continue;
              if (vastus_program_find (program, decision->new_exercise) >= 0)
                vastus_program_remove (program, (guint) index);
              else
                vastus_program_replace (program, (guint) index, variant, &decision->after);
            }
          else
            vastus_program_set_dose (program, (guint) index, &decision->after);
          break;
        case VASTUS_DECISION_STOP:
          /* Under a hold the whole programme waits; the exercises are not
           * paused one by one. */
          if (!held)
            vastus_program_set_paused (program, (guint) index, decision->reason);
          break;
        case VASTUS_DECISION_HOLD:
        case VASTUS_DECISION_SET:
        default:
          break;
        }

      record = cJSON_CreateObject ();
      cJSON_AddStringToObject (record, "time", time);
      if (session_id != NULL)
        cJSON_AddStringToObject (record, "session", session_id);
      cJSON_AddStringToObject (record, "decision", kind_names[decision->kind]);
      cJSON_AddStringToObject (record, "class", class_names[decision->klass]);
      if (held)
        cJSON_AddStringToObject (record, "hold", vastus_hold_kind_to_string (progression->hold.kind));
      cJSON_AddItemToObject (record, "before", exercise_json (decision->exercise, &decision->before));
      cJSON_AddItemToObject (record, "after", exercise_json (after_id, &decision->after));
      cJSON_AddStringToObject (record, "reason", decision->reason != NULL ? decision->reason : "");
      /* A failed write is kept by the journal and retried. */
      if (!vastus_journal_add_program_change (journal, record, journal_error == NULL ? &journal_error : NULL))
        g_message ("Programme change kept in memory: %s", journal_error != NULL ? journal_error->message : "");
    }

  if (held)
    {
      vastus_program_set_hold (program, &progression->hold);
      /* Pain of 8/10 is a safety stop, written down like a warning sign. */
      if (progression->hold.kind == VASTUS_HOLD_SEVERE_PAIN)
        {
          const char * const yes[] = { "severe-pain", NULL };
          cJSON *record = vastus_red_flags_record (yes, "pain-log", session_id);

          cJSON_ReplaceItemInObjectCaseSensitive (record, "advice", cJSON_CreateString (progression->hold.advice));
          cJSON_AddStringToObject (record, "time", time);
          vastus_journal_add_red_flag (journal, record, NULL);
        }
    }

  return program_path == NULL || vastus_program_save (program, program_path, error);
}

/* Explaining: what the engine sees, exercise by exercise */

static void
explain_exercise (GString         *out,
                  Context         *ctx,
                  VastusProgram   *program,
                  VastusCatalogue *catalogue,
                  guint            position,
                  double           rise,
                  double           creep)
{
  VastusExercise *exercise = vastus_program_get_exercise (program, position);
  const char *id = vastus_exercise_get_id (exercise);
  g_autofree char *dose = vastus_dose_describe (vastus_program_get_dose (program, position),
                                                vastus_exercise_get_side (exercise));
  const char *paused = vastus_program_get_paused (program, position);
  g_autoptr (GArray) rungs = lineage (ctx->journal, id);
  guint last = G_MAXUINT, shown = 0;
  History history;
  Plateau plateau;
  VastusDose next;
  Step step;
  gint64 up_days;

  g_string_append_printf (out, "\n%s (%s)\n", vastus_exercise_get_name (exercise), id);
  g_string_append_printf (out, _("  Dose: %s\n"), dose);
  if (paused != NULL)
    g_string_append_printf (out, _("  Paused: %s\n"), paused);
  if (!adjustable (exercise))
    {
      g_string_append (out, _("  Nothing the engine may change: it stays as it is.\n"));
      return;
    }

  /* The newest sessions with it, newest first. */
  for (guint i = n_sessions (ctx->journal); i > 0 && shown < 5; i--)
    {
      VastusSessionEntry *entry = session_at (ctx->journal, i - 1);
      const char *rung = rung_in (rungs, entry);
      g_autofree char *why = NULL;
      g_autofree char *day = NULL;
      VastusClass klass;

      if (rung == NULL)
        continue;
      if (last == G_MAXUINT)
        last = i - 1;
      klass = classify (ctx, entry, i - 1, rung, &why);
      day = format_day (vastus_session_entry_get_start (entry));
      g_string_append_printf (out, "  %s%s: %s, %s\n", day, g_strcmp0 (rung, id) != 0 ? " *" : "",
                              class_names[klass], why);
      shown++;
    }
  if (last == G_MAXUINT)
    {
      g_string_append (out, _("  No session with it yet.\n"));
      return;
    }

  history_of (ctx, id, last, &history);
  plateau_of (ctx, id, ctx->now, &plateau);
  g_string_append_printf (out, _("  Counts: %u GREEN in a row at this dose, %u RED in a row%s, %u “too hard” in a "
                                 "row, %u under 80%% in a row\n"),
                          history.greens, history.reds,
                          history.reds_span_ladder ? _(" (with the exercise it replaced)") : "",
                          history.too_hard, history.low_completion);
  if (plateau.weeks > 0)
    g_string_append_printf (out, _("  Pain during: %.1f/10 in the first two weeks, %.1f/10 in the last two, over "
                                   "%d weeks\n"), plateau.first, plateau.recent, plateau.weeks);

  /* What the next session would do. */
  up_days = days_since (ctx->journal, id, TRUE, ctx->now);
  next = *vastus_program_get_dose (program, position);
  g_string_append (out, _("  Next: "));
  if (paused != NULL)
    g_string_append (out, _("nothing until it is taken back in Your Programme."));
  else if (plateau.plateau)
    /* Translators: about knee pain, scored 0 (none) to 10 (worst imaginable): keep numbers and meaning exact */
    g_string_append (out, _("paused at the next session with it: six weeks without pain coming down by 2 points."));
  else if (creep >= VASTUS_CREEP_REGRESS_OVER_USUAL)
    /* Translators: about knee pain, scored 0 (none) to 10 (worst imaginable): keep numbers and meaning exact */
    g_string_append (out, _("one step down: morning pain this week is 2 or more over usual."));
  else if (history.reds + 1 >= VASTUS_REDS_TO_PAUSE)
    /* Translators: a warning sign or safety advice: keep its meaning exact (when to stop, whom to see, how soon) */
    g_string_append (out, _("another RED session pauses it and advises a physiotherapist."));
  else if (history.too_hard + 1 >= VASTUS_TOO_HARD_TO_REGRESS)
    g_string_append (out, _("“too hard” once more steps it down."));
  else if (rise >= VASTUS_WEEKLY_FREEZE_RISE)
    /* Translators: about knee pain, scored 0 (none) to 10 (worst imaginable): keep numbers and meaning exact */
    g_string_append_printf (out, _("no step up while morning pain is up by %.1f on last week."), rise);
  else if (history.greens + 1 < VASTUS_GREEN_SESSIONS_TO_PROGRESS)
    g_string_append (out, _("a GREEN session counts towards a step up; two in a row are needed."));
  else if (up_days < VASTUS_DAYS_BETWEEN_STEPS)
    g_string_append_printf (out, _("no step up before %d more days: one step a week at most."),
                            (int) (VASTUS_DAYS_BETWEEN_STEPS - up_days));
  else if (step_dose (exercise, &next, TRUE, &step))
    {
      g_autofree char *what = describe_step (&step);

      g_string_append_printf (out, _("a GREEN session steps it up: %s."), what);
    }
  else if (vastus_exercise_get_harder (exercise) != NULL)
    {
      VastusExercise *blocked = NULL;
      VastusExercise *harder = reachable_rung (program, catalogue, exercise,
                                               vastus_exercise_get_harder (exercise), &blocked);

      if (harder != NULL && g_strcmp0 (vastus_exercise_get_id (harder), vastus_exercise_get_harder (exercise)) != 0)
        g_string_append_printf (out, _("a GREEN session moves it to %s, the home alternative to its harder variant "
                                       "(%s), which needs equipment you said you do not have."),
                                vastus_exercise_get_id (harder), vastus_exercise_get_harder (exercise));
      else if (harder != NULL)
        g_string_append_printf (out, _("a GREEN session moves it to its harder variant (%s)."),
                                vastus_exercise_get_harder (exercise));
      else
        g_string_append_printf (out, _("it stays at the top of this exercise: its harder variant (%s) needs "
                                       "equipment you said you do not have."), vastus_exercise_get_harder (exercise));
    }
  else
    g_string_append (out, _("it is at the top of this exercise with no harder variant."));
  g_string_append_c (out, '\n');
}

/**
 * vastus_progression_explain:
 * @now: µs since the epoch
 *
 * What the engine sees in the person's data, for a physiotherapist or a
 * tester: usual pain, the mornings, any hold, and for each exercise its
 * recent sessions with their class and reason, its counts, and what the
 * next session would do.
 *
 * Returns: (transfer full): plain text, a line each
 */
char *
vastus_progression_explain (VastusProgram   *program,
                            VastusCatalogue *catalogue,
                            VastusJournal   *journal,
                            gint64           now)
{
  g_autoptr (Usual) usual = usual_new (journal, now);
  GString *out = g_string_new (NULL);
  const VastusHold *hold = vastus_program_get_hold (program);
  Context ctx = { journal, usual, now };
  double usual_now = usual_at (usual, now + 1);
  double this_week = mean_morning (usual, now - 7 * DAY, now);
  double last_week = mean_morning (usual, now - 14 * DAY, now - 7 * DAY);
  double rise = this_week >= 0 && last_week >= 0 ? this_week - last_week : 0;
  double creep = this_week >= 0 && usual_now >= 0 ? this_week - usual_now : 0;
  g_autofree char *when = vastus_time_to_iso8601 (now);
  Flare flare;

  g_return_val_if_fail (VASTUS_IS_PROGRAM (program), NULL);

  flare_of (usual, &flare);
  g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "As of %s, %u session in the journal.\n",
                                           "As of %s, %u sessions in the journal.\n", n_sessions (journal)),
                          when, n_sessions (journal));
  g_string_append (out, _("At most two exercises go up after a session, in programme order.\n"));
  if (usual_now >= 0)
    g_string_append_printf (out, _("Usual pain: %g/10 (%s).\n"), usual_now,
                            usual->mornings ? _("median morning check of the 7 days before any flare")
                                            : _("no morning checks yet: pain after sessions stands in"));
  else
    g_string_append (out, _("Usual pain: not known yet.\n"));
  if (this_week >= 0)
    g_string_append_printf (out, _("Mornings: %.1f/10 on average this week"), this_week);
  if (this_week >= 0 && last_week >= 0)
    g_string_append_printf (out, _(", %.1f/10 the week before"), last_week);
  if (this_week >= 0)
    g_string_append (out, ".\n");
  if (flare.pain > 0)
    g_string_append_printf (out, flare.lasting
                            /* Translators: a warning sign or safety advice: keep its meaning exact (when to stop, whom to see, how soon) */
                            ? _("Flare: the newest mornings are at least 2 points above usual for %d hours, more "
                                "than 48: the programme goes on hold.\n")
                            /* Translators: a warning sign or safety advice: keep its meaning exact (when to stop, whom to see, how soon) */
                            : _("Flare: the newest mornings are at least 2 points above usual for %d hours.\n"),
                            (int) flare.hours);
  if (rise >= VASTUS_WEEKLY_FREEZE_RISE)
    g_string_append (out, _("Steps up are frozen: mornings are up by 1 or more on last week.\n"));
  if (creep >= VASTUS_CREEP_REGRESS_OVER_USUAL)
    g_string_append (out, _("Mornings are 2 or more over usual this week: every exercise comes down a step.\n"));
  if (hold != NULL)
    {
      g_autofree char *since = vastus_time_to_iso8601 (hold->since);

      /* Translators: a warning sign or safety advice: keep its meaning exact (when to stop, whom to see, how soon) */
      g_string_append_printf (out, _("On hold since %s (%s): %s\n"), since, vastus_hold_kind_to_string (hold->kind),
                              hold->reason != NULL ? hold->reason : "");
    }

  for (guint i = 0; i < vastus_program_get_n_exercises (program); i++)
    explain_exercise (out, &ctx, program, catalogue, i, rise, creep);

  return g_string_free (out, FALSE);
}
