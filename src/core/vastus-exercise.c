/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "vastus-exercise"

#include "config.h"

#include "vastus-exercise.h"
#include "vastus-files.h"
#include "vastus-pose.h"

#include <glib/gi18n.h>
#include <string.h>

static const char * const muscle_names[] = {
  "vmo", "quadriceps", "hamstrings", "glutes", "hip-abductors", "adductors",
  "calves", "hip-flexors", "core", NULL
};

static const char * const equipment_names[] = {
  "none", "wall", "chair", "step", "band", "ball", "towel", "foam-roller", "bench",
  "weight-plate", "mat", "leg-press-machine", "leg-extension-machine",
  "leg-curl-machine", "ankle-weight", NULL
};

struct _VastusExercise
{
  GObject         parent_instance;

  char           *id;
  char           *name;
  char           *summary;
  VastusCategory  category;
  int             level;
  VastusSide      side;
  gboolean        sides_in_turn; /* all sets on one leg, then all on the other */
  GStrv           stages;        /* what is done in each part of a timed set */
  double          stage_seconds[VASTUS_STAGES_MAX];
  /* Vocabulary words, pointing into the static lists below. */
  const char     *muscles[G_N_ELEMENTS (muscle_names)];
  const char     *equipment[G_N_ELEMENTS (equipment_names)];
  GStrv           steps;
  GStrv           cues;
  GStrv           cautions;
  VastusDose      dose;
  guint           progression;   /* bit per VastusDoseValue */
  char           *easier;
  char           *harder;
  char           *home_alternative; /* done at home when the equipment is missing */
  char           *clip;          /* absolute path, inside the catalogue's folder */
  char           *clip_written;  /* the clip as the catalogue file gives it */
  char           *file;          /* that file's name, for messages about the clip */
  VastusPose     *pose;          /* what its demo clip is rendered from */
  char           *folder;        /* the folder of the catalogue file it came from */

  char           *haystack;      /* case-folded search text, made on first search */
};

G_DEFINE_FINAL_TYPE (VastusExercise, vastus_exercise, G_TYPE_OBJECT)

G_DEFINE_ENUM_TYPE (VastusCategory, vastus_category,
  G_DEFINE_ENUM_VALUE (VASTUS_CATEGORY_STRENGTH, "strength"),
  G_DEFINE_ENUM_VALUE (VASTUS_CATEGORY_ISOMETRIC, "isometric"),
  G_DEFINE_ENUM_VALUE (VASTUS_CATEGORY_STRETCH, "stretch"),
  G_DEFINE_ENUM_VALUE (VASTUS_CATEGORY_MOBILITY, "mobility"),
  G_DEFINE_ENUM_VALUE (VASTUS_CATEGORY_WARM_UP, "warm-up"),
  G_DEFINE_ENUM_VALUE (VASTUS_CATEGORY_COOL_DOWN, "cool-down"),
  G_DEFINE_ENUM_VALUE (VASTUS_CATEGORY_RELEASE, "release"))

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_SUMMARY,
  PROP_CATEGORY,
  PROP_LEVEL,
  PROP_SIDE,
  PROP_EASIER,
  PROP_HARDER,
  PROP_CLIP,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const category_names[VASTUS_N_CATEGORIES + 1] = {
  "strength", "isometric", "stretch", "mobility", "warm-up", "cool-down", "release", NULL
};

static const char * const side_names[] = { "both", "one", "alternating", NULL };
static const char * const switch_names[] = { "every-set", "after-all-sets", NULL };

#define NAME_MAX_LENGTH 60
#define TEXT_MAX_LENGTH 600

/* "switch_sides": one-leg work switches legs after every set (the other
 * leg's set is the rest) or, for work lying on one side, after all sets. */
static void
check_switch_sides (VastusCheck    *check,
                    const cJSON    *object,
                    VastusExercise *self)
{
  const char *value;
  int found;

  if (cJSON_GetObjectItemCaseSensitive (object, "switch_sides") == NULL)
    return;
  value = vastus_check_string (check, object, "switch_sides", "switch_sides", TRUE, 0);
  if (value == NULL)
    return;
  found = vastus_names_find (switch_names, value);
  if (found < 0)
    {
      g_autofree char *allowed = vastus_names_quote (switch_names);

      vastus_check_add (check, "switch_sides", _("must be one of %s, not '%s'"), allowed, value);
      return;
    }
  if (self->side != VASTUS_SIDE_ONE)
    {
      vastus_check_add (check, "switch_sides", _("is for exercises done one leg at a time"));
      return;
    }
  self->sides_in_turn = found == 1;
}

/* "stages": what is done in each part of a timed set, such as a warm-up's
 * marching and knee bends, each with its seconds. */
