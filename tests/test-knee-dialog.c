/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "vastus-knee-dialog.h"
#include "vastus-test-ui.h"
#include "vastus-test-env.h"

/*
 * "My Knee Hurts", driven through its actions under Xvfb: each choice is
 * reported once and closes the dialog; Escape and the close button mean
 * keep going; a choice that does not apply cannot be made. A fresh parent
 * window and dialog for every case.
 */

#define EASIER "Hold for 15 s instead of 20 s"

typedef struct
{
  const char *easier;    /* NULL: already at the easiest dose */
  gboolean    can_skip;
  const char *choice;    /* the action a choice test activates */
} Case;

typedef struct
{
  GtkWidget *parent;
  GtkWidget *dialog;     /* our own reference */
  guint      n_chosen;
  char      *choice;
  guint      n_keep_going;
} Fixture;

static const Case usual = { EASIER, TRUE, NULL };

static void
chosen_cb (GtkWidget  *dialog,
           const char *choice,
           Fixture    *fixture)
{
  fixture->n_chosen++;
  g_free (fixture->choice);
  fixture->choice = g_strdup (choice);
}

static void
keep_going_cb (GtkWidget *dialog,
               Fixture   *fixture)
{
  fixture->n_keep_going++;
}

/* Destroyed: no longer one of the application's windows. GTK drops its
 * reference; ours is the last, and the tear-down checks that it is. */
static gboolean
is_destroyed (Fixture *fixture)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (window == fixture->dialog)
        return FALSE;
    }
  return TRUE;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  const Case *test_case = data;

  fixture->parent = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (fixture->parent), 1000, 700);
  gtk_window_present (GTK_WINDOW (fixture->parent));

  fixture->dialog = g_object_ref (vastus_knee_dialog_new (GTK_WINDOW (fixture->parent), "Wall sit",
                                                          test_case->easier, test_case->can_skip));
  g_signal_connect (fixture->dialog, "chosen", G_CALLBACK (chosen_cb), fixture);
  g_signal_connect (fixture->dialog, "keep-going", G_CALLBACK (keep_going_cb), fixture);
  gtk_window_present (GTK_WINDOW (fixture->dialog));
  wait_until (is_mapped, fixture->dialog, "the dialog to show");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  if (!is_destroyed (fixture))
    gtk_window_destroy (GTK_WINDOW (fixture->dialog));
  g_assert_finalize_object (fixture->dialog);
  gtk_window_destroy (GTK_WINDOW (fixture->parent));
  g_free (fixture->choice);
}

/* The dialog reported exactly one keep-going and is gone. */
static void
assert_kept_going (Fixture *fixture)
{
  g_assert_cmpuint (fixture->n_keep_going, ==, 1);
  g_assert_cmpuint (fixture->n_chosen, ==, 0);
  g_assert_true (is_destroyed (fixture));
  g_assert_false (gtk_widget_get_visible (fixture->dialog));
}

static void
assert_still_open (Fixture *fixture)
{
  g_assert_cmpuint (fixture->n_chosen, ==, 0);
  g_assert_cmpuint (fixture->n_keep_going, ==, 0);
  g_assert_false (is_destroyed (fixture));
  g_assert_true (gtk_widget_get_mapped (fixture->dialog));
}

/* The widget under @widget that activates @action_name. */
static GtkWidget *
find_actionable (GtkWidget  *widget,
                 const char *action_name)
{
  if (GTK_IS_ACTIONABLE (widget) &&
      g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action_name) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_actionable (child, action_name);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static AdwActionRow *
find_row (Fixture    *fixture,
          const char *action_name)
{
  GtkWidget *row = find_actionable (fixture->dialog, action_name);

  g_assert_true (ADW_IS_ACTION_ROW (row));
  return ADW_ACTION_ROW (row);
}

/* Runs what the dialog's own key bindings run for @keyval, as a key press
 * would. */
static void
press_key (GtkWidget *widget,
           guint      keyval)
{
  g_autoptr (GListModel) controllers = gtk_widget_observe_controllers (widget);
  g_autoptr (GtkShortcutTrigger) key = gtk_keyval_trigger_new (keyval, 0);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr (GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr (GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);

          if (gtk_shortcut_trigger_equal (gtk_shortcut_get_trigger (shortcut), key))
            {
              g_assert_true (gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut),
                                                           GTK_SHORTCUT_ACTION_EXCLUSIVE, widget,
                                                           gtk_shortcut_get_arguments (shortcut)));
              return;
            }
        }
    }
  g_error ("no key binding for %s", gdk_keyval_name (keyval));
}

