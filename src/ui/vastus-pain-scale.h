/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define VASTUS_TYPE_PAIN_SCALE (vastus_pain_scale_get_type ())

G_DECLARE_FINAL_TYPE (VastusPainScale, vastus_pain_scale, VASTUS, PAIN_SCALE, GtkWidget)


G_END_DECLS
