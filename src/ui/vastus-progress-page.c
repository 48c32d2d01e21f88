/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "vastus-progress-page"

#include "config.h"

#include "vastus-progress-page-private.h"

#include <glib/gi18n.h>
#include <string.h>

#include "vastus-catalogue.h"
#include "vastus-date.h"
#include "vastus-history.h"
#include "vastus-store.h"
#include "vastus-pain-chart.h"
#include "vastus-pain-form.h"
#include "vastus-week-grid.h"
#include "vastus-window.h"

/*
 * Progress: pain over the weeks (a chart, and the same in words), sessions
 * per week against the programme's target, and every past session, each
 * opening what was done and the pain logged, where a skipped log can be
 * filled in. Export writes every session to a CSV file.
 */

#define ROWS_AT_A_TIME 20

struct _VastusProgressPage
{
  AdwBin             parent_instance;

  VastusStore       *store;
  VastusJournal     *journal;
  char              *range;
  guint              n_shown;
  guint              refresh_id;
  GtkWindow         *dialog;
  GtkFileChooserNative *chooser;

  GtkStack          *stack;
  VastusPainChart   *chart;
  GtkLabel          *pain_summary;
  GtkLabel          *week_summary;
  VastusWeekGrid    *week_grid;
  GtkListBox        *sessions_list;
  GtkWidget         *more_button;
};

G_DEFINE_FINAL_TYPE (VastusProgressPage, vastus_progress_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_RANGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gint64
get_now (VastusProgressPage *self)
{
  return self->store != NULL ? vastus_store_get_now (self->store) : g_get_real_time ();
}

static VastusRange
get_range (VastusProgressPage *self)
{
  if (g_strcmp0 (self->range, "12-weeks") == 0)
    return VASTUS_RANGE_12_WEEKS;
  if (g_strcmp0 (self->range, "all") == 0)
    return VASTUS_RANGE_ALL;
  return VASTUS_RANGE_4_WEEKS;
}

static char *
format_date (gint64      time,
             const char *format)
{
  g_autoptr (GDateTime) local = g_date_time_new_from_unix_local (time / G_USEC_PER_SEC);

  return local != NULL ? vastus_date_format (local, format) : g_strdup ("");
}

/* "Saturday 21 November", with the year when it is not this year's. */
static char *
format_day (gint64 time,
            gint64 now)
{
  g_autoptr (GDateTime) local = g_date_time_new_from_unix_local (time / G_USEC_PER_SEC);
  g_autoptr (GDateTime) today = g_date_time_new_from_unix_local (now / G_USEC_PER_SEC);

  if (local == NULL || today == NULL)
    return g_strdup ("");
  if (g_date_time_get_year (local) == g_date_time_get_year (today))
    /* Translators: a session's day, as in "Saturday 21 November"; see strftime */
    return vastus_date_format (local, _("%A %-d %B"));
  /* Translators: a session's day in another year, as in "Saturday 21 November 2026"; see strftime */
  return vastus_date_format (local, _("%A %-d %B %Y"));
}

static char *
describe_minutes (gint64 active)
{
  int minutes = (int) ((active + 30 * G_USEC_PER_SEC) / (60 * G_USEC_PER_SEC));

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d min", "%d min", minutes), minutes);
}

static char *
describe_session (VastusSessionEntry *entry)
{
  const VastusPainLog *pain = vastus_session_entry_get_pain (entry);
  const VastusMorningCheck *morning = vastus_session_entry_get_morning (entry);
  g_autofree char *minutes = describe_minutes (vastus_session_entry_get_active_time (entry));
  g_autofree char *sets = NULL;
  g_autofree char *pain_text = NULL;
  const char *program = vastus_session_entry_get_program_name (entry);
  guint done, total;

  vastus_session_entry_count_sets (entry, &done, NULL, &total);
  sets = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u set", "%u of %u sets", total), done, total);
  if (pain == NULL)
    /* Translators: about knee pain, scored 0 (none) to 10 (worst imaginable): keep numbers and meaning exact */
    pain_text = g_strdup (_("pain not logged"));
  else if (morning != NULL && morning->pain >= 0)
    /* Translators: about knee pain, scored 0 (none) to 10 (worst imaginable): keep numbers and meaning exact */
    pain_text = g_strdup_printf (_("pain %d during, %d after, %d next morning"), pain->during, pain->after, morning->pain);
  else
    /* Translators: about knee pain, scored 0 (none) to 10 (worst imaginable): keep numbers and meaning exact */
    pain_text = g_strdup_printf (_("pain %d during, %d after"), pain->during, pain->after);

  if (program[0] != '\0')
    return g_strdup_printf ("%s · %s · %s · %s", program, minutes, sets, pain_text);
  return g_strdup_printf ("%s · %s · %s", minutes, sets, pain_text);
}

static GtkWidget *
make_session_row (VastusProgressPage *self,
                  VastusSessionEntry *entry,
                  gint64              now)
{
  g_autofree char *title = format_day (vastus_session_entry_get_start (entry), now);
  g_autofree char *subtitle = describe_session (entry);
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  if (vastus_session_entry_get_pain (entry) == NULL && vastus_history_counts (entry))
    {
      /* Translators: about knee pain, scored 0 (none) to 10 (worst imaginable): keep numbers and meaning exact */
      GtkWidget *tag = gtk_label_new (_("Log Pain"));

      gtk_widget_set_valign (tag, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (tag, "exercise-tag");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), tag);
    }
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  g_object_set_data_full (G_OBJECT (row), "session-id", g_strdup (vastus_session_entry_get_id (entry)), g_free);
  return row;
}

