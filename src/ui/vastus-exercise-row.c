/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "vastus-exercise-row"

#include "config.h"

#include "vastus-exercise-row.h"

#include <glib/gi18n.h>

/* One exercise in the library's list: name, category, level, equipment, and
 * whether it is done one leg at a time. */
struct _VastusExerciseRow
{
  GtkWidget       parent_instance;

  VastusExercise *exercise;

  GtkLabel       *name_label;
  GtkLabel       *details_label;
  GtkLabel       *equipment_label;
  GtkLabel       *side_label;
};

G_DEFINE_FINAL_TYPE (VastusExerciseRow, vastus_exercise_row, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_EXERCISE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

GtkWidget *
vastus_exercise_row_new (void)
{
  return g_object_new (VASTUS_TYPE_EXERCISE_ROW, NULL);
}

static void
update (VastusExerciseRow *self)
{
  g_autofree char *details = NULL;
  g_autofree char *equipment = NULL;
  gboolean one_leg;

  if (self->exercise == NULL)
    return;

  details = vastus_exercise_describe_kind (self->exercise);
  equipment = vastus_exercise_describe_equipment (self->exercise);
  one_leg = vastus_exercise_get_side (self->exercise) == VASTUS_SIDE_ONE;

  gtk_label_set_label (self->name_label, vastus_exercise_get_name (self->exercise));
  gtk_label_set_label (self->details_label, details);
  gtk_label_set_label (self->equipment_label, equipment);
  gtk_widget_set_visible (GTK_WIDGET (self->side_label), one_leg);

  /* The list's row around this one is what a screen reader lands on, and
   * GTK 4.8 names it by nothing: it is named by the exercise, and described
   * by the rest. */
  if (gtk_widget_get_parent (GTK_WIDGET (self)) != NULL)
    {
      const char *parts[4] = { NULL };
      g_autofree char *description = NULL;
      guint n = 0;

      if (details != NULL && *details != '\0')
        parts[n++] = details;
      if (one_leg)
        parts[n++] = gtk_label_get_label (self->side_label);
      if (equipment != NULL && *equipment != '\0')
        parts[n++] = equipment;
      description = g_strjoinv (", ", (char **) parts);

      gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_parent (GTK_WIDGET (self))),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, vastus_exercise_get_name (self->exercise),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                      -1);
    }
}

static void
vastus_exercise_row_dispose (GObject *object)
{
  VastusExerciseRow *self = VASTUS_EXERCISE_ROW (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), VASTUS_TYPE_EXERCISE_ROW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->exercise);

  G_OBJECT_CLASS (vastus_exercise_row_parent_class)->dispose (object);
}

static void
vastus_exercise_row_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  VastusExerciseRow *self = VASTUS_EXERCISE_ROW (object);

  switch (prop_id)
    {
    case PROP_EXERCISE:
      g_value_set_object (value, self->exercise);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vastus_exercise_row_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  VastusExerciseRow *self = VASTUS_EXERCISE_ROW (object);

  switch (prop_id)
    {
    case PROP_EXERCISE:
      vastus_exercise_row_set_exercise (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vastus_exercise_row_class_init (VastusExerciseRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vastus_exercise_row_dispose;
  object_class->get_property = vastus_exercise_row_get_property;
  object_class->set_property = vastus_exercise_row_set_property;

  properties[PROP_EXERCISE] =
    g_param_spec_object ("exercise", NULL, NULL, VASTUS_TYPE_EXERCISE,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/vastus/vastus/ui/vastus-exercise-row.ui");
  gtk_widget_class_bind_template_child (widget_class, VastusExerciseRow, name_label);
  gtk_widget_class_bind_template_child (widget_class, VastusExerciseRow, details_label);
  gtk_widget_class_bind_template_child (widget_class, VastusExerciseRow, equipment_label);
  gtk_widget_class_bind_template_child (widget_class, VastusExerciseRow, side_label);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
vastus_exercise_row_init (VastusExerciseRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

void
vastus_exercise_row_set_exercise (VastusExerciseRow *self,
                                  VastusExercise    *exercise)
{
  g_return_if_fail (VASTUS_IS_EXERCISE_ROW (self));

  if (g_set_object (&self->exercise, exercise))
    {
      update (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXERCISE]);
    }
}
