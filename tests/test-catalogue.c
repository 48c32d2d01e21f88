/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <errno.h>
#include <glib.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cjson/cJSON.h>

#include "vastus-catalogue.h"
#include "vastus-clip-lookup.h"
#include "vastus-program.h"
#include "vastus-test-env.h"

static char *
fixture (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "fixtures", name, NULL);
}

static VastusCatalogue *
load_builtin (void)
{
  g_autoptr (GError) error = NULL;
  VastusCatalogue *catalogue = vastus_catalogue_new_builtin (&error);

  g_assert_no_error (error);
  g_assert_nonnull (catalogue);
  return catalogue;
}

static void
test_builtin_loads (void)
{
  g_autoptr (VastusCatalogue) catalogue = load_builtin ();
  /* Every exercise DESIGN.md names, by its stable id. */
  static const char *required[] = {
    "wall-sit", "wall-sit-ball-squeeze", "terminal-knee-extension", "cyclist-squat",
    "step-up", "lateral-step-up", "step-down", "ball-squeeze", "leg-extension",
    "quad-set", "straight-leg-raise", "mini-squat", "squat", "lunge",
    "bulgarian-split-squat", "seated-leg-press", "prone-hamstring-curl",
    "standing-quad-stretch", "seated-inner-thigh-hamstring-stretch",
    "foam-roll-quads", "foam-roll-inner-thigh", "warm-up", "cool-down", "split-squat",
  };
  guint n = g_list_model_get_n_items (G_LIST_MODEL (catalogue));
  guint vmo = 0;

  g_assert_cmpuint (n, >=, 22);
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (catalogue)) == VASTUS_TYPE_EXERCISE);

  for (guint i = 0; i < G_N_ELEMENTS (required); i++)
    {
      VastusExercise *exercise = vastus_catalogue_lookup (catalogue, required[i]);

      if (exercise == NULL)
        g_error ("the built-in catalogue has no '%s'", required[i]);
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (VastusExercise) exercise = g_list_model_get_item (G_LIST_MODEL (catalogue), i);
      const VastusDose *dose = vastus_exercise_get_dose (exercise);
      g_autofree char *words = vastus_exercise_describe_dose (exercise);

      g_assert_cmpstr (vastus_exercise_get_id (exercise), !=, NULL);
      g_assert_nonnull (vastus_exercise_get_steps (exercise)[0]);
      g_assert_nonnull (vastus_exercise_get_cues (exercise)[0]);
      g_assert_true (vastus_dose_has (dose, VASTUS_DOSE_SETS));
      g_assert_true (vastus_dose_has (dose, VASTUS_DOSE_REPS) != vastus_dose_has (dose, VASTUS_DOSE_HOLD));
      g_assert_cmpstr (words, !=, "");
      if (vastus_exercise_works_vmo (exercise))
        vmo++;

      /* Strength and isometric work can be progressed; nothing else needs to be. */
      if (vastus_exercise_get_category (exercise) == VASTUS_CATEGORY_STRENGTH ||
          vastus_exercise_get_category (exercise) == VASTUS_CATEGORY_ISOMETRIC)
        g_assert_true (vastus_exercise_can_progress (exercise, VASTUS_DOSE_SETS) ||
                       vastus_exercise_can_progress (exercise, VASTUS_DOSE_REPS) ||
                       vastus_exercise_can_progress (exercise, VASTUS_DOSE_HOLD));
    }

  /* The catalogue is for the inner quadriceps first. */
  g_assert_cmpuint (vmo, >=, n / 2);
  g_assert_cmpuint (g_list_model_get_n_items (vastus_catalogue_get_programs (catalogue)), >=, 3);
}

/* What Today says a starter programme takes, in whole minutes rounded up,
 * stays within what a person can fit into a day three times a week. */
static void
test_starter_durations (void)
{
  static const struct { const char *id; int most_minutes; } limits[] = {
    { "phase-1-gentle", 30 },
    { "phase-2-building", 35 },
    { "phase-3-stronger", 40 },
  };
  g_autoptr (VastusCatalogue) catalogue = load_builtin ();
  GListModel *programs = vastus_catalogue_get_programs (catalogue);
  g_auto (GStrv) at_home = vastus_equipment_home_defaults ();

  g_assert_cmpuint (g_list_model_get_n_items (programs), ==, G_N_ELEMENTS (limits));
  /* With everything, and with what the first run ticks for a person at
   * home, which swaps the machines for their home alternatives. */
  for (guint k = 0; k < 2 * G_N_ELEMENTS (limits); k++)
    {
      guint i = k % G_N_ELEMENTS (limits);
      const char * const *equipment = k < G_N_ELEMENTS (limits) ? NULL : (const char * const *) at_home;
      g_autoptr (VastusStarterProgram) starter = g_list_model_get_item (programs, i);
      g_autoptr (VastusProgram) program = NULL;
      g_autoptr (VastusPlan) plan = NULL;
      gint64 per_exercise[64] = { 0 };
      int minutes;

      g_assert_cmpstr (vastus_starter_program_get_id (starter), ==, limits[i].id);
      program = vastus_program_new_from_starter_full (starter, catalogue, VASTUS_LEG_LEFT, equipment);
      plan = vastus_program_build_plan (program);
      g_assert_cmpuint (vastus_plan_get_n_exercises (plan), <=, G_N_ELEMENTS (per_exercise));
      for (guint s = 0; s < vastus_plan_get_n_steps (plan); s++)
        {
          const VastusPlanStep *step = vastus_plan_get_step (plan, s);

          if (step->phase != VASTUS_PHASE_DONE)
            per_exercise[step->exercise] += step->duration;
        }
      for (guint e = 0; e < vastus_plan_get_n_exercises (plan); e++)
        g_test_message ("%s%s: %s %" G_GINT64_FORMAT " s", limits[i].id, equipment != NULL ? " at home" : "",
                        vastus_exercise_get_id (vastus_plan_get_exercise (plan, e)),
                        per_exercise[e] / G_USEC_PER_SEC);

      minutes = (int) ((vastus_plan_get_duration (plan) + 60 * G_USEC_PER_SEC - 1) / (60 * G_USEC_PER_SEC));
      g_test_message ("%s%s: %d min", limits[i].id, equipment != NULL ? " at home" : "", minutes);
      g_assert_cmpint (minutes, <=, limits[i].most_minutes);
      /* Long enough to be worth doing: hip and knee work together. */
      g_assert_cmpint (minutes, >=, limits[i].most_minutes - 10);
    }
}

static void
mark_reachable (VastusCatalogue *catalogue,
                GHashTable      *reached,
                const char      *id)
{
  while (id != NULL && !g_hash_table_contains (reached, id))
    {
      VastusExercise *exercise = vastus_catalogue_lookup (catalogue, id);

      g_assert_nonnull (exercise);
      g_hash_table_add (reached, (gpointer) vastus_exercise_get_id (exercise));
      mark_reachable (catalogue, reached, vastus_exercise_get_easier (exercise));
      id = vastus_exercise_get_harder (exercise);
    }
}

