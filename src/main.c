/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "vastus-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr (VastusApplication) app = NULL;

  const char *locale_dir = g_getenv ("VASTUS_LOCALE_DIR");

  setlocale (LC_ALL, "");
  /* VASTUS_LOCALE_DIR: the build tree's translations, to run uninstalled. */
  bindtextdomain (GETTEXT_PACKAGE, locale_dir != NULL && locale_dir[0] != '\0' ? locale_dir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = vastus_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
