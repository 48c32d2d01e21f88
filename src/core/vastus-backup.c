/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "vastus-backup"

#include "config.h"

#include "vastus-backup.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>

#include "vastus-catalogue.h"
#include "vastus-date.h"
#include "vastus-files.h"
#include "vastus-journal.h"
#include "vastus-json.h"
#include "vastus-program.h"

/*
 * One file that holds everything Vastus keeps for the person, and putting it
 * back.
 *
 * The backup file is JSON:
 *
 *   {
 *     "kind": "vastus-backup",
 *     "format": 1,
 *     "created": "2026-12-02T10:00:00Z",
 *     "app_version": "0.5.0",
 *     "files": [
 *       { "path": "journal.jsonl", "size": 18231,
 *         "sha256": "…64 hex digits…", "data": "…base64…" },
 *       { "path": "program.json", … },
 *       { "path": "catalogue.d/my-exercises.json", … }
 *     ],
 *     "preferences": { "sound-cues": "true", "own-clips": "{'wall-sit': '/home/…'}" }
 *   }
 *
 * Each file of the data folder is kept byte for byte (base64), with its size
 * and SHA-256, so that a restore gives back exactly what was there. The
 * preferences are the GSettings keys as GVariant text, all but the window's
 * size, which belongs to the screen it was on. A file missing from "files"
 * was not there when the backup was made.
 *
 * Reading a backup checks all of it before anything is changed: the kind,
 * the format, every file's name, size and checksum, that the programme reads
 * as a programme and the journal as a journal, and that every preference is
 * a GVariant. Restoring moves the files there now into a dated folder beside
 * them (before-restore-2026-12-02T10-00-00/), with the preferences as they
 * were in preferences.json, and only then writes the backup's files.
 */

struct _VastusBackup
{
  GObject     parent_instance;

  char       *name;          /* the backup file's name, for messages */
  GDateTime  *created;
  char       *app_version;
  GPtrArray  *paths;         /* char *, relative to the data folder */
  GPtrArray  *contents;      /* GBytes, by path */
  GPtrArray  *pref_keys;     /* char * */
  GPtrArray  *pref_values;   /* GVariant, by key */
  guint       n_sessions;
  GDateTime  *first_session;
  GDateTime  *last_session;
  char       *program_name;
  guint       n_exercises;
  GPtrArray  *notes;         /* char *: what is worth knowing, not refused */
};

G_DEFINE_FINAL_TYPE (VastusBackup, vastus_backup, G_TYPE_OBJECT)

G_DEFINE_QUARK (vastus-backup-error-quark, vastus_backup_error)

#define JOURNAL_FILE "journal.jsonl"
#define PROGRAM_FILE "program.json"
#define CATALOGUE_FOLDER "catalogue.d"
#define PREFERENCES_FILE "preferences.json"

static void
vastus_backup_finalize (GObject *object)
{
  VastusBackup *self = VASTUS_BACKUP (object);

  g_free (self->name);
  g_clear_pointer (&self->created, g_date_time_unref);
  g_free (self->app_version);
  g_ptr_array_unref (self->paths);
  g_ptr_array_unref (self->contents);
  g_ptr_array_unref (self->pref_keys);
  g_ptr_array_unref (self->pref_values);
  g_clear_pointer (&self->first_session, g_date_time_unref);
  g_clear_pointer (&self->last_session, g_date_time_unref);
  g_free (self->program_name);
  g_ptr_array_unref (self->notes);

  G_OBJECT_CLASS (vastus_backup_parent_class)->finalize (object);
}

static void
vastus_backup_class_init (VastusBackupClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = vastus_backup_finalize;
}

static void
vastus_backup_init (VastusBackup *self)
{
  self->paths = g_ptr_array_new_with_free_func (g_free);
  self->contents = g_ptr_array_new_with_free_func ((GDestroyNotify) g_bytes_unref);
  self->pref_keys = g_ptr_array_new_with_free_func (g_free);
  self->pref_values = g_ptr_array_new_with_free_func ((GDestroyNotify) g_variant_unref);
  self->notes = g_ptr_array_new_with_free_func (g_free);
}

/**
 * vastus_backup_settings_new:
 *
 * Returns: (transfer full) (nullable): Vastus's preferences, or %NULL where
 *   their schema is not installed (a backup then holds none)
 */
GSettings *
vastus_backup_settings_new (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr (GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE);
  if (schema == NULL)
    return NULL;
  return g_settings_new_full (schema, NULL, NULL);
}

/**
 * vastus_backup_default_name:
 *
 * Returns: the name a backup made at @now is offered under
 */
