/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "vastus-journal"

#include "config.h"

#include "vastus-session-entry.h"

#include <glib/gi18n.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

/*
 * A session as the journal keeps it: when it was done, what each set planned
 * and did, why it ended, and the pain logged for it afterwards. Exercise ids
 * and names are interned: ten years of sessions name the same few dozen.
 */

struct _VastusSessionEntry
{
  GObject             parent_instance;

  char               *id;
  gint64              start;
  gint64              end;
  gint64              active;
  const char         *program_id;
  const char         *program_name;
  VastusEndReason     end_reason;
  gboolean            shortened;   /* a shorter session, chosen for a day with less time */
  const char         *ended_during; /* interned: the exercise under way when it ended early */
  GArray             *exercises;   /* VastusExerciseResult */
  GArray             *knee;        /* VastusKneeNote */
  VastusPainLog      *pain;
  VastusMorningCheck  morning;
  gboolean            has_morning;
};

G_DEFINE_FINAL_TYPE (VastusSessionEntry, vastus_session_entry, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_PAIN_LOGGED,
  PROP_MORNING_CHECKED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const feel_names[] = { "", "too-easy", "about-right", "too-hard", NULL };
static const char * const end_names[] = { "", "completed", "stopped", "pain", "red-flag", NULL };
static const char * const leg_names[] = { "", "left", "right", NULL };
static const char * const knee_names[] = { "easier", "skipped", "ended", "warning-signs", NULL };

const char *
vastus_knee_action_to_string (VastusKneeAction action)
{
  g_return_val_if_fail (action <= VASTUS_KNEE_WARNING_SIGNS, "");
  return knee_names[action];
}

const char *
vastus_feel_to_string (VastusFeel feel)
{
  g_return_val_if_fail (feel <= VASTUS_FEEL_TOO_HARD, "");
  return feel_names[feel];
}

VastusFeel
vastus_feel_from_string (const char *text)
{
  int found = text != NULL && text[0] != '\0' ? vastus_names_find (feel_names, text) : -1;

  return found > 0 ? (VastusFeel) found : VASTUS_FEEL_UNSET;
}

const char *
vastus_end_reason_to_string (VastusEndReason reason)
{
  g_return_val_if_fail (reason <= VASTUS_END_RED_FLAG, "");
  return end_names[reason];
}

/* Pain logs */

VastusPainLog *
vastus_pain_log_new (int         during,
                     int         after,
                     const char *notes)
{
  VastusPainLog *log = g_new0 (VastusPainLog, 1);

  log->during = CLAMP (during, 0, VASTUS_PAIN_MAX);
  log->after = CLAMP (after, 0, VASTUS_PAIN_MAX);
  log->notes = g_strdup (notes != NULL ? notes : "");
  return log;
}

void
vastus_pain_log_add_feel (VastusPainLog *log,
                          const char    *exercise,
                          VastusFeel     feel,
                          gboolean       hurt)
{
  VastusExerciseFeel *item;

  g_return_if_fail (log != NULL && exercise != NULL);

  /* Grown to powers of two: a log names each exercise of a session. */
  if (log->n_feels == 0 || (log->n_feels >= 4 && (log->n_feels & (log->n_feels - 1)) == 0))
    log->feels = g_renew (VastusExerciseFeel, log->feels, MAX (log->n_feels * 2, 4));
  item = &log->feels[log->n_feels++];
  item->exercise = g_intern_string (exercise);
  item->feel = feel;
  item->hurt = hurt;
}

const VastusExerciseFeel *
vastus_pain_log_get_feel (const VastusPainLog *log,
                          const char          *exercise)
{
  for (guint i = 0; log != NULL && i < log->n_feels; i++)
    if (g_str_equal (log->feels[i].exercise, exercise))
      return &log->feels[i];
  return NULL;
}

VastusPainLog *
vastus_pain_log_copy (const VastusPainLog *log)
{
  VastusPainLog *copy;

  if (log == NULL)
    return NULL;

  copy = g_memdup2 (log, sizeof *log);
  copy->notes = g_strdup (log->notes);
  /* The same room vastus_pain_log_add_feel() keeps: a power of two, at
   * least 4, so that a copy can grow too. */
  copy->feels = NULL;
  if (log->n_feels > 0)
    {
      guint capacity = MAX (4u, 1u << g_bit_storage (log->n_feels - 1));

      copy->feels = g_new (VastusExerciseFeel, capacity);
      memcpy (copy->feels, log->feels, sizeof *log->feels * log->n_feels);
    }
  return copy;
}

void
vastus_pain_log_free (VastusPainLog *log)
{
  if (log == NULL)
    return;
  g_free (log->feels);
  g_free (log->notes);
  g_free (log);
}

/* Completion: the share of the planned reps, or of the planned seconds for
 * holds, that was done. Sets never reached count as not done. */
double
vastus_exercise_result_completion (const VastusExerciseResult *result)
{
  double planned = 0, done = 0;

  for (guint i = 0; i < result->n_sets; i++)
    {
      const VastusSetResult *set = &result->sets[i];

      if (set->planned_reps > 0)
        {
          planned += set->planned_reps;
          done += MIN (set->done_reps, set->planned_reps);
        }
      else
        {
          planned += set->planned_ms;
          done += MIN (set->done_ms, set->planned_ms);
        }
    }

  return planned > 0 ? done / planned : 0;
}

void
vastus_exercise_result_count (const VastusExerciseResult *result,
                              guint                      *done,
                              guint                      *skipped,
                              guint                      *total)
{
  guint n_done = 0, n_skipped = 0;

  for (guint i = 0; i < result->n_sets; i++)
    {
      if (result->sets[i].skipped)
        n_skipped++;
      else if (result->sets[i].reached)
        n_done++;
    }

  if (done != NULL)
    *done = n_done;
  if (skipped != NULL)
    *skipped = n_skipped;
  if (total != NULL)
    *total = result->n_sets;
}

/* Times: local time with its offset, to the second, so that the file reads
 * naturally and a day stays the day it was where it was logged. */

char *
vastus_time_to_iso8601 (gint64 time)
{
  g_autoptr (GDateTime) utc = g_date_time_new_from_unix_utc (time / G_USEC_PER_SEC);
  g_autoptr (GDateTime) local = utc != NULL ? g_date_time_to_local (utc) : NULL;

  if (local == NULL)
    return g_strdup ("1970-01-01T00:00:00Z");
  return g_date_time_format (local, "%Y-%m-%dT%H:%M:%S%:z");
}

/* Days from 1970-01-01 to a civil date (Howard Hinnant's algorithm). */
static gint64
days_from_civil (gint64 y,
                 unsigned m,
                 unsigned d)
{
  gint64 era;
  unsigned yoe, doy, doe;

  y -= m <= 2;
  era = (y >= 0 ? y : y - 399) / 400;
  yoe = (unsigned) (y - era * 400);
  doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + (gint64) doe - 719468;
}

static gboolean
digits (const char *text,
        int         n,
        int        *out)
{
  int value = 0;

  for (int i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit (text[i]))
        return FALSE;
      value = value * 10 + (text[i] - '0');
    }
  *out = value;
  return TRUE;
}

