/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "vastus-coach"

#include "config.h"

#include "vastus-coach.h"

#include <glib/gi18n.h>

/*
 * What the coach says during a session, and when. The moments (a new step,
 * halfway through a long hold, 10 s left, 3-2-1, a paced rep's next phase) are
 * deadlines on the session's clock, set again whenever the session changes
 * step or is paused and resumed, so that they never drift from the timer and
 * nothing runs every second. The words shown and announced are made here too,
 * so that the screen only lays them out.
 */
struct _VastusCoach
{
  GObject        parent_instance;

  VastusSession *session;
  GPtrArray     *pending;   /* Pending */
};

typedef struct
{
  VastusCoach   *coach;
  VastusCueKind  kind;
  guint          count;
  guint          id;
} Pending;

G_DEFINE_FINAL_TYPE (VastusCoach, vastus_coach, G_TYPE_OBJECT)

enum {
  CUE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
cancel_all (VastusCoach *self)
{
  VastusClock *clock = vastus_session_get_clock (self->session);

  for (guint i = 0; i < self->pending->len; i++)
    vastus_clock_remove_deadline (clock, ((Pending *) g_ptr_array_index (self->pending, i))->id);
  g_ptr_array_set_size (self->pending, 0);
}

static void fire (gpointer user_data);

static void
add (VastusCoach   *self,
     gint64         at,
     VastusCueKind  kind,
     guint          count)
{
  VastusClock *clock = vastus_session_get_clock (self->session);
  Pending *pending;

  /* A moment already passed, as when resuming, is not said again. */
  if (at <= vastus_clock_now (clock))
    return;

  pending = g_new0 (Pending, 1);
  pending->coach = self;
  pending->kind = kind;
  pending->count = count;
  g_ptr_array_add (self->pending, pending);
  pending->id = vastus_clock_add_deadline (clock, at, fire, pending);
}

static gboolean
is_paced (const VastusPlanStep *step)
{
  return step->phase == VASTUS_PHASE_WORK && step->work == VASTUS_WORK_PACED;
}

/* The next phase change within a paced set, but not the set's own end. */
static void
add_next_tempo (VastusCoach *self)
{
  VastusPlan *plan = vastus_session_get_plan (self->session);
  const VastusPlanStep *step = vastus_session_get_step (self->session);
  gint64 now = vastus_clock_now (vastus_session_get_clock (self->session));
  gint64 end = now + vastus_session_get_remaining (self->session);
  guint rep, phase, n_tempo;
  gint64 phase_remaining;

  if (!vastus_session_get_rep (self->session, &rep, &phase, &phase_remaining))
    return;

  n_tempo = vastus_plan_get_dose (plan, step->exercise)->n_tempo;
  if (n_tempo > 0 && now + phase_remaining < end)
    add (self, now + phase_remaining, VASTUS_CUE_TEMPO, (phase + 1) % n_tempo);
}

static void
reschedule (VastusCoach *self)
{
  const VastusPlanStep *step = vastus_session_get_step (self->session);
  gint64 now, end, start;

  cancel_all (self);

  if (vastus_session_get_state (self->session) != VASTUS_SESSION_RUNNING ||
      step->phase == VASTUS_PHASE_DONE || step->duration <= 0 ||
      (step->phase == VASTUS_PHASE_WORK && step->work == VASTUS_WORK_COUNTED))
    return;

  now = vastus_clock_now (vastus_session_get_clock (self->session));
  end = now + vastus_session_get_remaining (self->session);
  start = end - step->duration;

  if (is_paced (step))
    {
      /* Paced reps keep their own rhythm: ticks, no countdown over them. */
      add_next_tempo (self);
      return;
    }

  if (step->duration >= VASTUS_CUE_LONG_STEP_SECONDS * G_USEC_PER_SEC)
    {
      if (step->phase == VASTUS_PHASE_WORK)
        add (self, start + step->duration / 2, VASTUS_CUE_HALFWAY, 0);
      add (self, end - 10 * G_USEC_PER_SEC, VASTUS_CUE_TEN_SECONDS, 10);
    }

  if (step->duration > VASTUS_CUE_COUNTDOWN_FROM * G_USEC_PER_SEC)
    for (guint count = VASTUS_CUE_COUNTDOWN_FROM; count > 0; count--)
      add (self, end - count * G_USEC_PER_SEC, VASTUS_CUE_COUNTDOWN, count);
}

static void
fire (gpointer user_data)
{
  Pending *pending = user_data;
  VastusCoach *self = pending->coach;
  VastusCueKind kind = pending->kind;
  guint count = pending->count;

  /* Fired: forget it without removing it from the clock. */
  pending->id = 0;
  g_ptr_array_remove_fast (self->pending, pending);

  g_object_ref (self);
  if (kind == VASTUS_CUE_TEMPO)
    add_next_tempo (self);
  g_signal_emit (self, signals[CUE], 0, kind, count);
  g_object_unref (self);
}

static void
step_changed_cb (VastusCoach *self)
{
  VastusSessionState state = vastus_session_get_state (self->session);

  reschedule (self);

  /* A session the person stopped has no next step to tell of. */
  if (state == VASTUS_SESSION_READY ||
      (state == VASTUS_SESSION_FINISHED &&
       vastus_session_get_end_reason (self->session) != VASTUS_END_COMPLETED))
    return;

  g_signal_emit (self, signals[CUE], 0, VASTUS_CUE_PHASE, vastus_session_get_step_index (self->session));
}

static void
vastus_coach_dispose (GObject *object)
{
  VastusCoach *self = VASTUS_COACH (object);

  if (self->session != NULL)
    {
      cancel_all (self);
      g_signal_handlers_disconnect_by_data (self->session, self);
      g_clear_object (&self->session);
    }

  G_OBJECT_CLASS (vastus_coach_parent_class)->dispose (object);
}

static void
vastus_coach_finalize (GObject *object)
{
  VastusCoach *self = VASTUS_COACH (object);

  g_ptr_array_unref (self->pending);

  G_OBJECT_CLASS (vastus_coach_parent_class)->finalize (object);
}

static void
vastus_coach_class_init (VastusCoachClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = vastus_coach_dispose;
  object_class->finalize = vastus_coach_finalize;

  /**
   * VastusCoach::cue:
   * @kind: a #VastusCueKind
   * @count: the step, the number counted down, or the tempo phase
   */
  signals[CUE] = g_signal_new ("cue", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                               NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_UINT, G_TYPE_UINT);
}

static void
vastus_coach_init (VastusCoach *self)
{
  self->pending = g_ptr_array_new_with_free_func (g_free);
}

/**
 * vastus_coach_new:
 *
 * Returns: (transfer full): a coach following @session, from its next change
 */
VastusCoach *
vastus_coach_new (VastusSession *session)
{
  VastusCoach *self;

  g_return_val_if_fail (VASTUS_IS_SESSION (session), NULL);

  self = g_object_new (VASTUS_TYPE_COACH, NULL);
  self->session = g_object_ref (session);
  g_signal_connect_swapped (session, "notify::step", G_CALLBACK (step_changed_cb), self);
  g_signal_connect_swapped (session, "notify::state", G_CALLBACK (reschedule), self);
  reschedule (self);

  return self;
}

VastusSession *
vastus_coach_get_session (VastusCoach *self)
{
  g_return_val_if_fail (VASTUS_IS_COACH (self), NULL);
  return self->session;
}

/* Words */

static const char *
leg_name (VastusLeg leg)
{
  switch (leg)
    {
    case VASTUS_LEG_LEFT: return _("left leg");
    case VASTUS_LEG_RIGHT: return _("right leg");
    case VASTUS_LEG_NONE:
    default: return NULL;
    }
}

/* A time as it is said: "45 seconds", "1 minute 30 seconds". */
static char *
spoken_seconds (int seconds)
{
  int minutes = seconds / 60;
  int rest = seconds % 60;

  if (minutes == 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d second", "%d seconds", rest), rest);
  if (rest == 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d minute", "%d minutes", minutes), minutes);

  {
    g_autofree char *m = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d minute", "%d minutes", minutes), minutes);
    g_autofree char *s = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d second", "%d seconds", rest), rest);
    /* Translators: minutes and seconds, as in "1 minute 30 seconds" */
    return g_strdup_printf (_("%s %s"), m, s);
  }
}

static int
whole_seconds (gint64 microseconds)
{
  return (int) ((microseconds + G_USEC_PER_SEC - 1) / G_USEC_PER_SEC);
}

/* The set a step belongs to or leads to: itself, or the next work step. */
static const VastusPlanStep *
work_step_for (VastusPlan *plan,
               guint       index)
{
  for (guint i = index; i < vastus_plan_get_n_steps (plan); i++)
    {
      const VastusPlanStep *step = vastus_plan_get_step (plan, i);

      if (step->phase == VASTUS_PHASE_WORK)
        return step;
      if (step->phase == VASTUS_PHASE_DONE)
        break;
    }
  return NULL;
}

static char *
set_words (const VastusPlanStep *work)
{
  const char *leg = leg_name (work->leg);

  /* A single set needs no counting, only the leg. */
  if (work->n_sets == 1)
    return g_strdup (work->leg == VASTUS_LEG_LEFT ? _("Left leg")
                     : work->leg == VASTUS_LEG_RIGHT ? _("Right leg") : "");

  if (leg != NULL)
    /* Translators: as in "Set 2 of 3 · left leg" */
    return g_strdup_printf (_("Set %u of %u · %s"), work->set + 1, work->n_sets, leg);
  return g_strdup_printf (_("Set %u of %u"), work->set + 1, work->n_sets);
}

/**
 * vastus_coach_describe_set:
 *
 * Returns: which set a step is or leads to: "Set 2 of 3 · left leg", or an
 *   empty string at the end
 */
char *
vastus_coach_describe_set (VastusPlan *plan,
                           guint       step)
{
  const VastusPlanStep *work;

  g_return_val_if_fail (VASTUS_IS_PLAN (plan), NULL);

  work = work_step_for (plan, step);
  return work != NULL ? set_words (work) : g_strdup ("");
}

/* A timed set that is movement, not a held position: a warm-up, marching,
 * rolling. */
static gboolean
keeps_moving (VastusExercise *exercise)
{
  switch (vastus_exercise_get_category (exercise))
    {
    case VASTUS_CATEGORY_WARM_UP:
    case VASTUS_CATEGORY_COOL_DOWN:
    case VASTUS_CATEGORY_MOBILITY:
    case VASTUS_CATEGORY_RELEASE:
      return TRUE;
    case VASTUS_CATEGORY_STRENGTH:
    case VASTUS_CATEGORY_ISOMETRIC:
    case VASTUS_CATEGORY_STRETCH:
    case VASTUS_N_CATEGORIES:
    default:
      return FALSE;
    }
}

/**
 * vastus_coach_describe_phase:
 *
 * Returns: the phase in words: "Get ready", "Hold", "Lower slowly", "Rest",
 *   "Switch to your left leg"
 */
char *
vastus_coach_describe_phase (VastusSession *session)
{
  const VastusPlanStep *step;

  g_return_val_if_fail (VASTUS_IS_SESSION (session), NULL);

  step = vastus_session_get_step (session);
  switch (step->phase)
    {
    case VASTUS_PHASE_PREPARE:
      return g_strdup (_("Get ready"));

    case VASTUS_PHASE_WORK:
      switch (step->work)
        {
        case VASTUS_WORK_HOLD:
          {
            VastusExercise *exercise = vastus_plan_get_exercise (vastus_session_get_plan (session), step->exercise);
            const char *stage = vastus_exercise_get_stage_at (exercise,
                                                              (double) vastus_session_get_elapsed (session) / G_USEC_PER_SEC);

            if (stage != NULL)
              return g_strdup (stage);
            if (keeps_moving (exercise))
              return g_strdup (_("Keep going"));
            return g_strdup (_("Hold"));
          }
        case VASTUS_WORK_PACED:
          {
            const VastusDose *dose = vastus_plan_get_dose (vastus_session_get_plan (session), step->exercise);
            guint rep, phase;
            gint64 remaining;

            if (vastus_session_get_rep (session, &rep, &phase, &remaining) && phase < dose->n_tempo)
              return g_strdup (vastus_tempo_cue_label (dose->tempo[phase].cue));
            return g_strdup (_("Follow the pace"));
          }
        case VASTUS_WORK_COUNTED:
        default:
          return g_strdup (_("At your own pace"));
        }

    case VASTUS_PHASE_SWITCH_SIDES:
      return g_strdup (step->leg == VASTUS_LEG_LEFT ? _("Switch to your left leg")
                                                    : _("Switch to your right leg"));

    case VASTUS_PHASE_REST_SET:
    case VASTUS_PHASE_REST_EXERCISE:
      return g_strdup (_("Rest"));

    case VASTUS_PHASE_DONE:
    default:
      return g_strdup (_("Well done"));
    }
}

static char *
exercise_words (VastusPlan *plan,
                guint       exercise)
{
  VastusExercise *ex = vastus_plan_get_exercise (plan, exercise);
  g_autofree char *dose = vastus_dose_describe (vastus_plan_get_dose (plan, exercise),
                                                vastus_exercise_get_side (ex));

  /* Translators: an exercise and its dose, as in "Step-up: 3 × 10 each leg" */
  return g_strdup_printf (_("%s: %s"), vastus_exercise_get_name (ex), dose);
}

/**
 * vastus_coach_describe_next:
 *
 * Returns: what comes after @step: "Next: set 2 of 3 · left leg", "Next:
 *   Step-up: 3 × 10 each leg", or that this is the last set
 */
char *
vastus_coach_describe_next (VastusPlan *plan,
                            guint       step)
{
  const VastusPlanStep *here, *next;
  g_autofree char *words = NULL;

  g_return_val_if_fail (VASTUS_IS_PLAN (plan), NULL);
  g_return_val_if_fail (step < vastus_plan_get_n_steps (plan), NULL);

  here = vastus_plan_get_step (plan, step);
  if (here->phase == VASTUS_PHASE_DONE)
    return g_strdup ("");

  /* Getting ready, the dose to do. */
  if (here->phase == VASTUS_PHASE_PREPARE)
    return vastus_dose_describe (vastus_plan_get_dose (plan, here->exercise),
                                 vastus_exercise_get_side (vastus_plan_get_exercise (plan, here->exercise)));

  /* Before a set, what comes next is that set; during it, the one after. */
  next = here->phase == VASTUS_PHASE_WORK ? work_step_for (plan, step + 1) : work_step_for (plan, step);
  if (next == NULL)
    return g_strdup (_("Last set of the session"));

  if (next->exercise != here->exercise || (here->phase == VASTUS_PHASE_REST_EXERCISE))
    {
      words = exercise_words (plan, next->exercise);
      if (here->phase == VASTUS_PHASE_REST_EXERCISE)
        return g_strdup_printf (_("Coming up: %s"), words);
      return g_strdup_printf (_("Next: %s"), words);
    }

  words = set_words (next);
  /* Translators: the next set, as in "Next: Set 2 of 3 · left leg" */
  return g_strdup_printf (_("Next: %s"), words);
}

/**
 * vastus_coach_describe_count:
 * @unit: (out): what the number counts: "seconds", "rep 3 of 12", "reps"
 * @fraction: (out): how far through the step, 0 to 1, or -1 for a set
 *   without a clock
 *
 * Returns: the large number: seconds left, the paced rep, or the reps to do
 */
char *
vastus_coach_describe_count (VastusSession  *session,
                             char          **unit,
                             double         *fraction)
{
  const VastusPlanStep *step;
  guint rep, phase;
  gint64 phase_remaining;

  g_return_val_if_fail (VASTUS_IS_SESSION (session), NULL);

  step = vastus_session_get_step (session);
  *fraction = step->duration > 0
              ? CLAMP ((double) vastus_session_get_elapsed (session) / step->duration, 0.0, 1.0)
              : -1.0;

  if (step->phase == VASTUS_PHASE_DONE || vastus_session_get_state (session) == VASTUS_SESSION_FINISHED)
    {
      *unit = g_strdup ("");
      *fraction = 1.0;
      return g_strdup ("");
    }

  if (step->phase == VASTUS_PHASE_WORK && step->work == VASTUS_WORK_COUNTED)
    {
      *unit = g_strdup (g_dngettext (GETTEXT_PACKAGE, "rep", "reps", step->reps));
      return g_strdup_printf ("%u", step->reps);
    }

  if (vastus_session_get_rep (session, &rep, &phase, &phase_remaining))
    {
      /* Translators: the paced rep under way, as in "rep 3 of 12" */
      *unit = g_strdup_printf (_("rep %u of %u"), rep + 1, step->reps);
      return g_strdup_printf ("%u", rep + 1);
    }

  {
    int seconds = whole_seconds (vastus_session_get_state (session) == VASTUS_SESSION_READY
                                 ? step->duration : vastus_session_get_remaining (session));

    if (seconds >= 60)
      {
        *unit = g_strdup (_("minutes"));
        return g_strdup_printf ("%d:%02d", seconds / 60, seconds % 60);
      }
    *unit = g_strdup (g_dngettext (GETTEXT_PACKAGE, "second", "seconds", seconds));
    return g_strdup_printf ("%d", seconds);
  }
}

static char *
announce_step (VastusSession *session)
{
  VastusPlan *plan = vastus_session_get_plan (session);
  guint index = vastus_session_get_step_index (session);
  const VastusPlanStep *step = vastus_session_get_step (session);
  g_autofree char *set = NULL;
  g_autofree char *next = NULL;
  g_autofree char *time = NULL;

  switch (step->phase)
    {
    case VASTUS_PHASE_PREPARE:
      {
        g_autofree char *words = exercise_words (plan, step->exercise);
        const VastusPlanStep *work = work_step_for (plan, index);

        time = spoken_seconds (whole_seconds (step->duration));
        if (work != NULL && work->leg != VASTUS_LEG_NONE)
          return g_strdup_printf (_("Get ready: %s. Start with your %s in %s."),
                                  words, leg_name (work->leg), time);
        return g_strdup_printf (_("Get ready: %s. Starting in %s."), words, time);
      }

    case VASTUS_PHASE_WORK:
      {
        g_autofree char *what = NULL;

        set = set_words (step);
        switch (step->work)
          {
          case VASTUS_WORK_HOLD:
            {
              VastusExercise *exercise = vastus_plan_get_exercise (plan, step->exercise);
              const char *stage = vastus_exercise_get_stage_at (exercise, 0);

              time = spoken_seconds (whole_seconds (step->duration));
              if (stage != NULL)
                /* Translators: the time in all, then what to do first, as in
                 * "Keep going for 3 minutes. First: March on the spot." */
                what = g_strdup_printf (_("Keep going for %s. First: %s."), time, stage);
              else if (keeps_moving (exercise))
                what = g_strdup_printf (_("Keep going for %s."), time);
              else
                what = g_strdup_printf (_("Hold for %s."), time);
            }
            break;
          case VASTUS_WORK_PACED:
            what = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u rep, follow the pace.",
                                                 "%u reps, follow the pace.", step->reps), step->reps);
            break;
          case VASTUS_WORK_COUNTED:
          default:
            what = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u rep at your own pace, then press Done.",
                                                 "%u reps at your own pace, then press Done.", step->reps),
                                    step->reps);
            break;
          }
        if (*set == '\0')
          return g_steal_pointer (&what);
        /* Translators: the set, then what to do, as in "Set 1 of 3. Hold for 30 seconds." */
        return g_strdup_printf (_("%s. %s"), set, what);
      }

