/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>
#include <unistd.h>

#include "vastus-application-private.h"
#include "vastus-clip-lookup.h"
#include "vastus-clip-render.h"
#include "vastus-exercise-detail-private.h"
#include "vastus-library-page-private.h"
#include "vastus-window-private.h"
#include "vastus-test-ui.h"
#include "vastus-test-env.h"
#include "vastus-clip-view-private.h"

/*
 * The library, driven through the real window under Xvfb: search, filter,
 * open an exercise, follow its "harder" link, fold into a narrow window.
 */

static VastusApplication *app;
static VastusWindow *window;
static VastusLibraryPage *library;


static guint
n_shown (void)
{
  return g_list_model_get_n_items (vastus_library_page_get_shown (library));
}

static guint
n_catalogue (void)
{
  return g_list_model_get_n_items (G_LIST_MODEL (vastus_store_get_catalogue (vastus_application_get_store (app))));
}

static gboolean
shown_is (gpointer data)
{
  return n_shown () == GPOINTER_TO_UINT (data);
}


static gboolean
is_folded (gpointer data)
{
  return adw_leaflet_get_folded (vastus_library_page_get_leaflet (library)) == GPOINTER_TO_INT (data);
}

/* How many catalogue exercises a query matches, asked of the core. */
static guint
count_matching (const char *query)
{
  GListModel *catalogue = G_LIST_MODEL (vastus_store_get_catalogue (vastus_application_get_store (app)));
  g_autofree char *folded = vastus_search_fold (query);
  guint count = 0;

  for (guint i = 0; i < g_list_model_get_n_items (catalogue); i++)
    {
      g_autoptr (VastusExercise) exercise = g_list_model_get_item (catalogue, i);
      count += vastus_exercise_matches (exercise, folded);
    }

  return count;
}

static const char *
detail_id (void)
{
  VastusExercise *exercise = vastus_exercise_detail_get_exercise (vastus_library_page_get_detail (library));
  return exercise != NULL ? vastus_exercise_get_id (exercise) : NULL;
}

static void
activate (const char *action,
          const char *format,
          ...)
{
  va_list args;
  GVariant *parameter = NULL;

  if (format != NULL)
    {
      va_start (args, format);
      parameter = g_variant_new_va (format, NULL, &args);
      va_end (args);
    }

  g_assert_true (gtk_widget_activate_action_variant (GTK_WIDGET (library), action, parameter));
}

/* One good and one broken file in the person's catalogue folder. */
static void
add_user_catalogue (void)
{
  g_autofree char *folder = vastus_catalogue_user_folder ();
  const char *files[][2] = {
    { "user-override.json", "10-mine.json" },
    { "bad-ladder-loop.json", "20-broken.json" },
    { "user-clips.json", "30-clips.json" },
  };

  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *source = g_test_build_filename (G_TEST_DIST, "fixtures", files[i][0], NULL);
      g_autofree char *target = g_build_filename (folder, files[i][1], NULL);
      g_autofree char *contents = NULL;

      g_assert_true (g_file_get_contents (source, &contents, NULL, NULL));
      g_assert_true (g_file_set_contents (target, contents, -1, NULL));
    }

  /* A recorded clip beside the user's catalogue: any video GStreamer plays. */
  {
    g_autofree char *videos = g_build_filename (folder, "videos", NULL);
    g_autofree char *source = g_build_filename (g_getenv ("VASTUS_CLIP_DIR"), "step-up.webm", NULL);
    g_autofree char *target = g_build_filename (videos, "filmed.webm", NULL);
    g_autofree char *contents = NULL;
    gsize length;

    g_autofree char *broken = g_build_filename (videos, "broken.webm", NULL);

    g_assert_cmpint (g_mkdir_with_parents (videos, 0700), ==, 0);
    g_assert_true (g_file_get_contents (source, &contents, &length, NULL));
    g_assert_true (g_file_set_contents (target, contents, length, NULL));
    /* And one that is not a video at all. */
    g_assert_true (g_file_set_contents (broken, "not a video", -1, NULL));
  }
}

