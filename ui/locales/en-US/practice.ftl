### English: the practice area of the UI (see ui/lib/i18n.js).
### Practice page, guided practices, plans, the session schedule's words and
### the Reminders part of Settings.

## The Practice page (views/practice.js)

practice-page-title = Practice
practice-page-lede = Small things, practised often, are how a session carries into the week.
# A link shown under a reason the backend gives (e.g. a hard moment logged today).
practice-compassion-offer = Take a kind minute
practice-today-heading = Today
practice-today-nothing-due = Nothing is planned for today. Resting counts too.
practice-today-no-plans = A plan is one small thing you'll practise, and when. Want to make one? Start with something so small it feels almost too easy.
# A fold with today's plans that aren't due; $count is how many.
practice-today-not-due = Not planned for today ({ $count })
practice-plans-heading = Your plans
practice-plans-empty = Your plans will be listed here.
practice-plans-new = Make a plan
# A fold; $count is how many archived plans.
practice-plans-archived = Archived plans ({ $count })
practice-guided-heading = Guided practices

## The cards for the guided practices (Practice page)

practice-card-breathing-title = Breathing
practice-card-breathing-why = Slow breaths with a long out-breath tell your body it is safe to settle.
practice-card-breathing-box = Box breathing · 4-4-4-4
practice-card-breathing-478 = 4-7-8 breathing
practice-card-breathing-custom = Your own counts
practice-card-space-title = Three-minute breathing space
practice-card-space-why = Three short steps that help you step out of autopilot and see what is here.
practice-card-space-link = Begin the breathing space
practice-card-grounding-title = 5-4-3-2-1 grounding
practice-card-grounding-why = Naming what your senses find brings you back to now when feelings run high.
practice-card-grounding-link = Begin grounding
practice-card-compassion-title = Self-compassion break
practice-card-compassion-why = Meeting a hard moment with kindness makes it easier to steady yourself and try again.
practice-card-compassion-link = Take a self-compassion break

## Kind words written in self-compassion breaks (Practice page)

# Heading of the fold; also named in practice-sc-done-line.
practice-kind-words-heading = Kind words you wrote
# Labels beside the words written for each of the break's three steps.
practice-kind-words-noticing = Noticing
practice-kind-words-humanity = Not alone
practice-kind-words-kindness = Kindness
# A break saved with nothing written.
practice-kind-words-moment = You took a moment.
practice-kind-words-empty = When you take a self-compassion break, the words you write will be kept here.

## What every guided practice shares (views/practices/common.js)

# The link back to the Practice page, at the top of a practice or a plan.
practice-back = ← Practice
# Before a link that is the plan's sentence: "For your plan: I will …".
practice-plan-note = For your plan:
practice-count-noting = Noting it in your plan…
# $week is practice-week-line ("This week: 4 of 7").
practice-count-done = Counted for today in your plan. { $week }.
# $reason is the backend's explanation; a "Try again" button follows.
practice-count-failed = This couldn't be noted in your plan just now. { $reason }
practice-count-retry = Try again
practice-done-heading = Well done.
practice-done-line = Notice how you feel now.
practice-count-offer = Count it for your plan
practice-done-again = Once more
practice-done-plan = Back to your plan
practice-done-practice = Back to Practice

## The breathing guide (views/practices/breathing.js, lib/pacer.js)

practice-breathing-title = Breathing
practice-breathing-lede = Slow breathing, with an out-breath as long as the in-breath or longer, tells your body it is safe to settle. Sit comfortably and follow the circle.
# The phase words: shown in large type, announced to screen readers as they
# change, and used as the labels of the "your own counts" fields. Without
# motion the guide counts in words after them: "Breathe in… 2… 3… 4".
practice-pacer-in = Breathe in
practice-pacer-hold = Hold
practice-pacer-out = Breathe out
# The patterns' names, as offered.
practice-pattern-box = Box breathing
practice-pattern-478 = 4-7-8 breathing
practice-pattern-long-out = Longer out-breath
practice-pattern-custom = Your own counts
# Short hints beside the names.
practice-pattern-box-hint = 4-4-4-4, even and steady
practice-pattern-478-hint = a long, slow out-breath
practice-pattern-long-out-hint = 4 in, 6 out, no holding your breath
# How to breathe each pattern, in one line.
practice-pattern-box-how = Breathe in for 4, hold for 4, breathe out for 4, hold for 4.
practice-pattern-478-how = In quietly through your nose for 4, hold for 7, then out through your mouth for 8, with a soft whoosh.
practice-pattern-478-why = Four breaths is plenty to start: more can make you light-headed at first.
practice-pattern-long-out-how = In through your nose for 4, then out slowly for 6. No holding your breath — gentler if holding feels hard, as it can when you’re anxious or panicky.
practice-pattern-custom-how = Choose your own counts. A hold can be 0 to leave it out.
practice-breathing-pattern = Pattern
practice-breathing-counts = Your counts, in seconds
practice-breathing-how-long = How long?
practice-breathing-minutes =
    { $count ->
        [one] { $count } minute
       *[other] { $count } minutes
    }