static void
test_choose (Fixture       *fixture,
             gconstpointer  data)
{
  const Case *test_case = data;
  g_autofree char *action = g_strconcat ("knee.", test_case->choice, NULL);

  g_assert_true (gtk_widget_activate_action (fixture->dialog, action, NULL));

  g_assert_cmpuint (fixture->n_chosen, ==, 1);
  g_assert_cmpstr (fixture->choice, ==, test_case->choice);
  g_assert_cmpuint (fixture->n_keep_going, ==, 0);
  g_assert_true (is_destroyed (fixture));
}

/* Activating the row is the same as the action: what a click or Enter on it does. */
static void
test_row_activates (Fixture       *fixture,
                    gconstpointer  data)
{
  AdwActionRow *row = find_row (fixture, "knee.skip");

  g_assert_true (gtk_widget_activate (GTK_WIDGET (row)));

  g_assert_cmpuint (fixture->n_chosen, ==, 1);
  g_assert_cmpstr (fixture->choice, ==, "skip");
  g_assert_true (is_destroyed (fixture));
}

static void
close_cb (GtkWindow  *dialog,
          const char *choice)
{
  gtk_window_close (dialog);
}

/* A handler that closes the dialog itself gets no second answer. */
static void
test_handler_closes (Fixture       *fixture,
                     gconstpointer  data)
{
  g_signal_connect (fixture->dialog, "chosen", G_CALLBACK (close_cb), NULL);

  g_assert_true (gtk_widget_activate_action (fixture->dialog, "knee.end", NULL));

  g_assert_cmpuint (fixture->n_chosen, ==, 1);
  g_assert_cmpstr (fixture->choice, ==, "end");
  g_assert_cmpuint (fixture->n_keep_going, ==, 0);
  g_assert_true (is_destroyed (fixture));
}

static void
test_keep_going (Fixture       *fixture,
                 gconstpointer  data)
{
  g_assert_true (gtk_widget_activate_action (fixture->dialog, "knee.keep-going", NULL));
  assert_kept_going (fixture);
}

static void
test_escape (Fixture       *fixture,
             gconstpointer  data)
{
  press_key (fixture->dialog, GDK_KEY_Escape);
  assert_kept_going (fixture);
}

static void
test_close (Fixture       *fixture,
            gconstpointer  data)
{
  gtk_window_close (GTK_WINDOW (fixture->dialog));
  assert_kept_going (fixture);
}

/* Enter must never pick something drastic: Keep Going has the focus and is
 * the default. */
static void
test_keep_going_first (Fixture       *fixture,
                       gconstpointer  data)
{
  GtkWidget *keep_going = find_actionable (fixture->dialog, "knee.keep-going");

  g_assert_true (GTK_IS_BUTTON (keep_going));
  g_assert_true (gtk_window_get_focus (GTK_WINDOW (fixture->dialog)) == keep_going);
  g_assert_true (gtk_window_get_default_widget (GTK_WINDOW (fixture->dialog)) == keep_going);

  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (fixture->dialog)), ==, "My Knee Hurts");
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (fixture->dialog)));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (fixture->dialog)) == GTK_WINDOW (fixture->parent));
}

static void
test_easier_text (Fixture       *fixture,
                  gconstpointer  data)
{
  AdwActionRow *row = find_row (fixture, "knee.easier");

  g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (row)));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (row), EASIER ". "));
}

static void
test_easiest_dose (Fixture       *fixture,
                   gconstpointer  data)
{
  AdwActionRow *row = find_row (fixture, "knee.easier");

  g_assert_false (gtk_widget_is_sensitive (GTK_WIDGET (row)));
  g_assert_cmpstr (adw_action_row_get_subtitle (row), ==, "This exercise is already at its easiest dose.");
  g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (find_row (fixture, "knee.skip"))));

  /* The action is there but disabled: nothing happens. */
  gtk_widget_activate_action (fixture->dialog, "knee.easier", NULL);
  assert_still_open (fixture);
}

static void
test_nothing_to_skip (Fixture       *fixture,
                      gconstpointer  data)
{
  AdwActionRow *row = find_row (fixture, "knee.skip");

  g_assert_false (gtk_widget_is_sensitive (GTK_WIDGET (row)));
  g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (find_row (fixture, "knee.easier"))));

  gtk_widget_activate_action (fixture->dialog, "knee.skip", NULL);
  assert_still_open (fixture);

  /* Ending the session is always possible. */
  g_assert_true (gtk_widget_activate_action (fixture->dialog, "knee.end", NULL));
  g_assert_cmpstr (fixture->choice, ==, "end");
}

