/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "vastus-application"

#include "config.h"

#include "vastus-application.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "vastus-checkpoint.h"
#include "vastus-data-check.h"
#include "vastus-files.h"
#include "vastus-history.h"
#include "vastus-progression.h"
#include "vastus-safety.h"
#include "vastus-window.h"

struct _VastusApplication
{
  AdwApplication   parent_instance;

  GSettings       *settings;
  VastusCatalogue *catalogue;
  GPtrArray       *catalogue_errors;   /* GError, one per skipped file */
  VastusProgram   *program;
  char            *program_notice;     /* why the programme is not as saved */
  VastusClock     *clock;
  VastusJournal   *journal;
  gint64           time_offset;        /* moves "now" for the tests */
  guint            morning_id;         /* the next-morning reminder */
  gboolean         first_run;          /* no programme set up yet */
};

/* The programme a first run starts with. */
#define FIRST_STARTER_PROGRAM "phase-1-gentle"

G_DEFINE_FINAL_TYPE (VastusApplication, vastus_application, ADW_TYPE_APPLICATION)

VastusApplication *
vastus_application_new (void)
{
  return g_object_new (VASTUS_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       "resource-base-path", "/io/github/vastus/Vastus",
                       NULL);
}

/* The built-in catalogue always loads: when even it is broken, Vastus still
 * opens, with an empty library and the reason shown. */
static void
load_catalogue (VastusApplication *self)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *user_folder = vastus_catalogue_user_folder ();
  g_autoptr (GPtrArray) user_errors = NULL;

  self->catalogue = vastus_catalogue_new_builtin (&error);
  if (self->catalogue == NULL)
    {
      g_critical ("The built-in catalogue did not load: %s", error->message);
      self->catalogue = vastus_catalogue_new ();
      g_ptr_array_add (self->catalogue_errors, g_steal_pointer (&error));
    }

  user_errors = vastus_catalogue_load_folder (self->catalogue, user_folder);
  g_ptr_array_extend_and_steal (self->catalogue_errors, g_steal_pointer (&user_errors));
}

/* A save killed half-way (a crash, a power cut) leaves a temporary file
 * beside program.json or the session in progress. The next save removes
 * them too; a start is not always followed by one. */
static void
remove_stale_temporaries (void)
{
  g_autofree char *program_path = vastus_program_default_path ();
  g_autofree char *checkpoint_path = vastus_checkpoint_default_path ();

  vastus_remove_stale_temporaries (program_path);
  vastus_remove_stale_temporaries (checkpoint_path);
}

/* The person's programme: program.json, or at the first run the gentle
 * starter programme, saved. A file that cannot be read is left as it is and
 * the starter programme used meanwhile, saying so. */
static void
load_program (VastusApplication *self)
{
  g_autofree char *path = vastus_program_default_path ();
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) problems = NULL;
  g_autoptr (VastusStarterProgram) starter = NULL;
  gboolean exists = g_file_test (path, G_FILE_TEST_EXISTS);

  if (exists)
    {
      self->program = vastus_program_load (path, self->catalogue, &problems, &error);
      if (self->program != NULL && problems->len > 0)
        {
          g_ptr_array_add (problems, NULL);
          self->program_notice = g_strjoinv ("\n", (char **) problems->pdata);
        }
      if (self->program != NULL)
        return;
    }

  starter = vastus_catalogue_lookup_program (self->catalogue, FIRST_STARTER_PROGRAM);
  if (starter != NULL)
    g_object_ref (starter);
  else if (g_list_model_get_n_items (vastus_catalogue_get_programs (self->catalogue)) > 0)
    starter = g_list_model_get_item (vastus_catalogue_get_programs (self->catalogue), 0);
  if (starter == NULL)
    {
      self->program_notice = g_strdup (_("The catalogue has no starter programme to begin with."));
      return;
    }

  self->program = vastus_program_new_from_starter (starter, self->catalogue, VASTUS_LEG_RIGHT);

  if (exists)
    {
      self->program_notice = g_strdup_printf (_("%s\nYour programme file was left as it is; "
                                                "until it is fixed, today’s plan is the “%s” programme."),
                                              error->message, vastus_starter_program_get_name (starter));
      return;
    }

  /* Nothing is saved until the first run has asked which knee and how to
   * start; meanwhile the gentle programme stands in. */
  self->first_run = TRUE;
}

/* The next-morning reminder: a notification when the morning question
 * becomes due while Vastus is running. */
