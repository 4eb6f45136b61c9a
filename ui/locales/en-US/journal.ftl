### English: the journal area of the UI (see ui/lib/i18n.js).

## Kinds of entry (ui/lib/journal.js). $kind is one of moment, checkin,
## note, reflection; anything else is an entry.

# A kind as a label at the start of a line, a page title or a toast.
journal-kind = { $kind ->
    [moment] Moment
    [checkin] Check-in
    [note] Note
    [reflection] Reflection
   *[other] Entry
}
# A kind in the plural, on the timeline's filter chips.
journal-kind-plural = { $kind ->
    [moment] Moments
    [checkin] Check-ins
    [note] Notes
    [reflection] Reflections
   *[other] Entries
}
# A kind inside a sentence.
journal-kind-noun = { $kind ->
    [moment] moment
    [checkin] check-in
    [note] note
    [reflection] reflection
   *[other] entry
}

## The Journal page (ui/views/journal.js)

journal-title = Journal
journal-new-moment = Log a moment
journal-new-checkin = Check in
journal-new-note = Write a note
# Shown instead of the timeline while nothing has been written yet.
journal-empty = Your journal will gather here: the moments that hit hard, how your days feel, and anything you want to remember. A line at a time is plenty.
journal-filters-label = Narrow the timeline
journal-filter-kinds-label = Show only
# A filter chip: only starred entries.
journal-filter-starred = Starred
# A filter chip: only private entries.
journal-filter-private = Private
journal-filter-tag = Tag
# The first choice of the tag filter: no tag chosen.
journal-filter-any-tag = Any tag
# The first day of the date range.
journal-filter-from = From
# The last day of the date range.
journal-filter-until = Until
# Clears every filter.
journal-filter-clear = Show everything
journal-timeline-label = Your journal, newest first
journal-show-more = Show more
journal-filter-nothing = Nothing here with these filters.
# Status after loading; $count is how many entries show. More can be loaded.
journal-shown-newest = Showing the newest { $count } entries.
# Status after loading; $count is how many entries show (all there are).
journal-shown = { $count ->
    [one] Showing { $count } entry.
   *[other] Showing { $count } entries.
}
journal-search-label = Search your journal
journal-search-hint = Any words you remember. “Quotes” find a phrase.
journal-search-results = Search results
journal-search-matches = Matches
# $count is the most matches shown at once (50).
journal-search-first = Showing the first { $count } matches — another word will narrow them.
# $query is what the person typed.
journal-match-none = Nothing matches “{ $query }” yet.
journal-match-count = { $count ->
    [one] { $count } entry matches
   *[other] { $count } entries match
}
# Day headings on the timeline (other days show their date).
journal-day-today = Today
journal-day-yesterday = Yesterday

## A moment's feelings, as a screen reader says them (ui/lib/journal.js).
## $word is a feeling word; $before and $after are intensities out of 100.

journal-emotion-spoken-both = { $word }: { $before } at first, { $after } afterwards (out of 100)
journal-emotion-spoken-before = { $word }: { $before } out of 100
journal-emotion-spoken-after = { $word }: { $after } out of 100 afterwards

## One line of the journal (ui/components/journal-items.js)

# Read by screen readers after the star of a starred entry.
journal-item-starred = Starred
# $mood is 1 to 10.
journal-item-mood = Mood { $mood }/10
journal-item-private = Private
# An entry with no words of its own.
journal-item-no-words = A few words

## Every entry's page (ui/components/entry-page.js, entry-meta.js)

journal-back = ← Journal
journal-edit = Edit
journal-missing-title = { $kind ->
    [moment] This moment isn't here
    [checkin] This check-in isn't here
    [note] This note isn't here
    [reflection] This reflection isn't here
   *[other] This entry isn't here
}
journal-missing-body = It may have been deleted. Everything else in your journal is still here.
journal-missing-back = Back to your journal
journal-meta-heading = For this entry
# The section's name for screen readers when only Delete is offered.
journal-meta-label = This entry
# A toggle button: star the entry to bring it to the next therapy session.
journal-meta-star = Bring to my session
journal-meta-star-hint = Starred entries are easy to find before your next session.
journal-meta-starred = Starred — it will wait for your next session.
journal-meta-unstarred = No longer starred.
journal-meta-private = Private — left out of briefs and exports
journal-meta-private-hint = Left out of any brief or export unless you include it.
journal-meta-private-on = Private: it stays out of briefs and exports.
journal-meta-private-off = No longer private.
journal-meta-tags = Tags
journal-meta-tags-hint = Separate tags with commas; they help you find things later.
journal-meta-no-tags = No tags yet.
journal-meta-tags-saved = Tags saved.
journal-meta-tags-removed = Tags removed.
journal-meta-delete = Delete
# The title of the dialog that asks before deleting.
journal-delete-title = { $kind ->
    [moment] Delete this moment?
    [checkin] Delete this check-in?
    [note] Delete this note?
    [reflection] Delete this reflection?
   *[other] Delete this entry?
}
journal-deleted = { $kind ->
    [moment] Moment deleted.
    [checkin] Check-in deleted.
    [note] Note deleted.
    [reflection] Reflection deleted.
   *[other] Entry deleted.
}
journal-restored = { $kind ->
    [moment] Moment restored.
    [checkin] Check-in restored.
    [note] Note restored.
    [reflection] Reflection restored.
   *[other] Entry restored.
}
journal-undo = Undo

