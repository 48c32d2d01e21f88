/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "vastus-import-dialog"

#include "config.h"

#include "vastus-import-dialog-private.h"

#include <glib/gi18n.h>


/*
 * Import Programme: a physiotherapist's programme file beside the person's
 * programme, what would change, and Replace, Merge or Cancel. The store
 * does the import; the dialog only shows and asks.
 */
struct _VastusImportDialog
{
  AdwWindow            parent_instance;

  VastusStore         *store;
  VastusProgramFile   *file;
  GPtrArray           *changes;    /* VastusProgramChange, for Replace */

  AdwWindowTitle      *window_title;
  GtkLabel            *summary_label;
  AdwPreferencesGroup *notes_group;
  GtkLabel            *notes_label;
  AdwPreferencesGroup *current_group;
  AdwPreferencesGroup *next_group;
  GtkBox              *columns;
  GtkLabel            *error_label;
};

G_DEFINE_FINAL_TYPE (VastusImportDialog, vastus_import_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  PROP_FILE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  IMPORTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static VastusProgramChange *
find_change (VastusImportDialog *self,
             const char         *id)
{
  for (guint i = 0; i < self->changes->len; i++)
    {
      VastusProgramChange *change = g_ptr_array_index (self->changes, i);

      if (g_str_equal (change->id, id))
        return change;
    }
  return NULL;
}

/* A row: the exercise, its dose, and a word for what changes. */
static void
add_row (AdwPreferencesGroup *group,
         const char          *name,
         const char          *dose,
         const char          *tag,
         const char          *tag_class)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), dose);
  if (tag != NULL)
    {
      GtkWidget *label = gtk_label_new (tag);

      gtk_widget_add_css_class (label, "caption-heading");
      gtk_widget_add_css_class (label, tag_class);
      gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
    }
  adw_preferences_group_add (group, row);
}

static char *
summary (VastusImportDialog *self)
{
  VastusProgram *program = vastus_store_get_program (self->store);
  GString *text = g_string_new (NULL);
  guint added = 0, dose = 0, removed = 0, same = 0;
  int now = vastus_program_get_sessions_per_week (program);
  int then = vastus_program_file_get_sessions_per_week (self->file);
  guint extra = vastus_program_file_get_n_extra_exercises (self->file);

  for (guint i = 0; i < self->changes->len; i++)
    switch (((VastusProgramChange *) g_ptr_array_index (self->changes, i))->kind)
      {
      case VASTUS_PROGRAM_CHANGE_ADDED:
        added++;
        break;
      case VASTUS_PROGRAM_CHANGE_DOSE:
        dose++;
        break;
      case VASTUS_PROGRAM_CHANGE_REMOVED:
        removed++;
        break;
      case VASTUS_PROGRAM_CHANGE_UNCHANGED:
      default:
        same++;
        break;
      }

  /* Translators: %s is the name of a programme file a physiotherapist sent */
  g_string_append_printf (text, _("The programme in %s, beside yours."), vastus_program_file_get_name (self->file));
  if (added > 0)
    {
      g_string_append_c (text, ' ');
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u exercise is new to you.",
                                                 "%u exercises are new to you.", added), added);
    }
  if (dose > 0)
    {
      g_string_append_c (text, ' ');
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u dose changes.", "%u doses change.", dose), dose);
    }
  if (same > 0)
    {
      g_string_append_c (text, ' ');
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u exercise stays as it is.",
                                                 "%u exercises stay as they are.", same), same);
    }
  if (removed > 0)
    {
      g_string_append_c (text, ' ');
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                                 "%u of your exercises is not in the file: Replace removes it, Merge keeps it.",
                                                 "%u of your exercises are not in the file: Replace removes them, Merge keeps them.",
                                                 removed), removed);
    }
  if (then != now)
    {
      g_string_append_c (text, ' ');
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "Sessions a week: %d, was %d.",
                                                 "Sessions a week: %d, was %d.", (gulong) then), then, now);
    }
  if (extra > 0)
    {
      g_string_append_c (text, ' ');
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                                 "The file brings %u exercise of its own; it joins your library.",
                                                 "The file brings %u exercises of their own; they join your library.",
                                                 extra), extra);
    }
  return g_string_free (text, FALSE);
}

