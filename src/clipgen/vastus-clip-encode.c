/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "vastus-clip"

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>

#include <glib/gi18n.h>
#include <gst/app/gstappsrc.h>
#include <gst/gst.h>

#include "vastus-clip-lookup.h"
#include "vastus-clip-render.h"

/*
 * Encodes a pose's clip: cairo frames into appsrc ! videoconvert ! vp8enc !
 * webmmux ! filesink. Illustrations are flat colour, so a low bitrate keeps
 * them sharp and small.
 */

/* A clip should stay under 300 KB: long clips get fewer bits a second, with
 * room left for the encoder to overshoot. */
#define MAX_BITRATE 400000          /* bits per second */
#define TARGET_BYTES (230 * 1024)

static gboolean
wait_for_end (GstElement    *pipeline,
              const char    *path,
              GError       **error)
{
  g_autoptr (GstBus) bus = gst_element_get_bus (pipeline);
  g_autoptr (GstMessage) message =
    gst_bus_timed_pop_filtered (bus, GST_CLOCK_TIME_NONE, GST_MESSAGE_EOS | GST_MESSAGE_ERROR);

  if (GST_MESSAGE_TYPE (message) == GST_MESSAGE_ERROR)
    {
      g_autoptr (GError) gst_error = NULL;
      g_autofree char *debug = NULL;

      gst_message_parse_error (message, &gst_error, &debug);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not encode %s: %s"),
                   path, gst_error->message);
      return FALSE;
    }

  return TRUE;
}

/**
 * vastus_clip_encode:
 * @path: the WebM file to write
 *
 * Renders one loop of @pose at 640×480 and 30 frames a second and encodes it.
 * Safe to call from a worker thread.
 */
gboolean
vastus_clip_encode (const VastusPose *pose,
                    VastusClipMuscles muscles,
                    gboolean          dark,
                    const char       *path,
                    GCancellable     *cancellable,
                    GError          **error)
{
  g_autoptr (GstElement) pipeline = NULL;
  g_autoptr (GstElement) source = NULL;
  g_autoptr (GstElement) sink = NULL;
  g_autoptr (GError) local_error = NULL;
  g_autofree char *description = NULL;
  guint n_frames = vastus_clip_n_frames (pose);
  guint bitrate = MIN (MAX_BITRATE, (guint) (TARGET_BYTES * 8.0 * VASTUS_CLIP_FPS / n_frames));
  VastusClipCamera camera;
  gboolean ok;

  if (!gst_init_check (NULL, NULL, error))
    return FALSE;

  description = g_strdup_printf ("appsrc name=source format=time is-live=false block=true "
                                 "caps=video/x-raw,format=BGRA,width=%d,height=%d,framerate=%d/1 "
                                 "! videoconvert ! vp8enc deadline=1 cpu-used=16 target-bitrate=%d "
                                 "keyframe-max-dist=%d threads=1 ! webmmux ! filesink name=sink",
                                 VASTUS_CLIP_WIDTH, VASTUS_CLIP_HEIGHT, VASTUS_CLIP_FPS, bitrate,
                                 VASTUS_CLIP_FPS * 2);
  pipeline = gst_parse_launch (description, &local_error);
  if (pipeline == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("Cannot encode clips: %s (are GStreamer's base and good plugins installed?)"),
                   local_error->message);
      return FALSE;
    }

  sink = gst_bin_get_by_name (GST_BIN (pipeline), "sink");
  g_object_set (sink, "location", path, NULL);
  source = gst_bin_get_by_name (GST_BIN (pipeline), "source");
  vastus_clip_camera_fit (&camera, pose, VASTUS_CLIP_WIDTH, VASTUS_CLIP_HEIGHT);
  camera.muscles = muscles;
  camera.dark = dark;

  gst_element_set_state (pipeline, GST_STATE_PLAYING);

  for (guint frame = 0; frame < n_frames; frame++)
    {
      GstBuffer *buffer;
      GstMapInfo map;
      cairo_surface_t *surface;
      cairo_t *cr;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        {
          gst_element_set_state (pipeline, GST_STATE_NULL);
          return FALSE;
        }

      buffer = gst_buffer_new_allocate (NULL, VASTUS_CLIP_WIDTH * VASTUS_CLIP_HEIGHT * 4, NULL);
      gst_buffer_map (buffer, &map, GST_MAP_WRITE);
      /* cairo's ARGB32 is BGRA in memory on the little-endian machines GStreamer's caps name. */
      surface = cairo_image_surface_create_for_data (map.data, CAIRO_FORMAT_ARGB32, VASTUS_CLIP_WIDTH,
                                                     VASTUS_CLIP_HEIGHT, VASTUS_CLIP_WIDTH * 4);
      cr = cairo_create (surface);
      vastus_clip_draw (cr, pose, &camera, (double) frame / VASTUS_CLIP_FPS);
      cairo_destroy (cr);
      cairo_surface_flush (surface);
      cairo_surface_destroy (surface);
      gst_buffer_unmap (buffer, &map);

      GST_BUFFER_PTS (buffer) = gst_util_uint64_scale (frame, GST_SECOND, VASTUS_CLIP_FPS);
      GST_BUFFER_DURATION (buffer) = gst_util_uint64_scale (1, GST_SECOND, VASTUS_CLIP_FPS);
      if (gst_app_src_push_buffer (GST_APP_SRC (source), buffer) != GST_FLOW_OK)
        break;
    }

  gst_app_src_end_of_stream (GST_APP_SRC (source));
  ok = wait_for_end (pipeline, path, error);
  gst_element_set_state (pipeline, GST_STATE_NULL);

  return ok;
}

