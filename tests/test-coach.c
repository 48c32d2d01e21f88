/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "vastus-catalogue.h"
#include "vastus-coach.h"
#include "vastus-education.h"
#include "vastus-test-env.h"

/*
 * The coach on a fake clock: the moments it speaks up (a new step, halfway,
 * 10 s left, 3-2-1, tempo ticks), that pausing neither says them nor repeats
 * them, and the words it shows and announces.
 */

#define S ((gint64) G_USEC_PER_SEC)

static const char *catalogue_json =
  "{ \"format\": 1, \"exercises\": ["
  "  { \"id\": \"wall-sit\", \"name\": \"Wall sit\", \"summary\": \"s\", \"category\": \"isometric\","
  "    \"muscles\": [\"vmo\"], \"equipment\": [\"wall\"], \"level\": 1, \"side\": \"both\","
  "    \"dose\": { \"sets\": 2, \"hold_s\": 30, \"rest_s\": 20 },"
  "    \"steps\": [\"a\"], \"cues\": [\"b\"], \"cautions\": [] },"
  "  { \"id\": \"step-down\", \"name\": \"Step-down\", \"summary\": \"s\", \"category\": \"strength\","
  "    \"muscles\": [\"vmo\"], \"equipment\": [\"step\"], \"level\": 2, \"side\": \"one\","
  "    \"dose\": { \"sets\": 1, \"reps\": 3, \"rest_s\": 0,"
  "    \"tempo\": [ { \"cue\": \"lower\", \"s\": 2 }, { \"cue\": \"rise\", \"s\": 1 } ] },"
  "    \"steps\": [\"a\"], \"cues\": [\"b\"], \"cautions\": [] },"
  "  { \"id\": \"bridge\", \"name\": \"Bridge\", \"summary\": \"s\", \"category\": \"strength\","
  "    \"muscles\": [\"glutes\"], \"equipment\": [\"mat\"], \"level\": 1, \"side\": \"both\","
  "    \"dose\": { \"sets\": 1, \"reps\": 8, \"rest_s\": 0 },"
  "    \"steps\": [\"a\"], \"cues\": [\"b\"], \"cautions\": [] } ] }";

typedef struct
{
  gint64        at;      /* from the start, in microseconds */
  VastusCueKind kind;
  guint         count;
} Heard;

typedef struct
{
  VastusCatalogue *catalogue;
  VastusClock     *clock;
  VastusPlan      *plan;
  VastusSession   *session;
  VastusCoach     *coach;
  GArray          *heard;    /* Heard */
  GString         *spoken;   /* "second: words" a line */
  gint64           start;
} Fixture;

static void
cue_cb (VastusCoach   *coach,
        guint          kind,
        guint          count,
        Fixture       *fixture)
{
  Heard heard = { vastus_clock_now (fixture->clock) - fixture->start, kind, count };
  g_autofree char *words = vastus_coach_announce (fixture->session, kind, count);

  /* Every cue but a tempo tick has words, and they are never empty. */
  if (kind == VASTUS_CUE_TEMPO)
    g_assert_null (words);
  else
    g_assert_true (words != NULL && *words != '\0');
  g_array_append_val (fixture->heard, heard);

  {
    g_autofree char *said = vastus_coach_speak (fixture->session, kind, count);

    /* Spoken words are never empty: a cue is said or is a tone only. */
    if (said != NULL)
      {
        g_assert_cmpstr (said, !=, "");
        g_string_append_printf (fixture->spoken, "%" G_GINT64_FORMAT " %s\n", heard.at / S, said);
      }
  }
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  const char *ids[] = { "wall-sit", "step-down", "bridge" };

  fixture->catalogue = vastus_catalogue_new ();
  g_assert_true (vastus_catalogue_load_data (fixture->catalogue, catalogue_json, strlen (catalogue_json),
                                             "coach.json", "/tmp", &error));
  fixture->start = 1000 * S;
  fixture->clock = vastus_fake_clock_new (fixture->start);
  fixture->plan = vastus_plan_new (VASTUS_LEG_LEFT);
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      VastusExercise *exercise = vastus_catalogue_lookup (fixture->catalogue, ids[i]);
      vastus_plan_add (fixture->plan, exercise, vastus_exercise_get_dose (exercise));
    }
  fixture->session = vastus_session_new (fixture->clock, fixture->plan);
  fixture->coach = vastus_coach_new (fixture->session);
  fixture->heard = g_array_new (FALSE, FALSE, sizeof (Heard));
  fixture->spoken = g_string_new (NULL);
  g_signal_connect (fixture->coach, "cue", G_CALLBACK (cue_cb), fixture);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_assert_finalize_object (fixture->coach);
  g_assert_finalize_object (fixture->session);
  g_assert_finalize_object (fixture->plan);
  g_assert_finalize_object (fixture->clock);
  g_object_unref (fixture->catalogue);
  g_array_unref (fixture->heard);
  g_string_free (fixture->spoken, TRUE);
}

