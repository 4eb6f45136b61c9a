### English: the shell area of the UI (see ui/lib/i18n.js): the main
### window's frame (index.html, app.js: the rail, the window title, the
### confirmation dialogs, the bands above the page, the question about
### closing), the reflection window (reflect.html, reflect.js), and the
### helpers every page shares: dates and times (lib/time.js), keyboard
### shortcuts (lib/shortcuts.js), notices (lib/dom.js), steps
### (components/stepper.js) and the words shown when the backend can't be
### reached (ipc.js).

shell-app-name = Interlude

# The window title while a page is shown. $page: the page's own title,
# e.g. "Journal" or "Edit reflection".
shell-window-title = { $page } · { shell-app-name }

## The rail and the skip link (index.html, lib/route.js)

shell-skip-link = Skip to content
# The rail of places on the left of the main window, as a screen reader names it.
shell-rail =
    .aria-label = Places
shell-place-home = Home
shell-place-journal = Journal
shell-place-practice = Practice
shell-place-insights = Insights
# The session brief: a summary of the days since the last session, to take along.
shell-place-brief = Brief
shell-place-sessions = Sessions
shell-place-safety-plan = Safety plan
shell-place-settings = Settings

## The main window (app.js)

# After Escape closes an entry's editor. "Edit" is the entry page's button.
shell-draft-kept-toast = Your changes are kept as a draft. Edit brings them back.

## Confirmation dialogs (index.html). Each has a title, a line under it,
## a safe button (which has focus) and the button that goes ahead.

shell-confirm-delete-title = Delete this reflection?
shell-confirm-delete-body = You can undo this straight after.
shell-confirm-delete-keep = Keep it
shell-confirm-delete-yes = Delete

# A plan is a small practice the person set themselves; archiving takes it off Home's Today list.
shell-confirm-archive-title = Archive this plan?
shell-confirm-archive-body = It leaves your Today list. Everything you noted stays, and you can bring it back.
shell-confirm-archive-keep = Keep it
shell-confirm-archive-yes = Archive

shell-confirm-clear-schedule-title = Stop using a schedule?
shell-confirm-clear-schedule-body = Interlude will stop keeping your session times and won't open a reflection window after them. Your reflections stay as they are, and you can set a schedule again any time.
shell-confirm-clear-schedule-keep = Keep it
shell-confirm-clear-schedule-yes = Stop the schedule

# After the journal's protection changed, a copy from before the change is kept until the person removes it.
shell-confirm-forget-copy-title = Remove the old copy?
shell-confirm-forget-copy-body = Look through your journal first and check everything is here. Once the copy from before the change is removed, it can't be brought back.
shell-confirm-forget-copy-keep = Keep it for now
shell-confirm-forget-copy-yes = Remove the old copy

shell-confirm-restore-title = Restore this backup?
# Shown until the dialog opens; then the settings area's words, with the backup's date, replace it.
shell-confirm-restore-body = Your journal will go back to how it was when this backup was made. What's there now is backed up first, so you can come back to it.
shell-confirm-restore-keep = Keep my journal as it is
shell-confirm-restore-yes = Restore

shell-confirm-stop-sync-title = Stop syncing on this computer?
shell-confirm-stop-sync-body = This computer stops sending and receiving changes, and your journal here stays as it is. The folder and your other computers are untouched, and you can join again at any time.
shell-confirm-stop-sync-keep = Keep syncing
shell-confirm-stop-sync-yes = Stop syncing

## Closing the window on a desktop with no tray icon (components/close-choice.js)

shell-close-title = Keep Interlude running when its window is closed?
shell-close-no-tray = There’s no tray icon on this desktop. Interlude can keep running in the background, so your reminders still come, and opening Interlude again from your apps shows this window.
shell-close-or-quit = Or Interlude can quit, and reminders wait until you open it again.
shell-close-later = You can change this any time in Settings.
shell-close-background = Keep reminders running
shell-close-quit = Quit Interlude
# $message: the backend's own words for what went wrong.
shell-close-failed = That didn’t go through. { $message }

