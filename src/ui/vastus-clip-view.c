/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "vastus-clip-view"

#include "config.h"

#include "vastus-clip-view-private.h"

#include <glib/gi18n.h>

/*
 * An exercise's demo clip, muted and looping, or a clear message in its place
 * when it cannot be played: never a black box.
 */
struct _VastusClipView
{
  AdwBin          parent_instance;

  GtkMediaStream *stream;
  GFile          *light;       /* a drawn clip in the light and the dark palette */
  GFile          *dark;
  char           *message;
  gboolean        paused;      /* by the person, with the button */

  GtkStack       *stack;
  GtkPicture     *picture;
  GtkButton      *play_button;
  GtkLabel       *title_label;
  GtkLabel       *message_label;
};

G_DEFINE_FINAL_TYPE (VastusClipView, vastus_clip_view, ADW_TYPE_BIN)

static void
stream_error_cb (VastusClipView *self)
{
  const GError *error = gtk_media_stream_get_error (self->stream);
  g_autofree char *message = NULL;

  if (error == NULL)
    return;

  message = g_strdup_printf (_("The clip could not be played: %s"), error->message);
  vastus_clip_view_show_message (self, _("Clip Unavailable"), message);
}

/* Loop again at the end, should the stream not loop by itself. */
static void
stream_ended_cb (VastusClipView *self)
{
  if (gtk_media_stream_get_ended (self->stream) && gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      gtk_media_stream_seek (self->stream, 0);
      gtk_media_stream_play (self->stream);
    }
}

static void
drop_stream (VastusClipView *self)
{
  if (self->stream != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->stream, self);
      gtk_media_stream_pause (self->stream);
    }
  gtk_picture_set_paintable (self->picture, NULL);
  g_clear_object (&self->stream);
}

static void
update_button (VastusClipView *self)
{
  gboolean playing = self->stream != NULL && gtk_media_stream_get_playing (self->stream);

  gtk_button_set_icon_name (self->play_button,
                            playing ? "media-playback-pause-symbolic" : "media-playback-start-symbolic");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->play_button),
                               playing ? _("Pause the Clip") : _("Play the Clip"));
  /* GTK 4.8 names an icon button by its image's type, never by its tooltip. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->play_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  playing ? _("Pause the Clip") : _("Play the Clip"), -1);
}

static void
play_pause_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  VastusClipView *self = VASTUS_CLIP_VIEW (widget);

  if (self->stream == NULL)
    return;

  self->paused = gtk_media_stream_get_playing (self->stream);
  if (self->paused)
    gtk_media_stream_pause (self->stream);
  else
    gtk_media_stream_play (self->stream);
}

/* Plays only while on screen: a clip on a page out of sight costs nothing. */
static void
vastus_clip_view_map (GtkWidget *widget)
{
  VastusClipView *self = VASTUS_CLIP_VIEW (widget);

  GTK_WIDGET_CLASS (vastus_clip_view_parent_class)->map (widget);
  if (self->stream != NULL && !self->paused)
    gtk_media_stream_play (self->stream);
}

static void
vastus_clip_view_unmap (GtkWidget *widget)
{
  VastusClipView *self = VASTUS_CLIP_VIEW (widget);

  if (self->stream != NULL)
    gtk_media_stream_pause (self->stream);
  GTK_WIDGET_CLASS (vastus_clip_view_parent_class)->unmap (widget);
}

static void play_file (VastusClipView *self, GFile *file);

/* The clip in the palette of the style now in use. */
static GFile *
styled_file (VastusClipView *self)
{
  if (self->dark != NULL && adw_style_manager_get_dark (adw_style_manager_get_default ()) &&
      g_file_query_exists (self->dark, NULL))
    return self->dark;
  return self->light;
}

static void
dark_changed_cb (VastusClipView *self)
{
  gboolean paused = self->paused;

  if (self->stream == NULL || self->dark == NULL)
    return;

  play_file (self, styled_file (self));
  self->paused = paused;
  if (paused && self->stream != NULL)
    gtk_media_stream_pause (self->stream);
}

static void
vastus_clip_view_dispose (GObject *object)
{
  VastusClipView *self = VASTUS_CLIP_VIEW (object);

  drop_stream (self);
  g_clear_object (&self->light);
  g_clear_object (&self->dark);
  g_clear_pointer (&self->message, g_free);

  G_OBJECT_CLASS (vastus_clip_view_parent_class)->dispose (object);
}