/* Moves the clock on in small, uneven steps, as a main loop would. */
static void
run_for (Fixture *fixture,
         double   seconds)
{
  gint64 left = (gint64) (seconds * S);

  while (left > 0)
    {
      gint64 step = MIN (left, 170 * 1000);
      vastus_fake_clock_advance (VASTUS_FAKE_CLOCK (fixture->clock), step);
      left -= step;
    }
}

static void
assert_heard (Fixture       *fixture,
              guint          index,
              double         at,
              VastusCueKind  kind,
              guint          count)
{
  const Heard *heard;

  g_assert_cmpuint (index, <, fixture->heard->len);
  heard = &g_array_index (fixture->heard, Heard, index);
  g_assert_cmpint (heard->kind, ==, kind);
  g_assert_cmpuint (heard->count, ==, count);
  g_assert_cmpint (heard->at, ==, (gint64) (at * S));
}

/* The first exercise: get ready (10 s), a 30 s hold, a 20 s rest, a hold. */
static void
test_timed_cues (Fixture       *fixture,
                 gconstpointer  data)
{
  guint i = 0;

  vastus_session_start (fixture->session);
  run_for (fixture, 120);

  assert_heard (fixture, i++, 0, VASTUS_CUE_PHASE, 0);
  assert_heard (fixture, i++, 7, VASTUS_CUE_COUNTDOWN, 3);
  assert_heard (fixture, i++, 8, VASTUS_CUE_COUNTDOWN, 2);
  assert_heard (fixture, i++, 9, VASTUS_CUE_COUNTDOWN, 1);
  assert_heard (fixture, i++, 10, VASTUS_CUE_PHASE, 1);       /* the hold */
  assert_heard (fixture, i++, 25, VASTUS_CUE_HALFWAY, 0);
  assert_heard (fixture, i++, 30, VASTUS_CUE_TEN_SECONDS, 10);
  assert_heard (fixture, i++, 37, VASTUS_CUE_COUNTDOWN, 3);
  assert_heard (fixture, i++, 38, VASTUS_CUE_COUNTDOWN, 2);
  assert_heard (fixture, i++, 39, VASTUS_CUE_COUNTDOWN, 1);
  assert_heard (fixture, i++, 40, VASTUS_CUE_PHASE, 2);       /* the rest: 20 s, no halfway */
  assert_heard (fixture, i++, 50, VASTUS_CUE_TEN_SECONDS, 10);
  assert_heard (fixture, i++, 57, VASTUS_CUE_COUNTDOWN, 3);
  assert_heard (fixture, i++, 58, VASTUS_CUE_COUNTDOWN, 2);
  assert_heard (fixture, i++, 59, VASTUS_CUE_COUNTDOWN, 1);
  assert_heard (fixture, i++, 60, VASTUS_CUE_PHASE, 3);       /* the second hold */
  assert_heard (fixture, i++, 75, VASTUS_CUE_HALFWAY, 0);
}

/* Paced reps tick at each phase of the tempo, not at the set's end, and
 * have no countdown over them. */
static void
test_tempo_ticks (Fixture       *fixture,
                  gconstpointer  data)
{
  guint first_paced = 0, i;

  for (i = 0; i < vastus_plan_get_n_steps (fixture->plan); i++)
    if (vastus_plan_get_step (fixture->plan, i)->work == VASTUS_WORK_PACED &&
        vastus_plan_get_step (fixture->plan, i)->phase == VASTUS_PHASE_WORK)
      break;
  first_paced = i;

  vastus_session_start_at (fixture->session, first_paced);
  run_for (fixture, 9.5);

  i = 0;
  assert_heard (fixture, i++, 0, VASTUS_CUE_PHASE, first_paced);
  assert_heard (fixture, i++, 2, VASTUS_CUE_TEMPO, 1);        /* rise */
  assert_heard (fixture, i++, 3, VASTUS_CUE_TEMPO, 0);        /* lower, rep 2 */
  assert_heard (fixture, i++, 5, VASTUS_CUE_TEMPO, 1);
  assert_heard (fixture, i++, 6, VASTUS_CUE_TEMPO, 0);
  assert_heard (fixture, i++, 8, VASTUS_CUE_TEMPO, 1);
  /* The set ends at 9 s: a switch of sides to the right leg. */
  assert_heard (fixture, i++, 9, VASTUS_CUE_PHASE, first_paced + 1);
  g_assert_cmpuint (fixture->heard->len, ==, i);
  g_assert_cmpint (vastus_session_get_step (fixture->session)->phase, ==, VASTUS_PHASE_SWITCH_SIDES);
}

