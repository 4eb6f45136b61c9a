### English: what the desktop around the window says — the tray menu and
### its status line, notifications and their buttons, window titles.
### Read by src-tauri/core/src/i18n.rs; the UI's words are in ui/locales/.

app-name = Interlude

## The tray menu

tray-open = Open Interlude
tray-reflect = Reflect on a session
tray-moment = Log a moment
tray-checkin = Check in
tray-safety = My safety plan
tray-practice = Practice
tray-breathe = Breathe for a minute
tray-pause = Pause reminders
tray-pause-hour = For an hour
tray-pause-tomorrow = Until tomorrow
tray-pause-resume = Resume
tray-lock = Lock Interlude
tray-quit = Quit Interlude

## The tray's status line (also its tooltip, after "Interlude — ").
## $time is a short weekday and a time, e.g. "Tue 09:00".

tray-tooltip = Interlude — { $detail }
tray-set-up = Open Interlude to set up your journal
tray-locked = Locked — open Interlude to unlock and get reminders
tray-paused-until = Reminders paused until { $time }
tray-next = Next: { $time } · { $title }
tray-nothing-planned = No reminders planned

# A short weekday name, for "Tue 09:00" in the tray. $day: 1 = Monday … 7 = Sunday.
weekday-short = { $day ->
    [1] Mon
    [2] Tue
    [3] Wed
    [4] Thu
    [5] Fri
    [6] Sat
   *[7] Sun
}

## Notification buttons

notification-open = Open
notification-snooze = Snooze 10 min
notification-done = Done

## Reminders, as notifications (title, then body)

reminder-questionnaire = A check-in questionnaire
    .body = A few minutes with the PHQ-9 and GAD-7 shows you and your therapist how things are moving.
reminder-session-end = How was your session?
    .body = Want to jot down what stayed with you, while it's fresh?
reminder-brief = Your session is tomorrow
    .body = A few minutes looking back over the week can help you bring it with you.
reminder-plan = Time for your practice
    .body = Your plan for today is here whenever you're ready.
reminder-bell = A mindful minute
# After a bell's line, when the person lets reminders show their words. $focus: their focus for the week.
reminder-bell-focus = { $line } This week: { $focus }

## The mindfulness bell's lines, one per bell, in turn

bell-line-1 = One slow breath, with the out-breath a little longer than the in-breath.
bell-line-2 = Notice three things you can hear right now.
bell-line-3 = Feel your feet on the floor for a moment.
bell-line-4 = Let your shoulders drop. Notice what's here.
bell-line-5 = Look around and name five things you can see.

## Window titles

window-reflect-new = After your session — Interlude
window-reflect-edit = Edit reflection — Interlude
