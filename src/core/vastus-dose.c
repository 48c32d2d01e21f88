/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "vastus-dose"

#include "config.h"

#include "vastus-dose.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

G_DEFINE_ENUM_TYPE (VastusSide, vastus_side,
  G_DEFINE_ENUM_VALUE (VASTUS_SIDE_BOTH, "both"),
  G_DEFINE_ENUM_VALUE (VASTUS_SIDE_ONE, "one"),
  G_DEFINE_ENUM_VALUE (VASTUS_SIDE_ALTERNATING, "alternating"))

G_DEFINE_BOXED_TYPE (VastusDose, vastus_dose, vastus_dose_copy, vastus_dose_free)

/* The JSON key of each value, its name in "progression", and the widest range any
 * exercise may use. The catalogue README documents the same table. */
static const struct
{
  const char *key;
  const char *progression;
  double      min;
  double      max;
  gboolean    integer;
} dose_values[VASTUS_DOSE_N_VALUES] = {
  [VASTUS_DOSE_SETS]  = { "sets",      "sets",  1, 10,  TRUE },
  [VASTUS_DOSE_REPS]  = { "reps",      "reps",  1, 50,  TRUE },
  [VASTUS_DOSE_HOLD]  = { "hold_s",    "hold",  5, 300, TRUE },
  [VASTUS_DOSE_REST]  = { "rest_s",    NULL,    0, 600, TRUE },
  [VASTUS_DOSE_DEPTH] = { "depth_deg", "depth", 0, 120, TRUE },
  [VASTUS_DOSE_STEP]  = { "step_cm",   "step",  5, 40,  TRUE },
  [VASTUS_DOSE_LOAD]  = { "load_kg",   "load",  0, 500, FALSE },
};

static const char * const tempo_cue_names[VASTUS_TEMPO_N_CUES] = {
  [VASTUS_TEMPO_LOWER] = "lower",
  [VASTUS_TEMPO_RISE] = "rise",
  [VASTUS_TEMPO_HOLD] = "hold",
  [VASTUS_TEMPO_SQUEEZE] = "squeeze",
  [VASTUS_TEMPO_RELAX] = "relax",
  [VASTUS_TEMPO_STRAIGHTEN] = "straighten",
  [VASTUS_TEMPO_BEND] = "bend",
  [VASTUS_TEMPO_LIFT] = "lift",
  [VASTUS_TEMPO_PRESS] = "press",
  [VASTUS_TEMPO_PULL] = "pull",
  [VASTUS_TEMPO_STEP_UP] = "step-up",
  [VASTUS_TEMPO_STEP_DOWN] = "step-down",
};

VastusDose *
vastus_dose_new (void)
{
  return g_new0 (VastusDose, 1);
}

VastusDose *
vastus_dose_copy (const VastusDose *self)
{
  return g_memdup2 (self, sizeof *self);
}

void
vastus_dose_free (VastusDose *self)
{
  g_free (self);
}

gboolean
vastus_dose_has (const VastusDose *self,
                 VastusDoseValue   which)
{
  g_return_val_if_fail (which < VASTUS_DOSE_N_VALUES, FALSE);

  return (self->present & (1u << which)) != 0;
}

/**
 * vastus_dose_get:
 *
 * Returns: the value, or 0 when the dose does not have it
 */
double
vastus_dose_get (const VastusDose *self,
                 VastusDoseValue   which)
{
  return vastus_dose_has (self, which) ? self->value[which] : 0;
}

void
vastus_dose_set (VastusDose      *self,
                 VastusDoseValue  which,
                 double           value)
{
  g_return_if_fail (which < VASTUS_DOSE_N_VALUES);

  self->value[which] = value;
  self->present |= 1u << which;
}

gboolean
vastus_dose_get_bounds (const VastusDose *self,
                        VastusDoseValue   which,
                        double           *min,
                        double           *max)
{
  g_return_val_if_fail (which < VASTUS_DOSE_N_VALUES, FALSE);

  if ((self->bounded & (1u << which)) == 0)
    return FALSE;

  if (min != NULL)
    *min = self->min[which];
  if (max != NULL)
    *max = self->max[which];
  return TRUE;
}

