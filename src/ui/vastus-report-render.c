/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "vastus-report"

#include "config.h"

#include <cairo-pdf.h>
#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "vastus-date.h"
#include "vastus-report-render.h"

/* Points: 36 pt is half an inch, about 13 mm, within any printer's margin. */
#define MARGIN_SIDE    48.0
#define MARGIN_TOP     44.0
#define MARGIN_BOTTOM  54.0
#define FOOTER_GAP     14.0
#define CELL_PAD        3.0
#define CHART_HEIGHT  190.0
#define MAX_COLUMNS     6

#define FONT_BODY    "Sans 9"
#define FONT_SMALL   "Sans 7.5"
#define FONT_TITLE   "Sans Bold 17"
#define FONT_HEADING "Sans Bold 12"
#define FONT_SUB     "Sans Bold 10"

typedef enum
{
  BLOCK_TEXT,      /* one paragraph across the page */
  BLOCK_ROW,       /* a table row: cells side by side, an optional line under them */
  BLOCK_CHART,     /* the pain chart */
} BlockKind;

typedef struct _Block Block;
struct _Block
{
  BlockKind    kind;
  PangoLayout *cells[MAX_COLUMNS];
  double       x[MAX_COLUMNS];
  guint        n_cells;
  PangoLayout *below;           /* a row's full-width second line: a decision's reason */
  double       height;
  double       space_before;
  gboolean     keep_with_next;  /* a heading stays with what follows it */
  gboolean     header;          /* a table's header row, drawn shaded */
  Block       *table_header;    /* the header a row's table repeats on a new page */
  Block       *continued;       /* a header's title above it on a new page, owned */
};

typedef struct
{
  Block   *block;
  guint    page;
  double   y;
} Placement;

struct _VastusReportPages
{
  const VastusReport *report;
  PangoContext       *context;
  double              width;
  double              height;
  GPtrArray          *blocks;       /* Block */
  GArray             *placements;   /* Placement */
  guint               n_pages;
  char               *generated;
};

static void
block_free (Block *block)
{
  for (guint i = 0; i < block->n_cells; i++)
    g_clear_object (&block->cells[i]);
  g_clear_object (&block->below);
  g_clear_pointer (&block->continued, block_free);
  g_free (block);
}

void
vastus_report_pages_free (VastusReportPages *pages)
{
  if (pages == NULL)
    return;
  g_clear_pointer (&pages->blocks, g_ptr_array_unref);
  g_clear_pointer (&pages->placements, g_array_unref);
  g_clear_object (&pages->context);
  g_free (pages->generated);
  g_free (pages);
}

static double
content_width (VastusReportPages *pages)
{
  return pages->width - 2 * MARGIN_SIDE;
}

static PangoLayout *
make_layout (VastusReportPages *pages,
             const char        *font,
             const char        *text,
             double             width)
{
  PangoLayout *layout = pango_layout_new (pages->context);
  g_autoptr (PangoFontDescription) description = pango_font_description_from_string (font);

  pango_layout_set_font_description (layout, description);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_text (layout, text != NULL ? text : "", -1);
  return layout;
}

static double
layout_height (PangoLayout *layout)
{
  int width, height;

  pango_layout_get_size (layout, &width, &height);
  return (double) height / PANGO_SCALE;
}

static Block *
add_text (VastusReportPages *pages,
          const char        *font,
          const char        *text,
          double             space_before)
{
  Block *block = g_new0 (Block, 1);

  block->kind = BLOCK_TEXT;
  block->cells[0] = make_layout (pages, font, text, content_width (pages));
  block->n_cells = 1;
  block->height = layout_height (block->cells[0]);
  block->space_before = space_before;
  g_ptr_array_add (pages->blocks, block);
  return block;
}

static void
add_heading (VastusReportPages *pages,
             const char        *text)
{
  add_text (pages, FONT_HEADING, text, 16)->keep_with_next = TRUE;
}

/* A row of cells; @fractions are the columns' shares of the width. */
static Block *
add_row (VastusReportPages  *pages,
         const double       *fractions,
         const char * const *texts,
         guint               n,
         const char         *below,
         Block              *header)
{
  Block *block = g_new0 (Block, 1);
  double x = 0;

  block->kind = BLOCK_ROW;
  block->n_cells = n;
  block->table_header = header;
  block->header = header == NULL;
  for (guint i = 0; i < n; i++)
    {
      double width = fractions[i] * content_width (pages);

      block->x[i] = x;
      block->cells[i] = make_layout (pages, block->header ? FONT_SUB : FONT_BODY, texts[i], width - 2 * CELL_PAD);
      block->height = MAX (block->height, layout_height (block->cells[i]));
      x += width;
    }
  if (below != NULL)
    {
      block->below = make_layout (pages, FONT_BODY, below, content_width (pages) - 4 * CELL_PAD);
      block->height += layout_height (block->below) + 2;
    }
  block->height += 2 * CELL_PAD;
  if (block->header)
    block->keep_with_next = TRUE;
  g_ptr_array_add (pages->blocks, block);
  return block;
}

