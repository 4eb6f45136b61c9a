### English: errors-storage (see src-tauri/core/src/i18n.rs): the words of the
### journal's storage (src-tauri/core/src/storage/) and of sync
### (src-tauri/core/src/sync/). $path is a file or folder on this computer;
### $detail is the system's, SQLite's or another error's own words, kept for
### whoever helps the person. Messages starting “Couldn't …” are followed by
### the system's words in parentheses.

## Backups (storage/backup.rs)

error-storage-backups-folder-unreadable = Couldn't read the backups folder
# $name: a backup's file name, e.g. interlude-20261128-090507-daily.db
error-storage-no-such-backup = There's no backup called "{ $name }".
# Shown in parentheses after error-corrupt. $detail: SQLite's words.
error-storage-backup-failed-check = the backup failed its check: { $detail }
error-storage-no-backup-folder = This journal has no folder to keep backups in.
error-storage-backup-not-kept = Couldn't keep the backup
# Shown in parentheses after error-storage.
error-storage-backup-vanished = the new backup vanished
error-storage-no-backups = This journal has no backups.
error-storage-old-backup-not-removed = Couldn't remove an old backup
# Putting a backup in place of a journal that can't be opened: the damaged
# file is renamed and kept, never deleted.
error-storage-damaged-not-set-aside = Couldn't set the damaged journal aside
error-storage-backup-not-put-in-place = Couldn't put the backup in place

## Opening the journal (storage/db.rs)

error-storage-not-encrypted-yet = This journal isn't encrypted yet; it opens without a passphrase.
error-storage-folder-not-created = Couldn't create the folder { $path }

## `interlude doctor` and the background check (storage/doctor.rs): the
## problems found, shown under “What was found”.

