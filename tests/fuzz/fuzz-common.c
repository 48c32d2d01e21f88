/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <stdio.h>
#include <stdlib.h>

#include "fuzz-common.h"
#include "vastus-session-entry.h"

/*
 * What every fuzz target shares: a folder of its own for the files it
 * writes, since Vastus reads its data from files; the built-in catalogue,
 * read once; and logging that stays quiet about what a bad file is expected
 * to make Vastus say, but stops at a warning or a critical, which no file
 * may cause.
 */

static char *folder;
static VastusCatalogue *builtin;

#ifdef FUZZ_WRAP_INTERN
const char *__wrap_g_intern_string        (const char *string);
const char *__wrap_g_intern_static_string (const char *string);

/*
 * Vastus interns the exercise ids and names of the journal. GLib keeps what
 * it interns in its table of quarks, and each time that table grows by 2048
 * it drops the old one on purpose ("This leaks the old quarks array"),
 * including the first, made before main(): fed new names for minutes, a
 * fuzz target meets that drop, and LeakSanitizer rightly calls it a leak,
 * though not one of Vastus. The fuzz targets are linked with --wrap so that
 * Vastus's interned strings go to this table instead: the same promise (one
 * copy of each text, kept until the end), kept where LeakSanitizer sees it.
 */
static GMutex interned_lock;
static GHashTable *interned;

const char *
__wrap_g_intern_string (const char *string)
{
  const char *copy;

  if (string == NULL)
    return NULL;

  g_mutex_lock (&interned_lock);
  if (interned == NULL)
    interned = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  copy = g_hash_table_lookup (interned, string);
  if (copy == NULL)
    {
      copy = g_strdup (string);
      g_hash_table_add (interned, (char *) copy);
    }
  g_mutex_unlock (&interned_lock);

  return copy;
}

const char *
__wrap_g_intern_static_string (const char *string)
{
  return __wrap_g_intern_string (string);
}
#endif

static GLogWriterOutput
log_writer (GLogLevelFlags   level,
            const GLogField *fields,
            gsize            n_fields,
            gpointer         user_data)
{
  if ((level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING)) != 0)
    {
      g_log_writer_standard_streams (level, fields, n_fields, user_data);
      abort ();
    }

  return G_LOG_WRITER_HANDLED;
}

static void
fuzz_cleanup (void)
{
  GDir *dir = folder != NULL ? g_dir_open (folder, 0, NULL) : NULL;
  const char *name;

  if (dir != NULL)
    {
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *path = g_build_filename (folder, name, NULL);
          g_unlink (path);
        }
      g_dir_close (dir);
      g_rmdir (folder);
    }
  g_clear_pointer (&folder, g_free);
  g_clear_object (&builtin);
#ifdef FUZZ_WRAP_INTERN
  /* Last: what was read may point into it until here. */
  g_clear_pointer (&interned, g_hash_table_unref);
#endif
}

void
fuzz_init (void)
{
  static gboolean done;
  g_autoptr (GError) error = NULL;

  if (done)
    return;
  done = TRUE;

  /* The source tree's catalogue, unless the environment names one. */
  g_setenv ("VASTUS_CATALOGUE_DIR", FUZZ_CATALOGUE_DIR, FALSE);
  g_log_set_writer_func (log_writer, NULL, NULL);

  folder = g_dir_make_tmp ("vastus-fuzz-XXXXXX", &error);
  if (folder == NULL)
    {
      fprintf (stderr, "fuzz: no folder for the input files: %s\n", error->message);
      abort ();
    }
  atexit (fuzz_cleanup);
}

/* Writes @data as @name in the target's folder, as a file Vastus reads. */
char *
fuzz_write_file (const char    *name,
                 const uint8_t *data,
                 size_t         size)
{
  char *path = g_build_filename (folder, name, NULL);
  g_autoptr (GError) error = NULL;

  /* No sync, no rename: one plain write a run. */
  if (!g_file_set_contents_full (path, (const char *) data, (gssize) size,
                                 G_FILE_SET_CONTENTS_NONE, 0600, &error))
    {
      fprintf (stderr, "fuzz: cannot write %s: %s\n", path, error->message);
      abort ();
    }

  return path;
}

VastusCatalogue *
fuzz_builtin_catalogue (void)
{
  g_autoptr (GError) error = NULL;

  if (builtin != NULL)
    return builtin;

  builtin = vastus_catalogue_new_builtin (&error);
  if (builtin == NULL)
    {
      fprintf (stderr, "fuzz: the built-in catalogue cannot be read: %s\n", error->message);
      abort ();
    }
  return builtin;
}

/* A fixed time, so that every run of an input does the same. */
gint64
fuzz_now (void)
{
  gint64 now = 0;

  vastus_time_from_iso8601 ("2026-11-21T10:00:00Z", &now);
  return now;
}
