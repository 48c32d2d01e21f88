/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "vastus-store.h"

G_BEGIN_DECLS

#define VASTUS_TYPE_IMPORT_DIALOG (vastus_import_dialog_get_type ())

G_DECLARE_FINAL_TYPE (VastusImportDialog, vastus_import_dialog, VASTUS, IMPORT_DIALOG, AdwWindow)

GtkWidget *vastus_import_dialog_new (GtkWindow         *parent,
                                     VastusStore       *store,
                                     VastusProgramFile *file);

G_END_DECLS
