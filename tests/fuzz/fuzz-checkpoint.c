/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "fuzz-common.h"
#include "vastus-checkpoint.h"
#include "vastus-coach.h"
#include "vastus-program.h"

/*
 * session-in-progress.json, as the app reads it at start for today's plan of
 * a starter programme: peeked at, then resumed. Both must agree; a session
 * resumed is run to its end, step by step, as a person skipping through it
 * would, with the coach describing each step.
 */

static VastusPlan *plan;
static VastusClock *fake_clock;

static void
free_plan (void)
{
  g_clear_object (&plan);
  g_clear_object (&fake_clock);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *path = NULL;
  g_autoptr (VastusSession) session = NULL;
  g_autoptr (GError) peek_error = NULL;
  g_autoptr (GError) error = NULL;
  gint64 saved_at = 0;
  guint step = 0;
  gboolean peeked;

  fuzz_init ();
  if (plan == NULL)
    {
      VastusCatalogue *catalogue = fuzz_builtin_catalogue ();
      g_autoptr (VastusProgram) program =
        vastus_program_new_from_starter (vastus_catalogue_lookup_program (catalogue, "phase-1-gentle"),
                                         catalogue, VASTUS_LEG_LEFT);

      plan = vastus_program_build_plan (program);
      fake_clock = vastus_fake_clock_new (fuzz_now ());
      atexit (free_plan);
    }

  path = fuzz_write_file ("session-in-progress.json", data, size);
  peeked = vastus_checkpoint_peek (path, plan, &step, &saved_at, &peek_error);
  session = vastus_checkpoint_resume (path, fake_clock, plan, &error);
  if (peeked != (session != NULL))
    g_error ("a checkpoint was %s by peek and %s by resume", peeked ? "taken" : "refused",
             session != NULL ? "taken" : "refused");
  if (session == NULL)
    return 0;

  if (step != vastus_session_get_step_index (session) || step >= vastus_plan_get_n_steps (plan))
    g_error ("a checkpoint at step %u resumed at step %u", step, vastus_session_get_step_index (session));

  for (guint i = 0; i <= vastus_plan_get_n_steps (vastus_session_get_plan (session)) &&
                    vastus_session_get_state (session) != VASTUS_SESSION_FINISHED; i++)
    {
      g_autofree char *phase = vastus_coach_describe_phase (session);

      if (phase == NULL || !g_utf8_validate (phase, -1, NULL))
        g_error ("a resumed session is described by no text at step %u", vastus_session_get_step_index (session));
      vastus_session_skip (session);
    }
  if (vastus_session_get_state (session) != VASTUS_SESSION_FINISHED)
    vastus_session_stop (session, VASTUS_END_STOPPED);

  return 0;
}
