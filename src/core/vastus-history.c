/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "vastus-history"

#include "config.h"

#include "vastus-date.h"

#include "vastus-history.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

/*
 * What the Progress page and Today read out of the journal: pain over time
 * and its summary in words, sessions per day and week, whether the
 * next-morning question is due, and the CSV export. Everything takes "now"
 * as an argument, so that the tests can set the date.
 */

#define DAY (G_GINT64_CONSTANT (86400) * G_USEC_PER_SEC)
#define HOUR (G_GINT64_CONSTANT (3600) * G_USEC_PER_SEC)

/**
 * vastus_history_range_start:
 *
 * Returns: the first moment the range shows: midnight 27 or 83 days before
 *   today, or the first session's day for all time
 */
gint64
vastus_history_range_start (VastusJournal *journal,
                            VastusRange    range,
                            gint64         now)
{
  GDate date;

  if (range == VASTUS_RANGE_ALL)
    {
      guint n = g_list_model_get_n_items (G_LIST_MODEL (journal));
      g_autoptr (VastusSessionEntry) first = n > 0 ? g_list_model_get_item (G_LIST_MODEL (journal), 0) : NULL;

      vastus_date_from_time_local (first != NULL ? MIN (vastus_session_entry_get_start (first), now) : now, &date);
    }
  else
    {
      vastus_date_from_time_local (now, &date);
      g_date_subtract_days (&date, range == VASTUS_RANGE_4_WEEKS ? 27 : 83);
    }

  return vastus_date_start_local (&date);
}

/**
 * vastus_history_pain_points:
 *
 * Returns: (transfer full) (element-type VastusPainPoint): the pain logged
 *   for each session that started from @from to @to, oldest first; sessions
 *   with nothing logged are left out
 */
GArray *
vastus_history_pain_points (VastusJournal *journal,
                            gint64         from,
                            gint64         to)
{
  GArray *points = g_array_new (FALSE, FALSE, sizeof (VastusPainPoint));
  guint n = g_list_model_get_n_items (G_LIST_MODEL (journal));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (VastusSessionEntry) entry = g_list_model_get_item (G_LIST_MODEL (journal), i);
      const VastusPainLog *pain = vastus_session_entry_get_pain (entry);
      const VastusMorningCheck *morning = vastus_session_entry_get_morning (entry);
      VastusPainPoint point;

      point.time = vastus_session_entry_get_start (entry);
      if (point.time < from || point.time > to)
        continue;

      point.during = pain != NULL ? pain->during : -1;
      point.after = pain != NULL ? pain->after : -1;
      point.morning = morning != NULL ? morning->pain : -1;
      point.session_id = vastus_session_entry_get_id (entry);
      if (point.during < 0 && point.morning < 0)
        continue;
      g_array_append_val (points, point);
    }

  return points;
}

static gboolean
mean_of (GArray *points,
         guint   first,
         guint   last,
         gsize   offset,
         double *mean)
{
  double sum = 0;
  guint count = 0;

  for (guint i = first; i < last; i++)
    {
      int value = G_STRUCT_MEMBER (int, &g_array_index (points, VastusPainPoint, i), offset);

      if (value >= 0)
        {
          sum += value;
          count++;
        }
    }

  if (count == 0)
    return FALSE;
  *mean = sum / count;
  return TRUE;
}

static char *
describe_span (gint64 span)
{
  int days = (int) ((span + DAY / 2) / DAY);

  if (days >= 14)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d week", "%d weeks", (days + 3) / 7), (days + 3) / 7);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d day", "%d days", MAX (days, 1)), MAX (days, 1));
}

/**
 * vastus_history_describe_pain:
 *
 * The chart in words, for screen readers and for anyone: how pain during
 * sessions moved (the first third of the logged sessions against the last
 * third), the averages after sessions and next mornings, and how often pain
 * went over 5/10.
 */