/* Each row tells a screen reader its title and what it does; its icons are
 * decoration. */
static void
test_accessible (Fixture       *fixture,
                 gconstpointer  data)
{
  const char *actions[] = { "knee.easier", "knee.skip", "knee.end", "knee.something-else" };

  g_assert_true (gtk_test_accessible_has_role (GTK_ACCESSIBLE (fixture->dialog), GTK_ACCESSIBLE_ROLE_DIALOG));

  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    {
      AdwActionRow *row = find_row (fixture, actions[i]);
      const char *title = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row));
      const char *subtitle = adw_action_row_get_subtitle (row);
      guint n_images = 0;

      g_assert_nonnull (title);
      g_assert_cmpstr (title, !=, "");
      g_assert_nonnull (subtitle);
      g_assert_cmpstr (subtitle, !=, "");
      gtk_test_accessible_assert_property (row, GTK_ACCESSIBLE_PROPERTY_LABEL, title);
      gtk_test_accessible_assert_property (row, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, subtitle);

      /* The prefix icon and the arrow. */
      for (GtkWidget *widget = gtk_widget_get_first_child (GTK_WIDGET (row)); widget != NULL; )
        {
          if (GTK_IS_IMAGE (widget) && gtk_widget_get_visible (widget))
            {
              g_assert_true (gtk_test_accessible_has_role (GTK_ACCESSIBLE (widget),
                                                           GTK_ACCESSIBLE_ROLE_PRESENTATION));
              n_images++;
            }

          /* Depth first over the row's own widgets. */
          if (gtk_widget_get_first_child (widget) != NULL)
            widget = gtk_widget_get_first_child (widget);
          else
            {
              while (widget != GTK_WIDGET (row) && gtk_widget_get_next_sibling (widget) == NULL)
                widget = gtk_widget_get_parent (widget);
              widget = widget != GTK_WIDGET (row) ? gtk_widget_get_next_sibling (widget) : NULL;
            }
        }
      g_assert_cmpuint (n_images, >=, 2);
    }
}

static void
add_case (const char *path,
          const Case *test_case,
          void      (*test) (Fixture *, gconstpointer))
{
  g_test_add (path, Fixture, test_case, fixture_set_up, test, fixture_tear_down);
}

int
main (int   argc,
      char *argv[])
{
  static const Case choices[] = {
    { EASIER, TRUE, "easier" },
    { EASIER, TRUE, "skip" },
    { EASIER, TRUE, "end" },
    { EASIER, TRUE, "something-else" },
  };
  static const Case easiest = { NULL, TRUE, NULL };
  static const Case last = { EASIER, FALSE, NULL };
  static const Case full_stop = { EASIER ".", TRUE, NULL };

  /* Before anything reads HOME or the XDG folders. */
  vastus_test_env_init ();

  /* The test backend records what a screen reader would be told, without
   * a bus: the accessible cases read it back. */
  g_setenv ("GTK_A11Y", "test", TRUE);
  vastus_test_ui_init (&argc, &argv);

  for (guint i = 0; i < G_N_ELEMENTS (choices); i++)
    {
      g_autofree char *path = g_strdup_printf ("/vastus/knee-dialog/choose/%s", choices[i].choice);

      add_case (path, &choices[i], test_choose);
    }
  add_case ("/vastus/knee-dialog/row-activates", &usual, test_row_activates);
  add_case ("/vastus/knee-dialog/handler-closes", &usual, test_handler_closes);
  add_case ("/vastus/knee-dialog/keep-going", &usual, test_keep_going);
  add_case ("/vastus/knee-dialog/escape", &usual, test_escape);
  add_case ("/vastus/knee-dialog/close", &usual, test_close);
  add_case ("/vastus/knee-dialog/keep-going-first", &usual, test_keep_going_first);
  add_case ("/vastus/knee-dialog/easier-text", &usual, test_easier_text);
  add_case ("/vastus/knee-dialog/easier-text-full-stop", &full_stop, test_easier_text);
  add_case ("/vastus/knee-dialog/easiest-dose", &easiest, test_easiest_dose);
  add_case ("/vastus/knee-dialog/nothing-to-skip", &last, test_nothing_to_skip);
  add_case ("/vastus/knee-dialog/accessible", &usual, test_accessible);
  add_case ("/vastus/knee-dialog/accessible-easiest-dose", &easiest, test_accessible);

  return g_test_run ();
}
