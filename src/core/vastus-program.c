/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "vastus-program"

#include "config.h"

#include "vastus-program.h"

#include "vastus-files.h"
#include "vastus-session-entry.h"

#include <glib/gi18n.h>
#include <string.h>

/*
 * The person's programme: which exercises they do, in order, each with its
 * current dose, and how often. Kept in program.json, written whole and
 * atomically (temporary file, fsync, rename), readable by the person only.
 */
struct _VastusProgram
{
  GObject    parent_instance;

  char      *starter_id;
  int        sessions_per_week;
  VastusLeg  first_leg;
  GPtrArray *exercises;   /* VastusExercise */
  GArray    *doses;       /* VastusDose, with the catalogue's bounds */
  GPtrArray *paused;      /* per exercise: why it is paused, or NULL */
  GStrv      equipment;   /* what the person has; NULL for everything */
  VastusHold hold;        /* kind NONE when the programme runs */
  char      *notes;       /* from the physiotherapist's programme file, or NULL */
  guint      generation;  /* counts changes, so that views redraw only when needed */
};

G_DEFINE_FINAL_TYPE (VastusProgram, vastus_program, G_TYPE_OBJECT)

G_DEFINE_QUARK (vastus-program-error-quark, vastus_program_error)

static const char * const leg_names[] = { "none", "left", "right", NULL };
static const char * const hold_names[] = { "none", "warning-sign", "severe-pain", "flare", NULL };

const char *
vastus_hold_kind_to_string (VastusHoldKind kind)
{
  g_return_val_if_fail (kind <= VASTUS_HOLD_FLARE, "");
  return hold_names[kind];
}

/**
 * vastus_hold_clear:
 *
 * Frees a hold's words and makes it no hold.
 */
void
vastus_hold_clear (VastusHold *hold)
{
  g_clear_pointer (&hold->heading, g_free);
  g_clear_pointer (&hold->reason, g_free);
  g_clear_pointer (&hold->advice, g_free);
  hold->kind = VASTUS_HOLD_NONE;
  hold->since = 0;
  hold->emergency = FALSE;
}

static void
vastus_program_finalize (GObject *object)
{
  VastusProgram *self = VASTUS_PROGRAM (object);

  g_free (self->starter_id);
  g_ptr_array_unref (self->exercises);
  g_array_unref (self->doses);
  g_ptr_array_unref (self->paused);
  g_strfreev (self->equipment);
  vastus_hold_clear (&self->hold);
  g_free (self->notes);

  G_OBJECT_CLASS (vastus_program_parent_class)->finalize (object);
}

static void
vastus_program_class_init (VastusProgramClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = vastus_program_finalize;
}

static void
vastus_program_init (VastusProgram *self)
{
  self->exercises = g_ptr_array_new_with_free_func (g_object_unref);
  self->doses = g_array_new (FALSE, FALSE, sizeof (VastusDose));
  self->paused = g_ptr_array_new_with_free_func (g_free);
  self->sessions_per_week = 3;
  self->first_leg = VASTUS_LEG_RIGHT;
}

static void
append (VastusProgram    *self,
        VastusExercise   *exercise,
        const VastusDose *dose)
{
  g_ptr_array_add (self->exercises, g_object_ref (exercise));
  g_array_append_val (self->doses, *dose);
  g_ptr_array_add (self->paused, NULL);
}

/**
 * vastus_program_new_from_starter:
 * @first_leg: the sore leg, where one-leg work starts
 *
 * Returns: (transfer full): a programme of @starter's exercises at their
 *   starting doses
 */
VastusProgram *
vastus_program_new_from_starter (VastusStarterProgram *starter,
                                 VastusCatalogue      *catalogue,
                                 VastusLeg             first_leg)
{
  return vastus_program_new_from_starter_full (starter, catalogue, first_leg, NULL);
}

/**
 * vastus_program_new_from_starter_full:
 * @first_leg: the sore leg, where one-leg work starts
 * @equipment: (nullable) (array zero-terminated=1): what the person has;
 *   %NULL for everything
 *
 * A programme of @starter's exercises at their starting doses; an exercise
 * whose equipment the person lacks gives way to its home alternative when
 * they have what that needs, and stays otherwise (its page says what is
 * missing).
 *
 * Returns: (transfer full): the programme
 */
