/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "vastus-today-page"

#include "config.h"

#include "vastus-date.h"
#include "vastus-today-page-private.h"

#include <glib/gi18n.h>

#include "vastus-accessible.h"
#include "vastus-card-shadow.h"
#include "vastus-checkpoint.h"
#include "vastus-coach.h"
#include "vastus-decision-row.h"
#include "vastus-history.h"
#include "vastus-pain-scale.h"
#include "vastus-safety.h"
#include "vastus-window.h"

/*
 * Today: the plan from the person's programme, each exercise with its dose in
 * words, how long it takes, and Start; an interrupted session is offered
 * first.
 */
struct _VastusTodayPage
{
  AdwBin                parent_instance;

  VastusStore          *store;
  VastusProgram        *program;
  VastusCatalogue      *catalogue;
  GPtrArray            *rows;
  VastusJournal        *journal;
  char                 *morning_session;   /* the session the morning question is about */
  int                   morning;

  GtkWidget            *hold_box;
  GtkLabel             *hold_title;
  GtkLabel             *hold_reason;
  GtkLabel             *hold_advice;
  AdwPreferencesGroup  *review_group;
  AdwActionRow         *review_row;
  AdwPreferencesGroup  *morning_group;
  AdwPreferencesGroup  *changes_group;
  GPtrArray            *change_rows;
  char                 *notice;
  guint                 shown_generation;  /* the programme's, when its rows were made */
  AdwPreferencesGroup  *resume_group;
  AdwActionRow         *resume_row;
  GtkLabel             *summary_label;
  GtkLabel             *week_label;
  GtkWidget            *start_button;
  GtkWidget            *checked_button;
  GtkWidget            *short_button;
  AdwPreferencesGroup  *notice_group;
  AdwActionRow         *notice_row;
  GtkWidget            *plan_group;
  GtkListBox           *plan_list;
};

G_DEFINE_FINAL_TYPE (VastusTodayPage, vastus_today_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_MORNING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gint64
get_now (VastusTodayPage *self)
{
  return self->store != NULL ? vastus_store_get_now (self->store) : g_get_real_time ();
}

/* The next-morning question: asked once, 6 to 36 hours after a session,
 * until it is answered or dismissed. */
static void
refresh_morning (VastusTodayPage *self)
{
  VastusSessionEntry *entry = self->journal != NULL ? vastus_history_morning_check_due (self->journal, get_now (self)) : NULL;
  g_autofree char *description = NULL;

  g_clear_pointer (&self->morning_session, g_free);
  gtk_widget_set_visible (GTK_WIDGET (self->morning_group), entry != NULL);
  if (entry == NULL)
    return;

  self->morning_session = g_strdup (vastus_session_entry_get_id (entry));
  {
    g_autoptr (GDateTime) end = g_date_time_new_from_unix_local (vastus_session_entry_get_end (entry) / G_USEC_PER_SEC);
    /* Translators: the weekday of the session, as in "Pain and stiffness, 0 to 10, after Thursday’s session" */
    g_autofree char *day = end != NULL ? vastus_date_format (end, "%A") : g_strdup ("");

    /* Translators: a warning sign or safety advice: keep its meaning exact (when to stop, whom to see, how soon) */
    description = g_strdup_printf (_("How your knee feels now, after %s’s session: pain and stiffness, 0 to "
                                     "10. It shows whether your knee settled overnight."), day);
  }
  adw_preferences_group_set_description (self->morning_group, description);
  if (self->morning != -1)
    {
      self->morning = -1;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MORNING]);
    }
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "today.save-morning", FALSE);
}

/* What the newest session's pain log changed, each with its reason. */
static void
refresh_changes (VastusTodayPage *self)
{
  VastusSessionEntry *last = self->journal != NULL ? vastus_journal_get_last_session (self->journal) : NULL;
  g_autoptr (GPtrArray) changes = NULL;
  g_autoptr (GArray) items = NULL;
  g_autoptr (GPtrArray) rows = NULL;

  for (guint i = 0; i < self->change_rows->len; i++)
    adw_preferences_group_remove (self->changes_group, g_ptr_array_index (self->change_rows, i));
  g_ptr_array_set_size (self->change_rows, 0);

  if (last != NULL)
    changes = vastus_progression_list_changes (self->journal, vastus_session_entry_get_id (last), NULL);
  items = g_array_new (FALSE, FALSE, sizeof (VastusDecisionItem));
  for (guint i = 0; changes != NULL && i < changes->len; i++)
    {
      VastusChange *change = g_ptr_array_index (changes, i);
      VastusDecisionItem item = { change->before_id, change->kind, change->reason };

      /* A hold says itself, once, in its own card. */
      if (change->hold || change->kind == VASTUS_DECISION_HOLD || change->before_id == NULL)
        continue;
      g_array_append_val (items, item);
    }

  rows = vastus_decision_rows_new (self->catalogue, (VastusDecisionItem *) (gpointer) items->data, items->len);
  for (guint i = 0; i < rows->len; i++)
    {
      adw_preferences_group_add (self->changes_group, g_ptr_array_index (rows, i));
      g_ptr_array_add (self->change_rows, g_ptr_array_index (rows, i));
    }

  gtk_widget_set_visible (GTK_WIDGET (self->changes_group), self->change_rows->len > 0);
}

