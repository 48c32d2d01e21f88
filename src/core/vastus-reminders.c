/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "vastus-reminders"

#include "config.h"

#include "vastus-date.h"

#include "vastus-reminders.h"

#include <glib/gi18n.h>

#include "vastus-history.h"

/*
 * When to remind the person: of a session, on the weekdays they chose at
 * the time they chose, unless they trained that day already or the
 * programme is on hold; and of the next-morning question, when it becomes
 * due after a session. The functions take "now" as an argument; the
 * VastusReminders object runs them on a clock and says when a reminder is
 * due and when one no longer is, for the application to show or withdraw.
 */

#define MINUTE (G_GINT64_CONSTANT (60) * G_USEC_PER_SEC)
#define HOUR (60 * MINUTE)
/* A monotonic clock stands still while the computer sleeps: look again at
 * least this often, so that a reminder is late by this much at most. */
#define LOOK_AGAIN (15 * MINUTE)

/* The chosen time on @date, local time. A time the clocks skip when summer
 * time begins comes an hour later, as GLib places it. */
static gint64
time_on (const GDate *date,
         int          minute_of_day)
{
  g_autoptr (GDateTime) time = g_date_time_new_local (g_date_get_year (date), g_date_get_month (date),
                                                      g_date_get_day (date), minute_of_day / 60,
                                                      minute_of_day % 60, 0);

  return time != NULL ? g_date_time_to_unix (time) * G_USEC_PER_SEC : -1;
}

/* The settings */

/* As the GSettings key names them, Monday first. */
static const char * const weekday_names[] = {
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
};

/**
 * vastus_weekdays_from_names:
 * @names: weekdays as the settings name them ("monday" …); others are
 *   left out
 *
 * Returns: the days as VASTUS_WEEKDAY_BIT() bits
 */
guint
vastus_weekdays_from_names (const char * const *names)
{
  guint weekdays = 0;

  for (const char * const *name = names; name != NULL && *name != NULL; name++)
    for (guint i = 0; i < G_N_ELEMENTS (weekday_names); i++)
      if (g_str_equal (*name, weekday_names[i]))
        weekdays |= VASTUS_WEEKDAY_BIT (G_DATE_MONDAY + i);
  return weekdays;
}

/**
 * vastus_weekdays_to_names:
 *
 * Returns: (transfer full): the days of @weekdays, Monday first, as the
 *   settings name them
 */
char **
vastus_weekdays_to_names (guint weekdays)
{
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; i < G_N_ELEMENTS (weekday_names); i++)
    if (weekdays & VASTUS_WEEKDAY_BIT (G_DATE_MONDAY + i))
      g_strv_builder_add (builder, weekday_names[i]);
  return g_strv_builder_end (builder);
}

/**
 * vastus_reminder_settings_load:
 * @gsettings: the application's settings
 *
 * Reads the reminder keys: training-reminder, reminder-days,
 * reminder-time (minutes after midnight) and morning-reminder.
 */
void
vastus_reminder_settings_load (VastusReminderSettings *settings,
                               GSettings              *gsettings)
{
  g_auto (GStrv) days = g_settings_get_strv (gsettings, "reminder-days");

  settings->training = g_settings_get_boolean (gsettings, "training-reminder");
  settings->weekdays = vastus_weekdays_from_names ((const char * const *) days);
  settings->minute_of_day = g_settings_get_int (gsettings, "reminder-time");
  settings->morning = g_settings_get_boolean (gsettings, "morning-reminder");
}

/**
 * vastus_reminder_settings_any:
 *
 * Returns: whether either reminder is on, so that `vastus --reminders`
 *   has something to do
 */
gboolean
vastus_reminder_settings_any (const VastusReminderSettings *settings)
{
  return settings->training || settings->morning;
}

/**
 * vastus_reminders_trained_on:
 *
 * Returns: whether a session that counts started on the local day of @time
 */
gboolean
vastus_reminders_trained_on (VastusJournal *journal,
                             gint64         time)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (journal));
  GDate day;

  vastus_date_from_time_local (time, &day);
  for (guint i = n; i > 0; i--)
    {
      g_autoptr (VastusSessionEntry) entry = g_list_model_get_item (G_LIST_MODEL (journal), i - 1);
      GDate started;

      vastus_date_from_time_local (vastus_session_entry_get_start (entry), &started);
      if (g_date_compare (&started, &day) < 0)
        return FALSE;
      if (g_date_compare (&started, &day) == 0 && vastus_history_counts (entry))
        return TRUE;
    }
  return FALSE;
}

