/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "vastus-plan"

#include "config.h"

#include "vastus-plan.h"

/*
 * A session's steps, made from exercises and their doses: get ready, then each
 * set (each leg in turn for one-leg work, with a switch between), rests between
 * sets and between exercises, and done.
 */
struct _VastusPlan
{
  GObject    parent_instance;

  VastusLeg  first_leg;
  GPtrArray *exercises;   /* VastusExercise */
  GArray    *doses;       /* VastusDose: today's, as eased */
  GArray    *planned;     /* VastusDose: as the programme has it */
  GArray    *eased_from;  /* guint: the set an easier dose starts at, or G_MAXUINT */
  GArray    *eased_leg;   /* VastusLeg: and the leg it starts on */
  GArray    *steps;       /* VastusPlanStep, ending with VASTUS_PHASE_DONE */
  gboolean   shortened;   /* a shorter session, chosen for a day with less time */
};

G_DEFINE_FINAL_TYPE (VastusPlan, vastus_plan, G_TYPE_OBJECT)

static void
vastus_plan_finalize (GObject *object)
{
  VastusPlan *self = VASTUS_PLAN (object);

  g_ptr_array_unref (self->exercises);
  g_array_unref (self->doses);
  g_array_unref (self->planned);
  g_array_unref (self->eased_from);
  g_array_unref (self->eased_leg);
  g_array_unref (self->steps);

  G_OBJECT_CLASS (vastus_plan_parent_class)->finalize (object);
}

static void
vastus_plan_class_init (VastusPlanClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = vastus_plan_finalize;
}

static void
vastus_plan_init (VastusPlan *self)
{
  VastusPlanStep done = { .phase = VASTUS_PHASE_DONE };

  self->exercises = g_ptr_array_new_with_free_func (g_object_unref);
  self->doses = g_array_new (FALSE, FALSE, sizeof (VastusDose));
  self->planned = g_array_new (FALSE, FALSE, sizeof (VastusDose));
  self->eased_from = g_array_new (FALSE, FALSE, sizeof (guint));
  self->eased_leg = g_array_new (FALSE, FALSE, sizeof (VastusLeg));
  self->steps = g_array_new (FALSE, FALSE, sizeof (VastusPlanStep));
  g_array_append_val (self->steps, done);
}

/**
 * vastus_plan_new:
 * @first_leg: which leg one-leg work starts on: the sore one
 */
VastusPlan *
vastus_plan_new (VastusLeg first_leg)
{
  VastusPlan *self = g_object_new (VASTUS_TYPE_PLAN, NULL);

  self->first_leg = first_leg == VASTUS_LEG_NONE ? VASTUS_LEG_RIGHT : first_leg;
  return self;
}

static gint64
seconds (double s)
{
  return (gint64) (s * G_USEC_PER_SEC);
}

static void
append (VastusPlan           *self,
        const VastusPlanStep *step)
{
  /* Keep the final DONE last. */
  g_array_insert_val (self->steps, self->steps->len - 1, *step);
}

/* One set's work step at @dose. */
static VastusPlanStep
work_step (guint             index,
           const VastusDose *dose)
{
  VastusPlanStep work = { .phase = VASTUS_PHASE_WORK, .exercise = index };

  if (vastus_dose_is_hold (dose))
    {
      work.work = VASTUS_WORK_HOLD;
      work.duration = seconds (vastus_dose_get (dose, VASTUS_DOSE_HOLD));
    }
  else
    {
      work.reps = (guint) vastus_dose_get (dose, VASTUS_DOSE_REPS);
      work.work = vastus_dose_is_paced (dose) ? VASTUS_WORK_PACED : VASTUS_WORK_COUNTED;
      if (work.work == VASTUS_WORK_PACED)
        work.duration = seconds (vastus_dose_rep_seconds (dose) * work.reps);
    }
  return work;
}

/* How many sets an exercise has when it is eased from @from_set: fewer
 * sets today never take away the set under way, nor one done. */
static guint
sets_with_easing (guint planned_sets,
                  guint today_sets,
                  guint from_set)
{
  return from_set >= planned_sets ? planned_sets
         : from_set >= today_sets ? from_set + 1 : today_sets;
}

