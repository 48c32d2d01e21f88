/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "vastus-first-run"

#include "config.h"

#include "vastus-first-run-private.h"

#include <glib/gi18n.h>

#include "vastus-equipment-rows.h"
#include "vastus-red-flags-dialog.h"
#include "vastus-red-flags.h"
#include "vastus-starter-program.h"

/*
 * The first run: what Vastus is and is not, the warning signs, which knee
 * hurts (one-leg work starts on that side), what equipment the person has
 * (a starter programme takes exercises for home in place of those they
 * cannot do), and how to start (the gentle,
 * building or stronger programme). A yes to any warning sign stops here and
 * says to see a professional first. The window makes the programme when
 * "finished" is emitted.
 */

struct _VastusFirstRun
{
  AdwBin           parent_instance;

  VastusCatalogue *catalogue;
  GtkStack        *stack;
  AdwStatusPage   *stop_page;
  GtkWidget       *flags_dialog;
  char            *knee;
  char            *program;
  GStrv            equipment;   /* what the person has, home equipment until they say */
  GPtrArray       *equipment_checks;
};

G_DEFINE_FINAL_TYPE (VastusFirstRun, vastus_first_run, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_KNEE,
  PROP_PROGRAM,
  N_PROPS
};

enum {
  FINISHED,
  RED_FLAG,
  CHECKED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static GtkWidget *knee_page      (void);
static GtkWidget *equipment_page (VastusFirstRun *self);
static GtkWidget *programme_page (VastusFirstRun *self);

static void
update_actions (VastusFirstRun *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "firstrun.to-equipment", self->knee[0] != '\0');
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "firstrun.to-programme", self->knee[0] != '\0');
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "firstrun.finish", self->program[0] != '\0');
}

static void
flags_stop_cb (VastusRedFlagsDialog *dialog,
               GStrv                 yes,
               VastusFirstRun       *self)
{
  g_autofree char *heading = vastus_red_flags_heading ((const char * const *) yes);
  g_autofree char *advice = vastus_red_flags_advice ((const char * const *) yes);

  self->flags_dialog = NULL;
  /* The title says what to do first: in an emergency, call for help. */
  adw_status_page_set_title (self->stop_page, heading);
  adw_status_page_set_description (self->stop_page, advice);
  gtk_stack_set_visible_child_name (self->stack, "stop");
  g_signal_emit (self, signals[RED_FLAG], 0, yes);
}

static void
flags_go_on_cb (VastusRedFlagsDialog *dialog,
                VastusFirstRun       *self)
{
  self->flags_dialog = NULL;
  /* The later pages are made when reached: the first frame shows only the
   * welcome. */
  if (gtk_stack_get_child_by_name (self->stack, "knee") == NULL)
    {
      gtk_stack_add_named (self->stack, knee_page (), "knee");
      gtk_stack_add_named (self->stack, equipment_page (self), "equipment");
      gtk_stack_add_named (self->stack, programme_page (self), "programme");
    }
  gtk_stack_set_visible_child_name (self->stack, "knee");
}

static void
check_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  VastusFirstRun *self = VASTUS_FIRST_RUN (widget);
  GtkRoot *root = gtk_widget_get_root (widget);

  if (self->flags_dialog != NULL)
    return;
  self->flags_dialog = vastus_red_flags_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL);
  g_signal_connect (self->flags_dialog, "stop", G_CALLBACK (flags_stop_cb), self);
  g_signal_connect (self->flags_dialog, "go-on", G_CALLBACK (flags_go_on_cb), self);
  gtk_window_present (GTK_WINDOW (self->flags_dialog));
}

static void
restart_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  VastusFirstRun *self = VASTUS_FIRST_RUN (widget);

  /* Written down: the warning sign no longer stands. */
  g_signal_emit (self, signals[CHECKED], 0);
  gtk_stack_set_visible_child_name (self->stack, "welcome");
}

/**
 * vastus_first_run_show_stop:
 * @yes: (array zero-terminated=1): the warning signs answered yes
 *
 * Opens at the stop page: a warning sign answered at an earlier first run
 * still stands until the knee has been checked.
 */
void
vastus_first_run_show_stop (VastusFirstRun     *self,
                            const char * const *yes)
{
  g_autofree char *heading = NULL;
  g_autofree char *advice = NULL;

  g_return_if_fail (VASTUS_IS_FIRST_RUN (self));

  heading = vastus_red_flags_heading (yes);
  advice = vastus_red_flags_advice (yes);
  adw_status_page_set_title (self->stop_page, heading);
  adw_status_page_set_description (self->stop_page, advice);
  gtk_stack_set_visible_child_name (self->stack, "stop");
}

