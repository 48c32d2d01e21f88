/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "vastus-checkpoint"

#include "config.h"

#include "vastus-checkpoint.h"

#include "vastus-files.h"
#include "vastus-session-entry.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <math.h>

/*
 * The session in progress, saved whole at every step change, so that after a
 * crash, a kill or a closed window Vastus offers to go on at the same set.
 * It names the plan's exercises, and is only taken back for the same plan.
 */

#define CHECKPOINT_VERSION 1

/* The largest values a checkpoint may hold; anything beyond is damage. */
#define TIME_MAX 1e11                 /* seconds since 1970: the year 5138 */
#define REPS_MAX 10000
#define MS_MAX (24 * 3600 * 1000.0)   /* a day */
#define SET_MAX 100

G_DEFINE_QUARK (vastus-checkpoint-error-quark, vastus_checkpoint_error)

char *
vastus_checkpoint_default_path (void)
{
  g_autofree char *folder = vastus_files_data_dir ();

  return g_build_filename (folder, "session-in-progress.json", NULL);
}

/**
 * vastus_checkpoint_save:
 *
 * Writes where @session is and what it has done: temporary file, fsync,
 * rename, mode 0600.
 */
gboolean
vastus_checkpoint_save (VastusSession  *session,
                        const char     *path,
                        GError        **error)
{
  VastusPlan *plan = vastus_session_get_plan (session);
  GArray *records = vastus_session_get_records (session);
  g_autoptr (cJSON) root = cJSON_CreateObject ();
  g_autoptr (GError) local_error = NULL;
  cJSON *ids, *sets;

  cJSON_AddNumberToObject (root, "version", CHECKPOINT_VERSION);
  cJSON_AddNumberToObject (root, "saved_at", (double) (g_get_real_time () / G_USEC_PER_SEC));
  cJSON_AddNumberToObject (root, "started_at", (double) (vastus_session_get_wall_start (session) / G_USEC_PER_SEC));
  cJSON_AddNumberToObject (root, "step", vastus_session_get_step_index (session));
  cJSON_AddNumberToObject (root, "steps", vastus_plan_get_n_steps (plan));
  ids = cJSON_AddArrayToObject (root, "exercises");
  for (guint i = 0; i < vastus_plan_get_n_exercises (plan); i++)
    cJSON_AddItemToArray (ids, cJSON_CreateString (vastus_exercise_get_id (vastus_plan_get_exercise (plan, i))));

  /* "My Knee Hurts": what was chosen, and today's easier doses. */
  if (vastus_session_get_knee_reports (session)->len > 0)
    {
      GArray *reports = vastus_session_get_knee_reports (session);
      cJSON *knee = cJSON_AddArrayToObject (root, "knee");

      for (guint i = 0; i < reports->len; i++)
        {
          const VastusKneeReport *report = &g_array_index (reports, VastusKneeReport, i);
          cJSON *item = cJSON_CreateObject ();

          cJSON_AddNumberToObject (item, "exercise", report->exercise);
          cJSON_AddNumberToObject (item, "set", report->set);
          if (report->leg != VASTUS_LEG_NONE)
            cJSON_AddStringToObject (item, "leg", report->leg == VASTUS_LEG_LEFT ? "left" : "right");
          cJSON_AddStringToObject (item, "action", vastus_knee_action_to_string (report->action));
          if (report->action == VASTUS_KNEE_EASIER)
            cJSON_AddItemToObject (item, "dose", vastus_dose_to_json (&report->dose));
          cJSON_AddItemToArray (knee, item);
        }
    }

  sets = cJSON_AddArrayToObject (root, "sets");
  for (guint i = 0; i < records->len; i++)
    {
      const VastusSetRecord *record = &g_array_index (records, VastusSetRecord, i);
      cJSON *set = cJSON_CreateObject ();

      cJSON_AddBoolToObject (set, "reached", record->reached);
      cJSON_AddBoolToObject (set, "skipped", record->skipped);
      cJSON_AddNumberToObject (set, "reps", record->done_reps);
      cJSON_AddNumberToObject (set, "ms", (double) (record->done_duration / 1000));
      cJSON_AddItemToArray (sets, set);
    }

  if (!vastus_json_write_file (root, path, &local_error))
    {
      g_set_error (error, VASTUS_CHECKPOINT_ERROR, VASTUS_CHECKPOINT_ERROR_WRITE,
                   _("The session in progress could not be saved to %s: %s"), path, local_error->message);
      return FALSE;
    }

  return TRUE;
}

