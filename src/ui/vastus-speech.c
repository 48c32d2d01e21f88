/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "vastus-speech"

#include "config.h"

#include "vastus-speech-private.h"

#include <gio/gio.h>
#include <gst/app/gstappsrc.h>
#include <gst/gst.h>
#include <string.h>

#ifdef HAVE_ESPEAK_NG
#include <gmodule.h>
#include <string.h>
#include <espeak-ng/espeak_ng.h>
#include <espeak-ng/speak_lib.h>
#endif

/*
 * Spoken cues: a few words said by espeak-ng. The words are made into
 * samples on a worker thread, so that the window never waits for the
 * synthesiser, then played by a pipeline of their own, appsrc !
 * audioconvert ! audioresample ! sink, as the tones are. Newer words cut
 * older ones short: a coach does not talk over itself.
 *
 * No synthesiser, no voice data or no audio output is no error: the coach
 * goes quiet, says why once in the log, and the tones and the screen go on.
 * An audio output that failed is tried again a little later.
 */

#define RETRY_SECONDS  10
#define WORDS_A_MINUTE 160   /* a little slower than espeak-ng's 175: said over exercise */

struct _VastusSpeech
{
  GObject         parent_instance;

  char           *voice;
  char           *sink_factory;
  VastusRecorder *recorder;

  gboolean        muted;
  gboolean        engine_failed;   /* for good: the synthesiser or its data is missing */
  gboolean        available;
  gint64          retry_at;        /* monotonic µs; no output is tried before */

  GCancellable   *cancellable;     /* of the words being made */
  guint           n_pending;
  GPtrArray      *said;            /* char *: every text asked for while not muted */
  guint           n_played;

  GstElement     *pipeline;        /* the words playing */
  guint           idle_id;         /* its tear-down, once it has ended */
};