static gboolean
training_possible (const VastusReminderSettings *settings,
                   VastusProgram                *program)
{
  return settings->training && (settings->weekdays & VASTUS_ALL_WEEKDAYS) != 0 &&
         settings->minute_of_day >= 0 && settings->minute_of_day < 24 * 60 &&
         program != NULL && vastus_program_get_hold (program) == NULL;
}

/**
 * vastus_reminders_training_due:
 * @program: (nullable): none before the first run
 *
 * Returns: whether today is a chosen day, its time has come, nothing was
 *   done today yet and the programme is not on hold
 */
gboolean
vastus_reminders_training_due (const VastusReminderSettings *settings,
                               VastusJournal                *journal,
                               VastusProgram                *program,
                               gint64                        now)
{
  GDate today;
  gint64 when;

  if (!training_possible (settings, program))
    return FALSE;
  vastus_date_from_time_local (now, &today);
  if (!(settings->weekdays & VASTUS_WEEKDAY_BIT (g_date_get_weekday (&today))))
    return FALSE;
  when = time_on (&today, settings->minute_of_day);
  return when >= 0 && when <= now && !vastus_reminders_trained_on (journal, now);
}

/**
 * vastus_reminders_next_training:
 * @program: (nullable): none before the first run
 *
 * Returns: the next time after @now that a training reminder falls at, µs
 *   since the epoch: the chosen time on the next chosen day, today only if
 *   nothing was done today yet; or -1 if there is none (reminders off, no
 *   day chosen, or the programme on hold)
 */
gint64
vastus_reminders_next_training (const VastusReminderSettings *settings,
                                VastusJournal                *journal,
                                VastusProgram                *program,
                                gint64                        now)
{
  GDate day;

  if (!training_possible (settings, program))
    return -1;

  vastus_date_from_time_local (now, &day);
  /* Eight days: a week on from a chosen today whose time has passed. */
  for (guint i = 0; i <= 7; i++, g_date_add_days (&day, 1))
    {
      gint64 when;

      if (!(settings->weekdays & VASTUS_WEEKDAY_BIT (g_date_get_weekday (&day))))
        continue;
      when = time_on (&day, settings->minute_of_day);
      if (when <= now)
        continue;
      if (i == 0 && vastus_reminders_trained_on (journal, now))
        continue;
      return when;
    }
  return -1;
}

/**
 * vastus_reminders_next_morning:
 *
 * Returns: when to remind the person of the morning question, µs since the
 *   epoch: 6 hours after the newest session and not before 7:00 the next
 *   morning, at most 36 hours after it; or -1 if there is nothing to ask
 */
gint64
vastus_reminders_next_morning (VastusJournal *journal,
                               gint64         now)
{
  VastusSessionEntry *last = vastus_journal_get_last_session (journal);
  gint64 end, when, deadline;
  GDate date;

  if (last == NULL || vastus_session_entry_get_morning (last) != NULL || !vastus_history_counts (last))
    return -1;

  end = vastus_session_entry_get_end (last);
  deadline = end + VASTUS_MORNING_CHECK_WITHIN_HOURS * HOUR;
  vastus_date_from_time_local (end, &date);
  g_date_add_days (&date, 1);
  when = MAX (end + VASTUS_MORNING_CHECK_AFTER_HOURS * HOUR, vastus_date_start_local (&date) + VASTUS_MORNING_HOUR * HOUR);
  when = MAX (when, now);

  return when < deadline ? when : -1;
}

/**
 * vastus_reminders_training_text:
 * @duration: today's session, in microseconds
 *
 * Returns: the reminder's words, with the session's length in minutes
 */
char *
vastus_reminders_training_text (gint64 duration)
{
  int minutes = (int) MAX ((duration + MINUTE - 1) / MINUTE, 1);

  /* Translators: a notification on a training day; the session takes about this many minutes */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Time for your knee exercises — about %d minute",
                                       "Time for your knee exercises — about %d minutes", minutes),
                          minutes);
}

/* The scheduler */

struct _VastusReminders
{
  GObject                 parent_instance;

  VastusStore            *store;
  VastusClock            *clock;
  gboolean                calendar;        /* the clock's time is the calendar's */
  VastusReminderSettings  settings;
  guint                   deadline_id;
  GDate                   training_sent;   /* the day the last training reminder went out */
  char                   *morning_sent;    /* the session the morning reminder was about */
  gboolean                training_shown;  /* and not withdrawn since */
  gboolean                morning_shown;
};

