/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "vastus-store.h"

G_BEGIN_DECLS

#define VASTUS_TYPE_PAIN_FORM (vastus_pain_form_get_type ())

G_DECLARE_FINAL_TYPE (VastusPainForm, vastus_pain_form, VASTUS, PAIN_FORM, GtkWidget)

GtkWidget     *vastus_pain_form_new              (void);
void           vastus_pain_form_set_session      (VastusPainForm     *self,
                                                  VastusStore        *store,
                                                  VastusSessionEntry *entry);

G_END_DECLS