    case VASTUS_PHASE_SWITCH_SIDES:
      return g_strdup (step->leg == VASTUS_LEG_LEFT ? _("Switch to your left leg.")
                                                    : _("Switch to your right leg."));

    case VASTUS_PHASE_REST_SET:
    case VASTUS_PHASE_REST_EXERCISE:
      time = spoken_seconds (whole_seconds (step->duration));
      next = vastus_coach_describe_next (plan, index);
      return g_strdup_printf (_("Rest for %s. %s."), time, next);

    case VASTUS_PHASE_DONE:
    default:
      return g_strdup (_("Session complete. Well done."));
    }
}

/**
 * vastus_coach_announce:
 *
 * Returns: (nullable): what a screen reader says at a cue, or %NULL for a
 *   tempo tick, which only sounds
 */
char *
vastus_coach_announce (VastusSession *session,
                       VastusCueKind  kind,
                       guint          count)
{
  g_return_val_if_fail (VASTUS_IS_SESSION (session), NULL);

  switch (kind)
    {
    case VASTUS_CUE_PHASE:
      return announce_step (session);
    case VASTUS_CUE_HALFWAY:
      return g_strdup (_("Halfway."));
    case VASTUS_CUE_TEN_SECONDS:
      return g_strdup (_("10 seconds left."));
    case VASTUS_CUE_COUNTDOWN:
      return g_strdup_printf ("%u", count);
    case VASTUS_CUE_TEMPO:
    default:
      return NULL;
    }
}

