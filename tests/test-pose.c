/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <gio/gio.h>
#include <math.h>
#include <string.h>

#include "vastus-catalogue.h"
#include "vastus-pose.h"
#include "vastus-test-env.h"

static VastusPose *
parse_pose (const char *json,
            GError    **error)
{
  g_autoptr (cJSON) root = cJSON_Parse (json);
  VastusCheck check;
  VastusPose *pose;

  g_assert_nonnull (root);
  vastus_check_init (&check, "test.json");
  check.kind = "exercise";
  check.id = "test";
  pose = vastus_pose_new_from_json (&check, root);
  if (pose == NULL)
    {
      g_autofree char *all = vastus_check_join (&check);
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, all);
    }
  vastus_check_clear (&check);
  return pose;
}

static const char *squat =
  "{ \"anchor\": \"feet\", \"anchor_at\": [0.2, 0.1], \"props\": [ { \"kind\": \"step\", \"x\": -0.1, \"width\": 0.4, \"height\": 0.1 } ],"
  "  \"keyframes\": ["
  "    { \"t\": 0, \"trunk\": 90, \"hip\": 0, \"knee\": 0, \"ankle\": 0 },"
  "    { \"t\": 3, \"trunk\": 70, \"hip\": 70, \"knee\": 90, \"ankle\": 30, \"shoulder\": 80 },"
  "    { \"t\": 4 },"
  "    { \"t\": 6, \"trunk\": 90, \"hip\": 0, \"knee\": 0, \"ankle\": 0, \"shoulder\": 10 } ] }";

static double
distance (VastusVec a,
          VastusVec b)
{
  return sqrt ((a.x - b.x) * (a.x - b.x) + (a.y - b.y) * (a.y - b.y) + (a.z - b.z) * (a.z - b.z));
}

static void
test_anchor_stays (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (VastusPose) pose = parse_pose (squat, &error);

  g_assert_no_error (error);
  g_assert_cmpfloat (vastus_pose_get_duration (pose), ==, 6);

  for (guint i = 0; i <= 180; i++)
    {
      VastusBody body;

      vastus_pose_body_at (pose, i / 30.0, &body);
      g_assert_cmpfloat_with_epsilon (body.point[VASTUS_POINT_HEEL].x, 0.2, 1e-9);
      g_assert_cmpfloat_with_epsilon (body.point[VASTUS_POINT_HEEL].y, 0.1, 1e-9);
    }
}

/* Kneeling on the side, the hips lifting: the lower knee is the pivot and
 * stays on its spot while the pelvis rises. */
static void
test_knee_anchor (void)
{
  const char *side_bridge =
    "{ \"anchor\": \"knee\", \"anchor_at\": [0.1, 0.06], \"keyframes\": ["
    "  { \"t\": 0, \"trunk\": 143, \"roll\": -90, \"hip\": 0, \"knee\": 90, \"ankle\": -40, \"hip_abduction\": -30 },"
    "  { \"t\": 2, \"trunk\": 157, \"hip_abduction\": 0 }, { \"t\": 4, \"trunk\": 143, \"hip_abduction\": -30 } ] }";
  g_autoptr (GError) error = NULL;
  g_autoptr (VastusPose) pose = parse_pose (side_bridge, &error);
  VastusBody low, high;

  g_assert_no_error (error);
  for (guint i = 0; i <= 40; i++)
    {
      VastusBody body;

      vastus_pose_body_at (pose, i / 10.0, &body);
      g_assert_cmpfloat_with_epsilon (body.point[VASTUS_POINT_KNEE].x, 0.1, 1e-9);
      g_assert_cmpfloat_with_epsilon (body.point[VASTUS_POINT_KNEE].y, 0.06, 1e-9);
      g_assert_cmpfloat_with_epsilon (body.point[VASTUS_POINT_KNEE].z, pose->anchor_z, 1e-9);
    }

  /* The hips lift off the floor, and the shin lies behind the knee. */
  vastus_pose_body_at (pose, 0, &low);
  vastus_pose_body_at (pose, 2, &high);
  g_assert_cmpfloat (high.point[VASTUS_POINT_PELVIS].y - low.point[VASTUS_POINT_PELVIS].y, >, 0.08);
  g_assert_cmpfloat (fabs (low.point[VASTUS_POINT_ANKLE].y - low.point[VASTUS_POINT_KNEE].y), <, 0.01);
  g_assert_cmpfloat (low.point[VASTUS_POINT_ANKLE].z, <, low.point[VASTUS_POINT_KNEE].z - 0.4);
}