practice-breathing-how-many = How many breaths?
practice-breathing-breaths =
    { $count ->
        [one] { $count } breath
       *[other] { $count } breaths
    }
practice-breathing-start = Start
practice-breathing-pause = Pause
practice-breathing-resume = Resume
practice-breathing-stop = Stop
# Heading for screen readers while breathing; $counts is like "4-7-8-0".
practice-breathing-run-heading = Breathing { $counts }
# Under the circle, for patterns counted in breaths.
practice-breathing-breath-of = Breath { $cycle } of { $cycles }
# Under the circle; $clock is like "2:45".
practice-breathing-left = { $clock } left
# $left is practice-breathing-breath-of or practice-breathing-left.
practice-breathing-paused = Paused · { $left }
practice-breathing-stopped-heading = That was a pause worth taking.
practice-breathing-stopped-line = Even a few slow breaths help. Notice how you feel now.

## The three-minute breathing space (views/practices/breathing-space.js)

practice-space-title = Three-minute breathing space
practice-space-lede = A short pause in three steps. It helps you step out of autopilot, see what is here, and choose what to do next.
practice-space-awareness-title = 1 · Awareness
practice-space-awareness-ask = What's here right now — thoughts, feelings, body?
practice-space-awareness-line-1 = Sit tall, and let your eyes close or rest softly on one spot.
practice-space-awareness-line-2 = Notice what is here without trying to change it: thoughts passing through, any feelings, sensations in the body. You might name them quietly: "there's worry", "there's tightness".
practice-space-gathering-title = 2 · Gathering
practice-space-gathering-ask = Gather your attention on the breath.
practice-space-gathering-line-1 = Let your attention narrow to the breath, where you feel it most — the belly, perhaps, rising and falling.
practice-space-gathering-line-2 = When your mind wanders, notice where it went and gently come back. That coming back is the practice.
practice-space-expanding-title = 3 · Expanding
practice-space-expanding-ask = Let your attention widen to the whole body.
practice-space-expanding-line-1 = Widen your attention around the breath to the body as a whole: your posture, your hands, your face.
practice-space-expanding-line-2 = If something is uncomfortable, breathe with it and let it be as it is. Then take this wider awareness with you into what comes next.
# A quiet timer under each step; $clock is like "0:42".
practice-space-timer = About a minute · { $clock } left
practice-space-timer-done = A minute has passed. Go on whenever you're ready.
practice-space-finish = Finish

## 5-4-3-2-1 grounding (views/practices/grounding.js)

practice-grounding-title = 5-4-3-2-1 grounding
practice-grounding-lede = When feelings run high, naming what your senses find brings you back to the room you are in, and to now. Take your time with each step.
practice-grounding-see = Five things you can see
practice-grounding-see-line = Look around slowly. Small things count: a corner of light, a colour, a crease.
practice-grounding-touch = Four things you can touch
practice-grounding-touch-line = Your feet on the floor, the chair holding you, the fabric of your sleeve, the air on your skin.
practice-grounding-hear = Three things you can hear
practice-grounding-hear-line = Near and far: a hum, your own breath, a sound outside.
practice-grounding-smell = Two things you can smell
practice-grounding-smell-line = If nothing comes, bring to mind two smells you like.
practice-grounding-taste = One thing you can taste
practice-grounding-taste-line = Whatever is there right now — or a taste you enjoy.
# A field's label for screen readers: $sense is the step's title
# ("Five things you can see"), $number which field, $total how many.
practice-grounding-field = { $sense }: { $number } of { $total }
practice-grounding-hint = Writing them down is optional, and these words aren't saved.

## The self-compassion break (views/practices/self-compassion.js)
## Kristin Neff's phrases, quoted exactly as she publishes them
## (self-compassion.org, "Exercise 2: Self-Compassion Break"), with her
## punctuation: the three main phrases have no full stop.

