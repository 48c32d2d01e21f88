/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gtk/gtk.h>

#include "vastus-report.h"

G_BEGIN_DECLS

/*
 * The report laid out on pages of one size with pango and drawn with cairo:
 * the same pages go to a PDF file and, through GtkPrintOperation, to a
 * printer. Sizes are in points; a page's cairo context must draw in points
 * from the page's top left corner.
 */
typedef struct _VastusReportPages VastusReportPages;

VastusReportPages *vastus_report_pages_new       (const VastusReport *report,
                                                  PangoContext       *context,
                                                  double              width,
                                                  double              height);
void               vastus_report_pages_free      (VastusReportPages  *pages);
guint              vastus_report_pages_get_n_pages (VastusReportPages *pages);
void               vastus_report_pages_draw      (VastusReportPages  *pages,
                                                  cairo_t            *cr,
                                                  guint               page);

gboolean           vastus_report_write_pdf       (const VastusReport *report,
                                                  GtkPaperSize       *paper,
                                                  const char         *path,
                                                  GError            **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VastusReportPages, vastus_report_pages_free)

G_END_DECLS
