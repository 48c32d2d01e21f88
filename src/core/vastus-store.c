/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "vastus-store"

#include "config.h"

#include "vastus-store.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "vastus-backup.h"
#include "vastus-checkpoint.h"
#include "vastus-files.h"
#include "vastus-history.h"
#include "vastus-safety.h"

/*
 * Everything Vastus keeps for the person, and every change to it.
 *
 * The store owns the catalogue, the programme, the journal and the clock
 * sessions run on. The windows read from it and ask it to change things
 * through its verbs (set up, log pain, finish a session…); each verb writes
 * what it must (program.json, the journal, the saved session), runs the
 * progression engine where the rules say so, and emits a signal. No widget
 * writes a file or runs the engine itself.
 */

struct _VastusStore
{
  GObject          parent_instance;

  VastusCatalogue *catalogue;
  GPtrArray       *catalogue_errors;   /* GError, one per skipped file */
  VastusProgram   *program;
  char            *program_notice;     /* why the programme is not as saved */
  char            *program_path;
  char            *checkpoint_path;
  GError          *data_folder_error;  /* why the former data folder stays */
  VastusClock     *clock;
  VastusJournal   *journal;
  gint64           time_offset;        /* moves "now" for the tests */
  gboolean         first_run;          /* no programme set up yet */
  VastusProgram   *previous_program;   /* before the starter was changed, for Undo */
  guint            changed_generation; /* the new programme's, when it was changed */
};

G_DEFINE_FINAL_TYPE (VastusStore, vastus_store, G_TYPE_OBJECT)

