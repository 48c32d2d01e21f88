/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "vastus-program-file.h"
#include "vastus-store.h"
#include "vastus-test-env.h"

/*
 * Programme files a physiotherapist sends: read and checked, compared with
 * the person's programme, imported by replacing or merging, and exported.
 * Each case starts from an empty data folder with the gentle programme set
 * up, on a fake clock.
 */

#define S ((gint64) G_USEC_PER_SEC)

typedef struct
{
  VastusClock *clock;
  VastusStore *store;
  char        *folder;
  char        *scratch;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  VastusJournal *journal;
  g_autoptr (GError) error = NULL;

  fixture->folder = g_build_filename (g_get_user_data_dir (), APPLICATION_ID, NULL);
  vastus_test_remove_tree (fixture->folder);
  fixture->scratch = g_build_filename (g_get_tmp_dir (), "program-files", NULL);
  vastus_test_remove_tree (fixture->scratch);
  g_assert_cmpint (g_mkdir_with_parents (fixture->scratch, 0700), ==, 0);

  fixture->clock = vastus_fake_clock_new (1000 * S);
  fixture->store = vastus_store_new (fixture->clock);
  vastus_store_load (fixture->store);
  journal = vastus_store_get_journal (fixture->store);
  while (!vastus_journal_is_loaded (journal) && vastus_journal_get_load_error (journal) == NULL)
    g_main_context_iteration (NULL, TRUE);

  g_assert_true (vastus_store_set_up (fixture->store, "phase-1-gentle", "right", &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_finalize_object (fixture->store);
  g_assert_finalize_object (fixture->clock);
  vastus_test_remove_tree (fixture->folder);
  vastus_test_remove_tree (fixture->scratch);
  g_free (fixture->folder);
  g_free (fixture->scratch);
}

static VastusProgramFile *
open_fixture (Fixture    *fixture,
              const char *name,
              GError    **error)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", name, NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);

  return vastus_store_open_program_file (fixture->store, file, error);
}

/* The programme as "id dose" lines, with sessions a week and notes. */
static char *
describe (VastusProgram *program)
{
  GString *text = g_string_new (NULL);

  g_string_append_printf (text, "%d a week; %s\n", vastus_program_get_sessions_per_week (program),
                          vastus_program_get_notes (program) != NULL ? vastus_program_get_notes (program) : "-");
  for (guint i = 0; i < vastus_program_get_n_exercises (program); i++)
    {
      VastusExercise *exercise = vastus_program_get_exercise (program, i);
      g_autoptr (cJSON) dose = vastus_dose_to_json (vastus_program_get_dose (program, i));
      g_autofree char *json = cJSON_PrintUnformatted (dose);

      g_string_append_printf (text, "%s %s\n", vastus_exercise_get_id (exercise), json);
    }
  return g_string_free (text, FALSE);
}

static const char *
last_reason (Fixture *fixture)
{
  VastusJournal *journal = vastus_store_get_journal (fixture->store);
  guint n = vastus_journal_get_n_program_changes (journal);

  g_assert_cmpuint (n, >, 0);
  return cJSON_GetObjectItem (vastus_journal_get_program_change (journal, n - 1), "reason")->valuestring;
}

static void
test_read_example (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (VastusProgramFile) file = open_fixture (fixture, "program-physio.vastus-program.json", &error);

  g_assert_no_error (error);
  g_assert_cmpint (vastus_program_file_get_sessions_per_week (file), ==, 4);
  g_assert_nonnull (strstr (vastus_program_file_get_notes (file), "shallow"));
  g_assert_cmpuint (vastus_program_file_get_n_exercises (file), ==, 6);
  g_assert_cmpstr (vastus_program_file_get_exercise_id (file, 2), ==, "towel-knee-press");
  g_assert_cmpuint (vastus_program_file_get_n_extra_exercises (file), ==, 1);
  g_assert_cmpfloat (vastus_dose_get (vastus_program_file_get_dose (file, 1), VASTUS_DOSE_REPS), ==, 12);
  /* Reading changes nothing: the file's own exercise is not in the library yet. */
  g_assert_null (vastus_catalogue_lookup (vastus_store_get_catalogue (fixture->store), "towel-knee-press"));
  g_assert_true (vastus_program_file_is_program (vastus_program_file_get_path (file)));
}

/* Every problem of a bad file, each naming the file, the field and why;
 * the programme is left as it was. */
static void
test_bad_files (Fixture       *fixture,
                gconstpointer  data)
{
  static const struct
  {
    const char *file;
    const char *lines[6];
  } cases[] = {
    { "bad-program-dose.vastus-program.json",
      { "bad-program-dose.vastus-program.json: sessions_per_week: must be a whole number from 1 to 7, not 9",
        "bad-program-dose.vastus-program.json: exercises[1].dose.reps: must be from 6 to 15, the bounds of Quad set, not 20",
        "bad-program-dose.vastus-program.json: exercises[2].id: names 'no-such-exercise', which is not in the catalogue",
        "bad-program-dose.vastus-program.json: exercises[3].dose.hold_s: is missing: Wall sit is dosed with it",
        "bad-program-dose.vastus-program.json: exercises[4].id: names 'quad-set' a second time (first at exercises[1])",
        NULL } },
    { "bad-program-format.vastus-program.json",
      { "bad-program-format.vastus-program.json: format: is 2, but this version of Vastus reads format 1",
        "bad-program-format.vastus-program.json: notes: must be a string, not a number",
        "bad-program-format.vastus-program.json: exercises[0].dose.sets: is missing",
        NULL } },
    { "bad-program-clip.vastus-program.json",
      { "bad-program-clip.vastus-program.json: catalogue: exercise 'towel-knee-press': clip must stay inside the catalogue's folder, not '../outside.webm'",
        NULL } },
    { "valid-minimal.json",
      { "valid-minimal.json: kind: is missing",
        "valid-minimal.json: sessions_per_week: is missing",
        NULL } },
    { "bad-truncated.json", { "bad-truncated.json: ", NULL } },
  };
  g_autofree char *before = describe (vastus_store_get_program (fixture->store));
  g_autofree char *after = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (VastusProgramFile) file = open_fixture (fixture, cases[i].file, &error);

      g_assert_null (file);
      g_assert_error (error, VASTUS_PROGRAM_ERROR, VASTUS_PROGRAM_ERROR_INVALID);
      for (guint k = 0; cases[i].lines[k] != NULL; k++)
        if (strstr (error->message, cases[i].lines[k]) == NULL)
          g_error ("%s: expected\n  %s\nin\n%s", cases[i].file, cases[i].lines[k], error->message);
    }

  after = describe (vastus_store_get_program (fixture->store));
  g_assert_cmpstr (after, ==, before);
}

