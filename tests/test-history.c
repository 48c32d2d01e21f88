/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "vastus-history.h"
#include "vastus-test-env.h"

/*
 * What Progress and Today read from the journal, on a made-up history with
 * a fixed "now": the chart's points and its summary in words, sessions per
 * day and week and the streak, when the morning question is due, and the
 * CSV export's quoting.
 */

#define S ((gint64) G_USEC_PER_SEC)
#define HOUR (3600 * S)
#define DAY (24 * HOUR)

static char *folder;

/* Saturday 21 November 2026, 10:00 UTC. */
static gint64
now (void)
{
  gint64 time;

  g_assert_true (vastus_time_from_iso8601 ("2026-11-21T10:00:00Z", &time));
  return time;
}

static VastusJournal *
new_journal (void)
{
  g_autofree char *path = g_build_filename (folder, "journal.jsonl", NULL);

  g_unlink (path);
  return vastus_journal_new (path);
}

static VastusSessionEntry *
add_session (VastusJournal *journal,
             gint64         start,
             gboolean       done)
{
  VastusSetResult sets[2] = {
    { 1, VASTUS_LEG_RIGHT, TRUE, FALSE, 10, done ? 10 : 0, 0, 0 },
    { 1, VASTUS_LEG_LEFT, done, FALSE, 10, done ? 10 : 0, 0, 0 },
  };
  g_autoptr (VastusSessionEntry) entry = vastus_session_entry_new (NULL, start, start + 30 * 60 * S);
  g_autoptr (GError) error = NULL;

  sets[0].reached = done;
  vastus_session_entry_add_exercise (entry, "quad-set", "Quad set", sets, 2);
  vastus_session_entry_set_program (entry, "phase-1-gentle", "Gentle start");
  g_assert_true (vastus_journal_add_session (journal, entry, &error));
  g_assert_no_error (error);
  return entry;
}

static void
log_pain (VastusJournal      *journal,
          VastusSessionEntry *entry,
          int                 during,
          int                 after,
          const char         *notes)
{
  g_autoptr (VastusPainLog) log = vastus_pain_log_new (during, after, notes);
  g_autoptr (GError) error = NULL;

  log->time = vastus_session_entry_get_end (entry);
  vastus_pain_log_add_feel (log, "quad-set", VASTUS_FEEL_TOO_HARD, TRUE);
  g_assert_true (vastus_journal_add_pain (journal, vastus_session_entry_get_id (entry), log, &error));
  g_assert_no_error (error);
}

static void
test_pain_points (void)
{
  g_autoptr (VastusJournal) journal = new_journal ();
  g_autoptr (GArray) points = NULL;
  g_autofree char *text = NULL;
  gint64 from;

  /* Eight sessions, pain during easing from 6 to 2; one without a log. */
  for (int i = 0; i < 8; i++)
    {
      VastusSessionEntry *entry = add_session (journal, now () - (26 - 3 * i) * DAY, TRUE);

      if (i != 4)
        log_pain (journal, entry, 6 - i * 4 / 7, 2, NULL);
    }
  /* And one long before, outside four weeks. */
  log_pain (journal, add_session (journal, now () - 60 * DAY, TRUE), 9, 9, NULL);

  from = vastus_history_range_start (journal, VASTUS_RANGE_4_WEEKS, now ());
  g_assert_cmpint (from, ==, now () - 27 * DAY - 10 * HOUR);
  points = vastus_history_pain_points (journal, from, now ());
  g_assert_cmpuint (points->len, ==, 7);
  g_assert_cmpint (g_array_index (points, VastusPainPoint, 0).during, ==, 6);
  g_assert_cmpint (g_array_index (points, VastusPainPoint, 6).during, ==, 2);
  g_assert_cmpint (g_array_index (points, VastusPainPoint, 6).morning, ==, -1);
  for (guint i = 1; i < points->len; i++)
    g_assert_cmpint (g_array_index (points, VastusPainPoint, i - 1).time, <, g_array_index (points, VastusPainPoint, i).time);

  text = vastus_history_describe_pain (points, VASTUS_RANGE_4_WEEKS);
  g_assert_cmpstr (text, ==, "Average pain during sessions fell from 6.0 to 2.5 over 3 weeks. "
                             "Pain after sessions averaged 2.0. Pain went over 5/10 in 2 sessions.");
  g_clear_pointer (&text, g_free);
  g_clear_pointer (&points, g_array_unref);

  /* All time reaches back to the first session. */
  from = vastus_history_range_start (journal, VASTUS_RANGE_ALL, now ());
  points = vastus_history_pain_points (journal, from, now ());
  g_assert_cmpuint (points->len, ==, 8);
  g_clear_pointer (&points, g_array_unref);

  /* Nothing logged yet. */
  points = vastus_history_pain_points (journal, now (), now ());
  text = vastus_history_describe_pain (points, VASTUS_RANGE_4_WEEKS);
  g_assert_cmpstr (text, ==, "No pain logged in this period.");
}