static void
refresh_weeks (VastusProgressPage *self,
               gint64              now)
{
  VastusProgram *program = self->store != NULL ? vastus_store_get_program (self->store) : NULL;
  guint target = program != NULL ? (guint) vastus_program_get_sessions_per_week (program) : 3;
  guint8 counts[VASTUS_WEEK_GRID_WEEKS * 7];
  g_autofree char *text = NULL;
  g_autofree char *streak_text = NULL;
  GDate first, today;
  guint this_week = vastus_history_sessions_this_week (self->journal, now);
  guint streak = vastus_history_week_streak (self->journal, target, now);
  guint total = 0;

  vastus_history_week_start (now, &first);
  g_date_subtract_days (&first, (VASTUS_WEEK_GRID_WEEKS - 1) * 7);
  vastus_history_day_counts (self->journal, &first, G_N_ELEMENTS (counts), counts);
  g_date_clear (&today, 1);
  {
    g_autoptr (GDateTime) local = g_date_time_new_from_unix_local (now / G_USEC_PER_SEC);
    g_date_set_dmy (&today, (GDateDay) g_date_time_get_day_of_month (local),
                    (GDateMonth) g_date_time_get_month (local), (GDateYear) g_date_time_get_year (local));
  }
  vastus_week_grid_set_counts (self->week_grid, &first, counts, (guint) g_date_days_between (&first, &today));
  for (guint i = 0; i < G_N_ELEMENTS (counts); i++)
    total += counts[i];

  if (streak > 0)
    streak_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                "On target %u week in a row.",
                                                "On target %u weeks in a row.", streak), streak);
  else
    streak_text = g_strdup (_("A week with every planned session starts a streak."));

  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%u of %u planned session this week. %s",
                                       "%u of %u planned sessions this week. %s", target),
                          this_week, target, streak_text);
  gtk_label_set_label (self->week_summary, text);

  g_clear_pointer (&text, g_free);
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "Sessions over the last 12 weeks: %u in all. %u this week.",
                                       "Sessions over the last 12 weeks: %u in all. %u this week.", total),
                          total, this_week);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->week_grid), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
}

/**
 * vastus_progress_page_refresh:
 *
 * Reads the journal again: after a session, a log, or loading.
 */
