/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "vastus-red-flags-dialog"

#include "config.h"

#include "vastus-red-flags-dialog-private.h"

#include <glib/gi18n.h>

#include "vastus-red-flags.h"

/*
 * "Something feels wrong": the warning-sign questions, each a switch. Any
 * yes enables Stop and Get Help; none lets the session go on. The dialog
 * only asks; the caller decides what stopping means. The same questions are
 * asked at the first run, during a session and at later check-ins, so the
 * caller may reword the title, the intro and the go-on button.
 */

struct _VastusRedFlagsDialog
{
  AdwWindow  parent_instance;

  GtkLabel  *intro;
  GtkButton *go_on;
  GPtrArray *switches;   /* GtkSwitch, in the order of vastus_red_flags_get() */
};

G_DEFINE_FINAL_TYPE (VastusRedFlagsDialog, vastus_red_flags_dialog, ADW_TYPE_WINDOW)

enum {
  STOP,
  GO_ON,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean
any_yes (VastusRedFlagsDialog *self)
{
  for (guint i = 0; i < self->switches->len; i++)
    if (gtk_switch_get_active (g_ptr_array_index (self->switches, i)))
      return TRUE;
  return FALSE;
}

static void
update_actions (VastusRedFlagsDialog *self)
{
  gboolean yes = any_yes (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "flags.stop", yes);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "flags.go-on", !yes);
}

/**
 * vastus_red_flags_dialog_get_yes:
 *
 * Returns: (transfer full): the ids of the questions answered yes
 */
GStrv
vastus_red_flags_dialog_get_yes (VastusRedFlagsDialog *self)
{
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  guint n;
  const VastusRedFlag *flags = vastus_red_flags_get (&n);

  g_return_val_if_fail (VASTUS_IS_RED_FLAGS_DIALOG (self), NULL);

  for (guint i = 0; i < self->switches->len && i < n; i++)
    if (gtk_switch_get_active (g_ptr_array_index (self->switches, i)))
      g_strv_builder_add (builder, flags[i].id);
  return g_strv_builder_end (builder);
}

static void
answer_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  VastusRedFlagsDialog *self = VASTUS_RED_FLAGS_DIALOG (widget);
  const char *id;
  gboolean yes;
  guint n;
  const VastusRedFlag *flags = vastus_red_flags_get (&n);

  g_variant_get (parameter, "(&sb)", &id, &yes);
  for (guint i = 0; i < n && i < self->switches->len; i++)
    if (g_str_equal (flags[i].id, id))
      gtk_switch_set_active (g_ptr_array_index (self->switches, i), yes);
}

static void
stop_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  VastusRedFlagsDialog *self = VASTUS_RED_FLAGS_DIALOG (widget);
  g_auto (GStrv) yes = vastus_red_flags_dialog_get_yes (self);

  if (yes[0] == NULL)
    return;
  g_signal_emit (self, signals[STOP], 0, yes);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
go_on_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  VastusRedFlagsDialog *self = VASTUS_RED_FLAGS_DIALOG (widget);

  g_signal_emit (self, signals[GO_ON], 0);
  gtk_window_destroy (GTK_WINDOW (self));
}

/* Closing the window is "go on" only when nothing is answered yes. */
static gboolean
vastus_red_flags_dialog_close_request (GtkWindow *window)
{
  VastusRedFlagsDialog *self = VASTUS_RED_FLAGS_DIALOG (window);

  if (any_yes (self))
    {
      g_auto (GStrv) yes = vastus_red_flags_dialog_get_yes (self);

      g_signal_emit (self, signals[STOP], 0, yes);
    }
  else
    g_signal_emit (self, signals[GO_ON], 0);
  return GTK_WINDOW_CLASS (vastus_red_flags_dialog_parent_class)->close_request (window);
}

static void
vastus_red_flags_dialog_finalize (GObject *object)
{
  VastusRedFlagsDialog *self = VASTUS_RED_FLAGS_DIALOG (object);

  g_ptr_array_unref (self->switches);

  G_OBJECT_CLASS (vastus_red_flags_dialog_parent_class)->finalize (object);
}