/**
 * vastus_time_from_record:
 * @record: a journal record
 *
 * Returns: the record's "time", µs since the epoch, or 0 when it has none
 *   that reads
 */
gint64
vastus_time_from_record (const cJSON *record)
{
  const cJSON *time = cJSON_GetObjectItemCaseSensitive (record, "time");
  gint64 value = 0;

  if (!cJSON_IsString (time) || !vastus_time_from_iso8601 (time->valuestring, &value))
    return 0;
  return value;
}

/**
 * vastus_time_from_iso8601:
 *
 * Reads a time as the journal writes it ("2026-11-21T09:30:12+01:00" or
 * "…Z") without the cost of a GDateTime: ten years of history hold tens of
 * thousands of them. Other ISO 8601 forms go through GLib.
 */
gboolean
vastus_time_from_iso8601 (const char *text,
                          gint64     *time)
{
  int year, month, day, hour, minute, second, off_h = 0, off_m = 0, sign = 0;
  gsize length = text != NULL ? strlen (text) : 0;

  if (length == 25 || length == 20)
    {
      if (digits (text, 4, &year) && text[4] == '-' && digits (text + 5, 2, &month) && text[7] == '-' &&
          digits (text + 8, 2, &day) && text[10] == 'T' && digits (text + 11, 2, &hour) && text[13] == ':' &&
          digits (text + 14, 2, &minute) && text[16] == ':' && digits (text + 17, 2, &second) &&
          year >= 1 && g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year) &&
          hour < 24 && minute < 60 && second < 60)
        {
          if (length == 20 && text[19] == 'Z')
            sign = 1;
          else if (length == 25 && (text[19] == '+' || text[19] == '-') &&
                   digits (text + 20, 2, &off_h) && text[22] == ':' && digits (text + 23, 2, &off_m) &&
                   off_h <= 14 && off_m < 60)
            sign = text[19] == '+' ? 1 : -1;

          if (sign != 0)
            {
              gint64 seconds = days_from_civil (year, (unsigned) month, (unsigned) day) * 86400 +
                               hour * 3600 + minute * 60 + second - sign * (off_h * 3600 + off_m * 60);
              *time = seconds * G_USEC_PER_SEC;
              return TRUE;
            }
        }
    }

  if (text != NULL && length != 20 && length != 25)
    {
      g_autoptr (GDateTime) parsed = g_date_time_new_from_iso8601 (text, NULL);

      if (parsed != NULL)
        {
          *time = g_date_time_to_unix (parsed) * G_USEC_PER_SEC;
          return TRUE;
        }
    }

  return FALSE;
}

/* The entry */

static void
clear_result (gpointer data)
{
  VastusExerciseResult *result = data;

  g_free (result->sets);
}

