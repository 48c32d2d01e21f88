/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "vastus-application-private.h"
#include "vastus-window-private.h"
#include "vastus-window-report.h"
#include "vastus-test-ui.h"
#include "vastus-test-env.h"

/*
 * Share → Report for My Physiotherapist… through the real window: the save
 * dialog offers a dated name, and accepting it writes the PDF.
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
  gtk_window_present (GTK_WINDOW (fixture->window));
  wait_until (is_mapped, fixture->window, "the window to be mapped");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  destroy_window_and_store (GTK_WIDGET (fixture->window), G_OBJECT (fixture->store));
}

static gboolean
chooser_closed (gpointer data)
{
  return g_object_get_data (G_OBJECT (data), "vastus-report-chooser") == NULL;
}

static gboolean
has_file (gpointer data)
{
  g_autoptr (GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (data));

  return file != NULL;
}

static GtkWidget *
find_chooser_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GtkWidget) window = g_list_model_get_item (toplevels, i);

      /* The list keeps the window. */
      if (GTK_IS_FILE_CHOOSER_DIALOG (window) && gtk_widget_get_visible (window))
        return window;
    }
  return NULL;
}

static void
test_save (Fixture       *fixture,
           gconstpointer  data)
{
  g_autofree char *expected = vastus_report_default_name (vastus_store_get_now (fixture->store));
  g_autofree char *name = NULL;
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), expected, NULL);
  g_autofree char *contents = NULL;
  g_autoptr (GFile) folder = g_file_new_for_path (g_get_user_data_dir ());
  g_autoptr (GError) error = NULL;
  GtkFileChooser *chooser;
  GtkWidget *dialog;
  gsize length;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.report", NULL));
  chooser = g_object_get_data (G_OBJECT (fixture->window), "vastus-report-chooser");
  g_assert_nonnull (chooser);
  name = gtk_file_chooser_get_current_name (chooser);
  g_assert_cmpstr (name, ==, expected);
  g_assert_true (g_str_has_prefix (name, "vastus-report-"));
  g_assert_true (g_str_has_suffix (name, ".pdf"));

  /* A second activation while the dialog is open opens no second one. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.report", NULL));
  g_assert_true (g_object_get_data (G_OBJECT (fixture->window), "vastus-report-chooser") == chooser);

  /* Without a portal the native chooser is GTK's own dialog: the person
   * picks a folder there, then Save answers through the native chooser. */
  dialog = find_chooser_dialog ();
  g_assert_nonnull (dialog);
  g_assert_true (gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (dialog), folder, &error));
  g_assert_no_error (error);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), expected);
  wait_until (has_file, dialog, "the dialog to show the folder");
  g_signal_emit_by_name (chooser, "response", GTK_RESPONSE_ACCEPT);
  wait_until (chooser_closed, fixture->window, "the save dialog to close");

  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (length, >, 1000);
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  g_unlink (path);
}

/* A folder that cannot be written: an error naming the file, nothing left. */
static void
test_write_error (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "missing", "report.pdf", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;

  g_assert_false (vastus_window_report_write (fixture->store, file, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, path));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

/* Printing draws the same pages: exported through the print operation,
 * they are A4 or Letter as the page setup says, with the report's text. */
static void
test_print (Fixture       *fixture,
            gconstpointer  data)
{
  const char *paper_name = data;
  g_autoptr (GtkPrintOperation) operation = vastus_window_report_new_print (fixture->store);
  g_autoptr (GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr (GtkPaperSize) paper = gtk_paper_size_new (paper_name);
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "printed.pdf", NULL);
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autofree char *text = NULL;
  g_autoptr (GError) error = NULL;
  int status;

  gtk_page_setup_set_paper_size_and_default_margins (setup, paper);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_export_filename (operation, path);
  g_assert_cmpint (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, &error), ==,
                   GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_no_error (error);
  g_assert_cmpint (gtk_print_operation_get_n_pages_to_print (operation), >=, 1);
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));

  if (pdftotext == NULL)
    {
      g_test_skip ("pdftotext (poppler-utils) is not installed");
      return;
    }
  {
    const char *argv[] = { pdftotext, "-enc", "UTF-8", path, "-", NULL };

    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &text, NULL,
                                 &status, &error));
    g_assert_no_error (error);
  }
  g_assert_nonnull (strstr (text, "Knee Exercise Report"));
  g_assert_nonnull (strstr (text, "Quad set"));
  g_assert_nonnull (strstr (text, "Page 1 of "));
  g_assert_nonnull (strstr (text, "Vastus is not a diagnosis"));

  /* The sheet the page setup asked for: pdfinfo names A4 and letter. */
  {
    g_autofree char *pdfinfo = g_find_program_in_path ("pdfinfo");
    g_autofree char *info = NULL;
    const char *argv[] = { pdfinfo, path, NULL };

    if (pdfinfo != NULL)
      {
        g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &info,
                                     NULL, &status, &error));
        g_assert_no_error (error);
        g_assert_nonnull (strstr (info, g_str_equal (paper_name, GTK_PAPER_NAME_A4) ? "(A4)" : "(letter)"));
      }
  }
  g_unlink (path);
}


/* Keyboard focus: the save dialog (GTK's own without a portal) and the
 * print dialog open from the main menu's button with the focus on one of
 * their controls; Escape cancels, and the focus is back on the button. */
static void
test_focus (Fixture       *fixture,
            gconstpointer  data)
{
  const char *actions[] = { "win.report", "win.print-report" };
  GtkWidget *menu = GTK_WIDGET (vastus_window_get_menu_button (fixture->window));

  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    {
      GtkWindow *dialog;

      g_assert_true (gtk_widget_grab_focus (menu));
      g_assert_true (gtk_widget_activate_action (menu, actions[i], NULL));
      dialog = wait_for_dialog (GTK_WINDOW (fixture->window), actions[i]);
      wait_for_focus_within (dialog, GTK_WIDGET (dialog), "a control of the dialog");
      escape_closes (dialog);
      wait_for_focus_within (GTK_WINDOW (fixture->window), menu, "the main menu's button");
    }
  wait_until (chooser_closed, fixture->window, "the save dialog to be let go");
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

  g_test_add ("/vastus/report-ui/save", Fixture, NULL, fixture_set_up, test_save, fixture_tear_down);
  g_test_add ("/vastus/report-ui/print/a4", Fixture, GTK_PAPER_NAME_A4, fixture_set_up, test_print,
              fixture_tear_down);
  g_test_add ("/vastus/report-ui/print/letter", Fixture, GTK_PAPER_NAME_LETTER, fixture_set_up, test_print,
              fixture_tear_down);
  g_test_add ("/vastus/report-ui/focus", Fixture, NULL, fixture_set_up, test_focus, fixture_tear_down);
  g_test_add ("/vastus/report-ui/write-error", Fixture, NULL, fixture_set_up, test_write_error, fixture_tear_down);

  status = g_test_run ();

  g_application_release (G_APPLICATION (app));
  g_object_unref (app);
  return status;
}
