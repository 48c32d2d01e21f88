/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "vastus-education"

#include "config.h"

#include "vastus-education.h"

#include <glib/gi18n.h>

/*
 * About Your Knee, and the flare-up plan shown when the coach steps an
 * exercise down. Every title and paragraph is marked N_() and translated with
 * _() where it is shown; one string is one paragraph or one list item, made
 * of whole sentences. The sources are citations and are not translated.
 *
 * The facts follow the 2019 JOSPT clinical practice guideline (Willy et al.)
 * and the 2016 and 2018 consensus statements of the International
 * Patellofemoral Pain Research Retreats (Crossley et al.; Collins et al.),
 * with a few further papers where a point needs one. The source texts Vastus
 * started from carry myths that are left out here on purpose, and corrected
 * where people are likely to have met them: that the VMO is the one muscle
 * holding the kneecap, that exercises can switch it on by itself, that the
 * cartilage is being ground away, and that knee noises mean damage.
 *
 * The traffic-light numbers mirror the progression engine
 * (vastus-progression.h); change them there and here together.
 */

#define WILLY_2019 \
  "Willy RW et al. Patellofemoral pain: clinical practice guidelines. " \
  "J Orthop Sports Phys Ther 2019;49(9):CPG1–CPG95."
#define CROSSLEY_2016 \
  "Crossley KM et al. 2016 Patellofemoral pain consensus statement from the 4th International " \
  "Patellofemoral Pain Research Retreat, Manchester. Part 2: recommended physical interventions. " \
  "Br J Sports Med 2016;50:844–852."
#define COLLINS_2018 \
  "Collins NJ et al. 2018 Consensus statement on exercise therapy and physical interventions " \
  "(orthoses, taping and manual therapy) to treat patellofemoral pain. Br J Sports Med 2018;52:1170–1178."
#define BARTON_2015 \
  "Barton CJ et al. The ‘Best Practice Guide to Conservative Management of Patellofemoral Pain’. " \
  "Br J Sports Med 2015;49:923–934."
#define LACK_2015 \
  "Lack S et al. Proximal muscle rehabilitation is effective for patellofemoral pain: a systematic " \
  "review with meta-analysis. Br J Sports Med 2015;49:1365–1376."
#define NEAL_2019 \
  "Neal BS et al. Risk factors for patellofemoral pain: a systematic review and meta-analysis. " \
  "Br J Sports Med 2019;53:270–281."
#define BINI_2011 \
  "Bini R, Hume PA, Croft JL. Effects of bicycle saddle height on knee injury risk and cycling " \
  "performance. Sports Med 2011;41(6):463–476."

/* 1. What kneecap pain is */

static const char *const what_it_is_paragraphs[] = {
  /* Translators: About Your Knee, topic “What kneecap pain is”: a paragraph. */
  N_("Kneecap pain, which health professionals call patellofemoral pain, is an ache around or behind your "
     "kneecap. It often shows itself on stairs, when you squat or kneel, when you run, or when you have sat for "
     "a long time with your knees bent."),
  /* Translators: About Your Knee, topic “What kneecap pain is”: a paragraph. */
  N_("The pain comes from a joint that has become sensitive, usually after doing more than it was ready for. It "
     "is not a sign that your knee is damaged or wearing out."),
  /* Translators: About Your Knee, topic “What kneecap pain is”: a paragraph. */
  N_("It is very common, in teenagers as well as adults, and in people who do a lot of sport as well as people "
     "who do none. You have not done anything wrong."),
  /* Translators: About Your Knee, topic “What kneecap pain is”: a paragraph. */
  N_("Many people feel clearly better after 6–12 weeks of regular exercise. Some people take longer, and the "
     "pain may come and go along the way. That is common, and it does not mean your knee is being harmed."),
  /* Translators: About Your Knee, topic “What kneecap pain is”: a paragraph. “Cartilage” is the smooth
   * lining of the joint. */
  N_("Clicks, cracks and creaks from the knee are common, in knees that hurt and in knees that do not. They are "
     "not a sign of harm, and they do not mean your cartilage is being ground away."),
  NULL
};

/* 2. Why exercise helps */

