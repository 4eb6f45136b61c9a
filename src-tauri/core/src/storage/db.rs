//! The journal database: opening it safely and keeping its schema current.
//!
//! One SQLite file holds everything. On open we check, before writing a
//! single byte, that the file is a database and that its schema is one we
//! understand: a file from a newer Interlude is refused and left exactly as
//! it was. Then the connection gets the settings that make "saved" mean
//! saved (WAL with `synchronous=FULL`, so an acknowledged entry survives a
//! power cut), and the embedded migrations run, each in its own IMMEDIATE
//! transaction together with the version bump, so a crash mid-migration
//! leaves the previous version intact.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use rusqlite::{Connection, OpenFlags, TransactionBehavior};

use crate::clock::Clock;
use crate::error::{Error, Result};
use crate::i18n;
use crate::storage::encryption::{apply_key, FileKind};
use crate::storage::key::JournalKey;

/// The database file's name inside the data directory.
pub const DB_FILE: &str = "interlude.db";

/// Migrations, in order. The schema version is the number of migrations
/// applied (`PRAGMA user_version`). Add new files at the end; never edit or
/// reorder the ones already here.
const MIGRATIONS: &[&str] = &[
    include_str!("../../migrations/0001_reflections.sql"),
    include_str!("../../migrations/0002_plans.sql"),
    include_str!("../../migrations/0003_schedule.sql"),
    include_str!("../../migrations/0004_journal.sql"),
    include_str!("../../migrations/0005_therapy.sql"),
    include_str!("../../migrations/0006_sync.sql"),
    include_str!("../../migrations/0007_preferences.sql"),
    include_str!("../../migrations/0008_insight_totals.sql"),
    include_str!("../../migrations/0009_stem_index.sql"),
    include_str!("../../migrations/0010_thought_record.sql"),
    include_str!("../../migrations/0011_experiments.sql"),
    include_str!("../../migrations/0012_activation.sql"),
    include_str!("../../migrations/0013_homework.sql"),
    include_str!("../../migrations/0014_reflection_questions.sql"),
    include_str!("../../migrations/0015_purge_indexes.sql"),
    include_str!("../../migrations/0016_insight_fold.sql"),
    include_str!("../../migrations/0017_search_index_pause.sql"),
];

/// The newest schema version this build understands.
#[allow(clippy::cast_possible_wrap)] // a handful of migrations, never near i64::MAX
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

/// An open journal. Domain modules add their operations in `impl Db` blocks.
pub struct Db {
    pub(crate) conn: Connection,
    pub(crate) clock: Arc<dyn Clock>,
    path: Option<PathBuf>,
    /// The SQLCipher key the journal was opened with; backups use it too.
    pub(crate) key: Option<JournalKey>,
}

impl std::fmt::Debug for Db {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Db")
            .field("path", &self.path)
            .finish_non_exhaustive()
    }
}

impl Db {
    /// Opens (creating if needed) the journal in `dir`.
    pub fn open_in_dir(dir: &Path, clock: Arc<dyn Clock>) -> Result<Self> {
        create_private_dir(dir)?;
        Self::open(&dir.join(DB_FILE), clock)
    }

    /// Opens (creating if needed) the unencrypted journal file at `path`.
    pub fn open(path: &Path, clock: Arc<dyn Clock>) -> Result<Self> {
        Self::open_keyed(path, None, clock)
    }

    /// Opens (creating if needed) the journal in `dir`, encrypted with
    /// `key` when one is given.
    pub fn open_in_dir_keyed(
        dir: &Path,
        key: Option<&JournalKey>,
        clock: Arc<dyn Clock>,
    ) -> Result<Self> {
        create_private_dir(dir)?;
        Self::open_keyed(&dir.join(DB_FILE), key, clock)
    }