static void
test_user_catalogue (void)
{
  GPtrArray *errors = vastus_store_get_catalogue_errors (vastus_application_get_store (app));
  VastusCatalogue *catalogue = vastus_store_get_catalogue (vastus_application_get_store (app));

  /* The broken file is skipped with its reason; the good one is in the list. */
  g_assert_cmpuint (errors->len, ==, 1);
  g_assert_nonnull (strstr (((GError *) g_ptr_array_index (errors, 0))->message,
                            "20-broken.json: exercise 'loop-a': harder links form a loop"));
  g_assert_nonnull (vastus_catalogue_lookup (catalogue, "my-knee-drill"));
  g_assert_cmpstr (vastus_exercise_get_name (vastus_catalogue_lookup (catalogue, "wall-sit")), ==,
                   "Wall sit (my physio's version)");
  g_assert_null (vastus_catalogue_lookup (catalogue, "loop-a"));
}

static void
test_shows_catalogue (void)
{
  g_assert_cmpuint (n_catalogue (), >=, 22);
  g_assert_cmpuint (n_shown (), ==, n_catalogue ());
  /* Nothing is chosen until the person chooses. */
  g_assert_null (detail_id ());
}

static void
test_search (void)
{
  GtkEditable *entry = vastus_library_page_get_search_entry (library);
  guint expected = count_matching ("wall");

  g_assert_cmpuint (expected, >, 0);
  g_assert_cmpuint (expected, <, n_catalogue ());

  gtk_editable_set_text (entry, "wall");
  wait_until (shown_is, GUINT_TO_POINTER (expected), "the search for 'wall'");
  for (guint i = 0; i < n_shown (); i++)
    {
      g_autoptr (VastusExercise) exercise = g_list_model_get_item (vastus_library_page_get_shown (library), i);
      g_assert_true (vastus_exercise_uses_equipment (exercise, "wall") ||
                     strstr (vastus_exercise_get_name (exercise), "all") != NULL ||
                     strstr (vastus_exercise_get_summary (exercise), "wall") != NULL);
    }

  /* A second word narrows the list. */
  expected = count_matching ("wall ball");
  g_assert_cmpuint (expected, ==, 1);
  gtk_editable_set_text (entry, "Wall Ball");
  wait_until (shown_is, GUINT_TO_POINTER (expected), "the search for 'wall ball'");

  gtk_editable_set_text (entry, "no exercise has this name");
  wait_until (shown_is, GUINT_TO_POINTER (0), "an empty search result");

  activate ("library.clear-filters", NULL);
  wait_until (shown_is, GUINT_TO_POINTER (n_catalogue ()), "the cleared search");
  g_assert_cmpstr (gtk_editable_get_text (entry), ==, "");
}

static void
check_all_shown (gboolean (*check) (VastusExercise *exercise))
{
  GListModel *shown = vastus_library_page_get_shown (library);

  g_assert_cmpuint (g_list_model_get_n_items (shown), >, 0);
  for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
    {
      g_autoptr (VastusExercise) exercise = g_list_model_get_item (shown, i);
      g_assert_true (check (exercise));
    }
}

static gboolean
is_stretch (VastusExercise *exercise)
{
  return vastus_exercise_get_category (exercise) == VASTUS_CATEGORY_STRETCH;
}

static gboolean
is_strength_with_step (VastusExercise *exercise)
{
  return vastus_exercise_get_category (exercise) == VASTUS_CATEGORY_STRENGTH &&
         vastus_exercise_uses_equipment (exercise, "step");
}

static gboolean
is_level_one (VastusExercise *exercise)
{
  return vastus_exercise_get_level (exercise) == 1;
}

static void
test_filters (void)
{
  guint n;

  activate ("library.category-filter", "s", "stretch");
  check_all_shown (is_stretch);
  g_assert_cmpuint (n_shown (), <, n_catalogue ());

  activate ("library.category-filter", "s", "strength");
  activate ("library.equipment-filter", "s", "step");
  check_all_shown (is_strength_with_step);
  n = n_shown ();
  g_assert_cmpuint (n, >=, 3);

  activate ("library.clear-filters", NULL);
  g_assert_cmpuint (n_shown (), ==, n_catalogue ());

  activate ("library.level-filter", "i", 1);
  check_all_shown (is_level_one);
  activate ("library.level-filter", "i", 0);
  g_assert_cmpuint (n_shown (), ==, n_catalogue ());
}

