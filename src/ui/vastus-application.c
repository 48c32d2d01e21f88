/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "vastus-application"

#include "config.h"

#include "vastus-application-private.h"
#include "vastus-accessible.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "vastus-backup-cli.h"
#include "vastus-checkpoint.h"
#include "vastus-data-check.h"
#include "vastus-files.h"
#include "vastus-history.h"
#include "vastus-progression.h"
#include "vastus-report-render.h"
#include "vastus-reminders.h"
#include "vastus-safety.h"
#include "vastus-window.h"

struct _VastusApplication
{
  AdwApplication   parent_instance;

  GSettings       *settings;
  VastusClock     *clock;              /* given by the tests before startup */
  VastusStore     *store;
  VastusReminders *reminders;
  gboolean         background;         /* vastus --reminders: no window at first */
  gboolean         held;               /* running for the reminders alone */
};

G_DEFINE_FINAL_TYPE (VastusApplication, vastus_application, ADW_TYPE_APPLICATION)

VastusApplication *
vastus_application_new (void)
{
  return g_object_new (VASTUS_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", "/io/github/vastus/vastus",
                       NULL);
}

/* The reminders: a notification when one is due, taken back when it no
 * longer is. A click opens Today, where the session or the morning question
 * waits. */
static void
reminder_cb (VastusApplication *self,
             int                kind)
{
  g_autoptr (GNotification) notification = NULL;

  if (kind == VASTUS_REMINDER_MORNING)
    {
      notification = g_notification_new (_("How Is Your Knee This Morning?"));
      g_notification_set_body (notification,
                               /* Translators: a warning sign or safety advice: keep its meaning exact (when to stop, whom to see, how soon) */
                               _("Rate pain and stiffness after your last session, from 0 to 10. "
                                 "It tells Vastus whether your knee settled overnight."));
      g_notification_set_default_action (notification, "app.morning-check");
      g_application_send_notification (G_APPLICATION (self), "morning-check", notification);
      return;
    }

  {
    g_autofree char *text = vastus_reminders_get_training_text (self->reminders);

    notification = g_notification_new (text);
    g_notification_set_default_action (notification, "app.today");
    g_application_send_notification (G_APPLICATION (self), "training", notification);
  }
}

static void
withdraw_cb (VastusApplication *self,
             int                kind)
{
  g_application_withdraw_notification (G_APPLICATION (self),
                                       kind == VASTUS_REMINDER_MORNING ? "morning-check" : "training");
}

/* Running only for the reminders, with both turned off: nothing to wait
 * for once the last window is closed. */
static void
reminder_settings_changed_cb (VastusApplication *self)
{
  VastusReminderSettings settings;

  vastus_reminder_settings_load (&settings, self->settings);
  vastus_reminders_set_settings (self->reminders, &settings);
  if (self->held && !vastus_reminder_settings_any (&settings))
    {
      self->held = FALSE;
      g_application_release (G_APPLICATION (self));
    }
}

static const char * const reminder_keys[] = {
  "training-reminder", "reminder-days", "reminder-time", "morning-reminder",
};

static void
vastus_application_startup (GApplication *app)
{
  VastusApplication *self = VASTUS_APPLICATION (app);

  G_APPLICATION_CLASS (vastus_application_parent_class)->startup (app);
  vastus_accessible_init ();

  self->settings = g_settings_new (APPLICATION_ID);
  self->store = vastus_store_new (self->clock);
  vastus_store_load (self->store);

  self->reminders = vastus_reminders_new (self->store, NULL);
  g_signal_connect_object (self->reminders, "reminder", G_CALLBACK (reminder_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->reminders, "withdraw", G_CALLBACK (withdraw_cb), self, G_CONNECT_SWAPPED);
  for (guint i = 0; i < G_N_ELEMENTS (reminder_keys); i++)
    {
      g_autofree char *signal = g_strconcat ("changed::", reminder_keys[i], NULL);

      g_signal_connect_object (self->settings, signal, G_CALLBACK (reminder_settings_changed_cb), self,
                               G_CONNECT_SWAPPED);
    }
  reminder_settings_changed_cb (self);

  gtk_window_set_default_icon_name (APPLICATION_ID);
}

static void
vastus_application_activate (GApplication *app)
{
  VastusApplication *self = VASTUS_APPLICATION (app);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  /* vastus --reminders: no window, and no quitting without one. Opened
   * later (from a notification or the launcher), this instance shows it. */
  if (self->background)
    {
      self->background = FALSE;
      if (!self->held)
        {
          self->held = TRUE;
          g_application_hold (app);
        }
      return;
    }

  if (window == NULL)
    window = GTK_WINDOW (vastus_window_new (GTK_APPLICATION (app), VASTUS_APPLICATION (app)->store));

  gtk_window_present (window);
}

/* A programme file opened from the Files app or named on the command line:
 * the window shows what importing it would change. */
static void
vastus_application_open (GApplication  *app,
                         GFile        **files,
                         int            n_files,
                         const char    *hint)
{
  GtkWindow *window;

  g_debug ("Opening %d file(s)", n_files);
  g_application_activate (app);
  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  if (n_files > 0 && VASTUS_IS_WINDOW (window))
    vastus_window_open_program_file (VASTUS_WINDOW (window), files[0]);
}

static void
quiet_log (const char     *domain,
           GLogLevelFlags  level,
           const char     *message,
           gpointer        data)
{
  if (level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING))
    g_log_default_handler (domain, level, message, data);
}

