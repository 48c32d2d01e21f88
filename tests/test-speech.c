/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib.h>
#include <stdlib.h>

#include "vastus-speech-private.h"
#include "vastus-test-env.h"

/*
 * The coach's voice: espeak-ng's words as samples, in English when there is
 * no voice for a language; played through a sink, none while muted; and no
 * voice data or no audio output is silence, said once in the log, never a
 * crash.
 */

static gboolean
timed_out_cb (gpointer data)
{
  g_error ("timed out waiting for the words to be made");
  return G_SOURCE_REMOVE;
}

/* Runs the main loop until the worker thread has handed every text back. */
static void
wait_for_words (VastusSpeech *speech,
                guint         n_played)
{
  guint guard = g_timeout_add_seconds (60, timed_out_cb, NULL);

  while (vastus_speech_get_n_pending (speech) > 0 || vastus_speech_get_n_played (speech) < n_played)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (guard);
}

static void
test_synthesize (void)
{
  g_autoptr (GError) error = NULL;
  g_autofree gint16 *rest = NULL;
  g_autofree gint16 *other = NULL;
  g_autofree gint16 *unknown = NULL;
  gsize n_rest = 0, n_other = 0, n_unknown = 0;
  guint rate = 0;
  gint16 peak = 0;

  rest = vastus_speech_synthesize ("Rest.", "en", &rate, &n_rest, &error);
  g_assert_no_error (error);
  g_assert_nonnull (rest);
  g_assert_cmpuint (rate, >=, 8000);
  /* A short word: more than a tenth of a second, less than three. */
  g_assert_cmpuint (n_rest, >, rate / 10);
  g_assert_cmpuint (n_rest, <, rate * 3);
  for (gsize i = 0; i < n_rest; i++)
    peak = MAX (peak, ABS (rest[i]));
  g_assert_cmpint (peak, >, 1000);

  /* Longer words take longer to say. */
  other = vastus_speech_synthesize ("Switch to your left leg.", "en", &rate, &n_other, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_other, >, n_rest);

  /* A language espeak-ng has no voice for is said in English. */
  unknown = vastus_speech_synthesize ("Rest.", "xx-nowhere", &rate, &n_unknown, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_unknown, >, 0);
}

static void
test_play (void)
{
  g_autoptr (VastusSpeech) speech = vastus_speech_new_with_sink ("en", "fakesink");

  vastus_speech_say (speech, "Halfway.");
  g_assert_cmpuint (vastus_speech_get_n_pending (speech), ==, 1);
  wait_for_words (speech, 1);
  g_assert_cmpuint (vastus_speech_get_n_played (speech), ==, 1);
  g_assert_true (vastus_speech_get_available (speech));

  /* Muted: nothing is said, nor asked of the synthesiser. */
  vastus_speech_set_muted (speech, TRUE);
  vastus_speech_say (speech, "Rest.");
  g_assert_cmpuint (vastus_speech_get_n_pending (speech), ==, 0);
  g_assert_cmpuint (vastus_speech_get_said (speech)->len, ==, 1);
  vastus_speech_set_muted (speech, FALSE);

  /* Newer words cut older ones short. */
  vastus_speech_say (speech, "Wall sit. 3 holds of 30 seconds.");
  vastus_speech_say (speech, "Rest.");
  wait_for_words (speech, 2);
  g_assert_cmpuint (vastus_speech_get_said (speech)->len, ==, 3);
  g_assert_cmpuint (vastus_speech_get_n_played (speech), ==, 2);
}

/* In a process of its own: espeak-ng is set up once a process. */
static void
test_no_voice_data (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr (VastusSpeech) speech = NULL;
      g_autofree char *empty = g_dir_make_tmp ("vastus-no-voices-XXXXXX", NULL);

      /* A folder that is there, without the data: a missing one would be
       * passed over for the system's. */
      g_assert_nonnull (empty);
      g_setenv ("ESPEAK_DATA_PATH", empty, TRUE);
      speech = vastus_speech_new_with_sink ("en", "fakesink");
      vastus_speech_say (speech, "Rest.");
      wait_for_words (speech, 0);
      g_assert_false (vastus_speech_get_available (speech));
      vastus_speech_say (speech, "Halfway.");
      wait_for_words (speech, 0);
      g_assert_cmpuint (vastus_speech_get_n_played (speech), ==, 0);
      g_rmdir (empty);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stderr ("*Spoken cues are silent: espeak-ng could not start*");
  /* Said once, not at every cue. */
  g_test_trap_assert_stderr_unmatched ("*Spoken cues are silent*Spoken cues are silent*");
}

static void
test_no_audio_output (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr (VastusSpeech) speech = vastus_speech_new_with_sink ("en", "vastus-no-such-sink");

      vastus_speech_say (speech, "Rest.");
      wait_for_words (speech, 0);
      g_assert_false (vastus_speech_get_available (speech));
      g_assert_cmpuint (vastus_speech_get_n_played (speech), ==, 0);
      /* Tried again only later: nothing asked of the synthesiser now. */
      vastus_speech_say (speech, "Halfway.");
      g_assert_cmpuint (vastus_speech_get_n_pending (speech), ==, 0);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stderr ("*Spoken cues are silent: no audio output*");
}

int
main (int   argc,
      char *argv[])
{
  vastus_test_env_init ();
  g_test_init (&argc, &argv, NULL);

#ifdef HAVE_ESPEAK_NG
  g_test_add_func ("/speech/synthesize", test_synthesize);
  g_test_add_func ("/speech/play", test_play);
  g_test_add_func ("/speech/no-voice-data", test_no_voice_data);
#endif
  g_test_add_func ("/speech/no-audio-output", test_no_audio_output);

  return g_test_run ();
}