    /// Opens (creating if needed) the journal file at `path`. With a key,
    /// SQLCipher encrypts every page (a new file is created encrypted);
    /// without one the file must be a plain SQLite database.
    ///
    /// Whether the key is right is found out by the first read, before
    /// anything is written: a wrong key ([`Error::WrongKey`]) or a missing
    /// one ([`Error::Locked`]) leaves the file exactly as it was.
    pub fn open_keyed(
        path: &Path,
        key: Option<&JournalKey>,
        clock: Arc<dyn Clock>,
    ) -> Result<Self> {
        let kind = FileKind::of(path)?;
        match (kind, key) {
            // Without a key, an encrypted journal and a file that is no
            // database at all look alike; the key settings tell them apart.
            (FileKind::Encrypted, None)
                if path
                    .parent()
                    .map_or(Ok(false), crate::storage::encryption::is_encrypted_journal)? =>
            {
                return Err(Error::Locked)
            }
            (FileKind::Plain, Some(_)) => {
                return Err(Error::Invalid(i18n::text(
                    "error-storage-not-encrypted-yet",
                    &[],
                )))
            }
            _ => {}
        }
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE
                | OpenFlags::SQLITE_OPEN_CREATE
                | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        // The app, its sync thread and the terminal commands share the file:
        // a moment of contention waits rather than failing. Set before the
        // first read, which may meet another process's write.
        conn.busy_timeout(Duration::from_secs(5))?;
        // SQLCipher logs a failed page check to stderr; a mistyped
        // passphrase is an ordinary moment, answered by Error::WrongKey.
        conn.execute_batch("PRAGMA cipher_log_level = NONE;")?;
        if let Some(key) = key {
            apply_key(&conn, "main", key)?;
            // The first read decrypts page 1: this is where a wrong key shows.
            if let Err(e) = conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| {
                r.get::<_, i64>(0)
            }) {
                return Err(match Error::from(e) {
                    Error::Corrupt(_) if kind == FileKind::Encrypted => Error::WrongKey,
                    other => other,
                });
            }
        }
        Self::init(conn, clock, Some(path.to_path_buf()), key.cloned())
    }

    /// A private in-memory journal running the real migrations; for tests
    /// and benchmarks.
    pub fn open_in_memory(clock: Arc<dyn Clock>) -> Result<Self> {
        Self::init(Connection::open_in_memory()?, clock, None, None)
    }

    fn init(
        mut conn: Connection,
        clock: Arc<dyn Clock>,
        path: Option<PathBuf>,
        key: Option<JournalKey>,
    ) -> Result<Self> {
        // Read-only checks first: nothing below may write to a file we are
        // going to refuse.
        let found: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        if found > SCHEMA_VERSION {
            return Err(Error::NewerSchema {
                found,
                supported: SCHEMA_VERSION,
            });
        }

        conn.busy_timeout(Duration::from_secs(5))?;
        // Every write transaction takes the write lock when it begins. A
        // deferred one that read first and then meets another process's
        // write cannot wait (its snapshot is stale) and fails at once with
        // "database is locked"; seen with the app's sync thread and
        // `interlude sync now` on one journal. Read-only snapshots say so
        // with `Db::read_snapshot`.
        conn.set_transaction_behavior(TransactionBehavior::Immediate);
        // journal_mode answers with a row, so it is queried, not executed.
        let _mode: String = conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))?;
        conn.execute_batch(
            "PRAGMA synchronous = FULL;
             PRAGMA foreign_keys = ON;
             PRAGMA secure_delete = ON;",
        )?;

        // The app reuses a few dozen statements (entry getters, timeline,
        // search, spine sync); rusqlite's default cache of 16 would keep
        // evicting and re-preparing them.
        conn.set_prepared_statement_cache_capacity(256);
        // Query-planner stability: plans are fixed when a statement is
        // prepared. Without it, SQLite marks any statement whose `?` is
        // compared against our partial indexes' constants (`starred = 1`)
        // for re-preparing after every rebind, and rusqlite clears the
        // bindings each time a cached statement goes back to the cache, so
        // every cached statement was parsed again on every use (42% of an
        // export's time, measured with perf).
        conn.set_db_config(
            rusqlite::config::DbConfig::SQLITE_DBCONFIG_ENABLE_QPSG,
            true,
        )?;
        register_functions(&conn)?;
        let mut db = Db {
            conn,
            clock,
            path,
            key,
        };
        // A journal from an older Interlude is copied before its schema
        // changes: if the migration went wrong, the backup is the way back.
        if found > 0 && found < SCHEMA_VERSION && db.path.is_some() {
            db.backup(crate::storage::backup::Reason::BeforeMigration)?;
        }
        db.migrate(found)?;
        db.refold_if_paused()?;
        db.purge_deleted()?;
        Ok(db)
    }

    /// A read-only transaction: one consistent snapshot for several reads,
    /// which does not hold the write lock (so the scheduler, the sync
    /// thread or a terminal command may write meanwhile). Dropped, it rolls
    /// back; nothing may be written through it.
    pub(crate) fn read_snapshot(&self) -> Result<rusqlite::Transaction<'_>> {
        Ok(rusqlite::Transaction::new_unchecked(
            &self.conn,
            TransactionBehavior::Deferred,
        )?)
    }

    fn migrate(&mut self, from: i64) -> Result<()> {
        let start = usize::try_from(from).unwrap_or(0);
        for (version, sql) in (1_i64..).zip(MIGRATIONS).skip(start) {
            let tx = self
                .conn
                .transaction_with_behavior(TransactionBehavior::Immediate)?;
            // Another process may have migrated while we waited for the lock.
            let current: i64 = tx.query_row("PRAGMA user_version", [], |r| r.get(0))?;
            if current >= version {
                continue;
            }
            tx.execute_batch(sql)?;
            // PRAGMA takes no bound parameters; `version` is our own integer.
            tx.execute_batch(&format!("PRAGMA user_version = {version}"))?;
            tx.commit()?;
        }
        Ok(())
    }

    /// Folds Insights' situation totals if they wait to be (migration 0016
    /// leaves them so; an import pauses and refolds in its own transaction).
    fn refold_if_paused(&mut self) -> Result<()> {
        let paused: bool = self.conn.query_row(
            "SELECT EXISTS (SELECT 1 FROM insight_fold_paused)",
            [],
            |r| r.get(0),
        )?;
        if paused {
            let tx = self.conn.transaction()?;
            crate::journal::insights::refold(&tx)?;
            tx.commit()?;
        }
        Ok(())
    }

    /// Moves everything in the WAL into the database file and empties the
    /// WAL (before a backup or a check of what is on disk).
    pub fn checkpoint(&self) -> Result<()> {
        self.conn
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
        Ok(())
    }

    /// A number that changes when another connection commits to this
    /// journal (an `interlude` command in a terminal, another process), and
    /// not when this connection writes: how the app tells someone else's
    /// change from its own (`PRAGMA data_version`).
    pub fn data_version(&self) -> Result<i64> {
        Ok(self
            .conn
            .query_row("PRAGMA data_version", [], |r| r.get(0))?)
    }

    /// The schema version of this database.
    pub fn schema_version(&self) -> Result<i64> {
        Ok(self
            .conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))?)
    }

    /// Where the database lives, if it is a file.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// The clock this journal reads "now" from.
    pub fn now(&self) -> chrono::DateTime<chrono::FixedOffset> {
        self.clock.now()
    }
}

