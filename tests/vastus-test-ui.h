/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "vastus-program.h"
#include "vastus-store.h"

/* What the UI tests share: waiting on the real main loop for a condition. */

typedef gboolean (*Condition) (gpointer data);

/*
 * Sets GTK and libadwaita up as the application does, and holds the main
 * context for the whole run, as g_application_run() does. Without that hold,
 * GStreamer's streaming thread may take the context between two iterations
 * and hand a clip's frame over on its own thread (g_main_context_invoke()),
 * while this thread is tearing the clip down.
 */
static inline void
vastus_test_ui_init (int    *argc,
                     char ***argv)
{
  gtk_test_init (argc, argv, NULL);
  adw_init ();
  if (!g_main_context_acquire (NULL))
    g_error ("the main context is held by another thread");
}

static gboolean
timed_out_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop until @condition holds, or fails the test after 10 s. */
static inline void
wait_until (Condition   condition,
            gpointer    data,
            const char *what)
{
  gboolean timed_out = FALSE;
  guint timeout = g_timeout_add_seconds (10, timed_out_cb, &timed_out);

  while (!condition (data) && !timed_out)
    g_main_context_iteration (NULL, TRUE);

  if (timed_out)
    g_error ("timed out waiting for %s", what);
  g_source_remove (timeout);
}

static inline gboolean
is_mapped (gpointer data)
{
  return gtk_widget_get_mapped (GTK_WIDGET (data));
}

/* Past the first run: the gentle programme for the right knee, saved, as a
 * person who set Vastus up would have it. */
static inline void
set_up_program_file (void)
{
  g_autofree char *path = vastus_program_default_path ();
  g_autoptr (GError) error = NULL;
  g_autoptr (VastusCatalogue) catalogue = NULL;
  g_autoptr (VastusProgram) program = NULL;

  if (g_file_test (path, G_FILE_TEST_EXISTS))
    return;
  catalogue = vastus_catalogue_new_builtin (&error);
  g_assert_no_error (error);
  program = vastus_program_new_from_starter (vastus_catalogue_lookup_program (catalogue, "phase-1-gentle"),
                                             catalogue, VASTUS_LEG_RIGHT);
  g_assert_true (vastus_program_save (program, path, &error));
  g_assert_no_error (error);
}

/*
 * Destroys @window and lets go of @store, then checks both are gone: the
 * journal's loading task lets go of the store's journal a moment after.
 */
static inline void
destroy_window_and_store (GtkWidget *window,
                          GObject   *store)
{
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_null (window);

  g_object_add_weak_pointer (store, (gpointer *) &store);
  g_object_unref (store);
  while (store != NULL && g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_null (store);
}

static gboolean
journal_loaded (gpointer data)
{
  VastusJournal *journal = data;

  return vastus_journal_is_loaded (journal) || vastus_journal_get_load_error (journal) != NULL;
}

/* A store on the test's data folder, its journal read (or failed to read). */
static inline VastusStore *
load_store_and_wait (void)
{
  VastusStore *store = vastus_store_new (NULL);

  vastus_store_load (store);
  wait_until (journal_loaded, vastus_store_get_journal (store), "the journal to load");
  return store;
}
