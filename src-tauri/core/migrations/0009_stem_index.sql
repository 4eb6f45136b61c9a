-- 0009: a second search index, of German word stems.
--
-- `entry_fts` stems with Porter, which is English's. This index holds the
-- CISTEM stems (`src/journal/stem.rs`) of each entry's words, so that in
-- German „arbeitete“ finds „gearbeitet“. The stems are made in Rust by the
-- function `interlude_stem_set_de`, which every connection the app, the
-- terminal command or a test opens registers before migrating; the
-- triggers keep the index in step with `entry` in the same transaction as
-- every write, whoever writes: the app, an import, a sync merge.
--
-- Contentless, and without positions (`detail = none`), holding each
-- distinct stem of an entry once: phrases are matched as typed by
-- `entry_fts`, so this index only has to say which entries have a stem.
-- `contentless_delete` lets a row go without its old stems being made
-- again, so a later, better stemmer can't leave stale ones behind.
-- Snippets for a hit found only here are cut in Rust from the entry.
CREATE VIRTUAL TABLE entry_stem USING fts5 (
    stems,
    content = '',
    contentless_delete = 1,
    detail = none,
    tokenize = 'unicode61 remove_diacritics 2'
);

INSERT INTO entry_stem (rowid, stems)
SELECT id, interlude_stem_set_de(body || char(10) || labels) FROM entry;

CREATE TRIGGER entry_stem_insert AFTER INSERT ON entry BEGIN
    INSERT INTO entry_stem (rowid, stems)
    VALUES (new.id, interlude_stem_set_de(new.body || char(10) || new.labels));
END;

CREATE TRIGGER entry_stem_delete AFTER DELETE ON entry BEGIN
    DELETE FROM entry_stem WHERE rowid = old.id;
END;

CREATE TRIGGER entry_stem_update AFTER UPDATE OF body, labels ON entry BEGIN
    DELETE FROM entry_stem WHERE rowid = old.id;
    INSERT INTO entry_stem (rowid, stems)
    VALUES (new.id, interlude_stem_set_de(new.body || char(10) || new.labels));
END;