/* Spoken words */

/**
 * vastus_coach_describe_dose_spoken:
 * @exercise: an index into @plan's exercises
 *
 * The dose as it is said aloud, in whole words rather than the signs and
 * units shown on screen: "3 sets of 10 reps, each leg.", "2 holds of 30
 * seconds.", "3 minutes."
 *
 * Returns: (transfer full): the dose in a sentence
 */
char *
vastus_coach_describe_dose_spoken (VastusPlan *plan,
                                   guint       exercise)
{
  const VastusDose *dose;
  VastusSide side;
  int sets;
  g_autofree char *amount = NULL;
  const char *legs = NULL;

  g_return_val_if_fail (VASTUS_IS_PLAN (plan), NULL);
  g_return_val_if_fail (exercise < vastus_plan_get_n_exercises (plan), NULL);

  dose = vastus_plan_get_dose (plan, exercise);
  side = vastus_exercise_get_side (vastus_plan_get_exercise (plan, exercise));
  sets = MAX ((int) vastus_dose_get (dose, VASTUS_DOSE_SETS), 1);

  if (vastus_dose_is_hold (dose))
    {
      g_autofree char *time = spoken_seconds ((int) vastus_dose_get (dose, VASTUS_DOSE_HOLD));

      if (sets > 1)
        /* Translators: said aloud: sets of a held time, as in "3 holds of 30 seconds" */
        amount = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d hold of %s", "%d holds of %s", sets),
                                  sets, time);
      else
        amount = g_steal_pointer (&time);
    }
  else
    {
      int reps = (int) vastus_dose_get (dose, VASTUS_DOSE_REPS);
      g_autofree char *rep_words = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d rep", "%d reps", reps),
                                                    reps);

      if (sets > 1)
        /* Translators: said aloud: sets of repetitions, as in "3 sets of 10 reps" */
        amount = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d set of %s", "%d sets of %s", sets),
                                  sets, rep_words);
      else
        amount = g_steal_pointer (&rep_words);
    }

  if (side == VASTUS_SIDE_ONE && vastus_dose_get_sore_leg_only (dose))
    legs = _("sore leg only");
  else if (side == VASTUS_SIDE_ONE)
    legs = _("each leg");
  else if (side == VASTUS_SIDE_ALTERNATING)
    legs = _("alternating legs");

  if (legs != NULL)
    /* Translators: said aloud: the dose, then the legs, as in "3 sets of 10 reps, each leg." */
    return g_strdup_printf (_("%s, %s."), amount, legs);
  /* Translators: said aloud: the dose as a sentence, as in "2 holds of 30 seconds." */
  return g_strdup_printf (_("%s."), amount);
}

