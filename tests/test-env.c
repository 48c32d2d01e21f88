/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>

#include "vastus-catalogue.h"
#include "vastus-clip-lookup.h"
#include "vastus-test-env.h"

/*
 * The tests are hermetic: run as a GNOME developer runs them, with a plain
 * `meson test` and a HOME full of their own Vastus data, they neither read
 * that data nor change it.
 */

/* This program's own folders are inside a fresh folder made for it. */
static void
test_own_folders (void)
{
  const char *root = g_getenv (VASTUS_TEST_ROOT_VARIABLE);
  const char *folders[] = {
    g_get_home_dir (), g_get_user_data_dir (), g_get_user_config_dir (),
    g_get_user_cache_dir (), g_get_user_state_dir (), g_get_user_runtime_dir (),
  };

  g_assert_nonnull (root);
  for (guint i = 0; i < G_N_ELEMENTS (folders); i++)
    {
      g_assert_true (g_str_has_prefix (folders[i], root));
      g_assert_true (g_file_test (folders[i], G_FILE_TEST_IS_DIR));
    }
}

/* The clock's zone is the same everywhere, as the fixtures' dates expect. */
static void
test_zone (void)
{
  g_autoptr (GTimeZone) zone = g_time_zone_new_local ();

  g_assert_cmpstr (g_getenv ("TZ"), ==, "UTC");
  g_assert_cmpint (g_time_zone_get_offset (zone, 0), ==, 0);
}

static void
copy_file (const char *source,
           const char *target)
{
  g_autofree char *folder = g_path_get_dirname (target);
  g_autofree char *contents = NULL;
  g_autoptr (GError) error = NULL;
  gsize length;

  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  g_assert_true (g_file_get_contents (source, &contents, &length, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_set_contents_full (target, contents, (gssize) length,
                                           G_FILE_SET_CONTENTS_CONSISTENT, 0600, &error));
  g_assert_no_error (error);
}

static void
copy_fixture (const char *name,
              const char *target)
{
  g_autofree char *source = g_test_build_filename (G_TEST_DIST, "fixtures", name, NULL);

  copy_file (source, target);
}

/* Every file and folder under @path: name, type and mode, size, contents. */
static void
list_tree (const char *root,
           const char *relative,
           GPtrArray  *lines)
{
  g_autofree char *path = g_build_filename (root, relative, NULL);
  g_autofree char *digest = NULL;
  struct stat st;

  g_assert_cmpint (g_lstat (path, &st), ==, 0);
  if (S_ISREG (st.st_mode))
    {
      g_autofree char *contents = NULL;
      gsize length;

      g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
      digest = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
    }
  g_ptr_array_add (lines, g_strdup_printf ("%s %o %" G_GINT64_FORMAT " %s", relative,
                                           (unsigned) st.st_mode, (gint64) st.st_size,
                                           digest != NULL ? digest : "-"));

  if (S_ISDIR (st.st_mode))
    {
      g_autoptr (GDir) dir = g_dir_open (path, 0, NULL);
      const char *name;

      g_assert_nonnull (dir);
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (relative, name, NULL);

          list_tree (root, child, lines);
        }
    }
}