practice-sc-title = Self-compassion break
practice-sc-lede = For a moment that hurts. Three short steps: read each phrase slowly, perhaps with a hand on your chest, and write in your own words if you like.
# Under the quotations: whose words they are, and where she publishes them.
practice-sc-attribution = — Kristin Neff, self-compassion.org
practice-sc-others-intro = Or, if other words fit better:
practice-sc-mindfulness-title = 1 · Mindfulness
practice-sc-mindfulness-phrase = This is a moment of suffering
practice-sc-mindfulness-other-1 = This hurts.
practice-sc-mindfulness-other-2 = Ouch.
practice-sc-mindfulness-other-3 = This is stress.
practice-sc-mindfulness-why = Naming the pain plainly lets you see it, instead of being swept along by it.
practice-sc-mindfulness-label = In your own words: what is hard right now?
practice-sc-humanity-title = 2 · Common humanity
practice-sc-humanity-phrase = Suffering is a part of life
practice-sc-humanity-other-1 = Other people feel this way.
practice-sc-humanity-other-2 = I’m not alone.
practice-sc-humanity-other-3 = We all struggle in our lives.
practice-sc-humanity-why = Remembering that other people struggle too softens the feeling that something is wrong with you alone.
practice-sc-humanity-label = In your own words: who else might feel this way?
practice-sc-kindness-title = 3 · Self-kindness
practice-sc-kindness-phrase = May I be kind to myself
practice-sc-kindness-other-1 = May I give myself the compassion that I need
practice-sc-kindness-other-2 = May I learn to accept myself as I am
practice-sc-kindness-other-3 = May I forgive myself
practice-sc-kindness-other-4 = May I be strong
practice-sc-kindness-other-5 = May I be patient
practice-sc-kindness-why = Speaking to yourself as you would to a good friend helps you steady yourself and try again. If it feels right, rest a hand on your chest while you read it.
practice-sc-kindness-label = In your own words: what would you say to a friend in your place?
practice-sc-save = Save
practice-sc-empty-ok = Any of these can stay empty — the moment still counts.
practice-sc-done-heading = Thank you for taking this moment.
practice-sc-done-line = What you wrote is kept under "{ practice-kind-words-heading }" on the Practice page.
# $reason is the backend's explanation.
practice-sc-save-failed = That didn't save — your words are still here. ({ $reason })

## Plans as words (lib/plans.js)

# The four outcomes of a day, as equals: none ranks above another.
# The labels are the Today row's buttons ("Skipped…" asks for a reason);
# the words are how a noted day reads. Other views lower-case the words
# inside sentences ("Noted: not today."), so keep them free of nouns that
# must stay capitalised where you can.
practice-outcome-done = Done
practice-outcome-partly = Partly
practice-outcome-skipped = Skipped
practice-outcome-skipped-label = Skipped…
practice-outcome-not-today = Not today
# The guided practices a plan can point to.
practice-option-none = None
practice-option-box = Box breathing (4-4-4-4)
practice-option-478 = 4-7-8 breathing
practice-option-breathing-space = Three-minute breathing space
practice-option-grounding = 5-4-3-2-1 grounding
practice-option-self-compassion = Self-compassion break
# $done and $target are numbers already formatted (may be "2.5").
practice-week-line = This week: { $done } of { $target }
# Home's line about today's plans.
practice-today-line = Today · { $done } of { $due } practised
# For a plan that repeats during the day.
practice-slots-line = { $count } of { $slots } today
practice-status-paused = Paused
practice-status-archived = Archived
# How often, in a plan's facts. $days are short weekday names from the
# computer's calendar ("Mon, Wed"), $last the last of them.
practice-often-days = { $days } and { $last }
practice-often-every-day = Every day
practice-often-per-week =
    { $count ->
        [one] Once a week
       *[other] { $count } times a week
    }
practice-often-per-day = { $count } times a day

## A plan's sentence, written by the app in languages other than English
## (lib/plans.js composeSentence). In English the backend writes it (core
## plan/sentence.rs); these English messages say the same and are the
## source for translators. The person's own words are $action (what they
## will do, as typed) and $cue (after what, or where, as typed).

# What people type before their action that the sentence says itself,
# comma-separated, lower case.
practice-plan-sentence-action-prefixes = i will, i'll, i’ll
# First words that make the cue a whole clause ("when I get home"), which
# can open the sentence (cueKind "clause"); comma-separated, lower case.
practice-plan-sentence-clause-words = { "" }
# First words that make the cue a phrase that can stand as it is ("after
# lunch"; cueKind "phrase"). Any other cue is "bare" and gets a word put
# before it ("after …").
practice-plan-sentence-phrase-words = after, before, when, while, at, once, as soon as, on
# How many times: "once", "twice", "3 times".
practice-plan-sentence-times =
    { $count ->
        [1] once
        [2] twice
       *[other] { $count } times
    }
# The amount: $unit is "minutes" or "times"; $times is
# practice-plan-sentence-times.
practice-plan-sentence-amount =
    { $unit ->
        [times] { $times }
       *[minutes] for { $count ->
            [one] { $count } minute
           *[other] { $count } minutes
        }
    }
