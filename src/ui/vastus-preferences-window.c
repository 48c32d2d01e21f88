/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "vastus-preferences-window"

#include "config.h"

#include "vastus-preferences-window-private.h"
#include "vastus-toast.h"

#include <glib/gi18n.h>

#include "vastus-background.h"
#include "vastus-equipment-rows.h"
#include "vastus-reminders.h"
#include "vastus-starter-program.h"

/*
 * Preferences: what shapes the person's programme as a whole. The sore side
 * (where one-leg exercises start), sessions a week, the starter programme
 * (switching asks first, and can be undone from the toast that says it was
 * done) and the equipment the person has. Every change goes to the store
 * through the "prefs." actions, which the rows and the tests share; the
 * store saves it, writes it to the journal, and says it changed, and the
 * rows follow. The reminders are settings of their own; turning one on
 * asks for `vastus --reminders` to start with the session, turning both
 * off asks no longer.
 */

struct _VastusPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  VastusStore          *store;
  GSimpleActionGroup   *actions;
  AdwComboRow          *sore_side;
  GtkSpinButton        *sessions;
  GPtrArray            *starter_checks;    /* GtkCheckButton, "starter" data */
  GPtrArray            *equipment_checks;  /* GtkCheckButton, "equipment" data */
  GtkWidget            *confirm;           /* asking before a switch of starter */
  char                 *pending_starter;
  AdwToast             *toast;             /* the newest, with its Undo */
  GSettings            *settings;
  GtkSwitch            *spoken_cues;
  GtkSwitch            *training_reminder;
  GtkSwitch            *morning_reminder;
  GPtrArray            *day_toggles;       /* GtkToggleButton, Monday first */
  GtkSpinButton        *hour;
  GtkSpinButton        *minute;
  GCancellable         *background;        /* the request to start with the session */
  gboolean              syncing;           /* the rows follow the store */
};

