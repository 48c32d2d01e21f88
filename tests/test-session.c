/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "vastus-catalogue.h"
#include "vastus-checkpoint.h"
#include "vastus-session.h"
#include "vastus-test-env.h"

/*
 * The session timer on a fake clock: every phase change, pause and resume
 * across a boundary, skip and back in each phase, both sides of one-leg
 * work, rests of no time, and the record of what was done. "My Knee Hurts":
 * made easier mid-exercise, the rest of an exercise skipped, the reports,
 * and checkpoints of all that, good and damaged.
 */

#define S ((gint64) G_USEC_PER_SEC)

static const char *catalogue_json =
  "{ \"format\": 1, \"exercises\": ["
  "  { \"id\": \"hold\", \"name\": \"Hold\", \"summary\": \"s\", \"category\": \"isometric\", \"muscles\": [\"vmo\"],"
  "    \"equipment\": [\"wall\"], \"level\": 1, \"side\": \"both\", \"dose\": { \"sets\": 2, \"hold_s\": 10, \"rest_s\": 0 },"
  "    \"steps\": [\"a\"], \"cues\": [\"b\"], \"cautions\": [] },"
  "  { \"id\": \"paced\", \"name\": \"Paced\", \"summary\": \"s\", \"category\": \"strength\", \"muscles\": [\"vmo\"],"
  "    \"equipment\": [\"step\"], \"level\": 2, \"side\": \"one\", \"dose\": { \"sets\": 2, \"reps\": 3, \"rest_s\": 14,"
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
      VastusDose dose = *vastus_exercise_get_dose (exercise);

      /* With data, the paced exercise has that many sets instead of two. */
      if (data != NULL && g_str_equal (ids[i], "paced"))
        vastus_dose_set (&dose, VASTUS_DOSE_SETS, *(const guint *) data);
      vastus_plan_add (fixture->plan, exercise, &dose);
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
 * sets less the other leg's set (14 s - 9 s), as one leg rests while the
 * other works; a rest, prepare, one counted set; done. */
