### English: the brief area of the UI (see ui/lib/i18n.js): the session
### brief on screen (views/brief.js, components/brief-sections.js,
### lib/brief.js), Insights (views/insights.js) with its charts
### (lib/charts.js), the practice score line's words (lib/sparkline.js) and
### Home (views/home.js). The brief's PDF and files are worded by the backend.
###
### Tone: the brief and Insights notice, never grade or explain. A pattern
### is something that came up together, never a cause.

## The session brief: the page

# The page title (window title and history).
brief-page-title = Session brief
# The page's heading, and the name of the document on it.
brief-title = Your session brief
brief-toolbar-label = Save or print this brief
brief-export-pdf = Save as PDF
brief-export-md = Markdown
brief-export-html = Web page (HTML)
brief-print = Print
brief-export-saving = Saving…
# $path: where the file was saved, e.g. "/home/sam/Downloads/Session brief.pdf".
brief-export-saved = Saved to { $path }
# $message: the backend's own words for what went wrong, or brief-export-nothing-changed.
brief-export-failed = That didn't save as a file just now. { $message }
brief-export-nothing-changed = Nothing was changed.
brief-print-unavailable = Printing isn't available here just now. Save as PDF gives you a file to print.

## Which days the brief covers

brief-which-days = Which days
brief-from = From
brief-until = Until
# A button that sets the range back to the default.
brief-since-last-session = Since my last session
brief-include-private = Include private entries
# $count: private entries the brief leaves out because the box above is not ticked.
brief-private-left-out = { $count ->
    [one] { $count } private entry is left out.
   *[other] { $count } private entries are left out.
  }
brief-leave-out-hint = Leave out anything you’d rather not bring. That only changes this brief — nothing is deleted from your journal.
# Under the heading: the days the brief covers. $from and $until are days, e.g. "Tue 24 Nov".
brief-range = { $from } – { $until }
# $span: brief-range, or one day.
brief-range-since-session = Since your last session, { $span }
brief-range-no-session = There’s no reflection from a session yet, so this covers the last two weeks.
# The day and month under the brief's mood chart, e.g. "24 Nov". $day is the
# number, $month the language's short month name.
brief-short-day = { $day } { $month }

## The brief's sections, in the order a session runs

brief-section-mood = How I’ve been
brief-section-bridge = Since last time
brief-section-agenda = What I want to talk about
brief-section-homework = Homework
brief-section-patterns = Patterns

## Leaving things out of the brief (never out of the journal)

# A quiet button beside each item of the brief.
brief-leave-out = Leave out
# The button's name for screen readers. $what: a few words of the item.
brief-leave-out-label = Leave out: { $what }
brief-left-out-toast = Left out of this brief. It stays in your journal.
brief-put-back = Put back
# $label: the item's name (may quote the person's own words).
brief-put-back-label = Put back: { $label }
brief-put-back-toast = Back in your brief.
# $message (here and below): the backend's words for what went wrong.
brief-leave-out-failed = That didn't save just now, so it's still in the brief. ({ $message })
brief-save-failed = That didn't save just now. ({ $message })
brief-still-loading = The brief is still loading.
# The fold at the foot of the page. $count: how many items are left out.
brief-removed-heading = Left out of this brief ({ $count })
brief-removed-hint = These are still in your journal. Put one back to bring it into the brief again.
# When an item left out has no name of its own.
brief-removed-item = An item

## Asked once before the note about PHQ-9 question 9 (thoughts of self-harm) leaves the brief

brief-item9-title = The note about question 9
brief-item9-body = This note tells your therapist about question 9. It can help to talk about it. Remove it from this brief?
brief-item9-hint = Either way, nothing is deleted from your journal.
brief-item9-keep = Keep it
brief-item9-remove = Remove

## How I've been: mood check-ins and the questionnaires

brief-mood-heading = Mood check-ins
brief-mood-none = No check-ins in these days.
# $average: the average mood, 1 to 10; $days: days with a check-in. $trend
# compares the later days with the earlier ones (said only from four days on).
brief-mood-summary = Mood averaged { $average } out of 10 over { $days ->
    [one] { $days } day
   *[other] { $days } days
  } with a check-in{ $trend ->
    [higher] , higher later on
    [little-higher] , a little higher later on
    [lower] , lower later on
    [little-lower] , a little lower later on
    [steady] , fairly steady
   *[none] {""}
  }.
