/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "vastus-pain-form"

#include "config.h"

#include "vastus-pain-form-private.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "vastus-pain-scale.h"

/*
 * The pain log asked after a session: the worst pain during it and pain
 * now, each 0–10 and unanswered until chosen; how each exercise felt and
 * whether it hurt; and notes. Saving hands it to the store, which writes it
 * down and runs the progression engine; "saved" carries the decisions. The
 * same form fills in a log later from the session's page in Progress.
 */

struct _VastusPainForm
{
  GtkWidget            parent_instance;

  VastusStore         *store;
  VastusSessionEntry  *entry;
  int                  during;
  int                  after;
  GPtrArray           *feel_rows;     /* AdwActionRow, one per exercise */

  AdwPreferencesGroup *exercises_group;
  GtkTextView         *notes_view;
  GtkWidget           *hint_label;
};

G_DEFINE_FINAL_TYPE (VastusPainForm, vastus_pain_form, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DURING,
  PROP_AFTER,
  N_PROPS
};

enum {
  SAVED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static const char * const feel_labels[] = {
  N_("Not Rated"), N_("Too Easy"), N_("About Right"), N_("Too Hard"), NULL
};

static void
update_complete (VastusPainForm *self)
{
  gboolean complete = vastus_pain_form_is_complete (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "pain.save", complete && self->entry != NULL);
  gtk_widget_set_visible (self->hint_label, !complete);
}

gboolean
vastus_pain_form_is_complete (VastusPainForm *self)
{
  g_return_val_if_fail (VASTUS_IS_PAIN_FORM (self), FALSE);
  return self->during >= 0 && self->after >= 0;
}

static GtkDropDown *
row_drop_down (GtkWidget *row)
{
  return g_object_get_data (G_OBJECT (row), "feel");
}

static GtkCheckButton *
row_hurt (GtkWidget *row)
{
  return g_object_get_data (G_OBJECT (row), "hurt");
}

static void
clear_rows (VastusPainForm *self)
{
  for (guint i = 0; i < self->feel_rows->len; i++)
    adw_preferences_group_remove (self->exercises_group, g_ptr_array_index (self->feel_rows, i));
  g_ptr_array_set_size (self->feel_rows, 0);
}

/**
 * vastus_pain_form_set_session:
 *
 * Asks about @entry: a row for each exercise, and the answers of its newest
 * log when it has one, so that a log can be corrected.
 */
void
vastus_pain_form_set_session (VastusPainForm     *self,
                              VastusStore        *store,
                              VastusSessionEntry *entry)
{
  const VastusPainLog *log;
  const char *feels[G_N_ELEMENTS (feel_labels)];

  g_return_if_fail (VASTUS_IS_PAIN_FORM (self));
  g_return_if_fail (VASTUS_IS_STORE (store));
  g_return_if_fail (VASTUS_IS_SESSION_ENTRY (entry));

  g_set_object (&self->store, store);
  g_set_object (&self->entry, entry);
  log = vastus_session_entry_get_pain (entry);

  clear_rows (self);
  for (guint i = 0; i < G_N_ELEMENTS (feel_labels); i++)
    feels[i] = feel_labels[i] != NULL ? _(feel_labels[i]) : NULL;

  for (guint i = 0; i < vastus_session_entry_get_n_exercises (entry); i++)
    {
      const VastusExerciseResult *result = vastus_session_entry_get_exercise (entry, i);
      const VastusExerciseFeel *feel = vastus_pain_log_get_feel (log, result->id);
      g_autofree char *sets = NULL;
      g_autofree char *feel_label = NULL;
      g_autofree char *hurt_label = NULL;
      GtkWidget *row, *drop_down, *hurt;
      guint done, skipped, total;

      /* Only what the person did, or chose to skip. */
      vastus_exercise_result_count (result, &done, &skipped, &total);
      if (done + skipped == 0)
        continue;

      row = adw_action_row_new ();
      drop_down = gtk_drop_down_new_from_strings ((const char * const *) feels);
      /* Translators: about knee pain, scored 0 (none) to 10 (worst imaginable): keep numbers and meaning exact */
      hurt = gtk_check_button_new_with_mnemonic (_("Hurt"));
      sets = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u set done", "%u of %u sets done", total),
                              done, total);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), result->name);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), sets);

      feel_label = g_strdup_printf (_("How %s felt"), result->name);
      /* Translators: about knee pain, scored 0 (none) to 10 (worst imaginable): keep numbers and meaning exact */
      hurt_label = g_strdup_printf (_("%s hurt"), result->name);
      gtk_widget_set_valign (drop_down, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (drop_down, _("How did it feel?"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (drop_down), GTK_ACCESSIBLE_PROPERTY_LABEL, feel_label, -1);
      /* The focus lands on the button inside, which GTK 4.8 names by its type. */
      if (GTK_IS_TOGGLE_BUTTON (gtk_widget_get_first_child (drop_down)))
        gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_first_child (drop_down)),
                                        GTK_ACCESSIBLE_PROPERTY_LABEL, feel_label, -1);
      gtk_drop_down_set_selected (GTK_DROP_DOWN (drop_down), feel != NULL ? (guint) feel->feel : 0);
      gtk_widget_set_valign (hurt, GTK_ALIGN_CENTER);
      /* Translators: about knee pain, scored 0 (none) to 10 (worst imaginable): keep numbers and meaning exact */
      gtk_widget_set_tooltip_text (hurt, _("This one hurt"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (hurt), GTK_ACCESSIBLE_PROPERTY_LABEL, hurt_label, -1);
      /* Said during the session ("My Knee Hurts"): ticked already. */
      gtk_check_button_set_active (GTK_CHECK_BUTTON (hurt), log != NULL ? feel != NULL && feel->hurt
                                                                        : vastus_session_entry_knee_hurt (entry, result->id));

      adw_action_row_add_suffix (ADW_ACTION_ROW (row), drop_down);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), hurt);
      g_object_set_data (G_OBJECT (row), "feel", drop_down);
      g_object_set_data (G_OBJECT (row), "hurt", hurt);
      g_object_set_data (G_OBJECT (row), "exercise", (gpointer) result->id);

      adw_preferences_group_add (self->exercises_group, row);
      g_ptr_array_add (self->feel_rows, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->exercises_group), self->feel_rows->len > 0);

  self->during = log != NULL ? log->during : -1;
  self->after = log != NULL ? log->after : -1;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DURING]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AFTER]);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->notes_view), log != NULL ? log->notes : "", -1);
  update_complete (self);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  VastusPainForm *self = VASTUS_PAIN_FORM (widget);
  g_autoptr (VastusPainLog) log = NULL;
  g_autoptr (VastusProgression) progression = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *notes = NULL;
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->notes_view);
  GtkTextIter start, end;
  gboolean written = FALSE;

  if (!vastus_pain_form_is_complete (self) || self->entry == NULL)
    return;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  notes = g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
  log = vastus_pain_log_new (self->during, self->after, notes);

  for (guint i = 0; i < self->feel_rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->feel_rows, i);
      guint feel = gtk_drop_down_get_selected (row_drop_down (row));

      vastus_pain_log_add_feel (log, g_object_get_data (G_OBJECT (row), "exercise"),
                                feel <= VASTUS_FEEL_TOO_HARD ? (VastusFeel) feel : VASTUS_FEEL_UNSET,
                                gtk_check_button_get_active (row_hurt (row)));
    }

  progression = vastus_store_log_pain (self->store, vastus_session_entry_get_id (self->entry), log, &written, &error);
  g_signal_emit (self, signals[SAVED], 0, written, progression, error);
}

