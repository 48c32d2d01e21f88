/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "fuzz-common.h"
#include "vastus-history.h"
#include "vastus-journal.h"
#include "vastus-program.h"
#include "vastus-progression.h"
#include "vastus-reminders.h"
#include "vastus-safety.h"

/*
 * journal.jsonl, loaded as the app loads it at start, then read as the app
 * and `vastus --explain` read it: the history, the CSV export, the next
 * morning check, the warning signs answered, and the progression engine on
 * a starter programme.
 */

static VastusProgram *program;

static void
free_program (void)
{
  g_clear_object (&program);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *path = NULL;
  g_autoptr (VastusJournal) journal = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GArray) points = NULL;
  g_autofree char *csv = NULL;
  g_autofree char *pain = NULL;
  g_autofree char *explained = NULL;
  g_auto (GStrv) yes = NULL;
  gint64 now;

  fuzz_init ();
  now = fuzz_now ();
  if (program == NULL)
    {
      VastusCatalogue *catalogue = fuzz_builtin_catalogue ();

      program = vastus_program_new_from_starter (vastus_catalogue_lookup_program (catalogue, "phase-1-gentle"),
                                                 catalogue, VASTUS_LEG_LEFT);
      atexit (free_program);
    }

  path = fuzz_write_file ("journal.jsonl", data, size);
  journal = vastus_journal_new (path);
  vastus_journal_set_retry_interval (journal, 0);
  if (!vastus_journal_load (journal, &error))
    g_error ("a journal that is there could not be read: %s", error->message);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (journal)); i++)
    {
      g_autoptr (VastusSessionEntry) entry = g_list_model_get_item (G_LIST_MODEL (journal), i);

      if (vastus_journal_lookup_session (journal, vastus_session_entry_get_id (entry)) != entry)
        g_error ("session %u is not found by its id", i);
    }

  points = vastus_history_pain_points (journal, vastus_history_range_start (journal, VASTUS_RANGE_ALL, now), now);
  pain = vastus_history_describe_pain (points, VASTUS_RANGE_ALL);
  csv = vastus_history_to_csv (journal);
  vastus_history_sessions_this_week (journal, now);
  vastus_history_week_streak (journal, 3, now);
  vastus_history_morning_check_due (journal, now);
  vastus_reminders_next_morning (journal, now);
  vastus_safety_first_run_stopped (journal, &yes);
  vastus_safety_review_due (journal, now);
  explained = vastus_progression_explain (program, fuzz_builtin_catalogue (), journal, now);

  /* Shown, exported, printed: text, whole. */
  if (!g_utf8_validate (pain, -1, NULL) || !g_utf8_validate (csv, -1, NULL) ||
      !g_utf8_validate (explained, -1, NULL))
    g_error ("a journal made text that is not UTF-8");

  return 0;
}
