/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "vastus-accessible.h"
#include "vastus-application-private.h"
#include "vastus-exercise-detail-private.h"
#include "vastus-import-dialog-private.h"
#include "vastus-checkpoint.h"
#include "vastus-first-run-private.h"
#include "vastus-library-page.h"
#include "vastus-pain-form.h"
#include "vastus-progress-page-private.h"
#include "vastus-session-view-private.h"
#include "vastus-today-page-private.h"
#include "vastus-window-private.h"
#include "vastus-test-ui.h"
#include "vastus-test-env.h"

/*
 * What the main window leaves out of its first frame, driven through the
 * real window under Xvfb: Progress and the Library are made when first
 * shown, by their tab or by a shortcut that leads to them, and the main
 * menu's popover when it first opens. Each case has a store and a window
 * of its own, for a person past the first run.
 */

static VastusApplication *app;

typedef struct
{
  VastusStore  *store;
  VastusWindow *window;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  set_up_program_file ();

  fixture->store = load_store_and_wait ();

  fixture->window = vastus_window_new (GTK_APPLICATION (app), fixture->store);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 960, 680);
  gtk_window_present (GTK_WINDOW (fixture->window));
  wait_until (is_mapped, fixture->window, "the window to be mapped");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  destroy_window_and_store (GTK_WIDGET (fixture->window), G_OBJECT (fixture->store));
}

/* Today is drawn without the pages behind the other tabs; each is made as
 * its tab is chosen, and stays. */
static void
test_pages_made_when_shown (Fixture       *fixture,
                            gconstpointer  data)
{
  GtkWidget *library;

  g_assert_false (vastus_window_has_page (fixture->window, "library"));
  g_assert_false (vastus_window_has_page (fixture->window, "progress"));

  vastus_window_show_page (fixture->window, "progress");
  g_assert_true (vastus_window_has_page (fixture->window, "progress"));
  g_assert_false (vastus_window_has_page (fixture->window, "library"));
  wait_until (is_mapped, vastus_window_get_progress (fixture->window), "Progress to be mapped");

  vastus_window_show_page (fixture->window, "library");
  g_assert_true (vastus_window_has_page (fixture->window, "library"));
  library = vastus_window_get_library (fixture->window);
  wait_until (is_mapped, library, "the Library to be mapped");

  vastus_window_show_page (fixture->window, "today");
  vastus_window_show_page (fixture->window, "library");
  g_assert_true (vastus_window_get_library (fixture->window) == library);
}

/* Ctrl+F reaches a Library that was never shown, and puts the focus in its
 * search entry; a row on Today opens its exercise there. */
static void
test_shortcuts_make_the_library (Fixture       *fixture,
                                 gconstpointer  data)
{
  GtkWidget *focus;

  g_assert_false (vastus_window_has_page (fixture->window, "library"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.search", NULL));
  g_assert_true (vastus_window_has_page (fixture->window, "library"));
  focus = gtk_window_get_focus (GTK_WINDOW (fixture->window));
  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_is_ancestor (focus, vastus_window_get_library (fixture->window)));
}

static void
test_exercise_row_makes_the_library (Fixture       *fixture,
                                     gconstpointer  data)
{
  VastusLibraryPage *library;
  VastusExercise *exercise;

  g_assert_false (vastus_window_has_page (fixture->window, "library"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-exercise", "s", "quad-set"));
  g_assert_true (vastus_window_has_page (fixture->window, "library"));
  library = VASTUS_LIBRARY_PAGE (vastus_window_get_library (fixture->window));
  exercise = vastus_exercise_detail_get_exercise (vastus_library_page_get_detail (library));
  g_assert_nonnull (exercise);
  g_assert_cmpstr (vastus_exercise_get_id (exercise), ==, "quad-set");
}

static gboolean
popover_mapped (gpointer data)
{
  GtkPopover *popover = gtk_menu_button_get_popover (data);

  return popover != NULL && gtk_widget_get_mapped (GTK_WIDGET (popover));
}

/* The main menu is made the first time it opens, with every item. */
static void
test_menu_made_when_opened (Fixture       *fixture,
                            gconstpointer  data)
{
  GtkMenuButton *button = vastus_window_get_menu_button (fixture->window);
  GMenuModel *model;
  int n_items = 0;

  g_assert_null (gtk_menu_button_get_popover (button));
  gtk_menu_button_popup (button);
  wait_until (popover_mapped, button, "the main menu to open");
  model = gtk_menu_button_get_menu_model (button);
  g_assert_nonnull (model);
  /* Sections, holding the items. */
  g_assert_cmpint (g_menu_model_get_n_items (model), >=, 1);
  for (int i = 0; i < g_menu_model_get_n_items (model); i++)
    {
      g_autoptr (GMenuModel) section = g_menu_model_get_item_link (model, i, G_MENU_LINK_SECTION);

      g_assert_nonnull (section);
      n_items += g_menu_model_get_n_items (section);
    }
  g_assert_cmpint (n_items, >=, 7);

  gtk_menu_button_popdown (button);
  gtk_menu_button_popup (button);
  wait_until (popover_mapped, button, "the main menu to open again");
  g_assert_true (gtk_menu_button_get_menu_model (button) == model);
  gtk_menu_button_popdown (button);
}

/* Import Programme, driven through the real window: the file's programme is
 * shown beside the person's, with what changes; Replace makes it theirs,
 * journaled as imported from the file. */
static void
forget_program (void)
{
  g_autofree char *program = vastus_program_default_path ();
  g_autofree char *catalogue = vastus_catalogue_user_folder ();

  g_unlink (program);
  vastus_test_remove_tree (catalogue);
}

static void
import_set_up (Fixture       *fixture,
               gconstpointer  data)
{
  forget_program ();
  fixture_set_up (fixture, data);
}

static void
import_tear_down (Fixture       *fixture,
                  gconstpointer  data)
{
  fixture_tear_down (fixture, data);
  forget_program ();
}

static gboolean
import_dialog_shown (gpointer data)
{
  GtkWidget *dialog = vastus_window_get_import_dialog (data);

  return dialog != NULL && gtk_widget_get_mapped (dialog);
}

static gboolean
import_dialog_gone (gpointer data)
{
  return vastus_window_get_import_dialog (data) == NULL;
}

static AdwMessageDialog *
find_message_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GObject) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window))
        return ADW_MESSAGE_DIALOG (window);
    }
  return NULL;
}

static gboolean
message_dialog_shown (gpointer data)
{
  return find_message_dialog () != NULL;
}

