/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "vastus-journal.h"

G_BEGIN_DECLS

typedef enum
{
  VASTUS_RANGE_4_WEEKS,
  VASTUS_RANGE_12_WEEKS,
  VASTUS_RANGE_ALL,
} VastusRange;

/* One session's pain as the chart shows it; -1 where nothing was logged. */
typedef struct
{
  gint64      time;        /* the session's start, µs since the epoch */
  int         during;
  int         after;
  int         morning;
  const char *session_id;
} VastusPainPoint;

/* The next-morning check is asked between these times after a session. */
#define VASTUS_MORNING_CHECK_AFTER_HOURS   6
#define VASTUS_MORNING_CHECK_WITHIN_HOURS 36

gint64              vastus_history_range_start        (VastusJournal *journal,
                                                       VastusRange    range,
                                                       gint64         now);
GArray             *vastus_history_pain_points        (VastusJournal *journal,
                                                       gint64         from,
                                                       gint64         to);
char               *vastus_history_describe_pain      (GArray        *points,
                                                       VastusRange    range);

gboolean            vastus_history_counts             (VastusSessionEntry *entry);
void                vastus_history_day_counts         (VastusJournal *journal,
                                                       GDate         *first_day,
                                                       guint          n_days,
                                                       guint8        *counts);
guint               vastus_history_sessions_this_week (VastusJournal *journal,
                                                       gint64         now);
guint               vastus_history_week_streak        (VastusJournal *journal,
                                                       guint          target,
                                                       gint64         now);
void                vastus_history_week_start         (gint64         now,
                                                       GDate         *monday);
gboolean            vastus_history_next_session       (VastusJournal *journal,
                                                       guint          sessions_per_week,
                                                       gint64         now,
                                                       GDate         *next);

VastusSessionEntry *vastus_history_morning_check_due  (VastusJournal *journal,
                                                       gint64         now);

char               *vastus_history_to_csv             (VastusJournal *journal);
void                vastus_csv_append_field           (GString       *line,
                                                       const char    *field);

G_END_DECLS