static void
test_plan (Fixture       *fixture,
           gconstpointer  data)
{
  static const struct { VastusPhase phase; VastusLeg leg; guint set; double seconds; } expected[] = {
    { VASTUS_PHASE_PREPARE, VASTUS_LEG_NONE, 0, 10 },
    { VASTUS_PHASE_WORK, VASTUS_LEG_NONE, 0, 10 },
    { VASTUS_PHASE_WORK, VASTUS_LEG_NONE, 1, 10 },
    { VASTUS_PHASE_REST_EXERCISE, VASTUS_LEG_NONE, 0, 20 },
    { VASTUS_PHASE_PREPARE, VASTUS_LEG_NONE, 0, 10 },
    { VASTUS_PHASE_WORK, VASTUS_LEG_RIGHT, 0, 9 },
    { VASTUS_PHASE_SWITCH_SIDES, VASTUS_LEG_LEFT, 0, 5 },
    { VASTUS_PHASE_WORK, VASTUS_LEG_LEFT, 0, 9 },
    { VASTUS_PHASE_REST_SET, VASTUS_LEG_RIGHT, 1, 5 },
    { VASTUS_PHASE_WORK, VASTUS_LEG_RIGHT, 1, 9 },
    { VASTUS_PHASE_SWITCH_SIDES, VASTUS_LEG_LEFT, 1, 5 },
    { VASTUS_PHASE_WORK, VASTUS_LEG_LEFT, 1, 9 },
    { VASTUS_PHASE_REST_EXERCISE, VASTUS_LEG_NONE, 0, 20 },
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
  advance (fixture, 10 + 10 + 10 + 20 + 10);            /* to the first paced set */
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
  vastus_session_skip (fixture->session);        /* the last set skipped: no rest after it */
  g_assert_cmpint (step (fixture)->phase, ==, VASTUS_PHASE_PREPARE);
  g_assert_cmpuint (step (fixture)->exercise, ==, 1);
  vastus_session_skip (fixture->session);
  vastus_session_skip (fixture->session);        /* the right leg's set → switch sides */
  g_assert_cmpint (step (fixture)->phase, ==, VASTUS_PHASE_SWITCH_SIDES);
  vastus_session_skip (fixture->session);        /* switch → the left leg */
  g_assert_cmpint (step (fixture)->leg, ==, VASTUS_LEG_LEFT);
  vastus_session_skip (fixture->session);        /* a skipped set: the rest after it too */
  g_assert_cmpint (step (fixture)->phase, ==, VASTUS_PHASE_WORK);
  g_assert_cmpint (step (fixture)->leg, ==, VASTUS_LEG_RIGHT);
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

  advance (fixture, 10 + 20 + 10 + 9);           /* into switch sides */
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
  advance (fixture, 60);                           /* the first paced set starts */
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
  advance (fixture, 10 + 20 + 10 + 9 + 2);          /* into the switch between legs */
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

/* "My Knee Hurts" */

/* With the paced exercise at three sets, the plan is: 0 prepare, 1–2 the
 * holds; 3 a rest, 4 prepare, then for each of the three paced sets the
 * right leg, a switch and the left leg (5–7, 9–11, 13–15) with rests
 * between sets (8, 12); 16 a rest, 17 prepare, 18 the counted set; 19 done.
 * Records: 0–1 the holds, 2–7 the paced sets (right, left), 8 counted. */
static const guint three_sets = 3;

#define PACED 1

/* Lets the session run until step @index starts. */
static void
run_to (Fixture *fixture,
        guint    index)
{
  while (vastus_session_get_step_index (fixture->session) < index)
    {
      g_assert_false (step (fixture)->phase == VASTUS_PHASE_WORK && step (fixture)->work == VASTUS_WORK_COUNTED);
      advance (fixture, (double) vastus_session_get_remaining (fixture->session) / S);
    }
  g_assert_cmpuint (vastus_session_get_step_index (fixture->session), ==, index);
}

/* The paced exercise's dose with fewer reps, and @sets sets. */
static VastusDose
paced_dose (Fixture *fixture,
            guint    reps,
            guint    sets)
{
  VastusDose dose = *vastus_plan_get_dose (fixture->plan, PACED);

  vastus_dose_set (&dose, VASTUS_DOSE_REPS, reps);
  vastus_dose_set (&dose, VASTUS_DOSE_SETS, sets);
  return dose;
}

static const VastusSetRecord *
record (Fixture *fixture,
        guint    index)
{
  GArray *records = vastus_session_get_records (fixture->session);

  g_assert_cmpuint (index, <, records->len);
  return &g_array_index (records, VastusSetRecord, index);
}

static void
assert_record (const VastusSetRecord *r,
               guint                  exercise,
               guint                  set,
               VastusLeg              leg,
               guint                  planned_reps,
               double                 planned_seconds,
               gboolean               reached,
               guint                  done_reps)
{
  g_assert_cmpuint (r->exercise, ==, exercise);
  g_assert_cmpuint (r->set, ==, set);
  g_assert_cmpint (r->leg, ==, leg);
  g_assert_cmpuint (r->planned_reps, ==, planned_reps);
  g_assert_cmpint (r->planned_duration, ==, (gint64) (planned_seconds * S));
  g_assert_cmpint (r->reached, ==, reached);
  g_assert_false (r->skipped);
  g_assert_cmpuint (r->done_reps, ==, done_reps);
}

static void
assert_knee_report (VastusSession    *session,
                    guint             index,
                    guint             exercise,
                    guint             set,
                    VastusKneeAction  action)
{
  GArray *reports = vastus_session_get_knee_reports (session);
  const VastusKneeReport *report;

  g_assert_cmpuint (index, <, reports->len);
  report = &g_array_index (reports, VastusKneeReport, index);
  g_assert_cmpuint (report->exercise, ==, exercise);
  g_assert_cmpuint (report->set, ==, set);
  g_assert_cmpint (report->action, ==, action);
}

/* Easier in the middle set: it starts again at the easier dose, and so do
 * the sets after it; what came before stays as it was. */
static void
test_ease_work (Fixture       *fixture,
                gconstpointer  data)
{
  VastusDose easier = paced_dose (fixture, 2, 3);
  const VastusKneeReport *report;
  VastusPlan *plan;

  g_assert_cmpuint (vastus_plan_get_n_steps (fixture->plan), ==, 20);
  vastus_session_start (fixture->session);
  run_to (fixture, 9);                                  /* the second set, right leg */
  advance (fixture, 4);
  g_assert_cmpuint (step (fixture)->set, ==, 1);
  g_assert_cmpint (vastus_session_get_remaining (fixture->session), ==, 5 * S);

  g_assert_true (vastus_session_ease (fixture->session, &easier));

  /* The same set and leg, from its start, at two reps of 3 s. */
  plan = vastus_session_get_plan (fixture->session);
  g_assert_true (plan != fixture->plan);
  g_assert_cmpuint (vastus_plan_get_n_steps (plan), ==, 20);
  g_assert_cmpuint (vastus_session_get_step_index (fixture->session), ==, 9);
  g_assert_cmpuint (g_array_index (fixture->seen, guint, fixture->seen->len - 1), ==, 9);
  g_assert_cmpint (step (fixture)->phase, ==, VASTUS_PHASE_WORK);
  g_assert_cmpuint (step (fixture)->exercise, ==, PACED);
  g_assert_cmpuint (step (fixture)->set, ==, 1);
  g_assert_cmpint (step (fixture)->leg, ==, VASTUS_LEG_RIGHT);
  g_assert_cmpuint (step (fixture)->reps, ==, 2);
  g_assert_cmpint (vastus_session_get_elapsed (fixture->session), ==, 0);
  g_assert_cmpint (vastus_session_get_remaining (fixture->session), ==, 6 * S);
  g_assert_cmpfloat (vastus_dose_get (vastus_plan_get_dose (plan, PACED), VASTUS_DOSE_REPS), ==, 2);
  g_assert_cmpfloat (vastus_dose_get (vastus_plan_get_dose (fixture->plan, PACED), VASTUS_DOSE_REPS), ==, 3);

  /* The holds as done, the first paced set as done at three reps, the set
   * under way from nothing, the rest planned at two reps, counted as it was. */
  g_assert_cmpuint (vastus_session_get_records (fixture->session)->len, ==, 9);
  for (guint i = 0; i < 2; i++)
    {
      assert_record (record (fixture, i), 0, i, VASTUS_LEG_NONE, 0, 10, TRUE, 0);
      g_assert_cmpint (record (fixture, i)->done_duration, ==, 10 * S);
    }
  assert_record (record (fixture, 2), PACED, 0, VASTUS_LEG_RIGHT, 3, 9, TRUE, 3);
  assert_record (record (fixture, 3), PACED, 0, VASTUS_LEG_LEFT, 3, 9, TRUE, 3);
  assert_record (record (fixture, 4), PACED, 1, VASTUS_LEG_RIGHT, 2, 6, TRUE, 0);
  g_assert_cmpint (record (fixture, 4)->done_duration, ==, 0);
  g_assert_cmpuint (record (fixture, 4)->step, ==, 9);
  assert_record (record (fixture, 5), PACED, 1, VASTUS_LEG_LEFT, 2, 6, FALSE, 0);
  assert_record (record (fixture, 6), PACED, 2, VASTUS_LEG_RIGHT, 2, 6, FALSE, 0);
  assert_record (record (fixture, 7), PACED, 2, VASTUS_LEG_LEFT, 2, 6, FALSE, 0);
  assert_record (record (fixture, 8), 2, 0, VASTUS_LEG_NONE, 5, 0, FALSE, 0);
  for (guint i = 0; i < 9; i++)
    g_assert_cmpint (vastus_plan_get_step (plan, record (fixture, i)->step)->phase, ==, VASTUS_PHASE_WORK);

  g_assert_cmpuint (vastus_session_get_knee_reports (fixture->session)->len, ==, 1);
  assert_knee_report (fixture->session, 0, PACED, 1, VASTUS_KNEE_EASIER);
  report = &g_array_index (vastus_session_get_knee_reports (fixture->session), VastusKneeReport, 0);
  g_assert_cmpfloat (vastus_dose_get (&report->dose, VASTUS_DOSE_REPS), ==, 2);

  /* It runs on at the new length, with only its own deadline pending. */
  g_assert_cmpuint (vastus_fake_clock_n_pending (VASTUS_FAKE_CLOCK (fixture->clock)), ==, 1);
  advance (fixture, 5.9);
  g_assert_cmpuint (vastus_session_get_step_index (fixture->session), ==, 9);
  advance (fixture, 0.1);
  g_assert_cmpint (step (fixture)->phase, ==, VASTUS_PHASE_SWITCH_SIDES);
  assert_record (record (fixture, 4), PACED, 1, VASTUS_LEG_RIGHT, 2, 6, TRUE, 2);
}

/* Fewer sets, asked for in the last set: the set under way is kept. */
static void
test_ease_fewer_sets_last_set (Fixture       *fixture,
                               gconstpointer  data)
{
  VastusDose easier = paced_dose (fixture, 2, 1);

  vastus_session_start (fixture->session);
  run_to (fixture, 13);                                 /* the last set, right leg */
  advance (fixture, 2);
  g_assert_true (vastus_session_ease (fixture->session, &easier));

  g_assert_cmpuint (vastus_plan_get_n_steps (vastus_session_get_plan (fixture->session)), ==, 20);
  g_assert_cmpuint (vastus_session_get_step_index (fixture->session), ==, 13);
  g_assert_cmpuint (step (fixture)->set, ==, 2);
  g_assert_cmpuint (step (fixture)->n_sets, ==, 3);
  g_assert_cmpint (step (fixture)->leg, ==, VASTUS_LEG_RIGHT);
  g_assert_cmpuint (step (fixture)->reps, ==, 2);
  g_assert_cmpint (vastus_session_get_remaining (fixture->session), ==, 6 * S);
  g_assert_cmpuint (vastus_session_get_records (fixture->session)->len, ==, 9);
  assert_record (record (fixture, 5), PACED, 1, VASTUS_LEG_LEFT, 3, 9, TRUE, 3);
  assert_record (record (fixture, 6), PACED, 2, VASTUS_LEG_RIGHT, 2, 6, TRUE, 0);
  assert_record (record (fixture, 7), PACED, 2, VASTUS_LEG_LEFT, 2, 6, FALSE, 0);
  assert_knee_report (fixture->session, 0, PACED, 2, VASTUS_KNEE_EASIER);

  /* Both legs of it, then on to the next exercise. */
  run_to (fixture, 17);
  g_assert_cmpint (step (fixture)->phase, ==, VASTUS_PHASE_PREPARE);
  g_assert_cmpuint (step (fixture)->exercise, ==, 2);
}

/* Fewer sets from the middle set: the sets after it go from the plan and
 * from the records. */
static void
test_ease_fewer_sets_middle (Fixture       *fixture,
                             gconstpointer  data)
{
  VastusDose easier = paced_dose (fixture, 3, 1);
  VastusPlan *plan;

  vastus_session_start (fixture->session);
  run_to (fixture, 10);                                 /* switching sides in the second set */
  g_assert_cmpint (step (fixture)->phase, ==, VASTUS_PHASE_SWITCH_SIDES);
  g_assert_true (vastus_session_ease (fixture->session, &easier));

  /* Two sets now: the rest before the third and its three steps are gone. */
  plan = vastus_session_get_plan (fixture->session);
  g_assert_cmpuint (vastus_plan_get_n_steps (plan), ==, 16);
  g_assert_cmpuint (vastus_session_get_step_index (fixture->session), ==, 10);
  g_assert_cmpint (step (fixture)->phase, ==, VASTUS_PHASE_SWITCH_SIDES);
  g_assert_cmpuint (step (fixture)->n_sets, ==, 2);
  g_assert_cmpuint (vastus_session_get_records (fixture->session)->len, ==, 7);
  assert_record (record (fixture, 6), 2, 0, VASTUS_LEG_NONE, 5, 0, FALSE, 0);
  g_assert_cmpuint (record (fixture, 6)->step, ==, 14);
  g_assert_cmpint (vastus_plan_get_step (plan, 12)->phase, ==, VASTUS_PHASE_REST_EXERCISE);
}

/* During the get-ready, the whole exercise is made easier. */
static void
test_ease_prepare (Fixture       *fixture,
                   gconstpointer  data)
{
  VastusDose easier = paced_dose (fixture, 2, 3);

  vastus_session_start (fixture->session);
  run_to (fixture, 4);
  advance (fixture, 3);
  g_assert_cmpint (step (fixture)->phase, ==, VASTUS_PHASE_PREPARE);
  g_assert_true (vastus_session_ease (fixture->session, &easier));

  g_assert_cmpuint (vastus_session_get_step_index (fixture->session), ==, 4);
  g_assert_cmpint (step (fixture)->phase, ==, VASTUS_PHASE_PREPARE);
  g_assert_cmpuint (step (fixture)->exercise, ==, PACED);
  g_assert_cmpuint (vastus_plan_get_step (vastus_session_get_plan (fixture->session), 5)->reps, ==, 2);
  for (guint i = 2; i < 8; i++)
    assert_record (record (fixture, i), PACED, (i - 2) / 2, (i % 2) ? VASTUS_LEG_LEFT : VASTUS_LEG_RIGHT,
                   2, 6, FALSE, 0);
  assert_knee_report (fixture->session, 0, PACED, 0, VASTUS_KNEE_EASIER);
}

/* In a rest between exercises nothing is under way to make easier: the
 * one before is done, the next not begun. */
static void
test_ease_rest_exercise (Fixture       *fixture,
                         gconstpointer  data)
{
  VastusDose easier = paced_dose (fixture, 2, 3);
  VastusDose hold = *vastus_plan_get_dose (fixture->plan, 0);

  vastus_dose_set (&hold, VASTUS_DOSE_HOLD, 5);
  vastus_session_start (fixture->session);
  run_to (fixture, 3);
  advance (fixture, 5);
  g_assert_cmpint (step (fixture)->phase, ==, VASTUS_PHASE_REST_EXERCISE);
  g_assert_false (vastus_session_ease (fixture->session, &hold));

  g_assert_true (vastus_session_get_plan (fixture->session) == fixture->plan);
  g_assert_cmpuint (vastus_session_get_step_index (fixture->session), ==, 3);
  g_assert_cmpint (vastus_session_get_remaining (fixture->session), ==, 15 * S);
  g_assert_cmpuint (vastus_session_get_knee_reports (fixture->session)->len, ==, 0);
  g_assert_cmpint (record (fixture, 1)->done_duration, ==, 10 * S);
  g_assert_cmpint (record (fixture, 1)->planned_duration, ==, 10 * S);

  run_to (fixture, 16);
  g_assert_cmpint (step (fixture)->phase, ==, VASTUS_PHASE_REST_EXERCISE);
  g_assert_false (vastus_session_ease (fixture->session, &easier));
  g_assert_true (vastus_session_get_plan (fixture->session) == fixture->plan);
  g_assert_cmpuint (vastus_session_get_step_index (fixture->session), ==, 16);
  g_assert_cmpuint (record (fixture, 7)->planned_reps, ==, 3);
  g_assert_cmpuint (record (fixture, 7)->done_reps, ==, 3);
  g_assert_cmpuint (vastus_session_get_knee_reports (fixture->session)->len, ==, 0);

  /* Nor once the session is over. */
  vastus_session_stop (fixture->session, VASTUS_END_STOPPED);
  g_assert_false (vastus_session_ease (fixture->session, &easier));
  g_assert_true (vastus_session_get_plan (fixture->session) == fixture->plan);
  g_assert_cmpuint (vastus_session_get_knee_reports (fixture->session)->len, ==, 0);
}

/* On the second leg of a one-leg set: the first leg of that set was done
 * and stays written down as done. */
static void
test_ease_second_leg (Fixture       *fixture,
                      gconstpointer  data)
{
  VastusDose easier = paced_dose (fixture, 2, 3);

  vastus_session_start (fixture->session);
  run_to (fixture, 11);                                 /* the second set, left leg */
  advance (fixture, 2);
  g_assert_true (vastus_session_ease (fixture->session, &easier));

  g_assert_cmpuint (vastus_session_get_step_index (fixture->session), ==, 11);
  g_assert_cmpint (step (fixture)->leg, ==, VASTUS_LEG_LEFT);
  g_assert_cmpuint (step (fixture)->reps, ==, 2);
  g_assert_cmpint (vastus_session_get_remaining (fixture->session), ==, 6 * S);
  assert_record (record (fixture, 4), PACED, 1, VASTUS_LEG_RIGHT, 3, 9, TRUE, 3);
  g_assert_cmpint (record (fixture, 4)->done_duration, ==, 9 * S);
  assert_record (record (fixture, 5), PACED, 1, VASTUS_LEG_LEFT, 2, 6, TRUE, 0);
  assert_record (record (fixture, 6), PACED, 2, VASTUS_LEG_RIGHT, 2, 6, FALSE, 0);
  assert_knee_report (fixture->session, 0, PACED, 1, VASTUS_KNEE_EASIER);

  /* Nothing of it is counted as missed at the end. */
  run_to (fixture, 18);
  vastus_session_done (fixture->session, -1);
  {
    guint done, skipped, missed;

    vastus_session_count_sets (fixture->session, &done, &skipped, &missed);
    g_assert_cmpuint (done, ==, 9);
    g_assert_cmpuint (skipped, ==, 0);
    g_assert_cmpuint (missed, ==, 0);
  }
}

/* Eased again later in the exercise: the newest dose from the second
 * easing on, what was done at the first dose kept. */
static void
test_ease_twice (Fixture       *fixture,
                 gconstpointer  data)
{
  VastusDose first = paced_dose (fixture, 2, 3);
  VastusDose second = paced_dose (fixture, 1, 3);
  VastusPlan *once;

  vastus_session_start (fixture->session);
  run_to (fixture, 5);
  advance (fixture, 1);
  g_assert_true (vastus_session_ease (fixture->session, &first));
  once = vastus_session_get_plan (fixture->session);
  g_object_add_weak_pointer (G_OBJECT (once), (gpointer *) &once);
  g_assert_cmpint (vastus_session_get_remaining (fixture->session), ==, 6 * S);

  run_to (fixture, 9);
  advance (fixture, 1);
  g_assert_true (vastus_session_ease (fixture->session, &second));
  g_assert_null (once);                                 /* the session let go of the first plan */

  g_assert_cmpuint (vastus_session_get_step_index (fixture->session), ==, 9);
  g_assert_cmpuint (step (fixture)->reps, ==, 1);
  g_assert_cmpint (vastus_session_get_remaining (fixture->session), ==, 3 * S);
  g_assert_cmpfloat (vastus_dose_get (vastus_plan_get_dose (vastus_session_get_plan (fixture->session), PACED),
                                      VASTUS_DOSE_REPS), ==, 1);
  assert_record (record (fixture, 2), PACED, 0, VASTUS_LEG_RIGHT, 2, 6, TRUE, 2);
  assert_record (record (fixture, 3), PACED, 0, VASTUS_LEG_LEFT, 2, 6, TRUE, 2);
  assert_record (record (fixture, 4), PACED, 1, VASTUS_LEG_RIGHT, 1, 3, TRUE, 0);
  assert_record (record (fixture, 7), PACED, 2, VASTUS_LEG_LEFT, 1, 3, FALSE, 0);

  /* Gone back to, the first set is done at the newest dose: never again
   * at the programme's, which hurt. */
  vastus_session_back (fixture->session);
  g_assert_cmpuint (vastus_session_get_step_index (fixture->session), ==, 7);
  g_assert_cmpuint (step (fixture)->set, ==, 0);
  g_assert_cmpuint (step (fixture)->reps, ==, 1);
  g_assert_cmpuint (vastus_plan_get_step (vastus_session_get_plan (fixture->session), 5)->reps, ==, 1);

  g_assert_cmpuint (vastus_session_get_knee_reports (fixture->session)->len, ==, 2);
  assert_knee_report (fixture->session, 0, PACED, 0, VASTUS_KNEE_EASIER);
  assert_knee_report (fixture->session, 1, PACED, 1, VASTUS_KNEE_EASIER);
  g_assert_cmpfloat (vastus_dose_get (&g_array_index (vastus_session_get_knee_reports (fixture->session),
                                                      VastusKneeReport, 0).dose, VASTUS_DOSE_REPS), ==, 2);
  g_assert_cmpfloat (vastus_dose_get (&g_array_index (vastus_session_get_knee_reports (fixture->session),
                                                      VastusKneeReport, 1).dose, VASTUS_DOSE_REPS), ==, 1);
}

/* Skipping the rest of an exercise: its sets left are skipped, and the next
 * exercise's get-ready follows at once. */
static void
test_skip_exercise (Fixture       *fixture,
                    gconstpointer  data)
{
  guint done, skipped, missed;

  g_assert_false (vastus_session_can_skip_exercise (fixture->session));
  vastus_session_start (fixture->session);
  run_to (fixture, 7);                                  /* the first set, left leg */
  advance (fixture, 2);
  g_assert_true (vastus_session_can_skip_exercise (fixture->session));
  vastus_session_skip_exercise (fixture->session);

  g_assert_cmpuint (vastus_session_get_step_index (fixture->session), ==, 17);
  g_assert_cmpint (step (fixture)->phase, ==, VASTUS_PHASE_PREPARE);
  g_assert_cmpuint (step (fixture)->exercise, ==, 2);
  g_assert_cmpint (vastus_session_get_remaining (fixture->session), ==, 10 * S);
  g_assert_cmpint (vastus_session_get_state (fixture->session), ==, VASTUS_SESSION_RUNNING);

  g_assert_false (record (fixture, 2)->skipped);
  g_assert_cmpuint (record (fixture, 2)->done_reps, ==, 3);
  g_assert_true (record (fixture, 3)->reached && record (fixture, 3)->skipped);
  g_assert_cmpint (record (fixture, 3)->done_duration, ==, 2 * S);
  for (guint i = 4; i < 8; i++)
    g_assert_true (record (fixture, i)->reached && record (fixture, i)->skipped);
  g_assert_false (record (fixture, 8)->reached);
  vastus_session_count_sets (fixture->session, &done, &skipped, &missed);
  g_assert_cmpuint (done, ==, 3);
  g_assert_cmpuint (skipped, ==, 5);
  g_assert_cmpuint (missed, ==, 1);

  /* Skipping the last exercise ends the session. */
  run_to (fixture, 18);
  advance (fixture, 4);
  vastus_session_skip_exercise (fixture->session);
  g_assert_cmpint (vastus_session_get_state (fixture->session), ==, VASTUS_SESSION_FINISHED);
  g_assert_cmpint (vastus_session_get_end_reason (fixture->session), ==, VASTUS_END_COMPLETED);
  g_assert_cmpint (step (fixture)->phase, ==, VASTUS_PHASE_DONE);
  g_assert_true (record (fixture, 8)->reached && record (fixture, 8)->skipped);
  g_assert_false (vastus_session_can_skip_exercise (fixture->session));
  g_assert_cmpuint (vastus_fake_clock_n_pending (VASTUS_FAKE_CLOCK (fixture->clock)), ==, 0);
}

/* From the get-ready, from a rest between sets; not from a rest between
 * exercises, nor once ended. */
static void
test_skip_exercise_phases (Fixture       *fixture,
                           gconstpointer  data)
{
  vastus_session_start (fixture->session);
  vastus_session_skip_exercise (fixture->session);     /* from the first get-ready */
  g_assert_cmpuint (vastus_session_get_step_index (fixture->session), ==, 4);
  g_assert_true (record (fixture, 0)->skipped && record (fixture, 1)->skipped);

  run_to (fixture, 3 + 5);                             /* a rest between the paced sets */
  g_assert_cmpint (step (fixture)->phase, ==, VASTUS_PHASE_REST_SET);
  vastus_session_skip_exercise (fixture->session);
  g_assert_cmpuint (vastus_session_get_step_index (fixture->session), ==, 17);
  g_assert_false (record (fixture, 3)->skipped);
  g_assert_true (record (fixture, 4)->skipped);

  /* Paused, it moves on and stays paused. */
  g_clear_object (&fixture->session);
  fixture->session = vastus_session_new (fixture->clock, fixture->plan);
  vastus_session_start (fixture->session);
  run_to (fixture, 3);
  g_assert_cmpint (step (fixture)->phase, ==, VASTUS_PHASE_REST_EXERCISE);
  g_assert_false (vastus_session_can_skip_exercise (fixture->session));
  vastus_session_skip_exercise (fixture->session);
  g_assert_cmpuint (vastus_session_get_step_index (fixture->session), ==, 3);
  g_assert_false (record (fixture, 2)->reached);

  advance (fixture, 20);
  vastus_session_pause (fixture->session);
  g_assert_true (vastus_session_can_skip_exercise (fixture->session));
  vastus_session_skip_exercise (fixture->session);
  g_assert_cmpuint (vastus_session_get_step_index (fixture->session), ==, 17);
  g_assert_cmpint (vastus_session_get_state (fixture->session), ==, VASTUS_SESSION_PAUSED);
  g_assert_cmpint (vastus_session_get_remaining (fixture->session), ==, 10 * S);

  vastus_session_stop (fixture->session, VASTUS_END_STOPPED);
  g_assert_false (vastus_session_can_skip_exercise (fixture->session));
  vastus_session_skip_exercise (fixture->session);
  g_assert_cmpuint (vastus_session_get_step_index (fixture->session), ==, 17);
  g_assert_false (record (fixture, 8)->reached);
}

static void
test_exercise_under_way (Fixture       *fixture,
                         gconstpointer  data)
{
  static const guint expected[] = { 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2 };

  vastus_session_start (fixture->session);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      run_to (fixture, i);
      g_assert_cmpuint (vastus_session_get_exercise_under_way (fixture->session), ==, expected[i]);
    }
  /* The rest before the paced exercise belongs to the holds before it. */
  g_assert_cmpint (vastus_plan_get_step (fixture->plan, 3)->exercise, ==, 1);

  vastus_session_done (fixture->session, -1);
  g_assert_cmpint (vastus_session_get_end_reason (fixture->session), ==, VASTUS_END_COMPLETED);
  g_assert_cmpuint (vastus_session_get_exercise_under_way (fixture->session), ==, G_MAXUINT);
}

static void
test_report_knee (Fixture       *fixture,
                  gconstpointer  data)
{
  GArray *reports = vastus_session_get_knee_reports (fixture->session);

  vastus_session_start (fixture->session);
  run_to (fixture, 11);                                /* the second set, left leg */
  vastus_session_report_knee (fixture->session, VASTUS_KNEE_WARNING_SIGNS);
  g_assert_cmpuint (reports->len, ==, 1);
  assert_knee_report (fixture->session, 0, PACED, 1, VASTUS_KNEE_WARNING_SIGNS);

  /* Reporting changes nothing else. */
  g_assert_true (vastus_session_get_plan (fixture->session) == fixture->plan);
  g_assert_cmpuint (vastus_session_get_step_index (fixture->session), ==, 11);

  run_to (fixture, 16);                                /* the rest after it */
  vastus_session_report_knee (fixture->session, VASTUS_KNEE_SKIPPED);
  g_assert_cmpuint (reports->len, ==, 2);
  assert_knee_report (fixture->session, 1, PACED, 2, VASTUS_KNEE_SKIPPED);  /* after its last set */

  run_to (fixture, 18);
  vastus_session_report_knee (fixture->session, VASTUS_KNEE_ENDED);
  vastus_session_stop (fixture->session, VASTUS_END_PAIN);
  assert_knee_report (fixture->session, 2, 2, 0, VASTUS_KNEE_ENDED);
  g_assert_cmpuint (reports->len, ==, 3);
  g_assert_cmpuint (record (fixture, 8)->done_reps, ==, 5);
}

/* Checkpoints of sessions made easier */

static char *
checkpoint_path (char **folder)
{
  *folder = g_dir_make_tmp ("vastus-checkpoint-XXXXXX", NULL);
  g_assert_nonnull (*folder);
  return g_build_filename (*folder, "session-in-progress.json", NULL);
}

static void
remove_checkpoint (char *folder,
                   char *path)
{
  g_unlink (path);
  g_assert_cmpint (g_rmdir (folder), ==, 0);
}

static void
assert_same_knee_reports (VastusSession *a,
                          VastusSession *b)
{
  GArray *ra = vastus_session_get_knee_reports (a);
  GArray *rb = vastus_session_get_knee_reports (b);

  g_assert_cmpuint (ra->len, ==, rb->len);
  for (guint i = 0; i < ra->len; i++)
    {
      const VastusKneeReport *x = &g_array_index (ra, VastusKneeReport, i);
      const VastusKneeReport *y = &g_array_index (rb, VastusKneeReport, i);

      g_assert_cmpuint (x->exercise, ==, y->exercise);
      g_assert_cmpuint (x->set, ==, y->set);
      g_assert_cmpint (x->action, ==, y->action);
      if (x->action == VASTUS_KNEE_EASIER)
        for (VastusDoseValue v = 0; v < VASTUS_DOSE_N_VALUES; v++)
          {
            g_assert_cmpint (vastus_dose_has (&x->dose, v), ==, vastus_dose_has (&y->dose, v));
            g_assert_cmpfloat (vastus_dose_get (&x->dose, v), ==, vastus_dose_get (&y->dose, v));
          }
    }
}

/* Made easier, with fewer sets, and a report after: resumed on the
 * programme's plan, it goes on at the easier dose, at the same step, with
 * the same reports and records. */
static void
test_checkpoint_eased (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *folder = NULL;
  g_autofree char *path = checkpoint_path (&folder);
  g_autoptr (GError) error = NULL;
  g_autoptr (VastusSession) resumed = NULL;
  g_autoptr (VastusClock) later = vastus_fake_clock_new (5000 * S);
  VastusDose easier = paced_dose (fixture, 2, 2);
  VastusPlan *plan, *resumed_plan;
  GArray *before, *after;
  gint64 saved_at = 0;
  guint saved_step = 0;
  gboolean peeked;

  vastus_session_start (fixture->session);
  run_to (fixture, 9);
  advance (fixture, 2);
  g_assert_true (vastus_session_ease (fixture->session, &easier));
  plan = vastus_session_get_plan (fixture->session);
  g_assert_cmpuint (vastus_plan_get_n_steps (plan), ==, 16);
  run_to (fixture, 11);
  advance (fixture, 1);
  vastus_session_report_knee (fixture->session, VASTUS_KNEE_WARNING_SIGNS);
  g_assert_true (vastus_checkpoint_save (fixture->session, path, &error));
  g_assert_no_error (error);

  peeked = vastus_checkpoint_peek (path, fixture->plan, &saved_step, &saved_at, &error);
  g_assert_no_error (error);
  g_assert_true (peeked);
  g_assert_cmpuint (saved_step, ==, 11);
  g_assert_cmpint (saved_at, >, 0);

  resumed = vastus_checkpoint_resume (path, later, fixture->plan, &error);
  g_assert_no_error (error);
  g_assert_nonnull (resumed);
  resumed_plan = vastus_session_get_plan (resumed);
  g_assert_true (resumed_plan != fixture->plan);
  g_assert_cmpuint (vastus_plan_get_n_steps (resumed_plan), ==, vastus_plan_get_n_steps (plan));
  for (guint i = 0; i < vastus_plan_get_n_steps (plan); i++)
    {
      const VastusPlanStep *x = vastus_plan_get_step (plan, i);
      const VastusPlanStep *y = vastus_plan_get_step (resumed_plan, i);

      g_assert_cmpint (x->phase, ==, y->phase);
      g_assert_cmpuint (x->exercise, ==, y->exercise);
      g_assert_cmpuint (x->set, ==, y->set);
      g_assert_cmpuint (x->n_sets, ==, y->n_sets);
      g_assert_cmpint (x->leg, ==, y->leg);
      g_assert_cmpuint (x->reps, ==, y->reps);
      g_assert_cmpint (x->duration, ==, y->duration);
    }
  g_assert_cmpfloat (vastus_dose_get (vastus_plan_get_dose (resumed_plan, PACED), VASTUS_DOSE_REPS), ==, 2);
  g_assert_cmpfloat (vastus_dose_get (vastus_plan_get_dose (resumed_plan, PACED), VASTUS_DOSE_SETS), ==, 2);
  g_assert_cmpfloat (vastus_dose_get (vastus_plan_get_dose (fixture->plan, PACED), VASTUS_DOSE_REPS), ==, 3);

  g_assert_cmpuint (vastus_session_get_step_index (resumed), ==, 11);
  g_assert_cmpint (vastus_session_get_step (resumed)->leg, ==, VASTUS_LEG_LEFT);
  g_assert_cmpint (vastus_session_get_remaining (resumed), ==, 6 * S);
  g_assert_cmpuint (vastus_session_get_knee_reports (resumed)->len, ==, 2);
  assert_knee_report (resumed, 0, PACED, 1, VASTUS_KNEE_EASIER);
  assert_knee_report (resumed, 1, PACED, 1, VASTUS_KNEE_WARNING_SIGNS);
  assert_same_knee_reports (fixture->session, resumed);

  before = vastus_session_get_records (fixture->session);
  after = vastus_session_get_records (resumed);
  g_assert_cmpuint (before->len, ==, 7);
  g_assert_cmpuint (after->len, ==, before->len);
  for (guint i = 0; i < before->len; i++)
    {
      const VastusSetRecord *a = &g_array_index (before, VastusSetRecord, i);
      const VastusSetRecord *b = &g_array_index (after, VastusSetRecord, i);

      g_assert_cmpuint (a->step, ==, b->step);
      g_assert_cmpuint (a->planned_reps, ==, b->planned_reps);
      g_assert_cmpint (a->planned_duration, ==, b->planned_duration);
      g_assert_cmpint (a->reached, ==, b->reached);
      g_assert_cmpint (a->skipped, ==, b->skipped);
      g_assert_cmpuint (a->done_reps, ==, b->done_reps);
      g_assert_cmpint (a->done_duration, ==, b->done_duration);
    }

  g_clear_object (&resumed);
  remove_checkpoint (folder, path);
}

/* Resumes or refuses @text, and peeks at it the same way. */
static VastusSession *
resume_text (Fixture     *fixture,
             const char  *path,
             const char  *text,
             GError     **error)
{
  g_autoptr (GError) peek_error = NULL;
  VastusSession *session;
  guint saved_step = G_MAXUINT;
  gint64 saved_at = 0;
  gboolean peeked;

  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  peeked = vastus_checkpoint_peek (path, fixture->plan, &saved_step, &saved_at, &peek_error);
  session = vastus_checkpoint_resume (path, fixture->clock, fixture->plan, error);
  g_assert_true (peeked == (session != NULL));
  if (!peeked)
    g_assert_error (peek_error, VASTUS_CHECKPOINT_ERROR, VASTUS_CHECKPOINT_ERROR_INVALID);
  return session;
}

static void
assert_refused (Fixture    *fixture,
                const char *path,
                const char *text)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (VastusSession) session = NULL;

  g_test_message ("checkpoint: %s", text);
  session = resume_text (fixture, path, text, &error);
  g_assert_null (session);
  g_assert_error (error, VASTUS_CHECKPOINT_ERROR, VASTUS_CHECKPOINT_ERROR_INVALID);
  g_assert_true (g_str_has_prefix (error->message, "session-in-progress.json: "));
}

