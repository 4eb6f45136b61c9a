### Deutsch: cli (siehe src-tauri/core/src/i18n.rs): was der Befehl
### `interlude` im Terminal sagt (src-tauri/cli/). Die Ausgabe mit --json
### ist für Skripte und wird nie übersetzt.

cli-write-failed = Die Ausgabe konnte nicht geschrieben werden
cli-read-passphrase-failed = Die Passphrase konnte nicht gelesen werden
cli-no-journal = In { $path } gibt es noch kein Tagebuch.
cli-passphrase-prompt = Passphrase für dein Interlude-Tagebuch:{" "}
cli-passphrase-needed = Dieses Tagebuch ist verschlüsselt. Führe den Befehl in einem Terminal aus, um die Passphrase einzugeben, oder setze INTERLUDE_PASSPHRASE.
cli-start-failed = { $program } konnte nicht gestartet werden: { $detail }

## interlude note, search, brief
cli-note-time-format = %d.%m.%Y, %H:%M
cli-note-saved = Deine Notiz ist gespeichert ({ $time }).
cli-search-nothing = Noch passt nichts dazu.
cli-kind-reflection = Reflexion
cli-kind-moment = Moment
cli-kind-checkin = Check-in
cli-kind-note = Notiz
cli-brief-pdf-terminal = Ein PDF lässt sich im Terminal nicht lesen: Mit --out brief.pdf speicherst du es.
cli-bad-start-day = Das Anfangsdatum „{ $text }“ ist kein Tag wie 2026-11-24.
cli-bad-end-day = Das Enddatum „{ $text }“ ist kein Tag wie 2026-11-24.

## interlude reminders
cli-bad-local-time = „{ $text }“ ist kein Datum mit Uhrzeit in Ortszeit wie 2027-03-13T02:30.
cli-bad-moment = „{ $text }“ ist kein Zeitpunkt wie 2027-03-13T12:00:00Z.

## interlude doctor
cli-doctor-journal = Tagebuch:{"       "}
cli-doctor-schema = Schema-Version: { $found } (diese Version unterstützt { $supported })
cli-doctor-reflections = Reflexionen:{"    "}
cli-doctor-entries = Einträge:{"       "}
cli-doctor-drafts = Entwürfe:{"       "}
cli-doctor-healthy = Zustand:        in Ordnung
cli-doctor-problem = Problem:{"        "}

## interlude backup
cli-backup-none = Noch keine Sicherungen.
cli-backup-made = Gesichert als { $name } (geprüft).
cli-backup-restored = { $name } ist wiederhergestellt. Was vorher da war, liegt in { $before }.
cli-backup-recovered = { $name } ist wiederhergestellt. Das beschädigte Tagebuch ist als { $kept } aufbewahrt.

## interlude import
cli-import-dry-run-needs-from = --dry-run zeigt vorab den Export einer anderen App (mit --from).
cli-import-not-text = { $path } ist keine Textdatei und kann darum kein Interlude-Export sein. Nichts wurde importiert.
cli-import-read-failed = { $path } konnte nicht gelesen werden
cli-import-too-large = { $path } ist { $megabytes } MB groß, größer als jeder Export, den Interlude liest. Nichts wurde importiert.
cli-import-done = { $count ->
        [one] { $count } Eintrag
       *[other] { $count } Einträge
    } importiert ({ $already } schon vorhanden).
cli-import-nothing-new = Nichts Neues hinzuzufügen ({ $already } schon vorhanden).
cli-import-would-add = Würde hinzufügen: { $parts } ({ $already } schon vorhanden).
cli-import-checkins = { $count ->
        [one] { $count } Check-in
       *[other] { $count } Check-ins
    }
cli-import-moments = { $count ->
        [one] { $count } Moment
       *[other] { $count } Momente
    }
cli-import-notes = { $count ->
        [one] { $count } Notiz
       *[other] { $count } Notizen
    }
cli-import-plans = { $count ->
        [one] { $count } Vorhaben
       *[other] { $count } Vorhaben
    }
cli-import-plan-days = { $count ->
        [one] { $count } markierter Tag
       *[other] { $count } markierte Tage
    }
cli-import-range = Von { $from } bis { $until }.
cli-import-left-out = Weggelassen: { $line }
cli-import-dry-run-done = Nichts wurde importiert (Probelauf).

