/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>
#include <sys/resource.h>

#include "vastus-catalogue.h"
#include "vastus-session.h"

/*
 * bench-timer: a real 2-minute session on the real clock. Prints the worst
 * lateness of a phase change, the error of the total duration and the CPU
 * time used (targets: under 20 ms, under 20 ms with no growth over the run,
 * under 1 % of a core). The floor, run alongside in the same main loop, is
 * the naive timer: the same steps as a chain of relative timeouts.
 */

static const char *catalogue_json =
  "{ \"format\": 1, \"exercises\": ["
  "  { \"id\": \"hold-a\", \"name\": \"A\", \"summary\": \"s\", \"category\": \"isometric\", \"muscles\": [\"vmo\"],"
  "    \"equipment\": [\"wall\"], \"level\": 1, \"side\": \"both\", \"dose\": { \"sets\": 2, \"hold_s\": 15, \"rest_s\": 5 },"
  "    \"steps\": [\"a\"], \"cues\": [\"b\"], \"cautions\": [] },"
  "  { \"id\": \"hold-b\", \"name\": \"B\", \"summary\": \"s\", \"category\": \"isometric\", \"muscles\": [\"vmo\"],"
  "    \"equipment\": [\"wall\"], \"level\": 1, \"side\": \"both\", \"dose\": { \"sets\": 1, \"hold_s\": 20, \"rest_s\": 5 },"
  "    \"steps\": [\"a\"], \"cues\": [\"b\"], \"cautions\": [] } ] }";

typedef struct
{
  VastusSession *session;
  GMainLoop     *loop;
  gint64         start;
  double         worst_first_half;   /* ms */
  double         worst_second_half;
  double         total_error;
  guint          changes;

  /* The naive floor: summed relative intervals. */
  VastusPlan    *plan;
  guint          naive_step;
  gint64         naive_due;
  double         naive_worst;
  double         naive_total_error;
  gboolean       naive_done;
  gboolean       session_done;
} Bench;

/* Both timers run to their ends in the same loop. */
static void
maybe_quit (Bench *bench)
{
  if (bench->naive_done && bench->session_done)
    g_main_loop_quit (bench->loop);
}

static void maybe_quit (Bench *bench);

static void
step_changed_cb (VastusSession *session,
                 GParamSpec    *pspec,
                 Bench         *bench)
{
  gint64 now = g_get_monotonic_time ();
  double late = (now - vastus_session_get_step_start (session)) / 1000.0;
  gint64 planned = vastus_plan_get_duration (vastus_session_get_plan (session));

  bench->changes++;
  if (now - bench->start < planned / 2)
    bench->worst_first_half = MAX (bench->worst_first_half, late);
  else
    bench->worst_second_half = MAX (bench->worst_second_half, late);

  if (vastus_session_get_state (session) == VASTUS_SESSION_FINISHED)
    {
      bench->total_error = (now - bench->start - planned) / 1000.0;
      bench->session_done = TRUE;
      maybe_quit (bench);
    }
}

static gboolean
naive_cb (gpointer data)
{
  Bench *bench = data;
  gint64 now = g_get_monotonic_time ();
  const VastusPlanStep *step;

  bench->naive_worst = MAX (bench->naive_worst, (now - bench->naive_due) / 1000.0);
  bench->naive_step++;
  step = vastus_plan_get_step (bench->plan, bench->naive_step);
  if (step->phase == VASTUS_PHASE_DONE)
    {
      bench->naive_total_error = (now - bench->start - vastus_plan_get_duration (bench->plan)) / 1000.0;
      bench->naive_done = TRUE;
      maybe_quit (bench);
      return G_SOURCE_REMOVE;
    }

  /* The naive way: the next interval starts when this callback ran. */
  bench->naive_due += step->duration;
  g_timeout_add (step->duration / 1000, naive_cb, bench);
  return G_SOURCE_REMOVE;
}

static double
cpu_seconds (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_utime.tv_sec + usage.ru_utime.tv_usec / 1e6 +
         usage.ru_stime.tv_sec + usage.ru_stime.tv_usec / 1e6;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr (VastusCatalogue) catalogue = vastus_catalogue_new ();
  g_autoptr (VastusClock) clock = vastus_real_clock_new ();
  g_autoptr (GError) error = NULL;
  Bench bench = { 0 };
  double cpu_start, cpu, wall;

  if (!vastus_catalogue_load_data (catalogue, catalogue_json, strlen (catalogue_json), "bench.json", "/tmp", &error))
    g_error ("%s", error->message);

  bench.plan = vastus_plan_new (VASTUS_LEG_RIGHT);
  vastus_plan_add (bench.plan, vastus_catalogue_lookup (catalogue, "hold-a"),
                   vastus_exercise_get_dose (vastus_catalogue_lookup (catalogue, "hold-a")));
  vastus_plan_add (bench.plan, vastus_catalogue_lookup (catalogue, "hold-b"),
                   vastus_exercise_get_dose (vastus_catalogue_lookup (catalogue, "hold-b")));
  bench.session = vastus_session_new (clock, bench.plan);
  bench.loop = g_main_loop_new (NULL, FALSE);
  g_signal_connect (bench.session, "notify::step", G_CALLBACK (step_changed_cb), &bench);

  g_print ("bench-timer: a %.0f s session of %u steps on the real clock\n",
           vastus_plan_get_duration (bench.plan) / 1e6, vastus_plan_get_n_steps (bench.plan));

  cpu_start = cpu_seconds ();
  bench.start = g_get_monotonic_time ();
  bench.naive_due = bench.start + vastus_plan_get_step (bench.plan, 0)->duration;
  g_timeout_add (vastus_plan_get_step (bench.plan, 0)->duration / 1000, naive_cb, &bench);
  vastus_session_start (bench.session);
  g_main_loop_run (bench.loop);
  wall = (g_get_monotonic_time () - bench.start) / 1e6;
  cpu = cpu_seconds () - cpu_start;

  g_print ("worst lateness of a phase change: %.2f ms in the first half, %.2f ms in the second "
           "(target < 20 ms, no growth)\n", bench.worst_first_half, bench.worst_second_half);
  g_print ("error of the total duration: %.2f ms (target < 20 ms)\n", bench.total_error);
  g_print ("floor, summed relative timeouts: worst lateness %.2f ms, total error %.2f ms; "
           "ratio of total errors %.2f\n", bench.naive_worst, bench.naive_total_error,
           bench.naive_total_error != 0 ? bench.total_error / bench.naive_total_error : 0);
  g_print ("CPU time: %.3f s in %.1f s, %.3f %% of a core (target < 1 %%)\n", cpu, wall, 100 * cpu / wall);

  g_object_unref (bench.session);
  g_object_unref (bench.plan);
  g_main_loop_unref (bench.loop);
  return 0;
}