G_DEFINE_FINAL_TYPE (VastusSpeech, vastus_speech, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_MUTED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Said in the log once a run, then only for debugging. */
static void
tell_once (const char *reason)
{
  static gboolean told;

  if (!told)
    g_message ("Spoken cues are silent: %s", reason);
  else
    g_debug ("Spoken cues are silent: %s", reason);
  told = TRUE;
}

/* The synthesiser */

#ifdef HAVE_ESPEAK_NG
/* espeak-ng keeps one state for the whole process: one synthesis at a time. */
G_LOCK_DEFINE_STATIC (engine);
static int engine_rate;           /* 0 untried, -1 failed, else samples a second */
static char *engine_error;
static char *engine_voice;

/* The library is opened at the first words, not linked: it brings some thirty
 * audio libraries that every start would otherwise load before the first
 * frame, and without it Vastus is simply silent. */
#define ENGINE_LIBRARY "libespeak-ng.so.1"

static struct
{
  __typeof__ (espeak_ng_InitializePath) *InitializePath;
  __typeof__ (espeak_ng_Initialize) *Initialize;
  __typeof__ (espeak_ng_ClearErrorContext) *ClearErrorContext;
  __typeof__ (espeak_ng_InitializeOutput) *InitializeOutput;
  __typeof__ (espeak_ng_GetSampleRate) *GetSampleRate;
  __typeof__ (espeak_ng_GetStatusCodeMessage) *GetStatusCodeMessage;
  __typeof__ (espeak_SetSynthCallback) *SetSynthCallback;
  __typeof__ (espeak_SetParameter) *SetParameter;
  __typeof__ (espeak_SetVoiceByProperties) *SetVoiceByProperties;
  __typeof__ (espeak_Synth) *Synth;
} espeak;

static gboolean
engine_open (char **message)
{
  static const struct { const char *name; gsize offset; } symbols[] = {
    { "espeak_ng_InitializePath", G_STRUCT_OFFSET (__typeof__ (espeak), InitializePath) },
    { "espeak_ng_Initialize", G_STRUCT_OFFSET (__typeof__ (espeak), Initialize) },
    { "espeak_ng_ClearErrorContext", G_STRUCT_OFFSET (__typeof__ (espeak), ClearErrorContext) },
    { "espeak_ng_InitializeOutput", G_STRUCT_OFFSET (__typeof__ (espeak), InitializeOutput) },
    { "espeak_ng_GetSampleRate", G_STRUCT_OFFSET (__typeof__ (espeak), GetSampleRate) },
    { "espeak_ng_GetStatusCodeMessage", G_STRUCT_OFFSET (__typeof__ (espeak), GetStatusCodeMessage) },
    { "espeak_SetSynthCallback", G_STRUCT_OFFSET (__typeof__ (espeak), SetSynthCallback) },
    { "espeak_SetParameter", G_STRUCT_OFFSET (__typeof__ (espeak), SetParameter) },
    { "espeak_SetVoiceByProperties", G_STRUCT_OFFSET (__typeof__ (espeak), SetVoiceByProperties) },
    { "espeak_Synth", G_STRUCT_OFFSET (__typeof__ (espeak), Synth) },
  };
  GModule *module = g_module_open (ENGINE_LIBRARY, G_MODULE_BIND_LAZY | G_MODULE_BIND_LOCAL);

  if (module == NULL)
    {
      *message = g_strdup_printf ("%s could not be opened (%s); is libespeak-ng1 installed?",
                                  ENGINE_LIBRARY, g_module_error ());
      return FALSE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (symbols); i++)
    if (!g_module_symbol (module, symbols[i].name, G_STRUCT_MEMBER_P (&espeak, symbols[i].offset)))
      {
        *message = g_strdup_printf ("%s has no %s", ENGINE_LIBRARY, symbols[i].name);
        g_module_close (module);
        memset (&espeak, 0, sizeof espeak);
        return FALSE;
      }

  /* Kept open for the rest of the process, as espeak-ng keeps its state. */
  g_module_make_resident (module);
  return TRUE;
}

static int
synth_cb (short        *wav,
          int           n,
          espeak_EVENT *events)
{
  GArray *out = events != NULL ? events->user_data : NULL;

  if (out != NULL && wav != NULL && n > 0)
    g_array_append_vals (out, wav, (guint) n);
  return 0;
}

static char *
status_message (espeak_ng_STATUS status)
{
  char message[512];

  espeak.GetStatusCodeMessage (status, message, sizeof message);
  return g_strdup (message);
}

static gboolean
set_voice (const char *language)
{
  espeak_VOICE spec = { 0 };

  spec.languages = language;
  return espeak.SetVoiceByProperties (&spec) == EE_OK;
}

/* With the engine lock held. */
static gboolean
engine_start (GError **error)
{
  if (engine_rate == 0 && !engine_open (&engine_error))
    engine_rate = -1;

  if (engine_rate == 0)
    {
      espeak_ng_ERROR_CONTEXT context = NULL;
      espeak_ng_STATUS status;

      /* The data's folder from ESPEAK_DATA_PATH, or the system's. */
      espeak.InitializePath (NULL);
      status = espeak.Initialize (&context);
      espeak.ClearErrorContext (&context);
      if (status == ENS_OK)
        status = espeak.InitializeOutput (ENOUTPUT_MODE_SYNCHRONOUS, 0, NULL);
      if (status != ENS_OK)
        {
          g_autofree char *message = status_message (status);

          engine_error = g_strdup_printf ("espeak-ng could not start (%s); is espeak-ng-data installed?", message);
          engine_rate = -1;
        }
      else
        {
          engine_rate = espeak.GetSampleRate ();
          espeak.SetSynthCallback (synth_cb);
          espeak.SetParameter (espeakRATE, WORDS_A_MINUTE, 0);
        }
    }

  if (engine_rate < 0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, engine_error);
      return FALSE;
    }
  return TRUE;
}
#endif

/**
 * vastus_speech_synthesize:
 * @voice: an espeak-ng language, such as "en"; English if it has none
 * @rate: (out): samples a second
 * @n_samples: (out): how many samples are returned
 *
 * Says @text into samples, on any thread; one at a time in the process.
 *
 * Returns: (transfer full) (nullable): mono signed 16-bit samples, to free
 *   with g_free(), or %NULL if there is no synthesiser or no voice
 */
gint16 *
vastus_speech_synthesize (const char  *text,
                          const char  *voice,
                          guint       *rate,
                          gsize       *n_samples,
                          GError     **error)
{
#ifdef HAVE_ESPEAK_NG
  g_autoptr (GArray) out = g_array_new (FALSE, FALSE, sizeof (gint16));
  espeak_ERROR status;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (voice != NULL, NULL);

  G_LOCK (engine);
  if (!engine_start (error))
    {
      G_UNLOCK (engine);
      return NULL;
    }

  if (g_strcmp0 (engine_voice, voice) != 0)
    {
      if (!set_voice (voice))
        {
          g_debug ("No espeak-ng voice for '%s': English instead", voice);
          if (!set_voice ("en"))
            {
              G_UNLOCK (engine);
              g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                           "espeak-ng has no voice for '%s' nor for English", voice);
              return NULL;
            }
        }
      g_free (engine_voice);
      engine_voice = g_strdup (voice);
    }

  status = espeak.Synth (text, strlen (text) + 1, 0, POS_CHARACTER, 0, espeakCHARS_UTF8, NULL, out);
  *rate = (guint) engine_rate;
  G_UNLOCK (engine);

  if (status != EE_OK || out->len == 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "espeak-ng could not say “%s”", text);
      return NULL;
    }

  *n_samples = out->len;
  return (gint16 *) g_array_free (g_steal_pointer (&out), FALSE);
