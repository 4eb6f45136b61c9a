### Deutsch: errors-storage (see src-tauri/core/src/i18n.rs): Speichern des
### Tagebuchs (src-tauri/core/src/storage/) und Synchronisierung
### (src-tauri/core/src/sync/). $path ist eine Datei oder ein Ordner auf diesem
### Computer; $detail sind die eigenen Worte des Systems, von SQLite oder
### eines anderen Fehlers. Auf Meldungen „… ließ sich nicht …“ folgen die
### Worte des Systems in Klammern.
### Schlüsseländerung, Sicherung, Wiederherstellung und Synchronisierung
### liest jemand in einem Moment der Sorge um sein Tagebuch: klar, ruhig,
### und immer sagen, was sicher ist. Anrede „du“.

## Sicherungen (storage/backup.rs)

error-storage-backups-folder-unreadable = Der Ordner mit den Sicherungen ließ sich nicht lesen
# $name: der Dateiname einer Sicherung, z. B. interlude-20261128-090507-daily.db
error-storage-no-such-backup = Es gibt keine Sicherung namens „{ $name }“.
# In Klammern nach error-corrupt. $detail: SQLites Worte.
error-storage-backup-failed-check = die Sicherung hat ihre Prüfung nicht bestanden: { $detail }
error-storage-no-backup-folder = Dieses Tagebuch hat keinen Ordner, in dem Sicherungen liegen könnten.
error-storage-backup-not-kept = Die Sicherung ließ sich nicht ablegen
# In Klammern nach error-storage.
error-storage-backup-vanished = die neue Sicherung ist verschwunden
error-storage-no-backups = Für dieses Tagebuch gibt es keine Sicherungen.
error-storage-old-backup-not-removed = Eine alte Sicherung ließ sich nicht entfernen
# Eine Sicherung tritt an die Stelle eines Tagebuchs, das sich nicht öffnen
# lässt: Die beschädigte Datei wird umbenannt und aufbewahrt, nie gelöscht.
error-storage-damaged-not-set-aside = Das beschädigte Tagebuch ließ sich nicht beiseitelegen
error-storage-backup-not-put-in-place = Die Sicherung ließ sich nicht an die Stelle des Tagebuchs setzen

## Das Tagebuch öffnen (storage/db.rs)

error-storage-not-encrypted-yet = Dieses Tagebuch ist noch nicht verschlüsselt; es öffnet sich ohne Passphrase.
error-storage-folder-not-created = Der Ordner { $path } ließ sich nicht anlegen

## `interlude doctor` und die Prüfung im Hintergrund (storage/doctor.rs):
## die gefundenen Probleme, unter „Was gefunden wurde“.

