/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* What the tests read back and drive; not for other widgets. */

#include "vastus-exercise-detail.h"

G_BEGIN_DECLS

VastusExercise *vastus_exercise_detail_get_exercise   (VastusExerciseDetail *self);
VastusClipView *vastus_exercise_detail_get_clip_view  (VastusExerciseDetail *self);
const char     *vastus_exercise_detail_get_legend     (VastusExerciseDetail  *self,
                                                       GtkWidget            **swatch);
GtkWidget      *vastus_exercise_detail_get_variant_row (VastusExerciseDetail *self,
                                                        gboolean              harder);
double          vastus_exercise_detail_get_scrolled   (VastusExerciseDetail *self);
GtkWidget      *vastus_exercise_detail_get_missing_row (VastusExerciseDetail *self);
GtkWidget      *vastus_exercise_detail_get_alternative_row (VastusExerciseDetail *self);

G_END_DECLS
