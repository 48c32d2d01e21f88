/* SPDX-License-Identifier: GPL-3.0-or-later */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE 1
#endif

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <poll.h>
#include <sched.h>
#include <signal.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "vastus-catalogue.h"
#include "vastus-journal.h"
#include "vastus-test-env.h"

/*
 * The journal: a round trip of every kind of record and field, damaged and
 * torn lines skipped and reported without touching the file, appends killed
 * at random moments, a full disk (/dev/full, a file size limit, a tiny
 * tmpfs), the retry timer, a read-only folder, and the times it writes.
 * Sessions from the timer: where one ended early and when the knee hurt.
 */

#define S ((gint64) G_USEC_PER_SEC)
#define HOUR (3600 * S)
#define DAY (24 * HOUR)
/* 2026-11-21T08:30:12Z */
#define T0 (G_GINT64_CONSTANT (1795249812) * S)

typedef struct
{
  char *folder;
  char *path;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->folder = g_dir_make_tmp ("vastus-journal-XXXXXX", NULL);
  g_assert_nonnull (fixture->folder);
  fixture->path = g_build_filename (fixture->folder, "journal.jsonl", NULL);
}

static void
remove_tree (const char *path)
{
  GDir *dir;
  const char *name;

  g_chmod (path, 0700);
  dir = g_dir_open (path, 0, NULL);
  if (dir == NULL)
    {
      g_unlink (path);
      return;
    }
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_dir_close (dir);
  g_rmdir (path);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  remove_tree (fixture->folder);
  g_assert_false (g_file_test (fixture->folder, G_FILE_TEST_EXISTS));
  g_free (fixture->path);
  g_free (fixture->folder);
}

/* Helpers */

static VastusJournal *
journal_new (const char *path)
{
  VastusJournal *journal = vastus_journal_new (path);

  /* No timer left behind unless a test asks for one. */
  vastus_journal_set_retry_interval (journal, 0);
  return journal;
}

static VastusJournal *
journal_load (const char *path)
{
  g_autoptr (GError) error = NULL;
  VastusJournal *journal = journal_new (path);

  g_assert_true (vastus_journal_load (journal, &error));
  g_assert_no_error (error);
  g_assert_true (vastus_journal_is_loaded (journal));
  return journal;
}

static char *
contents (const char *path,
          gsize      *length)
{
  g_autoptr (GError) error = NULL;
  char *text = NULL;

  g_assert_true (g_file_get_contents (path, &text, length, &error));
  g_assert_no_error (error);
  return text;
}

/* The lines of the file; the last must end in a newline. */
static GStrv
file_lines (const char *path)
{
  g_autofree char *text = contents (path, NULL);
  gsize length = strlen (text);

  g_assert_cmpuint (length, >, 0);
  g_assert_cmpint (text[length - 1], ==, '\n');
  text[length - 1] = '\0';
  return g_strsplit (text, "\n", -1);
}

static char *
record_line (cJSON *record)
{
  char *line = cJSON_PrintUnformatted (record);

  cJSON_Delete (record);
  return line;
}

static const char *
json_string (const cJSON *object,
             const char  *key)
{
  const cJSON *item = cJSON_GetObjectItemCaseSensitive (object, key);

  return cJSON_IsString (item) ? item->valuestring : NULL;
}

/* A session of three exercises: a hold, one-leg rep work on both legs with a
 * skipped set and one never reached, and bridges with a non-ASCII name. */
static VastusSessionEntry *
make_session (const char *id,
              gint64      start,
              guint       variant)
{
  const VastusSetResult holds[] = {
    { .set = 1, .leg = VASTUS_LEG_NONE, .reached = TRUE, .planned_ms = 30000, .done_ms = 30000 },
    { .set = 2, .leg = VASTUS_LEG_NONE, .reached = TRUE, .planned_ms = 30000, .done_ms = 24500 + variant },
  };
  const VastusSetResult steps[] = {
    { .set = 1, .leg = VASTUS_LEG_RIGHT, .reached = TRUE, .planned_reps = 10, .done_reps = 10 },
    { .set = 1, .leg = VASTUS_LEG_LEFT, .reached = TRUE, .planned_reps = 10, .done_reps = 8 },
    { .set = 2, .leg = VASTUS_LEG_RIGHT, .reached = TRUE, .skipped = TRUE, .planned_reps = 10, .done_reps = 3 },
    { .set = 2, .leg = VASTUS_LEG_LEFT, .reached = FALSE, .planned_reps = 10 },
  };
  const VastusSetResult bridges[] = {
    { .set = 1, .leg = VASTUS_LEG_NONE, .reached = TRUE, .planned_reps = 12, .done_reps = 12 },
    { .set = 2, .leg = VASTUS_LEG_NONE, .reached = FALSE, .skipped = TRUE, .planned_reps = 12 },
    { .set = 3, .leg = VASTUS_LEG_NONE, .reached = FALSE, .planned_reps = 12 },
  };
  VastusSessionEntry *entry = vastus_session_entry_new (id, start, start + 25 * 60 * S + variant * S);

  vastus_session_entry_set_program (entry, "phase-1-gentle", "Phase 1 — “gentle” start");
  vastus_session_entry_set_end_reason (entry, variant % 2 ? VASTUS_END_PAIN : VASTUS_END_COMPLETED);
  vastus_session_entry_set_active_time (entry, (17 * 60 + variant) * S);
  vastus_session_entry_add_exercise (entry, "wall-sit", "Wall sit", holds, G_N_ELEMENTS (holds));
  vastus_session_entry_add_exercise (entry, "step-down", "Step-down \"slow\"", steps, G_N_ELEMENTS (steps));
  vastus_session_entry_add_exercise (entry, "bridge", "Brücke ✓ 🦵", bridges, G_N_ELEMENTS (bridges));
  return entry;
}

static void
assert_same_sets (const VastusExerciseResult *a,
                  const VastusExerciseResult *b)
{
  g_assert_cmpstr (a->id, ==, b->id);
  g_assert_cmpstr (a->name, ==, b->name);
  g_assert_cmpuint (a->n_sets, ==, b->n_sets);
  for (guint i = 0; i < a->n_sets; i++)
    {
      g_assert_cmpuint (a->sets[i].set, ==, b->sets[i].set);
      g_assert_cmpint (a->sets[i].leg, ==, b->sets[i].leg);
      g_assert_cmpint (a->sets[i].reached, ==, b->sets[i].reached);
      g_assert_cmpint (a->sets[i].skipped, ==, b->sets[i].skipped);
      g_assert_cmpuint (a->sets[i].planned_reps, ==, b->sets[i].planned_reps);
      g_assert_cmpuint (a->sets[i].done_reps, ==, b->sets[i].done_reps);
      g_assert_cmpuint (a->sets[i].planned_ms, ==, b->sets[i].planned_ms);
      g_assert_cmpuint (a->sets[i].done_ms, ==, b->sets[i].done_ms);
    }
}

static void
assert_same_pain (const VastusPainLog *a,
                  const VastusPainLog *b)
{
  if (a == NULL || b == NULL)
    {
      g_assert_true (a == b);
      return;
    }
  g_assert_cmpint (a->time, ==, b->time);
  g_assert_cmpint (a->during, ==, b->during);
  g_assert_cmpint (a->after, ==, b->after);
  g_assert_cmpstr (a->notes, ==, b->notes);
  g_assert_cmpuint (a->n_feels, ==, b->n_feels);
  for (guint i = 0; i < a->n_feels; i++)
    {
      g_assert_cmpstr (a->feels[i].exercise, ==, b->feels[i].exercise);
      g_assert_cmpint (a->feels[i].feel, ==, b->feels[i].feel);
      g_assert_cmpint (a->feels[i].hurt, ==, b->feels[i].hurt);
    }
}

static void
assert_same_morning (const VastusMorningCheck *a,
                     const VastusMorningCheck *b)
{
  if (a == NULL || b == NULL)
    {
      g_assert_true (a == b);
      return;
    }
  g_assert_cmpint (a->time, ==, b->time);
  g_assert_cmpint (a->pain, ==, b->pain);
}

static void
assert_same_session (VastusSessionEntry *a,
                     VastusSessionEntry *b)
{
  g_assert_true (a != b);
  g_assert_cmpstr (vastus_session_entry_get_id (a), ==, vastus_session_entry_get_id (b));
  g_assert_cmpint (vastus_session_entry_get_start (a), ==, vastus_session_entry_get_start (b));
  g_assert_cmpint (vastus_session_entry_get_end (a), ==, vastus_session_entry_get_end (b));
  g_assert_cmpint (vastus_session_entry_get_active_time (a), ==, vastus_session_entry_get_active_time (b));
  g_assert_cmpstr (vastus_session_entry_get_program_id (a), ==, vastus_session_entry_get_program_id (b));
  g_assert_cmpstr (vastus_session_entry_get_program_name (a), ==, vastus_session_entry_get_program_name (b));
  g_assert_cmpint (vastus_session_entry_get_end_reason (a), ==, vastus_session_entry_get_end_reason (b));
  g_assert_cmpuint (vastus_session_entry_get_n_exercises (a), ==, vastus_session_entry_get_n_exercises (b));
  for (guint i = 0; i < vastus_session_entry_get_n_exercises (a); i++)
    assert_same_sets (vastus_session_entry_get_exercise (a, i), vastus_session_entry_get_exercise (b, i));
  assert_same_pain (vastus_session_entry_get_pain (a), vastus_session_entry_get_pain (b));
  assert_same_morning (vastus_session_entry_get_morning (a), vastus_session_entry_get_morning (b));
}

/* The ids of the journal's sessions, in list order, space-separated. */
static char *
ids_in_order (VastusJournal *journal)
{
  GString *ids = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (journal)); i++)
    {
      g_autoptr (VastusSessionEntry) entry = g_list_model_get_item (G_LIST_MODEL (journal), i);

      if (i > 0)
        g_string_append_c (ids, ' ');
      g_string_append (ids, vastus_session_entry_get_id (entry));
    }
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (journal), g_list_model_get_n_items (G_LIST_MODEL (journal))));
  return g_string_free (ids, FALSE);
}

static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  GString    *log)
{
  g_string_append_printf (log, "(%u,%u,%u)", position, removed, added);
}

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

static void
assert_error_names (const GError *error,
                    const char   *path,
                    const char   *reason)
{
  g_assert_error (error, VASTUS_JOURNAL_ERROR, VASTUS_JOURNAL_ERROR_WRITE);
  if (strstr (error->message, path) == NULL || strstr (error->message, reason) == NULL)
    g_error ("“%s” should name %s and say “%s”", error->message, path, reason);
}