static void
vastus_clip_view_class_init (VastusClipViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vastus_clip_view_dispose;
  widget_class->map = vastus_clip_view_map;
  widget_class->unmap = vastus_clip_view_unmap;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/vastus/vastus/ui/vastus-clip-view.ui");
  gtk_widget_class_bind_template_child (widget_class, VastusClipView, stack);
  gtk_widget_class_bind_template_child (widget_class, VastusClipView, picture);
  gtk_widget_class_bind_template_child (widget_class, VastusClipView, play_button);
  gtk_widget_class_bind_template_child (widget_class, VastusClipView, title_label);
  gtk_widget_class_bind_template_child (widget_class, VastusClipView, message_label);

  gtk_widget_class_install_action (widget_class, "clip.play-pause", NULL, play_pause_action);
}

static void
vastus_clip_view_init (VastusClipView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark", G_CALLBACK (dark_changed_cb), self,
                           G_CONNECT_SWAPPED);
}

/**
 * vastus_clip_view_set_file:
 * @file: a clip anything GStreamer decodes
 *
 * Plays @file, muted and looping, whenever the view is on screen.
 */
/**
 * vastus_clip_view_set_drawn:
 * @light: a drawn clip in the light style's palette
 * @dark: (nullable): the same clip in the dark style's palette
 *
 * Plays the clip in the palette of the style in use, and switches when the
 * style does, without drawing anything anew.
 */
void
vastus_clip_view_set_drawn (VastusClipView *self,
                            GFile          *light,
                            GFile          *dark)
{
  g_return_if_fail (VASTUS_IS_CLIP_VIEW (self));
  g_return_if_fail (G_IS_FILE (light));

  g_set_object (&self->light, light);
  g_set_object (&self->dark, dark);
  play_file (self, styled_file (self));
}

void
vastus_clip_view_set_file (VastusClipView *self,
                           GFile          *file)
{
  g_return_if_fail (VASTUS_IS_CLIP_VIEW (self));
  g_return_if_fail (G_IS_FILE (file));

  vastus_clip_view_set_drawn (self, file, NULL);
}

static void
play_file (VastusClipView *self,
           GFile          *file)
{
  drop_stream (self);
  g_clear_pointer (&self->message, g_free);

  if (!g_file_query_exists (file, NULL))
    {
      g_autofree char *path = g_file_get_parse_name (file);
      g_autofree char *message = g_strdup_printf (_("The clip file is missing: %s"), path);

      vastus_clip_view_show_message (self, _("Clip Unavailable"), message);
      return;
    }

  self->stream = gtk_media_file_new_for_file (file);
  self->paused = FALSE;
  gtk_media_stream_set_muted (self->stream, TRUE);
  gtk_media_stream_set_loop (self->stream, TRUE);
  g_signal_connect_swapped (self->stream, "notify::error", G_CALLBACK (stream_error_cb), self);
  g_signal_connect_swapped (self->stream, "notify::ended", G_CALLBACK (stream_ended_cb), self);
  g_signal_connect_swapped (self->stream, "notify::playing", G_CALLBACK (update_button), self);
  gtk_picture_set_paintable (self->picture, GDK_PAINTABLE (self->stream));
  gtk_stack_set_visible_child_name (self->stack, "video");
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    gtk_media_stream_play (self->stream);
  update_button (self);
}

/**
 * vastus_clip_view_show_message:
 *
 * Shows why there is no clip, in place of one.
 */
void
vastus_clip_view_show_message (VastusClipView *self,
                               const char     *title,
                               const char     *message)
{
  g_return_if_fail (VASTUS_IS_CLIP_VIEW (self));

  drop_stream (self);
  g_clear_object (&self->light);
  g_clear_object (&self->dark);
  g_free (self->message);
  self->message = g_strdup (message);
  gtk_label_set_label (self->title_label, title);
  gtk_label_set_label (self->message_label, message);
  gtk_stack_set_visible_child_name (self->stack, "message");
}

/**
 * vastus_clip_view_get_stream:
 *
 * Returns: (transfer none) (nullable): the clip's stream, while one is shown
 */
GtkMediaStream *
vastus_clip_view_get_stream (VastusClipView *self)
{
  g_return_val_if_fail (VASTUS_IS_CLIP_VIEW (self), NULL);
  return self->stream;
}

/**
 * vastus_clip_view_get_message:
 *
 * Returns: (nullable): why no clip is shown
 */
const char *
vastus_clip_view_get_message (VastusClipView *self)
{
  g_return_val_if_fail (VASTUS_IS_CLIP_VIEW (self), NULL);
  return self->message;
}
