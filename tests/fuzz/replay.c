/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "fuzz-common.h"

/*
 * A fuzz target without the fuzzing engine: every file of the folders (or
 * the files) it is given, once, through the same LLVMFuzzerTestOneInput().
 * The committed corpora run so in every build, with any compiler: an input
 * that once crashed Vastus must never do so again.
 */

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static void
replay_file (const char *path)
{
  g_autofree char *data = NULL;
  g_autoptr (GError) error = NULL;
  gsize length;

  if (!g_file_get_contents (path, &data, &length, &error))
    g_error ("%s", error->message);

  /* Said before, so that a crash names its input. */
  printf ("%s\n", path);
  fflush (stdout);
  LLVMFuzzerTestOneInput ((const uint8_t *) data, length);
}

int
main (int   argc,
      char *argv[])
{
  guint n = 0;

  for (int i = 1; i < argc; i++)
    {
      g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
      g_autoptr (GDir) dir = NULL;
      const char *name;

      if (!g_file_test (argv[i], G_FILE_TEST_IS_DIR))
        {
          replay_file (argv[i]);
          n++;
          continue;
        }

      dir = g_dir_open (argv[i], 0, NULL);
      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        g_ptr_array_add (names, g_build_filename (argv[i], name, NULL));
      g_ptr_array_sort (names, compare_names);
      for (guint k = 0; k < names->len; k++)
        {
          replay_file (g_ptr_array_index (names, k));
          n++;
        }
    }

  printf ("%u inputs, none crashed\n", n);
  /* No input at all is a corpus gone missing, not a pass. */
  return n > 0 ? 0 : 1;
}