static void
test_builtin_reachable (void)
{
  g_autoptr (VastusCatalogue) catalogue = load_builtin ();
  g_autoptr (GHashTable) reached = g_hash_table_new (g_str_hash, g_str_equal);
  GListModel *programs = vastus_catalogue_get_programs (catalogue);
  gboolean phases[4] = { FALSE };

  for (guint i = 0; i < g_list_model_get_n_items (programs); i++)
    {
      g_autoptr (VastusStarterProgram) program = g_list_model_get_item (programs, i);
      const char * const *ids = vastus_starter_program_get_exercises (program);

      phases[vastus_starter_program_get_phase (program)] = TRUE;
      for (guint k = 0; ids[k] != NULL; k++)
        mark_reachable (catalogue, reached, ids[k]);
    }

  g_assert_true (phases[1] && phases[2] && phases[3]);
  g_assert_nonnull (vastus_catalogue_lookup_program (catalogue, "phase-1-gentle"));

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (catalogue)); i++)
    {
      g_autoptr (VastusExercise) exercise = g_list_model_get_item (G_LIST_MODEL (catalogue), i);

      VastusCategory category = vastus_exercise_get_category (exercise);

      /* Stretches and self-massage are extras a person adds from the
       * Library; the starters keep to the work that makes the knee better. */
      if (category == VASTUS_CATEGORY_STRETCH || category == VASTUS_CATEGORY_RELEASE)
        continue;
      if (!g_hash_table_contains (reached, vastus_exercise_get_id (exercise)))
        g_error ("'%s' is in no starter programme and on no ladder from one",
                 vastus_exercise_get_id (exercise));
    }
}

/* The ladders a physiotherapist would climb, each from its easiest step to
 * its hardest: no big jumps in load, and a home step before a machine. */
static const char * const ladders[][8] = {
  { "ball-squeeze", "bridge-ball-squeeze", "wall-sit", "wall-sit-ball-squeeze", NULL },
  { "short-arc-quad", "terminal-knee-extension", "band-leg-extension", "leg-extension", NULL },
  { "quad-set", "straight-leg-raise", "ankle-weight-straight-leg-raise", NULL },
  { "prone-hamstring-curl", "prone-hamstring-curl-weighted", NULL },
  { "clamshell", "band-clamshell", "side-lying-hip-abduction", "side-bridge", "standing-band-hip-abduction", NULL },
  { "glute-bridge", "single-leg-bridge", NULL },
  { "supported-split-squat", "split-squat", "lunge", "bulgarian-split-squat", NULL },
};

static void
test_builtin_ladders (void)
{
  g_autoptr (VastusCatalogue) catalogue = load_builtin ();

  for (guint l = 0; l < G_N_ELEMENTS (ladders); l++)
    {
      const char *previous = NULL;

      for (guint k = 0; ladders[l][k] != NULL; k++)
        {
          VastusExercise *exercise = vastus_catalogue_lookup (catalogue, ladders[l][k]);

          if (exercise == NULL)
            g_error ("the built-in catalogue has no '%s'", ladders[l][k]);
          g_assert_cmpstr (vastus_exercise_get_easier (exercise), ==, previous);
          g_assert_cmpstr (vastus_exercise_get_harder (exercise), ==, ladders[l][k + 1]);
          previous = ladders[l][k];
        }
    }
}

/* A harder link is answered by an easier link the other way, and the other
 * way round; only a machine joins a ladder from the side, its easier step
 * leading on to something that needs no machine. Levels climb with the
 * ladder. */
static void
test_builtin_links_both_ways (void)
{
  g_autoptr (VastusCatalogue) catalogue = load_builtin ();

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (catalogue)); i++)
    {
      g_autoptr (VastusExercise) exercise = g_list_model_get_item (G_LIST_MODEL (catalogue), i);
      const char *id = vastus_exercise_get_id (exercise);
      const char *easier = vastus_exercise_get_easier (exercise);
      const char *harder = vastus_exercise_get_harder (exercise);

      g_test_message ("%s", id);
      if (harder != NULL)
        {
          VastusExercise *next = vastus_catalogue_lookup (catalogue, harder);

          g_assert_cmpstr (vastus_exercise_get_easier (next), ==, id);
          /* A step up is never labelled easier than where it starts. */
          g_assert_cmpint (vastus_exercise_get_level (next), >=, vastus_exercise_get_level (exercise));
        }
      if (easier != NULL &&
          !vastus_exercise_uses_equipment (exercise, "leg-press-machine") &&
          !vastus_exercise_uses_equipment (exercise, "leg-extension-machine") &&
          !vastus_exercise_uses_equipment (exercise, "leg-curl-machine"))
        g_assert_cmpstr (vastus_exercise_get_harder (vastus_catalogue_lookup (catalogue, easier)), ==, id);
    }
}

static gboolean
uses_a_machine (const cJSON *exercise)
{
  const cJSON *item;

  cJSON_ArrayForEach (item, cJSON_GetObjectItemCaseSensitive (exercise, "equipment"))
    if (cJSON_IsString (item) && g_str_has_suffix (item->valuestring, "-machine"))
      return TRUE;
  return FALSE;
}

/* Someone without the machine is offered an exercise that needs none. The
 * catalogue's own file is read here, as the field is new to the format. */
static void
test_builtin_home_alternatives (void)
{
  g_autoptr (VastusCatalogue) catalogue = load_builtin ();
  g_autofree char *folder = vastus_catalogue_builtin_folder ();
  g_autofree char *path = g_build_filename (folder, "exercises.json", NULL);
  g_autofree char *contents = NULL;
  const cJSON *exercise;
  cJSON *document;
  guint machines = 0;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  document = cJSON_Parse (contents);
  g_assert_nonnull (document);

  cJSON_ArrayForEach (exercise, cJSON_GetObjectItemCaseSensitive (document, "exercises"))
    {
      const char *id = cJSON_GetStringValue (cJSON_GetObjectItemCaseSensitive (exercise, "id"));
      const char *home = cJSON_GetStringValue (cJSON_GetObjectItemCaseSensitive (exercise, "home_alternative"));
      const cJSON *other;

      g_test_message ("%s: %s", id, home);
      if (!uses_a_machine (exercise))
        {
          g_assert_null (home);
          continue;
        }
      machines++;
      g_assert_nonnull (home);
      g_assert_nonnull (vastus_catalogue_lookup (catalogue, home));
      cJSON_ArrayForEach (other, cJSON_GetObjectItemCaseSensitive (document, "exercises"))
        if (g_strcmp0 (cJSON_GetStringValue (cJSON_GetObjectItemCaseSensitive (other, "id")), home) == 0)
          g_assert_false (uses_a_machine (other));
    }
  g_assert_cmpuint (machines, >=, 2);
  cJSON_Delete (document);
}

static gboolean
any_contains (const char * const *texts,
              const char         *words)
{
  for (guint i = 0; texts[i] != NULL; i++)
    if (strstr (texts[i], words) != NULL)
      return TRUE;
  return FALSE;
}

/* The machine leg extension starts in the range that is easiest on the
 * kneecap, from 90 to 45 degrees of knee bend, and widens it from there;
 * the band version at home starts in the same range. */
