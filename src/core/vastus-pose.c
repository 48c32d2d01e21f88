/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "vastus-pose"

#include "config.h"

#include "vastus-pose.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

G_DEFINE_BOXED_TYPE (VastusPose, vastus_pose, vastus_pose_copy, vastus_pose_free)

/* Each joint's JSON key and the range a person can reach, in degrees. */
static const struct
{
  const char *key;
  double      min;
  double      max;
} joints[VASTUS_N_JOINTS] = {
  [VASTUS_JOINT_TRUNK]          = { "trunk",          -60, 240 },
  [VASTUS_JOINT_HEAD]           = { "head",           -60,  60 },
  [VASTUS_JOINT_HIP]            = { "hip",            -40, 150 },
  [VASTUS_JOINT_KNEE]           = { "knee",             0, 160 },
  [VASTUS_JOINT_ANKLE]          = { "ankle",          -60,  45 },
  [VASTUS_JOINT_OTHER_HIP]      = { "other_hip",      -40, 150 },
  [VASTUS_JOINT_OTHER_KNEE]     = { "other_knee",       0, 160 },
  [VASTUS_JOINT_OTHER_ANKLE]    = { "other_ankle",    -60,  45 },
  [VASTUS_JOINT_SHOULDER]       = { "shoulder",       -90, 200 },
  [VASTUS_JOINT_ELBOW]          = { "elbow",            0, 160 },
  [VASTUS_JOINT_OTHER_SHOULDER] = { "other_shoulder", -90, 200 },
  [VASTUS_JOINT_OTHER_ELBOW]    = { "other_elbow",      0, 160 },
  [VASTUS_JOINT_ROLL]           = { "roll",          -180, 180 },
  [VASTUS_JOINT_TURN]           = { "turn",          -180, 180 },
  [VASTUS_JOINT_HIP_ABDUCTION]  = { "hip_abduction",  -30,  80 },
  [VASTUS_JOINT_HIP_ROTATION]   = { "hip_rotation",   -60,  70 },
  [VASTUS_JOINT_OTHER_HIP_ABDUCTION] = { "other_hip_abduction", -30, 80 },
  [VASTUS_JOINT_OTHER_HIP_ROTATION]  = { "other_hip_rotation",  -60, 70 },
  [VASTUS_JOINT_SHOULDER_ABDUCTION]  = { "shoulder_abduction",  -20, 180 },
  [VASTUS_JOINT_OTHER_SHOULDER_ABDUCTION] = { "other_shoulder_abduction", -20, 180 },
};

static const char * const anchor_names[VASTUS_N_ANCHORS + 1] = {
  "feet", "other-foot", "pelvis", "back", "other-toe", "knee", NULL
};

static const char * const prop_names[VASTUS_N_PROPS + 1] = {
  "wall", "step", "chair", "bench", "ball", "band", "roller", "towel", "plate", "mat",
  "leg-press", "leg-extension", "ankle-weight", NULL
};

static const char * const point_names[VASTUS_N_POINTS + 1] = {
  "pelvis", "neck", "head", "knee", "ankle", "heel", "toe", "other-knee", "other-ankle",
  "other-heel", "other-toe", "elbow", "hand", "other-elbow", "other-hand", "hip", "other-hip",
  "shoulder", "other-shoulder", NULL
};

static const char * const view_names[VASTUS_N_VIEWS + 1] = {
  "side", "front", "top", "three-quarter", NULL
};

#define KEYFRAME_TIME_MAX 30.0

/* Far limbs and the near ones they mirror when a pose never sets them. */
static const VastusJoint mirrored[][2] = {
  { VASTUS_JOINT_OTHER_HIP, VASTUS_JOINT_HIP },
  { VASTUS_JOINT_OTHER_KNEE, VASTUS_JOINT_KNEE },
  { VASTUS_JOINT_OTHER_ANKLE, VASTUS_JOINT_ANKLE },
  { VASTUS_JOINT_OTHER_SHOULDER, VASTUS_JOINT_SHOULDER },
  { VASTUS_JOINT_OTHER_ELBOW, VASTUS_JOINT_ELBOW },
  { VASTUS_JOINT_OTHER_HIP_ABDUCTION, VASTUS_JOINT_HIP_ABDUCTION },
  { VASTUS_JOINT_OTHER_HIP_ROTATION, VASTUS_JOINT_HIP_ROTATION },
  { VASTUS_JOINT_OTHER_SHOULDER_ABDUCTION, VASTUS_JOINT_SHOULDER_ABDUCTION },
};

