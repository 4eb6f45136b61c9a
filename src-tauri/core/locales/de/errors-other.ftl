### Deutsch: errors-other (see src-tauri/core/src/i18n.rs): Importe und
### Exporte, Fragebögen, Notfallplan, Einstellungen und die Desktop-App.

## Eine Datei importieren. Eine Ablehnung nennt die Stelle in der Datei und
## das Feld, nie, was dort geschrieben steht.

# $place nennt die Stelle („daylio.csv, Zeile 14“); $problem ist eine der
# Meldungen unten, die den Satz zu Ende führt („ist leer“).
error-import-refused = { $place } { $problem }. Es wurde nichts importiert.
# $field ist der Feldname der anderen App, wie er in ihrer Datei steht.
error-import-field-refused = { $place }, „{ $field }“: { $problem }. Es wurde nichts importiert.
error-import-place-line = { $file }, Zeile { $line }
error-import-place-entry = { $file }, Eintrag { $number }
error-import-place-thought = { $file }, Gedanke { $number }
error-import-place-record = { $part } { $number }
error-import-place-in-file = { $part } { $number } in der Datei
error-import-safety-plan-in-file = Der Notfallplan in der Datei
error-import-the-file = Die Datei
error-import-this-file = Diese Datei
error-import-part-reflection = Reflexion
error-import-part-plan = Vorhaben
error-import-part-break = Selbstmitgefühlspause
error-import-part-moment = Moment
error-import-part-checkin = Check-in
error-import-part-note = Notiz
error-import-part-measure = Fragebogen
error-import-part-experiment = Experiment
error-import-part-value = Wert
error-import-part-activity = Aktivität
error-import-too-large = { $file } ist größer als { $max } MB und zu groß für einen Import. Es wurde nichts importiert.
error-import-unknown-source = Interlude kann aus daylio, loop, jrnl, dayone und freecbt importieren; „{ $name }“ gehört nicht dazu.

# Ohne Artikel: error-import-not-export sagt „ist kein …“.
error-import-export-daylio = Daylio-CSV-Export
error-import-export-loop = Loop-Habit-Tracker-CSV-Export (eine .zip-Datei)
error-import-export-jrnl = jrnl-JSON-Export
error-import-export-dayone = Day-One-JSON-Export
error-import-export-freecbt = FreeCBT-JSON-Export
error-import-not-export = ist kein { $export }: { $why }
error-import-it-is = es ist { $kind }
error-import-kind-png = ein PNG-Bild
error-import-kind-jpeg = ein JPEG-Bild
error-import-kind-gif = ein GIF-Bild
error-import-kind-pdf = ein PDF-Dokument
error-import-kind-database = eine Datenbankdatei
error-import-kind-zip = ein Zip-Archiv
error-import-kind-gzip = eine komprimierte Datei (gzip)