/* Round trip */

typedef struct
{
  gboolean done;
  gpointer task;    /* weak */
} AsyncLoad;

static void
load_async_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      data)
{
  AsyncLoad *load = data;
  g_autoptr (GError) error = NULL;

  g_assert_true (vastus_journal_load_finish (VASTUS_JOURNAL (object), result, &error));
  g_assert_no_error (error);
  /* The worker may still hold the task, and the task the journal. */
  load->done = TRUE;
  load->task = result;
  g_object_add_weak_pointer (G_OBJECT (result), &load->task);
}

static void
test_round_trip (Fixture       *fixture,
                 gconstpointer  data)
{
  const char *notes = "Knee said \"no\" on the stairs,\nthen 'fine'.\tGenou: ça va — 痛み 🦵\\";
  g_autoptr (GString) changes = g_string_new (NULL);
  g_autoptr (GError) error = NULL;
  g_autofree char *order = NULL;
  g_auto (GStrv) lines = NULL;
  VastusJournal *journal, *reloaded, *async;
  VastusSessionEntry *a, *b, *c;
  VastusPainLog *first, *second, *bare;
  VastusMorningCheck morning_a = { T0 + DAY - 2 * HOUR, 4 };
  VastusMorningCheck morning_c = { T0 + 2 * DAY - 2 * HOUR, -1 };
  cJSON *change;
  AsyncLoad load = { FALSE, NULL };
  GStatBuf st;

  journal = journal_load (fixture->path);
  g_assert_cmpuint (vastus_journal_get_problems (journal)->len, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (journal)), ==, 0);
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (journal)) == VASTUS_TYPE_SESSION_ENTRY);
  g_assert_false (g_file_test (fixture->path, G_FILE_TEST_EXISTS));
  g_signal_connect (journal, "items-changed", G_CALLBACK (items_changed_cb), changes);

  /* Added out of order; the model keeps them by start. */
  a = make_session ("a-first", T0, 0);
  b = make_session ("b-third", T0 + 2 * DAY, 1);
  c = make_session ("c-second", T0 + DAY, 2);
  vastus_session_entry_set_end_reason (c, VASTUS_END_RED_FLAG);
  g_assert_true (vastus_journal_add_session (journal, b, &error));
  g_assert_no_error (error);
  g_assert_true (vastus_journal_add_session (journal, a, &error));
  g_assert_true (vastus_journal_add_session (journal, c, &error));
  g_assert_cmpstr (changes->str, ==, "(0,0,1)(0,0,1)(1,0,1)");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (journal)), ==, 3);
  order = ids_in_order (journal);
  g_assert_cmpstr (order, ==, "a-first c-second b-third");
  g_assert_true (vastus_journal_get_last_session (journal) == b);
  g_assert_true (vastus_journal_lookup_session (journal, "c-second") == c);
  g_assert_null (vastus_journal_lookup_session (journal, "nobody"));

  /* A pain log, then a corrected one for the same session. */
  first = vastus_pain_log_new (6, 5, "first thoughts");
  first->time = T0 + HOUR;
  vastus_pain_log_add_feel (first, "wall-sit", VASTUS_FEEL_TOO_HARD, TRUE);
  second = vastus_pain_log_new (3, 2, notes);
  second->time = T0 + 2 * HOUR;
  vastus_pain_log_add_feel (second, "wall-sit", VASTUS_FEEL_ABOUT_RIGHT, FALSE);
  vastus_pain_log_add_feel (second, "step-down", VASTUS_FEEL_TOO_HARD, TRUE);
  vastus_pain_log_add_feel (second, "bridge", VASTUS_FEEL_TOO_EASY, FALSE);
  vastus_pain_log_add_feel (second, "bridge-2", VASTUS_FEEL_UNSET, TRUE);
  bare = vastus_pain_log_new (0, 10, NULL);
  bare->time = T0 + 2 * DAY + HOUR;

  g_assert_true (vastus_journal_add_pain (journal, "a-first", first, &error));
  g_assert_true (vastus_journal_add_pain (journal, "a-first", second, &error));
  g_assert_true (vastus_journal_add_pain (journal, "b-third", bare, &error));
  g_assert_no_error (error);
  g_assert_false (vastus_journal_add_pain (journal, "nobody", bare, &error));
  g_assert_error (error, VASTUS_JOURNAL_ERROR, VASTUS_JOURNAL_ERROR_UNKNOWN_SESSION);
  g_clear_error (&error);
  assert_same_pain (vastus_session_entry_get_pain (a), second);

  /* A morning answered and one dismissed. */
  g_assert_true (vastus_journal_add_morning (journal, "a-first", &morning_a, &error));
  g_assert_true (vastus_journal_add_morning (journal, "c-second", &morning_c, &error));
  g_assert_no_error (error);
  g_assert_false (vastus_journal_add_morning (journal, "nobody", &morning_a, &error));
  g_assert_error (error, VASTUS_JOURNAL_ERROR, VASTUS_JOURNAL_ERROR_UNKNOWN_SESSION);
  g_clear_error (&error);

  /* Programme changes, one with its own time, one given the time now. */
  change = cJSON_CreateObject ();
  cJSON_AddStringToObject (change, "exercise", "step-down");
  cJSON_AddStringToObject (change, "decision", "easier");
  cJSON_AddStringToObject (change, "reason", "Hurt “twice”\nin a row: \"6/10\"");
  cJSON_AddStringToObject (change, "time", "2026-11-22T10:00:00+01:00");
  cJSON_AddStringToObject (change, "type", "forged");
  g_assert_true (vastus_journal_add_program_change (journal, change, &error));
  change = cJSON_CreateObject ();
  cJSON_AddStringToObject (change, "exercise", "bridge");
  cJSON_AddStringToObject (change, "decision", "harder");
  cJSON_AddNumberToObject (change, "sets", 3);
  g_assert_true (vastus_journal_add_program_change (journal, change, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (vastus_journal_get_n_program_changes (journal), ==, 2);
  g_assert_cmpuint (vastus_journal_get_n_pending (journal), ==, 0);
  g_assert_null (vastus_journal_get_write_error (journal));

  /* Readable by the person only; one line per record. */
  g_assert_cmpint (g_stat (fixture->path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  lines = file_lines (fixture->path);
  g_assert_cmpuint (g_strv_length (lines), ==, 3 + 3 + 2 + 2);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autoptr (cJSON) object = cJSON_Parse (lines[i]);

      g_assert_true (cJSON_IsObject (object));
      g_assert_nonnull (json_string (object, "type"));
      g_assert_cmpint (cJSON_GetObjectItemCaseSensitive (object, "version")->valueint, ==, VASTUS_JOURNAL_VERSION);
    }

  /* Everything again from the file, in a new journal. */
  reloaded = journal_new (fixture->path);
  g_string_truncate (changes, 0);
  g_signal_connect (reloaded, "items-changed", G_CALLBACK (items_changed_cb), changes);
  g_assert_true (vastus_journal_load (reloaded, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (changes->str, ==, "(0,0,3)");
  g_assert_cmpuint (vastus_journal_get_problems (reloaded)->len, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (reloaded)), ==, 3);
  g_clear_pointer (&order, g_free);
  order = ids_in_order (reloaded);
  g_assert_cmpstr (order, ==, "a-first c-second b-third");
  assert_same_session (a, vastus_journal_lookup_session (reloaded, "a-first"));
  assert_same_session (b, vastus_journal_lookup_session (reloaded, "b-third"));
  assert_same_session (c, vastus_journal_lookup_session (reloaded, "c-second"));
  assert_same_pain (vastus_session_entry_get_pain (vastus_journal_lookup_session (reloaded, "a-first")), second);
  assert_same_pain (vastus_session_entry_get_pain (vastus_journal_lookup_session (reloaded, "b-third")), bare);
  g_assert_null (vastus_session_entry_get_pain (vastus_journal_lookup_session (reloaded, "c-second")));
  assert_same_morning (vastus_session_entry_get_morning (vastus_journal_lookup_session (reloaded, "a-first")), &morning_a);
  assert_same_morning (vastus_session_entry_get_morning (vastus_journal_lookup_session (reloaded, "c-second")), &morning_c);
  g_assert_null (vastus_session_entry_get_morning (vastus_journal_lookup_session (reloaded, "b-third")));

  g_assert_cmpuint (vastus_journal_get_n_program_changes (reloaded), ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      const cJSON *mine = vastus_journal_get_program_change (journal, i);
      const cJSON *read = vastus_journal_get_program_change (reloaded, i);
      gint64 time;

      g_assert_cmpstr (json_string (read, "type"), ==, "program-change");
      g_assert_true (vastus_time_from_iso8601 (json_string (read, "time"), &time));
      g_assert_true (cJSON_Compare (mine, read, TRUE));
    }
  g_assert_cmpstr (json_string (vastus_journal_get_program_change (reloaded, 0), "reason"), ==,
                   "Hurt “twice”\nin a row: \"6/10\"");
  g_assert_cmpstr (json_string (vastus_journal_get_program_change (reloaded, 0), "time"), ==,
                   "2026-11-22T10:00:00+01:00");
  g_assert_cmpstr (json_string (vastus_journal_get_program_change (reloaded, 1), "decision"), ==, "harder");

  /* The same from a worker thread. */
  async = journal_new (fixture->path);
  vastus_journal_load_async (async, NULL, load_async_cb, &load);
  while (!load.done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (async)), ==, 3);
  g_assert_cmpuint (vastus_journal_get_problems (async)->len, ==, 0);
  g_assert_cmpuint (vastus_journal_get_n_program_changes (async), ==, 2);
  assert_same_session (a, vastus_journal_lookup_session (async, "a-first"));
  assert_same_session (b, vastus_journal_lookup_session (async, "b-third"));
  assert_same_session (c, vastus_journal_lookup_session (async, "c-second"));

  /* Once the worker has let go of the task, only we hold the journal. */
  for (gint64 give_up = g_get_monotonic_time () + 5 * S; g_atomic_pointer_get (&load.task) != NULL;)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, give_up);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  g_assert_finalize_object (async);
  g_assert_finalize_object (reloaded);
  g_assert_finalize_object (journal);
  g_assert_finalize_object (a);
  g_assert_finalize_object (b);
  g_assert_finalize_object (c);
  vastus_pain_log_free (first);
  vastus_pain_log_free (second);
  vastus_pain_log_free (bare);
}

/* Damaged lines */

static char *
session_line (const char *id,
              gint64      start)
{
  g_autoptr (VastusSessionEntry) entry = make_session (id, start, 0);

  return record_line (vastus_session_entry_to_json (entry));
}

/* One sentence per bad line: the file, the line, the start of what is wrong. */
static void
assert_problems (VastusJournal      *journal,
                 const char * const *expected)
{
  GPtrArray *problems = vastus_journal_get_problems (journal);
  guint n = g_strv_length ((GStrv) expected);

  for (guint i = 0; i < problems->len; i++)
    g_test_message ("problem: %s", (char *) g_ptr_array_index (problems, i));

  g_assert_cmpuint (problems->len, ==, n);
  for (guint e = 0; e < n; e++)
    {
      guint found = 0;

      for (guint i = 0; i < problems->len; i++)
        if (g_str_has_prefix (g_ptr_array_index (problems, i), expected[e]))
          found++;
      if (found != 1)
        g_error ("“%s…” was reported %u times, not once", expected[e], found);
    }
}

static void
test_damaged_lines (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *good1 = session_line ("s1", T0);
  g_autofree char *good2 = session_line ("s2", T0 + DAY);
  g_autofree char *good3 = session_line ("s3", T0 + 2 * DAY);
  g_autofree char *future = NULL;
  g_autofree char *bad_field = NULL;
  g_autofree char *pain = NULL;
  g_autofree char *orphan = NULL;
  g_autofree char *bad_pain = NULL;
  g_autofree char *text = NULL;
  g_autofree char *after = NULL;
  g_autoptr (VastusPainLog) log = vastus_pain_log_new (4, 3, "ok");
  g_autoptr (cJSON) object = NULL;
  const char * const expected[] = {
    "journal.jsonl: line 2: is not valid JSON; skipped",
    "journal.jsonl: line 3: has no record type; skipped",
    "journal.jsonl: line 4: type “stretch” is not a kind of record Vastus knows; skipped",
    "journal.jsonl: line 5: was written by a newer version of Vastus (session version 2); skipped",
    "journal.jsonl: line 6: ended must be one of",
    "journal.jsonl: line 7: session names session “nobody”, which is not in the journal; skipped",
    "journal.jsonl: line 13: id repeats session “s1”; skipped",
    "journal.jsonl: line 14: during ",
    "journal.jsonl: line 15: time must be a date and time",
    "journal.jsonl: line 17: has no record type; skipped",
    NULL
  };
  VastusJournal *journal;
  VastusSessionEntry *s1;
  gsize length, after_length;

  object = cJSON_Parse (good2);
  cJSON_SetNumberValue (cJSON_GetObjectItemCaseSensitive (object, "version"), 2);
  cJSON_SetValuestring (cJSON_GetObjectItemCaseSensitive (object, "id"), "future");
  future = cJSON_PrintUnformatted (object);
  g_clear_pointer (&object, cJSON_Delete);

  object = cJSON_Parse (good2);
  cJSON_SetValuestring (cJSON_GetObjectItemCaseSensitive (object, "id"), "bad-field");
  cJSON_SetValuestring (cJSON_GetObjectItemCaseSensitive (object, "ended"), "exploded");
  bad_field = cJSON_PrintUnformatted (object);
  g_clear_pointer (&object, cJSON_Delete);

  log->time = T0 + HOUR;
  vastus_pain_log_add_feel (log, "wall-sit", VASTUS_FEEL_ABOUT_RIGHT, FALSE);
  pain = record_line (vastus_pain_log_to_json (log, "s1"));
  orphan = record_line (vastus_pain_log_to_json (log, "nobody"));
  object = vastus_pain_log_to_json (log, "s2");
  cJSON_SetNumberValue (cJSON_GetObjectItemCaseSensitive (object, "during"), 11);
  bad_pain = cJSON_PrintUnformatted (object);

  text = g_strconcat (good1, "\n",                                                  /* 1 */
                      "{\"type\": \"session\", this is not JSON\n",                  /* 2 */
                      "[1, 2, 3]\n",                                                /* 3 */
                      "{\"type\":\"stretch\",\"version\":1}\n",                     /* 4 */
                      future, "\n",                                                 /* 5 */
                      bad_field, "\n",                                              /* 6 */
                      orphan, "\n",                                                 /* 7 */
                      "\n",                                                         /* 8 */
                      pain, "\n",                                                   /* 9 */
                      "{\"type\":\"morning\",\"version\":1,\"session\":\"s1\","
                      "\"time\":\"2026-11-22T07:30:00+01:00\",\"pain\":2}\n",      /* 10 */
                      "{\"type\":\"program-change\",\"version\":1,\"time\":\"2026-11-22T10:00:00Z\","
                      "\"exercise\":\"bridge\",\"decision\":\"harder\",\"reason\":\"no pain\"}\n", /* 11 */
                      good2, "\r\n",                                                /* 12 */
                      good1, "\n",                                                  /* 13 */
                      bad_pain, "\n",                                               /* 14 */
                      "{\"type\":\"morning\",\"version\":1,\"session\":\"s2\",\"pain\":2}\n", /* 15 */
                      "   \t\n",                                                    /* 16 */
                      "{\"version\":1}\n",                                          /* 17 */
                      good3, "\n",                                                  /* 18 */
                      NULL);
  length = strlen (text);
  g_assert_true (g_file_set_contents (fixture->path, text, (gssize) length, NULL));

  journal = journal_load (fixture->path);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (journal)), ==, 3);
  {
    g_autofree char *order = ids_in_order (journal);
    g_assert_cmpstr (order, ==, "s1 s2 s3");
  }
  s1 = vastus_journal_lookup_session (journal, "s1");
  assert_same_pain (vastus_session_entry_get_pain (s1), log);
  g_assert_nonnull (vastus_session_entry_get_morning (s1));
  g_assert_cmpint (vastus_session_entry_get_morning (s1)->pain, ==, 2);
  g_assert_null (vastus_session_entry_get_pain (vastus_journal_lookup_session (journal, "s2")));
  g_assert_null (vastus_session_entry_get_morning (vastus_journal_lookup_session (journal, "s2")));
  g_assert_null (vastus_journal_lookup_session (journal, "future"));
  g_assert_null (vastus_journal_lookup_session (journal, "bad-field"));
  g_assert_cmpuint (vastus_journal_get_n_program_changes (journal), ==, 1);
  g_assert_cmpstr (json_string (vastus_journal_get_program_change (journal, 0), "reason"), ==, "no pain");
  assert_problems (journal, expected);

  /* A second load reports the same lines, each still once. */
  g_assert_true (vastus_journal_load (journal, NULL));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (journal)), ==, 3);
  g_assert_cmpuint (vastus_journal_get_n_program_changes (journal), ==, 1);
  assert_problems (journal, expected);

  /* Loading never rewrites the file. */
  after = contents (fixture->path, &after_length);
  g_assert_cmpmem (after, after_length, text, length);

  g_assert_finalize_object (journal);
}

