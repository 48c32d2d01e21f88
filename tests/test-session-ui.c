/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <math.h>
#include <signal.h>
#include <string.h>
#include <utime.h>

#include "vastus-application-private.h"
#include "vastus-checkpoint.h"
#include "vastus-coach.h"
#include "vastus-first-run-private.h"
#include "vastus-history.h"
#include "vastus-pain-chart-private.h"
#include "vastus-pain-form-private.h"
#include "vastus-pain-scale.h"
#include "vastus-program-dialog-private.h"
#include "vastus-progress-page-private.h"
#include "vastus-progression.h"
#include "vastus-red-flags-dialog-private.h"
#include "vastus-red-flags.h"
#include "vastus-ring.h"
#include "vastus-session-view-private.h"
#include "vastus-today-page-private.h"
#include "vastus-window-private.h"
#include "vastus-test-ui.h"
#include "vastus-test-env.h"
#include "vastus-sound-private.h"
#include "vastus-speech-private.h"

/*
 * Today and the guided session, through the real window and its actions
 * under Xvfb, on a fake clock: a whole session from Start to its summary, an
 * early end with its confirmation, and a session killed mid-way and resumed
 * at the same set.
 */

#define S ((gint64) G_USEC_PER_SEC)

static VastusApplication *app;
static VastusWindow *window;
static VastusClock *fake_clock;
static VastusTodayPage *today;
static VastusSessionView *view;


/* Lets pending work run. The screen, with its clip and countdown, always has
 * a next frame to draw, so this does not wait for the loop to go idle. */
static void
drain (void)
{
  for (guint i = 0; i < 4 && g_main_context_iteration (NULL, FALSE); i++)
    ;
}


static void
advance (double seconds)
{
  vastus_fake_clock_advance (VASTUS_FAKE_CLOCK (fake_clock), (gint64) (seconds * S));
  drain ();
}

static void
activate (GtkWidget  *widget,
          const char *action)
{
  g_assert_true (gtk_widget_activate_action (widget, action, NULL));
  drain ();
}

static VastusSession *
session (void)
{
  return vastus_session_view_get_session (view);
}

static const char *
text (const char *part)
{
  return vastus_session_view_get_text (view, part);
}

typedef struct { const char *part; const char *expected; } Shown;

static gboolean
shows (gpointer data)
{
  Shown *shown = data;
  return g_strcmp0 (text (shown->part), shown->expected) == 0;
}

/* The screen catches up with the fake_clock on its next frame. */
static void
assert_shows (const char *part,
              const char *expected)
{
  Shown shown = { part, expected };
  g_autofree char *what = g_strdup_printf ("“%s” to show “%s” (it shows “%s”)", part, expected, text (part));

  wait_until (shows, &shown, what);
}

static char *
checkpoint_path (void)
{
  return vastus_checkpoint_default_path ();
}

static const VastusPlanStep *
step (void)
{
  return vastus_session_get_step (session ());
}

/* Moves the clock to the end of the step: one frame a step keeps the test
 * quick, and every cue within the step still fires, in order. */
static void
next_step (void)
{
  if (step ()->phase == VASTUS_PHASE_WORK && step ()->work == VASTUS_WORK_COUNTED)
    activate (GTK_WIDGET (view), "session.done");
  else
    {
      vastus_fake_clock_advance (VASTUS_FAKE_CLOCK (fake_clock), vastus_session_get_remaining (session ()));
      drain ();
    }
}

/* Moves on until the step is of @phase, pressing Done for counted sets. */
static void
run_to_phase (VastusPhase phase)
{
  for (guint i = 0; i < 1000 && step ()->phase != phase; i++)
    next_step ();
  g_assert_cmpint (step ()->phase, ==, phase);
}

/* The first run's pages sit in its one stack; "stop" is a status page. */
static GtkWidget *
find_stack (GtkWidget *widget)
{
  if (GTK_IS_STACK (widget))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_stack (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static const char *
stop_title (GtkWidget *first_run)
{
  GtkWidget *stack = find_stack (first_run);

  g_assert_nonnull (stack);
  return adw_status_page_get_title (ADW_STATUS_PAGE (gtk_stack_get_child_by_name (GTK_STACK (stack), "stop")));
}

/* The first run: what Vastus is, the warning signs, which knee, and how
 * to start; a yes to a warning sign stops it; nothing is saved until the
 * end. */
/* Saves killed half-way before this start left their temporary files, a
 * few minutes ago. */
static const char * const killed_saves[] = { "program.json.KiLL01", "session-in-progress.json.KiLL02" };

static void
leave_killed_saves (void)
{
  g_autofree char *program = vastus_program_default_path ();
  g_autofree char *folder = g_path_get_dirname (program);
  struct utimbuf times;

  times.actime = times.modtime = (time_t) (g_get_real_time () / G_USEC_PER_SEC - 5 * 60);
  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (killed_saves); i++)
    {
      g_autofree char *path = g_build_filename (folder, killed_saves[i], NULL);

      g_assert_true (g_file_set_contents (path, "{ \"half\": ", -1, NULL));
      g_assert_cmpint (g_utime (path, &times), ==, 0);
    }
}

/* Vastus clears them when it starts, whether or not it saves anything. */
static void
test_killed_saves_cleared (void)
{
  g_autofree char *program = vastus_program_default_path ();
  g_autofree char *folder = g_path_get_dirname (program);

  for (guint i = 0; i < G_N_ELEMENTS (killed_saves); i++)
    {
      g_autofree char *path = g_build_filename (folder, killed_saves[i], NULL);

      g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
    }
  g_assert_false (g_file_test (program, G_FILE_TEST_EXISTS));
}

static void
test_first_run (void)
{
  GtkWidget *first_run = vastus_window_get_first_run (window);
  g_autofree char *path = vastus_program_default_path ();
  VastusJournal *journal = vastus_store_get_journal (vastus_application_get_store (app));
  GtkWidget *dialog;

  g_assert_nonnull (first_run);
  g_assert_true (vastus_store_get_first_run (vastus_application_get_store (app)));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_cmpstr (vastus_first_run_get_page (VASTUS_FIRST_RUN (first_run)), ==, "welcome");

  /* A warning sign: see someone first, and it is written down. */
  activate (first_run, "firstrun.check");
  dialog = vastus_first_run_get_flags_dialog (VASTUS_FIRST_RUN (first_run));
  g_assert_nonnull (dialog);
  g_assert_true (gtk_widget_activate_action (dialog, "flags.answer", "(sb)", "swelling", TRUE));
  activate (dialog, "flags.stop");
  g_assert_cmpstr (vastus_first_run_get_page (VASTUS_FIRST_RUN (first_run)), ==, "stop");
  g_assert_cmpuint (vastus_journal_get_n_red_flags (journal), ==, 1);
  g_assert_cmpstr (cJSON_GetObjectItem (vastus_journal_get_red_flag (journal, 0), "context")->valuestring, ==,
                   "first-run");
  g_assert_cmpstr (stop_title (first_run), ==, "Stop and Get Your Knee Checked Today");
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  /* Short of breath: the title says to call for help before anything else. */
  activate (first_run, "firstrun.restart");
  activate (first_run, "firstrun.check");
  dialog = vastus_first_run_get_flags_dialog (VASTUS_FIRST_RUN (first_run));
  g_assert_true (gtk_widget_activate_action (dialog, "flags.answer", "(sb)", "breathless", TRUE));
  activate (dialog, "flags.stop");
  g_assert_cmpstr (vastus_first_run_get_page (VASTUS_FIRST_RUN (first_run)), ==, "stop");
  g_assert_cmpstr (stop_title (first_run), ==, "Call Your Emergency Number Now");
  g_assert_cmpuint (vastus_journal_get_n_red_flags (journal), ==, 2);

  /* Checked and fine: again from the start. */
  activate (first_run, "firstrun.restart");
  activate (first_run, "firstrun.check");
  activate (vastus_first_run_get_flags_dialog (VASTUS_FIRST_RUN (first_run)), "flags.go-on");
  g_assert_cmpstr (vastus_first_run_get_page (VASTUS_FIRST_RUN (first_run)), ==, "knee");
  g_assert_true (gtk_widget_activate_action (first_run, "firstrun.knee", "s", "right"));
  activate (first_run, "firstrun.to-programme");
  g_assert_cmpstr (vastus_first_run_get_page (VASTUS_FIRST_RUN (first_run)), ==, "programme");
  g_assert_true (gtk_widget_activate_action (first_run, "firstrun.program", "s", "phase-1-gentle"));
  activate (first_run, "firstrun.finish");

  g_assert_null (vastus_window_get_first_run (window));
  g_assert_false (vastus_store_get_first_run (vastus_application_get_store (app)));
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_cmpint (vastus_program_get_first_leg (vastus_store_get_program (vastus_application_get_store (app))), ==, VASTUS_LEG_RIGHT);
}

static void
test_today (void)
{
  VastusProgram *program = vastus_store_get_program (vastus_application_get_store (app));
  g_autofree char *path = vastus_program_default_path ();
  GStatBuf info;

  /* The first run made the programme from the gentle starter and saved it. */
  g_assert_nonnull (program);
  g_assert_cmpstr (vastus_program_get_starter_id (program), ==, "phase-1-gentle");
  g_assert_cmpint (g_stat (path, &info), ==, 0);
  g_assert_cmpint (info.st_mode & 0777, ==, 0600);

  /* One row an exercise, with its dose in words, and how long it takes. */
  g_assert_cmpuint (vastus_program_get_n_exercises (program), >, 3);
  for (guint i = 0; i < vastus_program_get_n_exercises (program); i++)
    {
      VastusExercise *exercise = vastus_program_get_exercise (program, i);
      g_autofree char *dose = vastus_dose_describe (vastus_program_get_dose (program, i),
                                                    vastus_exercise_get_side (exercise));
      /* Shown with each number and its unit on one line. */
      g_autofree char *shown = vastus_keep_units_with_numbers (dose);

      g_assert_cmpstr (vastus_today_page_get_row_text (today, i, "title"), ==,
                       vastus_exercise_get_name (exercise));
      g_assert_cmpstr (vastus_today_page_get_row_text (today, i, "subtitle"), ==, shown);
    }
  g_assert_null (vastus_today_page_get_row (today, vastus_program_get_n_exercises (program)));
  g_assert_nonnull (strstr (vastus_today_page_get_summary (today), "Gentle"));
  g_assert_nonnull (strstr (vastus_today_page_get_summary (today), "minutes"));
  g_assert_false (vastus_today_page_can_resume (today));

  /* A row opens its exercise in the library. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-exercise", "s",
                                             vastus_exercise_get_id (vastus_program_get_exercise (program, 1))));
  drain ();
  vastus_window_show_page (window, "today");
}

static void
test_whole_session (void)
{
  VastusSound *sound;
  g_autofree char *path = checkpoint_path ();
  VastusProgram *program = vastus_store_get_program (vastus_application_get_store (app));
  guint announced, played, steps = 0, last_step = G_MAXUINT;
  g_autoptr (GError) error = NULL;

  /* The starters pace every rep; the lunge's reps are counted, at the
   * person's own pace: added third for this session, out after it. */
  g_assert_cmpint (vastus_program_find (program, "lunge"), ==, -1);
  g_assert_true (vastus_store_add_to_program (vastus_application_get_store (app), "lunge", &error));
  g_assert_no_error (error);
  vastus_program_move (program, (guint) vastus_program_find (program, "lunge"), 2);
  g_assert_true (vastus_store_save_program (vastus_application_get_store (app), &error));

  activate (GTK_WIDGET (window), "win.start-session");
  g_assert_true (vastus_window_get_session_shown (window));
  wait_until (is_mapped, view, "the session screen to be mapped");
  sound = vastus_session_view_get_sound (view);

  /* Get ready for the first exercise, with the screen kept awake. */
  g_assert_cmpstr (text ("title"), ==, vastus_exercise_get_name (vastus_program_get_exercise (program, 0)));
  assert_shows ("phase", "Get ready");
  assert_shows ("count", "10");
  g_assert_true (vastus_session_view_get_inhibited (view));
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_nonnull (strstr (vastus_session_view_get_announcement (view), "Get ready"));

  advance (3.2);
  assert_shows ("count", "7");

  g_assert_true (vastus_session_view_get_redrawing (view));

  /* Pause: the fake_clock of the step stops, and the screen may sleep;
   * nothing is redrawn while paused. */
  activate (GTK_WIDGET (view), "session.pause-resume");
  assert_shows ("phase", "Paused");
  g_assert_false (vastus_session_view_get_inhibited (view));
  g_assert_false (vastus_session_view_get_redrawing (view));
  advance (120);
  assert_shows ("count", "7");
  g_assert_cmpint (step ()->phase, ==, VASTUS_PHASE_PREPARE);
  activate (GTK_WIDGET (view), "session.pause-resume");
  assert_shows ("phase", "Get ready");
  g_assert_true (vastus_session_view_get_inhibited (view));
  g_assert_true (vastus_session_view_get_redrawing (view));

  /* 3-2-1, then the first exercise's work begins. */
  played = vastus_sound_get_n_played (sound) + vastus_sound_get_n_active (sound);
  advance (7);
  g_assert_cmpint (step ()->phase, ==, VASTUS_PHASE_WORK);
  g_assert_cmpstr (vastus_session_view_get_announcement (view), !=, "1");
  g_assert_cmpuint (vastus_sound_get_n_played (sound) + vastus_sound_get_n_active (sound), >, played);

  /* A long hold is announced at its start, halfway, 10 s and 3-2-1 only. */
  announced = vastus_session_view_get_n_announcements (view);
  advance (60);
  g_assert_cmpuint (vastus_session_view_get_n_announcements (view) - announced, <=, 6);

  /* Skip, and back again. */
  activate (GTK_WIDGET (view), "session.skip");
  g_assert_cmpint (step ()->phase, !=, VASTUS_PHASE_WORK);
  activate (GTK_WIDGET (view), "session.back");
  g_assert_cmpint (step ()->phase, ==, VASTUS_PHASE_WORK);

  /* Muted: no more sounds, and the choice is kept. */
  activate (GTK_WIDGET (view), "session.mute");
  g_assert_true (vastus_sound_get_muted (sound));
  g_assert_false (g_settings_get_boolean (vastus_application_get_settings (app), "sound-cues"));
  played = vastus_sound_get_n_played (sound) + vastus_sound_get_n_active (sound);
  advance (30);
  g_assert_cmpuint (vastus_sound_get_n_played (sound) + vastus_sound_get_n_active (sound), ==, played);
  activate (GTK_WIDGET (view), "session.mute");
  g_assert_true (g_settings_get_boolean (vastus_application_get_settings (app), "sound-cues"));
  /* And the setting, changed elsewhere, is followed at once. */
  g_settings_set_boolean (vastus_application_get_settings (app), "sound-cues", FALSE);
  g_assert_true (vastus_sound_get_muted (sound));
  g_settings_set_boolean (vastus_application_get_settings (app), "sound-cues", TRUE);
  g_assert_false (vastus_sound_get_muted (sound));

  /* A switch of legs says which. */
  run_to_phase (VASTUS_PHASE_SWITCH_SIDES);
  assert_shows ("phase", step ()->leg == VASTUS_LEG_LEFT ? "Switch to your left leg" : "Switch to your right leg");

  /* A paced set shows its rep and the phase of it in words. */
  run_to_phase (VASTUS_PHASE_WORK);
  if (step ()->work == VASTUS_WORK_PACED)
    assert_shows ("count", "1");

  /* Counted reps wait for Done. */
  while (!(step ()->phase == VASTUS_PHASE_WORK && step ()->work == VASTUS_WORK_COUNTED))
    next_step ();
  assert_shows ("phase", "At your own pace");
  advance (600);
  g_assert_cmpint (step ()->work, ==, VASTUS_WORK_COUNTED);
  activate (GTK_WIDGET (view), "session.done");
  g_assert_cmpint (step ()->phase, !=, VASTUS_PHASE_WORK);

  /* To the end, the checkpoint following every step; quietly, as the
   * sounds were heard above. */
  activate (GTK_WIDGET (view), "session.mute");
  while (vastus_session_get_state (session ()) != VASTUS_SESSION_FINISHED)
    {
      if (vastus_session_get_step_index (session ()) != last_step)
        {
          g_autoptr (VastusPlan) plan = vastus_program_build_plan (program);
          guint saved_step;
          gint64 saved_at;

          last_step = vastus_session_get_step_index (session ());
          steps++;
          g_assert_true (vastus_checkpoint_peek (path, plan, &saved_step, &saved_at, NULL));
          g_assert_cmpuint (saved_step, ==, last_step);
        }
      next_step ();
    }
  g_assert_cmpuint (steps, >, 10);
  activate (GTK_WIDGET (view), "session.mute");

  /* The summary; nothing left to resume; the screen may sleep again. */
  assert_shows ("page", "summary");
  g_assert_cmpstr (text ("summary"), ==, "Session Complete");
  g_assert_cmpstr (vastus_session_view_get_announcement (view), ==, "Session complete. Well done.");
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_false (vastus_session_view_get_inhibited (view));
  g_assert_cmpint (vastus_session_get_end_reason (session ()), ==, VASTUS_END_COMPLETED);
  {
    guint done, skipped, missed;
    g_autofree char *expected = NULL;

    vastus_session_count_sets (session (), &done, &skipped, &missed);
    expected = g_strdup_printf ("%u of %u", done, done + skipped + missed);
    g_assert_cmpstr (text ("done"), ==, expected);
    g_assert_cmpuint (skipped, ==, 0);
    g_assert_cmpuint (missed, ==, 0);
  }

  activate (GTK_WIDGET (view), "session.close");
  g_assert_false (vastus_window_get_session_shown (window));
  vastus_program_remove (program, (guint) vastus_program_find (program, "lunge"));
  g_assert_true (vastus_store_save_program (vastus_application_get_store (app), &error));
  g_assert_false (vastus_today_page_can_resume (today));
}

static void
respond (const char *response)
{
  GtkWidget *dialog = vastus_session_view_get_end_dialog (view);

  g_assert_nonnull (dialog);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), response);
  gtk_window_destroy (GTK_WINDOW (dialog));
  drain ();
}