G_DEFINE_FINAL_TYPE (VastusPreferencesWindow, vastus_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

/* The sore side in the order of the combo row. */
static const VastusLeg legs[] = { VASTUS_LEG_LEFT, VASTUS_LEG_RIGHT, VASTUS_LEG_NONE };
static const char * const leg_ids[] = { "left", "right", "both" };

static VastusLeg
leg_from_id (const char *id)
{
  for (guint i = 0; i < G_N_ELEMENTS (leg_ids); i++)
    if (g_strcmp0 (leg_ids[i], id) == 0)
      return legs[i];
  return VASTUS_LEG_NONE;
}

static guint
leg_position (VastusLeg leg)
{
  for (guint i = 0; i < G_N_ELEMENTS (legs); i++)
    if (legs[i] == leg)
      return i;
  return G_N_ELEMENTS (legs) - 1;
}

static void
show_toast (VastusPreferencesWindow *self,
            const char              *title,
            gboolean                 undo)
{
  vastus_toast_replace (GTK_WIDGET (self), &self->toast, title, undo ? "prefs.undo-starter" : NULL);
}

static void
show_error (VastusPreferencesWindow *self,
            const GError            *error)
{
  AdwToast *toast = adw_toast_new (error->message);

  adw_toast_set_timeout (toast, 0);
  vastus_toast_show (GTK_WIDGET (self), toast);
}

/* The rows and the actions' states follow the store's programme. */
static void
sync_from_store (VastusPreferencesWindow *self)
{
  VastusProgram *program = vastus_store_get_program (self->store);
  GAction *action;
  VastusLeg leg;

  if (program == NULL)
    return;
  self->syncing = TRUE;

  leg = vastus_program_get_first_leg (program);
  action = g_action_map_lookup_action (G_ACTION_MAP (self->actions), "sore-side");
  g_simple_action_set_state (G_SIMPLE_ACTION (action), g_variant_new_string (leg_ids[leg_position (leg)]));
  adw_combo_row_set_selected (self->sore_side, leg_position (leg));

  action = g_action_map_lookup_action (G_ACTION_MAP (self->actions), "sessions");
  g_simple_action_set_state (G_SIMPLE_ACTION (action),
                             g_variant_new_int32 (vastus_program_get_sessions_per_week (program)));
  gtk_spin_button_set_value (self->sessions, vastus_program_get_sessions_per_week (program));

  action = g_action_map_lookup_action (G_ACTION_MAP (self->actions), "starter");
  g_simple_action_set_state (G_SIMPLE_ACTION (action),
                             g_variant_new_string (vastus_program_get_starter_id (program) != NULL
                                                   ? vastus_program_get_starter_id (program) : ""));

  vastus_equipment_rows_set (self->equipment_checks, vastus_program_get_equipment (program));

  action = g_action_map_lookup_action (G_ACTION_MAP (self->actions), "undo-starter");
  g_simple_action_set_enabled (G_SIMPLE_ACTION (action), vastus_store_can_undo_change_starter (self->store));
  /* Something else changed the programme since: there is nothing to undo. */
  if (self->toast != NULL && !vastus_store_can_undo_change_starter (self->store) &&
      adw_toast_get_action_name (self->toast) != NULL)
    vastus_toast_dismiss (self->toast);

  self->syncing = FALSE;
}

static void
sore_side_change_state (GSimpleAction *action,
                        GVariant      *value,
                        gpointer       data)
{
  VastusPreferencesWindow *self = data;
  g_autoptr (GError) error = NULL;

  if (self->syncing)
    return;
  if (!vastus_store_set_first_leg (self->store, leg_from_id (g_variant_get_string (value, NULL)), &error))
    show_error (self, error);
  sync_from_store (self);
}

static void
sessions_change_state (GSimpleAction *action,
                       GVariant      *value,
                       gpointer       data)
{
  VastusPreferencesWindow *self = data;
  g_autoptr (GError) error = NULL;

  if (self->syncing)
    return;
  if (!vastus_store_set_sessions_per_week (self->store, g_variant_get_int32 (value), &error))
    show_error (self, error);
  sync_from_store (self);
}

static void
equipment_activate (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       data)
{
  VastusPreferencesWindow *self = data;
  VastusProgram *program = vastus_store_get_program (self->store);
  g_autoptr (GStrvBuilder) builder = NULL;
  g_auto (GStrv) have = NULL;
  g_autoptr (GError) error = NULL;
  const char *equipment;
  gboolean ticked;

  g_variant_get (parameter, "(&sb)", &equipment, &ticked);
  if (self->syncing || program == NULL || vastus_program_has_equipment (program, equipment) == ticked)
    return;

  builder = g_strv_builder_new ();
  for (const char * const *name = vastus_equipment_names (); *name != NULL; name++)
    if (g_str_equal (*name, equipment) ? ticked : vastus_program_has_equipment (program, *name))
      if (!g_str_equal (*name, "none"))
        g_strv_builder_add (builder, *name);
  have = g_strv_builder_end (builder);
  if (!vastus_store_set_equipment (self->store, (const char * const *) have, &error))
    show_error (self, error);
  sync_from_store (self);
}

static void
switch_starter (VastusPreferencesWindow *self,
                const char              *starter_id)
{
  VastusStarterProgram *starter = vastus_catalogue_lookup_program (vastus_store_get_catalogue (self->store),
                                                                   starter_id);
  g_autoptr (GError) error = NULL;
  gboolean saved;

  if (starter == NULL)
    return;
  saved = vastus_store_change_starter (self->store, starter_id, &error);
  /* Short, to fit beside Undo in a narrow window; the row says which. */
  if (g_strcmp0 (vastus_program_get_starter_id (vastus_store_get_program (self->store)), starter_id) == 0)
    show_toast (self, _("Programme switched"), TRUE);
  if (!saved)
    show_error (self, error);
  sync_from_store (self);
}

static void
confirm_response_cb (AdwMessageDialog        *dialog,
                     const char              *response,
                     VastusPreferencesWindow *self)
{
  g_autofree char *starter_id = g_steal_pointer (&self->pending_starter);

  self->confirm = NULL;
  if (g_str_equal (response, "switch") && starter_id != NULL)
    switch_starter (self, starter_id);
  else
    sync_from_store (self);
}

/* Switching replaces the exercises and their doses: ask first. */
static void
starter_change_state (GSimpleAction *action,
                      GVariant      *value,
                      gpointer       data)
{
  VastusPreferencesWindow *self = data;
  const char *starter_id = g_variant_get_string (value, NULL);
  VastusProgram *program = vastus_store_get_program (self->store);
  VastusStarterProgram *starter;
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;

  if (self->syncing || self->confirm != NULL || program == NULL ||
      g_strcmp0 (vastus_program_get_starter_id (program), starter_id) == 0)
    return;
  starter = vastus_catalogue_lookup_program (vastus_store_get_catalogue (self->store), starter_id);
  if (starter == NULL)
    return;

  /* Translators: a question, the starter programme's name */
  heading = g_strdup_printf (_("Switch to %s?"), vastus_starter_program_get_name (starter));
  /* Translators: the starter programme's name */
  body = g_strdup_printf (_("The exercises in your programme and their doses will be replaced by those of %s, at "
                            "their starting doses. Your sore side, sessions a week and equipment stay as they are."),
                          vastus_starter_program_get_name (starter));
  self->confirm = adw_message_dialog_new (GTK_WINDOW (self), heading, body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (self->confirm),
                                    "cancel", _("_Cancel"),
                                    "switch", _("_Switch Programme"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (self->confirm), "switch",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (self->confirm), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (self->confirm), "cancel");
  g_free (self->pending_starter);
  self->pending_starter = g_strdup (starter_id);
  g_signal_connect_object (self->confirm, "response", G_CALLBACK (confirm_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (self->confirm));
}

static void
undo_starter_activate (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       data)
{
  VastusPreferencesWindow *self = data;
  g_autoptr (GError) error = NULL;

  if (!vastus_store_undo_change_starter (self->store, &error))
    show_error (self, error);
  else
    show_toast (self, _("Programme back as it was"), FALSE);
  sync_from_store (self);
}

static void
sore_side_selected_cb (VastusPreferencesWindow *self)
{
  guint selected = adw_combo_row_get_selected (self->sore_side);

  if (self->syncing || selected >= G_N_ELEMENTS (leg_ids))
    return;
  g_action_group_change_action_state (G_ACTION_GROUP (self->actions), "sore-side",
                                      g_variant_new_string (leg_ids[selected]));
}

static void
sessions_value_cb (VastusPreferencesWindow *self)
{
  if (self->syncing)
    return;
  g_action_group_change_action_state (G_ACTION_GROUP (self->actions), "sessions",
                                      g_variant_new_int32 (gtk_spin_button_get_value_as_int (self->sessions)));
}

/* The page */

static GtkWidget *
programme_group (VastusPreferencesWindow *self)
{
  GtkWidget *group = adw_preferences_group_new ();
  g_autoptr (GtkStringList) sides = gtk_string_list_new (NULL);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *spin = gtk_spin_button_new_with_range (VASTUS_SESSIONS_PER_WEEK_MIN, VASTUS_SESSIONS_PER_WEEK_MAX, 1);

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Your Sessions"));

  /* Translators: the sore side: the left knee */
  gtk_string_list_append (sides, C_("knee", "Left"));
  /* Translators: the sore side: the right knee */
  gtk_string_list_append (sides, C_("knee", "Right"));
  /* Translators: the sore side: both knees */
  gtk_string_list_append (sides, C_("knee", "Both"));
  self->sore_side = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->sore_side), _("_Sore side"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (self->sore_side), TRUE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->sore_side),
                               _("One-leg exercises start on this side"));
  adw_combo_row_set_model (self->sore_side, G_LIST_MODEL (sides));
  /* Translators: about knee pain, scored 0 (none) to 10 (worst imaginable): keep numbers and meaning exact */
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->sore_side), _("Which knee hurts"));
  g_signal_connect_object (self->sore_side, "notify::selected", G_CALLBACK (sore_side_selected_cb), self,
                           G_CONNECT_SWAPPED);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->sore_side));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Sessions a _week"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                               _("Three or four suit most people; light isometric work can be daily."));
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (spin, _("How many sessions a week your programme aims at"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Sessions a week"), -1);
  self->sessions = GTK_SPIN_BUTTON (spin);
  g_signal_connect_object (spin, "value-changed", G_CALLBACK (sessions_value_cb), self, G_CONNECT_SWAPPED);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  return group;
}

static GtkWidget *
switch_row (VastusPreferencesWindow *self,
            const char              *key,
            const char              *title,
            const char              *subtitle,
            const char              *tooltip,
            const char              *accessible_name,
            GtkSwitch              **out)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *toggle = gtk_switch_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_set_valign (toggle, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (toggle, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (toggle), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_name, -1);
  g_settings_bind (self->settings, key, toggle, "active", G_SETTINGS_BIND_DEFAULT);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), toggle);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), toggle);
  if (out != NULL)
    *out = GTK_SWITCH (toggle);
  return row;
}