## interlude sync
cli-sync-new-passphrase = Eine Passphrase für die Synchronisierung (du gibst sie auf deinem anderen Computer ein):{" "}
cli-sync-passphrase-again = Noch einmal:{" "}
cli-sync-existing-passphrase = Die Passphrase oder der Wiederherstellungsschlüssel des Tagebuchs:{" "}
cli-sync-passphrase-needed = Die Synchronisierung braucht eine Passphrase: Führe den Befehl in einem Terminal aus, um sie einzugeben, oder setze INTERLUDE_PASSPHRASE.
cli-sync-passphrases-differ = Die beiden Passphrasen stimmen nicht überein. Nichts wurde geändert; versuch es bitte noch einmal.
cli-sync-protected = Dieses Tagebuch ist jetzt mit derselben Passphrase geschützt.
cli-sync-protected-here = Das Tagebuch auf diesem Computer ist jetzt mit derselben Passphrase geschützt.
cli-sync-stopped = Dieser Computer synchronisiert nicht mehr. Der Ordner und deine anderen Computer bleiben, wie sie waren.
cli-sync-report = { $sent ->
        [one] { $sent } Änderung
       *[other] { $sent } Änderungen
    } gesendet, { $received } empfangen, { $merged ->
        [one] { $merged } Datensatz
       *[other] { $merged } Datensätze
    } zusammengeführt.
cli-sync-off = Dieses Tagebuch wird nicht synchronisiert. So fängst du an: interlude sync start ORDNER
cli-sync-not-yet = noch nicht
cli-sync-folder = Ordner: { $folder }
cli-sync-this-computer = Dieser Computer: { $name }
cli-sync-last-sent = Zuletzt gesendet: { $time }
cli-sync-last-received = Zuletzt empfangen: { $time }
cli-sync-unnamed = Ein noch unbenannter Computer
cli-sync-computer = Computer: { $name }, zuletzt gesehen { $time }
cli-sync-computer-stale = Computer: { $name }, zuletzt gesehen { $time } (seit Monaten nicht gesehen: Das Aufräumen wartet nicht mehr auf ihn)
cli-sync-conflicts = { $count ->
        [one] { $count } Eintrag wurde
       *[other] { $count } Einträge wurden
    } auf zwei Computern bearbeitet: Öffne Interlude, um zu wählen, welche Worte bleiben.
cli-sync-newer = Aktualisiere Interlude auf diesem Computer, um { $count ->
        [one] { $count } neuere Änderung
       *[other] { $count } neuere Änderungen
    } zu sehen.
cli-sync-problem-with = Problem mit { $file }: { $message } { $advice }
cli-sync-problem = Problem: { $message } { $advice }

## Der Schlüsselbund der Anmeldung (src-tauri/cli/src/keychain.rs)
cli-keychain-no-key = Der Schlüsselbund deiner Anmeldung hat keinen Schlüssel für dieses Tagebuch. Wenn der Schlüsselbund zurückgesetzt wurde oder das Tagebuch von einem anderen Computer kommt, öffnet es der Wiederherstellungsschlüssel, den du dir notiert hast.
cli-keychain-wrong-key = Der Schlüssel in deinem Schlüsselbund öffnet dieses Tagebuch nicht. Nichts wurde geändert.

## interlude --help (src-tauri/cli/src/help.rs)