char *
vastus_history_describe_pain (GArray     *points,
                              VastusRange range)
{
  GString *text = g_string_new (NULL);
  guint n = points->len;
  guint third = MAX (n / 3, 1);
  guint over = 0;
  double early, late, after, morning;

  if (n == 0)
    {
      g_string_append (text, range == VASTUS_RANGE_ALL
                       /* Translators: about knee pain, scored 0 (none) to 10 (worst imaginable): keep numbers and meaning exact */
                       ? _("No pain logged yet.")
                       /* Translators: about knee pain, scored 0 (none) to 10 (worst imaginable): keep numbers and meaning exact */
                       : _("No pain logged in this period."));
      return g_string_free (text, FALSE);
    }

  for (guint i = 0; i < n; i++)
    if (g_array_index (points, VastusPainPoint, i).during > 5)
      over++;

  if (n == 1)
    {
      const VastusPainPoint *point = &g_array_index (points, VastusPainPoint, 0);

      if (point->during >= 0)
        /* Translators: about knee pain, scored 0 (none) to 10 (worst imaginable): keep numbers and meaning exact */
        g_string_append_printf (text, _("One session logged: pain %d/10 during it and %d/10 after."),
                                point->during, point->after);
      else
        /* Translators: about knee pain, scored 0 (none) to 10 (worst imaginable): keep numbers and meaning exact */
        g_string_append_printf (text, _("One morning check logged: pain %d/10."), point->morning);
    }
  else if (mean_of (points, 0, third, G_STRUCT_OFFSET (VastusPainPoint, during), &early) &&
           mean_of (points, n - third, n, G_STRUCT_OFFSET (VastusPainPoint, during), &late))
    {
      gint64 span = g_array_index (points, VastusPainPoint, n - 1).time - g_array_index (points, VastusPainPoint, 0).time;
      g_autofree char *over_time = describe_span (span);

      /* Rounded as shown, so that the words match the figures. */
      early = round (early * 10) / 10;
      late = round (late * 10) / 10;
      if (late < early)
        /* Translators: about knee pain, scored 0 (none) to 10 (worst imaginable): keep numbers and meaning exact */
        g_string_append_printf (text, _("Average pain during sessions fell from %.1f to %.1f over %s."),
                                early, late, over_time);
      else if (late > early)
        /* Translators: about knee pain, scored 0 (none) to 10 (worst imaginable): keep numbers and meaning exact */
        g_string_append_printf (text, _("Average pain during sessions rose from %.1f to %.1f over %s."),
                                early, late, over_time);
      else
        /* Translators: about knee pain, scored 0 (none) to 10 (worst imaginable): keep numbers and meaning exact */
        g_string_append_printf (text, _("Average pain during sessions stayed at %.1f over %s."), late, over_time);
    }

  if (n > 1 && mean_of (points, 0, n, G_STRUCT_OFFSET (VastusPainPoint, after), &after))
    /* Translators: about knee pain, scored 0 (none) to 10 (worst imaginable): keep numbers and meaning exact */
    g_string_append_printf (text, _(" Pain after sessions averaged %.1f."), round (after * 10) / 10);
  if (mean_of (points, 0, n, G_STRUCT_OFFSET (VastusPainPoint, morning), &morning))
    /* Translators: about knee pain, scored 0 (none) to 10 (worst imaginable): keep numbers and meaning exact */
    g_string_append_printf (text, _(" Next-morning pain averaged %.1f."), round (morning * 10) / 10);

  if (over == 0)
    /* Translators: about knee pain, scored 0 (none) to 10 (worst imaginable): keep numbers and meaning exact */
    g_string_append (text, _(" Pain during sessions stayed at or under 5/10."));
  else
    g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                               /* Translators: about knee pain, scored 0 (none) to 10 (worst imaginable): keep numbers and meaning exact */
                                               " Pain went over 5/10 in %u session.",
                                               " Pain went over 5/10 in %u sessions.", over), over);

  return g_string_free (text, FALSE);
}

/**
 * vastus_history_counts:
 *
 * Returns: whether @entry counts as a session done: at least one set done
 */
gboolean
vastus_history_counts (VastusSessionEntry *entry)
{
  guint done = 0;

  vastus_session_entry_count_sets (entry, &done, NULL, NULL);
  return done > 0;
}

/**
 * vastus_history_day_counts:
 * @counts: (out caller-allocates) (array length=n_days): sessions per day
 *
 * Counts the sessions done on each of @n_days days from @first_day.
 */
void
vastus_history_day_counts (VastusJournal *journal,
                           GDate         *first_day,
                           guint          n_days,
                           guint8        *counts)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (journal));
  gint64 from = vastus_date_start_local (first_day);

  memset (counts, 0, n_days);

  for (guint i = n; i > 0; i--)
    {
      g_autoptr (VastusSessionEntry) entry = g_list_model_get_item (G_LIST_MODEL (journal), i - 1);
      gint64 start = vastus_session_entry_get_start (entry);
      GDate date;
      int index;

      /* Sorted by start: everything further back is before the first day
       * (a day of slack for a change of clocks). */
      if (start < from - DAY)
        break;
      if (!vastus_history_counts (entry))
        continue;

      vastus_date_from_time_local (start, &date);
      index = g_date_days_between (first_day, &date);
      if (index >= 0 && (guint) index < n_days && counts[index] < G_MAXUINT8)
        counts[index]++;
    }
}

/* Weeks start on Monday (ISO 8601). */
void
vastus_history_week_start (gint64  now,
                           GDate  *monday)
{
  vastus_date_from_time_local (now, monday);
  g_date_subtract_days (monday, g_date_get_weekday (monday) - G_DATE_MONDAY);
}

