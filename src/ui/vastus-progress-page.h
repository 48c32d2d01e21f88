/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "vastus-store.h"

G_BEGIN_DECLS

#define VASTUS_TYPE_PROGRESS_PAGE (vastus_progress_page_get_type ())

G_DECLARE_FINAL_TYPE (VastusProgressPage, vastus_progress_page, VASTUS, PROGRESS_PAGE, AdwBin)

void        vastus_progress_page_set_store     (VastusProgressPage *self,
                                                VastusStore        *store);

G_END_DECLS