static gboolean
morning_cb (gpointer data)
{
  VastusApplication *self = data;
  g_autoptr (GNotification) notification = NULL;

  self->morning_id = 0;
  if (vastus_history_morning_check_due (self->journal, vastus_application_get_now (self)) == NULL)
    return G_SOURCE_REMOVE;

  notification = g_notification_new (_("How Is Your Knee This Morning?"));
  g_notification_set_body (notification,
                           _("Rate pain and stiffness after your last session, from 0 to 10. "
                             "It tells Vastus whether your knee settled overnight."));
  g_notification_set_default_action (notification, "app.morning-check");
  g_application_send_notification (G_APPLICATION (self), "morning-check", notification);
  return G_SOURCE_REMOVE;
}

static void
schedule_morning (VastusApplication *self)
{
  gint64 now = vastus_application_get_now (self);
  gint64 when = vastus_history_next_morning_check (self->journal, now);

  g_clear_handle_id (&self->morning_id, g_source_remove);
  if (vastus_history_morning_check_due (self->journal, now) == NULL)
    g_application_withdraw_notification (G_APPLICATION (self), "morning-check");
  if (when < 0)
    return;

  self->morning_id = g_timeout_add_seconds ((guint) MIN ((when - now) / G_USEC_PER_SEC + 1, G_MAXUINT / 2),
                                            morning_cb, self);
}

static void
journal_loaded_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      data)
{
  g_autoptr (VastusApplication) self = data;
  g_autoptr (GError) error = NULL;

  /* The journal keeps the error and says so: the window shows it. */
  if (!vastus_journal_load_finish (VASTUS_JOURNAL (source), result, &error))
    g_message ("%s", error->message);
}

static void
vastus_application_startup (GApplication *app)
{
  VastusApplication *self = VASTUS_APPLICATION (app);

  G_APPLICATION_CLASS (vastus_application_parent_class)->startup (app);

  self->settings = g_settings_new (APPLICATION_ID);
  remove_stale_temporaries ();
  load_catalogue (self);
  load_program (self);
  if (self->clock == NULL)
    self->clock = vastus_real_clock_new ();

  /* Ten years of history take a moment to read: the window does not wait. */
  self->journal = vastus_journal_new (NULL);
  g_signal_connect_object (self->journal, "changed", G_CALLBACK (schedule_morning), self, G_CONNECT_SWAPPED);
  vastus_journal_load_async (self->journal, NULL, journal_loaded_cb, g_object_ref (self));

  gtk_window_set_default_icon_name (APPLICATION_ID);
}

static void
vastus_application_activate (GApplication *app)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window == NULL)
    window = GTK_WINDOW (vastus_window_new (VASTUS_APPLICATION (app)));

  gtk_window_present (window);
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

/* vastus --explain: what the progression engine sees in the person's own
 * data folder, exercise by exercise, for a physiotherapist or a tester. */
