### German: the brief area of the UI (see ui/lib/i18n.js): der Überblick
### für die Sitzung, Einblicke mit ihren Diagrammen, die Worte zur
### Wertelinie eines Vorhabens und die Startseite.
###
### Anrede „du“. „Session brief“ heißt „Überblick für die Sitzung“,
### „homework“ „Übungen“, „plan“ „Vorhaben“, „safety plan“ „Notfallplan“,
### „thinking trap“ „Denkfalle“. Muster werden nur bemerkt, nie erklärt:
### „ging mit … einher“, „kam zusammen mit … vor“, nie „verursacht“.

## Der Überblick für die Sitzung: die Seite

brief-page-title = Sitzungsüberblick
brief-title = Dein Überblick für die Sitzung
brief-toolbar-label = Diesen Überblick speichern oder drucken
brief-export-pdf = Als PDF speichern
brief-export-md = Markdown
brief-export-html = Webseite (HTML)
brief-print = Drucken
brief-export-saving = Wird gespeichert …
brief-export-saved = Gespeichert unter { $path }
brief-export-failed = Das ließ sich gerade nicht als Datei speichern. { $message }
brief-export-nothing-changed = Es wurde nichts verändert.
brief-print-unavailable = Drucken geht hier gerade nicht. Mit „Als PDF speichern“ bekommst du eine Datei zum Drucken.

## Welche Tage der Überblick umfasst

brief-which-days = Welche Tage
brief-from = Von
brief-until = Bis
brief-since-last-session = Seit meiner letzten Sitzung
brief-include-private = Private Einträge einbeziehen
brief-private-left-out = { $count ->
    [one] { $count } privater Eintrag bleibt außen vor.
   *[other] { $count } private Einträge bleiben außen vor.
  }
brief-leave-out-hint = Lass alles weg, was du lieber nicht mitbringen möchtest. Das ändert nur diesen Überblick – aus deinem Tagebuch wird nichts gelöscht.
brief-range = { $from } – { $until }
brief-range-since-session = Seit deiner letzten Sitzung: { $span }
brief-range-no-session = Es gibt noch keine Reflexion zu einer Sitzung, deshalb umfasst dieser Überblick die letzten zwei Wochen.
brief-short-day = { $day }. { $month }

## Die Abschnitte, in der Reihenfolge einer Sitzung

brief-section-mood = Wie es mir ging
brief-section-bridge = Seit dem letzten Mal
brief-section-agenda = Worüber ich sprechen möchte
brief-section-homework = Übungen
brief-section-patterns = Muster

## Etwas weglassen (nur aus dem Überblick, nie aus dem Tagebuch)

brief-leave-out = Weglassen
brief-leave-out-label = Weglassen: { $what }
brief-left-out-toast = Aus diesem Überblick weggelassen. In deinem Tagebuch bleibt es.
brief-put-back = Zurückholen
brief-put-back-label = Zurückholen: { $label }
brief-put-back-toast = Wieder in deinem Überblick.
brief-leave-out-failed = Das ließ sich gerade nicht speichern, deshalb steht es noch im Überblick. ({ $message })
brief-save-failed = Das ließ sich gerade nicht speichern. ({ $message })
brief-still-loading = Der Überblick wird noch geladen.
brief-removed-heading = Aus diesem Überblick weggelassen ({ $count })
brief-removed-hint = All das steht weiterhin in deinem Tagebuch. Hol etwas zurück, um es wieder in den Überblick aufzunehmen.
brief-removed-item = Ein Punkt

## Einmal gefragt, bevor der Hinweis zu Frage 9 des PHQ-9 den Überblick verlässt

brief-item9-title = Der Hinweis zu Frage 9
brief-item9-body = Dieser Hinweis sagt deiner Therapeutin oder deinem Therapeuten etwas über Frage 9. Es kann helfen, darüber zu sprechen. Möchtest du ihn aus diesem Überblick entfernen?
brief-item9-hint = So oder so wird nichts aus deinem Tagebuch gelöscht.
brief-item9-keep = Behalten
brief-item9-remove = Entfernen

