/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "vastus-window-backup"

#include "config.h"

#include "vastus-window-private.h"

#include <glib/gi18n.h>
#include <string.h>

#include "vastus-backup.h"
#include "vastus-files.h"
#include "vastus-store.h"
#include "vastus-today-page.h"

/*
 * Back Up… and Restore… in the window's menu.
 *
 * win.backup asks where to save and hands the file to win.backup-to;
 * win.restore asks for a backup and hands it to win.restore-from, which reads
 * and checks it and shows what it holds and where the current data will be
 * kept, before anything changes. The files are written by the store.
 */

#define CHOOSER_KEY "vastus-backup-chooser"
#define DIALOG_KEY "vastus-backup-dialog"
#define MESSAGE_KEY "vastus-backup-message"

static VastusStore *
get_store (VastusWindow *self)
{
  VastusStore *store = NULL;

  g_object_get (self, "store", &store, NULL);
  /* The window holds the store as long as it lives. */
  g_object_unref (store);
  return store;
}

static void
tell (VastusWindow *self,
      const char   *message)
{
  g_object_set_data_full (G_OBJECT (self), MESSAGE_KEY, g_strdup (message), g_free);
  vastus_window_add_toast (self, adw_toast_new (message));
}

static void
forget_chooser (VastusWindow *self)
{
  g_object_set_data (G_OBJECT (self), CHOOSER_KEY, NULL);
}

