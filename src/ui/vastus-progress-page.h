/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "vastus-store.h"

G_BEGIN_DECLS

#define VASTUS_TYPE_PROGRESS_PAGE (vastus_progress_page_get_type ())

G_DECLARE_FINAL_TYPE (VastusProgressPage, vastus_progress_page, VASTUS, PROGRESS_PAGE, AdwBin)

void        vastus_progress_page_set_store     (VastusProgressPage *self,
                                                VastusStore        *store);
void        vastus_progress_page_refresh       (VastusProgressPage *self);
GtkWidget  *vastus_progress_page_get_chart     (VastusProgressPage *self);
GtkWidget  *vastus_progress_page_get_week_grid (VastusProgressPage *self);
const char *vastus_progress_page_get_text      (VastusProgressPage *self,
                                                const char         *part);
guint       vastus_progress_page_get_n_rows    (VastusProgressPage *self);
char       *vastus_progress_page_get_row_text  (VastusProgressPage *self,
                                                guint               index);
GtkWindow  *vastus_progress_page_get_dialog    (VastusProgressPage *self);
char       *vastus_progress_page_export        (VastusProgressPage *self,
                                                GFile              *file,
                                                GError            **error);

G_END_DECLS
