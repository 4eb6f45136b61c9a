### English: brief-document (see src-tauri/core/src/i18n.rs).
### The session brief as a person exports it (Markdown, web page, PDF) to
### bring to their therapist. Written in the person's own voice ("I", "my").
### Patterns are noticed, never explained: things "go with" each other,
### nothing "causes" anything.

## Days. $weekday: 1 = Monday … 7 = Sunday; $day: day of the month;
## $month: 1 = January … 12 = December; $year: a number like 2026.

# A day with its year, as the brief's first line gives its dates: "Tue 3 Feb 2026".
brief-day = { $weekday ->
       [1] Mon
       [2] Tue
       [3] Wed
       [4] Thu
       [5] Fri
       [6] Sat
      *[7] Sun
    } { $day } { $month ->
       [1] Jan
       [2] Feb
       [3] Mar
       [4] Apr
       [5] May
       [6] Jun
       [7] Jul
       [8] Aug
       [9] Sep
       [10] Oct
       [11] Nov
      *[12] Dec
    } { $year }
# A day without its year: "Tue 3 Feb".
brief-day-short = { $weekday ->
       [1] Mon
       [2] Tue
       [3] Wed
       [4] Thu
       [5] Fri
       [6] Sat
      *[7] Sun
    } { $day } { $month ->
       [1] Jan
       [2] Feb
       [3] Mar
       [4] Apr
       [5] May
       [6] Jun
       [7] Jul
       [8] Aug
       [9] Sep
       [10] Oct
       [11] Nov
      *[12] Dec
    }
# A day and month, under the mood chart and in the web page's title: "3 Feb".
brief-day-month = { $day } { $month ->
       [1] Jan
       [2] Feb
       [3] Mar
       [4] Apr
       [5] May
       [6] Jun
       [7] Jul
       [8] Aug
       [9] Sep
       [10] Oct
       [11] Nov
      *[12] Dec
    }
# A day, month and year: "3 Feb 2026".
brief-day-month-year = { $day } { $month ->
       [1] Jan
       [2] Feb
       [3] Mar
       [4] Apr
       [5] May
       [6] Jun
       [7] Jul
       [8] Aug
       [9] Sep
       [10] Oct
       [11] Nov
      *[12] Dec
    } { $year }
# When the brief was made: "3 Feb 2026 at 14:05". $time: hours and minutes, 24-hour.
brief-made-at = { $day } { $month ->
       [1] Jan
       [2] Feb
       [3] Mar
       [4] Apr
       [5] May
       [6] Jun
       [7] Jul
       [8] Aug
       [9] Sep
       [10] Oct
       [11] Nov
      *[12] Dec
    } { $year } at { $time }
# A row of the Markdown mood chart, kept the same width on every row:
# "Tue 03 Feb". $dd: the day with two digits; $mm: the month with two digits.
brief-chart-day = { $weekday ->
       [1] Mon
       [2] Tue
       [3] Wed
       [4] Thu
       [5] Fri
       [6] Sat
      *[7] Sun
    } { $dd } { $month ->
       [1] Jan
       [2] Feb
       [3] Mar
       [4] Apr
       [5] May
       [6] Jun
       [7] Jul
       [8] Aug
       [9] Sep
       [10] Oct
       [11] Nov
      *[12] Dec
    }

## The top of the brief

brief-document-heading = Session brief
# The web page's and the PDF's title. $from, $until: the first and last day.
brief-document-title = Session brief, { $from } to { $until }
# At the foot of every PDF page. $page: the page's number.
brief-pdf-footer = Session brief · page { $page }
# $from, $until: days (brief-day); $made: when it was made (brief-made-at).
brief-dates = For the days { $from } to { $until }. Made with Interlude on { $made }.
brief-dates-since-session = For the days { $from } to { $until } (since my last session). Made with Interlude on { $made }.
# What the brief holds. $parts: the brief-contents-… words below, joined with ", ".
brief-contents = It contains: { $parts }.
brief-contents-mood = mood
brief-contents-bridge = since last time
brief-contents-agenda = what I want to talk about
brief-contents-homework = homework
brief-contents-patterns = patterns
brief-contents-own-words = in my own words
brief-private-entries-left-out = { $count ->
    [one] { $count } entry marked private is left out.
   *[other] { $count } entries marked private are left out.
  }
