/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>

#include "vastus-card-shadow.h"
#include "vastus-test-env.h"
#include "vastus-test-ui.h"

/*
 * VastusCardShadow draws a card's shadow from textures made on the CPU. It
 * must look as the renderer's own shadow does: both are drawn by the window's
 * real renderer and compared pixel by pixel, light and dark, in a scrolled
 * window as on Today, for cards large enough to be sliced, and one too small,
 * which keeps the renderer's shadow.
 */

#define MARGIN 40

typedef struct
{
  GtkWidget *window;
  GtkWidget *frame;     /* the card and its margin: what is drawn */
  GtkWidget *shadow;
  GtkWidget *list;
} Card;

static void
painted_cb (GdkFrameClock *clock,
            gpointer       data)
{
  *(gboolean *) data = TRUE;
}

static gboolean
is_true (gpointer data)
{
  return *(gboolean *) data;
}

/* Draws the window again and waits for that frame: laid out and drawn. */
static void
wait_for_frame (GtkWidget *window)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);
  gboolean painted = FALSE;
  gulong handler = g_signal_connect (clock, "after-paint", G_CALLBACK (painted_cb), &painted);

  gtk_widget_queue_draw (window);
  wait_until (is_true, &painted, "the window to be drawn");
  g_signal_handler_disconnect (clock, handler);
}

static void
card_open (Card     *card,
           int       width,
           int       height,
           guint     rows,
           gboolean  scrolled)
{
  card->window = gtk_window_new ();
  card->frame = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  card->list = gtk_list_box_new ();
  card->shadow = vastus_card_shadow_new (card->list);

  gtk_widget_add_css_class (card->list, "boxed-list");
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (card->list), GTK_SELECTION_NONE);
  for (guint i = 0; i < rows; i++)
    gtk_list_box_append (GTK_LIST_BOX (card->list), adw_action_row_new ());
  gtk_widget_set_size_request (card->list, width, height);
  gtk_widget_set_halign (card->shadow, GTK_ALIGN_CENTER);
  gtk_widget_set_valign (card->shadow, GTK_ALIGN_CENTER);
  gtk_widget_set_margin_start (card->shadow, MARGIN);
  gtk_widget_set_margin_end (card->shadow, MARGIN);
  gtk_widget_set_margin_top (card->shadow, MARGIN);
  gtk_widget_set_margin_bottom (card->shadow, MARGIN);
  gtk_widget_add_css_class (card->frame, "view");
  gtk_box_append (GTK_BOX (card->frame), card->shadow);
  if (scrolled)
    {
      /* As on Today: the card runs on below the window, and is clipped. */
      GtkWidget *scrolled_window = gtk_scrolled_window_new ();

      gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled_window), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
      gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled_window), card->frame);
      gtk_window_set_default_size (GTK_WINDOW (card->window), width + 2 * MARGIN, height / 2);
      gtk_window_set_child (GTK_WINDOW (card->window), scrolled_window);
    }
  else
    {
      gtk_window_set_child (GTK_WINDOW (card->window), card->frame);
    }
  gtk_window_present (GTK_WINDOW (card->window));
  wait_until (is_mapped, card->frame, "the card to be shown");
  wait_for_frame (card->window);
}