static void
assert_accepted (Fixture    *fixture,
                 const char *path,
                 const char *text)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (VastusSession) session = NULL;

  g_test_message ("checkpoint: %s", text);
  session = resume_text (fixture, path, text, &error);
  g_assert_no_error (error);
  g_assert_nonnull (session);
  vastus_session_stop (session, VASTUS_END_STOPPED);
}

/* A damaged "knee" entry is refused, never trusted or crashed on. */
static void
test_checkpoint_bad_knee (Fixture       *fixture,
                          gconstpointer  data)
{
  static const struct { const char *key; const char *value; } bad_fields[] = {
    { "exercise", "3" },                 /* the plan has three exercises */
    { "exercise", "-1" },
    { "exercise", "1e300" },
    { "exercise", "\"1\"" },
    { "exercise", NULL },
    { "set", "1e300" },
    { "set", "-1" },
    { "set", "null" },
    { "action", "\"exploded\"" },
    { "action", "\"\"" },
    { "action", "3" },
    { "action", NULL },
    { "dose", "\"easy\"" },
    { "dose", "5" },
    { "dose", "[]" },
    { "dose", "{\"sets\": -2, \"reps\": 2, \"rest_s\": 5}" },
    { "dose", "{\"sets\": 3, \"reps\": 2}" },
    { "dose", NULL },
  };
  static const char * const bad_lists[] = {
    "\"sore\"", "{}", "5", "[42]", "[null]", "[[]]",
    "[{\"exercise\": 1, \"set\": 1, \"action\": \"ended\"}, {\"exercise\": 9, \"set\": 0, \"action\": \"ended\"}]",
  };
  g_autofree char *folder = NULL;
  g_autofree char *path = checkpoint_path (&folder);
  g_autofree char *saved = NULL;
  g_autoptr (cJSON) root = NULL;
  VastusDose easier = paced_dose (fixture, 2, 3);

  /* Made easier with as many sets, so that an entry ignored would leave a
   * plan of the same shape: only the entry itself can be refused. */
  vastus_session_start (fixture->session);
  run_to (fixture, 9);
  g_assert_true (vastus_session_ease (fixture->session, &easier));
  g_assert_true (vastus_checkpoint_save (fixture->session, path, NULL));
  g_assert_true (g_file_get_contents (path, &saved, NULL, NULL));
  root = cJSON_Parse (saved);
  g_assert_nonnull (root);
  g_assert_cmpint (cJSON_GetArraySize (cJSON_GetObjectItemCaseSensitive (root, "knee")), ==, 1);
  assert_accepted (fixture, path, saved);

  for (guint i = 0; i < G_N_ELEMENTS (bad_fields); i++)
    {
      g_autoptr (cJSON) copy = cJSON_Duplicate (root, TRUE);
      cJSON *entry = cJSON_GetArrayItem (cJSON_GetObjectItemCaseSensitive (copy, "knee"), 0);
      g_autofree char *text = NULL;

      cJSON_DeleteItemFromObjectCaseSensitive (entry, bad_fields[i].key);
      if (bad_fields[i].value != NULL)
        cJSON_AddItemToObject (entry, bad_fields[i].key, cJSON_Parse (bad_fields[i].value));
      text = cJSON_PrintUnformatted (copy);
      assert_refused (fixture, path, text);
    }

  for (guint i = 0; i < G_N_ELEMENTS (bad_lists); i++)
    {
      g_autoptr (cJSON) copy = cJSON_Duplicate (root, TRUE);
      g_autofree char *text = NULL;

      cJSON_ReplaceItemInObjectCaseSensitive (copy, "knee", cJSON_Parse (bad_lists[i]));
      text = cJSON_PrintUnformatted (copy);
      assert_refused (fixture, path, text);
    }

  remove_checkpoint (folder, path);
}

