### Deutsch: errors-journal (see src-tauri/core/src/i18n.rs): was das
### Tagebuch (src-tauri/core/src/journal/), die Vorhaben und
### Selbstmitgefühlspausen (src-tauri/core/src/practice/) und der Terminplan
### der Sitzungen mit den Erinnerungen (src-tauri/core/src/schedule/) sagen,
### wenn sich etwas so nicht speichern lässt. Jede Meldung sagt ruhig, was
### sich ändern lässt, und nie, was falsch gemacht wurde; die Worte der
### Person sind immer noch da. Anrede „du“. $max ist eine Grenze (eine Zahl),
### $count wie viele es sind; $detail sind die (englischen) Worte eines
### anderen Programms, für alle, die beim Suchen nach dem Grund helfen.
### Begriffe wie in der Oberfläche (ui/locales/de/): Schlagwort (tag),
### Vorhaben (plan), Denkfalle, Gefühl, Terminplan, Ruhezeiten,
### Achtsamkeitsglocken, abendlicher Anstoß.

## Länge, Zeitpunkt und Stimmung eines Eintrags (journal/text.rs)

# $label: der Name des Felds, eine der error-journal-label-*-Meldungen unten
# (oder brief-own-words-field aus dem Überblick); $chars: wie viele Zeichen
# es hat.
error-journal-text-too-long = { $label } ist { $chars } Zeichen lang; es passen bis zu { $max } hinein. Deine Worte sind noch da – kürze den Text ein wenig oder teile ihn auf zwei Einträge auf.
# $label: eine der error-journal-label-*-time-Meldungen unten.
error-journal-time-ahead = { $label } liegt mehr als einen Tag in der Zukunft. Das Tagebuch ist für das, was schon passiert ist.
# $label: error-journal-label-your-mood oder -the-mood; $mood: die gesendete Zahl.
error-journal-mood-range = { $label } reicht von 1 bis 10, deshalb lässt sich { $mood } nicht speichern.

## Die Felder, die diese Meldungen nennen

# In error-journal-text-too-long („… ist 20500 Zeichen lang“): die Schritte
# eines Moments, in Anführungszeichen wie ein Feldname.
error-journal-label-situation = „Was passiert ist“
error-journal-label-body = „Was du in deinem Körper bemerkt hast“
error-journal-label-self-talk = „Was dir durch den Kopf ging“
error-journal-label-did = „Was du getan hast“
error-journal-label-friend = „Was du einer Freundin oder einem Freund sagen würdest“
error-journal-label-evidence-for = „Was für den Gedanken spricht“
error-journal-label-evidence-against = „Was nicht zu dem Gedanken passt“
error-journal-label-balanced = „Dein ausgewogener Gedanke“
# In error-journal-text-too-long: die Worte eines Check-ins oder einer Notiz.
error-journal-label-your-note = Deine Notiz
# In error-journal-time-ahead („… liegt mehr als einen Tag in der Zukunft“).
error-journal-label-moment-time = Der Zeitpunkt des Moments
error-journal-label-checkin-time = Der Zeitpunkt des Check-ins
error-journal-label-note-time = Der Zeitpunkt der Notiz
# In error-journal-mood-range („… reicht von 1 bis 10“): bei einem
# Check-in, dann bei einer Notiz.
error-journal-label-your-mood = Die Skala für deine Stimmung
error-journal-label-the-mood = Die Stimmungsskala

## Reflexionen (journal/reflection.rs)