/* A few frames: layout, and any scrolling to the focus. */
static void
settle (void)
{
  gint64 until = g_get_monotonic_time () + 300 * 1000;

  while (g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, FALSE);
}

static gboolean
page_taller_than_window (gpointer data)
{
  GtkAdjustment *scroll = data;

  return gtk_adjustment_get_upper (scroll) > gtk_adjustment_get_page_size (scroll) + 1;
}

static gboolean
detail_scrolled_down (gpointer data)
{
  return vastus_exercise_detail_get_scrolled (data) > 0;
}

static void
test_open_and_follow_harder (void)
{
  VastusExerciseDetail *detail = vastus_library_page_get_detail (library);
  GtkWidget *harder;
  GtkWidget *easier;

  activate ("library.show", "s", "step-up");
  g_assert_cmpstr (detail_id (), ==, "step-up");

  harder = vastus_exercise_detail_get_variant_row (detail, TRUE);
  g_assert_true (gtk_widget_get_visible (harder));
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (harder)), ==,
                   vastus_exercise_get_name (vastus_catalogue_lookup (vastus_store_get_catalogue (vastus_application_get_store (app)),
                                                                       "lateral-step-up")));

  /* The row itself, as a click or Enter would activate it, scrolled down to
   * it and with the focus on it: the next exercise opens at its top. */
  {
    GtkAdjustment *scroll = gtk_scrolled_window_get_vadjustment (
      GTK_SCROLLED_WINDOW (gtk_widget_get_ancestor (harder, GTK_TYPE_SCROLLED_WINDOW)));

    settle ();
    gtk_widget_grab_focus (harder);
    /* On a busy machine the page may not be laid out after a few frames:
     * scrolled only once it is taller than its window. */
    wait_until (page_taller_than_window, scroll, "the exercise page to be laid out");
    gtk_adjustment_set_value (scroll, gtk_adjustment_get_upper (scroll));
    wait_until (detail_scrolled_down, detail, "the exercise page to scroll down");
  }
  g_assert_true (gtk_widget_activate (harder));
  g_assert_cmpstr (detail_id (), ==, "lateral-step-up");
  settle ();
  g_assert_cmpfloat (vastus_exercise_detail_get_scrolled (detail), ==, 0);

  easier = vastus_exercise_detail_get_variant_row (detail, FALSE);
  g_assert_true (gtk_widget_activate (easier));
  g_assert_cmpstr (detail_id (), ==, "step-up");

  /* The top of a ladder has no harder variant to offer. */
  activate ("library.show", "s", "bulgarian-split-squat");
  g_assert_false (gtk_widget_get_visible (vastus_exercise_detail_get_variant_row (detail, TRUE)));
}

static gboolean
clip_plays (gpointer data)
{
  GtkMediaStream *stream = vastus_clip_view_get_stream (data);

  return stream != NULL && gtk_media_stream_is_prepared (stream) && gtk_media_stream_get_playing (stream) &&
         gtk_media_stream_get_timestamp (stream) > 0;
}

static void
test_clip_plays (void)
{
  VastusClipView *clip = vastus_exercise_detail_get_clip_view (vastus_library_page_get_detail (library));
  GtkMediaStream *stream;

  activate ("library.show", "s", "step-up");
  g_assert_null (vastus_clip_view_get_message (clip));
  wait_until (clip_plays, clip, "the step-up's clip to play");

  stream = vastus_clip_view_get_stream (clip);
  g_assert_true (gtk_media_stream_get_muted (stream));
  g_assert_true (gtk_media_stream_get_loop (stream));
  g_assert_cmpint (gdk_paintable_get_intrinsic_width (GDK_PAINTABLE (stream)), ==, 640);
  g_assert_cmpint (gdk_paintable_get_intrinsic_height (GDK_PAINTABLE (stream)), ==, 480);
}

typedef struct
{
  GThread *main_thread;
  guint    frames;
  guint    elsewhere;
} FrameCount;

static void
frame_shown_cb (GdkPaintable *stream,
                FrameCount   *count)
{
  count->frames++;
  if (g_thread_self () != count->main_thread)
    count->elsewhere++;
}

/*
 * A playing clip hands each frame over to the main thread, even while the
 * main thread is busy elsewhere and not running the loop: widgets are only
 * ever touched from it. (A frame handed over on GStreamer's own thread raced
 * with the clip being closed, and crashed now and then.)
 */
