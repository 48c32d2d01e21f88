/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib.h>
#include <string.h>

#include "vastus-json.h"
#include "vastus-red-flags.h"
#include "vastus-test-env.h"

/*
 * The warning-sign questions: what is asked, which answer is an emergency,
 * what the person is told, and what the journal keeps. Old journals name
 * the ids of earlier versions, so those must keep looking up.
 */

static gboolean
is_kebab_case (const char *id)
{
  return g_regex_match_simple ("^[a-z0-9]+(-[a-z0-9]+)*$", id, 0, 0);
}

static void
test_ids (void)
{
  guint n;
  const VastusRedFlag *flags = vastus_red_flags_get (&n);
  g_autoptr (GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  g_assert_cmpuint (n, >=, 15);
  for (guint i = 0; i < n; i++)
    {
      g_assert_nonnull (flags[i].id);
      g_assert_true (is_kebab_case (flags[i].id));
      g_assert_true (g_hash_table_add (seen, (gpointer) flags[i].id));
      g_assert_true (vastus_red_flags_lookup (flags[i].id) == &flags[i]);
    }
  g_assert_null (vastus_red_flags_lookup ("no-such-question"));
  g_assert_null (vastus_red_flags_lookup (NULL));
}

/* Each is one whole question, asked so that yes is the warning; a second
 * line, when there is one, is a statement. */
static void
test_questions (void)
{
  guint n;
  const VastusRedFlag *flags = vastus_red_flags_get (&n);

  for (guint i = 0; i < n; i++)
    {
      const char *q = flags[i].question;
      const char *detail = flags[i].detail;

      g_test_message ("%s: %s", flags[i].id, q);
      g_assert_true (g_ascii_isupper (q[0]));
      g_assert_true (g_str_has_suffix (q, "?"));
      g_assert_null (strchr (q, '\n'));
      if (detail != NULL)
        {
          g_assert_true (g_ascii_isupper (detail[0]));
          g_assert_true (g_str_has_suffix (detail, "."));
          g_assert_null (strchr (detail, '?'));
        }
    }
}

/* Journals written before version 2 name these ids. */
static void
test_old_ids (void)
{
  const char *old[] = { "weight", "locking", "swelling", "infection", "calf",
                        "breathless", "kneecap", "deformity", "night" };

  for (guint i = 0; i < G_N_ELEMENTS (old); i++)
    {
      g_test_message ("%s", old[i]);
      g_assert_nonnull (vastus_red_flags_lookup (old[i]));
    }
}

/* What the physiotherapist asked to be added, and the calf as one leg
 * compared with the other. */
static void
test_new_questions (void)
{
  const struct { const char *id; const char *words; } asked[] = {
    { "young-hip", "under 18" },
    { "unwell", "cancer" },
    { "surgery-injection", "injection" },
    { "bend-or-walk", "four steps" },
    { "numbness", "pins and needles" },
    { "other-joints", "30 minutes" },
    { "calf", "compared with the other" },
    { "locking", "straighten" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (asked); i++)
    {
      const VastusRedFlag *flag = vastus_red_flags_lookup (asked[i].id);

      g_test_message ("%s", asked[i].id);
      g_assert_nonnull (flag);
      g_assert_true (strstr (flag->question, asked[i].words) != NULL ||
                     (flag->detail != NULL && strstr (flag->detail, asked[i].words) != NULL));
    }
}

/* Giving way from pain is common with kneecap pain: a question about it
 * must also ask about an injury or swelling, never about giving way alone. */
static void
test_giving_way_not_alone (void)
{
  const char *giving[] = { "give way", "gives way", "giving way", "gave way", "give out", "gives out" };
  guint n;
  const VastusRedFlag *flags = vastus_red_flags_get (&n);
  guint asked = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *q = g_utf8_strdown (flags[i].question, -1);
      gboolean about_giving_way = FALSE;

      for (guint j = 0; j < G_N_ELEMENTS (giving); j++)
        if (strstr (q, giving[j]) != NULL)
          about_giving_way = TRUE;
      if (!about_giving_way)
        continue;

      g_test_message ("%s: %s", flags[i].id, flags[i].question);
      asked++;
      g_assert_true (strstr (q, "fall, twist or knock") != NULL || strstr (q, "swell") != NULL);
      g_assert_cmpstr (flags[i].id, !=, "locking");
    }
  g_assert_cmpuint (asked, ==, 1);
}

static void
test_one_emergency (void)
{
  guint n;
  const VastusRedFlag *flags = vastus_red_flags_get (&n);
  guint emergencies = 0;

  for (guint i = 0; i < n; i++)
    if (flags[i].emergency)
      {
        emergencies++;
        g_assert_cmpstr (flags[i].id, ==, "breathless");
      }
  g_assert_cmpuint (emergencies, ==, 1);
}

static void
test_emergency_words (void)
{
  const char *breathless[] = { "calf", "breathless", NULL };
  const char *unknown[] = { "from-a-newer-version", NULL };
  g_autofree char *heading = vastus_red_flags_heading (breathless);
  g_autofree char *advice = vastus_red_flags_advice (breathless);

  g_assert_true (vastus_red_flags_is_emergency (breathless));
  g_assert_false (vastus_red_flags_is_emergency (NULL));
  g_assert_false (vastus_red_flags_is_emergency (unknown));

  g_assert_cmpstr (heading, ==, "Call Your Emergency Number Now");
  g_assert_true (g_str_has_prefix (advice, "Call your local emergency number now."));
}

/* Every other question alone: have the knee checked today. */
static void
test_checked_today_words (void)
{
  guint n;
  const VastusRedFlag *flags = vastus_red_flags_get (&n);

  for (guint i = 0; i < n; i++)
    {
      const char *yes[] = { flags[i].id, NULL };
      g_autofree char *heading = NULL;
      g_autofree char *advice = NULL;

      if (flags[i].emergency)
        continue;
      g_test_message ("%s", flags[i].id);
      g_assert_false (vastus_red_flags_is_emergency (yes));
      heading = vastus_red_flags_heading (yes);
      advice = vastus_red_flags_advice (yes);
      /* A clot or an infection: a doctor today. What can wait a few days
       * (night pain, weight loss, other joints, giving way) says so. */
      if (flags[i].soon)
        {
          g_assert_true (vastus_red_flags_is_soon (yes));
          g_assert_cmpstr (heading, ==, "Stop and See a Physiotherapist or Doctor");
          g_assert_true (g_str_has_prefix (advice, "Stop the exercises and see a physiotherapist or doctor in the "
                                                   "next few days."));
        }
      else
        {
          g_assert_false (vastus_red_flags_is_soon (yes));
          g_assert_cmpstr (heading, ==, "Stop and Get Your Knee Checked Today");
          g_assert_true (g_str_has_prefix (advice, "Stop exercising and have your knee checked by a doctor today"));
        }
      /* A clot can move while the person waits: the way out is named. */
      g_assert_nonnull (strstr (advice, "short of breath or get chest pain, call your local emergency number"));
    }
}

/* Urgent wins: one answer that needs a doctor today makes the advice today's. */
static void
test_urgent_wins (void)
{
  const char *soon[] = { "night", "other-joints", NULL };
  const char *mixed[] = { "night", "calf", NULL };
  const char *unknown[] = { "a-question-from-a-newer-version", NULL };
  g_autofree char *mixed_heading = vastus_red_flags_heading (mixed);

  g_assert_true (vastus_red_flags_is_soon (soon));
  g_assert_false (vastus_red_flags_is_soon (mixed));
  g_assert_cmpstr (mixed_heading, ==, "Stop and Get Your Knee Checked Today");
  g_assert_false (vastus_red_flags_is_soon (unknown));
  g_assert_false (vastus_red_flags_is_soon (NULL));
}

static void
test_record (void)
{
  const char *yes[] = { "swelling", "locking", NULL };
  g_autoptr (cJSON) record = vastus_red_flags_record (yes, "session", "2026-03-01T10:00:00Z");
  g_autoptr (cJSON) first_run = vastus_red_flags_record (yes, "first-run", NULL);
  g_autofree char *advice = vastus_red_flags_advice (yes);
  const cJSON *answers = cJSON_GetObjectItem (record, "yes");

  g_assert_true (cJSON_IsArray (answers));
  g_assert_cmpint (cJSON_GetArraySize (answers), ==, 2);
  g_assert_cmpstr (cJSON_GetArrayItem (answers, 0)->valuestring, ==, "swelling");
  g_assert_cmpstr (cJSON_GetArrayItem (answers, 1)->valuestring, ==, "locking");
  g_assert_cmpstr (cJSON_GetObjectItem (record, "context")->valuestring, ==, "session");
  g_assert_cmpstr (cJSON_GetObjectItem (record, "session")->valuestring, ==, "2026-03-01T10:00:00Z");
  g_assert_cmpstr (cJSON_GetObjectItem (record, "advice")->valuestring, ==, advice);
  g_assert_nonnull (strstr (advice, "checked by a doctor today"));

  g_assert_cmpstr (cJSON_GetObjectItem (first_run, "context")->valuestring, ==, "first-run");
  g_assert_null (cJSON_GetObjectItem (first_run, "session"));
}

static void
test_emergency_record (void)
{
  const char *yes[] = { "breathless", NULL };
  g_autoptr (cJSON) record = vastus_red_flags_record (yes, "session", NULL);

  g_assert_true (g_str_has_prefix (cJSON_GetObjectItem (record, "advice")->valuestring,
                                   "Call your local emergency number now."));
}

int
main (int   argc,
      char *argv[])
{
  /* Before anything reads HOME or the XDG folders. */
  vastus_test_env_init ();

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/vastus/red-flags/ids", test_ids);
  g_test_add_func ("/vastus/red-flags/questions", test_questions);
  g_test_add_func ("/vastus/red-flags/old-ids", test_old_ids);
  g_test_add_func ("/vastus/red-flags/new-questions", test_new_questions);
  g_test_add_func ("/vastus/red-flags/giving-way-not-alone", test_giving_way_not_alone);
  g_test_add_func ("/vastus/red-flags/one-emergency", test_one_emergency);
  g_test_add_func ("/vastus/red-flags/emergency-words", test_emergency_words);
  g_test_add_func ("/vastus/red-flags/checked-today-words", test_checked_today_words);
  g_test_add_func ("/vastus/red-flags/urgent-wins", test_urgent_wins);
  g_test_add_func ("/vastus/red-flags/record", test_record);
  g_test_add_func ("/vastus/red-flags/emergency-record", test_emergency_record);

  return g_test_run ();
}