#else
  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED, "Vastus was built without espeak-ng");
  return NULL;
#endif
}

/* Playing */

static void
stop_playing (VastusSpeech *self)
{
  g_clear_handle_id (&self->idle_id, g_source_remove);
  if (self->pipeline != NULL)
    {
      g_autoptr (GstBus) bus = gst_element_get_bus (self->pipeline);

      gst_bus_remove_watch (bus);
      gst_element_set_state (self->pipeline, GST_STATE_NULL);
      gst_clear_object (&self->pipeline);
    }
}

static void
mark_unavailable (VastusSpeech *self,
                  const char   *reason)
{
  tell_once (reason);
  self->available = FALSE;
  self->retry_at = g_get_monotonic_time () + RETRY_SECONDS * G_USEC_PER_SEC;
}

static void
played (VastusSpeech *self)
{
  self->n_played++;
  if (!self->available && g_get_monotonic_time () >= self->retry_at)
    self->available = TRUE;
}

static gboolean
teardown_cb (gpointer user_data)
{
  VastusSpeech *self = user_data;

  self->idle_id = 0;
  stop_playing (self);
  return G_SOURCE_REMOVE;
}

static gboolean
bus_cb (GstBus     *bus,
        GstMessage *message,
        gpointer    user_data)
{
  VastusSpeech *self = user_data;

  switch (GST_MESSAGE_TYPE (message))
    {
    case GST_MESSAGE_EOS:
      played (self);
      break;

    case GST_MESSAGE_ERROR:
      {
        g_autoptr (GError) error = NULL;
        g_autofree char *reason = NULL;

        gst_message_parse_error (message, &error, NULL);
        reason = g_strdup_printf ("no audio output (%s)", error->message);
        mark_unavailable (self, reason);
      }
      break;

    default:
      return G_SOURCE_CONTINUE;
    }

  /* Out of the bus watch, from an idle. */
  if (self->idle_id == 0)
    self->idle_id = g_idle_add (teardown_cb, self);
  return G_SOURCE_CONTINUE;
}

static void
play (VastusSpeech *self,
      GBytes       *samples,
      guint         rate)
{
  g_autoptr (GstCaps) caps = NULL;
  g_autoptr (GstBus) bus = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *description = NULL;
  g_autoptr (GstElement) source = NULL;
  GstBuffer *buffer;

  stop_playing (self);

  description = g_strdup_printf ("appsrc name=source format=time ! audioconvert ! audioresample ! %s",
                                 self->sink_factory);
  self->pipeline = gst_parse_launch (description, &error);
  if (self->pipeline == NULL || error != NULL)
    {
      g_autofree char *reason = g_strdup_printf ("no audio output (%s)",
                                                 error != NULL ? error->message : "no pipeline");

      gst_clear_object (&self->pipeline);
      mark_unavailable (self, reason);
      return;
    }

  source = gst_bin_get_by_name (GST_BIN (self->pipeline), "source");
  caps = gst_caps_new_simple ("audio/x-raw", "format", G_TYPE_STRING, "S16LE",
                              "rate", G_TYPE_INT, (int) rate, "channels", G_TYPE_INT, 1,
                              "layout", G_TYPE_STRING, "interleaved", NULL);
  gst_app_src_set_caps (GST_APP_SRC (source), caps);

  bus = gst_element_get_bus (self->pipeline);
  gst_bus_add_watch (bus, bus_cb, self);

  if (gst_element_set_state (self->pipeline, GST_STATE_PLAYING) == GST_STATE_CHANGE_FAILURE)
    {
      stop_playing (self);
      mark_unavailable (self, "the audio output could not be started");
      return;
    }

  buffer = gst_buffer_new_wrapped_bytes (samples);
  GST_BUFFER_PTS (buffer) = 0;
  GST_BUFFER_DURATION (buffer) = gst_util_uint64_scale (g_bytes_get_size (samples) / sizeof (gint16),
                                                        GST_SECOND, rate);
  gst_app_src_push_buffer (GST_APP_SRC (source), buffer);
  gst_app_src_end_of_stream (GST_APP_SRC (source));
}