static void
test_clip_frames_on_main_thread (void)
{
  VastusClipView *clip = vastus_exercise_detail_get_clip_view (vastus_library_page_get_detail (library));
  FrameCount count = { g_thread_self (), 0, 0 };

  for (guint round = 0; round < 5; round++)
    {
      GtkMediaStream *stream;
      gulong handler;
      gint64 until;

      activate ("library.show", "s", round % 2 == 0 ? "step-up" : "glute-bridge");
      wait_until (clip_plays, clip, "the clip to play");
      stream = vastus_clip_view_get_stream (clip);
      handler = g_signal_connect (stream, "invalidate-contents", G_CALLBACK (frame_shown_cb), &count);

      /* Busy, away from the loop, for a few frames' time. */
      g_usleep (300 * 1000);
      until = g_get_monotonic_time () + 300 * 1000;
      while (g_get_monotonic_time () < until)
        g_main_context_iteration (NULL, FALSE);

      g_signal_handler_disconnect (stream, handler);
    }

  g_assert_cmpuint (count.frames, >, 0);
  g_assert_cmpuint (count.elsewhere, ==, 0);
}

static void
test_missing_clip (void)
{
  VastusClipView *clip = vastus_exercise_detail_get_clip_view (vastus_library_page_get_detail (library));

  /* A user exercise names a recorded clip that is not there: a message, not a black box. */
  activate ("library.show", "s", "my-recorded-drill");
  g_assert_null (vastus_clip_view_get_stream (clip));
  g_assert_nonnull (vastus_clip_view_get_message (clip));
  g_assert_nonnull (strstr (vastus_clip_view_get_message (clip), "The clip file is missing"));
  g_assert_nonnull (strstr (vastus_clip_view_get_message (clip), "videos/missing.webm"));
}

static gboolean
clip_message_gone (gpointer data)
{
  return vastus_clip_view_get_message (data) == NULL;
}

static gboolean
clip_has_message (gpointer data)
{
  return vastus_clip_view_get_message (data) != NULL;
}

static void
test_undecodable_clip (void)
{
  VastusClipView *clip = vastus_exercise_detail_get_clip_view (vastus_library_page_get_detail (library));

  /* The stream's own error is shown in place of the clip. */
  activate ("library.show", "s", "my-broken-clip");
  wait_until (clip_has_message, clip, "the undecodable clip's message");
  g_assert_true (g_str_has_prefix (vastus_clip_view_get_message (clip), "The clip could not be played: "));
  g_assert_null (vastus_clip_view_get_stream (clip));
}

static void
test_recorded_clip (void)
{
  VastusClipView *clip = vastus_exercise_detail_get_clip_view (vastus_library_page_get_detail (library));

  activate ("library.show", "s", "my-filmed-drill");
  wait_until (clip_plays, clip, "the recorded clip to play");
}

/* The recorded clip made a link to a video outside the catalogue's folder
 * after the catalogue was read: not played, though it would play, and the
 * catalogue's message says why. */
static void
test_clip_link_outside (void)
{
  VastusClipView *clip = vastus_exercise_detail_get_clip_view (vastus_library_page_get_detail (library));
  g_autofree char *folder = vastus_catalogue_user_folder ();
  g_autofree char *filmed = g_build_filename (folder, "videos", "filmed.webm", NULL);
  g_autofree char *kept = g_build_filename (folder, "videos", "filmed.webm.kept", NULL);
  g_autofree char *outside = g_build_filename (g_getenv ("VASTUS_CLIP_DIR"), "step-up.webm", NULL);

  activate ("library.show", "s", "my-recorded-drill");
  g_assert_cmpint (g_rename (filmed, kept), ==, 0);
  g_assert_cmpint (symlink (outside, filmed), ==, 0);

  activate ("library.show", "s", "my-filmed-drill");
  g_assert_null (vastus_clip_view_get_stream (clip));
  g_assert_nonnull (vastus_clip_view_get_message (clip));
  g_assert_nonnull (strstr (vastus_clip_view_get_message (clip),
                            "30-clips.json: exercise 'my-filmed-drill': clip must stay inside the catalogue's "
                            "folder, not 'videos/filmed.webm': it leads to "));

  g_assert_cmpint (g_unlink (filmed), ==, 0);
  g_assert_cmpint (g_rename (kept, filmed), ==, 0);
}

