/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "vastus-safety"

#include "config.h"

#include "vastus-date.h"
#include "vastus-safety.h"

#include <glib/gi18n.h>

#include "vastus-progression.h"
#include "vastus-red-flags.h"

/*
 * The safety stops that hold (design/progression.md, rules v2, 1): a
 * warning sign answered yes, at the first run, in a session or from the
 * menu, puts the whole programme on hold; so does pain of 8/10 in a pain
 * log, and a flare that lasts (the engine). The programme stays on hold
 * until the person says a professional has checked the knee; it then starts
 * again one step below where it was. The warning-sign questions are asked
 * again at 6 and 12 weeks.
 *
 * Everything here is written to the journal; the programme is saved whole.
 */

#define DAY (G_GINT64_CONSTANT (86400) * G_USEC_PER_SEC)

static char *
describe_answers (const char * const *yes)
{
  GString *text = g_string_new (NULL);
  guint n = 0;

  for (guint i = 0; yes != NULL && yes[i] != NULL; i++)
    {
      const VastusRedFlag *flag = vastus_red_flags_lookup (yes[i]);

      if (flag == NULL)
        continue;
      /* Translators: a question quoted in a sentence */
      g_string_append_printf (text, _("%s“%s”"), n++ > 0 ? " " : "", _(flag->question));
    }
  return g_string_free (text, FALSE);
}

/**
 * vastus_safety_answer_warning_signs:
 * @program: (nullable): the programme, or %NULL at the first run
 * @yes: (array zero-terminated=1): the ids of the questions answered yes;
 *   empty when none
 * @context: where they were asked: "first-run", "session", "menu",
 *   "review" or "knee-checked"
 * @session_id: (nullable): the session they stopped
 * @program_path: (nullable): where to save the programme
 *
 * Writes the answers down. Any yes puts the whole programme on hold: every
 * exercise gets a stop in the journal, and Today offers no session until
 * the knee has been checked.
 *
 * Returns: %FALSE when the programme could not be saved (the journal keeps
 *   what it could not write, and retries)
 */
gboolean
vastus_safety_answer_warning_signs (VastusProgram       *program,
                                    VastusJournal       *journal,
                                    const char * const  *yes,
                                    const char          *context,
                                    const char          *session_id,
                                    gint64               now,
                                    const char          *program_path,
                                    GError             **error)
{
  g_autofree char *time = vastus_time_to_iso8601 (now);
  g_autoptr (GError) journal_error = NULL;
  g_autoptr (VastusProgression) progression = NULL;
  g_autofree char *answers = NULL;
  gboolean emergency;
  cJSON *record;

  g_return_val_if_fail (VASTUS_IS_JOURNAL (journal), FALSE);
  g_return_val_if_fail (context != NULL, FALSE);

  if (yes == NULL || yes[0] == NULL)
    {
      cJSON *none;

      record = cJSON_CreateObject ();
      cJSON_AddStringToObject (record, "time", time);
      none = cJSON_AddArrayToObject (record, "yes");
      (void) none;
      cJSON_AddStringToObject (record, "context", context);
      if (session_id != NULL)
        cJSON_AddStringToObject (record, "session", session_id);
      if (!vastus_journal_add_event (journal, "warning-signs", record, &journal_error))
        g_message ("Warning-sign check kept in memory: %s", journal_error->message);
      return TRUE;
    }

  record = vastus_red_flags_record (yes, context, session_id);
  cJSON_AddStringToObject (record, "time", time);
  if (!vastus_journal_add_red_flag (journal, record, &journal_error))
    g_message ("Warning sign kept in memory: %s", journal_error->message);

  if (program == NULL || vastus_program_get_hold (program) != NULL)
    return TRUE;

  emergency = vastus_red_flags_is_emergency (yes);
  answers = describe_answers (yes);
  progression = vastus_progression_new_hold (program, VASTUS_HOLD_WARNING_SIGN,
                                             /* Translators: a warning sign or safety advice: keep its meaning exact (when to stop, whom to see, how soon) */
                                             _("You answered yes to a warning sign: your whole programme is on "
                                               "hold until a physiotherapist or doctor has checked your knee."),
                                             now);
  progression->hold.emergency = emergency;
  progression->hold.heading = vastus_red_flags_heading (yes);
  {
    g_autoptr (GDateTime) date = g_date_time_new_from_unix_local (now / G_USEC_PER_SEC);
    /* Translators: a date in a sentence, see g_date_time_format() */
    g_autofree char *day = date != NULL ? vastus_date_format (date, _("%-d %B")) : g_strdup ("");

    /* Translators: a date, then the warning-sign questions answered yes, each quoted */
    progression->hold.reason = g_strdup_printf (_("On %s you answered yes to: %s"), day, answers);
  }
  progression->hold.advice = vastus_red_flags_advice (yes);
  return vastus_progression_apply (progression, program, NULL, journal, session_id, program_path, now, error);
}

