### English: the settings area of the UI (see ui/lib/i18n.js): Settings and
### what is in it — appearance, language, crisis lines, Interlude on this
### computer, privacy and the lock, sync (and "Edited on two computers"),
### export and import (from Interlude and from other apps), backups.

## The Settings page (ui/views/settings.js)

# The page's heading and window title.
settings-title = Settings
# Shown after a choice is saved (a short status line).
settings-saved = Saved

settings-appearance-heading = Appearance
settings-theme-legend = Theme
# A theme choice: light or dark as the computer is set.
settings-theme-system = System
settings-theme-light = Light
settings-theme-dark = Dark
settings-autostart = Start Interlude when I log in
settings-autostart-hint = It starts quietly, with no window open, so reminders can reach you.
settings-autostart-on = Interlude will start when you log in.
settings-autostart-off = Interlude won’t start on its own.

# Under the list of languages. "My safety plan" is the page's name in the menu.
settings-language-hint = Crisis lines follow your region, which is set on its own in My safety plan.

settings-region-heading = Crisis lines
settings-region-label = Region for crisis lines
settings-region-about = The lock screen, the welcome screen and your safety plan show the crisis lines for this country.

# Heading of the group about what closing the window does, and quitting.
settings-computer-heading = Interlude on this computer
settings-closing-legend = When you close the window
settings-closing-background = Keep reminders running in the background
settings-closing-quit = Quit Interlude
settings-closing-ask = Nothing is chosen yet: Interlude will ask the first time you close its window.
# How to find Interlude again once its window is closed.
settings-tray-icon = Interlude’s tray icon opens it again.
settings-tray-none = This desktop has no tray icon area, so open Interlude from your apps to see it again.
# A button.
settings-quit = Quit Interlude
settings-quit-hint = Quitting stops reminders until you open Interlude again.

settings-data-heading = Your data
# $path is the folder the journal is in, shown as a path.
settings-data-where = Your journal is stored only on this computer, at { $path }.
# $path is the folder the journal is in, shown as a path.
settings-data-where-synced = Your journal is stored on this computer, at { $path }, and travels encrypted through your sync folder.
settings-export-heading = Export
settings-export-about = A copy of your journal — reflections, moments, check-ins, notes and plans — as one JSON file in your Downloads folder. Keep it somewhere private.
settings-export-private = Include entries marked private
settings-export-button = Export your journal
# After an export; $path is the file written.
settings-export-saved = Saved to { $path }.
# Follows settings-export-saved when private entries were left out.
settings-export-left-out = { $count ->
    [one] { $count } private entry was left out.
   *[other] { $count } private entries were left out.
}
settings-import-heading = Import
settings-import-about = Bring in entries from an Interlude export. Ones already here are skipped, so nothing is doubled and nothing is overwritten.
settings-import-file = Choose an export file
settings-import-reading = Reading the file…
settings-import-failed = That file couldn't be read. Nothing was changed.
# After an import: $added entries are new, $alreadyPresent were skipped.
settings-import-summary = Added { $added ->
    [one] { $added } entry
   *[other] { $added } entries
} ({ $alreadyPresent ->
    [one] { $alreadyPresent } was
   *[other] { $alreadyPresent } were
} already here).

settings-about-heading = About
settings-about-version = Version
# The version of the journal's data format.
settings-about-data-version = Data version

## Privacy and lock (ui/views/privacy.js). The journal is kept unencrypted,
## with a passphrase, or with the login on this computer (its keychain
## keeps the key).

settings-privacy-heading = Privacy and lock
settings-privacy-about-plain = Interlude can encrypt your journal on this computer: the journal file, its search index and its backups then can’t be read without its key — by anyone, the Interlude team included.
# "Unlock" is the button on the lock screen.
settings-privacy-about-login = Your journal is encrypted on this computer, and its key is kept in this computer’s keychain. After it locks, Unlock opens it again.
settings-privacy-about-passphrase = Your journal is encrypted on this computer. Interlude asks for your passphrase when it opens and after it locks.

