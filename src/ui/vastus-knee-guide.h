/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define VASTUS_TYPE_KNEE_GUIDE (vastus_knee_guide_get_type ())

G_DECLARE_FINAL_TYPE (VastusKneeGuide, vastus_knee_guide, VASTUS, KNEE_GUIDE, AdwWindow)

GtkWidget *vastus_knee_guide_new (GtkWindow *parent,
                                  gboolean   flare_up_plan);

G_END_DECLS
