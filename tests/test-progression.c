/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "vastus-progression.h"

/*
 * The progression engine: the scenarios listed at the end of
 * design/progression.md, each a short made-up history and the decision and
 * reason it must give; and properties over random histories: doses never
 * leave the catalogue's bounds, at most two exercises go up per session, and
 * a RED session never leads to a step up.
 */

#define S ((gint64) G_USEC_PER_SEC)
#define HOUR (3600 * S)
#define DAY (24 * HOUR)
/* Saturday 21 November 2026, 10:00 UTC. */
#define NOW (G_GINT64_CONSTANT (1795255200) * S)

static VastusCatalogue *catalogue;
static char *folder;

typedef struct
{
  int             day;       /* days before now */
  int             during;
  int             after;
  int             morning;   /* -1: none */
  double          done;      /* share of the reps done */
  VastusEndReason ended;
  VastusFeel      feel;
} Day;

#define GREEN(d)  { d, 2, 1, 1, 1.0, VASTUS_END_COMPLETED, VASTUS_FEEL_ABOUT_RIGHT }
#define AMBER(d)  { d, 4, 2, 1, 1.0, VASTUS_END_COMPLETED, VASTUS_FEEL_ABOUT_RIGHT }
#define RED(d)    { d, 6, 4, 2, 1.0, VASTUS_END_COMPLETED, VASTUS_FEEL_ABOUT_RIGHT }

typedef struct
{
  const char         *name;
  const char         *exercise;        /* the one the scenario is about */
  Day                 days[8];
  guint               n_days;
  int                 stepped_days_ago; /* a step up that many days ago; 0: none */
  VastusDecisionKind  expected;
  const char         *reason;          /* in the reason sentence */
  const char         *new_exercise;
  gboolean            seek_care;
} Scenario;

static VastusProgram *
new_program (const char * const *ids)
{
  VastusStarterProgram *starter = vastus_catalogue_lookup_program (catalogue, "phase-1-gentle");
  VastusProgram *program = vastus_program_new_from_starter (starter, catalogue, VASTUS_LEG_RIGHT);

  while (vastus_program_get_n_exercises (program) > 0)
    vastus_program_remove (program, 0);
  for (guint i = 0; ids[i] != NULL; i++)
    g_assert_true (vastus_program_add (program, vastus_catalogue_lookup (catalogue, ids[i])));
  return program;
}

static VastusJournal *
new_journal (void)
{
  g_autofree char *path = g_build_filename (folder, "journal.jsonl", NULL);

  g_unlink (path);
  return vastus_journal_new (path);
}

/* A session of every exercise of @program at its dose, as @day says. */
static VastusSessionEntry *
add_day (VastusJournal *journal,
         VastusProgram *program,
         const Day     *day)
{
  gint64 start = NOW - day->day * DAY - 2 * HOUR;
  g_autoptr (VastusSessionEntry) entry = vastus_session_entry_new (NULL, start, start + 40 * 60 * S);
  g_autoptr (VastusPainLog) log = vastus_pain_log_new (day->during, day->after, NULL);

  for (guint i = 0; i < vastus_program_get_n_exercises (program); i++)
    {
      VastusExercise *exercise = vastus_program_get_exercise (program, i);
      const VastusDose *dose = vastus_program_get_dose (program, i);
      guint n_sets = (guint) vastus_dose_get (dose, VASTUS_DOSE_SETS);
      g_autofree VastusSetResult *sets = g_new0 (VastusSetResult, MAX (n_sets, 1));

      for (guint s = 0; s < n_sets; s++)
        {
          sets[s].set = s + 1;
          sets[s].reached = TRUE;
          if (vastus_dose_has (dose, VASTUS_DOSE_REPS))
            {
              sets[s].planned_reps = (guint) vastus_dose_get (dose, VASTUS_DOSE_REPS);
              sets[s].done_reps = (guint) round (sets[s].planned_reps * day->done);
            }
          else
            {
              sets[s].planned_ms = (guint) vastus_dose_get (dose, VASTUS_DOSE_HOLD) * 1000;
              sets[s].done_ms = (guint) round (sets[s].planned_ms * day->done);
            }
        }
      vastus_session_entry_add_exercise (entry, vastus_exercise_get_id (exercise),
                                         vastus_exercise_get_name (exercise), sets, n_sets);
      vastus_pain_log_add_feel (log, vastus_exercise_get_id (exercise), day->feel, FALSE);
    }
  vastus_session_entry_set_end_reason (entry, day->ended);
  g_assert_true (vastus_journal_add_session (journal, entry, NULL));

  log->time = start + HOUR;
  g_assert_true (vastus_journal_add_pain (journal, vastus_session_entry_get_id (entry), log, NULL));
  if (day->morning >= 0)
    {
      VastusMorningCheck check = { start + 20 * HOUR, day->morning };

      g_assert_true (vastus_journal_add_morning (journal, vastus_session_entry_get_id (entry), &check, NULL));
    }
  return entry;
}

