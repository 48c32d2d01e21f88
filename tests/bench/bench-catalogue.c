/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <errno.h>
#include <adwaita.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include "bench-util.h"
#include "../vastus-test-env.h"
#include "vastus-catalogue.h"
#include "vastus-json.h"
#include "vastus-library-page-private.h"

/*
 * bench-catalogue: a catalogue of 10,000 exercises, made by repeating the
 * built-in ones under new ids with their ladders kept inside each copy.
 *  - loading and checking it into objects, against a bare cJSON parse (and
 *    free) of the same bytes: target ratio ≤ 2.0;
 *  - re-filtering the library's 10,000 rows for a one-letter change of the
 *    search: target under 16 ms, one frame at 60 Hz.
 */

#define N_EXERCISES 10000
#define RUNS 11

static void
suffix_link (cJSON      *exercise,
             const char *key,
             guint       copy)
{
  cJSON *link = cJSON_GetObjectItemCaseSensitive (exercise, key);

  if (cJSON_IsString (link))
    {
      g_autofree char *id = g_strdup_printf ("%s-%u", link->valuestring, copy);
      cJSON_SetValuestring (link, id);
    }
}

static char *
make_catalogue (gsize *length)
{
  g_autofree char *folder = vastus_catalogue_builtin_folder ();
  g_autofree char *path = g_build_filename (folder, VASTUS_CATALOGUE_BUILTIN_FILE, NULL);
  g_autofree char *text = NULL;
  g_autoptr (cJSON) builtin = NULL;
  g_autoptr (cJSON) big = cJSON_CreateObject ();
  cJSON *exercises = cJSON_AddArrayToObject (big, "exercises");
  cJSON *source;
  guint n_source, made = 0;
  char *printed;

  if (!g_file_get_contents (path, &text, NULL, NULL))
    g_error ("cannot read %s", path);
  builtin = cJSON_Parse (text);
  source = cJSON_GetObjectItemCaseSensitive (builtin, "exercises");
  n_source = cJSON_GetArraySize (source);
  cJSON_AddNumberToObject (big, "format", 1);

  for (guint copy = 0; made < N_EXERCISES; copy++)
    for (guint i = 0; i < n_source && made < N_EXERCISES; i++, made++)
      {
        cJSON *exercise = cJSON_Duplicate (cJSON_GetArrayItem (source, i), TRUE);
        cJSON *id = cJSON_GetObjectItemCaseSensitive (exercise, "id");
        g_autofree char *new_id = g_strdup_printf ("%s-%u", id->valuestring, copy);

        cJSON_SetValuestring (id, new_id);
        suffix_link (exercise, "easier", copy);
        suffix_link (exercise, "harder", copy);
        /* The last copy may be cut short: drop links that would dangle. */
        if (made + n_source > N_EXERCISES)
          {
            cJSON_DeleteItemFromObjectCaseSensitive (exercise, "easier");
            cJSON_DeleteItemFromObjectCaseSensitive (exercise, "harder");
          }
        cJSON_AddItemToArray (exercises, exercise);
      }

  printed = cJSON_Print (big);
  *length = strlen (printed);
  return printed;
}

static double
time_bare_parse (const char *data,
                 gsize       length)
{
  gint64 start = g_get_monotonic_time ();
  cJSON *root = cJSON_ParseWithLength (data, length);

  g_assert_nonnull (root);
  cJSON_Delete (root);
  return bench_ms_since (start);
}

static double
time_load (const char *data,
           gsize       length)
{
  g_autoptr (GError) error = NULL;
  VastusCatalogue *catalogue = vastus_catalogue_new ();
  gint64 start = g_get_monotonic_time ();
  double elapsed;

  if (!vastus_catalogue_load_data (catalogue, data, length, "bench.json", "/tmp", &error))
    g_error ("the generated catalogue did not load: %s", error->message);
  elapsed = bench_ms_since (start);

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (catalogue)), ==, N_EXERCISES);
  /* The child exits without freeing: only the load is measured. */
  return elapsed;
}

/*
 * Runs one timing in a fork of this process, so that every run of both starts
 * from the same heap: with a document this size the allocator's state, not
 * the code, otherwise decides much of the time.
 */
static double
time_in_child (double    (*timed) (const char *data, gsize length),
               const char *data,
               gsize       length)
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
      elapsed = timed (data, length);
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

int
main (int   argc,
      char *argv[])
{
  static const char *typing[] = { "s", "sq", "squ", "squa", "squat", "squa", "squ", "sq", "s", "" };
  g_autoptr (VastusCatalogue) catalogue = vastus_catalogue_new ();
  g_autoptr (GError) error = NULL;
  double parse[RUNS], load[RUNS], filter[G_N_ELEMENTS (typing)];
  double parse_ms, load_ms, worst = 0, first_ms;
  g_autofree char *data = NULL;
  GtkWidget *page;
  GListModel *shown;
  gsize length = 0;
  gint64 start;

  /* Before anything reads HOME or the XDG folders. */
  vastus_test_env_init ();
  gtk_init ();
  adw_init ();

  data = make_catalogue (&length);
  g_print ("bench-catalogue: %d exercises, %.1f MB of JSON\n", N_EXERCISES, length / 1e6);

  /* Alternate the two, so that both see the same machine. */
  for (guint i = 0; i < RUNS; i++)
    {
      parse[i] = time_in_child (time_bare_parse, data, length);
      load[i] = time_in_child (time_load, data, length);
    }
  parse_ms = bench_median (parse, RUNS);
  load_ms = bench_median (load, RUNS);
  g_print ("load and check into objects: median %.1f ms, best %.1f ms (%d runs)\n", load_ms, load[0], RUNS);
  g_print ("bare cJSON parse and free of the same bytes: median %.1f ms, best %.1f ms (floor)\n",
           parse_ms, parse[0]);
  g_print ("ratio load / parse: %.2f on medians, %.2f on best runs (target <= 2.0)\n",
           load_ms / parse_ms, load[0] / parse[0]);

  if (!vastus_catalogue_load_data (catalogue, data, length, "bench.json", "/tmp", &error))
    g_error ("%s", error->message);

  page = g_object_ref_sink (g_object_new (VASTUS_TYPE_LIBRARY_PAGE, NULL));
  vastus_library_page_set_catalogue (VASTUS_LIBRARY_PAGE (page), catalogue);
  shown = vastus_library_page_get_shown (VASTUS_LIBRARY_PAGE (page));

  /* The first search also builds each exercise's search text, once. */
  start = g_get_monotonic_time ();
  vastus_library_page_set_query (VASTUS_LIBRARY_PAGE (page), "w");
  first_ms = bench_ms_since (start);
  vastus_library_page_set_query (VASTUS_LIBRARY_PAGE (page), "");

  for (guint i = 0; i < G_N_ELEMENTS (typing); i++)
    {
      start = g_get_monotonic_time ();
      vastus_library_page_set_query (VASTUS_LIBRARY_PAGE (page), typing[i]);
      (void) g_list_model_get_n_items (shown);
      filter[i] = bench_ms_since (start);
      worst = MAX (worst, filter[i]);
    }
  g_print ("first search (builds the search text): %.2f ms\n", first_ms);
  g_print ("re-filter 10,000 rows for a one-letter change: worst %.2f ms, median %.2f ms "
           "(target < 16 ms; ratio to 16 ms: %.2f)\n",
           worst, bench_median (filter, G_N_ELEMENTS (typing)), worst / 16.0);

  g_object_unref (page);
  return 0;
}
