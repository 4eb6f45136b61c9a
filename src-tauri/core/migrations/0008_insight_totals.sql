-- 0008: running totals behind Insights over all time, and moments indexed
-- by time.
--
-- Insights over all time used to read every moment, emotion and trap on
-- each visit (270 ms at 100,000 entries). These tables hold the same sums,
-- kept by triggers in the same transaction as every write to the rows they
-- count, whoever writes them: the app, an import, a sync merge, a restore.
-- Reading them is a few hundred rows whatever the journal's size. Windows
-- of days (the last 7, 30, 90) still read their rows: there are few.
--
-- Only live rows count (`deleted_at IS NULL`). Spellings are kept as
-- written; the Rust side folds case and spaces, as it does for the rows
-- themselves, and asks the journal which spelling is the latest when a
-- word was written more than one way. A total that reaches zero is
-- removed. `src/journal/insights.rs` checks, in tests, that these totals
-- give exactly what reading every row gives.

CREATE TABLE insight_kind (
    kind TEXT    PRIMARY KEY,
    n    INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

-- Mood by the day it was in the entry's own time zone.
CREATE TABLE insight_mood_day (
    day   TEXT    PRIMARY KEY,
    total INTEGER NOT NULL,
    n     INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

-- Moments by situation as written (trimmed and folded when read).
CREATE TABLE insight_trigger (
    situation TEXT    PRIMARY KEY,
    n         INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

-- Moments by part of the day (0 morning 6–11, 1 afternoon 12–17,
-- 2 evening 18–23, 3 night 0–5) and weekday (0 Monday … 6 Sunday), local.
CREATE TABLE insight_when (
    part    INTEGER NOT NULL,
    weekday INTEGER NOT NULL,
    n       INTEGER NOT NULL,
    PRIMARY KEY (part, weekday)
) STRICT, WITHOUT ROWID;

-- Emotions by word as written: how often, the intensities given at the
-- time, and the before/after pairs of a re-rating.
CREATE TABLE insight_emotion (
    word         TEXT    PRIMARY KEY,
    n            INTEGER NOT NULL,
    rated        INTEGER NOT NULL,
    before_total INTEGER NOT NULL,
    pairs        INTEGER NOT NULL,
    pair_before  INTEGER NOT NULL,
    pair_after   INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

CREATE TABLE insight_trap (
    trap TEXT    PRIMARY KEY,
    n    INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

CREATE TABLE insight_pair (
    situation TEXT    NOT NULL,
    trap      TEXT    NOT NULL,
    n         INTEGER NOT NULL,
    PRIMARY KEY (situation, trap)
) STRICT, WITHOUT ROWID;

-- Moments with at least one emotion rated before and after (one row).
CREATE TABLE insight_reframed (
    one INTEGER PRIMARY KEY CHECK (one = 1),
    n   INTEGER NOT NULL
) STRICT;

-- A total at zero is gone, so the tables stay as small as what is live.
CREATE TRIGGER insight_kind_zero AFTER UPDATE OF n ON insight_kind WHEN NEW.n = 0
BEGIN DELETE FROM insight_kind WHERE kind = NEW.kind; END;
CREATE TRIGGER insight_mood_day_zero AFTER UPDATE OF n ON insight_mood_day WHEN NEW.n = 0
BEGIN DELETE FROM insight_mood_day WHERE day = NEW.day; END;
CREATE TRIGGER insight_trigger_zero AFTER UPDATE OF n ON insight_trigger WHEN NEW.n = 0
BEGIN DELETE FROM insight_trigger WHERE situation = NEW.situation; END;
CREATE TRIGGER insight_when_zero AFTER UPDATE OF n ON insight_when WHEN NEW.n = 0
BEGIN DELETE FROM insight_when WHERE part = NEW.part AND weekday = NEW.weekday; END;
CREATE TRIGGER insight_emotion_zero AFTER UPDATE OF n ON insight_emotion WHEN NEW.n = 0
BEGIN DELETE FROM insight_emotion WHERE word = NEW.word; END;
CREATE TRIGGER insight_trap_zero AFTER UPDATE OF n ON insight_trap WHEN NEW.n = 0
BEGIN DELETE FROM insight_trap WHERE trap = NEW.trap; END;
CREATE TRIGGER insight_pair_zero AFTER UPDATE OF n ON insight_pair WHEN NEW.n = 0
BEGIN DELETE FROM insight_pair WHERE situation = NEW.situation AND trap = NEW.trap; END;

-- Moments by when they happened, live ones only: a window of days (the
-- brief's two weeks, Insights' last 30 days) reads its moments by range
-- instead of every moment in the journal, and in the order it needs.
CREATE INDEX moment_by_time ON moment (occurred_at, id) WHERE deleted_at IS NULL;

-- ---------------------------------------------------------------------
-- entry: counts by kind, and mood by the entry's local day. Removing is
-- adding with the sign turned; an update is the old row leaving and the
-- new one arriving (a delete or a restore is the same: one side is live).
-- Written out in full for each case on purpose: a migration never changes
-- once shipped, and plain statements are what SQLite can check.

CREATE TRIGGER insight_entry_added AFTER INSERT ON entry WHEN NEW.deleted_at IS NULL
BEGIN
    INSERT INTO insight_kind (kind, n) VALUES (NEW.kind, 1)
        ON CONFLICT (kind) DO UPDATE SET n = n + excluded.n;
    INSERT INTO insight_mood_day (day, total, n)
        SELECT date(NEW.at, NEW.at_offset || ' seconds'), +NEW.mood, 1 WHERE NEW.mood IS NOT NULL
        ON CONFLICT (day) DO UPDATE SET total = total + excluded.total, n = n + excluded.n;
END;

CREATE TRIGGER insight_entry_removed AFTER DELETE ON entry WHEN OLD.deleted_at IS NULL
BEGIN
    INSERT INTO insight_kind (kind, n) VALUES (OLD.kind, -1)
        ON CONFLICT (kind) DO UPDATE SET n = n + excluded.n;
    INSERT INTO insight_mood_day (day, total, n)
        SELECT date(OLD.at, OLD.at_offset || ' seconds'), -OLD.mood, -1 WHERE OLD.mood IS NOT NULL
        ON CONFLICT (day) DO UPDATE SET total = total + excluded.total, n = n + excluded.n;
END;

CREATE TRIGGER insight_entry_left
AFTER UPDATE OF kind, at, at_offset, mood, deleted_at ON entry WHEN OLD.deleted_at IS NULL
BEGIN
    INSERT INTO insight_kind (kind, n) VALUES (OLD.kind, -1)
        ON CONFLICT (kind) DO UPDATE SET n = n + excluded.n;
    INSERT INTO insight_mood_day (day, total, n)
        SELECT date(OLD.at, OLD.at_offset || ' seconds'), -OLD.mood, -1 WHERE OLD.mood IS NOT NULL
        ON CONFLICT (day) DO UPDATE SET total = total + excluded.total, n = n + excluded.n;
END;

CREATE TRIGGER insight_entry_arrived
AFTER UPDATE OF kind, at, at_offset, mood, deleted_at ON entry WHEN NEW.deleted_at IS NULL
BEGIN
    INSERT INTO insight_kind (kind, n) VALUES (NEW.kind, 1)
        ON CONFLICT (kind) DO UPDATE SET n = n + excluded.n;
    INSERT INTO insight_mood_day (day, total, n)
        SELECT date(NEW.at, NEW.at_offset || ' seconds'), +NEW.mood, 1 WHERE NEW.mood IS NOT NULL
        ON CONFLICT (day) DO UPDATE SET total = total + excluded.total, n = n + excluded.n;
END;

-- ---------------------------------------------------------------------
-- moment: its situation, when it happened (part of the day and weekday at
-- its own offset), and everything its emotions and traps add: only a live
-- moment counts, and pairs name its situation. A moment deleted outright
-- is taken out *before* the delete, while its emotions and traps are still
-- there; the cascade that removes them then finds no live moment and
-- leaves the totals alone.

CREATE TRIGGER insight_moment_added AFTER INSERT ON moment WHEN NEW.deleted_at IS NULL
BEGIN
    INSERT INTO insight_trigger (situation, n) VALUES (NEW.situation, 1)
        ON CONFLICT (situation) DO UPDATE SET n = n + excluded.n;
    INSERT INTO insight_when (part, weekday, n)
        SELECT CASE WHEN h BETWEEN 6 AND 11 THEN 0 WHEN h BETWEEN 12 AND 17 THEN 1
                    WHEN h BETWEEN 18 AND 23 THEN 2 ELSE 3 END, (w + 6) % 7, 1
        FROM (SELECT CAST(strftime('%H', NEW.occurred_at, NEW.occurred_offset || ' seconds') AS INTEGER) AS h,
                     CAST(strftime('%w', NEW.occurred_at, NEW.occurred_offset || ' seconds') AS INTEGER) AS w)
        WHERE true
        ON CONFLICT (part, weekday) DO UPDATE SET n = n + excluded.n;
    INSERT INTO insight_emotion (word, n, rated, before_total, pairs, pair_before, pair_after)
        SELECT word, count(*), count(before), coalesce(sum(before), 0),
               count(before + after),
               coalesce(sum(CASE WHEN after IS NOT NULL THEN before END), 0),
               coalesce(sum(CASE WHEN before IS NOT NULL THEN after END), 0)
        FROM moment_emotion WHERE moment_id = NEW.id GROUP BY word
        ON CONFLICT (word) DO UPDATE SET n = n + excluded.n, rated = rated + excluded.rated,
            before_total = before_total + excluded.before_total, pairs = pairs + excluded.pairs,
            pair_before = pair_before + excluded.pair_before, pair_after = pair_after + excluded.pair_after;
    INSERT INTO insight_trap (trap, n)
        SELECT trap, count(*) FROM moment_trap WHERE moment_id = NEW.id GROUP BY trap
        ON CONFLICT (trap) DO UPDATE SET n = n + excluded.n;
    INSERT INTO insight_pair (situation, trap, n)
        SELECT NEW.situation, trap, count(*) FROM moment_trap WHERE moment_id = NEW.id GROUP BY trap
        ON CONFLICT (situation, trap) DO UPDATE SET n = n + excluded.n;
    INSERT INTO insight_reframed (one, n)
        SELECT 1, 1 WHERE EXISTS (SELECT 1 FROM moment_emotion
                                  WHERE moment_id = NEW.id AND before IS NOT NULL AND after IS NOT NULL)
        ON CONFLICT (one) DO UPDATE SET n = n + excluded.n;
END;

CREATE TRIGGER insight_moment_removed BEFORE DELETE ON moment WHEN OLD.deleted_at IS NULL
BEGIN
    INSERT INTO insight_trigger (situation, n) VALUES (OLD.situation, -1)
        ON CONFLICT (situation) DO UPDATE SET n = n + excluded.n;
    INSERT INTO insight_when (part, weekday, n)
        SELECT CASE WHEN h BETWEEN 6 AND 11 THEN 0 WHEN h BETWEEN 12 AND 17 THEN 1
                    WHEN h BETWEEN 18 AND 23 THEN 2 ELSE 3 END, (w + 6) % 7, -1
        FROM (SELECT CAST(strftime('%H', OLD.occurred_at, OLD.occurred_offset || ' seconds') AS INTEGER) AS h,
                     CAST(strftime('%w', OLD.occurred_at, OLD.occurred_offset || ' seconds') AS INTEGER) AS w)
        WHERE true
        ON CONFLICT (part, weekday) DO UPDATE SET n = n + excluded.n;
    INSERT INTO insight_emotion (word, n, rated, before_total, pairs, pair_before, pair_after)
        SELECT word, -count(*), -count(before), -coalesce(sum(before), 0),
               -count(before + after),
               -coalesce(sum(CASE WHEN after IS NOT NULL THEN before END), 0),
               -coalesce(sum(CASE WHEN before IS NOT NULL THEN after END), 0)
        FROM moment_emotion WHERE moment_id = OLD.id GROUP BY word
        ON CONFLICT (word) DO UPDATE SET n = n + excluded.n, rated = rated + excluded.rated,
            before_total = before_total + excluded.before_total, pairs = pairs + excluded.pairs,
            pair_before = pair_before + excluded.pair_before, pair_after = pair_after + excluded.pair_after;
    INSERT INTO insight_trap (trap, n)
        SELECT trap, -count(*) FROM moment_trap WHERE moment_id = OLD.id GROUP BY trap
        ON CONFLICT (trap) DO UPDATE SET n = n + excluded.n;
    INSERT INTO insight_pair (situation, trap, n)
        SELECT OLD.situation, trap, -count(*) FROM moment_trap WHERE moment_id = OLD.id GROUP BY trap
        ON CONFLICT (situation, trap) DO UPDATE SET n = n + excluded.n;
    INSERT INTO insight_reframed (one, n)
        SELECT 1, -1 WHERE EXISTS (SELECT 1 FROM moment_emotion
                                  WHERE moment_id = OLD.id AND before IS NOT NULL AND after IS NOT NULL)
        ON CONFLICT (one) DO UPDATE SET n = n + excluded.n;
END;

CREATE TRIGGER insight_moment_left
AFTER UPDATE OF occurred_at, occurred_offset, situation, deleted_at ON moment WHEN OLD.deleted_at IS NULL
BEGIN
    INSERT INTO insight_trigger (situation, n) VALUES (OLD.situation, -1)
        ON CONFLICT (situation) DO UPDATE SET n = n + excluded.n;
    INSERT INTO insight_when (part, weekday, n)
        SELECT CASE WHEN h BETWEEN 6 AND 11 THEN 0 WHEN h BETWEEN 12 AND 17 THEN 1
                    WHEN h BETWEEN 18 AND 23 THEN 2 ELSE 3 END, (w + 6) % 7, -1
        FROM (SELECT CAST(strftime('%H', OLD.occurred_at, OLD.occurred_offset || ' seconds') AS INTEGER) AS h,
                     CAST(strftime('%w', OLD.occurred_at, OLD.occurred_offset || ' seconds') AS INTEGER) AS w)
        WHERE true
        ON CONFLICT (part, weekday) DO UPDATE SET n = n + excluded.n;
    INSERT INTO insight_emotion (word, n, rated, before_total, pairs, pair_before, pair_after)
        SELECT word, -count(*), -count(before), -coalesce(sum(before), 0),
               -count(before + after),
               -coalesce(sum(CASE WHEN after IS NOT NULL THEN before END), 0),
               -coalesce(sum(CASE WHEN before IS NOT NULL THEN after END), 0)
        FROM moment_emotion WHERE moment_id = OLD.id GROUP BY word
        ON CONFLICT (word) DO UPDATE SET n = n + excluded.n, rated = rated + excluded.rated,
            before_total = before_total + excluded.before_total, pairs = pairs + excluded.pairs,
            pair_before = pair_before + excluded.pair_before, pair_after = pair_after + excluded.pair_after;
    INSERT INTO insight_trap (trap, n)
        SELECT trap, -count(*) FROM moment_trap WHERE moment_id = OLD.id GROUP BY trap
        ON CONFLICT (trap) DO UPDATE SET n = n + excluded.n;
    INSERT INTO insight_pair (situation, trap, n)
        SELECT OLD.situation, trap, -count(*) FROM moment_trap WHERE moment_id = OLD.id GROUP BY trap
        ON CONFLICT (situation, trap) DO UPDATE SET n = n + excluded.n;
    INSERT INTO insight_reframed (one, n)
        SELECT 1, -1 WHERE EXISTS (SELECT 1 FROM moment_emotion
                                  WHERE moment_id = OLD.id AND before IS NOT NULL AND after IS NOT NULL)
        ON CONFLICT (one) DO UPDATE SET n = n + excluded.n;
END;

CREATE TRIGGER insight_moment_arrived
AFTER UPDATE OF occurred_at, occurred_offset, situation, deleted_at ON moment WHEN NEW.deleted_at IS NULL
BEGIN
    INSERT INTO insight_trigger (situation, n) VALUES (NEW.situation, 1)
        ON CONFLICT (situation) DO UPDATE SET n = n + excluded.n;
    INSERT INTO insight_when (part, weekday, n)
        SELECT CASE WHEN h BETWEEN 6 AND 11 THEN 0 WHEN h BETWEEN 12 AND 17 THEN 1
                    WHEN h BETWEEN 18 AND 23 THEN 2 ELSE 3 END, (w + 6) % 7, 1
        FROM (SELECT CAST(strftime('%H', NEW.occurred_at, NEW.occurred_offset || ' seconds') AS INTEGER) AS h,
                     CAST(strftime('%w', NEW.occurred_at, NEW.occurred_offset || ' seconds') AS INTEGER) AS w)
        WHERE true
        ON CONFLICT (part, weekday) DO UPDATE SET n = n + excluded.n;
    INSERT INTO insight_emotion (word, n, rated, before_total, pairs, pair_before, pair_after)
        SELECT word, count(*), count(before), coalesce(sum(before), 0),
               count(before + after),
               coalesce(sum(CASE WHEN after IS NOT NULL THEN before END), 0),
               coalesce(sum(CASE WHEN before IS NOT NULL THEN after END), 0)
        FROM moment_emotion WHERE moment_id = NEW.id GROUP BY word
        ON CONFLICT (word) DO UPDATE SET n = n + excluded.n, rated = rated + excluded.rated,
            before_total = before_total + excluded.before_total, pairs = pairs + excluded.pairs,
            pair_before = pair_before + excluded.pair_before, pair_after = pair_after + excluded.pair_after;
    INSERT INTO insight_trap (trap, n)
        SELECT trap, count(*) FROM moment_trap WHERE moment_id = NEW.id GROUP BY trap
        ON CONFLICT (trap) DO UPDATE SET n = n + excluded.n;
    INSERT INTO insight_pair (situation, trap, n)
        SELECT NEW.situation, trap, count(*) FROM moment_trap WHERE moment_id = NEW.id GROUP BY trap
        ON CONFLICT (situation, trap) DO UPDATE SET n = n + excluded.n;
    INSERT INTO insight_reframed (one, n)
        SELECT 1, 1 WHERE EXISTS (SELECT 1 FROM moment_emotion
                                  WHERE moment_id = NEW.id AND before IS NOT NULL AND after IS NOT NULL)
        ON CONFLICT (one) DO UPDATE SET n = n + excluded.n;
END;

-- ---------------------------------------------------------------------
-- An emotion or a trap of a live moment. A moment counts as re-rated once,
-- however many of its emotions have a before and an after: only the first
-- such emotion to arrive, or the last to leave, changes that count.

CREATE TRIGGER insight_emotion_added AFTER INSERT ON moment_emotion WHEN EXISTS (SELECT 1 FROM moment WHERE id = NEW.moment_id AND deleted_at IS NULL)
BEGIN
    INSERT INTO insight_emotion (word, n, rated, before_total, pairs, pair_before, pair_after)
        VALUES (NEW.word, 1, (NEW.before IS NOT NULL), coalesce(NEW.before, 0),
                (NEW.before IS NOT NULL AND NEW.after IS NOT NULL),
                coalesce(NEW.before + NEW.after * 0, 0), coalesce(NEW.after + NEW.before * 0, 0))
        ON CONFLICT (word) DO UPDATE SET n = n + excluded.n, rated = rated + excluded.rated,
            before_total = before_total + excluded.before_total, pairs = pairs + excluded.pairs,
            pair_before = pair_before + excluded.pair_before, pair_after = pair_after + excluded.pair_after;
    INSERT INTO insight_reframed (one, n)
        SELECT 1, 1 WHERE NEW.before IS NOT NULL AND NEW.after IS NOT NULL AND NOT EXISTS (SELECT 1 FROM moment_emotion WHERE moment_id = NEW.moment_id AND position <> NEW.position AND before IS NOT NULL AND after IS NOT NULL)
        ON CONFLICT (one) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER insight_emotion_removed AFTER DELETE ON moment_emotion WHEN EXISTS (SELECT 1 FROM moment WHERE id = OLD.moment_id AND deleted_at IS NULL)
BEGIN
    INSERT INTO insight_emotion (word, n, rated, before_total, pairs, pair_before, pair_after)
        VALUES (OLD.word, -1, -(OLD.before IS NOT NULL), -coalesce(OLD.before, 0),
                -(OLD.before IS NOT NULL AND OLD.after IS NOT NULL),
                -coalesce(OLD.before + OLD.after * 0, 0), -coalesce(OLD.after + OLD.before * 0, 0))
        ON CONFLICT (word) DO UPDATE SET n = n + excluded.n, rated = rated + excluded.rated,
            before_total = before_total + excluded.before_total, pairs = pairs + excluded.pairs,
            pair_before = pair_before + excluded.pair_before, pair_after = pair_after + excluded.pair_after;
    UPDATE insight_reframed SET n = n - 1
        WHERE OLD.before IS NOT NULL AND OLD.after IS NOT NULL AND NOT EXISTS (SELECT 1 FROM moment_emotion WHERE moment_id = OLD.moment_id AND position <> OLD.position AND before IS NOT NULL AND after IS NOT NULL);
END;

CREATE TRIGGER insight_emotion_changed AFTER UPDATE ON moment_emotion WHEN EXISTS (SELECT 1 FROM moment WHERE id = NEW.moment_id AND deleted_at IS NULL)
BEGIN
    INSERT INTO insight_emotion (word, n, rated, before_total, pairs, pair_before, pair_after)
        VALUES (OLD.word, -1, -(OLD.before IS NOT NULL), -coalesce(OLD.before, 0),
                -(OLD.before IS NOT NULL AND OLD.after IS NOT NULL),
                -coalesce(OLD.before + OLD.after * 0, 0), -coalesce(OLD.after + OLD.before * 0, 0))
        ON CONFLICT (word) DO UPDATE SET n = n + excluded.n, rated = rated + excluded.rated,
            before_total = before_total + excluded.before_total, pairs = pairs + excluded.pairs,
            pair_before = pair_before + excluded.pair_before, pair_after = pair_after + excluded.pair_after;
    INSERT INTO insight_emotion (word, n, rated, before_total, pairs, pair_before, pair_after)
        VALUES (NEW.word, 1, (NEW.before IS NOT NULL), coalesce(NEW.before, 0),
                (NEW.before IS NOT NULL AND NEW.after IS NOT NULL),
                coalesce(NEW.before + NEW.after * 0, 0), coalesce(NEW.after + NEW.before * 0, 0))
        ON CONFLICT (word) DO UPDATE SET n = n + excluded.n, rated = rated + excluded.rated,
            before_total = before_total + excluded.before_total, pairs = pairs + excluded.pairs,
            pair_before = pair_before + excluded.pair_before, pair_after = pair_after + excluded.pair_after;
    INSERT INTO insight_reframed (one, n)
        SELECT 1, (NEW.before IS NOT NULL AND NEW.after IS NOT NULL) - (OLD.before IS NOT NULL AND OLD.after IS NOT NULL)
        WHERE NOT EXISTS (SELECT 1 FROM moment_emotion WHERE moment_id = NEW.moment_id AND position <> NEW.position AND before IS NOT NULL AND after IS NOT NULL)
        ON CONFLICT (one) DO UPDATE SET n = n + excluded.n;
END;

CREATE TRIGGER insight_trap_added AFTER INSERT ON moment_trap WHEN EXISTS (SELECT 1 FROM moment WHERE id = NEW.moment_id AND deleted_at IS NULL)
BEGIN
    INSERT INTO insight_trap (trap, n) VALUES (NEW.trap, 1)
        ON CONFLICT (trap) DO UPDATE SET n = n + excluded.n;
    INSERT INTO insight_pair (situation, trap, n)
        SELECT situation, NEW.trap, 1 FROM moment WHERE id = NEW.moment_id
        ON CONFLICT (situation, trap) DO UPDATE SET n = n + excluded.n;
END;

CREATE TRIGGER insight_trap_removed AFTER DELETE ON moment_trap WHEN EXISTS (SELECT 1 FROM moment WHERE id = OLD.moment_id AND deleted_at IS NULL)
BEGIN
    INSERT INTO insight_trap (trap, n) VALUES (OLD.trap, -1)
        ON CONFLICT (trap) DO UPDATE SET n = n + excluded.n;
    INSERT INTO insight_pair (situation, trap, n)
        SELECT situation, OLD.trap, -1 FROM moment WHERE id = OLD.moment_id
        ON CONFLICT (situation, trap) DO UPDATE SET n = n + excluded.n;
END;

CREATE TRIGGER insight_trap_changed AFTER UPDATE ON moment_trap WHEN EXISTS (SELECT 1 FROM moment WHERE id = NEW.moment_id AND deleted_at IS NULL)
BEGIN
    INSERT INTO insight_trap (trap, n) VALUES (OLD.trap, -1)
        ON CONFLICT (trap) DO UPDATE SET n = n + excluded.n;
    INSERT INTO insight_pair (situation, trap, n)
        SELECT situation, OLD.trap, -1 FROM moment WHERE id = OLD.moment_id
        ON CONFLICT (situation, trap) DO UPDATE SET n = n + excluded.n;
    INSERT INTO insight_trap (trap, n) VALUES (NEW.trap, 1)
        ON CONFLICT (trap) DO UPDATE SET n = n + excluded.n;
    INSERT INTO insight_pair (situation, trap, n)
        SELECT situation, NEW.trap, 1 FROM moment WHERE id = NEW.moment_id
        ON CONFLICT (situation, trap) DO UPDATE SET n = n + excluded.n;
END;

-- ---------------------------------------------------------------------
-- What the journal held before this migration, counted once.

INSERT INTO insight_kind (kind, n)
    SELECT kind, count(*) FROM entry WHERE deleted_at IS NULL GROUP BY kind;
INSERT INTO insight_mood_day (day, total, n)
    SELECT date(at, at_offset || ' seconds') AS day, sum(mood), count(*) FROM entry
    WHERE deleted_at IS NULL AND mood IS NOT NULL GROUP BY day;
INSERT INTO insight_trigger (situation, n)
    SELECT situation, count(*) FROM moment WHERE deleted_at IS NULL GROUP BY situation;
INSERT INTO insight_when (part, weekday, n)
    SELECT CASE WHEN h BETWEEN 6 AND 11 THEN 0 WHEN h BETWEEN 12 AND 17 THEN 1
                WHEN h BETWEEN 18 AND 23 THEN 2 ELSE 3 END AS part, (w + 6) % 7 AS weekday, count(*)
    FROM (SELECT CAST(strftime('%H', occurred_at, occurred_offset || ' seconds') AS INTEGER) AS h,
                 CAST(strftime('%w', occurred_at, occurred_offset || ' seconds') AS INTEGER) AS w
          FROM moment WHERE deleted_at IS NULL)
    GROUP BY part, weekday;
INSERT INTO insight_emotion (word, n, rated, before_total, pairs, pair_before, pair_after)
    SELECT me.word, count(*), count(me.before), coalesce(sum(me.before), 0),
           count(me.before + me.after),
           coalesce(sum(CASE WHEN me.after IS NOT NULL THEN me.before END), 0),
           coalesce(sum(CASE WHEN me.before IS NOT NULL THEN me.after END), 0)
    FROM moment_emotion me JOIN moment m ON m.id = me.moment_id
    WHERE m.deleted_at IS NULL GROUP BY me.word;
INSERT INTO insight_trap (trap, n)
    SELECT mt.trap, count(*) FROM moment_trap mt JOIN moment m ON m.id = mt.moment_id
    WHERE m.deleted_at IS NULL GROUP BY mt.trap;
INSERT INTO insight_pair (situation, trap, n)
    SELECT m.situation, mt.trap, count(*) FROM moment_trap mt JOIN moment m ON m.id = mt.moment_id
    WHERE m.deleted_at IS NULL GROUP BY m.situation, mt.trap;
INSERT INTO insight_reframed (one, n)
    SELECT 1, count(*) FROM moment m
    WHERE m.deleted_at IS NULL AND EXISTS (SELECT 1 FROM moment_emotion me WHERE me.moment_id = m.id
                                           AND me.before IS NOT NULL AND me.after IS NOT NULL);