## Wie es mir ging: Check-ins und Fragebögen

brief-mood-heading = Stimmungs-Check-ins
brief-mood-none = In diesen Tagen keine Check-ins.
brief-mood-summary = Stimmung im Schnitt { $average } von 10 an { $days ->
    [one] { $days } Tag
   *[other] { $days } Tagen
  } mit Check-in{ $trend ->
    [higher] , später höher
    [little-higher] , später etwas höher
    [lower] , später niedriger
    [little-lower] , später etwas niedriger
    [steady] , recht gleichbleibend
   *[none] {""}
  }.
brief-mood-chart-label = Stimmung an jedem Tag mit Check-in, von 1 bis 10. { $summary }
brief-mood-table-caption = Stimmung nach Tag
brief-mood-table-day = Tag
brief-mood-table-mood = Stimmung im Schnitt (1–10)
brief-measures-heading = PHQ-9 und GAD-7
brief-measures-none = In diesen Tagen kein PHQ-9 oder GAD-7.
brief-measures-none-link = Hier findest du sie, wenn du magst.
brief-measure-about-phq9 = Stimmung
brief-measure-about-gad7 = Sorgen
brief-measure-item = { $name }-Zusammenfassung
brief-measure-score = { $score } von { $max }
brief-measure-band-range = { $band } ({ $range })
brief-measure-score-band = { $score } – { $band }
brief-measure-score-on = { $score }, am { $day }
brief-measure-first-only = Der erste Wert hier, deshalb gibt es noch nichts zu vergleichen.
brief-measure-same-as-first = Genauso wie beim ersten Mal ({ $first }).
brief-measure-change-since-first = { $change } als beim ersten Mal ({ $first }).
brief-measure-same-as-last = Genauso wie beim letzten Mal.
brief-measure-change-since-last = { $change } als beim letzten Mal.
brief-points = { $direction ->
    [lower] { $points ->
        [one] { $points } Punkt niedriger
       *[other] { $points } Punkte niedriger
    }
   *[higher] { $points ->
        [one] { $points } Punkt höher
       *[other] { $points } Punkte höher
    }
  }
brief-points-same = gleich
brief-measure-reliable-improvement = Reliable Verbesserung: seit dem ersten Mal ein Rückgang, der größer ist als die üblichen Schwankungen von Tag zu Tag.
brief-measure-reliable-rise = Ein reliabler Anstieg: seit dem ersten Mal um mehr als die üblichen Schwankungen von Tag zu Tag gestiegen – gut, gemeinsam darüber zu sprechen.
brief-measure-response = Ansprechen (Response): Der Wert ist seit dem ersten Mal um die Hälfte oder mehr gesunken.
brief-measure-remission = Remission: Der Wert liegt unter 5, im Bereich von keinen oder nur wenigen Beschwerden.
brief-flag-eyebrow = Ein Hinweis für deine Therapeutin oder deinen Therapeuten
brief-safety-plan-line = Dein { $link } ist da, wann immer du ihn brauchst.
brief-safety-plan-link = Notfallplan

## Seit dem letzten Mal: die Reflexion nach der letzten Sitzung

brief-bridge-none = In diesen Tagen noch keine Reflexion zu einer Sitzung. Nach einer Sitzung erscheinen hier deine wichtigste Erkenntnis und dein Fokus für die Woche.
brief-bridge-item = Erkenntnis und Fokus aus meiner letzten Reflexion
brief-bridge-from = Aus der Reflexion nach der Sitzung am { $when }.
brief-bridge-takeaway = Meine wichtigste Erkenntnis
brief-bridge-difficult = Was schwer oder überraschend war
brief-bridge-focus = Fokus dieser Woche
brief-not-written = Nicht aufgeschrieben.

## Worüber ich sprechen möchte: Einträge mit Stern und die eigene Liste

