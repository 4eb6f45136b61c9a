### English: the safety area of the UI (see ui/lib/i18n.js).
### The crisis help, the safety plan, the lock screen, the first run and
### the reflection window's locked note. A person in crisis may be reading
### these: plain, calm and direct. Crisis lines (names, numbers, hours,
### notes) and country names come from the backend, never from here.

## Crisis help: the "Need help now?" panel (ui/components/crisis-help.js),
## on the lock screen, the first run and beside a damaged journal.

# The button that opens the crisis lines in place.
safety-help-button = Need help now?
safety-help-title = Need to talk to someone now?
safety-help-lede = You don’t have to wait for your next session. Someone is there to listen.
# Shown when Interlude doesn't know the country, above the country picker.
safety-ask-region = Where are you? Interlude will show the lines for that country.
safety-help-source = These lines come from Interlude’s own list, not from your journal, so they show without unlocking.
safety-help-close = Close
# $region: the country's name (no article), from Interlude's list. A small
# "change" button follows it.
safety-help-region = Crisis lines for { $region }
# The small button after "Crisis lines for …" that opens the country picker;
# .aria-label is what a screen reader says for it.
safety-help-change = change
    .aria-label = Change the country (now { $region })
# Said (to screen readers too) after a country is chosen.
safety-help-showing = Showing the lines for { $region }.
safety-help-finding = Finding the lines for where you are…
safety-help-unreachable = Interlude couldn’t reach its list of crisis lines just now. These work in many places:

# $number: the emergency number (such as 112), shown large and selectable.
# Keep it in the sentence; it is drawn as its own element.
safety-danger-call = If you’re in danger right now, call { $number }.
# Shown only when the backend can't be reached (its own copy is used otherwise).
safety-fallback-note = 112 reaches emergency services from a mobile phone in many countries, including all of the EU.
# $directory: a web address (findahelpline.com), shown large as text to type.
safety-fallback-directory = To find a crisis line where you are: { $directory }
safety-fallback-directory-note = A free directory of crisis lines for most countries. Type the address into a web browser.

## How a crisis line can be reached, before its hours ("Call or text · 24/7").
## The first letter of the joined words is made upper case.

safety-way-call = call
safety-way-text = text
safety-way-chat = chat online
# $others: the earlier ways, joined with ", "; $last: the last way.
safety-ways-or = { $others } or { $last }

## Where the country in force comes from (Settings). $region: the country's
## name, no article.

safety-region-unknown = Interlude can’t tell where you are from this computer, so it shows numbers that work in many countries. Choose your country to see its crisis lines.
safety-region-chosen = Showing the crisis lines for { $region }, as you chose.
safety-region-time-zone = Automatic: { $region }, going by this computer’s time zone.
safety-region-locale = Automatic: { $region }, going by this computer’s language settings.
# INTERLUDE_REGION is a setting's name: keep it as it is.
safety-region-environment = { $region }, as set by INTERLUDE_REGION on this computer.
safety-region-default = Showing the crisis lines for { $region }.

## The country picker (crisis help, the safety plan, Settings)

safety-country-label = Country
# The first choice in Settings: let Interlude work the country out.
safety-country-automatic = Automatic
safety-country-choose = Choose a country…

## The copy of the person's own safety plan kept for the lock screen

safety-plan-copy-title = Your safety plan
safety-plan-copy-note = This is the copy of your safety plan you chose to keep for the lock screen.
safety-plan-copy-empty = Nothing is written in it yet.
# The phone numbers of the people and professionals just above (also a
# heading on the safety plan page).
safety-contacts-title = Their numbers
safety-plan-copy-own-lines = Crisis numbers you kept

## The safety plan page (ui/views/safety-plan.js): the Stanley–Brown plan a
## person writes in a calmer moment, for the harder ones. Step titles and
## prompts come from the backend.

