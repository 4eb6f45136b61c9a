### English: errors-journal (see src-tauri/core/src/i18n.rs): what the
### journal (src-tauri/core/src/journal/), practice plans and breaks
### (src-tauri/core/src/practice/) and the session schedule and reminders
### (src-tauri/core/src/schedule/) say when something can't be saved as it
### is. Each refusal says what to change; the person's words are always
### still there. $max is a limit (a number); $count how many there are.
### $detail is another program's own words (English), kept for whoever
### helps the person.

## Lengths, times and moods of any entry (journal/text.rs)

# $label: the field's name, one of the error-journal-label-* messages below
# (or the brief's brief-own-words-field); $chars: how many characters it has.
error-journal-text-too-long = { $label } is { $chars } characters long; it can hold up to { $max }. Your words are still here — try shortening it or splitting it into two entries.
# $label: one of error-journal-label-*-time below.
error-journal-time-ahead = { $label } is more than a day from now. The journal is for what has already happened.
# $label: error-journal-label-your-mood or -the-mood; $mood: the number sent.
error-journal-mood-range = { $label } goes from 1 to 10, so { $mood } can't be saved.

## The fields those messages name

# In error-journal-text-too-long: a moment's steps (journal/moment.rs).
error-journal-label-situation = What happened
error-journal-label-body = What you noticed in your body
error-journal-label-self-talk = Your self-talk
error-journal-label-did = What you did
error-journal-label-friend = What you'd tell a friend
error-journal-label-evidence-for = What supports the thought
error-journal-label-evidence-against = What doesn't fit the thought
error-journal-label-balanced = Your balanced thought
# In error-journal-text-too-long: a check-in's or a note's words.
error-journal-label-your-note = Your note
# In error-journal-time-ahead.
error-journal-label-moment-time = When it happened
error-journal-label-checkin-time = The check-in's time
error-journal-label-note-time = The note's time
# In error-journal-mood-range: a check-in's mood, then a note's.
error-journal-label-your-mood = Your mood
error-journal-label-the-mood = The mood

## Reflections (journal/reflection.rs)

# $label: one of the four answers below; $chars: how many characters it has.
error-journal-answer-too-long = { $label } is { $chars } characters long; a single answer can hold up to { $max }. Your words are still here — try moving some of it into another answer or shortening it.
error-journal-label-takeaway = Your takeaway
error-journal-label-difficult = What was hard or surprising
error-journal-label-focus = Your skill for this week
error-journal-label-feeling = How you're feeling
error-journal-reflection-empty = There's nothing written yet. A few words in any of the boxes is enough to keep this reflection.
# $rating: the number sent.
error-journal-feeling-rating = The feeling scale goes from 1 to 10, so { $rating } can't be saved.
error-journal-session-ahead = That session time is more than a day from now. Reflections are for sessions that have already happened.
# Feeling words of a reflection or a check-in. $start: the word's first 20 characters.
error-journal-feeling-too-long = A feeling word can be up to { $max } characters; "{ $start }…" is longer. The note below the scale has room for more.
error-journal-too-many-feelings = Up to { $max } feeling words can be kept with one reflection; this one has { $count }.

## Check-ins and notes (journal/checkin.rs, journal/note.rs)

error-journal-checkin-needs-mood = Your mood is the one thing a check-in needs: pick a number from 1 to 10.
error-journal-note-empty = The note is empty. Write a few words and it will be kept.

## Moments (journal/moment.rs)

error-journal-moment-empty = There's nothing written yet. A line about what happened, or one emotion, is enough to keep this moment.
# $start: the emotion's first 20 characters.
error-journal-emotion-too-long = An emotion can be named in up to { $max } characters; "{ $start }…" is longer. The self-talk step has room for more.
# $word: the emotion as the person named it; $rating: the number sent.
# How strong it was when it happened, then how strong it is now.
error-journal-emotion-strength-before = How strong "{ $word }" felt at the time goes from 0 to 100, so { $rating } can't be saved.
error-journal-emotion-strength-after = How strong "{ $word }" felt now goes from 0 to 100, so { $rating } can't be saved.
# $rating: the number sent. How much the self-talk was believed when it
# came, then after the balanced thought.
error-journal-belief-before = How much you believed the thought goes from 0 to 100, so { $rating } can't be saved.
error-journal-belief-after = How much you believe the thought now goes from 0 to 100, so { $rating } can't be saved.
error-journal-too-many-emotions = Up to { $max } emotions can be kept with one moment; this one has { $count }.
# $name: what was sent, cut to 40 characters.
error-journal-unknown-trap = "{ $name }" isn't one of the twelve thinking traps Interlude knows.

## Tags (journal/tags.rs)

# $start: the tag's first 20 characters.
error-journal-tag-too-long = A tag can be up to { $max } characters; "{ $start }…" is longer.
# $name: the tag as typed.
error-journal-tag-comma = The tag "{ $name }" has a comma or a line break in it. Tags are single words or short phrases, separated by commas.
error-journal-too-many-tags = An entry can carry up to { $max } tags; this one has { $count }.

