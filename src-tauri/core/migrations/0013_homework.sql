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
    kind            TEXT    NOT NULL CHECK (kind IN ('plan', 'experiment', 'note')),
    from_name       TEXT    NOT NULL DEFAULT '',
    assigned_at     TEXT    NOT NULL,
    assigned_offset INTEGER NOT NULL
) STRICT;