static void
journal_changed_cb (VastusTodayPage *self)
{
  /* A pain log may have changed the programme's doses. */
  if (self->program != NULL && vastus_program_get_generation (self->program) != self->shown_generation)
    {
      g_autofree char *notice = g_strdup (self->notice);

      vastus_today_page_set_program (self, self->catalogue, self->program, notice);
    }
  else
    vastus_today_page_refresh (self);
}

static void focus_main_action (VastusTodayPage *self);

static void
answer_morning (VastusTodayPage *self,
                int              pain)
{
  g_autoptr (GError) error = NULL;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  gboolean had_focus;

  if (self->store == NULL || self->morning_session == NULL)
    return;

  had_focus = root != NULL && gtk_root_get_focus (root) != NULL &&
              gtk_widget_is_ancestor (gtk_root_get_focus (root), GTK_WIDGET (self->morning_group));
  if (!vastus_store_log_morning (self->store, self->morning_session, pain, &error))
    g_message ("Morning check kept in memory: %s", error->message);
  else if (pain >= 0 && VASTUS_IS_WINDOW (root))
    vastus_window_add_toast (VASTUS_WINDOW (root), adw_toast_new (_("Morning check saved")));
  refresh_morning (self);
  /* Answered, the question goes with its buttons: the focus goes on to
   * the day's session. */
  if (had_focus && !gtk_widget_get_visible (GTK_WIDGET (self->morning_group)))
    focus_main_action (self);
}

static void
save_morning_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  VastusTodayPage *self = VASTUS_TODAY_PAGE (widget);

  if (self->morning >= 0)
    answer_morning (self, self->morning);
}

static void
dismiss_morning_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  answer_morning (VASTUS_TODAY_PAGE (widget), -1);
}