static void
test_pelvis_and_back_anchors (void)
{
  const char *lying =
    "{ \"anchor\": \"pelvis\", \"keyframes\": ["
    "  { \"t\": 0, \"trunk\": 180, \"hip\": 0, \"knee\": 0, \"ankle\": 10 },"
    "  { \"t\": 2, \"hip\": 40 }, { \"t\": 4, \"hip\": 0 } ] }";
  const char *wall =
    "{ \"anchor\": \"back\", \"anchor_at\": [-0.3, 0], \"props\": [ { \"kind\": \"wall\" } ], \"keyframes\": ["
    "  { \"t\": 0, \"trunk\": 90, \"hip\": 40, \"knee\": 30, \"ankle\": -10 },"
    "  { \"t\": 2, \"hip\": 65, \"knee\": 60, \"ankle\": -5 }, { \"t\": 4, \"hip\": 40, \"knee\": 30, \"ankle\": -10 } ] }";
  g_autoptr (GError) error = NULL;
  g_autoptr (VastusPose) on_floor = parse_pose (lying, &error);
  g_autoptr (VastusPose) on_wall = parse_pose (wall, &error);

  g_assert_no_error (error);
  for (guint i = 0; i <= 40; i++)
    {
      VastusBody body;

      vastus_pose_body_at (on_floor, i / 10.0, &body);
      /* Lying on the floor: the pelvis stays where it rests. */
      g_assert_cmpfloat_with_epsilon (body.point[VASTUS_POINT_PELVIS].x, 0, 1e-9);
      g_assert_cmpfloat_with_epsilon (body.point[VASTUS_POINT_PELVIS].y, VASTUS_PELVIS_DEPTH, 1e-9);

      vastus_pose_body_at (on_wall, i / 10.0, &body);
      /* Against the wall: the back on it, the heels on the floor. */
      g_assert_cmpfloat_with_epsilon (body.point[VASTUS_POINT_PELVIS].x, -0.3 + VASTUS_BACK_DEPTH, 1e-9);
      g_assert_cmpfloat_with_epsilon (body.point[VASTUS_POINT_HEEL].y, 0, 1e-9);
    }
}

static void
test_interpolation (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (VastusPose) pose = parse_pose (squat, &error);
  double angles[VASTUS_N_JOINTS];

  /* At a keyframe, its angles exactly. */
  vastus_pose_angles_at (pose, 3, angles);
  g_assert_cmpfloat_with_epsilon (angles[VASTUS_JOINT_KNEE], 90, 1e-9);
  g_assert_cmpfloat_with_epsilon (angles[VASTUS_JOINT_SHOULDER], 80, 1e-9);

  /* Halfway, halfway; a quarter of the way, eased: slower where the knee
   * turns back and where it holds. */
  vastus_pose_angles_at (pose, 1.5, angles);
  g_assert_cmpfloat_with_epsilon (angles[VASTUS_JOINT_KNEE], 45, 1e-9);
  vastus_pose_angles_at (pose, 0.75, angles);
  g_assert_cmpfloat_with_epsilon (angles[VASTUS_JOINT_KNEE], 90 * (3 * 0.0625 - 2 * 0.015625), 1e-9);

  /* An empty keyframe holds. */
  vastus_pose_angles_at (pose, 3.5, angles);
  g_assert_cmpfloat_with_epsilon (angles[VASTUS_JOINT_KNEE], 90, 1e-9);

  /* The far leg follows the near one when the pose never sets it. */
  g_assert_cmpfloat_with_epsilon (angles[VASTUS_JOINT_OTHER_KNEE], 90, 1e-9);

  /* The clip loops: t = 6 is t = 0, and so is t = -6. */
  vastus_pose_angles_at (pose, 7.5, angles);
  g_assert_cmpfloat_with_epsilon (angles[VASTUS_JOINT_KNEE], 45, 1e-9);
  vastus_pose_angles_at (pose, -4.5, angles);
  g_assert_cmpfloat_with_epsilon (angles[VASTUS_JOINT_KNEE], 45, 1e-9);
}

