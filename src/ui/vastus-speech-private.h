/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* What the tests read back and drive; not for other widgets. */

#include "vastus-recorder.h"
#include "vastus-speech.h"

G_BEGIN_DECLS

gboolean   vastus_speech_get_muted      (VastusSpeech   *self);
gboolean   vastus_speech_get_available  (VastusSpeech   *self);
GPtrArray *vastus_speech_get_said       (VastusSpeech   *self);
guint      vastus_speech_get_n_played   (VastusSpeech   *self);
guint      vastus_speech_get_n_pending  (VastusSpeech   *self);
void       vastus_speech_set_recorder   (VastusSpeech   *self,
                                         VastusRecorder *recorder);
gint16    *vastus_speech_synthesize     (const char     *text,
                                         const char     *voice,
                                         guint          *rate,
                                         gsize          *n_samples,
                                         GError        **error);

G_END_DECLS