/* On a page a table goes on to, its title comes back above its header. */
static void
set_continued (VastusReportPages *pages,
               Block             *header,
               const char        *title)
{
  Block *block = g_new0 (Block, 1);
  /* Translators: above a table that goes on from the page before */
  g_autofree char *text = g_strdup_printf (_("%s (continued)"), title);

  block->kind = BLOCK_TEXT;
  block->cells[0] = make_layout (pages, FONT_SUB, text, content_width (pages));
  block->n_cells = 1;
  block->height = layout_height (block->cells[0]) + 3;
  header->continued = block;
}

static char *
format_day (gint64      time,
            const char *format)
{
  g_autoptr (GDateTime) local = g_date_time_new_from_unix_local (time / G_USEC_PER_SEC);

  return local != NULL ? vastus_date_format (local, format) : g_strdup ("");
}

static char *
pain_text (int pain)
{
  /* Translators: in a table of the report, where no pain was logged */
  return pain >= 0 ? g_strdup_printf ("%d", pain) : g_strdup (_("–"));
}

static char *
mean_text (double mean)
{
  return mean >= 0 ? g_strdup_printf ("%.1f", mean) : g_strdup (_("–"));
}

static void
add_summary (VastusReportPages *pages)
{
  const VastusReport *report = pages->report;
  static const double fractions[] = { 0.28, 0.72 };
  g_autofree char *from = format_day (report->from, _("%-d %B %Y"));
  g_autofree char *to = format_day (report->to, _("%-d %B %Y"));
  g_autofree char *dates = NULL;
  g_autofree char *sessions = NULL;
  g_autofree char *usual = NULL;
  Block *header;

  if (report->weeks > 0)
    dates = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          /* Translators: the dates a report covers */
                                          "%s to %s (the last week)", "%s to %s (the last %u weeks)",
                                          report->weeks),
                             from, to, report->weeks);
  else
    /* Translators: the dates a report covers: the whole journal */
    dates = g_strdup_printf (_("%s to %s (every session logged)"), from, to);
  sessions = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           /* Translators: the sessions a report covers, against the target */
                                           "%u done; the target is %d a week", "%u done; the target is %d a week",
                                           report->n_sessions),
                              report->n_sessions, report->sessions_per_week);
  usual = report->usual_pain >= 0
          /* Translators: the person's usual knee pain, 0 (none) to 10 (worst imaginable) */
          ? g_strdup_printf (_("%g/10 (the median next-morning pain before any flare)"), report->usual_pain)
          : g_strdup (_("not known yet"));

  add_text (pages, FONT_TITLE, _("Knee Exercise Report"), 0);
  add_text (pages, FONT_BODY, pages->generated, 2);

  header = add_row (pages, fractions, (const char * const[]) { _("About"), "" }, 2, NULL, NULL);
  header->space_before = 10;
  set_continued (pages, header, _("About"));
  add_row (pages, fractions, (const char * const[]) { _("Sore side"), report->sore_side }, 2, NULL, header);
  add_row (pages, fractions, (const char * const[]) { _("Starter programme"), report->starter }, 2, NULL, header);
  add_row (pages, fractions, (const char * const[]) { _("Dates"), dates }, 2, NULL, header);
  add_row (pages, fractions, (const char * const[]) { _("Sessions"), sessions }, 2, NULL, header);
  add_row (pages, fractions, (const char * const[]) { _("Usual pain"), usual }, 2, NULL, header);
  if (report->hold != NULL)
    /* Translators: a warning sign or safety advice: keep its meaning exact */
    add_row (pages, fractions, (const char * const[]) { _("On hold"), report->hold }, 2, NULL, header);
}

