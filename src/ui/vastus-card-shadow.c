/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "vastus-card-shadow"

#include "config.h"

#include "vastus-card-shadow.h"

#include <math.h>
#include <string.h>

/*
 * A card (a boxed list) whose shadow is drawn from pictures made once on the
 * CPU, rather than blurred by the renderer at every start.
 *
 * Under software rendering (llvmpipe: virtual machines, remote desktops,
 * graphics drivers GTK cannot use) the GL renderer compiles each shader the
 * first time a window draws with it. The card's blurred shadow needed three
 * of its own (blur, outset shadow, unblurred outset shadow), ~45 ms of CPU
 * before Today's first frame: most of what that frame cost more than a bare
 * window's. The shadow itself is whatever the theme says: this widget takes
 * the card's own box-shadow nodes from its snapshot, makes each shape once as
 * a nine-slice picture in white (the same Gaussian blur, σ = radius / 2,
 * clipped to outside the card's rounded outline) and draws the pieces through
 * a colour matrix that gives them the shadow's colour: the shader every
 * symbolic icon is drawn with already. A card too small to slice, or a
 * shadow it cannot copy exactly (elliptical or fractional corners), keeps the
 * renderer's own drawing.
 *
 * The textures match the renderer's shadow to within two levels of 255:
 * tests/test-card-shadow.c draws both, light and dark, in a scrolled window
 * as on Today, at a scale of 1 and of 2, and compares every pixel.
 */
struct _VastusCardShadow
{
  GtkWidget  parent_instance;

  GtkWidget *child;
  GPtrArray *slices;     /* of Slices, one per shadow and scale */
  gboolean   textured;
};

static void vastus_card_shadow_buildable_init (GtkBuildableIface *iface);
static GtkBuildableIface *parent_buildable;

G_DEFINE_FINAL_TYPE_WITH_CODE (VastusCardShadow, vastus_card_shadow, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_BUILDABLE, vastus_card_shadow_buildable_init))

/* The shape of one shadow of one outline, in white, as eight pieces: four
 * corners of reach × reach, and four edges, each one line of the picture
 * across the band outside the card, stretched along it. A colour matrix
 * gives them the shadow's colour. */
typedef struct
{
  float       radius[4];
  float       dx, dy, spread, blur;
  int         scale;

  int         pad;       /* how far the shadow reaches past the outline */
  int         reach;     /* the corner pieces' size: past the corner's curve
                          * and its shadow, to where the edge is straight */
  GdkTexture *pieces[8];
} Slices;

enum { TOP_LEFT, TOP_RIGHT, BOTTOM_RIGHT, BOTTOM_LEFT, TOP, RIGHT, BOTTOM, LEFT };

static void
slices_free (gpointer data)
{
  Slices *slices = data;

  for (guint i = 0; i < G_N_ELEMENTS (slices->pieces); i++)
    g_clear_object (&slices->pieces[i]);
  g_free (slices);
}

/* How much of the pixel whose centre is (x, y) a rounded rectangle covers,
 * from its signed distance: radius[] in GskCorner order. */
static float
coverage (float        x,
          float        y,
          const float  rect[4],
          const float  radius[4])
{
  float half_w = rect[2] / 2, half_h = rect[3] / 2;
  float qx = x - (rect[0] + half_w), qy = y - (rect[1] + half_h);
  float r = qx < 0 ? (qy < 0 ? radius[GSK_CORNER_TOP_LEFT] : radius[GSK_CORNER_BOTTOM_LEFT])
                   : (qy < 0 ? radius[GSK_CORNER_TOP_RIGHT] : radius[GSK_CORNER_BOTTOM_RIGHT]);
  float ex = fabsf (qx) - (half_w - r), ey = fabsf (qy) - (half_h - r);
  float distance = hypotf (MAX (ex, 0), MAX (ey, 0)) + MIN (MAX (ex, ey), 0) - r;

  return CLAMP (0.5f - distance, 0, 1);
}