static void
test_end_early (void)
{
  g_autofree char *path = checkpoint_path ();

  activate (GTK_WIDGET (window), "win.start-session");
  advance (15);
  g_assert_cmpint (step ()->phase, ==, VASTUS_PHASE_WORK);

  /* Escape asks first, and the timer waits meanwhile. */
  activate (GTK_WIDGET (view), "session.end");
  g_assert_cmpint (vastus_session_get_state (session ()), ==, VASTUS_SESSION_PAUSED);
  respond ("cancel");
  g_assert_cmpint (vastus_session_get_state (session ()), ==, VASTUS_SESSION_RUNNING);

  activate (GTK_WIDGET (view), "session.end");
  respond ("other");
  g_assert_cmpint (vastus_session_get_state (session ()), ==, VASTUS_SESSION_FINISHED);
  g_assert_cmpint (vastus_session_get_end_reason (session ()), ==, VASTUS_END_STOPPED);
  assert_shows ("page", "summary");
  g_assert_cmpstr (text ("summary"), ==, "Session Ended");
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  activate (GTK_WIDGET (view), "session.close");
  g_assert_false (vastus_window_get_session_shown (window));
}

static gboolean
progress_shows_rows (gpointer data)
{
  return vastus_progress_page_get_n_rows (data) > 0;
}

typedef struct { VastusProgressPage *page; const char *text; } Wanted;

static gboolean
row_mentions (gpointer data)
{
  Wanted *wanted = data;
  g_autofree char *row = vastus_progress_page_get_row_text (wanted->page, 0);

  return row != NULL && strstr (row, wanted->text) != NULL;
}

/* The chart's point for a session; there must be one. */
static VastusPainPoint
find_point (VastusProgressPage *page,
            const char         *session_id)
{
  GArray *points = vastus_pain_chart_get_data (VASTUS_PAIN_CHART (vastus_progress_page_get_chart (page)));

  for (guint i = 0; points != NULL && i < points->len; i++)
    if (g_str_equal (g_array_index (points, VastusPainPoint, i).session_id, session_id))
      return g_array_index (points, VastusPainPoint, i);
  g_error ("the chart has no point for session %s", session_id);
}

/* A session, its pain logged through the summary's form, then the
 * next-morning question on Today: each shows in Progress, in the chart's
 * data and in the list, and is in journal.jsonl. */
