/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "vastus-application-private.h"
#include "vastus-backup.h"
#include "vastus-files.h"
#include "vastus-window-private.h"
#include "vastus-test-ui.h"
#include "vastus-test-env.h"

/*
 * Back Up… and Restore… driven through the real window's actions under
 * Xvfb: the file dialogs hand their file to win.backup-to and
 * win.restore-from, which the tests activate as the dialogs would. Each case
 * has a data folder, a store and a window of its own.
 */

static VastusApplication *app;

typedef struct
{
  char         *folder;    /* the data folder */
  char         *elsewhere; /* a folder outside it, as another computer's */
  VastusStore  *store;
  VastusWindow *window;
  guint         program_changes;
} Fixture;

static void
count_cb (gpointer  instance,
          guint    *counter)
{
  (*counter)++;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr (GError) error = NULL;

  fixture->folder = vastus_files_data_dir ();
  vastus_test_remove_tree (fixture->folder);
  fixture->elsewhere = g_dir_make_tmp ("vastus-backup-ui-XXXXXX", &error);
  g_assert_no_error (error);

  /* Past the first run, nothing logged yet. */
  set_up_program_file ();
  fixture->store = load_store_and_wait ();
  g_signal_connect (fixture->store, "program-changed", G_CALLBACK (count_cb), &fixture->program_changes);

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
  vastus_test_remove_tree (fixture->elsewhere);
  g_free (fixture->elsewhere);
  g_free (fixture->folder);
}

static char *
read_file (const char *path,
           gsize      *length)
{
  char *data = NULL;

  g_assert_true (g_file_get_contents (path, &data, length, NULL));
  return data;
}

static void
copy_fixture (const char *name,
              const char *to)
{
  g_autofree char *from = g_test_build_filename (G_TEST_DIST, "fixtures", name, NULL);
  g_autofree char *parent = g_path_get_dirname (to);
  g_autofree char *data = NULL;
  gsize length;

  data = read_file (from, &length);
  g_assert_cmpint (g_mkdir_with_parents (parent, 0700), ==, 0);
  g_assert_true (g_file_set_contents (to, data, (gssize) length, NULL));
}

/* A backup of the six-week journal and the gentle programme, made on
 * another computer. */
static char *
make_other_backup (Fixture *fixture)
{
  g_autofree char *other = g_build_filename (fixture->elsewhere, "other", NULL);
  g_autofree char *journal = g_build_filename (other, "journal.jsonl", NULL);
  g_autofree char *program = g_build_filename (other, "program.json", NULL);
  char *path = g_build_filename (fixture->elsewhere, "vastus-backup-2026-11-21" VASTUS_BACKUP_SUFFIX, NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GDateTime) now = g_date_time_new_utc (2026, 11, 21, 10, 0, 0);
  g_autoptr (GError) error = NULL;

  copy_fixture ("journal-six-weeks.jsonl", journal);
  copy_fixture ("program-gentle.json", program);
  g_assert_true (vastus_backup_write (file, other, NULL, now, &error));
  g_assert_no_error (error);
  return path;
}

/* Back Up… writes a backup that holds the programme byte for byte. */
static void
test_back_up (Fixture       *fixture,
              gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->elsewhere, "mine" VASTUS_BACKUP_SUFFIX, NULL);
  g_autofree char *program_path = g_build_filename (fixture->folder, "program.json", NULL);
  g_autofree char *program = NULL;
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (VastusBackup) backup = NULL;
  g_autoptr (GError) error = NULL;
  const char *message;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.backup-to", "s", path));

  message = vastus_window_get_backup_message (fixture->window);
  g_assert_cmpstr (message, ==, "Backup saved");
  backup = vastus_backup_read (file, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (vastus_backup_get_program_name (backup), ==, "Gentle start");
  g_assert_cmpuint (vastus_backup_get_n_sessions (backup), ==, 0);
  program = read_file (program_path, NULL);
  g_assert_true (g_str_has_prefix (program, "{"));
}

static GtkWidget *
open_restore_dialog (Fixture    *fixture,
                     const char *path)
{
  GtkWidget *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.restore-from", "s", path));
  dialog = vastus_window_get_backup_dialog (fixture->window);
  g_assert_true (ADW_IS_MESSAGE_DIALOG (dialog));
  wait_until (is_mapped, dialog, "the Restore dialog to be mapped");
  return dialog;
}

