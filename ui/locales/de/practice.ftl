### German: the practice area of the UI (see ui/lib/i18n.js).
### Practice page, guided practices, plans, the session schedule's words and
### the Reminders part of Settings. "Plan" is „Vorhaben“ throughout (as in
### the notifications, desktop.ftl); the page is „Üben“, as the rail names it
### (shell-place-practice).
### Sources for clinical wording: docs/research/german-clinical-sources.md.

## The Practice page (views/practice.js)

practice-page-title = Üben
practice-page-lede = Kleine Dinge, oft geübt, tragen eine Sitzung durch die Woche.
practice-compassion-offer = Nimm dir eine freundliche Minute
practice-today-heading = Heute
practice-today-nothing-due = Für heute ist nichts geplant. Ausruhen zählt auch.
practice-today-no-plans = Ein Vorhaben ist eine kleine Sache, die du üben möchtest, und wann. Magst du eins anlegen? Fang mit etwas an, das so klein ist, dass es fast zu leicht wirkt.
practice-today-not-due = Heute nicht geplant ({ $count })
practice-plans-heading = Deine Vorhaben
practice-plans-empty = Hier erscheinen deine Vorhaben.
practice-plans-new = Neues Vorhaben
practice-plans-archived = Archivierte Vorhaben ({ $count })
practice-guided-heading = Angeleitete Übungen

## The cards for the guided practices (Practice page)

practice-card-breathing-title = Atmen
practice-card-breathing-why = Langsame Atemzüge mit langem Ausatmen zeigen deinem Körper, dass er zur Ruhe kommen darf.
# „Box-Atmung“: verified term (research notes, section 4, Stangl-Lexikon).
practice-card-breathing-box = Box-Atmung · 4-4-4-4
practice-card-breathing-478 = 4-7-8-Atmung
practice-card-breathing-custom = Eigene Zeiten
# „3-Minuten-Atemraum“: the name used by German MBSR/MBCT teachers
# (e.g. mbsr-aw.eu, achtsamkeit-mbsr-koeln.de); not in the research notes.
practice-card-space-title = 3-Minuten-Atemraum
practice-card-space-why = Drei kurze Schritte, die dir helfen, aus dem Autopiloten auszusteigen und wahrzunehmen, was gerade da ist.
practice-card-space-link = Atemraum beginnen
# „5-4-3-2-1-Übung“: verified term (research notes, section 4, Bambach 2003).
practice-card-grounding-title = 5-4-3-2-1-Übung
practice-card-grounding-why = Zu benennen, was deine Sinne wahrnehmen, holt dich ins Jetzt zurück, wenn Gefühle hochkochen.
practice-card-grounding-link = Übung beginnen
# „Selbstmitgefühlspause“: verified term (research notes, section 4).
practice-card-compassion-title = Selbstmitgefühlspause
practice-card-compassion-why = Einem schweren Moment mit Freundlichkeit zu begegnen, macht es leichter, dich zu fangen und es noch einmal zu versuchen.
practice-card-compassion-link = Eine Selbstmitgefühlspause machen

## Kind words written in self-compassion breaks (Practice page)

practice-kind-words-heading = Deine freundlichen Worte
practice-kind-words-noticing = Wahrnehmen
practice-kind-words-humanity = Nicht allein
practice-kind-words-kindness = Freundlichkeit
practice-kind-words-moment = Du hast dir einen Moment genommen.
practice-kind-words-empty = Wenn du eine Selbstmitgefühlspause machst, werden die Worte, die du schreibst, hier aufbewahrt.

## What every guided practice shares (views/practices/common.js)

practice-back = ← Üben
practice-plan-note = Für dein Vorhaben:
practice-count-noting = Wird in deinem Vorhaben notiert …
practice-count-done = Für heute in deinem Vorhaben gezählt. { $week }.
practice-count-failed = Das ließ sich gerade nicht in deinem Vorhaben notieren. { $reason }
practice-count-retry = Noch einmal versuchen
practice-done-heading = Gut gemacht.
practice-done-line = Spür nach, wie es dir jetzt geht.
practice-count-offer = Für dein Vorhaben zählen
practice-done-again = Noch einmal
practice-done-plan = Zurück zu deinem Vorhaben
practice-done-practice = Zurück zum Üben

## The breathing guide (views/practices/breathing.js, lib/pacer.js)

practice-breathing-title = Atmen
practice-breathing-lede = Langsames Atmen, bei dem das Ausatmen so lang ist wie das Einatmen oder länger, zeigt deinem Körper, dass er zur Ruhe kommen darf. Setz dich bequem hin und folge dem Kreis.
# Announced to screen readers as the phase changes; short and calm
# (infinitives, as German breathing guides say them).
practice-pacer-in = Einatmen
practice-pacer-hold = Halten
practice-pacer-out = Ausatmen
practice-pattern-box = Box-Atmung
practice-pattern-478 = 4-7-8-Atmung
# Our own rendering: no published German term for "paced breathing" /
# a longer out-breath was found (research notes, section 4: UNVERIFIED).
practice-pattern-long-out = Längeres Ausatmen
practice-pattern-custom = Eigene Zeiten
practice-pattern-box-hint = 4-4-4-4, gleichmäßig und ruhig
practice-pattern-478-hint = langes, langsames Ausatmen
practice-pattern-long-out-hint = 4 ein, 6 aus, ohne Luftanhalten
practice-pattern-box-how = Zähle beim Einatmen bis 4, halte bis 4, zähle beim Ausatmen bis 4 und halte wieder bis 4.
practice-pattern-478-how = Atme leise durch die Nase ein und zähle bis 4, halte bis 7, dann atme durch den Mund aus und zähle bis 8, mit einem sanften Rauschen.
practice-pattern-478-why = Vier Atemzüge reichen für den Anfang: Mehr davon kann dich anfangs leicht schwindelig machen.
practice-pattern-long-out-how = Atme durch die Nase ein und zähle bis 4, dann atme langsam aus und zähle bis 6. Ohne Luftanhalten – sanfter, wenn dir das Anhalten schwerfällt, wie es bei Angst oder Panik sein kann.
practice-pattern-custom-how = Wähle deine eigenen Zeiten. Halten kann auch 0 sein, dann fällt es weg.
practice-breathing-pattern = Atemmuster
practice-breathing-counts = Deine Zeiten, in Sekunden
practice-breathing-how-long = Wie lange?
practice-breathing-minutes =
    { $count ->
        [one] { $count } Minute
       *[other] { $count } Minuten
    }