/* A far limb that no keyframe sets moves with the near one, as in squats. */
static void
mirror_unset_limbs (VastusPose  *self,
                    const cJSON *keyframes)
{
  for (guint i = 0; i < G_N_ELEMENTS (mirrored); i++)
    {
      const char *key = joints[mirrored[i][0]].key;
      const cJSON *item;
      gboolean set = FALSE;

      cJSON_ArrayForEach (item, keyframes)
        set |= cJSON_GetObjectItemCaseSensitive (item, key) != NULL;

      if (!set)
        for (guint k = 0; k < self->n_keyframes; k++)
          self->keyframes[k].angle[mirrored[i][0]] = self->keyframes[k].angle[mirrored[i][1]];
      else
        {
          /* Set somewhere: before it is first set, it mirrors the near limb. */
          for (guint k = 0; k < self->n_keyframes; k++)
            {
              const cJSON *keyframe = cJSON_GetArrayItem (keyframes, k);

              if (cJSON_GetObjectItemCaseSensitive (keyframe, key) != NULL)
                break;
              self->keyframes[k].angle[mirrored[i][0]] = self->keyframes[k].angle[mirrored[i][1]];
            }
        }
    }
}
static double anchor_point_z (const VastusPose *self, const VastusBody *body);

#define LOOP_TOLERANCE 0.5   /* degrees: the last keyframe must come back to the first */

VastusPose *
vastus_pose_copy (const VastusPose *self)
{
  return g_memdup2 (self, sizeof *self);
}

void
vastus_pose_free (VastusPose *self)
{
  g_free (self);
}

const char *
vastus_joint_to_string (VastusJoint joint)
{
  g_return_val_if_fail (joint < VASTUS_N_JOINTS, NULL);
  return joints[joint].key;
}

const char *
vastus_prop_kind_to_string (VastusPropKind kind)
{
  g_return_val_if_fail (kind < VASTUS_N_PROPS, NULL);
  return prop_names[kind];
}

gboolean
vastus_prop_kind_from_string (const char     *name,
                              VastusPropKind *kind)
{
  int found = vastus_names_find (prop_names, name);

  if (found < 0)
    return FALSE;

  *kind = found;
  return TRUE;
}

const char *
vastus_point_to_string (VastusPoint point)
{
  g_return_val_if_fail (point < VASTUS_N_POINTS, NULL);
  return point_names[point];
}

const char *
vastus_view_to_string (VastusView view)
{
  g_return_val_if_fail (view < VASTUS_N_VIEWS, NULL);
  return view_names[view];
}

/* The defaults of a first keyframe for what it does not give. */
static void
default_angles (double *angles)
{
  memset (angles, 0, sizeof (double) * VASTUS_N_JOINTS);
  angles[VASTUS_JOINT_TRUNK] = 90;
  angles[VASTUS_JOINT_SHOULDER] = 10;
  angles[VASTUS_JOINT_ELBOW] = 10;
  /* Arms hang a little away from the body, so that they show from the front. */
  angles[VASTUS_JOINT_SHOULDER_ABDUCTION] = 8;
}

static int
find_joint (const char *key)
{
  for (int j = 0; j < VASTUS_N_JOINTS; j++)
    if (strcmp (joints[j].key, key) == 0)
      return j;
  return -1;
}

/* Reads one keyframe in a single pass over its members; field names are
 * only made for messages, as this runs for every keyframe of the catalogue. */
static gboolean
read_keyframe (VastusCheck          *check,
               const cJSON          *object,
               guint                 index,
               const VastusKeyframe *previous,
               VastusKeyframe       *keyframe)
{
  static const VastusJoint required[] = {
    VASTUS_JOINT_TRUNK, VASTUS_JOINT_HIP, VASTUS_JOINT_KNEE, VASTUS_JOINT_ANKLE,
  };
  guint given = 0;
  gboolean has_t = FALSE;
  gboolean ok = TRUE;
  const cJSON *member;
  char field[64];

  if (previous != NULL)
    memcpy (keyframe->angle, previous->angle, sizeof keyframe->angle);
  else
    default_angles (keyframe->angle);

  cJSON_ArrayForEach (member, object)
    {
      int joint;
      double min, max;

      if (strcmp (member->string, "t") == 0)
        {
          min = 0;
          max = KEYFRAME_TIME_MAX;
          joint = -1;
        }
      else if ((joint = find_joint (member->string)) >= 0)
        {
          min = joints[joint].min;
          max = joints[joint].max;
        }
      else
        continue;   /* unknown: a newer file */

      if (!cJSON_IsNumber (member) || !isfinite (member->valuedouble) ||
          member->valuedouble < min || member->valuedouble > max)
        {
          /* Let the checker say what is wrong, in the usual words, of this
           * member: looked up by name, a repeated key would find another. */
          g_snprintf (field, sizeof field, "pose.keyframes[%u].%s", index, member->string);
          vastus_check_number_value (check, member, field, min, max, &min);
          ok = FALSE;
          continue;
        }

      if (joint < 0)
        {
          keyframe->t = member->valuedouble;
          has_t = TRUE;
        }
      else
        {
          keyframe->angle[joint] = member->valuedouble;
          given |= 1u << joint;
        }
    }

  if (!has_t)
    {
      g_snprintf (field, sizeof field, "pose.keyframes[%u].t", index);
      vastus_check_add (check, field, _("is missing"));
      ok = FALSE;
    }

  /* The first keyframe sets the body up; the rest say only what changes. */
  if (previous == NULL)
    for (guint i = 0; i < G_N_ELEMENTS (required); i++)
      if ((given & (1u << required[i])) == 0 &&
          cJSON_GetObjectItemCaseSensitive (object, joints[required[i]].key) == NULL)
        {
          g_snprintf (field, sizeof field, "pose.keyframes[%u].%s", index, joints[required[i]].key);
          vastus_check_add (check, field, _("is missing"));
          ok = FALSE;
        }

  return ok;
}