static void
test_lengths_kept (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (VastusPose) pose = parse_pose (squat, &error);

  for (guint i = 0; i <= 60; i++)
    {
      VastusBody b;

      vastus_pose_body_at (pose, i / 10.0, &b);
      g_assert_cmpfloat_with_epsilon (distance (b.point[VASTUS_POINT_HIP], b.point[VASTUS_POINT_KNEE]), VASTUS_THIGH_LENGTH, 1e-9);
      g_assert_cmpfloat_with_epsilon (distance (b.point[VASTUS_POINT_KNEE], b.point[VASTUS_POINT_ANKLE]), VASTUS_SHIN_LENGTH, 1e-9);
      g_assert_cmpfloat_with_epsilon (distance (b.point[VASTUS_POINT_OTHER_HIP], b.point[VASTUS_POINT_OTHER_KNEE]), VASTUS_THIGH_LENGTH, 1e-9);
      g_assert_cmpfloat_with_epsilon (distance (b.point[VASTUS_POINT_PELVIS], b.point[VASTUS_POINT_NECK]), VASTUS_TRUNK_LENGTH, 1e-9);
      g_assert_cmpfloat_with_epsilon (distance (b.point[VASTUS_POINT_SHOULDER], b.point[VASTUS_POINT_ELBOW]), VASTUS_UPPER_ARM_LENGTH, 1e-9);
      g_assert_cmpfloat_with_epsilon (distance (b.point[VASTUS_POINT_ELBOW], b.point[VASTUS_POINT_HAND]), VASTUS_FOREARM_LENGTH, 1e-9);
      g_assert_cmpfloat_with_epsilon (distance (b.point[VASTUS_POINT_HEEL], b.point[VASTUS_POINT_TOE]),
                                      VASTUS_HEEL_LENGTH + VASTUS_FOOT_LENGTH, 1e-9);
    }
}

static void
test_standing_geometry (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (VastusPose) pose = parse_pose (squat, &error);
  VastusBody b;

  /* Standing: the foot flat on the step, the head over the heel. */
  vastus_pose_body_at (pose, 0, &b);
  g_assert_cmpfloat_with_epsilon (b.point[VASTUS_POINT_TOE].y, 0.1, 1e-9);
  g_assert_cmpfloat (b.point[VASTUS_POINT_TOE].x, >, b.point[VASTUS_POINT_HEEL].x);
  g_assert_cmpfloat_with_epsilon (b.point[VASTUS_POINT_HEAD].x, b.point[VASTUS_POINT_PELVIS].x, 1e-9);
  g_assert_cmpfloat (b.point[VASTUS_POINT_HEAD].y, >, 1.4);
}

