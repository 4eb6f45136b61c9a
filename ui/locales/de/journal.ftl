### German: the journal area of the UI (see ui/lib/i18n.js).
### Anrede „du“. „Tag“ (tag) heißt hier „Schlagwort“, damit es nicht mit
### dem Kalendertag verwechselt wird; „plan“ heißt „Vorhaben“.

## Arten von Einträgen (ui/lib/journal.js). $kind ist moment, checkin,
## note oder reflection; alles andere ist ein Eintrag.

journal-kind = { $kind ->
    [moment] Moment
    [checkin] Check-in
    [note] Notiz
    [reflection] Reflexion
   *[other] Eintrag
}
journal-kind-plural = { $kind ->
    [moment] Momente
    [checkin] Check-ins
    [note] Notizen
    [reflection] Reflexionen
   *[other] Einträge
}
journal-kind-noun = { $kind ->
    [moment] Moment
    [checkin] Check-in
    [note] Notiz
    [reflection] Reflexion
   *[other] Eintrag
}

## Die Tagebuchseite (ui/views/journal.js)

journal-title = Tagebuch
journal-new-moment = Moment festhalten
journal-new-checkin = Einchecken
journal-new-note = Notiz schreiben
journal-empty = Hier sammelt sich dein Tagebuch: die Momente, die dich getroffen haben, wie sich deine Tage anfühlen, und alles, was du dir merken möchtest. Eine Zeile nach der anderen reicht völlig.
journal-filters-label = Zeitleiste eingrenzen
journal-filter-kinds-label = Nur zeigen
journal-filter-starred = Mit Stern
journal-filter-private = Privat
journal-filter-tag = Schlagwort
journal-filter-any-tag = Alle Schlagwörter
journal-filter-from = Von
journal-filter-until = Bis
journal-filter-clear = Alles zeigen
journal-timeline-label = Dein Tagebuch, das Neueste zuerst
journal-show-more = Mehr zeigen
journal-filter-nothing = Zu diesen Filtern gibt es hier nichts.
journal-shown-newest = Die neuesten { $count } Einträge werden angezeigt.
journal-shown = { $count ->
    [one] { $count } Eintrag wird angezeigt.
   *[other] { $count } Einträge werden angezeigt.
}
journal-search-label = Dein Tagebuch durchsuchen
journal-search-hint = Alle Wörter, an die du dich erinnerst. „Anführungszeichen“ finden eine Wortfolge.
journal-search-results = Suchergebnisse
journal-search-matches = Treffer
journal-search-first = Die ersten { $count } Treffer werden angezeigt – ein weiteres Wort grenzt sie ein.
journal-match-none = Noch passt nichts zu „{ $query }“.
journal-match-count = { $count ->
    [one] { $count } Eintrag passt
   *[other] { $count } Einträge passen
}
journal-day-today = Heute
journal-day-yesterday = Gestern

## Die Gefühle eines Moments, wie ein Screenreader sie vorliest

journal-emotion-spoken-both = { $word }: erst { $before }, danach { $after } (von 100)
journal-emotion-spoken-before = { $word }: { $before } von 100
journal-emotion-spoken-after = { $word }: danach { $after } von 100

## Eine Zeile im Tagebuch (ui/components/journal-items.js)

journal-item-starred = Mit Stern
journal-item-mood = Stimmung { $mood }/10
journal-item-private = Privat
journal-item-no-words = Ein paar Worte

## Die Seite eines Eintrags (ui/components/entry-page.js, entry-meta.js)