static void
test_import_program (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "program-physio.vastus-program.json", NULL);
  g_autofree char *bad = g_test_build_filename (G_TEST_DIST, "fixtures", "bad-program-dose.vastus-program.json", NULL);
  VastusJournal *journal = vastus_store_get_journal (fixture->store);
  VastusImportDialog *dialog;
  AdwMessageDialog *message;
  VastusProgram *program;
  g_autofree char *now = NULL;
  g_autofree char *after = NULL;
  const cJSON *change;
  guint n;

  /* A bad file: what is wrong, and no import. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.import-program-file", "s", bad);
  wait_until (message_dialog_shown, NULL, "the file's problems to be shown");
  message = find_message_dialog ();
  g_assert_nonnull (strstr (adw_message_dialog_get_body (message),
                            "bad-program-dose.vastus-program.json: exercises[1].dose.reps: must be from 6 to 15"));
  g_assert_null (vastus_window_get_import_dialog (fixture->window));
  gtk_window_destroy (GTK_WINDOW (message));

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.import-program-file", "s", path);
  wait_until (import_dialog_shown, fixture->window, "the import dialog to be shown");
  dialog = VASTUS_IMPORT_DIALOG (vastus_window_get_import_dialog (fixture->window));

  now = vastus_import_dialog_describe_column (dialog, FALSE);
  after = vastus_import_dialog_describe_column (dialog, TRUE);
  g_assert_nonnull (strstr (now, "Straight-leg raise|"));
  g_assert_null (strstr (after, "Straight-leg raise|"));
  g_assert_nonnull (strstr (after, "Towel knee press|"));
  g_assert_nonnull (strstr (now, "Quad set|2 × 10"));
  g_assert_nonnull (strstr (after, "Quad set|3 × 12"));
  g_assert_nonnull (strstr (after, "(was 2 × 10"));
  g_assert_nonnull (strstr (vastus_import_dialog_get_summary (dialog), "2 doses change."));
  g_assert_nonnull (strstr (vastus_import_dialog_get_summary (dialog), "Sessions a week: 4, was 3."));
  g_assert_cmpuint (vastus_import_dialog_get_changes (dialog)->len, ==, 10);

  n = vastus_journal_get_n_program_changes (journal);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "import.replace", NULL));
  wait_until (import_dialog_gone, fixture->window, "the import dialog to close");

  program = vastus_store_get_program (fixture->store);
  g_assert_cmpuint (vastus_program_get_n_exercises (program), ==, 6);
  g_assert_cmpstr (vastus_exercise_get_id (vastus_program_get_exercise (program, 2)), ==, "towel-knee-press");
  g_assert_cmpint (vastus_program_get_sessions_per_week (program), ==, 4);
  g_assert_cmpuint (vastus_journal_get_n_program_changes (journal), ==, n + 3);
  change = vastus_journal_get_program_change (journal, n + 2);
  g_assert_cmpstr (cJSON_GetObjectItem (change, "reason")->valuestring, ==,
                   "Imported from program-physio.vastus-program.json, in place of the programme before.");
  g_assert_cmpstr (cJSON_GetObjectItem (change, "setting")->valuestring, ==, "program");

  /* Export Programme writes it back in the same format. */
  {
    g_autofree char *out = g_build_filename (g_get_user_cache_dir (), "mine.vastus-program.json", NULL);
    g_autoptr (GFile) file = g_file_new_for_path (out);
    g_autoptr (GError) error = NULL;
    g_autoptr (VastusProgramFile) exported = NULL;

    g_assert_cmpint (g_mkdir_with_parents (g_get_user_cache_dir (), 0700), ==, 0);
    gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.export-program-file", "s", out);
    exported = vastus_store_open_program_file (fixture->store, file, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (vastus_program_file_get_n_exercises (exported), ==, 6);
    g_assert_cmpstr (vastus_program_file_get_exercise_id (exported, 2), ==, "towel-knee-press");
    g_assert_cmpint (vastus_program_file_get_sessions_per_week (exported), ==, 4);
    g_unlink (out);
  }
}

static const char *
focus_action (VastusWindow *window)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

  return GTK_IS_ACTIONABLE (focus) ? gtk_actionable_get_action_name (GTK_ACTIONABLE (focus)) : NULL;
}

/* A warning sign puts the programme on hold and hides Start Session: the
 * focus goes to the button that takes its place, not nowhere, and back to
 * Start Session once the knee has been checked. */
static void
test_focus_follows_hold (Fixture       *fixture,
                         gconstpointer  data)
{
  const char * const yes[] = { "calf", NULL };
  VastusTodayPage *today = VASTUS_TODAY_PAGE (vastus_window_get_today (fixture->window));
  g_autoptr (GError) error = NULL;

  g_assert_true (gtk_widget_grab_focus (vastus_today_page_get_start_button (today)));
  g_assert_cmpstr (focus_action (fixture->window), ==, "win.start-session");

  g_assert_true (vastus_store_answer_warning_signs (fixture->store, yes, "menu", NULL, &error));
  g_assert_no_error (error);
  g_assert_false (vastus_today_page_get_start_shown (today));
  g_assert_cmpstr (focus_action (fixture->window), ==, "win.knee-checked");

  g_assert_true (vastus_store_knee_checked (fixture->store, &error));
  g_assert_no_error (error);
  g_assert_true (vastus_today_page_get_start_shown (today));
  g_assert_cmpstr (focus_action (fixture->window), ==, "win.start-session");
}

/* What GtkApplication finds under the resource path it takes from the
 * application ID: the app icon and its symbolic one, and style.css; and the
 * shortcuts window, under the same path. (Shown under Xvfb, GTK 4.8's
 * shortcuts window warns of a label's negative width, so it is only built.) */
static void
test_resources (Fixture       *fixture,
                gconstpointer  data)
{
  const char *base = g_application_get_resource_base_path (G_APPLICATION (app));
  GtkIconTheme *theme = gtk_icon_theme_get_for_display (gtk_widget_get_display (GTK_WIDGET (fixture->window)));
  g_autofree char *css = g_build_path ("/", base, "style.css", NULL);
  g_autofree char *ui = g_build_path ("/", base, "ui", "vastus-shortcuts-window.ui", NULL);
  g_autoptr (GtkBuilder) builder = NULL;
  GObject *shortcuts;

  g_assert_cmpstr (base, ==, "/io/github/vastus/vastus");
  g_assert_true (g_resources_get_info (css, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL, NULL, NULL));
  g_assert_true (gtk_icon_theme_has_icon (theme, APPLICATION_ID));
  g_assert_true (gtk_icon_theme_has_icon (theme, APPLICATION_ID "-symbolic"));

  builder = gtk_builder_new_from_resource (ui);
  shortcuts = gtk_builder_get_object (builder, "shortcuts_window");
  g_assert_true (GTK_IS_SHORTCUTS_WINDOW (shortcuts));
  gtk_window_destroy (GTK_WINDOW (shortcuts));
}

