/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "vastus-catalogue"

#include "config.h"

#include "vastus-catalogue.h"
#include "vastus-files.h"

#include <glib/gi18n.h>
#include <string.h>

/*
 * The catalogue: every exercise Vastus knows, served as a GListModel of
 * VastusExercise, and the starter programmes. The built-in file is read first;
 * user files are merged over it by id. A file is taken whole or not at all, so
 * the catalogue is always one that passed every check.
 */
struct _VastusCatalogue
{
  GObject     parent_instance;

  GPtrArray  *exercises;   /* VastusExercise, in catalogue order */
  GHashTable *index;       /* id (owned by the exercise) → position + 1 */
  GListStore *programs;    /* VastusStarterProgram */
};

static void vastus_catalogue_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (VastusCatalogue, vastus_catalogue, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      vastus_catalogue_list_model_init))

G_DEFINE_QUARK (vastus-catalogue-error-quark, vastus_catalogue_error)

static GType
vastus_catalogue_get_item_type (GListModel *model)
{
  return VASTUS_TYPE_EXERCISE;
}

static guint
vastus_catalogue_get_n_items (GListModel *model)
{
  return VASTUS_CATALOGUE (model)->exercises->len;
}

static gpointer
vastus_catalogue_get_item (GListModel *model,
                           guint       position)
{
  VastusCatalogue *self = VASTUS_CATALOGUE (model);

  if (position >= self->exercises->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->exercises, position));
}

static void
vastus_catalogue_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = vastus_catalogue_get_item_type;
  iface->get_n_items = vastus_catalogue_get_n_items;
  iface->get_item = vastus_catalogue_get_item;
}

static void
vastus_catalogue_dispose (GObject *object)
{
  VastusCatalogue *self = (VastusCatalogue *) object;

  g_clear_pointer (&self->index, g_hash_table_unref);
  g_clear_pointer (&self->exercises, g_ptr_array_unref);
  g_clear_object (&self->programs);

  G_OBJECT_CLASS (vastus_catalogue_parent_class)->dispose (object);
}

static void
vastus_catalogue_class_init (VastusCatalogueClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = vastus_catalogue_dispose;
}

static void
vastus_catalogue_init (VastusCatalogue *self)
{
  self->exercises = g_ptr_array_new_with_free_func (g_object_unref);
  self->index = g_hash_table_new (g_str_hash, g_str_equal);
  self->programs = g_list_store_new (VASTUS_TYPE_STARTER_PROGRAM);
}

VastusCatalogue *
vastus_catalogue_new (void)
{
  return g_object_new (VASTUS_TYPE_CATALOGUE, NULL);
}

/* What one file holds, before it is merged. */
typedef struct
{
  GPtrArray  *exercises;  /* VastusExercise */
  GHashTable *by_id;      /* id → VastusExercise, borrowed */
  GPtrArray  *programs;   /* VastusStarterProgram */
} Incoming;

static void
incoming_clear (Incoming *incoming)
{
  g_clear_pointer (&incoming->by_id, g_hash_table_unref);
  g_clear_pointer (&incoming->exercises, g_ptr_array_unref);
  g_clear_pointer (&incoming->programs, g_ptr_array_unref);
}

/* An exercise as it will be once the incoming file is merged. */
static VastusExercise *
lookup_merged (VastusCatalogue *self,
               Incoming        *incoming,
               const char      *id)
{
  VastusExercise *exercise = g_hash_table_lookup (incoming->by_id, id);

  return exercise != NULL ? exercise : vastus_catalogue_lookup (self, id);
}

typedef const char *(*LinkGetter) (VastusExercise *exercise);

/*
 * Follows one kind of link (harder or easier) from every exercise of the merged
 * catalogue. Each exercise has at most one such link, so a walk either ends or
 * comes back on itself; three colours find every loop once in linear time.
 */
