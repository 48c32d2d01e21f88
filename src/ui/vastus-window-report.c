/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "vastus-window"

#include "config.h"

#include <glib/gi18n.h>

#include "vastus-report-render.h"
#include "vastus-window-report.h"

/* Share → Report for My Physiotherapist… and Print Report…: the same pages,
 * to a PDF file or to a printer. */

#define CHOOSER_KEY "vastus-report-chooser"

/**
 * vastus_window_report_write:
 *
 * Writes the report of the whole journal as a PDF on the locale's paper.
 */
gboolean
vastus_window_report_write (VastusStore  *store,
                            GFile        *file,
                            GError      **error)
{
  g_autoptr (VastusReport) report = vastus_store_make_report (store, 0);
  g_autoptr (GtkPaperSize) paper = gtk_paper_size_new (NULL);
  g_autofree char *path = g_file_get_path (file);

  if (path == NULL)
    {
      g_autofree char *uri = g_file_get_uri (file);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   /* Translators: %s is where the person chose to save the report */
                   _("Could not write the report to %s: only local files can be written"), uri);
      return FALSE;
    }
  return vastus_report_write_pdf (report, paper, path, error);
}

static void
chooser_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     VastusWindow    *window)
{
  g_autoptr (GFile) file = NULL;
  g_autoptr (GError) error = NULL;
  VastusStore *store = g_object_get_data (G_OBJECT (chooser), "vastus-store");
  g_autofree char *message = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (file != NULL)
    {
      g_autofree char *name = g_file_get_basename (file);

      if (vastus_window_report_write (store, file, &error))
        /* Translators: a toast; %s is the report's file name */
        message = g_strdup_printf (_("Report saved as %s"), name);
      else
        /* Translators: a toast; %s says why */
        message = g_strdup_printf (_("The report could not be saved: %s"), error->message);
      vastus_window_add_toast (window, adw_toast_new (message));
    }
  /* Last: this frees the chooser. */
  g_object_set_data (G_OBJECT (window), CHOOSER_KEY, NULL);
}

/**
 * vastus_window_report_save:
 *
 * Asks where to save the report, then writes it and says so in a toast.
 */
void
vastus_window_report_save (VastusWindow *window,
                           VastusStore  *store)
{
  g_autofree char *name = vastus_report_default_name (vastus_store_get_now (store));
  g_autoptr (GtkFileFilter) filter = gtk_file_filter_new ();
  GtkFileChooserNative *chooser;

  if (g_object_get_data (G_OBJECT (window), CHOOSER_KEY) != NULL)
    return;

  chooser = gtk_file_chooser_native_new (_("Save Report for My Physiotherapist"), GTK_WINDOW (window),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_file_filter_set_name (filter, _("PDF document"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_filter_add_pattern (filter, "*.pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_object_set_data_full (G_OBJECT (chooser), "vastus-store", g_object_ref (store), g_object_unref);
  g_object_set_data_full (G_OBJECT (window), CHOOSER_KEY, chooser, g_object_unref);
  g_signal_connect_object (chooser, "response", G_CALLBACK (chooser_response_cb), window, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

typedef struct
{
  VastusReport      *report;
  VastusReportPages *pages;
} Printing;

static void
printing_free (Printing *printing)
{
  g_clear_pointer (&printing->pages, vastus_report_pages_free);
  g_clear_pointer (&printing->report, vastus_report_free);
  g_free (printing);
}

static void
begin_print_cb (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                Printing          *printing)
{
  g_autoptr (GObject) pango = G_OBJECT (gtk_print_context_create_pango_context (context));

  g_clear_pointer (&printing->pages, vastus_report_pages_free);
  printing->pages = vastus_report_pages_new (printing->report, PANGO_CONTEXT (pango),
                                             gtk_print_context_get_width (context),
                                             gtk_print_context_get_height (context));
  gtk_print_operation_set_n_pages (operation, (int) vastus_report_pages_get_n_pages (printing->pages));
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              Printing          *printing)
{
  vastus_report_pages_draw (printing->pages, gtk_print_context_get_cairo_context (context), (guint) page);
}

static void
done_cb (GtkPrintOperation       *operation,
         GtkPrintOperationResult  result,
         VastusWindow            *window)
{
  g_autoptr (GError) error = NULL;

  if (result != GTK_PRINT_OPERATION_RESULT_ERROR)
    return;
  gtk_print_operation_get_error (operation, &error);
  if (error != NULL)
    {
      /* Translators: a toast; %s says why */
      g_autofree char *message = g_strdup_printf (_("The report could not be printed: %s"), error->message);

      vastus_window_add_toast (window, adw_toast_new (message));
    }
}

/**
 * vastus_window_report_new_print:
 *
 * Returns: (transfer full): a print operation that prints the report as of
 *   now, on the pages the PDF has, sized to the paper chosen
 */
GtkPrintOperation *
vastus_window_report_new_print (VastusStore *store)
{
  GtkPrintOperation *operation = gtk_print_operation_new ();
  Printing *printing = g_new0 (Printing, 1);

  printing->report = vastus_store_make_report (store, 0);
  /* The pages have their own margins, in points from the sheet's corner. */
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_job_name (operation, _("Knee Exercise Report"));
  g_object_set_data_full (G_OBJECT (operation), "vastus-printing", printing, (GDestroyNotify) printing_free);
  g_signal_connect (operation, "begin-print", G_CALLBACK (begin_print_cb), printing);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), printing);
  return operation;
}

/**
 * vastus_window_report_print:
 *
 * Prints the report through GTK's print dialog; a toast says what went
 * wrong, if anything did.
 */
void
vastus_window_report_print (VastusWindow *window,
                            VastusStore  *store)
{
  g_autoptr (GtkPrintOperation) operation = vastus_window_report_new_print (store);
  g_autoptr (GError) error = NULL;

  g_signal_connect_object (operation, "done", G_CALLBACK (done_cb), window, 0);
  gtk_print_operation_set_allow_async (operation, TRUE);
  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, GTK_WINDOW (window),
                               &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      /* Translators: a toast; %s says why */
      g_autofree char *message = g_strdup_printf (_("The report could not be printed: %s"), error->message);

      vastus_window_add_toast (window, adw_toast_new (message));
    }
}