void
vastus_dose_set_bounds (VastusDose      *self,
                        VastusDoseValue  which,
                        double           min,
                        double           max)
{
  g_return_if_fail (which < VASTUS_DOSE_N_VALUES);

  self->min[which] = min;
  self->max[which] = max;
  self->bounded |= 1u << which;
}

/**
 * vastus_dose_get_sore_leg_only:
 *
 * Returns: whether one-leg work is done on the sore leg only, the other
 *   leg resting, rather than on each leg in turn
 */
gboolean
vastus_dose_get_sore_leg_only (const VastusDose *self)
{
  return self->sore_leg_only;
}

void
vastus_dose_set_sore_leg_only (VastusDose *self,
                               gboolean    sore_leg_only)
{
  self->sore_leg_only = sore_leg_only;
}

gboolean
vastus_dose_is_hold (const VastusDose *self)
{
  return vastus_dose_has (self, VASTUS_DOSE_HOLD);
}

/* Paced reps follow the tempo; unpaced reps are counted by the person. */
gboolean
vastus_dose_is_paced (const VastusDose *self)
{
  return vastus_dose_has (self, VASTUS_DOSE_REPS) && self->n_tempo > 0;
}

double
vastus_dose_rep_seconds (const VastusDose *self)
{
  double total = 0;

  for (guint i = 0; i < self->n_tempo; i++)
    total += self->tempo[i].seconds;

  return total;
}

const char *
vastus_dose_value_key (VastusDoseValue which)
{
  g_return_val_if_fail (which < VASTUS_DOSE_N_VALUES, NULL);
  return dose_values[which].key;
}

const char *
vastus_dose_value_progression_name (VastusDoseValue which)
{
  g_return_val_if_fail (which < VASTUS_DOSE_N_VALUES, NULL);
  return dose_values[which].progression;
}

gboolean
vastus_dose_value_range (VastusDoseValue  which,
                         double          *min,
                         double          *max)
{
  g_return_val_if_fail (which < VASTUS_DOSE_N_VALUES, FALSE);
  *min = dose_values[which].min;
  *max = dose_values[which].max;
  return TRUE;
}

gboolean
vastus_dose_value_is_integer (VastusDoseValue which)
{
  g_return_val_if_fail (which < VASTUS_DOSE_N_VALUES, FALSE);
  return dose_values[which].integer;
}

gboolean
vastus_tempo_cue_from_string (const char     *name,
                              VastusTempoCue *cue)
{
  for (guint i = 0; i < VASTUS_TEMPO_N_CUES; i++)
    if (g_strcmp0 (name, tempo_cue_names[i]) == 0)
      {
        *cue = i;
        return TRUE;
      }

  return FALSE;
}

const char *
vastus_tempo_cue_to_string (VastusTempoCue cue)
{
  g_return_val_if_fail (cue < VASTUS_TEMPO_N_CUES, NULL);
  return tempo_cue_names[cue];
}

/* The words shown and spoken during a paced rep. */
const char *
vastus_tempo_cue_label (VastusTempoCue cue)
{
  switch (cue)
    {
    case VASTUS_TEMPO_LOWER: return _("Lower slowly");
    case VASTUS_TEMPO_RISE: return _("Rise");
    case VASTUS_TEMPO_HOLD: return _("Hold");
    case VASTUS_TEMPO_SQUEEZE: return _("Squeeze");
    case VASTUS_TEMPO_RELAX: return _("Relax");
    case VASTUS_TEMPO_STRAIGHTEN: return _("Straighten");
    case VASTUS_TEMPO_BEND: return _("Bend");
    case VASTUS_TEMPO_LIFT: return _("Lift");
    case VASTUS_TEMPO_PRESS: return _("Press");
    case VASTUS_TEMPO_PULL: return _("Pull");
    case VASTUS_TEMPO_STEP_UP: return _("Step up");
    case VASTUS_TEMPO_STEP_DOWN: return _("Step down slowly");
    case VASTUS_TEMPO_N_CUES:
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * vastus_keep_units_with_numbers:
 * @text: a dose or duration as words, in any language
 *
 * A narrow line may break at any space, and "rest 30 s" then ends a line
 * with "30" and starts the next with a lone "s". This joins each number to
 * a short word right after it (up to three letters: "s", "min", "kg", or
 * German "je") with a no-break space, so the two stay on one line. Longer
 * words still wrap as before.
 *
 * Returns: @text with those spaces made no-break spaces
 */
char *
vastus_keep_units_with_numbers (const char *text)
{
  GString *joined;

  g_return_val_if_fail (text != NULL, NULL);

  joined = g_string_sized_new (strlen (text) + 8);
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == ' ' && p > text && g_ascii_isdigit (p[-1]))
        {
          const char *q = p + 1;
          guint letters = 0;

          while (*q != '\0' && g_unichar_isalpha (g_utf8_get_char (q)))
            {
              letters++;
              q = g_utf8_next_char (q);
            }
          if (letters >= 1 && letters <= 3)
            {
              g_string_append (joined, "\u00a0");
              continue;
            }
        }
      g_string_append_c (joined, *p);
    }
  return g_string_free (joined, FALSE);
}

