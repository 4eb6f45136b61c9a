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