settings-lock-now = Lock now
# $shortcut is the keyboard shortcut, such as Ctrl+L.
settings-lock-now-hint = Or press { $shortcut } anywhere in Interlude.
settings-locking-heading = Locking
# Followed by a list: Never, 5 minutes, 10 minutes…
settings-auto-lock-label = Lock when I’ve been away for
settings-auto-lock-hint = Away means no typing or clicking in any Interlude window.
# In the list after "Lock when I’ve been away for".
settings-auto-lock-never = Never
settings-auto-lock-minutes = { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}
settings-lock-show-text = Show plan names in reminders while locked
# “Time for your practice” is what such a reminder says (the desktop's reminder-plan message).
settings-lock-show-text-hint = Otherwise reminders just say “Time for your practice”, so nothing private shows while Interlude is locked.
settings-lock-safety-plan = Show my safety plan on the lock screen
# Beside "Show my safety plan on the lock screen", for a journal kept with the login.
settings-lock-plan-hint-login = A copy of your safety plan is kept beside the journal without encryption, so it can be read without unlocking — by you in a hard moment, and by anyone who can open your files.
# Beside "Show my safety plan on the lock screen", for a journal with a passphrase.
settings-lock-plan-hint-passphrase = A copy of your safety plan is kept beside the journal without encryption, so it can be read without your passphrase — by you in a hard moment, and by anyone who can open your files.

# After a change of how the journal is kept, the copy from before stays until removed.
settings-previous-copy = A copy from before the change is kept until you’re sure everything is here.
settings-previous-copy-remove = Remove the old copy
settings-previous-copy-removed = The old copy is removed.

settings-keeper-heading = How your journal is kept
settings-keeper-none = Right now it’s kept unencrypted. You can protect it in one of two ways.
settings-keeper-passphrase = With a passphrase you type when Interlude opens.
settings-keeper-login = Opens with your login on this computer.

# A field's label.
settings-passphrase = Passphrase
settings-passphrase-again = The passphrase again
settings-passphrase-current = Current passphrase
settings-passphrase-new = New passphrase
settings-passphrase-new-again = The new passphrase again
# Under a new passphrase; $min is the fewest characters it may have.
settings-passphrase-new-hint = At least { $min } characters. A short sentence only you would think of is easy to remember.
settings-passphrase-forget = Choose one you’ll remember. If the passphrase is forgotten, the journal can’t be opened, and there is no way to reset it.
settings-passphrase-current-first = Please type your current passphrase first.

settings-protect-heading = Protect with a passphrase
settings-protect-submit = Protect my journal
settings-protect-busy = Protecting your journal… This can take a few seconds. You can keep Interlude open meanwhile.
settings-protect-done = Your journal is protected now. Interlude will ask for your passphrase each time it opens.
settings-change-heading = Change passphrase
# A button.
settings-change-submit = Change passphrase
settings-change-busy = Changing your passphrase… This can take a few seconds.
settings-change-done = Your passphrase is changed. Use the new one from now on.
settings-use-passphrase-heading = Use a passphrase instead
settings-use-passphrase-submit = Use this passphrase
settings-use-passphrase-busy = Moving your journal to a passphrase… This can take a few seconds.
settings-use-passphrase-done = Your journal opens with your passphrase now. Interlude will ask for it each time it opens.

settings-login-about = Interlude keeps the key in this computer’s keychain, so your journal opens by itself when you’re logged in. There’s nothing to remember — and anyone who can log in as you here can open it.
settings-protect-login-heading = With my login
settings-protect-login = Protect it with my login
settings-protect-login-busy = Protecting your journal… This can take a few seconds.
settings-protect-login-done = Your journal is protected now. It opens with your login on this computer.
settings-use-login-heading = Use my login instead
# A button.
settings-use-login-submit = Use my login instead
settings-use-login-busy = Moving your journal to your login… This can take a few seconds.
settings-use-login-done = Your journal opens with your login on this computer now. There’s no passphrase to type.

settings-recovery-heading = Recovery key
settings-recovery-show = Show my recovery key
# Hides the recovery key again.
settings-recovery-hide = Hide

## Backups (ui/views/backups.js, ui/lib/backups.js) and restoring one
## (ui/components/restore-backup.js)

settings-backups-heading = Backups
# $count is how many backups are kept (14).
settings-backups-about = Every day, and before an update or an import, Interlude makes a backup of your journal, checks it, and keeps the newest { $count } — encrypted like your journal when it has a passphrase.
# $folder is the folder the backups are in, shown as a path.
settings-backups-where = They are kept in { $folder }.
settings-backup-now = Back up now
settings-backups-backing-up = Backing up…
settings-backups-done = Backed up just now.
settings-backups-restoring = Restoring… This can take a moment.
settings-backups-empty = No backups yet. The first one is made today.
# The table of backups, for screen readers.
settings-backups-caption = Your backups, newest first
# Column headings of the table of backups.
settings-backups-when = When
settings-backups-why = Why
settings-backups-size = Size
# The heading of the column of restore buttons (read by screen readers only).
settings-backups-restore-column = Restore
# A button on each backup's row; screen readers hear it with the row's time.
settings-backup-restore = Restore…