static void
test_leg_extension_range (void)
{
  g_autoptr (VastusCatalogue) catalogue = load_builtin ();
  static const char * const ids[] = { "leg-extension", "band-leg-extension" };

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      VastusExercise *exercise = vastus_catalogue_lookup (catalogue, ids[i]);
      const char * const *steps = vastus_exercise_get_steps (exercise);

      g_assert_true (any_contains (steps, "45 degrees"));
      g_assert_true (any_contains (steps, "further") || any_contains (steps, "widen"));
    }
  g_assert_true (any_contains (vastus_exercise_get_steps (vastus_catalogue_lookup (catalogue, "leg-extension")), "one leg at a time"));
  g_assert_true (vastus_exercise_uses_equipment (vastus_catalogue_lookup (catalogue, "band-leg-extension"), "band"));
}

/* An ankle weight the steps or the clip use is in the exercise's equipment,
 * and its load is a dose value the coach can move: added weight is a step on
 * the ladder, not a sentence in the steps. */
static void
test_builtin_ankle_weights (void)
{
  g_autoptr (VastusCatalogue) catalogue = load_builtin ();
  guint weighted = 0;

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (catalogue)); i++)
    {
      g_autoptr (VastusExercise) exercise = g_list_model_get_item (G_LIST_MODEL (catalogue), i);
      const VastusPose *pose = vastus_exercise_get_pose (exercise);
      gboolean shown = FALSE;
      gboolean listed = vastus_exercise_uses_equipment (exercise, "ankle-weight");

      g_test_message ("%s", vastus_exercise_get_id (exercise));
      for (guint p = 0; pose != NULL && p < pose->n_props; p++)
        shown |= pose->props[p].kind == VASTUS_PROP_ANKLE_WEIGHT;
      g_assert_true (shown == listed);
      g_assert_true (any_contains (vastus_exercise_get_steps (exercise), "ankle weight") == listed);
      if (listed)
        {
          weighted++;
          g_assert_true (vastus_exercise_can_progress (exercise, VASTUS_DOSE_LOAD));
          g_assert_true (vastus_dose_has (vastus_exercise_get_dose (exercise), VASTUS_DOSE_LOAD));
        }
    }
  g_assert_cmpuint (weighted, >=, 2);
}

/* Split squats ask for balance: the supported one is held on to, and the
 * Bulgarian one, with the back foot raised, says how to stay steady. */
static void
test_split_squat_balance (void)
{
  g_autoptr (VastusCatalogue) catalogue = load_builtin ();
  VastusExercise *supported = vastus_catalogue_lookup (catalogue, "supported-split-squat");
  VastusExercise *bulgarian = vastus_catalogue_lookup (catalogue, "bulgarian-split-squat");
  const VastusDose *shallow = vastus_exercise_get_dose (supported);
  const VastusDose *deeper = vastus_exercise_get_dose (vastus_catalogue_lookup (catalogue, "split-squat"));

  g_assert_true (any_contains (vastus_exercise_get_steps (supported), "rest a hand"));
  g_assert_cmpfloat (vastus_dose_get (shallow, VASTUS_DOSE_DEPTH), <, vastus_dose_get (deeper, VASTUS_DOSE_DEPTH));
  g_assert_true (any_contains (vastus_exercise_get_cautions (bulgarian), "alance"));
  g_assert_true (any_contains (vastus_exercise_get_steps (bulgarian), "no higher than your knee"));
  g_assert_true (any_contains (vastus_exercise_get_steps (bulgarian), "to hold"));
}

/* Rolling presses hard on the thigh: never over a possible blood clot, and
 * not without a doctor's word for someone on blood thinners. */
static void
test_release_cautions (void)
{
  g_autoptr (VastusCatalogue) catalogue = load_builtin ();
  guint releases = 0;

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (catalogue)); i++)
    {
      g_autoptr (VastusExercise) exercise = g_list_model_get_item (G_LIST_MODEL (catalogue), i);
      const char * const *cautions = vastus_exercise_get_cautions (exercise);

      if (!vastus_exercise_uses_equipment (exercise, "foam-roller"))
        continue;
      g_test_message ("%s", vastus_exercise_get_id (exercise));
      releases++;
      g_assert_true (any_contains (cautions, "swollen, hot, red or painful"));
      g_assert_true (any_contains (cautions, "blood clot"));
      g_assert_true (any_contains (cautions, "the same day"));
      g_assert_true (any_contains (cautions, "blood thinners"));
    }
  g_assert_cmpuint (releases, >=, 2);
}

/* The short-arc quad says what it adds to the quad set and the straight-leg
 * raise: straightening through the last 30 degrees, the knee supported. */
static void
test_short_arc_quad_purpose (void)
{
  g_autoptr (VastusCatalogue) catalogue = load_builtin ();
  const char *summary = vastus_exercise_get_summary (vastus_catalogue_lookup (catalogue, "short-arc-quad"));

  g_assert_nonnull (strstr (summary, "last 30 degrees"));
  g_assert_nonnull (strstr (summary, "standing exercises too much"));
}

/* Every strength and isometric exercise starts at two sets with room to go
 * down as well as up: sets from 1 to 4, repetitions from 6, holds from 10 s.
 * Wall sits stay within 60 degrees of knee bend, where the kneecap is
 * pressed less hard than in a deep sit. */
static void
test_builtin_doses (void)
{
  g_autoptr (VastusCatalogue) catalogue = load_builtin ();

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (catalogue)); i++)
    {
      g_autoptr (VastusExercise) exercise = g_list_model_get_item (G_LIST_MODEL (catalogue), i);
      VastusCategory category = vastus_exercise_get_category (exercise);
      const VastusDose *dose = vastus_exercise_get_dose (exercise);
      const char *id = vastus_exercise_get_id (exercise);
      double low, high;

      if (category != VASTUS_CATEGORY_STRENGTH && category != VASTUS_CATEGORY_ISOMETRIC)
        continue;
      g_test_message ("%s", id);

      g_assert_cmpfloat (vastus_dose_get (dose, VASTUS_DOSE_SETS), ==, 2);
      g_assert_true (vastus_dose_get_bounds (dose, VASTUS_DOSE_SETS, &low, &high));
      g_assert_cmpfloat (low, ==, 1);
      g_assert_cmpfloat (high, ==, 4);
      if (vastus_dose_has (dose, VASTUS_DOSE_REPS))
        {
          g_assert_true (vastus_dose_get_bounds (dose, VASTUS_DOSE_REPS, &low, &high));
          g_assert_cmpfloat (low, ==, 6);
          g_assert_cmpfloat (low, <, vastus_dose_get (dose, VASTUS_DOSE_REPS));
        }
      if (vastus_dose_has (dose, VASTUS_DOSE_HOLD))
        {
          g_assert_true (vastus_dose_get_bounds (dose, VASTUS_DOSE_HOLD, &low, &high));
          g_assert_cmpfloat (low, ==, 10);
          g_assert_cmpfloat (low, <, vastus_dose_get (dose, VASTUS_DOSE_HOLD));
        }
      if (vastus_exercise_uses_equipment (exercise, "wall") &&
          vastus_dose_get_bounds (dose, VASTUS_DOSE_DEPTH, &low, &high))
        g_assert_cmpfloat (high, <=, 60);
    }
}