char *
vastus_backup_default_name (GDateTime *now)
{
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%d");

  return g_strconcat ("vastus-backup-", date, VASTUS_BACKUP_SUFFIX, NULL);
}

/* The window's size belongs to the screen, not to the person's rehab. */
static gboolean
is_kept_preference (const char *key)
{
  return !g_str_has_prefix (key, "window-");
}

static GSettingsSchema *
settings_schema (GSettings *settings)
{
  GSettingsSchema *schema = NULL;

  g_object_get (settings, "settings-schema", &schema, NULL);
  return schema;
}

/* The preferences as the backup holds them: key → GVariant text. */
static cJSON *
preferences_to_json (GSettings *settings)
{
  g_autoptr (GSettingsSchema) schema = settings_schema (settings);
  g_auto (GStrv) keys = g_settings_schema_list_keys (schema);
  cJSON *object = cJSON_CreateObject ();

  for (guint i = 0; keys[i] != NULL; i++)
    {
      g_autoptr (GVariant) value = NULL;
      g_autofree char *text = NULL;

      if (!is_kept_preference (keys[i]))
        continue;
      value = g_settings_get_value (settings, keys[i]);
      text = g_variant_print (value, TRUE);
      cJSON_AddStringToObject (object, keys[i], text);
    }

  return object;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* A person's catalogue file: a .json file right in catalogue.d. */
static gboolean
is_catalogue_name (const char *name)
{
  return name[0] != '.' && g_str_has_suffix (name, ".json") && strchr (name, G_DIR_SEPARATOR) == NULL &&
         strlen (name) > strlen (".json");
}

/* The data folder's files a backup holds, those that are there, in order:
 * journal, programme, catalogue files by name. */
static GPtrArray *
list_data_files (const char  *folder,
                 GError     **error)
{
  g_autoptr (GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) catalogue = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *catalogue_folder = g_build_filename (folder, CATALOGUE_FOLDER, NULL);
  g_autoptr (GDir) dir = NULL;
  g_autoptr (GError) local_error = NULL;
  const char *single[] = { JOURNAL_FILE, PROGRAM_FILE };
  const char *name;

  for (guint i = 0; i < G_N_ELEMENTS (single); i++)
    {
      g_autofree char *path = g_build_filename (folder, single[i], NULL);

      if (g_file_test (path, G_FILE_TEST_IS_REGULAR))
        g_ptr_array_add (paths, g_strdup (single[i]));
    }

  dir = g_dir_open (catalogue_folder, 0, &local_error);
  if (dir == NULL && !g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
    {
      g_set_error (error, VASTUS_BACKUP_ERROR, VASTUS_BACKUP_ERROR_READ, "%s: %s", catalogue_folder,
                   local_error->message);
      return NULL;
    }

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (catalogue_folder, name, NULL);

      /* A link to a file counts as the file: a backup holds what it reads,
       * a restore moves the link aside, as Vastus reads through it. */
      if (is_catalogue_name (name) && g_file_test (path, G_FILE_TEST_IS_REGULAR))
        g_ptr_array_add (catalogue, g_build_filename (CATALOGUE_FOLDER, name, NULL));
    }
  g_ptr_array_sort (catalogue, compare_names);
  g_ptr_array_extend_and_steal (paths, g_steal_pointer (&catalogue));

  return g_steal_pointer (&paths);
}

/**
 * vastus_backup_write:
 * @file: where the backup goes; replaced whole, or left as it was
 * @folder: the data folder (vastus_files_data_dir())
 * @settings: (nullable): the preferences to keep
 * @now: when the backup is made
 *
 * Writes the journal, the programme, the person's catalogue files and the
 * preferences into @file, atomically. Whoever holds the journal flushes it
 * first.
 *
 * Returns: %TRUE when @file holds the backup
 */
gboolean
vastus_backup_write (GFile      *file,
                     const char *folder,
                     GSettings  *settings,
                     GDateTime  *now,
                     GError    **error)
{
  g_autoptr (cJSON) root = cJSON_CreateObject ();
  g_autoptr (GPtrArray) paths = NULL;
  g_autoptr (GDateTime) utc = g_date_time_to_utc (now);
  g_autofree char *created = g_date_time_format (utc, "%Y-%m-%dT%H:%M:%SZ");
  g_autofree char *text = NULL;
  g_autoptr (GError) local_error = NULL;
  cJSON *files;

  paths = list_data_files (folder, error);
  if (paths == NULL)
    return FALSE;

  cJSON_AddStringToObject (root, "kind", VASTUS_BACKUP_KIND);
  cJSON_AddNumberToObject (root, "format", VASTUS_BACKUP_FORMAT);
  cJSON_AddStringToObject (root, "created", created);
  cJSON_AddStringToObject (root, "app_version", PACKAGE_VERSION);
  files = cJSON_AddArrayToObject (root, "files");

  for (guint i = 0; i < paths->len; i++)
    {
      const char *relative = g_ptr_array_index (paths, i);
      g_autofree char *path = g_build_filename (folder, relative, NULL);
      g_autofree char *data = NULL;
      g_autofree char *sum = NULL;
      g_autofree char *encoded = NULL;
      cJSON *entry;
      gsize length;

      if (!g_file_get_contents (path, &data, &length, &local_error))
        {
          g_set_error (error, VASTUS_BACKUP_ERROR, VASTUS_BACKUP_ERROR_READ, "%s", local_error->message);
          return FALSE;
        }

      sum = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) data, length);
      encoded = g_base64_encode ((const guchar *) data, length);
      entry = cJSON_CreateObject ();
      cJSON_AddStringToObject (entry, "path", relative);
      cJSON_AddNumberToObject (entry, "size", (double) length);
      cJSON_AddStringToObject (entry, "sha256", sum);
      cJSON_AddStringToObject (entry, "data", encoded);
      cJSON_AddItemToArray (files, entry);
    }

  cJSON_AddItemToObject (root, "preferences", settings != NULL ? preferences_to_json (settings) : cJSON_CreateObject ());

  text = cJSON_Print (root);
  if (!g_file_replace_contents (file, text, strlen (text), NULL, FALSE, G_FILE_CREATE_PRIVATE | G_FILE_CREATE_REPLACE_DESTINATION,
                                NULL, NULL, &local_error))
    {
      g_autofree char *name = g_file_get_parse_name (file);

      g_set_error (error, VASTUS_BACKUP_ERROR, VASTUS_BACKUP_ERROR_WRITE, _("%s: cannot be written: %s"), name,
                   local_error->message);
      return FALSE;
    }

  return TRUE;
}