journal-back = ← Tagebuch
journal-edit = Bearbeiten
journal-missing-title = { $kind ->
    [moment] Dieser Moment ist nicht da
    [checkin] Dieser Check-in ist nicht da
    [note] Diese Notiz ist nicht da
    [reflection] Diese Reflexion ist nicht da
   *[other] Dieser Eintrag ist nicht da
}
journal-missing-body = Vielleicht wurde der Eintrag gelöscht. Alles andere in deinem Tagebuch ist noch da.
journal-missing-back = Zurück zu deinem Tagebuch
journal-meta-heading = Zu diesem Eintrag
journal-meta-label = Dieser Eintrag
journal-meta-star = Zur Sitzung mitnehmen
journal-meta-star-hint = Einträge mit Stern findest du vor deiner nächsten Sitzung schnell wieder.
journal-meta-starred = Mit Stern markiert – wartet auf deine nächste Sitzung.
journal-meta-unstarred = Kein Stern mehr.
journal-meta-private = Privat – nicht in Überblicken und Exporten
journal-meta-private-hint = Bleibt aus jedem Überblick und Export draußen, außer du nimmst ihn dazu.
journal-meta-private-on = Privat: bleibt aus Überblicken und Exporten draußen.
journal-meta-private-off = Nicht mehr privat.
journal-meta-tags = Schlagwörter
journal-meta-tags-hint = Trenne Schlagwörter mit Kommas; so findest du Dinge später wieder.
journal-meta-no-tags = Noch keine Schlagwörter.
journal-meta-tags-saved = Schlagwörter gespeichert.
journal-meta-tags-removed = Schlagwörter entfernt.
journal-meta-delete = Löschen
journal-delete-title = { $kind ->
    [moment] Diesen Moment löschen?
    [checkin] Diesen Check-in löschen?
    [note] Diese Notiz löschen?
    [reflection] Diese Reflexion löschen?
   *[other] Diesen Eintrag löschen?
}
journal-deleted = { $kind ->
    [moment] Moment gelöscht.
    [checkin] Check-in gelöscht.
    [note] Notiz gelöscht.
    [reflection] Reflexion gelöscht.
   *[other] Eintrag gelöscht.
}
journal-restored = { $kind ->
    [moment] Moment wiederhergestellt.
    [checkin] Check-in wiederhergestellt.
    [note] Notiz wiederhergestellt.
    [reflection] Reflexion wiederhergestellt.
   *[other] Eintrag wiederhergestellt.
}
journal-undo = Rückgängig

## Die Formulare für Check-ins und Notizen

journal-form-back = { $kind ->
    [moment] ← Zurück zu diesem Moment
    [checkin] ← Zurück zu diesem Check-in
    [note] ← Zurück zu dieser Notiz
    [reflection] ← Zurück zu dieser Reflexion
   *[other] ← Zurück zu diesem Eintrag
}
journal-form-save = Speichern
journal-form-save-changes = Änderungen speichern
journal-draft-restored = Hier ist, was du angefangen hattest – es wurde für dich aufbewahrt.
journal-draft-start-fresh = Neu anfangen
journal-draft-check-failed = Gerade ließ sich nicht nachsehen, ob es einen früheren Entwurf gibt.
journal-draft-kept = Entwurf gesichert · { $time }
journal-draft-failed = Der Entwurf ließ sich gerade nicht sichern – deine Worte sind noch hier.
journal-form-edit-intro = Ändere, was du möchtest; alles andere bleibt, wie es war.
journal-private-label = Privat halten
journal-private-hint = Private Einträge bleiben aus jedem Überblick und Export draußen, außer du nimmst sie dazu.
journal-checkin-problem = Wähle zuerst eine Zahl für deine Stimmung – jede Stelle auf der Skala ist in Ordnung.
journal-note-problem = Schreib zuerst ein paar Worte – ganz egal, welche.

## Bewertungen auf der Seite eines Eintrags

journal-rating-out-of-ten = { $rating } von 10
journal-rating-scale = (1 ist niedrig, 10 ist gut)

## Ein Check-in (ui/views/checkin.js)

journal-checkin-title-new = Einchecken
journal-checkin-title-edit = Check-in bearbeiten
journal-checkin-intro = Ein kurzer Blick darauf, wie es dir geht. Eine Zahl reicht; Worte sind willkommen.
journal-checkin-mood = Wie ist deine Stimmung gerade?
journal-checkin-mood-hint = 1 ist niedrig, 10 ist gut. Nimm die erste Zahl, die dir einfällt.
journal-checkin-mood-clear = Stimmung zurücksetzen
journal-checkin-words = Gibt es Worte dafür?
journal-checkin-own-word = Ein eigenes Wort
journal-checkin-add = Hinzufügen
journal-checkin-note = Möchtest du dir etwas von heute merken?
journal-checkin-note-hint = Optional. Eine Zeile reicht völlig.
journal-checkin-saved = Check-in gespeichert.
journal-checkin-heading = Check-in, { $when }
journal-checkin-page-title = Check-in · { $day }
journal-checkin-mood-heading = Stimmung
journal-checkin-feelings-heading = Gefühle
journal-feeling-words = Gefühlswörter
journal-checkin-note-heading = Notiz

