/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib.h>
#include <gst/base/gstbasesink.h>
#include <gst/gst.h>
#include <string.h>

#include "vastus-sound-private.h"
#include "vastus-test-env.h"

/* Cues are soft, click-free tones, and a missing audio output is no error. */

#define RATE 48000

static gint16
peak (const gint16 *samples,
      gsize         n_samples)
{
  gint16 max = 0;

  for (gsize i = 0; i < n_samples; i++)
    max = MAX (max, ABS (samples[i]));
  return max;
}

static void
test_render (void)
{
  gint16 *samples[VASTUS_SOUND_N_CUES];
  gsize lengths[VASTUS_SOUND_N_CUES];

  for (guint cue = 0; cue < VASTUS_SOUND_N_CUES; cue++)
    {
      gsize n;

      samples[cue] = vastus_sound_render_cue (cue, RATE, &lengths[cue]);
      n = lengths[cue];
      g_assert_nonnull (samples[cue]);
      g_assert_cmpuint (n, >=, RATE * 30 / 1000);
      g_assert_cmpuint (n, <=, RATE);
      g_assert_cmpint (peak (samples[cue], n), <=, (gint16) (0.55 * 32767));
      g_assert_cmpint (peak (samples[cue], n), >, 0);
      /* Faded in and out: no click at either end. */
      g_assert_cmpint (ABS (samples[cue][0]), <=, 327);
      g_assert_cmpint (ABS (samples[cue][n - 1]), <=, 327);
    }

  for (guint a = 0; a < VASTUS_SOUND_N_CUES; a++)
    for (guint b = a + 1; b < VASTUS_SOUND_N_CUES; b++)
      if (lengths[a] == lengths[b] && memcmp (samples[a], samples[b], lengths[a] * sizeof (gint16)) == 0)
        g_error ("cues %u and %u sound the same", a, b);

  g_assert_cmpint (peak (samples[VASTUS_SOUND_TEMPO], lengths[VASTUS_SOUND_TEMPO]), <,
                   peak (samples[VASTUS_SOUND_WORK], lengths[VASTUS_SOUND_WORK]));
  g_assert_cmpint (peak (samples[VASTUS_SOUND_HALFWAY], lengths[VASTUS_SOUND_HALFWAY]), <,
                   peak (samples[VASTUS_SOUND_WORK], lengths[VASTUS_SOUND_WORK]));

  for (guint cue = 0; cue < VASTUS_SOUND_N_CUES; cue++)
    g_free (samples[cue]);
}

/* The countdown tick is a 660 Hz beep of about 90 ms, whatever the rate. */
static void
test_render_pitch (void)
{
  static const guint rates[] = { 48000, 44100 };

  for (guint r = 0; r < G_N_ELEMENTS (rates); r++)
    {
      gsize n;
      g_autofree gint16 *samples = vastus_sound_render_cue (VASTUS_SOUND_COUNTDOWN, rates[r], &n);
      guint crossings = 0;
      double seconds = (double) n / rates[r];

      g_assert_cmpfloat_with_epsilon (seconds, 0.090, 0.005);
      for (gsize i = 1; i < n; i++)
        if ((samples[i - 1] < 0) != (samples[i] < 0))
          crossings++;
      g_assert_cmpfloat_with_epsilon (crossings / (2.0 * seconds), 660.0, 25.0);
    }
}