static void
vastus_today_page_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  VastusTodayPage *self = VASTUS_TODAY_PAGE (object);

  switch (prop_id)
    {
    case PROP_MORNING:
      g_value_set_int (value, self->morning);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vastus_today_page_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  VastusTodayPage *self = VASTUS_TODAY_PAGE (object);

  switch (prop_id)
    {
    case PROP_MORNING:
      if (self->morning != g_value_get_int (value))
        {
          self->morning = g_value_get_int (value);
          g_object_notify_by_pspec (object, pspec);
          gtk_widget_action_set_enabled (GTK_WIDGET (self), "today.save-morning", self->morning >= 0);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vastus_today_page_dispose (GObject *object)
{
  VastusTodayPage *self = VASTUS_TODAY_PAGE (object);

  g_clear_object (&self->program);
  g_clear_object (&self->catalogue);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->change_rows, g_ptr_array_unref);
  g_clear_pointer (&self->notice, g_free);
  if (self->journal != NULL)
    g_signal_handlers_disconnect_by_data (self->journal, self);
  g_clear_object (&self->journal);
  g_clear_object (&self->store);
  g_clear_pointer (&self->morning_session, g_free);

  gtk_widget_dispose_template (GTK_WIDGET (self), VASTUS_TYPE_TODAY_PAGE);

  G_OBJECT_CLASS (vastus_today_page_parent_class)->dispose (object);
}

static void
vastus_today_page_class_init (VastusTodayPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vastus_today_page_dispose;
  object_class->get_property = vastus_today_page_get_property;
  object_class->set_property = vastus_today_page_set_property;

  properties[PROP_MORNING] =
    g_param_spec_int ("morning", NULL, NULL, -1, VASTUS_PAIN_MAX, -1,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (VASTUS_TYPE_PAIN_SCALE);
  g_type_ensure (VASTUS_TYPE_CARD_SHADOW);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/vastus/vastus/ui/vastus-today-page.ui");
  gtk_widget_class_bind_template_child (widget_class, VastusTodayPage, hold_box);
  gtk_widget_class_bind_template_child (widget_class, VastusTodayPage, hold_title);
  gtk_widget_class_bind_template_child (widget_class, VastusTodayPage, hold_reason);
  gtk_widget_class_bind_template_child (widget_class, VastusTodayPage, hold_advice);
  gtk_widget_class_bind_template_child (widget_class, VastusTodayPage, review_group);
  gtk_widget_class_bind_template_child (widget_class, VastusTodayPage, review_row);
  gtk_widget_class_bind_template_child (widget_class, VastusTodayPage, morning_group);
  gtk_widget_class_bind_template_child (widget_class, VastusTodayPage, changes_group);
  gtk_widget_class_bind_template_child (widget_class, VastusTodayPage, resume_group);
  gtk_widget_class_bind_template_child (widget_class, VastusTodayPage, resume_row);
  gtk_widget_class_bind_template_child (widget_class, VastusTodayPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, VastusTodayPage, week_label);
  gtk_widget_class_bind_template_child (widget_class, VastusTodayPage, start_button);
  gtk_widget_class_bind_template_child (widget_class, VastusTodayPage, checked_button);
  gtk_widget_class_bind_template_child (widget_class, VastusTodayPage, short_button);
  gtk_widget_class_bind_template_child (widget_class, VastusTodayPage, notice_group);
  gtk_widget_class_bind_template_child (widget_class, VastusTodayPage, notice_row);
  gtk_widget_class_bind_template_child (widget_class, VastusTodayPage, plan_group);
  gtk_widget_class_bind_template_child (widget_class, VastusTodayPage, plan_list);

  gtk_widget_class_install_property_action (widget_class, "today.morning", "morning");
  gtk_widget_class_install_action (widget_class, "today.save-morning", NULL, save_morning_action);
  gtk_widget_class_install_action (widget_class, "today.dismiss-morning", NULL, dismiss_morning_action);
}

static void
vastus_today_page_init (VastusTodayPage *self)
{
  self->rows = g_ptr_array_new ();
  self->change_rows = g_ptr_array_new ();
  self->morning = -1;
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* A programme on hold: what happened and what to do, in place of Start
 * Session; and the warning-sign questions when they are due again. */
static gboolean
refresh_hold (VastusTodayPage *self)
{
  const VastusHold *hold = self->program != NULL ? vastus_program_get_hold (self->program) : NULL;
  int review = hold == NULL && self->journal != NULL && vastus_journal_is_loaded (self->journal)
               ? vastus_safety_review_due (self->journal, get_now (self)) : 0;

  gtk_widget_set_visible (self->hold_box, hold != NULL);
  if (hold != NULL)
    {
      /* Translators: a warning sign or safety advice: keep its meaning exact (when to stop, whom to see, how soon) */
      gtk_label_set_label (self->hold_title, hold->heading != NULL ? hold->heading : _("Your Programme Is on Hold"));
      gtk_label_set_label (self->hold_reason, hold->reason != NULL ? hold->reason : "");
      gtk_widget_set_visible (GTK_WIDGET (self->hold_reason), hold->reason != NULL);
      gtk_label_set_label (self->hold_advice, hold->advice != NULL ? hold->advice
                                              /* Translators: a warning sign or safety advice: keep its meaning exact (when to stop, whom to see, how soon) */
                                              : _("Have your knee checked by a physiotherapist or doctor before you "
                                                  "exercise it again."));
      if (hold->emergency)
        gtk_widget_add_css_class (self->hold_box, "emergency");
      else
        gtk_widget_remove_css_class (self->hold_box, "emergency");
    }

  gtk_widget_set_visible (GTK_WIDGET (self->review_group), review > 0);
  if (review > 0)
    {
      g_autofree char *title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d week in", "%d weeks in", review),
                                                review);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->review_row), title);
      adw_action_row_set_subtitle (self->review_row,
                                   /* Translators: a warning sign or safety advice: keep its meaning exact (when to stop, whom to see, how soon) */
                                   _("Before your next session, answer the warning-sign questions again. It takes "
                                     "a minute, and Start Session asks them first."));
    }
  return hold != NULL;
}

/* "12 minutes ago", "3 hours ago", "yesterday", or the date. */
static char *
time_ago (gint64 saved_at,
          gint64 now_us)
{
  g_autoptr (GDateTime) then = g_date_time_new_from_unix_local (saved_at);
  g_autoptr (GDateTime) now = g_date_time_new_from_unix_local (now_us / G_USEC_PER_SEC);
  gint64 minutes = (g_date_time_to_unix (now) - saved_at) / 60;

  if (then == NULL || minutes < 1)
    return g_strdup (_("just now"));
  if (minutes < 60)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d minute ago", "%d minutes ago", (int) minutes),
                            (int) minutes);
  if (minutes < 24 * 60)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d hour ago", "%d hours ago", (int) (minutes / 60)),
                            (int) (minutes / 60));
  if (minutes < 48 * 60)
    return g_strdup (_("yesterday"));
  /* Translators: a date, see g_date_time_format() */
  return vastus_date_format (then, _("on %-d %B"));
}