# The chart's name for screen readers. $summary: brief-mood-summary.
brief-mood-chart-label = Mood on each day with a check-in, from 1 to 10. { $summary }
brief-mood-table-caption = Mood by day
brief-mood-table-day = Day
brief-mood-table-mood = Average mood (1–10)
brief-measures-heading = PHQ-9 and GAD-7
brief-measures-none = No PHQ-9 or GAD-7 in these days.
# A link to the questionnaires, after brief-measures-none.
brief-measures-none-link = They’re here if you’d like one.
# What each questionnaire is about, after its name: "PHQ-9 · mood".
brief-measure-about-phq9 = mood
brief-measure-about-gad7 = worry
# The name of a questionnaire's part of the brief, for its Leave out button. $name: "PHQ-9" or "GAD-7".
brief-measure-item = { $name } summary
# A score: "7 out of 27".
brief-measure-score = { $score } out of { $max }
# $band: the backend's words for the score's band ("mild symptoms"); $range: its scores ("5–9").
brief-measure-band-range = { $band } ({ $range })
brief-measure-score-band = { $score } — { $band }
# $score: the score with its band; $day: the day it was filled in, e.g. "Thu 26 Nov".
brief-measure-score-on = { $score }, on { $day }
brief-measure-first-only = The first one here, so there is nothing to compare yet.
# $first: the first score in these days.
brief-measure-same-as-first = The same as the first one ({ $first }).
# $change: brief-points, e.g. "9 points lower".
brief-measure-change-since-first = { $change } than the first one ({ $first }).
brief-measure-same-as-last = The same as the time before.
brief-measure-change-since-last = { $change } than the time before.
# A difference between two scores; $direction is "lower" or "higher".
brief-points = { $direction ->
    [lower] { $points ->
        [one] { $points } point lower
       *[other] { $points } points lower
    }
   *[higher] { $points ->
        [one] { $points } point higher
       *[other] { $points } points higher
    }
  }
brief-points-same = the same
# The clinical words, each explained for the person who reads them.
brief-measure-reliable-improvement = Reliable improvement: since the first one, a drop big enough to be more than day-to-day ups and downs.
brief-measure-reliable-rise = A reliable rise: since the first one, up by more than day-to-day ups and downs — worth talking through together.
brief-measure-response = Response: the score has come down by half or more since the first one.
brief-measure-remission = Remission: the score is below 5, the range of few or no symptoms.
# Above a note the backend words for the therapist.
brief-flag-eyebrow = A note for your therapist
# $link is brief-safety-plan-link, as a link to the safety plan.
brief-safety-plan-line = Your { $link } is here whenever you want it.
brief-safety-plan-link = safety plan

## Since last time: the reflection after the last session

brief-bridge-none = No reflection from a session in these days yet. After a session, your biggest takeaway and the week’s focus will show here.
# The name of this part for its Leave out button.
brief-bridge-item = the takeaway and focus from my last reflection
# $when: the session's day and time, e.g. "Tue 24 Nov, 17:50".
brief-bridge-from = From the reflection after the session on { $when }.
brief-bridge-takeaway = My biggest takeaway
brief-bridge-difficult = What was hard or surprising
brief-bridge-focus = This week’s focus
brief-not-written = Not written down.

## What I want to talk about: starred entries and the person's own list

brief-agenda-starred = Starred in my journal
brief-starred-none = Nothing starred in these days. Star an entry in your journal and it will wait here for your session.
# A starred entry without a summary: its name for the Leave out button, and its link.
brief-starred-item = an entry
brief-starred-no-summary = A few words
brief-agenda-own-list = My own list
brief-agenda-none = Nothing on your list yet.
brief-agenda-new = Add something I want to talk about
brief-agenda-add = Add
brief-agenda-empty-add = Write a few words first, then Add.
brief-agenda-added = Added to your list.
brief-agenda-add-failed = That didn't save just now — your words are still here. ({ $message })
brief-agenda-remove = Remove
# $text: the line, in the person's own words.
brief-agenda-remove-label = Remove from my list: { $text }
brief-agenda-removed-toast = Taken off your list.
brief-agenda-undo = Undo
brief-agenda-remove-failed = That didn't save just now, so it's still on your list. ({ $message })

## Homework: practice plans

