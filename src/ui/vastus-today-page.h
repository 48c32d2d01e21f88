/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "vastus-store.h"

G_BEGIN_DECLS

#define VASTUS_TYPE_TODAY_PAGE (vastus_today_page_get_type ())

G_DECLARE_FINAL_TYPE (VastusTodayPage, vastus_today_page, VASTUS, TODAY_PAGE, AdwBin)

void        vastus_today_page_set_store    (VastusTodayPage *self,
                                            VastusStore     *store);
void        vastus_today_page_set_program  (VastusTodayPage *self,
                                            VastusCatalogue *catalogue,
                                            VastusProgram   *program,
                                            const char      *notice);
void        vastus_today_page_refresh      (VastusTodayPage *self);
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
const char *vastus_today_page_get_morning_session (VastusTodayPage *self);

G_END_DECLS
