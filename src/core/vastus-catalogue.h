/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "vastus-exercise.h"
#include "vastus-starter-program.h"

G_BEGIN_DECLS

#define VASTUS_CATALOGUE_ERROR (vastus_catalogue_error_quark ())

typedef enum
{
  VASTUS_CATALOGUE_ERROR_READ,     /* the file cannot be read */
  VASTUS_CATALOGUE_ERROR_INVALID,  /* the file can be read, but has problems */
} VastusCatalogueError;

GQuark vastus_catalogue_error_quark (void);

#define VASTUS_CATALOGUE_FORMAT 1
#define VASTUS_CATALOGUE_BUILTIN_FILE "exercises.json"

#define VASTUS_TYPE_CATALOGUE (vastus_catalogue_get_type ())

G_DECLARE_FINAL_TYPE (VastusCatalogue, vastus_catalogue, VASTUS, CATALOGUE, GObject)

VastusCatalogue      *vastus_catalogue_new              (void);
gboolean              vastus_catalogue_load_file        (VastusCatalogue  *self,
                                                         const char       *path,
                                                         GError          **error);
gboolean              vastus_catalogue_load_data        (VastusCatalogue  *self,
                                                         const char       *data,
                                                         gsize             length,
                                                         const char       *name,
                                                         const char       *folder,
                                                         GError          **error);
GPtrArray            *vastus_catalogue_load_folder      (VastusCatalogue  *self,
                                                         const char       *folder);
VastusExercise       *vastus_catalogue_lookup           (VastusCatalogue  *self,
                                                         const char       *id);
GListModel           *vastus_catalogue_get_programs     (VastusCatalogue  *self);
VastusStarterProgram *vastus_catalogue_lookup_program   (VastusCatalogue  *self,
                                                         const char       *id);

char                 *vastus_catalogue_builtin_folder   (void);
char                 *vastus_catalogue_user_folder      (void);
VastusCatalogue      *vastus_catalogue_new_builtin      (GError          **error);
VastusCatalogue      *vastus_catalogue_new_overlay      (VastusCatalogue  *base);

gboolean              vastus_catalogue_validate_file    (VastusCatalogue  *builtin,
                                                         const char       *path,
                                                         GString          *report);
gboolean              vastus_catalogue_validate_files   (const char * const *paths,
                                                         GString          *report);

G_END_DECLS