brief-agenda-starred = Mit Stern in meinem Tagebuch
brief-starred-none = In diesen Tagen nichts mit Stern. Markiere einen Eintrag in deinem Tagebuch mit einem Stern, dann wartet er hier auf deine Sitzung.
brief-starred-item = ein Eintrag
brief-starred-no-summary = Ein paar Worte
brief-agenda-own-list = Meine eigene Liste
brief-agenda-none = Noch nichts auf deiner Liste.
brief-agenda-new = Etwas hinzufügen, worüber ich sprechen möchte
brief-agenda-add = Hinzufügen
brief-agenda-empty-add = Schreib zuerst ein paar Worte, dann „Hinzufügen“.
brief-agenda-added = Zu deiner Liste hinzugefügt.
brief-agenda-add-failed = Das ließ sich gerade nicht speichern – deine Worte sind noch da. ({ $message })
brief-agenda-remove = Entfernen
brief-agenda-remove-label = Von meiner Liste entfernen: { $text }
brief-agenda-removed-toast = Von deiner Liste genommen.
brief-agenda-undo = Rückgängig
brief-agenda-remove-failed = Das ließ sich gerade nicht speichern, deshalb steht es noch auf deiner Liste. ({ $message })

## Übungen: Übungsvorhaben

brief-homework-none = In diesen Tagen keine Übungsvorhaben. Ein Vorhaben, das du nach einer Sitzung planst, erscheint hier.
brief-homework-item = ein Übungsvorhaben
brief-homework-untitled = Ein Übungsvorhaben
brief-homework-counts = Geplant { $planned } · Erledigt { $done } · Teilweise { $partly } · Ausgelassen { $skipped } · Heute nicht { $notToday }
brief-homework-trend = Übungswert { $from }{ $arrow }{ $to } von 100 – { $trend }.
brief-homework-trend-to = auf
brief-homework-reasons = Ausgelassen, weil
brief-homework-notes = Wie es lief

## Übungen: Verhaltensexperimente, nach den Vorhaben (nur wenn es welche gibt)

brief-experiments-heading = Experimente
brief-experiment-item = ein Experiment
brief-experiment-link = Experiment
brief-experiment-planned = geplant
brief-experiment-planned-for = geplant für { $when }
brief-experiment-not-written-up = noch nicht aufgeschrieben
brief-experiment-prediction = Die Vorhersage
brief-experiment-test = Das Experiment
brief-experiment-belief = Wie sehr ich an die Vorhersage geglaubt habe
brief-experiment-belief-after = { $after } % danach
brief-experiment-happened = Was passiert ist
brief-experiment-learned = Was ich gelernt habe
brief-experiment-obstacles = Was dazwischenkam

## Muster: Momente in diesen Tagen

brief-patterns-none = In diesen Tagen keine Momente festgehalten. Wenn du einen festhältst, sammelt sich hier, was ihn ausgelöst hat und wie er sich anfühlte.
brief-patterns-triggers = Was es ausgelöst hat
brief-patterns-emotions = Gefühle
brief-patterns-traps = Denkfallen
brief-patterns-none-noted = Nichts notiert.
brief-times = { $count ->
    [one] einmal
   *[other] { $count }-mal
  }
brief-patterns-examples = Ein paar Momente
brief-example-item = der Moment am { $when }
brief-example-link = Moment · { $when }
brief-example-starred = Mit Stern
brief-example-situation = Was passiert ist
brief-example-self-talk = Was ich mir gesagt habe
brief-example-friend = Was ich einer Freundin oder einem Freund sagen würde
brief-example-balanced = Ein ausgewogener Gedanke
brief-example-belief = Wie sehr ich dem Gedanken geglaubt habe
brief-example-belief-both = { $before } %{ $arrow }{ $after } %
brief-example-belief-to = auf
brief-example-belief-before = { $before } % zu Beginn
brief-example-belief-after = { $after } %, nachdem ich noch einmal hingeschaut habe
brief-patterns-belief = Bei { $count ->
    [one] { $count } Gedanken, der noch einmal angesehen wurde,
   *[other] { $count } Gedanken, die noch einmal angesehen wurden,
  } lag der Glaube daran im Median zuerst bei { $before } %, danach bei { $after } %{ $change ->
    [eased] : Er hat um { $points ->
        [one] { $points } Punkt
       *[other] { $points } Punkte
      } nachgelassen.
    [grew] : Er ist um { $points ->
        [one] { $points } Punkt
       *[other] { $points } Punkte
      } gestiegen.
   *[same] : Er blieb etwa gleich.
  }