static void
test_weeks (void)
{
  g_autoptr (VastusJournal) journal = new_journal ();
  guint8 counts[14];
  GDate monday, first;

  /* Three a week for the three weeks before this one, then two this week
   * (Monday and today), and one that did nothing (not counted). */
  for (int week = 1; week <= 3; week++)
    for (int day = 0; day < 3; day++)
      add_session (journal, now () - (5 + 7 * week) * DAY + day * 2 * DAY, TRUE);
  add_session (journal, now () - 5 * DAY, TRUE);
  add_session (journal, now () - 1 * HOUR, TRUE);
  add_session (journal, now () - 2 * DAY, FALSE);

  vastus_history_week_start (now (), &monday);
  g_assert_cmpint (g_date_get_day (&monday), ==, 16);
  g_assert_cmpint (g_date_get_weekday (&monday), ==, G_DATE_MONDAY);
  g_assert_cmpuint (vastus_history_sessions_this_week (journal, now ()), ==, 2);

  /* Last week and this week, a day each. */
  first = monday;
  g_date_subtract_days (&first, 7);
  vastus_history_day_counts (journal, &first, 14, counts);
  g_assert_cmpuint (counts[0], ==, 1);   /* Monday 9th */
  g_assert_cmpuint (counts[2], ==, 1);
  g_assert_cmpuint (counts[4], ==, 1);
  g_assert_cmpuint (counts[7], ==, 1);   /* Monday 16th */
  g_assert_cmpuint (counts[10], ==, 0);  /* the session with nothing done */
  g_assert_cmpuint (counts[12], ==, 1);  /* today */
  g_assert_cmpuint (counts[13], ==, 0);

  /* Three weeks on target; this week is under way and does not break it. */
  g_assert_cmpuint (vastus_history_week_streak (journal, 3, now ()), ==, 3);
  /* With a target of two, this week counts too. */
  g_assert_cmpuint (vastus_history_week_streak (journal, 2, now ()), ==, 4);
  g_assert_cmpuint (vastus_history_week_streak (journal, 4, now ()), ==, 0);
}

/* When the next session is due: a rest day after each for three a week,
 * none for four; a session with nothing done does not count. */
static void
test_next_session (void)
{
  g_autoptr (VastusJournal) journal = new_journal ();
  GDate next;

  g_assert_false (vastus_history_next_session (journal, 3, now (), &next));
  g_assert_cmpint (g_date_get_day (&next), ==, 21);

  /* Yesterday: a rest day today, due tomorrow. */
  add_session (journal, now () - DAY, TRUE);
  add_session (journal, now () - HOUR, FALSE);
  g_assert_false (vastus_history_next_session (journal, 3, now (), &next));
  g_assert_cmpint (g_date_get_day (&next), ==, 22);
  /* Four a week: due today. */
  g_assert_false (vastus_history_next_session (journal, 4, now (), &next));
  g_assert_cmpint (g_date_get_day (&next), ==, 21);
  /* Twice a week: two rest days. */
  g_assert_false (vastus_history_next_session (journal, 2, now (), &next));
  g_assert_cmpint (g_date_get_day (&next), ==, 23);

  /* Done today: the next in two days. */
  add_session (journal, now () - 30 * 60 * S, TRUE);
  g_assert_true (vastus_history_next_session (journal, 3, now (), &next));
  g_assert_cmpint (g_date_get_day (&next), ==, 23);
  g_assert_true (vastus_history_next_session (journal, 7, now (), &next));
  g_assert_cmpint (g_date_get_day (&next), ==, 22);
}