practice-breathing-how-many = Wie viele Atemzüge?
practice-breathing-breaths =
    { $count ->
        [one] { $count } Atemzug
       *[other] { $count } Atemzüge
    }
practice-breathing-start = Beginnen
practice-breathing-pause = Pause
practice-breathing-resume = Weiter
practice-breathing-stop = Beenden
practice-breathing-run-heading = Atmen { $counts }
practice-breathing-breath-of = Atemzug { $cycle } von { $cycles }
practice-breathing-left = noch { $clock }
practice-breathing-paused = Pausiert · { $left }
practice-breathing-stopped-heading = Das war eine Pause, die sich gelohnt hat.
practice-breathing-stopped-line = Schon ein paar langsame Atemzüge helfen. Spür nach, wie es dir jetzt geht.

## The three-minute breathing space (views/practices/breathing-space.js)
## The step names „Gewahr werden“, „Sammeln“, „Ausdehnen“ follow German
## MBSR/MBCT teaching pages (mbsr-aw.eu; „Sammeln“ also
## stressbewaeltigung-kopp.de), not a checked book text; the instructions
## are our own rendering of the English.

practice-space-title = 3-Minuten-Atemraum
practice-space-lede = Eine kurze Pause in drei Schritten. Sie hilft dir, aus dem Autopiloten auszusteigen, wahrzunehmen, was da ist, und zu wählen, was du als Nächstes tust.
practice-space-awareness-title = 1 · Gewahr werden
practice-space-awareness-ask = Was ist gerade da – Gedanken, Gefühle, Körper?
practice-space-awareness-line-1 = Setz dich aufrecht hin und schließ die Augen, oder lass den Blick sanft auf einer Stelle ruhen.
practice-space-awareness-line-2 = Nimm wahr, was da ist, ohne es verändern zu wollen: Gedanken, die vorbeiziehen, Gefühle, Empfindungen im Körper. Du kannst sie leise benennen: „da ist Sorge“, „da ist Anspannung“.
practice-space-gathering-title = 2 · Sammeln
practice-space-gathering-ask = Sammle deine Aufmerksamkeit beim Atem.
practice-space-gathering-line-1 = Lass deine Aufmerksamkeit enger werden, bis sie beim Atem ist, dort, wo du ihn am deutlichsten spürst – vielleicht am Bauch, der sich hebt und senkt.
practice-space-gathering-line-2 = Wenn deine Gedanken abschweifen, bemerke, wohin sie gegangen sind, und kehr sanft zurück. Dieses Zurückkehren ist die Übung.
practice-space-expanding-title = 3 · Ausdehnen
practice-space-expanding-ask = Lass deine Aufmerksamkeit weit werden, bis sie den ganzen Körper umfasst.
practice-space-expanding-line-1 = Weite deine Aufmerksamkeit vom Atem auf den ganzen Körper aus: deine Haltung, deine Hände, dein Gesicht.
practice-space-expanding-line-2 = Wenn sich etwas unangenehm anfühlt, atme damit und lass es sein, wie es ist. Dann nimm diese weite Aufmerksamkeit mit in das, was als Nächstes kommt.
practice-space-timer = Etwa eine Minute · noch { $clock }
practice-space-timer-done = Eine Minute ist vorbei. Geh weiter, wann immer du so weit bist.
practice-space-finish = Abschließen

## 5-4-3-2-1 grounding (views/practices/grounding.js)
## The term is verified (research notes, section 4). The steps are the app's
## variant (5 see, 4 touch, 3 hear, 2 smell, 1 taste), not Bambach's
## original (5 each of seeing, hearing, feeling, then 4, 3, 2, 1); all
## wording here is our own rendering.

practice-grounding-title = 5-4-3-2-1-Übung
practice-grounding-lede = Wenn Gefühle hochkochen, holt dich das Benennen dessen, was deine Sinne wahrnehmen, zurück in den Raum, in dem du bist, und ins Jetzt. Nimm dir für jeden Schritt Zeit.
practice-grounding-see = Fünf Dinge, die du sehen kannst
practice-grounding-see-line = Schau dich langsam um. Kleine Dinge zählen: ein Lichtfleck, eine Farbe, eine Falte.
practice-grounding-touch = Vier Dinge, die du spüren kannst
practice-grounding-touch-line = Deine Füße auf dem Boden, der Stuhl, der dich trägt, der Stoff deines Ärmels, die Luft auf deiner Haut.
practice-grounding-hear = Drei Dinge, die du hören kannst
practice-grounding-hear-line = Nah und fern: ein Summen, dein eigener Atem, ein Geräusch von draußen.
practice-grounding-smell = Zwei Dinge, die du riechen kannst
practice-grounding-smell-line = Wenn dir nichts auffällt, denk an zwei Gerüche, die du magst.
practice-grounding-taste = Etwas, das du schmecken kannst
practice-grounding-taste-line = Was gerade da ist – oder ein Geschmack, den du magst.
practice-grounding-field = { $sense }: { $number } von { $total }
practice-grounding-hint = Aufschreiben ist freiwillig, und diese Worte werden nicht gespeichert.

## The self-compassion break (views/practices/self-compassion.js)
## Kristin Neff's official German wording could NOT be checked (research
## notes, section 4.1: UNVERIFIED). Each phrase below says where it comes
## from. Before release, check every phrase against Neff & Germer,
## „Selbstmitgefühl – Das Übungsbuch“ (Arbor 2019), and replace ours with
## the published text where they differ. Because the German is not Neff's
## own text, the attribution says „nach“ (after) her.