static const VastusDecision *
find_decision (VastusProgression *progression,
               const char        *exercise)
{
  for (guint i = 0; i < progression->decisions->len; i++)
    {
      const VastusDecision *decision = g_ptr_array_index (progression->decisions, i);

      if (g_str_equal (decision->exercise, exercise))
        return decision;
    }
  g_error ("no decision about %s", exercise);
}

static void
record_step_up (VastusJournal *journal,
                const char    *exercise,
                int            days_ago)
{
  cJSON *record = cJSON_CreateObject ();
  g_autofree char *time = vastus_time_to_iso8601 (NOW - days_ago * DAY);
  VastusExercise *found = vastus_catalogue_lookup (catalogue, exercise);
  cJSON *before = cJSON_AddObjectToObject (record, "before");
  cJSON *after = cJSON_AddObjectToObject (record, "after");

  cJSON_AddStringToObject (record, "time", time);
  cJSON_AddStringToObject (record, "decision", "progress");
  cJSON_AddStringToObject (before, "id", exercise);
  cJSON_AddItemToObject (before, "dose", vastus_dose_to_json (vastus_exercise_get_dose (found)));
  cJSON_AddStringToObject (after, "id", exercise);
  cJSON_AddItemToObject (after, "dose", vastus_dose_to_json (vastus_exercise_get_dose (found)));
  g_assert_true (vastus_journal_add_program_change (journal, record, NULL));
}

static const char * const program_ids[] = {
  "quad-set", "wall-sit", "straight-leg-raise", "step-up", NULL
};

