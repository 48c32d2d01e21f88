/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "vastus-catalogue.h"
#include "vastus-program.h"

G_BEGIN_DECLS

/* A programme a physiotherapist sends (data/program-format.md). */
#define VASTUS_PROGRAM_FILE_FORMAT 1
#define VASTUS_PROGRAM_FILE_KIND "vastus-program"
#define VASTUS_PROGRAM_FILE_MIME_TYPE "application/x-vastus-program"
#define VASTUS_PROGRAM_FILE_SUFFIX ".vastus-program.json"

typedef enum
{
  VASTUS_IMPORT_REPLACE,  /* the file's exercises, in its order, and no others */
  VASTUS_IMPORT_MERGE,    /* the file's exercises added or set; the others kept */
} VastusImportMode;

typedef enum
{
  VASTUS_PROGRAM_CHANGE_UNCHANGED,
  VASTUS_PROGRAM_CHANGE_ADDED,
  VASTUS_PROGRAM_CHANGE_REMOVED,
  VASTUS_PROGRAM_CHANGE_DOSE,
} VastusProgramChangeKind;

/* One exercise, as an import would change it. */
typedef struct
{
  VastusProgramChangeKind  kind;
  char                    *id;
  char                    *name;
  char                    *before;  /* the dose in words now; NULL when added */
  char                    *after;   /* the dose in words after; NULL when removed */
} VastusProgramChange;

void vastus_program_change_free (VastusProgramChange *change);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (VastusProgramChange, vastus_program_change_free)

#define VASTUS_TYPE_PROGRAM_FILE (vastus_program_file_get_type ())

G_DECLARE_FINAL_TYPE (VastusProgramFile, vastus_program_file, VASTUS, PROGRAM_FILE, GObject)

gboolean           vastus_program_file_is_program  (const char          *path);
VastusProgramFile *vastus_program_file_load        (const char          *path,
                                                    VastusCatalogue     *catalogue,
                                                    GError             **error);
const char        *vastus_program_file_get_path    (VastusProgramFile   *self);
const char        *vastus_program_file_get_name    (VastusProgramFile   *self);
int                vastus_program_file_get_sessions_per_week (VastusProgramFile *self);
const char        *vastus_program_file_get_notes   (VastusProgramFile   *self);
guint              vastus_program_file_get_n_exercises (VastusProgramFile *self);
const char        *vastus_program_file_get_exercise_id (VastusProgramFile *self,
                                                    guint                index);
const VastusDose  *vastus_program_file_get_dose    (VastusProgramFile   *self,
                                                    guint                index);
guint              vastus_program_file_get_n_extra_exercises (VastusProgramFile *self);

VastusProgram     *vastus_program_file_apply       (VastusProgramFile   *self,
                                                    VastusProgram       *current,
                                                    VastusCatalogue     *catalogue,
                                                    VastusImportMode     mode);
GPtrArray         *vastus_program_file_diff        (VastusProgram       *current,
                                                    VastusProgram       *next);
char              *vastus_program_file_install_catalogue (VastusProgramFile *self,
                                                    const char          *folder,
                                                    GError             **error);

gboolean           vastus_program_file_export      (VastusProgram       *program,
                                                    GFile               *file,
                                                    GError             **error);

gboolean           vastus_program_file_validate    (VastusCatalogue     *catalogue,
                                                    const char          *path,
                                                    GString             *report);
gboolean           vastus_data_files_validate      (const char * const  *paths,
                                                    GString             *report);

G_END_DECLS
