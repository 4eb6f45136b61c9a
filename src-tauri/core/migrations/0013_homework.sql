-- 0013: homework a therapist handed over as a file.
--
-- One row per item the person said yes to (and the therapist's note, if
-- kept): the plan, experiment or journal note it became (by that record's
-- uid, which is derived from the file's id and the item's id), and who
-- assigned it when. The row outlives the record: an item added once is
-- never added again, even after the person deleted what it became. The brief reports each assigned item as such. Rows
-- travel with sync; they are never edited, and they stay when the plan or
-- experiment is deleted (the brief then has nothing to report for it).

CREATE TABLE homework_item (
    id              INTEGER PRIMARY KEY,
    uid             TEXT    NOT NULL UNIQUE,
    file_id         TEXT    NOT NULL,
    item_id         TEXT    NOT NULL,
    kind            TEXT    NOT NULL CHECK (kind IN ('plan', 'experiment', 'note', 'questionnaire')),
    from_name       TEXT    NOT NULL DEFAULT '',
    assigned_at     TEXT    NOT NULL,
    assigned_offset INTEGER NOT NULL
) STRICT;

-- Questionnaires the therapist asked for, and when: before each session
-- (from the day before the next one), or weekly. Home offers one when it
-- is due and no result of it came in since; the person can stop it.
CREATE TABLE measure_request (
    id             INTEGER PRIMARY KEY,
    uid            TEXT    NOT NULL UNIQUE,
    measure        TEXT    NOT NULL CHECK (measure IN ('phq9', 'gad7')),
    timing         TEXT    NOT NULL CHECK (timing IN ('beforeEachSession', 'weekly')),
    from_name      TEXT    NOT NULL DEFAULT '',
    created_at     TEXT    NOT NULL,
    created_offset INTEGER NOT NULL,
    deleted_at     TEXT
) STRICT;
