/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "vastus-catalogue.h"
#include "vastus-journal.h"
#include "vastus-program.h"

G_BEGIN_DECLS

/* The warning-sign questions are asked again this many weeks after the
 * first session (design/progression.md, Frequency: reviews at 6 and 12
 * weeks), and after every programme hold. */
#define VASTUS_REVIEW_FIRST_WEEKS  6
#define VASTUS_REVIEW_SECOND_WEEKS 12

gboolean  vastus_safety_answer_warning_signs (VastusProgram       *program,
                                              VastusJournal       *journal,
                                              const char * const  *yes,
                                              const char          *context,
                                              const char          *session_id,
                                              gint64               now,
                                              const char          *program_path,
                                              GError             **error);
gboolean  vastus_safety_knee_checked         (VastusProgram       *program,
                                              VastusJournal       *journal,
                                              gint64               now,
                                              const char          *program_path,
                                              GError             **error);
gboolean  vastus_safety_first_run_stopped    (VastusJournal       *journal,
                                              GStrv               *yes);
int       vastus_safety_review_due           (VastusJournal       *journal,
                                              gint64               now);

G_END_DECLS