/* Each kind of bad input, and the words its message must have. */
static const struct
{
  const char *file;
  const char *message;
} bad_inputs[] = {
  { "bad-wrong-type.json", "bad-wrong-type.json: exercise 'test-squat': level must be a whole number from 1 to 5, not a string" },
  { "bad-missing-field.json", "bad-missing-field.json: exercise 'test-squat': steps is missing" },
  { "bad-dose-range.json", "bad-dose-range.json: exercise 'test-squat': dose.hold_s must be a whole number from 5 to 300, not 400" },
  { "bad-duplicate-id.json", "bad-duplicate-id.json: exercise 'test-squat': id is used by two exercises in this file" },
  { "bad-unknown-link.json", "bad-unknown-link.json: exercise 'test-squat': harder names 'no-such-exercise', which is not in the catalogue" },
  { "bad-switch-sides.json", "bad-switch-sides.json: exercise 'test-squat': switch_sides is for exercises done one leg at a time" },
  { "bad-stages.json", "bad-stages.json: exercise 'test-squat': stages are for timed sets, with a hold_s in the dose" },
  { "bad-ladder-loop.json", "bad-ladder-loop.json: exercise 'loop-a': harder links form a loop (loop-a → loop-b → loop-c → loop-a)" },
  { "bad-clip-escape.json", "bad-clip-escape.json: exercise 'test-squat': clip must stay inside the catalogue's folder, not '../../../etc/passwd'" },
  { "bad-clip-absolute.json", "bad-clip-absolute.json: exercise 'test-squat': clip must be a path inside the catalogue's folder, not '/etc/passwd'" },
  { "bad-newer-format.json", "bad-newer-format.json: format is 2, but this version of Vastus reads format 1" },
  { "bad-bounds.json", "bad-bounds.json: exercise 'test-squat': bounds.reps must contain the default dose (10), not [12, 15]" },
  { "bad-tempo-cue.json", "bad-tempo-cue.json: exercise 'test-squat': dose.tempo[0].cue must be one of" },
  { "bad-program.json", "bad-program.json: programme 'p': exercises[1] names 'nope', which is not in the catalogue" },
  { "bad-truncated.json", "bad-truncated.json: line " },
  { "bad-empty.json", "bad-empty.json: the file is empty" },
  { "bad-not-utf8.json", "bad-not-utf8.json: exercise 'test-squat': name is not valid UTF-8 text" },
  { "no-such-file.json", "no-such-file.json: cannot be read" },
  { "bad-home-alternative.json", "bad-home-alternative.json: exercise 'test-squat': home_alternative names 'no-such-exercise', which is not in the catalogue" },
  { "bad-home-alternative-machine.json", "bad-home-alternative-machine.json: exercise 'test-squat': home_alternative names 'test-press', which needs a machine; a home alternative must not" },
};

static void
test_bad_input (gconstpointer data)
{
  guint i = GPOINTER_TO_UINT (data);
  g_autoptr (VastusCatalogue) catalogue = vastus_catalogue_new ();
  g_autoptr (GError) error = NULL;
  g_autofree char *path = fixture (bad_inputs[i].file);


  g_assert_false (vastus_catalogue_load_file (catalogue, path, &error));
  g_assert_nonnull (error);
  g_assert_true (error->domain == VASTUS_CATALOGUE_ERROR);
  if (strstr (error->message, bad_inputs[i].message) == NULL)
    g_error ("expected a message with\n  %s\nbut got\n  %s", bad_inputs[i].message, error->message);

  /* A file is taken whole or not at all. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (catalogue)), ==, 0);
}

static void
test_truncated_says_where (void)
{
  g_autoptr (VastusCatalogue) catalogue = vastus_catalogue_new ();
  g_autoptr (GError) error = NULL;
  g_autofree char *path = fixture ("bad-truncated.json");

  g_assert_false (vastus_catalogue_load_file (catalogue, path, &error));
  g_assert_nonnull (strstr (error->message, "truncated"));
}

/* A catalogue file holds one document: one glued to another, or followed by
 * text or by a NUL byte and more, is refused with where that starts. */
static void
test_glued_documents (void)
{
  g_autofree char *path = fixture ("valid-minimal.json");
  g_autofree char *minimal = NULL;
  static const char * const tails[] = { "{}", "\n{ \"format\": 1 }", "garbage", "\0{}", "\0" };
  gsize length;

  g_assert_true (g_file_get_contents (path, &minimal, &length, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (tails); i++)
    {
      g_autoptr (VastusCatalogue) catalogue = vastus_catalogue_new ();
      g_autoptr (GError) error = NULL;
      g_autoptr (GString) document = g_string_new_len (minimal, (gssize) length);

      g_string_append_len (document, tails[i], tails[i][0] == '\0' ? (gssize) strlen (tails[i] + 1) + 1 : -1);
      g_assert_false (vastus_catalogue_load_data (catalogue, document->str, document->len, "glued.json",
                                                  "/tmp", &error));
      g_assert_error (error, VASTUS_CATALOGUE_ERROR, VASTUS_CATALOGUE_ERROR_INVALID);
      if (!g_str_has_prefix (error->message, "glued.json: line ") ||
          strstr (error->message, "something follows the end of the JSON document") == NULL)
        g_error ("not a message about what follows the document: %s", error->message);
      g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (catalogue)), ==, 0);
    }
}

/* A NUL character in a text, written `\u0000` or as a raw byte, cut the text
 * there: it is said with the file, the exercise and the field. */
static void
test_nul_character (void)
{
  static const struct
  {
    const char *from;   /* in the minimal exercise, this … */
    const char *to;     /* … becomes this; "@" stands for a NUL byte */
    const char *message;
  } nuls[] = {
    { "\"Test squat\"", "\"Test\\u0000squat\"",
      "nul.json: exercise 'test-squat': name must not hold a NUL character (\\u0000)" },
    { "\"Test squat\"", "\"Test@squat\"",
      "nul.json: exercise 'test-squat': name must not hold a NUL character (\\u0000)" },
    { "\"Stand tall.\"", "\"Stand tall.\\u0000 Then jump.\"",
      "nul.json: exercise 'test-squat': steps[0] must not hold a NUL character (\\u0000)" },
    { "\"vmo\",", "\"vmo\\u0000\",",
      "nul.json: exercise 'test-squat': muscles[0] must not hold a NUL character (\\u0000)" },
    { "\"cue\": \"lower\"", "\"cue\": \"lower@\"",
      "nul.json: exercise 'test-squat': dose.tempo[0].cue must not hold a NUL character (\\u0000)" },
    { "\"cues\":", "\"cues\\u0000extra\":",
      "nul.json: exercise 'test-squat': cues has a NUL character (\\u0000) in its key" },
    { "\"id\": \"test-squat\"", "\"id\": \"test-squat\\u0000\"",
      "nul.json: exercises[0]: id must not hold a NUL character (\\u0000)" },
    /* Between the tokens, a NUL byte is no JSON at all. */
    { "\"level\": 2,", "\"level\":@2,", "nul.json: line 16, column 15: not valid JSON" },
  };
  g_autofree char *path = fixture ("valid-minimal.json");
  g_autofree char *minimal = NULL;

  g_assert_true (g_file_get_contents (path, &minimal, NULL, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (nuls); i++)
    {
      g_autoptr (VastusCatalogue) catalogue = vastus_catalogue_new ();
      g_autoptr (GString) document = g_string_new (minimal);
      g_autoptr (GError) error = NULL;

      g_assert_cmpuint (g_string_replace (document, nuls[i].from, nuls[i].to, 1), ==, 1);
      for (gsize k = 0; k < document->len; k++)
        if (document->str[k] == '@')
          document->str[k] = '\0';
      g_assert_false (vastus_catalogue_load_data (catalogue, document->str, document->len, "nul.json",
                                                  "/tmp", &error));
      if (strstr (error->message, nuls[i].message) == NULL)
        g_error ("expected a message with\n  %s\nbut got\n  %s", nuls[i].message, error->message);
      g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (catalogue)), ==, 0);
    }

  /* An escaped backslash before "u0000" is text like any other. */
  {
    g_autoptr (VastusCatalogue) catalogue = vastus_catalogue_new ();
    g_autoptr (GString) document = g_string_new (minimal);
    g_autoptr (GError) error = NULL;

    g_string_replace (document, "\"Test squat\"", "\"Test\\\\u0000squat\"", 1);
    g_assert_true (vastus_catalogue_load_data (catalogue, document->str, document->len, "nul.json",
                                               "/tmp", &error));
    g_assert_no_error (error);
    g_assert_cmpstr (vastus_exercise_get_name (vastus_catalogue_lookup (catalogue, "test-squat")), ==,
                     "Test\\u0000squat");
  }
}

