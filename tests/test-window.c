/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "vastus-application-private.h"
#include "vastus-exercise-detail-private.h"
#include "vastus-import-dialog-private.h"
#include "vastus-library-page.h"
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
#undef ADD
  g_test_add ("/vastus/window/import-program", Fixture, NULL, import_set_up, test_import_program, import_tear_down);

  status = g_test_run ();

  g_application_release (G_APPLICATION (app));
  g_object_unref (app);
  return status;
}
