-- 0012: behavioural activation — what matters, and activities planned
-- and done in its service.
--
-- Values are a short list in the person's words, each in one of five life
-- areas (relationships, work or study, health, play, community), after the
-- values-by-area inventory of BATD-R (Lejuez, Hopko, Acierno, Daughters &
-- Pagoto, 2011). An activity may serve one value; it is planned with a
-- predicted mood, sense of achievement (mastery) and enjoyment (pleasure)
-- on 0–10, and logged afterwards with the actual ones (Beck, Rush, Shaw &
-- Emery, 1979; Martell, Addis & Jacobson, 2001). An activity logged with
-- no plan has no `planned_at`; one planned and not yet logged has no
-- `done_at`. Each row has one or the other, or both.
--
-- A deleted value leaves its activities as they were, unlinked: what the
-- person did stays true whatever they later call it.

CREATE TABLE life_value (
    id             INTEGER PRIMARY KEY,
    uid            TEXT    NOT NULL UNIQUE,
    area           TEXT    NOT NULL
                   CHECK (area IN ('relationships', 'work', 'health', 'play', 'community')),
    words          TEXT    NOT NULL,
    created_at     TEXT    NOT NULL,
    created_offset INTEGER NOT NULL,
    updated_at     TEXT    NOT NULL,
    updated_offset INTEGER NOT NULL,
    deleted_at     TEXT
) STRICT;

CREATE TABLE activity (
    id                 INTEGER PRIMARY KEY,
    uid                TEXT    NOT NULL UNIQUE,
    what               TEXT    NOT NULL,
    value_id           INTEGER REFERENCES life_value (id) ON DELETE SET NULL,
    planned_at         TEXT,
    planned_offset     INTEGER,
    predicted_mood     INTEGER CHECK (predicted_mood BETWEEN 0 AND 10),
    predicted_mastery  INTEGER CHECK (predicted_mastery BETWEEN 0 AND 10),
    predicted_pleasure INTEGER CHECK (predicted_pleasure BETWEEN 0 AND 10),
    done_at            TEXT,
    done_offset        INTEGER,
    actual_mood        INTEGER CHECK (actual_mood BETWEEN 0 AND 10),
    actual_mastery     INTEGER CHECK (actual_mastery BETWEEN 0 AND 10),
    actual_pleasure    INTEGER CHECK (actual_pleasure BETWEEN 0 AND 10),
    note               TEXT    NOT NULL DEFAULT '',
    created_at         TEXT    NOT NULL,
    created_offset     INTEGER NOT NULL,
    updated_at         TEXT    NOT NULL,
    updated_offset     INTEGER NOT NULL,
    deleted_at         TEXT
) STRICT;

-- Insights read the logged activities of a window of days.
CREATE INDEX activity_done ON activity (done_at) WHERE deleted_at IS NULL AND done_at IS NOT NULL;
CREATE INDEX activity_by_value ON activity (value_id) WHERE value_id IS NOT NULL;