/* Sessions ended early and "My Knee Hurts", from the session timer */

static const char *knee_catalogue_json =
  "{ \"format\": 1, \"exercises\": ["
  "  { \"id\": \"wall-sit\", \"name\": \"Wall sit\", \"summary\": \"s\", \"category\": \"isometric\", \"muscles\": [\"vmo\"],"
  "    \"equipment\": [\"wall\"], \"level\": 1, \"side\": \"both\", \"dose\": { \"sets\": 2, \"hold_s\": 10, \"rest_s\": 0 },"
  "    \"steps\": [\"a\"], \"cues\": [\"b\"], \"cautions\": [] },"
  "  { \"id\": \"step-down\", \"name\": \"Step-down\", \"summary\": \"s\", \"category\": \"strength\", \"muscles\": [\"vmo\"],"
  "    \"equipment\": [\"step\"], \"level\": 2, \"side\": \"one\", \"dose\": { \"sets\": 3, \"reps\": 3, \"rest_s\": 5,"
  "    \"tempo\": [ { \"cue\": \"lower\", \"s\": 2 }, { \"cue\": \"rise\", \"s\": 1 } ] },"
  "    \"steps\": [\"a\"], \"cues\": [\"b\"], \"cautions\": [] },"
  "  { \"id\": \"bridge\", \"name\": \"Bridge\", \"summary\": \"s\", \"category\": \"strength\", \"muscles\": [\"glutes\"],"
  "    \"equipment\": [\"mat\"], \"level\": 1, \"side\": \"both\", \"dose\": { \"sets\": 1, \"reps\": 5, \"rest_s\": 30 },"
  "    \"steps\": [\"a\"], \"cues\": [\"b\"], \"cautions\": [] } ] }";

/* A session on a fake clock. Its steps: 0 get ready, 1–2 wall sits; 3 a
 * rest, 4 get ready, then three step-down sets, each right leg, switch,
 * left leg (5–7, 9–11, 13–15) with rests between (8, 12); 16 a rest,
 * 17 get ready, 18 the bridges; 19 done. */
typedef struct
{
  VastusCatalogue *catalogue;
  VastusClock     *clock;
  VastusPlan      *plan;
  VastusSession   *session;
} Run;

static Run *
run_new (void)
{
  const char *ids[] = { "wall-sit", "step-down", "bridge" };
  g_autoptr (GError) error = NULL;
  Run *run = g_new0 (Run, 1);

  run->catalogue = vastus_catalogue_new ();
  g_assert_true (vastus_catalogue_load_data (run->catalogue, knee_catalogue_json, strlen (knee_catalogue_json),
                                             "knee.json", "/tmp", &error));
  g_assert_no_error (error);
  run->clock = vastus_fake_clock_new (1000 * S);
  run->plan = vastus_plan_new (VASTUS_LEG_RIGHT);
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      VastusExercise *exercise = vastus_catalogue_lookup (run->catalogue, ids[i]);

      vastus_plan_add (run->plan, exercise, vastus_exercise_get_dose (exercise));
    }
  g_assert_cmpuint (vastus_plan_get_n_steps (run->plan), ==, 20);
  run->session = vastus_session_new (run->clock, run->plan);
  vastus_session_start (run->session);
  return run;
}

static void
run_free (Run *run)
{
  g_assert_finalize_object (run->session);
  g_assert_finalize_object (run->plan);
  g_assert_finalize_object (run->clock);
  g_object_unref (run->catalogue);
  g_free (run);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Run, run_free)

