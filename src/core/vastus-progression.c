/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "vastus-progression"

#include "config.h"

#include "vastus-progression.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

/*
 * The progression engine: after a session's pain log, each exercise of the
 * session is classed GREEN, AMBER or RED from the pain during and after it,
 * the next morning, how much was done and how it felt; then it goes up a
 * step, holds, comes down a step, goes down its ladder, or is paused, with
 * one plain sentence that says why. Rules and thresholds: design/
 * progression.md and vastus-progression.h.
 */

#define DAY (G_GINT64_CONSTANT (86400) * G_USEC_PER_SEC)
#define HOUR (G_GINT64_CONSTANT (3600) * G_USEC_PER_SEC)

static const char * const kind_names[] = { "hold", "progress", "regress", "ladder-down", "stop", NULL };
static const char * const class_names[] = { "ignored", "green", "amber", "red", NULL };

const char *
vastus_decision_kind_to_string (VastusDecisionKind kind)
{
  g_return_val_if_fail (kind <= VASTUS_DECISION_STOP, "");
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
  g_free (progression->care_reason);
  g_free (progression);
}

/* Inputs */

static int
compare_int (gconstpointer a,
             gconstpointer b)
{
  return *(const int *) a - *(const int *) b;
}

/**
 * vastus_progression_baseline:
 * @before: the time the baseline is for, µs since the epoch
 *
 * Returns: the median morning pain over the 7 days before @before, or when
 *   there is none, the first pain logged (after a session, at rest); 0 with
 *   no history at all
 */
double
vastus_progression_baseline (VastusJournal *journal,
                             gint64         before)
{
  g_autoptr (GArray) values = g_array_new (FALSE, FALSE, sizeof (int));
  guint n = g_list_model_get_n_items (G_LIST_MODEL (journal));
  int first = -1;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (VastusSessionEntry) entry = g_list_model_get_item (G_LIST_MODEL (journal), i);
      const VastusMorningCheck *morning = vastus_session_entry_get_morning (entry);
      const VastusPainLog *pain = vastus_session_entry_get_pain (entry);

      if (first < 0 && pain != NULL)
        first = morning != NULL && morning->pain >= 0 ? morning->pain : pain->after;
      if (morning != NULL && morning->pain >= 0 && morning->time < before &&
          morning->time >= before - VASTUS_BASELINE_DAYS * DAY)
        g_array_append_val (values, morning->pain);
    }

  if (values->len == 0)
    return MAX (first, 0);

  g_array_sort (values, compare_int);
  if (values->len % 2 == 1)
    return g_array_index (values, int, values->len / 2);
  return (g_array_index (values, int, values->len / 2 - 1) + g_array_index (values, int, values->len / 2)) / 2.0;
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

/**
 * vastus_progression_classify:
 * @why: (out) (optional): the main reason, as words that fit in a sentence
 *
 * Classes one exercise of one session. A session without a pain log, or
 * ended early for a reason other than pain with the exercise not finished,
 * is ignored: it is recorded and does not count for or against.
 */