# Why a backup was made.
settings-backup-reason-daily = Daily
settings-backup-reason-manual = You made this
settings-backup-reason-before-migration = Before an update
settings-backup-reason-before-import = Before an import
settings-backup-reason-before-restore = Before a restore
# A reason this version doesn't know yet.
settings-backup-reason-other = Backup

# A backup's size; $size is a number already written for the language.
settings-size-kb = { $size } KB
settings-size-mb = { $size } MB

# A date this year: $weekday and $month are short names (Tue, Nov), $day the
# day of the month. Also used by sync.
settings-date = { $weekday } { $day } { $month }
# A date in another year ($year).
settings-date-year = { $weekday } { $day } { $month } { $year }
# When a backup was made, in the list; $time is a 24-hour time (09:05).
settings-backup-today = Today { $time }
settings-backup-yesterday = Yesterday { $time }
# $date is settings-date or settings-date-year.
settings-backup-day = { $date }, { $time }
# When something was made, inside a sentence ("how it was today at 09:05",
# "last seen yesterday at 21:10", "From Laptop, today at 09:05").
settings-when-today = today at { $time }
settings-when-yesterday = yesterday at { $time }
# As settings-when-today, on another day, with nothing before it.
settings-when-day = { $date } at { $time }
# As settings-when-today, on another day, after "how it was", "last seen"…
settings-when-on-day = on { $date } at { $time }
# In "how it was …" when the time can't be read.
settings-when-made = when it was made
# Inside a sentence when the time can't be read.
settings-when-unknown = a while ago

# The question before a restore. $when is settings-when-today, settings-when-on-day…
settings-restore-body = Your journal will go back to how it was { $when }. What's there now is backed up first, so you can come back to it.
# The same, when the journal file can't be read.
settings-restore-body-unreadable = Your journal will go back to how it was { $when }. The file that couldn't be read is set aside and kept, not deleted.
# Added to the question when the journal syncs.
settings-restore-sync-note = Your other computers will show the backup’s entries too. What was written on them since stays, and where the same words changed, you’ll choose which to keep.
# After a restore. $when as in settings-restore-body.
settings-restored = Your journal is back to how it was { $when }. What was there before is saved as a backup.
settings-restored-unreadable = Your journal is back to how it was { $when }. The file that couldn't be read is kept in Interlude's folder, not deleted.

## Importing from another app (ui/views/import-other.js), in Your data.
## App names (Daylio, Loop Habit Tracker, jrnl, Day One) stay as they are.

settings-other-heading = From another app
settings-other-about = Bring in what you wrote in another app: it comes in as check-ins, moments, notes or plans. Nothing leaves your computer, a backup is made first, and importing the same file again adds nothing twice.
settings-other-legend = Which app are your entries in?
# The name of a choice of app: two apps with the same export.
settings-other-name-freecbt = FreeCBT or Quirk
# Which file to choose from each app. Menu paths name the app's own menus
# (→ between steps); text between `backticks` is a command, shown as code.
settings-other-hint-daylio = The CSV from More → Export entries → CSV.
settings-other-hint-loop = The .zip from Settings → Export as CSV.
settings-other-hint-jrnl = The file from `jrnl --format json`.
settings-other-hint-dayone = Its JSON export: the .zip, or the Journal.json inside it.
settings-other-hint-freecbt = Its JSON export (a .json file).
# The file field's label before an app is chosen.
settings-other-file = Choose the file
# The file field's label; $app is the app's name.
settings-other-file-for = Choose your { $app } file
# $file is the file's name.
settings-other-reading = Reading { $file }…
# $size is the largest file taken, in MB (256).
settings-other-too-large = { $file } is larger than { $size } MB, too large to import. Nothing was imported.
settings-other-unreadable = { $file } couldn’t be read. Please choose it again. Nothing was imported.

