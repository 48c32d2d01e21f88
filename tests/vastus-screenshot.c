/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * vastus-screenshot: opens the real Vastus window at a given size and style,
 * runs window and library actions, and renders the window to a PNG. For
 * looking at every screen, and for the screenshots the metainfo shows.
 *
 *   vastus-screenshot --width 360 --height 720 --dark \
 *       --action library.show:wall-sit --out shot.png
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <unistd.h>

#include "vastus-application-private.h"
#include "vastus-first-run-private.h"
#include "vastus-library-page-private.h"
#include "vastus-session-view-private.h"
#include "vastus-window-private.h"

static int width = 960;
static int height = 680;
static gboolean dark;
static char **actions;
static char *out;
static int scroll;
static double wait_seconds;
static char *response;
static gboolean dialog;
static char **user_files;
static char *journal;
static char *now;
static gboolean journal_full;
static gboolean journal_unreadable;
static char *checkpoint;
static gboolean first_run;
static gboolean read_commands;

static gboolean
settle_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Lets the window lay itself out and draw. */
static void
settle (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, settle_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

static void
count_cb (guint *count)
{
  (*count)++;
}

/* "library.show:wall-sit" activates library.show with the string "wall-sit";
 * "library.level-filter:i:2" passes an integer. */
static void
run_action (GtkWidget  *window,
            GtkWidget  *library,
            const char *spec)
{
  g_auto (GStrv) parts = g_strsplit (spec, ":", 3);
  GtkWidget *target = g_str_has_prefix (spec, "library.") ? library
                      : g_str_has_prefix (spec, "session.")
                      ? vastus_window_get_session_view (VASTUS_WINDOW (window))
                      : g_str_has_prefix (spec, "pain.")
                      ? vastus_session_view_get_pain_form (VASTUS_SESSION_VIEW (
                          vastus_window_get_session_view (VASTUS_WINDOW (window))))
                      : g_str_has_prefix (spec, "flags.") && vastus_window_get_first_run (VASTUS_WINDOW (window)) != NULL
                      ? vastus_first_run_get_flags_dialog (VASTUS_FIRST_RUN (vastus_window_get_first_run (VASTUS_WINDOW (window))))
                      : g_str_has_prefix (spec, "flags.") && vastus_window_get_safety_dialog (VASTUS_WINDOW (window)) != NULL
                      ? vastus_window_get_safety_dialog (VASTUS_WINDOW (window))
                      : g_str_has_prefix (spec, "flags.")
                      ? vastus_session_view_get_red_flags_dialog (VASTUS_SESSION_VIEW (
                          vastus_window_get_session_view (VASTUS_WINDOW (window))))
                      : g_str_has_prefix (spec, "knee.")
                      ? vastus_session_view_get_knee_dialog (VASTUS_SESSION_VIEW (
                          vastus_window_get_session_view (VASTUS_WINDOW (window))))
                      : g_str_has_prefix (spec, "firstrun.") ? vastus_window_get_first_run (VASTUS_WINDOW (window))
                      : g_str_has_prefix (spec, "prefs.") ? vastus_window_get_preferences (VASTUS_WINDOW (window))
                      : g_str_has_prefix (spec, "progress.") ? vastus_window_get_progress (VASTUS_WINDOW (window))
                      : g_str_has_prefix (spec, "today.") ? vastus_window_get_today (VASTUS_WINDOW (window))
                      : window;
  GVariant *parameter = NULL;

  /* "page:NAME" shows one of the window's pages. */
  if (g_str_equal (parts[0], "page") && parts[1] != NULL)
    {
      vastus_window_show_page (VASTUS_WINDOW (window), parts[1]);
      return;
    }

  if (parts[1] != NULL && parts[2] != NULL && g_str_equal (parts[1], "i"))
    parameter = g_variant_new_int32 (atoi (parts[2]));
  else if (parts[1] != NULL && parts[2] != NULL && g_str_equal (parts[1], "yes"))
    parameter = g_variant_new ("(sb)", parts[2], TRUE);
  else if (parts[1] != NULL && parts[2] != NULL && g_str_equal (parts[1], "no"))
    parameter = g_variant_new ("(sb)", parts[2], FALSE);
  else if (parts[1] != NULL)
    parameter = g_variant_new_string (parts[1]);

  if (target == NULL)
    g_error ("nothing to run %s on", parts[0]);
  if (!gtk_widget_activate_action_variant (target, parts[0], parameter))
    g_error ("no action %s", parts[0]);
}

static void
scroll_down (GtkWidget *widget,
             int        pixels)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_SCROLLED_WINDOW (child) && gtk_widget_get_mapped (child) &&
          gtk_widget_get_width (child) > 0 && gtk_widget_is_drawable (child))
        {
          GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (child));
          gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment) + pixels);
        }
      scroll_down (child, pixels);
    }
}