static void
destroy_chooser (gpointer data)
{
  GtkNativeDialog *chooser = data;

  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

/* One file dialog at a time, gone with the window. */
static GtkFileChooserNative *
new_chooser (VastusWindow         *self,
             const char           *title,
             GtkFileChooserAction  action,
             const char           *accept)
{
  GtkFileChooserNative *chooser;
  g_autoptr (GtkFileFilter) filter = gtk_file_filter_new ();
  g_autoptr (GtkFileFilter) all = gtk_file_filter_new ();

  if (g_object_get_data (G_OBJECT (self), CHOOSER_KEY) != NULL)
    return NULL;

  chooser = gtk_file_chooser_native_new (title, GTK_WINDOW (self), action, accept, _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_filter_set_name (filter, _("Vastus backups"));
  gtk_file_filter_add_pattern (filter, "*" VASTUS_BACKUP_SUFFIX);
  gtk_file_filter_add_pattern (filter, "*.json");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_file_filter_set_name (all, _("All files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), all);
  g_object_set_data_full (G_OBJECT (self), CHOOSER_KEY, chooser, destroy_chooser);
  if (g_object_get_data (G_OBJECT (self), "vastus-backup-hooked") == NULL)
    {
      /* The dialog holds the window: let go of it when the window goes. */
      g_signal_connect (self, "destroy", G_CALLBACK (forget_chooser), NULL);
      g_object_set_data (G_OBJECT (self), "vastus-backup-hooked", GINT_TO_POINTER (TRUE));
    }
  return chooser;
}

/* Answered, or gone with the window; a dialog answered may go only after
 * the next one is shown. */
static void
dialog_destroyed_cb (GtkWidget    *dialog,
                     VastusWindow *self)
{
  if (g_object_get_data (G_OBJECT (self), DIALOG_KEY) == dialog)
    g_object_set_data (G_OBJECT (self), DIALOG_KEY, NULL);
}

static void
dialog_answered_cb (GtkWidget    *dialog,
                    const char   *response,
                    VastusWindow *self)
{
  dialog_destroyed_cb (dialog, self);
}

static void
show_dialog (VastusWindow *self,
             GtkWidget    *dialog)
{
  g_object_set_data (G_OBJECT (self), DIALOG_KEY, dialog);
  g_signal_connect_object (dialog, "response", G_CALLBACK (dialog_answered_cb), self, 0);
  g_signal_connect_object (dialog, "destroy", G_CALLBACK (dialog_destroyed_cb), self, 0);
  gtk_window_set_destroy_with_parent (GTK_WINDOW (dialog), TRUE);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ~/.local/share/… reads better than the whole path. */
static char *
shorten_home (char *path)
{
  const char *home = g_get_home_dir ();
  gsize length = strlen (home);
  char *shorter;

  if (length < 2 || strncmp (path, home, length) != 0 || path[length] != G_DIR_SEPARATOR)
    return path;
  shorter = g_strconcat ("~", path + length, NULL);
  g_free (path);
  return shorter;
}

/* A dialog, not a toast: what it says is too long for one line, and matters. */
static void
inform (VastusWindow *self,
        const char   *heading,
        const char   *body)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  g_object_set_data_full (G_OBJECT (self), MESSAGE_KEY, g_strdup (body), g_free);
  show_dialog (self, dialog);
}

/* Back Up… */

/* Hands the file chosen to @action as a path; a file with no path (a
 * network place) is said in a dialog, with @title and @body. */
static void
pass_chosen_file (VastusWindow    *self,
                  GtkNativeDialog *chooser,
                  int              response,
                  const char      *action,
                  const char      *title,
                  const char      *body)
{
  g_autoptr (GFile) file = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  forget_chooser (self);
  if (file == NULL)
    return;

  path = g_file_get_path (file);
  if (path == NULL)
    {
      inform (self, title, body);
      return;
    }
  gtk_widget_activate_action (GTK_WIDGET (self), action, "s", path);
}

static void
backup_chooser_response_cb (GtkNativeDialog *chooser,
                            int              response,
                            VastusWindow    *self)
{
  pass_chosen_file (self, chooser, response, "win.backup-to", _("Backup Not Saved"),
                    _("Vastus can save a backup only to a folder on this computer."));
}

static void
backup_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  VastusWindow *self = VASTUS_WINDOW (widget);
  VastusStore *store = get_store (self);
  g_autoptr (GDateTime) now = g_date_time_new_from_unix_local (vastus_store_get_now (store) / G_USEC_PER_SEC);
  g_autofree char *name = vastus_backup_default_name (now);
  GtkFileChooserNative *chooser;

  chooser = new_chooser (self, _("Back Up Your Data"), GTK_FILE_CHOOSER_ACTION_SAVE, _("_Back Up"));
  if (chooser == NULL)
    return;
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_signal_connect_object (chooser, "response", G_CALLBACK (backup_chooser_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* With the path chosen: writes the backup and says so. */
static void
backup_to_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  VastusWindow *self = VASTUS_WINDOW (widget);
  g_autoptr (GFile) file = g_file_new_for_path (g_variant_get_string (parameter, NULL));
  g_autoptr (GError) error = NULL;

  if (g_object_get_data (G_OBJECT (self), DIALOG_KEY) != NULL)
    return;
  /* Short, to fit a narrow window: the person has just chosen the file. */
  if (vastus_store_back_up (get_store (self), file, &error))
    tell (self, _("Backup saved"));
  else
    inform (self, _("Backup Not Saved"), error->message);
}

/* Restore… */

static void
restore_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     VastusWindow     *self)
{
  VastusBackup *backup = g_object_get_data (G_OBJECT (dialog), "backup");
  g_autoptr (GError) error = NULL;
  g_autofree char *kept = NULL;
  g_autofree char *message = NULL;

  g_object_set_data (G_OBJECT (self), DIALOG_KEY, NULL);
  if (!g_str_equal (response, "restore") || backup == NULL)
    return;

  if (!vastus_store_restore (get_store (self), backup, &kept, &error))
    {
      inform (self, _("Backup Not Restored"), error->message);
      return;
    }

  /* Everything the window showed has changed: the person starts again from
   * Today, on Start Session. */
  vastus_window_show_page (self, "today");
  vastus_today_page_focus_start (VASTUS_TODAY_PAGE (vastus_window_get_today (self)));
  if (kept != NULL)
    {
      g_autofree char *folder = shorten_home (g_steal_pointer (&kept));

      /* Translators: the folder the data from before the restore was moved to */
      message = g_strdup_printf (_("Your data from before the restore is kept in %s."), folder);
      inform (self, _("Backup Restored"), message);
    }
  else
    tell (self, _("Backup restored"));
}

/* What the backup holds, a row a line, left-aligned and easy to scan. */
static GtkWidget *
summary_list (const char *summary)
{
  g_auto (GStrv) lines = g_strsplit (summary, "\n", -1);
  GtkWidget *list = gtk_list_box_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("What the backup holds"), -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), lines[i]);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      /* Lines to read, not controls: the dialog's focus goes to Cancel,
       * its safe answer, not to the first line. */
      gtk_widget_set_focusable (row, FALSE);
      gtk_list_box_append (GTK_LIST_BOX (list), row);
    }
  return list;
}

/* With the file chosen: reads and checks it, then shows what it holds. */
static void
restore_from_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  VastusWindow *self = VASTUS_WINDOW (widget);
  g_autoptr (GFile) file = g_file_new_for_path (g_variant_get_string (parameter, NULL));
  g_autoptr (GError) error = NULL;
  g_autoptr (VastusBackup) backup = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *folder = NULL;
  GtkWidget *dialog;

  if (g_object_get_data (G_OBJECT (self), DIALOG_KEY) != NULL)
    return;

  backup = vastus_backup_read (file, &error);
  if (backup == NULL)
    {
      inform (self, _("This Backup Cannot Be Restored"), error->message);
      return;
    }

  summary = vastus_backup_describe (backup);
  folder = shorten_home (vastus_files_data_dir ());
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Restore This Backup?"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  /* Translators: Vastus's data folder */
                                  _("It takes the place of your journal, programme, own exercises and "
                                    "preferences. Your current data is not deleted: it is kept in a "
                                    "“before-restore” folder in %s."),
                                  folder);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), summary_list (summary));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "restore", _("_Restore"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "restore", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "backup", g_steal_pointer (&backup), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (restore_response_cb), self, 0);
  show_dialog (self, dialog);
}

