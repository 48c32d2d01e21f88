/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "vastus-json.h"

G_BEGIN_DECLS

/*
 * A person doing an exercise, in three dimensions: joint angles at keyframes,
 * moved smoothly in between, placed by forward kinematics from an anchor that
 * stays put (the feet on the floor, the pelvis on a seat, the back on a wall).
 * Lengths are in metres, angles in degrees. x is where an upright person
 * faces (to the right in the side view), y up, z towards the side camera: the
 * near (working) limbs are on the +z side. The pose names the view its
 * movement is best seen from.
 */

typedef enum
{
  VASTUS_JOINT_TRUNK,        /* pelvis → shoulders, from horizontal: 90 upright */
  VASTUS_JOINT_HEAD,         /* neck bend, 0 in line with the trunk */
  VASTUS_JOINT_HIP,          /* near (working) leg: flexion, 0 in line with the trunk */
  VASTUS_JOINT_KNEE,         /* flexion, 0 straight */
  VASTUS_JOINT_ANKLE,        /* dorsiflexion, 0 foot at right angles to the shin */
  VASTUS_JOINT_OTHER_HIP,    /* far leg */
  VASTUS_JOINT_OTHER_KNEE,
  VASTUS_JOINT_OTHER_ANKLE,
  VASTUS_JOINT_SHOULDER,     /* near arm: flexion, 0 hanging along the trunk */
  VASTUS_JOINT_ELBOW,        /* flexion, 0 straight */
  VASTUS_JOINT_OTHER_SHOULDER,
  VASTUS_JOINT_OTHER_ELBOW,
  VASTUS_JOINT_ROLL,         /* the body turned about its own long axis: 90 lifts the near side */
  VASTUS_JOINT_TURN,         /* the body turned about the vertical, positive away from the side camera */
  VASTUS_JOINT_HIP_ABDUCTION,          /* near leg out to the side, 0 in line with the trunk */
  VASTUS_JOINT_HIP_ROTATION,           /* near leg turned outwards (external rotation) */
  VASTUS_JOINT_OTHER_HIP_ABDUCTION,
  VASTUS_JOINT_OTHER_HIP_ROTATION,
  VASTUS_JOINT_SHOULDER_ABDUCTION,     /* near arm out to the side */
  VASTUS_JOINT_OTHER_SHOULDER_ABDUCTION,
  VASTUS_N_JOINTS
} VastusJoint;

typedef enum
{
  VASTUS_ANCHOR_FEET,        /* the near heel stays on its spot */
  VASTUS_ANCHOR_OTHER_FOOT,  /* the far heel stays on its spot */
  VASTUS_ANCHOR_PELVIS,      /* the pelvis stays on its seat, bench or the floor */
  VASTUS_ANCHOR_BACK,        /* the back stays on the wall and the heels on the floor */
  VASTUS_ANCHOR_OTHER_TOE,   /* the ball of the far foot stays on its spot, its heel may rise */
  VASTUS_ANCHOR_KNEE,        /* the near knee stays on its spot: kneeling, a side bridge from the knees */
  VASTUS_N_ANCHORS
} VastusAnchor;

typedef enum
{
  VASTUS_PROP_WALL,
  VASTUS_PROP_STEP,
  VASTUS_PROP_CHAIR,
  VASTUS_PROP_BENCH,
  VASTUS_PROP_BALL,
  VASTUS_PROP_BAND,
  VASTUS_PROP_ROLLER,
  VASTUS_PROP_TOWEL,
  VASTUS_PROP_PLATE,
  VASTUS_PROP_MAT,
  VASTUS_PROP_LEG_PRESS,
  VASTUS_PROP_LEG_EXTENSION,
  VASTUS_PROP_ANKLE_WEIGHT,
  VASTUS_N_PROPS
} VastusPropKind;

/* Where the camera looks from, in the pose's frame. */
typedef enum
{
  VASTUS_VIEW_SIDE,          /* from +z: an upright person faces right */
  VASTUS_VIEW_FRONT,         /* from +x: an upright person faces the camera */
  VASTUS_VIEW_TOP,           /* from above, the near side at the bottom */
  VASTUS_VIEW_THREE_QUARTER, /* between side and front, a little from above */
  VASTUS_N_VIEWS
} VastusView;

/* Points of the body that props and tests refer to. */
typedef enum
{
  VASTUS_POINT_PELVIS,
  VASTUS_POINT_NECK,
  VASTUS_POINT_HEAD,         /* the centre of the head */
  VASTUS_POINT_KNEE,
  VASTUS_POINT_ANKLE,
  VASTUS_POINT_HEEL,
  VASTUS_POINT_TOE,
  VASTUS_POINT_OTHER_KNEE,
  VASTUS_POINT_OTHER_ANKLE,
  VASTUS_POINT_OTHER_HEEL,
  VASTUS_POINT_OTHER_TOE,
  VASTUS_POINT_ELBOW,
  VASTUS_POINT_HAND,
  VASTUS_POINT_OTHER_ELBOW,
  VASTUS_POINT_OTHER_HAND,
  VASTUS_POINT_HIP,          /* the near hip joint */
  VASTUS_POINT_OTHER_HIP,
  VASTUS_POINT_SHOULDER,     /* the near shoulder joint */
  VASTUS_POINT_OTHER_SHOULDER,
  VASTUS_N_POINTS
} VastusPoint;

