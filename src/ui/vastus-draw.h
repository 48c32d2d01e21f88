/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Text drawn in a widget's own font at (@x, @y), placed by its alignment:
 * 0 puts the text's left (or top) edge there, 0.5 its middle, 1 its end. */
static inline void
vastus_draw_text (GtkWidget  *widget,
                  cairo_t    *cr,
                  const char *text,
                  double      x,
                  double      y,
                  double      xalign,
                  double      yalign)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (widget, text);
  int width, height;

  pango_layout_get_pixel_size (layout, &width, &height);
  cairo_move_to (cr, x - width * xalign, y - height * yalign);
  pango_cairo_show_layout (cr, layout);
  g_object_unref (layout);
}

G_END_DECLS
