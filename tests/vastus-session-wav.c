/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <stdlib.h>

#include "vastus-application-private.h"
#include "vastus-session-view-private.h"
#include "vastus-speech-private.h"
#include "vastus-window-private.h"
#include "vastus-test-env.h"
#include "vastus-test-ui.h"

/*
 * vastus-session-wav FILE [SECONDS]: what a person hears in the first
 * SECONDS (120 unless told) of a session of the gentle programme, tones and
 * spoken words mixed, as a WAV file. The real window runs the session on a
 * fake clock, run fast; the sounds go to a recorder at the clock's time
 * instead of the audio output. Prints each sound's start and end, in
 * seconds, and what it was, a line each: tests/session-wav.py checks with
 * sox that there is sound there and silence elsewhere.
 */

#define S ((gint64) G_USEC_PER_SEC)
/* Deadlines within a tick still fire at their own time: the tick only sets
 * how often the screen and the main loop get a turn. */
#define TICK G_USEC_PER_SEC

static gboolean
speech_done (gpointer data)
{
  VastusSpeech *speech = data;

  return vastus_speech_get_n_pending (speech) == 0;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr (GError) error = NULL;
  g_autoptr (VastusApplication) app = NULL;
  g_autoptr (VastusClock) clock = NULL;
  g_autoptr (VastusRecorder) recorder = NULL;
  VastusWindow *window;
  VastusSessionView *view;
  VastusSpeech *speech;
  guint n_played;
  double seconds = 120;
  gint64 end, counted_since = -1;

  /* Folders of its own: the person's own programme is never read. */
  vastus_test_env_init ();

  if (argc < 2 || argc > 3 || (argc == 3 && (seconds = g_ascii_strtod (argv[2], NULL)) <= 0))
    {
      g_printerr ("usage: vastus-session-wav FILE.wav [SECONDS]\n");
      return 2;
    }

  gtk_init ();
  adw_init ();
  /* Held for the whole run, as g_application_run() holds it: see
   * vastus_test_ui_init() in vastus-test-ui.h. */
  if (!g_main_context_acquire (NULL))
    g_error ("the main context is held by another thread");

  set_up_program_file ();
  clock = vastus_fake_clock_new (1000 * S);
  app = vastus_application_new ();
  vastus_application_set_clock (app, clock);
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  if (!g_application_register (G_APPLICATION (app), NULL, &error))
    g_error ("%s", error->message);
  g_application_hold (G_APPLICATION (app));

  window = vastus_window_new (GTK_APPLICATION (app), vastus_application_get_store (app));
  gtk_window_present (GTK_WINDOW (window));
  wait_until (is_mapped, window, "the window to be mapped");

  view = VASTUS_SESSION_VIEW (vastus_window_get_session_view (window));
  recorder = vastus_recorder_new (clock);
  vastus_session_view_set_recorder (view, recorder);
  speech = vastus_session_view_get_speech (view);

  if (!gtk_widget_activate_action (GTK_WIDGET (window), "win.start-session", NULL))
    g_error ("no session to start");

  end = vastus_clock_now (clock) + (gint64) (seconds * S);
  while (vastus_clock_now (clock) < end)
    {
      VastusSession *session = vastus_session_view_get_session (view);
      const VastusPlanStep *step = vastus_session_get_step (session);

      vastus_fake_clock_advance (VASTUS_FAKE_CLOCK (clock), TICK);
      for (guint i = 0; i < 4 && g_main_context_iteration (NULL, FALSE); i++)
        ;
      /* The words are made on another thread, however slowly: waited for,
       * so that they are placed at the moment they were asked for. */
      wait_until (speech_done, speech, "the words to be made");

      /* Reps at one's own pace: Done, after 3 s a rep. */
      if (step->phase == VASTUS_PHASE_WORK && step->work == VASTUS_WORK_COUNTED)
        {
          if (counted_since < 0)
            counted_since = vastus_clock_now (clock);
          else if (vastus_clock_now (clock) - counted_since >= (gint64) step->reps * 3 * S)
            {
              gtk_widget_activate_action (GTK_WIDGET (view), "session.done", NULL);
              counted_since = -1;
            }
        }
      else
        counted_since = -1;
    }

  if (!vastus_recorder_write_wav (recorder, argv[1], (gint64) (seconds * S), &error))
    g_error ("%s", error->message);
  g_print ("%s", vastus_recorder_get_log (recorder));

  /* No words at all: no synthesiser, or no voice data. */
  n_played = vastus_speech_get_n_played (speech);
  vastus_session_view_set_recorder (view, NULL);
  g_application_release (G_APPLICATION (app));
  gtk_window_destroy (GTK_WINDOW (window));
  return n_played > 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