# How often: $kind is everyDay, workweek (Monday to Friday), days (then
# $days lists full weekday names, "Monday and Wednesday"), perWeek or
# perDay (then $times is practice-plan-sentence-times).
practice-plan-sentence-often =
    { $kind ->
        [workweek] every weekday
        [days] every { $days }
        [perWeek] { $times } a week
        [perDay] { $times } a day
       *[everyDay] every day
    }
# The usual time, $time like "17:00": beside a cue, or on its own.
practice-plan-sentence-time =
    { $withCue ->
        [yes] (around { $time })
       *[no] at { $time }
    }
# The whole sentence. $amount and $time are either empty or begin with a
# space; $often is practice-plan-sentence-often. $cueKind is none, clause,
# phrase or bare (see above). A clause or phrase that opens the sentence
# gets a capital first letter; one inside it a small one.
practice-plan-sentence =
    { $cueKind ->
        [none] I will { $action }{ $amount } { $often }{ $time }.
        [bare] I will { $action }{ $amount } { $often } after { $cue }{ $time }.
       *[other] I will { $action }{ $amount } { $often } { $cue }{ $time }.
    }

## One plan (views/plan.js)

practice-plan-title = Plan
practice-plan-gone = This plan isn't here
practice-plan-gone-line = Your other plans are all still on the Practice page.
# A link to the Practice page.
practice-plan-practice-link = Practice
practice-plan-resumed = Resumed.
practice-plan-paused-toast = Paused. Resume it whenever you like.
practice-plan-archived-toast = Archived.
practice-plan-undo = Undo
practice-plan-paused-notice = Paused. It stays out of your Today list until you resume it.
practice-plan-archived-notice = Archived. Everything you noted is kept here.
# The plan's facts: labels.
practice-plan-how-often = How often
practice-plan-since = Since
practice-plan-until = Until
practice-plan-guided = Guided practice
# A noted day that was done more than once: $outcome is the day's outcome
# word, $count how many times.
practice-plan-day-times = { $outcome } · { $count } times
# Before the reason the person wrote for skipping a day.
practice-plan-day-reason = What got in the way:
practice-plan-edit = Edit
practice-plan-pause = Pause
practice-plan-resume = Resume
practice-plan-restore = Bring it back
practice-plan-archive = Archive
practice-plan-start-again = Start again today.
practice-plan-progress = How it is going
practice-plan-score-hint = The score rises with practice and dips only a little on a missed day. Habits take weeks to form, and one day off changes very little.
# A button; $practice is the guided practice's name.
practice-plan-start-guide = Start the guide: { $practice }
practice-plan-recent = Recent days
practice-plan-recent-empty = The days you note will be listed here.

## The plan builder (views/plan-builder.js, lib/plan-form.js)

practice-builder-new = Make a plan
practice-builder-edit = Edit your plan
practice-builder-back = ← Back
practice-builder-from-focus = From the focus you chose after your session. Shape it into something you can do.
practice-builder-lede = A plan says what you will do, and when. Small and specific works best.
practice-builder-action = What will you do?
practice-builder-action-hint = Something small and concrete, like "practise slow breathing".
# Shown under the action when it starts with a thing rather than a doing:
# "It may read more easily as “I will practise box breathing”. [Use these words]"
# (English only: other languages don't show it). The quotation marks are
# the page's; the suggested words follow practice-builder-suggestion-frame.
practice-builder-suggestion-before = It may read more easily as{ " " }
practice-builder-suggestion-frame = I will{ " " }
practice-builder-suggestion-after = .{ " " }
practice-builder-suggestion-use = Use these words
practice-builder-amount = How much? (optional)
practice-builder-unit = Counted in
practice-builder-unit-minutes = minutes
practice-builder-unit-times = times
practice-builder-often = How often?
practice-builder-which-days = Which days?
# After a number field: "[3] times a week".
practice-builder-per-week = times a week
practice-builder-per-day = times a day
practice-often-choice-daily = Every day
practice-often-choice-weekdays = On certain days
practice-often-choice-per-week = A number of times a week
practice-often-choice-per-day = Several times a day
practice-builder-cue = After what, or where? (optional)
    .placeholder = after I brush my teeth
practice-builder-cue-hint = Tying it to something you already do each day makes it easier to remember.
practice-builder-cue-time = Usual time (optional)
practice-builder-start = Starting
practice-builder-end = Until (optional)
practice-builder-practice = A guided practice to go with it (optional)
# The preview's heading, above the plan's sentence and gentle hints.
practice-builder-preview = Interlude will remember:
# The preview before anything is written.
practice-builder-sentence-empty = I will …
practice-builder-save-new = Save plan
practice-builder-save-edit = Save changes
practice-builder-saved = Plan saved.
practice-builder-made = Plan made. It will show in Today when it is due.
# What the form says before saving, under the field it is about.
practice-builder-problem-action = Write what you will do — a few words is plenty.
practice-builder-problem-amount = The amount works best as a whole number, like 3.
practice-builder-problem-days = Choose at least one day of the week.
practice-builder-problem-per-week = Choose between 1 and 7 times a week.
practice-builder-problem-per-day = Choose between 2 and 12 times a day.
# Gentle hints about vague words in the action or the cue.
practice-builder-vague-when = Words like "when I can" or "sometimes" leave it to chance. Which moment in your day could it follow?
practice-builder-vague-try = Words like "try" or "maybe" are hard to notice doing. What would doing it look like?