/**
 * vastus_today_page_set_store:
 *
 * Gives the page what it shows: set once, by the window.
 */
void
vastus_today_page_set_store (VastusTodayPage *self,
                             VastusStore     *store)
{
  g_return_if_fail (VASTUS_IS_TODAY_PAGE (self));
  g_return_if_fail (VASTUS_IS_STORE (store));
  g_return_if_fail (self->store == NULL);

  self->store = g_object_ref (store);
  self->journal = g_object_ref (vastus_store_get_journal (store));
  g_signal_connect_object (self->journal, "changed", G_CALLBACK (journal_changed_cb), self, G_CONNECT_SWAPPED);
  journal_changed_cb (self);
}

/* The week so far and when the next session is due: after a session, not
 * another today; on a rest day, that it is one, though the person may
 * still train. Returns whether today is a day to train. */
static gboolean
refresh_week (VastusTodayPage *self,
              gboolean         held)
{
  VastusProgram *program = self->store != NULL ? vastus_store_get_program (self->store) : NULL;
  VastusJournal *journal = self->store != NULL ? vastus_store_get_journal (self->store) : NULL;
  g_autoptr (GDateTime) local = NULL;
  g_autofree char *when = NULL;
  g_autofree char *count = NULL;
  g_autofree char *text = NULL;
  gint64 now = get_now (self);
  guint target, done;
  GDate next, today;
  gboolean done_today;
  int days;

  if (held || program == NULL || journal == NULL || vastus_store_get_first_run (self->store) ||
      !vastus_journal_is_loaded (journal))
    {
      gtk_widget_set_visible (GTK_WIDGET (self->week_label), FALSE);
      return TRUE;
    }

  target = (guint) vastus_program_get_sessions_per_week (program);
  done = vastus_history_sessions_this_week (journal, now);
  done_today = vastus_history_next_session (journal, target, now, &next);
  local = g_date_time_new_from_unix_local (now / G_USEC_PER_SEC);
  g_date_clear (&today, 1);
  g_date_set_dmy (&today, (GDateDay) g_date_time_get_day_of_month (local),
                  (GDateMonth) g_date_time_get_month (local), (GDateYear) g_date_time_get_year (local));
  days = g_date_days_between (&today, &next);

  if (done < target)
    /* Translators: sessions done this week out of the programme's target */
    count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "This week: %u of %u session.",
                                          "This week: %u of %u sessions.", target), done, target);
  else
    /* Translators: the programme's sessions a week, all done this week */
    count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "This week: your %u planned session is done.",
                                          "This week: your %u planned sessions are done.", target), target);
  if (!done_today && days <= 0)
    {
      gtk_label_set_label (self->week_label, count);
      gtk_widget_set_visible (GTK_WIDGET (self->week_label), TRUE);
      return TRUE;
    }

  if (days > 1)
    {
      /* Translators: a weekday, as in "Thursday"; see strftime */
      g_autofree char *weekday = vastus_date_format_date (&next, C_("weekday", "%A"));

      if (done_today)
        /* Translators: %s is a weekday, as in "Thursday" */
        when = g_strdup_printf (_("Done for today. Your next session is due on %s."), weekday);
      else
        /* Translators: %s is a weekday, as in "Thursday" */
        when = g_strdup_printf (_("A rest day: your next session is due on %s. You can still train today."),
                                weekday);
    }
  else
    when = g_strdup (done_today ? _("Done for today. Your next session is due tomorrow.")
                                : _("A rest day: your next session is due tomorrow. You can still train today."));

  /* Translators: when the next session is due, then the week so far */
  text = g_strdup_printf (C_("today", "%s %s"), when, count);
  gtk_label_set_label (self->week_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->week_label), TRUE);
  return FALSE;
}

/* "How long have you got?": a shorter session is offered beside the full
 * one when the programme can be shortened by five minutes or more. */
static void
refresh_short (VastusTodayPage *self,
               gboolean         held)
{
  g_autoptr (VastusPlan) shorter = !held && self->store != NULL ? vastus_store_build_short_plan (self->store) : NULL;
  g_autofree char *label = NULL;
  int minutes;

  gtk_widget_set_visible (self->short_button, shorter != NULL);
  if (shorter == NULL)
    return;

  minutes = (int) ((vastus_plan_get_duration (shorter) + 60 * G_USEC_PER_SEC - 1) / (60 * G_USEC_PER_SEC));
  /* Translators: a button; the session takes about this many minutes */
  label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "S_horter Session, %d Minute", "S_horter Session, %d Minutes",
                                        minutes), minutes);
  gtk_button_set_label (GTK_BUTTON (self->short_button), label);
}

