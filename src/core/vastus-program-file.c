/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "vastus-program-file"

#include "config.h"

#include "vastus-program-file.h"

#include <glib/gi18n.h>
#include <errno.h>
#include <string.h>

#include "vastus-files.h"

/*
 * A programme a physiotherapist sends: exercises by catalogue id, each dose
 * within that exercise's bounds, sessions a week, notes for the person, and
 * optionally exercises of their own with catalogue entries and clips beside
 * the file. data/program-format.md describes it. A file is checked whole
 * when it is read; one with any problem is not read at all.
 */
struct _VastusProgramFile
{
  GObject          parent_instance;

  char            *path;
  char            *name;         /* the file's name, for messages */
  char            *folder;       /* its folder, which its clips are inside */
  int              sessions_per_week;
  char            *notes;
  GPtrArray       *ids;          /* char *, in the file's order */
  GArray          *doses;        /* VastusDose, as the file gives them */
  cJSON           *catalogue;    /* the file's own catalogue document, or NULL */
  guint            n_extra;
  VastusCatalogue *overlay;      /* the catalogue read with, and the file's own */
};

G_DEFINE_FINAL_TYPE (VastusProgramFile, vastus_program_file, G_TYPE_OBJECT)

void
vastus_program_change_free (VastusProgramChange *change)
{
  if (change == NULL)
    return;
  g_free (change->id);
  g_free (change->name);
  g_free (change->before);
  g_free (change->after);
  g_free (change);
}

static void
vastus_program_file_dispose (GObject *object)
{
  VastusProgramFile *self = VASTUS_PROGRAM_FILE (object);

  g_clear_object (&self->overlay);

  G_OBJECT_CLASS (vastus_program_file_parent_class)->dispose (object);
}

static void
vastus_program_file_finalize (GObject *object)
{
  VastusProgramFile *self = VASTUS_PROGRAM_FILE (object);

  g_free (self->path);
  g_free (self->name);
  g_free (self->folder);
  g_free (self->notes);
  g_ptr_array_unref (self->ids);
  g_array_unref (self->doses);
  g_clear_pointer (&self->catalogue, cJSON_Delete);

  G_OBJECT_CLASS (vastus_program_file_parent_class)->finalize (object);
}

static void
vastus_program_file_class_init (VastusProgramFileClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = vastus_program_file_dispose;
  object_class->finalize = vastus_program_file_finalize;
}

static void
vastus_program_file_init (VastusProgramFile *self)
{
  self->ids = g_ptr_array_new_with_free_func (g_free);
  self->doses = g_array_new (FALSE, FALSE, sizeof (VastusDose));
}

/* The whole file, parsed; NULL with @error when it cannot be read or is
 * not JSON. */
static cJSON *
read_root (const char  *path,
           const char  *name,
           GError     **error)
{
  g_autofree char *data = NULL;
  g_autofree char *parse_error = NULL;
  g_autoptr (GError) local_error = NULL;
  cJSON *root;
  gsize length;

  if (!g_file_get_contents (path, &data, &length, &local_error))
    {
      g_set_error (error, VASTUS_PROGRAM_ERROR, VASTUS_PROGRAM_ERROR_READ,
                   _("%s: cannot be read: %s"), name, local_error->message);
      return NULL;
    }
  root = vastus_json_parse (data, length, &parse_error);
  if (root == NULL)
    {
      g_set_error (error, VASTUS_PROGRAM_ERROR, VASTUS_PROGRAM_ERROR_INVALID, "%s: %s", name, parse_error);
      return NULL;
    }
  return root;
}

static gboolean
root_is_program (const cJSON *root)
{
  const cJSON *kind = cJSON_GetObjectItemCaseSensitive (root, "kind");

  return cJSON_IsObject (root) && g_strcmp0 (vastus_json_get_text (kind), VASTUS_PROGRAM_FILE_KIND) == 0;
}

/**
 * vastus_program_file_is_program:
 *
 * Returns: whether @path holds a JSON object marked as a programme file
 *   ("kind": "vastus-program"), as against a catalogue file
 */
gboolean
vastus_program_file_is_program (const char *path)
{
  g_autofree char *name = g_path_get_basename (path);
  g_autoptr (cJSON) root = read_root (path, name, NULL);

  return root != NULL && root_is_program (root);
}

