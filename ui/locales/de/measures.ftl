### German: the measures area of the UI (see ui/lib/i18n.js).
### PHQ-9 und GAD-7: die Liste mit dem Verlauf, der Fragebogen und sein
### Ergebnis. Namen, Fragen, Antworten, Wertebereiche und Quellenangabe
### kommen aus dem Backend. Anrede „du“; sachlich und ruhig – ein Wert ist
### nie eine Note. „score“ heißt „Wert“, „safety plan“ „Notfallplan“.

-measures-title = Check-in-Fragebögen

## Die Liste (views/measures.js)

measures-title = { -measures-title }
measures-lede = Zwei kurze, weit verbreitete Fragebögen – einer zu gedrückter Stimmung, einer zu Sorgen. Wenn du ab und zu einen ausfüllst, siehst du, wie sich die Dinge entwickeln. Deine Antworten und Werte bleiben auf diesem Computer.
measures-note = Das sind Check-ins, keine Diagnose. Am meisten bringen sie, wenn du sie mit deiner Therapeutin oder deinem Therapeuten besprichst.
# Alle abgeschlossenen Fragebögen als FHIR R4 exportieren (ein Standard, den
# Dokumentationssysteme von Praxen lesen); gezeigt, sobald es ein Ergebnis gibt.
measures-fhir-title = Für die Unterlagen deiner Praxis
measures-fhir-why = Wenn die Praxis deiner Therapeutin oder deines Therapeuten ein Dokumentationssystem nutzt, das FHIR liest, kann es deine abgeschlossenen Fragebögen als Datei übernehmen. Nichts wird gesendet: Die Datei wird auf diesem Computer gespeichert, und du entscheidest, ob du sie weitergibst.
measures-fhir-export = Fragebögen als FHIR speichern
# $path: wo die Datei gespeichert wurde.
measures-fhir-saved = Gespeichert unter { $path }
measures-not-taken = Noch nicht ausgefüllt. Es dauert zwei bis drei Minuten.
measures-latest = Zuletzt, { $date }: { $score }
measures-latest-band = Zuletzt, { $date }: { $score } · { $band }
measures-continue = Dort weitermachen, wo du aufgehört hast
measures-take = { $title } ausfüllen
measures-take-again = { $title } noch einmal ausfüllen
measures-results = Alle Ergebnisse ({ $count })
measures-delete = Löschen
measures-delete-label = Das Ergebnis vom { $date } löschen
measures-deleted = Das Ergebnis vom { $date } ist gelöscht.
measures-undo = Rückgängig

## Das Verlaufsdiagramm (für Screenreader)

measures-table-caption = { $title }: Ergebnisse
measures-table-date = Datum
measures-table-score = Wert
measures-table-range = Bereich
measures-history-none = Noch keine { $title }-Ergebnisse.
measures-history =
    Deine { $title }-Werte im Verlauf, { $count ->
        [one] ein Ergebnis
       *[other] { $count } Ergebnisse
    }, auf einer Skala von 0 bis { $max }, die Wertebereiche schattiert. Zuletzt: { $latest }, am { $date }.
measures-short-date = { $day }. { $month }

## Der Fragebogen (views/measure-form.js)

measures-questionnaire = Fragebogen
measures-unavailable = Dieser Fragebogen ist gerade nicht verfügbar.
measures-back = ← { -measures-title }
measures-back-to-list = Zurück zu den Check-in-Fragebögen
measures-intro = Es gibt keine richtigen Antworten: Wähl, was am besten passt. Deine Antworten bleiben auf diesem Computer.
measures-item-number = { $number }.
measures-optional = Optional.
measures-difficulty-clear = Diese Antwort zurücknehmen
measures-submit = Meinen Wert ansehen
measures-restored = Hier geht es weiter, wo du aufgehört hast – deine Antworten sind aufbewahrt.
measures-start-fresh = Neu anfangen
measures-kept-all = Alles beantwortet und gesichert – sieh dir deinen Wert an, wenn du so weit bist.
measures-kept-draft = Als Entwurf gesichert – mach weiter, wann immer du magst.
measures-save-failed = Deine Antworten ließen sich gerade nicht speichern – sie sind noch hier. ({ $error })
measures-save-failed-toast = Deine letzte Antwort im Fragebogen ließ sich gerade nicht speichern. ({ $error })
measures-submit-failed = Das ließ sich nicht speichern – deine Antworten sind noch hier. ({ $error })
measures-go-to = Zu Frage { $number }
measures-progress = { $answered } von { $total } beantwortet

## Was noch offen ist, freundlich gesagt

