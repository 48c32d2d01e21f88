/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * vastus-clipgen: renders the demo clip of an exercise from its pose keyframes.
 *
 *   vastus-clipgen CATALOGUE.json ID OUT.webm
 *   vastus-clipgen CATALOGUE.json ID --png OUT.png --at SECONDS
 *   vastus-clipgen CATALOGUE.json --list
 */
#include "config.h"

#include <gst/gst.h>
#include <stdlib.h>

#include "vastus-catalogue.h"
#include "vastus-clip-render.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr (VastusCatalogue) catalogue = vastus_catalogue_new ();
  g_autoptr (GError) error = NULL;
  VastusExercise *exercise;
  const VastusPose *pose;

  gst_init (&argc, &argv);

  if (argc < 3)
    {
      g_printerr ("usage: vastus-clipgen CATALOGUE.json ID OUT.webm\n"
                  "       vastus-clipgen CATALOGUE.json ID --png OUT.png --at SECONDS\n"
                  "       vastus-clipgen CATALOGUE.json --list\n");
      return 2;
    }

  if (!vastus_catalogue_load_file (catalogue, argv[1], &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  if (g_str_equal (argv[2], "--list"))
    {
      for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (catalogue)); i++)
        {
          g_autoptr (VastusExercise) item = g_list_model_get_item (G_LIST_MODEL (catalogue), i);
          if (vastus_exercise_get_pose (item) != NULL)
            g_print ("%s\n", vastus_exercise_get_id (item));
        }
      return 0;
    }

  exercise = vastus_catalogue_lookup (catalogue, argv[2]);
  if (exercise == NULL || (pose = vastus_exercise_get_pose (exercise)) == NULL)
    {
      g_printerr ("%s: no exercise '%s' with pose keyframes\n", argv[1], argv[2]);
      return 1;
    }

  if (argc == 7 && g_str_equal (argv[3], "--png") && g_str_equal (argv[5], "--at"))
    {
      if (!vastus_clip_render_png (pose, g_ascii_strtod (argv[6], NULL), argv[4], &error))
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
      return 0;
    }

  if (argc != 4)
    {
      g_printerr ("usage: vastus-clipgen CATALOGUE.json ID OUT.webm\n");
      return 2;
    }

  if (!vastus_clip_encode (pose, argv[3], NULL, &error))
    {
      g_printerr ("%s: %s\n", argv[2], error->message);
      return 1;
    }

  return 0;
}