/* A pause says nothing; a resume says what is left, never again what was. */
static void
test_pause (Fixture       *fixture,
            gconstpointer  data)
{
  vastus_session_start (fixture->session);
  run_for (fixture, 7.5);                          /* "3" said at 7 s */
  g_assert_cmpuint (fixture->heard->len, ==, 2);

  vastus_session_pause (fixture->session);
  run_for (fixture, 100);
  g_assert_cmpuint (fixture->heard->len, ==, 2);

  vastus_session_resume (fixture->session);
  run_for (fixture, 2.5);
  assert_heard (fixture, 2, 108, VASTUS_CUE_COUNTDOWN, 2);
  assert_heard (fixture, 3, 109, VASTUS_CUE_COUNTDOWN, 1);
  assert_heard (fixture, 4, 110, VASTUS_CUE_PHASE, 1);
  g_assert_cmpuint (fixture->heard->len, ==, 5);

  /* Stopping leaves nothing waiting on the clock: no cue, no step. */
  vastus_session_stop (fixture->session, VASTUS_END_STOPPED);
  g_assert_cmpuint (vastus_fake_clock_n_pending (VASTUS_FAKE_CLOCK (fixture->clock)), ==, 0);
  run_for (fixture, 60);
  g_assert_cmpuint (fixture->heard->len, ==, 5);
}

/* A counted set waits for Done: no countdown, no ten seconds. */
static void
test_counted (Fixture       *fixture,
              gconstpointer  data)
{
  guint last_work = vastus_plan_get_n_steps (fixture->plan) - 2;

  vastus_session_start_at (fixture->session, last_work);
  g_assert_cmpint (vastus_session_get_step (fixture->session)->work, ==, VASTUS_WORK_COUNTED);
  run_for (fixture, 300);
  g_assert_cmpuint (fixture->heard->len, ==, 1);

  vastus_session_done (fixture->session, 8);
  g_assert_cmpint (vastus_session_get_state (fixture->session), ==, VASTUS_SESSION_FINISHED);
  assert_heard (fixture, 1, 300, VASTUS_CUE_PHASE, last_work + 1);
}

/* What is said aloud, and at which second: each exercise and its dose as
 * it gets ready, "Last set.", the switch of legs, rests, halfway through a
 * long hold and the end; the 3-2-1 and the rest are tones only. */
static void
test_spoken (Fixture       *fixture,
             gconstpointer  data)
{
  vastus_session_start (fixture->session);
  run_for (fixture, 300);
  g_assert_cmpint (vastus_session_get_step (fixture->session)->work, ==, VASTUS_WORK_COUNTED);
  vastus_session_done (fixture->session, 8);

  g_assert_cmpstr (fixture->spoken->str, ==,
                   "0 Wall sit. 2 holds of 30 seconds.\n"
                   "25 Halfway.\n"
                   "40 Rest.\n"
                   "60 Last set.\n"
                   "75 Halfway.\n"
                   "90 Rest.\n"
                   "110 Step-down. 3 reps, each leg.\n"
                   "129 Switch to your right leg.\n"
                   "143 Rest.\n"
                   "163 Bridge. 8 reps.\n"
                   "300 Well done.\n");
}

