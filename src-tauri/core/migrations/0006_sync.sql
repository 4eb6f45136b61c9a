-- Sync across one's own computers through a shared folder (src/sync/).
-- Everything here is this computer's own bookkeeping; none of it is shown
-- as journal content, and all of it is inside the (encrypted) journal.

-- Whether this journal syncs, where, and as which computer. One row or none.
CREATE TABLE sync_meta (
    id            INTEGER PRIMARY KEY CHECK (id = 1),
    journal_id    TEXT    NOT NULL,
    device_id     TEXT    NOT NULL,
    device_name   TEXT    NOT NULL,
    folder        TEXT    NOT NULL,   -- the sync files' folder (…/Interlude journal)
    folder_key    TEXT    NOT NULL,   -- hex; seals every file in the folder
    pairing       TEXT    NOT NULL,   -- JSON: the folder key sealed for joining computers
    hlc           TEXT    NOT NULL DEFAULT '',  -- newest stamp made or seen
    next_seq      INTEGER NOT NULL DEFAULT 1,   -- the next change file's number
    written_seq   INTEGER NOT NULL DEFAULT 0,   -- change files written whole so far
    snapshot_seq  INTEGER NOT NULL DEFAULT 0,
    last_sent     TEXT,
    last_received TEXT
) STRICT;

-- Every version of every field that travelled, ours and others'. A version
-- named in another's `prevs` is superseded; its value is let go of but its
-- stamp kept, so a late copy of it is known to be old.
CREATE TABLE sync_version (
    kind       TEXT    NOT NULL,
    key        TEXT    NOT NULL,
    field      TEXT    NOT NULL,
    hlc        TEXT    NOT NULL,
    value      TEXT,             -- JSON; NULL once superseded
    prevs      TEXT    NOT NULL DEFAULT '[]',
    superseded INTEGER NOT NULL DEFAULT 0 CHECK (superseded IN (0, 1)),
    seq        INTEGER,          -- ours: its change file's number (0 until given one); others': NULL
    PRIMARY KEY (kind, key, field, hlc)
) STRICT, WITHOUT ROWID;

CREATE INDEX sync_version_heads ON sync_version (kind, key, field, hlc) WHERE superseded = 0;
CREATE INDEX sync_version_ours ON sync_version (seq) WHERE seq IS NOT NULL;

-- Each record as this computer's journal held it when sync last looked:
-- the difference from the journal now is what was changed here.
CREATE TABLE sync_shadow (
    kind   TEXT NOT NULL,
    key    TEXT NOT NULL,
    fields TEXT NOT NULL,   -- JSON object
    PRIMARY KEY (kind, key)
) STRICT, WITHOUT ROWID;

-- Records changed by others and not yet written into the journal (waiting
-- for the plan a logged day belongs to, say).
CREATE TABLE sync_dirty (
    kind TEXT NOT NULL,
    key  TEXT NOT NULL,
    PRIMARY KEY (kind, key)
) STRICT, WITHOUT ROWID;

-- The other computers seen in the folder.
CREATE TABLE sync_peer (
    device_id   TEXT    PRIMARY KEY,
    name        TEXT    NOT NULL DEFAULT '',
    applied_seq INTEGER NOT NULL DEFAULT 0,   -- their change files merged here
    seen_mine   INTEGER NOT NULL DEFAULT 0,   -- our change files they have merged
    last_seen   TEXT,                          -- when we last read something new of theirs
    device_said TEXT    NOT NULL DEFAULT '',   -- their device file's own time, to notice a new one
    changes     INTEGER NOT NULL DEFAULT 0
) STRICT;

-- Files that couldn't be read, with what to do; cleared when they read.
CREATE TABLE sync_problem (
    file    TEXT PRIMARY KEY,
    stamp   TEXT NOT NULL,   -- size and time: a changed file is tried again
    message TEXT NOT NULL,
    advice  TEXT NOT NULL
) STRICT;
