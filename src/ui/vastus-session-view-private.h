/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* What the tests read back and drive; not for other widgets. */

#include "vastus-recorder.h"
#include "vastus-session-view.h"
#include "vastus-speech.h"

G_BEGIN_DECLS

VastusSession *vastus_session_view_get_session        (VastusSessionView *self);
VastusSound   *vastus_session_view_get_sound          (VastusSessionView *self);
VastusSpeech  *vastus_session_view_get_speech         (VastusSessionView *self);
void           vastus_session_view_set_recorder       (VastusSessionView *self,
                                                       VastusRecorder    *recorder);
const char    *vastus_session_view_get_announcement   (VastusSessionView *self);
guint          vastus_session_view_get_n_announcements (VastusSessionView *self);
const char    *vastus_session_view_get_text           (VastusSessionView *self,
                                                       const char        *part);
gboolean       vastus_session_view_get_inhibited      (VastusSessionView *self);
gboolean       vastus_session_view_get_redrawing      (VastusSessionView *self);
GtkWidget     *vastus_session_view_get_end_dialog     (VastusSessionView *self);
GtkWidget          *vastus_session_view_get_pain_form (VastusSessionView *self);
VastusSessionEntry *vastus_session_view_get_entry     (VastusSessionView *self);
GtkWidget          *vastus_session_view_get_red_flags_dialog (VastusSessionView *self);
GtkWidget           *vastus_session_view_get_knee_dialog (VastusSessionView *self);
GtkWidget           *vastus_session_view_get_part     (VastusSessionView *self,
                                                       const char        *part);

G_END_DECLS