/* A separable Gaussian blur of a size × size plane, in place. */
static void
blur_plane (float *plane,
            int    size,
            float  sigma)
{
  int half = (int) ceilf (3 * sigma);
  g_autofree float *kernel = g_new (float, 2 * half + 1);
  g_autofree float *line = g_new (float, size);
  float sum = 0;

  for (int i = -half; i <= half; i++)
    sum += kernel[i + half] = expf (-(float) (i * i) / (2 * sigma * sigma));
  for (int i = 0; i <= 2 * half; i++)
    kernel[i] /= sum;

  for (int pass = 0; pass < 2; pass++)
    for (int a = 0; a < size; a++)
      {
        for (int b = 0; b < size; b++)
          {
            float value = 0;

            for (int k = -half; k <= half; k++)
              {
                int at = b + k;

                if (at >= 0 && at < size)
                  value += kernel[k + half] * (pass == 0 ? plane[a * size + at] : plane[at * size + a]);
              }
            line[b] = value;
          }
        for (int b = 0; b < size; b++)
          {
            if (pass == 0)
              plane[a * size + b] = line[b];
            else
              plane[b * size + a] = line[b];
          }
      }
}

/* An edge piece is one pixel of the picture repeated this many times along
 * the edge: GTK 4.8's GL renderer puts textures of up to 128 pixels into an
 * atlas, and stretching a texture a pixel or two wide out of it shades
 * unevenly along the card at a scale of 2; a texture of its own does not. */
#define EDGE_LENGTH 129

typedef enum { AS_IS, ACROSS, DOWN } Repeat;

/* The width × height piece at x, y of the size × size picture; its one
 * column repeated EDGE_LENGTH times ACROSS, or its one row DOWN. */
static GdkTexture *
cut_piece (const guchar *pixels,
           int           size,
           int           x,
           int           y,
           int           width,
           int           height,
           Repeat        repeat)
{
  g_autoptr (GBytes) bytes = NULL;
  int out_width = repeat == ACROSS ? EDGE_LENGTH : width;
  int out_height = repeat == DOWN ? EDGE_LENGTH : height;
  guchar *data = g_malloc (out_width * out_height * 4);

  for (int row = 0; row < out_height; row++)
    for (int column = 0; column < out_width; column++)
      {
        int from_row = repeat == DOWN ? 0 : row;
        int from_column = repeat == ACROSS ? 0 : column;

        memcpy (data + (row * out_width + column) * 4, pixels + ((y + from_row) * size + x + from_column) * 4, 4);
      }
  bytes = g_bytes_new_take (data, out_width * out_height * 4);

  return gdk_memory_texture_new (out_width, out_height, GDK_MEMORY_B8G8R8A8_PREMULTIPLIED, bytes, out_width * 4);
}

/* Draws the shadow around a square outline with the same corners, large
 * enough that the middle of each edge is as far from every corner's
 * influence as anywhere along a longer card, and cuts it into pieces. */
