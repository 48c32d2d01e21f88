/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "vastus-window"

#include "config.h"

#include "vastus-knee-guide.h"
#include "vastus-toast.h"
#include "vastus-window-private.h"
#include "vastus-window-report.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "vastus-checkpoint.h"
#include "vastus-library-page.h"
#include "vastus-session-view.h"
#include "vastus-exercise-detail.h"
#include "vastus-first-run.h"
#include "vastus-import-dialog.h"
#include "vastus-preferences-window.h"
#include "vastus-program-dialog.h"
#include "vastus-progress-page.h"
#include "vastus-red-flags.h"
#include "vastus-red-flags-dialog.h"
#include "vastus-safety.h"
#include "vastus-today-page.h"

struct _VastusWindow
{
  AdwApplicationWindow  parent_instance;

  AdwToastOverlay      *toast_overlay;
  GtkStack             *mode_stack;
  AdwViewStack         *view_stack;
  VastusTodayPage      *today_page;
  AdwBin               *library_bin;
  AdwBin               *progress_bin;
  VastusLibraryPage    *library_page;   /* made when first shown */
  VastusProgressPage   *progress_page;  /* made when first shown */
  gboolean              closing_anyway;
  gboolean              journal_failing;
  gboolean              shorter_after_check; /* the check-in came before a shorter session */
  GtkWidget            *first_run;
  GtkWidget            *program_dialog;
  GtkWidget            *preferences;
  GtkWidget            *import_dialog;   /* Import Programme, while open */
  GtkFileChooserNative *program_chooser; /* Import or Export Programme, while open */
  VastusSessionView    *session_view;
  GtkButton            *back_button;
  GtkMenuButton        *menu_button;
  GMenuModel           *primary_menu;
  GtkWidget            *safety_dialog;   /* a warning-sign or knee-check question, while open */
  gboolean              session_shown;
  VastusStore          *store;
  GSettings            *settings;
};

G_DEFINE_FINAL_TYPE (VastusWindow, vastus_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];


static void
save_window_state (VastusWindow *self)
{
  GSettings *settings = self->settings;
  int width, height;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_set_boolean (settings, "window-maximized", gtk_window_is_maximized (GTK_WINDOW (self)));
  if (!gtk_window_is_maximized (GTK_WINDOW (self)))
    {
      g_settings_set_int (settings, "window-width", width);
      g_settings_set_int (settings, "window-height", height);
    }
}

static void
unsaved_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     VastusWindow     *self)
{

  if (g_str_equal (response, "close"))
    {
      self->closing_anyway = TRUE;
      gtk_window_close (GTK_WINDOW (self));
    }
  else if (g_str_equal (response, "retry"))
    {
      g_autoptr (GError) error = NULL;

      if (vastus_journal_flush (vastus_store_get_journal (self->store), &error))
        gtk_window_close (GTK_WINDOW (self));
      else
        vastus_window_add_toast (self, adw_toast_new (error->message));
    }
}

/* Closing with log entries not yet on disk asks first: they live only in
 * memory until there is room. */
static gboolean
ask_about_unsaved (VastusWindow *self)
{
  VastusJournal *journal = vastus_store_get_journal (self->store);
  const GError *error;
  GtkWidget *dialog;
  guint n;

  if (journal == NULL || self->closing_anyway || vastus_journal_flush (journal, NULL))
    return FALSE;

  n = vastus_journal_get_n_pending (journal);
  error = vastus_journal_get_write_error (journal);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Your Log Is Not Saved Yet"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  g_dngettext (GETTEXT_PACKAGE,
                                               "%u entry could not be written: %s\n\nFree some space or fix "
                                               "the folder’s permissions, then try again. If you close now, "
                                               "Vastus prints the entry so that it can be added by hand.",
                                               "%u entries could not be written: %s\n\nFree some space or fix "
                                               "the folder’s permissions, then try again. If you close now, "
                                               "Vastus prints the entries so that they can be added by hand.", n),
                                  n, error != NULL ? error->message : "");
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "close", _("_Close Anyway"),
                                    "retry", _("_Try Again"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "close", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "retry", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "retry");
  /* Escape leaves the window open, the entries still kept: never Close
   * Anyway, which only a click chooses. */
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (unsaved_response_cb), self);
  gtk_window_present (GTK_WINDOW (dialog));
  return TRUE;
}

static gboolean
vastus_window_close_request (GtkWindow *window)
{
  VastusWindow *self = VASTUS_WINDOW (window);

  if (ask_about_unsaved (self))
    return TRUE;

  save_window_state (self);
  /* A session under way is kept, to be resumed from Today next time. */
  if (self->session_view != NULL)
    vastus_session_view_save_checkpoint (self->session_view);

  return GTK_WINDOW_CLASS (vastus_window_parent_class)->close_request (window);
}

/* The page shown takes the focus: Today on Start Session, another page on
 * its first control. */
static void
focus_page (VastusWindow *self)
{
  GtkWidget *page = adw_view_stack_get_visible_child (self->view_stack);

  if (self->session_shown || self->first_run != NULL)
    return;
  if (page == GTK_WIDGET (self->today_page))
    vastus_today_page_focus_start (self->today_page);
  else if (page != NULL)
    gtk_widget_child_focus (page, GTK_DIR_TAB_FORWARD);
}

/* A toast's Details: the toast goes with its button, which had the focus,
 * and GTK would put the focus at the top of the window. Once the details
 * are answered, it goes to the page instead. */
static void
present_details (VastusWindow *self,
                 GtkWidget    *dialog)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  if (focus != NULL && !gtk_widget_is_ancestor (focus, GTK_WIDGET (self->mode_stack)))
    g_signal_connect_object (dialog, "response", G_CALLBACK (focus_page), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
show_catalogue_errors_action (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *parameter)
{
  VastusWindow *self = VASTUS_WINDOW (widget);
  GPtrArray *errors = vastus_store_get_catalogue_errors (self->store);
  g_autoptr (GString) body = g_string_new (NULL);
  g_autofree char *folder = vastus_catalogue_user_folder ();
  GtkWidget *dialog;

  for (guint i = 0; i < errors->len; i++)
    {
      const GError *error = g_ptr_array_index (errors, i);

      if (i > 0)
        g_string_append (body, "\n\n");
      g_string_append (body, error->message);
    }

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Some Exercises Were Not Loaded"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("These catalogue files in %s have problems and were skipped. "
                                    "Every other exercise is available. Fix the files and restart "
                                    "Vastus, or check them with “vastus --validate FILE”.\n\n%s"),
                                  folder, body->str);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  present_details (self, dialog);
}