VastusProgram *
vastus_program_new_from_starter_full (VastusStarterProgram *starter,
                                      VastusCatalogue      *catalogue,
                                      VastusLeg             first_leg,
                                      const char * const   *equipment)
{
  VastusProgram *self = g_object_new (VASTUS_TYPE_PROGRAM, NULL);
  const char * const *ids = vastus_starter_program_get_exercises (starter);

  self->starter_id = g_strdup (vastus_starter_program_get_id (starter));
  self->sessions_per_week = vastus_starter_program_get_sessions_per_week (starter);
  self->first_leg = first_leg;
  vastus_program_set_equipment (self, equipment);

  /* The catalogue checked that a starter programme's exercises exist. */
  for (guint i = 0; ids[i] != NULL; i++)
    {
      VastusExercise *exercise = vastus_catalogue_lookup (catalogue, ids[i]);

      if (exercise == NULL)
        continue;
      exercise = vastus_program_pick_for_equipment (self, catalogue, exercise);
      /* A home alternative may be in the starter already. */
      if (vastus_program_find (self, vastus_exercise_get_id (exercise)) < 0)
        append (self, exercise, vastus_exercise_get_dose (exercise));
    }

  return self;
}

/* The dose as the person has it now, within the catalogue's bounds. */
static void
bounded_dose (VastusExercise *exercise,
              VastusDose     *dose)
{
  const VastusDose *catalogue = vastus_exercise_get_dose (exercise);

  memcpy (dose->min, catalogue->min, sizeof dose->min);
  memcpy (dose->max, catalogue->max, sizeof dose->max);
  dose->bounded = catalogue->bounded;
}

/* A hold is safety information: one that cannot be read whole is still a
 * hold, with words of its own, never silently dropped. */
static void
read_hold (VastusProgram *self,
           const char    *name,
           const cJSON   *object,
           GPtrArray     *problems)
{
  const cJSON *item;
  VastusHold hold = { VASTUS_HOLD_WARNING_SIGN, 0, FALSE, NULL, NULL, NULL };
  int kind;

  if (object == NULL || cJSON_IsNull (object))
    return;
  if (!cJSON_IsObject (object))
    {
      /* Translators: a warning sign or safety advice: keep its meaning exact (when to stop, whom to see, how soon) */
      g_ptr_array_add (problems, g_strdup_printf (_("%s: hold: must be an object; your programme is kept on hold "
                                                    "until your knee has been checked"), name));
      vastus_program_set_hold (self, &hold);
      return;
    }

  /* Texts cut at a NUL character are not taken, as texts that are not UTF-8. */
  item = cJSON_GetObjectItemCaseSensitive (object, "kind");
  if (vastus_json_get_text (item) != NULL &&
      (kind = vastus_names_find (hold_names, item->valuestring)) > VASTUS_HOLD_NONE)
    hold.kind = kind;
  item = cJSON_GetObjectItemCaseSensitive (object, "since");
  if (vastus_json_get_text (item) != NULL)
    vastus_time_from_iso8601 (item->valuestring, &hold.since);
  hold.emergency = cJSON_IsTrue (cJSON_GetObjectItemCaseSensitive (object, "emergency"));
#define TEXT(name) \
  ((item = cJSON_GetObjectItemCaseSensitive (object, name)) != NULL && vastus_json_get_text (item) != NULL && \
   g_utf8_validate (item->valuestring, -1, NULL) ? item->valuestring : NULL)
  hold.heading = (char *) TEXT ("heading");
  hold.reason = (char *) TEXT ("reason");
  hold.advice = (char *) TEXT ("advice");
#undef TEXT
  vastus_program_set_hold (self, &hold);
}

/* What the person has: an array of equipment names. A file without it, from
 * before Vastus asked, means everything, so that nothing changes for them. */
static void
read_equipment (VastusProgram *self,
                const char    *name,
                const cJSON   *root,
                GPtrArray     *problems)
{
  const cJSON *array = cJSON_GetObjectItemCaseSensitive (root, "equipment");
  const char * const *known = vastus_equipment_names ();
  g_autoptr (GStrvBuilder) builder = NULL;
  const cJSON *item;
  guint i = 0;

  if (array == NULL || cJSON_IsNull (array))
    return;
  if (!cJSON_IsArray (array))
    {
      g_ptr_array_add (problems, g_strdup_printf (_("%s: equipment: must be a list of equipment names; until it "
                                                    "is, Vastus takes it that you have everything"), name));
      return;
    }

  builder = g_strv_builder_new ();
  cJSON_ArrayForEach (item, array)
    {
      const char *equipment = vastus_json_get_text (item);

      /* A name from a newer Vastus is left out; the rest still counts. */
      if (equipment == NULL || !g_strv_contains (known, equipment))
        g_ptr_array_add (problems, g_strdup_printf (_("%s: equipment[%u]: is not equipment Vastus knows; it was "
                                                      "left out"), name, i));
      else if (!g_str_equal (equipment, "none"))
        g_strv_builder_add (builder, equipment);
      i++;
    }
  g_strfreev (self->equipment);
  self->equipment = g_strv_builder_end (builder);
}