/**
 * vastus_format_seconds:
 *
 * Returns: a duration in words: "45 s", "2 min", "1 min 30 s"
 */
char *
vastus_format_seconds (int seconds)
{
  int minutes = seconds / 60;
  int rest = seconds % 60;

  /* Rests and holds read best in seconds up to two minutes. */
  if (seconds < 120)
    /* Translators: a duration in seconds, as in "45 s" */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d s", "%d s", seconds), seconds);
  if (rest == 0)
    /* Translators: a duration in minutes, as in "2 min" */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d min", "%d min", minutes), minutes);
  /* Translators: a duration in minutes and seconds, as in "2 min 30 s";
   * the plural is chosen by the minutes */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d min %d s", "%d min %d s", minutes), minutes, rest);
}

static char *
format_number (double value)
{
  if (value == floor (value))
    return g_strdup_printf ("%.0f", value);
  return g_strdup_printf ("%.1f", value);
}

/* The slow lowering part of a rep, which is worth saying in the dose. */
static const VastusTempoPhase *
find_slow_lowering (const VastusDose *self)
{
  for (guint i = 0; i < self->n_tempo; i++)
    {
      VastusTempoCue cue = self->tempo[i].cue;

      if ((cue == VASTUS_TEMPO_LOWER || cue == VASTUS_TEMPO_STEP_DOWN) &&
          self->tempo[i].seconds >= 2)
        return &self->tempo[i];
    }

  return NULL;
}

/* A held part of a rep (a squeeze, a pause at the top) long enough to say. */
static const VastusTempoPhase *
find_held_phase (const VastusDose *self)
{
  for (guint i = 0; i < self->n_tempo; i++)
    {
      VastusTempoCue cue = self->tempo[i].cue;

      if ((cue == VASTUS_TEMPO_HOLD || cue == VASTUS_TEMPO_SQUEEZE) && self->tempo[i].seconds >= 2)
        return &self->tempo[i];
    }

  return NULL;
}

/**
 * vastus_dose_describe:
 * @side: how the exercise uses the legs
 *
 * Returns: the dose in words, as on a physiotherapist's sheet:
 *   "3 × 30 s hold, rest 60 s" or "2 × 12 each leg, 3 s down, rest 45 s"
 */
/* How one-leg work is done, for the main part of the dose. */
typedef enum
{
  LEGS_TOGETHER,
  LEGS_EACH,
  LEGS_ALTERNATING,
  LEGS_SORE_ONLY,
} Legs;

/* The main part of the dose, "3 × 30 s hold each leg", as one whole phrase a
 * translator can order as their language needs. */
