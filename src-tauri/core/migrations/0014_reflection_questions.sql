-- 0014: questions a therapist wants asked after each session, from a
-- homework file, and the person's answers to them.
--
-- A question is asked in every new reflection until the person stops it
-- (deleted_at). An answer belongs to one reflection and keeps the
-- question's words as asked, so it reads the same after the question is
-- stopped, on a computer that never had the file, and in an export.
-- An answer's uid is derived from its reflection's uid and its question's
-- uid: two computers answering the same question on the same reflection
-- write one record, and sync merges its text.

CREATE TABLE reflection_question (
    id             INTEGER PRIMARY KEY,
    uid            TEXT    NOT NULL UNIQUE,
    text           TEXT    NOT NULL,
    from_name      TEXT    NOT NULL DEFAULT '',
    created_at     TEXT    NOT NULL,
    created_offset INTEGER NOT NULL,
    deleted_at     TEXT
) STRICT;

CREATE TABLE reflection_answer (
    id             INTEGER PRIMARY KEY,
    uid            TEXT    NOT NULL UNIQUE,
    reflection_id  INTEGER NOT NULL REFERENCES reflection (id) ON DELETE CASCADE,
    question_uid   TEXT    NOT NULL,
    question       TEXT    NOT NULL,
    from_name      TEXT    NOT NULL DEFAULT '',
    position       INTEGER NOT NULL DEFAULT 0,
    answer         TEXT    NOT NULL DEFAULT '',
    created_at     TEXT    NOT NULL,
    created_offset INTEGER NOT NULL,
    updated_at     TEXT    NOT NULL,
    updated_offset INTEGER NOT NULL
) STRICT;

CREATE INDEX reflection_answer_by_reflection ON reflection_answer (reflection_id, position);

-- The homework log names a question item as such.
-- (SQLite can't alter a CHECK; homework_item is rebuilt with the new kind.)
CREATE TABLE homework_item_new (
    id              INTEGER PRIMARY KEY,
    uid             TEXT    NOT NULL UNIQUE,
    file_id         TEXT    NOT NULL,
    item_id         TEXT    NOT NULL,
    kind            TEXT    NOT NULL CHECK (kind IN ('plan', 'experiment', 'note', 'questionnaire', 'question')),
    from_name       TEXT    NOT NULL DEFAULT '',
    assigned_at     TEXT    NOT NULL,
    assigned_offset INTEGER NOT NULL
) STRICT;
INSERT INTO homework_item_new SELECT * FROM homework_item;
DROP TABLE homework_item;
ALTER TABLE homework_item_new RENAME TO homework_item;