typedef struct
{
  VastusPose        *pose;
  VastusClipMuscles  muscles;
  char              *path;
} SaveJob;

static void
save_job_free (SaveJob *job)
{
  vastus_pose_free (job->pose);
  g_free (job->path);
  g_free (job);
}

/* In a worker thread: to a partial file, then renamed, so that a clip in
 * the cache is always whole. */
/* One clip: to a partial file, then renamed, so that a clip in the cache is
 * always whole. */
static gboolean
save_one (const SaveJob *job,
          gboolean       dark,
          const char    *path,
          GCancellable  *cancellable,
          GError       **error)
{
  g_autofree char *folder = g_path_get_dirname (path);
  g_autofree char *partial = g_strconcat (path, ".part", NULL);

  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      int saved = errno;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved), _("Cannot create %s: %s"), folder,
                   g_strerror (saved));
      return FALSE;
    }

  if (!vastus_clip_encode (job->pose, job->muscles, dark, partial, cancellable, error))
    {
      g_unlink (partial);
      return FALSE;
    }
  if (g_rename (partial, path) != 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Cannot save %s"), path);
      g_unlink (partial);
      return FALSE;
    }
  return TRUE;
}

/* In a worker thread: the dark style's variant first, so that the light one,
 * whose presence says the clip is ready, comes last. */
static void
save_thread (GTask        *task,
             gpointer      source,
             gpointer      data,
             GCancellable *cancellable)
{
  SaveJob *job = data;
  g_autofree char *dark_path = vastus_clip_dark_variant (job->path);
  GError *error = NULL;

  if (!save_one (job, TRUE, dark_path, cancellable, &error) ||
      !save_one (job, FALSE, job->path, cancellable, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  g_task_return_boolean (task, TRUE);
}

/**
 * vastus_clip_save_async:
 * @path: where the clip goes, in the clip cache
 *
 * Draws and encodes the clip of @pose in a worker thread, in the light
 * style's palette at @path and the dark style's in a "dark" folder beside
 * it, the folders made when needed. A copy of @pose is kept, so it may go at once.
 */
void
vastus_clip_save_async (const VastusPose    *pose,
                        VastusClipMuscles    muscles,
                        const char          *path,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  g_autoptr (GTask) task = NULL;
  SaveJob *job = g_new0 (SaveJob, 1);

  job->pose = vastus_pose_copy (pose);
  job->muscles = muscles;
  job->path = g_strdup (path);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, vastus_clip_save_async);
  g_task_set_task_data (task, job, (GDestroyNotify) save_job_free);
  g_task_run_in_thread (task, save_thread);
}

gboolean
vastus_clip_save_finish (GAsyncResult  *result,
                         GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}