# The preview's heading: which app ($app) and which file ($file).
settings-other-preview-heading = From { $app } · { $file }
# $counts is a list such as "5 check-ins and 2 notes".
settings-other-would-add = Would add { $counts }.
# Joins the last item of a list to the others ($most: "a, b"; $last: "c").
settings-other-list = { $most } and { $last }
# Parts of settings-other-would-add: how many of each kind.
settings-other-count-checkins = { $count ->
    [one] { $count } check-in
   *[other] { $count } check-ins
}
settings-other-count-moments = { $count ->
    [one] { $count } moment
   *[other] { $count } moments
}
settings-other-count-notes = { $count ->
    [one] { $count } note
   *[other] { $count } notes
}
settings-other-count-plans = { $count ->
    [one] { $count } plan
   *[other] { $count } plans
}
# Days marked done on a habit (Loop Habit Tracker).
settings-other-count-plan-days = { $count ->
    [one] { $count } marked day
   *[other] { $count } marked days
}
settings-other-nothing-new = Nothing new to add: everything in this file is already here.
settings-other-nothing = There’s nothing in this file that can come in.
# $count records in the file are already in the journal.
settings-other-already = { $count ->
    [one] { $count } already here, so it won’t be added again.
   *[other] { $count } already here, so they won’t be added again.
}
# The file's dates; $from and $to are days such as "Sat 3 Jan 2025".
settings-other-range = Covers { $from } to { $to }.
# Every record in the file is from one day ($day).
settings-other-range-one = All on { $day }.
settings-other-samples = The newest in the file
settings-other-left-out = What doesn’t come across
settings-other-import = Import
settings-other-choose-again = Choose another file
settings-other-importing = Importing… A backup is made first.
# After an import that added nothing.
settings-other-added-none = Nothing new was added.
# After an import that added nothing: all $here were already in the journal.
settings-other-added-none-here = Nothing new was added: all { $here ->
    [one] { $here } was
   *[other] { $here } were
} already here.
# After an import of $added entries.
settings-other-added = Added { $added ->
    [one] { $added } entry
   *[other] { $added } entries
}. A backup from just before is in Backups.
# After an import of $added entries; $here were already in the journal.
settings-other-added-also = Added { $added ->
    [one] { $added } entry
   *[other] { $added } entries
} ({ $here ->
    [one] { $here } was
   *[other] { $here } were
} already here). A backup from just before is in Backups.

## Sync across my computers (ui/views/sync.js, ui/lib/sync.js). Interlude
## never connects to anything: it writes the journal's changes, encrypted,
## into a folder that a sync app (or a USB stick) carries between computers.

settings-sync-heading = Sync across my computers
settings-sync-about-off = Write on one computer and read it on another. Interlude never connects to anything itself: it puts your journal’s changes in a folder that a sync app you already use carries between your computers — Syncthing, Nextcloud, iCloud Drive or Dropbox — or on a USB stick you carry. Then it merges what your other computers left there.
settings-sync-travels = What travels is your journal: what you write, and every change to it, with your reminder preferences and the region for crisis lines. The theme and how this window behaves stay with each computer. The folder only ever holds encrypted files, so whoever runs the sync service can’t read them.
settings-sync-folder = Folder to sync through
settings-sync-folder-hint = A folder your sync app carries between your computers, or one on a USB stick. Choose one found here, or type the path of any folder.
# Before a list of folders found on this computer (buttons).
settings-sync-found = Found on this computer:
settings-sync-no-folder = Please choose or type a folder first.

settings-sync-start-heading = Start on this computer
settings-sync-start-about = If this is the first computer to sync this journal. Interlude puts it in the folder, for your other computers to join.
settings-sync-start-plain = Your journal on this computer has no passphrase, so sync needs one: the files in the folder are encrypted with it.
settings-sync-forget = Your other computers will ask for it when they join. If it is forgotten, what is in the folder can’t be opened, and there is no way to reset it.
settings-sync-passphrase = Passphrase for sync
settings-sync-protect = Also protect this journal on this computer with the same passphrase
settings-sync-protect-hint = Then Interlude asks for it when it opens here too, and your journal on this computer is encrypted as well.
settings-sync-start = Start syncing this journal
settings-sync-starting = Starting… Interlude is putting your journal in the folder. This can take a few seconds.
# “Join the journal in this folder” is the button settings-sync-join.
settings-sync-start-done = This journal syncs through the folder now. On your other computers, choose the same folder and “Join the journal in this folder”.
# Follows settings-sync-start-done when the journal here got the passphrase too.
settings-sync-protected-too = Your journal on this computer is protected with the same passphrase too.

settings-sync-join-heading = Join from another computer
settings-sync-join-about = If this journal already syncs through the folder from another of your computers.
settings-sync-secret = Passphrase or recovery key
settings-sync-secret-hint = From your first computer: the journal’s passphrase (or the one chosen there for sync), or its recovery key — 13 groups of four letters and digits.
# Shows the passphrase or recovery key as it is typed.
settings-sync-reveal = Show what I type
settings-sync-join-merge = Nothing is replaced: what is on this computer now is merged with what is in the folder.
settings-sync-join = Join the journal in this folder
settings-sync-no-secret = Please type the passphrase or recovery key first.
settings-sync-joining = Joining… Interlude is merging this journal with the one in the folder. This can take a few seconds.
settings-sync-join-done = This computer has joined. What was here and what was in the folder are merged.