static void
add_adherence (VastusReportPages *pages)
{
  const VastusReport *report = pages->report;
  static const double fractions[] = { 0.28, 0.24, 0.24, 0.24 };
  g_autofree char *summary = NULL;
  Block *header;

  /* Translators: a heading of the report: sessions done against the target */
  add_heading (pages, _("Sessions Each Week"));
  if (report->n_target > 0)
    /* Translators: adherence: sessions done against those asked for, in the weeks that are over */
    summary = g_strdup_printf (_("%u of the %u sessions asked for in the weeks that are over were done (%.0f %%)."),
                               report->n_done_full, report->n_target, 100.0 * report->n_done_full / report->n_target);
  else
    summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u session done so far this week.",
                                            "%u sessions done so far this week.", report->n_sessions),
                               report->n_sessions);
  add_text (pages, FONT_BODY, summary, 4);

  header = add_row (pages, fractions,
                    (const char * const[]) { _("Week of"), _("Sessions"),
                                             /* Translators: a column: mean pain during sessions, 0 to 10 */
                                             _("Pain during (mean)"),
                                             /* Translators: a column: mean next-morning pain, 0 to 10 */
                                             _("Next morning (mean)") }, 4, NULL, NULL);
  header->space_before = 6;
  set_continued (pages, header, _("Sessions Each Week"));
  for (guint i = 0; i < report->week_list->len; i++)
    {
      const VastusReportWeek *week = &g_array_index (report->week_list, VastusReportWeek, i);
      g_autofree char *monday = vastus_date_format_date (&week->monday, _("%-d %b %Y"));
      g_autofree char *count = week->partial
                               /* Translators: sessions this week, not over yet: "2 of 3 so far" */
                               ? g_strdup_printf (_("%u of %u so far"), week->sessions, week->target)
                               /* Translators: sessions in a week against the target: "2 of 3" */
                               : g_strdup_printf (_("%u of %u"), week->sessions, week->target);
      g_autofree char *during = mean_text (week->during_mean);
      g_autofree char *morning = mean_text (week->morning_mean);

      add_row (pages, fractions, (const char * const[]) { monday, count, during, morning }, 4, NULL, header);
    }
}

static void
add_pain (VastusReportPages *pages)
{
  const VastusReport *report = pages->report;
  static const double fractions[] = { 0.28, 0.24, 0.16, 0.16, 0.16 };
  g_autofree char *trend = vastus_report_describe_trend (report);
  Block *chart, *header;

  /* Translators: a heading of the report */
  add_heading (pages, _("Pain"));
  add_text (pages, FONT_BODY,
            /* Translators: about knee pain, scored 0 (none) to 10 (worst imaginable): keep numbers and meaning exact */
            _("Pain is scored from 0 (none) to 10 (worst imaginable). Exercise may reach 5/10 and the pain should "
              "settle by the next morning."), 4);
  chart = g_new0 (Block, 1);
  chart->kind = BLOCK_CHART;
  chart->height = CHART_HEIGHT;
  chart->space_before = 8;
  g_ptr_array_add (pages->blocks, chart);
  /* Translators: a heading of the report */
  add_text (pages, FONT_SUB, _("Morning Trend"), 10)->keep_with_next = TRUE;
  add_text (pages, FONT_BODY, trend, 2);
  if (report->sessions->len == 0)
    {
      /* Translators: in the report, where the table of sessions would be */
      add_text (pages, FONT_BODY, _("No sessions in these weeks."), 10);
      return;
    }

  header = add_row (pages, fractions,
                    (const char * const[]) { _("Session"), _("Ended"),
                                             /* Translators: a column of pain scores, 0 to 10 */
                                             _("During"),
                                             /* Translators: a column of pain scores, 0 to 10 */
                                             _("After"),
                                             /* Translators: a column of pain scores, 0 to 10 */
                                             _("Next morning") }, 5, NULL, NULL);
  header->space_before = 10;
  set_continued (pages, header, _("Pain"));
  for (guint i = 0; i < report->sessions->len; i++)
    {
      const VastusReportSession *session = &g_array_index (report->sessions, VastusReportSession, i);
      g_autofree char *day = format_day (session->time, _("%a %-d %b %Y"));
      g_autofree char *during = pain_text (session->during);
      g_autofree char *after = pain_text (session->after);
      g_autofree char *morning = pain_text (session->morning);
      const char *ended = !session->completed ? _("Ended early")
                          : session->shortened ? _("Shorter, completed")
                          : _("Completed");

      add_row (pages, fractions, (const char * const[]) { day, ended, during, after, morning }, 5, NULL, header);
    }
}