/* Before an option reads the person's data, as before the window does: the
 * data folder named after Vastus's former application ID moves to the new
 * one. Should it not, the option reads it where it is, and says why. */
static void
move_from_former_id (void)
{
  g_autoptr (GError) error = NULL;

  if (!vastus_files_move_from_former_id (&error))
    g_printerr ("%s\n", error->message);
}

/* The person's catalogue, programme and journal, for the command line:
 * each problem printed, FALSE when one of them cannot be read at all. */
static gboolean
load_own_data (VastusCatalogue **catalogue,
               VastusProgram   **program,
               VastusJournal   **journal)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) problems = NULL;
  g_autoptr (GPtrArray) user_errors = NULL;
  g_autofree char *user_folder = NULL;
  g_autofree char *program_path = NULL;

  move_from_former_id ();
  user_folder = vastus_catalogue_user_folder ();
  program_path = vastus_program_default_path ();

  *catalogue = vastus_catalogue_new_builtin (&error);
  if (*catalogue == NULL)
    {
      g_printerr ("%s\n", error->message);
      return FALSE;
    }
  user_errors = vastus_catalogue_load_folder (*catalogue, user_folder);
  for (guint i = 0; i < user_errors->len; i++)
    g_printerr ("%s\n", ((GError *) g_ptr_array_index (user_errors, i))->message);

  if (!g_file_test (program_path, G_FILE_TEST_EXISTS))
    {
      g_printerr (_("No programme has been set up yet in %s.\n"), program_path);
      return FALSE;
    }
  *program = vastus_program_load (program_path, *catalogue, &problems, &error);
  if (*program == NULL)
    {
      g_printerr ("%s\n", error->message);
      return FALSE;
    }
  for (guint i = 0; i < problems->len; i++)
    g_printerr ("%s\n", (char *) g_ptr_array_index (problems, i));

  *journal = vastus_journal_new (NULL);
  if (!vastus_journal_load (*journal, &error))
    {
      g_printerr ("%s\n", error->message);
      return FALSE;
    }
  for (guint i = 0; i < vastus_journal_get_problems (*journal)->len; i++)
    g_printerr ("%s\n", (char *) g_ptr_array_index (vastus_journal_get_problems (*journal), i));
  return TRUE;
}

/* vastus --explain: what the progression engine sees in the person's own
 * data folder, exercise by exercise, for a physiotherapist or a tester. */
/* --now TIME, or the real time; FALSE (and said why) when TIME is not one. */
static gboolean
read_now (GVariantDict *options,
          gint64       *now)
{
  const char *when = NULL;

  *now = g_get_real_time ();
  if (g_variant_dict_lookup (options, "now", "&s", &when) && !vastus_time_from_iso8601 (when, now))
    {
      g_printerr (_("--now must be a date and time like 2026-11-21T09:30:00+01:00, not “%s”\n"), when);
      return FALSE;
    }
  return TRUE;
}

static int
explain (GVariantDict *options)
{
  g_autoptr (VastusCatalogue) catalogue = NULL;
  g_autoptr (VastusProgram) program = NULL;
  g_autoptr (VastusJournal) journal = NULL;
  g_autofree char *report = NULL;
  gint64 now;

  if (!read_now (options, &now))
    return 2;

  if (!load_own_data (&catalogue, &program, &journal))
    return 1;

  report = vastus_progression_explain (program, catalogue, journal, now);
  fputs (report, stdout);
  return 0;
}

/* vastus --report FILE.pdf [--weeks N] [--paper a4|letter]: the report for a
 * physiotherapist, from the person's own data folder, without a window. */
