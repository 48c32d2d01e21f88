/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "vastus-equipment-rows"

#include "config.h"

#include "vastus-equipment-rows.h"

#include <glib/gi18n.h>

#include "vastus-exercise.h"

/*
 * "What do you have?": a row for each piece of equipment the catalogue
 * uses, with a check box. Ticking one activates @action_name with the
 * equipment's name and whether it is ticked now, "(sb)", so that the first
 * run and Preferences, and the tests, go through the same action.
 */

static void
toggled_cb (GtkCheckButton *check,
            const char     *action_name)
{
  const char *equipment = g_object_get_data (G_OBJECT (check), "equipment");

  gtk_widget_activate_action (GTK_WIDGET (check), action_name, "(sb)", equipment,
                              gtk_check_button_get_active (check));
}

/**
 * vastus_equipment_rows_add:
 * @action_name: the action each check box activates, with "(sb)"
 *
 * Returns: (transfer container) (element-type GtkCheckButton): the check
 *   boxes, home equipment first, then the gym machines
 */
GPtrArray *
vastus_equipment_rows_add (AdwPreferencesGroup *group,
                           const char          *action_name)
{
  GPtrArray *checks = g_ptr_array_new ();
  g_autoptr (GPtrArray) names = g_ptr_array_new ();

  /* What a home may have first, then the gym machines. */
  for (const char * const *name = vastus_equipment_names (); *name != NULL; name++)
    if (!g_str_equal (*name, "none") && !vastus_equipment_is_machine (*name))
      g_ptr_array_add (names, (gpointer) *name);
  for (const char * const *name = vastus_equipment_names (); *name != NULL; name++)
    if (vastus_equipment_is_machine (*name))
      g_ptr_array_add (names, (gpointer) *name);

  for (guint i = 0; i < names->len; i++)
    {
      const char * const *name = (const char * const *) &names->pdata[i];
      GtkWidget *row, *check;

      row = adw_action_row_new ();
      check = gtk_check_button_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), vastus_equipment_have_label (*name));
      if (vastus_equipment_is_machine (*name))
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("At a gym"));
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      vastus_equipment_have_label (*name), -1);
      /* The name is one of the catalogue's own, static strings. */
      g_object_set_data (G_OBJECT (check), "equipment", (gpointer) *name);
      g_signal_connect_data (check, "toggled", G_CALLBACK (toggled_cb), g_strdup (action_name),
                             (GClosureNotify) (void (*) (void)) g_free, 0);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      adw_preferences_group_add (group, row);
      g_ptr_array_add (checks, check);
    }

  return checks;
}

/**
 * vastus_equipment_rows_set:
 * @have: (nullable) (array zero-terminated=1): what the person has; %NULL
 *   for everything
 *
 * Ticks the check boxes of what the person has, and only those. Ticking
 * activates the action: the action must take a value it has already as
 * no change.
 */
void
vastus_equipment_rows_set (GPtrArray          *checks,
                           const char * const *have)
{
  for (guint i = 0; i < checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (checks, i);
      const char *equipment = g_object_get_data (G_OBJECT (check), "equipment");

      gtk_check_button_set_active (check, have == NULL || g_strv_contains (have, equipment));
    }
}
