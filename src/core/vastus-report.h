/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include "vastus-catalogue.h"
#include "vastus-journal.h"
#include "vastus-program.h"
#include "vastus-progression.h"

G_BEGIN_DECLS

/*
 * What the report for a physiotherapist holds, worked out from the journal,
 * the programme and the catalogue: plain data in the person's language,
 * ready to be laid out on paper. Times are µs since the epoch; pain is
 * 0–10, -1 where nothing was logged; a mean is -1 where there is none.
 */

/* One week, Monday to Sunday. */
typedef struct
{
  GDate    monday;
  guint    sessions;         /* sessions done (at least one set) */
  guint    target;           /* the sessions a week asked for */
  gboolean partial;          /* the week of the report, not over yet */
  double   morning_mean;     /* mean next-morning pain */
  double   during_mean;      /* mean pain during the sessions */
} VastusReportWeek;

/* One session and the pain logged for it. */
typedef struct
{
  gint64   time;             /* the session's start */
  gboolean completed;        /* ended normally, every exercise reached */
  gboolean shortened;        /* the shorter session */
  int      during;
  int      after;
  int      morning;
} VastusReportSession;

/* One decision about an exercise, as the journal keeps it. */
typedef struct
{
  gint64              time;
  VastusDecisionKind  kind;
  gboolean            hold;          /* made while the programme went on hold */
  char               *label;         /* the decision in words: "Up a step" */
  char               *dose_before;   /* "2 × 10 each leg, …", or NULL */
  char               *dose_after;
  char               *renamed;       /* the exercise it became, or NULL */
  char               *reason;        /* one plain sentence */
} VastusReportDecision;

typedef struct
{
  char      *id;
  char      *name;
  char      *dose;                   /* as it stands, NULL when no longer in the programme */
  GPtrArray *decisions;              /* VastusReportDecision, oldest first */
} VastusReportExercise;

/* The warning-sign questions answered at one time. */
typedef struct
{
  gint64  time;
  char   *context;                   /* where they were asked, in words */
  GStrv   yes;                       /* the questions answered yes, in words; empty when none */
  char   *advice;                    /* what Vastus advised, or NULL */
} VastusReportWarning;

typedef struct
{
  gint64  time;
  char   *text;
} VastusReportNote;

/* The programme as it stands, exercise by exercise. */
typedef struct
{
  char *name;
  char *dose;
  char *paused;                      /* why it is paused, or NULL */
} VastusReportItem;

typedef struct
{
  gint64     now;                    /* when the report was made */
  gint64     from;                   /* the first day it covers, at 00:00 */
  gint64     to;                     /* its last moment: @now */
  guint      weeks;                  /* the window asked for; 0: the whole journal */
  char      *sore_side;              /* "Right knee", "Left knee", "Both knees" */
  char      *starter;                /* the starter programme's name */
  int        sessions_per_week;
  guint      n_sessions;             /* sessions done in the window */
  guint      n_done_full;            /* sessions done in the weeks before this one */
  guint      n_target;               /* sessions asked for in the weeks before this one */
  double     usual_pain;             /* the engine's usual pain at @now */
  char      *hold;                   /* why the programme is on hold, or NULL */
  GArray    *week_list;              /* VastusReportWeek, oldest first */
  GArray    *sessions;               /* VastusReportSession, oldest first */
  GPtrArray *exercises;              /* VastusReportExercise: the programme's, then those that left it */
  GPtrArray *warnings;               /* VastusReportWarning, oldest first */
  GPtrArray *notes;                  /* VastusReportNote, oldest first */
  GPtrArray *program;                /* VastusReportItem, in programme order */
} VastusReport;

VastusReport *vastus_report_build          (VastusProgram   *program,
                                            VastusCatalogue *catalogue,
                                            VastusJournal   *journal,
                                            gint64           now,
                                            guint            weeks);
void          vastus_report_free           (VastusReport    *report);
char         *vastus_report_describe_trend (const VastusReport *report);
char         *vastus_report_default_name   (gint64           now);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VastusReport, vastus_report_free)

G_END_DECLS