static void
to_equipment_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  gtk_stack_set_visible_child_name (VASTUS_FIRST_RUN (widget)->stack, "equipment");
}

/* A check box ticked or not: what the person has, in the catalogue's order. */
static void
equipment_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  VastusFirstRun *self = VASTUS_FIRST_RUN (widget);
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  const char *equipment;
  gboolean ticked;

  g_variant_get (parameter, "(&sb)", &equipment, &ticked);
  if (g_strv_contains ((const char * const *) self->equipment, equipment) == ticked)
    return;
  for (const char * const *name = vastus_equipment_names (); *name != NULL; name++)
    if (g_str_equal (*name, equipment) ? ticked : g_strv_contains ((const char * const *) self->equipment, *name))
      g_strv_builder_add (builder, *name);
  g_strfreev (self->equipment);
  self->equipment = g_strv_builder_end (builder);
  if (self->equipment_checks != NULL)
    vastus_equipment_rows_set (self->equipment_checks, (const char * const *) self->equipment);
}

static void
to_programme_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  gtk_stack_set_visible_child_name (VASTUS_FIRST_RUN (widget)->stack, "programme");
}

static void
finish_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  VastusFirstRun *self = VASTUS_FIRST_RUN (widget);

  if (self->knee[0] == '\0' || self->program[0] == '\0')
    return;
  g_signal_emit (self, signals[FINISHED], 0, self->program, self->knee);
}

/* Pages */

static GtkWidget *
page (const char *icon,
      const char *title,
      const char *description,
      GtkWidget  *child)
{
  GtkWidget *status = adw_status_page_new ();
  GtkWidget *clamp = adw_clamp_new ();

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (status), icon);
  adw_status_page_set_title (ADW_STATUS_PAGE (status), title);
  adw_status_page_set_description (ADW_STATUS_PAGE (status), description);
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 520);
  adw_clamp_set_child (ADW_CLAMP (clamp), child);
  adw_status_page_set_child (ADW_STATUS_PAGE (status), clamp);
  return status;
}

static GtkWidget *
pill (const char *label,
      const char *action,
      gboolean    suggested)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_widget_set_halign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "pill");
  if (suggested)
    gtk_widget_add_css_class (button, "suggested-action");
  return button;
}

static GtkWidget *
plain_row (const char *icon,
           const char *title,
           const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name (icon));
  return row;
}

static GtkWidget *
welcome_page (void)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             plain_row ("emblem-ok-symbolic", _("What Vastus is"),
                                        _("A coach for home exercises for pain around and behind the kneecap: it "
                                          "guides each session, asks how your knee is after it, and adjusts the "
                                          "exercises slowly from your answers.")));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             plain_row ("dialog-information-symbolic", _("What Vastus is not"),
                                        /* Translators: a warning sign or safety advice: keep its meaning exact (when to stop, whom to see, how soon) */
                                        _("It is not a diagnosis and does not replace a physiotherapist or doctor. "
                                          "If you are not sure what is wrong with your knee, have it checked before "
                                          "you start, and whenever it gets worse.")));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             plain_row ("changes-prevent-symbolic", _("Private"),
                                        _("Everything you log stays on this computer. Nothing is sent anywhere.")));
  gtk_box_append (GTK_BOX (box), group);
  gtk_box_append (GTK_BOX (box), pill (_("_Continue"), "firstrun.check", TRUE));

  return page (APPLICATION_ID, _("Welcome to Vastus"),
               _("A few questions first, to start safely."), box);
}

static GtkWidget *
knee_page (void)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);
  GtkWidget *choice = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  const struct { const char *id; const char *label; } knees[] = {
    { "left", N_("_Left") }, { "right", N_("_Right") }, { "both", N_("_Both") },
  };

  gtk_widget_add_css_class (choice, "linked");
  gtk_widget_set_halign (choice, GTK_ALIGN_CENTER);
  gtk_box_set_homogeneous (GTK_BOX (choice), TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (knees); i++)
    {
      GtkWidget *button = gtk_toggle_button_new_with_mnemonic (_(knees[i].label));

      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "firstrun.knee");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", knees[i].id);
      gtk_widget_set_size_request (button, 96, -1);
      gtk_box_append (GTK_BOX (choice), button);
    }
  gtk_box_append (GTK_BOX (box), choice);
  gtk_box_append (GTK_BOX (box), pill (_("_Continue"), "firstrun.to-equipment", TRUE));

  /* Translators: about knee pain, scored 0 (none) to 10 (worst imaginable): keep numbers and meaning exact */
  return page (APPLICATION_ID, _("Which Knee Hurts?"),
               _("Exercises for one leg at a time start on the sore side, while you are fresh."), box);
}