# $label: eine der vier Antworten unten; $chars: wie viele Zeichen sie hat.
error-journal-answer-too-long = { $label } ist { $chars } Zeichen lang; in eine einzelne Antwort passen bis zu { $max }. Deine Worte sind noch da – verschiebe einen Teil davon in eine andere Antwort oder kürze ein wenig.
error-journal-label-takeaway = „Was du mitnimmst“
error-journal-label-difficult = „Was schwierig oder überraschend war“
error-journal-label-focus = „Deine Fähigkeit für diese Woche“
error-journal-label-feeling = „Wie du dich fühlst“
error-journal-reflection-empty = Hier steht noch nichts. Ein paar Worte in einem der Felder reichen, um diese Reflexion aufzubewahren.
# $rating: die gesendete Zahl.
error-journal-feeling-rating = Die Gefühlsskala reicht von 1 bis 10, deshalb lässt sich { $rating } nicht speichern.
error-journal-session-ahead = Dieser Zeitpunkt der Sitzung liegt mehr als einen Tag in der Zukunft. Reflexionen sind für Sitzungen, die schon stattgefunden haben.
# Gefühlswörter einer Reflexion oder eines Check-ins. $start: die ersten 20
# Zeichen des Worts.
error-journal-feeling-too-long = Ein Gefühlswort kann bis zu { $max } Zeichen lang sein; „{ $start }…“ ist länger. In der Notiz unter der Skala ist Platz für mehr.
error-journal-too-many-feelings = Zu einer Reflexion passen bis zu { $max } Gefühlswörter; hier sind es { $count }.

## Check-ins und Notizen (journal/checkin.rs, journal/note.rs)

error-journal-checkin-needs-mood = Deine Stimmung ist das Einzige, was ein Check-in braucht: Wähle eine Zahl von 1 bis 10.
error-journal-note-empty = Die Notiz ist noch leer. Schreib ein paar Worte, dann wird sie aufbewahrt.

## Momente (journal/moment.rs)

error-journal-moment-empty = Hier steht noch nichts. Eine Zeile dazu, was passiert ist, oder ein einziges Gefühl reicht, um diesen Moment festzuhalten.
# $start: die ersten 20 Zeichen des Gefühls. Der Schritt heißt wie in
# moments-step-self-talk der Oberfläche.
error-journal-emotion-too-long = Ein Gefühl lässt sich mit bis zu { $max } Zeichen benennen; „{ $start }…“ ist länger. Im Schritt „Was ging dir durch den Kopf?“ ist Platz für mehr.
# $word: das Gefühl, wie die Person es benannt hat; $rating: die gesendete
# Zahl. Wie stark es in dem Moment war, dann wie stark es jetzt ist.
error-journal-emotion-strength-before = Wie stark sich „{ $word }“ in dem Moment angefühlt hat, gibst du von 0 bis 100 an; { $rating } lässt sich deshalb nicht speichern.
error-journal-emotion-strength-after = Wie stark sich „{ $word }“ jetzt anfühlt, gibst du von 0 bis 100 an; { $rating } lässt sich deshalb nicht speichern.
# $rating: die gesendete Zahl. Wie sehr die Person dem Gedanken geglaubt
# hat, als er kam, dann nach dem ausgewogenen Gedanken.
error-journal-belief-before = Wie sehr du dem Gedanken geglaubt hast, gibst du von 0 bis 100 an; { $rating } lässt sich deshalb nicht speichern.
error-journal-belief-after = Wie sehr du dem Gedanken jetzt glaubst, gibst du von 0 bis 100 an; { $rating } lässt sich deshalb nicht speichern.
error-journal-too-many-emotions = Zu einem Moment passen bis zu { $max } Gefühle; hier sind es { $count }.
# $name: was gesendet wurde, gekürzt auf 40 Zeichen.
error-journal-unknown-trap = „{ $name }“ ist keine der zwölf Denkfallen, die Interlude kennt.

## Schlagwörter (journal/tags.rs)

# $start: die ersten 20 Zeichen des Schlagworts.
error-journal-tag-too-long = Ein Schlagwort kann bis zu { $max } Zeichen lang sein; „{ $start }…“ ist länger.
# $name: das Schlagwort, wie es eingegeben wurde.
error-journal-tag-comma = Im Schlagwort „{ $name }“ steht ein Komma oder ein Zeilenumbruch. Schlagwörter sind einzelne Wörter oder kurze Wendungen, durch Kommas getrennt.
error-journal-too-many-tags = Ein Eintrag kann bis zu { $max } Schlagwörter haben; dieser hat { $count }.

