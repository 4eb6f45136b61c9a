### English: the moments area of the UI (see ui/lib/i18n.js).
### Logging a moment (the CBT thought record, one question per screen),
### reading one back, and the 1–10 scale shared by check-ins, notes and
### the reflection window.

## Logging a moment (views/moment-flow.js)

# The page title and heading when a new moment is logged.
moments-title-new = Log a moment
# The page title and heading when a saved moment is edited.
moments-title-edit = Edit moment

## The ten steps. Each step's value is its question (the step's heading),
## .why says in one line why it helps (under the heading), and .short is
## the step's short name, read by screen readers on the progress dots.
## Warm and plain: the person has just had a hard moment.

moments-step-situation = What was happening? Where were you?
    .short = When and where
    .why = Naming the moment plainly makes it easier to look at it later.
moments-step-feelings = What did you feel?
    .short = Feelings
    .why = Putting a name and a number to a feeling helps it settle, and lets you see it change.
moments-step-body = What did you notice in your body?
    .short = Body
    .why = Feelings often show up in the body first; noticing them brings you back to now.
# The automatic thoughts of the thought record. The step also asks how
# much the thought is believed (moments-belief-before-label).
moments-step-self-talk = What went through your mind?
    .short = Self-talk
    .why = A thought written down can be looked at, rather than looked through.
# Thinking traps: cognitive distortions. Their names and explanations come
# from the backend.
moments-step-traps = Did your mind fall into any thinking traps?
    .short = Thinking traps
    .why = Minds fall into these; noticing one is the skill. Tick any that fit, or none.
moments-step-did = What did you do?
    .short = What I did
    .why = Seeing what you did next shows how the feeling moved you. There is no wrong answer.
# The evidence for and against the automatic thought (the thought record's
# two evidence columns, Mind Over Mood).
moments-step-evidence = What fits the thought, and what doesn’t?
    .short = Evidence
    .why = Writing down both sides lets you weigh a thought instead of simply believing it. Small things count.
# The kinder, more balanced answer to the automatic thought.
moments-step-friend = What would you tell a friend who thought this?
    .short = A friend’s view
    .why = Most of us are kinder to a friend than to ourselves; this borrows that kindness.
# The balanced (alternative) thought, then how much the first thought is
# believed now (moments-belief-after-label).
moments-step-balanced = What’s a more balanced way to see it?
    .short = Balanced thought
    .why = A balanced thought makes room for all of it, the hard parts too. It doesn’t have to be positive, only fair.
# Rating the same feelings again at the end.
moments-step-rerate = How strong are those feelings now?
    .short = Re-rate
    .why = Rating again shows whether anything shifted. Staying the same is fine too.

# Above the steps, and on the progress dots for screen readers.
moments-step-count = Step { $step } of { $total }

## Step 1: when and where

moments-situation-placeholder = At work, just before the team meeting
# Above chips holding situations the person wrote in earlier moments.
moments-triggers-hint = Something that came up before?
moments-when-label = When was it?
# A toggle: shows a date and time field for a moment that happened earlier.
moments-when-earlier = It was earlier
# The same toggle once the field shows: back to "now".
moments-when-now = It was just now

## Step 2: feelings (the feeling words come from the backend, or are the
## person's own)

# A row of feeling chips, named for screen readers; $group is the feeling
# family's name (from the backend), e.g. “Sad”.
moments-feelings-group = Feelings near “{ $group }”
# The row of feeling words the person added themself.
moments-feelings-own = Your own words
# A box for a feeling word of one's own.
moments-own-word-label = Another word
moments-own-word-add = Add
# Shown where the sliders go, before any feeling is chosen.
moments-ratings-empty = Choose any words that fit, and you can say how strong each one is.
moments-ratings-hint = How strong? 0 is barely there, 100 is as strong as it gets.

## The 0–100 sliders for a feeling's strength (steps 2 and 10)

# A strength in words (read by screen readers); $rating is 0–100.
moments-rating-out-of = { $rating } out of 100
# A feeling not given a strength.
moments-rating-not-rated = Not rated
# Step 10, read by screen readers on a slider not yet moved; $rating is
# moments-rating-out-of for where it rests.
moments-rating-not-rerated-spoken = { $rating }, not re-rated yet
# Step 10, beside a slider not yet moved (short).
moments-rating-not-rerated = Not re-rated
# Step 10, beside a moved slider; $rating is 0–100.
moments-rating-now = Now { $rating }
# Step 10, under a feeling's name: its strength at step 2; $rating is 0–100.
moments-rating-before = Before: { $rating }
moments-rating-not-before = Not rated before

## How much the thought is believed: 0–100 sliders at steps 4 and 9.
## Unmoved, a slider says moments-rating-not-rated.