VastusClass
vastus_progression_classify (VastusSessionEntry  *entry,
                             const char          *exercise,
                             double               baseline,
                             char               **why)
{
  const VastusPainLog *pain = vastus_session_entry_get_pain (entry);
  const VastusMorningCheck *morning = vastus_session_entry_get_morning (entry);
  const VastusExerciseResult *result = find_result (entry, exercise);
  const VastusExerciseFeel *feel = vastus_pain_log_get_feel (pain, exercise);
  VastusEndReason ended = vastus_session_entry_get_end_reason (entry);
  int morning_pain = morning != NULL ? morning->pain : -1;
  double completion;
  char *reason = NULL;
  VastusClass klass;

  if (result == NULL || pain == NULL)
    {
      if (why != NULL)
        *why = g_strdup (_("no pain was logged for it"));
      return VASTUS_CLASS_IGNORED;
    }

  completion = vastus_exercise_result_completion (result);
  if (completion < VASTUS_GREEN_MIN_COMPLETION && ended == VASTUS_END_STOPPED &&
      pain->during < VASTUS_RED_MIN_PAIN_DURING)
    {
      if (why != NULL)
        *why = g_strdup (_("the session ended early for a reason other than pain"));
      return VASTUS_CLASS_IGNORED;
    }

  if (pain->during >= VASTUS_RED_MIN_PAIN_DURING)
    reason = g_strdup_printf (_("pain reached %d/10 during the session, over the 5/10 limit"), pain->during);
  else if (morning_pain >= 0 && morning_pain >= baseline + VASTUS_RED_MORNING_OVER_BASELINE)
    reason = g_strdup_printf (_("the next morning your knee was at %d/10, %g or more over your usual %g/10"),
                              morning_pain, (double) VASTUS_RED_MORNING_OVER_BASELINE, baseline);
  else if (completion < VASTUS_RED_MAX_COMPLETION && (ended == VASTUS_END_PAIN || ended == VASTUS_END_RED_FLAG))
    reason = g_strdup_printf (_("the session stopped because of pain with %d%% of it done"),
                              (int) round (completion * 100));
  if (reason != NULL)
    {
      klass = VASTUS_CLASS_RED;
      goto done;
    }

  klass = VASTUS_CLASS_AMBER;
  if (pain->during > VASTUS_GREEN_MAX_PAIN_DURING)
    reason = g_strdup_printf (_("pain reached %d/10 during the session, within the 5/10 limit but over 3"), pain->during);
  else if (pain->after > baseline + VASTUS_GREEN_MAX_AFTER_OVER_BASELINE)
    reason = g_strdup_printf (_("pain after the session was %d/10, over your usual %g/10"), pain->after, baseline);
  else if (morning_pain >= 0 && morning_pain > baseline)
    reason = g_strdup_printf (_("the next morning your knee was at %d/10, a little over your usual %g/10"),
                              morning_pain, baseline);
  else if (completion < VASTUS_GREEN_MIN_COMPLETION)
    reason = g_strdup_printf (_("%d%% of it was done"), (int) round (completion * 100));
  else if (feel != NULL && feel->feel == VASTUS_FEEL_TOO_HARD)
    reason = g_strdup (_("it felt too hard"));
  else if (feel != NULL && feel->hurt)
    reason = g_strdup (_("you said it hurt"));
  else
    {
      klass = VASTUS_CLASS_GREEN;
      reason = g_strdup_printf (_("pain stayed at %d/10 and you did all of it"), pain->during);
    }

done:
  if (why != NULL)
    *why = reason;
  else
    g_free (reason);
  return klass;
}

/* Steps */