brief-homework-none = No practice plans in these days. A plan you make after a session will show here.
# A plan without its sentence: its name for the Leave out button, and its heading.
brief-homework-item = a practice plan
brief-homework-untitled = A practice plan
# Counts of a plan's days, each a number.
brief-homework-counts = Planned { $planned } · Done { $done } · Partly { $partly } · Skipped { $skipped } · Not today { $notToday }
# $from and $to: the practice score (0–100) at the start and end of these
# days; $arrow shows an arrow (screen readers hear brief-homework-trend-to);
# $trend: the backend's words, e.g. "steadier than before".
brief-homework-trend = Practice score { $from }{ $arrow }{ $to } out of 100 — { $trend }.
brief-homework-trend-to = to
brief-homework-reasons = Skipped because
brief-homework-notes = How it went

## Homework: behavioural experiments, after the plans (only when there are some)

brief-experiments-heading = Experiments
# An experiment without a prediction: its name for the Leave out button.
brief-experiment-item = an experiment
# A link to the experiment's own page.
brief-experiment-link = Experiment
brief-experiment-planned = planned
# $when: the planned day, e.g. "Mon 30 Nov".
brief-experiment-planned-for = planned for { $when }
# Its time has come and it isn't written up: said plainly, never as late.
brief-experiment-not-written-up = not written up yet
brief-experiment-prediction = The prediction
brief-experiment-test = The experiment
# How much the prediction was believed, 0–100, at the start and afterwards
# (brief-example-belief-both and brief-example-belief-before are shared).
brief-experiment-belief = Belief in the prediction
brief-experiment-belief-after = { $after }% afterwards
brief-experiment-happened = What happened
brief-experiment-learned = What I learned
brief-experiment-obstacles = What got in the way

## Patterns: moments in these days

brief-patterns-none = No moments logged in these days. When you log one, what set it off and how it felt will gather here.
brief-patterns-triggers = What set things off
brief-patterns-emotions = Feelings
brief-patterns-traps = Thinking traps
brief-patterns-none-noted = None noted.
# After a situation, feeling or trap: how often it came up.
brief-times = { $count ->
    [one] { $count } time
   *[other] { $count } times
  }
brief-patterns-examples = A few moments
# $when: the moment's day, e.g. "Wed 25 Nov". The name for its Leave out button.
brief-example-item = the moment on { $when }
brief-example-link = Moment · { $when }
brief-example-starred = Starred
brief-example-situation = What happened
brief-example-self-talk = What I told myself
brief-example-friend = What I’d tell a friend
brief-example-balanced = A more balanced thought
# How much the first thought (the self-talk) was believed, 0–100, at the
# start and after the balanced thought. Only the ratings given are shown.
brief-example-belief = Belief in the thought
# $arrow shows an arrow (screen readers hear brief-example-belief-to).
brief-example-belief-both = { $before }%{ $arrow }{ $after }%
brief-example-belief-to = to
brief-example-belief-before = { $before }% at the start
brief-example-belief-after = { $after }% after looking at it again
# One line under the counts, only when there are enough moments (three)
# with the thought rated before and after. $count: how many; $before and
# $after: the median belief, 0–100 (may end in .5); $change: which way the
# median change went (eased, same or grew); $points: its size. Noticed,
# never explained.
brief-patterns-belief = Across { $count ->
    [one] { $count } thought
   *[other] { $count } thoughts
  } looked at again, belief went from a median of { $before }% to { $after }%{ $change ->
    [eased] : it eased by { $points ->
        [one] { $points } point
       *[other] { $points } points
      }.
    [grew] : it grew by { $points ->
        [one] { $points } point
       *[other] { $points } points
      }.
   *[same] : it held about steady.
  }

## In my own words

brief-own-words = In my own words
brief-own-words-label = What I want to say first
brief-own-words-hint = Kept as you type.
brief-own-words-kept = Kept
brief-own-words-not-kept = That didn't keep just now — your words are still here. ({ $message })

## Insights (views/insights.js): a few patterns from the journal, each a
## sentence, a chart and a table. They notice what came up together, never
## what caused what, and say kindly when there is not enough yet.