static char *
describe_main (const VastusDose *self,
               Legs              legs)
{
  int sets = (int) vastus_dose_get (self, VASTUS_DOSE_SETS);
  int seconds = (int) vastus_dose_get (self, VASTUS_DOSE_HOLD);
  int reps = (int) vastus_dose_get (self, VASTUS_DOSE_REPS);
  g_autofree char *hold = vastus_dose_is_hold (self) ? vastus_format_seconds (seconds) : NULL;

  if (hold != NULL && sets > 1)
    switch (legs)
      {
      case LEGS_TOGETHER:
        /* Translators: sets × a held time, as in "3 × 30 s hold"; the plural is chosen by the sets */
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d × %s hold", "%d × %s hold", sets), sets, hold);
      case LEGS_EACH:
        /* Translators: as in "3 × 30 s hold each leg" */
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d × %s hold each leg", "%d × %s hold each leg",
                                             sets), sets, hold);
      case LEGS_ALTERNATING:
        /* Translators: as in "3 × 30 s hold alternating legs" */
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d × %s hold alternating legs",
                                             "%d × %s hold alternating legs", sets), sets, hold);
      case LEGS_SORE_ONLY:
      default:
        /* Translators: one-leg work done on the sore leg only, as in "3 × 30 s hold, sore leg only" */
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d × %s hold, sore leg only",
                                             "%d × %s hold, sore leg only", sets), sets, hold);
      }

  if (hold != NULL && seconds < 60)
    switch (legs)
      {
      case LEGS_TOGETHER:
        /* Translators: one held time, as in "30 s hold" */
        return g_strdup_printf (_("%s hold"), hold);
      case LEGS_EACH:
        /* Translators: as in "30 s hold each leg" */
        return g_strdup_printf (_("%s hold each leg"), hold);
      case LEGS_ALTERNATING:
        /* Translators: as in "30 s hold alternating legs" */
        return g_strdup_printf (_("%s hold alternating legs"), hold);
      case LEGS_SORE_ONLY:
      default:
        /* Translators: as in "30 s hold, sore leg only" */
        return g_strdup_printf (_("%s hold, sore leg only"), hold);
      }

  /* One long block (a warm-up, foam rolling) is a time, not a hold. */
  if (hold != NULL)
    switch (legs)
      {
      case LEGS_TOGETHER:
        return g_strdup (hold);
      case LEGS_EACH:
        /* Translators: one timed block, as in "2 min each leg" */
        return g_strdup_printf (_("%s each leg"), hold);
      case LEGS_ALTERNATING:
        /* Translators: one timed block, as in "2 min alternating legs" */
        return g_strdup_printf (_("%s alternating legs"), hold);
      case LEGS_SORE_ONLY:
      default:
        /* Translators: one timed block, as in "2 min, sore leg only" */
        return g_strdup_printf (_("%s, sore leg only"), hold);
      }

  if (sets > 1)
    switch (legs)
      {
      case LEGS_TOGETHER:
        /* Translators: sets × repetitions, as in "3 × 12"; the plural is chosen by the repetitions */
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d × %d", "%d × %d", reps), sets, reps);
      case LEGS_EACH:
        /* Translators: sets × repetitions, as in "3 × 12 each leg" */
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d × %d each leg", "%d × %d each leg", reps),
                                sets, reps);
      case LEGS_ALTERNATING:
        /* Translators: sets × repetitions, as in "3 × 12 alternating legs" */
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d × %d alternating legs",
                                             "%d × %d alternating legs", reps), sets, reps);
      case LEGS_SORE_ONLY:
      default:
        /* Translators: sets × repetitions on the sore leg only, as in "3 × 12, sore leg only" */
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d × %d, sore leg only",
                                             "%d × %d, sore leg only", reps), sets, reps);
      }

  switch (legs)
    {
    case LEGS_TOGETHER:
      /* Translators: one set of repetitions, as in "12 reps" */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d rep", "%d reps", reps), reps);
    case LEGS_EACH:
      /* Translators: one set of repetitions, as in "12 reps each leg" */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d rep each leg", "%d reps each leg", reps), reps);
    case LEGS_ALTERNATING:
      /* Translators: one set of repetitions, as in "12 reps alternating legs" */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d rep alternating legs",
                                           "%d reps alternating legs", reps), reps);
    case LEGS_SORE_ONLY:
    default:
      /* Translators: one set of repetitions, as in "12 reps, sore leg only" */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d rep, sore leg only",
                                           "%d reps, sore leg only", reps), reps);
    }
}

static void
append_part (GString    *text,
             const char *part)
{
  /* Translators: between the parts of a dose, as in "3 × 12, 3 s down, rest 45 s" */
  g_string_append (text, C_("dose", ", "));
  g_string_append (text, part);
}

/**
 * vastus_dose_describe:
 * @side: how the exercise uses the legs
 *
 * Returns: the dose in words, as on a physiotherapist's sheet:
 *   "3 × 30 s hold, rest 60 s" or "2 × 12 each leg, 3 s down, rest 45 s"
 */
