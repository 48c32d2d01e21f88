/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "vastus-store.h"

G_BEGIN_DECLS

#define VASTUS_TYPE_PREFERENCES_WINDOW (vastus_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (VastusPreferencesWindow, vastus_preferences_window, VASTUS, PREFERENCES_WINDOW,
                      AdwPreferencesWindow)

GtkWidget *vastus_preferences_window_new (GtkWindow   *parent,
                                          VastusStore *store);

G_END_DECLS
