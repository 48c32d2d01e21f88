/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "vastus-library-page"

#include "config.h"

#include "vastus-library-page-private.h"

#include <glib/gi18n.h>
#include <string.h>

#include "vastus-exercise-row.h"

/*
 * The exercise library: a searchable, filterable list of the catalogue beside
 * the chosen exercise's detail, folded into one column in a narrow window.
 */
struct _VastusLibraryPage
{
  AdwBin                parent_instance;

  VastusCatalogue      *catalogue;
  GtkFilterListModel   *shown;
  GtkSingleSelection   *selection;
  GtkCustomFilter      *filter;

  char                 *query;       /* case-folded, or NULL */
  char                 *category;    /* a category name, or "" for any */
  char                 *equipment;   /* an equipment name, or "" for any */
  int                   level;       /* 1–5, or 0 for any */

  AdwLeaflet           *leaflet;
  GtkWidget            *sidebar;
  GtkSearchEntry       *search_entry;
  GtkMenuButton        *filter_button;
  GtkLabel             *count_label;
  GtkStack             *list_stack;
  GtkListView          *list_view;
  VastusExerciseDetail *detail;
};

G_DEFINE_FINAL_TYPE (VastusLibraryPage, vastus_library_page, ADW_TYPE_BIN)

static void vastus_library_page_show_exercise (VastusLibraryPage *self,
                                               const char        *id);

enum {
  PROP_0,
  PROP_CAN_GO_BACK,
  PROP_CATEGORY_FILTER,
  PROP_EQUIPMENT_FILTER,
  PROP_LEVEL_FILTER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
filter_func (gpointer item,
             gpointer user_data)
{
  VastusLibraryPage *self = user_data;
  VastusExercise *exercise = item;

  if (self->category[0] != '\0' &&
      g_strcmp0 (vastus_category_to_string (vastus_exercise_get_category (exercise)), self->category) != 0)
    return FALSE;
  if (self->level > 0 && vastus_exercise_get_level (exercise) != self->level)
    return FALSE;
  if (self->equipment[0] != '\0' && !vastus_exercise_uses_equipment (exercise, self->equipment))
    return FALSE;
  if (self->query != NULL && !vastus_exercise_matches (exercise, self->query))
    return FALSE;

  return TRUE;
}

static gboolean
is_filtering (VastusLibraryPage *self)
{
  return self->category[0] != '\0' || self->equipment[0] != '\0' || self->level > 0;
}

static void
update_count (VastusLibraryPage *self)
{
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->shown));
  guint total = self->catalogue != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->catalogue)) : 0;
  g_autoptr (GString) text = g_string_new (NULL);

  if (shown == total)
    g_string_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u exercise", "%u exercises", total), total);
  else
    /* Translators: how many exercises the search and filters leave, as in "5 of 28 exercises" */
    g_string_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u of %u exercise", "%u of %u exercises", total),
                     shown, total);

  /* Say which filters are on, so that a short list is never a mystery. */
  for (guint i = 0; i < VASTUS_N_CATEGORIES; i++)
    if (g_strcmp0 (self->category, vastus_category_to_string (i)) == 0)
      g_string_append_printf (text, " · %s", vastus_category_label (i));
  if (self->equipment[0] != '\0')
    g_string_append_printf (text, " · %s", vastus_equipment_label (self->equipment));
  if (self->level > 0)
    {
      /* Translators: an exercise level, 1 (gentlest) to 5 */
      g_autofree char *level = g_strdup_printf (_("Level %d"), self->level);
      g_string_append_printf (text, " · %s", level);
    }

  gtk_label_set_label (self->count_label, text->str);
  gtk_stack_set_visible_child_name (self->list_stack, shown > 0 ? "list" : "empty");

  if (is_filtering (self))
    gtk_widget_add_css_class (GTK_WIDGET (self->filter_button), "accent");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->filter_button), "accent");
}

/**
 * vastus_library_page_set_query:
 * @text: what the person typed
 *
 * Searches at once. The search entry calls this a moment after typing stops.
 */
void
vastus_library_page_set_query (VastusLibraryPage *self,
                               const char        *text)
{
  g_autofree char *query = vastus_search_fold (text);
  g_autofree char *old = g_steal_pointer (&self->query);
  GtkFilterChange change = GTK_FILTER_CHANGE_DIFFERENT;

  g_return_if_fail (VASTUS_IS_LIBRARY_PAGE (self));

  if (query[0] != '\0')
    self->query = g_steal_pointer (&query);

  if (g_strcmp0 (old, self->query) == 0)
    return;

  /* Let the filter model re-check only what can change. */
  if (old == NULL)
    change = GTK_FILTER_CHANGE_MORE_STRICT;
  else if (self->query == NULL)
    change = GTK_FILTER_CHANGE_LESS_STRICT;
  else if (strstr (self->query, old) != NULL)
    change = GTK_FILTER_CHANGE_MORE_STRICT;
  else if (strstr (old, self->query) != NULL)
    change = GTK_FILTER_CHANGE_LESS_STRICT;

  gtk_filter_changed (GTK_FILTER (self->filter), change);
}