static void
check_stages (VastusCheck    *check,
              const cJSON    *object,
              VastusExercise *self)
{
  const cJSON *array, *item;
  g_autoptr (GStrvBuilder) builder = NULL;
  guint i = 0;

  if (cJSON_GetObjectItemCaseSensitive (object, "stages") == NULL)
    return;
  array = vastus_check_array (check, object, "stages", "stages", TRUE);
  if (array == NULL)
    return;
  if (!vastus_dose_is_hold (&self->dose))
    {
      vastus_check_add (check, "stages", _("are for timed sets, with a hold_s in the dose"));
      return;
    }
  if (cJSON_GetArraySize (array) < 1 || cJSON_GetArraySize (array) > VASTUS_STAGES_MAX)
    {
      vastus_check_add (check, "stages", _("must list from 1 to %d stages"), VASTUS_STAGES_MAX);
      return;
    }

  builder = g_strv_builder_new ();
  cJSON_ArrayForEach (item, array)
    {
      g_autofree char *field = g_strdup_printf ("stages[%u]", i);
      const char *what;

      if (!cJSON_IsObject (item))
        {
          vastus_check_add (check, field, _("must be an object with \"do\" and \"s\""));
          return;
        }
      what = vastus_check_string (check, item, "do", field, TRUE, NAME_MAX_LENGTH);
      if (what == NULL ||
          !vastus_check_number (check, item, "s", field, TRUE, 5, 600, &self->stage_seconds[i]))
        return;
      g_strv_builder_add (builder, what);
      i++;
    }
  self->stages = g_strv_builder_end (builder);
}

static void
vastus_exercise_finalize (GObject *object)
{
  VastusExercise *self = (VastusExercise *) object;

  g_free (self->id);
  g_free (self->name);
  g_free (self->summary);
  g_strfreev (self->steps);
  g_strfreev (self->cues);
  g_strfreev (self->cautions);
  g_strfreev (self->stages);
  g_free (self->easier);
  g_free (self->harder);
  g_free (self->home_alternative);
  g_free (self->clip);
  g_free (self->clip_written);
  g_free (self->file);
  g_clear_pointer (&self->pose, vastus_pose_free);
  g_free (self->folder);
  g_free (self->haystack);

  G_OBJECT_CLASS (vastus_exercise_parent_class)->finalize (object);
}