typedef struct
{
  double x;
  double y;
  double z;
} VastusVec;

typedef struct
{
  VastusPropKind kind;
  double         x;          /* metres from the anchor spot, where it applies */
  double         y;
  double         z;          /* metres towards the side camera from the anchor spot */
  double         width;
  double         height;
  double         depth;      /* across, along z */
  VastusPoint    attach;     /* the body point a ball, band, towel or weight follows */
  VastusPoint    to;         /* a loop band's other end on the body; VASTUS_N_POINTS: tied to a post */
} VastusProp;

typedef struct
{
  double t;                          /* seconds from the start of the clip */
  double angle[VASTUS_N_JOINTS];
} VastusKeyframe;

/* Where every point of the body is at one moment. */
typedef struct
{
  VastusVec point[VASTUS_N_POINTS];
  /* Unit directions, for drawing what faces where: the body's forward and
   * across to the near side; each thigh's and shin's front, and each leg's
   * inner side (near leg first). */
  VastusVec forward;
  VastusVec across;
  VastusVec thigh_front[2];
  VastusVec shin_front[2];
  VastusVec leg_inside[2];
} VastusBody;

#define VASTUS_POSE_MAX_KEYFRAMES 16
#define VASTUS_POSE_MAX_PROPS 6

/* Segment lengths of a person about 1.75 m tall, in metres. */
#define VASTUS_THIGH_LENGTH    0.44
#define VASTUS_SHIN_LENGTH     0.43
#define VASTUS_FOOT_LENGTH     0.20   /* ankle to toe, along the sole */
#define VASTUS_HEEL_LENGTH     0.06   /* ankle to heel, backwards */
#define VASTUS_ANKLE_HEIGHT    0.08   /* ankle above the sole */
#define VASTUS_TRUNK_LENGTH    0.52   /* pelvis to the base of the neck */
#define VASTUS_NECK_LENGTH     0.20   /* base of the neck to the centre of the head */
#define VASTUS_HEAD_RADIUS     0.11
#define VASTUS_UPPER_ARM_LENGTH 0.30
#define VASTUS_FOREARM_LENGTH  0.33   /* with the hand */
#define VASTUS_PELVIS_DEPTH    0.10   /* pelvis centre above a seat or the floor */
#define VASTUS_BACK_DEPTH      0.11   /* pelvis centre in front of a wall behind it */
#define VASTUS_HIP_HALF_WIDTH  0.09   /* pelvis centre to each hip joint */
#define VASTUS_SHOULDER_HALF_WIDTH 0.17 /* base of the neck to each shoulder joint */

typedef struct _VastusPose VastusPose;

struct _VastusPose
{
  VastusAnchor   anchor;
  VastusVec      anchor_at;   /* the anchor's spot, in metres; the floor is y = 0 */
  double         anchor_z;    /* where the anchor is across, from the first keyframe */
  VastusView     view;
  guint          n_fixed;     /* points besides the anchor that stay put */
  VastusPoint    fixed[4];
  guint          n_keyframes;
  VastusKeyframe keyframes[VASTUS_POSE_MAX_KEYFRAMES];
  guint          n_props;
  VastusProp     props[VASTUS_POSE_MAX_PROPS];
};

GType        vastus_pose_get_type         (void) G_GNUC_CONST;
#define VASTUS_TYPE_POSE (vastus_pose_get_type ())

VastusPose  *vastus_pose_new_from_json    (VastusCheck      *check,
                                           const cJSON      *object);
VastusPose  *vastus_pose_copy             (const VastusPose *self);
void         vastus_pose_free             (VastusPose       *self);

double       vastus_pose_get_duration     (const VastusPose *self);
void         vastus_pose_angles_at        (const VastusPose *self,
                                           double            t,
                                           double           *angles);
void         vastus_pose_body_from_angles (const VastusPose *self,
                                           const double     *angles,
                                           VastusBody       *body);
void         vastus_pose_body_at          (const VastusPose *self,
                                           double            t,
                                           VastusBody       *body);
VastusVec    vastus_pose_anchor_spot      (const VastusPose *self);

const char  *vastus_joint_to_string       (VastusJoint       joint);
const char  *vastus_prop_kind_to_string   (VastusPropKind    kind);
gboolean     vastus_prop_kind_from_string (const char       *name,
                                           VastusPropKind   *kind);
const char  *vastus_point_to_string       (VastusPoint       point);
const char  *vastus_view_to_string        (VastusView        view);
VastusVec    vastus_pose_point_at         (const VastusPose *self,
                                           VastusPoint       point,
                                           double            t);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VastusPose, vastus_pose_free)

G_END_DECLS
