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
cli-brief-pdf-terminal = Ein PDF ist nicht zum Lesen im Terminal: Mit --out brief.pdf wird es gespeichert.
cli-bad-start-day = Das Anfangsdatum „{ $text }“ ist kein Tag wie 2026-11-24.
cli-bad-end-day = Das Enddatum „{ $text }“ ist kein Tag wie 2026-11-24.

## interlude reminders
cli-bad-local-time = „{ $text }“ ist keine Ortszeit wie 2027-03-13T02:30.
cli-bad-moment = „{ $text }“ ist kein Zeitpunkt wie 2027-03-13T12:00:00Z.

## interlude doctor
cli-doctor-journal = Tagebuch:{"       "}
cli-doctor-schema = Schema-Version: { $found } (diese Version kann { $supported })
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
        [one] { $count } Plan
       *[other] { $count } Pläne
    }
cli-import-plan-days = { $count ->
        [one] { $count } eingetragener Tag
       *[other] { $count } eingetragene Tage
    }
cli-import-range = Vom { $from } bis { $until }.
cli-import-left-out = Weggelassen: { $line }
cli-import-dry-run-done = Nichts wurde importiert (Probelauf).

## interlude sync
cli-sync-new-passphrase = Eine Passphrase für den Abgleich (du gibst sie auf deinem anderen Computer ein):{" "}
cli-sync-passphrase-again = Noch einmal:{" "}
cli-sync-existing-passphrase = Die Passphrase oder der Wiederherstellungsschlüssel des Tagebuchs:{" "}
cli-sync-passphrase-needed = Der Abgleich braucht eine Passphrase: Führe den Befehl in einem Terminal aus, um sie einzugeben, oder setze INTERLUDE_PASSPHRASE.
cli-sync-passphrases-differ = Die beiden Passphrasen sind verschieden. Nichts wurde geändert; bitte versuch es noch einmal.
cli-sync-protected = Dieses Tagebuch ist jetzt mit derselben Passphrase geschützt.
cli-sync-protected-here = Das Tagebuch auf diesem Computer ist jetzt mit derselben Passphrase geschützt.
cli-sync-stopped = Dieser Computer gleicht nicht mehr ab. Der Ordner und deine anderen Computer bleiben, wie sie waren.
cli-sync-report = { $sent ->
        [one] { $sent } Änderung
       *[other] { $sent } Änderungen
    } gesendet, { $received } empfangen, { $merged ->
        [one] { $merged } Datensatz
       *[other] { $merged } Datensätze
    } zusammengeführt.
cli-sync-off = Dieses Tagebuch wird nicht abgeglichen. Anfangen mit: interlude sync start ORDNER
cli-sync-not-yet = noch nicht
cli-sync-folder = Ordner: { $folder }
cli-sync-this-computer = Dieser Computer: { $name }
cli-sync-last-sent = Zuletzt gesendet: { $time }
cli-sync-last-received = Zuletzt empfangen: { $time }
cli-sync-unnamed = Ein Computer ohne Namen
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