/* The window turns the button's action on just after: the focus follows
 * once it can. */
static void
pending_focus_cb (GtkWidget       *button,
                  GParamSpec      *pspec,
                  VastusTodayPage *self)
{
  if (gtk_widget_is_sensitive (button) && gtk_widget_get_visible (button))
    {
      g_signal_handlers_disconnect_by_func (button, pending_focus_cb, self);
      gtk_widget_grab_focus (button);
    }
}

static void
take_focus (VastusTodayPage *self,
            GtkWidget       *button)
{
  g_signal_handlers_disconnect_by_func (self->start_button, pending_focus_cb, self);
  g_signal_handlers_disconnect_by_func (self->checked_button, pending_focus_cb, self);
  if (gtk_widget_is_sensitive (button))
    gtk_widget_grab_focus (button);
  else
    g_signal_connect_object (button, "notify::sensitive", G_CALLBACK (pending_focus_cb), self, 0);
}

/* The Today page's main control: Start Session, or the knee check in its
 * place while the programme is on hold. */
static void
focus_main_action (VastusTodayPage *self)
{
  take_focus (self, gtk_widget_get_visible (self->start_button) ? self->start_button : self->checked_button);
}

/**
 * vastus_today_page_focus_start:
 *
 * Puts the focus on Start Session, or on the knee check while the
 * programme is on hold: where a person starts after their data changed.
 */
void
vastus_today_page_focus_start (VastusTodayPage *self)
{
  g_return_if_fail (VASTUS_IS_TODAY_PAGE (self));
  focus_main_action (self);
}

/* The index of the plan's row that has the focus, or -1. */
static int
focused_row (VastusTodayPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  for (guint i = 0; focus != NULL && i < self->rows->len; i++)
    if (focus == g_ptr_array_index (self->rows, i) || gtk_widget_is_ancestor (focus, g_ptr_array_index (self->rows, i)))
      return (int) i;
  return -1;
}

/**
 * vastus_today_page_refresh:
 *
 * Looks again for an interrupted session of today's plan.
 */
void
vastus_today_page_refresh (VastusTodayPage *self)
{
  g_autoptr (VastusPlan) plan = NULL;
  g_autoptr (GError) error = NULL;
  gboolean resumable = FALSE, held, due, had_focus;
  guint step;
  gint64 saved_at;

  g_return_if_fail (VASTUS_IS_TODAY_PAGE (self));

  refresh_morning (self);
  refresh_changes (self);
  held = refresh_hold (self);
  if (!held && self->store != NULL && (plan = vastus_store_build_plan (self->store)) != NULL)
    {
      resumable = vastus_store_peek_session (self->store, &step, &saved_at, &error);
      if (!resumable && !g_error_matches (error, VASTUS_CHECKPOINT_ERROR, VASTUS_CHECKPOINT_ERROR_NONE_SAVED))
        g_message ("Not offering to resume: %s", error->message);
    }

  if (resumable)
    {
      const VastusPlanStep *at = vastus_plan_get_step (plan, step);
      VastusExercise *exercise = vastus_plan_get_exercise (plan, at->exercise);
      g_autofree char *set = vastus_coach_describe_set (plan, step);
      g_autofree char *when = time_ago (saved_at, get_now (self));
      g_autofree char *subtitle = NULL;

      if (*set != '\0')
        /* Translators: as in "Stopped at Wall sit, Set 2 of 3 · 2 hours ago" */
        subtitle = g_strdup_printf (_("Stopped at %s, %s · %s"), vastus_exercise_get_name (exercise), set, when);
      else
        /* Translators: as in "Stopped at Warm-up · 2 hours ago" */
        subtitle = g_strdup_printf (_("Stopped at %s · %s"), vastus_exercise_get_name (exercise), when);
      adw_action_row_set_subtitle (self->resume_row, subtitle);
    }

  due = refresh_week (self, held);
  gtk_widget_set_visible (GTK_WIDGET (self->resume_group), resumable);
  had_focus = gtk_widget_is_focus (self->start_button) || gtk_widget_is_focus (self->checked_button);
  gtk_widget_set_visible (self->start_button, !held);
  refresh_short (self, held);
  gtk_button_set_label (GTK_BUTTON (self->start_button),
                        resumable ? _("_Start Over") : _("_Start Session"));
  /* Offered, not urged, on a rest day or after today's session. */
  if (resumable || !due)
    gtk_widget_remove_css_class (self->start_button, "suggested-action");
  else
    gtk_widget_add_css_class (self->start_button, "suggested-action");

  /* A hold hides Start Session and the knee check hides the hold: the focus
   * goes to the button that takes their place, not nowhere. */
  if (had_focus)
    take_focus (self, held ? self->checked_button : self->start_button);
}