typedef struct
{
  VastusDoseValue which;
  double          from;
  double          to;
  double          from_reps;   /* for a set added at the bottom of the reps */
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

/* The order variables move in. Up: reps to the top of the range, then a
 * set more with reps back at the bottom (double progression); holds by 5 s;
 * then knee bend, step height and load. Down: intensity first (knee bend,
 * step, load), then hold, reps and sets. */
static const VastusDoseValue up_order[] = {
  VASTUS_DOSE_REPS, VASTUS_DOSE_HOLD, VASTUS_DOSE_SETS, VASTUS_DOSE_DEPTH, VASTUS_DOSE_STEP, VASTUS_DOSE_LOAD,
};
static const VastusDoseValue down_order[] = {
  VASTUS_DOSE_DEPTH, VASTUS_DOSE_STEP, VASTUS_DOSE_LOAD, VASTUS_DOSE_HOLD, VASTUS_DOSE_REPS, VASTUS_DOSE_SETS,
};

/* One step, one variable, within the bounds. */
static gboolean
step_dose (VastusExercise *exercise,
           VastusDose     *dose,
           gboolean        up,
           Step           *step)
{
  const VastusDoseValue *order = up ? up_order : down_order;
  double min, max;

  memset (step, 0, sizeof *step);
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

      /* A set more starts again at the bottom of the reps. */
      if (up && which == VASTUS_DOSE_SETS && movable (exercise, dose, VASTUS_DOSE_REPS, &min, &max))
        {
          step->from_reps = vastus_dose_get (dose, VASTUS_DOSE_REPS);
          step->to_reps = min;
          vastus_dose_set (dose, VASTUS_DOSE_REPS, min);
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

static char *
capitalise (char *sentence)
{
  if (sentence != NULL && g_ascii_islower (sentence[0]))
    sentence[0] = g_ascii_toupper (sentence[0]);
  return sentence;
}

/* The journal's programme changes */

static gboolean
change_is (const cJSON        *change,
           VastusDecisionKind  kind)
{
  const cJSON *decision = cJSON_GetObjectItemCaseSensitive (change, "decision");

  return cJSON_IsString (decision) && g_str_equal (decision->valuestring, kind_names[kind]);
}


static const cJSON *
last_change (VastusJournal *journal,
             const char    *exercise)
{
  for (guint i = vastus_journal_get_n_program_changes (journal); i > 0; i--)
    {
      const cJSON *change = vastus_journal_get_program_change (journal, i - 1);
      const cJSON *after = cJSON_GetObjectItemCaseSensitive (change, "after");
      const cJSON *id = cJSON_GetObjectItemCaseSensitive (after, "id");

      /* Holds change nothing: the dose came from the change before. */
      if (cJSON_IsString (id) && g_str_equal (id->valuestring, exercise) && !change_is (change, VASTUS_DECISION_HOLD))
        return change;
    }
  return NULL;
}

static gint64
change_time (const cJSON *change)
{
  const cJSON *time = cJSON_GetObjectItemCaseSensitive (change, "time");
  gint64 value = 0;

  if (cJSON_IsString (time))
    vastus_time_from_iso8601 (time->valuestring, &value);
  return value;
}

/* The dose before the most recent progression, to undo it first. */
static gboolean
dose_before_progression (VastusJournal  *journal,
                         VastusExercise *exercise,
                         VastusDose     *dose)
{
  const cJSON *change = last_change (journal, vastus_exercise_get_id (exercise));
  const cJSON *before;
  const cJSON *id;
  VastusCheck check;
  guint progression;
  gboolean ok;

  if (change == NULL || !change_is (change, VASTUS_DECISION_PROGRESS))
    return FALSE;

  before = cJSON_GetObjectItemCaseSensitive (change, "before");
  id = cJSON_GetObjectItemCaseSensitive (before, "id");
  if (!cJSON_IsString (id) || !g_str_equal (id->valuestring, vastus_exercise_get_id (exercise)))
    return FALSE;

  vastus_check_init (&check, "journal.jsonl");
  *dose = *vastus_exercise_get_dose (exercise);
  vastus_dose_read_json (&check, before, dose, &progression);
  ok = vastus_check_count (&check) == 0;
  vastus_check_clear (&check);
  return ok;
}

/* Whether the dose went up in the last 7 days. */
static gint64
days_since_step (VastusJournal *journal,
                 const char    *exercise,
                 gint64         now)
{
  const cJSON *change = last_change (journal, exercise);

  if (change == NULL || !change_is (change, VASTUS_DECISION_PROGRESS))
    return G_MAXINT;
  return (now - change_time (change)) / DAY;
}

/* History */

/* The classes of @exercise in the sessions up to and including @entry,
 * newest first, ignored ones left out; at most @n. */
static guint
recent_classes (VastusJournal      *journal,
                VastusSessionEntry *entry,
                const char         *exercise,
                VastusClass        *classes,
                guint               n)
{
  guint count = 0;
  guint total = g_list_model_get_n_items (G_LIST_MODEL (journal));
  gint64 start = vastus_session_entry_get_start (entry);

  for (guint i = total; i > 0 && count < n; i--)
    {
      g_autoptr (VastusSessionEntry) other = g_list_model_get_item (G_LIST_MODEL (journal), i - 1);
      VastusClass klass;

      if (vastus_session_entry_get_start (other) > start || find_result (other, exercise) == NULL)
        continue;
      klass = vastus_progression_classify (other, exercise,
                                           vastus_progression_baseline (journal, vastus_session_entry_get_start (other)),
                                           NULL);
      if (klass != VASTUS_CLASS_IGNORED)
        classes[count++] = klass;
    }

  return count;
}

static guint
in_a_row (const VastusClass *classes,
          guint              n,
          VastusClass        klass)
{
  guint count = 0;

  while (count < n && classes[count] == klass)
    count++;
  return count;
}

/* The mean morning pain from @from to @to, or -1 with none. */
static double
mean_morning (VastusJournal *journal,
              gint64         from,
              gint64         to)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (journal));
  double sum = 0;
  guint count = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (VastusSessionEntry) entry = g_list_model_get_item (G_LIST_MODEL (journal), i);
      const VastusMorningCheck *morning = vastus_session_entry_get_morning (entry);

      if (morning != NULL && morning->pain >= 0 && morning->time >= from && morning->time < to)
        {
          sum += morning->pain;
          count++;
        }
    }
  return count > 0 ? sum / count : -1;
}