static const Scenario scenarios[] = {
  { "steady green: progress", "quad-set", { GREEN (4), GREEN (2) }, 2, 0,
    VASTUS_DECISION_PROGRESS, ", twice in a row: reps go from 10 to 11 a set." },
  { "a hold steps up by 5 s", "wall-sit", { GREEN (4), GREEN (2) }, 2, 0,
    VASTUS_DECISION_PROGRESS, "hold time goes from 20 s to 25 s" },
  { "one green is not enough", "quad-set", { AMBER (6), GREEN (2) }, 2, 0,
    VASTUS_DECISION_HOLD, "one more session like this" },
  { "one amber: hold", "quad-set", { GREEN (4), AMBER (2) }, 2, 0,
    VASTUS_DECISION_HOLD, "within the 5/10 limit but over 3: the dose stays as it is until this settles." },
  { "too hard: amber, hold", "quad-set",
    { GREEN (4), { 2, 2, 1, 1, 1.0, VASTUS_END_COMPLETED, VASTUS_FEEL_TOO_HARD } }, 2, 0,
    VASTUS_DECISION_HOLD, "It felt too hard" },
  { "red: regress, the easier side of the dose first", "wall-sit", { GREEN (4), RED (2) }, 2, 0,
    VASTUS_DECISION_REGRESS, "over the 5/10 limit: hold time goes from 20 s to 15 s." },
  { "red after a step up: the step is undone", "quad-set", { GREEN (4), RED (2) }, 2, 3,
    VASTUS_DECISION_REGRESS, "over the 5/10 limit: sets go from 3 to 2." },
  { "two reds: down the ladder", "straight-leg-raise", { RED (4), RED (2) }, 2, 0,
    VASTUS_DECISION_LADDER_DOWN, "Quad set takes the place of Straight-leg raise", "quad-set" },
  { "7/10 at once: down the ladder", "straight-leg-raise",
    { GREEN (4), { 2, 7, 4, 1, 1.0, VASTUS_END_COMPLETED, VASTUS_FEEL_ABOUT_RIGHT } }, 2, 0,
    VASTUS_DECISION_LADDER_DOWN, "takes the place of", "quad-set" },
  { "no easier variant: a third less", "quad-set", { RED (4), RED (2) }, 2, 0,
    VASTUS_DECISION_LADDER_DOWN, "no easier variant, so the dose comes down by about a third" },
  { "morning pain 2 over baseline: regress", "wall-sit",
    { GREEN (8), GREEN (6), GREEN (4), { 2, 2, 1, 3, 1.0, VASTUS_END_COMPLETED, VASTUS_FEEL_ABOUT_RIGHT } }, 4, 0,
    VASTUS_DECISION_REGRESS, "the next morning your knee was at 3/10" },
  { "weekly rise of 1: progressions frozen", "quad-set",
    { { 13, 2, 1, 1, 1.0, VASTUS_END_COMPLETED, VASTUS_FEEL_ABOUT_RIGHT },
      { 11, 2, 1, 1, 1.0, VASTUS_END_COMPLETED, VASTUS_FEEL_ABOUT_RIGHT },
      { 5, 2, 2, 2, 1.0, VASTUS_END_COMPLETED, VASTUS_FEEL_ABOUT_RIGHT },
      { 3, 2, 2, 2, 1.0, VASTUS_END_COMPLETED, VASTUS_FEEL_ABOUT_RIGHT },
      { 1, 2, 2, 2, 1.0, VASTUS_END_COMPLETED, VASTUS_FEEL_ABOUT_RIGHT } }, 5, 0,
    VASTUS_DECISION_HOLD, "morning pain this week is up by 1.0 on last week" },
  { "weekly rise of 2: regress", "quad-set",
    { { 13, 2, 1, 0, 1.0, VASTUS_END_COMPLETED, VASTUS_FEEL_ABOUT_RIGHT },
      { 11, 2, 1, 0, 1.0, VASTUS_END_COMPLETED, VASTUS_FEEL_ABOUT_RIGHT },
      { 5, 2, 3, 2, 1.0, VASTUS_END_COMPLETED, VASTUS_FEEL_ABOUT_RIGHT },
      { 3, 2, 3, 2, 1.0, VASTUS_END_COMPLETED, VASTUS_FEEL_ABOUT_RIGHT },
      { 1, 2, 3, 2, 1.0, VASTUS_END_COMPLETED, VASTUS_FEEL_ABOUT_RIGHT } }, 5, 0,
    VASTUS_DECISION_REGRESS, "up by 2.0 on last week" },
  { "stopped for time: ignored", "quad-set",
    { GREEN (4), { 2, 2, 1, 1, 0.5, VASTUS_END_STOPPED, VASTUS_FEEL_ABOUT_RIGHT } }, 2, 0,
    VASTUS_DECISION_HOLD, "ended early for a reason other than pain, so this session does not change the dose" },
  { "stopped because of pain: red", "quad-set",
    { GREEN (4), { 2, 4, 3, 1, 0.5, VASTUS_END_PAIN, VASTUS_FEEL_ABOUT_RIGHT } }, 2, 0,
    VASTUS_DECISION_REGRESS, "stopped because of pain with 50% of it done" },
  { "one step per 7 days", "quad-set", { GREEN (4), GREEN (2) }, 2, 3,
    VASTUS_DECISION_HOLD, "the dose went up 3 days ago: one step a week at most" },
  { "a step 8 days ago does not block", "quad-set", { GREEN (4), GREEN (2) }, 2, 8,
    VASTUS_DECISION_PROGRESS, "reps go from 10 to 11" },
  { "three reds: paused, see a physiotherapist", "wall-sit", { RED (6), RED (4), RED (2) }, 3, 0,
    VASTUS_DECISION_STOP, "three sessions in a row: it is paused. Please see a physiotherapist" },
  { "mornings 2 worse for more than 48 hours: paused", "wall-sit",
    { GREEN (8), GREEN (7), GREEN (6),
      { 5, 2, 1, 4, 1.0, VASTUS_END_COMPLETED, VASTUS_FEEL_ABOUT_RIGHT },
      { 2, 2, 1, 4, 1.0, VASTUS_END_COMPLETED, VASTUS_FEEL_ABOUT_RIGHT } }, 5, 0,
    VASTUS_DECISION_STOP, "at least 2 points worse than usual for more than two days" },
  { "8/10: stop, get care today", "quad-set",
    { GREEN (4), { 2, 8, 6, 1, 1.0, VASTUS_END_RED_FLAG, VASTUS_FEEL_ABOUT_RIGHT } }, 2, 0,
    VASTUS_DECISION_LADDER_DOWN, "pain reached 8/10", NULL, TRUE },
};