## Any entry, and the timeline (journal/mod.rs, journal/spine.rs,
## journal/timeline.rs). $kind: reflection, moment, checkin or note.

error-journal-entry-gone = { $kind ->
    [reflection] That reflection isn't here any more — it may have been deleted.
    [moment] That moment isn't here any more — it may have been deleted.
    [checkin] That check-in isn't here any more — it may have been deleted.
    [note] That note isn't here any more — it may have been deleted.
   *[other] That entry isn't here any more — it may have been deleted.
}
error-journal-entry-already-deleted = { $kind ->
    [reflection] That reflection isn't here any more — it may already be deleted.
    [moment] That moment isn't here any more — it may already be deleted.
    [checkin] That check-in isn't here any more — it may already be deleted.
    [note] That note isn't here any more — it may already be deleted.
   *[other] That entry isn't here any more — it may already be deleted.
}
# After "Undo" came too late.
error-journal-entry-not-restorable = { $kind ->
    [reflection] That reflection can't be brought back any more.
    [moment] That moment can't be brought back any more.
    [checkin] That check-in can't be brought back any more.
    [note] That note can't be brought back any more.
   *[other] That entry can't be brought back any more.
}
# $day: a date like 2026-11-20.
error-journal-unreadable-day = { $day } isn't a day Interlude can read.
error-journal-end-before-start = The end date is before the start date. Swap them, or clear one.
# Shown in parentheses after error-storage. $detail: the date reader's words.
error-journal-mood-day-unreadable = a mood total's day: { $detail }

## Autosaved drafts (journal/draft.rs)

# $key: the draft's key as sent, e.g. moment:new.
error-journal-draft-unknown-key = "{ $key }" isn't a kind of draft Interlude keeps.
error-journal-draft-not-fields = A draft must be the form's fields.
error-journal-draft-too-large = This draft is too large to autosave. Your words are still on screen; try shortening an answer.
# Shown in parentheses after error-corrupt. $detail: the JSON reader's words.
error-journal-draft-unreadable = a saved draft couldn't be read: { $detail }

## Practice plans (practice/plan/)

error-practice-no-action = Write what you'll do — that's the one thing a plan needs.
error-practice-action-too-long = The action can be up to { $max } characters. A short, concrete action is easier to keep.
error-practice-cue-too-long = The cue can be up to { $max } characters.
error-practice-amount-zero = The amount needs to be more than zero — even one minute counts.
# More than 600 minutes.
error-practice-amount-too-long = That's more than ten hours. Smaller amounts are kinder to start with.
error-practice-too-many-times = Up to { $max } times can be planned at once.
# "every day" is the plan builder's choice practice-often-choice-daily.
error-practice-pick-a-day = Pick at least one day, or choose "every day".
error-practice-day-numbers = Days are numbered 1 (Monday) to 7 (Sunday).
error-practice-per-week = A week has room for 1 to 7 times; pick a number in between.
error-practice-per-day = Several times a day means 2 to { $max }; for once a day, choose "every day".
# $value: the time as typed.
error-practice-cue-time = "{ $value }" isn't a time like 07:30.
error-practice-end-before-start = The end date is before the start date. Move one of them so the plan has room to happen.
error-practice-never-comes-up = None of the chosen days fall between the start and end dates, so this plan would never come up. Widen the dates or pick other days.
error-practice-plan-gone = That plan isn't here any more.
error-practice-reflection-gone = The reflection this plan came from isn't here any more.

## A plan's days (practice/log.rs)

error-practice-day-ahead = That day hasn't happened yet. You can log today or any day before.
# $day: the plan's first day, as brief-day-short writes it ("Tue 3 Feb").
error-practice-before-start = That's before this plan started ({ $day }).
# "not today" is the outcome practice-outcome-not-today.
error-practice-skip-reason = Add a few words on why you skipped — a skipped day with a reason doesn't count against you. Or choose "not today".
# $label: error-practice-label-reason or -note.
error-practice-log-text-too-long = { $label } can be up to { $max } characters.
error-practice-label-reason = The reason
error-practice-label-note = The note
error-practice-too-many-logged = Up to { $max } times a day can be logged.
# Shown in parentheses after error-storage.
error-practice-log-missing = a log that was just written is missing
# Shown in parentheses after error-corrupt. $value: the date as stored.
error-practice-pause-date = a pause date "{ $value }" is unreadable

## Self-compassion breaks (practice/compassion.rs)

error-practice-step-too-long = Each step can hold up to { $max } characters.
# Shown in parentheses after error-storage.
error-practice-break-missing = a break that was just saved is missing

## Behavioural experiments (practice/experiment.rs)

