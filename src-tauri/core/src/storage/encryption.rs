//! Encryption at rest: telling an encrypted journal from a plain one,
//! keying a connection, and moving a journal between keys.
//!
//! SQLCipher encrypts whole pages, so entries, the search index, the WAL
//! and every index are unreadable without the key. Encrypting an existing
//! journal, changing its key or removing encryption all go the same safe
//! way: the journal is copied into a new file under the new key
//! (`sqlcipher_export`), the copy is opened and checked, and only then are
//! the two swapped. The old file is kept beside it, renamed, until the
//! person says they no longer need it; a crash at any point leaves a
//! journal that opens with one of the two keys.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use rusqlite::Connection;
use zeroize::Zeroizing;

use crate::clock::Clock;
use crate::error::{Error, Result};
use crate::i18n;
use crate::storage::db::{Db, DB_FILE};
use crate::storage::key::JournalKey;

/// What is on disk where the journal should be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    /// Nothing yet (or an empty file): a new journal.
    Missing,
    /// A plain SQLite database.
    Plain,
    /// Anything else: an encrypted journal (its first bytes are a random
    /// salt), or a file that isn't a database at all, which only the key
    /// can tell apart.
    Encrypted,
}

impl FileKind {
    pub fn of(path: &Path) -> Result<Self> {
        use std::io::Read;
        let mut file = match std::fs::File::open(path) {
            Ok(file) => file,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(FileKind::Missing),
            Err(e) => {
                return Err(Error::io(
                    i18n::text("error-storage-journal-file-unreadable", &[]),
                    e,
                ))
            }
        };
        let mut head = [0u8; 16];
        let mut filled = 0;
        while filled < head.len() {
            match file.read(&mut head[filled..]) {
                Ok(0) => break,
                Ok(n) => filled += n,
                Err(e) => {
                    return Err(Error::io(
                        i18n::text("error-storage-journal-file-unreadable", &[]),
                        e,
                    ))
                }
            }
        }
        Ok(match filled {
            0 => FileKind::Missing,
            16 if &head == b"SQLite format 3\0" => FileKind::Plain,
            _ => FileKind::Encrypted,
        })
    }
}

/// Whether the journal in `dir` is an encrypted one (see
/// [`crate::storage::keyfiles::is_encrypted_journal`], which also counts a change's
/// new settings).
pub fn is_encrypted_journal(dir: &Path) -> Result<bool> {
    crate::storage::keyfiles::is_encrypted_journal(dir)
}

/// Gives `schema` of `conn` its key. Must come before anything reads it.
pub(crate) fn apply_key(conn: &Connection, schema: &str, key: &JournalKey) -> Result<()> {
    // PRAGMA takes no bound parameters; the value is our own hex text and
    // `schema` one of our own names.
    let sql = Zeroizing::new(format!("PRAGMA {schema}.key = {};", *key.pragma_value()));
    conn.execute_batch(&sql).map_err(keyed_statement_error)?;
    Ok(())
}

/// The name the journal had before its encryption changed, kept until the
/// person confirms (see [`forget_previous`]).
pub const PREVIOUS_FILE: &str = "interlude.db.previous";
const PARTIAL_FILE: &str = "interlude.db.partial";

/// Moves the journal in `dir` from key `from` to key `to` (`None`: not
/// encrypted), without touching key settings (`keyfiles::change_key` is the
/// whole change, settings included). The journal must not be open
/// anywhere else.
///
/// Returns where the previous file was kept. A failure before the swap
/// leaves the journal as it was; backups that can't be moved to the new key
/// are left under the old one.
pub fn change_encryption(
    dir: &Path,
    from: Option<&JournalKey>,
    to: Option<&JournalKey>,
    clock: Arc<dyn Clock>,
) -> Result<PathBuf> {
    if dir.join(PREVIOUS_FILE).exists() {
        return Err(Error::Invalid(i18n::text(
            "error-storage-previous-copy-kept-encryption",
            &[],
        )));
    }
    copy_under_key(dir, from, to, clock)?;
    swap_in_copy(dir)?;
    // Backups follow the journal: a backup left under the old key (or in
    // plain text, before the first passphrase) would keep what the person
    // just protected readable.
    let _ = reencrypt_backups(dir, from, to);
    Ok(dir.join(PREVIOUS_FILE))
}