static void
search_changed_cb (VastusLibraryPage *self)
{
  vastus_library_page_set_query (self, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

static void
stop_search_cb (VastusLibraryPage *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

static void
set_string_filter (VastusLibraryPage *self,
                   char             **field,
                   const char        *value,
                   GParamSpec        *pspec)
{
  if (value == NULL)
    value = "";

  if (g_strcmp0 (*field, value) == 0)
    return;

  g_free (*field);
  *field = g_strdup (value);
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  g_object_notify_by_pspec (G_OBJECT (self), pspec);
}

static void
set_level_filter (VastusLibraryPage *self,
                  int                level)
{
  if (self->level == level)
    return;

  self->level = level;
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LEVEL_FILTER]);
}

static void
shown_items_changed_cb (VastusLibraryPage *self)
{
  update_count (self);
}

static void
notify_can_go_back_cb (VastusLibraryPage *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_GO_BACK]);
}

static void
list_activate_cb (VastusLibraryPage *self,
                  guint              position)
{
  g_autoptr (VastusExercise) exercise = g_list_model_get_item (G_LIST_MODEL (self->shown), position);

  if (exercise != NULL)
    vastus_library_page_show_exercise (self, vastus_exercise_get_id (exercise));
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  gtk_list_item_set_child (item, vastus_exercise_row_new ());
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             gpointer                  user_data)
{
  vastus_exercise_row_set_exercise (VASTUS_EXERCISE_ROW (gtk_list_item_get_child (item)),
                                    gtk_list_item_get_item (item));
}

static void
show_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  vastus_library_page_show_exercise (VASTUS_LIBRARY_PAGE (widget),
                                     g_variant_get_string (parameter, NULL));
}

static void
clear_filters_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  VastusLibraryPage *self = VASTUS_LIBRARY_PAGE (widget);

  set_string_filter (self, &self->category, "", properties[PROP_CATEGORY_FILTER]);
  set_string_filter (self, &self->equipment, "", properties[PROP_EQUIPMENT_FILTER]);
  set_level_filter (self, 0);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

/* The filter menu: one radio item per choice, each a state of a property
 * action, so that the menu, the tests and anything else share one path. */
static GMenuModel *
new_filter_menu (void)
{
  GMenu *menu = g_menu_new ();
  g_autoptr (GMenu) categories = g_menu_new ();
  g_autoptr (GMenu) equipment = g_menu_new ();
  g_autoptr (GMenu) levels = g_menu_new ();
  g_autoptr (GMenu) clear = g_menu_new ();
  const char * const *names = vastus_equipment_names ();

  g_menu_append (categories, _("All Categories"), "library.category-filter::");
  for (guint i = 0; i < VASTUS_N_CATEGORIES; i++)
    {
      g_autofree char *action = g_strdup_printf ("library.category-filter::%s",
                                                 vastus_category_to_string (i));
      g_menu_append (categories, vastus_category_label (i), action);
    }

  g_menu_append (equipment, _("Any Equipment"), "library.equipment-filter::");
  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *action = g_strdup_printf ("library.equipment-filter::%s", names[i]);
      g_menu_append (equipment, vastus_equipment_label (names[i]), action);
    }

  g_menu_append (levels, _("Any Level"), "library.level-filter(0)");
  for (int level = VASTUS_LEVEL_MIN; level <= VASTUS_LEVEL_MAX; level++)
    {
      g_autofree char *action = g_strdup_printf ("library.level-filter(%d)", level);
      /* Translators: an exercise level, 1 (gentlest) to 5 */
      g_autofree char *label = g_strdup_printf (_("Level %d"), level);
      g_menu_append (levels, label, action);
    }

  g_menu_append (clear, _("_Clear Search and Filters"), "library.clear-filters");

  g_menu_append_submenu (menu, _("_Category"), G_MENU_MODEL (categories));
  g_menu_append_submenu (menu, _("_Equipment"), G_MENU_MODEL (equipment));
  g_menu_append_submenu (menu, _("_Level"), G_MENU_MODEL (levels));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (clear));

  return G_MENU_MODEL (menu);
}

