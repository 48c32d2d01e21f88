/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "vastus-application-private.h"
#include "vastus-exercise-detail-private.h"
#include "vastus-first-run-private.h"
#include "vastus-library-page.h"
#include "vastus-preferences-window-private.h"
#include "vastus-window-private.h"
#include "vastus-test-ui.h"
#include "vastus-test-env.h"

/*
 * Preferences and the equipment a person has, driven through the real
 * window and its widgets under Xvfb: the sore side and sessions a week, a
 * switch of starter programme that asks first and can be undone, the
 * equipment and the home alternatives it brings, the exercise page that
 * says what is missing, and the first run's equipment page. Each case has
 * a store and a window of its own on a data folder emptied for it; the
 * person's catalogue folder holds the fixture with gym machines and their
 * home alternatives.
 */

static VastusApplication *app;

typedef struct
{
  VastusStore  *store;
  VastusWindow *window;
  char         *program_path;
} Fixture;

static void
copy_fixture_catalogue (void)
{
  g_autofree char *folder = vastus_catalogue_user_folder ();
  g_autofree char *source = g_test_build_filename (G_TEST_DIST, "fixtures", "equipment.json", NULL);
  g_autofree char *target = g_build_filename (folder, "equipment.json", NULL);
  g_autofree char *contents = NULL;

  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  g_assert_true (g_file_get_contents (source, &contents, NULL, NULL));
  g_assert_true (g_file_set_contents (target, contents, -1, NULL));
}

/* @data: TRUE for a person past the first run, with the gentle programme */
static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *folder = NULL;
  g_autofree char *journal = NULL;

  fixture->program_path = vastus_program_default_path ();
  folder = g_path_get_dirname (fixture->program_path);
  journal = g_build_filename (folder, "journal.jsonl", NULL);
  g_unlink (fixture->program_path);
  g_unlink (journal);
  copy_fixture_catalogue ();
  if (GPOINTER_TO_INT (data))
    set_up_program_file ();

  fixture->store = load_store_and_wait ();
  g_assert_cmpuint (vastus_store_get_catalogue_errors (fixture->store)->len, ==, 0);

  fixture->window = vastus_window_new (GTK_APPLICATION (app), fixture->store);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1000, 700);
  gtk_window_present (GTK_WINDOW (fixture->window));
  wait_until (is_mapped, fixture->window, "the window to be mapped");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  destroy_window_and_store (GTK_WIDGET (fixture->window), G_OBJECT (fixture->store));
  g_free (fixture->program_path);
}

static VastusPreferencesWindow *
open_preferences (Fixture *fixture)
{
  GtkWidget *preferences;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.preferences", NULL));
  preferences = vastus_window_get_preferences (fixture->window);
  g_assert_nonnull (preferences);
  g_assert_true (VASTUS_IS_PREFERENCES_WINDOW (preferences));
  wait_until (is_mapped, preferences, "Preferences to be mapped");
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (preferences)) == GTK_WINDOW (fixture->window));

  /* Asked again, the same window comes to the front. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.preferences", NULL));
  g_assert_true (vastus_window_get_preferences (fixture->window) == preferences);
  return VASTUS_PREFERENCES_WINDOW (preferences);
}

static const cJSON *
last_change (Fixture *fixture)
{
  VastusJournal *journal = vastus_store_get_journal (fixture->store);

  g_assert_cmpuint (vastus_journal_get_n_program_changes (journal), >, 0);
  return vastus_journal_get_program_change (journal, vastus_journal_get_n_program_changes (journal) - 1);
}

static const char *
text_of (const cJSON *record,
         const char  *key)
{
  const cJSON *item = cJSON_GetObjectItem (record, key);

  return cJSON_IsString (item) ? item->valuestring : NULL;
}

static VastusProgram *
program (Fixture *fixture)
{
  return vastus_store_get_program (fixture->store);
}

/* The sore side from its combo row, sessions a week from its spin button:
 * each saved by the store and journaled, the rows following the store. */
