/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* What the tests read back and drive; not for other widgets. */

#include "vastus-library-page.h"

G_BEGIN_DECLS

void               vastus_library_page_set_catalogue     (VastusLibraryPage *self,
                                                            VastusCatalogue   *catalogue);
void                  vastus_library_page_set_query        (VastusLibraryPage *self,
                                                            const char        *text);
GListModel           *vastus_library_page_get_shown        (VastusLibraryPage *self);
GtkEditable          *vastus_library_page_get_search_entry (VastusLibraryPage *self);
AdwLeaflet           *vastus_library_page_get_leaflet      (VastusLibraryPage *self);

G_END_DECLS
