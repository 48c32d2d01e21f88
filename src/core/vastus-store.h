/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "vastus-backup.h"
#include "vastus-catalogue.h"
#include "vastus-clock.h"
#include "vastus-journal.h"
#include "vastus-plan.h"
#include "vastus-program.h"
#include "vastus-program-file.h"
#include "vastus-progression.h"
#include "vastus-report.h"
#include "vastus-session.h"
#include "vastus-session-entry.h"

G_BEGIN_DECLS

#define VASTUS_TYPE_STORE (vastus_store_get_type ())

G_DECLARE_FINAL_TYPE (VastusStore, vastus_store, VASTUS, STORE, GObject)

VastusStore        *vastus_store_new                  (VastusClock        *clock);
void                vastus_store_load                 (VastusStore        *self);

VastusCatalogue    *vastus_store_get_catalogue        (VastusStore        *self);
GPtrArray          *vastus_store_get_catalogue_errors (VastusStore        *self);
const GError       *vastus_store_get_data_folder_error (VastusStore       *self);
VastusProgram      *vastus_store_get_program          (VastusStore        *self);
const char         *vastus_store_get_program_notice   (VastusStore        *self);
gboolean            vastus_store_get_first_run        (VastusStore        *self);
VastusJournal      *vastus_store_get_journal          (VastusStore        *self);
VastusClock        *vastus_store_get_clock            (VastusStore        *self);
gint64              vastus_store_get_now              (VastusStore        *self);
void                vastus_store_set_time_offset      (VastusStore        *self,
                                                       gint64              offset);

gboolean            vastus_store_set_up               (VastusStore        *self,
                                                       const char         *starter_id,
                                                       const char         *knee,
                                                       GError            **error);
gboolean            vastus_store_set_up_full          (VastusStore        *self,
                                                       const char         *starter_id,
                                                       const char         *knee,
                                                       const char * const *equipment,
                                                       GError            **error);
gboolean            vastus_store_set_first_leg        (VastusStore        *self,
                                                       VastusLeg           leg,
                                                       GError            **error);
gboolean            vastus_store_set_sessions_per_week (VastusStore       *self,
                                                       int                 sessions,
                                                       GError            **error);
gboolean            vastus_store_set_equipment        (VastusStore        *self,
                                                       const char * const *equipment,
                                                       GError            **error);
gboolean            vastus_store_change_starter       (VastusStore        *self,
                                                       const char         *starter_id,
                                                       GError            **error);
gboolean            vastus_store_can_undo_change_starter (VastusStore     *self);
gboolean            vastus_store_undo_change_starter  (VastusStore        *self,
                                                       GError            **error);
gboolean            vastus_store_add_to_program       (VastusStore        *self,
                                                       const char         *exercise_id,
                                                       GError            **error);
gboolean            vastus_store_set_dose             (VastusStore        *self,
                                                       guint               index,
                                                       const VastusDose   *dose,
                                                       GError            **error);
gboolean            vastus_store_save_program         (VastusStore        *self,
                                                       GError            **error);

VastusPlan         *vastus_store_build_plan           (VastusStore        *self);
VastusSession      *vastus_store_start_session        (VastusStore        *self);
VastusPlan          *vastus_store_build_short_plan (VastusStore    *self);
VastusSession       *vastus_store_start_short_session (VastusStore *self);
VastusSession      *vastus_store_resume_session       (VastusStore        *self,
                                                       GError            **error);
gboolean            vastus_store_peek_session         (VastusStore        *self,
                                                       guint              *step,
                                                       gint64             *saved_at,
                                                       GError            **error);
gboolean            vastus_store_save_session         (VastusStore        *self,
                                                       VastusSession      *session,
                                                       GError            **error);
gboolean            vastus_store_discard_session      (VastusStore        *self,
                                                       GError            **error);
VastusSessionEntry *vastus_store_finish_session       (VastusStore        *self,
                                                       VastusSession      *session,
                                                       GError            **error);

VastusProgression  *vastus_store_log_pain             (VastusStore        *self,
                                                       const char         *session_id,
                                                       VastusPainLog      *log,
                                                       gboolean           *written,
                                                       GError            **error);
gboolean            vastus_store_log_morning          (VastusStore        *self,
                                                       const char         *session_id,
                                                       int                 pain,
                                                       GError            **error);
gboolean            vastus_store_answer_warning_signs (VastusStore        *self,
                                                       const char * const *yes,
                                                       const char         *context,
                                                       const char         *session_id,
                                                       GError            **error);
gboolean            vastus_store_knee_checked         (VastusStore        *self,
                                                       GError            **error);
gboolean            vastus_store_export_sessions      (VastusStore        *self,
                                                       GFile              *file,
                                                       GError            **error);
gboolean            vastus_store_back_up              (VastusStore        *self,
                                                       GFile              *file,
                                                       GError            **error);
gboolean            vastus_store_restore              (VastusStore        *self,
                                                       VastusBackup       *backup,
                                                       char              **kept_in,
                                                       GError            **error);

VastusProgramFile  *vastus_store_open_program_file    (VastusStore        *self,
                                                       GFile              *file,
                                                       GError            **error);
VastusProgram      *vastus_store_preview_import       (VastusStore        *self,
                                                       VastusProgramFile  *file,
                                                       VastusImportMode    mode);
gboolean            vastus_store_import_program       (VastusStore        *self,
                                                       VastusProgramFile  *file,
                                                       VastusImportMode    mode,
                                                       GError            **error);
gboolean            vastus_store_export_program       (VastusStore        *self,
                                                       GFile              *file,
                                                       GError            **error);

VastusReport       *vastus_store_make_report          (VastusStore        *self,
                                                       guint               weeks);
G_END_DECLS