static cJSON *
invalid (GError    **error,
         const char *path,
         const char *why)
{
  g_autofree char *name = g_path_get_basename (path);

  g_set_error (error, VASTUS_CHECKPOINT_ERROR, VASTUS_CHECKPOINT_ERROR_INVALID, "%s: %s", name, why);
  return NULL;
}

/* A whole number from @min to @max. Every number of the file is checked so
 * before it is cast: a cast of a value out of range is undefined. */
static gboolean
is_whole (const cJSON *item,
          double       min,
          double       max)
{
  return cJSON_IsNumber (item) && isfinite (item->valuedouble) &&
         item->valuedouble == floor (item->valuedouble) &&
         item->valuedouble >= min && item->valuedouble <= max;
}

/* @key of @object, when it is there, is a whole number from @min to @max. */
static gboolean
check_whole (const cJSON  *object,
             const char   *key,
             const char   *field,
             double        min,
             double        max,
             const char   *path,
             GError      **error)
{
  const cJSON *item = cJSON_GetObjectItemCaseSensitive (object, key);
  g_autofree char *why = NULL;

  if (item == NULL || is_whole (item, min, max))
    return TRUE;

  why = g_strdup_printf (_("%s must be a whole number from %g to %g"), field, min, max);
  invalid (error, path, why);
  return FALSE;
}

/* The reports made before the interruption; the plan made easier as they
 * say. A report that does not fit the plan makes the checkpoint another
 * plan's. */
static gboolean
read_knee (const cJSON *root,
           VastusPlan  *plan,
           VastusPlan **eased,
           GArray      *reports)
{
  const cJSON *knee = cJSON_GetObjectItemCaseSensitive (root, "knee");
  const cJSON *item;

  *eased = g_object_ref (plan);
  if (knee == NULL)
    return TRUE;
  if (!cJSON_IsArray (knee))
    return FALSE;

  cJSON_ArrayForEach (item, knee)
    {
      const cJSON *exercise = cJSON_GetObjectItemCaseSensitive (item, "exercise");
      const cJSON *set = cJSON_GetObjectItemCaseSensitive (item, "set");
      const cJSON *action = cJSON_GetObjectItemCaseSensitive (item, "action");
      const cJSON *leg = cJSON_GetObjectItemCaseSensitive (item, "leg");
      VastusKneeReport report = { 0 };
      int found = -1;

      for (guint a = VASTUS_KNEE_EASIER; a <= VASTUS_KNEE_WARNING_SIGNS && cJSON_IsString (action); a++)
        if (g_str_equal (action->valuestring, vastus_knee_action_to_string (a)))
          found = (int) a;
      if (!is_whole (exercise, 0, (double) vastus_plan_get_n_exercises (*eased) - 1) ||
          !is_whole (set, 0, SET_MAX) || found < 0)
        return FALSE;

      report.exercise = (guint) exercise->valuedouble;
      report.set = (guint) set->valuedouble;
      /* Older checkpoints name no leg: the first. */
      if (cJSON_IsString (leg) && g_str_equal (leg->valuestring, "left"))
        report.leg = VASTUS_LEG_LEFT;
      else if (cJSON_IsString (leg) && g_str_equal (leg->valuestring, "right"))
        report.leg = VASTUS_LEG_RIGHT;
      else if (leg != NULL)
        return FALSE;
      report.action = (VastusKneeAction) found;
      if (report.action == VASTUS_KNEE_EASIER)
        {
          VastusPlan *next;
          VastusCheck check;
          guint progression = 0;
          gboolean ok;

          report.dose = *vastus_plan_get_dose (*eased, report.exercise);
          vastus_check_init (&check, "checkpoint");
          /* The entry holds the "dose" object, as a catalogue entry does. */
          vastus_dose_read_json (&check, item, &report.dose, &progression);
          ok = vastus_check_count (&check) == 0;
          vastus_check_clear (&check);
          if (!ok)
            return FALSE;
          next = vastus_plan_new_eased (*eased, report.exercise, report.set, report.leg, &report.dose);
          g_object_unref (*eased);
          *eased = next;
        }
      if (reports != NULL)
        g_array_append_val (reports, report);
    }
  return TRUE;
}