static void
add_exercises (VastusReportPages *pages)
{
  const VastusReport *report = pages->report;
  static const double fractions[] = { 0.16, 0.16, 0.34, 0.34 };

  /* Translators: a heading of the report */
  add_heading (pages, _("Each Exercise and the Coach’s Decisions"));
  add_text (pages, FONT_BODY,
            _("After each pain log the coach keeps, raises or lowers each exercise’s dose, one step at a time, "
              "and says why."), 4);

  for (guint i = 0; i < report->exercises->len; i++)
    {
      const VastusReportExercise *exercise = g_ptr_array_index (report->exercises, i);
      g_autofree char *title = exercise->dose != NULL
                               /* Translators: an exercise and its dose now, as a heading: "Quad set: 3 × 10 each leg" */
                               ? g_strdup_printf (_("%s: %s"), exercise->name, exercise->dose)
                               /* Translators: an exercise no longer in the programme, as a heading */
                               : g_strdup_printf (_("%s (no longer in the programme)"), exercise->name);
      Block *header;

      add_text (pages, FONT_SUB, title, 12)->keep_with_next = TRUE;
      if (exercise->decisions->len == 0)
        {
          add_text (pages, FONT_BODY, _("No decisions in these weeks."), 2);
          continue;
        }
      header = add_row (pages, fractions,
                        (const char * const[]) { _("Date"), _("Decision"), _("Dose before"), _("Dose after") }, 4,
                        NULL, NULL);
      header->space_before = 3;
      set_continued (pages, header, exercise->name);
      for (guint j = 0; j < exercise->decisions->len; j++)
        {
          const VastusReportDecision *decision = g_ptr_array_index (exercise->decisions, j);
          g_autofree char *day = format_day (decision->time, _("%-d %b %Y"));
          g_autofree char *label = decision->hold
                                   /* Translators: a decision made while the whole programme went on hold */
                                   ? g_strdup_printf (_("%s (on hold)"), decision->label)
                                   : g_strdup (decision->label);
          g_autofree char *after = decision->renamed != NULL
                                   ? g_strdup_printf (_("%s: %s"), decision->renamed,
                                                      decision->dose_after != NULL ? decision->dose_after : "")
                                   : g_strcmp0 (decision->dose_after, decision->dose_before) == 0
                                   /* Translators: in the "Dose after" column: the dose did not change */
                                   ? g_strdup (_("Unchanged"))
                                   : g_strdup (decision->dose_after);

          add_row (pages, fractions,
                   (const char * const[]) { day, label,
                                            decision->dose_before != NULL ? decision->dose_before : _("–"),
                                            after != NULL ? after : _("–") }, 4,
                   decision->reason, header);
        }
    }
}

static void
add_warnings (VastusReportPages *pages)
{
  const VastusReport *report = pages->report;
  static const double fractions[] = { 0.2, 0.2, 0.6 };
  Block *header;

  /* Translators: a heading of the report: the warning-sign questions and their answers */
  add_heading (pages, _("Warning Signs Answered"));
  if (report->warnings->len == 0)
    {
      add_text (pages, FONT_BODY, _("No warning-sign questions were answered in these weeks."), 4);
      return;
    }
  header = add_row (pages, fractions, (const char * const[]) { _("Date"), _("Asked"), _("Answered yes") }, 3,
                    NULL, NULL);
  header->space_before = 4;
  set_continued (pages, header, _("Warning Signs Answered"));
  for (guint i = 0; i < report->warnings->len; i++)
    {
      const VastusReportWarning *warning = g_ptr_array_index (report->warnings, i);
      g_autofree char *day = format_day (warning->time, _("%-d %b %Y"));
      g_autofree char *yes = warning->yes[0] != NULL ? g_strjoinv ("\n", warning->yes)
                             /* Translators: every warning-sign question was answered no */
                             : g_strdup (_("None: every answer was no"));

      add_row (pages, fractions, (const char * const[]) { day, warning->context, yes }, 3,
               warning->advice, header);
    }
}

static void
add_notes (VastusReportPages *pages)
{
  const VastusReport *report = pages->report;
  static const double fractions[] = { 0.2, 0.8 };
  Block *header;

  /* Translators: a heading of the report: what the person wrote in pain logs */
  add_heading (pages, _("Notes"));
  if (report->notes->len == 0)
    {
      add_text (pages, FONT_BODY, _("No notes in these weeks."), 4);
      return;
    }
  header = add_row (pages, fractions, (const char * const[]) { _("Session"), _("Note") }, 2, NULL, NULL);
  header->space_before = 4;
  set_continued (pages, header, _("Notes"));
  for (guint i = 0; i < report->notes->len; i++)
    {
      const VastusReportNote *note = g_ptr_array_index (report->notes, i);
      g_autofree char *day = format_day (note->time, _("%-d %b %Y"));

      add_row (pages, fractions, (const char * const[]) { day, note->text }, 2, NULL, header);
    }
}

