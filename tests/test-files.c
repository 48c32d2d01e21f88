/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <errno.h>
#include <gio/gio.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utime.h>

#include "vastus-background.h"
#include "vastus-files.h"
#include "vastus-journal.h"
#include "vastus-program.h"
#include "vastus-test-env.h"

/*
 * The files Vastus keeps for the person: a data folder only they can read,
 * whoever made it first; no temporary files left from saves that were killed;
 * and the folder named after Vastus's former application ID moved to the new
 * one, with nothing lost or hidden whatever happens.
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
  g_autofree char *folder = g_build_filename (above, "io.github.vastus.vastus", NULL);

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
  g_autofree char *folder = g_build_filename (above, "io.github.vastus.vastus", NULL);
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

/* The data folder under the former application ID */

/* Everything in @folder, each file and folder with its mode and, for a file,
 * its bytes: two folders with the same listing hold the same data. */
static void
list_tree (const char *folder,
           const char *relative,
           GPtrArray  *entries)
{
  g_autofree char *path = relative[0] != '\0' ? g_build_filename (folder, relative, NULL) : g_strdup (folder);
  g_autoptr (GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child_relative = relative[0] != '\0' ? g_build_filename (relative, name, NULL) : g_strdup (name);
      g_autofree char *child = g_build_filename (folder, child_relative, NULL);
      struct stat st;

      g_assert_cmpint (g_lstat (child, &st), ==, 0);
      if (S_ISDIR (st.st_mode))
        {
          g_ptr_array_add (entries, g_strdup_printf ("%s/ %o", child_relative, st.st_mode & 07777));
          list_tree (folder, child_relative, entries);
        }
      else
        {
          g_autofree char *contents = NULL;
          gsize length;
          g_autofree char *digest = NULL;

          g_assert_true (S_ISREG (st.st_mode));
          g_assert_true (g_file_get_contents (child, &contents, &length, NULL));
          digest = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
          g_ptr_array_add (entries, g_strdup_printf ("%s %o %" G_GSIZE_FORMAT " %s", child_relative,
                                                     st.st_mode & 07777, length, digest));
        }
    }
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static char *
tree_listing (const char *folder)
{
  g_autoptr (GPtrArray) entries = g_ptr_array_new_with_free_func (g_free);

  list_tree (folder, "", entries);
  g_ptr_array_sort (entries, compare_strings);
  g_ptr_array_add (entries, NULL);
  return g_strjoinv ("\n", (char **) entries->pdata);
}

static void
copy_fixture (const char *name,
              const char *to)
{
  g_autofree char *from = g_test_build_filename (G_TEST_DIST, "fixtures", name, NULL);
  g_autofree char *data = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (from, &data, &length, NULL));
  g_assert_true (g_file_set_contents (to, data, (gssize) length, NULL));
  g_assert_cmpint (g_chmod (to, 0600), ==, 0);
}

static char *
current_folder (void)
{
  return g_build_filename (g_get_user_data_dir (), APPLICATION_ID, NULL);
}

/* A person's data folder as a Vastus from before the rename left it, at
 * @folder: six weeks of journal, the programme, a session under way, an
 * exercise of their own, and what a restore kept aside. */
static void
fill_data_folder (const char *folder)
{
  g_autofree char *catalogue = g_build_filename (folder, "catalogue.d", NULL);
  g_autofree char *kept = g_build_filename (folder, "before-restore-2026-11-01T10-00-00", NULL);
  g_autofree char *journal = g_build_filename (folder, "journal.jsonl", NULL);
  g_autofree char *program = g_build_filename (folder, "program.json", NULL);
  g_autofree char *checkpoint = g_build_filename (folder, "session-in-progress.json", NULL);
  g_autofree char *own = g_build_filename (catalogue, "mine.json", NULL);
  g_autofree char *kept_journal = g_build_filename (kept, "journal.jsonl", NULL);

  g_assert_cmpint (g_mkdir_with_parents (catalogue, 0700), ==, 0);
  g_assert_cmpint (g_mkdir_with_parents (kept, 0700), ==, 0);
  g_assert_cmpint (g_chmod (folder, 0700), ==, 0);
  copy_fixture ("journal-six-weeks.jsonl", journal);
  copy_fixture ("program-gentle.json", program);
  copy_fixture ("valid-minimal.json", own);
  copy_fixture ("journal-six-weeks.jsonl", kept_journal);
  g_assert_true (g_file_set_contents (checkpoint, "{\"not\": \"read here\"}\n", -1, NULL));
  g_assert_cmpint (g_chmod (checkpoint, 0600), ==, 0);
}

