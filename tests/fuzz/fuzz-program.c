/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "fuzz-common.h"
#include "vastus-journal.h"
#include "vastus-program.h"
#include "vastus-progression.h"

/*
 * program.json, loaded against the built-in catalogue as the app loads it;
 * a programme read is made into today's plan and explained by the
 * progression engine, with no history yet.
 */

static VastusJournal *journal;

static void
free_journal (void)
{
  g_clear_object (&journal);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *path = NULL;
  g_autoptr (VastusProgram) program = NULL;
  g_autoptr (GPtrArray) problems = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (VastusPlan) plan = NULL;
  g_autofree char *explained = NULL;

  fuzz_init ();
  if (journal == NULL)
    {
      g_autofree char *nowhere = fuzz_write_file ("empty.jsonl", (const uint8_t *) "", 0);

      journal = vastus_journal_new (nowhere);
      vastus_journal_set_retry_interval (journal, 0);
      vastus_journal_load (journal, NULL);
      atexit (free_journal);
    }

  path = fuzz_write_file ("program.json", data, size);
  program = vastus_program_load (path, fuzz_builtin_catalogue (), &problems, &error);
  if ((program == NULL) == (error == NULL))
    g_error ("a programme was %s without saying so", program != NULL ? "read" : "refused");
  if (program == NULL)
    return 0;

  plan = vastus_program_build_plan (program);
  if (vastus_plan_get_n_exercises (plan) > vastus_program_get_n_exercises (program))
    g_error ("today's plan has more exercises than the programme");
  explained = vastus_progression_explain (program, fuzz_builtin_catalogue (), journal, fuzz_now ());
  if (!g_utf8_validate (explained, -1, NULL))
    g_error ("a programme made text that is not UTF-8");

  return 0;
}