static void
add_program (VastusReportPages *pages)
{
  const VastusReport *report = pages->report;
  static const double fractions[] = { 0.34, 0.66 };
  g_autofree char *target = NULL;
  Block *header;

  /* Translators: a heading of the report */
  add_heading (pages, _("The Programme Now"));
  target = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d session a week.", "%d sessions a week.",
                                         report->sessions_per_week),
                            report->sessions_per_week);
  add_text (pages, FONT_BODY, target, 4);
  header = add_row (pages, fractions, (const char * const[]) { _("Exercise"), _("Dose") }, 2, NULL, NULL);
  header->space_before = 4;
  set_continued (pages, header, _("The Programme Now"));
  for (guint i = 0; i < report->program->len; i++)
    {
      const VastusReportItem *item = g_ptr_array_index (report->program, i);
      g_autofree char *paused = item->paused != NULL
                                /* Translators: an exercise paused by the coach, and why */
                                ? g_strdup_printf (_("Paused: %s"), item->paused) : NULL;

      add_row (pages, fractions, (const char * const[]) { item->name, item->dose }, 2, paused, header);
    }
}

/* Blocks go down the page; one that does not fit starts the next page, a
 * table's header row repeated above it; a heading goes along with the
 * block after it. */
static void
paginate (VastusReportPages *pages)
{
  double top = MARGIN_TOP;
  double bottom = pages->height - MARGIN_BOTTOM;
  double y = top;
  guint page = 0;

  for (guint i = 0; i < pages->blocks->len; i++)
    {
      Block *block = g_ptr_array_index (pages->blocks, i);
      double need = block->space_before + block->height;

      /* Keep with the next one, or two (a heading and a table's header). */
      for (guint j = i; j + 1 < pages->blocks->len && ((Block *) g_ptr_array_index (pages->blocks, j))->keep_with_next; j++)
        need += ((Block *) g_ptr_array_index (pages->blocks, j + 1))->height + 4;

      if (y > top && y + need > bottom)
        {
          page++;
          y = top;
          if (block->table_header != NULL && block->table_header->continued != NULL)
            {
              Placement title = { block->table_header->continued, page, y };

              g_array_append_val (pages->placements, title);
              y += block->table_header->continued->height;
            }
          if (block->table_header != NULL)
            {
              Placement repeat = { block->table_header, page, y };

              g_array_append_val (pages->placements, repeat);
              y += block->table_header->height;
            }
        }
      else if (y > top)
        y += block->space_before;

      g_array_append_val (pages->placements, ((Placement) { block, page, y }));
      y += block->height;
    }
  pages->n_pages = page + 1;
}

/**
 * vastus_report_pages_new:
 * @context: the pango context of the surface the pages are drawn on, at 72
 *   dots an inch
 * @width: the page's width, in points
 * @height: the page's height, in points
 *
 * Lays the report out on pages of this size.
 */
VastusReportPages *
vastus_report_pages_new (const VastusReport *report,
                         PangoContext       *context,
                         double              width,
                         double              height)
{
  VastusReportPages *pages = g_new0 (VastusReportPages, 1);
  g_autofree char *day = format_day (report->now, _("%-d %B %Y"));

  pages->report = report;
  pages->context = g_object_ref (context);
  pages->width = width;
  pages->height = height;
  pages->blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) block_free);
  pages->placements = g_array_new (FALSE, FALSE, sizeof (Placement));
  /* Translators: under the report's title; %s is a date */
  pages->generated = g_strdup_printf (_("For my physiotherapist. Made by Vastus on %s from the sessions, pain logs "
                                        "and programme kept on this computer."), day);

  add_summary (pages);
  add_adherence (pages);
  add_pain (pages);
  add_exercises (pages);
  add_warnings (pages);
  add_notes (pages);
  add_program (pages);
  paginate (pages);
  return pages;
}

guint
vastus_report_pages_get_n_pages (VastusReportPages *pages)
{
  return pages->n_pages;
}