char *
vastus_dose_describe (const VastusDose *self,
                      VastusSide        side)
{
  GString *text = g_string_new (NULL);
  int sets = (int) vastus_dose_get (self, VASTUS_DOSE_SETS);
  const VastusTempoPhase *lowering;
  const VastusTempoPhase *held;
  Legs legs = LEGS_TOGETHER;

  if (side == VASTUS_SIDE_ONE && self->sore_leg_only)
    legs = LEGS_SORE_ONLY;
  else if (side == VASTUS_SIDE_ONE)
    legs = LEGS_EACH;
  else if (side == VASTUS_SIDE_ALTERNATING)
    legs = LEGS_ALTERNATING;

  {
    g_autofree char *main_part = describe_main (self, legs);
    g_string_append (text, main_part);
  }

  lowering = find_slow_lowering (self);
  held = find_held_phase (self);
  if (lowering != NULL)
    {
      int seconds = (int) lround (lowering->seconds);
      /* Translators: the time taken to lower in each rep, as in "3 s down" */
      g_autofree char *part = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d s down", "%d s down", seconds),
                                               seconds);
      append_part (text, part);
    }
  else if (held != NULL)
    {
      int seconds = (int) lround (held->seconds);
      g_autofree char *part = NULL;

      if (held->cue == VASTUS_TEMPO_SQUEEZE)
        /* Translators: how long each rep's squeeze lasts, as in "5 s squeeze" */
        part = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d s squeeze", "%d s squeeze", seconds), seconds);
      else
        /* Translators: how long each rep is held, as in "3 s hold" */
        part = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d s hold", "%d s hold", seconds), seconds);
      append_part (text, part);
    }

  if (vastus_dose_has (self, VASTUS_DOSE_DEPTH))
    {
      int degrees = (int) lround (vastus_dose_get (self, VASTUS_DOSE_DEPTH));
      /* Translators: how far the knee bends, in degrees from straight, as in "knee bent to 60°" */
      g_autofree char *part = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "knee bent to %d°",
                                                            "knee bent to %d°", degrees), degrees);
      append_part (text, part);
    }

  if (vastus_dose_has (self, VASTUS_DOSE_STEP))
    {
      int cm = (int) lround (vastus_dose_get (self, VASTUS_DOSE_STEP));
      /* Translators: the height of the step, in centimetres, as in "15 cm step" */
      g_autofree char *part = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d cm step", "%d cm step", cm), cm);
      append_part (text, part);
    }

  if (vastus_dose_has (self, VASTUS_DOSE_LOAD) && vastus_dose_get (self, VASTUS_DOSE_LOAD) > 0)
    {
      g_autofree char *kg = format_number (vastus_dose_get (self, VASTUS_DOSE_LOAD));
      /* Translators: added weight in kilograms, as in "2.5 kg"; the number is written for the locale */
      g_autofree char *part = g_strdup_printf (_("%s kg"), kg);
      append_part (text, part);
    }

  if (vastus_dose_get (self, VASTUS_DOSE_REST) > 0 && sets > 1)
    {
      g_autofree char *rest = vastus_format_seconds ((int) vastus_dose_get (self, VASTUS_DOSE_REST));
      /* Translators: the rest between sets, as in "rest 45 s" */
      g_autofree char *part = g_strdup_printf (_("rest %s"), rest);
      append_part (text, part);
    }

  return g_string_free (text, FALSE);
}

typedef enum
{
  RANGE_SETS,
  RANGE_REPS,
  RANGE_HOLD,
  RANGE_DEPTH,
  RANGE_STEP,
  RANGE_LOAD,
} Range;

