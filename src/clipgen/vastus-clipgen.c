/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * vastus-clipgen: renders the demo clip of an exercise from its pose keyframes.
 *
 *   vastus-clipgen [--dark] CATALOGUE.json ID OUT.webm
 *   vastus-clipgen [--dark] CATALOGUE.json ID --png OUT.png --at SECONDS
 *   vastus-clipgen [--dark] CATALOGUE.json --sheet OUT.png [ID…]
 *   vastus-clipgen CATALOGUE.json --list
 */
#include "config.h"

#include <gst/gst.h>
#include <malloc.h>
#include <stdlib.h>

#include "vastus-catalogue.h"
#include "vastus-clip-render.h"

/* A contact sheet: every clip at its start, a quarter, half and three
 * quarters of the way, two exercises a row, each labelled with its name. */
#define SHEET_SCALE    0.25
#define SHEET_PER_ROW  2
#define SHEET_LABEL    18

static int
write_sheet (VastusCatalogue    *catalogue,
             gboolean            dark,
             const char         *path,
             const char * const *only)
{
  GListModel *model = G_LIST_MODEL (catalogue);
  int cell_w = VASTUS_CLIP_WIDTH * SHEET_SCALE, cell_h = VASTUS_CLIP_HEIGHT * SHEET_SCALE;
  int gap = 6, block_w = 4 * cell_w + 3 * 2 + gap;
  g_autoptr (GPtrArray) exercises = g_ptr_array_new_with_free_func (g_object_unref);
  cairo_surface_t *sheet, *frame;
  cairo_status_t status;
  cairo_t *cr;
  guint rows;

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      VastusExercise *exercise = g_list_model_get_item (model, i);

      if (vastus_exercise_get_pose (exercise) != NULL &&
          (only == NULL || only[0] == NULL || g_strv_contains (only, vastus_exercise_get_id (exercise))))
        g_ptr_array_add (exercises, exercise);
      else
        g_object_unref (exercise);
    }

  rows = (exercises->len + SHEET_PER_ROW - 1) / SHEET_PER_ROW;
  sheet = cairo_image_surface_create (CAIRO_FORMAT_RGB24, SHEET_PER_ROW * block_w,
                                      rows * (cell_h + SHEET_LABEL + gap));
  frame = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, VASTUS_CLIP_WIDTH, VASTUS_CLIP_HEIGHT);
  cr = cairo_create (sheet);
  cairo_set_source_rgb (cr, dark ? 0.1 : 1, dark ? 0.1 : 1, dark ? 0.1 : 1);
  cairo_paint (cr);

  for (guint i = 0; i < exercises->len; i++)
    {
      VastusExercise *exercise = g_ptr_array_index (exercises, i);
      const VastusPose *pose = vastus_exercise_get_pose (exercise);
      double x = (i % SHEET_PER_ROW) * block_w, y = (i / SHEET_PER_ROW) * (cell_h + SHEET_LABEL + gap);
      VastusClipCamera camera;

      vastus_clip_camera_fit (&camera, pose, VASTUS_CLIP_WIDTH, VASTUS_CLIP_HEIGHT);
      camera.dark = dark;
      camera.muscles =
        vastus_clip_muscles_from_names ((const char * const *) vastus_exercise_get_muscles (exercise));

      cairo_set_source_rgb (cr, dark ? 0.9 : 0.1, dark ? 0.9 : 0.1, dark ? 0.9 : 0.1);
      cairo_select_font_face (cr, "Sans", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_BOLD);
      cairo_set_font_size (cr, 12);
      cairo_move_to (cr, x + 2, y + SHEET_LABEL - 5);
      cairo_show_text (cr, vastus_exercise_get_name (exercise));

      for (guint q = 0; q < 4; q++)
        {
          cairo_t *fcr = cairo_create (frame);

          vastus_clip_draw (fcr, pose, &camera, vastus_pose_get_duration (pose) * q / 4);
          cairo_destroy (fcr);
          cairo_save (cr);
          cairo_translate (cr, x + q * (cell_w + 2), y + SHEET_LABEL);
          cairo_scale (cr, SHEET_SCALE, SHEET_SCALE);
          cairo_set_source_surface (cr, frame, 0, 0);
          cairo_paint (cr);
          cairo_restore (cr);
        }
    }

  cairo_destroy (cr);
  status = cairo_surface_write_to_png (sheet, path);
  cairo_surface_destroy (frame);
  cairo_surface_destroy (sheet);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_printerr ("%s: %s\n", path, cairo_status_to_string (status));
      return 1;
    }
  return 0;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr (VastusCatalogue) catalogue = vastus_catalogue_new ();
  g_autoptr (GError) error = NULL;
  VastusExercise *exercise;
  const VastusPose *pose;
  VastusClipMuscles muscles;
  gboolean dark = FALSE;

  /* Every frame is a fresh 1.2 MB buffer: kept on the heap and reused, not
   * mapped and faulted in anew each time. */
  mallopt (M_MMAP_THRESHOLD, 8 * 1024 * 1024);
  mallopt (M_TRIM_THRESHOLD, 64 * 1024 * 1024);
  gst_init (&argc, &argv);

  /* --dark: the dark style's palette. */
  if (argc > 1 && g_str_equal (argv[1], "--dark"))
    {
      dark = TRUE;
      argv[1] = argv[0];
      argv++;
      argc--;
    }

  if (argc < 3)
    {
      g_printerr ("usage: vastus-clipgen [--dark] CATALOGUE.json ID OUT.webm\n"
                  "       vastus-clipgen [--dark] CATALOGUE.json ID --png OUT.png --at SECONDS\n"
                  "       vastus-clipgen [--dark] CATALOGUE.json --sheet OUT.png [ID…]\n"
                  "       vastus-clipgen CATALOGUE.json --list\n");
      return 2;
    }

  if (!vastus_catalogue_load_file (catalogue, argv[1], &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  if (g_str_equal (argv[2], "--sheet") && argc >= 4)
    return write_sheet (catalogue, dark, argv[3], (const char * const *) &argv[4]);

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
  muscles = vastus_clip_muscles_from_names ((const char * const *) vastus_exercise_get_muscles (exercise));

  if (argc == 7 && g_str_equal (argv[3], "--png") && g_str_equal (argv[5], "--at"))
    {
      if (!vastus_clip_render_png (pose, muscles, dark, g_ascii_strtod (argv[6], NULL), argv[4], &error))
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

  if (!vastus_clip_encode (pose, muscles, dark, argv[3], NULL, &error))
    {
      g_printerr ("%s: %s\n", argv[2], error->message);
      return 1;
    }

  return 0;
}