static void
check_ladder_loops (VastusCatalogue *self,
                    Incoming        *incoming,
                    VastusCheck     *check,
                    LinkGetter       link,
                    const char      *field)
{
  g_autoptr (GHashTable) state = g_hash_table_new (g_str_hash, g_str_equal);
  enum { WALKING = 1, DONE = 2 };

  for (guint i = 0; i < incoming->exercises->len; i++)
    {
      VastusExercise *start = g_ptr_array_index (incoming->exercises, i);
      g_autoptr (GPtrArray) path = g_ptr_array_new ();
      VastusExercise *exercise = start;

      while (exercise != NULL)
        {
          const char *id = vastus_exercise_get_id (exercise);
          guint seen = GPOINTER_TO_UINT (g_hash_table_lookup (state, id));
          const char *next_id;

          if (seen == DONE)
            break;

          if (seen == WALKING)
            {
              GString *loop = g_string_new (id);
              guint from = 0;

              while (from < path->len &&
                     strcmp (vastus_exercise_get_id (g_ptr_array_index (path, from)), id) != 0)
                from++;
              for (guint k = from + 1; k < path->len; k++)
                g_string_append_printf (loop, " → %s",
                                        vastus_exercise_get_id (g_ptr_array_index (path, k)));
              g_string_append_printf (loop, " → %s", id);

              check->kind = "exercise";
              check->id = id;
              vastus_check_add (check, field, _("links form a loop (%s): a ladder must have two ends"),
                                loop->str);
              check->id = NULL;
              check->kind = NULL;
              g_string_free (loop, TRUE);
              break;
            }

          g_hash_table_insert (state, (gpointer) id, GUINT_TO_POINTER (WALKING));
          g_ptr_array_add (path, exercise);

          next_id = link (exercise);
          exercise = next_id != NULL ? lookup_merged (self, incoming, next_id) : NULL;
        }

      for (guint k = 0; k < path->len; k++)
        g_hash_table_insert (state,
                             (gpointer) vastus_exercise_get_id (g_ptr_array_index (path, k)),
                             GUINT_TO_POINTER (DONE));
    }
}

/* A home alternative is what a person without the equipment does instead:
 * it must be there, and doable without a machine. */
static void
check_home_alternative (VastusCatalogue *self,
                        Incoming        *incoming,
                        VastusCheck     *check,
                        VastusExercise  *exercise)
{
  const char *id = vastus_exercise_get_home_alternative (exercise);
  VastusExercise *alternative;

  if (id == NULL)
    return;
  alternative = lookup_merged (self, incoming, id);
  if (alternative == NULL)
    vastus_check_add (check, "home_alternative", _("names '%s', which is not in the catalogue"), id);
  else if (vastus_exercise_needs_machine (alternative))
    vastus_check_add (check, "home_alternative", _("names '%s', which needs a machine; a home alternative must not"),
                      id);
}

static void
check_links (VastusCatalogue *self,
             Incoming        *incoming,
             VastusCheck     *check)
{
  check->kind = "exercise";
  for (guint i = 0; i < incoming->exercises->len; i++)
    {
      VastusExercise *exercise = g_ptr_array_index (incoming->exercises, i);
      const char *easier = vastus_exercise_get_easier (exercise);
      const char *harder = vastus_exercise_get_harder (exercise);

      check->id = vastus_exercise_get_id (exercise);
      if (easier != NULL && lookup_merged (self, incoming, easier) == NULL)
        vastus_check_add (check, "easier", _("names '%s', which is not in the catalogue"), easier);
      if (harder != NULL && lookup_merged (self, incoming, harder) == NULL)
        vastus_check_add (check, "harder", _("names '%s', which is not in the catalogue"), harder);
      check_home_alternative (self, incoming, check, exercise);
    }
  check->id = NULL;
  check->kind = NULL;

  check_ladder_loops (self, incoming, check, vastus_exercise_get_harder, "harder");
  check_ladder_loops (self, incoming, check, vastus_exercise_get_easier, "easier");

  check->kind = "programme";
  for (guint i = 0; i < incoming->programs->len; i++)
    {
      VastusStarterProgram *program = g_ptr_array_index (incoming->programs, i);
      const char * const *ids = vastus_starter_program_get_exercises (program);

      check->id = vastus_starter_program_get_id (program);
      for (guint k = 0; ids[k] != NULL; k++)
        if (lookup_merged (self, incoming, ids[k]) == NULL)
          {
            g_autofree char *field = g_strdup_printf ("exercises[%u]", k);
            vastus_check_add (check, field, _("names '%s', which is not in the catalogue"), ids[k]);
          }
    }
  check->id = NULL;
  check->kind = NULL;
}