/* Reading */

G_GNUC_PRINTF (3, 4)
static gboolean
refuse (VastusBackup  *self,
        GError       **error,
        const char    *format,
        ...)
{
  g_autofree char *reason = NULL;
  va_list args;

  va_start (args, format);
  reason = g_strdup_vprintf (format, args);
  va_end (args);

  /* Translators: the backup file's name, then why it cannot be restored */
  g_set_error (error, VASTUS_BACKUP_ERROR, VASTUS_BACKUP_ERROR_INVALID, _("%s is not a backup Vastus can restore: %s"),
               self->name, reason);
  return FALSE;
}

/* catalogue.d/NAME.json, program.json or journal.jsonl, and nothing that could
 * lead out of the data folder. */
static gboolean
is_data_path (const char *path)
{
  if (g_str_equal (path, JOURNAL_FILE) || g_str_equal (path, PROGRAM_FILE))
    return TRUE;
  return g_str_has_prefix (path, CATALOGUE_FOLDER "/") && is_catalogue_name (path + strlen (CATALOGUE_FOLDER "/"));
}

static GBytes *
lookup_file (VastusBackup *self,
             const char   *path)
{
  for (guint i = 0; i < self->paths->len; i++)
    if (g_str_equal (g_ptr_array_index (self->paths, i), path))
      return g_ptr_array_index (self->contents, i);
  return NULL;
}

static gboolean
read_files (VastusBackup  *self,
            const cJSON   *files,
            GError       **error)
{
  const cJSON *entry;
  guint index = 0;

  if (!cJSON_IsArray (files))
    return refuse (self, error, _("“files” must be a list"));

  cJSON_ArrayForEach (entry, files)
    {
      const cJSON *path = cJSON_GetObjectItemCaseSensitive (entry, "path");
      const cJSON *size = cJSON_GetObjectItemCaseSensitive (entry, "size");
      const cJSON *sha = cJSON_GetObjectItemCaseSensitive (entry, "sha256");
      const cJSON *data = cJSON_GetObjectItemCaseSensitive (entry, "data");
      g_autofree guchar *bytes = NULL;
      g_autofree char *sum = NULL;
      gsize length = 0;

      index++;
      if (!cJSON_IsString (path) || !is_data_path (path->valuestring))
        return refuse (self, error, _("file %u: “path” must name journal.jsonl, program.json or a catalogue.d file"),
                       index);
      if (lookup_file (self, path->valuestring) != NULL)
        return refuse (self, error, _("%s: is there twice"), path->valuestring);
      if (!cJSON_IsNumber (size) || size->valuedouble < 0 || size->valuedouble != (double) (gint64) size->valuedouble)
        return refuse (self, error, _("%s: “size” must be a whole number of bytes"), path->valuestring);
      if (!cJSON_IsString (sha) || strlen (sha->valuestring) != 64)
        return refuse (self, error, _("%s: “sha256” must be 64 hexadecimal digits"), path->valuestring);
      if (!cJSON_IsString (data))
        return refuse (self, error, _("%s: “data” must be base64 text"), path->valuestring);

      if (data->valuestring[0] != '\0')
        bytes = g_base64_decode (data->valuestring, &length);
      if ((gint64) length != (gint64) size->valuedouble)
        return refuse (self, error, _("%s: holds %lu bytes, but should hold %.0f; the backup is damaged"),
                       path->valuestring, (unsigned long) length, size->valuedouble);
      sum = g_compute_checksum_for_data (G_CHECKSUM_SHA256, bytes != NULL ? bytes : (const guchar *) "", length);
      if (g_ascii_strcasecmp (sum, sha->valuestring) != 0)
        return refuse (self, error, _("%s: its checksum does not match; the backup is damaged"), path->valuestring);

      g_ptr_array_add (self->paths, g_strdup (path->valuestring));
      g_ptr_array_add (self->contents, g_bytes_new_take (g_steal_pointer (&bytes), length));
    }

  return TRUE;
}

