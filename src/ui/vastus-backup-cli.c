/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "vastus-backup-cli"

#include "config.h"

#include "vastus-backup-cli.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "vastus-backup.h"
#include "vastus-files.h"

/*
 * vastus --backup FILE and vastus --restore FILE [--yes]: the same as Back Up…
 * and Restore… in the window, for a terminal or a script. A restore prints
 * what the backup holds first, then asks on a terminal; a script says --yes.
 */

static void
print_summary (VastusBackup *backup)
{
  g_autofree char *summary = vastus_backup_describe (backup);

  g_print ("%s\n", summary);
}

static int
back_up (const char *path)
{
  g_autoptr (GFile) file = g_file_new_for_commandline_arg (path);
  g_autofree char *folder = vastus_files_data_dir ();
  g_autoptr (GSettings) settings = vastus_backup_settings_new ();
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autoptr (VastusBackup) backup = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *name = g_file_get_parse_name (file);

  /* Read back as a restore would read it: a backup that cannot be restored
   * is no backup. */
  if (!vastus_backup_write (file, folder, settings, now, &error) ||
      (backup = vastus_backup_read (file, &error)) == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  g_print (_("Backed up to %s:"), name);
  g_print ("\n");
  print_summary (backup);
  return 0;
}

static gboolean
ask (void)
{
  char answer[16] = "";

  /* Translators: asked on a terminal; "y" is the answer below */
  g_print ("%s ", _("Restore this backup? [y/N]"));
  fflush (stdout);
  if (fgets (answer, sizeof answer, stdin) == NULL)
    return FALSE;
  g_strstrip (answer);
  /* Translators: the answer that means yes to "Restore this backup? [y/N]" */
  return g_ascii_strcasecmp (answer, C_("answer", "y")) == 0 || g_ascii_strcasecmp (answer, "y") == 0;
}

static int
restore (const char *path,
         gboolean    yes)
{
  g_autoptr (GFile) file = g_file_new_for_commandline_arg (path);
  g_autofree char *folder = vastus_files_data_dir ();
  g_autoptr (GSettings) settings = vastus_backup_settings_new ();
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autoptr (VastusBackup) backup = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *kept = NULL;

  backup = vastus_backup_read (file, &error);
  if (backup == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  print_summary (backup);
  g_print (_("Your current data will be kept in a before-restore folder in %s."), folder);
  g_print ("\n");

  if (!yes)
    {
      if (!isatty (STDIN_FILENO))
        {
          g_printerr ("%s\n", _("Nothing was restored: add --yes to restore without being asked."));
          return 1;
        }
      if (!ask ())
        {
          g_print ("%s\n", _("Nothing was restored."));
          return 1;
        }
    }

  if (!vastus_backup_restore (backup, folder, settings, now, &kept, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  if (kept != NULL)
    g_print (_("Restored. Your data from before is in %s."), kept);
  else
    g_print ("%s", _("Restored."));
  g_print ("\n");
  return 0;
}

/**
 * vastus_backup_cli:
 * @backup_path: (nullable): --backup's file
 * @restore_path: (nullable): --restore's file
 * @yes: --yes: restore without asking
 *
 * Returns: the exit status
 */
int
vastus_backup_cli (const char *backup_path,
                   const char *restore_path,
                   gboolean    yes)
{
  if (backup_path != NULL && restore_path != NULL)
    {
      g_printerr ("%s\n", _("Back up or restore, not both at once."));
      return 2;
    }
  if (backup_path != NULL)
    return back_up (backup_path);
  return restore (restore_path, yes);
}
