/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "vastus-clip"

#include "config.h"

#include "vastus-clip-render.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

/*
 * Draws a person doing an exercise, posed in three dimensions by the core's
 * forward kinematics and seen from the pose's view: an orthographic camera,
 * the limbs and props sorted far to near so that the near leg covers the far
 * one, the exercise's target muscles in an accent colour.
 */

/* Limb thicknesses, in metres. */
#define TRUNK_WIDTH     0.20
#define THIGH_WIDTH     0.14
#define SHIN_WIDTH      0.10
#define FOOT_WIDTH      0.07
#define UPPER_ARM_WIDTH 0.085
#define FOREARM_WIDTH   0.07
#define NECK_WIDTH      0.07
#define HAND_RADIUS     0.04

typedef struct { double r, g, b; } Colour;

typedef struct
{
  Colour background;
  Colour floor;
  Colour prop;
  Colour prop_edge;
  Colour wall;
  Colour leg;        /* dark trousers */
  Colour far_leg;    /* paler far limbs, seen behind the body */
  Colour trunk;      /* a blue top */
  Colour arm;
  Colour far_arm;
  Colour skin;
  Colour muscle;     /* the target muscles */
  Colour band;
  Colour ball;
  Colour towel;
  Colour metal;
} Palette;

static const Palette light_palette = {
  .background = { 0.965, 0.961, 0.957 },
  .floor = { 0.80, 0.78, 0.76 },
  .prop = { 0.72, 0.64, 0.55 },
  .prop_edge = { 0.55, 0.47, 0.40 },
  .wall = { 0.87, 0.86, 0.85 },
  .leg = { 0.24, 0.22, 0.27 },
  .far_leg = { 0.52, 0.50, 0.55 },
  .trunk = { 0.21, 0.52, 0.89 },
  .arm = { 0.11, 0.44, 0.85 },
  .far_arm = { 0.55, 0.71, 0.92 },
  .skin = { 0.93, 0.78, 0.66 },
  .muscle = { 0.90, 0.38, 0.00 },
  .band = { 0.15, 0.64, 0.41 },
  .ball = { 0.75, 0.31, 0.54 },
  .towel = { 0.91, 0.76, 0.36 },
  .metal = { 0.47, 0.46, 0.48 },
};

/* Dark style: a dim room, and a figure light enough to stand out of it. */
static const Palette dark_palette = {
  .background = { 0.141, 0.141, 0.141 },
  .floor = { 0.24, 0.23, 0.22 },
  .prop = { 0.50, 0.43, 0.36 },
  .prop_edge = { 0.36, 0.30, 0.25 },
  .wall = { 0.27, 0.27, 0.28 },
  .leg = { 0.72, 0.71, 0.76 },
  .far_leg = { 0.45, 0.44, 0.48 },
  .trunk = { 0.21, 0.52, 0.89 },
  .arm = { 0.38, 0.63, 0.95 },
  .far_arm = { 0.16, 0.36, 0.62 },
  .skin = { 0.85, 0.70, 0.58 },
  .muscle = { 1.00, 0.47, 0.00 },
  .band = { 0.18, 0.76, 0.49 },
  .ball = { 0.85, 0.40, 0.64 },
  .towel = { 0.78, 0.64, 0.30 },
  .metal = { 0.55, 0.54, 0.57 },
};

static const struct
{
  const char        *name;
  VastusClipMuscles  muscle;
} muscle_names[] = {
  { "vmo", VASTUS_CLIP_MUSCLE_VMO },
  { "quadriceps", VASTUS_CLIP_MUSCLE_QUADRICEPS },
  { "hamstrings", VASTUS_CLIP_MUSCLE_HAMSTRINGS },
  { "glutes", VASTUS_CLIP_MUSCLE_GLUTES },
  { "hip-abductors", VASTUS_CLIP_MUSCLE_HIP_ABDUCTORS },
  { "adductors", VASTUS_CLIP_MUSCLE_ADDUCTORS },
  { "hip-flexors", VASTUS_CLIP_MUSCLE_HIP_FLEXORS },
  { "calves", VASTUS_CLIP_MUSCLE_CALVES },
  { "core", VASTUS_CLIP_MUSCLE_CORE },
};

/**
 * vastus_clip_muscles_from_names:
 * @names: (nullable): the catalogue's names of an exercise's muscles
 *
 * Returns: the muscles a clip highlights; names it cannot draw are left out
 */
VastusClipMuscles
vastus_clip_muscles_from_names (const char * const *names)
{
  VastusClipMuscles muscles = 0;

  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    for (guint m = 0; m < G_N_ELEMENTS (muscle_names); m++)
      if (g_str_equal (names[i], muscle_names[m].name))
        muscles |= muscle_names[m].muscle;

  return muscles;
}

/**
 * vastus_clip_muscle_colour:
 * @dark: the dark style's palette, or the light one's
 *
 * The colour the target muscles are drawn in, for a legend beside a clip
 * to show the same one.
 */
void
vastus_clip_muscle_colour (gboolean  dark,
                           double   *red,
                           double   *green,
                           double   *blue)
{
  const Palette *palette = dark ? &dark_palette : &light_palette;

  *red = palette->muscle.r;
  *green = palette->muscle.g;
  *blue = palette->muscle.b;
}

