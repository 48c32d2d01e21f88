/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "vastus-exercise.h"

G_BEGIN_DECLS

#define VASTUS_TYPE_EXERCISE_ROW (vastus_exercise_row_get_type ())

G_DECLARE_FINAL_TYPE (VastusExerciseRow, vastus_exercise_row, VASTUS, EXERCISE_ROW, GtkWidget)

GtkWidget      *vastus_exercise_row_new          (void);
void            vastus_exercise_row_set_exercise (VastusExerciseRow *self,
                                                  VastusExercise    *exercise);

G_END_DECLS