practice-sc-title = Selbstmitgefühlspause
practice-sc-lede = Für einen Moment, der wehtut. Drei kurze Schritte: Lies jeden Satz langsam, vielleicht mit einer Hand auf der Brust, und schreib in deinen eigenen Worten, wenn du magst.
practice-sc-attribution = – nach Kristin Neff, self-compassion.org
practice-sc-others-intro = Oder, wenn andere Worte besser passen:
# Step names: the three components as the German Übungsbuch names them
# (Achtsamkeit, Gemeinsames Menschsein, Selbstfreundlichkeit; per the
# dgpp-online.de review cited in section 4.1).
practice-sc-mindfulness-title = 1 · Achtsamkeit
# Follows a published German text: actmatrix.de („Dies ist ein Moment des
# Leidens.“), without its full stop, as Neff's phrase has none; also the
# literal rendering in section 4.1. (innerjoy.at: „Dies ist ein Augenblick
# des Schmerzes“.)
practice-sc-mindfulness-phrase = Dies ist ein Moment des Leidens
# Follows innerjoy.at („Das tut weh“), with Neff's full stop.
practice-sc-mindfulness-other-1 = Das tut weh.
# Follows innerjoy.at („Autsch“), with Neff's full stop.
practice-sc-mindfulness-other-2 = Autsch.
# Our own rendering.
practice-sc-mindfulness-other-3 = Das ist Stress.
practice-sc-mindfulness-why = Den Schmerz schlicht zu benennen, lässt dich ihn sehen, statt von ihm mitgerissen zu werden.
practice-sc-mindfulness-label = In deinen eigenen Worten: Was ist gerade schwer?
practice-sc-humanity-title = 2 · Gemeinsames Menschsein
# Our own rendering: the literal one suggested in section 4.1, keeping
# „Leiden“ as in step 1 (innerjoy.at has „Schmerz gehört zum Leben dazu“).
practice-sc-humanity-phrase = Leiden gehört zum Leben
# Follows innerjoy.at („Anderen geht es ähnlich wie mir, …“), first half.
practice-sc-humanity-other-1 = Anderen geht es ähnlich wie mir.
# Follows actmatrix.de („Ich bin nicht allein.“).
practice-sc-humanity-other-2 = Ich bin nicht allein.
# Our own rendering.
practice-sc-humanity-other-3 = Wir alle haben es im Leben manchmal schwer.
practice-sc-humanity-why = Sich daran zu erinnern, dass es auch anderen schwerfällt, mildert das Gefühl, dass nur mit dir etwas nicht stimmt.
practice-sc-humanity-label = In deinen eigenen Worten: Wem könnte es gerade ähnlich gehen?
practice-sc-kindness-title = 3 · Selbstfreundlichkeit
# Follows innerjoy.at („Möge ich freundlich zu mir sein“); also the literal
# rendering in section 4.1.
practice-sc-kindness-phrase = Möge ich freundlich zu mir sein
# Our own rendering (innerjoy.at has the shorter „Möge ich mir geben, was
# ich brauche“).
practice-sc-kindness-other-1 = Möge ich mir das Mitgefühl geben, das ich brauche
# Our own rendering.
practice-sc-kindness-other-2 = Möge ich lernen, mich so anzunehmen, wie ich bin
# Our own rendering.
practice-sc-kindness-other-3 = Möge ich mir verzeihen
# Follows actmatrix.de („Möge ich stark sein“).
practice-sc-kindness-other-4 = Möge ich stark sein
# Our own rendering.
practice-sc-kindness-other-5 = Möge ich geduldig sein
practice-sc-kindness-why = Mit dir zu sprechen wie mit einer guten Freundin oder einem guten Freund hilft dir, dich zu fangen und es noch einmal zu versuchen. Wenn es sich stimmig anfühlt, leg beim Lesen eine Hand auf deine Brust.
practice-sc-kindness-label = In deinen eigenen Worten: Was würdest du einer Freundin oder einem Freund an deiner Stelle sagen?
practice-sc-save = Speichern
practice-sc-empty-ok = Jedes Feld darf leer bleiben – der Moment zählt trotzdem.
practice-sc-done-heading = Danke, dass du dir diesen Moment genommen hast.
practice-sc-done-line = Was du geschrieben hast, findest du unter „Üben“ bei „{ practice-kind-words-heading }“.
practice-sc-save-failed = Das wurde nicht gespeichert – deine Worte sind noch da. ({ $reason })

## Plans as words (lib/plans.js)

# Other views write these in lower case inside sentences, so they are
# words that stay right in lower case.
practice-outcome-done = Erledigt
practice-outcome-partly = Teilweise
practice-outcome-skipped = Ausgelassen
practice-outcome-skipped-label = Ausgelassen…
practice-outcome-not-today = Heute nicht
practice-option-none = Keine
practice-option-box = Box-Atmung (4-4-4-4)
practice-option-478 = 4-7-8-Atmung
practice-option-breathing-space = 3-Minuten-Atemraum
practice-option-grounding = 5-4-3-2-1-Übung
practice-option-self-compassion = Selbstmitgefühlspause
practice-week-line = Diese Woche: { $done } von { $target }
practice-today-line = Heute · { $done } von { $due } geübt
practice-slots-line = { $count } von { $slots } heute
practice-status-paused = Pausiert
practice-status-archived = Archiviert
practice-often-days = { $days } und { $last }
practice-often-every-day = Jeden Tag
practice-often-per-week =
    { $count ->
        [one] Einmal pro Woche
       *[other] { $count }-mal pro Woche
    }
practice-often-per-day = { $count }-mal am Tag

