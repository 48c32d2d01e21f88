/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "vastus-catalogue.h"

G_BEGIN_DECLS

#define VASTUS_TYPE_APPLICATION (vastus_application_get_type ())

G_DECLARE_FINAL_TYPE (VastusApplication, vastus_application, VASTUS, APPLICATION, AdwApplication)

VastusApplication *vastus_application_new                   (void);
VastusCatalogue   *vastus_application_get_catalogue         (VastusApplication *self);
GPtrArray         *vastus_application_get_catalogue_errors  (VastusApplication *self);
GSettings         *vastus_application_get_settings          (VastusApplication *self);

G_END_DECLS
