/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/*
 * A clock the session timer runs on: the monotonic clock in the app, a clock
 * the tests move by hand. Deadlines are absolute times, in microseconds.
 */
#define VASTUS_TYPE_CLOCK (vastus_clock_get_type ())

G_DECLARE_DERIVABLE_TYPE (VastusClock, vastus_clock, VASTUS, CLOCK, GObject)

typedef void (*VastusClockFunc) (gpointer user_data);

struct _VastusClockClass
{
  GObjectClass parent_class;

  gint64 (*now)             (VastusClock     *self);
  guint  (*add_deadline)    (VastusClock     *self,
                             gint64           deadline,
                             VastusClockFunc  func,
                             gpointer         user_data);
  void   (*remove_deadline) (VastusClock     *self,
                             guint            id);
};

gint64       vastus_clock_now             (VastusClock     *self);
guint        vastus_clock_add_deadline    (VastusClock     *self,
                                           gint64           deadline,
                                           VastusClockFunc  func,
                                           gpointer         user_data);
void         vastus_clock_remove_deadline (VastusClock     *self,
                                           guint            id);

#define VASTUS_TYPE_REAL_CLOCK (vastus_real_clock_get_type ())
G_DECLARE_FINAL_TYPE (VastusRealClock, vastus_real_clock, VASTUS, REAL_CLOCK, VastusClock)
VastusClock *vastus_real_clock_new        (void);

#define VASTUS_TYPE_FAKE_CLOCK (vastus_fake_clock_get_type ())
G_DECLARE_FINAL_TYPE (VastusFakeClock, vastus_fake_clock, VASTUS, FAKE_CLOCK, VastusClock)
VastusClock *vastus_fake_clock_new        (gint64           start);
void         vastus_fake_clock_advance    (VastusFakeClock *self,
                                           gint64           microseconds);
guint        vastus_fake_clock_n_pending  (VastusFakeClock *self);

G_END_DECLS