/* One step: an action NAME[:PARAMETER] on the window or one of its parts,
 * "reopen" (closes the window, as the person would, and opens another),
 * "respond:R" (answers the open message dialog) or "sleep:S" (lets time
 * pass, as in a session). */
static void
run_step (VastusApplication *app,
          VastusWindow     **window,
          const char        *step)
{
  if (g_str_equal (step, "reopen"))
    {
      g_object_ref (app);
      gtk_window_close (GTK_WINDOW (*window));
      *window = vastus_window_new (GTK_APPLICATION (app), vastus_application_get_store (app));
      gtk_window_set_default_size (GTK_WINDOW (*window), width, height);
      gtk_window_present (GTK_WINDOW (*window));
      settle (800);
      return;
    }
  if (g_str_has_prefix (step, "respond:"))
    {
      GListModel *toplevels = gtk_window_get_toplevels ();

      for (guint t = 0; t < g_list_model_get_n_items (toplevels); t++)
        {
          g_autoptr (GtkWidget) other = g_list_model_get_item (toplevels, t);

          if (ADW_IS_MESSAGE_DIALOG (other))
            {
              adw_message_dialog_response (ADW_MESSAGE_DIALOG (other), step + 8);
              /* As a click on the button does. */
              gtk_window_destroy (GTK_WINDOW (other));
              break;
            }
        }
      settle (300);
      return;
    }
  if (g_str_has_prefix (step, "sleep:"))
    {
      settle ((int) (g_ascii_strtod (step + 6, NULL) * 1000));
      return;
    }
  run_action (GTK_WIDGET (*window), vastus_window_get_library (*window), step);
  settle (300);
}

typedef struct
{
  VastusApplication *app;
  VastusWindow     **window;
  gboolean           done;
} Commands;

static gboolean
command_cb (GIOChannel   *channel,
            GIOCondition  condition,
            gpointer      data)
{
  Commands *commands = data;
  g_autoptr (GError) error = NULL;
  g_autofree char *line = NULL;
  GIOStatus status = g_io_channel_read_line (channel, &line, NULL, NULL, &error);

  if (status == G_IO_STATUS_AGAIN)
    return G_SOURCE_CONTINUE;
  if (status != G_IO_STATUS_NORMAL)
    {
      if (error != NULL)
        g_printerr ("standard input: %s\n", error->message);
      commands->done = TRUE;
      return G_SOURCE_REMOVE;
    }
  g_strstrip (line);
  if (*line != '\0')
    run_step (commands->app, commands->window, line);
  g_print ("ok\n");
  fflush (stdout);
  return G_SOURCE_CONTINUE;
}

/* Steps read from standard input, one a line, each answered with "ok" once
 * done, until the input ends: the window stays open in between, for another
 * program to look at it (tests/test-atspi.py reads its accessible tree). */
static void
run_commands (VastusApplication *app,
              VastusWindow     **window)
{
  Commands commands = { app, window, FALSE };
  GIOChannel *channel = g_io_channel_unix_new (STDIN_FILENO);
  g_io_add_watch (channel, G_IO_IN | G_IO_HUP | G_IO_ERR, command_cb, &commands);

  g_print ("ok\n");
  fflush (stdout);
  while (!commands.done)
    g_main_context_iteration (NULL, TRUE);
  g_io_channel_unref (channel);
}

