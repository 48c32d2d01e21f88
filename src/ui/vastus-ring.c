/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "vastus-ring"

#include "config.h"

#include "vastus-ring.h"

#include <glib/gi18n.h>
#include <math.h>

/*
 * A progress ring around a child (the big countdown): the arc is what is left
 * of the step, shrinking clockwise from the top. A fraction below 0 draws the
 * track alone, for a set that has no clock.
 *
 * For assistive technologies the ring is a group named "Timer" holding the
 * child and a progress bar that is never drawn: in GTK 4.8 only GTK's own
 * range and progress widgets give their value over AT-SPI, so the bar carries
 * how far through the step it is.
 */
struct _VastusRing
{
  GtkWidget  parent_instance;

  GtkWidget *child;
  GtkWidget *bar;         /* the value, for assistive technologies only */
  double     fraction;
  int        percent;     /* as last told to assistive technologies */
};

static void vastus_ring_buildable_init (GtkBuildableIface *iface);
static GtkBuildableIface *parent_buildable;

G_DEFINE_FINAL_TYPE_WITH_CODE (VastusRing, vastus_ring, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_BUILDABLE, vastus_ring_buildable_init))

enum {
  PROP_0,
  PROP_FRACTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define MIN_SIZE      140
#define NATURAL_SIZE  260
/* The widths tried for a child whose text wraps, from its narrowest to its
 * widest. */
#define WIDTH_STEPS   8

/* The circle that holds the child at @width, its diagonal and the ring's
 * line inside it; and the child's height at that width. */
static int
circle_for_width (GtkWidget *child,
                  int        width,
                  int       *height)
{
  int minimum_height;

  gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, width, &minimum_height, NULL, NULL, NULL);
  if (height != NULL)
    *height = minimum_height;
  return (int) ceil (hypot (width, minimum_height) * 1.12 + 2 * 16);
}

/* The width for the child in a circle of @size: the widest that fits, so
 * that a label wraps only when it must ("Wiederholung / 1 von 10"), or else
 * the one that needs the smallest circle. */
static int
child_width_for (GtkWidget *child,
                 int        size,
                 int       *circle)
{
  int min_width, nat_width;
  int best = -1, best_circle = G_MAXINT;

  gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &min_width, &nat_width, NULL, NULL);
  for (int step = WIDTH_STEPS; step >= 0; step--)
    {
      int width = min_width + (nat_width - min_width) * step / WIDTH_STEPS;
      int needed = circle_for_width (child, width, NULL);

      if (needed <= size)
        {
          best = width;
          best_circle = needed;
          break;
        }
      if (needed < best_circle)
        {
          best = width;
          best_circle = needed;
        }
    }
  if (circle != NULL)
    *circle = best_circle;
  return best;
}

static void
vastus_ring_measure (GtkWidget      *widget,
                     GtkOrientation  orientation,
                     int             for_size,
                     int            *minimum,
                     int            *natural,
                     int            *minimum_baseline,
                     int            *natural_baseline)
{
  VastusRing *self = VASTUS_RING (widget);
  int smallest = 0, widest = 0;

  if (self->child != NULL)
    {
      int nat_width;

      /* The smallest circle the child fits, wrapped if need be, and the one
       * that holds it on one line. */
      child_width_for (self->child, 0, &smallest);
      gtk_widget_measure (self->child, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &nat_width, NULL, NULL);
      widest = circle_for_width (self->child, nat_width, NULL);
    }
  /* Measured as every child must be, though never drawn. */
  gtk_widget_measure (self->bar, orientation, -1, NULL, NULL, NULL, NULL);

  /* The child sits inside the circle, in both directions: the circle must
   * hold its diagonal and the ring's line, however it is squeezed. */
  *minimum = MAX (MIN_SIZE, smallest);
  *natural = MAX (NATURAL_SIZE, widest);
}

static void
vastus_ring_size_allocate (GtkWidget *widget,
                           int        width,
                           int        height,
                           int        baseline)
{
  VastusRing *self = VASTUS_RING (widget);

  if (self->child != NULL)
    {
      int child_width = child_width_for (self->child, MIN (width, height), NULL);
      int child_height;

      circle_for_width (self->child, child_width, &child_height);
      child_height = MIN (child_height, height);
      gtk_widget_size_allocate (self->child,
                                &(GtkAllocation) { (width - child_width) / 2, (height - child_height) / 2,
                                                   child_width, child_height },
                                -1);
    }
  /* Under the child, where a screen reader's highlight of it belongs. */
  gtk_widget_allocate (self->bar, width, height, baseline, NULL);
}

