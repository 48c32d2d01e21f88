/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define VASTUS_TYPE_WEEK_GRID (vastus_week_grid_get_type ())

G_DECLARE_FINAL_TYPE (VastusWeekGrid, vastus_week_grid, VASTUS, WEEK_GRID, GtkWidget)

#define VASTUS_WEEK_GRID_WEEKS 12

void       vastus_week_grid_set_counts (VastusWeekGrid *self,
                                        const GDate    *first_monday,
                                        const guint8   *counts,
                                        guint           today);

G_END_DECLS
