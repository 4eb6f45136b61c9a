### German: the safety area of the UI (see ui/lib/i18n.js).
### Hilfe in der Krise, der Notfallplan, der Sperrbildschirm, der erste
### Start und der Hinweis im Reflexionsfenster. Jemand in einer Krise liest
### das vielleicht: ruhig, klar, freundlich, „du“. Krisentelefone und
### Ländernamen kommen aus dem Backend. Ländernamen stehen ohne Artikel
### („Schweiz“, „Vereinigte Staaten“), deshalb stehen sie hier meist nach
### einem Doppelpunkt oder in Klammern statt nach „für“.

## Hilfe in der Krise: „Brauchst du jetzt Hilfe?“ (crisis-help.js)

safety-help-button = Brauchst du jetzt Hilfe?
safety-help-title = Möchtest du jetzt mit jemandem sprechen?
safety-help-lede = Du musst nicht bis zu deiner nächsten Sitzung warten. Jemand ist da und hört dir zu.
safety-ask-region = Wo bist du gerade? Interlude zeigt dir dann die Nummern für dieses Land.
safety-help-source = Diese Nummern stammen aus Interludes eigener Liste, nicht aus deinem Tagebuch. Deshalb siehst du sie, ohne etwas zu entsperren.
safety-help-close = Schließen
safety-help-region = Krisentelefone – { $region }
safety-help-change = ändern
    .aria-label = Land ändern (gerade: { $region })
safety-help-showing = Du siehst jetzt die Nummern für dieses Land: { $region }.
safety-help-finding = Die Nummern für dein Land werden gesucht …
safety-help-unreachable = Interlude konnte seine Liste der Krisentelefone gerade nicht erreichen. Diese Nummern funktionieren in vielen Ländern:

# $number: die Notrufnummer (z. B. 112), groß dargestellt. Bitte im Satz lassen.
safety-danger-call = Wenn du gerade in Gefahr bist, ruf { $number } an.
safety-fallback-note = Unter 112 erreichst du mit dem Handy in vielen Ländern den Notruf, auch überall in der EU.
safety-fallback-directory = So findest du ein Krisentelefon in deiner Nähe: { $directory }
safety-fallback-directory-note = Ein kostenloses Verzeichnis von Krisentelefonen für die meisten Länder. Gib die Adresse in einen Webbrowser ein.

## Wie man ein Krisentelefon erreicht („Anrufen oder SMS schreiben · rund um
## die Uhr“). Der erste Buchstabe wird großgeschrieben.

safety-way-call = anrufen
safety-way-text = SMS schreiben
safety-way-chat = online chatten
safety-ways-or = { $others } oder { $last }

## Woher das Land kommt (Einstellungen)

safety-region-unknown = Interlude kann auf diesem Computer nicht erkennen, wo du bist. Deshalb zeigt es Nummern, die in vielen Ländern funktionieren. Wähle dein Land, um seine Krisentelefone zu sehen.
safety-region-chosen = Du siehst die Krisentelefone dieses Landes: { $region } – so, wie du es gewählt hast.
safety-region-time-zone = Automatisch: { $region }, nach der Zeitzone dieses Computers.
safety-region-locale = Automatisch: { $region }, nach den Spracheinstellungen dieses Computers.
safety-region-environment = { $region }, festgelegt durch INTERLUDE_REGION auf diesem Computer.
safety-region-default = Du siehst die Krisentelefone dieses Landes: { $region }.

## Die Länderauswahl

safety-country-label = Land
safety-country-automatic = Automatisch
safety-country-choose = Wähle ein Land …

## Die Kopie des eigenen Notfallplans für den Sperrbildschirm

safety-plan-copy-title = Dein Notfallplan
safety-plan-copy-note = Das ist die Kopie deines Notfallplans, die du für den Sperrbildschirm behalten wolltest.
safety-plan-copy-empty = Darin steht noch nichts.
safety-contacts-title = So erreichst du sie
safety-plan-copy-own-lines = Krisennummern, die du gespeichert hast

## Die Seite „Mein Notfallplan“ (safety-plan.js), nach Stanley und Brown

safety-plan-title = Mein Notfallplan
safety-plan-emergency = Wenn du gerade in Gefahr bist, ruf deine örtliche Notrufnummer an.
safety-plan-about = Ein Notfallplan ist eine kurze Liste, die du in einem ruhigeren Moment für die schwereren schreibst: woran du merkst, dass sich eine Krise anbahnen könnte, was dir hilft und wen du erreichen kannst – Schritt für Schritt ausprobiert. Er folgt der Notfallplan-Intervention nach Stanley und Brown (Safety Planning Intervention).

safety-field-name = Name
safety-field-phone = Telefon
safety-field-note = Notiz
safety-field-number = Nummer

