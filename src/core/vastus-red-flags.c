/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "vastus-red-flags"

#include "config.h"

#include "vastus-red-flags.h"

#include <glib/gi18n.h>

/*
 * The warning signs that stop exercise and send the person to a
 * professional: asked at the first run and one click away in every session.
 * Each is something that looks like kneecap pain but is not, or that exercise
 * would make worse. Sources:
 *
 * - Willy RW et al. Patellofemoral pain: clinical practice guidelines.
 *   J Orthop Sports Phys Ther 2019;49(9):CPG1-CPG95. Patellofemoral pain is
 *   called so only once other causes of knee pain are ruled out.
 * - NICE Clinical Knowledge Summaries, Knee pain: assessment, and the NHS
 *   referral pathways built on it. The serious causes to rule out include
 *   fracture, septic arthritis (more likely after surgery or an injection
 *   into the joint), a deep vein thrombosis, a tumour (past cancer, weight
 *   loss, pain at night), inflammatory arthritis (other swollen joints, long
 *   morning stiffness), nerve problems, a locked knee, a dislocated kneecap,
 *   and in young people a hip problem such as a slipped upper femoral
 *   epiphysis, felt in the knee.
 * - The Ottawa knee rule (Stiell IG et al., Ann Emerg Med 1995): after an
 *   injury, a knee that cannot bend to 90 degrees, or a person who cannot
 *   take four steps (limping allowed), needs an X-ray.
 *
 * Breathlessness or chest pain is the one emergency: with a sore calf it can
 * be a clot that has reached the lungs.
 *
 * Giving way is not asked alone. With kneecap pain the thigh muscle often
 * lets go for a moment when the kneecap hurts; that is common, not a danger,
 * and asking about it would stop many people who should keep exercising.
 * Giving way that began with a fall, twist or knock, or that makes the knee
 * swell, is different: it can be a torn ligament or meniscus, so that
 * narrower question is asked. A kneecap that slipped out has its own.
 *
 * The ids are written to the journal: an id keeps its meaning for good, a
 * new question gets a new id. "locking" once also asked about giving way; it
 * now asks about true locking only.
 */