## A plan's sentence (lib/plans.js composeSentence): a Wenn-Dann-Plan
## (implementation intention; research notes, section 4). The person's own
## words go in as typed: $action is best an infinitive phrase („langsam
## atmen“, „spazieren gehen“, which the action field's hint suggests), so
## it ends the sentence after „werde ich …“. The cue opens the sentence:
##   „Wenn ich nach Hause komme, dann werde ich jeden Tag 10 Minuten lang
##    spazieren gehen.“
##   „Nach dem Zähneputzen werde ich jeden Tag 3 Minuten lang langsam atmen.“
##   „Ich werde montags bis freitags um 08:00 Uhr tief durchatmen.“
## The action's case is never changed (German nouns keep their capital);
## a cue that opens the sentence gets a capital first letter.

practice-plan-sentence-action-prefixes = ich werde, ich will, ich möchte
# Cues that are whole clauses: „wenn ich nach Hause komme“ → „Wenn ich nach
# Hause komme, dann werde ich …“.
practice-plan-sentence-clause-words = wenn, sobald, nachdem, bevor, falls, sowie, immer wenn, jedes mal wenn, während ich, während wir
# Cues that are phrases: „nach dem Frühstück“ → „Nach dem Frühstück werde
# ich …“. Any other cue („Feierabend“) gets „Nach“ before it.
practice-plan-sentence-phrase-words = nach, vor, vorm, beim, bei, am, an, um, im, in, zum, zur, auf, ab, gegen, während, direkt, gleich, kurz, morgens, mittags, abends, nachts, vormittags, nachmittags, unterwegs, jeden, jede, jedes, zwischen, mit
practice-plan-sentence-times =
    { $count ->
        [1] einmal
        [2] zweimal
       *[other] { $count }-mal
    }
practice-plan-sentence-amount =
    { $unit ->
        [times] { $times }
       *[minutes] { $count ->
            [one] { $count } Minute
           *[other] { $count } Minuten
        } lang
    }
# "workweek" is Monday to Friday; $days lists full weekday names from the
# computer's calendar („Montag und Mittwoch“), all masculine, so „jeden“.
practice-plan-sentence-often =
    { $kind ->
        [workweek] montags bis freitags
        [days] jeden { $days }
        [perWeek] { $times } pro Woche
        [perDay] { $times } am Tag
       *[everyDay] jeden Tag
    }
practice-plan-sentence-time =
    { $withCue ->
        [yes] (gegen { $time } Uhr)
       *[no] um { $time } Uhr
    }
practice-plan-sentence =
    { $cueKind ->
        [none] Ich werde { $often }{ $time }{ $amount } { $action }.
        [clause] { $cue }{ $time }, dann werde ich { $often }{ $amount } { $action }.
        [bare] Nach { $cue }{ $time } werde ich { $often }{ $amount } { $action }.
       *[phrase] { $cue }{ $time } werde ich { $often }{ $amount } { $action }.
    }

## One plan (views/plan.js)

practice-plan-title = Vorhaben
practice-plan-gone = Dieses Vorhaben ist nicht mehr da
practice-plan-gone-line = Deine anderen Vorhaben findest du alle weiterhin unter „Üben“.
practice-plan-practice-link = Üben
practice-plan-resumed = Fortgesetzt.
practice-plan-paused-toast = Pausiert. Setz es fort, wann immer du magst.
practice-plan-archived-toast = Archiviert.
practice-plan-undo = Rückgängig
practice-plan-paused-notice = Pausiert. Es erscheint nicht in deiner Liste für heute, bis du es fortsetzt.
practice-plan-archived-notice = Archiviert. Alles, was du notiert hast, bleibt hier erhalten.
practice-plan-how-often = Wie oft
practice-plan-since = Seit
practice-plan-until = Bis
practice-plan-guided = Angeleitete Übung
practice-plan-day-times = { $outcome } · { $count }-mal
practice-plan-day-reason = Was dazwischenkam:
practice-plan-edit = Bearbeiten
practice-plan-pause = Pausieren
practice-plan-resume = Fortsetzen
practice-plan-restore = Zurückholen
practice-plan-archive = Archivieren
practice-plan-start-again = Heute neu beginnen.
practice-plan-progress = Wie es läuft
practice-plan-score-hint = Der Wert steigt mit dem Üben und sinkt an einem ausgelassenen Tag nur ein wenig. Gewohnheiten brauchen Wochen, und ein freier Tag ändert sehr wenig.
practice-plan-start-guide = Anleitung starten: { $practice }
practice-plan-recent = Letzte Tage
practice-plan-recent-empty = Die Tage, die du notierst, erscheinen hier.

## The plan builder (views/plan-builder.js, lib/plan-form.js)

practice-builder-new = Neues Vorhaben
practice-builder-edit = Vorhaben bearbeiten
practice-builder-back = ← Zurück
practice-builder-from-focus = Aus dem Fokus, den du nach deiner Sitzung gewählt hast. Mach daraus etwas, das du tun kannst.
practice-builder-lede = Ein Vorhaben sagt, was du tun wirst, und wann. Klein und konkret klappt am besten.
practice-builder-action = Was wirst du tun?
# An infinitive phrase, so the sentence reads „… werde ich langsam atmen“.
practice-builder-action-hint = Etwas Kleines und Konkretes, z. B. „langsam atmen“.
# Not shown in German (the suggestion reads English grammar); kept for
# completeness.
practice-builder-suggestion-before = Es liest sich vielleicht leichter als{ " " }
practice-builder-suggestion-frame = Ich werde{ " " }
practice-builder-suggestion-after = .{ " " }
practice-builder-suggestion-use = Diese Worte übernehmen
practice-builder-amount = Wie viel? (optional)
practice-builder-unit = Gezählt in
practice-builder-unit-minutes = Minuten
practice-builder-unit-times = Wiederholungen
practice-builder-often = Wie oft?
practice-builder-which-days = An welchen Tagen?
practice-builder-per-week = Mal pro Woche
practice-builder-per-day = Mal am Tag
practice-often-choice-daily = Jeden Tag
practice-often-choice-weekdays = An bestimmten Tagen
practice-often-choice-per-week = Einige Male pro Woche
practice-often-choice-per-day = Mehrmals am Tag
# The placeholder is a phrase the sentence can open with („Nach dem
# Zähneputzen werde ich …“); a „wenn …“ clause works too.
practice-builder-cue = Wann oder wo? (optional)
    .placeholder = nach dem Zähneputzen
