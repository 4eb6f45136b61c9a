### German: the settings area of the UI (see ui/lib/i18n.js): die
### Einstellungen – Darstellung, Sprache, Krisentelefone, Interlude auf
### diesem Computer, Privatsphäre und Sperre, Synchronisierung (und „Auf
### zwei Computern bearbeitet“), Export und Import, Sicherungen.
###
### Anrede „du“. „Journal“ heißt „Tagebuch“, „backup“ „Sicherung“, „lock“
### „sperren“, „login“ „Anmeldung“, „keychain“ „Schlüsselbund“, „plan“
### „Vorhaben“, „safety plan“ „Notfallplan“, „sync“ „synchronisieren“.

## Die Einstellungen (ui/views/settings.js)

settings-title = Einstellungen
settings-saved = Gespeichert

settings-appearance-heading = Darstellung
settings-theme-legend = Farbschema
# Hell oder dunkel, wie der Computer eingestellt ist.
settings-theme-system = System
settings-theme-light = Hell
settings-theme-dark = Dunkel
settings-autostart = Interlude starten, wenn ich mich anmelde
settings-autostart-hint = Es startet leise, ohne offenes Fenster, damit Erinnerungen dich erreichen können.
settings-autostart-on = Interlude startet, wenn du dich anmeldest.
settings-autostart-off = Interlude startet nicht von selbst.

settings-language-hint = Die Krisentelefone richten sich nach deiner Region, die du unabhängig davon unter „Notfallplan“ einstellst.

settings-region-heading = Krisentelefone
settings-region-label = Region für Krisentelefone
settings-region-about = Der Sperrbildschirm, der Begrüßungsbildschirm und dein Notfallplan zeigen die Krisentelefone dieses Landes.

settings-computer-heading = Interlude auf diesem Computer
settings-closing-legend = Wenn du das Fenster schließt
settings-closing-background = Erinnerungen im Hintergrund weiterlaufen lassen
settings-closing-quit = Interlude beenden
settings-closing-ask = Noch ist nichts gewählt: Interlude fragt, wenn du sein Fenster zum ersten Mal schließt.
settings-tray-icon = Das Symbol von Interlude im Benachrichtigungsfeld öffnet es wieder.
settings-tray-none = Auf diesem Desktop gibt es kein Benachrichtigungsfeld für Symbole. Öffne Interlude über deine Apps, um es wiederzusehen.
settings-quit = Interlude beenden
settings-quit-hint = Nach dem Beenden kommen keine Erinnerungen, bis du Interlude wieder öffnest.

settings-data-heading = Deine Daten
# $path: der Ordner des Tagebuchs.
settings-data-where = Dein Tagebuch ist nur auf diesem Computer gespeichert, unter { $path }.
settings-data-where-synced = Dein Tagebuch ist auf diesem Computer gespeichert, unter { $path }, und reist verschlüsselt durch deinen Sync-Ordner.
settings-export-heading = Exportieren
settings-export-about = Eine Kopie deines Tagebuchs – Reflexionen, Momente, Check-ins, Notizen und Vorhaben – als eine JSON-Datei in deinem Download-Ordner. Bewahre sie an einem privaten Ort auf.
settings-export-private = Als privat markierte Einträge einschließen
settings-export-button = Tagebuch exportieren
settings-export-saved = Gespeichert unter { $path }.
settings-export-left-out = { $count ->
    [one] { $count } privater Eintrag wurde ausgelassen.
   *[other] { $count } private Einträge wurden ausgelassen.
}
settings-import-heading = Importieren
settings-import-about = Hol Einträge aus einem Interlude-Export herein. Was schon da ist, wird übersprungen – nichts wird doppelt, nichts überschrieben.
settings-import-file = Exportdatei auswählen
settings-import-reading = Die Datei wird gelesen …
settings-import-failed = Diese Datei ließ sich nicht lesen. Es wurde nichts verändert.
settings-import-summary = { $added ->
    [one] { $added } Eintrag hinzugefügt
   *[other] { $added } Einträge hinzugefügt
} ({ $alreadyPresent ->
    [one] { $alreadyPresent } war schon da
   *[other] { $alreadyPresent } waren schon da
}).

