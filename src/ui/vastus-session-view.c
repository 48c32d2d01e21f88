/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "vastus-session-view"

#include "config.h"

#include "vastus-session-view-private.h"

#include <glib/gi18n.h>

#include "vastus-adaptive-layout.h"
#include "vastus-checkpoint.h"
#include "vastus-pain-form.h"
#include "vastus-knee-dialog.h"
#include "vastus-progression.h"
#include "vastus-red-flags-dialog.h"
#include "vastus-red-flags.h"
#include "vastus-clip-lookup.h"
#include "vastus-clip-view.h"
#include "vastus-coach.h"
#include "vastus-decision-row.h"
#include "vastus-ring.h"
#include "vastus-sound-private.h"
#include "vastus-speech-private.h"
#include "vastus-window.h"

/*
 * The guided session, full window: the exercise and its set, a large
 * countdown or rep count in a progress ring, the phase in words, the form
 * cues, what comes next, and the demo clip beside. It shows the session's
 * state and sends it commands; the timer, the cues and the words are the
 * core's. Sounds and screen-reader announcements come at the coach's cues,
 * never every second.
 */
struct _VastusSessionView
{
  AdwBin          parent_instance;

  VastusSession  *session;
  VastusCoach    *coach;
  VastusSound    *sound;
  VastusSpeech   *speech;
  VastusStore    *store;
  GSettings      *settings;
  guint           shown_exercise;
  guint           display_id;     /* the next redraw of the count and ring, on the session's clock */
  VastusClock    *display_clock;
  guint           inhibit_cookie;  /* 0 when the desktop cannot inhibit */
  gboolean        inhibiting;
  gboolean        muted;
  gboolean        spoken_cues;
  gboolean        checkpoint_failed;
  gboolean        resume_after_dialog;
  char           *announcement;
  guint           n_announcements;
  GtkWidget      *end_dialog;

  AdwWindowTitle *window_title;
  GtkStack       *stack;
  GtkWidget      *split;
  VastusClipView *clip_view;
  GtkLabel       *set_label;
  VastusRing     *ring;
  GtkLabel       *count_label;
  GtkLabel       *unit_label;
  GtkLabel       *phase_label;
  GtkWidget      *done_box;
  GtkSpinButton  *reps_spin;
  GtkLabel       *cues_label;
  GtkLabel       *next_label;
  GtkButton      *pause_button;
  GtkLabel       *announcer;
  AdwStatusPage  *summary_page;
  AdwActionRow   *time_row;
  AdwActionRow   *done_row;
  AdwActionRow   *skipped_row;
  AdwActionRow   *missed_row;
  GtkLabel       *time_value;
  GtkLabel       *done_value;
  GtkLabel       *skipped_value;
  GtkLabel       *missed_value;
  GtkWidget      *end_button;
  GtkToggleButton *mute_button;
  GtkToggleButton *speech_button;
  GtkWidget      *pain_box;
  VastusPainForm *pain_form;
  GtkButton      *close_button;
  VastusSessionEntry *entry;       /* the finished session, in the journal */
  AdwStatusPage  *next_page;
  GtkWidget      *flare_button;
  AdwPreferencesGroup *care_group;
  AdwActionRow   *care_row;
  GtkListBox     *next_list;
  char           *next_text;
  GtkWidget      *flags_dialog;
  GtkWidget      *knee_dialog;
  GtkWidget      *knee_button;
  char           *care_heading;   /* set, with care_advice, when a warning sign stopped the session */
  char           *care_advice;
};

