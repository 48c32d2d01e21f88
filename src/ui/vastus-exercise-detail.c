/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "vastus-exercise-detail"

#include "config.h"

#include "vastus-exercise-detail-private.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "vastus-clip-lookup.h"
#include "vastus-clip-render.h"
#include "vastus-clip-view.h"

/* Everything about one exercise: what it is for, the dose, how to do it, what
 * to watch for, and its easier and harder variants. */
struct _VastusExerciseDetail
{
  AdwBin           parent_instance;

  VastusExercise  *exercise;
  VastusStore     *store;
  VastusCatalogue *catalogue;
  GSettings       *settings;
  GCancellable    *render_cancellable;
  GtkFileChooserNative *chooser;

  GtkStack        *stack;
  GtkScrolledWindow *scroller;
  GtkButton       *add_button;
  GtkLabel        *name_label;
  GtkLabel        *details_label;
  GtkLabel        *side_label;
  GtkLabel        *summary_label;
  VastusClipView  *clip_view;
  GtkWidget       *legend;
  GtkDrawingArea  *legend_swatch;
  GtkLabel        *legend_label;
  GtkWidget       *own_video_button;
  GtkWidget       *reset_video_button;
  AdwActionRow    *dose_row;
  AdwActionRow    *range_row;
  GtkListBox      *steps_list;
  GtkListBox      *cues_list;
  GtkWidget       *cautions_group;
  GtkListBox      *cautions_list;
  AdwActionRow    *muscles_row;
  AdwActionRow    *equipment_row;
  GtkWidget       *variants_group;
  AdwActionRow    *missing_row;
  AdwActionRow    *alternative_row;
  AdwActionRow    *easier_row;
  AdwActionRow    *harder_row;
};

G_DEFINE_FINAL_TYPE (VastusExerciseDetail, vastus_exercise_detail, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_EXERCISE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

/* Rows interpret their titles as markup; exercise texts are plain text. */
static void
set_row_text (AdwPreferencesRow *row,
              const char        *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);
  adw_preferences_row_set_title (row, escaped);
}

static GtkWidget *
new_text_row (const char *text,
              GtkWidget  *prefix)
{
  GtkWidget *row = adw_action_row_new ();

  set_row_text (ADW_PREFERENCES_ROW (row), text);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  if (prefix != NULL)
    adw_action_row_add_prefix (ADW_ACTION_ROW (row), prefix);

  return row;
}

static void
fill_list (GtkListBox          *list,
           const char * const  *items,
           gboolean             numbered,
           const char          *icon_name)
{
  clear_list (list);

  for (guint i = 0; items[i] != NULL; i++)
    {
      GtkWidget *prefix = NULL;

      if (numbered)
        {
          g_autofree char *number = g_strdup_printf ("%u", i + 1);

          prefix = gtk_label_new (number);
          gtk_widget_add_css_class (prefix, "step-number");
          gtk_widget_set_valign (prefix, GTK_ALIGN_CENTER);
          /* The list itself tells a screen reader the position. */
          gtk_accessible_update_state (GTK_ACCESSIBLE (prefix),
                                       GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
        }
      else if (icon_name != NULL)
        {
          prefix = gtk_image_new_from_icon_name (icon_name);
          gtk_widget_set_valign (prefix, GTK_ALIGN_CENTER);
        }

      gtk_list_box_append (list, new_text_row (items[i], prefix));
    }
}

static void
update_variant_row (VastusExerciseDetail *self,
                    AdwActionRow         *row,
                    const char           *id,
                    const char           *title)
{
  VastusExercise *variant = NULL;

  if (id != NULL && self->catalogue != NULL)
    variant = vastus_catalogue_lookup (self->catalogue, id);

  gtk_widget_set_visible (GTK_WIDGET (row), variant != NULL);
  if (variant == NULL)
    return;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (row, vastus_exercise_get_name (variant));
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", id);
}

/* The video the person chose for the shown exercise, if any. */
static char *
get_own_video (VastusExerciseDetail *self)
{
  if (self->exercise == NULL)
    return NULL;
  return vastus_clip_get_own (self->settings, vastus_exercise_get_id (self->exercise));
}

static void
set_own_video (VastusExerciseDetail *self,
               const char           *path)
{
  if (self->exercise != NULL)
    vastus_clip_set_own (self->settings, vastus_exercise_get_id (self->exercise), path);
}

static void update_clip (VastusExerciseDetail *self);

static void
render_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr (VastusExerciseDetail) self = user_data;
  g_autoptr (GError) error = NULL;
  gboolean current = g_task_get_cancellable (G_TASK (result)) == self->render_cancellable;
  gboolean rendered = vastus_clip_save_finish (result, &error);

  /* A render for an exercise no longer shown has nothing left to do. */
  if (!current)
    return;

  if (!rendered)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        vastus_clip_view_show_message (self->clip_view, _("Clip Unavailable"), error->message);
      return;
    }

  g_clear_object (&self->render_cancellable);
  update_clip (self);
}

