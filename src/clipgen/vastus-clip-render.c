/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "vastus-clip"

#include "config.h"

#include "vastus-clip-render.h"

#include <glib/gi18n.h>
#include <math.h>

/*
 * Draws a side camera of a person doing an exercise, posed by the core's forward
 * kinematics, with its props to scale, and the working thigh's inner
 * quadriceps (the "teardrop" above the knee) in an accent colour.
 */

/* Limb thicknesses, in metres. */
#define TRUNK_WIDTH     0.26   /* at most twice VASTUS_PELVIS_DEPTH / 0.78: lying bodies rest on the floor */
#define THIGH_WIDTH     0.14
#define SHIN_WIDTH      0.10
#define FOOT_WIDTH      0.07
#define UPPER_ARM_WIDTH 0.085
#define FOREARM_WIDTH   0.07

typedef struct { double r, g, b; } Colour;

static const Colour background = { 0.965, 0.961, 0.957 };
static const Colour floor_colour = { 0.80, 0.78, 0.76 };
static const Colour prop_colour = { 0.72, 0.64, 0.55 };
static const Colour prop_edge = { 0.55, 0.47, 0.40 };
static const Colour wall_colour = { 0.87, 0.86, 0.85 };
/* Dark trousers, a blue top, and paler far limbs seen behind the body. */
static const Colour leg_colour = { 0.24, 0.22, 0.27 };
static const Colour far_leg_colour = { 0.52, 0.50, 0.55 };
static const Colour trunk_colour = { 0.21, 0.52, 0.89 };
static const Colour arm_colour = { 0.11, 0.44, 0.85 };
static const Colour far_arm_colour = { 0.55, 0.71, 0.92 };
static const Colour skin_colour = { 0.93, 0.78, 0.66 };
static const Colour vmo_colour = { 0.90, 0.38, 0.00 };
static const Colour band_colour = { 0.15, 0.64, 0.41 };
static const Colour ball_colour = { 0.75, 0.31, 0.54 };
static const Colour metal_colour = { 0.47, 0.46, 0.48 };

static void
set_colour (cairo_t      *cr,
            const Colour *colour)
{
  cairo_set_source_rgb (cr, colour->r, colour->g, colour->b);
}

guint
vastus_clip_n_frames (const VastusPose *pose)
{
  return MAX (1, (guint) lround (vastus_pose_get_duration (pose) * VASTUS_CLIP_FPS));
}

static double
prop_height (const VastusProp *prop,
             double            fallback)
{
  return prop->height > 0 ? prop->height : fallback;
}

/* The region a prop takes, in metres, for fitting the camera. */
static void
prop_extent (const VastusPose *pose,
             const VastusProp *prop,
             double           *x0,
             double           *x1,
             double           *top)
{
  double x = pose->anchor_at.x + prop->x;

  *x0 = *x1 = x;
  *top = 0;
  switch (prop->kind)
    {
    case VASTUS_PROP_WALL:
      *x0 = x - 0.1;
      *top = 1.0;
      break;
    case VASTUS_PROP_STEP:
    case VASTUS_PROP_BENCH:
    case VASTUS_PROP_PLATE:
    case VASTUS_PROP_MAT:
      *x1 = x + prop->width;
      *top = prop->height;
      break;
    case VASTUS_PROP_CHAIR:
      *x0 = x - 0.24;
      *x1 = x + 0.22;
      *top = prop_height (prop, 0.45) + 0.45;
      break;
    case VASTUS_PROP_BAND:
      *top = pose->anchor_at.y + prop->y;
      break;
    case VASTUS_PROP_ROLLER:
      *top = prop_height (prop, 0.15);
      break;
    default:
      break;
    }
}