# $line: SQLites eigene Worte.
error-storage-doctor-integrity = Integrität: { $line }
# $table: der Name einer Tabelle der Datenbank; $row: die Nummer einer Zeile.
error-storage-doctor-missing-reference = eine Zeile in { $table } (#{ $row }) verweist auf etwas, das fehlt
error-storage-doctor-search-index = Suchindex: { $detail }
# $found: die Datenversion des Tagebuchs; $supported: die dieser Version.
error-storage-doctor-schema-version = Datenversion { $found }, erwartet { $supported }

## Das Tagebuch verschlüsseln und seinen Schlüssel ändern
## (storage/encryption.rs, storage/key.rs, storage/keyfiles.rs).

error-storage-journal-file-unreadable = Die Tagebuchdatei ließ sich nicht lesen
error-storage-previous-copy-kept-encryption = Eine Kopie des Tagebuchs von der letzten Änderung wird noch aufbewahrt. Entferne sie in den Einstellungen, bevor du die Verschlüsselung noch einmal änderst.
error-storage-journal-open-elsewhere = Das Tagebuch ist noch an anderer Stelle geöffnet. Schließe Interlude und versuche es noch einmal.
# In Klammern nach error-storage.
error-storage-reencrypted-copy-mismatch = die neu verschlüsselte Kopie stimmte nicht mit dem Tagebuch überein, deshalb wurde nichts verändert
error-storage-old-journal-not-set-aside = Das bisherige Tagebuch ließ sich nicht beiseitelegen
error-storage-new-journal-not-put-in-place = Das neue Tagebuch ließ sich nicht an seinen Platz setzen
error-storage-backup-not-replaced = Eine Sicherung ließ sich nicht ersetzen
error-storage-journal-not-restored = Das Tagebuch ließ sich nicht wiederherstellen
error-storage-data-folder-name-unusable = Der Name des Datenordners lässt sich hier nicht verwenden.
# In Klammern nach error-storage.
error-storage-keyed-statement-failed = ein Befehl, der den Schlüssel enthielt, ist fehlgeschlagen
error-storage-not-removed = { $path } ließ sich nicht entfernen

## Dateien schreiben (storage/files.rs): Exporte, Rückblicke, Einstellungen.

error-storage-not-written = { $path } ließ sich nicht schreiben

## Der Schlüssel des Tagebuchs und seine Einstellungen (storage/key.rs,
## storage/keyfiles.rs).

error-storage-type-passphrase = Gib bitte eine Passphrase ein.
# $detail: die Worte der Bibliothek, die den Schlüssel ableitet.
error-storage-key-settings-unusable = Die Schlüsseleinstellungen lassen sich nicht verwenden: { $detail }
error-storage-stored-key-invalid = Der gespeicherte Schlüssel ist kein gültiger Schlüssel.
# $detail: eine der Meldungen error-storage-recovery-key-… unten.
error-storage-not-a-recovery-key = Das ist kein Wiederherstellungsschlüssel: { $detail }
# $letter: das Zeichen, das eingegeben wurde.
error-storage-recovery-key-bad-letter = „{ $letter }“ gehört nicht zu seinen Zeichen.
# $count: so viele Buchstaben und Ziffern wurden eingegeben.
error-storage-recovery-key-length = Er besteht aus 52 Buchstaben und Ziffern, deine Eingabe hat { $count }.
error-storage-recovery-key-last-character = Mit diesem letzten Zeichen kann kein Schlüssel enden.
error-storage-recovery-key-incomplete = Er enthält keinen ganzen Schlüssel.
# $memory: MiB; $passes und $lanes: Zahlen (Einstellungen von Argon2id).
error-storage-kdf-limits = Die Schlüsseleinstellungen des Tagebuchs verlangen { $memory } MiB Arbeitsspeicher, { $passes } Durchläufe und { $lanes } parallele Stränge – mehr, als Interlude erlaubt (1 GiB, 10 Durchläufe, 16 Stränge). Die Datei ist vielleicht beschädigt; es wurde nichts verändert.
# $name: der Name eines Verfahrens zur Schlüsselableitung, z. B. scrypt.
error-storage-kdf-unknown = Der Schlüssel dieses Tagebuchs verwendet „{ $name }“, das diese Version von Interlude nicht kennt.
error-storage-kdf-no-salt = Die Datei mit den Schlüsseleinstellungen enthält kein brauchbares Salt.
error-storage-key-settings-unreadable = Die Schlüsseleinstellungen des Tagebuchs ließen sich nicht lesen
# In Klammern nach error-corrupt. $file: ein Dateiname, z. B. interlude.kdf.json.
error-storage-settings-file-unreadable = { $file } lässt sich nicht lesen: { $detail }
# $name: was den Schlüssel aufbewahrt, wie die Datei es nennt.
error-storage-keeper-unknown = Der Schlüssel dieses Tagebuchs wird von „{ $name }“ aufbewahrt, das diese Version von Interlude nicht kennt.
# In Klammern nach error-storage.
error-storage-key-settings-not-written = die Schlüsseleinstellungen ließen sich nicht schreiben: { $detail }
# In Klammern nach error-storage.
error-storage-no-random = das System hat keine Zufallszahlen geliefert: { $detail }

# Nachdem ein Tagebuch zum ersten Mal geschützt wurde. $count: so viele ältere
# Sicherungen sind noch ungeschützt (mindestens 1); $detail: warum die erste
# nicht umgestellt werden konnte. Der Ordner heißt wirklich „backups“.
error-storage-key-change-left-unprotected = { $count ->
    [one] Dein Tagebuch ist jetzt geschützt. Eine ältere Sicherung konnte nicht mit seinem Schlüssel verschlüsselt werden ({ $detail }) und ist noch ungeschützt – sie liegt im Ordner „backups“ neben dem Tagebuch. Eine neue, geschützte Sicherung ist angelegt; die ältere kannst du aus diesem Ordner löschen, sobald du sie nicht mehr brauchst.
   *[other] Dein Tagebuch ist jetzt geschützt. { $count } ältere Sicherungen konnten nicht mit seinem Schlüssel verschlüsselt werden ({ $detail }) und sind noch ungeschützt – sie liegen im Ordner „backups“ neben dem Tagebuch. Eine neue, geschützte Sicherung ist angelegt; die älteren kannst du aus diesem Ordner löschen, sobald du sie nicht mehr brauchst.
}
# Nach einer Änderung des Schlüssels. $count: so viele ältere Sicherungen
# blieben beim alten Schlüssel (mindestens 1); $detail: warum die erste nicht
# umgestellt werden konnte.
error-storage-key-change-left-under-old-key = { $count ->
    [one] Dein Tagebuch öffnet sich jetzt mit seinem neuen Schlüssel. Eine ältere Sicherung konnte nicht auf ihn umgestellt werden ({ $detail }) und bleibt, wie sie war: Sie öffnet sich weiterhin mit dem alten Schlüssel, genau wie die alte Kopie. Verlass dich ab jetzt auf eine neue Sicherung mit dem neuen Schlüssel.
   *[other] Dein Tagebuch öffnet sich jetzt mit seinem neuen Schlüssel. { $count } ältere Sicherungen konnten nicht auf ihn umgestellt werden ({ $detail }) und bleiben, wie sie waren: Sie öffnen sich weiterhin mit dem alten Schlüssel, genau wie die alte Kopie. Verlass dich ab jetzt auf eine neue Sicherung mit dem neuen Schlüssel.
}
# In Klammern nach error-corrupt. $file: interlude.kdf.json.
error-storage-settings-missing = { $file } fehlt
error-storage-change-not-finished = Die Änderung, wie das Tagebuch aufbewahrt wird, ließ sich nicht abschließen
error-storage-previous-copy-kept = Eine Kopie des Tagebuchs von der letzten Änderung wird noch aufbewahrt. Entferne sie in den Einstellungen, bevor du noch einmal änderst, wie das Tagebuch aufbewahrt wird.
error-storage-change-pending = Interlude schließt noch die letzte Änderung daran ab, wie das Tagebuch aufbewahrt wird. Schließe Interlude, öffne es wieder und versuche es dann noch einmal.

## Synchronisierung (src-tauri/core/src/sync/). Probleme kommen paarweise:
## was passiert ist (…) und was zu tun ist (…-advice), zusammen in den
## Einstellungen gezeigt.

# In Klammern nach error-storage.
error-sync-key-damaged = der hier gespeicherte Schlüssel für die Synchronisierung ist beschädigt
# In Klammern nach error-storage.
error-sync-not-sealed = eine Sync-Datei ließ sich nicht verschlüsseln

error-sync-file-incomplete = Diese Datei ist noch nicht ganz angekommen oder wurde abgeschnitten.
error-sync-file-incomplete-advice = Du musst nichts tun: Sie wird wieder gelesen, sobald sie sich ändert.
error-sync-file-other-journal = Diese Datei gehört zu einem anderen Tagebuch.
error-sync-file-other-journal-advice = Sie bleibt, wo sie ist, und wurde nicht gelesen. Wenn sich zwei Tagebücher diesen Ordner teilen, gib jedem seinen eigenen Ordner.
error-sync-file-damaged = Diese Datei ist beschädigt oder wurde verändert, nachdem sie geschrieben wurde, deshalb wurde sie nicht gelesen.
error-sync-file-damaged-advice = Aus ihr wurde nichts zusammengeführt. Wenn sie von einem deiner Computer stammt, schreibt eine erneute Synchronisierung auf diesem Computer ihren Inhalt neu.
error-sync-file-newer = Diese Datei wurde von einer neueren Version von Interlude geschrieben.
error-sync-file-newer-advice = Aktualisiere Interlude auf diesem Computer, um sie zu lesen.
error-sync-path-unreadable = { $path } ließ sich nicht lesen
error-sync-not-a-folder-file = { $path } ist keine Datei eines Interlude-Sync-Ordners. Es wurde nichts verändert.
error-sync-folder-newer = Dieser Ordner wurde von einer neueren Version von Interlude eingerichtet. Aktualisiere Interlude auf diesem Computer, um beizutreten.
error-sync-folder-not-made = Der Ordner { $path } ließ sich nicht anlegen
error-sync-folder-unreadable = Der Sync-Ordner { $path } ließ sich nicht lesen
# In Klammern nach error-storage.
error-sync-file-not-written = eine Sync-Datei ließ sich nicht schreiben: { $detail }
# $stamp: der Stempel einer Änderung, wie er in der Datei steht.
error-sync-bad-stamp = „{ $stamp }“ ist kein Änderungsstempel.

# In Klammern nach error-storage.
error-sync-settings-damaged = die hier gespeicherten Einstellungen zur Synchronisierung sind beschädigt
error-sync-not-syncing = Dieses Tagebuch wird noch nicht synchronisiert. Starte zuerst die Synchronisierung oder tritt einem Tagebuch in einem Ordner bei.
error-sync-already-syncing = Dieses Tagebuch wird schon über { $path } synchronisiert.
error-sync-no-folder = Unter { $path } gibt es keinen Ordner. Wähl einen Ordner, den es gibt (z. B. einen Syncthing- oder Nextcloud-Ordner oder einen USB-Stick).
# „Dem Tagebuch in diesem Ordner beitreten“ ist der Knopf settings-sync-join (ui/locales).
error-sync-folder-has-journal = In { $path } liegt schon ein Tagebuch. Um es auf diesen Computer zu holen, wähl stattdessen „Dem Tagebuch in diesem Ordner beitreten“.
error-sync-needs-passphrase = Dieses Tagebuch hat keine Passphrase, und die Synchronisierung legt nie etwas ungeschützt in den Ordner. Wähl eine Passphrase für die Synchronisierung; du gibst sie auf deinem anderen Computer noch einmal ein.
# „Dieses Tagebuch synchronisieren“ ist der Knopf settings-sync-start (ui/locales).
error-sync-no-journal-in-folder = In { $path } liegt noch kein Interlude-Tagebuch. Wähl zuerst auf dem Computer, auf dem dein Tagebuch ist, mit diesem Ordner „Dieses Tagebuch synchronisieren“, und warte, bis der Ordner hier angekommen ist.
error-sync-engine-copy = Eine Kopie, die das Sync-Programm von einer der Dateien von Interlude gemacht hat; Interlude liest sie nie.
error-sync-engine-copy-advice = Es ist nichts verloren gegangen. Die Kopie kann gelöscht werden.
error-sync-folder-missing = Der Sync-Ordner ist nicht da: { $path }.
error-sync-folder-missing-advice = Wenn er auf einem USB-Stick oder einem Laufwerk liegt, schließ den Stick oder das Laufwerk an. Deine Änderungen bleiben hier erhalten und werden gesendet, sobald der Ordner wieder da ist.
# $name: der Name, den dieser Computer bekommen hat.
error-sync-this-computer = { $name } (dieser Computer)
error-sync-another-computer = Ein anderer Computer
error-sync-already-settled = Das ist schon entschieden; es gibt jetzt nur noch eine Fassung.
error-sync-version-gone = Diese Fassung ist nicht mehr da.
error-sync-type-secret = Gib bitte die Passphrase des Tagebuchs oder seinen Wiederherstellungsschlüssel ein.
error-sync-files-not-arrived = Die Dateien des Tagebuchs sind noch nicht vollständig in diesem Ordner angekommen. Warte, bis das Sync-Programm fertig ist, und versuche es dann noch einmal.
error-sync-disk-full = Der Speicherplatz auf dem Laufwerk mit dem Sync-Ordner ist voll, deshalb konnten die Änderungen dieses Computers nicht gesendet werden.
error-sync-disk-full-advice = Schaffe dort etwas Platz. Deine Änderungen sind hier im Tagebuch sicher und werden bei der nächsten Synchronisierung gesendet.
# $detail: die eigenen Worte des Fehlers.
error-sync-not-sent = Die Änderungen dieses Computers ließen sich nicht in den Sync-Ordner schreiben. ({ $detail })
error-sync-not-sent-advice = Sieh nach, ob der Ordner da ist und ob sich in ihn schreiben lässt. Deine Änderungen sind hier im Tagebuch sicher und werden bei der nächsten Synchronisierung gesendet.

# Wozu ein auf zwei Computern bearbeitetes Feld gehört, wenn es keinen
# eigenen Titel hat (Einstellungen, „Auf zwei Computern bearbeitet“).
error-sync-title-plan = Ein Vorhaben
error-sync-title-compassion-break = Eine Selbstmitgefühlspause
error-sync-title-record = Etwas aus deinem Tagebuch
error-sync-title-entry = Ein Eintrag

# Der Name eines auf zwei Computern bearbeiteten Felds (Einstellungen, „Auf
# zwei Computern bearbeitet“), je nach Art des Eintrags.
error-sync-field-takeaway = Was ich mir merken möchte
error-sync-field-difficult = Was schwierig oder überraschend war
error-sync-field-focus = Worauf ich mich diese Woche konzentriere
error-sync-field-feeling-note = Wie ich mich fühle
error-sync-field-situation = Was passiert ist
error-sync-field-body = In meinem Körper
error-sync-field-self-talk = Was mir durch den Kopf ging
error-sync-field-did = Was ich getan habe
error-sync-field-friend = Was ich einer Freundin oder einem Freund sagen würde
error-sync-field-evidence-for = Was für den Gedanken spricht
error-sync-field-evidence-against = Was nicht zu dem Gedanken passt
error-sync-field-balanced = Ein ausgewogener Gedanke
error-sync-field-note = Notiz
error-sync-field-note-text = Was ich geschrieben habe
error-sync-field-plan-action = Das Vorhaben
error-sync-field-plan-cue = Wann und wo
error-sync-field-plan-day-reason = Was dazwischenkam
error-sync-field-mindfulness = Dies ist ein Moment des Leidens
error-sync-field-humanity = Leiden gehört zum Leben
error-sync-field-kindness = Möge ich freundlich zu mir sein
error-sync-field-experiment-prediction = Die Vorhersage, die ich prüfe
error-sync-field-experiment-test = Das Experiment
error-sync-field-experiment-safety = Sicherheitsverhalten, das ich weglasse
error-sync-field-experiment-expected = Was ich erwarte
error-sync-field-experiment-happened = Was passiert ist
error-sync-field-experiment-learned = Was ich gelernt habe
error-sync-field-experiment-obstacles = Was dazwischenkam
error-sync-field-value-words = Ein Wert
error-sync-field-activity-what = Eine Aktivität
error-sync-field-activity-note = Wie eine Aktivität war
error-sync-field-text = Text

# Eine Änderung von einem anderen Computer, die sich hier nicht schreiben
# lässt (records.rs, store.rs). $key, $field und $kind sind Namen aus dem
# Sync-Format (z. B. „moment“, „feelings“), keine Wörter für Menschen.
error-sync-bad-plan-day = „{ $key }“ bezeichnet keinen Tag eines Vorhabens.
error-sync-field-malformed = Das Feld { $field } eines Datensatzes vom Typ { $kind } hat nicht die erwartete Form.
error-sync-fields-malformed = Die Einträge in { $field } eines Datensatzes vom Typ { $kind } haben nicht die erwartete Form.
error-sync-field-missing = Ein Datensatz vom Typ { $kind } ist ohne sein Feld { $field } angekommen.
error-sync-list-not-value = Eine Änderung enthält eine Liste, wo ein einzelner Wert hingehört.
error-sync-change-unreadable = eine Änderung darin lässt sich nicht lesen
