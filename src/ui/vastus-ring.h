/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define VASTUS_TYPE_RING (vastus_ring_get_type ())

G_DECLARE_FINAL_TYPE (VastusRing, vastus_ring, VASTUS, RING, GtkWidget)

void       vastus_ring_set_fraction (VastusRing *self,
                                     double      fraction);

G_END_DECLS