/**
 * vastus_program_load:
 * @problems: (out) (transfer full) (element-type utf8): entries that were
 *   skipped, such as an exercise no longer in the catalogue, a message each
 *
 * Reads program.json. The file is never changed by reading it.
 *
 * Returns: (transfer full) (nullable): the programme, or %NULL with @error
 *   when the file cannot be read or is not a programme at all
 */
VastusProgram *
vastus_program_load (const char       *path,
                     VastusCatalogue  *catalogue,
                     GPtrArray       **problems,
                     GError          **error)
{
  g_autoptr (VastusProgram) self = g_object_new (VASTUS_TYPE_PROGRAM, NULL);
  g_autofree char *name = g_path_get_basename (path);
  g_autofree char *data = NULL;
  g_autofree char *parse_error = NULL;
  g_autoptr (cJSON) root = NULL;
  g_autoptr (GError) local_error = NULL;
  const cJSON *entries, *entry;
  const char *leg;
  VastusCheck check;
  gsize length;
  int version = 0;
  guint i = 0;

  *problems = g_ptr_array_new_with_free_func (g_free);

  if (!g_file_get_contents (path, &data, &length, &local_error))
    {
      g_set_error (error, VASTUS_PROGRAM_ERROR, VASTUS_PROGRAM_ERROR_READ,
                   _("%s: cannot be read: %s"), name, local_error->message);
      return NULL;
    }

  root = vastus_json_parse (data, length, &parse_error);
  if (root == NULL || !cJSON_IsObject (root))
    {
      g_set_error (error, VASTUS_PROGRAM_ERROR, VASTUS_PROGRAM_ERROR_INVALID, "%s: %s", name,
                   parse_error != NULL ? parse_error : _("must hold a JSON object"));
      return NULL;
    }

  vastus_check_init (&check, name);
  if (vastus_check_int (&check, root, "version", "version", TRUE, 1, G_MAXINT, &version) &&
      version > VASTUS_PROGRAM_VERSION)
    vastus_check_add (&check, "version", _("is %d, but this version of Vastus reads version %d"),
                      version, VASTUS_PROGRAM_VERSION);
  self->starter_id = g_strdup (vastus_check_string (&check, root, "starter", "starter", FALSE, 64));
  vastus_check_int (&check, root, "sessions_per_week", "sessions_per_week", TRUE, 1, 7,
                    &self->sessions_per_week);
  leg = vastus_check_string (&check, root, "first_leg", "first_leg", TRUE, 0);
  if (leg != NULL)
    {
      int found = vastus_names_find (leg_names, leg);

      if (found < 0)
        vastus_check_add (&check, "first_leg", _("must be 'left', 'right' or 'none', not '%s'"), leg);
      else
        self->first_leg = found;
    }
  entries = vastus_check_array (&check, root, "exercises", "exercises", TRUE);
  read_equipment (self, name, root, *problems);
  read_hold (self, name, cJSON_GetObjectItemCaseSensitive (root, "hold"), *problems);
  self->notes = g_strdup (vastus_check_string (&check, root, "notes", "notes", FALSE, 0));

  if (vastus_check_count (&check) > 0)
    {
      g_autofree char *all = vastus_check_join (&check);

      g_set_error_literal (error, VASTUS_PROGRAM_ERROR, VASTUS_PROGRAM_ERROR_INVALID, all);
      vastus_check_clear (&check);
      return NULL;
    }

  /* A bad entry is skipped and said; the rest of the programme stands. */
  cJSON_ArrayForEach (entry, entries)
    {
      g_autofree char *where = g_strdup_printf ("exercises[%u]", i++);
      guint before = vastus_check_count (&check);
      VastusExercise *exercise = NULL;
      VastusDose dose = { 0 };
      const char *id;
      guint progression;

      check.kind = "exercise";
      check.where = where;
      id = vastus_check_string (&check, entry, "id", "id", TRUE, 64);
      check.id = id;
      if (id != NULL && (exercise = vastus_catalogue_lookup (catalogue, id)) == NULL)
        vastus_check_add (&check, NULL, _("is no longer in the catalogue, so it was left out of today's plan"));
      if (exercise != NULL)
        vastus_dose_read_json (&check, entry, &dose, &progression);
      check.id = NULL;
      check.where = NULL;
      check.kind = NULL;

      if (vastus_check_count (&check) > before)
        continue;

      bounded_dose (exercise, &dose);
      append (self, exercise, &dose);
      {
        const cJSON *paused = cJSON_GetObjectItemCaseSensitive (entry, "paused");

        if (vastus_json_get_text (paused) != NULL && paused->valuestring[0] != '\0' &&
            g_utf8_validate (paused->valuestring, -1, NULL))
          vastus_program_set_paused (self, self->exercises->len - 1, paused->valuestring);
      }
    }

  for (guint k = 0; k < check.problems->len; k++)
    g_ptr_array_add (*problems, g_strdup (g_ptr_array_index (check.problems, k)));
  vastus_check_clear (&check);

  return g_steal_pointer (&self);
}