static void
test_pain_log (void)
{
  VastusJournal *journal = vastus_store_get_journal (vastus_application_get_store (app));
  VastusProgressPage *progress = VASTUS_PROGRESS_PAGE (vastus_window_get_progress (window));
  GtkWidget *form = vastus_session_view_get_pain_form (view);
  g_autoptr (VastusJournal) reread = NULL;
  g_autoptr (GError) error = NULL;
  VastusSessionEntry *entry, *stored;
  const VastusPainLog *log;
  VastusPainPoint point;
  Wanted wanted = { progress, NULL };
  guint sessions_before;
  g_autofree char *id = NULL;

  wait_until ((Condition) vastus_journal_is_loaded, journal, "the journal to load");
  sessions_before = g_list_model_get_n_items (G_LIST_MODEL (journal));

  /* Into the second exercise, then ended: what was done is recorded. */
  activate (GTK_WIDGET (window), "win.start-session");
  while (step ()->exercise < 1 || step ()->phase != VASTUS_PHASE_WORK)
    next_step ();
  activate (GTK_WIDGET (view), "session.end");
  respond ("other");
  assert_shows ("page", "summary");
  /* The End button is gone: the focus is on the pain log's first question. */
  g_assert_nonnull (gtk_root_get_focus (GTK_ROOT (window)));
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), form));

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (journal)), ==, sessions_before + 1);
  entry = vastus_session_view_get_entry (view);
  g_assert_nonnull (entry);
  id = g_strdup (vastus_session_entry_get_id (entry));
  g_assert_cmpint (vastus_session_entry_get_end_reason (entry), ==, VASTUS_END_STOPPED);
  g_assert_null (vastus_session_entry_get_pain (entry));
  g_assert_true (gtk_widget_get_mapped (form));

  /* Save waits for both pain scores. */
  activate (form, "pain.save");
  g_assert_null (vastus_session_entry_get_pain (entry));
  g_assert_true (vastus_window_get_session_shown (window));
  g_assert_true (gtk_widget_activate_action (form, "pain.during", "i", 4));
  g_assert_false (vastus_pain_form_is_complete (VASTUS_PAIN_FORM (form)));
  g_assert_true (gtk_widget_activate_action (form, "pain.after", "i", 2));
  g_assert_true (vastus_pain_form_is_complete (VASTUS_PAIN_FORM (form)));
  /* Only the exercises reached are asked about: the warm-up and the next. */
  g_assert_nonnull (vastus_pain_form_get_feel_row (VASTUS_PAIN_FORM (form), 0));
  g_assert_nonnull (vastus_pain_form_get_feel_row (VASTUS_PAIN_FORM (form), 1));
  g_assert_null (vastus_pain_form_get_feel_row (VASTUS_PAIN_FORM (form), 2));
  g_assert_true (gtk_widget_activate_action (form, "pain.feel", "(uu)", 1, VASTUS_FEEL_TOO_HARD));
  g_assert_true (gtk_widget_activate_action (form, "pain.hurt", "(ub)", 1, TRUE));
  gtk_text_buffer_set_text (vastus_pain_form_get_notes_buffer (VASTUS_PAIN_FORM (form)),
                            "Ached under the kneecap, \"sharp\" & brief", -1);
  activate (form, "pain.save");

  /* Saved; next time's plan, then back on Today. */
  assert_shows ("page", "next");
  activate (GTK_WIDGET (view), "session.close");
  g_assert_false (vastus_window_get_session_shown (window));
  log = vastus_session_entry_get_pain (vastus_journal_lookup_session (journal, id));
  g_assert_nonnull (log);
  g_assert_cmpint (log->during, ==, 4);
  g_assert_cmpint (log->after, ==, 2);
  g_assert_cmpstr (log->notes, ==, "Ached under the kneecap, \"sharp\" & brief");
  g_assert_cmpint (log->n_feels, ==, 2);
  g_assert_cmpint (log->feels[1].feel, ==, VASTUS_FEEL_TOO_HARD);
  g_assert_true (log->feels[1].hurt);
  g_assert_cmpint (log->feels[0].feel, ==, VASTUS_FEEL_UNSET);

  /* Progress: the chart's data and the newest row. */
  vastus_window_show_page (window, "progress");
  wait_until (progress_shows_rows, progress, "Progress to list the session");
  wanted.text = "pain 4 during, 2 after";
  wait_until (row_mentions, &wanted, "the newest row to show the pain logged");
  point = find_point (progress, id);
  g_assert_cmpint (point.during, ==, 4);
  g_assert_cmpint (point.after, ==, 2);
  g_assert_cmpint (point.morning, ==, -1);
  g_assert_nonnull (strstr (vastus_progress_page_get_text (progress, "pain"), "4/10"));

  /* Opening the session shows it, with what was logged. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (progress), "progress.open-session", "s", id));
  g_assert_nonnull (vastus_progress_page_get_dialog (progress));
  gtk_window_destroy (vastus_progress_page_get_dialog (progress));
  g_assert_null (vastus_progress_page_get_dialog (progress));

  /* Not asked the same evening; asked on Today the next morning. */
  vastus_window_show_page (window, "today");
  vastus_today_page_refresh (today);
  g_assert_null (vastus_today_page_get_morning_session (today));
  vastus_application_set_time_offset (app, 14 * 3600 * S);
  vastus_today_page_refresh (today);
  g_assert_cmpstr (vastus_today_page_get_morning_session (today), ==, id);
  activate (GTK_WIDGET (today), "today.save-morning");
  g_assert_null (vastus_session_entry_get_morning (vastus_journal_lookup_session (journal, id)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (today), "today.morning", "i", 1));
  activate (GTK_WIDGET (today), "today.save-morning");
  g_assert_null (vastus_today_page_get_morning_session (today));
  g_assert_cmpint (vastus_session_entry_get_morning (vastus_journal_lookup_session (journal, id))->pain, ==, 1);

  vastus_window_show_page (window, "progress");
  wanted.text = "pain 4 during, 2 after, 1 next morning";
  wait_until (row_mentions, &wanted, "the row to show the morning's pain");
  point = find_point (progress, id);
  g_assert_cmpint (point.morning, ==, 1);

  /* The export: one row an exercise, the notes quoted as RFC 4180 asks. */
  {
    g_autofree char *csv_path = g_build_filename (g_get_user_data_dir (), "export.csv", NULL);
    g_autoptr (GFile) csv_file = g_file_new_for_path (csv_path);
    g_autofree char *message = vastus_progress_page_export (progress, csv_file, &error);
    g_autofree char *csv = NULL;

    g_assert_no_error (error);
    g_assert_nonnull (strstr (message, "export.csv"));
    g_assert_true (g_file_get_contents (csv_path, &csv, NULL, NULL));
    g_assert_nonnull (strstr (csv, id));
    g_assert_nonnull (strstr (csv, ",too-hard,yes,4,2,1,\"Ached under the kneecap, \"\"sharp\"\" & brief\"\r\n"));
    g_unlink (csv_path);
  }

  /* All of it is in the file. */
  reread = vastus_journal_new (vastus_journal_get_path (journal));
  g_assert_true (vastus_journal_load (reread, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (vastus_journal_get_problems (reread)->len, ==, 0);
  stored = vastus_journal_lookup_session (reread, id);
  g_assert_nonnull (stored);
  g_assert_cmpint (vastus_session_entry_get_pain (stored)->during, ==, 4);
  g_assert_cmpint (vastus_session_entry_get_morning (stored)->pain, ==, 1);
  g_assert_cmpuint (vastus_journal_get_n_pending (journal), ==, 0);

  vastus_application_set_time_offset (app, 0);
  vastus_window_show_page (window, "today");
}

/* A whole session, every set done, then its pain logged through the form. */
static void
whole_session_logged (int during,
                      int after)
{
  GtkWidget *form = vastus_session_view_get_pain_form (view);

  activate (GTK_WIDGET (window), "win.start-session");
  for (guint i = 0; i < 2000 && vastus_session_get_state (session ()) != VASTUS_SESSION_FINISHED; i++)
    next_step ();
  assert_shows ("page", "summary");
  g_assert_true (gtk_widget_activate_action (form, "pain.during", "i", during));
  g_assert_true (gtk_widget_activate_action (form, "pain.after", "i", after));
  activate (form, "pain.save");
}

/* "How long have you got?": Today offers a shorter session beside the full
 * one; clicked, it runs the warm-up and the knee and hip work at a set
 * fewer, is journaled as shorter, and a good one is said to hold the dose,
 * as only full sessions count towards a step up. */
static void
test_shorter_session (void)
{
  VastusStore *store = vastus_application_get_store (app);
  VastusProgram *program = vastus_store_get_program (store);
  g_autoptr (VastusPlan) full = vastus_program_build_plan (program);
  GtkWidget *button = vastus_today_page_get_short_button (today);
  GtkWidget *form = vastus_session_view_get_pain_form (view);
  VastusPlan *plan;
  VastusSessionEntry *entry;
  guint generation = vastus_program_get_generation (program);

  g_assert_nonnull (button);
  g_assert_true (gtk_widget_get_mapped (button));
  g_assert_nonnull (strstr (gtk_button_get_label (GTK_BUTTON (button)), "Minutes"));
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (button)), ==, "win.start-short-session");
  g_signal_emit_by_name (button, "clicked");
  drain ();
  g_assert_true (vastus_window_get_session_shown (window));

  plan = vastus_session_get_plan (session ());
  g_assert_true (vastus_plan_get_shortened (plan));
  g_assert_cmpuint (vastus_plan_get_n_exercises (plan), <, vastus_plan_get_n_exercises (full));
  g_assert_cmpint (vastus_plan_get_duration (plan), <=, VASTUS_SHORT_SESSION_MINUTES * 60 * G_USEC_PER_SEC);

  for (guint i = 0; i < 2000 && vastus_session_get_state (session ()) != VASTUS_SESSION_FINISHED; i++)
    next_step ();
  assert_shows ("page", "summary");
  g_assert_true (gtk_widget_activate_action (form, "pain.during", "i", 2));
  g_assert_true (gtk_widget_activate_action (form, "pain.after", "i", 1));
  activate (form, "pain.save");
  assert_shows ("page", "next");
  g_assert_nonnull (strstr (text ("next-time"), "in a shorter session: good, and the dose stays the same"));
  activate (GTK_WIDGET (view), "session.close");

  entry = vastus_journal_get_last_session (vastus_store_get_journal (store));
  g_assert_true (vastus_session_entry_get_shortened (entry));
  /* No dose changed. */
  g_assert_cmpuint (vastus_program_get_generation (program), ==, generation);
}

/* Two good sessions logged through the form: the engine steps the first
 * exercises up, says why on the Next Time page and on Today, and Today's
 * plan has the new dose. */
static void
test_progression (void)
{
  VastusProgram *program = vastus_store_get_program (vastus_application_get_store (app));
  int quad_set = vastus_program_find (program, "quad-set");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *after_shown = NULL;
  g_autofree char *changes = NULL;
  g_autofree char *row = NULL;

  g_assert_cmpint (quad_set, >=, 0);
  before = vastus_dose_describe (vastus_program_get_dose (program, (guint) quad_set), VASTUS_SIDE_ONE);
  g_assert_true (g_str_has_prefix (before, "2 × 10 each leg"));

  /* One good session: nothing goes up yet. */
  whole_session_logged (2, 1);
  assert_shows ("page", "next");
  g_test_message ("Next time: %s", text ("next-time"));
  /* One row for every exercise with the same reason. */
  g_assert_nonnull (strstr (text ("next-time"), "Quad set, Straight-leg raise, "));
  g_assert_nonnull (strstr (text ("next-time"), " and Clamshell: Pain stayed at 2/10 and you did all of it: one more session"));
  g_assert_null (strchr (strchr (text ("next-time"), '\n') + 1, '\n'));
  activate (GTK_WIDGET (view), "session.close");

  /* Two in a row: the quad set goes up to a third set, and says why. */
  whole_session_logged (2, 1);
  assert_shows ("page", "next");
  g_assert_nonnull (strstr (text ("next-time"), "Quad set and Straight-leg raise: Pain stayed at 2/10 and you did all "
                                                "of it, twice in a row: sets go from 2 to 3."));
  g_assert_nonnull (strstr (text ("next-time"), "two exercises already go up"));
  activate (GTK_WIDGET (view), "session.close");
  g_assert_false (vastus_window_get_session_shown (window));

  /* Today: the new dose in the plan, and the reason. */
  after = vastus_dose_describe (vastus_program_get_dose (program, (guint) quad_set), VASTUS_SIDE_ONE);
  g_assert_true (g_str_has_prefix (after, "3 × 10 each leg"));
  row = g_strdup (vastus_today_page_get_row_text (today, (guint) quad_set, "subtitle"));
  after_shown = vastus_keep_units_with_numbers (after);
  g_assert_cmpstr (row, ==, after_shown);
  changes = vastus_today_page_get_changes_text (today);
  /* The same rows as Next Time: one for the exercises with the same reason. */
  g_assert_nonnull (strstr (changes, "Quad set and Straight-leg raise: Pain stayed at 2/10 and you did all of it, "
                                     "twice in a row: sets go from 2 to 3.\n"));

  /* Saved: program.json has it. */
  {
    g_autofree char *path = vastus_program_default_path ();
    g_autoptr (GPtrArray) problems = NULL;
    g_autoptr (VastusProgram) saved = vastus_program_load (path, vastus_store_get_catalogue (vastus_application_get_store (app)), &problems, NULL);

    g_assert_nonnull (saved);
    g_assert_cmpfloat (vastus_dose_get (vastus_program_get_dose (saved, (guint) vastus_program_find (saved, "quad-set")),
                                        VASTUS_DOSE_SETS), ==, 3);
  }
}

/* A dose set by hand in Your Programme, as a physiotherapist might give it:
 * saved, journaled as set by the person, and the coach's next step starts
 * from it: two good sessions at the new dose take it up one rep, even
 * though the exercise went up only days ago. */