## The session schedule as words (lib/schedule.js)

# The "how often" choices, and inside the schedule's summary.
practice-schedule-every =
    { $count ->
        [one] Every week
       *[other] Every { $count } weeks
    }
practice-schedule-problem-weekday = Choose the day your sessions are on.
practice-schedule-problem-time = Choose the time your sessions start.
practice-schedule-problem-duration = A session's length works best as minutes between { $min } and { $max }, like 50.
practice-schedule-problem-every = Choose how often your sessions are.
practice-schedule-problem-start = Choose the date of your first session on this schedule.
practice-schedule-problem-zone = Write the time zone your sessions are in, like Europe/London.
# $list is the next few sessions ("Tue 1 Dec 17:00, Tue 8 Dec 17:00"); the
# schedule goes on, so the line ends open.
practice-schedule-preview = Next: { $list }, …
# Beside a session in the list.
practice-schedule-cancelled = cancelled
practice-schedule-moved = moved
# $day is like "Tue 24 Nov", $time like "17:00" (may be absent).
practice-schedule-moved-from = moved from { $day }
practice-schedule-moved-from-time = moved from { $day } { $time }
# Home's line: $when is like "Tue 1 Dec, 17:00", $until like "in 3 days".
practice-schedule-next = Next session: { $when }
practice-schedule-next-until = Next session: { $when } ({ $until })
# $day is a full weekday name ("Tuesday"), $time like "17:00", $every the
# number of weeks between sessions, $minutes a session's length, $zone a
# time zone ("Europe/London").
practice-schedule-summary = { $day }s at { $time }, { $every ->
        [one] every week
       *[other] every { $every } weeks
    }, { $minutes } minutes ({ $zone })
# The same without a known weekday.
practice-schedule-summary-no-day = Sessions at { $time }, { $every ->
        [one] every week
       *[other] every { $every } weeks
    }, { $minutes } minutes ({ $zone })

## Reminders, in Settings (views/reminders.js, lib/reminders.js)

practice-reminders-heading = Reminders
practice-reminders-lede = Gentle invitations, never demands. Switch any of them off, or pause them all.
# $hint says how a time can be typed ("Like 17:00, 1700 or 5pm.").
practice-reminders-times-hint = Times can be typed as you think of them. { $hint }
practice-reminders-after-session = After a session
practice-reminders-reflect = Open a reflection window after each session
practice-reminders-reflect-hint = A few lines while it is fresh help a session carry into your week.
# Before a number field, then practice-reminders-minutes: "After [10] minutes".
practice-reminders-reflect-after = After
practice-reminders-minutes = minutes
practice-reminders-before-session = Before a session
practice-reminders-brief = A nudge the evening before a session, to look back over the week
# Before a time field: "At [19:00]".
practice-reminders-brief-at = At
practice-reminders-plans-group = Plans
practice-reminders-plans = Remind me of my plans at their usual time
practice-reminders-questionnaires-group = Check-in questionnaires
# Reads on into the chosen option: "Offer the PHQ-9 and GAD-7 [every two weeks]".
practice-reminders-questionnaires = Offer the PHQ-9 and GAD-7{ " " }
practice-reminders-questionnaires-off = never — I’ll open them myself
practice-reminders-questionnaires-before = the evening before each session
practice-reminders-questionnaires-fortnightly = every two weeks
practice-reminders-questionnaires-hint = At the evening-nudge time. They take a few minutes and show how things are moving.
practice-reminders-bells = Mindfulness bells
practice-reminders-bells-why = A short pause to notice your breath brings you back to the present.
practice-reminders-bells-off = Off
practice-reminders-bells-interval = At a steady rhythm
practice-reminders-bells-random = A few times a day, at random
# "Every [60] minutes".
practice-reminders-bells-every = Every
# "How many [3] moments a day".
practice-reminders-bells-how-many = How many
practice-reminders-bells-moments = moments a day
# "Between [09:00] and [21:00]".
practice-reminders-between = Between
practice-reminders-and = and
practice-reminders-quiet = Quiet hours
practice-reminders-quiet-enabled = Keep quiet during these hours
practice-reminders-quiet-hint = No reminders or bells arrive between these times.
# "From [22:00] until [08:00]".
practice-reminders-from = From
practice-reminders-until = until
practice-reminders-privacy = Privacy
practice-reminders-private-text = Show what my plans say in notifications
# 'Time for your practice' is the notification's general title (desktop.ftl, reminder-plan).
practice-reminders-private-text-hint = Off keeps notifications general, e.g. 'Time for your practice', so nothing private shows on a shared screen.
practice-reminders-pause = Pause
practice-reminders-pause-hour = Pause for an hour
practice-reminders-pause-tomorrow = Pause until tomorrow
practice-reminders-resume = Resume
practice-reminders-notifications = System notifications aren't available right now, so reminders will appear inside Interlude instead.
practice-reminders-saved = Saved
practice-reminders-problem-time = Choose a time, like 19:00.
practice-reminders-problem-minutes = Choose between { $min } and { $max } minutes.
practice-reminders-problem-moments = Choose between { $min } and { $max } moments a day.
# The pause line: times like "14:30", $day like "Thu 3 Dec".
practice-reminders-on = Reminders are on
practice-reminders-paused-until = Paused until { $time }
practice-reminders-paused-morning = Paused until tomorrow morning
practice-reminders-paused-tomorrow = Paused until tomorrow, { $time }
practice-reminders-paused-day = Paused until { $day }, { $time }
practice-reminders-none-coming = No reminders are coming up.
# $when is like "Tue 17:55"; $title is the reminder's title (from the app's
# other half, already in the language in use).
practice-reminders-next = Next reminder: { $when }
practice-reminders-next-titled = Next reminder: { $when } · { $title }