G_DEFINE_FINAL_TYPE (VastusReminders, vastus_reminders, G_TYPE_OBJECT)

enum {
  REMINDER,
  WITHDRAW,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void reschedule (VastusReminders *self);

/* The tests' clock runs on the calendar; the real one is monotonic, and
 * the calendar is the store's. */
static gint64
wall_now (VastusReminders *self)
{
  if (self->calendar)
    return vastus_clock_now (self->clock);
  return vastus_store_get_now (self->store);
}

static VastusJournal *
journal (VastusReminders *self)
{
  return vastus_store_get_journal (self->store);
}

static gboolean
training_sent_today (VastusReminders *self,
                     gint64           now)
{
  GDate today;

  vastus_date_from_time_local (now, &today);
  return g_date_valid (&self->training_sent) && g_date_compare (&self->training_sent, &today) == 0;
}

/* The session the morning question is about, if it is due now. */
static const char *
morning_due (VastusReminders *self,
             gint64           now)
{
  VastusSessionEntry *entry;

  if (!self->settings.morning)
    return NULL;
  entry = vastus_history_morning_check_due (journal (self), now);
  return entry != NULL ? vastus_session_entry_get_id (entry) : NULL;
}

/* When the morning reminder is to go out, unless it went out already for
 * the newest session. */
static gint64
next_morning (VastusReminders *self,
              gint64           now)
{
  VastusSessionEntry *last = vastus_journal_get_last_session (journal (self));

  if (!self->settings.morning || last == NULL ||
      g_strcmp0 (vastus_session_entry_get_id (last), self->morning_sent) == 0)
    return -1;
  return vastus_reminders_next_morning (journal (self), now);
}

static void
deadline_cb (gpointer data)
{
  VastusReminders *self = data;
  gint64 now = wall_now (self);
  const char *session_id;

  self->deadline_id = 0;
  g_object_ref (self);

  if (vastus_reminders_training_due (&self->settings, journal (self), vastus_store_get_program (self->store), now) &&
      !training_sent_today (self, now))
    {
      vastus_date_from_time_local (now, &self->training_sent);
      self->training_shown = TRUE;
      g_signal_emit (self, signals[REMINDER], 0, VASTUS_REMINDER_TRAINING);
    }

  session_id = morning_due (self, now);
  if (session_id != NULL && g_strcmp0 (session_id, self->morning_sent) != 0 &&
      vastus_reminders_next_morning (journal (self), now) <= now)
    {
      g_free (self->morning_sent);
      self->morning_sent = g_strdup (session_id);
      self->morning_shown = TRUE;
      g_signal_emit (self, signals[REMINDER], 0, VASTUS_REMINDER_MORNING);
    }

  reschedule (self);
  g_object_unref (self);
}

/**
 * vastus_reminders_get_next:
 * @kind: (out) (optional): which reminder
 *
 * Returns: when the next reminder goes out, µs since the epoch, now if one
 *   is due; or -1 if none is to come, or the journal is not read yet
 */
gint64
vastus_reminders_get_next (VastusReminders    *self,
                           VastusReminderKind *kind)
{
  gint64 now, training, morning;

  g_return_val_if_fail (VASTUS_IS_REMINDERS (self), -1);

  /* Until the journal is read, a session today is not known. */
  if (!vastus_journal_is_loaded (journal (self)))
    return -1;

  now = wall_now (self);
  if (vastus_reminders_training_due (&self->settings, journal (self), vastus_store_get_program (self->store), now) &&
      !training_sent_today (self, now))
    training = now;
  else
    training = vastus_reminders_next_training (&self->settings, journal (self),
                                               vastus_store_get_program (self->store), now);
  morning = next_morning (self, now);

  if (training < 0 && morning < 0)
    return -1;
  if (morning < 0 || (training >= 0 && training <= morning))
    {
      if (kind != NULL)
        *kind = VASTUS_REMINDER_TRAINING;
      return training;
    }
  if (kind != NULL)
    *kind = VASTUS_REMINDER_MORNING;
  return morning;
}

/* A reminder shown that is no longer due is taken back: the person trained,
 * answered the morning question, or the programme went on hold. */
static void
withdraw_stale (VastusReminders *self,
                gint64           now)
{
  if (self->training_shown &&
      !vastus_reminders_training_due (&self->settings, journal (self), vastus_store_get_program (self->store), now))
    {
      self->training_shown = FALSE;
      g_signal_emit (self, signals[WITHDRAW], 0, VASTUS_REMINDER_TRAINING);
    }
  if (self->morning_shown && g_strcmp0 (morning_due (self, now), self->morning_sent) != 0)
    {
      self->morning_shown = FALSE;
      g_signal_emit (self, signals[WITHDRAW], 0, VASTUS_REMINDER_MORNING);
    }
}

static void
reschedule (VastusReminders *self)
{
  gint64 now = wall_now (self);
  gint64 when;

  if (self->deadline_id != 0)
    vastus_clock_remove_deadline (self->clock, self->deadline_id);
  self->deadline_id = 0;

  withdraw_stale (self, now);
  when = vastus_reminders_get_next (self, NULL);
  if (when < 0)
    return;
  when = MIN (when, now + LOOK_AGAIN);
  g_debug ("Next look at the reminders in %" G_GINT64_FORMAT " s", (when - now) / G_USEC_PER_SEC);
  self->deadline_id = vastus_clock_add_deadline (self->clock, vastus_clock_now (self->clock) + (when - now),
                                                 deadline_cb, self);
}

static void
vastus_reminders_dispose (GObject *object)
{
  VastusReminders *self = VASTUS_REMINDERS (object);

  if (self->deadline_id != 0)
    vastus_clock_remove_deadline (self->clock, self->deadline_id);
  self->deadline_id = 0;
  if (self->store != NULL)
    {
      g_signal_handlers_disconnect_by_data (vastus_store_get_journal (self->store), self);
      g_signal_handlers_disconnect_by_data (self->store, self);
    }
  g_clear_object (&self->store);
  g_clear_object (&self->clock);

  G_OBJECT_CLASS (vastus_reminders_parent_class)->dispose (object);
}

static void
vastus_reminders_finalize (GObject *object)
{
  VastusReminders *self = VASTUS_REMINDERS (object);

  g_free (self->morning_sent);

  G_OBJECT_CLASS (vastus_reminders_parent_class)->finalize (object);
}

static void
vastus_reminders_class_init (VastusRemindersClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = vastus_reminders_dispose;
  object_class->finalize = vastus_reminders_finalize;

  /**
   * VastusReminders::reminder:
   * @kind: a VastusReminderKind
   *
   * A reminder is due now: show it. Each goes out once, the training
   * reminder once a day and the morning one once a session.
   */
  signals[REMINDER] = g_signal_new ("reminder", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                    NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT);

  /**
   * VastusReminders::withdraw:
   * @kind: a VastusReminderKind
   *
   * A reminder that went out is no longer due: take it back.
   */
  signals[WITHDRAW] = g_signal_new ("withdraw", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                    NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT);
}

static void
vastus_reminders_init (VastusReminders *self)
{
  g_date_clear (&self->training_sent, 1);
}

/**
 * vastus_reminders_new:
 * @calendar: (nullable): for the tests, a clock whose time is taken as the
 *   calendar's; %NULL for the store's time, waited for on the real clock
 *
 * The reminders follow the store's journal and programme; none goes out
 * until vastus_reminders_set_settings() turns them on.
 */
VastusReminders *
vastus_reminders_new (VastusStore *store,
                      VastusClock *calendar)
{
  VastusReminders *self;

  g_return_val_if_fail (VASTUS_IS_STORE (store), NULL);
  g_return_val_if_fail (calendar == NULL || VASTUS_IS_CLOCK (calendar), NULL);

  self = g_object_new (VASTUS_TYPE_REMINDERS, NULL);
  self->store = g_object_ref (store);
  self->calendar = calendar != NULL;
  self->clock = calendar != NULL ? g_object_ref (calendar) : vastus_real_clock_new ();
  g_signal_connect_object (vastus_store_get_journal (store), "changed", G_CALLBACK (reschedule), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (store, "program-changed", G_CALLBACK (reschedule), self, G_CONNECT_SWAPPED);
  return self;
}

void
vastus_reminders_set_settings (VastusReminders              *self,
                               const VastusReminderSettings *settings)
{
  g_return_if_fail (VASTUS_IS_REMINDERS (self));
  g_return_if_fail (settings != NULL);

  self->settings = *settings;
  reschedule (self);
}

/**
 * vastus_reminders_get_training_text:
 *
 * Returns: the training reminder's words, with the length of today's
 *   session
 */
char *
vastus_reminders_get_training_text (VastusReminders *self)
{
  g_autoptr (VastusPlan) plan = NULL;

  g_return_val_if_fail (VASTUS_IS_REMINDERS (self), NULL);

  plan = vastus_store_build_plan (self->store);
  return vastus_reminders_training_text (plan != NULL ? vastus_plan_get_duration (plan) : 0);
}
