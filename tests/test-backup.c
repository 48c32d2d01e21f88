/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/wait.h>

#include "vastus-backup.h"
#include "vastus-json.h"
#include "vastus-test-env.h"

/*
 * Backing up and restoring: a backup gives back every file byte for byte and
 * the preferences; a damaged one is refused before anything is changed; a
 * restore keeps what was there before in a dated folder.
 */

typedef struct
{
  char      *root;       /* a fresh folder for each case */
  char      *data;       /* a data folder with the fixtures in it */
  char      *empty;      /* a data folder that does not exist yet */
  GFile     *file;       /* where the backup goes */
  GSettings *settings;
  GDateTime *now;
} Fixture;

static char *
fixture_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "fixtures", name, NULL);
}

static void
copy_fixture (const char *name,
              const char *to)
{
  g_autofree char *from = fixture_path (name);
  g_autofree char *data = NULL;
  g_autofree char *parent = g_path_get_dirname (to);
  g_autoptr (GError) error = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (from, &data, &length, &error));
  g_assert_cmpint (g_mkdir_with_parents (parent, 0700), ==, 0);
  g_assert_true (g_file_set_contents (to, data, (gssize) length, &error));
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *journal = NULL;
  g_autofree char *program = NULL;
  g_autofree char *catalogue = NULL;
  g_autofree char *backup = NULL;

  fixture->root = g_dir_make_tmp ("vastus-backup-test-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->data = g_build_filename (fixture->root, "data", NULL);
  fixture->empty = g_build_filename (fixture->root, "empty", NULL);

  journal = g_build_filename (fixture->data, "journal.jsonl", NULL);
  program = g_build_filename (fixture->data, "program.json", NULL);
  catalogue = g_build_filename (fixture->data, "catalogue.d", "my-exercises.json", NULL);
  copy_fixture ("journal-six-weeks.jsonl", journal);
  copy_fixture ("program-gentle.json", program);
  copy_fixture ("valid-minimal.json", catalogue);

  backup = g_build_filename (fixture->root, "vastus-backup-2026-12-02" VASTUS_BACKUP_SUFFIX, NULL);
  fixture->file = g_file_new_for_path (backup);

  fixture->settings = vastus_backup_settings_new ();
  g_assert_nonnull (fixture->settings);
  g_settings_set_boolean (fixture->settings, "sound-cues", FALSE);
  g_settings_set_value (fixture->settings, "own-clips", g_variant_new_parsed ("{'wall-sit': '/clips/wall sit.webm'}"));
  g_settings_set_int (fixture->settings, "window-width", 777);

  fixture->now = g_date_time_new_utc (2026, 12, 2, 10, 0, 0);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_settings_reset (fixture->settings, "sound-cues");
  g_settings_reset (fixture->settings, "own-clips");
  g_settings_reset (fixture->settings, "window-width");
  g_assert_finalize_object (fixture->settings);
  g_assert_finalize_object (fixture->file);
  g_date_time_unref (fixture->now);
  vastus_test_remove_tree (fixture->root);
  g_free (fixture->root);
  g_free (fixture->data);
  g_free (fixture->empty);
}

/* Every file under @folder, path → contents, to see that nothing changed. */
static void
snapshot_into (GHashTable *files,
               const char *folder,
               const char *prefix)
{
  g_autoptr (GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, name, NULL);
      g_autofree char *relative = g_build_filename (prefix, name, NULL);
      char *data = NULL;

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        {
          g_hash_table_insert (files, g_strconcat (relative, "/", NULL), g_strdup (""));
          snapshot_into (files, path, relative);
          continue;
        }
      g_assert_true (g_file_get_contents (path, &data, NULL, NULL));
      g_hash_table_insert (files, g_steal_pointer (&relative), data);
    }
}

static GHashTable *
snapshot (const char *folder)
{
  GHashTable *files = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  snapshot_into (files, folder, "");
  return files;
}