static void
feel_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  VastusPainForm *self = VASTUS_PAIN_FORM (widget);
  guint index, feel;

  g_variant_get (parameter, "(uu)", &index, &feel);
  if (index < self->feel_rows->len && feel <= VASTUS_FEEL_TOO_HARD)
    gtk_drop_down_set_selected (row_drop_down (g_ptr_array_index (self->feel_rows, index)), feel);
}

static void
hurt_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  VastusPainForm *self = VASTUS_PAIN_FORM (widget);
  guint index;
  gboolean hurt;

  g_variant_get (parameter, "(ub)", &index, &hurt);
  if (index < self->feel_rows->len)
    gtk_check_button_set_active (row_hurt (g_ptr_array_index (self->feel_rows, index)), hurt);
}

static void
vastus_pain_form_dispose (GObject *object)
{
  VastusPainForm *self = VASTUS_PAIN_FORM (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), VASTUS_TYPE_PAIN_FORM);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->store);
  g_clear_object (&self->entry);

  G_OBJECT_CLASS (vastus_pain_form_parent_class)->dispose (object);
}

static void
vastus_pain_form_finalize (GObject *object)
{
  VastusPainForm *self = VASTUS_PAIN_FORM (object);

  g_ptr_array_unref (self->feel_rows);

  G_OBJECT_CLASS (vastus_pain_form_parent_class)->finalize (object);
}

