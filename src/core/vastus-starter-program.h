/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "vastus-json.h"

G_BEGIN_DECLS

#define VASTUS_TYPE_STARTER_PROGRAM (vastus_starter_program_get_type ())

G_DECLARE_FINAL_TYPE (VastusStarterProgram, vastus_starter_program, VASTUS, STARTER_PROGRAM, GObject)

void                  vastus_starter_program_translate              (VastusStarterProgram *self,
                                                                     const char           *domain);
VastusStarterProgram *vastus_starter_program_new_from_json          (VastusCheck          *check,
                                                                     const cJSON          *object);
const char           *vastus_starter_program_get_id                 (VastusStarterProgram *self);
const char           *vastus_starter_program_get_name               (VastusStarterProgram *self);
const char           *vastus_starter_program_get_summary            (VastusStarterProgram *self);
int                   vastus_starter_program_get_phase              (VastusStarterProgram *self);
int                   vastus_starter_program_get_sessions_per_week  (VastusStarterProgram *self);
const char * const   *vastus_starter_program_get_exercises          (VastusStarterProgram *self);

G_END_DECLS
