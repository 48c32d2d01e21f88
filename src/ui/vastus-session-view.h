/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "vastus-session-entry.h"
#include "vastus-session.h"
#include "vastus-sound.h"

G_BEGIN_DECLS

#define VASTUS_TYPE_SESSION_VIEW (vastus_session_view_get_type ())

G_DECLARE_FINAL_TYPE (VastusSessionView, vastus_session_view, VASTUS, SESSION_VIEW, AdwBin)

void           vastus_session_view_run                (VastusSessionView *self,
                                                       VastusSession     *session);
void           vastus_session_view_save_checkpoint    (VastusSessionView *self);

G_END_DECLS