settings-about-heading = Über Interlude
settings-about-version = Version
settings-about-data-version = Datenversion

## Privatsphäre und Sperre (ui/views/privacy.js)

settings-privacy-heading = Privatsphäre und Sperre
settings-privacy-about-plain = Interlude kann dein Tagebuch auf diesem Computer verschlüsseln: Die Tagebuchdatei, ihr Suchindex und ihre Sicherungen lassen sich dann ohne ihren Schlüssel nicht lesen – von niemandem, auch nicht vom Interlude-Team.
settings-privacy-about-login = Dein Tagebuch ist auf diesem Computer verschlüsselt, und sein Schlüssel liegt im Schlüsselbund dieses Computers. Wenn es gesperrt ist, öffnet „Entsperren“ es wieder.
settings-privacy-about-passphrase = Dein Tagebuch ist auf diesem Computer verschlüsselt. Interlude fragt nach deiner Passphrase, wenn es startet und nachdem es sich gesperrt hat.

settings-lock-now = Jetzt sperren
# $shortcut: das Tastenkürzel, z. B. Strg+Umschalt+L.
settings-lock-now-hint = Oder drück { $shortcut }, wo immer du in Interlude bist.
settings-locking-heading = Sperren
settings-auto-lock-label = Sperren, wenn ich so lange weg war
settings-auto-lock-hint = Weg heißt: kein Tippen und kein Klicken in einem Fenster von Interlude.
settings-auto-lock-never = Nie
settings-auto-lock-minutes = { $minutes ->
    [one] { $minutes } Minute
   *[other] { $minutes } Minuten
}
settings-lock-show-text = Namen von Vorhaben in Erinnerungen zeigen, solange gesperrt ist
# „Zeit für deine Übung“ ist der Text dieser Erinnerung (reminder-plan in desktop.ftl).
settings-lock-show-text-hint = Sonst sagen Erinnerungen nur „Zeit für deine Übung“, damit nichts Privates zu sehen ist, solange Interlude gesperrt ist.
settings-lock-safety-plan = Meinen Notfallplan auf dem Sperrbildschirm zeigen
settings-lock-plan-hint-login = Eine Kopie deines Notfallplans liegt unverschlüsselt neben dem Tagebuch, damit sie sich ohne Entsperren lesen lässt – von dir in einem schweren Moment, aber auch von allen, die deine Dateien öffnen können.
settings-lock-plan-hint-passphrase = Eine Kopie deines Notfallplans liegt unverschlüsselt neben dem Tagebuch, damit sie sich ohne deine Passphrase lesen lässt – von dir in einem schweren Moment, aber auch von allen, die deine Dateien öffnen können.

settings-previous-copy = Eine Kopie von vor der Änderung bleibt erhalten, bis du sicher bist, dass alles da ist.
settings-previous-copy-remove = Alte Kopie entfernen
settings-previous-copy-removed = Die alte Kopie ist entfernt.

settings-keeper-heading = Wie dein Tagebuch aufbewahrt wird
settings-keeper-none = Im Moment liegt es unverschlüsselt da. Du kannst es auf zwei Arten schützen.
settings-keeper-passphrase = Mit einer Passphrase, die du eingibst, wenn Interlude startet.
settings-keeper-login = Öffnet sich mit deiner Anmeldung an diesem Computer.