/* Export, change the programme, import the export: the same programme. */
static void
test_round_trip (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->scratch, "mine" VASTUS_PROGRAM_FILE_SUFFIX, NULL);
  g_autoptr (GFile) out = g_file_new_for_path (path);
  g_autoptr (VastusProgramFile) file = NULL;
  g_autofree char *exported = NULL;
  g_autofree char *changed = NULL;
  g_autofree char *imported = NULL;
  VastusDose dose;

  dose = *vastus_program_get_dose (vastus_store_get_program (fixture->store), 1);
  vastus_dose_set (&dose, VASTUS_DOSE_REPS, 13);
  g_assert_true (vastus_store_set_dose (fixture->store, 1, &dose, &error));
  g_assert_true (vastus_store_set_sessions_per_week (fixture->store, 5, &error));
  g_assert_no_error (error);
  exported = describe (vastus_store_get_program (fixture->store));
  g_assert_true (vastus_store_export_program (fixture->store, out, &error));
  g_assert_no_error (error);
  g_assert_true (vastus_program_file_is_program (path));

  g_assert_true (vastus_store_change_starter (fixture->store, "phase-3-stronger", &error));
  g_assert_no_error (error);
  changed = describe (vastus_store_get_program (fixture->store));
  g_assert_cmpstr (changed, !=, exported);

  file = vastus_store_open_program_file (fixture->store, out, &error);
  g_assert_no_error (error);
  g_assert_true (vastus_store_import_program (fixture->store, file, VASTUS_IMPORT_REPLACE, &error));
  g_assert_no_error (error);
  imported = describe (vastus_store_get_program (fixture->store));
  g_assert_cmpstr (imported, ==, exported);
  g_assert_cmpstr (last_reason (fixture), ==, "Imported from mine.vastus-program.json, in place of the programme before.");

  /* As saved, too. */
  {
    g_autofree char *program_path = vastus_program_default_path ();
    g_autoptr (GPtrArray) problems = NULL;
    g_autoptr (VastusProgram) saved = vastus_program_load (program_path, vastus_store_get_catalogue (fixture->store),
                                                           &problems, &error);
    g_autofree char *reread = NULL;

    g_assert_no_error (error);
    reread = describe (saved);
    g_assert_cmpstr (reread, ==, exported);
  }
}

