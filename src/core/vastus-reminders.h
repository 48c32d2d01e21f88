/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "vastus-clock.h"
#include "vastus-journal.h"
#include "vastus-program.h"
#include "vastus-store.h"

G_BEGIN_DECLS

/* The morning reminder comes no earlier than this hour, local time. */
#define VASTUS_MORNING_HOUR 7

/* The weekdays as bits, Monday first, as GDateWeekday counts them. */
#define VASTUS_WEEKDAY_BIT(weekday) (1u << ((weekday) - 1))
#define VASTUS_ALL_WEEKDAYS 0x7fu

/* What the person chose in Preferences. */
typedef struct
{
  gboolean training;      /* remind on the chosen days at the chosen time */
  guint    weekdays;      /* VASTUS_WEEKDAY_BIT (G_DATE_MONDAY) | … */
  int      minute_of_day; /* local time, 0 to 1439 */
  gboolean morning;       /* remind of the next-morning check */
} VastusReminderSettings;

typedef enum
{
  VASTUS_REMINDER_TRAINING,
  VASTUS_REMINDER_MORNING,
} VastusReminderKind;

void         vastus_reminder_settings_load     (VastusReminderSettings       *settings,
                                                GSettings                    *gsettings);
gboolean     vastus_reminder_settings_any      (const VastusReminderSettings *settings);
guint        vastus_weekdays_from_names        (const char * const           *names);
char       **vastus_weekdays_to_names          (guint                         weekdays);

gboolean     vastus_reminders_trained_on       (VastusJournal                *journal,
                                                gint64                        time);
gboolean     vastus_reminders_training_due     (const VastusReminderSettings *settings,
                                                VastusJournal                *journal,
                                                VastusProgram                *program,
                                                gint64                        now);
gint64       vastus_reminders_next_training    (const VastusReminderSettings *settings,
                                                VastusJournal                *journal,
                                                VastusProgram                *program,
                                                gint64                        now);
gint64       vastus_reminders_next_morning     (VastusJournal                *journal,
                                                gint64                        now);
char        *vastus_reminders_training_text    (gint64                        duration);

#define VASTUS_TYPE_REMINDERS (vastus_reminders_get_type ())

G_DECLARE_FINAL_TYPE (VastusReminders, vastus_reminders, VASTUS, REMINDERS, GObject)

VastusReminders *vastus_reminders_new            (VastusStore                  *store,
                                                  VastusClock                  *calendar);
void             vastus_reminders_set_settings   (VastusReminders              *self,
                                                  const VastusReminderSettings *settings);
gint64           vastus_reminders_get_next       (VastusReminders              *self,
                                                  VastusReminderKind           *kind);
char            *vastus_reminders_get_training_text (VastusReminders            *self);

G_END_DECLS