static GtkWidget *
cues_group (VastusPreferencesWindow *self)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("During a Session"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             switch_row (self, "sound-cues", _("S_ound cues"),
                                         _("Beeps for 3-2-1, and a tone when work, a rest or a switch of legs begins"),
                                         _("Play sound cues during sessions"), _("Sound cues"), NULL));
  GtkWidget *spoken = switch_row (self, "spoken-cues", _("Spo_ken cues"),
                                  _("Each exercise and its dose, the last set, switching legs, rests and "
                                    "halfway, said aloud; silent while sound cues are off"),
                                  _("Say what comes next aloud during sessions"), _("Spoken cues"),
                                  &self->spoken_cues);

  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), spoken);
  /* Muted, nothing is said: the row says so by being greyed out. */
  g_settings_bind (self->settings, "sound-cues", spoken, "sensitive", G_SETTINGS_BIND_GET);
  return group;
}

static GtkWidget *
starter_group (VastusPreferencesWindow *self)
{
  GtkWidget *group = adw_preferences_group_new ();
  GListModel *programs = vastus_catalogue_get_programs (vastus_store_get_catalogue (self->store));
  GtkWidget *first = NULL;

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Starter Programme"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("Switching replaces your exercises and their doses with the new "
                                           "programme’s starting ones."));
  for (guint i = 0; i < g_list_model_get_n_items (programs); i++)
    {
      g_autoptr (VastusStarterProgram) starter = g_list_model_get_item (programs, i);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), vastus_starter_program_get_name (starter));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), vastus_starter_program_get_summary (starter));
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
      gtk_widget_set_tooltip_text (row, _("Switch to this starter programme, after a question"));
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      vastus_starter_program_get_name (starter), -1);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (check), "prefs.starter");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (check), "s", vastus_starter_program_get_id (starter));
      g_object_set_data_full (G_OBJECT (check), "starter", g_strdup (vastus_starter_program_get_id (starter)), g_free);
      if (first == NULL)
        first = check;
      else
        gtk_check_button_set_group (GTK_CHECK_BUTTON (check), GTK_CHECK_BUTTON (first));
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
      g_ptr_array_add (self->starter_checks, check);
    }
  return group;
}

