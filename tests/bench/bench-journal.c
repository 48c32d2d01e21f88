/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "bench-util.h"
#include "vastus-journal.h"

/*
 * bench-journal: ten years of daily sessions, 3,650 of them, each of 8
 * exercises of 3 sets (one-leg exercises with a left and a right set each),
 * each with a pain log and a next-morning check: the same lines the journal
 * writes, made with its own JSON functions.
 *  - loading it into a fresh VastusJournal, against a bare cJSON parse (and
 *    free) of the same lines, both reading the file: target ratio ≤ 2.0;
 *  - one append (a session, then a pain log) to the ten-year journal against
 *    one to an empty journal: target ratio ≤ 1.5 on medians.
 */

#define N_DAYS 3650
#define N_EXERCISES 8
#define N_SETS 3
#define RUNS 11
#define APPENDS 30

#define S ((gint64) G_USEC_PER_SEC)
#define DAY (24 * 3600 * S)
/* 2016-01-04T07:30:00Z */
#define FIRST_DAY (G_GINT64_CONSTANT (1451892600) * S)

static const struct { const char *id; const char *name; gboolean one_leg; gboolean hold; } exercises[N_EXERCISES] = {
  { "quad-set", "Quad set", FALSE, TRUE },
  { "straight-leg-raise", "Straight-leg raise", FALSE, FALSE },
  { "step-down", "Step-down", TRUE, FALSE },
  { "wall-sit", "Wall sit", FALSE, TRUE },
  { "bridge", "Bridge", FALSE, FALSE },
  { "single-leg-balance", "Single-leg balance", TRUE, TRUE },
  { "terminal-knee-extension", "Terminal knee extension", FALSE, FALSE },
  { "split-squat", "Split squat", TRUE, FALSE },
};

static VastusSessionEntry *
make_session (guint day)
{
  g_autofree char *id = g_strdup_printf ("day-%04u", day);
  gint64 start = FIRST_DAY + day * DAY + (day % 5) * 600 * S;
  VastusSessionEntry *entry = vastus_session_entry_new (id, start, start + (24 + day % 9) * 60 * S);

  vastus_session_entry_set_program (entry, day < 365 ? "phase-1-gentle" : "phase-2-build",
                                    day < 365 ? "Phase 1: gentle" : "Phase 2: build");
  vastus_session_entry_set_active_time (entry, (17 * 60 + day % 240) * S);
  vastus_session_entry_set_end_reason (entry, day % 31 == 0 ? VASTUS_END_STOPPED : VASTUS_END_COMPLETED);

  for (guint e = 0; e < N_EXERCISES; e++)
    {
      VastusSetResult sets[N_SETS * 2] = { 0 };
      guint n = 0;

      for (guint s = 0; s < N_SETS; s++)
        for (guint leg = 0; leg < (exercises[e].one_leg ? 2u : 1u); leg++)
          {
            VastusSetResult *set = &sets[n++];

            set->set = s + 1;
            set->leg = exercises[e].one_leg ? (leg == 0 ? VASTUS_LEG_RIGHT : VASTUS_LEG_LEFT) : VASTUS_LEG_NONE;
            set->reached = !(day % 31 == 0 && s == N_SETS - 1);
            set->skipped = day % 13 == 0 && s == 1 && e == 2;
            if (exercises[e].hold)
              {
                set->planned_ms = 30000;
                set->done_ms = set->reached ? 30000 - (day % 7) * 500 : 0;
              }
            else
              {
                set->planned_reps = 10;
                set->done_reps = set->reached ? 10 - day % 3 : 0;
              }
          }
      vastus_session_entry_add_exercise (entry, exercises[e].id, exercises[e].name, sets, n);
    }

  return entry;
}

static VastusPainLog *
make_pain (guint   day,
           gint64  end)
{
  VastusPainLog *log = vastus_pain_log_new ((int) (day % 6), (int) (day % 4),
                                            day % 3 == 0 ? "Stairs were fine; a little ache going down." : NULL);

  log->time = end + 120 * S;
  for (guint e = 0; e < N_EXERCISES; e++)
    vastus_pain_log_add_feel (log, exercises[e].id, (VastusFeel) (1 + (day + e) % 3), (day + e) % 11 == 0);
  return log;
}

/* A morning check as vastus_journal_add_morning() writes it. */
static cJSON *
make_morning (const char *session_id,
              guint       day,
              gint64      start)
{
  g_autofree char *time = vastus_time_to_iso8601 (start + DAY - 2 * 3600 * S);
  cJSON *record = cJSON_CreateObject ();

  cJSON_AddStringToObject (record, "type", "morning");
  cJSON_AddNumberToObject (record, "version", VASTUS_JOURNAL_VERSION);
  cJSON_AddStringToObject (record, "session", session_id);
  cJSON_AddStringToObject (record, "time", time);
  if (day % 7 == 6)
    cJSON_AddBoolToObject (record, "dismissed", TRUE);
  else
    cJSON_AddNumberToObject (record, "pain", day % 5);
  return record;
}