static void
vastus_exercise_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  VastusExercise *self = VASTUS_EXERCISE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_SUMMARY:
      g_value_set_string (value, self->summary);
      break;
    case PROP_CATEGORY:
      g_value_set_enum (value, self->category);
      break;
    case PROP_LEVEL:
      g_value_set_int (value, self->level);
      break;
    case PROP_SIDE:
      g_value_set_enum (value, self->side);
      break;
    case PROP_EASIER:
      g_value_set_string (value, self->easier);
      break;
    case PROP_HARDER:
      g_value_set_string (value, self->harder);
      break;
    case PROP_CLIP:
      g_value_set_string (value, self->clip);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vastus_exercise_class_init (VastusExerciseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = vastus_exercise_finalize;
  object_class->get_property = vastus_exercise_get_property;

  /* Exercises are read from the catalogue and never change afterwards: a
   * catalogue that changes replaces the objects. */
  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, flags);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, flags);
  properties[PROP_SUMMARY] = g_param_spec_string ("summary", NULL, NULL, NULL, flags);
  properties[PROP_CATEGORY] = g_param_spec_enum ("category", NULL, NULL, VASTUS_TYPE_CATEGORY,
                                                 VASTUS_CATEGORY_STRENGTH, flags);
  properties[PROP_LEVEL] = g_param_spec_int ("level", NULL, NULL, VASTUS_LEVEL_MIN,
                                             VASTUS_LEVEL_MAX, VASTUS_LEVEL_MIN, flags);
  properties[PROP_SIDE] = g_param_spec_enum ("side", NULL, NULL, VASTUS_TYPE_SIDE,
                                             VASTUS_SIDE_BOTH, flags);
  properties[PROP_EASIER] = g_param_spec_string ("easier", NULL, NULL, NULL, flags);
  properties[PROP_HARDER] = g_param_spec_string ("harder", NULL, NULL, NULL, flags);
  properties[PROP_CLIP] = g_param_spec_string ("clip", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
vastus_exercise_init (VastusExercise *self)
{
}

static gboolean
is_valid_id (const char *id)
{
  gsize length = strlen (id);

  if (length < 2 || length > 64)
    return FALSE;

  for (const char *p = id; *p != '\0'; p++)
    if (!(g_ascii_islower (*p) || g_ascii_isdigit (*p) || *p == '-'))
      return FALSE;

  return TRUE;
}

static gboolean
check_id_field (VastusCheck *check,
                const char  *field,
                const char  *value)
{
  if (value != NULL && !is_valid_id (value))
    {
      vastus_check_add (check, field,
                        _("must be 2 to 64 lower-case letters, digits and '-', not '%s'"),
                        value);
      return FALSE;
    }
  return TRUE;
}

static int
check_choice (VastusCheck        *check,
              const cJSON        *object,
              const char         *key,
              const char * const *names)
{
  const char *value = vastus_check_string (check, object, key, key, TRUE, 0);
  int found;

  if (value == NULL)
    return -1;

  found = vastus_names_find (names, value);
  if (found < 0)
    {
      g_autofree char *allowed = vastus_names_quote (names);
      vastus_check_add (check, key, _("must be one of %s, not '%s'"), allowed, value);
    }

  return found;
}

/* Reads a list of words from @names into @out, which has room for all of
 * them and a NULL; the words are the static ones of @names. */
static gboolean
check_vocabulary (VastusCheck        *check,
                  const cJSON        *object,
                  const char         *key,
                  const char * const *names,
                  const char        **out)
{
  const cJSON *array = vastus_check_array (check, object, key, key, TRUE);
  const cJSON *item;
  guint n = 0;

  if (array == NULL)
    return FALSE;

  cJSON_ArrayForEach (item, array)
    {
      char field[64];
      int found = cJSON_IsString (item) ? vastus_names_find (names, item->valuestring) : -1;

      g_snprintf (field, sizeof field, "%s[%u]", key, n);
      /* Cut at the NUL, it could pass for a word. */
      if (vastus_json_text_held_nul (item))
        {
          vastus_check_add (check, field, _("must not hold a NUL character (\\u0000)"));
          return FALSE;
        }
      if (found < 0)
        {
          g_autofree char *allowed = vastus_names_quote (names);

          if (cJSON_IsString (item))
            vastus_check_add (check, field, _("must be one of %s, not '%s'"), allowed, item->valuestring);
          else
            vastus_check_add (check, field, _("must be one of %s"), allowed);
          return FALSE;
        }

      for (guint j = 0; j < n; j++)
        if (out[j] == names[found])
          {
            vastus_check_add (check, field, _("repeats '%s'"), names[found]);
            return FALSE;
          }

      out[n++] = names[found];
    }

  if (n == 0)
    {
      vastus_check_add (check, key, _("must list at least 1 item"));
      return FALSE;
    }

  out[n] = NULL;
  return TRUE;
}

static char *
check_clip (VastusCheck *check,
            const cJSON *object,
            const char  *folder)
{
  const char *clip = vastus_check_string (check, object, "clip", "clip", FALSE, 0);
  g_autofree char *resolved = NULL;
  g_autofree char *base = NULL;
  g_autofree char *joined = NULL;
  g_autoptr (GError) error = NULL;

  if (clip == NULL)
    return NULL;

  if (g_path_is_absolute (clip) || strchr (clip, '\\') != NULL)
    {
      vastus_check_add (check, "clip", _("must be a path inside the catalogue's folder, not '%s'"), clip);
      return NULL;
    }

  base = g_canonicalize_filename (folder, NULL);
  resolved = g_canonicalize_filename (clip, base);
  if (!g_str_has_prefix (resolved, base) ||
      resolved[strlen (base)] != G_DIR_SEPARATOR ||
      resolved[strlen (base) + 1] == '\0')
    {
      vastus_check_add (check, "clip", _("must stay inside the catalogue's folder, not '%s'"), clip);
      return NULL;
    }

  /* Inside in its words, it may still lead out through a link. */
  joined = g_build_filename (folder, clip, NULL);
  if (!vastus_path_resolve_inside (folder, joined, NULL, &error))
    {
      vastus_check_add (check, "clip", _("must stay inside the catalogue's folder, not '%s': %s"),
                        clip, error->message);
      return NULL;
    }

  return g_steal_pointer (&resolved);
}

/**
 * vastus_exercise_new_from_json:
 * @check: collects the problems
 * @object: one element of the catalogue's "exercises"; its long texts are
 *   taken from it rather than copied
 * @folder: the folder of the catalogue file, for the clip
 *
 * Reads and checks every field of one exercise. Links to other exercises are
 * checked by the catalogue, which knows them all.
 *
 * Returns: (transfer full) (nullable): the exercise, or %NULL when @check got
 *   a problem
 */
VastusExercise *
vastus_exercise_new_from_json (VastusCheck *check,
                               const cJSON *object,
                               const char  *folder)
{
  g_autoptr (VastusExercise) self = g_object_new (VASTUS_TYPE_EXERCISE, NULL);
  guint problems_before = vastus_check_count (check);
  int choice;

  self->id = vastus_check_take_string (check, object, "id", "id", TRUE, 0);
  if (self->id != NULL)
    {
      /* Name the exercise in messages by its id even when the id is bad. */
      check->id = self->id;
      check_id_field (check, "id", self->id);
    }
  vastus_check_keys (check, object, NULL, TRUE);

  self->name = vastus_check_take_string (check, object, "name", "name", TRUE, NAME_MAX_LENGTH);
  self->summary = vastus_check_take_string (check, object, "summary", "summary", TRUE, TEXT_MAX_LENGTH);

  choice = check_choice (check, object, "category", category_names);
  self->category = MAX (choice, 0);
  choice = check_choice (check, object, "side", side_names);
  self->side = MAX (choice, 0);

  vastus_check_int (check, object, "level", "level", TRUE, VASTUS_LEVEL_MIN, VASTUS_LEVEL_MAX,
                    &self->level);

  check_vocabulary (check, object, "muscles", muscle_names, self->muscles);
  if (check_vocabulary (check, object, "equipment", equipment_names, self->equipment) &&
      g_strv_contains (self->equipment, "none") && self->equipment[1] != NULL)
    vastus_check_add (check, "equipment", _("lists 'none' with other equipment"));

  vastus_dose_read_json (check, object, &self->dose, &self->progression);
  check_switch_sides (check, object, self);
  check_stages (check, object, self);

  self->easier = vastus_check_take_string (check, object, "easier", "easier", FALSE, 0);
  check_id_field (check, "easier", self->easier);
  self->harder = vastus_check_take_string (check, object, "harder", "harder", FALSE, 0);
  check_id_field (check, "harder", self->harder);
  if (self->id != NULL && (g_strcmp0 (self->id, self->easier) == 0 ||
                           g_strcmp0 (self->id, self->harder) == 0))
    vastus_check_add (check, g_strcmp0 (self->id, self->easier) == 0 ? "easier" : "harder",
                      _("names the exercise itself"));
  /* Whether it names an exercise that needs no machine is checked by the
   * catalogue, which knows them all. */
  self->home_alternative = vastus_check_take_string (check, object, "home_alternative", "home_alternative",
                                                     FALSE, 0);
  check_id_field (check, "home_alternative", self->home_alternative);
  if (self->id != NULL && g_strcmp0 (self->id, self->home_alternative) == 0)
    vastus_check_add (check, "home_alternative", _("names the exercise itself"));

  self->steps = vastus_check_take_strv (check, object, "steps", "steps", TRUE, 1, TEXT_MAX_LENGTH);
  self->cues = vastus_check_take_strv (check, object, "cues", "cues", TRUE, 1, TEXT_MAX_LENGTH);
  self->cautions = vastus_check_take_strv (check, object, "cautions", "cautions", TRUE, 0, TEXT_MAX_LENGTH);

  self->clip = check_clip (check, object, folder);
  self->folder = g_strdup (folder);
  if (self->clip != NULL)
    {
      self->clip_written = g_strdup (cJSON_GetObjectItemCaseSensitive (object, "clip")->valuestring);
      self->file = g_strdup (check->file);
    }

  if (cJSON_GetObjectItemCaseSensitive (object, "pose") != NULL)
    self->pose = vastus_pose_new_from_json (check, cJSON_GetObjectItemCaseSensitive (object, "pose"));

  check->id = NULL;

  if (vastus_check_count (check) > problems_before)
    return NULL;

  return g_steal_pointer (&self);
}

static void
translate_string (char       **text,
                  const char  *domain,
                  const char  *context)
{
  const char *translated;

  if (*text == NULL)
    return;
  translated = g_dpgettext2 (domain, context, *text);
  if (translated != *text)
    {
      g_free (*text);
      *text = g_strdup (translated);
    }
}

static void
translate_strv (GStrv       texts,
                const char *domain,
                const char *context)
{
  for (guint i = 0; texts != NULL && texts[i] != NULL; i++)
    translate_string (&texts[i], domain, context);
}

/**
 * vastus_exercise_translate:
 * @domain: the gettext domain holding the catalogue's texts
 *
 * Replaces the exercise's texts (name, summary, steps, cues, cautions, stages)
 * by their translations, looked up in @domain with the context
 * "exercise:ID:FIELD" that build-aux/catalogue-strings.py gave them. Only the
 * built-in catalogue is translated: a person's own files stay as written.
 */
void
vastus_exercise_translate (VastusExercise *self,
                           const char     *domain)
{
  g_autofree char *context = NULL;

  g_return_if_fail (VASTUS_IS_EXERCISE (self));

#define CONTEXT(field) (g_free (context), context = g_strconcat ("exercise:", self->id, ":" field, NULL))
  translate_string (&self->name, domain, CONTEXT ("name"));
  translate_string (&self->summary, domain, CONTEXT ("summary"));
  translate_strv (self->steps, domain, CONTEXT ("steps"));
  translate_strv (self->cues, domain, CONTEXT ("cues"));
  translate_strv (self->cautions, domain, CONTEXT ("cautions"));
  translate_strv (self->stages, domain, CONTEXT ("stages"));
#undef CONTEXT
  g_clear_pointer (&self->haystack, g_free);
}

/**
 * vastus_exercise_get_sides_in_turn:
 *
 * Returns: whether one-leg work does all its sets on one leg before the
 *   other, as when lying on one side, rather than switching after each set
 */
gboolean
vastus_exercise_get_sides_in_turn (VastusExercise *self)
{
  g_return_val_if_fail (VASTUS_IS_EXERCISE (self), FALSE);
  return self->sides_in_turn;
}

/**
 * vastus_exercise_get_stage_at:
 * @seconds: how far into a timed set
 *
 * Returns: (nullable): what is done at @seconds into a timed set, such as
 *   "March on the spot", or %NULL when the exercise names no stages
 */
const char *
vastus_exercise_get_stage_at (VastusExercise *self,
                              double          seconds)
{
  double end = 0;
  guint i;

  g_return_val_if_fail (VASTUS_IS_EXERCISE (self), NULL);

  if (self->stages == NULL)
    return NULL;
  for (i = 0; self->stages[i + 1] != NULL; i++)
    {
      end += self->stage_seconds[i];
      if (seconds < end)
        break;
    }
  return self->stages[i];
}

const char *
vastus_exercise_get_id (VastusExercise *self)
{
  g_return_val_if_fail (VASTUS_IS_EXERCISE (self), NULL);
  return self->id;
}

const char *
vastus_exercise_get_name (VastusExercise *self)
{
  g_return_val_if_fail (VASTUS_IS_EXERCISE (self), NULL);
  return self->name;
}

const char *
vastus_exercise_get_summary (VastusExercise *self)
{
  g_return_val_if_fail (VASTUS_IS_EXERCISE (self), NULL);
  return self->summary;
}

VastusCategory
vastus_exercise_get_category (VastusExercise *self)
{
  g_return_val_if_fail (VASTUS_IS_EXERCISE (self), 0);
  return self->category;
}

int
vastus_exercise_get_level (VastusExercise *self)
{
  g_return_val_if_fail (VASTUS_IS_EXERCISE (self), 0);
  return self->level;
}

VastusSide
vastus_exercise_get_side (VastusExercise *self)
{
  g_return_val_if_fail (VASTUS_IS_EXERCISE (self), 0);
  return self->side;
}

const char * const *
vastus_exercise_get_muscles (VastusExercise *self)
{
  g_return_val_if_fail (VASTUS_IS_EXERCISE (self), NULL);
  return self->muscles;
}

const char * const *
vastus_exercise_get_equipment (VastusExercise *self)
{
  g_return_val_if_fail (VASTUS_IS_EXERCISE (self), NULL);
  return self->equipment;
}

const char * const *
vastus_exercise_get_steps (VastusExercise *self)
{
  g_return_val_if_fail (VASTUS_IS_EXERCISE (self), NULL);
  return (const char * const *) self->steps;
}

const char * const *
vastus_exercise_get_cues (VastusExercise *self)
{
  g_return_val_if_fail (VASTUS_IS_EXERCISE (self), NULL);
  return (const char * const *) self->cues;
}

const char * const *
vastus_exercise_get_cautions (VastusExercise *self)
{
  g_return_val_if_fail (VASTUS_IS_EXERCISE (self), NULL);
  return (const char * const *) self->cautions;
}

const VastusDose *
vastus_exercise_get_dose (VastusExercise *self)
{
  g_return_val_if_fail (VASTUS_IS_EXERCISE (self), NULL);
  return &self->dose;
}

gboolean
vastus_exercise_can_progress (VastusExercise  *self,
                              VastusDoseValue  which)
{
  g_return_val_if_fail (VASTUS_IS_EXERCISE (self), FALSE);
  return (self->progression & (1u << which)) != 0;
}

const char *
vastus_exercise_get_easier (VastusExercise *self)
{
  g_return_val_if_fail (VASTUS_IS_EXERCISE (self), NULL);
  return self->easier;
}

const char *
vastus_exercise_get_harder (VastusExercise *self)
{
  g_return_val_if_fail (VASTUS_IS_EXERCISE (self), NULL);
  return self->harder;
}

/**
 * vastus_exercise_get_home_alternative:
 *
 * Returns: (nullable): the id of the exercise done in its place by someone
 *   who lacks its equipment, one that needs no machine
 */
const char *
vastus_exercise_get_home_alternative (VastusExercise *self)
{
  g_return_val_if_fail (VASTUS_IS_EXERCISE (self), NULL);
  return self->home_alternative;
}

/**
 * vastus_exercise_needs_machine:
 *
 * Returns: whether any of the equipment it needs is a gym machine
 */
gboolean
vastus_exercise_needs_machine (VastusExercise *self)
{
  g_return_val_if_fail (VASTUS_IS_EXERCISE (self), FALSE);

  for (guint i = 0; self->equipment[i] != NULL; i++)
    if (vastus_equipment_is_machine (self->equipment[i]))
      return TRUE;
  return FALSE;
}

/**
 * vastus_exercise_missing_equipment:
 * @have: (nullable) (array zero-terminated=1): the equipment the person has;
 *   %NULL for everything
 *
 * Returns: (transfer full) (nullable): the equipment it needs that is not in
 *   @have, or %NULL when nothing is missing
 */
GStrv
vastus_exercise_missing_equipment (VastusExercise     *self,
                                   const char * const *have)
{
  g_autoptr (GStrvBuilder) builder = NULL;
  gboolean any = FALSE;

  g_return_val_if_fail (VASTUS_IS_EXERCISE (self), NULL);

  if (have == NULL)
    return NULL;
  builder = g_strv_builder_new ();
  for (guint i = 0; self->equipment[i] != NULL; i++)
    if (!g_str_equal (self->equipment[i], "none") && !g_strv_contains (have, self->equipment[i]))
      {
        g_strv_builder_add (builder, self->equipment[i]);
        any = TRUE;
      }
  return any ? g_strv_builder_end (builder) : NULL;
}

/**
 * vastus_exercise_get_clip:
 *
 * Returns: (nullable): the absolute path of the recorded clip the catalogue
 *   names, always inside the catalogue's folder, its links too when the
 *   catalogue was read; play it from vastus_exercise_resolve_clip()
 */
const char *
vastus_exercise_get_clip (VastusExercise *self)
{
  g_return_val_if_fail (VASTUS_IS_EXERCISE (self), NULL);
  return self->clip;
}

/**
 * vastus_exercise_get_pose:
 *
 * Returns: (nullable): the pose keyframes its demo clip is rendered from
 */
const VastusPose *
vastus_exercise_get_pose (VastusExercise *self)
{
  g_return_val_if_fail (VASTUS_IS_EXERCISE (self), NULL);
  return self->pose;
}

/**
 * vastus_exercise_resolve_clip:
 * @error: why the recorded clip is not played
 *
 * Where the recorded clip really is, every link on its way followed. The
 * catalogue checked that when it read the file, but a link in its folder can
 * be made or changed afterwards: a clip that leads outside the catalogue's
 * folder now is refused with the message the catalogue gives.
 *
 * Returns: (transfer full) (nullable): the clip's real path; %NULL when the
 *   exercise names no recorded clip, or with @error set when it leads outside
 */
char *
vastus_exercise_resolve_clip (VastusExercise  *self,
                              GError         **error)
{
  g_autoptr (GError) local_error = NULL;
  char *resolved = NULL;

  g_return_val_if_fail (VASTUS_IS_EXERCISE (self), NULL);

  if (self->clip == NULL)
    return NULL;

  if (!vastus_path_resolve_inside (self->folder, self->clip, &resolved, &local_error))
    {
      g_autofree char *message = NULL;
      VastusCheck check;

      vastus_check_init (&check, self->file);
      check.kind = "exercise";
      check.id = self->id;
      vastus_check_add (&check, "clip", _("must stay inside the catalogue's folder, not '%s': %s"),
                        self->clip_written, local_error->message);
      message = vastus_check_join (&check);
      vastus_check_clear (&check);
      g_set_error_literal (error, local_error->domain, local_error->code, message);
      return NULL;
    }

  return resolved;
}

/**
 * vastus_exercise_get_folder:
 *
 * Returns: the folder of the catalogue file the exercise was read from
 */
const char *
vastus_exercise_get_folder (VastusExercise *self)
{
  g_return_val_if_fail (VASTUS_IS_EXERCISE (self), NULL);
  return self->folder;
}

gboolean
vastus_exercise_uses_equipment (VastusExercise *self,
                                const char     *equipment)
{
  g_return_val_if_fail (VASTUS_IS_EXERCISE (self), FALSE);
  return g_strv_contains (self->equipment, equipment);
}

gboolean
vastus_exercise_works_vmo (VastusExercise *self)
{
  g_return_val_if_fail (VASTUS_IS_EXERCISE (self), FALSE);
  return g_strv_contains (self->muscles, "vmo");
}

char *
vastus_exercise_describe_dose (VastusExercise *self)
{
  g_return_val_if_fail (VASTUS_IS_EXERCISE (self), NULL);
  return vastus_dose_describe (&self->dose, self->side);
}

static char *
join_labels (const char * const *names,
             const char        *(*label) (const char *name))
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; names[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append (text, ", ");
      g_string_append (text, label (names[i]));
    }

  return g_string_free (text, FALSE);
}

