-- Preferences that belong to the person, not to one computer: reminder
-- preferences, quiet hours, a pause, the region for crisis lines. They
-- live in the journal so that they travel when it syncs (src/sync/); the
-- app keeps a copy in its settings file, which it can read while the
-- journal is locked. Window size, autostart and the theme stay in the
-- settings file alone.
CREATE TABLE preference (
    name  TEXT PRIMARY KEY,   -- "region", "reminders.quietHours", …
    value TEXT NOT NULL       -- JSON
) STRICT, WITHOUT ROWID;