/* Written by hand: a checkpoint of the programme's plan at its first step. */
static char *
hand_made (const char *knee)
{
  return g_strdup_printf ("{\"version\": 1, \"saved_at\": 1795249812, \"started_at\": 1795249800,"
                          " \"step\": 0, \"steps\": 20, \"exercises\": [\"hold\", \"paced\", \"counted\"],"
                          " \"sets\": [{}, {}, {}, {}, {}, {}, {}, {}, {}], \"knee\": %s}", knee);
}

static void
test_checkpoint_hand_made (Fixture       *fixture,
                           gconstpointer  data)
{
  static const char * const bad[] = {
    "{\"exercise\": 1, \"set\": 0, \"action\": \"ended\"}",
    "[{\"exercise\": -1, \"set\": 0, \"action\": \"ended\"}]",
    "[{\"exercise\": 3, \"set\": 0, \"action\": \"easier\", \"dose\": {\"sets\": 1, \"reps\": 1, \"rest_s\": 0}}]",
    "[{\"exercise\": 1, \"set\": 1e300, \"action\": \"ended\"}]",
    "[{\"exercise\": 1, \"set\": 0, \"action\": \"easier\", \"dose\": \"gentle\"}]",
    "[{\"exercise\": 1, \"set\": 0, \"action\": \"hurt a lot\"}]",
    "[{\"exercise\": 1e300, \"set\": 0, \"action\": \"ended\"}]",
    "[{}]",
  };
  g_autofree char *folder = NULL;
  g_autofree char *path = checkpoint_path (&folder);
  g_autofree char *good = hand_made ("[{\"exercise\": 1, \"set\": 0, \"action\": \"warning-signs\"}]");
  g_autofree char *eased = hand_made ("[{\"exercise\": 1, \"set\": 0, \"action\": \"easier\","
                                      " \"dose\": {\"sets\": 3, \"reps\": 1, \"rest_s\": 5}}]");
  g_autoptr (GError) error = NULL;
  g_autoptr (VastusSession) session = NULL;

  /* The same file with good entries is taken. */
  assert_accepted (fixture, path, good);
  session = resume_text (fixture, path, eased, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (vastus_plan_get_step (vastus_session_get_plan (session), 5)->reps, ==, 1);
  assert_knee_report (session, 0, PACED, 0, VASTUS_KNEE_EASIER);
  g_clear_object (&session);

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *text = hand_made (bad[i]);

      assert_refused (fixture, path, text);
    }

  remove_checkpoint (folder, path);
}

