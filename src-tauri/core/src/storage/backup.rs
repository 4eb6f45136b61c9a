//! Backups: whole copies of the journal, made with SQLite's online backup
//! API (a consistent snapshot even while the app writes; never a file copy
//! of a live database), kept in `backups/` beside it, encrypted with the
//! journal's own key, and each checked with `integrity_check` before it
//! counts.
//!
//! Made every day, before a migration, before an import and before a
//! restore; the newest [`KEEP`] are kept. A restore copies a checked backup
//! back into the open journal through the same API, in one step, after
//! first backing up what is there now.

use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::{DateTime, NaiveDateTime, TimeZone, Utc};
use rusqlite::{Connection, OpenFlags};
use serde::Serialize;

use crate::error::{Error, Result};
use crate::i18n;
use crate::storage::db::Db;
use crate::storage::encryption::apply_key;
use crate::storage::key::JournalKey;

/// The folder inside the data directory.
pub const BACKUP_DIR: &str = "backups";
/// How many backups are kept (the newest).
pub const KEEP: usize = 14;

/// Why a backup was made; part of its file name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Reason {
    Daily,
    Manual,
    BeforeMigration,
    BeforeImport,
    BeforeRestore,
}

impl Reason {
    fn as_str(self) -> &'static str {
        match self {
            Reason::Daily => "daily",
            Reason::Manual => "manual",
            Reason::BeforeMigration => "before-migration",
            Reason::BeforeImport => "before-import",
            Reason::BeforeRestore => "before-restore",
        }
    }

    fn parse(s: &str) -> Option<Self> {
        [
            Reason::Daily,
            Reason::Manual,
            Reason::BeforeMigration,
            Reason::BeforeImport,
            Reason::BeforeRestore,
        ]
        .into_iter()
        .find(|r| r.as_str() == s)
    }
}

/// One backup on disk.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct BackupInfo {
    /// The file name: what `restore` and the CLI take.
    pub name: String,
    pub made_at: DateTime<Utc>,
    pub reason: Reason,
    pub bytes: u64,
}

const NAME_TIME: &str = "%Y%m%d-%H%M%S";

fn file_name(at: DateTime<Utc>, reason: Reason) -> String {
    format!("interlude-{}-{}.db", at.format(NAME_TIME), reason.as_str())
}

fn parse_name(name: &str) -> Option<(DateTime<Utc>, Reason)> {
    let rest = name.strip_prefix("interlude-")?.strip_suffix(".db")?;
    let (stamp, reason) = (rest.get(..15)?, rest.get(16..)?);
    let at = NaiveDateTime::parse_from_str(stamp, NAME_TIME).ok()?;
    Some((Utc.from_utc_datetime(&at), Reason::parse(reason)?))
}

/// The backups in `data_dir`, newest first. Files that aren't ours are
/// left alone and not listed.
pub fn list(data_dir: &Path) -> Result<Vec<BackupInfo>> {
    let dir = data_dir.join(BACKUP_DIR);
    let entries = match std::fs::read_dir(&dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => {
            return Err(Error::io(
                i18n::text("error-storage-backups-folder-unreadable", &[]),
                e,
            ))
        }
    };
    let mut found: Vec<BackupInfo> = entries
        .filter_map(std::result::Result::ok)
        .filter_map(|entry| {
            let name = entry.file_name().into_string().ok()?;
            let (made_at, reason) = parse_name(&name)?;
            let bytes = entry.metadata().ok()?.len();
            Some(BackupInfo {
                name,
                made_at,
                reason,
                bytes,
            })
        })
        .collect();
    found.sort_by(|a, b| b.made_at.cmp(&a.made_at).then(b.name.cmp(&a.name)));
    Ok(found)
}

/// A backup's path, refusing names that aren't one of ours (no `..`, no
/// folders: the name comes from a window or a command line).
pub fn path_of(data_dir: &Path, name: &str) -> Result<PathBuf> {
    if parse_name(name).is_none() || name.contains(['/', '\\']) {
        return Err(Error::NotFound(i18n::text(
            "error-storage-no-such-backup",
            &[("name", name.into())],
        )));
    }
    let path = data_dir.join(BACKUP_DIR).join(name);
    if !path.is_file() {
        return Err(Error::NotFound(i18n::text(
            "error-storage-no-such-backup",
            &[("name", name.into())],
        )));
    }
    Ok(path)
}

