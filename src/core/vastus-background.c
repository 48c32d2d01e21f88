/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "vastus-background"

#include "config.h"

#include "vastus-background.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>

#include "vastus-files.h"

/*
 * Reminders that work while Vastus is closed need `vastus --reminders`
 * started with the person's session. In a sandbox the Background portal
 * asks the person and writes the autostart entry itself; elsewhere Vastus
 * writes the entry to $XDG_CONFIG_HOME/autostart, and removes it once
 * both reminders are off.
 */

#define PORTAL_BUS_NAME "org.freedesktop.portal.Desktop"
#define PORTAL_OBJECT_PATH "/org/freedesktop/portal/desktop"
#define PORTAL_BACKGROUND "org.freedesktop.portal.Background"
#define PORTAL_REQUEST "org.freedesktop.portal.Request"

G_DEFINE_QUARK (vastus-background-error-quark, vastus_background_error)

/**
 * vastus_background_default_method:
 *
 * Returns: the portal inside a Flatpak sandbox, where Vastus cannot write
 *   the person's autostart folder; an autostart entry elsewhere
 */
VastusBackgroundMethod
vastus_background_default_method (void)
{
  return g_file_test ("/.flatpak-info", G_FILE_TEST_EXISTS) ? VASTUS_BACKGROUND_PORTAL
                                                              : VASTUS_BACKGROUND_AUTOSTART;
}

/**
 * vastus_background_commandline:
 *
 * Returns: (transfer none): `vastus --reminders`: inside the sandbox by
 *   name, elsewhere by the path it is installed at, as the D-Bus service
 *   file has it
 */
const char * const *
vastus_background_commandline (VastusBackgroundMethod method)
{
  static const char * const sandboxed[] = { "vastus", "--reminders", NULL };
  static const char * const installed[] = { BINDIR "/vastus", "--reminders", NULL };

  return method == VASTUS_BACKGROUND_PORTAL ? sandboxed : installed;
}

/**
 * vastus_background_autostart_path:
 *
 * Returns: where the autostart entry goes, in $XDG_CONFIG_HOME/autostart
 */
char *
vastus_background_autostart_path (void)
{
  return g_build_filename (g_get_user_config_dir (), "autostart", APPLICATION_ID "-reminders.desktop", NULL);
}

/**
 * vastus_background_former_autostart_path:
 *
 * Returns: where Vastus wrote its autostart entry before its application ID
 *   was renamed
 */
char *
vastus_background_former_autostart_path (void)
{
  return g_build_filename (g_get_user_config_dir (), "autostart", VASTUS_FORMER_APPLICATION_ID "-reminders.desktop",
                           NULL);
}

/* An autostart entry, written whole (atomic replace), readable by the
 * session that starts it. */
static gboolean
write_entry (const char  *path,
             const char  *contents,
             GError     **error)
{
  g_autofree char *folder = g_path_get_dirname (path);

  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      int saved = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved),
                   _("Cannot create %s: %s"), folder, g_strerror (saved));
      return FALSE;
    }
  return g_file_set_contents_full (path, contents, -1, G_FILE_SET_CONTENTS_CONSISTENT, 0644, error);
}

/* An entry that is not there is removed already. */
static gboolean
remove_entry (const char  *path,
              GError     **error)
{
  if (g_unlink (path) != 0 && errno != ENOENT)
    {
      int saved = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved),
                   /* Translators: the file, and why it could not be removed */
                   _("Cannot remove %s: %s"), path, g_strerror (saved));
      return FALSE;
    }
  return TRUE;
}

/* An argument of an Exec line, quoted as the Desktop Entry Specification
 * asks when it holds a reserved character. */
static void
append_exec_argument (GString    *exec,
                      const char *argument)
{
  if (exec->len > 0)
    g_string_append_c (exec, ' ');
  if (*argument != '\0' && strpbrk (argument, " \t\n\"'\\><~|&;$*?#()`%") == NULL)
    {
      g_string_append (exec, argument);
      return;
    }
  g_string_append_c (exec, '"');
  for (const char *c = argument; *c != '\0'; c++)
    {
      if (*c == '%')
        {
          g_string_append (exec, "%%");
          continue;
        }
      if (strchr ("\"`$\\", *c) != NULL)
        g_string_append_c (exec, '\\');
      g_string_append_c (exec, *c);
    }
  g_string_append_c (exec, '"');
}