/* One range of the bounds, "reps 8–12", as a whole phrase. */
static void
append_range (GString *text,
              Range    range,
              double   min,
              double   max)
{
  g_autofree char *low = format_number (min);
  g_autofree char *high = format_number (max);
  gboolean one = min == max;

  if (text->len > 0)
    /* Translators: between the ranges of a dose, as in "sets 2–4, reps 8–12" */
    g_string_append (text, C_("dose", ", "));
  switch (range)
    {
    case RANGE_SETS:
      if (one)
        /* Translators: the fixed number of sets, as in "sets 3" */
        g_string_append_printf (text, _("sets %s"), low);
      else
        /* Translators: the range the coach may move the sets in, as in "sets 2–4" */
        g_string_append_printf (text, _("sets %s–%s"), low, high);
      break;
    case RANGE_REPS:
      if (one)
        /* Translators: as in "reps 12" */
        g_string_append_printf (text, _("reps %s"), low);
      else
        /* Translators: as in "reps 8–12" */
        g_string_append_printf (text, _("reps %s–%s"), low, high);
      break;
    case RANGE_HOLD:
      if (one)
        /* Translators: a held time in seconds, as in "hold 30 s" */
        g_string_append_printf (text, _("hold %s s"), low);
      else
        /* Translators: as in "hold 20–45 s" */
        g_string_append_printf (text, _("hold %s–%s s"), low, high);
      break;
    case RANGE_DEPTH:
      if (one)
        /* Translators: how far the knee bends, as in "knee bend 60°" */
        g_string_append_printf (text, _("knee bend %s°"), low);
      else
        /* Translators: as in "knee bend 45–90°" */
        g_string_append_printf (text, _("knee bend %s–%s°"), low, high);
      break;
    case RANGE_STEP:
      if (one)
        /* Translators: a step height, as in "step 15 cm" */
        g_string_append_printf (text, _("step %s cm"), low);
      else
        /* Translators: as in "step 10–20 cm" */
        g_string_append_printf (text, _("step %s–%s cm"), low, high);
      break;
    case RANGE_LOAD:
    default:
      if (one)
        /* Translators: added weight, as in "weight 2 kg" */
        g_string_append_printf (text, _("weight %s kg"), low);
      else
        /* Translators: as in "weight 0–5 kg" */
        g_string_append_printf (text, _("weight %s–%s kg"), low, high);
      break;
    }
}

/**
 * vastus_dose_describe_bounds:
 *
 * Returns: (nullable): the range progression may move the dose within, in
 *   words ("sets 2–4, reps 8–12"), or %NULL when the dose is fixed
 */
char *
vastus_dose_describe_bounds (const VastusDose *self)
{
  GString *text = g_string_new (NULL);
  double min, max;

  if (vastus_dose_get_bounds (self, VASTUS_DOSE_SETS, &min, &max))
    append_range (text, RANGE_SETS, min, max);
  if (vastus_dose_get_bounds (self, VASTUS_DOSE_REPS, &min, &max))
    append_range (text, RANGE_REPS, min, max);
  if (vastus_dose_get_bounds (self, VASTUS_DOSE_HOLD, &min, &max))
    append_range (text, RANGE_HOLD, min, max);
  if (vastus_dose_get_bounds (self, VASTUS_DOSE_DEPTH, &min, &max))
    append_range (text, RANGE_DEPTH, min, max);
  if (vastus_dose_get_bounds (self, VASTUS_DOSE_STEP, &min, &max))
    append_range (text, RANGE_STEP, min, max);
  if (vastus_dose_get_bounds (self, VASTUS_DOSE_LOAD, &min, &max))
    append_range (text, RANGE_LOAD, min, max);

  if (text->len == 0)
    {
      g_string_free (text, TRUE);
      return NULL;
    }

  /* A sentence starts with a capital, whichever value comes first. */
  {
    const char *rest = g_utf8_next_char (text->str);
    g_autofree char *first = g_utf8_strup (text->str, rest - text->str);

    g_string_erase (text, 0, rest - text->str);
    g_string_prepend (text, first);
  }

  return g_string_free (text, FALSE);
}

static gboolean
has_key (const cJSON *object,
         const char  *key)
{
  return cJSON_GetObjectItemCaseSensitive (object, key) != NULL;
}

static gboolean
check_dose_value (VastusCheck     *check,
                  const cJSON     *object,
                  const char      *prefix,
                  VastusDoseValue  which,
                  gboolean         required,
                  double          *out)
{
  const char *key = vastus_dose_value_key (which);
  char field[64];
  double min, max;

  g_snprintf (field, sizeof field, "%s%s", prefix, key);
  vastus_dose_value_range (which, &min, &max);

  if (vastus_dose_value_is_integer (which))
    {
      int value;

      if (!vastus_check_int (check, object, key, field, required, (int) min, (int) max, &value))
        return FALSE;
      *out = value;
      return TRUE;
    }

  return vastus_check_number (check, object, key, field, required, min, max, out);
}

