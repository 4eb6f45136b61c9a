### German: the moments area of the UI (see ui/lib/i18n.js).
### Einen Moment festhalten (das Gedankenprotokoll der KVT, eine Frage pro
### Bildschirm), ihn wieder lesen, und die 1–10-Skala von Check-ins, Notizen
### und Reflexionsfenster. Anrede „du“; warm und schlicht, nie klinisch.
### Begriffe nach docs/research/german-clinical-sources.md: Denkfalle,
### automatische Gedanken, Gedankenprotokoll.

## Einen Moment festhalten (views/moment-flow.js)

moments-title-new = Moment festhalten
moments-title-edit = Moment bearbeiten

## Die zehn Schritte: Wert = Frage (Überschrift), .why = warum sie hilft,
## .short = Kurzname für Screenreader an den Fortschrittspunkten.

moments-step-situation = Was ist passiert? Wo warst du?
    .short = Situation
    .why = Wenn du den Moment schlicht benennst, kannst du ihn dir später leichter ansehen.
moments-step-feelings = Was hast du gefühlt?
    .short = Gefühle
    .why = Wenn du einem Gefühl einen Namen und eine Zahl gibst, kann es sich legen – und du siehst, wie es sich verändert.
moments-step-body = Was hast du in deinem Körper bemerkt?
    .short = Körper
    .why = Gefühle zeigen sich oft zuerst im Körper; wenn du sie dort bemerkst, kommst du zurück ins Jetzt.
moments-step-self-talk = Was ging dir durch den Kopf?
    .short = Automatische Gedanken
    .why = Einen aufgeschriebenen Gedanken kannst du betrachten, statt alles durch ihn hindurch zu sehen.
moments-step-traps = Bist du in eine Denkfalle getappt?
    .short = Denkfallen
    .why = Jeder Kopf tappt in solche Fallen; sie zu bemerken, ist die eigentliche Übung. Kreuz an, was passt – oder nichts.
moments-step-did = Was hast du getan?
    .short = Was ich getan habe
    .why = Wenn du siehst, was du danach getan hast, erkennst du, wohin dich das Gefühl gebracht hat. Es gibt keine falsche Antwort.
moments-step-evidence = Was spricht für den Gedanken, und was passt nicht dazu?
    .short = Dafür und dagegen
    .why = Wenn du beide Seiten aufschreibst, kannst du den Gedanken abwägen, statt ihm einfach zu glauben. Auch Kleinigkeiten zählen.
moments-step-friend = Stell dir vor, eine Freundin oder ein Freund denkt das. Was würdest du sagen?
    .short = Mit Freundesaugen
    .why = Zu anderen sind wir meist freundlicher als zu uns selbst; hier leihst du dir diese Freundlichkeit.
moments-step-balanced = Wie könntest du es ausgewogener sehen?
    .short = Ausgewogener Gedanke
    .why = Ein ausgewogener Gedanke lässt Platz für alles, auch für das Schwere. Er muss nicht positiv sein, nur fair.
moments-step-rerate = Wie stark sind diese Gefühle jetzt?
    .short = Neu einschätzen
    .why = Eine zweite Einschätzung zeigt, ob sich etwas verändert hat. Wenn es gleich bleibt, ist das auch in Ordnung.

moments-step-count = Schritt { $step } von { $total }

## Schritt 1: wann und wo

moments-situation-placeholder = Bei der Arbeit, kurz vor der Teambesprechung
moments-triggers-hint = Etwas, das schon einmal vorkam?
moments-when-label = Wann war es?
moments-when-earlier = Es ist schon etwas her
moments-when-now = Es war gerade eben

## Schritt 2: Gefühle

moments-feelings-group = Gefühle rund um „{ $group }“
moments-feelings-own = Deine eigenen Worte
moments-own-word-label = Ein anderes Wort
moments-own-word-add = Hinzufügen
moments-ratings-empty = Wähl die Wörter, die passen – dann kannst du sagen, wie stark jedes ist.
moments-ratings-hint = Wie stark? 0 ist kaum spürbar, 100 so stark, wie es nur geht.

## Die Schieberegler 0–100

moments-rating-out-of = { $rating } von 100
moments-rating-not-rated = Nicht eingeschätzt
moments-rating-not-rerated-spoken = { $rating }, noch nicht neu eingeschätzt
moments-rating-not-rerated = Nicht neu eingeschätzt
moments-rating-now = Jetzt { $rating }
moments-rating-before = Vorher: { $rating }
moments-rating-not-before = Vorher nicht eingeschätzt

## Wie sehr du dem Gedanken glaubst: Schieberegler 0–100 in Schritt 4 und 9
## (mit geschütztem Leerzeichen vor „%“)

