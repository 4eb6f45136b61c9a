### German: the shell area of the UI (see ui/lib/i18n.js).
### Anrede „du“. „Journal“ heißt „Tagebuch“, „reflection“ „Reflexion“,
### „plan“ „Vorhaben“, „safety plan“ „Notfallplan“ (wie im Menü des
### Benachrichtigungsfelds), „lock“ „sperren“, „backup“ „Sicherung“.

shell-app-name = Interlude

# $page: der Titel der Seite, z. B. „Tagebuch“.
shell-window-title = { $page } · { shell-app-name }

## Die Leiste und der Sprunglink (index.html, lib/route.js)

shell-skip-link = Zum Inhalt springen
shell-rail =
    .aria-label = Bereiche
shell-place-home = Start
shell-place-journal = Tagebuch
shell-place-practice = Üben
shell-place-insights = Einblicke
# Der Überblick über die Tage seit der letzten Sitzung, zum Mitnehmen.
shell-place-brief = Überblick
shell-place-sessions = Sitzungen
shell-place-safety-plan = Notfallplan
shell-place-settings = Einstellungen

## Das Hauptfenster (app.js)

shell-draft-kept-toast = Deine Änderungen sind als Entwurf gespeichert. „Bearbeiten“ holt sie zurück.

## Rückfragen (index.html)

shell-confirm-delete-title = Diese Reflexion löschen?
shell-confirm-delete-body = Gleich danach kannst du das noch rückgängig machen.
shell-confirm-delete-keep = Behalten
shell-confirm-delete-yes = Löschen

shell-confirm-archive-title = Dieses Vorhaben archivieren?
shell-confirm-archive-body = Es verschwindet aus deiner Liste für heute. Alles, was du notiert hast, bleibt erhalten, und du kannst es zurückholen.
shell-confirm-archive-keep = Behalten
shell-confirm-archive-yes = Archivieren

shell-confirm-clear-schedule-title = Keinen Terminplan mehr nutzen?
shell-confirm-clear-schedule-body = Interlude merkt sich dann deine Sitzungszeiten nicht mehr und öffnet danach kein Reflexionsfenster. Deine Reflexionen bleiben, wie sie sind, und du kannst jederzeit wieder einen Terminplan festlegen.
shell-confirm-clear-schedule-keep = Behalten
shell-confirm-clear-schedule-yes = Terminplan beenden

shell-confirm-forget-copy-title = Die alte Kopie entfernen?
shell-confirm-forget-copy-body = Sieh zuerst dein Tagebuch durch und prüfe, ob alles da ist. Wenn die Kopie von vor der Änderung entfernt ist, lässt sie sich nicht zurückholen.
shell-confirm-forget-copy-keep = Vorerst behalten
shell-confirm-forget-copy-yes = Alte Kopie entfernen

shell-confirm-restore-title = Diese Sicherung wiederherstellen?
shell-confirm-restore-body = Dein Tagebuch kehrt zu dem Stand zurück, den es hatte, als diese Sicherung angelegt wurde. Was jetzt darin ist, wird vorher gesichert, damit du dahin zurückkehren kannst.
shell-confirm-restore-keep = Mein Tagebuch so lassen
shell-confirm-restore-yes = Wiederherstellen

shell-confirm-stop-sync-title = Synchronisierung auf diesem Computer beenden?
shell-confirm-stop-sync-body = Dieser Computer sendet und empfängt dann keine Änderungen mehr, und dein Tagebuch hier bleibt, wie es ist. Der Ordner und deine anderen Computer bleiben unberührt, und du kannst jederzeit wieder beitreten.
shell-confirm-stop-sync-keep = Weiter synchronisieren
shell-confirm-stop-sync-yes = Synchronisierung beenden

## Das Fenster schließen, ohne Symbol im Benachrichtigungsfeld (components/close-choice.js)

shell-close-title = Soll Interlude weiterlaufen, wenn sein Fenster geschlossen ist?
shell-close-no-tray = Auf diesem Desktop gibt es kein Symbol im Benachrichtigungsfeld. Interlude kann im Hintergrund weiterlaufen, damit deine Erinnerungen weiterhin kommen; wenn du Interlude über deine Apps wieder öffnest, erscheint dieses Fenster.
shell-close-or-quit = Oder Interlude wird beendet, und die Erinnerungen warten, bis du es wieder öffnest.
shell-close-later = Das kannst du jederzeit in den Einstellungen ändern.
shell-close-background = Erinnerungen weiterlaufen lassen
shell-close-quit = Interlude beenden
shell-close-failed = Das hat nicht geklappt. { $message }