# $folder is the sync folder, shown as a path.
settings-sync-about-on = This journal syncs through { $folder }. Interlude puts its changes there, encrypted, and merges what your other computers leave. It never connects to anything itself.
# $name is this computer's name.
settings-sync-this-computer = This computer is called { $name }.
# $when is settings-sync-just-now, settings-sync-minutes-ago, settings-when-today, settings-when-on-day…
settings-sync-last-sent = Last sent { $when }.
settings-sync-nothing-sent = Nothing has been sent from this computer yet.
settings-sync-last-received = Last received { $when }.
settings-sync-nothing-received = Nothing has come from another computer yet.
settings-sync-just-now = just now
settings-sync-minutes-ago = { $count ->
    [one] { $count } minute ago
   *[other] { $count } minutes ago
}
# What waits for a choice (also in the band at the top of the window).
settings-sync-conflicts = { $count ->
    [one] One thing was
   *[other] { $count } things were
} edited on two computers at once. Both versions are kept until you choose.
# A link to the page where the person chooses.
settings-sync-choose = Choose what to keep
# This version can't read $count changes from a newer Interlude.
settings-sync-newer = Update Interlude on this computer to see { $count ->
    [one] { $count } newer change
   *[other] { $count } newer changes
}.
settings-sync-computers-heading = Your other computers
# A computer with no name.
settings-sync-another-computer = Another computer
# After a computer's name and a dash. $when as in settings-sync-last-sent.
settings-sync-seen = last seen { $when }
settings-sync-not-seen = not seen yet
# After a computer's name and when it was seen, after a dot.
settings-sync-changes = { $count ->
    [one] { $count } change from it
   *[other] { $count } changes from it
}
# Under a computer not seen for months ($months; 0 means a long while, or
# when it can't be said how long).
settings-sync-stale = { $months ->
    [0] Not seen for a long while
    [one] Not seen for a month
   *[other] Not seen for { $months } months
}: old changes are tidied away without waiting for it; when it comes back it catches up from the latest snapshot.
# “Join the journal in this folder” is the button settings-sync-join.
settings-sync-computers-none = No other computer has joined yet. On your other computer, open Settings, choose this same folder, and “Join the journal in this folder”.
# What Interlude noticed in the sync folder (the backend's words follow).
settings-sync-problems-heading = Worth a look
settings-sync-now = Sync now
settings-sync-syncing = Syncing…
settings-sync-synced = Sent and merged just now.
settings-sync-stop = Stop syncing on this computer
settings-sync-stop-hint = Stopping leaves the folder and your other computers as they are.
settings-sync-stopping = Stopping…
settings-sync-stop-done = This computer has stopped syncing. Your journal here stays as it is, and the folder and your other computers are untouched.

## Edited on two computers (ui/views/sync-conflicts.js, ui/lib/sync.js).
## Calm on purpose: nothing is lost, nothing is urgent.

settings-conflicts-title = Edited on two computers
settings-conflicts-about = When the same words are changed on two of your computers before they meet, both versions wait here. Nothing is lost until you choose: keep one, or keep both, joined together.
settings-conflicts-none = Nothing is waiting for a choice. Everything from your computers is in your journal.
settings-conflicts-back = Back to your journal
settings-conflicts-settings = Sync settings
# The kind of entry a conflict is in, when it is a plan.
settings-sync-kind-plan = Plan
# Link to the entry the conflict is in.
settings-conflicts-open-entry = Open the entry
# Names the list of versions, for screen readers.
settings-conflicts-versions = Versions
# A version's heading; $computer is the computer's name.
settings-sync-version-from = From { $computer }
# $when as in settings-sync-last-sent.
settings-sync-version-from-when = From { $computer }, { $when }
# A computer with no name, inside a sentence.
settings-sync-another = another computer
settings-conflicts-current = Shown in your journal now.
# A version that is empty.
settings-conflicts-empty = Nothing written here.
settings-conflicts-keep = Keep this one
settings-conflicts-keep-both = Keep both
settings-conflicts-both-hint = Keep both joins them, one after the other, in this place.
# After a choice.
settings-sync-kept-both = Kept both, joined together.
settings-sync-kept = Kept the version from { $computer }.
# Follows settings-sync-kept-both or settings-sync-kept.
settings-sync-last-one = That was the last one.
# Follows settings-sync-kept-both or settings-sync-kept.
settings-sync-more-wait = { $count ->
    [one] { $count } more waits for a choice.
   *[other] { $count } more wait for a choice.
}
