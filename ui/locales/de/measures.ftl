### German: the measures area of the UI (see ui/lib/i18n.js).