static gboolean
read_prop (VastusCheck *check,
           const cJSON *object,
           guint        index,
           VastusProp  *prop)
{
  char field[64];
  const char *name;
  int found;

  g_snprintf (field, sizeof field, "pose.props[%u]", index);
  if (!cJSON_IsObject (object))
    {
      vastus_check_add (check, field, _("must be an object like { \"kind\": \"wall\", \"x\": -0.4 }"));
      return FALSE;
    }

  g_snprintf (field, sizeof field, "pose.props[%u].kind", index);
  name = vastus_check_string (check, object, "kind", field, TRUE, 0);
  if (name == NULL)
    return FALSE;
  if (!vastus_prop_kind_from_string (name, &prop->kind))
    {
      g_autofree char *allowed = vastus_names_quote (prop_names);
      vastus_check_add (check, field, _("must be one of %s, not '%s'"), allowed, name);
      return FALSE;
    }

  /* Places are in metres from the anchor spot; sizes in metres. */
  g_snprintf (field, sizeof field, "pose.props[%u].x", index);
  if (!vastus_check_number (check, object, "x", field, FALSE, -3, 3, &prop->x) &&
      cJSON_GetObjectItemCaseSensitive (object, "x") != NULL)
    return FALSE;
  g_snprintf (field, sizeof field, "pose.props[%u].y", index);
  if (!vastus_check_number (check, object, "y", field, FALSE, -1, 3, &prop->y) &&
      cJSON_GetObjectItemCaseSensitive (object, "y") != NULL)
    return FALSE;
  g_snprintf (field, sizeof field, "pose.props[%u].z", index);
  if (!vastus_check_number (check, object, "z", field, FALSE, -3, 3, &prop->z) &&
      cJSON_GetObjectItemCaseSensitive (object, "z") != NULL)
    return FALSE;
  g_snprintf (field, sizeof field, "pose.props[%u].depth", index);
  if (!vastus_check_number (check, object, "depth", field, FALSE, 0.01, 3, &prop->depth) &&
      cJSON_GetObjectItemCaseSensitive (object, "depth") != NULL)
    return FALSE;
  g_snprintf (field, sizeof field, "pose.props[%u].width", index);
  if (!vastus_check_number (check, object, "width", field, FALSE, 0.01, 3, &prop->width) &&
      cJSON_GetObjectItemCaseSensitive (object, "width") != NULL)
    return FALSE;
  g_snprintf (field, sizeof field, "pose.props[%u].height", index);
  if (!vastus_check_number (check, object, "height", field, FALSE, 0.01, 2, &prop->height) &&
      cJSON_GetObjectItemCaseSensitive (object, "height") != NULL)
    return FALSE;

  g_snprintf (field, sizeof field, "pose.props[%u].attach", index);
  name = vastus_check_string (check, object, "attach", field, FALSE, 0);
  if (name != NULL)
    {
      found = vastus_names_find (point_names, name);
      if (found < 0)
        {
          g_autofree char *allowed = vastus_names_quote (point_names);
          vastus_check_add (check, field, _("must be one of %s, not '%s'"), allowed, name);
          return FALSE;
        }
      prop->attach = found;
    }
  else if (cJSON_GetObjectItemCaseSensitive (object, "attach") != NULL)
    return FALSE;

  g_snprintf (field, sizeof field, "pose.props[%u].to", index);
  name = vastus_check_string (check, object, "to", field, FALSE, 0);
  if (name != NULL)
    {
      found = vastus_names_find (point_names, name);
      if (found < 0)
        {
          g_autofree char *allowed = vastus_names_quote (point_names);
          vastus_check_add (check, field, _("must be one of %s, not '%s'"), allowed, name);
          return FALSE;
        }
      prop->to = found;
    }
  else if (cJSON_GetObjectItemCaseSensitive (object, "to") != NULL)
    return FALSE;

  return TRUE;
}

