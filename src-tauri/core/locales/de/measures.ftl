### Deutsch: PHQ-9 und GAD-7 in der offiziellen deutschen Fassung
### (PHQ-D; Löwe, Spitzer, Zipfel & Herzog 2002), Wortlaut nach dem
### FHIR-Modul PRO der Medizininformatik-Initiative (mii-qst-pro-phq-9,
### mii-qst-pro-gad-7) und den weiteren Quellen in
### docs/research/german-clinical-sources.md, Abschnitte 1 und 2. Die
### Fragebögen siezen, wie veröffentlicht; „why“ und die Bänder sind unsere
### eigenen Worte.

## PHQ9

measure-phq9-title = PHQ-9
measure-phq9-name = Gesundheitsfragebogen für Patienten (PHQ-9)
measure-phq9-why = Neun Fragen zu den letzten zwei Wochen. Ab und zu ausgefüllt, zeigen sie, wie sich deine Stimmung entwickelt – etwas, das du mit deiner Therapeutin oder deinem Therapeuten gemeinsam anschauen kannst.
measure-phq9-stem = Wie oft fühlten Sie sich im Verlauf der letzten 2 Wochen durch die folgenden Beschwerden beeinträchtigt?
measure-phq9-item-1 = Wenig Interesse oder Freude an Ihren Tätigkeiten
measure-phq9-item-2 = Niedergeschlagenheit, Schwermut oder Hoffnungslosigkeit
measure-phq9-item-3 = Schwierigkeiten ein- oder durchzuschlafen oder vermehrter Schlaf
measure-phq9-item-4 = Müdigkeit oder Gefühl, keine Energie zu haben
measure-phq9-item-5 = Verminderter Appetit oder übermäßiges Bedürfnis zu essen
measure-phq9-item-6 = Schlechte Meinung von sich selbst; Gefühl, ein Versager zu sein oder die Familie enttäuscht zu haben
measure-phq9-item-7 = Schwierigkeiten, sich auf etwas zu konzentrieren, z.B. beim Zeitunglesen oder Fernsehen
measure-phq9-item-8 = Waren Ihre Bewegungen oder Ihre Sprache so verlangsamt, dass es auch anderen auffallen würde? Oder waren Sie im Gegenteil „zappelig“ oder ruhelos und hatten dadurch einen stärkeren Bewegungsdrang als sonst?
measure-phq9-item-9 = Gedanken, dass Sie lieber tot wären oder sich Leid zufügen möchten
measure-phq9-difficulty = Wenn eines oder mehrere dieser Probleme bei Ihnen vorliegen, geben Sie bitte an, wie sehr diese Probleme es Ihnen erschwert haben, Ihre Arbeit zu erledigen, Ihren Haushalt zu regeln oder mit anderen Menschen zurecht zu kommen
measure-phq9-band-minimal = Minimal: kaum Anzeichen gedrückter Stimmung
    .reader = minimale Symptome
measure-phq9-band-mild = Leicht: einige Anzeichen gedrückter Stimmung
    .reader = milde Symptome
measure-phq9-band-moderate = Mittel: gedrückte Stimmung hat dich belastet
    .reader = mittelgradige Symptome
measure-phq9-band-moderately-severe = Ausgeprägt: gedrückte Stimmung hat dich sehr belastet
    .reader = ausgeprägte Symptome
measure-phq9-band-severe = Schwer: die Stimmung war zuletzt sehr schwer
    .reader = schwere Symptome

## GAD7

measure-gad7-title = GAD-7
measure-gad7-name = Fragebogen zur Generalisierten Angststörung (GAD-7)
measure-gad7-why = Sieben Fragen zu Sorgen und Anspannung in den letzten zwei Wochen, um zu sehen, wie sich Angst mit der Zeit entwickelt.
measure-gad7-stem = Wie oft fühlten Sie sich im Verlauf der letzten 2 Wochen durch die folgenden Beschwerden beeinträchtigt?
measure-gad7-item-1 = Nervosität, Ängstlichkeit oder Anspannung
measure-gad7-item-2 = Nicht in der Lage sein, Sorgen zu stoppen oder zu kontrollieren
measure-gad7-item-3 = Übermäßige Sorgen bezüglich verschiedener Angelegenheiten
measure-gad7-item-4 = Schwierigkeiten zu entspannen
measure-gad7-item-5 = Rastlosigkeit, so dass Stillsitzen schwer fällt
measure-gad7-item-6 = Schnelle Verärgerung oder Gereiztheit
measure-gad7-item-7 = Gefühl der Angst, so als würde etwas Schlimmes passieren
# The German GAD-7's closing question could not be checked against the
# phqscreeners PDF; this is the PHQ-D's (research notes, 2.4).
measure-gad7-difficulty = Wenn eines oder mehrere dieser Probleme bei Ihnen vorliegen, geben Sie bitte an, wie sehr diese Probleme es Ihnen erschwert haben, Ihre Arbeit zu erledigen, Ihren Haushalt zu regeln oder mit anderen Menschen zurecht zu kommen
measure-gad7-band-minimal = Minimal: kaum Anzeichen von Angst
    .reader = minimale Symptome
measure-gad7-band-mild = Leicht: einige Anzeichen von Angst
    .reader = milde Symptome
measure-gad7-band-moderate = Mittel: Angst hat dich belastet
    .reader = mittelgradige Symptome
measure-gad7-band-severe = Schwer: die Angst war zuletzt sehr schwer
    .reader = schwere Symptome

## Die Antworten (LOINC LL358-3 und LL359-1, deutsche Fassung der MII)

measure-answer-0 = Überhaupt nicht
measure-answer-1 = An einzelnen Tagen
measure-answer-2 = An mehr als der Hälfte der Tage
measure-answer-3 = Beinahe jeden Tag
measure-difficulty-0 = Überhaupt nicht erschwert
measure-difficulty-1 = Etwas erschwert
measure-difficulty-2 = Relativ stark erschwert
measure-difficulty-3 = Sehr stark erschwert

# The English notice verbatim (it is the publisher's), then the German
# version's credit.
measure-attribution = Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc. No permission required to reproduce, translate, display or distribute. Deutsche Version: B. Löwe, R. L. Spitzer, S. Zipfel und W. Herzog, Gesundheitsfragebogen für Patienten (PHQ-D), Pfizer 2002.