## Ärger mit der Tagebuchdatei (components/journal-banner.js)

shell-journal-damaged-title = Interlude hat ein Problem in deiner Tagebuchdatei gefunden.
shell-journal-unreadable-title = Interlude konnte deine Tagebuchdatei nicht öffnen.
shell-journal-restoring = Wird wiederhergestellt … Das kann einen Moment dauern.
shell-journal-open-settings = Einstellungen öffnen
shell-journal-restore-it = Wiederherstellen
# $when: wann die Sicherung angelegt wurde, z. B. „heute um 09:00“.
shell-journal-restore-from = Sicherung von { $when } wiederherstellen
shell-journal-newest-damaged = Deine neueste Sicherung von { $when } ist geprüft und bereit.
shell-journal-newest-unreadable = Deine neueste Sicherung von { $when } ist geprüft und bereit. Wenn du sie wiederherstellst, wird die beschädigte Datei beiseitegelegt und aufbewahrt, nicht gelöscht.
shell-journal-no-backup-damaged = Es gibt noch keine Sicherung, zu der du zurückkehren kannst. Wenn du dein Tagebuch in den Einstellungen exportierst, bleibt eine Kopie von allem, was sich noch lesen lässt.
shell-journal-no-backup-unreadable = Es gibt noch keine Sicherung, zu der du zurückkehren kannst. Die Datei bleibt, wie sie ist, und wird nicht gelöscht. Wenn du einen Export deines Tagebuchs hast, holt Einstellungen → Deine Daten → Importieren deine Einträge zurück.
shell-journal-not-now = Nicht jetzt
shell-journal-found = Was Interlude gefunden hat

## Ein Tagebuch, bei dem niemand gewählt hat, wie es aufbewahrt wird (components/protect-banner.js)

shell-protect-title = Dein Tagebuch ist noch nicht geschützt
shell-protect-body = Es wurde im Terminal angelegt, deshalb hat Interlude nie gefragt, wie es aufbewahrt werden soll. Du kannst es mit deiner Anmeldung oder einer Passphrase schützen oder es so lassen, wie es ist.
shell-protect-protect = Schützen …
shell-protect-keep = So lassen, wie es ist
shell-protect-kept = Es bleibt, wie es ist. Unter Einstellungen → Privatsphäre und Sperre kannst du es jederzeit schützen.

## Eine Erinnerung im Fenster (components/reminder-banner.js)

shell-reminder-snooze = { $minutes ->
    [one] In { $minutes } Minute erinnern
   *[other] In { $minutes } Minuten erinnern
}
shell-reminder-dismiss = Ausblenden

## Ein Synchronisierungskonflikt wartet (components/sync-banner.js)

shell-sync-choose = Auswählen, was bleibt

## Schritt für Schritt (components/stepper.js)

shell-step-back = Zurück
shell-step-next = Weiter
shell-step-finish = Fertig
shell-step-count = Schritt { $step } von { $count }

## Hinweise (lib/dom.js)

shell-load-failed = Etwas ließ sich gerade nicht laden.
shell-try-again = Noch einmal versuchen

## Wenn das Backend gar nicht erreichbar ist (ipc.js)

shell-unreachable = Interlude kommt gerade nicht an seinen Speicher heran. Deine Worte sind noch da.

## Tastenkürzel (lib/shortcuts.js)

# Vor einer Buchstabentaste: „Strg+M“.
shell-key-command = Strg+
shell-key-lock = Strg+Umschalt+L
shell-shortcut-moment = einen Moment festhalten
shell-shortcut-search = dein Tagebuch durchsuchen
shell-shortcut-quit = Interlude beenden

## Datum und Uhrzeit (lib/time.js)

# z. B. „Di., 24. Nov.“; $weekday und $month sind die kurzen deutschen Namen mit Punkt.
shell-date-day = { $weekday }, { $day }. { $month }
shell-date-day-year = { $weekday }, { $day }. { $month } { $year }
shell-date-time = { $date }, { $time }

## Wie lange ein Tag her ist, mitten im Satz („Deine letzte Sitzung war gestern.“)

