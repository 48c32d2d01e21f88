/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define VASTUS_TYPE_KNEE_DIALOG (vastus_knee_dialog_get_type ())

G_DECLARE_FINAL_TYPE (VastusKneeDialog, vastus_knee_dialog, VASTUS, KNEE_DIALOG, AdwWindow)

GtkWidget *vastus_knee_dialog_new (GtkWindow  *parent,
                                   const char *exercise_name,
                                   const char *easier,
                                   gboolean    can_skip);

G_END_DECLS
