-- 0017: the search indexes can stand aside during an import.
--
-- `entry_fts` and `entry_stem` are written by triggers on `entry`, in the
-- same statement as the entry. Each such statement opens a statement
-- savepoint (its triggers may fail halfway), and FTS5 writes out what it
-- holds in memory at every savepoint: an import of 100,000 entries wrote
-- 100,000 one-entry segments per index and spent most of its time merging
-- them again (27% of the import in `fts5IndexFlush`, measured with perf).
--
-- While a row is in `search_index_paused` (only ever inside an import's own
-- transaction), the triggers below only note which entries changed and, the
-- first time an entry that the indexes already hold changes, what they hold
-- for it. At the end of the import `journal::search_index::index_pending` takes
-- the old text out of the indexes and puts every noted entry in, one
-- statement per index, and clears both tables before the commit.

CREATE TABLE search_index_paused (
    one INTEGER PRIMARY KEY CHECK (one = 1)
) STRICT;

CREATE TABLE search_index_pending (
    -- `entry.id`.
    id         INTEGER PRIMARY KEY,
    -- 1 when the indexes held this entry before the pause, with the text
    -- they held (needed to take it out of `entry_fts`, whose content is
    -- `entry` itself); 0 for an entry that arrived during it.
    indexed    INTEGER NOT NULL CHECK (indexed IN (0, 1)),
    old_body   TEXT,
    old_labels TEXT
) STRICT;

DROP TRIGGER entry_fts_insert;
DROP TRIGGER entry_fts_delete;
DROP TRIGGER entry_fts_update;
DROP TRIGGER entry_stem_insert;
DROP TRIGGER entry_stem_delete;
DROP TRIGGER entry_stem_update;

CREATE TRIGGER entry_fts_insert AFTER INSERT ON entry
WHEN NOT EXISTS (SELECT 1 FROM search_index_paused)
BEGIN
    INSERT INTO entry_fts (rowid, body, labels) VALUES (new.id, new.body, new.labels);
END;

CREATE TRIGGER entry_fts_delete AFTER DELETE ON entry
WHEN NOT EXISTS (SELECT 1 FROM search_index_paused)
BEGIN
    INSERT INTO entry_fts (entry_fts, rowid, body, labels)
    VALUES ('delete', old.id, old.body, old.labels);
END;

CREATE TRIGGER entry_fts_update AFTER UPDATE OF body, labels ON entry
WHEN NOT EXISTS (SELECT 1 FROM search_index_paused)
BEGIN
    INSERT INTO entry_fts (entry_fts, rowid, body, labels)
    VALUES ('delete', old.id, old.body, old.labels);
    INSERT INTO entry_fts (rowid, body, labels) VALUES (new.id, new.body, new.labels);
END;

CREATE TRIGGER entry_stem_insert AFTER INSERT ON entry
WHEN NOT EXISTS (SELECT 1 FROM search_index_paused)
BEGIN
    INSERT INTO entry_stem (rowid, stems)
    VALUES (new.id, interlude_stem_set_de(new.body || char(10) || new.labels));
END;

CREATE TRIGGER entry_stem_delete AFTER DELETE ON entry
WHEN NOT EXISTS (SELECT 1 FROM search_index_paused)
BEGIN
    DELETE FROM entry_stem WHERE rowid = old.id;
END;

CREATE TRIGGER entry_stem_update AFTER UPDATE OF body, labels ON entry
WHEN NOT EXISTS (SELECT 1 FROM search_index_paused)
BEGIN
    DELETE FROM entry_stem WHERE rowid = old.id;
    INSERT INTO entry_stem (rowid, stems)
    VALUES (new.id, interlude_stem_set_de(new.body || char(10) || new.labels));
END;

-- While paused. OR IGNORE keeps the first note of an entry: the text the
-- indexes held is the text before its first change.
CREATE TRIGGER search_pending_insert AFTER INSERT ON entry
WHEN EXISTS (SELECT 1 FROM search_index_paused)
BEGIN
    INSERT OR IGNORE INTO search_index_pending (id, indexed) VALUES (new.id, 0);
END;

CREATE TRIGGER search_pending_delete AFTER DELETE ON entry
WHEN EXISTS (SELECT 1 FROM search_index_paused)
BEGIN
    INSERT OR IGNORE INTO search_index_pending (id, indexed, old_body, old_labels)
    VALUES (old.id, 1, old.body, old.labels);
END;

CREATE TRIGGER search_pending_update AFTER UPDATE OF body, labels ON entry
WHEN EXISTS (SELECT 1 FROM search_index_paused)
BEGIN
    INSERT OR IGNORE INTO search_index_pending (id, indexed, old_body, old_labels)
    VALUES (old.id, 1, old.body, old.labels);
END;