guint
vastus_clip_n_frames (const VastusPose *pose)
{
  return MAX (1, (guint) lround (vastus_pose_get_duration (pose) * VASTUS_CLIP_FPS));
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
sub (VastusVec a,
     VastusVec b)
{
  return vec (a.x - b.x, a.y - b.y, a.z - b.z);
}

static VastusVec
scaled (VastusVec a,
        double    k)
{
  return vec (a.x * k, a.y * k, a.z * k);
}

static double
dot (VastusVec a,
     VastusVec b)
{
  return a.x * b.x + a.y * b.y + a.z * b.z;
}

static VastusVec
mix (VastusVec a,
     VastusVec b,
     double    u)
{
  return add (a, scaled (sub (b, a), u));
}

static VastusVec
normalised (VastusVec a)
{
  double length = sqrt (dot (a, a));

  return length > 1e-9 ? scaled (a, 1 / length) : vec (0, 1, 0);
}

static void
to_pixels (const VastusClipCamera *camera,
           VastusVec               point,
           double                 *x,
           double                 *y)
{
  *x = camera->origin_x + dot (point, camera->right) * camera->scale;
  *y = camera->origin_y - dot (point, camera->up) * camera->scale;
}

static double
depth (const VastusClipCamera *camera,
       VastusVec               point)
{
  return dot (point, camera->towards);
}

/* Camera directions for a view: turned from the side towards the front by
 * @yaw, raised by @pitch, in degrees. */
static void
aim (VastusClipCamera *camera,
     VastusView        view)
{
  double yaw = 0, pitch = 0;
  VastusVec towards, right;

  switch (view)
    {
    case VASTUS_VIEW_FRONT:
      yaw = 90;
      break;
    case VASTUS_VIEW_TOP:
      pitch = 90;
      break;
    case VASTUS_VIEW_THREE_QUARTER:
      yaw = 35;
      pitch = 20;
      break;
    case VASTUS_VIEW_SIDE:
    case VASTUS_N_VIEWS:
    default:
      break;
    }

  yaw *= G_PI / 180;
  pitch *= G_PI / 180;
  towards = vec (sin (yaw), 0, cos (yaw));
  right = vec (cos (yaw), 0, -sin (yaw));
  camera->right = right;
  camera->towards = add (scaled (towards, cos (pitch)), vec (0, sin (pitch), 0));
  camera->up = add (vec (0, cos (pitch), 0), scaled (towards, -sin (pitch)));
}

static gboolean
looks_level (const VastusClipCamera *camera)
{
  return fabs (camera->up.y - 1) < 1e-9;
}

/* Props: boxes and what is drawn from them. */

static double
prop_depth (const VastusProp *prop,
            double            fallback)
{
  return prop->depth > 0 ? prop->depth : fallback;
}

static double
prop_height (const VastusProp *prop,
             double            fallback)
{
  return prop->height > 0 ? prop->height : fallback;
}

/* The middle of a prop across, and its x, in the room. */
static double
prop_x (const VastusPose *pose,
        const VastusProp *prop)
{
  return pose->anchor_at.x + prop->x;
}

static double
prop_z (const VastusPose *pose,
        const VastusProp *prop)
{
  return pose->anchor_z + prop->z;
}

typedef struct
{
  VastusVec min;
  VastusVec max;
} Box;

/* The boxes a still prop is made of: a step, a bench, a chair's seat,
 * legs and back, a wall, a mat. */
static guint
prop_boxes (const VastusPose *pose,
            const VastusProp *prop,
            Box              *boxes)
{
  double x = prop_x (pose, prop), z = prop_z (pose, prop);

  switch (prop->kind)
    {
    case VASTUS_PROP_WALL:
      boxes[0] = (Box) { vec (x - 0.1, 0, z - 1.2), vec (x, 2.6, z + 1.2) };
      return 1;

    case VASTUS_PROP_STEP:
    case VASTUS_PROP_BENCH:
      {
        double d = prop_depth (prop, prop->kind == VASTUS_PROP_STEP ? 0.5 : 0.4) / 2;

        boxes[0] = (Box) { vec (x, 0, z - d), vec (x + prop->width, prop->height, z + d) };
        return 1;
      }

    case VASTUS_PROP_MAT:
      {
        double d = prop_depth (prop, 0.6) / 2;

        boxes[0] = (Box) { vec (x, 0, z - d), vec (x + prop->width, MAX (prop->height, 0.012), z + d) };
        return 1;
      }

    case VASTUS_PROP_CHAIR:
      {
        double seat = prop_height (prop, 0.45);
        double d = prop_depth (prop, 0.44) / 2;

        boxes[0] = (Box) { vec (x - 0.24, seat - 0.05, z - d), vec (x + 0.22, seat, z + d) };
        boxes[1] = (Box) { vec (x - 0.24, seat, z - d), vec (x - 0.20, seat + 0.45, z + d) };
        boxes[2] = (Box) { vec (x - 0.22, 0, z - d), vec (x - 0.19, seat - 0.05, z - d + 0.03) };
        boxes[3] = (Box) { vec (x - 0.22, 0, z + d - 0.03), vec (x - 0.19, seat - 0.05, z + d) };
        boxes[4] = (Box) { vec (x + 0.18, 0, z - d), vec (x + 0.21, seat - 0.05, z - d + 0.03) };
        boxes[5] = (Box) { vec (x + 0.18, 0, z + d - 0.03), vec (x + 0.21, seat - 0.05, z + d) };
        return 6;
      }

    default:
      return 0;
    }
}

static void
set_colour (cairo_t      *cr,
            const Colour *colour)
{
  cairo_set_source_rgb (cr, colour->r, colour->g, colour->b);
}

/* A face turned towards the light is paler, one turned away darker. */
static void
set_shaded (cairo_t      *cr,
            const Colour *colour,
            VastusVec     normal)
{
  double light = 0.82 + 0.18 * dot (normal, normalised (vec (0.3, 1, 0.5)));

  cairo_set_source_rgb (cr, MIN (1, colour->r * light), MIN (1, colour->g * light), MIN (1, colour->b * light));
}

static void
polygon (cairo_t                *cr,
         const VastusClipCamera *camera,
         const VastusVec        *points,
         guint                   n)
{
  for (guint i = 0; i < n; i++)
    {
      double x, y;

      to_pixels (camera, points[i], &x, &y);
      if (i == 0)
        cairo_move_to (cr, x, y);
      else
        cairo_line_to (cr, x, y);
    }
  cairo_close_path (cr);
}

/* A box's faces that the camera sees; a convex box needs no other sorting. */
static void
draw_box (cairo_t                *cr,
          const VastusClipCamera *camera,
          const Box              *box,
          const Colour           *colour,
          const Colour           *edge)
{
  VastusVec a = box->min, b = box->max;
  const struct { VastusVec normal; VastusVec corner[4]; } faces[] = {
    { vec (0, 1, 0), { vec (a.x, b.y, a.z), vec (b.x, b.y, a.z), vec (b.x, b.y, b.z), vec (a.x, b.y, b.z) } },
    { vec (0, -1, 0), { vec (a.x, a.y, a.z), vec (b.x, a.y, a.z), vec (b.x, a.y, b.z), vec (a.x, a.y, b.z) } },
    { vec (1, 0, 0), { vec (b.x, a.y, a.z), vec (b.x, b.y, a.z), vec (b.x, b.y, b.z), vec (b.x, a.y, b.z) } },
    { vec (-1, 0, 0), { vec (a.x, a.y, a.z), vec (a.x, b.y, a.z), vec (a.x, b.y, b.z), vec (a.x, a.y, b.z) } },
    { vec (0, 0, 1), { vec (a.x, a.y, b.z), vec (b.x, a.y, b.z), vec (b.x, b.y, b.z), vec (a.x, b.y, b.z) } },
    { vec (0, 0, -1), { vec (a.x, a.y, a.z), vec (b.x, a.y, a.z), vec (b.x, b.y, a.z), vec (a.x, b.y, a.z) } },
  };

  for (guint i = 0; i < G_N_ELEMENTS (faces); i++)
    {
      if (dot (faces[i].normal, camera->towards) <= 1e-6)
        continue;
      polygon (cr, camera, faces[i].corner, 4);
      set_shaded (cr, colour, faces[i].normal);
      cairo_fill_preserve (cr);
      cairo_set_line_width (cr, 1.2);
      cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
      set_colour (cr, edge != NULL ? edge : colour);
      cairo_stroke (cr);
    }
}

/* What is drawn of the body and of props that move with it: each piece
 * sorted by how near it is. */
typedef enum
{
  PIECE_SEGMENT,    /* a limb: a rounded stroke from a to b */
  PIECE_CIRCLE,     /* a head, a hand, a weight: a disc at a */
  PIECE_ELLIPSE,    /* a squeezed ball: a disc at a, narrowed along a → b */
  PIECE_POLYGON,    /* the trunk, a plate: a filled shape with rounded corners */
} PieceKind;

typedef struct
{
  PieceKind     kind;
  VastusVec     a;
  VastusVec     b;
  VastusVec     corner[4];
  double        width;    /* a segment's thickness, a circle's radius, in metres */
  double        narrow;   /* an ellipse's half-width along a → b */
  const Colour *colour;
  gboolean      halo;     /* a thin line in the background colour keeps it apart from what is behind */
  double        depth;
  guint         order;    /* among pieces at one depth, the order they were added */
} Piece;

#define MAX_PIECES 64

typedef struct
{
  Piece pieces[MAX_PIECES];
  guint n;
} Scene;

static Piece *
scene_add (Scene                  *scene,
           const VastusClipCamera *camera,
           PieceKind               kind,
           VastusVec               a,
           VastusVec               b,
           double                  width,
           const Colour           *colour)
{
  Piece *piece;

  g_assert (scene->n < MAX_PIECES);
  piece = &scene->pieces[scene->n];
  memset (piece, 0, sizeof *piece);
  piece->kind = kind;
  piece->a = a;
  piece->b = b;
  piece->width = width;
  piece->colour = colour;
  piece->halo = TRUE;
  piece->depth = kind == PIECE_SEGMENT ? (depth (camera, a) + depth (camera, b)) / 2 : depth (camera, a);
  piece->order = scene->n++;
  return piece;
}

static void
draw_piece (cairo_t                *cr,
            const VastusClipCamera *camera,
            const Palette          *palette,
            const Piece            *piece)
{
  double x0, y0, x1, y1;
  double halo = piece->halo ? 3 : 0;

  to_pixels (camera, piece->a, &x0, &y0);
  to_pixels (camera, piece->b, &x1, &y1);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);

  switch (piece->kind)
    {
    case PIECE_SEGMENT:
      cairo_move_to (cr, x0, y0);
      cairo_line_to (cr, x1, y1);
      if (halo > 0)
        {
          cairo_set_line_width (cr, piece->width * camera->scale + halo);
          set_colour (cr, &palette->background);
          cairo_stroke_preserve (cr);
        }
      cairo_set_line_width (cr, piece->width * camera->scale);
      set_colour (cr, piece->colour);
      cairo_stroke (cr);
      break;

    case PIECE_CIRCLE:
      cairo_new_sub_path (cr);
      cairo_arc (cr, x0, y0, piece->width * camera->scale + halo / 2, 0, 2 * G_PI);
      set_colour (cr, &palette->background);
      cairo_fill (cr);
      cairo_arc (cr, x0, y0, piece->width * camera->scale, 0, 2 * G_PI);
      set_colour (cr, piece->colour);
      cairo_fill (cr);
      break;

    case PIECE_ELLIPSE:
      {
        /* The ball is narrower along the knees' line; seen along that line, a full disc. */
        VastusVec line = sub (piece->b, piece->a);
        double length = sqrt (dot (line, line));
        double along = hypot (x1 - x0, y1 - y0);
        double c = length > 1e-9 ? MIN (1, along / (length * camera->scale)) : 0;
        double narrow = sqrt (pow (piece->narrow * c, 2) + pow (piece->width, 2) * (1 - c * c));

        cairo_save (cr);
        cairo_translate (cr, x0, y0);
        cairo_rotate (cr, along > 1e-6 ? atan2 (y1 - y0, x1 - x0) : 0);
        cairo_scale (cr, MAX (0.2, narrow / piece->width), 1);
        cairo_arc (cr, 0, 0, piece->width * camera->scale, 0, 2 * G_PI);
        cairo_restore (cr);
        set_colour (cr, piece->colour);
        cairo_fill (cr);
      }
      break;

    case PIECE_POLYGON:
      polygon (cr, camera, piece->corner, 4);
      if (halo > 0)
        {
          cairo_set_line_width (cr, piece->width * camera->scale + halo);
          set_colour (cr, &palette->background);
          cairo_stroke_preserve (cr);
        }
      set_colour (cr, piece->colour);
      cairo_fill_preserve (cr);
      cairo_set_line_width (cr, piece->width * camera->scale);
      cairo_stroke (cr);
      break;

    default:
      g_assert_not_reached ();
    }
}

