/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "vastus-catalogue.h"
#include "vastus-checkpoint.h"
#include "vastus-session.h"

/*
 * The session timer on a fake clock: every phase change, pause and resume
 * across a boundary, skip and back in each phase, both sides of one-leg
 * work, rests of no time, and the record of what was done.
 */

#define S ((gint64) G_USEC_PER_SEC)

static const char *catalogue_json =
  "{ \"format\": 1, \"exercises\": ["
  "  { \"id\": \"hold\", \"name\": \"Hold\", \"summary\": \"s\", \"category\": \"isometric\", \"muscles\": [\"vmo\"],"
  "    \"equipment\": [\"wall\"], \"level\": 1, \"side\": \"both\", \"dose\": { \"sets\": 2, \"hold_s\": 10, \"rest_s\": 0 },"
  "    \"steps\": [\"a\"], \"cues\": [\"b\"], \"cautions\": [] },"
  "  { \"id\": \"paced\", \"name\": \"Paced\", \"summary\": \"s\", \"category\": \"strength\", \"muscles\": [\"vmo\"],"
  "    \"equipment\": [\"step\"], \"level\": 2, \"side\": \"one\", \"dose\": { \"sets\": 2, \"reps\": 3, \"rest_s\": 5,"
  "    \"tempo\": [ { \"cue\": \"lower\", \"s\": 2 }, { \"cue\": \"rise\", \"s\": 1 } ] },"
  "    \"steps\": [\"a\"], \"cues\": [\"b\"], \"cautions\": [] },"
  "  { \"id\": \"counted\", \"name\": \"Counted\", \"summary\": \"s\", \"category\": \"strength\", \"muscles\": [\"glutes\"],"
  "    \"equipment\": [\"mat\"], \"level\": 1, \"side\": \"both\", \"dose\": { \"sets\": 1, \"reps\": 5, \"rest_s\": 30 },"
  "    \"steps\": [\"a\"], \"cues\": [\"b\"], \"cautions\": [] } ] }";

typedef struct
{
  VastusCatalogue *catalogue;
  VastusClock     *clock;
  VastusPlan      *plan;
  VastusSession   *session;
  GArray          *seen;     /* step indices, one per step change */
} Fixture;

static void
step_changed_cb (VastusSession *session,
                 GParamSpec    *pspec,
                 Fixture       *fixture)
{
  guint step = vastus_session_get_step_index (session);
  g_array_append_val (fixture->seen, step);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  const char *ids[] = { "hold", "paced", "counted" };

  fixture->catalogue = vastus_catalogue_new ();
  g_assert_true (vastus_catalogue_load_data (fixture->catalogue, catalogue_json, strlen (catalogue_json),
                                             "session.json", "/tmp", &error));
  fixture->clock = vastus_fake_clock_new (1000 * S);
  fixture->plan = vastus_plan_new (VASTUS_LEG_RIGHT);
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      VastusExercise *exercise = vastus_catalogue_lookup (fixture->catalogue, ids[i]);
      vastus_plan_add (fixture->plan, exercise, vastus_exercise_get_dose (exercise));
    }
  fixture->session = vastus_session_new (fixture->clock, fixture->plan);
  fixture->seen = g_array_new (FALSE, FALSE, sizeof (guint));
  g_signal_connect (fixture->session, "notify::step", G_CALLBACK (step_changed_cb), fixture);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_assert_finalize_object (fixture->session);
  g_assert_finalize_object (fixture->plan);
  g_assert_finalize_object (fixture->clock);
  g_object_unref (fixture->catalogue);
  g_array_unref (fixture->seen);
}

static void
advance (Fixture *fixture,
         double   seconds)
{
  vastus_fake_clock_advance (VASTUS_FAKE_CLOCK (fixture->clock), (gint64) (seconds * S));
}

static const VastusPlanStep *
step (Fixture *fixture)
{
  return vastus_session_get_step (fixture->session);
}

/* The plan: prepare, two 10 s holds with no rest between; a rest, prepare,
 * two paced sets on each leg with a switch between legs and a rest between
 * sets; a rest, prepare, one counted set; done. */
