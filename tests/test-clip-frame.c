/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "vastus-catalogue.h"
#include "vastus-clip-render.h"
#include "vastus-test-env.h"

/*
 * What the renderer draws of every built-in exercise, without encoding it:
 * the figure and its props fill the frame and stay inside it.
 */

#define SAMPLES 16

typedef struct
{
  int x0, y0, x1, y1;
} Bounds;

/* The pixels drawn at @t, on a clear surface with no room round them. */
static void
drawn_bounds (const VastusPose       *pose,
              const VastusClipCamera *camera,
              double                  t,
              Bounds                 *bounds)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, VASTUS_CLIP_WIDTH, VASTUS_CLIP_HEIGHT);
  cairo_t *cr = cairo_create (surface);
  const guint32 *data;
  int stride;

  vastus_clip_draw (cr, pose, camera, t);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  data = (const guint32 *) cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface) / 4;

  for (int y = 0; y < VASTUS_CLIP_HEIGHT; y++)
    for (int x = 0; x < VASTUS_CLIP_WIDTH; x++)
      if ((data[y * stride + x] >> 24) > 0x20)
        {
          bounds->x0 = MIN (bounds->x0, x);
          bounds->y0 = MIN (bounds->y0, y);
          bounds->x1 = MAX (bounds->x1, x);
          bounds->y1 = MAX (bounds->y1, y);
        }

  cairo_surface_destroy (surface);
}

static void
test_framing (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (VastusCatalogue) catalogue = vastus_catalogue_new_builtin (&error);
  guint n = 0;

  g_assert_no_error (error);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (catalogue)); i++)
    {
      g_autoptr (VastusExercise) exercise = g_list_model_get_item (G_LIST_MODEL (catalogue), i);
      const VastusPose *pose = vastus_exercise_get_pose (exercise);
      const char *id = vastus_exercise_get_id (exercise);
      Bounds bounds = { G_MAXINT, G_MAXINT, -1, -1 };
      VastusClipCamera camera;
      double width, height;

      if (pose == NULL)
        continue;

      vastus_clip_camera_fit (&camera, pose, VASTUS_CLIP_WIDTH, VASTUS_CLIP_HEIGHT);
      camera.muscles = vastus_clip_muscles_from_names (vastus_exercise_get_muscles (exercise));
      camera.figure_only = TRUE;
      for (guint s = 0; s < SAMPLES; s++)
        drawn_bounds (pose, &camera, vastus_pose_get_duration (pose) * s / SAMPLES, &bounds);

      width = (double) (bounds.x1 - bounds.x0 + 1) / VASTUS_CLIP_WIDTH;
      height = (double) (bounds.y1 - bounds.y0 + 1) / VASTUS_CLIP_HEIGHT;
      g_test_message ("%s: %d,%d to %d,%d: %.0f %% wide, %.0f %% high", id, bounds.x0, bounds.y0, bounds.x1,
                      bounds.y1, width * 100, height * 100);

      /* Whole: nothing cut off at an edge. */
      if (bounds.x0 < 1 || bounds.y0 < 1 || bounds.x1 > VASTUS_CLIP_WIDTH - 2 || bounds.y1 > VASTUS_CLIP_HEIGHT - 2)
        g_error ("%s: the drawing reaches the edge of the frame (%d,%d to %d,%d)", id, bounds.x0, bounds.y0,
                 bounds.x1, bounds.y1);
      /* Large: the movement shows. */
      if (width < 0.55 && height < 0.55)
        g_error ("%s: the drawing fills only %.0f %% of the frame's width and %.0f %% of its height", id,
                 width * 100, height * 100);
      n++;
    }

  g_assert_cmpuint (n, >=, 22);
}

int
main (int   argc,
      char *argv[])
{
  vastus_test_env_init ();
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/vastus/clip/framing", test_framing);

  return g_test_run ();
}
