/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

int vastus_backup_cli (const char *backup_path,
                       const char *restore_path,
                       gboolean    yes);

G_END_DECLS
