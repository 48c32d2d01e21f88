/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* What the tests read back and drive; not for other widgets. */

#include "vastus-recorder.h"
#include "vastus-sound.h"

G_BEGIN_DECLS

gboolean     vastus_sound_get_muted      (VastusSound    *self);
gboolean     vastus_sound_get_available  (VastusSound    *self);
guint        vastus_sound_get_n_played   (VastusSound    *self);
guint        vastus_sound_get_n_active   (VastusSound    *self);
void         vastus_sound_set_recorder   (VastusSound    *self,
                                          VastusRecorder *recorder);
gint16      *vastus_sound_render_cue     (VastusSoundCue  cue,
                                          guint           rate,
                                          gsize          *n_samples);

G_END_DECLS