/* A tooltip set on a widget before it is in a window, without asking the
 * display where the pointer is: the tooltip is set, and the widget is as
 * shown or hidden as it was. In a window, it
 * is set as GTK sets it. */
static void
test_new_tooltip (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr (GtkWidget) shown = g_object_ref_sink (gtk_button_new_with_label ("3"));
  g_autoptr (GtkWidget) hidden = g_object_ref_sink (gtk_button_new_with_label ("4"));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *in_window = gtk_button_new_with_label ("5");
  GtkWidget *window = gtk_window_new ();

  gtk_widget_set_visible (hidden, FALSE);
  vastus_set_new_tooltip (shown, "3 out of 10");
  vastus_set_new_tooltip (hidden, "4 out of 10");
  g_assert_cmpstr (gtk_widget_get_tooltip_text (shown), ==, "3 out of 10");
  g_assert_cmpstr (gtk_widget_get_tooltip_text (hidden), ==, "4 out of 10");
  g_assert_true (gtk_widget_get_has_tooltip (shown));
  g_assert_true (gtk_widget_get_visible (shown));
  g_assert_false (gtk_widget_get_visible (hidden));

  gtk_box_append (GTK_BOX (box), shown);
  gtk_box_append (GTK_BOX (box), in_window);
  gtk_window_set_child (GTK_WINDOW (window), box);
  gtk_window_present (GTK_WINDOW (window));
  wait_until (is_mapped, in_window, "the button in its window");
  vastus_set_new_tooltip (in_window, "5, moderate pain");
  g_assert_cmpstr (gtk_widget_get_tooltip_text (in_window), ==, "5, moderate pain");
  g_assert_true (gtk_widget_get_mapped (in_window));
  vastus_set_new_tooltip (in_window, NULL);
  g_assert_false (gtk_widget_get_has_tooltip (in_window));
  gtk_window_destroy (GTK_WINDOW (window));
}

/*
 * Where the keyboard focus goes with each window Vastus opens over the main
 * one: on the dialog's first control, or its safe answer, when it opens;
 * Escape closes it; and when it closes, back on the control that opened it,
 * or on the next sensible one when that is gone. Each case starts from an
 * empty data folder.
 */

static char *
data_folder (void)
{
  g_autofree char *program = vastus_program_default_path ();

  return g_path_get_dirname (program);
}

static void
copy_journal (const char *name,
              gboolean    without_last_line)
{
  g_autofree char *from = g_test_build_filename (G_TEST_DIST, "fixtures", name, NULL);
  g_autofree char *folder = data_folder ();
  g_autofree char *to = g_build_filename (folder, "journal.jsonl", NULL);
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (from, &contents, &length, NULL));
  if (without_last_line)
    {
      g_assert_cmpuint (length, >, 1);
      contents[length - 1] = '\0';
      *(strrchr (contents, '\n') + 1) = '\0';
      length = strlen (contents);
    }
  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  g_assert_true (g_file_set_contents (to, contents, (gssize) length, NULL));
}

static void
focus_set_up (Fixture       *fixture,
              gconstpointer  data)
{
  g_autofree char *folder = data_folder ();
  g_autofree char *catalogue = vastus_catalogue_user_folder ();

  vastus_test_remove_tree (folder);
  vastus_test_remove_tree (catalogue);
  /* The six weeks' journal, as it is or with its last session's morning
   * not answered yet. */
  if (g_strcmp0 (data, "morning-due") == 0)
    copy_journal ("journal-six-weeks.jsonl", TRUE);
  else if (g_strcmp0 (data, "damaged-checkpoint") == 0)
    {
      g_autofree char *path = vastus_checkpoint_default_path ();

      g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
      g_assert_true (g_file_set_contents (path, "{ \"version\": 1, \"step\": ", -1, NULL));
    }
  else if (g_strcmp0 (data, "damaged-catalogue") == 0)
    {
      g_autofree char *path = g_build_filename (catalogue, "damaged.json", NULL);

      g_assert_cmpint (g_mkdir_with_parents (catalogue, 0700), ==, 0);
      g_assert_true (g_file_set_contents (path, "{ \"exercises\": [", -1, NULL));
    }
  else if (g_strcmp0 (data, "damaged-journal") == 0)
    {
      g_autofree char *path = g_build_filename (folder, "journal.jsonl", NULL);

      g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
      g_assert_true (g_file_set_contents (path, "{ \"type\": \"session\", damaged\n", -1, NULL));
    }
  else if (g_strcmp0 (data, "many-sessions") == 0)
    {
      /* More sessions than Progress lists at first: the six weeks' first
       * session, on each of 25 days. */
      g_autofree char *from = g_test_build_filename (G_TEST_DIST, "fixtures", "journal-six-weeks.jsonl", NULL);
      g_autofree char *path = g_build_filename (folder, "journal.jsonl", NULL);
      g_autofree char *contents = NULL;
      g_autoptr (GString) journal = g_string_new (NULL);
      g_auto (GStrv) lines = NULL;

      g_assert_true (g_file_get_contents (from, &contents, NULL, NULL));
      lines = g_strsplit (contents, "\n", 2);
      for (int day = 1; day <= 25; day++)
        {
          g_autoptr (GString) line = g_string_new (lines[0]);
          g_autofree char *id = g_strdup_printf ("00000001-0000-4000-8000-0000000001%02d", day);
          g_autofree char *date = g_strdup_printf ("2026-10-%02d", day);

          g_assert_cmpuint (g_string_replace (line, "00000001-0000-4000-8000-000000000001", id, 0), ==, 1);
          g_assert_cmpuint (g_string_replace (line, "2026-10-10", date, 0), >, 0);
          g_string_append_printf (journal, "%s\n", line->str);
        }
      g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
      g_assert_true (g_file_set_contents (path, journal->str, -1, NULL));
    }
  else if (data != NULL)
    copy_journal (data, FALSE);
  fixture_set_up (fixture, NULL);
}

static void
focus_tear_down (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *folder = data_folder ();
  g_autofree char *catalogue = vastus_catalogue_user_folder ();

  fixture_tear_down (fixture, data);
  vastus_test_remove_tree (folder);
  vastus_test_remove_tree (catalogue);
}

static GtkWidget *
menu_button (Fixture *fixture)
{
  return GTK_WIDGET (vastus_window_get_menu_button (fixture->window));
}

/* With the focus on @opener, as after choosing from it, @action opens a
 * window over the main one: returned once shown. */