/* The person's own exercise: its clip drawn in the background into the
 * clip cache, shown when ready. */
static void
start_render (VastusExerciseDetail *self,
              const char           *path)
{
  self->render_cancellable = g_cancellable_new ();
  vastus_clip_save_async (vastus_exercise_get_pose (self->exercise),
                          vastus_clip_muscles_from_names ((const char * const *) vastus_exercise_get_muscles (self->exercise)),
                          path, self->render_cancellable,
                          render_done_cb, g_object_ref (self));
}

static void
update_clip (VastusExerciseDetail *self)
{
  g_autofree char *own = get_own_video (self);
  g_autofree char *path = NULL;
  g_autoptr (GError) error = NULL;
  VastusClipSource source;

  g_cancellable_cancel (self->render_cancellable);
  g_clear_object (&self->render_cancellable);
  gtk_widget_set_visible (self->reset_video_button, own != NULL);

  if (self->exercise == NULL)
    return;

  path = vastus_clip_find (self->exercise, own, &source, &error);
  /* Drawn clips highlight the exercise's muscles; a video does not. */
  {
    g_autofree char *muscles = vastus_exercise_describe_muscles (self->exercise);
    g_autofree char *legend = NULL;
    gboolean drawn = source == VASTUS_CLIP_TO_RENDER || source == VASTUS_CLIP_RENDERED ||
                     source == VASTUS_CLIP_CACHED;

    /* Translators: under the demo clip, beside a swatch of the colour the
     * muscles are drawn in: "Highlighted: Quadriceps, Buttocks (gluteals)" */
    legend = g_strdup_printf (_("Highlighted: %s"), muscles);
    gtk_label_set_label (self->legend_label, legend);
    gtk_widget_set_visible (self->legend, drawn && muscles[0] != '\0');
  }
  switch (source)
    {
    case VASTUS_CLIP_NONE:
      vastus_clip_view_show_message (self->clip_view, _("No Demo Clip"),
                                     _("This exercise has no recorded clip and no pose keyframes to draw one from. "
                                       "You can use a video of your own."));
      break;

    case VASTUS_CLIP_TO_RENDER:
      /* The person's own exercise: drawn in the background, shown when ready. */
      vastus_clip_view_show_message (self->clip_view, _("Drawing the Demo Clip…"),
                                     _("This takes a few seconds, once."));
      start_render (self, path);
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

static void
chooser_response_cb (VastusExerciseDetail *self,
                     int                   response,
                     GtkFileChooserNative *chooser)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr (GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = g_file_get_path (file);

      if (path != NULL)
        {
          set_own_video (self, path);
          update_clip (self);
        }
    }

  g_clear_object (&self->chooser);
}

static void
choose_video_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  VastusExerciseDetail *self = VASTUS_EXERCISE_DETAIL (widget);
  g_autoptr (GtkFileFilter) filter = gtk_file_filter_new ();
  GtkRoot *root = gtk_widget_get_root (widget);

  if (self->exercise == NULL)
    return;

  gtk_file_filter_set_name (filter, _("Videos"));
  gtk_file_filter_add_mime_type (filter, "video/*");

  g_clear_object (&self->chooser);
  self->chooser = gtk_file_chooser_native_new (_("Choose a Video for This Exercise"),
                                               GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                               GTK_FILE_CHOOSER_ACTION_OPEN,
                                               _("_Use This Video"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  g_signal_connect_swapped (self->chooser, "response", G_CALLBACK (chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
reset_video_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  VastusExerciseDetail *self = VASTUS_EXERCISE_DETAIL (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  set_own_video (self, NULL);
  update_clip (self);
  /* The button goes with the own video: the focus goes to the one that
   * chooses another, beside it, not to the top of the window. */
  if (focus != NULL && (focus == self->reset_video_button || gtk_widget_is_ancestor (focus, self->reset_video_button)))
    gtk_widget_grab_focus (self->own_video_button);
}

static void
update (VastusExerciseDetail *self)
{
  VastusExercise *exercise = self->exercise;
  g_autofree char *details = NULL;
  g_autofree char *dose = NULL;
  g_autofree char *dose_shown = NULL;
  g_autofree char *range = NULL;
  g_autofree char *muscles = NULL;
  g_autofree char *equipment = NULL;
  const char * const *cautions;

  if (exercise == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  gtk_stack_set_visible_child_name (self->stack, "exercise");

  details = vastus_exercise_describe_kind (exercise);
  gtk_label_set_label (self->name_label, vastus_exercise_get_name (exercise));
  gtk_label_set_label (self->details_label, details);
  gtk_label_set_label (self->side_label, vastus_side_label (vastus_exercise_get_side (exercise)));
  gtk_label_set_label (self->summary_label, vastus_exercise_get_summary (exercise));
  update_clip (self);

  dose = vastus_exercise_describe_dose (exercise);
  dose_shown = vastus_keep_units_with_numbers (dose);
  set_row_text (ADW_PREFERENCES_ROW (self->dose_row), dose_shown);
  range = vastus_dose_describe_bounds (vastus_exercise_get_dose (exercise));
  gtk_widget_set_visible (GTK_WIDGET (self->range_row), range != NULL);
  if (range != NULL)
    set_row_text (ADW_PREFERENCES_ROW (self->range_row), range);

  fill_list (self->steps_list, vastus_exercise_get_steps (exercise), TRUE, NULL);
  fill_list (self->cues_list, vastus_exercise_get_cues (exercise), FALSE, "object-select-symbolic");
  cautions = vastus_exercise_get_cautions (exercise);
  fill_list (self->cautions_list, cautions, FALSE, "dialog-warning-symbolic");
  gtk_widget_set_visible (self->cautions_group, cautions[0] != NULL);

  muscles = vastus_exercise_describe_muscles (exercise);
  equipment = vastus_exercise_describe_equipment (exercise);
  adw_action_row_set_subtitle (self->muscles_row, muscles);
  adw_action_row_set_subtitle (self->equipment_row, equipment);

  update_variant_row (self, self->easier_row, vastus_exercise_get_easier (exercise),
                      _("Easier variant"));
  update_variant_row (self, self->harder_row, vastus_exercise_get_harder (exercise),
                      _("Harder variant"));
  gtk_widget_set_visible (self->variants_group,
                          gtk_widget_get_visible (GTK_WIDGET (self->easier_row)) ||
                          gtk_widget_get_visible (GTK_WIDGET (self->harder_row)));

  /* A new exercise starts at its top. Followed from its variant row at the
   * bottom, the focus would stay there and the page scroll back down to
   * it: the page itself takes the focus, named for the exercise. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  vastus_exercise_get_name (exercise), -1);
  if (gtk_widget_get_root (GTK_WIDGET (self)) != NULL)
    {
      GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (GTK_WIDGET (self)));

      if (focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self)))
        gtk_widget_grab_focus (GTK_WIDGET (self));
    }
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
}

static void
vastus_exercise_detail_dispose (GObject *object)
{
  VastusExerciseDetail *self = VASTUS_EXERCISE_DETAIL (object);

  g_cancellable_cancel (self->render_cancellable);
  g_clear_object (&self->render_cancellable);
  g_clear_object (&self->chooser);
  g_clear_object (&self->exercise);
  g_clear_object (&self->catalogue);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (vastus_exercise_detail_parent_class)->dispose (object);
}

static void
vastus_exercise_detail_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  VastusExerciseDetail *self = VASTUS_EXERCISE_DETAIL (object);

  switch (prop_id)
    {
    case PROP_EXERCISE:
      g_value_set_object (value, self->exercise);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vastus_exercise_detail_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  VastusExerciseDetail *self = VASTUS_EXERCISE_DETAIL (object);

  switch (prop_id)
    {
    case PROP_EXERCISE:
      vastus_exercise_detail_set_exercise (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vastus_exercise_detail_class_init (VastusExerciseDetailClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vastus_exercise_detail_dispose;
  object_class->get_property = vastus_exercise_detail_get_property;
  object_class->set_property = vastus_exercise_detail_set_property;

  properties[PROP_EXERCISE] =
    g_param_spec_object ("exercise", NULL, NULL, VASTUS_TYPE_EXERCISE,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (VASTUS_TYPE_CLIP_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/vastus/vastus/ui/vastus-exercise-detail.ui");
  gtk_widget_class_bind_template_child (widget_class, VastusExerciseDetail, stack);
  gtk_widget_class_bind_template_child (widget_class, VastusExerciseDetail, scroller);
  gtk_widget_class_bind_template_child (widget_class, VastusExerciseDetail, name_label);
  gtk_widget_class_bind_template_child (widget_class, VastusExerciseDetail, details_label);
  gtk_widget_class_bind_template_child (widget_class, VastusExerciseDetail, side_label);
  gtk_widget_class_bind_template_child (widget_class, VastusExerciseDetail, summary_label);
  gtk_widget_class_bind_template_child (widget_class, VastusExerciseDetail, clip_view);
  gtk_widget_class_bind_template_child (widget_class, VastusExerciseDetail, legend);
  gtk_widget_class_bind_template_child (widget_class, VastusExerciseDetail, legend_swatch);
  gtk_widget_class_bind_template_child (widget_class, VastusExerciseDetail, legend_label);
  gtk_widget_class_bind_template_child (widget_class, VastusExerciseDetail, own_video_button);
  gtk_widget_class_bind_template_child (widget_class, VastusExerciseDetail, reset_video_button);

  gtk_widget_class_bind_template_child (widget_class, VastusExerciseDetail, add_button);
  gtk_widget_class_install_action (widget_class, "detail.choose-video", NULL, choose_video_action);
  gtk_widget_class_install_action (widget_class, "detail.reset-video", NULL, reset_video_action);
  gtk_widget_class_bind_template_child (widget_class, VastusExerciseDetail, dose_row);
  gtk_widget_class_bind_template_child (widget_class, VastusExerciseDetail, range_row);
  gtk_widget_class_bind_template_child (widget_class, VastusExerciseDetail, steps_list);
  gtk_widget_class_bind_template_child (widget_class, VastusExerciseDetail, cues_list);
  gtk_widget_class_bind_template_child (widget_class, VastusExerciseDetail, cautions_group);
  gtk_widget_class_bind_template_child (widget_class, VastusExerciseDetail, cautions_list);
  gtk_widget_class_bind_template_child (widget_class, VastusExerciseDetail, muscles_row);
  gtk_widget_class_bind_template_child (widget_class, VastusExerciseDetail, equipment_row);
  gtk_widget_class_bind_template_child (widget_class, VastusExerciseDetail, variants_group);
  gtk_widget_class_bind_template_child (widget_class, VastusExerciseDetail, missing_row);
  gtk_widget_class_bind_template_child (widget_class, VastusExerciseDetail, alternative_row);
  gtk_widget_class_bind_template_child (widget_class, VastusExerciseDetail, easier_row);
  gtk_widget_class_bind_template_child (widget_class, VastusExerciseDetail, harder_row);
}

/* The legend's swatch: the very colour the clip draws the muscles in, in
 * the palette of the style in use, as the clip itself. */
static void
draw_swatch (GtkDrawingArea *area,
             cairo_t        *cr,
             int             width,
             int             height,
             gpointer        user_data)
{
  double red, green, blue, radius = 3;

  vastus_clip_muscle_colour (adw_style_manager_get_dark (adw_style_manager_get_default ()), &red, &green, &blue);
  cairo_new_sub_path (cr);
  cairo_arc (cr, width - radius, radius, radius, -G_PI / 2, 0);
  cairo_arc (cr, width - radius, height - radius, radius, 0, G_PI / 2);
  cairo_arc (cr, radius, height - radius, radius, G_PI / 2, G_PI);
  cairo_arc (cr, radius, radius, radius, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
  cairo_set_source_rgb (cr, red, green, blue);
  cairo_fill (cr);
}

static void
vastus_exercise_detail_init (VastusExerciseDetail *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_drawing_area_set_draw_func (self->legend_swatch, draw_swatch, NULL, NULL);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark", G_CALLBACK (gtk_widget_queue_draw),
                           self->legend_swatch, G_CONNECT_SWAPPED);
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  self->settings = g_settings_new (APPLICATION_ID);
  update (self);
}

VastusExercise *
vastus_exercise_detail_get_exercise (VastusExerciseDetail *self)
{
  g_return_val_if_fail (VASTUS_IS_EXERCISE_DETAIL (self), NULL);
  return self->exercise;
}

void
vastus_exercise_detail_set_exercise (VastusExerciseDetail *self,
                                     VastusExercise       *exercise)
{
  g_return_if_fail (VASTUS_IS_EXERCISE_DETAIL (self));

  if (g_set_object (&self->exercise, exercise))
    {
      update (self);
      vastus_exercise_detail_update_program_state (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXERCISE]);
    }
}

/* The catalogue is where the easier and harder variants are looked up. */
void
vastus_exercise_detail_set_store (VastusExerciseDetail *self,
                                  VastusStore          *store)
{
  g_return_if_fail (VASTUS_IS_EXERCISE_DETAIL (self));
  g_return_if_fail (VASTUS_IS_STORE (store));

  g_set_object (&self->store, store);
  if (g_set_object (&self->catalogue, vastus_store_get_catalogue (store)))
    update (self);
}

/**
 * vastus_exercise_detail_get_variant_row:
 * @harder: which of the two
 *
 * Returns: (transfer none): the row that leads to the easier or harder variant
 */
GtkWidget *
vastus_exercise_detail_get_variant_row (VastusExerciseDetail *self,
                                        gboolean              harder)
{
  g_return_val_if_fail (VASTUS_IS_EXERCISE_DETAIL (self), NULL);
  return GTK_WIDGET (harder ? self->harder_row : self->easier_row);
}

/**
 * vastus_exercise_detail_get_clip_view:
 *
 * Returns: (transfer none): the demo clip's view
 */
VastusClipView *
vastus_exercise_detail_get_clip_view (VastusExerciseDetail *self)
{
  g_return_val_if_fail (VASTUS_IS_EXERCISE_DETAIL (self), NULL);
  return self->clip_view;
}

/**
 * vastus_exercise_detail_get_legend:
 * @swatch: (out) (optional): the swatch of the highlight colour
 *
 * Returns: (nullable): what the legend under the clip says, while it is shown
 */
const char *
vastus_exercise_detail_get_legend (VastusExerciseDetail  *self,
                                   GtkWidget            **swatch)
{
  g_return_val_if_fail (VASTUS_IS_EXERCISE_DETAIL (self), NULL);

  if (swatch != NULL)
    *swatch = GTK_WIDGET (self->legend_swatch);
  return gtk_widget_get_visible (self->legend) ? gtk_label_get_label (self->legend_label) : NULL;
}

/* What the exercise needs that the person said they do not have, and the
 * exercise for home done in its place. */
static void
update_equipment_state (VastusExerciseDetail *self,
                        VastusProgram        *program)
{
  g_auto (GStrv) missing = program != NULL ? vastus_program_missing_equipment (program, self->exercise) : NULL;
  const char *alternative_id = vastus_exercise_get_home_alternative (self->exercise);
  VastusExercise *alternative = NULL;
  g_autofree char *what = NULL;
  g_autofree char *sentence = NULL;

  gtk_widget_set_visible (GTK_WIDGET (self->missing_row), missing != NULL);
  if (missing != NULL)
    {
      what = vastus_equipment_describe_missing ((const char * const *) missing);
      /* Translators: what the exercise needs, as in "Needs a leg-press machine, which you said you do not have" */
      sentence = g_strdup_printf (_("Needs %s, which you said you do not have"), what);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->missing_row), sentence);
    }

  if (missing != NULL && alternative_id != NULL && self->catalogue != NULL)
    alternative = vastus_catalogue_lookup (self->catalogue, alternative_id);
  gtk_widget_set_visible (GTK_WIDGET (self->alternative_row), alternative != NULL);
  if (alternative != NULL)
    {
      adw_action_row_set_subtitle (self->alternative_row, vastus_exercise_get_name (alternative));
      gtk_actionable_set_action_target (GTK_ACTIONABLE (self->alternative_row), "s", alternative_id);
    }
}

/**
 * vastus_exercise_detail_update_program_state:
 *
 * Shows whether the exercise is in the person's programme: Add to My
 * Programme, or In Your Programme.
 */
void
vastus_exercise_detail_update_program_state (VastusExerciseDetail *self)
{
  VastusProgram *program = self->store != NULL ? vastus_store_get_program (self->store) : NULL;
  gboolean in_program;

  g_return_if_fail (VASTUS_IS_EXERCISE_DETAIL (self));

  if (self->exercise == NULL)
    return;
  in_program = program != NULL && vastus_program_find (program, vastus_exercise_get_id (self->exercise)) >= 0;
  /* Action and target together: the action takes the exercise's id. */
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->add_button), "s", vastus_exercise_get_id (self->exercise));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->add_button), "win.add-to-program");
  gtk_button_set_label (self->add_button, in_program ? _("In Your Programme") : _("_Add to My Programme"));
  gtk_widget_set_sensitive (GTK_WIDGET (self->add_button), !in_program && program != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->add_button), program != NULL);
  update_equipment_state (self, program);
}

/**
 * vastus_exercise_detail_get_scrolled:
 *
 * Returns: how far down the page is scrolled, in pixels
 */
double
vastus_exercise_detail_get_scrolled (VastusExerciseDetail *self)
{
  g_return_val_if_fail (VASTUS_IS_EXERCISE_DETAIL (self), 0);
  return gtk_adjustment_get_value (gtk_scrolled_window_get_vadjustment (self->scroller));
}

/* The row that says which equipment the person lacks for the exercise. */
GtkWidget *
vastus_exercise_detail_get_missing_row (VastusExerciseDetail *self)
{
  g_return_val_if_fail (VASTUS_IS_EXERCISE_DETAIL (self), NULL);
  return GTK_WIDGET (self->missing_row);
}

/* The row that leads to the exercise done at home in its place. */
GtkWidget *
vastus_exercise_detail_get_alternative_row (VastusExerciseDetail *self)
{
  g_return_val_if_fail (VASTUS_IS_EXERCISE_DETAIL (self), NULL);
  return GTK_WIDGET (self->alternative_row);
}