/* A set on a leg, in the order they are done. */
typedef struct
{
  guint     set;
  guint     n_sets;
  VastusLeg leg;
} Turn;

/* The work's time, counting counted reps at 3 s each. */
static gint64
work_time (const VastusPlanStep *work)
{
  return work->work == VASTUS_WORK_COUNTED ? seconds (VASTUS_COUNTED_REP_SECONDS) * work->reps : work->duration;
}

/* Appends an exercise's steps: the sets done before the set @from_set on
 * @from_leg at @planned, from there on at @today (the same dose unless it
 * was eased during the session).
 *
 * One-leg work switches legs after each set, so that one leg's set is the
 * other's rest; work lying on one side does all its sets on one side before
 * rolling over. */
static void
add_steps (VastusPlan       *self,
           VastusExercise   *exercise,
           const VastusDose *planned,
           const VastusDose *today,
           guint             from_set,
           VastusLeg         from_leg)
{
  guint index = self->exercises->len;
  guint planned_sets = MAX (1, (guint) vastus_dose_get (planned, VASTUS_DOSE_SETS));
  guint today_sets = MAX (1, (guint) vastus_dose_get (today, VASTUS_DOSE_SETS));
  gboolean one_leg = vastus_exercise_get_side (exercise) == VASTUS_SIDE_ONE;
  /* On the sore leg only, as a physiotherapist may ask: its sets follow
   * one another with a rest between, as two-leg work's do. */
  gboolean sore_only = one_leg && vastus_dose_get_sore_leg_only (planned);
  gboolean in_turn = one_leg && !sore_only && vastus_exercise_get_sides_in_turn (exercise);
  VastusLeg first = self->first_leg;
  VastusLeg other = first == VASTUS_LEG_LEFT ? VASTUS_LEG_RIGHT : VASTUS_LEG_LEFT;
  g_autoptr (GArray) turns = g_array_new (FALSE, FALSE, sizeof (Turn));
  guint eased_from = G_MAXUINT;   /* the first turn at @today */
  gint64 last_work = 0;
  VastusPlanStep step;

  if (!one_leg)
    from_leg = VASTUS_LEG_NONE;
  else if (from_leg == VASTUS_LEG_NONE)
    from_leg = first;

  if (in_turn)
    {
      /* Eased on the second side, the first side's sets are all done. */
      guint n_first = from_leg == other ? planned_sets : sets_with_easing (planned_sets, today_sets, from_set);
      guint n_other = from_set >= planned_sets ? planned_sets
                      : from_leg == other ? sets_with_easing (planned_sets, today_sets, from_set) : today_sets;

      for (guint set = 0; set < n_first; set++)
        g_array_append_val (turns, ((Turn) { set, n_first, first }));
      for (guint set = 0; set < n_other; set++)
        g_array_append_val (turns, ((Turn) { set, n_other, other }));
    }
  else
    {
      guint n_sets = sets_with_easing (planned_sets, today_sets, from_set);

      for (guint set = 0; set < n_sets; set++)
        {
          g_array_append_val (turns, ((Turn) { set, n_sets, one_leg ? first : VASTUS_LEG_NONE }));
          if (one_leg && !sore_only)
            g_array_append_val (turns, ((Turn) { set, n_sets, other }));
        }
    }

  for (guint i = 0; i < turns->len; i++)
    {
      const Turn *turn = &g_array_index (turns, Turn, i);

      if (turn->set == from_set && turn->leg == from_leg)
        {
          eased_from = i;
          break;
        }
    }

  if (index > 0)
    {
      step = (VastusPlanStep) { .phase = VASTUS_PHASE_REST_EXERCISE, .exercise = index,
                                .n_sets = g_array_index (turns, Turn, 0).n_sets,
                                .duration = seconds (VASTUS_REST_EXERCISE_SECONDS) };
      append (self, &step);
    }
  step = (VastusPlanStep) { .phase = VASTUS_PHASE_PREPARE, .exercise = index,
                            .n_sets = g_array_index (turns, Turn, 0).n_sets,
                            .duration = seconds (VASTUS_PREPARE_SECONDS) };
  append (self, &step);

  g_ptr_array_add (self->exercises, g_object_ref (exercise));
  g_array_append_val (self->planned, *planned);
  g_array_append_val (self->doses, *today);
  g_array_append_val (self->eased_from, from_set);
  g_array_append_val (self->eased_leg, from_leg);

  for (guint i = 0; i < turns->len; i++)
    {
      const Turn *turn = &g_array_index (turns, Turn, i);
      const Turn *before = i > 0 ? &g_array_index (turns, Turn, i - 1) : NULL;
      const VastusDose *dose = i < eased_from ? planned : today;
      VastusPlanStep work = work_step (index, dose);

      if (before != NULL)
        {
          gint64 rest = seconds (vastus_dose_get (dose, VASTUS_DOSE_REST));

          if (before->leg != turn->leg && (in_turn || turn->set == before->set))
            {
              /* Onto the other leg, or the other side. */
              step = (VastusPlanStep) { .phase = VASTUS_PHASE_SWITCH_SIDES, .exercise = index,
                                        .set = turn->set, .n_sets = turn->n_sets, .leg = turn->leg,
                                        .duration = seconds (in_turn ? VASTUS_ROLL_OVER_SECONDS
                                                                     : VASTUS_SWITCH_SIDES_SECONDS) };
              append (self, &step);
            }
          else
            {
              gboolean alternating = one_leg && !in_turn && !sore_only;

              /* Back on the first leg: it rested while the other worked. */
              if (alternating)
                rest -= last_work;
              if (alternating && rest <= 0)
                {
                  step = (VastusPlanStep) { .phase = VASTUS_PHASE_SWITCH_SIDES, .exercise = index,
                                            .set = turn->set, .n_sets = turn->n_sets, .leg = turn->leg,
                                            .duration = seconds (VASTUS_SWITCH_SIDES_SECONDS) };
                  append (self, &step);
                }
              else if (rest > 0)
                {
                  /* Time to change legs, at least. */
                  if (alternating)
                    rest = MAX (rest, seconds (VASTUS_SWITCH_SIDES_SECONDS));
                  step = (VastusPlanStep) { .phase = VASTUS_PHASE_REST_SET, .exercise = index,
                                            .set = turn->set, .n_sets = turn->n_sets, .leg = turn->leg,
                                            .duration = rest };
                  append (self, &step);
                }
            }
        }

      work.set = turn->set;
      work.n_sets = turn->n_sets;
      work.leg = turn->leg;
      append (self, &work);
      last_work = work_time (&work);
    }
}