static void
test_plan (Fixture       *fixture,
           gconstpointer  data)
{
  static const struct { VastusPhase phase; VastusLeg leg; guint set; double seconds; } expected[] = {
    { VASTUS_PHASE_PREPARE, VASTUS_LEG_NONE, 0, 10 },
    { VASTUS_PHASE_WORK, VASTUS_LEG_NONE, 0, 10 },
    { VASTUS_PHASE_WORK, VASTUS_LEG_NONE, 1, 10 },
    { VASTUS_PHASE_REST_EXERCISE, VASTUS_LEG_NONE, 0, 45 },
    { VASTUS_PHASE_PREPARE, VASTUS_LEG_NONE, 0, 10 },
    { VASTUS_PHASE_WORK, VASTUS_LEG_RIGHT, 0, 9 },
    { VASTUS_PHASE_SWITCH_SIDES, VASTUS_LEG_LEFT, 0, 5 },
    { VASTUS_PHASE_WORK, VASTUS_LEG_LEFT, 0, 9 },
    { VASTUS_PHASE_REST_SET, VASTUS_LEG_NONE, 1, 5 },
    { VASTUS_PHASE_WORK, VASTUS_LEG_RIGHT, 1, 9 },
    { VASTUS_PHASE_SWITCH_SIDES, VASTUS_LEG_LEFT, 1, 5 },
    { VASTUS_PHASE_WORK, VASTUS_LEG_LEFT, 1, 9 },
    { VASTUS_PHASE_REST_EXERCISE, VASTUS_LEG_NONE, 0, 45 },
    { VASTUS_PHASE_PREPARE, VASTUS_LEG_NONE, 0, 10 },
    { VASTUS_PHASE_WORK, VASTUS_LEG_NONE, 0, 0 },
    { VASTUS_PHASE_DONE, VASTUS_LEG_NONE, 0, 0 },
  };

  g_assert_cmpuint (vastus_plan_get_n_steps (fixture->plan), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      const VastusPlanStep *s = vastus_plan_get_step (fixture->plan, i);

      g_assert_cmpint (s->phase, ==, expected[i].phase);
      g_assert_cmpint (s->leg, ==, expected[i].leg);
      g_assert_cmpuint (s->set, ==, expected[i].set);
      g_assert_cmpint (s->duration, ==, (gint64) (expected[i].seconds * S));
    }
  g_assert_cmpint (vastus_plan_get_step (fixture->plan, 14)->work, ==, VASTUS_WORK_COUNTED);
  g_assert_cmpint (vastus_plan_get_step (fixture->plan, 5)->work, ==, VASTUS_WORK_PACED);
  g_assert_cmpuint (vastus_plan_get_step (fixture->plan, 5)->reps, ==, 3);
}

/* A whole session: every step in order, each starting exactly when the one
 * before was due to end however the clock is moved; a counted set waits. */
static void
test_whole_session (Fixture       *fixture,
                    gconstpointer  data)
{
  gint64 start = vastus_clock_now (fixture->clock);
  gint64 due = start;

  vastus_session_start (fixture->session);
  g_assert_cmpint (vastus_session_get_state (fixture->session), ==, VASTUS_SESSION_RUNNING);

  for (guint i = 0; i < 14; i++)
    {
      g_assert_cmpuint (vastus_session_get_step_index (fixture->session), ==, i);
      g_assert_cmpint (vastus_session_get_step_start (fixture->session), ==, due);
      due += step (fixture)->duration;
      /* Odd steps of time: no drift may come of them. */
      while (vastus_session_get_step_index (fixture->session) == i)
        advance (fixture, 0.333);
    }

  /* The counted set waits for Done as long as it takes. */
  g_assert_cmpint (step (fixture)->work, ==, VASTUS_WORK_COUNTED);
  advance (fixture, 600);
  g_assert_cmpuint (vastus_session_get_step_index (fixture->session), ==, 14);
  g_assert_cmpint (vastus_session_get_remaining (fixture->session), ==, 0);
  vastus_session_done (fixture->session, 4);

  g_assert_cmpint (vastus_session_get_state (fixture->session), ==, VASTUS_SESSION_FINISHED);
  g_assert_cmpint (vastus_session_get_end_reason (fixture->session), ==, VASTUS_END_COMPLETED);
  g_assert_cmpuint (fixture->seen->len, ==, 16);
  for (guint i = 0; i < fixture->seen->len; i++)
    g_assert_cmpuint (g_array_index (fixture->seen, guint, i), ==, i);
  g_assert_cmpuint (vastus_fake_clock_n_pending (VASTUS_FAKE_CLOCK (fixture->clock)), ==, 0);
}

