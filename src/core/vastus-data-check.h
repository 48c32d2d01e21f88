/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean vastus_data_check (GString *report,
                            guint   *n_problems);

G_END_DECLS