# $line: SQLite's own words.
error-storage-doctor-integrity = integrity: { $line }
# $table: a table's name in the database; $row: a row's number.
error-storage-doctor-missing-reference = a row in { $table } (#{ $row }) points at something missing
error-storage-doctor-search-index = search index: { $detail }
# $found: the journal's data version; $supported: the one this version uses.
error-storage-doctor-schema-version = schema version { $found }, expected { $supported }

## Encrypting the journal and changing its key (storage/encryption.rs,
## storage/key.rs, storage/keyfiles.rs). Read at an anxious moment: the
## journal is always safe, and the words should say so plainly.

error-storage-journal-file-unreadable = Couldn't read the journal file
error-storage-previous-copy-kept-encryption = A copy of the journal from the last change is still kept. Remove it in Settings before changing encryption again.
error-storage-journal-open-elsewhere = The journal is still open somewhere else. Close Interlude and try again.
# Shown in parentheses after error-storage.
error-storage-reencrypted-copy-mismatch = the re-encrypted copy didn't match the journal, so nothing was changed
error-storage-old-journal-not-set-aside = Couldn't set the old journal aside
error-storage-new-journal-not-put-in-place = Couldn't put the new journal in place
error-storage-backup-not-replaced = Couldn't replace a backup
error-storage-journal-not-restored = Couldn't restore the journal
error-storage-data-folder-name-unusable = The data folder's name can't be used here.
# Shown in parentheses after error-storage.
error-storage-keyed-statement-failed = a statement that carried the key failed
error-storage-not-removed = Couldn't remove { $path }

## Writing files (storage/files.rs): exports, briefs, settings.

error-storage-not-written = Couldn't write { $path }

## The journal's key and its settings (storage/key.rs, storage/keyfiles.rs).

error-storage-type-passphrase = Please type a passphrase.
# $detail: the key derivation library's words.
error-storage-key-settings-unusable = The key settings can't be used: { $detail }
error-storage-stored-key-invalid = The stored key is not a key.
# $detail: one of the error-storage-recovery-key-… messages below.
error-storage-not-a-recovery-key = That isn't a recovery key: { $detail }
# $letter: the character the person typed.
error-storage-recovery-key-bad-letter = "{ $letter }" is not one of its letters.
# $count: how many letters and digits the person typed.
error-storage-recovery-key-length = it has 52 letters and digits, and this has { $count }.
error-storage-recovery-key-last-character = its last character can't end a key.
error-storage-recovery-key-incomplete = it doesn't hold a whole key.
# $memory: MiB; $passes and $lanes: numbers (Argon2id's settings).
error-storage-kdf-limits = The journal's key settings ask for { $memory } MiB of memory, { $passes } passes and { $lanes } lanes, more than Interlude allows (1 GiB, 10 passes, 16 lanes). The file may be damaged; nothing was changed.
# $name: the name of a key derivation method, e.g. scrypt.
error-storage-kdf-unknown = This journal's key uses "{ $name }", which this version of Interlude doesn't know.
error-storage-kdf-no-salt = The key settings file has no usable salt.
error-storage-key-settings-unreadable = Couldn't read the journal's key settings
# Shown in parentheses after error-corrupt. $file: a file name, e.g. interlude.kdf.json.
error-storage-settings-file-unreadable = { $file } can't be read: { $detail }
# $name: what keeps the key, as the settings file names it.
error-storage-keeper-unknown = This journal's key is kept by "{ $name }", which this version of Interlude doesn't know.
# Shown in parentheses after error-storage.
error-storage-key-settings-not-written = couldn't write the key settings: { $detail }
# Shown in parentheses after error-storage.
error-storage-no-random = no random numbers from the system: { $detail }

# After a journal was protected for the first time. $count: how many older
# backups are still unprotected (at least 1); $detail: why the first one
# couldn't be moved. “the backups folder” is the folder named “backups”.
error-storage-key-change-left-unprotected = { $count ->
    [one] Your journal is protected now. { $count } older backup couldn't be moved under its key ({ $detail }) and is still unprotected, in the backups folder beside the journal. A fresh, protected backup has been made; the older one can be deleted from that folder once you no longer need it.
   *[other] Your journal is protected now. { $count } older backups couldn't be moved under its key ({ $detail }) and are still unprotected, in the backups folder beside the journal. A fresh, protected backup has been made; the older ones can be deleted from that folder once you no longer need them.
}
# After a change of key. $count: how many older backups stayed under the old
# key (at least 1); $detail: why the first one couldn't be moved.
error-storage-key-change-left-under-old-key = { $count ->
    [one] Your journal now opens with its new key. { $count } older backup couldn't be moved to it ({ $detail }) and is kept as it was: it opens with the old key, together with the old copy. A fresh backup under the new key is the one to rely on now.
   *[other] Your journal now opens with its new key. { $count } older backups couldn't be moved to it ({ $detail }) and are kept as they were: they open with the old key, together with the old copy. A fresh backup under the new key is the one to rely on now.
}
# Shown in parentheses after error-corrupt. $file: interlude.kdf.json.
error-storage-settings-missing = { $file } is missing
error-storage-change-not-finished = Couldn't finish changing how the journal is kept
error-storage-previous-copy-kept = A copy of the journal from the last change is still kept. Remove it in Settings before changing how the journal is kept again.
error-storage-change-pending = Interlude is still finishing the last change to how the journal is kept. Close and reopen Interlude, then try again.

## Sync (src-tauri/core/src/sync/). Problems come in pairs: what happened
## (…) and what to do (…-advice), shown together in Settings.

# Shown in parentheses after error-storage.
error-sync-key-damaged = the sync key kept here is damaged
# Shown in parentheses after error-storage.
error-sync-not-sealed = couldn't seal a sync file

error-sync-file-incomplete = This file hasn't fully arrived yet, or was cut short.
error-sync-file-incomplete-advice = Nothing to do: it is read again as soon as it changes.
error-sync-file-other-journal = This file belongs to another journal.
error-sync-file-other-journal-advice = It was left where it is and not read. If two journals share this folder, give each its own folder.
error-sync-file-damaged = This file is damaged or was changed after it was written, so it was not read.
error-sync-file-damaged-advice = Nothing was merged from it. If it came from one of your computers, syncing from that computer again writes what it holds anew.
error-sync-file-newer = This file was written by a newer version of Interlude.
error-sync-file-newer-advice = Update Interlude on this computer to read it.
error-sync-path-unreadable = Couldn't read { $path }
error-sync-not-a-folder-file = { $path } isn't an Interlude sync folder's file. Nothing was changed.
error-sync-folder-newer = This folder was set up by a newer version of Interlude. Update Interlude on this computer to join it.
error-sync-folder-not-made = Couldn't make the folder { $path }
error-sync-folder-unreadable = Couldn't read the sync folder { $path }
# Shown in parentheses after error-storage.
error-sync-file-not-written = couldn't write a sync file: { $detail }
# $stamp: a change's stamp as the file has it (digits, dots, hex).
error-sync-bad-stamp = "{ $stamp }" is not a change stamp.

# Shown in parentheses after error-storage.
error-sync-settings-damaged = the sync settings kept here are damaged
error-sync-not-syncing = This journal doesn't sync yet. Start syncing or join a journal in a folder first.
error-sync-already-syncing = This journal already syncs through { $path }.
error-sync-no-folder = There is no folder at { $path }. Choose a folder that exists (a Syncthing or Nextcloud folder, say, or a USB stick).
# “Join the journal in this folder” is the button settings-sync-join (ui/locales).
error-sync-folder-has-journal = { $path } already holds a journal. To bring it to this computer, choose "Join the journal in this folder" instead.
error-sync-needs-passphrase = This journal has no passphrase, and sync never puts anything in the folder unprotected. Choose a passphrase for sync; you'll type it again on your other computer.
# “Start syncing this journal” is the button settings-sync-start (ui/locales).
error-sync-no-journal-in-folder = There is no Interlude journal in { $path } yet. On the computer that has your journal, choose "Start syncing this journal" with this folder first, and wait for the folder to arrive here.
error-sync-engine-copy = A copy the sync program made of one of Interlude's files; Interlude never reads it.
error-sync-engine-copy-advice = Nothing was lost. It can be deleted.
error-sync-folder-missing = The sync folder isn't there: { $path }.
error-sync-folder-missing-advice = If it is on a USB stick or a drive, plug it in. Your changes are kept here and sent when the folder is back.
# $name: the name the person gave this computer.
error-sync-this-computer = { $name } (this computer)
error-sync-another-computer = Another computer
error-sync-already-settled = This was already settled; there is only one version now.
error-sync-version-gone = That version is no longer there.
error-sync-type-secret = Please type the journal's passphrase or its recovery key.
error-sync-files-not-arrived = The journal's files haven't fully arrived in this folder yet. Wait for the sync program to finish, then try again.
error-sync-disk-full = The disk holding the sync folder is full, so this computer's changes couldn't be sent.
error-sync-disk-full-advice = Free some space there. Your changes are safe in the journal here and are sent at the next sync.
# $detail: the error's own words.
error-sync-not-sent = This computer's changes couldn't be written to the sync folder. ({ $detail })
error-sync-not-sent-advice = Check that the folder is there and can be written to. Your changes are safe in the journal here and are sent at the next sync.

# What a field edited on two computers belongs to, when it has no title of
# its own (Settings, “Edited on two computers”).
error-sync-title-plan = A plan
error-sync-title-compassion-break = A self-compassion break
error-sync-title-record = A record
error-sync-title-entry = An entry

# The name of a field edited on two computers (Settings, “Edited on two
# computers”), by the kind of entry it is in.
error-sync-field-takeaway = What I want to remember
error-sync-field-difficult = What was difficult or surprising
error-sync-field-focus = What I'll focus on this week
error-sync-field-feeling-note = How I'm feeling
error-sync-field-situation = What happened
error-sync-field-body = In my body
error-sync-field-self-talk = What I told myself
error-sync-field-did = What I did
error-sync-field-friend = What I'd say to a friend
error-sync-field-evidence-for = What supports the thought
error-sync-field-evidence-against = What doesn't fit the thought
error-sync-field-balanced = A more balanced thought
error-sync-field-note = Note
error-sync-field-note-text = What I wrote
error-sync-field-plan-action = The plan
error-sync-field-plan-cue = When and where
error-sync-field-plan-day-reason = What got in the way
error-sync-field-mindfulness = This is a moment of suffering
error-sync-field-humanity = Suffering is part of life
error-sync-field-kindness = May I be kind to myself
error-sync-field-experiment-prediction = The prediction I'm testing
error-sync-field-experiment-test = The experiment
error-sync-field-experiment-safety = Safety behaviours to drop
error-sync-field-experiment-expected = What I expect
error-sync-field-experiment-happened = What happened
error-sync-field-experiment-learned = What I learned
error-sync-field-experiment-obstacles = What got in the way
error-sync-field-value-words = A value
error-sync-field-activity-what = An activity
error-sync-field-activity-note = How an activity went
error-sync-field-text = Text

# A change from another computer that can't be written here (records.rs,
# store.rs). $key, $field and $kind are the sync format's own names
# (e.g. “moment”, “feelings”), not words for people.
error-sync-bad-plan-day = "{ $key }" doesn't name a plan's day.
error-sync-field-malformed = The { $field } of a { $kind } is not in the expected form.
error-sync-fields-malformed = The { $field } of a { $kind } are not in the expected form.
error-sync-field-missing = A { $kind } arrived without its { $field }.
error-sync-list-not-value = A change holds a list where a single value belongs.
error-sync-change-unreadable = a change in it can't be read
