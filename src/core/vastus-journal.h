/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "vastus-session-entry.h"

G_BEGIN_DECLS

#define VASTUS_JOURNAL_ERROR (vastus_journal_error_quark ())

typedef enum
{
  VASTUS_JOURNAL_ERROR_READ,
  VASTUS_JOURNAL_ERROR_WRITE,
  VASTUS_JOURNAL_ERROR_UNKNOWN_SESSION,
} VastusJournalError;

GQuark vastus_journal_error_quark (void);

#define VASTUS_JOURNAL_VERSION 1
#define VASTUS_JOURNAL_RETRY_SECONDS 30

#define VASTUS_TYPE_JOURNAL (vastus_journal_get_type ())
G_DECLARE_FINAL_TYPE (VastusJournal, vastus_journal, VASTUS, JOURNAL, GObject)

VastusJournal      *vastus_journal_new                (const char          *path);
char               *vastus_journal_default_path       (void);
const char         *vastus_journal_get_path           (VastusJournal       *self);

gboolean            vastus_journal_load               (VastusJournal       *self,
                                                       GError             **error);
gboolean            vastus_journal_reload             (VastusJournal       *self,
                                                       GError             **error);
void                vastus_journal_load_async         (VastusJournal       *self,
                                                       GCancellable        *cancellable,
                                                       GAsyncReadyCallback  callback,
                                                       gpointer             user_data);
gboolean            vastus_journal_load_finish        (VastusJournal       *self,
                                                       GAsyncResult        *result,
                                                       GError             **error);
gboolean            vastus_journal_is_loaded          (VastusJournal       *self);
const GError       *vastus_journal_get_load_error     (VastusJournal       *self);
GPtrArray          *vastus_journal_get_problems       (VastusJournal       *self);

VastusSessionEntry *vastus_journal_lookup_session     (VastusJournal       *self,
                                                       const char          *id);
VastusSessionEntry *vastus_journal_get_last_session   (VastusJournal       *self);
guint               vastus_journal_get_n_program_changes (VastusJournal    *self);
const cJSON        *vastus_journal_get_program_change (VastusJournal       *self,
                                                       guint                index);

gboolean            vastus_journal_add_session        (VastusJournal       *self,
                                                       VastusSessionEntry  *entry,
                                                       GError             **error);
gboolean            vastus_journal_add_pain           (VastusJournal       *self,
                                                       const char          *session_id,
                                                       const VastusPainLog *log,
                                                       GError             **error);
gboolean            vastus_journal_add_morning        (VastusJournal       *self,
                                                       const char          *session_id,
                                                       const VastusMorningCheck *check,
                                                       GError             **error);
gboolean            vastus_journal_add_program_change (VastusJournal       *self,
                                                       cJSON               *record,
                                                       GError             **error);
gboolean            vastus_journal_add_red_flag       (VastusJournal       *self,
                                                       cJSON               *record,
                                                       GError             **error);
guint               vastus_journal_get_n_red_flags    (VastusJournal       *self);
const cJSON        *vastus_journal_get_red_flag       (VastusJournal       *self,
                                                       guint                index);

gboolean            vastus_journal_add_event          (VastusJournal       *self,
                                                       const char          *type,
                                                       cJSON               *record,
                                                       GError             **error);
guint               vastus_journal_get_n_events       (VastusJournal       *self);
const cJSON        *vastus_journal_get_event          (VastusJournal       *self,
                                                       guint                index);

guint               vastus_journal_get_n_pending      (VastusJournal       *self);
const GError       *vastus_journal_get_write_error    (VastusJournal       *self);
const char         *vastus_journal_describe_write_problem (VastusJournal *self);
gboolean            vastus_journal_flush              (VastusJournal       *self,
                                                       GError             **error);
char               *vastus_journal_dump_pending       (VastusJournal       *self);
void                vastus_journal_set_retry_interval (VastusJournal       *self,
                                                       guint                seconds);

G_END_DECLS