static void
test_dose_set_by_hand (void)
{
  VastusStore *store = vastus_application_get_store (app);
  VastusProgram *program = vastus_store_get_program (store);
  VastusJournal *journal = vastus_store_get_journal (store);
  int index = vastus_program_find (program, "straight-leg-raise");
  g_autoptr (GPtrArray) changes = NULL;
  VastusChange *change;
  GtkWidget *dialog;
  GtkSpinButton *reps;
  GtkAdjustment *scroll;
  double set_reps, min, max;

  g_assert_cmpint (index, >=, 0);
  g_assert_true (vastus_dose_get_bounds (vastus_program_get_dose (program, (guint) index), VASTUS_DOSE_REPS, &min, &max));
  /* One rep below the dose the coach gave, or above it at the bottom. */
  set_reps = vastus_dose_get (vastus_program_get_dose (program, (guint) index), VASTUS_DOSE_REPS) - 1;
  if (set_reps < min)
    set_reps += 2;
  g_assert_cmpfloat (set_reps, >=, min);
  g_assert_cmpfloat (set_reps, <, max);

  activate (GTK_WIDGET (window), "win.edit-program");
  dialog = vastus_window_get_program_dialog (window);
  reps = vastus_program_dialog_get_dose_spin (VASTUS_PROGRAM_DIALOG (dialog), (guint) index, VASTUS_DOSE_REPS);
  g_assert_nonnull (reps);
  /* The spin button keeps to the exercise's bounds. */
  gtk_spin_button_set_value (reps, max + 5);
  g_assert_cmpfloat (gtk_spin_button_get_value (reps), ==, max);
  gtk_spin_button_set_value (reps, set_reps);
  g_assert_true (gtk_widget_activate_action (dialog, "programme.set-dose", "i", index));
  g_assert_cmpfloat (vastus_dose_get (vastus_program_get_dose (program, (guint) index), VASTUS_DOSE_REPS), ==, set_reps);

  changes = vastus_progression_list_changes (journal, NULL, "straight-leg-raise");
  change = g_ptr_array_index (changes, changes->len - 1);
  g_assert_cmpint (change->kind, ==, VASTUS_DECISION_SET);
  g_assert_true (g_str_has_prefix (change->reason, "Set by you: "));
  gtk_window_destroy (GTK_WINDOW (dialog));

  /* One good session at the new dose: not yet. Its summary scrolled down to
   * the pain form, as a person logging pain does. */
  activate (GTK_WIDGET (window), "win.start-session");
  for (guint i = 0; i < 2000 && vastus_session_get_state (session ()) != VASTUS_SESSION_FINISHED; i++)
    next_step ();
  assert_shows ("page", "summary");
  scroll = gtk_scrolled_window_get_vadjustment (
    GTK_SCROLLED_WINDOW (gtk_widget_get_ancestor (vastus_session_view_get_pain_form (view), GTK_TYPE_SCROLLED_WINDOW)));
  for (guint i = 0; i < 50 && gtk_adjustment_get_upper (scroll) <= gtk_adjustment_get_page_size (scroll); i++)
    g_main_context_iteration (NULL, FALSE), g_usleep (10 * 1000);
  gtk_adjustment_set_value (scroll, gtk_adjustment_get_upper (scroll));
  g_assert_cmpfloat (gtk_adjustment_get_value (scroll), >, 0);
  g_assert_true (gtk_widget_activate_action (vastus_session_view_get_pain_form (view), "pain.during", "i", 2));
  g_assert_true (gtk_widget_activate_action (vastus_session_view_get_pain_form (view), "pain.after", "i", 1));
  activate (vastus_session_view_get_pain_form (view), "pain.save");
  activate (GTK_WIDGET (view), "session.close");
  g_assert_cmpfloat (vastus_dose_get (vastus_program_get_dose (program, (guint) index), VASTUS_DOSE_REPS), ==, set_reps);

  /* Two: one rep up from the dose that was set. The summary, scrolled down
   * to the pain form last time, opens at its totals. */
  {
    activate (GTK_WIDGET (window), "win.start-session");
    for (guint i = 0; i < 2000 && vastus_session_get_state (session ()) != VASTUS_SESSION_FINISHED; i++)
      next_step ();
    assert_shows ("page", "summary");
    g_assert_cmpfloat (gtk_adjustment_get_value (scroll), ==, 0);
    g_assert_true (gtk_widget_activate_action (vastus_session_view_get_pain_form (view), "pain.during", "i", 2));
    g_assert_true (gtk_widget_activate_action (vastus_session_view_get_pain_form (view), "pain.after", "i", 1));
    activate (vastus_session_view_get_pain_form (view), "pain.save");
  }
  activate (GTK_WIDGET (view), "session.close");
  g_assert_cmpfloat (vastus_dose_get (vastus_program_get_dose (program, (guint) index), VASTUS_DOSE_REPS), ==,
                     set_reps + 1);
  g_clear_pointer (&changes, g_ptr_array_unref);
  changes = vastus_progression_list_changes (journal, NULL, "straight-leg-raise");
  change = g_ptr_array_index (changes, changes->len - 1);
  g_assert_cmpint (change->kind, ==, VASTUS_DECISION_PROGRESS);

  /* Today knows a session was done today: the next is due in two days
   * (three a week), and Start is still there. */
  g_test_message ("Today: %s", vastus_today_page_get_week_text (today));
  g_assert_true (g_str_has_prefix (vastus_today_page_get_week_text (today), "Done for today. Your next session is due on "));
  g_assert_nonnull (strstr (vastus_today_page_get_week_text (today), " This week: "));
  g_assert_true (vastus_today_page_get_start_shown (today));
}

static GtkWidget *
find_button (GtkWidget  *widget,
             const char *action)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_BUTTON (child) && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (child)), action) == 0)
        return child;
      found = find_button (child, action);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
collect (GtkWidget *widget,
         GType      type,
         GPtrArray *found)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        g_ptr_array_add (found, child);
      collect (child, type, found);
    }
}

static gboolean
is_laid_out (gpointer data)
{
  return gtk_widget_get_mapped (data) && gtk_widget_get_width (data) > 0;
}

/* Both answers are in sight without scrolling: outside the scrolled list and
 * wholly inside the window. */
static void
assert_answers_in_sight (GtkWidget *dialog)
{
  const char *actions[] = { "flags.stop", "flags.go-on" };

  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    {
      GtkWidget *button = find_button (dialog, actions[i]);
      graphene_rect_t bounds;

      g_test_message ("%s in a window of %d × %d", actions[i],
                      gtk_widget_get_width (dialog), gtk_widget_get_height (dialog));
      g_assert_nonnull (button);
      wait_until (is_laid_out, button, actions[i]);
      g_assert_null (gtk_widget_get_ancestor (button, GTK_TYPE_SCROLLED_WINDOW));
      g_assert_true (gtk_widget_compute_bounds (button, dialog, &bounds));
      g_assert_cmpfloat (bounds.origin.x, >=, 0);
      g_assert_cmpfloat (bounds.origin.y, >=, 0);
      g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <=, gtk_widget_get_width (dialog));
      g_assert_cmpfloat (bounds.origin.y + bounds.size.height, <=, gtk_widget_get_height (dialog));
    }
}

/* The warning-signs dialog on its own: every question asked, its answers in
 * sight at its own size and phone-wide, reworded for a check-in. */
static void
test_red_flags_dialog (void)
{
  const struct { int width, height; } sizes[] = { { -1, -1 }, { 360, 640 }, { 360, 420 } };
  guint n;
  const VastusRedFlag *flags = vastus_red_flags_get (&n);

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      GtkWidget *dialog = vastus_red_flags_dialog_new (GTK_WINDOW (window));
      g_autoptr (GPtrArray) switches = g_ptr_array_new ();
      g_autoptr (GPtrArray) rows = g_ptr_array_new ();
      g_autoptr (GPtrArray) labels = g_ptr_array_new ();
      GtkWidget *stop = find_button (dialog, "flags.stop");
      GtkWidget *go_on = find_button (dialog, "flags.go-on");
      gboolean intro_shown = FALSE;
      g_auto (GStrv) yes = NULL;

      g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
      if (sizes[i].width > 0)
        gtk_window_set_default_size (GTK_WINDOW (dialog), sizes[i].width, sizes[i].height);
      gtk_window_present (GTK_WINDOW (dialog));
      wait_until (is_mapped, dialog, "the warning signs to be shown");
      assert_answers_in_sight (dialog);

      /* One switch a question; a second line where the question has one. */
      collect (dialog, GTK_TYPE_SWITCH, switches);
      collect (dialog, ADW_TYPE_ACTION_ROW, rows);
      g_assert_cmpuint (switches->len, ==, n);
      g_assert_cmpuint (rows->len, ==, n);
      for (guint r = 0; r < n; r++)
        {
          g_assert_cmpstr (adw_preferences_row_get_title (g_ptr_array_index (rows, r)), ==, flags[r].question);
          g_assert_cmpstr (adw_action_row_get_subtitle (g_ptr_array_index (rows, r)), ==,
                           flags[r].detail != NULL ? flags[r].detail : "");
        }

      /* Asked again at a check-in, in its own words. */
      vastus_red_flags_dialog_set_purpose (VASTUS_RED_FLAGS_DIALOG (dialog), "Six-Week Check-In",
                                           "Before the next six weeks, the same questions again.",
                                           "_All Clear, Go On");
      g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (dialog)), ==, "Six-Week Check-In");
      g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (go_on)), ==, "_All Clear, Go On");
      collect (dialog, GTK_TYPE_LABEL, labels);
      for (guint l = 0; l < labels->len; l++)
        if (g_strcmp0 (gtk_label_get_label (g_ptr_array_index (labels, l)),
                       "Before the next six weeks, the same questions again.") == 0)
          intro_shown = TRUE;
      g_assert_true (intro_shown);
      /* NULL keeps what is there. */
      vastus_red_flags_dialog_set_purpose (VASTUS_RED_FLAGS_DIALOG (dialog), NULL, NULL, NULL);
      g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (dialog)), ==, "Six-Week Check-In");
      assert_answers_in_sight (dialog);

      /* A yes allows only stopping; taking it back allows going on. */
      g_assert_true (gtk_widget_activate_action (dialog, "flags.answer", "(sb)", "young-hip", TRUE));
      drain ();
      g_assert_true (gtk_widget_is_sensitive (stop));
      g_assert_false (gtk_widget_is_sensitive (go_on));
      yes = vastus_red_flags_dialog_get_yes (VASTUS_RED_FLAGS_DIALOG (dialog));
      g_assert_cmpstrv (yes, ((const char * const[]) { "young-hip", NULL }));
      g_assert_true (gtk_widget_activate_action (dialog, "flags.answer", "(sb)", "young-hip", FALSE));
      drain ();
      g_assert_false (gtk_widget_is_sensitive (stop));
      g_assert_true (gtk_widget_is_sensitive (go_on));

      activate (dialog, "flags.go-on");
      g_assert_null (dialog);
    }
}

/* Ending early asks why; "because of pain" reaches the journal and the
 * engine: the exercise under way comes down a step (rule 12). */
static gboolean
speech_done (gpointer data)
{
  return vastus_speech_get_n_pending (data) == 0;
}

static const char *
last_said (VastusSpeech *speech)
{
  GPtrArray *said = vastus_speech_get_said (speech);

  return said->len > 0 ? g_ptr_array_index (said, said->len - 1) : NULL;
}

/* The coach's words, through a recorder on the session's fake clock: the
 * exercise and its dose at the start, "Rest.", the switch of legs; none
 * while muted or with spoken cues off, and the setting followed both ways. */