static void
test_records (Fixture       *fixture,
              gconstpointer  data)
{
  GArray *records = vastus_session_get_records (fixture->session);
  VastusSetRecord *r;

  vastus_session_start (fixture->session);
  advance (fixture, 10 + 10 + 10 + 45 + 10);            /* to the first paced set */
  advance (fixture, 4);                                 /* one rep and a bit */
  vastus_session_skip (fixture->session);               /* skip the rest of it */
  while (vastus_session_get_step_index (fixture->session) < 14)
    advance (fixture, 1);
  vastus_session_done (fixture->session, -1);

  g_assert_cmpuint (records->len, ==, 7);
  r = &g_array_index (records, VastusSetRecord, 0);
  g_assert_true (r->reached && !r->skipped);
  g_assert_cmpint (r->done_duration, ==, 10 * S);
  r = &g_array_index (records, VastusSetRecord, 2);
  g_assert_cmpint (r->leg, ==, VASTUS_LEG_RIGHT);
  g_assert_true (r->skipped);
  g_assert_cmpuint (r->done_reps, ==, 1);
  g_assert_cmpint (r->done_duration, ==, 4 * S);
  r = &g_array_index (records, VastusSetRecord, 3);
  g_assert_cmpint (r->leg, ==, VASTUS_LEG_LEFT);
  g_assert_false (r->skipped);
  g_assert_cmpuint (r->done_reps, ==, 3);
  r = &g_array_index (records, VastusSetRecord, 6);
  g_assert_cmpuint (r->planned_reps, ==, 5);
  g_assert_cmpuint (r->done_reps, ==, 5);

  {
    guint done, skipped, missed;

    vastus_session_count_sets (fixture->session, &done, &skipped, &missed);
    g_assert_cmpuint (done, ==, 6);
    g_assert_cmpuint (skipped, ==, 1);
    g_assert_cmpuint (missed, ==, 0);
  }
}

/* Pausing stops the clock of the step, across what would have been its end. */
static void
test_pause_across_boundary (Fixture       *fixture,
                            gconstpointer  data)
{
  vastus_session_start (fixture->session);
  advance (fixture, 10);                          /* into the first hold */
  advance (fixture, 8);
  vastus_session_pause (fixture->session);
  g_assert_cmpint (vastus_session_get_state (fixture->session), ==, VASTUS_SESSION_PAUSED);
  advance (fixture, 100);                         /* well past its end */
  g_assert_cmpuint (vastus_session_get_step_index (fixture->session), ==, 1);
  g_assert_cmpint (vastus_session_get_remaining (fixture->session), ==, 2 * S);

  g_assert_cmpint (vastus_session_get_active_time (fixture->session), ==, 18 * S);

  vastus_session_resume (fixture->session);
  advance (fixture, 1.9);
  g_assert_cmpuint (vastus_session_get_step_index (fixture->session), ==, 1);
  advance (fixture, 0.1);
  g_assert_cmpuint (vastus_session_get_step_index (fixture->session), ==, 2);
  /* The next step starts when the held one ended: 10 + 8 + 100 + 2 s in. */
  g_assert_cmpint (vastus_session_get_step_start (fixture->session), ==, 1000 * S + 120 * S);

  /* The session's time leaves the pause out, also when ended paused. */
  advance (fixture, 5);
  vastus_session_pause (fixture->session);
  advance (fixture, 30);
  vastus_session_stop (fixture->session, VASTUS_END_STOPPED);
  advance (fixture, 30);
  g_assert_cmpint (vastus_session_get_active_time (fixture->session), ==, 25 * S);

  {
    guint done, skipped, missed;

    vastus_session_count_sets (fixture->session, &done, &skipped, &missed);
    g_assert_cmpuint (done, ==, 2);        /* the first hold, and the second stopped in */
    g_assert_cmpuint (skipped, ==, 0);
    g_assert_cmpuint (missed, ==, 5);
  }
}

