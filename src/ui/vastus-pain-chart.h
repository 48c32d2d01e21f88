/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define VASTUS_TYPE_PAIN_CHART (vastus_pain_chart_get_type ())

G_DECLARE_FINAL_TYPE (VastusPainChart, vastus_pain_chart, VASTUS, PAIN_CHART, GtkWidget)

void       vastus_pain_chart_set_data (VastusPainChart *self,
                                       GArray          *points,
                                       gint64           from,
                                       gint64           to);

G_END_DECLS