static GtkWidget *
new_label (const char *text,
           const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

/* A row's title and dose, one above the other. Their width never depends on
 * the height offered: GTK 4.8 measures wrapping labels for a height with a
 * search of a dozen text layouts each, and asks for it at every allocation
 * of a row, which was a third of the text layout before Today's first frame.
 * Answering with the plain widths skips that and changes nothing drawn. */
#define VASTUS_TYPE_PLAN_TEXTS (vastus_plan_texts_get_type ())
G_DECLARE_FINAL_TYPE (VastusPlanTexts, vastus_plan_texts, VASTUS, PLAN_TEXTS, GtkWidget)

struct _VastusPlanTexts
{
  GtkWidget parent_instance;
};

G_DEFINE_FINAL_TYPE (VastusPlanTexts, vastus_plan_texts, GTK_TYPE_WIDGET)

#define PLAN_TEXTS_SPACING 2

static void
vastus_plan_texts_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  gboolean first = TRUE;

  *minimum = *natural = 0;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      int child_min, child_nat;

      if (!gtk_widget_should_layout (child))
        continue;

      if (orientation == GTK_ORIENTATION_HORIZONTAL)
        {
          gtk_widget_measure (child, orientation, -1, &child_min, &child_nat, NULL, NULL);
          *minimum = MAX (*minimum, child_min);
          *natural = MAX (*natural, child_nat);
        }
      else
        {
          gtk_widget_measure (child, orientation, for_size, &child_min, &child_nat, NULL, NULL);
          *minimum += child_min + (first ? 0 : PLAN_TEXTS_SPACING);
          *natural += child_nat + (first ? 0 : PLAN_TEXTS_SPACING);
        }
      first = FALSE;
    }
}

static void
vastus_plan_texts_size_allocate (GtkWidget *widget,
                                 int        width,
                                 int        height,
                                 int        baseline)
{
  int y = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      int child_height;

      if (!gtk_widget_should_layout (child))
        continue;

      gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, width, NULL, &child_height, NULL, NULL);
      gtk_widget_allocate (child, width, child_height, -1, gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT (0, y)));
      y += child_height + PLAN_TEXTS_SPACING;
    }
}

static GtkSizeRequestMode
vastus_plan_texts_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
vastus_plan_texts_dispose (GObject *object)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (vastus_plan_texts_parent_class)->dispose (object);
}

static void
vastus_plan_texts_class_init (VastusPlanTextsClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = vastus_plan_texts_dispose;
  widget_class->measure = vastus_plan_texts_measure;
  widget_class->size_allocate = vastus_plan_texts_size_allocate;
  widget_class->get_request_mode = vastus_plan_texts_get_request_mode;
}

static void
vastus_plan_texts_init (VastusPlanTexts *self)
{
}

/* A plain row rather than an AdwActionRow: a third of the widgets, which
 * matters for the first frame of the first page. */
static GtkWidget *
new_exercise_row (guint             number,
                  VastusExercise   *exercise,
                  const VastusDose *dose,
                  const char       *paused)
{
  GtkWidget *row = gtk_list_box_row_new ();
  g_autofree char *dose_text = paused != NULL
    /* Translators: an exercise left out of sessions, and why */
    ? g_strdup_printf (_("Paused: %s"), paused)
    : vastus_dose_describe (dose, vastus_exercise_get_side (exercise));
  g_autofree char *number_text = g_strdup_printf ("%u", number);
  g_autofree char *accessible = g_strdup_printf ("%s: %s", vastus_exercise_get_name (exercise), dose_text);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *texts = g_object_new (VASTUS_TYPE_PLAN_TEXTS, NULL);
  GtkWidget *badge = gtk_label_new (number_text);
  GtkWidget *title = new_label (vastus_exercise_get_name (exercise), NULL);
  g_autofree char *dose_shown = vastus_keep_units_with_numbers (dose_text);
  GtkWidget *subtitle = new_label (dose_shown, "dim-label");
  GtkWidget *arrow = gtk_image_new_from_icon_name ("go-next-symbolic");

  gtk_widget_add_css_class (badge, "step-number");
  gtk_widget_set_valign (badge, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (subtitle, "caption");
  gtk_widget_add_css_class (box, "plan-row");
  gtk_widget_set_hexpand (texts, TRUE);
  gtk_widget_set_valign (texts, GTK_ALIGN_CENTER);
  gtk_widget_set_parent (title, texts);
  gtk_widget_set_parent (subtitle, texts);
  gtk_box_append (GTK_BOX (box), badge);
  gtk_box_append (GTK_BOX (box), texts);
  gtk_box_append (GTK_BOX (box), arrow);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  gtk_accessible_update_state (GTK_ACCESSIBLE (badge), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  gtk_accessible_update_state (GTK_ACCESSIBLE (arrow), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.show-exercise");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", vastus_exercise_get_id (exercise));
  vastus_set_new_tooltip (row, _("Open in the Library"));
  g_object_set_data (G_OBJECT (row), "title", title);
  g_object_set_data (G_OBJECT (row), "subtitle", subtitle);

  return row;
}

static char *
describe_duration (gint64 microseconds)
{
  int minutes = (int) ((microseconds + 60 * G_USEC_PER_SEC - 1) / (60 * G_USEC_PER_SEC));

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "about %d minute", "about %d minutes", minutes),
                          minutes);
}

