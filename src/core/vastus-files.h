/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The application ID Vastus had before it was renamed to the all-lower-case
 * one: its data folder and its autostart entry were named after it. */
#define VASTUS_FORMER_APPLICATION_ID "io.github.vastus.Vastus"

char     *vastus_files_data_dir           (void);
char     *vastus_files_former_data_dir    (void);
gboolean  vastus_files_move_former_data_dir (GError **error);
gboolean  vastus_files_move_from_former_id  (GError **error);
int       vastus_folder_make_private      (const char  *folder);
guint     vastus_remove_stale_temporaries (const char  *path);
gboolean  vastus_path_same_file           (const char  *path,
                                           const char  *other);
gboolean  vastus_path_resolve_inside      (const char  *folder,
                                           const char  *path,
                                           char       **resolved,
                                           GError     **error);

G_END_DECLS
