/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void vastus_accessible_init (void);
void vastus_set_new_tooltip (GtkWidget  *widget,
                             const char *text);

G_END_DECLS
