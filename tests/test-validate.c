/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib.h>
#include <string.h>

/* `vastus --validate FILE…`, run as a physiotherapist would run it. */

static int
run_validate (const char * const *files,
              char              **out,
              char              **err)
{
  g_autoptr (GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GError) error = NULL;
  int status = 0;

  g_ptr_array_add (argv, g_strdup (g_getenv ("VASTUS_BINARY")));
  g_ptr_array_add (argv, g_strdup ("--validate"));
  for (guint i = 0; files[i] != NULL; i++)
    g_ptr_array_add (argv, g_test_build_filename (G_TEST_DIST, "fixtures", files[i], NULL));
  g_ptr_array_add (argv, NULL);

  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                               out, err, &status, &error));
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (status));
  return WEXITSTATUS (status);
}

static void
test_valid (void)
{
  const char *files[] = { "valid-minimal.json", "user-override.json", NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  g_assert_cmpint (run_validate (files, &out, &err), ==, 0);
  g_assert_nonnull (strstr (out, "valid-minimal.json: valid"));
  g_assert_nonnull (strstr (out, "user-override.json: valid"));
}

static void
test_invalid_reports_all (void)
{
  const char *files[] = { "valid-minimal.json", "bad-wrong-type.json", "bad-ladder-loop.json", NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  g_assert_cmpint (run_validate (files, &out, &err), ==, 1);
  g_assert_nonnull (strstr (err, "valid-minimal.json: valid"));
  g_assert_nonnull (strstr (err, "bad-wrong-type.json: exercise 'test-squat': level must be a whole number from 1 to 5"));
  g_assert_nonnull (strstr (err, "bad-ladder-loop.json: exercise 'loop-a': harder links form a loop"));
}

static void
test_no_files (void)
{
  const char *files[] = { NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  g_assert_cmpint (run_validate (files, &out, &err), ==, 2);
  g_assert_nonnull (strstr (err, "--validate FILE"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/vastus/validate/valid", test_valid);
  g_test_add_func ("/vastus/validate/invalid-reports-all", test_invalid_reports_all);
  g_test_add_func ("/vastus/validate/no-files", test_no_files);

  return g_test_run ();
}
