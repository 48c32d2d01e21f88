/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* What the tests read back and drive; not for other widgets. */

#include "vastus-application.h"

G_BEGIN_DECLS

VastusStore       *vastus_application_get_store      (VastusApplication *self);
GSettings         *vastus_application_get_settings   (VastusApplication *self);
void               vastus_application_set_clock      (VastusApplication *self,
                                                      VastusClock       *clock);
void               vastus_application_set_time_offset (VastusApplication *self,
                                                       gint64             offset);

G_END_DECLS