## Jeder Eintrag und die Zeitleiste (journal/mod.rs, journal/spine.rs,
## journal/timeline.rs). $kind: reflection, moment, checkin oder note.

error-journal-entry-gone = { $kind ->
    [reflection] Diese Reflexion ist nicht mehr da – vielleicht wurde sie gelöscht.
    [moment] Dieser Moment ist nicht mehr da – vielleicht wurde er gelöscht.
    [checkin] Dieser Check-in ist nicht mehr da – vielleicht wurde er gelöscht.
    [note] Diese Notiz ist nicht mehr da – vielleicht wurde sie gelöscht.
   *[other] Dieser Eintrag ist nicht mehr da – vielleicht wurde er gelöscht.
}
error-journal-entry-already-deleted = { $kind ->
    [reflection] Diese Reflexion ist nicht mehr da – vielleicht ist sie schon gelöscht.
    [moment] Dieser Moment ist nicht mehr da – vielleicht ist er schon gelöscht.
    [checkin] Dieser Check-in ist nicht mehr da – vielleicht ist er schon gelöscht.
    [note] Diese Notiz ist nicht mehr da – vielleicht ist sie schon gelöscht.
   *[other] Dieser Eintrag ist nicht mehr da – vielleicht ist er schon gelöscht.
}
# Wenn „Rückgängig“ zu spät kam.
error-journal-entry-not-restorable = { $kind ->
    [reflection] Diese Reflexion lässt sich nicht mehr zurückholen.
    [moment] Dieser Moment lässt sich nicht mehr zurückholen.
    [checkin] Dieser Check-in lässt sich nicht mehr zurückholen.
    [note] Diese Notiz lässt sich nicht mehr zurückholen.
   *[other] Dieser Eintrag lässt sich nicht mehr zurückholen.
}
# $day: ein Datum wie 2026-11-20.
error-journal-unreadable-day = { $day } ist kein Tag, den Interlude lesen kann.
error-journal-end-before-start = Das Enddatum liegt vor dem Startdatum. Tausch die beiden oder lass eines leer.
# In Klammern nach error-storage. $detail: die Worte des Datumslesers.
error-journal-mood-day-unreadable = ein Tag in den Stimmungssummen: { $detail }

## Automatisch gesicherte Entwürfe (journal/draft.rs)

# $key: der Schlüssel des Entwurfs, wie er gesendet wurde, z. B. moment:new.
error-journal-draft-unknown-key = „{ $key }“ ist keine Art von Entwurf, die Interlude aufbewahrt.
error-journal-draft-not-fields = Ein Entwurf besteht aus den Feldern eines Formulars.
error-journal-draft-too-large = Dieser Entwurf ist zu groß, um ihn automatisch zu sichern. Deine Worte sind noch auf dem Bildschirm; vielleicht lässt sich eine Antwort kürzen.
# In Klammern nach error-corrupt. $detail: die Worte des JSON-Lesers.
error-journal-draft-unreadable = ein gespeicherter Entwurf ließ sich nicht lesen: { $detail }

## Vorhaben (practice/plan/)