## Behavioural experiments (views/experiment.js, components/experiment-parts.js,
## the Experiments part of the Practice page). A belief is tested as a
## prediction, "a scientist of your own life". An experiment can't fail:
## whatever happens is information. Never "overdue", "missed" or "failed".

practice-experiments-heading = Experiments
practice-experiments-about = Test a thought the way a scientist would: make a prediction, try something small, and see what happens. Whatever happens, you learn something.
practice-experiments-empty = Your experiments will be listed here.
practice-experiments-new = Plan an experiment
# Where an experiment is, in the list and on its page.
practice-experiment-status-planned = Planned
# $when: a day and time, e.g. "Tue 24 Nov, 17:50".
practice-experiment-status-planned-for = Planned for { $when }
# Its time has come; said without any hurry.
practice-experiment-status-ready = Ready to write up whenever you like
practice-experiment-status-done = Written up
# After practice-experiment-status-done, when both ratings were given: "Belief: 80% → 40%".
# $arrow shows an arrow (screen readers hear practice-experiment-belief-to).
practice-experiment-belief-change = Belief: { $before }%{ $arrow }{ $after }%
practice-experiment-belief-to = to

## Planning an experiment (#experiment/new, #experiment/3/edit)

practice-experiment-new-title = Plan an experiment
practice-experiment-edit-title = Change your experiment
# The link back from the edit page to the experiment's own page.
practice-experiment-back = ← Your experiment
practice-experiment-lede = Homework isn’t a test; it’s an experiment. Take a thought as a prediction and find out, in a small and safe way, how well it holds up. Whatever happens, you learn something.
# Started from "Test this thought" on a moment. $moment is
# practice-experiment-from-moment-link, as a link to the moment.
practice-experiment-from-moment = From { $moment }: the thought you noticed, as a prediction to test. Change the words as you like.
# $date: the moment's day, e.g. "Tue 24 Nov".
practice-experiment-from-moment-link = your moment on { $date }
practice-experiment-belief-heading = The belief to test
practice-experiment-prediction = What do you predict will happen? The belief to test
practice-experiment-prediction-hint = In your own words, e.g. “If I speak up in the meeting, everyone will think I’m stupid.”
practice-experiment-belief-before = How strongly do you believe it?
# The name of the slider's Clear button for screen readers.
practice-experiment-belief-before-clear = Clear how strongly you believe it
practice-experiment-test-heading = The experiment
practice-experiment-test = The experiment: what will you do, when and where?
practice-experiment-test-hint = Something small enough to try, e.g. “Say one thing in Monday’s team meeting.”
practice-experiment-safety = Safety behaviours to drop
practice-experiment-safety-hint = A safety behaviour is something you do to feel safer that also stops you finding out what would really happen, like rehearsing every word, avoiding eye contact or keeping an excuse ready to leave.
practice-experiment-expected = What do you expect to happen?
practice-experiment-expected-hint = As exactly as you can, so you can compare afterwards.
practice-experiment-when-heading = When
practice-experiment-planned-for = When will you try it?
practice-experiment-planned-for-hint = Optional: a day and time, so it can come back to you then.
practice-experiment-remind = Remind me then
practice-experiment-remind-hint = It becomes a one-day plan in Practice, with a reminder at that time.
practice-experiment-remind-needs = A reminder needs a time that’s still ahead and the experiment written in.
practice-experiment-reminder-made = It has a one-day plan in Practice, with a reminder.
practice-experiment-reminder-see = See the plan
practice-experiment-save-new = Save the experiment
practice-experiment-save-edit = Save changes
practice-experiment-made = Experiment planned. Whatever happens, you’ll learn something.
practice-experiment-saved = Changes saved.
practice-experiment-problem-prediction = Write the prediction you’d like to test first — a few words are plenty.
practice-experiment-problem-remind-time = A reminder needs a time that’s still ahead. Choose one, or untick “Remind me then”.
practice-experiment-problem-remind-test = A reminder needs the experiment written in, so it knows what to remind you of.

