/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "vastus-clock"

#include "config.h"

#include "vastus-clock.h"

G_DEFINE_ABSTRACT_TYPE (VastusClock, vastus_clock, G_TYPE_OBJECT)

static void
vastus_clock_class_init (VastusClockClass *klass)
{
}

static void
vastus_clock_init (VastusClock *self)
{
}

gint64
vastus_clock_now (VastusClock *self)
{
  g_return_val_if_fail (VASTUS_IS_CLOCK (self), 0);
  return VASTUS_CLOCK_GET_CLASS (self)->now (self);
}

/**
 * vastus_clock_add_deadline:
 * @deadline: when to call @func, on this clock
 *
 * Calls @func once, at @deadline or as soon after it as the clock can.
 *
 * Returns: an id for vastus_clock_remove_deadline()
 */
guint
vastus_clock_add_deadline (VastusClock     *self,
                           gint64           deadline,
                           VastusClockFunc  func,
                           gpointer         user_data)
{
  g_return_val_if_fail (VASTUS_IS_CLOCK (self), 0);
  return VASTUS_CLOCK_GET_CLASS (self)->add_deadline (self, deadline, func, user_data);
}

void
vastus_clock_remove_deadline (VastusClock *self,
                              guint        id)
{
  g_return_if_fail (VASTUS_IS_CLOCK (self));
  if (id != 0)
    VASTUS_CLOCK_GET_CLASS (self)->remove_deadline (self, id);
}

/* The real clock: GLib's monotonic clock and main loop. */

struct _VastusRealClock
{
  VastusClock parent_instance;
};

G_DEFINE_FINAL_TYPE (VastusRealClock, vastus_real_clock, VASTUS_TYPE_CLOCK)

typedef struct
{
  VastusClockFunc func;
  gpointer        user_data;
  gint64          deadline;
} RealDeadline;

/* Sleeps in poll() can overrun by a fraction of their length (about 0.1 % on
 * some virtual machines: 45 ms on a 45 s rest), so a long wait wakes a little
 * early, waits again for what is left, and ends on the deadline. */
#define EARLY_FRACTION 50                   /* wake 1/50 of the wait early … */
#define EARLY_MAX      (G_USEC_PER_SEC / 2) /* … at most half a second */
#define CLOSE_ENOUGH   200                  /* microseconds */

static gint64
wake_time (gint64 deadline,
           gint64 now)
{
  gint64 early = MIN ((deadline - now) / EARLY_FRACTION, EARLY_MAX);

  return deadline - MAX (early, 0);
}

static gboolean
real_deadline_cb (gpointer data)
{
  RealDeadline *deadline = data;
  gint64 now = g_get_monotonic_time ();

  if (deadline->deadline - now > CLOSE_ENOUGH)
    {
      g_source_set_ready_time (g_main_current_source (), wake_time (deadline->deadline, now));
      return G_SOURCE_CONTINUE;
    }

  deadline->func (deadline->user_data);
  return G_SOURCE_REMOVE;
}

static gboolean
deadline_dispatch (GSource     *source,
                   GSourceFunc  callback,
                   gpointer     user_data)
{
  return callback (user_data);
}

/* A source that is ready at its ready time and at no other: no prepare, no check. */
static GSourceFuncs deadline_funcs = { NULL, NULL, deadline_dispatch, NULL, NULL, NULL };

static gint64
real_now (VastusClock *self)
{
  return g_get_monotonic_time ();
}

static guint
real_add_deadline (VastusClock     *self,
                   gint64           deadline,
                   VastusClockFunc  func,
                   gpointer         user_data)
{
  RealDeadline *data = g_new0 (RealDeadline, 1);
  g_autoptr (GSource) source = NULL;

  data->func = func;
  data->user_data = user_data;
  data->deadline = deadline;

  /* A ready time on the monotonic clock: the wait is measured from the
   * deadline, never from when the last one ran. */
  source = g_source_new (&deadline_funcs, sizeof (GSource));
  g_source_set_ready_time (source, wake_time (deadline, g_get_monotonic_time ()));
  g_source_set_callback (source, real_deadline_cb, data, g_free);
  g_source_set_priority (source, G_PRIORITY_HIGH);
  g_source_set_name (source, "[vastus] session deadline");
  return g_source_attach (source, NULL);
}