static int
write_report (GVariantDict *options)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (VastusCatalogue) catalogue = NULL;
  g_autoptr (VastusProgram) program = NULL;
  g_autoptr (VastusJournal) journal = NULL;
  g_autoptr (VastusReport) report = NULL;
  g_autoptr (GtkPaperSize) paper = NULL;
  const char *path = NULL;
  const char *paper_name = NULL;
  gint64 now;
  int weeks = 0;

  g_variant_dict_lookup (options, "report", "^&ay", &path);
  if (path == NULL || path[0] == '\0')
    {
      g_printerr ("%s\n", _("Usage: vastus --report FILE.pdf [--weeks N] [--paper a4|letter]"));
      return 2;
    }
  if (g_variant_dict_lookup (options, "weeks", "i", &weeks) && (weeks < 1 || weeks > 520))
    {
      g_printerr (_("--weeks must be a number of weeks from 1 to 520, not %d\n"), weeks);
      return 2;
    }
  if (!read_now (options, &now))
    return 2;
  if (g_variant_dict_lookup (options, "paper", "&s", &paper_name))
    {
      if (g_ascii_strcasecmp (paper_name, "a4") == 0)
        paper = gtk_paper_size_new (GTK_PAPER_NAME_A4);
      else if (g_ascii_strcasecmp (paper_name, "letter") == 0)
        paper = gtk_paper_size_new (GTK_PAPER_NAME_LETTER);
      else
        {
          g_printerr (_("--paper must be a4 or letter, not “%s”\n"), paper_name);
          return 2;
        }
    }
  else
    paper = gtk_paper_size_new (NULL);

  if (!load_own_data (&catalogue, &program, &journal))
    return 1;

  report = vastus_report_build (program, catalogue, journal, now, (guint) weeks);
  if (!vastus_report_write_pdf (report, paper, path, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  /* Translators: %s is the report's file name */
  g_print (_("Wrote the report to %s\n"), path);
  return 0;
}

/* vastus --reminders: the reminders while Vastus is closed, started with
 * the person's session. The windowless instance becomes the application;
 * one already running sends them itself. */
static int
run_reminders (VastusApplication *self)
{
  g_autoptr (GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autoptr (GError) error = NULL;
  VastusReminderSettings reminder_settings;

  vastus_reminder_settings_load (&reminder_settings, settings);
  if (!vastus_reminder_settings_any (&reminder_settings))
    {
      g_print ("%s\n", _("Both reminders are off in Preferences: there is nothing to remind you of."));
      return 0;
    }
  if (!g_application_register (G_APPLICATION (self), NULL, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  if (g_application_get_is_remote (G_APPLICATION (self)))
    {
      g_print ("%s\n", _("Vastus is running already and sends the reminders itself."));
      return 0;
    }
  self->background = TRUE;
  return -1;
}

static int
vastus_application_handle_local_options (GApplication *app,
                                         GVariantDict *options)
{
  g_autofree const char **files = NULL;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("vastus %s\n", PACKAGE_VERSION);
      return 0;
    }

  if (g_variant_dict_contains (options, "validate"))
    {
      g_autoptr (GString) report = g_string_new (NULL);
      gboolean valid;

      if (!g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&ay", &files) ||
          files == NULL || files[0] == NULL)
        {
          g_printerr ("%s\n", _("Usage: vastus --validate FILE…"));
          return 2;
        }

      /* A programme file is checked against the person's own exercises too. */
      move_from_former_id ();
      valid = vastus_data_files_validate ((const char * const *) files, report);
      fputs (report->str, valid ? stdout : stderr);
      return valid ? 0 : 1;
    }

  if (g_variant_dict_contains (options, "explain"))
    return explain (options);

  if (g_variant_dict_contains (options, "report"))
    return write_report (options);

  if (g_variant_dict_contains (options, "backup") || g_variant_dict_contains (options, "restore"))
    {
      g_autofree char *backup = NULL;
      g_autofree char *restore = NULL;

      g_variant_dict_lookup (options, "backup", "^ay", &backup);
      g_variant_dict_lookup (options, "restore", "^ay", &restore);
      move_from_former_id ();
      /* A Vastus open on the same data would write its programme and
       * journal over the restored ones. With no session bus there is no
       * telling, and nothing open to ask. */
      if (restore != NULL && g_application_register (app, NULL, NULL) && g_application_get_is_remote (app))
        {
          g_printerr ("%s\n", _("Vastus is open: close it first, or use Restore… in its main menu. Nothing was changed."));
          return 1;
        }
      return vastus_backup_cli (backup, restore, g_variant_dict_contains (options, "yes"));
    }

  /* Programme files to open. The option entry for FILE… that --validate
   * needs keeps GApplication from opening them itself. */
  if (g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&ay", &files) && files != NULL && files[0] != NULL &&
      !g_variant_dict_contains (options, "check"))
    {
      g_autoptr (GPtrArray) opened = g_ptr_array_new_with_free_func (g_object_unref);
      g_autoptr (GError) error = NULL;

      if (!g_application_register (app, NULL, &error))
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
      for (guint i = 0; files[i] != NULL; i++)
        g_ptr_array_add (opened, g_file_new_for_commandline_arg (files[i]));
      g_application_open (app, (GFile **) opened->pdata, (int) opened->len, "");
      /* A second start hands the files to the Vastus already running. */
      return g_application_get_is_remote (app) ? 0 : -1;
    }

  if (g_variant_dict_contains (options, "check"))
    {
      g_autoptr (GString) report = g_string_new (NULL);
      gboolean clean;

      move_from_former_id ();
      /* Each problem is printed once, in the report: not again as a log line. */
      g_log_set_default_handler (quiet_log, NULL);
      clean = vastus_data_check (report, NULL);

      fputs (report->str, clean ? stdout : stderr);
      return clean ? 0 : 1;
    }

  if (g_variant_dict_contains (options, "reminders"))
    return run_reminders (VASTUS_APPLICATION (app));

  return -1;
}

/* Whatever the journal could not write is tried once more; what still
 * cannot be written is printed whole, so that it can be recovered. */
static void
vastus_application_shutdown (GApplication *app)
{
  VastusApplication *self = VASTUS_APPLICATION (app);
  g_autoptr (GError) error = NULL;

  VastusJournal *journal = self->store != NULL ? vastus_store_get_journal (self->store) : NULL;

  if (journal != NULL && !vastus_journal_flush (journal, &error))
    {
      g_autofree char *lines = vastus_journal_dump_pending (journal);

      g_printerr (_("Vastus could not save these journal records (%s). "
                    "Add them to %s once there is room:\n%s"),
                  error->message, vastus_journal_get_path (journal), lines);
    }
  g_clear_object (&self->reminders);

  G_APPLICATION_CLASS (vastus_application_parent_class)->shutdown (app);
}

static void
vastus_application_dispose (GObject *object)
{
  VastusApplication *self = VASTUS_APPLICATION (object);

  g_clear_object (&self->settings);
  g_clear_object (&self->clock);
  g_clear_object (&self->reminders);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (vastus_application_parent_class)->dispose (object);
}

static void
vastus_application_class_init (VastusApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = vastus_application_dispose;
  app_class->startup = vastus_application_startup;
  app_class->shutdown = vastus_application_shutdown;
  app_class->activate = vastus_application_activate;
  app_class->open = vastus_application_open;
  app_class->handle_local_options = vastus_application_handle_local_options;
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  VastusApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  static const char *developers[] = { "The Vastus developers", NULL };
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", parent,
                        "modal", TRUE,
                        "application-name", _("Vastus"),
                        "application-icon", APPLICATION_ID,
                        "developer-name", _("The Vastus developers"),
                        "version", PACKAGE_VERSION,
                        "website", "https://github.com/vastus/vastus",
                        "issue-url", "https://github.com/vastus/vastus/issues",
                        "copyright", "© 2026 The Vastus developers",
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "developers", developers,
                        /* Translators: put your names here, one a line */
                        "translator-credits", _("translator-credits"),
                        "comments",
                        /* Translators: a warning sign or safety advice: keep its meaning exact (when to stop, whom to see, how soon) */
                        _("A home rehab coach for pain around the kneecap and the inner knee.\n\n"
                          "Vastus is not a diagnosis and does not replace a physiotherapist or "
                          "doctor. If your knee locks or swells a lot, if it is hot and red, if you "
                          "cannot put weight on it, or if the pain is severe, stop and get it checked "
                          "by a professional. If you are short of breath or have chest pain, call "
                          "your local emergency number."),
                        NULL);

  adw_about_window_add_legal_section (ADW_ABOUT_WINDOW (about),
                                      _("Exercise texts and demo clips"),
                                      NULL,
                                      GTK_LICENSE_CUSTOM,
                                      _("The exercise catalogue and its demo clips are licensed "
                                        "under the <a href=\"https://creativecommons.org/licenses/by-sa/4.0/\">"
                                        "Creative Commons Attribution-ShareAlike 4.0</a> licence."));
  adw_about_window_add_legal_section (ADW_ABOUT_WINDOW (about),
                                      "cJSON",
                                      "© 2009–2017 Dave Gamble and cJSON contributors",
                                      GTK_LICENSE_MIT_X11,
                                      NULL);

  gtk_window_present (GTK_WINDOW (about));
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  VastusApplication *self = user_data;
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (self));

  /* Close the windows, so that each saves its state, then quit. */
  for (GList *l = windows; l != NULL;)
    {
      GtkWindow *window = l->data;
      l = l->next;
      gtk_window_close (window);
    }

  g_application_quit (G_APPLICATION (self));
}

static void
morning_check_action (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  VastusApplication *self = user_data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (window == NULL)
    window = GTK_WINDOW (vastus_window_new (GTK_APPLICATION (self), self->store));
  vastus_window_show_page (VASTUS_WINDOW (window), "today");
  gtk_window_present (window);
}

static const GActionEntry app_actions[] = {
  { "about", about_action },
  { "morning-check", morning_check_action },
  { "today", morning_check_action },
  { "quit", quit_action },
};

static void
vastus_application_init (VastusApplication *self)
{
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const GOptionEntry options[] = {
    { "validate", 0, 0, G_OPTION_ARG_NONE, NULL,
      N_("Check catalogue and programme files, print every problem and exit"), NULL },
    { "check", 0, 0, G_OPTION_ARG_NONE, NULL,
      N_("Check your data folder (journal, programme, your own exercises), print every problem and exit"), NULL },
    { "explain", 0, 0, G_OPTION_ARG_NONE, NULL,
      N_("Print what the progression engine sees in your data, exercise by exercise, and exit"), NULL },
    { "reminders", 0, 0, G_OPTION_ARG_NONE, NULL,
      N_("Run in the background without a window, for the training and next-morning reminders"), NULL },
    { "now", 0, 0, G_OPTION_ARG_STRING, NULL, N_("With --explain: the date and time to explain as of"), N_("TIME") },
    { "report", 0, 0, G_OPTION_ARG_FILENAME, NULL,
      N_("Write the report for your physiotherapist to a PDF file and exit (--now gives its date)"), N_("FILE.pdf") },
    { "weeks", 0, 0, G_OPTION_ARG_INT, NULL, N_("With --report: only the last N weeks"), N_("N") },
    { "paper", 0, 0, G_OPTION_ARG_STRING, NULL, N_("With --report: the paper size, a4 or letter"), N_("SIZE") },

    { "backup", 0, 0, G_OPTION_ARG_FILENAME, NULL,
      N_("Back up your journal, programme, own exercises and preferences into FILE and exit"), N_("FILE") },
    { "restore", 0, 0, G_OPTION_ARG_FILENAME, NULL,
      N_("Check the backup FILE, print what it holds, restore it keeping your current data aside, and exit"),
      N_("FILE") },
    { "yes", 0, 0, G_OPTION_ARG_NONE, NULL, N_("With --restore: restore without asking"), NULL },
    { "version", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Print the version and exit"), NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, NULL, NULL, N_("[FILE…]") },
    { NULL }
  };

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);
  g_application_add_main_option_entries (G_APPLICATION (self), options);
  g_application_set_option_context_parameter_string (G_APPLICATION (self), _("[--validate FILE…] [--check] [--explain] [--reminders]"));
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("A home rehab coach for knee pain."));
}