/* The first step of an exercise's last set, when it has more than one:
 * on the second leg of an alternating set it is not said again. */
static gboolean
starts_last_set (VastusPlan *plan,
                 guint       index)
{
  const VastusPlanStep *step = vastus_plan_get_step (plan, index);
  const VastusPlanStep *before = index > 0 ? vastus_plan_get_step (plan, index - 1) : NULL;

  if (step->phase != VASTUS_PHASE_WORK || step->n_sets < 2 || step->set + 1 != step->n_sets)
    return FALSE;
  return !(before != NULL && before->phase == VASTUS_PHASE_SWITCH_SIDES &&
           before->exercise == step->exercise && before->set == step->set);
}

static char *
speak_step (VastusSession *session)
{
  VastusPlan *plan = vastus_session_get_plan (session);
  guint index = vastus_session_get_step_index (session);
  const VastusPlanStep *step = vastus_session_get_step (session);

  switch (step->phase)
    {
    case VASTUS_PHASE_PREPARE:
      {
        VastusExercise *exercise = vastus_plan_get_exercise (plan, step->exercise);
        g_autofree char *dose = vastus_coach_describe_dose_spoken (plan, step->exercise);

        /* Translators: said aloud when getting ready: the exercise, then its
         * dose, as in "Wall sit. 3 holds of 30 seconds." */
        return g_strdup_printf (C_("spoken", "%s. %s"), vastus_exercise_get_name (exercise), dose);
      }

    case VASTUS_PHASE_WORK:
      if (starts_last_set (plan, index))
        /* Translators: said aloud as the last set of an exercise begins */
        return g_strdup (_("Last set."));
      return NULL;

    case VASTUS_PHASE_SWITCH_SIDES:
      return g_strdup (step->leg == VASTUS_LEG_LEFT ? _("Switch to your left leg.")
                                                    : _("Switch to your right leg."));

    case VASTUS_PHASE_REST_SET:
    case VASTUS_PHASE_REST_EXERCISE:
      /* Translators: said aloud as a rest begins */
      return g_strdup (_("Rest."));

    case VASTUS_PHASE_DONE:
    default:
      /* Translators: said aloud at the end of a session */
      return g_strdup (_("Well done."));
    }
}

