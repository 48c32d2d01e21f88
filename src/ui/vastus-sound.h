/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum {
  VASTUS_SOUND_COUNTDOWN,  /* one tick of 3-2-1: short 660 Hz beep ~90 ms */
  VASTUS_SOUND_WORK,       /* work starts: rising two-note 660 -> 880 Hz */
  VASTUS_SOUND_REST,       /* rest starts: falling two-note 880 -> 587 Hz */
  VASTUS_SOUND_SWITCH,     /* switch legs: two equal 740 Hz beeps */
  VASTUS_SOUND_FINISH,     /* session done: rising C-E-G arpeggio 523/659/784 Hz, last note longer */
  VASTUS_SOUND_HALFWAY,    /* halfway through a hold: one soft 587 Hz note */
  VASTUS_SOUND_TEMPO,      /* a tempo phase change in paced reps: very short soft 440 Hz tick ~40 ms, quieter */
  VASTUS_SOUND_N_CUES
} VastusSoundCue;

#define VASTUS_TYPE_SOUND (vastus_sound_get_type ())

G_DECLARE_FINAL_TYPE (VastusSound, vastus_sound, VASTUS, SOUND, GObject)

VastusSound *vastus_sound_new            (void);
VastusSound *vastus_sound_new_with_sink  (const char     *factory);
void         vastus_sound_play           (VastusSound    *self,
                                          VastusSoundCue  cue);
void         vastus_sound_set_muted      (VastusSound    *self,
                                          gboolean        muted);

G_END_DECLS