/* Lets the session run until step @index starts, then @seconds into it. */
static void
run_to (Run    *run,
        guint   index,
        double  seconds)
{
  while (vastus_session_get_step_index (run->session) < index)
    vastus_fake_clock_advance (VASTUS_FAKE_CLOCK (run->clock), vastus_session_get_remaining (run->session));
  g_assert_cmpuint (vastus_session_get_step_index (run->session), ==, index);
  vastus_fake_clock_advance (VASTUS_FAKE_CLOCK (run->clock), (gint64) (seconds * S));
}

static VastusSessionEntry *
entry_from_run (Run *run)
{
  return vastus_session_entry_new_from_session (run->session, "phase-1-gentle", "Gentle start",
                                                T0, T0 + 20 * 60 * S);
}

static void
assert_same_knee (VastusSessionEntry *a,
                  VastusSessionEntry *b)
{
  g_assert_cmpstr (vastus_session_entry_get_ended_during (a), ==, vastus_session_entry_get_ended_during (b));
  g_assert_cmpuint (vastus_session_entry_get_n_knee_notes (a), ==, vastus_session_entry_get_n_knee_notes (b));
  for (guint i = 0; i < vastus_session_entry_get_n_knee_notes (a); i++)
    {
      const VastusKneeNote *x = vastus_session_entry_get_knee_note (a, i);
      const VastusKneeNote *y = vastus_session_entry_get_knee_note (b, i);

      g_assert_cmpstr (x->exercise, ==, y->exercise);
      g_assert_cmpuint (x->set, ==, y->set);
      g_assert_cmpint (x->action, ==, y->action);
    }
}

static void
assert_knee_note (VastusSessionEntry *entry,
                  guint               index,
                  const char         *exercise,
                  guint               set,
                  VastusKneeAction    action)
{
  const VastusKneeNote *note;

  g_assert_cmpuint (index, <, vastus_session_entry_get_n_knee_notes (entry));
  note = vastus_session_entry_get_knee_note (entry, index);
  g_assert_cmpstr (note->exercise, ==, exercise);
  g_assert_cmpuint (note->set, ==, set);
  g_assert_cmpint (note->action, ==, action);
}

/* Through JSON and back, as a journal line is. */
static VastusSessionEntry *
json_round_trip (VastusSessionEntry *entry)
{
  g_autoptr (cJSON) object = vastus_session_entry_to_json (entry);
  g_autofree char *line = cJSON_PrintUnformatted (object);
  g_autoptr (cJSON) parsed = cJSON_Parse (line);
  VastusSessionEntry *read;
  VastusCheck check;

  vastus_check_init (&check, "journal.jsonl");
  read = vastus_session_entry_new_from_json (parsed, &check);
  for (guint i = 0; i < check.problems->len; i++)
    g_test_message ("problem: %s", (char *) g_ptr_array_index (check.problems, i));
  g_assert_cmpuint (vastus_check_count (&check), ==, 0);
  vastus_check_clear (&check);
  g_assert_nonnull (read);
  assert_same_session (entry, read);
  assert_same_knee (entry, read);
  return read;
}

/* Where a session ended early: the exercise under way, or in a get-ready
 * or a rest the last one reached; nothing when it ran to its end or
 * ended before any set. */
static void
test_ended_during (void)
{
  static const struct { guint step; VastusEndReason reason; const char *expected; } cases[] = {
    { 0, VASTUS_END_PAIN, NULL },               /* the first get-ready */
    { 1, VASTUS_END_PAIN, "wall-sit" },
    { 3, VASTUS_END_STOPPED, "wall-sit" },      /* the rest after it */
    { 4, VASTUS_END_PAIN, "wall-sit" },         /* the next get-ready */
    { 7, VASTUS_END_PAIN, "step-down" },
    { 10, VASTUS_END_PAIN, "step-down" },       /* switching sides */
    { 12, VASTUS_END_RED_FLAG, "step-down" },   /* a rest between sets */
    { 16, VASTUS_END_PAIN, "step-down" },
    { 17, VASTUS_END_STOPPED, "step-down" },
    { 18, VASTUS_END_PAIN, "bridge" },
    { 18, VASTUS_END_COMPLETED, NULL },         /* done to the end */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (Run) run = run_new ();
      g_autoptr (VastusSessionEntry) entry = NULL;
      g_autoptr (VastusSessionEntry) read = NULL;
      g_autoptr (cJSON) object = NULL;

      g_test_message ("ended in step %u", cases[i].step);
      run_to (run, cases[i].step, 2);
      if (cases[i].reason == VASTUS_END_COMPLETED)
        vastus_session_done (run->session, -1);
      else
        vastus_session_stop (run->session, cases[i].reason);
      entry = entry_from_run (run);

      g_assert_cmpint (vastus_session_entry_get_end_reason (entry), ==, cases[i].reason);
      g_assert_cmpstr (vastus_session_entry_get_ended_during (entry), ==, cases[i].expected);
      object = vastus_session_entry_to_json (entry);
      g_assert_cmpstr (json_string (object, "ended_during"), ==, cases[i].expected);
      read = json_round_trip (entry);
      g_assert_cmpstr (vastus_session_entry_get_ended_during (read), ==, cases[i].expected);
      g_assert_cmpuint (vastus_session_entry_get_n_knee_notes (read), ==, 0);
      g_assert_null (cJSON_GetObjectItemCaseSensitive (object, "knee_hurt"));
    }
}

/* Each time the knee hurt, with the exercise's id, the set from 1 and what
 * was chosen, kept in the journal. */
static void
test_knee_notes (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr (Run) run = run_new ();
  g_autoptr (VastusSessionEntry) entry = NULL;
  g_autoptr (VastusSessionEntry) read = NULL;
  g_autoptr (cJSON) object = NULL;
  g_autoptr (GError) error = NULL;
  VastusDose easier = *vastus_plan_get_dose (run->plan, 1);
  const cJSON *knee;
  VastusJournal *journal, *reloaded;

  vastus_dose_set (&easier, VASTUS_DOSE_REPS, 2);
  run_to (run, 9, 1);                                    /* step-down, the second set */
  g_assert_true (vastus_session_ease (run->session, &easier));
  run_to (run, 11, 1);
  vastus_session_report_knee (run->session, VASTUS_KNEE_WARNING_SIGNS);
  run_to (run, 13, 1);                                   /* the third set */
  vastus_session_report_knee (run->session, VASTUS_KNEE_SKIPPED);
  vastus_session_skip_exercise (run->session);
  run_to (run, 18, 1);
  vastus_session_report_knee (run->session, VASTUS_KNEE_ENDED);
  vastus_session_stop (run->session, VASTUS_END_PAIN);
  entry = entry_from_run (run);

  g_assert_cmpstr (vastus_session_entry_get_ended_during (entry), ==, "bridge");
  g_assert_cmpuint (vastus_session_entry_get_n_knee_notes (entry), ==, 4);
  assert_knee_note (entry, 0, "step-down", 2, VASTUS_KNEE_EASIER);
  assert_knee_note (entry, 1, "step-down", 2, VASTUS_KNEE_WARNING_SIGNS);
  assert_knee_note (entry, 2, "step-down", 3, VASTUS_KNEE_SKIPPED);
  assert_knee_note (entry, 3, "bridge", 1, VASTUS_KNEE_ENDED);
  g_assert_true (vastus_session_entry_knee_hurt (entry, "step-down"));
  g_assert_true (vastus_session_entry_knee_hurt (entry, "bridge"));
  g_assert_false (vastus_session_entry_knee_hurt (entry, "wall-sit"));

  /* As the journal writes it. */
  object = vastus_session_entry_to_json (entry);
  g_assert_cmpstr (json_string (object, "ended_during"), ==, "bridge");
  knee = cJSON_GetObjectItemCaseSensitive (object, "knee_hurt");
  g_assert_true (cJSON_IsArray (knee));
  g_assert_cmpint (cJSON_GetArraySize (knee), ==, 4);
  g_assert_cmpstr (json_string (cJSON_GetArrayItem (knee, 0), "id"), ==, "step-down");
  g_assert_cmpint (cJSON_GetObjectItemCaseSensitive (cJSON_GetArrayItem (knee, 0), "set")->valueint, ==, 2);
  g_assert_cmpstr (json_string (cJSON_GetArrayItem (knee, 0), "action"), ==, "easier");
  g_assert_cmpstr (json_string (cJSON_GetArrayItem (knee, 1), "action"), ==, "warning-signs");
  g_assert_cmpstr (json_string (cJSON_GetArrayItem (knee, 2), "action"), ==, "skipped");
  g_assert_cmpstr (json_string (cJSON_GetArrayItem (knee, 3), "action"), ==, "ended");

  read = json_round_trip (entry);
  g_assert_true (vastus_session_entry_knee_hurt (read, "step-down"));

  /* Written to a journal and loaded again. */
  journal = journal_load (fixture->path);
  g_assert_true (vastus_journal_add_session (journal, entry, &error));
  g_assert_no_error (error);
  reloaded = journal_load (fixture->path);
  g_assert_cmpuint (vastus_journal_get_problems (reloaded)->len, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (reloaded)), ==, 1);
  assert_same_session (entry, vastus_journal_lookup_session (reloaded, vastus_session_entry_get_id (entry)));
  assert_same_knee (entry, vastus_journal_lookup_session (reloaded, vastus_session_entry_get_id (entry)));

  g_assert_finalize_object (reloaded);
  g_assert_finalize_object (journal);
}

/* A damaged knee_hurt is said, naming the field, and the session is kept
 * without it. */
