/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "vastus-exercise.h"

G_BEGIN_DECLS

typedef enum
{
  VASTUS_CLIP_NONE,       /* no clip, and no pose to render one from */
  VASTUS_CLIP_OWN,        /* a video the person chose for this exercise */
  VASTUS_CLIP_RECORDED,   /* a recorded clip the catalogue names */
  VASTUS_CLIP_REFUSED,    /* a recorded clip whose links lead outside the catalogue's folder */
  VASTUS_CLIP_RENDERED,   /* rendered from the pose when Vastus was built */
  VASTUS_CLIP_CACHED,     /* rendered from the pose on this computer */
  VASTUS_CLIP_TO_RENDER,  /* not rendered yet: the path is where it will go */
} VastusClipSource;

char             *vastus_clip_builtin_folder (void);
char             *vastus_clip_cache_folder   (void);
char             *vastus_clip_find           (VastusExercise    *exercise,
                                              const char        *own_video,
                                              VastusClipSource  *source,
                                              GError           **error);
char             *vastus_clip_dark_variant   (const char        *path);
char             *vastus_clip_get_own        (GSettings         *settings,
                                              const char        *exercise_id);
void              vastus_clip_set_own        (GSettings         *settings,
                                              const char        *exercise_id,
                                              const char        *path);

G_END_DECLS