static void
assert_same_tree (GHashTable *before,
                  GHashTable *after)
{
  GHashTableIter iter;
  gpointer key, value;

  g_assert_cmpuint (g_hash_table_size (before), ==, g_hash_table_size (after));
  g_hash_table_iter_init (&iter, before);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      g_assert_true (g_hash_table_contains (after, key));
      g_assert_cmpstr (value, ==, g_hash_table_lookup (after, key));
    }
}

static void
assert_same_file (const char *a_folder,
                  const char *b_folder,
                  const char *relative)
{
  g_autofree char *a = g_build_filename (a_folder, relative, NULL);
  g_autofree char *b = g_build_filename (b_folder, relative, NULL);
  g_autofree char *a_data = NULL;
  g_autofree char *b_data = NULL;
  gsize a_length, b_length;

  g_assert_true (g_file_get_contents (a, &a_data, &a_length, NULL));
  g_assert_true (g_file_get_contents (b, &b_data, &b_length, NULL));
  g_assert_cmpmem (a_data, a_length, b_data, b_length);
}

static void
back_up (Fixture *fixture)
{
  g_autoptr (GError) error = NULL;

  g_assert_true (vastus_backup_write (fixture->file, fixture->data, fixture->settings, fixture->now, &error));
  g_assert_no_error (error);
}

static void
test_round_trip (Fixture       *fixture,
                 gconstpointer  user_data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (VastusBackup) backup = NULL;
  g_autoptr (GDateTime) created = NULL;
  g_autoptr (GVariant) clips = NULL;
  g_auto (GStrv) catalogue = NULL;
  g_autofree char *kept = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *kept_preferences = NULL;
  g_autofree char *text = NULL;
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;

  back_up (fixture);

  /* What restoring would bring back, before anything is changed. */
  backup = vastus_backup_read (fixture->file, &error);
  g_assert_no_error (error);
  g_assert_nonnull (backup);
  g_assert_true (g_date_time_equal (vastus_backup_get_created (backup), fixture->now));
  g_assert_cmpstr (vastus_backup_get_app_version (backup), ==, PACKAGE_VERSION);
  g_assert_cmpuint (vastus_backup_get_n_sessions (backup), ==, 18);
  first = g_date_time_format (vastus_backup_get_first_session (backup), "%Y-%m-%d");
  last = g_date_time_format (vastus_backup_get_last_session (backup), "%Y-%m-%d");
  g_assert_cmpstr (first, ==, "2026-10-10");
  g_assert_cmpstr (last, >, first);
  g_assert_cmpstr (vastus_backup_get_program_name (backup), ==, "Gentle start");
  g_assert_cmpuint (vastus_backup_get_n_exercises (backup), >, 0);
  catalogue = vastus_backup_get_catalogue_files (backup);
  g_assert_cmpstrv (catalogue, ((const char * const[]) { "my-exercises.json", NULL }));
  /* The window's size is not the person's: it stays on this screen. */
  g_assert_cmpuint (vastus_backup_get_n_preferences (backup), >=, 2);
  summary = vastus_backup_describe (backup);
  g_assert_nonnull (strstr (summary, "18 sessions, from 10 October 2026 to "));
  g_assert_nonnull (strstr (summary, "Gentle start"));
  g_assert_nonnull (strstr (summary, "my-exercises.json"));

  /* Another computer: no data folder yet, the preferences as they come. */
  g_settings_reset (fixture->settings, "sound-cues");
  g_settings_reset (fixture->settings, "own-clips");
  g_settings_set_int (fixture->settings, "window-width", 500);

  g_assert_true (vastus_backup_restore (backup, fixture->empty, fixture->settings, fixture->now, &kept, &error));
  g_assert_no_error (error);

  assert_same_file (fixture->data, fixture->empty, "journal.jsonl");
  assert_same_file (fixture->data, fixture->empty, "program.json");
  assert_same_file (fixture->data, fixture->empty, "catalogue.d/my-exercises.json");
  g_assert_false (g_settings_get_boolean (fixture->settings, "sound-cues"));
  clips = g_settings_get_value (fixture->settings, "own-clips");
  text = g_variant_print (clips, FALSE);
  g_assert_cmpstr (text, ==, "{'wall-sit': '/clips/wall sit.webm'}");
  g_assert_cmpint (g_settings_get_int (fixture->settings, "window-width"), ==, 500);

  /* Only the preferences were there before, and they are kept. */
  g_assert_nonnull (kept);
  g_assert_true (g_str_has_suffix (kept, "/before-restore-2026-12-02T10-00-00"));
  kept_preferences = g_build_filename (kept, "preferences.json", NULL);
  g_assert_true (g_file_test (kept_preferences, G_FILE_TEST_IS_REGULAR));
}

