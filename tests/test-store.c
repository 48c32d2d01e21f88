/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "vastus-checkpoint.h"
#include "vastus-store.h"
#include "vastus-test-env.h"

/*
 * The store: everything Vastus keeps for the person, and the verbs the
 * windows use to change it. Each case starts from an empty data folder, as
 * a first run does, on a fake clock.
 */

#define S ((gint64) G_USEC_PER_SEC)

typedef struct
{
  VastusClock *clock;
  VastusStore *store;
  char        *folder;
  guint        program_changes;
  guint        session_changes;
} Fixture;

static void
count_cb (gpointer  instance,
          guint    *counter)
{
  (*counter)++;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  VastusJournal *journal;

  /* The folder this program was given, emptied: no case sees another's. */
  fixture->folder = g_build_filename (g_get_user_data_dir (), APPLICATION_ID, NULL);
  vastus_test_remove_tree (fixture->folder);

  fixture->clock = vastus_fake_clock_new (1000 * S);
  fixture->store = vastus_store_new (fixture->clock);
  g_signal_connect (fixture->store, "program-changed", G_CALLBACK (count_cb), &fixture->program_changes);
  g_signal_connect (fixture->store, "session-changed", G_CALLBACK (count_cb), &fixture->session_changes);
  vastus_store_load (fixture->store);

  journal = vastus_store_get_journal (fixture->store);
  while (!vastus_journal_is_loaded (journal) && vastus_journal_get_load_error (journal) == NULL)
    g_main_context_iteration (NULL, TRUE);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  /* The journal's loading task lets go of it a moment after it is done. */
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_finalize_object (fixture->store);
  g_assert_finalize_object (fixture->clock);
  vastus_test_remove_tree (fixture->folder);
  g_free (fixture->folder);
}

static char *
data_path (Fixture    *fixture,
           const char *name)
{
  return g_build_filename (fixture->folder, name, NULL);
}

/* Every step of today's session, each counted set done with @reps. */
static VastusSession *
run_session (Fixture *fixture,
             guint    reps)
{
  VastusSession *session = vastus_store_start_session (fixture->store);

  g_assert_nonnull (session);
  vastus_session_start (session);
  for (guint i = 0; i < 100000 && vastus_session_get_state (session) != VASTUS_SESSION_FINISHED; i++)
    {
      if (vastus_session_get_step (session)->work == VASTUS_WORK_COUNTED && vastus_session_get_remaining (session) == 0)
        vastus_session_done (session, reps);
      else
        vastus_fake_clock_advance (VASTUS_FAKE_CLOCK (fixture->clock), 5 * S);
    }
  g_assert_cmpint (vastus_session_get_state (session), ==, VASTUS_SESSION_FINISHED);
  return session;
}