safety-source-filled = Diese Nummern wurden für deine Region eingetragen ({ $region }). Du kannst sie ändern, wenn sie nicht zu dir passen.
safety-source-empty = Du kannst die Krisentelefone eintragen, die zu deinem Wohnort passen.
safety-source-kept = Das sind die Nummern, die du gespeichert hast. Du kannst sie jederzeit ändern.

## Nach Frage 9 des PHQ-9: warm, nie alarmiert

safety-phq9-title = Danke, dass du so ehrlich geantwortet hast
safety-phq9-support = Gedanken wie die aus dieser Frage verdienen Unterstützung – jetzt, nicht erst später.
safety-phq9-plan = Hier ist dein Plan, und hier sind die Menschen, die du sofort erreichen kannst.
safety-phq9-kept = Deine Antworten sind gespeichert. Du kannst jederzeit zum Fragebogen zurückkehren.
safety-phq9-back = Zurück zum Fragebogen

## Zeilen und Listen bearbeiten

safety-remove = Entfernen
safety-crisis-row = Krisentelefon { $number }
safety-crisis-row-remove = Krisentelefon { $number } entfernen
safety-contact-row = Person { $number }
safety-contact-row-remove = Person { $number } entfernen
safety-row-remove-named = { $name } entfernen
safety-item-remove = „{ $item }“ entfernen
safety-step = Schritt { $number }
safety-add-to-list = Zu dieser Liste hinzufügen
safety-add = Hinzufügen

## Die Karte mit den Krisentelefonen

safety-crisis-title = Jetzt mit jemandem sprechen
safety-crisis-lede = Wenn dir alles zu viel wird, kannst du jederzeit eine dieser Nummern anrufen – du musst nicht bis zu deiner nächsten Sitzung warten.
safety-crisis-empty = Noch sind keine Krisentelefone gespeichert. Bis du eines einträgst, funktionieren diese Nummern in vielen Ländern:
safety-crisis-edit = Diese Nummern ändern
safety-crisis-add = Krisentelefon hinzufügen
safety-plan-region = Dein Land: { $region }
safety-plan-region-change = ändern
    .aria-label = Dein Land ändern (gerade: { $region })
safety-lines-in-plan = Die Krisentelefone dieses Landes stehen jetzt in deinem Plan: { $region }.

## Wenn das eingestellte Land nicht das der Nummern ist

safety-band-use = Krisentelefone übernehmen ({ $region })
safety-band-set-to = Interlude ist jetzt auf dieses Land eingestellt: { $region }.
safety-band-set-to-filled = Interlude ist jetzt auf dieses Land eingestellt: { $region }. Diese Nummern wurden für ein anderes Land eingetragen: { $filled }.
safety-band-edited = Du hast sie bearbeitet. Wenn du die neuen übernimmst, werden deine ersetzt.
safety-band-ask = Deine bearbeiteten Nummern durch die Krisentelefone ersetzen ({ $region })? Deine eigenen werden dann nicht aufbewahrt.
safety-band-keep = Meine Nummern behalten
safety-band-replace = Ersetzen
safety-band-applying = Die Nummern werden eingetragen …

## Die Menschen, die du erreichen kannst

safety-contacts-hint = Für die Menschen und Fachleute oben – jemand aus deinem Freundeskreis oder deiner Familie, deine Therapeutin, dein Therapeut, deine Ärztin oder dein Arzt – mit einer Nummer und einer Notiz, etwa wann du anrufen kannst.
safety-contacts-add = Jemanden hinzufügen

## Speichern

safety-saved = Gespeichert · { $time }
safety-save-failed = Das wurde nicht gespeichert – deine Worte sind noch da. ({ $error })

## Der Sperrbildschirm (lock-screen.js)

safety-lock-title = Interlude ist gesperrt
safety-lock-empty = Gib deine Passphrase ein und wähle dann „Entsperren“.
safety-lock-not-opened = Das Tagebuch hat sich gerade nicht geöffnet. Bitte versuch es noch einmal.
safety-lock-no-code = Gib deinen Wiederherstellungsschlüssel ein und wähle dann „Mit Wiederherstellungsschlüssel öffnen“.
safety-lock-opening = Dein Tagebuch wird geöffnet …
safety-lock-unlock = Entsperren
safety-lock-try-again = Noch einmal versuchen
safety-passphrase-label = Passphrase
safety-lock-passphrase-lede = Dein Tagebuch ist geschützt, solange du weg bist. Gib deine Passphrase ein, um es wieder zu öffnen.
safety-lock-passphrase-why = Ohne deine Passphrase kann niemand dieses Tagebuch öffnen – nicht einmal das Interlude-Team.
safety-lock-login-lede = Dein Tagebuch öffnet sich mit deiner Anmeldung an diesem Computer.
safety-lock-login-why = Sein Schlüssel liegt im Schlüsselbund dieses Computers, der sich öffnet, wenn du dich anmeldest.
safety-recovery-heading = Deinen Wiederherstellungsschlüssel verwenden
safety-recovery-hint = Wenn der Schlüsselbund dieses Computers zurückgesetzt wurde, öffnet der Wiederherstellungsschlüssel, den du dir aufgeschrieben hast, dein Tagebuch. Ab dann schützt es wieder deine Anmeldung.
safety-recovery-label = Wiederherstellungsschlüssel
safety-recovery-open = Mit Wiederherstellungsschlüssel öffnen