/**
 * vastus_program_save:
 *
 * Writes the programme whole: to a temporary file, synced, then renamed over
 * the old one, readable and writable by the person only. A failed write
 * leaves the old file as it was.
 */
gboolean
vastus_program_save (VastusProgram  *self,
                     const char     *path,
                     GError        **error)
{
  g_autoptr (cJSON) root = cJSON_CreateObject ();
  g_autoptr (GError) local_error = NULL;
  cJSON *entries;

  g_return_val_if_fail (VASTUS_IS_PROGRAM (self), FALSE);

  cJSON_AddNumberToObject (root, "version", VASTUS_PROGRAM_VERSION);
  if (self->starter_id != NULL)
    cJSON_AddStringToObject (root, "starter", self->starter_id);
  cJSON_AddNumberToObject (root, "sessions_per_week", self->sessions_per_week);
  cJSON_AddStringToObject (root, "first_leg", leg_names[self->first_leg]);
  if (self->equipment != NULL)
    {
      cJSON *equipment = cJSON_AddArrayToObject (root, "equipment");

      for (guint i = 0; self->equipment[i] != NULL; i++)
        cJSON_AddItemToArray (equipment, cJSON_CreateString (self->equipment[i]));
    }
  if (self->hold.kind != VASTUS_HOLD_NONE)
    {
      cJSON *hold = cJSON_AddObjectToObject (root, "hold");
      g_autofree char *since = vastus_time_to_iso8601 (self->hold.since);

      cJSON_AddStringToObject (hold, "kind", hold_names[self->hold.kind]);
      cJSON_AddStringToObject (hold, "since", since);
      cJSON_AddBoolToObject (hold, "emergency", self->hold.emergency);
      if (self->hold.heading != NULL)
        cJSON_AddStringToObject (hold, "heading", self->hold.heading);
      if (self->hold.reason != NULL)
        cJSON_AddStringToObject (hold, "reason", self->hold.reason);
      if (self->hold.advice != NULL)
        cJSON_AddStringToObject (hold, "advice", self->hold.advice);
    }
  if (self->notes != NULL)
    cJSON_AddStringToObject (root, "notes", self->notes);
  entries = cJSON_AddArrayToObject (root, "exercises");
  for (guint i = 0; i < self->exercises->len; i++)
    {
      cJSON *entry = cJSON_CreateObject ();

      cJSON_AddStringToObject (entry, "id", vastus_exercise_get_id (g_ptr_array_index (self->exercises, i)));
      cJSON_AddItemToObject (entry, "dose", vastus_dose_to_json (&g_array_index (self->doses, VastusDose, i)));
      if (g_ptr_array_index (self->paused, i) != NULL)
        cJSON_AddStringToObject (entry, "paused", g_ptr_array_index (self->paused, i));
      cJSON_AddItemToArray (entries, entry);
    }

  if (!vastus_json_write_file (root, path, &local_error))
    {
      g_set_error (error, VASTUS_PROGRAM_ERROR, VASTUS_PROGRAM_ERROR_WRITE,
                   _("Your programme could not be saved to %s: %s"), path, local_error->message);
      return FALSE;
    }

  return TRUE;
}

/**
 * vastus_program_copy:
 *
 * Returns: (transfer full): a programme of its own with the same exercises,
 *   doses, pauses, settings, hold and notes
 */
VastusProgram *
vastus_program_copy (VastusProgram *self)
{
  VastusProgram *copy;

  g_return_val_if_fail (VASTUS_IS_PROGRAM (self), NULL);

  copy = g_object_new (VASTUS_TYPE_PROGRAM, NULL);
  copy->starter_id = g_strdup (self->starter_id);
  copy->sessions_per_week = self->sessions_per_week;
  copy->first_leg = self->first_leg;
  copy->equipment = g_strdupv (self->equipment);
  copy->notes = g_strdup (self->notes);
  vastus_program_set_hold (copy, vastus_program_get_hold (self));
  for (guint i = 0; i < self->exercises->len; i++)
    {
      append (copy, g_ptr_array_index (self->exercises, i), &g_array_index (self->doses, VastusDose, i));
      g_ptr_array_index (copy->paused, i) = g_strdup (g_ptr_array_index (self->paused, i));
    }
  return copy;
}

/**
 * vastus_program_get_notes:
 *
 * Returns: (nullable): the physiotherapist's notes for the person, from the
 *   programme file they sent
 */
const char *
vastus_program_get_notes (VastusProgram *self)
{
  g_return_val_if_fail (VASTUS_IS_PROGRAM (self), NULL);
  return self->notes;
}

/**
 * vastus_program_set_notes:
 * @notes: (nullable): the notes; %NULL or empty for none
 */