static void
add_line (GString *text,
          cJSON   *record)
{
  char *line = cJSON_PrintUnformatted (record);

  g_string_append (text, line);
  g_string_append_c (text, '\n');
  cJSON_free (line);
  cJSON_Delete (record);
}

static char *
make_journal (const char *path,
              guint      *n_lines)
{
  GString *text = g_string_new (NULL);
  g_autoptr (GError) error = NULL;

  *n_lines = 0;
  for (guint day = 0; day < N_DAYS; day++)
    {
      g_autoptr (VastusSessionEntry) entry = make_session (day);
      g_autoptr (VastusPainLog) log = make_pain (day, vastus_session_entry_get_end (entry));
      const char *id = vastus_session_entry_get_id (entry);

      add_line (text, vastus_session_entry_to_json (entry));
      add_line (text, vastus_pain_log_to_json (log, id));
      add_line (text, make_morning (id, day, vastus_session_entry_get_start (entry)));
      *n_lines += 3;
    }

  if (!g_file_set_contents (path, text->str, (gssize) text->len, &error))
    g_error ("%s", error->message);
  return g_string_free (text, FALSE);
}

static const char *journal_path;

static double
time_bare_parse (void)
{
  g_autoptr (GError) error = NULL;
  gint64 start = g_get_monotonic_time ();
  char *data, *line, *end;
  gsize length;
  double elapsed;

  if (!g_file_get_contents (journal_path, &data, &length, &error))
    g_error ("%s", error->message);
  end = data + length;
  for (line = data; line < end;)
    {
      char *newline = memchr (line, '\n', (gsize) (end - line));
      char *stop = newline != NULL ? newline : end;
      cJSON *object = cJSON_ParseWithLength (line, (gsize) (stop - line));

      if (object == NULL)
        g_error ("a generated line did not parse");
      cJSON_Delete (object);
      line = stop + 1;
    }
  g_free (data);
  elapsed = bench_ms_since (start);
  return elapsed;
}

static double
time_load (void)
{
  g_autoptr (GError) error = NULL;
  VastusJournal *journal = vastus_journal_new (journal_path);
  gint64 start = g_get_monotonic_time ();
  double elapsed;

  if (!vastus_journal_load (journal, &error))
    g_error ("the generated journal did not load: %s", error->message);
  elapsed = bench_ms_since (start);

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (journal)), ==, N_DAYS);
  g_assert_cmpuint (vastus_journal_get_problems (journal)->len, ==, 0);
  /* The child exits without freeing: only the load is measured. */
  return elapsed;
}

/*
 * Runs one timing in a fork of this process, so that every run of both starts
 * from the same heap (and the same table of interned strings).
 */
static double
time_in_child (double (*timed) (void))
{
  int pipe_fds[2];
  double elapsed = 0;
  pid_t pid;
  int status;

  if (pipe (pipe_fds) != 0)
    g_error ("pipe: %s", g_strerror (errno));

  pid = fork ();
  if (pid == 0)
    {
      elapsed = timed ();
      if (write (pipe_fds[1], &elapsed, sizeof elapsed) != sizeof elapsed)
        _exit (1);
      _exit (0);
    }

  if (pid < 0 || read (pipe_fds[0], &elapsed, sizeof elapsed) != sizeof elapsed)
    g_error ("a timing run failed");
  waitpid (pid, &status, 0);
  close (pipe_fds[0]);
  close (pipe_fds[1]);
  return elapsed;
}

/* One add_session(), timed; @day past the ten years keeps ids and starts new. */
static double
time_add_session (VastusJournal *journal,
                  guint          day)
{
  g_autoptr (VastusSessionEntry) entry = make_session (day);
  g_autoptr (GError) error = NULL;
  gint64 start = g_get_monotonic_time ();

  if (!vastus_journal_add_session (journal, entry, &error))
    g_error ("append failed: %s", error->message);
  return bench_ms_since (start);
}

static double
time_add_pain (VastusJournal *journal,
               guint          day)
{
  g_autofree char *id = g_strdup_printf ("day-%04u", day);
  VastusSessionEntry *entry = vastus_journal_lookup_session (journal, id);
  g_autoptr (VastusPainLog) log = make_pain (day, vastus_session_entry_get_end (entry));
  g_autoptr (GError) error = NULL;
  gint64 start = g_get_monotonic_time ();

  if (!vastus_journal_add_pain (journal, id, log, &error))
    g_error ("append failed: %s", error->message);
  return bench_ms_since (start);
}