static void
test_sore_side_and_sessions (Fixture       *fixture,
                             gconstpointer  data)
{
  VastusPreferencesWindow *preferences = open_preferences (fixture);
  AdwComboRow *sore_side = vastus_preferences_window_get_sore_side (preferences);
  GtkSpinButton *sessions = vastus_preferences_window_get_sessions (preferences);
  g_autoptr (VastusProgram) saved = NULL;
  g_autoptr (GPtrArray) problems = NULL;
  g_autoptr (GError) error = NULL;

  /* As the programme has it: the right knee, three a week. */
  g_assert_cmpint (vastus_program_get_first_leg (program (fixture)), ==, VASTUS_LEG_RIGHT);
  g_assert_cmpuint (adw_combo_row_get_selected (sore_side), ==, 1);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (sessions), ==,
                   vastus_program_get_sessions_per_week (program (fixture)));
  g_assert_nonnull (gtk_widget_get_tooltip_text (GTK_WIDGET (sessions)));
  /* Named for a screen reader, each check box by what it stands for. */
  gtk_test_accessible_assert_property (sessions, GTK_ACCESSIBLE_PROPERTY_LABEL, "Sessions a week");
  gtk_test_accessible_assert_property (vastus_preferences_window_get_starter_check (preferences, "phase-1-gentle"),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Gentle start");
  gtk_test_accessible_assert_property (vastus_preferences_window_get_equipment_check (preferences, "band"),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "A resistance band");

  /* The left knee, chosen in the row. */
  adw_combo_row_set_selected (sore_side, 0);
  g_assert_cmpint (vastus_program_get_first_leg (program (fixture)), ==, VASTUS_LEG_LEFT);
  g_assert_cmpstr (text_of (last_change (fixture), "setting"), ==, "first_leg");
  g_assert_cmpstr (text_of (last_change (fixture), "reason"), ==,
                   "Set by you: one-leg exercises start on the left leg, was the right leg.");

  /* Both, through the action: the row follows. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (preferences), "prefs.sore-side", "s", "both"));
  g_assert_cmpint (vastus_program_get_first_leg (program (fixture)), ==, VASTUS_LEG_NONE);
  g_assert_cmpuint (adw_combo_row_get_selected (sore_side), ==, 2);

  /* Five sessions a week. */
  gtk_spin_button_set_value (sessions, 5);
  g_assert_cmpint (vastus_program_get_sessions_per_week (program (fixture)), ==, 5);
  g_assert_cmpstr (text_of (last_change (fixture), "setting"), ==, "sessions_per_week");

  /* Saved. */
  saved = vastus_program_load (fixture->program_path, vastus_store_get_catalogue (fixture->store), &problems, &error);
  g_assert_no_error (error);
  g_assert_cmpint (vastus_program_get_first_leg (saved), ==, VASTUS_LEG_NONE);
  g_assert_cmpint (vastus_program_get_sessions_per_week (saved), ==, 5);
}

static void
respond (VastusPreferencesWindow *preferences,
         const char              *response)
{
  GtkWidget *confirm = vastus_preferences_window_get_confirm (preferences);

  g_assert_nonnull (confirm);
  g_assert_true (ADW_IS_MESSAGE_DIALOG (confirm));
  wait_until (is_mapped, confirm, "the question to be mapped");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (confirm), response);
  /* As the button does. */
  gtk_window_destroy (GTK_WINDOW (confirm));
  g_assert_null (vastus_preferences_window_get_confirm (preferences));
}

/* Another starter, chosen from its row: asked first, switched, and undone
 * from the toast, back to the programme as it was, file and all. */
