-- 0016: the running totals of situations, folded as Insights shows them.
--
-- Insights counts a situation however it was written ("Work", "work ")
-- as one: trimmed and lowercased (`interlude_fold`, registered by the app
-- on every connection, the same fold as the Rust code's). Migration 0008
-- keeps a total per spelling; folding tens of thousands of free-text
-- spellings on every visit to Insights was most of its time at 100,000
-- entries. These tables keep the folded totals beside the per-spelling
-- ones, fed by triggers on them, so the top situations are an index walk.
--
-- `spellings` counts the spellings behind a key: with one, `label` is
-- it as written (the app trims it to show it); with more, the app asks
-- which was written last.

CREATE TABLE insight_trigger_fold (
    key       TEXT    PRIMARY KEY,
    label     TEXT    NOT NULL,
    spellings INTEGER NOT NULL,
    n         INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

CREATE INDEX insight_trigger_fold_rank ON insight_trigger_fold (n DESC, key) WHERE n > 0;
-- The spellings behind each key. (An index on the fold itself would need
-- the app's function wherever SQLite checks or copies the file: in a
-- backup, in the sqlite3 shell. Only writing a moment needs it this way.)
CREATE TABLE insight_spelling (
    key       TEXT NOT NULL,
    situation TEXT NOT NULL,
    PRIMARY KEY (key, situation)
) STRICT, WITHOUT ROWID;

CREATE TABLE insight_pair_fold (
    key  TEXT    NOT NULL,
    trap TEXT    NOT NULL,
    n    INTEGER NOT NULL,
    PRIMARY KEY (key, trap)
) STRICT, WITHOUT ROWID;

CREATE INDEX insight_pair_fold_rank ON insight_pair_fold (n DESC, key, trap) WHERE n > 0;

-- A row here while an import writes thousands of moments in one
-- transaction: the triggers below stand aside, and the import folds
-- everything once at its end (`journal::insights::refold`), which is much
-- cheaper than folding row by row.
CREATE TABLE insight_fold_paused (
    one INTEGER PRIMARY KEY CHECK (one = 1)
) STRICT;

-- Paused from the start: the app folds what the journal holds when it
-- opens (`journal::insights::refold`, one place for those statements), and
-- the triggers take over from there.
INSERT INTO insight_fold_paused (one) VALUES (1);

-- A spelling's total arrives, changes, and goes (0008 deletes a row whose
-- total reached 0).
CREATE TRIGGER insight_trigger_fold_added AFTER INSERT ON insight_trigger
WHEN NOT EXISTS (SELECT 1 FROM insight_fold_paused) AND interlude_fold(NEW.situation) <> ''
BEGIN
    INSERT INTO insight_trigger_fold (key, label, spellings, n)
        VALUES (interlude_fold(NEW.situation), NEW.situation, 1, NEW.n)
        ON CONFLICT (key) DO UPDATE SET spellings = spellings + 1, n = n + excluded.n;
    INSERT INTO insight_spelling (key, situation)
        VALUES (interlude_fold(NEW.situation), NEW.situation);
END;

CREATE TRIGGER insight_trigger_fold_changed AFTER UPDATE OF n ON insight_trigger
WHEN NOT EXISTS (SELECT 1 FROM insight_fold_paused) AND interlude_fold(NEW.situation) <> ''
BEGIN
    UPDATE insight_trigger_fold SET n = n + NEW.n - OLD.n
        WHERE key = interlude_fold(NEW.situation);
END;

CREATE TRIGGER insight_trigger_fold_removed AFTER DELETE ON insight_trigger
WHEN NOT EXISTS (SELECT 1 FROM insight_fold_paused) AND interlude_fold(OLD.situation) <> ''
BEGIN
    DELETE FROM insight_spelling
        WHERE key = interlude_fold(OLD.situation) AND situation = OLD.situation;
    -- The label is a spelling still counted, if any is left.
    UPDATE insight_trigger_fold SET spellings = spellings - 1, n = n - OLD.n,
        label = coalesce((SELECT situation FROM insight_spelling
                          WHERE key = interlude_fold(OLD.situation) LIMIT 1), label)
        WHERE key = interlude_fold(OLD.situation);
    DELETE FROM insight_trigger_fold
        WHERE key = interlude_fold(OLD.situation) AND spellings <= 0;
END;

CREATE TRIGGER insight_pair_fold_added AFTER INSERT ON insight_pair
WHEN NOT EXISTS (SELECT 1 FROM insight_fold_paused) AND interlude_fold(NEW.situation) <> ''
BEGIN
    INSERT INTO insight_pair_fold (key, trap, n)
        VALUES (interlude_fold(NEW.situation), NEW.trap, NEW.n)
        ON CONFLICT (key, trap) DO UPDATE SET n = n + excluded.n;
END;

CREATE TRIGGER insight_pair_fold_changed AFTER UPDATE OF n ON insight_pair
WHEN NOT EXISTS (SELECT 1 FROM insight_fold_paused) AND interlude_fold(NEW.situation) <> ''
BEGIN
    UPDATE insight_pair_fold SET n = n + NEW.n - OLD.n
        WHERE key = interlude_fold(NEW.situation) AND trap = NEW.trap;
END;

CREATE TRIGGER insight_pair_fold_removed AFTER DELETE ON insight_pair
WHEN NOT EXISTS (SELECT 1 FROM insight_fold_paused) AND interlude_fold(OLD.situation) <> ''
BEGIN
    UPDATE insight_pair_fold SET n = n - OLD.n
        WHERE key = interlude_fold(OLD.situation) AND trap = OLD.trap;
    DELETE FROM insight_pair_fold
        WHERE key = interlude_fold(OLD.situation) AND trap = OLD.trap AND n = 0;
END;