/* Morning pain at least 2 over baseline for more than 48 hours: the newest
 * morning checks, all that high, spanning more than 48 hours. */
static gboolean
lasting_flare (VastusJournal *journal,
               gint64         now)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (journal));
  gint64 newest = -1, oldest = -1;
  double baseline = -1;

  for (guint i = n; i > 0; i--)
    {
      g_autoptr (VastusSessionEntry) entry = g_list_model_get_item (G_LIST_MODEL (journal), i - 1);
      const VastusMorningCheck *morning = vastus_session_entry_get_morning (entry);

      if (morning == NULL || morning->pain < 0)
        continue;
      if (baseline < 0)
        baseline = vastus_progression_baseline (journal, vastus_session_entry_get_start (entry));
      if (morning->pain < baseline + VASTUS_RED_MORNING_OVER_BASELINE)
        break;
      if (newest < 0)
        newest = morning->time;
      oldest = morning->time;
    }

  return newest >= 0 && newest - oldest > VASTUS_FLARE_HOURS * HOUR;
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
      decision->reason = capitalise (g_strdup_printf (_("%s, but this is already the easiest dose of this "
                                                        "exercise: it stays the same."), why));
    }
}

/* Down the ladder to the easier variant, about 30 % less; without one, 30 %
 * less of this exercise. */
static void
ladder_down (VastusDecision  *decision,
             VastusCatalogue *catalogue,
             VastusJournal   *journal,
             VastusExercise  *exercise,
             const char      *why)
{
  const char *easier_id = vastus_exercise_get_easier (exercise);
  VastusExercise *easier = easier_id != NULL ? vastus_catalogue_lookup (catalogue, easier_id) : NULL;

  if (easier != NULL)
    {
      g_autofree char *dose = NULL;

      decision->new_exercise = g_strdup (easier_id);
      decision->after = *vastus_exercise_get_dose (easier);
      cut_volume (easier, &decision->after);
      dose = vastus_dose_describe (&decision->after, vastus_exercise_get_side (easier));
      decision->reason = capitalise (g_strdup_printf (_("%s: %s takes the place of %s for now, at %s."), why,
                                                      vastus_exercise_get_name (easier),
                                                      vastus_exercise_get_name (exercise), dose));
      return;
    }

  if (cut_volume (exercise, &decision->after))
    {
      g_autofree char *before = vastus_dose_describe (&decision->before, vastus_exercise_get_side (exercise));
      g_autofree char *after = vastus_dose_describe (&decision->after, vastus_exercise_get_side (exercise));

      decision->reason = capitalise (g_strdup_printf (_("%s: there is no easier variant, so the dose comes down "
                                                        "by about a third, from %s to %s."), why, before, after));
      return;
    }

  decision->kind = VASTUS_DECISION_REGRESS;
  regress (decision, journal, exercise, why);
}

