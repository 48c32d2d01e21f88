/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define VASTUS_TYPE_ADAPTIVE_LAYOUT (vastus_adaptive_layout_get_type ())

G_DECLARE_FINAL_TYPE (VastusAdaptiveLayout, vastus_adaptive_layout, VASTUS, ADAPTIVE_LAYOUT, GtkLayoutManager)


G_END_DECLS

G_BEGIN_DECLS

/* A container laid out by VastusAdaptiveLayout. */
#define VASTUS_TYPE_ADAPTIVE_BOX (vastus_adaptive_box_get_type ())

G_DECLARE_FINAL_TYPE (VastusAdaptiveBox, vastus_adaptive_box, VASTUS, ADAPTIVE_BOX, GtkWidget)

G_END_DECLS