static void
test_switch_starter_and_undo (Fixture       *fixture,
                              gconstpointer  data)
{
  VastusPreferencesWindow *preferences = open_preferences (fixture);
  GtkCheckButton *gentle = vastus_preferences_window_get_starter_check (preferences, "phase-1-gentle");
  GtkCheckButton *stronger = vastus_preferences_window_get_starter_check (preferences, "phase-3-stronger");
  VastusJournal *journal = vastus_store_get_journal (fixture->store);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  AdwToast *toast;
  guint changes;

  g_assert_nonnull (gentle);
  g_assert_nonnull (stronger);
  g_assert_true (gtk_check_button_get_active (gentle));
  g_assert_false (gtk_check_button_get_active (stronger));
  g_assert_true (g_file_get_contents (fixture->program_path, &before, NULL, NULL));
  changes = vastus_journal_get_n_program_changes (journal);

  /* Chosen: nothing changes until the person says so. */
  g_assert_true (gtk_widget_activate (GTK_WIDGET (stronger)));
  g_assert_nonnull (vastus_preferences_window_get_confirm (preferences));
  g_assert_cmpstr (vastus_program_get_starter_id (program (fixture)), ==, "phase-1-gentle");
  g_assert_true (gtk_check_button_get_active (gentle));
  g_assert_false (gtk_check_button_get_active (stronger));
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (vastus_preferences_window_get_confirm (
                     preferences))), ==, "Switch to Stronger knees?");

  /* Cancelled: as it was. */
  respond (preferences, "cancel");
  g_assert_cmpstr (vastus_program_get_starter_id (program (fixture)), ==, "phase-1-gentle");
  g_assert_true (gtk_check_button_get_active (gentle));
  g_assert_cmpuint (vastus_journal_get_n_program_changes (journal), ==, changes);

  /* Switched. */
  g_assert_true (gtk_widget_activate (GTK_WIDGET (stronger)));
  respond (preferences, "switch");
  g_assert_cmpstr (vastus_program_get_starter_id (program (fixture)), ==, "phase-3-stronger");
  g_assert_cmpint (vastus_program_find (program (fixture), "cyclist-squat"), >=, 0);
  g_assert_true (gtk_check_button_get_active (stronger));
  g_assert_false (gtk_check_button_get_active (gentle));
  g_assert_cmpuint (vastus_journal_get_n_program_changes (journal), ==, changes + 1);
  g_assert_cmpstr (text_of (last_change (fixture), "setting"), ==, "starter");
  g_assert_true (g_file_get_contents (fixture->program_path, &after, NULL, NULL));
  g_assert_cmpstr (after, !=, before);

  /* Undo, from the toast. */
  toast = vastus_preferences_window_get_toast (preferences);
  g_assert_nonnull (toast);
  g_assert_cmpstr (adw_toast_get_title (toast), ==, "Programme switched");
  g_assert_cmpstr (adw_toast_get_action_name (toast), ==, "prefs.undo-starter");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (preferences), adw_toast_get_action_name (toast), NULL));
  g_assert_cmpstr (vastus_program_get_starter_id (program (fixture)), ==, "phase-1-gentle");
  g_assert_true (gtk_check_button_get_active (gentle));
  g_assert_false (gtk_check_button_get_active (stronger));
  g_clear_pointer (&after, g_free);
  g_assert_true (g_file_get_contents (fixture->program_path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpuint (vastus_journal_get_n_program_changes (journal), ==, changes + 2);

  /* Once: nothing more to undo. */
  g_assert_false (vastus_store_can_undo_change_starter (fixture->store));
  gtk_widget_activate_action (GTK_WIDGET (preferences), "prefs.undo-starter", NULL);
  g_assert_cmpstr (vastus_program_get_starter_id (program (fixture)), ==, "phase-1-gentle");
}

static void
untick (GtkCheckButton *check)
{
  g_assert_nonnull (check);
  g_assert_true (gtk_check_button_get_active (check));
  gtk_check_button_set_active (check, FALSE);
}

/* No gym machines: the stronger fixture takes the home alternatives, and
 * the exercise page says what is missing and links to the alternative. */
static void
test_equipment (Fixture       *fixture,
                gconstpointer  data)
{
  VastusPreferencesWindow *preferences = open_preferences (fixture);
  VastusLibraryPage *library = VASTUS_LIBRARY_PAGE (vastus_window_get_library (fixture->window));
  VastusExerciseDetail *detail = vastus_library_page_get_detail (library);
  GtkWidget *missing, *alternative;

  /* Not said yet: everything. */
  g_assert_null (vastus_program_get_equipment (program (fixture)));
  untick (vastus_preferences_window_get_equipment_check (preferences, "leg-press-machine"));
  untick (vastus_preferences_window_get_equipment_check (preferences, "leg-extension-machine"));
  untick (vastus_preferences_window_get_equipment_check (preferences, "leg-curl-machine"));
  g_assert_nonnull (vastus_program_get_equipment (program (fixture)));
  g_assert_false (vastus_program_has_equipment (program (fixture), "leg-curl-machine"));
  g_assert_true (vastus_program_has_equipment (program (fixture), "wall"));
  g_assert_cmpstr (text_of (last_change (fixture), "setting"), ==, "equipment");

  g_assert_true (gtk_widget_activate (GTK_WIDGET (vastus_preferences_window_get_starter_check (preferences,
                                                                                               "fixture-stronger"))));
  respond (preferences, "switch");
  g_assert_cmpint (vastus_program_find (program (fixture), "wall-squat"), >=, 0);
  g_assert_cmpint (vastus_program_find (program (fixture), "step-extension"), >=, 0);
  g_assert_cmpint (vastus_program_find (program (fixture), "machine-press"), <, 0);
  g_assert_cmpint (vastus_program_find (program (fixture), "machine-curl"), >=, 0);
  gtk_window_close (GTK_WINDOW (preferences));

  /* The machine curl, kept: its page says what is missing, with nothing
   * for home to take its place. */
  vastus_window_show_page (fixture->window, "library");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (library), "library.show", "s", "machine-curl"));
  missing = vastus_exercise_detail_get_missing_row (detail);
  alternative = vastus_exercise_detail_get_alternative_row (detail);
  g_assert_true (gtk_widget_get_visible (missing));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (missing)), ==,
                   "Needs a leg-curl machine, which you said you do not have");
  g_assert_false (gtk_widget_get_visible (alternative));

  /* The machine press: missing, and its home alternative one step away. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (library), "library.show", "s", "machine-press"));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (missing)), ==,
                   "Needs a leg-press machine, which you said you do not have");
  g_assert_true (gtk_widget_get_visible (alternative));
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (alternative)), ==, "Wall squat");
  g_assert_true (gtk_widget_activate (alternative));
  g_assert_cmpstr (vastus_exercise_get_id (vastus_exercise_detail_get_exercise (detail)), ==, "wall-squat");
  g_assert_false (gtk_widget_get_visible (missing));

  /* Everything again: nothing missing. */
  open_preferences (fixture);
  preferences = VASTUS_PREFERENCES_WINDOW (vastus_window_get_preferences (fixture->window));
  gtk_check_button_set_active (vastus_preferences_window_get_equipment_check (preferences, "leg-press-machine"),
                               TRUE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (library), "library.show", "s", "machine-press"));
  g_assert_false (gtk_widget_get_visible (missing));
  g_assert_false (gtk_widget_get_visible (alternative));
}