static void
create_filter_menu_cb (GtkMenuButton *button,
                       gpointer       user_data)
{
  g_autoptr (GMenuModel) menu = new_filter_menu ();

  gtk_menu_button_set_create_popup_func (button, NULL, NULL, NULL);
  gtk_menu_button_set_menu_model (button, menu);
}

static void
vastus_library_page_dispose (GObject *object)
{
  VastusLibraryPage *self = VASTUS_LIBRARY_PAGE (object);

  g_clear_object (&self->selection);
  g_clear_object (&self->shown);
  g_clear_object (&self->catalogue);
  g_clear_pointer (&self->query, g_free);
  g_clear_pointer (&self->category, g_free);
  g_clear_pointer (&self->equipment, g_free);

  G_OBJECT_CLASS (vastus_library_page_parent_class)->dispose (object);
}

static void
vastus_library_page_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  VastusLibraryPage *self = VASTUS_LIBRARY_PAGE (object);

  switch (prop_id)
    {
    case PROP_CAN_GO_BACK:
      g_value_set_boolean (value, vastus_library_page_get_can_go_back (self));
      break;
    case PROP_CATEGORY_FILTER:
      g_value_set_string (value, self->category);
      break;
    case PROP_EQUIPMENT_FILTER:
      g_value_set_string (value, self->equipment);
      break;
    case PROP_LEVEL_FILTER:
      g_value_set_int (value, self->level);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vastus_library_page_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  VastusLibraryPage *self = VASTUS_LIBRARY_PAGE (object);

  switch (prop_id)
    {
    case PROP_CATEGORY_FILTER:
      set_string_filter (self, &self->category, g_value_get_string (value), pspec);
      break;
    case PROP_EQUIPMENT_FILTER:
      set_string_filter (self, &self->equipment, g_value_get_string (value), pspec);
      break;
    case PROP_LEVEL_FILTER:
      set_level_filter (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vastus_library_page_class_init (VastusLibraryPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vastus_library_page_dispose;
  object_class->get_property = vastus_library_page_get_property;
  object_class->set_property = vastus_library_page_set_property;

  properties[PROP_CAN_GO_BACK] =
    g_param_spec_boolean ("can-go-back", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  /* The filters: "" or 0 for any. */
  properties[PROP_CATEGORY_FILTER] =
    g_param_spec_string ("category-filter", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_EQUIPMENT_FILTER] =
    g_param_spec_string ("equipment-filter", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_LEVEL_FILTER] =
    g_param_spec_int ("level-filter", NULL, NULL, 0, VASTUS_LEVEL_MAX, 0,
                      G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (VASTUS_TYPE_EXERCISE_DETAIL);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/vastus/vastus/ui/vastus-library-page.ui");
  gtk_widget_class_bind_template_child (widget_class, VastusLibraryPage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, VastusLibraryPage, sidebar);
  gtk_widget_class_bind_template_child (widget_class, VastusLibraryPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, VastusLibraryPage, filter_button);
  gtk_widget_class_bind_template_child (widget_class, VastusLibraryPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, VastusLibraryPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, VastusLibraryPage, list_view);
  gtk_widget_class_bind_template_child (widget_class, VastusLibraryPage, detail);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, notify_can_go_back_cb);
  gtk_widget_class_bind_template_callback (widget_class, list_activate_cb);

  gtk_widget_class_install_action (widget_class, "library.show", "s", show_action);
  gtk_widget_class_install_action (widget_class, "library.clear-filters", NULL, clear_filters_action);
  gtk_widget_class_install_property_action (widget_class, "library.category-filter", "category-filter");
  gtk_widget_class_install_property_action (widget_class, "library.equipment-filter", "equipment-filter");
  gtk_widget_class_install_property_action (widget_class, "library.level-filter", "level-filter");
}

static void
vastus_library_page_init (VastusLibraryPage *self)
{
  GtkListItemFactory *factory;

  self->category = g_strdup ("");
  self->equipment = g_strdup ("");

  gtk_widget_init_template (GTK_WIDGET (self));

  /* The menu's thirty items are made when it is first opened, not at start-up. */
  gtk_menu_button_set_create_popup_func (self->filter_button, create_filter_menu_cb, NULL, NULL);

  self->filter = gtk_custom_filter_new (filter_func, self, NULL);
  /* Not incremental: a catalogue re-filters within a frame (bench-catalogue),
   * and the count is right at once. */
  self->shown = gtk_filter_list_model_new (NULL, GTK_FILTER (self->filter));
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->shown)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect_object (self->shown, "items-changed", G_CALLBACK (shown_items_changed_cb),
                           self, G_CONNECT_SWAPPED);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), NULL);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));

  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self->sidebar));

  update_count (self);
}