static int
compare_pieces (gconstpointer a,
                gconstpointer b)
{
  const Piece *pa = a, *pb = b;

  if (fabs (pa->depth - pb->depth) > 1e-4)
    return pa->depth < pb->depth ? -1 : 1;
  return pa->order < pb->order ? -1 : pa->order > pb->order;
}

/* A patch of muscle on a limb, drawn just above it: the stretch from @from
 * to @to of the limb a → b, on its side facing @outwards. Hidden when that
 * side faces away from the camera. */
static Piece *
add_muscle (Scene                  *scene,
            const VastusClipCamera *camera,
            const Palette          *palette,
            VastusVec               a,
            VastusVec               b,
            double                  from,
            double                  to,
            VastusVec               outwards,
            double                  limb_width,
            double                  width)
{
  double facing = dot (outwards, camera->towards);
  VastusVec lift = scaled (outwards, (limb_width - width) / 2);
  Piece *piece;

  if (facing < -0.25)
    return NULL;

  piece = scene_add (scene, camera, PIECE_SEGMENT, add (mix (a, b, from), lift), add (mix (a, b, to), lift),
                     width, &palette->muscle);
  piece->halo = FALSE;
  /* Just in front of its limb, never in front of a nearer one. */
  piece->depth = (depth (camera, a) + depth (camera, b)) / 2 + 1e-3;
  return piece;
}

