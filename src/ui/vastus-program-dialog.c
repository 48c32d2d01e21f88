/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "vastus-program-dialog"

#include "config.h"

#include "vastus-date.h"
#include "vastus-program-dialog-private.h"
#include "vastus-toast.h"

#include <glib/gi18n.h>

/*
 * Your Programme: sessions a week, and the exercises in order, each one
 * moved up or down or removed, its dose set by hand within its bounds, with
 * how its dose got where it is (the journal's programme changes). Every
 * change goes to the store at once, which saves it and tells Today; removing
 * and setting a dose can be undone from the toast that says so.
 */

struct _VastusProgramDialog
{
  AdwWindow            parent_instance;

  VastusStore         *store;
  VastusProgram       *program;
  VastusJournal       *journal;
  AdwPreferencesGroup *exercises_group;
  GPtrArray           *rows;
  GtkSpinButton       *sessions;
  AdwToastOverlay     *toasts;
  AdwToast            *toast;        /* the newest, with its Undo */

  /* What Undo puts back. */
  VastusExercise      *removed;
  VastusDose           removed_dose;
  char                *removed_paused;
  guint                removed_index;
  int                  undo_dose_index;   /* -1 for none */
  VastusDose           undo_dose;
};

/* The dose values a person sets by hand, in this order. */
static const VastusDoseValue settable[] = {
  VASTUS_DOSE_SETS, VASTUS_DOSE_REPS, VASTUS_DOSE_HOLD, VASTUS_DOSE_REST,
};

G_DEFINE_FINAL_TYPE (VastusProgramDialog, vastus_program_dialog, ADW_TYPE_WINDOW)

/**
 * vastus_program_dialog_history:
 *
 * Returns: (transfer full): the exercise's dose changes, newest first, a
 *   line each ("21 Nov: reason"), or an empty string
 */
static char *
vastus_program_dialog_history (VastusJournal *journal,
                               const char    *exercise_id)
{
  GString *text = g_string_new (NULL);
  g_autoptr (GPtrArray) changes = vastus_progression_list_changes (journal, NULL, exercise_id);

  for (guint i = changes->len; i > 0; i--)
    {
      VastusChange *change = g_ptr_array_index (changes, i - 1);
      g_autoptr (GDateTime) when = NULL;
      g_autofree char *day = NULL;

      if (change->kind == VASTUS_DECISION_HOLD)
        continue;
      when = g_date_time_new_from_unix_local (change->time / G_USEC_PER_SEC);
      /* Translators: a date in a dose's history, as in "21 Nov"; see strftime */
      day = when != NULL ? vastus_date_format (when, _("%-d %b")) : g_strdup ("");
      g_string_append_printf (text, "%s: %s\n", day, change->reason);
    }

  return g_string_free (text, FALSE);
}

static void rebuild (VastusProgramDialog *self);
static void rebuild_and_focus (VastusProgramDialog *self,
                               int                  index,
                               const char          *action,
                               GVariant            *target,
                               gboolean             expand);

static void
show_toast (VastusProgramDialog *self,
            const char          *title,
            gboolean             undo)
{
  vastus_toast_replace (GTK_WIDGET (self->toasts), &self->toast, title, undo ? "programme.undo" : NULL);
}

static void
forget_undo (VastusProgramDialog *self)
{
  g_clear_object (&self->removed);
  g_clear_pointer (&self->removed_paused, g_free);
  self->undo_dose_index = -1;
}

static void
save (VastusProgramDialog *self)
{
  g_autoptr (GError) error = NULL;

  if (!vastus_store_save_program (self->store, &error))
    show_toast (self, error->message, FALSE);
}

static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  VastusProgramDialog *self = VASTUS_PROGRAM_DIALOG (widget);
  int from, to;

  g_variant_get (parameter, "(ii)", &from, &to);
  if (from < 0 || to < 0 || (guint) from >= vastus_program_get_n_exercises (self->program) ||
      (guint) to >= vastus_program_get_n_exercises (self->program))
    return;
  forget_undo (self);
  vastus_program_move (self->program, (guint) from, (guint) to);
  save (self);
  /* On the same button of the moved row, to move it on with the same key. */
  rebuild_and_focus (self, to, "programme.move", g_variant_new ("(ii)", to, to < from ? to - 1 : to + 1), FALSE);
}