/**
 * vastus_application_get_store:
 *
 * Returns: (transfer none) (nullable): everything Vastus keeps for the
 *   person, once the application has started up
 */
VastusStore *
vastus_application_get_store (VastusApplication *self)
{
  g_return_val_if_fail (VASTUS_IS_APPLICATION (self), NULL);
  return self->store;
}

GSettings *
vastus_application_get_settings (VastusApplication *self)
{
  g_return_val_if_fail (VASTUS_IS_APPLICATION (self), NULL);
  return self->settings;
}

/**
 * vastus_application_set_clock:
 *
 * Sets the clock sessions run on; the tests give a fake one before startup.
 */
void
vastus_application_set_clock (VastusApplication *self,
                              VastusClock       *clock)
{
  g_return_if_fail (VASTUS_IS_APPLICATION (self));
  g_return_if_fail (self->store == NULL);
  g_set_object (&self->clock, clock);
}

/* For the tests: "now" moved forward, as if the next morning had come. */
void
vastus_application_set_time_offset (VastusApplication *self,
                                    gint64             offset)
{
  g_return_if_fail (VASTUS_IS_APPLICATION (self));
  g_return_if_fail (self->store != NULL);

  vastus_store_set_time_offset (self->store, offset);
  reminder_settings_changed_cb (self);
}