/**
 * vastus_plan_add:
 * @dose: this exercise's dose today
 *
 * Appends an exercise's steps.
 */
void
vastus_plan_add (VastusPlan       *self,
                 VastusExercise   *exercise,
                 const VastusDose *dose)
{
  g_return_if_fail (VASTUS_IS_PLAN (self));

  add_steps (self, exercise, dose, dose, G_MAXUINT, VASTUS_LEG_NONE);
}

/* Whether the work of @set_a on @leg_a comes before that of @set_b on
 * @leg_b in exercise @exercise of the plan. */
static gboolean
turn_before (VastusPlan *self,
             guint       exercise,
             guint       set_a,
             VastusLeg   leg_a,
             guint       set_b,
             VastusLeg   leg_b)
{
  gint a = -1, b = -1;

  if (leg_a == VASTUS_LEG_NONE)
    leg_a = self->first_leg;
  if (leg_b == VASTUS_LEG_NONE)
    leg_b = self->first_leg;

  for (guint i = 0; i < self->steps->len; i++)
    {
      const VastusPlanStep *step = &g_array_index (self->steps, VastusPlanStep, i);
      VastusLeg leg = step->leg == VASTUS_LEG_NONE ? self->first_leg : step->leg;

      if (step->phase != VASTUS_PHASE_WORK || step->exercise != exercise)
        continue;
      if (a < 0 && step->set == set_a && leg == leg_a)
        a = (gint) i;
      if (b < 0 && step->set == set_b && leg == leg_b)
        b = (gint) i;
    }
  /* A set past the end of the exercise comes after all of it. */
  if (a < 0)
    return FALSE;
  return b < 0 || a < b;
}