static void
vastus_pain_form_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  VastusPainForm *self = VASTUS_PAIN_FORM (object);

  switch (prop_id)
    {
    case PROP_DURING:
      g_value_set_int (value, self->during);
      break;
    case PROP_AFTER:
      g_value_set_int (value, self->after);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vastus_pain_form_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  VastusPainForm *self = VASTUS_PAIN_FORM (object);
  int *field = prop_id == PROP_DURING ? &self->during : &self->after;

  switch (prop_id)
    {
    case PROP_DURING:
    case PROP_AFTER:
      if (*field != g_value_get_int (value))
        {
          *field = g_value_get_int (value);
          g_object_notify_by_pspec (object, pspec);
          update_complete (self);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vastus_pain_form_class_init (VastusPainFormClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vastus_pain_form_dispose;
  object_class->finalize = vastus_pain_form_finalize;
  object_class->get_property = vastus_pain_form_get_property;
  object_class->set_property = vastus_pain_form_set_property;

  properties[PROP_DURING] =
    g_param_spec_int ("during", NULL, NULL, -1, VASTUS_PAIN_MAX, -1,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_AFTER] =
    g_param_spec_int ("after", NULL, NULL, -1, VASTUS_PAIN_MAX, -1,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * VastusPainForm::saved:
   * @written: whether the log is on disk, or kept in memory to be written
   * @progression: (nullable) (type VastusProgression): the engine's
   *   decisions, when the log was about the newest session
   * @error: (nullable) (type GError): what could not be saved
   */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                 NULL, NULL, NULL, G_TYPE_NONE, 3, G_TYPE_BOOLEAN, G_TYPE_POINTER, G_TYPE_POINTER);

  g_type_ensure (VASTUS_TYPE_PAIN_SCALE);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/vastus/vastus/ui/vastus-pain-form.ui");
  gtk_widget_class_bind_template_child (widget_class, VastusPainForm, exercises_group);
  gtk_widget_class_bind_template_child (widget_class, VastusPainForm, notes_view);
  gtk_widget_class_bind_template_child (widget_class, VastusPainForm, hint_label);

  gtk_widget_class_install_property_action (widget_class, "pain.during", "during");
  gtk_widget_class_install_property_action (widget_class, "pain.after", "after");
  gtk_widget_class_install_action (widget_class, "pain.feel", "(uu)", feel_action);
  gtk_widget_class_install_action (widget_class, "pain.hurt", "(ub)", hurt_action);
  gtk_widget_class_install_action (widget_class, "pain.save", NULL, save_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
}

static void
vastus_pain_form_init (VastusPainForm *self)
{
  GtkLayoutManager *layout;

  self->during = -1;
  self->after = -1;
  self->feel_rows = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));

  layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));
  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 18);
  update_complete (self);
}

GtkWidget *
vastus_pain_form_new (void)
{
  return g_object_new (VASTUS_TYPE_PAIN_FORM, NULL);
}

GtkTextBuffer *
vastus_pain_form_get_notes_buffer (VastusPainForm *self)
{
  g_return_val_if_fail (VASTUS_IS_PAIN_FORM (self), NULL);
  return gtk_text_view_get_buffer (self->notes_view);
}

GtkWidget *
vastus_pain_form_get_feel_row (VastusPainForm *self,
                               guint           index)
{
  g_return_val_if_fail (VASTUS_IS_PAIN_FORM (self), NULL);
  return index < self->feel_rows->len ? g_ptr_array_index (self->feel_rows, index) : NULL;
}
