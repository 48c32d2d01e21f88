/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *vastus_date_format      (GDateTime   *datetime,
                               const char  *format);
char *vastus_date_format_date (const GDate *date,
                               const char  *format);

void  vastus_date_from_time_local (gint64       time,
                                  GDate       *date);
gint64 vastus_date_start_local    (const GDate *date);

G_END_DECLS
