### English: errors-other (see src-tauri/core/src/i18n.rs): imports and
### exports (src-tauri/core/src/interchange/), questionnaires, the safety
### plan, preferences, and the desktop shell (src-tauri/src/).

## Importing a file (src-tauri/core/src/interchange/import/, transfer/).
## A refusal names the place in the file and the field, never what was
## written there.

# $place names where in the file ("daylio.csv, line 14"); $problem is one of
# the messages below that read as the rest of the sentence ("is empty").
error-import-refused = { $place } { $problem }. Nothing was imported.
# $field is the other app's own field name, as written in its file.
error-import-field-refused = { $place }, "{ $field }": { $problem }. Nothing was imported.
error-import-place-line = { $file }, line { $line }
error-import-place-entry = { $file }, entry { $number }
error-import-place-thought = { $file }, thought { $number }
# $part is one of the record names below ("Plan").
error-import-place-record = { $part } { $number }
error-import-place-in-file = { $part } { $number } in the file
error-import-safety-plan-in-file = The safety plan in the file
# A file whose name isn't known.
error-import-the-file = The file
error-import-this-file = This file
error-import-part-reflection = Reflection
error-import-part-plan = Plan
error-import-part-break = Self-compassion break
error-import-part-moment = Moment
error-import-part-checkin = Check-in
error-import-part-note = Note
error-import-part-measure = Questionnaire
error-import-part-experiment = Experiment
error-import-part-value = Value
error-import-part-activity = Activity
# $file is a file name or “The file”; $max is a number of megabytes.
error-import-too-large = { $file } is larger than { $max } MB, too large to import. Nothing was imported.
# $name is what was typed; the words before it are the command line's own.
error-import-unknown-source = Interlude can import from daylio, loop, jrnl, dayone and freecbt; "{ $name }" isn't one of them.

# What a file should have been, for error-import-not-export.
error-import-export-daylio = a Daylio CSV export
error-import-export-loop = a Loop Habit Tracker CSV export (a .zip file)
error-import-export-jrnl = a jrnl JSON export
error-import-export-dayone = a Day One JSON export
error-import-export-freecbt = a FreeCBT JSON export
# $export is one of the above; $why says what the file is instead.
error-import-not-export = isn't { $export }: { $why }
# $kind is one of the error-import-kind-* below.
error-import-it-is = it is { $kind }
error-import-kind-png = a PNG image
error-import-kind-jpeg = a JPEG image
error-import-kind-gif = a GIF image
error-import-kind-pdf = a PDF document
error-import-kind-database = a database file
error-import-kind-zip = a zip archive
error-import-kind-gzip = a compressed (gzip) file