static void
report_catalogue_errors (VastusWindow *self)
{
  GPtrArray *errors = vastus_store_get_catalogue_errors (self->store);
  g_autofree char *title = NULL;
  AdwToast *toast;

  if (errors == NULL || errors->len == 0)
    return;

  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                        "%u catalogue file was skipped",
                                        "%u catalogue files were skipped", errors->len),
                           errors->len);
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Details"));
  adw_toast_set_action_name (toast, "win.show-catalogue-errors");
  adw_toast_set_timeout (toast, 0);
  vastus_toast_show (GTK_WIDGET (self->toast_overlay), toast);
}

static void
show_data_folder_problem_action (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *parameter)
{
  VastusWindow *self = VASTUS_WINDOW (widget);
  const GError *error = vastus_store_get_data_folder_error (self->store);
  GtkWidget *dialog;

  if (error == NULL)
    return;

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Your Data Folder Was Not Moved"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog), "%s\n\n%s", error->message,
                                  _("Once what stopped it is fixed, Vastus moves the folder the next time it "
                                    "starts."));
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The data folder named after Vastus's former application ID could not be
 * moved to the new one: the store reads it where it is, nothing is missing,
 * and the person is told why, in case they want to fix it. */
static void
report_data_folder_problem (VastusWindow *self)
{
  AdwToast *toast;

  if (vastus_store_get_data_folder_error (self->store) == NULL)
    return;

  toast = adw_toast_new (_("Your data is still in its old folder"));
  adw_toast_set_button_label (toast, _("_Details"));
  adw_toast_set_action_name (toast, "win.show-data-folder-problem");
  adw_toast_set_timeout (toast, 0);
  vastus_toast_show (GTK_WIDGET (self->toast_overlay), toast);
}

/* Writing the journal failed: said once, and again when it recovers. */
static void
journal_pending_cb (VastusWindow  *self,
                    GParamSpec    *pspec,
                    VastusJournal *journal)
{
  guint n = vastus_journal_get_n_pending (journal);
  const GError *error = vastus_journal_get_write_error (journal);
  AdwToast *toast;

  if (n > 0 && !self->journal_failing)
    {
      g_autofree char *title = g_strdup_printf (_("Log not saved: %s"),
                                                vastus_journal_describe_write_problem (journal));

      if (error != NULL)
        g_message ("%s", error->message);
      self->journal_failing = TRUE;
      toast = adw_toast_new (title);
      adw_toast_set_timeout (toast, 0);
      adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
      adw_toast_set_button_label (toast, _("_Details"));
      adw_toast_set_action_name (toast, "win.show-unsaved");
      vastus_toast_show (GTK_WIDGET (self->toast_overlay), toast);
    }
  else if (n == 0 && self->journal_failing)
    {
      self->journal_failing = FALSE;
      vastus_toast_show (GTK_WIDGET (self->toast_overlay), adw_toast_new (_("Your log is saved now")));
    }
}

static void
unsaved_details_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    VastusWindow     *self)
{
  g_autoptr (GError) error = NULL;

  if (g_str_equal (response, "retry") && !vastus_journal_flush (vastus_store_get_journal (self->store), &error))
    vastus_window_add_toast (self, adw_toast_new (vastus_journal_describe_write_problem (
                                                    vastus_store_get_journal (self->store))));
}

static void
show_unsaved_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  VastusWindow *self = VASTUS_WINDOW (widget);
  VastusJournal *journal = vastus_store_get_journal (self->store);
  const GError *error = vastus_journal_get_write_error (journal);
  guint n = vastus_journal_get_n_pending (journal);
  GtkWidget *dialog;

  if (n == 0)
    return;

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Your Log Is Not Saved Yet"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  g_dngettext (GETTEXT_PACKAGE,
                                               "%u entry is waiting to be written. %s\n\nVastus keeps it "
                                               "and tries again every %u seconds: nothing is lost while Vastus "
                                               "is open. Free some space or fix the folder’s permissions.",
                                               "%u entries are waiting to be written. %s\n\nVastus keeps them "
                                               "and tries again every %u seconds: nothing is lost while Vastus "
                                               "is open. Free some space or fix the folder’s permissions.", n),
                                  n, error != NULL ? error->message : "", VASTUS_JOURNAL_RETRY_SECONDS);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"), "retry", _("_Try Now"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "retry", ADW_RESPONSE_SUGGESTED);
  g_signal_connect (dialog, "response", G_CALLBACK (unsaved_details_cb), self);
  present_details (self, dialog);
}

static void
show_journal_problems_action (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *parameter)
{
  VastusWindow *self = VASTUS_WINDOW (widget);
  VastusJournal *journal = vastus_store_get_journal (self->store);
  GPtrArray *problems = vastus_journal_get_problems (journal);
  const GError *error = vastus_journal_get_load_error (vastus_store_get_journal (self->store));
  g_autoptr (GString) body = g_string_new (NULL);
  GtkWidget *dialog;

  if (error != NULL)
    g_string_append (body, error->message);
  for (guint i = 0; i < problems->len && i < 20; i++)
    {
      if (body->len > 0)
        g_string_append (body, "\n");
      g_string_append (body, g_ptr_array_index (problems, i));
    }
  if (problems->len > 20)
    /* Translators: after the first 20 problems found in a catalogue file, how many more there are */
    g_string_append_printf (body, g_dngettext (GETTEXT_PACKAGE, "\n… and %u more", "\n… and %u more",
                                               problems->len - 20), problems->len - 20);

  if (error != NULL)
    {
      dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Your Journal Could Not Be Read"), NULL);
      adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                      _("Vastus left %s exactly as it is, so nothing in it is lost, but cannot show "
                                        "your past sessions until it can read it. The file should be yours, readable "
                                        "and writable by you; once it is, restart Vastus. What you log meanwhile is "
                                        "kept and added to it when it can be written.\n\n%s"),
                                      vastus_journal_get_path (journal), body->str);
    }
  else
    {
      dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Part of Your Journal Could Not Be Read"), NULL);
      adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                      _("Vastus skipped what it could not read and left %s exactly as it is, "
                                        "so nothing in it is lost. Everything else is shown.\n\n%s"),
                                      vastus_journal_get_path (journal), body->str);
    }
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  present_details (self, dialog);
}

static void
report_journal_problems (VastusWindow *self)
{
  GPtrArray *problems = vastus_journal_get_problems (vastus_store_get_journal (self->store));
  g_autofree char *title = NULL;
  AdwToast *toast;

  if (vastus_journal_get_load_error (vastus_store_get_journal (self->store)) != NULL)
    title = g_strdup (_("Your journal could not be read"));
  else if (problems->len > 0)
    title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "%u damaged line in your journal was skipped",
                                          "%u damaged lines in your journal were skipped", problems->len),
                             problems->len);
  else
    return;

  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Details"));
  adw_toast_set_action_name (toast, "win.show-journal-problems");
  adw_toast_set_timeout (toast, 0);
  vastus_toast_show (GTK_WIDGET (self->toast_overlay), toast);
}