static int
explain (GVariantDict *options)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (VastusCatalogue) catalogue = NULL;
  g_autoptr (VastusProgram) program = NULL;
  g_autoptr (VastusJournal) journal = NULL;
  g_autoptr (GPtrArray) problems = NULL;
  g_autoptr (GPtrArray) user_errors = NULL;
  g_autofree char *user_folder = vastus_catalogue_user_folder ();
  g_autofree char *program_path = vastus_program_default_path ();
  g_autofree char *report = NULL;
  const char *when = NULL;
  gint64 now = g_get_real_time ();

  if (g_variant_dict_lookup (options, "now", "&s", &when) && !vastus_time_from_iso8601 (when, &now))
    {
      g_printerr (_("--now must be a date and time like 2026-11-21T09:30:00+01:00, not “%s”\n"), when);
      return 2;
    }

  catalogue = vastus_catalogue_new_builtin (&error);
  if (catalogue == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  user_errors = vastus_catalogue_load_folder (catalogue, user_folder);
  for (guint i = 0; i < user_errors->len; i++)
    g_printerr ("%s\n", ((GError *) g_ptr_array_index (user_errors, i))->message);

  if (!g_file_test (program_path, G_FILE_TEST_EXISTS))
    {
      g_printerr (_("No programme has been set up yet in %s.\n"), program_path);
      return 1;
    }
  program = vastus_program_load (program_path, catalogue, &problems, &error);
  if (program == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  for (guint i = 0; i < problems->len; i++)
    g_printerr ("%s\n", (char *) g_ptr_array_index (problems, i));

  journal = vastus_journal_new (NULL);
  if (!vastus_journal_load (journal, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  for (guint i = 0; i < vastus_journal_get_problems (journal)->len; i++)
    g_printerr ("%s\n", (char *) g_ptr_array_index (vastus_journal_get_problems (journal), i));

  report = vastus_progression_explain (program, catalogue, journal, now);
  fputs (report, stdout);
  return 0;
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

      valid = vastus_catalogue_validate_files ((const char * const *) files, report);
      fputs (report->str, valid ? stdout : stderr);
      return valid ? 0 : 1;
    }

  if (g_variant_dict_contains (options, "explain"))
    return explain (options);

  if (g_variant_dict_contains (options, "check"))
    {
      g_autoptr (GString) report = g_string_new (NULL);
      gboolean clean;

      /* Each problem is printed once, in the report: not again as a log line. */
      g_log_set_default_handler (quiet_log, NULL);
      clean = vastus_data_check (report, NULL);

      fputs (report->str, clean ? stdout : stderr);
      return clean ? 0 : 1;
    }

  if (g_variant_dict_contains (options, G_OPTION_REMAINING))
    {
      g_printerr ("%s\n", _("Vastus opens no files; to check catalogue files, use vastus --validate FILE…"));
      return 2;
    }

  return -1;
}

/* Whatever the journal could not write is tried once more; what still
 * cannot be written is printed whole, so that it can be recovered. */
static void
vastus_application_shutdown (GApplication *app)
{
  VastusApplication *self = VASTUS_APPLICATION (app);
  g_autoptr (GError) error = NULL;

  if (self->journal != NULL && !vastus_journal_flush (self->journal, &error))
    {
      g_autofree char *lines = vastus_journal_dump_pending (self->journal);

      g_printerr (_("Vastus could not save these journal records (%s). "
                    "Add them to %s once there is room:\n%s"),
                  error->message, vastus_journal_get_path (self->journal), lines);
    }
  g_clear_handle_id (&self->morning_id, g_source_remove);

  G_APPLICATION_CLASS (vastus_application_parent_class)->shutdown (app);
}

static void
vastus_application_dispose (GObject *object)
{
  VastusApplication *self = VASTUS_APPLICATION (object);

  g_clear_object (&self->settings);
  g_clear_object (&self->catalogue);
  g_clear_pointer (&self->catalogue_errors, g_ptr_array_unref);
  g_clear_object (&self->program);
  g_clear_pointer (&self->program_notice, g_free);
  g_clear_object (&self->clock);
  g_clear_object (&self->journal);
  g_clear_handle_id (&self->morning_id, g_source_remove);

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
    window = GTK_WINDOW (vastus_window_new (self));
  vastus_window_show_page (VASTUS_WINDOW (window), "today");
  gtk_window_present (window);
}

static const GActionEntry app_actions[] = {
  { "about", about_action },
  { "morning-check", morning_check_action },
  { "quit", quit_action },
};

static void
vastus_application_init (VastusApplication *self)
{
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const GOptionEntry options[] = {
    { "validate", 0, 0, G_OPTION_ARG_NONE, NULL,
      N_("Check catalogue files, print every problem and exit"), NULL },
    { "check", 0, 0, G_OPTION_ARG_NONE, NULL,
      N_("Check your data folder (journal, programme, your own exercises), print every problem and exit"), NULL },
    { "explain", 0, 0, G_OPTION_ARG_NONE, NULL,
      N_("Print what the progression engine sees in your data, exercise by exercise, and exit"), NULL },
    { "now", 0, 0, G_OPTION_ARG_STRING, NULL, N_("With --explain: the date and time to explain as of"), N_("TIME") },
    { "version", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Print the version and exit"), NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, NULL, NULL, N_("[FILE…]") },
    { NULL }
  };

  self->catalogue_errors = g_ptr_array_new_with_free_func ((GDestroyNotify) g_error_free);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);
  g_application_add_main_option_entries (G_APPLICATION (self), options);
  g_application_set_option_context_parameter_string (G_APPLICATION (self), _("[--validate FILE…] [--check] [--explain]"));
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("A home rehab coach for knee pain."));
}

/**
 * vastus_application_get_catalogue:
 *
 * Returns: (transfer none): every exercise, built-in and the person's own
 */
VastusCatalogue *
vastus_application_get_catalogue (VastusApplication *self)
{
  g_return_val_if_fail (VASTUS_IS_APPLICATION (self), NULL);
  return self->catalogue;
}

/**
 * vastus_application_get_catalogue_errors:
 *
 * Returns: (transfer none) (element-type GError): why catalogue files were skipped
 */
GPtrArray *
vastus_application_get_catalogue_errors (VastusApplication *self)
{
  g_return_val_if_fail (VASTUS_IS_APPLICATION (self), NULL);
  return self->catalogue_errors;
}

GSettings *
vastus_application_get_settings (VastusApplication *self)
{
  g_return_val_if_fail (VASTUS_IS_APPLICATION (self), NULL);
  return self->settings;
}

/**
 * vastus_application_get_program:
 *
 * Returns: (transfer none) (nullable): the person's programme
 */
VastusProgram *
vastus_application_get_program (VastusApplication *self)
{
  g_return_val_if_fail (VASTUS_IS_APPLICATION (self), NULL);
  return self->program;
}

/**
 * vastus_application_get_program_notice:
 *
 * Returns: (nullable): why the programme is not quite as saved
 */
const char *
vastus_application_get_program_notice (VastusApplication *self)
{
  g_return_val_if_fail (VASTUS_IS_APPLICATION (self), NULL);
  return self->program_notice;
}

/**
 * vastus_application_get_clock:
 *
 * Returns: (transfer none): the clock sessions run on
 */
VastusClock *
vastus_application_get_clock (VastusApplication *self)
{
  g_return_val_if_fail (VASTUS_IS_APPLICATION (self), NULL);
  return self->clock;
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
  g_set_object (&self->clock, clock);
}

/**
 * vastus_application_get_own_clip:
 *
 * Returns: (nullable): the video the person chose for an exercise
 */
char *
vastus_application_get_own_clip (VastusApplication *self,
                                 const char        *exercise_id)
{
  g_autoptr (GVariant) own = NULL;
  char *path = NULL;

  g_return_val_if_fail (VASTUS_IS_APPLICATION (self), NULL);

  own = g_settings_get_value (self->settings, "own-clips");
  g_variant_lookup (own, exercise_id, "s", &path);
  return path;
}

/**
 * vastus_application_set_own_clip:
 * @path: (nullable): a video, or %NULL for the standard clip
 */
void
vastus_application_set_own_clip (VastusApplication *self,
                                 const char        *exercise_id,
                                 const char        *path)
{
  g_autoptr (GVariant) own = NULL;
  GVariantBuilder builder;
  GVariantIter iter;
  const char *key, *value;

  g_return_if_fail (VASTUS_IS_APPLICATION (self));

  own = g_settings_get_value (self->settings, "own-clips");
  g_variant_builder_init (&builder, G_VARIANT_TYPE ("a{ss}"));
  g_variant_iter_init (&iter, own);
  while (g_variant_iter_next (&iter, "{&s&s}", &key, &value))
    if (g_strcmp0 (key, exercise_id) != 0)
      g_variant_builder_add (&builder, "{ss}", key, value);
  if (path != NULL)
    g_variant_builder_add (&builder, "{ss}", exercise_id, path);
  g_settings_set_value (self->settings, "own-clips", g_variant_builder_end (&builder));
}

/**
 * vastus_application_get_journal:
 *
 * Returns: (transfer none): the journal; it may still be loading
 */
VastusJournal *
vastus_application_get_journal (VastusApplication *self)
{
  g_return_val_if_fail (VASTUS_IS_APPLICATION (self), NULL);
  return self->journal;
}

/**
 * vastus_application_get_journal_error:
 *
 * Returns: (nullable): why the journal could not be read
 */
const GError *
vastus_application_get_journal_error (VastusApplication *self)
{
  g_return_val_if_fail (VASTUS_IS_APPLICATION (self), NULL);
  return self->journal != NULL ? vastus_journal_get_load_error (self->journal) : NULL;
}

/**
 * vastus_application_get_now:
 *
 * Returns: the real time, µs since the epoch, as the journal and its
 *   questions see it
 */
gint64
vastus_application_get_now (VastusApplication *self)
{
  g_return_val_if_fail (VASTUS_IS_APPLICATION (self), 0);
  return g_get_real_time () + self->time_offset;
}

/* For the tests: "now" moved forward, as if the next morning had come. */
void
vastus_application_set_time_offset (VastusApplication *self,
                                    gint64             offset)
{
  g_return_if_fail (VASTUS_IS_APPLICATION (self));
  self->time_offset = offset;
  if (self->journal != NULL)
    schedule_morning (self);
}

/**
 * vastus_application_apply_progression:
 * @session_id: the session whose pain log was just saved
 *
 * Runs the progression engine after a pain log of the newest session: the
 * programme's doses change, program.json is saved, and each decision goes to
 * the journal. A log filled in later for an older session changes nothing.
 *
 * Returns: (transfer full) (nullable): the decisions, or %NULL
 */
VastusProgression *
vastus_application_apply_progression (VastusApplication  *self,
                                      const char         *session_id,
                                      GError            **error)
{
  VastusSessionEntry *last;
  g_autofree char *path = NULL;
  g_autoptr (VastusProgression) progression = NULL;
  gint64 now;

  g_return_val_if_fail (VASTUS_IS_APPLICATION (self), NULL);

  last = vastus_journal_get_last_session (self->journal);
  if (self->program == NULL || last == NULL || g_strcmp0 (vastus_session_entry_get_id (last), session_id) != 0)
    return NULL;

  now = vastus_application_get_now (self);
  path = vastus_program_default_path ();
  progression = vastus_progression_decide (self->program, self->catalogue, self->journal, session_id, now);
  if (!vastus_progression_apply (progression, self->program, self->catalogue, self->journal, session_id,
                                 path, now, error))
    g_message ("The programme was changed but not saved");
  return g_steal_pointer (&progression);
}

/**
 * vastus_application_answer_warning_signs:
 * @yes: (array zero-terminated=1): the ids answered yes, none when all is well
 * @context: "first-run", "session", "menu", "review" or "knee-checked"
 * @session_id: (nullable): the session the answers stopped
 *
 * Writes the answers down; any yes puts the programme on hold.
 */
gboolean
vastus_application_answer_warning_signs (VastusApplication   *self,
                                         const char * const  *yes,
                                         const char          *context,
                                         const char          *session_id,
                                         GError             **error)
{
  g_autofree char *path = vastus_program_default_path ();

  g_return_val_if_fail (VASTUS_IS_APPLICATION (self), FALSE);

  /* At the first run there is no programme yet, only the answers. */
  return vastus_safety_answer_warning_signs (self->first_run ? NULL : self->program, self->journal, yes, context,
                                             session_id, vastus_application_get_now (self), path, error);
}

/**
 * vastus_application_knee_checked:
 *
 * The person says a doctor or physiotherapist has checked the knee: the
 * programme starts again one step below where it was.
 */
gboolean
vastus_application_knee_checked (VastusApplication  *self,
                                 GError            **error)
{
  g_autofree char *path = vastus_program_default_path ();

  g_return_val_if_fail (VASTUS_IS_APPLICATION (self), FALSE);

  return vastus_safety_knee_checked (self->first_run ? NULL : self->program, self->journal,
                                     vastus_application_get_now (self), path, error);
}

gboolean
vastus_application_get_first_run (VastusApplication *self)
{
  g_return_val_if_fail (VASTUS_IS_APPLICATION (self), FALSE);
  return self->first_run;
}

/**
 * vastus_application_set_up_program:
 * @starter_id: the starter programme chosen
 * @knee: "left", "right" or "both": one-leg work starts on the sore side
 *
 * Makes and saves the person's programme at the end of the first run.
 */
gboolean
vastus_application_set_up_program (VastusApplication  *self,
                                   const char         *starter_id,
                                   const char         *knee,
                                   GError            **error)
{
  VastusStarterProgram *starter;
  g_autofree char *path = vastus_program_default_path ();
  VastusLeg leg = g_strcmp0 (knee, "left") == 0 ? VASTUS_LEG_LEFT
                  : g_strcmp0 (knee, "right") == 0 ? VASTUS_LEG_RIGHT : VASTUS_LEG_NONE;

  g_return_val_if_fail (VASTUS_IS_APPLICATION (self), FALSE);

  starter = vastus_catalogue_lookup_program (self->catalogue, starter_id);
  if (starter == NULL)
    {
      g_set_error (error, VASTUS_PROGRAM_ERROR, VASTUS_PROGRAM_ERROR_INVALID,
                   _("There is no starter programme “%s” in the catalogue"), starter_id);
      return FALSE;
    }

  g_clear_object (&self->program);
  g_clear_pointer (&self->program_notice, g_free);
  self->program = vastus_program_new_from_starter (starter, self->catalogue, leg);
  self->first_run = FALSE;
  return vastus_program_save (self->program, path, error);
}