static void
add_leg (Scene                  *scene,
         const VastusClipCamera *camera,
         const Palette          *palette,
         const VastusBody       *body,
         gboolean                near)
{
  VastusPoint knee = near ? VASTUS_POINT_KNEE : VASTUS_POINT_OTHER_KNEE;
  VastusVec hip = body->point[near ? VASTUS_POINT_HIP : VASTUS_POINT_OTHER_HIP];
  VastusVec ankle = body->point[knee + 1], heel = body->point[knee + 2], toe = body->point[knee + 3];
  const Colour *colour = near ? &palette->leg : &palette->far_leg;
  VastusVec sole = normalised (sub (toe, heel));
  VastusVec to_ankle = sub (ankle, heel);
  /* The sole line is the bottom of the foot: draw the foot above it. */
  VastusVec lift = scaled (normalised (sub (to_ankle, scaled (sole, dot (to_ankle, sole)))), FOOT_WIDTH / 2);
  guint leg = near ? 0 : 1;
  Piece *thigh;

  scene_add (scene, camera, PIECE_SEGMENT, add (heel, lift), add (toe, lift), FOOT_WIDTH, colour);
  scene_add (scene, camera, PIECE_SEGMENT, body->point[knee], ankle, SHIN_WIDTH, colour);
  thigh = scene_add (scene, camera, PIECE_SEGMENT, hip, body->point[knee], THIGH_WIDTH, colour);
  /* The thigh joins the trunk: it is drawn from the hip joint, which is
   * inside the trunk, and goes behind it only when it is behind it. */
  thigh->depth = depth (camera, mix (hip, body->point[knee], 0.6));

  if (!near)
    return;

  if (camera->muscles & VASTUS_CLIP_MUSCLE_QUADRICEPS)
    add_muscle (scene, camera, palette, hip, body->point[knee], 0.18, 0.8, body->thigh_front[leg],
                THIGH_WIDTH, THIGH_WIDTH * 0.5);
  if (camera->muscles & VASTUS_CLIP_MUSCLE_HAMSTRINGS)
    add_muscle (scene, camera, palette, hip, body->point[knee], 0.2, 0.82, scaled (body->thigh_front[leg], -1),
                THIGH_WIDTH, THIGH_WIDTH * 0.5);
  if (camera->muscles & VASTUS_CLIP_MUSCLE_ADDUCTORS)
    add_muscle (scene, camera, palette, hip, body->point[knee], 0.12, 0.6,
                normalised (add (body->leg_inside[leg], scaled (body->thigh_front[leg], 0.3))),
                THIGH_WIDTH, THIGH_WIDTH * 0.5);
  if (camera->muscles & VASTUS_CLIP_MUSCLE_HIP_FLEXORS)
    add_muscle (scene, camera, palette, hip, body->point[knee], 0.0, 0.22, body->thigh_front[leg],
                THIGH_WIDTH, THIGH_WIDTH * 0.55);
  if (camera->muscles & VASTUS_CLIP_MUSCLE_CALVES)
    add_muscle (scene, camera, palette, body->point[knee], ankle, 0.12, 0.5, scaled (body->shin_front[leg], -1),
                SHIN_WIDTH, SHIN_WIDTH * 0.6);
  /* The inner quadriceps, a teardrop on the inner front of the thigh above the knee. */
  if (camera->muscles & VASTUS_CLIP_MUSCLE_VMO)
    add_muscle (scene, camera, palette, hip, body->point[knee], 0.66, 0.86,
                normalised (add (body->thigh_front[leg], scaled (body->leg_inside[leg], 0.8))),
                THIGH_WIDTH, THIGH_WIDTH * 0.62);
}

static void
add_arm (Scene                  *scene,
         const VastusClipCamera *camera,
         const Palette          *palette,
         const VastusBody       *body,
         gboolean                near)
{
  VastusPoint elbow = near ? VASTUS_POINT_ELBOW : VASTUS_POINT_OTHER_ELBOW;
  VastusVec shoulder = body->point[near ? VASTUS_POINT_SHOULDER : VASTUS_POINT_OTHER_SHOULDER];
  const Colour *colour = near ? &palette->arm : &palette->far_arm;

  scene_add (scene, camera, PIECE_SEGMENT, body->point[elbow], body->point[elbow + 1], FOREARM_WIDTH, &palette->skin);
  scene_add (scene, camera, PIECE_SEGMENT, shoulder, body->point[elbow], UPPER_ARM_WIDTH, colour);
  scene_add (scene, camera, PIECE_CIRCLE, body->point[elbow + 1], body->point[elbow + 1], HAND_RADIUS,
             &palette->skin)->halo = FALSE;
}

static void
on_trunk (const Piece *trunk,
          Piece       *patch)
{
  if (patch != NULL)
    patch->depth = trunk->depth + 1e-3;
}