static void update_back_button (VastusWindow *self);

/* Progress and the Library are made when first shown, not with the window:
 * Today's first frame does not wait for 37 library rows, an exercise page
 * and the pain chart (bench-startup). */
static VastusLibraryPage *
ensure_library (VastusWindow *self)
{
  if (self->library_page == NULL)
    {
      self->library_page = g_object_new (VASTUS_TYPE_LIBRARY_PAGE, NULL);
      adw_bin_set_child (self->library_bin, GTK_WIDGET (self->library_page));
      vastus_library_page_set_store (self->library_page, self->store);
      g_signal_connect_object (self->library_page, "notify::can-go-back", G_CALLBACK (update_back_button), self,
                               G_CONNECT_SWAPPED);
    }

  return self->library_page;
}

static VastusProgressPage *
ensure_progress (VastusWindow *self)
{
  if (self->progress_page == NULL)
    {
      self->progress_page = g_object_new (VASTUS_TYPE_PROGRESS_PAGE, NULL);
      adw_bin_set_child (self->progress_bin, GTK_WIDGET (self->progress_page));
      vastus_progress_page_set_store (self->progress_page, self->store);
    }

  return self->progress_page;
}

static void update_hold_actions (VastusWindow *self);

/* The store's programme changed: its doses, its hold, or a new one. */
static void
program_changed_cb (VastusWindow *self)
{
  vastus_today_page_set_program (self->today_page, vastus_store_get_catalogue (self->store),
                                 vastus_store_get_program (self->store),
                                 vastus_store_get_program_notice (self->store));
  if (self->library_page != NULL)
    vastus_exercise_detail_update_program_state (vastus_library_page_get_detail (self->library_page));
  update_hold_actions (self);
}

static void
program_dialog_destroyed_cb (VastusWindow *self)
{
  self->program_dialog = NULL;
}

static void
edit_program_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  VastusWindow *self = VASTUS_WINDOW (widget);

  if (vastus_store_get_program (self->store) == NULL || self->program_dialog != NULL)
    return;
  self->program_dialog = vastus_program_dialog_new (GTK_WINDOW (self), self->store);
  g_signal_connect_object (self->program_dialog, "destroy", G_CALLBACK (program_dialog_destroyed_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (self->program_dialog));
}

static void
preferences_destroyed_cb (VastusWindow *self)
{
  self->preferences = NULL;
}

/* Preferences: the sore side, sessions a week, the starter programme and
 * the equipment. Not before the first run has set a programme up. */
static void
preferences_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  VastusWindow *self = VASTUS_WINDOW (widget);

  if (vastus_store_get_program (self->store) == NULL || vastus_store_get_first_run (self->store))
    return;
  if (self->preferences == NULL)
    {
      self->preferences = vastus_preferences_window_new (GTK_WINDOW (self), self->store);
      gtk_window_set_destroy_with_parent (GTK_WINDOW (self->preferences), TRUE);
      /* No wider than the window it belongs to, as on a phone. */
      if (gtk_widget_get_width (widget) > 0)
        gtk_window_set_default_size (GTK_WINDOW (self->preferences), MIN (600, gtk_widget_get_width (widget)),
                                     MIN (720, MAX (gtk_widget_get_height (widget), 480)));
      g_signal_connect_object (self->preferences, "destroy", G_CALLBACK (preferences_destroyed_cb), self,
                               G_CONNECT_SWAPPED);
    }
  gtk_window_present (GTK_WINDOW (self->preferences));
}

/**
 * vastus_window_get_preferences:
 *
 * Returns: (transfer none) (nullable): the open Preferences window
 */
GtkWidget *
vastus_window_get_preferences (VastusWindow *self)
{
  g_return_val_if_fail (VASTUS_IS_WINDOW (self), NULL);
  return self->preferences;
}

/**
 * vastus_window_get_program_dialog:
 *
 * Returns: (transfer none) (nullable): the open Your Programme window
 */
GtkWidget *
vastus_window_get_program_dialog (VastusWindow *self)
{
  g_return_val_if_fail (VASTUS_IS_WINDOW (self), NULL);
  return self->program_dialog;
}

/* Programme files: Import Programme… and Export Programme… */

static void
imported_cb (VastusWindow *self,
             int           mode)
{
  vastus_window_add_toast (self, adw_toast_new (mode == VASTUS_IMPORT_MERGE ? _("Programme merged into yours")
                                                                             : _("Programme imported")));
}

/**
 * vastus_window_open_program_file:
 *
 * Reads and checks a programme file and shows what importing it would
 * change, asking to replace or merge; says what is wrong with a file that
 * cannot be imported.
 */
void
vastus_window_open_program_file (VastusWindow *self,
                                 GFile        *file)
{
  g_autoptr (VastusProgramFile) program_file = NULL;
  g_autoptr (GError) error = NULL;

  g_return_if_fail (VASTUS_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  if (vastus_store_get_first_run (self->store))
    {
      vastus_window_add_toast (self, adw_toast_new (_("Set up Vastus first, then import the programme again")));
      return;
    }
  /* The session runs on the programme as it was when it started. */
  if (self->session_shown)
    {
      vastus_window_add_toast (self, adw_toast_new (_("Finish the session first, then import the programme again")));
      return;
    }

  program_file = vastus_store_open_program_file (self->store, file, &error);
  if (program_file == NULL)
    {
      GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), _("This Programme Cannot Be Imported"),
                                                  error->message);

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }

  if (self->import_dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->import_dialog));
  self->import_dialog = vastus_import_dialog_new (GTK_WINDOW (self), self->store, program_file);
  /* No wider nor taller than the window, as on a phone. */
  if (gtk_widget_get_width (GTK_WIDGET (self)) > 0)
    gtk_window_set_default_size (GTK_WINDOW (self->import_dialog), MIN (780, gtk_widget_get_width (GTK_WIDGET (self))),
                                 MIN (640, gtk_widget_get_height (GTK_WIDGET (self))));
  g_object_add_weak_pointer (G_OBJECT (self->import_dialog), (gpointer *) &self->import_dialog);
  g_signal_connect_object (self->import_dialog, "imported", G_CALLBACK (imported_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (self->import_dialog));
}

GtkWidget *
vastus_window_get_import_dialog (VastusWindow *self)
{
  g_return_val_if_fail (VASTUS_IS_WINDOW (self), NULL);
  return self->import_dialog;
}

static void
export_program (VastusWindow *self,
                GFile        *file)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *message = NULL;

  if (!vastus_store_export_program (self->store, file, &error))
    message = g_strdup_printf (_("The programme could not be exported: %s"), error->message);
  else
    /* Translators: %s is the name of the file written */
    message = g_strdup_printf (_("Programme exported to %s"), name);
  vastus_window_add_toast (self, adw_toast_new (message));
}

