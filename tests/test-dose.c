/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib.h>
#include <string.h>

#include "vastus-dose.h"
#include "vastus-test-env.h"

static void
test_hold_words (void)
{
  g_autoptr (VastusDose) dose = vastus_dose_new ();
  g_autofree char *both = NULL;
  g_autofree char *one = NULL;

  vastus_dose_set (dose, VASTUS_DOSE_SETS, 3);
  vastus_dose_set (dose, VASTUS_DOSE_HOLD, 30);
  vastus_dose_set (dose, VASTUS_DOSE_REST, 60);

  both = vastus_dose_describe (dose, VASTUS_SIDE_BOTH);
  g_assert_cmpstr (both, ==, "3 × 30 s hold, rest 60 s");
  one = vastus_dose_describe (dose, VASTUS_SIDE_ONE);
  g_assert_cmpstr (one, ==, "3 × 30 s hold each leg, rest 60 s");
  g_assert_true (vastus_dose_is_hold (dose));
  g_assert_false (vastus_dose_is_paced (dose));
}

static void
test_reps_words (void)
{
  g_autoptr (VastusDose) dose = vastus_dose_new ();
  g_autofree char *words = NULL;

  vastus_dose_set (dose, VASTUS_DOSE_SETS, 2);
  vastus_dose_set (dose, VASTUS_DOSE_REPS, 12);
  vastus_dose_set (dose, VASTUS_DOSE_REST, 45);
  vastus_dose_set (dose, VASTUS_DOSE_STEP, 15);
  dose->n_tempo = 2;
  dose->tempo[0] = (VastusTempoPhase) { VASTUS_TEMPO_LOWER, 3 };
  dose->tempo[1] = (VastusTempoPhase) { VASTUS_TEMPO_RISE, 1 };

  words = vastus_dose_describe (dose, VASTUS_SIDE_ONE);
  g_assert_cmpstr (words, ==, "2 × 12 each leg, 3 s down, 15 cm step, rest 45 s");
  g_assert_true (vastus_dose_is_paced (dose));
  g_assert_cmpfloat (vastus_dose_rep_seconds (dose), ==, 4);
}

/* One-leg work on the sore leg only: said so, kept through JSON, and a
 * value other than "each" or "sore" is refused with its field. */
static void
test_sore_leg_only (void)
{
  g_autoptr (VastusDose) dose = vastus_dose_new ();
  g_autofree char *words = NULL;
  g_autofree char *text = NULL;
  cJSON *object, *wrapper;
  VastusDose read = { 0 };
  VastusCheck check;
  guint progression = 0;

  vastus_dose_set (dose, VASTUS_DOSE_SETS, 2);
  vastus_dose_set (dose, VASTUS_DOSE_REPS, 10);
  vastus_dose_set (dose, VASTUS_DOSE_REST, 45);
  vastus_dose_set_sore_leg_only (dose, TRUE);
  words = vastus_dose_describe (dose, VASTUS_SIDE_ONE);
  g_assert_cmpstr (words, ==, "2 × 10, sore leg only, rest 45 s");

  object = vastus_dose_to_json (dose);
  g_assert_cmpstr (cJSON_GetObjectItem (object, "legs")->valuestring, ==, "sore");
  wrapper = cJSON_CreateObject ();
  cJSON_AddItemToObject (wrapper, "dose", object);
  vastus_check_init (&check, "test.json");
  vastus_dose_read_json (&check, wrapper, &read, &progression);
  g_assert_cmpuint (vastus_check_count (&check), ==, 0);
  vastus_check_clear (&check);
  g_assert_true (vastus_dose_get_sore_leg_only (&read));

  /* Each leg: no "legs" written. */
  vastus_dose_set_sore_leg_only (dose, FALSE);
  cJSON_Delete (wrapper);
  object = vastus_dose_to_json (dose);
  g_assert_null (cJSON_GetObjectItem (object, "legs"));

  cJSON_AddStringToObject (object, "legs", "left");
  wrapper = cJSON_CreateObject ();
  cJSON_AddItemToObject (wrapper, "dose", object);
  memset (&read, 0, sizeof read);
  vastus_check_init (&check, "test.json");
  vastus_dose_read_json (&check, wrapper, &read, &progression);
  g_assert_cmpuint (vastus_check_count (&check), ==, 1);
  text = vastus_check_join (&check);
  g_assert_nonnull (strstr (text, "dose.legs"));
  vastus_check_clear (&check);
  cJSON_Delete (wrapper);
}

