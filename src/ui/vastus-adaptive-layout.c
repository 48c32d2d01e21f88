/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "vastus-adaptive-layout"

#include "config.h"

#include "vastus-adaptive-layout.h"

/*
 * Two children side by side when there is room, the first (the demo clip) on
 * the left; in a narrow window the first goes above the second and gives up
 * height first, so that the coach, the second, always fits. Below about a
 * phone's size the widget has the "compact" style class, for smaller type.
 */
struct _VastusAdaptiveLayout
{
  GtkLayoutManager parent_instance;

  int              wide_from;   /* the width from which the children sit side by side */
  gboolean         wide;
};

G_DEFINE_FINAL_TYPE (VastusAdaptiveLayout, vastus_adaptive_layout, GTK_TYPE_LAYOUT_MANAGER)

#define SPACING 18
#define COMPACT_WIDTH  500
#define COMPACT_HEIGHT 600        /* stacked */
#define COMPACT_HEIGHT_WIDE 400   /* side by side */

static void
get_children (GtkWidget  *widget,
              GtkWidget **first,
              GtkWidget **second)
{
  *first = gtk_widget_get_first_child (widget);
  *second = *first != NULL ? gtk_widget_get_next_sibling (*first) : NULL;
}

static void
vastus_adaptive_layout_measure (GtkLayoutManager *manager,
                                GtkWidget        *widget,
                                GtkOrientation    orientation,
                                int               for_size,
                                int              *minimum,
                                int              *natural,
                                int              *minimum_baseline,
                                int              *natural_baseline)
{
  GtkWidget *first, *second;
  int min1 = 0, nat1 = 0, min2 = 0, nat2 = 0;

  get_children (widget, &first, &second);
  if (first != NULL && gtk_widget_should_layout (first))
    gtk_widget_measure (first, orientation, -1, &min1, &nat1, NULL, NULL);
  if (second != NULL && gtk_widget_should_layout (second))
    gtk_widget_measure (second, orientation, -1, &min2, &nat2, NULL, NULL);

  /* At its smallest, the first child gives up all its height and the
   * children are stacked: only the second's minimum counts. */
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = MAX (min1, min2);
      *natural = nat1 + SPACING + nat2;
    }
  else
    {
      *minimum = min2;
      *natural = MAX (nat1, nat2);
    }
}

static void
vastus_adaptive_layout_allocate (GtkLayoutManager *manager,
                                 GtkWidget        *widget,
                                 int               width,
                                 int               height,
                                 int               baseline)
{
  VastusAdaptiveLayout *self = VASTUS_ADAPTIVE_LAYOUT (manager);
  GtkWidget *first, *second;
  GtkAllocation a1, a2;
  gboolean compact;

  /* From the widget's own size, never from what it holds: no loop. A change
   * of class restyles the children at the next frame. */
  compact = width < COMPACT_WIDTH || height < (width >= self->wide_from ? COMPACT_HEIGHT_WIDE : COMPACT_HEIGHT);
  if (compact != gtk_widget_has_css_class (widget, "compact"))
    {
      if (compact)
        gtk_widget_add_css_class (widget, "compact");
      else
        gtk_widget_remove_css_class (widget, "compact");
    }

  get_children (widget, &first, &second);
  if (first == NULL || second == NULL)
    {
      if (first != NULL)
        gtk_widget_allocate (first, width, height, -1, NULL);
      return;
    }

  self->wide = width >= self->wide_from;
  if (self->wide)
    {
      int min2 = 0;

      gtk_widget_measure (second, GTK_ORIENTATION_HORIZONTAL, height, &min2, NULL, NULL, NULL);
      a2.width = MAX (min2, (width - SPACING) / 2);
      a1 = (GtkAllocation) { 0, 0, MAX (0, width - SPACING - a2.width), height };
      a2 = (GtkAllocation) { a1.width + SPACING, 0, a2.width, height };
    }
  else
    {
      int min2 = 0, nat2 = 0, clip;

      gtk_widget_measure (second, GTK_ORIENTATION_VERTICAL, width, &min2, &nat2, NULL, NULL);
      /* The clip takes a third of the height at most, and what the coach
       * leaves when it is all shown, down to a small clip before the coach
       * scrolls; below 60 px the clip is not worth showing. */
      clip = MIN (height / 3, width * 3 / 4);
      clip = MAX (MIN (clip, height - SPACING - nat2), MIN (clip, 100));
      clip = MIN (clip, height - SPACING - min2);
      if (clip < 60)
        clip = 0;
      a1 = (GtkAllocation) { 0, 0, width, clip };
      a2 = (GtkAllocation) { 0, clip > 0 ? clip + SPACING : 0, width, height - (clip > 0 ? clip + SPACING : 0) };
    }

  /* Setting it queues a resize: only when it changes. */
  if (gtk_widget_get_child_visible (first) != (a1.width > 0 && a1.height > 0))
    gtk_widget_set_child_visible (first, a1.width > 0 && a1.height > 0);
  gtk_widget_size_allocate (first, &a1, -1);
  gtk_widget_size_allocate (second, &a2, -1);
}

static GtkSizeRequestMode
vastus_adaptive_layout_get_request_mode (GtkLayoutManager *manager,
                                         GtkWidget        *widget)
{
  return GTK_SIZE_REQUEST_CONSTANT_SIZE;
}

static void
vastus_adaptive_layout_class_init (VastusAdaptiveLayoutClass *klass)
{
  GtkLayoutManagerClass *manager_class = GTK_LAYOUT_MANAGER_CLASS (klass);

  manager_class->measure = vastus_adaptive_layout_measure;
  manager_class->allocate = vastus_adaptive_layout_allocate;
  manager_class->get_request_mode = vastus_adaptive_layout_get_request_mode;
}

static void
vastus_adaptive_layout_init (VastusAdaptiveLayout *self)
{
  self->wide_from = 720;
}

struct _VastusAdaptiveBox
{
  GtkWidget parent_instance;
};

G_DEFINE_FINAL_TYPE (VastusAdaptiveBox, vastus_adaptive_box, GTK_TYPE_WIDGET)

static void
vastus_adaptive_box_dispose (GObject *object)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (vastus_adaptive_box_parent_class)->dispose (object);
}

static void
vastus_adaptive_box_class_init (VastusAdaptiveBoxClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = vastus_adaptive_box_dispose;
  gtk_widget_class_set_layout_manager_type (GTK_WIDGET_CLASS (klass), VASTUS_TYPE_ADAPTIVE_LAYOUT);
}

static void
vastus_adaptive_box_init (VastusAdaptiveBox *self)
{
}
