/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The floor for bench-session-cpu: a bare libadwaita window, at the size
 * Vastus opens at, looping one clip in a GtkVideo of the size the session
 * screen gives its clip there (444 × 333). */
#include <adwaita.h>

static char *clip;

/* GTK 4.8's GStreamer backend does not always loop by itself; Vastus's clip
 * view starts the clip again when it ends, and so does the floor. */
static void
ended_cb (GtkMediaStream *stream)
{
  if (gtk_media_stream_get_ended (stream))
    {
      gtk_media_stream_seek (stream, 0);
      gtk_media_stream_play (stream);
    }
}

static void
stream_cb (GtkVideo *video)
{
  GtkMediaStream *stream = gtk_video_get_media_stream (video);

  if (stream != NULL)
    g_signal_connect (stream, "notify::ended", G_CALLBACK (ended_cb), NULL);
}

static void
activate_cb (GApplication *app)
{
  GtkWidget *window = adw_application_window_new (GTK_APPLICATION (app));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *video = gtk_video_new_for_filename (clip);

  gtk_video_set_loop (GTK_VIDEO (video), TRUE);
  gtk_video_set_autoplay (GTK_VIDEO (video), TRUE);
  stream_cb (GTK_VIDEO (video));
  g_signal_connect (video, "notify::media-stream", G_CALLBACK (stream_cb), NULL);
  gtk_widget_set_size_request (video, 444, 333);
  gtk_widget_set_halign (video, GTK_ALIGN_START);
  gtk_widget_set_valign (video, GTK_ALIGN_CENTER);
  gtk_widget_set_vexpand (video, TRUE);
  gtk_widget_set_margin_start (video, 24);
  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  gtk_box_append (GTK_BOX (box), video);
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  gtk_window_set_default_size (GTK_WINDOW (window), 960, 680);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr (AdwApplication) app = NULL;

  if (argc != 2)
    {
      g_printerr ("usage: bench-session-floor CLIP\n");
      return 2;
    }
  clip = argv[1];
  app = adw_application_new ("io.github.vastus.SessionFloor", G_APPLICATION_NON_UNIQUE);
  g_signal_connect (app, "activate", G_CALLBACK (activate_cb), NULL);
  return g_application_run (G_APPLICATION (app), 1, argv);
}