static void
program_chooser_response_cb (VastusWindow         *self,
                             int                   response,
                             GtkFileChooserNative *chooser)
{
  g_autoptr (GFile) file = NULL;
  gboolean save = gtk_file_chooser_get_action (GTK_FILE_CHOOSER (chooser)) == GTK_FILE_CHOOSER_ACTION_SAVE;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->program_chooser);
  if (file == NULL)
    return;
  if (save)
    export_program (self, file);
  else
    vastus_window_open_program_file (self, file);
}

static void
show_program_chooser (VastusWindow         *self,
                      GtkFileChooserAction  action)
{
  g_autoptr (GtkFileFilter) filter = gtk_file_filter_new ();
  gboolean save = action == GTK_FILE_CHOOSER_ACTION_SAVE;

  if (self->program_chooser != NULL)
    return;

  self->program_chooser = gtk_file_chooser_native_new (save ? _("Export Programme") : _("Import Programme"),
                                                       GTK_WINDOW (self), action,
                                                       save ? _("_Export") : _("_Open"), _("_Cancel"));
  if (save)
    {
      /* Translators: the name an exported programme file is given; keep it short, in lower case, without spaces */
      g_autofree char *name = g_strconcat (_("knee-programme"), VASTUS_PROGRAM_FILE_SUFFIX, NULL);

      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->program_chooser), name);
    }
  gtk_file_filter_set_name (filter, _("Vastus programme"));
  gtk_file_filter_add_mime_type (filter, VASTUS_PROGRAM_FILE_MIME_TYPE);
  gtk_file_filter_add_pattern (filter, "*.json");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->program_chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->program_chooser), TRUE);
  g_signal_connect_object (self->program_chooser, "response", G_CALLBACK (program_chooser_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->program_chooser));
}

static void
import_program_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  show_program_chooser (VASTUS_WINDOW (widget), GTK_FILE_CHOOSER_ACTION_OPEN);
}

static void
export_program_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  show_program_chooser (VASTUS_WINDOW (widget), GTK_FILE_CHOOSER_ACTION_SAVE);
}

/* The same, for a file named by its path or URI, as the command line and
 * the tests give one. */
static void
import_program_file_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  g_autoptr (GFile) file = g_file_new_for_commandline_arg (g_variant_get_string (parameter, NULL));

  vastus_window_open_program_file (VASTUS_WINDOW (widget), file);
}

static void
export_program_file_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  g_autoptr (GFile) file = g_file_new_for_commandline_arg (g_variant_get_string (parameter, NULL));

  export_program (VASTUS_WINDOW (widget), file);
}

/* "Add to My Programme": at its starting dose, at the end, saved. */
static void
add_to_program_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  VastusWindow *self = VASTUS_WINDOW (widget);
  const char *id = g_variant_get_string (parameter, NULL);
  VastusProgram *program = vastus_store_get_program (self->store);
  VastusExercise *exercise = vastus_catalogue_lookup (vastus_store_get_catalogue (self->store), id);
  g_autofree char *title = NULL;
  g_autoptr (GError) error = NULL;

  if (program == NULL || exercise == NULL || vastus_program_find (program, id) >= 0)
    return;

  if (!vastus_store_add_to_program (self->store, id, &error))
    title = g_strdup (error->message);
  else
    title = g_strdup_printf (_("%s added to your programme"), vastus_exercise_get_name (exercise));
  vastus_window_add_toast (self, adw_toast_new (title));
}

static void
export_sessions_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  VastusWindow *self = VASTUS_WINDOW (widget);

  adw_view_stack_set_visible_child_name (self->view_stack, "progress");
  gtk_widget_activate_action (GTK_WIDGET (ensure_progress (self)), "progress.export", NULL);
}

static void
report_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  VastusWindow *self = VASTUS_WINDOW (widget);

  if (g_str_equal (action_name, "win.print-report"))
    vastus_window_report_print (self, self->store);
  else
    vastus_window_report_save (self, self->store);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  VastusWindow *self = VASTUS_WINDOW (widget);

  if (self->library_page != NULL)
    vastus_library_page_go_back (self->library_page);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  VastusWindow *self = VASTUS_WINDOW (widget);

  adw_view_stack_set_visible_child_name (self->view_stack, "library");
  vastus_library_page_focus_search (ensure_library (self));
}

static gboolean
program_held (VastusWindow *self)
{
  VastusProgram *program = vastus_store_get_program (self->store);

  return program != NULL && vastus_program_get_hold (program) != NULL;
}

/* No session while the programme is on hold: Start and Resume are off, the
 * knee check on. */
static void
update_hold_actions (VastusWindow *self)
{
  gboolean held = program_held (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.start-session", !self->session_shown && !held);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.start-short-session", !self->session_shown && !held);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.start-session-checked", !self->session_shown && !held);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.resume-session", !self->session_shown && !held);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.knee-checked", !self->session_shown && held);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.review-warning-signs", !self->session_shown && !held);
}

/* The main pages' actions are off while a session fills the window. */
static void
set_session_shown (VastusWindow *self,
                   gboolean      shown)
{
  self->session_shown = shown;
  gtk_stack_set_visible_child_name (self->mode_stack, shown ? "session" : "main");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.search", !shown);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.back", !shown);
  update_hold_actions (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.discard-session", !shown);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.warning-signs", !shown);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-exercise", !shown);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-sessions", !shown);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.report", !shown);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.print-report", !shown);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.edit-program", !shown);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.preferences", !shown);
  /* A restore would change the programme under the session. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.restore", !shown);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.restore-from", !shown);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.import-program", !shown);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.import-program-file", !shown);
  if (!shown)
    vastus_today_page_refresh (self->today_page);
}

static void session_closed_cb (VastusWindow *self);

/* The session screen is made for the first session, not with the window. */
static VastusSessionView *
ensure_session_view (VastusWindow *self)
{
  if (self->session_view == NULL)
    {
      self->session_view = g_object_new (VASTUS_TYPE_SESSION_VIEW, "store", self->store, NULL);
      gtk_stack_add_named (self->mode_stack, GTK_WIDGET (self->session_view), "session");
      g_signal_connect_swapped (self->session_view, "closed", G_CALLBACK (session_closed_cb), self);
        }
  return self->session_view;
}

static void
run_session (VastusWindow  *self,
             VastusSession *session)
{
  ensure_session_view (self);
  set_session_shown (self, TRUE);
  vastus_session_view_run (self->session_view, session);
}

static void ask_warning_signs (VastusWindow *self,
                               const char   *context,
                               gboolean      then_start);

