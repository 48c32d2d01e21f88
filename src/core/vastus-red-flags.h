/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>
#include <cjson/cJSON.h>

G_BEGIN_DECLS

/* A warning sign: a question whose yes means stop and get the knee checked
 * (design/progression.md, Safety stops). */
typedef struct
{
  const char *id;
  const char *question;   /* translatable, asked so that yes is the warning */
  const char *detail;     /* translatable, nullable: a second line that helps answer */
  gboolean    emergency;  /* yes means call emergency services, not wait */
  gboolean    soon;       /* yes means see someone in the next few days, not today */
} VastusRedFlag;

const VastusRedFlag *vastus_red_flags_get          (guint              *n_flags);
const VastusRedFlag *vastus_red_flags_lookup       (const char         *id);
gboolean             vastus_red_flags_is_emergency (const char * const *yes);
gboolean             vastus_red_flags_is_soon      (const char * const *yes);
char                *vastus_red_flags_heading      (const char * const *yes);
char                *vastus_red_flags_advice       (const char * const *yes);
cJSON               *vastus_red_flags_record       (const char * const *yes,
                                                    const char         *context,
                                                    const char         *session_id);

G_END_DECLS