/* Sensible sizes for what a file leaves out. */
static void
default_prop (VastusProp *prop)
{
  memset (prop, 0, sizeof *prop);
  prop->width = 0.4;
  prop->height = 0.15;
  prop->attach = VASTUS_POINT_KNEE;
  prop->to = VASTUS_N_POINTS;
}

/**
 * vastus_pose_new_from_json:
 * @object: an exercise's "pose"
 *
 * Reads and checks a pose: a known anchor, known props, at least two
 * keyframes starting at 0 s with times increasing, every angle within human
 * range, and a last keyframe that comes back to the first so that the clip
 * loops without a jump.
 *
 * Returns: (transfer full) (nullable): the pose, or %NULL when @check got a problem
 */
VastusPose *
vastus_pose_new_from_json (VastusCheck *check,
                           const cJSON *object)
{
  g_autoptr (VastusPose) self = g_new0 (VastusPose, 1);
  guint problems_before = vastus_check_count (check);
  const cJSON *keyframes, *props, *fixed, *item, *at;
  const char *anchor, *name;
  guint i = 0;

  if (!cJSON_IsObject (object))
    {
      vastus_check_add (check, "pose", _("must be an object with \"anchor\" and \"keyframes\""));
      return NULL;
    }

  anchor = vastus_check_string (check, object, "anchor", "pose.anchor", TRUE, 0);
  if (anchor != NULL)
    {
      int found = vastus_names_find (anchor_names, anchor);

      if (found < 0)
        {
          g_autofree char *allowed = vastus_names_quote (anchor_names);
          vastus_check_add (check, "pose.anchor", _("must be one of %s, not '%s'"), allowed, anchor);
        }
      else
        self->anchor = found;
    }

  /* Older files have no view: their keyframes were drawn from the side. */
  name = vastus_check_string (check, object, "view", "pose.view", FALSE, 0);
  if (name != NULL)
    {
      int found = vastus_names_find (view_names, name);

      if (found < 0)
        {
          g_autofree char *allowed = vastus_names_quote (view_names);
          vastus_check_add (check, "pose.view", _("must be one of %s, not '%s'"), allowed, name);
        }
      else
        self->view = found;
    }

  fixed = vastus_check_array (check, object, "fixed", "pose.fixed", FALSE);
  if (fixed != NULL)
    {
      if (cJSON_GetArraySize (fixed) > (int) G_N_ELEMENTS (self->fixed))
        vastus_check_add (check, "pose.fixed", _("must list at most %d points"), (int) G_N_ELEMENTS (self->fixed));
      else
        cJSON_ArrayForEach (item, fixed)
          {
            int found = cJSON_IsString (item) ? vastus_names_find (point_names, item->valuestring) : -1;
            char field[48];

            if (found < 0)
              {
                g_autofree char *allowed = vastus_names_quote (point_names);

                g_snprintf (field, sizeof field, "pose.fixed[%u]", self->n_fixed);
                vastus_check_add (check, field, _("must be one of %s"), allowed);
                break;
              }
            self->fixed[self->n_fixed++] = found;
          }
    }

  at = cJSON_GetObjectItemCaseSensitive (object, "anchor_at");
  if (at != NULL)
    {
      if (!cJSON_IsArray (at) || cJSON_GetArraySize (at) != 2 ||
          !cJSON_IsNumber (cJSON_GetArrayItem (at, 0)) || !cJSON_IsNumber (cJSON_GetArrayItem (at, 1)) ||
          fabs (cJSON_GetArrayItem (at, 0)->valuedouble) > 3 ||
          cJSON_GetArrayItem (at, 1)->valuedouble < 0 || cJSON_GetArrayItem (at, 1)->valuedouble > 2)
        vastus_check_add (check, "pose.anchor_at", _("must be a pair [x, y] in metres, x from -3 to 3 and y from 0 to 2"));
    }

  props = vastus_check_array (check, object, "props", "pose.props", FALSE);
  if (props != NULL)
    {
      if (cJSON_GetArraySize (props) > VASTUS_POSE_MAX_PROPS)
        vastus_check_add (check, "pose.props", _("must list at most %d props"), VASTUS_POSE_MAX_PROPS);
      else
        cJSON_ArrayForEach (item, props)
          {
            default_prop (&self->props[i]);
            if (read_prop (check, item, i, &self->props[i]))
              self->n_props++;
            i++;
          }
    }

  keyframes = vastus_check_array (check, object, "keyframes", "pose.keyframes", TRUE);
  if (keyframes != NULL)
    {
      int n = cJSON_GetArraySize (keyframes);

      if (n < 2 || n > VASTUS_POSE_MAX_KEYFRAMES)
        vastus_check_add (check, "pose.keyframes", _("must list from 2 to %d keyframes"),
                          VASTUS_POSE_MAX_KEYFRAMES);
      else
        {
          i = 0;
          cJSON_ArrayForEach (item, keyframes)
            {
              char field[48];

              g_snprintf (field, sizeof field, "pose.keyframes[%u]", i);
              if (!cJSON_IsObject (item))
                {
                  vastus_check_add (check, field, _("must be an object like { \"t\": 0, \"trunk\": 90, … }"));
                  break;
                }
              if (!read_keyframe (check, item, i, i > 0 ? &self->keyframes[i - 1] : NULL,
                                  &self->keyframes[i]))
                break;
              if (i == 0 && self->keyframes[0].t != 0)
                vastus_check_add (check, "pose.keyframes[0].t", _("must be 0: a clip starts at its first keyframe"));
              if (i > 0 && self->keyframes[i].t <= self->keyframes[i - 1].t)
                {
                  g_snprintf (field, sizeof field, "pose.keyframes[%u].t", i);
                  vastus_check_add (check, field, _("must be later than the keyframe before it (%g s)"),
                                    self->keyframes[i - 1].t);
                }
              i++;
            }
          self->n_keyframes = i;
          /* Only a pose read whole has limbs to mirror and a loop to close. */
          if (i == (guint) n && vastus_check_count (check) == problems_before)
            mirror_unset_limbs (self, keyframes);

          if (i == (guint) n && vastus_check_count (check) == problems_before)
            for (VastusJoint joint = 0; joint < VASTUS_N_JOINTS; joint++)
              if (fabs (self->keyframes[i - 1].angle[joint] - self->keyframes[0].angle[joint]) > LOOP_TOLERANCE)
                {
                  char field[48];

                  g_snprintf (field, sizeof field, "pose.keyframes[%u].%s", i - 1, joints[joint].key);
                  vastus_check_add (check, field,
                                    _("must come back to the first keyframe's %g so that the clip loops without a jump, not %g"),
                                    self->keyframes[0].angle[joint], self->keyframes[i - 1].angle[joint]);
                  break;
                }
        }
    }

  if (vastus_check_count (check) > problems_before)
    return NULL;

  /* By default a lying or seated pelvis rests on the floor, feet stand on it. */
  self->anchor_at.x = 0;
  self->anchor_at.y = self->anchor == VASTUS_ANCHOR_PELVIS ? VASTUS_PELVIS_DEPTH : 0;
  if (at != NULL)
    {
      self->anchor_at.x = cJSON_GetArrayItem (at, 0)->valuedouble;
      self->anchor_at.y = cJSON_GetArrayItem (at, 1)->valuedouble;
    }

  /* Across, the anchor stays where the first keyframe puts it. */
  {
    VastusPose unmoved = { .anchor = VASTUS_ANCHOR_PELVIS };
    VastusBody body;

    vastus_pose_body_from_angles (&unmoved, self->keyframes[0].angle, &body);
    self->anchor_z = anchor_point_z (self, &body);
  }

  return g_steal_pointer (&self);
}

