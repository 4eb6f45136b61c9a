//! Encryption and the app lock, as the running app does them: opening an
//! encrypted journal with its passphrase, protecting a plain one, changing
//! the passphrase, locking the window by hand or after idle minutes.
//!
//! The key settings (Argon2id parameters and salt) live beside the journal
//! in `interlude.kdf.json`; the passphrase and the key are never written
//! anywhere. A change of passphrase writes the new settings as
//! `interlude.kdf.json.next` first and promotes them only after the journal
//! has been re-encrypted, so a crash between the two still leaves a journal
//! one of the two passphrases opens (unlock tries both).

use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use interlude_core::encryption::{self, PREVIOUS_FILE};
use interlude_core::key::{JournalKey, KdfParams, KDF_FILE};
use interlude_core::{Clock, Db, Error, Result};
use serde::{Deserialize, Serialize};
use tauri::{AppHandle, Emitter, Runtime};

use crate::settings;
use crate::state::{AppExt, AppState, Journal};

/// Sent to every window when the lock changes (payload: [`LockStatus`]).
pub const LOCK_CHANGED: &str = "lock-changed";

const KDF_NEXT: &str = "interlude.kdf.json.next";
const MIN_PASSPHRASE_CHARS: usize = 8;

/// How the lock behaves; preferences, kept in the settings store.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct LockSettings {
    /// Lock the window after this many idle minutes; 0 = never.
    pub auto_lock_minutes: u32,
    /// Whether reminders raised while locked may show plan wording.
    pub notifications_show_text: bool,
}

impl Default for LockSettings {
    fn default() -> Self {
        Self {
            auto_lock_minutes: 10,
            notifications_show_text: false,
        }
    }
}

impl LockSettings {
    pub const AUTO_LOCK_CHOICES: [u32; 6] = [0, 5, 10, 15, 30, 60];

    pub fn validated(self) -> Result<Self> {
        if Self::AUTO_LOCK_CHOICES.contains(&self.auto_lock_minutes) {
            Ok(self)
        } else {
            Err(Error::invalid(
                "Auto-lock can be never, or after 5, 10, 15, 30 or 60 minutes.",
            ))
        }
    }
}

/// What the window needs to know about the lock: a flat answer for the
/// UI, so the flags stay side by side.
#[allow(clippy::struct_excessive_bools)]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct LockStatus {
    pub encrypted: bool,
    pub locked: bool,
    /// The copy from before the last change of encryption is still kept.
    pub previous_kept: bool,
    pub auto_lock_minutes: u32,
    pub notifications_show_text: bool,
}

/// The journal as the app finds it at start-up.
pub(crate) fn journal_at_start(dir: &Path, clock: Arc<dyn Clock>) -> Journal {
    if let Err(e) = encryption::recover_interrupted_change(dir) {
        return Journal::Failed(e);
    }
    match encryption::is_encrypted_journal(dir) {
        Ok(true) => Journal::Sealed,
        Ok(false) => match Db::open_in_dir(dir, clock) {
            Ok(db) => Journal::Open { db, key: None },
            Err(e) => Journal::Failed(e),
        },
        Err(e) => Journal::Failed(e),
    }
}

pub fn status<R: Runtime>(app: &AppHandle<R>) -> Result<LockStatus> {
    let state = app.interlude();
    let prefs = settings::lock(app)?;
    let (encrypted, sealed) = match &*state.journal() {
        Journal::Open { key, .. } => (key.is_some(), false),
        Journal::Sealed => (true, true),
        Journal::Failed(_) => (false, false),
    };
    Ok(LockStatus {
        encrypted,
        locked: sealed || (encrypted && state.window_locked()),
        previous_kept: state.data_dir.join(PREVIOUS_FILE).exists(),
        auto_lock_minutes: prefs.auto_lock_minutes,
        notifications_show_text: prefs.notifications_show_text,
    })
}

fn changed<R: Runtime>(app: &AppHandle<R>) -> Result<LockStatus> {
    let status = status(app)?;
    let _ = app.emit(LOCK_CHANGED, &status);
    crate::tray::refresh(app);
    Ok(status)
}

/// The key a passphrase gives with the settings in `file`, if that file
/// exists.
fn key_from(dir: &Path, file: &str, passphrase: &str) -> Result<Option<JournalKey>> {
    KdfParams::load_from(dir, file)?
        .map(|params| JournalKey::from_passphrase(passphrase, &params))
        .transpose()
}

/// Opens a sealed journal, or unlocks the window of an open one.
pub fn unlock<R: Runtime>(app: &AppHandle<R>, passphrase: &str) -> Result<LockStatus> {
    if passphrase.is_empty() {
        return Err(Error::invalid("Please type your passphrase."));
    }
    let state = app.interlude();
    let sealed = matches!(*state.journal(), Journal::Sealed);
    if sealed {
        open_sealed(state, passphrase)?;
    } else {
        // The key stretching takes a moment; the journal stays usable by
        // the reminders meanwhile.
        let candidate = key_from(&state.data_dir, KDF_FILE, passphrase)?;
        let right = match &*state.journal() {
            Journal::Open { key: Some(key), .. } => candidate.as_ref() == Some(key),
            Journal::Open { key: None, .. } => true,
            Journal::Sealed => false,
            Journal::Failed(e) => return Err(e.clone()),
        };
        if !right {
            return Err(Error::WrongKey);
        }
    }
    state.set_window_locked(false);
    changed(app)
}