static Slices *
slices_new (const float radius[4],
            float       dx,
            float       dy,
            float       spread,
            float       blur,
            int         scale)
{
  Slices *slices = g_new0 (Slices, 1);
  float corner = MAX (MAX (radius[0], radius[1]), MAX (radius[2], radius[3]));
  float sigma = blur / 2 * scale;
  int reach_of_blur = (int) ceilf (3 * blur / 2) + 1;
  int side, size, cut, band;
  float outline[4], shape[4], shape_radius[4], device_radius[4];
  g_autofree float *plane = NULL;
  g_autofree guchar *pixels = NULL;

  memcpy (slices->radius, radius, sizeof slices->radius);
  slices->dx = dx;
  slices->dy = dy;
  slices->spread = spread;
  slices->blur = blur;
  slices->scale = scale;
  slices->pad = (int) ceilf (spread + MAX (fabsf (dx), fabsf (dy))) + reach_of_blur;
  slices->reach = slices->pad + (int) ceilf (corner) + slices->pad + 1;

  /* In device pixels: the outline is side × side, the picture size × size. */
  side = (2 * (slices->reach - slices->pad) + 1) * scale;
  size = side + 2 * slices->pad * scale;
  cut = slices->reach * scale;

  outline[0] = outline[1] = slices->pad * scale;
  outline[2] = outline[3] = side;
  shape[0] = outline[0] + dx * scale - spread * scale;
  shape[1] = outline[1] + dy * scale - spread * scale;
  shape[2] = outline[2] + 2 * spread * scale;
  shape[3] = outline[3] + 2 * spread * scale;
  for (guint i = 0; i < 4; i++)
    {
      device_radius[i] = radius[i] * scale;
      /* As GskRoundedRect grows a corner: a square one stays square. */
      shape_radius[i] = radius[i] > 0 ? MAX ((radius[i] + spread) * scale, 0) : 0;
    }

  plane = g_new (float, size * size);
  for (int y = 0; y < size; y++)
    for (int x = 0; x < size; x++)
      plane[y * size + x] = coverage (x + 0.5f, y + 0.5f, shape, shape_radius);
  if (sigma > 0)
    blur_plane (plane, size, sigma);

  pixels = g_new (guchar, size * size * 4);
  for (int y = 0; y < size; y++)
    for (int x = 0; x < size; x++)
      {
        /* Only outside the card: an outset shadow is never under it. */
        float alpha = plane[y * size + x] * (1 - coverage (x + 0.5f, y + 0.5f, outline, device_radius));
        guchar value = (guchar) lrintf (CLAMP (alpha, 0, 1) * 255);

        /* White, premultiplied. */
        memset (pixels + (y * size + x) * 4, value, 4);
      }

  slices->pieces[TOP_LEFT] = cut_piece (pixels, size, 0, 0, cut, cut, AS_IS);
  slices->pieces[TOP_RIGHT] = cut_piece (pixels, size, size - cut, 0, cut, cut, AS_IS);
  slices->pieces[BOTTOM_RIGHT] = cut_piece (pixels, size, size - cut, size - cut, cut, cut, AS_IS);
  slices->pieces[BOTTOM_LEFT] = cut_piece (pixels, size, 0, size - cut, cut, cut, AS_IS);
  /* Along the edges, only the band outside the card: inside, the shadow
   * is clipped away. */
  band = slices->pad * scale;
  slices->pieces[TOP] = cut_piece (pixels, size, cut, 0, 1, band, ACROSS);
  slices->pieces[RIGHT] = cut_piece (pixels, size, size - band, cut, band, 1, DOWN);
  slices->pieces[BOTTOM] = cut_piece (pixels, size, cut, size - band, 1, band, ACROSS);
  slices->pieces[LEFT] = cut_piece (pixels, size, 0, cut, band, 1, DOWN);

  return slices;
}

static gboolean
is_whole (float value)
{
  return fabsf (value - roundf (value)) < 0.001f;
}

static Slices *
lookup_slices (VastusCardShadow *self,
               const float       radius[4],
               float             dx,
               float             dy,
               float             spread,
               float             blur,
               int               scale)
{
  Slices *slices;

  for (guint i = 0; i < self->slices->len; i++)
    {
      slices = g_ptr_array_index (self->slices, i);
      if (memcmp (slices->radius, radius, sizeof slices->radius) == 0 && slices->dx == dx && slices->dy == dy && slices->spread == spread && slices->blur == blur &&
          slices->scale == scale)
        return slices;
    }

  slices = slices_new (radius, dx, dy, spread, blur, scale);
  g_ptr_array_add (self->slices, slices);
  return slices;
}

