/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "vastus-knee-guide"

#include "config.h"

#include "vastus-knee-guide.h"

#include <glib/gi18n.h>

#include "vastus-education.h"

/*
 * About Your Knee: what kneecap pain is, why exercise helps, the pain rules,
 * daily life, running and cycling, comfort, and when to see someone, each
 * topic with its sources. Opened with the flare-up plan instead when the
 * coach steps something down.
 */
struct _VastusKneeGuide
{
  AdwWindow parent_instance;
};

G_DEFINE_FINAL_TYPE (VastusKneeGuide, vastus_knee_guide, ADW_TYPE_WINDOW)

static GtkWidget *
new_label (const char *text,
           const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

/* A topic: its title, its paragraphs (a "• " one is a list item) and where
 * it comes from. */
static void
add_topic (GtkBox                     *box,
           const VastusEducationTopic *topic)
{
  GtkWidget *section = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  GtkWidget *title = new_label (_(topic->title), "title-3");
  g_autofree char *sources = NULL;

  gtk_widget_set_name (section, topic->id);
  gtk_box_append (GTK_BOX (section), title);
  for (guint i = 0; topic->paragraphs[i] != NULL; i++)
    {
      GtkWidget *paragraph = new_label (_(topic->paragraphs[i]), NULL);

      if (g_str_has_prefix (topic->paragraphs[i], "• "))
        gtk_widget_set_margin_start (paragraph, 12);
      gtk_box_append (GTK_BOX (section), paragraph);
    }
  if (topic->sources != NULL && topic->sources[0] != '\0')
    {
      /* Translators: the sources of a topic, as in "Sources: Willy et al. 2019 …" */
      sources = g_strdup_printf (_("Sources: %s"), topic->sources);
      gtk_box_append (GTK_BOX (section), new_label (sources, "dim-label"));
      gtk_widget_add_css_class (gtk_widget_get_last_child (section), "caption");
    }
  gtk_box_append (box, section);
}

static void
vastus_knee_guide_class_init (VastusKneeGuideClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
vastus_knee_guide_init (VastusKneeGuide *self)
{
}

/**
 * vastus_knee_guide_new:
 * @flare_up_plan: the flare-up plan first, as when the coach stepped
 *   something down; the whole guide follows it
 */
GtkWidget *
vastus_knee_guide_new (GtkWindow *parent,
                       gboolean   flare_up_plan)
{
  VastusKneeGuide *self = g_object_new (VASTUS_TYPE_KNEE_GUIDE,
                                        "transient-for", parent,
                                        "modal", FALSE,
                                        /* Translators: a warning sign or safety advice: keep its meaning exact (when to stop, whom to see, how soon) */
                                        "title", flare_up_plan ? _("Your Flare-Up Plan") : _("About Your Knee"),
                                        NULL);
  int width = parent != NULL ? gtk_widget_get_width (GTK_WIDGET (parent)) : 0;
  int height = parent != NULL ? gtk_widget_get_height (GTK_WIDGET (parent)) : 0;
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 30);
  const VastusEducationTopic *topics;
  guint n = 0;

  /* As large as it reads well, and no larger than the window it came from,
   * which may be a phone's. */
  gtk_window_set_default_size (GTK_WINDOW (self), width > 0 ? MIN (width, 640) : 640, height > 0 ? MIN (height, 720) : 720);

  gtk_widget_set_margin_top (box, 24);
  gtk_widget_set_margin_bottom (box, 24);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);

  gtk_box_append (GTK_BOX (box),
                  /* Translators: a warning sign or safety advice: keep its meaning exact (when to stop, whom to see, how soon) */
                  new_label (_("Vastus does not replace a physiotherapist or doctor. If something here does not "
                               "fit your knee, ask one."), "dim-label"));

  topics = vastus_education_get_topics (&n);
  if (flare_up_plan)
    add_topic (GTK_BOX (box), vastus_education_get_flare_up_plan ());
  for (guint i = 0; i < n; i++)
    add_topic (GTK_BOX (box), &topics[i]);
  if (!flare_up_plan)
    add_topic (GTK_BOX (box), vastus_education_get_flare_up_plan ());

  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 640);
  adw_clamp_set_child (ADW_CLAMP (clamp), box);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), clamp);
  gtk_widget_set_vexpand (scroller, TRUE);
  gtk_box_append (GTK_BOX (content), adw_header_bar_new ());
  gtk_box_append (GTK_BOX (content), scroller);
  adw_window_set_content (ADW_WINDOW (self), content);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  flare_up_plan ? _("Your Flare-Up Plan") : _("About Your Knee"), -1);
  return GTK_WIDGET (self);
}