static GtkWidget *
equipment_group (VastusPreferencesWindow *self)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("What Do You Have?"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("A starter programme you switch to, and the coach when it moves you "
                                           "to a harder or easier exercise, keep to what you have, taking an "
                                           "exercise for home in place of one you cannot do."));
  g_ptr_array_unref (self->equipment_checks);
  self->equipment_checks = vastus_equipment_rows_add (ADW_PREFERENCES_GROUP (group), "prefs.equipment");
  return group;
}

/* Reminders */

static void
background_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      data)
{
  g_autoptr (GError) error = NULL;
  VastusPreferencesWindow *self;

  gboolean done = vastus_background_request_finish (result, &error);

  /* Cancelled: the window is gone, or a newer request replaced this one. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  self = data;
  g_clear_object (&self->background);
  if (!done)
    show_error (self, error);
}

/* Start `vastus --reminders` with the session while a reminder is on. */
static void
update_background (VastusPreferencesWindow *self)
{
  VastusReminderSettings settings;
  VastusBackgroundMethod method = vastus_background_default_method ();

  vastus_reminder_settings_load (&settings, self->settings);
  g_cancellable_cancel (self->background);
  g_clear_object (&self->background);
  self->background = g_cancellable_new ();
  vastus_background_request_async (method, vastus_background_commandline (method),
                                   vastus_reminder_settings_any (&settings), self->background,
                                   background_cb, self);
}

/* The day toggles and the time follow the settings. */
static void
sync_reminders (VastusPreferencesWindow *self)
{
  VastusReminderSettings settings;
  gboolean was = self->syncing;

  vastus_reminder_settings_load (&settings, self->settings);
  self->syncing = TRUE;
  for (guint i = 0; i < self->day_toggles->len; i++)
    gtk_toggle_button_set_active (g_ptr_array_index (self->day_toggles, i),
                                  (settings.weekdays & VASTUS_WEEKDAY_BIT (G_DATE_MONDAY + i)) != 0);
  gtk_spin_button_set_value (self->hour, settings.minute_of_day / 60);
  gtk_spin_button_set_value (self->minute, settings.minute_of_day % 60);
  self->syncing = was;
}

static void
day_toggled_cb (VastusPreferencesWindow *self)
{
  guint weekdays = 0;
  g_auto (GStrv) names = NULL;

  if (self->syncing)
    return;
  for (guint i = 0; i < self->day_toggles->len; i++)
    if (gtk_toggle_button_get_active (g_ptr_array_index (self->day_toggles, i)))
      weekdays |= VASTUS_WEEKDAY_BIT (G_DATE_MONDAY + i);
  names = vastus_weekdays_to_names (weekdays);
  g_settings_set_strv (self->settings, "reminder-days", (const char * const *) names);
}

static void
time_changed_cb (VastusPreferencesWindow *self)
{
  if (self->syncing)
    return;
  g_settings_set_int (self->settings, "reminder-time",
                      gtk_spin_button_get_value_as_int (self->hour) * 60 +
                      gtk_spin_button_get_value_as_int (self->minute));
}

/* Two digits, as a clock shows them: 07, 05. */
static gboolean
two_digits_cb (GtkSpinButton *spin)
{
  g_autofree char *text = g_strdup_printf ("%02d", gtk_spin_button_get_value_as_int (spin));

  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (spin)), text) != 0)
    gtk_editable_set_text (GTK_EDITABLE (spin), text);
  return TRUE;
}