static void
test_spoken_cues (void)
{
  g_autoptr (VastusRecorder) recorder = vastus_recorder_new (fake_clock);
  VastusProgram *program = vastus_store_get_program (vastus_application_get_store (app));
  g_autoptr (VastusPlan) plan = vastus_program_build_plan (program);
  g_autofree char *dose = vastus_coach_describe_dose_spoken (plan, 0);
  g_autofree char *first = g_strdup_printf ("%s. %s", vastus_exercise_get_name (vastus_plan_get_exercise (plan, 0)),
                                            dose);
  g_autofree char *first_logged = g_strdup_printf ("0.000 ");
  VastusSpeech *speech;
  GSettings *settings = vastus_application_get_settings (app);
  guint n;

  vastus_session_view_set_recorder (view, recorder);
  speech = vastus_session_view_get_speech (view);
  g_assert_nonnull (speech);
  g_assert_true (g_settings_get_boolean (settings, "spoken-cues"));

  activate (GTK_WIDGET (window), "win.start-session");
  wait_until (is_mapped, view, "the session screen to be mapped");
  g_assert_cmpstr (last_said (speech), ==, first);

  /* The words are made off the main thread, and recorded at the moment
   * they were asked for, however long that took. */
  wait_until (speech_done, speech, "the first words to be made");
  g_assert_true (vastus_speech_get_available (speech));
  g_assert_cmpuint (vastus_speech_get_n_played (speech), >=, 1);
  {
    g_autofree char *line = g_strdup_printf (" speech: %s\n", first);
    const char *log = vastus_recorder_get_log (recorder);
    const char *found = strstr (log, line);

    g_assert_nonnull (found);
    /* The start of its line: "0.000 END speech: …". */
    while (found > log && found[-1] != '\n')
      found--;
    g_assert_true (g_str_has_prefix (found, first_logged));
  }

  /* A rest is said, and its moment too. */
  while (step ()->phase != VASTUS_PHASE_REST_SET && step ()->phase != VASTUS_PHASE_REST_EXERCISE)
    next_step ();
  g_assert_cmpstr (last_said (speech), ==, "Rest.");
  wait_until (speech_done, speech, "“Rest.” to be made");
  g_assert_nonnull (strstr (vastus_recorder_get_log (recorder), " speech: Rest.\n"));

  /* Muted: nothing said, and the tones stop too. */
  activate (GTK_WIDGET (view), "session.mute");
  g_assert_true (vastus_speech_get_muted (speech));
  g_assert_false (gtk_widget_get_sensitive (vastus_session_view_get_part (view, "speech-button")));
  n = vastus_speech_get_said (speech)->len;
  next_step ();
  next_step ();
  g_assert_cmpuint (vastus_speech_get_said (speech)->len, ==, n);
  activate (GTK_WIDGET (view), "session.mute");
  g_assert_false (vastus_speech_get_muted (speech));
  g_assert_true (gtk_widget_get_sensitive (vastus_session_view_get_part (view, "speech-button")));

  /* Spoken cues off (V, or the button beside Mute): the setting is kept,
   * the tones go on, and the words stop. */
  activate (GTK_WIDGET (view), "session.speech");
  g_assert_false (g_settings_get_boolean (settings, "spoken-cues"));
  g_assert_true (vastus_speech_get_muted (speech));
  g_assert_false (vastus_sound_get_muted (vastus_session_view_get_sound (view)));
  n = vastus_speech_get_said (speech)->len;
  next_step ();
  next_step ();
  g_assert_cmpuint (vastus_speech_get_said (speech)->len, ==, n);
  /* And the setting, changed in Preferences, is followed at once. */
  g_settings_set_boolean (settings, "spoken-cues", TRUE);
  g_assert_false (vastus_speech_get_muted (speech));

  /* A switch of legs says which. */
  for (guint i = 0; i < 200 && step ()->phase != VASTUS_PHASE_SWITCH_SIDES; i++)
    next_step ();
  g_assert_cmpint (step ()->phase, ==, VASTUS_PHASE_SWITCH_SIDES);
  g_assert_cmpstr (last_said (speech), ==,
                   step ()->leg == VASTUS_LEG_LEFT ? "Switch to your left leg." : "Switch to your right leg.");
  wait_until (speech_done, speech, "the switch to be made");

  activate (GTK_WIDGET (view), "session.end");
  respond ("other");
  activate (GTK_WIDGET (view), "session.close");
  vastus_session_view_set_recorder (view, NULL);
}

static void
test_end_because_of_pain (void)
{
  VastusJournal *journal = vastus_store_get_journal (vastus_application_get_store (app));
  GtkWidget *form = vastus_session_view_get_pain_form (view);
  g_autofree char *id = NULL;
  g_autofree char *session_id = NULL;
  VastusSessionEntry *entry;
  const VastusPainLog *log;
  const cJSON *decision = NULL;

  activate (GTK_WIDGET (window), "win.start-session");
  while (step ()->exercise < 1 || step ()->phase != VASTUS_PHASE_WORK)
    next_step ();
  id = g_strdup (vastus_exercise_get_id (vastus_plan_get_exercise (vastus_session_get_plan (session ()),
                                                                   step ()->exercise)));
  advance (2);

  /* Keep Going changes nothing; Because of Pain ends it. */
  activate (GTK_WIDGET (view), "session.end");
  respond ("cancel");
  g_assert_cmpint (vastus_session_get_state (session ()), ==, VASTUS_SESSION_RUNNING);
  activate (GTK_WIDGET (view), "session.end");
  respond ("pain");
  assert_shows ("page", "summary");
  entry = vastus_session_view_get_entry (view);
  session_id = g_strdup (vastus_session_entry_get_id (entry));
  g_assert_cmpint (vastus_session_entry_get_end_reason (entry), ==, VASTUS_END_PAIN);
  g_assert_cmpstr (vastus_session_entry_get_ended_during (entry), ==, id);

  /* Pain 3 during, 2 after: within limits, but it ended because of pain. */
  g_assert_true (gtk_widget_activate_action (form, "pain.during", "i", 3));
  g_assert_true (gtk_widget_activate_action (form, "pain.after", "i", 2));
  activate (form, "pain.save");
  assert_shows ("page", "next");
  g_test_message ("Next time: %s", text ("next-time"));
  g_assert_nonnull (strstr (text ("next-time"), "You ended the session because of pain during it: "));
  /* A step down: the flare-up plan is offered, and opens. */
  {
    GtkWidget *flare = vastus_session_view_get_part (view, "flare");
    GListModel *toplevels = gtk_window_get_toplevels ();
    guint before = g_list_model_get_n_items (toplevels);

    g_assert_true (gtk_widget_get_visible (flare));
    g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (flare)), ==, "win.flare-up-plan");
    g_assert_true (gtk_widget_activate_action (flare, "win.flare-up-plan", NULL));
    g_assert_cmpuint (g_list_model_get_n_items (toplevels), ==, before + 1);
    for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
      {
        g_autoptr (GtkWindow) top = g_list_model_get_item (toplevels, i);

        if (g_strcmp0 (gtk_window_get_title (top), "Your Flare-Up Plan") == 0)
          gtk_window_destroy (top);
      }
    g_assert_cmpuint (g_list_model_get_n_items (toplevels), ==, before);
  }

  /* The log says which exercise hurt, without being told again. */
  log = vastus_session_entry_get_pain (vastus_journal_lookup_session (journal, session_id));
  g_assert_true (vastus_pain_log_get_feel (log, id)->hurt);

  for (guint i = vastus_journal_get_n_program_changes (journal); i > 0 && decision == NULL; i--)
    {
      const cJSON *change = vastus_journal_get_program_change (journal, i - 1);

      if (g_strcmp0 (cJSON_GetObjectItem (change, "session")->valuestring, session_id) == 0 &&
          g_strcmp0 (cJSON_GetObjectItem (cJSON_GetObjectItem (change, "before"), "id")->valuestring, id) == 0)
        decision = change;
    }
  g_assert_nonnull (decision);
  g_assert_cmpstr (cJSON_GetObjectItem (decision, "decision")->valuestring, ==, "regress");
  g_assert_cmpstr (cJSON_GetObjectItem (decision, "class")->valuestring, ==, "red");

  activate (GTK_WIDGET (view), "session.close");
  g_assert_false (vastus_window_get_session_shown (window));
}

static gboolean
can_be_easier (void)
{
  VastusPlan *plan = vastus_session_get_plan (session ());
  VastusDose dose = *vastus_plan_get_dose (plan, step ()->exercise);

  return vastus_progression_step_down (vastus_plan_get_exercise (plan, step ()->exercise), &dose, NULL);
}

/* "My Knee Hurts": easier for today, skip the exercise, end because of
 * pain; each written down, and the pain log knows which exercise hurt. */
static void
test_knee_hurts (void)
{
  VastusProgram *program = vastus_store_get_program (vastus_application_get_store (app));
  VastusJournal *journal = vastus_store_get_journal (vastus_application_get_store (app));
  GtkWidget *form = vastus_session_view_get_pain_form (view);
  g_autofree char *id = NULL;
  g_autofree char *planned = NULL;
  g_autofree char *today_dose = NULL;
  g_autofree char *session_id = NULL;
  VastusSessionEntry *entry;
  GtkWidget *dialog;
  guint exercise;

  /* To an exercise that has an easier dose. */
  activate (GTK_WIDGET (window), "win.start-session");
  while (step ()->exercise < 1 || step ()->phase != VASTUS_PHASE_WORK || !can_be_easier ())
    next_step ();
  exercise = step ()->exercise;
  id = g_strdup (vastus_exercise_get_id (vastus_plan_get_exercise (vastus_session_get_plan (session ()), exercise)));
  planned = vastus_dose_describe (vastus_program_get_dose (program, (guint) vastus_program_find (program, id)),
                                  VASTUS_SIDE_ONE);
  advance (2);

  /* Asked, paused meanwhile; kept going: back to it. */
  g_assert_cmpint (vastus_session_get_state (session ()), ==, VASTUS_SESSION_RUNNING);
  activate (GTK_WIDGET (view), "session.knee-hurts");
  dialog = vastus_session_view_get_knee_dialog (view);
  g_assert_nonnull (dialog);
  g_assert_cmpint (vastus_session_get_state (session ()), ==, VASTUS_SESSION_PAUSED);
  activate (dialog, "knee.keep-going");
  g_assert_null (vastus_session_view_get_knee_dialog (view));
  g_assert_cmpint (vastus_session_get_state (session ()), ==, VASTUS_SESSION_RUNNING);

  /* Easier for today: the set starts again at a lower dose. */
  activate (GTK_WIDGET (view), "session.knee-hurts");
  activate (vastus_session_view_get_knee_dialog (view), "knee.easier");
  g_assert_cmpint (vastus_session_get_state (session ()), ==, VASTUS_SESSION_RUNNING);
  g_assert_cmpuint (step ()->exercise, ==, exercise);
  g_assert_cmpint (step ()->phase, ==, VASTUS_PHASE_WORK);
  today_dose = vastus_dose_describe (vastus_plan_get_dose (vastus_session_get_plan (session ()), exercise), VASTUS_SIDE_ONE);
  g_assert_cmpstr (today_dose, !=, planned);
  g_assert_true (g_str_has_prefix (vastus_session_view_get_announcement (view), "Easier for today: "));
  /* Only today: the programme keeps its dose. */
  {
    g_autofree char *kept = vastus_dose_describe (vastus_program_get_dose (program, (guint) vastus_program_find (program, id)),
                                                  VASTUS_SIDE_ONE);

    g_assert_cmpstr (kept, ==, planned);
  }

  /* Skip the rest of it: on to the next exercise's get-ready. */
  activate (GTK_WIDGET (view), "session.knee-hurts");
  activate (vastus_session_view_get_knee_dialog (view), "knee.skip");
  g_assert_cmpuint (step ()->exercise, ==, exercise + 1);
  g_assert_cmpint (step ()->phase, ==, VASTUS_PHASE_PREPARE);

  /* End because of pain. */
  activate (GTK_WIDGET (view), "session.knee-hurts");
  activate (vastus_session_view_get_knee_dialog (view), "knee.end");
  g_assert_cmpint (vastus_session_get_state (session ()), ==, VASTUS_SESSION_FINISHED);
  g_assert_cmpint (vastus_session_get_end_reason (session ()), ==, VASTUS_END_PAIN);
  assert_shows ("page", "summary");

  entry = vastus_session_view_get_entry (view);
  session_id = g_strdup (vastus_session_entry_get_id (entry));
  g_assert_cmpuint (vastus_session_entry_get_n_knee_notes (entry), ==, 3);
  g_assert_cmpint (vastus_session_entry_get_knee_note (entry, 0)->action, ==, VASTUS_KNEE_EASIER);
  g_assert_cmpstr (vastus_session_entry_get_knee_note (entry, 0)->exercise, ==, id);
  g_assert_cmpint (vastus_session_entry_get_knee_note (entry, 1)->action, ==, VASTUS_KNEE_SKIPPED);
  g_assert_cmpint (vastus_session_entry_get_knee_note (entry, 2)->action, ==, VASTUS_KNEE_ENDED);
  g_assert_cmpstr (vastus_session_entry_get_ended_during (entry), ==, id);

  /* The log knows which exercise hurt. */
  g_assert_true (gtk_widget_activate_action (form, "pain.during", "i", 4));
  g_assert_true (gtk_widget_activate_action (form, "pain.after", "i", 2));
  activate (form, "pain.save");
  g_assert_true (vastus_pain_log_get_feel (vastus_session_entry_get_pain (vastus_journal_lookup_session (journal, session_id)),
                                           id)->hurt);
  activate (GTK_WIDGET (view), "session.close");
  g_assert_false (vastus_window_get_session_shown (window));
}