/* Remove, or take a paused exercise back into sessions. */
static void
row_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  VastusProgramDialog *self = VASTUS_PROGRAM_DIALOG (widget);
  int index = g_variant_get_int32 (parameter);

  if (index < 0 || (guint) index >= vastus_program_get_n_exercises (self->program))
    return;
  forget_undo (self);
  if (g_str_equal (action_name, "programme.remove"))
    {
      g_autofree char *title = NULL;

      self->removed = g_object_ref (vastus_program_get_exercise (self->program, (guint) index));
      self->removed_dose = *vastus_program_get_dose (self->program, (guint) index);
      self->removed_paused = g_strdup (vastus_program_get_paused (self->program, (guint) index));
      self->removed_index = (guint) index;
      vastus_program_remove (self->program, (guint) index);
      /* Translators: a toast, as in "Clamshell removed" */
      title = g_strdup_printf (_("%s removed"), vastus_exercise_get_name (self->removed));
      save (self);
      show_toast (self, title, TRUE);
    }
  else
    {
      vastus_program_set_paused (self->program, (guint) index, NULL);
      save (self);
    }
  /* On the row that took the removed one's place, or the one taken back. */
  rebuild_and_focus (self, index, NULL, NULL, FALSE);
}

/* The dose in the spin buttons of the exercise's row. */
static void
read_dose (VastusProgramDialog *self,
           guint                index,
           VastusDose          *dose)
{
  GtkWidget *row = g_ptr_array_index (self->rows, index);

  *dose = *vastus_program_get_dose (self->program, index);
  for (guint i = 0; i < G_N_ELEMENTS (settable); i++)
    {
      GtkSpinButton *spin = g_object_get_data (G_OBJECT (row), vastus_dose_value_key (settable[i]));

      if (spin != NULL)
        vastus_dose_set (dose, settable[i], gtk_spin_button_get_value_as_int (spin));
    }
  if (g_object_get_data (G_OBJECT (row), "legs") != NULL)
    vastus_dose_set_sore_leg_only (dose, gtk_switch_get_active (g_object_get_data (G_OBJECT (row), "legs")));
}

/* For one-leg work: each leg in turn, or the sore leg only. */
static GtkWidget *
legs_row (GtkWidget        *expander,
          const VastusDose *dose)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *toggle = gtk_switch_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Sore Leg Only"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                               _("Only if your physiotherapist asks for it: most programmes work both legs."));
  gtk_switch_set_active (GTK_SWITCH (toggle), vastus_dose_get_sore_leg_only (dose));
  gtk_widget_set_valign (toggle, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (toggle), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Sore Leg Only"), -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), toggle);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), toggle);
  g_object_set_data (G_OBJECT (expander), "legs", toggle);
  return row;
}

static void
set_dose_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  VastusProgramDialog *self = VASTUS_PROGRAM_DIALOG (widget);
  int index = g_variant_get_int32 (parameter);
  g_autoptr (GError) error = NULL;
  g_autofree char *title = NULL;
  g_autofree char *described = NULL;
  VastusExercise *exercise;
  VastusDose dose, before;

  if (index < 0 || (guint) index >= vastus_program_get_n_exercises (self->program) ||
      (guint) index >= self->rows->len)
    return;
  exercise = vastus_program_get_exercise (self->program, (guint) index);
  before = *vastus_program_get_dose (self->program, (guint) index);
  read_dose (self, (guint) index, &dose);
  forget_undo (self);
  if (!vastus_store_set_dose (self->store, (guint) index, &dose, &error))
    {
      show_toast (self, error->message, FALSE);
      rebuild_and_focus (self, index, "programme.set-dose", g_variant_new_int32 (index), TRUE);
      return;
    }
  self->undo_dose_index = index;
  self->undo_dose = before;
  described = vastus_dose_describe (vastus_program_get_dose (self->program, (guint) index),
                                   vastus_exercise_get_side (exercise));
  /* Translators: a toast, as in "Straight-leg raise: 2 × 10 each leg, set by you" */
  title = g_strdup_printf (_("%s: %s, set by you"), vastus_exercise_get_name (exercise), described);
  /* The row stays open, with the focus on its Set This Dose. */
  rebuild_and_focus (self, index, "programme.set-dose", g_variant_new_int32 (index), TRUE);
  show_toast (self, title, TRUE);
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  VastusProgramDialog *self = VASTUS_PROGRAM_DIALOG (widget);
  g_autoptr (GError) error = NULL;
  int index = -1;
  gboolean dose = FALSE;

  if (self->removed != NULL && vastus_program_find (self->program, vastus_exercise_get_id (self->removed)) < 0)
    {
      index = (int) MIN (self->removed_index, vastus_program_get_n_exercises (self->program));
      vastus_program_insert (self->program, (guint) index, self->removed, &self->removed_dose, self->removed_paused);
      save (self);
    }
  else if (self->undo_dose_index >= 0 &&
           (guint) self->undo_dose_index < vastus_program_get_n_exercises (self->program))
    {
      index = self->undo_dose_index;
      dose = TRUE;
      if (!vastus_store_set_dose (self->store, (guint) self->undo_dose_index, &self->undo_dose, &error))
        show_toast (self, error->message, FALSE);
    }
  forget_undo (self);
  /* On the row put back, or the one whose dose went back. */
  rebuild_and_focus (self, index, dose ? "programme.set-dose" : NULL, dose ? g_variant_new_int32 (index) : NULL, dose);
}

