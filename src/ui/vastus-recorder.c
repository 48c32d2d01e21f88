/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "vastus-recorder"

#include "config.h"

#include "vastus-recorder.h"

#include <gio/gio.h>
#include <gst/app/gstappsrc.h>
#include <gst/gst.h>
#include <math.h>

/*
 * A session's sound as one track, for checking what a person would hear
 * without a sound card and without waiting: the sound cues and the spoken
 * words are added here, at the time the session's clock says, instead of
 * being played; the clock may be a fake one run fast. The track is written
 * as a WAV file through GStreamer, and a log says what was put where.
 */

struct _VastusRecorder
{
  GObject      parent_instance;

  VastusClock *clock;
  gint64       start;   /* the clock's time at the track's start */
  GArray      *mix;     /* float, mono, VASTUS_RECORDER_RATE */
  GString     *log;     /* "start end what" a line, in seconds */
};

G_DEFINE_FINAL_TYPE (VastusRecorder, vastus_recorder, G_TYPE_OBJECT)

static void
vastus_recorder_finalize (GObject *object)
{
  VastusRecorder *self = VASTUS_RECORDER (object);

  g_clear_object (&self->clock);
  g_array_unref (self->mix);
  g_string_free (self->log, TRUE);

  G_OBJECT_CLASS (vastus_recorder_parent_class)->finalize (object);
}

static void
vastus_recorder_class_init (VastusRecorderClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = vastus_recorder_finalize;
}

static void
vastus_recorder_init (VastusRecorder *self)
{
  self->mix = g_array_new (FALSE, TRUE, sizeof (float));
  self->log = g_string_new (NULL);
}

/**
 * vastus_recorder_new:
 * @clock: the session's clock; the track starts at its time now
 *
 * Returns: (transfer full): an empty track
 */
VastusRecorder *
vastus_recorder_new (VastusClock *clock)
{
  VastusRecorder *self;

  g_return_val_if_fail (VASTUS_IS_CLOCK (clock), NULL);

  self = g_object_new (VASTUS_TYPE_RECORDER, NULL);
  self->clock = g_object_ref (clock);
  self->start = vastus_clock_now (clock);
  return self;
}

/**
 * vastus_recorder_now:
 *
 * Returns: the clock's time now, for a sound that will be added later
 */
gint64
vastus_recorder_now (VastusRecorder *self)
{
  g_return_val_if_fail (VASTUS_IS_RECORDER (self), 0);
  return vastus_clock_now (self->clock);
}

/**
 * vastus_recorder_add:
 * @at: the clock's time the sound starts at
 * @what: what it is, for the log
 * @samples: (array length=n_samples): mono signed 16-bit samples
 * @rate: their rate, resampled (linearly: good enough to check levels)
 *
 * Mixes a sound into the track.
 */
void
vastus_recorder_add (VastusRecorder *self,
                     gint64          at,
                     const char     *what,
                     const gint16   *samples,
                     gsize           n_samples,
                     guint           rate)
{
  gsize offset, n_out;

  g_return_if_fail (VASTUS_IS_RECORDER (self));
  g_return_if_fail (rate > 0);

  if (at < self->start || n_samples == 0)
    return;

  offset = (gsize) gst_util_uint64_scale (at - self->start, VASTUS_RECORDER_RATE, G_USEC_PER_SEC);
  n_out = (gsize) gst_util_uint64_scale (n_samples, VASTUS_RECORDER_RATE, rate);
  if (self->mix->len < offset + n_out)
    g_array_set_size (self->mix, offset + n_out);

  for (gsize i = 0; i < n_out; i++)
    {
      double x = (double) i * rate / VASTUS_RECORDER_RATE;
      gsize j = (gsize) x;
      double frac = x - j;
      double a = samples[MIN (j, n_samples - 1)];
      double b = samples[MIN (j + 1, n_samples - 1)];

      g_array_index (self->mix, float, offset + i) += (float) ((a + (b - a) * frac) / 32768.0);
    }

  g_string_append_printf (self->log, "%.3f %.3f %s\n",
                          (double) offset / VASTUS_RECORDER_RATE,
                          (double) (offset + n_out) / VASTUS_RECORDER_RATE, what);
}