static void
fill (VastusImportDialog *self)
{
  VastusProgram *program = vastus_store_get_program (self->store);
  g_autoptr (VastusProgram) next = vastus_store_preview_import (self->store, self->file, VASTUS_IMPORT_REPLACE);
  g_autofree char *text = NULL;
  const char *notes = vastus_program_file_get_notes (self->file);

  g_clear_pointer (&self->changes, g_ptr_array_unref);
  self->changes = next != NULL ? vastus_program_file_diff (program, next)
                               : g_ptr_array_new_with_free_func ((GDestroyNotify) vastus_program_change_free);

  adw_window_title_set_subtitle (self->window_title, vastus_program_file_get_name (self->file));
  text = summary (self);
  gtk_label_set_label (self->summary_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->notes_group), notes != NULL);
  gtk_label_set_label (self->notes_label, notes != NULL ? notes : "");

  for (guint i = 0; i < vastus_program_get_n_exercises (program); i++)
    {
      VastusExercise *exercise = vastus_program_get_exercise (program, i);
      VastusProgramChange *change = find_change (self, vastus_exercise_get_id (exercise));
      g_autofree char *dose = vastus_dose_describe (vastus_program_get_dose (program, i), vastus_exercise_get_side (exercise));

      if (change != NULL && change->kind == VASTUS_PROGRAM_CHANGE_REMOVED)
        /* Translators: a tag on an exercise of the person's programme that the imported file does not have */
        add_row (self->current_group, vastus_exercise_get_name (exercise), dose, _("Not in the file"), "warning");
      else if (change != NULL && change->kind == VASTUS_PROGRAM_CHANGE_DOSE)
        /* Translators: a tag on an exercise whose dose the imported file changes */
        add_row (self->current_group, vastus_exercise_get_name (exercise), dose, _("Dose changes"), "accent");
      else
        add_row (self->current_group, vastus_exercise_get_name (exercise), dose, NULL, NULL);
    }

  for (guint i = 0; i < self->changes->len; i++)
    {
      VastusProgramChange *change = g_ptr_array_index (self->changes, i);
      g_autofree char *dose = NULL;

      switch (change->kind)
        {
        case VASTUS_PROGRAM_CHANGE_ADDED:
          /* Translators: a tag on an exercise the imported file adds */
          add_row (self->next_group, change->name, change->after, _("New"), "success");
          break;
        case VASTUS_PROGRAM_CHANGE_DOSE:
          /* Translators: a dose and the dose before, as in "3 × 12 each leg (was 3 × 10 each leg)" */
          dose = g_strdup_printf (_("%s (was %s)"), change->after, change->before);
          add_row (self->next_group, change->name, dose, _("Dose changes"), "accent");
          break;
        case VASTUS_PROGRAM_CHANGE_UNCHANGED:
          add_row (self->next_group, change->name, change->after, NULL, NULL);
          break;
        case VASTUS_PROGRAM_CHANGE_REMOVED:
        default:
          break;
        }
    }

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.replace", next != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.merge", next != NULL);
}

static void
import (VastusImportDialog *self,
        VastusImportMode    mode)
{
  g_autoptr (GError) error = NULL;

  if (!vastus_store_import_program (self->store, self->file, mode, &error))
    {
      g_autofree char *text = g_strdup_printf (_("The programme could not be imported: %s"), error->message);

      gtk_label_set_label (self->error_label, text);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      return;
    }
  g_signal_emit (self, signals[IMPORTED], 0, mode);
  gtk_window_close (GTK_WINDOW (self));
}

static void
replace_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  import (VASTUS_IMPORT_DIALOG (widget), VASTUS_IMPORT_REPLACE);
}

static void
merge_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  import (VASTUS_IMPORT_DIALOG (widget), VASTUS_IMPORT_MERGE);
}

static void
vastus_import_dialog_constructed (GObject *object)
{
  VastusImportDialog *self = VASTUS_IMPORT_DIALOG (object);

  G_OBJECT_CLASS (vastus_import_dialog_parent_class)->constructed (object);
  fill (self);
}

static void
vastus_import_dialog_dispose (GObject *object)
{
  VastusImportDialog *self = VASTUS_IMPORT_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), VASTUS_TYPE_IMPORT_DIALOG);
  g_clear_object (&self->store);
  g_clear_object (&self->file);
  g_clear_pointer (&self->changes, g_ptr_array_unref);

  G_OBJECT_CLASS (vastus_import_dialog_parent_class)->dispose (object);
}

