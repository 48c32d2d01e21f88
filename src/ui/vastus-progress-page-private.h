/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* What the tests read back and drive; not for other widgets. */

#include "vastus-progress-page.h"

G_BEGIN_DECLS

GtkWidget  *vastus_progress_page_get_chart     (VastusProgressPage *self);
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
