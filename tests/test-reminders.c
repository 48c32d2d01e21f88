/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <time.h>

#include "vastus-background.h"
#include "vastus-reminders.h"
#include "vastus-test-env.h"

/*
 * When the reminders go out, on a fake clock that runs on the calendar, in
 * Berlin time (summer time from 29 March to 25 October 2026): on the chosen
 * days at the chosen time, never on a day already trained nor while the
 * programme is on hold, and the next-morning question after a session. Then
 * the autostart entry that starts `vastus --reminders` with the session,
 * and the Background portal, asked on this test's own session bus.
 */

#define S ((gint64) G_USEC_PER_SEC)
#define MINUTE (60 * S)
#define HOUR (60 * MINUTE)
#define DAY (24 * HOUR)

typedef struct
{
  VastusClock     *clock;
  VastusStore     *store;
  VastusReminders *reminders;
  char            *folder;
  GArray          *sent;        /* VastusReminderKind, as they went out */
  GArray          *withdrawn;   /* VastusReminderKind */
} Fixture;

static gint64
at (const char *iso8601)
{
  gint64 time;

  g_assert_true (vastus_time_from_iso8601 (iso8601, &time));
  return time;
}

static void
sent_cb (VastusReminders *reminders,
         int              kind,
         GArray          *into)
{
  g_array_append_val (into, kind);
}

/* Monday 23 November 2026, 9:00 in Berlin unless @data says when, with the
 * gentle programme. */
static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  VastusJournal *journal;

  fixture->folder = g_build_filename (g_get_user_data_dir (), APPLICATION_ID, NULL);
  vastus_test_remove_tree (fixture->folder);

  fixture->clock = vastus_fake_clock_new (at (data != NULL ? data : "2026-11-23T09:00:00+01:00"));
  fixture->store = vastus_store_new (fixture->clock);
  vastus_store_load (fixture->store);
  journal = vastus_store_get_journal (fixture->store);
  while (!vastus_journal_is_loaded (journal) && vastus_journal_get_load_error (journal) == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (vastus_store_set_up (fixture->store, "phase-1-gentle", "right", &error));
  g_assert_no_error (error);

  fixture->reminders = vastus_reminders_new (fixture->store, fixture->clock);
  fixture->sent = g_array_new (FALSE, FALSE, sizeof (int));
  fixture->withdrawn = g_array_new (FALSE, FALSE, sizeof (int));
  g_signal_connect (fixture->reminders, "reminder", G_CALLBACK (sent_cb), fixture->sent);
  g_signal_connect (fixture->reminders, "withdraw", G_CALLBACK (sent_cb), fixture->withdrawn);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_assert_finalize_object (fixture->reminders);
  /* The reminders wait on the clock no longer. */
  g_assert_cmpuint (vastus_fake_clock_n_pending (VASTUS_FAKE_CLOCK (fixture->clock)), ==, 0);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_finalize_object (fixture->store);
  g_assert_finalize_object (fixture->clock);
  g_array_unref (fixture->sent);
  g_array_unref (fixture->withdrawn);
  vastus_test_remove_tree (fixture->folder);
  g_free (fixture->folder);
}

static gint64
now (Fixture *fixture)
{
  return vastus_clock_now (fixture->clock);
}

static void
advance_to (Fixture    *fixture,
            const char *iso8601)
{
  gint64 target = at (iso8601);

  g_assert_cmpint (target, >=, now (fixture));
  vastus_fake_clock_advance (VASTUS_FAKE_CLOCK (fixture->clock), target - now (fixture));
}

static int
kind_at (GArray *kinds,
         guint   index)
{
  g_assert_cmpuint (index, <, kinds->len);
  return g_array_index (kinds, int, index);
}

/* Monday, Wednesday and Friday at 18:00. */
static void
turn_on_training (Fixture *fixture)
{
  VastusReminderSettings settings = {
    .training = TRUE,
    .weekdays = VASTUS_WEEKDAY_BIT (G_DATE_MONDAY) | VASTUS_WEEKDAY_BIT (G_DATE_WEDNESDAY) |
                VASTUS_WEEKDAY_BIT (G_DATE_FRIDAY),
    .minute_of_day = 18 * 60,
    .morning = FALSE,
  };

  vastus_reminders_set_settings (fixture->reminders, &settings);
}