/* Making the words */

typedef struct
{
  char   *text;
  char   *voice;
  gint64  at;       /* on the recorder's clock, when there is one */
  guint   rate;
} Words;

static void
words_free (Words *words)
{
  g_free (words->text);
  g_free (words->voice);
  g_free (words);
}

static void
synthesize_thread (GTask        *task,
                   gpointer      source_object,
                   gpointer      task_data,
                   GCancellable *cancellable)
{
  Words *words = task_data;
  GError *error = NULL;
  gsize n_samples = 0;
  gint16 *samples;

  if (g_task_return_error_if_cancelled (task))
    return;

  samples = vastus_speech_synthesize (words->text, words->voice, &words->rate, &n_samples, &error);
  if (samples == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  for (gsize i = 0; i < n_samples; i++)
    samples[i] = GINT16_TO_LE (samples[i]);
  g_task_return_pointer (task, g_bytes_new_take (samples, n_samples * sizeof (gint16)),
                         (GDestroyNotify) g_bytes_unref);
}

static void
synthesized_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  VastusSpeech *self = VASTUS_SPEECH (object);
  Words *words = g_task_get_task_data (G_TASK (result));
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) samples = g_task_propagate_pointer (G_TASK (result), &error);

  self->n_pending--;

  if (samples == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          self->engine_failed = TRUE;
          tell_once (error->message);
        }
      return;
    }

  if (self->recorder != NULL)
    {
      gsize size;
      const gint16 *data = g_bytes_get_data (samples, &size);
      g_autofree char *what = g_strdup_printf ("speech: %s", words->text);

      vastus_recorder_add (self->recorder, words->at, what, data, size / sizeof (gint16), words->rate);
      self->n_played++;
      return;
    }

  play (self, samples, words->rate);
}

static void
cancel_pending (VastusSpeech *self)
{
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
}

static void
vastus_speech_dispose (GObject *object)
{
  VastusSpeech *self = VASTUS_SPEECH (object);

  cancel_pending (self);
  stop_playing (self);
  g_clear_object (&self->recorder);

  G_OBJECT_CLASS (vastus_speech_parent_class)->dispose (object);
}

static void
vastus_speech_finalize (GObject *object)
{
  VastusSpeech *self = VASTUS_SPEECH (object);

  g_free (self->voice);
  g_free (self->sink_factory);
  g_ptr_array_unref (self->said);

  G_OBJECT_CLASS (vastus_speech_parent_class)->finalize (object);
}