static void
remove_folder (const char *folder)
{
  GDir *dir = g_dir_open (folder, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, name, NULL);
      g_unlink (path);
    }
  if (dir != NULL)
    g_dir_close (dir);
  g_rmdir (folder);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *folder = g_dir_make_tmp ("vastus-bench-journal-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (folder, "journal.jsonl", NULL);
  g_autofree char *empty_path = g_build_filename (folder, "empty.jsonl", NULL);
  g_autofree char *data = NULL;
  g_autoptr (GError) error = NULL;
  double parse[RUNS], load[RUNS];
  double big_session[APPENDS], empty_session[APPENDS], big_pain[APPENDS], empty_pain[APPENDS];
  double parse_ms, load_ms, load_ratio, big_ms, empty_ms, session_ratio, big_pain_ms, empty_pain_ms, pain_ratio;
  VastusJournal *big, *empty;
  guint n_lines;
  gboolean ok = TRUE;

  if (folder == NULL)
    g_error ("no temporary folder");
  journal_path = path;
  data = make_journal (path, &n_lines);
  g_print ("bench-journal: %d daily sessions (ten years) of %d exercises, each with a pain log and a "
           "morning check: %u lines, %.1f MB of JSON\n", N_DAYS, N_EXERCISES, n_lines, strlen (data) / 1e6);

  /* Alternate the two, so that both see the same machine. */
  for (guint i = 0; i < RUNS; i++)
    {
      parse[i] = time_in_child (time_bare_parse);
      load[i] = time_in_child (time_load);
    }
  parse_ms = bench_median (parse, RUNS);
  load_ms = bench_median (load, RUNS);
  load_ratio = load_ms / parse_ms;
  g_print ("load into a fresh journal: median %.1f ms, best %.1f ms (%d runs)\n", load_ms, load[0], RUNS);
  g_print ("bare cJSON parse and free of the same lines: median %.1f ms, best %.1f ms (floor)\n",
           parse_ms, parse[0]);
  g_print ("ratio load / parse: %.2f on medians, %.2f on best runs (target <= 2.0)\n",
           load_ratio, load[0] / parse[0]);
  ok &= load_ratio <= 2.0;

  /* Appends: to the ten years, and to a journal of one session. */
  big = vastus_journal_new (path);
  vastus_journal_set_retry_interval (big, 0);
  if (!vastus_journal_load (big, &error))
    g_error ("%s", error->message);
  empty = vastus_journal_new (empty_path);
  vastus_journal_set_retry_interval (empty, 0);
  if (!vastus_journal_load (empty, &error))
    g_error ("%s", error->message);

  /* Not counted: the first write creates the empty one's file. */
  time_add_session (big, N_DAYS);
  time_add_session (empty, N_DAYS);
  for (guint i = 0; i < APPENDS; i++)
    {
      big_session[i] = time_add_session (big, N_DAYS + 1 + i);
      empty_session[i] = time_add_session (empty, N_DAYS + 1 + i);
    }
  for (guint i = 0; i < APPENDS; i++)
    {
      big_pain[i] = time_add_pain (big, N_DAYS + 1 + i);
      empty_pain[i] = time_add_pain (empty, N_DAYS + 1 + i);
    }
  big_ms = bench_median (big_session, APPENDS);
  empty_ms = bench_median (empty_session, APPENDS);
  big_pain_ms = bench_median (big_pain, APPENDS);
  empty_pain_ms = bench_median (empty_pain, APPENDS);
  session_ratio = big_ms / empty_ms;
  pain_ratio = big_pain_ms / empty_pain_ms;
  g_print ("append a session (write + fsync): median %.2f ms to the ten-year journal, %.2f ms to an empty one "
           "(%d appends); ratio %.2f (target <= 1.5)\n", big_ms, empty_ms, APPENDS, session_ratio);
  g_print ("append a pain log (write + fsync): median %.2f ms to the ten-year journal, %.2f ms to an empty one "
           "(%d appends); ratio %.2f (target <= 1.5)\n", big_pain_ms, empty_pain_ms, APPENDS, pain_ratio);
  ok &= session_ratio <= 1.5 && pain_ratio <= 1.5;

  if (vastus_journal_get_n_pending (big) != 0 || vastus_journal_get_n_pending (empty) != 0)
    g_error ("appends were left unwritten");
  g_object_unref (big);
  g_object_unref (empty);
  remove_folder (folder);

  if (!ok)
    g_print ("bench-journal: a target was missed\n");
  return ok ? 0 : 1;
}