/**
 * vastus_library_page_set_catalogue:
 *
 * Lists @catalogue. No exercise is chosen until the person chooses one:
 * laying out a whole exercise would slow the first frame.
 */
void
vastus_library_page_set_catalogue (VastusLibraryPage *self,
                                   VastusCatalogue   *catalogue)
{
  g_return_if_fail (VASTUS_IS_LIBRARY_PAGE (self));

  if (!g_set_object (&self->catalogue, catalogue))
    return;

  gtk_filter_list_model_set_model (self->shown, G_LIST_MODEL (catalogue));
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  update_count (self);
}

/**
 * vastus_library_page_set_store:
 *
 * Shows the store's catalogue, and the exercise pages its programme: set
 * once, by the window.
 */
void
vastus_library_page_set_store (VastusLibraryPage *self,
                               VastusStore       *store)
{
  g_return_if_fail (VASTUS_IS_LIBRARY_PAGE (self));
  g_return_if_fail (VASTUS_IS_STORE (store));

  vastus_exercise_detail_set_store (self->detail, store);
  vastus_library_page_set_catalogue (self, vastus_store_get_catalogue (store));
}

static guint
find_shown (VastusLibraryPage *self,
            VastusExercise    *exercise)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->shown));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (VastusExercise) item = g_list_model_get_item (G_LIST_MODEL (self->shown), i);

      if (item == exercise)
        return i;
    }

  return GTK_INVALID_LIST_POSITION;
}

/**
 * vastus_library_page_show_exercise:
 * @id: an exercise id
 *
 * Shows the exercise's detail, and in a narrow window goes to it.
 */
static void
vastus_library_page_show_exercise (VastusLibraryPage *self,
                                   const char        *id)
{
  VastusExercise *exercise;
  guint position;

  g_return_if_fail (VASTUS_IS_LIBRARY_PAGE (self));

  if (self->catalogue == NULL || (exercise = vastus_catalogue_lookup (self->catalogue, id)) == NULL)
    {
      g_warning ("No exercise '%s' to show", id);
      return;
    }

  vastus_exercise_detail_set_exercise (self->detail, exercise);

  position = find_shown (self, exercise);
  gtk_single_selection_set_selected (self->selection, position);
  if (position != GTK_INVALID_LIST_POSITION)
    gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", position);

  adw_leaflet_set_visible_child (self->leaflet, GTK_WIDGET (self->detail));
}

gboolean
vastus_library_page_get_can_go_back (VastusLibraryPage *self)
{
  g_return_val_if_fail (VASTUS_IS_LIBRARY_PAGE (self), FALSE);

  return adw_leaflet_get_folded (self->leaflet) &&
         adw_leaflet_get_visible_child (self->leaflet) == GTK_WIDGET (self->detail);
}

void
vastus_library_page_go_back (VastusLibraryPage *self)
{
  g_return_if_fail (VASTUS_IS_LIBRARY_PAGE (self));

  adw_leaflet_set_visible_child (self->leaflet, self->sidebar);
}

void
vastus_library_page_focus_search (VastusLibraryPage *self)
{
  g_return_if_fail (VASTUS_IS_LIBRARY_PAGE (self));

  vastus_library_page_go_back (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/**
 * vastus_library_page_get_shown:
 *
 * Returns: (transfer none): the exercises the search and filters leave
 */
GListModel *
vastus_library_page_get_shown (VastusLibraryPage *self)
{
  g_return_val_if_fail (VASTUS_IS_LIBRARY_PAGE (self), NULL);
  return G_LIST_MODEL (self->shown);
}

/**
 * vastus_library_page_get_search_entry:
 *
 * Returns: (transfer none): the search entry
 */
GtkEditable *
vastus_library_page_get_search_entry (VastusLibraryPage *self)
{
  g_return_val_if_fail (VASTUS_IS_LIBRARY_PAGE (self), NULL);
  return GTK_EDITABLE (self->search_entry);
}

/**
 * vastus_library_page_get_detail:
 *
 * Returns: (transfer none): the detail of the chosen exercise
 */
VastusExerciseDetail *
vastus_library_page_get_detail (VastusLibraryPage *self)
{
  g_return_val_if_fail (VASTUS_IS_LIBRARY_PAGE (self), NULL);
  return self->detail;
}

/**
 * vastus_library_page_get_leaflet:
 *
 * Returns: (transfer none): the leaflet holding the list and the detail
 */
AdwLeaflet *
vastus_library_page_get_leaflet (VastusLibraryPage *self)
{
  g_return_val_if_fail (VASTUS_IS_LIBRARY_PAGE (self), NULL);
  return self->leaflet;
}