static void
progress (VastusDecision  *decision,
          VastusCatalogue *catalogue,
          VastusExercise  *exercise,
          const char      *why,
          gboolean         double_step)
{
  const char *harder_id = vastus_exercise_get_harder (exercise);
  VastusExercise *harder = harder_id != NULL ? vastus_catalogue_lookup (catalogue, harder_id) : NULL;
  Step step, second;

  if (step_dose (exercise, &decision->after, TRUE, &step))
    {
      g_autofree char *what = NULL;

      if (double_step && step_dose (exercise, &decision->after, TRUE, &second))
        {
          g_autofree char *first = describe_step (&step);
          g_autofree char *then = describe_step (&second);

          what = g_strdup_printf (_("%s, and as it felt too easy, %s"), first, then);
        }
      else
        what = describe_step (&step);
      decision->reason = capitalise (g_strdup_printf (_("%s, twice in a row: %s."), why, what));
      return;
    }

  if (harder != NULL)
    {
      g_autofree char *dose = NULL;
      double min, max;

      decision->new_exercise = g_strdup (harder_id);
      decision->after = *vastus_exercise_get_dose (harder);
      /* The next rung starts at the bottom of its range. */
      if (vastus_dose_has (&decision->after, VASTUS_DOSE_REPS) &&
          vastus_dose_get_bounds (&decision->after, VASTUS_DOSE_REPS, &min, &max))
        vastus_dose_set (&decision->after, VASTUS_DOSE_REPS, min);
      dose = vastus_dose_describe (&decision->after, vastus_exercise_get_side (harder));
      decision->reason = capitalise (g_strdup_printf (_("%s, twice in a row at the top of this exercise: %s "
                                                        "takes its place, at %s."), why,
                                                      vastus_exercise_get_name (harder), dose));
      return;
    }

  decision->kind = VASTUS_DECISION_HOLD;
  decision->reason = capitalise (g_strdup_printf (_("%s, twice in a row, and this is the top of this exercise "
                                                    "with no harder variant: it stays here."), why));
}