static VastusSessionEntry *
add_session (Fixture    *fixture,
             const char *start)
{
  VastusSetResult sets[1] = { { 1, VASTUS_LEG_RIGHT, TRUE, FALSE, 10, 10, 0, 0 } };
  g_autoptr (VastusSessionEntry) entry = vastus_session_entry_new (NULL, at (start), at (start) + 30 * MINUTE);
  g_autoptr (GError) error = NULL;

  vastus_session_entry_add_exercise (entry, "quad-set", "Quad set", sets, 1);
  vastus_session_entry_set_program (entry, "phase-1-gentle", "Gentle start");
  g_assert_true (vastus_journal_add_session (vastus_store_get_journal (fixture->store), entry, &error));
  g_assert_no_error (error);
  return entry;
}

/* Due at 18:00 on a chosen day, once, with today's session's length; not
 * on the days between. */
static void
test_chosen_days (Fixture       *fixture,
                  gconstpointer  data)
{
  VastusReminderKind kind = VASTUS_REMINDER_MORNING;
  g_autoptr (VastusPlan) plan = vastus_store_build_plan (fixture->store);
  g_autofree char *text = NULL;
  g_autofree char *expected = NULL;
  int minutes;

  /* Off until turned on. */
  g_assert_cmpint (vastus_reminders_get_next (fixture->reminders, NULL), ==, -1);
  g_assert_cmpuint (vastus_fake_clock_n_pending (VASTUS_FAKE_CLOCK (fixture->clock)), ==, 0);

  turn_on_training (fixture);
  g_assert_cmpint (vastus_reminders_get_next (fixture->reminders, &kind), ==, at ("2026-11-23T18:00:00+01:00"));
  g_assert_cmpint (kind, ==, VASTUS_REMINDER_TRAINING);

  advance_to (fixture, "2026-11-23T17:59:59+01:00");
  g_assert_cmpuint (fixture->sent->len, ==, 0);
  advance_to (fixture, "2026-11-23T18:00:00+01:00");
  g_assert_cmpuint (fixture->sent->len, ==, 1);
  g_assert_cmpint (kind_at (fixture->sent, 0), ==, VASTUS_REMINDER_TRAINING);
  g_assert_true (vastus_reminders_training_due (&(VastusReminderSettings) { TRUE, VASTUS_ALL_WEEKDAYS, 18 * 60, FALSE },
                                                vastus_store_get_journal (fixture->store),
                                                vastus_store_get_program (fixture->store), now (fixture)));

  /* The words, with the length of today's plan in whole minutes. */
  text = vastus_reminders_get_training_text (fixture->reminders);
  minutes = (int) ((vastus_plan_get_duration (plan) + MINUTE - 1) / MINUTE);
  g_assert_cmpint (minutes, >, 1);
  expected = g_strdup_printf ("Time for your knee exercises — about %d minutes", minutes);
  g_assert_cmpstr (text, ==, expected);
  g_clear_pointer (&text, g_free);
  text = vastus_reminders_training_text (40 * S);
  g_assert_cmpstr (text, ==, "Time for your knee exercises — about 1 minute");

  /* Once that day; taken back once the day is over; none on Tuesday. */
  advance_to (fixture, "2026-11-23T23:00:00+01:00");
  g_assert_cmpuint (fixture->sent->len, ==, 1);
  g_assert_cmpint (vastus_reminders_get_next (fixture->reminders, NULL), ==, at ("2026-11-25T18:00:00+01:00"));
  advance_to (fixture, "2026-11-25T17:00:00+01:00");
  g_assert_cmpuint (fixture->sent->len, ==, 1);
  g_assert_cmpuint (fixture->withdrawn->len, ==, 1);
  g_assert_cmpint (kind_at (fixture->withdrawn, 0), ==, VASTUS_REMINDER_TRAINING);

  /* Wednesday, then Friday, then Monday again. */
  advance_to (fixture, "2026-11-25T18:00:00+01:00");
  g_assert_cmpuint (fixture->sent->len, ==, 2);
  advance_to (fixture, "2026-11-27T17:59:00+01:00");
  g_assert_cmpuint (fixture->sent->len, ==, 2);
  g_assert_cmpint (vastus_reminders_get_next (fixture->reminders, NULL), ==, at ("2026-11-27T18:00:00+01:00"));
  advance_to (fixture, "2026-11-30T18:00:00+01:00");
  g_assert_cmpuint (fixture->sent->len, ==, 4);
  for (guint i = 0; i < fixture->sent->len; i++)
    g_assert_cmpint (kind_at (fixture->sent, i), ==, VASTUS_REMINDER_TRAINING);

  /* Turned off: nothing more, and nothing waits on the clock. */
  vastus_reminders_set_settings (fixture->reminders, &(VastusReminderSettings) { FALSE, VASTUS_ALL_WEEKDAYS, 18 * 60, FALSE });
  g_assert_cmpint (vastus_reminders_get_next (fixture->reminders, NULL), ==, -1);
  g_assert_cmpuint (vastus_fake_clock_n_pending (VASTUS_FAKE_CLOCK (fixture->clock)), ==, 0);
  advance_to (fixture, "2026-12-07T19:00:00+01:00");
  g_assert_cmpuint (fixture->sent->len, ==, 4);
}

