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
  GArray    *doses;       /* VastusDose */
  GArray    *steps;       /* VastusPlanStep, ending with VASTUS_PHASE_DONE */
};

G_DEFINE_FINAL_TYPE (VastusPlan, vastus_plan, G_TYPE_OBJECT)

static void
vastus_plan_finalize (GObject *object)
{
  VastusPlan *self = VASTUS_PLAN (object);

  g_ptr_array_unref (self->exercises);
  g_array_unref (self->doses);
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
  guint index = self->exercises->len;
  guint n_sets = MAX (1, (guint) vastus_dose_get (dose, VASTUS_DOSE_SETS));
  gint64 rest = seconds (vastus_dose_get (dose, VASTUS_DOSE_REST));
  VastusSide side = vastus_exercise_get_side (exercise);
  VastusPlanStep work = { .phase = VASTUS_PHASE_WORK, .exercise = index, .n_sets = n_sets };
  VastusLeg other = self->first_leg == VASTUS_LEG_LEFT ? VASTUS_LEG_RIGHT : VASTUS_LEG_LEFT;
  VastusPlanStep step;

  g_return_if_fail (VASTUS_IS_PLAN (self));

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
  g_array_append_val (self->doses, *dose);

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

  for (guint set = 0; set < n_sets; set++)
    {
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