void
vastus_clip_camera_fit (VastusClipCamera   *camera,
                      const VastusPose *pose,
                      int               width,
                      int               height)
{
  double min_x = G_MAXDOUBLE, max_x = -G_MAXDOUBLE, max_y = 0;
  const double margin = 0.25;   /* metres around everything */
  guint samples = 48;
  double scale;

  for (guint i = 0; i <= samples; i++)
    {
      VastusBody body;

      vastus_pose_body_at (pose, vastus_pose_get_duration (pose) * i / samples, &body);
      for (guint p = 0; p < VASTUS_N_POINTS; p++)
        {
          double reach = p == VASTUS_POINT_HEAD ? VASTUS_HEAD_RADIUS : 0.08;

          min_x = MIN (min_x, body.point[p].x - reach);
          max_x = MAX (max_x, body.point[p].x + reach);
          max_y = MAX (max_y, body.point[p].y + reach);
        }
    }

  for (guint i = 0; i < pose->n_props; i++)
    {
      double x0, x1, top;

      prop_extent (pose, &pose->props[i], &x0, &x1, &top);
      min_x = MIN (min_x, x0);
      max_x = MAX (max_x, x1);
      max_y = MAX (max_y, top);
    }

  /* One scale for a standing person in every clip, smaller only if needed. */
  scale = MIN (height * 0.82 / 2.0, width / (max_x - min_x + 2 * margin));
  scale = MIN (scale, (height - 0.12 * height) / (max_y + margin));

  camera->scale = scale;
  camera->floor_y = height - 0.1 * height;
  camera->origin_x = width / 2.0 - scale * (min_x + max_x) / 2;
}

static void
to_pixels (const VastusClipCamera *camera,
           VastusVec             point,
           double               *x,
           double               *y)
{
  *x = camera->origin_x + point.x * camera->scale;
  *y = camera->floor_y - point.y * camera->scale;
}

static void segment (cairo_t *cr, const VastusClipCamera *camera, VastusVec from, VastusVec to,
                     double width, const Colour *colour);

/* A thin halo in the background colour keeps a near limb apart from the body. */
static void
outlined_segment (cairo_t              *cr,
                  const VastusClipCamera *camera,
                  VastusVec             from,
                  VastusVec             to,
                  double                width,
                  const Colour         *colour)
{
  segment (cr, camera, from, to, width + 4 / camera->scale, &background);
  segment (cr, camera, from, to, width, colour);
}

static void
segment (cairo_t              *cr,
         const VastusClipCamera *camera,
         VastusVec             from,
         VastusVec             to,
         double                width,
         const Colour         *colour)
{
  double x0, y0, x1, y1;

  to_pixels (camera, from, &x0, &y0);
  to_pixels (camera, to, &x1, &y1);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_line_width (cr, width * camera->scale);
  set_colour (cr, colour);
  cairo_move_to (cr, x0, y0);
  cairo_line_to (cr, x1, y1);
  cairo_stroke (cr);
}

static void
circle (cairo_t              *cr,
        const VastusClipCamera *camera,
        VastusVec             centre,
        double                radius,
        const Colour         *fill,
        const Colour         *edge)
{
  double x, y;

  to_pixels (camera, centre, &x, &y);
  cairo_arc (cr, x, y, radius * camera->scale, 0, 2 * G_PI);
  set_colour (cr, fill);
  if (edge != NULL)
    {
      cairo_fill_preserve (cr);
      cairo_set_line_width (cr, 2);
      set_colour (cr, edge);
      cairo_stroke (cr);
    }
  else
    cairo_fill (cr);
}

static void
box (cairo_t              *cr,
     const VastusClipCamera *camera,
     double                x0,
     double                y0,
     double                x1,
     double                y1,
     const Colour         *fill,
     const Colour         *edge)
{
  double px0, py0, px1, py1;

  to_pixels (camera, (VastusVec) { x0, y0 }, &px0, &py0);
  to_pixels (camera, (VastusVec) { x1, y1 }, &px1, &py1);
  cairo_rectangle (cr, MIN (px0, px1), MIN (py0, py1), fabs (px1 - px0), fabs (py1 - py0));
  set_colour (cr, fill);
  cairo_fill_preserve (cr);
  cairo_set_line_width (cr, 1.5);
  set_colour (cr, edge != NULL ? edge : fill);
  cairo_stroke (cr);
}

static double
direction (VastusVec from,
           VastusVec to)
{
  return atan2 (to.y - from.y, to.x - from.x);
}