G_DEFINE_FINAL_TYPE (VastusSessionView, vastus_session_view, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_MUTED,
  PROP_SPOKEN_CUES,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  CLOSED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The application the window belongs to, for the idle inhibitor. */
static GtkApplication *
get_application (VastusSessionView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? gtk_window_get_application (GTK_WINDOW (root)) : NULL;
}

static void
set_label (GtkLabel   *label,
           const char *text)
{
  if (g_strcmp0 (gtk_label_get_label (label), text) != 0)
    gtk_label_set_label (label, text);
}

/* Tells a screen reader: the status label changes only at the coach's cues. */
static void
announce (VastusSessionView *self,
          const char        *text)
{
  g_free (self->announcement);
  self->announcement = g_strdup (text);
  self->n_announcements++;
  gtk_label_set_label (self->announcer, text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->announcer),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
}

static void
show_clip (VastusSessionView *self,
           VastusExercise    *exercise)
{
  g_autofree char *own = vastus_clip_get_own (self->settings, vastus_exercise_get_id (exercise));
  g_autoptr (GError) error = NULL;
  VastusClipSource source;
  g_autofree char *path = vastus_clip_find (exercise, own, &source, &error);

  switch (source)
    {
    case VASTUS_CLIP_NONE:
      vastus_clip_view_show_message (self->clip_view, _("No Demo Clip"),
                                     _("This exercise has no clip. Its steps are in the Library."));
      break;

    case VASTUS_CLIP_TO_RENDER:
      vastus_clip_view_show_message (self->clip_view, _("No Demo Clip Yet"),
                                     _("The clip is drawn the first time the exercise is opened in the Library."));
      break;

    case VASTUS_CLIP_REFUSED:
      vastus_clip_view_show_message (self->clip_view, _("Clip Unavailable"), error->message);
      break;

    case VASTUS_CLIP_OWN:
    case VASTUS_CLIP_RECORDED:
    case VASTUS_CLIP_RENDERED:
    case VASTUS_CLIP_CACHED:
    default:
      {
        g_autoptr (GFile) file = g_file_new_for_path (path);
        g_autofree char *dark_path = vastus_clip_dark_variant (path);
        g_autoptr (GFile) dark = g_file_new_for_path (dark_path);

        /* A drawn clip has a dark style's variant; a video does not. */
        if (source == VASTUS_CLIP_RENDERED || source == VASTUS_CLIP_CACHED)
          vastus_clip_view_set_drawn (self->clip_view, file, dark);
        else
          vastus_clip_view_set_file (self->clip_view, file);
      }
      break;
    }
}

static char *
capitalise_first (const char *text)
{
  g_autofree char *first = g_utf8_strup (text, g_utf8_next_char (text) - text);

  return g_strconcat (first, g_utf8_next_char (text), NULL);
}

/* The form cues, as a short list. */
static char *
describe_cues (VastusExercise *exercise)
{
  const char * const *cues = vastus_exercise_get_cues (exercise);
  GString *text = g_string_new (NULL);

  for (guint i = 0; cues != NULL && cues[i] != NULL && i < 3; i++)
    {
      if (i > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, cues[i]);
    }
  return g_string_free (text, FALSE);
}

static void update_ticking (VastusSessionView *self);

static void
update_count (VastusSessionView *self)
{
  g_autofree char *unit = NULL;
  g_autofree char *count = NULL;
  g_autofree char *phase = NULL;
  double fraction;

  if (self->session == NULL)
    return;

  count = vastus_coach_describe_count (self->session, &unit, &fraction);
  set_label (self->count_label, count);
  set_label (self->unit_label, unit);
  vastus_ring_set_fraction (self->ring, fraction);

  phase = vastus_session_get_state (self->session) == VASTUS_SESSION_PAUSED
          ? g_strdup (_("Paused")) : vastus_coach_describe_phase (self->session);
  set_label (self->phase_label, phase);

  update_ticking (self);
}

static void
stop_display (VastusSessionView *self)
{
  if (self->display_id != 0)
    vastus_clock_remove_deadline (self->display_clock, self->display_id);
  self->display_id = 0;
  g_clear_object (&self->display_clock);
}

/* How long until what the screen shows next changes: the count at the next
 * whole second of the step (a rep's phases fall on whole seconds too), and
 * the ring when it has swept about 2 pixels further. Not every frame: the
 * session screen costs about what its clip costs. */
static gint64
display_wait (VastusSessionView *self)
{
  const VastusPlanStep *step = vastus_session_get_step (self->session);
  gint64 elapsed = vastus_session_get_elapsed (self->session);
  gint64 remaining = vastus_session_get_remaining (self->session);
  gint64 wait = G_USEC_PER_SEC - elapsed % G_USEC_PER_SEC;

  if (remaining % G_USEC_PER_SEC > 0)
    wait = MIN (wait, remaining % G_USEC_PER_SEC);
  if (step->duration > 0)
    {
      double circumference = G_PI * MAX (gtk_widget_get_width (GTK_WIDGET (self->ring)), 100);

      wait = MIN (wait, MAX ((gint64) (step->duration * 2 / circumference), G_USEC_PER_SEC / 30));
    }
  /* Just past the moment, so that the new value shows. */
  return wait + 1000;
}

static void
display_cb (gpointer user_data)
{
  VastusSessionView *self = user_data;

  self->display_id = 0;
  g_clear_object (&self->display_clock);
  update_count (self);
}

/* Only while the session runs and is on screen: nothing runs while it is
 * paused or hidden. */
static void
update_ticking (VastusSessionView *self)
{
  gboolean want = self->session != NULL && gtk_widget_get_mapped (GTK_WIDGET (self)) &&
                  vastus_session_get_state (self->session) == VASTUS_SESSION_RUNNING;
  VastusClock *clock;

  stop_display (self);
  if (!want)
    return;

  clock = vastus_session_get_clock (self->session);
  self->display_clock = g_object_ref (clock);
  self->display_id = vastus_clock_add_deadline (clock, vastus_clock_now (clock) + display_wait (self),
                                                display_cb, self);
}

/* The screen stays awake while a session runs. */
static void
update_inhibit (VastusSessionView *self)
{
  GtkApplication *app = get_application (self);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  gboolean want = self->session != NULL && app != NULL &&
                  vastus_session_get_state (self->session) == VASTUS_SESSION_RUNNING;

  if (want == self->inhibiting)
    return;

  self->inhibiting = want;
  if (want)
    self->inhibit_cookie = gtk_application_inhibit (app, GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                    GTK_APPLICATION_INHIBIT_IDLE | GTK_APPLICATION_INHIBIT_SUSPEND,
                                                    _("A guided exercise session is running"));
  else if (self->inhibit_cookie != 0)
    {
      if (app != NULL)
        gtk_application_uninhibit (app, self->inhibit_cookie);
      self->inhibit_cookie = 0;
    }
}

/**
 * vastus_session_view_save_checkpoint:
 *
 * Saves where the session is, so that it can be taken up again after a
 * crash, a kill or a closed window.
 */
void
vastus_session_view_save_checkpoint (VastusSessionView *self)
{
  g_autoptr (GError) error = NULL;
  VastusSessionState state;

  g_return_if_fail (VASTUS_IS_SESSION_VIEW (self));

  if (self->session == NULL)
    return;

  state = vastus_session_get_state (self->session);
  if (state != VASTUS_SESSION_RUNNING && state != VASTUS_SESSION_PAUSED)
    return;

  if (!vastus_store_save_session (self->store, self->session, &error))
    {
      GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

      g_message ("%s", error->message);
      /* Said once a session: the session itself goes on. */
      if (!self->checkpoint_failed && VASTUS_IS_WINDOW (root))
        {
          AdwToast *toast = adw_toast_new (_("This session cannot be saved as it goes, so it could not be resumed after a crash"));
          adw_toast_set_timeout (toast, 8);
          vastus_window_add_toast (VASTUS_WINDOW (root), toast);
        }
      self->checkpoint_failed = TRUE;
    }
}

/* The finished session goes into the journal at once, before any question:
 * what was done is kept whether or not pain is logged. A failed write is
 * kept by the journal and retried, and the window says so. */
static void
record_session (VastusSessionView *self)
{
  g_autoptr (GError) error = NULL;

  g_clear_object (&self->entry);
  self->entry = vastus_store_finish_session (self->store, self->session, &error);
}


/* A page shown again, for the next session, starts at its top: its totals,
 * not where the last session's pain form left it. */
static void
scroll_to_top (GtkWidget *page)
{
  GtkWidget *scroller = page;

  while (scroller != NULL && !GTK_IS_SCROLLED_WINDOW (scroller))
    scroller = gtk_widget_get_first_child (scroller);
  if (scroller != NULL)
    gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller)), 0);
}

static void
show_summary (VastusSessionView *self)
{
  guint done, skipped, missed, total;
  g_autofree char *time = NULL;
  g_autofree char *done_text = NULL;
  g_autofree char *skipped_text = NULL;
  g_autofree char *missed_text = NULL;
  gboolean completed = vastus_session_get_end_reason (self->session) == VASTUS_END_COMPLETED;
  int seconds = (int) (vastus_session_get_active_time (self->session) / G_USEC_PER_SEC);

  record_session (self);

  vastus_session_count_sets (self->session, &done, &skipped, &missed);
  total = done + skipped + missed;
  time = vastus_format_seconds (MAX (seconds, 0));
  done_text = g_strdup_printf (_("%u of %u"), done, total);
  skipped_text = g_strdup_printf ("%u", skipped);
  missed_text = g_strdup_printf ("%u", missed);

  if (vastus_session_get_end_reason (self->session) == VASTUS_END_RED_FLAG && self->care_advice != NULL)
    {
      adw_status_page_set_title (self->summary_page, self->care_heading);
      adw_status_page_set_description (self->summary_page, self->care_advice);
      adw_status_page_set_icon_name (self->summary_page, "dialog-warning-symbolic");
    }
  else
    {
      adw_status_page_set_title (self->summary_page, completed ? _("Session Complete") : _("Session Ended"));
      adw_status_page_set_description (self->summary_page,
                                       completed
                                       ? _("Well done. Notice how your knee feels over the rest of the day and tomorrow morning.")
                                       : _("What you did is kept. Stopping is always fine: listen to your knee."));
      adw_status_page_set_icon_name (self->summary_page, completed ? "emblem-ok-symbolic" : "emblem-default-symbolic");
    }
  gtk_label_set_label (self->time_value, time);
  gtk_label_set_label (self->done_value, done_text);
  gtk_label_set_label (self->skipped_value, skipped_text);
  gtk_label_set_label (self->missed_value, missed_text);
  gtk_widget_set_visible (GTK_WIDGET (self->missed_row), missed > 0);

  gtk_widget_set_visible (self->pain_box, self->entry != NULL);
  if (self->entry != NULL)
    vastus_pain_form_set_session (self->pain_form, self->store, self->entry);
  gtk_button_set_label (self->close_button, self->entry != NULL ? _("_Skip for Now") : _("_Back to Today"));
  if (self->entry != NULL)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->close_button), "suggested-action");
      gtk_widget_add_css_class (GTK_WIDGET (self->close_button), "flat");
    }
  else
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->close_button), "suggested-action");
      gtk_widget_remove_css_class (GTK_WIDGET (self->close_button), "flat");
    }

  adw_window_title_set_title (self->window_title, completed ? _("Session Complete") : _("Session Ended"));
  adw_window_title_set_subtitle (self->window_title, "");
  scroll_to_top (GTK_WIDGET (self->summary_page));
  gtk_stack_set_visible_child_name (self->stack, "summary");
  gtk_widget_set_visible (self->end_button, FALSE);
  gtk_widget_set_visible (self->knee_button, FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->mute_button), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->speech_button), FALSE);

  /* The focus was on a button now hidden (End, or the last Done): it goes
   * to the first question of the pain log, or else to the way back. */
  if (self->entry == NULL || !gtk_widget_child_focus (GTK_WIDGET (self->pain_form), GTK_DIR_TAB_FORWARD))
    gtk_widget_grab_focus (GTK_WIDGET (self->close_button));

  if (!completed)
    announce (self, _("Session ended."));
}