practice-builder-cue-hint = Wenn du es an etwas knüpfst, das du ohnehin jeden Tag tust, fällt das Erinnern leichter.
practice-builder-cue-time = Übliche Uhrzeit (optional)
practice-builder-start = Beginn
practice-builder-end = Ende (optional)
practice-builder-practice = Eine angeleitete Übung dazu (optional)
practice-builder-preview = Interlude merkt sich:
practice-builder-sentence-empty = Ich werde …
practice-builder-save-new = Vorhaben speichern
practice-builder-save-edit = Änderungen speichern
practice-builder-saved = Vorhaben gespeichert.
practice-builder-made = Vorhaben angelegt. Es erscheint unter „Heute“, sobald es dran ist.
practice-builder-problem-action = Schreib, was du tun wirst – ein paar Worte reichen.
practice-builder-problem-amount = Die Menge klappt am besten als ganze Zahl, z. B. 3.
practice-builder-problem-days = Wähle mindestens einen Wochentag.
practice-builder-problem-per-week = Wähle zwischen 1 und 7 Mal pro Woche.
practice-builder-problem-per-day = Wähle zwischen 2 und 12 Mal am Tag.
# The words looked for in German are in lib/plan-form.js (VAGUE).
practice-builder-vague-when = Worte wie „wenn ich kann“ oder „manchmal“ überlassen es dem Zufall. Auf welchen Moment in deinem Tag könnte es folgen?
practice-builder-vague-try = Worte wie „versuchen“ oder „vielleicht“ sind schwer als Tun zu erkennen. Wie sähe es aus, wenn du es tust?

## The session schedule as words (lib/schedule.js)

practice-schedule-every =
    { $count ->
        [one] Jede Woche
       *[other] Alle { $count } Wochen
    }
practice-schedule-problem-weekday = Wähle den Tag, an dem deine Sitzungen sind.
practice-schedule-problem-time = Wähle die Uhrzeit, zu der deine Sitzungen beginnen.
practice-schedule-problem-duration = Die Länge einer Sitzung klappt am besten in Minuten zwischen { $min } und { $max }, z. B. 50.
practice-schedule-problem-every = Wähle, wie oft deine Sitzungen sind.
practice-schedule-problem-start = Wähle das Datum deiner ersten Sitzung in diesem Rhythmus.
practice-schedule-problem-zone = Schreib die Zeitzone deiner Sitzungen, z. B. Europe/Berlin.
practice-schedule-preview = Als Nächstes: { $list }, …
practice-schedule-cancelled = abgesagt
practice-schedule-moved = verschoben
practice-schedule-moved-from = verschoben von { $day }
practice-schedule-moved-from-time = verschoben von { $day } { $time }
practice-schedule-next = Nächste Sitzung: { $when }
practice-schedule-next-until = Nächste Sitzung: { $when } ({ $until })
# „Dienstags“: the weekday (from the computer's calendar) with „s“, which
# is right for every German weekday at the start of a sentence.
practice-schedule-summary = { $day }s um { $time }, { $every ->
        [one] jede Woche
       *[other] alle { $every } Wochen
    }, { $minutes } Minuten ({ $zone })
practice-schedule-summary-no-day = Sitzungen um { $time }, { $every ->
        [one] jede Woche
       *[other] alle { $every } Wochen
    }, { $minutes } Minuten ({ $zone })

## Reminders, in Settings (views/reminders.js, lib/reminders.js)

practice-reminders-heading = Erinnerungen
practice-reminders-lede = Sanfte Einladungen, nie Forderungen. Schalte jede davon aus, oder pausiere alle.
practice-reminders-times-hint = Uhrzeiten kannst du so eingeben, wie du sie denkst. { $hint }
practice-reminders-after-session = Nach einer Sitzung
practice-reminders-reflect = Nach jeder Sitzung ein Fenster zum Nachdenken öffnen
practice-reminders-reflect-hint = Ein paar Zeilen, solange es noch frisch ist, helfen, eine Sitzung in deine Woche mitzunehmen.
practice-reminders-reflect-after = Nach
practice-reminders-minutes = Minuten
practice-reminders-before-session = Vor einer Sitzung
practice-reminders-brief = Am Abend vor einer Sitzung ein kleiner Anstoß, auf die Woche zurückzublicken
practice-reminders-brief-at = Um
practice-reminders-plans-group = Vorhaben
practice-reminders-plans = Erinnere mich zur üblichen Zeit an meine Vorhaben
practice-reminders-questionnaires-group = Check-in-Fragebögen
practice-reminders-questionnaires = PHQ-9 und GAD-7 anbieten:{ " " }
practice-reminders-questionnaires-off = nie – ich öffne sie selbst
practice-reminders-questionnaires-before = am Abend vor jeder Sitzung
practice-reminders-questionnaires-fortnightly = alle zwei Wochen
practice-reminders-questionnaires-hint = Zur Zeit des abendlichen Anstoßes. Sie dauern ein paar Minuten und zeigen, wie sich die Dinge entwickeln.
practice-reminders-bells = Achtsamkeitsglocken
practice-reminders-bells-why = Eine kurze Pause, in der du deinen Atem bemerkst, holt dich in die Gegenwart zurück.
practice-reminders-bells-off = Aus
practice-reminders-bells-interval = In gleichmäßigem Rhythmus
practice-reminders-bells-random = Ein paar Mal am Tag, zufällig verteilt
practice-reminders-bells-every = Alle
practice-reminders-bells-how-many = Wie viele
practice-reminders-bells-moments = Momente am Tag
practice-reminders-between = Zwischen
practice-reminders-and = und
practice-reminders-quiet = Ruhezeiten
practice-reminders-quiet-enabled = In diesen Stunden still bleiben
practice-reminders-quiet-hint = Zwischen diesen Zeiten kommen keine Erinnerungen und keine Glocken.
practice-reminders-from = Von
practice-reminders-until = bis
practice-reminders-privacy = Privatsphäre
practice-reminders-private-text = In Benachrichtigungen zeigen, was in meinen Vorhaben steht
# „Zeit für deine Übung“ is the German notification title (desktop.ftl, reminder-plan).
practice-reminders-private-text-hint = Ausgeschaltet bleiben Benachrichtigungen allgemein, z. B. „Zeit für deine Übung“, damit auf einem geteilten Bildschirm nichts Privates zu sehen ist.
practice-reminders-pause = Pause
practice-reminders-pause-hour = Eine Stunde pausieren
practice-reminders-pause-tomorrow = Bis morgen pausieren
practice-reminders-resume = Fortsetzen
practice-reminders-notifications = Systembenachrichtigungen sind gerade nicht verfügbar, deshalb erscheinen Erinnerungen stattdessen in Interlude.
practice-reminders-saved = Gespeichert
practice-reminders-problem-time = Wähle eine Uhrzeit, z. B. 19:00.
practice-reminders-problem-minutes = Wähle zwischen { $min } und { $max } Minuten.
practice-reminders-problem-moments = Wähle zwischen { $min } und { $max } Momenten am Tag.
practice-reminders-on = Erinnerungen sind an
practice-reminders-paused-until = Pausiert bis { $time }
practice-reminders-paused-morning = Pausiert bis morgen früh
practice-reminders-paused-tomorrow = Pausiert bis morgen, { $time }
practice-reminders-paused-day = Pausiert bis { $day }, { $time }
practice-reminders-none-coming = Gerade stehen keine Erinnerungen an.
practice-reminders-next = Nächste Erinnerung: { $when }
practice-reminders-next-titled = Nächste Erinnerung: { $when } · { $title }