static const struct
{
  const char *json;
  const char *message;
} bad_poses[] = {
  { "{ \"anchor\": \"hands\", \"keyframes\": [ { \"t\": 0, \"trunk\": 90, \"hip\": 0, \"knee\": 0, \"ankle\": 0 }, { \"t\": 1 } ] }",
    "pose.anchor must be one of 'feet', 'other-foot', 'pelvis', 'back', 'other-toe', 'knee', not 'hands'" },
  { "{ \"anchor\": \"feet\", \"keyframes\": [ { \"t\": 0, \"trunk\": 90, \"hip\": 0, \"knee\": 170, \"ankle\": 0 }, { \"t\": 1 } ] }",
    "pose.keyframes[0].knee must be a number from 0 to 160, not 170" },
  { "{ \"anchor\": \"feet\", \"keyframes\": [ { \"t\": 0, \"trunk\": 90, \"hip\": 0, \"knee\": 0, \"ankle\": 0 }, { \"t\": 2 }, { \"t\": 1 } ] }",
    "pose.keyframes[2].t must be later than the keyframe before it (2 s)" },
  { "{ \"anchor\": \"feet\", \"keyframes\": [ { \"t\": 0, \"trunk\": 90, \"hip\": 0, \"knee\": 0, \"ankle\": 0 }, { \"t\": 2, \"knee\": 40 } ] }",
    "pose.keyframes[1].knee must come back to the first keyframe's 0 so that the clip loops without a jump, not 40" },
  { "{ \"anchor\": \"feet\", \"keyframes\": [ { \"t\": 1, \"trunk\": 90, \"hip\": 0, \"knee\": 0, \"ankle\": 0 }, { \"t\": 2 } ] }",
    "pose.keyframes[0].t must be 0" },
  { "{ \"anchor\": \"feet\", \"keyframes\": [ { \"t\": 0, \"trunk\": 90, \"hip\": 0, \"knee\": 0 }, { \"t\": 2 } ] }",
    "pose.keyframes[0].ankle is missing" },
  { "{ \"anchor\": \"feet\", \"props\": [ { \"kind\": \"trampoline\" } ], \"keyframes\": [ { \"t\": 0, \"trunk\": 90, \"hip\": 0, \"knee\": 0, \"ankle\": 0 }, { \"t\": 2 } ] }",
    "pose.props[0].kind must be one of" },
  { "{ \"anchor\": \"feet\", \"props\": [ { \"kind\": \"ball\", \"attach\": \"elbows\" } ], \"keyframes\": [ { \"t\": 0, \"trunk\": 90, \"hip\": 0, \"knee\": 0, \"ankle\": 0 }, { \"t\": 2 } ] }",
    "pose.props[0].attach must be one of" },
  { "{ \"anchor\": \"feet\", \"keyframes\": [ { \"t\": 0, \"trunk\": 90, \"hip\": 0, \"knee\": 0, \"ankle\": 0 } ] }",
    "pose.keyframes must list from 2 to 16 keyframes" },
};

static void
test_bad_pose (gconstpointer data)
{
  guint i = GPOINTER_TO_UINT (data);
  g_autoptr (GError) error = NULL;
  g_autoptr (VastusPose) pose = parse_pose (bad_poses[i].json, &error);

  g_assert_null (pose);
  g_assert_nonnull (error);
  if (strstr (error->message, bad_poses[i].message) == NULL)
    g_error ("expected\n  %s\nin\n  %s", bad_poses[i].message, error->message);
  g_assert_true (g_str_has_prefix (error->message, "test.json: exercise 'test': pose"));
}

/* A key given twice in a keyframe, the second time out of range: said, never
 * crashed on, never taken as a pose of one keyframe. */
