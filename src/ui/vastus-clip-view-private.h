/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* What the tests read back and drive; not for other widgets. */

#include "vastus-clip-view.h"

G_BEGIN_DECLS

const char     *vastus_clip_view_get_message  (VastusClipView *self);

G_END_DECLS
