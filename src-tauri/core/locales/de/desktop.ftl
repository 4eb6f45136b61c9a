### Deutsch: was die Umgebung des Fensters sagt — das Menü im
### Benachrichtigungsfeld und seine Statuszeile, Benachrichtigungen und ihre
### Knöpfe, Fenstertitel. Gelesen von src-tauri/core/src/i18n.rs.

app-name = Interlude

## Das Menü

tray-open = Interlude öffnen
tray-reflect = Über eine Sitzung nachdenken
tray-moment = Moment festhalten
tray-checkin = Einchecken
tray-safety = Mein Notfallplan
tray-practice = Üben
tray-breathe = Eine Minute atmen
tray-pause = Erinnerungen pausieren
tray-pause-hour = Für eine Stunde
tray-pause-tomorrow = Bis morgen
tray-pause-resume = Fortsetzen
tray-lock = Interlude sperren
tray-quit = Interlude beenden

## Die Statuszeile

tray-tooltip = Interlude — { $detail }
tray-set-up = Öffne Interlude, um dein Tagebuch einzurichten
tray-locked = Gesperrt — öffne Interlude, um es zu entsperren und Erinnerungen zu bekommen
tray-paused-until = Erinnerungen pausiert bis { $time }
tray-next = Als Nächstes: { $time } · { $title }
tray-nothing-planned = Keine Erinnerungen geplant

weekday-short = { $day ->
    [1] Mo
    [2] Di
    [3] Mi
    [4] Do
    [5] Fr
    [6] Sa
   *[7] So
}

## Knöpfe in Benachrichtigungen

notification-open = Öffnen
notification-snooze = In 10 Min. erinnern
notification-done = Erledigt

## Erinnerungen

reminder-questionnaire = Ein kurzer Fragebogen
    .body = Ein paar Minuten mit PHQ-9 und GAD-7 zeigen dir und deiner Therapeutin oder deinem Therapeuten, wie sich die Dinge entwickeln.
reminder-session-end = Wie war deine Sitzung?
    .body = Magst du festhalten, was dir geblieben ist, solange es noch frisch ist?
reminder-brief = Morgen ist deine Sitzung
    .body = Ein paar Minuten Rückblick auf die Woche können helfen, sie mitzunehmen.
reminder-plan = Zeit für deine Übung
    .body = Dein Vorhaben für heute ist da, wann immer du bereit bist.
reminder-bell = Eine achtsame Minute
reminder-bell-focus = { $line } Diese Woche: { $focus }

## Die Zeilen der Achtsamkeitsglocke

bell-line-1 = Ein langsamer Atemzug, das Ausatmen ein wenig länger als das Einatmen.
bell-line-2 = Nimm drei Dinge wahr, die du gerade hören kannst.
bell-line-3 = Spüre für einen Moment deine Füße auf dem Boden.
bell-line-4 = Lass die Schultern sinken. Nimm wahr, was gerade da ist.
bell-line-5 = Schau dich um und benenne fünf Dinge, die du sehen kannst.

## Fenstertitel

window-reflect-new = Nach deiner Sitzung — Interlude
window-reflect-edit = Reflexion bearbeiten — Interlude