static void
show_layout (cairo_t     *cr,
             PangoLayout *layout,
             double       x,
             double       y)
{
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

static void
draw_row (VastusReportPages *pages,
          cairo_t           *cr,
          Block             *block,
          double             y)
{
  double width = content_width (pages);

  if (block->header)
    {
      cairo_set_source_rgb (cr, 0.9, 0.9, 0.9);
      cairo_rectangle (cr, MARGIN_SIDE, y, width, block->height);
      cairo_fill (cr);
    }
  cairo_set_source_rgb (cr, 0, 0, 0);
  for (guint i = 0; i < block->n_cells; i++)
    show_layout (cr, block->cells[i], MARGIN_SIDE + block->x[i] + CELL_PAD, y + CELL_PAD);
  if (block->below != NULL)
    {
      double cells = 0;

      for (guint i = 0; i < block->n_cells; i++)
        cells = MAX (cells, layout_height (block->cells[i]));
      cairo_set_source_rgb (cr, 0.25, 0.25, 0.25);
      show_layout (cr, block->below, MARGIN_SIDE + 3 * CELL_PAD, y + CELL_PAD + cells + 2);
    }
  cairo_set_source_rgb (cr, 0.6, 0.6, 0.6);
  cairo_set_line_width (cr, 0.5);
  cairo_move_to (cr, MARGIN_SIDE, y + block->height - 0.25);
  cairo_line_to (cr, MARGIN_SIDE + width, y + block->height - 0.25);
  cairo_stroke (cr);
}

typedef enum
{
  MARK_DISC,
  MARK_SQUARE,
  MARK_TRIANGLE,
} Mark;

/* Each series differs by its line and its mark, not by colour alone: the
 * report is often printed in black and white. */
typedef struct
{
  const char *label;
  gsize       offset;
  double      grey;
  double      dash;
  Mark        mark;
} Series;

static void
draw_mark (cairo_t *cr,
           Mark     mark,
           double   x,
           double   y)
{
  switch (mark)
    {
    case MARK_DISC:
      cairo_new_sub_path (cr);
      cairo_arc (cr, x, y, 2.6, 0, 2 * G_PI);
      cairo_fill (cr);
      break;
    case MARK_SQUARE:
      cairo_rectangle (cr, x - 2.6, y - 2.6, 5.2, 5.2);
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_fill_preserve (cr);
      cairo_set_source_rgb (cr, 0, 0, 0);
      cairo_set_line_width (cr, 1);
      cairo_set_dash (cr, NULL, 0, 0);
      cairo_stroke (cr);
      break;
    case MARK_TRIANGLE:
    default:
      cairo_move_to (cr, x, y - 3.2);
      cairo_line_to (cr, x + 3, y + 2.2);
      cairo_line_to (cr, x - 3, y + 2.2);
      cairo_close_path (cr);
      cairo_fill (cr);
      break;
    }
}

static void
draw_series_line (cairo_t      *cr,
                  const Series *series,
                  double        x0,
                  double        y0,
                  double        x1,
                  double        y1)
{
  double dash[] = { series->dash, series->dash * 0.7 };

  cairo_set_source_rgb (cr, series->grey, series->grey, series->grey);
  cairo_set_line_width (cr, 1.4);
  cairo_set_dash (cr, dash, series->dash > 0 ? 2 : 0, 0);
  cairo_move_to (cr, x0, y0);
  cairo_line_to (cr, x1, y1);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);
}

