-- 0004: the pattern journal. Moments (the thought record), mood check-ins
-- and free notes, plus one timeline over every kind of entry with stars,
-- a private flag, tags and full-text search.
--
-- `entry` is the timeline's spine: one row per reflection, moment, check-in
-- or note, kept in step by the Rust code that writes each kind (in the same
-- transaction). It holds what the timeline and search need — when, a
-- one-line summary, the searchable text — so paging and searching read one
-- narrow table however large the journal grows.

CREATE TABLE moment (
    id              INTEGER PRIMARY KEY,
    uid             TEXT    NOT NULL UNIQUE,
    occurred_at     TEXT    NOT NULL,
    occurred_offset INTEGER NOT NULL,
    situation       TEXT    NOT NULL DEFAULT '',
    body            TEXT    NOT NULL DEFAULT '',
    self_talk       TEXT    NOT NULL DEFAULT '',
    did             TEXT    NOT NULL DEFAULT '',
    friend          TEXT    NOT NULL DEFAULT '',
    created_at      TEXT    NOT NULL,
    created_offset  INTEGER NOT NULL,
    updated_at      TEXT    NOT NULL,
    updated_offset  INTEGER NOT NULL,
    deleted_at      TEXT
) STRICT;

CREATE TABLE moment_emotion (
    moment_id INTEGER NOT NULL REFERENCES moment (id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    word      TEXT    NOT NULL,
    before    INTEGER CHECK (before BETWEEN 0 AND 100),
    after     INTEGER CHECK (after BETWEEN 0 AND 100),
    PRIMARY KEY (moment_id, position)
) STRICT;

CREATE TABLE moment_trap (
    moment_id INTEGER NOT NULL REFERENCES moment (id) ON DELETE CASCADE,
    trap      TEXT    NOT NULL,
    PRIMARY KEY (moment_id, trap)
) STRICT;

CREATE TABLE checkin (
    id             INTEGER PRIMARY KEY,
    uid            TEXT    NOT NULL UNIQUE,
    at             TEXT    NOT NULL,
    at_offset      INTEGER NOT NULL,
    mood           INTEGER NOT NULL CHECK (mood BETWEEN 1 AND 10),
    note           TEXT    NOT NULL DEFAULT '',
    created_at     TEXT    NOT NULL,
    created_offset INTEGER NOT NULL,
    updated_at     TEXT    NOT NULL,
    updated_offset INTEGER NOT NULL,
    deleted_at     TEXT
) STRICT;

CREATE TABLE checkin_feeling (
    checkin_id INTEGER NOT NULL REFERENCES checkin (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    word       TEXT    NOT NULL,
    PRIMARY KEY (checkin_id, position)
) STRICT;

CREATE TABLE note (
    id             INTEGER PRIMARY KEY,
    uid            TEXT    NOT NULL UNIQUE,
    at             TEXT    NOT NULL,
    at_offset      INTEGER NOT NULL,
    text           TEXT    NOT NULL,
    mood           INTEGER CHECK (mood BETWEEN 1 AND 10),
    created_at     TEXT    NOT NULL,
    created_offset INTEGER NOT NULL,
    updated_at     TEXT    NOT NULL,
    updated_offset INTEGER NOT NULL,
    deleted_at     TEXT
) STRICT;

CREATE TABLE entry (
    id         INTEGER PRIMARY KEY,
    kind       TEXT    NOT NULL CHECK (kind IN ('reflection', 'moment', 'checkin', 'note')),
    ref_id     INTEGER NOT NULL,
    at         TEXT    NOT NULL,
    at_offset  INTEGER NOT NULL,
    summary    TEXT    NOT NULL,
    -- What the person wrote, searchable, as one text.
    body       TEXT    NOT NULL,
    -- The words they picked (emotions, feelings, thinking traps), kept
    -- apart so a search snippet quotes their sentences, not a word list.
    labels     TEXT    NOT NULL DEFAULT '',
    mood       INTEGER,
    starred    INTEGER NOT NULL DEFAULT 0 CHECK (starred IN (0, 1)),
    private    INTEGER NOT NULL DEFAULT 0 CHECK (private IN (0, 1)),
    deleted_at TEXT,
    UNIQUE (kind, ref_id)
) STRICT;

-- Keyset paging: "the 50 entries before (at, id)" is an index range scan,
-- as fast on page 2,000 as on page 1.
CREATE INDEX entry_timeline ON entry (at DESC, id DESC) WHERE deleted_at IS NULL;
CREATE INDEX entry_by_kind ON entry (kind, at DESC, id DESC) WHERE deleted_at IS NULL;
CREATE INDEX entry_starred ON entry (at DESC, id DESC) WHERE deleted_at IS NULL AND starred = 1;
CREATE INDEX entry_private ON entry (at DESC, id DESC) WHERE deleted_at IS NULL AND private = 1;

CREATE TABLE tag (
    id   INTEGER PRIMARY KEY,
    name TEXT    NOT NULL UNIQUE COLLATE NOCASE
) STRICT;

CREATE TABLE entry_tag (
    entry_id INTEGER NOT NULL REFERENCES entry (id) ON DELETE CASCADE,
    tag_id   INTEGER NOT NULL REFERENCES tag (id) ON DELETE CASCADE,
    PRIMARY KEY (entry_id, tag_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX entry_tag_by_tag ON entry_tag (tag_id, entry_id);

-- Full-text search over `entry.body` and `entry.labels`. External content: the text is kept
-- once, in `entry`, and the triggers below keep the index in step with it.
-- Porter stemming lets "worried" find "worry"; diacritics fold so "cafe"
-- finds "café".
CREATE VIRTUAL TABLE entry_fts USING fts5 (
    body,
    labels,
    content = 'entry',
    content_rowid = 'id',
    tokenize = 'porter unicode61 remove_diacritics 2'
);

CREATE TRIGGER entry_fts_insert AFTER INSERT ON entry BEGIN
    INSERT INTO entry_fts (rowid, body, labels) VALUES (new.id, new.body, new.labels);
END;

CREATE TRIGGER entry_fts_delete AFTER DELETE ON entry BEGIN
    INSERT INTO entry_fts (entry_fts, rowid, body, labels)
    VALUES ('delete', old.id, old.body, old.labels);
END;

CREATE TRIGGER entry_fts_update AFTER UPDATE OF body, labels ON entry BEGIN
    INSERT INTO entry_fts (entry_fts, rowid, body, labels)
    VALUES ('delete', old.id, old.body, old.labels);
    INSERT INTO entry_fts (rowid, body, labels) VALUES (new.id, new.body, new.labels);
END;

-- Reflections written before this version join the timeline. (The Rust
-- code builds the same text for reflections saved from now on.)
INSERT INTO entry (kind, ref_id, at, at_offset, summary, body, labels, mood, deleted_at)
SELECT 'reflection', r.id, r.session_at, r.session_offset,
       replace(substr(COALESCE(NULLIF(r.takeaway, ''), NULLIF(r.focus, ''),
                               NULLIF(r.difficult, ''), NULLIF(r.feeling_note, ''),
                               'A feeling check'), 1, 160), char(10), ' '),
       trim(r.takeaway || char(10) || r.difficult || char(10) || r.focus || char(10)
            || r.feeling_note),
       COALESCE((SELECT group_concat(word, ', ') FROM reflection_feeling
                 WHERE reflection_id = r.id), ''),
       r.feeling_rating, r.deleted_at
FROM reflection r;