static gboolean
timed_out_cb (gpointer user_data)
{
  gboolean *timed_out = user_data;

  *timed_out = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main context until every cue has ended, at most 5 s. */
static void
wait_for_silence (VastusSound *sound,
                  guint       *max_active)
{
  gboolean timed_out = FALSE;
  guint timeout_id = g_timeout_add_seconds (5, timed_out_cb, &timed_out);

  while (vastus_sound_get_n_active (sound) > 0 && !timed_out)
    {
      g_main_context_iteration (NULL, TRUE);
      if (max_active != NULL)
        *max_active = MAX (*max_active, vastus_sound_get_n_active (sound));
    }

  if (timed_out)
    g_error ("%u cues were still playing after 5 s", vastus_sound_get_n_active (sound));
  g_source_remove (timeout_id);
}

static void
test_play (void)
{
  g_autoptr (VastusSound) sound = vastus_sound_new_with_sink ("fakesink");

  g_assert_true (gst_is_initialized ());
  vastus_sound_play (sound, VASTUS_SOUND_WORK);
  for (guint i = 0; i < 3; i++)
    vastus_sound_play (sound, VASTUS_SOUND_COUNTDOWN);
  g_assert_cmpuint (vastus_sound_get_n_active (sound), ==, 4);

  wait_for_silence (sound, NULL);

  g_assert_cmpuint (vastus_sound_get_n_played (sound), ==, 4);
  g_assert_cmpuint (vastus_sound_get_n_active (sound), ==, 0);
  g_assert_true (vastus_sound_get_available (sound));

  /* Every cue plays, one after the other too. */
  for (guint cue = 0; cue < VASTUS_SOUND_N_CUES; cue++)
    {
      vastus_sound_play (sound, cue);
      wait_for_silence (sound, NULL);
    }
  g_assert_cmpuint (vastus_sound_get_n_played (sound), ==, 4 + VASTUS_SOUND_N_CUES);
  g_assert_true (vastus_sound_get_available (sound));
}

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 gpointer    user_data)
{
  guint *count = user_data;

  (*count)++;
}

static void
test_muted (void)
{
  g_autoptr (VastusSound) sound = vastus_sound_new_with_sink ("fakesink");
  guint notified = 0;
  gboolean muted = FALSE;

  g_assert_false (vastus_sound_get_muted (sound));
  g_signal_connect (sound, "notify::muted", G_CALLBACK (count_notify_cb), &notified);

  vastus_sound_set_muted (sound, TRUE);
  vastus_sound_set_muted (sound, TRUE);
  g_assert_cmpuint (notified, ==, 1);
  g_object_get (sound, "muted", &muted, NULL);
  g_assert_true (muted);

  for (guint cue = 0; cue < VASTUS_SOUND_N_CUES; cue++)
    vastus_sound_play (sound, cue);
  g_assert_cmpuint (vastus_sound_get_n_active (sound), ==, 0);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpuint (vastus_sound_get_n_played (sound), ==, 0);
  g_assert_cmpuint (vastus_sound_get_n_active (sound), ==, 0);

  /* Muting stops what is playing; unmuting plays again. */
  g_object_set (sound, "muted", FALSE, NULL);
  g_assert_cmpuint (notified, ==, 2);
  vastus_sound_play (sound, VASTUS_SOUND_FINISH);
  g_assert_cmpuint (vastus_sound_get_n_active (sound), ==, 1);
  vastus_sound_set_muted (sound, TRUE);
  g_assert_cmpuint (vastus_sound_get_n_active (sound), ==, 0);
  while (g_main_context_iteration (NULL, FALSE))
    ;

  vastus_sound_set_muted (sound, FALSE);
  vastus_sound_play (sound, VASTUS_SOUND_FINISH);
  wait_for_silence (sound, NULL);
  g_assert_cmpuint (vastus_sound_get_n_active (sound), ==, 0);
  g_assert_cmpuint (vastus_sound_get_n_played (sound), >=, 1);
}