moments-belief-before-label = How much do you believe it?
moments-belief-hint = 0 is not at all, 100 is completely.
moments-belief-after-label = How much do you believe the first thought now?
# A belief rating, 0–100, beside its slider, at the slider's ends and read
# by screen readers.
moments-belief-percent = { $rating }%
# Step 9, beside the slider: the rating at step 4; $rating is 0–100.
moments-belief-before = At the start: { $rating }%
moments-belief-not-before = Not rated at the start

## Steps 3, 4 and 6

moments-body-placeholder = Tight chest, hot face
moments-self-talk-placeholder = In your own words.
moments-did-placeholder = Went quiet, left early, called a friend…

## Step 5: thinking traps

# Opens a thinking trap's example.
moments-trap-example = An example
# After “An example”, for screen readers only; $trap is the trap's name
# (from the backend), e.g. “ of mind reading”. Begins with a space.
moments-trap-example-of = { " " }of { $trap }
# Not shown. “lower” when a trap's name is written in lower case inside
# moments-trap-example-of (as in English); anything else (e.g. “keep”)
# keeps the name as the backend writes it, as German nouns need.
moments-trap-name-case = lower
moments-traps-missing = The list of thinking traps didn’t load just now. You can skip this step; nothing is lost.

## Step 7: evidence (each box has its own label)

moments-evidence-for-label = What supports the thought?
moments-evidence-against-label = What doesn’t fit it?
moments-evidence-self-talk-missing = You left what went through your mind blank, and that’s fine. Take the thought that was loudest in that moment: what supports it, and what doesn’t fit?

## Step 8: a friend's view

# Above what the person wrote at step 4 (their automatic thought), here
# and at step 7.
moments-self-talk-quoted = You wrote:
moments-self-talk-missing = You left what went through your mind blank, and that’s fine. Picture a friend in the same moment: what would you say to them?

## Step 10: re-rate and keep

moments-rerate-empty = You didn’t name a feeling this time, and that’s fine.
# A group of choices about keeping the moment.
moments-keep = Keep it
moments-tags-label = Tags (optional)
# Tags are separated by commas whatever the language.
moments-tags-hint = Separate them with commas, like “work, family”.
# Marks the moment to bring up in the next therapy session.
moments-starred = Bring this to my next session
moments-private = Private — left out of briefs and exports unless you include it

## Moving through the steps, and saving

moments-back = Back
moments-skip = Skip
moments-next = Next
# Saves before the last step.
moments-save-now = Save now
# Saves on the last step.
moments-save = Save
moments-saved = Moment saved.
moments-save-failed = That didn’t save just now — your words are still here.
# The draft line under the buttons; $time is the time of day it was kept.
moments-draft-kept = Draft kept · { $time }
moments-draft-failed = Couldn’t keep a draft just now — your words are still here.
moments-draft-unread = Couldn’t check for an earlier draft just now.
# Above the flow when a draft was kept from last time.
moments-restored = Picked up where you left off.
# Throws the draft away and starts again.
moments-start-fresh = Start fresh

## One moment read back (views/moment.js)

# The page title while a moment can't be read.
moments-detail-title = Moment
# The page title; $date is the day, e.g. “Tue 24 Nov”.
moments-detail-page-title = Moment · { $date }
# The heading; $date is when it happened, e.g. “Tuesday 24 November, 14:05”.
moments-detail-heading = A moment, { $date }
moments-detail-situation = What happened, and where
moments-detail-felt = What I felt
moments-detail-felt-hint = How strong, out of 100: at first → after looking at it again.
moments-detail-body = In my body
moments-detail-self-talk = What I told myself
# Under the self-talk; $rating is 0–100.
moments-detail-belief-before = How much I believed it: { $rating }%
moments-detail-traps = Thinking traps I noticed
# Names the list of the moment's thinking traps for screen readers.
moments-detail-traps-label = Thinking traps
moments-detail-did = What I did
moments-detail-evidence-for = What supported the thought
moments-detail-evidence-against = What didn’t fit it
moments-detail-friend = What I’d tell a friend
moments-detail-balanced = A more balanced thought
# Under the balanced thought; $rating is 0–100.
moments-detail-belief-after = How much I believed the first thought afterwards: { $rating }%
# Under the moment, followed by moments-detail-kind-minute-link (a link to
# a self-compassion break), with a space between them.
moments-detail-kind-minute = Noticing this took something.
moments-detail-kind-minute-link = Want a kind minute?
# A link to plan a behavioural experiment from the moment's thought, shown
# when the moment has one; the hint above it says what that means.
moments-detail-test-thought = Test this thought
moments-detail-test-thought-hint = Curious how true it is? Plan a small experiment to find out.

## The 1–10 scale (components/rating-scale.js): check-ins, notes and the
## reflection window

# The value beside the scale; $rating is 1–10.
moments-scale-value = { $rating } of 10
# Beside the scale while it is left unanswered.
moments-scale-not-set = Not set
# The scale's low end.
moments-scale-low = 1 · low
# The scale's high end.
moments-scale-high = 10 · good
# Clears the scale's answer.
moments-scale-clear = Clear