settings-passphrase = Passphrase
settings-passphrase-again = Die Passphrase noch einmal
settings-passphrase-current = Bisherige Passphrase
settings-passphrase-new = Neue Passphrase
settings-passphrase-new-again = Die neue Passphrase noch einmal
# $min: so viele Zeichen braucht sie mindestens.
settings-passphrase-new-hint = Mindestens { $min } Zeichen. Ein kurzer Satz, auf den nur du kommst, lässt sich leicht merken.
settings-passphrase-forget = Wähl eine, die du dir merken kannst. Wenn die Passphrase vergessen ist, lässt sich das Tagebuch nicht mehr öffnen, und es gibt keine Möglichkeit, sie zurückzusetzen.
settings-passphrase-current-first = Gib bitte zuerst deine bisherige Passphrase ein.

settings-protect-heading = Mit einer Passphrase schützen
settings-protect-submit = Mein Tagebuch schützen
settings-protect-busy = Dein Tagebuch wird geschützt … Das kann ein paar Sekunden dauern. Interlude kann währenddessen offen bleiben.
settings-protect-done = Dein Tagebuch ist jetzt geschützt. Interlude fragt bei jedem Start nach deiner Passphrase.
settings-change-heading = Passphrase ändern
settings-change-submit = Passphrase ändern
settings-change-busy = Deine Passphrase wird geändert … Das kann ein paar Sekunden dauern.
settings-change-done = Deine Passphrase ist geändert. Nimm ab jetzt die neue.
settings-use-passphrase-heading = Stattdessen eine Passphrase verwenden
settings-use-passphrase-submit = Diese Passphrase verwenden
settings-use-passphrase-busy = Dein Tagebuch wechselt zu einer Passphrase … Das kann ein paar Sekunden dauern.
settings-use-passphrase-done = Dein Tagebuch öffnet sich jetzt mit deiner Passphrase. Interlude fragt bei jedem Start danach.

settings-login-about = Interlude legt den Schlüssel in den Schlüsselbund dieses Computers, sodass sich dein Tagebuch von selbst öffnet, wenn du angemeldet bist. Du musst dir nichts merken – und alle, die sich hier als du anmelden können, können es öffnen.
settings-protect-login-heading = Mit meiner Anmeldung
settings-protect-login = Mit meiner Anmeldung schützen
settings-protect-login-busy = Dein Tagebuch wird geschützt … Das kann ein paar Sekunden dauern.
settings-protect-login-done = Dein Tagebuch ist jetzt geschützt. Es öffnet sich mit deiner Anmeldung an diesem Computer.
settings-use-login-heading = Stattdessen meine Anmeldung verwenden
settings-use-login-submit = Stattdessen meine Anmeldung verwenden
settings-use-login-busy = Dein Tagebuch wechselt zu deiner Anmeldung … Das kann ein paar Sekunden dauern.
settings-use-login-done = Dein Tagebuch öffnet sich jetzt mit deiner Anmeldung an diesem Computer. Du musst keine Passphrase mehr eingeben.

settings-recovery-heading = Wiederherstellungsschlüssel
settings-recovery-show = Meinen Wiederherstellungsschlüssel zeigen
settings-recovery-hide = Ausblenden

## Sicherungen (ui/views/backups.js, ui/lib/backups.js) und das
## Wiederherstellen (ui/components/restore-backup.js)

settings-backups-heading = Sicherungen
# $count: so viele Sicherungen werden aufbewahrt (14).
settings-backups-about = Jeden Tag und vor einem Update oder einem Import legt Interlude eine Sicherung deines Tagebuchs an, prüft sie und bewahrt die neuesten { $count } auf – verschlüsselt wie dein Tagebuch, wenn es eine Passphrase hat.
# $folder: der Ordner der Sicherungen.
settings-backups-where = Sie liegen unter { $folder }.
settings-backup-now = Jetzt sichern
settings-backups-backing-up = Wird gesichert …
settings-backups-done = Gerade eben gesichert.
settings-backups-restoring = Wird wiederhergestellt … Das kann einen Moment dauern.
settings-backups-empty = Noch keine Sicherungen. Die erste wird heute angelegt.
settings-backups-caption = Deine Sicherungen, die neueste zuerst
settings-backups-when = Wann
settings-backups-why = Warum
settings-backups-size = Größe
settings-backups-restore-column = Wiederherstellen
settings-backup-restore = Wiederherstellen …