/// Opens a backup file read-only with `key` and runs SQLite's full
/// integrity check on it.
pub fn check(path: &Path, key: Option<&JournalKey>) -> Result<()> {
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    conn.execute_batch("PRAGMA cipher_log_level = NONE;")?;
    if let Some(key) = key {
        apply_key(&conn, "main", key)?;
    }
    let verdict: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .map_err(|e| match Error::from(e) {
            Error::Corrupt(_) if key.is_some() => Error::WrongKey,
            other => other,
        })?;
    if verdict == "ok" {
        Ok(())
    } else {
        Err(Error::Corrupt(i18n::text(
            "error-storage-backup-failed-check",
            &[("detail", verdict.as_str().into())],
        )))
    }
}

impl Db {
    /// Makes a backup now, checks it, and keeps only the newest [`KEEP`].
    /// Returns what was made. A journal with no file (in memory) has no
    /// backups.
    pub fn backup(&self, reason: Reason) -> Result<BackupInfo> {
        let data_dir = self
            .data_dir()
            .ok_or_else(|| Error::Invalid(i18n::text("error-storage-no-backup-folder", &[])))?;
        let dir = data_dir.join(BACKUP_DIR);
        crate::storage::db::create_private_dir(&dir)?;
        // Two in the same second (a manual one straight after a daily one)
        // get names a second apart: the name is the backup's identity.
        let mut at = self.clock.now().with_timezone(&Utc);
        let mut name = file_name(at, reason);
        while dir.join(&name).exists() {
            at += chrono::Duration::seconds(1);
            name = file_name(at, reason);
        }
        let target = dir.join(&name);
        let partial = dir.join(format!(".{name}.partial"));
        let made = (|| {
            let _ = std::fs::remove_file(&partial);
            let mut dest = Connection::open(&partial)?;
            dest.execute_batch("PRAGMA cipher_log_level = NONE;")?;
            if let Some(key) = &self.key {
                apply_key(&dest, "main", key)?;
            }
            {
                let backup = rusqlite::backup::Backup::new(&self.conn, &mut dest)?;
                // Whole pages in steps, letting the app's own writes in
                // between; on a quiet journal this is one pass.
                backup.run_to_completion(256, Duration::from_millis(5), None)?;
            }
            // The copy carries the journal's WAL mode in its header, and a
            // WAL-mode file grows -wal and -shm companions whenever it is
            // opened (by the check below, by a restore). A backup is one
            // self-contained file: rollback-journal mode.
            dest.execute_batch("PRAGMA journal_mode = DELETE;")?;
            drop(dest);
            check(&partial, self.key.as_ref())?;
            std::fs::rename(&partial, &target)
                .map_err(|e| Error::io(i18n::text("error-storage-backup-not-kept", &[]), e))?;
            Ok(())
        })();
        if let Err(e) = made {
            let _ = std::fs::remove_file(&partial);
            return Err(e);
        }
        prune(data_dir)?;
        list(data_dir)?
            .into_iter()
            .find(|b| b.name == name)
            .ok_or_else(|| Error::Storage(i18n::text("error-storage-backup-vanished", &[])))
    }

    /// A daily backup, if the newest daily one is a day old or there is
    /// none. Returns whether one was made.
    pub fn backup_if_due(&self) -> Result<bool> {
        let Some(data_dir) = self.data_dir() else {
            return Ok(false);
        };
        let now = self.clock.now().with_timezone(&Utc);
        let last_daily = list(data_dir)?
            .into_iter()
            .find(|b| b.reason == Reason::Daily)
            .map(|b| b.made_at);
        if last_daily.is_some_and(|at| now - at < chrono::Duration::hours(24)) {
            return Ok(false);
        }
        self.backup(Reason::Daily).map(|_| true)
    }

