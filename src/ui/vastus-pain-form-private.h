/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* What the tests read back and drive; not for other widgets. */

#include "vastus-pain-form.h"

G_BEGIN_DECLS

gboolean       vastus_pain_form_is_complete      (VastusPainForm     *self);
GtkTextBuffer *vastus_pain_form_get_notes_buffer (VastusPainForm     *self);
GtkWidget     *vastus_pain_form_get_feel_row     (VastusPainForm     *self,
                                                  guint               index);

G_END_DECLS