void
vastus_program_set_notes (VastusProgram *self,
                          const char    *notes)
{
  g_return_if_fail (VASTUS_IS_PROGRAM (self));

  self->generation++;
  g_free (self->notes);
  self->notes = notes != NULL && notes[0] != '\0' ? g_strdup (notes) : NULL;
}

/**
 * vastus_program_default_path:
 *
 * Returns: where the person's programme is kept
 */
char *
vastus_program_default_path (void)
{
  g_autofree char *folder = vastus_files_data_dir ();

  return g_build_filename (folder, "program.json", NULL);
}

const char *
vastus_program_get_starter_id (VastusProgram *self)
{
  g_return_val_if_fail (VASTUS_IS_PROGRAM (self), NULL);
  return self->starter_id;
}

int
vastus_program_get_sessions_per_week (VastusProgram *self)
{
  g_return_val_if_fail (VASTUS_IS_PROGRAM (self), 0);
  return self->sessions_per_week;
}

VastusLeg
vastus_program_get_first_leg (VastusProgram *self)
{
  g_return_val_if_fail (VASTUS_IS_PROGRAM (self), VASTUS_LEG_NONE);
  return self->first_leg;
}

guint
vastus_program_get_n_exercises (VastusProgram *self)
{
  g_return_val_if_fail (VASTUS_IS_PROGRAM (self), 0);
  return self->exercises->len;
}

VastusExercise *
vastus_program_get_exercise (VastusProgram *self,
                             guint          index)
{
  g_return_val_if_fail (VASTUS_IS_PROGRAM (self), NULL);
  g_return_val_if_fail (index < self->exercises->len, NULL);
  return g_ptr_array_index (self->exercises, index);
}

const VastusDose *
vastus_program_get_dose (VastusProgram *self,
                         guint          index)
{
  g_return_val_if_fail (VASTUS_IS_PROGRAM (self), NULL);
  g_return_val_if_fail (index < self->doses->len, NULL);
  return &g_array_index (self->doses, VastusDose, index);
}

/**
 * vastus_program_build_plan:
 *
 * Returns: (transfer full): today's session: every exercise at its current dose
 */
VastusPlan *
vastus_program_build_plan (VastusProgram *self)
{
  VastusPlan *plan;

  g_return_val_if_fail (VASTUS_IS_PROGRAM (self), NULL);

  plan = vastus_plan_new (self->first_leg);
  for (guint i = 0; i < self->exercises->len; i++)
    if (g_ptr_array_index (self->paused, i) == NULL)
      vastus_plan_add (plan, g_ptr_array_index (self->exercises, i), &g_array_index (self->doses, VastusDose, i));

  return plan;
}

/* What an exercise of a shorter session is there for. */
typedef enum
{
  ROLE_LEFT_OUT,  /* stretches, self-massage, the cool-down: for a full day */
  ROLE_WARM_UP,   /* always kept: a knee warmed up first */
  ROLE_KNEE,      /* works the thigh muscles that steady the kneecap */
  ROLE_HIP,       /* works the hip muscles that steer the knee */
} Role;

static Role
role_of (VastusExercise *exercise)
{
  const char * const *muscles = vastus_exercise_get_muscles (exercise);

  switch (vastus_exercise_get_category (exercise))
    {
    case VASTUS_CATEGORY_WARM_UP:
      return ROLE_WARM_UP;
    case VASTUS_CATEGORY_STRENGTH:
    case VASTUS_CATEGORY_ISOMETRIC:
      /* The first muscle named is the one the exercise is for. */
      if (muscles != NULL && muscles[0] != NULL &&
          (g_str_equal (muscles[0], "vmo") || g_str_equal (muscles[0], "quadriceps")))
        return ROLE_KNEE;
      return ROLE_HIP;
    case VASTUS_CATEGORY_STRETCH:
    case VASTUS_CATEGORY_MOBILITY:
    case VASTUS_CATEGORY_COOL_DOWN:
    case VASTUS_CATEGORY_RELEASE:
    default:
      return ROLE_LEFT_OUT;
    }
}

static VastusPlan *
plan_of (VastusProgram *self,
         GArray        *kept)
{
  VastusPlan *plan = vastus_plan_new (self->first_leg);

  for (guint k = 0; k < kept->len; k++)
    {
      guint i = g_array_index (kept, guint, k);
      VastusDose dose = g_array_index (self->doses, VastusDose, i);

      /* One set fewer, one at least. */
      if (role_of (g_ptr_array_index (self->exercises, i)) != ROLE_WARM_UP && vastus_dose_has (&dose, VASTUS_DOSE_SETS))
        vastus_dose_set (&dose, VASTUS_DOSE_SETS, MAX (1, vastus_dose_get (&dose, VASTUS_DOSE_SETS) - 1));
      vastus_plan_add (plan, g_ptr_array_index (self->exercises, i), &dose);
    }
  vastus_plan_set_shortened (plan, TRUE);
  return plan;
}