# The rest of a sentence that starts with a place (error-import-refused) or
# a field (error-import-field-refused).
error-import-empty = is empty
error-import-utf16 = was saved as UTF-16 text (a spreadsheet program may have re-saved it); export it again from the app and import that file as it is
error-import-not-utf8 = it isn't UTF-8 text (byte { $byte } can't be read)
error-import-cut-short = ends in the middle (line { $line }), so it looks cut short; export it again
error-import-bad-json = it isn't readable JSON (line { $line }, column { $column })
error-import-not-object-with-fields = isn't an object with fields
error-import-should-be-text = should be text
error-import-missing = is missing
error-import-should-be-flag = should be true or false
error-import-should-be-texts = should be a list of texts
error-import-should-be-list = should be a list
error-import-not-moment = isn't a date and time like 2026-11-20T08:00:00Z
error-import-not-date = isn't a date like 2026-11-20
# Older Daylio exports write the day with an English month name.
error-import-not-day-and-month = isn't a date like 20 November
error-import-not-time-of-day = isn't a time like 20:30 or 8:30 pm
error-import-not-time = isn't a time like 08:30
error-import-not-whole-number = isn't a whole number
error-import-not-number = isn't a number
error-import-csv-unclosed-quote = has a quoted field that is never closed, so the file looks cut short or damaged
error-import-csv-after-quote = has text right after a closing quote ("), so its quoting is damaged

## Daylio, jrnl, Day One, FreeCBT, zip archives, Loop Habit Tracker. Menu
## paths are those of the other app.

error-import-daylio-zip = it is a zip archive (perhaps Daylio's backup, which Interlude can't read). In Daylio choose More → Export entries → CSV
error-import-daylio-json = it is a JSON file, not CSV
error-import-daylio-columns = its first line should name Daylio's columns full_date, date, weekday, time, mood, activities, note_title and note
error-import-daylio-mood = isn't one of Daylio's five standard moods (rad, good, meh, bad, awful). The export doesn't say where a renamed or added mood sits on the scale, so Interlude won't guess: give it its standard name in Daylio's mood settings and export again
error-import-jrnl-not-object = it should be an object with an "entries" list, and it starts with something else
error-import-jrnl-interlude = it is an Interlude export, so import it as one
error-import-jrnl-day-one = it looks like a Day One export
error-import-jrnl-entries-not-list = its "entries" isn't a list
error-import-jrnl-no-entries = it has no "entries" list
error-import-dayone-no-journal = the archive holds no journal (.json) file; in Day One export as JSON (.zip)
error-import-dayone-no-entries = it has no "entries" list like Day One's journal files
error-import-dayone-no-dates = its entries have no "creationDate" like Day One's
error-import-freecbt-backup-code = it is FreeCBT's backup code, which is compressed; export as JSON from FreeCBT's Export screen and import that file
error-import-freecbt-no-thoughts = it has no "thoughts" list like FreeCBT's exports
error-import-freecbt-not-list = it should be a list of thoughts
error-import-freecbt-thought-empty = thought { $number } has no "automaticThought" or "cognitiveDistortions"
error-import-freecbt-no-slug = has a distortion without a "slug"
error-import-freecbt-not-names = should list distortions by name
# $name is the distortion's name as the file writes it.
error-import-freecbt-unknown = has "{ $name }", which isn't one of FreeCBT's twelve distortions
error-import-zip-password = is password-protected; export it again without a password
# $method is the zip format's number for the compression.
error-import-zip-method = is compressed in a way Interlude can't read (method { $method }); only stored and deflated members are supported
error-import-zip-too-large = is too large to import
error-import-zip-checksum = is damaged: its content can't be read or doesn't match its checksum. Export it again
error-import-zip-size = is damaged: its content doesn't match its recorded size. Export it again
error-import-zip-unsupported = is compressed in a way Interlude can't read; only stored and deflated members are supported
error-import-zip-damaged = is an incomplete zip archive (or a damaged one), so it was probably cut short while copying. Export it again
error-import-loop-no-habits = the archive has no Habits.csv; in Loop choose Settings → Export as CSV
error-import-loop-columns = its Habits.csv doesn't have Loop's columns (Position, Name, …)
error-import-loop-backup = it is Loop's full backup (a database); choose Settings → Export as CSV instead
error-import-loop-habits-csv = it is the Habits.csv from inside Loop's export; import the whole .zip Loop made
error-import-loop-checkmarks-csv = it is a Checkmarks.csv from inside Loop's export; import the whole .zip Loop made
error-import-loop-not-zip = it isn't a zip archive; in Loop choose Settings → Export as CSV
error-import-loop-value = isn't one of Loop's values (YES_MANUAL, YES_AUTO, NO, SKIP, UNKNOWN, or a number)
error-import-loop-no-dates = has no dates anywhere in the export, so Interlude can't tell when the habit started

## Interlude's own export files.

error-import-bad-uid = { $place } has an id ("uid") that isn't valid. Nothing was imported.
# $detail is the app's own message about the record (a whole sentence).
error-import-record-refused = { $place }: { $detail } Nothing was imported.
# $day is a date like 2026-11-20.
error-import-plan-day = { $place } has a day ({ $day }) that doesn't fit the plan. Nothing was imported.
error-import-not-json = This file isn't readable JSON (line { $line }, column { $column }), so it can't be an Interlude export. Nothing was imported.
error-import-not-object = This file isn't an Interlude export (it should start with '{ "{" }'). Nothing was imported.
# $format is the word every export file starts with; keep the quotes as JSON writes them.
error-import-no-format = This file isn't an Interlude export (it has no "format": "{ $format }"). Nothing was imported.
error-import-newer-version = This export was made by a newer Interlude (format version { $found }; this one reads up to { $supported }). Nothing was imported — please update Interlude first.
error-import-no-version = This export has no version Interlude knows. Nothing was imported.
# $part is a key of the file, as written there.
error-import-unknown-part = This export has a part ("{ $part }") this version doesn't know. Nothing was imported.
error-import-no-reflections = This export has no list of reflections. Nothing was imported.
error-import-part-not-list = The "{ $part }" part of this export isn't a list. Nothing was imported.
# $detail is the JSON reader's own words (English).
error-import-unreadable = { $place } can't be read: { $detail }. Nothing was imported.
error-export-write = couldn't write the export: { $detail }

## The import preview: what doesn't come across, and a few newest records.

import-left-out-activities = { $count ->
    [one] 1 activity past the 20 tags an entry can carry
   *[other] { $count } activities past the 20 tags an entry can carry
}
import-left-out-tags = { $count ->
    [one] 1 tag past the 20 an entry can carry
   *[other] { $count } tags past the 20 an entry can carry
}
import-left-out-attachments = { $count ->
    [one] 1 photo or other attachment — Interlude keeps the words only
   *[other] { $count } photos and other attachments — Interlude keeps the words only
}
import-left-out-places = { $count ->
    [one] 1 place or weather record
   *[other] { $count } places and weather records
}
import-left-out-wordless-entries = { $count ->
    [one] 1 entry with no words (only photos, or nothing) — not imported
   *[other] { $count } entries with no words (only photos, or nothing) — not imported
}
import-left-out-empty-thoughts = { $count ->
    [one] 1 empty thought record — not imported
   *[other] { $count } empty thought records — not imported
}
import-left-out-unmarked-notes = { $count ->
    [one] 1 note on a day Loop has no mark for
   *[other] { $count } notes on days Loop has no mark for
}
import-left-out-loop-extras = Loop's scores, colours, reminders, and each habit's question and description
# $day is a date like 2026-11-20; $mood a number from 1 to 10; $text and
# $action the start of what the person wrote.
import-sample-checkin = { $day } · Check-in · mood { $mood }
import-sample-note = { $day } · Note · { $text }
import-sample-moment = { $day } · Moment · { $text }
import-sample-plan = { $day } · Plan · { $action } · { $count ->
    [one] { $count } day logged
   *[other] { $count } days logged
}

## Questionnaires (src-tauri/core/src/therapy/measures.rs)

# $title is PHQ-9 or GAD-7.
error-therapy-answer-count = The { $title } has { $questions } questions, but { $count } answers came.
error-therapy-answer-range = Question { $number } can be answered 0 to 3, so { $answer } can't be saved.
error-therapy-difficulty-range = The last question can be answered 0 to 3, so { $answer } can't be saved.
error-therapy-keep-answers = couldn't keep the answers: { $detail }
error-therapy-measure-gone = That questionnaire isn't here any more — it may have been deleted.
error-therapy-measure-deleted = That questionnaire isn't here any more.
# The FHIR export (therapy/fhir.rs) with no completed questionnaire yet.
error-fhir-nothing = There's no completed PHQ-9 or GAD-7 to export yet. Once you've filled one in, it can go to your clinic's record system from here.

## The safety plan (src-tauri/core/src/safety/)

# $region is what was sent, cut to 20 characters.
error-safety-unknown-region = "{ $region }" isn't a country Interlude knows. Please pick one from the list.
# $section is a section's title (safety.ftl).
error-safety-too-many-lines = { $section } can hold up to { $max } lines; this has { $count }.
# $start is the first 20 characters of the line.
error-safety-line-too-long = A line in { $section } is longer than { $max } characters ("{ $start }…").
# $field is one of the error-safety-contact-* and error-safety-line-* below.
error-safety-text-too-long = { $field } is longer than { $max } characters.
error-safety-contact-name = A contact's name
error-safety-contact-number = A contact's number
error-safety-contact-note = A contact's note
error-safety-line-name = A crisis line's name
error-safety-line-number = A crisis line's number
error-safety-line-note = A crisis line's note
error-safety-unknown-section = "{ $section }" isn't a section of the safety plan.
error-safety-too-many-contacts = The plan can hold up to { $max } contacts and { $max } crisis lines.
error-safety-unreadable = The saved safety plan can't be read: { $detail }
error-safety-copy-plan = couldn't copy the plan: { $detail }
error-safety-keep-plan = couldn't keep the plan: { $detail }
error-safety-remove-copy = Couldn't remove the lock screen's copy of your safety plan

## Preferences (src-tauri/core/src/preferences.rs)

error-prefs-bad-name = "{ $name }" isn't the name of a preference.
error-prefs-too-long = That preference is too long to keep.

## The desktop app (src-tauri/src/)

# $command and $key name the request; $why is the reader's own words.
error-desktop-bad-request = Interlude got a request it couldn't read ({ $command }: "{ $key }" — { $why }). Nothing was changed.
error-desktop-not-named-values = the request wasn't a set of named values
error-desktop-settings = Your settings couldn't be read or saved. ({ $detail })
# $language is what was asked for.
error-desktop-unknown-language = Interlude isn't translated into "{ $language }". Choose a language from the list.
error-desktop-auto-lock = Auto-lock can be never, or after 5, 10, 15, 30 or 60 minutes.
# $window is error-desktop-window-main or -reflection.
error-desktop-window = Interlude couldn't open { $window }. ({ $detail })
error-desktop-window-main = the main window
error-desktop-window-reflection = the reflection window
error-desktop-main-window-missing = The main window is missing from the app's setup.
error-desktop-close-choice = Choose to keep Interlude running or to quit it.
error-desktop-autostart-unavailable = Starting at login isn't available here.
error-desktop-autostart = Interlude couldn't change starting at login. ({ $detail })
error-desktop-import-not-a-file = The file didn't arrive as a file. Please pick it again; nothing was imported.
error-desktop-import-source = Interlude couldn't tell which app the file comes from. Nothing was imported.
error-desktop-reminder-gone = That reminder isn't waiting any more.
error-desktop-type-a-passphrase = Please type a passphrase.
error-desktop-type-your-passphrase = Please type your passphrase.
error-desktop-type-current-passphrase = Please type your current passphrase first.
# $file is the name of the file that says how the journal's key is kept.
error-desktop-key-settings-missing = { $file } is missing
error-desktop-opens-with-login = This journal opens with your login, not a passphrase.
error-desktop-opens-with-passphrase = This journal opens with its passphrase.
error-desktop-no-recovery-key = This journal isn't encrypted, so it has no recovery key.
error-desktop-recovery-key-for-login = A recovery key is for a journal your login keeps; this one opens with its passphrase.
error-desktop-recovery-key-open-already = The journal is open already; the recovery key is for when your login can't open it.
error-desktop-recovery-key-passphrase = This journal opens with its passphrase, not a recovery key.
error-desktop-recovery-key-wrong = That recovery key doesn't open this journal. Nothing was changed; please check it and try again.
# $detail is the keychain's error, in words.
error-desktop-keychain-not-kept = Your journal is open, but the keychain couldn't keep its key, so the recovery key will be needed again next time. ({ $detail })
error-desktop-nothing-to-lock-with = Protect the journal first: without a passphrase or your login there is nothing to lock with.
error-desktop-passphrase-too-short = Please use at least { $min } characters.
error-desktop-already-set-up = This journal has already been set up. How it is kept can be changed in Settings.
error-desktop-already-login = This journal already opens with your login.
error-desktop-previous-copy-kept = A copy of the journal from the last change is still kept. Remove it in Settings before changing how the journal is kept again.
error-desktop-choose-keeper = Choose a passphrase or your login to keep the key.
# Shown inside error-storage's parentheses.
error-desktop-key-change-unfinished = your journal now opens with its new key, but Interlude couldn't finish writing how it is kept
error-desktop-old-copy-needs-open = The old copy can be removed once your journal is open.
# A sync folder on a USB stick or drive; $name is the drive's own name.
desktop-sync-drive = Drive “{ $name }”

## A therapist's homework file (interchange/homework)

# $file: the file's name; $line: a line number; $detail: what is wrong.
error-homework-refused-line = { $file }, line { $line }: { $detail }
error-homework-refused = { $file }: { $detail }
# $max: kilobytes.
error-homework-too-large = A homework file can be up to { $max } KB; this one is larger.
error-homework-not-homework = This isn't an Interlude homework file (its "format" isn't "interlude-homework").
error-homework-newer = This homework file was written for a newer Interlude. Updating Interlude will let you open it.
# $max: a number.
error-homework-too-many = A homework file can hold up to { $max } items.
# $item: the item's id; $detail: what is wrong with it.
error-homework-item = the item "{ $item }": { $detail }
error-homework-bad-version = This homework file has no version Interlude knows ("version" should be 1).
error-homework-bad-file-id = The file's "id" needs 1 to { $max } characters, with no line breaks or other control characters.
error-measure-request-not-found = That questionnaire request isn't here any more.
error-homework-same-id = another item already has this id; each needs its own.
error-homework-bad-id = its "id" needs 1 to { $max } characters, with no line breaks or other control characters.
error-homework-unknown-item = The homework file has no item "{ $item }". Open the file again to see what it holds.
# In error-journal-text-too-long.
error-homework-label-from = Who it is from
error-homework-label-note = The note
# The therapist's note, kept as a journal note. $from: who it is from, as
# signed; $note: the note.
homework-note-from = From { $from }: { $note }
homework-note-unsigned = From my therapist: { $note }
# A questionnaire asked for in a homework file. $measure: phq9 or gad7;
# $when: beforeEachSession or weekly.
homework-questionnaire-title = { $measure ->
    [phq9] The PHQ-9 (mood)
   *[gad7] The GAD-7 (anxiety)
  }, { $when ->
    [weekly] once a week
   *[beforeEachSession] before each session
  }