static gboolean
read_preferences (VastusBackup  *self,
                  const cJSON   *preferences,
                  GError       **error)
{
  const cJSON *item;

  if (preferences == NULL)
    return TRUE;
  if (!cJSON_IsObject (preferences))
    return refuse (self, error, _("“preferences” must be an object"));

  cJSON_ArrayForEach (item, preferences)
    {
      g_autoptr (GError) local_error = NULL;
      GVariant *value;

      if (!cJSON_IsString (item))
        return refuse (self, error, _("preference “%s” must be GVariant text"), item->string);
      value = g_variant_parse (NULL, item->valuestring, NULL, NULL, &local_error);
      if (value == NULL)
        return refuse (self, error, _("preference “%s”: %s"), item->string, local_error->message);

      g_ptr_array_add (self->pref_keys, g_strdup (item->string));
      g_ptr_array_add (self->pref_values, g_variant_ref_sink (value));
    }

  return TRUE;
}

static void
remove_scratch (const char *scratch)
{
  g_autoptr (GDir) dir = g_dir_open (scratch, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (scratch, name, NULL);

      g_unlink (path);
    }
  g_rmdir (scratch);
}

static gboolean
write_scratch (const char  *scratch,
               const char  *name,
               GBytes      *bytes,
               char       **path,
               GError     **error)
{
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  *path = g_build_filename (scratch, name, NULL);
  return g_file_set_contents (*path, data != NULL ? data : "", (gssize) length, error);
}

/* The programme and the journal are read as Vastus will read them once they
 * are back: a programme it cannot read is refused; damaged journal lines or
 * catalogue files are said, as Vastus says them, since the backup holds them
 * as they were. */
