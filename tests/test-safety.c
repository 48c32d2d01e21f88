/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "vastus-progression.h"
#include "vastus-safety.h"
#include "vastus-test-env.h"

/*
 * The safety stops that hold: a warning sign answered yes puts the whole
 * programme on hold, written down and saved; the knee checked starts it
 * again one step lower; the questions come back at 6 and 12 weeks; a first
 * run stopped by a warning sign stays stopped until the knee is checked.
 */

#define S ((gint64) G_USEC_PER_SEC)
#define DAY (24 * 3600 * S)
#define NOW (G_GINT64_CONSTANT (1795255200) * S)

typedef struct
{
  VastusCatalogue *catalogue;
  VastusProgram   *program;
  VastusJournal   *journal;
  char            *folder;
  char            *program_path;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *journal_path = NULL;

  fixture->catalogue = vastus_catalogue_new_builtin (&error);
  g_assert_no_error (error);
  fixture->program = vastus_program_new_from_starter (vastus_catalogue_lookup_program (fixture->catalogue,
                                                                                       "phase-1-gentle"),
                                                      fixture->catalogue, VASTUS_LEG_LEFT);
  fixture->folder = g_dir_make_tmp ("vastus-safety-XXXXXX", &error);
  g_assert_no_error (error);
  journal_path = g_build_filename (fixture->folder, "journal.jsonl", NULL);
  fixture->program_path = g_build_filename (fixture->folder, "program.json", NULL);
  fixture->journal = vastus_journal_new (journal_path);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *journal_path = g_build_filename (fixture->folder, "journal.jsonl", NULL);

  g_assert_finalize_object (fixture->journal);
  g_assert_finalize_object (fixture->program);
  g_object_unref (fixture->catalogue);
  g_unlink (journal_path);
  g_unlink (fixture->program_path);
  g_rmdir (fixture->folder);
  g_free (fixture->folder);
  g_free (fixture->program_path);
}

static const char *
text_of (const cJSON *record,
         const char  *key)
{
  const cJSON *item = cJSON_GetObjectItemCaseSensitive (record, key);

  return cJSON_IsString (item) ? item->valuestring : NULL;
}

/* All clear: written down, nothing held. */
static void
test_none (Fixture       *fixture,
           gconstpointer  data)
{
  const char * const none[] = { NULL };

  g_assert_true (vastus_safety_answer_warning_signs (fixture->program, fixture->journal, none, "review", NULL, NOW,
                                                     fixture->program_path, NULL));
  g_assert_null (vastus_program_get_hold (fixture->program));
  g_assert_cmpuint (vastus_journal_get_n_red_flags (fixture->journal), ==, 0);
  g_assert_cmpuint (vastus_journal_get_n_events (fixture->journal), ==, 1);
  g_assert_cmpstr (text_of (vastus_journal_get_event (fixture->journal, 0), "type"), ==, "warning-signs");
  g_assert_cmpstr (text_of (vastus_journal_get_event (fixture->journal, 0), "context"), ==, "review");
  g_assert_cmpuint (vastus_journal_get_n_program_changes (fixture->journal), ==, 0);
}

/* A yes from the menu: every exercise stops, the programme is held and
 * saved so, and the answers and advice are written down. */