static gboolean
has_row (GtkWidget  *list,
         const char *title)
{
  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL; row = gtk_widget_get_next_sibling (row))
    if (ADW_IS_PREFERENCES_ROW (row) && g_str_equal (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), title))
      return TRUE;
  return FALSE;
}

/* Restore… shows what the backup holds and where the current data goes;
 * Cancel changes nothing; Restore puts it in place, and the window reads it
 * again. */
static void
test_restore (Fixture       *fixture,
              gconstpointer  data)
{
  g_autofree char *path = make_other_backup (fixture);
  g_autofree char *program_path = g_build_filename (fixture->folder, "program.json", NULL);
  g_autofree char *journal_path = g_build_filename (fixture->folder, "journal.jsonl", NULL);
  g_autofree char *fixture_program = g_test_build_filename (G_TEST_DIST, "fixtures", "program-gentle.json", NULL);
  g_autofree char *fixture_journal = g_test_build_filename (G_TEST_DIST, "fixtures", "journal-six-weeks.jsonl", NULL);
  g_autofree char *before = read_file (program_path, NULL);
  g_autofree char *kept_program = NULL;
  g_autofree char *prefix = NULL;
  g_autofree char *kept = NULL;
  g_autofree char *kept_data = NULL;
  g_autofree char *restored = NULL;
  g_autofree char *expected = NULL;
  VastusJournal *journal = vastus_store_get_journal (fixture->store);
  GtkWidget *dialog;
  const char *body;
  const char *message;
  gsize restored_length, expected_length;

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (journal)), ==, 0);

  dialog = open_restore_dialog (fixture, path);
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==, "Restore This Backup?");
  body = adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog));
  g_assert_nonnull (strstr (body, "before-restore"));
  g_assert_nonnull (strstr (body, "/io.github.vastus.vastus"));
  g_assert_true (has_row (adw_message_dialog_get_extra_child (ADW_MESSAGE_DIALOG (dialog)),
                          "18 sessions, from 10 October 2026 to 17 November 2026"));
  g_assert_true (has_row (adw_message_dialog_get_extra_child (ADW_MESSAGE_DIALOG (dialog)),
                          "Programme “Gentle start”, 10 exercises"));

  /* Cancel: nothing changes. */
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_assert_null (vastus_window_get_backup_dialog (fixture->window));
  g_assert_false (g_file_test (journal_path, G_FILE_TEST_EXISTS));
  kept_data = read_file (program_path, NULL);
  g_assert_cmpstr (kept_data, ==, before);
  g_assert_cmpuint (fixture->program_changes, ==, 0);

  /* Restore: a dialog says where the data from before is. */
  dialog = open_restore_dialog (fixture, path);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "restore");
  dialog = vastus_window_get_backup_dialog (fixture->window);
  g_assert_true (ADW_IS_MESSAGE_DIALOG (dialog));
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==, "Backup Restored");
  message = vastus_window_get_backup_message (fixture->window);
  g_assert_cmpstr (message, ==, adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)));
  prefix = g_strdup_printf ("Your data from before the restore is kept in %s/before-restore-", fixture->folder);
  g_assert_true (g_str_has_prefix (message, prefix));
  kept = g_strndup (message + strlen ("Your data from before the restore is kept in "),
                    strlen (message) - strlen ("Your data from before the restore is kept in ") - 1);
  wait_until (is_mapped, dialog, "the Restored dialog to be mapped");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "close");
  g_assert_null (vastus_window_get_backup_dialog (fixture->window));

  restored = read_file (program_path, &restored_length);
  expected = read_file (fixture_program, &expected_length);
  g_assert_cmpmem (restored, restored_length, expected, expected_length);
  g_clear_pointer (&restored, g_free);
  g_clear_pointer (&expected, g_free);
  restored = read_file (journal_path, &restored_length);
  expected = read_file (fixture_journal, &expected_length);
  g_assert_cmpmem (restored, restored_length, expected, expected_length);

  /* The window's store read it all again. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (journal)), ==, 18);
  g_assert_cmpuint (fixture->program_changes, ==, 1);
  g_assert_nonnull (vastus_store_get_program (fixture->store));

  /* The programme from before is kept, as it was. */
  kept_program = g_build_filename (kept, "program.json", NULL);
  g_clear_pointer (&kept_data, g_free);
  kept_data = read_file (kept_program, NULL);
  g_assert_cmpstr (kept_data, ==, before);
}