/**
 * vastus_background_set_autostart:
 * @commandline: what the session starts: the program and its arguments
 * @enable: write the entry, or remove it
 *
 * Writes the autostart entry whole (atomic replace), or removes it; a
 * missing entry is already removed.
 */
gboolean
vastus_background_set_autostart (const char * const  *commandline,
                                 gboolean             enable,
                                 GError             **error)
{
  g_autofree char *path = vastus_background_autostart_path ();
  g_autoptr (GKeyFile) entry = NULL;
  g_autoptr (GString) exec = g_string_new (NULL);
  g_autofree char *contents = NULL;

  if (!enable)
    {
      g_autofree char *former = vastus_background_former_autostart_path ();

      /* The entry from before the rename too, should it still be there:
       * reminders turned off do not start at login under either name. */
      return remove_entry (path, error) && remove_entry (former, error);
    }

  g_return_val_if_fail (commandline != NULL && commandline[0] != NULL, FALSE);

  for (const char * const *argument = commandline; *argument != NULL; argument++)
    append_exec_argument (exec, *argument);

  entry = g_key_file_new ();
  g_key_file_set_string (entry, G_KEY_FILE_DESKTOP_GROUP, G_KEY_FILE_DESKTOP_KEY_TYPE,
                         G_KEY_FILE_DESKTOP_TYPE_APPLICATION);
  /* Translators: the name of the background service in the list of programs started at login */
  g_key_file_set_string (entry, G_KEY_FILE_DESKTOP_GROUP, G_KEY_FILE_DESKTOP_KEY_NAME, _("Vastus Reminders"));
  g_key_file_set_string (entry, G_KEY_FILE_DESKTOP_GROUP, G_KEY_FILE_DESKTOP_KEY_COMMENT,
                         _("Reminds you of your knee exercises on the days you chose, and of the next-morning check"));
  g_key_file_set_string (entry, G_KEY_FILE_DESKTOP_GROUP, G_KEY_FILE_DESKTOP_KEY_ICON, APPLICATION_ID);
  g_key_file_set_string (entry, G_KEY_FILE_DESKTOP_GROUP, G_KEY_FILE_DESKTOP_KEY_EXEC, exec->str);
  g_key_file_set_boolean (entry, G_KEY_FILE_DESKTOP_GROUP, G_KEY_FILE_DESKTOP_KEY_NO_DISPLAY, TRUE);
  g_key_file_set_boolean (entry, G_KEY_FILE_DESKTOP_GROUP, "X-GNOME-Autostart-enabled", TRUE);
  contents = g_key_file_to_data (entry, NULL, NULL);

  return write_entry (path, contents, error);
}

/**
 * vastus_background_move_former_autostart:
 * @error: why the former entry is still there
 *
 * Before its application ID was renamed, Vastus wrote the reminders'
 * autostart entry as `io.github.vastus.Vastus-reminders.desktop`. That entry
 * is written again under the current name, as
 * vastus_background_set_autostart() writes it (whole, atomically, 0644),
 * with the same contents but for the icon, which follows the application
 * ID; what the person may have changed in it, such as turning it off in
 * their session's settings, stays. Then the former entry is removed, so
 * that the reminders start at login, and once. Without a former entry
 * nothing is written. Where the current entry is there already, it is the
 * one Vastus keeps up to date, and the former one is only removed.
 *
 * Returns: %FALSE when the former entry could not be moved
 */