/* The inner quadriceps, a teardrop on the front of the thigh above the knee. */
static void
draw_vmo (cairo_t              *cr,
          const VastusClipCamera *camera,
          VastusVec             hip,
          VastusVec             knee)
{
  double angle = direction (hip, knee);
  VastusVec centre = {
    hip.x + (knee.x - hip.x) * 0.74 + 0.028 * cos (angle + G_PI / 2),
    hip.y + (knee.y - hip.y) * 0.74 + 0.028 * sin (angle + G_PI / 2),
  };
  double x, y;

  to_pixels (camera, centre, &x, &y);
  cairo_save (cr);
  cairo_translate (cr, x, y);
  /* Pixel y grows downwards, so the angle turns the other way. */
  cairo_rotate (cr, -angle);
  cairo_scale (cr, camera->scale, camera->scale);
  /* Round end towards the knee, pointed end up the thigh. */
  cairo_move_to (cr, -0.085, 0);
  cairo_curve_to (cr, -0.03, 0.045, 0.035, 0.05, 0.055, 0.0);
  cairo_curve_to (cr, 0.07, -0.035, 0.02, -0.05, -0.085, 0);
  cairo_close_path (cr);
  set_colour (cr, &vmo_colour);
  cairo_fill (cr);
  cairo_restore (cr);
}

static void
draw_leg (cairo_t              *cr,
          const VastusClipCamera *camera,
          const VastusBody     *body,
          gboolean              near,
          const Colour         *colour)
{
  VastusPoint knee = near ? VASTUS_POINT_KNEE : VASTUS_POINT_OTHER_KNEE;
  VastusVec pelvis = body->point[VASTUS_POINT_PELVIS];

  void (*draw) (cairo_t *, const VastusClipCamera *, VastusVec, VastusVec, double, const Colour *) =
    near ? outlined_segment : segment;

  /* The sole line is the bottom of the foot: draw the foot above it. */
  {
    VastusVec heel = body->point[knee + 2];
    VastusVec toe = body->point[knee + 3];
    double up = direction (heel, toe) + G_PI / 2;
    double lift = FOOT_WIDTH / 2;
    VastusVec a = { heel.x + lift * cos (up), heel.y + lift * sin (up) };
    VastusVec b = { toe.x + lift * cos (up), toe.y + lift * sin (up) };

    draw (cr, camera, a, b, FOOT_WIDTH, colour);
  }
  draw (cr, camera, body->point[knee], body->point[knee + 1], SHIN_WIDTH, colour);
  draw (cr, camera, pelvis, body->point[knee], THIGH_WIDTH, colour);
  if (near)
    draw_vmo (cr, camera, pelvis, body->point[knee]);
}

static void
draw_arm (cairo_t              *cr,
          const VastusClipCamera *camera,
          const VastusBody     *body,
          gboolean              near,
          const Colour         *colour)
{
  VastusPoint elbow = near ? VASTUS_POINT_ELBOW : VASTUS_POINT_OTHER_ELBOW;
  VastusVec neck = body->point[VASTUS_POINT_NECK];
  VastusVec pelvis = body->point[VASTUS_POINT_PELVIS];
  /* The shoulder joint sits a little below the base of the neck. */
  VastusVec shoulder = { neck.x + (pelvis.x - neck.x) * 0.12, neck.y + (pelvis.y - neck.y) * 0.12 };

  void (*draw) (cairo_t *, const VastusClipCamera *, VastusVec, VastusVec, double, const Colour *) =
    near ? outlined_segment : segment;

  draw (cr, camera, body->point[elbow], body->point[elbow + 1], FOREARM_WIDTH, &skin_colour);
  draw (cr, camera, shoulder, body->point[elbow], UPPER_ARM_WIDTH, colour);
  circle (cr, camera, body->point[elbow + 1], 0.04, &skin_colour, NULL);
}

static void
draw_trunk (cairo_t              *cr,
            const VastusClipCamera *camera,
            const VastusBody     *body)
{
  VastusVec pelvis = body->point[VASTUS_POINT_PELVIS];
  VastusVec neck = body->point[VASTUS_POINT_NECK];
  VastusVec head = body->point[VASTUS_POINT_HEAD];
  VastusVec chest = { pelvis.x + (neck.x - pelvis.x) * 0.8, pelvis.y + (neck.y - pelvis.y) * 0.8 };

  /* Neck, then the trunk over it, then the head. */
  segment (cr, camera, chest, head, 0.07, &skin_colour);
  segment (cr, camera, pelvis, chest, TRUNK_WIDTH * 0.78, &trunk_colour);
  segment (cr, camera, chest, neck, TRUNK_WIDTH * 0.5, &trunk_colour);
  circle (cr, camera, head, VASTUS_HEAD_RADIUS, &skin_colour, NULL);
}