static void
vastus_progress_page_refresh (VastusProgressPage *self)
{
  g_autoptr (GArray) points = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *focused_id = NULL;
  GtkWidget *child;
  GtkWidget *focus;
  GtkRoot *root;
  gint64 now = get_now (self);
  gint64 from;
  guint n;

  g_return_if_fail (VASTUS_IS_PROGRESS_PAGE (self));
  g_clear_handle_id (&self->refresh_id, g_source_remove);

  n = self->journal != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->journal)) : 0;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "progress.export", n > 0);
  gtk_stack_set_visible_child_name (self->stack, n > 0 ? "progress" : "empty");
  if (n == 0)
    return;

  from = vastus_history_range_start (self->journal, get_range (self), now);
  points = vastus_history_pain_points (self->journal, from, now);
  vastus_pain_chart_set_data (self->chart, points, from, now);
  summary = vastus_history_describe_pain (points, get_range (self));
  gtk_label_set_label (self->pain_summary, summary);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->chart), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  /* Translators: about knee pain, scored 0 (none) to 10 (worst imaginable): keep numbers and meaning exact */
                                  _("Pain chart"), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, summary, -1);

  refresh_weeks (self, now);

  /* The row with the focus goes with the old list: the focus goes to the
   * same session's row in the new one, not to the top of the window. */
  root = gtk_widget_get_root (GTK_WIDGET (self));
  focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  if (focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->sessions_list)))
    {
      GtkWidget *row = GTK_IS_LIST_BOX_ROW (focus) ? focus : gtk_widget_get_ancestor (focus, GTK_TYPE_LIST_BOX_ROW);

      focused_id = g_strdup (row != NULL ? g_object_get_data (G_OBJECT (row), "session-id") : NULL);
    }
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->sessions_list))) != NULL)
    gtk_list_box_remove (self->sessions_list, child);
  for (guint i = 0; i < MIN (self->n_shown, n); i++)
    {
      g_autoptr (VastusSessionEntry) entry = g_list_model_get_item (G_LIST_MODEL (self->journal), n - 1 - i);
      GtkWidget *row = make_session_row (self, entry, now);

      gtk_list_box_append (self->sessions_list, row);
      if (focused_id != NULL && g_strcmp0 (focused_id, vastus_session_entry_get_id (entry)) == 0)
        gtk_widget_grab_focus (row);
    }
  gtk_widget_set_visible (self->more_button, n > self->n_shown);
}

static gboolean
refresh_cb (gpointer data)
{
  VastusProgressPage *self = data;

  self->refresh_id = 0;
  vastus_progress_page_refresh (self);
  return G_SOURCE_REMOVE;
}

/* Several changes at once (a session and its log) redraw once. */
static void
journal_changed_cb (VastusProgressPage *self)
{
  if (self->refresh_id == 0)
    self->refresh_id = g_idle_add (refresh_cb, self);
}

/* The session's page */

static GtkWidget *
value_row (const char *title,
           const char *value)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *label = gtk_label_new (value);

  /* Names and notes come from files and people: never markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_label_set_xalign (GTK_LABEL (label), 1);
  gtk_widget_add_css_class (label, "dim-label");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
  return row;
}

static char *
describe_pain (int value)
{
  return value >= 0 ? g_strdup_printf (_("%d/10"), value) : g_strdup (_("Not answered"));
}

static const char *
describe_end (VastusEndReason reason)
{
  switch (reason)
    {
    case VASTUS_END_COMPLETED:
      return _("Completed");
    case VASTUS_END_PAIN:
      /* Translators: about knee pain, scored 0 (none) to 10 (worst imaginable): keep numbers and meaning exact */
      return _("Stopped because of pain");
    case VASTUS_END_RED_FLAG:
      /* Translators: a warning sign or safety advice: keep its meaning exact (when to stop, whom to see, how soon) */
      return _("Stopped by a warning sign");
    case VASTUS_END_STOPPED:
    case VASTUS_END_NONE:
    default:
      return _("Ended early");
    }
}

static const char *
describe_feel (VastusFeel feel)
{
  switch (feel)
    {
    case VASTUS_FEEL_TOO_EASY:
      return _("too easy");
    case VASTUS_FEEL_ABOUT_RIGHT:
      return _("about right");
    case VASTUS_FEEL_TOO_HARD:
      return _("too hard");
    case VASTUS_FEEL_UNSET:
    default:
      return NULL;
    }
}

/* A log of the newest session, filled in late, still guides next time:
 * the store ran the engine. */