static void
read_document (VastusCatalogue *self,
               const cJSON     *root,
               const char      *folder,
               VastusCheck     *check,
               Incoming        *incoming)
{
  const cJSON *exercises, *programs, *item;
  int format = 0;
  guint i = 0;

  if (!cJSON_IsObject (root))
    {
      vastus_check_add (check, NULL, _("must hold a JSON object with \"format\" and \"exercises\""));
      return;
    }

  /* The exercises and programmes check their own insides. */
  vastus_check_keys (check, root, NULL, FALSE);
  if (!vastus_check_int (check, root, "format", "format", TRUE, 1, G_MAXINT, &format))
    return;
  if (format != VASTUS_CATALOGUE_FORMAT)
    {
      vastus_check_add (check, "format",
                        _("is %d, but this version of Vastus reads format %d; a newer Vastus may read it"),
                        format, VASTUS_CATALOGUE_FORMAT);
      return;
    }

  exercises = vastus_check_array (check, root, "exercises", "exercises", TRUE);
  programs = vastus_check_array (check, root, "programs", "programs", FALSE);
  if (exercises == NULL)
    return;

  cJSON_ArrayForEach (item, exercises)
    {
      g_autofree char *where = NULL;
      VastusExercise *exercise;

      check->kind = "exercise";
      if (!cJSON_IsObject (item))
        {
          g_autofree char *field = g_strdup_printf ("exercises[%u]", i);
          check->kind = NULL;
          vastus_check_add (check, field, _("must be an object"));
          i++;
          continue;
        }

      where = g_strdup_printf ("exercises[%u]", i);
      check->where = where;
      exercise = vastus_exercise_new_from_json (check, item, folder);
      check->where = NULL;
      if (exercise != NULL)
        {
          const char *id = vastus_exercise_get_id (exercise);

          g_ptr_array_add (incoming->exercises, exercise);
          if (g_hash_table_contains (incoming->by_id, id))
            {
              check->id = id;
              vastus_check_add (check, "id", _("is used by two exercises in this file (the second is exercises[%u])"), i);
              check->id = NULL;
            }
          else
            g_hash_table_insert (incoming->by_id, (gpointer) id, exercise);
        }
      i++;
    }
  check->kind = NULL;

  i = 0;
  if (programs != NULL)
    cJSON_ArrayForEach (item, programs)
      {
        g_autofree char *where = NULL;
        VastusStarterProgram *program;

        if (!cJSON_IsObject (item))
          {
            g_autofree char *field = g_strdup_printf ("programs[%u]", i++);
            vastus_check_add (check, field, _("must be an object"));
            continue;
          }

        where = g_strdup_printf ("programs[%u]", i);
        check->where = where;
        program = vastus_starter_program_new_from_json (check, item);
        check->where = NULL;
        if (program != NULL)
          {
            for (guint k = 0; k < incoming->programs->len; k++)
              if (g_strcmp0 (vastus_starter_program_get_id (g_ptr_array_index (incoming->programs, k)),
                             vastus_starter_program_get_id (program)) == 0)
                {
                  check->kind = "programme";
                  check->id = vastus_starter_program_get_id (program);
                  vastus_check_add (check, "id", _("is used by two programmes in this file"));
                  check->id = NULL;
                  check->kind = NULL;
                }
            g_ptr_array_add (incoming->programs, program);
          }
        i++;
      }
}

