/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <errno.h>
#include <glib.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

/*
 * Every test program runs in folders of its own, however it is started (plain
 * `meson test`, build-aux/dev test, by hand): HOME and the XDG folders point
 * into a fresh temporary folder, set before anything reads them and removed
 * when the program ends. A developer's own Vastus data (journal, programme,
 * catalogue.d, the clip cache) is then neither read nor changed by a test.
 *
 * A child the test starts again (g_test_trap_subprocess) shares its parent's
 * folders, and only the parent removes them. A test that fails aborts, and
 * leaves its folder in the temporary folder to be looked at. The clock's
 * zone is UTC, unless a test sets one of its own.
 */

#define VASTUS_TEST_ROOT_VARIABLE "VASTUS_TEST_ROOT"
/* The address of a UI test's own session bus (tests/vastus-test-ui.h). */
#define VASTUS_TEST_BUS_VARIABLE "VASTUS_TEST_BUS"

static char *vastus_test_root;
static pid_t vastus_test_root_owner;

static void
vastus_test_remove_tree (const char *path)
{
  struct stat st;
  GDir *dir;
  const char *name;

  /* Links are removed, never followed. */
  if (g_lstat (path, &st) != 0)
    return;
  if (!S_ISDIR (st.st_mode))
    {
      g_unlink (path);
      return;
    }

  /* Some tests make a folder read-only to see a write fail. */
  g_chmod (path, 0700);
  dir = g_dir_open (path, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      vastus_test_remove_tree (child);
    }
  g_clear_pointer (&dir, g_dir_close);
  g_rmdir (path);
}

static void
vastus_test_env_remove (void)
{
  /* A forked child that exits does not take its parent's folders along. */
  if (vastus_test_root == NULL || getpid () != vastus_test_root_owner)
    return;

  vastus_test_remove_tree (vastus_test_root);
  g_clear_pointer (&vastus_test_root, g_free);
}

/*
 * Call first thing in main(), before g_test_init() or gtk_test_init(): GLib
 * and GTK read these folders once and keep them.
 */
static inline void
vastus_test_env_init (void)
{
  static const char * const folders[][2] = {
    { "HOME", "home" },
    { "XDG_DATA_HOME", "data" },
    { "XDG_CONFIG_HOME", "config" },
    { "XDG_CACHE_HOME", "cache" },
    { "XDG_STATE_HOME", "state" },
    { "XDG_RUNTIME_DIR", "runtime" },
  };
  const char *inherited = g_getenv (VASTUS_TEST_ROOT_VARIABLE);
  const char *home = g_getenv ("HOME");
  g_autoptr (GError) error = NULL;
  char *root;

  /* Started again by this test program: the folders are set already. */
  if (inherited != NULL && home != NULL && g_str_has_prefix (home, inherited) &&
      g_file_test (inherited, G_FILE_TEST_IS_DIR))
    return;

  root = g_dir_make_tmp ("vastus-test-XXXXXX", &error);
  if (root == NULL)
    g_error ("Cannot make the test's own folder: %s", error->message);

  for (guint i = 0; i < G_N_ELEMENTS (folders); i++)
    {
      g_autofree char *folder = g_build_filename (root, folders[i][1], NULL);

      if (g_mkdir (folder, 0700) != 0)
        g_error ("Cannot make %s: %s", folder, g_strerror (errno));
      g_setenv (folders[i][0], folder, TRUE);
    }

  /* Dates as the fixtures expect them, wherever the machine is: a test of
   * time zones sets its own. */
  g_setenv ("TZ", "UTC", TRUE);

  g_setenv (VASTUS_TEST_ROOT_VARIABLE, root, TRUE);
  vastus_test_root = root;
  vastus_test_root_owner = getpid ();
  atexit (vastus_test_env_remove);
}