/* Not before the first run has set a programme up; and the first run asks
 * what the person has, home equipment ticked and the gym machines not. */
static void
test_first_run_equipment (Fixture       *fixture,
                          gconstpointer  data)
{
  GtkWidget *first_run = vastus_window_get_first_run (fixture->window);
  VastusFirstRun *run = VASTUS_FIRST_RUN (first_run);
  GtkCheckButton *ankle_weight;
  g_autofree char *saved = NULL;

  g_assert_nonnull (first_run);
  g_assert_true (vastus_store_get_first_run (fixture->store));
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.preferences", NULL);
  g_assert_null (vastus_window_get_preferences (fixture->window));

  g_assert_true (gtk_widget_activate_action (first_run, "firstrun.check", NULL));
  g_assert_true (gtk_widget_activate_action (vastus_first_run_get_flags_dialog (run), "flags.go-on", NULL));
  g_assert_true (gtk_widget_activate_action (first_run, "firstrun.knee", "s", "left"));
  g_assert_true (gtk_widget_activate_action (first_run, "firstrun.to-equipment", NULL));
  g_assert_cmpstr (vastus_first_run_get_page (run), ==, "equipment");

  g_assert_true (gtk_check_button_get_active (vastus_first_run_get_equipment_check (run, "wall")));
  g_assert_true (gtk_check_button_get_active (vastus_first_run_get_equipment_check (run, "band")));
  g_assert_false (gtk_check_button_get_active (vastus_first_run_get_equipment_check (run, "leg-press-machine")));
  g_assert_false (gtk_check_button_get_active (vastus_first_run_get_equipment_check (run, "leg-curl-machine")));
  g_assert_null (vastus_first_run_get_equipment_check (run, "none"));

  /* Unticked, and ticked again. */
  ankle_weight = vastus_first_run_get_equipment_check (run, "ankle-weight");
  untick (ankle_weight);
  g_assert_false (g_strv_contains (vastus_first_run_get_equipment (run), "ankle-weight"));
  gtk_check_button_set_active (ankle_weight, TRUE);
  g_assert_true (g_strv_contains (vastus_first_run_get_equipment (run), "ankle-weight"));

  g_assert_true (gtk_widget_activate_action (first_run, "firstrun.to-programme", NULL));
  g_assert_cmpstr (vastus_first_run_get_page (run), ==, "programme");
  g_assert_true (gtk_widget_activate_action (first_run, "firstrun.program", "s", "fixture-stronger"));
  g_assert_true (gtk_widget_activate_action (first_run, "firstrun.finish", NULL));

  /* Set up without the machines: the home alternatives. */
  g_assert_null (vastus_window_get_first_run (fixture->window));
  g_assert_false (vastus_store_get_first_run (fixture->store));
  g_assert_cmpint (vastus_program_get_first_leg (program (fixture)), ==, VASTUS_LEG_LEFT);
  g_assert_false (vastus_program_has_equipment (program (fixture), "leg-press-machine"));
  g_assert_cmpint (vastus_program_find (program (fixture), "wall-squat"), >=, 0);
  g_assert_cmpint (vastus_program_find (program (fixture), "step-extension"), >=, 0);
  g_assert_cmpint (vastus_program_find (program (fixture), "machine-press"), <, 0);
  g_assert_true (g_file_get_contents (fixture->program_path, &saved, NULL, NULL));
  g_assert_nonnull (strstr (saved, "\"equipment\""));

  /* Now Preferences opens, with what was said. */
  {
    VastusPreferencesWindow *preferences = open_preferences (fixture);

    g_assert_false (gtk_check_button_get_active (
      vastus_preferences_window_get_equipment_check (preferences, "leg-press-machine")));
    g_assert_true (gtk_check_button_get_active (vastus_preferences_window_get_equipment_check (preferences, "wall")));
    g_assert_cmpuint (adw_combo_row_get_selected (vastus_preferences_window_get_sore_side (preferences)), ==, 0);
  }
}