## Eine Notiz (ui/views/note.js)

journal-note-title-new = Notiz schreiben
journal-note-title-edit = Notiz bearbeiten
journal-note-intro = Raum für alles, was heute da ist. Nur du wirst es lesen.
journal-note-text = Was beschäftigt dich?
journal-note-text-hint = Ganz egal was: ein Gedanke, eine Sorge, etwas, das gut lief.
journal-note-mood = Stimmung, wenn du magst
journal-note-mood-hint = 1 ist niedrig, 10 ist gut. Lass es bei „Keine Stimmung“, wenn es nicht passt.
journal-note-no-mood = Keine Stimmung
journal-note-mood-clear = Keine Stimmung für diese Notiz
journal-note-tags = Schlagwörter
journal-note-tags-hint = Optional. Trenne sie mit Kommas, z. B. „Arbeit, Schlaf“.
journal-note-saved = Notiz gespeichert.
journal-note-heading = Notiz, { $when }
journal-note-page-title = Notiz · { $day }
journal-note-mood-read = Stimmung: { $mood } von 10

## Reflexionen (ui/views/reflections.js)

journal-reflections-title = Reflexionen
journal-reflection-feeling-check = Ein Gefühls-Check
journal-reflections-empty = Hier sammeln sich deine Reflexionen. Ein paar Minuten Schreiben nach einer Sitzung helfen, dass die Stunde dich durch die Woche begleitet.
journal-reflections-reflect = Über eine Sitzung nachdenken
journal-reflections-shown = { $count } Reflexionen werden angezeigt.
journal-reflection-missing-body = Vielleicht wurde sie gelöscht. Deine anderen Reflexionen sind alle noch da.
journal-reflections-all = Alle Reflexionen
journal-reflections-back = ← Alle Reflexionen
journal-reflection-heading = Sitzung am { $when }
journal-reflection-takeaway = Was ist das Wichtigste, das du aus dieser Sitzung mitnimmst?
journal-reflection-difficult = Was war das Schwierigste oder Überraschendste, worüber ihr gesprochen habt?
journal-reflection-focus = Auf welche konkrete Fähigkeit oder Idee möchtest du dich diese Woche konzentrieren?
journal-reflection-feeling = Wie du dich gefühlt hast
journal-reflection-nothing-written = Hier steht nichts.
journal-reflection-nothing-noted = Hier ist nichts notiert.
journal-reflection-questions-title = Fragen aus deiner Therapie
journal-reflection-questions-about = Sie erscheinen nach jeder Sitzung im Reflexionsfenster. Wenn du bei einer „Nicht mehr fragen“ wählst, bleiben deine bisherigen Antworten erhalten.
journal-reflection-question-from = Eine Frage von { $from }
journal-reflection-question-stop = Nicht mehr fragen
journal-reflection-question-stopped = Sie wird nicht mehr gestellt. Deine Antworten bleiben bei deinen Reflexionen.

## Ein Vorhaben in der Liste für heute (ui/components/today-row.js)
## und „Einen früheren Tag nachtragen“ (ui/components/earlier-day.js)