## One experiment's page (#experiment/3): what was planned, and the write-up

practice-experiment-title = Your experiment
practice-experiment-gone = This experiment isn’t here any more
practice-experiment-gone-line = It may have been deleted. Your other experiments are all still in Practice.
practice-experiment-planned-heading = What you planned
practice-experiment-prediction-read = The prediction
practice-experiment-believed-before = How strongly you believed it at the start: { $rating }%
practice-experiment-test-read = The experiment
practice-experiment-safety-read = Safety behaviours to drop
practice-experiment-expected-read = What you expected
practice-experiment-edit = Change what you planned
practice-experiment-afterwards-heading = Afterwards
practice-experiment-afterwards-hint = Whenever you’re ready. Whatever happened, it’s information: there’s no way to get this wrong.
practice-experiment-happened = What actually happened?
practice-experiment-learned = What did you learn?
practice-experiment-learned-hint = About the prediction, about yourself, or about other people.
practice-experiment-belief-after = How strongly do you believe the prediction now?
practice-experiment-belief-after-clear = Clear how strongly you believe it now
practice-experiment-obstacles = Anything that got in the way?
practice-experiment-obstacles-hint = Optional. Whatever made it hard is worth knowing too.
practice-experiment-writeup-save = Save the write-up
practice-experiment-writeup-save-again = Save changes
practice-experiment-written-up = Written up. Whatever happened, you learned something.
practice-experiment-delete = Delete
practice-experiment-delete-title = Delete this experiment?
practice-experiment-deleted = Experiment deleted.
practice-experiment-restored = Experiment restored.

## Behavioural activation: values and activities (views/values.js,
## views/activity.js, components/activity-parts.js)

practice-activities-heading = Activities
practice-activities-about = Doing a little more of what matters often lifts mood before motivation arrives. Plan something small for a value, guess how it will feel, then note how it was.
practice-activities-empty = No activities yet.
practice-activities-new = Plan an activity
practice-activities-log = Log something you did
# $count: how many done activities are folded away.
practice-activities-earlier = { $count ->
    [one] 1 earlier activity
   *[other] { $count } earlier activities
  }