error-experiment-no-prediction = Write the belief or prediction you want to test first; a line is enough.
# $rating: the number sent. The prediction believed at the start, then afterwards.
error-experiment-belief-before = How much you believe the prediction goes from 0 to 100, so { $rating } can't be saved.
error-experiment-belief-after = How much you believe the prediction now goes from 0 to 100, so { $rating } can't be saved.
error-experiment-remind-needs-time = A reminder needs a time that's still to come. Choose when you'll try it, or leave the reminder off.
error-experiment-remind-needs-test = A reminder needs the experiment itself: write what you'll do, so the reminder can say it.
error-experiment-not-found = That experiment isn't here any more.
error-experiment-not-restorable = That experiment can't be brought back any more.
error-experiment-moment-gone = The moment this experiment started from isn't here any more. Your words are still in the form.
# In error-journal-text-too-long: an experiment's parts.
error-experiment-label-prediction = The prediction to test
error-experiment-label-test = The experiment
error-experiment-label-safety = The safety behaviours to drop
error-experiment-label-expected = What you expect
error-experiment-label-happened = What happened
error-experiment-label-learned = What you learned
error-experiment-label-obstacles = What got in the way

## Values and activities (practice/activation)

error-value-no-words = Write the value in a few words of your own first.
# $max: a number.
error-value-too-many = You have { $max } values already. A short list is easier to live by; change or remove one to add another.
error-value-not-found = That value isn't here any more.
error-value-not-restorable = That value can't be brought back any more.
# In error-journal-text-too-long: a value's words.
error-value-label-words = The value
error-activity-no-what = Write what the activity is first; a few words are enough.
error-activity-no-time = Choose when you'll do it, or say that you've done it.
error-activity-actual-needs-done = How it went can be saved once you say when you did it.
error-activity-not-found = That activity isn't here any more.
error-activity-not-restorable = That activity can't be brought back any more.
error-activity-value-gone = The value this activity was for isn't here any more. Choose another, or none.
# $label: the scale's name below; $rating: the number sent.
error-activity-rating-range = { $label } goes from 0 to 10, so { $rating } can't be saved.
error-activity-label-mood = Mood
error-activity-label-mastery = Sense of achievement
error-activity-label-pleasure = Enjoyment
# In error-journal-text-too-long and error-journal-time-ahead.
error-activity-label-what = The activity
error-activity-label-note = The note
error-activity-label-done-at = When you did it

## The session schedule (schedule/sessions.rs, schedule/recurrence.rs)

error-schedule-weekday = The weekday is numbered 1 (Monday) to 7 (Sunday).
# $value: the time as typed.
error-schedule-time = "{ $value }" isn't a time like 17:00.
# $min, $max: numbers of minutes.
error-schedule-length = A session's length can be { $min } to { $max } minutes.
error-schedule-every = Sessions can repeat every 1 to { $max } weeks; an interval of 0 would never repeat.
error-schedule-time-unreadable = The session time is unreadable.
error-schedule-start-too-far = That start date is too far ahead.
# $value: what was sent.
error-schedule-not-date-time = "{ $value }" isn't a date and time like 2026-12-01T17:00.
# Shown in parentheses after error-storage.
error-schedule-saved-missing = a schedule that was just saved is missing
# Shown in parentheses after error-corrupt.
error-schedule-stored-start-unreadable = the session schedule's start is unreadable
error-schedule-stored-zone-unreadable = the session schedule's time zone is unreadable
error-schedule-none-to-change = There's no session schedule to change.
# $day: as brief-day-short writes it ("Tue 3 Feb").
error-schedule-no-session-on = There's no session on { $day } in your schedule.
error-schedule-none-to-export = There's no session schedule to export yet.
# $name: what was sent. The examples are names the computer knows; keep them as they are.
error-schedule-unknown-zone = "{ $name }" isn't a time zone Interlude knows. Use a name like Europe/London or America/New_York.
error-schedule-rule-one-line = A recurrence rule is one line like FREQ=WEEKLY;BYDAY=TU.
# $detail: the calendar library's own words.
error-schedule-rule-unusable = That recurrence rule can't be used: { $detail }.

## Reminders, in Settings (schedule/reminders.rs)

# $field: one of error-schedule-field-* below; $value: the time as sent.
error-schedule-not-a-time = { $field }: "{ $value }" isn't a time like 07:30.
error-schedule-field-evening-nudge = Evening nudge
error-schedule-field-quiet-start = Quiet hours start
error-schedule-field-quiet-end = Quiet hours end
error-schedule-field-bells-from = Bells from
error-schedule-field-bells-until = Bells until
# $max: a number of minutes.
error-schedule-delay = Delay after a session: up to { $max } minutes.
error-schedule-quiet-whole-day = Quiet hours: the start and end are the same, which would silence the whole day. Choose different times, or turn quiet hours off.
error-schedule-bells-no-window = Bells: the start and end of the window are the same. Give them some room.
# $min, $max: numbers of minutes.
error-schedule-bells-every = Bells: every { $min } to { $max } minutes.
error-schedule-bells-per-day = Bells: 1 to { $max } moments a day.
error-schedule-bells-all-quiet = Bells: the whole bell window falls inside quiet hours, so no bell would ever ring. Move the window or the quiet hours.

## Questions a therapist asked for, answered in the reflection window.
error-question-empty = The question has no words. Write the question to ask.
error-question-label = The question
error-question-answer-label = The answer to your therapist's question
error-question-too-many-answers = A reflection can hold at most { $max } answers to your therapist's questions.
error-question-unknown = One of the questions isn't in this journal, so its answer can't be saved. Copy your answer somewhere safe, then open the reflection again.
error-question-not-found = That question isn't asked any more.