static void
test_scenario (gconstpointer data)
{
  const Scenario *scenario = data;
  g_autoptr (VastusProgram) program = new_program (program_ids);
  g_autoptr (VastusJournal) journal = new_journal ();
  g_autoptr (VastusProgression) progression = NULL;
  VastusSessionEntry *last = NULL;
  const VastusDecision *decision;

  for (guint i = 0; i < scenario->n_days; i++)
    last = add_day (journal, program, &scenario->days[i]);
  if (scenario->stepped_days_ago > 0)
    record_step_up (journal, scenario->exercise, scenario->stepped_days_ago);

  progression = vastus_progression_decide (program, catalogue, journal, vastus_session_entry_get_id (last), NOW);
  decision = find_decision (progression, scenario->exercise);

  if (g_test_verbose ())
    g_test_message ("%s: %s", scenario->exercise, decision->reason);
  g_assert_cmpstr (vastus_decision_kind_to_string (decision->kind), ==,
                   vastus_decision_kind_to_string (scenario->expected));
  g_assert_nonnull (decision->reason);
  /* The words, wherever they fall in the sentence. */
  {
    g_autofree char *said = g_ascii_strdown (decision->reason, -1);
    g_autofree char *wanted = g_ascii_strdown (scenario->reason, -1);

    if (strstr (said, wanted) == NULL)
      g_error ("“%s” does not say “%s”", decision->reason, scenario->reason);
  }
  g_assert_cmpstr (decision->new_exercise, ==, scenario->new_exercise);
  g_assert_cmpint (progression->seek_care, ==, scenario->seek_care);
  /* One sentence, starting with a capital and ending with a full stop. */
  g_assert_true (g_ascii_isupper (decision->reason[0]));
  g_assert_true (g_str_has_suffix (decision->reason, "."));
}

