/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "../vastus-test-env.h"
#include "vastus-program.h"

/*
 * bench-session-cpu: the CPU a running session costs, against the floor of
 * a bare libadwaita window looping the same clip in a GtkVideo, measured in
 * the same run under the same X server. Vastus starts on the Gentle start
 * programme and starts today's session; the warm-up, a three-minute timed
 * set with its clip, is under way from about 11 s. The process's CPU time
 * (all its threads, the clip's decoding included) is sampled over 15 s of
 * it, from /proc. Then the same with the session paused, whose floor is 0.
 * Each with GTK's cairo and GL renderers. Targets: the session at 1.5 × the
 * bare GtkVideo or less; paused, 1 % of a core or less.
 */

#define SETTLE_S 14
#define SAMPLE_S 15

/* User and system CPU time of @pid and its threads so far, in seconds. */
static double
cpu_seconds (GPid pid)
{
  g_autofree char *path = g_strdup_printf ("/proc/%d/stat", (int) pid);
  g_autofree char *text = NULL;
  g_auto (GStrv) fields = NULL;
  const char *after;

  if (!g_file_get_contents (path, &text, NULL, NULL))
    g_error ("%s cannot be read: is the process gone?", path);
  /* The command name, in parentheses, may hold spaces: fields count from
   * the last ')'. utime and stime are fields 14 and 15, 12 and 13 after it. */
  after = strrchr (text, ')');
  g_assert_nonnull (after);
  fields = g_strsplit (after + 2, " ", -1);
  g_assert_cmpuint (g_strv_length (fields), >, 13);
  return (g_ascii_strtod (fields[11], NULL) + g_ascii_strtod (fields[12], NULL)) / sysconf (_SC_CLK_TCK);
}

/* Runs @argv with @variable set, waits @settle s, and returns the share
 * of one core it used over the next SAMPLE_S seconds, in percent. */
static double
sample (const char * const *argv,
        const char         *renderer,
        const char         *variable,
        const char         *value,
        guint               settle)
{
  g_autoptr (GError) error = NULL;
  g_auto (GStrv) env = g_get_environ ();
  GPid pid;
  double before, after;
  gint64 start;
  int status;

  env = g_environ_setenv (env, "GSK_RENDERER", renderer, TRUE);
  if (variable != NULL)
    env = g_environ_setenv (env, variable, value, TRUE);
  if (!g_spawn_async (NULL, (char **) argv, env, G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL, &pid, &error))
    g_error ("%s: %s", argv[0], error->message);

  g_usleep (settle * G_USEC_PER_SEC);
  start = g_get_monotonic_time ();
  before = cpu_seconds (pid);
  g_usleep (SAMPLE_S * G_USEC_PER_SEC);
  after = cpu_seconds (pid);
  after = 100.0 * (after - before) / ((g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC);

  kill (pid, SIGTERM);
  waitpid (pid, &status, 0);
  g_spawn_close_pid (pid);
  return after;
}

int
main (int   argc,
      char *argv[])
{
  const char *vastus = g_getenv ("VASTUS_BINARY");
  const char *floor_program = g_getenv ("VASTUS_SESSION_FLOOR");
  const char *clip_dir = g_getenv ("VASTUS_CLIP_DIR");
  g_autofree char *clip = NULL;
  /* The headless display has no GPU. GTK's cairo renderer draws only what
   * was invalidated, on one thread: it shows what the session screen asks
   * to redraw. GL, through llvmpipe, redraws the whole window each frame
   * and spreads it over threads: it shows how many frames are drawn. */
  const char *renderers[] = { "cairo", "gl" };
  double running[2], bare[2], paused;

  g_assert_nonnull (vastus);
  g_assert_nonnull (floor_program);
  g_assert_nonnull (clip_dir);
  clip = g_build_filename (clip_dir, "warm-up.webm", NULL);
  g_assert_true (g_file_test (clip, G_FILE_TEST_EXISTS));

  /* A person past the first run, on the Gentle start programme, in folders
   * of the benchmark's own. */
  vastus_test_env_init ();
  {
    g_autoptr (GError) error = NULL;
    g_autoptr (VastusCatalogue) catalogue = NULL;
    g_autoptr (VastusProgram) program = NULL;
    g_autofree char *path = vastus_program_default_path ();

    catalogue = vastus_catalogue_new_builtin (&error);
    g_assert_no_error (error);
    program = vastus_program_new_from_starter (vastus_catalogue_lookup_program (catalogue, "phase-1-gentle"),
                                               catalogue, VASTUS_LEG_RIGHT);
    g_assert_true (vastus_program_save (program, path, &error));
    g_assert_no_error (error);
  }

  for (guint r = 0; r < G_N_ELEMENTS (renderers); r++)
    {
      bare[r] = sample ((const char *[]) { floor_program, clip, NULL }, renderers[r], NULL, NULL, SETTLE_S);
      running[r] = sample ((const char *[]) { vastus, NULL }, renderers[r], "VASTUS_BENCH_SESSION", "running",
                           SETTLE_S);
    }
  paused = sample ((const char *[]) { vastus, NULL }, "cairo", "VASTUS_BENCH_SESSION", "paused", SETTLE_S);

  g_print ("bench-session-cpu: CPU time over %d s, in %% of one core, the warm-up's clip playing\n", SAMPLE_S);
  for (guint r = 0; r < G_N_ELEMENTS (renderers); r++)
    {
      g_print ("%s renderer: bare GtkVideo looping the clip: %.1f %% (floor)\n", renderers[r], bare[r]);
      g_print ("%s renderer: Vastus, session running: %.1f %%\n", renderers[r], running[r]);
      g_print ("%s renderer: ratio: %.2f (target <= 1.5)\n", renderers[r], running[r] / MAX (bare[r], 0.1));
    }
  g_print ("Vastus, session paused: %.1f %% (floor 0, target <= 1)\n", paused);
  return 0;
}