static void
merge (VastusCatalogue *self,
       Incoming        *incoming)
{
  guint old_length = self->exercises->len;

  /* Replacements first, each announced as it happens, then the new exercises
   * in one range: the model is consistent at every signal. */
  for (guint i = 0; i < incoming->exercises->len; i++)
    {
      VastusExercise *exercise = g_ptr_array_index (incoming->exercises, i);
      const char *id = vastus_exercise_get_id (exercise);
      guint position = GPOINTER_TO_UINT (g_hash_table_lookup (self->index, id));
      VastusExercise *old;

      if (position == 0)
        continue;

      old = g_ptr_array_index (self->exercises, position - 1);
      /* The index borrows its key from the exercise, so swap the key too. */
      g_hash_table_remove (self->index, id);
      g_ptr_array_index (self->exercises, position - 1) = g_object_ref (exercise);
      g_hash_table_insert (self->index, (gpointer) id, GUINT_TO_POINTER (position));
      g_object_unref (old);
      g_list_model_items_changed (G_LIST_MODEL (self), position - 1, 1, 1);
    }

  for (guint i = 0; i < incoming->exercises->len; i++)
    {
      VastusExercise *exercise = g_ptr_array_index (incoming->exercises, i);
      const char *id = vastus_exercise_get_id (exercise);

      if (g_hash_table_contains (self->index, id))
        continue;

      g_ptr_array_add (self->exercises, g_object_ref (exercise));
      g_hash_table_insert (self->index, (gpointer) id,
                           GUINT_TO_POINTER (self->exercises->len));
    }

  for (guint i = 0; i < incoming->programs->len; i++)
    {
      VastusStarterProgram *program = g_ptr_array_index (incoming->programs, i);
      guint n = g_list_model_get_n_items (G_LIST_MODEL (self->programs));
      guint k;

      for (k = 0; k < n; k++)
        {
          g_autoptr (VastusStarterProgram) old = g_list_model_get_item (G_LIST_MODEL (self->programs), k);

          if (g_strcmp0 (vastus_starter_program_get_id (old),
                         vastus_starter_program_get_id (program)) == 0)
            break;
        }

      if (k < n)
        g_list_store_splice (self->programs, k, 1, (gpointer *) &program, 1);
      else
        g_list_store_append (self->programs, program);
    }

  if (self->exercises->len > old_length)
    g_list_model_items_changed (G_LIST_MODEL (self), old_length, 0,
                                self->exercises->len - old_length);
}

/**
 * vastus_catalogue_load_data:
 * @data: a catalogue document, with a NUL byte at @data[@length]
 * @name: the file's name, for messages
 * @folder: the file's folder, which its clip paths are inside
 *
 * Checks a whole catalogue document against itself and against the catalogue
 * as it is, and merges it by id when it has no problem at all.
 *
 * Returns: %TRUE when merged; otherwise @error lists every problem, a line each
 */
gboolean
vastus_catalogue_load_data (VastusCatalogue  *self,
                            const char       *data,
                            gsize             length,
                            const char       *name,
                            const char       *folder,
                            GError          **error)
{
  g_autoptr (cJSON) root = NULL;
  g_autofree char *parse_error = NULL;
  Incoming incoming = { 0 };
  VastusCheck check;
  gboolean ok;

  g_return_val_if_fail (VASTUS_IS_CATALOGUE (self), FALSE);
  g_return_val_if_fail (data != NULL, FALSE);

  root = vastus_json_parse (data, length, &parse_error);
  if (root == NULL)
    {
      g_set_error (error, VASTUS_CATALOGUE_ERROR, VASTUS_CATALOGUE_ERROR_INVALID,
                   "%s: %s", name, parse_error);
      return FALSE;
    }

  incoming.exercises = g_ptr_array_new_with_free_func (g_object_unref);
  incoming.by_id = g_hash_table_new (g_str_hash, g_str_equal);
  incoming.programs = g_ptr_array_new_with_free_func (g_object_unref);

  vastus_check_init (&check, name);
  read_document (self, root, folder, &check, &incoming);
  if (vastus_check_count (&check) == 0)
    check_links (self, &incoming, &check);

  ok = vastus_check_count (&check) == 0;
  if (ok)
    merge (self, &incoming);
  else
    {
      g_autofree char *all = vastus_check_join (&check);
      g_set_error_literal (error, VASTUS_CATALOGUE_ERROR, VASTUS_CATALOGUE_ERROR_INVALID, all);
    }

  vastus_check_clear (&check);
  incoming_clear (&incoming);
  return ok;
}

/**
 * vastus_catalogue_load_file:
 *
 * Reads a catalogue file and merges it; see vastus_catalogue_load_data().
 */
