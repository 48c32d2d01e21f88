/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "vastus-pain-scale"

#include "config.h"

#include "vastus-pain-scale.h"

#include <glib/gi18n.h>

/*
 * A 0–10 pain scale: eleven toggle buttons bound to one stateful integer
 * action, so that exactly one is pressed, none until the person answers,
 * and the keyboard (Tab, arrows, Space) and screen readers reach each
 * number. The ends and the middle are named under the buttons, as on the
 * numeric rating scales used in clinics.
 */

#define N_VALUES 11

struct _VastusPainScale
{
  GtkWidget  parent_instance;

  char      *action_name;
  char      *label;
  GtkWidget *row;
  GtkWidget *legend;
  GtkWidget *buttons[N_VALUES];
};

G_DEFINE_FINAL_TYPE (VastusPainScale, vastus_pain_scale, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ACTION_NAME,
  PROP_LABEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GtkWidget *
legend_label (const char *text,
              float       xalign)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), xalign);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_add_css_class (label, "caption");
  return label;
}

static void
vastus_pain_scale_constructed (GObject *object)
{
  VastusPainScale *self = VASTUS_PAIN_SCALE (object);

  G_OBJECT_CLASS (vastus_pain_scale_parent_class)->constructed (object);

  self->row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  gtk_box_set_homogeneous (GTK_BOX (self->row), TRUE);
  gtk_widget_set_parent (self->row, GTK_WIDGET (self));

  for (int i = 0; i < N_VALUES; i++)
    {
      g_autofree char *number = g_strdup_printf ("%d", i);
      g_autofree char *description = NULL;
      GtkWidget *button = gtk_toggle_button_new_with_label (number);

      if (i == 0)
        /* Translators: about knee pain, scored 0 (none) to 10 (worst imaginable): keep numbers and meaning exact */
        description = g_strdup (_("0, no pain"));
      else if (i == 5)
        /* Translators: about knee pain, scored 0 (none) to 10 (worst imaginable): keep numbers and meaning exact */
        description = g_strdup (_("5, moderate pain"));
      else if (i == 10)
        /* Translators: about knee pain, scored 0 (none) to 10 (worst imaginable): keep numbers and meaning exact */
        description = g_strdup (_("10, worst pain imaginable"));
      else
        description = g_strdup_printf (_("%d out of 10"), i);

      gtk_widget_add_css_class (button, "pain-value");
      gtk_widget_set_tooltip_text (button, description);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, description, -1);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), self->action_name);
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "i", i);
      gtk_box_append (GTK_BOX (self->row), button);
      self->buttons[i] = button;
    }

  self->legend = gtk_center_box_new ();
  /* Translators: about knee pain, scored 0 (none) to 10 (worst imaginable): keep numbers and meaning exact */
  gtk_center_box_set_start_widget (GTK_CENTER_BOX (self->legend), legend_label (_("No pain"), 0));
  gtk_center_box_set_center_widget (GTK_CENTER_BOX (self->legend), legend_label (_("Moderate"), 0.5));
  gtk_center_box_set_end_widget (GTK_CENTER_BOX (self->legend), legend_label (_("Worst imaginable"), 1));
  gtk_widget_set_parent (self->legend, GTK_WIDGET (self));

  if (self->label != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, self->label, -1);
}

static void
vastus_pain_scale_dispose (GObject *object)
{
  VastusPainScale *self = VASTUS_PAIN_SCALE (object);

  g_clear_pointer (&self->row, gtk_widget_unparent);
  g_clear_pointer (&self->legend, gtk_widget_unparent);

  G_OBJECT_CLASS (vastus_pain_scale_parent_class)->dispose (object);
}

static void
vastus_pain_scale_finalize (GObject *object)
{
  VastusPainScale *self = VASTUS_PAIN_SCALE (object);

  g_free (self->action_name);
  g_free (self->label);

  G_OBJECT_CLASS (vastus_pain_scale_parent_class)->finalize (object);
}

static void
vastus_pain_scale_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  VastusPainScale *self = VASTUS_PAIN_SCALE (object);

  switch (prop_id)
    {
    case PROP_ACTION_NAME:
      g_value_set_string (value, self->action_name);
      break;
    case PROP_LABEL:
      g_value_set_string (value, self->label);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vastus_pain_scale_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  VastusPainScale *self = VASTUS_PAIN_SCALE (object);

  switch (prop_id)
    {
    case PROP_ACTION_NAME:
      g_free (self->action_name);
      self->action_name = g_value_dup_string (value);
      break;
    case PROP_LABEL:
      g_free (self->label);
      self->label = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vastus_pain_scale_class_init (VastusPainScaleClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = vastus_pain_scale_constructed;
  object_class->dispose = vastus_pain_scale_dispose;
  object_class->finalize = vastus_pain_scale_finalize;
  object_class->get_property = vastus_pain_scale_get_property;
  object_class->set_property = vastus_pain_scale_set_property;

  properties[PROP_ACTION_NAME] =
    g_param_spec_string ("action-name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LABEL] =
    g_param_spec_string ("label", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_widget_class_set_css_name (widget_class, "painscale");
}

static void
vastus_pain_scale_init (VastusPainScale *self)
{
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));

  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 4);
}

