/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* What the tests read back and drive; not for other widgets. */

#include "vastus-window.h"

G_BEGIN_DECLS

GtkWidget    *vastus_window_get_library (VastusWindow      *self);
GtkWidget    *vastus_window_get_today   (VastusWindow      *self);
GtkWidget    *vastus_window_get_session_view (VastusWindow *self);
gboolean      vastus_window_get_session_shown (VastusWindow *self);
GtkWidget    *vastus_window_get_progress (VastusWindow *self);
GtkWidget    *vastus_window_get_first_run (VastusWindow *self);
GtkWidget    *vastus_window_get_program_dialog (VastusWindow *self);
GtkWidget    *vastus_window_get_preferences (VastusWindow *self);
GtkWidget    *vastus_window_get_import_dialog (VastusWindow *self);
GtkWidget *vastus_window_get_safety_dialog (VastusWindow *self);
gboolean      vastus_window_has_page    (VastusWindow      *self,
                                         const char        *name);
GtkMenuButton *vastus_window_get_menu_button (VastusWindow *self);

/* vastus-window-backup.c */
void          vastus_window_install_backup_actions (GtkWidgetClass *widget_class);
GtkWidget    *vastus_window_get_backup_dialog  (VastusWindow *self);
const char   *vastus_window_get_backup_message (VastusWindow *self);

G_END_DECLS