static void
start_session_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  VastusWindow *self = VASTUS_WINDOW (widget);
  g_autoptr (VastusSession) session = NULL;
  gboolean shorter = parameter == NULL ? g_str_equal (action_name, "win.start-short-session")
                                       : self->shorter_after_check;

  /* At 6 and 12 weeks the warning signs come first. */
  if (parameter == NULL && vastus_journal_is_loaded (vastus_store_get_journal (self->store)) &&
      vastus_safety_review_due (vastus_store_get_journal (self->store), vastus_store_get_now (self->store)) > 0)
    {
      self->shorter_after_check = shorter;
      ask_warning_signs (self, "review", TRUE);
      return;
    }

  session = shorter ? vastus_store_start_short_session (self->store) : vastus_store_start_session (self->store);
  if (session != NULL)
    run_session (self, session);
}

static void
resume_session_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  VastusWindow *self = VASTUS_WINDOW (widget);
  g_autoptr (VastusSession) session = NULL;
  g_autoptr (GError) error = NULL;

  session = vastus_store_resume_session (self->store, &error);
  if (session == NULL)
    {
      g_autofree char *title = g_strdup_printf (_("The session could not be resumed: %s"), error->message);

      vastus_window_add_toast (self, adw_toast_new (title));
      return;
    }

  run_session (self, session);
}

static void
discard_session_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  VastusWindow *self = VASTUS_WINDOW (widget);
  g_autoptr (GError) error = NULL;

  if (!vastus_store_discard_session (self->store, &error))
    vastus_window_add_toast (self, adw_toast_new (error->message));
}

static void
show_exercise_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  VastusWindow *self = VASTUS_WINDOW (widget);

  adw_view_stack_set_visible_child_name (self->view_stack, "library");
  gtk_widget_activate_action (GTK_WIDGET (ensure_library (self)), "library.show", "s",
                              g_variant_get_string (parameter, NULL));
}

static void
session_closed_cb (VastusWindow *self)
{
  set_session_shown (self, FALSE);
}

static void
update_back_button (VastusWindow *self)
{
  gboolean library = g_strcmp0 (adw_view_stack_get_visible_child_name (self->view_stack), "library") == 0;

  gtk_widget_set_visible (GTK_WIDGET (self->back_button),
                          library && self->library_page != NULL &&
                          vastus_library_page_get_can_go_back (self->library_page));
}

/* A page is made as it comes into view, before its first frame. */
static void
visible_page_cb (VastusWindow *self)
{
  const char *name = adw_view_stack_get_visible_child_name (self->view_stack);

  if (g_strcmp0 (name, "library") == 0)
    ensure_library (self);
  else if (g_strcmp0 (name, "progress") == 0)
    ensure_progress (self);
  update_back_button (self);
}

/* About Your Knee, or the flare-up plan first. */
static void
knee_guide_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  GtkWidget *guide = vastus_knee_guide_new (GTK_WINDOW (widget), g_str_equal (action_name, "win.flare-up-plan"));

  gtk_window_present (GTK_WINDOW (guide));
}

/* The shortcuts window is built when asked for, not with every window. */
static void
show_shortcuts_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  g_autoptr (GtkBuilder) builder =
    gtk_builder_new_from_resource ("/io/github/vastus/vastus/ui/vastus-shortcuts-window.ui");
  GtkWindow *shortcuts = GTK_WINDOW (gtk_builder_get_object (builder, "shortcuts_window"));

  gtk_window_set_transient_for (shortcuts, GTK_WINDOW (widget));
  gtk_window_present (shortcuts);
}

/* Report the first frame to a benchmark that started us (bench-startup). */
static void
first_frame_cb (GdkFrameClock *clock,
                gpointer       user_data)
{
  g_signal_handlers_disconnect_by_func (clock, first_frame_cb, user_data);
  printf ("first-frame %" G_GINT64_FORMAT "\n", g_get_monotonic_time ());
  fflush (stdout);
  g_application_quit (G_APPLICATION (gtk_window_get_application (GTK_WINDOW (user_data))));
}

/* For bench-session-cpu: once the first frame is drawn, today's session
 * starts, and with VASTUS_BENCH_SESSION=paused is paused at once; the
 * benchmark measures the process from outside. */
static void
bench_session_cb (GdkFrameClock *clock,
                  gpointer       user_data)
{
  VastusWindow *self = VASTUS_WINDOW (user_data);

  g_signal_handlers_disconnect_by_func (clock, bench_session_cb, user_data);
  gtk_widget_activate_action (GTK_WIDGET (self), "win.start-session", NULL);
  if (self->session_view != NULL && g_strcmp0 (g_getenv ("VASTUS_BENCH_SESSION"), "paused") == 0)
    gtk_widget_activate_action (GTK_WIDGET (self->session_view), "session.pause-resume", NULL);
  printf ("session-started %" G_GINT64_FORMAT "\n", g_get_monotonic_time ());
  fflush (stdout);
}

static void
vastus_window_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (vastus_window_parent_class)->map (widget);

  if (g_getenv ("VASTUS_BENCH_FIRST_FRAME") != NULL)
    g_signal_connect (gtk_widget_get_frame_clock (widget), "after-paint",
                      G_CALLBACK (first_frame_cb), widget);
  else if (g_getenv ("VASTUS_BENCH_SESSION") != NULL)
    g_signal_connect (gtk_widget_get_frame_clock (widget), "after-paint",
                      G_CALLBACK (bench_session_cb), widget);
}

static void
first_run_finished_cb (VastusWindow *self,
                       const char   *program,
                       const char   *knee)
{
  g_autoptr (GError) error = NULL;

  if (!vastus_store_set_up_full (self->store, program, knee,
                                 vastus_first_run_get_equipment (VASTUS_FIRST_RUN (self->first_run)), &error))
    vastus_window_add_toast (self, adw_toast_new (error->message));

  adw_view_stack_set_visible_child_name (self->view_stack, "today");
  gtk_stack_set_visible_child_name (self->mode_stack, "main");
  gtk_stack_remove (self->mode_stack, self->first_run);
  self->first_run = NULL;
}

static void
first_run_red_flag_cb (VastusWindow *self,
                       GStrv         yes)
{
  g_autoptr (GError) error = NULL;

  if (!vastus_store_answer_warning_signs (self->store, (const char * const *) yes, "first-run", NULL, &error))
    vastus_window_add_toast (self, adw_toast_new (error->message));
}

/* Checked and fine after a first-run warning sign: written down, then the
 * questions again. */
static void
first_run_checked_cb (VastusWindow *self)
{
  g_autoptr (GError) error = NULL;

  if (!vastus_store_knee_checked (self->store, &error))
    vastus_window_add_toast (self, adw_toast_new (error->message));
}

/* A warning sign answered yes at an earlier first run still stands. */
static void
first_run_resume_stop (VastusWindow *self)
{
  VastusJournal *journal = vastus_store_get_journal (self->store);
  g_auto (GStrv) yes = NULL;

  if (self->first_run != NULL && vastus_journal_is_loaded (journal) && vastus_safety_first_run_stopped (journal, &yes))
    vastus_first_run_show_stop (VASTUS_FIRST_RUN (self->first_run), (const char * const *) yes);
}