static void
read_tempo (VastusCheck *check,
            const cJSON *dose_object,
            VastusDose  *dose)
{
  const cJSON *tempo = vastus_check_array (check, dose_object, "tempo", "dose.tempo", FALSE);
  const cJSON *phase;
  guint i = 0;
  double total = 0;

  if (tempo == NULL)
    return;

  if (!vastus_dose_has (dose, VASTUS_DOSE_REPS))
    {
      vastus_check_add (check, "dose.tempo", _("paces repetitions, so it needs dose.reps"));
      return;
    }

  if (cJSON_GetArraySize (tempo) < 1 || cJSON_GetArraySize (tempo) > VASTUS_TEMPO_MAX_PHASES)
    {
      vastus_check_add (check, "dose.tempo", _("must list from 1 to %d phases"),
                        VASTUS_TEMPO_MAX_PHASES);
      return;
    }

  cJSON_ArrayForEach (phase, tempo)
    {
      char field[32], cue_field[32], s_field[32];
      const char *cue_name;
      double seconds;

      /* Field names on the stack: this runs for every rep-based exercise. */
      g_snprintf (field, sizeof field, "dose.tempo[%u]", i);
      g_snprintf (cue_field, sizeof cue_field, "dose.tempo[%u].cue", i);
      g_snprintf (s_field, sizeof s_field, "dose.tempo[%u].s", i);

      if (!cJSON_IsObject (phase))
        {
          vastus_check_add (check, field, _("must be an object like { \"cue\": \"lower\", \"s\": 3 }"));
          return;
        }

      cue_name = vastus_check_string (check, phase, "cue", cue_field, TRUE, 0);
      if (cue_name != NULL &&
          !vastus_tempo_cue_from_string (cue_name, &dose->tempo[i].cue))
        {
          GString *allowed = g_string_new (NULL);

          for (guint c = 0; c < VASTUS_TEMPO_N_CUES; c++)
            g_string_append_printf (allowed, "%s'%s'", c > 0 ? ", " : "",
                                    vastus_tempo_cue_to_string (c));
          vastus_check_add (check, cue_field, _("must be one of %s, not '%s'"),
                            allowed->str, cue_name);
          g_string_free (allowed, TRUE);
        }

      if (vastus_check_number (check, phase, "s", s_field, TRUE, 0, 20, &seconds))
        {
          dose->tempo[i].seconds = seconds;
          total += seconds;
        }
      i++;
    }

  dose->n_tempo = i;
  if (total <= 0)
    vastus_check_add (check, "dose.tempo", _("must take some time: its phases add up to 0 s"));
}

/**
 * vastus_dose_read_json:
 * @object: an object with a "dose", and optionally "bounds" and "progression"
 * @dose: (out caller-allocates): the dose read
 * @progression: (out): a bit per VastusDoseValue the engine may move
 *
 * Reads and checks a dose, as the catalogue and the person's programme hold
 * one, reporting every problem to @check.
 */