settings-backup-reason-daily = Täglich
settings-backup-reason-manual = Von dir angelegt
settings-backup-reason-before-migration = Vor einem Update
settings-backup-reason-before-import = Vor einem Import
settings-backup-reason-before-restore = Vor einer Wiederherstellung
settings-backup-reason-other = Sicherung

settings-size-kb = { $size } KB
settings-size-mb = { $size } MB

# z. B. „Di., 24. Nov.“; $weekday und $month sind die kurzen deutschen Namen mit Punkt.
settings-date = { $weekday }, { $day }. { $month }
settings-date-year = { $weekday }, { $day }. { $month } { $year }
settings-backup-today = Heute { $time }
settings-backup-yesterday = Gestern { $time }
settings-backup-day = { $date }, { $time }
settings-when-today = heute um { $time }
settings-when-yesterday = gestern um { $time }
settings-when-day = { $date } um { $time }
settings-when-on-day = am { $date } um { $time }
# In „so, wie es … war“, wenn die Zeit sich nicht lesen lässt.
settings-when-made = zum Zeitpunkt der Sicherung
settings-when-unknown = vor einer Weile

settings-restore-body = Dein Tagebuch kehrt zu dem Stand zurück, den es { $when } hatte. Was jetzt darin ist, wird vorher gesichert, damit du dahin zurückkehren kannst.
settings-restore-body-unreadable = Dein Tagebuch kehrt zu dem Stand zurück, den es { $when } hatte. Die Datei, die sich nicht lesen ließ, wird beiseitegelegt und aufbewahrt, nicht gelöscht.
settings-restore-sync-note = Deine anderen Computer zeigen dann auch die Einträge der Sicherung. Was dort seitdem geschrieben wurde, bleibt, und wo dieselben Worte geändert wurden, wählst du aus, was bleibt.
settings-restored = Dein Tagebuch hat wieder den Stand, den es { $when } hatte. Was vorher darin war, ist als Sicherung gespeichert.
settings-restored-unreadable = Dein Tagebuch hat wieder den Stand, den es { $when } hatte. Die Datei, die sich nicht lesen ließ, liegt im Ordner von Interlude und ist nicht gelöscht.

## Aus einer anderen App importieren (ui/views/import-other.js). Die Namen
## der Apps bleiben, wie sie sind; Menüpfade nennen die Menüs der App.

settings-other-heading = Aus einer anderen App
settings-other-about = Hol herein, was du in einer anderen App geschrieben hast: Es kommt als Check-ins, Momente, Notizen oder Vorhaben an. Nichts verlässt deinen Computer, vorher wird eine Sicherung angelegt, und derselbe Import ein zweites Mal fügt nichts doppelt hinzu.
settings-other-legend = In welcher App sind deine Einträge?
settings-other-name-freecbt = FreeCBT oder Quirk
# Text zwischen `Backticks` ist ein Befehl und wird als Code gezeigt.
settings-other-hint-daylio = Die CSV-Datei aus Mehr → Einträge exportieren → CSV.
settings-other-hint-loop = Die .zip-Datei aus Einstellungen → Als CSV exportieren.
settings-other-hint-jrnl = Die Datei aus `jrnl --format json`.
settings-other-hint-dayone = Ihr JSON-Export: die .zip-Datei oder die Journal.json darin.
settings-other-hint-freecbt = Ihr JSON-Export (eine .json-Datei).
settings-other-file = Datei auswählen
# $app: der Name der App.
settings-other-file-for = Deine Datei aus { $app } auswählen
settings-other-reading = { $file } wird gelesen …
settings-other-too-large = { $file } ist größer als { $size } MB und zu groß für einen Import. Es wurde nichts importiert.
settings-other-unreadable = { $file } ließ sich nicht lesen. Wähl die Datei bitte noch einmal aus. Es wurde nichts importiert.

