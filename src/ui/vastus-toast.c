/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "vastus-toast"

#include "config.h"

#include "vastus-toast.h"

#include <glib/gi18n.h>

/*
 * Toasts that time out by the window's frames, not the wall clock.
 *
 * libadwaita 1.2 frees a toast's state when it is dismissed during its
 * show animation, and the animation then finishes on freed memory (a crash).
 * The animation advances only when the window draws, the toast's own
 * timeout by the clock: a window that draws no frames for a while (hidden,
 * covered, or busy) lets the timeout win. So Vastus gives every toast no
 * timeout of its own and dismisses it itself, after its time counted in
 * frame time, when its show animation is long over; toasts queued one after
 * another are given their times one after another; and a toast dismissed
 * early (replaced, say) waits until its animation is over.
 */

#define SHOWING_US   (G_USEC_PER_SEC * 6 / 10)  /* the longest show animation, 500 ms, and a margin */
#define DEFAULT_S    5

typedef struct
{
  AdwToast  *toast;
  GtkWidget *host;
  gint64     added;      /* frame time of the first frame after it was added; 0 until then */
  gint64     starts;     /* when its own time starts, after the toasts before it */
  guint      seconds;    /* 0: until dismissed */
  gboolean   dismiss;    /* asked to go as soon as it safely can */
  gboolean   shown;      /* its show animation is over, a frame ago at least */
  guint      tick_id;    /* while it waits for its time; frames run meanwhile */
  gulong     dismissed_id;
} Watch;

static const char *watch_key = "vastus-toast-watch";
static const char *busy_key = "vastus-toast-busy-until";

static void
watch_free (gpointer data)
{
  Watch *watch = data;

  g_signal_handler_disconnect (watch->toast, watch->dismissed_id);
  g_object_set_data (G_OBJECT (watch->toast), watch_key, NULL);
  g_object_unref (watch->toast);
  g_free (watch);
}

/* Gone, however: by its close button, its action or Vastus. */
static void
dismissed_cb (AdwToast *toast,
              Watch    *watch)
{
  if (watch->tick_id != 0)
    gtk_widget_remove_tick_callback (watch->host, watch->tick_id);
}

static gboolean
tick_cb (GtkWidget     *widget,
         GdkFrameClock *clock,
         gpointer       data)
{
  Watch *watch = data;
  gint64 now = gdk_frame_clock_get_frame_time (clock);
  gint64 *busy = g_object_get_data (G_OBJECT (widget), busy_key);

  if (watch->added == 0)
    {
      watch->added = now;
      /* After the toasts before it have had their time. */
      watch->starts = MAX (now, busy != NULL ? *busy : 0);
      if (busy != NULL && watch->seconds > 0)
        *busy = watch->starts + SHOWING_US + watch->seconds * G_USEC_PER_SEC;
      return G_SOURCE_CONTINUE;
    }

  if (now - watch->added < SHOWING_US)
    return G_SOURCE_CONTINUE;
  /* One frame more: the animation's last frame may come after this one's
   * callback in the same frame. */
  if (!watch->shown)
    {
      watch->shown = TRUE;
      return G_SOURCE_CONTINUE;
    }
  if (watch->dismiss ||
      (watch->seconds > 0 && now >= watch->starts + SHOWING_US + watch->seconds * G_USEC_PER_SEC))
    {
      watch->tick_id = 0;
      adw_toast_dismiss (watch->toast);
      return G_SOURCE_REMOVE;
    }
  /* Shown until dismissed: nothing more to wait for, and no frames. */
  if (watch->seconds == 0)
    {
      watch->tick_id = 0;
      return G_SOURCE_REMOVE;
    }
  return G_SOURCE_CONTINUE;
}

/**
 * vastus_toast_show:
 * @host: an #AdwToastOverlay or an #AdwPreferencesWindow
 * @toast: (transfer full): the toast; its timeout is counted in the host's
 *   frames
 */
void
vastus_toast_show (GtkWidget *host,
                   AdwToast  *toast)
{
  Watch *watch;

  g_return_if_fail (ADW_IS_TOAST_OVERLAY (host) || ADW_IS_PREFERENCES_WINDOW (host));
  g_return_if_fail (ADW_IS_TOAST (toast));

  if (g_object_get_data (G_OBJECT (host), busy_key) == NULL)
    g_object_set_data_full (G_OBJECT (host), busy_key, g_new0 (gint64, 1), g_free);

  watch = g_new0 (Watch, 1);
  watch->toast = g_object_ref (toast);
  watch->host = host;
  watch->seconds = adw_toast_get_timeout (toast);
  adw_toast_set_timeout (toast, 0);
  g_object_set_data (G_OBJECT (toast), watch_key, watch);
  watch->dismissed_id = g_signal_connect (toast, "dismissed", G_CALLBACK (dismissed_cb), watch);

  if (ADW_IS_TOAST_OVERLAY (host))
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (host), toast);
  else
    adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (host), toast);
  watch->tick_id = gtk_widget_add_tick_callback (host, tick_cb, watch, watch_free);
}

/**
 * vastus_toast_dismiss:
 *
 * Dismisses a toast shown with vastus_toast_show() as soon as its show
 * animation is over: at once, if it is.
 */
void
vastus_toast_dismiss (AdwToast *toast)
{
  Watch *watch;

  g_return_if_fail (ADW_IS_TOAST (toast));

  watch = g_object_get_data (G_OBJECT (toast), watch_key);
  if (watch == NULL || watch->tick_id == 0)
    {
      adw_toast_dismiss (toast);
      return;
    }
  watch->dismiss = TRUE;
}

/**
 * vastus_toast_replace:
 * @current: (inout): the toast shown last, held as a weak pointer, which
 *   is pointed at the new toast
 * @undo_action: (nullable): the action of an Undo button
 *
 * Shows a toast in place of the one before, which goes as soon as it safely
 * can.
 */
void
vastus_toast_replace (GtkWidget   *host,
                      AdwToast   **current,
                      const char  *title,
                      const char  *undo_action)
{
  AdwToast *toast = adw_toast_new (title);

  if (*current != NULL)
    vastus_toast_dismiss (*current);
  /* The old toast, freed later, must not clear the pointer to the new. */
  g_clear_weak_pointer (current);
  if (undo_action != NULL)
    {
      adw_toast_set_button_label (toast, _("_Undo"));
      adw_toast_set_action_name (toast, undo_action);
    }
  g_set_weak_pointer (current, toast);
  vastus_toast_show (host, toast);
}