static void
test_repeated_key (void)
{
  static const struct
  {
    const char *json;
    const char *message;
  } repeated[] = {
    { "{ \"anchor\": \"feet\", \"keyframes\": ["
      "  { \"t\": 0, \"trunk\": 90, \"hip\": 0, \"knee\": 0, \"ankle\": 0, \"t\": 88 }, { \"t\": 2 } ] }",
      "pose.keyframes[0].t must be a number from 0 to 30, not 88" },
    { "{ \"anchor\": \"feet\", \"keyframes\": ["
      "  { \"t\": 0, \"trunk\": 90, \"hip\": 0, \"knee\": 0, \"ankle\": 0 }, { \"t\": 2, \"t\": 88 } ] }",
      "pose.keyframes[1].t must be a number from 0 to 30, not 88" },
    { "{ \"anchor\": \"feet\", \"keyframes\": ["
      "  { \"t\": 0, \"trunk\": 90, \"hip\": 0, \"knee\": 0, \"ankle\": 0, \"knee\": 170 }, { \"t\": 2 } ] }",
      "pose.keyframes[0].knee must be a number from 0 to 160, not 170" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (repeated); i++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (VastusPose) pose = parse_pose (repeated[i].json, &error);

      g_assert_null (pose);
      g_assert_nonnull (error);
      if (strstr (error->message, repeated[i].message) == NULL)
        g_error ("expected\n  %s\nin\n  %s", repeated[i].message, error->message);
    }
}

/* The points of every built-in clip that should stay put: the anchor and
 * those the pose names as fixed (a heel on the floor, feet together). They
 * move less than 5 mm at the figure's own scale, through the whole loop. */
static void
test_builtin_fixed_points (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (VastusCatalogue) catalogue = vastus_catalogue_new_builtin (&error);
  g_autoptr (GString) failures = g_string_new (NULL);
  guint n_checked = 0;

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (catalogue)); i++)
    {
      g_autoptr (VastusExercise) exercise = g_list_model_get_item (G_LIST_MODEL (catalogue), i);
      const VastusPose *pose = vastus_exercise_get_pose (exercise);
      VastusPoint points[5];
      guint n = 0;

      if (pose == NULL)
        continue;

      switch (pose->anchor)
        {
        case VASTUS_ANCHOR_FEET:
          points[n++] = VASTUS_POINT_HEEL;
          break;
        case VASTUS_ANCHOR_OTHER_FOOT:
          points[n++] = VASTUS_POINT_OTHER_HEEL;
          break;
        case VASTUS_ANCHOR_OTHER_TOE:
          points[n++] = VASTUS_POINT_OTHER_TOE;
          break;
        case VASTUS_ANCHOR_KNEE:
          points[n++] = VASTUS_POINT_KNEE;
          break;
        case VASTUS_ANCHOR_PELVIS:
          points[n++] = VASTUS_POINT_PELVIS;
          break;
        case VASTUS_ANCHOR_BACK:
        case VASTUS_N_ANCHORS:
        default:
          break;
        }
      for (guint f = 0; f < pose->n_fixed; f++)
        points[n++] = pose->fixed[f];

      for (guint p = 0; p < n; p++)
        {
          VastusVec start = vastus_pose_point_at (pose, points[p], 0);
          double drift = 0;

          for (guint s = 1; s <= 300; s++)
            drift = MAX (drift, distance (start, vastus_pose_point_at (pose, points[p],
                                                                       vastus_pose_get_duration (pose) * s / 300)));
          g_test_message ("%s: %s moves %.1f mm", vastus_exercise_get_id (exercise),
                          vastus_point_to_string (points[p]), drift * 1000);
          if (drift >= 0.005)
            g_string_append_printf (failures, "%s: its %s should stay put but moves %.1f mm\n",
                                    vastus_exercise_get_id (exercise), vastus_point_to_string (points[p]), drift * 1000);
          n_checked++;
        }
    }

  g_assert_cmpstr (failures->str, ==, "");
  g_assert_cmpuint (n_checked, >=, 22);
}

int
main (int   argc,
      char *argv[])
{
  /* Before anything reads HOME or the XDG folders. */
  vastus_test_env_init ();

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/vastus/pose/anchor-stays", test_anchor_stays);
  g_test_add_func ("/vastus/pose/pelvis-and-back-anchors", test_pelvis_and_back_anchors);
  g_test_add_func ("/vastus/pose/knee-anchor", test_knee_anchor);
  g_test_add_func ("/vastus/pose/interpolation", test_interpolation);
  g_test_add_func ("/vastus/pose/lengths-kept", test_lengths_kept);
  g_test_add_func ("/vastus/pose/standing-geometry", test_standing_geometry);
  g_test_add_func ("/vastus/pose/repeated-key", test_repeated_key);
  g_test_add_func ("/vastus/pose/builtin-fixed-points", test_builtin_fixed_points);
  for (guint i = 0; i < G_N_ELEMENTS (bad_poses); i++)
    {
      g_autofree char *name = g_strdup_printf ("/vastus/pose/bad/%u", i);
      g_test_add_data_func (name, GUINT_TO_POINTER (i), test_bad_pose);
    }

  return g_test_run ();
}