/* Numbers out of range, which were cast unchecked (a cast undefined in C):
 * each makes the checkpoint refused, by peek and resume alike. */
static void
test_checkpoint_out_of_range (Fixture       *fixture,
                              gconstpointer  data)
{
  static const struct { const char *where; const char *key; const char *value; } bad[] = {
    { NULL, "steps", "4294967316" },      /* 2³² + 20: once read as the plan's 20 */
    { NULL, "steps", "1e20" },
    { NULL, "steps", "-1" },
    { NULL, "step", "0.5" },
    { NULL, "step", "1e300" },
    { NULL, "step", "-1" },
    { NULL, "saved_at", "1e300" },
    { NULL, "saved_at", "-1" },
    { NULL, "saved_at", "\"yesterday\"" },
    { NULL, "started_at", "1e300" },
    { NULL, "started_at", "-5" },
    { "sets", "reps", "1e20" },
    { "sets", "reps", "4294967306" },
    { "sets", "reps", "-1" },
    { "sets", "reps", "2.5" },
    { "sets", "ms", "1e300" },
    { "sets", "ms", "-1" },
    { "sets", "ms", "1e20" },
    { "knee", "exercise", "0.5" },
    { "knee", "set", "1e20" },
    { "knee", "set", "2.5" },
  };
  g_autofree char *folder = NULL;
  g_autofree char *path = checkpoint_path (&folder);
  g_autofree char *good = hand_made ("[{\"exercise\": 1, \"set\": 0, \"action\": \"warning-signs\"}]");
  g_autoptr (cJSON) root = cJSON_Parse (good);

  /* In range, the same numbers are taken. */
  cJSON_ReplaceItemInArray (cJSON_GetObjectItemCaseSensitive (root, "sets"), 0,
                            cJSON_Parse ("{\"reached\": true, \"reps\": 5, \"ms\": 12000}"));
  {
    g_autofree char *text = cJSON_PrintUnformatted (root);
    assert_accepted (fixture, path, text);
  }

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr (cJSON) copy = cJSON_Duplicate (root, TRUE);
      cJSON *object = bad[i].where == NULL ? copy
                      : cJSON_GetArrayItem (cJSON_GetObjectItemCaseSensitive (copy, bad[i].where), 0);
      g_autofree char *text = NULL;

      g_assert_nonnull (object);
      cJSON_DeleteItemFromObjectCaseSensitive (object, bad[i].key);
      cJSON_AddItemToObject (object, bad[i].key, cJSON_Parse (bad[i].value));
      text = cJSON_PrintUnformatted (copy);
      assert_refused (fixture, path, text);
    }

  remove_checkpoint (folder, path);
}