/**
 * vastus_safety_knee_checked:
 * @program: (nullable): the programme, or %NULL at the first run
 *
 * The person says a doctor or physiotherapist has checked the knee: the
 * hold is lifted, written down, and every exercise starts again one step
 * below where it was, each change with its reason. An exercise paused on
 * its own stays paused.
 *
 * Returns: %FALSE when the programme could not be saved
 */
gboolean
vastus_safety_knee_checked (VastusProgram  *program,
                            VastusJournal  *journal,
                            gint64          now,
                            const char     *program_path,
                            GError        **error)
{
  g_autofree char *time = vastus_time_to_iso8601 (now);
  g_autofree char *since = NULL;
  g_autoptr (GError) journal_error = NULL;
  const VastusHold *hold;
  cJSON *record;

  g_return_val_if_fail (program == NULL || VASTUS_IS_PROGRAM (program), FALSE);
  g_return_val_if_fail (VASTUS_IS_JOURNAL (journal), FALSE);

  hold = program != NULL ? vastus_program_get_hold (program) : NULL;
  if (program != NULL && hold == NULL)
    return TRUE;

  record = cJSON_CreateObject ();
  cJSON_AddStringToObject (record, "time", time);
  if (hold != NULL)
    {
      since = vastus_time_to_iso8601 (hold->since);
      cJSON_AddStringToObject (record, "held_since", since);
      cJSON_AddStringToObject (record, "hold", vastus_hold_kind_to_string (hold->kind));
    }
  else
    cJSON_AddStringToObject (record, "hold", "first-run");
  if (!vastus_journal_add_event (journal, "knee-checked", record, &journal_error))
    g_message ("Knee check kept in memory: %s", journal_error->message);
  /* At the first run there is no programme yet to start again. */
  if (program == NULL)
    return TRUE;

  for (guint i = 0; i < vastus_program_get_n_exercises (program); i++)
    {
      VastusExercise *exercise = vastus_program_get_exercise (program, i);
      VastusDose dose = *vastus_program_get_dose (program, i);
      const VastusDose before = dose;
      g_autofree char *what = NULL;
      g_autofree char *reason = NULL;
      cJSON *change, *item;
      gboolean lower;

      if (vastus_program_get_paused (program, i) != NULL)
        continue;

      lower = vastus_progression_step_down (exercise, &dose, &what);
      if (lower)
        {
          /* Translators: a warning sign or safety advice: keep its meaning exact (when to stop, whom to see, how soon) */
          reason = g_strdup_printf (_("Your knee has been checked: the programme starts again one step below where "
                                      "it was, and %s."), what);
          vastus_program_set_dose (program, i, &dose);
        }
      else
        /* Translators: a warning sign or safety advice: keep its meaning exact (when to stop, whom to see, how soon) */
        reason = g_strdup (_("Your knee has been checked: the programme starts again, and this exercise stays at its "
                             "easiest dose."));

      change = cJSON_CreateObject ();
      cJSON_AddStringToObject (change, "time", time);
      cJSON_AddStringToObject (change, "decision", vastus_decision_kind_to_string (lower ? VASTUS_DECISION_REGRESS
                                                                                          : VASTUS_DECISION_HOLD));
      cJSON_AddStringToObject (change, "class", vastus_class_to_string (VASTUS_CLASS_IGNORED));
      cJSON_AddStringToObject (change, "restart", vastus_hold_kind_to_string (hold->kind));
      item = cJSON_AddObjectToObject (change, "before");
      cJSON_AddStringToObject (item, "id", vastus_exercise_get_id (exercise));
      cJSON_AddItemToObject (item, "dose", vastus_dose_to_json (&before));
      item = cJSON_AddObjectToObject (change, "after");
      cJSON_AddStringToObject (item, "id", vastus_exercise_get_id (exercise));
      cJSON_AddItemToObject (item, "dose", vastus_dose_to_json (vastus_program_get_dose (program, i)));
      cJSON_AddStringToObject (change, "reason", reason);
      if (!vastus_journal_add_program_change (journal, change, journal_error == NULL ? &journal_error : NULL))
        g_message ("Programme change kept in memory: %s", journal_error != NULL ? journal_error->message : "");
    }

  vastus_program_set_hold (program, NULL);
  return program_path == NULL || vastus_program_save (program, program_path, error);
}

