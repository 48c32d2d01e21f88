/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "vastus-knee-dialog"

#include "config.h"

#include "vastus-knee-dialog.h"

#include <glib/gi18n.h>
#include <string.h>

/*
 * "My Knee Hurts": the middle path between keeping going and the warning-sign
 * questions. The session is paused while it is open; each choice says what it
 * does. The dialog only asks: it emits the choice and closes, and the session
 * view decides what the choice means. "Keep Going" is the default and has the
 * focus, so that Enter never picks something drastic by accident.
 */

struct _VastusKneeDialog
{
  AdwWindow       parent_instance;

  char           *exercise_name;
  char           *easier;
  gboolean        can_skip;
  gboolean        answered;

  AdwWindowTitle *window_title;
  AdwActionRow   *easier_row;
  AdwActionRow   *skip_row;
  AdwActionRow   *end_row;
  AdwActionRow   *something_else_row;
  GtkWidget      *keep_going_button;
};

G_DEFINE_FINAL_TYPE (VastusKneeDialog, vastus_knee_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_EXERCISE_NAME,
  PROP_EASIER,
  PROP_CAN_SKIP,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  CHOSEN,
  KEEP_GOING,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The row's words are also what a screen reader says about it. */
static void
describe_row (AdwActionRow *row)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  adw_action_row_get_subtitle (row),
                                  -1);
}

/* "Hold for 15 s instead of 20 s" plus what it changes, without doubling a
 * full stop the caller may have put at the end. */
static char *
describe_easier (const char *easier)
{
  g_autofree char *fragment = g_strstrip (g_strdup (easier));
  gsize length = strlen (fragment);

  if (length > 0 && fragment[length - 1] == '.')
    fragment[length - 1] = '\0';

  /* Translators: %s is how the exercise gets easier, e.g. "Hold for 15 s
   * instead of 20 s" or "Bend your knee to 30° instead of 45°". */
  return g_strdup_printf (_("%s. Only today’s remaining sets change."), fragment);
}

static void
update_rows (VastusKneeDialog *self)
{
  gboolean has_easier = self->easier != NULL && *self->easier != '\0';

  adw_window_title_set_subtitle (self->window_title,
                                 self->exercise_name != NULL ? self->exercise_name : "");

  if (has_easier)
    {
      g_autofree char *subtitle = describe_easier (self->easier);

      adw_action_row_set_subtitle (self->easier_row, subtitle);
    }
  else
    adw_action_row_set_subtitle (self->easier_row, _("This exercise is already at its easiest dose."));

  adw_action_row_set_subtitle (self->skip_row,
                               self->can_skip
                               /* Translators: about knee pain, scored 0 (none) to 10 (worst imaginable): keep numbers and meaning exact */
                               ? _("Go on to the next exercise. Your log will note that this one hurt.")
                               : _("There is no exercise left to skip to."));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "knee.easier", has_easier);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "knee.skip", self->can_skip);

  describe_row (self->easier_row);
  describe_row (self->skip_row);
  describe_row (self->end_row);
  describe_row (self->something_else_row);
}

/* Emits once, then closes; a handler may close the dialog itself. */
static void
answer (VastusKneeDialog *self,
        const char       *choice)
{
  g_autoptr (VastusKneeDialog) hold = g_object_ref (self);

  if (self->answered)
    return;
  self->answered = TRUE;

  g_debug ("%s", choice != NULL ? choice : "keep-going");
  if (choice != NULL)
    g_signal_emit (self, signals[CHOSEN], 0, choice);
  else
    g_signal_emit (self, signals[KEEP_GOING], 0);

  gtk_window_destroy (GTK_WINDOW (self));
}

/* knee.easier, knee.skip, knee.end and knee.something-else: the choice is
 * the action's name. */
static void
choose_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  answer (VASTUS_KNEE_DIALOG (widget), action_name + strlen ("knee."));
}

static void
keep_going_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  answer (VASTUS_KNEE_DIALOG (widget), NULL);
}

/* Escape and the close button: nothing changes, the session goes on. */
static gboolean
vastus_knee_dialog_close_request (GtkWindow *window)
{
  VastusKneeDialog *self = VASTUS_KNEE_DIALOG (window);

  if (!self->answered)
    {
      self->answered = TRUE;
      g_signal_emit (self, signals[KEEP_GOING], 0);
    }
  return GTK_WINDOW_CLASS (vastus_knee_dialog_parent_class)->close_request (window);
}

static void
vastus_knee_dialog_constructed (GObject *object)
{
  VastusKneeDialog *self = VASTUS_KNEE_DIALOG (object);

  G_OBJECT_CLASS (vastus_knee_dialog_parent_class)->constructed (object);

  update_rows (self);
}

