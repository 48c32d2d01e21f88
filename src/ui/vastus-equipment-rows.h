/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

GPtrArray *vastus_equipment_rows_add (AdwPreferencesGroup *group,
                                      const char          *action_name);
void       vastus_equipment_rows_set (GPtrArray           *checks,
                                      const char * const  *have);

G_END_DECLS