static void
draw_chart (VastusReportPages *pages,
            cairo_t           *cr,
            double             top)
{
  const VastusReport *report = pages->report;
  const Series series[] = {
    /* Translators: a line of the pain chart */
    { N_("During the session"), G_STRUCT_OFFSET (VastusReportSession, during), 0.0, 0, MARK_DISC },
    /* Translators: a line of the pain chart */
    { N_("After the session"), G_STRUCT_OFFSET (VastusReportSession, after), 0.35, 5, MARK_SQUARE },
    /* Translators: a line of the pain chart */
    { N_("Next morning"), G_STRUCT_OFFSET (VastusReportSession, morning), 0.55, 1.6, MARK_TRIANGLE },
  };
  double legend_height = 16;
  double left = MARGIN_SIDE + 22;
  double right = pages->width - MARGIN_SIDE - 4;
  double bottom = top + CHART_HEIGHT - legend_height - 16;
  double chart_top = top + 6;
  double span = (double) MAX (report->to - report->from, 1);
  double legend_x = MARGIN_SIDE;
  double ceiling_y = bottom - (bottom - chart_top) * 5 / 10.0;
  g_autoptr (PangoLayout) ceiling = NULL;

#define X_OF(time) (left + (right - left) * (double) ((time) - report->from) / span)
#define Y_OF(pain) (bottom - (bottom - chart_top) * (pain) / 10.0)

  /* Axes and the scale. */
  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_set_line_width (cr, 0.8);
  cairo_move_to (cr, left, chart_top);
  cairo_line_to (cr, left, bottom);
  cairo_line_to (cr, right, bottom);
  cairo_stroke (cr);
  for (int pain = 0; pain <= 10; pain += 5)
    {
      g_autofree char *text = g_strdup_printf ("%d", pain);
      g_autoptr (PangoLayout) layout = make_layout (pages, FONT_SMALL, text, 18);

      pango_layout_set_alignment (layout, PANGO_ALIGN_RIGHT);
      show_layout (cr, layout, left - 22, Y_OF (pain) - layout_height (layout) / 2);
    }

  /* A tick and a date at each week's Monday. */
  for (guint i = 0; i < report->week_list->len; i++)
    {
      const VastusReportWeek *week = &g_array_index (report->week_list, VastusReportWeek, i);
      g_autofree char *text = vastus_date_format_date (&week->monday, _("%-d %b"));
      g_autoptr (GDateTime) monday = g_date_time_new_local (g_date_get_year (&week->monday),
                                                            g_date_get_month (&week->monday),
                                                            g_date_get_day (&week->monday), 0, 0, 0);
      double x = X_OF (g_date_time_to_unix (monday) * G_USEC_PER_SEC);
      g_autoptr (PangoLayout) layout = make_layout (pages, FONT_SMALL, text, 60);

      cairo_set_source_rgb (cr, 0.8, 0.8, 0.8);
      cairo_set_line_width (cr, 0.5);
      cairo_move_to (cr, x, chart_top);
      cairo_line_to (cr, x, bottom);
      cairo_stroke (cr);
      cairo_set_source_rgb (cr, 0, 0, 0);
      /* Every week fits at 12 weeks or fewer; beyond, every other one. */
      if (report->week_list->len <= 12 || i % 2 == 0)
        show_layout (cr, layout, x + 2, bottom + 2);
    }

  /* The 5/10 line: a thick dash-dot line, labelled, so that it reads
   * without colour. */
  {
    double dash_dot[] = { 7, 3, 1.5, 3 };

    cairo_set_source_rgb (cr, 0, 0, 0);
    cairo_set_line_width (cr, 1.8);
    cairo_set_dash (cr, dash_dot, 4, 0);
    cairo_move_to (cr, left, ceiling_y);
    cairo_line_to (cr, right, ceiling_y);
    cairo_stroke (cr);
    cairo_set_dash (cr, NULL, 0, 0);
    /* Translators: the label of the 5/10 line on the pain chart: keep its meaning exact */
    ceiling = make_layout (pages, FONT_SMALL, _("5/10: the most pain exercise should cause"), right - left);
    pango_layout_set_alignment (ceiling, PANGO_ALIGN_RIGHT);
    show_layout (cr, ceiling, left, ceiling_y - layout_height (ceiling) - 1);
  }

  for (guint s = 0; s < G_N_ELEMENTS (series); s++)
    {
      double last_x = -1, last_y = -1;
      g_autoptr (PangoLayout) label = make_layout (pages, FONT_SMALL, _(series[s].label), 140);
      int label_width, label_height;

      for (guint i = 0; i < report->sessions->len; i++)
        {
          const VastusReportSession *session = &g_array_index (report->sessions, VastusReportSession, i);
          int pain = G_STRUCT_MEMBER (int, session, series[s].offset);
          double x = X_OF (session->time), y;

          if (pain < 0)
            continue;
          y = Y_OF (pain);
          if (last_x >= 0)
            draw_series_line (cr, &series[s], last_x, last_y, x, y);
          last_x = x;
          last_y = y;
        }
      for (guint i = 0; i < report->sessions->len; i++)
        {
          const VastusReportSession *session = &g_array_index (report->sessions, VastusReportSession, i);
          int pain = G_STRUCT_MEMBER (int, session, series[s].offset);

          if (pain < 0)
            continue;
          cairo_set_source_rgb (cr, series[s].grey, series[s].grey, series[s].grey);
          draw_mark (cr, series[s].mark, X_OF (session->time), Y_OF (pain));
        }

      /* The legend: a stretch of the line, its mark and its name. */
      draw_series_line (cr, &series[s], legend_x, top + CHART_HEIGHT - legend_height / 2,
                        legend_x + 26, top + CHART_HEIGHT - legend_height / 2);
      cairo_set_source_rgb (cr, series[s].grey, series[s].grey, series[s].grey);
      draw_mark (cr, series[s].mark, legend_x + 13, top + CHART_HEIGHT - legend_height / 2);
      cairo_set_source_rgb (cr, 0, 0, 0);
      pango_layout_set_width (label, -1);
      pango_layout_get_size (label, &label_width, &label_height);
      show_layout (cr, label, legend_x + 31, top + CHART_HEIGHT - legend_height / 2 - layout_height (label) / 2);
      legend_x += 31 + (double) label_width / PANGO_SCALE + 16;
    }

#undef X_OF
#undef Y_OF
}