static const char *const why_exercise_paragraphs[] = {
  /* Translators: About Your Knee, topic “Why exercise helps”: a paragraph. */
  N_("Exercise is the treatment with the best evidence for kneecap pain. Loading your knee and hip muscles a "
     "little more, step by step, makes them stronger and helps the joint become less sensitive."),
  /* Translators: About Your Knee, topic “Why exercise helps”: a paragraph. */
  N_("Exercises for your hips and for your knees work best together. Programmes that combine them ease pain "
     "more than knee exercises alone, which is why your plan has both."),
  /* Translators: About Your Knee, topic “Why exercise helps”: a paragraph. “VMO” is the name of part of
   * the thigh muscle; keep it if your language has no common equivalent. */
  N_("You may have read that one small muscle on the inner side of the thigh, the VMO, holds your kneecap in "
     "place. In fact several muscles, tendons and ligaments share that job, and no exercise can work the VMO on "
     "its own."),
  /* Translators: About Your Knee, topic “Why exercise helps”: a paragraph. */
  N_("What helps is strengthening the whole quadriceps, the large muscle group at the front of your thigh, "
     "together with the muscles around your hip. Weaker thigh muscles are linked with kneecap pain, so this work "
     "is well spent."),
  /* Translators: About Your Knee, topic “Why exercise helps”: a paragraph. */
  N_("Exercise works slowly. Doing it regularly, week after week, matters more than getting any one session "
     "perfect."),
  NULL
};

/* 3. The pain rules; the numbers mirror vastus-progression.h. */

static const char *const pain_rules_paragraphs[] = {
  /* Translators: About Your Knee, topic “The pain traffic lights”: a paragraph. */
  N_("Some pain during exercise is allowed, and it does not harm your knee. Vastus asks you to score your pain "
     "from 0, no pain, to 10, the worst pain you can imagine. It then uses three traffic lights to set your next "
     "session."),
  /* Translators: About Your Knee, topic “The pain traffic lights”: a list item. Keep the numbers as they
   * are: they are the rules the coach follows. */
  N_("• Green: your pain is 0–3/10 during exercise and has settled by the next morning. This is fine, so carry "
     "on."),
  /* Translators: About Your Knee, topic “The pain traffic lights”: a list item. Keep the numbers as they
   * are: they are the rules the coach follows. */
  N_("• Amber: your pain is 4–5/10 during exercise, or your knee is a little worse than usual the next "
     "morning. Keep the same dose, and do not step up yet."),
  /* Translators: About Your Knee, topic “The pain traffic lights”: a list item. Keep the numbers as they
   * are: they are the rules the coach follows. */
  N_("• Red: your pain is above 5/10, the pain is sharp, or your knee is 2 or more points worse than usual the "
     "next morning. Ease off and step the exercise down."),
  /* Translators: About Your Knee, topic “The pain traffic lights”: a paragraph. */
  N_("If you keep landing on red, see a physiotherapist. They can examine your knee and adjust your plan with "
     "you."),
  /* Translators: About Your Knee, topic “The pain traffic lights”: a paragraph. */
  N_("You can use the same traffic lights for walking, running, cycling and daily life too."),
  NULL
};

/* 4. Load in daily life */

static const char *const daily_life_paragraphs[] = {
  /* Translators: About Your Knee, topic “Your knee in daily life”: a paragraph. */
  N_("Your kneecap carries the most load when your knee is bent and taking your weight. That is why stairs, "
     "squatting, kneeling, hills and getting up from a low chair can hurt."),
  /* Translators: About Your Knee, topic “Your knee in daily life”: a paragraph. The “cinema sign” is a
   * name health professionals use; translate it in the way that is clearest. */
  N_("Sitting for a long time with your knees bent, in a cinema, a car or at a desk, can also make your knee "
     "ache. This is sometimes called the “cinema sign”."),
  /* Translators: About Your Knee, topic “Your knee in daily life”: a paragraph. */
  N_("While your knee settles, adjust these activities for a while rather than stopping them. Moving is good "
     "for your knee; the aim is to keep the load at a level it can cope with today."),
  /* Translators: About Your Knee, topic “Your knee in daily life”: a list item. */
  N_("• On stairs, use the handrail and take one step at a time if you need to. Lead with your less painful leg "
     "going up and with your sore leg going down."),
  /* Translators: About Your Knee, topic “Your knee in daily life”: a list item. */
  N_("• When you sit for a long time, stretch your legs out now and then, or get up and move about every half "
     "hour or so."),
  /* Translators: About Your Knee, topic “Your knee in daily life”: a list item. */
  N_("• Squat and kneel less deeply or less often for now, and put a cushion under your knees when you do "
     "kneel."),
  /* Translators: About Your Knee, topic “Your knee in daily life”: a list item. */
  N_("• Choose flatter walking routes for a while, and take hills more slowly, especially going down."),
  /* Translators: About Your Knee, topic “Your knee in daily life”: a paragraph. */
  N_("As your knee becomes stronger and calmer, bring these activities back little by little, guided by the "
     "traffic lights."),
  NULL
};