static GtkWidget *
equipment_page (VastusFirstRun *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);
  GtkWidget *group = adw_preferences_group_new ();

  self->equipment_checks = vastus_equipment_rows_add (ADW_PREFERENCES_GROUP (group), "firstrun.equipment");
  vastus_equipment_rows_set (self->equipment_checks, (const char * const *) self->equipment);
  gtk_box_append (GTK_BOX (box), group);
  gtk_box_append (GTK_BOX (box), pill (_("_Continue"), "firstrun.to-programme", TRUE));

  return page (APPLICATION_ID, _("What Do You Have?"),
               _("Most exercises need nothing more than a wall, a chair or a step. Where one needs something you "
                 "do not have, Vastus gives you one for home in its place. You can change this later in "
                 "Preferences."), box);
}

static GtkWidget *
programme_page (VastusFirstRun *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);
  GtkWidget *group = adw_preferences_group_new ();
  GListModel *programs = vastus_catalogue_get_programs (self->catalogue);
  GtkWidget *first = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (programs); i++)
    {
      g_autoptr (VastusStarterProgram) starter = g_list_model_get_item (programs, i);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), vastus_starter_program_get_name (starter));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), vastus_starter_program_get_summary (starter));
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (check), "firstrun.program");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (check), "s", vastus_starter_program_get_id (starter));
      if (first == NULL)
        first = check;
      else
        gtk_check_button_set_group (GTK_CHECK_BUTTON (check), GTK_CHECK_BUTTON (first));
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }
  gtk_box_append (GTK_BOX (box), group);
  gtk_box_append (GTK_BOX (box), pill (_("_Start"), "firstrun.finish", TRUE));

  return page ("x-office-calendar-symbolic", _("How Would You Like to Start?"),
               _("If in doubt, start gently: Vastus makes the exercises harder only when your knee says it "
                 "is ready, and easier when it does not."), box);
}

static GtkWidget *
stop_page (VastusFirstRun *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *status;

  /* Translators: a warning sign or safety advice: keep its meaning exact (when to stop, whom to see, how soon) */
  gtk_box_append (GTK_BOX (box), pill (_("I Have Been _Checked, Start Again"), "firstrun.restart", FALSE));
  /* Titled when shown, by what was answered. */
  status = page ("dialog-warning-symbolic", "", "", box);
  self->stop_page = ADW_STATUS_PAGE (status);
  return status;
}

/* The object */

static void
build (VastusFirstRun *self)
{
  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_stack_set_transition_type (self->stack, GTK_STACK_TRANSITION_TYPE_SLIDE_LEFT_RIGHT);
  gtk_stack_add_named (self->stack, welcome_page (), "welcome");
  gtk_stack_add_named (self->stack, stop_page (self), "stop");
  gtk_stack_set_visible_child_name (self->stack, "welcome");
  gtk_widget_set_vexpand (GTK_WIDGET (self->stack), TRUE);

  {
    GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
    GtkWidget *header = adw_header_bar_new ();

    adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), adw_window_title_new ("", NULL));
    gtk_widget_add_css_class (header, "flat");
    gtk_box_append (GTK_BOX (box), header);
    gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->stack));
    adw_bin_set_child (ADW_BIN (self), box);
  }
  update_actions (self);
}

static void
vastus_first_run_dispose (GObject *object)
{
  VastusFirstRun *self = VASTUS_FIRST_RUN (object);

  if (self->flags_dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->flags_dialog));
  g_clear_object (&self->catalogue);

  G_OBJECT_CLASS (vastus_first_run_parent_class)->dispose (object);
}

static void
vastus_first_run_finalize (GObject *object)
{
  VastusFirstRun *self = VASTUS_FIRST_RUN (object);

  g_free (self->knee);
  g_free (self->program);
  g_strfreev (self->equipment);
  g_clear_pointer (&self->equipment_checks, g_ptr_array_unref);

  G_OBJECT_CLASS (vastus_first_run_parent_class)->finalize (object);
}