error-practice-no-action = Schreib, was du tun wirst – das ist das Einzige, was ein Vorhaben braucht.
error-practice-action-too-long = Was du tun wirst, kann bis zu { $max } Zeichen lang sein. Etwas Kurzes, Konkretes lässt sich leichter durchhalten.
# „Wann oder wo?“ ist das Feld practice-builder-cue der Oberfläche.
error-practice-cue-too-long = Die Angabe bei „Wann oder wo?“ kann bis zu { $max } Zeichen lang sein.
error-practice-amount-zero = Die Menge muss größer als null sein – schon eine Minute zählt.
# Mehr als 600 Minuten.
error-practice-amount-too-long = Das sind mehr als zehn Stunden. Mit kleineren Mengen fängt es sich freundlicher an.
error-practice-too-many-times = Bis zu { $max } Wiederholungen lassen sich auf einmal planen.
# „Jeden Tag“ ist die Wahl practice-often-choice-daily der Oberfläche.
error-practice-pick-a-day = Wähle mindestens einen Tag oder nimm „Jeden Tag“.
error-practice-day-numbers = Die Tage sind von 1 (Montag) bis 7 (Sonntag) nummeriert.
error-practice-per-week = In eine Woche passen 1 bis 7 Mal; wähle eine Zahl dazwischen.
error-practice-per-day = Mehrmals am Tag heißt 2 bis { $max } Mal; für einmal am Tag nimm „Jeden Tag“.
# $value: die Uhrzeit, wie sie eingegeben wurde.
error-practice-cue-time = „{ $value }“ ist keine Uhrzeit wie 07:30.
error-practice-end-before-start = Das Enddatum liegt vor dem Startdatum. Verschieb eines der beiden, damit das Vorhaben Raum hat.
error-practice-never-comes-up = Keiner der gewählten Tage liegt zwischen Beginn und Ende, deshalb wäre dieses Vorhaben nie dran. Gib ihm mehr Zeit oder wähle andere Tage.
error-practice-plan-gone = Dieses Vorhaben ist nicht mehr da.
error-practice-reflection-gone = Die Reflexion, aus der dieses Vorhaben entstanden ist, ist nicht mehr da.

## Die Tage eines Vorhabens (practice/log.rs)

error-practice-day-ahead = Dieser Tag ist noch nicht da. Du kannst heute oder einen Tag davor notieren.
# $day: der erste Tag des Vorhabens, wie brief-day-short ihn schreibt („Di., 3. Feb.“).
error-practice-before-start = Das ist vor dem Beginn dieses Vorhabens ({ $day }).
# „Heute nicht“ ist practice-outcome-not-today der Oberfläche.
error-practice-skip-reason = Schreib ein paar Worte dazu, warum du es ausgelassen hast – ein ausgelassener Tag mit Grund zählt nicht gegen dich. Oder wähle „Heute nicht“.
# $label: error-practice-label-reason oder -note.
error-practice-log-text-too-long = { $label } kann bis zu { $max } Zeichen lang sein.
error-practice-label-reason = Der Grund
error-practice-label-note = Die Notiz
error-practice-too-many-logged = Bis zu { $max } Mal am Tag lassen sich notieren.
# In Klammern nach error-storage.
error-practice-log-missing = ein gerade notierter Tag eines Vorhabens fehlt
# In Klammern nach error-corrupt. $value: das Datum, wie es gespeichert ist.
error-practice-pause-date = ein Pausendatum „{ $value }“ ist nicht lesbar

## Selbstmitgefühlspausen (practice/compassion.rs)

error-practice-step-too-long = In jeden Schritt passen bis zu { $max } Zeichen.
# In Klammern nach error-storage.
error-practice-break-missing = eine gerade gespeicherte Selbstmitgefühlspause fehlt

## Verhaltensexperimente (practice/experiment.rs)