/* A spin button for one value of the dose, within the exercise's bounds. */
static GtkWidget *
dose_row (VastusProgramDialog *self,
          GtkWidget           *expander,
          const VastusDose    *dose,
          VastusDoseValue      which)
{
  static const struct { const char *title; const char *unit; } words[] = {
    [VASTUS_DOSE_SETS] = { N_("Sets"), NULL },
    [VASTUS_DOSE_REPS] = { N_("Reps a set"), NULL },
    [VASTUS_DOSE_HOLD] = { N_("Hold"), N_("seconds") },
    [VASTUS_DOSE_REST] = { N_("Rest between sets"), N_("seconds") },
  };
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *spin;
  double min, max;
  g_autofree char *range = NULL;

  if (!vastus_dose_get_bounds (dose, which, &min, &max))
    vastus_dose_value_range (which, &min, &max);
  spin = gtk_spin_button_new_with_range (min, max, which == VASTUS_DOSE_REST || which == VASTUS_DOSE_HOLD ? 5 : 1);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), vastus_dose_get (dose, which));
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL, _(words[which].title), -1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(words[which].title));
  /* Translators: a dose value's bounds, as in "From 8 to 12" or "From 10 to 45 seconds" */
  range = words[which].unit != NULL ? g_strdup_printf (_("From %g to %g %s"), min, max, _(words[which].unit))
                                    : g_strdup_printf (_("From %g to %g"), min, max);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), range);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);
  g_object_set_data (G_OBJECT (expander), vastus_dose_value_key (which), spin);
  return row;
}

/* Through the store, as Preferences does: saved and journaled. */
static void
sessions_changed_cb (VastusProgramDialog *self)
{
  int sessions = gtk_spin_button_get_value_as_int (self->sessions);
  g_autoptr (GError) error = NULL;

  if (sessions == vastus_program_get_sessions_per_week (self->program))
    return;
  forget_undo (self);
  if (!vastus_store_set_sessions_per_week (self->store, sessions, &error))
    show_toast (self, error->message, FALSE);
}

static GtkWidget *
icon_button (const char *icon,
             const char *tooltip,
             const char *action,
             GVariant   *target)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
  gtk_widget_add_css_class (button, "flat");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), target);
  return button;
}

