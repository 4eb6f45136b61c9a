//! The key settings beside the journal, and how a change of key moves
//! between them, so that at every instant — a crash, a full disk, a failed
//! rename — the journal on disk opens with a secret someone has.
//!
//! Three files, each a [`KeySettings`]:
//! - `interlude.kdf.json` ([`KDF_FILE`]): the settings in use;
//! - `interlude.kdf.json.next` ([`KDF_NEXT`]): a change's new settings,
//!   written before the journal is touched;
//! - `interlude.kdf.json.previous` ([`KDF_PREVIOUS`]): the settings that open
//!   the copy kept from before the last change (`interlude.db.previous`).
//!
//! A change ([`change_key`]) goes:
//! 1. new settings to `.next`;
//! 2. the journal copied under the new key and checked (`encryption`);
//! 3. the swap: the journal to `.previous`, the copy into its place;
//! 4. `.next` becomes the settings in use, the old ones `.previous`;
//! 5. backups moved to the new key.
//!
//! A failure before 3 leaves everything as it was and removes `.next`. From
//! 3 on nothing is rolled back: the journal in place is under the new key,
//! so its settings must stay. A failure at 4 leaves `.next` for the next
//! open to finish ([`open_encrypted`] tries `.next` and promotes it); one at
//! 5 leaves those backups under the old key, reported by name, still
//! opened by the old secret. Both the app and the `interlude` CLI open
//! journals through [`open_encrypted`].

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::clock::Clock;
use crate::error::{Error, Result};
use crate::i18n;
use crate::storage::db::{Db, DB_FILE};
use crate::storage::encryption::{self, FileKind, PREVIOUS_FILE};
use crate::storage::key::{JournalKey, KeySettings, KDF_FILE};

/// A change's new settings, until the change is done.
pub const KDF_NEXT: &str = "interlude.kdf.json.next";
/// The settings that open the copy kept from before the last change.
pub const KDF_PREVIOUS: &str = "interlude.kdf.json.previous";

/// The steps of a change, for tests that stop it between any two.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// The new settings are in `.next`.
    SettingsWritten,
    /// The re-keyed copy is made and checked, not yet in place.
    Copied,
    /// The copy is the journal; the old one is `interlude.db.previous`.
    Swapped,
    /// `.next` is the settings in use.
    Promoted,
    /// Backups are under the new key (those that could be moved).
    BackupsMoved,
}

impl Step {
    pub const ALL: [Step; 5] = [
        Step::SettingsWritten,
        Step::Copied,
        Step::Swapped,
        Step::Promoted,
        Step::BackupsMoved,
    ];
}

/// What a finished change left behind.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyChange {
    /// The journal from before, kept until the person removes it.
    pub previous: PathBuf,
    /// The journal was plain before (a first protection).
    pub from_plain: bool,
    /// Whether the new settings are in use (`false`: they wait in `.next`,
    /// and the next open makes them current).
    pub settings_current: bool,
    /// Backups that stayed under the old key, with why.
    pub backups_not_moved: Vec<(String, String)>,
}

impl KeyChange {
    /// A sentence for the person when the change finished with something
    /// left over, or `None` when all went as planned.
    pub fn notice(&self) -> Option<String> {
        if self.backups_not_moved.is_empty() {
            return None;
        }
        let n = self.backups_not_moved.len();
        let why = &self.backups_not_moved[0].1;
        let id = if self.from_plain {
            "error-storage-key-change-left-unprotected"
        } else {
            "error-storage-key-change-left-under-old-key"
        };
        Some(i18n::text(
            id,
            &[("count", n.into()), ("detail", why.into())],
        ))
    }
}

/// The settings to try, in order: those in use, then a change's new ones.
fn candidates(dir: &Path) -> Result<Vec<(&'static str, KeySettings)>> {
    let mut found = Vec::new();
    if let Some(settings) = KeySettings::load_from(dir, KDF_FILE)? {
        found.push((KDF_FILE, settings));
    }
    // A `.next` that can't be read (cut short, or written by a newer
    // version) is no reason not to open with the settings in use.
    if let Ok(Some(settings)) = KeySettings::load_from(dir, KDF_NEXT) {
        found.push((KDF_NEXT, settings));
    }
    Ok(found)
}

/// Whether a change's new settings wait to be made current.
pub fn change_pending(dir: &Path) -> bool {
    dir.join(KDF_NEXT).exists()
}

/// Clears what a change stopped before its swap left: with the journal
/// still plain, a `.next` belongs to no journal.
pub fn settle(dir: &Path) {
    if dir.join(KDF_NEXT).exists()
        && FileKind::of(&dir.join(DB_FILE)).is_ok_and(|k| k == FileKind::Plain)
    {
        let _ = std::fs::remove_file(dir.join(KDF_NEXT));
    }
}

/// Every set of key settings that may open the journal now.
pub fn keepers(dir: &Path) -> Vec<KeySettings> {
    [KDF_FILE, KDF_NEXT]
        .iter()
        .filter_map(|file| KeySettings::load_from(dir, file).ok().flatten())
        .collect()
}

/// Whether the journal in `dir` is an encrypted one: a file that isn't
/// plain SQLite, with key settings beside it (in use, or a change's new
/// ones). Without any, a file that isn't plain SQLite is damaged or
/// foreign, not locked.
pub fn is_encrypted_journal(dir: &Path) -> Result<bool> {
    Ok(FileKind::of(&dir.join(DB_FILE))? == FileKind::Encrypted
        && (dir.join(KDF_FILE).exists() || dir.join(KDF_NEXT).exists()))
}