static void
add_trunk (Scene                  *scene,
           const VastusClipCamera *camera,
           const Palette          *palette,
           const VastusBody       *body)
{
  VastusVec pelvis = body->point[VASTUS_POINT_PELVIS];
  VastusVec neck = body->point[VASTUS_POINT_NECK];
  VastusVec head = body->point[VASTUS_POINT_HEAD];
  VastusVec hips = scaled (body->across, 0.07);
  VastusVec shoulders = scaled (body->across, 0.12);
  VastusVec chest = mix (pelvis, neck, 0.9);
  Piece *trunk, *piece;

  piece = scene_add (scene, camera, PIECE_SEGMENT, chest, head, NECK_WIDTH, &palette->skin);
  piece->halo = FALSE;
  piece->depth = depth (camera, mix (pelvis, neck, 0.5)) - 1e-3;

  /* A flat trunk, wider across the shoulders than the hips, stroked round to
   * its thickness: seen from the side it is as deep as it is. */
  trunk = scene_add (scene, camera, PIECE_POLYGON, pelvis, neck, TRUNK_WIDTH, &palette->trunk);
  trunk->corner[0] = add (pelvis, hips);
  trunk->corner[1] = sub (pelvis, hips);
  trunk->corner[2] = sub (chest, shoulders);
  trunk->corner[3] = add (chest, shoulders);
  trunk->depth = depth (camera, mix (pelvis, neck, 0.5));

  /* Patches on the trunk sort with the trunk: by their own middle, one on
   * a trunk tilted away from the camera would go behind it. */
  if (camera->muscles & VASTUS_CLIP_MUSCLE_CORE)
    on_trunk (trunk, add_muscle (scene, camera, palette, mix (pelvis, neck, 0.08), mix (pelvis, neck, 0.55), 0, 1,
                                 body->forward, TRUNK_WIDTH, TRUNK_WIDTH * 0.45));
  /* Buttocks, behind the hip; the side of the hip above the joint. */
  if (camera->muscles & VASTUS_CLIP_MUSCLE_GLUTES)
    on_trunk (trunk, add_muscle (scene, camera, palette, add (pelvis, scaled (body->across, 0.05)),
                                 mix (add (pelvis, scaled (body->across, 0.05)), neck, 0.22), 0, 1,
                                 scaled (body->forward, -1), TRUNK_WIDTH, TRUNK_WIDTH * 0.6));
  if (camera->muscles & VASTUS_CLIP_MUSCLE_HIP_ABDUCTORS)
    on_trunk (trunk, add_muscle (scene, camera, palette, add (pelvis, scaled (body->across, 0.08)),
                                 mix (add (pelvis, scaled (body->across, 0.08)), neck, 0.25), 0, 1,
                                 body->across, TRUNK_WIDTH, TRUNK_WIDTH * 0.5));

  piece = scene_add (scene, camera, PIECE_CIRCLE, head, head, VASTUS_HEAD_RADIUS, &palette->skin);
  piece->depth = depth (camera, head);
}

/* The leg press's rail: from under the front of the seat, along the line the
 * legs push on at the start, to a little past the foot plate. */
static void
leg_press_rail (const VastusPose *pose,
                VastusVec        *rail)
{
  VastusBody start;
  VastusVec push, heel, toe, foot;

  vastus_pose_body_at (pose, 0, &start);
  heel = start.point[VASTUS_POINT_HEEL];
  toe = start.point[VASTUS_POINT_TOE];
  foot = mix (heel, toe, 0.5);
  push = normalised (sub (foot, start.point[VASTUS_POINT_HIP]));
  rail[1] = add (add (foot, scaled (push, 0.12)), vec (0, -0.22, 0));
  rail[0] = add (rail[1], scaled (push, -0.75));
  rail[0].z = rail[1].z = start.point[VASTUS_POINT_PELVIS].z;
}