static void
rebuild (VastusProgramDialog *self)
{
  guint n = vastus_program_get_n_exercises (self->program);

  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (self->exercises_group, g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);

  for (guint i = 0; i < n; i++)
    {
      VastusExercise *exercise = vastus_program_get_exercise (self->program, i);
      const char *paused = vastus_program_get_paused (self->program, i);
      g_autofree char *dose = vastus_dose_describe (vastus_program_get_dose (self->program, i),
                                                    vastus_exercise_get_side (exercise));
      g_autofree char *history = vastus_program_dialog_history (self->journal, vastus_exercise_get_id (exercise));
      g_autofree char *name = g_strdup (vastus_exercise_get_name (exercise));
      GtkWidget *row = adw_expander_row_new ();
      GtkWidget *history_row = adw_action_row_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
      adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), paused != NULL ? paused : dose);

      /* Actions go in from the right: remove, take back, down, up. */
      adw_expander_row_add_action (ADW_EXPANDER_ROW (row),
                                   icon_button ("user-trash-symbolic", _("Remove from the Programme"),
                                                "programme.remove", g_variant_new_int32 ((int) i)));
      if (paused != NULL)
        adw_expander_row_add_action (ADW_EXPANDER_ROW (row),
                                     icon_button ("media-playback-start-symbolic", _("Take Back into Sessions"),
                                                  "programme.resume", g_variant_new_int32 ((int) i)));
      if (i + 1 < n)
        adw_expander_row_add_action (ADW_EXPANDER_ROW (row),
                                     icon_button ("go-down-symbolic", _("Move Down"), "programme.move",
                                                  g_variant_new ("(ii)", (int) i, (int) i + 1)));
      if (i > 0)
        adw_expander_row_add_action (ADW_EXPANDER_ROW (row),
                                     icon_button ("go-up-symbolic", _("Move Up"), "programme.move",
                                                  g_variant_new ("(ii)", (int) i, (int) i - 1)));

      /* The dose, set by hand within its bounds. */
      for (guint k = 0; k < G_N_ELEMENTS (settable); k++)
        if (vastus_dose_has (vastus_program_get_dose (self->program, i), settable[k]))
          adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                                    dose_row (self, row, vastus_program_get_dose (self->program, i), settable[k]));
      if (vastus_exercise_get_side (exercise) == VASTUS_SIDE_ONE)
        adw_expander_row_add_row (ADW_EXPANDER_ROW (row), legs_row (row, vastus_program_get_dose (self->program, i)));
      {
        GtkWidget *set_row = adw_action_row_new ();
        GtkWidget *set_button = gtk_button_new_with_mnemonic (_("_Set This Dose"));

        adw_action_row_set_subtitle (ADW_ACTION_ROW (set_row),
                                     _("As you or your physiotherapist choose. The coach goes on from it."));
        gtk_widget_set_valign (set_button, GTK_ALIGN_CENTER);
        gtk_widget_set_tooltip_text (set_button, _("Use These Values from the Next Session"));
        gtk_actionable_set_action_name (GTK_ACTIONABLE (set_button), "programme.set-dose");
        gtk_actionable_set_action_target_value (GTK_ACTIONABLE (set_button), g_variant_new_int32 ((int) i));
        adw_action_row_add_suffix (ADW_ACTION_ROW (set_row), set_button);
        adw_expander_row_add_row (ADW_EXPANDER_ROW (row), set_row);
      }

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (history_row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (history_row), _("How the dose got here"));
      g_strchomp (history);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (history_row),
                                   history[0] != '\0' ? history : _("The starting dose: no changes yet."));
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (history_row), 0);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), history_row);

      adw_preferences_group_add (self->exercises_group, row);
      g_ptr_array_add (self->rows, row);
    }
}

/* The button under @widget with @action and @target, if there is one. */
static GtkWidget *
find_action_button (GtkWidget  *widget,
                    const char *action,
                    GVariant   *target)
{
  if (GTK_IS_ACTIONABLE (widget) &&
      g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action) == 0 &&
      gtk_actionable_get_action_target_value (GTK_ACTIONABLE (widget)) != NULL &&
      g_variant_equal (gtk_actionable_get_action_target_value (GTK_ACTIONABLE (widget)), target))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_action_button (child, action, target);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/*
 * The rows are made anew after each change, which takes the focus with
 * them. If it was on a row, it goes to the row now at @index (the last row
 * if there are fewer): on its button with @action and @target when it has
 * one, else on the row itself, opened first if @expand.
 */
static void
rebuild_and_focus (VastusProgramDialog *self,
                   int                  index,
                   const char          *action,
                   GVariant            *target,
                   gboolean             expand)
{
  g_autoptr (GVariant) sunk = target != NULL ? g_variant_ref_sink (target) : NULL;
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
  gboolean in_rows = focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->exercises_group));
  GtkWidget *row;
  GtkWidget *button = NULL;

  rebuild (self);
  if (index < 0 || self->rows->len == 0)
    return;

  row = g_ptr_array_index (self->rows, MIN ((guint) index, self->rows->len - 1));
  if (expand)
    adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  if (!in_rows)
    return;

  if (action != NULL)
    button = find_action_button (row, action, sunk);
  /* Moved to the top or the bottom: the row's other move button. */
  if (button == NULL && g_strcmp0 (action, "programme.move") == 0)
    {
      int to, next;
      g_autoptr (GVariant) other = NULL;

      g_variant_get (sunk, "(ii)", &to, &next);
      other = g_variant_ref_sink (g_variant_new ("(ii)", to, to + (to - next)));
      button = find_action_button (row, action, other);
    }
  gtk_widget_grab_focus (button != NULL ? button : row);
}