## In meinen eigenen Worten

brief-own-words = In meinen eigenen Worten
brief-own-words-label = Was ich zuerst sagen möchte
brief-own-words-hint = Wird beim Tippen gespeichert.
brief-own-words-kept = Gespeichert
brief-own-words-not-kept = Das ließ sich gerade nicht speichern – deine Worte sind noch da. ({ $message })

## Einblicke: ein paar Muster aus dem Tagebuch. Sie bemerken, was zusammen
## vorkam, nie, was was verursacht hat, und sagen freundlich, wenn es noch
## nicht genug ist.

brief-insights-title = Einblicke
brief-insights-lede = Muster in dem, was du geschrieben hast – zum Bemerken, nicht zum Bewerten.
brief-insights-range-label = Zeitraum
brief-insights-range-days = Letzte { $days } Tage
brief-insights-range-all = Gesamter Zeitraum
brief-insights-quoted = „{ $text }“
brief-insights-list = { $first } und { $last }
brief-insights-counts = In den letzten { $days } Tagen: { $list }.
brief-insights-counts-so-far = Bisher: { $list }.
brief-insights-counts-list = { $moments ->
    [one] { $moments } Moment
   *[other] { $moments } Momente
  }, { $checkins ->
    [one] { $checkins } Check-in
   *[other] { $checkins } Check-ins
  }, { $notes ->
    [one] { $notes } Notiz
   *[other] { $notes } Notizen
  }, { $reflections ->
    [one] { $reflections } Reflexion
   *[other] { $reflections } Reflexionen
  }
brief-insights-counts-none = In den letzten { $days } Tagen nichts geschrieben. Was du festhältst, zeigt sich nach und nach hier.
brief-insights-counts-none-yet = Noch nichts geschrieben. Was du festhältst, zeigt sich nach und nach hier.
brief-insights-chart-label = { $caption }. { $reading }

## Einblicke: Stimmung im Verlauf

brief-insights-mood-title = Stimmung im Verlauf
brief-insights-mood-few = Noch ein paar Check-ins, dann zeigt sich vielleicht ein Muster.
brief-insights-mood-show = Stimmung zeigen
brief-insights-mood-by-day = Nach Tag
brief-insights-mood-by-week = Nach Woche
brief-insights-mood-reading = Deine Stimmung lag im Schnitt bei { $average } von 10{ $trend ->
    [higher] , zuletzt höher
    [little-higher] , zuletzt etwas höher
    [lower] , zuletzt niedriger
    [little-lower] , zuletzt etwas niedriger
    [steady] , recht gleichbleibend
   *[none] {""}
  }.
brief-insights-mood-chart-label = Deine Stimmung { $by ->
    [week] Woche für Woche
   *[day] Tag für Tag
  }, auf einer Skala von 1 bis 10. { $reading }
brief-insights-mood-table-caption = { $by ->
    [week] Stimmung nach Woche
   *[day] Stimmung nach Tag
  }
brief-insights-mood-table-when = { $by ->
    [week] Woche ab
   *[day] Tag
  }
brief-insights-mood-table-mood = Stimmung im Schnitt (1–10)
brief-insights-mood-table-ratings = Bewertungen

## Einblicke: Spaltenköpfe, die mehrere Abschnitte teilen

brief-insights-table-situation = Situation
brief-insights-table-feeling = Gefühl
brief-insights-table-trap = Denkfalle
brief-insights-table-moments = Momente
brief-insights-table-times = Wie oft
brief-insights-table-times-noticed = Wie oft bemerkt
brief-insights-table-strength = Stärke im Schnitt (0–100)
brief-insights-table-not-rated = nicht bewertet
brief-insights-table-before = Vorher
brief-insights-table-after = Nachher
brief-insights-table-part = Tageszeit
brief-insights-table-day = Tag
brief-insights-no-moments = In dieser Zeit keine Momente.

## Einblicke: Situationen

brief-insights-triggers-title = Situationen, die vorkamen
brief-insights-triggers-few = Noch ein paar Momente, dann zeigen sich vielleicht die Situationen, die am häufigsten vorkommen.
brief-insights-triggers-none = In dieser Zeit keine Situationen aufgeschrieben.
brief-insights-triggers-table-caption = Momente nach Situation
brief-insights-triggers-top = { $situation } kam am häufigsten vor – in { $count ->
    [one] { $count } Moment
   *[other] { $count } Momenten
  }.
brief-insights-triggers-ties = { $situations } kamen am häufigsten vor – in je { $count ->
    [one] { $count } Moment
   *[other] { $count } Momenten
  }.
brief-insights-triggers-many = Mehrere Situationen kamen gleich oft vor – in je { $count ->
    [one] { $count } Moment
   *[other] { $count } Momenten
  }.
brief-insights-triggers-once = Bisher kam jede Situation nur einmal vor. Wenn etwas wieder passiert und du eine Situation auswählst, die du schon einmal aufgeschrieben hast, kann sich hier ein Muster zeigen.

## Einblicke: Gefühle

brief-insights-emotions-title = Gefühle, die du benannt hast
brief-insights-emotions-few = Noch ein paar Momente, dann zeigen sich vielleicht die Gefühle, die am häufigsten vorkommen.
brief-insights-emotions-none = In dieser Zeit keine Gefühle benannt.
brief-insights-emotions-table-caption = Wie oft jedes Gefühl benannt wurde
brief-insights-emotions-top-strength = Am häufigsten hast du { $feeling } benannt – { $count ->
    [one] einmal
   *[other] { $count }-mal
  }, im Schnitt mit { $strength } von 100.
brief-insights-emotions-top = Am häufigsten hast du { $feeling } benannt – { $count ->
    [one] einmal
   *[other] { $count }-mal
  }.
brief-insights-emotions-ties = Am häufigsten hast du { $feelings } benannt – je { $count ->
    [one] einmal
   *[other] { $count }-mal
  }.
brief-insights-emotions-many = Du hast viele Gefühle etwa gleich oft benannt – je { $count ->
    [one] einmal
   *[other] { $count }-mal
  }.

## Einblicke: Denkfallen

brief-insights-traps-title = Denkfallen, die du bemerkt hast
brief-insights-traps-few = Noch ein paar Momente, dann zeigen sich vielleicht die Denkfallen, die du am häufigsten bemerkst.
brief-insights-traps-none = In dieser Zeit keine Denkfallen angekreuzt. Sie zu bemerken, kann auch später kommen.
brief-insights-traps-table-caption = Wie oft jede Denkfalle bemerkt wurde
brief-insights-traps-top = Die Denkfalle, die du am häufigsten bemerkt hast, war { $trap } – { $count ->
    [one] einmal
   *[other] { $count }-mal
  }.
brief-insights-traps-ties = Die Denkfallen, die du am häufigsten bemerkt hast, waren { $traps } – je { $count ->
    [one] einmal
   *[other] { $count }-mal
  }.
brief-insights-traps-many = Du hast mehrere Denkfallen etwa gleich oft bemerkt – je { $count ->
    [one] einmal
   *[other] { $count }-mal
  }.

## Einblicke: Situationen und Denkfallen zusammen (sie kamen zusammen vor;
## keine verursacht die andere)

brief-insights-pairs-title = Situationen und Denkfallen zusammen
brief-insights-pairs-few = Noch ein paar Momente, dann zeigt sich vielleicht, welche Denkfallen mit welchen Situationen einhergehen.
brief-insights-pairs-none = In dieser Zeit keine Denkfallen zusammen mit einer Situation angekreuzt.
brief-insights-pairs-table-caption = Denkfallen nach Situation
brief-insights-trigger-traps = { $trap } ging am häufigsten mit { $situation } einher – { $count ->
    [one] einmal
   *[other] { $count }-mal
  }.

## Einblicke: Tageszeit

brief-insights-time-title = Tageszeit
brief-insights-time-few = Noch ein paar Momente, dann zeigt sich vielleicht, zu welchen Tageszeiten Momente oft kommen.
brief-insights-time-table-caption = Momente nach Tageszeit
brief-insights-part = { $part ->
    [morning] Morgen
    [afternoon] Nachmittag
    [evening] Abend
   *[night] Nacht
  }
brief-insights-part-words = { $part ->
    [morning] morgens
    [afternoon] nachmittags
    [evening] abends
   *[night] nachts
  }
brief-insights-part-row = { $part ->
    [morning] Morgen (06:00–11:59)
    [afternoon] Nachmittag (12:00–17:59)
    [evening] Abend (18:00–23:59)
   *[night] Nacht (00:00–05:59)
  }
brief-insights-time-spread = Die Momente verteilten sich über den ganzen Tag.
brief-insights-time-top = Momente kamen am häufigsten { $when } – { $count } von { $total }.
brief-insights-time-ties = Momente kamen am häufigsten { $when } – je { $count } von { $total }.

## Einblicke: Wochentage

brief-insights-weekdays-title = Wochentage
brief-insights-weekdays-few = Noch ein paar Momente, dann zeigt sich vielleicht, an welchen Tagen Momente oft kommen.
brief-insights-weekdays-table-caption = Momente nach Wochentag
brief-insights-weekday-often = { $day ->
    [Mon] montags
    [Tue] dienstags
    [Wed] mittwochs
    [Thu] donnerstags
    [Fri] freitags
    [Sat] samstags
   *[Sun] sonntags
  }
brief-insights-weekdays-spread = Die Momente verteilten sich über die ganze Woche.
brief-insights-weekdays-top = Momente kamen am häufigsten { $when } – { $count } von { $total }.
brief-insights-weekdays-ties = Momente kamen am häufigsten { $when } – je { $count } von { $total }.

## Einblicke: vorher und nachher (neu bewertete Gefühle, 0–100)

brief-insights-reframe-title = Vorher und nachher
brief-insights-reframe-few = Wenn du deine Gefühle am Ende eines Moments neu bewertest, siehst du hier, wie sie sich verändert haben.
brief-insights-reframe-all-rerated = Alle neu bewerteten Gefühle
brief-insights-reframe-all = Alle Gefühle
brief-insights-reframe-table-caption = Stärke im Schnitt vorher und nachher, von 100
brief-insights-reframe-chart-label = Gefühle vor und nach dem Schreiben, von 100. { $reading }
brief-insights-reframe-eased = Nachdem du aufgeschrieben hattest, was du einer Freundin oder einem Freund sagen würdest, waren die Gefühle, die du bewertet hast, { $where ->
    [one] in diesem Moment
   *[average] im Schnitt
  } schwächer: von { $before } auf { $after }.
brief-insights-reframe-same = Nach dem Aufschreiben blieben die Gefühle, die du bewertet hast, { $where ->
    [one] in diesem Moment
   *[average] im Schnitt
  } etwa gleich, bei { $before } von 100.
brief-insights-reframe-stronger = Nach dem Aufschreiben waren die Gefühle, die du bewertet hast, { $where ->
    [one] in diesem Moment
   *[average] im Schnitt
  } etwas stärker, von { $before } auf { $after } – das kommt vor, und es kann sich lohnen, es in eine Sitzung mitzunehmen.

## Einblicke: wie sehr sich der Gedanke gelockert hat (wie sehr du dem
## automatischen Gedanken geglaubt hast, 0–100 %, zu Beginn und nach dem
## ausgewogenen Gedanken)

brief-insights-belief-title = Wie sehr sich der Gedanke gelockert hat
brief-insights-belief-few = Noch nicht genug: Das zeigt sich nach { $needed } Momenten, in denen du den Gedanken vorher und nachher eingeschätzt hast. Bisher: { $count ->
    [0] noch keiner
   *[other] { $count }
  }.
brief-insights-belief-reading = Bei { $count ->
    [one] { $count } Gedanken, den du dir noch einmal angesehen hast,
   *[other] { $count } Gedanken, die du dir noch einmal angesehen hast,
  } lag dein Glaube daran im Median zuerst bei { $before } %, danach bei { $after } %{ $change ->
    [eased] : Er hat um { $points ->
        [one] { $points } Punkt
       *[other] { $points } Punkte
      } nachgelassen.
    [grew] : Er ist um { $points ->
        [one] { $points } Punkt
       *[other] { $points } Punkte
      } gestiegen. Das kommt vor, und es kann sich lohnen, es in eine Sitzung mitzunehmen.
   *[same] : Er blieb etwa gleich.
  }
brief-insights-belief-by-trap = Nach Denkfalle
brief-insights-belief-trap = { $trap }: { $change ->
    [eased] um { $points ->
        [one] { $points } Punkt
       *[other] { $points } Punkte
      } nachgelassen
    [grew] um { $points ->
        [one] { $points } Punkt
       *[other] { $points } Punkte
      } gestiegen
   *[same] etwa gleich geblieben
  }, { $count ->
    [one] einmal
   *[other] { $count }-mal
  }

## Diagramme: Worte in den Bildern

brief-chart = Diagramm
brief-chart-rated = { $side ->
    [before] vorher
   *[after] nachher
  } { $value }
brief-chart-not-rated = { $side ->
    [before] vorher: nicht bewertet
   *[after] nachher: nicht bewertet
  }

## Die Wertelinie eines Vorhabens. Sanft: ein Rückgang ist immer nur „ein wenig“.

brief-score-trend = { $trend ->
    [rising] steigend
    [rising-gently] leicht steigend
    [dipped] ein wenig gesunken
    [beginning] fängt gerade an
   *[steady] gleichbleibend
  }
brief-score-description = Wert { $score } von 100, { $trend }

## Startseite: Gruß, Fokus der Woche, Sitzungen und ein nächster Schritt.
## Nur Tatsachen: keine Serien, nie „warum warst du nicht da“.

brief-home-title = Start
brief-home-greeting = { $greeting }.
brief-home-focus-heading = Fokus dieser Woche
brief-home-focus-none = Nach deiner nächsten Sitzung erscheint hier die eine Fähigkeit, die du dir aussuchst.
brief-home-focus-from = Aus deiner Sitzung am { $day }
brief-home-make-plan = Ein Vorhaben daraus machen
brief-home-your-plan = Dein Vorhaben: { $plan }
brief-home-see-plan = Dein Vorhaben ansehen
brief-home-experiment-heading = Dein Experiment
brief-home-experiment-line = Wie ist dein Experiment gelaufen? „{ $prediction }“ – schreib es auf, wann immer du bereit bist.
brief-home-experiment-write-up = Aufschreiben
brief-home-kind-minute = Eine freundliche Minute
brief-home-kind-minute-take = Nimm dir eine freundliche Minute
brief-home-kind-minute-not-now = Nicht jetzt
brief-home-sessions-label = Deine Sitzungen
brief-home-last-session = Letzte Sitzung: { $day }
brief-home-last-session-ago = Letzte Sitzung: { $day } · { $ago }
brief-home-draft = Du hast eine Reflexion angefangen – mach dort weiter, wo du aufgehört hast.
brief-home-draft-continue = Reflexion fortsetzen
brief-home-reflect = Über eine Sitzung nachdenken
brief-home-all-reflections = Alle Reflexionen
brief-home-write-label = Etwas aufschreiben
brief-home-log-moment = Moment festhalten
brief-home-check-in = Einchecken
brief-home-write-note = Notiz schreiben
brief-home-latest = Deine neueste Reflexion
brief-home-latest-read = Diese Reflexion lesen
brief-home-be-kind = Sei freundlich zu dir
brief-home-safety-plan = Mein Notfallplan
brief-home-measures = Check-in-Fragebögen
brief-home-shortcuts = Tastenkürzel:
brief-home-shortcut-or = oder

## Insights: activity and mood (components/activity-insights.js)

brief-insights-activity-title = Aktivität und Stimmung
brief-insights-activity-about = Was mit besserer Stimmung einherging und wie es im Vergleich zu deinen Erwartungen war. Beides tritt gemeinsam auf; daraus lässt sich nicht ablesen, was was bewirkt.
brief-insights-activity-none = In diesen Tagen ist noch nichts eingetragen. Aktivitäten, die du auf der Übungsseite einträgst, erscheinen hier.
brief-insights-activity-expected-title = Was du erwartet hast und wie es war
# $scale: Mood, Sense of achievement or Enjoyment; $expected, $actual: medians; $count: activities.
brief-insights-activity-expectation = { $scale }: Du hast im Median { $expected } erwartet; es war { $actual } ({ $count ->
    [one] 1 Aktivität
   *[other] { $count } Aktivitäten
  }).
# One activity: $what in the person's words, $day the day done, $scale its name.
brief-insights-activity-surprise = { $what } ({ $day }). { $scale }: Erwartet hast du { $expected }; es war { $actual }.
brief-insights-activity-expected-few = Noch nicht genug: Die Mediane zeigen sich nach { $needed } Aktivitäten, die vorher und nachher auf derselben Skala eingeschätzt sind. Bisher: { $count }.
brief-insights-activity-mood-title = Was mit besserer Stimmung einherging
# $mood: a median 0–10; $count: activities.
brief-insights-activity-mood-overall = Bei { $count ->
    [one] 1 Aktivität
   *[other] { $count } Aktivitäten
  } mit eingetragener Stimmung lag der Median bei { $mood } von 10.
# $label: a value or an activity in the person's words.
brief-insights-activity-mood-with = { $label }: Stimmung im Median { $mood } ({ $count ->
    [one] einmal
   *[other] { $count }-mal
  }).
brief-insights-activity-mood-few = Noch nicht genug: Das zeigt sich nach { $needed } Aktivitäten mit eingetragener Stimmung. Bisher: { $count }.
brief-insights-activity-mood-groups-few = Noch kein Wert und keine Aktivität kam { $needed }-mal vor; jede wird genannt, sobald es so weit ist.
brief-insights-activity-evenings-title = Übungstage und der Check-in am Abend
# $with, $without: medians 1–10; $withDays, $withoutDays: evenings.
brief-insights-activity-evenings = Abende nach dem Üben: Check-in im Median { $with } über { $withDays ->
    [one] 1 Abend
   *[other] { $withDays } Abende
  }. Andere Abende: { $without } über { $withoutDays ->
    [one] 1 Abend
   *[other] { $withoutDays } Abende
  }.
brief-insights-activity-evenings-few = Noch nicht genug: Das zeigt sich mit { $needed } Abend-Check-ins an Tagen mit Übung und { $needed } ohne. Bisher: { $with } und { $without }.
# $hour: 18.
brief-insights-activity-evenings-lag = Als Übung zählt ein Vorhaben, das an dem Tag als erledigt oder teilweise eingetragen ist; „am Abend“ ist der letzte Check-in des Tages ab { $hour }:00 Uhr.

## A plan or experiment from a therapist's homework file (components/brief-sections.js)
# $from: as the file is signed; $day: a short day.
brief-assigned = Aufgegeben von { $from } am { $day }.
brief-assigned-unsigned = Aufgegeben in einer Hausaufgaben-Datei am { $day }.

## Home: a questionnaire the therapist asked for, when due (views/home.js)

brief-home-measure-heading = Aus der Therapie erbeten
# Who asked, when the homework file wasn't signed.
brief-home-measure-your-therapist = Deine Therapeutin oder dein Therapeut
# $who: as the homework file was signed, or the line above; $measure: phq9
# or gad7; $when: the session's day.
brief-home-measure-before-session = { $who } hat dich um den { $measure ->
    [gad7] GAD-7
   *[phq9] PHQ-9
  } vor deiner Sitzung am { $when } gebeten. Er dauert ein paar Minuten, wann immer es dir passt.
brief-home-measure-weekly = { $who } hat dich um den { $measure ->
    [gad7] GAD-7
   *[phq9] PHQ-9
  } einmal pro Woche gebeten. Er dauert ein paar Minuten, wann immer es dir passt.
brief-home-measure-open = Den { $measure ->
    [gad7] GAD-7
   *[phq9] PHQ-9
  } ausfüllen