/* 5. Running */

static const char *const running_paragraphs[] = {
  /* Translators: About Your Knee, topic “Running”: a paragraph. */
  N_("You do not have to give up running, though you may need to run less for a while. Cutting back and then "
     "building up gradually works better than either stopping completely or pushing through pain."),
  /* Translators: About Your Knee, topic “Running”: a list item. */
  N_("• If running without a break hurts, start with walk–run intervals, for example 1 minute of running and 1 "
     "minute of walking."),
  /* Translators: About Your Knee, topic “Running”: a list item. */
  N_("• Choose flat routes at first. Running downhill loads the kneecap more."),
  /* Translators: About Your Knee, topic “Running”: a list item. */
  N_("• Keep your runs shorter and easier, and leave a rest day between runs to begin with."),
  /* Translators: About Your Knee, topic “Running”: a list item. */
  N_("• Change only one thing at a time: how far, how fast, how hilly or how often you run."),
  /* Translators: About Your Knee, topic “Running”: a paragraph. */
  /* xgettext:no-c-format */
  N_("Taking slightly shorter, quicker steps can help. Raising your step rate by about 5–10 % lowers the load "
     "on your kneecap with every step."),
  /* Translators: About Your Knee, topic “Running”: a paragraph. The example numbers are steps per minute;
   * keep them as they are. */
  /* xgettext:no-c-format */
  N_("To find your step rate, count your steps for 30 seconds at an easy pace and double the number. Then aim "
     "for 5–10 % more, for example from 160 to about 170 steps a minute. A metronome app can help."),
  /* Translators: About Your Knee, topic “Running”: a paragraph. */
  N_("The traffic lights apply to running too, both during the run and the next morning."),
  NULL
};

/* 6. Cycling */

static const char *const cycling_paragraphs[] = {
  /* Translators: About Your Knee, topic “Cycling”: a paragraph. */
  N_("Cycling is often a good way to stay active with kneecap pain, as long as your bike fits you."),
  /* Translators: About Your Knee, topic “Cycling”: a paragraph. */
  N_("Check your saddle height first. With the pedal at the bottom of its turn, your knee should be slightly "
     "bent, not locked straight. A saddle that is too low keeps your knee more bent all the way round and loads "
     "your kneecap more."),
  /* Translators: About Your Knee, topic “Cycling”: a paragraph. */
  N_("Use easier gears and turn the pedals a little faster, rather than pushing hard in a high gear. Take steep "
     "hills and strong headwinds gently for a while."),
  /* Translators: About Your Knee, topic “Cycling”: a paragraph. “Cleats” are the plates under cycling shoes
   * that clip into the pedals. */
  N_("If you use clip-in pedals, set the cleats so that your feet sit the way they naturally point. A bike shop "
     "or bike fitter can check your cleats and your saddle with you."),
  /* Translators: About Your Knee, topic “Cycling”: a paragraph. */
  N_("Build up your distance a little at a time, changing one thing at once, and let the traffic lights guide "
     "you."),
  NULL
};

/* 7. Comfort measures */

static const char *const comfort_paragraphs[] = {
  /* Translators: About Your Knee, topic “Things for comfort”: a paragraph. */
  N_("Some things can ease pain in the short term and make it easier to do your exercises. They do not replace "
     "exercise, and on their own they do not make kneecap pain better."),
  /* Translators: About Your Knee, topic “Things for comfort”: a list item. */
  N_("• Ice or heat: use whichever feels better, for 10–15 minutes, with a cloth between the pack and your "
     "skin."),
  /* Translators: About Your Knee, topic “Things for comfort”: a list item. */
  N_("• Taping: a physiotherapist can show you how to tape your kneecap. Some people find it eases pain while "
     "they exercise."),
  /* Translators: About Your Knee, topic “Things for comfort”: a list item. “Foot orthoses” are insoles
   * that go inside the shoe. */
  N_("• Foot orthoses: ready-made shoe insoles can ease pain for some people over the first few weeks. You do "
     "not need custom-made ones."),
  /* Translators: About Your Knee, topic “Things for comfort”: a list item. */
  N_("• Knee braces and sleeves: research has not shown that they help the pain. If one makes you feel more "
     "confident about moving, it is fine to wear it."),
  /* Translators: About Your Knee, topic “Things for comfort”: a paragraph. */
  N_("Rest alone does not fix kneecap pain. Your knee becomes less sensitive by being loaded gradually, not by "
     "being kept still."),
  NULL
};