static GtkSpinButton *
time_spin (int         max,
           const char *tooltip,
           const char *accessible_name)
{
  GtkWidget *spin = gtk_spin_button_new_with_range (0, max, 1);

  gtk_spin_button_set_wrap (GTK_SPIN_BUTTON (spin), TRUE);
  gtk_spin_button_set_increments (GTK_SPIN_BUTTON (spin), 1, max == 59 ? 15 : 6);
  gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (spin), TRUE);
  gtk_editable_set_width_chars (GTK_EDITABLE (spin), 2);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (spin, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_name, -1);
  g_signal_connect (spin, "output", G_CALLBACK (two_digits_cb), NULL);
  return GTK_SPIN_BUTTON (spin);
}

static GtkWidget *
days_row (VastusPreferencesWindow *self)
{
  GtkWidget *row = adw_preferences_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *label = gtk_label_new_with_mnemonic (_("_Days"));
  GtkWidget *days = gtk_flow_box_new ();
  /* A Monday, to name the weekdays in the person's language. */
  g_autoptr (GDateTime) monday = g_date_time_new_local (2026, 11, 23, 12, 0, 0);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Days"));
  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_box_append (GTK_BOX (box), label);

  /* A week on one line, or two in a narrow window. */
  gtk_flow_box_set_homogeneous (GTK_FLOW_BOX (days), TRUE);
  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (days), GTK_SELECTION_NONE);
  gtk_flow_box_set_min_children_per_line (GTK_FLOW_BOX (days), 4);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (days), 7);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (days), 4);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (days), 6);
  for (guint i = 0; i < 7; i++)
    {
      g_autoptr (GDateTime) day = g_date_time_add_days (monday, (int) i);
      g_autofree char *short_name = g_date_time_format (day, "%a");
      g_autofree char *name = g_date_time_format (day, "%A");
      /* Translators: a weekday's toggle in the reminder's days, like "Remind on Monday" */
      g_autofree char *tooltip = g_strdup_printf (_("Remind on %s"), name);
      GtkWidget *toggle = gtk_toggle_button_new_with_label (short_name);

      gtk_widget_set_hexpand (toggle, TRUE);
      gtk_widget_add_css_class (toggle, "weekday");
      gtk_widget_set_tooltip_text (toggle, tooltip);
      gtk_accessible_update_property (GTK_ACCESSIBLE (toggle), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
      g_signal_connect_object (toggle, "toggled", G_CALLBACK (day_toggled_cb), self, G_CONNECT_SWAPPED);
      gtk_flow_box_append (GTK_FLOW_BOX (days), toggle);
      /* The toggle takes the focus, not the box's child around it. */
      gtk_widget_set_focusable (gtk_widget_get_parent (toggle), FALSE);
      g_ptr_array_add (self->day_toggles, toggle);
    }
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), g_ptr_array_index (self->day_toggles, 0));
  gtk_box_append (GTK_BOX (box), days);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  return row;
}