static void
test_every_problem_reported (void)
{
  g_autoptr (VastusCatalogue) catalogue = vastus_catalogue_new ();
  g_autoptr (GError) error = NULL;
  const char *document =
    "{ \"format\": 1, \"exercises\": ["
    "  { \"id\": \"Bad Id\", \"name\": \"\", \"summary\": \"s\", \"category\": \"dance\","
    "    \"muscles\": [\"vmo\"], \"equipment\": [\"none\", \"wall\"], \"level\": 9, \"side\": \"both\","
    "    \"dose\": { \"sets\": 0, \"reps\": 10, \"rest_s\": 60 }, \"steps\": [\"a\"], \"cues\": [\"b\"],"
    "    \"cautions\": [] } ] }";
  g_auto (GStrv) lines = NULL;

  g_assert_false (vastus_catalogue_load_data (catalogue, document, strlen (document), "many.json",
                                              "/tmp", &error));
  lines = g_strsplit (error->message, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 6);
  g_assert_nonnull (strstr (error->message, "id must be 2 to 64 lower-case letters"));
  g_assert_nonnull (strstr (error->message, "name must not be empty"));
  g_assert_nonnull (strstr (error->message, "category must be one of"));
  g_assert_nonnull (strstr (error->message, "level must be a whole number from 1 to 5, not 9"));
  g_assert_nonnull (strstr (error->message, "equipment lists 'none' with other equipment"));
  g_assert_nonnull (strstr (error->message, "dose.sets must be a whole number from 1 to 10, not 0"));
}

/* A key given twice anywhere is said with the file, the item and the field;
 * a pose keyframe's "t" given twice once crashed Vastus at every start. */
static void
test_repeated_key (void)
{
  static const struct
  {
    const char *from;   /* in the minimal exercise, this … */
    const char *to;     /* … becomes this */
    const char *message;
  } repeated[] = {
    { "\"level\": 2,", "\"level\": 2, \"level\": 2,",
      "many.json: exercise 'test-squat': level is given more than once" },
    { "\"reps\": 10,", "\"reps\": 10, \"reps\": 12,",
      "many.json: exercise 'test-squat': dose.reps is given more than once" },
    { "\"cautions\": [", "\"pose\": { \"anchor\": \"feet\", \"keyframes\": ["
      " { \"t\": 0, \"trunk\": 90, \"hip\": 0, \"knee\": 0, \"ankle\": 0 }, { \"t\": 2, \"t\": 3 } ] }, \"cautions\": [",
      "many.json: exercise 'test-squat': pose.keyframes[1].t is given more than once" },
    { "\"format\": 1,", "\"format\": 1, \"format\": 1,",
      "many.json: format is given more than once" },
    { "\"exercises\": [", "\"programs\": [ { \"id\": \"p\", \"name\": \"P\", \"name\": \"Q\", \"summary\": \"s\","
      " \"phase\": 1, \"sessions_per_week\": 3, \"exercises\": [\"test-squat\"] } ], \"exercises\": [",
      "many.json: programme 'p': name is given more than once" },
  };
  g_autofree char *path = fixture ("valid-minimal.json");
  g_autofree char *minimal = NULL;
  g_autofree char *crashed = fixture ("bad-repeated-key.json");
  g_autoptr (VastusCatalogue) catalogue = vastus_catalogue_new ();
  g_autoptr (GError) error = NULL;

  g_assert_true (g_file_get_contents (path, &minimal, NULL, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (repeated); i++)
    {
      g_autoptr (GString) document = g_string_new (minimal);

      g_assert_cmpuint (g_string_replace (document, repeated[i].from, repeated[i].to, 1), ==, 1);
      g_assert_false (vastus_catalogue_load_data (catalogue, document->str, document->len, "many.json",
                                                  "/tmp", &error));
      if (strstr (error->message, repeated[i].message) == NULL)
        g_error ("expected a message with\n  %s\nbut got\n  %s", repeated[i].message, error->message);
      g_clear_error (&error);
    }

  /* The file that crashed: a problem said, nothing merged. */
  g_assert_false (vastus_catalogue_load_file (catalogue, crashed, &error));
  g_assert_nonnull (strstr (error->message, "bad-repeated-key.json: exercise 'test-squat': pose.keyframes[0].t is given more than once"));
  g_assert_nonnull (strstr (error->message, "pose.keyframes[0].t must be a number from 0 to 30, not 88"));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (catalogue)), ==, 0);
}

static void
test_unknown_fields (void)
{
  g_autoptr (VastusCatalogue) catalogue = vastus_catalogue_new ();
  g_autoptr (GError) error = NULL;
  g_autofree char *path = fixture ("valid-unknown-fields.json");

  g_assert_true (vastus_catalogue_load_file (catalogue, path, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (catalogue)), ==, 1);
}

static void
count_changes_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  GArray     *changes)
{
  guint change[3] = { position, removed, added };

  g_array_append_vals (changes, change, 3);
}