static void
dialog_saved_cb (VastusProgressPage *self,
                 gboolean            written,
                 VastusProgression  *progression,
                 const GError       *error)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  guint changes = 0;

  for (guint i = 0; progression != NULL && i < progression->decisions->len; i++)
    if (((VastusDecision *) g_ptr_array_index (progression->decisions, i))->kind != VASTUS_DECISION_HOLD)
      changes++;

  if (self->dialog != NULL)
    gtk_window_destroy (self->dialog);
  if (!VASTUS_IS_WINDOW (root))
    return;
  if (error != NULL)
    vastus_window_add_toast (VASTUS_WINDOW (root), adw_toast_new (error->message));
  if (progression != NULL && progression->hold.kind != VASTUS_HOLD_NONE)
    /* Translators: a warning sign or safety advice: keep its meaning exact (when to stop, whom to see, how soon) */
    vastus_window_add_toast (VASTUS_WINDOW (root), adw_toast_new (_("Your programme is on hold: Today says why")));
  else if (changes > 0)
    /* Translators: about knee pain, scored 0 (none) to 10 (worst imaginable): keep numbers and meaning exact */
    vastus_window_add_toast (VASTUS_WINDOW (root), adw_toast_new (_("Pain log saved; Today shows what changes")));
  else if (written)
    /* Translators: about knee pain, scored 0 (none) to 10 (worst imaginable): keep numbers and meaning exact */
    vastus_window_add_toast (VASTUS_WINDOW (root), adw_toast_new (_("Pain log saved")));
}

static void
change_log_cb (GtkButton *button,
               GtkWidget *form)
{
  gtk_widget_set_visible (form, TRUE);
  /* The button goes: the focus goes to the form's first question. */
  gtk_widget_child_focus (form, GTK_DIR_TAB_FORWARD);
  gtk_widget_set_visible (GTK_WIDGET (button), FALSE);
}

static void
dialog_destroyed_cb (VastusProgressPage *self)
{
  self->dialog = NULL;
}

/* The exercise's name in the window's language when the catalogue still has
 * it; the journal keeps the name it had when the session was done. */
static const char *
result_name (VastusProgressPage          *self,
             const VastusExerciseResult  *result)
{
  VastusCatalogue *catalogue = self->store != NULL ? vastus_store_get_catalogue (self->store) : NULL;
  VastusExercise *exercise = catalogue != NULL ? vastus_catalogue_lookup (catalogue, result->id) : NULL;

  return exercise != NULL ? vastus_exercise_get_name (exercise) : result->name;
}