    /// Replaces the journal's contents with the backup `name`, after
    /// checking it and backing up what is there now.
    pub fn restore_backup(&mut self, name: &str) -> Result<BackupInfo> {
        let data_dir = self
            .data_dir()
            .ok_or_else(|| Error::Invalid(i18n::text("error-storage-no-backups", &[])))?
            .to_path_buf();
        let path = path_of(&data_dir, name)?;
        check(&path, self.key.as_ref())?;
        let before = self.backup(Reason::BeforeRestore)?;
        let source = Connection::open_with_flags(
            &path,
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        source.execute_batch("PRAGMA cipher_log_level = NONE;")?;
        if let Some(key) = &self.key {
            apply_key(&source, "main", key)?;
        }
        {
            let backup = rusqlite::backup::Backup::new(&source, &mut self.conn)?;
            backup.run_to_completion(1024, Duration::from_millis(0), None)?;
        }
        drop(source);
        // A synced journal put back in time must not write under file
        // numbers the other computers have already read.
        self.sync_after_restore()?;
        Ok(before)
    }

    /// The folder holding the journal file, if it has one.
    pub(crate) fn data_dir(&self) -> Option<&Path> {
        self.path().and_then(Path::parent)
    }
}

/// Deletes all but the newest [`KEEP`] backups.
fn prune(data_dir: &Path) -> Result<()> {
    let dir = data_dir.join(BACKUP_DIR);
    for old in list(data_dir)?.into_iter().skip(KEEP) {
        let path = dir.join(&old.name);
        std::fs::remove_file(&path)
            .map_err(|e| Error::io(i18n::text("error-storage-old-backup-not-removed", &[]), e))?;
    }
    // Companions an older version left beside its copies in progress
    // (`.<name>.partial-wal`, `-shm`): nothing reads them.
    if let Ok(entries) = std::fs::read_dir(&dir) {
        for entry in entries.flatten() {
            let name = entry.file_name();
            let name = name.to_string_lossy();
            if name.starts_with('.')
                && (name.ends_with(".partial-wal") || name.ends_with(".partial-shm"))
            {
                let _ = std::fs::remove_file(entry.path());
            }
        }
    }
    Ok(())
}

/// Puts the backup `name` in place of a journal that can't be opened. The
/// damaged file is never overwritten or deleted: it is renamed, with its
/// WAL, to `interlude.db.damaged-<time>` and the path returned.
pub fn recover_from_backup(
    data_dir: &Path,
    name: &str,
    key: Option<&JournalKey>,
    now: DateTime<Utc>,
) -> Result<PathBuf> {
    let source = path_of(data_dir, name)?;
    check(&source, key)?;
    let journal = data_dir.join(crate::storage::db::DB_FILE);
    let kept = data_dir.join(format!(
        "{}.damaged-{}",
        crate::storage::db::DB_FILE,
        now.format(NAME_TIME)
    ));
    if journal.exists() {
        std::fs::rename(&journal, &kept)
            .map_err(|e| Error::io(i18n::text("error-storage-damaged-not-set-aside", &[]), e))?;
        for suffix in ["-wal", "-shm"] {
            let mut from = journal.as_os_str().to_owned();
            from.push(suffix);
            let mut to = kept.as_os_str().to_owned();
            to.push(suffix);
            if Path::new(&from).exists() {
                std::fs::rename(&from, &to).map_err(|e| {
                    Error::io(i18n::text("error-storage-damaged-not-set-aside", &[]), e)
                })?;
            }
        }
    }
    let partial = data_dir.join(".interlude.db.restoring");
    std::fs::copy(&source, &partial)
        .and_then(|_| std::fs::File::open(&partial)?.sync_all())
        .and_then(|()| std::fs::rename(&partial, &journal))
        .map_err(|e| {
            let _ = std::fs::remove_file(&partial);
            Error::io(i18n::text("error-storage-backup-not-put-in-place", &[]), e)
        })?;
    Ok(kept)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_and_strangers_are_not_backups() {
        let at = Utc.with_ymd_and_hms(2026, 11, 28, 9, 5, 7).unwrap();
        let name = file_name(at, Reason::BeforeImport);
        assert_eq!(name, "interlude-20261128-090507-before-import.db");
        assert_eq!(parse_name(&name), Some((at, Reason::BeforeImport)));
        for stranger in [
            "interlude.db",
            "notes.txt",
            "interlude-2026-daily.db",
            "interlude-20261128-090507-weekly.db",
            "../interlude-20261128-090507-daily.db",
        ] {
            assert_eq!(parse_name(stranger), None, "{stranger}");
        }
    }
}