settings-other-preview-heading = Aus { $app } · { $file }
# $counts: z. B. „5 Check-ins und 2 Notizen“.
settings-other-would-add = Würde hinzufügen: { $counts }.
settings-other-list = { $most } und { $last }
settings-other-count-checkins = { $count ->
    [one] { $count } Check-in
   *[other] { $count } Check-ins
}
settings-other-count-moments = { $count ->
    [one] { $count } Moment
   *[other] { $count } Momente
}
settings-other-count-notes = { $count ->
    [one] { $count } Notiz
   *[other] { $count } Notizen
}
settings-other-count-plans = { $count ->
    [one] { $count } Vorhaben
   *[other] { $count } Vorhaben
}
settings-other-count-plan-days = { $count ->
    [one] { $count } markierter Tag
   *[other] { $count } markierte Tage
}
settings-other-nothing-new = Nichts Neues: Alles in dieser Datei ist schon da.
settings-other-nothing = In dieser Datei ist nichts, was hereinkommen kann.
settings-other-already = { $count ->
    [one] { $count } ist schon da und wird nicht noch einmal hinzugefügt.
   *[other] { $count } sind schon da und werden nicht noch einmal hinzugefügt.
}
# $from und $to: Tage wie „Sa., 3. Jan. 2025“.
settings-other-range = Reicht von { $from } bis { $to }.
settings-other-range-one = Alles vom { $day }.
settings-other-samples = Das Neueste in der Datei
settings-other-left-out = Was nicht mitkommt
settings-other-import = Importieren
settings-other-choose-again = Andere Datei auswählen
settings-other-importing = Wird importiert … Vorher wird eine Sicherung angelegt.
settings-other-added-none = Nichts Neues wurde hinzugefügt.
settings-other-added-none-here = Nichts Neues wurde hinzugefügt: { $here ->
    [one] { $here } Eintrag war
   *[other] alle { $here } waren
} schon da.
settings-other-added = { $added ->
    [one] { $added } Eintrag hinzugefügt
   *[other] { $added } Einträge hinzugefügt
}. Eine Sicherung von kurz davor findest du unter Sicherungen.
settings-other-added-also = { $added ->
    [one] { $added } Eintrag hinzugefügt
   *[other] { $added } Einträge hinzugefügt
} ({ $here ->
    [one] { $here } war schon da
   *[other] { $here } waren schon da
}). Eine Sicherung von kurz davor findest du unter Sicherungen.

## Über meine Computer synchronisieren (ui/views/sync.js, ui/lib/sync.js)

settings-sync-heading = Über meine Computer synchronisieren
settings-sync-about-off = Schreib auf einem Computer und lies es auf einem anderen. Interlude verbindet sich selbst nie mit irgendetwas: Es legt die Änderungen an deinem Tagebuch in einen Ordner, den eine Sync-App, die du schon nutzt, zwischen deinen Computern trägt – Syncthing, Nextcloud, iCloud Drive oder Dropbox – oder auf einen USB-Stick, den du mitnimmst. Dann führt es zusammen, was deine anderen Computer dort hinterlassen haben.
settings-sync-travels = Was reist, ist dein Tagebuch: was du schreibst und jede Änderung daran, dazu deine Einstellungen für Erinnerungen und die Region für Krisentelefone. Das Farbschema und wie sich dieses Fenster verhält, bleiben auf jedem Computer für sich. Im Ordner liegen immer nur verschlüsselte Dateien, sodass niemand, der den Sync-Dienst betreibt, sie lesen kann.
settings-sync-folder = Ordner für die Synchronisierung
settings-sync-folder-hint = Ein Ordner, den deine Sync-App zwischen deinen Computern trägt, oder einer auf einem USB-Stick. Wähl einen, der hier gefunden wurde, oder gib den Pfad eines beliebigen Ordners ein.
settings-sync-found = Auf diesem Computer gefunden:
settings-sync-no-folder = Wähl bitte zuerst einen Ordner aus oder gib einen ein.