static void
test_yes_holds (Fixture       *fixture,
                gconstpointer  data)
{
  const char * const yes[] = { "calf", NULL };
  guint n = vastus_program_get_n_exercises (fixture->program);
  g_autoptr (VastusProgram) saved = NULL;
  g_autoptr (GPtrArray) problems = NULL;
  g_autoptr (GError) error = NULL;
  const VastusHold *hold;

  g_assert_true (vastus_safety_answer_warning_signs (fixture->program, fixture->journal, yes, "menu", NULL, NOW,
                                                     fixture->program_path, &error));
  g_assert_no_error (error);

  hold = vastus_program_get_hold (fixture->program);
  g_assert_nonnull (hold);
  g_assert_cmpint (hold->kind, ==, VASTUS_HOLD_WARNING_SIGN);
  g_assert_false (hold->emergency);
  g_assert_cmpint (hold->since, ==, NOW);
  g_assert_cmpstr (hold->heading, ==, "Stop and Get Your Knee Checked Today");
  g_assert_true (g_str_has_prefix (hold->reason, "On 21 November you answered yes to: “Is one calf swollen"));
  g_assert_nonnull (strstr (hold->advice, "today"));

  g_assert_cmpuint (vastus_journal_get_n_red_flags (fixture->journal), ==, 1);
  g_assert_cmpstr (text_of (vastus_journal_get_red_flag (fixture->journal, 0), "context"), ==, "menu");
  g_assert_cmpuint (vastus_journal_get_n_program_changes (fixture->journal), ==, n);
  for (guint i = 0; i < n; i++)
    {
      const cJSON *change = vastus_journal_get_program_change (fixture->journal, i);

      g_assert_cmpstr (text_of (change, "decision"), ==, "stop");
      g_assert_cmpstr (text_of (change, "hold"), ==, "warning-sign");
      g_assert_cmpstr (text_of (cJSON_GetObjectItem (change, "before"), "id"), ==,
                       vastus_exercise_get_id (vastus_program_get_exercise (fixture->program, i)));
    }

  saved = vastus_program_load (fixture->program_path, fixture->catalogue, &problems, &error);
  g_assert_no_error (error);
  g_assert_nonnull (vastus_program_get_hold (saved));
  g_assert_cmpstr (vastus_program_get_hold (saved)->reason, ==, hold->reason);
  g_assert_cmpint (vastus_program_get_hold (saved)->since, ==, NOW);

  /* A second yes while held adds the answers, not another hold. */
  g_assert_true (vastus_safety_answer_warning_signs (fixture->program, fixture->journal, yes, "menu", NULL, NOW + S,
                                                     fixture->program_path, NULL));
  g_assert_cmpuint (vastus_journal_get_n_red_flags (fixture->journal), ==, 2);
  g_assert_cmpuint (vastus_journal_get_n_program_changes (fixture->journal), ==, n);
}

/* Breathless or chest pain: the emergency number first, in the heading too. */
static void
test_emergency (Fixture       *fixture,
                gconstpointer  data)
{
  const char * const yes[] = { "calf", "breathless", NULL };
  const VastusHold *hold;

  g_assert_true (vastus_safety_answer_warning_signs (fixture->program, fixture->journal, yes, "session", "s-1", NOW,
                                                     NULL, NULL));
  hold = vastus_program_get_hold (fixture->program);
  g_assert_true (hold->emergency);
  g_assert_cmpstr (hold->heading, ==, "Call Your Emergency Number Now");
  g_assert_true (g_str_has_prefix (hold->advice, "Call your local emergency number now."));
  g_assert_cmpstr (text_of (vastus_journal_get_red_flag (fixture->journal, 0), "session"), ==, "s-1");
}

/* Checked: one step below where it was, each change with its reason; an
 * exercise paused on its own stays paused. */