static void
update_actions (VastusSessionView *self)
{
  VastusSessionState state = self->session != NULL ? vastus_session_get_state (self->session) : VASTUS_SESSION_READY;
  const VastusPlanStep *step = self->session != NULL ? vastus_session_get_step (self->session) : NULL;
  gboolean active = state == VASTUS_SESSION_RUNNING || state == VASTUS_SESSION_PAUSED;
  gboolean counted = active && step->phase == VASTUS_PHASE_WORK && step->work == VASTUS_WORK_COUNTED;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "session.pause-resume", active);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "session.skip", active);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "session.back", active);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "session.done", counted);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "session.end", active);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "session.red-flags", active);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "session.knee-hurts", active);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "session.close", state == VASTUS_SESSION_FINISHED);
}

static void
state_changed_cb (VastusSessionView *self)
{
  VastusSessionState state = vastus_session_get_state (self->session);
  gboolean paused = state == VASTUS_SESSION_PAUSED;

  gtk_button_set_icon_name (self->pause_button, paused ? "media-playback-start-symbolic"
                                                       : "media-playback-pause-symbolic");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->pause_button), paused ? _("Resume (Space)") : _("Pause (Space)"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->pause_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, paused ? _("Resume") : _("Pause"), -1);

  update_actions (self);
  update_ticking (self);
  update_inhibit (self);
  update_count (self);

  /* The clip rests with the session. */
  if (vastus_clip_view_get_stream (self->clip_view) != NULL)
    {
      if (paused)
        gtk_media_stream_pause (vastus_clip_view_get_stream (self->clip_view));
      else if (state == VASTUS_SESSION_RUNNING)
        gtk_media_stream_play (vastus_clip_view_get_stream (self->clip_view));
    }

  if (state == VASTUS_SESSION_FINISHED)
    show_summary (self);
  else
    vastus_session_view_save_checkpoint (self);
}

static void
step_changed_cb (VastusSessionView *self)
{
  VastusPlan *plan = vastus_session_get_plan (self->session);
  guint index = vastus_session_get_step_index (self->session);
  const VastusPlanStep *step = vastus_session_get_step (self->session);
  g_autofree char *set = vastus_coach_describe_set (plan, index);
  g_autofree char *next = vastus_coach_describe_next (plan, index);
  g_autofree char *subtitle = NULL;
  gboolean counted = step->phase == VASTUS_PHASE_WORK && step->work == VASTUS_WORK_COUNTED;
  VastusExercise *exercise;

  if (step->phase == VASTUS_PHASE_DONE)
    {
      update_actions (self);
      return;
    }

  exercise = vastus_plan_get_exercise (plan, step->exercise);
  if (step->exercise != self->shown_exercise)
    {
      g_autofree char *cues = describe_cues (exercise);

      self->shown_exercise = step->exercise;
      show_clip (self, exercise);
      set_label (self->cues_label, cues);
      gtk_widget_set_visible (GTK_WIDGET (self->cues_label), *cues != '\0');
    }

  adw_window_title_set_title (self->window_title, vastus_exercise_get_name (exercise));
  /* Translators: as in "Exercise 2 of 6" */
  subtitle = g_strdup_printf (_("Exercise %u of %u"), step->exercise + 1, vastus_plan_get_n_exercises (plan));
  adw_window_title_set_subtitle (self->window_title, subtitle);
  set_label (self->set_label, set);
  {
    /* "30 s" stays on one line. */
    g_autofree char *next_shown = vastus_keep_units_with_numbers (next);

    set_label (self->next_label, next_shown);
  }
  gtk_widget_set_visible (GTK_WIDGET (self->next_label), *next != '\0');

  gtk_widget_set_visible (self->done_box, counted);
  if (counted)
    gtk_spin_button_set_value (self->reps_spin, step->reps);

  update_actions (self);
  update_count (self);
  vastus_session_view_save_checkpoint (self);
}

static VastusSoundCue
sound_for_step (const VastusPlanStep *step)
{
  switch (step->phase)
    {
    case VASTUS_PHASE_WORK: return VASTUS_SOUND_WORK;
    case VASTUS_PHASE_SWITCH_SIDES: return VASTUS_SOUND_SWITCH;
    case VASTUS_PHASE_REST_SET:
    case VASTUS_PHASE_REST_EXERCISE: return VASTUS_SOUND_REST;
    case VASTUS_PHASE_DONE: return VASTUS_SOUND_FINISH;
    case VASTUS_PHASE_PREPARE:
    default: return VASTUS_SOUND_HALFWAY;
    }
}

static void
cue_cb (VastusSessionView *self,
        guint              kind,
        guint              count)
{
  g_autofree char *words = vastus_coach_announce (self->session, kind, count);
  g_autofree char *said = NULL;
  VastusSessionState state = vastus_session_get_state (self->session);
  const VastusPlanStep *step = vastus_session_get_step (self->session);

  /* Sounds only while the timer runs: a skip made during a pause is quiet. */
  if (state == VASTUS_SESSION_RUNNING || (state == VASTUS_SESSION_FINISHED && step->phase == VASTUS_PHASE_DONE))
    switch (kind)
      {
      case VASTUS_CUE_PHASE:
        /* The very start needs no sound: the person just pressed Start. */
        if (!(step->phase == VASTUS_PHASE_PREPARE && count == 0))
          vastus_sound_play (self->sound, sound_for_step (step));
        break;
      case VASTUS_CUE_COUNTDOWN:
        vastus_sound_play (self->sound, VASTUS_SOUND_COUNTDOWN);
        break;
      case VASTUS_CUE_HALFWAY:
        vastus_sound_play (self->sound, VASTUS_SOUND_HALFWAY);
        break;
      case VASTUS_CUE_TEMPO:
        vastus_sound_play (self->sound, VASTUS_SOUND_TEMPO);
        break;
      case VASTUS_CUE_TEN_SECONDS:
      default:
        break;
      }

  /* Spoken at the same moments, the very start included: the first
   * exercise and its dose. Muted, the view's speech is muted too. */
  if (state == VASTUS_SESSION_RUNNING || (state == VASTUS_SESSION_FINISHED && step->phase == VASTUS_PHASE_DONE))
    said = vastus_coach_speak (self->session, kind, count);
  if (said != NULL)
    vastus_speech_say (self->speech, said);

  if (words != NULL)
    announce (self, words);
}