fn open_sealed(state: &AppState, passphrase: &str) -> Result<()> {
    let dir = &state.data_dir;
    let mut tried_any = false;
    for file in [KDF_FILE, KDF_NEXT] {
        let Some(key) = key_from(dir, file, passphrase)? else {
            continue;
        };
        tried_any = true;
        match Db::open_in_dir_keyed(dir, Some(&key), Arc::clone(&state.clock)) {
            Ok(db) => {
                if file == KDF_NEXT {
                    // A change of passphrase that stopped just before its
                    // last step: the new settings are the ones in use.
                    std::fs::rename(dir.join(KDF_NEXT), dir.join(KDF_FILE))
                        .map_err(|e| Error::io("Couldn't finish the passphrase change", e))?;
                }
                let mut journal = state.journal();
                if matches!(*journal, Journal::Sealed) {
                    *journal = Journal::Open { db, key: Some(key) };
                }
                return Ok(());
            }
            Err(Error::WrongKey) => {}
            Err(e) => return Err(e),
        }
    }
    if tried_any {
        Err(Error::WrongKey)
    } else {
        Err(Error::Corrupt(format!("{KDF_FILE} is missing")))
    }
}

/// Locks the window (the journal stays open for reminders).
pub fn lock_now<R: Runtime>(app: &AppHandle<R>) -> Result<LockStatus> {
    let state = app.interlude();
    match &*state.journal() {
        Journal::Open { key: Some(_), .. } | Journal::Sealed => {}
        _ => {
            return Err(Error::invalid(
                "Set a passphrase first: without one there is nothing to lock with.",
            ))
        }
    }
    state.set_window_locked(true);
    changed(app)
}

/// Locks the window if the person has been away longer than they chose.
/// Called by the reminder thread on every wake-up (at least once a minute).
pub fn auto_lock_if_idle<R: Runtime>(app: &AppHandle<R>) {
    let state = app.interlude();
    if state.window_locked() {
        return;
    }
    let encrypted = matches!(&*state.journal(), Journal::Open { key: Some(_), .. });
    let minutes = settings::lock(app).map_or(0, |s| s.auto_lock_minutes);
    if encrypted && minutes > 0 && state.idle_for() >= Duration::from_secs(u64::from(minutes) * 60)
    {
        state.set_window_locked(true);
        let _ = changed(app);
    }
}

/// Protects a plain journal with a passphrase (`current` is `None`), or
/// changes the passphrase of an encrypted one.
pub fn set_passphrase<R: Runtime>(
    app: &AppHandle<R>,
    current: Option<&str>,
    passphrase: &str,
) -> Result<LockStatus> {
    if passphrase.chars().count() < MIN_PASSPHRASE_CHARS {
        return Err(Error::invalid(format!(
            "Please use at least {MIN_PASSPHRASE_CHARS} characters."
        )));
    }
    let state = app.interlude();
    let dir = state.data_dir.clone();
    let old_key = match (&*state.journal(), current) {
        (Journal::Open { key: None, .. }, _) => None,
        (Journal::Open { key: Some(key), .. }, Some(current)) => {
            if key_from(&dir, KDF_FILE, current)?.as_ref() != Some(key) {
                return Err(Error::WrongKey);
            }
            Some(key.clone())
        }
        (Journal::Open { key: Some(_), .. }, None) => {
            return Err(Error::invalid("Please type your current passphrase first."))
        }
        (Journal::Sealed, _) => return Err(Error::Locked),
        (Journal::Failed(e), _) => return Err(e.clone()),
    };
    let params = KdfParams::new()?;
    let new_key = JournalKey::from_passphrase(passphrase, &params)?;
    // The settings go to disk before the journal changes: a journal the
    // new key opens must never exist without them.
    let settings_file = if old_key.is_some() {
        KDF_NEXT
    } else {
        KDF_FILE
    };
    params.save_as(&dir, settings_file)?;

    let mut journal = state.journal();
    // Close the journal: the change works on the file.
    *journal = Journal::Sealed;
    let changed_file = encryption::change_encryption(
        &dir,
        old_key.as_ref(),
        Some(&new_key),
        Arc::clone(&state.clock),
    );
    match changed_file {
        Ok(_) => {
            if old_key.is_some() {
                std::fs::rename(dir.join(KDF_NEXT), dir.join(KDF_FILE))
                    .map_err(|e| Error::io("Couldn't finish the passphrase change", e))?;
            }
            let db = Db::open_in_dir_keyed(&dir, Some(&new_key), Arc::clone(&state.clock))?;
            *journal = Journal::Open {
                db,
                key: Some(new_key),
            };
        }
        Err(e) => {
            // Back to how it was: the old settings, the old key.
            let _ = std::fs::remove_file(dir.join(settings_file));
            *journal = match Db::open_in_dir_keyed(&dir, old_key.as_ref(), Arc::clone(&state.clock))
            {
                Ok(db) => Journal::Open { db, key: old_key },
                Err(reopen) => Journal::Failed(reopen),
            };
            return Err(e);
        }
    }
    drop(journal);
    state.set_window_locked(false);
    changed(app)
}

/// Deletes the copy kept from before the last change of encryption.
pub fn forget_previous<R: Runtime>(app: &AppHandle<R>) -> Result<LockStatus> {
    encryption::forget_previous(&app.interlude().data_dir)?;
    changed(app)
}