brief-insights-title = Insights
brief-insights-lede = Patterns in what you’ve written, here for noticing — not for judging.
brief-insights-range-label = Time span
# $days: 30 or 90.
brief-insights-range-days = Last { $days } days
brief-insights-range-all = All time
# Around the person's own words or a trap's name inside a sentence.
brief-insights-quoted = “{ $text }”
# The last two of a list of words; $first may itself be several, joined with commas.
brief-insights-list = { $first } and { $last }
# The line under the range buttons. $list: brief-insights-counts-list.
brief-insights-counts = In the last { $days } days: { $list }.
brief-insights-counts-so-far = So far: { $list }.
brief-insights-counts-list = { $moments ->
    [one] { $moments } moment
   *[other] { $moments } moments
  }, { $checkins ->
    [one] { $checkins } check-in
   *[other] { $checkins } check-ins
  }, { $notes ->
    [one] { $notes } note
   *[other] { $notes } notes
  }, { $reflections ->
    [one] { $reflections } reflection
   *[other] { $reflections } reflections
  }
brief-insights-counts-none = Nothing written in the last { $days } days. Whatever you note will start to show here.
brief-insights-counts-none-yet = Nothing written yet. Whatever you note will start to show here.
# The name of a chart for screen readers: the table's caption, then the sentence read from it.
brief-insights-chart-label = { $caption }. { $reading }

## Insights: mood over time

brief-insights-mood-title = Mood over time
brief-insights-mood-few = A few more check-ins and a pattern may start to show.
brief-insights-mood-show = Show mood
brief-insights-mood-by-day = By day
brief-insights-mood-by-week = By week
# $average: the average mood, 1 to 10. $trend compares the later ratings
# with the earlier ones (said only from four on).
brief-insights-mood-reading = Your mood averaged { $average } out of 10{ $trend ->
    [higher] , higher lately
    [little-higher] , a little higher lately
    [lower] , lower lately
    [little-lower] , a little lower lately
    [steady] , fairly steady
   *[none] {""}
  }.
# $by is "day" or "week"; $reading: brief-insights-mood-reading.
brief-insights-mood-chart-label = Your mood { $by ->
    [week] week by week
   *[day] day by day
  }, on a scale of 1 to 10. { $reading }
brief-insights-mood-table-caption = { $by ->
    [week] Mood by week
   *[day] Mood by day
  }
brief-insights-mood-table-when = { $by ->
    [week] Week of
   *[day] Day
  }
brief-insights-mood-table-mood = Average mood (1–10)
brief-insights-mood-table-ratings = Ratings

## Insights: table headings shared by several sections

brief-insights-table-situation = Situation
brief-insights-table-feeling = Feeling
brief-insights-table-trap = Thinking trap
brief-insights-table-moments = Moments
brief-insights-table-times = Times
brief-insights-table-times-noticed = Times noticed
brief-insights-table-strength = Average strength (0–100)
brief-insights-table-not-rated = not rated
brief-insights-table-before = Before
brief-insights-table-after = After
brief-insights-table-part = Part of day
brief-insights-table-day = Day
brief-insights-no-moments = No moments in this time.

## Insights: situations (what the person wrote as what set a moment off)

brief-insights-triggers-title = Situations that came up
brief-insights-triggers-few = A few more moments and the situations that come up most may start to show.
brief-insights-triggers-none = No situations written in this time.
brief-insights-triggers-table-caption = Moments by situation
# $situation: brief-insights-quoted; $count: in how many moments.
brief-insights-triggers-top = { $situation } came up most often — in { $count ->
    [one] { $count } moment
   *[other] { $count } moments
  }.
# $situations: two or three, quoted and joined by brief-insights-list.
brief-insights-triggers-ties = { $situations } came up most often — in { $count ->
    [one] { $count } moment
   *[other] { $count } moments
  } each.
brief-insights-triggers-many = Several situations came up just as often — in { $count ->
    [one] { $count } moment
   *[other] { $count } moments
  } each.
brief-insights-triggers-once = Each situation has come up once so far. Picking one you wrote before, when it happens again, lets a pattern show here.

## Insights: feelings

brief-insights-emotions-title = Feelings you named
brief-insights-emotions-few = A few more moments and the feelings that come up most may start to show.
brief-insights-emotions-none = No feelings named in this time.
brief-insights-emotions-table-caption = How often each feeling was named
# $feeling: brief-insights-quoted; $count: how many times; $strength: its average strength, 0–100.
brief-insights-emotions-top-strength = You named { $feeling } most often — { $count ->
    [one] { $count } time
   *[other] { $count } times
  }, at { $strength } out of 100 on average.
brief-insights-emotions-top = You named { $feeling } most often — { $count ->
    [one] { $count } time
   *[other] { $count } times
  }.
brief-insights-emotions-ties = You named { $feelings } most often — { $count ->
    [one] { $count } time
   *[other] { $count } times
  } each.