static void
test_user_pose_rendered (void)
{
  VastusClipView *clip = vastus_exercise_detail_get_clip_view (vastus_library_page_get_detail (library));
  g_autofree char *cache = vastus_clip_cache_folder ();
  g_autoptr (GDir) dir = NULL;
  const char *name;
  gboolean found = FALSE;

  /* Drawn in the background while the window goes on; shown when ready. */
  activate ("library.show", "s", "my-posed-drill");
  g_assert_nonnull (vastus_clip_view_get_message (clip));
  g_assert_nonnull (strstr (vastus_clip_view_get_message (clip), "few seconds"));
  wait_until (clip_message_gone, clip, "the user exercise's clip to be drawn");
  wait_until (clip_plays, clip, "the drawn clip to play");

  dir = g_dir_open (cache, 0, NULL);
  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_assert_false (g_str_has_suffix (name, ".part"));
      found |= g_str_has_prefix (name, "my-posed-drill-") && g_str_has_suffix (name, ".webm");
    }
  g_assert_true (found);
}

static void
test_own_video (void)
{
  VastusExerciseDetail *detail = vastus_library_page_get_detail (library);
  VastusClipView *clip = vastus_exercise_detail_get_clip_view (detail);
  GSettings *settings = vastus_application_get_settings (app);
  g_autofree char *own = g_build_filename (g_getenv ("VASTUS_CLIP_DIR"), "squat.webm", NULL);
  g_autoptr (GVariant) stored = NULL;
  GVariantBuilder builder;
  GtkWidget *reset;

  /* As chosen with "Use My Own Video…", which a file chooser would set. */
  g_variant_builder_init (&builder, G_VARIANT_TYPE ("a{ss}"));
  g_variant_builder_add (&builder, "{ss}", "wall-sit-ball-squeeze", own);
  g_settings_set_value (settings, "own-clips", g_variant_builder_end (&builder));

  activate ("library.show", "s", "wall-sit-ball-squeeze");
  wait_until (clip_plays, clip, "the person's own video to play");

  /* Use the Standard Clip goes with the own video: the focus goes to the
   * button beside it, not to the top of the window. */
  reset = find_action_widget (GTK_WIDGET (detail), "detail.reset-video");
  g_assert_nonnull (reset);
  g_assert_true (gtk_widget_grab_focus (reset));
  g_assert_true (gtk_widget_activate (reset));
  wait_for_focus_on_action (GTK_WINDOW (window), "detail.choose-video");
  g_assert_false (gtk_widget_get_visible (reset));
  stored = g_settings_get_value (settings, "own-clips");
  g_assert_false (g_variant_lookup (stored, "wall-sit-ball-squeeze", "s", NULL));
  wait_until (clip_plays, clip, "the standard clip to play again");
}

static void
test_search_shortcut (void)
{
  GtkEditable *entry = vastus_library_page_get_search_entry (library);

  GtkWidget *focus;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL));
  /* The focus goes to the text inside the search entry. */
  focus = gtk_window_get_focus (GTK_WINDOW (window));
  g_assert_nonnull (focus);
  g_assert_true (focus == GTK_WIDGET (entry) || gtk_widget_is_ancestor (focus, GTK_WIDGET (entry)));
}

static gboolean
clip_paused (gpointer data)
{
  GtkMediaStream *stream = vastus_clip_view_get_stream (data);

  return stream != NULL && !gtk_media_stream_get_playing (stream);
}

static void
test_narrow (void)
{
  AdwLeaflet *leaflet = vastus_library_page_get_leaflet (library);

  gtk_window_set_default_size (GTK_WINDOW (window), 360, 640);
  wait_until (is_folded, GINT_TO_POINTER (TRUE), "the leaflet to fold");

  activate ("library.show", "s", "wall-sit");
  g_assert_true (vastus_library_page_get_can_go_back (library));
  g_assert_true (adw_leaflet_get_visible_child (leaflet) == GTK_WIDGET (vastus_library_page_get_detail (library)));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL));
  g_assert_false (vastus_library_page_get_can_go_back (library));

  /* A clip out of sight does not play. */
  activate ("library.show", "s", "step-up");
  wait_until (clip_plays, vastus_exercise_detail_get_clip_view (vastus_library_page_get_detail (library)),
              "the step-up's clip to play");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL));
  wait_until (clip_paused, vastus_exercise_detail_get_clip_view (vastus_library_page_get_detail (library)),
              "the hidden clip to pause");

  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  wait_until (is_folded, GINT_TO_POINTER (FALSE), "the leaflet to unfold");
  g_assert_false (vastus_library_page_get_can_go_back (library));
}