/* A NUL character (`\u0000`) in a text cut it: an exercise or an action
 * so cut could pass for another, so the checkpoint is refused. */
static void
test_checkpoint_nul_character (Fixture       *fixture,
                               gconstpointer  data)
{
  static const char * const bad[] = {
    "{\"version\": 1, \"step\": 0, \"steps\": 20, \"exercises\": [\"hold\\u0000x\", \"paced\", \"counted\"],"
    " \"sets\": [{}, {}, {}, {}, {}, {}, {}, {}, {}]}",
    "{\"version\": 1, \"step\": 0, \"steps\": 20, \"exercises\": [\"hold\", \"paced\", \"counted\"],"
    " \"sets\": [{}, {}, {}, {}, {}, {}, {}, {}, {}],"
    " \"knee\": [{\"exercise\": 1, \"set\": 0, \"action\": \"warning-signs\\u0000!\"}]}",
  };
  g_autofree char *folder = NULL;
  g_autofree char *path = checkpoint_path (&folder);

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    assert_refused (fixture, path, bad[i]);

  remove_checkpoint (folder, path);
}

/* Pacing: one-leg work switches legs after each set, and one leg's set is
 * the other's rest; work lying on one side does all its sets on one side,
 * then rolls over; a rest of nothing is no step. */
