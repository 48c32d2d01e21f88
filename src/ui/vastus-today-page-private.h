/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* What the tests read back and drive; not for other widgets. */

#include "vastus-today-page.h"

G_BEGIN_DECLS

gboolean    vastus_today_page_can_resume   (VastusTodayPage *self);
GtkWidget  *vastus_today_page_get_row      (VastusTodayPage *self,
                                            guint            index);
const char *vastus_today_page_get_row_text (VastusTodayPage *self,
                                            guint            index,
                                            const char      *part);
const char *vastus_today_page_get_summary  (VastusTodayPage *self);
const char *vastus_today_page_get_resume_text (VastusTodayPage *self);
char       *vastus_today_page_get_changes_text    (VastusTodayPage *self);
char       *vastus_today_page_get_hold_text       (VastusTodayPage *self);
gboolean    vastus_today_page_get_start_shown     (VastusTodayPage *self);
GtkWidget  *vastus_today_page_get_start_button    (VastusTodayPage *self);
GtkWidget  *vastus_today_page_get_short_button    (VastusTodayPage *self);
const char *vastus_today_page_get_morning_session (VastusTodayPage *self);
const char *vastus_today_page_get_week_text       (VastusTodayPage *self);

G_END_DECLS