brief-insights-emotions-many = You named many feelings about as often — { $count ->
    [one] { $count } time
   *[other] { $count } times
  } each.

## Insights: thinking traps

brief-insights-traps-title = Thinking traps you noticed
brief-insights-traps-few = A few more moments and the thinking traps you notice most may start to show.
brief-insights-traps-none = No thinking traps ticked in this time. Noticing them can come later.
brief-insights-traps-table-caption = How often each thinking trap was noticed
# $trap: a trap's name, quoted.
brief-insights-traps-top = The thinking trap you noticed most was { $trap } — { $count ->
    [one] { $count } time
   *[other] { $count } times
  }.
brief-insights-traps-ties = The thinking traps you noticed most were { $traps } — { $count ->
    [one] { $count } time
   *[other] { $count } times
  } each.
brief-insights-traps-many = You noticed several thinking traps about as often — { $count ->
    [one] { $count } time
   *[other] { $count } times
  } each.

## Insights: situations and traps together (noticed together, never one causing the other)

brief-insights-pairs-title = Situations and traps together
brief-insights-pairs-few = A few more moments and which traps go with which situations may start to show.
brief-insights-pairs-none = No thinking traps ticked alongside a situation in this time.
brief-insights-pairs-table-caption = Thinking traps by situation
# $trap and $situation are quoted; $count: how many moments had both.
brief-insights-trigger-traps = { $trap } showed up most with { $situation } — { $count ->
    [one] { $count } time
   *[other] { $count } times
  }.

## Insights: time of day

brief-insights-time-title = Time of day
brief-insights-time-few = A few more moments and the times of day moments tend to come may start to show.
brief-insights-time-table-caption = Moments by time of day
# A part of the day, as a chart label.
brief-insights-part = { $part ->
    [morning] Morning
    [afternoon] Afternoon
    [evening] Evening
   *[night] Night
  }
# A part of the day inside a sentence (brief-insights-time-top).
brief-insights-part-words = { $part ->
    [morning] in the morning
    [afternoon] in the afternoon
    [evening] in the evening
   *[night] at night
  }
# A part of the day with its hours, in the table.
brief-insights-part-row = { $part ->
    [morning] Morning (06:00–11:59)
    [afternoon] Afternoon (12:00–17:59)
    [evening] Evening (18:00–23:59)
   *[night] Night (00:00–05:59)
  }
brief-insights-time-spread = Moments were spread across the day.
# $when: one or two of brief-insights-part-words; $count: moments then; $total: all moments.
brief-insights-time-top = Moments came most often { $when } — { $count } of { $total }.
brief-insights-time-ties = Moments came most often { $when } — { $count } each, of { $total }.

## Insights: days of the week

brief-insights-weekdays-title = Days of the week
brief-insights-weekdays-few = A few more moments and the days moments tend to come may start to show.
brief-insights-weekdays-table-caption = Moments by day of the week
# A weekday as something that recurs, inside brief-insights-weekdays-top.
brief-insights-weekday-often = { $day ->
    [Mon] Mondays
    [Tue] Tuesdays
    [Wed] Wednesdays
    [Thu] Thursdays
    [Fri] Fridays
    [Sat] Saturdays
   *[Sun] Sundays
  }
brief-insights-weekdays-spread = Moments were spread across the week.
# $when: one to three of brief-insights-weekday-often.
brief-insights-weekdays-top = Moments came most often on { $when } — { $count } of { $total }.
brief-insights-weekdays-ties = Moments came most often on { $when } — { $count } each, of { $total }.

## Insights: before and after writing a moment through (re-rated feelings, 0–100)

brief-insights-reframe-title = Before and after
brief-insights-reframe-few = When you re-rate your feelings at the end of a moment, you’ll see here how they shifted.
brief-insights-reframe-all-rerated = All feelings you re-rated
brief-insights-reframe-all = All feelings
brief-insights-reframe-table-caption = Average strength before and after, out of 100
# $reading: the sentence below (eased, same or stronger).
brief-insights-reframe-chart-label = Feelings before and after writing, out of 100. { $reading }
# $before and $after: average strengths, 0–100. $where is "one" when a single
# moment was re-rated, else "average".
brief-insights-reframe-eased = After writing what you’d tell a friend, the feelings you rated eased from { $before } to { $after } { $where ->
    [one] in that moment
   *[average] on average
  }.
