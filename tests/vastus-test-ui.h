/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "vastus-test-bus.h"
#include "vastus-test-env.h"

#include "vastus-program.h"
#include "vastus-store.h"

/* What the UI tests share: waiting on the real main loop for a condition. */

typedef gboolean (*Condition) (gpointer data);

/*
 * The session bus a UI test runs on: one of its own, so that nothing the
 * application does in a test (its name, a reminder, the portal's settings)
 * reaches the desktop's bus, and nothing of the desktop's reaches the test.
 * On it, a notification server in the test process takes the reminders and
 * counts them. A reminder goes out at a time of day: without a server GLib
 * would warn, and a warning fails a test.
 */
static guint vastus_test_notifications_sent;
/* Kept for the whole test: the name goes with the connection. */
static GDBusConnection *vastus_test_notification_server;

static const char vastus_test_notifications_xml[] =
  "<node>"
  "  <interface name='org.freedesktop.Notifications'>"
  "    <method name='Notify'>"
  "      <arg type='s' direction='in'/><arg type='u' direction='in'/><arg type='s' direction='in'/>"
  "      <arg type='s' direction='in'/><arg type='s' direction='in'/><arg type='as' direction='in'/>"
  "      <arg type='a{sv}' direction='in'/><arg type='i' direction='in'/>"
  "      <arg type='u' direction='out'/>"
  "    </method>"
  "    <method name='CloseNotification'><arg type='u' direction='in'/></method>"
  "    <method name='GetCapabilities'><arg type='as' direction='out'/></method>"
  "    <method name='GetServerInformation'>"
  "      <arg type='s' direction='out'/><arg type='s' direction='out'/>"
  "      <arg type='s' direction='out'/><arg type='s' direction='out'/>"
  "    </method>"
  "  </interface>"
  "</node>";

static void
vastus_test_notifications_call_cb (GDBusConnection       *connection,
                                   const char            *sender,
                                   const char            *path,
                                   const char            *interface,
                                   const char            *method,
                                   GVariant              *parameters,
                                   GDBusMethodInvocation *invocation,
                                   gpointer               data)
{
  static const char * const capabilities[] = { "actions", "body", NULL };

  if (g_str_equal (method, "Notify"))
    g_dbus_method_invocation_return_value (invocation, g_variant_new ("(u)", ++vastus_test_notifications_sent));
  else if (g_str_equal (method, "GetCapabilities"))
    g_dbus_method_invocation_return_value (invocation, g_variant_new ("(^as)", capabilities));
  else if (g_str_equal (method, "GetServerInformation"))
    g_dbus_method_invocation_return_value (invocation, g_variant_new ("(ssss)", "vastus-test", "Vastus", "1", "1.2"));
  else
    g_dbus_method_invocation_return_value (invocation, NULL);
}

static inline void
vastus_test_bus_init (void)
{
  static const GDBusInterfaceVTable vtable = { vastus_test_notifications_call_cb, NULL, NULL, { 0 } };
  static GTestDBus *bus;
  g_autofree char *display = NULL;
  g_autofree char *runtime_dir = NULL;

  /* A test started again by this one shares its bus. */
  if (g_getenv (VASTUS_TEST_BUS_VARIABLE) != NULL)
    return;

  /* GTestDBus unsets these; the application needs them. The bus lives as
   * long as the test: GTestDBus's watcher ends it once the test exits. */
  display = g_strdup (g_getenv ("DISPLAY"));
  runtime_dir = g_strdup (g_getenv ("XDG_RUNTIME_DIR"));
  bus = g_test_dbus_new (G_TEST_DBUS_NONE);
  g_test_dbus_up (bus);
  if (display != NULL)
    g_setenv ("DISPLAY", display, TRUE);
  if (runtime_dir != NULL)
    g_setenv ("XDG_RUNTIME_DIR", runtime_dir, TRUE);
  g_setenv (VASTUS_TEST_BUS_VARIABLE, g_test_dbus_get_bus_address (bus), TRUE);

  vastus_test_notification_server =
    vastus_test_bus_serve (vastus_test_notifications_xml, "/org/freedesktop/Notifications",
                           "org.freedesktop.Notifications", &vtable, NULL, NULL);
}

