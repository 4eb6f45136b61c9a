### English: cli (see src-tauri/core/src/i18n.rs): what the `interlude`
### terminal command says (src-tauri/cli/). Its --json output is for
### scripts and is never translated; everything here is for a person.

cli-write-failed = Couldn't write the output
cli-read-passphrase-failed = Couldn't read the passphrase
# $path is the folder that was looked in.
cli-no-journal = There's no journal at { $path } yet.
cli-passphrase-prompt = Passphrase for your Interlude journal:{" "}
cli-passphrase-needed = This journal is encrypted. Run the command in a terminal to type its passphrase, or set INTERLUDE_PASSPHRASE.
# $program is the desktop app's path; $detail is the system's reason.
cli-start-failed = Couldn't start { $program }: { $detail }

## interlude note, search, brief
# How the time of a saved note is written (chrono's strftime).
cli-note-time-format = %a %-d %b, %H:%M
cli-note-saved = Saved your note ({ $time }).
cli-search-nothing = Nothing matches yet.
# The kind of entry, in a search's list (padded to one column).
cli-kind-reflection = reflection
cli-kind-moment = moment
cli-kind-checkin = check-in
cli-kind-note = note
cli-brief-pdf-terminal = A PDF isn't for reading in a terminal: add --out brief.pdf to save it.
cli-bad-start-day = The start date "{ $text }" isn't a day like 2026-11-24.
cli-bad-end-day = The end date "{ $text }" isn't a day like 2026-11-24.

## interlude reminders
cli-bad-local-time = "{ $text }" isn't a local date and time like 2027-03-13T02:30.
cli-bad-moment = "{ $text }" isn't a moment like 2027-03-13T12:00:00Z.

## interlude doctor: labels padded to one width, so the values line up.
cli-doctor-journal = journal:{"        "}
cli-doctor-schema = schema version: { $found } (this version supports { $supported })
cli-doctor-reflections = reflections:{"    "}
cli-doctor-entries = entries:{"        "}
cli-doctor-drafts = drafts:{"         "}
cli-doctor-healthy = health:         ok
cli-doctor-problem = problem:{"        "}

## interlude backup
cli-backup-none = No backups yet.
cli-backup-made = Backed up to { $name } (checked).
cli-backup-restored = Restored { $name }. What was there before is in { $before }.
cli-backup-recovered = Restored { $name }. The damaged journal is kept as { $kept }.

## interlude import
cli-import-dry-run-needs-from = --dry-run previews another app's export (use --from).
cli-import-not-text = { $path } isn't a text file, so it can't be an Interlude export. Nothing was imported.
cli-import-read-failed = Couldn't read { $path }
cli-import-too-large = { $path } is { $megabytes } MB, larger than any export Interlude reads. Nothing was imported.
cli-import-done = Imported { $count ->
        [one] { $count } entry
       *[other] { $count } entries
    } ({ $already } already here).
cli-import-nothing-new = Nothing new to add ({ $already } already here).
# $parts lists what would come in ("3 check-ins, 1 note").
cli-import-would-add = Would add { $parts } ({ $already } already here).
cli-import-checkins = { $count ->
        [one] { $count } check-in
       *[other] { $count } check-ins
    }
cli-import-moments = { $count ->
        [one] { $count } moment
       *[other] { $count } moments
    }
cli-import-notes = { $count ->
        [one] { $count } note
       *[other] { $count } notes
    }
cli-import-plans = { $count ->
        [one] { $count } plan
       *[other] { $count } plans
    }
cli-import-plan-days = { $count ->
        [one] { $count } logged day
       *[other] { $count } logged days
    }
cli-import-range = From { $from } to { $until }.
cli-import-left-out = Left out: { $line }
cli-import-dry-run-done = Nothing was imported (dry run).