/* The spoken dose: whole words, sets and legs, for one set or more. */
static void
test_spoken_dose (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (VastusCatalogue) catalogue = vastus_catalogue_new ();
  g_autoptr (VastusPlan) plan = vastus_plan_new (VASTUS_LEG_RIGHT);
  g_autoptr (VastusDose) dose = NULL;
  VastusExercise *step_down;
  VastusExercise *wall_sit;
  char *words;

  g_assert_true (vastus_catalogue_load_data (catalogue, catalogue_json, strlen (catalogue_json),
                                             "coach.json", "/tmp", &error));
  step_down = vastus_catalogue_lookup (catalogue, "step-down");
  wall_sit = vastus_catalogue_lookup (catalogue, "wall-sit");

  dose = vastus_dose_copy (vastus_exercise_get_dose (step_down));
  vastus_dose_set (dose, VASTUS_DOSE_SETS, 3);
  vastus_dose_set (dose, VASTUS_DOSE_REPS, 12);
  vastus_plan_add (plan, step_down, dose);
  vastus_dose_set_sore_leg_only (dose, TRUE);
  vastus_plan_add (plan, step_down, dose);
  g_clear_pointer (&dose, vastus_dose_free);

  dose = vastus_dose_copy (vastus_exercise_get_dose (wall_sit));
  vastus_dose_set (dose, VASTUS_DOSE_SETS, 1);
  vastus_dose_set (dose, VASTUS_DOSE_HOLD, 90);
  vastus_plan_add (plan, wall_sit, dose);

  words = vastus_coach_describe_dose_spoken (plan, 0);
  g_assert_cmpstr (words, ==, "3 sets of 12 reps, each leg.");
  g_free (words);
  words = vastus_coach_describe_dose_spoken (plan, 1);
  g_assert_cmpstr (words, ==, "3 sets of 12 reps, sore leg only.");
  g_free (words);
  words = vastus_coach_describe_dose_spoken (plan, 2);
  g_assert_cmpstr (words, ==, "1 minute 30 seconds.");
  g_free (words);

  /* Untranslated, the words are English, and so is the voice. */
  g_assert_cmpstr (vastus_coach_get_voice (), ==, "en");
}

static char *
announce_phase (Fixture *fixture)
{
  return vastus_coach_announce (fixture->session, VASTUS_CUE_PHASE,
                                vastus_session_get_step_index (fixture->session));
}

static void
assert_count (Fixture    *fixture,
              const char *number,
              const char *unit)
{
  g_autofree char *u = NULL;
  double fraction;
  g_autofree char *n = vastus_coach_describe_count (fixture->session, &u, &fraction);

  g_assert_cmpstr (n, ==, number);
  g_assert_cmpstr (u, ==, unit);
}

#define ASSERT_WORDS(expr, expected) \
  G_STMT_START { g_autofree char *_w = (expr); g_assert_cmpstr (_w, ==, (expected)); } G_STMT_END

static void
test_words (Fixture       *fixture,
            gconstpointer  data)
{
  VastusPlan *plan = fixture->plan;
  VastusSession *session = fixture->session;
  guint step;

  vastus_session_start (session);
  ASSERT_WORDS (vastus_coach_describe_phase (session), "Get ready");
  ASSERT_WORDS (vastus_coach_describe_set (plan, 0), "Set 1 of 2");
  ASSERT_WORDS (vastus_coach_describe_next (plan, 0), "2 × 30 s hold, rest 20 s");
  ASSERT_WORDS (announce_phase (fixture), "Get ready: Wall sit: 2 × 30 s hold, rest 20 s. Starting in 10 seconds.");
  assert_count (fixture, "10", "seconds");

  run_for (fixture, 10.5);
  ASSERT_WORDS (vastus_coach_describe_phase (session), "Hold");
  ASSERT_WORDS (announce_phase (fixture), "Set 1 of 2. Hold for 30 seconds.");
  assert_count (fixture, "30", "seconds");
  run_for (fixture, 29);
  assert_count (fixture, "1", "second");
  ASSERT_WORDS (vastus_coach_announce (session, VASTUS_CUE_COUNTDOWN, 1), "1");
  ASSERT_WORDS (vastus_coach_announce (session, VASTUS_CUE_TEN_SECONDS, 10), "10 seconds left.");

  run_for (fixture, 1);
  ASSERT_WORDS (vastus_coach_describe_phase (session), "Rest");
  ASSERT_WORDS (announce_phase (fixture), "Rest for 20 seconds. Next: Set 2 of 2.");

  /* The rest before the next exercise names it; its get-ready names the leg. */
  run_for (fixture, 50);
  step = vastus_session_get_step_index (session);
  g_assert_cmpint (vastus_session_get_step (session)->phase, ==, VASTUS_PHASE_REST_EXERCISE);
  ASSERT_WORDS (announce_phase (fixture),
                "Rest for 20 seconds. Coming up: Step-down: 3 reps each leg, 2 s down.");
  assert_count (fixture, "20", "seconds");
  ASSERT_WORDS (vastus_coach_describe_set (plan, step), "Left leg");

  vastus_session_skip (session);
  ASSERT_WORDS (announce_phase (fixture),
                "Get ready: Step-down: 3 reps each leg, 2 s down. Start with your left leg in 10 seconds.");
  vastus_session_skip (session);
  ASSERT_WORDS (vastus_coach_describe_phase (session), "Lower slowly");
  ASSERT_WORDS (announce_phase (fixture), "Left leg. 3 reps, follow the pace.");
  assert_count (fixture, "1", "rep 1 of 3");
  ASSERT_WORDS (vastus_coach_describe_next (plan, vastus_session_get_step_index (session)),
                "Next: Right leg");
  run_for (fixture, 2.5);
  ASSERT_WORDS (vastus_coach_describe_phase (session), "Rise");
  run_for (fixture, 1);
  assert_count (fixture, "2", "rep 2 of 3");

  vastus_session_skip (session);
  ASSERT_WORDS (vastus_coach_describe_phase (session), "Switch to your right leg");
  ASSERT_WORDS (announce_phase (fixture), "Switch to your right leg.");
  vastus_session_skip (session);
  ASSERT_WORDS (vastus_coach_describe_next (plan, vastus_session_get_step_index (session)),
                "Next: Bridge: 8 reps");

  vastus_session_skip (session);    /* a skipped last set leaves no rest: the get-ready */
  vastus_session_skip (session);
  g_assert_cmpint (vastus_session_get_step (session)->work, ==, VASTUS_WORK_COUNTED);
  ASSERT_WORDS (vastus_coach_describe_phase (session), "At your own pace");
  ASSERT_WORDS (announce_phase (fixture), "8 reps at your own pace, then press Done.");
  ASSERT_WORDS (vastus_coach_describe_next (plan, vastus_session_get_step_index (session)),
                "Last set of the session");
  assert_count (fixture, "8", "reps");

  vastus_session_done (session, -1);
  ASSERT_WORDS (vastus_coach_describe_phase (session), "Well done");
  ASSERT_WORDS (announce_phase (fixture), "Session complete. Well done.");
  assert_count (fixture, "", "");
}