/* Reads a checkpoint and checks it was saved for @plan, as made easier
 * during the session: @eased. */
static cJSON *
read_checkpoint (const char  *path,
                 VastusPlan  *today,
                 VastusPlan **eased,
                 GArray      *reports,
                 GError     **error)
{
  g_autoptr (VastusPlan) plan = NULL;
  g_autofree char *data = NULL;
  g_autofree char *parse_error = NULL;
  g_autoptr (cJSON) root = NULL;
  g_autoptr (GError) local_error = NULL;
  const cJSON *ids, *sets, *step, *steps, *item;
  guint i = 0, n_sets = 0;
  gsize length;

  if (!g_file_get_contents (path, &data, &length, &local_error))
    {
      if (g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        g_set_error_literal (error, VASTUS_CHECKPOINT_ERROR, VASTUS_CHECKPOINT_ERROR_NONE_SAVED,
                             _("No session was interrupted"));
      else
        g_set_error (error, VASTUS_CHECKPOINT_ERROR, VASTUS_CHECKPOINT_ERROR_INVALID,
                     "%s", local_error->message);
      return NULL;
    }

  root = vastus_json_parse (data, length, &parse_error);
  if (root == NULL)
    return invalid (error, path, parse_error);
  /* An exercise or an action cut at a NUL character could pass for another. */
  if (vastus_json_holds_nul (root))
    return invalid (error, path, _("has a NUL character (\\u0000) in a text"));

  if (!read_knee (root, today, &plan, reports))
    return invalid (error, path, _("was saved for a different plan"));

  ids = cJSON_GetObjectItemCaseSensitive (root, "exercises");
  sets = cJSON_GetObjectItemCaseSensitive (root, "sets");
  step = cJSON_GetObjectItemCaseSensitive (root, "step");
  steps = cJSON_GetObjectItemCaseSensitive (root, "steps");
  if (!cJSON_IsArray (ids) || !cJSON_IsArray (sets) || !cJSON_IsNumber (step) || !cJSON_IsNumber (steps))
    return invalid (error, path, _("is not a saved session"));

  /* Only the same plan: a changed programme makes the saved place meaningless. */
  if (steps->valuedouble != (double) vastus_plan_get_n_steps (plan) ||
      (guint) cJSON_GetArraySize (ids) != vastus_plan_get_n_exercises (plan))
    return invalid (error, path, _("was saved for a different plan"));
  cJSON_ArrayForEach (item, ids)
    if (!cJSON_IsString (item) ||
        g_strcmp0 (item->valuestring, vastus_exercise_get_id (vastus_plan_get_exercise (plan, i++))) != 0)
      return invalid (error, path, _("was saved for a different plan"));
  for (i = 0; i < vastus_plan_get_n_steps (plan); i++)
    n_sets += vastus_plan_get_step (plan, i)->phase == VASTUS_PHASE_WORK;
  if ((guint) cJSON_GetArraySize (sets) != n_sets)
    return invalid (error, path, _("was saved for a different plan"));
  if (!is_whole (step, 0, (double) vastus_plan_get_n_steps (plan) - 1))
    return invalid (error, path, _("names a step the plan does not have"));

  if (!check_whole (root, "saved_at", "saved_at", 0, TIME_MAX, path, error) ||
      !check_whole (root, "started_at", "started_at", 0, TIME_MAX, path, error))
    return NULL;
  i = 0;
  cJSON_ArrayForEach (item, sets)
    {
      g_autofree char *reps = g_strdup_printf ("sets[%u].reps", i);
      g_autofree char *ms = g_strdup_printf ("sets[%u].ms", i++);

      if (!check_whole (item, "reps", reps, 0, REPS_MAX, path, error) ||
          !check_whole (item, "ms", ms, 0, MS_MAX, path, error))
        return NULL;
    }

  if (eased != NULL)
    *eased = g_steal_pointer (&plan);
  return g_steal_pointer (&root);
}

/**
 * vastus_checkpoint_peek:
 * @step: (out): the step the session was interrupted in
 * @saved_at: (out): when, in seconds since the epoch
 *
 * Tells whether a session of @plan was interrupted, without resuming it.
 */
gboolean
vastus_checkpoint_peek (const char  *path,
                        VastusPlan  *plan,
                        guint       *step,
                        gint64      *saved_at,
                        GError     **error)
{
  g_autoptr (cJSON) root = read_checkpoint (path, plan, NULL, NULL, error);
  const cJSON *when;

  if (root == NULL)
    return FALSE;

  /* Both checked by read_checkpoint(). */
  when = cJSON_GetObjectItemCaseSensitive (root, "saved_at");
  if (step != NULL)
    *step = (guint) cJSON_GetObjectItemCaseSensitive (root, "step")->valuedouble;
  if (saved_at != NULL)
    *saved_at = when != NULL ? (gint64) when->valuedouble : 0;
  return TRUE;
}

/**
 * vastus_checkpoint_resume:
 * @plan: today's plan, which must be the interrupted one
 *
 * Returns: (transfer full) (nullable): a session running again at the set it
 *   was interrupted in, with what was done before, or %NULL with @error
 */
VastusSession *
vastus_checkpoint_resume (const char   *path,
                          VastusClock  *clock,
                          VastusPlan   *plan,
                          GError      **error)
{
  g_autoptr (GArray) reports = g_array_new (FALSE, FALSE, sizeof (VastusKneeReport));
  g_autoptr (VastusPlan) eased = NULL;
  g_autoptr (cJSON) root = read_checkpoint (path, plan, &eased, reports, error);
  g_autoptr (VastusSession) session = NULL;
  const cJSON *sets, *item, *started;
  GArray *records;
  guint i = 0;

  if (root == NULL)
    return NULL;

  sets = cJSON_GetObjectItemCaseSensitive (root, "sets");
  session = vastus_session_new (clock, eased);
  for (guint k = 0; k < reports->len; k++)
    vastus_session_add_knee_report (session, &g_array_index (reports, VastusKneeReport, k));
  records = vastus_session_get_records (session);
  /* Every number below was checked by read_checkpoint(). */
  started = cJSON_GetObjectItemCaseSensitive (root, "started_at");
  if (started != NULL && started->valuedouble > 0)
    vastus_session_set_wall_start (session, (gint64) started->valuedouble * G_USEC_PER_SEC);
  vastus_session_start_at (session, (guint) cJSON_GetObjectItemCaseSensitive (root, "step")->valuedouble);

  /* What was done before the interruption, as it was written down. */
  i = 0;
  cJSON_ArrayForEach (item, sets)
    {
      VastusSetRecord *record = &g_array_index (records, VastusSetRecord, i++);
      const cJSON *reached = cJSON_GetObjectItemCaseSensitive (item, "reached");
      const cJSON *skipped = cJSON_GetObjectItemCaseSensitive (item, "skipped");
      const cJSON *reps = cJSON_GetObjectItemCaseSensitive (item, "reps");
      const cJSON *ms = cJSON_GetObjectItemCaseSensitive (item, "ms");

      if (record->step >= vastus_session_get_step_index (session))
        continue;
      record->reached = cJSON_IsTrue (reached);
      record->skipped = cJSON_IsTrue (skipped);
      record->done_reps = reps != NULL ? (guint) reps->valuedouble : 0;
      record->done_duration = ms != NULL ? (gint64) ms->valuedouble * 1000 : 0;
    }

  return g_steal_pointer (&session);
}

/**
 * vastus_checkpoint_remove:
 *
 * Forgets the session in progress, as when it ends normally.
 */
gboolean
vastus_checkpoint_remove (const char  *path,
                          GError     **error)
{
  if (g_unlink (path) != 0 && errno != ENOENT)
    {
      int saved = errno;

      g_set_error (error, VASTUS_CHECKPOINT_ERROR, VASTUS_CHECKPOINT_ERROR_WRITE,
                   _("Could not remove %s: %s"), path, g_strerror (saved));
      return FALSE;
    }
  return TRUE;
}