## Verhaltensexperimente (views/experiment.js, components/experiment-parts.js,
## der Teil „Experimente“ auf der Seite „Üben“). „Verhaltensexperiment“ und
## „Sicherheitsverhalten“: übliche Begriffe der KVT (research notes,
## section 4). Ein Experiment kann nicht scheitern; alles ist Information.

practice-experiments-heading = Experimente
practice-experiments-about = Prüf einen Gedanken wie eine Forscherin oder ein Forscher: Stell eine Vorhersage auf, probier etwas Kleines aus und schau, was passiert. Was auch immer passiert, du lernst etwas dabei.
practice-experiments-empty = Hier erscheinen deine Experimente.
practice-experiments-new = Ein Experiment planen
practice-experiment-status-planned = Geplant
practice-experiment-status-planned-for = Geplant für { $when }
practice-experiment-status-ready = Bereit zum Aufschreiben, wann immer du magst
practice-experiment-status-done = Aufgeschrieben
practice-experiment-belief-change = Geglaubt: { $before } %{ $arrow }{ $after } %
practice-experiment-belief-to = auf

## Ein Experiment planen (#experiment/new, #experiment/3/edit)

practice-experiment-new-title = Ein Experiment planen
practice-experiment-edit-title = Dein Experiment ändern
practice-experiment-back = ← Dein Experiment
practice-experiment-lede = Eine Übung ist kein Test, sondern ein Experiment. Nimm einen Gedanken als Vorhersage und finde auf kleine, sichere Weise heraus, wie gut er sich hält. Was auch immer passiert, du lernst etwas dabei.
practice-experiment-from-moment = Aus { $moment }: der Gedanke, den du bemerkt hast, als Vorhersage zum Prüfen. Ändere die Worte, wie du magst.
practice-experiment-from-moment-link = deinem Moment am { $date }
practice-experiment-belief-heading = Der Gedanke, den du prüfst
practice-experiment-prediction = Was, glaubst du, wird passieren? Der Gedanke, den du prüfen möchtest
practice-experiment-prediction-hint = In deinen eigenen Worten, z. B. „Wenn ich in der Besprechung etwas sage, halten mich alle für dumm.“
practice-experiment-belief-before = Wie sehr glaubst du daran?
practice-experiment-belief-before-clear = Zurücksetzen, wie sehr du daran glaubst
practice-experiment-test-heading = Das Experiment
practice-experiment-test = Das Experiment: Was wirst du tun, wann und wo?
practice-experiment-test-hint = Etwas so Kleines, dass du es ausprobieren kannst, z. B. „In der Teambesprechung am Montag einen Satz sagen.“
practice-experiment-safety = Sicherheitsverhalten, das du weglässt
practice-experiment-safety-hint = Sicherheitsverhalten ist etwas, das du tust, um dich sicherer zu fühlen, und das dich zugleich davon abhält, herauszufinden, was wirklich passieren würde – etwa jedes Wort vorher üben, Blickkontakt meiden oder eine Ausrede zum Gehen bereithalten.
practice-experiment-expected = Was erwartest du, was passieren wird?
practice-experiment-expected-hint = So genau wie möglich, damit du es danach vergleichen kannst.
practice-experiment-when-heading = Wann
practice-experiment-planned-for = Wann probierst du es aus?
practice-experiment-planned-for-hint = Optional: Tag und Uhrzeit, damit es dann wieder auftaucht.
practice-experiment-remind = Erinnere mich dann
practice-experiment-remind-hint = Daraus wird ein Vorhaben für einen Tag unter „Üben“, mit einer Erinnerung zu dieser Zeit.
practice-experiment-remind-needs = Eine Erinnerung braucht eine Zeit, die noch vor dir liegt, und das Experiment selbst.
practice-experiment-reminder-made = Dazu gibt es ein Vorhaben für einen Tag unter „Üben“, mit Erinnerung.
practice-experiment-reminder-see = Vorhaben ansehen
practice-experiment-save-new = Experiment speichern
practice-experiment-save-edit = Änderungen speichern
practice-experiment-made = Experiment geplant. Was auch immer passiert, du lernst etwas dabei.
practice-experiment-saved = Änderungen gespeichert.
practice-experiment-problem-prediction = Schreib zuerst die Vorhersage auf, die du prüfen möchtest – ein paar Worte reichen.
practice-experiment-problem-remind-time = Eine Erinnerung braucht eine Zeit, die noch vor dir liegt. Wähl eine aus oder nimm den Haken bei „Erinnere mich dann“ heraus.
practice-experiment-problem-remind-test = Eine Erinnerung braucht das Experiment selbst, damit sie weiß, woran sie dich erinnern soll.

