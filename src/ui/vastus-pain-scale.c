/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "vastus-pain-scale"

#include "config.h"

#include "vastus-pain-scale.h"

#include <glib/gi18n.h>

#include "vastus-accessible.h"

/*
 * A 0–10 pain scale: eleven toggle buttons bound to one stateful integer
 * action, so that exactly one is pressed, none until the person answers.
 * The ends and the middle are named under the buttons, as on the numeric
 * rating scales used in clinics.
 *
 * For the keyboard the scale is one Tab stop, as a group of radio buttons
 * is: only the pressed number (0 before an answer) takes the focus, and the
 * Left and Right arrows, Home and End choose the next, the previous, the
 * lowest and the highest number and move the focus with the choice, so that
 * a screen reader says the number chosen ("4 out of 10, pressed").
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

static int
pressed_value (VastusPainScale *self)
{
  for (int i = 0; i < N_VALUES; i++)
    if (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (self->buttons[i])))
      return i;
  return -1;
}

static int
focused_value (VastusPainScale *self)
{
  for (int i = 0; i < N_VALUES; i++)
    if (gtk_widget_has_focus (self->buttons[i]))
      return i;
  return -1;
}

/* One Tab stop: the pressed number, or 0 before an answer. The focus, when
 * it is in the scale, follows the answer; between one number let go and the
 * next pressed it stays where it is, so that a screen reader is not sent to
 * 0 and back. */
static void
update_tab_stop (VastusPainScale *self)
{
  int value = pressed_value (self);
  int stop = MAX (value, 0);
  int focused = focused_value (self);

  gtk_widget_set_focusable (self->buttons[stop], TRUE);
  if (value >= 0 && focused >= 0 && focused != value)
    gtk_widget_grab_focus (self->buttons[value]);
  for (int i = 0; i < N_VALUES; i++)
    if (i != stop && !(value < 0 && i == focused))
      gtk_widget_set_focusable (self->buttons[i], FALSE);
}

/* painscale.move(i): the number that many steps on from the focused (or
 * pressed) one, within 0–10: 1 and -1 for the arrows, ±11 for End and
 * Home. */
static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  VastusPainScale *self = VASTUS_PAIN_SCALE (widget);
  int steps = g_variant_get_int32 (parameter);
  int from = focused_value (self);
  int to;

  if (from < 0)
    from = MAX (pressed_value (self), 0);
  /* The numbers run right to left there: the arrows follow them. */
  if (gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL && ABS (steps) == 1)
    steps = -steps;
  to = CLAMP (from + steps, 0, N_VALUES - 1);
  if (self->action_name == NULL)
    return;

  gtk_widget_activate_action (GTK_WIDGET (self), self->action_name, "i", to);
  /* Also when the answer was that number already. */
  if (focused_value (self) >= 0 && !gtk_widget_has_focus (self->buttons[to]))
    {
      gtk_widget_set_focusable (self->buttons[to], TRUE);
      gtk_widget_grab_focus (self->buttons[to]);
    }
}

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
      /* A label of its own: the number is shown, the description is its name. */
      GtkWidget *button = gtk_toggle_button_new ();

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

      gtk_button_set_child (GTK_BUTTON (button), gtk_label_new (number));
      gtk_widget_add_css_class (button, "pain-value");
      vastus_set_new_tooltip (button, description);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, description, -1);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), self->action_name);
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "i", i);
      gtk_box_append (GTK_BOX (self->row), button);
      self->buttons[i] = button;
      g_signal_connect_swapped (button, "notify::active", G_CALLBACK (update_tab_stop), self);
    }
  update_tab_stop (self);

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

  gtk_widget_class_install_action (widget_class, "painscale.move", "i", move_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, 0, "painscale.move", "i", 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Right, 0, "painscale.move", "i", 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, 0, "painscale.move", "i", -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Left, 0, "painscale.move", "i", -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Home, 0, "painscale.move", "i", -N_VALUES);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Home, 0, "painscale.move", "i", -N_VALUES);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_End, 0, "painscale.move", "i", N_VALUES);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_End, 0, "painscale.move", "i", N_VALUES);
}

static void
vastus_pain_scale_init (VastusPainScale *self)
{
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));

  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 4);
}