## interlude sync
cli-sync-new-passphrase = A passphrase for sync (you'll type it on your other computer):{" "}
cli-sync-passphrase-again = The same again:{" "}
cli-sync-existing-passphrase = The journal's passphrase or recovery key:{" "}
cli-sync-passphrase-needed = Sync needs a passphrase: run the command in a terminal to type it, or set INTERLUDE_PASSPHRASE.
cli-sync-passphrases-differ = The two passphrases differ. Nothing was changed; please try again.
cli-sync-protected = This journal is now protected with the same passphrase.
cli-sync-protected-here = This computer's journal is now protected with the same passphrase.
cli-sync-stopped = This computer no longer syncs. The folder and your other computers are as they were.
cli-sync-report = Sent { $sent ->
        [one] { $sent } change
       *[other] { $sent } changes
    }, received { $received }, merged { $merged ->
        [one] { $merged } record
       *[other] { $merged } records
    }.
cli-sync-off = This journal doesn't sync. Start with: interlude sync start FOLDER
cli-sync-not-yet = not yet
cli-sync-folder = Folder: { $folder }
cli-sync-this-computer = This computer: { $name }
cli-sync-last-sent = Last sent: { $time }
cli-sync-last-received = Last received: { $time }
cli-sync-unnamed = A computer not yet named
cli-sync-computer = Computer: { $name }, last seen { $time }
cli-sync-computer-stale = Computer: { $name }, last seen { $time } (not seen for months: tidying no longer waits for it)
cli-sync-conflicts = { $count ->
        [one] { $count } entry was
       *[other] { $count } entries were
    } edited on two computers: open Interlude to choose which words to keep.
cli-sync-newer = Update Interlude on this computer to see { $count ->
        [one] { $count } newer change
       *[other] { $count } newer changes
    }.
cli-sync-problem-with = Problem with { $file }: { $message } { $advice }
cli-sync-problem = Problem: { $message } { $advice }

## The login keychain (src-tauri/cli/src/keychain.rs), for the app too.
cli-keychain-no-key = Your login keychain has no key for this journal. If the keychain was reset, or the journal came from another computer, the recovery key you wrote down opens it.
cli-keychain-wrong-key = The key your login keychain holds doesn't open this journal. Nothing was changed.

## interlude --help (src-tauri/cli/src/help.rs): each message says what the
## doc comment on the command or option says; a test keeps them equal.

cli-help-usage = Usage:
cli-help-command = COMMAND
cli-help-commands = Commands
cli-help-options = Options
cli-help-arguments = Arguments
cli-help-help = Print help
cli-help-help-command = Print this message or the help of the given subcommand(s)
cli-help-version = Print version
cli-help = A private companion for the week between two therapy sessions.
cli-help--data_dir = Where the journal lives (default: the system's data folder for Interlude)
cli-help--minimized = Start quietly in the tray, without opening a window (used when Interlude starts at login)
cli-help-note = Save a note in the journal: `interlude note "Slept well" --mood 7`
cli-help-note--text = The note's words (several arguments are joined with spaces)
cli-help-note--mood = How you feel, 1 (low) to 10 (good)
cli-help-note--tags = A tag; repeat for more than one
cli-help-note--private = Mark the note private: never in a brief or export unless included
cli-help-search = Search everything in the journal, best match first
cli-help-search--query = Words to find; "quoted words" match as a phrase, and the last word also matches as the start of a word
cli-help-search--limit = How many matches to print at most
cli-help-search--json = Print the matches as JSON
cli-help-brief = The session brief for your therapist: since your last session, or any dates
cli-help-brief--since = First day (YYYY-MM-DD); default: the day of your last session
cli-help-brief--until = Last day (YYYY-MM-DD); default: today
cli-help-brief--format = md (Markdown), html (a web page to print) or pdf
cli-help-brief--out = Write to FILE instead of printing (needed for pdf on a terminal)
cli-help-brief--include_private = Include entries marked private (left out by default)
cli-help-export = Write everything in the journal to a file (or the terminal)
cli-help-export--format = json (the whole journal) or fhir (completed PHQ-9 and GAD-7 as FHIR R4)
cli-help-export--out = Write to FILE instead of printing
cli-help-export--include_private = Include entries marked private (left out by default)
cli-help-import = Add the records from an export file, Interlude's or another app's; all or nothing
cli-help-import--file = The export file
cli-help-import--from = Which app made it
cli-help-import--dry_run = Show what would come in, and write nothing
cli-help-doctor = Check the journal's health; exits non-zero on a problem
cli-help-doctor--json = Print the report as JSON
cli-help-reminders = What reminders are coming, or what a recurrence rule gives
cli-help-reminders-next = The next reminders of everything scheduled, one per line
cli-help-reminders-next--count = How many
cli-help-reminders-next--from = Start looking from this moment (RFC 3339, e.g. 2027-03-13T12:00:00Z); default now
cli-help-reminders-next--tz = Time zone to read the schedule in (default: the system's)
cli-help-reminders-preview = The first instants of one RRULE, without storing anything
cli-help-reminders-preview--rule = The rule, e.g. FREQ=WEEKLY;BYDAY=TU
cli-help-reminders-preview--start = The first local date and time, e.g. 2027-03-13T02:30
cli-help-reminders-preview--tz = The IANA time zone, e.g. `America/New_York`
cli-help-reminders-preview--count = How many
cli-help-backup = The journal's backups: list them, make one, restore one
cli-help-backup-list = The backups kept, newest first: name, time (UTC), why, size
cli-help-backup-list--json = Print them as JSON
cli-help-backup-create = Make a backup now; it is checked before it counts
cli-help-backup-restore = Put a backup back: what is there now is backed up first, and a journal that can't be opened is set aside (never deleted)
cli-help-backup-restore--name = The backup's name, as `backup list` shows it
cli-help-sync = Sync across your computers through a folder Syncthing, Nextcloud, iCloud Drive, Dropbox or a USB stick carries
cli-help-sync-start = Start syncing this journal through FOLDER (a Syncthing, Nextcloud, iCloud Drive or Dropbox folder, or a USB stick)
cli-help-sync-start--keep_plain = A journal kept without a passphrase: leave it so (sync still asks for a passphrase of its own)
cli-help-sync-join = Join the journal in FOLDER with its passphrase or recovery key (typed at the terminal, or from INTERLUDE_PASSPHRASE)
cli-help-sync-join--keep_plain = Leave this computer's journal without a passphrase
cli-help-sync-status = How sync stands: the folder, the other computers, any problem
cli-help-sync-status--json = Print it as JSON
cli-help-sync-now = Send what changed here and merge what arrived, then exit
cli-help-sync-stop = Stop syncing on this computer (the folder and the other computers are left as they are)
cli-help-homework = For therapists: write a homework file for a client, or check one
cli-help-homework-new = Write a homework file, answering a few questions
cli-help-homework-new--file = Where to save it, e.g. homework.json
cli-help-homework-check = Check a homework file as the app would, and list what it holds
cli-help-homework-check--file = The homework file

## interlude homework (cli/src/homework.rs)

# $file: a path.
cli-homework-unreadable = Couldn't read { $file }
cli-homework-input-failed = Couldn't read what was typed
cli-homework-stopped = Stopped before the end; nothing was written.
# $file: the file's name; $from: who it is from; $note: yes or no; $count: items.
cli-homework-summary = { $file } is a homework file from { $from }, with { $note ->
    [yes] a note and
   *[no] no note and
  } { $count ->
    [one] 1 item
   *[other] { $count } items
  }.
cli-homework-summary-unsigned = { $file } is an unsigned homework file, with { $note ->
    [yes] a note and
   *[no] no note and
  } { $count ->
    [one] 1 item
   *[other] { $count } items
  }.
cli-homework-kind-plan = plan
cli-homework-kind-practice = guided practice
cli-homework-kind-questionnaire = questionnaire
cli-homework-kind-experiment = experiment
cli-homework-kind-question = question for after each session
cli-homework-intro = A homework file for your client. Interlude checks each item with the app's own rules as you go; your client chooses what to add.
cli-homework-ask-from = Who is it from, as you sign it?
cli-homework-ask-note = A note for your client (lines until an empty one; an empty line now for none):
cli-homework-ask-kind = Add [p] a plan, [g] a guided practice, [e] an experiment, [q] a questionnaire, [r] a question to ask after each session, or press Enter to finish:
cli-homework-ask-question = The question to ask after each session:
cli-homework-ask-measure = Which questionnaire? [1] the PHQ-9 (mood), [2] the GAD-7 (anxiety):
cli-homework-ask-when = When? [s] before each session (Enter), [w] once a week:
cli-homework-ask-action = The plan's action ("I will …"):
cli-homework-ask-practice = Which practice? [1] box breathing, [2] 4-7-8 breathing, [3] a three-minute breathing space, [4] grounding, [5] a self-compassion break:
cli-homework-ask-frequency = How often? [d] every day (Enter), [w] on some weekdays, [n] a number of days a week, [t] a number of times a day:
cli-homework-ask-days = Which days? 1 is Monday, 7 is Sunday (e.g. 1 3 5):
cli-homework-ask-per-week = How many days a week (1–7)?
cli-homework-ask-per-day = How many times a day (2–12)?
cli-homework-ask-cue = The cue ("After I …"), or Enter for none:
cli-homework-ask-time = Usually at what time (like 08:45), or Enter for none:
cli-homework-ask-prediction = The prediction to test, in your client's words:
cli-homework-ask-test = The experiment (what, when, where), or Enter to leave it to your client:
cli-homework-ask-safety = Safety behaviours to drop, or Enter for none:
cli-homework-ask-expected = What your client expects to happen, or Enter:
cli-homework-not-understood = That isn't one of the choices; try again.
# $detail: why the item can't be kept, in the app's words.
cli-homework-item-refused = That item can't go in as it is ({ $detail }). Add it again, changed.
# $file: a path.
cli-homework-saved = Saved to { $file }.
cli-homework-practice-box = practise box breathing
cli-homework-practice-478 = practise 4-7-8 breathing
cli-homework-practice-space = take a three-minute breathing space
cli-homework-practice-grounding = practise grounding
cli-homework-practice-compassion = take a self-compassion break
