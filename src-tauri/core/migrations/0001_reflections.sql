-- 0001: the first schema. Reflections after a session, their feeling
-- words, and autosaved drafts. Never edit this file once it has shipped:
-- add 0002_*.sql instead.
--
-- Timestamps are stored as UTC RFC 3339 text (sortable) plus the UTC offset,
-- in seconds, that the person was living in at that moment.

CREATE TABLE reflection (
    id             INTEGER PRIMARY KEY,
    -- Stable identity across export and import; never shown.
    uid            TEXT    NOT NULL UNIQUE,
    session_at     TEXT    NOT NULL,
    session_offset INTEGER NOT NULL,
    takeaway       TEXT    NOT NULL DEFAULT '',
    difficult      TEXT    NOT NULL DEFAULT '',
    focus          TEXT    NOT NULL DEFAULT '',
    feeling_note   TEXT    NOT NULL DEFAULT '',
    feeling_rating INTEGER CHECK (feeling_rating BETWEEN 1 AND 10),
    created_at     TEXT    NOT NULL,
    created_offset INTEGER NOT NULL,
    updated_at     TEXT    NOT NULL,
    updated_offset INTEGER NOT NULL,
    -- Set when deleted; the row stays briefly so "Undo" can bring it back.
    deleted_at     TEXT
) STRICT;

CREATE INDEX reflection_by_session
    ON reflection (session_at DESC, id DESC)
    WHERE deleted_at IS NULL;

CREATE TABLE reflection_feeling (
    reflection_id INTEGER NOT NULL REFERENCES reflection (id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    word          TEXT    NOT NULL,
    PRIMARY KEY (reflection_id, position)
) STRICT;

CREATE INDEX reflection_feeling_by_word ON reflection_feeling (word);

-- One autosaved draft per form, keyed by what it will become
-- ('reflection:new', 'reflection:42'). The body is the form's JSON as is.
CREATE TABLE draft (
    key            TEXT    PRIMARY KEY,
    body           TEXT    NOT NULL,
    updated_at     TEXT    NOT NULL,
    updated_offset INTEGER NOT NULL
) STRICT;