static void
vastus_ring_snapshot (GtkWidget   *widget,
                      GtkSnapshot *snapshot)
{
  VastusRing *self = VASTUS_RING (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  double size = MIN (width, height);
  double line = CLAMP (size * 0.055, 6.0, 16.0);
  double radius = size / 2.0 - line / 2.0 - 1.0;
  GtkStyleContext *style = gtk_widget_get_style_context (widget);
  GdkRGBA color, accent;
  cairo_t *cr;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (style, &color);
  if (!gtk_style_context_lookup_color (style, "accent_color", &accent))
    gdk_rgba_parse (&accent, "#3584e4");
  G_GNUC_END_IGNORE_DEPRECATIONS

  if (radius > 0)
    {
      cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
      cairo_set_line_width (cr, line);
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);

      /* The track. */
      cairo_set_source_rgba (cr, color.red, color.green, color.blue, color.alpha * 0.12);
      cairo_arc (cr, width / 2.0, height / 2.0, radius, 0, 2 * G_PI);
      cairo_stroke (cr);

      /* What is left, from the top, clockwise. */
      if (self->fraction >= 0 && self->fraction < 1)
        {
          double left = 1.0 - self->fraction;

          gdk_cairo_set_source_rgba (cr, &accent);
          cairo_arc (cr, width / 2.0, height / 2.0, radius,
                     -G_PI / 2, -G_PI / 2 + 2 * G_PI * left);
          cairo_stroke (cr);
        }
      cairo_destroy (cr);
    }

  if (self->child != NULL)
    gtk_widget_snapshot_child (widget, self->child, snapshot);
}

static void
vastus_ring_dispose (GObject *object)
{
  VastusRing *self = VASTUS_RING (object);

  g_clear_pointer (&self->child, gtk_widget_unparent);
  g_clear_pointer (&self->bar, gtk_widget_unparent);

  G_OBJECT_CLASS (vastus_ring_parent_class)->dispose (object);
}

static void
vastus_ring_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  VastusRing *self = VASTUS_RING (object);

  switch (prop_id)
    {
    case PROP_FRACTION:
      g_value_set_double (value, self->fraction);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vastus_ring_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  VastusRing *self = VASTUS_RING (object);

  switch (prop_id)
    {
    case PROP_FRACTION:
      vastus_ring_set_fraction (self, g_value_get_double (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void vastus_ring_set_child (VastusRing *self,
                                   GtkWidget  *child);

static void
vastus_ring_buildable_add_child (GtkBuildable *buildable,
                                 GtkBuilder   *builder,
                                 GObject      *child,
                                 const char   *type)
{
  if (GTK_IS_WIDGET (child))
    vastus_ring_set_child (VASTUS_RING (buildable), GTK_WIDGET (child));
  else
    parent_buildable->add_child (buildable, builder, child, type);
}

static void
vastus_ring_buildable_init (GtkBuildableIface *iface)
{
  parent_buildable = g_type_interface_peek_parent (iface);
  iface->add_child = vastus_ring_buildable_add_child;
}

static void
vastus_ring_class_init (VastusRingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vastus_ring_dispose;
  object_class->get_property = vastus_ring_get_property;
  object_class->set_property = vastus_ring_set_property;
  widget_class->measure = vastus_ring_measure;
  widget_class->size_allocate = vastus_ring_size_allocate;
  widget_class->snapshot = vastus_ring_snapshot;

  properties[PROP_FRACTION] = g_param_spec_double ("fraction", NULL, NULL, -1.0, 1.0, -1.0,
                                                   G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                                                   G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "ring");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
vastus_ring_init (VastusRing *self)
{
  self->fraction = -1.0;
  self->percent = -1;
  /* Translators: what a screen reader calls the big countdown ring of a session */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Timer"), -1);

  /* No value while there is no clock: hidden until there is one. */
  self->bar = gtk_progress_bar_new ();
  gtk_widget_set_visible (self->bar, FALSE);
  gtk_widget_set_can_target (self->bar, FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->bar), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  /* Translators: what a screen reader calls how far through its current step a session is, read with a percentage */
                                  _("Progress of this step"), -1);
  gtk_widget_insert_after (self->bar, GTK_WIDGET (self), NULL);
}

/**
 * vastus_ring_set_fraction:
 * @fraction: how far through the step, 0 to 1, or below 0 for no clock
 */
void
vastus_ring_set_fraction (VastusRing *self,
                          double      fraction)
{
  int percent;

  g_return_if_fail (VASTUS_IS_RING (self));

  fraction = CLAMP (fraction, -1.0, 1.0);
  if (fraction == self->fraction)
    return;

  self->fraction = fraction;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FRACTION]);

  /* Told in whole percent, so that it changes seldom. */
  gtk_widget_set_visible (self->bar, fraction >= 0);
  percent = fraction < 0 ? 0 : (int) (fraction * 100);
  if (percent != self->percent)
    {
      self->percent = percent;
      gtk_progress_bar_set_fraction (GTK_PROGRESS_BAR (self->bar), percent / 100.0);
    }
}

static void
vastus_ring_set_child (VastusRing *self,
                       GtkWidget  *child)
{
  g_return_if_fail (VASTUS_IS_RING (self));

  g_clear_pointer (&self->child, gtk_widget_unparent);
  if (child != NULL)
    {
      self->child = child;
      /* After the bar, in the order a screen reader reads them. */
      gtk_widget_insert_after (child, GTK_WIDGET (self), self->bar);
    }
}
