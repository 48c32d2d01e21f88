/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "vastus-session.h"

G_BEGIN_DECLS

#define VASTUS_CHECKPOINT_ERROR (vastus_checkpoint_error_quark ())

typedef enum
{
  VASTUS_CHECKPOINT_ERROR_NONE_SAVED,   /* no session was interrupted */
  VASTUS_CHECKPOINT_ERROR_INVALID,      /* damaged, or for another plan */
  VASTUS_CHECKPOINT_ERROR_WRITE,
} VastusCheckpointError;

GQuark         vastus_checkpoint_error_quark  (void);

char          *vastus_checkpoint_default_path (void);
gboolean       vastus_checkpoint_save         (VastusSession  *session,
                                               const char     *path,
                                               GError        **error);
gboolean       vastus_checkpoint_peek         (const char     *path,
                                               VastusPlan     *plan,
                                               guint          *step,
                                               gint64         *saved_at,
                                               GError        **error);
VastusSession *vastus_checkpoint_resume       (const char     *path,
                                               VastusClock    *clock,
                                               VastusPlan     *plan,
                                               GError        **error);
gboolean       vastus_checkpoint_remove       (const char     *path,
                                               GError        **error);

G_END_DECLS