static guint
sessions_in_week (VastusJournal *journal,
                  GDate         *monday)
{
  guint8 counts[7];
  guint total = 0;

  vastus_history_day_counts (journal, monday, 7, counts);
  for (guint i = 0; i < 7; i++)
    total += counts[i];
  return total;
}

guint
vastus_history_sessions_this_week (VastusJournal *journal,
                                   gint64         now)
{
  GDate monday;

  vastus_history_week_start (now, &monday);
  return sessions_in_week (journal, &monday);
}

/**
 * vastus_history_next_session:
 * @sessions_per_week: the programme's target
 * @next: (out): the day the next session is due, today or later
 *
 * When the next session is due: the day after the last one's rest days,
 * spread so that @sessions_per_week fit in a week (a day between sessions
 * for three a week, two for two), never before today. With no session yet,
 * today.
 *
 * Returns: whether a session was done today already
 */
gboolean
vastus_history_next_session (VastusJournal *journal,
                             guint          sessions_per_week,
                             gint64         now,
                             GDate         *next)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (journal));
  guint gap = 7 / CLAMP (sessions_per_week, 1, 7);
  GDate today;

  vastus_date_from_time_local (now, &today);
  *next = today;

  for (guint i = n; i > 0; i--)
    {
      g_autoptr (VastusSessionEntry) entry = g_list_model_get_item (G_LIST_MODEL (journal), i - 1);
      GDate last;

      if (!vastus_history_counts (entry))
        continue;
      vastus_date_from_time_local (vastus_session_entry_get_start (entry), &last);
      g_date_add_days (&last, gap);
      if (g_date_compare (&last, &today) > 0)
        *next = last;
      /* The last session counts only once done: one today puts off the next. */
      vastus_date_from_time_local (vastus_session_entry_get_start (entry), &last);
      return g_date_compare (&last, &today) == 0;
    }
  return FALSE;
}

/**
 * vastus_history_week_streak:
 * @target: the programme's sessions a week
 *
 * Returns: how many weeks in a row reached @target, counting back from last
 *   week, plus this week once it has reached it (a week under way has not
 *   broken a streak yet)
 */
guint
vastus_history_week_streak (VastusJournal *journal,
                            guint          target,
                            gint64         now)
{
  GDate monday;
  guint streak = 0;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (journal));
  g_autoptr (VastusSessionEntry) first = n > 0 ? g_list_model_get_item (G_LIST_MODEL (journal), 0) : NULL;
  GDate first_day;

  if (first == NULL || target == 0)
    return 0;

  vastus_date_from_time_local (vastus_session_entry_get_start (first), &first_day);
  vastus_history_week_start (now, &monday);
  if (sessions_in_week (journal, &monday) >= target)
    streak++;

  for (;;)
    {
      g_date_subtract_days (&monday, 7);
      if (g_date_compare (&monday, &first_day) < 0 && g_date_days_between (&monday, &first_day) >= 7)
        break;
      if (sessions_in_week (journal, &monday) < target)
        break;
      streak++;
    }

  return streak;
}

/* The morning check */

/* The session the next-morning question is about: the newest that ended at
 * least 6 hours ago. */
static VastusSessionEntry *
morning_candidate (VastusJournal *journal,
                   gint64         now)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (journal));

  for (guint i = n; i > 0; i--)
    {
      g_autoptr (VastusSessionEntry) entry = g_list_model_get_item (G_LIST_MODEL (journal), i - 1);
      gint64 end = vastus_session_entry_get_end (entry);

      if (end > now - VASTUS_MORNING_CHECK_AFTER_HOURS * HOUR)
        continue;
      if (end < now - VASTUS_MORNING_CHECK_WITHIN_HOURS * HOUR || !vastus_history_counts (entry))
        return NULL;
      return entry;
    }

  return NULL;
}

/**
 * vastus_history_morning_check_due:
 *
 * Returns: (transfer none) (nullable): the session to ask about now, if
 *   one ended 6 to 36 hours ago and its morning was neither answered nor
 *   dismissed
 */
VastusSessionEntry *
vastus_history_morning_check_due (VastusJournal *journal,
                                  gint64         now)
{
  VastusSessionEntry *entry = morning_candidate (journal, now);

  if (entry == NULL || vastus_session_entry_get_morning (entry) != NULL)
    return NULL;
  return entry;
}

/* CSV, RFC 4180: a field with a comma, quote or line break is quoted, and
 * its quotes doubled. */