static void
test_skip_each_phase (Fixture       *fixture,
                      gconstpointer  data)
{
  vastus_session_start (fixture->session);

  vastus_session_skip (fixture->session);        /* prepare → first hold */
  g_assert_cmpint (step (fixture)->phase, ==, VASTUS_PHASE_WORK);
  advance (fixture, 3);
  vastus_session_skip (fixture->session);        /* a hold → the second, no rest between */
  g_assert_cmpuint (vastus_session_get_step_index (fixture->session), ==, 2);
  g_assert_true (g_array_index (vastus_session_get_records (fixture->session), VastusSetRecord, 0).skipped);
  vastus_session_skip (fixture->session);
  g_assert_cmpint (step (fixture)->phase, ==, VASTUS_PHASE_REST_EXERCISE);
  vastus_session_skip (fixture->session);        /* rest between exercises → prepare */
  g_assert_cmpint (step (fixture)->phase, ==, VASTUS_PHASE_PREPARE);
  vastus_session_skip (fixture->session);
  vastus_session_skip (fixture->session);        /* the right leg's set → switch sides */
  g_assert_cmpint (step (fixture)->phase, ==, VASTUS_PHASE_SWITCH_SIDES);
  vastus_session_skip (fixture->session);        /* switch → the left leg */
  g_assert_cmpint (step (fixture)->leg, ==, VASTUS_LEG_LEFT);
  vastus_session_skip (fixture->session);
  g_assert_cmpint (step (fixture)->phase, ==, VASTUS_PHASE_REST_SET);
  vastus_session_skip (fixture->session);        /* rest between sets → the next set */
  g_assert_cmpint (step (fixture)->phase, ==, VASTUS_PHASE_WORK);
  g_assert_cmpuint (step (fixture)->set, ==, 1);

  /* A skipped step's successor runs its full length from the skip. */
  advance (fixture, 8.9);
  g_assert_cmpint (step (fixture)->phase, ==, VASTUS_PHASE_WORK);
  advance (fixture, 0.1);
  g_assert_cmpint (step (fixture)->phase, ==, VASTUS_PHASE_SWITCH_SIDES);

  /* Skipping while paused moves on and stays paused. */
  vastus_session_pause (fixture->session);
  vastus_session_skip (fixture->session);
  g_assert_cmpint (vastus_session_get_state (fixture->session), ==, VASTUS_SESSION_PAUSED);
  g_assert_cmpint (vastus_session_get_remaining (fixture->session), ==, 9 * S);
}

static void
test_back_each_phase (Fixture       *fixture,
                      gconstpointer  data)
{
  vastus_session_start (fixture->session);

  vastus_session_back (fixture->session);        /* back from the first step: restarts it */
  g_assert_cmpuint (vastus_session_get_step_index (fixture->session), ==, 0);

  advance (fixture, 10 + 5);                     /* 5 s into the first hold */
  vastus_session_back (fixture->session);        /* restarts the hold */
  g_assert_cmpuint (vastus_session_get_step_index (fixture->session), ==, 1);
  g_assert_cmpint (vastus_session_get_remaining (fixture->session), ==, 10 * S);

  advance (fixture, 10 + 1);                     /* 1 s into the second hold */
  vastus_session_back (fixture->session);        /* early in a set: the set before */
  g_assert_cmpuint (vastus_session_get_step_index (fixture->session), ==, 1);

  advance (fixture, 20);                         /* into the rest between exercises */
  g_assert_cmpint (step (fixture)->phase, ==, VASTUS_PHASE_REST_EXERCISE);
  vastus_session_back (fixture->session);        /* from a rest: the set just done */
  g_assert_cmpuint (vastus_session_get_step_index (fixture->session), ==, 2);
  g_assert_false (g_array_index (vastus_session_get_records (fixture->session), VastusSetRecord, 1).skipped);
  g_assert_cmpint (g_array_index (vastus_session_get_records (fixture->session), VastusSetRecord, 1).done_duration, ==, 0);

  advance (fixture, 10 + 45 + 10 + 9);           /* into switch sides */
  g_assert_cmpint (step (fixture)->phase, ==, VASTUS_PHASE_SWITCH_SIDES);
  vastus_session_back (fixture->session);        /* from a switch: the right leg's set */
  g_assert_cmpint (step (fixture)->leg, ==, VASTUS_LEG_RIGHT);
  g_assert_cmpint (step (fixture)->phase, ==, VASTUS_PHASE_WORK);
}