static gboolean
check_contents (VastusBackup  *self,
                GError       **error)
{
  g_autoptr (GError) local_error = NULL;
  g_autofree char *scratch = g_dir_make_tmp ("vastus-backup-XXXXXX", &local_error);
  g_autoptr (VastusCatalogue) catalogue = NULL;
  GBytes *journal_bytes = lookup_file (self, JOURNAL_FILE);
  GBytes *program_bytes = lookup_file (self, PROGRAM_FILE);
  gboolean ok = FALSE;

  if (scratch == NULL)
    {
      g_set_error (error, VASTUS_BACKUP_ERROR, VASTUS_BACKUP_ERROR_READ, "%s", local_error->message);
      return FALSE;
    }

  catalogue = vastus_catalogue_new_builtin (NULL);
  if (catalogue == NULL)
    catalogue = vastus_catalogue_new ();
  for (guint i = 0; i < self->paths->len; i++)
    {
      const char *path = g_ptr_array_index (self->paths, i);
      g_autoptr (GError) catalogue_error = NULL;
      gsize length;
      const char *data;

      if (!g_str_has_prefix (path, CATALOGUE_FOLDER "/"))
        continue;
      data = g_bytes_get_data (g_ptr_array_index (self->contents, i), &length);
      if (!vastus_catalogue_load_data (catalogue, data != NULL ? data : "", length, path, scratch, &catalogue_error))
        g_ptr_array_add (self->notes, g_strdup (catalogue_error->message));
    }

  if (journal_bytes != NULL)
    {
      g_autofree char *path = NULL;
      g_autoptr (VastusJournal) journal = NULL;
      GPtrArray *problems;
      guint n;

      if (!write_scratch (scratch, JOURNAL_FILE, journal_bytes, &path, &local_error))
        {
          g_set_error (error, VASTUS_BACKUP_ERROR, VASTUS_BACKUP_ERROR_READ, "%s", local_error->message);
          goto out;
        }
      journal = vastus_journal_new (path);
      if (!vastus_journal_load (journal, &local_error))
        {
          refuse (self, error, "%s", local_error->message);
          goto out;
        }

      n = g_list_model_get_n_items (G_LIST_MODEL (journal));
      self->n_sessions = n;
      if (n > 0)
        {
          g_autoptr (VastusSessionEntry) first = g_list_model_get_item (G_LIST_MODEL (journal), 0);
          g_autoptr (VastusSessionEntry) last = g_list_model_get_item (G_LIST_MODEL (journal), n - 1);

          self->first_session = g_date_time_new_from_unix_local (vastus_session_entry_get_start (first) / G_USEC_PER_SEC);
          self->last_session = g_date_time_new_from_unix_local (vastus_session_entry_get_start (last) / G_USEC_PER_SEC);
        }

      problems = vastus_journal_get_problems (journal);
      for (guint i = 0; i < problems->len; i++)
        g_ptr_array_add (self->notes, g_strdup (g_ptr_array_index (problems, i)));
    }

  if (program_bytes != NULL)
    {
      g_autofree char *path = NULL;
      g_autoptr (VastusProgram) program = NULL;
      g_autoptr (GPtrArray) problems = NULL;
      VastusStarterProgram *starter;
      const char *starter_id;

      if (!write_scratch (scratch, PROGRAM_FILE, program_bytes, &path, &local_error))
        {
          g_set_error (error, VASTUS_BACKUP_ERROR, VASTUS_BACKUP_ERROR_READ, "%s", local_error->message);
          goto out;
        }
      program = vastus_program_load (path, catalogue, &problems, &local_error);
      if (program == NULL)
        {
          refuse (self, error, "%s", local_error->message);
          goto out;
        }

      for (guint i = 0; i < problems->len; i++)
        g_ptr_array_add (self->notes, g_strdup (g_ptr_array_index (problems, i)));
      self->n_exercises = vastus_program_get_n_exercises (program);
      starter_id = vastus_program_get_starter_id (program);
      starter = starter_id != NULL ? vastus_catalogue_lookup_program (catalogue, starter_id) : NULL;
      if (starter != NULL)
        self->program_name = g_strdup (vastus_starter_program_get_name (starter));
      else if (starter_id != NULL)
        self->program_name = g_strdup (starter_id);
      else
        self->program_name = g_strdup (_("Your own programme"));
    }

  ok = TRUE;

out:
  remove_scratch (scratch);
  return ok;
}

/**
 * vastus_backup_read:
 * @file: a backup file
 *
 * Reads @file and checks all of it (see the top of this file); nothing is
 * changed.
 *
 * Returns: (transfer full) (nullable): the backup, or %NULL with @error
 *   naming the file and what is wrong with it
 */
VastusBackup *
vastus_backup_read (GFile   *file,
                    GError **error)
{
  g_autoptr (VastusBackup) self = g_object_new (VASTUS_TYPE_BACKUP, NULL);
  g_autoptr (GError) local_error = NULL;
  g_autofree char *data = NULL;
  g_autofree char *parse_error = NULL;
  g_autoptr (cJSON) root = NULL;
  const cJSON *kind, *format, *created, *version;
  gsize length;

  self->name = g_file_get_basename (file);

  if (!g_file_load_contents (file, NULL, &data, &length, NULL, &local_error))
    {
      g_set_error (error, VASTUS_BACKUP_ERROR, VASTUS_BACKUP_ERROR_READ, _("%s: cannot be read: %s"), self->name,
                   local_error->message);
      return NULL;
    }

  root = vastus_json_parse (data, length, &parse_error);
  if (root == NULL || !cJSON_IsObject (root))
    {
      refuse (self, error, "%s", parse_error != NULL ? parse_error : _("must hold a JSON object"));
      return NULL;
    }

  kind = cJSON_GetObjectItemCaseSensitive (root, "kind");
  if (!cJSON_IsString (kind) || !g_str_equal (kind->valuestring, VASTUS_BACKUP_KIND))
    {
      refuse (self, error, _("“kind” must be “%s”"), VASTUS_BACKUP_KIND);
      return NULL;
    }

  format = cJSON_GetObjectItemCaseSensitive (root, "format");
  if (!cJSON_IsNumber (format) || format->valuedouble < 1)
    {
      refuse (self, error, _("“format” must be a whole number"));
      return NULL;
    }
  if (format->valuedouble > VASTUS_BACKUP_FORMAT)
    {
      refuse (self, error, _("it is format %.0f, but this version of Vastus reads format %d"), format->valuedouble,
              VASTUS_BACKUP_FORMAT);
      return NULL;
    }

  created = cJSON_GetObjectItemCaseSensitive (root, "created");
  if (cJSON_IsString (created))
    self->created = g_date_time_new_from_iso8601 (created->valuestring, NULL);
  if (self->created == NULL)
    {
      refuse (self, error, _("“created” must be a date and time"));
      return NULL;
    }

  version = cJSON_GetObjectItemCaseSensitive (root, "app_version");
  self->app_version = g_strdup (cJSON_IsString (version) ? version->valuestring : "");

  if (!read_files (self, cJSON_GetObjectItemCaseSensitive (root, "files"), error) ||
      !read_preferences (self, cJSON_GetObjectItemCaseSensitive (root, "preferences"), error) ||
      !check_contents (self, error))
    return NULL;

  return g_steal_pointer (&self);
}

