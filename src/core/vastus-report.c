/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "vastus-report"

#include "config.h"

#include <glib/gi18n.h>

#include "vastus-date.h"
#include "vastus-history.h"
#include "vastus-red-flags.h"
#include "vastus-report.h"


static void
decision_free (VastusReportDecision *decision)
{
  g_free (decision->label);
  g_free (decision->dose_before);
  g_free (decision->dose_after);
  g_free (decision->renamed);
  g_free (decision->reason);
  g_free (decision);
}

static void
exercise_free (VastusReportExercise *exercise)
{
  g_free (exercise->id);
  g_free (exercise->name);
  g_free (exercise->dose);
  g_ptr_array_unref (exercise->decisions);
  g_free (exercise);
}

static void
warning_free (VastusReportWarning *warning)
{
  g_free (warning->context);
  g_strfreev (warning->yes);
  g_free (warning->advice);
  g_free (warning);
}

static void
note_free (VastusReportNote *note)
{
  g_free (note->text);
  g_free (note);
}

static void
item_free (VastusReportItem *item)
{
  g_free (item->name);
  g_free (item->dose);
  g_free (item->paused);
  g_free (item);
}

void
vastus_report_free (VastusReport *report)
{
  if (report == NULL)
    return;
  g_free (report->sore_side);
  g_free (report->starter);
  g_free (report->hold);
  g_clear_pointer (&report->week_list, g_array_unref);
  g_clear_pointer (&report->sessions, g_array_unref);
  g_clear_pointer (&report->exercises, g_ptr_array_unref);
  g_clear_pointer (&report->warnings, g_ptr_array_unref);
  g_clear_pointer (&report->notes, g_ptr_array_unref);
  g_clear_pointer (&report->program, g_ptr_array_unref);
  g_free (report);
}

static const char *
sore_side (VastusLeg leg)
{
  switch (leg)
    {
    case VASTUS_LEG_LEFT:
      /* Translators: the sore side, in the report for a physiotherapist */
      return _("Left knee");
    case VASTUS_LEG_RIGHT:
      /* Translators: the sore side, in the report for a physiotherapist */
      return _("Right knee");
    case VASTUS_LEG_NONE:
    default:
      /* Translators: the sore side, in the report for a physiotherapist */
      return _("Both knees");
    }
}

static const char *
decision_label (VastusDecisionKind kind,
                gboolean           renamed)
{
  switch (kind)
    {
    case VASTUS_DECISION_PROGRESS:
      /* Translators: a progression decision about an exercise, in a table of the report */
      return renamed ? _("Harder variant") : _("Up a step");
    case VASTUS_DECISION_REGRESS:
      /* Translators: a progression decision about an exercise, in a table of the report */
      return renamed ? _("Easier variant") : _("Down a step");
    case VASTUS_DECISION_LADDER_DOWN:
      /* Translators: a progression decision: the volume cut by about 30 % or an easier exercise */
      return _("Down the ladder");
    case VASTUS_DECISION_STOP:
      /* Translators: a progression decision: the exercise is paused until a physiotherapist has seen the knee */
      return _("Paused");
    case VASTUS_DECISION_SET:
      /* Translators: a dose set by the person or their physiotherapist, not by the coach */
      return _("Set by hand");
    case VASTUS_DECISION_HOLD:
    default:
      /* Translators: a progression decision: the dose stays as it is */
      return _("Kept");
    }
}

static const char *
context_words (const char *context)
{
  /* Translators: where the warning-sign questions were answered, in the report */
  if (g_strcmp0 (context, "first-run") == 0)
    return _("When setting up");
  /* Translators: where the warning-sign questions were answered, in the report */
  if (g_strcmp0 (context, "session") == 0)
    return _("During a session");
  /* Translators: where the warning-sign questions were answered, in the report */
  if (g_strcmp0 (context, "pain-log") == 0)
    return _("In a pain log");
  /* Translators: where the warning-sign questions were answered, in the report */
  if (g_strcmp0 (context, "review") == 0)
    return _("At a weekly review");
  /* Translators: where the warning-sign questions were answered, in the report */
  return _("From the menu");
}

