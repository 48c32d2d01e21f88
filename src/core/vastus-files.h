/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char     *vastus_files_data_dir           (void);
int       vastus_folder_make_private      (const char  *folder);
guint     vastus_remove_stale_temporaries (const char  *path);
gboolean  vastus_path_resolve_inside      (const char  *folder,
                                           const char  *path,
                                           char       **resolved,
                                           GError     **error);

G_END_DECLS
