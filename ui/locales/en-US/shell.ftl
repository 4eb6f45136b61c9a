### English: the shell area of the UI (see ui/lib/i18n.js).

shell-app-name = Interlude