journal-plan-noted-as = Notiert: { $what }.
journal-plan-noted = Notiert.
journal-plan-put-back = Wieder wie vorher.
journal-plan-cleared = Für heute wieder offen.
journal-plan-skipped-because = Ausgelassen, weil …
journal-plan-save = Speichern
journal-plan-all-done = Das sind alle { $count } für heute.
journal-plan-note-failed = Das wurde nicht gespeichert – deine Worte sind noch hier. ({ $error })
journal-plan-how-did-it-go = Wie lief es? Was kam dazwischen?
journal-plan-how-hint = Was auch immer passiert ist, ist gut zu wissen – wie Notizen aus einem kleinen Experiment.
journal-plan-start-again = Heute neu beginnen.
journal-plan-outcomes = Wie lief es heute?
journal-plan-start-guide = Anleitung starten: { $practice }
journal-earlier = Einen früheren Tag nachtragen
journal-earlier-intro = Ein Tag ist ohne Notiz vergangen? Du kannst ihn hier nachtragen.
journal-earlier-plan = Welches Vorhaben?
journal-earlier-day = Welcher Tag?
journal-earlier-day-hint-future = Dieses Vorhaben beginnt am { $day }; ab dann kannst du seine Tage notieren.
journal-earlier-day-hint = Jeder Tag von { $day } (da begann dieses Vorhaben) bis heute.
journal-earlier-day-noted = { $day } hat schon eine Notiz: { $outcome }. Speichern ändert sie.
journal-earlier-every-day = Jeder Tag bis jetzt hat eine Notiz.
journal-earlier-how = Wie lief es?
journal-earlier-note = Eine Notiz, wenn du magst
journal-earlier-no-day = Wähle den Tag, den du notieren möchtest.
journal-earlier-future = Dieser Tag ist noch nicht da. Du kannst heute oder einen Tag davor notieren.
journal-earlier-before-start = Dieses Vorhaben begann am { $day }. Wähle diesen Tag oder einen danach.
journal-earlier-saved = Notiert für { $day }: { $outcome }.

## Sitzungen (ui/views/sessions.js, ui/components/session-list.js)

journal-sessions-title = Deine Sitzungen
journal-sessions-invitation = Wann sind deine Sitzungen? Interlude kann ein Reflexionsfenster öffnen, wenn eine zu Ende ist.
journal-sessions-schedule-heading = Wann deine Sitzungen sind
journal-sessions-day = Tag
journal-sessions-starts-at = Beginnt um
journal-sessions-length = Dauer in Minuten
journal-sessions-every = Wie oft
journal-sessions-starting = Ab
journal-sessions-zone = Zeitzone
journal-sessions-zone-hint = Die Zeitzone, in der deine Sitzungen stattfinden. Dieser Computer ist auf { $zone } eingestellt.
journal-sessions-zone-hint-unknown = Die Zeitzone, in der deine Sitzungen stattfinden. Die Zeitzone dieses Computers ist unbekannt.
journal-sessions-save = Terminplan speichern
journal-sessions-clear = Keinen Terminplan mehr nutzen
journal-sessions-preview-waiting = Wähle eine Uhrzeit, dann erscheinen hier deine nächsten Sitzungen.
journal-sessions-preview-none = Nach diesem Terminplan gibt es keine Sitzungen.
journal-sessions-saved-next = Gespeichert. Deine nächste Sitzung: { $when }.
journal-sessions-saved = Gespeichert.
journal-sessions-cleared = Interlude führt keinen Terminplan mehr. Deine Reflexionen sind alle noch da.
journal-sessions-calendar-heading = In deinem Kalender
journal-sessions-calendar-body = Eine Kalenderdatei mit deinen Sitzungen, für deinen Downloads-Ordner. Sie enthält nur Tage und Uhrzeiten – nichts, was du geschrieben hast.
journal-sessions-export = In den Kalender exportieren (.ics)
journal-sessions-exported = Gespeichert unter { $path }
journal-sessions-upcoming = Demnächst
journal-sessions-upcoming-empty = Nach diesem Terminplan stehen keine Sitzungen an.
journal-sessions-past = Frühere Sitzungen
journal-sessions-past-empty = Vergangene Sitzungen erscheinen hier.
journal-session-move = Verschieben…
journal-session-move-label = Neues Datum und Uhrzeit
journal-session-move-save = Speichern
journal-session-move-close = Doch nicht
journal-session-move-missing = Wähle das neue Datum und die Uhrzeit.
journal-session-cancel = Diese absagen
journal-session-undo = Rückgängig
