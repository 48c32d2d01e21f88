/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define VASTUS_TYPE_CARD_SHADOW (vastus_card_shadow_get_type ())

G_DECLARE_FINAL_TYPE (VastusCardShadow, vastus_card_shadow, VASTUS, CARD_SHADOW, GtkWidget)

GtkWidget *vastus_card_shadow_new          (GtkWidget        *child);
void       vastus_card_shadow_set_textured (VastusCardShadow *self,
                                            gboolean          textured);

G_END_DECLS