/**
 * vastus_today_page_set_program:
 * @program: (nullable): the person's programme
 * @notice: (nullable): why it is not quite as saved
 */
void
vastus_today_page_set_program (VastusTodayPage *self,
                               VastusCatalogue *catalogue,
                               VastusProgram   *program,
                               const char      *notice)
{
  int focused;
  guint n;

  g_return_if_fail (VASTUS_IS_TODAY_PAGE (self));

  g_set_object (&self->catalogue, catalogue);
  g_set_object (&self->program, program);
  if (notice != self->notice)
    {
      g_free (self->notice);
      self->notice = g_strdup (notice);
    }

  /* The row with the focus goes with the old list: the focus goes to the
   * row in its place, not to the top of the window. */
  focused = focused_row (self);
  for (guint i = 0; i < self->rows->len; i++)
    gtk_list_box_remove (self->plan_list, g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);

  adw_action_row_set_subtitle (self->notice_row, notice != NULL ? notice : "");
  gtk_widget_set_visible (GTK_WIDGET (self->notice_group), notice != NULL);

  n = program != NULL ? vastus_program_get_n_exercises (program) : 0;
  self->shown_generation = program != NULL ? vastus_program_get_generation (program) : 0;
  for (guint i = 0; i < n; i++)
    {
      GtkWidget *row = new_exercise_row (i + 1, vastus_program_get_exercise (program, i),
                                         vastus_program_get_dose (program, i),
                                         vastus_program_get_paused (program, i));

      gtk_list_box_append (self->plan_list, row);
      g_ptr_array_add (self->rows, row);
    }

  gtk_widget_set_visible (self->plan_group, n > 0);
  gtk_widget_set_sensitive (self->start_button, n > 0);
  if (focused >= 0 && n > 0)
    gtk_widget_grab_focus (g_ptr_array_index (self->rows, MIN ((guint) focused, n - 1)));

  if (n > 0)
    {
      g_autoptr (VastusPlan) plan = vastus_program_build_plan (program);
      VastusStarterProgram *starter = catalogue != NULL
        ? vastus_catalogue_lookup_program (catalogue, vastus_program_get_starter_id (program)) : NULL;
      g_autofree char *duration = describe_duration (vastus_plan_get_duration (plan));
      g_autofree char *count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u exercise", "%u exercises", n), n);
      g_autofree char *summary = NULL;

      if (vastus_program_get_hold (program) != NULL)
        {
          g_autoptr (GDateTime) since = g_date_time_new_from_unix_local (vastus_program_get_hold (program)->since /
                                                                         G_USEC_PER_SEC);
          /* Translators: a date in a sentence, see g_date_time_format() */
          g_autofree char *day = since != NULL ? vastus_date_format (since, _("%-d %B")) : g_strdup ("");

          /* Translators: as in "On hold since 21 November · 6 exercises" */
          summary = g_strdup_printf (_("On hold since %s · %s"), day, count);
        }
      else if (starter != NULL)
        /* Translators: programme · exercises · time, as in "Gentle start · 6 exercises · about 25 minutes" */
        summary = g_strdup_printf (_("%s · %s · %s"), vastus_starter_program_get_name (starter), count, duration);
      else
        summary = g_strdup_printf (_("%s · %s"), count, duration);
      gtk_label_set_label (self->summary_label, summary);
    }
  else
    gtk_label_set_label (self->summary_label, _("Your programme has no exercises to do today."));

  vastus_today_page_refresh (self);
}

