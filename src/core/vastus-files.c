/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "vastus-files"

#include "config.h"

#include "vastus-files.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <sys/stat.h>
#include <unistd.h>

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