static char *
record_text (const cJSON *record,
             const char  *key)
{
  const cJSON *item = cJSON_GetObjectItemCaseSensitive (record, key);

  return cJSON_IsString (item) && item->valuestring[0] != '\0' ? g_strdup (item->valuestring) : NULL;
}

/* A dose from a programme-change record ({"id": …, "dose": {…}}), in words. */
static char *
record_dose (const cJSON     *side,
             VastusCatalogue *catalogue,
             char           **id)
{
  const cJSON *dose_json = cJSON_GetObjectItemCaseSensitive (side, "dose");
  g_autoptr (VastusDose) dose = vastus_dose_new ();
  VastusExercise *exercise;
  VastusCheck check;
  char *words;

  *id = record_text (side, "id");
  if (!cJSON_IsObject (dose_json))
    return NULL;
  exercise = *id != NULL && catalogue != NULL ? vastus_catalogue_lookup (catalogue, *id) : NULL;
  vastus_check_init (&check, "journal.jsonl");
  vastus_dose_read_json (&check, side, dose, NULL);
  words = vastus_check_count (&check) == 0
          ? vastus_dose_describe (dose, exercise != NULL ? vastus_exercise_get_side (exercise) : VASTUS_SIDE_BOTH)
          : NULL;
  vastus_check_clear (&check);
  return words;
}

static const char *
exercise_name (VastusCatalogue *catalogue,
               const char      *id)
{
  VastusExercise *exercise = catalogue != NULL ? vastus_catalogue_lookup (catalogue, id) : NULL;

  return exercise != NULL ? vastus_exercise_get_name (exercise) : id;
}

static VastusReportExercise *
find_exercise (GPtrArray       *exercises,
               VastusCatalogue *catalogue,
               const char      *id)
{
  VastusReportExercise *exercise;

  for (guint i = 0; i < exercises->len; i++)
    {
      exercise = g_ptr_array_index (exercises, i);
      if (g_str_equal (exercise->id, id))
        return exercise;
    }

  exercise = g_new0 (VastusReportExercise, 1);
  exercise->id = g_strdup (id);
  exercise->name = g_strdup (exercise_name (catalogue, id));
  exercise->decisions = g_ptr_array_new_with_free_func ((GDestroyNotify) decision_free);
  g_ptr_array_add (exercises, exercise);
  return exercise;
}

static void
add_program (VastusReport    *report,
             VastusProgram   *program)
{
  const VastusHold *hold = vastus_program_get_hold (program);

  for (guint i = 0; i < vastus_program_get_n_exercises (program); i++)
    {
      VastusExercise *exercise = vastus_program_get_exercise (program, i);
      VastusReportItem *item = g_new0 (VastusReportItem, 1);
      VastusReportExercise *row;

      item->name = g_strdup (vastus_exercise_get_name (exercise));
      item->dose = vastus_dose_describe (vastus_program_get_dose (program, i), vastus_exercise_get_side (exercise));
      item->paused = g_strdup (vastus_program_get_paused (program, i));
      g_ptr_array_add (report->program, item);

      row = find_exercise (report->exercises, NULL, vastus_exercise_get_id (exercise));
      g_free (row->name);
      row->name = g_strdup (item->name);
      row->dose = g_strdup (item->dose);
    }

  if (hold != NULL && hold->kind != VASTUS_HOLD_NONE)
    report->hold = g_strdup (hold->reason != NULL ? hold->reason : hold->heading);
}