static void
vastus_session_entry_finalize (GObject *object)
{
  VastusSessionEntry *self = VASTUS_SESSION_ENTRY (object);

  g_free (self->id);
  g_array_unref (self->exercises);
  g_array_unref (self->knee);
  vastus_pain_log_free (self->pain);

  G_OBJECT_CLASS (vastus_session_entry_parent_class)->finalize (object);
}

static void
vastus_session_entry_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  VastusSessionEntry *self = VASTUS_SESSION_ENTRY (object);

  switch (prop_id)
    {
    case PROP_PAIN_LOGGED:
      g_value_set_boolean (value, self->pain != NULL);
      break;
    case PROP_MORNING_CHECKED:
      g_value_set_boolean (value, self->has_morning);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vastus_session_entry_class_init (VastusSessionEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = vastus_session_entry_finalize;
  object_class->get_property = vastus_session_entry_get_property;

  properties[PROP_PAIN_LOGGED] =
    g_param_spec_boolean ("pain-logged", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MORNING_CHECKED] =
    g_param_spec_boolean ("morning-checked", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
vastus_session_entry_init (VastusSessionEntry *self)
{
  self->exercises = g_array_new (FALSE, TRUE, sizeof (VastusExerciseResult));
  g_array_set_clear_func (self->exercises, clear_result);
  self->knee = g_array_new (FALSE, TRUE, sizeof (VastusKneeNote));
  self->program_id = g_intern_static_string ("");
  self->program_name = g_intern_static_string ("");
  self->end_reason = VASTUS_END_COMPLETED;
}

VastusSessionEntry *
vastus_session_entry_new (const char *id,
                          gint64      start,
                          gint64      end)
{
  VastusSessionEntry *self = g_object_new (VASTUS_TYPE_SESSION_ENTRY, NULL);

  self->id = id != NULL ? g_strdup (id) : g_uuid_string_random ();
  self->start = start;
  self->end = MAX (end, start);
  return self;
}

void
vastus_session_entry_add_exercise (VastusSessionEntry    *self,
                                   const char            *id,
                                   const char            *name,
                                   const VastusSetResult *sets,
                                   guint                  n_sets)
{
  VastusExerciseResult result;

  g_return_if_fail (VASTUS_IS_SESSION_ENTRY (self));
  g_return_if_fail (id != NULL);

  result.id = g_intern_string (id);
  result.name = g_intern_string (name != NULL ? name : id);
  result.sets = g_memdup2 (sets, sizeof *sets * n_sets);
  result.n_sets = n_sets;
  g_array_append_val (self->exercises, result);
}

/**
 * vastus_session_entry_new_from_session:
 * @start: (in): when the session began, µs since the epoch
 * @end: when it ended
 *
 * The journal's record of @session: every set of the plan, planned and done,
 * grouped by exercise, and why it ended.
 */
VastusSessionEntry *
vastus_session_entry_new_from_session (VastusSession *session,
                                       const char    *program_id,
                                       const char    *program_name,
                                       gint64         start,
                                       gint64         end)
{
  VastusPlan *plan = vastus_session_get_plan (session);
  GArray *records = vastus_session_get_records (session);
  VastusSessionEntry *self = vastus_session_entry_new (NULL, start, end);
  g_autoptr (GArray) sets = g_array_new (FALSE, TRUE, sizeof (VastusSetResult));

  vastus_session_entry_set_program (self, program_id, program_name);
  self->active = vastus_session_get_active_time (session);
  self->shortened = vastus_plan_get_shortened (plan);
  self->end_reason = vastus_session_get_end_reason (session);
  if (self->end_reason == VASTUS_END_NONE)
    self->end_reason = VASTUS_END_STOPPED;

  for (guint e = 0; e < vastus_plan_get_n_exercises (plan); e++)
    {
      VastusExercise *exercise = vastus_plan_get_exercise (plan, e);

      g_array_set_size (sets, 0);
      for (guint i = 0; i < records->len; i++)
        {
          const VastusSetRecord *record = &g_array_index (records, VastusSetRecord, i);
          VastusSetResult set = { 0 };

          if (record->exercise != e)
            continue;

          set.set = record->set + 1;
          set.leg = record->leg;
          set.reached = record->reached;
          set.skipped = record->skipped;
          if (record->planned_reps > 0)
            {
              set.planned_reps = record->planned_reps;
              set.done_reps = record->done_reps;
            }
          else
            {
              set.planned_ms = (guint) (record->planned_duration / 1000);
              set.done_ms = (guint) (record->done_duration / 1000);
            }
          g_array_append_val (sets, set);
        }

      vastus_session_entry_add_exercise (self, vastus_exercise_get_id (exercise),
                                         vastus_exercise_get_name (exercise),
                                         (VastusSetResult *) (gpointer) sets->data, sets->len);
    }

  for (guint i = 0; i < vastus_session_get_knee_reports (session)->len; i++)
    {
      const VastusKneeReport *report = &g_array_index (vastus_session_get_knee_reports (session), VastusKneeReport, i);

      vastus_session_entry_add_knee_note (self, vastus_exercise_get_id (vastus_plan_get_exercise (plan, report->exercise)),
                                          report->set + 1, report->action);
    }

  /* Ended early: the exercise under way, or the last one reached before it
   * when it had not begun (a rest, a get-ready). */
  if (self->end_reason != VASTUS_END_COMPLETED)
    {
      guint under_way = vastus_session_get_exercise_under_way (session);

      for (guint e = MIN (under_way, vastus_plan_get_n_exercises (plan) - 1) + 1; e > 0 && under_way != G_MAXUINT; e--)
        {
          const VastusExerciseResult *result = &g_array_index (self->exercises, VastusExerciseResult, e - 1);
          gboolean reached = FALSE;

          for (guint s = 0; s < result->n_sets && !reached; s++)
            reached = result->sets[s].reached;
          if (reached)
            {
              self->ended_during = result->id;
              break;
            }
        }
    }

  return self;
}

const char *
vastus_session_entry_get_id (VastusSessionEntry *self)
{
  g_return_val_if_fail (VASTUS_IS_SESSION_ENTRY (self), NULL);
  return self->id;
}

gint64
vastus_session_entry_get_start (VastusSessionEntry *self)
{
  g_return_val_if_fail (VASTUS_IS_SESSION_ENTRY (self), 0);
  return self->start;
}

gint64
vastus_session_entry_get_end (VastusSessionEntry *self)
{
  g_return_val_if_fail (VASTUS_IS_SESSION_ENTRY (self), 0);
  return self->end;
}

gint64
vastus_session_entry_get_active_time (VastusSessionEntry *self)
{
  g_return_val_if_fail (VASTUS_IS_SESSION_ENTRY (self), 0);
  return self->active;
}

void
vastus_session_entry_set_active_time (VastusSessionEntry *self,
                                      gint64              active)
{
  g_return_if_fail (VASTUS_IS_SESSION_ENTRY (self));
  self->active = MAX (active, 0);
}

const char *
vastus_session_entry_get_program_id (VastusSessionEntry *self)
{
  g_return_val_if_fail (VASTUS_IS_SESSION_ENTRY (self), NULL);
  return self->program_id;
}

const char *
vastus_session_entry_get_program_name (VastusSessionEntry *self)
{
  g_return_val_if_fail (VASTUS_IS_SESSION_ENTRY (self), NULL);
  return self->program_name;
}

void
vastus_session_entry_set_program (VastusSessionEntry *self,
                                  const char         *id,
                                  const char         *name)
{
  g_return_if_fail (VASTUS_IS_SESSION_ENTRY (self));
  self->program_id = g_intern_string (id != NULL ? id : "");
  self->program_name = g_intern_string (name != NULL ? name : "");
}

/**
 * vastus_session_entry_get_shortened:
 *
 * Returns: whether the person chose a shorter session than their
 *   programme's, for a day with less time
 */
gboolean
vastus_session_entry_get_shortened (VastusSessionEntry *self)
{
  g_return_val_if_fail (VASTUS_IS_SESSION_ENTRY (self), FALSE);
  return self->shortened;
}

void
vastus_session_entry_set_shortened (VastusSessionEntry *self,
                                    gboolean            shortened)
{
  g_return_if_fail (VASTUS_IS_SESSION_ENTRY (self));
  self->shortened = shortened;
}

VastusEndReason
vastus_session_entry_get_end_reason (VastusSessionEntry *self)
{
  g_return_val_if_fail (VASTUS_IS_SESSION_ENTRY (self), VASTUS_END_NONE);
  return self->end_reason;
}

void
vastus_session_entry_set_end_reason (VastusSessionEntry *self,
                                     VastusEndReason     reason)
{
  g_return_if_fail (VASTUS_IS_SESSION_ENTRY (self));
  self->end_reason = reason;
}

/**
 * vastus_session_entry_get_ended_during:
 *
 * Returns: (nullable): the exercise under way when the session was ended
 *   early, or %NULL
 */
const char *
vastus_session_entry_get_ended_during (VastusSessionEntry *self)
{
  g_return_val_if_fail (VASTUS_IS_SESSION_ENTRY (self), NULL);
  return self->ended_during;
}

void
vastus_session_entry_set_ended_during (VastusSessionEntry *self,
                                       const char         *exercise)
{
  g_return_if_fail (VASTUS_IS_SESSION_ENTRY (self));
  self->ended_during = exercise != NULL ? g_intern_string (exercise) : NULL;
}

guint
vastus_session_entry_get_n_knee_notes (VastusSessionEntry *self)
{
  g_return_val_if_fail (VASTUS_IS_SESSION_ENTRY (self), 0);
  return self->knee->len;
}

const VastusKneeNote *
vastus_session_entry_get_knee_note (VastusSessionEntry *self,
                                    guint               index)
{
  g_return_val_if_fail (VASTUS_IS_SESSION_ENTRY (self), NULL);
  g_return_val_if_fail (index < self->knee->len, NULL);
  return &g_array_index (self->knee, VastusKneeNote, index);
}

void
vastus_session_entry_add_knee_note (VastusSessionEntry *self,
                                    const char         *exercise,
                                    guint               set,
                                    VastusKneeAction    action)
{
  VastusKneeNote note;

  g_return_if_fail (VASTUS_IS_SESSION_ENTRY (self));
  g_return_if_fail (exercise != NULL);

  note.exercise = g_intern_string (exercise);
  note.set = set;
  note.action = action;
  g_array_append_val (self->knee, note);
}

/**
 * vastus_session_entry_knee_hurt:
 *
 * Returns: whether the person said during the session that @exercise hurt
 */
gboolean
vastus_session_entry_knee_hurt (VastusSessionEntry *self,
                                const char         *exercise)
{
  g_return_val_if_fail (VASTUS_IS_SESSION_ENTRY (self), FALSE);

  for (guint i = 0; i < self->knee->len; i++)
    if (g_strcmp0 (g_array_index (self->knee, VastusKneeNote, i).exercise, exercise) == 0)
      return TRUE;
  return FALSE;
}

guint
vastus_session_entry_get_n_exercises (VastusSessionEntry *self)
{
  g_return_val_if_fail (VASTUS_IS_SESSION_ENTRY (self), 0);
  return self->exercises->len;
}

const VastusExerciseResult *
vastus_session_entry_get_exercise (VastusSessionEntry *self,
                                   guint               index)
{
  g_return_val_if_fail (VASTUS_IS_SESSION_ENTRY (self), NULL);
  g_return_val_if_fail (index < self->exercises->len, NULL);
  return &g_array_index (self->exercises, VastusExerciseResult, index);
}

void
vastus_session_entry_count_sets (VastusSessionEntry *self,
                                 guint              *done,
                                 guint              *skipped,
                                 guint              *total)
{
  guint all_done = 0, all_skipped = 0, all = 0;

  g_return_if_fail (VASTUS_IS_SESSION_ENTRY (self));

  for (guint i = 0; i < self->exercises->len; i++)
    {
      guint d, s, t;

      vastus_exercise_result_count (&g_array_index (self->exercises, VastusExerciseResult, i), &d, &s, &t);
      all_done += d;
      all_skipped += s;
      all += t;
    }

  if (done != NULL)
    *done = all_done;
  if (skipped != NULL)
    *skipped = all_skipped;
  if (total != NULL)
    *total = all;
}

const VastusPainLog *
vastus_session_entry_get_pain (VastusSessionEntry *self)
{
  g_return_val_if_fail (VASTUS_IS_SESSION_ENTRY (self), NULL);
  return self->pain;
}

/* The newest log wins: a log filled in later, or corrected, replaces it. */
void
vastus_session_entry_set_pain (VastusSessionEntry  *self,
                               const VastusPainLog *pain)
{
  gboolean had;

  g_return_if_fail (VASTUS_IS_SESSION_ENTRY (self));

  if (self->pain != NULL && pain != NULL && pain->time < self->pain->time)
    return;

  had = self->pain != NULL;
  g_clear_pointer (&self->pain, vastus_pain_log_free);
  self->pain = vastus_pain_log_copy (pain);
  if (had != (self->pain != NULL))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAIN_LOGGED]);
}

const VastusMorningCheck *
vastus_session_entry_get_morning (VastusSessionEntry *self)
{
  g_return_val_if_fail (VASTUS_IS_SESSION_ENTRY (self), NULL);
  return self->has_morning ? &self->morning : NULL;
}

void
vastus_session_entry_set_morning (VastusSessionEntry       *self,
                                  const VastusMorningCheck *morning)
{
  gboolean had;

  g_return_if_fail (VASTUS_IS_SESSION_ENTRY (self));

  if (self->has_morning && morning != NULL && morning->time < self->morning.time)
    return;

  had = self->has_morning;
  self->has_morning = morning != NULL;
  if (morning != NULL)
    self->morning = *morning;
  if (had != self->has_morning)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MORNING_CHECKED]);
}