/**
 * vastus_coach_speak:
 *
 * What the coach says aloud at a cue, short enough to be heard over the
 * exercise: the exercise and its dose when getting ready, "Last set.",
 * "Switch to your left leg.", "Rest.", "Halfway." and "Well done.". The
 * 3-2-1 countdown and the other moments are tones only.
 *
 * Returns: (nullable) (transfer full): the words, or %NULL for a cue that is
 *   not spoken
 */
char *
vastus_coach_speak (VastusSession *session,
                    VastusCueKind  kind,
                    guint          count)
{
  g_return_val_if_fail (VASTUS_IS_SESSION (session), NULL);

  switch (kind)
    {
    case VASTUS_CUE_PHASE:
      return speak_step (session);
    case VASTUS_CUE_HALFWAY:
      /* Translators: said aloud halfway through a long hold */
      return g_strdup (_("Halfway."));
    case VASTUS_CUE_TEN_SECONDS:
    case VASTUS_CUE_COUNTDOWN:
    case VASTUS_CUE_TEMPO:
    default:
      return NULL;
    }
}

/**
 * vastus_coach_get_voice:
 *
 * The speech synthesiser's voice for the language the coach's words are
 * in: it follows the translation in use, so that words left untranslated
 * are never read out with another language's voice.
 *
 * Returns: (transfer none): an espeak-ng language name, such as "en" or "de"
 */
const char *
vastus_coach_get_voice (void)
{
  /* Translators: the espeak-ng voice for your language, as listed by
   * "espeak-ng --voices", such as "de" or "pt-BR". Do not translate the
   * word itself: put your language's code. */
  const char *voice = C_("speech voice", "en");

  return *voice != '\0' ? voice : "en";
}