static void
add_decisions (VastusReport    *report,
               VastusCatalogue *catalogue,
               VastusJournal   *journal)
{
  for (guint i = 0; i < vastus_journal_get_n_program_changes (journal); i++)
    {
      const cJSON *record = vastus_journal_get_program_change (journal, i);
      const cJSON *decision_json = cJSON_GetObjectItemCaseSensitive (record, "decision");
      g_autofree char *before_id = NULL;
      g_autofree char *after_id = NULL;
      VastusReportDecision *decision;
      VastusReportExercise *exercise;
      gint64 time = vastus_time_from_record (record);
      int kind;

      if (time < report->from || time > report->to || !cJSON_IsString (decision_json))
        continue;
      for (kind = VASTUS_DECISION_HOLD; kind <= VASTUS_DECISION_SET; kind++)
        if (g_str_equal (vastus_decision_kind_to_string (kind), decision_json->valuestring))
          break;
      if (kind > VASTUS_DECISION_SET)
        continue;

      decision = g_new0 (VastusReportDecision, 1);
      decision->time = time;
      decision->kind = kind;
      decision->hold = cJSON_GetObjectItemCaseSensitive (record, "hold") != NULL;
      decision->reason = record_text (record, "reason");
      decision->dose_before = record_dose (cJSON_GetObjectItemCaseSensitive (record, "before"), catalogue, &before_id);
      decision->dose_after = record_dose (cJSON_GetObjectItemCaseSensitive (record, "after"), catalogue, &after_id);
      if (before_id != NULL && after_id != NULL && !g_str_equal (before_id, after_id))
        decision->renamed = g_strdup (exercise_name (catalogue, after_id));
      decision->label = g_strdup (decision_label (kind, decision->renamed != NULL));
      if (before_id == NULL && after_id == NULL)
        {
          decision_free (decision);
          continue;
        }
      exercise = find_exercise (report->exercises, catalogue, before_id != NULL ? before_id : after_id);
      g_ptr_array_add (exercise->decisions, decision);
    }
}

static void
add_warning (VastusReport *report,
             const cJSON  *record)
{
  const cJSON *yes = cJSON_GetObjectItemCaseSensitive (record, "yes");
  const cJSON *answer;
  g_autoptr (GStrvBuilder) questions = g_strv_builder_new ();
  VastusReportWarning *warning;
  gint64 time = vastus_time_from_record (record);
  g_autofree char *context = record_text (record, "context");

  if (time < report->from || time > report->to)
    return;

  cJSON_ArrayForEach (answer, yes)
    {
      const VastusRedFlag *flag = cJSON_IsString (answer) ? vastus_red_flags_lookup (answer->valuestring) : NULL;

      if (flag != NULL)
        g_strv_builder_add (questions, _(flag->question));
      else if (cJSON_IsString (answer) && g_str_equal (answer->valuestring, "severe-pain"))
        /* Translators: a safety stop in the report's list of warning signs */
        g_strv_builder_add (questions, _("Pain during a session of 8/10 or more"));
      else if (cJSON_IsString (answer))
        g_strv_builder_add (questions, answer->valuestring);
    }

  warning = g_new0 (VastusReportWarning, 1);
  warning->time = time;
  warning->context = g_strdup (context_words (context));
  warning->yes = g_strv_builder_end (questions);
  warning->advice = record_text (record, "advice");
  g_ptr_array_add (report->warnings, warning);
}

static int
compare_warnings (gconstpointer a,
                  gconstpointer b)
{
  const VastusReportWarning *first = *(VastusReportWarning **) a;
  const VastusReportWarning *second = *(VastusReportWarning **) b;

  return (first->time > second->time) - (first->time < second->time);
}

static void
add_warnings (VastusReport  *report,
              VastusJournal *journal)
{
  for (guint i = 0; i < vastus_journal_get_n_red_flags (journal); i++)
    add_warning (report, vastus_journal_get_red_flag (journal, i));
  for (guint i = 0; i < vastus_journal_get_n_events (journal); i++)
    {
      const cJSON *event = vastus_journal_get_event (journal, i);
      const cJSON *type = cJSON_GetObjectItemCaseSensitive (event, "type");

      if (cJSON_IsString (type) && g_str_equal (type->valuestring, "warning-signs"))
        add_warning (report, event);
    }
  g_ptr_array_sort (report->warnings, compare_warnings);
}

static gboolean
reached_all (VastusSessionEntry *entry)
{
  for (guint i = 0; i < vastus_session_entry_get_n_exercises (entry); i++)
    {
      const VastusExerciseResult *result = vastus_session_entry_get_exercise (entry, i);

      for (guint j = 0; j < result->n_sets; j++)
        if (!result->sets[j].reached)
          return FALSE;
    }
  return TRUE;
}