/// Creates a folder (the data directory, its backups) readable by its
/// owner only: a journal's neighbours on a shared machine have no business
/// listing it.
pub fn create_private_dir(dir: &Path) -> Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(dir).map_err(|e| {
        let path = dir.display().to_string();
        Error::io(
            i18n::text(
                "error-storage-folder-not-created",
                &[("path", path.as_str().into())],
            ),
            e,
        )
    })
}

/// SQL functions the schema's triggers call (see migration 0009). They
/// live in Rust, so every connection registers them before it migrates or
/// writes; deterministic and innocuous, so triggers may call them.
fn register_functions(conn: &Connection) -> Result<()> {
    use rusqlite::functions::FunctionFlags;
    conn.create_scalar_function(
        "interlude_stem_set_de",
        1,
        FunctionFlags::SQLITE_UTF8
            | FunctionFlags::SQLITE_DETERMINISTIC
            | FunctionFlags::SQLITE_INNOCUOUS,
        |ctx| {
            // A NULL or a blob has no words; the index gets none for it.
            let text = ctx.get_raw(0).as_str().unwrap_or("");
            Ok(crate::journal::stem::stem_set(text))
        },
    )?;
    // Insights' fold of a situation (migration 0016's totals and index):
    // trimmed and lowercased, exactly as `journal::insights` folds it.
    conn.create_scalar_function(
        "interlude_fold",
        1,
        FunctionFlags::SQLITE_UTF8
            | FunctionFlags::SQLITE_DETERMINISTIC
            | FunctionFlags::SQLITE_INNOCUOUS,
        |ctx| {
            let text = ctx.get_raw(0).as_str().unwrap_or("");
            Ok(crate::journal::insights::fold(text))
        },
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clock::ManualClock;

    fn clock() -> Arc<dyn Clock> {
        Arc::new(ManualClock::at("2026-11-24T18:00:00+01:00"))
    }

    #[test]
    fn fresh_database_reaches_latest_schema() {
        let db = Db::open_in_memory(clock()).unwrap();
        assert_eq!(db.schema_version().unwrap(), SCHEMA_VERSION);
    }

    #[test]
    fn data_version_moves_for_another_connections_commit_only() {
        let dir = tempfile::tempdir().unwrap();
        let mut app = Db::open_in_dir(dir.path(), clock()).unwrap();
        let mut terminal = Db::open_in_dir(dir.path(), clock()).unwrap();
        let start = app.data_version().unwrap();
        app.create_note(crate::NoteInput {
            text: "the app's own".into(),
            ..crate::NoteInput::default()
        })
        .unwrap();
        assert_eq!(app.data_version().unwrap(), start, "its own write");
        terminal
            .create_note(crate::NoteInput {
                text: "from a terminal".into(),
                ..crate::NoteInput::default()
            })
            .unwrap();
        assert_ne!(app.data_version().unwrap(), start, "another's write");
    }

    #[test]
    fn file_database_uses_wal_and_full_sync_and_foreign_keys() {
        let dir = tempfile::tempdir().unwrap();
        let db = Db::open_in_dir(dir.path(), clock()).unwrap();
        let mode: String = db
            .conn
            .query_row("PRAGMA journal_mode", [], |r| r.get(0))
            .unwrap();
        let sync: i64 = db
            .conn
            .query_row("PRAGMA synchronous", [], |r| r.get(0))
            .unwrap();
        let fk: i64 = db
            .conn
            .query_row("PRAGMA foreign_keys", [], |r| r.get(0))
            .unwrap();
        assert_eq!(mode, "wal");
        assert_eq!(sync, 2, "FULL");
        assert_eq!(fk, 1);
    }

    #[test]
    fn a_write_meeting_another_process_write_waits_for_it_instead_of_failing() {
        // Seen in e2e: the app's sync thread and `interlude sync now` on one
        // journal. A deferred transaction reads, the other process commits
        // a write, and the first one's write then fails with "database is
        // locked" however long it would wait.
        let dir = tempfile::tempdir().unwrap();
        let mut db = Db::open_in_dir(dir.path(), clock()).unwrap();
        let other = Connection::open(dir.path().join(DB_FILE)).unwrap();
        other
            .execute_batch("CREATE TABLE IF NOT EXISTS t_other (n INTEGER)")
            .unwrap();
        other
            .execute_batch("BEGIN IMMEDIATE; INSERT INTO t_other VALUES (1);")
            .unwrap();
        let committer = std::thread::spawn(move || {
            std::thread::sleep(Duration::from_millis(300));
            other.execute_batch("COMMIT").unwrap();
        });
        let tx = db.conn.transaction().unwrap();
        let before: i64 = tx
            .query_row("SELECT count(*) FROM t_other", [], |r| r.get(0))
            .unwrap();
        tx.execute("INSERT INTO t_other VALUES (2)", []).unwrap();
        tx.commit().unwrap();
        committer.join().unwrap();
        // The read saw the other process's row: it waited for its commit.
        assert_eq!(before, 1);
    }

    #[test]
    fn reopening_does_not_migrate_again() {
        let dir = tempfile::tempdir().unwrap();
        drop(Db::open_in_dir(dir.path(), clock()).unwrap());
        let db = Db::open_in_dir(dir.path(), clock()).unwrap();
        assert_eq!(db.schema_version().unwrap(), SCHEMA_VERSION);
    }

    #[test]
    fn newer_schema_is_refused_and_file_left_byte_for_byte() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(DB_FILE);
        {
            // A database "from the future": rollback journal, version far ahead.
            let conn = Connection::open(&path).unwrap();
            conn.execute_batch("CREATE TABLE from_the_future (x TEXT); PRAGMA user_version = 999;")
                .unwrap();
        }
        let before = std::fs::read(&path).unwrap();
        let err = Db::open(&path, clock()).unwrap_err();
        assert_eq!(err.kind(), "newerSchema");
        assert!(err.to_string().contains("999"), "{err}");
        assert_eq!(std::fs::read(&path).unwrap(), before);
    }

    #[test]
    fn a_file_that_is_not_a_database_is_refused_as_corrupt_and_untouched() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(DB_FILE);
        let junk = b"this is a shopping list, not a journal\n".repeat(200);
        std::fs::write(&path, &junk).unwrap();
        let err = Db::open(&path, clock()).unwrap_err();
        assert_eq!(err.kind(), "corrupt");
        assert_eq!(std::fs::read(&path).unwrap(), junk);
    }

    /// SQLite answers `SQLITE_FULL` when a database reaches its page limit,
    /// exactly as on a full disk: the write fails whole, with plain words,
    /// and everything saved before is intact.
    #[test]
    fn a_full_disk_refuses_the_new_write_and_keeps_the_old() {
        use crate::journal::reflection::ReflectionInput;
        let dir = tempfile::tempdir().unwrap();
        let mut db = Db::open_in_dir(dir.path(), clock()).unwrap();
        let first = db
            .create_reflection(ReflectionInput {
                takeaway: "already safe".into(),
                ..ReflectionInput::default()
            })
            .unwrap();
        let pages: i64 = db
            .conn
            .query_row("PRAGMA page_count", [], |r| r.get(0))
            .unwrap();
        db.conn
            .query_row(&format!("PRAGMA max_page_count = {pages}"), [], |_| Ok(()))
            .unwrap();
        let err = db
            .create_reflection(ReflectionInput {
                takeaway: "a long new entry ".repeat(1000),
                ..ReflectionInput::default()
            })
            .unwrap_err();
        assert_eq!(err.kind(), "diskFull");
        assert!(err.to_string().contains("disk is full"), "{err}");
        assert_eq!(db.count_reflections().unwrap(), 1);
        drop(db);
        let db = Db::open_in_dir(dir.path(), clock()).unwrap();
        assert_eq!(db.reflection(first.id).unwrap().takeaway, "already safe");
    }

    #[cfg(unix)]
    #[test]
    fn data_dir_is_private_to_its_owner() {
        use std::os::unix::fs::PermissionsExt;
        let parent = tempfile::tempdir().unwrap();
        let dir = parent.path().join("interlude");
        Db::open_in_dir(&dir, clock()).unwrap();
        let mode = std::fs::metadata(&dir).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o700);
    }
}
