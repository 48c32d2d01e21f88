/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "vastus-files"

#include "config.h"

#include "vastus-files.h"

#include <errno.h>
#include <fcntl.h>
#include <gio/gio.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "vastus-background.h"

/* The data folder named after the application ID, as it should be. */
static char *
current_data_dir (void)
{
  return g_build_filename (g_get_user_data_dir (), APPLICATION_ID, NULL);
}

/**
 * vastus_files_data_dir:
 *
 * The one folder Vastus keeps the person's files in: journal.jsonl,
 * program.json, catalogue.d/, the session in progress, and what a restore
 * kept aside. Everything that reads or writes them asks here.
 *
 * It is `$XDG_DATA_HOME/io.github.vastus.vastus`, except while the folder of
 * Vastus's former application ID is there and that one is not: until the
 * former folder is moved (vastus_files_move_former_data_dir()), or when it
 * cannot be, Vastus reads and writes it where it is. What the person logged
 * is never hidden behind an empty new folder.
 *
 * Returns: (transfer full): the data folder's path
 */
char *
vastus_files_data_dir (void)
{
  g_autofree char *folder = current_data_dir ();
  g_autofree char *former = NULL;

  if (g_file_test (folder, G_FILE_TEST_IS_DIR))
    return g_steal_pointer (&folder);

  former = vastus_files_former_data_dir ();
  if (g_file_test (former, G_FILE_TEST_IS_DIR))
    return g_steal_pointer (&former);

  return g_steal_pointer (&folder);
}

/**
 * vastus_files_former_data_dir:
 *
 * Returns: (transfer full): where Vastus kept the person's files before its
 *   application ID was renamed: `$XDG_DATA_HOME/io.github.vastus.Vastus`
 */
char *
vastus_files_former_data_dir (void)
{
  return g_build_filename (g_get_user_data_dir (), VASTUS_FORMER_APPLICATION_ID, NULL);
}

/* A Vastus from before the rename still running (a window left open, or the
 * reminders started at login before an update) writes to the former folder
 * by the paths it took at its start: moving the folder from under it would
 * split what it logs between two folders. It owns the former ID on the
 * session bus. */
static gboolean
former_vastus_running (void)
{
  g_autoptr (GDBusConnection) bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, NULL);
  g_autoptr (GVariant) reply = NULL;
  gboolean owned = FALSE;

  if (bus == NULL)
    return FALSE;

  reply = g_dbus_connection_call_sync (bus, "org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus",
                                       "NameHasOwner", g_variant_new ("(s)", VASTUS_FORMER_APPLICATION_ID),
                                       G_VARIANT_TYPE ("(b)"), G_DBUS_CALL_FLAGS_NONE, 5000, NULL, NULL);
  if (reply != NULL)
    g_variant_get (reply, "(b)", &owned);
  return owned;
}

/**
 * vastus_files_move_former_data_dir:
 * @error: why the former folder could not be moved: both paths and the reason
 *
 * Before its application ID became all lower case, Vastus kept the
 * person's files in `$XDG_DATA_HOME/io.github.vastus.Vastus`. When that
 * folder is there and the new one is not, it is renamed to the new one: one
 * rename within one folder, atomic, so every file is the same file, byte
 * for byte, with its mode. When both are there, the new one holds the
 * person's data and the former one is left as it is, and said so in the
 * log. While a Vastus from before the rename runs, the move waits for the
 * next start.
 *
 * Should the rename fail, nothing has changed: vastus_files_data_dir() goes
 * on naming the former folder, and @error says why, for the person to see.
 *
 * Returns: %FALSE when the former folder is there and could not be moved
 */
gboolean
vastus_files_move_former_data_dir (GError **error)
{
  g_autofree char *folder = current_data_dir ();
  g_autofree char *former = vastus_files_former_data_dir ();
  int saved;

  if (!g_file_test (former, G_FILE_TEST_IS_DIR))
    return TRUE;

  if (g_file_test (folder, G_FILE_TEST_IS_DIR))
    {
      /* One folder by both names: a file system that ignores case, or a
       * link the person made. Nothing to move. */
      if (!vastus_path_same_file (folder, former))
        g_message ("Your Vastus data is in %s; %s, from before Vastus was renamed, is left as it is",
                   folder, former);
      return TRUE;
    }

  if (former_vastus_running ())
    {
      g_message ("A Vastus from before its rename is running on %s: it moves to %s at the next start",
                 former, folder);
      return TRUE;
    }

  if (g_rename (former, folder) == 0)
    {
      g_message ("Moved your Vastus data from %s to %s, named after Vastus's new application ID", former, folder);
      return TRUE;
    }
  saved = errno;

  /* Another Vastus, started at the same moment, moved it first: the new
   * folder is the one to use, as vastus_files_data_dir() says. */
  if (g_file_test (folder, G_FILE_TEST_IS_DIR))
    return TRUE;

  g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved),
               /* Translators: the data folder from before Vastus was renamed, the name it could not be given, why, and the first folder again */
               _("Your data could not be moved from %s to %s: %s. Vastus goes on using it in %s, so nothing in it "
                 "is lost."),
               former, folder, g_strerror (saved), former);
  return FALSE;
}

/**
 * vastus_files_move_from_former_id:
 * @error: why the data folder could not be moved
 *
 * Moves what Vastus kept under its former application ID to the current
 * one, before anything reads it: the data folder
 * (vastus_files_move_former_data_dir()) and the reminders' autostart entry
 * (vastus_background_move_former_autostart()). The store calls it as it
 * loads, at start-up, and so does each command line option that reads the
 * person's data. The preferences need nothing: their schema kept its path.
 *
 * An autostart entry that cannot be moved is logged and left as it is,
 * where it still starts the reminders at login.
 *
 * Returns: %FALSE, with @error set, when the data folder stays where it was
 */
gboolean
vastus_files_move_from_former_id (GError **error)
{
  g_autoptr (GError) autostart_error = NULL;

  if (!vastus_background_move_former_autostart (&autostart_error))
    g_message ("%s", autostart_error->message);

  return vastus_files_move_former_data_dir (error);
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

/**
 * vastus_path_same_file:
 * @path: a file or folder
 * @other: another name, which may be the same file or folder
 *
 * Whether both names lead to the one file or folder, links followed: on a
 * file system that ignores case, "io.github.vastus.Vastus" is
 * "io.github.vastus.vastus".
 *
 * Returns: %TRUE when both are there and are the same
 */
gboolean
vastus_path_same_file (const char *path,
                       const char *other)
{
  GStatBuf a, b;

  return g_stat (path, &a) == 0 && g_stat (other, &b) == 0 && a.st_dev == b.st_dev && a.st_ino == b.st_ino;
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