settings-sync-start-heading = Auf diesem Computer beginnen
settings-sync-start-about = Wenn dies der erste Computer ist, der dieses Tagebuch synchronisiert. Interlude legt es in den Ordner, damit deine anderen Computer beitreten können.
settings-sync-start-plain = Dein Tagebuch auf diesem Computer hat keine Passphrase, die Synchronisierung braucht aber eine: Die Dateien im Ordner werden damit verschlüsselt.
settings-sync-forget = Deine anderen Computer fragen danach, wenn sie beitreten. Wenn sie vergessen ist, lässt sich nicht mehr öffnen, was im Ordner liegt, und es gibt keine Möglichkeit, sie zurückzusetzen.
settings-sync-passphrase = Passphrase für die Synchronisierung
settings-sync-protect = Dieses Tagebuch auf diesem Computer mit derselben Passphrase schützen
settings-sync-protect-hint = Dann fragt Interlude auch hier beim Start danach, und dein Tagebuch ist auch auf diesem Computer verschlüsselt.
settings-sync-start = Dieses Tagebuch synchronisieren
settings-sync-starting = Wird gestartet … Interlude legt dein Tagebuch in den Ordner. Das kann ein paar Sekunden dauern.
# „Dem Tagebuch in diesem Ordner beitreten“ ist der Knopf settings-sync-join.
settings-sync-start-done = Dieses Tagebuch wird jetzt über den Ordner synchronisiert. Wähl auf deinen anderen Computern denselben Ordner und „Dem Tagebuch in diesem Ordner beitreten“.
settings-sync-protected-too = Dein Tagebuch auf diesem Computer ist jetzt auch mit derselben Passphrase geschützt.

settings-sync-join-heading = Von einem anderen Computer beitreten
settings-sync-join-about = Wenn dieses Tagebuch schon von einem deiner anderen Computer aus über den Ordner synchronisiert wird.
settings-sync-secret = Passphrase oder Wiederherstellungsschlüssel
settings-sync-secret-hint = Von deinem ersten Computer: die Passphrase des Tagebuchs (oder die dort für die Synchronisierung gewählte) oder sein Wiederherstellungsschlüssel – 13 Gruppen aus je vier Buchstaben und Ziffern.
settings-sync-reveal = Zeigen, was ich tippe
settings-sync-join-merge = Nichts wird ersetzt: Was jetzt auf diesem Computer ist, wird mit dem zusammengeführt, was im Ordner liegt.
settings-sync-join = Dem Tagebuch in diesem Ordner beitreten
settings-sync-no-secret = Gib bitte zuerst die Passphrase oder den Wiederherstellungsschlüssel ein.
settings-sync-joining = Wird beigetreten … Interlude führt dieses Tagebuch mit dem im Ordner zusammen. Das kann ein paar Sekunden dauern.
settings-sync-join-done = Dieser Computer ist beigetreten. Was hier war und was im Ordner lag, ist zusammengeführt.

