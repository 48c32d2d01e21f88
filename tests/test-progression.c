/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "vastus-progression.h"
#include "vastus-safety.h"
#include "vastus-test-env.h"

/*
 * The progression engine, scenario by scenario: each a short made-up
 * history and the decision and reason it must give. The history is played
 * as the app plays it: each session's pain log is saved, the engine decides
 * and its changes are applied at once; the next morning's check comes after
 * that, before the next session. The last session's decision is the one
 * checked.
 *
 * The scenarios named "v2-N-…" are the rules of version 2 in
 * design/progression.md, by number. Then properties over random histories:
 * doses never leave the catalogue's bounds, at most two exercises go up per
 * session, a RED session never leads to a step up, and a hold stops
 * everything.
 */

#define S ((gint64) G_USEC_PER_SEC)
#define HOUR (3600 * S)
#define DAY (24 * HOUR)
/* Saturday 21 November 2026, 10:00 UTC. */
#define NOW (G_GINT64_CONSTANT (1795255200) * S)

static VastusCatalogue *catalogue;
static char *folder;

enum {
  HURT = 1 << 0,        /* the exercise followed was ticked "hurt" */
  OTHER_HURT = 1 << 1,  /* another exercise was ticked "hurt" */
  UNLOGGED = 1 << 2,    /* no pain log */
  SHORTENED = 1 << 3,   /* a shorter session, chosen for a day with less time */
};

typedef struct
{
  int             day;       /* days before now */
  int             during;
  int             after;
  int             morning;   /* the next morning's check; -1: none */
  double          done;      /* share of the followed exercise done */
  VastusEndReason ended;
  VastusFeel      feel;      /* of the followed exercise */
  guint           flags;
} Day;

#define GREEN(d)    { d, 2, 1, 1, 1.0, VASTUS_END_COMPLETED, VASTUS_FEEL_ABOUT_RIGHT, 0 }
#define AMBER(d)    { d, 4, 2, 1, 1.0, VASTUS_END_COMPLETED, VASTUS_FEEL_ABOUT_RIGHT, 0 }
#define RED(d)      { d, 6, 3, 1, 1.0, VASTUS_END_COMPLETED, VASTUS_FEEL_ABOUT_RIGHT, 0 }
#define TOO_HARD(d) { d, 2, 1, 1, 1.0, VASTUS_END_COMPLETED, VASTUS_FEEL_TOO_HARD, 0 }
#define TOO_EASY(d) { d, 2, 1, 1, 1.0, VASTUS_END_COMPLETED, VASTUS_FEEL_TOO_EASY, 0 }
#define MORNING(d, m) { d, 2, 1, m, 1.0, VASTUS_END_COMPLETED, VASTUS_FEEL_ABOUT_RIGHT, 0 }
#define NO_LOG(d, m) { d, 0, 0, m, 1.0, VASTUS_END_COMPLETED, VASTUS_FEEL_ABOUT_RIGHT, UNLOGGED }
#define SHORT_GREEN(d) { d, 2, 1, 1, 1.0, VASTUS_END_COMPLETED, VASTUS_FEEL_ABOUT_RIGHT, SHORTENED }
#define SHORT_RED(d) { d, 6, 3, 1, 1.0, VASTUS_END_COMPLETED, VASTUS_FEEL_ABOUT_RIGHT, SHORTENED }

typedef struct
{
  const char         *name;
  const char         *exercise;        /* the one the scenario follows */
  Day                 days[12];
  guint               n_days;
  VastusDecisionKind  expected;
  const char         *reason;          /* in the reason sentence */
  const char         *new_exercise;
  VastusHoldKind      hold;
  const char * const *program;         /* NULL: the default programme */
} Scenario;

static const char * const program_ids[] = {
  "quad-set", "wall-sit", "straight-leg-raise", "step-up", NULL
};

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

static gint64
start_of (const Day *day)
{
  return NOW - day->day * DAY - 2 * HOUR;
}

/* When the pain log of @day is saved, and the engine decides. */
static gint64
logged_at (const Day *day)
{
  return start_of (day) + HOUR;
}

/* A session of every exercise of @program at its dose, as @day says of
 * @followed; ended early, it stops in @followed, the ones after it not
 * reached. */