/* A first run: the gentle programme stands in, nothing saved, until set up. */
static void
test_first_run (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *program_path = data_path (fixture, "program.json");
  g_autoptr (GError) error = NULL;

  g_assert_true (vastus_store_get_first_run (fixture->store));
  g_assert_nonnull (vastus_store_get_program (fixture->store));
  g_assert_false (g_file_test (program_path, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (vastus_store_get_catalogue_errors (fixture->store)->len, ==, 0);

  g_assert_false (vastus_store_set_up (fixture->store, "no-such-programme", "left", &error));
  g_assert_error (error, VASTUS_PROGRAM_ERROR, VASTUS_PROGRAM_ERROR_INVALID);
  g_assert_true (vastus_store_get_first_run (fixture->store));
  g_clear_error (&error);

  g_assert_true (vastus_store_set_up (fixture->store, "phase-2-building", "left", &error));
  g_assert_no_error (error);
  g_assert_false (vastus_store_get_first_run (fixture->store));
  g_assert_true (g_file_test (program_path, G_FILE_TEST_EXISTS));
  g_assert_cmpstr (vastus_program_get_starter_id (vastus_store_get_program (fixture->store)), ==, "phase-2-building");
  g_assert_cmpint (vastus_program_get_first_leg (vastus_store_get_program (fixture->store)), ==, VASTUS_LEG_LEFT);
  g_assert_cmpuint (fixture->program_changes, ==, 1);
}

/* Add to My Programme: once, saved, said; an unknown id is an error. */
static void
test_add_to_program (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (VastusProgram) saved = NULL;
  g_autoptr (GPtrArray) problems = NULL;
  g_autofree char *program_path = data_path (fixture, "program.json");
  VastusProgram *program;
  guint n;

  g_assert_true (vastus_store_set_up (fixture->store, "phase-2-building", "right", &error));
  program = vastus_store_get_program (fixture->store);
  n = vastus_program_get_n_exercises (program);
  g_assert_cmpint (vastus_program_find (program, "bulgarian-split-squat"), <, 0);

  g_assert_true (vastus_store_add_to_program (fixture->store, "bulgarian-split-squat", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (vastus_program_get_n_exercises (program), ==, n + 1);
  g_assert_cmpuint (fixture->program_changes, ==, 2);
  saved = vastus_program_load (program_path, vastus_store_get_catalogue (fixture->store), &problems, &error);
  g_assert_no_error (error);
  /* Before the cool-down. */
  g_assert_cmpint (vastus_program_find (saved, "bulgarian-split-squat"), ==, (int) n - 1);
  g_assert_cmpint (vastus_program_find (saved, "cool-down"), ==, (int) n);

  /* Twice is once. */
  g_assert_true (vastus_store_add_to_program (fixture->store, "bulgarian-split-squat", &error));
  g_assert_cmpuint (vastus_program_get_n_exercises (program), ==, n + 1);
  g_assert_cmpuint (fixture->program_changes, ==, 2);

  g_assert_false (vastus_store_add_to_program (fixture->store, "no-such-exercise", &error));
  g_assert_error (error, VASTUS_PROGRAM_ERROR, VASTUS_PROGRAM_ERROR_INVALID);
  g_assert_cmpuint (vastus_program_get_n_exercises (program), ==, n + 1);
}

/* A dose set by hand: within the exercise's bounds or refused with why;
 * saved; journaled as set by the person, with the dose before and after;
 * setting the same dose again writes nothing. */
static void
test_set_dose (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (VastusProgram) saved = NULL;
  g_autoptr (GPtrArray) problems = NULL;
  g_autoptr (GPtrArray) changes = NULL;
  g_autofree char *program_path = data_path (fixture, "program.json");
  VastusJournal *journal = vastus_store_get_journal (fixture->store);
  VastusProgram *program;
  VastusDose dose;
  VastusChange *change;
  double min, max;
  guint n_changes;
  int index;

  g_assert_true (vastus_store_set_up (fixture->store, "phase-1-gentle", "right", &error));
  program = vastus_store_get_program (fixture->store);
  index = vastus_program_find (program, "straight-leg-raise");
  g_assert_cmpint (index, >=, 0);
  dose = *vastus_program_get_dose (program, (guint) index);
  g_assert_true (vastus_dose_get_bounds (&dose, VASTUS_DOSE_REPS, &min, &max));
  n_changes = vastus_journal_get_n_program_changes (journal);

  /* Out of bounds: refused, nothing changed or written. */
  vastus_dose_set (&dose, VASTUS_DOSE_REPS, max + 1);
  g_assert_false (vastus_store_set_dose (fixture->store, (guint) index, &dose, &error));
  g_assert_error (error, VASTUS_PROGRAM_ERROR, VASTUS_PROGRAM_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "reps must be from"));
  g_clear_error (&error);
  g_assert_cmpuint (vastus_journal_get_n_program_changes (journal), ==, n_changes);

  vastus_dose_set (&dose, VASTUS_DOSE_REPS, max);
  fixture->program_changes = 0;
  g_assert_true (vastus_store_set_dose (fixture->store, (guint) index, &dose, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (fixture->program_changes, ==, 1);
  g_assert_cmpuint (vastus_journal_get_n_program_changes (journal), ==, n_changes + 1);
  changes = vastus_progression_list_changes (journal, NULL, "straight-leg-raise");
  change = g_ptr_array_index (changes, changes->len - 1);
  g_assert_cmpint (change->kind, ==, VASTUS_DECISION_SET);
  g_assert_true (g_str_has_prefix (change->reason, "Set by you: "));

  saved = vastus_program_load (program_path, vastus_store_get_catalogue (fixture->store), &problems, &error);
  g_assert_no_error (error);
  g_assert_cmpfloat (vastus_dose_get (vastus_program_get_dose (saved, (guint) index), VASTUS_DOSE_REPS), ==, max);

  /* The same again: nothing more. */
  g_assert_true (vastus_store_set_dose (fixture->store, (guint) index, &dose, &error));
  g_assert_cmpuint (vastus_journal_get_n_program_changes (journal), ==, n_changes + 1);
}

/* A finished session: in the journal, the saved session gone. */
static void
test_finish_session (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *checkpoint_path = data_path (fixture, "session-in-progress.json");
  g_autoptr (GError) error = NULL;
  g_autoptr (VastusSession) session = NULL;
  g_autoptr (VastusSessionEntry) entry = NULL;
  VastusJournal *journal = vastus_store_get_journal (fixture->store);

  g_assert_true (vastus_store_set_up (fixture->store, "phase-1-gentle", "right", &error));
  session = run_session (fixture, 10);
  g_assert_true (vastus_store_save_session (fixture->store, session, &error) ||
                 g_error_matches (error, VASTUS_CHECKPOINT_ERROR, VASTUS_CHECKPOINT_ERROR_WRITE));
  g_clear_error (&error);

  entry = vastus_store_finish_session (fixture->store, session, &error);
  g_assert_no_error (error);
  g_assert_nonnull (entry);
  g_assert_false (g_file_test (checkpoint_path, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (fixture->session_changes, ==, 1);
  g_assert_true (vastus_journal_get_last_session (journal) != NULL);
  g_assert_cmpstr (vastus_session_entry_get_id (vastus_journal_get_last_session (journal)), ==,
                   vastus_session_entry_get_id (entry));
}

/* A session saved as it goes is offered, resumed paused, or discarded. */
static void
test_resume_and_discard (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autofree char *checkpoint_path = data_path (fixture, "session-in-progress.json");
  g_autoptr (GError) error = NULL;
  g_autoptr (VastusSession) session = NULL;
  g_autoptr (VastusSession) resumed = NULL;
  guint step = G_MAXUINT;

  g_assert_true (vastus_store_set_up (fixture->store, "phase-1-gentle", "right", &error));
  g_assert_false (vastus_store_peek_session (fixture->store, &step, NULL, &error));
  g_assert_error (error, VASTUS_CHECKPOINT_ERROR, VASTUS_CHECKPOINT_ERROR_NONE_SAVED);
  g_clear_error (&error);

  session = vastus_store_start_session (fixture->store);
  vastus_session_start (session);
  vastus_fake_clock_advance (VASTUS_FAKE_CLOCK (fixture->clock), 20 * S);
  g_assert_true (vastus_store_save_session (fixture->store, session, &error));
  g_assert_no_error (error);
  g_assert_true (vastus_store_peek_session (fixture->store, &step, NULL, &error));
  g_assert_cmpuint (step, ==, vastus_session_get_step_index (session));

  resumed = vastus_store_resume_session (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_cmpint (vastus_session_get_state (resumed), ==, VASTUS_SESSION_PAUSED);
  g_assert_cmpuint (vastus_session_get_step_index (resumed), ==, step);

  g_assert_true (vastus_store_discard_session (fixture->store, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (checkpoint_path, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (fixture->session_changes, ==, 1);
  g_assert_null (vastus_store_resume_session (fixture->store, &error));
  g_assert_error (error, VASTUS_CHECKPOINT_ERROR, VASTUS_CHECKPOINT_ERROR_NONE_SAVED);
}

/* A shorter session saved as it went is taken up again as the shorter
 * session it was, and is journaled as shorter when it ends. */
static void
test_resume_shorter (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (VastusSession) session = NULL;
  g_autoptr (VastusSession) resumed = NULL;
  g_autoptr (VastusSessionEntry) entry = NULL;
  guint step = G_MAXUINT;

  g_assert_true (vastus_store_set_up (fixture->store, "phase-1-gentle", "right", &error));
  session = vastus_store_start_short_session (fixture->store);
  g_assert_nonnull (session);
  g_assert_true (vastus_plan_get_shortened (vastus_session_get_plan (session)));
  vastus_session_start (session);
  vastus_fake_clock_advance (VASTUS_FAKE_CLOCK (fixture->clock), 200 * S);
  g_assert_true (vastus_store_save_session (fixture->store, session, &error));
  g_assert_no_error (error);
  g_assert_true (vastus_store_peek_session (fixture->store, &step, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (step, ==, vastus_session_get_step_index (session));

  resumed = vastus_store_resume_session (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_true (vastus_plan_get_shortened (vastus_session_get_plan (resumed)));
  g_assert_cmpuint (vastus_plan_get_n_exercises (vastus_session_get_plan (resumed)), ==,
                    vastus_plan_get_n_exercises (vastus_session_get_plan (session)));
  g_assert_cmpuint (vastus_session_get_step_index (resumed), ==, step);

  vastus_session_resume (resumed);
  for (guint i = 0; i < 100000 && vastus_session_get_state (resumed) != VASTUS_SESSION_FINISHED; i++)
    vastus_fake_clock_advance (VASTUS_FAKE_CLOCK (fixture->clock), 5 * S);
  entry = vastus_store_finish_session (fixture->store, resumed, &error);
  g_assert_no_error (error);
  g_assert_true (vastus_session_entry_get_shortened (entry));
  g_assert_true (vastus_session_entry_get_shortened (
    vastus_journal_lookup_session (vastus_store_get_journal (fixture->store), vastus_session_entry_get_id (entry))));

  /* And read back from the file so. */
  {
    g_autofree char *path = data_path (fixture, "journal.jsonl");
    g_autoptr (VastusJournal) read = vastus_journal_new (path);

    g_assert_true (vastus_journal_load (read, &error));
    g_assert_no_error (error);
    g_assert_true (vastus_session_entry_get_shortened (vastus_journal_lookup_session (read, vastus_session_entry_get_id (entry))));
  }
}

/* A pain log goes in once and the engine runs in the same verb, for the
 * newest session only; its time is the store's. */
static void
test_log_pain (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (VastusSession) first = NULL;
  g_autoptr (VastusSession) second = NULL;
  g_autoptr (VastusSessionEntry) older = NULL;
  g_autoptr (VastusSessionEntry) newer = NULL;
  g_autoptr (VastusPainLog) log = NULL;
  g_autoptr (VastusPainLog) late = NULL;
  g_autoptr (VastusProgression) progression = NULL;
  g_autoptr (VastusProgression) none = NULL;
  VastusJournal *journal = vastus_store_get_journal (fixture->store);
  const VastusPainLog *kept;
  gboolean written = FALSE;
  gint64 before;

  g_assert_true (vastus_store_set_up (fixture->store, "phase-1-gentle", "right", &error));
  first = run_session (fixture, 10);
  older = vastus_store_finish_session (fixture->store, first, &error);
  second = run_session (fixture, 10);
  newer = vastus_store_finish_session (fixture->store, second, &error);
  g_assert_no_error (error);

  vastus_store_set_time_offset (fixture->store, 3600 * S);
  before = g_get_real_time () + 3600 * S;
  log = vastus_pain_log_new (2, 1, "fine");
  fixture->program_changes = 0;
  progression = vastus_store_log_pain (fixture->store, vastus_session_entry_get_id (newer), log, &written, &error);
  g_assert_no_error (error);
  g_assert_true (written);
  g_assert_nonnull (progression);
  g_assert_cmpuint (progression->decisions->len, >, 0);
  g_assert_cmpuint (fixture->program_changes, ==, 1);
  kept = vastus_session_entry_get_pain (vastus_journal_lookup_session (journal, vastus_session_entry_get_id (newer)));
  g_assert_nonnull (kept);
  g_assert_cmpint (kept->during, ==, 2);
  g_assert_cmpint (kept->time, >=, before);
  g_assert_cmpint (kept->time, <=, g_get_real_time () + 3600 * S);

  /* A log filled in late for the older session changes nothing else. */
  late = vastus_pain_log_new (3, 2, NULL);
  none = vastus_store_log_pain (fixture->store, vastus_session_entry_get_id (older), late, &written, &error);
  g_assert_no_error (error);
  g_assert_true (written);
  g_assert_null (none);
  g_assert_cmpuint (fixture->program_changes, ==, 1);
}

/* A dose set by hand right after a session, within the same second: the
 * sessions before it were at the old dose, so one good session at the new
 * dose is not yet two in a row. */
static void
test_set_dose_counts_from_the_next_session (Fixture       *fixture,
                                            gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (VastusProgression) progression = NULL;
  VastusProgram *program;
  VastusDose dose;
  int index;

  g_assert_true (vastus_store_set_up (fixture->store, "phase-1-gentle", "right", &error));
  program = vastus_store_get_program (fixture->store);
  index = vastus_program_find (program, "straight-leg-raise");
  g_assert_cmpint (index, >=, 0);

  for (guint i = 0; i < 2; i++)
    {
      g_autoptr (VastusSession) session = run_session (fixture, 10);
      g_autoptr (VastusSessionEntry) entry = vastus_store_finish_session (fixture->store, session, &error);
      g_autoptr (VastusPainLog) log = vastus_pain_log_new (2, 1, NULL);
      const VastusDecision *decision = NULL;

      g_assert_no_error (error);
      g_clear_pointer (&progression, vastus_progression_free);
      progression = vastus_store_log_pain (fixture->store, vastus_session_entry_get_id (entry), log, NULL, &error);
      g_assert_no_error (error);
      for (guint d = 0; d < progression->decisions->len; d++)
        if (g_str_equal (((VastusDecision *) g_ptr_array_index (progression->decisions, d))->exercise,
                         "straight-leg-raise"))
          decision = g_ptr_array_index (progression->decisions, d);
      g_assert_nonnull (decision);
      g_assert_cmpint (decision->kind, ==, VASTUS_DECISION_HOLD);

      if (i == 0)
        {
          dose = *vastus_program_get_dose (program, (guint) index);
          vastus_dose_set (&dose, VASTUS_DOSE_REPS, vastus_dose_get (&dose, VASTUS_DOSE_REPS) - 1);
          g_assert_true (vastus_store_set_dose (fixture->store, (guint) index, &dose, &error));
          g_assert_no_error (error);
        }
    }
  g_assert_cmpfloat (vastus_dose_get (vastus_program_get_dose (program, (guint) index), VASTUS_DOSE_REPS), ==,
                     vastus_dose_get (&dose, VASTUS_DOSE_REPS));
}

/* The morning check is written with the store's time; -1 is dismissed. */
static void
test_log_morning (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (VastusSession) session = NULL;
  g_autoptr (VastusSessionEntry) entry = NULL;
  VastusJournal *journal = vastus_store_get_journal (fixture->store);
  const VastusMorningCheck *check;

  g_assert_true (vastus_store_set_up (fixture->store, "phase-1-gentle", "right", &error));
  session = run_session (fixture, 10);
  entry = vastus_store_finish_session (fixture->store, session, &error);

  g_assert_true (vastus_store_log_morning (fixture->store, vastus_session_entry_get_id (entry), 3, &error));
  g_assert_no_error (error);
  check = vastus_session_entry_get_morning (vastus_journal_lookup_session (journal, vastus_session_entry_get_id (entry)));
  g_assert_nonnull (check);
  g_assert_cmpint (check->pain, ==, 3);
}

/* A warning sign holds the programme, saved and said; the knee checked
 * lifts the hold. */
static void
test_warning_sign (Fixture       *fixture,
                   gconstpointer  data)
{
  const char * const yes[] = { "calf", NULL };
  const char * const none[] = { NULL };
  g_autoptr (GError) error = NULL;
  g_autoptr (VastusProgram) saved = NULL;
  g_autoptr (GPtrArray) problems = NULL;
  g_autofree char *program_path = data_path (fixture, "program.json");

  g_assert_true (vastus_store_set_up (fixture->store, "phase-1-gentle", "right", &error));
  fixture->program_changes = 0;

  g_assert_true (vastus_store_answer_warning_signs (fixture->store, none, "menu", NULL, &error));
  g_assert_null (vastus_program_get_hold (vastus_store_get_program (fixture->store)));
  g_assert_cmpuint (fixture->program_changes, ==, 0);

  g_assert_true (vastus_store_answer_warning_signs (fixture->store, yes, "menu", NULL, &error));
  g_assert_no_error (error);
  g_assert_nonnull (vastus_program_get_hold (vastus_store_get_program (fixture->store)));
  g_assert_cmpuint (fixture->program_changes, ==, 1);
  g_assert_null (vastus_store_start_session (fixture->store));
  saved = vastus_program_load (program_path, vastus_store_get_catalogue (fixture->store), &problems, &error);
  g_assert_no_error (error);
  g_assert_nonnull (vastus_program_get_hold (saved));

  g_assert_true (vastus_store_knee_checked (fixture->store, &error));
  g_assert_no_error (error);
  g_assert_null (vastus_program_get_hold (vastus_store_get_program (fixture->store)));
  g_assert_cmpuint (fixture->program_changes, ==, 2);
}

/* Export: every session as CSV, a header and a row for each exercise done. */
static void
test_export (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (VastusSession) session = NULL;
  g_autoptr (VastusSessionEntry) entry = NULL;
  g_autofree char *path = data_path (fixture, "sessions.csv");
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autofree char *csv = NULL;
  g_auto (GStrv) lines = NULL;

  g_assert_true (vastus_store_set_up (fixture->store, "phase-1-gentle", "right", &error));
  session = run_session (fixture, 10);
  entry = vastus_store_finish_session (fixture->store, session, &error);
  g_assert_true (vastus_store_export_sessions (fixture->store, file, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &csv, NULL, &error));
  lines = g_strsplit (g_strchomp (csv), "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 1 + vastus_session_entry_get_n_exercises (entry));
  for (guint i = 1; lines[i] != NULL; i++)
    g_assert_nonnull (strstr (lines[i], vastus_session_entry_get_id (entry)));
}

/* The newest programme change in the journal. */
static const cJSON *
last_change (Fixture *fixture)
{
  VastusJournal *journal = vastus_store_get_journal (fixture->store);
  guint n = vastus_journal_get_n_program_changes (journal);

  g_assert_cmpuint (n, >, 0);
  return vastus_journal_get_program_change (journal, n - 1);
}

static const char *
change_text (const cJSON *change,
             const char  *key)
{
  const cJSON *item = cJSON_GetObjectItem (change, key);

  return cJSON_IsString (item) ? item->valuestring : NULL;
}

static VastusProgram *
reload (Fixture *fixture)
{
  g_autofree char *path = data_path (fixture, "program.json");
  g_autoptr (GPtrArray) problems = NULL;
  g_autoptr (GError) error = NULL;
  VastusProgram *program = vastus_program_load (path, vastus_store_get_catalogue (fixture->store), &problems, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 0);
  return program;
}

/* The sore side and sessions a week: saved, and journaled as set by the
 * person; the same value again changes nothing. */
static void
test_settings (Fixture       *fixture,
               gconstpointer  data)
{
  VastusJournal *journal = vastus_store_get_journal (fixture->store);
  g_autoptr (GError) error = NULL;
  g_autoptr (VastusProgram) saved = NULL;
  guint changes;

  g_assert_true (vastus_store_set_up (fixture->store, "phase-1-gentle", "right", &error));
  changes = vastus_journal_get_n_program_changes (journal);
  fixture->program_changes = 0;

  g_assert_true (vastus_store_set_first_leg (fixture->store, VASTUS_LEG_LEFT, &error));
  g_assert_no_error (error);
  g_assert_cmpint (vastus_program_get_first_leg (vastus_store_get_program (fixture->store)), ==, VASTUS_LEG_LEFT);
  g_assert_cmpuint (fixture->program_changes, ==, 1);
  g_assert_cmpuint (vastus_journal_get_n_program_changes (journal), ==, changes + 1);
  g_assert_cmpstr (change_text (last_change (fixture), "decision"), ==, "set");
  g_assert_cmpstr (change_text (last_change (fixture), "setting"), ==, "first_leg");
  g_assert_cmpstr (change_text (last_change (fixture), "from"), ==, "right");
  g_assert_cmpstr (change_text (last_change (fixture), "to"), ==, "left");
  g_assert_cmpstr (change_text (last_change (fixture), "reason"), ==,
                   "Set by you: one-leg exercises start on the left leg, was the right leg.");
  saved = reload (fixture);
  g_assert_cmpint (vastus_program_get_first_leg (saved), ==, VASTUS_LEG_LEFT);
  g_clear_object (&saved);

  /* The same again: nothing to write. */
  g_assert_true (vastus_store_set_first_leg (fixture->store, VASTUS_LEG_LEFT, &error));
  g_assert_cmpuint (vastus_journal_get_n_program_changes (journal), ==, changes + 1);
  g_assert_cmpuint (fixture->program_changes, ==, 1);

  /* Sessions a week, within what a programme file allows. */
  g_assert_true (vastus_store_set_sessions_per_week (fixture->store, 5, &error));
  g_assert_no_error (error);
  g_assert_cmpint (vastus_program_get_sessions_per_week (vastus_store_get_program (fixture->store)), ==, 5);
  g_assert_cmpstr (change_text (last_change (fixture), "setting"), ==, "sessions_per_week");
  g_assert_cmpstr (change_text (last_change (fixture), "reason"), ==, "Set by you: 5 sessions a week, was 3.");
  for (int bad = 0; bad <= 8; bad += 8)
    {
      g_assert_false (vastus_store_set_sessions_per_week (fixture->store, bad, &error));
      g_assert_error (error, VASTUS_PROGRAM_ERROR, VASTUS_PROGRAM_ERROR_INVALID);
      g_clear_error (&error);
    }
  g_assert_cmpint (vastus_program_get_sessions_per_week (vastus_store_get_program (fixture->store)), ==, 5);
  saved = reload (fixture);
  g_assert_cmpint (vastus_program_get_sessions_per_week (saved), ==, 5);
  g_assert_cmpuint (vastus_journal_get_n_program_changes (journal), ==, changes + 2);

  /* Settings name no exercise: no exercise's history lists them. */
  {
    g_autoptr (GPtrArray) listed = vastus_progression_list_changes (journal, NULL, "quad-set");

    g_assert_cmpuint (listed->len, ==, 0);
  }

  /* The journal reads them back. */
  {
    g_autoptr (VastusJournal) reread = vastus_journal_new (vastus_journal_get_path (journal));

    g_assert_true (vastus_journal_load (reread, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (vastus_journal_get_n_program_changes (reread), ==, changes + 2);
    g_assert_cmpuint (vastus_journal_get_problems (reread)->len, ==, 0);
  }
}

/* Another starter replaces the exercises and doses, keeps the person's
 * settings; Undo puts the programme back exactly, file and all. */
static void
test_change_starter (Fixture       *fixture,
                     gconstpointer  data)
{
  VastusJournal *journal = vastus_store_get_journal (fixture->store);
  g_autofree char *path = data_path (fixture, "program.json");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *undone = NULL;
  g_autoptr (GError) error = NULL;
  VastusProgram *program;
  VastusDose dose;
  guint changes;

  g_assert_true (vastus_store_set_up (fixture->store, "phase-1-gentle", "left", &error));
  g_assert_true (vastus_store_set_sessions_per_week (fixture->store, 4, &error));
  program = vastus_store_get_program (fixture->store);
  dose = *vastus_program_get_dose (program, 1);
  vastus_dose_set (&dose, VASTUS_DOSE_SETS, vastus_dose_get (&dose, VASTUS_DOSE_SETS) + 1);
  g_assert_true (vastus_store_set_dose (fixture->store, 1, &dose, &error));
  g_assert_no_error (error);
  g_assert_false (vastus_store_can_undo_change_starter (fixture->store));
  g_assert_true (g_file_get_contents (path, &before, NULL, NULL));
  changes = vastus_journal_get_n_program_changes (journal);
  fixture->program_changes = 0;

  g_assert_false (vastus_store_change_starter (fixture->store, "no-such-programme", &error));
  g_assert_error (error, VASTUS_PROGRAM_ERROR, VASTUS_PROGRAM_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_true (vastus_store_change_starter (fixture->store, "phase-3-stronger", &error));
  g_assert_no_error (error);
  program = vastus_store_get_program (fixture->store);
  g_assert_cmpstr (vastus_program_get_starter_id (program), ==, "phase-3-stronger");
  g_assert_cmpint (vastus_program_get_first_leg (program), ==, VASTUS_LEG_LEFT);
  g_assert_cmpint (vastus_program_get_sessions_per_week (program), ==, 4);
  g_assert_cmpint (vastus_program_find (program, "cyclist-squat"), >=, 0);
  g_assert_cmpuint (fixture->program_changes, ==, 1);
  g_assert_cmpuint (vastus_journal_get_n_program_changes (journal), ==, changes + 1);
  g_assert_cmpstr (change_text (last_change (fixture), "setting"), ==, "starter");
  g_assert_cmpstr (change_text (last_change (fixture), "from"), ==, "phase-1-gentle");
  g_assert_cmpstr (change_text (last_change (fixture), "to"), ==, "phase-3-stronger");
  g_assert_true (g_str_has_prefix (change_text (last_change (fixture), "reason"), "Set by you: the "));
  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_cmpstr (after, !=, before);
  g_assert_true (vastus_store_can_undo_change_starter (fixture->store));

  g_assert_true (vastus_store_undo_change_starter (fixture->store, &error));
  g_assert_no_error (error);
  program = vastus_store_get_program (fixture->store);
  g_assert_cmpstr (vastus_program_get_starter_id (program), ==, "phase-1-gentle");
  g_assert_cmpfloat (vastus_dose_get (vastus_program_get_dose (program, 1), VASTUS_DOSE_SETS), ==,
                     vastus_dose_get (&dose, VASTUS_DOSE_SETS));
  g_assert_true (g_file_get_contents (path, &undone, NULL, NULL));
  g_assert_cmpstr (undone, ==, before);
  g_assert_cmpuint (fixture->program_changes, ==, 2);
  g_assert_cmpuint (vastus_journal_get_n_program_changes (journal), ==, changes + 2);
  g_assert_cmpstr (change_text (last_change (fixture), "to"), ==, "phase-1-gentle");

  /* Once only. */
  g_assert_false (vastus_store_can_undo_change_starter (fixture->store));
  g_assert_false (vastus_store_undo_change_starter (fixture->store, &error));
  g_assert_error (error, VASTUS_PROGRAM_ERROR, VASTUS_PROGRAM_ERROR_INVALID);
  g_clear_error (&error);

  /* Not once anything else has changed the new programme. */
  g_assert_true (vastus_store_change_starter (fixture->store, "phase-2-building", &error));
  g_assert_true (vastus_store_set_first_leg (fixture->store, VASTUS_LEG_RIGHT, &error));
  g_assert_false (vastus_store_can_undo_change_starter (fixture->store));
  g_assert_false (vastus_store_undo_change_starter (fixture->store, &error));
  g_clear_error (&error);
  g_assert_cmpstr (vastus_program_get_starter_id (vastus_store_get_program (fixture->store)), ==, "phase-2-building");
}

/* A person without machines: the fixture's starters, merged into the
 * catalogue from the person's own folder. */
static void
equipment_set_up (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *folder = vastus_catalogue_user_folder ();
  g_autofree char *source = g_test_build_filename (G_TEST_DIST, "fixtures", "equipment.json", NULL);
  g_autofree char *target = g_build_filename (folder, "equipment.json", NULL);
  g_autofree char *contents = NULL;
  VastusJournal *journal;

  /* As fixture_set_up (), with the file in place before the store loads. */
  fixture->folder = g_build_filename (g_get_user_data_dir (), APPLICATION_ID, NULL);
  vastus_test_remove_tree (fixture->folder);
  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  g_assert_true (g_file_get_contents (source, &contents, NULL, NULL));
  g_assert_true (g_file_set_contents (target, contents, -1, NULL));

  fixture->clock = vastus_fake_clock_new (1000 * S);
  fixture->store = vastus_store_new (fixture->clock);
  g_signal_connect (fixture->store, "program-changed", G_CALLBACK (count_cb), &fixture->program_changes);
  vastus_store_load (fixture->store);
  journal = vastus_store_get_journal (fixture->store);
  while (!vastus_journal_is_loaded (journal) && vastus_journal_get_load_error (journal) == NULL)
    g_main_context_iteration (NULL, TRUE);
}

static void
test_equipment (Fixture       *fixture,
                gconstpointer  data)
{
  g_auto (GStrv) home = vastus_equipment_home_defaults ();
  const char * const everything_but_the_step[] = { "wall", "band", "leg-curl-machine", NULL };
  g_autoptr (GError) error = NULL;
  g_autoptr (VastusProgram) saved = NULL;
  VastusProgram *program;

  g_assert_cmpuint (vastus_store_get_catalogue_errors (fixture->store)->len, ==, 0);
  g_assert_nonnull (vastus_catalogue_lookup_program (vastus_store_get_catalogue (fixture->store), "fixture-stronger"));

  /* The first run: at home, the gentle fixture has no machine. */
  g_assert_true (vastus_store_set_up_full (fixture->store, "fixture-gentle", "right", (const char * const *) home,
                                           &error));
  g_assert_no_error (error);
  program = vastus_store_get_program (fixture->store);
  g_assert_true (g_strv_equal (vastus_program_get_equipment (program), (const char * const *) home));

  /* Stronger knees without machines: the home alternatives. */
  g_assert_true (vastus_store_change_starter (fixture->store, "fixture-stronger", &error));
  program = vastus_store_get_program (fixture->store);
  g_assert_cmpint (vastus_program_find (program, "machine-press"), <, 0);
  g_assert_cmpint (vastus_program_find (program, "machine-extension"), <, 0);
  g_assert_cmpint (vastus_program_find (program, "wall-squat"), >=, 0);
  g_assert_cmpint (vastus_program_find (program, "step-extension"), >=, 0);
  g_assert_cmpint (vastus_program_find (program, "machine-curl"), >=, 0);
  g_assert_true (g_strv_equal (vastus_program_get_equipment (program), (const char * const *) home));

  /* Said again in Preferences: saved and journaled; the exercises stay
   * until a starter is chosen again. */
  g_assert_true (vastus_store_set_equipment (fixture->store, everything_but_the_step, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (change_text (last_change (fixture), "setting"), ==, "equipment");
  g_assert_cmpstr (change_text (last_change (fixture), "to"), ==, "wall,band,leg-curl-machine");
  g_assert_cmpstr (change_text (last_change (fixture), "reason"), ==,
                   "Set by you: you have a clear piece of wall, a resistance band and a leg-curl machine, was "
                   "a clear piece of wall, a sturdy chair, a step or low box, a resistance band, a soft ball or "
                   "pillow, a towel to roll up, a foam roller, a bench or low bed, a weight plate or wedge, an "
                   "exercise mat and an ankle weight.");
  saved = reload (fixture);
  g_assert_true (g_strv_equal (vastus_program_get_equipment (saved), everything_but_the_step));
  g_assert_cmpint (vastus_program_find (saved, "step-extension"), >=, 0);

  g_assert_false (vastus_store_set_equipment (fixture->store, (const char * const[]) { "hover-board", NULL }, &error));
  g_assert_error (error, VASTUS_PROGRAM_ERROR, VASTUS_PROGRAM_ERROR_INVALID);
  g_clear_error (&error);

  /* Without the step, the machine extension stays (its alternative needs one). */
  g_assert_true (vastus_store_change_starter (fixture->store, "fixture-stronger", &error));
  program = vastus_store_get_program (fixture->store);
  g_assert_cmpint (vastus_program_find (program, "machine-extension"), >=, 0);
  g_assert_cmpint (vastus_program_find (program, "wall-squat"), >=, 0);

  /* Everything again, as before Vastus asked. */
  g_assert_true (vastus_store_set_equipment (fixture->store, NULL, &error));
  g_assert_null (vastus_program_get_equipment (vastus_store_get_program (fixture->store)));
  g_assert_cmpstr (change_text (last_change (fixture), "to"), ==, "*");
}

/* At the first run the programme only stands in: nothing to set yet. */
static void
test_settings_at_first_run (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autofree char *program_path = data_path (fixture, "program.json");
  g_autoptr (GError) error = NULL;

  g_assert_true (vastus_store_get_first_run (fixture->store));
  g_assert_false (vastus_store_set_first_leg (fixture->store, VASTUS_LEG_LEFT, &error));
  g_assert_error (error, VASTUS_PROGRAM_ERROR, VASTUS_PROGRAM_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (vastus_store_set_sessions_per_week (fixture->store, 4, &error));
  g_clear_error (&error);
  g_assert_false (vastus_store_set_equipment (fixture->store, NULL, &error));
  g_clear_error (&error);
  g_assert_false (vastus_store_change_starter (fixture->store, "phase-2-building", &error));
  g_clear_error (&error);
  g_assert_false (g_file_test (program_path, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (fixture->program_changes, ==, 0);
  g_assert_true (vastus_store_get_first_run (fixture->store));
}

/* A programme on hold stays on hold whatever its exercises: a switch of
 * starter keeps the hold, saved, and no session can start. */
static void
test_change_starter_keeps_hold (Fixture       *fixture,
                                gconstpointer  data)
{
  const char * const yes[] = { "calf", NULL };
  g_autoptr (GError) error = NULL;
  g_autoptr (VastusProgram) saved = NULL;
  const VastusHold *hold;

  g_assert_true (vastus_store_set_up (fixture->store, "phase-1-gentle", "right", &error));
  g_assert_true (vastus_store_answer_warning_signs (fixture->store, yes, "menu", NULL, &error));
  g_assert_no_error (error);

  g_assert_true (vastus_store_change_starter (fixture->store, "phase-2-building", &error));
  g_assert_no_error (error);
  hold = vastus_program_get_hold (vastus_store_get_program (fixture->store));
  g_assert_nonnull (hold);
  g_assert_cmpint (hold->kind, ==, VASTUS_HOLD_WARNING_SIGN);
  g_assert_null (vastus_store_start_session (fixture->store));
  saved = reload (fixture);
  g_assert_nonnull (vastus_program_get_hold (saved));
  g_assert_cmpstr (vastus_program_get_starter_id (saved), ==, "phase-2-building");
}

int
main (int   argc,
      char *argv[])
{
  vastus_test_env_init ();
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/vastus/store/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("first-run", test_first_run);
  ADD ("add-to-program", test_add_to_program);
  ADD ("set-dose", test_set_dose);
  ADD ("set-dose-counts-from-the-next-session", test_set_dose_counts_from_the_next_session);
  ADD ("finish-session", test_finish_session);
  ADD ("resume-and-discard", test_resume_and_discard);
  ADD ("resume-shorter", test_resume_shorter);
  ADD ("log-pain", test_log_pain);
  ADD ("log-morning", test_log_morning);
  ADD ("warning-sign", test_warning_sign);
  ADD ("export", test_export);
  ADD ("settings", test_settings);
  ADD ("change-starter-and-undo", test_change_starter);
  ADD ("settings-at-first-run", test_settings_at_first_run);
  ADD ("change-starter-keeps-hold", test_change_starter_keeps_hold);
#undef ADD
  g_test_add ("/vastus/store/equipment", Fixture, NULL, equipment_set_up, test_equipment, fixture_tear_down);

  return g_test_run ();
}
