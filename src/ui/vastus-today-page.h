/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "vastus-store.h"

G_BEGIN_DECLS

#define VASTUS_TYPE_TODAY_PAGE (vastus_today_page_get_type ())

G_DECLARE_FINAL_TYPE (VastusTodayPage, vastus_today_page, VASTUS, TODAY_PAGE, AdwBin)

void        vastus_today_page_set_store    (VastusTodayPage *self,
                                            VastusStore     *store);
void        vastus_today_page_set_program  (VastusTodayPage *self,
                                            VastusCatalogue *catalogue,
                                            VastusProgram   *program,
                                            const char      *notice);
void        vastus_today_page_refresh      (VastusTodayPage *self);
void        vastus_today_page_focus_start  (VastusTodayPage *self);

G_END_DECLS
