/* SPDX-License-Identifier: CC-BY-SA-4.0 */
/* Generated from data/catalogue/exercises.json by build-aux/catalogue-strings.py: do not edit.
 * Run `meson compile -C BUILDDIR catalogue-strings` after changing the
 * catalogue. Only xgettext reads this file; it is never compiled. */

/* The declaration keeps the comments above out of the translator comments. */
static const char *const vastus_catalogue_strings[] = {
/* Translators: The name of the exercise “quad-set”, shown in lists and as a title; at most about 30 characters fit on a phone */
NC_("exercise:quad-set:name", "Quad set"),
/* Translators: What the exercise “Quad set” is and why it helps the knee */
NC_("exercise:quad-set:summary", "Tightening the front of the thigh while pressing the back of the knee down into a rolled towel. It wakes up the quadriceps, including the inner part just above the kneecap, without bending the knee, so it is kind to a sore joint."),
/* Translators: Step 1 of the instructions for “Quad set” */
NC_("exercise:quad-set:steps", "Sit or lie on your back with the leg you are working straight out in front of you."),
/* Translators: Step 2 of the instructions for “Quad set” */
NC_("exercise:quad-set:steps", "Put a small rolled-up towel under that knee."),
/* Translators: Step 3 of the instructions for “Quad set” */
NC_("exercise:quad-set:steps", "Pull your toes gently towards you and tighten the front of your thigh, pressing the back of the knee down into the towel."),
/* Translators: Step 4 of the instructions for “Quad set” */
NC_("exercise:quad-set:steps", "Keep the squeeze going while the app counts, then let the thigh go soft."),
/* Translators: Form cue 1 of “Quad set”, kept in mind while doing it */
NC_("exercise:quad-set:cues", "Feel the muscle just above and to the inside of the kneecap go firm"),
/* Translators: Form cue 2 of “Quad set”, kept in mind while doing it */
NC_("exercise:quad-set:cues", "Keep your buttock and hip relaxed"),
/* Translators: Form cue 3 of “Quad set”, kept in mind while doing it */
NC_("exercise:quad-set:cues", "Breathe normally; do not hold your breath"),
/* Translators: Caution 1 of “Quad set”: when to stop or change something. Keep its meaning exact */
NC_("exercise:quad-set:cautions", "Stop if the pain goes above 5 out of 10 or feels sharp."),
/* Translators: Caution 2 of “Quad set”: when to stop or change something. Keep its meaning exact */
NC_("exercise:quad-set:cautions", "If the back of the knee aches, use a thinner towel."),

/* Translators: The name of the exercise “straight-leg-raise”, shown in lists and as a title; at most about 30 characters fit on a phone */
NC_("exercise:straight-leg-raise:name", "Straight-leg raise"),
/* Translators: What the exercise “Straight-leg raise” is and why it helps the knee */
NC_("exercise:straight-leg-raise:summary", "Lifting a straight leg while lying on your back. The quadriceps, including the inner part above the kneecap, hold the knee straight while the hip lifts the leg, with very little pressure behind the kneecap."),
/* Translators: Step 1 of the instructions for “Straight-leg raise” */
NC_("exercise:straight-leg-raise:steps", "Lie on your back, bend the other knee and put that foot flat on the floor."),
/* Translators: Step 2 of the instructions for “Straight-leg raise” */
NC_("exercise:straight-leg-raise:steps", "Straighten the working leg, pull the toes towards you and tighten the front of the thigh, as in a quad set."),
/* Translators: Step 3 of the instructions for “Straight-leg raise” */
NC_("exercise:straight-leg-raise:steps", "Keeping the knee straight, lift the whole leg until it is level with your bent knee."),
/* Translators: Step 4 of the instructions for “Straight-leg raise” */
NC_("exercise:straight-leg-raise:steps", "Hold it there, then lower it slowly to the floor and let it rest for a moment before the next lift."),
/* Translators: Form cue 1 of “Straight-leg raise”, kept in mind while doing it */
NC_("exercise:straight-leg-raise:cues", "Tighten the thigh before you lift and keep it tight until the leg is down"),
/* Translators: Form cue 2 of “Straight-leg raise”, kept in mind while doing it */
NC_("exercise:straight-leg-raise:cues", "Keep the knee straight; if it starts to bend, lift less high"),
/* Translators: Form cue 3 of “Straight-leg raise”, kept in mind while doing it */
NC_("exercise:straight-leg-raise:cues", "Keep your lower back resting on the floor"),
/* Translators: Caution 1 of “Straight-leg raise”: when to stop or change something. Keep its meaning exact */
NC_("exercise:straight-leg-raise:cautions", "Stop if the pain goes above 5 out of 10 or feels sharp."),
/* Translators: Caution 2 of “Straight-leg raise”: when to stop or change something. Keep its meaning exact */
NC_("exercise:straight-leg-raise:cautions", "If your lower back complains, bend the other knee more and lift the leg less high."),

/* Translators: The name of the exercise “ankle-weight-straight-leg-raise”, shown in lists and as a title; at most about 30 characters fit on a phone */
NC_("exercise:ankle-weight-straight-leg-raise:name", "Straight-leg raise with ankle weight"),
/* Translators: What the exercise “Straight-leg raise with ankle weight” is and why it helps the knee */
NC_("exercise:ankle-weight-straight-leg-raise:summary", "The straight-leg raise with a light weight strapped round the ankle. The added load makes the quadriceps, including the inner part above the kneecap, work harder to hold the knee straight, still with very little pressure behind the kneecap."),
/* Translators: Step 1 of the instructions for “Straight-leg raise with ankle weight” */
NC_("exercise:ankle-weight-straight-leg-raise:steps", "Strap an ankle weight of the load set for you round the ankle of the working leg; half a kilogram to a kilogram is enough to begin with."),
/* Translators: Step 2 of the instructions for “Straight-leg raise with ankle weight” */
NC_("exercise:ankle-weight-straight-leg-raise:steps", "Lie on your back, bend the other knee and put that foot flat on the floor."),
/* Translators: Step 3 of the instructions for “Straight-leg raise with ankle weight” */
NC_("exercise:ankle-weight-straight-leg-raise:steps", "Straighten the working leg, pull the toes towards you and tighten the front of the thigh."),
/* Translators: Step 4 of the instructions for “Straight-leg raise with ankle weight” */
NC_("exercise:ankle-weight-straight-leg-raise:steps", "Keeping the knee straight, lift the whole leg until it is level with your bent knee."),
/* Translators: Step 5 of the instructions for “Straight-leg raise with ankle weight” */
NC_("exercise:ankle-weight-straight-leg-raise:steps", "Hold it there, then lower it slowly to the floor and let it rest for a moment before the next lift."),
/* Translators: Step 6 of the instructions for “Straight-leg raise with ankle weight” */
NC_("exercise:ankle-weight-straight-leg-raise:steps", "Finish the set, then move the weight to the other ankle."),
/* Translators: Form cue 1 of “Straight-leg raise with ankle weight”, kept in mind while doing it */
NC_("exercise:ankle-weight-straight-leg-raise:cues", "Tighten the thigh before you lift and keep it tight until the leg is down"),
/* Translators: Form cue 2 of “Straight-leg raise with ankle weight”, kept in mind while doing it */
NC_("exercise:ankle-weight-straight-leg-raise:cues", "Keep the knee straight; if it starts to bend, the weight is too heavy for now"),
/* Translators: Form cue 3 of “Straight-leg raise with ankle weight”, kept in mind while doing it */
NC_("exercise:ankle-weight-straight-leg-raise:cues", "Keep your lower back resting on the floor"),
/* Translators: Caution 1 of “Straight-leg raise with ankle weight”: when to stop or change something. Keep its meaning exact */
NC_("exercise:ankle-weight-straight-leg-raise:cautions", "Add weight in small steps, and only when you can keep the knee straight through every lift of the set."),
/* Translators: Caution 2 of “Straight-leg raise with ankle weight”: when to stop or change something. Keep its meaning exact */
NC_("exercise:ankle-weight-straight-leg-raise:cautions", "If your lower back complains, bend the other knee more and lift the leg less high."),
/* Translators: Caution 3 of “Straight-leg raise with ankle weight”: when to stop or change something. Keep its meaning exact */
NC_("exercise:ankle-weight-straight-leg-raise:cautions", "Stop if the pain goes above 5 out of 10 or feels sharp."),

/* Translators: The name of the exercise “short-arc-quad”, shown in lists and as a title; at most about 30 characters fit on a phone */
NC_("exercise:short-arc-quad:name", "Short-arc quad"),
/* Translators: What the exercise “Short-arc quad” is and why it helps the knee */
NC_("exercise:short-arc-quad:summary", "Straightening the knee over a firm roll while lying down, through only the last 30 degrees of the movement. Unlike the quad set the knee moves, and unlike the straight-leg raise the thigh rests on the roll, so the quadriceps, including the inner part above the kneecap, learn to finish straightening the knee with no body weight on it: a place to start for anyone who finds standing exercises too much."),
/* Translators: Step 1 of the instructions for “Short-arc quad” */
NC_("exercise:short-arc-quad:steps", "Lie on your back, or sit propped up on your elbows, with both legs out straight."),
/* Translators: Step 2 of the instructions for “Short-arc quad” */
NC_("exercise:short-arc-quad:steps", "Put a firm roll under the working knee, such as a tightly rolled bath towel about 10 to 15 cm across, so that the knee is bent about 30 degrees."),
/* Translators: Step 3 of the instructions for “Short-arc quad” */
NC_("exercise:short-arc-quad:steps", "Keeping the back of the thigh on the roll, lift your foot until the knee is fully straight."),
/* Translators: Step 4 of the instructions for “Short-arc quad” */
NC_("exercise:short-arc-quad:steps", "Hold it straight with the front of the thigh tight, then lower the foot slowly back down."),
/* Translators: Form cue 1 of “Short-arc quad”, kept in mind while doing it */
NC_("exercise:short-arc-quad:cues", "Keep the back of the thigh resting on the roll"),
/* Translators: Form cue 2 of “Short-arc quad”, kept in mind while doing it */
NC_("exercise:short-arc-quad:cues", "Pull the toes towards you as you straighten"),
/* Translators: Form cue 3 of “Short-arc quad”, kept in mind while doing it */
NC_("exercise:short-arc-quad:cues", "Lower slowly rather than letting the foot drop"),
/* Translators: Caution 1 of “Short-arc quad”: when to stop or change something. Keep its meaning exact */
NC_("exercise:short-arc-quad:cautions", "Stop if the pain goes above 5 out of 10 or feels sharp."),
/* Translators: Caution 2 of “Short-arc quad”: when to stop or change something. Keep its meaning exact */
NC_("exercise:short-arc-quad:cautions", "If straightening fully hurts, lift only as far as is comfortable."),

/* Translators: The name of the exercise “ball-squeeze”, shown in lists and as a title; at most about 30 characters fit on a phone */
NC_("exercise:ball-squeeze:name", "Ball squeeze"),
/* Translators: What the exercise “Ball squeeze” is and why it helps the knee */
NC_("exercise:ball-squeeze:summary", "Squeezing a soft ball or a folded pillow between the knees, lying on your back or sitting. It works the inner-thigh muscles (the adductors) while the knee is hardly loaded, a calm way to start on a sore day."),
/* Translators: Step 1 of the instructions for “Ball squeeze” */
NC_("exercise:ball-squeeze:steps", "Lie on your back with your knees bent and feet flat, or sit upright on a chair with your feet flat on the floor."),
/* Translators: Step 2 of the instructions for “Ball squeeze” */
NC_("exercise:ball-squeeze:steps", "Place a soft ball or a folded pillow between your knees."),
/* Translators: Step 3 of the instructions for “Ball squeeze” */
NC_("exercise:ball-squeeze:steps", "Squeeze your knees together into the ball and keep squeezing while the app counts."),
/* Translators: Step 4 of the instructions for “Ball squeeze” */
NC_("exercise:ball-squeeze:steps", "Let go completely and relax before the next squeeze."),
/* Translators: Form cue 1 of “Ball squeeze”, kept in mind while doing it */
NC_("exercise:ball-squeeze:cues", "Squeeze firmly but comfortably, not as hard as you can"),
/* Translators: Form cue 2 of “Ball squeeze”, kept in mind while doing it */
NC_("exercise:ball-squeeze:cues", "Keep your buttocks and back relaxed"),
/* Translators: Form cue 3 of “Ball squeeze”, kept in mind while doing it */
NC_("exercise:ball-squeeze:cues", "Breathe out as you squeeze"),
/* Translators: Caution 1 of “Ball squeeze”: when to stop or change something. Keep its meaning exact */
NC_("exercise:ball-squeeze:cautions", "Ease off if you feel pain in the groin or the inner knee, and stop if it goes above 5 out of 10."),

/* Translators: The name of the exercise “bridge-ball-squeeze”, shown in lists and as a title; at most about 30 characters fit on a phone */
NC_("exercise:bridge-ball-squeeze:name", "Bridge with ball squeeze"),
/* Translators: What the exercise “Bridge with ball squeeze” is and why it helps the knee */
NC_("exercise:bridge-ball-squeeze:summary", "A glute bridge with a soft ball or folded cushion held between the knees. Lifting the hips works the buttocks and the backs of the thighs while the squeeze works the inner thighs, a step on from the lying squeeze that still puts little load on the kneecap."),
/* Translators: Step 1 of the instructions for “Bridge with ball squeeze” */
NC_("exercise:bridge-ball-squeeze:steps", "Lie on your back with your knees bent and your feet flat on the floor, hip-width apart."),
/* Translators: Step 2 of the instructions for “Bridge with ball squeeze” */
NC_("exercise:bridge-ball-squeeze:steps", "Place a soft ball, about the size of a football, or a folded cushion between your knees and squeeze it gently."),
/* Translators: Step 3 of the instructions for “Bridge with ball squeeze” */
NC_("exercise:bridge-ball-squeeze:steps", "Keeping the squeeze, tighten your buttocks and lift your hips until your body makes a straight line from shoulders to knees."),
/* Translators: Step 4 of the instructions for “Bridge with ball squeeze” */
NC_("exercise:bridge-ball-squeeze:steps", "Hold, then lower your hips slowly to the floor and let the squeeze ease before the next lift."),
/* Translators: Form cue 1 of “Bridge with ball squeeze”, kept in mind while doing it */
NC_("exercise:bridge-ball-squeeze:cues", "A steady, moderate squeeze is enough; there is no need to crush the ball"),
/* Translators: Form cue 2 of “Bridge with ball squeeze”, kept in mind while doing it */
NC_("exercise:bridge-ball-squeeze:cues", "Push through your heels"),
/* Translators: Form cue 3 of “Bridge with ball squeeze”, kept in mind while doing it */
NC_("exercise:bridge-ball-squeeze:cues", "Lift only to a straight line; do not arch your lower back"),
/* Translators: Caution 1 of “Bridge with ball squeeze”: when to stop or change something. Keep its meaning exact */
NC_("exercise:bridge-ball-squeeze:cautions", "Ease off the squeeze if you feel pain in the groin or the inner knee."),
/* Translators: Caution 2 of “Bridge with ball squeeze”: when to stop or change something. Keep its meaning exact */
NC_("exercise:bridge-ball-squeeze:cautions", "If you feel it mostly in your lower back, or the back of the thigh starts to cramp, lift less high and squeeze the buttocks more."),
/* Translators: Caution 3 of “Bridge with ball squeeze”: when to stop or change something. Keep its meaning exact */
NC_("exercise:bridge-ball-squeeze:cautions", "Stop if the pain goes above 5 out of 10 or feels sharp."),

/* Translators: The name of the exercise “wall-sit”, shown in lists and as a title; at most about 30 characters fit on a phone */
NC_("exercise:wall-sit:name", "Wall sit"),
/* Translators: What the exercise “Wall sit” is and why it helps the knee */
NC_("exercise:wall-sit:summary", "Holding a shallow sitting position with your back against a wall. The quadriceps, including the inner part above the kneecap, work hard without the knee moving, which many people with a sore kneecap find easier than moving exercises."),
/* Translators: Step 1 of the instructions for “Wall sit” */
NC_("exercise:wall-sit:steps", "Stand with your back against a smooth wall, feet hip-width apart and about one and a half foot-lengths out from it."),
/* Translators: Step 2 of the instructions for “Wall sit” */
NC_("exercise:wall-sit:steps", "Slide your back down the wall until your knees are bent to the depth set for you; a shallow bend is enough to begin with."),
/* Translators: Step 3 of the instructions for “Wall sit” */
NC_("exercise:wall-sit:steps", "Hold the position, pressing evenly through both feet."),
/* Translators: Step 4 of the instructions for “Wall sit” */
NC_("exercise:wall-sit:steps", "When the time is up, slide back up the wall to standing and rest."),
/* Translators: Form cue 1 of “Wall sit”, kept in mind while doing it */
NC_("exercise:wall-sit:cues", "Knees over your second toes, not falling inwards"),
/* Translators: Form cue 2 of “Wall sit”, kept in mind while doing it */
NC_("exercise:wall-sit:cues", "Spread your weight evenly through both feet"),
/* Translators: Form cue 3 of “Wall sit”, kept in mind while doing it */
NC_("exercise:wall-sit:cues", "Breathe steadily through the hold"),
/* Translators: Caution 1 of “Wall sit”: when to stop or change something. Keep its meaning exact */
NC_("exercise:wall-sit:cautions", "If the front of the knee hurts, slide a little way up the wall to a shallower bend."),
/* Translators: Caution 2 of “Wall sit”: when to stop or change something. Keep its meaning exact */
NC_("exercise:wall-sit:cautions", "Stop if the pain goes above 5 out of 10 or feels sharp."),

/* Translators: The name of the exercise “glute-bridge”, shown in lists and as a title; at most about 30 characters fit on a phone */
NC_("exercise:glute-bridge:name", "Glute bridge"),
/* Translators: What the exercise “Glute bridge” is and why it helps the knee */
NC_("exercise:glute-bridge:summary", "Lifting the hips off the floor while lying on your back with the knees bent. Strong buttock muscles steady the hip and thigh, which takes strain off the knee when you stand, climb and run."),
/* Translators: Step 1 of the instructions for “Glute bridge” */
NC_("exercise:glute-bridge:steps", "Lie on your back with your knees bent and your feet flat on the floor, hip-width apart."),
/* Translators: Step 2 of the instructions for “Glute bridge” */
NC_("exercise:glute-bridge:steps", "Tighten your buttocks and lift your hips until your body makes a straight line from shoulders to knees."),
/* Translators: Step 3 of the instructions for “Glute bridge” */
NC_("exercise:glute-bridge:steps", "Hold, then lower your hips slowly back to the floor."),
/* Translators: Form cue 1 of “Glute bridge”, kept in mind while doing it */
NC_("exercise:glute-bridge:cues", "Push through your heels"),
/* Translators: Form cue 2 of “Glute bridge”, kept in mind while doing it */
NC_("exercise:glute-bridge:cues", "Keep your knees hip-width apart"),
/* Translators: Form cue 3 of “Glute bridge”, kept in mind while doing it */
NC_("exercise:glute-bridge:cues", "Lift only to a straight line; do not arch your lower back"),
/* Translators: Caution 1 of “Glute bridge”: when to stop or change something. Keep its meaning exact */
NC_("exercise:glute-bridge:cautions", "Stop if the pain goes above 5 out of 10 or feels sharp."),
/* Translators: Caution 2 of “Glute bridge”: when to stop or change something. Keep its meaning exact */
NC_("exercise:glute-bridge:cautions", "If you feel it mostly in your lower back, or the back of the thigh starts to cramp, lift less high and squeeze the buttocks more."),

/* Translators: The name of the exercise “single-leg-bridge”, shown in lists and as a title; at most about 30 characters fit on a phone */
NC_("exercise:single-leg-bridge:name", "Single-leg bridge"),
/* Translators: What the exercise “Single-leg bridge” is and why it helps the knee */
NC_("exercise:single-leg-bridge:summary", "A glute bridge lifted on one leg, with the other leg held straight in line with the working thigh. One buttock and the back of that thigh do all the lifting, building the hip strength that steadies the knee on stairs and when running."),
/* Translators: Step 1 of the instructions for “Single-leg bridge” */
NC_("exercise:single-leg-bridge:steps", "Lie on your back with your knees bent, your feet flat on the floor and your arms by your sides."),
/* Translators: Step 2 of the instructions for “Single-leg bridge” */
NC_("exercise:single-leg-bridge:steps", "Straighten one leg so that it is in line with the other thigh; the bent leg does the work."),
/* Translators: Step 3 of the instructions for “Single-leg bridge” */
NC_("exercise:single-leg-bridge:steps", "Press through the heel of the bent leg and lift your hips until your body makes a straight line from shoulders to knee, keeping your pelvis level."),
/* Translators: Step 4 of the instructions for “Single-leg bridge” */
NC_("exercise:single-leg-bridge:steps", "Hold, then lower your hips slowly to the floor."),
/* Translators: Step 5 of the instructions for “Single-leg bridge” */
NC_("exercise:single-leg-bridge:steps", "Finish the set, then swap legs."),
/* Translators: Form cue 1 of “Single-leg bridge”, kept in mind while doing it */
NC_("exercise:single-leg-bridge:cues", "Keep your hips level; do not let one side drop"),
/* Translators: Form cue 2 of “Single-leg bridge”, kept in mind while doing it */
NC_("exercise:single-leg-bridge:cues", "Push through the heel of the working leg"),
/* Translators: Form cue 3 of “Single-leg bridge”, kept in mind while doing it */
NC_("exercise:single-leg-bridge:cues", "Lift only to a straight line; do not arch your lower back"),
/* Translators: Caution 1 of “Single-leg bridge”: when to stop or change something. Keep its meaning exact */
NC_("exercise:single-leg-bridge:cautions", "If you cannot keep your pelvis level, go back to the two-leg bridge for a while."),
/* Translators: Caution 2 of “Single-leg bridge”: when to stop or change something. Keep its meaning exact */
NC_("exercise:single-leg-bridge:cautions", "If the back of the thigh starts to cramp, bring the working foot a little closer to your buttocks."),
/* Translators: Caution 3 of “Single-leg bridge”: when to stop or change something. Keep its meaning exact */
NC_("exercise:single-leg-bridge:cautions", "Stop if the pain goes above 5 out of 10 or feels sharp."),

/* Translators: The name of the exercise “clamshell”, shown in lists and as a title; at most about 30 characters fit on a phone */
NC_("exercise:clamshell:name", "Clamshell"),
/* Translators: What the exercise “Clamshell” is and why it helps the knee */
NC_("exercise:clamshell:summary", "Opening the top knee like a shell while lying on your side. It strengthens the muscles at the side and back of the hip, which help stop the knee drifting inwards when you squat or use stairs."),
/* Translators: Step 1 of the instructions for “Clamshell” */
NC_("exercise:clamshell:steps", "Lie on your side with your hips and knees bent and your heels in line with your bottom; rest your head on your lower arm."),
/* Translators: Step 2 of the instructions for “Clamshell” */
NC_("exercise:clamshell:steps", "Keep your feet together and your top hip stacked straight above the bottom one."),
/* Translators: Step 3 of the instructions for “Clamshell” */
NC_("exercise:clamshell:steps", "Lift your top knee as far as you can without letting your pelvis roll backwards."),
/* Translators: Step 4 of the instructions for “Clamshell” */
NC_("exercise:clamshell:steps", "Lower it slowly and repeat, counting your own repetitions; press Done at the end of the set, then turn over for the other side."),
/* Translators: Form cue 1 of “Clamshell”, kept in mind while doing it */
NC_("exercise:clamshell:cues", "Feet stay together"),
/* Translators: Form cue 2 of “Clamshell”, kept in mind while doing it */
NC_("exercise:clamshell:cues", "Keep the pelvis still; the movement comes from the hip"),
/* Translators: Form cue 3 of “Clamshell”, kept in mind while doing it */
NC_("exercise:clamshell:cues", "Lower slowly"),
/* Translators: Caution 1 of “Clamshell”: when to stop or change something. Keep its meaning exact */
NC_("exercise:clamshell:cautions", "Stop if the pain goes above 5 out of 10, or if you feel a pinch at the front of the hip."),

/* Translators: The name of the exercise “band-clamshell”, shown in lists and as a title; at most about 30 characters fit on a phone */
NC_("exercise:band-clamshell:name", "Clamshell with band"),
/* Translators: What the exercise “Clamshell with band” is and why it helps the knee */
NC_("exercise:band-clamshell:summary", "The clamshell with a light loop band round the thighs, just above the knees. Opening the knee against the band makes the muscles at the side and back of the hip work harder, which helps them keep the knee from drifting inwards when you squat or use stairs."),
/* Translators: Step 1 of the instructions for “Clamshell with band” */
NC_("exercise:band-clamshell:steps", "Put a light loop band round both thighs, just above the knees."),
/* Translators: Step 2 of the instructions for “Clamshell with band” */
NC_("exercise:band-clamshell:steps", "Lie on your side with your hips and knees bent and your heels in line with your bottom; rest your head on your lower arm."),
/* Translators: Step 3 of the instructions for “Clamshell with band” */
NC_("exercise:band-clamshell:steps", "Keep your feet together and your top hip stacked straight above the bottom one."),
/* Translators: Step 4 of the instructions for “Clamshell with band” */
NC_("exercise:band-clamshell:steps", "Lift your top knee against the band as far as you can without letting your pelvis roll backwards."),
/* Translators: Step 5 of the instructions for “Clamshell with band” */
NC_("exercise:band-clamshell:steps", "Lower it slowly. Do all your sets on this side, then turn over for the other side."),
/* Translators: Form cue 1 of “Clamshell with band”, kept in mind while doing it */
NC_("exercise:band-clamshell:cues", "Feet stay together"),
/* Translators: Form cue 2 of “Clamshell with band”, kept in mind while doing it */
NC_("exercise:band-clamshell:cues", "Keep the pelvis still; the movement comes from the hip"),
/* Translators: Form cue 3 of “Clamshell with band”, kept in mind while doing it */
NC_("exercise:band-clamshell:cues", "Let the knee down slowly against the band"),
/* Translators: Caution 1 of “Clamshell with band”: when to stop or change something. Keep its meaning exact */
NC_("exercise:band-clamshell:cautions", "Start with the lightest band; move to a stronger one only when the whole set feels easy."),
/* Translators: Caution 2 of “Clamshell with band”: when to stop or change something. Keep its meaning exact */
NC_("exercise:band-clamshell:cautions", "Stop if the pain goes above 5 out of 10, or if you feel a pinch at the front of the hip."),

/* Translators: The name of the exercise “side-lying-hip-abduction”, shown in lists and as a title; at most about 30 characters fit on a phone */
NC_("exercise:side-lying-hip-abduction:name", "Side-lying leg lift"),
/* Translators: What the exercise “Side-lying leg lift” is and why it helps the knee */
NC_("exercise:side-lying-hip-abduction:summary", "Lifting the straight top leg while lying on your side. It builds the muscles at the side of the hip, which keep the pelvis level and the knee in line when you stand on one leg."),
/* Translators: Step 1 of the instructions for “Side-lying leg lift” */
NC_("exercise:side-lying-hip-abduction:steps", "Lie on your side with the bottom knee bent for balance and the top leg straight, in line with your body."),
/* Translators: Step 2 of the instructions for “Side-lying leg lift” */
NC_("exercise:side-lying-hip-abduction:steps", "Turn the toes of the top leg to face forwards rather than up to the ceiling."),
/* Translators: Step 3 of the instructions for “Side-lying leg lift” */
NC_("exercise:side-lying-hip-abduction:steps", "Lift the top leg towards the ceiling, keeping it in line with your body or just behind it, to about a hand's length above the other leg or a little more."),
/* Translators: Step 4 of the instructions for “Side-lying leg lift” */
NC_("exercise:side-lying-hip-abduction:steps", "Hold for a moment, then lower it slowly."),
/* Translators: Form cue 1 of “Side-lying leg lift”, kept in mind while doing it */
NC_("exercise:side-lying-hip-abduction:cues", "Lead with the heel, not the toes"),
/* Translators: Form cue 2 of “Side-lying leg lift”, kept in mind while doing it */
NC_("exercise:side-lying-hip-abduction:cues", "Keep your hips stacked; do not roll backwards"),
/* Translators: Form cue 3 of “Side-lying leg lift”, kept in mind while doing it */
NC_("exercise:side-lying-hip-abduction:cues", "Lower slowly"),
/* Translators: Caution 1 of “Side-lying leg lift”: when to stop or change something. Keep its meaning exact */
NC_("exercise:side-lying-hip-abduction:cautions", "Stop if the pain goes above 5 out of 10, or if you feel a pinch in the hip or lower back."),

/* Translators: The name of the exercise “side-bridge”, shown in lists and as a title; at most about 30 characters fit on a phone */
NC_("exercise:side-bridge:name", "Side bridge from the knees"),
/* Translators: What the exercise “Side bridge from the knees” is and why it helps the knee */
NC_("exercise:side-bridge:summary", "Lifting the hips off the floor while lying on your side, propped on one forearm with the knees bent. The muscles at the side of the lower hip hold up part of your body weight, with the trunk muscles helping, a harder step for the hip than the side-lying leg lift."),
/* Translators: Step 1 of the instructions for “Side bridge from the knees” */
NC_("exercise:side-bridge:steps", "Lie on your side on a mat with your knees bent so that your feet are behind you, and prop yourself up on your lower forearm with the elbow directly under your shoulder."),
/* Translators: Step 2 of the instructions for “Side bridge from the knees” */
NC_("exercise:side-bridge:steps", "Gently tighten your stomach and line up your head, shoulders, hips and knees."),
/* Translators: Step 3 of the instructions for “Side bridge from the knees” */
NC_("exercise:side-bridge:steps", "Lift your hips off the floor until your body makes a straight line from your knees to your head, and hold."),
/* Translators: Step 4 of the instructions for “Side bridge from the knees” */
NC_("exercise:side-bridge:steps", "Lower your hips gently to the floor when the time is up; then turn over and work the other side."),
/* Translators: Step 5 of the instructions for “Side bridge from the knees” */
NC_("exercise:side-bridge:steps", "When a 45-second hold feels easy and your shoulder is comfortable, you can make it harder by straightening your legs and resting on the side of your lower foot instead of your knee."),
/* Translators: Form cue 1 of “Side bridge from the knees”, kept in mind while doing it */
NC_("exercise:side-bridge:cues", "Elbow under your shoulder"),
/* Translators: Form cue 2 of “Side bridge from the knees”, kept in mind while doing it */
NC_("exercise:side-bridge:cues", "Push the lower hip up; do not let it sag towards the floor"),
/* Translators: Form cue 3 of “Side bridge from the knees”, kept in mind while doing it */
NC_("exercise:side-bridge:cues", "Breathe steadily through the hold"),
/* Translators: Caution 1 of “Side bridge from the knees”: when to stop or change something. Keep its meaning exact */
NC_("exercise:side-bridge:cautions", "Leaning on the forearm should not hurt your shoulder; if it does, stop and stay with the side-lying leg lift."),
/* Translators: Caution 2 of “Side bridge from the knees”: when to stop or change something. Keep its meaning exact */
NC_("exercise:side-bridge:cautions", "A folded towel under the knee and the elbow makes them more comfortable on a hard floor."),
/* Translators: Caution 3 of “Side bridge from the knees”: when to stop or change something. Keep its meaning exact */
NC_("exercise:side-bridge:cautions", "Stop if the pain goes above 5 out of 10 or feels sharp."),

/* Translators: The name of the exercise “standing-band-hip-abduction”, shown in lists and as a title; at most about 30 characters fit on a phone */
NC_("exercise:standing-band-hip-abduction:name", "Standing hip abduction with band"),
/* Translators: What the exercise “Standing hip abduction with band” is and why it helps the knee */
NC_("exercise:standing-band-hip-abduction:summary", "Standing on one leg and moving the other leg out to the side against a loop band round the ankles. The hip muscles of both legs work: those of the moving leg against the band, and those of the standing leg to keep the pelvis level, as they must on stairs and when running."),
/* Translators: Step 1 of the instructions for “Standing hip abduction with band” */
NC_("exercise:standing-band-hip-abduction:steps", "Put a light loop band round both ankles and stand tall beside a wall, a worktop or a sturdy chair back, resting one hand on it."),
/* Translators: Step 2 of the instructions for “Standing hip abduction with band” */
NC_("exercise:standing-band-hip-abduction:steps", "Stand on the leg nearer the support, with that knee straight but not locked."),
/* Translators: Step 3 of the instructions for “Standing hip abduction with band” */
NC_("exercise:standing-band-hip-abduction:steps", "Keeping your body upright and your toes pointing forwards, move the other leg out to the side against the band, about a foot's width."),
/* Translators: Step 4 of the instructions for “Standing hip abduction with band” */
NC_("exercise:standing-band-hip-abduction:steps", "Hold for a moment, then bring the leg back slowly, keeping a little tension in the band."),
/* Translators: Step 5 of the instructions for “Standing hip abduction with band” */
NC_("exercise:standing-band-hip-abduction:steps", "Finish the set, then turn round and work the other side."),
/* Translators: Form cue 1 of “Standing hip abduction with band”, kept in mind while doing it */
NC_("exercise:standing-band-hip-abduction:cues", "Stay tall; do not lean away from the moving leg"),
/* Translators: Form cue 2 of “Standing hip abduction with band”, kept in mind while doing it */
NC_("exercise:standing-band-hip-abduction:cues", "Toes point forwards; lead with the heel"),
/* Translators: Form cue 3 of “Standing hip abduction with band”, kept in mind while doing it */
NC_("exercise:standing-band-hip-abduction:cues", "Keep the standing knee over your second toe"),
/* Translators: Caution 1 of “Standing hip abduction with band”: when to stop or change something. Keep its meaning exact */
NC_("exercise:standing-band-hip-abduction:cautions", "Keep a hand on something steady: the band can pull you off balance."),
/* Translators: Caution 2 of “Standing hip abduction with band”: when to stop or change something. Keep its meaning exact */
NC_("exercise:standing-band-hip-abduction:cautions", "Start with a light band and a small movement."),
/* Translators: Caution 3 of “Standing hip abduction with band”: when to stop or change something. Keep its meaning exact */
NC_("exercise:standing-band-hip-abduction:cautions", "Stop if the pain goes above 5 out of 10 or feels sharp."),

/* Translators: The name of the exercise “standing-quad-stretch”, shown in lists and as a title; at most about 30 characters fit on a phone */
NC_("exercise:standing-quad-stretch:name", "Standing quad stretch"),
/* Translators: What the exercise “Standing quad stretch” is and why it helps the knee */
NC_("exercise:standing-quad-stretch:summary", "Drawing the heel towards the buttock while standing, to stretch the front of the thigh. It helps when the quadriceps feel tight and can ease stiffness around the kneecap after exercise."),
/* Translators: Step 1 of the instructions for “Standing quad stretch” */
NC_("exercise:standing-quad-stretch:steps", "Stand side-on to a wall and rest one hand on it for balance."),
/* Translators: Step 2 of the instructions for “Standing quad stretch” */
NC_("exercise:standing-quad-stretch:steps", "Bend the knee of the leg further from the wall and take hold of that ankle; loop a towel round the ankle if you cannot reach it."),
/* Translators: Step 3 of the instructions for “Standing quad stretch” */
NC_("exercise:standing-quad-stretch:steps", "Gently draw the heel towards your buttock, keeping your knees side by side."),
/* Translators: Step 4 of the instructions for “Standing quad stretch” */
NC_("exercise:standing-quad-stretch:steps", "Tuck your tailbone under slightly until you feel a pull along the front of the thigh, and hold."),
/* Translators: Step 5 of the instructions for “Standing quad stretch” */
NC_("exercise:standing-quad-stretch:steps", "Let go slowly, then turn round and stretch the other leg."),
/* Translators: Form cue 1 of “Standing quad stretch”, kept in mind while doing it */
NC_("exercise:standing-quad-stretch:cues", "Stand tall; do not lean forwards"),
/* Translators: Form cue 2 of “Standing quad stretch”, kept in mind while doing it */
NC_("exercise:standing-quad-stretch:cues", "Knees side by side, pointing at the floor"),
/* Translators: Form cue 3 of “Standing quad stretch”, kept in mind while doing it */
NC_("exercise:standing-quad-stretch:cues", "Breathe slowly and let the muscle relax"),
/* Translators: Caution 1 of “Standing quad stretch”: when to stop or change something. Keep its meaning exact */
NC_("exercise:standing-quad-stretch:cautions", "A stretch should feel like a pull, never pain."),
/* Translators: Caution 2 of “Standing quad stretch”: when to stop or change something. Keep its meaning exact */
NC_("exercise:standing-quad-stretch:cautions", "If bending the knee this far presses on the kneecap, hold the ankle with a towel and bend the knee less."),

/* Translators: The name of the exercise “terminal-knee-extension”, shown in lists and as a title; at most about 30 characters fit on a phone */
NC_("exercise:terminal-knee-extension:name", "Terminal knee extension with band"),
/* Translators: What the exercise “Terminal knee extension with band” is and why it helps the knee */
NC_("exercise:terminal-knee-extension:summary", "Standing with a resistance band pulling the back of the knee forwards, you push the knee straight against it. It trains the quadriceps, including the inner part above the kneecap, to straighten the knee fully while you stand on it."),
/* Translators: Step 1 of the instructions for “Terminal knee extension with band” */
NC_("exercise:terminal-knee-extension:steps", "Anchor the band firmly at knee height, for example round a heavy table leg or with a door anchor, and stand facing it."),
/* Translators: Step 2 of the instructions for “Terminal knee extension with band” */
NC_("exercise:terminal-knee-extension:steps", "Put the working leg through the loop so that the band sits behind the knee, then step back until the band is taut."),
/* Translators: Step 3 of the instructions for “Terminal knee extension with band” */
NC_("exercise:terminal-knee-extension:steps", "Stand with your weight on the working foot and let the band draw the knee forwards into a slight bend; the other foot rests lightly behind you."),
/* Translators: Step 4 of the instructions for “Terminal knee extension with band” */
NC_("exercise:terminal-knee-extension:steps", "Push the knee back until it is straight, tightening the front of the thigh, and hold."),
/* Translators: Step 5 of the instructions for “Terminal knee extension with band” */
NC_("exercise:terminal-knee-extension:steps", "Let the knee bend slowly forwards again against the pull of the band."),
/* Translators: Form cue 1 of “Terminal knee extension with band”, kept in mind while doing it */
NC_("exercise:terminal-knee-extension:cues", "Keep the heel down and your weight on the working leg"),
/* Translators: Form cue 2 of “Terminal knee extension with band”, kept in mind while doing it */
NC_("exercise:terminal-knee-extension:cues", "Knee in line with your second toe"),
/* Translators: Form cue 3 of “Terminal knee extension with band”, kept in mind while doing it */
NC_("exercise:terminal-knee-extension:cues", "Straighten firmly but do not snap the knee back"),
/* Translators: Caution 1 of “Terminal knee extension with band”: when to stop or change something. Keep its meaning exact */
NC_("exercise:terminal-knee-extension:cautions", "Check that the band and its anchor are secure before every set."),
/* Translators: Caution 2 of “Terminal knee extension with band”: when to stop or change something. Keep its meaning exact */
NC_("exercise:terminal-knee-extension:cautions", "Stop if the pain goes above 5 out of 10 or feels sharp."),

/* Translators: The name of the exercise “band-leg-extension”, shown in lists and as a title; at most about 30 characters fit on a phone */
NC_("exercise:band-leg-extension:name", "Seated leg extension with band"),
/* Translators: What the exercise “Seated leg extension with band” is and why it helps the knee */
NC_("exercise:band-leg-extension:summary", "Straightening the knee against a resistance band while sitting on a chair. Like the leg extension machine, it works the quadriceps, including the inner part above the kneecap, on their own, but at home, and it starts in the part of the movement that most sore knees find easiest."),
/* Translators: Step 1 of the instructions for “Seated leg extension with band” */
NC_("exercise:band-leg-extension:steps", "Sit upright on a sturdy chair without wheels, your back against the backrest and your feet flat on the floor."),
/* Translators: Step 2 of the instructions for “Seated leg extension with band” */
NC_("exercise:band-leg-extension:steps", "Tie one end of a resistance band firmly round the front leg of the chair on the working side, close to the floor, and loop the other end round the ankle of the working leg, so that the band runs back from your ankle to the chair leg and is just taut with the knee bent at a right angle."),
/* Translators: Step 3 of the instructions for “Seated leg extension with band” */
NC_("exercise:band-leg-extension:steps", "Straighten the knee slowly against the band until it is about halfway straight, with the knee still bent about 45 degrees, and hold."),
/* Translators: Step 4 of the instructions for “Seated leg extension with band” */
NC_("exercise:band-leg-extension:steps", "Bend the knee slowly back to a right angle against the pull of the band."),
/* Translators: Step 5 of the instructions for “Seated leg extension with band” */
NC_("exercise:band-leg-extension:steps", "Finish the set, then move the band to the other leg."),
/* Translators: Step 6 of the instructions for “Seated leg extension with band” */
NC_("exercise:band-leg-extension:steps", "When this feels comfortable, straighten a little further over the following weeks, as far as fully straight if it stays comfortable; a stronger band makes it harder again."),
/* Translators: Form cue 1 of “Seated leg extension with band”, kept in mind while doing it */
NC_("exercise:band-leg-extension:cues", "Keep your back against the chair and your thigh resting on the seat"),
/* Translators: Form cue 2 of “Seated leg extension with band”, kept in mind while doing it */
NC_("exercise:band-leg-extension:cues", "Move slowly both ways; do not let the band snap the foot back"),
/* Translators: Form cue 3 of “Seated leg extension with band”, kept in mind while doing it */
NC_("exercise:band-leg-extension:cues", "Pull your toes gently towards you as you straighten"),
/* Translators: Caution 1 of “Seated leg extension with band”: when to stop or change something. Keep its meaning exact */
NC_("exercise:band-leg-extension:cautions", "Before every set, check that the band is tied firmly and that the chair cannot tip or slide; a chair against a wall is steadiest."),
/* Translators: Caution 2 of “Seated leg extension with band”: when to stop or change something. Keep its meaning exact */
NC_("exercise:band-leg-extension:cautions", "If the front of the knee hurts, keep to the smaller range or use a lighter band."),
/* Translators: Caution 3 of “Seated leg extension with band”: when to stop or change something. Keep its meaning exact */
NC_("exercise:band-leg-extension:cautions", "Stop if the pain goes above 5 out of 10 or feels sharp."),

/* Translators: The name of the exercise “wall-sit-ball-squeeze”, shown in lists and as a title; at most about 30 characters fit on a phone */
NC_("exercise:wall-sit-ball-squeeze:name", "Wall sit with ball squeeze"),
/* Translators: What the exercise “Wall sit with ball squeeze” is and why it helps the knee */
NC_("exercise:wall-sit-ball-squeeze:summary", "A wall sit with a soft ball or folded pillow held between the knees. The squeeze adds work for the inner thigh and helps keep the knees in line while the quadriceps, including the inner part above the kneecap, hold you up."),
/* Translators: Step 1 of the instructions for “Wall sit with ball squeeze” */
NC_("exercise:wall-sit-ball-squeeze:steps", "Stand with your back against a smooth wall, feet hip-width apart and about one and a half foot-lengths out from it."),
/* Translators: Step 2 of the instructions for “Wall sit with ball squeeze” */
NC_("exercise:wall-sit-ball-squeeze:steps", "Place a soft ball, about the size of a football, or a folded pillow between your knees."),
/* Translators: Step 3 of the instructions for “Wall sit with ball squeeze” */
NC_("exercise:wall-sit-ball-squeeze:steps", "Slide down the wall until your knees are bent to the depth set for you."),
/* Translators: Step 4 of the instructions for “Wall sit with ball squeeze” */
NC_("exercise:wall-sit-ball-squeeze:steps", "Squeeze the ball gently and steadily while you hold the position."),
/* Translators: Step 5 of the instructions for “Wall sit with ball squeeze” */
NC_("exercise:wall-sit-ball-squeeze:steps", "When the time is up, slide back up the wall, then let the squeeze go."),
/* Translators: Form cue 1 of “Wall sit with ball squeeze”, kept in mind while doing it */
NC_("exercise:wall-sit-ball-squeeze:cues", "A steady, moderate squeeze is enough; there is no need to crush the ball"),
/* Translators: Form cue 2 of “Wall sit with ball squeeze”, kept in mind while doing it */
NC_("exercise:wall-sit-ball-squeeze:cues", "Knees in line with your feet"),
/* Translators: Form cue 3 of “Wall sit with ball squeeze”, kept in mind while doing it */
NC_("exercise:wall-sit-ball-squeeze:cues", "Breathe steadily through the hold"),
/* Translators: Caution 1 of “Wall sit with ball squeeze”: when to stop or change something. Keep its meaning exact */
NC_("exercise:wall-sit-ball-squeeze:cautions", "If the front of the knee hurts, slide a little way up the wall to a shallower bend."),
/* Translators: Caution 2 of “Wall sit with ball squeeze”: when to stop or change something. Keep its meaning exact */
NC_("exercise:wall-sit-ball-squeeze:cautions", "Stop if the pain goes above 5 out of 10 or feels sharp."),

/* Translators: The name of the exercise “mini-squat”, shown in lists and as a title; at most about 30 characters fit on a phone */
NC_("exercise:mini-squat:name", "Mini squat"),
/* Translators: What the exercise “Mini squat” is and why it helps the knee */
NC_("exercise:mini-squat:summary", "A small, slow squat with only a slight bend of the knees. It strengthens the quadriceps, including the inner part above the kneecap, together with the buttocks, in a range most sore knees tolerate well."),
/* Translators: Step 1 of the instructions for “Mini squat” */
NC_("exercise:mini-squat:steps", "Stand with your feet hip-width apart, toes pointing forwards or turned out slightly; rest your fingertips on a worktop if you need help with balance."),
/* Translators: Step 2 of the instructions for “Mini squat” */
NC_("exercise:mini-squat:steps", "Push your hips back a little and bend your knees slowly, only as far as the shallow depth set for you."),
/* Translators: Step 3 of the instructions for “Mini squat” */
NC_("exercise:mini-squat:steps", "Pause briefly at the bottom."),
/* Translators: Step 4 of the instructions for “Mini squat” */
NC_("exercise:mini-squat:steps", "Press through your whole foot to stand tall again."),
/* Translators: Form cue 1 of “Mini squat”, kept in mind while doing it */
NC_("exercise:mini-squat:cues", "Knees over your second toes, not falling inwards"),
/* Translators: Form cue 2 of “Mini squat”, kept in mind while doing it */
NC_("exercise:mini-squat:cues", "Keep your weight spread over the whole foot"),
/* Translators: Form cue 3 of “Mini squat”, kept in mind while doing it */
NC_("exercise:mini-squat:cues", "Chest up and back long"),
/* Translators: Caution 1 of “Mini squat”: when to stop or change something. Keep its meaning exact */
NC_("exercise:mini-squat:cautions", "If the front of the knee hurts, bend less."),
/* Translators: Caution 2 of “Mini squat”: when to stop or change something. Keep its meaning exact */
NC_("exercise:mini-squat:cautions", "Stop if the pain goes above 5 out of 10 or feels sharp."),

/* Translators: The name of the exercise “step-up”, shown in lists and as a title; at most about 30 characters fit on a phone */
NC_("exercise:step-up:name", "Step-up"),
/* Translators: What the exercise “Step-up” is and why it helps the knee */
NC_("exercise:step-up:summary", "Stepping up onto a low step with one leg doing the work. It strengthens the quadriceps, including the inner part above the kneecap, and the buttocks for stairs, kerbs and slopes."),
/* Translators: Step 1 of the instructions for “Step-up” */
NC_("exercise:step-up:steps", "Stand facing a sturdy step of the height set for you, with a rail or wall within reach."),
/* Translators: Step 2 of the instructions for “Step-up” */
NC_("exercise:step-up:steps", "Place the whole foot of the working leg on the step."),
/* Translators: Step 3 of the instructions for “Step-up” */
NC_("exercise:step-up:steps", "Press down through that foot to stand up straight on the step, bringing the other foot up beside it."),
/* Translators: Step 4 of the instructions for “Step-up” */
NC_("exercise:step-up:steps", "Lower the other foot slowly back to the floor by bending the working knee, and keep the working foot on the step for the whole set."),
/* Translators: Form cue 1 of “Step-up”, kept in mind while doing it */
NC_("exercise:step-up:cues", "Knee over your second toe, not falling inwards"),
/* Translators: Form cue 2 of “Step-up”, kept in mind while doing it */
NC_("exercise:step-up:cues", "Lift yourself with the leg on the step rather than springing off the floor"),
/* Translators: Form cue 3 of “Step-up”, kept in mind while doing it */
NC_("exercise:step-up:cues", "Keep your pelvis level"),
/* Translators: Caution 1 of “Step-up”: when to stop or change something. Keep its meaning exact */
NC_("exercise:step-up:cautions", "Use a rail or wall for balance."),
/* Translators: Caution 2 of “Step-up”: when to stop or change something. Keep its meaning exact */
NC_("exercise:step-up:cautions", "If the front of the knee hurts, go back to a lower step."),
/* Translators: Caution 3 of “Step-up”: when to stop or change something. Keep its meaning exact */
NC_("exercise:step-up:cautions", "Stop if the pain goes above 5 out of 10 or feels sharp."),

/* Translators: The name of the exercise “supported-split-squat”, shown in lists and as a title; at most about 30 characters fit on a phone */
NC_("exercise:supported-split-squat:name", "Supported split squat"),
/* Translators: What the exercise “Supported split squat” is and why it helps the knee */
NC_("exercise:supported-split-squat:summary", "A shallow split squat, holding on to a chair back or a wall. With balance taken care of, the front leg's quadriceps, including the inner part above the kneecap, and buttock can work in a small, comfortable range before the free-standing split squat."),
/* Translators: Step 1 of the instructions for “Supported split squat” */
NC_("exercise:supported-split-squat:steps", "Stand next to the back of a sturdy chair, a worktop or a wall, and rest a hand on it."),
/* Translators: Step 2 of the instructions for “Supported split squat” */
NC_("exercise:supported-split-squat:steps", "Take a stride forwards with the working leg, feet hip-width apart from side to side, and lift the back heel."),
/* Translators: Step 3 of the instructions for “Supported split squat” */
NC_("exercise:supported-split-squat:steps", "Keeping your body upright, bend both knees and lower yourself straight down, only as far as the shallow depth set for you."),
/* Translators: Step 4 of the instructions for “Supported split squat” */
NC_("exercise:supported-split-squat:steps", "Pause, then push through the front foot to rise."),
/* Translators: Step 5 of the instructions for “Supported split squat” */
NC_("exercise:supported-split-squat:steps", "Finish the set, then turn round and swap legs."),
/* Translators: Form cue 1 of “Supported split squat”, kept in mind while doing it */
NC_("exercise:supported-split-squat:cues", "Front knee over the second toe"),
/* Translators: Form cue 2 of “Supported split squat”, kept in mind while doing it */
NC_("exercise:supported-split-squat:cues", "Use the support for balance, not to pull yourself up"),
/* Translators: Form cue 3 of “Supported split squat”, kept in mind while doing it */
NC_("exercise:supported-split-squat:cues", "Go straight down and up"),
/* Translators: Caution 1 of “Supported split squat”: when to stop or change something. Keep its meaning exact */
NC_("exercise:supported-split-squat:cautions", "Make sure the chair cannot slide or tip; a chair with its back to a wall is steadiest."),
/* Translators: Caution 2 of “Supported split squat”: when to stop or change something. Keep its meaning exact */
NC_("exercise:supported-split-squat:cautions", "If the front of the knee hurts, bend less."),
/* Translators: Caution 3 of “Supported split squat”: when to stop or change something. Keep its meaning exact */
NC_("exercise:supported-split-squat:cautions", "Stop if the pain goes above 5 out of 10 or feels sharp."),

/* Translators: The name of the exercise “split-squat”, shown in lists and as a title; at most about 30 characters fit on a phone */
NC_("exercise:split-squat:name", "Split squat"),
/* Translators: What the exercise “Split squat” is and why it helps the knee */
NC_("exercise:split-squat:summary", "A squat in a long stride, with both feet staying where they are. Most of the work falls on the front leg's quadriceps, including the inner part above the kneecap, and buttock, which prepares the knee for single-leg work."),
/* Translators: Step 1 of the instructions for “Split squat” */
NC_("exercise:split-squat:steps", "Stand in a long stride with the working leg in front, the back heel lifted and your feet hip-width apart from side to side."),
/* Translators: Step 2 of the instructions for “Split squat” */
NC_("exercise:split-squat:steps", "Keeping your body upright, bend both knees and lower the back knee straight down towards the floor, until the front knee is bent to the depth set for you."),
/* Translators: Step 3 of the instructions for “Split squat” */
NC_("exercise:split-squat:steps", "Pause, then push through the front foot to rise."),
/* Translators: Step 4 of the instructions for “Split squat” */
NC_("exercise:split-squat:steps", "Finish the set, then swap legs."),
/* Translators: Form cue 1 of “Split squat”, kept in mind while doing it */
NC_("exercise:split-squat:cues", "Front knee over the second toe"),
/* Translators: Form cue 2 of “Split squat”, kept in mind while doing it */
NC_("exercise:split-squat:cues", "Go straight down and up, like a lift"),
/* Translators: Form cue 3 of “Split squat”, kept in mind while doing it */
NC_("exercise:split-squat:cues", "Keep your body upright and your pelvis level"),
/* Translators: Caution 1 of “Split squat”: when to stop or change something. Keep its meaning exact */
NC_("exercise:split-squat:cautions", "Rest a hand on a wall or sturdy chair back if you need help with balance."),
/* Translators: Caution 2 of “Split squat”: when to stop or change something. Keep its meaning exact */
NC_("exercise:split-squat:cautions", "If the front of the knee hurts, bend less."),
/* Translators: Caution 3 of “Split squat”: when to stop or change something. Keep its meaning exact */
NC_("exercise:split-squat:cautions", "Stop if the pain goes above 5 out of 10 or feels sharp."),

/* Translators: The name of the exercise “foam-roll-quads”, shown in lists and as a title; at most about 30 characters fit on a phone */
NC_("exercise:foam-roll-quads:name", "Foam roll: front of thigh"),
/* Translators: What the exercise “Foam roll: front of thigh” is and why it helps the knee */
NC_("exercise:foam-roll-quads:summary", "Rolling the front of both thighs slowly over a foam roller. It can ease tightness in the quadriceps for a while and make the strength exercises feel more comfortable."),
/* Translators: Step 1 of the instructions for “Foam roll: front of thigh” */
NC_("exercise:foam-roll-quads:steps", "Lie face down, propped on your forearms, with the roller under the front of both thighs."),
/* Translators: Step 2 of the instructions for “Foam roll: front of thigh” */
NC_("exercise:foam-roll-quads:steps", "Taking some of your weight on your arms, roll slowly from just above the kneecaps to just below the hips and back."),
/* Translators: Step 3 of the instructions for “Foam roll: front of thigh” */
NC_("exercise:foam-roll-quads:steps", "Pause for a few breaths on any tight spot and let the muscle soften."),
/* Translators: Step 4 of the instructions for “Foam roll: front of thigh” */
NC_("exercise:foam-roll-quads:steps", "Take more weight on your arms to press less, or lean to one side to press more on that thigh."),
/* Translators: Form cue 1 of “Foam roll: front of thigh”, kept in mind while doing it */
NC_("exercise:foam-roll-quads:cues", "Roll slowly and keep breathing"),
/* Translators: Form cue 2 of “Foam roll: front of thigh”, kept in mind while doing it */
NC_("exercise:foam-roll-quads:cues", "Keep your stomach gently tight so that your back does not sag"),
/* Translators: Caution 1 of “Foam roll: front of thigh”: when to stop or change something. Keep its meaning exact */
NC_("exercise:foam-roll-quads:cautions", "If a calf or thigh is swollen, hot, red or painful without a clear reason, do not roll it: this can be a sign of a blood clot. Get medical help the same day."),
/* Translators: Caution 2 of “Foam roll: front of thigh”: when to stop or change something. Keep its meaning exact */
NC_("exercise:foam-roll-quads:cautions", "If you take blood thinners or have a bleeding disorder, or you bruise easily, ask your doctor before using a foam roller."),
/* Translators: Caution 3 of “Foam roll: front of thigh”: when to stop or change something. Keep its meaning exact */
NC_("exercise:foam-roll-quads:cautions", "Do not roll over the kneecap itself or any other bony part."),
/* Translators: Caution 4 of “Foam roll: front of thigh”: when to stop or change something. Keep its meaning exact */
NC_("exercise:foam-roll-quads:cautions", "Mild discomfort is fine, but ease off if it becomes pain, and avoid bruises and varicose veins."),

/* Translators: The name of the exercise “seated-inner-thigh-hamstring-stretch”, shown in lists and as a title; at most about 30 characters fit on a phone */
NC_("exercise:seated-inner-thigh-hamstring-stretch:name", "Seated inner-thigh and hamstring stretch"),
/* Translators: What the exercise “Seated inner-thigh and hamstring stretch” is and why it helps the knee */
NC_("exercise:seated-inner-thigh-hamstring-stretch:summary", "Sitting with one leg out to the side and leaning forwards over it, to stretch the back and the inside of the thigh. It helps when these muscles feel tight after walking, running or cycling."),
/* Translators: Step 1 of the instructions for “Seated inner-thigh and hamstring stretch” */
NC_("exercise:seated-inner-thigh-hamstring-stretch:steps", "Sit on the floor with the working leg straight out and angled a little to the side, toes pointing up."),
/* Translators: Step 2 of the instructions for “Seated inner-thigh and hamstring stretch” */
NC_("exercise:seated-inner-thigh-hamstring-stretch:steps", "Bend the other knee and rest the sole of that foot against the inside of the straight leg's thigh."),
/* Translators: Step 3 of the instructions for “Seated inner-thigh and hamstring stretch” */
NC_("exercise:seated-inner-thigh-hamstring-stretch:steps", "Sit tall, then lean forwards from your hips over the straight leg, keeping your back long."),
/* Translators: Step 4 of the instructions for “Seated inner-thigh and hamstring stretch” */
NC_("exercise:seated-inner-thigh-hamstring-stretch:steps", "Stop when you feel a steady pull behind and along the inside of the thigh, and hold."),
/* Translators: Step 5 of the instructions for “Seated inner-thigh and hamstring stretch” */
NC_("exercise:seated-inner-thigh-hamstring-stretch:steps", "Come up slowly and swap legs."),
/* Translators: Form cue 1 of “Seated inner-thigh and hamstring stretch”, kept in mind while doing it */
NC_("exercise:seated-inner-thigh-hamstring-stretch:cues", "Lean from the hips rather than rounding your back"),
/* Translators: Form cue 2 of “Seated inner-thigh and hamstring stretch”, kept in mind while doing it */
NC_("exercise:seated-inner-thigh-hamstring-stretch:cues", "No bouncing: hold still and breathe"),
/* Translators: Form cue 3 of “Seated inner-thigh and hamstring stretch”, kept in mind while doing it */
NC_("exercise:seated-inner-thigh-hamstring-stretch:cues", "Let the pull ease a little with each breath out"),
/* Translators: Caution 1 of “Seated inner-thigh and hamstring stretch”: when to stop or change something. Keep its meaning exact */
NC_("exercise:seated-inner-thigh-hamstring-stretch:cautions", "A stretch should feel like a pull, never pain."),
/* Translators: Caution 2 of “Seated inner-thigh and hamstring stretch”: when to stop or change something. Keep its meaning exact */
NC_("exercise:seated-inner-thigh-hamstring-stretch:cautions", "Ease off if you feel tingling or pain running down the leg."),

/* Translators: The name of the exercise “squat”, shown in lists and as a title; at most about 30 characters fit on a phone */
NC_("exercise:squat:name", "Squat"),
/* Translators: What the exercise “Squat” is and why it helps the knee */
NC_("exercise:squat:summary", "A body-weight squat with a deeper bend than the mini squat. It builds the quadriceps, including the inner part above the kneecap, together with the buttocks, for getting up from chairs, lifting and stairs."),
/* Translators: Step 1 of the instructions for “Squat” */
NC_("exercise:squat:steps", "Stand with your feet about shoulder-width apart, toes turned out slightly."),
/* Translators: Step 2 of the instructions for “Squat” */
NC_("exercise:squat:steps", "Reach your arms forwards for balance, then sit your hips back and down as if onto a chair."),
/* Translators: Step 3 of the instructions for “Squat” */
NC_("exercise:squat:steps", "Bend to the depth set for you, keeping your chest up."),
/* Translators: Step 4 of the instructions for “Squat” */
NC_("exercise:squat:steps", "Press through your whole foot to stand up straight again."),
/* Translators: Form cue 1 of “Squat”, kept in mind while doing it */
NC_("exercise:squat:cues", "Knees follow the line of your second toes"),
/* Translators: Form cue 2 of “Squat”, kept in mind while doing it */
NC_("exercise:squat:cues", "Heels stay on the floor"),
/* Translators: Form cue 3 of “Squat”, kept in mind while doing it */
NC_("exercise:squat:cues", "Breathe in on the way down and out on the way up"),
/* Translators: Caution 1 of “Squat”: when to stop or change something. Keep its meaning exact */
NC_("exercise:squat:cautions", "If the front of the knee hurts, keep to a shallower bend."),
/* Translators: Caution 2 of “Squat”: when to stop or change something. Keep its meaning exact */
NC_("exercise:squat:cautions", "Stop if the pain goes above 5 out of 10 or feels sharp."),

/* Translators: The name of the exercise “cyclist-squat”, shown in lists and as a title; at most about 30 characters fit on a phone */
NC_("exercise:cyclist-squat:name", "Cyclist squat"),
/* Translators: What the exercise “Cyclist squat” is and why it helps the knee */
NC_("exercise:cyclist-squat:summary", "A squat with the heels raised on a low plate or wedge and the feet close together, so the knees travel further forwards. This shifts more of the work onto the quadriceps, including the inner part above the kneecap, and less onto the hips."),
/* Translators: Step 1 of the instructions for “Cyclist squat” */
NC_("exercise:cyclist-squat:steps", "Put a weight plate or a firm wedge, about 5 to 8 cm high, on a floor where it cannot slide."),
/* Translators: Step 2 of the instructions for “Cyclist squat” */
NC_("exercise:cyclist-squat:steps", "Stand with your heels on it and the balls of your feet on the floor, feet close together and parallel."),
/* Translators: Step 3 of the instructions for “Cyclist squat” */
NC_("exercise:cyclist-squat:steps", "Hold your arms out in front of you and keep your chest tall."),
/* Translators: Step 4 of the instructions for “Cyclist squat” */
NC_("exercise:cyclist-squat:steps", "Bend your knees slowly, letting them travel forwards over your toes, down to the depth set for you."),
/* Translators: Step 5 of the instructions for “Cyclist squat” */
NC_("exercise:cyclist-squat:steps", "Push through your whole foot, including the big toe, to stand up again."),
/* Translators: Form cue 1 of “Cyclist squat”, kept in mind while doing it */
NC_("exercise:cyclist-squat:cues", "Knees point straight ahead, in line with your toes"),
/* Translators: Form cue 2 of “Cyclist squat”, kept in mind while doing it */
NC_("exercise:cyclist-squat:cues", "Keep your body upright rather than leaning forwards"),
/* Translators: Form cue 3 of “Cyclist squat”, kept in mind while doing it */
NC_("exercise:cyclist-squat:cues", "Lower slowly and with control"),
/* Translators: Caution 1 of “Cyclist squat”: when to stop or change something. Keep its meaning exact */
NC_("exercise:cyclist-squat:cautions", "This works the front of the knee harder than an ordinary squat: start shallow and go deeper only while it stays comfortable."),
/* Translators: Caution 2 of “Cyclist squat”: when to stop or change something. Keep its meaning exact */
NC_("exercise:cyclist-squat:cautions", "Stand near a wall or sturdy chair in case you lose your balance."),
/* Translators: Caution 3 of “Cyclist squat”: when to stop or change something. Keep its meaning exact */
NC_("exercise:cyclist-squat:cautions", "Stop if the pain goes above 5 out of 10 or feels sharp."),

/* Translators: The name of the exercise “lateral-step-up”, shown in lists and as a title; at most about 30 characters fit on a phone */
NC_("exercise:lateral-step-up:name", "Lateral step-up"),
/* Translators: What the exercise “Lateral step-up” is and why it helps the knee */
NC_("exercise:lateral-step-up:summary", "Stepping up sideways onto a low step. Standing side-on makes the quadriceps, including the inner part above the kneecap, and the muscles at the side of the hip work together to keep the knee in line."),
/* Translators: Step 1 of the instructions for “Lateral step-up” */
NC_("exercise:lateral-step-up:steps", "Stand side-on to a sturdy step of the height set for you, with a rail or wall within reach."),
/* Translators: Step 2 of the instructions for “Lateral step-up” */
NC_("exercise:lateral-step-up:steps", "Place the foot nearer the step flat on it."),
/* Translators: Step 3 of the instructions for “Lateral step-up” */
NC_("exercise:lateral-step-up:steps", "Press down through that foot to straighten the knee and lift yourself up, letting the other foot hang clear beside the step."),
/* Translators: Step 4 of the instructions for “Lateral step-up” */
NC_("exercise:lateral-step-up:steps", "Slowly bend the working knee to lower the other foot back to the floor, touching down lightly."),
/* Translators: Step 5 of the instructions for “Lateral step-up” */
NC_("exercise:lateral-step-up:steps", "Finish the set, then turn round to work the other leg."),
/* Translators: Form cue 1 of “Lateral step-up”, kept in mind while doing it */
NC_("exercise:lateral-step-up:cues", "Knee over your second toe"),
/* Translators: Form cue 2 of “Lateral step-up”, kept in mind while doing it */
NC_("exercise:lateral-step-up:cues", "Keep your pelvis level; do not hitch the hip"),
/* Translators: Form cue 3 of “Lateral step-up”, kept in mind while doing it */
NC_("exercise:lateral-step-up:cues", "Do not push off with the foot on the floor"),
/* Translators: Caution 1 of “Lateral step-up”: when to stop or change something. Keep its meaning exact */
NC_("exercise:lateral-step-up:cautions", "Use a rail or wall for balance."),
/* Translators: Caution 2 of “Lateral step-up”: when to stop or change something. Keep its meaning exact */
NC_("exercise:lateral-step-up:cautions", "If the front of the knee hurts, go back to a lower step."),
/* Translators: Caution 3 of “Lateral step-up”: when to stop or change something. Keep its meaning exact */
NC_("exercise:lateral-step-up:cautions", "Stop if the pain goes above 5 out of 10 or feels sharp."),

/* Translators: The name of the exercise “step-down”, shown in lists and as a title; at most about 30 characters fit on a phone */
NC_("exercise:step-down:name", "Step-down"),
/* Translators: What the exercise “Step-down” is and why it helps the knee */
NC_("exercise:step-down:summary", "Standing on a low step on one leg and slowly lowering the other heel to the floor in front. This slow lowering trains the quadriceps, including the inner part above the kneecap, for going down stairs, often the hardest part of the day for a sore knee."),
/* Translators: Step 1 of the instructions for “Step-down” */
NC_("exercise:step-down:steps", "Stand on the working leg on a sturdy step of the height set for you, facing forwards, with a rail or wall within reach."),
/* Translators: Step 2 of the instructions for “Step-down” */
NC_("exercise:step-down:steps", "Let the other foot hang just in front of the step."),
/* Translators: Step 3 of the instructions for “Step-down” */
NC_("exercise:step-down:steps", "Bend the standing knee slowly, lowering the other heel towards the floor in front of the step."),
/* Translators: Step 4 of the instructions for “Step-down” */
NC_("exercise:step-down:steps", "Touch the heel down lightly, without putting weight on it."),
/* Translators: Step 5 of the instructions for “Step-down” */
NC_("exercise:step-down:steps", "Straighten the standing knee to come back up."),
/* Translators: Form cue 1 of “Step-down”, kept in mind while doing it */
NC_("exercise:step-down:cues", "Lower slowly, taking the full count"),
/* Translators: Form cue 2 of “Step-down”, kept in mind while doing it */
NC_("exercise:step-down:cues", "Knee over your second toe, not falling inwards"),
/* Translators: Form cue 3 of “Step-down”, kept in mind while doing it */
NC_("exercise:step-down:cues", "Keep your hips level and your body upright"),
/* Translators: Caution 1 of “Step-down”: when to stop or change something. Keep its meaning exact */
NC_("exercise:step-down:cautions", "Use a rail or wall for balance."),
/* Translators: Caution 2 of “Step-down”: when to stop or change something. Keep its meaning exact */
NC_("exercise:step-down:cautions", "Start on a low step and move to a higher one only when the lower one feels easy."),
/* Translators: Caution 3 of “Step-down”: when to stop or change something. Keep its meaning exact */
NC_("exercise:step-down:cautions", "Stop if the pain goes above 5 out of 10 or feels sharp."),

/* Translators: The name of the exercise “lunge”, shown in lists and as a title; at most about 30 characters fit on a phone */
NC_("exercise:lunge:name", "Lunge"),
/* Translators: What the exercise “Lunge” is and why it helps the knee */
NC_("exercise:lunge:summary", "Stepping forwards into a split squat and pushing back to standing. Slowing your body down on the front leg trains the quadriceps, including the inner part above the kneecap, for walking downhill, sport and sudden stops."),
/* Translators: Step 1 of the instructions for “Lunge” */
NC_("exercise:lunge:steps", "Stand tall with your feet hip-width apart."),
/* Translators: Step 2 of the instructions for “Lunge” */
NC_("exercise:lunge:steps", "Take a long step forwards with the working leg and lower the back knee towards the floor, until the front knee is bent to the depth set for you."),
/* Translators: Step 3 of the instructions for “Lunge” */
NC_("exercise:lunge:steps", "Push firmly through the front foot to step back to standing."),
/* Translators: Step 4 of the instructions for “Lunge” */
NC_("exercise:lunge:steps", "Count your own repetitions with the same leg and press Done at the end of the set; then work the other leg."),
/* Translators: Form cue 1 of “Lunge”, kept in mind while doing it */
NC_("exercise:lunge:cues", "Front knee over the second toe"),
/* Translators: Form cue 2 of “Lunge”, kept in mind while doing it */
NC_("exercise:lunge:cues", "Keep your body upright"),
/* Translators: Form cue 3 of “Lunge”, kept in mind while doing it */
NC_("exercise:lunge:cues", "Control the way down rather than dropping into it"),
/* Translators: Caution 1 of “Lunge”: when to stop or change something. Keep its meaning exact */
NC_("exercise:lunge:cautions", "If the front of the knee hurts, take a shorter step and bend less."),
/* Translators: Caution 2 of “Lunge”: when to stop or change something. Keep its meaning exact */
NC_("exercise:lunge:cautions", "Stop if the pain goes above 5 out of 10 or feels sharp."),

/* Translators: The name of the exercise “bulgarian-split-squat”, shown in lists and as a title; at most about 30 characters fit on a phone */
NC_("exercise:bulgarian-split-squat:name", "Bulgarian split squat"),
/* Translators: What the exercise “Bulgarian split squat” is and why it helps the knee */
NC_("exercise:bulgarian-split-squat:summary", "A split squat with the back foot resting on a bench or chair, so the front leg carries most of your weight. It is a demanding single-leg exercise for the quadriceps, including the inner part above the kneecap, and the buttocks."),
/* Translators: Step 1 of the instructions for “Bulgarian split squat” */
NC_("exercise:bulgarian-split-squat:steps", "Stand about a stride in front of a bench or sturdy chair, no higher than your knee, facing away from it, with a wall or a second chair back beside you to hold."),
/* Translators: Step 2 of the instructions for “Bulgarian split squat” */
NC_("exercise:bulgarian-split-squat:steps", "Rest the top of your back foot on the bench, and place the working foot far enough forwards that the knee stays above the foot as you lower."),
/* Translators: Step 3 of the instructions for “Bulgarian split squat” */
NC_("exercise:bulgarian-split-squat:steps", "Bend the front knee to lower yourself straight down, to the depth set for you."),
/* Translators: Step 4 of the instructions for “Bulgarian split squat” */
NC_("exercise:bulgarian-split-squat:steps", "Push through the front foot to rise; finish the set, then swap legs."),
/* Translators: Form cue 1 of “Bulgarian split squat”, kept in mind while doing it */
NC_("exercise:bulgarian-split-squat:cues", "Front knee over the second toe"),
/* Translators: Form cue 2 of “Bulgarian split squat”, kept in mind while doing it */
NC_("exercise:bulgarian-split-squat:cues", "Keep most of your weight on the front foot"),
/* Translators: Form cue 3 of “Bulgarian split squat”, kept in mind while doing it */
NC_("exercise:bulgarian-split-squat:cues", "Keep your pelvis level and your body tall"),
/* Translators: Form cue 4 of “Bulgarian split squat”, kept in mind while doing it */
NC_("exercise:bulgarian-split-squat:cues", "Find your balance before each repetition"),
/* Translators: Caution 1 of “Bulgarian split squat”: when to stop or change something. Keep its meaning exact */
NC_("exercise:bulgarian-split-squat:cautions", "Make sure the bench or chair cannot slide; stand it against a wall."),
/* Translators: Caution 2 of “Bulgarian split squat”: when to stop or change something. Keep its meaning exact */
NC_("exercise:bulgarian-split-squat:cautions", "Balance is harder with the back foot raised: keep a hand on the wall or chair back until you are steady, and use a lower bench if you wobble."),
/* Translators: Caution 3 of “Bulgarian split squat”: when to stop or change something. Keep its meaning exact */
NC_("exercise:bulgarian-split-squat:cautions", "Stop if the pain goes above 5 out of 10 or feels sharp."),

/* Translators: The name of the exercise “seated-leg-press”, shown in lists and as a title; at most about 30 characters fit on a phone */
NC_("exercise:seated-leg-press:name", "Seated leg press"),
/* Translators: What the exercise “Seated leg press” is and why it helps the knee */
NC_("exercise:seated-leg-press:summary", "Pushing a weighted platform away with the feet close together, sitting with your back supported. It strengthens the quadriceps, including the inner part above the kneecap, and the buttocks with a load you can set exactly and no balance needed."),
/* Translators: Step 1 of the instructions for “Seated leg press” */
NC_("exercise:seated-leg-press:steps", "Sit in the machine with your back and head against the pad."),
/* Translators: Step 2 of the instructions for “Seated leg press” */
NC_("exercise:seated-leg-press:steps", "Place your feet in the middle of the platform, hip-width apart or a little closer, toes pointing forwards."),
/* Translators: Step 3 of the instructions for “Seated leg press” */
NC_("exercise:seated-leg-press:steps", "Set a light weight that you could push a few more times at the end of each set, then release the safety handles."),
/* Translators: Step 4 of the instructions for “Seated leg press” */
NC_("exercise:seated-leg-press:steps", "Bend your knees slowly, letting the platform come towards you, to the depth set for you."),
/* Translators: Step 5 of the instructions for “Seated leg press” */
NC_("exercise:seated-leg-press:steps", "Press the platform away through your whole foot until your legs are almost straight."),
/* Translators: Form cue 1 of “Seated leg press”, kept in mind while doing it */
NC_("exercise:seated-leg-press:cues", "Knees in line with your toes"),
/* Translators: Form cue 2 of “Seated leg press”, kept in mind while doing it */
NC_("exercise:seated-leg-press:cues", "Stop just short of locking the knees at the top"),
/* Translators: Form cue 3 of “Seated leg press”, kept in mind while doing it */
NC_("exercise:seated-leg-press:cues", "Keep your lower back against the pad"),
/* Translators: Caution 1 of “Seated leg press”: when to stop or change something. Keep its meaning exact */
NC_("exercise:seated-leg-press:cautions", "If the front of the knee hurts, bend less."),
/* Translators: Caution 2 of “Seated leg press”: when to stop or change something. Keep its meaning exact */
NC_("exercise:seated-leg-press:cautions", "Stop if the pain goes above 5 out of 10 or feels sharp."),

/* Translators: The name of the exercise “leg-extension”, shown in lists and as a title; at most about 30 characters fit on a phone */
NC_("exercise:leg-extension:name", "Leg extension (machine)"),
/* Translators: What the exercise “Leg extension (machine)” is and why it helps the knee */
NC_("exercise:leg-extension:summary", "Straightening the knees against the pad of a leg extension machine. It loads the quadriceps, including the inner part above the kneecap, on their own, so they can keep getting stronger even while squatting still hurts."),
/* Translators: Step 1 of the instructions for “Leg extension (machine)” */
NC_("exercise:leg-extension:steps", "Adjust the seat so that your back rests against the backrest and your knees line up with the machine's pivot."),
/* Translators: Step 2 of the instructions for “Leg extension (machine)” */
NC_("exercise:leg-extension:steps", "Set the pad against the front of your lower shins, just above the ankles."),
/* Translators: Step 3 of the instructions for “Leg extension (machine)” */
NC_("exercise:leg-extension:steps", "Set a light weight that you could lift a few more times at the end of each set."),
/* Translators: Step 4 of the instructions for “Leg extension (machine)” */
NC_("exercise:leg-extension:steps", "To begin with, work only from a right angle (90 degrees of knee bend) to about halfway straight (45 degrees of bend). Many machines have a range limiter for this; otherwise stop the movement there yourself."),
/* Translators: Step 5 of the instructions for “Leg extension (machine)” */
NC_("exercise:leg-extension:steps", "Straighten your knees smoothly to the end of that range, pause, then lower the weight slowly."),
/* Translators: Step 6 of the instructions for “Leg extension (machine)” */
NC_("exercise:leg-extension:steps", "As the knee settles, widen the range a little at a time towards fully straight, as far as it stays comfortable."),
/* Translators: Step 7 of the instructions for “Leg extension (machine)” */
NC_("exercise:leg-extension:steps", "You can also work one leg at a time with about half the weight, so that the weaker leg does its full share."),
/* Translators: Form cue 1 of “Leg extension (machine)”, kept in mind while doing it */
NC_("exercise:leg-extension:cues", "Keep your back and hips against the seat"),
/* Translators: Form cue 2 of “Leg extension (machine)”, kept in mind while doing it */
NC_("exercise:leg-extension:cues", "Move at an even pace, without swinging"),
/* Translators: Form cue 3 of “Leg extension (machine)”, kept in mind while doing it */
NC_("exercise:leg-extension:cues", "Lower under control; do not let the weights crash"),
/* Translators: Form cue 4 of “Leg extension (machine)”, kept in mind while doing it */
NC_("exercise:leg-extension:cues", "Begin between 90 and 45 degrees of knee bend, and widen the range only while it stays comfortable"),
/* Translators: Caution 1 of “Leg extension (machine)”: when to stop or change something. Keep its meaning exact */
NC_("exercise:leg-extension:cautions", "If the front of the knee hurts, go back to the smaller range, from 90 to 45 degrees of knee bend, or to a lighter weight."),
/* Translators: Caution 2 of “Leg extension (machine)”: when to stop or change something. Keep its meaning exact */
NC_("exercise:leg-extension:cautions", "Stop if the pain goes above 5 out of 10 or feels sharp."),

/* Translators: The name of the exercise “prone-hamstring-curl”, shown in lists and as a title; at most about 30 characters fit on a phone */
NC_("exercise:prone-hamstring-curl:name", "Prone hamstring curl"),
/* Translators: What the exercise “Prone hamstring curl” is and why it helps the knee */
NC_("exercise:prone-hamstring-curl:summary", "Bending the knee to bring the heel towards the buttock while lying face down. It strengthens the hamstrings at the back of the thigh, which work alongside the quadriceps to control the knee."),
/* Translators: Step 1 of the instructions for “Prone hamstring curl” */
NC_("exercise:prone-hamstring-curl:steps", "Lie face down with your legs straight; a small pillow under your hips can make this more comfortable."),
/* Translators: Step 2 of the instructions for “Prone hamstring curl” */
NC_("exercise:prone-hamstring-curl:steps", "Bend one knee to bring the heel up towards your buttock, as far as is comfortable."),
/* Translators: Step 3 of the instructions for “Prone hamstring curl” */
NC_("exercise:prone-hamstring-curl:steps", "Pause, then lower the foot slowly back to the floor."),
/* Translators: Form cue 1 of “Prone hamstring curl”, kept in mind while doing it */
NC_("exercise:prone-hamstring-curl:cues", "Keep your hips pressed into the floor"),
/* Translators: Form cue 2 of “Prone hamstring curl”, kept in mind while doing it */
NC_("exercise:prone-hamstring-curl:cues", "Move slowly, without swinging"),
/* Translators: Form cue 3 of “Prone hamstring curl”, kept in mind while doing it */
NC_("exercise:prone-hamstring-curl:cues", "Keep the foot relaxed"),
/* Translators: Caution 1 of “Prone hamstring curl”: when to stop or change something. Keep its meaning exact */
NC_("exercise:prone-hamstring-curl:cautions", "If the back of the thigh starts to cramp, stop and straighten the leg gently."),
/* Translators: Caution 2 of “Prone hamstring curl”: when to stop or change something. Keep its meaning exact */
NC_("exercise:prone-hamstring-curl:cautions", "Stop if the pain goes above 5 out of 10 or feels sharp."),

/* Translators: The name of the exercise “prone-hamstring-curl-weighted”, shown in lists and as a title; at most about 30 characters fit on a phone */
NC_("exercise:prone-hamstring-curl-weighted:name", "Prone hamstring curl with ankle weight"),
/* Translators: What the exercise “Prone hamstring curl with ankle weight” is and why it helps the knee */
NC_("exercise:prone-hamstring-curl-weighted:summary", "The prone hamstring curl with a light weight strapped round the ankle. The hamstrings at the back of the thigh work against more load as they bend the knee and then slowly let it straighten."),
/* Translators: Step 1 of the instructions for “Prone hamstring curl with ankle weight” */
NC_("exercise:prone-hamstring-curl-weighted:steps", "Strap an ankle weight of the load set for you round the ankle of the working leg; half a kilogram to a kilogram is enough to begin with."),
/* Translators: Step 2 of the instructions for “Prone hamstring curl with ankle weight” */
NC_("exercise:prone-hamstring-curl-weighted:steps", "Lie face down with your legs straight; a small pillow under your hips can make this more comfortable."),
/* Translators: Step 3 of the instructions for “Prone hamstring curl with ankle weight” */
NC_("exercise:prone-hamstring-curl-weighted:steps", "Bend the knee to bring the heel up towards your buttock, as far as is comfortable."),
/* Translators: Step 4 of the instructions for “Prone hamstring curl with ankle weight” */
NC_("exercise:prone-hamstring-curl-weighted:steps", "Pause, then lower the foot slowly back to the floor."),
/* Translators: Step 5 of the instructions for “Prone hamstring curl with ankle weight” */
NC_("exercise:prone-hamstring-curl-weighted:steps", "Finish the set, then move the weight to the other ankle."),
/* Translators: Form cue 1 of “Prone hamstring curl with ankle weight”, kept in mind while doing it */
NC_("exercise:prone-hamstring-curl-weighted:cues", "Keep your hips pressed into the floor"),
/* Translators: Form cue 2 of “Prone hamstring curl with ankle weight”, kept in mind while doing it */
NC_("exercise:prone-hamstring-curl-weighted:cues", "Move slowly, without swinging the weight"),
/* Translators: Form cue 3 of “Prone hamstring curl with ankle weight”, kept in mind while doing it */
NC_("exercise:prone-hamstring-curl-weighted:cues", "Take longer to lower than to lift"),
/* Translators: Caution 1 of “Prone hamstring curl with ankle weight”: when to stop or change something. Keep its meaning exact */
NC_("exercise:prone-hamstring-curl-weighted:cautions", "Add weight in small steps, and only when every repetition of the set is smooth and comfortable."),
/* Translators: Caution 2 of “Prone hamstring curl with ankle weight”: when to stop or change something. Keep its meaning exact */
NC_("exercise:prone-hamstring-curl-weighted:cautions", "If the back of the thigh starts to cramp, stop and straighten the leg gently."),
/* Translators: Caution 3 of “Prone hamstring curl with ankle weight”: when to stop or change something. Keep its meaning exact */
NC_("exercise:prone-hamstring-curl-weighted:cautions", "Stop if the pain goes above 5 out of 10 or feels sharp."),

/* Translators: The name of the exercise “foam-roll-inner-thigh”, shown in lists and as a title; at most about 30 characters fit on a phone */
NC_("exercise:foam-roll-inner-thigh:name", "Foam roll: inner thigh"),
/* Translators: What the exercise “Foam roll: inner thigh” is and why it helps the knee */
NC_("exercise:foam-roll-inner-thigh:summary", "Rolling the inside of the thigh over a foam roller with the leg bent out to the side. It can ease tightness in the inner-thigh muscles and in the inner part of the quadriceps above the knee."),
/* Translators: Step 1 of the instructions for “Foam roll: inner thigh” */
NC_("exercise:foam-roll-inner-thigh:steps", "Lie face down, propped on your forearms."),
/* Translators: Step 2 of the instructions for “Foam roll: inner thigh” */
NC_("exercise:foam-roll-inner-thigh:steps", "Bend the working leg out to the side, like a frog, and place the roller under the inside of that thigh, lying in the same direction as your body."),
/* Translators: Step 3 of the instructions for “Foam roll: inner thigh” */
NC_("exercise:foam-roll-inner-thigh:steps", "Roll slowly sideways so the roller travels from just above the inside of the knee up towards the groin, stopping short of both."),
/* Translators: Step 4 of the instructions for “Foam roll: inner thigh” */
NC_("exercise:foam-roll-inner-thigh:steps", "Pause on tight spots for a few breaths, then swap legs."),
/* Translators: Form cue 1 of “Foam roll: inner thigh”, kept in mind while doing it */
NC_("exercise:foam-roll-inner-thigh:cues", "Move slowly and keep breathing"),
/* Translators: Form cue 2 of “Foam roll: inner thigh”, kept in mind while doing it */
NC_("exercise:foam-roll-inner-thigh:cues", "Control the pressure with your arms and your other leg"),
/* Translators: Caution 1 of “Foam roll: inner thigh”: when to stop or change something. Keep its meaning exact */
NC_("exercise:foam-roll-inner-thigh:cautions", "If a calf or thigh is swollen, hot, red or painful without a clear reason, do not roll it: this can be a sign of a blood clot. Get medical help the same day."),
/* Translators: Caution 2 of “Foam roll: inner thigh”: when to stop or change something. Keep its meaning exact */
NC_("exercise:foam-roll-inner-thigh:cautions", "If you take blood thinners or have a bleeding disorder, or you bruise easily, ask your doctor before using a foam roller."),
/* Translators: Caution 3 of “Foam roll: inner thigh”: when to stop or change something. Keep its meaning exact */
NC_("exercise:foam-roll-inner-thigh:cautions", "Do not roll over the knee joint or into the groin."),
/* Translators: Caution 4 of “Foam roll: inner thigh”: when to stop or change something. Keep its meaning exact */
NC_("exercise:foam-roll-inner-thigh:cautions", "Mild discomfort is fine, but ease off if it becomes pain, and avoid bruises and varicose veins."),

/* Translators: The name of the exercise “warm-up”, shown in lists and as a title; at most about 30 characters fit on a phone */
NC_("exercise:warm-up:name", "Warm-up"),
/* Translators: What the exercise “Warm-up” is and why it helps the knee */
NC_("exercise:warm-up:summary", "A few minutes of easy movement before the exercises: marching on the spot, gentle knee bends and leg swings, or easy cycling. It warms the muscles and gets the knee moving so the exercises feel easier."),
/* Translators: Step 1 of the instructions for “Warm-up” */
NC_("exercise:warm-up:steps", "March on the spot for about a minute, lifting your knees to a comfortable height and swinging your arms."),
/* Translators: Step 2 of the instructions for “Warm-up” */
NC_("exercise:warm-up:steps", "Do ten slow, shallow knee bends, holding on to a worktop if you like."),
/* Translators: Step 3 of the instructions for “Warm-up” */
NC_("exercise:warm-up:steps", "Still holding on, swing one leg gently forwards and back ten times, then the other."),
/* Translators: Step 4 of the instructions for “Warm-up” */
NC_("exercise:warm-up:steps", "Keep marching easily until the time is up. If you have an exercise bike, you can cycle gently for the whole time instead."),
/* Translators: Form cue 1 of “Warm-up”, kept in mind while doing it */
NC_("exercise:warm-up:cues", "Easy effort: you should be able to talk"),
/* Translators: Form cue 2 of “Warm-up”, kept in mind while doing it */
NC_("exercise:warm-up:cues", "Start with small movements and let them grow as you warm up"),
/* Translators: Caution 1 of “Warm-up”: when to stop or change something. Keep its meaning exact */
NC_("exercise:warm-up:cautions", "Keep the knee bends shallow and comfortable; on a sore day, just march."),
/* Translators: What is done in the first part of “Warm-up”, shown big during the session */
NC_("exercise:warm-up:stages", "March on the spot"),
/* Translators: What is done in the second part of “Warm-up”, shown big during the session */
NC_("exercise:warm-up:stages", "Slow, shallow knee bends"),
/* Translators: What is done in the third part of “Warm-up”, shown big during the session */
NC_("exercise:warm-up:stages", "Gentle leg swings"),

/* Translators: The name of the exercise “cool-down”, shown in lists and as a title; at most about 30 characters fit on a phone */
NC_("exercise:cool-down:name", "Cool-down"),
/* Translators: What the exercise “Cool-down” is and why it helps the knee */
NC_("exercise:cool-down:summary", "A few minutes of easy walking followed by gentle stretches at the end of the session. It lets your breathing settle and leaves the muscles relaxed."),
/* Translators: Step 1 of the instructions for “Cool-down” */
NC_("exercise:cool-down:steps", "Walk easily around the room or on the spot for about two minutes."),
/* Translators: Step 2 of the instructions for “Cool-down” */
NC_("exercise:cool-down:steps", "Holding on to something for balance, gently stretch the front of each thigh for about 20 seconds."),
/* Translators: Step 3 of the instructions for “Cool-down” */
NC_("exercise:cool-down:steps", "Then stretch the back of each thigh for about 20 seconds: heel on the floor in front, knee straight, leaning forwards a little from the hips."),
/* Translators: Step 4 of the instructions for “Cool-down” */
NC_("exercise:cool-down:steps", "Finish with a few slow, deep breaths."),
/* Translators: Form cue 1 of “Cool-down”, kept in mind while doing it */
NC_("exercise:cool-down:cues", "Slow down gradually"),
/* Translators: Form cue 2 of “Cool-down”, kept in mind while doing it */
NC_("exercise:cool-down:cues", "Stretches should feel like a gentle pull"),
/* Translators: Caution 1 of “Cool-down”: when to stop or change something. Keep its meaning exact */
NC_("exercise:cool-down:cautions", "A stretch should never hurt; ease off if it does."),
/* Translators: What is done in the first part of “Cool-down”, shown big during the session */
NC_("exercise:cool-down:stages", "Walk easily"),
/* Translators: What is done in the second part of “Cool-down”, shown big during the session */
NC_("exercise:cool-down:stages", "Stretch the front of each thigh"),
/* Translators: What is done in the third part of “Cool-down”, shown big during the session */
NC_("exercise:cool-down:stages", "Stretch the back of each thigh"),

/* Translators: The name of a starter programme */
NC_("programme:phase-1-gentle:name", "Gentle start"),
/* Translators: Who the starter programme “Gentle start” is for and what it does */
NC_("programme:phase-1-gentle:summary", "For the first weeks, or whenever the knee has flared up. Gentle tightening, holding and lifting exercises for the thigh and hip that put little load on the kneecap, to settle pain and get the muscles working again."),

/* Translators: The name of a starter programme */
NC_("programme:phase-2-building:name", "Building strength"),
/* Translators: Who the starter programme “Building strength” is for and what it does */
NC_("programme:phase-2-building:summary", "For when the gentle start feels easy and pain stays low. Standing exercises with a little more knee bend and a low step, for the knee and hip together, to build strength step by step."),

/* Translators: The name of a starter programme */
NC_("programme:phase-3-stronger:name", "Stronger knees"),
/* Translators: Who the starter programme “Stronger knees” is for and what it does */
NC_("programme:phase-3-stronger:summary", "For when building strength is going well. Deeper bends, higher steps, single-leg work and gym machines (or their home alternatives), to get the knee ready for stairs, sport and long, busy days."),

};