## Die Seite eines Experiments (#experiment/3): was geplant war, und danach

practice-experiment-title = Dein Experiment
practice-experiment-gone = Dieses Experiment ist nicht mehr da
practice-experiment-gone-line = Vielleicht wurde es gelöscht. Deine anderen Experimente findest du alle weiterhin unter „Üben“.
practice-experiment-planned-heading = Was du geplant hast
practice-experiment-prediction-read = Die Vorhersage
practice-experiment-believed-before = Wie sehr du zu Beginn daran geglaubt hast: { $rating } %
practice-experiment-test-read = Das Experiment
practice-experiment-safety-read = Sicherheitsverhalten, das du weglässt
practice-experiment-expected-read = Was du erwartet hast
practice-experiment-edit = Geplantes ändern
practice-experiment-afterwards-heading = Danach
practice-experiment-afterwards-hint = Wann immer du bereit bist. Was auch immer passiert ist, es ist Information: Hier kannst du nichts falsch machen.
practice-experiment-happened = Was ist tatsächlich passiert?
practice-experiment-learned = Was hast du gelernt?
practice-experiment-learned-hint = Über die Vorhersage, über dich oder über andere.
practice-experiment-belief-after = Wie sehr glaubst du jetzt an die Vorhersage?
practice-experiment-belief-after-clear = Zurücksetzen, wie sehr du jetzt daran glaubst
practice-experiment-obstacles = Ist dir etwas in die Quere gekommen?
practice-experiment-obstacles-hint = Optional. Auch was es schwer gemacht hat, ist gut zu wissen.
practice-experiment-writeup-save = Speichern
practice-experiment-writeup-save-again = Änderungen speichern
practice-experiment-written-up = Aufgeschrieben. Was auch immer passiert ist, du hast etwas dabei gelernt.
practice-experiment-delete = Löschen
practice-experiment-delete-title = Dieses Experiment löschen?
practice-experiment-deleted = Experiment gelöscht.
practice-experiment-restored = Experiment wiederhergestellt.

## Behavioural activation: values and activities (views/values.js,
## views/activity.js, components/activity-parts.js)

practice-activities-heading = Aktivitäten
practice-activities-about = Ein bisschen mehr von dem zu tun, was dir wichtig ist, hebt die Stimmung oft, noch bevor die Lust kommt. Plane etwas Kleines für einen Wert, schätze, wie es sich anfühlen wird, und halte danach fest, wie es war.
practice-activities-empty = Noch keine Aktivitäten.
practice-activities-new = Eine Aktivität planen
practice-activities-log = Etwas eintragen, das du getan hast
# $count: how many done activities are folded away.
practice-activities-earlier = { $count ->
    [one] 1 frühere Aktivität
   *[other] { $count } frühere Aktivitäten
  }
