### English: the measures area of the UI (see ui/lib/i18n.js).
### The PHQ-9 and GAD-7 questionnaires: the list with each one's history,
### the questionnaire itself and its result. The questionnaires' names,
### items, answers, score bands and attribution come from the backend; only
### the words around them are here. Calm and factual: a score is never a
### grade of the person.

# The list's name, also on the way back from a questionnaire.
-measures-title = Check-in questionnaires

## The list (views/measures.js)

measures-title = { -measures-title }
measures-lede = Two short, widely used questionnaires — one about low mood, one about worry. Taking one now and then shows how things are moving. Your answers and scores stay on this computer.
measures-note = These are check-ins, not a diagnosis. They mean most when you talk them through with your therapist.
# Exporting every completed questionnaire as FHIR R4 (a standard clinics'
# record systems read), shown once there is a result.
measures-fhir-title = For your clinic’s records
measures-fhir-why = If your therapist’s clinic keeps records in a system that reads FHIR, it can take your completed questionnaires as a file. Nothing is sent: the file is saved on this computer, and you choose whether to share it.
measures-fhir-export = Save questionnaires as FHIR
# $path: where the file was saved.
measures-fhir-saved = Saved to { $path }
# On a questionnaire's card before it was ever taken.
measures-not-taken = Not taken yet. It takes two or three minutes.
# The newest result on a card. $date is the day, e.g. “Tue 24 Nov”; $score is
# measures-score-words (shown in bold).
measures-latest = Latest, { $date }: { $score }
# The same, with the score's band; $band is measures-band-words.
measures-latest-band = Latest, { $date }: { $score } · { $band }
# The button to a questionnaire with a draft begun.
measures-continue = Continue where you left off
# $title is the questionnaire's short name, e.g. “PHQ-9”.
measures-take = Take the { $title }
measures-take-again = Take the { $title } again
# A fold with every result; $count is how many.
measures-results = All results ({ $count })
measures-delete = Delete
# Names a Delete button for screen readers; $date is the result's day.
measures-delete-label = Delete the result from { $date }
# A toast after a delete, with Undo; $date is the result's day.
measures-deleted = The result from { $date } is deleted.
measures-undo = Undo

## The history chart (read by screen readers)

# The caption of the table beside the chart; $title is e.g. “PHQ-9”.
measures-table-caption = { $title } results
measures-table-date = Date
measures-table-score = Score
# The score band's words, e.g. “Mild: some signs of low mood (5–9).”
measures-table-range = Range
# The chart's name when there are no results; $title is e.g. “PHQ-9”.
measures-history-none = No { $title } results yet.
# The chart's name. $count is how many results, $max the highest possible
# score, $latest the newest score and $date its day (measures-short-date).
# measures-progress-summary may follow it.
measures-history =
    Your { $title } scores over time, { $count ->
        [one] one result
       *[other] { $count } results
    }, on a scale of 0 to { $max } with the score bands shaded. Latest: { $latest }, on { $date }.
# A short day on the chart, e.g. “24 Nov”. $day is the day of the month,
# $month the month's short name in this language.
measures-short-date = { $day } { $month }

## The questionnaire (views/measure-form.js)

# Heading and page title while a questionnaire can't be shown.
measures-questionnaire = Questionnaire
measures-unavailable = This questionnaire isn’t available just now.
# The way back to the list, above a questionnaire.
measures-back = ← { -measures-title }
# The way back to the list, under a result.
measures-back-to-list = Back to check-in questionnaires
measures-intro = There are no right answers: choose what fits best. Your answers stay on this computer.
# A question's number before it; $number is 1, 2, …
measures-item-number = { $number }.
# Under the optional question about how difficult the problems made things.
measures-optional = Optional.
measures-difficulty-clear = Clear this answer
measures-submit = See my score
measures-restored = Here’s where you left off — your answers were kept.
measures-start-fresh = Start fresh
# A status line after each answer is kept.
measures-kept-all = All answered and kept — see your score when you’re ready.
measures-kept-draft = Kept as a draft — finish any time.
# $error is the backend's own words about what went wrong.
measures-save-failed = Your answers didn’t save just now — they’re still here. ({ $error })
# A toast, when the safety plan was opened over the questionnaire.
measures-save-failed-toast = Your last answer to the questionnaire didn’t save just now. ({ $error })
measures-submit-failed = That didn’t save — your answers are still here. ({ $error })
# A button to an unanswered question; $number is its number.
measures-go-to = Go to question { $number }
# How many questions have an answer, e.g. “5 of 9 answered”.
measures-progress = { $answered } of { $total } answered