/* Each value of the dose within the exercise's bounds, and the same values
 * as its catalogue dose: the coach moves those. */
static void
check_bounds (VastusCheck      *check,
              VastusExercise   *exercise,
              const VastusDose *dose)
{
  const VastusDose *catalogue = vastus_exercise_get_dose (exercise);

  for (VastusDoseValue which = 0; which < VASTUS_DOSE_N_VALUES; which++)
    {
      g_autofree char *field = g_strdup_printf ("dose.%s", vastus_dose_value_key (which));
      double value, min, max;

      if (vastus_dose_has (catalogue, which) && !vastus_dose_has (dose, which))
        {
          /* Translators: %s is an exercise's name */
          vastus_check_add (check, field, _("is missing: %s is dosed with it"), vastus_exercise_get_name (exercise));
          continue;
        }
      if (!vastus_dose_has (dose, which))
        continue;
      if (!vastus_dose_has (catalogue, which))
        {
          /* Translators: %s is an exercise's name */
          vastus_check_add (check, field, _("is not part of the dose of %s"), vastus_exercise_get_name (exercise));
          continue;
        }
      value = vastus_dose_get (dose, which);
      if (vastus_dose_get_bounds (catalogue, which, &min, &max) && (value < min || value > max))
        /* Translators: as in "must be from 8 to 15, the bounds of Wall sit, not 20" */
        vastus_check_add (check, field, _("must be from %g to %g, the bounds of %s, not %g"), min, max,
                          vastus_exercise_get_name (exercise), value);
    }
}

/* The file's own exercises: a catalogue document, checked over @catalogue
 * as the app would merge it, each clip there beside the file. */
static void
read_catalogue (VastusProgramFile *self,
                VastusCheck       *check,
                const cJSON       *document)
{
  g_autofree char *text = cJSON_PrintUnformatted (document);
  g_autofree char *label = g_strdup_printf ("%s: catalogue", self->name);
  g_autoptr (GError) error = NULL;
  const cJSON *exercises, *item;
  guint i = 0;

  if (!vastus_catalogue_load_data (self->overlay, text, strlen (text), label, self->folder, &error))
    {
      g_ptr_array_add (check->problems, g_strdup (error->message));
      return;
    }

  exercises = cJSON_GetObjectItemCaseSensitive (document, "exercises");
  cJSON_ArrayForEach (item, exercises)
    {
      const char *id = vastus_json_get_text (cJSON_GetObjectItemCaseSensitive (item, "id"));
      VastusExercise *exercise = vastus_catalogue_lookup (self->overlay, id);
      const char *clip = exercise != NULL ? vastus_exercise_get_clip (exercise) : NULL;

      if (clip != NULL && !g_file_test (clip, G_FILE_TEST_IS_REGULAR))
        {
          g_autofree char *field = g_strdup_printf ("catalogue.exercises[%u].clip", i);

          vastus_check_add (check, field, _("names '%s', which is not there beside the programme file"),
                            vastus_json_get_text (cJSON_GetObjectItemCaseSensitive (item, "clip")));
        }
      i++;
    }
  self->n_extra = i;
  self->catalogue = cJSON_Duplicate (document, TRUE);
}