safety-plan-title = My safety plan
safety-plan-emergency = If you are in danger right now, call your local emergency number.
safety-plan-about = A safety plan is a short list you write in a calmer moment, for the harder ones: the signs that a crisis may be building, what helps, and who to reach — tried one step at a time. It follows the Stanley–Brown Safety Planning Intervention.

# Field labels for a person to reach (name, phone, note) and for a crisis
# line (name, number, note).
safety-field-name = Name
safety-field-phone = Phone
safety-field-note = Note
safety-field-number = Number

# Under the crisis lines: where the numbers came from. $region: a country's name.
safety-source-filled = These were filled in for your region ({ $region }). You can change them if they’re not right for you.
safety-source-empty = You can add the crisis lines that are right for where you live.
safety-source-kept = These are the numbers you’ve kept. You can change them any time.

## A calm card at the top, arriving from question 9 of the PHQ-9
## questionnaire (thoughts of self-harm). Warm, never alarmed.

safety-phq9-title = Thank you for answering honestly
safety-phq9-support = Thoughts like the ones in that question deserve support now, not later.
safety-phq9-plan = Here is your plan, and the people you can reach right away.
# Followed by a link, safety-phq9-back.
safety-phq9-kept = Your answers are kept, so you can come back to the questionnaire whenever you like.
safety-phq9-back = Back to the questionnaire

## Editing the rows (crisis lines, people) and the lists of each step

safety-remove = Remove
# A crisis line's row, for screen readers; $number counts from 1.
safety-crisis-row = Line { $number }
safety-crisis-row-remove = Remove line { $number }
# A person's row, for screen readers; $number counts from 1.
safety-contact-row = Person { $number }
safety-contact-row-remove = Remove person { $number }
# $name: the name the person typed in the row.
safety-row-remove-named = Remove { $name }
# $item: a line of the list, as the person wrote it.
safety-item-remove = Remove “{ $item }”
safety-step = Step { $number }
safety-add-to-list = Add to this list
safety-add = Add

## The crisis lines card

safety-crisis-title = Talk to someone now
safety-crisis-lede = If things feel like too much, you can call one of these at any time — you don’t have to wait for your next session.
safety-crisis-empty = No crisis lines are kept yet. Until you add one, these work in many places:
safety-crisis-edit = Change these numbers
safety-crisis-add = Add a line
# $region: the country's name. A small "change" button follows.
safety-plan-region = Your country: { $region }
safety-plan-region-change = change
    .aria-label = Change your country (now { $region })
# After the country's lines were put in the plan.
safety-lines-in-plan = The crisis lines for { $region } are in your plan now.

## The band offered when the country in force isn't the one the lines were
## filled in for. $region: the country now; $filled: the lines' country.

safety-band-use = Use the crisis lines for { $region }
safety-band-set-to = Interlude is set to { $region } now.
safety-band-set-to-filled = Interlude is set to { $region } now, and these lines were filled in for { $filled }.
# Added after the sentence above when the person changed the lines.
safety-band-edited = You’ve edited them, so using the new ones would replace yours.
safety-band-ask = Replace the lines you edited with the ones for { $region }? Yours won’t be kept.
safety-band-keep = Keep my lines
safety-band-replace = Replace them
safety-band-applying = Putting them in…

## The people to reach, with their numbers

safety-contacts-hint = For the people and professionals above — a friend, someone in your family, your therapist or doctor — with a number, and a note such as when to call.
safety-contacts-add = Add someone

## Saving (kept a moment after typing pauses)

# $time: the time of day it was kept.
safety-saved = Saved · { $time }
# $error: the backend's own sentence about what went wrong.
safety-save-failed = That didn’t save — your words are still here. ({ $error })

## The lock screen (ui/components/lock-screen.js). "Unlock" and "Open with
## recovery key" are the buttons' names.