static void
test_knee_notes_damaged (Fixture       *fixture,
                         gconstpointer  data)
{
  static const char * const knee_hurt[] = {
    "\"sore\"",
    "{\"first\": {\"id\": \"step-down\", \"set\": 2, \"action\": \"easier\"}}",
    "[{\"id\": \"step-down\", \"set\": 2, \"action\": \"exploded\"}, {\"id\": \"bridge\", \"set\": 1, \"action\": \"ended\"}]",
    "[{\"id\": \"step-down\", \"set\": 1e300, \"action\": \"easier\"}]",
    "[{\"set\": 1, \"action\": \"ended\"}]",
    "[{\"id\": \"bridge\", \"set\": 1, \"action\": 3}]",
  };
  const char * const expected[] = {
    "journal.jsonl: line 1: knee_hurt must be a list; left out",
    "journal.jsonl: line 2: knee_hurt must be a list; left out",
    "journal.jsonl: line 3: knee_hurt must each name an exercise, a set and an action",
    "journal.jsonl: line 4: knee_hurt.set must be a whole number from 0 to 100",
    "journal.jsonl: line 5: knee_hurt must each name an exercise, a set and an action",
    "journal.jsonl: line 6: knee_hurt must each name an exercise, a set and an action",
    NULL
  };
  g_autoptr (GString) text = g_string_new (NULL);
  VastusSessionEntry *entries[G_N_ELEMENTS (knee_hurt)];
  VastusJournal *journal;

  for (guint i = 0; i < G_N_ELEMENTS (knee_hurt); i++)
    {
      g_autofree char *id = g_strdup_printf ("s%u", i + 1);
      g_autoptr (cJSON) object = NULL;
      g_autofree char *line = NULL;

      entries[i] = make_session (id, T0 + i * DAY, i);
      vastus_session_entry_set_ended_during (entries[i], "step-down");
      object = vastus_session_entry_to_json (entries[i]);
      cJSON_AddItemToObject (object, "knee_hurt", cJSON_Parse (knee_hurt[i]));
      line = cJSON_PrintUnformatted (object);
      g_string_append_printf (text, "%s\n", line);
    }
  g_assert_true (g_file_set_contents (fixture->path, text->str, (gssize) text->len, NULL));

  journal = journal_load (fixture->path);
  assert_problems (journal, expected);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (journal)), ==, G_N_ELEMENTS (knee_hurt));
  for (guint i = 0; i < G_N_ELEMENTS (knee_hurt); i++)
    {
      VastusSessionEntry *read = vastus_journal_lookup_session (journal, vastus_session_entry_get_id (entries[i]));

      g_assert_nonnull (read);
      assert_same_session (entries[i], read);
      g_assert_cmpstr (vastus_session_entry_get_ended_during (read), ==, "step-down");
      /* The good note beside a bad one is kept. */
      if (i == 2)
        {
          g_assert_cmpuint (vastus_session_entry_get_n_knee_notes (read), ==, 1);
          assert_knee_note (read, 0, "bridge", 1, VASTUS_KNEE_ENDED);
        }
      else
        g_assert_cmpuint (vastus_session_entry_get_n_knee_notes (read), ==, 0);
      g_assert_finalize_object (entries[i]);
    }

  g_assert_finalize_object (journal);
}

/* Torn last line */


static void
test_torn_last_line (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *good1 = session_line ("s1", T0);
  g_autofree char *good2 = session_line ("s2", T0 + DAY);
  g_autofree char *torn = session_line ("s3", T0 + 2 * DAY);
  g_autofree char *text = NULL;
  g_autofree char *after = NULL;
  g_autofree char *expected_after = NULL;
  g_autofree char *s4_line = NULL;
  g_autofree char *order = NULL;
  g_autoptr (GError) error = NULL;
  const char * const torn_problem[] = {
    "journal.jsonl: line 3: is incomplete: Vastus stopped while writing it; skipped", NULL
  };
  const char * const later_problem[] = { "journal.jsonl: line 3: is not valid JSON; skipped", NULL };
  VastusJournal *journal, *reloaded;
  VastusSessionEntry *s4;
  gsize length, after_length;

  torn[strlen (torn) / 2] = '\0';
  text = g_strconcat (good1, "\n", good2, "\n", torn, NULL);
  length = strlen (text);
  g_assert_true (g_file_set_contents (fixture->path, text, (gssize) length, NULL));

  journal = journal_load (fixture->path);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (journal)), ==, 2);
  g_assert_nonnull (vastus_journal_lookup_session (journal, "s1"));
  g_assert_nonnull (vastus_journal_lookup_session (journal, "s2"));
  assert_problems (journal, torn_problem);
  after = contents (fixture->path, &after_length);
  g_assert_cmpmem (after, after_length, text, length);
  g_clear_pointer (&after, g_free);

  /* The next record goes on a line of its own; the fragment stays. */
  s4 = make_session ("s4", T0 + 3 * DAY, 4);
  g_assert_true (vastus_journal_add_session (journal, s4, &error));
  g_assert_no_error (error);
  s4_line = record_line (vastus_session_entry_to_json (s4));
  expected_after = g_strconcat (text, "\n", s4_line, "\n", NULL);
  after = contents (fixture->path, &after_length);
  g_assert_cmpstr (after, ==, expected_after);

  reloaded = journal_load (fixture->path);
  order = ids_in_order (reloaded);
  g_assert_cmpstr (order, ==, "s1 s2 s4");
  assert_same_session (s4, vastus_journal_lookup_session (reloaded, "s4"));
  assert_problems (reloaded, later_problem);

  g_assert_finalize_object (reloaded);
  g_assert_finalize_object (journal);
  g_assert_finalize_object (s4);
}

/* A line holding a record and more: two records glued together, a record
 * and stray text, a record and a NUL byte. Each such line is said with what
 * is wrong and skipped whole, as every damaged line is; the file is kept. */
static void
test_glued_records (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *good1 = session_line ("s1", T0);
  g_autofree char *good2 = session_line ("s2", T0 + DAY);
  g_autofree char *good3 = session_line ("s3", T0 + 2 * DAY);
  g_autofree char *good4 = session_line ("s4", T0 + 3 * DAY);
  g_autofree char *good5 = session_line ("s5", T0 + 4 * DAY);
  g_autofree char *good6 = session_line ("s6", T0 + 5 * DAY);
  g_autofree char *good7 = session_line ("s7", T0 + 6 * DAY);
  g_autofree char *line2 = NULL;
  g_autofree char *line3 = NULL;
  g_autofree char *expected2 = NULL;
  g_autofree char *expected3 = NULL;
  g_autofree char *expected4 = NULL;
  g_autofree char *after = NULL;
  g_autoptr (GString) text = g_string_new (NULL);
  VastusJournal *journal;
  gsize after_length;

  line2 = g_strconcat (good2, good3, NULL);
  line3 = g_strconcat (good4, "  garbage", NULL);
  expected2 = g_strdup_printf ("journal.jsonl: line 2: holds a second record glued to the first, at column %u; skipped",
                               (guint) strlen (good2) + 1);
  expected3 = g_strdup_printf ("journal.jsonl: line 3: has something after its record, at column %u; skipped",
                               (guint) strlen (good4) + 3);
  expected4 = g_strdup_printf ("journal.jsonl: line 4: has something after its record, at column %u; skipped",
                               (guint) strlen (good5) + 1);
  g_string_append_printf (text, "%s\n%s\n%s\n", good1, line2, line3);
  g_string_append (text, good5);
  g_string_append_len (text, "\0", 1);
  g_string_append_printf (text, "%s\n%s\n", good6, good7);
  g_assert_true (g_file_set_contents (fixture->path, text->str, (gssize) text->len, NULL));

  journal = journal_load (fixture->path);
  {
    const char * const expected[] = { expected2, expected3, expected4, NULL };
    g_autofree char *order = ids_in_order (journal);

    assert_problems (journal, expected);
    g_assert_cmpstr (order, ==, "s1 s7");
  }

  /* Nothing is rewritten. */
  after = contents (fixture->path, &after_length);
  g_assert_cmpmem (after, after_length, text->str, text->len);

  g_assert_finalize_object (journal);
}

/* A NUL character in a text, as `\u0000` or a raw byte, would cut it: the
 * line is said and skipped. An escaped backslash before "u0000" is text. */
static void
test_nul_character (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *good1 = session_line ("s1", T0);
  g_autofree char *escaped = session_line ("s2-NUL-x", T0 + DAY);
  g_autofree char *raw = session_line ("s3@x", T0 + 2 * DAY);
  g_autofree char *backslash = session_line ("s4\\u0000x", T0 + 3 * DAY);
  g_autofree char *after = NULL;
  g_autofree char *order = NULL;
  g_autoptr (GString) text = g_string_new (NULL);
  const char * const expected[] = {
    "journal.jsonl: line 2: has a NUL character (\\u0000) in a text; skipped",
    "journal.jsonl: line 3: has a NUL character (\\u0000) in a text; skipped",
    NULL
  };
  VastusJournal *journal;
  gsize after_length;

  g_string_append_printf (text, "%s\n%s\n%s\n%s\n", good1, escaped, raw, backslash);
  g_assert_cmpuint (g_string_replace (text, "-NUL-", "\\u0000", 0), ==, 1);
  for (gsize k = 0; k < text->len; k++)
    if (text->str[k] == '@')
      text->str[k] = '\0';
  g_assert_true (g_file_set_contents (fixture->path, text->str, (gssize) text->len, NULL));

  journal = journal_load (fixture->path);
  assert_problems (journal, expected);
  order = ids_in_order (journal);
  g_assert_cmpstr (order, ==, "s1 s4\\u0000x");

  after = contents (fixture->path, &after_length);
  g_assert_cmpmem (after, after_length, text->str, text->len);
  g_assert_finalize_object (journal);
}

/* Records added before the load finishes (as while it runs in a worker) */

/*
 * merge_loaded() must keep what is already in memory once: sessions by id,
 * and programme changes, which were written and so are read back too.
 */

/* The two changes of test_add_before_load(), each once. */
static void
assert_changes_once (VastusJournal *journal)
{
  guint wall_sit = 0, bridge = 0;

  g_assert_cmpuint (vastus_journal_get_n_program_changes (journal), ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      const char *exercise = json_string (vastus_journal_get_program_change (journal, i), "exercise");

      wall_sit += g_strcmp0 (exercise, "wall-sit") == 0;
      bridge += g_strcmp0 (exercise, "bridge") == 0;
    }
  g_assert_cmpuint (wall_sit, ==, 1);
  g_assert_cmpuint (bridge, ==, 1);
}

static void
count_cb (guint *count)
{
  (*count)++;
}

static void
load_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      data)
{
  GError **error = data;

  g_assert_false (vastus_journal_load_finish (VASTUS_JOURNAL (source), result, error));
}

/* A journal that cannot be read says so to whoever shows it, in the
 * synchronous and the threaded load alike, and the file is left as it is. */