## What is left, said kindly when “See my score” is pressed too early

measures-left-all = Nothing is answered yet — choose one answer for each question whenever you’re ready.
# $count is how many are left; $list their numbers, e.g. “2, 5 and 9”.
measures-left =
    { $count ->
        [one] Question { $list } is still waiting for an answer.
       *[other] Questions { $list } are still waiting for an answer.
    } Your answers so far are kept as a draft — finish any time.
# The last two of a list, e.g. “2, 5 and 9”: $rest is the ones before,
# joined with commas, $last the last one.
measures-list = { $rest } and { $last }

## PHQ-9 question 9 (thoughts of being better off dead or of self-harm):
## calm, warm, never alarming

measures-item9-thanks = Thank you for answering this honestly. Your safety plan and the people you can reach are one click away.
measures-open-safety-plan = Open my safety plan
measures-item9-title = About question 9
measures-item9-text = Your answer to question 9 matters more than any number. Thoughts like these deserve support now — you don’t have to wait for your next session.

## The result

measures-your-score = Your score
# A score, e.g. “8 out of 27” ($score may be shown large on its own).
measures-score-words = { $score } out of { $max }
# A score band, e.g. “Mild: some signs of low mood (5–9).”: $band is the
# backend's words, $range the scores it covers.
measures-band-range = { $band } ({ $range }).
measures-band-words = { $band }.
# $title is e.g. “PHQ-9”, $max the highest possible score.
measures-meaning = { $title } scores run from 0 to { $max }. A lower number means these things bothered you less often over the last two weeks.
measures-snapshot = A questionnaire is a snapshot of two weeks, not a diagnosis. It can be a good thing to talk through at your next session.

## How a score moved. Lower and higher are facts about the score, never a
## grade of the person.

measures-first = This is your first one — next time you’ll see how it has moved.
# $direction is lower, higher or same; $count how many points.
measures-change-since-last =
    { $direction ->
        [same] the same as last time
        [lower] { $count ->
            [one] { $count } point lower than last time
           *[other] { $count } points lower than last time
        }
       *[higher] { $count ->
            [one] { $count } point higher than last time
           *[other] { $count } points higher than last time
        }
    }
measures-change-since-first =
    { $direction ->
        [same] the same as your first one
        [lower] { $count ->
            [one] { $count } point lower than your first one
           *[other] { $count } points lower than your first one
        }
       *[higher] { $count ->
            [one] { $count } point higher than your first one
           *[other] { $count } points higher than your first one
        }
    }
# After the second result: $last is measures-change-since-last (its first
# letter made upper case).
measures-change-one = { $last }.
# From the third result on: $last as above, $first is
# measures-change-since-first.
measures-change-two = { $last }; { $first }.

## Reliable change, response and remission (the backend decides them)

measures-reliable-improvement = Since your first one, that’s a big enough change to be more than day-to-day ups and downs — a reliable improvement.
# Calm: something to mention, never an alarm.
measures-reliable-deterioration = Since your first one, that’s a rise big enough to be more than day-to-day ups and downs — worth mentioning to your therapist.
measures-response = Your score is half or less of your first one — in treatment research this is called a response.
measures-remission = It is under 5 — the range clinicians call remission.
# The same in a few words for the chart's name; $list is the parts below
# joined, e.g. “a reliable improvement, a response and remission”.
measures-progress-summary = Since your first one: { $list }.
measures-summary-improvement = a reliable improvement
measures-summary-rise = a reliable rise
measures-summary-response = a response
measures-summary-remission = remission

## A draft on the list

# $progress is measures-progress; $date the day it was begun (measures-short-date).
measures-draft-on = You started one on { $date } — { $progress }.
measures-draft = You started one — { $progress }.

## Questionnaires asked for in a homework file (views/measures.js)

measures-requests-title = Asked for by your therapist
# $who: who asked; $measure: phq9 or gad7; $timing: beforeEachSession or weekly.
measures-request-line = { $who } asked for the { $measure ->
    [gad7] GAD-7
   *[phq9] PHQ-9
  } { $timing ->
    [weekly] once a week
   *[beforeEachSession] before each session
  }. Home offers it when it’s time.
measures-request-stop = Stop asking
# $measure: phq9 or gad7.
measures-request-stop-label = Stop asking for the { $measure ->
    [gad7] GAD-7
   *[phq9] PHQ-9
  }
measures-request-stopped = It won’t be offered again.
