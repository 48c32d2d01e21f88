/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* What the tests read back and drive; not for other widgets. */

#include "vastus-red-flags-dialog.h"

G_BEGIN_DECLS

GStrv      vastus_red_flags_dialog_get_yes     (VastusRedFlagsDialog *self);

G_END_DECLS