gboolean
vastus_catalogue_load_file (VastusCatalogue  *self,
                            const char       *path,
                            GError          **error)
{
  g_autofree char *data = NULL;
  g_autofree char *name = g_path_get_basename (path);
  g_autofree char *folder = g_path_get_dirname (path);
  g_autoptr (GError) local_error = NULL;
  gsize length = 0;

  if (!g_file_get_contents (path, &data, &length, &local_error))
    {
      g_set_error (error, VASTUS_CATALOGUE_ERROR, VASTUS_CATALOGUE_ERROR_READ,
                   _("%s: cannot be read: %s"), name, local_error->message);
      return FALSE;
    }

  return vastus_catalogue_load_data (self, data, length, name, folder, error);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/**
 * vastus_catalogue_load_folder:
 * @folder: a folder of user catalogue files
 *
 * Merges every `*.json` file of @folder in the order of their names, skipping
 * each file that has a problem. A missing folder is no problem.
 *
 * Returns: (transfer full) (element-type GError): one error per skipped file
 */
GPtrArray *
vastus_catalogue_load_folder (VastusCatalogue *self,
                              const char      *folder)
{
  GPtrArray *errors = g_ptr_array_new_with_free_func ((GDestroyNotify) g_error_free);
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GError) local_error = NULL;
  g_autoptr (GDir) dir = NULL;
  const char *name;

  dir = g_dir_open (folder, 0, &local_error);
  if (dir == NULL)
    {
      if (!g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        g_ptr_array_add (errors, g_error_new (VASTUS_CATALOGUE_ERROR, VASTUS_CATALOGUE_ERROR_READ,
                                              _("%s: cannot be read: %s"), folder,
                                              local_error->message));
      return errors;
    }

  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".json") && name[0] != '.')
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);

  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_build_filename (folder, g_ptr_array_index (names, i), NULL);
      GError *file_error = NULL;

      if (!vastus_catalogue_load_file (self, path, &file_error))
        {
          g_message ("Skipping a catalogue file: %s", file_error->message);
          g_ptr_array_add (errors, file_error);
        }
    }

  return errors;
}

/**
 * vastus_catalogue_lookup:
 *
 * Returns: (transfer none) (nullable): the exercise with @id
 */
VastusExercise *
vastus_catalogue_lookup (VastusCatalogue *self,
                         const char      *id)
{
  guint position;

  g_return_val_if_fail (VASTUS_IS_CATALOGUE (self), NULL);

  if (id == NULL)
    return NULL;

  position = GPOINTER_TO_UINT (g_hash_table_lookup (self->index, id));
  return position != 0 ? g_ptr_array_index (self->exercises, position - 1) : NULL;
}

/**
 * vastus_catalogue_get_programs:
 *
 * Returns: (transfer none): the starter programmes, a list of VastusStarterProgram
 */
GListModel *
vastus_catalogue_get_programs (VastusCatalogue *self)
{
  g_return_val_if_fail (VASTUS_IS_CATALOGUE (self), NULL);
  return G_LIST_MODEL (self->programs);
}

/**
 * vastus_catalogue_lookup_program:
 *
 * Returns: (transfer none) (nullable): the starter programme with @id
 */
VastusStarterProgram *
vastus_catalogue_lookup_program (VastusCatalogue *self,
                                 const char      *id)
{
  guint n;

  g_return_val_if_fail (VASTUS_IS_CATALOGUE (self), NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->programs));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (VastusStarterProgram) program = g_list_model_get_item (G_LIST_MODEL (self->programs), i);

      if (g_strcmp0 (vastus_starter_program_get_id (program), id) == 0)
        return program;   /* the store keeps its own reference */
    }

  return NULL;
}

/**
 * vastus_catalogue_builtin_folder:
 *
 * Returns: the folder of the built-in catalogue: $VASTUS_CATALOGUE_DIR when
 *   set (running from the build tree), the installed one otherwise
 */
char *
vastus_catalogue_builtin_folder (void)
{
  const char *folder = g_getenv ("VASTUS_CATALOGUE_DIR");

  if (folder != NULL && folder[0] != '\0')
    return g_strdup (folder);

  return g_build_filename (PKGDATADIR, "catalogue", NULL);
}

/**
 * vastus_catalogue_user_folder:
 *
 * Returns: where the person's own catalogue files go
 */
char *
vastus_catalogue_user_folder (void)
{
  g_autofree char *folder = vastus_files_data_dir ();

  return g_build_filename (folder, "catalogue.d", NULL);
}

