/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "vastus-sound"

#include "config.h"

#include "vastus-sound-private.h"

#include <glib/gi18n.h>
#include <gst/app/gstappsrc.h>
#include <gst/gst.h>
#include <math.h>

/*
 * Sound cues for a guided session: short tones, made here, each played by a
 * pipeline of its own, appsrc ! audioconvert ! audioresample ! sink, that
 * goes away once the tone has ended.
 *
 * A computer without audio output is no error: the cues stay silent, and are
 * tried again a little later, in case a headset has been plugged in.
 */

#define RATE          48000
#define MAX_VOICES    4
#define RETRY_SECONDS 10
#define RAMP_MS       5      /* the raised-cosine attack and release of every note */

typedef struct
{
  guint freq;   /* Hz; 0 for a gap between notes */
  guint ms;     /* 0 ends the cue */
} Note;

typedef struct
{
  double amplitude;   /* peak, a fraction of full scale */
  Note   notes[6];
} Cue;

static const Cue cues[VASTUS_SOUND_N_CUES] = {
  [VASTUS_SOUND_COUNTDOWN] = { 0.50, { { 660, 90 } } },
  [VASTUS_SOUND_WORK] = { 0.50, { { 660, 110 }, { 0, 30 }, { 880, 170 } } },
  [VASTUS_SOUND_REST] = { 0.45, { { 880, 110 }, { 0, 30 }, { 587, 170 } } },
  [VASTUS_SOUND_SWITCH] = { 0.50, { { 740, 100 }, { 0, 70 }, { 740, 100 } } },
  [VASTUS_SOUND_FINISH] = { 0.50, { { 523, 120 }, { 0, 25 }, { 659, 120 }, { 0, 25 }, { 784, 320 } } },
  [VASTUS_SOUND_HALFWAY] = { 0.25, { { 587, 160 } } },
  [VASTUS_SOUND_TEMPO] = { 0.20, { { 440, 40 } } },
};

/* One cue on its way out: a pipeline, while it lives. */
typedef struct
{
  VastusSound *sound;      /* owns the voice */
  GstElement  *pipeline;
  gboolean     watching;   /* the bus watch is still there */
  guint        idle_id;    /* the tear-down, once the pipeline has ended */
  gboolean     played;
} Voice;

struct _VastusSound
{
  GObject  parent_instance;

  char    *sink_factory;
  VastusRecorder *recorder;                /* instead of the audio output */
  GBytes  *samples[VASTUS_SOUND_N_CUES];   /* S16LE, rendered when first played */
  GQueue   voices;                         /* oldest first */

  gboolean muted;
  gboolean available;
  gint64   retry_at;                       /* monotonic µs; no output is tried before */
  guint    n_played;
};

