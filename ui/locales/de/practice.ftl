### German: the practice area of the UI (see ui/lib/i18n.js).