## The check-in and note forms (ui/components/entry-form.js, ui/lib/entry-forms.js)

journal-form-back = { $kind ->
    [moment] ← Back to this moment
    [checkin] ← Back to this check-in
    [note] ← Back to this note
    [reflection] ← Back to this reflection
   *[other] ← Back to this entry
}
journal-form-save = Save
journal-form-save-changes = Save changes
journal-draft-restored = Here's what you'd started — it was kept for you.
journal-draft-start-fresh = Start fresh
journal-draft-check-failed = Couldn't check for an earlier draft just now.
# $time is the time of day the draft was kept, like 17:52.
journal-draft-kept = Draft kept · { $time }
journal-draft-failed = Couldn't keep a draft just now — your words are still here.
journal-form-edit-intro = Change anything you like; the rest stays as it was.
journal-private-label = Keep this private
journal-private-hint = Private entries are left out of any brief or export unless you include them.
journal-checkin-problem = Choose a number for your mood first — anywhere on the scale is fine.
journal-note-problem = Write a few words first — anything at all is fine.

## Ratings read back on an entry's page

# $rating is 1 to 10.
journal-rating-out-of-ten = { $rating } out of 10
# Follows the rating, after a space.
journal-rating-scale = (1 is low, 10 is good)

## A check-in (ui/views/checkin.js)

journal-checkin-title-new = Check in
journal-checkin-title-edit = Edit check-in
journal-checkin-intro = A quick look at how you are. A number is enough; words are welcome.
journal-checkin-mood = How is your mood right now?
journal-checkin-mood-hint = 1 is low, 10 is good. Go with your first guess.
journal-checkin-mood-clear = Clear the mood
journal-checkin-words = Any words for it?
journal-checkin-own-word = A word of your own
# Adds the word typed as a chip.
journal-checkin-add = Add
journal-checkin-note = Anything you want to remember about today?
journal-checkin-note-hint = Optional. A line is plenty.
journal-checkin-saved = Check-in saved.
# $when is the day and time, like "Tue 24 Nov, 17:50".
journal-checkin-heading = Check-in, { $when }
# The window's title; $day is like "Tue 24 Nov".
journal-checkin-page-title = Check-in · { $day }
journal-checkin-mood-heading = Mood
journal-checkin-feelings-heading = Feelings
journal-feeling-words = Feeling words
journal-checkin-note-heading = Note

## A note (ui/views/note.js)

journal-note-title-new = Write a note
journal-note-title-edit = Edit note
journal-note-intro = Room for whatever is here today. Only you will read it.
journal-note-text = What’s on your mind?
journal-note-text-hint = Anything at all: a thought, a worry, something that went well.
journal-note-mood = Mood, if you like
journal-note-mood-hint = 1 is low, 10 is good. Leave it as “No mood” if it doesn’t fit.
# The mood scale's value while no mood is chosen (quoted in the hint above).
journal-note-no-mood = No mood
journal-note-mood-clear = No mood for this note
journal-note-tags = Tags
journal-note-tags-hint = Optional. Separate them with commas, like “work, sleep”.
journal-note-saved = Note saved.
# $when is the day and time, like "Tue 24 Nov, 17:50".
journal-note-heading = Note, { $when }
# The window's title; $day is like "Tue 24 Nov".
journal-note-page-title = Note · { $day }
# $mood is 1 to 10.
journal-note-mood-read = Mood: { $mood } out of 10

## Reflections (ui/views/reflections.js)

journal-reflections-title = Reflections
# A reflection with only a feeling check and no words.
journal-reflection-feeling-check = A feeling check
journal-reflections-empty = Your reflections will gather here. After a session, a few minutes of writing helps the hour stay with you through the week.
journal-reflections-reflect = Reflect on a session
# $count is how many reflections the list shows (always more than 50).
journal-reflections-shown = Showing { $count } reflections.
journal-reflection-missing-body = It may have been deleted. Your other reflections are all still here.
journal-reflections-all = All reflections
journal-reflections-back = ← All reflections
# $when is the session's day (and, in the heading, its time).
journal-reflection-heading = Session on { $when }
journal-reflection-takeaway = What's your biggest takeaway from this session?
journal-reflection-difficult = What was the most difficult or surprising thing you talked about?
journal-reflection-focus = What's one specific skill or idea you want to focus on this week?
journal-reflection-feeling = How you were feeling
journal-reflection-nothing-written = Nothing written here.
journal-reflection-nothing-noted = Nothing noted here.
# The questions a homework file added to the reflection window, on the Reflections page.
journal-reflection-questions-title = Questions from your therapist
journal-reflection-questions-about = These are asked after each session, in the reflection window. Stopping one keeps the answers you've already written.
# Under a question; $from: who signed the homework file (a name).
journal-reflection-question-from = Asked by { $from }
journal-reflection-question-stop = Stop asking
journal-reflection-question-stopped = It won't be asked again. Your answers stay with your reflections.