## Der erste Start (first-run.js)

safety-first-run-title = Willkommen
safety-first-run-heading = Willkommen bei Interlude
safety-first-run-about = Was du hier schreibst, bleibt auf diesem Computer. Wähle, wie es geschützt sein soll – du kannst das später in den Einstellungen ändern.
safety-first-run-language-hint = Die Sprache, in der Interlude mit dir spricht. Du kannst sie jederzeit in den Einstellungen ändern.
safety-first-run-keeper = Wie soll dein Tagebuch geschützt sein?
safety-first-run-login = Mit meiner Anmeldung an diesem Computer
safety-first-run-login-hint = Öffnet sich von selbst, wenn du angemeldet bist. Du musst dir nichts merken.
safety-first-run-passphrase = Mit einer Passphrase
safety-first-run-passphrase-about = Du gibst sie jedes Mal ein, wenn Interlude startet. Wähle eine, die du dir merken kannst: Wenn du sie vergisst, kann niemand sie wiederherstellen – nicht einmal das Interlude-Team.
safety-first-run-none = Nicht jetzt
safety-first-run-none-hint = Dein Tagebuch wird unverschlüsselt gespeichert. Du kannst es später unter Einstellungen → Privatsphäre und Sperre schützen.
safety-first-run-passphrase-hint = Mindestens { $min } Zeichen. Ein kurzer Satz, auf den nur du kommst, ist leicht zu merken.
safety-first-run-confirm = Die Passphrase noch einmal
safety-first-run-start = Mein Tagebuch beginnen
safety-first-run-setting-up = Dein Tagebuch wird eingerichtet …
safety-first-run-not-set-up = Dein Tagebuch ließ sich gerade nicht einrichten. Bitte versuch es noch einmal.

## Der Wiederherstellungsschlüssel (erster Start, Einstellungen)

safety-recovery-title = Dein Wiederherstellungsschlüssel
safety-recovery-about = Falls der Schlüsselbund dieses Computers einmal zurückgesetzt wird, öffnet dieser Schlüssel dein Tagebuch. Schreib ihn dir auf und bewahre ihn an einem sicheren Ort auf, nicht bei diesem Computer.
safety-recovery-care = Wer ihn hat, kann dein Tagebuch öffnen. Bewahre ihn also auf wie einen Haustürschlüssel.
safety-recovery-why = Falls der Schlüsselbund dieses Computers einmal zurückgesetzt wird, öffnet ein Wiederherstellungsschlüssel dein Tagebuch.
safety-recovery-later = Dein Tagebuch ist bereit, aber sein Wiederherstellungsschlüssel ließ sich gerade nicht anzeigen. Du findest ihn jederzeit unter Einstellungen → Privatsphäre und Sperre – bitte schreib ihn dir von dort ab.
safety-recovery-kept-it = Ich habe ihn sicher aufbewahrt – weiter
safety-recovery-continue = Weiter

## Eine neue Passphrase (erster Start, Einstellungen, Synchronisierung)

safety-passphrase-too-short = Bitte verwende mindestens { $min } Zeichen.
safety-passphrase-mismatch = Die beiden stimmen noch nicht überein. Bitte gib die neue Passphrase in beiden Feldern noch einmal ein.
safety-no-keychain = Dieser Computer hat keinen Schlüsselbund, den Interlude nutzen kann. Deshalb schützt du dein Tagebuch mit einer Passphrase.

## Das Reflexionsfenster, während das Tagebuch gesperrt ist (locked-note.js)

safety-locked-note-locked = Interlude ist gesperrt. Entsperre es im Hauptfenster, um deine Reflexion zu schreiben – dein Entwurf ist sicher.
safety-locked-note-new = Öffne Interlude, um zuerst dein Tagebuch einzurichten. Das dauert nur einen Moment, danach ist dieses Fenster bereit für deine Reflexion.
safety-locked-note-open = Interlude öffnen
safety-locked-note-unreachable = Das Hauptfenster ist gerade nicht nach vorn gekommen. Du kannst es über das Interlude-Symbol im Benachrichtigungsfeld öffnen.
safety-locked-note-label-locked = Interlude ist gesperrt
safety-locked-note-label-new = Dein Tagebuch ist noch nicht eingerichtet