/* The first run comes before everything else, until a programme is set up. */
static void
show_first_run (VastusWindow *self)
{

  if (!vastus_store_get_first_run (self->store) || self->first_run != NULL)
    return;

  self->first_run = vastus_first_run_new (vastus_store_get_catalogue (self->store));
  g_signal_connect_object (self->first_run, "finished", G_CALLBACK (first_run_finished_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->first_run, "red-flag", G_CALLBACK (first_run_red_flag_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->first_run, "checked", G_CALLBACK (first_run_checked_cb), self, G_CONNECT_SWAPPED);
  gtk_stack_add_named (self->mode_stack, self->first_run, "first-run");
  gtk_stack_set_visible_child_name (self->mode_stack, "first-run");
  first_run_resume_stop (self);
}

/**
 * vastus_window_get_first_run:
 *
 * Returns: (transfer none) (nullable): the first run, while it is shown
 */
GtkWidget *
vastus_window_get_first_run (VastusWindow *self)
{
  g_return_val_if_fail (VASTUS_IS_WINDOW (self), NULL);
  return self->first_run;
}

static void
discard_checkpoint_cb (VastusWindow *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.discard-session", NULL);
}

static void
show_checkpoint_problem_action (GtkWidget  *widget,
                                const char *action_name,
                                GVariant   *parameter)
{
  VastusWindow *self = VASTUS_WINDOW (widget);
  g_autoptr (GError) error = NULL;
  GtkWidget *dialog;

  if (vastus_store_peek_session (self->store, NULL, NULL, &error) || error == NULL)
    return;
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("An Interrupted Session Could Not Be Resumed"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("Vastus saves a session as it goes, so that it can be taken up again after a "
                                    "crash. The saved session could not be read, or was saved for a programme that "
                                    "has changed since, so it is not offered. What you did in it before the "
                                    "interruption is in that file only. Start a new session from Today whenever you "
                                    "are ready; Discard removes the file, so that this is not said again.\n\n%s"),
                                  error->message);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "close", _("_Keep the File"),
                                    "discard", _("_Discard"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard", ADW_RESPONSE_DESTRUCTIVE);
  /* Enter and Escape keep the file: only a click on Discard removes it. */
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");
  g_signal_connect_swapped (dialog, "response::discard", G_CALLBACK (discard_checkpoint_cb), self);
  present_details (self, dialog);
}

/* A saved session that cannot be resumed is said, once, with the details a
 * click away. */
static void
report_checkpoint_problem (VastusWindow *self)
{
  g_autoptr (GError) error = NULL;
  AdwToast *toast;

  if (vastus_store_peek_session (self->store, NULL, NULL, &error) || error == NULL ||
      g_error_matches (error, VASTUS_CHECKPOINT_ERROR, VASTUS_CHECKPOINT_ERROR_NONE_SAVED))
    return;

  toast = adw_toast_new (_("A session cannot be resumed"));
  adw_toast_set_button_label (toast, _("_Details"));
  adw_toast_set_action_name (toast, "win.show-checkpoint-problem");
  adw_toast_set_timeout (toast, 0);
  vastus_toast_show (GTK_WIDGET (self->toast_overlay), toast);
}

/* What the store holds, shown once the window is made. */
static void
show_store (VastusWindow *self)
{
  GSettings *settings = self->settings;

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (settings, "window-width"),
                               g_settings_get_int (settings, "window-height"));
  if (g_settings_get_boolean (settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  vastus_today_page_set_store (self->today_page, self->store);
  vastus_today_page_set_program (self->today_page, vastus_store_get_catalogue (self->store),
                                 vastus_store_get_program (self->store),
                                 vastus_store_get_program_notice (self->store));
  report_data_folder_problem (self);
  report_catalogue_errors (self);
  report_checkpoint_problem (self);
  show_first_run (self);

  g_signal_connect_object (vastus_store_get_journal (self->store), "notify::n-pending",
                           G_CALLBACK (journal_pending_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (vastus_store_get_journal (self->store), "notify::loaded",
                           G_CALLBACK (report_journal_problems), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (vastus_store_get_journal (self->store), "notify::load-error",
                           G_CALLBACK (report_journal_problems), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (vastus_store_get_journal (self->store), "notify::loaded",
                           G_CALLBACK (first_run_resume_stop), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->store, "program-changed", G_CALLBACK (program_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->store, "session-changed", G_CALLBACK (vastus_today_page_refresh), self->today_page,
                           G_CONNECT_SWAPPED);
  /* A hold, lifted or begun, changes what may be started. */
  g_signal_connect_object (vastus_store_get_journal (self->store), "changed",
                           G_CALLBACK (update_hold_actions), self, G_CONNECT_SWAPPED);
  update_hold_actions (self);
  if (vastus_journal_is_loaded (vastus_store_get_journal (self->store)) ||
      vastus_journal_get_load_error (vastus_store_get_journal (self->store)) != NULL)
    report_journal_problems (self);
}

/* Warning signs: from the menu, at 6 and 12 weeks, and before starting
 * again after a hold. Any yes holds the programme; all clear is written
 * down too. */
typedef struct
{
  VastusWindow *self;
  char         *context;
  gboolean      then_start;
} Asking;

static void
asking_free (gpointer data)
{
  Asking *asking = data;

  g_free (asking->context);
  g_free (asking);
}

static void
answered (VastusWindow       *self,
          const char * const *yes,
          const char         *context)
{
  g_autoptr (GError) error = NULL;

  if (!vastus_store_answer_warning_signs (self->store, yes, context, NULL, &error))
    vastus_window_add_toast (self, adw_toast_new (error->message));
  adw_view_stack_set_visible_child_name (self->view_stack, "today");
}

static void
flags_stop_cb (VastusRedFlagsDialog *dialog,
               GStrv                 yes,
               Asking               *asking)
{
  asking->self->safety_dialog = NULL;
  answered (asking->self, (const char * const *) yes, asking->context);
}

static void
flags_go_on_cb (VastusRedFlagsDialog *dialog,
                Asking               *asking)
{
  VastusWindow *self = asking->self;
  const char * const none[] = { NULL };

  self->safety_dialog = NULL;
  answered (self, none, asking->context);

  if (g_str_equal (asking->context, "knee-checked"))
    {
      g_autoptr (GError) error = NULL;

      if (!vastus_store_knee_checked (self->store, &error))
        vastus_window_add_toast (self, adw_toast_new (error->message));
      else
        vastus_window_add_toast (self, adw_toast_new (_("Your programme starts again, one step easier than before")));
    }
  else if (asking->then_start)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.start-session-checked", "b", TRUE);
}

static void
ask_warning_signs (VastusWindow *self,
                   const char   *context,
                   gboolean      then_start)
{
  Asking *asking;
  GtkWidget *dialog;

  if (self->safety_dialog != NULL)
    {
      gtk_window_present (GTK_WINDOW (self->safety_dialog));
      return;
    }

  asking = g_new0 (Asking, 1);
  asking->self = self;
  asking->context = g_strdup (context);
  asking->then_start = then_start;
  dialog = vastus_red_flags_dialog_new (GTK_WINDOW (self));
  if (g_str_equal (context, "review"))
    vastus_red_flags_dialog_set_purpose (VASTUS_RED_FLAGS_DIALOG (dialog), _("A Quick Check"),
                                         /* Translators: a warning sign or safety advice: keep its meaning exact (when to stop, whom to see, how soon) */
                                         _("Some weeks into your programme, a quick check that nothing has changed. "
                                           "If any of these is true, stop: your knee needs to be checked by a "
                                           "professional."),
                                         then_start ? _("_None of These, Start Session") : NULL);
  else if (g_str_equal (context, "knee-checked"))
    vastus_red_flags_dialog_set_purpose (VASTUS_RED_FLAGS_DIALOG (dialog), _("Before You Start Again"),
                                         /* Translators: a warning sign or safety advice: keep its meaning exact (when to stop, whom to see, how soon) */
                                         _("Answer these once more, as things are today. Leave out anything that "
                                           "the person who checked your knee already knows about and said is fine "
                                           "for exercise. If anything else is true, your programme stays on hold."),
                                         _("_None of These, Start Again"));
  g_signal_connect_data (dialog, "stop", G_CALLBACK (flags_stop_cb), asking, NULL, 0);
  g_signal_connect_data (dialog, "go-on", G_CALLBACK (flags_go_on_cb), asking,
                         (GClosureNotify) (void (*) (void)) asking_free, 0);
  self->safety_dialog = dialog;
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
warning_signs_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  ask_warning_signs (VASTUS_WINDOW (widget), "menu", FALSE);
}

static void
review_warning_signs_action (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  ask_warning_signs (VASTUS_WINDOW (widget), "review", FALSE);
}

static void
knee_checked_response_cb (AdwMessageDialog *dialog,
                          const char       *response,
                          VastusWindow     *self)
{
  self->safety_dialog = NULL;
  if (g_strcmp0 (response, "checked") == 0)
    ask_warning_signs (self, "knee-checked", FALSE);
}

/* "I Have Had My Knee Checked": asked to confirm, then the questions once
 * more; all clear starts the programme again one step lower. */
static void
knee_checked_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  VastusWindow *self = VASTUS_WINDOW (widget);
  GtkWidget *dialog;

  if (!program_held (self) || self->safety_dialog != NULL)
    return;

  /* Translators: a warning sign or safety advice: keep its meaning exact (when to stop, whom to see, how soon) */
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Has Your Knee Been Checked?"),
                                   /* Translators: a warning sign or safety advice: keep its meaning exact (when to stop, whom to see, how soon) */
                                   _("Only start again once a physiotherapist or doctor has looked at your knee and "
                                     "said that exercise is fine. If they gave you different exercises or doses, "
                                     "follow their advice and change Your Programme to match. Vastus asks the "
                                     "warning-sign questions once more, then your programme starts again one step "
                                     "easier than before."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Not Yet"),
                                    /* Translators: a warning sign or safety advice: keep its meaning exact (when to stop, whom to see, how soon) */
                                    "checked", _("_It Has Been Checked"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "checked", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (knee_checked_response_cb), self);
  self->safety_dialog = dialog;
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * vastus_window_get_safety_dialog:
 *
 * Returns: (transfer none) (nullable): the warning-sign questions or the
 *   knee-check question, while open
 */
GtkWidget *
vastus_window_get_safety_dialog (VastusWindow *self)
{
  g_return_val_if_fail (VASTUS_IS_WINDOW (self), NULL);
  return self->safety_dialog;
}

static void
vastus_window_constructed (GObject *object)
{
  VastusWindow *self = VASTUS_WINDOW (object);

  G_OBJECT_CLASS (vastus_window_parent_class)->constructed (object);

  g_assert (self->store != NULL);
  show_store (self);
}

static void
vastus_window_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  VastusWindow *self = VASTUS_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vastus_window_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  VastusWindow *self = VASTUS_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vastus_window_dispose (GObject *object)
{
  VastusWindow *self = VASTUS_WINDOW (object);

  /* The store outlives its windows: nothing it says may reach one that is gone. */
  if (self->store != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->store, self);
      g_signal_handlers_disconnect_by_data (self->store, self->today_page);
      g_signal_handlers_disconnect_by_data (vastus_store_get_journal (self->store), self);
    }
  if (self->import_dialog != NULL)
    {
      GtkWidget *dialog = self->import_dialog;

      g_object_remove_weak_pointer (G_OBJECT (dialog), (gpointer *) &self->import_dialog);
      self->import_dialog = NULL;
      gtk_window_destroy (GTK_WINDOW (dialog));
    }
  g_clear_object (&self->program_chooser);

  G_OBJECT_CLASS (vastus_window_parent_class)->dispose (object);

  g_clear_object (&self->settings);
  g_clear_object (&self->store);
}

static void
vastus_window_class_init (VastusWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = vastus_window_constructed;
  object_class->set_property = vastus_window_set_property;
  object_class->get_property = vastus_window_get_property;
  object_class->dispose = vastus_window_dispose;

  /**
   * VastusWindow:store:
   *
   * Everything Vastus keeps for the person: what the window shows, and where
   * it sends what the person does.
   */
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, VASTUS_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  widget_class->map = vastus_window_map;
  window_class->close_request = vastus_window_close_request;

  g_type_ensure (VASTUS_TYPE_LIBRARY_PAGE);
  g_type_ensure (VASTUS_TYPE_TODAY_PAGE);
  g_type_ensure (VASTUS_TYPE_PROGRESS_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/vastus/vastus/ui/vastus-window.ui");
  gtk_widget_class_bind_template_child (widget_class, VastusWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, VastusWindow, mode_stack);
  gtk_widget_class_bind_template_child (widget_class, VastusWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, VastusWindow, today_page);
  gtk_widget_class_bind_template_child (widget_class, VastusWindow, menu_button);
  gtk_widget_class_bind_template_child (widget_class, VastusWindow, primary_menu);
  gtk_widget_class_bind_template_child (widget_class, VastusWindow, library_bin);
  gtk_widget_class_bind_template_child (widget_class, VastusWindow, progress_bin);
  gtk_widget_class_bind_template_child (widget_class, VastusWindow, back_button);

  gtk_widget_class_install_action (widget_class, "win.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.show-help-overlay", NULL, show_shortcuts_action);
  gtk_widget_class_install_action (widget_class, "win.about-knee", NULL, knee_guide_action);
  gtk_widget_class_install_action (widget_class, "win.flare-up-plan", NULL, knee_guide_action);
  gtk_widget_class_install_action (widget_class, "win.show-catalogue-errors", NULL,
                                   show_catalogue_errors_action);
  gtk_widget_class_install_action (widget_class, "win.start-session", NULL, start_session_action);
  /* "How long have you got?": a shorter session for a day with less time. */
  gtk_widget_class_install_action (widget_class, "win.start-short-session", NULL, start_session_action);
  /* With a parameter: the check-in questions were just answered. */
  gtk_widget_class_install_action (widget_class, "win.start-session-checked", "b", start_session_action);
  gtk_widget_class_install_action (widget_class, "win.warning-signs", NULL, warning_signs_action);
  gtk_widget_class_install_action (widget_class, "win.review-warning-signs", NULL, review_warning_signs_action);
  gtk_widget_class_install_action (widget_class, "win.knee-checked", NULL, knee_checked_action);
  gtk_widget_class_install_action (widget_class, "win.resume-session", NULL, resume_session_action);
  gtk_widget_class_install_action (widget_class, "win.discard-session", NULL, discard_session_action);
  gtk_widget_class_install_action (widget_class, "win.show-exercise", "s", show_exercise_action);
  gtk_widget_class_install_action (widget_class, "win.show-journal-problems", NULL, show_journal_problems_action);
  gtk_widget_class_install_action (widget_class, "win.show-data-folder-problem", NULL,
                                   show_data_folder_problem_action);
  gtk_widget_class_install_action (widget_class, "win.show-unsaved", NULL, show_unsaved_action);
  gtk_widget_class_install_action (widget_class, "win.show-checkpoint-problem", NULL, show_checkpoint_problem_action);
  gtk_widget_class_install_action (widget_class, "win.export-sessions", NULL, export_sessions_action);
  gtk_widget_class_install_action (widget_class, "win.report", NULL, report_action);
  gtk_widget_class_install_action (widget_class, "win.print-report", NULL, report_action);
  gtk_widget_class_install_action (widget_class, "win.add-to-program", "s", add_to_program_action);
  gtk_widget_class_install_action (widget_class, "win.edit-program", NULL, edit_program_action);
  gtk_widget_class_install_action (widget_class, "win.preferences", NULL, preferences_action);
  vastus_window_install_backup_actions (widget_class);
  gtk_widget_class_install_action (widget_class, "win.import-program", NULL, import_program_action);
  gtk_widget_class_install_action (widget_class, "win.import-program-file", "s", import_program_file_action);
  gtk_widget_class_install_action (widget_class, "win.export-program", NULL, export_program_action);
  gtk_widget_class_install_action (widget_class, "win.export-program-file", "s", export_program_file_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "win.export-sessions", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "win.print-report", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_comma, GDK_CONTROL_MASK, "win.preferences", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.import-program", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "win.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_question, GDK_CONTROL_MASK,
                                       "win.show-help-overlay", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK,
                                       "win.start-session", NULL);
}

/* The main menu's popover is made the first time it opens, not before the
 * window's first frame. */
static void
create_menu_cb (GtkMenuButton *button,
                gpointer       user_data)
{
  VastusWindow *self = VASTUS_WINDOW (user_data);

  if (gtk_menu_button_get_menu_model (button) == NULL)
    gtk_menu_button_set_menu_model (button, self->primary_menu);
}

static void
vastus_window_init (VastusWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_menu_button_set_create_popup_func (self->menu_button, create_menu_cb, self, NULL);
  self->settings = g_settings_new (APPLICATION_ID);

  g_signal_connect_swapped (self->view_stack, "notify::visible-child-name", G_CALLBACK (visible_page_cb), self);
}

VastusWindow *
vastus_window_new (GtkApplication *application,
                   VastusStore    *store)
{
  g_return_val_if_fail (GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (VASTUS_IS_STORE (store), NULL);

  return g_object_new (VASTUS_TYPE_WINDOW, "application", application, "store", store, NULL);
}

/**
 * vastus_window_get_library:
 *
 * Returns: (transfer none): the library page
 */
GtkWidget *
vastus_window_get_library (VastusWindow *self)
{
  g_return_val_if_fail (VASTUS_IS_WINDOW (self), NULL);
  return GTK_WIDGET (ensure_library (self));
}

void
vastus_window_add_toast (VastusWindow *self,
                         AdwToast     *toast)
{
  g_return_if_fail (VASTUS_IS_WINDOW (self));
  vastus_toast_show (GTK_WIDGET (self->toast_overlay), toast);
}

/**
 * vastus_window_get_progress:
 *
 * Returns: (transfer none): the Progress page
 */
GtkWidget *
vastus_window_get_progress (VastusWindow *self)
{
  g_return_val_if_fail (VASTUS_IS_WINDOW (self), NULL);
  return GTK_WIDGET (ensure_progress (self));
}

/**
 * vastus_window_get_today:
 *
 * Returns: (transfer none): the Today page
 */
GtkWidget *
vastus_window_get_today (VastusWindow *self)
{
  g_return_val_if_fail (VASTUS_IS_WINDOW (self), NULL);
  return GTK_WIDGET (self->today_page);
}

/**
 * vastus_window_get_session_view:
 *
 * Returns: (transfer none): the guided session screen
 */
GtkWidget *
vastus_window_get_session_view (VastusWindow *self)
{
  g_return_val_if_fail (VASTUS_IS_WINDOW (self), NULL);
  return GTK_WIDGET (ensure_session_view (self));
}

gboolean
vastus_window_get_session_shown (VastusWindow *self)
{
  g_return_val_if_fail (VASTUS_IS_WINDOW (self), FALSE);
  return g_strcmp0 (gtk_stack_get_visible_child_name (self->mode_stack), "session") == 0;
}

/**
 * vastus_window_show_page:
 * @name: "today", "progress" or "library"
 */
void
vastus_window_show_page (VastusWindow *self,
                         const char   *name)
{
  g_return_if_fail (VASTUS_IS_WINDOW (self));
  adw_view_stack_set_visible_child_name (self->view_stack, name);
}

/**
 * vastus_window_has_page:
 * @name: "library" or "progress"
 *
 * Returns: whether the page has been made yet: they are made when first shown
 */
gboolean
vastus_window_has_page (VastusWindow *self,
                        const char   *name)
{
  g_return_val_if_fail (VASTUS_IS_WINDOW (self), FALSE);

  if (g_str_equal (name, "library"))
    return self->library_page != NULL;
  if (g_str_equal (name, "progress"))
    return self->progress_page != NULL;
  g_return_val_if_reached (FALSE);
}

GtkMenuButton *
vastus_window_get_menu_button (VastusWindow *self)
{
  g_return_val_if_fail (VASTUS_IS_WINDOW (self), NULL);
  return self->menu_button;
}
