/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "vastus-date"

#include "config.h"

#include "vastus-date.h"

#include <glib/gi18n.h>

/* Dates in the language of the rest of the window. g_date_time_format () takes
 * day and month names from LC_TIME, while the words around them come from the
 * translation chosen by LANGUAGE: with LANGUAGE=de and LANG=en_GB a German
 * sentence would hold an English month, and the other way round. The names
 * come from Vastus's own translation instead; everything else (numbers, the
 * order of the parts) follows the translated format. */

static const char *
weekday_name (int day,
              gboolean abbreviated)
{
  /* g_date_time_get_day_of_week (): 1 is Monday. */
  static const char *const full[] = {
    NC_("weekday", "Monday"), NC_("weekday", "Tuesday"), NC_("weekday", "Wednesday"),
    NC_("weekday", "Thursday"), NC_("weekday", "Friday"), NC_("weekday", "Saturday"),
    NC_("weekday", "Sunday"),
  };
  static const char *const abbreviations[] = {
    /* Translators: abbreviated weekday names, for %a in date formats */
    NC_("weekday abbreviation", "Mon"), NC_("weekday abbreviation", "Tue"),
    NC_("weekday abbreviation", "Wed"), NC_("weekday abbreviation", "Thu"),
    NC_("weekday abbreviation", "Fri"), NC_("weekday abbreviation", "Sat"),
    NC_("weekday abbreviation", "Sun"),
  };

  day = CLAMP (day, 1, 7) - 1;
  return abbreviated ? g_dpgettext2 (GETTEXT_PACKAGE, "weekday abbreviation", abbreviations[day])
                     : g_dpgettext2 (GETTEXT_PACKAGE, "weekday", full[day]);
}

static const char *
month_name (int month,
            gboolean abbreviated)
{
  /* Translators: month names as they stand after a day number, as in "21 November" (%B) */
  static const char *const full[] = {
    NC_("month", "January"), NC_("month", "February"), NC_("month", "March"), NC_("month", "April"),
    NC_("month", "May"), NC_("month", "June"), NC_("month", "July"), NC_("month", "August"),
    NC_("month", "September"), NC_("month", "October"), NC_("month", "November"), NC_("month", "December"),
  };
  /* Translators: abbreviated month names, as in "21 Nov" (%b); keep them short for the chart's axis */
  static const char *const abbreviations[] = {
    NC_("month abbreviation", "Jan"), NC_("month abbreviation", "Feb"), NC_("month abbreviation", "Mar"),
    NC_("month abbreviation", "Apr"), NC_("month abbreviation", "May"), NC_("month abbreviation", "Jun"),
    NC_("month abbreviation", "Jul"), NC_("month abbreviation", "Aug"), NC_("month abbreviation", "Sep"),
    NC_("month abbreviation", "Oct"), NC_("month abbreviation", "Nov"), NC_("month abbreviation", "Dec"),
  };

  month = CLAMP (month, 1, 12) - 1;
  return abbreviated ? g_dpgettext2 (GETTEXT_PACKAGE, "month abbreviation", abbreviations[month])
                     : g_dpgettext2 (GETTEXT_PACKAGE, "month", full[month]);
}

/**
 * vastus_date_format:
 * @format: as for g_date_time_format (), usually translated
 *
 * Formats @datetime like g_date_time_format (), but with %A, %a, %B and %b
 * (and %h) taken from Vastus's translation, so that the names are in the
 * language of the window's other words whatever LC_TIME says.
 *
 * Returns: (transfer full): the date in words, or "" when it cannot be formatted
 */
char *
vastus_date_format (GDateTime  *datetime,
                    const char *format)
{
  g_autoptr (GString) rewritten = g_string_new (NULL);
  char *result;

  g_return_val_if_fail (datetime != NULL, g_strdup (""));
  g_return_val_if_fail (format != NULL, g_strdup (""));

  for (const char *p = format; *p != '\0'; p++)
    {
      const char *name = NULL;

      if (*p != '%' || p[1] == '\0')
        {
          g_string_append_c (rewritten, *p);
          continue;
        }

      switch (p[1])
        {
        case 'A':
          name = weekday_name (g_date_time_get_day_of_week (datetime), FALSE);
          break;
        case 'a':
          name = weekday_name (g_date_time_get_day_of_week (datetime), TRUE);
          break;
        case 'B':
          name = month_name (g_date_time_get_month (datetime), FALSE);
          break;
        case 'b':
        case 'h':
          name = month_name (g_date_time_get_month (datetime), TRUE);
          break;
        default:
          break;
        }

      if (name == NULL)
        {
          /* Anything else, "%%" included, is g_date_time_format ()'s. */
          g_string_append_c (rewritten, *p);
          g_string_append_c (rewritten, p[1]);
        }
      else
        for (const char *n = name; *n != '\0'; n++)
          {
            if (*n == '%')
              g_string_append_c (rewritten, '%');
            g_string_append_c (rewritten, *n);
          }
      p++;
    }

  result = g_date_time_format (datetime, rewritten->str);
  return result != NULL ? result : g_strdup ("");
}

/**
 * vastus_date_format_date:
 * @format: as for vastus_date_format ()
 *
 * vastus_date_format () for a calendar day.
 *
 * Returns: (transfer full): the day in words, or "" for an invalid @date
 */
char *
vastus_date_format_date (const GDate *date,
                         const char  *format)
{
  g_autoptr (GDateTime) datetime = NULL;

  g_return_val_if_fail (date != NULL, g_strdup (""));

  if (!g_date_valid (date))
    return g_strdup ("");
  datetime = g_date_time_new_local (g_date_get_year (date), g_date_get_month (date), g_date_get_day (date),
                                    12, 0, 0);
  return datetime != NULL ? vastus_date_format (datetime, format) : g_strdup ("");
}

/**
 * vastus_date_from_time_local:
 * @time: microseconds since the epoch
 * @date: (out caller-allocates): the day @time falls on, local time
 */
void
vastus_date_from_time_local (gint64  time,
                             GDate  *date)
{
  g_autoptr (GDateTime) local = g_date_time_new_from_unix_local (time / G_USEC_PER_SEC);
  int year, month, day;

  g_date_clear (date, 1);
  if (local == NULL)
    {
      g_date_set_dmy (date, 1, 1, 1970);
      return;
    }
  g_date_time_get_ymd (local, &year, &month, &day);
  g_date_set_dmy (date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
}

/**
 * vastus_date_start_local:
 *
 * Returns: midnight at the start of @date, local time, in microseconds
 *   since the epoch
 */
gint64
vastus_date_start_local (const GDate *date)
{
  g_autoptr (GDateTime) midnight = g_date_time_new_local (g_date_get_year (date), g_date_get_month (date),
                                                          g_date_get_day (date), 0, 0, 0);

  return midnight != NULL ? g_date_time_to_unix (midnight) * G_USEC_PER_SEC : 0;
}