static void
test_knee_checked (Fixture       *fixture,
                   gconstpointer  data)
{
  const char * const yes[] = { "swelling", NULL };
  int wall_sit = vastus_program_find (fixture->program, "wall-sit");
  int quad_set = vastus_program_find (fixture->program, "quad-set");
  int bridge = vastus_program_find (fixture->program, "glute-bridge");
  VastusDose before = *vastus_program_get_dose (fixture->program, (guint) wall_sit);
  VastusDose quad = *vastus_program_get_dose (fixture->program, (guint) quad_set);
  g_autoptr (VastusProgram) saved = NULL;
  g_autoptr (GPtrArray) problems = NULL;
  g_autoptr (GError) error = NULL;
  guint changes;
  const cJSON *event;

  vastus_dose_set (&quad, VASTUS_DOSE_REPS, 12);
  vastus_program_set_dose (fixture->program, (guint) quad_set, &quad);
  vastus_program_set_paused (fixture->program, (guint) bridge, "Paused to see a physiotherapist.");
  g_assert_true (vastus_safety_answer_warning_signs (fixture->program, fixture->journal, yes, "menu", NULL, NOW,
                                                     fixture->program_path, NULL));
  changes = vastus_journal_get_n_program_changes (fixture->journal);

  g_assert_true (vastus_safety_knee_checked (fixture->program, fixture->journal, NOW + 2 * DAY,
                                             fixture->program_path, &error));
  g_assert_no_error (error);
  g_assert_null (vastus_program_get_hold (fixture->program));
  g_assert_cmpfloat (vastus_dose_get (vastus_program_get_dose (fixture->program, (guint) wall_sit), VASTUS_DOSE_HOLD), ==,
                     vastus_dose_get (&before, VASTUS_DOSE_HOLD) - VASTUS_STEP_HOLD_S);
  g_assert_cmpfloat (vastus_dose_get (vastus_program_get_dose (fixture->program, (guint) quad_set), VASTUS_DOSE_REPS), ==, 11);
  g_assert_nonnull (vastus_program_get_paused (fixture->program, (guint) bridge));

  event = vastus_journal_get_event (fixture->journal, vastus_journal_get_n_events (fixture->journal) - 1);
  g_assert_cmpstr (text_of (event, "type"), ==, "knee-checked");
  g_assert_cmpstr (text_of (event, "hold"), ==, "warning-sign");
  /* One change for each exercise not paused on its own. */
  g_assert_cmpuint (vastus_journal_get_n_program_changes (fixture->journal), ==,
                    changes + vastus_program_get_n_exercises (fixture->program) - 1);
  for (guint i = changes; i < vastus_journal_get_n_program_changes (fixture->journal); i++)
    g_assert_true (g_str_has_prefix (text_of (vastus_journal_get_program_change (fixture->journal, i), "reason"),
                                     "Your knee has been checked: the programme starts again"));

  saved = vastus_program_load (fixture->program_path, fixture->catalogue, &problems, &error);
  g_assert_no_error (error);
  g_assert_null (vastus_program_get_hold (saved));

  /* Not held: nothing to lift, nothing written. */
  changes = vastus_journal_get_n_program_changes (fixture->journal);
  g_assert_true (vastus_safety_knee_checked (fixture->program, fixture->journal, NOW + 3 * DAY, NULL, NULL));
  g_assert_cmpuint (vastus_journal_get_n_program_changes (fixture->journal), ==, changes);
}

/* The first run: a yes stays until the knee is checked, across restarts. */
static void
test_first_run (Fixture       *fixture,
                gconstpointer  data)
{
  const char * const yes[] = { "weight", "night", NULL };
  g_auto (GStrv) stopped = NULL;
  g_autoptr (VastusJournal) reread = NULL;

  g_assert_false (vastus_safety_first_run_stopped (fixture->journal, NULL));
  g_assert_true (vastus_safety_answer_warning_signs (NULL, fixture->journal, yes, "first-run", NULL, NOW, NULL, NULL));
  g_assert_cmpuint (vastus_journal_get_n_program_changes (fixture->journal), ==, 0);

  reread = vastus_journal_new (vastus_journal_get_path (fixture->journal));
  g_assert_true (vastus_journal_load (reread, NULL));
  g_assert_true (vastus_safety_first_run_stopped (reread, &stopped));
  g_assert_cmpstrv (stopped, yes);

  g_assert_true (vastus_safety_knee_checked (NULL, reread, NOW + DAY, NULL, NULL));
  g_assert_false (vastus_safety_first_run_stopped (reread, NULL));
}

