/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "vastus-clip-lookup"

#include "config.h"

#include "vastus-clip-lookup.h"
#include "vastus-catalogue.h"

/**
 * vastus_clip_builtin_folder:
 *
 * Returns: where the clips rendered at build time are: $VASTUS_CLIP_DIR when
 *   set (running from the build tree), the installed folder otherwise
 */
char *
vastus_clip_builtin_folder (void)
{
  const char *folder = g_getenv ("VASTUS_CLIP_DIR");

  if (folder != NULL && folder[0] != '\0')
    return g_strdup (folder);

  return g_build_filename (PKGDATADIR, "clips", NULL);
}

/**
 * vastus_clip_cache_folder:
 *
 * Returns: where clips of the person's own exercises are rendered to
 */
char *
vastus_clip_cache_folder (void)
{
  return g_build_filename (g_get_user_cache_dir (), APPLICATION_ID, "clips", NULL);
}

/**
 * vastus_clip_dark_variant:
 * @path: a drawn clip, rendered at build time or cached
 *
 * Drawn clips come in the light and the dark style's palette: the dark one
 * beside the light one, in a folder named "dark".
 *
 * Returns: where the dark style's variant of @path is
 */
char *
vastus_clip_dark_variant (const char *path)
{
  g_autofree char *folder = g_path_get_dirname (path);
  g_autofree char *name = g_path_get_basename (path);

  return g_build_filename (folder, "dark", name, NULL);
}

/* The cached clip's name changes with the pose, so an edited pose is rendered anew. */
static char *
cache_path (VastusExercise *exercise)
{
  g_autofree char *folder = vastus_clip_cache_folder ();
  g_autofree char *digest = g_compute_checksum_for_data (G_CHECKSUM_SHA1,
                                                         (const guchar *) vastus_exercise_get_pose (exercise),
                                                         sizeof (VastusPose));
  g_autofree char *name = g_strdup_printf ("%s-%.12s.webm", vastus_exercise_get_id (exercise), digest);

  return g_build_filename (folder, name, NULL);
}

static gboolean
is_builtin (VastusExercise *exercise)
{
  g_autofree char *builtin = vastus_catalogue_builtin_folder ();
  g_autofree char *a = g_canonicalize_filename (builtin, NULL);
  g_autofree char *b = g_canonicalize_filename (vastus_exercise_get_folder (exercise), NULL);

  return g_strcmp0 (a, b) == 0;
}

/**
 * vastus_clip_find:
 * @own_video: (nullable): a video the person chose for this exercise
 * @source: (out): where the clip comes from
 * @error: with %VASTUS_CLIP_REFUSED, why the recorded clip is not played
 *
 * Picks the clip to play: the person's own video, else the catalogue's recorded
 * clip (refused when a link leads it outside the catalogue's folder), else
 * the clip rendered at build time, else one rendered on this computer. An
 * exercise with a pose and none of these gets the path where its clip should
 * be rendered, with %VASTUS_CLIP_TO_RENDER.
 *
 * Returns: (nullable): the clip's path
 */
char *
vastus_clip_find (VastusExercise    *exercise,
                  const char        *own_video,
                  VastusClipSource  *source,
                  GError           **error)
{
  g_autofree char *folder = NULL;
  g_autofree char *rendered = NULL;
  g_autofree char *name = NULL;
  g_autofree char *cached = NULL;

  g_return_val_if_fail (VASTUS_IS_EXERCISE (exercise), NULL);

  if (own_video != NULL && own_video[0] != '\0')
    {
      *source = VASTUS_CLIP_OWN;
      return g_strdup (own_video);
    }

  /* Played from where it really is, and only if that is inside the
   * catalogue's folder: a link can have changed since the catalogue was read. */
  if (vastus_exercise_get_clip (exercise) != NULL)
    {
      g_autoptr (GError) refusal = NULL;
      char *real = vastus_exercise_resolve_clip (exercise, &refusal);

      if (real == NULL)
        {
          *source = VASTUS_CLIP_REFUSED;
          g_propagate_error (error, g_steal_pointer (&refusal));
          return NULL;
        }

      *source = VASTUS_CLIP_RECORDED;
      return real;
    }

  if (vastus_exercise_get_pose (exercise) == NULL)
    {
      *source = VASTUS_CLIP_NONE;
      return NULL;
    }

  /* Clips rendered at build time are of the built-in exercises: a user file
   * that redefines one of them gets its own clip. */
  folder = vastus_clip_builtin_folder ();
  name = g_strdup_printf ("%s.webm", vastus_exercise_get_id (exercise));
  rendered = g_build_filename (folder, name, NULL);
  if (is_builtin (exercise) && g_file_test (rendered, G_FILE_TEST_IS_REGULAR))
    {
      *source = VASTUS_CLIP_RENDERED;
      return g_steal_pointer (&rendered);
    }

  cached = cache_path (exercise);
  *source = g_file_test (cached, G_FILE_TEST_IS_REGULAR) ? VASTUS_CLIP_CACHED : VASTUS_CLIP_TO_RENDER;
  return g_steal_pointer (&cached);
}

/**
 * vastus_clip_get_own:
 * @settings: Vastus's settings
 *
 * Returns: (transfer full) (nullable): the video the person chose for an
 *   exercise, or %NULL for the standard clip
 */
char *
vastus_clip_get_own (GSettings  *settings,
                     const char *exercise_id)
{
  g_autoptr (GVariant) own = NULL;
  char *path = NULL;

  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  own = g_settings_get_value (settings, "own-clips");
  g_variant_lookup (own, exercise_id, "s", &path);
  return path;
}

/**
 * vastus_clip_set_own:
 * @path: (nullable): a video, or %NULL for the standard clip
 */
void
vastus_clip_set_own (GSettings  *settings,
                     const char *exercise_id,
                     const char *path)
{
  g_autoptr (GVariant) own = NULL;
  GVariantBuilder builder;
  GVariantIter iter;
  const char *key, *value;

  g_return_if_fail (G_IS_SETTINGS (settings));

  own = g_settings_get_value (settings, "own-clips");
  g_variant_builder_init (&builder, G_VARIANT_TYPE ("a{ss}"));
  g_variant_iter_init (&iter, own);
  while (g_variant_iter_next (&iter, "{&s&s}", &key, &value))
    if (g_strcmp0 (key, exercise_id) != 0)
      g_variant_builder_add (&builder, "{ss}", key, value);
  if (path != NULL)
    g_variant_builder_add (&builder, "{ss}", exercise_id, path);
  g_settings_set_value (settings, "own-clips", g_variant_builder_end (&builder));
}
