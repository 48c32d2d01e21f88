/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib.h>
#include <stdlib.h>
#include <string.h>

#include "bench-util.h"
#include "../vastus-test-env.h"
#include "vastus-program.h"

/*
 * bench-startup: from process start to the first frame of the main window,
 * Vastus against the smallest libadwaita window (bench-startup-floor), run
 * alternately under the same X server and D-Bus session. Target ratio ≤ 1.15
 * (goal 1.1).
 */

#define RUNS 15

static double
time_first_frame (const char *program)
{
  const char *argv[] = { program, NULL };
  g_autoptr (GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_auto (GStrv) env = g_get_environ ();
  gint64 start, frame = 0;
  const char *line;
  int status;

  env = g_environ_setenv (env, "VASTUS_BENCH_FIRST_FRAME", "1", TRUE);

  start = g_get_monotonic_time ();
  if (!g_spawn_sync (NULL, (char **) argv, env, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, &error))
    g_error ("%s: %s", program, error->message);

  line = strstr (out, "first-frame ");
  if (line == NULL || !g_spawn_check_wait_status (status, NULL))
    g_error ("%s did not report its first frame:\n%s%s", program, out, err);
  frame = g_ascii_strtoll (line + strlen ("first-frame "), NULL, 10);

  return (frame - start) / 1000.0;
}

int
main (int   argc,
      char *argv[])
{
  const char *vastus = g_getenv ("VASTUS_BINARY");
  const char *floor_program = g_getenv ("VASTUS_STARTUP_FLOOR");
  double app[RUNS], base[RUNS], paired[RUNS];
  double app_ms, floor_ms;

  g_assert_nonnull (vastus);
  g_assert_nonnull (floor_program);

  /* An ordinary start: past the first run, with the gentle programme, in
   * folders of the benchmark's own. */
  vastus_test_env_init ();
  {
    g_autoptr (GError) error = NULL;
    g_autoptr (VastusCatalogue) catalogue = NULL;
    g_autoptr (VastusProgram) program = NULL;
    g_autofree char *path = NULL;

    path = vastus_program_default_path ();
    catalogue = vastus_catalogue_new_builtin (&error);
    g_assert_no_error (error);
    program = vastus_program_new_from_starter (vastus_catalogue_lookup_program (catalogue, "phase-1-gentle"),
                                               catalogue, VASTUS_LEG_RIGHT);
    g_assert_true (vastus_program_save (program, path, &error));
    g_assert_no_error (error);
  }

  /* One of each first, uncounted, to warm the disk cache. */
  time_first_frame (floor_program);
  time_first_frame (vastus);

  for (guint i = 0; i < RUNS; i++)
    {
      /* Each goes first in every other pair: neither pays for the other's
       * exit, which the X server and the bus are still handling. */
      if (i % 2 == 0)
        {
          base[i] = time_first_frame (floor_program);
          app[i] = time_first_frame (vastus);
        }
      else
        {
          app[i] = time_first_frame (vastus);
          base[i] = time_first_frame (floor_program);
        }
      paired[i] = app[i] / base[i];
    }

  app_ms = bench_median (app, RUNS);
  floor_ms = bench_median (base, RUNS);
  g_print ("bench-startup: process start to first frame, median of %d runs\n", RUNS);
  g_print ("Vastus: %.1f ms\n", app_ms);
  g_print ("minimal AdwApplicationWindow: %.1f ms (floor)\n", floor_ms);
  g_print ("ratio: %.2f (target <= 1.15, goal 1.1)\n", app_ms / floor_ms);
  /* Each run of Vastus against the floor run just before it: steadier than
   * the ratio of the medians when other work comes and goes. */
  g_print ("median of the %d paired ratios: %.2f\n", RUNS, bench_median (paired, RUNS));

  return 0;
}