cli-help-usage = Aufruf:
cli-help-command = BEFEHL
cli-help-commands = Befehle
cli-help-options = Optionen
cli-help-arguments = Argumente
cli-help-help = Hilfe anzeigen
cli-help-help-command = Diese Hilfe oder die Hilfe zu den genannten Befehlen anzeigen
cli-help-version = Version anzeigen
cli-help = Ein privater Begleiter für die Woche zwischen zwei Therapiesitzungen.
cli-help--data_dir = Wo das Tagebuch liegt (vorgegeben: der Datenordner des Systems für Interlude)
cli-help--minimized = Leise im Benachrichtigungsfeld starten, ohne ein Fenster zu öffnen (wenn Interlude bei der Anmeldung startet)
cli-help-note = Eine Notiz im Tagebuch speichern: `interlude note "Gut geschlafen" --mood 7`
cli-help-note--text = Die Worte der Notiz (mehrere Argumente werden mit Leerzeichen verbunden)
cli-help-note--mood = Wie du dich fühlst, von 1 (niedrig) bis 10 (gut)
cli-help-note--tags = Ein Schlagwort; für mehrere wiederholen
cli-help-note--private = Die Notiz als privat markieren: Sie bleibt aus jedem Überblick und Export draußen, außer du nimmst sie dazu
cli-help-search = Alles im Tagebuch durchsuchen, die besten Treffer zuerst
cli-help-search--query = Die gesuchten Wörter; "Wörter in Anführungszeichen" werden als Wortgruppe gesucht, und das letzte Wort findet auch Wörter, die so beginnen
cli-help-search--limit = Wie viele Treffer höchstens ausgegeben werden
cli-help-search--json = Die Treffer als JSON ausgeben
cli-help-brief = Der Sitzungsüberblick für deine Therapeutin oder deinen Therapeuten: seit deiner letzten Sitzung oder für beliebige Tage
cli-help-brief--since = Erster Tag (JJJJ-MM-TT); vorgegeben: der Tag deiner letzten Sitzung
cli-help-brief--until = Letzter Tag (JJJJ-MM-TT); vorgegeben: heute
cli-help-brief--format = md (Markdown), html (eine Webseite zum Drucken) oder pdf
cli-help-brief--out = In DATEI schreiben statt ausgeben (für pdf im Terminal nötig)
cli-help-brief--include_private = Als privat markierte Einträge einschließen (sonst weggelassen)
cli-help-export = Alles im Tagebuch in eine Datei (oder ins Terminal) schreiben
cli-help-export--format = json (das ganze Tagebuch) oder fhir (jeder abgeschlossene PHQ-9 und GAD-7 als FHIR R4)
cli-help-export--out = In DATEI schreiben statt ausgeben
cli-help-export--include_private = Als privat markierte Einträge einschließen (sonst weggelassen)
cli-help-import = Die Datensätze aus einer Exportdatei hinzufügen, aus Interlude oder einer anderen App; alles oder nichts
cli-help-import--file = Die Exportdatei
cli-help-import--from = Welche App sie erstellt hat
cli-help-import--dry_run = Zeigen, was hinzukäme, und nichts schreiben
cli-help-doctor = Den Zustand des Tagebuchs prüfen; endet bei einem Problem mit einem Fehlercode
cli-help-doctor--json = Den Bericht als JSON ausgeben
cli-help-reminders = Welche Erinnerungen kommen oder was eine Wiederholungsregel ergibt
cli-help-reminders-next = Die nächsten Erinnerungen an alles Geplante, eine pro Zeile
cli-help-reminders-next--count = Wie viele
cli-help-reminders-next--from = Ab diesem Zeitpunkt suchen (RFC 3339, z. B. 2027-03-13T12:00:00Z); vorgegeben: jetzt
cli-help-reminders-next--tz = Die Zeitzone, in der der Terminplan gelesen wird (vorgegeben: die des Systems)
cli-help-reminders-preview = Die ersten Zeitpunkte einer RRULE, ohne etwas zu speichern
cli-help-reminders-preview--rule = Die Regel, z. B. FREQ=WEEKLY;BYDAY=TU
cli-help-reminders-preview--start = Das erste Datum mit Uhrzeit in Ortszeit, z. B. 2027-03-13T02:30
cli-help-reminders-preview--tz = Die IANA-Zeitzone, z. B. `Europe/Berlin`
cli-help-reminders-preview--count = Wie viele
cli-help-backup = Die Sicherungen des Tagebuchs: auflisten, eine anlegen, eine wiederherstellen
cli-help-backup-list = Die aufbewahrten Sicherungen, neueste zuerst: Name, Zeit (UTC), Anlass, Größe
cli-help-backup-list--json = Als JSON ausgeben
cli-help-backup-create = Jetzt eine Sicherung anlegen; sie zählt erst, wenn sie geprüft ist
cli-help-backup-restore = Eine Sicherung zurückholen: Was jetzt da ist, wird vorher gesichert, und ein Tagebuch, das sich nicht öffnen lässt, wird beiseitegelegt (nie gelöscht)
cli-help-backup-restore--name = Der Name der Sicherung, wie `backup list` ihn zeigt
cli-help-sync = Über deine Computer synchronisieren, durch einen Ordner, den Syncthing, Nextcloud, iCloud Drive, Dropbox oder ein USB-Stick trägt
cli-help-sync-start = Die Synchronisierung dieses Tagebuchs über ORDNER beginnen (ein Syncthing-, Nextcloud-, iCloud-Drive- oder Dropbox-Ordner oder ein USB-Stick)
cli-help-sync-start--keep_plain = Ein Tagebuch ohne Passphrase so lassen (die Synchronisierung fragt trotzdem nach einer eigenen Passphrase)
cli-help-sync-join = Dem Tagebuch in ORDNER beitreten, mit seiner Passphrase oder seinem Wiederherstellungsschlüssel (im Terminal eingegeben oder aus INTERLUDE_PASSPHRASE)
cli-help-sync-join--keep_plain = Das Tagebuch auf diesem Computer ohne Passphrase lassen
cli-help-sync-status = Wie es um die Synchronisierung steht: der Ordner, die anderen Computer, etwaige Probleme
cli-help-sync-status--json = Als JSON ausgeben
cli-help-sync-now = Senden, was sich hier geändert hat, und zusammenführen, was angekommen ist; dann beenden
cli-help-sync-stop = Die Synchronisierung auf diesem Computer beenden (der Ordner und die anderen Computer bleiben, wie sie sind)
cli-help-homework = Für Therapeutinnen und Therapeuten: eine Hausaufgaben-Datei für eine Klientin oder einen Klienten schreiben oder prüfen
cli-help-homework-new = Eine Hausaufgaben-Datei schreiben, indem du ein paar Fragen beantwortest
cli-help-homework-new--file = Wohin sie gespeichert wird, z. B. hausaufgaben.json
cli-help-homework-check = Eine Hausaufgaben-Datei so prüfen, wie die App es tut, und zeigen, was sie enthält
cli-help-homework-check--file = Die Hausaufgaben-Datei