/// Copies the journal in `dir` (opened with `from`) into a new file under
/// `to`, and checks the copy holds everything the journal does. The copy
/// waits beside the journal for [`swap_in_copy`]; on failure it is removed.
pub(crate) fn copy_under_key(
    dir: &Path,
    from: Option<&JournalKey>,
    to: Option<&JournalKey>,
    clock: Arc<dyn Clock>,
) -> Result<()> {
    let path = dir.join(DB_FILE);
    let partial = dir.join(PARTIAL_FILE);
    remove_with_sidecars(&partial)?;
    let result = (|| {
        let source = Db::open_keyed(&path, from, Arc::clone(&clock))?;
        let before = source.doctor()?;
        if !before.is_healthy() {
            return Err(Error::Corrupt(before.problems.join("; ")));
        }
        export_into(&source, &partial, to)?;
        drop(source);
        // A journal open elsewhere keeps its WAL; swapping under it would
        // lose that connection's writes.
        if sidecar(&path, "-wal").exists() {
            return Err(Error::Invalid(i18n::text(
                "error-storage-journal-open-elsewhere",
                &[],
            )));
        }
        let copy = Db::open_keyed(&partial, to, clock)?;
        let after = copy.doctor()?;
        drop(copy);
        if !after.is_healthy()
            || (after.entries, after.reflections, after.drafts)
                != (before.entries, before.reflections, before.drafts)
        {
            return Err(Error::Storage(i18n::text(
                "error-storage-reencrypted-copy-mismatch",
                &[],
            )));
        }
        Ok(())
    })();
    if result.is_err() {
        let _ = remove_with_sidecars(&partial);
    }
    result
}

/// Removes a copy [`copy_under_key`] left, if any.
pub(crate) fn discard_copy(dir: &Path) -> Result<()> {
    remove_with_sidecars(&dir.join(PARTIAL_FILE))
}

/// Puts the checked copy in place of the journal, keeping the journal as
/// [`PREVIOUS_FILE`]. Two renames: between them the journal is only at
/// `previous`, which [`recover_interrupted_change`] puts back if the app
/// stops right there. A failed second rename is undone.
pub(crate) fn swap_in_copy(dir: &Path) -> Result<()> {
    let path = dir.join(DB_FILE);
    let previous = dir.join(PREVIOUS_FILE);
    std::fs::rename(&path, &previous).map_err(|e| {
        Error::io(
            i18n::text("error-storage-old-journal-not-set-aside", &[]),
            e,
        )
    })?;
    if let Err(e) = std::fs::rename(dir.join(PARTIAL_FILE), &path) {
        let _ = std::fs::rename(&previous, &path);
        return Err(Error::io(
            i18n::text("error-storage-new-journal-not-put-in-place", &[]),
            e,
        ));
    }
    sync_dir(dir);
    Ok(())
}

/// Moves every backup in `dir` from key `from` to key `to`, each through a
/// checked copy that replaces it in one rename. Returns the backups that stayed under the old
/// key (disk full, permissions…), with why; they still open with it.
pub(crate) fn reencrypt_backups(
    dir: &Path,
    from: Option<&JournalKey>,
    to: Option<&JournalKey>,
) -> Vec<(String, String)> {
    let backups = match crate::storage::backup::list(dir) {
        Ok(list) => list,
        Err(e) => return vec![("backups".to_owned(), e.message())],
    };
    let mut left = Vec::new();
    for info in backups {
        let path = dir
            .join(crate::storage::backup::BACKUP_DIR)
            .join(&info.name);
        let partial = sidecar(&path, ".rekey");
        let moved = (|| {
            remove_with_sidecars(&partial)?;
            let conn = Connection::open_with_flags(
                &path,
                // CREATE: the attached copy is made through this connection.
                rusqlite::OpenFlags::SQLITE_OPEN_READ_WRITE
                    | rusqlite::OpenFlags::SQLITE_OPEN_CREATE
                    | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX,
            )?;
            conn.execute_batch("PRAGMA cipher_log_level = NONE;")?;
            if let Some(key) = from {
                apply_key(&conn, "main", key)?;
            }
            let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
            attach_and_export(&conn, &partial, to, version)?;
            drop(conn);
            crate::storage::backup::check(&partial, to)?;
            std::fs::rename(&partial, &path)
                .map_err(|e| Error::io(i18n::text("error-storage-backup-not-replaced", &[]), e))
        })();
        if let Err(e) = moved {
            // Never deleted: to SQLCipher a damaged backup and one under an
            // older key (a change that couldn't move it) look the same, and
            // the second still opens with that key. It is reported instead.
            let _ = remove_with_sidecars(&partial);
            left.push((info.name.clone(), e.message()));
        }
    }
    left
}

/// Finishes or undoes a change of encryption that was cut off between its
/// two renames: the journal is missing but the previous file is there.
/// Run before opening the journal.
pub fn recover_interrupted_change(dir: &Path) -> Result<bool> {
    let path = dir.join(DB_FILE);
    let previous = dir.join(PREVIOUS_FILE);
    if FileKind::of(&path)? == FileKind::Missing && previous.exists() {
        std::fs::rename(&previous, &path)
            .map_err(|e| Error::io(i18n::text("error-storage-journal-not-restored", &[]), e))?;
        sync_dir(dir);
        return Ok(true);
    }
    Ok(false)
}

