/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define VASTUS_TYPE_CLIP_VIEW (vastus_clip_view_get_type ())

G_DECLARE_FINAL_TYPE (VastusClipView, vastus_clip_view, VASTUS, CLIP_VIEW, AdwBin)

void            vastus_clip_view_set_file     (VastusClipView *self,
                                               GFile          *file);
void            vastus_clip_view_set_drawn    (VastusClipView *self,
                                               GFile          *light,
                                               GFile          *dark);
void            vastus_clip_view_show_message (VastusClipView *self,
                                               const char     *title,
                                               const char     *message);
GtkMediaStream *vastus_clip_view_get_stream   (VastusClipView *self);

G_END_DECLS