static void
remove_data_folders (void)
{
  g_autofree char *folder = current_folder ();
  g_autofree char *former = vastus_files_former_data_dir ();

  vastus_test_remove_tree (folder);
  vastus_test_remove_tree (former);
}

/* The six weeks are there to read, through the default journal path. */
static void
assert_sessions_readable (void)
{
  g_autoptr (VastusJournal) journal = vastus_journal_new (NULL);
  g_autoptr (GError) error = NULL;

  g_assert_true (vastus_journal_load (journal, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (journal)), ==, 18);
}

static void
test_former_id_names (void)
{
  g_autofree char *folder = current_folder ();
  g_autofree char *former = vastus_files_former_data_dir ();
  g_autofree char *expected = g_build_filename (g_get_user_data_dir (), "io.github.vastus.Vastus", NULL);

  g_assert_cmpstr (APPLICATION_ID, ==, "io.github.vastus.vastus");
  g_assert_cmpstr (former, ==, expected);
  g_assert_true (g_str_has_prefix (former, g_getenv (VASTUS_TEST_ROOT_VARIABLE)));

  /* Nothing yet: the new folder, not made until something is saved. */
  remove_data_folders ();
  g_assert_true (vastus_files_move_former_data_dir (NULL));
  {
    g_autofree char *data = vastus_files_data_dir ();

    g_assert_cmpstr (data, ==, folder);
  }
  g_assert_false (g_file_test (folder, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (former, G_FILE_TEST_EXISTS));
}

/* Only the former folder: renamed, every file the same file, byte for
 * byte, with its mode. */
static void
test_former_id_moved (void)
{
  g_autofree char *folder = current_folder ();
  g_autofree char *former = vastus_files_former_data_dir ();
  g_autofree char *former_journal = g_build_filename (former, "journal.jsonl", NULL);
  g_autofree char *journal = g_build_filename (folder, "journal.jsonl", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *data = NULL;
  g_autoptr (GError) error = NULL;
  struct stat was, is;

  remove_data_folders ();
  fill_data_folder (former);
  before = tree_listing (former);
  g_assert_cmpint (g_stat (former_journal, &was), ==, 0);

  /* Until it is moved, it is the data folder. */
  data = vastus_files_data_dir ();
  g_assert_cmpstr (data, ==, former);
  g_clear_pointer (&data, g_free);

  g_test_expect_message ("vastus-files", G_LOG_LEVEL_MESSAGE, "Moved your Vastus data from *");
  g_assert_true (vastus_files_move_former_data_dir (&error));
  g_test_assert_expected_messages ();
  g_assert_no_error (error);

  g_assert_false (g_file_test (former, G_FILE_TEST_EXISTS));
  after = tree_listing (folder);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpuint (mode_of (folder), ==, 0700);
  /* Renamed, not copied. */
  g_assert_cmpint (g_stat (journal, &is), ==, 0);
  g_assert_cmpuint (is.st_ino, ==, was.st_ino);

  data = vastus_files_data_dir ();
  g_assert_cmpstr (data, ==, folder);
  assert_sessions_readable ();

  /* Once is enough: a second start finds nothing to move. */
  g_assert_true (vastus_files_move_former_data_dir (&error));
  g_assert_no_error (error);
  g_clear_pointer (&after, g_free);
  after = tree_listing (folder);
  g_assert_cmpstr (after, ==, before);
  g_assert_false (g_file_test (former, G_FILE_TEST_EXISTS));
  remove_data_folders ();
}

/* Only the new folder: nothing to do, nothing touched. */
static void
test_former_id_new_only (void)
{
  g_autofree char *folder = current_folder ();
  g_autofree char *former = vastus_files_former_data_dir ();
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *data = NULL;
  g_autoptr (GError) error = NULL;

  remove_data_folders ();
  fill_data_folder (folder);
  before = tree_listing (folder);

  g_assert_true (vastus_files_move_former_data_dir (&error));
  g_assert_no_error (error);
  after = tree_listing (folder);
  g_assert_cmpstr (after, ==, before);
  g_assert_false (g_file_test (former, G_FILE_TEST_EXISTS));
  data = vastus_files_data_dir ();
  g_assert_cmpstr (data, ==, folder);
  remove_data_folders ();
}

/* Both: the new one is the person's data; the former one is left exactly
 * as it is, and the log says so. */
static void
test_former_id_both (void)
{
  g_autofree char *folder = current_folder ();
  g_autofree char *former = vastus_files_former_data_dir ();
  g_autofree char *newer = g_build_filename (folder, "program.json", NULL);
  g_autofree char *former_before = NULL;
  g_autofree char *folder_before = NULL;
  g_autofree char *former_after = NULL;
  g_autofree char *folder_after = NULL;
  g_autofree char *data = NULL;
  g_autoptr (GError) error = NULL;

  remove_data_folders ();
  fill_data_folder (former);
  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  g_assert_true (g_file_set_contents (newer, "{\"newer\": true}\n", -1, NULL));
  former_before = tree_listing (former);
  folder_before = tree_listing (folder);

  g_test_expect_message ("vastus-files", G_LOG_LEVEL_MESSAGE, "*is left as it is*");
  g_assert_true (vastus_files_move_former_data_dir (&error));
  g_test_assert_expected_messages ();
  g_assert_no_error (error);

  former_after = tree_listing (former);
  folder_after = tree_listing (folder);
  g_assert_cmpstr (former_after, ==, former_before);
  g_assert_cmpstr (folder_after, ==, folder_before);
  data = vastus_files_data_dir ();
  g_assert_cmpstr (data, ==, folder);
  remove_data_folders ();
}

static void
count_message (const char     *domain,
               GLogLevelFlags  level,
               const char     *message,
               gpointer        data)
{
  (*(guint *) data)++;
}

/* One folder by both names (here a link; a file system that ignores case
 * does the same): nothing to move, nothing said. */
static void
test_former_id_same_folder (void)
{
  g_autofree char *folder = current_folder ();
  g_autofree char *former = vastus_files_former_data_dir ();
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *data = NULL;
  g_autoptr (GError) error = NULL;
  guint messages = 0;
  guint handler;

  remove_data_folders ();
  fill_data_folder (former);
  before = tree_listing (former);
  g_assert_cmpint (symlink (VASTUS_FORMER_APPLICATION_ID, folder), ==, 0);

  handler = g_log_set_handler ("vastus-files", G_LOG_LEVEL_MESSAGE, count_message, &messages);
  g_assert_true (vastus_files_move_former_data_dir (&error));
  g_log_remove_handler ("vastus-files", handler);
  g_assert_no_error (error);
  g_assert_cmpuint (messages, ==, 0);

  after = tree_listing (former);
  g_assert_cmpstr (after, ==, before);
  g_assert_true (g_file_test (folder, G_FILE_TEST_IS_SYMLINK));
  data = vastus_files_data_dir ();
  g_assert_cmpstr (data, ==, folder);
  assert_sessions_readable ();
  remove_data_folders ();
}

/* The rename fails: the error names both folders and the reason, nothing
 * moves, and the former folder stays the data folder, every session in it
 * read. */
static void
assert_move_failed (int         expected_errno,
                    const char *before)
{
  g_autofree char *folder = current_folder ();
  g_autofree char *former = vastus_files_former_data_dir ();
  g_autofree char *after = NULL;
  g_autofree char *data = NULL;
  g_autoptr (GError) error = NULL;

  g_assert_false (vastus_files_move_former_data_dir (&error));
  g_assert_error (error, G_FILE_ERROR, (int) g_file_error_from_errno (expected_errno));
  g_assert_nonnull (strstr (error->message, former));
  g_assert_nonnull (strstr (error->message, folder));
  g_assert_nonnull (strstr (error->message, g_strerror (expected_errno)));

  after = tree_listing (former);
  g_assert_cmpstr (after, ==, before);
  data = vastus_files_data_dir ();
  g_assert_cmpstr (data, ==, former);
  assert_sessions_readable ();

  /* The same again at the next start: still nothing lost. */
  g_clear_error (&error);
  g_assert_false (vastus_files_move_from_former_id (&error));
  g_assert_error (error, G_FILE_ERROR, (int) g_file_error_from_errno (expected_errno));
  g_clear_pointer (&after, g_free);
  after = tree_listing (former);
  g_assert_cmpstr (after, ==, before);
}

/* A file where the new folder would go. */
static void
test_former_id_file_in_the_way (void)
{
  g_autofree char *folder = current_folder ();
  g_autofree char *former = vastus_files_former_data_dir ();
  g_autofree char *before = NULL;
  g_autofree char *in_the_way = NULL;

  remove_data_folders ();
  fill_data_folder (former);
  g_assert_true (g_file_set_contents (folder, "not a folder", -1, NULL));
  before = tree_listing (former);

  assert_move_failed (ENOTDIR, before);

  /* The file in the way is left as it is too. */
  g_assert_true (g_file_get_contents (folder, &in_the_way, NULL, NULL));
  g_assert_cmpstr (in_the_way, ==, "not a folder");

  /* Once it is out of the way, the folder moves. */
  g_assert_cmpint (g_unlink (folder), ==, 0);
  g_test_expect_message ("vastus-files", G_LOG_LEVEL_MESSAGE, "Moved your Vastus data from *");
  g_assert_true (vastus_files_move_former_data_dir (NULL));
  g_test_assert_expected_messages ();
  g_clear_pointer (&in_the_way, g_free);
  in_the_way = tree_listing (folder);
  g_assert_cmpstr (in_the_way, ==, before);
  remove_data_folders ();
}

static void
chown_tree (const char *path,
            uid_t       uid,
            gid_t       gid)
{
  g_autoptr (GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  g_assert_cmpint (lchown (path, uid, gid), ==, 0);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      chown_tree (child, uid, gid);
    }
}

/* A data home the person may not write to. Root may write anywhere: as
 * root, the case runs in a child that is someone else, with the folders
 * given to them. */
static void
test_former_id_read_only (void)
{
  const char *root = g_getenv (VASTUS_TEST_ROOT_VARIABLE);
  const char *data_home = g_get_user_data_dir ();
  g_autofree char *former = vastus_files_former_data_dir ();
  g_autofree char *listing = g_build_filename (root, "read-only-listing", NULL);
  g_autofree char *before = NULL;

  if (g_test_subprocess ())
    {
      g_assert_true (g_file_get_contents (listing, &before, NULL, NULL));
      if (geteuid () == 0 && (setgid (65534) != 0 || setuid (65534) != 0))
        g_error ("Cannot become someone else: %s", g_strerror (errno));
      assert_move_failed (EACCES, before);
      return;
    }

  remove_data_folders ();
  fill_data_folder (former);
  before = tree_listing (former);
  g_assert_true (g_file_set_contents (listing, before, -1, NULL));
  g_assert_cmpint (g_chmod (data_home, 0500), ==, 0);

  if (geteuid () == 0)
    {
      g_assert_cmpint (g_chmod (root, 0711), ==, 0);
      chown_tree (data_home, 65534, 65534);
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  if (geteuid () == 0)
    {
      chown_tree (data_home, 0, 0);
      g_assert_cmpint (g_chmod (root, 0700), ==, 0);
    }
  g_assert_cmpint (g_chmod (data_home, 0700), ==, 0);
  g_test_trap_assert_passed ();

  /* Nothing changed for the person either. */
  {
    g_autofree char *after = tree_listing (former);

    g_assert_cmpstr (after, ==, before);
  }
  g_unlink (listing);
  remove_data_folders ();
}

/* A Vastus from before the rename still running writes to the former
 * folder: it is not moved from under it, and stays the data folder. */
static void
test_former_id_running (void)
{
  g_autoptr (GDBusConnection) bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, NULL);
  g_autofree char *folder = current_folder ();
  g_autofree char *former = vastus_files_former_data_dir ();
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *data = NULL;
  g_autoptr (GVariant) reply = NULL;
  g_autoptr (GError) error = NULL;
  guint32 result = 0;

  g_assert_nonnull (bus);
  remove_data_folders ();
  fill_data_folder (former);
  before = tree_listing (former);
  reply = g_dbus_connection_call_sync (bus, "org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus",
                                       "RequestName", g_variant_new ("(su)", VASTUS_FORMER_APPLICATION_ID, 4),
                                       G_VARIANT_TYPE ("(u)"), G_DBUS_CALL_FLAGS_NONE, -1, NULL, &error);
  g_assert_no_error (error);
  g_variant_get (reply, "(u)", &result);
  g_assert_cmpuint (result, ==, 1);
  g_clear_pointer (&reply, g_variant_unref);

  g_test_expect_message ("vastus-files", G_LOG_LEVEL_MESSAGE, "*is running on*");
  g_assert_true (vastus_files_move_former_data_dir (&error));
  g_test_assert_expected_messages ();
  g_assert_no_error (error);
  after = tree_listing (former);
  g_assert_cmpstr (after, ==, before);
  g_assert_false (g_file_test (folder, G_FILE_TEST_EXISTS));
  data = vastus_files_data_dir ();
  g_assert_cmpstr (data, ==, former);

  /* Once it has quit, the next start moves the folder. */
  reply = g_dbus_connection_call_sync (bus, "org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus",
                                       "ReleaseName", g_variant_new ("(s)", VASTUS_FORMER_APPLICATION_ID),
                                       G_VARIANT_TYPE ("(u)"), G_DBUS_CALL_FLAGS_NONE, -1, NULL, &error);
  g_assert_no_error (error);
  g_test_expect_message ("vastus-files", G_LOG_LEVEL_MESSAGE, "Moved your Vastus data from *");
  g_assert_true (vastus_files_move_former_data_dir (&error));
  g_test_assert_expected_messages ();
  g_assert_no_error (error);
  g_clear_pointer (&after, g_free);
  after = tree_listing (folder);
  g_assert_cmpstr (after, ==, before);
  remove_data_folders ();
}

/* At start-up both move: the data folder and the reminders' autostart
 * entry. */
static void
test_former_id_everything (void)
{
  g_autofree char *folder = current_folder ();
  g_autofree char *former = vastus_files_former_data_dir ();
  g_autofree char *autostart = vastus_background_autostart_path ();
  g_autofree char *former_autostart = vastus_background_former_autostart_path ();
  g_autofree char *autostart_folder = g_path_get_dirname (former_autostart);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr (GError) error = NULL;

  remove_data_folders ();
  fill_data_folder (former);
  before = tree_listing (former);
  g_assert_cmpint (g_mkdir_with_parents (autostart_folder, 0700), ==, 0);
  g_assert_true (g_file_set_contents (former_autostart, "[Desktop Entry]\nType=Application\n"
                                                        "Exec=/usr/bin/vastus --reminders\n", -1, NULL));

  g_test_expect_message ("vastus-background", G_LOG_LEVEL_MESSAGE, "Moved the reminders' autostart entry *");
  g_test_expect_message ("vastus-files", G_LOG_LEVEL_MESSAGE, "Moved your Vastus data from *");
  g_assert_true (vastus_files_move_from_former_id (&error));
  g_test_assert_expected_messages ();
  g_assert_no_error (error);

  after = tree_listing (folder);
  g_assert_cmpstr (after, ==, before);
  g_assert_false (g_file_test (former, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (autostart, G_FILE_TEST_IS_REGULAR));
  g_assert_false (g_file_test (former_autostart, G_FILE_TEST_EXISTS));
  g_assert_cmpint (g_unlink (autostart), ==, 0);
  remove_data_folders ();
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr (GTestDBus) bus = NULL;
  int status;

  /* Before anything reads HOME or the XDG folders. */
  vastus_test_env_init ();

  g_test_init (&argc, &argv, NULL);

  /* A session bus of this test's own, where a Vastus from before the rename
   * can be seen running; a child the test starts again uses its parent's. */
  if (!g_test_subprocess ())
    {
      bus = g_test_dbus_new (G_TEST_DBUS_NONE);
      g_test_dbus_up (bus);
    }

  g_test_add_func ("/vastus/files/data-folder-private/made", test_private_folder_made);
  g_test_add_func ("/vastus/files/data-folder-private/tightened", test_private_folder_tightened);
  g_test_add_func ("/vastus/files/data-folder-private/not-owned", test_private_folder_not_owned);
  g_test_add_func ("/vastus/files/data-folder-private/program-save", test_private_folder_program_save);
  g_test_add_func ("/vastus/files/data-folder-private/journal-append", test_private_folder_journal_append);
  g_test_add_func ("/vastus/files/stale-temporaries/removed", test_stale_temporaries_removed);
  g_test_add_func ("/vastus/files/stale-temporaries/removed-by-save", test_stale_temporaries_removed_by_save);
  g_test_add_func ("/vastus/files/former-id/names", test_former_id_names);
  g_test_add_func ("/vastus/files/former-id/moved", test_former_id_moved);
  g_test_add_func ("/vastus/files/former-id/new-only", test_former_id_new_only);
  g_test_add_func ("/vastus/files/former-id/both", test_former_id_both);
  g_test_add_func ("/vastus/files/former-id/same-folder", test_former_id_same_folder);
  g_test_add_func ("/vastus/files/former-id/file-in-the-way", test_former_id_file_in_the_way);
  g_test_add_func ("/vastus/files/former-id/read-only", test_former_id_read_only);
  g_test_add_func ("/vastus/files/former-id/running", test_former_id_running);
  g_test_add_func ("/vastus/files/former-id/everything", test_former_id_everything);

  status = g_test_run ();
  if (bus != NULL)
    g_test_dbus_down (bus);
  return status;
}
