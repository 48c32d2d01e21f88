/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "vastus-program-dialog.h"

G_BEGIN_DECLS

/* For the tests: the spin button that sets one value of an exercise's dose. */
GtkSpinButton *vastus_program_dialog_get_dose_spin (VastusProgramDialog *self,
                                                    guint                index,
                                                    VastusDoseValue      which);
/* And the switch for one-leg work on the sore leg only, or %NULL. */
GtkSwitch     *vastus_program_dialog_get_legs_switch (VastusProgramDialog *self,
                                                      guint                index);

G_END_DECLS