static void
test_user_folder_merges (void)
{
  g_autoptr (VastusCatalogue) catalogue = load_builtin ();
  g_autofree char *folder = g_dir_make_tmp ("vastus-user-XXXXXX", NULL);
  g_autofree char *good_source = fixture ("user-override.json");
  g_autofree char *bad_source = fixture ("bad-unknown-link.json");
  g_autofree char *good = g_build_filename (folder, "10-mine.json", NULL);
  g_autofree char *bad = g_build_filename (folder, "20-broken.json", NULL);
  g_autofree char *ignored = g_build_filename (folder, "notes.txt", NULL);
  g_autofree char *contents = NULL;
  g_autoptr (GPtrArray) errors = NULL;
  g_autoptr (GArray) changes = g_array_new (FALSE, FALSE, sizeof (guint));
  guint before = g_list_model_get_n_items (G_LIST_MODEL (catalogue));
  guint position;
  VastusExercise *wall_sit;
  VastusExercise *drill;

  g_assert_true (g_file_get_contents (good_source, &contents, NULL, NULL));
  g_assert_true (g_file_set_contents (good, contents, -1, NULL));
  g_clear_pointer (&contents, g_free);
  g_assert_true (g_file_get_contents (bad_source, &contents, NULL, NULL));
  g_assert_true (g_file_set_contents (bad, contents, -1, NULL));
  g_assert_true (g_file_set_contents (ignored, "not a catalogue", -1, NULL));

  g_signal_connect (catalogue, "items-changed", G_CALLBACK (count_changes_cb), changes);
  errors = vastus_catalogue_load_folder (catalogue, folder);

  /* The broken file is skipped with its message; the good one is merged. */
  g_assert_cmpuint (errors->len, ==, 1);
  g_assert_nonnull (strstr (((GError *) g_ptr_array_index (errors, 0))->message, "20-broken.json: exercise 'test-squat'"));

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (catalogue)), ==, before + 1);
  wall_sit = vastus_catalogue_lookup (catalogue, "wall-sit");
  g_assert_cmpstr (vastus_exercise_get_name (wall_sit), ==, "Wall sit (my physio's version)");
  drill = vastus_catalogue_lookup (catalogue, "my-knee-drill");
  g_assert_nonnull (drill);
  g_assert_cmpstr (vastus_exercise_get_easier (drill), ==, "mini-squat");

  /* Exact ranges: the replaced exercise in place, the new one at the end. */
  for (position = 0; position < before; position++)
    {
      g_autoptr (VastusExercise) item = g_list_model_get_item (G_LIST_MODEL (catalogue), position);
      if (item == wall_sit)
        break;
    }
  g_assert_cmpuint (changes->len, ==, 6);
  g_assert_cmpuint (g_array_index (changes, guint, 0), ==, position);
  g_assert_cmpuint (g_array_index (changes, guint, 1), ==, 1);
  g_assert_cmpuint (g_array_index (changes, guint, 2), ==, 1);
  g_assert_cmpuint (g_array_index (changes, guint, 3), ==, before);
  g_assert_cmpuint (g_array_index (changes, guint, 4), ==, 0);
  g_assert_cmpuint (g_array_index (changes, guint, 5), ==, 1);

  g_unlink (good);
  g_unlink (bad);
  g_unlink (ignored);
  g_rmdir (folder);
}

static void
test_missing_user_folder (void)
{
  g_autoptr (VastusCatalogue) catalogue = load_builtin ();
  g_autoptr (GPtrArray) errors = vastus_catalogue_load_folder (catalogue, "/nonexistent/vastus/catalogue.d");

  g_assert_cmpuint (errors->len, ==, 0);
}

static void
test_finalize (void)
{
  VastusCatalogue *catalogue = load_builtin ();
  VastusExercise *exercise = g_object_ref (vastus_catalogue_lookup (catalogue, "wall-sit"));

  g_assert_finalize_object (catalogue);
  g_assert_finalize_object (exercise);
}

static void
test_search (void)
{
  g_autoptr (VastusCatalogue) catalogue = load_builtin ();
  VastusExercise *wall_sit = vastus_catalogue_lookup (catalogue, "wall-sit");
  VastusExercise *quad_set = vastus_catalogue_lookup (catalogue, "quad-set");
  g_autofree char *wall = vastus_search_fold ("  WALL ");
  g_autofree char *two_words = vastus_search_fold ("wall sit");
  g_autofree char *muscle = vastus_search_fold ("vastus medialis");
  g_autofree char *equipment = vastus_search_fold ("towel");
  g_autofree char *nothing = vastus_search_fold ("trampoline");

  g_assert_cmpstr (wall, ==, "wall");
  g_assert_true (vastus_exercise_matches (wall_sit, wall));
  g_assert_true (vastus_exercise_matches (wall_sit, two_words));
  g_assert_false (vastus_exercise_matches (quad_set, two_words));
  g_assert_true (vastus_exercise_matches (quad_set, muscle));
  g_assert_true (vastus_exercise_matches (quad_set, equipment));
  g_assert_false (vastus_exercise_matches (wall_sit, nothing));
  g_assert_true (vastus_exercise_matches (wall_sit, ""));
}

static void
test_describe (void)
{
  g_autoptr (VastusCatalogue) catalogue = load_builtin ();
  VastusExercise *exercise = vastus_catalogue_lookup (catalogue, "wall-sit-ball-squeeze");
  g_autofree char *kind = vastus_exercise_describe_kind (exercise);
  g_autofree char *equipment = vastus_exercise_describe_equipment (exercise);
  g_autofree char *muscles = vastus_exercise_describe_muscles (exercise);

  g_assert_cmpstr (kind, ==, "Isometric · Level 3");
  g_assert_cmpstr (equipment, ==, "Wall, Soft ball or pillow");
  g_assert_true (g_str_has_prefix (muscles, "Vastus medialis (inner quadriceps), Quadriceps"));
}

/* Clips that are links: the catalogue's folder is where a clip really is,
 * not only where its words say. */

static const char linked_document[] =
  "{ \"format\": 1, \"exercises\": [ {"
  "  \"id\": \"linked-drill\", \"name\": \"Linked drill\", \"summary\": \"A drill for the tests.\","
  "  \"category\": \"strength\", \"muscles\": [\"quadriceps\"], \"equipment\": [\"none\"],"
  "  \"level\": 2, \"side\": \"both\", \"dose\": { \"sets\": 2, \"reps\": 10, \"rest_s\": 60 },"
  "  \"steps\": [\"Do it as shown.\"], \"cues\": [\"Slowly.\"], \"cautions\": [],"
  "  \"clip\": \"videos/drill.webm\" } ] }";

typedef struct
{
  char *root;       /* holds both */
  char *folder;     /* the catalogue's folder */
  char *videos;     /* its videos/ */
  char *clip;       /* videos/drill.webm, as the catalogue names it */
  char *outside;    /* a folder next to it */
  char *secret;     /* a file in that folder */
} Linked;

static void
linked_set_up (Linked        *fixture,
               gconstpointer  data)
{
  fixture->root = g_build_filename (g_getenv (VASTUS_TEST_ROOT_VARIABLE), "linked", NULL);
  fixture->folder = g_build_filename (fixture->root, "catalogue.d", NULL);
  fixture->videos = g_build_filename (fixture->folder, "videos", NULL);
  fixture->clip = g_build_filename (fixture->videos, "drill.webm", NULL);
  fixture->outside = g_build_filename (fixture->root, "elsewhere", NULL);
  fixture->secret = g_build_filename (fixture->outside, "secret.webm", NULL);

  g_assert_cmpint (g_mkdir_with_parents (fixture->videos, 0700), ==, 0);
  g_assert_cmpint (g_mkdir_with_parents (fixture->outside, 0700), ==, 0);
  g_assert_true (g_file_set_contents (fixture->secret, "not for the catalogue", -1, NULL));
}