/**
 * vastus_plan_new_eased:
 * @exercise: the exercise made easier, an index into the plan
 * @from_set: the first set, from 0, done at @dose
 * @from_leg: the leg that set is on, for one-leg work; %VASTUS_LEG_NONE
 *   for the first leg
 * @dose: the easier dose for the rest of today
 *
 * The same plan with one exercise made easier from a set on, as when the
 * knee hurts during a session. Sets done before that one, in the order the
 * plan has them, stay as they were.
 *
 * Returns: (transfer full): the new plan
 */
VastusPlan *
vastus_plan_new_eased (VastusPlan       *self,
                       guint             exercise,
                       guint             from_set,
                       VastusLeg         from_leg,
                       const VastusDose *dose)
{
  VastusPlan *eased;

  g_return_val_if_fail (VASTUS_IS_PLAN (self), NULL);
  g_return_val_if_fail (exercise < self->exercises->len, NULL);

  eased = vastus_plan_new (self->first_leg);
  eased->shortened = self->shortened;
  for (guint i = 0; i < self->exercises->len; i++)
    {
      const VastusDose *planned = &g_array_index (self->planned, VastusDose, i);
      guint from = g_array_index (self->eased_from, guint, i);
      VastusLeg leg = g_array_index (self->eased_leg, VastusLeg, i);

      if (i == exercise && (from == G_MAXUINT || !turn_before (self, i, from, leg, from_set, from_leg)))
        /* Eased twice: the sets before the first easing keep the
         * programme's dose, later ones the newest. */
        add_steps (eased, g_ptr_array_index (self->exercises, i), planned, dose, from_set, from_leg);
      else if (i == exercise)
        add_steps (eased, g_ptr_array_index (self->exercises, i), planned, dose, from, leg);
      else
        add_steps (eased, g_ptr_array_index (self->exercises, i), planned,
                   &g_array_index (self->doses, VastusDose, i), from, leg);
    }
  return eased;
}

guint
vastus_plan_get_n_exercises (VastusPlan *self)
{
  g_return_val_if_fail (VASTUS_IS_PLAN (self), 0);
  return self->exercises->len;
}

VastusExercise *
vastus_plan_get_exercise (VastusPlan *self,
                          guint       index)
{
  g_return_val_if_fail (VASTUS_IS_PLAN (self), NULL);
  g_return_val_if_fail (index < self->exercises->len, NULL);
  return g_ptr_array_index (self->exercises, index);
}

const VastusDose *
vastus_plan_get_dose (VastusPlan *self,
                      guint       index)
{
  g_return_val_if_fail (VASTUS_IS_PLAN (self), NULL);
  g_return_val_if_fail (index < self->doses->len, NULL);
  return &g_array_index (self->doses, VastusDose, index);
}

guint
vastus_plan_get_n_steps (VastusPlan *self)
{
  g_return_val_if_fail (VASTUS_IS_PLAN (self), 0);
  return self->steps->len;
}

const VastusPlanStep *
vastus_plan_get_step (VastusPlan *self,
                      guint       index)
{
  g_return_val_if_fail (VASTUS_IS_PLAN (self), NULL);
  g_return_val_if_fail (index < self->steps->len, NULL);
  return &g_array_index (self->steps, VastusPlanStep, index);
}

/**
 * vastus_plan_get_duration:
 *
 * Returns: the time the plan takes, counting counted sets as paced at
 *   %VASTUS_COUNTED_REP_SECONDS a rep
 */
gint64
vastus_plan_get_duration (VastusPlan *self)
{
  gint64 total = 0;

  g_return_val_if_fail (VASTUS_IS_PLAN (self), 0);

  for (guint i = 0; i < self->steps->len; i++)
    {
      const VastusPlanStep *step = &g_array_index (self->steps, VastusPlanStep, i);

      total += step->phase == VASTUS_PHASE_WORK ? work_time (step) : step->duration;
    }

  return total;
}

/**
 * vastus_plan_set_shortened:
 *
 * Marks the plan as a shorter session than the programme's, chosen for a
 * day with less time: the journal records it and the coach does not take
 * it for a full session.
 */
void
vastus_plan_set_shortened (VastusPlan *self,
                           gboolean    shortened)
{
  g_return_if_fail (VASTUS_IS_PLAN (self));
  self->shortened = shortened;
}

gboolean
vastus_plan_get_shortened (VastusPlan *self)
{
  g_return_val_if_fail (VASTUS_IS_PLAN (self), FALSE);
  return self->shortened;
}
