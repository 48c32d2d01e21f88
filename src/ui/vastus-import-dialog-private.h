/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* What the tests read back; not for other widgets. */

#include "vastus-import-dialog.h"

G_BEGIN_DECLS

GPtrArray  *vastus_import_dialog_get_changes      (VastusImportDialog *self);
const char *vastus_import_dialog_get_summary      (VastusImportDialog *self);
char       *vastus_import_dialog_describe_column  (VastusImportDialog *self,
                                                   gboolean            next);

G_END_DECLS
