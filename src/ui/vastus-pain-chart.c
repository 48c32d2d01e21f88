/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "vastus-pain-chart"

#include "config.h"

#include "vastus-date.h"
#include "vastus-pain-chart-private.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "vastus-draw.h"

#include "vastus-history.h"

/*
 * Pain over time: days across, 0–10 up, one line each for pain during
 * sessions, after them and the next morning, and the 5/10 line that pain
 * during exercise should stay under. The three series differ in shape as
 * well as colour, and the colours follow the light or dark style.
 */

struct _VastusPainChart
{
  GtkWidget  parent_instance;

  GArray    *points;   /* VastusPainPoint */
  gint64     from;
  gint64     to;
};

G_DEFINE_FINAL_TYPE (VastusPainChart, vastus_pain_chart, GTK_TYPE_WIDGET)

typedef enum
{
  SHAPE_CIRCLE,
  SHAPE_SQUARE,
  SHAPE_DIAMOND,
} Shape;

typedef struct
{
  const char *light;
  const char *dark;
  Shape       shape;
  gsize       offset;
  const char *label;
} Series;

static const Series series[] = {
  { "#1c71d8", "#62a0ea", SHAPE_CIRCLE, G_STRUCT_OFFSET (VastusPainPoint, during), N_("During") },
  { "#c64600", "#ffa348", SHAPE_SQUARE, G_STRUCT_OFFSET (VastusPainPoint, after), N_("After") },
  { "#813d9c", "#dc8add", SHAPE_DIAMOND, G_STRUCT_OFFSET (VastusPainPoint, morning), N_("Next morning") },
};

#define LEFT 30.0
#define RIGHT 12.0
#define TOP 10.0
#define BOTTOM 50.0
#define LEGEND_LINE 20.0

static void
draw_shape (cairo_t *cr,
            Shape    shape,
            double   x,
            double   y,
            double   r)
{
  switch (shape)
    {
    case SHAPE_CIRCLE:
      cairo_new_sub_path (cr);
      cairo_arc (cr, x, y, r, 0, 2 * G_PI);
      break;
    case SHAPE_SQUARE:
      cairo_rectangle (cr, x - r * 0.9, y - r * 0.9, r * 1.8, r * 1.8);
      break;
    case SHAPE_DIAMOND:
      cairo_move_to (cr, x, y - r * 1.25);
      cairo_line_to (cr, x + r * 1.25, y);
      cairo_line_to (cr, x, y + r * 1.25);
      cairo_line_to (cr, x - r * 1.25, y);
      cairo_close_path (cr);
      break;
    default:
      g_assert_not_reached ();
    }
}

static char *
format_day (gint64 time)
{
  g_autoptr (GDateTime) day = g_date_time_new_from_unix_local (time / G_USEC_PER_SEC);

  /* Translators: a day on the chart's axis, as in "21 Nov"; see strftime */
  return day != NULL ? vastus_date_format (day, _("%-d %b")) : g_strdup ("");
}