static void
draw_prop (cairo_t              *cr,
           const VastusPose     *pose,
           const VastusClipCamera *camera,
           const VastusBody     *body,
           const VastusProp     *prop)
{
  double x = pose->anchor_at.x + prop->x;

  switch (prop->kind)
    {
    case VASTUS_PROP_WALL:
      box (cr, camera, x - 0.1, 0, x, 2.6, &wall_colour, &floor_colour);
      break;

    case VASTUS_PROP_STEP:
    case VASTUS_PROP_BENCH:
      box (cr, camera, x, 0, x + prop->width, prop->height, &prop_colour, &prop_edge);
      break;

    case VASTUS_PROP_PLATE:
      /* A plate or wedge under the heels: higher at the back. */
      {
        double px[3], py[3];

        to_pixels (camera, (VastusVec) { x, 0 }, &px[0], &py[0]);
        to_pixels (camera, (VastusVec) { x, prop->height }, &px[1], &py[1]);
        to_pixels (camera, (VastusVec) { x + prop->width, 0 }, &px[2], &py[2]);
        cairo_move_to (cr, px[0], py[0]);
        cairo_line_to (cr, px[1], py[1]);
        cairo_line_to (cr, px[2], py[2]);
        cairo_close_path (cr);
        set_colour (cr, &metal_colour);
        cairo_fill (cr);
      }
      break;

    case VASTUS_PROP_MAT:
      box (cr, camera, x, 0, x + prop->width, MAX (prop->height, 0.012), &band_colour, NULL);
      break;

    case VASTUS_PROP_CHAIR:
      {
        double seat = prop_height (prop, 0.45);

        segment (cr, camera, (VastusVec) { x - 0.2, 0 }, (VastusVec) { x - 0.2, seat }, 0.03, &prop_edge);
        segment (cr, camera, (VastusVec) { x + 0.2, 0 }, (VastusVec) { x + 0.2, seat }, 0.03, &prop_edge);
        segment (cr, camera, (VastusVec) { x - 0.22, seat + 0.45 }, (VastusVec) { x - 0.22, seat }, 0.04, &prop_edge);
        box (cr, camera, x - 0.24, seat - 0.05, x + 0.22, seat, &prop_colour, &prop_edge);
      }
      break;

    case VASTUS_PROP_BALL:
      circle (cr, camera, body->point[prop->attach], prop_height (prop, 0.2) / 2, &ball_colour, NULL);
      break;

    case VASTUS_PROP_TOWEL:
      {
        double radius = prop_height (prop, 0.1) / 2;
        VastusVec at = body->point[prop->attach];

        circle (cr, camera, (VastusVec) { at.x, radius }, radius, &wall_colour, &prop_edge);
      }
      break;

    case VASTUS_PROP_ROLLER:
      {
        double radius = prop_height (prop, 0.15) / 2;

        circle (cr, camera, (VastusVec) { x, radius }, radius, &band_colour, NULL);
      }
      break;

    case VASTUS_PROP_BAND:
      {
        VastusVec post = { x, pose->anchor_at.y + prop->y };

        box (cr, camera, post.x - 0.03, 0, post.x + 0.03, post.y + 0.05, &prop_edge, NULL);
        segment (cr, camera, post, body->point[prop->attach], 0.025, &band_colour);
      }
      break;

    case VASTUS_PROP_ANKLE_WEIGHT:
      circle (cr, camera, body->point[prop->attach], 0.055, &metal_colour, NULL);
      break;

    case VASTUS_PROP_LEG_PRESS:
      {
        /* The seat and back rest, and a foot plate under the soles that slides. */
        VastusVec pelvis = body->point[VASTUS_POINT_PELVIS];
        VastusVec heel = body->point[VASTUS_POINT_HEEL];
        VastusVec toe = body->point[VASTUS_POINT_TOE];
        double angle = direction (heel, toe) - G_PI / 2;
        VastusVec a = { heel.x + 0.03 * cos (angle) - 0.06 * cos (angle + G_PI / 2),
                        heel.y + 0.03 * sin (angle) - 0.06 * sin (angle + G_PI / 2) };
        VastusVec b = { toe.x + 0.03 * cos (angle) + 0.06 * cos (angle + G_PI / 2),
                        toe.y + 0.03 * sin (angle) + 0.06 * sin (angle + G_PI / 2) };

        box (cr, camera, pelvis.x - 0.3, 0, pelvis.x + 0.1, pelvis.y - VASTUS_PELVIS_DEPTH,
             &metal_colour, NULL);
        segment (cr, camera, (VastusVec) { pelvis.x - 0.25, pelvis.y - 0.05 },
                 (VastusVec) { pelvis.x - 0.45, pelvis.y + 0.55 }, 0.08, &prop_colour);
        segment (cr, camera, a, b, 0.05, &metal_colour);
      }
      break;

    case VASTUS_PROP_LEG_EXTENSION:
      {
        /* The seat under the pelvis and a pad on the front of the lower shin. */
        VastusVec pelvis = body->point[VASTUS_POINT_PELVIS];
        VastusVec knee = body->point[VASTUS_POINT_KNEE];
        VastusVec ankle = body->point[VASTUS_POINT_ANKLE];
        double angle = direction (knee, ankle) + G_PI / 2;
        VastusVec pad = { ankle.x + 0.09 * cos (angle), ankle.y + 0.09 * sin (angle) };

        box (cr, camera, pelvis.x - 0.25, 0, pelvis.x + 0.3, pelvis.y - VASTUS_PELVIS_DEPTH,
             &metal_colour, NULL);
        segment (cr, camera, (VastusVec) { pelvis.x - 0.22, pelvis.y - 0.05 },
                 (VastusVec) { pelvis.x - 0.26, pelvis.y + 0.6 }, 0.08, &prop_colour);
        segment (cr, camera, knee, pad, 0.025, &metal_colour);
        circle (cr, camera, pad, 0.05, &prop_colour, &prop_edge);
      }
      break;

    case VASTUS_N_PROPS:
    default:
      g_assert_not_reached ();
    }
}

