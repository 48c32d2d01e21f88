/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "vastus-catalogue.h"

G_BEGIN_DECLS

#define VASTUS_TYPE_FIRST_RUN (vastus_first_run_get_type ())

G_DECLARE_FINAL_TYPE (VastusFirstRun, vastus_first_run, VASTUS, FIRST_RUN, AdwBin)

GtkWidget  *vastus_first_run_new       (VastusCatalogue *catalogue);
void        vastus_first_run_show_stop (VastusFirstRun     *self,
                                        const char * const *yes);
const char * const *vastus_first_run_get_equipment (VastusFirstRun *self);

G_END_DECLS
