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
  GArray    *steps;       /* VastusPlanStep, ending with VASTUS_PHASE_DONE */
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

/* Appends an exercise's steps: sets before @from_set at @planned, the
 * rest at @today (the same dose unless it was eased during the session). */
static void
add_steps (VastusPlan       *self,
           VastusExercise   *exercise,
           const VastusDose *planned,
           const VastusDose *today,
           guint             from_set)
{
  guint index = self->exercises->len;
  guint planned_sets = MAX (1, (guint) vastus_dose_get (planned, VASTUS_DOSE_SETS));
  guint today_sets = MAX (1, (guint) vastus_dose_get (today, VASTUS_DOSE_SETS));
  /* Fewer sets today never takes away the set under way. */
  guint n_sets = from_set >= planned_sets ? planned_sets
                 : from_set >= today_sets ? from_set + 1 : today_sets;
  VastusSide side = vastus_exercise_get_side (exercise);
  VastusLeg other = self->first_leg == VASTUS_LEG_LEFT ? VASTUS_LEG_RIGHT : VASTUS_LEG_LEFT;
  VastusPlanStep step;

  if (index > 0)
    {
      step = (VastusPlanStep) { .phase = VASTUS_PHASE_REST_EXERCISE, .exercise = index,
                                .n_sets = n_sets, .duration = seconds (VASTUS_REST_EXERCISE_SECONDS) };
      append (self, &step);
    }
  step = (VastusPlanStep) { .phase = VASTUS_PHASE_PREPARE, .exercise = index, .n_sets = n_sets,
                            .duration = seconds (VASTUS_PREPARE_SECONDS) };
  append (self, &step);

  g_ptr_array_add (self->exercises, g_object_ref (exercise));
  g_array_append_val (self->planned, *planned);
  g_array_append_val (self->doses, *today);
  g_array_append_val (self->eased_from, from_set);

  for (guint set = 0; set < n_sets; set++)
    {
      const VastusDose *dose = set < from_set ? planned : today;
      gint64 rest = seconds (vastus_dose_get (set + 1 < from_set ? planned : today, VASTUS_DOSE_REST));
      VastusPlanStep work = work_step (index, dose);

      work.n_sets = n_sets;
      work.set = set;
      if (side == VASTUS_SIDE_ONE)
        {
          /* Each set on the first leg, a switch, then the other leg. */
          work.leg = self->first_leg;
          append (self, &work);
          step = (VastusPlanStep) { .phase = VASTUS_PHASE_SWITCH_SIDES, .exercise = index, .set = set,
                                    .n_sets = n_sets, .leg = other,
                                    .duration = seconds (VASTUS_SWITCH_SIDES_SECONDS) };
          append (self, &step);
          work.leg = other;
          append (self, &work);
        }
      else
        {
          work.leg = VASTUS_LEG_NONE;
          append (self, &work);
        }

      /* No rest after the last set, nor a rest of no time at all. */
      if (set + 1 < n_sets && rest > 0)
        {
          step = (VastusPlanStep) { .phase = VASTUS_PHASE_REST_SET, .exercise = index, .set = set + 1,
                                    .n_sets = n_sets, .duration = rest };
          append (self, &step);
        }
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

  add_steps (self, exercise, dose, dose, G_MAXUINT);
}

/**
 * vastus_plan_new_eased:
 * @exercise: the exercise made easier, an index into the plan
 * @from_set: the first set, from 0, done at @dose
 * @dose: the easier dose for the rest of today
 *
 * The same plan with one exercise made easier from a set on, as when the
 * knee hurts during a session. Sets before @from_set stay as they were.
 *
 * Returns: (transfer full): the new plan
 */
VastusPlan *
vastus_plan_new_eased (VastusPlan       *self,
                       guint             exercise,
                       guint             from_set,
                       const VastusDose *dose)
{
  VastusPlan *eased;

  g_return_val_if_fail (VASTUS_IS_PLAN (self), NULL);
  g_return_val_if_fail (exercise < self->exercises->len, NULL);

  eased = vastus_plan_new (self->first_leg);
  for (guint i = 0; i < self->exercises->len; i++)
    {
      const VastusDose *planned = &g_array_index (self->planned, VastusDose, i);
      guint from = g_array_index (self->eased_from, guint, i);

      if (i == exercise)
        /* Eased twice: the sets before the first easing keep the
         * programme's dose, later ones the newest. */
        add_steps (eased, g_ptr_array_index (self->exercises, i), planned, dose, MIN (from, from_set));
      else
        add_steps (eased, g_ptr_array_index (self->exercises, i), planned,
                   &g_array_index (self->doses, VastusDose, i), from);
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
 * Returns: the time the plan takes, counting counted sets as paced at 3 s a rep
 */
gint64
vastus_plan_get_duration (VastusPlan *self)
{
  gint64 total = 0;

  g_return_val_if_fail (VASTUS_IS_PLAN (self), 0);

  for (guint i = 0; i < self->steps->len; i++)
    {
      const VastusPlanStep *step = &g_array_index (self->steps, VastusPlanStep, i);

      total += step->work == VASTUS_WORK_COUNTED && step->phase == VASTUS_PHASE_WORK
               ? seconds (3) * step->reps : step->duration;
    }

  return total;
}