static GtkWidget *
time_row (VastusPreferencesWindow *self)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("_Time"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  /* Translators: the reminder's hour and minute, on a 24-hour clock */
  self->hour = time_spin (23, _("The hour the reminder comes at, 0 to 23"), _("Hour"));
  self->minute = time_spin (59, _("The minute the reminder comes at"), _("Minute"));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->hour));
  /* Translators: between the hour and the minute of a time of day */
  gtk_box_append (GTK_BOX (box), gtk_label_new (C_("time", ":")));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->minute));
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), box);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), GTK_WIDGET (self->hour));
  g_signal_connect_object (self->hour, "value-changed", G_CALLBACK (time_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->minute, "value-changed", G_CALLBACK (time_changed_cb), self, G_CONNECT_SWAPPED);
  return row;
}

static GtkWidget *
reminders_group (VastusPreferencesWindow *self)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *training = switch_row (self, "training-reminder", _("_Remind me to train"),
                                    _("A notification on the days you choose, even while Vastus is closed; "
                                      "none on a day you trained or while your programme is on hold"),
                                    _("Remind me on the chosen days at the chosen time"), _("Remind me to train"),
                                    &self->training_reminder);
  GtkWidget *days = days_row (self);
  GtkWidget *time = time_row (self);

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Reminders"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), training);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), days);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), time);
  /* Days and time matter only while the reminder is on. */
  g_settings_bind (self->settings, "training-reminder", days, "sensitive", G_SETTINGS_BIND_GET);
  g_settings_bind (self->settings, "training-reminder", time, "sensitive", G_SETTINGS_BIND_GET);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             switch_row (self, "morning-reminder", _("Next-_morning check"),
                                         _("A notification from 7:00 the morning after a session, asking how "
                                           "your knee feels"),
                                         _("Remind me of the next-morning check"), _("Next-morning check"),
                                         &self->morning_reminder));

  sync_reminders (self);
  g_signal_connect_object (self->settings, "changed::reminder-days", G_CALLBACK (sync_reminders), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::reminder-time", G_CALLBACK (sync_reminders), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::training-reminder", G_CALLBACK (update_background), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::morning-reminder", G_CALLBACK (update_background), self,
                           G_CONNECT_SWAPPED);
  return group;
}

