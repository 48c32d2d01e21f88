/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "vastus-data-check"

#include "config.h"

#include "vastus-data-check.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "vastus-catalogue.h"
#include "vastus-checkpoint.h"
#include "vastus-journal.h"
#include "vastus-program.h"

/*
 * vastus --check: reads everything Vastus keeps for the person, as the app
 * would, and says every problem with its file, line or field. It never
 * writes: not the files, not their times, not a temporary file.
 */

static void
problem (GString  *report,
         guint    *count,
         const char *text)
{
  g_string_append_printf (report, "%s\n", text);
  (*count)++;
}

/* The person's catalogue files, each as the app would merge it. */
static void
check_catalogue (GString *report,
                 guint   *count)
{
  g_autofree char *folder = vastus_catalogue_user_folder ();
  g_autoptr (GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GError) error = NULL;
  g_autoptr (GDir) dir = NULL;
  g_autoptr (VastusCatalogue) builtin = vastus_catalogue_new_builtin (&error);
  const char *name;

  if (builtin == NULL)
    problem (report, count, error->message);

  dir = g_dir_open (folder, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".json"))
      g_ptr_array_add (paths, g_build_filename (folder, name, NULL));
  if (paths->len == 0)
    return;
  g_ptr_array_sort (paths, (GCompareFunc) g_strcmp0);

  for (guint i = 0; i < paths->len; i++)
    {
      g_autoptr (GString) one = g_string_new (NULL);
      const char *single[] = { g_ptr_array_index (paths, i), NULL };

      if (!vastus_catalogue_validate_files (single, one))
        {
          g_string_append (report, one->str);
          (*count)++;
        }
    }
}

/**
 * vastus_data_check:
 * @report: receives a line per problem, then a last line that sums up
 * @n_problems: (out) (optional): how many problems were found
 *
 * Checks the person's data folder: catalogue.d, program.json, journal.jsonl
 * and an interrupted session, reading only.
 *
 * Returns: %TRUE when nothing is wrong
 */
gboolean
vastus_data_check (GString *report,
                   guint   *n_problems)
{
  g_autofree char *program_path = vastus_program_default_path ();
  g_autofree char *checkpoint_path = vastus_checkpoint_default_path ();
  g_autoptr (VastusCatalogue) catalogue = NULL;
  g_autoptr (VastusProgram) program = NULL;
  g_autoptr (VastusJournal) journal = vastus_journal_new (NULL);
  g_autoptr (GError) error = NULL;
  g_autofree char *folder = g_path_get_dirname (program_path);
  guint count = 0;

  g_return_val_if_fail (report != NULL, FALSE);

  check_catalogue (report, &count);

  /* The programme, against the catalogue the app would have. */
  catalogue = vastus_catalogue_new_builtin (NULL);
  if (catalogue == NULL)
    catalogue = vastus_catalogue_new ();
  {
    g_autofree char *user = vastus_catalogue_user_folder ();
    g_autoptr (GPtrArray) skipped = vastus_catalogue_load_folder (catalogue, user);
  }
  if (g_file_test (program_path, G_FILE_TEST_EXISTS))
    {
      g_autoptr (GPtrArray) problems = NULL;

      program = vastus_program_load (program_path, catalogue, &problems, &error);
      if (program == NULL)
        problem (report, &count, error->message);
      for (guint i = 0; problems != NULL && i < problems->len; i++)
        problem (report, &count, g_ptr_array_index (problems, i));
      g_clear_error (&error);
    }

  /* The journal: a damaged line is a problem of its own, with its number. */
  if (!vastus_journal_load (journal, &error))
    problem (report, &count, error->message);
  for (guint i = 0; i < vastus_journal_get_problems (journal)->len; i++)
    problem (report, &count, g_ptr_array_index (vastus_journal_get_problems (journal), i));
  g_clear_error (&error);

  /* An interrupted session that could not be resumed. */
  if (program != NULL && g_file_test (checkpoint_path, G_FILE_TEST_EXISTS))
    {
      g_autoptr (VastusPlan) plan = vastus_program_build_plan (program);
      guint step;
      gint64 saved_at;

      if (!vastus_checkpoint_peek (checkpoint_path, plan, &step, &saved_at, &error))
        {
          /* Translators: a problem with the saved session, then what it means */
          g_autofree char *line = g_strdup_printf (_("%s (the interrupted session cannot be resumed)"), error->message);

          problem (report, &count, line);
        }
    }

  if (count == 0)
    g_string_append_printf (report, _("No problems found in %s.\n"), folder);
  else
    g_string_append_printf (report, g_dngettext (GETTEXT_PACKAGE, "%u problem found in %s.\n",
                                                 "%u problems found in %s.\n", count), count, folder);
  if (n_problems != NULL)
    *n_problems = count;
  return count == 0;
}