/* Props that move with the body go into the scene, sorted with the limbs. */
static void
add_moving_prop (Scene                  *scene,
                 const VastusClipCamera *camera,
                 const Palette          *palette,
                 const VastusPose       *pose,
                 const VastusBody       *body,
                 const VastusProp       *prop)
{
  VastusVec at = body->point[prop->attach];

  switch (prop->kind)
    {
    case VASTUS_PROP_BALL:
      {
        double radius = prop_height (prop, 0.2) / 2;
        VastusVec knees[2] = { body->point[VASTUS_POINT_KNEE], body->point[VASTUS_POINT_OTHER_KNEE] };
        gboolean between = (prop->attach == VASTUS_POINT_KNEE || prop->attach == VASTUS_POINT_OTHER_KNEE) &&
                           sqrt (dot (sub (knees[0], knees[1]), sub (knees[0], knees[1]))) < 2 * radius + THIGH_WIDTH;
        Piece *piece;

        if (!between)
          {
            scene_add (scene, camera, PIECE_CIRCLE, at, at, radius, &palette->ball);
            break;
          }
        /* Between the knees, squeezed as they come together. */
        piece = scene_add (scene, camera, PIECE_ELLIPSE, mix (knees[0], knees[1], 0.5), knees[0], radius,
                           &palette->ball);
        piece->narrow = MAX (0.3 * radius, (sqrt (dot (sub (knees[0], knees[1]), sub (knees[0], knees[1]))) -
                                          THIGH_WIDTH) / 2);
        piece->halo = FALSE;
      }
      break;

    case VASTUS_PROP_TOWEL:
      {
        /* A rolled towel across under the knee, on the floor. */
        double radius = prop_height (prop, 0.1) / 2;

        scene_add (scene, camera, PIECE_SEGMENT, vec (at.x, radius, at.z - 0.1), vec (at.x, radius, at.z + 0.1),
                   2 * radius, &palette->towel)->depth = depth (camera, vec (at.x, radius, at.z)) - 0.05;
      }
      break;

    case VASTUS_PROP_ANKLE_WEIGHT:
      scene_add (scene, camera, PIECE_CIRCLE, at, at, 0.055, &palette->metal)->depth += 0.06;
      break;

    case VASTUS_PROP_BAND:
      if (prop->to < VASTUS_N_POINTS)
        {
          /* A loop round both legs. */
          Piece *piece = scene_add (scene, camera, PIECE_SEGMENT, at, body->point[prop->to], 0.03, &palette->band);

          piece->halo = FALSE;
          piece->depth = MAX (depth (camera, at), depth (camera, body->point[prop->to])) + 0.08;
          break;
        }
      {
        VastusVec post = vec (prop_x (pose, prop), pose->anchor_at.y + prop->y, at.z);

        scene_add (scene, camera, PIECE_SEGMENT, vec (post.x, 0, post.z), vec (post.x, post.y + 0.05, post.z), 0.06,
                   &palette->prop_edge);
        scene_add (scene, camera, PIECE_SEGMENT, post, at, 0.025, &palette->band)->halo = FALSE;
      }
      break;

    case VASTUS_PROP_ROLLER:
      {
        double radius = prop_height (prop, 0.15) / 2, d = prop_depth (prop, 0.4) / 2;
        double x = prop_x (pose, prop), z = prop_z (pose, prop);
        Piece *piece = scene_add (scene, camera, PIECE_SEGMENT, vec (x, radius, z - d), vec (x, radius, z + d),
                                  2 * radius, &palette->band);

        /* Under the body: behind it in every view. */
        piece->depth -= 0.3;
      }
      break;

    case VASTUS_PROP_LEG_PRESS:
      {
        /* The seat and back rest under the pelvis; the sled: a foot plate
         * under the soles on a carriage that runs along a fixed rail. */
        VastusVec pelvis = body->point[VASTUS_POINT_PELVIS];
        VastusVec heel = body->point[VASTUS_POINT_HEEL], toe = body->point[VASTUS_POINT_TOE];
        VastusVec sole = normalised (sub (toe, heel));
        VastusVec behind = normalised (vec (sole.y, -sole.x, 0));   /* away from the foot, into the plate */
        VastusVec centre = add (mix (heel, toe, 0.5), scaled (behind, 0.03));
        VastusVec a = add (centre, scaled (sole, -0.2)), b = add (centre, scaled (sole, 0.2));
        VastusVec across = vec (0, 0, 0.28);
        VastusVec rail[2], on_rail, along;
        double seat = pelvis.y - VASTUS_PELVIS_DEPTH;
        double base = depth (camera, pelvis) - 0.3;
        Piece *piece;

        leg_press_rail (pose, rail);
        along = normalised (sub (rail[1], rail[0]));
        on_rail = add (rail[0], scaled (along, dot (sub (centre, rail[0]), along)));
        on_rail.z = centre.z;

        piece = scene_add (scene, camera, PIECE_SEGMENT, rail[0], rail[1], 0.06, &palette->metal);
        piece->depth = base - 0.12;
        piece = scene_add (scene, camera, PIECE_SEGMENT, rail[1], vec (rail[1].x, 0.02, rail[1].z), 0.06, &palette->metal);
        piece->depth = base - 0.12;
        piece = scene_add (scene, camera, PIECE_SEGMENT, centre, on_rail, 0.07, &palette->metal);
        piece->depth = base - 0.11;
        piece = scene_add (scene, camera, PIECE_POLYGON, a, b, 0.03, &palette->prop_edge);
        piece->corner[0] = add (a, across);
        piece->corner[1] = add (b, across);
        piece->corner[2] = sub (b, across);
        piece->corner[3] = sub (a, across);
        piece->depth = base - 0.05;
        piece = scene_add (scene, camera, PIECE_SEGMENT, vec (pelvis.x - 0.25, pelvis.y - 0.05, pelvis.z),
                           vec (pelvis.x - 0.45, pelvis.y + 0.55, pelvis.z), 0.08, &palette->prop);
        piece->depth = base;
        piece = scene_add (scene, camera, PIECE_SEGMENT, vec (pelvis.x - 0.25, seat - 0.04, pelvis.z),
                           vec (pelvis.x + 0.1, seat - 0.04, pelvis.z), 0.08, &palette->prop);
        piece->depth = base;
        piece = scene_add (scene, camera, PIECE_SEGMENT, vec (pelvis.x - 0.1, 0.02, pelvis.z),
                           vec (pelvis.x - 0.1, seat - 0.08, pelvis.z), 0.08, &palette->metal);
        piece->depth = base - 0.01;
      }
      break;

    case VASTUS_PROP_LEG_EXTENSION:
      {
        /* The seat under the pelvis and a pad on the front of the lower shin. */
        VastusVec pelvis = body->point[VASTUS_POINT_PELVIS];
        VastusVec knee = body->point[VASTUS_POINT_KNEE], ankle = body->point[VASTUS_POINT_ANKLE];
        VastusVec pad = add (ankle, scaled (body->shin_front[0], 0.09));
        double seat = pelvis.y - VASTUS_PELVIS_DEPTH;
        Piece *piece;

        piece = scene_add (scene, camera, PIECE_SEGMENT, vec (pelvis.x - 0.22, seat - 0.04, pelvis.z),
                           vec (pelvis.x + 0.3, seat - 0.04, pelvis.z), 0.08, &palette->prop);
        piece->depth = depth (camera, pelvis) - 0.3;
        piece = scene_add (scene, camera, PIECE_SEGMENT, vec (pelvis.x, 0.02, pelvis.z),
                           vec (pelvis.x, seat - 0.08, pelvis.z), 0.08, &palette->metal);
        piece->depth = depth (camera, pelvis) - 0.31;
        piece = scene_add (scene, camera, PIECE_SEGMENT, vec (pelvis.x - 0.22, pelvis.y - 0.05, pelvis.z),
                           vec (pelvis.x - 0.26, pelvis.y + 0.6, pelvis.z), 0.08, &palette->prop);
        piece->depth = depth (camera, pelvis) - 0.3;
        piece = scene_add (scene, camera, PIECE_SEGMENT, knee, pad, 0.025, &palette->metal);
        piece->depth = depth (camera, knee) - 0.1;
        piece = scene_add (scene, camera, PIECE_SEGMENT, vec (pad.x, pad.y, pad.z - 0.1),
                           vec (pad.x, pad.y, pad.z + 0.1), 0.09, &palette->prop);
        piece->depth = depth (camera, ankle) + 0.01;
      }
      break;

    case VASTUS_PROP_PLATE:
    case VASTUS_PROP_WALL:
    case VASTUS_PROP_STEP:
    case VASTUS_PROP_BENCH:
    case VASTUS_PROP_CHAIR:
    case VASTUS_PROP_MAT:
    case VASTUS_N_PROPS:
    default:
      break;
    }
}

