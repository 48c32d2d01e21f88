/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "vastus-program.h"
#include "vastus-test-env.h"

typedef struct
{
  VastusCatalogue *catalogue;
  char            *folder;
  char            *path;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr (GError) error = NULL;

  fixture->catalogue = vastus_catalogue_new_builtin (&error);
  g_assert_no_error (error);
  fixture->folder = g_dir_make_tmp ("vastus-program-XXXXXX", NULL);
  fixture->path = g_build_filename (fixture->folder, "program.json", NULL);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_chmod (fixture->folder, 0700);
  g_unlink (fixture->path);
  g_rmdir (fixture->folder);
  g_free (fixture->path);
  g_free (fixture->folder);
  g_object_unref (fixture->catalogue);
}

static VastusProgram *
gentle (Fixture *fixture)
{
  VastusStarterProgram *starter = vastus_catalogue_lookup_program (fixture->catalogue, "phase-1-gentle");

  g_assert_nonnull (starter);
  return vastus_program_new_from_starter (starter, fixture->catalogue, VASTUS_LEG_LEFT);
}

static void
test_round_trip (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr (VastusProgram) program = gentle (fixture);
  g_autoptr (VastusProgram) loaded = NULL;
  g_autoptr (GPtrArray) problems = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (VastusPlan) plan = NULL;
  GStatBuf st;

  g_assert_cmpuint (vastus_program_get_n_exercises (program), >=, 7);
  g_assert_true (vastus_program_save (program, fixture->path, &error));
  g_assert_no_error (error);

  /* Readable by the person only. */
  g_assert_cmpint (g_stat (fixture->path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  loaded = vastus_program_load (fixture->path, fixture->catalogue, &problems, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 0);
  g_assert_cmpstr (vastus_program_get_starter_id (loaded), ==, "phase-1-gentle");
  g_assert_cmpint (vastus_program_get_first_leg (loaded), ==, VASTUS_LEG_LEFT);
  g_assert_cmpint (vastus_program_get_sessions_per_week (loaded), ==, 3);
  g_assert_cmpuint (vastus_program_get_n_exercises (loaded), ==, vastus_program_get_n_exercises (program));

  for (guint i = 0; i < vastus_program_get_n_exercises (loaded); i++)
    {
      const VastusDose *a = vastus_program_get_dose (program, i);
      const VastusDose *b = vastus_program_get_dose (loaded, i);

      g_assert_true (vastus_program_get_exercise (program, i) == vastus_program_get_exercise (loaded, i));
      g_assert_cmpuint (a->present, ==, b->present);
      g_assert_cmpuint (a->bounded, ==, b->bounded);
      g_assert_cmpuint (a->n_tempo, ==, b->n_tempo);
      for (VastusDoseValue v = 0; v < VASTUS_DOSE_N_VALUES; v++)
        g_assert_cmpfloat (vastus_dose_get (a, v), ==, vastus_dose_get (b, v));
    }

  plan = vastus_program_build_plan (loaded);
  g_assert_cmpuint (vastus_plan_get_n_exercises (plan), ==, vastus_program_get_n_exercises (loaded));
}

static void
test_missing_exercise (Fixture       *fixture,
                       gconstpointer  data)
{
  const char *text =
    "{ \"version\": 1, \"sessions_per_week\": 4, \"first_leg\": \"right\", \"exercises\": ["
    "  { \"id\": \"wall-sit\", \"dose\": { \"sets\": 2, \"hold_s\": 25, \"rest_s\": 60 } },"
    "  { \"id\": \"gone\", \"dose\": { \"sets\": 2, \"reps\": 10, \"rest_s\": 60 } },"
    "  { \"id\": \"step-up\", \"dose\": { \"sets\": 99, \"reps\": 10, \"rest_s\": 60 } } ] }";
  g_autoptr (VastusProgram) loaded = NULL;
  g_autoptr (GPtrArray) problems = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *after = NULL;

  g_assert_true (g_file_set_contents (fixture->path, text, -1, NULL));
  loaded = vastus_program_load (fixture->path, fixture->catalogue, &problems, &error);
  g_assert_no_error (error);

  /* The good entry stays; each bad one is said, with file, id and field. */
  g_assert_cmpuint (vastus_program_get_n_exercises (loaded), ==, 1);
  g_assert_cmpfloat (vastus_dose_get (vastus_program_get_dose (loaded, 0), VASTUS_DOSE_HOLD), ==, 25);
  g_assert_cmpuint (problems->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (problems, 0), ==,
                   "program.json: exercise 'gone': is no longer in the catalogue, so it was left out of today's plan");
  g_assert_nonnull (strstr (g_ptr_array_index (problems, 1),
                            "program.json: exercise 'step-up': dose.sets must be a whole number from 1 to 10, not 99"));

  /* Reading never rewrites the file. */
  g_assert_true (g_file_get_contents (fixture->path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, text);
}

/* A NUL character in a text (here `\u0000`) cut it there: said for the
 * fields that are checked, and a paused note so cut is not taken. */
static void
test_nul_character (Fixture       *fixture,
                    gconstpointer  data)
{
  const char *bad_leg =
    "{ \"version\": 1, \"sessions_per_week\": 4, \"first_leg\": \"right\\u0000\", \"exercises\": [] }";
  const char *text =
    "{ \"version\": 1, \"sessions_per_week\": 4, \"first_leg\": \"right\", \"exercises\": ["
    "  { \"id\": \"wall-sit\\u0000x\", \"dose\": { \"sets\": 2, \"hold_s\": 25, \"rest_s\": 60 } },"
    "  { \"id\": \"step-up\", \"dose\": { \"sets\": 2, \"reps\": 10, \"rest_s\": 60 },"
    "    \"paused\": \"Sore\\u0000 after the fall\" } ] }";
  g_autoptr (VastusProgram) loaded = NULL;
  g_autoptr (GPtrArray) problems = NULL;
  g_autoptr (GError) error = NULL;

  g_assert_true (g_file_set_contents (fixture->path, bad_leg, -1, NULL));
  loaded = vastus_program_load (fixture->path, fixture->catalogue, &problems, &error);
  g_assert_null (loaded);
  g_assert_error (error, VASTUS_PROGRAM_ERROR, VASTUS_PROGRAM_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "program.json: first_leg must not hold a NUL character (\\u0000)");
  g_clear_error (&error);
  g_clear_pointer (&problems, g_ptr_array_unref);

  g_assert_true (g_file_set_contents (fixture->path, text, -1, NULL));
  loaded = vastus_program_load (fixture->path, fixture->catalogue, &problems, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (problems, 0), ==,
                   "program.json: exercises[0]: id must not hold a NUL character (\\u0000)");
  g_assert_cmpuint (vastus_program_get_n_exercises (loaded), ==, 1);
  g_assert_null (vastus_program_get_paused (loaded, 0));
}

static void
test_broken_file (Fixture       *fixture,
                  gconstpointer  data)
{
  const char *text = "{ \"version\": 1, \"sessions_per_week\": 3, \"first_le";
  g_autoptr (VastusProgram) loaded = NULL;
  g_autoptr (GPtrArray) problems = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *after = NULL;

  g_assert_true (g_file_set_contents (fixture->path, text, -1, NULL));
  loaded = vastus_program_load (fixture->path, fixture->catalogue, &problems, &error);
  g_assert_null (loaded);
  g_assert_error (error, VASTUS_PROGRAM_ERROR, VASTUS_PROGRAM_ERROR_INVALID);
  g_assert_true (g_str_has_prefix (error->message, "program.json: line 1"));
  g_assert_true (g_file_get_contents (fixture->path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, text);
}

static void
test_failed_save_keeps_old (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr (VastusProgram) program = gentle (fixture);
  g_autoptr (GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  if (geteuid () == 0)
    {
      /* root writes anywhere: make the write fail another way. */
      g_autofree char *blocked = g_build_filename (fixture->path, "cannot-be-a-folder", "program.json", NULL);

      g_assert_true (g_file_set_contents (fixture->path, "{}", -1, NULL));
      g_assert_false (vastus_program_save (program, blocked, &error));
      g_assert_error (error, VASTUS_PROGRAM_ERROR, VASTUS_PROGRAM_ERROR_WRITE);
      g_assert_true (g_file_get_contents (fixture->path, &after, NULL, NULL));
      g_assert_cmpstr (after, ==, "{}");
      return;
    }

  g_assert_true (vastus_program_save (program, fixture->path, NULL));
  g_assert_true (g_file_get_contents (fixture->path, &before, NULL, NULL));
  g_assert_cmpint (g_chmod (fixture->folder, 0500), ==, 0);
  g_assert_false (vastus_program_save (program, fixture->path, &error));
  g_assert_error (error, VASTUS_PROGRAM_ERROR, VASTUS_PROGRAM_ERROR_WRITE);
  g_assert_true (g_file_get_contents (fixture->path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, before);
}

/* The person's changes and the engine's: add, remove, move, doses kept in
 * bounds, a paused exercise left out of the plan; all saved and read back. */
static void
test_changes (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr (VastusProgram) program = gentle (fixture);
  g_autoptr (VastusProgram) read = NULL;
  g_autoptr (GPtrArray) problems = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (VastusPlan) plan = NULL;
  VastusDose dose;
  guint n = vastus_program_get_n_exercises (program);
  int wall_sit = vastus_program_find (program, "wall-sit");

  g_assert_cmpint (wall_sit, >=, 0);
  g_assert_cmpint (vastus_program_find (program, "squat"), ==, -1);

  /* Added once: at the end of a programme with no cool-down; before the
   * cool-down, which still ends the session, once there is one. */
  g_assert_cmpint (vastus_program_find (program, "cool-down"), ==, -1);
  g_assert_true (vastus_program_add (program, vastus_catalogue_lookup (fixture->catalogue, "step-up")));
  g_assert_false (vastus_program_add (program, vastus_catalogue_lookup (fixture->catalogue, "step-up")));
  g_assert_cmpint (vastus_program_find (program, "step-up"), ==, (int) n);
  g_assert_true (vastus_program_add (program, vastus_catalogue_lookup (fixture->catalogue, "cool-down")));
  g_assert_cmpint (vastus_program_find (program, "cool-down"), ==, (int) n + 1);
  g_assert_true (vastus_program_add (program, vastus_catalogue_lookup (fixture->catalogue, "squat")));
  g_assert_cmpint (vastus_program_find (program, "squat"), ==, (int) n + 1);
  g_assert_cmpint (vastus_exercise_get_category (vastus_program_get_exercise (program, n + 2)), ==,
                   VASTUS_CATEGORY_COOL_DOWN);
  vastus_program_remove (program, n + 2);
  vastus_program_remove (program, n + 1);
  g_assert_cmpint (vastus_program_find (program, "squat"), ==, -1);
  g_assert_cmpint (vastus_program_find (program, "cool-down"), ==, -1);

  /* Moved to the front; the others keep their order. */
  vastus_program_move (program, n, 0);
  g_assert_cmpint (vastus_program_find (program, "step-up"), ==, 0);
  g_assert_cmpint (vastus_program_find (program, "wall-sit"), ==, wall_sit + 1);

  /* A dose past the bounds is brought back within them. */
  dose = *vastus_program_get_dose (program, (guint) wall_sit + 1);
  vastus_dose_set (&dose, VASTUS_DOSE_HOLD, 500);
  vastus_program_set_dose (program, (guint) wall_sit + 1, &dose);
  g_assert_cmpfloat (vastus_dose_get (vastus_program_get_dose (program, (guint) wall_sit + 1), VASTUS_DOSE_HOLD), ==, 45);

  /* Paused: kept in the programme, left out of the plan. */
  vastus_program_set_paused (program, (guint) wall_sit + 1, "Hurt three times: see a physiotherapist.");
  plan = vastus_program_build_plan (program);
  g_assert_cmpuint (vastus_plan_get_n_exercises (plan), ==, n);

  vastus_program_remove (program, 1);
  vastus_program_set_sessions_per_week (program, 9);
  g_assert_cmpint (vastus_program_get_sessions_per_week (program), ==, 7);

  g_assert_true (vastus_program_save (program, fixture->path, &error));
  g_assert_no_error (error);
  read = vastus_program_load (fixture->path, fixture->catalogue, &problems, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 0);
  g_assert_cmpuint (vastus_program_get_n_exercises (read), ==, n);
  g_assert_cmpint (vastus_program_find (read, "step-up"), ==, 0);
  g_assert_cmpint (vastus_program_get_sessions_per_week (read), ==, 7);
  g_assert_cmpstr (vastus_program_get_paused (read, (guint) vastus_program_find (read, "wall-sit")), ==,
                   "Hurt three times: see a physiotherapist.");
  g_assert_null (vastus_program_get_paused (read, 0));
  g_assert_cmpfloat (vastus_dose_get (vastus_program_get_dose (read, (guint) vastus_program_find (read, "wall-sit")),
                                      VASTUS_DOSE_HOLD), ==, 45);
}

static gboolean
works (VastusExercise *exercise,
       const char     *first_muscle)
{
  const char * const *muscles = vastus_exercise_get_muscles (exercise);

  return (vastus_exercise_get_category (exercise) == VASTUS_CATEGORY_STRENGTH ||
          vastus_exercise_get_category (exercise) == VASTUS_CATEGORY_ISOMETRIC) &&
         muscles[0] != NULL && strstr (first_muscle, muscles[0]) != NULL;
}

/* "How long have you got?": each starter's shorter session fits in 15
 * minutes, is marked as shorter, keeps the warm-up and both knee and hip
 * work, each exercise at a set fewer (one at least) and in the programme's
 * order, and leaves out stretches and the cool-down. A paused exercise
 * stays out; a programme too small to shorten offers none. */
static void
test_short_plan (Fixture       *fixture,
                 gconstpointer  data)
{
  GListModel *programs = vastus_catalogue_get_programs (fixture->catalogue);

  for (guint p = 0; p < g_list_model_get_n_items (programs); p++)
    {
      g_autoptr (VastusStarterProgram) starter = g_list_model_get_item (programs, p);
      g_autoptr (VastusProgram) program = vastus_program_new_from_starter (starter, fixture->catalogue, VASTUS_LEG_LEFT);
      g_autoptr (VastusPlan) full = vastus_program_build_plan (program);
      g_autoptr (VastusPlan) plan = vastus_program_build_short_plan (program, VASTUS_SHORT_SESSION_MINUTES * 60 * G_USEC_PER_SEC);
      gboolean knee = FALSE, hip = FALSE;
      int last = -1;

      g_assert_nonnull (plan);
      g_test_message ("%s: %" G_GINT64_FORMAT " s instead of %" G_GINT64_FORMAT " s, %u of %u exercises",
                      vastus_starter_program_get_id (starter), vastus_plan_get_duration (plan) / G_USEC_PER_SEC,
                      vastus_plan_get_duration (full) / G_USEC_PER_SEC, vastus_plan_get_n_exercises (plan),
                      vastus_plan_get_n_exercises (full));
      g_assert_true (vastus_plan_get_shortened (plan));
      g_assert_false (vastus_plan_get_shortened (full));
      g_assert_cmpint (vastus_plan_get_duration (plan), <=, VASTUS_SHORT_SESSION_MINUTES * 60 * G_USEC_PER_SEC);
      g_assert_cmpint (vastus_exercise_get_category (vastus_plan_get_exercise (plan, 0)), ==, VASTUS_CATEGORY_WARM_UP);

      for (guint e = 0; e < vastus_plan_get_n_exercises (plan); e++)
        {
          VastusExercise *exercise = vastus_plan_get_exercise (plan, e);
          int index = vastus_program_find (program, vastus_exercise_get_id (exercise));
          VastusCategory category = vastus_exercise_get_category (exercise);
          double sets = vastus_dose_get (vastus_plan_get_dose (plan, e), VASTUS_DOSE_SETS);
          double was = vastus_dose_get (vastus_program_get_dose (program, (guint) index), VASTUS_DOSE_SETS);

          g_test_message ("  %s %g sets, was %g", vastus_exercise_get_id (exercise), sets, was);
          g_assert_cmpint (index, >, last);
          last = index;
          g_assert_true (category == VASTUS_CATEGORY_WARM_UP || category == VASTUS_CATEGORY_STRENGTH ||
                         category == VASTUS_CATEGORY_ISOMETRIC);
          if (category != VASTUS_CATEGORY_WARM_UP)
            g_assert_cmpfloat (sets, ==, MAX (1, was - 1));
          knee |= works (exercise, "vmo quadriceps");
          hip |= works (exercise, "glutes hip-abductors hamstrings");
        }
      g_assert_true (knee);
      g_assert_true (hip);

      /* A paused exercise is not brought back by a shorter day. */
      vastus_program_set_paused (program, (guint) vastus_program_find (program, vastus_exercise_get_id (vastus_plan_get_exercise (plan, 1))), "Paused.");
      {
        g_autoptr (VastusPlan) again = vastus_program_build_short_plan (program, VASTUS_SHORT_SESSION_MINUTES * 60 * G_USEC_PER_SEC);

        if (again != NULL)
          for (guint e = 0; e < vastus_plan_get_n_exercises (again); e++)
            g_assert_cmpstr (vastus_exercise_get_id (vastus_plan_get_exercise (again, e)), !=,
                             vastus_exercise_get_id (vastus_plan_get_exercise (plan, 1)));
      }
    }

  /* Too small to shorten: none offered. */
  {
    g_autoptr (VastusProgram) program = gentle (fixture);

    while (vastus_program_get_n_exercises (program) > 2)
      vastus_program_remove (program, vastus_program_get_n_exercises (program) - 1);
    g_assert_null (vastus_program_build_short_plan (program, VASTUS_SHORT_SESSION_MINUTES * 60 * G_USEC_PER_SEC));
  }
}

/* Equipment: a fixture catalogue with gym machines, their home alternatives
 * and two starter programmes. */
static VastusCatalogue *
equipment_catalogue (void)
{
  VastusCatalogue *catalogue = vastus_catalogue_new ();
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "equipment.json", NULL);
  g_autoptr (GError) error = NULL;

  g_assert_true (vastus_catalogue_load_file (catalogue, path, &error));
  g_assert_no_error (error);
  return catalogue;
}

static char *
program_ids (VastusProgram *program)
{
  GString *ids = g_string_new (NULL);

  for (guint i = 0; i < vastus_program_get_n_exercises (program); i++)
    g_string_append_printf (ids, "%s%s", i > 0 ? " " : "",
                            vastus_exercise_get_id (vastus_program_get_exercise (program, i)));
  return g_string_free (ids, FALSE);
}

/* A person without machines choosing the stronger starter gets the home
 * alternatives; one with no alternative stays, and says what is missing. */
static void
test_equipment_home_alternatives (Fixture       *fixture,
                                  gconstpointer  data)
{
  g_autoptr (VastusCatalogue) catalogue = equipment_catalogue ();
  VastusStarterProgram *stronger = vastus_catalogue_lookup_program (catalogue, "fixture-stronger");
  g_auto (GStrv) home = vastus_equipment_home_defaults ();
  const char * const band_only[] = { "band", NULL };
  g_autoptr (VastusProgram) everything = NULL;
  g_autoptr (VastusProgram) at_home = NULL;
  g_autoptr (VastusProgram) banded = NULL;
  g_autofree char *ids = NULL;
  g_auto (GStrv) missing = NULL;
  int curl;

  g_assert_nonnull (stronger);
  g_assert_false (g_strv_contains ((const char * const *) home, "leg-press-machine"));
  g_assert_false (g_strv_contains ((const char * const *) home, "none"));
  g_assert_true (g_strv_contains ((const char * const *) home, "band"));

  /* Not said: everything, as before Vastus asked. */
  everything = vastus_program_new_from_starter_full (stronger, catalogue, VASTUS_LEG_LEFT, NULL);
  ids = program_ids (everything);
  g_assert_cmpstr (ids, ==, "home-warm-up machine-press machine-extension machine-curl wall-squat home-cool-down");
  g_assert_null (vastus_program_get_equipment (everything));
  g_assert_true (vastus_program_has_equipment (everything, "leg-press-machine"));
  g_clear_pointer (&ids, g_free);

  /* At home: the alternatives, each once, in the starter's order. */
  at_home = vastus_program_new_from_starter_full (stronger, catalogue, VASTUS_LEG_LEFT, (const char * const *) home);
  ids = program_ids (at_home);
  g_assert_cmpstr (ids, ==, "home-warm-up wall-squat step-extension machine-curl home-cool-down");
  g_assert_false (vastus_program_has_equipment (at_home, "leg-curl-machine"));
  g_assert_true (vastus_program_has_equipment (at_home, "none"));
  curl = vastus_program_find (at_home, "machine-curl");
  g_assert_cmpint (curl, >=, 0);
  missing = vastus_program_missing_equipment (at_home, vastus_program_get_exercise (at_home, (guint) curl));
  g_assert_nonnull (missing);
  g_assert_cmpstr (missing[0], ==, "leg-curl-machine");
  g_assert_null (missing[1]);
  g_clear_pointer (&ids, g_free);

  /* A band only: neither the wall nor the step the alternatives need, so
   * the machines stay where they are. */
  banded = vastus_program_new_from_starter_full (stronger, catalogue, VASTUS_LEG_LEFT, band_only);
  ids = program_ids (banded);
  g_assert_cmpstr (ids, ==, "home-warm-up machine-press machine-extension machine-curl wall-squat home-cool-down");
}

/* What the person has is saved, and read back; a file from before Vastus
 * asked means everything and loads unchanged. */
static void
test_equipment_saved (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr (VastusCatalogue) catalogue = equipment_catalogue ();
  VastusStarterProgram *stronger = vastus_catalogue_lookup_program (catalogue, "fixture-stronger");
  const char * const some[] = { "step", "wall", "band", "wall", NULL };
  g_autoptr (VastusProgram) program = NULL;
  g_autoptr (VastusProgram) loaded = NULL;
  g_autoptr (GPtrArray) problems = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *ids = NULL;
  const char * const *equipment;
  const char *old =
    "{ \"version\": 1, \"starter\": \"fixture-stronger\", \"sessions_per_week\": 4, \"first_leg\": \"left\","
    "  \"exercises\": [ { \"id\": \"machine-press\", \"dose\": { \"sets\": 2, \"reps\": 12, \"rest_s\": 60 } },"
    "                   { \"id\": \"machine-curl\", \"dose\": { \"sets\": 3, \"reps\": 10, \"rest_s\": 60 } } ] }";

  program = vastus_program_new_from_starter_full (stronger, catalogue, VASTUS_LEG_RIGHT, NULL);
  vastus_program_set_equipment (program, some);
  equipment = vastus_program_get_equipment (program);
  /* In the catalogue's order, each once. */
  g_assert_cmpuint (g_strv_length ((GStrv) equipment), ==, 3);
  g_assert_cmpstr (equipment[0], ==, "wall");
  g_assert_cmpstr (equipment[1], ==, "step");
  g_assert_cmpstr (equipment[2], ==, "band");
  g_assert_true (vastus_program_save (program, fixture->path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (fixture->path, &text, NULL, NULL));
  g_assert_nonnull (strstr (text, "\"equipment\""));
  loaded = vastus_program_load (fixture->path, catalogue, &problems, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 0);
  g_assert_true (g_strv_equal ((const char * const *) vastus_program_get_equipment (loaded), equipment));
  g_assert_false (vastus_program_has_equipment (loaded, "leg-press-machine"));
  g_clear_object (&loaded);
  g_clear_pointer (&problems, g_ptr_array_unref);
  g_clear_pointer (&text, g_free);

  /* Nothing ticked is not the same as not said. */
  vastus_program_set_equipment (program, (const char * const[]) { NULL });
  g_assert_true (vastus_program_save (program, fixture->path, &error));
  loaded = vastus_program_load (fixture->path, catalogue, &problems, &error);
  g_assert_no_error (error);
  g_assert_nonnull (vastus_program_get_equipment (loaded));
  g_assert_null (vastus_program_get_equipment (loaded)[0]);
  g_assert_true (vastus_program_has_equipment (loaded, "none"));
  g_assert_false (vastus_program_has_equipment (loaded, "wall"));
  g_clear_object (&loaded);
  g_clear_pointer (&problems, g_ptr_array_unref);

  /* An old file: no "equipment", everything, the machines kept. */
  g_assert_true (g_file_set_contents (fixture->path, old, -1, NULL));
  loaded = vastus_program_load (fixture->path, catalogue, &problems, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 0);
  g_assert_null (vastus_program_get_equipment (loaded));
  ids = program_ids (loaded);
  g_assert_cmpstr (ids, ==, "machine-press machine-curl");
  g_assert_cmpint ((int) vastus_dose_get (vastus_program_get_dose (loaded, 0), VASTUS_DOSE_REPS), ==, 12);
  g_assert_cmpint (vastus_program_get_first_leg (loaded), ==, VASTUS_LEG_LEFT);
  g_assert_true (vastus_program_can_do (loaded, vastus_program_get_exercise (loaded, 0)));
  /* Saved again, it still says nothing about equipment. */
  g_assert_true (vastus_program_save (loaded, fixture->path, &error));
  g_assert_true (g_file_get_contents (fixture->path, &text, NULL, NULL));
  g_assert_null (strstr (text, "equipment"));
  g_clear_object (&loaded);
  g_clear_pointer (&problems, g_ptr_array_unref);

  /* A name from a newer Vastus is left out and said; the rest counts. */
  g_assert_true (g_file_set_contents (fixture->path,
                                      "{ \"version\": 1, \"sessions_per_week\": 3, \"first_leg\": \"right\","
                                      "  \"equipment\": [ \"wall\", \"hover-board\" ], \"exercises\": [] }", -1, NULL));
  loaded = vastus_program_load (fixture->path, catalogue, &problems, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (problems, 0), "equipment[1]"));
  g_assert_cmpstr (vastus_program_get_equipment (loaded)[0], ==, "wall");
  g_assert_null (vastus_program_get_equipment (loaded)[1]);
}

int
main (int   argc,
      char *argv[])
{
  /* Before anything reads HOME or the XDG folders. */
  vastus_test_env_init ();

  g_test_init (&argc, &argv, NULL);

  g_test_add ("/vastus/program/round-trip", Fixture, NULL, fixture_set_up, test_round_trip, fixture_tear_down);
  g_test_add ("/vastus/program/missing-exercise", Fixture, NULL, fixture_set_up, test_missing_exercise, fixture_tear_down);
  g_test_add ("/vastus/program/nul-character", Fixture, NULL, fixture_set_up, test_nul_character, fixture_tear_down);
  g_test_add ("/vastus/program/broken-file", Fixture, NULL, fixture_set_up, test_broken_file, fixture_tear_down);
  g_test_add ("/vastus/program/changes", Fixture, NULL, fixture_set_up, test_changes, fixture_tear_down);
  g_test_add ("/vastus/program/short-plan", Fixture, NULL, fixture_set_up, test_short_plan, fixture_tear_down);
  g_test_add ("/vastus/program/failed-save-keeps-old", Fixture, NULL, fixture_set_up, test_failed_save_keeps_old, fixture_tear_down);
  g_test_add ("/vastus/program/equipment-home-alternatives", Fixture, NULL, fixture_set_up,
              test_equipment_home_alternatives, fixture_tear_down);
  g_test_add ("/vastus/program/equipment-saved", Fixture, NULL, fixture_set_up, test_equipment_saved,
              fixture_tear_down);

  return g_test_run ();
}
