/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "vastus-catalogue.h"
#include "vastus-progression.h"

G_BEGIN_DECLS

/* One decision of the progression engine, as the windows show it. */
typedef struct
{
  const char         *exercise;   /* the exercise's id */
  VastusDecisionKind  kind;
  const char         *reason;     /* one plain sentence */
} VastusDecisionItem;

GPtrArray *vastus_decision_rows_new (VastusCatalogue          *catalogue,
                                     const VastusDecisionItem *items,
                                     guint                     n_items);

G_END_DECLS
