/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <gio/gio.h>
#include <string.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "vastus-background.h"
#include "vastus-files.h"
#include "vastus-test-bus.h"
#include "vastus-test-env.h"

/*
 * How `vastus --reminders` comes to start with the person's session: the
 * autostart entry, written with the right Exec line and removed when the
 * reminders are off, and moved from the name it had under Vastus's former
 * application ID; and the Background portal, here a fake one on this
 * test's own session bus, that says yes or no as the case wants and keeps
 * what it was asked.
 */

static const char * const commandline[] = { "/usr/bin/vastus", "--reminders", NULL };

static GKeyFile *
load_entry (void)
{
  g_autofree char *path = vastus_background_autostart_path ();
  g_autoptr (GKeyFile) entry = g_key_file_new ();
  g_autoptr (GError) error = NULL;

  g_assert_true (g_key_file_load_from_file (entry, path, G_KEY_FILE_NONE, &error));
  g_assert_no_error (error);
  return g_steal_pointer (&entry);
}

static char *
entry_string (GKeyFile   *entry,
              const char *key)
{
  g_autoptr (GError) error = NULL;
  char *value = g_key_file_get_string (entry, G_KEY_FILE_DESKTOP_GROUP, key, &error);

  g_assert_no_error (error);
  return value;
}

