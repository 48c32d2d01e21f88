/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "vastus-store.h"
#include "vastus-exercise-detail.h"

G_BEGIN_DECLS

#define VASTUS_TYPE_LIBRARY_PAGE (vastus_library_page_get_type ())

G_DECLARE_FINAL_TYPE (VastusLibraryPage, vastus_library_page, VASTUS, LIBRARY_PAGE, AdwBin)

void               vastus_library_page_set_store         (VastusLibraryPage *self,
                                                            VastusStore       *store);
gboolean              vastus_library_page_get_can_go_back  (VastusLibraryPage *self);
void                  vastus_library_page_go_back          (VastusLibraryPage *self);
void                  vastus_library_page_focus_search     (VastusLibraryPage *self);

/* What the page shows, for tests and for other pages. */
VastusExerciseDetail *vastus_library_page_get_detail       (VastusLibraryPage *self);

G_END_DECLS