/**
 * vastus_catalogue_new_builtin:
 *
 * Returns: (transfer full) (nullable): a catalogue holding the built-in file
 */
VastusCatalogue *
vastus_catalogue_new_builtin (GError **error)
{
  g_autoptr (VastusCatalogue) self = vastus_catalogue_new ();
  g_autofree char *folder = vastus_catalogue_builtin_folder ();
  g_autofree char *path = g_build_filename (folder, VASTUS_CATALOGUE_BUILTIN_FILE, NULL);

  if (!vastus_catalogue_load_file (self, path, error))
    return NULL;

  /* The built-in texts are translated (the person's own files are not): each
   * is looked up by its exercise or programme and field, see
   * build-aux/catalogue-strings.py. */
  for (guint i = 0; i < self->exercises->len; i++)
    vastus_exercise_translate (g_ptr_array_index (self->exercises, i), GETTEXT_PACKAGE);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->programs)); i++)
    {
      g_autoptr (VastusStarterProgram) program = g_list_model_get_item (G_LIST_MODEL (self->programs), i);
      vastus_starter_program_translate (program, GETTEXT_PACKAGE);
    }

  return g_steal_pointer (&self);
}

/**
 * vastus_catalogue_new_overlay:
 * @base: (nullable): the catalogue to start from
 *
 * A catalogue of its own holding the same exercises as @base (not its
 * starter programmes), so that a file can be checked or tried over @base
 * while @base is left as it is.
 *
 * Returns: (transfer full): the new catalogue
 */
VastusCatalogue *
vastus_catalogue_new_overlay (VastusCatalogue *base)
{
  VastusCatalogue *self = vastus_catalogue_new ();

  g_return_val_if_fail (base == NULL || VASTUS_IS_CATALOGUE (base), self);

  if (base != NULL)
    for (guint k = 0; k < base->exercises->len; k++)
      {
        VastusExercise *exercise = g_ptr_array_index (base->exercises, k);

        g_ptr_array_add (self->exercises, g_object_ref (exercise));
        g_hash_table_insert (self->index, (gpointer) vastus_exercise_get_id (exercise),
                             GUINT_TO_POINTER (self->exercises->len));
      }
  return self;
}

/**
 * vastus_catalogue_validate_file:
 * @builtin: (nullable): the built-in catalogue, or %NULL when it could not be read
 * @path: a catalogue file
 * @report: receives a line per problem, or one saying the file is valid
 *
 * Checks @path as the app would merge it over @builtin, so that its links
 * may name built-in exercises; @builtin itself is left as it is.
 *
 * Returns: %TRUE when the file is valid
 */
gboolean
vastus_catalogue_validate_file (VastusCatalogue *builtin,
                                const char      *path,
                                GString         *report)
{
  g_autoptr (VastusCatalogue) catalogue = vastus_catalogue_new_overlay (builtin);
  g_autoptr (GError) error = NULL;

  g_return_val_if_fail (builtin == NULL || VASTUS_IS_CATALOGUE (builtin), FALSE);

  if (!vastus_catalogue_load_file (catalogue, path, &error))
    {
      g_string_append_printf (report, "%s\n", error->message);
      return FALSE;
    }

  g_string_append_printf (report, _("%s: valid\n"), path);
  return TRUE;
}

/**
 * vastus_catalogue_validate_files:
 * @paths: catalogue files
 * @report: receives a line per problem, and a last line per file
 *
 * Checks each file as the app would merge it over the built-in catalogue, so
 * that its links may name built-in exercises.
 *
 * Returns: %TRUE when every file is valid
 */
gboolean
vastus_catalogue_validate_files (const char * const *paths,
                                 GString            *report)
{
  g_autoptr (GError) builtin_error = NULL;
  g_autoptr (VastusCatalogue) builtin = vastus_catalogue_new_builtin (&builtin_error);
  gboolean all_valid = TRUE;

  if (builtin == NULL)
    g_string_append_printf (report,
                            _("Note: the built-in catalogue could not be read, so links to its exercises cannot be checked: %s\n"),
                            builtin_error->message);

  for (guint i = 0; paths[i] != NULL; i++)
    if (!vastus_catalogue_validate_file (builtin, paths[i], report))
      all_valid = FALSE;

  return all_valid;
}