static guint
count_role (VastusProgram *self,
            GArray        *kept,
            Role           role)
{
  guint n = 0;

  for (guint k = 0; k < kept->len; k++)
    n += role_of (g_ptr_array_index (self->exercises, g_array_index (kept, guint, k))) == role;
  return n;
}

/**
 * vastus_program_build_short_plan:
 * @most: how long the session may take, µs
 *
 * A shorter session for a day with less time: the warm-up, then the knee
 * and hip strength work with one set fewer of each (one at least); while it
 * is longer than @most, the last exercise of whichever of knee and hip work
 * has more goes, the last of each kept. Stretches and the cool-down are
 * left for a full day.
 *
 * Returns: (transfer full) (nullable): the shorter plan, marked so, or
 *   %NULL when it would not be shorter than the full one by five minutes
 */
VastusPlan *
vastus_program_build_short_plan (VastusProgram *self,
                                 gint64         most)
{
  g_autoptr (GArray) kept = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr (VastusPlan) full = NULL;
  g_autoptr (VastusPlan) plan = NULL;

  g_return_val_if_fail (VASTUS_IS_PROGRAM (self), NULL);

  for (guint i = 0; i < self->exercises->len; i++)
    if (g_ptr_array_index (self->paused, i) == NULL && role_of (g_ptr_array_index (self->exercises, i)) != ROLE_LEFT_OUT)
      g_array_append_val (kept, i);

  plan = plan_of (self, kept);
  while (vastus_plan_get_duration (plan) > most)
    {
      guint knee = count_role (self, kept, ROLE_KNEE);
      guint hip = count_role (self, kept, ROLE_HIP);
      /* Knee work is what the programme is for: on a tie, hip work goes. */
      Role drop = knee > hip ? ROLE_KNEE : ROLE_HIP;
      guint k;

      if ((drop == ROLE_KNEE ? knee : hip) <= 1)
        break;
      for (k = kept->len; k > 0; k--)
        if (role_of (g_ptr_array_index (self->exercises, g_array_index (kept, guint, k - 1))) == drop)
          break;
      g_array_remove_index (kept, k - 1);
      g_clear_object (&plan);
      plan = plan_of (self, kept);
    }

  full = vastus_program_build_plan (self);
  if (vastus_plan_get_n_exercises (plan) == 0 ||
      vastus_plan_get_duration (plan) + 5 * 60 * G_USEC_PER_SEC > vastus_plan_get_duration (full))
    return NULL;
  return g_steal_pointer (&plan);
}

/* Changing the programme: the progression engine and the person. */

/**
 * vastus_program_find:
 *
 * Returns: the index of the exercise @id in the programme, or -1
 */
int
vastus_program_find (VastusProgram *self,
                     const char    *id)
{
  g_return_val_if_fail (VASTUS_IS_PROGRAM (self), -1);

  for (guint i = 0; i < self->exercises->len; i++)
    if (g_strcmp0 (vastus_exercise_get_id (g_ptr_array_index (self->exercises, i)), id) == 0)
      return (int) i;
  return -1;
}

/**
 * vastus_program_set_dose:
 *
 * Sets the exercise's dose, each value kept within the catalogue's bounds.
 */
void
vastus_program_set_dose (VastusProgram    *self,
                         guint             index,
                         const VastusDose *dose)
{
  VastusDose *mine;

  g_return_if_fail (VASTUS_IS_PROGRAM (self));
  g_return_if_fail (index < self->exercises->len);

  self->generation++;
  mine = &g_array_index (self->doses, VastusDose, index);
  *mine = *dose;
  bounded_dose (g_ptr_array_index (self->exercises, index), mine);
  for (guint v = 0; v < VASTUS_DOSE_N_VALUES; v++)
    {
      double min, max;

      if (vastus_dose_has (mine, v) && vastus_dose_get_bounds (mine, v, &min, &max))
        vastus_dose_set (mine, v, CLAMP (vastus_dose_get (mine, v), min, max));
    }
}

/**
 * vastus_program_replace:
 *
 * Puts @exercise (an easier or harder variant) in place of the exercise at
 * @index, at @dose.
 */
void
vastus_program_replace (VastusProgram    *self,
                        guint             index,
                        VastusExercise   *exercise,
                        const VastusDose *dose)
{
  g_return_if_fail (VASTUS_IS_PROGRAM (self));
  g_return_if_fail (index < self->exercises->len);

  g_object_ref (exercise);
  g_object_unref (g_ptr_array_index (self->exercises, index));
  g_ptr_array_index (self->exercises, index) = exercise;
  vastus_program_set_dose (self, index, dose);
}

