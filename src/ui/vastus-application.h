/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "vastus-catalogue.h"
#include "vastus-clock.h"
#include "vastus-journal.h"
#include "vastus-program.h"
#include "vastus-progression.h"

G_BEGIN_DECLS

#define VASTUS_TYPE_APPLICATION (vastus_application_get_type ())

G_DECLARE_FINAL_TYPE (VastusApplication, vastus_application, VASTUS, APPLICATION, AdwApplication)

VastusApplication *vastus_application_new                   (void);
VastusCatalogue   *vastus_application_get_catalogue         (VastusApplication *self);
GPtrArray         *vastus_application_get_catalogue_errors  (VastusApplication *self);
GSettings         *vastus_application_get_settings          (VastusApplication *self);
VastusProgram     *vastus_application_get_program           (VastusApplication *self);
const char        *vastus_application_get_program_notice    (VastusApplication *self);
VastusClock       *vastus_application_get_clock             (VastusApplication *self);
void               vastus_application_set_clock             (VastusApplication *self,
                                                             VastusClock       *clock);
char              *vastus_application_get_own_clip          (VastusApplication *self,
                                                             const char        *exercise_id);
void               vastus_application_set_own_clip          (VastusApplication *self,
                                                             const char        *exercise_id,
                                                             const char        *path);
VastusJournal     *vastus_application_get_journal           (VastusApplication *self);
const GError      *vastus_application_get_journal_error     (VastusApplication *self);
gint64             vastus_application_get_now               (VastusApplication *self);
void               vastus_application_set_time_offset       (VastusApplication *self,
                                                             gint64             offset);
VastusProgression *vastus_application_apply_progression     (VastusApplication *self,
                                                             const char        *session_id,
                                                             GError           **error);
gboolean           vastus_application_answer_warning_signs  (VastusApplication *self,
                                                             const char * const *yes,
                                                             const char        *context,
                                                             const char        *session_id,
                                                             GError           **error);
gboolean           vastus_application_knee_checked          (VastusApplication *self,
                                                             GError           **error);
gboolean           vastus_application_get_first_run         (VastusApplication *self);
gboolean           vastus_application_set_up_program        (VastusApplication *self,
                                                             const char        *starter_id,
                                                             const char        *knee,
                                                             GError           **error);

G_END_DECLS