/* The pieces of one outset shadow node, or NULL to keep the node. */
static GskRenderNode *
textured_shadow (VastusCardShadow *self,
                 GskRenderNode    *node,
                 int               scale)
{
  const GskRoundedRect *outline = gsk_outset_shadow_node_get_outline (node);
  const graphene_rect_t *bounds = &outline->bounds;
  const GdkRGBA *color;
  graphene_matrix_t tint;
  graphene_vec4_t tint_offset;
  float radius[4];
  Slices *slices;
  GskRenderNode *pieces[8];
  float x, y, w, h, reach, pad, across, down;
  guint n = 0;

  for (guint i = 0; i < 4; i++)
    {
      radius[i] = outline->corner[i].width;
      if (outline->corner[i].width != outline->corner[i].height || !is_whole (radius[i]))
        return NULL;
    }
  if (!is_whole (bounds->origin.x) || !is_whole (bounds->origin.y) ||
      !is_whole (bounds->size.width) || !is_whole (bounds->size.height) ||
      !is_whole (gsk_outset_shadow_node_get_dx (node)) || !is_whole (gsk_outset_shadow_node_get_dy (node)) ||
      !is_whole (gsk_outset_shadow_node_get_spread (node)))
    return NULL;

  slices = lookup_slices (self, radius, gsk_outset_shadow_node_get_dx (node), gsk_outset_shadow_node_get_dy (node),
                          gsk_outset_shadow_node_get_spread (node), gsk_outset_shadow_node_get_blur_radius (node),
                          scale);
  /* The pieces are the shadow's shape in white; this gives them its colour. */
  color = gsk_outset_shadow_node_get_color (node);
  graphene_matrix_init_from_float (&tint, (float[16]) { 0, 0, 0, 0,
                                                        0, 0, 0, 0,
                                                        0, 0, 0, 0,
                                                        0, 0, 0, color->alpha });
  graphene_vec4_init (&tint_offset, color->red, color->green, color->blue, 0);
  x = bounds->origin.x;
  y = bounds->origin.y;
  w = bounds->size.width;
  h = bounds->size.height;
  reach = slices->reach;
  pad = slices->pad;
  /* Too small a card for the corners to stay apart. */
  if (w + 2 * pad < 2 * reach || h + 2 * pad < 2 * reach)
    return NULL;
  across = w + 2 * pad - 2 * reach;
  down = h + 2 * pad - 2 * reach;

#define PIECE(which, px, py, pw, ph) \
  if ((pw) > 0 && (ph) > 0) \
    { \
      GskRenderNode *shape = gsk_texture_node_new (slices->pieces[which], &GRAPHENE_RECT_INIT (px, py, pw, ph)); \
      pieces[n++] = gsk_color_matrix_node_new (shape, &tint, &tint_offset); \
      gsk_render_node_unref (shape); \
    }

  PIECE (TOP_LEFT, x - pad, y - pad, reach, reach);
  PIECE (TOP, x - pad + reach, y - pad, across, pad);
  PIECE (TOP_RIGHT, x + w + pad - reach, y - pad, reach, reach);
  PIECE (RIGHT, x + w, y - pad + reach, pad, down);
  PIECE (BOTTOM_RIGHT, x + w + pad - reach, y + h + pad - reach, reach, reach);
  PIECE (BOTTOM, x - pad + reach, y + h, across, pad);
  PIECE (BOTTOM_LEFT, x - pad, y + h + pad - reach, reach, reach);
  PIECE (LEFT, x - pad, y - pad + reach, pad, down);
#undef PIECE

  node = gsk_container_node_new (pieces, n);
  for (guint i = 0; i < n; i++)
    gsk_render_node_unref (pieces[i]);
  return node;
}

/* The child's node with its own outset shadows drawn from textures, or NULL
 * when nothing changed. Only the card's own level is looked at: the shadows
 * of what it holds are theirs. */
static GskRenderNode *
replace_shadows (VastusCardShadow *self,
                 GskRenderNode    *node,
                 int               scale)
{
  switch ((int) gsk_render_node_get_node_type (node))
    {
    case GSK_TRANSFORM_NODE:
      {
        GskRenderNode *child = replace_shadows (self, gsk_transform_node_get_child (node), scale);
        GskRenderNode *result;

        if (child == NULL)
          return NULL;
        result = gsk_transform_node_new (child, gsk_transform_node_get_transform (node));
        gsk_render_node_unref (child);
        return result;
      }

    case GSK_CONTAINER_NODE:
      {
        guint n = gsk_container_node_get_n_children (node);
        g_autoptr (GPtrArray) children = g_ptr_array_new_full (n, (GDestroyNotify) gsk_render_node_unref);
        gboolean changed = FALSE;

        for (guint i = 0; i < n; i++)
          {
            GskRenderNode *child = gsk_container_node_get_child (node, i);
            GskRenderNode *textured = NULL;

            /* The card's own box (its shadows and background) is a container
             * of its own; what it holds is moved into place, behind a
             * transform node, and left alone. */
            if (gsk_render_node_get_node_type (child) == GSK_OUTSET_SHADOW_NODE)
              textured = textured_shadow (self, child, scale);
            else if (gsk_render_node_get_node_type (child) == GSK_CONTAINER_NODE)
              textured = replace_shadows (self, child, scale);

            changed |= textured != NULL;
            g_ptr_array_add (children, textured != NULL ? textured : gsk_render_node_ref (child));
          }
        if (!changed)
          return NULL;
        return gsk_container_node_new ((GskRenderNode **) children->pdata, children->len);
      }

    case GSK_OUTSET_SHADOW_NODE:
      return textured_shadow (self, node, scale);

    default:
      return NULL;
    }
}

