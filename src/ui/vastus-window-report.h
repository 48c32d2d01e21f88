/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include "vastus-window.h"

G_BEGIN_DECLS

void     vastus_window_report_save  (VastusWindow *window,
                                     VastusStore  *store);
void     vastus_window_report_print (VastusWindow *window,
                                     VastusStore  *store);
GtkPrintOperation *vastus_window_report_new_print (VastusStore *store);
gboolean vastus_window_report_write (VastusStore  *store,
                                     GFile        *file,
                                     GError      **error);

G_END_DECLS