/*
 * Sets GTK and libadwaita up as the application does, on a session bus of
 * the test's own, and holds the main context for the whole run, as
 * g_application_run() does. Without that hold, GStreamer's streaming thread
 * may take the context between two iterations and hand a clip's frame over
 * on its own thread (g_main_context_invoke()), while this thread is tearing
 * the clip down.
 */
static inline void
vastus_test_ui_init (int    *argc,
                     char ***argv)
{
  vastus_test_bus_init ();
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

/* Keyboard focus. A window's focus on nothing, or on a widget that is not
 * shown, is a focus lost: a person using the keyboard or a screen reader
 * no longer knows where they are. */

/* The widget in words, for a test that fails to say: its type, its action
 * and its label. */
static inline char *
describe_widget (GtkWidget *widget)
{
  const char *action = NULL;
  const char *label = NULL;

  if (widget == NULL)
    return g_strdup ("nothing");
  if (GTK_IS_ACTIONABLE (widget))
    action = gtk_actionable_get_action_name (GTK_ACTIONABLE (widget));
  if (GTK_IS_BUTTON (widget))
    label = gtk_button_get_label (GTK_BUTTON (widget));
  else if (ADW_IS_PREFERENCES_ROW (widget))
    label = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget));
  return g_strdup_printf ("%s%s%s%s%s%s%s", G_OBJECT_TYPE_NAME (widget),
                          action != NULL ? " " : "", action != NULL ? action : "",
                          label != NULL ? " “" : "", label != NULL ? label : "", label != NULL ? "”" : "",
                          gtk_widget_get_mapped (widget) ? "" : " (not shown)");
}

typedef gboolean (*FocusCheck) (GtkWidget *focus,
                                gpointer   data);

/* Runs the main loop until @window's focus is a shown widget that @check
 * accepts, or fails the test after 30 s, naming where the focus is. */
static inline void
wait_for_focus_where (GtkWindow  *window,
                      FocusCheck  check,
                      gpointer    data,
                      const char *what)
{
  gboolean timed_out = FALSE;
  guint timeout = g_timeout_add_seconds (30, timed_out_cb, &timed_out);
  GtkWidget *focus;

  for (;;)
    {
      focus = gtk_window_get_focus (window);
      if ((focus != NULL && gtk_widget_get_mapped (focus) && check (focus, data)) || timed_out)
        break;
      g_main_context_iteration (NULL, TRUE);
    }

  if (timed_out)
    {
      g_autofree char *found = describe_widget (focus);

      g_error ("the focus of “%s” is on %s, not on %s", gtk_window_get_title (window), found, what);
    }
  g_source_remove (timeout);
}

static inline gboolean
focus_is (GtkWidget *focus,
          gpointer   expected)
{
  return focus == expected;
}

/* Waits until @expected, shown, has @window's focus. */
static inline void
wait_for_focus (GtkWindow  *window,
                GtkWidget  *expected,
                const char *what)
{
  wait_for_focus_where (window, focus_is, expected, what);
}

static inline gboolean
focus_within (GtkWidget *focus,
              gpointer   ancestor)
{
  return focus == ancestor || gtk_widget_is_ancestor (focus, ancestor);
}

/* Waits until @window's focus is on a shown widget within @ancestor. */
static inline void
wait_for_focus_within (GtkWindow  *window,
                       GtkWidget  *ancestor,
                       const char *what)
{
  wait_for_focus_where (window, focus_within, ancestor, what);
}

static inline gboolean
focus_action_is (GtkWidget *focus,
                 gpointer   action)
{
  return GTK_IS_ACTIONABLE (focus) && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (focus)), action) == 0;
}

/* Waits until the focus of @window is on a shown control of @action. */
static inline void
wait_for_focus_on_action (GtkWindow  *window,
                          const char *action)
{
  g_autofree char *what = g_strdup_printf ("the control of %s", action);

  wait_for_focus_where (window, focus_action_is, (gpointer) action, what);
}

/* Whether the focus is in the row titled @title (its mnemonic and all). */
static inline gboolean
focus_in_row_titled (GtkWidget *focus,
                     gpointer   title)
{
  GtkWidget *row = ADW_IS_PREFERENCES_ROW (focus) ? focus : gtk_widget_get_ancestor (focus, ADW_TYPE_PREFERENCES_ROW);

  return row != NULL && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), title) == 0;
}

/* The first shown widget under @widget (itself included) whose action is
 * @action, or NULL. */