/* A plate or wedge under the heels: higher at the back. */
static void
draw_plate (cairo_t                *cr,
            const VastusClipCamera *camera,
            const Palette          *palette,
            const VastusPose       *pose,
            const VastusProp       *prop)
{
  double x = prop_x (pose, prop), z = prop_z (pose, prop), d = prop_depth (prop, 0.45) / 2, h = prop->height;
  VastusVec slope[4] = { vec (x, h, z - d), vec (x + prop->width, 0, z - d), vec (x + prop->width, 0, z + d),
                         vec (x, h, z + d) };
  VastusVec back[4] = { vec (x, 0, z - d), vec (x, h, z - d), vec (x, h, z + d), vec (x, 0, z + d) };
  VastusVec side[2][4] = {
    { vec (x, 0, z + d), vec (x, h, z + d), vec (x + prop->width, 0, z + d), vec (x + prop->width, 0, z + d) },
    { vec (x, 0, z - d), vec (x, h, z - d), vec (x + prop->width, 0, z - d), vec (x + prop->width, 0, z - d) },
  };
  VastusVec up = normalised (vec (h, prop->width, 0));

  if (dot (vec (-1, 0, 0), camera->towards) > 1e-6)
    {
      polygon (cr, camera, back, 4);
      set_shaded (cr, &palette->metal, vec (-1, 0, 0));
      cairo_fill (cr);
    }
  if (dot (up, camera->towards) > 1e-6)
    {
      polygon (cr, camera, slope, 4);
      set_shaded (cr, &palette->metal, up);
      cairo_fill (cr);
    }
  for (guint i = 0; i < 2; i++)
    if (dot (vec (0, 0, i == 0 ? 1 : -1), camera->towards) > 1e-6)
      {
        polygon (cr, camera, side[i], 4);
        set_shaded (cr, &palette->metal, vec (0, 0, i == 0 ? 1 : -1));
        cairo_fill (cr);
      }
}

/* The points and sizes of everything drawn, for fitting the camera. */
typedef struct
{
  double x0, y0, x1, y1;
} Extent;

static void
extend (Extent                 *extent,
        const VastusClipCamera *camera,
        VastusVec               point,
        double                  reach)
{
  double x, y;

  to_pixels (camera, point, &x, &y);
  reach *= camera->scale;
  extent->x0 = MIN (extent->x0, x - reach);
  extent->x1 = MAX (extent->x1, x + reach);
  extent->y0 = MIN (extent->y0, y - reach);
  extent->y1 = MAX (extent->y1, y + reach);
}

static void
extent_at (const VastusPose       *pose,
           const VastusClipCamera *camera,
           double                  t,
           Extent                 *extent)
{
  VastusBody body;

  vastus_pose_body_at (pose, t, &body);
  for (guint p = 0; p < VASTUS_N_POINTS; p++)
    extend (extent, camera, body.point[p], p == VASTUS_POINT_HEAD ? VASTUS_HEAD_RADIUS : 0.08);

  for (guint i = 0; i < pose->n_props; i++)
    {
      const VastusProp *prop = &pose->props[i];
      Box boxes[6];
      guint n;

      if (prop->kind == VASTUS_PROP_WALL)
        {
          /* Only the foot of a wall: the rest of it may leave the frame. */
          double x = prop_x (pose, prop);

          extend (extent, camera, vec (x - 0.1, 0, pose->anchor_z), 0);
          extend (extent, camera, vec (x, 0.6, pose->anchor_z), 0);
          continue;
        }
      if (prop->kind == VASTUS_PROP_PLATE)
        {
          double x = prop_x (pose, prop), z = prop_z (pose, prop), d = prop_depth (prop, 0.45) / 2;

          extend (extent, camera, vec (x, prop->height, z - d), 0);
          extend (extent, camera, vec (x + prop->width, 0, z + d), 0);
          continue;
        }
      if (prop->kind == VASTUS_PROP_ROLLER)
        {
          double radius = prop_height (prop, 0.15) / 2, d = prop_depth (prop, 0.4) / 2;

          extend (extent, camera, vec (prop_x (pose, prop), radius, prop_z (pose, prop) - d), radius);
          extend (extent, camera, vec (prop_x (pose, prop), radius, prop_z (pose, prop) + d), radius);
          continue;
        }
      if (prop->kind == VASTUS_PROP_BAND && prop->to < VASTUS_N_POINTS)
        continue;
      if (prop->kind == VASTUS_PROP_LEG_PRESS)
        {
          VastusVec rail[2];

          leg_press_rail (pose, rail);
          extend (extent, camera, rail[0], 0.03);
          extend (extent, camera, rail[1], 0.03);
          extend (extent, camera, vec (rail[1].x, 0, rail[1].z), 0.03);
          extend (extent, camera, vec (body.point[VASTUS_POINT_PELVIS].x - 0.5, body.point[VASTUS_POINT_PELVIS].y + 0.6, 0), 0.04);
          continue;
        }
      if (prop->kind == VASTUS_PROP_BAND)
        {
          VastusVec at = body.point[prop->attach];

          extend (extent, camera, vec (prop_x (pose, prop), pose->anchor_at.y + prop->y + 0.05, at.z), 0.03);
          extend (extent, camera, vec (prop_x (pose, prop), 0, at.z), 0.03);
          continue;
        }
      n = prop_boxes (pose, prop, boxes);
      for (guint b = 0; b < n; b++)
        for (guint c = 0; c < 8; c++)
          extend (extent, camera, vec (c & 1 ? boxes[b].max.x : boxes[b].min.x, c & 2 ? boxes[b].max.y : boxes[b].min.y,
                                       c & 4 ? boxes[b].max.z : boxes[b].min.z), 0);
    }
}

/**
 * vastus_clip_extent:
 *
 * The pixels that the figure and its props take at @t, roughly: where the
 * drawing can reach. For fitting the camera and checking the fit.
 */
void
vastus_clip_extent (const VastusPose       *pose,
                    const VastusClipCamera *camera,
                    double                  t,
                    double                 *x0,
                    double                 *y0,
                    double                 *x1,
                    double                 *y1)
{
  Extent extent = { G_MAXDOUBLE, G_MAXDOUBLE, -G_MAXDOUBLE, -G_MAXDOUBLE };

  extent_at (pose, camera, t, &extent);
  *x0 = extent.x0;
  *y0 = extent.y0;
  *x1 = extent.x1;
  *y1 = extent.y1;
}

/**
 * vastus_clip_camera_fit:
 *
 * Aims the camera from the pose's view and fits the whole movement, props
 * and all, in the frame, as large as it goes with a margin round it.
 */
