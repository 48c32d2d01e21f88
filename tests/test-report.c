/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "vastus-date.h"
#include "vastus-red-flags.h"
#include "vastus-report.h"
#include "vastus-safety.h"
#include "vastus-test-env.h"

#define NOW "2026-11-21T10:00:00Z"

typedef struct
{
  char            *folder;       /* $XDG_DATA_HOME/io.github.vastus.vastus */
  char            *journal_path;
  char            *program_path;
  VastusCatalogue *catalogue;
  VastusJournal   *journal;
  VastusProgram   *program;
  gint64           now;
} Fixture;

static void
copy_fixture (const char *name,
              const char *target)
{
  g_autofree char *source = g_test_build_filename (G_TEST_DIST, "fixtures", name, NULL);
  g_autofree char *contents = NULL;
  gsize length;
  g_autoptr (GError) error = NULL;

  g_assert_true (g_file_get_contents (source, &contents, &length, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (target, contents, (gssize) length, &error));
  g_assert_no_error (error);
}

/* The six-week fixture, in a data folder of the test's own. */
static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) problems = NULL;

  fixture->folder = g_build_filename (g_get_user_data_dir (), APPLICATION_ID, NULL);
  vastus_test_remove_tree (fixture->folder);
  g_assert_cmpint (g_mkdir_with_parents (fixture->folder, 0700), ==, 0);
  fixture->journal_path = g_build_filename (fixture->folder, "journal.jsonl", NULL);
  fixture->program_path = g_build_filename (fixture->folder, "program.json", NULL);
  copy_fixture ("journal-six-weeks.jsonl", fixture->journal_path);
  copy_fixture ("program-gentle.json", fixture->program_path);

  fixture->catalogue = vastus_catalogue_new_builtin (&error);
  g_assert_no_error (error);
  fixture->program = vastus_program_load (fixture->program_path, fixture->catalogue, &problems, &error);
  g_assert_no_error (error);
  fixture->journal = vastus_journal_new (fixture->journal_path);
  g_assert_true (vastus_journal_load (fixture->journal, &error));
  g_assert_no_error (error);
  g_assert_true (vastus_time_from_iso8601 (NOW, &fixture->now));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_assert_finalize_object (fixture->journal);
  g_assert_finalize_object (fixture->program);
  g_clear_object (&fixture->catalogue);
  vastus_test_remove_tree (fixture->folder);
  g_free (fixture->folder);
  g_free (fixture->journal_path);
  g_free (fixture->program_path);
}

/* The engine decides after each logged session, at the time it was logged,
 * as Vastus does: the journal then holds real decisions and their reasons. */
