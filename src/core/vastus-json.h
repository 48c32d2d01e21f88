/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>
#include <cjson/cJSON.h>

G_BEGIN_DECLS

G_DEFINE_AUTOPTR_CLEANUP_FUNC (cJSON, cJSON_Delete)

/*
 * VastusCheck collects every problem found while reading one data file, each
 * as a complete sentence naming the file, the item and the field.
 */
typedef struct
{
  const char *file;   /* the file's name as shown in messages */
  const char *kind;   /* "exercise" or "programme", NULL at file level */
  const char *id;     /* the id of the item being read, NULL if unknown */
  const char *where;  /* "exercises[3]": names the item when it has no id */
  const char *path;   /* "exercises[3]": with a field, joined to it as a JSON
                       * path ("exercises[3].dose.reps"); over the others */
  GPtrArray  *problems;
} VastusCheck;

void        vastus_check_init        (VastusCheck *check,
                                      const char  *file);
void        vastus_check_clear       (VastusCheck *check);
void        vastus_check_add         (VastusCheck *check,
                                      const char  *field,
                                      const char  *format,
                                      ...) G_GNUC_PRINTF (3, 4);
guint       vastus_check_count       (const VastusCheck *check);
char       *vastus_check_join        (const VastusCheck *check);

const char *vastus_check_string      (VastusCheck *check,
                                      const cJSON *object,
                                      const char  *key,
                                      const char  *field,
                                      gboolean     required,
                                      gsize        max_length);
gboolean    vastus_check_number_value (VastusCheck *check,
                                       const cJSON *item,
                                       const char  *field,
                                       double       min,
                                       double       max,
                                       double      *out);
void        vastus_check_keys        (VastusCheck *check,
                                      const cJSON *object,
                                      const char  *field,
                                      gboolean     deep);
gboolean    vastus_check_int         (VastusCheck *check,
                                      const cJSON *object,
                                      const char  *key,
                                      const char  *field,
                                      gboolean     required,
                                      int          min,
                                      int          max,
                                      int         *out);
gboolean    vastus_check_number      (VastusCheck *check,
                                      const cJSON *object,
                                      const char  *key,
                                      const char  *field,
                                      gboolean     required,
                                      double       min,
                                      double       max,
                                      double      *out);
GStrv       vastus_check_strv        (VastusCheck *check,
                                      const cJSON *object,
                                      const char  *key,
                                      const char  *field,
                                      gboolean     required,
                                      guint        min_items,
                                      gsize        max_length);
GStrv       vastus_check_take_strv   (VastusCheck *check,
                                      const cJSON *object,
                                      const char  *key,
                                      const char  *field,
                                      gboolean     required,
                                      guint        min_items,
                                      gsize        max_length);
char       *vastus_check_take_string (VastusCheck *check,
                                      const cJSON *object,
                                      const char  *key,
                                      const char  *field,
                                      gboolean     required,
                                      gsize        max_length);
const cJSON *vastus_check_object     (VastusCheck *check,
                                      const cJSON *object,
                                      const char  *key,
                                      const char  *field,
                                      gboolean     required);
const cJSON *vastus_check_array      (VastusCheck *check,
                                      const cJSON *object,
                                      const char  *key,
                                      const char  *field,
                                      gboolean     required);

int         vastus_names_find        (const char * const *names,
                                      const char         *name);
char       *vastus_names_quote       (const char * const *names);

gboolean    vastus_json_write_file   (const cJSON *root,
                                      const char  *path,
                                      GError     **error);

gboolean     vastus_json_text_held_nul (const cJSON *item);
const char  *vastus_json_get_text      (const cJSON *item);
gboolean     vastus_json_holds_nul     (const cJSON *root);

typedef enum
{
  VASTUS_JSON_VALID,
  VASTUS_JSON_EMPTY,       /* nothing but white space */
  VASTUS_JSON_TRUNCATED,   /* ends in the middle of the document */
  VASTUS_JSON_INVALID,     /* not JSON */
  VASTUS_JSON_TRAILING,    /* something follows the document */
} VastusJsonStatus;

cJSON      *vastus_json_parse_span   (const char       *data,
                                      gsize             length,
                                      VastusJsonStatus *status,
                                      gsize            *offset);
cJSON      *vastus_json_parse        (const char  *data,
                                      gsize        length,
                                      char       **error_message);

G_END_DECLS