/* GStreamer and the synthesiser start with the first session, not with the
 * window. */
static void
ensure_audio (VastusSessionView *self)
{
  const char *sink = g_getenv ("VASTUS_AUDIO_SINK");

  if (self->sound == NULL)
    {
      self->sound = sink != NULL ? vastus_sound_new_with_sink (sink) : vastus_sound_new ();
      vastus_sound_set_muted (self->sound, self->muted);
    }
  if (self->speech == NULL)
    {
      self->speech = vastus_speech_new_with_sink (vastus_coach_get_voice (), sink != NULL ? sink : "autoaudiosink");
      vastus_speech_set_muted (self->speech, self->muted || !self->spoken_cues);
    }
}

static void
disconnect_session (VastusSessionView *self)
{
  if (self->coach != NULL)
    g_signal_handlers_disconnect_by_data (self->coach, self);
  g_clear_object (&self->coach);
  if (self->session != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->session, self);
      /* A session left behind is stopped, and its clock let go of. */
      if (vastus_session_get_state (self->session) != VASTUS_SESSION_FINISHED)
        vastus_session_pause (self->session);
    }
  stop_display (self);
  g_clear_object (&self->session);
  g_clear_object (&self->entry);
}

/**
 * vastus_session_view_run:
 * @session: a session, started or not: a resumed one is already under way
 *
 * Shows @session and drives it, starting it if it is not yet.
 */
void
vastus_session_view_run (VastusSessionView *self,
                         VastusSession     *session)
{
  g_return_if_fail (VASTUS_IS_SESSION_VIEW (self));
  g_return_if_fail (VASTUS_IS_SESSION (session));

  disconnect_session (self);

  ensure_audio (self);

  self->session = g_object_ref (session);
  self->coach = vastus_coach_new (session);
  self->shown_exercise = G_MAXUINT;
  self->checkpoint_failed = FALSE;
  self->n_announcements = 0;
  g_clear_pointer (&self->care_heading, g_free);
  g_clear_pointer (&self->care_advice, g_free);

  g_signal_connect_swapped (session, "notify::step", G_CALLBACK (step_changed_cb), self);
  g_signal_connect_swapped (session, "notify::state", G_CALLBACK (state_changed_cb), self);
  g_signal_connect_swapped (self->coach, "cue", G_CALLBACK (cue_cb), self);

  gtk_stack_set_visible_child_name (self->stack, "coach");
  gtk_widget_set_visible (self->end_button, TRUE);
  gtk_widget_set_visible (self->knee_button, TRUE);
  gtk_widget_set_visible (GTK_WIDGET (self->mute_button), TRUE);
  gtk_widget_set_visible (GTK_WIDGET (self->speech_button), TRUE);

  if (vastus_session_get_state (session) == VASTUS_SESSION_READY)
    vastus_session_start (session);
  else
    {
      step_changed_cb (self);
      state_changed_cb (self);
    }

  gtk_widget_grab_focus (GTK_WIDGET (self->pause_button));
}

static void
pause_resume_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  VastusSessionView *self = VASTUS_SESSION_VIEW (widget);

  if (vastus_session_get_state (self->session) == VASTUS_SESSION_PAUSED)
    vastus_session_resume (self->session);
  else
    vastus_session_pause (self->session);
}

static void
skip_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  vastus_session_skip (VASTUS_SESSION_VIEW (widget)->session);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  vastus_session_back (VASTUS_SESSION_VIEW (widget)->session);
}

static void
done_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  VastusSessionView *self = VASTUS_SESSION_VIEW (widget);

  gtk_spin_button_update (self->reps_spin);
  vastus_session_done (self->session, gtk_spin_button_get_value_as_int (self->reps_spin));
}

static void
end_response_cb (AdwMessageDialog  *dialog,
                 const char        *response,
                 VastusSessionView *self)
{
  self->end_dialog = NULL;

  if (self->session == NULL)
    return;

  /* Why it ended is asked, not guessed: pain counts against the exercise
   * under way (rule 12); anything else is recorded and not held against it. */
  if (g_strcmp0 (response, "pain") == 0)
    {
      vastus_session_report_knee (self->session, VASTUS_KNEE_ENDED);
      vastus_session_stop (self->session, VASTUS_END_PAIN);
    }
  else if (g_strcmp0 (response, "other") == 0)
    vastus_session_stop (self->session, VASTUS_END_STOPPED);
  else if (self->resume_after_dialog)
    vastus_session_resume (self->session);
}

/* Ending asks first; the timer waits while the person decides. */
static void
flags_stop_cb (VastusRedFlagsDialog *dialog,
               GStrv                 yes,
               VastusSessionView    *self)
{
  self->flags_dialog = NULL;
  if (self->session == NULL)
    return;

  g_clear_pointer (&self->care_heading, g_free);
  g_clear_pointer (&self->care_advice, g_free);
  self->care_heading = vastus_red_flags_heading ((const char * const *) yes);
  self->care_advice = vastus_red_flags_advice ((const char * const *) yes);
  vastus_session_stop (self->session, VASTUS_END_RED_FLAG);

  /* Written down with the advice, after the session's own record; the
   * whole programme goes on hold. */
  {
    g_autoptr (GError) error = NULL;
    GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

    if (!vastus_store_answer_warning_signs (self->store, (const char * const *) yes, "session",
                                            self->entry != NULL ? vastus_session_entry_get_id (self->entry) : NULL,
                                            &error) && VASTUS_IS_WINDOW (root))
      vastus_window_add_toast (VASTUS_WINDOW (root), adw_toast_new (error->message));
  }
}

static void
flags_go_on_cb (VastusRedFlagsDialog *dialog,
                VastusSessionView    *self)
{
  self->flags_dialog = NULL;
  if (self->session != NULL && self->resume_after_dialog)
    vastus_session_resume (self->session);
}

/* "Something feels wrong": the warning signs, the timer paused meanwhile. */
static void
red_flags_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  VastusSessionView *self = VASTUS_SESSION_VIEW (widget);
  GtkRoot *root = gtk_widget_get_root (widget);

  if (self->flags_dialog != NULL || self->session == NULL)
    return;

  self->resume_after_dialog = vastus_session_get_state (self->session) == VASTUS_SESSION_RUNNING;
  vastus_session_pause (self->session);

  self->flags_dialog = vastus_red_flags_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL);
  g_signal_connect (self->flags_dialog, "stop", G_CALLBACK (flags_stop_cb), self);
  g_signal_connect (self->flags_dialog, "go-on", G_CALLBACK (flags_go_on_cb), self);
  gtk_window_present (GTK_WINDOW (self->flags_dialog));
}

/* "My Knee Hurts": easier for today, skip it, end because of pain, or the
 * warning signs. */