static void
linked_tear_down (Linked        *fixture,
                  gconstpointer  data)
{
  vastus_test_remove_tree (fixture->root);
  g_assert_false (g_file_test (fixture->secret, G_FILE_TEST_EXISTS));
  g_free (fixture->root);
  g_free (fixture->folder);
  g_free (fixture->videos);
  g_free (fixture->clip);
  g_free (fixture->outside);
  g_free (fixture->secret);
}

static void
link_at (const char *target,
         const char *link)
{
  if (symlink (target, link) != 0)
    g_error ("Cannot link %s to %s: %s", link, target, g_strerror (errno));
}

static VastusCatalogue *
load_linked (Linked  *fixture,
             GError **error)
{
  VastusCatalogue *catalogue = vastus_catalogue_new ();

  vastus_catalogue_load_data (catalogue, linked_document, strlen (linked_document), "linked.json",
                              fixture->folder, error);
  return catalogue;
}

/* The message the catalogue gives for a clip that leaves its folder. */
static void
assert_refused (const GError *error,
                const char   *leads_to)
{
  const char *expected = "linked.json: exercise 'linked-drill': clip must stay inside the catalogue's folder, "
                         "not 'videos/drill.webm': ";

  g_assert_nonnull (error);
  if (!g_str_has_prefix (error->message, expected))
    g_error ("expected a message starting with\n  %s\nbut got\n  %s", expected, error->message);
  if (leads_to != NULL && strstr (error->message, leads_to) == NULL)
    g_error ("expected the message to say\n  %s\nbut got\n  %s", leads_to, error->message);
}

static void
test_clip_symlink_outside (Linked        *fixture,
                           gconstpointer  data)
{
  g_autoptr (VastusCatalogue) catalogue = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *real_secret = realpath (fixture->secret, NULL);
  g_autofree char *leads_to = g_strdup_printf ("it leads to %s, outside ", real_secret);
  g_autofree char *outside_clip = g_build_filename (fixture->outside, "drill.webm", NULL);

  /* The clip a link to a file outside, as a relative link... */
  link_at ("../../elsewhere/secret.webm", fixture->clip);
  catalogue = load_linked (fixture, &error);
  assert_refused (error, leads_to);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (catalogue)), ==, 0);
  g_clear_object (&catalogue);
  g_clear_error (&error);

  /* ...as an absolute one... */
  g_assert_cmpint (g_unlink (fixture->clip), ==, 0);
  link_at (fixture->secret, fixture->clip);
  catalogue = load_linked (fixture, &error);
  assert_refused (error, leads_to);
  g_clear_object (&catalogue);
  g_clear_error (&error);

  /* ...and the folder on the way a link to the folder outside. */
  vastus_test_remove_tree (fixture->videos);
  g_assert_true (g_file_set_contents (outside_clip, "not for the catalogue either", -1, NULL));
  link_at (fixture->outside, fixture->videos);
  catalogue = load_linked (fixture, &error);
  assert_refused (error, "elsewhere/drill.webm, outside ");
  g_clear_object (&catalogue);
  g_clear_error (&error);

  /* A link to where a file outside would be, which is not there yet. */
  g_assert_cmpint (g_unlink (fixture->videos), ==, 0);
  g_assert_cmpint (g_mkdir (fixture->videos, 0700), ==, 0);
  link_at ("../../elsewhere/not-yet.webm", fixture->clip);
  catalogue = load_linked (fixture, &error);
  assert_refused (error, "elsewhere/not-yet.webm, outside ");
}

static void
test_clip_symlink_chain (Linked        *fixture,
                         gconstpointer  data)
{
  g_autofree char *first = g_build_filename (fixture->folder, "first.webm", NULL);
  g_autofree char *second = g_build_filename (fixture->videos, "second.webm", NULL);
  g_autofree char *a = g_build_filename (fixture->videos, "a.webm", NULL);
  g_autofree char *b = g_build_filename (fixture->videos, "b.webm", NULL);
  g_autoptr (VastusCatalogue) catalogue = NULL;
  g_autoptr (GError) error = NULL;

  /* Inside, inside, inside, then out. */
  link_at ("../first.webm", fixture->clip);
  link_at ("videos/second.webm", first);
  link_at ("../../elsewhere/secret.webm", second);
  catalogue = load_linked (fixture, &error);
  assert_refused (error, "secret.webm, outside ");
  g_clear_object (&catalogue);
  g_clear_error (&error);

  /* The same chain ending at a file outside that is not there. */
  g_assert_cmpint (g_unlink (fixture->secret), ==, 0);
  catalogue = load_linked (fixture, &error);
  assert_refused (error, "secret.webm, outside ");
  g_clear_object (&catalogue);
  g_clear_error (&error);

  /* Links that go round in a loop lead nowhere. */
  g_assert_cmpint (g_unlink (fixture->clip), ==, 0);
  link_at ("a.webm", fixture->clip);
  link_at ("b.webm", a);
  link_at ("drill.webm", b);
  catalogue = load_linked (fixture, &error);
  assert_refused (error, g_strerror (ELOOP));
}

static void
test_clip_symlink_inside (Linked        *fixture,
                          gconstpointer  data)
{
  g_autofree char *filmed = g_build_filename (fixture->folder, "filmed", NULL);
  g_autofree char *real_file = g_build_filename (filmed, "take-2.webm", NULL);
  g_autofree char *take = g_build_filename (fixture->videos, "take.webm", NULL);
  g_autofree char *expected = NULL;
  g_autofree char *path = NULL;
  g_autoptr (VastusCatalogue) catalogue = NULL;
  g_autoptr (GError) error = NULL;
  VastusExercise *exercise;
  VastusClipSource source;

  /* A link to a link to a file, all in the catalogue's folder. */
  g_assert_cmpint (g_mkdir (filmed, 0700), ==, 0);
  g_assert_true (g_file_set_contents (real_file, "a video", -1, NULL));
  link_at ("take.webm", fixture->clip);
  link_at ("../filmed/take-2.webm", take);
  catalogue = load_linked (fixture, &error);
  g_assert_no_error (error);
  exercise = vastus_catalogue_lookup (catalogue, "linked-drill");
  g_assert_nonnull (exercise);
  g_assert_true (g_str_has_suffix (vastus_exercise_get_clip (exercise), "/catalogue.d/videos/drill.webm"));

  /* Played from where it really is. */
  expected = realpath (real_file, NULL);
  path = vastus_clip_find (exercise, NULL, &source, &error);
  g_assert_no_error (error);
  g_assert_cmpint (source, ==, VASTUS_CLIP_RECORDED);
  g_assert_cmpstr (path, ==, expected);
  g_clear_pointer (&path, g_free);

  /* Not there (yet): the clip view says it is missing. */
  g_assert_cmpint (g_unlink (real_file), ==, 0);
  path = vastus_clip_find (exercise, NULL, &source, &error);
  g_assert_no_error (error);
  g_assert_cmpint (source, ==, VASTUS_CLIP_RECORDED);
  g_assert_true (g_str_has_suffix (path, "/catalogue.d/filmed/take-2.webm"));
}