static const VastusRedFlag flags[] = {
  { .id = "breathless", .emergency = TRUE,
    /* Translators: a warning-sign question, answered yes or no: keep its meaning exact */
    .question = N_("Have you suddenly become short of breath, more than the exercise explains, or do you have chest pain?"),
    /* Translators: explains the warning-sign question above: keep its meaning exact */
    .detail = N_("If so, call your local emergency number now, before anything else.") },
  { .id = "calf",
    /* Translators: a warning-sign question, answered yes or no: keep its meaning exact */
    .question = N_("Is one calf swollen, warm or tender compared with the other?") },
  { .id = "infection",
    /* Translators: a warning-sign question, answered yes or no: keep its meaning exact */
    .question = N_("Is the knee hot, red or swollen for no clear reason, or do you have a fever or shivers along with the knee pain?") },
  { .id = "surgery-injection",
    /* Translators: a warning-sign question, answered yes or no: keep its meaning exact */
    .question = N_("Have you had an operation on the knee, or an injection into it, in the last three months?"),
    /* Translators: explains the warning-sign question above: keep its meaning exact */
    .detail = N_("A knee that was operated on or injected can get infected, so it needs to be checked first.") },
  { .id = "weight",
    /* Translators: a warning-sign question, answered yes or no: keep its meaning exact */
    .question = N_("Are you unable to stand on the leg, or to walk on it without help?") },
  { .id = "bend-or-walk",
    /* Translators: a warning-sign question, answered yes or no: keep its meaning exact */
    .question = N_("Since a fall, twist or knock, are you unable to bend the knee to a right angle, or unable to take four steps?"),
    /* Translators: explains the warning-sign question above: keep its meaning exact */
    .detail = N_("A right angle is how far your knee bends when you sit on a chair with your feet flat on the floor. "
                 "Steps with a limp still count.") },
  { .id = "swelling",
    /* Translators: a warning-sign question, answered yes or no: keep its meaning exact */
    .question = N_("Has the knee swollen a lot, or did it swell within two hours of a fall, twist or knock?") },
  { .id = "locking",
    /* Translators: a warning-sign question, answered yes or no: keep its meaning exact */
    .question = N_("Does the knee get stuck, so that you cannot straighten it?"),
    /* Translators: explains the warning-sign question above: keep its meaning exact */
    .detail = N_("Locking means the knee stays stuck until you move it in a certain way to free it.") },
  { .id = "giving-way", .soon = TRUE,
    /* Translators: a warning-sign question, answered yes or no: keep its meaning exact */
    .question = N_("Since a fall, twist or knock, does the knee give way under you, or swell up after it gives way?"),
    /* Translators: explains the warning-sign question above: keep its meaning exact */
    .detail = N_("A knee that sometimes gives way because of pain is common with kneecap pain, and is not by itself "
                 "a reason to stop.") },
  { .id = "kneecap",
    /* Translators: a warning-sign question, answered yes or no: keep its meaning exact */
    .question = N_("Has your kneecap slipped out of place in the last three months?"),
    /* Translators: explains the warning-sign question above: keep its meaning exact */
    .detail = N_("Answer yes even if it went back by itself.") },
  { .id = "deformity",
    /* Translators: a warning-sign question, answered yes or no: keep its meaning exact */
    .question = N_("Does the knee or leg look out of shape?"),
    /* Translators: explains the warning-sign question above: keep its meaning exact */
    .detail = N_("For example, it is bent at an odd angle or has a new lump.") },
  { .id = "numbness",
    /* Translators: a warning-sign question, answered yes or no: keep its meaning exact */
    .question = N_("Do you have numbness or pins and needles in the leg or foot, or does your foot drag or slap down when you walk?"),
    /* Translators: explains the warning-sign question above: keep its meaning exact */
    .detail = N_("Thigh muscles that tire or feel weak with kneecap pain are common, and are what the exercises are for. "
                 "This question is about numbness, or a foot that will not lift.") },
  { .id = "night", .soon = TRUE,
    /* Translators: a warning-sign question, answered yes or no: keep its meaning exact */
    .question = N_("Is the pain severe at night, keeping you awake whatever position you lie in?") },
  { .id = "unwell", .soon = TRUE,
    /* Translators: a warning-sign question, answered yes or no: keep its meaning exact */
    .question = N_("Have you lost weight without trying, or felt generally unwell, in the last few weeks?"),
    /* Translators: explains the warning-sign question above: keep its meaning exact */
    .detail = N_("If you have had cancer, also answer yes if this knee pain is new, constant, or worse at rest.") },
  { .id = "other-joints", .soon = TRUE,
    /* Translators: a warning-sign question, answered yes or no: keep its meaning exact */
    .question = N_("Are other joints swollen as well, or are your joints stiff for more than 30 minutes each morning?") },
  { .id = "young-hip",
    /* Translators: a warning-sign question, answered yes or no: keep its meaning exact */
    .question = N_("Are you under 18, and do you limp or have pain in your hip, groin or thigh?"),
    /* Translators: explains the warning-sign question above: keep its meaning exact */
    .detail = N_("In young people, a hip problem can be felt as pain in the knee.") },
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

/**
 * vastus_red_flags_lookup:
 * @id: an id, as written in the journal
 *
 * Returns: (nullable): the warning sign with that id, or %NULL if there is none
 */
const VastusRedFlag *
vastus_red_flags_lookup (const char *id)
{
  for (guint i = 0; i < G_N_ELEMENTS (flags); i++)
    if (g_strcmp0 (flags[i].id, id) == 0)
      return &flags[i];
  return NULL;
}

/**
 * vastus_red_flags_is_emergency:
 * @yes: (array zero-terminated=1) (nullable): the ids answered yes
 *
 * Ids that are not known, from a newer version say, are not emergencies.
 *
 * Returns: whether any of @yes means calling the emergency number now
 */
gboolean
vastus_red_flags_is_emergency (const char * const *yes)
{
  for (guint i = 0; yes != NULL && yes[i] != NULL; i++)
    {
      const VastusRedFlag *flag = vastus_red_flags_lookup (yes[i]);

      if (flag != NULL && flag->emergency)
        return TRUE;
    }
  return FALSE;
}

/**
 * vastus_red_flags_heading:
 * @yes: (array zero-terminated=1) (nullable): the ids answered yes
 *
 * The title to show above vastus_red_flags_advice(): it says first what to
 * do, so that someone who reads nothing else still does the right thing.
 *
 * Returns: (transfer full): a heading in title case
 */
char *
vastus_red_flags_heading (const char * const *yes)
{
  if (vastus_red_flags_is_emergency (yes))
    return g_strdup (_("Call Your Emergency Number Now"));
  if (vastus_red_flags_is_soon (yes))
    return g_strdup (_("Stop and See a Physiotherapist or Doctor"));
  return g_strdup (_("Stop and Get Your Knee Checked Today"));
}

/**
 * vastus_red_flags_is_soon:
 * @yes: (array zero-terminated=1) (nullable): the ids answered yes
 *
 * Returns: whether every answer can wait a few days: none is an emergency
 *   or needs a doctor today. Unknown ids are taken as urgent.
 */
gboolean
vastus_red_flags_is_soon (const char * const *yes)
{
  if (yes == NULL || yes[0] == NULL)
    return FALSE;
  for (guint i = 0; yes[i] != NULL; i++)
    {
      const VastusRedFlag *flag = vastus_red_flags_lookup (yes[i]);

      if (flag == NULL || !flag->soon)
        return FALSE;
    }
  return TRUE;
}

/**
 * vastus_red_flags_advice:
 * @yes: (array zero-terminated=1) (nullable): the ids answered yes
 *
 * Returns: (transfer full): what to do and why, plainly, for those answers
 */
char *
vastus_red_flags_advice (const char * const *yes)
{
  if (vastus_red_flags_is_emergency (yes))
    return g_strdup (_("Call your local emergency number now. Shortness of breath or chest pain, especially with a "
                       "painful or swollen calf, can be a blood clot in the lungs, which needs help at once. Do not "
                       "exercise until you have been seen."));

  /* Night pain, weight loss, other joints, giving way after an injury: a
   * professional within days, not an emergency department today. */
  if (vastus_red_flags_is_soon (yes))
    return g_strdup (_("Stop the exercises and see a physiotherapist or doctor in the next few days. What you "
                       "answered does not need emergency care, but it can be a sign of something other than kneecap "
                       "pain, such as a problem in the hip, the nerves or other joints, and it should be checked "
                       "before you go on. Gentle everyday movement is fine meanwhile. If the knee becomes hot, red or "
                       "very swollen, or a calf swells or hurts, get help today; if you become short of breath or get "
                       "chest pain, call your local emergency number."));

  /* A clot or an infection needs a doctor the same day: a physiotherapist
   * cannot rule them out. The last sentence is there because a clot in the
   * calf can move to the lungs while the person waits to be seen. */
  return g_strdup (_("Stop exercising and have your knee checked by a doctor today, at your GP practice or an urgent "
                     "care service. What you answered can be a sign of something other than kneecap pain, such as an "
                     "injury, an infection or a blood clot, and exercise can make it worse. Until you have been seen, "
                     "rest the knee and do not start another session. If you become short of breath or get chest "
                     "pain, call your local emergency number at once."));
}

/**
 * vastus_red_flags_record:
 * @yes: (array zero-terminated=1) (nullable): the ids answered yes
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