shell-days-today = heute
shell-days-yesterday = gestern
shell-days-tomorrow = morgen
shell-days-ago = { $days ->
    [one] vor { $days } Tag
   *[other] vor { $days } Tagen
}
shell-days-ahead = { $days ->
    [one] in { $days } Tag
   *[other] in { $days } Tagen
}

## Die Begrüßung auf der Startseite

shell-greeting-morning = Guten Morgen
shell-greeting-afternoon = Guten Tag
shell-greeting-evening = Guten Abend

## Uhrzeiten, wie man sie tippt (lib/time.js)

shell-time-hint = Zum Beispiel 17:00, 1700 oder 17 Uhr.
shell-time-unreadable = „{ $typed }“ lässt sich nicht als Uhrzeit lesen. { shell-time-hint }

## Ein Datum weit weg von heute (lib/time.js)

shell-far-date-past = { $years ->
    [one] Das ist { $years } Jahr her – stimmt { $year }?
   *[other] Das ist { $years } Jahre her – stimmt { $year }?
}
shell-far-date-future = { $years ->
    [one] Das ist in { $years } Jahr – stimmt { $year }?
   *[other] Das ist in { $years } Jahren – stimmt { $year }?
}
shell-far-date-keep = Ja, so lassen
shell-far-date-change = Ändern

## Das Reflexionsfenster (reflect.html, reflect.js)

shell-reflect-heading = Nach deiner Sitzung
shell-reflect-intro = Ein paar Minuten, um festzuhalten, was dir geblieben ist, solange es noch frisch ist. Beantworte, was du magst, und lass den Rest aus – ein paar Worte reichen völlig.
shell-reflect-edit-heading = Reflexion bearbeiten
shell-reflect-edit-intro = Ändere, was du möchtest; alles andere bleibt, wie es war.
shell-reflect-restored = Es geht da weiter, wo du aufgehört hast.
shell-reflect-start-fresh = Neu anfangen
shell-reflect-session-at = Wann war deine Sitzung?
shell-reflect-takeaway = Was ist das Wichtigste, das du aus dieser Sitzung mitnimmst?
shell-reflect-difficult = Was war das Schwierigste oder Überraschendste, worüber ihr gesprochen habt?
shell-reflect-focus = Auf welche konkrete Fähigkeit oder Idee möchtest du dich diese Woche konzentrieren?
shell-reflect-focus-hint = Das wird dein Schwerpunkt für die Woche und erscheint auf der Startseite.
shell-reflect-feeling-heading = Wie fühlst du dich gerade?
shell-reflect-rating = Auf einer Skala von 1 bis 10
shell-reflect-rating-hint = 1 heißt schlecht, 10 heißt gut. Lass es offen, wenn du lieber nichts sagen möchtest.
shell-reflect-rating-low = 1 · schlecht
shell-reflect-rating-high = 10 · gut
shell-reflect-rating-clear = Zurücksetzen
    .aria-label = Gefühlswert zurücksetzen
shell-reflect-words = Passende Wörter (wähle beliebig viele)
shell-reflect-own-word = Ein eigenes Wort
shell-reflect-add-word = Hinzufügen
shell-reflect-feeling-note = Möchtest du noch etwas darüber sagen, wie du dich fühlst?
shell-reflect-asked-by = Eine Frage von { $from }
shell-reflect-save = Reflexion speichern
shell-reflect-save-changes = Änderungen speichern
shell-reflect-saved = Gespeichert.
shell-reflect-saved-title = Gespeichert
shell-reflect-saved-focus = Dein Schwerpunkt diese Woche:
shell-reflect-thanks = Danke, dass du dir diese Minuten für dich genommen hast.
shell-reflect-open-main = Interlude öffnen
shell-reflect-close = Schließen
shell-reflect-draft-kept = Entwurf gespeichert · { $time }
shell-reflect-draft-locked = Deine Worte sind noch da. Sie werden gespeichert, sobald Interlude entsperrt ist.
shell-reflect-draft-failed = Der Entwurf ließ sich gerade nicht speichern – deine Worte sind noch da.
shell-reflect-draft-unchecked = Ob es einen früheren Entwurf gibt, ließ sich gerade nicht prüfen.

## Die Liste der Sprachen (components/language-choice.js), in den
## Einstellungen → Darstellung und bei der Begrüßung beim ersten Start.

language-label = Sprache
# $language: der Name der Sprache in ihr selbst (English, Deutsch).
language-system = Wie auf diesem Computer ({ $language })