static gint64
day_start (const GDate *date)
{
  g_autoptr (GDateTime) time = g_date_time_new_local (g_date_get_year (date), g_date_get_month (date),
                                                      g_date_get_day (date), 0, 0, 0);

  return time != NULL ? g_date_time_to_unix (time) * G_USEC_PER_SEC : 0;
}

static void
mean_add (double *sum,
          guint  *count,
          int     value)
{
  if (value < 0)
    return;
  *sum += value;
  (*count)++;
}

static void
add_sessions (VastusReport  *report,
              VastusJournal *journal,
              GDate         *first_monday,
              GDate         *this_monday)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (journal));
  GDate monday = *first_monday;

  /* Every week from the first to this one, empty weeks included: a week
   * without sessions matters to a physiotherapist. */
  while (g_date_compare (&monday, this_monday) <= 0)
    {
      VastusReportWeek week = { 0 };
      gint64 start = day_start (&monday);
      gint64 end;
      double morning = 0, during = 0;
      guint n_morning = 0, n_during = 0;

      week.monday = monday;
      g_date_add_days (&monday, 7);
      end = day_start (&monday);
      week.partial = g_date_compare (&monday, this_monday) > 0;
      week.target = (guint) report->sessions_per_week;

      for (guint i = 0; i < n; i++)
        {
          g_autoptr (VastusSessionEntry) entry = g_list_model_get_item (G_LIST_MODEL (journal), i);
          const VastusPainLog *pain = vastus_session_entry_get_pain (entry);
          const VastusMorningCheck *check = vastus_session_entry_get_morning (entry);
          VastusReportSession session;

          session.time = vastus_session_entry_get_start (entry);
          if (session.time < start || session.time >= end || session.time > report->to ||
              !vastus_history_counts (entry))
            continue;
          session.completed = vastus_session_entry_get_end_reason (entry) == VASTUS_END_COMPLETED && reached_all (entry);
          session.shortened = vastus_session_entry_get_shortened (entry);
          session.during = pain != NULL ? pain->during : -1;
          session.after = pain != NULL ? pain->after : -1;
          session.morning = check != NULL ? check->pain : -1;
          g_array_append_val (report->sessions, session);
          week.sessions++;
          mean_add (&during, &n_during, session.during);
          mean_add (&morning, &n_morning, session.morning);

          if (pain != NULL && pain->notes != NULL && pain->notes[0] != '\0' && pain->time <= report->to)
            {
              VastusReportNote *note = g_new0 (VastusReportNote, 1);

              note->time = session.time;
              note->text = g_strdup (pain->notes);
              g_ptr_array_add (report->notes, note);
            }
        }

      week.morning_mean = n_morning > 0 ? morning / n_morning : -1;
      week.during_mean = n_during > 0 ? during / n_during : -1;
      report->n_sessions += week.sessions;
      if (!week.partial)
        {
          report->n_done_full += week.sessions;
          report->n_target += week.target;
        }
      g_array_append_val (report->week_list, week);
    }
}

/**
 * vastus_report_build:
 * @catalogue: (nullable): names exercises that left the programme
 * @now: the report's time
 * @weeks: the weeks it covers, this one included; 0 for the whole journal
 *
 * Works out what the report for a physiotherapist holds.
 *
 * Returns: (transfer full): the report
 */
