/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "fuzz-common.h"
#include "vastus-pose.h"

/*
 * A user catalogue file, checked as `vastus --validate` checks it: merged
 * over the built-in catalogue, which is left as it was. A file found valid
 * is read again on its own, and each of its exercises described as the
 * library shows it and its pose played as its clip.
 */

static void
play_pose (const VastusPose *pose)
{
  double duration = vastus_pose_get_duration (pose);

  if (!isfinite (duration) || duration <= 0)
    g_error ("a valid pose lasts %g s", duration);

  for (guint i = 0; i <= 8; i++)
    {
      VastusBody body;

      vastus_pose_body_at (pose, duration * i / 8, &body);
      for (guint p = 0; p < VASTUS_N_POINTS; p++)
        if (!isfinite (body.point[p].x) || !isfinite (body.point[p].y))
          g_error ("a valid pose puts %s nowhere", vastus_point_to_string (p));
    }
}

static void
describe (VastusExercise *exercise)
{
  g_autofree char *dose = vastus_exercise_describe_dose (exercise);
  g_autofree char *muscles = vastus_exercise_describe_muscles (exercise);
  g_autofree char *equipment = vastus_exercise_describe_equipment (exercise);
  g_autofree char *kind = vastus_exercise_describe_kind (exercise);
  g_autofree char *query = vastus_search_fold ("wall");
  const char * const texts[] = { dose, muscles, equipment, kind };

  /* Shown in the library: text, whole. */
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    if (texts[i] == NULL || !g_utf8_validate (texts[i], -1, NULL))
      g_error ("an exercise of a valid file is described by no text");

  vastus_exercise_matches (exercise, query);
  if (vastus_exercise_get_pose (exercise) != NULL)
    play_pose (vastus_exercise_get_pose (exercise));
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr (GString) report = g_string_new (NULL);
  g_autofree char *path = NULL;

  fuzz_init ();
  path = fuzz_write_file ("fuzz.json", data, size);

  if (vastus_catalogue_validate_file (fuzz_builtin_catalogue (), path, report))
    {
      g_autoptr (VastusCatalogue) alone = vastus_catalogue_new ();

      /* On its own, links to built-in exercises are missing: then nothing to show. */
      if (vastus_catalogue_load_file (alone, path, NULL))
        for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (alone)); i++)
          {
            g_autoptr (VastusExercise) exercise = g_list_model_get_item (G_LIST_MODEL (alone), i);

            describe (exercise);
          }
    }

  return 0;
}
