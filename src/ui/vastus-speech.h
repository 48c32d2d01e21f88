/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define VASTUS_TYPE_SPEECH (vastus_speech_get_type ())

G_DECLARE_FINAL_TYPE (VastusSpeech, vastus_speech, VASTUS, SPEECH, GObject)

VastusSpeech *vastus_speech_new            (const char   *voice);
VastusSpeech *vastus_speech_new_with_sink  (const char   *voice,
                                            const char   *factory);
void          vastus_speech_say            (VastusSpeech *self,
                                            const char   *text);
void          vastus_speech_stop           (VastusSpeech *self);
void          vastus_speech_set_muted      (VastusSpeech *self,
                                            gboolean      muted);

G_END_DECLS