static void
vastus_speech_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  VastusSpeech *self = VASTUS_SPEECH (object);

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
vastus_speech_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  VastusSpeech *self = VASTUS_SPEECH (object);

  switch (prop_id)
    {
    case PROP_MUTED:
      vastus_speech_set_muted (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vastus_speech_class_init (VastusSpeechClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = vastus_speech_dispose;
  object_class->finalize = vastus_speech_finalize;
  object_class->get_property = vastus_speech_get_property;
  object_class->set_property = vastus_speech_set_property;

  properties[PROP_MUTED] = g_param_spec_boolean ("muted", NULL, NULL, FALSE,
                                                 G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                                                 G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
vastus_speech_init (VastusSpeech *self)
{
  if (!gst_is_initialized ())
    gst_init (NULL, NULL);

  self->said = g_ptr_array_new_with_free_func (g_free);
  self->sink_factory = g_strdup ("autoaudiosink");
  self->voice = g_strdup ("en");
  self->available = TRUE;
}

/**
 * vastus_speech_new:
 * @voice: (nullable): the espeak-ng language to speak, such as "de"; English
 *   if %NULL or if espeak-ng has none
 *
 * Returns: (transfer full): a voice on the system's audio output
 */
VastusSpeech *
vastus_speech_new (const char *voice)
{
  return vastus_speech_new_with_sink (voice, "autoaudiosink");
}

/**
 * vastus_speech_new_with_sink:
 * @factory: the GStreamer sink to play through, such as "fakesink"
 *
 * Returns: (transfer full): a voice played through @factory
 */
VastusSpeech *
vastus_speech_new_with_sink (const char *voice,
                             const char *factory)
{
  VastusSpeech *self;

  g_return_val_if_fail (factory != NULL, NULL);

  self = g_object_new (VASTUS_TYPE_SPEECH, NULL);
  if (voice != NULL && *voice != '\0')
    {
      g_free (self->voice);
      self->voice = g_strdup (voice);
    }
  g_free (self->sink_factory);
  self->sink_factory = g_strdup (factory);
  return self;
}

/**
 * vastus_speech_say:
 *
 * Says @text, cutting short whatever is being said, unless muted or
 * there is no synthesiser or audio output. Never fails aloud.
 */
void
vastus_speech_say (VastusSpeech *self,
                   const char   *text)
{
  g_autoptr (GTask) task = NULL;
  Words *words;

  g_return_if_fail (VASTUS_IS_SPEECH (self));
  g_return_if_fail (text != NULL);

  if (self->muted || *text == '\0')
    return;

  g_ptr_array_add (self->said, g_strdup (text));

  if (self->engine_failed)
    return;
  if (!self->available && g_get_monotonic_time () < self->retry_at)
    return;

  /* Recorded words each keep their moment, and may overlap; played ones
   * cut the last short. */
  if (self->recorder == NULL)
    vastus_speech_stop (self);
  if (self->cancellable == NULL)
    self->cancellable = g_cancellable_new ();

  words = g_new0 (Words, 1);
  words->text = g_strdup (text);
  words->voice = g_strdup (self->voice);
  words->at = self->recorder != NULL ? vastus_recorder_now (self->recorder) : 0;

  task = g_task_new (self, self->cancellable, synthesized_cb, NULL);
  g_task_set_source_tag (task, vastus_speech_say);
  g_task_set_task_data (task, words, (GDestroyNotify) words_free);
  self->n_pending++;
  g_task_run_in_thread (task, synthesize_thread);
}

/**
 * vastus_speech_stop:
 *
 * Stops what is being said, and what was about to be.
 */
void
vastus_speech_stop (VastusSpeech *self)
{
  g_return_if_fail (VASTUS_IS_SPEECH (self));

  cancel_pending (self);
  stop_playing (self);
}

/**
 * vastus_speech_set_muted:
 *
 * Silences the voice from now on, and stops what it is saying.
 */
void
vastus_speech_set_muted (VastusSpeech *self,
                         gboolean      muted)
{
  g_return_if_fail (VASTUS_IS_SPEECH (self));

  muted = !!muted;
  if (muted == self->muted)
    return;

  self->muted = muted;
  if (muted)
    vastus_speech_stop (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MUTED]);
}

gboolean
vastus_speech_get_muted (VastusSpeech *self)
{
  g_return_val_if_fail (VASTUS_IS_SPEECH (self), FALSE);
  return self->muted;
}

/**
 * vastus_speech_get_available:
 *
 * Returns: FALSE once the synthesiser or the audio output has failed
 */
gboolean
vastus_speech_get_available (VastusSpeech *self)
{
  g_return_val_if_fail (VASTUS_IS_SPEECH (self), FALSE);
  return self->available && !self->engine_failed;
}

/**
 * vastus_speech_get_said:
 *
 * Returns: (transfer none) (element-type utf8): every text asked for while
 *   not muted, in order
 */
GPtrArray *
vastus_speech_get_said (VastusSpeech *self)
{
  g_return_val_if_fail (VASTUS_IS_SPEECH (self), NULL);
  return self->said;
}

/**
 * vastus_speech_get_n_played:
 *
 * Returns: how many texts reached the end of the audio output, or the
 *   recorder
 */
guint
vastus_speech_get_n_played (VastusSpeech *self)
{
  g_return_val_if_fail (VASTUS_IS_SPEECH (self), 0);
  return self->n_played;
}

/**
 * vastus_speech_get_n_pending:
 *
 * Returns: how many texts are being made into sound on the worker thread
 */
guint
vastus_speech_get_n_pending (VastusSpeech *self)
{
  g_return_val_if_fail (VASTUS_IS_SPEECH (self), 0);
  return self->n_pending;
}

/**
 * vastus_speech_set_recorder:
 * @recorder: (nullable): where the words go, at the time they were asked
 *   for, instead of the audio output
 */
void
vastus_speech_set_recorder (VastusSpeech   *self,
                            VastusRecorder *recorder)
{
  g_return_if_fail (VASTUS_IS_SPEECH (self));

  g_set_object (&self->recorder, recorder);
}