static void
test_unreadable (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GError) async_error = NULL;
  VastusJournal *journal;
  guint notified = 0;

  /* A folder where the file should be: unreadable for root too. */
  g_assert_cmpint (g_mkdir (fixture->path, 0700), ==, 0);

  journal = journal_new (fixture->path);
  g_signal_connect_swapped (journal, "notify::load-error", G_CALLBACK (count_cb), &notified);
  g_assert_false (vastus_journal_load (journal, &error));
  g_assert_error (error, VASTUS_JOURNAL_ERROR, VASTUS_JOURNAL_ERROR_READ);
  g_assert_false (vastus_journal_is_loaded (journal));
  g_assert_nonnull (vastus_journal_get_load_error (journal));
  g_assert_cmpstr (vastus_journal_get_load_error (journal)->message, ==, error->message);
  g_assert_cmpuint (notified, ==, 1);
  g_assert_finalize_object (journal);

  journal = journal_new (fixture->path);
  notified = 0;
  g_signal_connect_swapped (journal, "notify::load-error", G_CALLBACK (count_cb), &notified);
  vastus_journal_load_async (journal, NULL, load_done_cb, &async_error);
  while (async_error == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (notified, ==, 1);
  g_assert_error (async_error, VASTUS_JOURNAL_ERROR, VASTUS_JOURNAL_ERROR_READ);
  g_assert_nonnull (vastus_journal_get_load_error (journal));
  /* The worker thread may still hold the load's task for a moment: a plain
   * unref, not a finalize check. */
  g_object_unref (journal);

  g_assert_true (g_file_test (fixture->path, G_FILE_TEST_IS_DIR));
}

static void
test_add_before_load (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr (GString) changes = g_string_new (NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (VastusPainLog) log = vastus_pain_log_new (1, 1, "before the load");
  g_autofree char *order = NULL;
  VastusJournal *writer, *journal;
  VastusSessionEntry *s1, *s2;
  cJSON *change;

  /* What an earlier run left. */
  writer = journal_new (fixture->path);
  s1 = make_session ("s1", T0, 0);
  g_assert_true (vastus_journal_add_session (writer, s1, &error));
  change = cJSON_CreateObject ();
  cJSON_AddStringToObject (change, "exercise", "wall-sit");
  cJSON_AddStringToObject (change, "time", "2026-11-21T10:00:00Z");
  g_assert_true (vastus_journal_add_program_change (writer, change, &error));
  g_assert_no_error (error);
  g_assert_finalize_object (writer);

  /* This run logs before its load is done. */
  journal = journal_new (fixture->path);
  g_signal_connect (journal, "items-changed", G_CALLBACK (items_changed_cb), changes);
  s2 = make_session ("s2", T0 - DAY, 1);
  g_assert_true (vastus_journal_add_session (journal, s2, &error));
  log->time = T0 - DAY + HOUR;
  g_assert_true (vastus_journal_add_pain (journal, "s2", log, &error));
  change = cJSON_CreateObject ();
  cJSON_AddStringToObject (change, "exercise", "bridge");
  cJSON_AddStringToObject (change, "time", "2026-11-21T11:00:00Z");
  g_assert_true (vastus_journal_add_program_change (journal, change, &error));
  g_assert_no_error (error);

  g_assert_true (vastus_journal_load (journal, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (changes->str, ==, "(0,0,1)(0,1,2)");
  order = ids_in_order (journal);
  g_assert_cmpstr (order, ==, "s2 s1");
  g_assert_true (vastus_journal_lookup_session (journal, "s2") == s2);
  assert_same_session (s1, vastus_journal_lookup_session (journal, "s1"));
  assert_same_pain (vastus_session_entry_get_pain (s2), log);
  g_assert_cmpuint (vastus_journal_get_problems (journal)->len, ==, 0);

  assert_changes_once (journal);

  /* Loading again adds nothing twice. */
  g_string_truncate (changes, 0);
  g_assert_true (vastus_journal_load (journal, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (changes->str, ==, "(0,2,2)");
  g_assert_true (vastus_journal_lookup_session (journal, "s2") == s2);
  g_assert_cmpuint (vastus_journal_get_problems (journal)->len, ==, 0);
  assert_changes_once (journal);

  g_assert_finalize_object (journal);
  g_assert_finalize_object (s1);
  g_assert_finalize_object (s2);
}

/* Killed while appending */

#define CRASH_TARGET 1000
/* On a busy machine, where each append waits longer for the disk: enough
 * writers killed mid-append to trust the result, and a deadline within the
 * test's own time limit. */
#define CRASH_ENOUGH_ACKED 200
#define CRASH_ENOUGH_KILLS 50

typedef struct
{
  guint32 child;
  guint32 n;
} Ack;

static void G_GNUC_NORETURN
crash_writer (const char *path,
              guint       child,
              int         fd)
{
  VastusJournal *journal;

  /* Never outlive the test. */
  prctl (PR_SET_PDEATHSIG, SIGKILL);
  if (getppid () == 1)
    _exit (2);

  journal = journal_new (path);
  for (guint n = 0; n < 100000; n++)
    {
      char id[32];
      VastusSessionEntry *entry;
      Ack ack = { child, n };

      g_snprintf (id, sizeof id, "crash-%u-%u", child, n);
      entry = make_session (id, T0 + (gint64) (child * 1000 + n) * 60 * S, n % 7);
      if (!vastus_journal_add_session (journal, entry, NULL))
        _exit (3);
      if (write (fd, &ack, sizeof ack) != sizeof ack)
        _exit (4);
      g_object_unref (entry);
    }
  _exit (0);
}

/* Reads acknowledgements until @deadline (monotonic µs), to the end, or,
 * when @until is not 0, until @until appends in all are acknowledged. */
static void
read_acks (int         fd,
           gint64      deadline,
           GByteArray *pending,
           GHashTable *acked,
           guint       until)
{
  for (;;)
    {
      if (until > 0 && g_hash_table_size (acked) >= until)
        return;

      struct pollfd poll_fd = { fd, POLLIN, 0 };
      guint8 buffer[sizeof (Ack) * 64];
      int timeout = -1;
      ssize_t n;

      if (deadline > 0)
        {
          gint64 left = deadline - g_get_monotonic_time ();

          if (left <= 0)
            return;
          timeout = (int) ((left + 999) / 1000);
        }
      if (poll (&poll_fd, 1, timeout) < 0)
        {
          g_assert_cmpint (errno, ==, EINTR);
          continue;
        }
      if (poll_fd.revents == 0)
        continue;

      n = read (fd, buffer, sizeof buffer);
      if (n < 0 && errno == EINTR)
        continue;
      g_assert_cmpint (n, >=, 0);
      if (n == 0)
        return;

      g_byte_array_append (pending, buffer, (guint) n);
      while (pending->len >= sizeof (Ack))
        {
          Ack ack;

          memcpy (&ack, pending->data, sizeof ack);
          g_byte_array_remove_range (pending, 0, sizeof ack);
          g_hash_table_add (acked, g_strdup_printf ("crash-%u-%u", ack.child, ack.n));
        }
    }
}

static void
test_append_after_crash (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr (GHashTable) acked = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr (GByteArray) pending = g_byte_array_new ();
  gint64 target_time = g_get_monotonic_time () + 20 * S;
  gint64 give_up = g_get_monotonic_time () + 80 * S;
  guint kills = 0, children = 0, lost = 0, before;
  VastusJournal *journal;
  GPtrArray *problems;
  GHashTableIter iter;
  gpointer id;

  while (g_hash_table_size (acked) < CRASH_TARGET &&
         !(g_get_monotonic_time () > target_time && g_hash_table_size (acked) >= CRASH_ENOUGH_ACKED &&
           kills >= CRASH_ENOUGH_KILLS))
    {
      int fds[2];
      int status;
      pid_t pid;

      g_assert_cmpint (g_get_monotonic_time (), <, give_up);
      g_assert_cmpint (pipe (fds), ==, 0);
      pid = fork ();
      g_assert_cmpint (pid, >=, 0);
      if (pid == 0)
        {
          close (fds[0]);
          crash_writer (fixture->path, children, fds[1]);
        }
      close (fds[1]);
      children++;

      /* Let it write for a few ms, then kill it wherever it is. On a busy
       * machine a writer may still be reading the journal when its few ms
       * are up: it gets time for one append first, so that every writer
       * counts and the test ends well within its limit. */
      before = g_hash_table_size (acked);
      read_acks (fds[0], g_get_monotonic_time () + g_test_rand_int_range (1, 9) * 1000, pending, acked, 0);
      if (g_hash_table_size (acked) == before)
        read_acks (fds[0], g_get_monotonic_time () + 5 * S, pending, acked, before + 1);
      kill (pid, SIGKILL);
      g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
      if (!WIFSIGNALED (status))
        g_error ("a writer exited with status %d instead of being killed", WEXITSTATUS (status));
      g_assert_cmpint (WTERMSIG (status), ==, SIGKILL);
      kills++;
      read_acks (fds[0], 0, pending, acked, 0);
      g_assert_cmpuint (pending->len, ==, 0);
      close (fds[0]);
    }
  g_test_message ("%u writers killed, %u appends acknowledged", kills, g_hash_table_size (acked));

  journal = journal_load (fixture->path);
  problems = vastus_journal_get_problems (journal);
  g_test_message ("%u sessions on file, %u damaged lines", g_list_model_get_n_items (G_LIST_MODEL (journal)),
                  problems->len);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (journal)), >=, g_hash_table_size (acked));
  g_assert_cmpuint (problems->len, <=, kills);
  for (guint i = 0; i < problems->len; i++)
    {
      const char *problem = g_ptr_array_index (problems, i);

      /* Only torn lines: never a record glued to another, never a repeat. */
      if (!g_str_has_suffix (problem, ": is not valid JSON; skipped") &&
          !g_str_has_suffix (problem, ": is incomplete: Vastus stopped while writing it; skipped"))
        g_error ("not a torn line: %s", problem);
    }

  g_hash_table_iter_init (&iter, acked);
  while (g_hash_table_iter_next (&iter, &id, NULL))
    if (vastus_journal_lookup_session (journal, id) == NULL)
      {
        g_test_message ("%s was acknowledged but is not in the journal", (char *) id);
        lost++;
      }
  if (lost > 0)
    g_error ("%u acknowledged records are not in the journal", lost);

  g_assert_finalize_object (journal);
}

/* A full disk */

static void
test_full_disk (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (VastusPainLog) log = vastus_pain_log_new (2, 1, "after the disk filled");
  g_autofree char *waiting = NULL;
  g_autofree char *written = NULL;
  g_autofree char *order = NULL;
  g_auto (GStrv) lines = NULL;
  const char *types[] = { "session", "pain", "session", "morning", "program-change" };
  VastusMorningCheck morning = { T0 + DAY, -1 };
  VastusJournal *journal, *reloaded;
  VastusSessionEntry *s1, *s2;
  cJSON *change;
  guint notified = 0;

  journal = journal_load (fixture->path);
  g_signal_connect (journal, "notify::n-pending", G_CALLBACK (count_notify_cb), &notified);
  g_assert_cmpint (symlink ("/dev/full", fixture->path), ==, 0);

  s1 = make_session ("s1", T0 + DAY, 0);
  g_assert_false (vastus_journal_add_session (journal, s1, &error));
  assert_error_names (error, fixture->path, "No space left on device");
  g_clear_error (&error);
  assert_error_names (vastus_journal_get_write_error (journal), fixture->path, "No space left on device");
  g_assert_cmpstr (vastus_journal_describe_write_problem (journal), ==, "the disk is full");
  g_assert_true (vastus_journal_lookup_session (journal, "s1") == s1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (journal)), ==, 1);
  g_assert_cmpuint (vastus_journal_get_n_pending (journal), ==, 1);
  g_assert_cmpuint (notified, >=, 1);
  /* Its retry timer is off: only a flush writes. */
  g_assert_null (g_main_context_find_source_by_user_data (NULL, journal));

  /* Everything after it waits behind it, in order. */
  log->time = T0 + DAY + HOUR;
  g_assert_false (vastus_journal_add_pain (journal, "s1", log, &error));
  assert_error_names (error, fixture->path, "No space left on device");
  g_clear_error (&error);
  s2 = make_session ("s2", T0, 1);
  g_assert_false (vastus_journal_add_session (journal, s2, &error));
  g_clear_error (&error);
  morning.time = T0 + 2 * DAY;
  g_assert_false (vastus_journal_add_morning (journal, "s1", &morning, &error));
  g_clear_error (&error);
  change = cJSON_CreateObject ();
  cJSON_AddStringToObject (change, "exercise", "bridge");
  cJSON_AddStringToObject (change, "decision", "keep");
  g_assert_false (vastus_journal_add_program_change (journal, change, &error));
  assert_error_names (error, fixture->path, "No space left on device");
  g_clear_error (&error);
  g_assert_cmpuint (vastus_journal_get_n_pending (journal), ==, 5);
  order = ids_in_order (journal);
  g_assert_cmpstr (order, ==, "s2 s1");
  assert_same_pain (vastus_session_entry_get_pain (s1), log);

  /* Still full: a flush writes nothing and keeps them all. */
  g_assert_false (vastus_journal_flush (journal, &error));
  assert_error_names (error, fixture->path, "No space left on device");
  g_clear_error (&error);
  g_assert_cmpuint (vastus_journal_get_n_pending (journal), ==, 5);

  waiting = vastus_journal_dump_pending (journal);
  lines = g_strsplit (waiting, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 6);
  g_assert_cmpstr (lines[5], ==, "");
  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    {
      g_autoptr (cJSON) object = cJSON_Parse (lines[i]);

      g_assert_cmpstr (json_string (object, "type"), ==, types[i]);
    }

  /* Space again: everything is written, in the original order. */
  g_assert_cmpint (g_unlink (fixture->path), ==, 0);
  notified = 0;
  g_assert_true (vastus_journal_flush (journal, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (vastus_journal_get_n_pending (journal), ==, 0);
  g_assert_null (vastus_journal_get_write_error (journal));
  g_assert_null (vastus_journal_describe_write_problem (journal));
  g_assert_cmpuint (notified, ==, 1);
  written = contents (fixture->path, NULL);
  g_assert_cmpstr (written, ==, waiting);
  g_assert_true (vastus_journal_flush (journal, &error));
  g_assert_no_error (error);

  reloaded = journal_load (fixture->path);
  g_assert_cmpuint (vastus_journal_get_problems (reloaded)->len, ==, 0);
  g_clear_pointer (&order, g_free);
  order = ids_in_order (reloaded);
  g_assert_cmpstr (order, ==, "s2 s1");
  assert_same_session (s1, vastus_journal_lookup_session (reloaded, "s1"));
  assert_same_session (s2, vastus_journal_lookup_session (reloaded, "s2"));
  g_assert_cmpuint (vastus_journal_get_n_program_changes (reloaded), ==, 1);

  g_assert_finalize_object (reloaded);
  g_assert_finalize_object (journal);
  g_assert_finalize_object (s1);
  g_assert_finalize_object (s2);
}

/* A file size limit that cuts the write short, then stops it at once. */
static void
test_file_size_limit (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (VastusPainLog) log = vastus_pain_log_new (5, 5, "limited");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *waiting = NULL;
  g_autofree char *expected = NULL;
  VastusJournal *journal, *reloaded;
  VastusSessionEntry *s1, *s2;
  struct rlimit old_limit, limit;
  void (*old_handler) (int);
  gsize before_length, after_length;
  gboolean written, flushed, stopped;
  GError *short_error = NULL, *stop_error = NULL;

  g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &old_limit), ==, 0);
  journal = journal_load (fixture->path);
  s1 = make_session ("s1", T0, 0);
  g_assert_true (vastus_journal_add_session (journal, s1, &error));
  g_assert_no_error (error);
  before = contents (fixture->path, &before_length);
  if (old_limit.rlim_max != RLIM_INFINITY && old_limit.rlim_max < before_length + 4096)
    {
      g_assert_finalize_object (journal);
      g_assert_finalize_object (s1);
      g_test_skip ("the hard file size limit is too low");
      return;
    }

  /* Room for 100 more bytes: the next line is cut short, then cut back. */
  s2 = make_session ("s2", T0 + DAY, 1);
  log->time = T0 + DAY + HOUR;
  old_handler = signal (SIGXFSZ, SIG_IGN);
  limit.rlim_cur = before_length + 100;
  limit.rlim_max = old_limit.rlim_max;
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);
  written = vastus_journal_add_session (journal, s2, &short_error);
  /* No room at all: the write fails outright. */
  limit.rlim_cur = before_length;
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);
  stopped = vastus_journal_add_pain (journal, "s2", log, &stop_error);
  flushed = vastus_journal_flush (journal, NULL);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &old_limit), ==, 0);
  signal (SIGXFSZ, old_handler);

  g_assert_false (written);
  assert_error_names (short_error, fixture->path, "No space left on device");
  g_clear_error (&short_error);
  g_assert_false (stopped);
  assert_error_names (stop_error, fixture->path, "File too large");
  g_clear_error (&stop_error);
  g_assert_false (flushed);
  g_assert_cmpstr (vastus_journal_describe_write_problem (journal), ==, "the disk is full");
  g_assert_cmpuint (vastus_journal_get_n_pending (journal), ==, 2);
  g_assert_true (vastus_journal_lookup_session (journal, "s2") == s2);

  /* No partial line was left behind. */
  after = contents (fixture->path, &after_length);
  g_assert_cmpmem (after, after_length, before, before_length);

  /* The limit raised, a flush writes both. */
  waiting = vastus_journal_dump_pending (journal);
  g_assert_true (vastus_journal_flush (journal, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (vastus_journal_get_n_pending (journal), ==, 0);
  g_clear_pointer (&after, g_free);
  after = contents (fixture->path, NULL);
  expected = g_strconcat (before, waiting, NULL);
  g_assert_cmpstr (after, ==, expected);

  reloaded = journal_load (fixture->path);
  g_assert_cmpuint (vastus_journal_get_problems (reloaded)->len, ==, 0);
  assert_same_session (s1, vastus_journal_lookup_session (reloaded, "s1"));
  assert_same_session (s2, vastus_journal_lookup_session (reloaded, "s2"));

  g_assert_finalize_object (reloaded);
  g_assert_finalize_object (journal);
  g_assert_finalize_object (s1);
  g_assert_finalize_object (s2);
}

/* A real full file system: a 16 KiB tmpfs in a mount namespace of our own. */

static gboolean
write_proc (const char *file,
            const char *text)
{
  int fd = open (file, O_WRONLY | O_CLOEXEC);
  gboolean ok;

  if (fd < 0)
    return FALSE;
  ok = write (fd, text, strlen (text)) == (ssize_t) strlen (text);
  close (fd);
  return ok;
}

static gboolean
enter_mount_namespace (void)
{
  uid_t uid = geteuid ();
  gid_t gid = getegid ();

  if (uid == 0 && unshare (CLONE_NEWNS) == 0)
    ;
  else if (unshare (CLONE_NEWUSER | CLONE_NEWNS) == 0)
    {
      g_autofree char *uid_map = g_strdup_printf ("0 %u 1", (guint) uid);
      g_autofree char *gid_map = g_strdup_printf ("0 %u 1", (guint) gid);

      write_proc ("/proc/self/setgroups", "deny");
      if (!write_proc ("/proc/self/uid_map", uid_map) || !write_proc ("/proc/self/gid_map", gid_map))
        return FALSE;
    }
  else
    return FALSE;

  return mount ("none", "/", "none", MS_REC | MS_PRIVATE, NULL) == 0;
}

/* Tried in a child, which leaves the namespace behind when it exits. */
static gboolean
can_mount_tmpfs (const char *where)
{
  int status;
  pid_t pid = fork ();

  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      if (!enter_mount_namespace () || mount ("tmpfs", where, "tmpfs", 0, "size=16k") != 0 || umount (where) != 0)
        _exit (1);
      _exit (0);
    }
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  return WIFEXITED (status) && WEXITSTATUS (status) == 0;
}