static void
real_remove_deadline (VastusClock *self,
                      guint        id)
{
  g_source_remove (id);
}

static void
vastus_real_clock_class_init (VastusRealClockClass *klass)
{
  VastusClockClass *clock_class = VASTUS_CLOCK_CLASS (klass);

  clock_class->now = real_now;
  clock_class->add_deadline = real_add_deadline;
  clock_class->remove_deadline = real_remove_deadline;
}

static void
vastus_real_clock_init (VastusRealClock *self)
{
}

VastusClock *
vastus_real_clock_new (void)
{
  return g_object_new (VASTUS_TYPE_REAL_CLOCK, NULL);
}

/* The fake clock: time moves only when a test says so. */

struct _VastusFakeClock
{
  VastusClock parent_instance;

  gint64      now;
  guint       next_id;
  GArray     *pending;    /* FakeDeadline */
};

G_DEFINE_FINAL_TYPE (VastusFakeClock, vastus_fake_clock, VASTUS_TYPE_CLOCK)

typedef struct
{
  guint           id;
  gint64          deadline;
  VastusClockFunc func;
  gpointer        user_data;
} FakeDeadline;

static gint64
fake_now (VastusClock *clock)
{
  return VASTUS_FAKE_CLOCK (clock)->now;
}

static guint
fake_add_deadline (VastusClock     *clock,
                   gint64           deadline,
                   VastusClockFunc  func,
                   gpointer         user_data)
{
  VastusFakeClock *self = VASTUS_FAKE_CLOCK (clock);
  FakeDeadline entry = { ++self->next_id, deadline, func, user_data };

  g_array_append_val (self->pending, entry);
  return entry.id;
}

static void
fake_remove_deadline (VastusClock *clock,
                      guint        id)
{
  VastusFakeClock *self = VASTUS_FAKE_CLOCK (clock);

  for (guint i = 0; i < self->pending->len; i++)
    if (g_array_index (self->pending, FakeDeadline, i).id == id)
      {
        g_array_remove_index (self->pending, i);
        return;
      }
}

static void
vastus_fake_clock_finalize (GObject *object)
{
  g_array_unref (VASTUS_FAKE_CLOCK (object)->pending);
  G_OBJECT_CLASS (vastus_fake_clock_parent_class)->finalize (object);
}

static void
vastus_fake_clock_class_init (VastusFakeClockClass *klass)
{
  VastusClockClass *clock_class = VASTUS_CLOCK_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = vastus_fake_clock_finalize;
  clock_class->now = fake_now;
  clock_class->add_deadline = fake_add_deadline;
  clock_class->remove_deadline = fake_remove_deadline;
}

static void
vastus_fake_clock_init (VastusFakeClock *self)
{
  self->pending = g_array_new (FALSE, FALSE, sizeof (FakeDeadline));
}

VastusClock *
vastus_fake_clock_new (gint64 start)
{
  VastusFakeClock *self = g_object_new (VASTUS_TYPE_FAKE_CLOCK, NULL);

  self->now = start;
  return VASTUS_CLOCK (self);
}

/**
 * vastus_fake_clock_advance:
 *
 * Moves time on by @microseconds, calling each deadline that falls due in
 * order, with the clock showing that deadline's time while it runs.
 */
void
vastus_fake_clock_advance (VastusFakeClock *self,
                           gint64           microseconds)
{
  gint64 end = self->now + microseconds;

  for (;;)
    {
      guint earliest = G_MAXUINT;
      FakeDeadline due;

      for (guint i = 0; i < self->pending->len; i++)
        {
          FakeDeadline *entry = &g_array_index (self->pending, FakeDeadline, i);

          if (entry->deadline <= end &&
              (earliest == G_MAXUINT ||
               entry->deadline < g_array_index (self->pending, FakeDeadline, earliest).deadline))
            earliest = i;
        }

      if (earliest == G_MAXUINT)
        break;

      due = g_array_index (self->pending, FakeDeadline, earliest);
      g_array_remove_index (self->pending, earliest);
      self->now = MAX (self->now, due.deadline);
      due.func (due.user_data);
    }

  self->now = end;
}

guint
vastus_fake_clock_n_pending (VastusFakeClock *self)
{
  return self->pending->len;
}