static void
card_close (Card *card)
{
  gtk_window_destroy (GTK_WINDOW (card->window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static gboolean
has_node_type (GskRenderNode     *node,
               GskRenderNodeType  type)
{
  if (gsk_render_node_get_node_type (node) == type)
    return TRUE;

  switch ((int) gsk_render_node_get_node_type (node))
    {
    case GSK_CONTAINER_NODE:
      for (guint i = 0; i < gsk_container_node_get_n_children (node); i++)
        if (has_node_type (gsk_container_node_get_child (node, i), type))
          return TRUE;
      return FALSE;
    case GSK_TRANSFORM_NODE:
      return has_node_type (gsk_transform_node_get_child (node), type);
    case GSK_CLIP_NODE:
      return has_node_type (gsk_clip_node_get_child (node), type);
    case GSK_ROUNDED_CLIP_NODE:
      return has_node_type (gsk_rounded_clip_node_get_child (node), type);
    default:
      return FALSE;
    }
}

/* The card and its margin as the window's renderer draws them, as bytes in
 * GdkTexture's download layout; with whether any outset shadow node is left
 * for the renderer. */
static GBytes *
draw (Card     *card,
      gboolean *renderer_shadow)
{
  g_autoptr (GdkTexture) texture = NULL;
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  GskRenderNode *node;
  graphene_rect_t bounds;
  int width, height;
  guchar *data;

  GtkWidget *content = gtk_window_get_child (GTK_WINDOW (card->window));
  int scale = gtk_widget_get_scale_factor (card->window);

  g_assert_true (gtk_widget_compute_bounds (content, card->window, &bounds));
  /* In device pixels, as the window shows it (GDK_SCALE=2 for a HiDPI screen). */
  gtk_snapshot_scale (snapshot, scale, scale);
  gtk_widget_snapshot_child (card->window, content, snapshot);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  *renderer_shadow = has_node_type (node, GSK_OUTSET_SHADOW_NODE);
  graphene_rect_scale (&bounds, scale, scale, &bounds);
  width = (int) bounds.size.width;
  height = (int) bounds.size.height;

  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (card->window)), node, &bounds);
  gsk_render_node_unref (node);
  g_assert_cmpint (gdk_texture_get_width (texture), ==, width);

  data = g_malloc (width * height * 4);
  gdk_texture_download (texture, data, width * 4);
  return g_bytes_new_take (data, width * height * 4);
}

/* The largest difference of any channel of any pixel. */
static int
largest_difference (GBytes *a,
                    GBytes *b)
{
  gsize size_a, size_b;
  const guchar *pa = g_bytes_get_data (a, &size_a);
  const guchar *pb = g_bytes_get_data (b, &size_b);
  int largest = 0;

  g_assert_cmpuint (size_a, ==, size_b);
  for (gsize i = 0; i < size_a; i++)
    largest = MAX (largest, ABS ((int) pa[i] - (int) pb[i]));
  return largest;
}

static void
compare (int      width,
         int      height,
         guint    rows,
         gboolean dark,
         gboolean scrolled,
         gboolean expect_textured)
{
  Card card;
  g_autoptr (GBytes) textured = NULL;
  g_autoptr (GBytes) renderer = NULL;
  gboolean shadow_left, shadow_of_renderer;
  int difference;

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      dark ? ADW_COLOR_SCHEME_FORCE_DARK : ADW_COLOR_SCHEME_FORCE_LIGHT);
  card_open (&card, width, height, rows, scrolled);

  textured = draw (&card, &shadow_left);
  vastus_card_shadow_set_textured (VASTUS_CARD_SHADOW (card.shadow), FALSE);
  renderer = draw (&card, &shadow_of_renderer);

  /* The theme gives a card a shadow, which the renderer draws … */
  g_assert_true (shadow_of_renderer);
  /* … and VastusCardShadow draws instead, unless the card is too small. */
  g_assert_cmpint (shadow_left, ==, !expect_textured);

  difference = largest_difference (textured, renderer);
  g_test_message ("%d x %d, %s%s: largest difference %d of 255", width, height, dark ? "dark" : "light",
                  scrolled ? ", scrolled" : "", difference);
  g_assert_cmpint (difference, <=, 2);

  card_close (&card);
}

static void
test_light (void)
{
  compare (320, 220, 3, FALSE, FALSE, TRUE);
}

static void
test_dark (void)
{
  compare (320, 220, 3, TRUE, FALSE, TRUE);
}

static void
test_scrolled (void)
{
  compare (640, 600, 10, FALSE, TRUE, TRUE);
}

/* One row of a phone-width list: the smallest Today shows. */
static void
test_narrow (void)
{
  compare (300, 50, 1, FALSE, FALSE, TRUE);
}

static void
test_too_small (void)
{
  compare (40, 30, 0, FALSE, FALSE, FALSE);
}

int
main (int   argc,
      char *argv[])
{
  vastus_test_env_init ();
  vastus_test_ui_init (&argc, &argv);

  g_test_add_func ("/card-shadow/light", test_light);
  g_test_add_func ("/card-shadow/dark", test_dark);
  g_test_add_func ("/card-shadow/scrolled", test_scrolled);
  g_test_add_func ("/card-shadow/narrow", test_narrow);
  g_test_add_func ("/card-shadow/too-small", test_too_small);

  return g_test_run ();
}