/* JSON */

static void
add_time (cJSON      *object,
          const char *key,
          gint64      time)
{
  g_autofree char *text = vastus_time_to_iso8601 (time);

  cJSON_AddStringToObject (object, key, text);
}

cJSON *
vastus_session_entry_to_json (VastusSessionEntry *self)
{
  cJSON *root = cJSON_CreateObject ();
  cJSON *exercises;

  cJSON_AddStringToObject (root, "type", "session");
  cJSON_AddNumberToObject (root, "version", 1);
  cJSON_AddStringToObject (root, "id", self->id);
  add_time (root, "start", self->start);
  add_time (root, "end", self->end);
  cJSON_AddNumberToObject (root, "active_s", (double) (self->active / G_USEC_PER_SEC));
  cJSON_AddStringToObject (root, "program", self->program_id);
  cJSON_AddStringToObject (root, "program_name", self->program_name);
  cJSON_AddStringToObject (root, "ended", end_names[self->end_reason]);
  if (self->shortened)
    cJSON_AddTrueToObject (root, "shortened");
  if (self->ended_during != NULL)
    cJSON_AddStringToObject (root, "ended_during", self->ended_during);
  if (self->knee->len > 0)
    {
      cJSON *knee = cJSON_AddArrayToObject (root, "knee_hurt");

      for (guint i = 0; i < self->knee->len; i++)
        {
          const VastusKneeNote *note = &g_array_index (self->knee, VastusKneeNote, i);
          cJSON *item = cJSON_CreateObject ();

          cJSON_AddStringToObject (item, "id", note->exercise);
          cJSON_AddNumberToObject (item, "set", note->set);
          cJSON_AddStringToObject (item, "action", knee_names[note->action]);
          cJSON_AddItemToArray (knee, item);
        }
    }

  exercises = cJSON_AddArrayToObject (root, "exercises");
  for (guint i = 0; i < self->exercises->len; i++)
    {
      const VastusExerciseResult *result = &g_array_index (self->exercises, VastusExerciseResult, i);
      cJSON *item = cJSON_CreateObject ();
      cJSON *sets = NULL;

      cJSON_AddStringToObject (item, "id", result->id);
      cJSON_AddStringToObject (item, "name", result->name);
      sets = cJSON_AddArrayToObject (item, "sets");
      for (guint s = 0; s < result->n_sets; s++)
        {
          const VastusSetResult *set = &result->sets[s];
          cJSON *object = cJSON_CreateObject ();

          cJSON_AddNumberToObject (object, "set", set->set);
          if (set->leg != VASTUS_LEG_NONE)
            cJSON_AddStringToObject (object, "leg", leg_names[set->leg]);
          if (set->planned_reps > 0)
            {
              cJSON_AddNumberToObject (object, "planned_reps", set->planned_reps);
              cJSON_AddNumberToObject (object, "done_reps", set->done_reps);
            }
          else
            {
              cJSON_AddNumberToObject (object, "planned_ms", set->planned_ms);
              cJSON_AddNumberToObject (object, "done_ms", set->done_ms);
            }
          if (!set->reached)
            cJSON_AddBoolToObject (object, "reached", FALSE);
          if (set->skipped)
            cJSON_AddBoolToObject (object, "skipped", TRUE);
          cJSON_AddItemToArray (sets, object);
        }
      cJSON_AddItemToArray (exercises, item);
    }

  return root;
}