/**
 * vastus_pose_get_duration:
 *
 * Returns: the length of one loop of the clip, in seconds
 */
double
vastus_pose_get_duration (const VastusPose *self)
{
  return self->keyframes[self->n_keyframes - 1].t;
}

/* The slope of one joint's curve at keyframe @k: none where the joint turns
 * back, holds or the clip loops round a turn, so that a curve never
 * overshoots what the keyframes ask; elsewhere the joint moves on through
 * the keyframe without stopping (monotone cubic Hermite, Fritsch–Carlson). */
static double
tangent_at (const VastusPose *self,
            guint             k,
            guint             joint)
{
  guint last = self->n_keyframes - 1;
  const VastusKeyframe *before, *here, *after;
  double dt_before, dt_after, d_before, d_after, m;

  /* The last keyframe is the first again: the clip loops. */
  if (k == 0 || k == last)
    {
      before = &self->keyframes[last - 1];
      here = &self->keyframes[last];
      after = &self->keyframes[1];
      dt_before = here->t - before->t;
      dt_after = after->t - self->keyframes[0].t;
      d_after = (after->angle[joint] - self->keyframes[0].angle[joint]) / dt_after;
    }
  else
    {
      before = &self->keyframes[k - 1];
      here = &self->keyframes[k];
      after = &self->keyframes[k + 1];
      dt_before = here->t - before->t;
      dt_after = after->t - here->t;
      d_after = (after->angle[joint] - here->angle[joint]) / dt_after;
    }
  d_before = (here->angle[joint] - before->angle[joint]) / dt_before;

  if (d_before * d_after <= 0)
    return 0;

  m = (d_before * dt_after + d_after * dt_before) / (dt_before + dt_after);
  if (fabs (m) > 3 * MIN (fabs (d_before), fabs (d_after)))
    m = copysign (3 * MIN (fabs (d_before), fabs (d_after)), m);
  return m;
}

