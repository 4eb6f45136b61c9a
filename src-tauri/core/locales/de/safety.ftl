### Deutsch: die Abschnitte des Notfallplans (die Schritte nach Stanley und
### Brown; deutsche Begriffe nach Fartacek et al. 2014 und „Einen
### Sicherheitsplan machen“, SuizidPrävention Kanton Zürich), mit der Frage
### unter jeder Überschrift. Unsere eigene Fassung.

plan-section-warning-signs = Warnzeichen
    .prompt = Gedanken, Gefühle oder Situationen, die mir zeigen, dass eine schwere Zeit beginnen könnte.
plan-section-coping-strategies = Was ich allein tun kann
    .prompt = Was mich ohne andere auf andere Gedanken bringt: ein Spaziergang, Musik, eine Dusche, Atmen.
plan-section-distractions = Menschen und Orte, die mich ablenken
    .prompt = Wohin ich gehen und mit wem ich zusammen sein kann, ohne über meine Gefühle sprechen zu müssen.
plan-section-people-to-ask = Menschen, die ich um Hilfe bitten kann
    .prompt = Menschen, denen ich sagen kann, dass es mir schlecht geht.
plan-section-professionals = Fachleute, an die ich mich wenden kann
    .prompt = Meine Therapeutin oder mein Therapeut, meine Ärztin oder mein Arzt, ein Notdienst außerhalb der Sprechzeiten.
plan-section-safe-environment = Meine Umgebung sicherer machen
    .prompt = Medikamente, scharfe Gegenstände, eine Schusswaffe oder anderes, womit ich mir etwas antun könnte: was ich wegschließen oder loswerden kann, und wen ich bitten kann, es vorerst aufzubewahren.
plan-section-reasons-for-living = Was mir wichtig ist
    .prompt = Die Menschen, Dinge und Hoffnungen, für die es sich zu bleiben lohnt.

## Krisenhilfe, die überall funktioniert

crisis-hours-always = Rund um die Uhr, jeden Tag
crisis-emergency-services = Notruf
    .note = Wenn du gerade in Gefahr bist.
crisis-fallback-note = Unter 112 erreichst du vom Handy aus in vielen Ländern den Notruf, auch in der ganzen EU.
crisis-fallback-directory-note = Ein kostenloses Verzeichnis von Krisentelefonen für die meisten Länder. Gib die Adresse in einen Webbrowser ein.
crisis-fallback-plan-line = Unter 112 erreichst du vom Handy aus in vielen Ländern den Notruf. Ein Krisentelefon dort, wo du lebst, findest du nach Ländern geordnet auf findahelpline.com: Trag seine Nummer hier ein.