static void
test_paced_reps (Fixture       *fixture,
                 gconstpointer  data)
{
  guint rep, phase;
  gint64 remaining;

  vastus_session_start (fixture->session);
  g_assert_false (vastus_session_get_rep (fixture->session, &rep, &phase, &remaining));
  advance (fixture, 85);                           /* the first paced set starts */
  g_assert_cmpuint (vastus_session_get_step_index (fixture->session), ==, 5);

  advance (fixture, 0.5);
  g_assert_true (vastus_session_get_rep (fixture->session, &rep, &phase, &remaining));
  g_assert_cmpuint (rep, ==, 0);
  g_assert_cmpuint (phase, ==, 0);                 /* lower, 2 s */
  g_assert_cmpint (remaining, ==, 1.5 * S);
  advance (fixture, 2);
  g_assert_true (vastus_session_get_rep (fixture->session, &rep, &phase, &remaining));
  g_assert_cmpuint (rep, ==, 0);
  g_assert_cmpuint (phase, ==, 1);                 /* rise, 1 s */
  advance (fixture, 1);
  g_assert_true (vastus_session_get_rep (fixture->session, &rep, &phase, &remaining));
  g_assert_cmpuint (rep, ==, 1);
  g_assert_cmpuint (phase, ==, 0);
}

static void
test_start_at_and_stop (Fixture       *fixture,
                        gconstpointer  data)
{
  GArray *records = vastus_session_get_records (fixture->session);

  /* Resuming an interrupted session at the left leg's first set. */
  vastus_session_start_at (fixture->session, 7);
  g_assert_cmpint (step (fixture)->leg, ==, VASTUS_LEG_LEFT);
  g_assert_true (g_array_index (records, VastusSetRecord, 2).reached);
  g_assert_cmpuint (g_array_index (records, VastusSetRecord, 2).done_reps, ==, 3);

  advance (fixture, 4);
  vastus_session_stop (fixture->session, VASTUS_END_PAIN);
  g_assert_cmpint (vastus_session_get_state (fixture->session), ==, VASTUS_SESSION_FINISHED);
  g_assert_cmpint (vastus_session_get_end_reason (fixture->session), ==, VASTUS_END_PAIN);
  g_assert_cmpuint (g_array_index (records, VastusSetRecord, 3).done_reps, ==, 1);
  g_assert_false (g_array_index (records, VastusSetRecord, 4).reached);

  /* Nothing moves once finished. */
  advance (fixture, 100);
  vastus_session_skip (fixture->session);
  g_assert_cmpuint (vastus_session_get_step_index (fixture->session), ==, 7);
  g_assert_cmpuint (vastus_fake_clock_n_pending (VASTUS_FAKE_CLOCK (fixture->clock)), ==, 0);
}

