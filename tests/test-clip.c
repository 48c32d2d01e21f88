/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <gst/pbutils/pbutils.h>

#include "vastus-catalogue.h"
#include "vastus-clip-render.h"
#include "vastus-test-env.h"

/* A clip rendered here is a valid WebM of the right size, rate and length. */

#define MAX_CLIP_BYTES (300 * 1024)

static VastusPose *
test_pose (void)
{
  const char *json =
    "{ \"anchor\": \"feet\", \"props\": [ { \"kind\": \"wall\", \"x\": -0.4 } ], \"keyframes\": ["
    "  { \"t\": 0, \"trunk\": 90, \"hip\": 0, \"knee\": 0, \"ankle\": 0 },"
    "  { \"t\": 1.5, \"trunk\": 75, \"hip\": 50, \"knee\": 60, \"ankle\": 25 },"
    "  { \"t\": 3, \"trunk\": 90, \"hip\": 0, \"knee\": 0, \"ankle\": 0 } ] }";
  g_autoptr (cJSON) root = cJSON_Parse (json);
  VastusCheck check;
  VastusPose *pose;

  vastus_check_init (&check, "test.json");
  pose = vastus_pose_new_from_json (&check, root);
  g_assert_cmpuint (vastus_check_count (&check), ==, 0);
  vastus_check_clear (&check);
  return pose;
}

static void
check_webm (const char *path,
            double      expected_seconds)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GstDiscoverer) discoverer = gst_discoverer_new (10 * GST_SECOND, &error);
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  g_autoptr (GstDiscovererInfo) info = NULL;
  g_autoptr (GstDiscovererStreamInfo) container = NULL;
  g_autoptr (GstCaps) caps = NULL;
  GList *videos;
  GstDiscovererVideoInfo *video;
  GStatBuf st;
  double seconds;

  g_assert_no_error (error);
  info = gst_discoverer_discover_uri (discoverer, uri, &error);
  g_assert_no_error (error);
  g_assert_cmpint (gst_discoverer_info_get_result (info), ==, GST_DISCOVERER_OK);

  container = gst_discoverer_info_get_stream_info (info);
  caps = gst_discoverer_stream_info_get_caps (container);
  g_assert_true (gst_structure_has_name (gst_caps_get_structure (caps, 0), "video/webm"));

  videos = gst_discoverer_info_get_video_streams (info);
  g_assert_cmpuint (g_list_length (videos), ==, 1);
  video = videos->data;
  g_assert_cmpuint (gst_discoverer_video_info_get_width (video), ==, VASTUS_CLIP_WIDTH);
  g_assert_cmpuint (gst_discoverer_video_info_get_height (video), ==, VASTUS_CLIP_HEIGHT);
  g_assert_cmpuint (gst_discoverer_video_info_get_framerate_num (video), ==, VASTUS_CLIP_FPS);
  g_assert_cmpuint (gst_discoverer_video_info_get_framerate_denom (video), ==, 1);
  gst_discoverer_stream_info_list_free (videos);

  seconds = (double) gst_discoverer_info_get_duration (info) / GST_SECOND;
  g_assert_cmpfloat (fabs (seconds - expected_seconds), <=, 1.5 / VASTUS_CLIP_FPS);

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_size, <, MAX_CLIP_BYTES);
}

static void
test_encode (void)
{
  g_autoptr (VastusPose) pose = test_pose ();
  g_autoptr (GError) error = NULL;
  g_autofree char *folder = g_dir_make_tmp ("vastus-clip-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (folder, "squat.webm", NULL);

  g_assert_true (vastus_clip_encode (pose, VASTUS_CLIP_MUSCLE_VMO, FALSE, path, NULL, &error));
  g_assert_no_error (error);
  check_webm (path, 3.0);

  g_unlink (path);
  g_rmdir (folder);
}

static void
test_cancel (void)
{
  g_autoptr (VastusPose) pose = test_pose ();
  g_autoptr (GError) error = NULL;
  g_autoptr (GCancellable) cancellable = g_cancellable_new ();
  g_autofree char *folder = g_dir_make_tmp ("vastus-clip-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (folder, "squat.webm", NULL);

  g_cancellable_cancel (cancellable);
  g_assert_false (vastus_clip_encode (pose, VASTUS_CLIP_MUSCLE_VMO, FALSE, path, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);

  g_unlink (path);
  g_rmdir (folder);
}

/* Every clip the build rendered from the built-in catalogue. */
static void
test_builtin_clips (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (VastusCatalogue) catalogue = vastus_catalogue_new_builtin (&error);
  const char *folder = g_getenv ("VASTUS_CLIP_DIR");
  guint n = 0;

  g_assert_no_error (error);
  g_assert_nonnull (folder);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (catalogue)); i++)
    {
      g_autoptr (VastusExercise) exercise = g_list_model_get_item (G_LIST_MODEL (catalogue), i);
      g_autofree char *name = g_strdup_printf ("%s.webm", vastus_exercise_get_id (exercise));
      g_autofree char *path = g_build_filename (folder, name, NULL);
      const VastusPose *pose = vastus_exercise_get_pose (exercise);

      if (pose == NULL)
        g_error ("'%s' has no pose keyframes for its demo clip", vastus_exercise_get_id (exercise));

      check_webm (path, (double) vastus_clip_n_frames (pose) / VASTUS_CLIP_FPS);
      n++;
    }

  g_assert_cmpuint (n, >=, 22);
}

int
main (int   argc,
      char *argv[])
{
  /* Before anything reads HOME or the XDG folders. */
  vastus_test_env_init ();

  gst_init (&argc, &argv);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/vastus/clip/encode", test_encode);
  g_test_add_func ("/vastus/clip/cancel", test_cancel);
  g_test_add_func ("/vastus/clip/builtin-clips", test_builtin_clips);

  return g_test_run ();
}