measures-left-all = Noch ist nichts beantwortet – wähl für jede Frage eine Antwort, wann immer du so weit bist.
measures-left =
    { $count ->
        [one] Frage { $list } wartet noch auf eine Antwort.
       *[other] Die Fragen { $list } warten noch auf eine Antwort.
    } Deine bisherigen Antworten sind als Entwurf gesichert – mach weiter, wann immer du magst.
measures-list = { $rest } und { $last }

## PHQ-9, Frage 9: ruhig, warm, nie alarmierend

measures-item9-thanks = Danke, dass du das ehrlich beantwortet hast. Dein Notfallplan und die Menschen, die du erreichen kannst, sind nur einen Klick entfernt.
measures-open-safety-plan = Meinen Notfallplan öffnen
measures-item9-title = Zu Frage 9
measures-item9-text = Deine Antwort auf Frage 9 zählt mehr als jede Zahl. Solche Gedanken verdienen jetzt Unterstützung – du musst nicht bis zu deiner nächsten Sitzung warten.

## Das Ergebnis

measures-your-score = Dein Wert
measures-score-words = { $score } von { $max }
measures-band-range = { $band } ({ $range }).
measures-band-words = { $band }.
measures-meaning = Beim { $title } reichen die Werte von 0 bis { $max }. Eine niedrigere Zahl heißt, dass dich diese Dinge in den letzten zwei Wochen seltener belastet haben.
measures-snapshot = Ein Fragebogen ist eine Momentaufnahme von zwei Wochen, keine Diagnose. Es kann guttun, ihn in deiner nächsten Sitzung zu besprechen.

## Wie sich ein Wert verändert hat – niedriger und höher sind Fakten über
## den Wert, nie eine Note.

measures-first = Das ist dein erstes Ergebnis – beim nächsten Mal siehst du, wie es sich verändert hat.
measures-change-since-last =
    { $direction ->
        [same] genauso wie beim letzten Mal
        [lower] { $count ->
            [one] { $count } Punkt niedriger als beim letzten Mal
           *[other] { $count } Punkte niedriger als beim letzten Mal
        }
       *[higher] { $count ->
            [one] { $count } Punkt höher als beim letzten Mal
           *[other] { $count } Punkte höher als beim letzten Mal
        }
    }
measures-change-since-first =
    { $direction ->
        [same] genauso wie bei deinem ersten Ergebnis
        [lower] { $count ->
            [one] { $count } Punkt niedriger als bei deinem ersten Ergebnis
           *[other] { $count } Punkte niedriger als bei deinem ersten Ergebnis
        }
       *[higher] { $count ->
            [one] { $count } Punkt höher als bei deinem ersten Ergebnis
           *[other] { $count } Punkte höher als bei deinem ersten Ergebnis
        }
    }
measures-change-one = { $last }.
measures-change-two = { $last }; { $first }.

## Verlässliche Veränderung, Ansprechen (Response) und Remission

measures-reliable-improvement = Seit deinem ersten Ergebnis ist das eine Veränderung, die größer ist als das übliche Auf und Ab – eine verlässliche Verbesserung.
measures-reliable-deterioration = Seit deinem ersten Ergebnis ist das ein Anstieg, der größer ist als das übliche Auf und Ab – es lohnt sich, ihn bei deiner Therapeutin oder deinem Therapeuten anzusprechen.
measures-response = Dein Wert ist höchstens halb so hoch wie bei deinem ersten Ergebnis – in der Behandlungsforschung nennt man das ein Ansprechen (Response).
measures-remission = Dein Wert liegt unter 5 – in dem Bereich, den Fachleute Remission nennen.
measures-progress-summary = Seit deinem ersten Ergebnis: { $list }.
measures-summary-improvement = eine verlässliche Verbesserung
measures-summary-rise = ein verlässlicher Anstieg
measures-summary-response = ein Ansprechen (Response)
measures-summary-remission = Remission

## Ein angefangener Fragebogen in der Liste

measures-draft-on = Am { $date } angefangen – { $progress }.
measures-draft = Angefangen – { $progress }.

## Questionnaires asked for in a homework file (views/measures.js)

measures-requests-title = Aus der Therapie erbeten
# $who: who asked; $measure: phq9 or gad7; $timing: beforeEachSession or weekly.
measures-request-line = { $who } hat um den { $measure ->
    [gad7] GAD-7
   *[phq9] PHQ-9
  } { $timing ->
    [weekly] einmal pro Woche
   *[beforeEachSession] vor jeder Sitzung
  } gebeten. Die Startseite bietet ihn an, wenn es so weit ist.
measures-request-stop = Nicht mehr fragen
# $measure: phq9 or gad7.
measures-request-stop-label = Nicht mehr nach dem { $measure ->
    [gad7] GAD-7
   *[phq9] PHQ-9
  } fragen
measures-request-stopped = Er wird nicht mehr angeboten.