brief-private-included = Entries marked private are included.
brief-removed-by-me = { $count ->
    [one] { $count } item was left out by me.
   *[other] { $count } items were left out by me.
  }

## 1. Mood, and the PHQ-9 and GAD-7 (for a reader who is not the person)

brief-heading-mood = 1. How I've been
brief-mood-no-checkins = No mood check-ins in these days.
# $average: the mean mood, written with one decimal (e.g. 6.5).
brief-mood-average = Mood on { $days ->
    [one] { $days } day
   *[other] { $days } days
  }: { $average } out of 10 on average (1 low, 10 good).
# HTML chart's text alternative. $days: each day and its mood, joined with brief-chart-separator.
brief-chart-label = Mood by day, 1 to 10: { $days }
brief-chart-separator = {", "}
# $title: PHQ-9 or GAD-7; $score: a number; $day: brief-day-short;
# $band: the band's words for a reader ("moderate symptoms"); $range: e.g. "10–14".
brief-measure-line = { $title }: { $score } on { $day }.
brief-measure-line-band = { $title }: { $score } on { $day } — { $band } ({ $range }).
# $first: the first score; $since_first, $since_last: brief-change.
brief-measure-since = Since the first ({ $first }): { $since_first }; since the one before: { $since_last }.
# How a score moved. $direction: up, down or none; $points: how many points.
brief-change = { $direction ->
    [up] up { $points }
    [down] down { $points }
   *[none] no change
  }
brief-measure-improved-reliably = A reliable improvement (more than day-to-day variation).
brief-measure-rose-reliably = A reliable rise (more than day-to-day variation).
brief-measure-is-response = At least half the first score: a response.
brief-measure-is-remission = Under 5: remission.
# A note for the therapist. $day: brief-day-short; $given: brief-flag-answer or brief-flag-answer-above.
brief-flag-item9 = On { $day }, PHQ-9 question 9 (thoughts of being better off dead or of self-harm) was answered { $given }.
# $answer: the questionnaire's own answer words, e.g. "Several days".
brief-flag-answer = "{ $answer }"
brief-flag-answer-above = above "{ $answer }"
# Shown to the person, under the note, in the app's preview.
brief-flag-item9-explanation = This is here so your therapist knows and can ask about it with care. It doesn't mean something is wrong with you — it means it's worth talking about, and you don't have to bring it up alone.

## 2. Since last time: the reflection after the last session

brief-heading-bridge = 2. Since last time
# $day: brief-day-short.
brief-reflection-from = From my reflection after the session on { $day }.
brief-reflection-takeaway = My biggest takeaway
brief-reflection-difficult = What was hard or surprising
brief-reflection-focus = The skill I chose for this week
brief-reflection-none = No reflection from the last session.

## 3. What I want to talk about

brief-heading-agenda = 3. What I want to talk about
brief-agenda-nothing-yet = Nothing marked yet.
brief-starred-heading = Entries I starred
# $summary: the entry's first words; $kind: which kind of entry; $day: brief-day-short.
brief-starred-entry = { $summary } ({ $kind ->
    [reflection] reflection
    [moment] moment
    [checkin] check-in
   *[note] note
  }, { $day })

## 4. Homework: practice plans