/* Restoring */

/* A folder in @folder no other restore has used. */
static char *
make_kept_folder (const char  *folder,
                  GDateTime   *now,
                  GError     **error)
{
  g_autofree char *stamp = g_date_time_format (now, "%Y-%m-%dT%H-%M-%S");

  if (vastus_folder_make_private (folder) != 0)
    {
      int saved = errno;

      g_set_error (error, VASTUS_BACKUP_ERROR, VASTUS_BACKUP_ERROR_WRITE, "%s: %s", folder, g_strerror (saved));
      return NULL;
    }

  for (guint n = 1; n < 100; n++)
    {
      g_autofree char *name = n == 1 ? g_strdup_printf ("before-restore-%s", stamp)
                                     : g_strdup_printf ("before-restore-%s-%u", stamp, n);
      g_autofree char *path = g_build_filename (folder, name, NULL);

      if (g_mkdir (path, 0700) == 0)
        return g_steal_pointer (&path);
      if (errno != EEXIST)
        {
          int saved = errno;

          g_set_error (error, VASTUS_BACKUP_ERROR, VASTUS_BACKUP_ERROR_WRITE, "%s: %s", path, g_strerror (saved));
          return NULL;
        }
    }

  g_set_error (error, VASTUS_BACKUP_ERROR, VASTUS_BACKUP_ERROR_WRITE, _("%s: too many earlier restores at this time"),
               folder);
  return NULL;
}

typedef struct
{
  char *from;
  char *to;
} Move;

static void
move_free (Move *move)
{
  g_free (move->from);
  g_free (move->to);
  g_free (move);
}

/* Puts back what was moved aside, last first. */
static void
undo_moves (GPtrArray *moves)
{
  for (guint i = moves->len; i > 0; i--)
    {
      Move *move = g_ptr_array_index (moves, i - 1);

      if (g_rename (move->to, move->from) != 0)
        g_warning ("Cannot put %s back to %s: %s", move->to, move->from, g_strerror (errno));
    }
}

static gboolean
write_data_file (const char  *path,
                 GBytes      *bytes,
                 GError     **error)
{
  g_autofree char *parent = g_path_get_dirname (path);
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  if (vastus_folder_make_private (parent) != 0)
    {
      int saved = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved), "%s: %s", parent, g_strerror (saved));
      return FALSE;
    }
  return g_file_set_contents_full (path, data != NULL ? data : "", (gssize) length,
                                   G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE, 0600, error);
}

static gboolean
apply_preferences (VastusBackup *self,
                   GSettings    *settings)
{
  g_autoptr (GSettingsSchema) schema = settings_schema (settings);
  g_auto (GStrv) keys = g_settings_schema_list_keys (schema);

  g_settings_delay (settings);

  for (guint i = 0; keys[i] != NULL; i++)
    {
      g_autoptr (GSettingsSchemaKey) key = g_settings_schema_get_key (schema, keys[i]);
      GVariant *value = NULL;

      if (!is_kept_preference (keys[i]))
        continue;
      for (guint k = 0; k < self->pref_keys->len && value == NULL; k++)
        if (g_str_equal (g_ptr_array_index (self->pref_keys, k), keys[i]))
          value = g_ptr_array_index (self->pref_values, k);

      if (value == NULL)
        g_settings_reset (settings, keys[i]);
      else if (g_variant_is_of_type (value, g_settings_schema_key_get_value_type (key)) &&
               g_settings_schema_key_range_check (key, value))
        g_settings_set_value (settings, keys[i], value);
      else
        g_message ("Preference %s in %s does not fit this version of Vastus; left as it was", keys[i], self->name);
    }

  g_settings_apply (settings);
  return TRUE;
}