/**
 * vastus_pose_angles_at:
 * @t: seconds; the clip loops, so any time is fine
 * @angles: (out caller-allocates) (array fixed-size=VASTUS_N_JOINTS): the angles
 *
 * Moves every joint smoothly through the keyframes: a joint slows only where
 * it turns back, and two equal keyframes in a row hold the position.
 */
void
vastus_pose_angles_at (const VastusPose *self,
                       double            t,
                       double           *angles)
{
  double duration = vastus_pose_get_duration (self);
  const VastusKeyframe *from, *to;
  double u, h, h00, h10, h01, h11;
  guint k;

  t = fmod (t, duration);
  if (t < 0)
    t += duration;

  for (k = 0; k + 2 < self->n_keyframes && t >= self->keyframes[k + 1].t; k++)
    ;
  from = &self->keyframes[k];
  to = &self->keyframes[k + 1];
  h = to->t - from->t;
  u = CLAMP ((t - from->t) / h, 0, 1);
  h00 = (1 + 2 * u) * (1 - u) * (1 - u);
  h10 = u * (1 - u) * (1 - u);
  h01 = u * u * (3 - 2 * u);
  h11 = u * u * (u - 1);

  for (guint j = 0; j < VASTUS_N_JOINTS; j++)
    {
      if (from->angle[j] == to->angle[j] && tangent_at (self, k, j) == 0 &&
          tangent_at (self, k + 1, j) == 0)
        angles[j] = from->angle[j];
      else
        angles[j] = h00 * from->angle[j] + h10 * h * tangent_at (self, k, j) +
                    h01 * to->angle[j] + h11 * h * tangent_at (self, k + 1, j);
    }
}

static VastusVec
vec (double x,
     double y,
     double z)
{
  return (VastusVec) { x, y, z };
}

static VastusVec
add (VastusVec a,
     VastusVec b)
{
  return vec (a.x + b.x, a.y + b.y, a.z + b.z);
}

static VastusVec
scaled (VastusVec a,
        double    k)
{
  return vec (a.x * k, a.y * k, a.z * k);
}

/* A point of the body's own frame (forward, up, across to the near side) in
 * the room. */
typedef struct
{
  VastusVec origin;
  VastusVec forward;
  VastusVec up;
  VastusVec across;
} Frame;

static VastusVec
in_room_direction (const Frame *frame,
                   VastusVec    local)
{
  return add (scaled (frame->forward, local.x), add (scaled (frame->up, local.y), scaled (frame->across, local.z)));
}

static VastusVec
in_room (const Frame *frame,
         VastusVec    local)
{
  return add (frame->origin, in_room_direction (frame, local));
}

/* In a plane of the body: @degrees from forward towards up. */
static VastusVec
along (VastusVec from,
       double    degrees,
       double    length)
{
  double radians = degrees * G_PI / 180;
  return vec (from.x + length * cos (radians), from.y + length * sin (radians), from.z);
}

static double
rad (double degrees)
{
  return degrees * G_PI / 180;
}

/* A limb bent in the body's side plane, hanging straight down from its
 * joint, then turned about its own length (@rotation, outwards positive),
 * moved out to the side (@abduction) and forwards (@flexion): in that order,
 * so that a bent knee lifted in abduction and turned out opens like a
 * clamshell while the foot stays where it was. */
static VastusVec
swing (VastusVec local,
       double    flexion,
       double    abduction,
       double    rotation,
       double    side)
{
  double f = local.x, u = local.y, l = local.z, c, s;

  /* About the limb's length, the body's up: forward turns outwards. */
  c = cos (rad (rotation)), s = sin (rad (rotation));
  local.x = f * c - side * l * s;
  local.z = side * f * s + l * c;
  f = local.x, l = local.z;
  /* About forward: down turns outwards. */
  c = cos (rad (abduction)), s = sin (rad (abduction));
  local.y = u * c + side * l * s;
  local.z = -side * u * s + l * c;
  u = local.y;
  /* About across: down turns forwards. */
  c = cos (rad (flexion)), s = sin (rad (flexion));
  local.x = f * c - u * s;
  local.y = f * s + u * c;
  return local;
}