/* A damaged backup is refused with the file and the reason, and nothing
 * changes. */
static void
test_restore_damaged (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *path = make_other_backup (fixture);
  g_autofree char *program_path = g_build_filename (fixture->folder, "program.json", NULL);
  g_autofree char *before = read_file (program_path, NULL);
  g_autofree char *text = read_file (path, NULL);
  g_autofree char *after = NULL;
  GtkWidget *dialog;
  const char *body;

  /* Cut short, as by a full disk. */
  text[strlen (text) / 3] = '\0';
  g_assert_true (g_file_set_contents (path, text, -1, NULL));

  dialog = open_restore_dialog (fixture, path);
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==, "This Backup Cannot Be Restored");
  body = adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog));
  g_assert_true (g_str_has_prefix (body, "vastus-backup-2026-11-21" VASTUS_BACKUP_SUFFIX " is not a backup Vastus can restore"));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "close");

  after = read_file (program_path, NULL);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpuint (fixture->program_changes, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (vastus_store_get_journal (fixture->store))), ==, 0);
}

/* A restore would change the programme under a session: it waits until the
 * session is over. */
static void
test_no_restore_in_session (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autofree char *path = make_other_backup (fixture);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.start-session", NULL));
  g_assert_true (vastus_window_get_session_shown (fixture->window));

  /* Disabled: found, but not run. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.restore-from", "s", path);
  g_assert_null (vastus_window_get_backup_dialog (fixture->window));
  g_assert_cmpuint (fixture->program_changes, ==, 0);
}

static gboolean
popover_mapped (gpointer data)
{
  GtkPopover *popover = gtk_menu_button_get_popover (data);

  return popover != NULL && gtk_widget_get_mapped (GTK_WIDGET (popover));
}

/* The main menu offers both. */
static void
test_in_menu (Fixture       *fixture,
              gconstpointer  data)
{
  GtkMenuButton *button = vastus_window_get_menu_button (fixture->window);
  GMenuModel *menu;
  gboolean backup = FALSE, restore = FALSE;

  gtk_menu_button_popup (button);
  wait_until (popover_mapped, button, "the main menu to open");
  menu = gtk_menu_button_get_menu_model (button);

  for (int s = 0; s < g_menu_model_get_n_items (menu); s++)
    {
      g_autoptr (GMenuModel) section = g_menu_model_get_item_link (menu, s, G_MENU_LINK_SECTION);

      for (int i = 0; section != NULL && i < g_menu_model_get_n_items (section); i++)
        {
          g_autofree char *action = NULL;

          if (!g_menu_model_get_item_attribute (section, i, G_MENU_ATTRIBUTE_ACTION, "s", &action))
            continue;
          backup |= g_str_equal (action, "win.backup");
          restore |= g_str_equal (action, "win.restore");
        }
    }
  g_assert_true (backup);
  g_assert_true (restore);
  gtk_menu_button_popdown (button);
}


/* Keyboard focus. Each window opens from the main menu's button, which has
 * the focus, as after choosing from the menu. */
static GtkWidget *
menu_button (Fixture *fixture)
{
  return GTK_WIDGET (vastus_window_get_menu_button (fixture->window));
}

static GtkWindow *
open_from_menu (Fixture    *fixture,
                const char *action,
                const char *path)
{
  g_assert_true (gtk_widget_grab_focus (menu_button (fixture)));
  g_assert_true (gtk_widget_activate_action (menu_button (fixture), action, path != NULL ? "s" : NULL, path));
  return wait_for_dialog (GTK_WINDOW (fixture->window), action);
}

static void
assert_focus_back_on_menu (Fixture *fixture)
{
  wait_for_focus_within (GTK_WINDOW (fixture->window), menu_button (fixture), "the main menu's button");
}

/* Restore This Backup?: Cancel, the safe answer, has the focus and Escape is
 * Cancel, back on the menu. Restored: the dialog that says where the data
 * from before is kept has Close, and then the person starts again from
 * Today's Start Session. */
static void
test_focus_restore (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *path = make_other_backup (fixture);
  GtkWidget *today = vastus_window_get_today (fixture->window);
  AdwMessageDialog *dialog;

  vastus_window_show_page (fixture->window, "library");
  dialog = ADW_MESSAGE_DIALOG (open_from_menu (fixture, "win.restore-from", path));
  g_assert_cmpstr (adw_message_dialog_get_default_response (dialog), ==, "cancel");
  wait_for_focus (GTK_WINDOW (dialog), response_button (dialog, "cancel"), "Cancel");
  escape_closes (GTK_WINDOW (dialog));
  g_assert_cmpuint (fixture->program_changes, ==, 0);
  assert_focus_back_on_menu (fixture);

  dialog = ADW_MESSAGE_DIALOG (open_from_menu (fixture, "win.restore-from", path));
  click_response (dialog, "restore");
  dialog = ADW_MESSAGE_DIALOG (wait_for_dialog (GTK_WINDOW (fixture->window), "the restore's outcome"));
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Backup Restored");
  wait_for_focus (GTK_WINDOW (dialog), response_button (dialog, "close"), "Close");
  escape_closes (GTK_WINDOW (dialog));
  g_assert_cmpuint (fixture->program_changes, ==, 1);
  wait_for_focus_on_action (GTK_WINDOW (fixture->window), "win.start-session");
  g_assert_true (gtk_widget_is_ancestor (gtk_window_get_focus (GTK_WINDOW (fixture->window)), today));
}

/* A damaged backup, a backup that cannot be written: what is wrong, Close
 * with the focus, and back on the menu. */
static void
test_focus_refused (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *path = make_other_backup (fixture);
  g_autofree char *text = read_file (path, NULL);
  g_autofree char *unwritable = g_build_filename (fixture->elsewhere, "no-such-folder", "mine" VASTUS_BACKUP_SUFFIX, NULL);
  AdwMessageDialog *dialog;

  text[strlen (text) / 3] = '\0';
  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  dialog = ADW_MESSAGE_DIALOG (open_from_menu (fixture, "win.restore-from", path));
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "This Backup Cannot Be Restored");
  wait_for_focus (GTK_WINDOW (dialog), response_button (dialog, "close"), "Close");
  escape_closes (GTK_WINDOW (dialog));
  assert_focus_back_on_menu (fixture);

  dialog = ADW_MESSAGE_DIALOG (open_from_menu (fixture, "win.backup-to", unwritable));
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Backup Not Saved");
  wait_for_focus (GTK_WINDOW (dialog), response_button (dialog, "close"), "Close");
  escape_closes (GTK_WINDOW (dialog));
  assert_focus_back_on_menu (fixture);
}