static gboolean
check_time (VastusCheck *check,
            const cJSON *object,
            const char  *key,
            gint64      *out)
{
  const cJSON *item = cJSON_GetObjectItemCaseSensitive (object, key);

  if (item == NULL)
    {
      vastus_check_add (check, key, _("is missing"));
      return FALSE;
    }
  if (!cJSON_IsString (item) || !vastus_time_from_iso8601 (item->valuestring, out))
    {
      vastus_check_add (check, key, _("must be a date and time like 2026-11-21T09:30:00+01:00"));
      return FALSE;
    }
  return TRUE;
}

/* A plain count read without a message per call: the common case must be
 * cheap, there are hundreds of thousands in ten years. */
static gboolean
get_count (VastusCheck *check,
           const cJSON *object,
           const char  *key,
           const char  *field,
           guint        max,
           guint       *out)
{
  const cJSON *item = cJSON_GetObjectItemCaseSensitive (object, key);

  if (item == NULL)
    return TRUE;
  if (cJSON_IsNumber (item) && item->valuedouble >= 0 && item->valuedouble <= max &&
      item->valuedouble == floor (item->valuedouble))
    {
      *out = (guint) item->valuedouble;
      return TRUE;
    }
  vastus_check_add (check, field, _("must be a whole number from 0 to %u"), max);
  return FALSE;
}