static void
test_tmpfs_full (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *small = g_build_filename (fixture->folder, "small", NULL);
  g_autofree char *path = g_build_filename (small, "journal.jsonl", NULL);
  g_autoptr (GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GError) error = NULL;
  g_auto (GStrv) lines = NULL;
  VastusJournal *journal, *reloaded;
  guint written = 0;

  g_assert_cmpint (g_mkdir (small, 0700), ==, 0);
  if (!g_test_subprocess ())
    {
      if (!can_mount_tmpfs (small))
        {
          g_test_skip ("cannot mount a tmpfs here (no mount namespace of our own)");
          return;
        }
      /* In a process of its own: the mount goes when it ends, however it ends. */
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
      g_test_trap_assert_passed ();
      g_test_trap_assert_stdout ("*filled after*");
      return;
    }

  g_assert_true (enter_mount_namespace ());
  g_assert_cmpint (mount ("tmpfs", small, "tmpfs", MS_NOSUID | MS_NODEV, "size=16k,mode=0700"), ==, 0);

  journal = journal_new (path);
  for (guint i = 0; vastus_journal_get_n_pending (journal) < 3; i++)
    {
      char id[32];
      g_autoptr (VastusSessionEntry) entry = NULL;

      g_assert_cmpuint (i, <, 1000);
      g_snprintf (id, sizeof id, "small-%u", i);
      entry = make_session (id, T0 + i * DAY, i);
      g_ptr_array_add (ids, g_strdup (id));
      if (vastus_journal_add_session (journal, entry, &error))
        {
          g_assert_cmpuint (vastus_journal_get_n_pending (journal), ==, 0);
          written++;
        }
      else
        {
          assert_error_names (error, path, "No space left on device");
          g_clear_error (&error);
        }
    }
  g_print ("filled after %u records\n", written);
  g_assert_cmpuint (written, >, 3);

  /* What is on the disk is whole lines only. */
  lines = file_lines (path);
  g_assert_cmpuint (g_strv_length (lines), ==, written);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autoptr (cJSON) object = cJSON_Parse (lines[i]);
      g_assert_true (cJSON_IsObject (object));
    }

  /* Room again: the waiting records are written. */
  g_assert_cmpint (mount (NULL, small, NULL, MS_REMOUNT | MS_NOSUID | MS_NODEV, "size=1m"), ==, 0);
  g_assert_true (vastus_journal_flush (journal, &error));
  g_assert_no_error (error);

  reloaded = journal_load (path);
  g_assert_cmpuint (vastus_journal_get_problems (reloaded)->len, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (reloaded)), ==, ids->len);
  for (guint i = 0; i < ids->len; i++)
    g_assert_nonnull (vastus_journal_lookup_session (reloaded, g_ptr_array_index (ids, i)));

  g_assert_finalize_object (reloaded);
  g_assert_finalize_object (journal);
  g_assert_cmpint (umount (small), ==, 0);
}