/**
 * vastus_recorder_get_log:
 *
 * Returns: what was added, a line each: start and end in seconds from the
 *   track's start, and what it was
 */
const char *
vastus_recorder_get_log (VastusRecorder *self)
{
  g_return_val_if_fail (VASTUS_IS_RECORDER (self), NULL);
  return self->log->str;
}

/**
 * vastus_recorder_write_wav:
 * @duration: the track's length, in microseconds
 *
 * Writes the track's first @duration to @path, through appsrc !
 * audioconvert ! wavenc ! filesink.
 *
 * Returns: %TRUE if the file was written
 */
gboolean
vastus_recorder_write_wav (VastusRecorder *self,
                           const char     *path,
                           gint64          duration,
                           GError        **error)
{
  g_autoptr (GstElement) pipeline = NULL;
  g_autoptr (GstElement) source = NULL;
  g_autoptr (GstElement) sink = NULL;
  g_autoptr (GstBus) bus = NULL;
  g_autoptr (GstMessage) message = NULL;
  g_autoptr (GstCaps) caps = NULL;
  gsize n = (gsize) gst_util_uint64_scale (duration, VASTUS_RECORDER_RATE, G_USEC_PER_SEC);
  gint16 *samples;
  GstBuffer *buffer;

  g_return_val_if_fail (VASTUS_IS_RECORDER (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (!gst_is_initialized ())
    gst_init (NULL, NULL);

  pipeline = gst_parse_launch ("appsrc name=source format=time ! audioconvert ! wavenc ! filesink name=sink",
                               error);
  if (pipeline == NULL)
    return FALSE;
  source = gst_bin_get_by_name (GST_BIN (pipeline), "source");
  sink = gst_bin_get_by_name (GST_BIN (pipeline), "sink");
  g_object_set (sink, "location", path, NULL);
  caps = gst_caps_new_simple ("audio/x-raw", "format", G_TYPE_STRING, "S16LE",
                              "rate", G_TYPE_INT, VASTUS_RECORDER_RATE, "channels", G_TYPE_INT, 1,
                              "layout", G_TYPE_STRING, "interleaved", NULL);
  gst_app_src_set_caps (GST_APP_SRC (source), caps);

  samples = g_new0 (gint16, MAX (n, 1));
  for (gsize i = 0; i < n && i < self->mix->len; i++)
    samples[i] = GINT16_TO_LE ((gint16) lrint (CLAMP (g_array_index (self->mix, float, i), -1.0f, 32767.0f / 32768.0f) * 32768.0f));
  buffer = gst_buffer_new_wrapped (samples, n * sizeof (gint16));
  GST_BUFFER_PTS (buffer) = 0;
  GST_BUFFER_DURATION (buffer) = duration * GST_USECOND;

  gst_element_set_state (pipeline, GST_STATE_PLAYING);
  gst_app_src_push_buffer (GST_APP_SRC (source), buffer);
  gst_app_src_end_of_stream (GST_APP_SRC (source));

  bus = gst_element_get_bus (pipeline);
  message = gst_bus_timed_pop_filtered (bus, GST_CLOCK_TIME_NONE, GST_MESSAGE_EOS | GST_MESSAGE_ERROR);
  gst_element_set_state (pipeline, GST_STATE_NULL);

  if (GST_MESSAGE_TYPE (message) == GST_MESSAGE_ERROR)
    {
      g_autoptr (GError) gst_error = NULL;

      gst_message_parse_error (message, &gst_error, NULL);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s: %s", path, gst_error->message);
      return FALSE;
    }
  return TRUE;
}