/* A clip made a link to a file outside after the catalogue was read is not
 * played either. */
static void
test_clip_symlink_changed_after_load (Linked        *fixture,
                                      gconstpointer  data)
{
  g_autoptr (VastusCatalogue) catalogue = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *path = NULL;
  VastusExercise *exercise;
  VastusClipSource source;

  g_assert_true (g_file_set_contents (fixture->clip, "a video", -1, NULL));
  catalogue = load_linked (fixture, &error);
  g_assert_no_error (error);
  exercise = vastus_catalogue_lookup (catalogue, "linked-drill");
  path = vastus_clip_find (exercise, NULL, &source, &error);
  g_assert_no_error (error);
  g_assert_cmpint (source, ==, VASTUS_CLIP_RECORDED);
  g_clear_pointer (&path, g_free);

  g_assert_cmpint (g_unlink (fixture->clip), ==, 0);
  link_at (fixture->secret, fixture->clip);
  path = vastus_clip_find (exercise, NULL, &source, &error);
  g_assert_null (path);
  g_assert_cmpint (source, ==, VASTUS_CLIP_REFUSED);
  assert_refused (error, "secret.webm, outside ");
}

/* Home alternatives: read, checked against the whole merged catalogue
 * (one in the person's file may name a built-in exercise), never a machine
 * nor the exercise itself. */
static void
test_home_alternative (void)
{
  g_autoptr (VastusCatalogue) catalogue = vastus_catalogue_new ();
  g_autofree char *path = fixture ("equipment.json");
  g_autoptr (GError) error = NULL;
  VastusExercise *press;
#define MINE \
    "{ \"format\": 1, \"exercises\": [ { \"id\": \"my-press\", \"name\": \"My press\", \"summary\": \"Mine.\"," \
    "  \"category\": \"strength\", \"muscles\": [ \"quadriceps\" ], \"equipment\": [ \"leg-press-machine\" ]," \
    "  \"level\": 3, \"side\": \"both\", \"dose\": { \"sets\": 2, \"reps\": 10, \"rest_s\": 60 }," \
    "  \"steps\": [ \"Press.\" ], \"cues\": [ \"Slowly\" ], \"cautions\": []," \
    "  \"home_alternative\": \"%s\" } ] }"
  g_autofree char *to_wall_squat = g_strdup_printf (MINE, "wall-squat");
  g_autofree char *to_itself = g_strdup_printf (MINE, "my-press");
  g_autofree char *to_a_machine = g_strdup_printf (MINE, "machine-curl");

  g_assert_true (vastus_catalogue_load_file (catalogue, path, &error));
  g_assert_no_error (error);
  press = vastus_catalogue_lookup (catalogue, "machine-press");
  g_assert_cmpstr (vastus_exercise_get_home_alternative (press), ==, "wall-squat");
  g_assert_true (vastus_exercise_needs_machine (press));
  g_assert_false (vastus_exercise_needs_machine (vastus_catalogue_lookup (catalogue, "wall-squat")));
  g_assert_null (vastus_exercise_get_home_alternative (vastus_catalogue_lookup (catalogue, "machine-curl")));

  /* A file of the person's own, merged over it. */
  g_assert_true (vastus_catalogue_load_data (catalogue, to_wall_squat, strlen (to_wall_squat), "mine.json", "/", &error));
  g_assert_no_error (error);
  g_assert_false (vastus_catalogue_load_data (catalogue, to_itself, strlen (to_itself), "mine.json", "/", &error));
  g_assert_nonnull (strstr (error->message, "mine.json: exercise 'my-press': home_alternative names the exercise itself"));
  g_clear_error (&error);
  g_assert_false (vastus_catalogue_load_data (catalogue, to_a_machine, strlen (to_a_machine), "mine.json", "/",
                                              &error));
  g_assert_nonnull (strstr (error->message, "home_alternative names 'machine-curl', which needs a machine"));
#undef MINE
}

int
main (int   argc,
      char *argv[])
{
  /* Before anything reads HOME or the XDG folders. */
  vastus_test_env_init ();

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/vastus/catalogue/builtin-loads", test_builtin_loads);
  g_test_add_func ("/vastus/catalogue/builtin-reachable", test_builtin_reachable);
  g_test_add_func ("/vastus/catalogue/starter-durations", test_starter_durations);
  g_test_add_func ("/vastus/catalogue/builtin-doses", test_builtin_doses);
  g_test_add_func ("/vastus/catalogue/builtin-ladders", test_builtin_ladders);
  g_test_add_func ("/vastus/catalogue/builtin-links-both-ways", test_builtin_links_both_ways);
  g_test_add_func ("/vastus/catalogue/builtin-home-alternatives", test_builtin_home_alternatives);
  g_test_add_func ("/vastus/catalogue/leg-extension-range", test_leg_extension_range);
  g_test_add_func ("/vastus/catalogue/builtin-ankle-weights", test_builtin_ankle_weights);
  g_test_add_func ("/vastus/catalogue/split-squat-balance", test_split_squat_balance);
  g_test_add_func ("/vastus/catalogue/release-cautions", test_release_cautions);
  g_test_add_func ("/vastus/catalogue/short-arc-quad-purpose", test_short_arc_quad_purpose);
  for (guint i = 0; i < G_N_ELEMENTS (bad_inputs); i++)
    {
      g_autofree char *name = g_strdup_printf ("/vastus/catalogue/bad/%s", bad_inputs[i].file);
      g_test_add_data_func (name, GUINT_TO_POINTER (i), test_bad_input);
    }
  g_test_add_func ("/vastus/catalogue/truncated-says-where", test_truncated_says_where);
  g_test_add_func ("/vastus/catalogue/glued-documents", test_glued_documents);
  g_test_add_func ("/vastus/catalogue/nul-character", test_nul_character);
  g_test_add_func ("/vastus/catalogue/every-problem-reported", test_every_problem_reported);
  g_test_add_func ("/vastus/catalogue/repeated-key", test_repeated_key);
  g_test_add_func ("/vastus/catalogue/unknown-fields", test_unknown_fields);
  g_test_add_func ("/vastus/catalogue/user-folder-merges", test_user_folder_merges);
  g_test_add_func ("/vastus/catalogue/missing-user-folder", test_missing_user_folder);
  g_test_add_func ("/vastus/catalogue/finalize", test_finalize);
  g_test_add_func ("/vastus/catalogue/search", test_search);
  g_test_add_func ("/vastus/catalogue/describe", test_describe);
  g_test_add_func ("/vastus/catalogue/home-alternative", test_home_alternative);

#define ADD_LINKED(path, func) \
  g_test_add ("/vastus/catalogue/clip-symlink/" path, Linked, NULL, linked_set_up, func, linked_tear_down)
  ADD_LINKED ("outside", test_clip_symlink_outside);
  ADD_LINKED ("chain", test_clip_symlink_chain);
  ADD_LINKED ("inside", test_clip_symlink_inside);
  ADD_LINKED ("changed-after-load", test_clip_symlink_changed_after_load);
#undef ADD_LINKED

  return g_test_run ();
}
