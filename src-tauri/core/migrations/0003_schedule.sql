-- 0003: the therapy-session schedule, one-off changes to it, and what the
-- reminder scheduler has already shown. Never edit once shipped.

-- At most one recurring schedule. The rule is RFC 5545 RRULE text; the
-- start is a wall-clock time ('YYYY-MM-DDTHH:MM') in `time_zone` (IANA).
CREATE TABLE session_schedule (
    id               INTEGER PRIMARY KEY CHECK (id = 1),
    rrule            TEXT    NOT NULL,
    dtstart          TEXT    NOT NULL,
    duration_minutes INTEGER NOT NULL CHECK (duration_minutes > 0),
    time_zone        TEXT    NOT NULL,
    updated_at       TEXT    NOT NULL
) STRICT;

-- A single session moved or cancelled, keyed by the local date the rule
-- gave it. new_start NULL means cancelled.
CREATE TABLE session_change (
    occurrence TEXT PRIMARY KEY,
    new_start  TEXT
) STRICT;

-- Reminders already shown (or offered), so each fires once: never
-- repeated after a restart, never lost while the computer slept.
CREATE TABLE reminder_fired (
    key      TEXT PRIMARY KEY,
    due_at   TEXT NOT NULL,
    fired_at TEXT NOT NULL
) STRICT;

-- Up to when the scheduler has looked for due reminders.
CREATE TABLE scheduler_state (
    id            INTEGER PRIMARY KEY CHECK (id = 1),
    checked_until TEXT NOT NULL
) STRICT;