/* Every exercise of the programme has a stop under a hold in the journal,
 * from change @from on. */
static void
assert_programme_stopped (guint from)
{
  VastusJournal *journal = vastus_store_get_journal (vastus_application_get_store (app));
  VastusProgram *program = vastus_store_get_program (vastus_application_get_store (app));

  g_assert_nonnull (vastus_program_get_hold (program));
  g_assert_cmpuint (vastus_journal_get_n_program_changes (journal), ==, from + vastus_program_get_n_exercises (program));
  for (guint i = 0; i < vastus_program_get_n_exercises (program); i++)
    {
      const cJSON *change = vastus_journal_get_program_change (journal, from + i);

      g_assert_cmpstr (cJSON_GetObjectItem (change, "decision")->valuestring, ==, "stop");
      g_assert_nonnull (cJSON_GetObjectItem (change, "hold"));
      g_assert_cmpstr (cJSON_GetObjectItem (cJSON_GetObjectItem (change, "before"), "id")->valuestring, ==,
                       vastus_exercise_get_id (vastus_program_get_exercise (program, i)));
    }
}

/* Today says what happened and what to do, and offers no session. */
static void
assert_on_hold (const char *heading)
{
  g_autofree char *hold = vastus_today_page_get_hold_text (today);

  g_assert_nonnull (hold);
  g_assert_true (g_str_has_prefix (hold, heading));
  g_assert_false (vastus_today_page_get_start_shown (today));
  g_assert_false (vastus_today_page_can_resume (today));
  /* Ctrl+Return, or the action by any path, starts nothing. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.start-session", NULL);
  drain ();
  g_assert_false (vastus_window_get_session_shown (window));
}

/* "I Have Had My Knee Checked": confirmed, the questions once more, all
 * clear: the programme starts again one step below where it was. */
static void
knee_checked (void)
{
  VastusProgram *program = vastus_store_get_program (vastus_application_get_store (app));
  VastusJournal *journal = vastus_store_get_journal (vastus_application_get_store (app));
  guint events = vastus_journal_get_n_events (journal);
  guint changes = vastus_journal_get_n_program_changes (journal);
  GtkWidget *dialog;
  int quad_set = vastus_program_find (program, "quad-set");
  VastusDose before = *vastus_program_get_dose (program, (guint) quad_set);

  activate (GTK_WIDGET (window), "win.knee-checked");
  dialog = vastus_window_get_safety_dialog (window);
  g_assert_true (ADW_IS_MESSAGE_DIALOG (dialog));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "checked");
  gtk_window_destroy (GTK_WINDOW (dialog));
  drain ();
  dialog = vastus_window_get_safety_dialog (window);
  g_assert_true (VASTUS_IS_RED_FLAGS_DIALOG (dialog));
  activate (dialog, "flags.go-on");

  g_assert_null (vastus_program_get_hold (program));
  g_assert_null (vastus_today_page_get_hold_text (today));
  g_assert_true (vastus_today_page_get_start_shown (today));
  g_assert_cmpuint (vastus_journal_get_n_events (journal), ==, events + 2);
  g_assert_cmpstr (cJSON_GetObjectItem (vastus_journal_get_event (journal, events), "type")->valuestring, ==,
                   "warning-signs");
  g_assert_cmpstr (cJSON_GetObjectItem (vastus_journal_get_event (journal, events + 1), "type")->valuestring, ==,
                   "knee-checked");
  /* Every exercise starts again one step lower, or at its easiest, each
   * change with its reason. */
  for (guint i = 0; i < vastus_program_get_n_exercises (program); i++)
    {
      const cJSON *change = vastus_journal_get_program_change (journal, changes + i);

      g_assert_true (g_str_has_prefix (cJSON_GetObjectItem (change, "reason")->valuestring,
                                       "Your knee has been checked: the programme starts again"));
    }
  if (vastus_progression_step_down (vastus_program_get_exercise (program, (guint) quad_set), &before, NULL))
    {
      g_autofree char *lower = vastus_dose_describe (&before, VASTUS_SIDE_ONE);
      g_autofree char *now = vastus_dose_describe (vastus_program_get_dose (program, (guint) quad_set), VASTUS_SIDE_ONE);

      g_assert_cmpstr (now, ==, lower);
    }
}

/* "Something feels wrong" during a session: none of them lets it go on; a
 * yes stops it, says what to do, and is written down. */
static void
test_red_flag (void)
{
  VastusJournal *journal = vastus_store_get_journal (vastus_application_get_store (app));
  guint flags_before = vastus_journal_get_n_red_flags (journal);
  guint changes_before = vastus_journal_get_n_program_changes (journal);
  GtkWidget *dialog;
  const cJSON *record;

  activate (GTK_WIDGET (window), "win.start-session");
  advance (15);
  g_assert_cmpint (vastus_session_get_state (session ()), ==, VASTUS_SESSION_RUNNING);

  /* Asked, paused meanwhile; nothing wrong: back to it. */
  activate (GTK_WIDGET (view), "session.red-flags");
  dialog = vastus_session_view_get_red_flags_dialog (view);
  g_assert_nonnull (dialog);
  g_assert_cmpint (vastus_session_get_state (session ()), ==, VASTUS_SESSION_PAUSED);
  activate (dialog, "flags.go-on");
  g_assert_null (vastus_session_view_get_red_flags_dialog (view));
  g_assert_cmpint (vastus_session_get_state (session ()), ==, VASTUS_SESSION_RUNNING);

  /* The knee locked: the session stops at once. */
  activate (GTK_WIDGET (view), "session.red-flags");
  dialog = vastus_session_view_get_red_flags_dialog (view);
  g_assert_true (gtk_widget_activate_action (dialog, "flags.answer", "(sb)", "locking", TRUE));
  activate (dialog, "flags.stop");
  g_assert_cmpint (vastus_session_get_state (session ()), ==, VASTUS_SESSION_FINISHED);
  g_assert_cmpint (vastus_session_get_end_reason (session ()), ==, VASTUS_END_RED_FLAG);
  assert_shows ("page", "summary");
  g_assert_cmpstr (text ("summary"), ==, "Stop and Get Your Knee Checked Today");

  /* Written down, with the session and the advice. */
  g_assert_cmpuint (vastus_journal_get_n_red_flags (journal), ==, flags_before + 1);
  record = vastus_journal_get_red_flag (journal, flags_before);
  g_assert_cmpstr (cJSON_GetArrayItem (cJSON_GetObjectItem (record, "yes"), 0)->valuestring, ==, "locking");
  g_assert_cmpstr (cJSON_GetObjectItem (record, "session")->valuestring, ==,
                   vastus_session_entry_get_id (vastus_session_view_get_entry (view)));
  g_assert_nonnull (strstr (cJSON_GetObjectItem (record, "advice")->valuestring, "checked by a doctor today"));
  g_assert_cmpint (vastus_session_entry_get_end_reason (vastus_session_view_get_entry (view)), ==, VASTUS_END_RED_FLAG);

  /* The whole programme is on hold: every exercise, reached or not, has a
   * stop in the journal. */
  assert_programme_stopped (changes_before);

  activate (GTK_WIDGET (view), "session.close");
  g_assert_false (vastus_window_get_session_shown (window));
  assert_on_hold ("Stop and Get Your Knee Checked Today");

  /* Checked, and all clear: one step easier than before. */
  knee_checked ();

  /* Short of breath: call for help first, in the summary and on Today. */
  activate (GTK_WIDGET (window), "win.start-session");
  advance (15);
  activate (GTK_WIDGET (view), "session.red-flags");
  dialog = vastus_session_view_get_red_flags_dialog (view);
  g_assert_true (gtk_widget_activate_action (dialog, "flags.answer", "(sb)", "breathless", TRUE));
  activate (dialog, "flags.stop");
  assert_shows ("page", "summary");
  g_assert_cmpstr (text ("summary"), ==, "Call Your Emergency Number Now");
  record = vastus_journal_get_red_flag (journal, flags_before + 1);
  g_assert_true (g_str_has_prefix (cJSON_GetObjectItem (record, "advice")->valuestring,
                                   "Call your local emergency number now."));

  activate (GTK_WIDGET (view), "session.close");
  g_assert_false (vastus_window_get_session_shown (window));
  assert_on_hold ("Call Your Emergency Number Now");
  knee_checked ();
}

/* In a child process: into the second exercise, then killed outright. */
static void
killed_mid_session (void)
{
  g_autofree char *marker = g_build_filename (g_get_user_data_dir (), "killed-at-step", NULL);
  g_autofree char *step_text = NULL;

  activate (GTK_WIDGET (window), "win.start-session");
  while (step ()->exercise < 1 || step ()->phase != VASTUS_PHASE_WORK || step ()->set < 1)
    next_step ();
  advance (1.5);

  step_text = g_strdup_printf ("%u", vastus_session_get_step_index (session ()));
  g_assert_true (g_file_set_contents (marker, step_text, -1, NULL));
  kill (getpid (), SIGKILL);
}

static void
test_killed_and_resumed (void)
{
  g_autofree char *marker = g_build_filename (g_get_user_data_dir (), "killed-at-step", NULL);
  g_autofree char *path = checkpoint_path ();
  g_autofree char *step_text = NULL;
  VastusProgram *program = vastus_store_get_program (vastus_application_get_store (app));
  const char *resume_text;

  if (g_test_subprocess ())
    {
      killed_mid_session ();
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_assert_true (g_file_get_contents (marker, &step_text, NULL, NULL));
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));

  /* Today offers to go on at the same set. */
  vastus_today_page_refresh (today);
  g_assert_true (vastus_today_page_can_resume (today));
  resume_text = vastus_today_page_get_resume_text (today);
  g_assert_nonnull (strstr (resume_text, vastus_exercise_get_name (vastus_program_get_exercise (program, 1))));
  g_assert_nonnull (strstr (resume_text, "Set 2 of"));

  activate (GTK_WIDGET (window), "win.resume-session");
  g_assert_true (vastus_window_get_session_shown (window));
  g_assert_cmpuint (vastus_session_get_step_index (session ()), ==, (guint) g_ascii_strtoull (step_text, NULL, 10));
  g_assert_cmpint (vastus_session_get_state (session ()), ==, VASTUS_SESSION_PAUSED);
  assert_shows ("phase", "Paused");
  assert_shows ("set", "Set 2 of 3 · right leg");

  /* What was done before the kill is kept: the first exercise's sets. */
  {
    GArray *records = vastus_session_get_records (session ());
    const VastusSetRecord *first = &g_array_index (records, VastusSetRecord, 0);

    g_assert_true (first->reached);
    g_assert_cmpint (first->done_duration, >, 0);
  }

  activate (GTK_WIDGET (view), "session.pause-resume");
  g_assert_cmpint (vastus_session_get_state (session ()), ==, VASTUS_SESSION_RUNNING);
  activate (GTK_WIDGET (view), "session.end");
  respond ("other");
  activate (GTK_WIDGET (view), "session.close");
  g_assert_false (vastus_today_page_can_resume (today));
}

/* A damaged checkpoint is not offered, and Start works as ever. */
static void
test_damaged_checkpoint (void)
{
  g_autofree char *path = checkpoint_path ();

  g_assert_true (g_file_set_contents (path, "{ \"version\": 1, \"step\": ", -1, NULL));
  vastus_today_page_refresh (today);
  g_assert_false (vastus_today_page_can_resume (today));
  activate (GTK_WIDGET (window), "win.start-session");
  g_assert_true (vastus_window_get_session_shown (window));
  activate (GTK_WIDGET (view), "session.end");
  respond ("other");
  activate (GTK_WIDGET (view), "session.close");
}

/* The shortcut the session view's capture controller has for @keyval. */
static GtkShortcut *
coach_shortcut (guint keyval)
{
  g_autoptr (GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (view));

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr (GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (g_strcmp0 (gtk_event_controller_get_name (controller), "coach-shortcuts") != 0)
        continue;
      g_assert_cmpint (gtk_event_controller_get_propagation_phase (controller), ==, GTK_PHASE_CAPTURE);
      for (guint k = 0; k < g_list_model_get_n_items (G_LIST_MODEL (controller)); k++)
        {
          g_autoptr (GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), k);
          guint key;
          GdkModifierType modifiers;

          if (GTK_IS_KEYVAL_TRIGGER (gtk_shortcut_get_trigger (shortcut)))
            {
              key = gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (gtk_shortcut_get_trigger (shortcut)));
              modifiers = gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (gtk_shortcut_get_trigger (shortcut)));
              if (key == keyval && modifiers == 0)
                return g_steal_pointer (&shortcut);
            }
        }
    }
  g_error ("no coach shortcut for %s", gdk_keyval_name (keyval));
}

static gboolean
press (guint keyval)
{
  g_autoptr (GtkShortcut) shortcut = coach_shortcut (keyval);

  return gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0, GTK_WIDGET (view), NULL);
}

/* Space pauses, whatever session button was clicked last: after Skip, it
 * does not skip again. My Knee Hurts keeps Space and Enter for itself. */
static void
test_space_after_skip (void)
{
  guint at;

  activate (GTK_WIDGET (window), "win.start-session");
  wait_until (is_mapped, view, "the session screen to be mapped");
  gtk_widget_grab_focus (find_button (GTK_WIDGET (view), "session.skip"));
  activate (GTK_WIDGET (view), "session.skip");
  at = vastus_session_get_step_index (session ());

  g_assert_true (press (GDK_KEY_space));
  g_assert_cmpint (vastus_session_get_state (session ()), ==, VASTUS_SESSION_PAUSED);
  g_assert_cmpuint (vastus_session_get_step_index (session ()), ==, at);
  g_assert_true (press (GDK_KEY_space));
  g_assert_cmpint (vastus_session_get_state (session ()), ==, VASTUS_SESSION_RUNNING);

  gtk_widget_grab_focus (find_button (GTK_WIDGET (view), "session.knee-hurts"));
  g_assert_false (press (GDK_KEY_space));
  g_assert_false (press (GDK_KEY_Return));

  activate (GTK_WIDGET (view), "session.end");
  respond ("other");
  activate (GTK_WIDGET (view), "session.close");
}

/* The window's size, give or take its decorations' margins. */
static gboolean
laid_out (gpointer data)
{
  int width = gtk_widget_get_width (GTK_WIDGET (window));

  return ABS (width - GPOINTER_TO_INT (data)) <= 20;
}

/* At 360 px by 740, a phone's size: the count stays inside its ring, and
 * the phase and the next set show above the controls without scrolling. */
static void
test_narrow_session (void)
{
  GtkWidget *ring, *count, *next, *pause;
  graphene_rect_t count_box, next_box, pause_box;
  double diameter;

  gtk_window_set_default_size (GTK_WINDOW (window), 360, 740);
  wait_until (laid_out, GINT_TO_POINTER (360), "the window to be 360 px wide");
  activate (GTK_WIDGET (window), "win.start-session");
  wait_until (is_mapped, view, "the session screen to be mapped");
  advance (40);    /* into the warm-up's minutes: the widest count */
  drain ();
  for (guint i = 0; i < 20; i++)
    g_main_context_iteration (NULL, FALSE), g_usleep (10 * 1000);

  ring = vastus_session_view_get_part (view, "ring");
  count = vastus_session_view_get_part (view, "count");
  next = vastus_session_view_get_part (view, "next");
  pause = find_button (GTK_WIDGET (view), "session.pause-resume");
  g_assert_true (gtk_widget_get_visible (next));
  g_assert_true (gtk_widget_compute_bounds (count, ring, &count_box));
  g_assert_true (gtk_widget_compute_bounds (next, GTK_WIDGET (view), &next_box));
  g_assert_true (gtk_widget_compute_bounds (pause, GTK_WIDGET (view), &pause_box));
  diameter = MIN (gtk_widget_get_width (ring), gtk_widget_get_height (ring));
  g_test_message ("ring %.0f px, count %.0f × %.0f px; next line ends at %.0f, the controls start at %.0f",
                  diameter, count_box.size.width, count_box.size.height,
                  next_box.origin.y + next_box.size.height, pause_box.origin.y);
  /* The count's box, centred, inside the circle: its half-diagonal within the radius. */
  g_assert_cmpfloat (hypot (count_box.size.width, count_box.size.height), <, diameter);
  g_assert_cmpfloat (next_box.size.height, >, 0);
  g_assert_cmpfloat (next_box.origin.y + next_box.size.height, <=, pause_box.origin.y);

  activate (GTK_WIDGET (view), "session.end");
  respond ("other");
  activate (GTK_WIDGET (view), "session.close");
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  wait_until (laid_out, GINT_TO_POINTER (1000), "the window to be 1000 px wide again");
}

static gboolean
has_width (gpointer widget)
{
  return gtk_widget_get_width (widget) > 0;
}

/* A count's words too long for a small ring on one line ("Wiederholung 1
 * von 10", in German) wrap: the ring can be smaller than one line would
 * need, and at its smallest the words sit inside the circle, on two lines. */