/* The backup as the test damages it. */
static char *
load_backup (Fixture *fixture)
{
  char *data = NULL;

  g_assert_true (g_file_load_contents (fixture->file, NULL, &data, NULL, NULL, NULL));
  return data;
}

static void
save_backup (Fixture    *fixture,
             const char *data)
{
  g_autoptr (GError) error = NULL;

  g_assert_true (g_file_replace_contents (fixture->file, data, strlen (data), NULL, FALSE, 0, NULL, NULL, &error));
  g_assert_no_error (error);
}

static cJSON *
file_entry (cJSON      *root,
            const char *path)
{
  cJSON *entry;

  cJSON_ArrayForEach (entry, cJSON_GetObjectItem (root, "files"))
    if (g_str_equal (cJSON_GetObjectItem (entry, "path")->valuestring, path))
      return entry;
  g_assert_not_reached ();
}

/* Puts @contents in place of @path's, with a matching size and checksum. */
static void
replace_file (cJSON      *root,
              const char *path,
              const char *contents)
{
  cJSON *entry = file_entry (root, path);
  g_autofree char *data = g_base64_encode ((const guchar *) contents, strlen (contents));
  g_autofree char *sum = g_compute_checksum_for_string (G_CHECKSUM_SHA256, contents, -1);

  cJSON_ReplaceItemInObject (entry, "data", cJSON_CreateString (data));
  cJSON_ReplaceItemInObject (entry, "sha256", cJSON_CreateString (sum));
  cJSON_ReplaceItemInObject (entry, "size", cJSON_CreateNumber ((double) strlen (contents)));
}

typedef enum
{
  DAMAGE_TRUNCATED,
  DAMAGE_BAD_JSON,
  DAMAGE_WRONG_KIND,
  DAMAGE_NEWER_FORMAT,
  DAMAGE_BAD_CHECKSUM,
  DAMAGE_CHANGED_DATA,
  DAMAGE_ESCAPING_PATH,
  DAMAGE_BAD_PROGRAM,
  DAMAGE_BAD_PREFERENCE,
  N_DAMAGES
} Damage;

