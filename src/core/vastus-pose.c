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
};

static const char * const anchor_names[VASTUS_N_ANCHORS + 1] = {
  "feet", "other-foot", "pelvis", "back", NULL
};

static const char * const prop_names[VASTUS_N_PROPS + 1] = {
  "wall", "step", "chair", "bench", "ball", "band", "roller", "towel", "plate", "mat",
  "leg-press", "leg-extension", "ankle-weight", NULL
};

static const char * const point_names[VASTUS_N_POINTS + 1] = {
  "pelvis", "neck", "head", "knee", "ankle", "heel", "toe", "other-knee", "other-ankle",
  "other-heel", "other-toe", "elbow", "hand", "other-elbow", "other-hand", NULL
};

#define KEYFRAME_TIME_MAX 30.0

/* Far limbs and the near ones they mirror when a pose never sets them. */
static const VastusJoint mirrored[][2] = {
  { VASTUS_JOINT_OTHER_HIP, VASTUS_JOINT_HIP },
  { VASTUS_JOINT_OTHER_KNEE, VASTUS_JOINT_KNEE },
  { VASTUS_JOINT_OTHER_ANKLE, VASTUS_JOINT_ANKLE },
  { VASTUS_JOINT_OTHER_SHOULDER, VASTUS_JOINT_SHOULDER },
  { VASTUS_JOINT_OTHER_ELBOW, VASTUS_JOINT_ELBOW },
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

/* The defaults of a first keyframe for what it does not give. */
static void
default_angles (double *angles)
{
  memset (angles, 0, sizeof (double) * VASTUS_N_JOINTS);
  angles[VASTUS_JOINT_TRUNK] = 90;
  angles[VASTUS_JOINT_SHOULDER] = 10;
  angles[VASTUS_JOINT_ELBOW] = 10;
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
  const cJSON *keyframes, *props, *item, *at;
  const char *anchor;
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

/* Slow out of one keyframe and slow into the next, as a person moves. */
static double
ease (double u)
{
  return (1 - cos (G_PI * u)) / 2;
}

/**
 * vastus_pose_angles_at:
 * @t: seconds; the clip loops, so any time is fine
 * @angles: (out caller-allocates) (array fixed-size=VASTUS_N_JOINTS): the angles
 *
 * Eases every joint from the keyframe before @t to the one after it. Two equal
 * keyframes in a row hold the position.
 */
void
vastus_pose_angles_at (const VastusPose *self,
                       double            t,
                       double           *angles)
{
  double duration = vastus_pose_get_duration (self);
  const VastusKeyframe *from, *to;
  guint k;
  double u;

  t = fmod (t, duration);
  if (t < 0)
    t += duration;

  for (k = 0; k + 2 < self->n_keyframes && t >= self->keyframes[k + 1].t; k++)
    ;
  from = &self->keyframes[k];
  to = &self->keyframes[k + 1];
  u = CLAMP ((t - from->t) / (to->t - from->t), 0, 1);

  for (guint j = 0; j < VASTUS_N_JOINTS; j++)
    angles[j] = from->angle[j] + (to->angle[j] - from->angle[j]) * ease (u);
}

static VastusVec
along (VastusVec from,
       double    degrees,
       double    length)
{
  double radians = degrees * G_PI / 180;
  return (VastusVec) { from.x + length * cos (radians), from.y + length * sin (radians) };
}

static void
place_leg (VastusBody *body,
           VastusVec   pelvis,
           double      trunk,
           double      hip,
           double      knee,
           double      ankle,
           VastusPoint knee_point)
{
  /* knee_point, then the ankle, heel and toe of the same leg follow it */
  double thigh = trunk - 180 + hip;
  double shin = thigh - knee;
  double foot = shin + 90 + ankle;
  VastusVec ankle_at;

  body->point[knee_point] = along (pelvis, thigh, VASTUS_THIGH_LENGTH);
  ankle_at = along (body->point[knee_point], shin, VASTUS_SHIN_LENGTH);
  body->point[knee_point + 1] = ankle_at;
  body->point[knee_point + 2] = along (along (ankle_at, foot + 180, VASTUS_HEEL_LENGTH), foot - 90, VASTUS_ANKLE_HEIGHT);
  body->point[knee_point + 3] = along (along (ankle_at, foot, VASTUS_FOOT_LENGTH), foot - 90, VASTUS_ANKLE_HEIGHT);
}

static void
place_arm (VastusBody *body,
           VastusVec   neck,
           double      trunk,
           double      shoulder,
           double      elbow,
           VastusPoint elbow_point)
{
  double arm = trunk - 180 + shoulder;

  body->point[elbow_point] = along (neck, arm, VASTUS_UPPER_ARM_LENGTH);
  body->point[elbow_point + 1] = along (body->point[elbow_point], arm + elbow, VASTUS_FOREARM_LENGTH);
}

static void
translate (VastusBody *body,
           double      dx,
           double      dy)
{
  for (guint i = 0; i < VASTUS_N_POINTS; i++)
    {
      body->point[i].x += dx;
      body->point[i].y += dy;
    }
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
  double trunk = angles[VASTUS_JOINT_TRUNK];
  VastusVec pelvis = { 0, 0 };
  VastusVec spot = self->anchor_at;
  VastusVec neck;

  body->point[VASTUS_POINT_PELVIS] = pelvis;
  neck = along (pelvis, trunk, VASTUS_TRUNK_LENGTH);
  body->point[VASTUS_POINT_NECK] = neck;
  /* A positive head angle tips the head forwards: clockwise for a person facing right. */
  body->point[VASTUS_POINT_HEAD] = along (neck, trunk - angles[VASTUS_JOINT_HEAD], VASTUS_NECK_LENGTH);

  place_leg (body, pelvis, trunk, angles[VASTUS_JOINT_HIP], angles[VASTUS_JOINT_KNEE],
             angles[VASTUS_JOINT_ANKLE], VASTUS_POINT_KNEE);
  place_leg (body, pelvis, trunk, angles[VASTUS_JOINT_OTHER_HIP], angles[VASTUS_JOINT_OTHER_KNEE],
             angles[VASTUS_JOINT_OTHER_ANKLE], VASTUS_POINT_OTHER_KNEE);
  place_arm (body, neck, trunk, angles[VASTUS_JOINT_SHOULDER], angles[VASTUS_JOINT_ELBOW],
             VASTUS_POINT_ELBOW);
  place_arm (body, neck, trunk, angles[VASTUS_JOINT_OTHER_SHOULDER], angles[VASTUS_JOINT_OTHER_ELBOW],
             VASTUS_POINT_OTHER_ELBOW);

  switch (self->anchor)
    {
    case VASTUS_ANCHOR_FEET:
      translate (body, spot.x - body->point[VASTUS_POINT_HEEL].x, spot.y - body->point[VASTUS_POINT_HEEL].y);
      break;
    case VASTUS_ANCHOR_OTHER_FOOT:
      translate (body, spot.x - body->point[VASTUS_POINT_OTHER_HEEL].x,
                 spot.y - body->point[VASTUS_POINT_OTHER_HEEL].y);
      break;
    case VASTUS_ANCHOR_PELVIS:
      translate (body, spot.x, spot.y);
      break;
    case VASTUS_ANCHOR_BACK:
      /* The wall is at the spot's x: the back rests on it, the heels on the floor. */
      translate (body, spot.x + VASTUS_BACK_DEPTH, spot.y - body->point[VASTUS_POINT_HEEL].y);
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
 * vastus_pose_anchor_spot:
 *
 * Returns: where the anchor stays, in metres
 */
VastusVec
vastus_pose_anchor_spot (const VastusPose *self)
{
  return self->anchor_at;
}