## interlude homework (cli/src/homework.rs)

# $file: a path.
cli-homework-unreadable = { $file } ließ sich nicht lesen
cli-homework-input-failed = Die Eingabe ließ sich nicht lesen
cli-homework-stopped = Vor dem Ende abgebrochen; nichts wurde geschrieben.
# $file: the file's name; $from: who it is from; $note: yes or no; $count: items.
cli-homework-summary = { $file } ist eine Hausaufgaben-Datei von { $from }, mit { $note ->
    [yes] einer Notiz und
   *[no] keiner Notiz und
  } { $count ->
    [one] 1 Aufgabe
   *[other] { $count } Aufgaben
  }.
cli-homework-summary-unsigned = { $file } ist eine Hausaufgaben-Datei ohne Unterschrift, mit { $note ->
    [yes] einer Notiz und
   *[no] keiner Notiz und
  } { $count ->
    [one] 1 Aufgabe
   *[other] { $count } Aufgaben
  }.
cli-homework-kind-plan = Vorhaben
cli-homework-kind-practice = angeleitete Übung
cli-homework-kind-questionnaire = Fragebogen
cli-homework-kind-experiment = Experiment
cli-homework-kind-question = Frage nach jeder Sitzung
cli-homework-intro = Eine Hausaufgaben-Datei für deine Klientin oder deinen Klienten. Interlude prüft jede Aufgabe gleich mit den Regeln der App; was übernommen wird, entscheidet die Person selbst.
cli-homework-ask-from = Von wem ist sie, so wie du unterschreibst?
cli-homework-ask-note = Eine Notiz (Zeilen bis zu einer leeren; jetzt eine leere Zeile für keine):
cli-homework-ask-kind = Hinzufügen: [p] ein Vorhaben, [g] eine angeleitete Übung, [e] ein Experiment, [q] einen Fragebogen, [r] eine Frage für nach jeder Sitzung, oder Enter zum Abschließen:
cli-homework-ask-question = Die Frage, die nach jeder Sitzung gestellt werden soll:
cli-homework-ask-measure = Welcher Fragebogen? [1] der PHQ-9 (Stimmung), [2] der GAD-7 (Angst):
cli-homework-ask-when = Wann? [s] vor jeder Sitzung (Enter), [w] einmal pro Woche:
cli-homework-ask-action = Was getan wird („Ich werde …“):
cli-homework-ask-practice = Welche Übung? [1] Box-Atmung, [2] 4-7-8-Atmung, [3] ein Drei-Minuten-Atemraum, [4] Erdung, [5] eine Selbstmitgefühlspause:
cli-homework-ask-frequency = Wie oft? [d] jeden Tag (Enter), [w] an bestimmten Wochentagen, [n] an einigen Tagen pro Woche, [t] mehrmals am Tag:
cli-homework-ask-days = Welche Tage? 1 ist Montag, 7 ist Sonntag (z. B. 1 3 5):
cli-homework-ask-per-week = An wie vielen Tagen pro Woche (1–7)?
cli-homework-ask-per-day = Wie oft am Tag (2–12)?
cli-homework-ask-cue = Der Auslöser („Nachdem ich …“), oder Enter für keinen:
cli-homework-ask-time = Meist um welche Uhrzeit (wie 08:45), oder Enter für keine:
cli-homework-ask-prediction = Die Vorhersage, die geprüft wird, in den Worten der Person:
cli-homework-ask-test = Das Experiment (was, wann, wo), oder Enter, um es der Person zu überlassen:
cli-homework-ask-safety = Sicherheitsverhalten, das wegfallen soll, oder Enter für keins:
cli-homework-ask-expected = Was die Person erwartet, oder Enter:
cli-homework-not-understood = Das ist keine der Möglichkeiten; bitte noch einmal.
# $detail: why the item can't be kept, in the app's words.
cli-homework-item-refused = Diese Aufgabe lässt sich so nicht übernehmen ({ $detail }). Füge sie geändert noch einmal hinzu.
# $file: a path.
cli-homework-saved = Gespeichert unter { $file }.
cli-homework-practice-box = Box-Atmung üben
cli-homework-practice-478 = 4-7-8-Atmung üben
cli-homework-practice-space = einen Drei-Minuten-Atemraum nehmen
cli-homework-practice-grounding = Erdung üben
cli-homework-practice-compassion = eine Selbstmitgefühlspause machen
