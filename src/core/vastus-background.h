/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* How Vastus asks to run in the background for its reminders. */
typedef enum
{
  VASTUS_BACKGROUND_AUTOSTART,   /* an entry in $XDG_CONFIG_HOME/autostart */
  VASTUS_BACKGROUND_PORTAL,      /* org.freedesktop.portal.Background, in a sandbox */
} VastusBackgroundMethod;

#define VASTUS_BACKGROUND_ERROR (vastus_background_error_quark ())

typedef enum
{
  VASTUS_BACKGROUND_ERROR_REFUSED,    /* the person or the system said no */
  VASTUS_BACKGROUND_ERROR_FAILED,
} VastusBackgroundError;

GQuark                 vastus_background_error_quark       (void);

VastusBackgroundMethod vastus_background_default_method    (void);
const char * const    *vastus_background_commandline       (VastusBackgroundMethod method);
char                  *vastus_background_autostart_path    (void);
char                  *vastus_background_former_autostart_path (void);
gboolean               vastus_background_set_autostart     (const char * const  *commandline,
                                                            gboolean             enable,
                                                            GError             **error);
gboolean               vastus_background_move_former_autostart (GError         **error);
void                   vastus_background_request_async     (VastusBackgroundMethod  method,
                                                            const char * const     *commandline,
                                                            gboolean                enable,
                                                            GCancellable           *cancellable,
                                                            GAsyncReadyCallback     callback,
                                                            gpointer                user_data);
gboolean               vastus_background_request_finish    (GAsyncResult           *result,
                                                            GError                **error);

G_END_DECLS