static gboolean
has (VastusProgram *program,
     const char    *id)
{
  return vastus_program_find (program, id) >= 0;
}

/* Replace: the file's exercises, in its order, no others. Merge: the
 * person's others kept, the new ones before the cool-down. Both set the
 * file's doses, each dose change journaled. */
static void
test_merge_and_replace (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (VastusProgramFile) file = open_fixture (fixture, "program-physio.vastus-program.json", &error);
  g_autoptr (VastusProgram) replaced = NULL;
  g_autoptr (VastusProgram) merged = NULL;
  g_autoptr (GPtrArray) changes = NULL;
  VastusProgram *program = vastus_store_get_program (fixture->store);
  VastusJournal *journal = vastus_store_get_journal (fixture->store);
  guint n_changes = vastus_journal_get_n_program_changes (journal);
  guint n = vastus_program_get_n_exercises (program);
  guint dose_changes = 0;

  g_assert_no_error (error);
  replaced = vastus_store_preview_import (fixture->store, file, VASTUS_IMPORT_REPLACE);
  merged = vastus_store_preview_import (fixture->store, file, VASTUS_IMPORT_MERGE);

  g_assert_cmpuint (vastus_program_get_n_exercises (replaced), ==, 6);
  g_assert_cmpstr (vastus_exercise_get_id (vastus_program_get_exercise (replaced, 2)), ==, "towel-knee-press");
  g_assert_false (has (replaced, "straight-leg-raise"));
  /* The gentle programme has no cool-down: the file's is added too. */
  g_assert_cmpuint (vastus_program_get_n_exercises (merged), ==, n + 3);
  g_assert_true (has (merged, "straight-leg-raise"));
  g_assert_true (has (merged, "towel-knee-press"));
  g_assert_cmpstr (vastus_exercise_get_id (vastus_program_get_exercise (merged, n + 2)), ==, "cool-down");
  g_assert_cmpfloat (vastus_dose_get (vastus_program_get_dose (merged, 1), VASTUS_DOSE_REPS), ==, 12);
  g_assert_cmpint (vastus_program_get_sessions_per_week (merged), ==, 4);

  /* What Replace changes, as the dialog shows it. */
  changes = vastus_program_file_diff (program, replaced);
  for (guint i = 0; i < changes->len; i++)
    {
      VastusProgramChange *change = g_ptr_array_index (changes, i);
      VastusProgramChangeKind expected;

      if (g_str_equal (change->id, "quad-set") || g_str_equal (change->id, "wall-sit"))
        expected = VASTUS_PROGRAM_CHANGE_DOSE;
      else if (g_str_equal (change->id, "towel-knee-press") || g_str_equal (change->id, "mini-squat") ||
               g_str_equal (change->id, "cool-down"))
        expected = VASTUS_PROGRAM_CHANGE_ADDED;
      else if (g_str_equal (change->id, "warm-up"))
        expected = VASTUS_PROGRAM_CHANGE_UNCHANGED;
      else
        expected = VASTUS_PROGRAM_CHANGE_REMOVED;
      g_assert_cmpint (change->kind, ==, expected);
      g_assert_true ((change->before == NULL) == (expected == VASTUS_PROGRAM_CHANGE_ADDED));
      g_assert_true ((change->after == NULL) == (expected == VASTUS_PROGRAM_CHANGE_REMOVED));
    }
  g_assert_cmpuint (changes->len, ==, 6 + (n - 3));

  /* Previews change nothing. */
  g_assert_cmpuint (vastus_program_get_n_exercises (program), ==, n);

  g_assert_true (vastus_store_import_program (fixture->store, file, VASTUS_IMPORT_MERGE, &error));
  g_assert_no_error (error);
  {
    g_autofree char *expected = describe (merged);
    g_autofree char *now = describe (vastus_store_get_program (fixture->store));

    g_assert_cmpstr (now, ==, expected);
  }
  g_assert_cmpstr (last_reason (fixture), ==, "Imported from program-physio.vastus-program.json, merged into the programme.");
  for (guint i = n_changes; i < vastus_journal_get_n_program_changes (journal); i++)
    {
      const cJSON *change = vastus_journal_get_program_change (journal, i);
      const char *reason = cJSON_GetObjectItem (change, "reason")->valuestring;

      g_assert_true (g_str_has_prefix (reason, "Imported from program-physio.vastus-program.json"));
      if (cJSON_GetObjectItem (change, "after") != NULL)
        dose_changes++;
    }
  g_assert_cmpuint (dose_changes, ==, 2);
  /* The file's own exercise is in the library now, and stays there. */
  g_assert_nonnull (vastus_catalogue_lookup (vastus_store_get_catalogue (fixture->store), "towel-knee-press"));
}