static void
vastus_preferences_window_dispose (GObject *object)
{
  VastusPreferencesWindow *self = VASTUS_PREFERENCES_WINDOW (object);

  /* The toast may outlive the window (its timeout holds it): it must not
   * write to a window that is gone when it is freed. */
  g_clear_weak_pointer (&self->toast);
  if (self->confirm != NULL)
    gtk_window_destroy (GTK_WINDOW (self->confirm));
  self->confirm = NULL;
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);
  g_clear_object (&self->actions);
  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_data (self->settings, self);
  g_clear_object (&self->settings);
  g_cancellable_cancel (self->background);
  g_clear_object (&self->background);

  G_OBJECT_CLASS (vastus_preferences_window_parent_class)->dispose (object);
}

static void
vastus_preferences_window_finalize (GObject *object)
{
  VastusPreferencesWindow *self = VASTUS_PREFERENCES_WINDOW (object);

  g_ptr_array_unref (self->starter_checks);
  g_ptr_array_unref (self->equipment_checks);
  g_ptr_array_unref (self->day_toggles);
  g_free (self->pending_starter);

  G_OBJECT_CLASS (vastus_preferences_window_parent_class)->finalize (object);
}

static void
vastus_preferences_window_class_init (VastusPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vastus_preferences_window_dispose;
  object_class->finalize = vastus_preferences_window_finalize;

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
vastus_preferences_window_init (VastusPreferencesWindow *self)
{
  const GActionEntry entries[] = {
    /* Activated with a value, each asks the store for that value. */
    { "sore-side", NULL, "s", "'right'", sore_side_change_state },
    { "sessions", NULL, "i", "3", sessions_change_state },
    { "starter", NULL, "s", "''", starter_change_state },
    { "equipment", equipment_activate, "(sb)", NULL, NULL },
    { "undo-starter", undo_starter_activate, NULL, NULL, NULL },
  };

  self->starter_checks = g_ptr_array_new ();
  self->equipment_checks = g_ptr_array_new ();
  self->day_toggles = g_ptr_array_new ();
  self->actions = g_simple_action_group_new ();
  self->settings = g_settings_new (APPLICATION_ID);
  g_action_map_add_action_entries (G_ACTION_MAP (self->actions), entries, G_N_ELEMENTS (entries), self);
  gtk_widget_insert_action_group (GTK_WIDGET (self), "prefs", G_ACTION_GROUP (self->actions));
}

GtkWidget *
vastus_preferences_window_new (GtkWindow   *parent,
                               VastusStore *store)
{
  VastusPreferencesWindow *self;
  GtkWidget *page;

  g_return_val_if_fail (VASTUS_IS_STORE (store), NULL);

  self = g_object_new (VASTUS_TYPE_PREFERENCES_WINDOW,
                       "transient-for", parent,
                       "modal", TRUE,
                       "title", _("Preferences"),
                       "default-width", 600,
                       "default-height", 720,
                       "search-enabled", FALSE,
                       NULL);
  self->store = g_object_ref (store);

  page = adw_preferences_page_new ();
  adw_preferences_page_set_title (ADW_PREFERENCES_PAGE (page), _("Programme"));
  adw_preferences_page_set_icon_name (ADW_PREFERENCES_PAGE (page), "x-office-calendar-symbolic");
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (programme_group (self)));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (cues_group (self)));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (reminders_group (self)));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (starter_group (self)));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (equipment_group (self)));
  adw_preferences_window_add (ADW_PREFERENCES_WINDOW (self), ADW_PREFERENCES_PAGE (page));

  g_signal_connect_object (store, "program-changed", G_CALLBACK (sync_from_store), self, G_CONNECT_SWAPPED);
  sync_from_store (self);
  return GTK_WIDGET (self);
}