static GtkWindow *
open_from (Fixture    *fixture,
           GtkWidget  *opener,
           const char *action,
           GVariant   *parameter)
{
  g_autofree char *what = g_strdup_printf ("a window from %s", action);

  g_assert_true (gtk_widget_grab_focus (opener));
  g_assert_true (gtk_widget_activate_action_variant (opener, action, parameter));
  return wait_for_dialog (GTK_WINDOW (fixture->window), what);
}

/* From the main menu, and back to it. */
static GtkWindow *
open_from_menu (Fixture    *fixture,
                const char *action)
{
  return open_from (fixture, menu_button (fixture), action, NULL);
}

static void
assert_focus_back_on_menu (Fixture *fixture)
{
  wait_for_focus_within (GTK_WINDOW (fixture->window), menu_button (fixture), "the main menu's button");
}

static void
test_focus_edit_programme (Fixture       *fixture,
                           gconstpointer  data)
{
  GtkWindow *dialog = open_from_menu (fixture, "win.edit-program");

  g_assert_true (GTK_WIDGET (dialog) == vastus_window_get_program_dialog (fixture->window));
  wait_for_focus_where (dialog, focus_in_row_titled, "Sessions a week", "Sessions a week, the first control");
  escape_closes (dialog);
  assert_focus_back_on_menu (fixture);
}

/* The shown button under @widget with @action and the target @target
 * (GVariant text, "(0, 1)"), or NULL. */
static GtkWidget *
find_targeted (GtkWidget  *widget,
               const char *action,
               const char *target)
{
  GtkWidget *found = NULL;

  if (GTK_IS_ACTIONABLE (widget) && gtk_widget_get_mapped (widget) &&
      g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action) == 0 &&
      gtk_actionable_get_action_target_value (GTK_ACTIONABLE (widget)) != NULL)
    {
      g_autofree char *text = g_variant_print (gtk_actionable_get_action_target_value (GTK_ACTIONABLE (widget)),
                                               FALSE);

      if (g_str_equal (text, target))
        return widget;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL && found == NULL;
       child = gtk_widget_get_next_sibling (child))
    found = find_targeted (child, action, target);
  return found;
}

typedef struct
{
  const char *action;
  const char *target;
} Targeted;

static gboolean
focus_on_targeted (GtkWidget *focus,
                   gpointer   data)
{
  const Targeted *wanted = data;
  g_autofree char *text = NULL;

  if (!GTK_IS_ACTIONABLE (focus) || gtk_actionable_get_action_target_value (GTK_ACTIONABLE (focus)) == NULL)
    return FALSE;
  text = g_variant_print (gtk_actionable_get_action_target_value (GTK_ACTIONABLE (focus)), FALSE);
  return g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (focus)), wanted->action) == 0 &&
         g_str_equal (text, wanted->target);
}

static void
press (GtkWidget *button)
{
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_grab_focus (button));
  g_assert_true (gtk_widget_activate (button));
}

/* Inside Your Programme, each change makes the rows anew; the focus stays
 * with what the person used: Move Down and Move Up stay on the moved row's
 * button (its other one at the top), Remove goes to the next row, Undo to
 * the row put back, and Set This Dose keeps its row open. */
static void
test_focus_programme_rows (Fixture       *fixture,
                           gconstpointer  data)
{
  GtkWindow *dialog = open_from_menu (fixture, "win.edit-program");
  VastusProgram *program = vastus_store_get_program (fixture->store);
  g_autofree char *first = g_strdup (vastus_exercise_get_name (vastus_program_get_exercise (program, 0)));
  g_autofree char *second = g_strdup (vastus_exercise_get_name (vastus_program_get_exercise (program, 1)));
  GtkWidget *row;

  wait_for_focus_where (dialog, focus_in_row_titled, "Sessions a week", "Sessions a week, the first control");

  /* A button clicks a moment after it is activated, as when pressed. */
  press (find_targeted (GTK_WIDGET (dialog), "programme.move", "(0, 1)"));
  wait_for_focus_where (dialog, focus_on_targeted, &(Targeted) { "programme.move", "(1, 2)" },
                        "the moved row's Move Down");
  g_assert_cmpstr (vastus_exercise_get_name (vastus_program_get_exercise (program, 1)), ==, first);

  press (find_targeted (GTK_WIDGET (dialog), "programme.move", "(1, 0)"));
  wait_for_focus_where (dialog, focus_on_targeted, &(Targeted) { "programme.move", "(0, 1)" },
                        "the top row's Move Down, as it has no Move Up");
  g_assert_cmpstr (vastus_exercise_get_name (vastus_program_get_exercise (program, 0)), ==, first);

  press (find_targeted (GTK_WIDGET (dialog), "programme.remove", "0"));
  wait_for_focus_where (dialog, focus_in_row_titled, second, "the row that took the removed one's place");
  g_assert_cmpstr (vastus_exercise_get_name (vastus_program_get_exercise (program, 0)), ==, second);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "programme.undo", NULL));
  g_assert_cmpstr (vastus_exercise_get_name (vastus_program_get_exercise (program, 0)), ==, first);
  wait_for_focus_where (dialog, focus_in_row_titled, first, "the row put back");

  row = gtk_widget_get_ancestor (gtk_root_get_focus (GTK_ROOT (dialog)), ADW_TYPE_EXPANDER_ROW);
  g_assert_nonnull (row);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  wait_until (is_mapped, find_action_widget (row, "programme.set-dose"), "Set This Dose");
  press (find_targeted (row, "programme.set-dose", "0"));
  wait_for_focus_where (dialog, focus_on_targeted, &(Targeted) { "programme.set-dose", "0" },
                        "Set This Dose, its row still open");
  /* The first Escape dismisses the toast with its Undo; the second closes. */
  press_escape (dialog);
  escape_closes (dialog);
}

/* Import Programme from Today's list (Ctrl+O there): Cancel, the safe
 * answer, has the focus; Replace makes a new list, and the focus goes to
 * the row now in the place of the one that had it, not to the top of the
 * window. */
static void
test_focus_import_replace (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "program-physio.vastus-program.json", NULL);
  VastusTodayPage *today = VASTUS_TODAY_PAGE (vastus_window_get_today (fixture->window));
  GtkWindow *dialog;

  dialog = open_from (fixture, vastus_today_page_get_row (today, 1), "win.import-program-file",
                      g_variant_new_string (path));
  g_assert_true (GTK_WIDGET (dialog) == vastus_window_get_import_dialog (fixture->window));
  wait_for_focus_on_action (dialog, "window.close");

  activate_closes (dialog, find_action_widget (GTK_WIDGET (dialog), "import.replace"));
  g_assert_cmpuint (vastus_program_get_n_exercises (vastus_store_get_program (fixture->store)), ==, 6);
  wait_for_focus (GTK_WINDOW (fixture->window), vastus_today_page_get_row (today, 1),
                  "the second row of the new list");
}