/// Opens the encrypted journal in `dir`, asking `key_for` for the key each
/// set of settings gives (`Ok(None)`: this caller can't use them, e.g. a
/// passphrase's when only the keychain is at hand). Tries the settings in
/// use, then a change's new ones; opening with the new ones finishes that
/// change. The first error `key_for` gives is returned if nothing opens.
pub fn open_encrypted(
    dir: &Path,
    clock: Arc<dyn Clock>,
    mut key_for: impl FnMut(&KeySettings) -> Result<Option<JournalKey>>,
) -> Result<(Db, JournalKey)> {
    let mut first_error = None;
    let mut tried = false;
    for (file, settings) in candidates(dir)? {
        let key = match key_for(&settings) {
            Ok(Some(key)) => key,
            Ok(None) => continue,
            Err(e) => {
                first_error.get_or_insert(e);
                continue;
            }
        };
        tried = true;
        match Db::open_in_dir_keyed(dir, Some(&key), Arc::clone(&clock)) {
            Ok(db) => {
                if file == KDF_NEXT {
                    // The change got past its swap: its settings are the
                    // ones in use. If that can't be written now, `.next`
                    // stays and the next open tries again; the journal
                    // opens either way.
                    let _ = promote_next(dir);
                } else if dir.join(KDF_NEXT).exists() {
                    // The settings in use open it: a change stopped before
                    // its swap left `.next`, which opens nothing.
                    let _ = std::fs::remove_file(dir.join(KDF_NEXT));
                }
                return Ok((db, key));
            }
            Err(Error::WrongKey) => {}
            Err(e) => return Err(e),
        }
    }
    Err(match first_error {
        Some(e) if !tried => e,
        _ if tried => Error::WrongKey,
        Some(e) => e,
        None => Error::Corrupt(i18n::text(
            "error-storage-settings-missing",
            &[("file", KDF_FILE.into())],
        )),
    })
}

/// Makes a change's new settings the ones in use; the old ones (if any)
/// become those of the kept copy. Each move is one rename.
pub fn promote_next(dir: &Path) -> Result<()> {
    let fail = |e| Error::io(i18n::text("error-storage-change-not-finished", &[]), e);
    if dir.join(KDF_FILE).exists() {
        std::fs::rename(dir.join(KDF_FILE), dir.join(KDF_PREVIOUS)).map_err(fail)?;
    } else if FileKind::of(&dir.join(PREVIOUS_FILE))? != FileKind::Encrypted {
        // First protection: the kept copy is plain and needs no settings.
        // (With an encrypted copy kept, `.previous` already holds its
        // settings: a promotion cut off after its first rename.)
        match std::fs::remove_file(dir.join(KDF_PREVIOUS)) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(fail(e)),
            _ => {}
        }
    }
    std::fs::rename(dir.join(KDF_NEXT), dir.join(KDF_FILE)).map_err(fail)?;
    encryption::sync_dir(dir);
    Ok(())
}

/// Moves the journal in `dir` from key `from` (`None`: plain) to `to`,
/// kept as `settings` say. The journal must not be open anywhere else.
/// `on_step` runs after each [`Step`]; an error from it stops the change
/// there, as any failure would (tests use it to stop a change anywhere).
///
/// An error means nothing changed: the journal opens as before. `Ok` means
/// the journal is under the new key; see [`KeyChange`] for what was left.
pub fn change_key(
    dir: &Path,
    from: Option<&JournalKey>,
    settings: &KeySettings,
    to: &JournalKey,
    clock: Arc<dyn Clock>,
    on_step: &mut dyn FnMut(Step) -> Result<()>,
) -> Result<KeyChange> {
    if dir.join(PREVIOUS_FILE).exists() {
        return Err(Error::invalid(i18n::text(
            "error-storage-previous-copy-kept",
            &[],
        )));
    }
    if change_pending(dir) {
        // `.next` may be the only record of the key in place: never
        // overwritten by another change before it is made current.
        return Err(Error::invalid(i18n::text(
            "error-storage-change-pending",
            &[],
        )));
    }
    let before_swap = (|| {
        settings.save_as(dir, KDF_NEXT)?;
        on_step(Step::SettingsWritten)?;
        encryption::copy_under_key(dir, from, Some(to), clock)?;
        on_step(Step::Copied)?;
        encryption::swap_in_copy(dir)?;
        Ok(())
    })();
    if let Err(e) = before_swap {
        // Nothing is in place yet: the journal and its settings are as they
        // were. A swap whose undo failed too is put back here, as a start
        // would; only then are the copy and `.next` let go.
        if encryption::recover_interrupted_change(dir).is_err() {
            return Err(e);
        }
        let _ = encryption::discard_copy(dir);
        let _ = std::fs::remove_file(dir.join(KDF_NEXT));
        return Err(e);
    }
    // From here the journal in place is under the new key: never undo.
    let mut change = KeyChange {
        previous: dir.join(PREVIOUS_FILE),
        from_plain: from.is_none(),
        settings_current: false,
        backups_not_moved: Vec::new(),
    };
    if on_step(Step::Swapped).is_err() {
        return Ok(change);
    }
    if promote_next(dir).is_err() || on_step(Step::Promoted).is_err() {
        change.settings_current = !dir.join(KDF_NEXT).exists();
        return Ok(change);
    }
    change.settings_current = true;
    change.backups_not_moved = encryption::reencrypt_backups(dir, from, Some(to));
    let _ = on_step(Step::BackupsMoved);
    Ok(change)
}