/* Killed mid-way and resumed at the same set, with what was done before. */
static void
test_checkpoint_resume (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *folder = g_dir_make_tmp ("vastus-checkpoint-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (folder, "session-in-progress.json", NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (VastusSession) resumed = NULL;
  g_autoptr (VastusClock) later = vastus_fake_clock_new (5000 * S);
  GArray *before, *after;
  GStatBuf st;

  vastus_session_start (fixture->session);
  advance (fixture, 10 + 4);
  vastus_session_skip (fixture->session);          /* the first hold, skipped at 4 s */
  advance (fixture, 10 + 45 + 10 + 9 + 2);          /* into the switch between legs */
  g_assert_cmpint (step (fixture)->phase, ==, VASTUS_PHASE_SWITCH_SIDES);
  g_assert_true (vastus_checkpoint_save (fixture->session, path, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  /* A new process: a new clock, the same plan. */
  resumed = vastus_checkpoint_resume (path, later, fixture->plan, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (vastus_session_get_step_index (resumed), ==, 6);
  g_assert_cmpint (vastus_session_get_state (resumed), ==, VASTUS_SESSION_RUNNING);
  g_assert_cmpint (vastus_session_get_remaining (resumed), ==, 5 * S);

  before = vastus_session_get_records (fixture->session);
  after = vastus_session_get_records (resumed);
  for (guint i = 0; i < 3; i++)
    {
      VastusSetRecord *a = &g_array_index (before, VastusSetRecord, i);
      VastusSetRecord *b = &g_array_index (after, VastusSetRecord, i);

      g_assert_cmpint (a->skipped, ==, b->skipped);
      g_assert_cmpuint (a->done_reps, ==, b->done_reps);
      g_assert_cmpint (a->done_duration, ==, b->done_duration);
    }
  g_assert_true (g_array_index (after, VastusSetRecord, 0).skipped);
  g_assert_cmpint (g_array_index (after, VastusSetRecord, 0).done_duration, ==, 4 * S);

  /* Ending normally forgets it. */
  g_assert_true (vastus_checkpoint_remove (path, &error));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_true (vastus_checkpoint_remove (path, &error));
  g_clear_object (&resumed);
  resumed = vastus_checkpoint_resume (path, later, fixture->plan, &error);
  g_assert_null (resumed);
  g_assert_error (error, VASTUS_CHECKPOINT_ERROR, VASTUS_CHECKPOINT_ERROR_NONE_SAVED);

  g_rmdir (folder);
}

static void
test_checkpoint_other_plan (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autofree char *folder = g_dir_make_tmp ("vastus-checkpoint-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (folder, "session-in-progress.json", NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (VastusPlan) other = vastus_plan_new (VASTUS_LEG_RIGHT);
  g_autoptr (VastusSession) resumed = NULL;
  VastusExercise *hold = vastus_catalogue_lookup (fixture->catalogue, "hold");

  vastus_session_start (fixture->session);
  g_assert_true (vastus_checkpoint_save (fixture->session, path, NULL));

  vastus_plan_add (other, hold, vastus_exercise_get_dose (hold));
  resumed = vastus_checkpoint_resume (path, fixture->clock, other, &error);
  g_assert_null (resumed);
  g_assert_error (error, VASTUS_CHECKPOINT_ERROR, VASTUS_CHECKPOINT_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "session-in-progress.json: was saved for a different plan");

  /* A damaged file is refused as plainly. */
  g_clear_error (&error);
  g_assert_true (g_file_set_contents (path, "{\"version\": 1, \"st", -1, NULL));
  resumed = vastus_checkpoint_resume (path, fixture->clock, fixture->plan, &error);
  g_assert_null (resumed);
  g_assert_error (error, VASTUS_CHECKPOINT_ERROR, VASTUS_CHECKPOINT_ERROR_INVALID);

  g_unlink (path);
  g_rmdir (folder);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/vastus/session/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("plan", test_plan);
  ADD ("whole-session", test_whole_session);
  ADD ("records", test_records);
  ADD ("pause-across-boundary", test_pause_across_boundary);
  ADD ("skip-each-phase", test_skip_each_phase);
  ADD ("back-each-phase", test_back_each_phase);
  ADD ("paced-reps", test_paced_reps);
  ADD ("start-at-and-stop", test_start_at_and_stop);
  ADD ("checkpoint-resume", test_checkpoint_resume);
  ADD ("checkpoint-other-plan", test_checkpoint_other_plan);

  return g_test_run ();
}
