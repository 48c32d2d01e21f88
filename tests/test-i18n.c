/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib.h>
#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "vastus-catalogue.h"
#include "vastus-date.h"
#include "vastus-dose.h"
#include "vastus-exercise.h"
#include "vastus-reminders.h"
#include "vastus-starter-program.h"
#include "vastus-test-env.h"

/* The built-in catalogue in German, from the build tree's translations;
 * a person's own catalogue file stays as they wrote it. */

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
test_builtin_german (void)
{
  g_autoptr (VastusCatalogue) catalogue = load_builtin ();
  VastusExercise *quad_set = vastus_catalogue_lookup (catalogue, "quad-set");
  VastusExercise *warm_up = vastus_catalogue_lookup (catalogue, "warm-up");
  g_autoptr (VastusStarterProgram) program = NULL;

  g_assert_nonnull (quad_set);
  g_assert_cmpstr (vastus_exercise_get_name (quad_set), ==, "Quadrizeps anspannen");
  g_assert_cmpstr (vastus_exercise_get_steps (quad_set)[1], ==,
                   "Legen Sie ein kleines zusammengerolltes Handtuch unter dieses Knie.");
  g_assert_cmpstr (vastus_exercise_get_cautions (quad_set)[0], ==,
                   "Hören Sie auf, wenn der Schmerz über 5 von 10 steigt oder sich stechend anfühlt.");
  g_assert_cmpstr (vastus_exercise_get_stage_at (warm_up, 0), ==, "Auf der Stelle gehen");

  program = g_list_model_get_item (vastus_catalogue_get_programs (catalogue), 0);
  g_assert_nonnull (program);
  g_assert_cmpstr (vastus_starter_program_get_name (program), !=, "Gentle start");
  g_assert_true (g_utf8_validate (vastus_starter_program_get_name (program), -1, NULL));

  /* The search finds an exercise by its German name. */
  g_assert_true (vastus_exercise_matches (quad_set, "quadrizeps"));
}

static void
test_user_file_unchanged (void)
{
  g_autoptr (VastusCatalogue) catalogue = load_builtin ();
  g_autoptr (GError) error = NULL;
  /* Texts equal to built-in ones, under a built-in id: still not translated. */
  static const char user[] =
    "{ \"format\": 1, \"exercises\": [ {"
    " \"id\": \"quad-set\", \"name\": \"Quad set\","
    " \"summary\": \"My physio's version.\","
    " \"category\": \"isometric\", \"muscles\": [\"vmo\"], \"equipment\": [\"towel\"],"
    " \"level\": 1, \"side\": \"one\", \"dose\": { \"sets\": 2, \"reps\": 10, \"rest_s\": 30 },"
    " \"steps\": [\"Put a small rolled-up towel under that knee.\"],"
    " \"cues\": [\"Keep your buttock and hip relaxed\"],"
    " \"cautions\": [\"Stop if the pain goes above 5 out of 10 or feels sharp.\"] } ] }";
  VastusExercise *quad_set;

  g_assert_true (vastus_catalogue_load_data (catalogue, user, strlen (user), "mine.json",
                                             g_get_tmp_dir (), &error));
  g_assert_no_error (error);
  quad_set = vastus_catalogue_lookup (catalogue, "quad-set");
  g_assert_cmpstr (vastus_exercise_get_name (quad_set), ==, "Quad set");
  g_assert_cmpstr (vastus_exercise_get_steps (quad_set)[0], ==, "Put a small rolled-up towel under that knee.");
  g_assert_cmpstr (vastus_exercise_get_cautions (quad_set)[0], ==,
                   "Stop if the pain goes above 5 out of 10 or feels sharp.");
}

static void
test_dose_german (void)
{
  g_autoptr (VastusCatalogue) catalogue = load_builtin ();
  VastusExercise *quad_set = vastus_catalogue_lookup (catalogue, "quad-set");
  g_autofree char *dose = vastus_exercise_describe_dose (quad_set);

  /* The whole sentence is the translator's: no English word is left. */
  g_assert_cmpstr (dose, ==, "2 × 10 je Bein, 5 s anspannen, 30 s Pause");
}

static void
test_dates_german (void)
{
  g_autoptr (GDateTime) saturday = g_date_time_new_local (2026, 11, 21, 9, 30, 0);
  g_autofree char *day = vastus_date_format (saturday, _("%A %-d %B"));
  g_autofree char *axis = vastus_date_format (saturday, _("%-d %b"));
  g_autofree char *plain = vastus_date_format (saturday, "%a %d.%m.%Y %%");
  GDate date;
  g_autofree char *from_date = NULL;

  /* German names in German sentences, though LC_TIME is "C" here: the names
   * follow the messages' language, not the C library's. */
  g_assert_cmpstr (day, ==, "Samstag, 21. November");
  g_assert_cmpstr (axis, ==, "21. Nov.");
  g_assert_cmpstr (plain, ==, "Sa. 21.11.2026 %");

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 3, G_DATE_MARCH, 2027);
  from_date = vastus_date_format_date (&date, "%A %B");
  g_assert_cmpstr (from_date, ==, "Mittwoch März");
}

/* The training reminder, a whole sentence with its plural. */
static void
test_reminder_german (void)
{
  g_autofree char *one = vastus_reminders_training_text (G_USEC_PER_SEC * 50);
  g_autofree char *many = vastus_reminders_training_text (G_USEC_PER_SEC * 60 * 25);

  g_assert_cmpstr (one, ==, "Zeit für Ihre Knieübungen – etwa 1 Minute");
  g_assert_cmpstr (many, ==, "Zeit für Ihre Knieübungen – etwa 25 Minuten");
}

int
main (int   argc,
      char *argv[])
{
  const char *locale_dir = g_getenv ("VASTUS_LOCALE_DIR");

  vastus_test_env_init ();

  /* German messages in a locale that gettext does not ignore (LANGUAGE has no
   * effect under the plain "C" locale). */
  g_setenv ("LANGUAGE", "de", TRUE);
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  setlocale (LC_ALL, "");
  g_assert_nonnull (locale_dir);
  bindtextdomain (GETTEXT_PACKAGE, locale_dir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/vastus/i18n/builtin-catalogue-german", test_builtin_german);
  g_test_add_func ("/vastus/i18n/user-catalogue-as-written", test_user_file_unchanged);
  g_test_add_func ("/vastus/i18n/dose-german", test_dose_german);
  g_test_add_func ("/vastus/i18n/dates-german", test_dates_german);
  g_test_add_func ("/vastus/i18n/reminder-german", test_reminder_german);

  return g_test_run ();
}
