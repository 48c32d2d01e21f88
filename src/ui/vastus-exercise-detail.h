/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "vastus-store.h"
#include "vastus-clip-view.h"

G_BEGIN_DECLS

#define VASTUS_TYPE_EXERCISE_DETAIL (vastus_exercise_detail_get_type ())

G_DECLARE_FINAL_TYPE (VastusExerciseDetail, vastus_exercise_detail, VASTUS, EXERCISE_DETAIL, AdwBin)

void            vastus_exercise_detail_set_exercise   (VastusExerciseDetail *self,
                                                       VastusExercise       *exercise);
void            vastus_exercise_detail_set_store      (VastusExerciseDetail *self,
                                                       VastusStore          *store);

void                  vastus_exercise_detail_update_program_state (VastusExerciseDetail *self);

G_END_DECLS
