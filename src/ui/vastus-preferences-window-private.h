/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* What the tests read back and drive; not for other widgets. */

#include "vastus-preferences-window.h"

G_BEGIN_DECLS

AdwComboRow    *vastus_preferences_window_get_sore_side (VastusPreferencesWindow *self);
GtkSpinButton  *vastus_preferences_window_get_sessions  (VastusPreferencesWindow *self);
GtkCheckButton *vastus_preferences_window_get_starter_check (VastusPreferencesWindow *self,
                                                             const char              *starter_id);
GtkCheckButton *vastus_preferences_window_get_equipment_check (VastusPreferencesWindow *self,
                                                               const char              *equipment);
GtkWidget      *vastus_preferences_window_get_confirm   (VastusPreferencesWindow *self);
AdwToast       *vastus_preferences_window_get_toast     (VastusPreferencesWindow *self);
GtkSwitch      *vastus_preferences_window_get_spoken_cues (VastusPreferencesWindow *self);
GtkSwitch      *vastus_preferences_window_get_training_reminder (VastusPreferencesWindow *self);
GtkSwitch      *vastus_preferences_window_get_morning_reminder (VastusPreferencesWindow *self);
GtkToggleButton *vastus_preferences_window_get_day_toggle (VastusPreferencesWindow *self,
                                                           GDateWeekday             weekday);
void            vastus_preferences_window_get_time      (VastusPreferencesWindow  *self,
                                                         GtkSpinButton           **hour,
                                                         GtkSpinButton           **minute);
gboolean        vastus_preferences_window_get_background_busy (VastusPreferencesWindow *self);

G_END_DECLS