/* Spoken cues on and off, kept in the setting a session follows; greyed
 * out while sound cues are off, as muting silences them too. */
static void
test_spoken_cues (Fixture       *fixture,
                  gconstpointer  data)
{
  VastusPreferencesWindow *preferences = open_preferences (fixture);
  GtkSwitch *spoken = vastus_preferences_window_get_spoken_cues (preferences);
  g_autoptr (GSettings) settings = g_settings_new (APPLICATION_ID);
  GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (spoken), ADW_TYPE_ACTION_ROW);

  g_assert_true (g_settings_get_boolean (settings, "spoken-cues"));
  g_assert_true (gtk_switch_get_active (spoken));

  gtk_switch_set_active (spoken, FALSE);
  g_assert_false (g_settings_get_boolean (settings, "spoken-cues"));
  g_settings_set_boolean (settings, "spoken-cues", TRUE);
  g_assert_true (gtk_switch_get_active (spoken));

  g_assert_true (gtk_widget_get_sensitive (row));
  g_settings_set_boolean (settings, "sound-cues", FALSE);
  g_assert_false (gtk_widget_get_sensitive (row));
  g_settings_set_boolean (settings, "sound-cues", TRUE);
  g_assert_true (gtk_widget_get_sensitive (row));
}

static gboolean
background_settled (gpointer data)
{
  return !vastus_preferences_window_get_background_busy (data);
}

static const char * const reminder_keys[] = {
  "training-reminder", "reminder-days", "reminder-time", "morning-reminder",
};

/* The reminders, set through their rows: the settings follow, and the
 * autostart entry that starts `vastus --reminders` with the session is
 * written while a reminder is on and removed once both are off. */