## A plan on the Today list (ui/components/today-row.js)
## and "Log an earlier day" (ui/components/earlier-day.js)

# After a plan's day is noted; $what is the outcome in lowercase ("done",
# "partly", "skipped", "not today") or how many times ("2 of 3 today").
journal-plan-noted-as = Noted: { $what }.
# After a note about how it went is saved.
journal-plan-noted = Noted.
journal-plan-put-back = Put back as it was.
journal-plan-cleared = Cleared for today.
journal-plan-skipped-because = Skipped because…
journal-plan-save = Save
# A plan done several times a day, already done as often as planned.
journal-plan-all-done = That's all { $count } for today.
# $error is the reason, from the app.
journal-plan-note-failed = That didn't save — your words are still here. ({ $error })
journal-plan-how-did-it-go = How did it go? What got in the way?
journal-plan-how-hint = Whatever happened is worth knowing — like notes from a small experiment.
# After a break in a plan; no blame, just a fresh start.
journal-plan-start-again = Start again today.
journal-plan-outcomes = How did today go?
# $practice is the name of a guided practice, like "Box breathing (4-4-4-4)".
journal-plan-start-guide = Start the guide: { $practice }
journal-earlier = Log an earlier day
journal-earlier-intro = A day went by without a note? You can add it here.
journal-earlier-plan = Which plan?
journal-earlier-day = Which day?
# $day is a date like "Tue 24 Nov".
journal-earlier-day-hint-future = This plan begins on { $day }; its days can be noted from then.
journal-earlier-day-hint = Any day from { $day }, when this plan began, up to today.
# $day is a date; $outcome the outcome in lowercase ("done", "partly"…).
journal-earlier-day-noted = { $day } already has a note: { $outcome }. Saving changes it.
journal-earlier-every-day = Every day so far has a note.
journal-earlier-how = How did it go?
journal-earlier-note = A note, if you like
journal-earlier-no-day = Choose the day you want to note.
journal-earlier-future = That day hasn't come yet. You can note today or any day before.
journal-earlier-before-start = This plan began on { $day }. Choose that day or one after it.
journal-earlier-saved = Noted for { $day }: { $outcome }.

## Sessions (ui/views/sessions.js, ui/components/session-list.js)

journal-sessions-title = Your sessions
journal-sessions-invitation = When are your sessions? Interlude can open a reflection window when one ends.
journal-sessions-schedule-heading = When your sessions are
journal-sessions-day = Day
journal-sessions-starts-at = Starts at
journal-sessions-length = Length in minutes
journal-sessions-every = How often
# The first day the schedule applies.
journal-sessions-starting = Starting
journal-sessions-zone = Time zone
# $zone is a time zone name, like Europe/Berlin.
journal-sessions-zone-hint = The zone your sessions are held in. This computer is on { $zone }.
journal-sessions-zone-hint-unknown = The zone your sessions are held in. This computer is on an unknown zone.
journal-sessions-save = Save schedule
journal-sessions-clear = Stop using a schedule
journal-sessions-preview-waiting = Choose a time, and your next few sessions will show here.
journal-sessions-preview-none = No sessions fall on this schedule.
# $when is the session's day and time, like "Tue 24 Nov, 17:00–17:50".
journal-sessions-saved-next = Saved. Your next session is { $when }.
journal-sessions-saved = Saved.
journal-sessions-cleared = Interlude is no longer keeping a schedule. Your reflections are all still here.
journal-sessions-calendar-heading = In your calendar
journal-sessions-calendar-body = A calendar file of your sessions for your Downloads folder. It holds only their days and times — nothing you wrote.
journal-sessions-export = Export to calendar (.ics)
# $path is where the file was saved.
journal-sessions-exported = Saved to { $path }
journal-sessions-upcoming = Coming up
journal-sessions-upcoming-empty = No sessions are coming up on this schedule.
journal-sessions-past = Earlier sessions
journal-sessions-past-empty = Sessions that have passed will be listed here.
# Opens a small form to move one session.
journal-session-move = Move…
journal-session-move-label = New date and time
journal-session-move-save = Save
# Closes the move form without changing anything.
journal-session-move-close = Never mind
journal-session-move-missing = Choose the new date and time.
journal-session-cancel = Cancel this one
journal-session-undo = Undo