brief-insights-reframe-same = After writing it through, the feelings you rated stayed about the same { $where ->
    [one] in that moment
   *[average] on average
  }, at { $before } out of 100.
# Said without alarm: a stronger feeling after writing is not a failure.
brief-insights-reframe-stronger = After writing it through, the feelings you rated were a little stronger { $where ->
    [one] in that moment
   *[average] on average
  }, from { $before } to { $after } — that happens, and it can be worth bringing to a session.

## Insights: how much the thought eased (how much the self-talk was
## believed, 0–100%, at the start and again after the balanced thought)

brief-insights-belief-title = How much the thought eased
# $needed: how many moments it takes (3); $count: how many so far.
brief-insights-belief-few = Not enough yet: this shows after { $needed } moments with the thought rated before and after. So far: { $count ->
    [0] none
   *[other] { $count }
  }.
# $count: thoughts rated before and after; $before and $after: the median
# belief, 0–100 (may end in .5); $change: which way the median change went
# (eased, same or grew); $points: its size. Growing is said without alarm.
brief-insights-belief-reading = Across { $count ->
    [one] { $count } thought
   *[other] { $count } thoughts
  } you looked at again, belief went from a median of { $before }% to { $after }%{ $change ->
    [eased] : it eased by { $points ->
        [one] { $points } point
       *[other] { $points } points
      }.
    [grew] : it grew by { $points ->
        [one] { $points } point
       *[other] { $points } points
      }. That happens, and it can be worth bringing to a session.
   *[same] : it held about steady.
  }
# Above the list of brief-insights-belief-trap lines.
brief-insights-belief-by-trap = By thinking trap
# $trap: a thinking trap's name; $change and $points as above; $count: in
# how many moments.
brief-insights-belief-trap = { $trap }: { $change ->
    [eased] eased by { $points ->
        [one] { $points } point
       *[other] { $points } points
      }
    [grew] grew by { $points ->
        [one] { $points } point
       *[other] { $points } points
      }
   *[same] about steady
  }, { $count ->
    [one] { $count } time
   *[other] { $count } times
  }

## Charts (lib/charts.js): words drawn inside the pictures

# The name of a chart that was given none.
brief-chart = Chart
# Beside a bar of the before/after chart. $side is "before" or "after";
# $value: a strength, 0–100.
brief-chart-rated = { $side ->
    [before] before
   *[after] after
  } { $value }
brief-chart-not-rated = { $side ->
    [before] before: not rated
   *[after] after: not rated
  }

## A practice plan's score line (lib/sparkline.js), for screen readers and
## beside the line. Gentle: a dip is only ever "a little".

# Which way the score went over the last week or so.
brief-score-trend = { $trend ->
    [rising] rising
    [rising-gently] rising gently
    [dipped] dipped a little
    [beginning] just beginning
   *[steady] steady
  }
# $score: 0–100; $trend: brief-score-trend.
brief-score-description = Score { $score } out of 100, { $trend }

## Home (views/home.js): a greeting, the week's focus, the sessions and
## one obvious next step. Facts only: no streaks, never "why haven't you".

brief-home-title = Home
# The heading. $greeting: "Good morning", "Good afternoon" or "Good evening".
brief-home-greeting = { $greeting }.
brief-home-focus-heading = This week's focus
brief-home-focus-none = After your next session, the one skill you choose will show here.
# $day is the session's day as a link to its reflection, e.g. "Tue 24 Nov".
brief-home-focus-from = From your session on { $day }
brief-home-make-plan = Make it a plan
# $plan is the plan's sentence, e.g. "After I brush my teeth, I will breathe for 3 minutes."
brief-home-your-plan = Your plan: { $plan }
brief-home-see-plan = See your plan
# A gentle card when an experiment's time has come (one at most).
brief-home-experiment-heading = Your experiment
# $prediction: the prediction, in the person's own words.
brief-home-experiment-line = How did your experiment go? “{ $prediction }” — write it up whenever you’re ready.
brief-home-experiment-write-up = Write it up
# A gentle offer of a self-compassion exercise; the reason above it comes from the backend.
brief-home-kind-minute = A kind minute
brief-home-kind-minute-take = Take a kind minute
brief-home-kind-minute-not-now = Not now
brief-home-sessions-label = Your sessions
# $day: the last session's day, e.g. "Tue 24 Nov"; $ago: e.g. "4 days ago".
brief-home-last-session = Last session: { $day }
brief-home-last-session-ago = Last session: { $day } · { $ago }
brief-home-draft = You started a reflection — pick up where you left off.
brief-home-draft-continue = Continue reflection
brief-home-reflect = Reflect on a session
brief-home-all-reflections = All reflections
brief-home-write-label = Write something down
brief-home-log-moment = Log a moment
brief-home-check-in = Check in
brief-home-write-note = Write a note
brief-home-latest = Your latest reflection
brief-home-latest-read = Read this reflection
brief-home-be-kind = Be kind to yourself
brief-home-safety-plan = My safety plan
brief-home-measures = Check-in questionnaires
# Before the keyboard shortcuts at the foot of Home, e.g. "Shortcuts: Ctrl+M log a moment".
brief-home-shortcuts = Shortcuts:
# Between two keys that do the same thing: "Ctrl+K or /".
brief-home-shortcut-or = or