static void
test_morning (void)
{
  g_autoptr (VastusJournal) journal = new_journal ();
  VastusSessionEntry *entry;
  VastusMorningCheck check = { 0, 2 };
  gint64 evening;

  g_assert_null (vastus_history_morning_check_due (journal, now ()));

  /* A session on Friday evening, 18:00 to 18:30. */
  evening = now () - 16 * HOUR;
  entry = add_session (journal, evening, TRUE);

  /* Not asked within 6 hours, asked from then to 36 hours after. */
  g_assert_null (vastus_history_morning_check_due (journal, evening + 5 * HOUR));
  g_assert_true (vastus_history_morning_check_due (journal, evening + 7 * HOUR) == entry);
  g_assert_true (vastus_history_morning_check_due (journal, now ()) == entry);
  g_assert_null (vastus_history_morning_check_due (journal, evening + 37 * HOUR));


  /* Answered: not asked again. Dismissed counts as answered. */
  check.time = now ();
  g_assert_true (vastus_journal_add_morning (journal, vastus_session_entry_get_id (entry), &check, NULL));
  g_assert_null (vastus_history_morning_check_due (journal, now ()));

  /* A session with nothing done is not asked about. */
  add_session (journal, now () - 10 * HOUR, FALSE);
  g_assert_null (vastus_history_morning_check_due (journal, now ()));
}

static void
test_csv (void)
{
  g_autoptr (VastusJournal) journal = new_journal ();
  VastusSessionEntry *entry = add_session (journal, now () - DAY, TRUE);
  g_autofree char *csv = NULL;
  g_auto (GStrv) rows = NULL;
  g_autoptr (GString) field = g_string_new (NULL);

  log_pain (journal, entry, 3, 1, "Sore, then \"fine\"\nnext line");
  add_session (journal, now () - 2 * DAY, FALSE);

  csv = vastus_history_to_csv (journal);
  g_assert_true (g_str_has_suffix (csv, "\r\n"));
  g_assert_true (g_str_has_prefix (csv, "date,start,end,session,program,ended,active_minutes,exercise_id,exercise,"
                                        "sets_planned,sets_done,sets_skipped,reps_planned,reps_done,hold_planned_s,"
                                        "hold_done_s,completion_percent,feel,hurt,pain_during,pain_after,"
                                        "pain_morning,notes\r\n"));
  /* Quotes doubled, the field quoted, its line break kept. */
  g_assert_nonnull (strstr (csv, ",too-hard,yes,3,1,,\"Sore, then \"\"fine\"\"\nnext line\"\r\n"));
  g_assert_nonnull (strstr (csv, ",Gentle start,completed,0,quad-set,Quad set,2,2,0,20,20,,,100,"));
  /* The session without a log has empty pain fields and 0% done. */
  g_assert_nonnull (strstr (csv, ",2,0,0,20,0,,,0,,,,,,\r\n"));

  vastus_csv_append_field (field, "plain");
  vastus_csv_append_field (field, "a,b");
  vastus_csv_append_field (field, "");
  vastus_csv_append_field (field, "cr\rhere");
  g_assert_cmpstr (field->str, ==, "plain,\"a,b\",,\"cr\rhere\"");
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
  folder = g_dir_make_tmp ("vastus-history-XXXXXX", &error);
  g_assert_no_error (error);

  g_test_add_func ("/vastus/history/pain-points", test_pain_points);
  g_test_add_func ("/vastus/history/weeks", test_weeks);
  g_test_add_func ("/vastus/history/next-session", test_next_session);
  g_test_add_func ("/vastus/history/morning", test_morning);
  g_test_add_func ("/vastus/history/csv", test_csv);

  status = g_test_run ();
  {
    g_autofree char *path = g_build_filename (folder, "journal.jsonl", NULL);
    g_unlink (path);
    g_rmdir (folder);
    g_free (folder);
  }
  return status;
}
