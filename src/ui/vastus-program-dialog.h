/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "vastus-store.h"

G_BEGIN_DECLS

#define VASTUS_TYPE_PROGRAM_DIALOG (vastus_program_dialog_get_type ())

G_DECLARE_FINAL_TYPE (VastusProgramDialog, vastus_program_dialog, VASTUS, PROGRAM_DIALOG, AdwWindow)

GtkWidget *vastus_program_dialog_new     (GtkWindow     *parent,
                                          VastusStore   *store);

G_END_DECLS