static void
test_reminders (Fixture       *fixture,
                gconstpointer  data)
{
  VastusPreferencesWindow *preferences = open_preferences (fixture);
  GtkSwitch *training = vastus_preferences_window_get_training_reminder (preferences);
  GtkSwitch *morning = vastus_preferences_window_get_morning_reminder (preferences);
  GtkToggleButton *tuesday = vastus_preferences_window_get_day_toggle (preferences, G_DATE_TUESDAY);
  GtkToggleButton *friday = vastus_preferences_window_get_day_toggle (preferences, G_DATE_FRIDAY);
  GtkWidget *days_row = gtk_widget_get_ancestor (GTK_WIDGET (tuesday), ADW_TYPE_PREFERENCES_ROW);
  g_autoptr (GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autofree char *path = g_build_filename (g_get_user_config_dir (), "autostart",
                                            "io.github.vastus.vastus-reminders.desktop", NULL);
  g_autoptr (GKeyFile) entry = g_key_file_new ();
  g_autofree char *exec = NULL;
  g_auto (GStrv) days = NULL;
  const char * const chosen[] = { "monday", "tuesday", "wednesday", NULL };
  GtkSpinButton *hour, *minute;
  int minimum;

  vastus_preferences_window_get_time (preferences, &hour, &minute);

  /* As set out: off, Monday, Wednesday and Friday at 18:00; the morning
   * check on; nothing starts with the session yet. */
  g_assert_false (gtk_switch_get_active (training));
  g_assert_true (gtk_switch_get_active (morning));
  g_assert_false (gtk_toggle_button_get_active (tuesday));
  g_assert_true (gtk_toggle_button_get_active (friday));
  g_assert_true (gtk_toggle_button_get_active (vastus_preferences_window_get_day_toggle (preferences, G_DATE_MONDAY)));
  g_assert_cmpint (gtk_spin_button_get_value_as_int (hour), ==, 18);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (minute)), ==, "00");
  g_assert_false (gtk_widget_get_sensitive (days_row));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  /* Each day named in full for a screen reader. */
  gtk_test_accessible_assert_property (tuesday, GTK_ACCESSIBLE_PROPERTY_LABEL, "Tuesday");
  gtk_test_accessible_assert_property (hour, GTK_ACCESSIBLE_PROPERTY_LABEL, "Hour");
  g_assert_nonnull (gtk_widget_get_tooltip_text (GTK_WIDGET (tuesday)));
  /* The days and the time fit a 360-pixel window, inside the page's margins. */
  gtk_widget_measure (days_row, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  g_assert_cmpint (minimum, <=, 360 - 2 * 12);
  gtk_widget_measure (gtk_widget_get_ancestor (GTK_WIDGET (hour), ADW_TYPE_ACTION_ROW), GTK_ORIENTATION_HORIZONTAL,
                      -1, &minimum, NULL, NULL, NULL);
  g_assert_cmpint (minimum, <=, 360 - 2 * 12);

  /* On: the entry is written, with the installed vastus --reminders. */
  gtk_switch_set_active (training, TRUE);
  g_assert_true (g_settings_get_boolean (settings, "training-reminder"));
  g_assert_true (gtk_widget_get_sensitive (days_row));
  wait_until (background_settled, preferences, "the request to start with the session");
  g_assert_true (g_key_file_load_from_file (entry, path, G_KEY_FILE_NONE, NULL));
  exec = g_key_file_get_string (entry, G_KEY_FILE_DESKTOP_GROUP, G_KEY_FILE_DESKTOP_KEY_EXEC, NULL);
  g_assert_cmpstr (exec, ==, BINDIR "/vastus --reminders");

  /* Tuesday instead of Friday, at 7:30. */
  gtk_toggle_button_set_active (tuesday, TRUE);
  gtk_toggle_button_set_active (friday, FALSE);
  days = g_settings_get_strv (settings, "reminder-days");
  g_assert_cmpstrv (days, chosen);
  gtk_spin_button_set_value (hour, 7);
  gtk_spin_button_set_value (minute, 30);
  g_assert_cmpint (g_settings_get_int (settings, "reminder-time"), ==, 7 * 60 + 30);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (hour)), ==, "07");

  /* Set elsewhere, the rows follow. */
  g_settings_set_int (settings, "reminder-time", 20 * 60 + 5);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (hour), ==, 20);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (minute), ==, 5);
  g_assert_cmpint (g_settings_get_int (settings, "reminder-time"), ==, 20 * 60 + 5);

  /* The training reminder off, the morning one still on: the entry stays. */
  gtk_switch_set_active (training, FALSE);
  wait_until (background_settled, preferences, "the request to start with the session");
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));

  /* Both off: removed. */
  gtk_switch_set_active (morning, FALSE);
  g_assert_false (g_settings_get_boolean (settings, "morning-reminder"));
  wait_until (background_settled, preferences, "the request to start with the session");
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  for (guint i = 0; i < G_N_ELEMENTS (reminder_keys); i++)
    g_settings_reset (settings, reminder_keys[i]);
}

