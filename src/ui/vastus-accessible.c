/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "vastus-accessible"

#include "config.h"

#include "vastus-accessible.h"

/*
 * GTK 4.8 names a button that has a label both by its label property,
 * mnemonic underscore and all, and by the label inside it: a screen reader
 * says "_Save Log Save Log". The label inside is the clean one, so every such
 * button drops the label property when it is shown and whenever its label
 * changes. Only buttons with a mnemonic are doubled so; any other button
 * keeps its name, which may be a label of its own set with
 * gtk_accessible_update_property() ("Tuesday" for a toggle showing "Tu").
 */

static void
button_label_cb (GtkButton *button)
{
  if (gtk_button_get_label (button) != NULL && gtk_button_get_use_underline (button))
    gtk_accessible_reset_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL);
}

static gboolean
map_hook (GSignalInvocationHint *hint,
          guint                  n_values,
          const GValue          *values,
          gpointer               data)
{
  GObject *object = g_value_get_object (&values[0]);

  if (GTK_IS_BUTTON (object) && gtk_button_get_label (GTK_BUTTON (object)) != NULL &&
      gtk_button_get_use_underline (GTK_BUTTON (object)) &&
      g_object_get_data (object, "vastus-named-once") == NULL)
    {
      g_object_set_data (object, "vastus-named-once", GINT_TO_POINTER (TRUE));
      /* After GTK's own handler, which sets the label property again. */
      g_signal_connect_after (object, "notify::label", G_CALLBACK (button_label_cb), NULL);
      button_label_cb (GTK_BUTTON (object));
    }
  return TRUE;
}

/**
 * vastus_accessible_init:
 *
 * Names every labelled button once for screen readers, from now on.
 */
void
vastus_accessible_init (void)
{
  static gsize done;

  if (g_once_init_enter (&done))
    {
      /* The signal exists once the class does. */
      g_type_class_unref (g_type_class_ref (GTK_TYPE_BUTTON));
      g_signal_add_emission_hook (g_signal_lookup ("map", GTK_TYPE_WIDGET), 0, map_hook, NULL, NULL);
      g_once_init_leave (&done, TRUE);
    }
}

/**
 * vastus_set_new_tooltip:
 * @widget: a widget not in a window yet
 * @text: its tooltip, which is also its accessible description
 *
 * Sets a tooltip as gtk_widget_set_tooltip_text() does, without asking the
 * display where the pointer is. GTK 4.8 asks for every tooltip set on a
 * shown widget, to update a tooltip that might be showing: on X11 that is
 * three round trips to the server, with the server grabbed, and Today's
 * rows and the pain scales set about twenty such tooltips before the first
 * frame. A widget outside a window has no tooltip showing, and a hidden
 * widget is not asked about.
 */
void
vastus_set_new_tooltip (GtkWidget  *widget,
                        const char *text)
{
  gboolean visible;

  g_return_if_fail (GTK_IS_WIDGET (widget));

  visible = gtk_widget_get_visible (widget);
  if (visible && gtk_widget_get_root (widget) == NULL)
    gtk_widget_set_visible (widget, FALSE);
  gtk_widget_set_tooltip_text (widget, text);
  gtk_widget_set_visible (widget, visible);
}