/* 8. Muscle soreness and cramp */

static const char *const soreness_paragraphs[] = {
  /* Translators: About Your Knee, topic “Muscle soreness and cramp”: a paragraph. */
  N_("When you start a new exercise or step one up, your thigh and hip muscles may feel stiff and sore for a day "
     "or two. This is normal, and it eases as your muscles get used to the work."),
  /* Translators: About Your Knee, topic “Muscle soreness and cramp”: a paragraph. */
  N_("Soreness is felt in the muscles, such as the front of your thigh or your buttock. Pain in or around your "
     "kneecap is different: score that with the traffic lights."),
  /* Translators: About Your Knee, topic “Muscle soreness and cramp”: a paragraph. */
  N_("A cramp is a sudden, painful tightening of a muscle that will not let go. It is unpleasant but rarely "
     "harmful, and it usually passes within a few minutes."),
  /* Translators: About Your Knee, topic “Muscle soreness and cramp”: a paragraph. */
  N_("If you get a cramp, stop, then gently stretch the tight muscle and hold the stretch until it lets go. "
     "Rubbing the muscle or walking about can help. Have a drink of water if you are thirsty."),
  /* Translators: About Your Knee, topic “Muscle soreness and cramp”: a paragraph. */
  N_("Talk to your doctor if cramps come often or are very severe, or if they come with swelling, numbness or "
     "weakness in your leg."),
  NULL
};

/* 9. When to see someone; in step with vastus-red-flags.c. */

static const char *const see_someone_paragraphs[] = {
  /* Translators: About Your Knee, topic “When to see a professional”: a paragraph. */
  N_("Vastus does not replace a physiotherapist or doctor. It is an exercise coach, and it cannot examine your "
     "knee."),
  /* Translators: About Your Knee, topic “When to see a professional”: a paragraph; a list follows. */
  N_("Stop the exercises and have your knee checked if any of the following happens."),
  /* Translators: About Your Knee, topic “When to see a professional”: a list item. */
  N_("• Your knee locks, so that you cannot straighten it, or it swells up."),
  /* Translators: About Your Knee, topic “When to see a professional”: a list item. */
  N_("• Your knee gives way after a fall, twist or knock, or swells after giving way. A knee that gives a little "
     "for a moment because of pain is common with kneecap pain."),
  /* Translators: About Your Knee, topic “When to see a professional”: a list item. */
  N_("• You cannot put weight on your leg, or cannot walk on it without help."),
  /* Translators: About Your Knee, topic “When to see a professional”: a list item. */
  N_("• Your knee is hot, red and swollen, or you have a fever. Get help the same day."),
  /* Translators: About Your Knee, topic “When to see a professional”: a list item. */
  N_("• One calf is painful, swollen, warm or tender. Get help the same day. If you are also short of breath or "
     "have chest pain, call your local emergency number."),
  /* Translators: About Your Knee, topic “When to see a professional”: a list item. */
  N_("• You have numbness or pins and needles in your leg or foot, or new weakness, such as a foot that drags."),
  /* Translators: About Your Knee, topic “When to see a professional”: a list item. */
  N_("• Pain wakes you at night."),
  /* Translators: About Your Knee, topic “When to see a professional”: a list item. */
  N_("• Your knee is no better after 6–8 weeks of regular exercise."),
  /* Translators: About Your Knee, topic “When to see a professional”: a list item. */
  N_("• You are under 18 and also have pain in your hip, groin or thigh, or a limp. A hip problem in a growing "
     "body can show itself as knee pain."),
  NULL
};

/* The flare-up plan, shown when the coach steps an exercise down. */