/* What @paintable draws at @width × @height, at @x, @y, as 0xRRGGBB; FALSE
 * while it draws nothing, as a clip before its first frame. */
static gboolean
drawn_pixel (GdkPaintable *paintable,
             int           width,
             int           height,
             int           x,
             int           y,
             guint32      *pixel)
{
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  cairo_surface_t *surface;
  GskRenderNode *node;
  cairo_t *cr;

  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  if (node == NULL)
    return FALSE;

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cr = cairo_create (surface);
  gsk_render_node_draw (node, cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  *pixel = ((const guint32 *) cairo_image_surface_get_data (surface))[y * cairo_image_surface_get_stride (surface) / 4 + x] &
           0xffffff;
  gsk_render_node_unref (node);
  cairo_surface_destroy (surface);
  return TRUE;
}

static void
assert_colour_near (guint32 pixel,
                    double  red,
                    double  green,
                    double  blue,
                    int     tolerance)
{
  g_autofree char *message = g_strdup_printf ("#%06x is not near %.0f,%.0f,%.0f", pixel, red * 255, green * 255,
                                              blue * 255);

  if (ABS ((int) ((pixel >> 16) & 0xff) - (int) round (red * 255)) > tolerance ||
      ABS ((int) ((pixel >> 8) & 0xff) - (int) round (green * 255)) > tolerance ||
      ABS ((int) (pixel & 0xff) - (int) round (blue * 255)) > tolerance)
    g_error ("%s", message);
}

static gboolean
is_laid_out (gpointer data)
{
  return gtk_widget_get_mapped (data) && gtk_widget_get_width (data) > 0 && gtk_widget_get_height (data) > 0;
}

static gboolean
swatch_pixel (GtkWidget *swatch,
              guint32   *pixel)
{
  g_autoptr (GdkPaintable) paintable = gtk_widget_paintable_new (swatch);
  int width = gtk_widget_get_width (swatch), height = gtk_widget_get_height (swatch);

  return drawn_pixel (paintable, width, height, width / 2, height / 2, pixel);
}

/* Drawn since it was last changed: a widget not yet drawn anew has nothing
 * to show. */
static gboolean
swatch_drawn (gpointer data)
{
  guint32 pixel;

  return swatch_pixel (data, &pixel);
}

/* The legend's swatch shows the colour the clip draws muscles in, in the
 * style in use. */
static void
assert_swatch_colour (GtkWidget *swatch,
                      gboolean   dark)
{
  int width = gtk_widget_get_width (swatch), height = gtk_widget_get_height (swatch);
  double red, green, blue;
  guint32 pixel = 0;

  g_assert_true (gtk_widget_get_mapped (swatch));
  g_assert_cmpint (width, >=, 8);
  g_assert_cmpint (height, >=, 8);
  wait_until (swatch_drawn, swatch, "the legend's swatch to be drawn");
  vastus_clip_muscle_colour (dark, &red, &green, &blue);
  g_assert_true (swatch_pixel (swatch, &pixel));
  assert_colour_near (pixel, red, green, blue, 1);
}

/* Under the clip, the legend names the muscles the clip highlights, for a
 * knee exercise and a hip exercise, beside a swatch of their colour. */
static void
test_muscle_legend (void)
{
  VastusExerciseDetail *detail = vastus_library_page_get_detail (library);
  GtkWidget *swatch = NULL;
  const struct
  {
    const char *id;
    const char *legend;
    VastusClipMuscles highlighted;
  } cases[] = {
    { "quad-set", "Highlighted: Vastus medialis (inner quadriceps), Quadriceps",
      VASTUS_CLIP_MUSCLE_VMO | VASTUS_CLIP_MUSCLE_QUADRICEPS },
    { "clamshell", "Highlighted: Outer hip (abductors), Buttocks (glutes)",
      VASTUS_CLIP_MUSCLE_HIP_ABDUCTORS | VASTUS_CLIP_MUSCLE_GLUTES },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      VastusExercise *exercise;

      activate ("library.show", "s", cases[i].id);
      exercise = vastus_exercise_detail_get_exercise (detail);
      g_assert_cmpstr (vastus_exercise_get_id (exercise), ==, cases[i].id);
      /* The names are those of the muscles the clip is drawn with. */
      g_assert_cmpint (vastus_clip_muscles_from_names ((const char * const *) vastus_exercise_get_muscles (exercise)), ==,
                       cases[i].highlighted);
      g_assert_cmpstr (vastus_exercise_detail_get_legend (detail, &swatch), ==, cases[i].legend);
      wait_until (is_laid_out, swatch, "the legend's swatch to be laid out");
      assert_swatch_colour (swatch, FALSE);
    }

  /* A video of the person's own highlights nothing: no legend. */
  activate ("library.show", "s", "my-filmed-drill");
  g_assert_null (vastus_exercise_detail_get_legend (detail, NULL));
}

typedef struct
{
  GFile    *file;
  gboolean  dark;
} ClipShown;

/* The clip plays @file, and its frames show a dark or a light room: the
 * background by the frame's corner. */
static gboolean
clip_shows (gpointer data)
{
  const ClipShown *shown = data;
  VastusClipView *clip = vastus_exercise_detail_get_clip_view (vastus_library_page_get_detail (library));
  GtkMediaStream *stream = vastus_clip_view_get_stream (clip);
  guint32 pixel;
  GFile *file;

  if (!clip_plays (clip))
    return FALSE;
  file = gtk_media_file_get_file (GTK_MEDIA_FILE (stream));
  if (file == NULL || !g_file_equal (file, shown->file) ||
      !drawn_pixel (GDK_PAINTABLE (stream), 640, 480, 4, 4, &pixel))
    return FALSE;
  return shown->dark ? (pixel & 0xff) < 0x40 : (pixel & 0xff) > 0xc0;
}

static void
modified_times (GFile  **files,
                guint    n,
                guint64 *times)
{
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (GFileInfo) info = g_file_query_info (files[i], G_FILE_ATTRIBUTE_TIME_MODIFIED,
                                                      G_FILE_QUERY_INFO_NONE, NULL, NULL);

      g_assert_nonnull (info);
      times[i] = g_file_info_get_attribute_uint64 (info, G_FILE_ATTRIBUTE_TIME_MODIFIED);
    }
}

