/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* What the tests read back and drive; not for other widgets. */

#include "vastus-pain-chart.h"

G_BEGIN_DECLS

GArray    *vastus_pain_chart_get_data (VastusPainChart *self);

G_END_DECLS
