/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "vastus-dose.h"
#include "vastus-json.h"
#include "vastus-pose.h"

G_BEGIN_DECLS

typedef enum
{
  VASTUS_CATEGORY_STRENGTH,
  VASTUS_CATEGORY_ISOMETRIC,
  VASTUS_CATEGORY_STRETCH,
  VASTUS_CATEGORY_MOBILITY,
  VASTUS_CATEGORY_WARM_UP,
  VASTUS_CATEGORY_COOL_DOWN,
  VASTUS_CATEGORY_RELEASE,
  VASTUS_N_CATEGORIES
} VastusCategory;

GType vastus_category_get_type (void) G_GNUC_CONST;
#define VASTUS_TYPE_CATEGORY (vastus_category_get_type ())

#define VASTUS_LEVEL_MIN 1
#define VASTUS_LEVEL_MAX 5
#define VASTUS_STAGES_MAX 8

#define VASTUS_TYPE_EXERCISE (vastus_exercise_get_type ())

G_DECLARE_FINAL_TYPE (VastusExercise, vastus_exercise, VASTUS, EXERCISE, GObject)

VastusExercise    *vastus_exercise_new_from_json   (VastusCheck      *check,
                                                    const cJSON      *object,
                                                    const char       *folder);
void               vastus_exercise_translate       (VastusExercise   *self,
                                                    const char       *domain);

const char        *vastus_exercise_get_id          (VastusExercise   *self);
const char        *vastus_exercise_get_name        (VastusExercise   *self);
const char        *vastus_exercise_get_summary     (VastusExercise   *self);
VastusCategory     vastus_exercise_get_category    (VastusExercise   *self);
int                vastus_exercise_get_level       (VastusExercise   *self);
VastusSide         vastus_exercise_get_side        (VastusExercise   *self);
gboolean           vastus_exercise_get_sides_in_turn (VastusExercise *self);
const char        *vastus_exercise_get_stage_at    (VastusExercise   *self,
                                                    double            seconds);
const char * const *vastus_exercise_get_muscles    (VastusExercise   *self);
const char * const *vastus_exercise_get_equipment  (VastusExercise   *self);
const char * const *vastus_exercise_get_steps      (VastusExercise   *self);
const char * const *vastus_exercise_get_cues       (VastusExercise   *self);
const char * const *vastus_exercise_get_cautions   (VastusExercise   *self);
const VastusDose  *vastus_exercise_get_dose        (VastusExercise   *self);
gboolean           vastus_exercise_can_progress    (VastusExercise   *self,
                                                    VastusDoseValue   which);
const char        *vastus_exercise_get_easier      (VastusExercise   *self);
const char        *vastus_exercise_get_harder      (VastusExercise   *self);
const char        *vastus_exercise_get_home_alternative (VastusExercise *self);
gboolean           vastus_exercise_needs_machine   (VastusExercise   *self);
GStrv              vastus_exercise_missing_equipment (VastusExercise *self,
                                                    const char * const *have);
const char        *vastus_exercise_get_clip        (VastusExercise   *self);
char              *vastus_exercise_resolve_clip    (VastusExercise   *self,
                                                    GError          **error);
const VastusPose  *vastus_exercise_get_pose        (VastusExercise   *self);
const char        *vastus_exercise_get_folder      (VastusExercise   *self);
gboolean           vastus_exercise_uses_equipment  (VastusExercise   *self,
                                                    const char       *equipment);
gboolean           vastus_exercise_works_vmo       (VastusExercise   *self);
gboolean           vastus_exercise_matches         (VastusExercise   *self,
                                                    const char       *folded_query);
char              *vastus_exercise_describe_dose   (VastusExercise   *self);
char              *vastus_exercise_describe_kind   (VastusExercise   *self);
char              *vastus_exercise_describe_muscles (VastusExercise  *self);
char              *vastus_exercise_describe_equipment (VastusExercise *self);

char              *vastus_search_fold              (const char       *query);

const char        *vastus_category_to_string       (VastusCategory    category);
const char        *vastus_category_label           (VastusCategory    category);
const char * const *vastus_equipment_names         (void);
const char        *vastus_equipment_label          (const char       *equipment);
gboolean           vastus_equipment_is_machine     (const char       *equipment);
const char        *vastus_equipment_have_label     (const char       *equipment);
const char        *vastus_equipment_needed_label   (const char       *equipment);
char              *vastus_equipment_describe_missing (const char * const *missing);
GStrv              vastus_equipment_home_defaults  (void);
const char        *vastus_muscle_label             (const char       *muscle);
const char        *vastus_side_label               (VastusSide        side);

G_END_DECLS