static void
draw_footer (VastusReportPages *pages,
             cairo_t           *cr,
             guint              page)
{
  double width = content_width (pages);
  double y = pages->height - MARGIN_BOTTOM + FOOTER_GAP;
  /* Translators: the footer on every page of the report: keep its meaning exact */
  g_autoptr (PangoLayout) notice = make_layout (pages, FONT_SMALL,
                                                _("Vastus is not a diagnosis and does not replace a physiotherapist."),
                                                width * 0.75);
  g_autofree char *number = g_strdup_printf (_("Page %u of %u"), page + 1, pages->n_pages);
  g_autoptr (PangoLayout) numbering = make_layout (pages, FONT_SMALL, number, width * 0.25);

  cairo_set_source_rgb (cr, 0.4, 0.4, 0.4);
  cairo_set_line_width (cr, 0.5);
  cairo_move_to (cr, MARGIN_SIDE, y - 4);
  cairo_line_to (cr, MARGIN_SIDE + width, y - 4);
  cairo_stroke (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  show_layout (cr, notice, MARGIN_SIDE, y);
  pango_layout_set_alignment (numbering, PANGO_ALIGN_RIGHT);
  show_layout (cr, numbering, MARGIN_SIDE + width * 0.75, y);
}

/**
 * vastus_report_pages_draw:
 * @page: from 0
 *
 * Draws one page, footer included, on @cr in points from its top left.
 */
void
vastus_report_pages_draw (VastusReportPages *pages,
                          cairo_t           *cr,
                          guint              page)
{
  g_return_if_fail (page < pages->n_pages);

  cairo_save (cr);
  for (guint i = 0; i < pages->placements->len; i++)
    {
      const Placement *placement = &g_array_index (pages->placements, Placement, i);

      if (placement->page != page)
        continue;
      switch (placement->block->kind)
        {
        case BLOCK_TEXT:
          cairo_set_source_rgb (cr, 0, 0, 0);
          show_layout (cr, placement->block->cells[0], MARGIN_SIDE, placement->y);
          break;
        case BLOCK_ROW:
          draw_row (pages, cr, placement->block, placement->y);
          break;
        case BLOCK_CHART:
        default:
          draw_chart (pages, cr, placement->y);
          break;
        }
    }
  draw_footer (pages, cr, page);
  cairo_restore (cr);
}

/**
 * vastus_report_write_pdf:
 * @paper: the page size
 *
 * Writes the report to @path as a PDF, replacing the file only once it is
 * whole.
 */
gboolean
vastus_report_write_pdf (const VastusReport *report,
                         GtkPaperSize       *paper,
                         const char         *path,
                         GError            **error)
{
  double width = gtk_paper_size_get_width (paper, GTK_UNIT_POINTS);
  double height = gtk_paper_size_get_height (paper, GTK_UNIT_POINTS);
  g_autofree char *partial = g_strconcat (path, ".part", NULL);
  g_autoptr (GObject) context_owner = NULL;
  PangoContext *context;
  g_autoptr (VastusReportPages) pages = NULL;
  cairo_font_options_t *options;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  surface = cairo_pdf_surface_create (partial, width, height);
  if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   /* Translators: %s is a file name, then the reason */
                   _("Could not write the report to %s: %s"), path,
                   cairo_status_to_string (cairo_surface_status (surface)));
      cairo_surface_destroy (surface);
      g_unlink (partial);
      return FALSE;
    }
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, _("Knee Exercise Report"));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Vastus");

  /* Points at 72 dots an inch, unhinted: what prints is what was measured. */
  context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  context_owner = G_OBJECT (context);
  pango_cairo_context_set_resolution (context, 72);
  options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  cairo_font_options_destroy (options);

  pages = vastus_report_pages_new (report, context, width, height);
  cr = cairo_create (surface);
  for (guint i = 0; i < vastus_report_pages_get_n_pages (pages); i++)
    {
      vastus_report_pages_draw (pages, cr, i);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not write the report to %s: %s"), path,
                   cairo_status_to_string (status));
      g_unlink (partial);
      return FALSE;
    }
  if (g_rename (partial, path) != 0)
    {
      int saved = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved), _("Could not write the report to %s: %s"),
                   path, g_strerror (saved));
      g_unlink (partial);
      return FALSE;
    }
  return TRUE;
}