/**
 * vastus_backup_restore:
 * @folder: the data folder (vastus_files_data_dir())
 * @settings: (nullable): the preferences to set
 * @now: when, for the name of the folder the current data is kept in
 * @kept_in: (out) (optional) (transfer full): the folder the files and
 *   preferences there before were moved to, %NULL when there was nothing
 *
 * Puts the backup's files and preferences in place of the current ones. The
 * current files are moved into a new before-restore-DATE folder in @folder
 * first, with the current preferences in its preferences.json; when
 * anything fails they are put back, and the error says what failed. Whoever
 * holds the journal flushes it first and reads it again after.
 *
 * Returns: %TRUE when the backup is in place
 */
gboolean
vastus_backup_restore (VastusBackup  *self,
                       const char    *folder,
                       GSettings     *settings,
                       GDateTime     *now,
                       char         **kept_in,
                       GError       **error)
{
  g_autoptr (GPtrArray) current = NULL;
  g_autoptr (GPtrArray) moves = g_ptr_array_new_with_free_func ((GDestroyNotify) move_free);
  g_autoptr (GPtrArray) written = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GError) local_error = NULL;
  g_autofree char *kept = NULL;

  g_return_val_if_fail (VASTUS_IS_BACKUP (self), FALSE);

  current = list_data_files (folder, error);
  if (current == NULL)
    return FALSE;

  if (current->len > 0 || settings != NULL)
    {
      kept = make_kept_folder (folder, now, error);
      if (kept == NULL)
        return FALSE;
    }

  if (settings != NULL)
    {
      g_autoptr (cJSON) preferences = preferences_to_json (settings);
      g_autofree char *path = g_build_filename (kept, PREFERENCES_FILE, NULL);

      if (!vastus_json_write_file (preferences, path, &local_error))
        goto failed;
    }

  for (guint i = 0; i < current->len; i++)
    {
      const char *relative = g_ptr_array_index (current, i);
      g_autofree char *from = g_build_filename (folder, relative, NULL);
      g_autofree char *to = g_build_filename (kept, relative, NULL);
      g_autofree char *parent = g_path_get_dirname (to);
      Move *move;

      if (g_mkdir_with_parents (parent, 0700) != 0 || g_rename (from, to) != 0)
        {
          int saved = errno;

          g_set_error (&local_error, G_FILE_ERROR, g_file_error_from_errno (saved), "%s: %s", from, g_strerror (saved));
          goto failed;
        }
      move = g_new (Move, 1);
      move->from = g_steal_pointer (&from);
      move->to = g_steal_pointer (&to);
      g_ptr_array_add (moves, move);
    }

  for (guint i = 0; i < self->paths->len; i++)
    {
      g_autofree char *path = g_build_filename (folder, (const char *) g_ptr_array_index (self->paths, i), NULL);

      if (!write_data_file (path, g_ptr_array_index (self->contents, i), &local_error))
        goto failed;
      g_ptr_array_add (written, g_steal_pointer (&path));
    }

  if (settings != NULL)
    apply_preferences (self, settings);

  if (kept_in != NULL)
    *kept_in = g_steal_pointer (&kept);
  return TRUE;

failed:
  for (guint i = 0; i < written->len; i++)
    g_unlink (g_ptr_array_index (written, i));
  undo_moves (moves);
  if (kept != NULL)
    {
      g_autofree char *preferences = g_build_filename (kept, PREFERENCES_FILE, NULL);
      g_autofree char *catalogue = g_build_filename (kept, CATALOGUE_FOLDER, NULL);

      g_unlink (preferences);
      g_rmdir (catalogue);
      g_rmdir (kept);
    }
  g_set_error (error, VASTUS_BACKUP_ERROR, VASTUS_BACKUP_ERROR_WRITE,
               _("The backup was not restored, and your data is as it was: %s"), local_error->message);
  return FALSE;
}

/* What it holds */

/**
 * vastus_backup_get_created:
 *
 * Returns: (transfer none): when the backup was made
 */
GDateTime *
vastus_backup_get_created (VastusBackup *self)
{
  g_return_val_if_fail (VASTUS_IS_BACKUP (self), NULL);
  return self->created;
}

const char *
vastus_backup_get_app_version (VastusBackup *self)
{
  g_return_val_if_fail (VASTUS_IS_BACKUP (self), NULL);
  return self->app_version;
}

guint
vastus_backup_get_n_sessions (VastusBackup *self)
{
  g_return_val_if_fail (VASTUS_IS_BACKUP (self), 0);
  return self->n_sessions;
}

/**
 * vastus_backup_get_first_session:
 *
 * Returns: (transfer none) (nullable): when the first session started
 */
GDateTime *
vastus_backup_get_first_session (VastusBackup *self)
{
  g_return_val_if_fail (VASTUS_IS_BACKUP (self), NULL);
  return self->first_session;
}