static void
vastus_card_shadow_snapshot (GtkWidget   *widget,
                             GtkSnapshot *snapshot)
{
  VastusCardShadow *self = VASTUS_CARD_SHADOW (widget);
  GtkSnapshot *own;
  GskRenderNode *node, *textured;

  if (self->child == NULL)
    return;
  if (!self->textured)
    {
      gtk_widget_snapshot_child (widget, self->child, snapshot);
      return;
    }

  own = gtk_snapshot_new ();
  gtk_widget_snapshot_child (widget, self->child, own);
  node = gtk_snapshot_free_to_node (own);
  if (node == NULL)
    return;

  textured = replace_shadows (self, node, gtk_widget_get_scale_factor (widget));
  gtk_snapshot_append_node (snapshot, textured != NULL ? textured : node);
  g_clear_pointer (&textured, gsk_render_node_unref);
  gsk_render_node_unref (node);
}

static void
set_child (VastusCardShadow *self,
           GtkWidget        *child)
{
  g_clear_pointer (&self->child, gtk_widget_unparent);
  self->child = child;
  if (child != NULL)
    gtk_widget_set_parent (child, GTK_WIDGET (self));
}

static void
vastus_card_shadow_buildable_add_child (GtkBuildable *buildable,
                                        GtkBuilder   *builder,
                                        GObject      *child,
                                        const char   *type)
{
  if (GTK_IS_WIDGET (child))
    set_child (VASTUS_CARD_SHADOW (buildable), GTK_WIDGET (child));
  else
    parent_buildable->add_child (buildable, builder, child, type);
}

static void
vastus_card_shadow_buildable_init (GtkBuildableIface *iface)
{
  parent_buildable = g_type_interface_peek_parent (iface);
  iface->add_child = vastus_card_shadow_buildable_add_child;
}

static void
vastus_card_shadow_dispose (GObject *object)
{
  VastusCardShadow *self = VASTUS_CARD_SHADOW (object);

  g_clear_pointer (&self->child, gtk_widget_unparent);
  g_clear_pointer (&self->slices, g_ptr_array_unref);

  G_OBJECT_CLASS (vastus_card_shadow_parent_class)->dispose (object);
}

static void
vastus_card_shadow_class_init (VastusCardShadowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vastus_card_shadow_dispose;
  widget_class->snapshot = vastus_card_shadow_snapshot;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "card-shadow");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GENERIC);
}

static void
vastus_card_shadow_init (VastusCardShadow *self)
{
  self->slices = g_ptr_array_new_with_free_func (slices_free);
  self->textured = TRUE;
}

/**
 * vastus_card_shadow_new:
 * @child: (nullable): the card, a boxed list
 */
GtkWidget *
vastus_card_shadow_new (GtkWidget *child)
{
  VastusCardShadow *self = g_object_new (VASTUS_TYPE_CARD_SHADOW, NULL);

  set_child (self, child);
  return GTK_WIDGET (self);
}

/**
 * vastus_card_shadow_set_textured:
 *
 * Whether the shadow is drawn from textures (the default) or left to the
 * renderer; the second is what the first is compared with.
 */
void
vastus_card_shadow_set_textured (VastusCardShadow *self,
                                 gboolean          textured)
{
  g_return_if_fail (VASTUS_IS_CARD_SHADOW (self));

  if (self->textured == !!textured)
    return;
  self->textured = !!textured;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}