/**
 * vastus_exercise_describe_muscles:
 *
 * Returns: the muscles worked, in words: "Vastus medialis (inner quadriceps), Quadriceps"
 */
char *
vastus_exercise_describe_muscles (VastusExercise *self)
{
  g_return_val_if_fail (VASTUS_IS_EXERCISE (self), NULL);
  return join_labels (self->muscles, vastus_muscle_label);
}

/**
 * vastus_exercise_describe_equipment:
 *
 * Returns: the equipment needed, in words: "Wall, Soft ball or pillow"
 */
char *
vastus_exercise_describe_equipment (VastusExercise *self)
{
  g_return_val_if_fail (VASTUS_IS_EXERCISE (self), NULL);
  return join_labels (self->equipment, vastus_equipment_label);
}

/**
 * vastus_exercise_describe_kind:
 *
 * Returns: the category and level in words: "Strength · Level 2"
 */
char *
vastus_exercise_describe_kind (VastusExercise *self)
{
  g_return_val_if_fail (VASTUS_IS_EXERCISE (self), NULL);
  /* Translators: an exercise's category and level, as in "Strength · Level 2" */
  return g_strdup_printf (_("%s · Level %d"), vastus_category_label (self->category), self->level);
}

/**
 * vastus_search_fold:
 *
 * Returns: @query as vastus_exercise_matches() wants it: case-folded, with
 *   surrounding white space removed
 */