static gboolean
is_type (const cJSON *record,
         const char  *type)
{
  const cJSON *item = cJSON_GetObjectItemCaseSensitive (record, "type");

  return cJSON_IsString (item) && g_str_equal (item->valuestring, type);
}

/**
 * vastus_safety_first_run_stopped:
 * @yes: (out) (optional) (transfer full): the ids answered yes
 *
 * Returns: whether a warning sign answered yes at the first run still
 *   stands: no knee check has been written down since
 */
gboolean
vastus_safety_first_run_stopped (VastusJournal *journal,
                                 GStrv         *yes)
{
  const cJSON *newest = NULL;
  gint64 checked = 0;

  g_return_val_if_fail (VASTUS_IS_JOURNAL (journal), FALSE);

  for (guint i = 0; i < vastus_journal_get_n_red_flags (journal); i++)
    {
      const cJSON *flag = vastus_journal_get_red_flag (journal, i);
      const cJSON *context = cJSON_GetObjectItemCaseSensitive (flag, "context");

      if (cJSON_IsString (context) && g_str_equal (context->valuestring, "first-run") &&
          (newest == NULL || vastus_time_from_record (flag) >= vastus_time_from_record (newest)))
        newest = flag;
    }
  for (guint i = 0; i < vastus_journal_get_n_events (journal); i++)
    if (is_type (vastus_journal_get_event (journal, i), "knee-checked"))
      checked = MAX (checked, vastus_time_from_record (vastus_journal_get_event (journal, i)));

  if (newest == NULL || checked >= vastus_time_from_record (newest))
    return FALSE;

  if (yes != NULL)
    {
      g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
      const cJSON *id;

      cJSON_ArrayForEach (id, cJSON_GetObjectItemCaseSensitive (newest, "yes"))
        if (cJSON_IsString (id))
          g_strv_builder_add (builder, id->valuestring);
      *yes = g_strv_builder_end (builder);
    }
  return TRUE;
}

/**
 * vastus_safety_review_due:
 * @now: µs since the epoch
 *
 * Returns: 6 or 12 when the warning-sign questions are due again, that many
 *   weeks after the first session and not answered since; 0 otherwise
 */
int
vastus_safety_review_due (VastusJournal *journal,
                          gint64         now)
{
  static const int weeks[] = { VASTUS_REVIEW_SECOND_WEEKS, VASTUS_REVIEW_FIRST_WEEKS };
  gint64 first, answered = 0;

  g_return_val_if_fail (VASTUS_IS_JOURNAL (journal), 0);

  if (g_list_model_get_n_items (G_LIST_MODEL (journal)) == 0)
    return 0;
  {
    g_autoptr (VastusSessionEntry) entry = g_list_model_get_item (G_LIST_MODEL (journal), 0);

    first = vastus_session_entry_get_start (entry);
  }

  for (guint i = 0; i < vastus_journal_get_n_red_flags (journal); i++)
    answered = MAX (answered, vastus_time_from_record (vastus_journal_get_red_flag (journal, i)));
  for (guint i = 0; i < vastus_journal_get_n_events (journal); i++)
    if (is_type (vastus_journal_get_event (journal, i), "warning-signs"))
      answered = MAX (answered, vastus_time_from_record (vastus_journal_get_event (journal, i)));

  for (guint i = 0; i < G_N_ELEMENTS (weeks); i++)
    {
      gint64 due = first + weeks[i] * 7 * DAY;

      if (now >= due)
        return answered >= due ? 0 : weeks[i];
    }
  return 0;
}
