/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "vastus-starter-program"

#include "config.h"

#include "vastus-starter-program.h"

#include <glib/gi18n.h>
#include <string.h>

/* A programme the catalogue offers to start from: which exercises, in which
 * order, how often. The person's own programme is made from one. */
struct _VastusStarterProgram
{
  GObject  parent_instance;

  char    *id;
  char    *name;
  char    *summary;
  int      phase;
  int      sessions_per_week;
  GStrv    exercises;
};

G_DEFINE_FINAL_TYPE (VastusStarterProgram, vastus_starter_program, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_SUMMARY,
  PROP_PHASE,
  PROP_SESSIONS_PER_WEEK,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
vastus_starter_program_finalize (GObject *object)
{
  VastusStarterProgram *self = (VastusStarterProgram *) object;

  g_free (self->id);
  g_free (self->name);
  g_free (self->summary);
  g_strfreev (self->exercises);

  G_OBJECT_CLASS (vastus_starter_program_parent_class)->finalize (object);
}

static void
vastus_starter_program_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  VastusStarterProgram *self = VASTUS_STARTER_PROGRAM (object);

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
    case PROP_PHASE:
      g_value_set_int (value, self->phase);
      break;
    case PROP_SESSIONS_PER_WEEK:
      g_value_set_int (value, self->sessions_per_week);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vastus_starter_program_class_init (VastusStarterProgramClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = vastus_starter_program_finalize;
  object_class->get_property = vastus_starter_program_get_property;

  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, flags);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, flags);
  properties[PROP_SUMMARY] = g_param_spec_string ("summary", NULL, NULL, NULL, flags);
  properties[PROP_PHASE] = g_param_spec_int ("phase", NULL, NULL, 1, 3, 1, flags);
  properties[PROP_SESSIONS_PER_WEEK] = g_param_spec_int ("sessions-per-week", NULL, NULL,
                                                         1, 7, 3, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
vastus_starter_program_init (VastusStarterProgram *self)
{
}

/**
 * vastus_starter_program_new_from_json:
 *
 * Reads one element of the catalogue's "programs". That its exercises exist is
 * checked by the catalogue.
 *
 * Returns: (transfer full) (nullable): the programme, or %NULL when @check got
 *   a problem
 */
VastusStarterProgram *
vastus_starter_program_new_from_json (VastusCheck *check,
                                      const cJSON *object)
{
  g_autoptr (VastusStarterProgram) self = g_object_new (VASTUS_TYPE_STARTER_PROGRAM, NULL);
  guint problems_before = vastus_check_count (check);

  check->kind = "programme";
  self->id = g_strdup (vastus_check_string (check, object, "id", "id", TRUE, 64));
  check->id = self->id;
  vastus_check_keys (check, object, NULL, TRUE);
  self->name = g_strdup (vastus_check_string (check, object, "name", "name", TRUE, 60));
  self->summary = g_strdup (vastus_check_string (check, object, "summary", "summary", TRUE, 600));
  vastus_check_int (check, object, "phase", "phase", TRUE, 1, 3, &self->phase);
  vastus_check_int (check, object, "sessions_per_week", "sessions_per_week", TRUE, 1, 7,
                    &self->sessions_per_week);
  self->exercises = vastus_check_strv (check, object, "exercises", "exercises", TRUE, 1, 64);

  for (guint i = 0; self->exercises != NULL && self->exercises[i] != NULL; i++)
    for (guint j = 0; j < i; j++)
      if (strcmp (self->exercises[i], self->exercises[j]) == 0)
        {
          g_autofree char *field = g_strdup_printf ("exercises[%u]", i);
          vastus_check_add (check, field, _("repeats '%s'"), self->exercises[i]);
        }

  check->id = NULL;
  check->kind = NULL;

  if (vastus_check_count (check) > problems_before)
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * vastus_starter_program_translate:
 * @domain: the gettext domain holding the catalogue's texts
 *
 * Replaces the name and summary by their translations, looked up with the
 * context "programme:ID:FIELD" (see build-aux/catalogue-strings.py).
 */
void
vastus_starter_program_translate (VastusStarterProgram *self,
                                  const char           *domain)
{
  const char *fields[] = { "name", "summary" };
  char **texts[] = { &self->name, &self->summary };

  g_return_if_fail (VASTUS_IS_STARTER_PROGRAM (self));

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      g_autofree char *context = g_strconcat ("programme:", self->id, ":", fields[i], NULL);
      const char *translated = *texts[i] != NULL ? g_dpgettext2 (domain, context, *texts[i]) : NULL;

      if (translated != NULL && translated != *texts[i])
        {
          g_free (*texts[i]);
          *texts[i] = g_strdup (translated);
        }
    }
}

const char *
vastus_starter_program_get_id (VastusStarterProgram *self)
{
  g_return_val_if_fail (VASTUS_IS_STARTER_PROGRAM (self), NULL);
  return self->id;
}

const char *
vastus_starter_program_get_name (VastusStarterProgram *self)
{
  g_return_val_if_fail (VASTUS_IS_STARTER_PROGRAM (self), NULL);
  return self->name;
}

const char *
vastus_starter_program_get_summary (VastusStarterProgram *self)
{
  g_return_val_if_fail (VASTUS_IS_STARTER_PROGRAM (self), NULL);
  return self->summary;
}

int
vastus_starter_program_get_phase (VastusStarterProgram *self)
{
  g_return_val_if_fail (VASTUS_IS_STARTER_PROGRAM (self), 0);
  return self->phase;
}

int
vastus_starter_program_get_sessions_per_week (VastusStarterProgram *self)
{
  g_return_val_if_fail (VASTUS_IS_STARTER_PROGRAM (self), 0);
  return self->sessions_per_week;
}

const char * const *
vastus_starter_program_get_exercises (VastusStarterProgram *self)
{
  g_return_val_if_fail (VASTUS_IS_STARTER_PROGRAM (self), NULL);
  return (const char * const *) self->exercises;
}
