/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* For the tests and build-aux/dev session-wav: the cues of a session
 * mixed into one track, each at its moment on the session's clock. */

#include <glib-object.h>

#include "vastus-clock.h"

G_BEGIN_DECLS

#define VASTUS_RECORDER_RATE 48000

#define VASTUS_TYPE_RECORDER (vastus_recorder_get_type ())

G_DECLARE_FINAL_TYPE (VastusRecorder, vastus_recorder, VASTUS, RECORDER, GObject)

VastusRecorder *vastus_recorder_new        (VastusClock    *clock);
gint64          vastus_recorder_now        (VastusRecorder *self);
void            vastus_recorder_add        (VastusRecorder *self,
                                            gint64          at,
                                            const char     *what,
                                            const gint16   *samples,
                                            gsize           n_samples,
                                            guint           rate);
const char     *vastus_recorder_get_log    (VastusRecorder *self);
gboolean        vastus_recorder_write_wav  (VastusRecorder *self,
                                            const char     *path,
                                            gint64          duration,
                                            GError        **error);

G_END_DECLS