/**
 * vastus_backup_get_last_session:
 *
 * Returns: (transfer none) (nullable): when the last session started
 */
GDateTime *
vastus_backup_get_last_session (VastusBackup *self)
{
  g_return_val_if_fail (VASTUS_IS_BACKUP (self), NULL);
  return self->last_session;
}

/**
 * vastus_backup_get_program_name:
 *
 * Returns: (nullable): the programme's name, %NULL when the backup holds none
 */
const char *
vastus_backup_get_program_name (VastusBackup *self)
{
  g_return_val_if_fail (VASTUS_IS_BACKUP (self), NULL);
  return self->program_name;
}

guint
vastus_backup_get_n_exercises (VastusBackup *self)
{
  g_return_val_if_fail (VASTUS_IS_BACKUP (self), 0);
  return self->n_exercises;
}

/**
 * vastus_backup_get_catalogue_files:
 *
 * Returns: (transfer full): the names of the person's catalogue files
 */
GStrv
vastus_backup_get_catalogue_files (VastusBackup *self)
{
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();

  g_return_val_if_fail (VASTUS_IS_BACKUP (self), NULL);

  for (guint i = 0; i < self->paths->len; i++)
    {
      const char *path = g_ptr_array_index (self->paths, i);

      if (g_str_has_prefix (path, CATALOGUE_FOLDER "/"))
        g_strv_builder_add (builder, path + strlen (CATALOGUE_FOLDER "/"));
    }
  return g_strv_builder_end (builder);
}

guint
vastus_backup_get_n_preferences (VastusBackup *self)
{
  g_return_val_if_fail (VASTUS_IS_BACKUP (self), 0);
  return self->pref_keys->len;
}

/**
 * vastus_backup_get_notes:
 *
 * Returns: (transfer none) (element-type utf8): what the person should know
 *   about the backup's files that does not stop the restore, such as damaged
 *   journal lines that Vastus skips as it does today
 */
GPtrArray *
vastus_backup_get_notes (VastusBackup *self)
{
  g_return_val_if_fail (VASTUS_IS_BACKUP (self), NULL);
  return self->notes;
}

/**
 * vastus_backup_describe:
 *
 * Returns: (transfer full): what the backup holds, a line each, for the
 *   command line and the Restore dialog
 */
char *
vastus_backup_describe (VastusBackup *self)
{
  GString *text = g_string_new (NULL);
  g_auto (GStrv) catalogue = vastus_backup_get_catalogue_files (self);
  g_autoptr (GDateTime) local = g_date_time_to_local (self->created);
  /* Translators: when a backup was made, see g_date_time_format() */
  g_autofree char *created = vastus_date_format (local, _("%-d %B %Y at %H:%M"));
  guint n_catalogue = g_strv_length (catalogue);

  /* Translators: the date and time a backup was made, then the Vastus version that made it */
  g_string_append_printf (text, _("Made on %s by Vastus %s"), created, self->app_version);
  g_string_append_c (text, '\n');

  if (self->n_sessions == 0)
    g_string_append (text, _("No sessions"));
  else
    {
      /* Translators: a date in a sentence, see g_date_time_format() */
      g_autofree char *first = vastus_date_format (self->first_session, _("%-d %B %Y"));
      /* Translators: a date in a sentence, see g_date_time_format() */
      g_autofree char *last = vastus_date_format (self->last_session, _("%-d %B %Y"));

      /* Translators: how many sessions, then the dates of the first and the last */
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u session, from %s to %s",
                                                 "%u sessions, from %s to %s", self->n_sessions),
                              self->n_sessions, first, last);
    }
  g_string_append_c (text, '\n');

  if (self->program_name == NULL)
    g_string_append (text, _("No programme set up yet"));
  else
    /* Translators: the programme's name, then how many exercises it has */
    g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "Programme “%s”, %u exercise",
                                              "Programme “%s”, %u exercises", self->n_exercises),
                            self->program_name, self->n_exercises);
  g_string_append_c (text, '\n');

  if (n_catalogue == 0)
    g_string_append (text, _("None of your own exercise files"));
  else
    {
      g_autofree char *names = g_strjoinv (", ", catalogue);

      /* Translators: how many of the person's own catalogue files, then their names */
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u exercise file of your own: %s",
                                                 "%u exercise files of your own: %s", n_catalogue),
                              n_catalogue, names);
    }
  g_string_append_c (text, '\n');

  g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u preference", "%u preferences",
                                             self->pref_keys->len),
                          self->pref_keys->len);

  for (guint i = 0; i < self->notes->len; i++)
    {
      g_string_append_c (text, '\n');
      g_string_append (text, g_ptr_array_index (self->notes, i));
    }

  return g_string_free (text, FALSE);
}