/* Started after the time on a chosen day not yet trained: due at once. */
static void
test_late_start (Fixture       *fixture,
                 gconstpointer  data)
{
  advance_to (fixture, "2026-11-23T20:30:00+01:00");
  turn_on_training (fixture);
  g_assert_cmpint (vastus_reminders_get_next (fixture->reminders, NULL), ==, now (fixture));
  vastus_fake_clock_advance (VASTUS_FAKE_CLOCK (fixture->clock), 0);
  g_assert_cmpuint (fixture->sent->len, ==, 1);
  /* Once. */
  g_assert_cmpint (vastus_reminders_get_next (fixture->reminders, NULL), ==, at ("2026-11-25T18:00:00+01:00"));
}

/* Until the journal is read, nothing: a session today is not known yet. */
static void
test_journal_not_read (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr (VastusStore) store = NULL;
  g_autoptr (VastusReminders) reminders = NULL;
  VastusReminderSettings settings = { TRUE, VASTUS_ALL_WEEKDAYS, 18 * 60, FALSE };
  VastusJournal *journal;

  advance_to (fixture, "2026-11-23T20:30:00+01:00");
  store = vastus_store_new (fixture->clock);
  vastus_store_load (store);
  journal = vastus_store_get_journal (store);
  g_assert_false (vastus_journal_is_loaded (journal));
  reminders = vastus_reminders_new (store, fixture->clock);
  vastus_reminders_set_settings (reminders, &settings);
  g_assert_cmpint (vastus_reminders_get_next (reminders, NULL), ==, -1);
  g_assert_cmpuint (vastus_fake_clock_n_pending (VASTUS_FAKE_CLOCK (fixture->clock)), ==, 0);

  while (!vastus_journal_is_loaded (journal) && vastus_journal_get_load_error (journal) == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpint (vastus_reminders_get_next (reminders, NULL), ==, now (fixture));
  g_assert_cmpuint (vastus_fake_clock_n_pending (VASTUS_FAKE_CLOCK (fixture->clock)), ==, 1);

  g_assert_finalize_object (g_steal_pointer (&reminders));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_finalize_object (g_steal_pointer (&store));
}

/* A session done that day: no reminder; one done after the reminder went
 * out takes it back. */
static void
test_trained_day (Fixture       *fixture,
                  gconstpointer  data)
{
  VastusJournal *journal = vastus_store_get_journal (fixture->store);

  turn_on_training (fixture);
  advance_to (fixture, "2026-11-23T10:00:00+01:00");
  add_session (fixture, "2026-11-23T10:00:00+01:00");
  g_assert_true (vastus_reminders_trained_on (journal, now (fixture)));
  g_assert_false (vastus_reminders_trained_on (journal, now (fixture) + DAY));
  g_assert_cmpint (vastus_reminders_get_next (fixture->reminders, NULL), ==, at ("2026-11-25T18:00:00+01:00"));
  advance_to (fixture, "2026-11-24T12:00:00+01:00");
  g_assert_cmpuint (fixture->sent->len, ==, 0);

  /* Wednesday's goes out; the session at 19:00 takes it back. */
  advance_to (fixture, "2026-11-25T18:30:00+01:00");
  g_assert_cmpuint (fixture->sent->len, ==, 1);
  g_assert_cmpuint (fixture->withdrawn->len, ==, 0);
  advance_to (fixture, "2026-11-25T19:00:00+01:00");
  add_session (fixture, "2026-11-25T19:00:00+01:00");
  g_assert_cmpuint (fixture->withdrawn->len, ==, 1);
  g_assert_cmpint (kind_at (fixture->withdrawn, 0), ==, VASTUS_REMINDER_TRAINING);
  g_assert_cmpint (vastus_reminders_get_next (fixture->reminders, NULL), ==, at ("2026-11-27T18:00:00+01:00"));
}

/* On hold: none, until the knee has been checked. */
static void
test_on_hold (Fixture       *fixture,
              gconstpointer  data)
{
  const char * const yes[] = { "calf", NULL };
  g_autoptr (GError) error = NULL;

  turn_on_training (fixture);
  g_assert_true (vastus_store_answer_warning_signs (fixture->store, yes, "menu", NULL, &error));
  g_assert_no_error (error);
  g_assert_nonnull (vastus_program_get_hold (vastus_store_get_program (fixture->store)));

  g_assert_cmpint (vastus_reminders_get_next (fixture->reminders, NULL), ==, -1);
  advance_to (fixture, "2026-12-07T09:00:00+01:00");
  g_assert_cmpuint (fixture->sent->len, ==, 0);
  g_assert_false (vastus_reminders_training_due (&(VastusReminderSettings) { TRUE, VASTUS_ALL_WEEKDAYS, 8 * 60, FALSE },
                                                 vastus_store_get_journal (fixture->store),
                                                 vastus_store_get_program (fixture->store), now (fixture)));

  g_assert_true (vastus_store_knee_checked (fixture->store, &error));
  g_assert_no_error (error);
  g_assert_cmpint (vastus_reminders_get_next (fixture->reminders, NULL), ==, at ("2026-12-07T18:00:00+01:00"));
  advance_to (fixture, "2026-12-07T18:00:00+01:00");
  g_assert_cmpuint (fixture->sent->len, ==, 1);

  /* A hold that comes while a reminder is shown takes it back. */
  g_assert_true (vastus_store_answer_warning_signs (fixture->store, yes, "menu", NULL, &error));
  g_assert_cmpuint (fixture->withdrawn->len, ==, 1);
}

/* Local time across the changes to and from summer time, and the time the
 * clocks skip. */
static void
test_summer_time (Fixture       *fixture,
                  gconstpointer  data)
{
  VastusJournal *journal = vastus_store_get_journal (fixture->store);
  VastusProgram *program = vastus_store_get_program (fixture->store);
  VastusReminderSettings sunday = { TRUE, VASTUS_WEEKDAY_BIT (G_DATE_SUNDAY), 18 * 60, FALSE };
  VastusReminderSettings daily = { TRUE, VASTUS_ALL_WEEKDAYS, 18 * 60, FALSE };
  VastusReminderSettings skipped = { TRUE, VASTUS_ALL_WEEKDAYS, 2 * 60 + 30, FALSE };
  gint64 when;

  /* 18:00 on the Sunday summer time begins is 16:00 UTC, not 17:00. */
  when = vastus_reminders_next_training (&sunday, journal, program, at ("2026-03-28T19:00:00+01:00"));
  g_assert_cmpint (when, ==, at ("2026-03-29T16:00:00Z"));
  /* And on the Sunday it ends, 17:00 UTC again. */
  when = vastus_reminders_next_training (&sunday, journal, program, at ("2026-10-24T19:00:00+02:00"));
  g_assert_cmpint (when, ==, at ("2026-10-25T17:00:00Z"));

  /* Every day for the week around each change: 18:00 local each time. */
  when = at ("2026-03-25T00:00:00+01:00");
  for (guint i = 0; i < 14; i++)
    {
      g_autoptr (GDateTime) local = NULL;
      gint64 next = vastus_reminders_next_training (&daily, journal, program, when);

      g_assert_cmpint (next, >, when);
      local = g_date_time_new_from_unix_local (next / S);
      g_assert_cmpint (g_date_time_get_hour (local), ==, 18);
      g_assert_cmpint (g_date_time_get_minute (local), ==, 0);
      g_assert_cmpint (next - when, <=, DAY + HOUR);
      when = next;
      if (i == 6)
        when = at ("2026-10-21T00:00:00+02:00");
    }

  /* 2:30 does not happen on 29 March: the reminder still comes that
   * morning, and the next day at 2:30 again. */
  when = vastus_reminders_next_training (&skipped, journal, program, at ("2026-03-28T12:00:00+01:00"));
  g_assert_cmpint (when, >, at ("2026-03-29T00:00:00+01:00"));
  g_assert_cmpint (when, <, at ("2026-03-29T12:00:00+02:00"));
  when = vastus_reminders_next_training (&skipped, journal, program, when);
  g_assert_cmpint (when, ==, at ("2026-03-30T02:30:00+02:00"));

  /* The scheduler across the change, from noon on Saturday: 18:00 on
   * Saturday, then 18:00 on Sunday in summer time. */
  g_assert_cmpint (now (fixture), ==, at ("2026-03-28T12:00:00+01:00"));
  vastus_reminders_set_settings (fixture->reminders, &daily);
  advance_to (fixture, "2026-03-29T15:59:00Z");
  g_assert_cmpuint (fixture->sent->len, ==, 1);
  advance_to (fixture, "2026-03-29T16:00:00Z");
  g_assert_cmpuint (fixture->sent->len, ==, 2);
}

/* The morning question: at 7:00 after an evening session, once; answered,
 * the notification is taken back. Off, none. */
static void
test_morning_check (Fixture       *fixture,
                    gconstpointer  data)
{
  VastusReminderSettings morning = { FALSE, 0, 0, TRUE };
  VastusReminderKind kind = VASTUS_REMINDER_TRAINING;
  VastusSessionEntry *entry;
  g_autoptr (GError) error = NULL;

  vastus_reminders_set_settings (fixture->reminders, &morning);
  g_assert_cmpint (vastus_reminders_get_next (fixture->reminders, NULL), ==, -1);

  advance_to (fixture, "2026-11-23T18:30:00+01:00");
  entry = add_session (fixture, "2026-11-23T18:00:00+01:00");
  g_assert_cmpint (vastus_reminders_get_next (fixture->reminders, &kind), ==, at ("2026-11-24T07:00:00+01:00"));
  g_assert_cmpint (kind, ==, VASTUS_REMINDER_MORNING);

  advance_to (fixture, "2026-11-24T06:59:00+01:00");
  g_assert_cmpuint (fixture->sent->len, ==, 0);
  advance_to (fixture, "2026-11-24T07:00:00+01:00");
  g_assert_cmpuint (fixture->sent->len, ==, 1);
  g_assert_cmpint (kind_at (fixture->sent, 0), ==, VASTUS_REMINDER_MORNING);
  /* Once a session. */
  g_assert_cmpint (vastus_reminders_get_next (fixture->reminders, NULL), ==, -1);
  advance_to (fixture, "2026-11-24T09:00:00+01:00");
  g_assert_cmpuint (fixture->sent->len, ==, 1);

  g_assert_true (vastus_store_log_morning (fixture->store, vastus_session_entry_get_id (entry), 1, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (fixture->withdrawn->len, ==, 1);
  g_assert_cmpint (kind_at (fixture->withdrawn, 0), ==, VASTUS_REMINDER_MORNING);

  /* Turned off, the next session brings none. */
  vastus_reminders_set_settings (fixture->reminders, &(VastusReminderSettings) { FALSE, 0, 0, FALSE });
  add_session (fixture, "2026-11-24T09:00:00+01:00");
  advance_to (fixture, "2026-11-25T09:00:00+01:00");
  g_assert_cmpuint (fixture->sent->len, ==, 1);
}

/* When the morning question is to be asked: 6 hours after a session and
 * not before 7:00 the next morning, at once when that has passed, and
 * not once answered. */
static void
test_next_morning (Fixture       *fixture,
                   gconstpointer  data)
{
  VastusJournal *journal = vastus_store_get_journal (fixture->store);
  VastusSessionEntry *entry;
  g_autoptr (GError) error = NULL;

  g_assert_cmpint (vastus_reminders_next_morning (journal, now (fixture)), ==, -1);

  entry = add_session (fixture, "2026-11-23T18:00:00+01:00");
  /* Not at 00:30 but at 7:00. */
  g_assert_cmpint (vastus_reminders_next_morning (journal, at ("2026-11-23T19:30:00+01:00")), ==,
                   at ("2026-11-24T07:00:00+01:00"));
  g_assert_cmpint (vastus_reminders_next_morning (journal, at ("2026-11-24T09:00:00+01:00")), ==,
                   at ("2026-11-24T09:00:00+01:00"));
  /* Past 36 hours, no more. */
  g_assert_cmpint (vastus_reminders_next_morning (journal, at ("2026-11-25T07:00:00+01:00")), ==, -1);

  advance_to (fixture, "2026-11-24T08:00:00+01:00");
  g_assert_true (vastus_store_log_morning (fixture->store, vastus_session_entry_get_id (entry), 2, &error));
  g_assert_no_error (error);
  g_assert_cmpint (vastus_reminders_next_morning (journal, now (fixture)), ==, -1);
}

/* Both kinds on: the earlier comes first. */
static void
test_both (Fixture       *fixture,
           gconstpointer  data)
{
  VastusReminderSettings both = { TRUE, VASTUS_ALL_WEEKDAYS, 8 * 60, TRUE };
  VastusReminderKind kind = VASTUS_REMINDER_TRAINING;

  advance_to (fixture, "2026-11-23T18:30:00+01:00");
  add_session (fixture, "2026-11-23T18:00:00+01:00");
  vastus_reminders_set_settings (fixture->reminders, &both);
  g_assert_cmpint (vastus_reminders_get_next (fixture->reminders, &kind), ==, at ("2026-11-24T07:00:00+01:00"));
  g_assert_cmpint (kind, ==, VASTUS_REMINDER_MORNING);
  advance_to (fixture, "2026-11-24T08:00:00+01:00");
  g_assert_cmpuint (fixture->sent->len, ==, 2);
  g_assert_cmpint (kind_at (fixture->sent, 0), ==, VASTUS_REMINDER_MORNING);
  g_assert_cmpint (kind_at (fixture->sent, 1), ==, VASTUS_REMINDER_TRAINING);
}

int
main (int   argc,
      char *argv[])
{
  vastus_test_env_init ();
  /* Before GLib reads the local time zone. */
  g_setenv ("TZ", "Europe/Berlin", TRUE);
  tzset ();
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/vastus/reminders/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("chosen-days", test_chosen_days);
  ADD ("late-start", test_late_start);
  ADD ("journal-not-read", test_journal_not_read);
  ADD ("trained-day", test_trained_day);
  ADD ("on-hold", test_on_hold);
  g_test_add ("/vastus/reminders/summer-time", Fixture, "2026-03-28T12:00:00+01:00", fixture_set_up,
              test_summer_time, fixture_tear_down);
  ADD ("next-morning", test_next_morning);
  ADD ("morning-check", test_morning_check);
  ADD ("both", test_both);
#undef ADD

  return g_test_run ();
}