static void
add_session (VastusJournal *journal,
             gint64         start)
{
  g_autoptr (VastusSessionEntry) entry = vastus_session_entry_new (NULL, start, start + 1800 * S);
  VastusSetResult set = { 1, VASTUS_LEG_NONE, TRUE, FALSE, 10, 10, 0, 0 };

  vastus_session_entry_add_exercise (entry, "quad-set", "Quad set", &set, 1);
  g_assert_true (vastus_journal_add_session (journal, entry, NULL));
}

/* The questions again at 6 weeks, and at 12, each until answered. */
static void
test_review (Fixture       *fixture,
             gconstpointer  data)
{
  const char * const none[] = { NULL };
  gint64 first = NOW - 43 * DAY;

  g_assert_cmpint (vastus_safety_review_due (fixture->journal, NOW), ==, 0);
  add_session (fixture->journal, first);
  g_assert_cmpint (vastus_safety_review_due (fixture->journal, first + 41 * DAY), ==, 0);
  g_assert_cmpint (vastus_safety_review_due (fixture->journal, NOW), ==, VASTUS_REVIEW_FIRST_WEEKS);

  g_assert_true (vastus_safety_answer_warning_signs (fixture->program, fixture->journal, none, "review", NULL, NOW,
                                                     NULL, NULL));
  g_assert_cmpint (vastus_safety_review_due (fixture->journal, NOW + DAY), ==, 0);
  g_assert_cmpint (vastus_safety_review_due (fixture->journal, first + 83 * DAY), ==, 0);
  g_assert_cmpint (vastus_safety_review_due (fixture->journal, first + 84 * DAY), ==, VASTUS_REVIEW_SECOND_WEEKS);
  g_assert_true (vastus_safety_answer_warning_signs (fixture->program, fixture->journal, none, "review", NULL,
                                                     first + 85 * DAY, NULL, NULL));
  g_assert_cmpint (vastus_safety_review_due (fixture->journal, first + 200 * DAY), ==, 0);
}

/* A hold that cannot be read whole is still a hold. */
static void
test_damaged_hold (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr (GPtrArray) problems = NULL;
  g_autoptr (VastusProgram) loaded = NULL;
  g_autoptr (GError) error = NULL;

  g_assert_true (g_file_set_contents (fixture->program_path,
                                      "{\"version\":1,\"sessions_per_week\":3,\"first_leg\":\"left\","
                                      "\"hold\":\"yes\",\"exercises\":[{\"id\":\"quad-set\",\"dose\":{\"sets\":3,\"reps\":10}}]}",
                                      -1, NULL));
  loaded = vastus_program_load (fixture->program_path, fixture->catalogue, &problems, &error);
  g_assert_no_error (error);
  g_assert_nonnull (loaded);
  g_assert_nonnull (vastus_program_get_hold (loaded));
  g_assert_cmpuint (problems->len, >=, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (problems, 0), "program.json: hold: must be an object"));
}

int
main (int   argc,
      char *argv[])
{
  /* Before anything reads HOME or the XDG folders. */
  vastus_test_env_init ();

  g_setenv ("TZ", "UTC", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/vastus/safety/none-written-down", Fixture, NULL, fixture_set_up, test_none, fixture_tear_down);
  g_test_add ("/vastus/safety/yes-holds-the-programme", Fixture, NULL, fixture_set_up, test_yes_holds, fixture_tear_down);
  g_test_add ("/vastus/safety/emergency-first", Fixture, NULL, fixture_set_up, test_emergency, fixture_tear_down);
  g_test_add ("/vastus/safety/knee-checked-one-step-below", Fixture, NULL, fixture_set_up, test_knee_checked,
              fixture_tear_down);
  g_test_add ("/vastus/safety/first-run-stays-stopped", Fixture, NULL, fixture_set_up, test_first_run, fixture_tear_down);
  g_test_add ("/vastus/safety/review-at-6-and-12-weeks", Fixture, NULL, fixture_set_up, test_review, fixture_tear_down);
  g_test_add ("/vastus/safety/damaged-hold-still-holds", Fixture, NULL, fixture_set_up, test_damaged_hold,
              fixture_tear_down);

  return g_test_run ();
}
