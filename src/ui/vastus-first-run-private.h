/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* What the tests read back and drive; not for other widgets. */

#include "vastus-first-run.h"

G_BEGIN_DECLS

const char *vastus_first_run_get_page  (VastusFirstRun  *self);
GtkWidget  *vastus_first_run_get_flags_dialog (VastusFirstRun *self);
GtkCheckButton *vastus_first_run_get_equipment_check (VastusFirstRun *self,
                                                      const char     *equipment);

G_END_DECLS