/* One step down from today's dose of the exercise under way. */
static gboolean
easier_dose (VastusSessionView *self,
             VastusDose        *dose,
             char             **what)
{
  VastusPlan *plan = vastus_session_get_plan (self->session);
  guint exercise = vastus_session_get_exercise_under_way (self->session);

  if (exercise == G_MAXUINT || !vastus_session_can_skip_exercise (self->session))
    return FALSE;
  *dose = *vastus_plan_get_dose (plan, exercise);
  return vastus_progression_step_down (vastus_plan_get_exercise (plan, exercise), dose, what);
}

static void
knee_chosen_cb (VastusKneeDialog  *dialog,
                const char        *choice,
                VastusSessionView *self)
{
  self->knee_dialog = NULL;
  if (self->session == NULL || vastus_session_get_state (self->session) == VASTUS_SESSION_FINISHED)
    return;

  if (g_str_equal (choice, "easier"))
    {
      VastusDose dose;
      g_autofree char *what = NULL;

      if (easier_dose (self, &dose, &what) && vastus_session_ease (self->session, &dose))
        {
          g_autofree char *said = g_strdup_printf (_("Easier for today: %s."), what);

          announce (self, said);
        }
    }
  else if (g_str_equal (choice, "skip"))
    {
      vastus_session_report_knee (self->session, VASTUS_KNEE_SKIPPED);
      vastus_session_skip_exercise (self->session);
    }
  else if (g_str_equal (choice, "end"))
    {
      vastus_session_report_knee (self->session, VASTUS_KNEE_ENDED);
      vastus_session_stop (self->session, VASTUS_END_PAIN);
      return;
    }
  else if (g_str_equal (choice, "something-else"))
    {
      gboolean resume = self->resume_after_dialog;

      vastus_session_report_knee (self->session, VASTUS_KNEE_WARNING_SIGNS);
      gtk_widget_activate_action (GTK_WIDGET (self), "session.red-flags", NULL);
      /* The warning-sign questions take over the pause. */
      self->resume_after_dialog = resume;
      return;
    }

  if (self->resume_after_dialog)
    vastus_session_resume (self->session);
}

static void
knee_keep_going_cb (VastusKneeDialog  *dialog,
                    VastusSessionView *self)
{
  self->knee_dialog = NULL;
  if (self->session != NULL && self->resume_after_dialog)
    vastus_session_resume (self->session);
}

static void
knee_hurts_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  VastusSessionView *self = VASTUS_SESSION_VIEW (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  VastusPlan *plan;
  guint exercise;
  VastusDose dose;
  g_autofree char *what = NULL;
  g_autofree char *easier = NULL;

  if (self->knee_dialog != NULL || self->flags_dialog != NULL || self->session == NULL)
    return;

  self->resume_after_dialog = vastus_session_get_state (self->session) == VASTUS_SESSION_RUNNING;
  vastus_session_pause (self->session);

  plan = vastus_session_get_plan (self->session);
  exercise = vastus_session_get_exercise_under_way (self->session);
  if (easier_dose (self, &dose, &what))
    easier = capitalise_first (what);

  self->knee_dialog = vastus_knee_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                              exercise != G_MAXUINT
                                              ? vastus_exercise_get_name (vastus_plan_get_exercise (plan, exercise))
                                              : "",
                                              easier, vastus_session_can_skip_exercise (self->session));
  g_signal_connect (self->knee_dialog, "chosen", G_CALLBACK (knee_chosen_cb), self);
  g_signal_connect (self->knee_dialog, "keep-going", G_CALLBACK (knee_keep_going_cb), self);
  gtk_window_present (GTK_WINDOW (self->knee_dialog));
}

/**
 * vastus_session_view_get_knee_dialog:
 *
 * Returns: (transfer none) (nullable): the "My Knee Hurts" dialog, while open
 */
GtkWidget *
vastus_session_view_get_knee_dialog (VastusSessionView *self)
{
  g_return_val_if_fail (VASTUS_IS_SESSION_VIEW (self), NULL);
  return self->knee_dialog;
}

/**
 * vastus_session_view_get_red_flags_dialog:
 *
 * Returns: (transfer none) (nullable): the open warning-signs dialog
 */
GtkWidget *
vastus_session_view_get_red_flags_dialog (VastusSessionView *self)
{
  g_return_val_if_fail (VASTUS_IS_SESSION_VIEW (self), NULL);
  return self->flags_dialog;
}

static void
end_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  VastusSessionView *self = VASTUS_SESSION_VIEW (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *dialog;

  if (self->end_dialog != NULL)
    return;

  self->resume_after_dialog = vastus_session_get_state (self->session) == VASTUS_SESSION_RUNNING;
  vastus_session_pause (self->session);

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   _("Why Are You Ending the Session?"),
                                   /* Translators: a warning sign or safety advice: keep its meaning exact (when to stop, whom to see, how soon) */
                                   _("What you have done so far is kept. If you stop because of pain, the exercise "
                                     "you are doing will be a step easier next time; stopping for anything else "
                                     "changes nothing. If something feels wrong, such as swelling, locking or a "
                                     "painful calf, use My Knee Hurts instead."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Keep Going"),
                                    "other", _("_Something Else"),
                                    /* Translators: about knee pain, scored 0 (none) to 10 (worst imaginable): keep numbers and meaning exact */
                                    "pain", _("Because of _Pain"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "pain", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (end_response_cb), self);
  self->end_dialog = dialog;
  gtk_window_present (GTK_WINDOW (dialog));
}

/* What the log changed: each decision with its reason. */
static void
show_next_time (VastusSessionView *self,
                VastusProgression *progression)
{
  VastusCatalogue *catalogue = vastus_store_get_catalogue (self->store);
  GtkWidget *child;
  guint changes = 0;
  gboolean stepped_down = FALSE;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->next_list))) != NULL)
    gtk_list_box_remove (self->next_list, child);

  {
    g_autoptr (GArray) items = g_array_new (FALSE, FALSE, sizeof (VastusDecisionItem));
    g_autoptr (GPtrArray) rows = NULL;

    for (guint i = 0; i < progression->decisions->len; i++)
      {
        const VastusDecision *decision = g_ptr_array_index (progression->decisions, i);
        VastusDecisionItem item = { decision->exercise, decision->kind, decision->reason };

        g_array_append_val (items, item);
        if (decision->kind != VASTUS_DECISION_HOLD)
          changes++;
        if (decision->kind == VASTUS_DECISION_REGRESS || decision->kind == VASTUS_DECISION_LADDER_DOWN)
          stepped_down = TRUE;
      }
    rows = vastus_decision_rows_new (catalogue, (VastusDecisionItem *) (gpointer) items->data, items->len);
    for (guint k = 0; k < rows->len; k++)
      gtk_list_box_append (self->next_list, g_ptr_array_index (rows, k));
  }

  /* On hold, one card says it all: what happened, and what to do today. */
  if (progression->hold.kind != VASTUS_HOLD_NONE)
    {
      /* Translators: a warning sign or safety advice: keep its meaning exact (when to stop, whom to see, how soon) */
      g_autofree char *description = g_strdup_printf (_("%s Your programme is on hold until your knee has been "
                                                        "checked."), progression->hold.reason);

      gtk_widget_set_visible (GTK_WIDGET (self->next_list), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->care_group), TRUE);
      adw_status_page_set_icon_name (self->next_page, "dialog-warning-symbolic");
      adw_status_page_set_title (self->next_page, progression->hold.heading);
      adw_status_page_set_description (self->next_page, description);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->care_row), _("What to Do Today"));
      adw_action_row_set_subtitle (self->care_row, progression->hold.advice);
    }
  else
    {
      gtk_widget_set_visible (GTK_WIDGET (self->next_list), progression->decisions->len > 0);
      gtk_widget_set_visible (GTK_WIDGET (self->care_group), FALSE);
      adw_status_page_set_icon_name (self->next_page, "vastus-chart-symbolic");
      adw_status_page_set_title (self->next_page, _("Next Time"));
      adw_status_page_set_description (self->next_page,
                                       progression->decisions->len == 0
                                       ? _("Your programme stays as it is.")
                                       : changes == 0
                                       ? _("Your programme stays as it is. Here is why, exercise by exercise.")
                                       : _("Your programme changes for next time. Here is why, exercise by exercise."));
    }
  /* A step down is when a flare-up plan helps; not when the programme is
   * on hold, where the advice is to get the knee checked. */
  gtk_widget_set_visible (self->flare_button, stepped_down && progression->hold.kind == VASTUS_HOLD_NONE);
  adw_window_title_set_title (self->window_title, _("Next Time"));
  scroll_to_top (GTK_WIDGET (self->next_page));
  gtk_stack_set_visible_child_name (self->stack, "next");
}