static void
test_replace_then_reload (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (VastusProgramFile) file = open_fixture (fixture, "program-physio.vastus-program.json", &error);
  g_autoptr (VastusStore) again = NULL;
  g_autofree char *now = NULL;
  g_autofree char *reloaded = NULL;
  VastusJournal *journal;

  g_assert_no_error (error);
  g_assert_true (vastus_store_import_program (fixture->store, file, VASTUS_IMPORT_REPLACE, &error));
  g_assert_no_error (error);
  now = describe (vastus_store_get_program (fixture->store));
  g_assert_nonnull (strstr (now, "4 a week; Keep the squats shallow"));
  g_assert_null (strstr (now, "straight-leg-raise"));

  /* A new start finds the programme and the file's own exercise. */
  again = vastus_store_new (fixture->clock);
  vastus_store_load (again);
  journal = vastus_store_get_journal (again);
  while (!vastus_journal_is_loaded (journal) && vastus_journal_get_load_error (journal) == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_null (vastus_store_get_program_notice (again));
  reloaded = describe (vastus_store_get_program (again));
  g_assert_cmpstr (reloaded, ==, now);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_finalize_object (g_steal_pointer (&again));
}

/* A clip beside the file is copied into the person's catalogue folder with
 * the file's own exercises, and played from there. */
static void
test_clips (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *source = g_test_build_filename (G_TEST_DIST, "fixtures", "program-physio.vastus-program.json", NULL);
  g_autofree char *text = NULL;
  g_autofree char *path = g_build_filename (fixture->scratch, "Knee (week 3)" VASTUS_PROGRAM_FILE_SUFFIX, NULL);
  g_autofree char *clips = g_build_filename (fixture->scratch, "clips", NULL);
  g_autofree char *clip = g_build_filename (clips, "towel.webm", NULL);
  g_autofree char *copied = g_build_filename (fixture->folder, "catalogue.d", "imported-knee-week-3", "clips",
                                              "towel.webm", NULL);
  g_autofree char *written = g_build_filename (fixture->folder, "catalogue.d", "imported-knee-week-3.json", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (VastusProgramFile) program_file = NULL;
  g_autoptr (cJSON) root = NULL;
  g_autofree char *changed = NULL;
  g_autofree char *played = NULL;
  VastusExercise *exercise;
  cJSON *extra;

  g_assert_true (g_file_get_contents (source, &text, NULL, NULL));
  root = cJSON_Parse (text);
  extra = cJSON_GetArrayItem (cJSON_GetObjectItem (cJSON_GetObjectItem (root, "catalogue"), "exercises"), 0);
  cJSON_AddStringToObject (extra, "clip", "clips/towel.webm");
  changed = cJSON_Print (root);
  g_assert_true (g_file_set_contents (path, changed, -1, NULL));

  /* Missing beside the file: said, with the field. */
  program_file = vastus_store_open_program_file (fixture->store, file, &error);
  g_assert_null (program_file);
  g_assert_nonnull (strstr (error->message, "Knee (week 3).vastus-program.json: catalogue.exercises[0].clip: names "
                                            "'clips/towel.webm', which is not there beside the programme file"));
  g_clear_error (&error);

  g_assert_cmpint (g_mkdir_with_parents (clips, 0700), ==, 0);
  g_assert_true (g_file_set_contents (clip, "not really a clip", -1, NULL));
  program_file = vastus_store_open_program_file (fixture->store, file, &error);
  g_assert_no_error (error);
  g_assert_true (vastus_store_import_program (fixture->store, program_file, VASTUS_IMPORT_MERGE, &error));
  g_assert_no_error (error);

  g_assert_true (g_file_test (written, G_FILE_TEST_IS_REGULAR));
  g_assert_true (g_file_test (copied, G_FILE_TEST_IS_REGULAR));
  exercise = vastus_catalogue_lookup (vastus_store_get_catalogue (fixture->store), "towel-knee-press");
  played = vastus_exercise_resolve_clip (exercise, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (played, ==, copied);
}

/* At the first run there is nothing to import into: said, nothing written. */
static void
test_first_run (void)
{
  g_autofree char *folder = g_build_filename (g_get_user_data_dir (), APPLICATION_ID, NULL);
  g_autofree char *source = g_test_build_filename (G_TEST_DIST, "fixtures", "program-physio.vastus-program.json", NULL);
  g_autofree char *program_path = vastus_program_default_path ();
  g_autoptr (GFile) file = g_file_new_for_path (source);
  g_autoptr (VastusStore) store = NULL;
  g_autoptr (VastusProgramFile) program_file = NULL;
  g_autoptr (GError) error = NULL;

  vastus_test_remove_tree (folder);
  store = vastus_store_new (NULL);
  vastus_store_load (store);
  g_assert_true (vastus_store_get_first_run (store));
  program_file = vastus_store_open_program_file (store, file, &error);
  g_assert_no_error (error);
  g_assert_false (vastus_store_import_program (store, program_file, VASTUS_IMPORT_REPLACE, &error));
  g_assert_error (error, VASTUS_PROGRAM_ERROR, VASTUS_PROGRAM_ERROR_INVALID);
  g_assert_false (g_file_test (program_path, G_FILE_TEST_EXISTS));
  while (!vastus_journal_is_loaded (vastus_store_get_journal (store)) &&
         vastus_journal_get_load_error (vastus_store_get_journal (store)) == NULL)
    g_main_context_iteration (NULL, TRUE);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_finalize_object (g_steal_pointer (&store));
}

int
main (int   argc,
      char *argv[])
{
  vastus_test_env_init ();
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/vastus/program-file/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("read-example", test_read_example);
  ADD ("bad-files", test_bad_files);
  ADD ("round-trip", test_round_trip);
  ADD ("merge-and-replace", test_merge_and_replace);
  ADD ("replace-then-reload", test_replace_then_reload);
  ADD ("clips", test_clips);
#undef ADD
  g_test_add_func ("/vastus/program-file/first-run", test_first_run);

  return g_test_run ();
}