## The band about trouble with the journal file (components/journal-banner.js)

shell-journal-damaged-title = Interlude found a problem in your journal file.
shell-journal-unreadable-title = Interlude couldn't open your journal file.
shell-journal-restoring = Restoring… This can take a moment.
shell-journal-open-settings = Open Settings
# For a journal that still opens, but has a problem.
shell-journal-restore-it = Restore it
# $when: when the backup was made, e.g. "today at 09:00" (the settings area's words).
shell-journal-restore-from = Restore the backup from { $when }
# $when: as above.
shell-journal-newest-damaged = Your newest backup, from { $when }, is checked and ready.
# $when: as above.
shell-journal-newest-unreadable = Your newest backup, from { $when }, is checked and ready. If you restore it, the damaged file is set aside and kept, not deleted.
shell-journal-no-backup-damaged = There's no backup to go back to yet. Exporting your journal from Settings keeps a copy of what can still be read.
# "Settings → Your data → Import" names the way there in the settings page.
shell-journal-no-backup-unreadable = There's no backup to go back to yet. The file is kept as it is, not deleted. If you have an export of your journal, Settings → Your data → Import can bring your entries back.
shell-journal-not-now = Not now
# Opens the details of what the check found (the backend's words).
shell-journal-found = What Interlude found

## The band for a journal nobody chose how to keep (components/protect-banner.js)

shell-protect-title = Your journal isn't protected yet
shell-protect-body = It was started from the terminal, so Interlude never asked how to keep it. You can protect it with your login or a passphrase, or keep it as it is.
shell-protect-protect = Protect it…
shell-protect-keep = Keep it as it is
# A toast after "Keep it as it is". "Settings → Privacy and lock" names the way there.
shell-protect-kept = Kept as it is. Settings → Privacy and lock can protect it any time.

## A reminder shown in the window (components/reminder-banner.js); its
## title and words come from the backend.

# $minutes: how long the reminder waits (10).
shell-reminder-snooze = { $minutes ->
    [one] Snooze { $minutes } minute
   *[other] Snooze { $minutes } minutes
}
shell-reminder-dismiss = Dismiss

## The Journal's band while a sync conflict waits (components/sync-banner.js)

shell-sync-choose = Choose what to keep

## One step at a time (components/stepper.js), for guided practices

shell-step-back = Back
shell-step-next = Next
shell-step-finish = Finish
# $step: this step's number; $count: how many steps there are.
shell-step-count = Step { $step } of { $count }

## Notices (lib/dom.js)

# When a page couldn't load and the backend gave no words of its own.
shell-load-failed = Something didn't load just now.
shell-try-again = Try again

## When the backend can't be reached at all (ipc.js)

shell-unreachable = Interlude couldn't reach its storage just now. Your words are still here.

## Keyboard shortcuts (lib/shortcuts.js), said at the foot of Home

# Put before a letter key: "Ctrl+M". Keep the "+"; a Mac shows ⌘ instead.
shell-key-command = Ctrl+
# The lock shortcut on a keyboard that isn't a Mac's.
shell-key-lock = Ctrl+Shift+L
# What each shortcut does, after its keys: "Ctrl+M log a moment".
shell-shortcut-moment = log a moment
shell-shortcut-search = search your journal
shell-shortcut-quit = quit Interlude

## Dates and times (lib/time.js)

# A day, e.g. "Tue 24 Nov". $weekday and $month are the language's short
# names; $day is the day of the month.
shell-date-day = { $weekday } { $day } { $month }
# The same with the year, for a day in another year: "Tue 30 Dec 2025".
shell-date-day-year = { $weekday } { $day } { $month } { $year }
# A day and a time, e.g. "Tue 24 Nov, 17:50". $date is shell-date-day (or -year); $time is 17:50.
shell-date-time = { $date }, { $time }

## How long ago a day was, in the middle of a sentence ("Your last session
## was yesterday.")