static void
place_leg (VastusBody   *body,
           const Frame  *frame,
           const double *angles,
           gboolean      near)
{
  double side = near ? 1 : -1;
  double hip = angles[near ? VASTUS_JOINT_HIP : VASTUS_JOINT_OTHER_HIP];
  double knee = angles[near ? VASTUS_JOINT_KNEE : VASTUS_JOINT_OTHER_KNEE];
  double ankle = angles[near ? VASTUS_JOINT_ANKLE : VASTUS_JOINT_OTHER_ANKLE];
  double abduction = angles[near ? VASTUS_JOINT_HIP_ABDUCTION : VASTUS_JOINT_OTHER_HIP_ABDUCTION];
  double rotation = angles[near ? VASTUS_JOINT_HIP_ROTATION : VASTUS_JOINT_OTHER_HIP_ROTATION];
  VastusPoint knee_point = near ? VASTUS_POINT_KNEE : VASTUS_POINT_OTHER_KNEE;
  VastusVec hip_at = vec (0, 0, side * VASTUS_HIP_HALF_WIDTH);
  /* In the leg's own side plane, hanging from the hip joint. */
  double shin = -90 - knee;
  double foot = shin + 90 + ankle;
  VastusVec local[4];

  local[0] = along (vec (0, 0, 0), -90, VASTUS_THIGH_LENGTH);
  local[1] = along (local[0], shin, VASTUS_SHIN_LENGTH);
  local[2] = along (along (local[1], foot + 180, VASTUS_HEEL_LENGTH), foot - 90, VASTUS_ANKLE_HEIGHT);
  local[3] = along (along (local[1], foot, VASTUS_FOOT_LENGTH), foot - 90, VASTUS_ANKLE_HEIGHT);

  body->point[near ? VASTUS_POINT_HIP : VASTUS_POINT_OTHER_HIP] = in_room (frame, hip_at);
  body->thigh_front[!near] = in_room_direction (frame, swing (vec (1, 0, 0), hip, abduction, rotation, side));
  body->shin_front[!near] =
    in_room_direction (frame, swing (along (vec (0, 0, 0), -knee, 1), hip, abduction, rotation, side));
  body->leg_inside[!near] = in_room_direction (frame, swing (vec (0, 0, -side), hip, abduction, rotation, side));
  for (guint i = 0; i < 4; i++)
    body->point[knee_point + i] =
      in_room (frame, add (hip_at, swing (local[i], hip, abduction, rotation, side)));
}

static void
place_arm (VastusBody   *body,
           const Frame  *frame,
           const double *angles,
           gboolean      near)
{
  double side = near ? 1 : -1;
  double shoulder = angles[near ? VASTUS_JOINT_SHOULDER : VASTUS_JOINT_OTHER_SHOULDER];
  double elbow = angles[near ? VASTUS_JOINT_ELBOW : VASTUS_JOINT_OTHER_ELBOW];
  double abduction = angles[near ? VASTUS_JOINT_SHOULDER_ABDUCTION : VASTUS_JOINT_OTHER_SHOULDER_ABDUCTION];
  VastusPoint elbow_point = near ? VASTUS_POINT_ELBOW : VASTUS_POINT_OTHER_ELBOW;
  /* The shoulder joint, a little below the base of the neck and out to the side. */
  VastusVec joint = vec (0, VASTUS_TRUNK_LENGTH * 0.9, side * VASTUS_SHOULDER_HALF_WIDTH);
  VastusVec elbow_at = along (vec (0, 0, 0), -90, VASTUS_UPPER_ARM_LENGTH);
  VastusVec hand_at = along (elbow_at, -90 + elbow, VASTUS_FOREARM_LENGTH);

  body->point[near ? VASTUS_POINT_SHOULDER : VASTUS_POINT_OTHER_SHOULDER] =
    in_room (frame, joint);
  body->point[elbow_point] = in_room (frame, add (joint, swing (elbow_at, shoulder, abduction, 0, side)));
  body->point[elbow_point + 1] = in_room (frame, add (joint, swing (hand_at, shoulder, abduction, 0, side)));
}

static void
translate (VastusBody *body,
           double      dx,
           double      dy,
           double      dz)
{
  for (guint i = 0; i < VASTUS_N_POINTS; i++)
    {
      body->point[i].x += dx;
      body->point[i].y += dy;
      body->point[i].z += dz;
    }
}

static VastusPoint
anchor_point (const VastusPose *self)
{
  switch (self->anchor)
    {
    case VASTUS_ANCHOR_FEET:
      return VASTUS_POINT_HEEL;
    case VASTUS_ANCHOR_OTHER_FOOT:
      return VASTUS_POINT_OTHER_HEEL;
    case VASTUS_ANCHOR_OTHER_TOE:
      return VASTUS_POINT_OTHER_TOE;
    case VASTUS_ANCHOR_KNEE:
      return VASTUS_POINT_KNEE;
    case VASTUS_ANCHOR_PELVIS:
    case VASTUS_ANCHOR_BACK:
    case VASTUS_N_ANCHORS:
    default:
      return VASTUS_POINT_PELVIS;
    }
}

