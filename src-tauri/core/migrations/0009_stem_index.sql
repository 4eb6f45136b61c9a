-- 0009: a second search index of German word stems.
--
-- `entry_fts` stems with Porter, which is English's. This index holds each
-- entry's words as CISTEM stems (`src/journal/stem.rs`), so that in German
-- „arbeitete“ finds „gearbeitet“. The stems are made in Rust by the
-- function `interlude_stem_de`, which every connection the app, the
-- terminal command or a test opens registers before migrating; the
-- triggers keep the index in step with `entry` in the same transaction as
-- every write, whoever writes: the app, an import, a sync merge.
--
-- Contentless: the text itself is kept once, in `entry`. Snippets for a
-- hit found only here are cut in Rust from the entry's text.
CREATE VIRTUAL TABLE entry_stem USING fts5 (
    stems,
    content = '',
    contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2'
);

INSERT INTO entry_stem (rowid, stems)
SELECT id, interlude_stem_de(body || char(10) || labels) FROM entry;

CREATE TRIGGER entry_stem_insert AFTER INSERT ON entry BEGIN
    INSERT INTO entry_stem (rowid, stems)
    VALUES (new.id, interlude_stem_de(new.body || char(10) || new.labels));
END;

CREATE TRIGGER entry_stem_delete AFTER DELETE ON entry BEGIN
    DELETE FROM entry_stem WHERE rowid = old.id;
END;

CREATE TRIGGER entry_stem_update AFTER UPDATE OF body, labels ON entry BEGIN
    DELETE FROM entry_stem WHERE rowid = old.id;
    INSERT INTO entry_stem (rowid, stems)
    VALUES (new.id, interlude_stem_de(new.body || char(10) || new.labels));
END;