static void
restore_chooser_response_cb (GtkNativeDialog *chooser,
                             int              response,
                             VastusWindow    *self)
{
  pass_chosen_file (self, chooser, response, "win.restore-from", _("Backup Not Restored"),
                    _("Vastus can restore only a backup on this computer."));
}

static void
restore_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  VastusWindow *self = VASTUS_WINDOW (widget);
  GtkFileChooserNative *chooser;

  chooser = new_chooser (self, _("Restore a Backup"), GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"));
  if (chooser == NULL)
    return;
  g_signal_connect_object (chooser, "response", G_CALLBACK (restore_chooser_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/**
 * vastus_window_install_backup_actions:
 *
 * win.backup, win.backup-to (s: a path), win.restore and win.restore-from
 * (s: a path).
 */
void
vastus_window_install_backup_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.backup", NULL, backup_action);
  gtk_widget_class_install_action (widget_class, "win.backup-to", "s", backup_to_action);
  gtk_widget_class_install_action (widget_class, "win.restore", NULL, restore_action);
  gtk_widget_class_install_action (widget_class, "win.restore-from", "s", restore_from_action);
}

/**
 * vastus_window_get_backup_dialog:
 *
 * Returns: (transfer none) (nullable): the Restore dialog, while it is open
 */
GtkWidget *
vastus_window_get_backup_dialog (VastusWindow *self)
{
  return g_object_get_data (G_OBJECT (self), DIALOG_KEY);
}

/**
 * vastus_window_get_backup_message:
 *
 * Returns: (nullable): what Back Up or Restore last told the person
 */
const char *
vastus_window_get_backup_message (VastusWindow *self)
{
  return g_object_get_data (G_OBJECT (self), MESSAGE_KEY);
}
