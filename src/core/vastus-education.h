/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* One topic of About Your Knee, or the flare-up plan. The title and each
 * paragraph are marked N_() and translated with _() where they are shown;
 * the sources are citations and stay as written. */
typedef struct
{
  const char        *id;          /* "what-it-is", "why-exercise", …, "flare-up" */
  const char        *title;       /* translatable, N_() */
  const char *const *paragraphs;  /* NULL-terminated; N_() each; "• " starts a list item */
  const char        *sources;     /* not translated */
} VastusEducationTopic;

const VastusEducationTopic *vastus_education_get_topics         (guint *n_topics);
const VastusEducationTopic *vastus_education_get_flare_up_plan  (void);

G_END_DECLS