static void
vastus_program_dialog_dispose (GObject *object)
{
  VastusProgramDialog *self = VASTUS_PROGRAM_DIALOG (object);

  /* The toast may outlive the dialog (its timeout holds it): it must not
   * write to a dialog that is gone when it is freed. */
  g_clear_weak_pointer (&self->toast);
  forget_undo (self);
  g_clear_object (&self->store);
  g_clear_object (&self->program);
  g_clear_object (&self->journal);

  G_OBJECT_CLASS (vastus_program_dialog_parent_class)->dispose (object);
}

static void
vastus_program_dialog_finalize (GObject *object)
{
  VastusProgramDialog *self = VASTUS_PROGRAM_DIALOG (object);

  g_ptr_array_unref (self->rows);

  G_OBJECT_CLASS (vastus_program_dialog_parent_class)->finalize (object);
}

static void
vastus_program_dialog_class_init (VastusProgramDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vastus_program_dialog_dispose;
  object_class->finalize = vastus_program_dialog_finalize;

  gtk_widget_class_install_action (widget_class, "programme.move", "(ii)", move_action);
  gtk_widget_class_install_action (widget_class, "programme.remove", "i", row_action);
  gtk_widget_class_install_action (widget_class, "programme.resume", "i", row_action);
  gtk_widget_class_install_action (widget_class, "programme.set-dose", "i", set_dose_action);
  gtk_widget_class_install_action (widget_class, "programme.undo", NULL, undo_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "programme.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
vastus_program_dialog_init (VastusProgramDialog *self)
{
  self->rows = g_ptr_array_new ();
  self->undo_dose_index = -1;
}

GtkWidget *
vastus_program_dialog_new (GtkWindow   *parent,
                           VastusStore *store)
{
  VastusProgramDialog *self = g_object_new (VASTUS_TYPE_PROGRAM_DIALOG,
                                            "transient-for", parent,
                                            "modal", TRUE,
                                            "title", _("Your Programme"),
                                            "default-width", 560,
                                            "default-height", 680,
                                            NULL);
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *page = adw_preferences_page_new ();
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *spin = gtk_spin_button_new_with_range (1, 7, 1);

  self->store = g_object_ref (store);
  self->program = g_object_ref (vastus_store_get_program (store));
  self->journal = g_object_ref (vastus_store_get_journal (store));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Sessions a week"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                               _("Three or four suit most people; light isometric work can be daily."));
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), vastus_program_get_sessions_per_week (self->program));
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Sessions a week"), -1);
  g_signal_connect_swapped (spin, "value-changed", G_CALLBACK (sessions_changed_cb), self);
  self->sessions = GTK_SPIN_BUTTON (spin);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (group));

  self->exercises_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (self->exercises_group, _("Exercises"));
  adw_preferences_group_set_description (self->exercises_group,
                                         _("In the order of your sessions. Add more from the Library."));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), self->exercises_group);
  rebuild (self);

  gtk_box_append (GTK_BOX (content), adw_header_bar_new ());
  gtk_widget_set_vexpand (page, TRUE);
  self->toasts = ADW_TOAST_OVERLAY (adw_toast_overlay_new ());
  adw_toast_overlay_set_child (self->toasts, page);
  gtk_widget_set_vexpand (GTK_WIDGET (self->toasts), TRUE);
  gtk_box_append (GTK_BOX (content), GTK_WIDGET (self->toasts));
  adw_window_set_content (ADW_WINDOW (self), content);
  return GTK_WIDGET (self);
}

GtkSpinButton *
vastus_program_dialog_get_dose_spin (VastusProgramDialog *self,
                                     guint                index,
                                     VastusDoseValue      which)
{
  g_return_val_if_fail (VASTUS_IS_PROGRAM_DIALOG (self), NULL);
  g_return_val_if_fail (index < self->rows->len, NULL);
  return g_object_get_data (g_ptr_array_index (self->rows, index), vastus_dose_value_key (which));
}

GtkSwitch *
vastus_program_dialog_get_legs_switch (VastusProgramDialog *self,
                                       guint                index)
{
  g_return_val_if_fail (VASTUS_IS_PROGRAM_DIALOG (self), NULL);
  g_return_val_if_fail (index < self->rows->len, NULL);
  return g_object_get_data (g_ptr_array_index (self->rows, index), "legs");
}