# $folder: der Sync-Ordner.
settings-sync-about-on = Dieses Tagebuch wird über { $folder } synchronisiert. Interlude legt seine Änderungen verschlüsselt dort ab und führt zusammen, was deine anderen Computer hinterlassen. Es verbindet sich selbst nie mit irgendetwas.
settings-sync-this-computer = Dieser Computer heißt { $name }.
settings-sync-last-sent = Zuletzt gesendet { $when }.
settings-sync-nothing-sent = Von diesem Computer wurde noch nichts gesendet.
settings-sync-last-received = Zuletzt empfangen { $when }.
settings-sync-nothing-received = Von einem anderen Computer ist noch nichts gekommen.
settings-sync-just-now = gerade eben
settings-sync-minutes-ago = { $count ->
    [one] vor { $count } Minute
   *[other] vor { $count } Minuten
}
settings-sync-conflicts = { $count ->
    [one] Eine Sache wurde
   *[other] { $count } Sachen wurden
} auf zwei Computern gleichzeitig bearbeitet. Beide Fassungen bleiben, bis du wählst.
settings-sync-choose = Auswählen, was bleibt
settings-sync-newer = Aktualisiere Interlude auf diesem Computer, um { $count ->
    [one] { $count } neuere Änderung
   *[other] { $count } neuere Änderungen
} zu sehen.
settings-sync-computers-heading = Deine anderen Computer
settings-sync-another-computer = Ein anderer Computer
settings-sync-seen = zuletzt gesehen { $when }
settings-sync-not-seen = noch nicht gesehen
settings-sync-changes = { $count ->
    [one] { $count } Änderung von dort
   *[other] { $count } Änderungen von dort
}
settings-sync-stale = { $months ->
    [0] Lange nicht gesehen
    [one] Seit einem Monat nicht gesehen
   *[other] Seit { $months } Monaten nicht gesehen
}: Alte Änderungen werden aufgeräumt, ohne auf ihn zu warten; wenn er zurückkommt, holt er vom neuesten Stand aus auf.
settings-sync-computers-none = Noch ist kein anderer Computer beigetreten. Öffne auf deinem anderen Computer die Einstellungen, wähl denselben Ordner und „Dem Tagebuch in diesem Ordner beitreten“.
settings-sync-problems-heading = Einen Blick wert
settings-sync-now = Jetzt synchronisieren
settings-sync-syncing = Wird synchronisiert …
settings-sync-synced = Gerade eben gesendet und zusammengeführt.
settings-sync-stop = Synchronisierung auf diesem Computer beenden
settings-sync-stop-hint = Beim Beenden bleiben der Ordner und deine anderen Computer, wie sie sind.
settings-sync-stopping = Wird beendet …
settings-sync-stop-done = Dieser Computer synchronisiert nicht mehr. Dein Tagebuch hier bleibt, wie es ist, und der Ordner und deine anderen Computer bleiben unberührt.

## Auf zwei Computern bearbeitet (ui/views/sync-conflicts.js). Ruhig: nichts
## geht verloren, nichts ist dringend.

settings-conflicts-title = Auf zwei Computern bearbeitet
settings-conflicts-about = Wenn dieselben Worte auf zwei deiner Computer geändert werden, bevor sie sich austauschen, warten beide Fassungen hier. Nichts geht verloren, bis du wählst: Behalte eine oder behalte beide, aneinandergefügt.
settings-conflicts-none = Nichts wartet auf eine Wahl. Alles von deinen Computern ist in deinem Tagebuch.
settings-conflicts-back = Zurück zu deinem Tagebuch
settings-conflicts-settings = Einstellungen zur Synchronisierung
settings-sync-kind-plan = Vorhaben
settings-conflicts-open-entry = Eintrag öffnen
settings-conflicts-versions = Fassungen
settings-sync-version-from = Von { $computer }
settings-sync-version-from-when = Von { $computer }, { $when }
settings-sync-another = einem anderen Computer
settings-conflicts-current = Steht gerade in deinem Tagebuch.
settings-conflicts-empty = Hier steht nichts.
settings-conflicts-keep = Diese behalten
settings-conflicts-keep-both = Beide behalten
settings-conflicts-both-hint = „Beide behalten“ fügt sie an dieser Stelle nacheinander ein.
settings-sync-kept-both = Beide behalten und aneinandergefügt.
settings-sync-kept = Die Fassung von { $computer } behalten.
settings-sync-last-one = Das war die letzte.
settings-sync-more-wait = { $count ->
    [one] { $count } weitere wartet auf eine Wahl.
   *[other] { $count } weitere warten auf eine Wahl.
}