/* The store wrote the log down and ran the engine: what it decided is shown. */
static void
pain_saved_cb (VastusSessionView *self,
               gboolean           written,
               VastusProgression *progression,
               const GError      *error)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (written && VASTUS_IS_WINDOW (root))
    vastus_window_add_toast (VASTUS_WINDOW (root), adw_toast_new (_("Pain log saved")));

  if (error != NULL && VASTUS_IS_WINDOW (root))
    vastus_window_add_toast (VASTUS_WINDOW (root), adw_toast_new (error->message));

  if (progression != NULL && (progression->decisions->len > 0 || progression->hold.kind != VASTUS_HOLD_NONE))
    {
      show_next_time (self, progression);
      return;
    }
  g_signal_emit (self, signals[CLOSED], 0);
}

static void
close_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  VastusSessionView *self = VASTUS_SESSION_VIEW (widget);

  g_signal_emit (self, signals[CLOSED], 0);
}

static void
set_muted (VastusSessionView *self,
           gboolean           muted)
{
  muted = !!muted;
  if (self->muted == muted)
    return;

  self->muted = muted;
  if (self->sound != NULL)
    vastus_sound_set_muted (self->sound, muted);
  if (self->speech != NULL)
    vastus_speech_set_muted (self->speech, muted || !self->spoken_cues);
  /* Muted, nothing is said either: the words' button waits. */
  gtk_widget_set_sensitive (GTK_WIDGET (self->speech_button), !muted);
  gtk_button_set_icon_name (GTK_BUTTON (self->mute_button),
                            muted ? "audio-volume-muted-symbolic" : "audio-volume-high-symbolic");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->mute_button),
                               muted ? _("Turn Sound Cues On (M)") : _("Mute Sound Cues (M)"));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MUTED]);
}

static void
set_spoken_cues (VastusSessionView *self,
                 gboolean           spoken_cues)
{
  spoken_cues = !!spoken_cues;
  if (self->spoken_cues == spoken_cues)
    return;

  self->spoken_cues = spoken_cues;
  if (self->speech != NULL)
    vastus_speech_set_muted (self->speech, self->muted || !spoken_cues);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->speech_button),
                               spoken_cues ? _("Turn Spoken Cues Off (V)") : _("Turn Spoken Cues On (V)"));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SPOKEN_CUES]);
}

static void
vastus_session_view_map (GtkWidget *widget)
{
  VastusSessionView *self = VASTUS_SESSION_VIEW (widget);

  GTK_WIDGET_CLASS (vastus_session_view_parent_class)->map (widget);

  update_ticking (self);
}

static void
vastus_session_view_unmap (GtkWidget *widget)
{
  VastusSessionView *self = VASTUS_SESSION_VIEW (widget);

  GTK_WIDGET_CLASS (vastus_session_view_parent_class)->unmap (widget);
  update_ticking (self);
}

static void
close_dialog (VastusSessionView  *self,
              GtkWidget         **dialog)
{
  if (*dialog == NULL)
    return;
  g_signal_handlers_disconnect_by_data (*dialog, self);
  gtk_window_destroy (GTK_WINDOW (*dialog));
  *dialog = NULL;
}

static void
vastus_session_view_dispose (GObject *object)
{
  VastusSessionView *self = VASTUS_SESSION_VIEW (object);

  if (self->inhibit_cookie != 0)
    {
      GtkApplication *app = get_application (self);

      if (app != NULL)
        gtk_application_uninhibit (app, self->inhibit_cookie);
      self->inhibit_cookie = 0;
    }
  self->inhibiting = FALSE;
  /* A dialog still open must not call back into a view that is gone. */
  close_dialog (self, &self->knee_dialog);
  close_dialog (self, &self->flags_dialog);
  close_dialog (self, &self->end_dialog);
  disconnect_session (self);
  g_clear_object (&self->sound);
  /* Words still being made are not said once the view has gone. */
  if (self->speech != NULL)
    vastus_speech_stop (self->speech);
  g_clear_object (&self->speech);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->next_text, g_free);
  g_clear_pointer (&self->care_heading, g_free);
  g_clear_pointer (&self->care_advice, g_free);
  g_clear_pointer (&self->announcement, g_free);

  gtk_widget_dispose_template (GTK_WIDGET (self), VASTUS_TYPE_SESSION_VIEW);

  G_OBJECT_CLASS (vastus_session_view_parent_class)->dispose (object);
}