/**
 * vastus_program_add:
 *
 * Adds @exercise at its catalogue dose, before the cool-down: the session
 * still ends with it.
 *
 * Returns: %FALSE if it is in the programme already
 */
gboolean
vastus_program_add (VastusProgram  *self,
                    VastusExercise *exercise)
{
  guint index;

  g_return_val_if_fail (VASTUS_IS_PROGRAM (self), FALSE);

  if (vastus_program_find (self, vastus_exercise_get_id (exercise)) >= 0)
    {
      self->generation++;
      return FALSE;
    }
  for (index = self->exercises->len; index > 0; index--)
    if (vastus_exercise_get_category (g_ptr_array_index (self->exercises, index - 1)) != VASTUS_CATEGORY_COOL_DOWN)
      break;
  vastus_program_insert (self, index, exercise, vastus_exercise_get_dose (exercise), NULL);
  return TRUE;
}

/**
 * vastus_program_insert:
 * @index: where, from 0 to the number of exercises
 * @paused: (nullable): why it is paused, if it is
 *
 * Puts @exercise at @index with @dose, as when a removal is undone.
 */
void
vastus_program_insert (VastusProgram    *self,
                       guint             index,
                       VastusExercise   *exercise,
                       const VastusDose *dose,
                       const char       *paused)
{
  g_return_if_fail (VASTUS_IS_PROGRAM (self));
  g_return_if_fail (index <= self->exercises->len);
  g_return_if_fail (dose != NULL);

  self->generation++;
  g_ptr_array_insert (self->exercises, (int) index, g_object_ref (exercise));
  g_array_insert_val (self->doses, index, *dose);
  g_ptr_array_insert (self->paused, (int) index, g_strdup (paused));
}

void
vastus_program_remove (VastusProgram *self,
                       guint          index)
{
  g_return_if_fail (VASTUS_IS_PROGRAM (self));
  g_return_if_fail (index < self->exercises->len);

  self->generation++;
  g_ptr_array_remove_index (self->exercises, index);
  g_array_remove_index (self->doses, index);
  g_ptr_array_remove_index (self->paused, index);
}

/* Moves the exercise at @from to @to, the others keeping their order. */
void
vastus_program_move (VastusProgram *self,
                     guint          from,
                     guint          to)
{
  gpointer exercise, paused;
  VastusDose dose;

  g_return_if_fail (VASTUS_IS_PROGRAM (self));
  g_return_if_fail (from < self->exercises->len && to < self->exercises->len);

  self->generation++;
  if (from == to)
    return;

  exercise = g_ptr_array_steal_index (self->exercises, from);
  paused = g_ptr_array_steal_index (self->paused, from);
  dose = g_array_index (self->doses, VastusDose, from);
  g_array_remove_index (self->doses, from);
  g_ptr_array_insert (self->exercises, (int) to, exercise);
  g_ptr_array_insert (self->paused, (int) to, paused);
  g_array_insert_val (self->doses, to, dose);
}

void
vastus_program_set_sessions_per_week (VastusProgram *self,
                                      int            sessions)
{
  g_return_if_fail (VASTUS_IS_PROGRAM (self));
  self->generation++;
  self->sessions_per_week = CLAMP (sessions, 1, 7);
}

/**
 * vastus_program_set_paused:
 * @why: (nullable): why the exercise is left out of sessions, or %NULL to
 *   take it back
 */
void
vastus_program_set_paused (VastusProgram *self,
                           guint          index,
                           const char    *why)
{
  g_return_if_fail (VASTUS_IS_PROGRAM (self));
  g_return_if_fail (index < self->exercises->len);

  self->generation++;
  g_free (g_ptr_array_index (self->paused, index));
  g_ptr_array_index (self->paused, index) = g_strdup (why);
}

/**
 * vastus_program_get_paused:
 *
 * Returns: (nullable): why the exercise is paused, or %NULL when it is not
 */
const char *
vastus_program_get_paused (VastusProgram *self,
                           guint          index)
{
  g_return_val_if_fail (VASTUS_IS_PROGRAM (self), NULL);
  g_return_val_if_fail (index < self->exercises->len, NULL);
  return g_ptr_array_index (self->paused, index);
}

/* Changes with every change to the programme. */
guint
vastus_program_get_generation (VastusProgram *self)
{
  g_return_val_if_fail (VASTUS_IS_PROGRAM (self), 0);
  return self->generation;
}

/**
 * vastus_program_get_hold:
 *
 * Returns: (transfer none) (nullable): why the whole programme is on hold,
 *   or %NULL when it is not
 */
const VastusHold *
vastus_program_get_hold (VastusProgram *self)
{
  g_return_val_if_fail (VASTUS_IS_PROGRAM (self), NULL);
  return self->hold.kind != VASTUS_HOLD_NONE ? &self->hold : NULL;
}