static void
vastus_pain_chart_snapshot (GtkWidget   *widget,
                            GtkSnapshot *snapshot)
{
  VastusPainChart *self = VASTUS_PAIN_CHART (widget);
  double width = gtk_widget_get_width (widget);
  double height = gtk_widget_get_height (widget);
  double plot_w = width - LEFT - RIGHT;
  double plot_h;
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  double span = (double) MAX (self->to - self->from, 1);
  GtkStyleContext *style = gtk_widget_get_style_context (widget);
  GdkRGBA fg;
  cairo_t *cr;
  double legend_x, legend_y, legend_w = 0;

  /* The legend takes a second line in a narrow window. */
  for (guint s = 0; s <= G_N_ELEMENTS (series); s++)
    {
      g_autoptr (PangoLayout) layout = gtk_widget_create_pango_layout (widget, s < G_N_ELEMENTS (series)
                                                                        ? _(series[s].label) : _("5/10"));
      int text_w, text_h;

      pango_layout_get_pixel_size (layout, &text_w, &text_h);
      legend_w += 16 + text_w + 14;
    }
  plot_h = height - TOP - BOTTOM - (LEFT + legend_w > width ? LEGEND_LINE : 0);

  if (plot_w < 40 || plot_h < 40)
    return;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (style, &fg);
  G_GNUC_END_IGNORE_DEPRECATIONS

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));

  /* Grid: 0, 5 and 10 labelled, every 1 faintly. */
  cairo_set_line_width (cr, 1);
  for (int value = 0; value <= 10; value++)
    {
      double y = TOP + plot_h * (1 - value / 10.0);

      cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, value % 5 == 0 ? 0.25 : 0.08);
      cairo_move_to (cr, LEFT, round (y) + 0.5);
      cairo_line_to (cr, LEFT + plot_w, round (y) + 0.5);
      cairo_stroke (cr);

      if (value % 5 == 0)
        {
          g_autofree char *label = g_strdup_printf ("%d", value);

          cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 0.7);
          vastus_draw_text (widget, cr, label, LEFT - 8, y, 1, 0.5);
        }
    }

  /* The 5/10 line pain during exercise should stay at or under. */
  {
    double y = round (TOP + plot_h * 0.5) + 0.5;
    double dash[] = { 6, 4 };

    cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 0.75);
    cairo_set_line_width (cr, 1.5);
    cairo_set_dash (cr, dash, 2, 0);
    cairo_move_to (cr, LEFT, y);
    cairo_line_to (cr, LEFT + plot_w, y);
    cairo_stroke (cr);
    cairo_set_dash (cr, NULL, 0, 0);
  }

  /* Days: the first, the middle and the last. */
  cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 0.7);
  for (int i = 0; i <= 2; i++)
    {
      g_autofree char *label = format_day (self->from + (gint64) (span * i / 2));

      vastus_draw_text (widget, cr, label, LEFT + plot_w * i / 2, TOP + plot_h + 4, i / 2.0, 0);
    }

  /* The series. */
  for (guint s = 0; s < G_N_ELEMENTS (series); s++)
    {
      GdkRGBA color;
      gboolean started = FALSE;

      gdk_rgba_parse (&color, dark ? series[s].dark : series[s].light);
      gdk_cairo_set_source_rgba (cr, &color);
      cairo_set_line_width (cr, 2);
      cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);

      for (guint i = 0; self->points != NULL && i < self->points->len; i++)
        {
          const VastusPainPoint *point = &g_array_index (self->points, VastusPainPoint, i);
          int value = G_STRUCT_MEMBER (int, point, series[s].offset);
          double x = LEFT + plot_w * (point->time - self->from) / span;
          double y = TOP + plot_h * (1 - value / 10.0);

          if (value < 0)
            continue;
          if (started)
            cairo_line_to (cr, x, y);
          else
            cairo_move_to (cr, x, y);
          started = TRUE;
        }
      cairo_stroke (cr);

      for (guint i = 0; self->points != NULL && i < self->points->len; i++)
        {
          const VastusPainPoint *point = &g_array_index (self->points, VastusPainPoint, i);
          int value = G_STRUCT_MEMBER (int, point, series[s].offset);

          if (value < 0)
            continue;
          draw_shape (cr, series[s].shape, LEFT + plot_w * (point->time - self->from) / span,
                      TOP + plot_h * (1 - value / 10.0), 4);
          cairo_fill (cr);
        }
    }

  /* The legend, under the days; what does not fit goes on a second line. */
  legend_x = LEFT;
  legend_y = TOP + plot_h + BOTTOM - 12;
  for (guint s = 0; s <= G_N_ELEMENTS (series); s++)
    {
      g_autoptr (PangoLayout) layout = gtk_widget_create_pango_layout (widget, s < G_N_ELEMENTS (series)
                                                                        ? _(series[s].label) : _("5/10"));
      int text_w, text_h;

      pango_layout_get_pixel_size (layout, &text_w, &text_h);
      if (legend_x > LEFT && legend_x + 16 + text_w > width)
        {
          legend_x = LEFT;
          legend_y += LEGEND_LINE;
        }

      if (s < G_N_ELEMENTS (series))
        {
          GdkRGBA color;

          gdk_rgba_parse (&color, dark ? series[s].dark : series[s].light);
          gdk_cairo_set_source_rgba (cr, &color);
          draw_shape (cr, series[s].shape, legend_x + 5, legend_y, 4.5);
          cairo_fill (cr);
        }
      else
        {
          double dash[] = { 6, 4 };

          cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 0.75);
          cairo_set_line_width (cr, 1.5);
          cairo_set_dash (cr, dash, 2, 0);
          cairo_move_to (cr, legend_x - 2, legend_y);
          cairo_line_to (cr, legend_x + 14, legend_y);
          cairo_stroke (cr);
          cairo_set_dash (cr, NULL, 0, 0);
        }

      cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 0.85);
      cairo_move_to (cr, legend_x + 16, legend_y - text_h / 2.0);
      pango_cairo_show_layout (cr, layout);
      legend_x += 16 + text_w + 14;
    }

  cairo_destroy (cr);
}

static void
vastus_pain_chart_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 240;
      *natural = 480;
    }
  else
    {
      *minimum = 200;
      *natural = 240;
    }
}

static void
style_changed_cb (VastusPainChart *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
vastus_pain_chart_finalize (GObject *object)
{
  VastusPainChart *self = VASTUS_PAIN_CHART (object);

  g_clear_pointer (&self->points, g_array_unref);

  G_OBJECT_CLASS (vastus_pain_chart_parent_class)->finalize (object);
}

static void
vastus_pain_chart_class_init (VastusPainChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = vastus_pain_chart_finalize;
  widget_class->snapshot = vastus_pain_chart_snapshot;
  widget_class->measure = vastus_pain_chart_measure;

  gtk_widget_class_set_css_name (widget_class, "painchart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
vastus_pain_chart_init (VastusPainChart *self)
{
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (style_changed_cb), self, G_CONNECT_SWAPPED);
}

/**
 * vastus_pain_chart_set_data:
 * @points: (element-type VastusPainPoint): what to draw, oldest first
 *
 * Shows @points on days from @from to @to.
 */
void
vastus_pain_chart_set_data (VastusPainChart *self,
                            GArray          *points,
                            gint64           from,
                            gint64           to)
{
  g_return_if_fail (VASTUS_IS_PAIN_CHART (self));

  g_clear_pointer (&self->points, g_array_unref);
  self->points = points != NULL ? g_array_ref (points) : NULL;
  self->from = from;
  self->to = MAX (to, from + 1);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * vastus_pain_chart_get_data:
 *
 * Returns: (transfer none) (nullable) (element-type VastusPainPoint): the
 *   points drawn
 */
GArray *
vastus_pain_chart_get_data (VastusPainChart *self)
{
  g_return_val_if_fail (VASTUS_IS_PAIN_CHART (self), NULL);
  return self->points;
}