char *
vastus_search_fold (const char *query)
{
  g_autofree char *folded = g_utf8_casefold (query, -1);
  return g_strdup (g_strstrip (folded));
}

static void
build_haystack (VastusExercise *self)
{
  GString *text = g_string_new (self->name);

  for (guint i = 0; self->muscles[i] != NULL; i++)
    {
      g_string_append_c (text, '\n');
      g_string_append (text, vastus_muscle_label (self->muscles[i]));
      g_string_append_c (text, '\n');
      g_string_append (text, self->muscles[i]);
    }
  for (guint i = 0; self->equipment[i] != NULL; i++)
    {
      g_string_append_c (text, '\n');
      g_string_append (text, vastus_equipment_label (self->equipment[i]));
    }
  g_string_append_c (text, '\n');
  g_string_append (text, self->summary);

  self->haystack = g_utf8_casefold (text->str, text->len);
  g_string_free (text, TRUE);
}

/**
 * vastus_exercise_matches:
 * @folded_query: a query from vastus_search_fold()
 *
 * Every word of the query must appear in the name, the muscles, the equipment
 * or the summary.
 */
gboolean
vastus_exercise_matches (VastusExercise *self,
                         const char     *folded_query)
{
  const char *word = folded_query;

  g_return_val_if_fail (VASTUS_IS_EXERCISE (self), FALSE);

  if (self->haystack == NULL)
    build_haystack (self);

  while (*word != '\0')
    {
      const char *end = word;
      char saved[128];
      gsize length;

      while (*end != '\0' && !g_ascii_isspace (*end))
        end++;
      length = MIN ((gsize) (end - word), sizeof saved - 1);
      if (length > 0)
        {
          memcpy (saved, word, length);
          saved[length] = '\0';
          if (strstr (self->haystack, saved) == NULL)
            return FALSE;
        }
      word = end;
      while (g_ascii_isspace (*word))
        word++;
    }

  return TRUE;
}