/**
 * vastus_progression_decide:
 * @session_id: the session whose pain log was just saved
 * @now: µs since the epoch
 *
 * Decides, for each adjustable exercise of the session that is in the
 * programme, what happens next time.
 *
 * Returns: (transfer full): the decisions, and whether to seek care today
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
  const VastusPainLog *pain;
  double baseline, this_week, last_week, rise = 0;
  gboolean flare;
  guint progressed = 0;

  progression->decisions = g_ptr_array_new_with_free_func (decision_free);
  if (entry == NULL || (pain = vastus_session_entry_get_pain (entry)) == NULL)
    return progression;

  if (pain->during >= VASTUS_STOP_MIN_PAIN_DURING)
    {
      progression->seek_care = TRUE;
      progression->care_reason =
        g_strdup_printf (_("Pain reached %d/10 during the session. Pain that strong needs a physiotherapist "
                           "or doctor to look at your knee today, before you exercise it again."), pain->during);
    }

  baseline = vastus_progression_baseline (journal, vastus_session_entry_get_start (entry));
  this_week = mean_morning (journal, now - 7 * DAY, now + 1);
  last_week = mean_morning (journal, now - 14 * DAY, now - 7 * DAY);
  if (this_week >= 0 && last_week >= 0)
    rise = this_week - last_week;
  flare = lasting_flare (journal, now);

  for (guint i = 0; i < vastus_program_get_n_exercises (program); i++)
    {
      VastusExercise *exercise = vastus_program_get_exercise (program, i);
      const char *id = vastus_exercise_get_id (exercise);
      const VastusDose *dose = vastus_program_get_dose (program, i);
      VastusClass classes[VASTUS_REDS_TO_PAUSE];
      g_autofree char *why = NULL;
      VastusDecision *decision;
      VastusClass klass;
      guint n;

      if (vastus_program_get_paused (program, i) != NULL || !adjustable (exercise) || find_result (entry, id) == NULL)
        continue;

      klass = vastus_progression_classify (entry, id, baseline, &why);
      decision = new_decision (exercise, dose, VASTUS_DECISION_HOLD, klass);
      g_ptr_array_add (progression->decisions, decision);
      n = recent_classes (journal, entry, id, classes, G_N_ELEMENTS (classes));

      if (klass == VASTUS_CLASS_IGNORED)
        {
          decision->reason = capitalise (g_strdup_printf (_("%s, so this session does not change the dose."), why));
          continue;
        }

      if (klass == VASTUS_CLASS_RED)
        {
          guint reds = in_a_row (classes, n, VASTUS_CLASS_RED);

          if (reds >= VASTUS_REDS_TO_PAUSE || flare)
            {
              decision->kind = VASTUS_DECISION_STOP;
              decision->reason =
                g_strdup_printf (reds >= VASTUS_REDS_TO_PAUSE
                                 ? _("%s hurt too much three sessions in a row: it is paused. Please see a "
                                     "physiotherapist or doctor before doing it again.")
                                 : _("Your knee has been at least 2 points worse than usual for more than two "
                                     "days: %s is paused. Please see a physiotherapist or doctor before doing "
                                     "it again."), vastus_exercise_get_name (exercise));
            }
          else if (reds >= VASTUS_REDS_TO_LADDER || pain->during >= VASTUS_LADDER_MIN_PAIN_DURING)
            {
              decision->kind = VASTUS_DECISION_LADDER_DOWN;
              ladder_down (decision, catalogue, journal, exercise, why);
            }
          else
            {
              decision->kind = VASTUS_DECISION_REGRESS;
              regress (decision, journal, exercise, why);
            }
          continue;
        }

      /* Weekly rule: mornings clearly worse than the week before. */
      if (rise >= VASTUS_WEEKLY_REGRESS_RISE)
        {
          g_autofree char *weekly = g_strdup_printf (_("your morning pain this week is up by %.1f on last week"), rise);

          decision->kind = VASTUS_DECISION_REGRESS;
          regress (decision, journal, exercise, weekly);
          continue;
        }

      if (klass == VASTUS_CLASS_AMBER)
        {
          decision->reason = capitalise (g_strdup_printf (_("%s: the dose stays as it is until this settles."), why));
          continue;
        }

      /* GREEN */
      if (in_a_row (classes, n, VASTUS_CLASS_GREEN) < VASTUS_GREEN_SESSIONS_TO_PROGRESS)
        decision->reason = capitalise (g_strdup_printf (_("%s: one more session like this and the dose goes up."), why));
      else if (rise >= VASTUS_WEEKLY_FREEZE_RISE)
        decision->reason = g_strdup_printf (_("A good session, but your morning pain this week is up by %.1f on "
                                              "last week: no dose goes up until it settles."), rise);
      else if (days_since_step (journal, id, now) < VASTUS_DAYS_BETWEEN_STEPS)
        decision->reason = g_strdup_printf (_("A good session, but the dose went up %d days ago: one step a week at "
                                              "most."), (int) days_since_step (journal, id, now));
      else if (progressed >= VASTUS_MAX_PROGRESSIONS_PER_SESSION)
        decision->reason = g_strdup (_("A good session, but two exercises already go up after it: this one waits "
                                       "until next time, so that not too much changes at once."));
      else
        {
          const VastusExerciseFeel *feel = vastus_pain_log_get_feel (pain, id);

          decision->kind = VASTUS_DECISION_PROGRESS;
          progress (decision, catalogue, exercise, why, feel != NULL && feel->feel == VASTUS_FEEL_TOO_EASY);
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
 * @program_path: where to save the programme
 *
 * Makes the decisions' changes to @program, saves it whole (atomically),
 * and appends every decision to the journal with its reason. Decisions that
 * change nothing are written too: the journal tells how the programme got
 * where it is, holds included.
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
          vastus_program_set_paused (program, (guint) index, decision->reason);
          break;
        case VASTUS_DECISION_HOLD:
        default:
          break;
        }

      record = cJSON_CreateObject ();
      cJSON_AddStringToObject (record, "time", time);
      cJSON_AddStringToObject (record, "session", session_id);
      cJSON_AddStringToObject (record, "decision", kind_names[decision->kind]);
      cJSON_AddStringToObject (record, "class", class_names[decision->klass]);
      cJSON_AddItemToObject (record, "before", exercise_json (decision->exercise, &decision->before));
      cJSON_AddItemToObject (record, "after", exercise_json (after_id, &decision->after));
      cJSON_AddStringToObject (record, "reason", decision->reason != NULL ? decision->reason : "");
      /* A failed write is kept by the journal and retried. */
      if (!vastus_journal_add_program_change (journal, record, journal_error == NULL ? &journal_error : NULL))
        g_message ("Programme change kept in memory: %s", journal_error != NULL ? journal_error->message : "");
    }

  return program_path == NULL || vastus_program_save (program, program_path, error);
}