static gboolean
get_flag (VastusCheck *check,
          const cJSON *object,
          const char  *key,
          const char  *field,
          gboolean     fallback,
          gboolean    *out)
{
  const cJSON *item = cJSON_GetObjectItemCaseSensitive (object, key);

  *out = fallback;
  if (item == NULL)
    return TRUE;
  if (cJSON_IsBool (item))
    {
      *out = cJSON_IsTrue (item);
      return TRUE;
    }
  vastus_check_add (check, field, _("must be true or false"));
  return FALSE;
}

static const char *
get_text (const cJSON *object,
          const char  *key)
{
  const cJSON *item = cJSON_GetObjectItemCaseSensitive (object, key);

  return cJSON_IsString (item) && g_utf8_validate (item->valuestring, -1, NULL) ? item->valuestring : NULL;
}

/* One set, read in a single pass over its fields: ten years of sessions
 * hold a quarter of a million of them. Unknown fields are left for newer
 * versions. */
static gboolean
read_set (VastusCheck *check,
          const cJSON *object,
          VastusSetResult *set)
{
  const cJSON *field;

  set->reached = TRUE;
  if (!cJSON_IsObject (object))
    {
      vastus_check_add (check, "exercises.sets", _("must each be an object"));
      return FALSE;
    }

  cJSON_ArrayForEach (field, object)
    {
      const char *key = field->string;
      guint *count = NULL;
      gboolean *flag = NULL;
      guint max = 0;

      if (key == NULL)
        continue;
      if (g_str_equal (key, "set"))
        count = &set->set, max = 100;
      else if (g_str_equal (key, "planned_reps"))
        count = &set->planned_reps, max = 1000;
      else if (g_str_equal (key, "done_reps"))
        count = &set->done_reps, max = 1000;
      else if (g_str_equal (key, "planned_ms"))
        count = &set->planned_ms, max = 3600000;
      else if (g_str_equal (key, "done_ms"))
        count = &set->done_ms, max = 3600000;
      else if (g_str_equal (key, "reached"))
        flag = &set->reached;
      else if (g_str_equal (key, "skipped"))
        flag = &set->skipped;
      else if (g_str_equal (key, "leg"))
        {
          int leg = cJSON_IsString (field) ? vastus_names_find (leg_names, field->valuestring) : -1;

          if (leg <= 0)
            {
              vastus_check_add (check, "exercises.sets.leg", _("must be “left” or “right”"));
              return FALSE;
            }
          set->leg = (VastusLeg) leg;
          continue;
        }
      else
        continue;

      if (count != NULL)
        {
          if (!cJSON_IsNumber (field) || field->valuedouble < 0 || field->valuedouble > max ||
              field->valuedouble != floor (field->valuedouble))
            {
              g_autofree char *name = g_strconcat ("exercises.sets.", key, NULL);

              vastus_check_add (check, name, _("must be a whole number from 0 to %u"), max);
              return FALSE;
            }
          *count = (guint) field->valuedouble;
        }
      else
        {
          if (!cJSON_IsBool (field))
            {
              g_autofree char *name = g_strconcat ("exercises.sets.", key, NULL);

              vastus_check_add (check, name, _("must be true or false"));
              return FALSE;
            }
          *flag = cJSON_IsTrue (field);
        }
    }

  return TRUE;
}

