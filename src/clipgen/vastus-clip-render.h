/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "vastus-pose.h"

G_BEGIN_DECLS

#define VASTUS_CLIP_WIDTH  640
#define VASTUS_CLIP_HEIGHT 480
#define VASTUS_CLIP_FPS    30

/* How a pose's metres map to a clip's pixels: fixed for a whole clip. */
typedef struct
{
  double scale;     /* pixels per metre */
  double origin_x;  /* pixel column of x = 0 */
  double floor_y;   /* pixel row of the floor, y = 0 */
} VastusClipCamera;

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
                                   double            t,
                                   const char       *path,
                                   GError          **error);
gboolean  vastus_clip_encode      (const VastusPose *pose,
                                   const char       *path,
                                   GCancellable     *cancellable,
                                   GError          **error);
void      vastus_clip_save_async  (const VastusPose    *pose,
                                   const char          *path,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data);
gboolean  vastus_clip_save_finish (GAsyncResult        *result,
                                   GError             **error);

G_END_DECLS