/* Drawn after the far leg and before the near one: a ball between the knees,
 * a towel under the near knee. */
static gboolean
is_between_legs (VastusPropKind kind)
{
  return kind == VASTUS_PROP_BALL || kind == VASTUS_PROP_TOWEL;
}

/**
 * vastus_clip_draw:
 *
 * Draws the frame at @t seconds: background, floor, props, then the far limbs,
 * the trunk and head, and the near (working) limbs in front.
 */
void
vastus_clip_draw (cairo_t              *cr,
                  const VastusPose     *pose,
                  const VastusClipCamera *camera,
                  double                t)
{
  VastusBody body;

  vastus_pose_body_at (pose, t, &body);

  set_colour (cr, &background);
  cairo_paint (cr);

  for (guint i = 0; i < pose->n_props; i++)
    if (!is_between_legs (pose->props[i].kind) &&
        pose->props[i].kind != VASTUS_PROP_BAND && pose->props[i].kind != VASTUS_PROP_ANKLE_WEIGHT)
      draw_prop (cr, pose, camera, &body, &pose->props[i]);

  /* The floor, across the whole frame. */
  cairo_rectangle (cr, 0, camera->floor_y, 4000, 4000);
  set_colour (cr, &floor_colour);
  cairo_fill (cr);

  draw_arm (cr, camera, &body, FALSE, &far_arm_colour);
  draw_leg (cr, camera, &body, FALSE, &far_leg_colour);
  for (guint i = 0; i < pose->n_props; i++)
    if (is_between_legs (pose->props[i].kind))
      draw_prop (cr, pose, camera, &body, &pose->props[i]);
  draw_trunk (cr, camera, &body);
  draw_leg (cr, camera, &body, TRUE, &leg_colour);
  for (guint i = 0; i < pose->n_props; i++)
    if (pose->props[i].kind == VASTUS_PROP_BAND || pose->props[i].kind == VASTUS_PROP_ANKLE_WEIGHT)
      draw_prop (cr, pose, camera, &body, &pose->props[i]);
  draw_arm (cr, camera, &body, TRUE, &arm_colour);
}

/**
 * vastus_clip_render_png:
 *
 * Writes the frame at @t seconds as a PNG, for looking at a clip.
 */
gboolean
vastus_clip_render_png (const VastusPose *pose,
                        double            t,
                        const char       *path,
                        GError          **error)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, VASTUS_CLIP_WIDTH,
                                                         VASTUS_CLIP_HEIGHT);
  cairo_t *cr = cairo_create (surface);
  VastusClipCamera camera;
  cairo_status_t status;

  vastus_clip_camera_fit (&camera, pose, VASTUS_CLIP_WIDTH, VASTUS_CLIP_HEIGHT);
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