VastusReport *
vastus_report_build (VastusProgram   *program,
                     VastusCatalogue *catalogue,
                     VastusJournal   *journal,
                     gint64           now,
                     guint            weeks)
{
  VastusReport *report = g_new0 (VastusReport, 1);
  VastusStarterProgram *starter;
  GDate this_monday, first_monday;

  g_return_val_if_fail (VASTUS_IS_PROGRAM (program), report);
  g_return_val_if_fail (VASTUS_IS_JOURNAL (journal), report);

  report->now = now;
  report->to = now;
  report->weeks = weeks;
  report->week_list = g_array_new (FALSE, FALSE, sizeof (VastusReportWeek));
  report->sessions = g_array_new (FALSE, FALSE, sizeof (VastusReportSession));
  report->exercises = g_ptr_array_new_with_free_func ((GDestroyNotify) exercise_free);
  report->warnings = g_ptr_array_new_with_free_func ((GDestroyNotify) warning_free);
  report->notes = g_ptr_array_new_with_free_func ((GDestroyNotify) note_free);
  report->program = g_ptr_array_new_with_free_func ((GDestroyNotify) item_free);
  report->sore_side = g_strdup (sore_side (vastus_program_get_first_leg (program)));
  starter = catalogue != NULL ? vastus_catalogue_lookup_program (catalogue, vastus_program_get_starter_id (program))
                              : NULL;
  report->starter = g_strdup (starter != NULL ? vastus_starter_program_get_name (starter)
                                              : vastus_program_get_starter_id (program));
  report->sessions_per_week = vastus_program_get_sessions_per_week (program);
  report->usual_pain = vastus_progression_usual_pain (journal, now);

  vastus_history_week_start (now, &this_monday);
  first_monday = this_monday;
  if (weeks > 0)
    g_date_subtract_days (&first_monday, 7 * (weeks - 1));
  else
    {
      g_autoptr (VastusSessionEntry) first = g_list_model_get_item (G_LIST_MODEL (journal), 0);

      if (first != NULL && vastus_session_entry_get_start (first) <= now)
        vastus_history_week_start (vastus_session_entry_get_start (first), &first_monday);
    }
  report->from = day_start (&first_monday);

  add_program (report, program);
  add_sessions (report, journal, &first_monday, &this_monday);
  add_decisions (report, catalogue, journal);
  add_warnings (report, journal);
  return report;
}

/**
 * vastus_report_describe_trend:
 *
 * Returns: (transfer full): how morning pain went over the report's weeks,
 *   one sentence
 */
char *
vastus_report_describe_trend (const VastusReport *report)
{
  const VastusReportWeek *first = NULL, *last = NULL;

  for (guint i = 0; i < report->week_list->len; i++)
    {
      const VastusReportWeek *week = &g_array_index (report->week_list, VastusReportWeek, i);

      if (week->morning_mean < 0)
        continue;
      if (first == NULL)
        first = week;
      last = week;
    }

  if (first == NULL)
    /* Translators: the morning pain trend in the report for a physiotherapist */
    return g_strdup (_("No next-morning pain was logged in these weeks."));
  if (first == last)
    /* Translators: the morning pain trend; %.1f is a mean pain score from 0 to 10 */
    return g_strdup_printf (_("Next-morning pain averaged %.1f/10 in the only week with a morning check."),
                            first->morning_mean);
  if (last->morning_mean <= first->morning_mean - 1)
    /* Translators: the morning pain trend; each %.1f is a mean pain score from 0 to 10 */
    return g_strdup_printf (_("Next-morning pain went down from %.1f/10 in the first week to %.1f/10 in the last."),
                            first->morning_mean, last->morning_mean);
  if (last->morning_mean >= first->morning_mean + 1)
    /* Translators: the morning pain trend; each %.1f is a mean pain score from 0 to 10 */
    return g_strdup_printf (_("Next-morning pain went up from %.1f/10 in the first week to %.1f/10 in the last."),
                            first->morning_mean, last->morning_mean);
  /* Translators: the morning pain trend; each %.1f is a mean pain score from 0 to 10 */
  return g_strdup_printf (_("Next-morning pain stayed about the same: %.1f/10 in the first week, %.1f/10 in the last."),
                          first->morning_mean, last->morning_mean);
}

/**
 * vastus_report_default_name:
 *
 * Returns: (transfer full): the file name offered for a report made at
 *   @now, such as "vastus-report-2026-11-21.pdf"
 */
char *
vastus_report_default_name (gint64 now)
{
  g_autoptr (GDateTime) time = g_date_time_new_from_unix_local (now / G_USEC_PER_SEC);

  return g_date_time_format (time, "vastus-report-%Y-%m-%d.pdf");
}