static void
show_session (VastusProgressPage *self,
              VastusSessionEntry *entry)
{
  const VastusPainLog *pain = vastus_session_entry_get_pain (entry);
  const VastusMorningCheck *morning = vastus_session_entry_get_morning (entry);
  GtkWidget *window, *toolbar, *header, *title, *scrolled, *clamp, *box, *group, *form;
  GtkEventController *shortcuts;
  g_autofree char *day = format_day (vastus_session_entry_get_start (entry), get_now (self));
  g_autofree char *start = format_date (vastus_session_entry_get_start (entry), "%H:%M");
  g_autofree char *end = format_date (vastus_session_entry_get_end (entry), "%H:%M");
  g_autofree char *times = g_strdup_printf (_("%s to %s"), start, end);
  g_autofree char *minutes = describe_minutes (vastus_session_entry_get_active_time (entry));
  g_autofree char *sets = NULL;
  guint done, skipped, total;

  if (self->dialog != NULL)
    gtk_window_destroy (self->dialog);

  window = adw_window_new ();
  gtk_window_set_modal (GTK_WINDOW (window), TRUE);
  gtk_window_set_transient_for (GTK_WINDOW (window), GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))));
  gtk_window_set_default_size (GTK_WINDOW (window), 520, 680);
  gtk_window_set_title (GTK_WINDOW (window), day);
  self->dialog = GTK_WINDOW (window);
  g_signal_connect_object (window, "destroy", G_CALLBACK (dialog_destroyed_cb), self, G_CONNECT_SWAPPED);
  /* Escape closes it, as every other window over the main one. */
  shortcuts = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Escape, 0),
                                                          gtk_named_action_new ("window.close")));
  gtk_widget_add_controller (window, shortcuts);

  toolbar = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  header = adw_header_bar_new ();
  title = adw_window_title_new (day, vastus_session_entry_get_program_name (entry));
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), title);
  gtk_box_append (GTK_BOX (toolbar), header);

  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scrolled, TRUE);
  clamp = adw_clamp_new ();
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);
  gtk_widget_set_margin_top (box, 24);
  gtk_widget_set_margin_bottom (box, 24);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  adw_clamp_set_child (ADW_CLAMP (clamp), box);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  gtk_box_append (GTK_BOX (toolbar), scrolled);
  adw_window_set_content (ADW_WINDOW (window), toolbar);

  vastus_session_entry_count_sets (entry, &done, &skipped, &total);
  sets = g_strdup_printf (_("%u of %u"), done, total);
  group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Session"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), value_row (_("Time"), times));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), value_row (_("Exercising"), minutes));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), value_row (_("Sets done"), sets));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             value_row (_("Ended"), describe_end (vastus_session_entry_get_end_reason (entry))));
  gtk_box_append (GTK_BOX (box), group);

  group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Exercises"));
  for (guint i = 0; i < vastus_session_entry_get_n_exercises (entry); i++)
    {
      const VastusExerciseResult *result = vastus_session_entry_get_exercise (entry, i);
      const VastusExerciseFeel *feel = vastus_pain_log_get_feel (pain, result->id);
      GString *text = g_string_new (NULL);
      g_autofree char *value = NULL;
      guint d, s, t;

      vastus_exercise_result_count (result, &d, &s, &t);
      g_string_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u of %u set", "%u of %u sets", t), d, t);
      if (feel != NULL && describe_feel (feel->feel) != NULL)
        /* Translators: between the parts of an exercise's result, as in "3 of 3 sets, about right, hurt" */
        g_string_append_printf (text, "%s%s", C_("result", ", "), describe_feel (feel->feel));
      if (feel != NULL && feel->hurt)
        /* Translators: an exercise that hurt during the session, the last part of
         * "3 of 3 sets, about right, hurt" */
        g_string_append_printf (text, "%s%s", C_("result", ", "), _("hurt"));
      value = g_string_free (text, FALSE);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), value_row (result_name (self, result), value));
    }
  gtk_box_append (GTK_BOX (box), group);

  group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Pain"));
  form = vastus_pain_form_new ();
  vastus_pain_form_set_session (VASTUS_PAIN_FORM (form), self->store, entry);
  g_signal_connect_object (form, "saved", G_CALLBACK (dialog_saved_cb), self, G_CONNECT_SWAPPED);
  if (pain != NULL)
    {
      g_autofree char *during = describe_pain (pain->during);
      g_autofree char *after = describe_pain (pain->after);
      g_autofree char *next = describe_pain (morning != NULL ? morning->pain : -1);
      /* Translators: about knee pain, scored 0 (none) to 10 (worst imaginable): keep numbers and meaning exact */
      GtkWidget *change = gtk_button_new_with_mnemonic (_("_Change Pain Log"));

      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), value_row (_("Worst during the session"), during));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), value_row (_("After the session"), after));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), value_row (_("Next morning"), next));
      if (pain->notes[0] != '\0')
        {
          GtkWidget *notes = adw_action_row_new ();

          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (notes), _("Notes"));
          adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (notes), FALSE);
          adw_action_row_set_subtitle (ADW_ACTION_ROW (notes), pain->notes);
          adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (notes), 0);
          gtk_widget_add_css_class (notes, "property");
          adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), notes);
        }
      gtk_box_append (GTK_BOX (box), group);

      gtk_widget_set_halign (change, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (change, "pill");
      g_signal_connect (change, "clicked", G_CALLBACK (change_log_cb), form);
      gtk_box_append (GTK_BOX (box), change);
      gtk_widget_set_visible (form, FALSE);
    }
  else
    {
      adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                             /* Translators: about knee pain, scored 0 (none) to 10 (worst imaginable): keep numbers and meaning exact */
                                             _("No pain was logged for this session. You can log it now."));
      gtk_box_append (GTK_BOX (box), group);
    }
  gtk_box_append (GTK_BOX (box), form);

  gtk_window_present (GTK_WINDOW (window));
}

static void
session_activated_cb (VastusProgressPage *self,
                      GtkListBoxRow      *row)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "progress.open-session", "s",
                              g_object_get_data (G_OBJECT (row), "session-id"));
}

static void
open_session_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  VastusProgressPage *self = VASTUS_PROGRESS_PAGE (widget);
  VastusSessionEntry *entry;

  if (self->journal == NULL)
    return;
  entry = vastus_journal_lookup_session (self->journal, g_variant_get_string (parameter, NULL));
  if (entry != NULL)
    show_session (self, entry);
}

static void
show_more_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  VastusProgressPage *self = VASTUS_PROGRESS_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  gboolean on_button = focus != NULL && (focus == self->more_button || gtk_widget_is_ancestor (focus, self->more_button));
  guint first_new = self->n_shown;
  GtkListBoxRow *row;

  self->n_shown += ROWS_AT_A_TIME;
  vastus_progress_page_refresh (self);
  /* Show More hides once every session is shown: the focus goes to the
   * first session it brought, where reading goes on. */
  row = gtk_list_box_get_row_at_index (self->sessions_list, (int) first_new);
  if (on_button && row != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (row));
}

