/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <string.h>

#include "fuzz-common.h"
#include "vastus-pose.h"

/*
 * An exercise's "pose", read as the catalogue reads it. A pose found valid
 * is played as its clip is: it must last some time, and every joint and
 * every point of the body must be somewhere at every moment.
 */

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *text = g_malloc (size + 1);
  g_autofree char *parse_error = NULL;
  g_autoptr (cJSON) root = NULL;
  g_autoptr (VastusPose) pose = NULL;
  VastusCheck check;
  double duration;
  static const double times[] = { -7.5, -0.25, 0, 0.1, 0.5, 1, 2.5, 4, 30, 1e6 };

  fuzz_init ();

  /* vastus_json_parse() wants the NUL after the document that a file read has. */
  memcpy (text, data, size);
  text[size] = '\0';
  root = vastus_json_parse (text, size, &parse_error);
  if (root == NULL)
    return 0;

  vastus_check_init (&check, "fuzz.json");
  check.kind = "exercise";
  check.id = "fuzz";
  pose = vastus_pose_new_from_json (&check, root);
  if ((pose == NULL) == (vastus_check_count (&check) == 0))
    g_error ("a pose was %s with %u problems", pose != NULL ? "read" : "refused", vastus_check_count (&check));
  vastus_check_clear (&check);
  if (pose == NULL)
    return 0;

  duration = vastus_pose_get_duration (pose);
  if (!isfinite (duration) || duration <= 0)
    g_error ("a valid pose lasts %g s", duration);

  for (guint i = 0; i < G_N_ELEMENTS (times); i++)
    {
      double angles[VASTUS_N_JOINTS];
      VastusBody body;

      vastus_pose_angles_at (pose, times[i] * duration, angles);
      for (guint j = 0; j < VASTUS_N_JOINTS; j++)
        if (!isfinite (angles[j]))
          g_error ("a valid pose has no %s angle at %g s", vastus_joint_to_string (j), times[i] * duration);

      vastus_pose_body_from_angles (pose, angles, &body);
      for (guint p = 0; p < VASTUS_N_POINTS; p++)
        if (!isfinite (body.point[p].x) || !isfinite (body.point[p].y))
          g_error ("a valid pose puts %s nowhere at %g s", vastus_point_to_string (p), times[i] * duration);
    }

  return 0;
}