static const char *const flare_up_paragraphs[] = {
  /* Translators: The flare-up plan, shown when the coach makes an exercise easier: a paragraph. */
  N_("A flare-up is a spell of a few days when your knee is more painful than usual. Flare-ups are common on "
     "the way to recovery. They are not a setback, and they do not mean your knee has been damaged."),
  /* Translators: The flare-up plan, shown when the coach makes an exercise easier: a paragraph; a list
   * follows. */
  N_("This is what to do for the next 2–3 days."),
  /* Translators: The flare-up plan, shown when the coach makes an exercise easier: a list item. */
  N_("• Keep moving. Gentle walking and everyday activity are good for your knee."),
  /* Translators: The flare-up plan, shown when the coach makes an exercise easier: a list item. */
  N_("• Ease the exercises that hurt: do fewer repetitions, bend your knee less, or hold for a shorter time."),
  /* Translators: The flare-up plan, shown when the coach makes an exercise easier: a list item. */
  N_("• Use ice, heat or taping for comfort if they help you."),
  /* Translators: The flare-up plan, shown when the coach makes an exercise easier: a list item. */
  N_("• For now, avoid the activities that set the pain off, such as a long run, a steep walk or a lot of "
     "kneeling."),
  /* Translators: The flare-up plan, shown when the coach makes an exercise easier: a paragraph. */
  N_("Then build back up to where you were over 1–2 weeks, following the traffic lights. Vastus will step your "
     "exercises up again once they stay green."),
  /* Translators: The flare-up plan, shown when the coach makes an exercise easier: a paragraph. */
  N_("See a physiotherapist or doctor if the flare-up has not settled within about a week. Go sooner if you "
     "notice any warning sign, such as a knee that locks or swells, or a hot, red knee."),
  /* Translators: The flare-up plan, shown when the coach makes an exercise easier: a paragraph. */
  N_("Once it has settled, think about what set it off. Usually it is doing too much too soon, and knowing that "
     "helps you plan the next step more gently."),
  NULL
};

static const VastusEducationTopic topics[] = {
  {
    "what-it-is",
    /* Translators: About Your Knee, the title of a topic. */
    N_("What Kneecap Pain Is"),
    what_it_is_paragraphs,
    WILLY_2019 " " CROSSLEY_2016 " " COLLINS_2018
  },
  {
    "why-exercise",
    /* Translators: About Your Knee, the title of a topic. */
    N_("Why Exercise Helps"),
    why_exercise_paragraphs,
    WILLY_2019 " " CROSSLEY_2016 " " COLLINS_2018 " " LACK_2015 " " NEAL_2019
  },
  {
    "pain-rules",
    /* Translators: About Your Knee, the title of a topic. */
    N_("The Pain Traffic Lights"),
    pain_rules_paragraphs,
    WILLY_2019 " The green, amber and red numbers are the rules of Vastus’s progression engine."
  },
  {
    "daily-life",
    /* Translators: About Your Knee, the title of a topic. */
    N_("Your Knee in Daily Life"),
    daily_life_paragraphs,
    BARTON_2015 " " WILLY_2019
  },
  {
    "running",
    /* Translators: About Your Knee, the title of a topic. */
    N_("Running"),
    running_paragraphs,
    WILLY_2019 " " BARTON_2015
  },
  {
    "cycling",
    /* Translators: About Your Knee, the title of a topic. */
    N_("Cycling"),
    cycling_paragraphs,
    BINI_2011 " " WILLY_2019
  },
  {
    "comfort",
    /* Translators: About Your Knee, the title of a topic. */
    N_("Things for Comfort"),
    comfort_paragraphs,
    COLLINS_2018 " " CROSSLEY_2016 " " WILLY_2019
  },
  {
    "soreness-cramp",
    /* Translators: About Your Knee, the title of a topic. */
    N_("Muscle Soreness and Cramp"),
    soreness_paragraphs,
    WILLY_2019 " The advice on cramp is general guidance; these papers do not study cramp."
  },
  {
    "see-someone",
    /* Translators: About Your Knee, the title of a topic. */
    N_("When to See a Professional"),
    see_someone_paragraphs,
    WILLY_2019 " The warning signs are the ones Vastus asks about before exercise."
  },
};

static const VastusEducationTopic flare_up_plan = {
  "flare-up",
  /* Translators: The title of the flare-up plan, shown when the coach makes an exercise easier. */
  N_("If Your Knee Flares Up"),
  flare_up_paragraphs,
  WILLY_2019 " " BARTON_2015
};

/**
 * vastus_education_get_topics:
 * @n_topics: (out) (optional): the number of topics
 *
 * The topics of About Your Knee, in the order they are shown. Titles and
 * paragraphs are untranslated; translate them with _() at use.
 *
 * Returns: (transfer none) (array length=n_topics): the topics
 */
const VastusEducationTopic *
vastus_education_get_topics (guint *n_topics)
{
  if (n_topics != NULL)
    *n_topics = G_N_ELEMENTS (topics);
  return topics;
}

/**
 * vastus_education_get_flare_up_plan:
 *
 * The flare-up plan, shown when the coach steps an exercise down. The title
 * and paragraphs are untranslated; translate them with _() at use.
 *
 * Returns: (transfer none): the flare-up plan
 */
const VastusEducationTopic *
vastus_education_get_flare_up_plan (void)
{
  return &flare_up_plan;
}