static void
vastus_red_flags_dialog_class_init (VastusRedFlagsDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->finalize = vastus_red_flags_dialog_finalize;
  window_class->close_request = vastus_red_flags_dialog_close_request;

  /**
   * VastusRedFlagsDialog::stop:
   * @yes: the ids answered yes
   */
  signals[STOP] = g_signal_new ("stop", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRV);
  signals[GO_ON] = g_signal_new ("go-on", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                 NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_install_action (widget_class, "flags.answer", "(sb)", answer_action);
  gtk_widget_class_install_action (widget_class, "flags.stop", NULL, stop_action);
  gtk_widget_class_install_action (widget_class, "flags.go-on", NULL, go_on_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

/* GTK 4.8 names a button both by its label property, mnemonic underscore
 * and all, and by the label inside it, so screen readers read it twice.
 * The label inside is the clean one. */
static void
name_button_once (GtkWidget *button)
{
  gtk_accessible_reset_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL);
}

static GtkWidget *
question_row (VastusRedFlagsDialog *self,
              const VastusRedFlag  *flag)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *toggle = gtk_switch_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(flag->question));
  if (flag->detail != NULL)
    {
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _(flag->detail));
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
    }
  gtk_widget_set_valign (toggle, GTK_ALIGN_CENTER);
  /* No label of its own: the row makes its title and subtitle the switch's
   * name and description, and a second label would be read twice. */
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), toggle);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), toggle);
  g_signal_connect_swapped (toggle, "notify::active", G_CALLBACK (update_actions), self);
  g_ptr_array_add (self->switches, toggle);
  return row;
}

static void
vastus_red_flags_dialog_init (VastusRedFlagsDialog *self)
{
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  /* Translators: a warning sign or safety advice: keep its meaning exact (when to stop, whom to see, how soon) */
  GtkWidget *intro = gtk_label_new (_("If any of these is true, stop now: exercise is not the answer today, and "
                                      "your knee needs to be checked by a professional."));
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *bar = gtk_action_bar_new ();
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *stop = gtk_button_new_with_mnemonic (_("_Stop and Get Help"));
  GtkWidget *go_on = gtk_button_new_with_mnemonic (_("_None of These, Go On"));
  guint n;
  const VastusRedFlag *flags = vastus_red_flags_get (&n);

  self->switches = g_ptr_array_new ();
  self->intro = GTK_LABEL (intro);
  self->go_on = GTK_BUTTON (go_on);

  gtk_window_set_title (GTK_WINDOW (self), _("Something Feels Wrong?"));
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (self), 520, 640);

  gtk_label_set_wrap (GTK_LABEL (intro), TRUE);
  gtk_label_set_xalign (GTK_LABEL (intro), 0);
  gtk_box_append (GTK_BOX (box), intro);

  for (guint i = 0; i < n; i++)
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), question_row (self, &flags[i]));
  gtk_box_append (GTK_BOX (box), group);

  gtk_widget_set_margin_top (box, 18);
  gtk_widget_set_margin_bottom (box, 18);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  adw_clamp_set_child (ADW_CLAMP (clamp), box);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scrolled, TRUE);

  /* The two buttons sit in a bar below the list and never scroll away:
   * with this many questions, buttons at the end of the list would be out
   * of sight. One above the other, they fit a phone-wide window. */
  gtk_actionable_set_action_name (GTK_ACTIONABLE (stop), "flags.stop");
  gtk_widget_add_css_class (stop, "pill");
  gtk_widget_add_css_class (stop, "destructive-action");
  name_button_once (stop);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (go_on), "flags.go-on");
  gtk_widget_add_css_class (go_on, "pill");
  name_button_once (go_on);
  gtk_widget_set_halign (buttons, GTK_ALIGN_CENTER);
  gtk_widget_set_margin_top (buttons, 6);
  gtk_widget_set_margin_bottom (buttons, 6);
  gtk_box_append (GTK_BOX (buttons), stop);
  gtk_box_append (GTK_BOX (buttons), go_on);
  gtk_action_bar_set_center_widget (GTK_ACTION_BAR (bar), buttons);

  gtk_box_append (GTK_BOX (content), header);
  gtk_box_append (GTK_BOX (content), scrolled);
  gtk_box_append (GTK_BOX (content), bar);
  adw_window_set_content (ADW_WINDOW (self), content);

  update_actions (self);
}

GtkWidget *
vastus_red_flags_dialog_new (GtkWindow *parent)
{
  return g_object_new (VASTUS_TYPE_RED_FLAGS_DIALOG, "transient-for", parent, NULL);
}

/**
 * vastus_red_flags_dialog_set_purpose:
 * @title: (nullable): the window title, in title case
 * @intro: (nullable): the sentence above the questions
 * @go_on_label: (nullable): the label, with a mnemonic, of the button for
 *   "none of these"
 *
 * Rewords the dialog for why it is asked, for example at a check-in or after
 * the knee has been checked. %NULL keeps that part as it is.
 */
void
vastus_red_flags_dialog_set_purpose (VastusRedFlagsDialog *self,
                                     const char           *title,
                                     const char           *intro,
                                     const char           *go_on_label)
{
  g_return_if_fail (VASTUS_IS_RED_FLAGS_DIALOG (self));

  if (title != NULL)
    gtk_window_set_title (GTK_WINDOW (self), title);
  if (intro != NULL)
    gtk_label_set_label (self->intro, intro);
  if (go_on_label != NULL)
    {
      gtk_button_set_label (self->go_on, go_on_label);
      name_button_once (GTK_WIDGET (self->go_on));
    }
}