void
vastus_clip_camera_fit (VastusClipCamera *camera,
                        const VastusPose *pose,
                        int               width,
                        int               height)
{
  Extent extent = { G_MAXDOUBLE, G_MAXDOUBLE, -G_MAXDOUBLE, -G_MAXDOUBLE };
  guint samples = 48;
  double scale;

  memset (camera, 0, sizeof *camera);
  aim (camera, pose->view);
  camera->scale = 1;
  camera->muscles = VASTUS_CLIP_MUSCLE_VMO;

  for (guint i = 0; i < samples; i++)
    extent_at (pose, camera, vastus_pose_get_duration (pose) * i / samples, &extent);

  /* A little room left and right, and the floor below the feet. */
  scale = MIN (width * 0.9 / (extent.x1 - extent.x0), height * 0.84 / (extent.y1 - extent.y0));
  camera->scale = scale;
  camera->origin_x = width / 2.0 - scale * (extent.x0 + extent.x1) / 2;
  camera->origin_y = height * 0.45 - scale * (extent.y0 + extent.y1) / 2;
  /* Whole pixel rows for the floor's edge, so it is sharp. */
  camera->origin_y = round (camera->origin_y + height * 0.02);
}

static void
draw_floor (cairo_t                *cr,
            const VastusClipCamera *camera,
            const Palette          *palette)
{
  if (looks_level (camera))
    {
      cairo_rectangle (cr, -10, round (camera->origin_y), 10000, 10000);
      set_colour (cr, &palette->floor);
      cairo_fill (cr);
      return;
    }

  /* From above: a floor that ends some way behind the person, its far edge
   * level across the frame. */
  {
    VastusVec back = normalised (vec (camera->towards.x, 0, camera->towards.z));
    VastusVec across = vec (camera->right.x, 0, camera->right.z);
    VastusVec floor[4] = {
      add (scaled (back, -2.2), scaled (across, -20)), add (scaled (back, -2.2), scaled (across, 20)),
      add (scaled (back, 20), scaled (across, 20)), add (scaled (back, 20), scaled (across, -20)),
    };

    if (camera->up.y < 0.05)
      {
        set_colour (cr, &palette->floor);
        cairo_paint (cr);
        return;
      }
    polygon (cr, camera, floor, 4);
    set_colour (cr, &palette->floor);
    cairo_fill (cr);
  }
}

/**
 * vastus_clip_draw:
 *
 * Draws the frame at @t seconds: background, floor and still props, then the
 * limbs, trunk, head and moving props from the farthest to the nearest.
 */
void
vastus_clip_draw (cairo_t                *cr,
                  const VastusPose       *pose,
                  const VastusClipCamera *camera,
                  double                  t)
{
  const Palette *palette = camera->dark ? &dark_palette : &light_palette;
  VastusBody body;
  Scene scene = { .n = 0 };
  struct { Box box; const VastusProp *prop; double depth; } still[VASTUS_POSE_MAX_PROPS * 6];
  guint n_still = 0;

  vastus_pose_body_at (pose, t, &body);

  if (!camera->figure_only)
    {
      set_colour (cr, &palette->background);
      cairo_paint (cr);
      draw_floor (cr, camera, palette);
    }

  /* Walls, steps, benches and chairs stand still: far ones first. */
  for (guint i = 0; i < pose->n_props; i++)
    {
      Box boxes[6];
      guint n = prop_boxes (pose, &pose->props[i], boxes);

      if (camera->figure_only && pose->props[i].kind == VASTUS_PROP_WALL)
        continue;
      for (guint b = 0; b < n; b++)
        {
          still[n_still].box = boxes[b];
          still[n_still].prop = &pose->props[i];
          still[n_still].depth = pose->props[i].kind == VASTUS_PROP_MAT ? -G_MAXDOUBLE / 2 :
                                 depth (camera, mix (boxes[b].min, boxes[b].max, 0.5));
          n_still++;
        }
      if (pose->props[i].kind == VASTUS_PROP_PLATE)
        draw_plate (cr, camera, palette, pose, &pose->props[i]);
    }
  for (guint i = 1; i < n_still; i++)
    for (guint j = i; j > 0 && still[j].depth < still[j - 1].depth; j--)
      {
        __typeof__ (still[0]) swap = still[j];
        still[j] = still[j - 1];
        still[j - 1] = swap;
      }
  for (guint i = 0; i < n_still; i++)
    {
      const VastusProp *prop = still[i].prop;

      draw_box (cr, camera, &still[i].box,
                prop->kind == VASTUS_PROP_WALL ? &palette->wall :
                prop->kind == VASTUS_PROP_MAT ? &palette->band : &palette->prop,
                prop->kind == VASTUS_PROP_WALL ? &palette->floor :
                prop->kind == VASTUS_PROP_MAT ? NULL : &palette->prop_edge);
    }

  add_leg (&scene, camera, palette, &body, FALSE);
  add_arm (&scene, camera, palette, &body, FALSE);
  add_trunk (&scene, camera, palette, &body);
  add_leg (&scene, camera, palette, &body, TRUE);
  add_arm (&scene, camera, palette, &body, TRUE);
  for (guint i = 0; i < pose->n_props; i++)
    add_moving_prop (&scene, camera, palette, pose, &body, &pose->props[i]);

  qsort (scene.pieces, scene.n, sizeof (Piece), compare_pieces);
  for (guint i = 0; i < scene.n; i++)
    draw_piece (cr, camera, palette, &scene.pieces[i]);
}

/**
 * vastus_clip_render_png:
 *
 * Writes the frame at @t seconds as a PNG, for looking at a clip.
 */
gboolean
vastus_clip_render_png (const VastusPose  *pose,
                        VastusClipMuscles  muscles,
                        gboolean           dark,
                        double             t,
                        const char        *path,
                        GError           **error)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, VASTUS_CLIP_WIDTH,
                                                         VASTUS_CLIP_HEIGHT);
  cairo_t *cr = cairo_create (surface);
  VastusClipCamera camera;
  cairo_status_t status;

  vastus_clip_camera_fit (&camera, pose, VASTUS_CLIP_WIDTH, VASTUS_CLIP_HEIGHT);
  camera.muscles = muscles;
  camera.dark = dark;
  vastus_clip_draw (cr, pose, &camera, t);
  cairo_destroy (cr);
  status = cairo_surface_write_to_png (surface, path);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not write %s: %s"), path,
                   cairo_status_to_string (status));
      return FALSE;
    }

  return TRUE;
}