/* Not while a session fills the window. */
static void
test_not_during_a_session (Fixture       *fixture,
                           gconstpointer  data)
{
  g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (fixture->window)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.start-session", NULL));
  g_assert_true (vastus_window_get_session_shown (fixture->window));
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.preferences", NULL);
  g_assert_null (vastus_window_get_preferences (fixture->window));
}


/* Keyboard focus: Preferences opens on its first row, Escape closes it and
 * the focus is back on the main menu's button it was opened from. */
static void
test_focus (Fixture       *fixture,
            gconstpointer  data)
{
  GtkWidget *menu = GTK_WIDGET (vastus_window_get_menu_button (fixture->window));
  GtkWindow *preferences;

  g_assert_true (gtk_widget_grab_focus (menu));
  g_assert_true (gtk_widget_activate_action (menu, "win.preferences", NULL));
  preferences = wait_for_dialog (GTK_WINDOW (fixture->window), "Preferences");
  g_assert_true (GTK_WIDGET (preferences) == vastus_window_get_preferences (fixture->window));
  wait_for_focus_where (preferences, focus_in_row_titled, "_Sore side", "Sore side, the first row");
  escape_closes (preferences);
  wait_for_focus_within (GTK_WINDOW (fixture->window), menu, "the main menu's button");
}

/* Switching starter asks first: Cancel, the safe answer, has the focus, and
 * Escape is Cancel; either way the focus is back on the programme's row. */
static void
test_focus_switch_starter (Fixture       *fixture,
                           gconstpointer  data)
{
  VastusPreferencesWindow *preferences = open_preferences (fixture);
  GtkWidget *stronger = GTK_WIDGET (vastus_preferences_window_get_starter_check (preferences, "phase-3-stronger"));
  AdwMessageDialog *confirm;

  wait_until (is_mapped, stronger, "the Stronger knees row");
  for (guint i = 0; i < 2; i++)
    {
      g_assert_true (gtk_widget_grab_focus (stronger));
      g_assert_true (gtk_widget_activate (stronger));
      confirm = ADW_MESSAGE_DIALOG (wait_for_dialog (GTK_WINDOW (preferences), "the question"));
      g_assert_true (GTK_WIDGET (confirm) == vastus_preferences_window_get_confirm (preferences));
      g_assert_cmpstr (adw_message_dialog_get_default_response (confirm), ==, "cancel");
      wait_for_focus (GTK_WINDOW (confirm), response_button (confirm, "cancel"), "Cancel");
      if (i == 0)
        {
          escape_closes (GTK_WINDOW (confirm));
          g_assert_cmpstr (vastus_program_get_starter_id (program (fixture)), ==, "phase-1-gentle");
        }
      else
        {
          click_response (confirm, "switch");
          g_assert_cmpstr (vastus_program_get_starter_id (program (fixture)), ==, "phase-3-stronger");
        }
      wait_for_focus (GTK_WINDOW (preferences), stronger, "the Stronger knees row");
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr (GError) error = NULL;
  int status;

  /* Before anything reads HOME or the XDG folders. */
  vastus_test_env_init ();
  g_setenv ("VASTUS_AUDIO_SINK", "fakesink", TRUE);
  /* The test backend records what a screen reader would be told, without a bus. */
  g_setenv ("GTK_A11Y", "test", TRUE);

  vastus_test_ui_init (&argc, &argv);

  app = vastus_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);
  g_application_hold (G_APPLICATION (app));

#define ADD(path, set_up, func) \
  g_test_add ("/vastus/preferences/" path, Fixture, GINT_TO_POINTER (set_up), fixture_set_up, func, fixture_tear_down)
  ADD ("sore-side-and-sessions", TRUE, test_sore_side_and_sessions);
  ADD ("switch-starter-and-undo", TRUE, test_switch_starter_and_undo);
  ADD ("equipment", TRUE, test_equipment);
  ADD ("first-run-equipment", FALSE, test_first_run_equipment);
  ADD ("not-during-a-session", TRUE, test_not_during_a_session);
  ADD ("spoken-cues", TRUE, test_spoken_cues);
  ADD ("reminders", TRUE, test_reminders);
  ADD ("focus", TRUE, test_focus);
  ADD ("focus-switch-starter", TRUE, test_focus_switch_starter);
#undef ADD

  status = g_test_run ();

  g_application_release (G_APPLICATION (app));
  g_object_unref (app);
  return status;
}