G_DEFINE_FINAL_TYPE (VastusSound, vastus_sound, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_MUTED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
mark_unavailable (VastusSound *self,
                  const char  *reason)
{
  g_debug ("No sound cues for the next %d s: %s", RETRY_SECONDS, reason);
  self->available = FALSE;
  self->retry_at = g_get_monotonic_time () + RETRY_SECONDS * G_USEC_PER_SEC;
}

static void
voice_free (Voice *voice)
{
  g_clear_handle_id (&voice->idle_id, g_source_remove);
  if (voice->watching)
    {
      g_autoptr (GstBus) bus = gst_element_get_bus (voice->pipeline);

      gst_bus_remove_watch (bus);
      voice->watching = FALSE;
    }
  gst_element_set_state (voice->pipeline, GST_STATE_NULL);
  gst_clear_object (&voice->pipeline);
  g_free (voice);
}

static void
voice_played (Voice *voice)
{
  VastusSound *self = voice->sound;

  if (voice->played)
    return;

  voice->played = TRUE;
  self->n_played++;
  /* Output works again, unless it failed meanwhile for another cue. */
  if (!self->available && g_get_monotonic_time () >= self->retry_at)
    self->available = TRUE;
}

static gboolean
voice_teardown_cb (gpointer user_data)
{
  Voice *voice = user_data;

  voice->idle_id = 0;
  g_queue_remove (&voice->sound->voices, voice);
  voice_free (voice);
  return G_SOURCE_REMOVE;
}

/* Ends the voice from an idle, out of its own bus watch. */
static gboolean
voice_finish (Voice *voice)
{
  voice->watching = FALSE;
  if (voice->idle_id == 0)
    voice->idle_id = g_idle_add (voice_teardown_cb, voice);
  return G_SOURCE_REMOVE;
}

static gboolean
bus_cb (GstBus     *bus,
        GstMessage *message,
        gpointer    user_data)
{
  Voice *voice = user_data;

  switch (GST_MESSAGE_TYPE (message))
    {
    case GST_MESSAGE_STATE_CHANGED:
      if (GST_MESSAGE_SRC (message) == GST_OBJECT (voice->pipeline))
        {
          GstState new_state;

          gst_message_parse_state_changed (message, NULL, &new_state, NULL);
          if (new_state == GST_STATE_PLAYING)
            voice_played (voice);
        }
      return G_SOURCE_CONTINUE;

    case GST_MESSAGE_EOS:
      voice_played (voice);
      return voice_finish (voice);

    case GST_MESSAGE_ERROR:
      {
        g_autoptr (GError) error = NULL;
        g_autofree char *debug = NULL;
        g_autofree char *reason = NULL;

        gst_message_parse_error (message, &error, &debug);
        reason = g_strdup_printf ("%s (%s)", error->message, debug != NULL ? debug : "no details");
        mark_unavailable (voice->sound, reason);
        return voice_finish (voice);
      }

    default:
      return G_SOURCE_CONTINUE;
    }
}

/* Takes @pipeline, and watches its bus on the main context. */
static Voice *
voice_new (VastusSound *self,
           GstElement  *pipeline)
{
  g_autoptr (GstBus) bus = gst_element_get_bus (pipeline);
  Voice *voice = g_new0 (Voice, 1);

  voice->sound = self;
  voice->pipeline = pipeline;
  gst_bus_add_watch (bus, bus_cb, voice);
  voice->watching = TRUE;
  return voice;
}

/* appsrc ! audioconvert ! audioresample ! sink, or NULL with the reason why not. */
static GstElement *
make_pipeline (VastusSound  *self,
               GstAppSrc   **source,
               char        **reason)
{
  static const char * const factories[] = { "appsrc", "audioconvert", "audioresample", NULL };
  g_autoptr (GstElement) pipeline = gst_pipeline_new (NULL);
  g_autoptr (GstCaps) caps = NULL;
  GstElement *elements[G_N_ELEMENTS (factories)];

  /* The last is the sink. */
  for (guint i = 0; i < G_N_ELEMENTS (factories); i++)
    {
      const char *factory = factories[i] != NULL ? factories[i] : self->sink_factory;

      elements[i] = gst_element_factory_make (factory, NULL);
      if (elements[i] == NULL)
        {
          *reason = g_strdup_printf ("no GStreamer element '%s'", factory);
          return NULL;
        }
      gst_bin_add (GST_BIN (pipeline), elements[i]);
    }

  for (guint i = 0; i + 1 < G_N_ELEMENTS (elements); i++)
    if (!gst_element_link (elements[i], elements[i + 1]))
      {
        *reason = g_strdup_printf ("could not link %s to %s", GST_OBJECT_NAME (elements[i]),
                                   GST_OBJECT_NAME (elements[i + 1]));
        return NULL;
      }

  caps = gst_caps_new_simple ("audio/x-raw",
                              "format", G_TYPE_STRING, "S16LE",
                              "rate", G_TYPE_INT, RATE,
                              "channels", G_TYPE_INT, 1,
                              "layout", G_TYPE_STRING, "interleaved",
                              NULL);
  *source = GST_APP_SRC (elements[0]);
  gst_app_src_set_caps (*source, caps);
  gst_app_src_set_stream_type (*source, GST_APP_STREAM_TYPE_STREAM);
  g_object_set (*source, "format", GST_FORMAT_TIME, "is-live", FALSE, NULL);

  return g_steal_pointer (&pipeline);
}

static GBytes *
get_samples (VastusSound    *self,
             VastusSoundCue  cue)
{
  if (self->samples[cue] == NULL)
    {
      gsize n_samples;
      gint16 *samples = vastus_sound_render_cue (cue, RATE, &n_samples);

      for (gsize i = 0; i < n_samples; i++)
        samples[i] = GINT16_TO_LE (samples[i]);
      self->samples[cue] = g_bytes_new_take (samples, n_samples * sizeof (gint16));
    }

  return self->samples[cue];
}

static void
stop_all (VastusSound *self)
{
  Voice *voice;

  while ((voice = g_queue_pop_head (&self->voices)) != NULL)
    voice_free (voice);
}

static void
vastus_sound_dispose (GObject *object)
{
  VastusSound *self = VASTUS_SOUND (object);

  stop_all (self);
  g_clear_object (&self->recorder);
  for (guint i = 0; i < VASTUS_SOUND_N_CUES; i++)
    g_clear_pointer (&self->samples[i], g_bytes_unref);

  G_OBJECT_CLASS (vastus_sound_parent_class)->dispose (object);
}

static void
vastus_sound_finalize (GObject *object)
{
  VastusSound *self = VASTUS_SOUND (object);

  g_free (self->sink_factory);

  G_OBJECT_CLASS (vastus_sound_parent_class)->finalize (object);
}

static void
vastus_sound_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  VastusSound *self = VASTUS_SOUND (object);

  switch (prop_id)
    {
    case PROP_MUTED:
      g_value_set_boolean (value, self->muted);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vastus_sound_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  VastusSound *self = VASTUS_SOUND (object);

  switch (prop_id)
    {
    case PROP_MUTED:
      vastus_sound_set_muted (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vastus_sound_class_init (VastusSoundClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = vastus_sound_dispose;
  object_class->finalize = vastus_sound_finalize;
  object_class->get_property = vastus_sound_get_property;
  object_class->set_property = vastus_sound_set_property;

  properties[PROP_MUTED] = g_param_spec_boolean ("muted", NULL, NULL, FALSE,
                                                 G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                                                 G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
vastus_sound_init (VastusSound *self)
{
  if (!gst_is_initialized ())
    gst_init (NULL, NULL);

  g_queue_init (&self->voices);
  self->sink_factory = g_strdup ("autoaudiosink");
  self->available = TRUE;
}

/**
 * vastus_sound_new:
 *
 * Returns: (transfer full): cues played on the system's audio output
 */
VastusSound *
vastus_sound_new (void)
{
  return g_object_new (VASTUS_TYPE_SOUND, NULL);
}

/**
 * vastus_sound_new_with_sink:
 * @factory: the name of the GStreamer sink to play through, such as "fakesink"
 *
 * Returns: (transfer full): cues played through @factory
 */
VastusSound *
vastus_sound_new_with_sink (const char *factory)
{
  VastusSound *self;

  g_return_val_if_fail (factory != NULL, NULL);

  self = g_object_new (VASTUS_TYPE_SOUND, NULL);
  g_free (self->sink_factory);
  self->sink_factory = g_strdup (factory);
  return self;
}

/**
 * vastus_sound_play:
 *
 * Plays @cue, over whatever else is playing, unless muted or there is no
 * audio output. Never fails aloud.
 */
void
vastus_sound_play (VastusSound    *self,
                   VastusSoundCue  cue)
{
  g_autofree char *reason = NULL;
  GstElement *pipeline;
  GstAppSrc *source = NULL;
  GstBuffer *buffer;
  GBytes *samples;
  Voice *voice;

  g_return_if_fail (VASTUS_IS_SOUND (self));
  g_return_if_fail ((guint) cue < VASTUS_SOUND_N_CUES);

  if (self->muted)
    return;

  if (self->recorder != NULL)
    {
      static const char * const names[VASTUS_SOUND_N_CUES] = {
        "countdown", "work", "rest", "switch", "finish", "halfway", "tempo",
      };
      gsize n_samples;
      g_autofree gint16 *tone = vastus_sound_render_cue (cue, RATE, &n_samples);
      g_autofree char *what = g_strdup_printf ("tone: %s", names[cue]);

      vastus_recorder_add (self->recorder, vastus_recorder_now (self->recorder), what, tone, n_samples, RATE);
      self->n_played++;
      return;
    }

  if (!self->available && g_get_monotonic_time () < self->retry_at)
    return;

  pipeline = make_pipeline (self, &source, &reason);
  if (pipeline == NULL)
    {
      mark_unavailable (self, reason);
      return;
    }

  /* Room for this one: the oldest cue stops. */
  while (self->voices.length >= MAX_VOICES)
    voice_free (g_queue_pop_head (&self->voices));

  voice = voice_new (self, pipeline);
  g_queue_push_tail (&self->voices, voice);

  if (gst_element_set_state (pipeline, GST_STATE_PLAYING) == GST_STATE_CHANGE_FAILURE)
    {
      g_autoptr (GstBus) bus = gst_element_get_bus (pipeline);
      g_autoptr (GstMessage) message = gst_bus_pop_filtered (bus, GST_MESSAGE_ERROR);
      g_autoptr (GError) error = NULL;

      if (message != NULL)
        gst_message_parse_error (message, &error, NULL);
      reason = g_strdup_printf ("the audio output could not be started: %s",
                                error != NULL ? error->message : "no details");
      g_queue_remove (&self->voices, voice);
      voice_free (voice);
      mark_unavailable (self, reason);
      return;
    }

  samples = get_samples (self, cue);
  buffer = gst_buffer_new_wrapped_bytes (samples);
  GST_BUFFER_PTS (buffer) = 0;
  GST_BUFFER_DURATION (buffer) = gst_util_uint64_scale (g_bytes_get_size (samples) / sizeof (gint16),
                                                        GST_SECOND, RATE);
  gst_app_src_push_buffer (source, buffer);
  gst_app_src_end_of_stream (source);
}

/**
 * vastus_sound_set_muted:
 *
 * Silences cues from now on, and stops those playing.
 */
void
vastus_sound_set_muted (VastusSound *self,
                        gboolean     muted)
{
  g_return_if_fail (VASTUS_IS_SOUND (self));

  muted = !!muted;
  if (muted == self->muted)
    return;

  self->muted = muted;
  if (muted)
    stop_all (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MUTED]);
}

gboolean
vastus_sound_get_muted (VastusSound *self)
{
  g_return_val_if_fail (VASTUS_IS_SOUND (self), FALSE);
  return self->muted;
}

/**
 * vastus_sound_get_available:
 *
 * Returns: FALSE once the audio output has failed, until it works again
 */
gboolean
vastus_sound_get_available (VastusSound *self)
{
  g_return_val_if_fail (VASTUS_IS_SOUND (self), FALSE);
  return self->available;
}

/**
 * vastus_sound_get_n_played:
 *
 * Returns: how many cues reached the audio output
 */
guint
vastus_sound_get_n_played (VastusSound *self)
{
  g_return_val_if_fail (VASTUS_IS_SOUND (self), 0);
  return self->n_played;
}

/**
 * vastus_sound_get_n_active:
 *
 * Returns: how many cues' pipelines are still alive
 */
guint
vastus_sound_get_n_active (VastusSound *self)
{
  g_return_val_if_fail (VASTUS_IS_SOUND (self), 0);
  return self->voices.length;
}

/**
 * vastus_sound_set_recorder:
 * @recorder: (nullable): where cues go, at the time they are played,
 *   instead of the audio output
 */
void
vastus_sound_set_recorder (VastusSound    *self,
                           VastusRecorder *recorder)
{
  g_return_if_fail (VASTUS_IS_SOUND (self));

  g_set_object (&self->recorder, recorder);
}

/**
 * vastus_sound_render_cue:
 * @rate: samples a second
 * @n_samples: (out): how many samples are returned
 *
 * Makes the tones of @cue: sine notes, each faded in and out over a few
 * milliseconds so that nothing clicks, with short gaps between them.
 *
 * Returns: (transfer full) (array length=n_samples): mono signed 16-bit samples, to free with g_free()
 */
gint16 *
vastus_sound_render_cue (VastusSoundCue  cue,
                         guint           rate,
                         gsize          *n_samples)
{
  const Cue *c;
  gint16 *samples;
  gsize total = 0;
  gsize at = 0;

  g_return_val_if_fail ((guint) cue < VASTUS_SOUND_N_CUES, NULL);
  g_return_val_if_fail (rate > 0, NULL);
  g_return_val_if_fail (n_samples != NULL, NULL);

  c = &cues[cue];
  for (const Note *note = c->notes; note->ms > 0; note++)
    total += (gsize) note->ms * rate / 1000;

  samples = g_new0 (gint16, MAX (total, 1));
  for (const Note *note = c->notes; note->ms > 0; note++)
    {
      gsize n = (gsize) note->ms * rate / 1000;
      gsize ramp = MAX (MIN ((gsize) RAMP_MS * rate / 1000, n / 2), 1);

      if (note->freq > 0)
        for (gsize i = 0; i < n; i++)
          {
            double envelope = 1.0;
            gsize from_end = n - 1 - i;

            if (i < ramp)
              envelope = 0.5 * (1.0 - cos (G_PI * i / ramp));
            else if (from_end < ramp)
              envelope = 0.5 * (1.0 - cos (G_PI * from_end / ramp));

            samples[at + i] = (gint16) lround (32767.0 * c->amplitude * envelope *
                                               sin (2.0 * G_PI * note->freq * i / rate));
          }
      at += n;
    }

  *n_samples = total;
  return samples;
}
