/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"
#include "vastus-test-env.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/wait.h>

/*
 * vastus --reminders, the built binary on this test's own session bus, with
 * its settings in a key file in the test's own configuration folder: with
 * both reminders off it says so and exits; with one on it stays, as the
 * application, with no window; a second one says the first sends them and
 * exits; a restore from the command line is refused while it runs; asked to
 * quit, it quits.
 */

static void
write_settings (gboolean morning)
{
  g_autofree char *folder = g_build_filename (g_get_user_config_dir (), "glib-2.0", "settings", NULL);
  g_autofree char *path = g_build_filename (folder, "keyfile", NULL);
  /* The schema's path, which kept the capital V of Vastus's former
   * application ID: settings saved before the rename are read as they are. */
  g_autofree char *contents = g_strdup_printf ("[io/github/vastus/Vastus]\n"
                                               "training-reminder=false\n"
                                               "morning-reminder=%s\n", morning ? "true" : "false");

  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
}

static int
run (char **out,
     char **err)
{
  const char *argv[] = { g_getenv ("VASTUS_BINARY"), "--reminders", NULL };
  g_autoptr (GError) error = NULL;
  int status = 0;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, out, err, &status, &error));
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (status));
  return WEXITSTATUS (status);
}

static void
test_both_off (void)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  write_settings (FALSE);
  g_assert_cmpint (run (&out, &err), ==, 0);
  g_assert_nonnull (strstr (out, "Both reminders are off"));
}

static gboolean
has_owner (GDBusConnection *bus)
{
  g_autoptr (GVariant) reply = g_dbus_connection_call_sync (bus, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                                                            "org.freedesktop.DBus", "NameHasOwner",
                                                            g_variant_new ("(s)", APPLICATION_ID),
                                                            G_VARIANT_TYPE ("(b)"), G_DBUS_CALL_FLAGS_NONE, -1,
                                                            NULL, NULL);
  gboolean owned = FALSE;

  if (reply != NULL)
    g_variant_get (reply, "(b)", &owned);
  return owned;
}

static void
child_exited_cb (GPid     pid,
                 int      status,
                 gpointer data)
{
  *(int *) data = status;
  g_spawn_close_pid (pid);
}

static gboolean
timed_out_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

static void
test_background (void)
{
  const char *argv[] = { g_getenv ("VASTUS_BINARY"), "--reminders", NULL };
  g_autoptr (GDBusConnection) bus = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GVariant) windows = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  gboolean timed_out = FALSE;
  int status = -1;
  guint timeout;
  GPid pid;

  write_settings (TRUE);
  bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, &error);
  g_assert_no_error (error);

  g_assert_true (g_spawn_async (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL, &pid, &error));
  g_assert_no_error (error);
  g_child_watch_add (pid, child_exited_cb, &status);

  /* It becomes the application, and stays. */
  timeout = g_timeout_add_seconds (60, timed_out_cb, &timed_out);
  while (!has_owner (bus) && status == -1 && !timed_out)
    g_main_context_iteration (NULL, FALSE);
  g_assert_false (timed_out);
  g_assert_cmpint (status, ==, -1);

  /* No window. */
  windows = g_dbus_connection_call_sync (bus, APPLICATION_ID, "/io/github/vastus/vastus", "org.gtk.Actions",
                                         "List", NULL, G_VARIANT_TYPE ("(as)"), G_DBUS_CALL_FLAGS_NONE, -1,
                                         NULL, &error);
  g_assert_no_error (error);
  {
    g_autoptr (GVariant) list = g_variant_get_child_value (windows, 0);
    g_autofree const char **names = g_variant_get_strv (list, NULL);

    g_assert_true (g_strv_contains (names, "quit"));
    g_assert_true (g_strv_contains (names, "today"));
  }
  g_clear_pointer (&windows, g_variant_unref);
  windows = g_dbus_connection_call_sync (bus, APPLICATION_ID, "/io/github/vastus/vastus/window/1",
                                         "org.gtk.Actions", "List", NULL, G_VARIANT_TYPE ("(as)"),
                                         G_DBUS_CALL_FLAGS_NONE, -1, NULL, &error);
  g_assert_nonnull (error);
  g_clear_error (&error);

  /* A second one leaves it to the first. */
  g_assert_cmpint (run (&out, &err), ==, 0);
  g_assert_nonnull (strstr (out, "running already"));

  /* A restore from the command line is refused while it runs: it would
   * write its programme and journal over the restored ones. */
  {
    g_autofree char *backup = g_build_filename (g_get_user_data_dir (), "never-read.vastus-backup", NULL);
    const char *restore_argv[] = { g_getenv ("VASTUS_BINARY"), "--restore", backup, "--yes", NULL };
    g_autofree char *restore_out = NULL;
    g_autofree char *restore_err = NULL;
    int restore_status = 0;

    g_assert_true (g_spawn_sync (NULL, (char **) restore_argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                                 &restore_out, &restore_err, &restore_status, &error));
    g_assert_no_error (error);
    g_assert_true (WIFEXITED (restore_status));
    g_assert_cmpint (WEXITSTATUS (restore_status), ==, 1);
    g_assert_nonnull (strstr (restore_err, "Vastus is open"));
  }

  /* Asked to quit, it quits. */
  g_dbus_connection_call_sync (bus, APPLICATION_ID, "/io/github/vastus/vastus", "org.gtk.Actions", "Activate",
                               g_variant_new ("(sava{sv})", "quit", NULL, NULL), NULL, G_DBUS_CALL_FLAGS_NONE, -1,
                               NULL, &error);
  g_assert_no_error (error);
  while (status == -1 && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (timed_out);
  g_source_remove (timeout);
  g_assert_true (WIFEXITED (status));
  g_assert_cmpint (WEXITSTATUS (status), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr (GTestDBus) bus = NULL;
  g_autofree char *display = NULL;
  int status;

  vastus_test_env_init ();
  /* The settings as the binary reads them: a key file in the test's folder. */
  g_setenv ("GSETTINGS_BACKEND", "keyfile", TRUE);
  g_test_init (&argc, &argv, NULL);

  /* GTestDBus unsets DISPLAY; the application needs it. */
  display = g_strdup (g_getenv ("DISPLAY"));
  bus = g_test_dbus_new (G_TEST_DBUS_NONE);
  g_test_dbus_up (bus);
  if (display != NULL)
    g_setenv ("DISPLAY", display, TRUE);

  g_test_add_func ("/vastus/reminders-cli/both-off", test_both_off);
  g_test_add_func ("/vastus/reminders-cli/background", test_background);

  status = g_test_run ();
  g_test_dbus_down (bus);
  return status;
}