static void
test_at_the_ends (void)
{
  static const char * const ids[] = { "glute-bridge", "quad-set", NULL };
  static const Day greens[] = { GREEN (4), GREEN (2) };
  static const Day reds[] = { GREEN (4), RED (2) };
  g_autoptr (VastusProgram) program = new_program (ids);
  g_autoptr (VastusJournal) journal = new_journal ();
  g_autoptr (VastusProgression) up = NULL;
  g_autoptr (VastusProgression) down = NULL;
  VastusDose top = *vastus_program_get_dose (program, 0);
  VastusDose bottom = *vastus_program_get_dose (program, 1);
  VastusSessionEntry *last = NULL;
  const VastusDecision *decision;

  /* The glute bridge at 4 × 15, the top of its range, with no harder
   * variant; the quad set at 2 × 10, the bottom of its range. */
  vastus_dose_set (&top, VASTUS_DOSE_SETS, 4);
  vastus_dose_set (&top, VASTUS_DOSE_REPS, 15);
  vastus_program_set_dose (program, 0, &top);
  vastus_dose_set (&bottom, VASTUS_DOSE_SETS, 2);
  vastus_program_set_dose (program, 1, &bottom);

  for (guint i = 0; i < G_N_ELEMENTS (greens); i++)
    last = add_day (journal, program, &greens[i]);
  up = vastus_progression_decide (program, catalogue, journal, vastus_session_entry_get_id (last), NOW);
  decision = find_decision (up, "glute-bridge");
  g_assert_cmpint (decision->kind, ==, VASTUS_DECISION_HOLD);
  g_assert_nonnull (strstr (decision->reason, "the top of this exercise with no harder variant: it stays here"));
  /* The quad set at the top of its own range would climb its ladder. */

  g_clear_object (&journal);
  journal = new_journal ();
  for (guint i = 0; i < G_N_ELEMENTS (reds); i++)
    last = add_day (journal, program, &reds[i]);
  down = vastus_progression_decide (program, catalogue, journal, vastus_session_entry_get_id (last), NOW);
  decision = find_decision (down, "quad-set");
  g_assert_cmpint (decision->kind, ==, VASTUS_DECISION_HOLD);
  g_assert_nonnull (strstr (decision->reason, "already the easiest dose of this exercise"));
}