/* Export */

/**
 * vastus_progress_page_export:
 *
 * Writes every session to @file as CSV, replacing it.
 *
 * Returns: (transfer full) (nullable): what to tell the person, or %NULL
 *   with @error
 */
char *
vastus_progress_page_export (VastusProgressPage  *self,
                             GFile               *file,
                             GError             **error)
{
  g_autofree char *name = NULL;
  guint n;

  g_return_val_if_fail (VASTUS_IS_PROGRESS_PAGE (self), NULL);

  if (!vastus_store_export_sessions (self->store, file, error))
    return NULL;

  n = g_list_model_get_n_items (G_LIST_MODEL (self->journal));
  name = g_file_get_basename (file);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u session exported to %s", "%u sessions exported to %s", n),
                          n, name);
}

static void
chooser_response_cb (VastusProgressPage   *self,
                     int                   response,
                     GtkFileChooserNative *chooser)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autoptr (GFile) file = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *message = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->chooser);
  if (file == NULL)
    return;

  message = vastus_progress_page_export (self, file, &error);
  if (message == NULL)
    message = g_strdup_printf (_("The export could not be saved: %s"), error->message);
  if (VASTUS_IS_WINDOW (root))
    vastus_window_add_toast (VASTUS_WINDOW (root), adw_toast_new (message));
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  VastusProgressPage *self = VASTUS_PROGRESS_PAGE (widget);
  g_autofree char *date = format_date (get_now (self), "%Y-%m-%d");
  g_autofree char *name = g_strdup_printf ("vastus-sessions-%s.csv", date);
  g_autoptr (GtkFileFilter) filter = gtk_file_filter_new ();

  if (self->journal == NULL || self->chooser != NULL)
    return;

  self->chooser = gtk_file_chooser_native_new (_("Export Sessions"),
                                               GTK_WINDOW (gtk_widget_get_root (widget)),
                                               GTK_FILE_CHOOSER_ACTION_SAVE,
                                               _("_Export"), _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  gtk_file_filter_set_name (filter, _("CSV spreadsheet"));
  gtk_file_filter_add_mime_type (filter, "text/csv");
  gtk_file_filter_add_pattern (filter, "*.csv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (chooser_response_cb), self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* The object */

/**
 * vastus_progress_page_set_store:
 *
 * Gives the page what it shows: set once, by the window.
 */
void
vastus_progress_page_set_store (VastusProgressPage *self,
                                VastusStore        *store)
{
  g_return_if_fail (VASTUS_IS_PROGRESS_PAGE (self));
  g_return_if_fail (VASTUS_IS_STORE (store));
  g_return_if_fail (self->store == NULL);

  self->store = g_object_ref (store);
  self->journal = g_object_ref (vastus_store_get_journal (store));
  g_signal_connect_object (self->journal, "changed", G_CALLBACK (journal_changed_cb), self, G_CONNECT_SWAPPED);
  vastus_progress_page_refresh (self);
}

static void
vastus_progress_page_dispose (GObject *object)
{
  VastusProgressPage *self = VASTUS_PROGRESS_PAGE (object);

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  if (self->dialog != NULL)
    gtk_window_destroy (self->dialog);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (self), VASTUS_TYPE_PROGRESS_PAGE);
  if (self->journal != NULL)
    g_signal_handlers_disconnect_by_data (self->journal, self);
  g_clear_object (&self->journal);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (vastus_progress_page_parent_class)->dispose (object);
}

static void
vastus_progress_page_finalize (GObject *object)
{
  VastusProgressPage *self = VASTUS_PROGRESS_PAGE (object);

  g_free (self->range);

  G_OBJECT_CLASS (vastus_progress_page_parent_class)->finalize (object);
}

static void
vastus_progress_page_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  VastusProgressPage *self = VASTUS_PROGRESS_PAGE (object);

  switch (prop_id)
    {
    case PROP_RANGE:
      g_value_set_string (value, self->range);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vastus_progress_page_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  VastusProgressPage *self = VASTUS_PROGRESS_PAGE (object);
  const char *range;

  switch (prop_id)
    {
    case PROP_RANGE:
      range = g_value_get_string (value);
      if (range == NULL || (g_strcmp0 (range, "4-weeks") != 0 && g_strcmp0 (range, "12-weeks") != 0 &&
                            g_strcmp0 (range, "all") != 0))
        range = "4-weeks";
      if (g_strcmp0 (self->range, range) != 0)
        {
          g_free (self->range);
          self->range = g_strdup (range);
          g_object_notify_by_pspec (object, pspec);
          if (self->journal != NULL)
            vastus_progress_page_refresh (self);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vastus_progress_page_class_init (VastusProgressPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vastus_progress_page_dispose;
  object_class->finalize = vastus_progress_page_finalize;
  object_class->get_property = vastus_progress_page_get_property;
  object_class->set_property = vastus_progress_page_set_property;

  properties[PROP_RANGE] =
    g_param_spec_string ("range", NULL, NULL, "4-weeks",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (VASTUS_TYPE_PAIN_CHART);
  g_type_ensure (VASTUS_TYPE_WEEK_GRID);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/vastus/vastus/ui/vastus-progress-page.ui");
  gtk_widget_class_bind_template_child (widget_class, VastusProgressPage, stack);
  gtk_widget_class_bind_template_child (widget_class, VastusProgressPage, chart);
  gtk_widget_class_bind_template_child (widget_class, VastusProgressPage, pain_summary);
  gtk_widget_class_bind_template_child (widget_class, VastusProgressPage, week_summary);
  gtk_widget_class_bind_template_child (widget_class, VastusProgressPage, week_grid);
  gtk_widget_class_bind_template_child (widget_class, VastusProgressPage, sessions_list);
  gtk_widget_class_bind_template_child (widget_class, VastusProgressPage, more_button);
  gtk_widget_class_bind_template_callback (widget_class, session_activated_cb);

  gtk_widget_class_install_property_action (widget_class, "progress.range", "range");
  gtk_widget_class_install_action (widget_class, "progress.open-session", "s", open_session_action);
  gtk_widget_class_install_action (widget_class, "progress.show-more", NULL, show_more_action);
  gtk_widget_class_install_action (widget_class, "progress.export", NULL, export_action);
}

static void
vastus_progress_page_init (VastusProgressPage *self)
{
  self->range = g_strdup ("4-weeks");
  self->n_shown = ROWS_AT_A_TIME;
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
vastus_progress_page_get_chart (VastusProgressPage *self)
{
  g_return_val_if_fail (VASTUS_IS_PROGRESS_PAGE (self), NULL);
  return GTK_WIDGET (self->chart);
}

/**
 * vastus_progress_page_get_text:
 * @part: "pain", "weeks" or "page" (the stack page shown)
 */
const char *
vastus_progress_page_get_text (VastusProgressPage *self,
                               const char         *part)
{
  g_return_val_if_fail (VASTUS_IS_PROGRESS_PAGE (self), NULL);

  if (g_str_equal (part, "pain"))
    return gtk_label_get_label (self->pain_summary);
  if (g_str_equal (part, "weeks"))
    return gtk_label_get_label (self->week_summary);
  if (g_str_equal (part, "page"))
    return gtk_stack_get_visible_child_name (self->stack);
  g_return_val_if_reached (NULL);
}

guint
vastus_progress_page_get_n_rows (VastusProgressPage *self)
{
  guint n = 0;

  g_return_val_if_fail (VASTUS_IS_PROGRESS_PAGE (self), 0);
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->sessions_list));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    n++;
  return n;
}

/* "title\nsubtitle" of a session row, newest first. */
char *
vastus_progress_page_get_row_text (VastusProgressPage *self,
                                   guint               index)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (VASTUS_IS_PROGRESS_PAGE (self), NULL);
  row = gtk_list_box_get_row_at_index (self->sessions_list, (int) index);
  if (row == NULL)
    return NULL;
  return g_strdup_printf ("%s\n%s", adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)),
                          adw_action_row_get_subtitle (ADW_ACTION_ROW (row)));
}

/**
 * vastus_progress_page_get_dialog:
 *
 * Returns: (transfer none) (nullable): the open session's window
 */
GtkWindow *
vastus_progress_page_get_dialog (VastusProgressPage *self)
{
  g_return_val_if_fail (VASTUS_IS_PROGRESS_PAGE (self), NULL);
  return self->dialog;
}
