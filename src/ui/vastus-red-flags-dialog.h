/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define VASTUS_TYPE_RED_FLAGS_DIALOG (vastus_red_flags_dialog_get_type ())

G_DECLARE_FINAL_TYPE (VastusRedFlagsDialog, vastus_red_flags_dialog, VASTUS, RED_FLAGS_DIALOG, AdwWindow)

GtkWidget *vastus_red_flags_dialog_new         (GtkWindow            *parent);
void       vastus_red_flags_dialog_set_purpose (VastusRedFlagsDialog *self,
                                                const char           *title,
                                                const char           *intro,
                                                const char           *go_on_label);

G_END_DECLS