moments-belief-before-label = Wie sehr glaubst du das?
moments-belief-hint = 0 heißt gar nicht, 100 heißt voll und ganz.
moments-belief-after-label = Wie sehr glaubst du dem ersten Gedanken jetzt?
moments-belief-percent = { $rating } %
moments-belief-before = Zu Beginn: { $rating } %
moments-belief-not-before = Zu Beginn nicht eingeschätzt

## Schritte 3, 4 und 6

moments-body-placeholder = Enge in der Brust, heißes Gesicht
moments-self-talk-placeholder = In deinen eigenen Worten.
moments-did-placeholder = Bin still geworden, früher gegangen, habe jemanden angerufen …

## Schritt 5: Denkfallen

moments-trap-example = Ein Beispiel
# Nur für Screenreader, nach „Ein Beispiel“: „ für Gedankenlesen“.
moments-trap-example-of = { " " }für { $trap }
# Nicht sichtbar: Namen der Denkfallen sind Substantive und behalten ihre
# Großschreibung (also nicht „lower“).
moments-trap-name-case = keep
moments-traps-missing = Die Liste der Denkfallen ließ sich gerade nicht laden. Du kannst diesen Schritt überspringen; es geht nichts verloren.

## Schritt 7: was dafür und was dagegen spricht

moments-evidence-for-label = Was spricht für den Gedanken?
moments-evidence-against-label = Was passt nicht dazu?
moments-evidence-self-talk-missing = Du hast leer gelassen, was dir durch den Kopf ging – das ist in Ordnung. Nimm den Gedanken, der in dem Moment am lautesten war: Was spricht dafür, und was passt nicht dazu?

## Schritt 8: mit Freundesaugen

moments-self-talk-quoted = Du hast geschrieben:
moments-self-talk-missing = Du hast leer gelassen, was dir durch den Kopf ging – das ist in Ordnung. Stell dir eine Freundin oder einen Freund im selben Moment vor: Was würdest du sagen?

## Schritt 10: neu einschätzen und aufbewahren

moments-rerate-empty = Du hast diesmal kein Gefühl benannt – das ist in Ordnung.
moments-keep = Aufbewahren
moments-tags-label = Schlagwörter (optional)
moments-tags-hint = Trenne sie mit Kommas, z. B. „Arbeit, Familie“.
moments-starred = Zu meiner nächsten Sitzung mitnehmen
moments-private = Privat – bleibt aus Überblicken und Exporten draußen, außer du nimmst es dazu

## Durch die Schritte, und speichern

moments-back = Zurück
moments-skip = Überspringen
moments-next = Weiter
moments-save-now = Jetzt speichern
moments-save = Speichern
moments-saved = Moment gespeichert.
moments-save-failed = Das ließ sich gerade nicht speichern – deine Worte sind noch hier.
moments-draft-kept = Entwurf gesichert · { $time }
moments-draft-failed = Der Entwurf ließ sich gerade nicht sichern – deine Worte sind noch hier.
moments-draft-unread = Gerade ließ sich nicht nachsehen, ob es einen früheren Entwurf gibt.
moments-restored = Es geht dort weiter, wo du aufgehört hast.
moments-start-fresh = Neu anfangen

## Ein Moment, wieder gelesen (views/moment.js)

moments-detail-title = Moment
moments-detail-page-title = Moment · { $date }
moments-detail-heading = Ein Moment, { $date }
moments-detail-situation = Was passiert ist und wo
moments-detail-felt = Was ich gefühlt habe
moments-detail-felt-hint = Wie stark, von 100: zuerst → nachdem ich noch einmal hingeschaut habe.
moments-detail-body = In meinem Körper
moments-detail-self-talk = Was mir durch den Kopf ging
moments-detail-belief-before = Wie sehr ich das geglaubt habe: { $rating } %
moments-detail-traps = Denkfallen, die ich bemerkt habe
moments-detail-traps-label = Denkfallen
moments-detail-did = Was ich getan habe
moments-detail-evidence-for = Was für den Gedanken sprach
moments-detail-evidence-against = Was nicht dazu passte
moments-detail-friend = Was ich einer Freundin oder einem Freund sagen würde
moments-detail-balanced = Ein ausgewogener Gedanke
moments-detail-belief-after = Wie sehr ich dem ersten Gedanken danach geglaubt habe: { $rating } %
# Danach folgt der Link moments-detail-kind-minute-link.
moments-detail-kind-minute = Das wahrzunehmen hat Kraft gekostet.
moments-detail-kind-minute-link = Magst du dir eine freundliche Minute nehmen?
moments-detail-test-thought = Diesen Gedanken prüfen
moments-detail-test-thought-hint = Neugierig, wie viel daran stimmt? Plan ein kleines Experiment und finde es heraus.

## Die 1–10-Skala (components/rating-scale.js)

moments-scale-value = { $rating } von 10
moments-scale-not-set = Nicht angegeben
moments-scale-low = 1 · niedrig
moments-scale-high = 10 · gut
moments-scale-clear = Zurücksetzen
