/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "vastus-files"

#include "config.h"

#include "vastus-files.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/**
 * vastus_files_data_dir:
 *
 * The one folder Vastus keeps the person's files in: journal.jsonl,
 * program.json, catalogue.d/, the session in progress, and what a restore
 * kept aside. Everything that reads or writes them asks here.
 *
 * Returns: (transfer full): `$XDG_DATA_HOME/` and the application ID
 */
char *
vastus_files_data_dir (void)
{
  return g_build_filename (g_get_user_data_dir (), APPLICATION_ID, NULL);
}

/**
 * vastus_folder_make_private:
 * @folder: the folder a data file of the person's is written to
 *
 * Makes @folder, and the folders above it that are missing, readable by the
 * person only (0700); an @folder that is there already and belongs to the
 * person loses what others may do with it (0755 becomes 0700). Only @folder
 * itself is tightened: not the folders above it, not the files in it. That
 * it cannot be tightened (a file system without modes) does not stop a save.
 *
 * Returns: 0, or -1 with errno set when @folder cannot be made
 */
int
vastus_folder_make_private (const char *folder)
{
  struct stat st;
  int fd;

  if (g_mkdir_with_parents (folder, 0700) != 0)
    return -1;

  /* Opened, then changed through the descriptor: the folder looked at is the
   * folder changed, even if its name is swapped in between. */
  fd = g_open (folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);
  if (fd < 0)
    {
      g_debug ("Cannot open %s to check who may read it: %s", folder, g_strerror (errno));
      return 0;
    }

  if (fstat (fd, &st) == 0 && st.st_uid == geteuid () && (st.st_mode & 077) != 0)
    {
      if (fchmod (fd, st.st_mode & 0700) != 0)
        g_debug ("Cannot make %s private: %s", folder, g_strerror (errno));
    }

  close (fd);
  return 0;
}

/* How long a save can take at the most: a temporary file older than this is
 * not being written any more. */
#define STALE_AFTER_S 60

/* g_file_set_contents_full() names its temporary file after the file it
 * replaces: "program.json.XXXXXX", six letters or digits. */
static gboolean
is_temporary_of (const char *name,
                 const char *base)
{
  gsize length = strlen (base);

  if (strncmp (name, base, length) != 0 || name[length] != '.' || strlen (name) != length + 7)
    return FALSE;

  for (gsize i = length + 1; i < length + 7; i++)
    if (!g_ascii_isalnum (name[i]))
      return FALSE;

  return TRUE;
}

/**
 * vastus_remove_stale_temporaries:
 * @path: a file written whole with g_file_set_contents_full(), as
 *   vastus_json_write_file() does
 *
 * A save killed half-way leaves its temporary file behind, and nothing else
 * would ever remove it. This removes those of @path: files in @path's folder
 * named as g_file_set_contents_full() names them (@path, a dot, six letters or
 * digits), regular files of the person's own, last written more than a minute
 * ago. A save takes far less than a minute, so none of them is being written,
 * by this Vastus or another one started at the same time. Nothing else is
 * touched.
 *
 * Returns: how many were removed
 */
guint
vastus_remove_stale_temporaries (const char *path)
{
  g_autofree char *folder = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autoptr (GDir) dir = g_dir_open (folder, 0, NULL);
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  const char *name;
  guint removed = 0;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *temporary = NULL;
      GStatBuf st;

      if (!is_temporary_of (name, base))
        continue;

      temporary = g_build_filename (folder, name, NULL);
      if (g_lstat (temporary, &st) != 0 || !S_ISREG (st.st_mode) || st.st_uid != geteuid () ||
          (gint64) st.st_mtime > now - STALE_AFTER_S)
        continue;

      if (g_unlink (temporary) == 0)
        {
          g_debug ("Removed %s, left by a save that did not finish", temporary);
          removed++;
        }
    }

  return removed;
}

/* As the kernel: more links than this on one path is a loop. */
#define MAX_LINKS 40

/*
 * Follows @path as open() would, link after link, down to the last part of
 * it that exists; what does not exist (yet) is added as written, after the
 * links above it are followed. Returns %NULL with errno set when it cannot
 * (a loop of links, a folder it may not look into).
 */
static char *
resolve (const char *path,
         guint      *links)
{
  g_autofree char *trimmed = g_strdup (path);
  g_autofree char *parent_path = NULL;
  g_autofree char *parent = NULL;
  g_autofree char *name = NULL;
  g_autofree char *candidate = NULL;
  g_autofree char *target = NULL;
  g_autofree char *next = NULL;
  gsize length = strlen (trimmed);
  struct stat st;
  char *real;

  /* "videos/" names "videos". */
  while (length > 1 && trimmed[length - 1] == G_DIR_SEPARATOR)
    trimmed[--length] = '\0';

  real = realpath (trimmed, NULL);
  if (real != NULL)
    {
      char *copy = g_strdup (real);

      free (real);
      return copy;
    }
  if (errno != ENOENT && errno != ENOTDIR)
    return NULL;

  /* Something on the way is missing, or is a link to something missing:
   * follow what is there. */
  parent_path = g_path_get_dirname (trimmed);
  if (strcmp (parent_path, trimmed) == 0)
    return NULL;
  parent = resolve (parent_path, links);
  if (parent == NULL)
    return NULL;

  name = g_path_get_basename (trimmed);
  if (strcmp (name, ".") == 0)
    return g_steal_pointer (&parent);
  if (strcmp (name, "..") == 0)
    return g_path_get_dirname (parent);

  candidate = g_build_filename (parent, name, NULL);
  if (g_lstat (candidate, &st) != 0)
    return errno == ENOENT || errno == ENOTDIR ? g_steal_pointer (&candidate) : NULL;
  if (!S_ISLNK (st.st_mode))
    return g_steal_pointer (&candidate);

  /* A link to something missing: where it would be. */
  if (++*links > MAX_LINKS)
    {
      errno = ELOOP;
      return NULL;
    }
  target = g_file_read_link (candidate, NULL);
  if (target == NULL)
    {
      errno = EINVAL;
      return NULL;
    }
  next = g_path_is_absolute (target) ? g_steal_pointer (&target) : g_build_filename (parent, target, NULL);
  return resolve (next, links);
}

/**
 * vastus_path_resolve_inside:
 * @folder: the folder @path must stay inside
 * @path: a path inside @folder as written, which may not exist yet
 * @resolved: (out) (optional) (transfer full): @path with every link followed
 * @error: why @path does not stay inside @folder
 *
 * Whether @path, with the links in it followed as opening it would follow
 * them, stays inside @folder, itself with its links followed. A path that
 * stays inside @folder in its words may still leave it through a link
 * ("clip.webm" linking to a file elsewhere, or a folder on the way that links
 * out); that is what this catches. A part of @path that does not exist yet
 * is taken as written.
 *
 * Returns: %TRUE when @path stays inside @folder
 */
gboolean
vastus_path_resolve_inside (const char  *folder,
                            const char  *path,
                            char       **resolved,
                            GError     **error)
{
  g_autofree char *base = NULL;
  g_autofree char *real = NULL;
  guint links = 0;
  gsize length;

  base = resolve (folder, &links);
  if (base == NULL)
    {
      int saved = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved), "%s: %s", folder, g_strerror (saved));
      return FALSE;
    }

  links = 0;
  real = resolve (path, &links);
  if (real == NULL)
    {
      int saved = errno;

      g_set_error_literal (error, G_FILE_ERROR, g_file_error_from_errno (saved), g_strerror (saved));
      return FALSE;
    }

  length = strlen (base);
  while (length > 0 && base[length - 1] == G_DIR_SEPARATOR)
    length--;
  if (strncmp (real, base, length) != 0 || real[length] != G_DIR_SEPARATOR || real[length + 1] == '\0')
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_PERM, _("it leads to %s, outside %s"), real, base);
      return FALSE;
    }

  if (resolved != NULL)
    *resolved = g_steal_pointer (&real);
  return TRUE;
}
