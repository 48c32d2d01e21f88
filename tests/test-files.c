/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utime.h>

#include "vastus-files.h"
#include "vastus-journal.h"
#include "vastus-program.h"
#include "vastus-test-env.h"

/*
 * The files Vastus keeps for the person: a data folder only they can read,
 * whoever made it first; no temporary files left from saves that were killed.
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

/* Stale temporary files */

static void
write_file (const char *path,
            const char *contents,
            gint64      age_s)
{
  struct utimbuf times;

  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
  times.actime = times.modtime = (time_t) (g_get_real_time () / G_USEC_PER_SEC - age_s);
  g_assert_cmpint (g_utime (path, &times), ==, 0);
}

static void
assert_file (const char *folder,
             const char *name,
             const char *contents)
{
  g_autofree char *path = g_build_filename (folder, name, NULL);
  g_autofree char *found = NULL;

  if (!g_file_get_contents (path, &found, NULL, NULL))
    g_error ("%s should still be there", name);
  g_assert_cmpstr (found, ==, contents);
}

static void
assert_gone (const char *folder,
             const char *name)
{
  g_autofree char *path = g_build_filename (folder, name, NULL);
  struct stat st;

  if (g_lstat (path, &st) == 0)
    g_error ("%s should have been removed", name);
}

/* What a save killed half-way leaves, and what only looks like it. */
static char *
folder_with_temporaries (void)
{
  const char *root = g_getenv (VASTUS_TEST_ROOT_VARIABLE);
  char *folder = g_build_filename (root, "killed-saves", NULL);
  /* Old enough to be left over, each with its own contents. */
  static const char * const old[] = {
    "program.json", "journal.jsonl", "session-in-progress.json",
    "program.json.AbC123", "program.json.zzzzzz", "session-in-progress.json.Q1w2E3",
    /* Not the temporary files of a save: */
    "program.json.ABCDE", "program.json.ABCDEFG", "program.json.AB-DEF", "program.json.bak",
    "program.json.", "journal.jsonl.ABCDEF", "other.json.ABCDEF", "xprogram.json.ABCDEF",
    "program.jsonXABCDEF",
  };

  vastus_test_remove_tree (folder);
  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (old); i++)
    {
      g_autofree char *path = g_build_filename (folder, old[i], NULL);

      write_file (path, old[i], 2 * 60);
    }

  /* A save going on right now. */
  {
    g_autofree char *path = g_build_filename (folder, "program.json.NoW999", NULL);

    write_file (path, "being written", 0);
  }

  /* Named like one, but not a file the save writes. */
  {
    g_autofree char *path = g_build_filename (folder, "program.json.DIR123", NULL);
    g_autofree char *link = g_build_filename (folder, "program.json.LNK123", NULL);

    g_assert_cmpint (g_mkdir (path, 0700), ==, 0);
    g_assert_cmpint (symlink ("journal.jsonl", link), ==, 0);
  }

  return folder;
}

static void
assert_only_stale_gone (const char *folder)
{
  /* program.json aside: the tests look at it themselves. */
  static const char * const kept[] = {
    "journal.jsonl", "session-in-progress.json",
    "program.json.ABCDE", "program.json.ABCDEFG", "program.json.AB-DEF", "program.json.bak",
    "program.json.", "journal.jsonl.ABCDEF", "other.json.ABCDEF", "xprogram.json.ABCDEF",
    "program.jsonXABCDEF",
  };
  g_autofree char *directory = g_build_filename (folder, "program.json.DIR123", NULL);
  g_autofree char *link = g_build_filename (folder, "program.json.LNK123", NULL);

  assert_gone (folder, "program.json.AbC123");
  assert_gone (folder, "program.json.zzzzzz");
  assert_gone (folder, "session-in-progress.json.Q1w2E3");

  for (guint i = 0; i < G_N_ELEMENTS (kept); i++)
    assert_file (folder, kept[i], kept[i]);
  assert_file (folder, "program.json.NoW999", "being written");
  g_assert_true (g_file_test (directory, G_FILE_TEST_IS_DIR));
  g_assert_true (g_file_test (link, G_FILE_TEST_IS_SYMLINK));
}

static void
test_stale_temporaries_removed (void)
{
  g_autofree char *folder = folder_with_temporaries ();
  g_autofree char *program = g_build_filename (folder, "program.json", NULL);
  g_autofree char *checkpoint = g_build_filename (folder, "session-in-progress.json", NULL);
  g_autofree char *journal = g_build_filename (folder, "journal.jsonl", NULL);
  struct stat before, after;

  g_assert_cmpint (g_stat (journal, &before), ==, 0);
  g_assert_cmpuint (vastus_remove_stale_temporaries (program), ==, 2);
  g_assert_cmpuint (vastus_remove_stale_temporaries (checkpoint), ==, 1);
  assert_only_stale_gone (folder);
  assert_file (folder, "program.json", "program.json");

  /* The journal is not even touched. */
  g_assert_cmpint (g_stat (journal, &after), ==, 0);
  g_assert_cmpint (after.st_mtime, ==, before.st_mtime);
  g_assert_cmpint (after.st_ino, ==, before.st_ino);

  /* Nothing more the second time. */
  g_assert_cmpuint (vastus_remove_stale_temporaries (program), ==, 0);
  vastus_test_remove_tree (folder);
}

/* Saving the programme clears what killed saves of it left. */
static void
test_stale_temporaries_removed_by_save (void)
{
  g_autofree char *folder = folder_with_temporaries ();
  g_autofree char *program_path = g_build_filename (folder, "program.json", NULL);
  g_autofree char *checkpoint = g_build_filename (folder, "session-in-progress.json", NULL);
  g_autoptr (VastusCatalogue) catalogue = NULL;
  g_autoptr (VastusProgram) program = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *saved = NULL;

  catalogue = vastus_catalogue_new_builtin (&error);
  g_assert_no_error (error);
  program = vastus_program_new_from_starter (vastus_catalogue_lookup_program (catalogue, "phase-1-gentle"),
                                             catalogue, VASTUS_LEG_RIGHT);
  g_assert_true (vastus_program_save (program, program_path, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (vastus_remove_stale_temporaries (checkpoint), ==, 1);

  /* The new programme in its place; everything else as it was. */
  g_assert_true (g_file_get_contents (program_path, &saved, NULL, NULL));
  g_assert_nonnull (strstr (saved, "phase-1-gentle"));
  assert_only_stale_gone (folder);
  vastus_test_remove_tree (folder);
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
  g_test_add_func ("/vastus/files/stale-temporaries/removed", test_stale_temporaries_removed);
  g_test_add_func ("/vastus/files/stale-temporaries/removed-by-save", test_stale_temporaries_removed_by_save);

  return g_test_run ();
}