void
vastus_dose_read_json (VastusCheck *check,
                       const cJSON *object,
                       VastusDose  *dose,
                       guint       *progression)
{
  const cJSON *dose_object = vastus_check_object (check, object, "dose", "dose", TRUE);
  const cJSON *bounds_object = vastus_check_object (check, object, "bounds", "bounds", FALSE);
  g_auto (GStrv) progress = NULL;
  double value;

  if (dose_object == NULL)
    return;

  for (VastusDoseValue which = 0; which < VASTUS_DOSE_N_VALUES; which++)
    {
      gboolean required = which == VASTUS_DOSE_SETS || which == VASTUS_DOSE_REST;

      if (check_dose_value (check, dose_object, "dose.", which, required, &value))
        vastus_dose_set (dose, which, value);
    }

  if (has_key (dose_object, "reps") && has_key (dose_object, "hold_s"))
    vastus_check_add (check, "dose", _("must give either reps or hold_s, not both"));
  else if (!has_key (dose_object, "reps") && !has_key (dose_object, "hold_s"))
    vastus_check_add (check, "dose", _("must give either reps or hold_s"));

  read_tempo (check, dose_object, dose);

  /* "legs": "sore" for one-leg work on the sore leg only; "each" or none
   * for each leg in turn. */
  if (has_key (dose_object, "legs"))
    {
      const cJSON *legs = cJSON_GetObjectItemCaseSensitive (dose_object, "legs");

      if (cJSON_IsString (legs) && g_strcmp0 (legs->valuestring, "sore") == 0)
        dose->sore_leg_only = TRUE;
      else if (!cJSON_IsString (legs) || g_strcmp0 (legs->valuestring, "each") != 0)
        vastus_check_add (check, "dose.legs", _("must be “each” or “sore”"));
    }

  if (bounds_object != NULL)
    {
      const cJSON *item;

      cJSON_ArrayForEach (item, bounds_object)
        {
          char field[64];
          VastusDoseValue which;
          double min, max, low, high;

          for (which = 0; which < VASTUS_DOSE_N_VALUES; which++)
            if (g_strcmp0 (item->string, vastus_dose_value_key (which)) == 0)
              break;

          if (which == VASTUS_DOSE_N_VALUES)
            continue;   /* unknown: a newer file */

          g_snprintf (field, sizeof field, "bounds.%s", item->string);

          vastus_dose_value_range (which, &min, &max);
          if (!cJSON_IsArray (item) || cJSON_GetArraySize (item) != 2 ||
              !cJSON_IsNumber (cJSON_GetArrayItem (item, 0)) ||
              !cJSON_IsNumber (cJSON_GetArrayItem (item, 1)))
            {
              vastus_check_add (check, field, _("must be a pair [lowest, highest]"));
              continue;
            }

          low = cJSON_GetArrayItem (item, 0)->valuedouble;
          high = cJSON_GetArrayItem (item, 1)->valuedouble;
          if (low < min || high > max || low > high)
            {
              vastus_check_add (check, field,
                                _("must be a pair [lowest, highest] from %g to %g, not [%g, %g]"),
                                min, max, low, high);
              continue;
            }

          if (!vastus_dose_has (dose, which))
            {
              if (!has_key (dose_object, item->string))
                vastus_check_add (check, field, _("bounds a value the dose does not have"));
              continue;
            }

          value = vastus_dose_get (dose, which);
          if (value < low || value > high)
            {
              vastus_check_add (check, field,
                                _("must contain the default dose (%g), not [%g, %g]"),
                                value, low, high);
              continue;
            }

          vastus_dose_set_bounds (dose, which, low, high);
        }
    }

  progress = vastus_check_strv (check, object, "progression", "progression", FALSE, 0, 0);
  for (guint i = 0; progress != NULL && progress[i] != NULL; i++)
    {
      char field[32];
      VastusDoseValue which;

      g_snprintf (field, sizeof field, "progression[%u]", i);

      for (which = 0; which < VASTUS_DOSE_N_VALUES; which++)
        if (g_strcmp0 (progress[i], vastus_dose_value_progression_name (which)) == 0)
          break;

      if (which == VASTUS_DOSE_N_VALUES)
        {
          vastus_check_add (check, field,
                            _("must be one of 'sets', 'reps', 'hold', 'depth', 'step', 'load', not '%s'"),
                            progress[i]);
          continue;
        }

      if (!vastus_dose_get_bounds (dose, which, NULL, NULL))
        {
          vastus_check_add (check, field, _("'%s' needs bounds.%s"),
                            progress[i], vastus_dose_value_key (which));
          continue;
        }

      *progression |= 1u << which;
    }
}


/**
 * vastus_dose_to_json:
 *
 * Returns: (transfer full): the dose's values as a catalogue "dose" object;
 *   bounds stay with the catalogue
 */
cJSON *
vastus_dose_to_json (const VastusDose *self)
{
  cJSON *object = cJSON_CreateObject ();

  for (VastusDoseValue which = 0; which < VASTUS_DOSE_N_VALUES; which++)
    if (vastus_dose_has (self, which))
      cJSON_AddNumberToObject (object, vastus_dose_value_key (which), vastus_dose_get (self, which));

  if (self->sore_leg_only)
    cJSON_AddStringToObject (object, "legs", "sore");

  if (self->n_tempo > 0)
    {
      cJSON *tempo = cJSON_AddArrayToObject (object, "tempo");

      for (guint i = 0; i < self->n_tempo; i++)
        {
          cJSON *phase = cJSON_CreateObject ();

          cJSON_AddStringToObject (phase, "cue", vastus_tempo_cue_to_string (self->tempo[i].cue));
          cJSON_AddNumberToObject (phase, "s", self->tempo[i].seconds);
          cJSON_AddItemToArray (tempo, phase);
        }
    }

  return object;
}