static void
run_engine (Fixture *fixture)
{
  g_autoptr (VastusProgram) program = NULL;
  g_autoptr (GPtrArray) problems = NULL;
  g_autoptr (GError) error = NULL;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (fixture->journal));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (VastusSessionEntry) entry = g_list_model_get_item (G_LIST_MODEL (fixture->journal), i);
      const VastusPainLog *pain = vastus_session_entry_get_pain (entry);
      g_autoptr (VastusProgression) progression = NULL;

      if (pain == NULL)
        continue;
      progression = vastus_progression_decide (fixture->program, fixture->catalogue, fixture->journal,
                                               vastus_session_entry_get_id (entry), pain->time);
      g_assert_true (vastus_progression_apply (progression, fixture->program, fixture->catalogue, fixture->journal,
                                               vastus_session_entry_get_id (entry), fixture->program_path,
                                               pain->time, &error));
      g_assert_no_error (error);
    }
  g_assert_true (vastus_journal_flush (fixture->journal, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (vastus_journal_get_n_program_changes (fixture->journal), >, 0);
}

static const char *
record_string (const cJSON *record,
               const char  *key)
{
  const cJSON *item = cJSON_GetObjectItemCaseSensitive (record, key);

  return cJSON_IsString (item) ? item->valuestring : NULL;
}

static void
test_six_weeks (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr (VastusReport) report = vastus_report_build (fixture->program, fixture->catalogue, fixture->journal,
                                                         fixture->now, 0);
  const VastusReportSession *first;
  const VastusReportWeek *week;
  g_autofree char *trend = NULL;

  g_assert_cmpstr (report->sore_side, ==, "Right knee");
  g_assert_cmpstr (report->starter, ==, "Gentle start");
  g_assert_cmpint (report->sessions_per_week, ==, 3);

  /* 10 October (a Saturday) to 21 November: seven weeks from Monday 5
   * October, the last not over yet. */
  g_assert_cmpuint (report->week_list->len, ==, 7);
  week = &g_array_index (report->week_list, VastusReportWeek, 0);
  g_assert_cmpint (g_date_get_day (&week->monday), ==, 5);
  g_assert_cmpint (g_date_get_month (&week->monday), ==, G_DATE_OCTOBER);
  g_assert_cmpuint (week->sessions, ==, 1);
  g_assert_false (week->partial);
  g_assert_cmpfloat_with_epsilon (week->during_mean, 6.0, 0.001);
  g_assert_cmpfloat_with_epsilon (week->morning_mean, 3.0, 0.001);
  g_assert_true (g_array_index (report->week_list, VastusReportWeek, 6).partial);

  /* 18 sessions; the one on 21 October was stopped early, the one on
   * 27 October has nothing logged. */
  g_assert_cmpuint (report->sessions->len, ==, 18);
  g_assert_cmpuint (report->n_sessions, ==, 18);
  g_assert_cmpuint (report->n_done_full, ==, 17);
  g_assert_cmpuint (report->n_target, ==, 18);
  first = &g_array_index (report->sessions, VastusReportSession, 0);
  g_assert_cmpint (first->during, ==, 6);
  g_assert_cmpint (first->after, ==, 5);
  g_assert_cmpint (first->morning, ==, 3);
  g_assert_true (first->completed);
  g_assert_false (g_array_index (report->sessions, VastusReportSession, 5).completed);
  g_assert_cmpint (g_array_index (report->sessions, VastusReportSession, 8).during, ==, -1);
  g_assert_cmpint (g_array_index (report->sessions, VastusReportSession, 8).morning, ==, -1);

  g_assert_cmpuint (report->notes->len, ==, 2);
  g_assert_cmpstr (((VastusReportNote *) g_ptr_array_index (report->notes, 0))->text, ==,
                   "Wall sit pinched at the front of the knee; went less deep and it eased.");
  g_assert_cmpuint (report->warnings->len, ==, 0);
  g_assert_null (report->hold);

  /* The programme in its order, every exercise with its dose; no decisions
   * were written in this journal. */
  g_assert_cmpuint (report->program->len, ==, vastus_program_get_n_exercises (fixture->program));
  g_assert_cmpuint (report->exercises->len, ==, report->program->len);
  for (guint i = 0; i < report->program->len; i++)
    {
      VastusReportItem *item = g_ptr_array_index (report->program, i);
      VastusReportExercise *exercise = g_ptr_array_index (report->exercises, i);

      g_assert_cmpstr (item->name, ==, vastus_exercise_get_name (vastus_program_get_exercise (fixture->program, i)));
      g_assert_cmpstr (exercise->name, ==, item->name);
      g_assert_cmpstr (exercise->dose, ==, item->dose);
      g_assert_nonnull (item->dose);
      g_assert_cmpuint (exercise->decisions->len, ==, 0);
    }

  trend = vastus_report_describe_trend (report);
  g_assert_cmpstr (trend, ==, "Next-morning pain went down from 3.0/10 in the first week to 0.0/10 in the last.");
}

static void
test_weeks (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr (VastusReport) report = vastus_report_build (fixture->program, fixture->catalogue, fixture->journal,
                                                         fixture->now, 2);
  const VastusReportWeek *week;

  /* Monday 9 November to now: the sessions of 9, 12, 15 and 17 November. */
  g_assert_cmpuint (report->weeks, ==, 2);
  g_assert_cmpuint (report->week_list->len, ==, 2);
  week = &g_array_index (report->week_list, VastusReportWeek, 0);
  g_assert_cmpint (g_date_get_day (&week->monday), ==, 9);
  g_assert_cmpuint (week->sessions, ==, 3);
  g_assert_cmpuint (report->sessions->len, ==, 4);
  g_assert_cmpuint (report->n_done_full, ==, 3);
  g_assert_cmpuint (report->n_target, ==, 3);
  g_assert_cmpuint (report->notes->len, ==, 0);
}

/* Every decision in the window, under its exercise, with its reason and
 * both doses in words; none from before the window. */
static void
test_decisions (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr (VastusReport) all = NULL;
  g_autoptr (VastusReport) recent = NULL;
  guint n_all = 0, n_recent = 0, n_expected_recent = 0;
  gint64 from;

  run_engine (fixture);
  all = vastus_report_build (fixture->program, fixture->catalogue, fixture->journal, fixture->now, 0);
  recent = vastus_report_build (fixture->program, fixture->catalogue, fixture->journal, fixture->now, 1);
  from = recent->from;

  for (guint i = 0; i < vastus_journal_get_n_program_changes (fixture->journal); i++)
    {
      const cJSON *record = vastus_journal_get_program_change (fixture->journal, i);
      const cJSON *before = cJSON_GetObjectItemCaseSensitive (record, "before");
      const char *reason = record_string (record, "reason");
      gboolean found = FALSE;

      if (vastus_time_from_record (record) >= from)
        n_expected_recent++;
      for (guint j = 0; j < all->exercises->len && !found; j++)
        {
          VastusReportExercise *exercise = g_ptr_array_index (all->exercises, j);

          if (g_strcmp0 (exercise->id, record_string (before, "id")) != 0)
            continue;
          for (guint k = 0; k < exercise->decisions->len && !found; k++)
            {
              VastusReportDecision *decision = g_ptr_array_index (exercise->decisions, k);

              if (decision->time == vastus_time_from_record (record) && g_strcmp0 (decision->reason, reason) == 0)
                {
                  found = TRUE;
                  g_assert_nonnull (decision->label);
                  g_assert_nonnull (decision->dose_before);
                  g_assert_nonnull (decision->dose_after);
                  g_assert_cmpstr (vastus_decision_kind_to_string (decision->kind), ==,
                                   record_string (record, "decision"));
                }
            }
        }
      if (!found)
        g_error ("decision %u (%s) is not in the report", i, reason);
    }

  for (guint j = 0; j < all->exercises->len; j++)
    n_all += ((VastusReportExercise *) g_ptr_array_index (all->exercises, j))->decisions->len;
  for (guint j = 0; j < recent->exercises->len; j++)
    n_recent += ((VastusReportExercise *) g_ptr_array_index (recent->exercises, j))->decisions->len;
  g_assert_cmpuint (n_all, ==, vastus_journal_get_n_program_changes (fixture->journal));
  g_assert_cmpuint (n_recent, ==, n_expected_recent);
  g_assert_cmpuint (n_recent, <, n_all);
}

/* A warning sign answered yes, and a check where every answer was no. */
static void
test_warnings (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr (VastusReport) report = NULL;
  g_autoptr (GError) error = NULL;
  const char * const yes[] = { "locking", NULL };
  VastusReportWarning *warning;
  gint64 when = fixture->now - G_GINT64_CONSTANT (2) * G_USEC_PER_SEC * 86400;

  g_assert_true (vastus_safety_answer_warning_signs (fixture->program, fixture->journal, NULL, "menu", NULL, when - 60 * G_USEC_PER_SEC,
                                                     NULL, &error));
  g_assert_no_error (error);
  g_assert_true (vastus_safety_answer_warning_signs (fixture->program, fixture->journal, yes, "session", NULL, when,
                                                     NULL, &error));
  g_assert_no_error (error);

  report = vastus_report_build (fixture->program, fixture->catalogue, fixture->journal, fixture->now, 0);
  g_assert_cmpuint (report->warnings->len, ==, 2);
  warning = g_ptr_array_index (report->warnings, 0);
  g_assert_cmpstr (warning->context, ==, "From the menu");
  g_assert_cmpuint (g_strv_length (warning->yes), ==, 0);
  warning = g_ptr_array_index (report->warnings, 1);
  g_assert_cmpstr (warning->context, ==, "During a session");
  g_assert_cmpuint (g_strv_length (warning->yes), ==, 1);
  g_assert_cmpstr (warning->yes[0], ==, vastus_red_flags_lookup ("locking")->question);
  g_assert_nonnull (warning->advice);
  /* The programme went on hold: the report says why. */
  g_assert_nonnull (report->hold);
}

/* A programme set up today, nothing done yet: one week, nothing in it. */
static void
test_empty (void)
{
  g_autofree char *path = g_build_filename (g_get_user_cache_dir (), "empty.jsonl", NULL);
  g_autoptr (VastusJournal) journal = vastus_journal_new (path);
  g_autoptr (VastusCatalogue) catalogue = vastus_catalogue_new_builtin (NULL);
  g_autoptr (VastusProgram) program = NULL;
  g_autoptr (VastusReport) report = NULL;
  g_autofree char *trend = NULL;
  gint64 now;

  g_assert_true (vastus_time_from_iso8601 (NOW, &now));
  g_assert_true (vastus_journal_load (journal, NULL));
  program = vastus_program_new_from_starter (vastus_catalogue_lookup_program (catalogue, "phase-1-gentle"),
                                             catalogue, VASTUS_LEG_NONE);
  report = vastus_report_build (program, catalogue, journal, now, 0);

  g_assert_cmpstr (report->sore_side, ==, "Both knees");
  g_assert_cmpuint (report->week_list->len, ==, 1);
  g_assert_true (g_array_index (report->week_list, VastusReportWeek, 0).partial);
  g_assert_cmpuint (report->sessions->len, ==, 0);
  g_assert_cmpuint (report->n_target, ==, 0);
  g_assert_cmpfloat (report->usual_pain, <, 0);
  g_assert_cmpuint (report->program->len, ==, vastus_program_get_n_exercises (program));
  trend = vastus_report_describe_trend (report);
  g_assert_cmpstr (trend, ==, "No next-morning pain was logged in these weeks.");
}

static void
test_default_name (void)
{
  gint64 now;
  g_autofree char *name = NULL;

  g_assert_true (vastus_time_from_iso8601 ("2026-11-21T10:00:00Z", &now));
  name = vastus_report_default_name (now);
  g_assert_cmpstr (name, ==, "vastus-report-2026-11-21.pdf");
}

/* Text as pdftotext gives it, every run of spaces and line breaks made one
 * space: a sentence may wrap anywhere on the page. */
static char *
squeeze (const char *text)
{
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (g_ascii_isspace (*p))
        {
          space = TRUE;
          continue;
        }
      if (space && out->len > 0)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

static char *
run (const char * const *argv,
     int                *status)
{
  g_autoptr (GError) error = NULL;
  g_auto (GStrv) env = g_get_environ ();
  char *out = NULL;
  g_autofree char *err = NULL;

  env = g_environ_setenv (env, "TZ", "UTC", TRUE);
  g_assert_true (g_spawn_sync (NULL, (char **) argv, env, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, status, &error));
  g_assert_no_error (error);
  if (err != NULL && err[0] != '\0')
    g_test_message ("%s: %s", argv[0], err);
  return out;
}

/* vastus --report on the six-week fixture, after the engine's decisions:
 * the PDF's text holds the exercise names, every session's pain figures
 * and every decision's reason. */
static void
test_command_line (Fixture       *fixture,
                   gconstpointer  data)
{
  const char *paper = data;
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autofree char *pdf = g_build_filename (g_get_user_cache_dir (), "vastus-report-test.pdf", NULL);
  g_autofree char *out = NULL;
  g_autofree char *text = NULL;
  g_autofree char *layout = NULL;
  g_autofree char *flat = NULL;
  g_autoptr (VastusReport) report = NULL;
  const char *binary = g_getenv ("VASTUS_BINARY");
  int status;

  if (pdftotext == NULL)
    {
      g_test_skip ("pdftotext (poppler-utils) is not installed");
      return;
    }
  g_assert_nonnull (binary);
  run_engine (fixture);

  {
    const char *argv[] = { binary, "--report", pdf, "--now", NOW, "--paper", paper, NULL };

    out = run (argv, &status);
    g_assert_true (g_spawn_check_wait_status (status, NULL));
    g_assert_nonnull (strstr (out, "Wrote the report to"));
  }
  {
    const char *argv[] = { pdftotext, "-enc", "UTF-8", pdf, "-", NULL };

    text = run (argv, &status);
    g_assert_true (g_spawn_check_wait_status (status, NULL));
  }
  {
    const char *argv[] = { pdftotext, "-layout", "-enc", "UTF-8", pdf, "-", NULL };

    layout = run (argv, &status);
    g_assert_true (g_spawn_check_wait_status (status, NULL));
  }
  flat = squeeze (text);

  g_assert_nonnull (strstr (flat, "Knee Exercise Report"));
  g_assert_nonnull (strstr (flat, "Right knee"));
  g_assert_nonnull (strstr (flat, "Gentle start"));
  g_assert_nonnull (strstr (flat, "Vastus is not a diagnosis and does not replace a physiotherapist."));
  g_assert_nonnull (strstr (flat, "Page 1 of "));
  g_assert_nonnull (strstr (flat, "5/10: the most pain exercise should cause"));

  for (guint i = 0; i < vastus_program_get_n_exercises (fixture->program); i++)
    {
      const char *name = vastus_exercise_get_name (vastus_program_get_exercise (fixture->program, i));

      if (strstr (flat, name) == NULL)
        g_error ("%s is not in the report", name);
    }

  /* Each session's row: its date, then pain during, after and next morning. */
  report = vastus_report_build (fixture->program, fixture->catalogue, fixture->journal, fixture->now, 0);
  g_assert_cmpuint (report->sessions->len, ==, 18);
  for (guint i = 0; i < report->sessions->len; i++)
    {
      const VastusReportSession *session = &g_array_index (report->sessions, VastusReportSession, i);
      g_autoptr (GDateTime) day = g_date_time_new_from_unix_utc (session->time / G_USEC_PER_SEC);
      g_autofree char *date = vastus_date_format (day, "%a %-d %b %Y");
      g_autofree char *pattern = NULL;
      g_autoptr (GRegex) regex = NULL;

      if (session->during < 0)
        pattern = g_strdup_printf ("^ *%s .* – +– +–$", date);
      else
        pattern = g_strdup_printf ("^ *%s .* %d +%d +%d$", date, session->during, session->after, session->morning);
      regex = g_regex_new (pattern, G_REGEX_MULTILINE, 0, NULL);
      if (!g_regex_match (regex, layout, 0, NULL))
        g_error ("no line /%s/ in the report:\n%s", pattern, layout);
    }

  /* Every decision's reason, word for word. */
  for (guint i = 0; i < vastus_journal_get_n_program_changes (fixture->journal); i++)
    {
      g_autofree char *reason = squeeze (record_string (vastus_journal_get_program_change (fixture->journal, i),
                                                        "reason"));

      if (strstr (flat, reason) == NULL)
        g_error ("the reason “%s” is not in the report", reason);
    }

  g_unlink (pdf);
}

/* vastus --report with the person's data still in the folder named after
 * Vastus's former application ID: the folder moves to the new one first, and
 * the report holds every session in it. */
static void
test_command_line_former_folder (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autofree char *pdf = g_build_filename (g_get_user_cache_dir (), "vastus-report-former.pdf", NULL);
  g_autofree char *former = g_build_filename (g_get_user_data_dir (), "io.github.vastus.Vastus", NULL);
  g_autofree char *out = NULL;
  g_autofree char *layout = NULL;
  const char *binary = g_getenv ("VASTUS_BINARY");
  guint n = g_list_model_get_n_items (G_LIST_MODEL (fixture->journal));
  int status;

  if (pdftotext == NULL)
    {
      g_test_skip ("pdftotext (poppler-utils) is not installed");
      return;
    }
  g_assert_nonnull (binary);
  vastus_test_remove_tree (former);
  g_assert_cmpint (g_rename (fixture->folder, former), ==, 0);

  {
    const char *argv[] = { binary, "--report", pdf, "--now", NOW, NULL };

    out = run (argv, &status);
    g_assert_true (g_spawn_check_wait_status (status, NULL));
    g_assert_nonnull (strstr (out, "Wrote the report to"));
  }
  g_assert_false (g_file_test (former, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (fixture->journal_path, G_FILE_TEST_IS_REGULAR));
  g_assert_true (g_file_test (fixture->program_path, G_FILE_TEST_IS_REGULAR));

  {
    const char *argv[] = { pdftotext, "-layout", "-enc", "UTF-8", pdf, "-", NULL };

    layout = run (argv, &status);
    g_assert_true (g_spawn_check_wait_status (status, NULL));
  }
  g_assert_cmpuint (n, ==, 18);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (VastusSessionEntry) entry = g_list_model_get_item (G_LIST_MODEL (fixture->journal), i);
      g_autoptr (GDateTime) day = g_date_time_new_from_unix_utc (vastus_session_entry_get_start (entry) / G_USEC_PER_SEC);
      g_autofree char *date = vastus_date_format (day, "%a %-d %b %Y");

      if (strstr (layout, date) == NULL)
        g_error ("the session of %s is not in the report:\n%s", date, layout);
    }
  g_unlink (pdf);
}

static void
test_command_line_errors (Fixture       *fixture,
                          gconstpointer  data)
{
  const char *binary = g_getenv ("VASTUS_BINARY");
  g_autofree char *pdf = g_build_filename (g_get_user_cache_dir (), "no-such-folder", "report.pdf", NULL);
  int status;

  {
    const char *argv[] = { binary, "--report", pdf, "--weeks", "-1", NULL };
    g_autofree char *out = run (argv, &status);

    g_assert_true (WIFEXITED (status));
    g_assert_cmpint (WEXITSTATUS (status), ==, 2);
  }
  {
    const char *argv[] = { binary, "--report", pdf, "--paper", "a3", NULL };
    g_autofree char *out = run (argv, &status);

    g_assert_cmpint (WEXITSTATUS (status), ==, 2);
  }
  {
    /* A folder that is not there: a clear failure, no file left behind. */
    const char *argv[] = { binary, "--report", pdf, NULL };
    g_autofree char *out = run (argv, &status);

    g_assert_cmpint (WEXITSTATUS (status), ==, 1);
    g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
  }
}

int
main (int   argc,
      char *argv[])
{
  vastus_test_env_init ();
  /* Weeks start on Monday at midnight, local time: the fixture's. */
  g_setenv ("TZ", "UTC", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/vastus/report/six-weeks", Fixture, NULL, fixture_set_up, test_six_weeks, fixture_tear_down);
  g_test_add ("/vastus/report/weeks", Fixture, NULL, fixture_set_up, test_weeks, fixture_tear_down);
  g_test_add ("/vastus/report/decisions", Fixture, NULL, fixture_set_up, test_decisions, fixture_tear_down);
  g_test_add ("/vastus/report/warnings", Fixture, NULL, fixture_set_up, test_warnings, fixture_tear_down);
  g_test_add_func ("/vastus/report/empty", test_empty);
  g_test_add_func ("/vastus/report/default-name", test_default_name);
  g_test_add ("/vastus/report/command-line/a4", Fixture, "a4", fixture_set_up, test_command_line, fixture_tear_down);
  g_test_add ("/vastus/report/command-line/letter", Fixture, "letter", fixture_set_up, test_command_line,
              fixture_tear_down);
  g_test_add ("/vastus/report/command-line/former-folder", Fixture, NULL, fixture_set_up,
              test_command_line_former_folder, fixture_tear_down);
  g_test_add ("/vastus/report/command-line/errors", Fixture, NULL, fixture_set_up, test_command_line_errors,
              fixture_tear_down);

  return g_test_run ();
}