static void
vastus_import_dialog_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  VastusImportDialog *self = VASTUS_IMPORT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    case PROP_FILE:
      self->file = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vastus_import_dialog_class_init (VastusImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = vastus_import_dialog_constructed;
  object_class->dispose = vastus_import_dialog_dispose;
  object_class->set_property = vastus_import_dialog_set_property;

  properties[PROP_STORE] = g_param_spec_object ("store", NULL, NULL, VASTUS_TYPE_STORE,
                                                G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FILE] = g_param_spec_object ("file", NULL, NULL, VASTUS_TYPE_PROGRAM_FILE,
                                               G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * VastusImportDialog::imported:
   * @mode: a VastusImportMode: replaced or merged
   *
   * The programme was imported; the dialog closes.
   */
  signals[IMPORTED] = g_signal_new ("imported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                    NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/vastus/vastus/ui/vastus-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, VastusImportDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, VastusImportDialog, summary_label);
  gtk_widget_class_bind_template_child (widget_class, VastusImportDialog, notes_group);
  gtk_widget_class_bind_template_child (widget_class, VastusImportDialog, notes_label);
  gtk_widget_class_bind_template_child (widget_class, VastusImportDialog, current_group);
  gtk_widget_class_bind_template_child (widget_class, VastusImportDialog, next_group);
  gtk_widget_class_bind_template_child (widget_class, VastusImportDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, VastusImportDialog, columns);

  gtk_widget_class_install_action (widget_class, "import.replace", NULL, replace_action);
  gtk_widget_class_install_action (widget_class, "import.merge", NULL, merge_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

/* The two programmes side by side from this width; one above the other
 * below it, as on a phone. */
#define SIDE_BY_SIDE_WIDTH 640

static void
width_changed_cb (VastusImportDialog *self)
{
  int width = 0, height = 0;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  gtk_orientable_set_orientation (GTK_ORIENTABLE (self->columns), width >= SIDE_BY_SIDE_WIDTH
                                                                  ? GTK_ORIENTATION_HORIZONTAL
                                                                  : GTK_ORIENTATION_VERTICAL);
}

static void
vastus_import_dialog_init (VastusImportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* GTK keeps the default size as the window is resized. */
  g_signal_connect (self, "notify::default-width", G_CALLBACK (width_changed_cb), NULL);
  width_changed_cb (self);
}

/**
 * vastus_import_dialog_new:
 * @file: a programme file the store has read and checked
 *
 * Returns: (transfer full): the dialog, not shown yet
 */
GtkWidget *
vastus_import_dialog_new (GtkWindow         *parent,
                          VastusStore       *store,
                          VastusProgramFile *file)
{
  return g_object_new (VASTUS_TYPE_IMPORT_DIALOG,
                       "transient-for", parent,
                       "store", store,
                       "file", file,
                       NULL);
}

/* For the tests: the changes shown, those of Replace. */
GPtrArray *
vastus_import_dialog_get_changes (VastusImportDialog *self)
{
  g_return_val_if_fail (VASTUS_IS_IMPORT_DIALOG (self), NULL);
  return self->changes;
}

const char *
vastus_import_dialog_get_summary (VastusImportDialog *self)
{
  g_return_val_if_fail (VASTUS_IS_IMPORT_DIALOG (self), NULL);
  return gtk_label_get_label (self->summary_label);
}

static void
describe_rows (GtkWidget *widget,
               GString   *text)
{
  if (ADW_IS_ACTION_ROW (widget))
    {
      g_string_append_printf (text, "%s|%s\n", adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)),
                              adw_action_row_get_subtitle (ADW_ACTION_ROW (widget)));
      return;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    describe_rows (child, text);
}

/* For the tests: the rows of the column now or after, as "name|dose" lines. */
char *
vastus_import_dialog_describe_column (VastusImportDialog *self,
                                      gboolean            next)
{
  GString *text = g_string_new (NULL);

  g_return_val_if_fail (VASTUS_IS_IMPORT_DIALOG (self), NULL);

  describe_rows (GTK_WIDGET (next ? self->next_group : self->current_group), text);
  return g_string_free (text, FALSE);
}