static void
vastus_knee_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), VASTUS_TYPE_KNEE_DIALOG);

  G_OBJECT_CLASS (vastus_knee_dialog_parent_class)->dispose (object);
}

static void
vastus_knee_dialog_finalize (GObject *object)
{
  VastusKneeDialog *self = VASTUS_KNEE_DIALOG (object);

  g_free (self->exercise_name);
  g_free (self->easier);

  G_OBJECT_CLASS (vastus_knee_dialog_parent_class)->finalize (object);
}

static void
vastus_knee_dialog_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  VastusKneeDialog *self = VASTUS_KNEE_DIALOG (object);

  switch (prop_id)
    {
    case PROP_EXERCISE_NAME:
      g_value_set_string (value, self->exercise_name);
      break;
    case PROP_EASIER:
      g_value_set_string (value, self->easier);
      break;
    case PROP_CAN_SKIP:
      g_value_set_boolean (value, self->can_skip);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vastus_knee_dialog_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  VastusKneeDialog *self = VASTUS_KNEE_DIALOG (object);

  switch (prop_id)
    {
    case PROP_EXERCISE_NAME:
      self->exercise_name = g_value_dup_string (value);
      break;
    case PROP_EASIER:
      self->easier = g_value_dup_string (value);
      break;
    case PROP_CAN_SKIP:
      self->can_skip = g_value_get_boolean (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vastus_knee_dialog_class_init (VastusKneeDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = vastus_knee_dialog_constructed;
  object_class->dispose = vastus_knee_dialog_dispose;
  object_class->finalize = vastus_knee_dialog_finalize;
  object_class->get_property = vastus_knee_dialog_get_property;
  object_class->set_property = vastus_knee_dialog_set_property;
  window_class->close_request = vastus_knee_dialog_close_request;

  properties[PROP_EXERCISE_NAME] =
    g_param_spec_string ("exercise-name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* NULL when the exercise is already at its easiest dose. */
  properties[PROP_EASIER] =
    g_param_spec_string ("easier", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_SKIP] =
    g_param_spec_boolean ("can-skip", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * VastusKneeDialog::chosen:
   * @choice: "easier", "skip", "end" or "something-else"
   *
   * The person chose what to do about the pain. The dialog closes after.
   */
  signals[CHOSEN] = g_signal_new ("chosen", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                  NULL, NULL, NULL, G_TYPE_NONE, 1,
                                  G_TYPE_STRING);
  /**
   * VastusKneeDialog::keep-going:
   *
   * The person carries on as planned, or closed the dialog. It closes after.
   */
  signals[KEEP_GOING] = g_signal_new ("keep-going", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                      NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/vastus/vastus/ui/vastus-knee-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, VastusKneeDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, VastusKneeDialog, easier_row);
  gtk_widget_class_bind_template_child (widget_class, VastusKneeDialog, skip_row);
  gtk_widget_class_bind_template_child (widget_class, VastusKneeDialog, end_row);
  gtk_widget_class_bind_template_child (widget_class, VastusKneeDialog, something_else_row);
  gtk_widget_class_bind_template_child (widget_class, VastusKneeDialog, keep_going_button);

  gtk_widget_class_install_action (widget_class, "knee.easier", NULL, choose_action);
  gtk_widget_class_install_action (widget_class, "knee.skip", NULL, choose_action);
  gtk_widget_class_install_action (widget_class, "knee.end", NULL, choose_action);
  gtk_widget_class_install_action (widget_class, "knee.something-else", NULL, choose_action);
  gtk_widget_class_install_action (widget_class, "knee.keep-going", NULL, keep_going_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);

  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_DIALOG);
}

static void
vastus_knee_dialog_init (VastusKneeDialog *self)
{
  self->can_skip = TRUE;

  gtk_widget_init_template (GTK_WIDGET (self));

  /* The window would otherwise focus the first row. */
  gtk_window_set_focus (GTK_WINDOW (self), self->keep_going_button);
}

/**
 * vastus_knee_dialog_new:
 * @parent: (nullable): the session's window
 * @exercise_name: the exercise under way, e.g. "Wall sit"
 * @easier: (nullable): what "easier for today" would mean, as a sentence
 *   fragment ready to show, e.g. "Hold for 15 s instead of 20 s"; %NULL when
 *   the exercise is already at its easiest dose
 * @can_skip: %FALSE when there is nothing left to skip
 *
 * Returns: (transfer none): a modal dialog, to present
 */
GtkWidget *
vastus_knee_dialog_new (GtkWindow  *parent,
                        const char *exercise_name,
                        const char *easier,
                        gboolean    can_skip)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (exercise_name != NULL, NULL);

  return g_object_new (VASTUS_TYPE_KNEE_DIALOG,
                       "transient-for", parent,
                       "exercise-name", exercise_name,
                       "easier", easier,
                       "can-skip", can_skip,
                       NULL);
}
