/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "vastus-week-grid"

#include "config.h"

#include "vastus-date.h"
#include "vastus-week-grid.h"

#include <glib/gi18n.h>

#include "vastus-draw.h"
#include <string.h>

/*
 * The adherence calendar: the last twelve weeks, a column each with Monday
 * at the top, each day shaded by the sessions done on it, today outlined,
 * the days to come left out.
 */

#define N_DAYS (VASTUS_WEEK_GRID_WEEKS * 7)
#define LABEL_W 24.0
#define HEADER_H 20.0
#define GAP 4.0

struct _VastusWeekGrid
{
  GtkWidget parent_instance;

  GDate     first;            /* the Monday of the first row */
  guint8    counts[N_DAYS];
  guint     today;            /* index of today */
};

G_DEFINE_FINAL_TYPE (VastusWeekGrid, vastus_week_grid, GTK_TYPE_WIDGET)

static double
cell_size (GtkWidget *widget)
{
  double width = gtk_widget_get_width (widget) - LABEL_W;
  double height = gtk_widget_get_height (widget) - HEADER_H;

  return MIN (MIN ((width + GAP) / VASTUS_WEEK_GRID_WEEKS - GAP, (height + GAP) / 7 - GAP), 28);
}

static void
vastus_week_grid_snapshot (GtkWidget   *widget,
                           GtkSnapshot *snapshot)
{
  VastusWeekGrid *self = VASTUS_WEEK_GRID (widget);
  /* Translators: the days of the week from Monday, one letter each */
  const char *days = _("MTWTFSS");
  GtkStyleContext *style = gtk_widget_get_style_context (widget);
  double size = cell_size (widget);
  GdkRGBA fg, accent;
  cairo_t *cr;

  if (size < 6 || !g_date_valid (&self->first))
    return;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (style, &fg);
  if (!gtk_style_context_lookup_color (style, "accent_bg_color", &accent))
    gdk_rgba_parse (&accent, "#3584e4");
  G_GNUC_END_IGNORE_DEPRECATIONS

  cr = gtk_snapshot_append_cairo (snapshot,
                                  &GRAPHENE_RECT_INIT (0, 0, gtk_widget_get_width (widget),
                                                       gtk_widget_get_height (widget)));

  /* A row a weekday, Monday first. */
  cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 0.6);
  for (int d = 0; d < 7 && g_utf8_strlen (days, -1) == 7; d++)
    {
      const char *letter = g_utf8_offset_to_pointer (days, d);
      g_autofree char *text = g_strndup (letter, (gsize) (g_utf8_next_char (letter) - letter));

      vastus_draw_text (widget, cr, text, LABEL_W / 2, HEADER_H + d * (size + GAP) + size / 2, 0.5, 0.5);
    }

  /* A column a week, named by its Monday every fourth week. */
  for (guint w = 0; w < VASTUS_WEEK_GRID_WEEKS; w++)
    {
      double x = LABEL_W + w * (size + GAP);

      if (w % 4 == 0)
        {
          GDate monday = self->first;
          g_autofree char *text = NULL;

          g_date_add_days (&monday, w * 7);
          /* Translators: a week's Monday, as in "16 Nov"; see strftime */
          text = vastus_date_format_date (&monday, _("%e %b"));
          if (text[0] != '\0')
            {
              cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 0.6);
              vastus_draw_text (widget, cr, g_strstrip (text), x, HEADER_H / 2 - 2, 0, 0.5);
            }
        }

      for (guint d = 0; d < 7; d++)
        {
          guint index = w * 7 + d;
          double y = HEADER_H + d * (size + GAP);

          if (index > self->today)
            break;

          cairo_new_path (cr);
          cairo_arc (cr, x + 4, y + 4, 4, G_PI, 1.5 * G_PI);
          cairo_arc (cr, x + size - 4, y + 4, 4, 1.5 * G_PI, 2 * G_PI);
          cairo_arc (cr, x + size - 4, y + size - 4, 4, 0, 0.5 * G_PI);
          cairo_arc (cr, x + 4, y + size - 4, 4, 0.5 * G_PI, G_PI);
          cairo_close_path (cr);

          if (self->counts[index] == 0)
            cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 0.08);
          else
            cairo_set_source_rgba (cr, accent.red, accent.green, accent.blue, self->counts[index] == 1 ? 0.75 : 1);
          cairo_fill_preserve (cr);

          if (index == self->today)
            {
              cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 0.8);
              cairo_set_line_width (cr, 2);
              cairo_stroke (cr);
            }
          cairo_new_path (cr);
        }
    }

  cairo_destroy (cr);
}

static void
vastus_week_grid_measure (GtkWidget      *widget,
                          GtkOrientation  orientation,
                          int             for_size,
                          int            *minimum,
                          int            *natural,
                          int            *minimum_baseline,
                          int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = (int) (LABEL_W + VASTUS_WEEK_GRID_WEEKS * (14 + GAP));
      *natural = (int) (LABEL_W + VASTUS_WEEK_GRID_WEEKS * (28 + GAP));
    }
  else
    {
      double size = 28;

      if (for_size > 0)
        size = CLAMP ((for_size - LABEL_W + GAP) / VASTUS_WEEK_GRID_WEEKS - GAP, 10, 28);
      *minimum = *natural = (int) (HEADER_H + 7 * (size + GAP));
    }
}

static GtkSizeRequestMode
vastus_week_grid_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
vastus_week_grid_class_init (VastusWeekGridClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  widget_class->snapshot = vastus_week_grid_snapshot;
  widget_class->measure = vastus_week_grid_measure;
  widget_class->get_request_mode = vastus_week_grid_get_request_mode;

  gtk_widget_class_set_css_name (widget_class, "weekgrid");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
vastus_week_grid_init (VastusWeekGrid *self)
{
  g_date_clear (&self->first, 1);
}

/**
 * vastus_week_grid_set_counts:
 * @first_monday: the Monday of the first of the twelve weeks
 * @counts: (array fixed-size=84): sessions on each day from @first_monday
 * @today: the index of today in @counts
 */
void
vastus_week_grid_set_counts (VastusWeekGrid *self,
                             const GDate    *first_monday,
                             const guint8   *counts,
                             guint           today)
{
  g_return_if_fail (VASTUS_IS_WEEK_GRID (self));

  self->first = *first_monday;
  memcpy (self->counts, counts, sizeof self->counts);
  self->today = MIN (today, N_DAYS - 1);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