/* No sink: silence, and no warning (warnings are fatal in tests). */
static void
test_broken_sink (void)
{
  g_autoptr (VastusSound) sound = vastus_sound_new_with_sink ("no-such-sink-factory");

  g_assert_true (vastus_sound_get_available (sound));
  vastus_sound_play (sound, VASTUS_SOUND_WORK);
  g_assert_false (vastus_sound_get_available (sound));
  g_assert_cmpuint (vastus_sound_get_n_played (sound), ==, 0);
  g_assert_cmpuint (vastus_sound_get_n_active (sound), ==, 0);

  /* Not tried again at once. */
  for (guint cue = 0; cue < VASTUS_SOUND_N_CUES; cue++)
    vastus_sound_play (sound, cue);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_false (vastus_sound_get_available (sound));
  g_assert_cmpuint (vastus_sound_get_n_played (sound), ==, 0);
  g_assert_cmpuint (vastus_sound_get_n_active (sound), ==, 0);
}

/* A sink that is no audio sink cannot be linked: silence again. */
static void
test_wrong_sink (void)
{
  g_autoptr (VastusSound) sound = vastus_sound_new_with_sink ("appsrc");

  vastus_sound_play (sound, VASTUS_SOUND_COUNTDOWN);
  g_assert_false (vastus_sound_get_available (sound));
  g_assert_cmpuint (vastus_sound_get_n_played (sound), ==, 0);
  g_assert_cmpuint (vastus_sound_get_n_active (sound), ==, 0);
}

/* Test sinks for an audio device that fails: one whose device is gone
 * once the first sound reaches it, which says so on the bus, and one that
 * cannot even be opened, so that starting the pipeline fails. */
typedef struct { GstBaseSink parent_instance; } VastusGoneSink;
typedef struct { GstBaseSinkClass parent_class; } VastusGoneSinkClass;
typedef struct { VastusGoneSink parent_instance; } VastusClosedSink;
typedef struct { VastusGoneSinkClass parent_class; } VastusClosedSinkClass;

GType vastus_gone_sink_get_type (void);
GType vastus_closed_sink_get_type (void);

G_DEFINE_TYPE (VastusGoneSink, vastus_gone_sink, GST_TYPE_BASE_SINK)
G_DEFINE_TYPE (VastusClosedSink, vastus_closed_sink, vastus_gone_sink_get_type ())

static GstStaticPadTemplate sink_template =
  GST_STATIC_PAD_TEMPLATE ("sink", GST_PAD_SINK, GST_PAD_ALWAYS, GST_STATIC_CAPS ("audio/x-raw"));

static GstFlowReturn
vastus_gone_sink_preroll (GstBaseSink *sink,
                          GstBuffer   *buffer)
{
  GST_ELEMENT_ERROR (sink, RESOURCE, WRITE, ("The test audio device is gone"), (NULL));
  return GST_FLOW_ERROR;
}

static void
vastus_gone_sink_class_init (VastusGoneSinkClass *klass)
{
  GstElementClass *element_class = GST_ELEMENT_CLASS (klass);

  GST_BASE_SINK_CLASS (klass)->preroll = vastus_gone_sink_preroll;
  gst_element_class_add_static_pad_template (element_class, &sink_template);
  gst_element_class_set_static_metadata (element_class, "Gone sink", "Sink/Audio",
                                         "Fails once it has a buffer", "Vastus");
}

static void
vastus_gone_sink_init (VastusGoneSink *self)
{
}

static gboolean
vastus_closed_sink_start (GstBaseSink *sink)
{
  GST_ELEMENT_ERROR (sink, RESOURCE, OPEN_WRITE, ("There is no test audio device"), (NULL));
  return FALSE;
}

static void
vastus_closed_sink_class_init (VastusClosedSinkClass *klass)
{
  GST_BASE_SINK_CLASS (klass)->start = vastus_closed_sink_start;
}

static void
vastus_closed_sink_init (VastusClosedSink *self)
{
}

/* After GStreamer is initialised, by the first VastusSound. */
static void
register_test_sinks (void)
{
  g_assert_true (gst_is_initialized ());
  g_assert_true (gst_element_register (NULL, "vastus-gone-sink", GST_RANK_NONE,
                                       vastus_gone_sink_get_type ()));
  g_assert_true (gst_element_register (NULL, "vastus-closed-sink", GST_RANK_NONE,
                                       vastus_closed_sink_get_type ()));
}