/* Escape is Cancel: nothing changes, and the focus is back on the menu. */
static void
test_focus_import_cancel (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "program-physio.vastus-program.json", NULL);
  guint generation = vastus_program_get_generation (vastus_store_get_program (fixture->store));
  GtkWindow *dialog = open_from (fixture, menu_button (fixture), "win.import-program-file",
                                 g_variant_new_string (path));

  wait_for_focus_on_action (dialog, "window.close");
  escape_closes (dialog);
  g_assert_cmpuint (vastus_program_get_generation (vastus_store_get_program (fixture->store)), ==, generation);
  assert_focus_back_on_menu (fixture);
}

/* A file that cannot be imported: what is wrong, Close, and back. */
static void
test_focus_import_refused (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autofree char *bad = g_test_build_filename (G_TEST_DIST, "fixtures", "bad-program-dose.vastus-program.json", NULL);
  GtkWindow *dialog = open_from (fixture, menu_button (fixture), "win.import-program-file",
                                 g_variant_new_string (bad));

  g_assert_true (ADW_IS_MESSAGE_DIALOG (dialog));
  wait_for_focus (dialog, response_button (ADW_MESSAGE_DIALOG (dialog), "close"), "Close");
  escape_closes (dialog);
  assert_focus_back_on_menu (fixture);
}

/* The file dialogs of Import and Export Programme: GTK's own without a
 * portal. */
static void
test_focus_programme_file_dialogs (Fixture       *fixture,
                                   gconstpointer  data)
{
  const char *actions[] = { "win.import-program", "win.export-program" };

  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    {
      GtkWindow *dialog = open_from_menu (fixture, actions[i]);

      g_assert_true (GTK_IS_FILE_CHOOSER (dialog));
      wait_for_focus_within (dialog, GTK_WIDGET (dialog), "a control of the file dialog");
      escape_closes (dialog);
      assert_focus_back_on_menu (fixture);
    }
}

/* Export Sessions: Progress is shown behind its file dialog, which closes
 * with Escape, back on the menu. */
static void
test_focus_export_sessions (Fixture       *fixture,
                            gconstpointer  data)
{
  GtkWindow *dialog = open_from_menu (fixture, "win.export-sessions");

  g_assert_true (GTK_IS_FILE_CHOOSER (dialog));
  wait_for_focus_within (dialog, GTK_WIDGET (dialog), "a control of the file dialog");
  escape_closes (dialog);
  assert_focus_back_on_menu (fixture);
}

/* Something Feels Wrong, from the menu: the first question has the focus;
 * Escape with nothing answered yes goes on. */
static void
test_focus_warning_signs (Fixture       *fixture,
                          gconstpointer  data)
{
  GtkWindow *dialog = open_from_menu (fixture, "win.warning-signs");

  g_assert_true (GTK_WIDGET (dialog) == vastus_window_get_safety_dialog (fixture->window));
  wait_for_focus_where (dialog, focus_in_row_titled,
                        "Have you suddenly become short of breath, more than the exercise explains, or do you have chest pain?",
                        "the first question");
  escape_closes (dialog);
  g_assert_null (vastus_program_get_hold (vastus_store_get_program (fixture->store)));
  assert_focus_back_on_menu (fixture);
}

/* On hold, "I Have Had My Knee Checked…": Not Yet, the safe answer, has the
 * focus, and Escape is Not Yet, back on the button; checked, the questions
 * again, all clear: Start Session is back, with the focus. */
static void
test_focus_knee_checked (Fixture       *fixture,
                         gconstpointer  data)
{
  const char * const yes[] = { "calf", NULL };
  VastusTodayPage *today = VASTUS_TODAY_PAGE (vastus_window_get_today (fixture->window));
  g_autoptr (GError) error = NULL;
  AdwMessageDialog *question;
  GtkWindow *dialog;
  GtkWidget *checked;

  g_assert_true (vastus_store_answer_warning_signs (fixture->store, yes, "menu", NULL, &error));
  g_assert_no_error (error);
  checked = find_action_widget (GTK_WIDGET (today), "win.knee-checked");
  g_assert_nonnull (checked);
  wait_until (is_mapped, checked, "the knee-check button to be shown");

  dialog = open_from (fixture, checked, "win.knee-checked", NULL);
  question = ADW_MESSAGE_DIALOG (dialog);
  g_assert_cmpstr (adw_message_dialog_get_default_response (question), ==, "cancel");
  wait_for_focus (dialog, response_button (question, "cancel"), "Not Yet");
  escape_closes (dialog);
  g_assert_nonnull (vastus_program_get_hold (vastus_store_get_program (fixture->store)));
  wait_for_focus (GTK_WINDOW (fixture->window), checked, "I Have Had My Knee Checked");

  dialog = open_from (fixture, checked, "win.knee-checked", NULL);
  click_response (ADW_MESSAGE_DIALOG (dialog), "checked");
  dialog = wait_for_dialog (GTK_WINDOW (fixture->window), "the questions once more");
  g_assert_true (GTK_WIDGET (dialog) == vastus_window_get_safety_dialog (fixture->window));
  activate_closes (dialog, find_action_widget (GTK_WIDGET (dialog), "flags.go-on"));
  g_assert_null (vastus_program_get_hold (vastus_store_get_program (fixture->store)));
  wait_for_focus (GTK_WINDOW (fixture->window), vastus_today_page_get_start_button (today), "Start Session");
}

/* About Your Knee: no control but the text, which takes the focus to
 * scroll by the keyboard. */
static void
test_focus_knee_guide (Fixture       *fixture,
                       gconstpointer  data)
{
  GtkWindow *guide = open_from_menu (fixture, "win.about-knee");

  wait_for_focus_where (guide, focus_within, guide, "the guide's text");
  g_assert_true (GTK_IS_SCROLLED_WINDOW (gtk_window_get_focus (guide)));
  escape_closes (guide);
  assert_focus_back_on_menu (fixture);
}

/* GTK 4.8's shortcuts window measures one of its own labels wrong, and
 * warns: not Vastus's doing, and not fatal while it is open. */
static void
test_focus_shortcuts (Fixture       *fixture,
                      gconstpointer  data)
{
  GLogLevelFlags fatal = g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL);
  GtkWindow *shortcuts;

  shortcuts = open_from_menu (fixture, "win.show-help-overlay");
  g_assert_true (GTK_IS_SHORTCUTS_WINDOW (shortcuts));
  wait_for_focus_where (shortcuts, focus_within, shortcuts, "a control of the shortcuts window");
  escape_closes (shortcuts);
  assert_focus_back_on_menu (fixture);
  g_log_set_always_fatal (fatal);
}