static const char *pacing_json =
  "{ \"format\": 1, \"exercises\": ["
  "  { \"id\": \"counted-one\", \"name\": \"A\", \"summary\": \"s\", \"category\": \"strength\", \"muscles\": [\"vmo\"],"
  "    \"equipment\": [\"step\"], \"level\": 2, \"side\": \"one\", \"dose\": { \"sets\": 2, \"reps\": 10, \"rest_s\": 45 },"
  "    \"steps\": [\"a\"], \"cues\": [\"b\"], \"cautions\": [] },"
  "  { \"id\": \"side-lying\", \"name\": \"B\", \"summary\": \"s\", \"category\": \"strength\", \"muscles\": [\"glutes\"],"
  "    \"equipment\": [\"mat\"], \"level\": 1, \"side\": \"one\", \"switch_sides\": \"after-all-sets\","
  "    \"dose\": { \"sets\": 2, \"reps\": 10, \"rest_s\": 30 },"
  "    \"steps\": [\"a\"], \"cues\": [\"b\"], \"cautions\": [] },"
  "  { \"id\": \"long-rest\", \"name\": \"C\", \"summary\": \"s\", \"category\": \"strength\", \"muscles\": [\"vmo\"],"
  "    \"equipment\": [\"step\"], \"level\": 2, \"side\": \"one\", \"dose\": { \"sets\": 2, \"reps\": 5, \"rest_s\": 5 },"
  "    \"steps\": [\"a\"], \"cues\": [\"b\"], \"cautions\": [] } ] }";

typedef struct { VastusPhase phase; VastusLeg leg; guint set; double seconds; } Expected;

static void
assert_steps (VastusPlan     *plan,
              guint           exercise,
              const Expected *expected,
              guint           n)
{
  guint k = 0;

  for (guint i = 0; i < vastus_plan_get_n_steps (plan); i++)
    {
      const VastusPlanStep *s = vastus_plan_get_step (plan, i);

      if (s->exercise != exercise || s->phase == VASTUS_PHASE_PREPARE ||
          s->phase == VASTUS_PHASE_REST_EXERCISE || s->phase == VASTUS_PHASE_DONE)
        continue;
      g_assert_cmpuint (k, <, n);
      g_assert_cmpint (s->phase, ==, expected[k].phase);
      g_assert_cmpint (s->leg, ==, expected[k].leg);
      g_assert_cmpuint (s->set, ==, expected[k].set);
      if (s->phase != VASTUS_PHASE_WORK)
        g_assert_cmpint (s->duration, ==, (gint64) (expected[k].seconds * S));
      k++;
    }
  g_assert_cmpuint (k, ==, n);
}

static void
test_plan_pacing (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (VastusCatalogue) catalogue = vastus_catalogue_new ();
  g_autoptr (VastusPlan) plan = vastus_plan_new (VASTUS_LEG_LEFT);
  static const Expected alternating[] = {
    { VASTUS_PHASE_WORK, VASTUS_LEG_LEFT, 0, 0 },
    { VASTUS_PHASE_SWITCH_SIDES, VASTUS_LEG_RIGHT, 0, 5 },
    { VASTUS_PHASE_WORK, VASTUS_LEG_RIGHT, 0, 0 },
    /* 45 s of rest, less the right leg's 30 s set */
    { VASTUS_PHASE_REST_SET, VASTUS_LEG_LEFT, 1, 15 },
    { VASTUS_PHASE_WORK, VASTUS_LEG_LEFT, 1, 0 },
    { VASTUS_PHASE_SWITCH_SIDES, VASTUS_LEG_RIGHT, 1, 5 },
    { VASTUS_PHASE_WORK, VASTUS_LEG_RIGHT, 1, 0 },
  };
  static const Expected in_turn[] = {
    { VASTUS_PHASE_WORK, VASTUS_LEG_LEFT, 0, 0 },
    { VASTUS_PHASE_REST_SET, VASTUS_LEG_LEFT, 1, 30 },
    { VASTUS_PHASE_WORK, VASTUS_LEG_LEFT, 1, 0 },
    { VASTUS_PHASE_SWITCH_SIDES, VASTUS_LEG_RIGHT, 0, VASTUS_ROLL_OVER_SECONDS },
    { VASTUS_PHASE_WORK, VASTUS_LEG_RIGHT, 0, 0 },
    { VASTUS_PHASE_REST_SET, VASTUS_LEG_RIGHT, 1, 30 },
    { VASTUS_PHASE_WORK, VASTUS_LEG_RIGHT, 1, 0 },
  };
  static const Expected no_rest[] = {
    { VASTUS_PHASE_WORK, VASTUS_LEG_LEFT, 0, 0 },
    { VASTUS_PHASE_SWITCH_SIDES, VASTUS_LEG_RIGHT, 0, 5 },
    { VASTUS_PHASE_WORK, VASTUS_LEG_RIGHT, 0, 0 },
    /* The rest is over before the right leg's set is: straight back. */
    { VASTUS_PHASE_SWITCH_SIDES, VASTUS_LEG_LEFT, 1, 5 },
    { VASTUS_PHASE_WORK, VASTUS_LEG_LEFT, 1, 0 },
    { VASTUS_PHASE_SWITCH_SIDES, VASTUS_LEG_RIGHT, 1, 5 },
    { VASTUS_PHASE_WORK, VASTUS_LEG_RIGHT, 1, 0 },
  };
  const char *ids[] = { "counted-one", "side-lying", "long-rest" };

  g_assert_true (vastus_catalogue_load_data (catalogue, pacing_json, strlen (pacing_json),
                                             "pacing.json", "/tmp", &error));
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      VastusExercise *exercise = vastus_catalogue_lookup (catalogue, ids[i]);

      vastus_plan_add (plan, exercise, vastus_exercise_get_dose (exercise));
    }
  assert_steps (plan, 0, alternating, G_N_ELEMENTS (alternating));
  assert_steps (plan, 1, in_turn, G_N_ELEMENTS (in_turn));
  assert_steps (plan, 2, no_rest, G_N_ELEMENTS (no_rest));
  g_assert_cmpint (vastus_plan_get_step (plan, 1)->phase, ==, VASTUS_PHASE_WORK);
}

