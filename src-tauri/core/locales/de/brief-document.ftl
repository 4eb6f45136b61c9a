### Deutsch: brief-document (see src-tauri/core/src/i18n.rs).
### Der Überblick für die Sitzung, wie ihn jemand exportiert (Markdown,
### Webseite, PDF) und zur Therapeutin oder zum Therapeuten mitbringt. In der
### eigenen Stimme („ich“, „mein“); die Anrede in Hinweisen ist „du“.
### Muster werden nur bemerkt, nie erklärt: „ging mit … einher“, nie
### „verursacht“. „Session brief“ heißt wie in der App „Überblick für die
### Sitzung“, „homework“ „Übungen“, „thinking trap“ „Denkfalle“.

## Tage. $weekday: 1 = Montag … 7 = Sonntag; $day: Tag im Monat;
## $month: 1 = Januar … 12 = Dezember; $year: eine Zahl wie 2026.

# Ein Tag mit Jahr, wie in der ersten Zeile: „Di., 3. Feb. 2026“.
brief-day = { $weekday ->
       [1] Mo.
       [2] Di.
       [3] Mi.
       [4] Do.
       [5] Fr.
       [6] Sa.
      *[7] So.
    }, { $day }. { $month ->
       [1] Jan.
       [2] Feb.
       [3] März
       [4] Apr.
       [5] Mai
       [6] Juni
       [7] Juli
       [8] Aug.
       [9] Sept.
       [10] Okt.
       [11] Nov.
      *[12] Dez.
    } { $year }
# Ein Tag ohne Jahr: „Di., 3. Feb.“.
brief-day-short = { $weekday ->
       [1] Mo.
       [2] Di.
       [3] Mi.
       [4] Do.
       [5] Fr.
       [6] Sa.
      *[7] So.
    }, { $day }. { $month ->
       [1] Jan.
       [2] Feb.
       [3] März
       [4] Apr.
       [5] Mai
       [6] Juni
       [7] Juli
       [8] Aug.
       [9] Sept.
       [10] Okt.
       [11] Nov.
      *[12] Dez.
    }
# Tag und Monat, unter dem Stimmungsdiagramm und im Titel der Webseite: „3. Feb.“.
brief-day-month = { $day }. { $month ->
       [1] Jan.
       [2] Feb.
       [3] März
       [4] Apr.
       [5] Mai
       [6] Juni
       [7] Juli
       [8] Aug.
       [9] Sept.
       [10] Okt.
       [11] Nov.
      *[12] Dez.
    }
# Tag, Monat und Jahr: „3. Feb. 2026“.
brief-day-month-year = { $day }. { $month ->
       [1] Jan.
       [2] Feb.
       [3] März
       [4] Apr.
       [5] Mai
       [6] Juni
       [7] Juli
       [8] Aug.
       [9] Sept.
       [10] Okt.
       [11] Nov.
      *[12] Dez.
    } { $year }
# Wann der Überblick erstellt wurde: „3. Feb. 2026 um 14:05“.
brief-made-at = { $day }. { $month ->
       [1] Jan.
       [2] Feb.
       [3] März
       [4] Apr.
       [5] Mai
       [6] Juni
       [7] Juli
       [8] Aug.
       [9] Sept.
       [10] Okt.
       [11] Nov.
      *[12] Dez.
    } { $year } um { $time }
# Eine Zeile des Stimmungsdiagramms in Markdown, in jeder Zeile gleich breit:
# „Di. 03.02.“. $dd: Tag zweistellig; $mm: Monat zweistellig.
brief-chart-day = { $weekday ->
       [1] Mo.
       [2] Di.
       [3] Mi.
       [4] Do.
       [5] Fr.
       [6] Sa.
      *[7] So.
    } { $dd }.{ $mm }.

## Der Anfang des Überblicks

brief-document-heading = Überblick für die Sitzung
# Titel der Webseite und des PDFs. $from, $until: erster und letzter Tag.
brief-document-title = Überblick für die Sitzung, { $from } bis { $until }
# Am Fuß jeder PDF-Seite. $page: die Seitenzahl.
brief-pdf-footer = Überblick für die Sitzung · Seite { $page }
# $from, $until: Tage (brief-day); $made: wann er erstellt wurde (brief-made-at).
brief-dates = Für die Tage vom { $from } bis { $until }. Erstellt mit Interlude am { $made }.
brief-dates-since-session = Für die Tage vom { $from } bis { $until } (seit meiner letzten Sitzung). Erstellt mit Interlude am { $made }.
# Was der Überblick enthält. $parts: die Wörter brief-contents-… unten, mit „, “ verbunden.
brief-contents = Dieser Überblick enthält: { $parts }.
brief-contents-mood = Stimmung
brief-contents-bridge = seit dem letzten Mal
brief-contents-agenda = worüber ich sprechen möchte
brief-contents-homework = Übungen
brief-contents-patterns = Muster
brief-contents-own-words = in meinen eigenen Worten
brief-private-entries-left-out = { $count ->
    [one] { $count } als privat markierter Eintrag bleibt außen vor.
   *[other] { $count } als privat markierte Einträge bleiben außen vor.
  }
brief-private-included = Als privat markierte Einträge sind enthalten.
brief-removed-by-me = { $count ->
    [one] { $count } Punkt habe ich weggelassen.
   *[other] { $count } Punkte habe ich weggelassen.
  }

## 1. Stimmung, PHQ-9 und GAD-7 (für jemanden, der den Überblick liest)

brief-heading-mood = 1. Wie es mir ging
brief-mood-no-checkins = In diesen Tagen keine Stimmungs-Check-ins.
# $average: die mittlere Stimmung mit einer Nachkommastelle (z. B. 6,5).
brief-mood-average = Stimmung an { $days ->
    [one] { $days } Tag
   *[other] { $days } Tagen
  }: im Schnitt { $average } von 10 (1 niedrig, 10 gut).
# Textalternative des Diagramms auf der Webseite. $days: jeder Tag mit seiner Stimmung, verbunden mit brief-chart-separator.
brief-chart-label = Stimmung nach Tag, 1 bis 10: { $days }
# Ein Semikolon, weil die Werte selbst ein Komma haben (6,5).
brief-chart-separator = {"; "}
# $title: PHQ-9 oder GAD-7; $score: eine Zahl; $day: brief-day-short;
# $band: der Bereich in Worten für Lesende („mittelgradige Symptome“); $range: z. B. „10–14“.
brief-measure-line = { $title }: { $score } am { $day }.
brief-measure-line-band = { $title }: { $score } am { $day } – { $band } ({ $range }).
# $first: der erste Wert; $since_first, $since_last: brief-change.
brief-measure-since = Seit dem ersten Wert ({ $first }): { $since_first }; seit dem vorigen: { $since_last }.
# Wie sich ein Wert bewegt hat. $direction: up, down oder none; $points: wie viele Punkte.
brief-change = { $direction ->
    [up] { $points ->
        [one] { $points } Punkt höher
       *[other] { $points } Punkte höher
    }
    [down] { $points ->
        [one] { $points } Punkt niedriger
       *[other] { $points } Punkte niedriger
    }
   *[none] unverändert
  }
brief-measure-improved-reliably = Eine reliable Verbesserung (mehr als die üblichen Schwankungen von Tag zu Tag).
brief-measure-rose-reliably = Ein reliabler Anstieg (mehr als die üblichen Schwankungen von Tag zu Tag).
brief-measure-is-response = Um mindestens die Hälfte des ersten Werts gesunken: ein Ansprechen (Response).
brief-measure-is-remission = Unter 5: Remission.
# Ein Hinweis für die Therapeutin oder den Therapeuten. $day: brief-day-short;
# $given: brief-flag-answer oder brief-flag-answer-above.
brief-flag-item9 = Am { $day } wurde Frage 9 des PHQ-9 (Gedanken, lieber tot zu sein oder sich Leid zuzufügen) { $given } beantwortet.
# $answer: die Antwortworte des Fragebogens, z. B. „An einzelnen Tagen“.
brief-flag-answer = mit „{ $answer }“
brief-flag-answer-above = höher als mit „{ $answer }“
# Für die Person selbst, unter dem Hinweis in der Vorschau der App.
brief-flag-item9-explanation = Das steht hier, damit deine Therapeutin oder dein Therapeut davon weiß und behutsam danach fragen kann. Es heißt nicht, dass mit dir etwas nicht stimmt – es heißt, dass es sich lohnt, darüber zu sprechen, und dass du es nicht allein ansprechen musst.

## 2. Seit dem letzten Mal: die Reflexion nach der letzten Sitzung

brief-heading-bridge = 2. Seit dem letzten Mal
# $day: brief-day-short.
brief-reflection-from = Aus meiner Reflexion nach der Sitzung am { $day }.
brief-reflection-takeaway = Meine wichtigste Erkenntnis
brief-reflection-difficult = Was schwer oder überraschend war
brief-reflection-focus = Die Fähigkeit, die ich mir für diese Woche ausgesucht habe
brief-reflection-none = Keine Reflexion zur letzten Sitzung.

## 3. Worüber ich sprechen möchte

brief-heading-agenda = 3. Worüber ich sprechen möchte
brief-agenda-nothing-yet = Noch nichts vorgemerkt.
brief-starred-heading = Einträge, die ich mit Stern markiert habe
# $summary: die ersten Worte des Eintrags; $kind: die Art des Eintrags; $day: brief-day-short.
brief-starred-entry = { $summary } ({ $kind ->
    [reflection] Reflexion
    [moment] Moment
    [checkin] Check-in
   *[note] Notiz
  }, { $day })

## 4. Übungen: Übungsvorhaben

brief-heading-homework = 4. Übungen
brief-homework-no-plans = In diesen Tagen keine Übungsvorhaben.
# Anzahlen von Tagen; $trend: brief-trend.
brief-homework-tally = Geplant etwa { $planned } · erledigt { $done } · teilweise { $partly } · ausgelassen { $skipped } · heute nicht { $not_today }. Insgesamt { $trend }.
# $reasons: die eigenen Gründe, mit „; “ verbunden.
brief-homework-skipped-because = Ausgelassen, weil: { $reasons }
# Ein Verhaltensexperiment. $prediction und $text: die eigenen Worte.
brief-experiment = Experiment: { $prediction }
brief-experiment-test = Das Experiment: { $text }
brief-experiment-safety = Sicherheitsverhalten, das ich weglasse: { $text }
brief-experiment-expected = Was ich erwartet habe: { $text }
brief-experiment-happened = Was passiert ist: { $text }
brief-experiment-learned = Was ich gelernt habe: { $text }
brief-experiment-obstacles = Was dazwischenkam: { $text }
brief-experiment-not-written-up = Noch nicht aufgeschrieben.
# Under a plan or experiment from a therapist's homework file. $from: as the
# file is signed; $day: like "Tue 8 Dec".
brief-assigned = Aufgegeben von { $from } am { $day }.
brief-assigned-unsigned = Aufgegeben in einer Hausaufgaben-Datei am { $day }.
# Wie sehr die Person der Vorhersage geglaubt hat (0–100), vor dem
# Experiment und danach; die zweite und dritte, wenn nur eins eingeschätzt wurde.
brief-experiment-belief = Wie sehr ich an die Vorhersage geglaubt habe: { $before } % → { $after } %
brief-experiment-belief-before = Wie sehr ich vorher an die Vorhersage geglaubt habe: { $before } %
brief-experiment-belief-after = Wie sehr ich danach an die Vorhersage geglaubt habe: { $after } %
# Wie sich der Übungswert eines Vorhabens in diesen Tagen bewegt hat. Sanft:
# ein Rückgang ist nur „etwas weniger regelmäßig“ oder „im Moment weniger regelmäßig“.
brief-trend = { $change ->
    [steadier] regelmäßiger als zuvor
    [little-steadier] etwas regelmäßiger als zuvor
    [little-less] etwas weniger regelmäßig als zuvor
    [less] im Moment weniger regelmäßig
   *[same] etwa so regelmäßig wie zuvor
  }

## 5. Muster: Momente in diesen Tagen

brief-heading-patterns = 5. Muster
brief-patterns-no-moments = In diesen Tagen keine Momente festgehalten.
# $list: Wörter mit ihrer Häufigkeit, z. B. „Arbeit (3), Familie (2)“.
brief-patterns-situations = Situationen: { $list }
brief-patterns-feelings = Gefühle: { $list }
brief-patterns-thinking-traps = Denkfallen: { $list }
# $day: brief-day-short.
brief-moment-on = Ein Moment am { $day }
# $text: die eigenen Worte.
brief-moment-what-happened = Was passiert ist: { $text }
brief-moment-told-myself = Was ich mir gesagt habe: { $text }
brief-moment-tell-a-friend = Was ich einer Freundin oder einem Freund sagen würde: { $text }
brief-moment-balanced = Ein ausgewogener Gedanke: { $text }
# Wie sehr die Person dem Gedanken geglaubt hat (0–100), als er kam, und
# nach dem ausgewogenen Gedanken; die zweite und dritte, wenn nur eins
# eingeschätzt wurde.
brief-moment-belief = Wie sehr ich dem Gedanken geglaubt habe: { $before } % → { $after } %
brief-moment-belief-before = Wie sehr ich dem Gedanken in dem Moment geglaubt habe: { $before } %
brief-moment-belief-after = Wie sehr ich dem Gedanken danach geglaubt habe: { $after } %
# Mediane über die vorher und nachher eingeschätzten Momente ($count ≥ 3);
# $before, $after und $eased können Halbe sein („12,5“).
# $change: in welche Richtung sich der Median bewegt hat (eased, grew oder
# same); $points: um wie viel, nie negativ (eine Zahl oder Text wie „12,5“).
brief-belief-eased = Wie sehr ich dem Gedanken geglaubt habe, in { $count } Gedankenprotokollen: im Median { $before } % vorher, { $after } % nachher ({ $change ->
    [eased] um { $points } { $points ->
        [one] Punkt
       *[other] Punkte
      } nachgelassen
    [grew] um { $points } { $points ->
        [one] Punkt
       *[other] Punkte
      } gestiegen
   *[same] etwa gleich geblieben
  })
# $list: brief-belief-trap, mit „; “ verbunden.
brief-belief-by-trap = Am stärksten nachgelassen, nach Denkfalle: { $list }
brief-belief-trap = { $trap }, { $change ->
    [eased] um { $points } { $points ->
        [one] Punkt
       *[other] Punkte
      } nachgelassen
    [grew] um { $points } { $points ->
        [one] Punkt
       *[other] Punkte
      } gestiegen
   *[same] etwa gleich geblieben
  } ({ $count ->
    [one] einmal
   *[other] { $count }-mal
  })

## 6. In meinen eigenen Worten

brief-heading-own-words = 6. In meinen eigenen Worten
brief-own-words-nothing = Hier steht noch nichts.

## Was die App als aus diesem Überblick weggelassen zeigt (gelöscht wird nichts)

brief-left-out-checkins = Stimmungs-Check-ins
brief-left-out-bridge = Seit dem letzten Mal
brief-left-out-patterns = Muster: Situationen, Gefühle, Denkfallen
# $situation: die eigenen Worte dazu, was passiert ist.
brief-left-out-moment = Moment: { $situation }
brief-left-out-own-words = In meinen eigenen Worten

## Den Überblick vorbereiten: Probleme

brief-error-agenda-too-many = Auf deine Liste passen bis zu { $max } Dinge, über die du sprechen möchtest.
brief-error-agenda-item-too-long = Jeder Punkt auf deiner Liste kann bis zu { $max } Zeichen lang sein – im Feld „In meinen eigenen Worten“ ist Platz für mehr.
# Der Name des Felds in „… ist 20500 Zeichen lang; es passen bis zu 20000 hinein.“
brief-own-words-field = „In meinen eigenen Worten“
brief-error-removed-not-ours = Diese Liste weggelassener Punkte stammt nicht von Interlude.
brief-error-end-before-start = Das Enddatum liegt vor dem Startdatum. Tausch die beiden oder lass eines leer.
brief-error-end-too-far = Dieses Enddatum liegt zu weit in der Zukunft.