static void
damage (Fixture *fixture,
        Damage   how)
{
  g_autofree char *data = load_backup (fixture);
  g_autoptr (cJSON) root = cJSON_Parse (data);
  g_autofree char *text = NULL;
  cJSON *entry;
  char *digits;

  g_assert_nonnull (root);

  switch (how)
    {
    case DAMAGE_TRUNCATED:
      data[strlen (data) / 2] = '\0';
      save_backup (fixture, data);
      return;
    case DAMAGE_BAD_JSON:
      data[0] = '[';
      save_backup (fixture, data);
      return;
    case DAMAGE_WRONG_KIND:
      cJSON_ReplaceItemInObject (root, "kind", cJSON_CreateString ("vastus-programme"));
      break;
    case DAMAGE_NEWER_FORMAT:
      cJSON_ReplaceItemInObject (root, "format", cJSON_CreateNumber (VASTUS_BACKUP_FORMAT + 1));
      break;
    case DAMAGE_BAD_CHECKSUM:
      digits = cJSON_GetObjectItem (file_entry (root, "journal.jsonl"), "sha256")->valuestring;
      digits[10] = digits[10] == '0' ? '1' : '0';
      break;
    case DAMAGE_CHANGED_DATA:
      /* Same length, other bytes: only the checksum tells. */
      digits = cJSON_GetObjectItem (file_entry (root, "program.json"), "data")->valuestring;
      digits[8] = digits[8] == 'A' ? 'B' : 'A';
      break;
    case DAMAGE_ESCAPING_PATH:
      entry = file_entry (root, "catalogue.d/my-exercises.json");
      cJSON_ReplaceItemInObject (entry, "path", cJSON_CreateString ("catalogue.d/../../evil.json"));
      break;
    case DAMAGE_BAD_PROGRAM:
      replace_file (root, "program.json", "{\"version\": 1, \"exercises\": 12}");
      break;
    case DAMAGE_BAD_PREFERENCE:
      cJSON_ReplaceItemInObject (cJSON_GetObjectItem (root, "preferences"), "sound-cues",
                                 cJSON_CreateString ("{not a variant"));
      break;
    case N_DAMAGES:
    default:
      g_assert_not_reached ();
    }

  text = cJSON_Print (root);
  save_backup (fixture, text);
}

static void
test_damaged (Fixture       *fixture,
              gconstpointer  user_data)
{
  static const char * const reasons[N_DAMAGES] = {
    [DAMAGE_TRUNCATED] = "line",
    [DAMAGE_BAD_JSON] = "line",
    [DAMAGE_WRONG_KIND] = "“kind” must be “vastus-backup”",
    [DAMAGE_NEWER_FORMAT] = "format 2",
    [DAMAGE_BAD_CHECKSUM] = "journal.jsonl: its checksum does not match",
    [DAMAGE_CHANGED_DATA] = "program.json: its checksum does not match",
    [DAMAGE_ESCAPING_PATH] = "“path” must name",
    [DAMAGE_BAD_PROGRAM] = "program.json",
    [DAMAGE_BAD_PREFERENCE] = "preference “sound-cues”",
  };

  for (Damage how = 0; how < N_DAMAGES; how++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (VastusBackup) backup = NULL;
      g_autoptr (GHashTable) before = NULL;
      g_autoptr (GHashTable) after = NULL;
      g_autofree char *name = g_file_get_basename (fixture->file);

      back_up (fixture);
      damage (fixture, how);
      before = snapshot (fixture->data);

      backup = vastus_backup_read (fixture->file, &error);
      g_test_message ("damage %d: %s", how, error != NULL ? error->message : "(none)");
      g_assert_null (backup);
      g_assert_error (error, VASTUS_BACKUP_ERROR, VASTUS_BACKUP_ERROR_INVALID);
      /* The file, then why. */
      g_assert_true (g_str_has_prefix (error->message, name));
      g_assert_nonnull (strstr (error->message, reasons[how]));

      after = snapshot (fixture->data);
      assert_same_tree (before, after);
      g_assert_false (g_settings_get_boolean (fixture->settings, "sound-cues"));
    }
}