static void
test_ring_wraps (void)
{
  static const char ui[] =
    "<interface>"
    "  <object class='GtkWindow' id='window'>"
    "    <property name='child'>"
    "      <object class='VastusRing' id='ring'>"
    "        <property name='halign'>start</property>"
    "        <property name='valign'>start</property>"
    "        <child>"
    "          <object class='GtkBox' id='box'>"
    "            <property name='orientation'>vertical</property>"
    "            <property name='halign'>center</property>"
    "            <property name='valign'>center</property>"
    "            <child><object class='GtkLabel'><property name='label'>1</property>"
    "              <style><class name='session-count'/><class name='numeric'/></style></object></child>"
    "            <child><object class='GtkLabel' id='unit'>"
    "              <property name='label'>Wiederholung 1 von 10</property>"
    "              <property name='wrap'>True</property>"
    "              <property name='justify'>center</property></object></child>"
    "          </object>"
    "        </child>"
    "      </object>"
    "    </property>"
    "  </object>"
    "</interface>";
  g_autoptr (GtkBuilder) builder = NULL;
  GtkWidget *ring_window, *ring, *box, *unit;
  int minimum, box_width, one_line_height, unit_one_line, diameter;
  graphene_rect_t box_bounds, unit_bounds;

  g_type_ensure (VASTUS_TYPE_RING);
  builder = gtk_builder_new_from_string (ui, -1);
  ring_window = GTK_WIDGET (gtk_builder_get_object (builder, "window"));
  ring = GTK_WIDGET (gtk_builder_get_object (builder, "ring"));
  box = GTK_WIDGET (gtk_builder_get_object (builder, "box"));
  unit = GTK_WIDGET (gtk_builder_get_object (builder, "unit"));

  /* On one line, the circle must hold the whole line's diagonal. */
  gtk_widget_measure (box, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &box_width, NULL, NULL);
  gtk_widget_measure (box, GTK_ORIENTATION_VERTICAL, box_width, &one_line_height, NULL, NULL, NULL);
  gtk_widget_measure (unit, GTK_ORIENTATION_VERTICAL, -1, &unit_one_line, NULL, NULL, NULL);
  gtk_widget_measure (ring, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  g_test_message ("one line needs a circle of %.0f px; the ring's smallest is %d px",
                  ceil (hypot (box_width, one_line_height) * 1.12 + 32), minimum);
  g_assert_cmpint (minimum, <, (int) ceil (hypot (box_width, one_line_height) * 1.12 + 32));

  /* At its smallest: the words wrap, inside the circle. */
  gtk_window_set_default_size (GTK_WINDOW (ring_window), 1, 1);
  gtk_window_present (GTK_WINDOW (ring_window));
  wait_until (is_mapped, unit, "the ring's words to be shown");
  wait_until (has_width, ring, "the ring to be laid out");
  diameter = MIN (gtk_widget_get_width (ring), gtk_widget_get_height (ring));
  g_assert_cmpint (diameter, ==, minimum);
  g_assert_true (gtk_widget_compute_bounds (box, ring, &box_bounds));
  g_assert_true (gtk_widget_compute_bounds (unit, ring, &unit_bounds));
  g_assert_cmpfloat (unit_bounds.size.height, >, 1.5 * unit_one_line);
  g_assert_cmpfloat (hypot (box_bounds.size.width, box_bounds.size.height), <, diameter);
  g_assert_cmpfloat (box_bounds.origin.x, >=, 0);
  g_assert_cmpfloat (box_bounds.origin.y, >=, 0);
  gtk_window_destroy (GTK_WINDOW (ring_window));
}

/* The person's own programme: an exercise added from the library, moved
 * and removed in Your Programme; Today follows and program.json has it. */
static void
test_edit_programme (void)
{
  VastusProgram *program = vastus_store_get_program (vastus_application_get_store (app));
  g_autofree char *path = vastus_program_default_path ();
  g_autoptr (VastusProgram) saved = NULL;
  g_autoptr (GPtrArray) problems = NULL;
  guint n = vastus_program_get_n_exercises (program);
  g_autofree char *removed = NULL;
  GtkWidget *dialog;
  guint added;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.add-to-program", "s", "step-up"));
  drain ();
  g_assert_cmpuint (vastus_program_get_n_exercises (program), ==, n + 1);
  /* Before the cool-down, which still ends the session. */
  added = vastus_exercise_get_category (vastus_program_get_exercise (program, n)) == VASTUS_CATEGORY_COOL_DOWN
          ? n - 1 : n;
  g_assert_cmpint (vastus_program_find (program, "step-up"), ==, (int) added);
  g_assert_cmpstr (vastus_today_page_get_row_text (today, added, "title"), ==, "Step-up");

  activate (GTK_WIDGET (window), "win.edit-program");
  dialog = vastus_window_get_program_dialog (window);
  g_assert_nonnull (dialog);

  /* Step-up to second place, the last exercise before the cool-down out;
   * out, back with Undo, and out again. */
  g_assert_true (gtk_widget_activate_action (dialog, "programme.move", "(ii)", (int) added, 1));
  g_assert_cmpint (vastus_program_find (program, "step-up"), ==, 1);
  removed = g_strdup (vastus_exercise_get_id (vastus_program_get_exercise (program, added)));
  g_assert_true (gtk_widget_activate_action (dialog, "programme.remove", "i", (int) added));
  g_assert_cmpint (vastus_program_find (program, removed), ==, -1);
  g_assert_true (gtk_widget_activate_action (dialog, "programme.undo", NULL));
  g_assert_cmpint (vastus_program_find (program, removed), ==, (int) added);
  g_assert_true (gtk_widget_activate_action (dialog, "programme.remove", "i", (int) added));
  g_assert_cmpint (vastus_program_find (program, removed), ==, -1);
  drain ();
  g_assert_cmpstr (vastus_today_page_get_row_text (today, 1, "title"), ==, "Step-up");

  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_null (vastus_window_get_program_dialog (window));

  saved = vastus_program_load (path, vastus_store_get_catalogue (vastus_application_get_store (app)), &problems, NULL);
  g_assert_nonnull (saved);
  g_assert_cmpint (vastus_program_find (saved, "step-up"), ==, 1);
  g_assert_cmpint (vastus_program_find (saved, removed), ==, -1);
  g_assert_cmpuint (vastus_program_get_n_exercises (saved), ==, n);
}

/* Sore leg only, as a physiotherapist may ask: set in Your Programme with
 * its switch, said on Today, journaled as set by the person, the session
 * keeping to one leg; Undo gives each leg back. */
static void
test_sore_leg_only (void)
{
  VastusStore *store = vastus_application_get_store (app);
  VastusProgram *program = vastus_store_get_program (store);
  int index = vastus_program_find (program, "straight-leg-raise");
  g_autoptr (VastusPlan) plan = NULL;
  g_autoptr (GPtrArray) changes = NULL;
  VastusChange *change;
  GtkSwitch *toggle;
  GtkWidget *dialog;

  g_assert_cmpint (index, >=, 0);
  g_assert_false (vastus_dose_get_sore_leg_only (vastus_program_get_dose (program, (guint) index)));
  activate (GTK_WIDGET (window), "win.edit-program");
  dialog = vastus_window_get_program_dialog (window);
  /* Two-leg work has no such switch. */
  g_assert_null (vastus_program_dialog_get_legs_switch (VASTUS_PROGRAM_DIALOG (dialog),
                                                        (guint) vastus_program_find (program, "wall-sit")));
  toggle = vastus_program_dialog_get_legs_switch (VASTUS_PROGRAM_DIALOG (dialog), (guint) index);
  g_assert_nonnull (toggle);
  gtk_switch_set_active (toggle, TRUE);
  g_assert_true (gtk_widget_activate_action (dialog, "programme.set-dose", "i", index));
  g_assert_true (vastus_dose_get_sore_leg_only (vastus_program_get_dose (program, (guint) index)));
  drain ();
  g_assert_nonnull (strstr (vastus_today_page_get_row_text (today, (guint) index, "subtitle"), ", sore leg only"));

  changes = vastus_progression_list_changes (vastus_store_get_journal (store), NULL, "straight-leg-raise");
  change = g_ptr_array_index (changes, changes->len - 1);
  g_assert_cmpint (change->kind, ==, VASTUS_DECISION_SET);
  g_assert_nonnull (strstr (change->reason, "sore leg only, "));

  plan = vastus_store_build_plan (store);
  for (guint i = 0; i < vastus_plan_get_n_steps (plan); i++)
    {
      const VastusPlanStep *s = vastus_plan_get_step (plan, i);

      if (vastus_plan_get_exercise (plan, s->exercise) == vastus_program_get_exercise (program, (guint) index) &&
          s->phase == VASTUS_PHASE_WORK)
        g_assert_cmpint (s->leg, ==, vastus_program_get_first_leg (program));
    }

  g_assert_true (gtk_widget_activate_action (dialog, "programme.undo", NULL));
  g_assert_false (vastus_dose_get_sore_leg_only (vastus_program_get_dose (program, (guint) index)));
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* The number a pain scale's button stands for, or -1 for another widget. */
static int
pain_value_of (GtkWidget *scale,
               GtkWidget *widget)
{
  int i = 0;

  for (GtkWidget *button = gtk_widget_get_first_child (gtk_widget_get_first_child (scale)); button != NULL;
       button = gtk_widget_get_next_sibling (button), i++)
    if (button == widget)
      return i;
  return -1;
}

static guint
pain_tab_stops (GtkWidget *scale)
{
  guint stops = 0;

  for (GtkWidget *button = gtk_widget_get_first_child (gtk_widget_get_first_child (scale)); button != NULL;
       button = gtk_widget_get_next_sibling (button))
    stops += gtk_widget_get_focusable (button);
  return stops;
}

static void
record_pain_focus_cb (GtkWindow *scale_window,
                      GParamSpec *pspec,
                      GArray     *focused)
{
  GtkWidget *scale = g_object_get_data (G_OBJECT (scale_window), "scale");
  int value = pain_value_of (scale, gtk_root_get_focus (GTK_ROOT (scale_window)));

  g_array_append_val (focused, value);
}

/* A 0–10 scale is one Tab stop; the arrows, Home and End choose the number,
 * and the focus goes with the choice. */
static void
test_pain_scale_keys (void)
{
  GtkWidget *scale_window = gtk_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *scale = g_object_new (VASTUS_TYPE_PAIN_SCALE, "action-name", "test.pain", "label", "Pain now", NULL);
  GtkWidget *after = gtk_button_new_with_label ("After");
  g_autoptr (GSimpleActionGroup) group = g_simple_action_group_new ();
  g_autoptr (GSimpleAction) pain = g_simple_action_new_stateful ("pain", G_VARIANT_TYPE_INT32,
                                                                  g_variant_new_int32 (-1));
  g_autoptr (GArray) focused = g_array_new (FALSE, FALSE, sizeof (int));

  g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (pain));
  gtk_widget_insert_action_group (scale_window, "test", G_ACTION_GROUP (group));
  gtk_box_append (GTK_BOX (box), scale);
  gtk_box_append (GTK_BOX (box), after);
  gtk_window_set_child (GTK_WINDOW (scale_window), box);
  gtk_window_present (GTK_WINDOW (scale_window));
  wait_until (is_mapped, scale, "the pain scale to show");

  /* Unanswered: Tab reaches 0, and only 0. */
  g_assert_cmpuint (pain_tab_stops (scale), ==, 1);
  gtk_root_set_focus (GTK_ROOT (scale_window), NULL);
  g_assert_true (gtk_widget_child_focus (scale_window, GTK_DIR_TAB_FORWARD));
  g_assert_cmpint (pain_value_of (scale, gtk_root_get_focus (GTK_ROOT (scale_window))), ==, 0);
  g_assert_cmpint (g_variant_get_int32 (g_action_get_state (G_ACTION (pain))), ==, -1);

  /* Right chooses 1, End 10, Left 9, Home 0; none goes past the ends. */
  g_assert_true (gtk_widget_activate_action (scale, "painscale.move", "i", 1));
  g_assert_cmpint (g_variant_get_int32 (g_action_get_state (G_ACTION (pain))), ==, 1);
  g_assert_cmpint (pain_value_of (scale, gtk_root_get_focus (GTK_ROOT (scale_window))), ==, 1);
  g_assert_true (gtk_widget_activate_action (scale, "painscale.move", "i", 11));
  g_assert_cmpint (g_variant_get_int32 (g_action_get_state (G_ACTION (pain))), ==, 10);
  g_assert_cmpint (pain_value_of (scale, gtk_root_get_focus (GTK_ROOT (scale_window))), ==, 10);
  g_assert_true (gtk_widget_activate_action (scale, "painscale.move", "i", 1));
  g_assert_cmpint (g_variant_get_int32 (g_action_get_state (G_ACTION (pain))), ==, 10);
  /* Straight from 10 to 9: a screen reader hears no number in between. */
  g_object_set_data (G_OBJECT (scale_window), "scale", scale);
  g_signal_connect (scale_window, "notify::focus-widget", G_CALLBACK (record_pain_focus_cb), focused);
  g_assert_true (gtk_widget_activate_action (scale, "painscale.move", "i", -1));
  g_signal_handlers_disconnect_by_func (scale_window, record_pain_focus_cb, focused);
  g_assert_cmpuint (focused->len, ==, 1);
  g_assert_cmpint (g_array_index (focused, int, 0), ==, 9);
  g_assert_cmpint (g_variant_get_int32 (g_action_get_state (G_ACTION (pain))), ==, 9);
  g_assert_cmpint (pain_value_of (scale, gtk_root_get_focus (GTK_ROOT (scale_window))), ==, 9);
  g_assert_true (gtk_widget_activate_action (scale, "painscale.move", "i", -11));
  g_assert_cmpint (g_variant_get_int32 (g_action_get_state (G_ACTION (pain))), ==, 0);
  g_assert_cmpint (pain_value_of (scale, gtk_root_get_focus (GTK_ROOT (scale_window))), ==, 0);

  /* Still one Tab stop, the answer: Tab leaves the scale. */
  g_assert_true (gtk_widget_activate_action (scale, "painscale.move", "i", 4));
  g_assert_cmpuint (pain_tab_stops (scale), ==, 1);
  g_assert_true (gtk_widget_child_focus (scale_window, GTK_DIR_TAB_FORWARD));
  g_assert_true (gtk_root_get_focus (GTK_ROOT (scale_window)) == after);

  /* An answer given some other way moves the Tab stop too. */
  g_action_change_state (G_ACTION (pain), g_variant_new_int32 (7));
  g_assert_cmpuint (pain_tab_stops (scale), ==, 1);
  g_assert_true (gtk_widget_child_focus (scale_window, GTK_DIR_TAB_BACKWARD));
  g_assert_cmpint (pain_value_of (scale, gtk_root_get_focus (GTK_ROOT (scale_window))), ==, 7);

  gtk_window_destroy (GTK_WINDOW (scale_window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr (GError) error = NULL;
  int status;

  /* Folders of its own, shared with the child process it kills. */
  vastus_test_env_init ();
  g_setenv ("VASTUS_AUDIO_SINK", "fakesink", TRUE);

  vastus_test_ui_init (&argc, &argv);

  if (!g_test_subprocess ())
    leave_killed_saves ();
  fake_clock = vastus_fake_clock_new (1000 * S);
  app = vastus_application_new ();
  vastus_application_set_clock (app, fake_clock);
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);
  g_application_hold (G_APPLICATION (app));

  window = vastus_window_new (GTK_APPLICATION (app), vastus_application_get_store (app));
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  gtk_window_present (GTK_WINDOW (window));
  wait_until (is_mapped, window, "the window to be mapped");
  today = VASTUS_TODAY_PAGE (vastus_window_get_today (window));
  view = VASTUS_SESSION_VIEW (vastus_window_get_session_view (window));

  g_test_add_func ("/vastus/session-ui/killed-saves-cleared", test_killed_saves_cleared);
  g_test_add_func ("/vastus/session-ui/first-run", test_first_run);
  g_test_add_func ("/vastus/session-ui/today", test_today);
  g_test_add_func ("/vastus/session-ui/whole-session", test_whole_session);
  g_test_add_func ("/vastus/session-ui/end-early", test_end_early);
  g_test_add_func ("/vastus/session-ui/pain-log", test_pain_log);
  g_test_add_func ("/vastus/session-ui/pain-scale-keys", test_pain_scale_keys);
  g_test_add_func ("/vastus/session-ui/progression", test_progression);
  g_test_add_func ("/vastus/session-ui/dose-set-by-hand", test_dose_set_by_hand);
  g_test_add_func ("/vastus/session-ui/red-flags-dialog", test_red_flags_dialog);
  g_test_add_func ("/vastus/session-ui/killed-and-resumed", test_killed_and_resumed);
  g_test_add_func ("/vastus/session-ui/damaged-checkpoint", test_damaged_checkpoint);
  g_test_add_func ("/vastus/session-ui/edit-programme", test_edit_programme);
  g_test_add_func ("/vastus/session-ui/sore-leg-only", test_sore_leg_only);
  g_test_add_func ("/vastus/session-ui/space-after-skip", test_space_after_skip);
  g_test_add_func ("/vastus/session-ui/narrow-session", test_narrow_session);
  g_test_add_func ("/vastus/session-ui/ring-wraps", test_ring_wraps);
  g_test_add_func ("/vastus/session-ui/shorter-session", test_shorter_session);
  g_test_add_func ("/vastus/session-ui/end-because-of-pain", test_end_because_of_pain);
  g_test_add_func ("/vastus/session-ui/knee-hurts", test_knee_hurts);
  g_test_add_func ("/vastus/session-ui/spoken-cues", test_spoken_cues);
  /* Last: it puts the programme on hold twice, and takes it off. */
  g_test_add_func ("/vastus/session-ui/red-flag", test_red_flag);

  status = g_test_run ();

  g_application_release (G_APPLICATION (app));
  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (app);
  g_object_unref (fake_clock);

  return status;
}