/**
 * vastus_session_entry_new_from_json:
 * @check: where problems are reported, naming the field
 *
 * Returns: (transfer full) (nullable): the session, or %NULL with the
 * problems added to @check
 */
VastusSessionEntry *
vastus_session_entry_new_from_json (const cJSON *object,
                                    VastusCheck *check)
{
  g_autoptr (VastusSessionEntry) self = NULL;
  g_autoptr (GArray) sets = NULL;
  const char *id = get_text (object, "id");
  const char *ended = get_text (object, "ended");
  const cJSON *exercises, *item;
  guint before = vastus_check_count (check);
  gint64 start = 0, end = 0;
  guint active = 0;
  int reason;

  if (id == NULL || id[0] == '\0' || strlen (id) > 64)
    {
      vastus_check_add (check, "id", _("must be the session's id, a short text"));
      return NULL;
    }
  check_time (check, object, "start", &start);
  check_time (check, object, "end", &end);
  get_count (check, object, "active_s", "active_s", 7 * 24 * 3600, &active);
  reason = ended != NULL ? vastus_names_find (end_names, ended) : -1;
  if (reason <= 0)
    vastus_check_add (check, "ended", _("must be one of “completed”, “stopped”, “pain” or “red-flag”"));
  exercises = cJSON_GetObjectItemCaseSensitive (object, "exercises");
  if (!cJSON_IsArray (exercises))
    vastus_check_add (check, "exercises", _("must be a list"));
  if (vastus_check_count (check) > before)
    return NULL;

  self = vastus_session_entry_new (id, start, end);
  self->active = (gint64) active * G_USEC_PER_SEC;
  self->end_reason = (VastusEndReason) reason;
  self->shortened = cJSON_IsTrue (cJSON_GetObjectItemCaseSensitive (object, "shortened"));
  vastus_session_entry_set_program (self, get_text (object, "program"), get_text (object, "program_name"));

  sets = g_array_new (FALSE, TRUE, sizeof (VastusSetResult));
  cJSON_ArrayForEach (item, exercises)
    {
      const char *exercise_id = get_text (item, "id");
      const cJSON *set_list = cJSON_GetObjectItemCaseSensitive (item, "sets");
      const cJSON *set_item;

      if (exercise_id == NULL || exercise_id[0] == '\0' || !cJSON_IsArray (set_list))
        {
          vastus_check_add (check, "exercises", _("must each have an id and a list of sets"));
          return NULL;
        }

      g_array_set_size (sets, 0);
      cJSON_ArrayForEach (set_item, set_list)
        {
          VastusSetResult set = { 0 };

          if (!read_set (check, set_item, &set))
            return NULL;
          g_array_append_val (sets, set);
        }

      vastus_session_entry_add_exercise (self, exercise_id, get_text (item, "name"),
                                         (VastusSetResult *) (gpointer) sets->data, sets->len);
    }

  /* Newer fields: a bad one is said, and the session kept without it. */
  {
    const char *during = get_text (object, "ended_during");
    const cJSON *knee = cJSON_GetObjectItemCaseSensitive (object, "knee_hurt");

    if (during != NULL && during[0] != '\0' && strlen (during) <= 64)
      vastus_session_entry_set_ended_during (self, during);
    else if (cJSON_GetObjectItemCaseSensitive (object, "ended_during") != NULL)
      vastus_check_add (check, "ended_during", _("must be the id of an exercise of the session; left out"));
    if (knee != NULL && !cJSON_IsArray (knee))
      {
        vastus_check_add (check, "knee_hurt", _("must be a list; left out"));
        knee = NULL;
      }
    cJSON_ArrayForEach (item, knee)
      {
        const char *exercise_id = get_text (item, "id");
        const char *action = get_text (item, "action");
        int found = action != NULL ? vastus_names_find (knee_names, action) : -1;
        guint set = 1;

        if (exercise_id == NULL || exercise_id[0] == '\0' || found < 0 ||
            !get_count (check, item, "set", "knee_hurt.set", 100, &set))
          {
            vastus_check_add (check, "knee_hurt",
                              _("must each name an exercise, a set and an action (“easier”, “skipped”, “ended” or “warning-signs”); left out"));
            continue;
          }
        vastus_session_entry_add_knee_note (self, exercise_id, set, (VastusKneeAction) found);
      }
  }

  return g_steal_pointer (&self);
}