/*
 * Switching the style between light and dark while an exercise is shown
 * switches its clip to the other palette's, already drawn by the build,
 * and the legend's swatch with it: nothing is drawn or encoded anew.
 */
static void
test_clip_follows_style (void)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  VastusExerciseDetail *detail = vastus_library_page_get_detail (library);
  VastusClipView *clip = vastus_exercise_detail_get_clip_view (detail);
  g_autofree char *light_path = g_build_filename (g_getenv ("VASTUS_CLIP_DIR"), "quad-set.webm", NULL);
  g_autofree char *dark_path = vastus_clip_dark_variant (light_path);
  g_autofree char *cache = vastus_clip_cache_folder ();
  GFile *files[2] = { g_file_new_for_path (light_path), g_file_new_for_path (dark_path) };
  guint64 before[2], after[2];
  g_autofree char *cached = g_build_filename (cache, "quad-set.webm", NULL);
  GtkWidget *swatch = NULL;

  modified_times (files, 2, before);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_LIGHT);
  activate ("library.show", "s", "quad-set");
  wait_until (clip_shows, &(ClipShown) { files[0], FALSE }, "the light clip to show a light room");
  vastus_exercise_detail_get_legend (detail, &swatch);
  wait_until (is_laid_out, swatch, "the legend's swatch to be laid out");
  assert_swatch_colour (swatch, FALSE);

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  g_assert_true (adw_style_manager_get_dark (style));
  wait_until (clip_shows, &(ClipShown) { files[1], TRUE }, "the dark clip to show a dark room");
  g_assert_null (vastus_clip_view_get_message (clip));
  assert_swatch_colour (swatch, TRUE);

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_LIGHT);
  wait_until (clip_shows, &(ClipShown) { files[0], FALSE }, "the light clip to show a light room again");
  assert_swatch_colour (swatch, FALSE);

  /* The build's clips are played as they are; none is drawn into the cache. */
  modified_times (files, 2, after);
  g_assert_cmpuint (after[0], ==, before[0]);
  g_assert_cmpuint (after[1], ==, before[1]);
  g_assert_false (g_file_test (cached, G_FILE_TEST_EXISTS));

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
  g_object_unref (files[0]);
  g_object_unref (files[1]);
}