/* The retry timer */

static gboolean
deadline_cb (gpointer data)
{
  gboolean *passed = data;

  *passed = TRUE;
  return G_SOURCE_REMOVE;
}

static void
test_retry_timer (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  g_auto (GStrv) lines = NULL;
  VastusJournal *journal;
  VastusSessionEntry *s1;
  gboolean passed = FALSE;
  guint deadline, notified = 0;
  gint64 start;

  g_assert_cmpint (symlink ("/dev/full", fixture->path), ==, 0);
  journal = vastus_journal_new (fixture->path);
  vastus_journal_set_retry_interval (journal, 1);
  g_signal_connect (journal, "notify::n-pending", G_CALLBACK (count_notify_cb), &notified);

  s1 = make_session ("s1", T0, 0);
  g_assert_false (vastus_journal_add_session (journal, s1, &error));
  assert_error_names (error, fixture->path, "No space left on device");
  g_assert_cmpuint (vastus_journal_get_n_pending (journal), ==, 1);
  g_assert_nonnull (g_main_context_find_source_by_user_data (NULL, journal));
  g_assert_cmpint (g_unlink (fixture->path), ==, 0);
  notified = 0;

  /* Nothing but the timer writes it. */
  start = g_get_monotonic_time ();
  deadline = g_timeout_add (3000, deadline_cb, &passed);
  while (vastus_journal_get_n_pending (journal) > 0 && !passed)
    g_main_context_iteration (NULL, TRUE);
  if (!passed)
    g_source_remove (deadline);
  g_test_message ("written by the timer after %.2f s", (g_get_monotonic_time () - start) / 1e6);

  g_assert_cmpuint (vastus_journal_get_n_pending (journal), ==, 0);
  g_assert_null (vastus_journal_get_write_error (journal));
  g_assert_cmpuint (notified, ==, 1);
  lines = file_lines (fixture->path);
  g_assert_cmpuint (g_strv_length (lines), ==, 1);

  /* The timer stops once everything is written. */
  g_assert_null (g_main_context_find_source_by_user_data (NULL, journal));

  g_assert_finalize_object (journal);
  g_assert_finalize_object (s1);
}

/* A read-only folder */

static void
test_read_only_folder (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  VastusJournal *journal, *reloaded;
  VastusSessionEntry *s1;

  if (geteuid () == 0)
    {
      g_test_skip ("root ignores file permissions");
      return;
    }

  journal = journal_load (fixture->path);
  g_assert_cmpint (g_chmod (fixture->folder, 0500), ==, 0);
  s1 = make_session ("s1", T0, 0);
  g_assert_false (vastus_journal_add_session (journal, s1, &error));
  assert_error_names (error, fixture->path, "Permission denied");
  g_clear_error (&error);
  g_assert_cmpstr (vastus_journal_describe_write_problem (journal), ==, "Vastus may not write to its folder");
  g_assert_cmpuint (vastus_journal_get_n_pending (journal), ==, 1);
  g_assert_false (vastus_journal_flush (journal, &error));
  assert_error_names (error, fixture->path, "Permission denied");
  g_clear_error (&error);

  g_assert_cmpint (g_chmod (fixture->folder, 0700), ==, 0);
  g_assert_true (vastus_journal_flush (journal, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (vastus_journal_get_n_pending (journal), ==, 0);
  g_assert_null (vastus_journal_describe_write_problem (journal));

  reloaded = journal_load (fixture->path);
  assert_same_session (s1, vastus_journal_lookup_session (reloaded, "s1"));

  g_assert_finalize_object (reloaded);
  g_assert_finalize_object (journal);
  g_assert_finalize_object (s1);
}

/* Times */


static void
test_iso8601 (void)
{
  const struct { const char *text; gint64 time; } good[] = {
    { "2026-11-21T09:30:12+01:00", T0 },
    { "2026-11-21T08:30:12Z", T0 },
    { "2026-11-21T03:00:12-05:30", T0 },
    { "2026-11-20T23:30:12-09:00", T0 },
    { "2026-11-21T08:30:12+00:00", T0 },
    { "2026-11-21T08:30:12.750Z", T0 },
    { "1970-01-01T00:00:00Z", 0 },
    { "2024-02-29T23:59:59-12:00", G_GINT64_CONSTANT (1709294399) * S },
  };
  const char *bad[] = {
    "", "garbage", "2026-11-21", "2026-11-21T09:30:12", "2026-13-21T09:30:12Z", "2026-00-21T09:30:12Z",
    "2026-11-32T09:30:12Z", "2026-11-21T24:30:12Z", "2026-11-21T09:60:12Z", "2026-11-21T09:30:12+01:0x",
    "2026-11-21T09:30:12*01:00", "2026-11-21X09:30:12Z", "2026-11-21T09:30:12Zjunk", "２026-11-21T09:30:12Z",
  };
  const char *zones[] = { "America/St_Johns", "Asia/Kolkata", "Europe/Berlin", "Pacific/Chatham", "UTC" };
  const gint64 times[] = { T0, T0 + 200 * DAY, 0, G_GINT64_CONSTANT (1711846800) * S, T0 - 7777 * DAY + 1234 * S };
  /* Well formed but impossible: the fast path must reject them as GLib does. */
  const char *impossible[] = {
    "2026-02-30T09:30:12Z", "2026-04-31T09:30:12+01:00", "2025-02-29T09:30:12Z", "0000-01-01T00:00:00Z",
    "2026-11-21T09:30:12+25:00", "2026-11-21T09:30:12+01:99",
  };

  /* TZ is changed below: in a process of its own, where no thread can race
   * setenv() and nothing else sees it. */
  if (!g_test_subprocess ())
    {
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
      g_test_trap_assert_passed ();
      return;
    }

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      gint64 time = -1;

      if (!vastus_time_from_iso8601 (good[i].text, &time))
        g_error ("“%s” was not read", good[i].text);
      g_assert_cmpint (time, ==, good[i].time);
    }

  g_assert_false (vastus_time_from_iso8601 (NULL, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      gint64 time = 0;

      if (vastus_time_from_iso8601 (bad[i], &time))
        g_error ("“%s” was read as %" G_GINT64_FORMAT, bad[i], time);
    }

  for (guint i = 0; i < G_N_ELEMENTS (impossible); i++)
    {
      gint64 time = 0;

      /* GLib's reading is the reference the fast path must agree with. */
      g_assert_null (g_date_time_new_from_iso8601 (impossible[i], NULL));
      if (vastus_time_from_iso8601 (impossible[i], &time))
        g_error ("“%s” was read as %" G_GINT64_FORMAT, impossible[i], time);
    }

  /* Local time with its offset, read back to the same second. */
  for (guint z = 0; z < G_N_ELEMENTS (zones); z++)
    {
      g_setenv ("TZ", zones[z], TRUE);
      for (guint i = 0; i < G_N_ELEMENTS (times); i++)
        {
          g_autofree char *text = vastus_time_to_iso8601 (times[i] + 999999);
          g_autoptr (GDateTime) utc = g_date_time_new_from_unix_utc (times[i] / S);
          g_autoptr (GDateTime) local = g_date_time_to_local (utc);
          g_autofree char *offset = g_date_time_format (local, "%:z");
          gint64 time = -1;

          g_test_message ("%s: %s", zones[z], text);
          g_assert_cmpuint (strlen (text), ==, 25);
          g_assert_true (g_str_has_suffix (text, offset));
          g_assert_true (vastus_time_from_iso8601 (text, &time));
          g_assert_cmpint (time, ==, times[i]);
        }
    }
  {
    g_autofree char *text = NULL;

    g_setenv ("TZ", "Asia/Kolkata", TRUE);
    text = vastus_time_to_iso8601 (T0);
    g_assert_cmpstr (text, ==, "2026-11-21T14:00:12+05:30");
    g_setenv ("TZ", "America/St_Johns", TRUE);
    g_clear_pointer (&text, g_free);
    text = vastus_time_to_iso8601 (T0);
    g_assert_cmpstr (text, ==, "2026-11-21T05:00:12-03:30");
  }

}

int
main (int   argc,
      char *argv[])
{
  /* Before anything reads HOME or the XDG folders. */
  vastus_test_env_init ();

  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/vastus/journal/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("round-trip", test_round_trip);
  ADD ("damaged-lines", test_damaged_lines);
  ADD ("torn-last-line", test_torn_last_line);
  ADD ("glued-records", test_glued_records);
  ADD ("nul-character", test_nul_character);
  ADD ("add-before-load", test_add_before_load);
  ADD ("unreadable-is-said", test_unreadable);
  ADD ("append-after-crash", test_append_after_crash);
  ADD ("full-disk", test_full_disk);
  ADD ("file-size-limit", test_file_size_limit);
  ADD ("tmpfs-full", test_tmpfs_full);
  ADD ("retry-timer", test_retry_timer);
  ADD ("read-only-folder", test_read_only_folder);
  ADD ("knee-notes", test_knee_notes);
  ADD ("knee-notes-damaged", test_knee_notes_damaged);
#undef ADD
  g_test_add_func ("/vastus/journal/iso8601", test_iso8601);
  g_test_add_func ("/vastus/journal/ended-during", test_ended_during);

  return g_test_run ();
}
