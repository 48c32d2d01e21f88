/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"
#include "vastus-test-env.h"

#include <glib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>

/* `vastus --validate FILE…` and `vastus --explain`, run as a
 * physiotherapist would run them. */

static int
run_validate (const char * const *files,
              char              **out,
              char              **err)
{
  g_autoptr (GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GError) error = NULL;
  int status = 0;

  g_ptr_array_add (argv, g_strdup (g_getenv ("VASTUS_BINARY")));
  g_ptr_array_add (argv, g_strdup ("--validate"));
  for (guint i = 0; files[i] != NULL; i++)
    g_ptr_array_add (argv, g_test_build_filename (G_TEST_DIST, "fixtures", files[i], NULL));
  g_ptr_array_add (argv, NULL);

  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                               out, err, &status, &error));
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (status));
  return WEXITSTATUS (status);
}

static void
test_valid (void)
{
  const char *files[] = { "valid-minimal.json", "user-override.json", NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  g_assert_cmpint (run_validate (files, &out, &err), ==, 0);
  g_assert_nonnull (strstr (out, "valid-minimal.json: valid"));
  g_assert_nonnull (strstr (out, "user-override.json: valid"));
}

static void
test_invalid_reports_all (void)
{
  const char *files[] = { "valid-minimal.json", "bad-wrong-type.json", "bad-ladder-loop.json", NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  g_assert_cmpint (run_validate (files, &out, &err), ==, 1);
  g_assert_nonnull (strstr (err, "valid-minimal.json: valid"));
  g_assert_nonnull (strstr (err, "bad-wrong-type.json: exercise 'test-squat': level must be a whole number from 1 to 5"));
  g_assert_nonnull (strstr (err, "bad-ladder-loop.json: exercise 'loop-a': harder links form a loop"));
}

/* A file that once crashed vastus --validate (and the app at every start):
 * a pose keyframe giving "t" twice. */
static void
test_repeated_key (void)
{
  const char *files[] = { "bad-repeated-key.json", NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  g_assert_cmpint (run_validate (files, &out, &err), ==, 1);
  g_assert_nonnull (strstr (err, "bad-repeated-key.json: exercise 'test-squat': pose.keyframes[0].t is given more than once"));
}

/* Programme files are told from catalogue files by their kind marker, and
 * checked as programmes, every problem with its field. */
static void
test_program_files (void)
{
  const char *files[] = { "program-physio.vastus-program.json", "valid-minimal.json",
                          "bad-program-dose.vastus-program.json", NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  g_assert_cmpint (run_validate (files, &out, &err), ==, 1);
  g_assert_nonnull (strstr (err, "program-physio.vastus-program.json: valid"));
  g_assert_nonnull (strstr (err, "valid-minimal.json: valid"));
  g_assert_nonnull (strstr (err, "bad-program-dose.vastus-program.json: exercises[1].dose.reps: must be from 6 to 15, "
                                 "the bounds of Quad set, not 20"));
  g_assert_nonnull (strstr (err, "bad-program-dose.vastus-program.json: sessions_per_week: must be a whole number "
                                 "from 1 to 7, not 9"));
}

static void
test_no_files (void)
{
  const char *files[] = { NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  g_assert_cmpint (run_validate (files, &out, &err), ==, 2);
  g_assert_nonnull (strstr (err, "--validate FILE"));
}

/* vastus --explain, on a data folder of its own */

typedef struct
{
  char *folder;
  char *data;     /* XDG_DATA_HOME */
} Explain;

static void
explain_set_up (Explain       *fixture,
                gconstpointer  data)
{
  fixture->folder = g_dir_make_tmp ("vastus-explain-XXXXXX", NULL);
  g_assert_nonnull (fixture->folder);
  fixture->data = g_build_filename (fixture->folder, "data", NULL);
  g_assert_cmpint (g_mkdir (fixture->data, 0700), ==, 0);
}

static void
remove_tree (const char *path)
{
  GDir *dir = g_dir_open (path, 0, NULL);
  const char *name;

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
explain_tear_down (Explain       *fixture,
                   gconstpointer  data)
{
  remove_tree (fixture->folder);
  g_assert_false (g_file_test (fixture->folder, G_FILE_TEST_EXISTS));
  g_free (fixture->data);
  g_free (fixture->folder);
}

/* Copies a fixture into the person's data folder under @name. */
static void
add_data_file (Explain    *fixture,
               const char *fixture_name,
               const char *name)
{
  g_autofree char *source = g_test_build_filename (G_TEST_DIST, "fixtures", fixture_name, NULL);
  g_autofree char *folder = g_build_filename (fixture->data, APPLICATION_ID, NULL);
  g_autofree char *target = g_build_filename (folder, name, NULL);
  g_autofree char *text = NULL;
  g_autoptr (GError) error = NULL;
  gsize length;

  g_autofree char *parent = g_path_get_dirname (target);

  g_assert_cmpint (g_mkdir_with_parents (parent, 0700), ==, 0);
  g_assert_true (g_file_get_contents (source, &text, &length, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (target, text, (gssize) length, &error));
  g_assert_no_error (error);
}

static int
run_vastus (Explain            *fixture,
            const char * const *args,
            char              **out,
            char              **err);

static int
run_explain (Explain     *fixture,
             const char  *now,
             char       **out,
             char       **err)
{
  const char *args[] = { "--explain", "--now", now, NULL };

  return run_vastus (fixture, args, out, err);
}

static int
run_vastus (Explain            *fixture,
            const char * const *args,
            char              **out,
            char              **err)
{
  g_autofree char *config = g_build_filename (fixture->folder, "config", NULL);
  g_autofree char *cache = g_build_filename (fixture->folder, "cache", NULL);
  g_auto (GStrv) env = g_get_environ ();
  g_autoptr (GError) error = NULL;
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  g_auto (GStrv) argv = NULL;
  int status = 0;

  g_strv_builder_add (builder, g_getenv ("VASTUS_BINARY"));
  g_strv_builder_addv (builder, (const char **) args);
  argv = g_strv_builder_end (builder);

  env = g_environ_setenv (env, "XDG_DATA_HOME", fixture->data, TRUE);
  env = g_environ_setenv (env, "XDG_CONFIG_HOME", config, TRUE);
  env = g_environ_setenv (env, "XDG_CACHE_HOME", cache, TRUE);

  g_assert_true (g_spawn_sync (NULL, argv, env, G_SPAWN_DEFAULT, NULL, NULL,
                               out, err, &status, &error));
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (status));
  return WEXITSTATUS (status);
}

/* Six weeks of sessions on the gentle programme: what the engine sees. */
static void
test_explain (Explain       *fixture,
              gconstpointer  data)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *section = NULL;
  const char *start, *end;

  add_data_file (fixture, "program-gentle.json", "program.json");
  add_data_file (fixture, "journal-six-weeks.jsonl", "journal.jsonl");

  g_assert_cmpint (run_explain (fixture, "2026-11-21T10:00:00Z", &out, &err), ==, 0);
  g_test_message ("%s", out);
  g_assert_cmpstr (err, ==, "");
  g_assert_true (g_str_has_prefix (out, "As of 2026-11-21T"));
  g_assert_nonnull (strstr (out, "\nUsual pain: 1/10"));

  /* The quad set's own section, up to the blank line before the next. */
  start = strstr (out, "\nQuad set (quad-set)\n");
  g_assert_nonnull (start);
  end = strstr (start + 1, "\n\n");
  section = end != NULL ? g_strndup (start, (gsize) (end - start)) : g_strdup (start);
  g_assert_nonnull (strstr (section, "\n  Dose: 3 × 10 each leg"));
  g_assert_nonnull (strstr (section, "\n  Next: "));
}

static void
test_explain_no_program (Explain       *fixture,
                         gconstpointer  data)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  add_data_file (fixture, "journal-six-weeks.jsonl", "journal.jsonl");
  g_assert_cmpint (run_explain (fixture, "2026-11-21T10:00:00Z", &out, &err), ==, 1);
  g_assert_cmpstr (out, ==, "");
  g_assert_nonnull (strstr (err, "No programme has been set up yet"));
}

static void
test_explain_bad_now (Explain       *fixture,
                      gconstpointer  data)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  add_data_file (fixture, "program-gentle.json", "program.json");
  add_data_file (fixture, "journal-six-weeks.jsonl", "journal.jsonl");
  g_assert_cmpint (run_explain (fixture, "nonsense", &out, &err), ==, 2);
  g_assert_cmpstr (out, ==, "");
  g_assert_nonnull (strstr (err, "--now must be a date and time"));
  g_assert_nonnull (strstr (err, "nonsense"));
}

/* A checksum of every file under @folder, with its name: to see that
 * --check writes nothing. */
static void
list_files (GString    *listing,
            const char *folder)
{
  g_autoptr (GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, name, NULL);
      g_autofree char *text = NULL;
      g_autofree char *sum = NULL;
      gsize length = 0;
      GStatBuf info;

      g_assert_cmpint (g_lstat (path, &info), ==, 0);
      if (S_ISDIR (info.st_mode))
        {
          list_files (listing, path);
          continue;
        }
      g_file_get_contents (path, &text, &length, NULL);
      sum = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) text, length);
      g_string_append_printf (listing, "%s %s %o %ld\n", path, sum, (unsigned) info.st_mode,
                              (long) info.st_mtime);
    }
}