static VastusSessionEntry *
add_session (VastusJournal *journal,
             VastusProgram *program,
             const Day     *day,
             const char    *followed)
{
  gint64 start = start_of (day);
  g_autoptr (VastusSessionEntry) entry = vastus_session_entry_new (NULL, start, start + 40 * 60 * S);
  g_autoptr (VastusPainLog) log = vastus_pain_log_new (day->during, day->after, NULL);
  gboolean early = day->ended != VASTUS_END_COMPLETED;
  gboolean past = FALSE;

  for (guint i = 0; i < vastus_program_get_n_exercises (program); i++)
    {
      VastusExercise *exercise = vastus_program_get_exercise (program, i);
      const char *id = vastus_exercise_get_id (exercise);
      const VastusDose *dose = vastus_program_get_dose (program, i);
      gboolean is_followed = g_strcmp0 (id, followed) == 0;
      double done = is_followed ? day->done : 1.0;
      guint n_sets = (guint) vastus_dose_get (dose, VASTUS_DOSE_SETS);
      g_autofree VastusSetResult *sets = g_new0 (VastusSetResult, MAX (n_sets, 1));

      for (guint s = 0; s < n_sets; s++)
        {
          sets[s].set = s + 1;
          sets[s].reached = !(early && past);
          if (vastus_dose_has (dose, VASTUS_DOSE_REPS))
            {
              sets[s].planned_reps = (guint) vastus_dose_get (dose, VASTUS_DOSE_REPS);
              sets[s].done_reps = sets[s].reached ? (guint) round (sets[s].planned_reps * done) : 0;
            }
          else
            {
              sets[s].planned_ms = (guint) vastus_dose_get (dose, VASTUS_DOSE_HOLD) * 1000;
              sets[s].done_ms = sets[s].reached ? (guint) round (sets[s].planned_ms * done) : 0;
            }
        }
      vastus_session_entry_add_exercise (entry, id, vastus_exercise_get_name (exercise), sets, n_sets);
      if (!(early && past))
        vastus_pain_log_add_feel (log, id, is_followed ? day->feel : VASTUS_FEEL_ABOUT_RIGHT,
                                  (is_followed && (day->flags & HURT)) ||
                                  (!is_followed && i == 0 && (day->flags & OTHER_HURT)));
      past |= is_followed;
    }
  vastus_session_entry_set_end_reason (entry, day->ended);
  vastus_session_entry_set_shortened (entry, (day->flags & SHORTENED) != 0);
  if (early)
    vastus_session_entry_set_ended_during (entry, followed);
  g_assert_true (vastus_journal_add_session (journal, entry, NULL));

  if (!(day->flags & UNLOGGED))
    {
      log->time = logged_at (day);
      g_assert_true (vastus_journal_add_pain (journal, vastus_session_entry_get_id (entry), log, NULL));
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

/* Plays @days as the app would. Returns the decisions about the last
 * session, not applied; @followed follows the exercise down or up its
 * ladder. */
static VastusProgression *
play (VastusJournal  *journal,
      VastusProgram  *program,
      const Day      *days,
      guint           n_days,
      char          **followed)
{
  VastusProgression *last = NULL;

  for (guint i = 0; i < n_days; i++)
    {
      const Day *day = &days[i];
      VastusSessionEntry *entry = add_session (journal, program, day, *followed);
      const char *id = vastus_session_entry_get_id (entry);
      VastusProgression *progression;

      if (day->flags & UNLOGGED)
        progression = NULL;
      else
        progression = vastus_progression_decide (program, catalogue, journal, id, logged_at (day));

      if (i + 1 == n_days)
        {
          last = progression;
          break;
        }

      if (progression != NULL)
        {
          for (guint k = 0; k < progression->decisions->len; k++)
            {
              const VastusDecision *decision = g_ptr_array_index (progression->decisions, k);

              if (g_str_equal (decision->exercise, *followed) && decision->new_exercise != NULL)
                {
                  g_free (*followed);
                  *followed = g_strdup (decision->new_exercise);
                  break;
                }
            }
          if (g_test_verbose ())
            for (guint k = 0; k < progression->decisions->len; k++)
              {
                const VastusDecision *decision = g_ptr_array_index (progression->decisions, k);

                g_test_message ("  day -%d %s: %s", day->day, decision->exercise, decision->reason);
              }
          g_assert_true (vastus_progression_apply (progression, program, catalogue, journal, id, NULL,
                                                   logged_at (day), NULL));
          vastus_progression_free (progression);
        }

      /* The next morning, before the next session. */
      if (day->morning >= 0)
        {
          VastusMorningCheck check = { start_of (day) + 20 * HOUR, day->morning };

          g_assert_cmpint (check.time, <, start_of (&days[i + 1]));
          g_assert_true (vastus_journal_add_morning (journal, id, &check, NULL));
        }
    }

  g_assert_nonnull (last);
  return last;
}

static void
assert_says (const char *reason,
             const char *wanted)
{
  g_autofree char *said = g_ascii_strdown (reason, -1);
  g_autofree char *want = g_ascii_strdown (wanted, -1);

  if (strstr (said, want) == NULL)
    g_error ("“%s” does not say “%s”", reason, wanted);
}

/* One sentence or two, starting with a capital, ending with a full stop. */
static void
assert_sentence (const char *reason)
{
  g_assert_nonnull (reason);
  if (!g_ascii_isupper (reason[0]) || !g_str_has_suffix (reason, "."))
    g_test_message ("not a sentence: “%s”", reason);
  g_assert_true (g_ascii_isupper (reason[0]));
  g_assert_true (g_str_has_suffix (reason, "."));
}

static const Scenario scenarios[] = {
  /* The first rules, still standing. */
  { "steady-green-progress-a-third-set-first", "quad-set", { GREEN (4), GREEN (2) }, 2,
    VASTUS_DECISION_PROGRESS, ", twice in a row: sets go from 2 to 3." },
  { "then-reps-go-up", "quad-set", { GREEN (12), GREEN (10), GREEN (4), GREEN (2) }, 4,
    VASTUS_DECISION_PROGRESS, ", twice in a row: reps go from 10 to 11 a set." },
  { "a-hold-steps-up-by-5-s-after-the-third-set", "wall-sit", { GREEN (12), GREEN (10), GREEN (4), GREEN (2) }, 4,
    VASTUS_DECISION_PROGRESS, "hold time goes from 20 s to 25 s" },
  { "one-green-is-not-enough", "quad-set", { AMBER (6), GREEN (2) }, 2,
    VASTUS_DECISION_HOLD, "one more session like this at this dose" },
  { "one-amber-holds", "quad-set", { GREEN (4), AMBER (2) }, 2,
    VASTUS_DECISION_HOLD, "that is acceptable, but above 3/10, so the dose stays the same for now." },
  { "too-hard-once-holds", "quad-set", { GREEN (4), TOO_HARD (2) }, 2,
    VASTUS_DECISION_HOLD, "It felt too hard, so the dose stays the same for now." },
  { "red-regresses-the-easier-side-first", "wall-sit", { GREEN (4), RED (2) }, 2,
    VASTUS_DECISION_REGRESS, "over the 5/10 limit: hold time goes from 20 s to 15 s." },
  { "red-after-a-step-up-undoes-it", "quad-set", { GREEN (12), GREEN (10), RED (2) }, 3,
    VASTUS_DECISION_REGRESS, "the last step up is undone, from 3 × 10 each leg, 5 s squeeze, rest 30 s back to 2 × 10" },
  { "two-reds-down-the-ladder", "straight-leg-raise", { RED (4), RED (2) }, 2,
    VASTUS_DECISION_LADDER_DOWN, "Quad set takes the place of Straight-leg raise", "quad-set" },
  { "seven-of-ten-down-the-ladder", "straight-leg-raise",
    { GREEN (4), { 2, 7, 4, 1, 1.0, VASTUS_END_COMPLETED, VASTUS_FEEL_ABOUT_RIGHT, 0 } }, 2,
    VASTUS_DECISION_LADDER_DOWN, "takes the place of", "quad-set" },
  { "no-easier-variant-a-third-less", "quad-set",
    { GREEN (4), { 2, 7, 4, 1, 1.0, VASTUS_END_COMPLETED, VASTUS_FEEL_ABOUT_RIGHT, 0 } }, 2,
    VASTUS_DECISION_LADDER_DOWN, "no easier variant, so the dose comes down by about a third" },
  { "morning-after-2-over-usual-regresses", "wall-sit", { GREEN (8), GREEN (6), MORNING (4, 3), GREEN (2) }, 4,
    VASTUS_DECISION_REGRESS, "the morning after your previous session your knee was at 3/10, at least 2 points above your usual 1/10" },
  { "stopped-for-time-ignored", "quad-set",
    { GREEN (4), { 2, 2, 1, 1, 0.5, VASTUS_END_STOPPED, VASTUS_FEEL_ABOUT_RIGHT, 0 } }, 2,
    VASTUS_DECISION_HOLD, "ended early for a reason other than pain, so it does not change the dose" },
  { "one-step-per-7-days", "quad-set", { GREEN (8), GREEN (6), GREEN (4), GREEN (2) }, 4,
    VASTUS_DECISION_HOLD, "the dose went up 4 days ago: one step a week at most" },
  { "a-step-8-days-ago-does-not-block", "quad-set", { GREEN (12), GREEN (10), GREEN (4), GREEN (2) }, 4,
    VASTUS_DECISION_PROGRESS, "twice in a row: reps go from 10 to 11" },
  { "three-reds-pause", "wall-sit", { RED (6), RED (4), RED (2) }, 3,
    VASTUS_DECISION_STOP, "three sessions in a row, so it is paused; the rest of your programme carries on. Please see a physiotherapist" },
  { "a-week-of-mornings-up-by-1-freezes", "quad-set",
    { MORNING (20, 0), MORNING (18, 0), MORNING (16, 0), MORNING (13, 0), MORNING (11, 0), MORNING (9, 1),
      MORNING (7, -1), MORNING (5, -1), GREEN (3) }, 9,
    VASTUS_DECISION_HOLD, "your mornings this week average 1.0 points more pain than last week: no dose goes up" },

  /* Version 2 of the rules. */
  { "v2-1-pain-of-8-holds-the-whole-programme", "wall-sit",
    { GREEN (6), GREEN (4), { 2, 8, 6, 1, 1.0, VASTUS_END_COMPLETED, VASTUS_FEEL_ABOUT_RIGHT, 0 } }, 3,
    VASTUS_DECISION_STOP, "whole programme is on hold until a physiotherapist or doctor has checked your knee",
    NULL, VASTUS_HOLD_SEVERE_PAIN },
  { "v2-1-a-warning-sign-holds-the-whole-programme", "wall-sit",
    { GREEN (6), GREEN (4), { 2, 3, 3, 1, 0.5, VASTUS_END_RED_FLAG, VASTUS_FEEL_ABOUT_RIGHT, 0 } }, 3,
    VASTUS_DECISION_STOP, "A warning sign ended the session", NULL, VASTUS_HOLD_WARNING_SIGN },
  { "v2-3-mornings-2-worse-for-more-than-48-hours-hold", "quad-set",
    { GREEN (10), GREEN (8), MORNING (6, 4), MORNING (4, 4), GREEN (2) }, 5,
    VASTUS_DECISION_STOP, "worse than usual in the mornings for more than two days", NULL, VASTUS_HOLD_FLARE },
  { "v2-4-mornings-creeping-2-over-usual-step-down", "wall-sit",
    { MORNING (20, 0), MORNING (18, 0), MORNING (17, 0), MORNING (15, 1), MORNING (13, 1), MORNING (11, 1),
      MORNING (7, 3), NO_LOG (6, 1), MORNING (5, 3), NO_LOG (4, 1), GREEN (3) }, 11,
    VASTUS_DECISION_REGRESS, "your morning pain this week averages 2.0/10, at least 2 points above your usual 0/10" },
  { "v2-5-a-green-before-the-last-change-does-not-count", "quad-set", { GREEN (12), GREEN (10), GREEN (2) }, 3,
    VASTUS_DECISION_HOLD, "one more session like this at this dose" },
  { "v2-5-an-unlogged-session-breaks-the-run", "quad-set", { GREEN (6), NO_LOG (4, 1), GREEN (2) }, 3,
    VASTUS_DECISION_HOLD, "one more session like this at this dose" },
  { "v2-6-too-easy-is-one-step-only", "quad-set", { TOO_EASY (4), TOO_EASY (2) }, 2,
    VASTUS_DECISION_PROGRESS, ", twice in a row: sets go from 2 to 3." },
  { "v2-7-the-first-session-after-a-break-never-progresses", "quad-set", { GREEN (27), GREEN (25), GREEN (2) }, 3,
    VASTUS_DECISION_HOLD, "Your first session after a break of 22 days" },
  { "v2-7-the-count-starts-again-after-a-break", "quad-set", { GREEN (27), GREEN (25), GREEN (4), GREEN (2) }, 4,
    VASTUS_DECISION_PROGRESS, "twice in a row" },
  { "v2-8-too-hard-three-times-steps-down", "quad-set", { TOO_HARD (6), TOO_HARD (4), TOO_HARD (2) }, 3,
    VASTUS_DECISION_REGRESS, "It felt too hard three sessions in a row: " },
  { "v2-9-under-80-percent-done-twice-steps-down", "wall-sit",
    { { 4, 2, 1, 1, 0.6, VASTUS_END_COMPLETED, VASTUS_FEEL_ABOUT_RIGHT, 0 },
      { 2, 2, 1, 1, 0.6, VASTUS_END_COMPLETED, VASTUS_FEEL_ABOUT_RIGHT, 0 } }, 2,
    VASTUS_DECISION_REGRESS, "You did less than 80% of it two sessions in a row: hold time goes from 20 s to 15 s." },
  { "v2-10-three-reds-follow-the-knee-down-the-ladder", "straight-leg-raise", { RED (6), RED (4), RED (2) }, 3,
    VASTUS_DECISION_STOP, "Quad set and the exercise it replaced hurt too much three sessions in a row, so it is paused",
    NULL, VASTUS_HOLD_NONE, (const char * const[]) { "straight-leg-raise", "wall-sit", NULL } },
  { "v2-11-pain-of-6-in-another-exercise-holds-this-one", "wall-sit",
    { GREEN (4), { 2, 6, 3, 1, 1.0, VASTUS_END_COMPLETED, VASTUS_FEEL_ABOUT_RIGHT, OTHER_HURT } }, 2,
    VASTUS_DECISION_HOLD, "though you said other exercises hurt, not this one" },
  { "v2-11-pain-of-6-in-this-exercise-steps-it-down", "wall-sit",
    { GREEN (4), { 2, 6, 3, 1, 1.0, VASTUS_END_COMPLETED, VASTUS_FEEL_ABOUT_RIGHT, HURT } }, 2,
    VASTUS_DECISION_REGRESS, "over the 5/10 limit: hold time goes from 20 s to 15 s." },
  { "v2-12-ended-because-of-pain-steps-it-down", "wall-sit",
    { GREEN (4), { 2, 4, 3, 1, 0.9, VASTUS_END_PAIN, VASTUS_FEEL_ABOUT_RIGHT, 0 } }, 2,
    VASTUS_DECISION_REGRESS, "You ended the session because of pain during it: hold time goes from 20 s to 15 s." },
  /* A shorter session, chosen for a day with less time. */
  { "short-green-does-not-step-up", "quad-set", { GREEN (4), SHORT_GREEN (2) }, 2,
    VASTUS_DECISION_HOLD, "in a shorter session: good, and the dose stays the same, as only full sessions count" },
  { "short-green-does-not-break-the-run", "quad-set", { GREEN (6), SHORT_GREEN (4), GREEN (2) }, 3,
    VASTUS_DECISION_PROGRESS, "twice in a row: sets go from 2 to 3" },
  { "two-short-greens-are-not-two-in-a-row", "quad-set", { SHORT_GREEN (4), GREEN (2) }, 2,
    VASTUS_DECISION_HOLD, "one more session like this at this dose" },
  { "short-red-still-steps-down", "wall-sit", { GREEN (4), SHORT_RED (2) }, 2,
    VASTUS_DECISION_REGRESS, "over the 5/10 limit: hold time goes from 20 s to 15 s." },
  { "short-under-80-percent-is-not-a-failure", "wall-sit",
    { { 4, 2, 1, 1, 0.6, VASTUS_END_COMPLETED, VASTUS_FEEL_ABOUT_RIGHT, 0 },
      { 2, 2, 1, 1, 0.6, VASTUS_END_COMPLETED, VASTUS_FEEL_ABOUT_RIGHT, SHORTENED } }, 2,
    VASTUS_DECISION_HOLD, "You did 60% of it, so the dose stays the same for now." },
  { "v2-12-ended-for-something-else-changes-nothing", "wall-sit",
    { GREEN (4), { 2, 4, 3, 1, 0.9, VASTUS_END_STOPPED, VASTUS_FEEL_ABOUT_RIGHT, 0 } }, 2,
    VASTUS_DECISION_HOLD, "ended early for a reason other than pain" },
};

static void
test_scenario (gconstpointer data)
{
  const Scenario *scenario = data;
  g_autoptr (VastusProgram) program = new_program (scenario->program != NULL ? scenario->program : program_ids);
  g_autoptr (VastusJournal) journal = new_journal ();
  g_autoptr (VastusProgression) progression = NULL;
  g_autofree char *followed = g_strdup (scenario->exercise);
  const VastusDecision *decision;

  progression = play (journal, program, scenario->days, scenario->n_days, &followed);
  decision = find_decision (progression, followed);

  if (g_test_verbose ())
    g_test_message ("%s: %s", followed, decision->reason);
  g_assert_cmpstr (vastus_decision_kind_to_string (decision->kind), ==,
                   vastus_decision_kind_to_string (scenario->expected));
  assert_says (decision->reason, scenario->reason);
  assert_sentence (decision->reason);
  g_assert_cmpstr (decision->new_exercise, ==, scenario->new_exercise);
  g_assert_cmpstr (vastus_hold_kind_to_string (progression->hold.kind), ==,
                   vastus_hold_kind_to_string (scenario->hold));

  /* A hold stops every exercise of the programme, reached or not, and
   * nothing else is decided. */
  if (scenario->hold != VASTUS_HOLD_NONE)
    {
      g_assert_cmpuint (progression->decisions->len, ==, vastus_program_get_n_exercises (program));
      for (guint i = 0; i < progression->decisions->len; i++)
        g_assert_cmpint (((VastusDecision *) g_ptr_array_index (progression->decisions, i))->kind, ==,
                         VASTUS_DECISION_STOP);
      assert_sentence (progression->hold.reason);
      assert_sentence (progression->hold.advice);
      g_assert_nonnull (progression->hold.heading);
    }
}

/* Rule 1, applied: the programme is on hold, saved so, each stop in the
 * journal, pain of 8/10 written down like a warning sign; a pain log after
 * it changes nothing until the knee has been checked, which starts the
 * programme again one step below where it was. */
static void
test_hold_applied (void)
{
  static const Day days[] = { GREEN (6), GREEN (4), { 2, 9, 7, 1, 1.0, VASTUS_END_COMPLETED, VASTUS_FEEL_ABOUT_RIGHT, 0 } };
  static const Day later = GREEN (1);
  g_autoptr (VastusProgram) program = new_program (program_ids);
  g_autoptr (VastusJournal) journal = new_journal ();
  g_autoptr (VastusProgression) progression = NULL;
  g_autoptr (VastusProgression) after = NULL;
  g_autoptr (VastusProgram) saved = NULL;
  g_autoptr (GPtrArray) problems = NULL;
  g_autofree char *followed = g_strdup ("wall-sit");
  g_autofree char *path = g_build_filename (folder, "program.json", NULL);
  g_autoptr (GError) error = NULL;
  VastusSessionEntry *entry;
  VastusDose wall_sit;
  guint changes;

  progression = play (journal, program, days, G_N_ELEMENTS (days), &followed);
  changes = vastus_journal_get_n_program_changes (journal);
  wall_sit = *vastus_program_get_dose (program, 1);
  entry = vastus_journal_get_last_session (journal);
  g_assert_true (vastus_progression_apply (progression, program, catalogue, journal,
                                           vastus_session_entry_get_id (entry), path, logged_at (&days[2]), &error));
  g_assert_no_error (error);

  g_assert_nonnull (vastus_program_get_hold (program));
  g_assert_cmpint (vastus_program_get_hold (program)->kind, ==, VASTUS_HOLD_SEVERE_PAIN);
  g_assert_cmpuint (vastus_journal_get_n_program_changes (journal), ==, changes + vastus_program_get_n_exercises (program));
  for (guint i = changes; i < vastus_journal_get_n_program_changes (journal); i++)
    g_assert_cmpstr (cJSON_GetObjectItem (vastus_journal_get_program_change (journal, i), "decision")->valuestring, ==,
                     "stop");
  g_assert_cmpuint (vastus_journal_get_n_red_flags (journal), ==, 1);
  /* Not paused one by one: the hold covers them all. */
  for (guint i = 0; i < vastus_program_get_n_exercises (program); i++)
    g_assert_null (vastus_program_get_paused (program, i));

  saved = vastus_program_load (path, catalogue, &problems, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 0);
  g_assert_nonnull (vastus_program_get_hold (saved));
  g_assert_cmpint (vastus_program_get_hold (saved)->kind, ==, VASTUS_HOLD_SEVERE_PAIN);
  g_assert_cmpstr (vastus_program_get_hold (saved)->advice, ==, vastus_program_get_hold (program)->advice);

  /* On hold, a session logged anyway changes nothing. */
  entry = add_session (journal, program, &later, "wall-sit");
  after = vastus_progression_decide (program, catalogue, journal, vastus_session_entry_get_id (entry), logged_at (&later));
  g_assert_cmpuint (after->decisions->len, ==, 0);

  /* Checked: one step below where it was, each change with its reason. */
  changes = vastus_journal_get_n_program_changes (journal);
  g_assert_true (vastus_safety_knee_checked (program, journal, NOW, path, &error));
  g_assert_no_error (error);
  g_assert_null (vastus_program_get_hold (program));
  g_assert_cmpfloat (vastus_dose_get (vastus_program_get_dose (program, 1), VASTUS_DOSE_HOLD), ==,
                     vastus_dose_get (&wall_sit, VASTUS_DOSE_HOLD) - VASTUS_STEP_HOLD_S);
  g_assert_cmpuint (vastus_journal_get_n_program_changes (journal), ==, changes + vastus_program_get_n_exercises (program));
  assert_says (cJSON_GetObjectItem (vastus_journal_get_program_change (journal, changes + 1), "reason")->valuestring,
               "Your knee has been checked: the programme starts again one step below where it was, and hold time "
               "goes from 20 s to 15 s.");
  g_clear_object (&saved);
  g_clear_pointer (&problems, g_ptr_array_unref);
  saved = vastus_program_load (path, catalogue, &problems, &error);
  g_assert_null (vastus_program_get_hold (saved));
  g_unlink (path);
}

/* Rule 2: a flare never enters usual pain; after a break usual is the most
 * recent week with mornings, not the first-ever log. */
static void
test_usual_pain (void)
{
  static const Day flare[] = { MORNING (14, 1), MORNING (12, 1), MORNING (10, 1), MORNING (8, 4), MORNING (6, 5),
                               MORNING (4, 4), GREEN (2) };
  static const Day creep[] = { MORNING (20, 0), MORNING (18, 0), MORNING (16, 0), MORNING (13, 1), MORNING (11, 1),
                               MORNING (9, 1), GREEN (7) };
  static const Day away[] = { { 40, 2, 0, -1, 1.0, VASTUS_END_COMPLETED, VASTUS_FEEL_ABOUT_RIGHT, 0 },
                              MORNING (38, 3), MORNING (36, 3), MORNING (34, 3), MORNING (32, 3),
                              { 2, 2, 4, -1, 1.0, VASTUS_END_COMPLETED, VASTUS_FEEL_ABOUT_RIGHT, 0 } };
  g_autoptr (VastusJournal) journal = NULL;
  g_autoptr (VastusProgram) program = NULL;
  g_autoptr (VastusProgression) progression = NULL;
  g_autofree char *followed = NULL;
  const VastusDecision *decision;

  /* Mornings of 4 and 5 are a flare over a usual 1/10. */
  journal = new_journal ();
  program = new_program (program_ids);
  followed = g_strdup ("quad-set");
  vastus_progression_free (play (journal, program, flare, G_N_ELEMENTS (flare), &followed));
  g_assert_cmpfloat (vastus_progression_usual_pain (journal, NOW), ==, 1);

  /* Mornings creeping from 0 to 1 stay over usual, not the new usual. */
  g_clear_object (&journal);
  g_clear_object (&program);
  journal = new_journal ();
  program = new_program (program_ids);
  vastus_progression_free (play (journal, program, creep, G_N_ELEMENTS (creep), &followed));
  g_assert_cmpfloat (vastus_progression_usual_pain (journal, NOW), ==, 0);

  /* Back after a month: usual is the last week with mornings (3/10), so
   * pain of 4 after the session is within 1 of it, and the first session
   * back does not step up (rule 7). */
  g_clear_object (&journal);
  g_clear_object (&program);
  journal = new_journal ();
  program = new_program (program_ids);
  progression = play (journal, program, away, G_N_ELEMENTS (away), &followed);
  g_assert_cmpfloat (vastus_progression_usual_pain (journal, NOW), ==, 3);
  decision = find_decision (progression, "quad-set");
  g_assert_cmpint (decision->klass, ==, VASTUS_CLASS_GREEN);
  g_assert_cmpint (decision->kind, ==, VASTUS_DECISION_HOLD);
  assert_says (decision->reason, "first session after a break of 29 days");
}

/* The next morning counts where the app has it: in the decision after it,
 * never in the one made before it came. */
static void
test_morning_where_the_app_has_it (void)
{
  static const Day days[] = { GREEN (4), GREEN (2) };
  g_autoptr (VastusProgram) program = new_program (program_ids);
  g_autoptr (VastusJournal) journal = new_journal ();
  g_autoptr (VastusProgression) progression = NULL;
  g_autofree char *followed = g_strdup ("quad-set");
  VastusSessionEntry *first, *second;
  VastusMorningCheck check = { start_of (&days[1]) + 20 * HOUR, 5 };

  progression = play (journal, program, days, G_N_ELEMENTS (days), &followed);
  second = vastus_journal_get_last_session (journal);
  first = g_list_model_get_item (G_LIST_MODEL (journal), 0);
  /* The journal keeps it. */
  g_object_unref (first);

  /* A bad morning after the second session changes neither class. */
  g_assert_true (vastus_journal_add_morning (journal, vastus_session_entry_get_id (second), &check, NULL));
  g_assert_cmpint (vastus_progression_classify (journal, second, "quad-set", NULL), ==, VASTUS_CLASS_GREEN);
  g_assert_cmpint (vastus_progression_classify (journal, first, "quad-set", NULL), ==, VASTUS_CLASS_GREEN);

  /* It makes the session after it RED. */
  {
    static const Day third = GREEN (0);
    g_autoptr (VastusProgression) next = NULL;
    VastusSessionEntry *entry;
    g_autofree char *why = NULL;

    entry = add_session (journal, program, &third, "quad-set");
    g_assert_cmpint (vastus_progression_classify (journal, entry, "quad-set", &why), ==, VASTUS_CLASS_RED);
    assert_says (why, "the morning after your previous session your knee was at 5/10");
  }
}

/* Rule 6 at the top of the reps: "too easy" goes to the harder variant
 * rather than adding a set, and never changes two things. */
static void
test_too_easy_at_the_top (void)
{
  static const char * const ids[] = { "quad-set", "wall-sit", NULL };
  static const Day days[] = { TOO_EASY (4), TOO_EASY (2) };
  g_autoptr (VastusProgram) program = new_program (ids);
  g_autoptr (VastusJournal) journal = new_journal ();
  g_autoptr (VastusProgression) progression = NULL;
  g_autofree char *followed = g_strdup ("quad-set");
  VastusDose top = *vastus_program_get_dose (program, 0);
  const VastusDecision *decision;
  double min, max;

  g_assert_true (vastus_dose_get_bounds (&top, VASTUS_DOSE_REPS, &min, &max));
  vastus_dose_set (&top, VASTUS_DOSE_REPS, max);
  vastus_dose_set (&top, VASTUS_DOSE_SETS, VASTUS_TARGET_SETS);
  vastus_program_set_dose (program, 0, &top);

  progression = play (journal, program, days, G_N_ELEMENTS (days), &followed);
  decision = find_decision (progression, "quad-set");
  g_assert_cmpint (decision->kind, ==, VASTUS_DECISION_PROGRESS);
  g_assert_cmpstr (decision->new_exercise, ==, "straight-leg-raise");
  assert_says (decision->reason, "it felt too easy at the top of its range: next time Straight-leg raise takes its place");

  /* The wall sit, too easy but not at the top: one value, one step. */
  decision = find_decision (progression, "wall-sit");
  g_assert_cmpint (decision->kind, ==, VASTUS_DECISION_PROGRESS);
  {
    guint changed = 0;

    for (guint v = 0; v < VASTUS_DOSE_N_VALUES; v++)
      if (vastus_dose_get (&decision->before, v) != vastus_dose_get (&decision->after, v))
        changed++;
    g_assert_cmpuint (changed, ==, 1);
  }
}

/* Double progression past the third set: 3 × 15 becomes 4 × 10, the
 * exercise's starting reps, never 4 × 6, which would be less work. */
static void
test_a_fourth_set_starts_the_reps_again (void)
{
  static const char * const ids[] = { "quad-set", NULL };
  static const Day days[] = { GREEN (4), GREEN (2) };
  g_autoptr (VastusProgram) program = new_program (ids);
  g_autoptr (VastusJournal) journal = new_journal ();
  g_autoptr (VastusProgression) progression = NULL;
  g_autofree char *followed = g_strdup ("quad-set");
  VastusDose top = *vastus_program_get_dose (program, 0);
  const VastusDecision *decision;
  double min, max;

  g_assert_true (vastus_dose_get_bounds (&top, VASTUS_DOSE_REPS, &min, &max));
  vastus_dose_set (&top, VASTUS_DOSE_REPS, max);
  vastus_dose_set (&top, VASTUS_DOSE_SETS, VASTUS_TARGET_SETS);
  vastus_program_set_dose (program, 0, &top);

  progression = play (journal, program, days, G_N_ELEMENTS (days), &followed);
  decision = find_decision (progression, "quad-set");
  g_assert_cmpint (decision->kind, ==, VASTUS_DECISION_PROGRESS);
  g_assert_null (decision->new_exercise);
  g_assert_cmpfloat (vastus_dose_get (&decision->after, VASTUS_DOSE_SETS), ==, 4);
  g_assert_cmpfloat (vastus_dose_get (&decision->after, VASTUS_DOSE_REPS), ==,
                     vastus_dose_get (vastus_exercise_get_dose (vastus_program_get_exercise (program, 0)),
                                      VASTUS_DOSE_REPS));
  assert_says (decision->reason, "3 × 15 becomes 4 × 10");
}

/* Rule 13: seven weeks of three sessions a week stuck at 4/10 pause the
 * exercise and advise a physiotherapist; a comfortable 2/10 does not, nor
 * pain that came down by 2. */
static void
plateau_run (int                 first_pain,
             int                 last_pain,
             VastusDecisionKind *kind,
             char              **reason)
{
  static const char * const ids[] = { "wall-sit", NULL };
  g_autoptr (VastusProgram) program = new_program (ids);
  g_autoptr (VastusJournal) journal = new_journal ();
  g_autoptr (GArray) days = g_array_new (FALSE, TRUE, sizeof (Day));
  g_autoptr (VastusProgression) progression = NULL;
  g_autofree char *followed = g_strdup ("wall-sit");
  const VastusDecision *decision;

  /* Three sessions a week for six weeks: the rule comes due at the last. */
  for (int day = 43; day >= 1; day -= (day % 7 == 1 ? 3 : 2))
    {
      int pain = first_pain + (last_pain - first_pain) * (43 - day) / 42;
      Day session = { day, pain, MIN (pain, 2), 1, 1.0, VASTUS_END_COMPLETED, VASTUS_FEEL_ABOUT_RIGHT, 0 };

      g_array_append_val (days, session);
    }
  progression = play (journal, program, (Day *) (gpointer) days->data, days->len, &followed);
  decision = find_decision (progression, "wall-sit");
  *kind = decision->kind;
  *reason = g_strdup (decision->reason);
}

static void
test_plateau (void)
{
  VastusDecisionKind kind;
  g_autofree char *stuck = NULL;
  g_autofree char *comfortable = NULL;
  g_autofree char *better = NULL;

  plateau_run (4, 4, &kind, &stuck);
  g_assert_cmpint (kind, ==, VASTUS_DECISION_STOP);
  assert_says (stuck, "After 6 weeks of regular sessions, pain during them averages 4.0/10, against 4.0/10 in your "
                      "first two weeks: this exercise is paused, not because it is harmful, but so that a "
                      "physiotherapist can look at why it is not helping more.");

  plateau_run (2, 2, &kind, &comfortable);
  g_assert_cmpint (kind, !=, VASTUS_DECISION_STOP);

  plateau_run (5, 2, &kind, &better);
  g_assert_cmpint (kind, !=, VASTUS_DECISION_STOP);

  /* Better by less than 2, but down to a comfortable 3/10 or less: not
   * paused. */
  g_clear_pointer (&better, g_free);
  plateau_run (4, 2, &kind, &better);
  g_assert_cmpint (kind, !=, VASTUS_DECISION_STOP);
}

/* At the ends of an exercise: the top with no harder variant holds; the
 * bottom holds too. */
static void
test_at_the_ends (void)
{
  static const char * const ids[] = { "single-leg-bridge", "quad-set", NULL };
  static const Day greens[] = { GREEN (4), GREEN (2) };
  static const Day reds[] = { GREEN (4), RED (2) };
  g_autoptr (VastusProgram) program = new_program (ids);
  g_autoptr (VastusJournal) journal = new_journal ();
  g_autoptr (VastusProgression) up = NULL;
  g_autoptr (VastusProgression) down = NULL;
  g_autofree char *followed = g_strdup ("single-leg-bridge");
  VastusDose top = *vastus_program_get_dose (program, 0);
  VastusDose bottom = *vastus_program_get_dose (program, 1);
  double min, max;
  const VastusDecision *decision;

  /* The single-leg bridge at the top of its range, with no harder variant; the
   * quad set at the bottom of its range. */
  g_assert_true (vastus_dose_get_bounds (&top, VASTUS_DOSE_SETS, &min, &max));
  vastus_dose_set (&top, VASTUS_DOSE_SETS, max);
  g_assert_true (vastus_dose_get_bounds (&top, VASTUS_DOSE_REPS, &min, &max));
  vastus_dose_set (&top, VASTUS_DOSE_REPS, max);
  vastus_program_set_dose (program, 0, &top);
  g_assert_true (vastus_dose_get_bounds (&bottom, VASTUS_DOSE_SETS, &min, &max));
  vastus_dose_set (&bottom, VASTUS_DOSE_SETS, min);
  g_assert_true (vastus_dose_get_bounds (&bottom, VASTUS_DOSE_REPS, &min, &max));
  vastus_dose_set (&bottom, VASTUS_DOSE_REPS, min);
  vastus_program_set_dose (program, 1, &bottom);

  up = play (journal, program, greens, G_N_ELEMENTS (greens), &followed);
  decision = find_decision (up, "single-leg-bridge");
  g_assert_cmpint (decision->kind, ==, VASTUS_DECISION_HOLD);
  assert_says (decision->reason, "the top of this exercise with no harder variant: it stays here");

  g_clear_object (&journal);
  journal = new_journal ();
  vastus_program_set_dose (program, 1, &bottom);
  down = play (journal, program, reds, G_N_ELEMENTS (reds), &followed);
  decision = find_decision (down, "quad-set");
  g_assert_cmpint (decision->kind, ==, VASTUS_DECISION_HOLD);
  assert_says (decision->reason, "already the easiest dose of this exercise");
}

/* At the top of the quad set's range: up the ladder, at the next rung's
 * starting dose; applied, saved, and in the journal with its reason. */
static void
test_up_the_ladder (void)
{
  static const char * const ids[] = { "quad-set", NULL };
  static const Day greens[] = { GREEN (4), GREEN (2) };
  g_autoptr (VastusProgram) program = new_program (ids);
  g_autoptr (VastusJournal) journal = new_journal ();
  g_autoptr (VastusProgression) progression = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *path = g_build_filename (folder, "program.json", NULL);
  g_autofree char *followed = g_strdup ("quad-set");
  VastusDose top = *vastus_program_get_dose (program, 0);
  const VastusDecision *decision;
  double min, max;
  guint changes;

  g_assert_true (vastus_dose_get_bounds (&top, VASTUS_DOSE_SETS, &min, &max));
  vastus_dose_set (&top, VASTUS_DOSE_SETS, max);
  g_assert_true (vastus_dose_get_bounds (&top, VASTUS_DOSE_REPS, &min, &max));
  vastus_dose_set (&top, VASTUS_DOSE_REPS, max);
  vastus_program_set_dose (program, 0, &top);

  progression = play (journal, program, greens, G_N_ELEMENTS (greens), &followed);
  decision = find_decision (progression, "quad-set");
  g_assert_cmpint (decision->kind, ==, VASTUS_DECISION_PROGRESS);
  g_assert_cmpstr (decision->new_exercise, ==, "straight-leg-raise");
  assert_says (decision->reason, "Straight-leg raise takes its place");
  g_assert_cmpfloat (vastus_dose_get (&decision->after, VASTUS_DOSE_REPS), ==, 10);
  g_assert_cmpfloat (vastus_dose_get (&decision->after, VASTUS_DOSE_SETS), ==, 2);

  changes = vastus_journal_get_n_program_changes (journal);
  g_assert_true (vastus_progression_apply (progression, program, catalogue, journal,
                                           vastus_session_entry_get_id (vastus_journal_get_last_session (journal)),
                                           path, NOW, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (vastus_exercise_get_id (vastus_program_get_exercise (program, 0)), ==, "straight-leg-raise");
  g_assert_cmpuint (vastus_journal_get_n_program_changes (journal), ==, changes + 1);
  g_assert_cmpstr (cJSON_GetObjectItem (vastus_journal_get_program_change (journal, changes), "reason")->valuestring, ==,
                   decision->reason);
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
  g_unlink (path);
}

/* A physiotherapist's "sore leg only" goes up the ladder with the knee,
 * the next rung being one-leg work too. */
static void
test_sore_leg_only_up_the_ladder (void)
{
  static const char * const ids[] = { "quad-set", NULL };
  static const Day greens[] = { GREEN (4), GREEN (2) };
  g_autoptr (VastusProgram) program = new_program (ids);
  g_autoptr (VastusJournal) journal = new_journal ();
  g_autoptr (VastusProgression) progression = NULL;
  g_autofree char *followed = g_strdup ("quad-set");
  VastusDose top = *vastus_program_get_dose (program, 0);
  const VastusDecision *decision;
  double min, max;

  g_assert_true (vastus_dose_get_bounds (&top, VASTUS_DOSE_SETS, &min, &max));
  vastus_dose_set (&top, VASTUS_DOSE_SETS, max);
  g_assert_true (vastus_dose_get_bounds (&top, VASTUS_DOSE_REPS, &min, &max));
  vastus_dose_set (&top, VASTUS_DOSE_REPS, max);
  vastus_dose_set_sore_leg_only (&top, TRUE);
  vastus_program_set_dose (program, 0, &top);

  progression = play (journal, program, greens, G_N_ELEMENTS (greens), &followed);
  decision = find_decision (progression, "quad-set");
  g_assert_cmpstr (decision->new_exercise, ==, "straight-leg-raise");
  g_assert_true (vastus_dose_get_sore_leg_only (&decision->after));
  assert_says (decision->reason, "2 × 10, sore leg only");
}

static void
test_two_at_most (void)
{
  static const char * const ids[] = { "quad-set", "glute-bridge", "clamshell", "short-arc-quad", NULL };
  static const Day greens[] = { GREEN (4), GREEN (2) };
  g_autoptr (VastusProgram) program = new_program (ids);
  g_autoptr (VastusJournal) journal = new_journal ();
  g_autoptr (VastusProgression) progression = NULL;
  g_autofree char *followed = g_strdup ("quad-set");
  guint up = 0;

  progression = play (journal, program, greens, G_N_ELEMENTS (greens), &followed);
  g_assert_cmpuint (progression->decisions->len, ==, 4);
  for (guint i = 0; i < progression->decisions->len; i++)
    {
      const VastusDecision *decision = g_ptr_array_index (progression->decisions, i);

      if (decision->kind == VASTUS_DECISION_PROGRESS)
        up++;
      else
        assert_says (decision->reason, "two exercises already go up");
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

  /* Ten histories of four months: every session's records are synced to
   * disk as the app does, which is what this test spends its time on. */
  for (guint run = 0; run < 10; run++)
    {
      g_autoptr (VastusProgram) program = new_program (ids);
      g_autoptr (VastusJournal) journal = new_journal ();
      int day = 120;

      while (day > 0)
        {
          Day today = {
            day,
            g_test_rand_int_range (0, 10),
            g_test_rand_int_range (0, 7),
            g_test_rand_bit () ? g_test_rand_int_range (0, 6) : -1,
            g_test_rand_bit () ? 1.0 : g_test_rand_double_range (0.3, 1.0),
            (VastusEndReason) g_test_rand_int_range (VASTUS_END_COMPLETED, VASTUS_END_RED_FLAG + 1),
            (VastusFeel) g_test_rand_int_range (VASTUS_FEEL_UNSET, VASTUS_FEEL_TOO_HARD + 1),
            g_test_rand_int_range (0, 8) & (HURT | OTHER_HURT),
          };
          VastusSessionEntry *entry;
          g_autoptr (VastusProgression) progression = NULL;
          const char *first;
          guint up = 0;

          if (vastus_program_get_n_exercises (program) == 0)
            break;
          first = vastus_exercise_get_id (vastus_program_get_exercise (program, 0));

          /* Mostly good days, so that doses climb to their tops. */
          if (g_test_rand_int_range (0, 10) < 7)
            {
              today.during = g_test_rand_int_range (0, 4);
              today.after = today.during;
              today.done = 1.0;
              today.ended = VASTUS_END_COMPLETED;
              today.flags = 0;
            }

          entry = add_session (journal, program, &today, first);
          progression = vastus_progression_decide (program, catalogue, journal, vastus_session_entry_get_id (entry),
                                                   logged_at (&today));
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
              if (progression->hold.kind != VASTUS_HOLD_NONE)
                g_assert_cmpint (decision->kind, ==, VASTUS_DECISION_STOP);
              if (today.during >= VASTUS_STOP_MIN_PAIN_DURING)
                g_assert_cmpint (progression->hold.kind, ==, VASTUS_HOLD_SEVERE_PAIN);
              assert_sentence (decision->reason);
            }
          g_assert_cmpuint (up, <=, VASTUS_MAX_PROGRESSIONS_PER_SESSION);

          g_assert_true (vastus_progression_apply (progression, program, catalogue, journal,
                                                   vastus_session_entry_get_id (entry), NULL, logged_at (&today), NULL));
          if (today.morning >= 0)
            {
              VastusMorningCheck check = { start_of (&today) + 20 * HOUR, today.morning };

              g_assert_true (vastus_journal_add_morning (journal, vastus_session_entry_get_id (entry), &check, NULL));
            }

          /* A professional has looked: on we go, one step lower. */
          if (vastus_program_get_hold (program) != NULL)
            g_assert_true (vastus_safety_knee_checked (program, journal, start_of (&today) + 22 * HOUR, NULL, NULL));

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

/* Equipment: the fixture catalogue's machines and home alternatives,
 * merged into the built-in one under ids of their own. */
static void
load_equipment_fixture (void)
{
  static gboolean loaded;
  g_autofree char *path = NULL;
  g_autoptr (GError) error = NULL;

  if (loaded)
    return;
  path = g_test_build_filename (G_TEST_DIST, "fixtures", "equipment.json", NULL);
  g_assert_true (vastus_catalogue_load_file (catalogue, path, &error));
  g_assert_no_error (error);
  loaded = TRUE;
}

/* Every bounded value of the exercise's dose at the top of its range. */
static void
set_top (VastusProgram *program,
         guint          index)
{
  VastusDose top = *vastus_program_get_dose (program, index);

  for (guint v = 0; v < VASTUS_DOSE_N_VALUES; v++)
    {
      double min, max;

      if (vastus_dose_has (&top, v) && v != VASTUS_DOSE_REST && vastus_dose_get_bounds (&top, v, &min, &max))
        vastus_dose_set (&top, v, max);
    }
  vastus_program_set_dose (program, index, &top);
}

/* Up the ladder without the machine the harder variant needs: its home
 * alternative when the person has what that needs, else where it is, each
 * saying why. */
static void
test_ladder_keeps_to_equipment (void)
{
  static const char * const ids[] = { "box-squat", "band-extension", NULL };
  static const char * const have[] = { "band", "step", NULL };
  static const Day greens[] = { GREEN (4), GREEN (2) };
  g_autoptr (VastusProgram) program = NULL;
  g_autoptr (VastusJournal) journal = new_journal ();
  g_autoptr (VastusProgression) progression = NULL;
  g_autofree char *followed = g_strdup ("box-squat");
  const VastusDecision *decision;

  load_equipment_fixture ();
  program = new_program (ids);
  vastus_program_set_equipment (program, have);
  set_top (program, 0);
  set_top (program, 1);

  progression = play (journal, program, greens, G_N_ELEMENTS (greens), &followed);

  /* The machine press needs a leg press; its alternative, the wall squat,
   * a wall the person did not tick: the box squat stays. */
  decision = find_decision (progression, "box-squat");
  if (g_test_verbose ())
    g_test_message ("%s", decision->reason);
  g_assert_cmpint (decision->kind, ==, VASTUS_DECISION_HOLD);
  g_assert_null (decision->new_exercise);
  assert_sentence (decision->reason);
  assert_says (decision->reason, "the harder variant, Machine press, needs a leg-press machine, which you said you do "
                                 "not have, and there is no home alternative you can do: it stays where it is.");

  /* The machine extension gives way to the step extension. */
  decision = find_decision (progression, "band-extension");
  if (g_test_verbose ())
    g_test_message ("%s", decision->reason);
  g_assert_cmpint (decision->kind, ==, VASTUS_DECISION_PROGRESS);
  g_assert_cmpstr (decision->new_exercise, ==, "step-extension");
  assert_sentence (decision->reason);
  assert_says (decision->reason, "next time Step extension takes its place");
  assert_says (decision->reason, "Step extension is done in place of Machine extension, which needs a leg-extension "
                                 "machine, and you said you do not have that.");

  /* Applied: the programme holds the alternative, never the machine. */
  g_assert_true (vastus_progression_apply (progression, program, catalogue, journal,
                                           vastus_session_entry_get_id (vastus_journal_get_last_session (journal)),
                                           NULL, NOW, NULL));
  g_assert_cmpint (vastus_program_find (program, "step-extension"), ==, 1);
  g_assert_cmpint (vastus_program_find (program, "machine-extension"), <, 0);
  g_assert_cmpint (vastus_program_find (program, "machine-press"), <, 0);

  /* --explain says so too. */
  {
    g_autofree char *explained = vastus_progression_explain (program, catalogue, journal, NOW);

    if (g_test_verbose ())
      g_test_message ("%s", explained);
    g_assert_nonnull (strstr (explained, "it stays at the top of this exercise: its harder variant (machine-press) "
                                         "needs equipment you said you do not have."));
  }
}

/* With everything, the same ladder goes to the machines, as before. */
static void
test_ladder_with_everything (void)
{
  static const char * const ids[] = { "box-squat", "band-extension", NULL };
  static const Day greens[] = { GREEN (4), GREEN (2) };
  g_autoptr (VastusProgram) program = NULL;
  g_autoptr (VastusJournal) journal = new_journal ();
  g_autoptr (VastusProgression) progression = NULL;
  g_autofree char *followed = g_strdup ("box-squat");
  const VastusDecision *decision;

  load_equipment_fixture ();
  program = new_program (ids);
  g_assert_null (vastus_program_get_equipment (program));
  set_top (program, 0);
  set_top (program, 1);

  progression = play (journal, program, greens, G_N_ELEMENTS (greens), &followed);
  decision = find_decision (progression, "box-squat");
  g_assert_cmpstr (decision->new_exercise, ==, "machine-press");
  g_assert_null (strstr (decision->reason, "in place of"));
  decision = find_decision (progression, "band-extension");
  g_assert_cmpstr (decision->new_exercise, ==, "machine-extension");
}

/* Down the ladder to an easier variant whose equipment the person lacks:
 * this exercise stays, a third less, and the reason says why. */
static void
test_ladder_down_keeps_to_equipment (void)
{
  static const char * const ids[] = { "machine-extension", NULL };
  static const char * const have[] = { "step", NULL };
  static const Day reds[] = { RED (4), RED (2) };
  g_autoptr (VastusProgram) program = NULL;
  g_autoptr (VastusJournal) journal = new_journal ();
  g_autoptr (VastusProgression) progression = NULL;
  g_autofree char *followed = g_strdup ("machine-extension");
  const VastusDecision *decision;

  load_equipment_fixture ();
  program = new_program (ids);
  vastus_program_set_equipment (program, have);

  progression = play (journal, program, reds, G_N_ELEMENTS (reds), &followed);
  decision = find_decision (progression, "machine-extension");
  if (g_test_verbose ())
    g_test_message ("%s", decision->reason);
  g_assert_cmpint (decision->kind, ==, VASTUS_DECISION_LADDER_DOWN);
  g_assert_null (decision->new_exercise);
  assert_sentence (decision->reason);
  assert_says (decision->reason, "the easier variant, Band extension, needs a resistance band, which you said you do "
                                 "not have, so this one stays and its dose comes down by about a third");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr (GError) error = NULL;
  int status;

  /* Before anything reads HOME or the XDG folders. */
  vastus_test_env_init ();

  g_setenv ("TZ", "UTC", TRUE);
  g_test_init (&argc, &argv, NULL);
  catalogue = vastus_catalogue_new_builtin (&error);
  g_assert_no_error (error);
  folder = g_dir_make_tmp ("vastus-progression-XXXXXX", &error);
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (scenarios); i++)
    {
      g_autofree char *path = g_strdup_printf ("/vastus/progression/scenario/%s", scenarios[i].name);

      g_test_add_data_func (path, &scenarios[i], test_scenario);
    }
  g_test_add_func ("/vastus/progression/v2-1-hold-applied-and-lifted", test_hold_applied);
  g_test_add_func ("/vastus/progression/v2-2-usual-pain", test_usual_pain);
  g_test_add_func ("/vastus/progression/v2-morning-where-the-app-has-it", test_morning_where_the_app_has_it);
  g_test_add_func ("/vastus/progression/v2-6-too-easy-at-the-top", test_too_easy_at_the_top);
  g_test_add_func ("/vastus/progression/v2-6-a-fourth-set-starts-the-reps-again", test_a_fourth_set_starts_the_reps_again);
  g_test_add_func ("/vastus/progression/sore-leg-only-up-the-ladder", test_sore_leg_only_up_the_ladder);
  g_test_add_func ("/vastus/progression/v2-13-plateau", test_plateau);
  g_test_add_func ("/vastus/progression/at-the-ends", test_at_the_ends);
  g_test_add_func ("/vastus/progression/up-the-ladder", test_up_the_ladder);
  g_test_add_func ("/vastus/progression/two-at-most", test_two_at_most);
  g_test_add_func ("/vastus/progression/random-histories", test_random_histories);
  g_test_add_func ("/vastus/progression/equipment/ladder-keeps-to-equipment", test_ladder_keeps_to_equipment);
  g_test_add_func ("/vastus/progression/equipment/ladder-with-everything", test_ladder_with_everything);
  g_test_add_func ("/vastus/progression/equipment/ladder-down-keeps-to-equipment",
                   test_ladder_down_keeps_to_equipment);

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