static int
compare_lines (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static char *
describe_tree (const char *root)
{
  g_autoptr (GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);

  list_tree (root, ".", lines);
  g_ptr_array_sort (lines, compare_lines);
  g_ptr_array_add (lines, NULL);
  return g_strjoinv ("\n", (char **) lines->pdata);
}

/* Where the person's own exercise's clip goes in the cache under @cache. */
static char *
cached_clip_name (const char *exercise_id)
{
  g_autofree char *source = g_test_build_filename (G_TEST_DIST, "fixtures", "user-clips.json", NULL);
  g_autoptr (VastusCatalogue) catalogue = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *path = NULL;
  VastusClipSource source_kind;

  catalogue = vastus_catalogue_new_builtin (&error);
  g_assert_no_error (error);
  g_assert_true (vastus_catalogue_load_file (catalogue, source, &error));
  g_assert_no_error (error);
  path = vastus_clip_find (vastus_catalogue_lookup (catalogue, exercise_id), NULL, &source_kind, NULL);
  g_assert_cmpint (source_kind, ==, VASTUS_CLIP_TO_RENDER);
  return g_path_get_basename (path);
}

/*
 * A developer's HOME with a journal, a programme, a catalogue.d file with an
 * exercise of their own and its clip in the cache: the library's UI test, run
 * with HOME and the XDG folders pointing there, passes and changes nothing.
 */
static void
test_developer_home_untouched (void)
{
  const char *program = g_getenv ("VASTUS_TEST_LIBRARY");
  const char *root = g_getenv (VASTUS_TEST_ROOT_VARIABLE);
  g_autofree char *fake = g_build_filename (root, "developer", NULL);
  g_autofree char *home = g_build_filename (fake, "home", NULL);
  g_autofree char *data = g_build_filename (home, ".local", "share", NULL);
  g_autofree char *config = g_build_filename (home, ".config", NULL);
  g_autofree char *cache = g_build_filename (home, ".cache", NULL);
  g_autofree char *runtime = g_build_filename (fake, "runtime", NULL);
  g_autofree char *own = g_build_filename (data, APPLICATION_ID, NULL);
  g_autofree char *clip_name = cached_clip_name ("my-posed-drill");
  g_autofree char *clip_source = g_build_filename (g_getenv ("VASTUS_CLIP_DIR"), "squat.webm", NULL);
  g_autofree char *clip_target = g_build_filename (cache, APPLICATION_ID, "clips", clip_name, NULL);
  g_autofree char *journal = g_build_filename (own, "journal.jsonl", NULL);
  g_autofree char *program_file = g_build_filename (own, "program.json", NULL);
  g_autofree char *mine = g_build_filename (own, "catalogue.d", "10-mine.json", NULL);
  g_autofree char *clips = g_build_filename (own, "catalogue.d", "30-clips.json", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr (GError) error = NULL;
  g_auto (GStrv) env = g_get_environ ();
  const char *argv[] = { program, "--tap",
                         "-p", "/vastus/library/user-catalogue",
                         "-p", "/vastus/library/user-pose-rendered", NULL };
  int status;

  g_assert_nonnull (program);
  g_assert_cmpint (g_mkdir_with_parents (config, 0700), ==, 0);
  g_assert_cmpint (g_mkdir_with_parents (runtime, 0700), ==, 0);
  copy_fixture ("journal-six-weeks.jsonl", journal);
  copy_fixture ("program-gentle.json", program_file);
  copy_fixture ("user-override.json", mine);
  copy_fixture ("user-clips.json", clips);
  copy_file (clip_source, clip_target);
  before = describe_tree (fake);

  env = g_environ_setenv (env, "HOME", home, TRUE);
  env = g_environ_setenv (env, "XDG_DATA_HOME", data, TRUE);
  env = g_environ_setenv (env, "XDG_CONFIG_HOME", config, TRUE);
  env = g_environ_setenv (env, "XDG_CACHE_HOME", cache, TRUE);
  env = g_environ_setenv (env, "XDG_RUNTIME_DIR", runtime, TRUE);
  env = g_environ_unsetenv (env, "XDG_STATE_HOME");
  /* Started as meson starts it, not as a child of this test. */
  env = g_environ_unsetenv (env, VASTUS_TEST_ROOT_VARIABLE);
  env = g_environ_unsetenv (env, VASTUS_TEST_BUS_VARIABLE);
  /* The desktop's session bus, where a test must not go: one that is not
   * there. The UI test starts one of its own. */
  env = g_environ_setenv (env, "DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/developer-bus", TRUE);
  /* A developer far from Greenwich. */
  env = g_environ_setenv (env, "TZ", "Pacific/Auckland", TRUE);

  g_assert_true (g_spawn_sync (NULL, (char **) argv, env, G_SPAWN_DEFAULT, NULL, NULL,
                               &out, &err, &status, &error));
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("the library test failed in a developer's HOME:\n%s\n%s", out, err);

  after = describe_tree (fake);
  g_assert_cmpstr (after, ==, before);
}

int
main (int   argc,
      char *argv[])
{
  /* Before anything reads HOME or the XDG folders. */
  vastus_test_env_init ();

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/vastus/test-env/own-folders", test_own_folders);
  g_test_add_func ("/vastus/test-env/zone", test_zone);
  g_test_add_func ("/vastus/test-env/developer-home-untouched", test_developer_home_untouched);

  return g_test_run ();
}
