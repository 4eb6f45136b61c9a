-- 0005: bringing it back to therapy. PHQ-9 and GAD-7 check-ins, the
-- safety plan, and what the person prepares for a session brief.

-- One row per questionnaire filled in (or begun). Answers are a JSON list
-- of 0–3 or null; a row with any null is a draft and is never scored, so
-- `score` is set only when `complete` is.
CREATE TABLE measure (
    id             INTEGER PRIMARY KEY,
    uid            TEXT    NOT NULL UNIQUE,
    kind           TEXT    NOT NULL CHECK (kind IN ('phq9', 'gad7')),
    answers        TEXT    NOT NULL,
    difficulty     INTEGER CHECK (difficulty BETWEEN 0 AND 3),
    complete       INTEGER NOT NULL CHECK (complete IN (0, 1)),
    score          INTEGER CHECK (score BETWEEN 0 AND 27),
    at             TEXT    NOT NULL,
    at_offset      INTEGER NOT NULL,
    created_at     TEXT    NOT NULL,
    created_offset INTEGER NOT NULL,
    updated_at     TEXT    NOT NULL,
    updated_offset INTEGER NOT NULL,
    deleted_at     TEXT,
    CHECK ((complete = 1) = (score IS NOT NULL))
) STRICT;

CREATE INDEX measure_by_kind ON measure (kind, complete, at) WHERE deleted_at IS NULL;

-- The safety plan: one per journal, kept as the JSON the app validated
-- (seven sections of short lines, contacts, crisis lines).
CREATE TABLE safety_plan (
    id             INTEGER PRIMARY KEY CHECK (id = 1),
    body           TEXT    NOT NULL,
    updated_at     TEXT    NOT NULL,
    updated_offset INTEGER NOT NULL
) STRICT;

-- What the person prepared for the brief that starts on `since`: their
-- agenda, "in my own words", and the items they chose to leave out.
CREATE TABLE brief_prep (
    since      TEXT PRIMARY KEY,
    body       TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;
