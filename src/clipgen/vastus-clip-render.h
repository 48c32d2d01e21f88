/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "vastus-pose.h"

G_BEGIN_DECLS

#define VASTUS_CLIP_WIDTH  640
#define VASTUS_CLIP_HEIGHT 480
#define VASTUS_CLIP_FPS    30

/* Muscles a clip can highlight, as the catalogue names them. */
typedef enum
{
  VASTUS_CLIP_MUSCLE_VMO           = 1 << 0,
  VASTUS_CLIP_MUSCLE_QUADRICEPS    = 1 << 1,
  VASTUS_CLIP_MUSCLE_HAMSTRINGS    = 1 << 2,
  VASTUS_CLIP_MUSCLE_GLUTES        = 1 << 3,
  VASTUS_CLIP_MUSCLE_HIP_ABDUCTORS = 1 << 4,
  VASTUS_CLIP_MUSCLE_ADDUCTORS     = 1 << 5,
  VASTUS_CLIP_MUSCLE_HIP_FLEXORS   = 1 << 6,
  VASTUS_CLIP_MUSCLE_CALVES        = 1 << 7,
  VASTUS_CLIP_MUSCLE_CORE          = 1 << 8,
} VastusClipMuscles;

/* How a pose's metres map to a clip's pixels, fixed for a whole clip, and
 * how the clip looks: the light or dark palette and what it highlights. */
typedef struct
{
  double            scale;     /* pixels per metre */
  double            origin_x;  /* pixel column of the room's origin */
  double            origin_y;  /* pixel row of the room's origin, where the floor is */
  VastusVec         right;     /* the room's directions that show as right, up */
  VastusVec         up;
  VastusVec         towards;   /* and towards the camera: nearer is larger */
  gboolean          dark;
  VastusClipMuscles muscles;
  gboolean          figure_only;   /* no background, floor or walls: for measuring the figure */
} VastusClipCamera;

VastusClipMuscles vastus_clip_muscles_from_names (const char * const *names);
void      vastus_clip_muscle_colour (gboolean                dark,
                                   double                 *red,
                                   double                 *green,
                                   double                 *blue);
void      vastus_clip_extent      (const VastusPose       *pose,
                                   const VastusClipCamera *camera,
                                   double                  t,
                                   double                 *x0,
                                   double                 *y0,
                                   double                 *x1,
                                   double                 *y1);

void      vastus_clip_camera_fit    (VastusClipCamera   *camera,
                                   const VastusPose *pose,
                                   int               width,
                                   int               height);
void      vastus_clip_draw        (cairo_t              *cr,
                                   const VastusPose     *pose,
                                   const VastusClipCamera *camera,
                                   double                t);
guint     vastus_clip_n_frames    (const VastusPose *pose);
gboolean  vastus_clip_render_png  (const VastusPose *pose,
                                   VastusClipMuscles muscles,
                                   gboolean          dark,
                                   double            t,
                                   const char       *path,
                                   GError          **error);
gboolean  vastus_clip_encode      (const VastusPose *pose,
                                   VastusClipMuscles muscles,
                                   gboolean          dark,
                                   const char       *path,
                                   GCancellable     *cancellable,
                                   GError          **error);
void      vastus_clip_save_async  (const VastusPose    *pose,
                                   VastusClipMuscles    muscles,
                                   const char          *path,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data);
gboolean  vastus_clip_save_finish (GAsyncResult        *result,
                                   GError             **error);

G_END_DECLS
