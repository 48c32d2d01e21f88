/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define VASTUS_BACKUP_ERROR (vastus_backup_error_quark ())

typedef enum
{
  VASTUS_BACKUP_ERROR_READ,     /* the backup file cannot be read */
  VASTUS_BACKUP_ERROR_INVALID,  /* it is not a Vastus backup, or it is damaged */
  VASTUS_BACKUP_ERROR_WRITE,    /* a file cannot be written or moved */
} VastusBackupError;

GQuark vastus_backup_error_quark (void);

/* What "kind" holds in every backup file. */
#define VASTUS_BACKUP_KIND "vastus-backup"
/* The newest format this Vastus writes and reads. */
#define VASTUS_BACKUP_FORMAT 1
/* The name a backup file is offered under. */
#define VASTUS_BACKUP_SUFFIX ".vastus-backup"

#define VASTUS_TYPE_BACKUP (vastus_backup_get_type ())

G_DECLARE_FINAL_TYPE (VastusBackup, vastus_backup, VASTUS, BACKUP, GObject)

GSettings     *vastus_backup_settings_new       (void);
char          *vastus_backup_default_name       (GDateTime    *now);

gboolean       vastus_backup_write              (GFile        *file,
                                                 const char   *folder,
                                                 GSettings    *settings,
                                                 GDateTime    *now,
                                                 GError      **error);
VastusBackup  *vastus_backup_read               (GFile        *file,
                                                 GError      **error);
gboolean       vastus_backup_restore            (VastusBackup *self,
                                                 const char   *folder,
                                                 GSettings    *settings,
                                                 GDateTime    *now,
                                                 char        **kept_in,
                                                 GError      **error);

GDateTime     *vastus_backup_get_created        (VastusBackup *self);
const char    *vastus_backup_get_app_version    (VastusBackup *self);
guint          vastus_backup_get_n_sessions     (VastusBackup *self);
GDateTime     *vastus_backup_get_first_session  (VastusBackup *self);
GDateTime     *vastus_backup_get_last_session   (VastusBackup *self);
const char    *vastus_backup_get_program_name   (VastusBackup *self);
guint          vastus_backup_get_n_exercises    (VastusBackup *self);
GStrv          vastus_backup_get_catalogue_files (VastusBackup *self);
guint          vastus_backup_get_n_preferences  (VastusBackup *self);
GPtrArray     *vastus_backup_get_notes          (VastusBackup *self);
char          *vastus_backup_describe           (VastusBackup *self);

G_END_DECLS