/**
 * vastus_program_set_hold:
 * @hold: (nullable): the hold, copied; %NULL or kind NONE to lift it
 */
void
vastus_program_set_hold (VastusProgram    *self,
                         const VastusHold *hold)
{
  VastusHold copy = { VASTUS_HOLD_NONE };

  g_return_if_fail (VASTUS_IS_PROGRAM (self));

  if (hold != NULL && hold->kind != VASTUS_HOLD_NONE)
    copy = (VastusHold) { hold->kind, hold->since, hold->emergency,
                          g_strdup (hold->heading), g_strdup (hold->reason), g_strdup (hold->advice) };
  vastus_hold_clear (&self->hold);
  self->hold = copy;
  self->generation++;
}

/**
 * vastus_program_set_first_leg:
 *
 * Where one-leg work starts: the sore side.
 */
void
vastus_program_set_first_leg (VastusProgram *self,
                              VastusLeg      leg)
{
  g_return_if_fail (VASTUS_IS_PROGRAM (self));
  g_return_if_fail (leg <= VASTUS_LEG_RIGHT);

  self->generation++;
  self->first_leg = leg;
}

/**
 * vastus_program_get_equipment:
 *
 * Returns: (transfer none) (nullable) (array zero-terminated=1): the
 *   equipment the person has, or %NULL when they have not said, which
 *   means everything
 */
const char * const *
vastus_program_get_equipment (VastusProgram *self)
{
  g_return_val_if_fail (VASTUS_IS_PROGRAM (self), NULL);
  return (const char * const *) self->equipment;
}

/**
 * vastus_program_set_equipment:
 * @equipment: (nullable) (array zero-terminated=1): the equipment the
 *   person has; %NULL for everything
 */
void
vastus_program_set_equipment (VastusProgram      *self,
                              const char * const *equipment)
{
  g_autoptr (GStrvBuilder) builder = NULL;

  g_return_if_fail (VASTUS_IS_PROGRAM (self));

  self->generation++;
  g_clear_pointer (&self->equipment, g_strfreev);
  if (equipment == NULL)
    return;
  /* In the catalogue's order, each once, "none" left out: it is always there. */
  builder = g_strv_builder_new ();
  for (const char * const *name = vastus_equipment_names (); *name != NULL; name++)
    if (!g_str_equal (*name, "none") && g_strv_contains (equipment, *name))
      g_strv_builder_add (builder, *name);
  self->equipment = g_strv_builder_end (builder);
}

/**
 * vastus_program_has_equipment:
 *
 * Returns: whether the person has @equipment ("none" they always have)
 */
gboolean
vastus_program_has_equipment (VastusProgram *self,
                              const char    *equipment)
{
  g_return_val_if_fail (VASTUS_IS_PROGRAM (self), FALSE);

  return self->equipment == NULL || g_strcmp0 (equipment, "none") == 0 ||
         g_strv_contains ((const char * const *) self->equipment, equipment);
}

/**
 * vastus_program_missing_equipment:
 *
 * Returns: (transfer full) (nullable): what @exercise needs that the
 *   person does not have, or %NULL when they have it all
 */
GStrv
vastus_program_missing_equipment (VastusProgram  *self,
                                  VastusExercise *exercise)
{
  g_return_val_if_fail (VASTUS_IS_PROGRAM (self), NULL);
  g_return_val_if_fail (VASTUS_IS_EXERCISE (exercise), NULL);

  return vastus_exercise_missing_equipment (exercise, (const char * const *) self->equipment);
}

/**
 * vastus_program_can_do:
 *
 * Returns: whether the person has everything @exercise needs
 */
gboolean
vastus_program_can_do (VastusProgram  *self,
                       VastusExercise *exercise)
{
  g_auto (GStrv) missing = vastus_program_missing_equipment (self, exercise);

  return missing == NULL;
}

/**
 * vastus_program_pick_for_equipment:
 *
 * The exercise the person does in place of @exercise: @exercise itself
 * when they have what it needs, its home alternative when they lack
 * something and have what the alternative needs, and @exercise again when
 * they lack something for both.
 *
 * Returns: (transfer none): @exercise or its home alternative
 */
VastusExercise *
vastus_program_pick_for_equipment (VastusProgram   *self,
                                   VastusCatalogue *catalogue,
                                   VastusExercise  *exercise)
{
  const char *id;
  VastusExercise *alternative;

  g_return_val_if_fail (VASTUS_IS_PROGRAM (self), exercise);

  if (vastus_program_can_do (self, exercise))
    return exercise;
  id = vastus_exercise_get_home_alternative (exercise);
  alternative = id != NULL ? vastus_catalogue_lookup (catalogue, id) : NULL;
  if (alternative != NULL && vastus_program_can_do (self, alternative))
    return alternative;
  return exercise;
}
