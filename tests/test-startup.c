/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "vastus-application-private.h"
#include "vastus-files.h"
#include "vastus-progress-page-private.h"
#include "vastus-window-private.h"
#include "vastus-test-ui.h"
#include "vastus-test-env.h"

/*
 * Vastus started as the person starts it, through the application's own
 * start-up and first window, with their data still in the folder named after
 * Vastus's former application ID: the folder moves, and every session of
 * theirs shows; where it cannot move, the window says why, and every session
 * shows all the same, read where it is. Each case runs in a child of its
 * own, as each start-up happens once in a process.
 */

static void
copy_fixture (const char *name,
              const char *folder)
{
  g_autofree char *from = g_test_build_filename (G_TEST_DIST, "fixtures", name, NULL);
  g_autofree char *to = g_build_filename (folder, g_str_equal (name, "program-gentle.json") ? "program.json"
                                                                                             : "journal.jsonl", NULL);
  g_autofree char *data = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (from, &data, &length, NULL));
  g_assert_true (g_file_set_contents (to, data, (gssize) length, NULL));
}

/* Six weeks of sessions and the gentle programme, where a Vastus from
 * before the rename kept them. */
static char *
fill_former_folder (void)
{
  g_autofree char *folder = g_build_filename (g_get_user_data_dir (), APPLICATION_ID, NULL);
  char *former = vastus_files_former_data_dir ();

  vastus_test_remove_tree (folder);
  vastus_test_remove_tree (former);
  g_assert_cmpint (g_mkdir_with_parents (former, 0700), ==, 0);
  copy_fixture ("journal-six-weeks.jsonl", former);
  copy_fixture ("program-gentle.json", former);
  return former;
}

static gboolean
progress_shows_rows (gpointer data)
{
  return vastus_progress_page_get_n_rows (data) > 0;
}

/* Starts Vastus as a launch does: start-up, then the first window. */
static VastusWindow *
start (VastusApplication *app)
{
  g_autoptr (GError) error = NULL;
  GtkWindow *window;

  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);
  g_application_activate (G_APPLICATION (app));

  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  g_assert_true (VASTUS_IS_WINDOW (window));
  wait_until (is_mapped, window, "the window to be mapped");
  wait_until (journal_loaded, vastus_store_get_journal (vastus_application_get_store (app)), "the journal to load");
  return VASTUS_WINDOW (window);
}

/* Every session of the six weeks, in the store and on Progress. */
static void
assert_sessions_shown (VastusApplication *app,
                       VastusWindow      *window)
{
  VastusJournal *journal = vastus_store_get_journal (vastus_application_get_store (app));
  GtkWidget *progress;
  g_autofree char *newest = NULL;

  g_assert_null (vastus_journal_get_load_error (journal));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (journal)), ==, 18);
  g_assert_false (vastus_store_get_first_run (vastus_application_get_store (app)));

  vastus_window_show_page (window, "progress");
  progress = vastus_window_get_progress (window);
  wait_until (progress_shows_rows, progress, "Progress to list the sessions");
  newest = vastus_progress_page_get_row_text (VASTUS_PROGRESS_PAGE (progress), 0);
  g_assert_nonnull (strstr (newest, "17 November"));
}

static void
finish (VastusApplication *app,
        VastusWindow      *window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_object_unref (app);
}

static void
former_folder_moved (void)
{
  g_autofree char *former = fill_former_folder ();
  g_autofree char *folder = g_build_filename (g_get_user_data_dir (), APPLICATION_ID, NULL);
  g_autofree char *journal = g_build_filename (folder, "journal.jsonl", NULL);
  VastusApplication *app = vastus_application_new ();
  VastusWindow *window;

  window = start (app);

  g_assert_null (vastus_store_get_data_folder_error (vastus_application_get_store (app)));
  g_assert_false (g_file_test (former, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (journal, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpstr (vastus_journal_get_path (vastus_store_get_journal (vastus_application_get_store (app))), ==,
                   journal);
  assert_sessions_shown (app, window);
  finish (app, window);
}

static void
test_former_folder_moved (void)
{
  if (g_test_subprocess ())
    {
      former_folder_moved ();
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

static AdwMessageDialog *
find_message_dialog (GtkWindow *parent)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_window_get_transient_for (window) == parent)
        return ADW_MESSAGE_DIALOG (window);
    }
  return NULL;
}

static void
former_folder_stays (void)
{
  g_autofree char *former = fill_former_folder ();
  g_autofree char *folder = g_build_filename (g_get_user_data_dir (), APPLICATION_ID, NULL);
  g_autofree char *journal = g_build_filename (former, "journal.jsonl", NULL);
  g_autofree char *in_the_way = NULL;
  VastusApplication *app = vastus_application_new ();
  VastusWindow *window;
  const GError *error;
  AdwMessageDialog *dialog;
  const char *body;

  /* A file where the new folder would go. */
  g_assert_true (g_file_set_contents (folder, "not a folder", -1, NULL));

  window = start (app);

  error = vastus_store_get_data_folder_error (vastus_application_get_store (app));
  g_assert_nonnull (error);
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOTDIR);
  g_assert_cmpstr (vastus_journal_get_path (vastus_store_get_journal (vastus_application_get_store (app))), ==,
                   journal);
  assert_sessions_shown (app, window);

  /* The toast's Details say why, with both folders. */
  g_assert_null (find_message_dialog (GTK_WINDOW (window)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-data-folder-problem", NULL));
  dialog = find_message_dialog (GTK_WINDOW (window));
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Your Data Folder Was Not Moved");
  body = adw_message_dialog_get_body (dialog);
  g_assert_nonnull (strstr (body, former));
  g_assert_nonnull (strstr (body, folder));
  g_assert_nonnull (strstr (body, g_strerror (ENOTDIR)));
  g_assert_nonnull (strstr (body, "nothing in it is lost"));
  gtk_window_destroy (GTK_WINDOW (dialog));

  /* Nothing moved, nothing lost. */
  g_assert_true (g_file_test (journal, G_FILE_TEST_IS_REGULAR));
  g_assert_true (g_file_get_contents (folder, &in_the_way, NULL, NULL));
  g_assert_cmpstr (in_the_way, ==, "not a folder");
  finish (app, window);
}

static void
test_former_folder_stays (void)
{
  if (g_test_subprocess ())
    {
      former_folder_stays ();
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

int
main (int   argc,
      char *argv[])
{
  /* Before anything reads HOME or the XDG folders. */
  vastus_test_env_init ();
  g_setenv ("VASTUS_AUDIO_SINK", "fakesink", TRUE);

  vastus_test_ui_init (&argc, &argv);

  g_test_add_func ("/vastus/startup/former-folder-moved", test_former_folder_moved);
  g_test_add_func ("/vastus/startup/former-folder-stays", test_former_folder_stays);

  return g_test_run ();
}