static void
vastus_session_view_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  VastusSessionView *self = VASTUS_SESSION_VIEW (object);

  switch (prop_id)
    {
    case PROP_MUTED:
      g_value_set_boolean (value, self->muted);
      break;
    case PROP_SPOKEN_CUES:
      g_value_set_boolean (value, self->spoken_cues);
      break;
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vastus_session_view_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  VastusSessionView *self = VASTUS_SESSION_VIEW (object);

  switch (prop_id)
    {
    case PROP_MUTED:
      set_muted (self, g_value_get_boolean (value));
      break;
    case PROP_SPOKEN_CUES:
      set_spoken_cues (self, g_value_get_boolean (value));
      break;
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vastus_session_view_class_init (VastusSessionViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vastus_session_view_dispose;
  object_class->get_property = vastus_session_view_get_property;
  object_class->set_property = vastus_session_view_set_property;
  widget_class->map = vastus_session_view_map;
  widget_class->unmap = vastus_session_view_unmap;

  properties[PROP_MUTED] = g_param_spec_boolean ("muted", NULL, NULL, FALSE,
                                                 G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                                                 G_PARAM_STATIC_STRINGS);
  /**
   * VastusSessionView:spoken-cues:
   *
   * Whether the coach says what comes next aloud, as long as it is not muted.
   */
  properties[PROP_SPOKEN_CUES] = g_param_spec_boolean ("spoken-cues", NULL, NULL, TRUE,
                                                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                                                       G_PARAM_STATIC_STRINGS);
  /**
   * VastusSessionView:store:
   *
   * Where the session is saved as it goes, and written down when it ends.
   */
  properties[PROP_STORE] = g_param_spec_object ("store", NULL, NULL, VASTUS_TYPE_STORE,
                                                G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                                                G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * VastusSessionView::closed:
   *
   * The person has read the summary and goes back.
   */
  signals[CLOSED] = g_signal_new ("closed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                  NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (VASTUS_TYPE_ADAPTIVE_BOX);
  g_type_ensure (VASTUS_TYPE_CLIP_VIEW);
  g_type_ensure (VASTUS_TYPE_RING);
  g_type_ensure (VASTUS_TYPE_PAIN_FORM);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/vastus/vastus/ui/vastus-session-view.ui");
  gtk_widget_class_bind_template_child (widget_class, VastusSessionView, window_title);
  gtk_widget_class_bind_template_child (widget_class, VastusSessionView, stack);
  gtk_widget_class_bind_template_child (widget_class, VastusSessionView, split);
  gtk_widget_class_bind_template_child (widget_class, VastusSessionView, clip_view);
  gtk_widget_class_bind_template_child (widget_class, VastusSessionView, set_label);
  gtk_widget_class_bind_template_child (widget_class, VastusSessionView, ring);
  gtk_widget_class_bind_template_child (widget_class, VastusSessionView, count_label);
  gtk_widget_class_bind_template_child (widget_class, VastusSessionView, unit_label);
  gtk_widget_class_bind_template_child (widget_class, VastusSessionView, phase_label);
  gtk_widget_class_bind_template_child (widget_class, VastusSessionView, done_box);
  gtk_widget_class_bind_template_child (widget_class, VastusSessionView, reps_spin);
  gtk_widget_class_bind_template_child (widget_class, VastusSessionView, cues_label);
  gtk_widget_class_bind_template_child (widget_class, VastusSessionView, next_label);
  gtk_widget_class_bind_template_child (widget_class, VastusSessionView, pause_button);
  gtk_widget_class_bind_template_child (widget_class, VastusSessionView, announcer);
  gtk_widget_class_bind_template_child (widget_class, VastusSessionView, summary_page);
  gtk_widget_class_bind_template_child (widget_class, VastusSessionView, flare_button);
  gtk_widget_class_bind_template_child (widget_class, VastusSessionView, pain_box);
  gtk_widget_class_bind_template_child (widget_class, VastusSessionView, knee_button);
  gtk_widget_class_bind_template_child (widget_class, VastusSessionView, next_page);
  gtk_widget_class_bind_template_child (widget_class, VastusSessionView, care_group);
  gtk_widget_class_bind_template_child (widget_class, VastusSessionView, care_row);
  gtk_widget_class_bind_template_child (widget_class, VastusSessionView, next_list);
  gtk_widget_class_bind_template_child (widget_class, VastusSessionView, pain_form);
  gtk_widget_class_bind_template_child (widget_class, VastusSessionView, close_button);
  gtk_widget_class_bind_template_callback (widget_class, pain_saved_cb);
  gtk_widget_class_bind_template_child (widget_class, VastusSessionView, time_row);
  gtk_widget_class_bind_template_child (widget_class, VastusSessionView, done_row);
  gtk_widget_class_bind_template_child (widget_class, VastusSessionView, skipped_row);
  gtk_widget_class_bind_template_child (widget_class, VastusSessionView, missed_row);
  gtk_widget_class_bind_template_child (widget_class, VastusSessionView, mute_button);
  gtk_widget_class_bind_template_child (widget_class, VastusSessionView, speech_button);
  gtk_widget_class_bind_template_child (widget_class, VastusSessionView, end_button);
  gtk_widget_class_bind_template_child (widget_class, VastusSessionView, time_value);
  gtk_widget_class_bind_template_child (widget_class, VastusSessionView, done_value);
  gtk_widget_class_bind_template_child (widget_class, VastusSessionView, skipped_value);
  gtk_widget_class_bind_template_child (widget_class, VastusSessionView, missed_value);

  gtk_widget_class_install_action (widget_class, "session.pause-resume", NULL, pause_resume_action);
  gtk_widget_class_install_action (widget_class, "session.skip", NULL, skip_action);
  gtk_widget_class_install_action (widget_class, "session.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "session.done", NULL, done_action);
  gtk_widget_class_install_action (widget_class, "session.end", NULL, end_action);
  gtk_widget_class_install_action (widget_class, "session.red-flags", NULL, red_flags_action);
  gtk_widget_class_install_action (widget_class, "session.knee-hurts", NULL, knee_hurts_action);
  gtk_widget_class_install_action (widget_class, "session.close", NULL, close_action);
  gtk_widget_class_install_property_action (widget_class, "session.mute", "muted");
  gtk_widget_class_install_property_action (widget_class, "session.speech", "spoken-cues");

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, 0, "session.skip", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, 0, "session.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "session.end", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_m, 0, "session.mute", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_v, 0, "session.speech", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_h, 0, "session.knee-hurts", NULL);
}

static gboolean
focus_within (GtkWidget *focus,
              GtkWidget *widget)
{
  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

/* Space and Enter on the coach page are the session's shortcuts, pause and
 * done, even with the focus on Back, Pause or Skip: after a click on Skip,
 * Space pauses rather than skipping again. Buttons that mean something else
 * (My Knee Hurts, End, Mute) and the reps field keep their keys. */
static gboolean
coach_shortcut_cb (GtkWidget *widget,
                   GVariant  *args,
                   gpointer   user_data)
{
  VastusSessionView *self = VASTUS_SESSION_VIEW (widget);
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (widget));

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "coach") != 0 ||
      focus_within (focus, self->knee_button) || focus_within (focus, self->end_button) ||
      focus_within (focus, GTK_WIDGET (self->mute_button)) || focus_within (focus, GTK_WIDGET (self->speech_button)) ||
      focus_within (focus, GTK_WIDGET (self->reps_spin)))
    return FALSE;
  gtk_widget_activate_action (widget, user_data, NULL);
  return TRUE;
}

static void
add_coach_shortcut (GtkShortcutController *controller,
                    guint                  key,
                    const char            *action)
{
  gtk_shortcut_controller_add_shortcut (controller,
                                        gtk_shortcut_new (gtk_keyval_trigger_new (key, 0),
                                                          gtk_callback_action_new (coach_shortcut_cb,
                                                                                   (gpointer) action, NULL)));
}

static void
vastus_session_view_init (VastusSessionView *self)
{
  GtkEventController *shortcuts;

  gtk_widget_init_template (GTK_WIDGET (self));

  shortcuts = gtk_shortcut_controller_new ();
  gtk_event_controller_set_name (shortcuts, "coach-shortcuts");
  gtk_event_controller_set_propagation_phase (shortcuts, GTK_PHASE_CAPTURE);
  add_coach_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), GDK_KEY_space, "session.pause-resume");
  add_coach_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), GDK_KEY_Return, "session.done");
  add_coach_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), GDK_KEY_KP_Enter, "session.done");
  gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);

  self->settings = g_settings_new (APPLICATION_ID);
  /* Muted is the setting's other side, both ways. */
  g_settings_bind (self->settings, "sound-cues", self, "muted",
                   G_SETTINGS_BIND_DEFAULT | G_SETTINGS_BIND_INVERT_BOOLEAN);
  self->spoken_cues = TRUE;
  g_settings_bind (self->settings, "spoken-cues", self, "spoken-cues", G_SETTINGS_BIND_DEFAULT);
  self->shown_exercise = G_MAXUINT;
  gtk_widget_set_size_request (GTK_WIDGET (self->clip_view), -1, 0);
  update_actions (self);
}