static void
test_focus_about (Fixture       *fixture,
                  gconstpointer  data)
{
  GtkWindow *about = open_from_menu (fixture, "app.about");

  g_assert_true (ADW_IS_ABOUT_WINDOW (about));
  wait_for_focus_where (about, focus_within, about, "a control of About");
  escape_closes (about);
  assert_focus_back_on_menu (fixture);
}

/* The session's own dialogs, over a session under way. */
static GtkWidget *
start_session (Fixture *fixture)
{
  GtkWidget *view;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.start-session", NULL));
  view = vastus_window_get_session_view (fixture->window);
  wait_until (is_mapped, view, "the session to be shown");
  return view;
}

/* End: Keep Going, the safe answer, has the focus, and Escape is Keep
 * Going, back on End. */
static void
test_focus_end_session (Fixture       *fixture,
                        gconstpointer  data)
{
  GtkWidget *view = start_session (fixture);
  GtkWidget *end = find_action_widget (view, "session.end");
  GtkWindow *dialog = open_from (fixture, end, "session.end", NULL);

  g_assert_true (GTK_WIDGET (dialog) == vastus_session_view_get_end_dialog (VASTUS_SESSION_VIEW (view)));
  g_assert_cmpstr (adw_message_dialog_get_default_response (ADW_MESSAGE_DIALOG (dialog)), ==, "cancel");
  wait_for_focus (dialog, response_button (ADW_MESSAGE_DIALOG (dialog), "cancel"), "Keep Going");
  escape_closes (dialog);
  g_assert_true (vastus_window_get_session_shown (fixture->window));
  wait_for_focus (GTK_WINDOW (fixture->window), end, "End");
}

/* My Knee Hurts: Keep Going has the focus; Escape keeps going, back on the
 * button. */
static void
test_focus_knee_hurts (Fixture       *fixture,
                       gconstpointer  data)
{
  GtkWidget *view = start_session (fixture);
  GtkWidget *knee = find_action_widget (view, "session.knee-hurts");
  GtkWindow *dialog = open_from (fixture, knee, "session.knee-hurts", NULL);

  g_assert_true (GTK_WIDGET (dialog) == vastus_session_view_get_knee_dialog (VASTUS_SESSION_VIEW (view)));
  wait_for_focus_on_action (dialog, "knee.keep-going");
  escape_closes (dialog);
  wait_for_focus (GTK_WINDOW (fixture->window), knee, "My Knee Hurts");
}

/* My Knee Hurts, then Something Else: the warning signs, their first
 * question with the focus; none, and back on My Knee Hurts. */
static void
test_focus_session_warning_signs (Fixture       *fixture,
                                  gconstpointer  data)
{
  GtkWidget *view = start_session (fixture);
  GtkWidget *knee = find_action_widget (view, "session.knee-hurts");
  GtkWindow *dialog = open_from (fixture, knee, "session.knee-hurts", NULL);

  activate_closes (dialog, find_action_widget (GTK_WIDGET (dialog), "knee.something-else"));
  dialog = wait_for_dialog (GTK_WINDOW (fixture->window), "the warning signs");
  g_assert_true (GTK_WIDGET (dialog) == vastus_session_view_get_red_flags_dialog (VASTUS_SESSION_VIEW (view)));
  wait_for_focus_where (dialog, focus_in_row_titled,
                        "Have you suddenly become short of breath, more than the exercise explains, or do you have chest pain?",
                        "the first question");
  activate_closes (dialog, find_action_widget (GTK_WIDGET (dialog), "flags.go-on"));
  g_assert_true (vastus_window_get_session_shown (fixture->window));
  wait_for_focus (GTK_WINDOW (fixture->window), knee, "My Knee Hurts");
}

/* Progress: a session's page opens from its row, Escape closes it, and the
 * focus is back on the row. */
static GtkWidget *
find_session_row (GtkWidget  *widget,
                  const char *id)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_LIST_BOX_ROW (child) && g_strcmp0 (g_object_get_data (G_OBJECT (child), "session-id"), id) == 0)
        return child;
      if ((found = find_session_row (child, id)) != NULL)
        return found;
    }
  return NULL;
}

#define NEWEST_SESSION "00000012-0000-4000-8000-000000000012"

static GtkWidget *
open_progress_row (Fixture *fixture)
{
  GtkWidget *progress;
  GtkWidget *row;

  vastus_window_show_page (fixture->window, "progress");
  progress = vastus_window_get_progress (fixture->window);
  wait_until (is_mapped, progress, "Progress to be shown");
  row = find_session_row (progress, NEWEST_SESSION);
  g_assert_nonnull (row);
  wait_until (is_mapped, row, "the newest session's row");
  return row;
}

static void
test_focus_progress_session (Fixture       *fixture,
                             gconstpointer  data)
{
  GtkWidget *row = open_progress_row (fixture);
  GtkWindow *dialog;

  g_assert_true (gtk_widget_grab_focus (row));
  g_assert_true (gtk_widget_activate (row));
  dialog = wait_for_dialog (GTK_WINDOW (fixture->window), "the session's page");
  g_assert_true (dialog == vastus_progress_page_get_dialog (VASTUS_PROGRESS_PAGE (vastus_window_get_progress (fixture->window))));
  wait_for_focus_where (dialog, focus_in_row_titled, "Time", "the session's first line");
  escape_closes (dialog);
  wait_for_focus (GTK_WINDOW (fixture->window), row, "the session's row");
}

static gboolean
has_session_row_5 (gpointer progress)
{
  return find_session_row (progress, "00000001-0000-4000-8000-000000000105") != NULL;
}

/* Show More on Progress hides once every session is listed: the focus goes
 * to the first session it brought, not to the top of the window. */
static void
test_focus_progress_show_more (Fixture       *fixture,
                               gconstpointer  data)
{
  GtkWidget *progress;
  GtkWidget *more;

  vastus_window_show_page (fixture->window, "progress");
  progress = vastus_window_get_progress (fixture->window);
  wait_until (is_mapped, progress, "Progress to be shown");
  more = find_action_widget (progress, "progress.show-more");
  g_assert_nonnull (more);
  g_assert_true (gtk_widget_grab_focus (more));
  g_assert_true (gtk_widget_activate (more));
  /* Newest first: 25 to 6 October at first, then 5 to 1 October. */
  wait_until (has_session_row_5, progress, "the sessions Show More brings");
  wait_for_focus (GTK_WINDOW (fixture->window), find_session_row (progress, "00000001-0000-4000-8000-000000000105"),
                  "the first session Show More brought, 5 October");
  g_assert_false (gtk_widget_get_visible (more));
}