static void
test_window_size_saved (void)
{
  GSettings *settings = vastus_application_get_settings (app);

  gtk_window_set_default_size (GTK_WINDOW (window), 900, 610);
  gtk_window_close (GTK_WINDOW (window));
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 900);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 610);
}


/* "Use My Own Video…": its file dialog (GTK's own without a portal) has
 * the focus on one of its controls; Escape cancels, and the focus is back
 * on the button. */
static void
test_focus_own_video (void)
{
  VastusExerciseDetail *detail = vastus_library_page_get_detail (library);
  GtkWidget *button;
  GtkWindow *chooser;

  activate ("library.show", "s", "wall-sit-ball-squeeze");
  button = find_action_widget (GTK_WIDGET (detail), "detail.choose-video");
  g_assert_nonnull (button);
  wait_until (is_mapped, button, "Use My Own Video");
  g_assert_true (gtk_widget_grab_focus (button));
  g_assert_true (gtk_widget_activate_action (button, "detail.choose-video", NULL));
  chooser = wait_for_dialog (GTK_WINDOW (window), "the video's file dialog");
  g_assert_true (GTK_IS_FILE_CHOOSER (chooser));
  wait_for_focus_within (chooser, GTK_WIDGET (chooser), "a control of the file dialog");
  escape_closes (chooser);
  wait_for_focus (GTK_WINDOW (window), button, "Use My Own Video");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr (GError) error = NULL;
  int status;

  /* Before anything reads HOME or the XDG folders. */
  vastus_test_env_init ();

  vastus_test_ui_init (&argc, &argv);

  add_user_catalogue ();
  set_up_program_file ();
  app = vastus_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);
  g_application_hold (G_APPLICATION (app));

  window = vastus_window_new (GTK_APPLICATION (app), vastus_application_get_store (app));
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  gtk_window_present (GTK_WINDOW (window));
  wait_until (is_mapped, window, "the window to be mapped");
  vastus_window_show_page (window, "library");
  library = VASTUS_LIBRARY_PAGE (vastus_window_get_library (window));

  g_test_add_func ("/vastus/library/user-catalogue", test_user_catalogue);
  g_test_add_func ("/vastus/library/shows-catalogue", test_shows_catalogue);
  g_test_add_func ("/vastus/library/search", test_search);
  g_test_add_func ("/vastus/library/filters", test_filters);
  g_test_add_func ("/vastus/library/open-and-follow-harder", test_open_and_follow_harder);
  g_test_add_func ("/vastus/library/clip-plays", test_clip_plays);
  g_test_add_func ("/vastus/library/clip-frames-on-main-thread", test_clip_frames_on_main_thread);
  g_test_add_func ("/vastus/library/missing-clip", test_missing_clip);
  g_test_add_func ("/vastus/library/undecodable-clip", test_undecodable_clip);
  g_test_add_func ("/vastus/library/recorded-clip", test_recorded_clip);
  g_test_add_func ("/vastus/library/clip-link-outside", test_clip_link_outside);
  g_test_add_func ("/vastus/library/user-pose-rendered", test_user_pose_rendered);
  g_test_add_func ("/vastus/library/own-video", test_own_video);
  g_test_add_func ("/vastus/library/focus-own-video", test_focus_own_video);
  g_test_add_func ("/vastus/library/muscle-legend", test_muscle_legend);
  g_test_add_func ("/vastus/library/clip-follows-style", test_clip_follows_style);
  g_test_add_func ("/vastus/library/search-shortcut", test_search_shortcut);
  g_test_add_func ("/vastus/library/narrow", test_narrow);
  g_test_add_func ("/vastus/library/window-size-saved", test_window_size_saved);

  status = g_test_run ();

  g_application_release (G_APPLICATION (app));
  g_object_unref (app);
  return status;
}