static void
vastus_first_run_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  VastusFirstRun *self = VASTUS_FIRST_RUN (object);

  switch (prop_id)
    {
    case PROP_KNEE:
      g_value_set_string (value, self->knee);
      break;
    case PROP_PROGRAM:
      g_value_set_string (value, self->program);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vastus_first_run_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  VastusFirstRun *self = VASTUS_FIRST_RUN (object);
  char **field = prop_id == PROP_KNEE ? &self->knee : &self->program;

  switch (prop_id)
    {
    case PROP_KNEE:
    case PROP_PROGRAM:
      if (g_strcmp0 (*field, g_value_get_string (value)) != 0)
        {
          g_free (*field);
          *field = g_strdup (g_value_get_string (value) != NULL ? g_value_get_string (value) : "");
          g_object_notify_by_pspec (object, pspec);
          update_actions (self);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vastus_first_run_class_init (VastusFirstRunClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vastus_first_run_dispose;
  object_class->finalize = vastus_first_run_finalize;
  object_class->get_property = vastus_first_run_get_property;
  object_class->set_property = vastus_first_run_set_property;

  properties[PROP_KNEE] =
    g_param_spec_string ("knee", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PROGRAM] =
    g_param_spec_string ("program", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * VastusFirstRun::finished:
   * @program: the starter programme chosen
   * @knee: "left", "right" or "both"
   */
  signals[FINISHED] = g_signal_new ("finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                    NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_STRING);
  /**
   * VastusFirstRun::red-flag:
   * @yes: the warning signs answered yes
   */
  signals[RED_FLAG] = g_signal_new ("red-flag", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                    NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRV);
  /**
   * VastusFirstRun::checked:
   *
   * The person says a professional has checked the knee after a warning
   * sign stopped the first run.
   */
  signals[CHECKED] = g_signal_new ("checked", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_install_action (widget_class, "firstrun.check", NULL, check_action);
  gtk_widget_class_install_action (widget_class, "firstrun.restart", NULL, restart_action);
  gtk_widget_class_install_action (widget_class, "firstrun.to-equipment", NULL, to_equipment_action);
  gtk_widget_class_install_action (widget_class, "firstrun.equipment", "(sb)", equipment_action);
  gtk_widget_class_install_action (widget_class, "firstrun.to-programme", NULL, to_programme_action);
  gtk_widget_class_install_action (widget_class, "firstrun.finish", NULL, finish_action);
  gtk_widget_class_install_property_action (widget_class, "firstrun.knee", "knee");
  gtk_widget_class_install_property_action (widget_class, "firstrun.program", "program");
}

static void
vastus_first_run_init (VastusFirstRun *self)
{
  /* Property actions need a string state: empty until chosen. */
  self->knee = g_strdup ("");
  self->program = g_strdup ("");
  /* Everything a home may have; the gym machines left for the person to tick. */
  self->equipment = vastus_equipment_home_defaults ();
}

GtkWidget *
vastus_first_run_new (VastusCatalogue *catalogue)
{
  VastusFirstRun *self;

  g_return_val_if_fail (VASTUS_IS_CATALOGUE (catalogue), NULL);

  self = g_object_new (VASTUS_TYPE_FIRST_RUN, NULL);
  self->catalogue = g_object_ref (catalogue);
  build (self);
  return GTK_WIDGET (self);
}

const char *
vastus_first_run_get_page (VastusFirstRun *self)
{
  g_return_val_if_fail (VASTUS_IS_FIRST_RUN (self), NULL);
  return gtk_stack_get_visible_child_name (self->stack);
}

GtkWidget *
vastus_first_run_get_flags_dialog (VastusFirstRun *self)
{
  g_return_val_if_fail (VASTUS_IS_FIRST_RUN (self), NULL);
  return self->flags_dialog;
}

/**
 * vastus_first_run_get_equipment:
 *
 * Returns: (transfer none) (array zero-terminated=1): the equipment the
 *   person said they have, home equipment until they say otherwise
 */
const char * const *
vastus_first_run_get_equipment (VastusFirstRun *self)
{
  g_return_val_if_fail (VASTUS_IS_FIRST_RUN (self), NULL);
  return (const char * const *) self->equipment;
}

/* The check box of one piece of equipment, once its page is made. */
GtkCheckButton *
vastus_first_run_get_equipment_check (VastusFirstRun *self,
                                      const char     *equipment)
{
  g_return_val_if_fail (VASTUS_IS_FIRST_RUN (self), NULL);

  for (guint i = 0; self->equipment_checks != NULL && i < self->equipment_checks->len; i++)
    if (g_strcmp0 (g_object_get_data (g_ptr_array_index (self->equipment_checks, i), "equipment"), equipment) == 0)
      return g_ptr_array_index (self->equipment_checks, i);
  return NULL;
}