static gboolean
newest_row_shows_log (gpointer data)
{
  g_autofree char *text = vastus_progress_page_get_row_text (data, 0);

  return text != NULL && strstr (text, "pain 5 during, 3 after") != NULL;
}

static gboolean
focus_in_pain_form (GtkWidget *focus,
                    gpointer   data)
{
  return gtk_widget_get_ancestor (focus, VASTUS_TYPE_PAIN_FORM) != NULL;
}

/* Its pain log changed there: Change Pain Log makes way for the form,
 * which takes the focus; saved, the page closes, and the list, made anew,
 * has the focus on the same session's row. */
static void
test_focus_progress_pain_log (Fixture       *fixture,
                              gconstpointer  data)
{
  GtkWidget *row = open_progress_row (fixture);
  GtkWindow *dialog;
  GtkWidget *change;
  GtkWidget *form;

  g_assert_true (gtk_widget_grab_focus (row));
  g_assert_true (gtk_widget_activate (row));
  dialog = wait_for_dialog (GTK_WINDOW (fixture->window), "the session's page");
  change = find_button_labelled (GTK_WIDGET (dialog), "_Change Pain Log");
  g_assert_true (gtk_widget_grab_focus (change));
  g_assert_true (gtk_widget_activate (change));
  wait_for_focus_where (dialog, focus_in_pain_form, NULL, "the pain log");
  form = gtk_widget_get_ancestor (gtk_window_get_focus (dialog), VASTUS_TYPE_PAIN_FORM);
  g_assert_true (gtk_widget_activate_action (form, "pain.during", "i", 5));
  g_assert_true (gtk_widget_activate_action (form, "pain.after", "i", 3));
  activate_closes (dialog, find_action_widget (form, "pain.save"));
  wait_until (newest_row_shows_log, vastus_window_get_progress (fixture->window), "the list to show the new log");
  wait_for_focus (GTK_WINDOW (fixture->window),
                  find_session_row (vastus_window_get_progress (fixture->window), NEWEST_SESSION),
                  "the session's row, made anew");
}

static gboolean
morning_answered (gpointer data)
{
  return vastus_today_page_get_morning_session (data) == NULL;
}

/* The next-morning question on Today: answered, it goes, and so does its
 * Save button; the focus goes to Start Session. */
static void
test_focus_morning_check (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr (GDateTime) morning = g_date_time_new_utc (2026, 11, 18, 9, 0, 0);
  VastusTodayPage *today = VASTUS_TODAY_PAGE (vastus_window_get_today (fixture->window));
  GtkWidget *save;

  vastus_store_set_time_offset (fixture->store, g_date_time_to_unix (morning) * G_USEC_PER_SEC - g_get_real_time ());
  vastus_today_page_refresh (today);
  g_assert_cmpstr (vastus_today_page_get_morning_session (today), ==, NEWEST_SESSION);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (today), "today.morning", "i", 2));
  save = find_action_widget (GTK_WIDGET (today), "today.save-morning");
  wait_until (is_mapped, save, "the morning's Save button");
  g_assert_true (gtk_widget_grab_focus (save));
  g_assert_true (gtk_widget_activate (save));
  wait_until (morning_answered, today, "the morning's answer to be saved");
  wait_for_focus (GTK_WINDOW (fixture->window), vastus_today_page_get_start_button (today), "Start Session");
}


/* A toast's Details, chosen from the keyboard: the toast goes with the
 * button that had the focus, and the details' dialog opens. */
typedef struct { GtkWidget *window; const char *action; } ToastButton;

static gboolean
toast_button_shown (gpointer data)
{
  ToastButton *wanted = data;
  GtkWidget *button = find_action_widget (wanted->window, wanted->action);

  return button != NULL && gtk_widget_get_mapped (button);
}

static GtkWindow *
open_toast_details (Fixture    *fixture,
                    const char *action)
{
  ToastButton wanted = { GTK_WIDGET (fixture->window), action };
  g_autofree char *what = g_strdup_printf ("a toast's button for %s", action);
  GtkWidget *button;

  wait_until (toast_button_shown, &wanted, what);
  button = find_action_widget (GTK_WIDGET (fixture->window), action);
  g_assert_true (gtk_widget_grab_focus (button));
  g_assert_true (gtk_widget_activate (button));
  return wait_for_dialog (GTK_WINDOW (fixture->window), action);
}

/* Closed, the focus goes to Today's Start Session: the button that opened
 * it went with its toast. */
static void
assert_focus_on_start (Fixture *fixture)
{
  VastusTodayPage *today = VASTUS_TODAY_PAGE (vastus_window_get_today (fixture->window));

  wait_for_focus (GTK_WINDOW (fixture->window), vastus_today_page_get_start_button (today), "Start Session");
}

/* A saved session that cannot be resumed: Keep the File, the safe answer,
 * is the default and has the focus; Escape keeps the file. */
static void
test_focus_checkpoint_problem (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autofree char *path = vastus_checkpoint_default_path ();
  GtkWindow *dialog = open_toast_details (fixture, "win.show-checkpoint-problem");

  g_assert_cmpstr (adw_message_dialog_get_default_response (ADW_MESSAGE_DIALOG (dialog)), ==, "close");
  wait_for_focus (dialog, response_button (ADW_MESSAGE_DIALOG (dialog), "close"), "Keep the File");
  escape_closes (dialog);
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
  assert_focus_on_start (fixture);
}

static void
test_focus_catalogue_errors (Fixture       *fixture,
                             gconstpointer  data)
{
  GtkWindow *dialog;

  g_assert_cmpuint (vastus_store_get_catalogue_errors (fixture->store)->len, >, 0);
  dialog = open_toast_details (fixture, "win.show-catalogue-errors");
  wait_for_focus (dialog, response_button (ADW_MESSAGE_DIALOG (dialog), "close"), "Close");
  escape_closes (dialog);
  assert_focus_on_start (fixture);
}

static void
test_focus_journal_problems (Fixture       *fixture,
                             gconstpointer  data)
{
  GtkWindow *dialog;

  g_assert_cmpuint (vastus_journal_get_problems (vastus_store_get_journal (fixture->store))->len, >, 0);
  dialog = open_toast_details (fixture, "win.show-journal-problems");
  wait_for_focus (dialog, response_button (ADW_MESSAGE_DIALOG (dialog), "close"), "Close");
  escape_closes (dialog);
  assert_focus_on_start (fixture);
}

/* The journal cannot be written (a folder where the file should be): the
 * entries wait in memory. Their details: Close has the focus, Escape closes;
 * closing the window then asks, Try Again the default, and Escape leaves
 * the window open with the entries kept. */