static inline GtkWidget *
find_action_widget (GtkWidget  *widget,
                    const char *action)
{
  if (GTK_IS_ACTIONABLE (widget) && gtk_widget_get_visible (widget) &&
      g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_action_widget (child, action);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Runs what Escape runs where @window's focus is: the key bindings of the
 * focused widget, then of each widget around it up to the window, the way
 * a key press reaches them. Fails the test if Escape does nothing there. */
static inline void
press_escape (GtkWindow *window)
{
  g_autoptr (GtkShortcutTrigger) key = gtk_keyval_trigger_new (GDK_KEY_Escape, 0);
  GtkWidget *focus = gtk_window_get_focus (window);
  g_autofree char *where = describe_widget (focus);

  for (GtkWidget *widget = focus != NULL ? focus : GTK_WIDGET (window); widget != NULL;
       widget = gtk_widget_get_parent (widget))
    {
      g_autoptr (GListModel) controllers = gtk_widget_observe_controllers (widget);

      for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
        {
          g_autoptr (GObject) controller = g_list_model_get_item (controllers, i);

          if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
            continue;
          for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
            {
              g_autoptr (GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);

              if (gtk_shortcut_trigger_equal (gtk_shortcut_get_trigger (shortcut), key) &&
                  gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), GTK_SHORTCUT_ACTION_EXCLUSIVE,
                                                widget, gtk_shortcut_get_arguments (shortcut)))
                return;
            }
        }
    }
  g_error ("Escape does nothing in “%s”, its focus on %s", gtk_window_get_title (window), where);
}

/* The newest window shown over @parent, or NULL. */
static inline GtkWindow *
find_dialog (GtkWindow *parent)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = g_list_model_get_n_items (toplevels); i > 0; i--)
    {
      g_autoptr (GtkWindow) window = g_list_model_get_item (toplevels, i - 1);

      /* The list keeps the window. */
      if (gtk_window_get_transient_for (window) == parent && gtk_widget_get_mapped (GTK_WIDGET (window)))
        return window;
    }
  return NULL;
}

static gboolean
has_dialog (gpointer data)
{
  return find_dialog (data) != NULL;
}

/* Runs the main loop until a window is shown over @parent, and returns it. */
static inline GtkWindow *
wait_for_dialog (GtkWindow  *parent,
                 const char *what)
{
  wait_until (has_dialog, parent, what);
  return find_dialog (parent);
}

static gboolean
window_closed (gpointer data)
{
  GtkWidget *window = *(GtkWidget **) data;

  return window == NULL || !gtk_widget_get_visible (window);
}

/* Presses Escape in @dialog, which must close it: runs the main loop until
 * it is hidden or gone. */
static inline void
escape_closes (GtkWindow *dialog)
{
  g_autofree char *title = g_strdup (gtk_window_get_title (dialog));
  g_autofree char *what = g_strdup_printf ("Escape to close “%s”", title);

  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  press_escape (dialog);
  wait_until (window_closed, &dialog, what);
  if (dialog != NULL)
    g_object_remove_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
}

static GtkWidget *
find_button_labelled (GtkWidget  *widget,
                      const char *label)
{
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button_labelled (child, label);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The button of @response in @dialog. */
static inline GtkWidget *
response_button (AdwMessageDialog *dialog,
                 const char       *response)
{
  GtkWidget *button = find_button_labelled (GTK_WIDGET (dialog), adw_message_dialog_get_response_label (dialog, response));

  g_assert_nonnull (button);
  return button;
}

/* Activates @control in @dialog, as Enter or Space on it does (a button
 * answers a moment later, once drawn pressed), which must close @dialog:
 * runs the main loop until it is hidden or gone. */
static inline void
activate_closes (GtkWindow *dialog,
                 GtkWidget *control)
{
  g_autofree char *name = describe_widget (control);
  g_autofree char *what = g_strdup_printf ("%s to close its window", name);

  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  g_assert_true (gtk_widget_activate (control));
  wait_until (window_closed, &dialog, what);
  if (dialog != NULL)
    g_object_remove_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
}

/* Clicks the button of @response, which closes @dialog. */
static inline void
click_response (AdwMessageDialog *dialog,
                const char       *response)
{
  activate_closes (GTK_WINDOW (dialog), response_button (dialog, response));
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