error-experiment-no-prediction = Schreib zuerst die Annahme oder Vorhersage auf, die du prüfen möchtest; eine Zeile genügt.
# $rating: die gesendete Zahl. Wie sehr die Vorhersage am Anfang geglaubt wird, dann danach.
error-experiment-belief-before = Wie sehr du an die Vorhersage glaubst, gibst du von 0 bis 100 an; { $rating } lässt sich deshalb nicht speichern.
error-experiment-belief-after = Wie sehr du jetzt an die Vorhersage glaubst, gibst du von 0 bis 100 an; { $rating } lässt sich deshalb nicht speichern.
error-experiment-remind-needs-time = Eine Erinnerung braucht einen Zeitpunkt, der noch kommt. Wähle, wann du es ausprobierst, oder lass die Erinnerung aus.
error-experiment-remind-needs-test = Eine Erinnerung braucht das Experiment selbst: Schreib auf, was du tun wirst, damit die Erinnerung es sagen kann.
error-experiment-not-found = Dieses Experiment gibt es nicht mehr.
error-experiment-not-restorable = Dieses Experiment lässt sich nicht mehr zurückholen.
error-experiment-moment-gone = Den Moment, von dem dieses Experiment ausging, gibt es nicht mehr. Deine Worte stehen noch im Formular.
# In error-journal-text-too-long: die Teile eines Experiments, in
# Anführungszeichen wie ein Feldname.
error-experiment-label-prediction = „Die Vorhersage, die du prüfst“
error-experiment-label-test = „Das Experiment“
error-experiment-label-safety = „Das Sicherheitsverhalten, das du weglässt“
error-experiment-label-expected = „Was du erwartest“
error-experiment-label-happened = „Was passiert ist“
error-experiment-label-learned = „Was du gelernt hast“
error-experiment-label-obstacles = „Was dazwischenkam“

## Werte und Aktivitäten (practice/activation)

error-value-no-words = Schreib den Wert zuerst in ein paar eigenen Worten auf.
# $max: a number.
error-value-too-many = Du hast schon { $max } Werte. Mit einer kurzen Liste lebt es sich leichter; ändere oder entferne einen, um einen neuen hinzuzufügen.
error-value-not-found = Diesen Wert gibt es nicht mehr.
error-value-not-restorable = Dieser Wert lässt sich nicht mehr zurückholen.
# In error-journal-text-too-long: a value's words.
error-value-label-words = „Der Wert“
error-activity-no-what = Schreib zuerst auf, was du tun möchtest; ein paar Worte genügen.
error-activity-no-time = Wähle, wann du es tun möchtest, oder sag, dass du es getan hast.
error-activity-actual-needs-done = Wie es war, lässt sich speichern, sobald du sagst, wann du es getan hast.
error-activity-not-found = Diese Aktivität gibt es nicht mehr.
error-activity-not-restorable = Diese Aktivität lässt sich nicht mehr zurückholen.
error-activity-value-gone = Den Wert, für den diese Aktivität war, gibt es nicht mehr. Wähle einen anderen oder keinen.
# $label: the scale's name below; $rating: the number sent.
error-activity-rating-range = { $label } geht von 0 bis 10, daher lässt sich { $rating } nicht speichern.
error-activity-label-mood = Die Stimmung
error-activity-label-mastery = Das Erfolgsgefühl
error-activity-label-pleasure = Die Freude
# In error-journal-text-too-long and error-journal-time-ahead.
error-activity-label-what = „Die Aktivität“
error-activity-label-note = „Die Notiz“
error-activity-label-done-at = „Wann du es getan hast“

## Der Terminplan der Sitzungen (schedule/sessions.rs, schedule/recurrence.rs)