void
vastus_csv_append_field (GString    *line,
                         const char *field)
{
  if (line->len > 0 && line->str[line->len - 1] != '\n')
    g_string_append_c (line, ',');

  if (field == NULL)
    return;

  if (strpbrk (field, ",\"\r\n") == NULL)
    {
      g_string_append (line, field);
      return;
    }

  g_string_append_c (line, '"');
  for (const char *c = field; *c != '\0'; c++)
    {
      if (*c == '"')
        g_string_append_c (line, '"');
      g_string_append_c (line, *c);
    }
  g_string_append_c (line, '"');
}

static void
append_number (GString *line,
               int      value)
{
  char buffer[16];

  if (value < 0)
    {
      vastus_csv_append_field (line, "");
      return;
    }
  g_snprintf (buffer, sizeof buffer, "%d", value);
  vastus_csv_append_field (line, buffer);
}

static void
end_row (GString *csv)
{
  g_string_append (csv, "\r\n");
}

/**
 * vastus_history_to_csv:
 *
 * Returns: (transfer full): every session, one row per exercise, with what
 *   was planned and done and the pain logged for the session
 */
char *
vastus_history_to_csv (VastusJournal *journal)
{
  static const char * const columns[] = {
    "date", "start", "end", "session", "program", "ended", "active_minutes",
    "exercise_id", "exercise", "sets_planned", "sets_done", "sets_skipped",
    "reps_planned", "reps_done", "hold_planned_s", "hold_done_s", "completion_percent",
    "feel", "hurt", "pain_during", "pain_after", "pain_morning", "notes", NULL
  };
  GString *csv = g_string_new (NULL);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (journal));

  for (guint i = 0; columns[i] != NULL; i++)
    vastus_csv_append_field (csv, columns[i]);
  end_row (csv);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (VastusSessionEntry) entry = g_list_model_get_item (G_LIST_MODEL (journal), i);
      const VastusPainLog *pain = vastus_session_entry_get_pain (entry);
      const VastusMorningCheck *morning = vastus_session_entry_get_morning (entry);
      g_autofree char *start = vastus_time_to_iso8601 (vastus_session_entry_get_start (entry));
      g_autofree char *end = vastus_time_to_iso8601 (vastus_session_entry_get_end (entry));
      g_autofree char *date = g_strndup (start, 10);

      for (guint e = 0; e < vastus_session_entry_get_n_exercises (entry); e++)
        {
          const VastusExerciseResult *result = vastus_session_entry_get_exercise (entry, e);
          const VastusExerciseFeel *feel = vastus_pain_log_get_feel (pain, result->id);
          guint done, skipped, total, reps_planned = 0, reps_done = 0, ms_planned = 0, ms_done = 0;

          vastus_exercise_result_count (result, &done, &skipped, &total);
          for (guint s = 0; s < result->n_sets; s++)
            {
              reps_planned += result->sets[s].planned_reps;
              reps_done += result->sets[s].done_reps;
              ms_planned += result->sets[s].planned_ms;
              ms_done += result->sets[s].done_ms;
            }

          vastus_csv_append_field (csv, date);
          vastus_csv_append_field (csv, start);
          vastus_csv_append_field (csv, end);
          vastus_csv_append_field (csv, vastus_session_entry_get_id (entry));
          vastus_csv_append_field (csv, vastus_session_entry_get_program_name (entry));
          vastus_csv_append_field (csv, vastus_end_reason_to_string (vastus_session_entry_get_end_reason (entry)));
          append_number (csv, (int) (vastus_session_entry_get_active_time (entry) / (60 * G_USEC_PER_SEC)));
          vastus_csv_append_field (csv, result->id);
          vastus_csv_append_field (csv, result->name);
          append_number (csv, (int) total);
          append_number (csv, (int) done);
          append_number (csv, (int) skipped);
          append_number (csv, reps_planned > 0 ? (int) reps_planned : -1);
          append_number (csv, reps_planned > 0 ? (int) reps_done : -1);
          append_number (csv, ms_planned > 0 ? (int) (ms_planned / 1000) : -1);
          append_number (csv, ms_planned > 0 ? (int) (ms_done / 1000) : -1);
          append_number (csv, (int) round (vastus_exercise_result_completion (result) * 100));
          vastus_csv_append_field (csv, feel != NULL ? vastus_feel_to_string (feel->feel) : "");
          vastus_csv_append_field (csv, feel != NULL && feel->hurt ? "yes" : (pain != NULL ? "no" : ""));
          append_number (csv, pain != NULL ? pain->during : -1);
          append_number (csv, pain != NULL ? pain->after : -1);
          append_number (csv, morning != NULL ? morning->pain : -1);
          vastus_csv_append_field (csv, pain != NULL ? pain->notes : "");
          end_row (csv);
        }
    }

  return g_string_free (csv, FALSE);
}