brief-heading-homework = 4. Homework
brief-homework-no-plans = No practice plans in these days.
# Counts of days; $trend: brief-trend.
brief-homework-tally = Planned about { $planned } · done { $done } · partly { $partly } · skipped { $skipped } · not today { $not_today }. Overall { $trend }.
# $reasons: the person's reasons, joined with "; ".
brief-homework-skipped-because = Skipped because: { $reasons }
# A behavioural experiment. $prediction and $text: the person's own words.
brief-experiment = Experiment: { $prediction }
brief-experiment-test = The test: { $text }
brief-experiment-safety = Safety behaviours to drop: { $text }
brief-experiment-expected = What I expected: { $text }
brief-experiment-happened = What happened: { $text }
brief-experiment-learned = What I learned: { $text }
brief-experiment-obstacles = What got in the way: { $text }
brief-experiment-not-written-up = Not written up yet.
# Under a plan or experiment from a therapist's homework file. $from: as the
# file is signed; $day: like "Tue 8 Dec".
brief-assigned = Assigned by { $from } on { $day }.
brief-assigned-unsigned = Assigned in a homework file on { $day }.
# How strongly the prediction was believed (0–100) before the experiment
# and after it; the second and third when only one was rated.
brief-experiment-belief = Belief in the prediction: { $before }% → { $after }%
brief-experiment-belief-before = Belief in the prediction beforehand: { $before }%
brief-experiment-belief-after = Belief in the prediction afterwards: { $after }%
# How a plan's practice score moved over these days. Gentle: a fall is
# only ever "a little less steady" or "less steady for now".
brief-trend = { $change ->
    [steadier] steadier than before
    [little-steadier] a little steadier than before
    [little-less] a little less steady than before
    [less] less steady for now
   *[same] about as steady as before
  }

## 5. Patterns: moments in these days

brief-heading-patterns = 5. Patterns
brief-patterns-no-moments = No moments logged in these days.
# $list: words with how often each came up, e.g. "Work (3), Family (2)".
brief-patterns-situations = Situations: { $list }
brief-patterns-feelings = Feelings: { $list }
brief-patterns-thinking-traps = Thinking traps: { $list }
# $day: brief-day-short.
brief-moment-on = A moment on { $day }
# $text: the person's own words.
brief-moment-what-happened = What happened: { $text }
brief-moment-told-myself = What I told myself: { $text }
brief-moment-tell-a-friend = What I'd tell a friend: { $text }
brief-moment-balanced = A more balanced thought: { $text }
# How strongly the self-talk was believed (0–100) when it came and after
# the balanced thought; the second and third when only one was rated.
brief-moment-belief = Belief in the thought: { $before }% → { $after }%
brief-moment-belief-before = Belief in the thought at the time: { $before }%
brief-moment-belief-after = Belief in the thought afterwards: { $after }%
# Medians over the moments rated before and after ($count ≥ 3); $before,
# $after and $eased may be halves ("12.5"). $eased is before − after.
# $change: which way the median moved (eased, grew or same); $points: by
# how much, never negative (a number, or text such as "12.5").
brief-belief-eased = Belief in the thought, over { $count } thought records: a median of { $before }% before, { $after }% after ({ $change ->
    [eased] eased by { $points } { $points ->
        [one] point
       *[other] points
      }
    [grew] grew by { $points } { $points ->
        [one] point
       *[other] points
      }
   *[same] about the same
  })
# $list: brief-belief-trap items joined by "; ".
brief-belief-by-trap = Eased most, by thinking trap: { $list }
brief-belief-trap = { $trap }, { $change ->
    [eased] eased by { $points } { $points ->
        [one] point
       *[other] points
      }
    [grew] grew by { $points } { $points ->
        [one] point
       *[other] points
      }
   *[same] about the same
  } ({ $count ->
    [one] once
   *[other] { $count } times
  })

## 6. In my own words

brief-heading-own-words = 6. In my own words
brief-own-words-nothing = Nothing written here.

## What the app lists as left out of this brief (nothing is deleted)

brief-left-out-checkins = Mood check-ins
brief-left-out-bridge = Since last time
brief-left-out-patterns = Patterns: triggers, emotions, thinking traps
# $situation: the person's words for what happened.
brief-left-out-moment = Moment: { $situation }
brief-left-out-own-words = In my own words

## Preparing the brief: problems

brief-error-agenda-too-many = The agenda can hold up to { $max } things to talk about.
brief-error-agenda-item-too-long = Each thing on the agenda can be up to { $max } characters — the "in my own words" box has room for more.
# The field's name in "… is 20500 characters long; it can hold up to 20000."
brief-own-words-field = In my own words
brief-error-removed-not-ours = That list of left-out items isn't one Interlude made.
brief-error-end-before-start = The end date is before the start date. Swap them, or clear one.
brief-error-end-too-far = That end date is too far away.
