/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "vastus-session"

#include "config.h"

#include "vastus-session.h"

#include <math.h>

/*
 * The session timer: a state machine over a plan's steps, on a clock. Every
 * step's end is an absolute deadline, and the next step starts at that
 * deadline rather than when the loop got round to it, so a slow main loop,
 * pausing or resuming never adds drift. The UI renders the state and sends
 * the commands: start, pause, resume, skip, back, done, stop.
 */
struct _VastusSession
{
  GObject             parent_instance;

  VastusClock        *clock;
  VastusPlan         *plan;
  GArray             *records;      /* VastusSetRecord, one per work step */
  GArray             *knee;         /* VastusKneeReport, in the order made */

  VastusSessionState  state;
  VastusEndReason     end_reason;
  guint               step;
  gint64              step_start;   /* clock time the step began, moved on by pauses */
  gint64              paused_at;
  gint64              started_at;
  gint64              finished_at;
  gint64              paused_total;
  gint64              wall_start;   /* real time, µs since the epoch */
  guint               deadline_id;
};

G_DEFINE_FINAL_TYPE (VastusSession, vastus_session, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_STATE,
  PROP_STEP,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
vastus_session_dispose (GObject *object)
{
  VastusSession *self = VASTUS_SESSION (object);

  if (self->clock != NULL)
    vastus_clock_remove_deadline (self->clock, self->deadline_id);
  self->deadline_id = 0;
  g_clear_object (&self->clock);
  g_clear_object (&self->plan);
  g_clear_pointer (&self->records, g_array_unref);
  g_clear_pointer (&self->knee, g_array_unref);

  G_OBJECT_CLASS (vastus_session_parent_class)->dispose (object);
}

static void
vastus_session_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  VastusSession *self = VASTUS_SESSION (object);

  switch (prop_id)
    {
    case PROP_STATE:
      g_value_set_int (value, self->state);
      break;
    case PROP_STEP:
      g_value_set_uint (value, self->step);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vastus_session_class_init (VastusSessionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = vastus_session_dispose;
  object_class->get_property = vastus_session_get_property;

  properties[PROP_STATE] = g_param_spec_int ("state", NULL, NULL, VASTUS_SESSION_READY,
                                             VASTUS_SESSION_FINISHED, VASTUS_SESSION_READY,
                                             G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  /* Notified at every step change, even to the same step (a restarted set). */
  properties[PROP_STEP] = g_param_spec_uint ("step", NULL, NULL, 0, G_MAXUINT, 0,
                                             G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
vastus_session_init (VastusSession *self)
{
  self->records = g_array_new (FALSE, FALSE, sizeof (VastusSetRecord));
  self->knee = g_array_new (FALSE, FALSE, sizeof (VastusKneeReport));
}

/**
 * vastus_session_new:
 *
 * Returns: (transfer full): a session ready to start on @plan
 */
VastusSession *
vastus_session_new (VastusClock *clock,
                    VastusPlan  *plan)
{
  VastusSession *self = g_object_new (VASTUS_TYPE_SESSION, NULL);

  self->clock = g_object_ref (clock);
  self->plan = g_object_ref (plan);

  for (guint i = 0; i < vastus_plan_get_n_steps (plan); i++)
    {
      const VastusPlanStep *step = vastus_plan_get_step (plan, i);
      VastusSetRecord record = { 0 };

      if (step->phase != VASTUS_PHASE_WORK)
        continue;
      record.step = i;
      record.exercise = step->exercise;
      record.set = step->set;
      record.leg = step->leg;
      record.planned_reps = step->reps;
      record.planned_duration = step->duration;
      g_array_append_val (self->records, record);
    }

  return self;
}

VastusPlan *
vastus_session_get_plan (VastusSession *self)
{
  g_return_val_if_fail (VASTUS_IS_SESSION (self), NULL);
  return self->plan;
}

VastusClock *
vastus_session_get_clock (VastusSession *self)
{
  g_return_val_if_fail (VASTUS_IS_SESSION (self), NULL);
  return self->clock;
}

static const VastusPlanStep *
current (VastusSession *self)
{
  return vastus_plan_get_step (self->plan, self->step);
}

static VastusSetRecord *
record_for (VastusSession *self,
            guint          step)
{
  for (guint i = 0; i < self->records->len; i++)
    if (g_array_index (self->records, VastusSetRecord, i).step == step)
      return &g_array_index (self->records, VastusSetRecord, i);
  return NULL;
}

static void
set_state (VastusSession      *self,
           VastusSessionState  state)
{
  if (self->state == state)
    return;
  if (state == VASTUS_SESSION_FINISHED)
    {
      gint64 now = vastus_clock_now (self->clock);

      if (self->state == VASTUS_SESSION_PAUSED)
        self->paused_total += now - self->paused_at;
      self->finished_at = now;
    }
  self->state = state;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
}

static void deadline_cb (gpointer user_data);

static void
cancel_deadline (VastusSession *self)
{
  vastus_clock_remove_deadline (self->clock, self->deadline_id);
  self->deadline_id = 0;
}

/* Counted sets wait for Done; every other step ends at its deadline. */
static void
schedule (VastusSession *self)
{
  const VastusPlanStep *step = current (self);

  cancel_deadline (self);
  if (self->state != VASTUS_SESSION_RUNNING || step->phase == VASTUS_PHASE_DONE)
    return;
  if (step->phase == VASTUS_PHASE_WORK && step->work == VASTUS_WORK_COUNTED)
    return;

  self->deadline_id = vastus_clock_add_deadline (self->clock, self->step_start + step->duration,
                                                 deadline_cb, self);
}

static guint
reps_in (VastusSession *self,
         gint64         elapsed)
{
  const VastusPlanStep *step = current (self);
  double rep_seconds = vastus_dose_rep_seconds (vastus_plan_get_dose (self->plan, step->exercise));

  if (rep_seconds <= 0)
    return 0;
  return MIN (step->reps, (guint) floor (elapsed / (rep_seconds * G_USEC_PER_SEC)));
}

/* Writes down what was done of the current work step. */
static void
record_work (VastusSession *self,
             gint64         elapsed,
             int            counted_reps,
             gboolean       skipped)
{
  const VastusPlanStep *step = current (self);
  VastusSetRecord *record;

  if (step->phase != VASTUS_PHASE_WORK || (record = record_for (self, self->step)) == NULL)
    return;

  record->reached = TRUE;
  record->skipped = skipped;
  switch (step->work)
    {
    case VASTUS_WORK_HOLD:
      record->done_duration = MIN (elapsed, step->duration);
      break;
    case VASTUS_WORK_PACED:
      record->done_duration = MIN (elapsed, step->duration);
      record->done_reps = elapsed >= step->duration ? step->reps : reps_in (self, elapsed);
      break;
    case VASTUS_WORK_COUNTED:
    default:
      record->done_duration = elapsed;
      record->done_reps = counted_reps >= 0 ? (guint) counted_reps : (skipped ? 0 : step->reps);
      break;
    }
}

static void
go_to (VastusSession *self,
       guint          step,
       gint64         start)
{
  VastusSetRecord *record;

  self->step = MIN (step, vastus_plan_get_n_steps (self->plan) - 1);
  self->step_start = start;
  if (self->state == VASTUS_SESSION_PAUSED)
    self->paused_at = start;

  /* A set gone back to is done again: what was written of it is undone. */
  record = record_for (self, self->step);
  if (record != NULL)
    {
      record->reached = TRUE;
      record->skipped = FALSE;
      record->done_reps = 0;
      record->done_duration = 0;
    }

  if (current (self)->phase == VASTUS_PHASE_DONE)
    {
      cancel_deadline (self);
      self->end_reason = VASTUS_END_COMPLETED;
      set_state (self, VASTUS_SESSION_FINISHED);
    }
  else
    schedule (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STEP]);
}

static void
deadline_cb (gpointer user_data)
{
  VastusSession *self = user_data;
  const VastusPlanStep *step = current (self);
  gint64 end = self->step_start + step->duration;

  self->deadline_id = 0;
  record_work (self, step->duration, -1, FALSE);
  /* The next step starts when this one was due to end, not when we woke. */
  go_to (self, self->step + 1, end);
}

/**
 * vastus_session_start:
 *
 * Starts the first step now.
 */
void
vastus_session_start (VastusSession *self)
{
  vastus_session_start_at (self, 0);
}

/**
 * vastus_session_start_at:
 * @step: the step to start at, as when resuming an interrupted session
 */
void
vastus_session_start_at (VastusSession *self,
                         guint          step)
{
  g_return_if_fail (VASTUS_IS_SESSION (self));
  g_return_if_fail (self->state == VASTUS_SESSION_READY);

  /* Sets before the step were done in the interrupted session. */
  for (guint i = 0; i < self->records->len; i++)
    {
      VastusSetRecord *record = &g_array_index (self->records, VastusSetRecord, i);

      if (record->step < step)
        {
          record->reached = TRUE;
          record->done_reps = record->planned_reps;
          record->done_duration = record->planned_duration;
        }
    }

  self->started_at = vastus_clock_now (self->clock);
  if (self->wall_start == 0)
    self->wall_start = g_get_real_time ();
  set_state (self, VASTUS_SESSION_RUNNING);
  go_to (self, step, self->started_at);
}

void
vastus_session_pause (VastusSession *self)
{
  g_return_if_fail (VASTUS_IS_SESSION (self));

  if (self->state != VASTUS_SESSION_RUNNING)
    return;

  cancel_deadline (self);
  self->paused_at = vastus_clock_now (self->clock);
  set_state (self, VASTUS_SESSION_PAUSED);
}

void
vastus_session_resume (VastusSession *self)
{
  g_return_if_fail (VASTUS_IS_SESSION (self));

  if (self->state != VASTUS_SESSION_PAUSED)
    return;

  /* The step resumes where it was: its start moves on by the pause. */
  self->step_start += vastus_clock_now (self->clock) - self->paused_at;
  self->paused_total += vastus_clock_now (self->clock) - self->paused_at;
  set_state (self, VASTUS_SESSION_RUNNING);
  schedule (self);
}

static gboolean
is_active (VastusSession *self)
{
  return self->state == VASTUS_SESSION_RUNNING || self->state == VASTUS_SESSION_PAUSED;
}

static gint64
now_for_step (VastusSession *self)
{
  return self->state == VASTUS_SESSION_PAUSED ? self->paused_at : vastus_clock_now (self->clock);
}

/**
 * vastus_session_skip:
 *
 * Ends the current step now: a set is written down as skipped with what was
 * done of it, a rest or a countdown is cut short. A skipped set leaves no
 * rest behind it: the next set, or the next exercise's get-ready, follows.
 */
void
vastus_session_skip (VastusSession *self)
{
  guint next;

  g_return_if_fail (VASTUS_IS_SESSION (self));

  if (!is_active (self))
    return;

  next = self->step + 1;
  if (current (self)->phase == VASTUS_PHASE_WORK)
    while (vastus_plan_get_step (self->plan, next)->phase == VASTUS_PHASE_REST_SET ||
           vastus_plan_get_step (self->plan, next)->phase == VASTUS_PHASE_REST_EXERCISE)
      next++;
  record_work (self, vastus_session_get_elapsed (self), -1, TRUE);
  go_to (self, next, now_for_step (self));
}

/**
 * vastus_session_back:
 *
 * Restarts the current set when it has run a little, otherwise goes back to
 * the set before, to do it again.
 */
void
vastus_session_back (VastusSession *self)
{
  const VastusPlanStep *step;
  guint target;

  g_return_if_fail (VASTUS_IS_SESSION (self));

  if (!is_active (self))
    return;

  step = current (self);
  target = self->step;
  if (step->phase != VASTUS_PHASE_WORK || vastus_session_get_elapsed (self) < VASTUS_BACK_RESTARTS_AFTER)
    {
      /* The work step before this one, or the very first step. */
      guint i = self->step;

      while (i > 0 && vastus_plan_get_step (self->plan, --i)->phase != VASTUS_PHASE_WORK)
        ;
      target = vastus_plan_get_step (self->plan, i)->phase == VASTUS_PHASE_WORK ? i : 0;
    }

  go_to (self, target, now_for_step (self));
}

/**
 * vastus_session_done:
 * @reps: the reps done in a counted set, or -1 for as many as planned
 *
 * Ends the current set: the person has finished counting, or stops a hold
 * early. On any other step it is the same as skipping it.
 */
void
vastus_session_done (VastusSession *self,
                     int            reps)
{
  g_return_if_fail (VASTUS_IS_SESSION (self));

  if (!is_active (self))
    return;

  record_work (self, vastus_session_get_elapsed (self), reps, FALSE);
  go_to (self, self->step + 1, now_for_step (self));
}

/**
 * vastus_session_stop:
 * @reason: why the session ends
 *
 * Ends the session now, writing down what was done of the current set.
 */
void
vastus_session_stop (VastusSession   *self,
                     VastusEndReason  reason)
{
  g_return_if_fail (VASTUS_IS_SESSION (self));

  if (self->state == VASTUS_SESSION_FINISHED)
    return;

  if (is_active (self))
    record_work (self, vastus_session_get_elapsed (self), -1, FALSE);
  cancel_deadline (self);
  self->end_reason = reason;
  set_state (self, VASTUS_SESSION_FINISHED);
}

VastusSessionState
vastus_session_get_state (VastusSession *self)
{
  g_return_val_if_fail (VASTUS_IS_SESSION (self), VASTUS_SESSION_READY);
  return self->state;
}

VastusEndReason
vastus_session_get_end_reason (VastusSession *self)
{
  g_return_val_if_fail (VASTUS_IS_SESSION (self), VASTUS_END_NONE);
  return self->end_reason;
}

guint
vastus_session_get_step_index (VastusSession *self)
{
  g_return_val_if_fail (VASTUS_IS_SESSION (self), 0);
  return self->step;
}

const VastusPlanStep *
vastus_session_get_step (VastusSession *self)
{
  g_return_val_if_fail (VASTUS_IS_SESSION (self), NULL);
  return current (self);
}

/**
 * vastus_session_get_step_start:
 *
 * Returns: the clock time the current step began, moved on by any pauses
 */
gint64
vastus_session_get_step_start (VastusSession *self)
{
  g_return_val_if_fail (VASTUS_IS_SESSION (self), 0);
  return self->step_start;
}

/**
 * vastus_session_get_elapsed:
 *
 * Returns: how long the current step has run, not counting pauses
 */
gint64
vastus_session_get_elapsed (VastusSession *self)
{
  g_return_val_if_fail (VASTUS_IS_SESSION (self), 0);

  if (!is_active (self))
    return 0;
  return MAX (0, now_for_step (self) - self->step_start);
}

/**
 * vastus_session_get_remaining:
 *
 * Returns: how long the current step has left, or 0 for a counted set
 */
gint64
vastus_session_get_remaining (VastusSession *self)
{
  const VastusPlanStep *step;

  g_return_val_if_fail (VASTUS_IS_SESSION (self), 0);

  step = current (self);
  if (!is_active (self) || (step->phase == VASTUS_PHASE_WORK && step->work == VASTUS_WORK_COUNTED))
    return 0;
  return MAX (0, step->duration - vastus_session_get_elapsed (self));
}

/**
 * vastus_session_get_rep:
 * @rep: (out): the rep under way, from 0
 * @tempo_phase: (out): the phase of the dose's tempo within it
 * @phase_remaining: (out): how long that phase has left
 *
 * Where a paced set is.
 *
 * Returns: %FALSE when the current step is not a paced set
 */
gboolean
vastus_session_get_rep (VastusSession *self,
                        guint         *rep,
                        guint         *tempo_phase,
                        gint64        *phase_remaining)
{
  const VastusPlanStep *step;
  const VastusDose *dose;
  gint64 elapsed, rep_length, into;

  g_return_val_if_fail (VASTUS_IS_SESSION (self), FALSE);

  step = current (self);
  if (!is_active (self) || step->phase != VASTUS_PHASE_WORK || step->work != VASTUS_WORK_PACED)
    return FALSE;

  dose = vastus_plan_get_dose (self->plan, step->exercise);
  rep_length = (gint64) (vastus_dose_rep_seconds (dose) * G_USEC_PER_SEC);
  elapsed = MIN (vastus_session_get_elapsed (self), step->duration - 1);
  *rep = (guint) (elapsed / rep_length);
  into = elapsed - *rep * rep_length;

  for (guint i = 0; i < dose->n_tempo; i++)
    {
      gint64 length = (gint64) (dose->tempo[i].seconds * G_USEC_PER_SEC);

      if (into < length || i + 1 == dose->n_tempo)
        {
          *tempo_phase = i;
          *phase_remaining = MAX (0, length - into);
          return TRUE;
        }
      into -= length;
    }

  *tempo_phase = 0;
  *phase_remaining = 0;
  return TRUE;
}

/**
 * vastus_session_get_records:
 *
 * Returns: (transfer none) (element-type VastusSetRecord): one record per set
 *   and leg, in plan order
 */
GArray *
vastus_session_get_records (VastusSession *self)
{
  g_return_val_if_fail (VASTUS_IS_SESSION (self), NULL);
  return self->records;
}

/**
 * vastus_session_get_active_time:
 *
 * Returns: how long the session has run, from its start to now or to its
 *   end, not counting pauses
 */
gint64
vastus_session_get_active_time (VastusSession *self)
{
  gint64 end;

  g_return_val_if_fail (VASTUS_IS_SESSION (self), 0);

  switch (self->state)
    {
    case VASTUS_SESSION_READY:
      return 0;
    case VASTUS_SESSION_FINISHED:
      end = self->finished_at;
      break;
    case VASTUS_SESSION_PAUSED:
      end = self->paused_at;
      break;
    case VASTUS_SESSION_RUNNING:
    default:
      end = vastus_clock_now (self->clock);
      break;
    }
  return MAX (0, end - self->started_at - self->paused_total);
}

/**
 * vastus_session_count_sets:
 * @done: (out): sets done, each leg counted
 * @skipped: (out): sets skipped
 * @missed: (out): sets not reached, as when the session was ended early
 */
void
vastus_session_count_sets (VastusSession *self,
                           guint         *done,
                           guint         *skipped,
                           guint         *missed)
{
  g_return_if_fail (VASTUS_IS_SESSION (self));

  *done = *skipped = *missed = 0;
  for (guint i = 0; i < self->records->len; i++)
    {
      const VastusSetRecord *record = &g_array_index (self->records, VastusSetRecord, i);

      if (record->skipped)
        (*skipped)++;
      else if (record->reached)
        (*done)++;
      else
        (*missed)++;
    }
}

/**
 * vastus_session_get_wall_start:
 *
 * Returns: when the session began, in real time (µs since the epoch), for
 *   the journal; 0 before it starts
 */
gint64
vastus_session_get_wall_start (VastusSession *self)
{
  g_return_val_if_fail (VASTUS_IS_SESSION (self), 0);
  return self->wall_start;
}

/* A resumed session began when the interrupted one did. */
void
vastus_session_set_wall_start (VastusSession *self,
                               gint64         wall_start)
{
  g_return_if_fail (VASTUS_IS_SESSION (self));
  self->wall_start = wall_start;
}

/* "My Knee Hurts" */

/**
 * vastus_session_get_exercise_under_way:
 *
 * Returns: the index of the exercise being done, or just done during the
 *   rest that follows it; %G_MAXUINT before the first one starts or after
 *   the session
 */
guint
vastus_session_get_exercise_under_way (VastusSession *self)
{
  const VastusPlanStep *step;

  g_return_val_if_fail (VASTUS_IS_SESSION (self), G_MAXUINT);

  step = current (self);
  if (self->state == VASTUS_SESSION_READY || step->phase == VASTUS_PHASE_DONE)
    return G_MAXUINT;
  /* The rest between exercises belongs to the one coming; the one that
   * may have hurt is the one before it. */
  if (step->phase == VASTUS_PHASE_REST_EXERCISE)
    return step->exercise > 0 ? step->exercise - 1 : G_MAXUINT;
  return step->exercise;
}

static void
add_knee_report (VastusSession    *self,
                 guint             exercise,
                 guint             set,
                 VastusLeg         leg,
                 VastusKneeAction  action,
                 const VastusDose *dose)
{
  VastusKneeReport report = { .exercise = exercise, .set = set, .action = action, .leg = leg };

  if (dose != NULL)
    report.dose = *dose;
  g_array_append_val (self->knee, report);
}

/**
 * vastus_session_report_knee:
 *
 * Writes down that the knee hurt during the exercise under way, and what
 * the person chose. Easing and skipping write their own reports.
 */
void
vastus_session_report_knee (VastusSession    *self,
                            VastusKneeAction  action)
{
  const VastusPlanStep *step;
  guint exercise;

  g_return_if_fail (VASTUS_IS_SESSION (self));

  exercise = vastus_session_get_exercise_under_way (self);
  if (exercise == G_MAXUINT)
    return;
  /* In the rest after an exercise, it hurt after that exercise's last set:
   * the step just before the rest. */
  step = current (self)->phase == VASTUS_PHASE_REST_EXERCISE
         ? vastus_plan_get_step (self->plan, self->step - 1) : current (self);
  add_knee_report (self, exercise, step->set, step->leg, action, NULL);
}

/* The step of the new plan that stands where @old stood in the old one. */
static guint
same_step (VastusPlan           *plan,
           const VastusPlanStep *old)
{
  guint n = vastus_plan_get_n_steps (plan);

  for (guint i = 0; i < n; i++)
    {
      const VastusPlanStep *step = vastus_plan_get_step (plan, i);

      if (step->phase == old->phase && step->exercise == old->exercise &&
          (step->phase == VASTUS_PHASE_PREPARE || step->phase == VASTUS_PHASE_REST_EXERCISE ||
           (step->set == old->set && step->leg == old->leg)))
        return i;
    }

  /* The set is gone: on to whatever follows the exercise. */
  for (guint i = 0; i < n; i++)
    if (vastus_plan_get_step (plan, i)->exercise > old->exercise ||
        vastus_plan_get_step (plan, i)->phase == VASTUS_PHASE_DONE)
      return i;
  return n - 1;
}

/**
 * vastus_session_ease:
 * @dose: the easier dose for the rest of today
 *
 * Makes the exercise under way easier for the rest of the session: the set
 * under way starts again at @dose, and so do the sets after it. What was
 * done before stays written down as it was.
 *
 * Returns: %FALSE when no exercise is under way, or it has no sets left
 */
gboolean
vastus_session_ease (VastusSession    *self,
                     const VastusDose *dose)
{
  const VastusPlanStep *step;
  g_autoptr (VastusPlan) plan = NULL;
  g_autoptr (GArray) records = NULL;
  VastusPlanStep old;
  guint from_set, target;
  VastusLeg from_leg;

  g_return_val_if_fail (VASTUS_IS_SESSION (self), FALSE);
  g_return_val_if_fail (dose != NULL, FALSE);

  step = current (self);
  if (!is_active (self) || step->phase == VASTUS_PHASE_DONE || step->phase == VASTUS_PHASE_REST_EXERCISE)
    return FALSE;

  old = *step;
  from_set = step->phase == VASTUS_PHASE_PREPARE ? 0 : step->set;
  from_leg = step->phase == VASTUS_PHASE_PREPARE ? VASTUS_LEG_NONE : step->leg;
  plan = vastus_plan_new_eased (self->plan, step->exercise, from_set, from_leg, dose);

  /* Records follow their set and leg into the new plan. */
  records = g_array_new (FALSE, FALSE, sizeof (VastusSetRecord));
  for (guint i = 0; i < vastus_plan_get_n_steps (plan); i++)
    {
      const VastusPlanStep *new_step = vastus_plan_get_step (plan, i);
      VastusSetRecord record = { 0 };

      if (new_step->phase != VASTUS_PHASE_WORK)
        continue;
      record.exercise = new_step->exercise;
      record.set = new_step->set;
      record.leg = new_step->leg;
      record.planned_reps = new_step->reps;
      record.planned_duration = new_step->duration;
      for (guint k = 0; k < self->records->len; k++)
        {
          const VastusSetRecord *was = &g_array_index (self->records, VastusSetRecord, k);

          if (was->exercise == record.exercise && was->set == record.set && was->leg == record.leg)
            {
              /* Sets before the easier dose stay as they were, and so does
               * the first leg of a one-leg set eased on its second leg. */
              if (new_step->exercise != old.exercise || was->step < self->step)
                record = *was;
              break;
            }
        }
      record.step = i;
      g_array_append_val (records, record);
    }

  target = same_step (plan, &old);
  add_knee_report (self, old.exercise, from_set, from_leg, VASTUS_KNEE_EASIER, dose);
  g_set_object (&self->plan, plan);
  g_array_unref (self->records);
  self->records = g_steal_pointer (&records);
  go_to (self, target, now_for_step (self));
  return TRUE;
}

static guint
first_step_after (VastusSession *self,
                  guint          exercise)
{
  guint n = vastus_plan_get_n_steps (self->plan);

  for (guint i = self->step; i < n; i++)
    {
      const VastusPlanStep *step = vastus_plan_get_step (self->plan, i);

      /* The next exercise starts with its get-ready: no rest before it. */
      if (step->phase == VASTUS_PHASE_DONE ||
          (step->exercise > exercise && step->phase == VASTUS_PHASE_PREPARE))
        return i;
    }
  return n - 1;
}

/**
 * vastus_session_can_skip_exercise:
 *
 * Returns: whether the exercise under way has anything left to skip
 */
gboolean
vastus_session_can_skip_exercise (VastusSession *self)
{
  const VastusPlanStep *step;

  g_return_val_if_fail (VASTUS_IS_SESSION (self), FALSE);

  step = current (self);
  return is_active (self) && step->phase != VASTUS_PHASE_DONE && step->phase != VASTUS_PHASE_REST_EXERCISE;
}

/**
 * vastus_session_skip_exercise:
 *
 * Skips the rest of the exercise under way, and goes on to the next one's
 * get-ready. Its remaining sets are written down as skipped.
 */
void
vastus_session_skip_exercise (VastusSession *self)
{
  guint exercise, target;

  g_return_if_fail (VASTUS_IS_SESSION (self));

  if (!vastus_session_can_skip_exercise (self))
    return;

  exercise = current (self)->exercise;
  record_work (self, vastus_session_get_elapsed (self), -1, TRUE);
  target = first_step_after (self, exercise);
  for (guint i = 0; i < self->records->len; i++)
    {
      VastusSetRecord *record = &g_array_index (self->records, VastusSetRecord, i);

      if (record->exercise == exercise && record->step > self->step && record->step < target)
        {
          record->reached = TRUE;
          record->skipped = TRUE;
        }
    }
  go_to (self, target, now_for_step (self));
}

/**
 * vastus_session_add_knee_report:
 *
 * Takes back a report made before the session was interrupted. An easier
 * dose is already in the plan the session was resumed on.
 */
void
vastus_session_add_knee_report (VastusSession          *self,
                                const VastusKneeReport *report)
{
  g_return_if_fail (VASTUS_IS_SESSION (self));
  g_return_if_fail (report != NULL);

  g_array_append_val (self->knee, *report);
}

/**
 * vastus_session_get_knee_reports:
 *
 * Returns: (transfer none) (element-type VastusKneeReport): each time the
 *   knee hurt and what was chosen, in order
 */
GArray *
vastus_session_get_knee_reports (VastusSession *self)
{
  g_return_val_if_fail (VASTUS_IS_SESSION (self), NULL);
  return self->knee;
}