static void
read_entries (VastusProgramFile *self,
              VastusCheck       *check,
              const cJSON       *entries)
{
  g_autoptr (GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  const cJSON *entry;
  guint i = 0;

  cJSON_ArrayForEach (entry, entries)
    {
      g_autofree char *path = g_strdup_printf ("exercises[%u]", i);
      guint before = vastus_check_count (check);
      VastusExercise *exercise = NULL;
      VastusDose dose = { 0 };
      guint progression = 0;
      const char *id;

      check->path = path;
      if (!cJSON_IsObject (entry))
        {
          vastus_check_add (check, NULL, _("must be an object with \"id\" and \"dose\""));
          i++;
          continue;
        }
      id = vastus_check_string (check, entry, "id", "id", TRUE, 64);
      if (id != NULL && (exercise = vastus_catalogue_lookup (self->overlay, id)) == NULL)
        vastus_check_add (check, "id", _("names '%s', which is not in the catalogue"), id);
      if (id != NULL && g_hash_table_contains (seen, id))
        vastus_check_add (check, "id", _("names '%s' a second time (first at exercises[%u])"), id,
                          GPOINTER_TO_UINT (g_hash_table_lookup (seen, id)));
      else if (id != NULL)
        g_hash_table_insert (seen, g_strdup (id), GUINT_TO_POINTER (i));
      vastus_dose_read_json (check, entry, &dose, &progression);
      if (exercise != NULL && vastus_check_count (check) == before)
        check_bounds (check, exercise, &dose);

      if (vastus_check_count (check) == before)
        {
          g_ptr_array_add (self->ids, g_strdup (id));
          g_array_append_val (self->doses, dose);
        }
      i++;
    }
  check->path = NULL;
}

/**
 * vastus_program_file_load:
 * @catalogue: the catalogue the file's exercise ids are looked up in; left
 *   as it is
 *
 * Reads and checks a programme file whole: every problem is found, each a
 * line naming the file, the field as a JSON path
 * (`exercises[2].dose.reps`) and what is wrong.
 *
 * Returns: (transfer full) (nullable): the file, or %NULL with @error
 *   listing every problem
 */
VastusProgramFile *
vastus_program_file_load (const char       *path,
                          VastusCatalogue  *catalogue,
                          GError          **error)
{
  g_autoptr (VastusProgramFile) self = g_object_new (VASTUS_TYPE_PROGRAM_FILE, NULL);
  g_autoptr (cJSON) root = NULL;
  const cJSON *entries, *document;
  const char *kind;
  VastusCheck check;
  int format = 0;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (VASTUS_IS_CATALOGUE (catalogue), NULL);

  self->path = g_strdup (path);
  self->name = g_path_get_basename (path);
  self->folder = g_path_get_dirname (path);
  self->overlay = vastus_catalogue_new_overlay (catalogue);

  root = read_root (path, self->name, error);
  if (root == NULL)
    return NULL;
  if (!cJSON_IsObject (root))
    {
      g_set_error (error, VASTUS_PROGRAM_ERROR, VASTUS_PROGRAM_ERROR_INVALID,
                   _("%s: must hold a JSON object with \"format\", \"kind\" and \"exercises\""), self->name);
      return NULL;
    }

  vastus_check_init (&check, self->name);
  check.path = "";
  vastus_check_keys (&check, root, NULL, TRUE);
  if (vastus_check_int (&check, root, "format", "format", TRUE, 1, G_MAXINT, &format) &&
      format > VASTUS_PROGRAM_FILE_FORMAT)
    vastus_check_add (&check, "format", _("is %d, but this version of Vastus reads format %d; a newer Vastus may read it"),
                      format, VASTUS_PROGRAM_FILE_FORMAT);
  kind = vastus_check_string (&check, root, "kind", "kind", TRUE, 0);
  if (kind != NULL && !g_str_equal (kind, VASTUS_PROGRAM_FILE_KIND))
    vastus_check_add (&check, "kind", _("must be \"%s\" in a programme file, not \"%s\""), VASTUS_PROGRAM_FILE_KIND, kind);
  vastus_check_int (&check, root, "sessions_per_week", "sessions_per_week", TRUE,
                    VASTUS_SESSIONS_PER_WEEK_MIN, VASTUS_SESSIONS_PER_WEEK_MAX, &self->sessions_per_week);
  self->notes = vastus_check_take_string (&check, root, "notes", "notes", FALSE, 4000);
  entries = vastus_check_array (&check, root, "exercises", "exercises", TRUE);
  if (entries != NULL && cJSON_GetArraySize (entries) == 0)
    vastus_check_add (&check, "exercises", _("must name one exercise at least"));
  document = vastus_check_object (&check, root, "catalogue", "catalogue", FALSE);

  /* Ids are looked up with the file's own exercises in. */
  if (document != NULL)
    read_catalogue (self, &check, document);
  if (entries != NULL)
    read_entries (self, &check, entries);

  if (vastus_check_count (&check) > 0)
    {
      g_autofree char *all = vastus_check_join (&check);

      g_set_error_literal (error, VASTUS_PROGRAM_ERROR, VASTUS_PROGRAM_ERROR_INVALID, all);
      vastus_check_clear (&check);
      return NULL;
    }
  vastus_check_clear (&check);

  return g_steal_pointer (&self);
}

const char *
vastus_program_file_get_path (VastusProgramFile *self)
{
  g_return_val_if_fail (VASTUS_IS_PROGRAM_FILE (self), NULL);
  return self->path;
}

/* The file's name, as messages and the journal give it. */
const char *
vastus_program_file_get_name (VastusProgramFile *self)
{
  g_return_val_if_fail (VASTUS_IS_PROGRAM_FILE (self), NULL);
  return self->name;
}

int
vastus_program_file_get_sessions_per_week (VastusProgramFile *self)
{
  g_return_val_if_fail (VASTUS_IS_PROGRAM_FILE (self), 0);
  return self->sessions_per_week;
}

/**
 * vastus_program_file_get_notes:
 *
 * Returns: (nullable): the physiotherapist's notes for the person
 */
const char *
vastus_program_file_get_notes (VastusProgramFile *self)
{
  g_return_val_if_fail (VASTUS_IS_PROGRAM_FILE (self), NULL);
  return self->notes;
}

guint
vastus_program_file_get_n_exercises (VastusProgramFile *self)
{
  g_return_val_if_fail (VASTUS_IS_PROGRAM_FILE (self), 0);
  return self->ids->len;
}

const char *
vastus_program_file_get_exercise_id (VastusProgramFile *self,
                                     guint              index)
{
  g_return_val_if_fail (VASTUS_IS_PROGRAM_FILE (self), NULL);
  g_return_val_if_fail (index < self->ids->len, NULL);
  return g_ptr_array_index (self->ids, index);
}

const VastusDose *
vastus_program_file_get_dose (VastusProgramFile *self,
                              guint              index)
{
  g_return_val_if_fail (VASTUS_IS_PROGRAM_FILE (self), NULL);
  g_return_val_if_fail (index < self->doses->len, NULL);
  return &g_array_index (self->doses, VastusDose, index);
}

/* How many exercises of its own the file brings, with catalogue entries. */
guint
vastus_program_file_get_n_extra_exercises (VastusProgramFile *self)
{
  g_return_val_if_fail (VASTUS_IS_PROGRAM_FILE (self), 0);
  return self->n_extra;
}

/**
 * vastus_program_file_apply:
 * @current: the person's programme; left as it is
 * @catalogue: where the file's exercises are looked up first (the
 *   person's catalogue once the file's own exercises are in it); the
 *   file's own catalogue is the fallback
 *
 * The programme as it would be after the import. Replace: the file's
 * exercises in its order, and no others. Merge: each of the file's
 * exercises at the file's dose, those not in the programme added before the
 * cool-down, the others kept. Either way sessions a week and notes come
 * from the file; the sore side, equipment, a hold and the pause of an
 * exercise that stays are kept.
 *
 * Returns: (transfer full): the new programme
 */
VastusProgram *
vastus_program_file_apply (VastusProgramFile *self,
                           VastusProgram     *current,
                           VastusCatalogue   *catalogue,
                           VastusImportMode   mode)
{
  VastusProgram *next;

  g_return_val_if_fail (VASTUS_IS_PROGRAM_FILE (self), NULL);
  g_return_val_if_fail (VASTUS_IS_PROGRAM (current), NULL);

  next = vastus_program_copy (current);
  if (mode == VASTUS_IMPORT_REPLACE)
    while (vastus_program_get_n_exercises (next) > 0)
      vastus_program_remove (next, 0);

  for (guint i = 0; i < self->ids->len; i++)
    {
      const char *id = g_ptr_array_index (self->ids, i);
      VastusExercise *exercise = catalogue != NULL ? vastus_catalogue_lookup (catalogue, id) : NULL;
      int index;

      if (exercise == NULL)
        exercise = vastus_catalogue_lookup (self->overlay, id);
      g_assert (exercise != NULL);

      if (mode == VASTUS_IMPORT_REPLACE)
        {
          int was = vastus_program_find (current, id);

          vastus_program_insert (next, vastus_program_get_n_exercises (next), exercise,
                                 &g_array_index (self->doses, VastusDose, i),
                                 was >= 0 ? vastus_program_get_paused (current, (guint) was) : NULL);
          index = (int) vastus_program_get_n_exercises (next) - 1;
        }
      else
        {
          index = vastus_program_find (next, id);
          if (index >= 0)
            vastus_program_replace (next, (guint) index, exercise, &g_array_index (self->doses, VastusDose, i));
          else
            {
              vastus_program_add (next, exercise);
              index = vastus_program_find (next, id);
            }
        }
      vastus_program_set_dose (next, (guint) index, &g_array_index (self->doses, VastusDose, i));
    }

  vastus_program_set_sessions_per_week (next, self->sessions_per_week);
  if (mode == VASTUS_IMPORT_REPLACE || self->notes != NULL)
    vastus_program_set_notes (next, self->notes);
  return next;
}

static gboolean
doses_equal (const VastusDose *a,
             const VastusDose *b)
{
  if (a->present != b->present || a->n_tempo != b->n_tempo || a->sore_leg_only != b->sore_leg_only)
    return FALSE;
  for (guint v = 0; v < VASTUS_DOSE_N_VALUES; v++)
    if (vastus_dose_has (a, v) && vastus_dose_get (a, v) != vastus_dose_get (b, v))
      return FALSE;
  for (guint k = 0; k < a->n_tempo; k++)
    if (a->tempo[k].cue != b->tempo[k].cue || a->tempo[k].seconds != b->tempo[k].seconds)
      return FALSE;
  return TRUE;
}

static VastusProgramChange *
change_new (VastusProgramChangeKind  kind,
            VastusExercise          *exercise,
            const VastusDose        *before,
            const VastusDose        *after)
{
  VastusProgramChange *change = g_new0 (VastusProgramChange, 1);
  VastusSide side = vastus_exercise_get_side (exercise);

  change->kind = kind;
  change->id = g_strdup (vastus_exercise_get_id (exercise));
  change->name = g_strdup (vastus_exercise_get_name (exercise));
  change->before = before != NULL ? vastus_dose_describe (before, side) : NULL;
  change->after = after != NULL ? vastus_dose_describe (after, side) : NULL;
  return change;
}

/**
 * vastus_program_file_diff:
 * @current: the programme now
 * @next: the programme after the import
 *
 * What an import changes, exercise by exercise: those of @next in its order
 * (added, dose changed or unchanged), then those of @current it no longer
 * has (removed).
 *
 * Returns: (transfer full) (element-type VastusProgramChange): the changes
 */
GPtrArray *
vastus_program_file_diff (VastusProgram *current,
                          VastusProgram *next)
{
  GPtrArray *changes = g_ptr_array_new_with_free_func ((GDestroyNotify) vastus_program_change_free);

  g_return_val_if_fail (VASTUS_IS_PROGRAM (current), changes);
  g_return_val_if_fail (VASTUS_IS_PROGRAM (next), changes);

  for (guint i = 0; i < vastus_program_get_n_exercises (next); i++)
    {
      VastusExercise *exercise = vastus_program_get_exercise (next, i);
      const VastusDose *after = vastus_program_get_dose (next, i);
      int was = vastus_program_find (current, vastus_exercise_get_id (exercise));
      const VastusDose *before = was >= 0 ? vastus_program_get_dose (current, (guint) was) : NULL;
      VastusProgramChangeKind kind = before == NULL ? VASTUS_PROGRAM_CHANGE_ADDED
                                     : doses_equal (before, after) ? VASTUS_PROGRAM_CHANGE_UNCHANGED
                                     : VASTUS_PROGRAM_CHANGE_DOSE;

      g_ptr_array_add (changes, change_new (kind, exercise, before, after));
    }
  for (guint i = 0; i < vastus_program_get_n_exercises (current); i++)
    {
      VastusExercise *exercise = vastus_program_get_exercise (current, i);

      if (vastus_program_find (next, vastus_exercise_get_id (exercise)) < 0)
        g_ptr_array_add (changes, change_new (VASTUS_PROGRAM_CHANGE_REMOVED, exercise,
                                              vastus_program_get_dose (current, i), NULL));
    }
  return changes;
}

/* A name for the file's own exercises in the person's catalogue folder:
 * the programme file's name in lower-case letters, digits and dashes. */
static char *
catalogue_stem (const char *name)
{
  g_autofree char *lower = g_ascii_strdown (name, -1);
  GString *stem = g_string_new ("imported-");
  const char *end;

  if (g_str_has_suffix (lower, VASTUS_PROGRAM_FILE_SUFFIX))
    end = lower + strlen (lower) - strlen (VASTUS_PROGRAM_FILE_SUFFIX);
  else if (g_str_has_suffix (lower, ".json"))
    end = lower + strlen (lower) - strlen (".json");
  else
    end = lower + strlen (lower);

  for (const char *c = lower; c < end && stem->len < 48; c++)
    {
      gboolean plain = g_ascii_isalnum (*c);

      if (plain)
        g_string_append_c (stem, *c);
      else if (stem->str[stem->len - 1] != '-')
        g_string_append_c (stem, '-');
    }
  while (stem->str[stem->len - 1] == '-')
    g_string_truncate (stem, stem->len - 1);
  if (g_str_equal (stem->str, "imported"))
    g_string_append (stem, "-program");
  return g_string_free (stem, FALSE);
}

/**
 * vastus_program_file_install_catalogue:
 * @folder: the person's catalogue folder
 *
 * Writes the file's own exercises into @folder as a catalogue file of their
 * own ("imported-NAME.json", never over another), their clips copied into a
 * folder of the same name beside it.
 *
 * Returns: (transfer full) (nullable): the catalogue file written; %NULL
 *   when the file has no exercises of its own, or with @error
 */
char *
vastus_program_file_install_catalogue (VastusProgramFile  *self,
                                       const char         *folder,
                                       GError            **error)
{
  g_autofree char *stem = NULL;
  g_autofree char *unique = NULL;
  g_autofree char *path = NULL;
  g_autoptr (cJSON) copy = NULL;
  g_autoptr (GError) local_error = NULL;
  cJSON *item;

  g_return_val_if_fail (VASTUS_IS_PROGRAM_FILE (self), NULL);

  if (self->catalogue == NULL)
    return NULL;

  stem = catalogue_stem (self->name);
  for (guint n = 1; path == NULL || g_file_test (path, G_FILE_TEST_EXISTS); n++)
    {
      g_free (unique);
      g_free (path);
      unique = n == 1 ? g_strdup (stem) : g_strdup_printf ("%s-%u", stem, n);
      path = g_strdup_printf ("%s" G_DIR_SEPARATOR_S "%s.json", folder, unique);
    }

  copy = cJSON_Duplicate (self->catalogue, TRUE);
  cJSON_ArrayForEach (item, cJSON_GetObjectItemCaseSensitive (copy, "exercises"))
    {
      const char *clip = vastus_json_get_text (cJSON_GetObjectItemCaseSensitive (item, "clip"));
      g_autofree char *from = NULL;
      g_autofree char *written = NULL;
      g_autofree char *to = NULL;
      g_autofree char *to_folder = NULL;
      g_autoptr (GFile) source = NULL;
      g_autoptr (GFile) target = NULL;

      if (clip == NULL)
        continue;
      from = g_build_filename (self->folder, clip, NULL);
      written = g_build_filename (unique, clip, NULL);
      to = g_build_filename (folder, written, NULL);
      to_folder = g_path_get_dirname (to);
      source = g_file_new_for_path (from);
      target = g_file_new_for_path (to);
      if (g_mkdir_with_parents (to_folder, 0700) != 0 ||
          !g_file_copy (source, target, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, &local_error))
        {
          g_set_error (error, VASTUS_PROGRAM_ERROR, VASTUS_PROGRAM_ERROR_WRITE, _("%s: the clip '%s' could not be copied to %s: %s"),
                       self->name, clip, to_folder,
                       local_error != NULL ? local_error->message : g_strerror (errno));
          return NULL;
        }
      cJSON_ReplaceItemInObjectCaseSensitive (item, "clip", cJSON_CreateString (written));
    }

  if (!vastus_json_write_file (copy, path, &local_error))
    {
      g_set_error (error, VASTUS_PROGRAM_ERROR, VASTUS_PROGRAM_ERROR_WRITE, _("%s: its exercises could not be saved to %s: %s"),
                   self->name, path, local_error->message);
      return NULL;
    }
  return g_steal_pointer (&path);
}

/**
 * vastus_program_file_export:
 *
 * Writes @program to @file as a programme file: its exercises by id with
 * their doses, sessions a week and notes. Written whole, to a temporary
 * file renamed over the old one: a failed write leaves it as it was.
 */
gboolean
vastus_program_file_export (VastusProgram  *program,
                            GFile          *file,
                            GError        **error)
{
  g_autoptr (cJSON) root = cJSON_CreateObject ();
  g_autoptr (GError) local_error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *name = NULL;
  cJSON *entries;

  g_return_val_if_fail (VASTUS_IS_PROGRAM (program), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  cJSON_AddNumberToObject (root, "format", VASTUS_PROGRAM_FILE_FORMAT);
  cJSON_AddStringToObject (root, "kind", VASTUS_PROGRAM_FILE_KIND);
  cJSON_AddNumberToObject (root, "sessions_per_week", vastus_program_get_sessions_per_week (program));
  if (vastus_program_get_notes (program) != NULL)
    cJSON_AddStringToObject (root, "notes", vastus_program_get_notes (program));
  entries = cJSON_AddArrayToObject (root, "exercises");
  for (guint i = 0; i < vastus_program_get_n_exercises (program); i++)
    {
      cJSON *entry = cJSON_CreateObject ();

      cJSON_AddStringToObject (entry, "id", vastus_exercise_get_id (vastus_program_get_exercise (program, i)));
      cJSON_AddItemToObject (entry, "dose", vastus_dose_to_json (vastus_program_get_dose (program, i)));
      cJSON_AddItemToArray (entries, entry);
    }

  text = cJSON_Print (root);
  if (!g_file_replace_contents (file, text, strlen (text), NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION,
                                NULL, NULL, &local_error))
    {
      name = g_file_get_parse_name (file);
      g_set_error (error, VASTUS_PROGRAM_ERROR, VASTUS_PROGRAM_ERROR_WRITE,
                   _("Your programme could not be exported to %s: %s"), name, local_error->message);
      return FALSE;
    }
  return TRUE;
}

/**
 * vastus_program_file_validate:
 * @catalogue: the catalogue its ids are looked up in
 * @report: receives a line per problem, or one saying the file is valid
 *
 * Returns: %TRUE when @path is a valid programme file
 */
gboolean
vastus_program_file_validate (VastusCatalogue *catalogue,
                              const char      *path,
                              GString         *report)
{
  g_autoptr (VastusProgramFile) file = NULL;
  g_autoptr (GError) error = NULL;

  file = vastus_program_file_load (path, catalogue, &error);
  if (file == NULL)
    {
      g_string_append_printf (report, "%s\n", error->message);
      return FALSE;
    }
  g_string_append_printf (report, _("%s: valid\n"), path);
  return TRUE;
}

/**
 * vastus_data_files_validate:
 * @paths: catalogue and programme files
 * @report: receives a line per problem, and a last line per file
 *
 * Checks each file as what it says it is: a programme file by its kind
 * marker, against the built-in catalogue and the person's own; any other
 * file as a catalogue file (vastus_catalogue_validate_files()).
 *
 * Returns: %TRUE when every file is valid
 */
gboolean
vastus_data_files_validate (const char * const *paths,
                            GString            *report)
{
  g_autoptr (GPtrArray) catalogues = g_ptr_array_new ();
  g_autoptr (VastusCatalogue) catalogue = NULL;
  gboolean all_valid = TRUE;

  for (guint i = 0; paths[i] != NULL; i++)
    {
      if (!vastus_program_file_is_program (paths[i]))
        {
          g_ptr_array_add (catalogues, (gpointer) paths[i]);
          continue;
        }

      if (catalogue == NULL)
        {
          g_autoptr (GError) error = NULL;
          g_autoptr (GPtrArray) user_errors = NULL;
          g_autofree char *user_folder = vastus_catalogue_user_folder ();

          catalogue = vastus_catalogue_new_builtin (&error);
          if (catalogue == NULL)
            {
              g_string_append_printf (report, "%s\n", error->message);
              return FALSE;
            }
          user_errors = vastus_catalogue_load_folder (catalogue, user_folder);
        }
      if (!vastus_program_file_validate (catalogue, paths[i], report))
        all_valid = FALSE;
    }

  if (catalogues->len > 0)
    {
      g_ptr_array_add (catalogues, NULL);
      if (!vastus_catalogue_validate_files ((const char * const *) catalogues->pdata, report))
        all_valid = FALSE;
    }
  return all_valid;
}