static void
check_topic (const VastusEducationTopic *topic)
{
  guint n = 0;

  g_assert_nonnull (topic->id);
  g_assert_cmpstr (topic->title, !=, "");
  g_assert_nonnull (topic->sources);
  g_assert_cmpstr (topic->sources, !=, "");
  for (n = 0; topic->paragraphs[n] != NULL; n++)
    {
      g_auto (GStrv) words = g_strsplit (topic->paragraphs[n], " ", -1);

      /* Short enough to read on a phone; whole sentences. */
      g_assert_cmpuint (g_strv_length (words), <=, 60);
      g_assert_true (g_str_has_suffix (topic->paragraphs[n], ".") || g_str_has_suffix (topic->paragraphs[n], ":") ||
                     g_str_has_suffix (topic->paragraphs[n], ";"));
    }
  g_assert_cmpuint (n, >=, 2);
}

/* About Your Knee: every topic titled, sourced, in short whole paragraphs;
 * the pain rules say the numbers the coach uses; the warning signs send
 * the person to a doctor today. */
static void
test_education (void)
{
  guint n;
  const VastusEducationTopic *topics = vastus_education_get_topics (&n);
  g_autoptr (GString) all = g_string_new (NULL);

  g_assert_cmpuint (n, >=, 8);
  for (guint i = 0; i < n; i++)
    {
      check_topic (&topics[i]);
      for (guint k = 0; topics[i].paragraphs[k] != NULL; k++)
        g_string_append_printf (all, "%s\n", topics[i].paragraphs[k]);
    }
  check_topic (vastus_education_get_flare_up_plan ());

  g_assert_nonnull (strstr (all->str, "Green: your pain is 0–3/10 during exercise"));
  g_assert_nonnull (strstr (all->str, "Red: your pain is above 5/10"));
  g_assert_nonnull (strstr (all->str, "2 or more points worse than usual the next morning"));
  g_assert_nonnull (strstr (all->str, "does not replace a physiotherapist or doctor"));
  g_assert_nonnull (strstr (all->str, "Get help the same day"));
  g_assert_nonnull (strstr (all->str, "call your local emergency number"));
}

int
main (int   argc,
      char *argv[])
{
  /* Before anything reads HOME or the XDG folders. */
  vastus_test_env_init ();

  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/coach/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("timed-cues", test_timed_cues);
  ADD ("tempo-ticks", test_tempo_ticks);
  ADD ("pause", test_pause);
  ADD ("counted", test_counted);
  ADD ("words", test_words);
  ADD ("spoken", test_spoken);
#undef ADD
  g_test_add_func ("/coach/spoken-dose", test_spoken_dose);
  g_test_add_func ("/coach/education", test_education);

  return g_test_run ();
}
