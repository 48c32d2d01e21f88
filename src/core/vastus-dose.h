/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "vastus-json.h"

G_BEGIN_DECLS

typedef enum
{
  VASTUS_SIDE_BOTH,
  VASTUS_SIDE_ONE,
  VASTUS_SIDE_ALTERNATING,
} VastusSide;

GType vastus_side_get_type (void) G_GNUC_CONST;
#define VASTUS_TYPE_SIDE (vastus_side_get_type ())

/* The values a dose is made of; also the variables progression may move. */
typedef enum
{
  VASTUS_DOSE_SETS,
  VASTUS_DOSE_REPS,
  VASTUS_DOSE_HOLD,
  VASTUS_DOSE_REST,
  VASTUS_DOSE_DEPTH,
  VASTUS_DOSE_STEP,
  VASTUS_DOSE_LOAD,
  VASTUS_DOSE_N_VALUES
} VastusDoseValue;

typedef enum
{
  VASTUS_TEMPO_LOWER,
  VASTUS_TEMPO_RISE,
  VASTUS_TEMPO_HOLD,
  VASTUS_TEMPO_SQUEEZE,
  VASTUS_TEMPO_RELAX,
  VASTUS_TEMPO_STRAIGHTEN,
  VASTUS_TEMPO_BEND,
  VASTUS_TEMPO_LIFT,
  VASTUS_TEMPO_PRESS,
  VASTUS_TEMPO_PULL,
  VASTUS_TEMPO_STEP_UP,
  VASTUS_TEMPO_STEP_DOWN,
  VASTUS_TEMPO_N_CUES
} VastusTempoCue;

#define VASTUS_TEMPO_MAX_PHASES 6

typedef struct
{
  VastusTempoCue cue;
  double         seconds;
} VastusTempoPhase;

typedef struct _VastusDose VastusDose;

struct _VastusDose
{
  /*< private >*/
  double           value[VASTUS_DOSE_N_VALUES];
  double           min[VASTUS_DOSE_N_VALUES];
  double           max[VASTUS_DOSE_N_VALUES];
  guint            present;    /* bit per VastusDoseValue in the dose */
  guint            bounded;    /* bit per VastusDoseValue with bounds */
  guint            n_tempo;
  VastusTempoPhase tempo[VASTUS_TEMPO_MAX_PHASES];
  gboolean         sore_leg_only; /* one-leg work on the sore leg only, as a physiotherapist may ask */
};

GType        vastus_dose_get_type        (void) G_GNUC_CONST;
#define VASTUS_TYPE_DOSE (vastus_dose_get_type ())

VastusDose  *vastus_dose_new             (void);
VastusDose  *vastus_dose_copy            (const VastusDose *self);
void         vastus_dose_free            (VastusDose       *self);

gboolean     vastus_dose_has             (const VastusDose *self,
                                          VastusDoseValue   which);
double       vastus_dose_get             (const VastusDose *self,
                                          VastusDoseValue   which);
void         vastus_dose_set             (VastusDose       *self,
                                          VastusDoseValue   which,
                                          double            value);
gboolean     vastus_dose_get_bounds      (const VastusDose *self,
                                          VastusDoseValue   which,
                                          double           *min,
                                          double           *max);
void         vastus_dose_set_bounds      (VastusDose       *self,
                                          VastusDoseValue   which,
                                          double            min,
                                          double            max);
gboolean     vastus_dose_get_sore_leg_only (const VastusDose *self);
void         vastus_dose_set_sore_leg_only (VastusDose     *self,
                                            gboolean        sore_leg_only);
gboolean     vastus_dose_is_hold         (const VastusDose *self);
gboolean     vastus_dose_is_paced        (const VastusDose *self);
double       vastus_dose_rep_seconds     (const VastusDose *self);

char        *vastus_dose_describe        (const VastusDose *self,
                                          VastusSide        side);
char        *vastus_dose_describe_bounds (const VastusDose *self);
char        *vastus_format_seconds       (int               seconds);
char        *vastus_keep_units_with_numbers (const char    *text);

const char  *vastus_dose_value_key       (VastusDoseValue   which);
const char  *vastus_dose_value_progression_name (VastusDoseValue which);
gboolean     vastus_dose_value_range     (VastusDoseValue   which,
                                          double           *min,
                                          double           *max);
gboolean     vastus_dose_value_is_integer (VastusDoseValue  which);
gboolean     vastus_tempo_cue_from_string (const char      *name,
                                           VastusTempoCue  *cue);
const char  *vastus_tempo_cue_to_string  (VastusTempoCue    cue);
const char  *vastus_tempo_cue_label      (VastusTempoCue    cue);

void         vastus_dose_read_json       (VastusCheck      *check,
                                          const cJSON      *object,
                                          VastusDose       *dose,
                                          guint            *progression);
cJSON       *vastus_dose_to_json         (const VastusDose *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VastusDose, vastus_dose_free)

G_END_DECLS