error-import-empty = ist leer
error-import-utf16 = wurde als UTF-16-Text gespeichert (vielleicht hat ein Tabellenprogramm sie neu gespeichert); exportiere noch einmal aus der App und importiere die Datei so, wie sie ist
error-import-not-utf8 = es ist kein UTF-8-Text (Byte { $byte } lässt sich nicht lesen)
error-import-cut-short = endet mittendrin (Zeile { $line }) und sieht deshalb abgeschnitten aus; exportiere noch einmal
error-import-bad-json = es ist kein lesbares JSON (Zeile { $line }, Spalte { $column })
error-import-not-object-with-fields = ist kein Objekt mit Feldern
error-import-should-be-text = sollte Text sein
error-import-missing = fehlt
error-import-should-be-flag = sollte true oder false sein
error-import-should-be-texts = sollte eine Liste von Texten sein
error-import-should-be-list = sollte eine Liste sein
error-import-not-moment = ist kein Datum mit Uhrzeit wie 2026-11-20T08:00:00Z
error-import-not-date = ist kein Datum wie 2026-11-20
# Ältere Daylio-Exporte schreiben den Monat englisch.
error-import-not-day-and-month = ist kein Datum wie „20 November“
error-import-not-time-of-day = ist keine Uhrzeit wie 20:30 oder 8:30 pm
error-import-not-time = ist keine Uhrzeit wie 08:30
error-import-not-whole-number = ist keine ganze Zahl
error-import-not-number = ist keine Zahl
error-import-csv-unclosed-quote = hat ein Feld in Anführungszeichen, das nie geschlossen wird; die Datei sieht deshalb abgeschnitten oder beschädigt aus
error-import-csv-after-quote = hat Text direkt nach einem schließenden Anführungszeichen ("), die Anführungszeichen sind also beschädigt

## Daylio, jrnl, Day One, FreeCBT, Zip-Archive, Loop Habit Tracker. Die
## Menüwege sind die der anderen App (wie in settings.ftl der Oberfläche).

error-import-daylio-zip = es ist ein Zip-Archiv (vielleicht Daylios Sicherung, die Interlude nicht lesen kann). Wähle in Daylio Mehr → Einträge exportieren → CSV
error-import-daylio-json = es ist eine JSON-Datei, keine CSV-Datei
error-import-daylio-columns = ihre erste Zeile sollte Daylios Spalten full_date, date, weekday, time, mood, activities, note_title und note nennen
error-import-daylio-mood = ist keine von Daylios fünf Standardstimmungen (rad, good, meh, bad, awful). Der Export sagt nicht, wo eine umbenannte oder hinzugefügte Stimmung auf der Skala liegt, deshalb rät Interlude nicht: Gib ihr in Daylios Stimmungseinstellungen ihren Standardnamen und exportiere noch einmal
error-import-jrnl-not-object = es sollte ein Objekt mit einer „entries“-Liste sein, beginnt aber mit etwas anderem
error-import-jrnl-interlude = es ist ein Interlude-Export, importiere ihn also als solchen
error-import-jrnl-day-one = es sieht nach einem Day-One-Export aus
error-import-jrnl-entries-not-list = sein „entries“ ist keine Liste
error-import-jrnl-no-entries = es hat keine „entries“-Liste
error-import-dayone-no-journal = das Archiv enthält keine Tagebuchdatei (.json); exportiere in Day One als JSON (.zip)
error-import-dayone-no-entries = es hat keine „entries“-Liste wie die Tagebuchdateien von Day One
error-import-dayone-no-dates = seine Einträge haben kein „creationDate“ wie die von Day One
error-import-freecbt-backup-code = es ist FreeCBTs Sicherungscode, und der ist komprimiert; exportiere in FreeCBT über „Export“ als JSON und importiere diese Datei
error-import-freecbt-no-thoughts = es hat keine „thoughts“-Liste wie die Exporte von FreeCBT
error-import-freecbt-not-list = es sollte eine Liste von Gedanken sein
error-import-freecbt-thought-empty = Gedanke { $number } hat weder „automaticThought“ noch „cognitiveDistortions“
error-import-freecbt-no-slug = enthält eine Denkverzerrung ohne „slug“
error-import-freecbt-not-names = sollte Denkverzerrungen mit ihrem Namen aufführen
error-import-freecbt-unknown = enthält „{ $name }“, und das ist keine von FreeCBTs zwölf Denkverzerrungen
error-import-zip-password = ist passwortgeschützt; exportiere noch einmal ohne Passwort
error-import-zip-method = ist auf eine Weise komprimiert, die Interlude nicht lesen kann (Methode { $method }); nur unkomprimierte und mit Deflate komprimierte Inhalte werden unterstützt
error-import-zip-too-large = ist zu groß für einen Import
error-import-zip-checksum = ist beschädigt: Der Inhalt lässt sich nicht lesen oder passt nicht zu seiner Prüfsumme. Exportiere noch einmal
error-import-zip-size = ist beschädigt: Der Inhalt passt nicht zu seiner angegebenen Größe. Exportiere noch einmal
error-import-zip-unsupported = ist auf eine Weise komprimiert, die Interlude nicht lesen kann; nur unkomprimierte und mit Deflate komprimierte Inhalte werden unterstützt
error-import-zip-damaged = ist ein unvollständiges (oder beschädigtes) Zip-Archiv und wurde wahrscheinlich beim Kopieren abgeschnitten. Exportiere noch einmal
error-import-loop-no-habits = das Archiv enthält keine Habits.csv; wähle in Loop Einstellungen → Als CSV exportieren
error-import-loop-columns = seine Habits.csv hat nicht Loops Spalten (Position, Name, …)
error-import-loop-backup = es ist Loops vollständige Sicherung (eine Datenbank); wähle stattdessen Einstellungen → Als CSV exportieren
error-import-loop-habits-csv = es ist die Habits.csv aus Loops Export; importiere die ganze .zip-Datei, die Loop erstellt hat
error-import-loop-checkmarks-csv = es ist eine Checkmarks.csv aus Loops Export; importiere die ganze .zip-Datei, die Loop erstellt hat
error-import-loop-not-zip = es ist kein Zip-Archiv; wähle in Loop Einstellungen → Als CSV exportieren
error-import-loop-value = ist keiner von Loops Werten (YES_MANUAL, YES_AUTO, NO, SKIP, UNKNOWN oder eine Zahl)
error-import-loop-no-dates = hat nirgends im Export ein Datum, deshalb kann Interlude nicht erkennen, wann die Gewohnheit begonnen hat

## Interludes eigene Exportdateien.

error-import-bad-uid = { $place } hat eine ID („uid“), die nicht gültig ist. Es wurde nichts importiert.
error-import-record-refused = { $place }: { $detail } Es wurde nichts importiert.
error-import-plan-day = { $place } hat einen Tag ({ $day }), der nicht zum Vorhaben passt. Es wurde nichts importiert.
error-import-not-json = Diese Datei ist kein lesbares JSON (Zeile { $line }, Spalte { $column }) und kann deshalb kein Interlude-Export sein. Es wurde nichts importiert.
error-import-not-object = Diese Datei ist kein Interlude-Export (sie sollte mit „{ "{" }“ beginnen). Es wurde nichts importiert.
# Die Anführungszeichen um "format" sind die von JSON: so stehen sie in der Datei.
error-import-no-format = Diese Datei ist kein Interlude-Export (ihr fehlt "format": "{ $format }"). Es wurde nichts importiert.
error-import-newer-version = Dieser Export wurde mit einer neueren Version von Interlude erstellt (Formatversion { $found }; diese Version liest bis { $supported }). Es wurde nichts importiert – bitte aktualisiere zuerst Interlude.
error-import-no-version = Dieser Export hat keine Version, die Interlude kennt. Es wurde nichts importiert.
error-import-unknown-part = Dieser Export hat einen Teil („{ $part }“), den diese Version nicht kennt. Es wurde nichts importiert.
error-import-no-reflections = Dieser Export hat keine Liste von Reflexionen. Es wurde nichts importiert.
error-import-part-not-list = Der Teil „{ $part }“ dieses Exports ist keine Liste. Es wurde nichts importiert.
# $detail sind die (englischen) Worte des JSON-Lesers.
error-import-unreadable = { $place } lässt sich nicht lesen: { $detail }. Es wurde nichts importiert.
error-export-write = der Export konnte nicht geschrieben werden: { $detail }

## Die Vorschau eines Imports: was nicht mitkommt, und einige der neuesten
## Einträge.

import-left-out-activities = { $count ->
    [one] 1 Aktivität über die 20 Schlagwörter hinaus, die ein Eintrag haben kann
   *[other] { $count } Aktivitäten über die 20 Schlagwörter hinaus, die ein Eintrag haben kann
}
import-left-out-tags = { $count ->
    [one] 1 Schlagwort über die 20 hinaus, die ein Eintrag haben kann
   *[other] { $count } Schlagwörter über die 20 hinaus, die ein Eintrag haben kann
}
import-left-out-attachments = { $count ->
    [one] 1 Foto oder anderer Anhang – Interlude übernimmt nur die Worte
   *[other] { $count } Fotos und andere Anhänge – Interlude übernimmt nur die Worte
}
import-left-out-places = { $count ->
    [one] 1 Orts- oder Wetterangabe
   *[other] { $count } Orts- und Wetterangaben
}
import-left-out-wordless-entries = { $count ->
    [one] 1 Eintrag ohne Worte (nur Fotos oder gar nichts) – nicht importiert
   *[other] { $count } Einträge ohne Worte (nur Fotos oder gar nichts) – nicht importiert
}
import-left-out-empty-thoughts = { $count ->
    [one] 1 leerer Gedankeneintrag – nicht importiert
   *[other] { $count } leere Gedankeneinträge – nicht importiert
}
import-left-out-unmarked-notes = { $count ->
    [one] 1 Notiz an einem Tag, für den Loop keine Markierung hat
   *[other] { $count } Notizen an Tagen, für die Loop keine Markierung hat
}
import-left-out-loop-extras = Loops Punktwerte, Farben und Erinnerungen sowie die Frage und Beschreibung jeder Gewohnheit
import-sample-checkin = { $day } · Check-in · Stimmung { $mood }
import-sample-note = { $day } · Notiz · { $text }
import-sample-moment = { $day } · Moment · { $text }
import-sample-plan = { $day } · Vorhaben · { $action } · { $count ->
    [one] { $count } Tag eingetragen
   *[other] { $count } Tage eingetragen
}

## Fragebögen

# $title ist PHQ-9 oder GAD-7 („der Fragebogen“).
error-therapy-answer-count = Der { $title } hat { $questions } Fragen, aber es kamen { $count } Antworten.
error-therapy-answer-range = Frage { $number } kann mit 0 bis 3 beantwortet werden, deshalb lässt sich { $answer } nicht speichern.
error-therapy-difficulty-range = Die letzte Frage kann mit 0 bis 3 beantwortet werden, deshalb lässt sich { $answer } nicht speichern.
error-therapy-keep-answers = die Antworten konnten nicht gespeichert werden: { $detail }
error-therapy-measure-gone = Dieser Fragebogen ist nicht mehr da – vielleicht wurde er gelöscht.
error-therapy-measure-deleted = Dieser Fragebogen ist nicht mehr da.
# Der FHIR-Export (therapy/fhir.rs), solange kein Fragebogen abgeschlossen ist.
error-fhir-nothing = Es gibt noch keinen abgeschlossenen PHQ-9 oder GAD-7 zum Exportieren. Sobald du einen ausgefüllt hast, kannst du ihn hier für das Dokumentationssystem deiner Praxis speichern.

## Der Notfallplan

error-safety-unknown-region = „{ $region }“ ist kein Land, das Interlude kennt. Bitte wähle eines aus der Liste.
error-safety-too-many-lines = „{ $section }“ kann bis zu { $max } Zeilen enthalten; hier sind es { $count }.
error-safety-line-too-long = Eine Zeile in „{ $section }“ ist länger als { $max } Zeichen („{ $start }…“).
error-safety-text-too-long = { $field } ist länger als { $max } Zeichen.
error-safety-contact-name = Der Name eines Kontakts
error-safety-contact-number = Die Nummer eines Kontakts
error-safety-contact-note = Die Notiz zu einem Kontakt
error-safety-line-name = Der Name eines Krisentelefons
error-safety-line-number = Die Nummer eines Krisentelefons
error-safety-line-note = Die Notiz zu einem Krisentelefon
error-safety-unknown-section = „{ $section }“ ist kein Abschnitt des Notfallplans.
error-safety-too-many-contacts = Der Plan kann bis zu { $max } Kontakte und { $max } Krisentelefone enthalten.
error-safety-unreadable = Der gespeicherte Notfallplan lässt sich nicht lesen: { $detail }
error-safety-copy-plan = der Plan konnte nicht kopiert werden: { $detail }
error-safety-keep-plan = der Plan konnte nicht gespeichert werden: { $detail }
error-safety-remove-copy = Die Kopie deines Notfallplans für den Sperrbildschirm konnte nicht entfernt werden

## Einstellungen, die mit dem Tagebuch reisen

error-prefs-bad-name = „{ $name }“ ist nicht der Name einer Einstellung.
error-prefs-too-long = Diese Einstellung ist zu lang, um sie zu speichern.

## Die Desktop-App

error-desktop-bad-request = Interlude hat eine Anfrage bekommen, die es nicht lesen konnte ({ $command }: „{ $key }“ – { $why }). Es wurde nichts verändert.
error-desktop-not-named-values = die Anfrage bestand nicht aus benannten Werten
error-desktop-settings = Deine Einstellungen konnten nicht gelesen oder gespeichert werden. ({ $detail })
error-desktop-unknown-language = Interlude gibt es nicht auf „{ $language }“. Wähle eine Sprache aus der Liste.
error-desktop-auto-lock = Das automatische Sperren kann aus sein oder nach 5, 10, 15, 30 oder 60 Minuten greifen.
error-desktop-window = Interlude konnte { $window } nicht öffnen. ({ $detail })
error-desktop-window-main = das Hauptfenster
error-desktop-window-reflection = das Fenster für die Reflexion
error-desktop-main-window-missing = Das Hauptfenster fehlt in der Einrichtung der App.
error-desktop-close-choice = Wähle, ob Interlude weiterlaufen oder beendet werden soll.
error-desktop-autostart-unavailable = Der Start bei der Anmeldung ist hier nicht verfügbar.
error-desktop-autostart = Interlude konnte den Start bei der Anmeldung nicht ändern. ({ $detail })
error-desktop-import-not-a-file = Die Datei ist nicht als Datei angekommen. Bitte wähle sie noch einmal aus; es wurde nichts importiert.
error-desktop-import-source = Interlude konnte nicht erkennen, aus welcher App die Datei stammt. Es wurde nichts importiert.
error-desktop-reminder-gone = Diese Erinnerung wartet nicht mehr.
error-desktop-type-a-passphrase = Bitte gib eine Passphrase ein.
error-desktop-type-your-passphrase = Bitte gib deine Passphrase ein.
error-desktop-type-current-passphrase = Bitte gib zuerst deine aktuelle Passphrase ein.
error-desktop-key-settings-missing = { $file } fehlt
error-desktop-opens-with-login = Dieses Tagebuch öffnet sich mit deiner Anmeldung, nicht mit einer Passphrase.
error-desktop-opens-with-passphrase = Dieses Tagebuch öffnet sich mit seiner Passphrase.
error-desktop-no-recovery-key = Dieses Tagebuch ist nicht verschlüsselt und hat deshalb keinen Wiederherstellungsschlüssel.
error-desktop-recovery-key-for-login = Ein Wiederherstellungsschlüssel gehört zu einem Tagebuch, das sich mit deiner Anmeldung öffnet; dieses öffnet sich mit seiner Passphrase.
error-desktop-recovery-key-open-already = Das Tagebuch ist schon offen; der Wiederherstellungsschlüssel ist für den Fall, dass deine Anmeldung es nicht öffnen kann.
error-desktop-recovery-key-passphrase = Dieses Tagebuch öffnet sich mit seiner Passphrase, nicht mit einem Wiederherstellungsschlüssel.
error-desktop-recovery-key-wrong = Dieser Wiederherstellungsschlüssel öffnet das Tagebuch nicht. Es wurde nichts verändert; bitte prüfe ihn und versuche es noch einmal.
error-desktop-keychain-not-kept = Dein Tagebuch ist offen, aber der Schlüsselbund konnte seinen Schlüssel nicht aufbewahren, deshalb brauchst du beim nächsten Mal wieder den Wiederherstellungsschlüssel. ({ $detail })
error-desktop-nothing-to-lock-with = Schütze zuerst das Tagebuch: Ohne Passphrase oder deine Anmeldung gibt es nichts, womit es sich sperren ließe.
error-desktop-passphrase-too-short = Bitte verwende mindestens { $min } Zeichen.
error-desktop-already-set-up = Dieses Tagebuch ist bereits eingerichtet. Wie es geschützt ist, kannst du in den Einstellungen ändern.
error-desktop-already-login = Dieses Tagebuch öffnet sich bereits mit deiner Anmeldung.
error-desktop-previous-copy-kept = Eine Kopie des Tagebuchs von der letzten Änderung wird noch aufbewahrt. Entferne sie in den Einstellungen, bevor du wieder änderst, wie das Tagebuch geschützt ist.
error-desktop-choose-keeper = Wähle eine Passphrase oder deine Anmeldung, um den Schlüssel aufzubewahren.
error-desktop-key-change-unfinished = dein Tagebuch öffnet sich jetzt mit seinem neuen Schlüssel, aber Interlude konnte nicht fertig speichern, wie er aufbewahrt wird
error-desktop-old-copy-needs-open = Die alte Kopie kann entfernt werden, sobald dein Tagebuch offen ist.
desktop-sync-drive = Laufwerk „{ $name }“

## A therapist's homework file (interchange/homework)

# $file: the file's name; $line: a line number; $detail: what is wrong.
error-homework-refused-line = { $file }, Zeile { $line }: { $detail }
error-homework-refused = { $file }: { $detail }
# $max: kilobytes.
error-homework-too-large = Eine Hausaufgaben-Datei darf bis zu { $max } KB groß sein; diese ist größer.
error-homework-not-homework = Das ist keine Hausaufgaben-Datei von Interlude (ihr „format“ ist nicht „interlude-homework“).
error-homework-newer = Diese Hausaufgaben-Datei wurde für ein neueres Interlude geschrieben. Mit einem Update von Interlude lässt sie sich öffnen.
# $max: a number.
error-homework-too-many = Eine Hausaufgaben-Datei kann bis zu { $max } Aufgaben enthalten.
# $item: the item's id; $detail: what is wrong with it.
error-homework-item = die Aufgabe „{ $item }“: { $detail }
error-homework-bad-version = Diese Hausaufgaben-Datei hat keine Version, die Interlude kennt („version“ sollte 1 sein).
error-homework-bad-file-id = Die „id“ der Datei braucht 1 bis { $max } Zeichen, ohne Zeilenumbrüche oder andere Steuerzeichen.
error-measure-request-not-found = Diese Bitte um einen Fragebogen gibt es nicht mehr.
error-homework-same-id = eine andere Aufgabe hat schon diese ID; jede braucht ihre eigene.
error-homework-bad-id = ihre „id“ braucht 1 bis { $max } Zeichen, ohne Zeilenumbrüche oder andere Steuerzeichen.
error-homework-unknown-item = Die Hausaufgaben-Datei hat keine Aufgabe „{ $item }“. Öffne die Datei noch einmal, um zu sehen, was sie enthält.
# In error-journal-text-too-long.
error-homework-label-from = „Von wem“
error-homework-label-note = „Die Notiz“
# The therapist's note, kept as a journal note. $from: who it is from, as
# signed; $note: the note.
homework-note-from = Von { $from }: { $note }
homework-note-unsigned = Von meiner Therapeutin oder meinem Therapeuten: { $note }
# A questionnaire asked for in a homework file. $measure: phq9 or gad7;
# $when: beforeEachSession or weekly.
homework-questionnaire-title = { $measure ->
    [phq9] Der PHQ-9 (Stimmung)
   *[gad7] Der GAD-7 (Angst)
  }, { $when ->
    [weekly] einmal pro Woche
   *[beforeEachSession] vor jeder Sitzung
  }
