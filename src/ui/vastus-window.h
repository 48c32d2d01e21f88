/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "vastus-store.h"

G_BEGIN_DECLS

#define VASTUS_TYPE_WINDOW (vastus_window_get_type ())

G_DECLARE_FINAL_TYPE (VastusWindow, vastus_window, VASTUS, WINDOW, AdwApplicationWindow)

VastusWindow *vastus_window_new         (GtkApplication    *application,
                                         VastusStore       *store);
void          vastus_window_add_toast   (VastusWindow      *self,
                                         AdwToast          *toast);
void          vastus_window_show_page   (VastusWindow      *self,
                                         const char        *name);
void          vastus_window_open_program_file (VastusWindow *self,
                                         GFile             *file);

G_END_DECLS
