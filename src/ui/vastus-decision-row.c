/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "vastus-decision-row"

#include "config.h"

#include "vastus-decision-row.h"

#include <glib/gi18n.h>

/*
 * The engine's decisions as rows, the same wherever they are shown (Next
 * Time after a session, Changed Since Last Time on Today): an icon for up,
 * down, the same or paused, read out by a screen reader; the exercise's
 * name; the reason. Exercises with the same decision for the same reason
 * share a row: "Quad set, Ball squeeze and Wall sit".
 */

static const char *
decision_icon (VastusDecisionKind kind)
{
  switch (kind)
    {
    case VASTUS_DECISION_PROGRESS:
      return "go-up-symbolic";
    case VASTUS_DECISION_REGRESS:
    case VASTUS_DECISION_LADDER_DOWN:
      return "go-down-symbolic";
    case VASTUS_DECISION_STOP:
      return "dialog-warning-symbolic";
    case VASTUS_DECISION_SET:
      return "document-edit-symbolic";
    case VASTUS_DECISION_HOLD:
    default:
      return "object-select-symbolic";
    }
}

static const char *
decision_label (VastusDecisionKind kind)
{
  switch (kind)
    {
    case VASTUS_DECISION_PROGRESS:
      return _("Up a step");
    case VASTUS_DECISION_REGRESS:
    case VASTUS_DECISION_LADDER_DOWN:
      return _("Down a step");
    case VASTUS_DECISION_STOP:
      return _("Paused");
    case VASTUS_DECISION_SET:
      return _("Set by you");
    case VASTUS_DECISION_HOLD:
    default:
      return _("Stays the same");
    }
}

static char *
join_names (GPtrArray *names)
{
  g_autoptr (GString) most = NULL;

  if (names->len == 1)
    return g_strdup (g_ptr_array_index (names, 0));

  most = g_string_new (NULL);
  for (guint j = 0; j + 1 < names->len; j++)
    {
      if (j > 0)
        g_string_append (most, ", ");
      g_string_append (most, g_ptr_array_index (names, j));
    }
  /* Translators: a list of exercises, as in "Quad set, Wall sit and Clamshell" */
  return g_strdup_printf (_("%s and %s"), most->str, (const char *) g_ptr_array_index (names, names->len - 1));
}

/**
 * vastus_decision_rows_new:
 * @catalogue: (nullable): for the exercises' names; ids are shown without it
 * @items: (array length=n_items): the decisions, in the order to show them
 *
 * Returns: (transfer full) (element-type AdwActionRow): a row for each
 *   decision and reason, floating, in the order their first decision came
 */
GPtrArray *
vastus_decision_rows_new (VastusCatalogue          *catalogue,
                          const VastusDecisionItem *items,
                          guint                     n_items)
{
  g_autoptr (GPtrArray) firsts = g_ptr_array_new ();
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  GPtrArray *rows = g_ptr_array_new ();

  for (guint i = 0; i < n_items; i++)
    {
      VastusExercise *exercise = catalogue != NULL ? vastus_catalogue_lookup (catalogue, items[i].exercise) : NULL;
      const char *name = exercise != NULL ? vastus_exercise_get_name (exercise) : items[i].exercise;
      guint k;

      for (k = 0; k < firsts->len; k++)
        {
          const VastusDecisionItem *first = g_ptr_array_index (firsts, k);

          if (first->kind == items[i].kind && g_strcmp0 (first->reason, items[i].reason) == 0)
            break;
        }
      if (k == firsts->len)
        {
          g_ptr_array_add (firsts, (gpointer) &items[i]);
          g_ptr_array_add (names, g_ptr_array_new ());
        }
      g_ptr_array_add (g_ptr_array_index (names, k), (gpointer) name);
    }

  for (guint k = 0; k < firsts->len; k++)
    {
      const VastusDecisionItem *first = g_ptr_array_index (firsts, k);
      g_autofree char *title = join_names (g_ptr_array_index (names, k));
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *icon = gtk_image_new_from_icon_name (decision_icon (first->kind));

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), first->reason);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
      gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      decision_label (first->kind), -1);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
      g_ptr_array_add (rows, row);
    }

  return rows;
}
