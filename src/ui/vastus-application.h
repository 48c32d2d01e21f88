/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "vastus-clock.h"
#include "vastus-store.h"

G_BEGIN_DECLS

#define VASTUS_TYPE_APPLICATION (vastus_application_get_type ())

G_DECLARE_FINAL_TYPE (VastusApplication, vastus_application, VASTUS, APPLICATION, AdwApplication)

VastusApplication *vastus_application_new            (void);

G_END_DECLS