practice-activities-values = What matters to you
practice-values-title = What matters to you
practice-values-lede = A few words for each thing that matters to you, in your own words. There are no right answers, and you can change them whenever you like.
practice-values-area = Life area
practice-values-area-relationships = Relationships
practice-values-area-work = Work or study
practice-values-area-health = Health
practice-values-area-play = Play
practice-values-area-community = Community
practice-values-area-empty = Nothing here yet.
practice-values-add-heading = Add a value
practice-values-words = In your words
practice-values-words-hint = For example: "Be there for my sister" or "Make music again".
practice-values-add = Add
practice-values-added = Added.
practice-values-problem-words = Write the value in a few words first.
practice-values-plan-for = Plan an activity for this
practice-values-change = Change
# $words: the value in the person's words.
practice-values-change-label = Change "{ $words }"
practice-values-remove = Remove
practice-values-remove-label = Remove "{ $words }"
practice-values-removed = Removed. Activities you did for it stay as they were.
practice-values-save = Save
practice-values-cancel = Cancel
practice-values-saved = Saved.
practice-activity-title = Activity
practice-activity-new-title = Plan an activity
practice-activity-log-title = Log something you did
practice-activity-edit-title = Change this activity
practice-activity-lede = Something small is enough. Guessing how it will feel is part of it: afterwards you can see how the guess compared.
practice-activity-log-lede = Something you did, planned or not. How it felt is worth noting too.
practice-activity-back = Back to the activity
practice-activity-gone = This activity isn't here any more
practice-activity-gone-line = It may have been deleted, here or on another computer.
practice-activity-what-heading = What
practice-activity-what = The activity
practice-activity-what-hint = For example: "Call Mia after work" or "Walk to the river".
practice-activity-value = The value it's for
practice-activity-value-hint = Optional. Linking it to a value shows later what went with a better mood.
practice-activity-value-none = None
practice-activity-value-none-yet = Optional. You can add values under "What matters to you" on the Practice page.
practice-activity-plan-heading = When, and how you think it will feel
practice-activity-planned-for = When you'll do it
practice-activity-planned-for-hint = A day and a time.
practice-activity-predict-hint = A guess on each, from 0 to 10. Leave any you'd rather not guess.
practice-activity-mood = Mood
practice-activity-mastery = Sense of achievement
practice-activity-pleasure = Enjoyment
practice-activity-mood-predicted = Mood you expect
practice-activity-mastery-predicted = Sense of achievement you expect
practice-activity-pleasure-predicted = Enjoyment you expect
practice-activity-mood-actual = Your mood afterwards
practice-activity-mastery-actual = Sense of achievement
practice-activity-pleasure-actual = Enjoyment
practice-activity-mood-hint = 0 is as low as it gets, 10 as good as it gets.
practice-activity-mastery-hint = How much it felt like getting something done, however small.
practice-activity-pleasure-hint = How much you enjoyed it.
# $rating: 0–10.
practice-activity-rating = { $rating } of 10
# $scale: Mood, Sense of achievement or Enjoyment.
practice-activity-clear = Clear { $scale }
practice-activity-log-heading = How did it go?
practice-activity-log-hint = Whenever you like; whatever happened is worth knowing. Leave out anything you'd rather not rate.
practice-activity-done-at = When you did it
practice-activity-done-at-hint = A day and a time; now is filled in.
practice-activity-note = A note, if you like
practice-activity-save-new = Save the plan
practice-activity-save-log = Save
practice-activity-save-edit = Save changes
practice-activity-log-save = Save how it went
practice-activity-log-save-again = Save again
practice-activity-made = Planned.
practice-activity-logged = Noted.
practice-activity-saved = Saved.
practice-activity-problem-what = Write what the activity is first; a few words are enough.
practice-activity-problem-when = Choose when you'll do it.
practice-activity-problem-done-at = Say when you did it, so it can be saved.
# $when: a friendly date and time.
practice-activity-status-planned-for = Planned for { $when }
practice-activity-status-planned = Planned
practice-activity-status-ready = There to log whenever you like
practice-activity-status-done-at = Done { $when }
practice-activity-status-done = Done
# $area: a life area's name; the value's words follow.
practice-activity-for-value = For a value in { $area }:
# $scale: its name; $expected, $actual: 0–10.
practice-activity-expected-actual = { $scale }: you expected { $expected }, it was { $actual }
practice-activity-actual-only = { $scale }: { $actual } of 10
practice-activity-expected-only = { $scale }: you expected { $expected }
practice-activity-edit = Change the plan
practice-activity-delete = Delete this activity
practice-activity-delete-title = Delete this activity?
practice-activity-deleted = Activity deleted.
practice-activity-restored = Activity brought back.

## Homework from the therapist, as a file (views/homework.js)

practice-homework-open = Open homework from your therapist
practice-homework-title = Homework from your therapist
practice-homework-lede = Your therapist can give you homework as a file. Open it here to see what it holds, and choose what to add. Nothing is added until you say so.
practice-homework-choose = The homework file
practice-homework-choose-hint = A .json file your therapist sent you.
# $file: the file's name.
practice-homework-too-large = "{ $file }" is too large to be a homework file.
practice-homework-unreadable = "{ $file }" couldn't be read. If it is on a removable drive, check that it is still connected.
practice-homework-preview-heading = What "{ $file }" holds
practice-homework-preview-hint = Untick anything you'd rather not add. You can change or remove any of it later, like your own.
# $from: the therapist's name, as the file is signed.
practice-homework-note-from = A note from { $from }
practice-homework-note = A note from your therapist
practice-homework-keep-note = Keep this note in my journal
practice-homework-note-already = This note is in your journal already.
practice-homework-kind-plan = A plan
practice-homework-kind-practice = A guided practice
practice-homework-kind-experiment = An experiment to try
practice-homework-kind-questionnaire = A questionnaire to fill in
practice-homework-kind-question = A question for your reflection after each session
practice-homework-already = added already
practice-homework-no-items = This file holds no plans, experiments, questionnaires or questions.
practice-homework-add = Add what's ticked
# $added: how many were added; $leftOut: how many were left out.
practice-homework-done = { $added ->
    [0] Nothing new added
    [one] 1 added
   *[other] { $added } added
  }{ $leftOut ->
    [0] .
    [one] ; 1 left out.
   *[other] ; { $leftOut } left out.
  }
# Before a plan's cue, and an experiment's test, in the preview.
practice-homework-cue = When:
practice-homework-test = The test:
