### Deutsch: die Denkfallen im Moment-Ablauf. Namen nach den deutschen
### Burns- und Beck-Übersetzungen (Dorsch, „Gedankenfehler“; J. Beck,
### „12 Formen ungünstigen Denkens“), siehe docs/research/german-clinical-sources.md.
### Erklärungen und Beispiele sind unsere eigene Fassung.

trap-all-or-nothing = Alles-oder-nichts-Denken
    .explanation = Die Dinge nur in zwei Schubladen sehen: perfekt oder eine Katastrophe, nichts dazwischen.
    .example = „Ein Tippfehler im Bericht, also ist das Ganze ein Reinfall.“

trap-overgeneralizing = Übergeneralisierung
    .explanation = Aus einer einzigen Erfahrung schließen, dass es immer so läuft.
    .example = „Sie hat nicht zurückgeschrieben. Niemand will je von mir hören.“

trap-mind-reading = Gedankenlesen
    .explanation = Sich sicher sein, was jemand anders denkt – meist etwas Schlechtes über dich.
    .example = „Er war in der Besprechung still – er hält meine Idee für dumm.“

trap-fortune-telling = Wahrsagen
    .explanation = Vorhersagen, dass etwas schiefgeht, als stünde es schon fest.
    .example = „Bewerben lohnt sich nicht, ich bekomme die Stelle sowieso nicht.“

trap-magnifying-negative = Das Negative vergrößern
    .explanation = So lange auf das schauen, was schiefging, bis es das ganze Bild ausfüllt.
    .example = „Zehn Leuten hat der Vortrag gefallen, aber eine Person sah gelangweilt aus – also lief er schlecht.“

trap-minimizing-positive = Das Positive abwerten
    .explanation = Was gut lief, als Glück abtun oder als etwas, das nicht zählt.
    .example = „Ich habe es nur geschafft, weil die Woche leicht war.“

trap-catastrophizing = Katastrophisieren
    .explanation = Von einer kleinen Sorge direkt zum schlimmstmöglichen Ende springen.
    .example = „Wenn ich hier einen Fehler mache, verliere ich meinen Job und dann meine Wohnung.“

trap-emotional-reasoning = Emotionale Beweisführung
    .explanation = Ein Gefühl für den Beweis einer Tatsache halten.
    .example = „Ich habe Angst vor dem Fliegen, also muss es gefährlich sein.“

trap-should-statements = Sollte-Aussagen
    .explanation = Dich oder andere an starre Regeln binden, wie die Dinge sein müssen.
    .example = „Darüber sollte ich längst hinweg sein.“

trap-labeling = Etikettierung
    .explanation = Einen ganzen Menschen, oft dich selbst, mit einem harten Wort zusammenfassen.
    .example = „Ich habe ihren Geburtstag vergessen. Ich bin eine furchtbare Freundin.“

trap-self-blaming = Personalisierung
    .explanation = Die ganze Verantwortung für etwas übernehmen, das viele Ursachen hatte.
    .example = „Die Feier war unangenehm, weil ich da war.“

trap-other-blaming = Schuldzuweisung
    .explanation = Die ganze Verantwortung bei jemand anderem sehen, sodass nichts bleibt, was du ändern kannst. Wenn andere wirklich mitverantwortlich sind, ist es keine Falle, das auszusprechen.
    .example = „Ich bin nur gestresst, weil meine Chefin unmöglich ist.“

## Gefühle im Moment-Ablauf, in Familien: das erste Wort nennt die
## Familie, die übrigen ihre feineren Schattierungen. Komma zwischen Wörtern.

emotions-sad = traurig, niedergeschlagen, enttäuscht, hoffnungslos, in Trauer, leer
emotions-anxious = ängstlich, besorgt, nervös, verängstigt, panisch, angespannt
emotions-angry = wütend, gereizt, frustriert, verbittert, zornig
emotions-ashamed = beschämt, verlegen, schuldig, gedemütigt, nicht gut genug
emotions-lonely = einsam, ausgeschlossen, abgeschnitten, zurückgewiesen, übersehen
emotions-hurt = verletzt, im Stich gelassen, verraten, missverstanden
emotions-hopeful = hoffnungsvoll, ermutigt, stolz, dankbar, erleichtert
emotions-calm = ruhig, zufrieden, sicher, entspannt, gelassen

# Die Gefühlswörter im Reflexionsfenster, in dieser Reihenfolge.
feeling-words = ruhig, hoffnungsvoll, erleichtert, stolz, dankbar, müde, ängstlich, traurig, wütend, beschämt, verwirrt, überfordert, einsam, dünnhäutig