static void
test_focus_unsaved (Fixture       *fixture,
                    gconstpointer  data)
{
  const char * const none[] = { NULL };
  VastusJournal *journal = vastus_store_get_journal (fixture->store);
  g_autoptr (GError) error = NULL;
  GtkWindow *dialog;

  g_unlink (vastus_journal_get_path (journal));
  g_assert_cmpint (g_mkdir (vastus_journal_get_path (journal), 0700), ==, 0);
  vastus_store_answer_warning_signs (fixture->store, none, "menu", NULL, &error);
  g_clear_error (&error);
  g_assert_cmpuint (vastus_journal_get_n_pending (journal), >, 0);

  dialog = open_toast_details (fixture, "win.show-unsaved");
  wait_for_focus (dialog, response_button (ADW_MESSAGE_DIALOG (dialog), "close"), "Close");
  escape_closes (dialog);
  assert_focus_on_start (fixture);

  gtk_window_close (GTK_WINDOW (fixture->window));
  dialog = wait_for_dialog (GTK_WINDOW (fixture->window), "the question before closing");
  g_assert_cmpstr (adw_message_dialog_get_default_response (ADW_MESSAGE_DIALOG (dialog)), ==, "retry");
  wait_for_focus (dialog, response_button (ADW_MESSAGE_DIALOG (dialog), "retry"), "Try Again");
  escape_closes (dialog);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (fixture->window)));
  g_assert_cmpuint (vastus_journal_get_n_pending (journal), >, 0);
  assert_focus_on_start (fixture);

  /* Writable again, for the window to close. */
  g_assert_cmpint (g_rmdir (vastus_journal_get_path (journal)), ==, 0);
  g_assert_true (vastus_journal_flush (journal, NULL));
}

/* The first run's warning signs: their first question has the focus; none,
 * and the focus is on the next page's first control, not nowhere. */
static void
first_run_set_up (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *folder = data_folder ();

  vastus_test_remove_tree (folder);
  fixture->store = load_store_and_wait ();
  fixture->window = vastus_window_new (GTK_APPLICATION (app), fixture->store);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 960, 680);
  gtk_window_present (GTK_WINDOW (fixture->window));
  wait_until (is_mapped, fixture->window, "the window to be mapped");
}

static void
test_focus_first_run_warning_signs (Fixture       *fixture,
                                    gconstpointer  data)
{
  GtkWidget *first_run = vastus_window_get_first_run (fixture->window);
  GtkWidget *next = find_action_widget (first_run, "firstrun.check");
  GtkWindow *dialog;

  g_assert_nonnull (next);
  wait_until (is_mapped, next, "Continue on the welcome page");
  dialog = open_from (fixture, next, "firstrun.check", NULL);
  g_assert_true (GTK_WIDGET (dialog) == vastus_first_run_get_flags_dialog (VASTUS_FIRST_RUN (first_run)));
  wait_for_focus_where (dialog, focus_in_row_titled,
                        "Have you suddenly become short of breath, more than the exercise explains, or do you have chest pain?",
                        "the first question");
  escape_closes (dialog);
  g_assert_cmpstr (vastus_first_run_get_page (VASTUS_FIRST_RUN (first_run)), ==, "knee");
  wait_for_focus_within (GTK_WINDOW (fixture->window), first_run, "a control of the first run's next page");
  g_assert_false (gtk_widget_is_ancestor (gtk_window_get_focus (GTK_WINDOW (fixture->window)),
                                          gtk_widget_get_ancestor (next, ADW_TYPE_STATUS_PAGE)));
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

  vastus_test_ui_init (&argc, &argv);

  app = vastus_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);
  g_application_hold (G_APPLICATION (app));

#define ADD(path, func) \
  g_test_add ("/vastus/window/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("pages-made-when-shown", test_pages_made_when_shown);
  ADD ("shortcuts-make-the-library", test_shortcuts_make_the_library);
  ADD ("exercise-row-makes-the-library", test_exercise_row_makes_the_library);
  ADD ("menu-made-when-opened", test_menu_made_when_opened);
  ADD ("focus-follows-hold", test_focus_follows_hold);
  ADD ("resources", test_resources);
  ADD ("new-tooltip", test_new_tooltip);
#undef ADD
  g_test_add ("/vastus/window/import-program", Fixture, NULL, import_set_up, test_import_program, import_tear_down);
#define FOCUS(path, journal, func) \
  g_test_add ("/vastus/window/focus/" path, Fixture, journal, focus_set_up, func, focus_tear_down)
  FOCUS ("edit-programme", NULL, test_focus_edit_programme);
  FOCUS ("programme-rows", NULL, test_focus_programme_rows);
  FOCUS ("import-replace", NULL, test_focus_import_replace);
  FOCUS ("import-cancel", NULL, test_focus_import_cancel);
  FOCUS ("import-refused", NULL, test_focus_import_refused);
  FOCUS ("programme-file-dialogs", NULL, test_focus_programme_file_dialogs);
  FOCUS ("export-sessions", "journal-six-weeks.jsonl", test_focus_export_sessions);
  FOCUS ("warning-signs", NULL, test_focus_warning_signs);
  FOCUS ("knee-checked", NULL, test_focus_knee_checked);
  FOCUS ("knee-guide", NULL, test_focus_knee_guide);
  FOCUS ("shortcuts", NULL, test_focus_shortcuts);
  FOCUS ("about", NULL, test_focus_about);
  FOCUS ("end-session", NULL, test_focus_end_session);
  FOCUS ("knee-hurts", NULL, test_focus_knee_hurts);
  FOCUS ("session-warning-signs", NULL, test_focus_session_warning_signs);
  FOCUS ("progress-session", "journal-six-weeks.jsonl", test_focus_progress_session);
  FOCUS ("progress-pain-log", "journal-six-weeks.jsonl", test_focus_progress_pain_log);
  FOCUS ("progress-show-more", "many-sessions", test_focus_progress_show_more);
  FOCUS ("morning-check", "morning-due", test_focus_morning_check);
  FOCUS ("checkpoint-problem", "damaged-checkpoint", test_focus_checkpoint_problem);
  FOCUS ("catalogue-errors", "damaged-catalogue", test_focus_catalogue_errors);
  FOCUS ("journal-problems", "damaged-journal", test_focus_journal_problems);
  FOCUS ("unsaved", NULL, test_focus_unsaved);
  g_test_add ("/vastus/window/focus/first-run-warning-signs", Fixture, NULL, first_run_set_up,
              test_focus_first_run_warning_signs, focus_tear_down);
#undef FOCUS

  status = g_test_run ();

  g_application_release (G_APPLICATION (app));
  g_object_unref (app);
  return status;
}