static void
test_keeps_current (Fixture       *fixture,
                    gconstpointer  user_data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (VastusBackup) backup = NULL;
  g_autoptr (GHashTable) current = NULL;
  g_autoptr (GHashTable) kept_tree = NULL;
  g_autofree char *kept = NULL;
  g_autofree char *journal = g_build_filename (fixture->data, "journal.jsonl", NULL);
  g_autofree char *catalogue = g_build_filename (fixture->data, "catalogue.d", "my-exercises.json", NULL);
  g_autofree char *clip = g_build_filename (fixture->data, "catalogue.d", "wall-sit.webm", NULL);
  g_autofree char *preferences = NULL;
  g_autofree char *preferences_text = NULL;
  g_autofree char *taken = NULL;
  g_autofree char *second = NULL;
  g_autofree char *first_kept = NULL;
  g_autoptr (cJSON) kept_preferences = NULL;

  back_up (fixture);
  backup = vastus_backup_read (fixture->file, &error);
  g_assert_no_error (error);

  /* Since the backup: one more session logged, the catalogue file removed,
   * a clip added, a preference changed. */
  g_assert_true (g_file_set_contents (journal, "{\"type\":\"session\",\"version\":1}\n", -1, NULL));
  g_assert_cmpint (g_unlink (catalogue), ==, 0);
  g_assert_true (g_file_set_contents (clip, "a clip", -1, NULL));
  g_settings_set_boolean (fixture->settings, "sound-cues", TRUE);
  current = snapshot (fixture->data);

  g_assert_true (vastus_backup_restore (backup, fixture->data, fixture->settings, fixture->now, &kept, &error));
  g_assert_no_error (error);

  /* What was there is kept as it was, but for the clips, which stay. */
  first_kept = g_build_filename (fixture->data, "before-restore-2026-12-02T10-00-00", NULL);
  g_assert_cmpstr (kept, ==, first_kept);
  kept_tree = snapshot (kept);
  g_assert_cmpstr (g_hash_table_lookup (kept_tree, "/journal.jsonl"), ==, g_hash_table_lookup (current, "/journal.jsonl"));
  g_assert_cmpstr (g_hash_table_lookup (kept_tree, "/program.json"), ==, g_hash_table_lookup (current, "/program.json"));
  g_assert_false (g_hash_table_contains (kept_tree, "/catalogue.d/my-exercises.json"));
  g_assert_true (g_file_test (clip, G_FILE_TEST_IS_REGULAR));
  preferences = g_build_filename (kept, "preferences.json", NULL);
  g_assert_true (g_file_get_contents (preferences, &preferences_text, NULL, NULL));
  kept_preferences = cJSON_Parse (preferences_text);
  g_assert_cmpstr (cJSON_GetObjectItem (kept_preferences, "sound-cues")->valuestring, ==, "true");

  /* The backup's data is back. */
  g_assert_false (g_settings_get_boolean (fixture->settings, "sound-cues"));
  g_assert_true (g_file_test (catalogue, G_FILE_TEST_IS_REGULAR));
  g_assert_true (g_file_get_contents (journal, &taken, NULL, NULL));
  g_assert_cmpuint (strlen (taken), >, 10000);

  /* A second restore in the same second keeps the first's folder. */
  g_clear_pointer (&kept, g_free);
  g_assert_true (vastus_backup_restore (backup, fixture->data, fixture->settings, fixture->now, &kept, &error));
  g_assert_no_error (error);
  second = g_build_filename (fixture->data, "before-restore-2026-12-02T10-00-00-2", NULL);
  g_assert_cmpstr (kept, ==, second);
  g_clear_pointer (&kept_tree, g_hash_table_unref);
  kept_tree = snapshot (first_kept);
  g_assert_cmpstr (g_hash_table_lookup (kept_tree, "/journal.jsonl"), ==, g_hash_table_lookup (current, "/journal.jsonl"));
}

/* A write that fails half-way puts the files back where they were. */
static void
test_failed_restore (Fixture       *fixture,
                     gconstpointer  user_data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (VastusBackup) backup = NULL;
  g_autoptr (GHashTable) before = NULL;
  g_autoptr (GHashTable) after = NULL;
  g_autofree char *program = g_build_filename (fixture->data, "program.json", NULL);
  g_autofree char *inside = g_build_filename (program, "in-the-way", NULL);
  g_autofree char *kept = NULL;

  back_up (fixture);
  backup = vastus_backup_read (fixture->file, &error);
  g_assert_no_error (error);

  /* A folder where program.json goes: the journal and the catalogue file
   * are moved aside and the journal written before that fails. */
  g_assert_cmpint (g_unlink (program), ==, 0);
  g_assert_cmpint (g_mkdir_with_parents (inside, 0700), ==, 0);
  g_settings_set_boolean (fixture->settings, "sound-cues", TRUE);
  before = snapshot (fixture->data);

  g_assert_false (vastus_backup_restore (backup, fixture->data, fixture->settings, fixture->now, &kept, &error));
  g_test_message ("%s", error->message);
  g_assert_error (error, VASTUS_BACKUP_ERROR, VASTUS_BACKUP_ERROR_WRITE);
  g_assert_nonnull (strstr (error->message, "program.json"));
  g_assert_null (kept);

  after = snapshot (fixture->data);
  assert_same_tree (before, after);
  g_assert_true (g_settings_get_boolean (fixture->settings, "sound-cues"));
}