/* For the tests */

AdwComboRow *
vastus_preferences_window_get_sore_side (VastusPreferencesWindow *self)
{
  g_return_val_if_fail (VASTUS_IS_PREFERENCES_WINDOW (self), NULL);
  return self->sore_side;
}

GtkSpinButton *
vastus_preferences_window_get_sessions (VastusPreferencesWindow *self)
{
  g_return_val_if_fail (VASTUS_IS_PREFERENCES_WINDOW (self), NULL);
  return self->sessions;
}

static GtkCheckButton *
find_check (GPtrArray  *checks,
            const char *key,
            const char *value)
{
  for (guint i = 0; i < checks->len; i++)
    if (g_strcmp0 (g_object_get_data (g_ptr_array_index (checks, i), key), value) == 0)
      return g_ptr_array_index (checks, i);
  return NULL;
}

GtkCheckButton *
vastus_preferences_window_get_starter_check (VastusPreferencesWindow *self,
                                             const char              *starter_id)
{
  g_return_val_if_fail (VASTUS_IS_PREFERENCES_WINDOW (self), NULL);
  return find_check (self->starter_checks, "starter", starter_id);
}

GtkCheckButton *
vastus_preferences_window_get_equipment_check (VastusPreferencesWindow *self,
                                               const char              *equipment)
{
  g_return_val_if_fail (VASTUS_IS_PREFERENCES_WINDOW (self), NULL);
  return find_check (self->equipment_checks, "equipment", equipment);
}

GtkWidget *
vastus_preferences_window_get_confirm (VastusPreferencesWindow *self)
{
  g_return_val_if_fail (VASTUS_IS_PREFERENCES_WINDOW (self), NULL);
  return self->confirm;
}

AdwToast *
vastus_preferences_window_get_toast (VastusPreferencesWindow *self)
{
  g_return_val_if_fail (VASTUS_IS_PREFERENCES_WINDOW (self), NULL);
  return self->toast;
}

GtkSwitch *
vastus_preferences_window_get_spoken_cues (VastusPreferencesWindow *self)
{
  g_return_val_if_fail (VASTUS_IS_PREFERENCES_WINDOW (self), NULL);
  return self->spoken_cues;
}

GtkSwitch *
vastus_preferences_window_get_training_reminder (VastusPreferencesWindow *self)
{
  g_return_val_if_fail (VASTUS_IS_PREFERENCES_WINDOW (self), NULL);
  return self->training_reminder;
}

GtkSwitch *
vastus_preferences_window_get_morning_reminder (VastusPreferencesWindow *self)
{
  g_return_val_if_fail (VASTUS_IS_PREFERENCES_WINDOW (self), NULL);
  return self->morning_reminder;
}

/* @weekday: G_DATE_MONDAY to G_DATE_SUNDAY */
GtkToggleButton *
vastus_preferences_window_get_day_toggle (VastusPreferencesWindow *self,
                                          GDateWeekday             weekday)
{
  g_return_val_if_fail (VASTUS_IS_PREFERENCES_WINDOW (self), NULL);
  g_return_val_if_fail (weekday >= G_DATE_MONDAY && weekday <= G_DATE_SUNDAY, NULL);
  return g_ptr_array_index (self->day_toggles, weekday - G_DATE_MONDAY);
}

void
vastus_preferences_window_get_time (VastusPreferencesWindow  *self,
                                    GtkSpinButton           **hour,
                                    GtkSpinButton           **minute)
{
  g_return_if_fail (VASTUS_IS_PREFERENCES_WINDOW (self));
  *hour = self->hour;
  *minute = self->minute;
}

/* Whether the request to start with the session is still under way. */
gboolean
vastus_preferences_window_get_background_busy (VastusPreferencesWindow *self)
{
  g_return_val_if_fail (VASTUS_IS_PREFERENCES_WINDOW (self), FALSE);
  return self->background != NULL;
}