const char *
vastus_category_to_string (VastusCategory category)
{
  g_return_val_if_fail (category < VASTUS_N_CATEGORIES, NULL);
  return category_names[category];
}

const char *
vastus_category_label (VastusCategory category)
{
  switch (category)
    {
    case VASTUS_CATEGORY_STRENGTH: return _("Strength");
    case VASTUS_CATEGORY_ISOMETRIC: return _("Isometric");
    case VASTUS_CATEGORY_STRETCH: return _("Stretch");
    case VASTUS_CATEGORY_MOBILITY: return _("Mobility");
    case VASTUS_CATEGORY_WARM_UP: return _("Warm-up");
    case VASTUS_CATEGORY_COOL_DOWN: return _("Cool-down");
    case VASTUS_CATEGORY_RELEASE: return _("Release");
    case VASTUS_N_CATEGORIES:
    default:
      g_return_val_if_reached (NULL);
    }
}

const char * const *
vastus_equipment_names (void)
{
  return equipment_names;
}

const char *
vastus_equipment_label (const char *equipment)
{
  static const struct { const char *name; const char *label; } labels[] = {
    { "none", N_("No equipment") },
    { "wall", N_("Wall") },
    { "chair", N_("Chair") },
    { "step", N_("Step or low box") },
    { "band", N_("Resistance band") },
    { "ball", N_("Soft ball or pillow") },
    { "towel", N_("Rolled towel") },
    { "foam-roller", N_("Foam roller") },
    { "bench", N_("Bench") },
    { "weight-plate", N_("Weight plate or wedge") },
    { "mat", N_("Mat") },
    { "leg-press-machine", N_("Leg press machine") },
    { "leg-extension-machine", N_("Leg extension machine") },
    { "leg-curl-machine", N_("Leg curl machine") },
    { "ankle-weight", N_("Ankle weight") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    if (g_strcmp0 (labels[i].name, equipment) == 0)
      return _(labels[i].label);

  return equipment;
}

/**
 * vastus_equipment_is_machine:
 *
 * Returns: whether @equipment is a gym machine, which few people have at home
 */
gboolean
vastus_equipment_is_machine (const char *equipment)
{
  return equipment != NULL && g_str_has_suffix (equipment, "-machine");
}

static const struct
{
  const char *name;
  const char *label;    /* as a choice, "A resistance band" */
  const char *needed;   /* in a sentence, "a resistance band" */
} have_words[] = {
  { "wall", N_("A clear piece of wall"), N_("a clear piece of wall") },
  { "chair", N_("A sturdy chair"), N_("a sturdy chair") },
  { "step", N_("A step or low box"), N_("a step or low box") },
  { "band", N_("A resistance band"), N_("a resistance band") },
  { "ball", N_("A soft ball or pillow"), N_("a soft ball or pillow") },
  { "towel", N_("A towel to roll up"), N_("a towel to roll up") },
  { "foam-roller", N_("A foam roller"), N_("a foam roller") },
  { "bench", N_("A bench or low bed"), N_("a bench or low bed") },
  { "weight-plate", N_("A weight plate or wedge"), N_("a weight plate or wedge") },
  { "mat", N_("An exercise mat"), N_("an exercise mat") },
  { "ankle-weight", N_("An ankle weight"), N_("an ankle weight") },
  { "leg-press-machine", N_("A leg-press machine"), N_("a leg-press machine") },
  { "leg-extension-machine", N_("A leg-extension machine"), N_("a leg-extension machine") },
  { "leg-curl-machine", N_("A leg-curl machine"), N_("a leg-curl machine") },
};

/**
 * vastus_equipment_have_label:
 *
 * Returns: the equipment as a person is asked about it: "A resistance band"
 */
const char *
vastus_equipment_have_label (const char *equipment)
{
  for (guint i = 0; i < G_N_ELEMENTS (have_words); i++)
    if (g_strcmp0 (have_words[i].name, equipment) == 0)
      return _(have_words[i].label);
  return vastus_equipment_label (equipment);
}

/**
 * vastus_equipment_needed_label:
 *
 * Returns: the equipment inside a sentence: "a resistance band"
 */
const char *
vastus_equipment_needed_label (const char *equipment)
{
  for (guint i = 0; i < G_N_ELEMENTS (have_words); i++)
    if (g_strcmp0 (have_words[i].name, equipment) == 0)
      return _(have_words[i].needed);
  return vastus_equipment_label (equipment);
}

/**
 * vastus_equipment_describe_missing:
 * @missing: (array zero-terminated=1): equipment names
 *
 * Returns: (transfer full): what is missing, in words: "a leg-press machine",
 *   "a step or low box and a resistance band"
 */
char *
vastus_equipment_describe_missing (const char * const *missing)
{
  GString *text = g_string_new (NULL);
  guint n = missing != NULL ? g_strv_length ((GStrv) missing) : 0;

  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        /* Translators: between the last two items of a list, as in "a step and a band" */
        g_string_append (text, i + 1 == n ? _(" and ") : _(", "));
      g_string_append (text, vastus_equipment_needed_label (missing[i]));
    }
  return g_string_free (text, FALSE);
}

/**
 * vastus_equipment_home_defaults:
 *
 * Returns: (transfer full): what a person is taken to have at home until
 *   they say: everything but the gym machines
 */
GStrv
vastus_equipment_home_defaults (void)
{
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; equipment_names[i] != NULL; i++)
    if (!g_str_equal (equipment_names[i], "none") && !vastus_equipment_is_machine (equipment_names[i]))
      g_strv_builder_add (builder, equipment_names[i]);
  return g_strv_builder_end (builder);
}

const char *
vastus_muscle_label (const char *muscle)
{
  static const struct { const char *name; const char *label; } labels[] = {
    { "vmo", N_("Vastus medialis (inner quadriceps)") },
    { "quadriceps", N_("Quadriceps") },
    { "hamstrings", N_("Hamstrings") },
    { "glutes", N_("Buttocks (glutes)") },
    { "hip-abductors", N_("Outer hip (abductors)") },
    { "adductors", N_("Inner thigh (adductors)") },
    { "calves", N_("Calves") },
    { "hip-flexors", N_("Hip flexors") },
    { "core", N_("Trunk (core)") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    if (g_strcmp0 (labels[i].name, muscle) == 0)
      return _(labels[i].label);

  return muscle;
}

const char *
vastus_side_label (VastusSide side)
{
  switch (side)
    {
    case VASTUS_SIDE_BOTH: return _("Both legs");
    case VASTUS_SIDE_ONE: return _("One leg at a time");
    case VASTUS_SIDE_ALTERNATING: return _("Alternating legs");
    default:
      g_return_val_if_reached (NULL);
    }
}