enum {
  PROGRAM_CHANGED,
  SESSION_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The programme a first run starts with. */
#define FIRST_STARTER_PROGRAM "phase-1-gentle"

static void
vastus_store_dispose (GObject *object)
{
  VastusStore *self = VASTUS_STORE (object);

  g_clear_object (&self->catalogue);
  g_clear_object (&self->program);
  g_clear_object (&self->previous_program);
  g_clear_object (&self->clock);
  g_clear_object (&self->journal);

  G_OBJECT_CLASS (vastus_store_parent_class)->dispose (object);
}

static void
vastus_store_finalize (GObject *object)
{
  VastusStore *self = VASTUS_STORE (object);

  g_ptr_array_unref (self->catalogue_errors);
  g_free (self->program_notice);
  g_free (self->program_path);
  g_free (self->checkpoint_path);
  g_clear_error (&self->data_folder_error);

  G_OBJECT_CLASS (vastus_store_parent_class)->finalize (object);
}

static void
vastus_store_class_init (VastusStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = vastus_store_dispose;
  object_class->finalize = vastus_store_finalize;

  /**
   * VastusStore::program-changed:
   *
   * The programme, its doses, its hold or the programme itself changed.
   */
  signals[PROGRAM_CHANGED] = g_signal_new ("program-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                           NULL, NULL, NULL, G_TYPE_NONE, 0);

  /**
   * VastusStore::session-changed:
   *
   * A session that can be resumed was finished, resumed or discarded.
   */
  signals[SESSION_CHANGED] = g_signal_new ("session-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                           NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
vastus_store_init (VastusStore *self)
{
  self->catalogue_errors = g_ptr_array_new_with_free_func ((GDestroyNotify) g_error_free);
  self->program_path = vastus_program_default_path ();
  self->checkpoint_path = vastus_checkpoint_default_path ();
}

/**
 * vastus_store_new:
 * @clock: (nullable): the clock sessions run on; the real one when %NULL
 *
 * Returns: (transfer full): a store with nothing loaded yet
 */
VastusStore *
vastus_store_new (VastusClock *clock)
{
  VastusStore *self = g_object_new (VASTUS_TYPE_STORE, NULL);

  self->clock = clock != NULL ? g_object_ref (clock) : vastus_real_clock_new ();
  return self;
}

/* The built-in catalogue always loads: when even it is broken, Vastus still
 * opens, with an empty library and the reason shown. */
static void
load_catalogue (VastusStore *self)
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

/* The person's programme: program.json, or at the first run the gentle
 * starter programme, not saved yet. A file that cannot be read is left as it
 * is and the starter programme used meanwhile, saying so. */
static void
load_program (VastusStore *self)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) problems = NULL;
  g_autoptr (VastusStarterProgram) starter = NULL;
  gboolean exists = g_file_test (self->program_path, G_FILE_TEST_EXISTS);

  if (exists)
    {
      self->program = vastus_program_load (self->program_path, self->catalogue, &problems, &error);
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

static void
journal_loaded_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      data)
{
  g_autoptr (GError) error = NULL;

  /* The journal keeps the error and says so: the window shows it. */
  if (!vastus_journal_load_finish (VASTUS_JOURNAL (source), result, &error))
    g_message ("%s", error->message);
}

/**
 * vastus_store_load:
 *
 * Moves the data folder from Vastus's former application ID first
 * (vastus_files_move_from_former_id(); see
 * vastus_store_get_data_folder_error()). Then reads the catalogue and the
 * programme, and starts reading the journal in a thread: ten years of
 * history take a moment, and the window does not wait
 * (#VastusJournal:loaded says when it is there).
 */
void
vastus_store_load (VastusStore *self)
{
  g_return_if_fail (VASTUS_IS_STORE (self));
  g_return_if_fail (self->catalogue == NULL);

  /* Before anything is read: the data folder named after Vastus's former
   * application ID becomes the new one. Should it stay, it is read where it
   * is, and the window says why. Either way the paths are taken again. */
  if (!vastus_files_move_from_former_id (&self->data_folder_error))
    g_message ("%s", self->data_folder_error->message);
  g_free (self->program_path);
  g_free (self->checkpoint_path);
  self->program_path = vastus_program_default_path ();
  self->checkpoint_path = vastus_checkpoint_default_path ();

  /* A save killed half-way (a crash, a power cut) leaves a temporary file
   * beside program.json or the saved session. The next save removes them
   * too; a start is not always followed by one. */
  vastus_remove_stale_temporaries (self->program_path);
  vastus_remove_stale_temporaries (self->checkpoint_path);

  load_catalogue (self);
  load_program (self);

  self->journal = vastus_journal_new (NULL);
  vastus_journal_load_async (self->journal, NULL, journal_loaded_cb, NULL);
}

/**
 * vastus_store_get_catalogue:
 *
 * Returns: (transfer none): every exercise, built-in and the person's own
 */
VastusCatalogue *
vastus_store_get_catalogue (VastusStore *self)
{
  g_return_val_if_fail (VASTUS_IS_STORE (self), NULL);
  return self->catalogue;
}

/**
 * vastus_store_get_catalogue_errors:
 *
 * Returns: (transfer none) (element-type GError): why catalogue files were skipped
 */
GPtrArray *
vastus_store_get_catalogue_errors (VastusStore *self)
{
  g_return_val_if_fail (VASTUS_IS_STORE (self), NULL);
  return self->catalogue_errors;
}

/**
 * vastus_store_get_data_folder_error:
 *
 * Returns: (transfer none) (nullable): why the data folder named after
 *   Vastus's former application ID could not be moved at load, and is used
 *   where it is
 */
const GError *
vastus_store_get_data_folder_error (VastusStore *self)
{
  g_return_val_if_fail (VASTUS_IS_STORE (self), NULL);
  return self->data_folder_error;
}

/**
 * vastus_store_get_program:
 *
 * Returns: (transfer none) (nullable): the person's programme
 */
VastusProgram *
vastus_store_get_program (VastusStore *self)
{
  g_return_val_if_fail (VASTUS_IS_STORE (self), NULL);
  return self->program;
}

/**
 * vastus_store_get_program_notice:
 *
 * Returns: (nullable): why the programme is not quite as saved
 */
const char *
vastus_store_get_program_notice (VastusStore *self)
{
  g_return_val_if_fail (VASTUS_IS_STORE (self), NULL);
  return self->program_notice;
}

/* No programme has been set up yet: the first run asks how to start. */
gboolean
vastus_store_get_first_run (VastusStore *self)
{
  g_return_val_if_fail (VASTUS_IS_STORE (self), FALSE);
  return self->first_run;
}

/**
 * vastus_store_get_journal:
 *
 * Returns: (transfer none): the journal; it may still be loading
 */
VastusJournal *
vastus_store_get_journal (VastusStore *self)
{
  g_return_val_if_fail (VASTUS_IS_STORE (self), NULL);
  return self->journal;
}

/**
 * vastus_store_get_clock:
 *
 * Returns: (transfer none): the clock sessions run on
 */
VastusClock *
vastus_store_get_clock (VastusStore *self)
{
  g_return_val_if_fail (VASTUS_IS_STORE (self), NULL);
  return self->clock;
}

/**
 * vastus_store_get_now:
 *
 * Returns: the real time, µs since the epoch, as the journal and its
 *   questions see it
 */
gint64
vastus_store_get_now (VastusStore *self)
{
  g_return_val_if_fail (VASTUS_IS_STORE (self), 0);
  return g_get_real_time () + self->time_offset;
}

/* For the tests: "now" moved forward, as if the next morning had come. */
void
vastus_store_set_time_offset (VastusStore *self,
                              gint64       offset)
{
  g_return_if_fail (VASTUS_IS_STORE (self));
  self->time_offset = offset;
}

static void
program_changed (VastusStore *self)
{
  g_signal_emit (self, signals[PROGRAM_CHANGED], 0);
}

/**
 * vastus_store_set_up:
 * @starter_id: the starter programme chosen
 * @knee: "left", "right" or "both": one-leg work starts on the sore side
 *
 * Makes and saves the person's programme at the end of the first run.
 */
gboolean
vastus_store_set_up (VastusStore  *self,
                     const char   *starter_id,
                     const char   *knee,
                     GError      **error)
{
  return vastus_store_set_up_full (self, starter_id, knee, NULL, error);
}

/**
 * vastus_store_set_up_full:
 * @starter_id: the starter programme chosen
 * @knee: "left", "right" or "both": one-leg work starts on the sore side
 * @equipment: (nullable) (array zero-terminated=1): what the person has;
 *   %NULL for everything
 *
 * Makes and saves the person's programme at the end of the first run: an
 * exercise whose equipment they lack gives way to its home alternative.
 */
gboolean
vastus_store_set_up_full (VastusStore        *self,
                          const char         *starter_id,
                          const char         *knee,
                          const char * const *equipment,
                          GError            **error)
{
  VastusStarterProgram *starter;
  VastusLeg leg = g_strcmp0 (knee, "left") == 0 ? VASTUS_LEG_LEFT
                  : g_strcmp0 (knee, "right") == 0 ? VASTUS_LEG_RIGHT : VASTUS_LEG_NONE;
  gboolean saved;

  g_return_val_if_fail (VASTUS_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->catalogue != NULL, FALSE);

  starter = vastus_catalogue_lookup_program (self->catalogue, starter_id);
  if (starter == NULL)
    {
      g_set_error (error, VASTUS_PROGRAM_ERROR, VASTUS_PROGRAM_ERROR_INVALID,
                   _("There is no starter programme “%s” in the catalogue"), starter_id);
      return FALSE;
    }

  g_clear_object (&self->program);
  g_clear_object (&self->previous_program);
  g_clear_pointer (&self->program_notice, g_free);
  self->program = vastus_program_new_from_starter_full (starter, self->catalogue, leg, equipment);
  self->first_run = FALSE;
  saved = vastus_program_save (self->program, self->program_path, error);
  program_changed (self);
  return saved;
}

/**
 * vastus_store_add_to_program:
 *
 * "Add to My Programme": the exercise at its starting dose, before the
 * cool-down, saved. Adding one that is there already does nothing.
 */
gboolean
vastus_store_add_to_program (VastusStore  *self,
                             const char   *exercise_id,
                             GError      **error)
{
  VastusExercise *exercise;
  gboolean saved;

  g_return_val_if_fail (VASTUS_IS_STORE (self), FALSE);

  exercise = self->catalogue != NULL ? vastus_catalogue_lookup (self->catalogue, exercise_id) : NULL;
  if (self->program == NULL || exercise == NULL)
    {
      g_set_error (error, VASTUS_PROGRAM_ERROR, VASTUS_PROGRAM_ERROR_INVALID,
                   _("There is no exercise “%s” in the catalogue"), exercise_id);
      return FALSE;
    }
  if (!vastus_program_add (self->program, exercise))
    return TRUE;

  saved = vastus_program_save (self->program, self->program_path, error);
  program_changed (self);
  return saved;
}

static void journal_dose (VastusStore      *self,
                          VastusExercise   *exercise,
                          const VastusDose *before,
                          const VastusDose *dose,
                          const char       *reason);

/* A dose the person may set: every value the programme's dose has, within
 * the exercise's bounds, or within what any dose allows where it has none. */
static gboolean
check_dose (VastusExercise   *exercise,
            const VastusDose *now,
            const VastusDose *dose,
            GError          **error)
{
  for (guint which = 0; which < VASTUS_DOSE_N_VALUES; which++)
    {
      double value, min, max;

      if (vastus_dose_has (now, which) != vastus_dose_has (dose, which))
        {
          g_set_error (error, VASTUS_PROGRAM_ERROR, VASTUS_PROGRAM_ERROR_INVALID,
                       _("%s: the dose must keep the values it has"), vastus_exercise_get_name (exercise));
          return FALSE;
        }
      if (!vastus_dose_has (dose, which))
        continue;
      value = vastus_dose_get (dose, which);
      if (!vastus_dose_get_bounds (now, which, &min, &max) && !vastus_dose_value_range (which, &min, &max))
        continue;
      if (value < min || value > max || (vastus_dose_value_is_integer (which) && value != floor (value)))
        {
          g_set_error (error, VASTUS_PROGRAM_ERROR, VASTUS_PROGRAM_ERROR_INVALID,
                       _("%s: %s must be from %g to %g, not %g"), vastus_exercise_get_name (exercise),
                       vastus_dose_value_key (which), min, max, value);
          return FALSE;
        }
    }
  return TRUE;
}

/**
 * vastus_store_set_dose:
 * @index: the exercise, in programme order
 * @dose: the dose the person, or their physiotherapist, sets
 *
 * Sets an exercise's dose by hand, within its bounds, saves the programme
 * and writes the change to the journal as set by the person. The coach
 * starts again from it: only sessions at the new dose count towards the
 * next step.
 */
gboolean
vastus_store_set_dose (VastusStore       *self,
                       guint              index,
                       const VastusDose  *dose,
                       GError           **error)
{
  VastusExercise *exercise;
  VastusDose before;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autofree char *reason = NULL;
  gboolean saved;

  g_return_val_if_fail (VASTUS_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->program != NULL, FALSE);
  g_return_val_if_fail (dose != NULL, FALSE);

  if (index >= vastus_program_get_n_exercises (self->program))
    {
      g_set_error (error, VASTUS_PROGRAM_ERROR, VASTUS_PROGRAM_ERROR_INVALID,
                   _("There is no exercise %u in the programme"), index + 1);
      return FALSE;
    }
  exercise = vastus_program_get_exercise (self->program, index);
  before = *vastus_program_get_dose (self->program, index);
  if (!check_dose (exercise, &before, dose, error))
    return FALSE;

  from = vastus_dose_describe (&before, vastus_exercise_get_side (exercise));
  to = vastus_dose_describe (dose, vastus_exercise_get_side (exercise));
  if (g_str_equal (from, to) && memcmp (before.value, dose->value, sizeof before.value) == 0)
    return TRUE;

  vastus_program_set_dose (self->program, index, dose);
  saved = vastus_program_save (self->program, self->program_path, error);

  /* Translators: a dose set by hand, as in "Set by you: 2 × 10 each leg, was 3 × 8 each leg." */
  reason = g_strdup_printf (_("Set by you: %s, was %s."), to, from);
  journal_dose (self, exercise, &before, dose, reason);
  program_changed (self);
  return saved;
}

/* A dose set from outside the engine, written to the journal as a
 * programme change set by the person. */
static void
journal_dose (VastusStore      *self,
              VastusExercise   *exercise,
              const VastusDose *before,
              const VastusDose *dose,
              const char       *reason)
{
  g_autofree char *time = NULL;
  g_autoptr (GError) journal_error = NULL;
  cJSON *change, *item;
  VastusSessionEntry *last;

  time = vastus_time_to_iso8601 (vastus_store_get_now (self));
  change = cJSON_CreateObject ();
  cJSON_AddStringToObject (change, "time", time);
  /* The sessions so far were at the dose before: the engine counts from
   * the next one, even within the same second. */
  last = vastus_journal_get_last_session (self->journal);
  if (last != NULL)
    cJSON_AddStringToObject (change, "follows", vastus_session_entry_get_id (last));
  else
    cJSON_AddNullToObject (change, "follows");
  cJSON_AddStringToObject (change, "decision", vastus_decision_kind_to_string (VASTUS_DECISION_SET));
  cJSON_AddStringToObject (change, "class", vastus_class_to_string (VASTUS_CLASS_IGNORED));
  item = cJSON_AddObjectToObject (change, "before");
  cJSON_AddStringToObject (item, "id", vastus_exercise_get_id (exercise));
  cJSON_AddItemToObject (item, "dose", vastus_dose_to_json (before));
  item = cJSON_AddObjectToObject (change, "after");
  cJSON_AddStringToObject (item, "id", vastus_exercise_get_id (exercise));
  cJSON_AddItemToObject (item, "dose", vastus_dose_to_json (dose));
  cJSON_AddStringToObject (change, "reason", reason);
  if (!vastus_journal_add_program_change (self->journal, change, &journal_error))
    g_message ("Programme change kept in memory: %s", journal_error->message);
}

/* A change the person made to the programme as a whole, written to the
 * journal as a programme change set by them: the setting, what it was and
 * what it is now, and the reason in words. Readers that look for an
 * exercise's changes pass over it: it names none. */
static void
journal_setting (VastusStore *self,
                 const char  *setting,
                 const char  *from,
                 const char  *to,
                 const char  *reason)
{
  g_autofree char *time = vastus_time_to_iso8601 (vastus_store_get_now (self));
  g_autoptr (GError) journal_error = NULL;
  cJSON *change = cJSON_CreateObject ();

  cJSON_AddStringToObject (change, "time", time);
  cJSON_AddStringToObject (change, "decision", vastus_decision_kind_to_string (VASTUS_DECISION_SET));
  cJSON_AddStringToObject (change, "class", vastus_class_to_string (VASTUS_CLASS_IGNORED));
  cJSON_AddStringToObject (change, "setting", setting);
  cJSON_AddStringToObject (change, "from", from);
  cJSON_AddStringToObject (change, "to", to);
  cJSON_AddStringToObject (change, "reason", reason);
  if (!vastus_journal_add_program_change (self->journal, change, &journal_error))
    g_message ("Programme change kept in memory: %s", journal_error->message);
}

static const char *
leg_name (VastusLeg leg)
{
  return leg == VASTUS_LEG_LEFT ? "left" : leg == VASTUS_LEG_RIGHT ? "right" : "none";
}

static const char *
leg_words (VastusLeg leg)
{
  switch (leg)
    {
    case VASTUS_LEG_LEFT:
      /* Translators: where one-leg exercises start, as in "start on the left leg" */
      return _("the left leg");
    case VASTUS_LEG_RIGHT:
      return _("the right leg");
    case VASTUS_LEG_NONE:
    default:
      /* Translators: where one-leg exercises start when both knees hurt */
      return _("either leg, both knees being sore");
    }
}

/**
 * vastus_store_set_first_leg:
 * @leg: the sore side; %VASTUS_LEG_NONE when both knees hurt
 *
 * Sets where one-leg exercises start, saves the programme and writes the
 * change to the journal as set by the person.
 */
gboolean
vastus_store_set_first_leg (VastusStore  *self,
                            VastusLeg     leg,
                            GError      **error)
{
  g_autofree char *reason = NULL;
  VastusLeg before;
  gboolean saved;

  g_return_val_if_fail (VASTUS_IS_STORE (self), FALSE);
  g_return_val_if_fail (leg <= VASTUS_LEG_RIGHT, FALSE);

  /* At the first run the programme only stands in, and is not saved. */
  if (self->program == NULL || self->first_run)
    {
      g_set_error_literal (error, VASTUS_PROGRAM_ERROR, VASTUS_PROGRAM_ERROR_INVALID, _("There is no programme yet"));
      return FALSE;
    }
  before = vastus_program_get_first_leg (self->program);
  if (before == leg)
    return TRUE;

  vastus_program_set_first_leg (self->program, leg);
  saved = vastus_program_save (self->program, self->program_path, error);
  /* Translators: as in "Set by you: one-leg exercises start on the left leg, was the right leg." */
  reason = g_strdup_printf (_("Set by you: one-leg exercises start on %s, was %s."), leg_words (leg), leg_words (before));
  journal_setting (self, "first_leg", leg_name (before), leg_name (leg), reason);
  program_changed (self);
  return saved;
}

/**
 * vastus_store_set_sessions_per_week:
 * @sessions: from 1 to 7, as a programme file allows
 *
 * Sets how many sessions a week the programme aims at, saves it and writes
 * the change to the journal as set by the person.
 */
gboolean
vastus_store_set_sessions_per_week (VastusStore  *self,
                                    int           sessions,
                                    GError      **error)
{
  g_autofree char *reason = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  int before;
  gboolean saved;

  g_return_val_if_fail (VASTUS_IS_STORE (self), FALSE);

  /* At the first run the programme only stands in, and is not saved. */
  if (self->program == NULL || self->first_run)
    {
      g_set_error_literal (error, VASTUS_PROGRAM_ERROR, VASTUS_PROGRAM_ERROR_INVALID, _("There is no programme yet"));
      return FALSE;
    }
  if (sessions < VASTUS_SESSIONS_PER_WEEK_MIN || sessions > VASTUS_SESSIONS_PER_WEEK_MAX)
    {
      g_set_error (error, VASTUS_PROGRAM_ERROR, VASTUS_PROGRAM_ERROR_INVALID,
                   _("Sessions a week must be from %d to %d, not %d"), VASTUS_SESSIONS_PER_WEEK_MIN,
                   VASTUS_SESSIONS_PER_WEEK_MAX, sessions);
      return FALSE;
    }
  before = vastus_program_get_sessions_per_week (self->program);
  if (before == sessions)
    return TRUE;

  vastus_program_set_sessions_per_week (self->program, sessions);
  saved = vastus_program_save (self->program, self->program_path, error);
  from = g_strdup_printf ("%d", before);
  to = g_strdup_printf ("%d", sessions);
  reason = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Set by you: %d session a week, was %d.",
                                         "Set by you: %d sessions a week, was %d.", (gulong) sessions),
                            sessions, before);
  journal_setting (self, "sessions_per_week", from, to, reason);
  program_changed (self);
  return saved;
}

static char *
describe_equipment (const char * const *equipment)
{
  if (equipment == NULL)
    return g_strdup (_("everything"));
  if (equipment[0] == NULL)
    return g_strdup (_("no equipment"));
  return vastus_equipment_describe_missing (equipment);
}

/**
 * vastus_store_set_equipment:
 * @equipment: (nullable) (array zero-terminated=1): what the person has;
 *   %NULL for everything
 *
 * Says what equipment the person has: starter programmes chosen from now
 * on, and the coach's moves to a harder or easier exercise, keep to it.
 * Saved, and written to the journal as set by the person.
 */
gboolean
vastus_store_set_equipment (VastusStore         *self,
                            const char * const  *equipment,
                            GError             **error)
{
  g_autofree char *reason = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autofree char *from_words = NULL;
  g_autofree char *to_words = NULL;
  gboolean saved;

  g_return_val_if_fail (VASTUS_IS_STORE (self), FALSE);

  /* At the first run the programme only stands in, and is not saved. */
  if (self->program == NULL || self->first_run)
    {
      g_set_error_literal (error, VASTUS_PROGRAM_ERROR, VASTUS_PROGRAM_ERROR_INVALID, _("There is no programme yet"));
      return FALSE;
    }
  for (guint i = 0; equipment != NULL && equipment[i] != NULL; i++)
    if (!g_strv_contains (vastus_equipment_names (), equipment[i]))
      {
        g_set_error (error, VASTUS_PROGRAM_ERROR, VASTUS_PROGRAM_ERROR_INVALID,
                     _("There is no equipment “%s”"), equipment[i]);
        return FALSE;
      }

  from = vastus_program_get_equipment (self->program) != NULL
         ? g_strjoinv (",", (GStrv) vastus_program_get_equipment (self->program)) : g_strdup ("*");
  from_words = describe_equipment (vastus_program_get_equipment (self->program));
  vastus_program_set_equipment (self->program, equipment);
  to = vastus_program_get_equipment (self->program) != NULL
       ? g_strjoinv (",", (GStrv) vastus_program_get_equipment (self->program)) : g_strdup ("*");
  if (g_str_equal (from, to))
    return TRUE;
  to_words = describe_equipment (vastus_program_get_equipment (self->program));

  saved = vastus_program_save (self->program, self->program_path, error);
  /* Translators: as in "Set by you: you have a wall and a step, was everything." */
  reason = g_strdup_printf (_("Set by you: you have %s, was %s."), to_words, from_words);
  journal_setting (self, "equipment", from, to, reason);
  program_changed (self);
  return saved;
}

/**
 * vastus_store_change_starter:
 * @starter_id: the starter programme to switch to
 *
 * Replaces the programme's exercises and doses by the new starter's, keeping
 * the sore side, sessions a week, the equipment and any hold; an exercise
 * whose equipment the person lacks gives way to its home alternative. The
 * programme before is kept until anything else changes, so that
 * vastus_store_undo_change_starter() can put it back exactly. Saved and
 * journaled.
 */
gboolean
vastus_store_change_starter (VastusStore  *self,
                             const char   *starter_id,
                             GError      **error)
{
  VastusStarterProgram *starter, *old_starter;
  g_autoptr (VastusProgram) program = NULL;
  g_autofree char *reason = NULL;
  const char *old_id;
  gboolean saved;

  g_return_val_if_fail (VASTUS_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->catalogue != NULL, FALSE);

  starter = vastus_catalogue_lookup_program (self->catalogue, starter_id);
  if (starter == NULL)
    {
      g_set_error (error, VASTUS_PROGRAM_ERROR, VASTUS_PROGRAM_ERROR_INVALID,
                   _("There is no starter programme “%s” in the catalogue"), starter_id);
      return FALSE;
    }
  /* At the first run the programme only stands in, and is not saved. */
  if (self->program == NULL || self->first_run)
    {
      g_set_error_literal (error, VASTUS_PROGRAM_ERROR, VASTUS_PROGRAM_ERROR_INVALID, _("There is no programme yet"));
      return FALSE;
    }

  program = vastus_program_new_from_starter_full (starter, self->catalogue,
                                                  vastus_program_get_first_leg (self->program),
                                                  vastus_program_get_equipment (self->program));
  vastus_program_set_sessions_per_week (program, vastus_program_get_sessions_per_week (self->program));
  /* A safety hold stands whatever the exercises. */
  vastus_program_set_hold (program, vastus_program_get_hold (self->program));

  old_id = vastus_program_get_starter_id (self->program);
  old_starter = old_id != NULL ? vastus_catalogue_lookup_program (self->catalogue, old_id) : NULL;
  /* Translators: as in "Set by you: the Stronger knees programme, was Gentle start. …" */
  reason = g_strdup_printf (_("Set by you: the %s programme, was %s. Its exercises start at their starting doses."),
                            vastus_starter_program_get_name (starter),
                            old_starter != NULL ? vastus_starter_program_get_name (old_starter)
                                                : old_id != NULL ? old_id : _("your own"));
  journal_setting (self, "starter", old_id != NULL ? old_id : "", starter_id, reason);

  g_set_object (&self->previous_program, self->program);
  g_set_object (&self->program, program);
  g_clear_pointer (&self->program_notice, g_free);
  self->changed_generation = vastus_program_get_generation (self->program);
  saved = vastus_program_save (self->program, self->program_path, error);
  program_changed (self);
  return saved;
}

/**
 * vastus_store_can_undo_change_starter:
 *
 * Returns: whether the programme from before the starter was changed can be
 *   put back: nothing has changed since
 */
gboolean
vastus_store_can_undo_change_starter (VastusStore *self)
{
  g_return_val_if_fail (VASTUS_IS_STORE (self), FALSE);

  return self->previous_program != NULL && self->program != NULL &&
         vastus_program_get_generation (self->program) == self->changed_generation;
}

/**
 * vastus_store_undo_change_starter:
 *
 * Puts back the programme from before vastus_store_change_starter(), as it
 * was: its exercises, doses, pauses and settings. Not once anything else
 * has changed the new one. Saved and journaled.
 */
gboolean
vastus_store_undo_change_starter (VastusStore  *self,
                                  GError      **error)
{
  g_autofree char *reason = NULL;
  VastusStarterProgram *starter;
  const char *id, *undone;
  gboolean saved;

  g_return_val_if_fail (VASTUS_IS_STORE (self), FALSE);

  if (!vastus_store_can_undo_change_starter (self))
    {
      g_clear_object (&self->previous_program);
      g_set_error_literal (error, VASTUS_PROGRAM_ERROR, VASTUS_PROGRAM_ERROR_INVALID,
                           _("The programme has changed since, so the change of starter programme cannot be undone"));
      return FALSE;
    }

  id = vastus_program_get_starter_id (self->previous_program);
  undone = vastus_program_get_starter_id (self->program);
  starter = id != NULL ? vastus_catalogue_lookup_program (self->catalogue, id) : NULL;
  /* Translators: as in "Set by you: back to your Gentle start programme as it was." */
  reason = g_strdup_printf (_("Set by you: back to your %s programme as it was."),
                            starter != NULL ? vastus_starter_program_get_name (starter) : id != NULL ? id : "");
  journal_setting (self, "starter", undone != NULL ? undone : "", id != NULL ? id : "", reason);

  g_clear_object (&self->program);
  self->program = g_steal_pointer (&self->previous_program);
  saved = vastus_program_save (self->program, self->program_path, error);
  program_changed (self);
  return saved;
}

/**
 * vastus_store_save_program:
 *
 * Saves the programme after it was edited in place (moved, removed, taken
 * back, sessions a week), and says it changed.
 */
gboolean
vastus_store_save_program (VastusStore  *self,
                           GError      **error)
{
  gboolean saved;

  g_return_val_if_fail (VASTUS_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->program != NULL, FALSE);

  saved = vastus_program_save (self->program, self->program_path, error);
  program_changed (self);
  return saved;
}

/**
 * vastus_store_build_plan:
 *
 * Returns: (transfer full) (nullable): today's plan, or %NULL when there is
 *   nothing to do or the programme is on hold
 */
VastusPlan *
vastus_store_build_plan (VastusStore *self)
{
  g_return_val_if_fail (VASTUS_IS_STORE (self), NULL);

  if (self->program == NULL || vastus_program_get_n_exercises (self->program) == 0 ||
      vastus_program_get_hold (self->program) != NULL)
    return NULL;
  return vastus_program_build_plan (self->program);
}

/**
 * vastus_store_build_short_plan:
 *
 * Returns: (transfer full) (nullable): a shorter session than today's, of
 *   about %VASTUS_SHORT_SESSION_MINUTES minutes, or %NULL when there is
 *   none: nothing to do, on hold, or a programme too small to shorten
 */
VastusPlan *
vastus_store_build_short_plan (VastusStore *self)
{
  g_return_val_if_fail (VASTUS_IS_STORE (self), NULL);

  if (self->program == NULL || vastus_program_get_n_exercises (self->program) == 0 ||
      vastus_program_get_hold (self->program) != NULL)
    return NULL;
  return vastus_program_build_short_plan (self->program, VASTUS_SHORT_SESSION_MINUTES * 60 * G_USEC_PER_SEC);
}

/**
 * vastus_store_start_session:
 *
 * Returns: (transfer full) (nullable): today's session, not started, or
 *   %NULL when there is none to do
 */
VastusSession *
vastus_store_start_session (VastusStore *self)
{
  g_autoptr (VastusPlan) plan = vastus_store_build_plan (self);

  return plan != NULL ? vastus_session_new (self->clock, plan) : NULL;
}

/**
 * vastus_store_start_short_session:
 *
 * Returns: (transfer full) (nullable): today's shorter session, not
 *   started, or %NULL when there is none
 */
VastusSession *
vastus_store_start_short_session (VastusStore *self)
{
  g_autoptr (VastusPlan) plan = vastus_store_build_short_plan (self);

  return plan != NULL ? vastus_session_new (self->clock, plan) : NULL;
}

/* The plan a saved session was made from: today's, or its shorter one. */
static VastusPlan *
saved_session_plan (VastusStore  *self,
                    guint        *step,
                    gint64       *saved_at,
                    GError      **error)
{
  g_autoptr (VastusPlan) plan = vastus_store_build_plan (self);
  g_autoptr (VastusPlan) shorter = NULL;

  if (plan == NULL)
    return NULL;
  if (vastus_checkpoint_peek (self->checkpoint_path, plan, step, saved_at, error))
    return g_steal_pointer (&plan);

  shorter = vastus_store_build_short_plan (self);
  if (shorter != NULL && vastus_checkpoint_peek (self->checkpoint_path, shorter, step, saved_at, NULL))
    {
      g_clear_error (error);
      return g_steal_pointer (&shorter);
    }
  return NULL;
}

/**
 * vastus_store_peek_session:
 * @step: (out) (optional): the step the saved session was at
 * @saved_at: (out) (optional): when it was saved, µs since the epoch
 *
 * Whether a session saved as it went can be taken up again with today's plan.
 */
gboolean
vastus_store_peek_session (VastusStore  *self,
                           guint        *step,
                           gint64       *saved_at,
                           GError      **error)
{
  g_autoptr (VastusPlan) plan = NULL;
  guint step_ = 0;
  gint64 saved_at_ = 0;

  g_return_val_if_fail (VASTUS_IS_STORE (self), FALSE);

  plan = saved_session_plan (self, &step_, &saved_at_, error);
  if (plan == NULL)
    return FALSE;
  if (step != NULL)
    *step = step_;
  if (saved_at != NULL)
    *saved_at = saved_at_;
  return TRUE;
}

/**
 * vastus_store_resume_session:
 *
 * Returns: (transfer full) (nullable): the saved session, paused at the set
 *   it was at, or %NULL with @error set
 */
VastusSession *
vastus_store_resume_session (VastusStore  *self,
                             GError      **error)
{
  g_autoptr (VastusPlan) plan = NULL;
  VastusSession *session;

  g_return_val_if_fail (VASTUS_IS_STORE (self), NULL);

  plan = vastus_store_build_plan (self);
  if (plan == NULL)
    {
      g_set_error_literal (error, VASTUS_CHECKPOINT_ERROR, VASTUS_CHECKPOINT_ERROR_INVALID,
                           _("There is no session to do today"));
      return NULL;
    }
  /* A shorter session is taken up as the shorter session it was. */
  {
    g_autoptr (VastusPlan) saved = saved_session_plan (self, NULL, NULL, NULL);

    if (saved != NULL)
      g_set_object (&plan, saved);
  }

  session = vastus_checkpoint_resume (self->checkpoint_path, self->clock, plan, error);
  if (session == NULL)
    {
      g_signal_emit (self, signals[SESSION_CHANGED], 0);
      return NULL;
    }

  /* Back at the same set, paused: the person gets into position first. */
  vastus_session_pause (session);
  return session;
}

/**
 * vastus_store_save_session:
 *
 * Saves where a running session is, so that it can be taken up again after
 * a crash, a kill or a closed window.
 */
gboolean
vastus_store_save_session (VastusStore    *self,
                           VastusSession  *session,
                           GError        **error)
{
  g_return_val_if_fail (VASTUS_IS_STORE (self), FALSE);
  g_return_val_if_fail (VASTUS_IS_SESSION (session), FALSE);

  return vastus_checkpoint_save (session, self->checkpoint_path, error);
}

/**
 * vastus_store_discard_session:
 *
 * Removes the saved session: it will not be offered again.
 */
gboolean
vastus_store_discard_session (VastusStore  *self,
                              GError      **error)
{
  gboolean removed;

  g_return_val_if_fail (VASTUS_IS_STORE (self), FALSE);

  removed = vastus_checkpoint_remove (self->checkpoint_path, error);
  g_signal_emit (self, signals[SESSION_CHANGED], 0);
  return removed;
}

/**
 * vastus_store_finish_session:
 *
 * The session has ended: it goes into the journal at once, before any
 * question, so that what was done is kept whether or not pain is logged,
 * and the saved session is removed. A failed write is kept by the journal
 * and retried (#VastusJournal:n-pending); @error says why.
 *
 * Returns: (transfer full) (nullable): the journal's record of the session,
 *   or %NULL when no set was done and there is nothing to ask about
 */
VastusSessionEntry *
vastus_store_finish_session (VastusStore    *self,
                             VastusSession  *session,
                             GError        **error)
{
  g_autoptr (VastusSessionEntry) entry = NULL;
  g_autoptr (GError) local_error = NULL;
  const char *program_id = self->program != NULL ? vastus_program_get_starter_id (self->program) : NULL;
  VastusStarterProgram *starter = NULL;
  guint done, skipped, missed;

  g_return_val_if_fail (VASTUS_IS_STORE (self), NULL);
  g_return_val_if_fail (VASTUS_IS_SESSION (session), NULL);
  g_return_val_if_fail (self->journal != NULL, NULL);

  /* Ended: nothing is left to resume. */
  if (!vastus_checkpoint_remove (self->checkpoint_path, &local_error))
    g_message ("%s", local_error->message);
  g_signal_emit (self, signals[SESSION_CHANGED], 0);

  if (program_id != NULL)
    starter = vastus_catalogue_lookup_program (self->catalogue, program_id);
  entry = vastus_session_entry_new_from_session (session, program_id,
                                                 starter != NULL ? vastus_starter_program_get_name (starter) : NULL,
                                                 vastus_session_get_wall_start (session),
                                                 vastus_store_get_now (self));
  if (!vastus_journal_add_session (self->journal, entry, error))
    g_message ("Session kept in memory: %s", error != NULL && *error != NULL ? (*error)->message : "");

  /* Nothing done, nothing to ask about. */
  vastus_session_count_sets (session, &done, &skipped, &missed);
  return done > 0 ? g_steal_pointer (&entry) : NULL;
}

/**
 * vastus_store_log_pain:
 * @session_id: the session the log is about
 * @log: the person's answers; its time is set here
 * @written: (out) (optional): whether the log is on disk, or kept in memory
 *   to be written
 *
 * Writes a pain log to the journal and, when it is about the newest session,
 * runs the progression engine: the programme's doses change, program.json
 * is saved, and each decision goes to the journal. A log filled in later for
 * an older session changes nothing else.
 *
 * Returns: (transfer full) (nullable): the decisions, or %NULL when the
 *   engine did not run; @error says what could not be saved
 */
VastusProgression *
vastus_store_log_pain (VastusStore    *self,
                       const char     *session_id,
                       VastusPainLog  *log,
                       gboolean       *written,
                       GError        **error)
{
  g_autoptr (VastusProgression) progression = NULL;
  g_autoptr (GError) local_error = NULL;
  VastusSessionEntry *last;
  gboolean on_disk;
  gint64 now;

  g_return_val_if_fail (VASTUS_IS_STORE (self), NULL);
  g_return_val_if_fail (session_id != NULL && log != NULL, NULL);
  g_return_val_if_fail (self->journal != NULL, NULL);

  now = vastus_store_get_now (self);
  log->time = now;

  /* A failed write is kept by the journal and retried; the window says so. */
  on_disk = vastus_journal_add_pain (self->journal, session_id, log, &local_error);
  if (!on_disk)
    g_message ("Pain log kept in memory: %s", local_error != NULL ? local_error->message : "");
  if (written != NULL)
    *written = on_disk;

  last = vastus_journal_get_last_session (self->journal);
  if (self->program == NULL || last == NULL || g_strcmp0 (vastus_session_entry_get_id (last), session_id) != 0)
    return NULL;

  progression = vastus_progression_decide (self->program, self->catalogue, self->journal, session_id, now);
  if (!vastus_progression_apply (progression, self->program, self->catalogue, self->journal, session_id,
                                 self->program_path, now, error))
    g_message ("The programme was changed but not saved");
  program_changed (self);
  return g_steal_pointer (&progression);
}

/**
 * vastus_store_log_morning:
 * @session_id: the session the morning check is about
 * @pain: the morning's pain 0–10, or -1 when the person dismissed the question
 */
gboolean
vastus_store_log_morning (VastusStore  *self,
                          const char   *session_id,
                          int           pain,
                          GError      **error)
{
  VastusMorningCheck check = { 0, pain };

  g_return_val_if_fail (VASTUS_IS_STORE (self), FALSE);
  g_return_val_if_fail (session_id != NULL, FALSE);
  g_return_val_if_fail (pain >= -1 && pain <= VASTUS_PAIN_MAX, FALSE);

  check.time = vastus_store_get_now (self);
  return vastus_journal_add_morning (self->journal, session_id, &check, error);
}

/**
 * vastus_store_answer_warning_signs:
 * @yes: (array zero-terminated=1): the ids answered yes, none when all is well
 * @context: "first-run", "session", "menu", "review" or "knee-checked"
 * @session_id: (nullable): the session the answers stopped
 *
 * Writes the answers down; any yes puts the programme on hold.
 */
gboolean
vastus_store_answer_warning_signs (VastusStore         *self,
                                   const char * const  *yes,
                                   const char          *context,
                                   const char          *session_id,
                                   GError             **error)
{
  gboolean saved;

  g_return_val_if_fail (VASTUS_IS_STORE (self), FALSE);

  /* At the first run there is no programme yet, only the answers. */
  saved = vastus_safety_answer_warning_signs (self->first_run ? NULL : self->program, self->journal, yes, context,
                                              session_id, vastus_store_get_now (self), self->program_path, error);
  if (yes != NULL && yes[0] != NULL)
    program_changed (self);
  return saved;
}

/**
 * vastus_store_knee_checked:
 *
 * The person says a doctor or physiotherapist has checked the knee: the
 * programme starts again one step below where it was.
 */
gboolean
vastus_store_knee_checked (VastusStore  *self,
                           GError      **error)
{
  gboolean saved;

  g_return_val_if_fail (VASTUS_IS_STORE (self), FALSE);

  saved = vastus_safety_knee_checked (self->first_run ? NULL : self->program, self->journal,
                                      vastus_store_get_now (self), self->program_path, error);
  program_changed (self);
  return saved;
}

/**
 * vastus_store_export_sessions:
 *
 * Writes every session in the journal to @file as CSV, replacing it,
 * readable by the person only.
 */
gboolean
vastus_store_export_sessions (VastusStore  *self,
                              GFile        *file,
                              GError      **error)
{
  g_autofree char *csv = NULL;

  g_return_val_if_fail (VASTUS_IS_STORE (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  csv = vastus_history_to_csv (self->journal);
  return g_file_replace_contents (file, csv, strlen (csv), NULL, FALSE, G_FILE_CREATE_PRIVATE, NULL, NULL, error);
}

/* Lines of the journal not written yet would be lost to a backup or to a
 * restore that replaces the file: both wait until they are written. */
static gboolean
journal_written (VastusStore  *self,
                 GError      **error)
{
  g_autoptr (GError) local_error = NULL;

  if (vastus_journal_flush (self->journal, &local_error))
    return TRUE;

  g_set_error (error, VASTUS_BACKUP_ERROR, VASTUS_BACKUP_ERROR_WRITE,
               _("Your latest entries are not in your journal yet (%s); try again once they are."),
               vastus_journal_describe_write_problem (self->journal) != NULL
                 ? vastus_journal_describe_write_problem (self->journal) : local_error->message);
  return FALSE;
}

static GDateTime *
store_now (VastusStore *self)
{
  return g_date_time_new_from_unix_local (vastus_store_get_now (self) / G_USEC_PER_SEC);
}

/**
 * vastus_store_back_up:
 * @file: where the backup goes
 *
 * Writes the journal, the programme, the person's catalogue files and the
 * preferences into @file (see vastus-backup.c for the format).
 */
gboolean
vastus_store_back_up (VastusStore  *self,
                      GFile        *file,
                      GError      **error)
{
  g_autofree char *folder = vastus_files_data_dir ();
  g_autoptr (GSettings) settings = vastus_backup_settings_new ();
  g_autoptr (GDateTime) now = NULL;

  g_return_val_if_fail (VASTUS_IS_STORE (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (self->journal != NULL && !journal_written (self, error))
    return FALSE;

  now = store_now (self);
  return vastus_backup_write (file, folder, settings, now, error);
}

/**
 * vastus_store_restore:
 * @backup: a backup read and checked by vastus_backup_read()
 * @kept_in: (out) (optional) (transfer full): the folder the data there
 *   before was moved to, %NULL when there was none
 *
 * Puts @backup in place of the person's data, which is kept in a dated folder
 * beside it, then reads the programme, the journal and the person's
 * catalogue files again and says so ("program-changed", "session-changed").
 * Exercises of the person's own that the backup does not hold stay in the
 * library until Vastus starts again.
 */
gboolean
vastus_store_restore (VastusStore   *self,
                      VastusBackup  *backup,
                      char         **kept_in,
                      GError       **error)
{
  g_autofree char *folder = vastus_files_data_dir ();
  g_autofree char *user_folder = vastus_catalogue_user_folder ();
  g_autoptr (GSettings) settings = vastus_backup_settings_new ();
  g_autoptr (GDateTime) now = NULL;
  g_autoptr (GError) journal_error = NULL;
  g_autoptr (GPtrArray) user_errors = NULL;

  g_return_val_if_fail (VASTUS_IS_STORE (self), FALSE);
  g_return_val_if_fail (VASTUS_IS_BACKUP (backup), FALSE);

  if (self->journal != NULL && !vastus_journal_is_loaded (self->journal) &&
      vastus_journal_get_load_error (self->journal) == NULL)
    {
      g_set_error_literal (error, VASTUS_BACKUP_ERROR, VASTUS_BACKUP_ERROR_WRITE,
                           _("Your journal is still being read; try again in a moment."));
      return FALSE;
    }
  if (self->journal != NULL && !journal_written (self, error))
    return FALSE;

  now = store_now (self);
  if (!vastus_backup_restore (backup, folder, settings, now, kept_in, error))
    return FALSE;

  if (self->catalogue != NULL)
    {
      user_errors = vastus_catalogue_load_folder (self->catalogue, user_folder);
      g_ptr_array_extend_and_steal (self->catalogue_errors, g_steal_pointer (&user_errors));
    }

  g_clear_object (&self->program);
  g_clear_object (&self->previous_program);
  g_clear_pointer (&self->program_notice, g_free);
  self->first_run = FALSE;
  if (self->catalogue != NULL)
    load_program (self);

  /* The file is in place; one that cannot be read is said by the journal. */
  if (self->journal != NULL && !vastus_journal_reload (self->journal, &journal_error))
    g_message ("%s", journal_error->message);

  g_signal_emit (self, signals[PROGRAM_CHANGED], 0);
  g_signal_emit (self, signals[SESSION_CHANGED], 0);
  return TRUE;
}

/**
 * vastus_store_open_program_file:
 *
 * Reads and checks a programme file against the person's catalogue; nothing
 * changes until vastus_store_import_program().
 *
 * Returns: (transfer full) (nullable): the file, or %NULL with @error
 *   naming the file, each field wrong and why
 */
VastusProgramFile *
vastus_store_open_program_file (VastusStore  *self,
                                GFile        *file,
                                GError      **error)
{
  g_autofree char *path = NULL;

  g_return_val_if_fail (VASTUS_IS_STORE (self), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (self->catalogue != NULL, NULL);

  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_autofree char *uri = g_file_get_uri (file);

      g_set_error (error, VASTUS_PROGRAM_ERROR, VASTUS_PROGRAM_ERROR_READ,
                   _("%s: cannot be read: Vastus opens programme files on this computer only"), uri);
      return NULL;
    }
  return vastus_program_file_load (path, self->catalogue, error);
}

/**
 * vastus_store_preview_import:
 *
 * Returns: (transfer full) (nullable): the programme as vastus_store_import_program()
 *   would make it, or %NULL when there is no programme to import into yet
 */
VastusProgram *
vastus_store_preview_import (VastusStore       *self,
                             VastusProgramFile *file,
                             VastusImportMode   mode)
{
  g_return_val_if_fail (VASTUS_IS_STORE (self), NULL);
  g_return_val_if_fail (VASTUS_IS_PROGRAM_FILE (file), NULL);

  if (self->program == NULL || self->first_run)
    return NULL;
  return vastus_program_file_apply (file, self->program, self->catalogue, mode);
}

static char *
program_ids (VastusProgram *program)
{
  GString *ids = g_string_new (NULL);

  for (guint i = 0; i < vastus_program_get_n_exercises (program); i++)
    g_string_append_printf (ids, "%s%s", i > 0 ? "," : "", vastus_exercise_get_id (vastus_program_get_exercise (program, i)));
  return g_string_free (ids, FALSE);
}

/**
 * vastus_store_import_program:
 * @file: a programme file from vastus_store_open_program_file()
 * @mode: replace the programme, or merge the file into it
 *
 * Makes the file's programme the person's (see vastus_program_file_apply()):
 * the file's own exercises are written to the person's catalogue folder
 * first, then the programme is saved, and the journal says it was imported
 * from the file, with each dose it changed, so that the coach counts from
 * the new doses. Nothing changes when the file's exercises cannot be
 * written.
 */
gboolean
vastus_store_import_program (VastusStore        *self,
                             VastusProgramFile  *file,
                             VastusImportMode    mode,
                             GError            **error)
{
  g_autoptr (VastusProgram) next = NULL;
  g_autoptr (GPtrArray) changes = NULL;
  g_autofree char *installed = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autofree char *reason = NULL;
  const char *name;
  gboolean saved;

  g_return_val_if_fail (VASTUS_IS_STORE (self), FALSE);
  g_return_val_if_fail (VASTUS_IS_PROGRAM_FILE (file), FALSE);

  /* At the first run the programme only stands in: the sore side is not
   * known yet. */
  if (self->program == NULL || self->first_run)
    {
      g_set_error_literal (error, VASTUS_PROGRAM_ERROR, VASTUS_PROGRAM_ERROR_INVALID,
                           _("Set up Vastus first, then import the programme again"));
      return FALSE;
    }

  name = vastus_program_file_get_name (file);
  folder = vastus_catalogue_user_folder ();
  installed = vastus_program_file_install_catalogue (file, folder, error);
  if (installed == NULL && vastus_program_file_get_n_extra_exercises (file) > 0)
    return FALSE;
  if (installed != NULL && !vastus_catalogue_load_file (self->catalogue, installed, error))
    {
      g_unlink (installed);
      return FALSE;
    }

  next = vastus_program_file_apply (file, self->program, self->catalogue, mode);
  changes = vastus_program_file_diff (self->program, next);
  for (guint i = 0; i < changes->len; i++)
    {
      VastusProgramChange *change = g_ptr_array_index (changes, i);
      g_autofree char *dose_reason = NULL;
      int was, is;

      if (change->kind != VASTUS_PROGRAM_CHANGE_DOSE)
        continue;
      was = vastus_program_find (self->program, change->id);
      is = vastus_program_find (next, change->id);
      /* Translators: a dose from a physiotherapist's programme file, as in
       * "Imported from knee.vastus-program.json: 3 × 12 each leg, was 3 × 10 each leg." */
      dose_reason = g_strdup_printf (_("Imported from %s: %s, was %s."), name, change->after, change->before);
      journal_dose (self, vastus_program_get_exercise (next, (guint) is),
                    vastus_program_get_dose (self->program, (guint) was),
                    vastus_program_get_dose (next, (guint) is), dose_reason);
    }

  from = program_ids (self->program);
  to = program_ids (next);
  reason = mode == VASTUS_IMPORT_REPLACE
           /* Translators: %s is the name of a programme file */
           ? g_strdup_printf (_("Imported from %s, in place of the programme before."), name)
           /* Translators: %s is the name of a programme file */
           : g_strdup_printf (_("Imported from %s, merged into the programme."), name);
  journal_setting (self, "program", from, to, reason);

  g_set_object (&self->program, next);
  g_clear_object (&self->previous_program);
  g_clear_pointer (&self->program_notice, g_free);
  saved = vastus_program_save (self->program, self->program_path, error);
  program_changed (self);
  return saved;
}

/**
 * vastus_store_export_program:
 *
 * Writes the programme as a programme file (vastus_program_file_export()),
 * for a physiotherapist to read, change and send back.
 */
gboolean
vastus_store_export_program (VastusStore  *self,
                             GFile        *file,
                             GError      **error)
{
  g_return_val_if_fail (VASTUS_IS_STORE (self), FALSE);

  if (self->program == NULL || self->first_run)
    {
      g_set_error_literal (error, VASTUS_PROGRAM_ERROR, VASTUS_PROGRAM_ERROR_INVALID, _("There is no programme yet"));
      return FALSE;
    }
  return vastus_program_file_export (self->program, file, error);
}

/**
 * vastus_store_make_report:
 * @weeks: the weeks it covers, this one included; 0 for the whole journal
 *
 * Returns: (transfer full): the report for a physiotherapist, as of now
 */
VastusReport *
vastus_store_make_report (VastusStore *self,
                          guint        weeks)
{
  g_return_val_if_fail (VASTUS_IS_STORE (self), NULL);
  g_return_val_if_fail (self->program != NULL, NULL);

  return vastus_report_build (self->program, self->catalogue, self->journal, vastus_store_get_now (self), weeks);
}