practice-activities-values = Was dir wichtig ist
practice-values-title = Was dir wichtig ist
practice-values-lede = Ein paar Worte zu allem, was dir wichtig ist, in deinen eigenen Worten. Es gibt keine richtigen Antworten, und du kannst sie jederzeit ändern.
practice-values-area = Lebensbereich
practice-values-area-relationships = Beziehungen
practice-values-area-work = Arbeit oder Ausbildung
practice-values-area-health = Gesundheit
practice-values-area-play = Freizeit
practice-values-area-community = Gemeinschaft
practice-values-area-empty = Hier steht noch nichts.
practice-values-add-heading = Einen Wert hinzufügen
practice-values-words = In deinen Worten
practice-values-words-hint = Zum Beispiel: „Für meine Schwester da sein“ oder „Wieder Musik machen“.
practice-values-add = Hinzufügen
practice-values-added = Hinzugefügt.
practice-values-problem-words = Schreib den Wert zuerst in ein paar Worten auf.
practice-values-plan-for = Eine Aktivität dafür planen
practice-values-change = Ändern
# $words: the value in the person's words.
practice-values-change-label = „{ $words }“ ändern
practice-values-remove = Entfernen
practice-values-remove-label = „{ $words }“ entfernen
practice-values-removed = Entfernt. Aktivitäten, die du dafür getan hast, bleiben, wie sie waren.
practice-values-save = Speichern
practice-values-cancel = Abbrechen
practice-values-saved = Gespeichert.
practice-activity-title = Aktivität
practice-activity-new-title = Eine Aktivität planen
practice-activity-log-title = Etwas eintragen, das du getan hast
practice-activity-edit-title = Diese Aktivität ändern
practice-activity-lede = Etwas Kleines genügt. Zu schätzen, wie es sich anfühlen wird, gehört dazu: Danach siehst du, wie die Schätzung im Vergleich war.
practice-activity-log-lede = Etwas, das du getan hast, geplant oder nicht. Wie es sich angefühlt hat, ist auch festhaltenswert.
practice-activity-back = Zurück zur Aktivität
practice-activity-gone = Diese Aktivität gibt es nicht mehr
practice-activity-gone-line = Vielleicht wurde sie gelöscht, hier oder auf einem anderen Computer.
practice-activity-what-heading = Was
practice-activity-what = Die Aktivität
practice-activity-what-hint = Zum Beispiel: „Nach der Arbeit Mia anrufen“ oder „Zum Fluss gehen“.
practice-activity-value = Der Wert, für den sie ist
practice-activity-value-hint = Freiwillig. Mit einem Wert verknüpft, zeigt sich später, was mit besserer Stimmung einherging.
practice-activity-value-none = Keiner
practice-activity-value-none-yet = Freiwillig. Werte kannst du unter „Was dir wichtig ist“ auf der Übungsseite hinzufügen.
practice-activity-plan-heading = Wann, und wie es sich wohl anfühlen wird
practice-activity-planned-for = Wann du es tust
practice-activity-planned-for-hint = Ein Tag und eine Uhrzeit.
practice-activity-predict-hint = Eine Schätzung für jedes, von 0 bis 10. Lass weg, was du lieber nicht schätzen möchtest.
practice-activity-mood = Stimmung
practice-activity-mastery = Erfolgsgefühl
practice-activity-pleasure = Freude
practice-activity-mood-predicted = Stimmung, die du erwartest
practice-activity-mastery-predicted = Erfolgsgefühl, das du erwartest
practice-activity-pleasure-predicted = Freude, die du erwartest
practice-activity-mood-actual = Deine Stimmung danach
practice-activity-mastery-actual = Erfolgsgefühl
practice-activity-pleasure-actual = Freude
practice-activity-mood-hint = 0 ist so schlecht wie nur möglich, 10 so gut wie nur möglich.
practice-activity-mastery-hint = Wie sehr es sich angefühlt hat, etwas geschafft zu haben, wie klein auch immer.
practice-activity-pleasure-hint = Wie viel Freude es dir gemacht hat.
# $rating: 0–10.
practice-activity-rating = { $rating } von 10
# $scale: Mood, Sense of achievement or Enjoyment.
practice-activity-clear = { $scale } zurücksetzen
practice-activity-log-heading = Wie ist es gelaufen?
practice-activity-log-hint = Wann immer du magst; was auch passiert ist, ist gut zu wissen. Lass weg, was du lieber nicht einschätzen möchtest.
practice-activity-done-at = Wann du es getan hast
practice-activity-done-at-hint = Ein Tag und eine Uhrzeit; jetzt ist eingetragen.
practice-activity-note = Eine Notiz, wenn du magst
practice-activity-save-new = Den Plan speichern
practice-activity-save-log = Speichern
practice-activity-save-edit = Änderungen speichern
practice-activity-log-save = Speichern, wie es war
practice-activity-log-save-again = Erneut speichern
practice-activity-made = Geplant.
practice-activity-logged = Festgehalten.
practice-activity-saved = Gespeichert.
practice-activity-problem-what = Schreib zuerst auf, was du tun möchtest; ein paar Worte genügen.
practice-activity-problem-when = Wähle, wann du es tun möchtest.
practice-activity-problem-done-at = Sag, wann du es getan hast, damit es gespeichert werden kann.
# $when: a friendly date and time.
practice-activity-status-planned-for = Geplant für { $when }
practice-activity-status-planned = Geplant
practice-activity-status-ready = Zum Eintragen da, wann immer du magst
practice-activity-status-done-at = Erledigt am { $when }
practice-activity-status-done = Erledigt
# $area: a life area's name; the value's words follow.
practice-activity-for-value = Für einen Wert im Bereich { $area }:
# $scale: its name; $expected, $actual: 0–10.
practice-activity-expected-actual = { $scale }: erwartet { $expected }, es war { $actual }
practice-activity-actual-only = { $scale }: { $actual } von 10
practice-activity-expected-only = { $scale }: erwartet { $expected }
practice-activity-edit = Den Plan ändern
practice-activity-delete = Diese Aktivität löschen
practice-activity-delete-title = Diese Aktivität löschen?
practice-activity-deleted = Aktivität gelöscht.
practice-activity-restored = Aktivität zurückgeholt.

## Homework from the therapist, as a file (views/homework.js)

practice-homework-open = Hausaufgaben von deiner Therapeutin oder deinem Therapeuten öffnen
practice-homework-title = Hausaufgaben aus der Therapie
practice-homework-lede = Deine Therapeutin oder dein Therapeut kann dir Hausaufgaben als Datei geben. Öffne sie hier, um zu sehen, was sie enthält, und wähle, was du übernehmen möchtest. Nichts wird übernommen, bevor du es sagst.
practice-homework-choose = Die Hausaufgaben-Datei
practice-homework-choose-hint = Eine .json-Datei, die du aus der Therapie bekommen hast.
# $file: the file's name.
practice-homework-too-large = „{ $file }“ ist zu groß für eine Hausaufgaben-Datei.
practice-homework-unreadable = „{ $file }“ ließ sich nicht lesen. Wenn sie auf einem Wechseldatenträger liegt, prüfe, ob er noch verbunden ist.
practice-homework-preview-heading = Was „{ $file }“ enthält
practice-homework-preview-hint = Nimm den Haken bei allem weg, was du lieber nicht übernehmen möchtest. Du kannst alles später ändern oder entfernen, wie dein Eigenes.
# $from: the therapist's name, as the file is signed.
practice-homework-note-from = Eine Notiz von { $from }
practice-homework-note = Eine Notiz aus der Therapie
practice-homework-keep-note = Diese Notiz in meinem Tagebuch behalten
practice-homework-note-already = Diese Notiz ist schon in deinem Tagebuch.
practice-homework-kind-plan = Ein Vorhaben
practice-homework-kind-practice = Eine angeleitete Übung
practice-homework-kind-experiment = Ein Experiment zum Ausprobieren
practice-homework-kind-questionnaire = Ein Fragebogen zum Ausfüllen
practice-homework-kind-question = Eine Frage für deine Reflexion nach jeder Sitzung
practice-homework-already = schon übernommen
practice-homework-no-items = Diese Datei enthält keine Vorhaben, Experimente, Fragebögen oder Fragen.
practice-homework-add = Übernehmen, was angehakt ist
# $added: how many were added; $leftOut: how many were left out.
practice-homework-done = { $added ->
    [0] Nichts Neues übernommen
    [one] 1 übernommen
   *[other] { $added } übernommen
  }{ $leftOut ->
    [0] .
    [one] ; 1 weggelassen.
   *[other] ; { $leftOut } weggelassen.
  }
# Before a plan's cue, and an experiment's test, in the preview.
practice-homework-cue = Wann:
practice-homework-test = Der Test:
