/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "vastus-store.h"

G_BEGIN_DECLS

#define VASTUS_TYPE_WINDOW (vastus_window_get_type ())

G_DECLARE_FINAL_TYPE (VastusWindow, vastus_window, VASTUS, WINDOW, AdwApplicationWindow)

VastusWindow *vastus_window_new         (GtkApplication    *application,
                                         VastusStore       *store);
GtkWidget    *vastus_window_get_library (VastusWindow      *self);
void          vastus_window_add_toast   (VastusWindow      *self,
                                         AdwToast          *toast);
GtkWidget    *vastus_window_get_today   (VastusWindow      *self);
GtkWidget    *vastus_window_get_session_view (VastusWindow *self);
gboolean      vastus_window_get_session_shown (VastusWindow *self);
void          vastus_window_show_page   (VastusWindow      *self,
                                         const char        *name);

GtkWidget    *vastus_window_get_progress (VastusWindow *self);
GtkWidget    *vastus_window_get_first_run (VastusWindow *self);
GtkWidget    *vastus_window_get_program_dialog (VastusWindow *self);

GtkWidget *vastus_window_get_safety_dialog (VastusWindow *self);

G_END_DECLS