error-schedule-weekday = Der Wochentag ist von 1 (Montag) bis 7 (Sonntag) nummeriert.
# $value: die Uhrzeit, wie sie eingegeben wurde.
error-schedule-time = „{ $value }“ ist keine Uhrzeit wie 17:00.
# $min, $max: Minuten.
error-schedule-length = Eine Sitzung kann { $min } bis { $max } Minuten lang sein.
error-schedule-every = Sitzungen können sich alle 1 bis { $max } Wochen wiederholen; bei 0 würden sie sich nie wiederholen.
error-schedule-time-unreadable = Die Uhrzeit der Sitzung lässt sich nicht lesen.
error-schedule-start-too-far = Dieses Startdatum liegt zu weit in der Zukunft.
# $value: was gesendet wurde.
error-schedule-not-date-time = „{ $value }“ ist kein Datum mit Uhrzeit wie 2026-12-01T17:00.
# In Klammern nach error-storage.
error-schedule-saved-missing = ein gerade gespeicherter Terminplan fehlt
# In Klammern nach error-corrupt.
error-schedule-stored-start-unreadable = der Beginn des Terminplans ist nicht lesbar
error-schedule-stored-zone-unreadable = die Zeitzone des Terminplans ist nicht lesbar
error-schedule-none-to-change = Es gibt keinen Terminplan, der sich ändern ließe.
# $day: wie brief-day-short ihn schreibt („Di., 3. Feb.“).
error-schedule-no-session-on = Am { $day } gibt es in deinem Terminplan keine Sitzung.
error-schedule-none-to-export = Es gibt noch keinen Terminplan, den du exportieren könntest.
# $name: was gesendet wurde. Die Beispiele sind Namen, die der Computer kennt
# (wie in practice-schedule-problem-zone der Oberfläche).
error-schedule-unknown-zone = „{ $name }“ ist keine Zeitzone, die Interlude kennt. Verwende einen Namen wie Europe/Berlin oder America/New_York.
error-schedule-rule-one-line = Eine Wiederholungsregel ist eine einzelne Zeile wie FREQ=WEEKLY;BYDAY=TU.
# $detail: die (englischen) Worte der Kalenderbibliothek.
error-schedule-rule-unusable = Diese Wiederholungsregel lässt sich nicht verwenden: { $detail }.

## Erinnerungen, in den Einstellungen (schedule/reminders.rs)

# $field: eine der error-schedule-field-*-Meldungen unten; $value: die
# Uhrzeit, wie sie gesendet wurde.
error-schedule-not-a-time = { $field }: „{ $value }“ ist keine Uhrzeit wie 07:30.
error-schedule-field-evening-nudge = Abendlicher Anstoß
error-schedule-field-quiet-start = Beginn der Ruhezeiten
error-schedule-field-quiet-end = Ende der Ruhezeiten
error-schedule-field-bells-from = Achtsamkeitsglocken von
error-schedule-field-bells-until = Achtsamkeitsglocken bis
# $max: Minuten.
error-schedule-delay = Wartezeit nach einer Sitzung: bis zu { $max } Minuten.
error-schedule-quiet-whole-day = Ruhezeiten: Beginn und Ende sind gleich, dann wäre der ganze Tag still. Wähle verschiedene Uhrzeiten oder schalte die Ruhezeiten aus.
error-schedule-bells-no-window = Achtsamkeitsglocken: Beginn und Ende des Zeitraums sind gleich. Lass etwas Raum dazwischen.
# $min, $max: Minuten.
error-schedule-bells-every = Achtsamkeitsglocken: alle { $min } bis { $max } Minuten.
error-schedule-bells-per-day = Achtsamkeitsglocken: 1 bis { $max } Momente am Tag.
error-schedule-bells-all-quiet = Achtsamkeitsglocken: Der ganze Zeitraum der Glocken liegt in den Ruhezeiten, deshalb würde nie eine Glocke läuten. Verschieb den Zeitraum oder die Ruhezeiten.

## Fragen, die sich deine Therapeutin oder dein Therapeut wünscht.
error-question-empty = Die Frage hat keine Worte. Schreib die Frage, die gestellt werden soll.
error-question-label = Die Frage
error-question-answer-label = Die Antwort auf die Frage deiner Therapeutin oder deines Therapeuten
error-question-too-many-answers = Eine Reflexion kann höchstens { $max } Antworten auf Fragen deiner Therapeutin oder deines Therapeuten enthalten.
error-question-unknown = Eine der Fragen ist nicht in diesem Tagebuch, deshalb kann ihre Antwort nicht gespeichert werden. Kopier deine Antwort an einen sicheren Ort und öffne die Reflexion dann noch einmal.
error-question-not-found = Diese Frage wird nicht mehr gestellt.