static void
test_single_block_words (void)
{
  g_autoptr (VastusDose) dose = vastus_dose_new ();
  g_autofree char *words = NULL;

  /* One timed block: no "1 ×" and no rest after it. */
  vastus_dose_set (dose, VASTUS_DOSE_SETS, 1);
  vastus_dose_set (dose, VASTUS_DOSE_HOLD, 180);
  vastus_dose_set (dose, VASTUS_DOSE_REST, 30);

  words = vastus_dose_describe (dose, VASTUS_SIDE_BOTH);
  g_assert_cmpstr (words, ==, "3 min");
}

static void
test_bounds_words (void)
{
  g_autoptr (VastusDose) dose = vastus_dose_new ();
  g_autofree char *none = NULL;
  g_autofree char *words = NULL;

  vastus_dose_set (dose, VASTUS_DOSE_SETS, 3);
  vastus_dose_set (dose, VASTUS_DOSE_REPS, 10);
  none = vastus_dose_describe_bounds (dose);
  g_assert_null (none);

  vastus_dose_set_bounds (dose, VASTUS_DOSE_REPS, 8, 12);
  vastus_dose_set_bounds (dose, VASTUS_DOSE_LOAD, 5, 7.5);
  words = vastus_dose_describe_bounds (dose);
  g_assert_cmpstr (words, ==, "Reps 8–12, weight 5–7.5 kg");
}

static void
test_format_seconds (void)
{
  static const struct { int seconds; const char *words; } cases[] = {
    { 5, "5 s" }, { 45, "45 s" }, { 60, "60 s" }, { 90, "90 s" },
    { 120, "2 min" }, { 150, "2 min 30 s" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *words = vastus_format_seconds (cases[i].seconds);
      g_assert_cmpstr (words, ==, cases[i].words);
    }
}

/* "rest 30 s" never ends a line with "30": each number keeps the short word
 * after it, a unit, and nothing else. */
static void
test_keep_units (void)
{
  static const struct { const char *text, *joined; } cases[] = {
    { "3 × 10 each leg, 5 s squeeze, rest 30 s", "3 × 10 each leg, 5\u00a0s squeeze, rest 30\u00a0s" },
    { "4 min alternating legs", "4\u00a0min alternating legs" },
    { "1 min 30 s", "1\u00a0min 30\u00a0s" },
    { "2.5 kg ankle weight", "2.5\u00a0kg ankle weight" },
    { "3 × 10 je Bein, 5 s anspannen", "3 × 10\u00a0je Bein, 5\u00a0s anspannen" },
    { "knee bent to 60°", "knee bent to 60°" },
    { "10 reps", "10 reps" },
    { "s 5 s", "s 5\u00a0s" },
    { "", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *joined = vastus_keep_units_with_numbers (cases[i].text);

      g_assert_cmpstr (joined, ==, cases[i].joined);
    }
}

static void
test_copy (void)
{
  g_autoptr (VastusDose) dose = vastus_dose_new ();
  g_autoptr (VastusDose) copy = NULL;

  vastus_dose_set (dose, VASTUS_DOSE_SETS, 4);
  vastus_dose_set_bounds (dose, VASTUS_DOSE_SETS, 2, 4);
  copy = vastus_dose_copy (dose);
  vastus_dose_set (dose, VASTUS_DOSE_SETS, 2);

  g_assert_cmpfloat (vastus_dose_get (copy, VASTUS_DOSE_SETS), ==, 4);
  g_assert_true (vastus_dose_get_bounds (copy, VASTUS_DOSE_SETS, NULL, NULL));
  g_assert_false (vastus_dose_has (copy, VASTUS_DOSE_REPS));
  g_assert_cmpfloat (vastus_dose_get (copy, VASTUS_DOSE_REPS), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  /* Before anything reads HOME or the XDG folders. */
  vastus_test_env_init ();

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/vastus/dose/hold-words", test_hold_words);
  g_test_add_func ("/vastus/dose/reps-words", test_reps_words);
  g_test_add_func ("/vastus/dose/sore-leg-only", test_sore_leg_only);
  g_test_add_func ("/vastus/dose/single-block-words", test_single_block_words);
  g_test_add_func ("/vastus/dose/bounds-words", test_bounds_words);
  g_test_add_func ("/vastus/dose/format-seconds", test_format_seconds);
  g_test_add_func ("/vastus/dose/keep-units", test_keep_units);
  g_test_add_func ("/vastus/dose/copy", test_copy);

  return g_test_run ();
}