/* Back Up… and Restore…'s file dialogs, GTK's own without a portal: a
 * control of theirs has the focus, Escape cancels, back on the menu. */
static void
test_focus_file_dialogs (Fixture       *fixture,
                         gconstpointer  data)
{
  const char *actions[] = { "win.backup", "win.restore" };

  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    {
      GtkWindow *chooser = open_from_menu (fixture, actions[i], NULL);

      g_assert_true (GTK_IS_FILE_CHOOSER (chooser));
      wait_for_focus_within (chooser, GTK_WIDGET (chooser), "a control of the file dialog");
      escape_closes (chooser);
      assert_focus_back_on_menu (fixture);
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
  g_setenv ("TZ", "UTC", TRUE);
  g_setenv ("LANGUAGE", "C", TRUE);

  vastus_test_ui_init (&argc, &argv);

  app = vastus_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);
  g_application_hold (G_APPLICATION (app));

#define ADD(path, func) \
  g_test_add ("/vastus/backup-ui/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("back-up", test_back_up);
  ADD ("restore", test_restore);
  ADD ("restore-damaged", test_restore_damaged);
  ADD ("no-restore-in-session", test_no_restore_in_session);
  ADD ("in-menu", test_in_menu);
  ADD ("focus/restore", test_focus_restore);
  ADD ("focus/refused", test_focus_refused);
  ADD ("focus/file-dialogs", test_focus_file_dialogs);
#undef ADD

  status = g_test_run ();
  g_application_release (G_APPLICATION (app));
  g_object_unref (app);
  return status;
}