static void
test_autostart (void)
{
  g_autofree char *path = vastus_background_autostart_path ();
  g_autofree char *expected = g_build_filename (g_get_user_config_dir (), "autostart",
                                                "io.github.vastus.vastus-reminders.desktop", NULL);
  const char * const spaced[] = { "/opt/my apps/vastus", "--reminders", NULL };
  g_autoptr (GKeyFile) entry = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *exec = NULL;
  g_autofree char *type = NULL;
  g_auto (GStrv) argv = NULL;

  /* In this test's own configuration folder. */
  g_assert_cmpstr (path, ==, expected);
  g_assert_true (g_str_has_prefix (path, g_getenv (VASTUS_TEST_ROOT_VARIABLE)));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  g_assert_true (vastus_background_set_autostart (commandline, TRUE, &error));
  g_assert_no_error (error);
  entry = load_entry ();
  exec = entry_string (entry, G_KEY_FILE_DESKTOP_KEY_EXEC);
  g_assert_cmpstr (exec, ==, "/usr/bin/vastus --reminders");
  type = entry_string (entry, G_KEY_FILE_DESKTOP_KEY_TYPE);
  g_assert_cmpstr (type, ==, "Application");
  g_assert_true (g_key_file_get_boolean (entry, G_KEY_FILE_DESKTOP_GROUP, "X-GNOME-Autostart-enabled", NULL));
  g_assert_true (g_key_file_get_boolean (entry, G_KEY_FILE_DESKTOP_GROUP, G_KEY_FILE_DESKTOP_KEY_NO_DISPLAY, NULL));
  g_clear_pointer (&entry, g_key_file_unref);
  g_clear_pointer (&exec, g_free);

  /* A path with a space is quoted, and reads back as one argument. */
  g_assert_true (vastus_background_set_autostart (spaced, TRUE, &error));
  entry = load_entry ();
  exec = entry_string (entry, G_KEY_FILE_DESKTOP_KEY_EXEC);
  g_assert_cmpstr (exec, ==, "\"/opt/my apps/vastus\" --reminders");
  g_assert_true (g_shell_parse_argv (exec, NULL, &argv, NULL));
  g_assert_cmpstrv (argv, spaced);

  /* Off: removed; off again is no error. */
  g_assert_true (vastus_background_set_autostart (commandline, FALSE, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_true (vastus_background_set_autostart (commandline, FALSE, &error));
  g_assert_no_error (error);
}

/* Something in the way of the entry (here a folder of its name): an
 * error that names the file, on and off. */
static void
test_autostart_error (void)
{
  g_autofree char *path = vastus_background_autostart_path ();
  g_autoptr (GError) error = NULL;

  g_assert_cmpint (g_mkdir_with_parents (path, 0700), ==, 0);
  g_assert_false (vastus_background_set_autostart (commandline, TRUE, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "io.github.vastus.vastus-reminders.desktop"));
  g_clear_error (&error);

  g_assert_false (vastus_background_set_autostart (commandline, FALSE, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "io.github.vastus.vastus-reminders.desktop"));
  g_assert_cmpint (g_rmdir (path), ==, 0);
}

static void
done_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      data)
{
  GAsyncResult **out = data;

  *out = g_object_ref (result);
}

static gboolean
request (VastusBackgroundMethod   method,
         gboolean                 enable,
         GError                 **error)
{
  g_autoptr (GAsyncResult) result = NULL;

  vastus_background_request_async (method, commandline, enable, NULL, done_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  return vastus_background_request_finish (result, error);
}

static void
test_autostart_async (void)
{
  g_autofree char *path = vastus_background_autostart_path ();
  g_autoptr (GError) error = NULL;

  g_assert_true (request (VASTUS_BACKGROUND_AUTOSTART, TRUE, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_true (request (VASTUS_BACKGROUND_AUTOSTART, FALSE, &error));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

/* The autostart entry under the former application ID */

static char *
read_text (const char *path)
{
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  return contents;
}

static guint
mode_of (const char *path)
{
  GStatBuf st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  return st.st_mode & 07777;
}

/* The entry as a Vastus from before the rename wrote it: what this one
 * writes, with the former ID for its icon and under the former name.
 * Returns what this one writes. */
static char *
write_former_entry (const char *enabled)
{
  g_autofree char *path = vastus_background_autostart_path ();
  g_autofree char *former = vastus_background_former_autostart_path ();
  g_autofree char *current = NULL;
  g_autoptr (GString) old = NULL;
  g_autoptr (GError) error = NULL;

  g_assert_true (vastus_background_set_autostart (commandline, TRUE, &error));
  g_assert_no_error (error);
  current = read_text (path);
  g_assert_cmpint (g_unlink (path), ==, 0);

  old = g_string_new (current);
  g_assert_cmpuint (g_string_replace (old, "\nIcon=" APPLICATION_ID "\n", "\nIcon=" VASTUS_FORMER_APPLICATION_ID "\n", 0),
                    ==, 1);
  if (enabled != NULL)
    g_assert_cmpuint (g_string_replace (old, "X-GNOME-Autostart-enabled=true", enabled, 0), ==, 1);
  g_assert_true (g_file_set_contents (former, old->str, -1, NULL));
  g_assert_cmpint (g_chmod (former, 0644), ==, 0);

  if (enabled != NULL)
    {
      g_autoptr (GString) expected = g_string_new (current);

      g_string_replace (expected, "X-GNOME-Autostart-enabled=true", enabled, 0);
      return g_string_free (g_steal_pointer (&expected), FALSE);
    }
  return g_steal_pointer (&current);
}

/* Moved: the same entry under the new name, its icon following the ID, the
 * former one gone; so the reminders start at login, and once. */
static void
test_former_autostart_moved (void)
{
  g_autofree char *path = vastus_background_autostart_path ();
  g_autofree char *former = vastus_background_former_autostart_path ();
  g_autofree char *expected = write_former_entry (NULL);
  g_autofree char *former_name = g_path_get_basename (former);
  g_autofree char *moved = NULL;
  g_autoptr (GKeyFile) entry = NULL;
  g_autofree char *exec = NULL;
  g_autoptr (GError) error = NULL;

  g_assert_cmpstr (former_name, ==, "io.github.vastus.Vastus-reminders.desktop");
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  g_test_expect_message ("vastus-background", G_LOG_LEVEL_MESSAGE, "Moved the reminders' autostart entry *");
  g_assert_true (vastus_background_move_former_autostart (&error));
  g_test_assert_expected_messages ();
  g_assert_no_error (error);

  g_assert_false (g_file_test (former, G_FILE_TEST_EXISTS));
  moved = read_text (path);
  g_assert_cmpstr (moved, ==, expected);
  g_assert_cmpuint (mode_of (path), ==, 0644);
  entry = load_entry ();
  exec = entry_string (entry, G_KEY_FILE_DESKTOP_KEY_EXEC);
  g_assert_cmpstr (exec, ==, "/usr/bin/vastus --reminders");

  /* Nothing more to move the next time. */
  g_assert_true (vastus_background_move_former_autostart (&error));
  g_assert_no_error (error);
  g_clear_pointer (&moved, g_free);
  moved = read_text (path);
  g_assert_cmpstr (moved, ==, expected);
  g_assert_cmpint (g_unlink (path), ==, 0);
}

/* Turned off in the person's session settings: it stays off. */
static void
test_former_autostart_kept_off (void)
{
  g_autofree char *path = vastus_background_autostart_path ();
  g_autofree char *former = vastus_background_former_autostart_path ();
  g_autofree char *expected = write_former_entry ("X-GNOME-Autostart-enabled=false");
  g_autofree char *moved = NULL;
  g_autoptr (GKeyFile) entry = NULL;
  g_autoptr (GError) error = NULL;

  g_test_expect_message ("vastus-background", G_LOG_LEVEL_MESSAGE, "Moved the reminders' autostart entry *");
  g_assert_true (vastus_background_move_former_autostart (&error));
  g_test_assert_expected_messages ();
  g_assert_no_error (error);

  moved = read_text (path);
  g_assert_cmpstr (moved, ==, expected);
  entry = load_entry ();
  g_assert_false (g_key_file_get_boolean (entry, G_KEY_FILE_DESKTOP_GROUP, "X-GNOME-Autostart-enabled", NULL));
  g_assert_false (g_file_test (former, G_FILE_TEST_EXISTS));
  g_assert_cmpint (g_unlink (path), ==, 0);
}

/* No former entry: nothing written. */
static void
test_former_autostart_none (void)
{
  g_autofree char *path = vastus_background_autostart_path ();
  g_autofree char *former = vastus_background_former_autostart_path ();
  g_autofree char *folder = g_path_get_dirname (path);
  g_autoptr (GError) error = NULL;

  vastus_test_remove_tree (folder);
  g_assert_true (vastus_background_move_former_autostart (&error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (former, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (folder, G_FILE_TEST_EXISTS));
}

/* Both: the current entry is the one Vastus keeps up to date; the former
 * one is only removed. */
static void
test_former_autostart_both (void)
{
  g_autofree char *path = vastus_background_autostart_path ();
  g_autofree char *former = vastus_background_former_autostart_path ();
  g_autofree char *current = NULL;
  g_autofree char *after = NULL;
  g_autoptr (GError) error = NULL;
  const char * const elsewhere[] = { "/opt/vastus/bin/vastus", "--reminders", NULL };

  g_free (write_former_entry (NULL));
  g_assert_true (vastus_background_set_autostart (elsewhere, TRUE, &error));
  g_assert_no_error (error);
  current = read_text (path);

  g_assert_true (vastus_background_move_former_autostart (&error));
  g_assert_no_error (error);
  after = read_text (path);
  g_assert_cmpstr (after, ==, current);
  g_assert_false (g_file_test (former, G_FILE_TEST_EXISTS));
  g_assert_cmpint (g_unlink (path), ==, 0);
}

/* One entry by both names (here a link; a file system that ignores case
 * does the same): left as it is, not removed. */
static void
test_former_autostart_same_entry (void)
{
  g_autofree char *path = vastus_background_autostart_path ();
  g_autofree char *former = vastus_background_former_autostart_path ();
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr (GError) error = NULL;

  g_free (write_former_entry (NULL));
  before = read_text (former);
  g_assert_cmpint (symlink ("io.github.vastus.Vastus-reminders.desktop", path), ==, 0);

  g_assert_true (vastus_background_move_former_autostart (&error));
  g_assert_no_error (error);
  after = read_text (path);
  g_assert_cmpstr (after, ==, before);
  g_clear_pointer (&after, g_free);
  after = read_text (former);
  g_assert_cmpstr (after, ==, before);

  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_unlink (former), ==, 0);
}

/* Something in the way of the new entry: an error, and the former entry
 * left where it still starts the reminders. */
static void
test_former_autostart_error (void)
{
  g_autofree char *path = vastus_background_autostart_path ();
  g_autofree char *former = vastus_background_former_autostart_path ();
  g_autofree char *folder = g_path_get_dirname (path);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr (GError) error = NULL;

  g_free (write_former_entry (NULL));
  before = read_text (former);

  /* A folder by the new entry's name. */
  g_assert_cmpint (g_mkdir (path, 0700), ==, 0);
  g_assert_false (vastus_background_move_former_autostart (&error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "io.github.vastus.vastus-reminders.desktop"));
  g_clear_error (&error);
  after = read_text (former);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpint (g_rmdir (path), ==, 0);

  /* An autostart folder the person may not write to. */
  if (geteuid () != 0)
    {
      g_assert_cmpint (g_chmod (folder, 0500), ==, 0);
      g_assert_false (vastus_background_move_former_autostart (&error));
      g_assert_nonnull (error);
      g_clear_error (&error);
      g_assert_cmpint (g_chmod (folder, 0700), ==, 0);
      g_clear_pointer (&after, g_free);
      after = read_text (former);
      g_assert_cmpstr (after, ==, before);
      g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
    }

  g_assert_cmpint (g_unlink (former), ==, 0);
}

/* Reminders turned off: no entry starts them, under either name. */
static void
test_former_autostart_turned_off (void)
{
  g_autofree char *path = vastus_background_autostart_path ();
  g_autofree char *former = vastus_background_former_autostart_path ();
  g_autoptr (GError) error = NULL;

  g_free (write_former_entry (NULL));
  g_assert_true (vastus_background_set_autostart (commandline, TRUE, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (former, G_FILE_TEST_EXISTS));
  g_assert_true (vastus_background_set_autostart (commandline, FALSE, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (former, G_FILE_TEST_EXISTS));
}

/* The fake portal */

typedef struct
{
  GDBusConnection *connection;
  guint            object_id;
  guint32          response;     /* what it answers: 0 yes, 1 the person said no */
  gboolean         grant;        /* what it says of autostart on yes */
  guint            calls;
  GVariant        *options;      /* of the last call */
  char            *request_path;
} FakePortal;

static const char portal_xml[] =
  "<node>"
  "  <interface name='org.freedesktop.portal.Background'>"
  "    <method name='RequestBackground'>"
  "      <arg type='s' name='parent_window' direction='in'/>"
  "      <arg type='a{sv}' name='options' direction='in'/>"
  "      <arg type='o' name='handle' direction='out'/>"
  "    </method>"
  "  </interface>"
  "</node>";

static gboolean
emit_response (gpointer data)
{
  FakePortal *portal = data;
  g_autoptr (GError) error = NULL;
  GVariantBuilder results;
  gboolean autostart = FALSE;

  g_variant_lookup (portal->options, "autostart", "b", &autostart);
  g_variant_builder_init (&results, G_VARIANT_TYPE_VARDICT);
  if (portal->response == 0)
    {
      g_variant_builder_add (&results, "{sv}", "background", g_variant_new_boolean (TRUE));
      g_variant_builder_add (&results, "{sv}", "autostart", g_variant_new_boolean (autostart && portal->grant));
    }
  g_assert_true (g_dbus_connection_emit_signal (portal->connection, NULL, portal->request_path,
                                                "org.freedesktop.portal.Request", "Response",
                                                g_variant_new ("(ua{sv})", portal->response, &results), &error));
  g_assert_no_error (error);
  return G_SOURCE_REMOVE;
}

static void
method_call_cb (GDBusConnection       *connection,
                const char            *sender,
                const char            *path,
                const char            *interface,
                const char            *method,
                GVariant              *parameters,
                GDBusMethodInvocation *invocation,
                gpointer               data)
{
  FakePortal *portal = data;
  g_autofree char *caller = g_strdup (sender + 1);
  const char *token = NULL;
  const char *parent;

  g_assert_cmpstr (method, ==, "RequestBackground");
  portal->calls++;
  g_clear_pointer (&portal->options, g_variant_unref);
  g_variant_get (parameters, "(&s@a{sv})", &parent, &portal->options);
  g_assert_true (g_variant_lookup (portal->options, "handle_token", "&s", &token));

  /* The path the portal's specification gives, as a real portal makes it. */
  g_strdelimit (caller, ".", '_');
  g_free (portal->request_path);
  portal->request_path = g_strdup_printf ("/org/freedesktop/portal/desktop/request/%s/%s", caller, token);
  g_dbus_method_invocation_return_value (invocation, g_variant_new ("(o)", portal->request_path));
  g_idle_add (emit_response, portal);
}

static void
fake_portal_start (FakePortal *portal)
{
  static const GDBusInterfaceVTable vtable = { method_call_cb, NULL, NULL, { 0 } };

  portal->connection = vastus_test_bus_serve (portal_xml, "/org/freedesktop/portal/desktop",
                                              "org.freedesktop.portal.Desktop", &vtable, portal,
                                              &portal->object_id);
}

static void
fake_portal_stop (FakePortal *portal)
{
  g_dbus_connection_unregister_object (portal->connection, portal->object_id);
  g_dbus_connection_close_sync (portal->connection, NULL, NULL);
  g_clear_object (&portal->connection);
  g_clear_pointer (&portal->options, g_variant_unref);
  g_free (portal->request_path);
}

static void
test_portal (void)
{
  FakePortal portal = { NULL, 0, 0, TRUE, 0, NULL, NULL };
  g_autofree char *path = vastus_background_autostart_path ();
  g_autoptr (GError) error = NULL;
  g_autofree const char **asked = NULL;
  const char *reason = NULL;
  gboolean autostart = FALSE;
  gboolean activatable = TRUE;

  fake_portal_start (&portal);

  /* Yes: asked to start `vastus --reminders` with the session, with a
   * reason to show the person. */
  g_assert_true (request (VASTUS_BACKGROUND_PORTAL, TRUE, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (portal.calls, ==, 1);
  g_assert_true (g_variant_lookup (portal.options, "autostart", "b", &autostart));
  g_assert_true (autostart);
  g_assert_true (g_variant_lookup (portal.options, "commandline", "^a&s", &asked));
  g_assert_cmpstrv (asked, commandline);
  g_assert_true (g_variant_lookup (portal.options, "reason", "&s", &reason));
  g_assert_nonnull (strstr (reason, "knee exercises"));
  g_assert_true (g_variant_lookup (portal.options, "dbus-activatable", "b", &activatable));
  g_assert_false (activatable);
  /* The portal writes the entry; Vastus does not. */
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  /* Off: asked with autostart false. */
  g_assert_true (request (VASTUS_BACKGROUND_PORTAL, FALSE, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (portal.calls, ==, 2);
  g_assert_true (g_variant_lookup (portal.options, "autostart", "b", &autostart));
  g_assert_false (autostart);

  /* The person says no: an error that says where to allow it. */
  portal.response = 1;
  g_assert_false (request (VASTUS_BACKGROUND_PORTAL, TRUE, &error));
  g_assert_error (error, VASTUS_BACKGROUND_ERROR, VASTUS_BACKGROUND_ERROR_REFUSED);
  g_clear_error (&error);

  /* Yes to running, no to starting with the session: refused too. */
  portal.response = 0;
  portal.grant = FALSE;
  g_assert_false (request (VASTUS_BACKGROUND_PORTAL, TRUE, &error));
  g_assert_error (error, VASTUS_BACKGROUND_ERROR, VASTUS_BACKGROUND_ERROR_REFUSED);
  g_clear_error (&error);

  fake_portal_stop (&portal);

  /* No portal on the bus: an error, not a wait. */
  g_assert_false (request (VASTUS_BACKGROUND_PORTAL, TRUE, &error));
  g_assert_nonnull (error);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr (GTestDBus) bus = NULL;
  int status;

  vastus_test_env_init ();
  g_test_init (&argc, &argv, NULL);

  /* A session bus of this test's own, for the fake portal. */
  bus = g_test_dbus_new (G_TEST_DBUS_NONE);
  g_test_dbus_up (bus);

  g_test_add_func ("/vastus/background/autostart", test_autostart);
  g_test_add_func ("/vastus/background/autostart-error", test_autostart_error);
  g_test_add_func ("/vastus/background/autostart-async", test_autostart_async);
  g_test_add_func ("/vastus/background/former-autostart/moved", test_former_autostart_moved);
  g_test_add_func ("/vastus/background/former-autostart/kept-off", test_former_autostart_kept_off);
  g_test_add_func ("/vastus/background/former-autostart/none", test_former_autostart_none);
  g_test_add_func ("/vastus/background/former-autostart/both", test_former_autostart_both);
  g_test_add_func ("/vastus/background/former-autostart/same-entry", test_former_autostart_same_entry);
  g_test_add_func ("/vastus/background/former-autostart/error", test_former_autostart_error);
  g_test_add_func ("/vastus/background/former-autostart/turned-off", test_former_autostart_turned_off);
  g_test_add_func ("/vastus/background/portal", test_portal);

  status = g_test_run ();
  g_test_dbus_down (bus);
  return status;
}
