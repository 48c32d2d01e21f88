/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>

#include "vastus-test-env.h"
#include "vastus-test-ui.h"
#include "vastus-toast.h"

/*
 * Toasts time out by the window's frames: dismissed only once their show
 * animation is over, even when the window drew nothing for a while, as
 * libadwaita 1.2 crashes on a toast dismissed during that animation.
 */

typedef struct
{
  GtkWidget *window;
  GtkWidget *overlay;
  gint64     first_frame;   /* frame time of the first frame after the toast */
  gint64     dismissed_at;  /* frame time when it was dismissed, 0 before */
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->window = adw_window_new ();
  fixture->overlay = adw_toast_overlay_new ();
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (fixture->overlay), gtk_label_new ("Vastus"));
  adw_window_set_content (ADW_WINDOW (fixture->window), fixture->overlay);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 400, 300);
  gtk_window_present (GTK_WINDOW (fixture->window));
  wait_until (is_mapped, fixture->overlay, "the window to be shown");
  fixture->first_frame = 0;
  fixture->dismissed_at = 0;
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static gint64
frame_time (Fixture *fixture)
{
  return gdk_frame_clock_get_frame_time (gtk_widget_get_frame_clock (fixture->overlay));
}

static gboolean
first_tick_cb (GtkWidget     *widget,
               GdkFrameClock *clock,
               gpointer       data)
{
  Fixture *fixture = data;

  fixture->first_frame = gdk_frame_clock_get_frame_time (clock);
  return G_SOURCE_REMOVE;
}

static void
dismissed_cb (AdwToast *toast,
              Fixture  *fixture)
{
  if (fixture->dismissed_at == 0)
    fixture->dismissed_at = frame_time (fixture);
}

static gboolean
is_dismissed (gpointer data)
{
  return ((Fixture *) data)->dismissed_at != 0;
}

static AdwToast *
show (Fixture *fixture,
      guint    seconds)
{
  AdwToast *toast = adw_toast_new ("Pain log saved");

  adw_toast_set_timeout (toast, seconds);
  g_signal_connect (toast, "dismissed", G_CALLBACK (dismissed_cb), fixture);
  vastus_toast_show (fixture->overlay, toast);
  gtk_widget_add_tick_callback (fixture->overlay, first_tick_cb, fixture, NULL);
  return toast;
}

/* Its time counts from the first frame, in frames: a window that drew
 * nothing for longer than the toast's time does not dismiss it at once. */
static void
test_time_in_frames (Fixture       *fixture,
                     gconstpointer  data)
{
  AdwToast *toast = show (fixture, 1);

  g_assert_cmpuint (adw_toast_get_timeout (toast), ==, 0);
  /* The window is busy before its first frame with the toast. */
  g_usleep (2 * G_USEC_PER_SEC);
  g_main_context_iteration (NULL, FALSE);
  g_assert_cmpint (fixture->dismissed_at, ==, 0);
  wait_until (is_dismissed, fixture, "the toast to go");
  g_assert_cmpint (fixture->first_frame, >, 0);
  g_assert_cmpint (fixture->dismissed_at - fixture->first_frame, >=, 16 * G_USEC_PER_SEC / 10);
}

/* Dismissed at once: it goes when its show animation is over, not before. */
static void
test_dismissed_early (Fixture       *fixture,
                      gconstpointer  data)
{
  AdwToast *toast = show (fixture, 5);

  vastus_toast_dismiss (toast);
  g_assert_cmpint (fixture->dismissed_at, ==, 0);
  wait_until (is_dismissed, fixture, "the toast to go");
  g_assert_cmpint (fixture->dismissed_at - fixture->first_frame, >=, 6 * G_USEC_PER_SEC / 10);
  g_assert_cmpint (fixture->dismissed_at - fixture->first_frame, <, 5 * G_USEC_PER_SEC);
}

int
main (int   argc,
      char *argv[])
{
  vastus_test_env_init ();
  vastus_test_ui_init (&argc, &argv);

  g_test_add ("/vastus/toast/time-in-frames", Fixture, NULL, fixture_set_up, test_time_in_frames, fixture_tear_down);
  g_test_add ("/vastus/toast/dismissed-early", Fixture, NULL, fixture_set_up, test_dismissed_early, fixture_tear_down);

  return g_test_run ();
}
