/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib.h>
#include <glib/gstdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "vastus-files.h"
#include "vastus-journal.h"
#include "vastus-program.h"
#include "vastus-test-env.h"

/*
 * The files Vastus keeps for the person: a data folder only they can read,
 * whoever made it first.
 */

static guint
mode_of (const char *path)
{
  struct stat st;

  g_assert_cmpint (g_lstat (path, &st), ==, 0);
  return st.st_mode & 07777;
}

/* The person's data folder, as another program or an older Vastus left it:
 * there, and open to everyone. */
static char *
open_data_folder (void)
{
  g_autofree char *program = vastus_program_default_path ();
  char *folder = g_path_get_dirname (program);

  vastus_test_remove_tree (folder);
  g_assert_cmpint (g_mkdir_with_parents (folder, 0755), ==, 0);
  g_assert_cmpint (g_chmod (folder, 0755), ==, 0);
  g_assert_cmpuint (mode_of (folder), ==, 0755);
  return folder;
}

static void
test_private_folder_made (void)
{
  const char *root = g_getenv (VASTUS_TEST_ROOT_VARIABLE);
  g_autofree char *above = g_build_filename (root, "made", NULL);
  g_autofree char *folder = g_build_filename (above, "io.github.vastus.Vastus", NULL);

  g_assert_cmpint (vastus_folder_make_private (folder), ==, 0);
  g_assert_cmpuint (mode_of (folder), ==, 0700);
  g_assert_cmpuint (mode_of (above), ==, 0700);
  vastus_test_remove_tree (above);
}

static void
test_private_folder_tightened (void)
{
  const char *root = g_getenv (VASTUS_TEST_ROOT_VARIABLE);
  g_autofree char *above = g_build_filename (root, "shared", NULL);
  g_autofree char *folder = g_build_filename (above, "io.github.vastus.Vastus", NULL);
  g_autofree char *inside = g_build_filename (folder, "notes.txt", NULL);
  g_autofree char *below = g_build_filename (folder, "catalogue.d", NULL);

  g_assert_cmpint (g_mkdir_with_parents (below, 0755), ==, 0);
  g_assert_cmpint (g_chmod (above, 0755), ==, 0);
  g_assert_cmpint (g_chmod (folder, 0775), ==, 0);
  g_assert_cmpint (g_chmod (below, 0755), ==, 0);
  g_assert_true (g_file_set_contents (inside, "mine", -1, NULL));
  g_assert_cmpint (g_chmod (inside, 0644), ==, 0);

  g_assert_cmpint (vastus_folder_make_private (folder), ==, 0);

  /* The folder itself; not the one above it, not what it holds. */
  g_assert_cmpuint (mode_of (folder), ==, 0700);
  g_assert_cmpuint (mode_of (above), ==, 0755);
  g_assert_cmpuint (mode_of (below), ==, 0755);
  g_assert_cmpuint (mode_of (inside), ==, 0644);

  /* A folder the person made read-only stays read-only. */
  g_assert_cmpint (g_chmod (folder, 0555), ==, 0);
  g_assert_cmpint (vastus_folder_make_private (folder), ==, 0);
  g_assert_cmpuint (mode_of (folder), ==, 0500);

  vastus_test_remove_tree (above);
}

/* Someone else's folder is not the person's to change. */
static void
test_private_folder_not_owned (void)
{
  const char *root = g_getenv (VASTUS_TEST_ROOT_VARIABLE);
  g_autofree char *folder = g_build_filename (root, "theirs", NULL);

  if (geteuid () != 0)
    {
      g_test_skip ("only root can give a folder to someone else");
      return;
    }

  g_assert_cmpint (g_mkdir (folder, 0755), ==, 0);
  g_assert_cmpint (g_chmod (folder, 0755), ==, 0);
  g_assert_cmpint (chown (folder, 65534, 65534), ==, 0);

  g_assert_cmpint (vastus_folder_make_private (folder), ==, 0);
  g_assert_cmpuint (mode_of (folder), ==, 0755);
  vastus_test_remove_tree (folder);
}

/* Saving the programme (and the checkpoint, written the same way) tightens
 * the data folder that is there already. */
static void
test_private_folder_program_save (void)
{
  g_autofree char *folder = open_data_folder ();
  g_autofree char *path = vastus_program_default_path ();
  g_autoptr (VastusCatalogue) catalogue = NULL;
  g_autoptr (VastusProgram) program = NULL;
  g_autoptr (GError) error = NULL;

  catalogue = vastus_catalogue_new_builtin (&error);
  g_assert_no_error (error);
  program = vastus_program_new_from_starter (vastus_catalogue_lookup_program (catalogue, "phase-1-gentle"),
                                             catalogue, VASTUS_LEG_RIGHT);
  g_assert_true (vastus_program_save (program, path, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (mode_of (folder), ==, 0700);
  g_assert_cmpuint (mode_of (path), ==, 0600);
}

static void
test_private_folder_journal_append (void)
{
  g_autofree char *folder = open_data_folder ();
  g_autoptr (VastusJournal) journal = vastus_journal_new (NULL);
  g_autoptr (GError) error = NULL;
  cJSON *change = cJSON_CreateObject ();

  g_assert_true (vastus_journal_load (journal, &error));
  g_assert_no_error (error);
  cJSON_AddStringToObject (change, "exercise", "wall-sit");
  cJSON_AddStringToObject (change, "decision", "keep");
  g_assert_true (vastus_journal_add_program_change (journal, change, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (mode_of (folder), ==, 0700);
  g_assert_cmpuint (mode_of (vastus_journal_get_path (journal)), ==, 0600);
}

int
main (int   argc,
      char *argv[])
{
  /* Before anything reads HOME or the XDG folders. */
  vastus_test_env_init ();

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/vastus/files/data-folder-private/made", test_private_folder_made);
  g_test_add_func ("/vastus/files/data-folder-private/tightened", test_private_folder_tightened);
  g_test_add_func ("/vastus/files/data-folder-private/not-owned", test_private_folder_not_owned);
  g_test_add_func ("/vastus/files/data-folder-private/program-save", test_private_folder_program_save);
  g_test_add_func ("/vastus/files/data-folder-private/journal-append", test_private_folder_journal_append);

  return g_test_run ();
}