## Insights: activity and mood (components/activity-insights.js)

brief-insights-activity-title = Activity and mood
brief-insights-activity-about = What went with a better mood, and how things went compared with what you expected. These go together; they don't show what causes what.
brief-insights-activity-none = Nothing logged in these days yet. Activities you log on the Practice page show up here.
brief-insights-activity-expected-title = What you expected, and how it was
# $scale: Mood, Sense of achievement or Enjoyment; $expected, $actual: medians; $count: activities.
brief-insights-activity-expectation = { $scale }: you expected a median of { $expected }; it was { $actual } ({ $count ->
    [one] 1 activity
   *[other] { $count } activities
  }).
# One activity: $what in the person's words, $day the day done, $scale its name.
brief-insights-activity-surprise = { $what } ({ $day }). { $scale }: you expected { $expected }; it was { $actual }.
brief-insights-activity-expected-few = Not enough yet: medians show after { $needed } activities rated before and after on the same scale. So far: { $count }.
brief-insights-activity-mood-title = What went with a better mood
# $mood: a median 0–10; $count: activities.
brief-insights-activity-mood-overall = Across { $count ->
    [one] 1 activity
   *[other] { $count } activities
  } logged with a mood, the median was { $mood } out of 10.
# $label: a value or an activity in the person's words.
brief-insights-activity-mood-with = { $label }: a median mood of { $mood } ({ $count ->
    [one] once
   *[other] { $count } times
  }).
brief-insights-activity-mood-few = Not enough yet: this shows after { $needed } activities logged with a mood. So far: { $count }.
brief-insights-activity-mood-groups-few = No value or activity has come up { $needed } times yet; each is named once it has.
brief-insights-activity-evenings-title = Practice days and that evening's check-in
# $with, $without: medians 1–10; $withDays, $withoutDays: evenings.
brief-insights-activity-evenings = Evenings after practice: a median check-in of { $with } over { $withDays ->
    [one] 1 evening
   *[other] { $withDays } evenings
  }. Other evenings: { $without } over { $withoutDays ->
    [one] 1 evening
   *[other] { $withoutDays } evenings
  }.
brief-insights-activity-evenings-few = Not enough yet: this shows with { $needed } evening check-ins on days with practice and { $needed } without. So far: { $with } and { $without }.
# $hour: 18.
brief-insights-activity-evenings-lag = Practice counts when a plan is logged done or partly that day; "that evening" is the day's last check-in from { $hour }:00.

## A plan or experiment from a therapist's homework file (components/brief-sections.js)
# $from: as the file is signed; $day: a short day.
brief-assigned = Assigned by { $from } on { $day }.
brief-assigned-unsigned = Assigned in a homework file on { $day }.

## Home: a questionnaire the therapist asked for, when due (views/home.js)

brief-home-measure-heading = Asked for by your therapist
# Who asked, when the homework file wasn't signed.
brief-home-measure-your-therapist = Your therapist
# $who: as the homework file was signed, or the line above; $measure: phq9
# or gad7; $when: the session's day.
brief-home-measure-before-session = { $who } asked for the { $measure ->
    [gad7] GAD-7
   *[phq9] PHQ-9
  } before your session on { $when }. It takes a few minutes, whenever suits you.
brief-home-measure-weekly = { $who } asked for the { $measure ->
    [gad7] GAD-7
   *[phq9] PHQ-9
  } once a week. It takes a few minutes, whenever suits you.
brief-home-measure-open = Fill in the { $measure ->
    [gad7] GAD-7
   *[phq9] PHQ-9
  }
