/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "vastus-window-backup"

#include "config.h"

#include "vastus-window-private.h"

#include <glib/gi18n.h>

#include "vastus-backup.h"
#include "vastus-store.h"

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

/* Back Up… */

static void
backup_chooser_response_cb (GtkNativeDialog *chooser,
                            int              response,
                            VastusWindow    *self)
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
      tell (self, _("The backup could not be saved: choose a folder on this computer."));
      return;
    }
  gtk_widget_activate_action (GTK_WIDGET (self), "win.backup-to", "s", path);
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
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *message = NULL;
  g_autoptr (GError) error = NULL;

  if (vastus_store_back_up (get_store (self), file, &error))
    /* Translators: the backup file's name */
    message = g_strdup_printf (_("Backed up to %s"), name);
  else
    /* Translators: why, naming the file */
    message = g_strdup_printf (_("The backup could not be saved: %s"), error->message);
  tell (self, message);
}

/* Restore… */

static void
forget_dialog (VastusWindow *self)
{
  g_object_set_data (G_OBJECT (self), DIALOG_KEY, NULL);
}

static void
restore_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     VastusWindow     *self)
{
  VastusBackup *backup = g_object_get_data (G_OBJECT (dialog), "backup");
  g_autoptr (GError) error = NULL;
  g_autofree char *kept = NULL;
  g_autofree char *message = NULL;

  forget_dialog (self);
  if (!g_str_equal (response, "restore") || backup == NULL)
    return;

  if (!vastus_store_restore (get_store (self), backup, &kept, &error))
    message = g_strdup_printf (_("The backup could not be restored: %s"), error->message);
  else if (kept != NULL)
    {
      g_autofree char *folder = g_path_get_basename (kept);

      /* Translators: the folder in Vastus's data folder the data from before is in */
      message = g_strdup_printf (_("Backup restored; your data from before is in %s"), folder);
    }
  else
    message = g_strdup (_("Backup restored"));
  tell (self, message);
}

static void
show_dialog (VastusWindow *self,
             GtkWidget    *dialog)
{
  g_object_set_data (G_OBJECT (self), DIALOG_KEY, dialog);
  g_signal_connect_object (dialog, "destroy", G_CALLBACK (forget_dialog), self, G_CONNECT_SWAPPED);
  gtk_window_set_destroy_with_parent (GTK_WINDOW (dialog), TRUE);
  gtk_window_present (GTK_WINDOW (dialog));
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
      dialog = adw_message_dialog_new (GTK_WINDOW (self), _("This Backup Cannot Be Restored"), error->message);
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      g_object_set_data_full (G_OBJECT (self), MESSAGE_KEY, g_strdup (error->message), g_free);
      show_dialog (self, dialog);
      return;
    }

  summary = vastus_backup_describe (backup);
  folder = vastus_backup_data_folder ();
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Restore This Backup?"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  /* Translators: what the backup holds, a line each, then Vastus's data folder */
                                  _("%s\n\nIt takes the place of your journal, programme, own exercises and "
                                    "preferences. Your current data is not deleted: it is kept in a "
                                    "“before-restore” folder in %s."),
                                  summary, folder);
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
      tell (self, _("The backup could not be read: choose a file on this computer."));
      return;
    }
  gtk_widget_activate_action (GTK_WIDGET (self), "win.restore-from", "s", path);
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
