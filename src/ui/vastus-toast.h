/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

void vastus_toast_show    (GtkWidget *host,
                           AdwToast  *toast);
void vastus_toast_dismiss (AdwToast  *toast);
void vastus_toast_replace (GtkWidget   *host,
                           AdwToast   **current,
                           const char  *title,
                           const char  *undo_action);

G_END_DECLS