int
main (int   argc,
      char *argv[])
{
  const GOptionEntry entries[] = {
    { "width", 0, 0, G_OPTION_ARG_INT, &width, "Window width", "PX" },
    { "height", 0, 0, G_OPTION_ARG_INT, &height, "Window height", "PX" },
    { "dark", 0, 0, G_OPTION_ARG_NONE, &dark, "Dark style", NULL },
    { "action", 0, 0, G_OPTION_ARG_STRING_ARRAY, &actions, "An action to run, NAME[:PARAMETER], or reopen", "ACTION" },
    { "scroll", 0, 0, G_OPTION_ARG_INT, &scroll, "Scroll the visible scrolled views down", "PX" },
    { "respond", 0, 0, G_OPTION_ARG_STRING, &response, "Answer the open message dialog", "RESPONSE" },
    { "wait", 0, 0, G_OPTION_ARG_DOUBLE, &wait_seconds, "Let time pass before the shot, as in a session", "S" },
    { "dialog", 0, 0, G_OPTION_ARG_NONE, &dialog, "Capture the newest other window (a dialog) instead", NULL },
    { "journal", 0, 0, G_OPTION_ARG_FILENAME, &journal, "Use a copy of this journal", "FILE" },
    { "first-run", 0, 0, G_OPTION_ARG_NONE, &first_run, "Show the first run instead of setting up a programme", NULL },
    { "journal-full", 0, 0, G_OPTION_ARG_NONE, &journal_full, "Make the journal's disk full (/dev/full)", NULL },
    { "checkpoint", 0, 0, G_OPTION_ARG_FILENAME, &checkpoint, "Use a copy of this saved session", "FILE" },
    { "journal-unreadable", 0, 0, G_OPTION_ARG_NONE, &journal_unreadable, "Make the journal a folder, which cannot be read", NULL },
    { "now", 0, 0, G_OPTION_ARG_STRING, &now, "Pretend it is this date and time (ISO 8601)", "TIME" },
    { "user-catalogue", 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &user_files, "Copy a file into the user catalogue folder first", "FILE" },
    { "out", 0, 0, G_OPTION_ARG_FILENAME, &out, "The PNG to write", "FILE" },
    { "commands", 0, 0, G_OPTION_ARG_NONE, &read_commands,
      "Then read more steps from standard input, one a line, answer each with \"ok\", and write no PNG", NULL },
    { NULL }
  };
  g_autoptr (GOptionContext) context = g_option_context_new ("- take a screenshot of Vastus");
  g_autoptr (GError) error = NULL;
  g_autoptr (VastusApplication) app = NULL;
  g_autoptr (GdkPaintable) paintable = NULL;
  g_autoptr (GdkTexture) texture = NULL;
  GskRenderNode *node;
  GtkSnapshot *snapshot;
  VastusWindow *window;
  GtkWidget *shot;
  int w, h;

  /* As the app does: LANG or LANGUAGE choose the language, and
   * build-aux/dev points VASTUS_LOCALE_DIR at the build tree's translations. */
  setlocale (LC_ALL, "");
  /* LANGUAGE=de alone does nothing under the plain "C" locale (gettext ignores
   * it there): take C.UTF-8 then, so that a screenshot can be asked for in
   * any language without a locale for it being installed. Through the
   * environment, as GTK sets the locale from it again. */
  if (g_getenv ("LANGUAGE") != NULL && (g_strcmp0 (setlocale (LC_MESSAGES, NULL), "C") == 0 ||
                                        g_strcmp0 (setlocale (LC_MESSAGES, NULL), "POSIX") == 0))
    {
      g_setenv ("LC_ALL", "C.UTF-8", TRUE);
      setlocale (LC_ALL, "");
    }
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("VASTUS_LOCALE_DIR") != NULL ? g_getenv ("VASTUS_LOCALE_DIR") : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || (out == NULL && !read_commands))
    {
      g_printerr ("%s\n", error != NULL ? error->message : "--out FILE or --commands is needed");
      return 2;
    }

  for (guint i = 0; user_files != NULL && user_files[i] != NULL; i++)
    {
      g_autofree char *folder = vastus_catalogue_user_folder ();
      g_autofree char *name = g_path_get_basename (user_files[i]);
      g_autofree char *target = g_build_filename (folder, name, NULL);
      g_autofree char *contents = NULL;
      gsize length;

      g_mkdir_with_parents (folder, 0700);
      if (!g_file_get_contents (user_files[i], &contents, &length, &error) ||
          !g_file_set_contents (target, contents, length, &error))
        g_error ("%s", error->message);
    }

  if (journal != NULL)
    {
      g_autofree char *target = vastus_journal_default_path ();
      g_autofree char *folder = g_path_get_dirname (target);
      g_autofree char *contents = NULL;
      gsize length;

      g_mkdir_with_parents (folder, 0700);
      if (!g_file_get_contents (journal, &contents, &length, &error) ||
          !g_file_set_contents (target, contents, length, &error))
        g_error ("%s", error->message);
    }

  /* Past the first run: the gentle programme, for the right knee. */
  {
    g_autofree char *path = vastus_program_default_path ();

    if (!first_run && !g_file_test (path, G_FILE_TEST_EXISTS))
      {
        g_autoptr (VastusCatalogue) catalogue = vastus_catalogue_new_builtin (&error);
        g_autoptr (VastusProgram) program = NULL;

        if (catalogue == NULL)
          g_error ("%s", error->message);
        program = vastus_program_new_from_starter (vastus_catalogue_lookup_program (catalogue, "phase-1-gentle"),
                                                   catalogue, VASTUS_LEG_RIGHT);
        if (!vastus_program_save (program, path, &error))
          g_error ("%s", error->message);
      }
  }

  if (journal_full)
    {
      g_autofree char *target = vastus_journal_default_path ();
      g_autofree char *folder = g_path_get_dirname (target);

      g_mkdir_with_parents (folder, 0700);
      g_unlink (target);
      if (symlink ("/dev/full", target) != 0)
        g_error ("Cannot link %s to /dev/full", target);
    }

  if (checkpoint != NULL)
    {
      g_autofree char *target = g_build_filename (g_get_user_data_dir (), APPLICATION_ID, "session-in-progress.json",
                                                  NULL);
      g_autofree char *contents = NULL;
      gsize length;

      if (!g_file_get_contents (checkpoint, &contents, &length, &error) ||
          !g_file_set_contents (target, contents, length, &error))
        g_error ("%s", error->message);
    }

  if (journal_unreadable)
    {
      g_autofree char *target = vastus_journal_default_path ();

      g_unlink (target);
      if (g_mkdir_with_parents (target, 0700) != 0)
        g_error ("Cannot make %s a folder", target);
    }

  gtk_init ();
  adw_init ();
  /* Held for the whole run, as g_application_run() holds it: see
   * vastus_test_ui_init() in vastus-test-ui.h. */
  if (!g_main_context_acquire (NULL))
    g_error ("the main context is held by another thread");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      dark ? ADW_COLOR_SCHEME_FORCE_DARK : ADW_COLOR_SCHEME_FORCE_LIGHT);

  app = vastus_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  if (!g_application_register (G_APPLICATION (app), NULL, &error))
    g_error ("%s", error->message);

  if (now != NULL)
    {
      gint64 then;

      if (!vastus_time_from_iso8601 (now, &then))
        g_error ("--now %s is not an ISO 8601 date and time", now);
      vastus_application_set_time_offset (app, then - g_get_real_time ());
    }

  window = vastus_window_new (GTK_APPLICATION (app), vastus_application_get_store (app));
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  settle (800);

  for (guint i = 0; actions != NULL && actions[i] != NULL; i++)
    run_step (app, &window, actions[i]);
  if (response != NULL)
    {
      GListModel *toplevels = gtk_window_get_toplevels ();
      gboolean answered = FALSE;

      for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
        {
          g_autoptr (GtkWidget) other = g_list_model_get_item (toplevels, i);

          if (ADW_IS_MESSAGE_DIALOG (other) && !answered)
            {
              adw_message_dialog_response (ADW_MESSAGE_DIALOG (other), response);
              answered = TRUE;
            }
        }
      if (!answered)
        g_error ("no message dialog to answer");
      settle (300);
    }
  if (scroll > 0)
    {
      /* The newest dialog scrolls instead, when it is the one shot. */
      GtkWidget *target = GTK_WIDGET (window);
      GListModel *toplevels = gtk_window_get_toplevels ();

      for (guint i = 0; dialog && i < g_list_model_get_n_items (toplevels); i++)
        {
          g_autoptr (GtkWidget) other = g_list_model_get_item (toplevels, i);

          if (other != GTK_WIDGET (window) && gtk_widget_get_mapped (other))
            target = other;
        }
      scroll_down (target, scroll);
      settle (300);
    }
  settle (500 + (int) (wait_seconds * 1000));

  if (read_commands)
    {
      run_commands (app, &window);
      return 0;
    }

  if (g_getenv ("VASTUS_SHOT_DEBUG") != NULL)
    {
      GdkFrameClock *frame_clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
      guint layouts = 0;
      gulong id = g_signal_connect_swapped (frame_clock, "layout", G_CALLBACK (count_cb), &layouts);

      settle (1000);
      g_signal_handler_disconnect (frame_clock, id);
      g_printerr ("%u layouts in 1 s\n", layouts);
    }

  shot = GTK_WIDGET (window);
  if (dialog)
    {
      GListModel *toplevels = gtk_window_get_toplevels ();

      for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
        {
          g_autoptr (GtkWidget) other = g_list_model_get_item (toplevels, i);

          if (other != GTK_WIDGET (window) && gtk_widget_get_mapped (other))
            shot = other;
        }
      if (shot == GTK_WIDGET (window))
        g_error ("no dialog is open");
    }

  w = gtk_widget_get_width (shot);
  h = gtk_widget_get_height (shot);
  /* A widget being laid out again has no picture: try again a frame later. */
  if (g_getenv ("VASTUS_SHOT_DEBUG") != NULL)
    g_printerr ("mapped %d, %d × %d\n", gtk_widget_get_mapped (shot), w, h);
  paintable = gtk_widget_paintable_new (shot);
  for (guint tries = 0; tries < 50; tries++)
    {
      snapshot = gtk_snapshot_new ();
      gdk_paintable_snapshot (paintable, snapshot, w, h);
      node = gtk_snapshot_free_to_node (snapshot);
      if (node != NULL)
        break;
      settle (20);
    }
  if (node == NULL)
    g_error ("the window never finished its layout");
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (shot)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, w, h));
  gsk_render_node_unref (node);

  if (!gdk_texture_save_to_png (texture, out))
    g_error ("could not write %s", out);
  g_print ("%s: %d × %d\n", out, w, h);

  return 0;
}