gboolean
vastus_background_move_former_autostart (GError **error)
{
  g_autofree char *former = vastus_background_former_autostart_path ();
  g_autofree char *path = vastus_background_autostart_path ();
  g_autoptr (GError) local_error = NULL;
  g_autofree char *contents = NULL;

  if (!g_file_get_contents (former, &contents, NULL, &local_error))
    {
      if (g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        return TRUE;
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  /* One entry by both names (a file system that ignores case, a link):
   * removing the former name would remove the entry. */
  if (vastus_path_same_file (former, path))
    return TRUE;

  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      g_auto (GStrv) lines = g_strsplit (contents, "\n", -1);
      g_autofree char *moved = NULL;

      /* No icon is named after the former ID any more. */
      for (guint i = 0; lines[i] != NULL; i++)
        {
          if (g_str_equal (lines[i], "Icon=" VASTUS_FORMER_APPLICATION_ID))
            {
              g_free (lines[i]);
              lines[i] = g_strdup ("Icon=" APPLICATION_ID);
            }
        }
      moved = g_strjoinv ("\n", lines);
      if (!write_entry (path, moved, error))
        return FALSE;
      g_message ("Moved the reminders' autostart entry from %s to %s", former, path);
    }

  return remove_entry (former, error);
}

/* The portal */

typedef struct
{
  GDBusConnection *connection;
  char            *request_path;
  guint            response_id;
  gboolean         enable;
} Request;

static void
request_free (Request *request)
{
  g_clear_object (&request->connection);
  g_free (request->request_path);
  g_free (request);
}

static void response_cb (GDBusConnection *connection,
                         const char      *sender,
                         const char      *path,
                         const char      *interface,
                         const char      *signal,
                         GVariant        *parameters,
                         gpointer         data);

/* The subscription holds the task until it is dropped: on the answer, or
 * when the request fails. */
static void
subscribe (GTask      *task,
           const char *path)
{
  Request *request = g_task_get_task_data (task);

  if (request->response_id != 0)
    g_dbus_connection_signal_unsubscribe (request->connection, request->response_id);
  request->response_id = g_dbus_connection_signal_subscribe (request->connection, PORTAL_BUS_NAME, PORTAL_REQUEST,
                                                             "Response", path, NULL,
                                                             G_DBUS_SIGNAL_FLAGS_NONE,
                                                             response_cb, g_object_ref (task), g_object_unref);
}

static void
unsubscribe (Request *request)
{
  if (request->response_id != 0)
    g_dbus_connection_signal_unsubscribe (request->connection, request->response_id);
  request->response_id = 0;
}

static void
response_cb (GDBusConnection *connection,
             const char      *sender,
             const char      *path,
             const char      *interface,
             const char      *signal,
             GVariant        *parameters,
             gpointer         data)
{
  g_autoptr (GTask) task = g_object_ref (data);
  Request *request = g_task_get_task_data (task);
  g_autoptr (GVariant) results = NULL;
  guint32 response;
  gboolean autostart = FALSE;

  unsubscribe (request);
  g_variant_get (parameters, "(u@a{sv})", &response, &results);
  g_variant_lookup (results, "autostart", "b", &autostart);
  g_debug ("The Background portal answered %u, autostart %d", response, autostart);

  if (response == 0 && autostart == request->enable)
    g_task_return_boolean (task, TRUE);
  else if (response == 0 || response == 1)
    g_task_return_new_error (task, VASTUS_BACKGROUND_ERROR, VASTUS_BACKGROUND_ERROR_REFUSED, "%s",
                             _("Vastus may not run in the background, so reminders cannot come while it is "
                               "closed. You can allow it in your system’s Settings, under Apps."));
  else
    g_task_return_new_error (task, VASTUS_BACKGROUND_ERROR, VASTUS_BACKGROUND_ERROR_FAILED, "%s",
                             _("The request to run in the background failed."));
}

static void
request_background_cb (GObject      *source,
                       GAsyncResult *result,
                       gpointer      data)
{
  g_autoptr (GTask) task = data;
  Request *request = g_task_get_task_data (task);
  g_autoptr (GVariant) reply = NULL;
  g_autoptr (GError) error = NULL;
  const char *path;

  reply = g_dbus_connection_call_finish (G_DBUS_CONNECTION (source), result, &error);
  if (reply == NULL)
    {
      unsubscribe (request);
      g_prefix_error (&error, "%s ", _("The request to run in the background failed:"));
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  /* An older portal picks its own path for the request. */
  g_variant_get (reply, "(&o)", &path);
  if (g_strcmp0 (path, request->request_path) != 0 && request->response_id != 0)
    subscribe (task, path);
}

static void
bus_cb (GObject      *source,
        GAsyncResult *result,
        gpointer      data)
{
  g_autoptr (GTask) task = data;
  Request *request = g_task_get_task_data (task);
  g_autoptr (GError) error = NULL;
  g_autofree char *sender = NULL;
  g_autofree char *token = g_strdup_printf ("vastus%u", g_random_int ());
  const char * const *commandline = g_object_get_data (G_OBJECT (task), "commandline");
  GVariantBuilder options;

  request->connection = g_bus_get_finish (result, &error);
  if (request->connection == NULL)
    {
      g_prefix_error (&error, "%s ", _("The request to run in the background failed:"));
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  /* Listen before asking, on the path the portal will answer on. */
  sender = g_strdup (g_dbus_connection_get_unique_name (request->connection) + 1);
  g_strdelimit (sender, ".", '_');
  request->request_path = g_strdup_printf (PORTAL_OBJECT_PATH "/request/%s/%s", sender, token);
  subscribe (task, request->request_path);

  g_variant_builder_init (&options, G_VARIANT_TYPE_VARDICT);
  g_variant_builder_add (&options, "{sv}", "handle_token", g_variant_new_string (token));
  g_variant_builder_add (&options, "{sv}", "reason",
                         /* Translators: shown by the system when Vastus asks to run in the background */
                         g_variant_new_string (_("Vastus reminds you of your knee exercises on the days you "
                                                 "chose, even while it is closed.")));
  g_variant_builder_add (&options, "{sv}", "autostart", g_variant_new_boolean (request->enable));
  g_variant_builder_add (&options, "{sv}", "commandline", g_variant_new_strv (commandline, -1));
  g_variant_builder_add (&options, "{sv}", "dbus-activatable", g_variant_new_boolean (FALSE));

  g_dbus_connection_call (request->connection, PORTAL_BUS_NAME, PORTAL_OBJECT_PATH, PORTAL_BACKGROUND,
                          "RequestBackground", g_variant_new ("(sa{sv})", "", &options),
                          G_VARIANT_TYPE ("(o)"), G_DBUS_CALL_FLAGS_NONE, -1,
                          g_task_get_cancellable (task), request_background_cb, g_object_ref (task));
}

/**
 * vastus_background_request_async:
 * @method: the portal or the autostart entry; see
 *   vastus_background_default_method()
 * @commandline: what is to be started with the session
 * @enable: start it with the session, or no longer
 *
 * Asks to run `vastus --reminders` with the person's session, or no
 * longer. Through the portal the person may be asked, and may say no.
 */
void
vastus_background_request_async (VastusBackgroundMethod  method,
                                 const char * const     *commandline,
                                 gboolean                enable,
                                 GCancellable           *cancellable,
                                 GAsyncReadyCallback     callback,
                                 gpointer                user_data)
{
  g_autoptr (GTask) task = g_task_new (NULL, cancellable, callback, user_data);
  Request *request;

  g_return_if_fail (commandline != NULL && commandline[0] != NULL);
  g_task_set_source_tag (task, vastus_background_request_async);

  if (method == VASTUS_BACKGROUND_AUTOSTART)
    {
      g_autoptr (GError) error = NULL;

      if (vastus_background_set_autostart (commandline, enable, &error))
        g_task_return_boolean (task, TRUE);
      else
        g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  request = g_new0 (Request, 1);
  request->enable = enable;
  g_task_set_task_data (task, request, (GDestroyNotify) request_free);
  g_object_set_data_full (G_OBJECT (task), "commandline", g_strdupv ((char **) commandline),
                          (GDestroyNotify) g_strfreev);
  g_bus_get (G_BUS_TYPE_SESSION, cancellable, bus_cb, g_steal_pointer (&task));
}

gboolean
vastus_background_request_finish (GAsyncResult  *result,
                                  GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}
