/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "vastus-red-flags"

#include "config.h"

#include "vastus-red-flags.h"

#include <glib/gi18n.h>

/*
 * The warning signs that stop exercise and send the person to a
 * professional: asked at the first run and one click away in every session.
 * They follow the red flags for knee pain in the patellofemoral pain
 * guidelines (Willy et al. 2019) and the NHS advice on knee pain: a knee
 * that cannot take weight, locks or gives way, swells a lot or fast after an
 * injury, is hot and red with fever (infection), a swollen painful calf (a
 * clot), a kneecap that came out of place, a deformity, or severe pain at
 * night. Breathlessness or chest pain with it is an emergency.
 */

static const VastusRedFlag flags[] = {
  { "weight", N_("Is it hard or impossible to put weight on the leg?"), FALSE },
  { "locking", N_("Does the knee lock, so that you cannot straighten it, or give way under you?"), FALSE },
  { "swelling", N_("Has the knee swollen a lot, or did it swell within two hours of a fall, twist or knock?"), FALSE },
  { "infection", N_("Is the knee hot and red, or do you have a fever or feel unwell?"), FALSE },
  { "calf", N_("Is your calf painful, swollen, warm or tender?"), FALSE },
  { "breathless", N_("Are you short of breath, or do you have chest pain?"), TRUE },
  { "kneecap", N_("Did your kneecap slip out of place?"), FALSE },
  { "deformity", N_("Does the knee or leg look out of shape?"), FALSE },
  { "night", N_("Is the pain severe at night, or does it keep you awake?"), FALSE },
};

/**
 * vastus_red_flags_get:
 *
 * Returns: (array length=n_flags): the warning signs, in the order asked
 */
const VastusRedFlag *
vastus_red_flags_get (guint *n_flags)
{
  *n_flags = G_N_ELEMENTS (flags);
  return flags;
}

const VastusRedFlag *
vastus_red_flags_lookup (const char *id)
{
  for (guint i = 0; i < G_N_ELEMENTS (flags); i++)
    if (g_strcmp0 (flags[i].id, id) == 0)
      return &flags[i];
  return NULL;
}

/**
 * vastus_red_flags_advice:
 * @yes: (array zero-terminated=1): the ids answered yes
 *
 * Returns: (transfer full): what to do and why, plainly, for those answers
 */
char *
vastus_red_flags_advice (const char * const *yes)
{
  gboolean emergency = FALSE;

  for (guint i = 0; yes != NULL && yes[i] != NULL; i++)
    {
      const VastusRedFlag *flag = vastus_red_flags_lookup (yes[i]);

      if (flag != NULL && flag->emergency)
        emergency = TRUE;
    }

  if (emergency)
    return g_strdup (_("Call your local emergency number now. Shortness of breath or chest pain, especially with a "
                       "painful or swollen calf, can be a blood clot in the lungs, which needs help at once."));

  return g_strdup (_("Stop exercising and have your knee checked by a doctor or physiotherapist today. What you "
                     "answered can be a sign of an injury, an infection or a blood clot, which exercise can make "
                     "worse and which need to be seen quickly. Until then, rest the knee and do not start another "
                     "session."));
}

/**
 * vastus_red_flags_record:
 * @context: "session" or "first-run"
 * @session_id: (nullable): the session it stopped
 *
 * Returns: (transfer full): the journal's record of the answers and advice
 */
cJSON *
vastus_red_flags_record (const char * const *yes,
                         const char         *context,
                         const char         *session_id)
{
  cJSON *record = cJSON_CreateObject ();
  cJSON *answers = cJSON_AddArrayToObject (record, "yes");
  g_autofree char *advice = vastus_red_flags_advice (yes);

  for (guint i = 0; yes != NULL && yes[i] != NULL; i++)
    cJSON_AddItemToArray (answers, cJSON_CreateString (yes[i]));
  cJSON_AddStringToObject (record, "context", context);
  if (session_id != NULL)
    cJSON_AddStringToObject (record, "session", session_id);
  cJSON_AddStringToObject (record, "advice", advice);
  return record;
}