/* The device fails while playing: the bus says so, and the cues go quiet. */
static void
test_device_gone (void)
{
  g_autoptr (VastusSound) sound = vastus_sound_new_with_sink ("vastus-gone-sink");

  register_test_sinks ();

  vastus_sound_play (sound, VASTUS_SOUND_WORK);
  vastus_sound_play (sound, VASTUS_SOUND_COUNTDOWN);
  g_assert_true (vastus_sound_get_available (sound));
  wait_for_silence (sound, NULL);
  g_assert_false (vastus_sound_get_available (sound));
  g_assert_cmpuint (vastus_sound_get_n_played (sound), ==, 0);

  /* Not tried again at once. */
  vastus_sound_play (sound, VASTUS_SOUND_WORK);
  g_assert_cmpuint (vastus_sound_get_n_active (sound), ==, 0);
  g_assert_false (vastus_sound_get_available (sound));
}

/* The device cannot be opened: starting the pipeline fails. */
static void
test_device_closed (void)
{
  g_autoptr (VastusSound) sound = vastus_sound_new_with_sink ("vastus-closed-sink");

  vastus_sound_play (sound, VASTUS_SOUND_SWITCH);
  g_assert_false (vastus_sound_get_available (sound));
  g_assert_cmpuint (vastus_sound_get_n_active (sound), ==, 0);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpuint (vastus_sound_get_n_played (sound), ==, 0);
  g_assert_cmpuint (vastus_sound_get_n_active (sound), ==, 0);
}

static void
test_at_most_four (void)
{
  g_autoptr (VastusSound) sound = vastus_sound_new_with_sink ("fakesink");
  guint max_active = 0;

  for (guint i = 0; i < 6; i++)
    {
      vastus_sound_play (sound, i % VASTUS_SOUND_N_CUES);
      max_active = MAX (max_active, vastus_sound_get_n_active (sound));
    }
  g_assert_cmpuint (vastus_sound_get_n_active (sound), ==, 4);

  wait_for_silence (sound, &max_active);
  g_assert_cmpuint (max_active, <=, 4);
  g_assert_cmpuint (vastus_sound_get_n_played (sound), <=, 6);
  g_assert_true (vastus_sound_get_available (sound));
}

/* Dropped while cues play: their pipelines go too, and nothing fires later. */
static void
test_dispose_while_playing (void)
{
  VastusSound *sound = vastus_sound_new_with_sink ("fakesink");

  vastus_sound_play (sound, VASTUS_SOUND_FINISH);
  vastus_sound_play (sound, VASTUS_SOUND_SWITCH);
  vastus_sound_play (sound, VASTUS_SOUND_REST);
  g_assert_cmpuint (vastus_sound_get_n_active (sound), ==, 3);
  g_object_unref (sound);

  for (guint i = 0; i < 20; i++)
    g_main_context_iteration (NULL, FALSE);
}

int
main (int   argc,
      char *argv[])
{
  /* Before anything reads HOME or the XDG folders. */
  vastus_test_env_init ();

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/vastus/sound/render", test_render);
  g_test_add_func ("/vastus/sound/render-pitch", test_render_pitch);
  g_test_add_func ("/vastus/sound/play", test_play);
  g_test_add_func ("/vastus/sound/muted", test_muted);
  g_test_add_func ("/vastus/sound/broken-sink", test_broken_sink);
  g_test_add_func ("/vastus/sound/wrong-sink", test_wrong_sink);
  g_test_add_func ("/vastus/sound/device-gone", test_device_gone);
  g_test_add_func ("/vastus/sound/device-closed", test_device_closed);
  g_test_add_func ("/vastus/sound/at-most-four", test_at_most_four);
  g_test_add_func ("/vastus/sound/dispose-while-playing", test_dispose_while_playing);

  return g_test_run ();
}
