-- 0002: practice plans (homework as implementation intentions), what
-- happened each day, and self-compassion breaks. Never edit once shipped.

CREATE TABLE plan (
    id                 INTEGER PRIMARY KEY,
    uid                TEXT    NOT NULL UNIQUE,
    action             TEXT    NOT NULL CHECK (action <> ''),
    amount             INTEGER CHECK (amount > 0),
    unit               TEXT    CHECK (unit IN ('minutes', 'times')),
    -- 'daily' | 'weekdays' | 'perWeek' | 'perDay'
    frequency          TEXT    NOT NULL,
    -- weekdays: ISO days as a bit mask (Monday = 1 << 0 … Sunday = 1 << 6);
    -- perWeek and perDay: how many times. NULL for daily.
    frequency_value    INTEGER,
    cue                TEXT    NOT NULL DEFAULT '',
    cue_time           TEXT,   -- 'HH:MM', local
    start_date         TEXT    NOT NULL,  -- 'YYYY-MM-DD', local
    end_date           TEXT,
    practice           TEXT,
    from_reflection_id INTEGER REFERENCES reflection (id) ON DELETE SET NULL,
    status             TEXT    NOT NULL DEFAULT 'active'
                               CHECK (status IN ('active', 'paused', 'archived')),
    created_at         TEXT    NOT NULL,
    created_offset     INTEGER NOT NULL,
    updated_at         TEXT    NOT NULL,
    updated_offset     INTEGER NOT NULL
) STRICT;

-- One row per plan and local day: what happened. A day with no row is a
-- day nothing was logged.
CREATE TABLE plan_log (
    plan_id       INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    day           TEXT    NOT NULL,
    outcome       TEXT    NOT NULL CHECK (outcome IN ('done', 'partly', 'skipped', 'notToday')),
    count         INTEGER NOT NULL DEFAULT 0 CHECK (count >= 0),
    reason        TEXT    NOT NULL DEFAULT '',
    note          TEXT    NOT NULL DEFAULT '',
    logged_at     TEXT    NOT NULL,
    logged_offset INTEGER NOT NULL,
    PRIMARY KEY (plan_id, day)
) STRICT;

-- Days a plan was paused, so a pause never dents its score.
CREATE TABLE plan_pause (
    plan_id   INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    from_day  TEXT    NOT NULL,
    until_day TEXT,   -- NULL while still paused
    PRIMARY KEY (plan_id, from_day)
) STRICT;

CREATE TABLE compassion_break (
    id             INTEGER PRIMARY KEY,
    uid            TEXT    NOT NULL UNIQUE,
    mindfulness    TEXT    NOT NULL DEFAULT '',
    humanity       TEXT    NOT NULL DEFAULT '',
    kindness       TEXT    NOT NULL DEFAULT '',
    plan_id        INTEGER REFERENCES plan (id) ON DELETE SET NULL,
    created_at     TEXT    NOT NULL,
    created_offset INTEGER NOT NULL
) STRICT;