/**
 * vastus_session_view_get_session:
 *
 * Returns: (transfer none) (nullable): the session shown
 */
VastusSession *
vastus_session_view_get_session (VastusSessionView *self)
{
  g_return_val_if_fail (VASTUS_IS_SESSION_VIEW (self), NULL);
  return self->session;
}

/**
 * vastus_session_view_get_speech:
 *
 * Returns: (transfer none) (nullable): the voice, once a session has run
 */
VastusSpeech *
vastus_session_view_get_speech (VastusSessionView *self)
{
  g_return_val_if_fail (VASTUS_IS_SESSION_VIEW (self), NULL);
  return self->speech;
}

/**
 * vastus_session_view_set_recorder:
 * @recorder: (nullable): where the tones and words go instead of the audio
 *   output, from now on, the next session's first words included
 */
void
vastus_session_view_set_recorder (VastusSessionView *self,
                                  VastusRecorder    *recorder)
{
  g_return_if_fail (VASTUS_IS_SESSION_VIEW (self));

  ensure_audio (self);
  vastus_sound_set_recorder (self->sound, recorder);
  vastus_speech_set_recorder (self->speech, recorder);
}

/**
 * vastus_session_view_get_sound:
 *
 * Returns: (transfer none): what plays the cues
 */
VastusSound *
vastus_session_view_get_sound (VastusSessionView *self)
{
  g_return_val_if_fail (VASTUS_IS_SESSION_VIEW (self), NULL);
  return self->sound;
}

const char *
vastus_session_view_get_announcement (VastusSessionView *self)
{
  g_return_val_if_fail (VASTUS_IS_SESSION_VIEW (self), NULL);
  return self->announcement;
}

guint
vastus_session_view_get_n_announcements (VastusSessionView *self)
{
  g_return_val_if_fail (VASTUS_IS_SESSION_VIEW (self), 0);
  return self->n_announcements;
}

/**
 * vastus_session_view_get_text:
 * @part: "title", "set", "count", "unit", "phase", "next", "cues",
 *   "summary", "time", "done", "skipped"
 *
 * Returns: (nullable): the text shown in that part of the screen
 */
const char *
vastus_session_view_get_text (VastusSessionView *self,
                              const char        *part)
{
  g_return_val_if_fail (VASTUS_IS_SESSION_VIEW (self), NULL);

  if (g_str_equal (part, "title"))
    return adw_window_title_get_title (self->window_title);
  if (g_str_equal (part, "set"))
    return gtk_label_get_label (self->set_label);
  if (g_str_equal (part, "count"))
    return gtk_label_get_label (self->count_label);
  if (g_str_equal (part, "unit"))
    return gtk_label_get_label (self->unit_label);
  if (g_str_equal (part, "phase"))
    return gtk_label_get_label (self->phase_label);
  if (g_str_equal (part, "next"))
    return gtk_label_get_label (self->next_label);
  if (g_str_equal (part, "cues"))
    return gtk_label_get_label (self->cues_label);
  if (g_str_equal (part, "summary"))
    return adw_status_page_get_title (self->summary_page);
  if (g_str_equal (part, "time"))
    return gtk_label_get_label (self->time_value);
  if (g_str_equal (part, "done"))
    return gtk_label_get_label (self->done_value);
  if (g_str_equal (part, "skipped"))
    return gtk_label_get_label (self->skipped_value);
  if (g_str_equal (part, "page"))
    return gtk_stack_get_visible_child_name (self->stack);
  if (g_str_equal (part, "next-time"))
    {
      GString *text = g_string_new (NULL);

      for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->next_list)); row != NULL;
           row = gtk_widget_get_next_sibling (row))
        g_string_append_printf (text, "%s: %s\n", adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)),
                                adw_action_row_get_subtitle (ADW_ACTION_ROW (row)));
      g_free (self->next_text);
      self->next_text = g_string_free (text, FALSE);
      return self->next_text;
    }
  return NULL;
}

/**
 * vastus_session_view_get_redrawing:
 *
 * Returns: whether the count and ring have a redraw to come: only while
 *   the session runs on screen
 */
gboolean
vastus_session_view_get_redrawing (VastusSessionView *self)
{
  g_return_val_if_fail (VASTUS_IS_SESSION_VIEW (self), FALSE);
  return self->display_id != 0;
}

/**
 * vastus_session_view_get_inhibited:
 *
 * Returns: whether the view asks the desktop to keep the screen awake; a
 *   desktop without a session manager may not be able to
 */
gboolean
vastus_session_view_get_inhibited (VastusSessionView *self)
{
  g_return_val_if_fail (VASTUS_IS_SESSION_VIEW (self), FALSE);
  return self->inhibiting;
}

/**
 * vastus_session_view_get_end_dialog:
 *
 * Returns: (transfer none) (nullable): the "End This Session?" dialog, while shown
 */
/**
 * vastus_session_view_get_pain_form:
 *
 * Returns: (transfer none): the summary's pain log form
 */
GtkWidget *
vastus_session_view_get_pain_form (VastusSessionView *self)
{
  g_return_val_if_fail (VASTUS_IS_SESSION_VIEW (self), NULL);
  return GTK_WIDGET (self->pain_form);
}

/**
 * vastus_session_view_get_entry:
 *
 * Returns: (transfer none) (nullable): the finished session as the journal
 *   keeps it
 */
VastusSessionEntry *
vastus_session_view_get_entry (VastusSessionView *self)
{
  g_return_val_if_fail (VASTUS_IS_SESSION_VIEW (self), NULL);
  return self->entry;
}

GtkWidget *
vastus_session_view_get_end_dialog (VastusSessionView *self)
{
  g_return_val_if_fail (VASTUS_IS_SESSION_VIEW (self), NULL);
  return self->end_dialog;
}

/**
 * vastus_session_view_get_part:
 * @part: "ring", "count", "phase", "next", "knee" or "flare"
 *
 * Returns: (transfer none): that widget of the coach page, for the tests
 *   of its layout
 */
GtkWidget *
vastus_session_view_get_part (VastusSessionView *self,
                              const char        *part)
{
  g_return_val_if_fail (VASTUS_IS_SESSION_VIEW (self), NULL);

  if (g_str_equal (part, "ring"))
    return GTK_WIDGET (self->ring);
  if (g_str_equal (part, "count"))
    return GTK_WIDGET (self->count_label);
  if (g_str_equal (part, "phase"))
    return GTK_WIDGET (self->phase_label);
  if (g_str_equal (part, "next"))
    return GTK_WIDGET (self->next_label);
  if (g_str_equal (part, "knee"))
    return self->knee_button;
  if (g_str_equal (part, "flare"))
    return self->flare_button;
  if (g_str_equal (part, "speech-button"))
    return GTK_WIDGET (self->speech_button);
  g_return_val_if_reached (NULL);
}