static double
anchor_point_z (const VastusPose *self,
                const VastusBody *body)
{
  return body->point[anchor_point (self)].z;
}

/**
 * vastus_pose_body_from_angles:
 * @angles: (array fixed-size=VASTUS_N_JOINTS): joint angles
 * @body: (out caller-allocates): where every point is
 *
 * Forward kinematics from the pelvis out, then the whole body moved so that
 * the anchor is on its spot: segments keep their lengths, and what is
 * anchored neither slides nor floats.
 */
void
vastus_pose_body_from_angles (const VastusPose *self,
                              const double     *angles,
                              VastusBody       *body)
{
  double trunk = rad (angles[VASTUS_JOINT_TRUNK]);
  double roll = rad (angles[VASTUS_JOINT_ROLL]);
  double turn = rad (angles[VASTUS_JOINT_TURN]);
  VastusVec spot = self->anchor_at;
  VastusVec up0 = vec (cos (trunk), sin (trunk), 0);
  VastusVec forward0 = vec (sin (trunk), -cos (trunk), 0);
  VastusVec across0 = vec (0, 0, 1);
  Frame frame = { vec (0, 0, 0), up0, up0, across0 };
  VastusVec neck;
  VastusPoint at;

  /* Rolled about the trunk's own length: forward turns away from the near side. */
  frame.forward = add (scaled (forward0, cos (roll)), scaled (across0, -sin (roll)));
  frame.across = add (scaled (across0, cos (roll)), scaled (forward0, sin (roll)));
  /* Turned about the vertical. */
  for (VastusVec *v = &frame.forward; v <= &frame.across; v++)
    *v = vec (v->x * cos (turn) + v->z * sin (turn), v->y, -v->x * sin (turn) + v->z * cos (turn));

  body->point[VASTUS_POINT_PELVIS] = frame.origin;
  body->forward = frame.forward;
  body->across = frame.across;
  neck = in_room (&frame, vec (0, VASTUS_TRUNK_LENGTH, 0));
  body->point[VASTUS_POINT_NECK] = neck;
  /* A positive head angle tips the head forwards. */
  body->point[VASTUS_POINT_HEAD] =
    in_room (&frame, along (vec (0, VASTUS_TRUNK_LENGTH, 0), 90 - angles[VASTUS_JOINT_HEAD], VASTUS_NECK_LENGTH));

  place_leg (body, &frame, angles, TRUE);
  place_leg (body, &frame, angles, FALSE);
  place_arm (body, &frame, angles, TRUE);
  place_arm (body, &frame, angles, FALSE);

  at = anchor_point (self);
  switch (self->anchor)
    {
    case VASTUS_ANCHOR_FEET:
    case VASTUS_ANCHOR_OTHER_FOOT:
    case VASTUS_ANCHOR_OTHER_TOE:
    case VASTUS_ANCHOR_KNEE:
      translate (body, spot.x - body->point[at].x, spot.y - body->point[at].y,
                 self->anchor_z - body->point[at].z);
      break;
    case VASTUS_ANCHOR_PELVIS:
      translate (body, spot.x, spot.y, self->anchor_z);
      break;
    case VASTUS_ANCHOR_BACK:
      /* The wall is at the spot's x: the back rests on it, the heels on the floor. */
      translate (body, spot.x + VASTUS_BACK_DEPTH, spot.y - body->point[VASTUS_POINT_HEEL].y, self->anchor_z);
      break;
    case VASTUS_N_ANCHORS:
    default:
      g_assert_not_reached ();
    }
}

/**
 * vastus_pose_body_at:
 *
 * Where every point of the body is at @t seconds into the clip.
 */
void
vastus_pose_body_at (const VastusPose *self,
                     double            t,
                     VastusBody       *body)
{
  double angles[VASTUS_N_JOINTS];

  vastus_pose_angles_at (self, t, angles);
  vastus_pose_body_from_angles (self, angles, body);
}

/**
 * vastus_pose_point_at:
 *
 * Returns: where @point of the body is at @t seconds into the clip
 */
VastusVec
vastus_pose_point_at (const VastusPose *self,
                      VastusPoint       point,
                      double            t)
{
  VastusBody body;

  g_return_val_if_fail (point < VASTUS_N_POINTS, vec (0, 0, 0));
  vastus_pose_body_at (self, t, &body);
  return body.point[point];
}

/**
 * vastus_pose_anchor_spot:
 *
 * Returns: where the anchor stays, in metres
 */
VastusVec
vastus_pose_anchor_spot (const VastusPose *self)
{
  return self->anchor_at;
}