static void
test_top_of_the_ladder_rung (void)
{
  static const char * const ids[] = { "quad-set", NULL };
  static const Day greens[] = { GREEN (4), GREEN (2) };
  g_autoptr (VastusProgram) program = new_program (ids);
  g_autoptr (VastusJournal) journal = new_journal ();
  g_autoptr (VastusProgression) progression = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *path = g_build_filename (folder, "program.json", NULL);
  VastusDose top = *vastus_program_get_dose (program, 0);
  VastusSessionEntry *last = NULL;
  const VastusDecision *decision;

  vastus_dose_set (&top, VASTUS_DOSE_SETS, 4);
  vastus_dose_set (&top, VASTUS_DOSE_REPS, 15);
  vastus_program_set_dose (program, 0, &top);
  for (guint i = 0; i < G_N_ELEMENTS (greens); i++)
    last = add_day (journal, program, &greens[i]);

  progression = vastus_progression_decide (program, catalogue, journal, vastus_session_entry_get_id (last), NOW);
  decision = find_decision (progression, "quad-set");
  g_assert_cmpint (decision->kind, ==, VASTUS_DECISION_PROGRESS);
  g_assert_cmpstr (decision->new_exercise, ==, "straight-leg-raise");
  g_assert_nonnull (strstr (decision->reason, "Straight-leg raise takes its place"));
  /* The next rung starts at the bottom of its reps. */
  g_assert_cmpfloat (vastus_dose_get (&decision->after, VASTUS_DOSE_REPS), ==, 10);

  /* Applied: the programme has the harder variant, saved; the journal has
   * the change with its reason. */
  g_assert_true (vastus_progression_apply (progression, program, catalogue, journal,
                                           vastus_session_entry_get_id (last), path, NOW, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (vastus_exercise_get_id (vastus_program_get_exercise (program, 0)), ==, "straight-leg-raise");
  g_assert_cmpuint (vastus_journal_get_n_program_changes (journal), ==, 1);
  g_assert_cmpstr (cJSON_GetObjectItem (vastus_journal_get_program_change (journal, 0), "reason")->valuestring, ==,
                   decision->reason);
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
  g_unlink (path);
}

static void
test_undo_step_up (void)
{
  static const char * const ids[] = { "quad-set", NULL };
  static const Day days[] = { GREEN (4), RED (2) };
  g_autoptr (VastusProgram) program = new_program (ids);
  g_autoptr (VastusJournal) journal = new_journal ();
  g_autoptr (VastusProgression) progression = NULL;
  VastusDose stepped = *vastus_program_get_dose (program, 0);
  VastusSessionEntry *last = NULL;
  const VastusDecision *decision;

  /* A step from 10 to 11 reps three days ago. */
  vastus_dose_set (&stepped, VASTUS_DOSE_REPS, 11);
  vastus_program_set_dose (program, 0, &stepped);
  record_step_up (journal, "quad-set", 3);

  for (guint i = 0; i < G_N_ELEMENTS (days); i++)
    last = add_day (journal, program, &days[i]);
  progression = vastus_progression_decide (program, catalogue, journal, vastus_session_entry_get_id (last), NOW);
  decision = find_decision (progression, "quad-set");
  g_assert_cmpint (decision->kind, ==, VASTUS_DECISION_REGRESS);
  g_assert_cmpfloat (vastus_dose_get (&decision->after, VASTUS_DOSE_REPS), ==, 10);
  g_assert_cmpfloat (vastus_dose_get (&decision->after, VASTUS_DOSE_SETS), ==, 3);
  g_assert_nonnull (strstr (decision->reason, "the last step up is undone, from 3 × 11 each leg"));
}

static void
test_two_at_most (void)
{
  static const char * const ids[] = { "quad-set", "glute-bridge", "clamshell", "short-arc-quad", NULL };
  static const Day greens[] = { GREEN (4), GREEN (2) };
  g_autoptr (VastusProgram) program = new_program (ids);
  g_autoptr (VastusJournal) journal = new_journal ();
  g_autoptr (VastusProgression) progression = NULL;
  VastusSessionEntry *last = NULL;
  guint up = 0;

  for (guint i = 0; i < G_N_ELEMENTS (greens); i++)
    last = add_day (journal, program, &greens[i]);
  progression = vastus_progression_decide (program, catalogue, journal, vastus_session_entry_get_id (last), NOW);

  g_assert_cmpuint (progression->decisions->len, ==, 4);
  for (guint i = 0; i < progression->decisions->len; i++)
    {
      const VastusDecision *decision = g_ptr_array_index (progression->decisions, i);

      if (decision->kind == VASTUS_DECISION_PROGRESS)
        up++;
      else
        g_assert_nonnull (strstr (decision->reason, "two exercises already go up"));
    }
  g_assert_cmpuint (up, ==, VASTUS_MAX_PROGRESSIONS_PER_SESSION);
  /* In programme order: the first two. */
  g_assert_cmpint (find_decision (progression, "quad-set")->kind, ==, VASTUS_DECISION_PROGRESS);
  g_assert_cmpint (find_decision (progression, "glute-bridge")->kind, ==, VASTUS_DECISION_PROGRESS);
}

/* Random histories, applied session after session. */
static void
test_random_histories (void)
{
  static const char * const ids[] = {
    "quad-set", "wall-sit", "straight-leg-raise", "step-up", "seated-leg-press", "glute-bridge", "split-squat", NULL
  };

  for (guint run = 0; run < 25; run++)
    {
      g_autoptr (VastusProgram) program = new_program (ids);
      g_autoptr (VastusJournal) journal = new_journal ();
      int day = 120;

      while (day > 0)
        {
          Day today = {
            day,
            g_test_rand_int_range (0, 9),
            g_test_rand_int_range (0, 7),
            g_test_rand_bit () ? g_test_rand_int_range (0, 6) : -1,
            g_test_rand_bit () ? 1.0 : g_test_rand_double_range (0.3, 1.0),
            (VastusEndReason) g_test_rand_int_range (VASTUS_END_COMPLETED, VASTUS_END_RED_FLAG + 1),
            (VastusFeel) g_test_rand_int_range (VASTUS_FEEL_UNSET, VASTUS_FEEL_TOO_HARD + 1),
          };
          VastusSessionEntry *entry;
          g_autoptr (VastusProgression) progression = NULL;
          guint up = 0;

          /* Mostly good days, so that doses climb to their tops. */
          if (g_test_rand_int_range (0, 10) < 7)
            {
              today.during = g_test_rand_int_range (0, 4);
              today.after = today.during;
              today.morning = -1;
              today.done = 1.0;
              today.ended = VASTUS_END_COMPLETED;
            }

          entry = add_day (journal, program, &today);
          progression = vastus_progression_decide (program, catalogue, journal,
                                                   vastus_session_entry_get_id (entry), NOW - day * DAY);
          for (guint i = 0; i < progression->decisions->len; i++)
            {
              const VastusDecision *decision = g_ptr_array_index (progression->decisions, i);

              if (decision->kind == VASTUS_DECISION_PROGRESS)
                {
                  up++;
                  g_assert_cmpint (decision->klass, ==, VASTUS_CLASS_GREEN);
                }
              if (decision->klass == VASTUS_CLASS_RED)
                g_assert_cmpint (decision->kind, !=, VASTUS_DECISION_PROGRESS);
              g_assert_nonnull (decision->reason);
            }
          g_assert_cmpuint (up, <=, VASTUS_MAX_PROGRESSIONS_PER_SESSION);

          g_assert_true (vastus_progression_apply (progression, program, catalogue, journal,
                                                   vastus_session_entry_get_id (entry), NULL,
                                                   NOW - day * DAY, NULL));

          /* Every dose within the catalogue's bounds. */
          for (guint i = 0; i < vastus_program_get_n_exercises (program); i++)
            {
              VastusExercise *exercise = vastus_program_get_exercise (program, i);
              const VastusDose *dose = vastus_program_get_dose (program, i);
              const VastusDose *catalogue_dose = vastus_exercise_get_dose (exercise);

              for (guint v = 0; v < VASTUS_DOSE_N_VALUES; v++)
                {
                  double min, max;

                  if (vastus_dose_has (dose, v) && vastus_dose_get_bounds (catalogue_dose, v, &min, &max))
                    {
                      g_assert_cmpfloat (vastus_dose_get (dose, v), >=, min);
                      g_assert_cmpfloat (vastus_dose_get (dose, v), <=, max);
                    }
                }
            }

          day -= g_test_rand_int_range (1, 4);
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr (GError) error = NULL;
  int status;

  g_setenv ("TZ", "UTC", TRUE);
  g_test_init (&argc, &argv, NULL);
  catalogue = vastus_catalogue_new_builtin (&error);
  g_assert_no_error (error);
  folder = g_dir_make_tmp ("vastus-progression-XXXXXX", &error);
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (scenarios); i++)
    {
      g_autofree char *path = g_strdup_printf ("/vastus/progression/scenario/%s", scenarios[i].name);

      g_strdelimit (path + strlen ("/vastus/progression/scenario/"), "/", '-');
      g_test_add_data_func (path, &scenarios[i], test_scenario);
    }
  g_test_add_func ("/vastus/progression/at-the-ends", test_at_the_ends);
  g_test_add_func ("/vastus/progression/up-the-ladder", test_top_of_the_ladder_rung);
  g_test_add_func ("/vastus/progression/undo-step-up", test_undo_step_up);
  g_test_add_func ("/vastus/progression/two-at-most", test_two_at_most);
  g_test_add_func ("/vastus/progression/random-histories", test_random_histories);

  status = g_test_run ();

  {
    g_autofree char *path = g_build_filename (folder, "journal.jsonl", NULL);

    g_unlink (path);
    g_rmdir (folder);
  }
  g_free (folder);
  g_object_unref (catalogue);
  return status;
}