/* vastus --backup FILE and vastus --restore FILE [--yes], on the data folder
 * of this test program. */
static int
run_vastus (const char  *option,
            const char  *path,
            gboolean     yes,
            char       **out,
            char       **err)
{
  const char *argv[] = { g_getenv ("VASTUS_BINARY"), option, path, yes ? "--yes" : NULL, NULL };
  g_autoptr (GError) error = NULL;
  int status = -1;

  g_assert_nonnull (argv[0]);
  /* stdin is not a terminal: a restore without --yes does not ask. */
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, out, err,
                               &status, &error));
  g_assert_no_error (error);
  return g_spawn_check_wait_status (status, NULL) ? 0 : WEXITSTATUS (status);
}

static void
test_command_line (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_autofree char *folder = g_build_filename (g_get_user_data_dir (), APPLICATION_ID, NULL);
  g_autofree char *path = g_file_get_path (fixture->file);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr (GHashTable) before = NULL;
  g_autoptr (GHashTable) after = NULL;
  g_autoptr (GDir) dir = NULL;
  const char *name;
  guint kept = 0;

  vastus_test_remove_tree (folder);
  g_assert_cmpint (g_rename (fixture->data, folder), ==, 0);

  g_assert_cmpint (run_vastus ("--backup", path, FALSE, &out, &err), ==, 0);
  g_assert_nonnull (strstr (out, "18 sessions"));
  g_assert_cmpstr (err, ==, "");
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* Restoring into an empty data folder, on another computer. */
  g_assert_cmpint (g_rename (folder, fixture->data), ==, 0);

  /* Without --yes and without a terminal to ask on, nothing is restored. */
  g_assert_cmpint (run_vastus ("--restore", path, FALSE, &out, &err), ==, 1);
  g_assert_nonnull (strstr (out, "Programme “Gentle start”"));
  g_assert_nonnull (strstr (err, "--yes"));
  g_assert_false (g_file_test (folder, G_FILE_TEST_EXISTS));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run_vastus ("--restore", path, TRUE, &out, &err), ==, 0);
  g_assert_nonnull (strstr (out, "Restored."));
  assert_same_file (fixture->data, folder, "journal.jsonl");
  assert_same_file (fixture->data, folder, "program.json");
  assert_same_file (fixture->data, folder, "catalogue.d/my-exercises.json");
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* A damaged backup: refused, with the file and the reason, nothing changed. */
  before = snapshot (folder);
  g_assert_true (g_file_set_contents (path, "{\"kind\": \"vastus-backup\", \"format\": 1", -1, NULL));
  g_assert_cmpint (run_vastus ("--restore", path, TRUE, &out, &err), ==, 1);
  g_assert_nonnull (strstr (err, "vastus-backup-2026-12-02.vastus-backup is not a backup Vastus can restore"));
  after = snapshot (folder);
  assert_same_tree (before, after);

  dir = g_dir_open (folder, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    kept += g_str_has_prefix (name, "before-restore-");
  g_assert_cmpuint (kept, ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  vastus_test_env_init ();
  g_setenv ("TZ", "UTC", TRUE);
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/vastus/backup/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("round-trip", test_round_trip);
  ADD ("damaged", test_damaged);
  ADD ("keeps-current", test_keeps_current);
  ADD ("failed-restore", test_failed_restore);
  ADD ("command-line", test_command_line);
#undef ADD

  return g_test_run ();
}