safety-lock-title = Interlude is locked
safety-lock-empty = Type your passphrase, then choose Unlock.
safety-lock-not-opened = That didn't open the journal just now. Please try again.
safety-lock-no-code = Type your recovery key, then choose Open with recovery key.
safety-lock-opening = Opening your journal…
safety-lock-unlock = Unlock
# The Unlock button, after the keychain didn't give the key.
safety-lock-try-again = Try again
safety-passphrase-label = Passphrase
safety-lock-passphrase-lede = Your journal is kept safe while you’re away. Type your passphrase to open it again.
safety-lock-passphrase-why = Without your passphrase nobody can open this journal — not even the Interlude team.
safety-lock-login-lede = Your journal opens with your login on this computer.
safety-lock-login-why = Its key is kept in this computer’s keychain, which opens when you log in.
safety-recovery-heading = Use your recovery key
safety-recovery-hint = If this computer’s keychain was reset, the recovery key you wrote down opens your journal, and your login keeps it again from then on.
safety-recovery-label = Recovery key
safety-recovery-open = Open with recovery key

## The first run (ui/components/first-run.js): how to keep a new journal
## private. "Settings → Privacy and lock" names a page of Settings.

# The window's title while the first run shows.
safety-first-run-title = Welcome
safety-first-run-heading = Welcome to Interlude
safety-first-run-about = What you write here stays on this computer. Choose how to keep it private — you can change this later in Settings.
# Under the list of languages on the welcome: the first run's one other
# choice, made at once (nothing to submit).
safety-first-run-language-hint = The words Interlude speaks. You can change this any time in Settings.
# The question over the three choices below.
safety-first-run-keeper = Keep my journal private with…
safety-first-run-login = My login on this computer
safety-first-run-login-hint = Opens by itself when you’re logged in. Nothing to remember.
safety-first-run-passphrase = A passphrase
safety-first-run-passphrase-about = You type it each time Interlude opens. Choose one you’ll remember: if it’s forgotten, nobody can recover it — not even the Interlude team.
safety-first-run-none = Not now
safety-first-run-none-hint = Your journal is kept unencrypted. You can protect it later in Settings → Privacy and lock.
# $min: the fewest characters a passphrase may have (8).
safety-first-run-passphrase-hint = At least { $min } characters. A short sentence only you would think of is easy to remember.
safety-first-run-confirm = The passphrase again
safety-first-run-start = Start my journal
safety-first-run-setting-up = Setting up your journal…
safety-first-run-not-set-up = That didn’t set up your journal just now. Please try again.

## The recovery key of a journal kept with the login (first run, Settings)

safety-recovery-title = Your recovery key
safety-recovery-about = If this computer’s keychain is ever reset, this key opens your journal. Write it down and keep it somewhere safe, away from this computer.
safety-recovery-care = Anyone who has it can open your journal, so keep it as you would a house key.
# Shown instead of the key when it couldn't be fetched.
safety-recovery-why = If this computer’s keychain is ever reset, a recovery key opens your journal.
safety-recovery-later = Your journal is ready, but its recovery key couldn’t be shown just now. You can see it any time in Settings → Privacy and lock — please write it down from there.
safety-recovery-kept-it = I’ve kept it safe — continue
safety-recovery-continue = Continue

## A new passphrase (first run, Settings, sync)

# $min: the fewest characters a passphrase may have (8).
safety-passphrase-too-short = Please use at least { $min } characters.
safety-passphrase-mismatch = The two don’t match yet. Please type the new passphrase again in both fields.
safety-no-keychain = This computer has no keychain Interlude can use, so a passphrase is the way to protect your journal.

## The reflection window while the journal is locked (ui/components/locked-note.js)

safety-locked-note-locked = Interlude is locked. Unlock it in the main window to write your reflection — your draft is safe.
safety-locked-note-new = Open Interlude to set up your journal first. It only takes a moment, and then this window is ready for your reflection.
safety-locked-note-open = Open Interlude
safety-locked-note-unreachable = The main window didn’t come forward just now. You can open it from Interlude’s icon in the tray.
# What a screen reader calls the note's region.
safety-locked-note-label-locked = Interlude is locked
safety-locked-note-label-new = Your journal isn’t set up yet