/* On the sore leg only, as a physiotherapist may ask: every set on the first
 * (sore) leg, a full rest between them, no switch of legs; side-lying work
 * does not roll over. */
static void
test_plan_sore_leg_only (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (VastusCatalogue) catalogue = vastus_catalogue_new ();
  g_autoptr (VastusPlan) plan = vastus_plan_new (VASTUS_LEG_RIGHT);
  g_autoptr (VastusPlan) both = vastus_plan_new (VASTUS_LEG_RIGHT);
  static const Expected alternating[] = {
    { VASTUS_PHASE_WORK, VASTUS_LEG_RIGHT, 0, 0 },
    { VASTUS_PHASE_REST_SET, VASTUS_LEG_RIGHT, 1, 45 },
    { VASTUS_PHASE_WORK, VASTUS_LEG_RIGHT, 1, 0 },
  };
  static const Expected in_turn[] = {
    { VASTUS_PHASE_WORK, VASTUS_LEG_RIGHT, 0, 0 },
    { VASTUS_PHASE_REST_SET, VASTUS_LEG_RIGHT, 1, 30 },
    { VASTUS_PHASE_WORK, VASTUS_LEG_RIGHT, 1, 0 },
  };
  const char *ids[] = { "counted-one", "side-lying" };

  g_assert_true (vastus_catalogue_load_data (catalogue, pacing_json, strlen (pacing_json),
                                             "pacing.json", "/tmp", &error));
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      VastusExercise *exercise = vastus_catalogue_lookup (catalogue, ids[i]);
      VastusDose dose = *vastus_exercise_get_dose (exercise);

      vastus_plan_add (both, exercise, &dose);
      vastus_dose_set_sore_leg_only (&dose, TRUE);
      vastus_plan_add (plan, exercise, &dose);
    }
  assert_steps (plan, 0, alternating, G_N_ELEMENTS (alternating));
  assert_steps (plan, 1, in_turn, G_N_ELEMENTS (in_turn));
  g_assert_cmpint (vastus_plan_get_duration (plan), <, vastus_plan_get_duration (both));
}

/* Eased on the first side of side-lying work, the other side's sets, all
 * still to come, are eased too; eased on the second side, the first side's
 * sets stay as they were done. */
static void
test_plan_eased_in_turn (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (VastusCatalogue) catalogue = vastus_catalogue_new ();
  g_autoptr (VastusPlan) plan = vastus_plan_new (VASTUS_LEG_RIGHT);
  g_autoptr (VastusPlan) first_side = NULL;
  g_autoptr (VastusPlan) second_side = NULL;
  VastusExercise *exercise;
  VastusDose easier;

  g_assert_true (vastus_catalogue_load_data (catalogue, pacing_json, strlen (pacing_json),
                                             "pacing.json", "/tmp", &error));
  exercise = vastus_catalogue_lookup (catalogue, "side-lying");
  vastus_plan_add (plan, exercise, vastus_exercise_get_dose (exercise));
  easier = *vastus_exercise_get_dose (exercise);
  vastus_dose_set (&easier, VASTUS_DOSE_REPS, 6);

  /* Right side first: 0 get ready, 1 R0, 2 rest, 3 R1, 4 roll over, 5 L0, 6 rest, 7 L1 */
  first_side = vastus_plan_new_eased (plan, 0, 1, VASTUS_LEG_RIGHT, &easier);
  g_assert_cmpuint (vastus_plan_get_step (first_side, 1)->reps, ==, 10);
  g_assert_cmpuint (vastus_plan_get_step (first_side, 3)->reps, ==, 6);
  g_assert_cmpuint (vastus_plan_get_step (first_side, 5)->reps, ==, 6);
  g_assert_cmpuint (vastus_plan_get_step (first_side, 7)->reps, ==, 6);

  second_side = vastus_plan_new_eased (plan, 0, 1, VASTUS_LEG_LEFT, &easier);
  g_assert_cmpuint (vastus_plan_get_step (second_side, 1)->reps, ==, 10);
  g_assert_cmpuint (vastus_plan_get_step (second_side, 3)->reps, ==, 10);
  g_assert_cmpuint (vastus_plan_get_step (second_side, 5)->reps, ==, 10);
  g_assert_cmpuint (vastus_plan_get_step (second_side, 7)->reps, ==, 6);
}

int
main (int   argc,
      char *argv[])
{
  /* Before anything reads HOME or the XDG folders. */
  vastus_test_env_init ();

  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/vastus/session/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("plan", test_plan);
  g_test_add_func ("/vastus/session/plan-pacing", test_plan_pacing);
  g_test_add_func ("/vastus/session/plan-eased-in-turn", test_plan_eased_in_turn);
  g_test_add_func ("/vastus/session/plan-sore-leg-only", test_plan_sore_leg_only);
  ADD ("whole-session", test_whole_session);
  ADD ("records", test_records);
  ADD ("pause-across-boundary", test_pause_across_boundary);
  ADD ("skip-each-phase", test_skip_each_phase);
  ADD ("back-each-phase", test_back_each_phase);
  ADD ("paced-reps", test_paced_reps);
  ADD ("start-at-and-stop", test_start_at_and_stop);
  ADD ("checkpoint-resume", test_checkpoint_resume);
  ADD ("checkpoint-other-plan", test_checkpoint_other_plan);

#define ADD3(path, func) \
  g_test_add ("/vastus/session/" path, Fixture, &three_sets, fixture_set_up, func, fixture_tear_down)

  ADD3 ("ease-work", test_ease_work);
  ADD3 ("ease-second-leg", test_ease_second_leg);
  ADD3 ("ease-fewer-sets-last-set", test_ease_fewer_sets_last_set);
  ADD3 ("ease-fewer-sets-middle", test_ease_fewer_sets_middle);
  ADD3 ("ease-prepare", test_ease_prepare);
  ADD3 ("ease-rest-exercise", test_ease_rest_exercise);
  ADD3 ("ease-twice", test_ease_twice);
  ADD3 ("skip-exercise", test_skip_exercise);
  ADD3 ("skip-exercise-phases", test_skip_exercise_phases);
  ADD3 ("exercise-under-way", test_exercise_under_way);
  ADD3 ("report-knee", test_report_knee);
  ADD3 ("checkpoint-eased", test_checkpoint_eased);
  ADD3 ("checkpoint-bad-knee", test_checkpoint_bad_knee);
  ADD3 ("checkpoint-hand-made", test_checkpoint_hand_made);
  ADD3 ("checkpoint-out-of-range", test_checkpoint_out_of_range);
  ADD3 ("checkpoint-nul-character", test_checkpoint_nul_character);

  return g_test_run ();
}