shell-days-today = today
shell-days-yesterday = yesterday
shell-days-tomorrow = tomorrow
# $days: 2 or more calendar days in the past.
shell-days-ago = { $days ->
    [one] { $days } day ago
   *[other] { $days } days ago
}
# $days: 2 or more calendar days in the future.
shell-days-ahead = { $days ->
    [one] in { $days } day
   *[other] in { $days } days
}

## Home's greeting, by the hour

shell-greeting-morning = Good morning
shell-greeting-afternoon = Good afternoon
shell-greeting-evening = Good evening

## Times as people type them (lib/time.js)

# Under every time field: the ways of writing a time that are understood.
shell-time-hint = Like 17:00, 1700 or 5pm.
# $typed: what the person typed, as they typed it.
shell-time-unreadable = "{ $typed }" doesn't read as a time. { shell-time-hint }

## A date far from today, asked about under its field (lib/time.js)

# $years: how many whole years ago (always 3 or more); $year: the year as typed, e.g. 1901.
shell-far-date-past = { $years ->
    [one] That's { $years } year ago — is { $year } right?
   *[other] That's { $years } years ago — is { $year } right?
}
# $years: how many whole years ahead (always 3 or more); $year: the year as typed.
shell-far-date-future = { $years ->
    [one] That's { $years } year from now — is { $year } right?
   *[other] That's { $years } years from now — is { $year } right?
}
shell-far-date-keep = Yes, keep it
shell-far-date-change = Change it

## The reflection window (reflect.html, reflect.js), opened after a session

shell-reflect-heading = After your session
shell-reflect-intro = A few minutes to catch what stayed with you, while it's fresh. Answer any of these, skip any — a few words is plenty.
# The same window, editing a reflection written before.
shell-reflect-edit-heading = Edit reflection
shell-reflect-edit-intro = Change anything you like; the rest stays as it was.
shell-reflect-restored = Picked up where you left off.
shell-reflect-start-fresh = Start fresh
shell-reflect-session-at = When was your session?
shell-reflect-takeaway = What's your biggest takeaway from this session?
shell-reflect-difficult = What was the most difficult or surprising thing you talked about?
shell-reflect-focus = What's one specific skill or idea you want to focus on this week?
shell-reflect-focus-hint = This becomes your focus for the week, shown on the home screen.
shell-reflect-feeling-heading = How are you feeling right now?
shell-reflect-rating = On a scale from 1 to 10
shell-reflect-rating-hint = 1 is low, 10 is good. Leave it if you'd rather not say.
# The two ends of the 1–10 scale.
shell-reflect-rating-low = 1 · low
shell-reflect-rating-high = 10 · good
shell-reflect-rating-clear = Clear
    .aria-label = Clear the feeling rating
shell-reflect-words = Words that fit (choose any)
shell-reflect-own-word = A word of your own
shell-reflect-add-word = Add
shell-reflect-feeling-note = Anything else about how you feel?
# Under a question a homework file added; $from: who signed the file (a name).
shell-reflect-asked-by = Asked by { $from }
shell-reflect-save = Save reflection
shell-reflect-save-changes = Save changes
# The heading once the reflection is saved.
shell-reflect-saved = Saved.
# The window title once the reflection is saved.
shell-reflect-saved-title = Saved
# Before the person's own words for their focus this week.
shell-reflect-saved-focus = Your focus this week:
shell-reflect-thanks = Thank you for taking these minutes for yourself.
shell-reflect-open-main = Open Interlude
shell-reflect-close = Close
# $time: when the draft was last kept, e.g. 17:52.
shell-reflect-draft-kept = Draft kept · { $time }
shell-reflect-draft-locked = Your words are still here. They’ll be kept once Interlude is unlocked.
shell-reflect-draft-failed = Couldn't keep a draft just now — your words are still here.
shell-reflect-draft-unchecked = Couldn't check for an earlier draft just now.

## The list of languages (components/language-choice.js), in Settings →
## Appearance and on the first run's welcome.

# Labels the list of languages.
language-label = Language
# The first choice in the list of languages: whatever this computer's own
# language settings come to. $language is that language's name in itself
# (English, Deutsch).
language-system = Same as this computer ({ $language })