/// Deletes the file kept from before the last change of encryption, once
/// the person has seen the journal open with its new key.
pub fn forget_previous(dir: &Path) -> Result<()> {
    remove_with_sidecars(&dir.join(PREVIOUS_FILE))
}

/// Writes every table of `source` into a new database at `target`,
/// encrypted with `key` (or plain), with the same schema version.
fn export_into(source: &Db, target: &Path, key: Option<&JournalKey>) -> Result<()> {
    let version: i64 = source
        .conn
        .query_row("PRAGMA main.user_version", [], |r| r.get(0))?;
    attach_and_export(&source.conn, target, key, version)
}

/// `sqlcipher_export` of `conn`'s main database into a new file at
/// `target` under `key`, with schema version `version`.
fn attach_and_export(
    conn: &Connection,
    target: &Path,
    key: Option<&JournalKey>,
    version: i64,
) -> Result<()> {
    let name = target
        .to_str()
        .ok_or_else(|| Error::Invalid(i18n::text("error-storage-data-folder-name-unusable", &[])))?
        .replace('\'', "''");
    let key_sql = key.map_or_else(|| Zeroizing::new("''".to_owned()), JournalKey::pragma_value);
    let sql = Zeroizing::new(format!(
        "ATTACH DATABASE '{name}' AS target KEY {};",
        *key_sql
    ));
    conn.execute_batch(&sql).map_err(keyed_statement_error)?;
    let copied = conn
        .query_row("SELECT sqlcipher_export('target')", [], |_| Ok(()))
        .and_then(|()| conn.execute_batch(&format!("PRAGMA target.user_version = {version};")));
    let detached = conn.execute_batch("DETACH DATABASE target;");
    copied?;
    detached?;
    Ok(())
}

/// The error of a statement that carried a key. SQLite can quote the text
/// near a syntax error (`near "x'…'"`), so the message is rebuilt from the
/// error's code and its words with every long run of hex digits — a key —
/// blanked, and nothing else of the statement.
fn keyed_statement_error(e: rusqlite::Error) -> Error {
    match e {
        rusqlite::Error::SqliteFailure(code, message) => Error::from(
            rusqlite::Error::SqliteFailure(code, message.map(|m| without_hex_runs(&m))),
        ),
        _ => Error::Storage(i18n::text("error-storage-keyed-statement-failed", &[])),
    }
}

/// `text` with every run of 16 or more hex digits replaced by "…".
pub(crate) fn without_hex_runs(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut run = String::new();
    for c in text.chars().chain(std::iter::once(' ')) {
        if c.is_ascii_hexdigit() {
            run.push(c);
            continue;
        }
        if run.len() >= 16 {
            out.push('…');
        } else {
            out.push_str(&run);
        }
        run.clear();
        out.push(c);
    }
    out.pop();
    out
}

fn sidecar(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

fn remove_with_sidecars(path: &Path) -> Result<()> {
    for p in [
        path.to_path_buf(),
        sidecar(path, "-wal"),
        sidecar(path, "-shm"),
        sidecar(path, "-journal"),
    ] {
        match std::fs::remove_file(&p) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => {
                let path = p.display().to_string();
                return Err(Error::io(
                    i18n::text(
                        "error-storage-not-removed",
                        &[("path", path.as_str().into())],
                    ),
                    e,
                ));
            }
        }
    }
    Ok(())
}

/// Makes the renames durable (best effort: not every platform can open a
/// directory to sync it).
pub(crate) fn sync_dir(dir: &Path) {
    if let Ok(d) = std::fs::File::open(dir) {
        let _ = d.sync_all();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_failed_statement_that_carried_the_key_never_shows_it() {
        let key = JournalKey::from_hex(&"5c".repeat(32)).unwrap();
        let conn = Connection::open_in_memory().unwrap();
        // ATTACH … KEY fails: the folder the copy would go in isn't there.
        let err = attach_and_export(&conn, Path::new("/nonexistent/dir/copy.db"), Some(&key), 1)
            .unwrap_err();
        let shown = format!("{err} {err:?}");
        assert!(!shown.contains("5c5c5c5c"), "{shown}");
        // A syntax error quotes the text near it; a key there is blanked.
        let quoted = format!("near \"x'{}'\": syntax error", "5c".repeat(32));
        assert_eq!(without_hex_runs(&quoted), "near \"x'…'\": syntax error");
        assert_eq!(without_hex_runs("code 26 at 0xdead"), "code 26 at 0xdead");
    }
}