cJSON *
vastus_pain_log_to_json (const VastusPainLog *log,
                         const char          *session_id)
{
  cJSON *root = cJSON_CreateObject ();
  cJSON *exercises;

  cJSON_AddStringToObject (root, "type", "pain");
  cJSON_AddNumberToObject (root, "version", 1);
  cJSON_AddStringToObject (root, "session", session_id);
  add_time (root, "time", log->time);
  cJSON_AddNumberToObject (root, "during", log->during);
  cJSON_AddNumberToObject (root, "after", log->after);
  exercises = cJSON_AddArrayToObject (root, "exercises");
  for (guint i = 0; i < log->n_feels; i++)
    {
      cJSON *item = cJSON_CreateObject ();

      cJSON_AddStringToObject (item, "id", log->feels[i].exercise);
      if (log->feels[i].feel != VASTUS_FEEL_UNSET)
        cJSON_AddStringToObject (item, "feel", feel_names[log->feels[i].feel]);
      if (log->feels[i].hurt)
        cJSON_AddBoolToObject (item, "hurt", TRUE);
      cJSON_AddItemToArray (exercises, item);
    }
  if (log->notes != NULL && log->notes[0] != '\0')
    cJSON_AddStringToObject (root, "notes", log->notes);

  return root;
}

VastusPainLog *
vastus_pain_log_new_from_json (const cJSON *object,
                               VastusCheck *check)
{
  g_autoptr (VastusPainLog) log = NULL;
  const cJSON *exercises = cJSON_GetObjectItemCaseSensitive (object, "exercises");
  const cJSON *notes = cJSON_GetObjectItemCaseSensitive (object, "notes");
  const cJSON *item;
  guint before = vastus_check_count (check);
  int during = 0, after = 0;
  gint64 time = 0;

  check_time (check, object, "time", &time);
  vastus_check_int (check, object, "during", "during", TRUE, 0, VASTUS_PAIN_MAX, &during);
  vastus_check_int (check, object, "after", "after", TRUE, 0, VASTUS_PAIN_MAX, &after);
  if (notes != NULL && (!cJSON_IsString (notes) || !g_utf8_validate (notes->valuestring, -1, NULL)))
    vastus_check_add (check, "notes", _("must be text"));
  if (exercises != NULL && !cJSON_IsArray (exercises))
    vastus_check_add (check, "exercises", _("must be a list"));
  if (vastus_check_count (check) > before)
    return NULL;

  log = vastus_pain_log_new (during, after, notes != NULL ? notes->valuestring : NULL);
  log->time = time;

  cJSON_ArrayForEach (item, exercises)
    {
      const char *id = get_text (item, "id");
      const char *feel = get_text (item, "feel");
      gboolean hurt = FALSE;

      if (id == NULL || id[0] == '\0' ||
          (feel != NULL && vastus_feel_from_string (feel) == VASTUS_FEEL_UNSET) ||
          !get_flag (check, item, "hurt", "exercises.hurt", FALSE, &hurt))
        {
          if (vastus_check_count (check) == before)
            vastus_check_add (check, "exercises", _("must each name an exercise, with “feel” one of “too-easy”, “about-right” or “too-hard”"));
          return NULL;
        }
      vastus_pain_log_add_feel (log, id, vastus_feel_from_string (feel), hurt);
    }

  return g_steal_pointer (&log);
}
