/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "vastus-catalogue.h"
#include "vastus-plan.h"

G_BEGIN_DECLS

/* A shorter session for a day with less time: about this long at most. */
#define VASTUS_SHORT_SESSION_MINUTES 15

#define VASTUS_PROGRAM_ERROR (vastus_program_error_quark ())

typedef enum
{
  VASTUS_PROGRAM_ERROR_READ,
  VASTUS_PROGRAM_ERROR_INVALID,
  VASTUS_PROGRAM_ERROR_WRITE,
} VastusProgramError;

GQuark vastus_program_error_quark (void);

#define VASTUS_PROGRAM_VERSION 1

/* What a programme file allows for sessions a week. */
#define VASTUS_SESSIONS_PER_WEEK_MIN 1
#define VASTUS_SESSIONS_PER_WEEK_MAX 7

/* Why the whole programme is on hold (design/progression.md, rules v2, 1
 * and 3): until the person says the knee has been checked, no session. */
typedef enum
{
  VASTUS_HOLD_NONE,
  VASTUS_HOLD_WARNING_SIGN,   /* a warning sign answered yes */
  VASTUS_HOLD_SEVERE_PAIN,    /* pain during a session of 8/10 or more */
  VASTUS_HOLD_FLARE,          /* mornings 2 over usual for more than 48 hours */
} VastusHoldKind;

typedef struct
{
  VastusHoldKind  kind;
  gint64          since;      /* µs since the epoch */
  gboolean        emergency;  /* call the emergency number first */
  char           *heading;    /* what to do, as a title */
  char           *reason;     /* what happened, one or two sentences */
  char           *advice;     /* what to do today */
} VastusHold;

const char       *vastus_hold_kind_to_string       (VastusHoldKind        kind);
void              vastus_hold_clear                (VastusHold           *hold);

#define VASTUS_TYPE_PROGRAM (vastus_program_get_type ())

G_DECLARE_FINAL_TYPE (VastusProgram, vastus_program, VASTUS, PROGRAM, GObject)

VastusProgram    *vastus_program_new_from_starter  (VastusStarterProgram *starter,
                                                    VastusCatalogue      *catalogue,
                                                    VastusLeg             first_leg);
VastusProgram    *vastus_program_new_from_starter_full (VastusStarterProgram *starter,
                                                    VastusCatalogue      *catalogue,
                                                    VastusLeg             first_leg,
                                                    const char * const   *equipment);
VastusProgram    *vastus_program_load              (const char           *path,
                                                    VastusCatalogue      *catalogue,
                                                    GPtrArray           **problems,
                                                    GError              **error);
gboolean          vastus_program_save              (VastusProgram        *self,
                                                    const char           *path,
                                                    GError              **error);
char             *vastus_program_default_path      (void);
VastusProgram    *vastus_program_copy              (VastusProgram        *self);
const char       *vastus_program_get_notes         (VastusProgram        *self);
void              vastus_program_set_notes         (VastusProgram        *self,
                                                    const char           *notes);

const char       *vastus_program_get_starter_id    (VastusProgram        *self);
int               vastus_program_get_sessions_per_week (VastusProgram    *self);
VastusLeg         vastus_program_get_first_leg     (VastusProgram        *self);
guint             vastus_program_get_n_exercises   (VastusProgram        *self);
VastusExercise   *vastus_program_get_exercise      (VastusProgram        *self,
                                                    guint                 index);
const VastusDose *vastus_program_get_dose          (VastusProgram        *self,
                                                    guint                 index);
VastusPlan       *vastus_program_build_plan        (VastusProgram        *self);
VastusPlan       *vastus_program_build_short_plan  (VastusProgram        *self,
                                                    gint64                most);

int               vastus_program_find              (VastusProgram        *self,
                                                    const char           *id);
void              vastus_program_set_dose          (VastusProgram        *self,
                                                    guint                 index,
                                                    const VastusDose     *dose);
void              vastus_program_replace           (VastusProgram        *self,
                                                    guint                 index,
                                                    VastusExercise       *exercise,
                                                    const VastusDose     *dose);
gboolean          vastus_program_add               (VastusProgram        *self,
                                                    VastusExercise       *exercise);
void              vastus_program_insert            (VastusProgram        *self,
                                                    guint                 index,
                                                    VastusExercise       *exercise,
                                                    const VastusDose     *dose,
                                                    const char           *paused);
void              vastus_program_remove            (VastusProgram        *self,
                                                    guint                 index);
void              vastus_program_move              (VastusProgram        *self,
                                                    guint                 from,
                                                    guint                 to);
void              vastus_program_set_sessions_per_week (VastusProgram    *self,
                                                    int                   sessions);
void              vastus_program_set_paused        (VastusProgram        *self,
                                                    guint                 index,
                                                    const char           *why);
guint             vastus_program_get_generation    (VastusProgram        *self);
const VastusHold *vastus_program_get_hold          (VastusProgram        *self);
void              vastus_program_set_hold          (VastusProgram        *self,
                                                    const VastusHold     *hold);
const char       *vastus_program_get_paused        (VastusProgram        *self,
                                                    guint                 index);

void              vastus_program_set_first_leg     (VastusProgram        *self,
                                                    VastusLeg             leg);
const char * const *vastus_program_get_equipment   (VastusProgram        *self);
void              vastus_program_set_equipment     (VastusProgram        *self,
                                                    const char * const   *equipment);
gboolean          vastus_program_has_equipment     (VastusProgram        *self,
                                                    const char           *equipment);
GStrv             vastus_program_missing_equipment (VastusProgram        *self,
                                                    VastusExercise       *exercise);
gboolean          vastus_program_can_do            (VastusProgram        *self,
                                                    VastusExercise       *exercise);
VastusExercise   *vastus_program_pick_for_equipment (VastusProgram       *self,
                                                    VastusCatalogue      *catalogue,
                                                    VastusExercise       *exercise);

G_END_DECLS