gboolean
vastus_today_page_can_resume (VastusTodayPage *self)
{
  g_return_val_if_fail (VASTUS_IS_TODAY_PAGE (self), FALSE);
  return gtk_widget_get_visible (GTK_WIDGET (self->resume_group));
}

/**
 * vastus_today_page_get_row:
 *
 * Returns: (transfer none) (nullable): the row of the plan's @index-th exercise
 */
GtkWidget *
vastus_today_page_get_row (VastusTodayPage *self,
                           guint            index)
{
  g_return_val_if_fail (VASTUS_IS_TODAY_PAGE (self), NULL);
  return index < self->rows->len ? g_ptr_array_index (self->rows, index) : NULL;
}

/**
 * vastus_today_page_get_row_text:
 * @part: "title" or "subtitle"
 */
const char *
vastus_today_page_get_row_text (VastusTodayPage *self,
                                guint            index,
                                const char      *part)
{
  GtkWidget *row = vastus_today_page_get_row (self, index);

  g_return_val_if_fail (row != NULL, NULL);
  return gtk_label_get_label (GTK_LABEL (g_object_get_data (G_OBJECT (row), part)));
}

const char *
vastus_today_page_get_summary (VastusTodayPage *self)
{
  g_return_val_if_fail (VASTUS_IS_TODAY_PAGE (self), NULL);
  return gtk_label_get_label (self->summary_label);
}

const char *
vastus_today_page_get_resume_text (VastusTodayPage *self)
{
  g_return_val_if_fail (VASTUS_IS_TODAY_PAGE (self), NULL);
  return adw_action_row_get_subtitle (self->resume_row);
}

/**
 * vastus_today_page_get_morning_session:
 *
 * Returns: (nullable): the id of the session the morning question asks
 *   about, when it is shown
 */
const char *
vastus_today_page_get_morning_session (VastusTodayPage *self)
{
  g_return_val_if_fail (VASTUS_IS_TODAY_PAGE (self), NULL);
  return self->morning_session;
}

/**
 * vastus_today_page_get_changes_text:
 *
 * Returns: (transfer full): the "Changed Since Last Time" rows, "name: reason"
 *   a line
 */
char *
vastus_today_page_get_changes_text (VastusTodayPage *self)
{
  GString *text = g_string_new (NULL);

  g_return_val_if_fail (VASTUS_IS_TODAY_PAGE (self), NULL);
  for (guint i = 0; i < self->change_rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->change_rows, i);

      g_string_append_printf (text, "%s: %s\n", adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)),
                              adw_action_row_get_subtitle (ADW_ACTION_ROW (row)));
    }
  return g_string_free (text, FALSE);
}

/**
 * vastus_today_page_get_hold_text:
 *
 * Returns: (transfer full) (nullable): the hold card's title, reason and
 *   advice, a line each, when the programme is on hold
 */
char *
vastus_today_page_get_hold_text (VastusTodayPage *self)
{
  g_return_val_if_fail (VASTUS_IS_TODAY_PAGE (self), NULL);

  if (!gtk_widget_get_visible (self->hold_box))
    return NULL;
  return g_strdup_printf ("%s\n%s\n%s", gtk_label_get_label (self->hold_title),
                          gtk_label_get_label (self->hold_reason), gtk_label_get_label (self->hold_advice));
}

/**
 * vastus_today_page_get_short_button:
 *
 * Returns: (transfer none) (nullable): the shorter session's button, when
 *   one is offered
 */
GtkWidget *
vastus_today_page_get_short_button (VastusTodayPage *self)
{
  g_return_val_if_fail (VASTUS_IS_TODAY_PAGE (self), NULL);
  return gtk_widget_get_visible (self->short_button) ? self->short_button : NULL;
}

GtkWidget *
vastus_today_page_get_start_button (VastusTodayPage *self)
{
  g_return_val_if_fail (VASTUS_IS_TODAY_PAGE (self), NULL);
  return self->start_button;
}

gboolean
vastus_today_page_get_start_shown (VastusTodayPage *self)
{
  g_return_val_if_fail (VASTUS_IS_TODAY_PAGE (self), FALSE);
  return gtk_widget_get_visible (self->start_button);
}

/**
 * vastus_today_page_get_week_text:
 *
 * Returns: (nullable): the week so far and when the next session is due,
 *   when shown
 */
const char *
vastus_today_page_get_week_text (VastusTodayPage *self)
{
  g_return_val_if_fail (VASTUS_IS_TODAY_PAGE (self), NULL);
  return gtk_widget_get_visible (GTK_WIDGET (self->week_label)) ? gtk_label_get_label (self->week_label) : NULL;
}