/* vastus --check: a clean folder says so and exits 0. */
static void
test_check_clean (Explain       *fixture,
                  gconstpointer  data)
{
  const char *args[] = { "--check", NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  add_data_file (fixture, "program-gentle.json", "program.json");
  add_data_file (fixture, "journal-six-weeks.jsonl", "journal.jsonl");
  g_assert_cmpint (run_vastus (fixture, args, &out, &err), ==, 0);
  g_assert_cmpstr (err, ==, "");
  g_assert_true (g_str_has_prefix (out, "No problems found in "));
}

/* Every problem, each with its file and line or field, exit 1; nothing
 * written. */
static void
test_check_problems (Explain       *fixture,
                     gconstpointer  data)
{
  const char *args[] = { "--check", NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *folder = g_build_filename (fixture->data, APPLICATION_ID, NULL);
  g_autofree char *journal = g_build_filename (folder, "journal.jsonl", NULL);
  g_autofree char *checkpoint = g_build_filename (folder, "session-in-progress.json", NULL);
  g_autofree char *text = NULL;
  g_autoptr (GString) before = g_string_new (NULL);
  g_autoptr (GString) after = g_string_new (NULL);

  add_data_file (fixture, "program-gentle.json", "program.json");
  add_data_file (fixture, "journal-six-weeks.jsonl", "journal.jsonl");
  add_data_file (fixture, "bad-dose-range.json", "catalogue.d/mine.json");
  g_assert_true (g_file_get_contents (journal, &text, NULL, NULL));
  {
    g_autofree char *damaged = g_strconcat (text, "{\"type\": \"session\", \"vers\n", NULL);

    g_assert_true (g_file_set_contents (journal, damaged, -1, NULL));
  }
  g_assert_true (g_file_set_contents (checkpoint, "{ \"version\": 1, \"step\": ", -1, NULL));
  list_files (before, fixture->data);

  g_assert_cmpint (run_vastus (fixture, args, &out, &err), ==, 1);
  g_test_message ("%s", err);
  g_assert_cmpstr (out, ==, "");
  g_assert_nonnull (strstr (err, "mine.json: exercise 'test-squat': dose.hold_s must be"));
  g_assert_nonnull (strstr (err, "journal.jsonl: line 53: "));
  g_assert_nonnull (strstr (err, "session-in-progress.json: "));
  g_assert_nonnull (strstr (err, "(the interrupted session cannot be resumed)"));
  g_assert_nonnull (strstr (err, "\n3 problems found in "));
  /* Said once each, not again as log lines. */
  g_assert_null (strstr (err, "Message"));

  list_files (after, fixture->data);
  g_assert_cmpstr (after->str, ==, before->str);
}

int
main (int   argc,
      char *argv[])
{
  /* Before anything reads HOME or the XDG folders. */
  vastus_test_env_init ();

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/vastus/validate/valid", test_valid);
  g_test_add_func ("/vastus/validate/invalid-reports-all", test_invalid_reports_all);
  g_test_add_func ("/vastus/validate/repeated-key", test_repeated_key);
  g_test_add_func ("/vastus/validate/no-files", test_no_files);
  g_test_add_func ("/vastus/validate/program-files", test_program_files);

#define ADD(path, func) \
  g_test_add ("/vastus/validate/" path, Explain, NULL, explain_set_up, func, explain_tear_down)
  ADD ("explain", test_explain);
  ADD ("explain-no-program", test_explain_no_program);
  ADD ("explain-bad-now", test_explain_bad_now);
  ADD ("check-clean", test_check_clean);
  ADD ("check-every-problem-writes-nothing", test_check_problems);
#undef ADD

  return g_test_run ();
}
