//! Encryption and the app lock, as the running app does them: the
//! first-run choice, opening an encrypted journal with its passphrase or
//! the login's keychain, protecting a plain one, changing how the key is
//! kept, locking the window by hand or after idle minutes.
//!
//! The key settings live beside the journal in `interlude.kdf.json`:
//! Argon2id's parameters and salt for a passphrase, or the name of the
//! keychain entry that holds a random key for "unlock with my login". The
//! passphrase and the key itself are never written to disk by us. A change
//! writes the new settings as `interlude.kdf.json.next` first and promotes
//! them only after the journal has been re-encrypted, so a crash between
//! the two still leaves a journal one of the two opens (both are tried).
//! The settings that open the copy kept from before a change stay as
//! `interlude.kdf.json.previous` until the person removes that copy.

use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use interlude_core::storage::db::DB_FILE;
use interlude_core::storage::encryption::{self, PREVIOUS_FILE};
use interlude_core::storage::key::{
    JournalKey, KdfParams, KeptBy, KeySettings, LoginEntry, KDF_FILE,
};
use interlude_core::storage::keyfiles;
use interlude_core::{i18n, Clock, Db, Error, Result};
use serde::Serialize;
use tauri::{AppHandle, Emitter, Manager, Runtime};

use crate::settings::{self, LockSettings};
use crate::state::{AppExt, AppState, Journal};

pub use interlude_core::storage::keyfiles::KDF_PREVIOUS;
const MIN_PASSPHRASE_CHARS: usize = 8;

/// Where the journal stands, as the window sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum JournalState {
    /// No journal yet: the first run, waiting for the person's choice.
    New,
    /// Encrypted and not opened since the app started (as opposed to an
    /// open journal behind a locked window): only then may the window ask
    /// the login's keychain by itself, without a click.
    Sealed,
    /// Open, behind the locked window.
    Locked,
    /// Open and in reach.
    Open,
    /// It couldn't be opened; the damaged-journal band says why.
    Failed,
}

impl JournalState {
    /// Whether the journal is out of the window's reach until the person
    /// unlocks it (or, for a new one, makes it).
    pub fn is_closed(self) -> bool {
        matches!(self, Self::New | Self::Sealed | Self::Locked)
    }
}

/// What the window needs to know about the lock.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct LockStatus {
    pub state: JournalState,
    /// What keeps the key; `none` for a plain (or unreadable) journal.
    pub keeper: KeptBy,
    /// The lock's preferences, side by side with the state they shape.
    #[serde(flatten)]
    pub prefs: LockSettings,
    /// The copy from before the last change of encryption is still kept.
    pub previous_kept: bool,
    /// This computer's keychain answers, so "unlock with my login" works.
    pub login_available: bool,
    /// Why the keychain didn't open a login-kept journal, in a sentence.
    pub login_problem: Option<String>,
    /// What a change of key left to know (backups still under the old
    /// key), in a sentence; only in the answer to that change.
    pub notice: Option<String>,
    /// An open plain journal nobody chose to leave plain (an `interlude`
    /// command made it before the app ever ran): the window offers to
    /// protect it.
    pub plain_unchosen: bool,
}

/// How the person wants the key kept, from now on.
#[derive(Debug, Clone, Copy)]
pub enum Keeper<'a> {
    None,
    Passphrase(&'a str),
    Login,
}

/// The journal as the app finds it at start-up.
pub(crate) fn journal_at_start(dir: &Path, clock: Arc<dyn Clock>) -> Journal {
    interlude_core::storage::files::make_private(dir);
    keyfiles::settle(dir);
    if let Err(e) = encryption::recover_interrupted_change(dir) {
        return Journal::Failed(e);
    }
    if !dir.join(DB_FILE).exists() && !dir.join(KDF_FILE).exists() {
        return Journal::New;
    }
    match encryption::is_encrypted_journal(dir) {
        Ok(true) => Journal::Sealed { problem: None },
        Ok(false) => match Db::open_in_dir(dir, clock) {
            Ok(db) => Journal::Open { db, key: None },
            Err(e) => Journal::Failed(e),
        },
        Err(e) => Journal::Failed(e),
    }
}

/// The keepers written in the settings file and in a change's `.next` one.
fn keepers(dir: &Path) -> Vec<KeySettings> {
    keyfiles::keepers(dir)
}

pub fn status<R: Runtime>(app: &AppHandle<R>) -> Result<LockStatus> {
    let state = app.interlude();
    let prefs = settings::lock(app)?;
    let (journal_state, encrypted, problem) = match &*state.journal() {
        Journal::Open { key, .. } => {
            let locked = key.is_some() && state.window_locked();
            let shown = if locked {
                JournalState::Locked
            } else {
                JournalState::Open
            };
            (shown, key.is_some(), None)
        }
        Journal::Sealed { problem } => (
            JournalState::Sealed,
            true,
            problem.as_ref().map(Error::message),
        ),
        Journal::New => (JournalState::New, false, None),
        Journal::Failed(_) => (JournalState::Failed, false, None),
    };
    let keeper = if encrypted {
        let kept = keepers(&state.data_dir);
        let login = kept.iter().any(|k| matches!(k, KeySettings::Login(_)));
        let passphrase = kept.iter().any(|k| matches!(k, KeySettings::Passphrase(_)));
        // After a change cut off half way both may be written; while the
        // login hasn't failed it is tried first (by itself), then the
        // passphrase gets its chance.
        if login && (problem.is_none() || !passphrase) {
            KeptBy::Login
        } else {
            KeptBy::Passphrase
        }
    } else {
        KeptBy::None
    };
    Ok(LockStatus {
        state: journal_state,
        keeper,
        prefs,
        previous_kept: state.data_dir.join(PREVIOUS_FILE).exists(),
        login_available: keeper == KeptBy::Login || state.login_available(),
        login_problem: problem,
        notice: None,
        plain_unchosen: journal_state == JournalState::Open
            && !encrypted
            && !settings::plain_chosen(app),
    })
}

fn changed<R: Runtime>(app: &AppHandle<R>) -> Result<LockStatus> {
    let status = status(app)?;
    if !status.state.is_closed() && status.prefs.safety_plan_on_lock_screen {
        // Opened: bring the lock screen's copy up to date with whatever
        // came in while it was closed (an import, a restored backup).
        let _ = crate::plan_copy::refresh(app);
    }
    if !status.state.is_closed() {
        // A journal just opened may sync: the sync thread, which found it
        // sealed, looks for its folder again.
        if let Some(sync) = app.try_state::<crate::sync::SyncLoop>() {
            sync.rewatch();
        }
    }
    // The reminder timer counts auto-lock from here, and reads a journal it
    // may have found sealed.
    if let Some(scheduler) = app.try_state::<crate::scheduler::Scheduler>() {
        scheduler.wake();
    }
    let _ = app.emit(crate::events::LOCK_CHANGED, &status);
    Ok(status)
}

/// Opens a sealed journal with a passphrase (`Some`) or the login's
/// keychain (`None`), trying the settings file and then a change's `.next`
/// (core's `keyfiles::open_encrypted`, the path the CLI takes too).
fn open_sealed(state: &AppState, passphrase: Option<&str>) -> Result<()> {
    let dir = &state.data_dir;
    let mut tried_passphrase = false;
    let mut login_error = None;
    let mut other_keeper = None;
    let opened = keyfiles::open_encrypted(dir, Arc::clone(&state.clock), |settings| {
        match (settings, passphrase) {
            (KeySettings::Passphrase(params), Some(passphrase)) => {
                tried_passphrase = true;
                JournalKey::from_passphrase(passphrase, params).map(Some)
            }
            (KeySettings::Login(entry), None) => match state.keychain.get(&entry.account) {
                Ok(key) => Ok(Some(key)),
                Err(e) => {
                    login_error = Some(e);
                    Ok(None)
                }
            },
            (settings, _) => {
                other_keeper = Some(settings.keeper());
                Ok(None)
            }
        }
    });
    match opened {
        Ok((db, key)) => {
            let mut journal = state.journal();
            if matches!(*journal, Journal::Sealed { .. }) {
                *journal = Journal::Open { db, key: Some(key) };
            }
            return Ok(());
        }
        Err(Error::WrongKey) if passphrase.is_none() => {
            login_error = Some(interlude_cli::keychain::key_does_not_open());
        }
        Err(Error::WrongKey) => {}
        Err(Error::Corrupt(_)) if other_keeper.is_some() || login_error.is_some() => {}
        Err(e) => return Err(e),
    }
    if tried_passphrase {
        return Err(Error::WrongKey);
    }
    if let Some(e) = login_error {
        return Err(e);
    }
    Err(match other_keeper {
        Some(KeptBy::Login) => opens_with_login(),
        Some(_) => Error::invalid(i18n::text("error-desktop-type-your-passphrase", &[])),
        None => key_settings_missing(),
    })
}

/// A passphrase offered for a journal the login's keychain keeps.
fn opens_with_login() -> Error {
    Error::invalid(i18n::text("error-desktop-opens-with-login", &[]))
}

/// The journal is encrypted but the file saying how its key is kept is gone.
fn key_settings_missing() -> Error {
    Error::Corrupt(i18n::text(
        "error-desktop-key-settings-missing",
        &[("file", KDF_FILE.into())],
    ))
}

/// At start, a journal whose key the login keeps is opened without a word
/// from the person, so reminders come even if the window is never opened.
/// Runs off the start-up path (the keychain may take a moment, or ask).
pub fn open_with_login<R: Runtime>(app: &AppHandle<R>) {
    let state = app.interlude();
    // Asked here, once, so the window never waits on it.
    let _ = state.login_available();
    let sealed = matches!(*state.journal(), Journal::Sealed { .. });
    let login_kept = keepers(&state.data_dir)
        .iter()
        .any(|k| matches!(k, KeySettings::Login(_)));
    if sealed && login_kept {
        let _ = unlock_with_login(app);
    }
}

/// Opens a sealed journal, or unlocks the window of an open one, with a
/// passphrase.
pub fn unlock<R: Runtime>(app: &AppHandle<R>, passphrase: &str) -> Result<LockStatus> {
    if passphrase.is_empty() {
        return Err(Error::invalid(i18n::text(
            "error-desktop-type-your-passphrase",
            &[],
        )));
    }
    let state = app.interlude();
    let sealed = matches!(*state.journal(), Journal::Sealed { .. });
    if sealed {
        open_sealed(state, Some(passphrase))?;
    } else {
        // The key stretching takes a moment; the journal stays usable by
        // the reminders meanwhile.
        let candidate = match KeySettings::load(&state.data_dir)? {
            Some(KeySettings::Passphrase(params)) => {
                Some(JournalKey::from_passphrase(passphrase, &params)?)
            }
            Some(KeySettings::Login(_)) => return Err(opens_with_login()),
            None => None,
        };
        check_key(state, candidate.as_ref(), Error::WrongKey)?;
    }
    state.set_window_locked(false);
    changed(app)
}

/// Whether `candidate` is the open journal's key (`Failed` and `New`
/// answer with their own errors).
fn check_key(state: &AppState, candidate: Option<&JournalKey>, wrong: Error) -> Result<()> {
    let right = match &*state.journal() {
        Journal::Open { key: Some(key), .. } => candidate == Some(key),
        Journal::Open { key: None, .. } => true,
        Journal::Sealed { .. } => false,
        Journal::New => return Err(Error::Locked),
        Journal::Failed(e) => return Err(e.clone()),
    };
    if right {
        Ok(())
    } else {
        Err(wrong)
    }
}

/// Opens a sealed journal, or unlocks the window of an open one, with the
/// key the login's keychain keeps.
pub fn unlock_with_login<R: Runtime>(app: &AppHandle<R>) -> Result<LockStatus> {
    let state = app.interlude();
    let _one_at_a_time = state
        .login_attempt
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let sealed = matches!(*state.journal(), Journal::Sealed { .. });
    if sealed {
        if let Err(e) = open_sealed(state, None) {
            if let Journal::Sealed { problem } = &mut *state.journal() {
                *problem = Some(e.clone());
            }
            let _ = changed(app);
            return Err(e);
        }
    } else {
        let candidate = match KeySettings::load(&state.data_dir)? {
            Some(KeySettings::Login(entry)) => Some(state.keychain.get(&entry.account)?),
            Some(KeySettings::Passphrase(_)) => {
                return Err(Error::invalid(i18n::text(
                    "error-desktop-opens-with-passphrase",
                    &[],
                )))
            }
            None => None,
        };
        check_key(
            state,
            candidate.as_ref(),
            interlude_cli::keychain::key_does_not_open(),
        )?;
    }
    state.set_window_locked(false);
    changed(app)
}

/// The open login-kept journal's key as a recovery code, for the person to
/// write down: if the keychain is ever reset, it opens the journal (and its
/// backups, which share the key). Only at the unlocked window, only for a
/// key the login keeps (a passphrase's key is the passphrase's business).
pub fn recovery_key<R: Runtime>(app: &AppHandle<R>) -> Result<String> {
    let state = app.interlude();
    if state.window_locked() {
        return Err(Error::Locked);
    }
    let journal = state.journal();
    let Some(key) = journal.open_key()? else {
        return Err(Error::invalid(i18n::text(
            "error-desktop-no-recovery-key",
            &[],
        )));
    };
    match KeySettings::load(&state.data_dir)? {
        Some(KeySettings::Login(_)) => Ok(key.to_recovery_code()),
        _ => Err(Error::invalid(i18n::text(
            "error-desktop-recovery-key-for-login",
            &[],
        ))),
    }
}

/// Opens a sealed login-kept journal with its recovery code, and gives the
/// key back to the keychain so the next start opens by itself again. If
/// the keychain still can't keep it, the journal opens anyway and the
/// status says the code will be needed next time.
pub fn unlock_with_recovery_key<R: Runtime>(app: &AppHandle<R>, code: &str) -> Result<LockStatus> {
    let key = JournalKey::from_recovery_code(code)?;
    let state = app.interlude();
    let _one_at_a_time = state
        .login_attempt
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    if !matches!(*state.journal(), Journal::Sealed { .. }) {
        return Err(Error::invalid(i18n::text(
            "error-desktop-recovery-key-open-already",
            &[],
        )));
    }
    let Some(KeySettings::Login(entry)) = KeySettings::load(&state.data_dir)? else {
        return Err(Error::invalid(i18n::text(
            "error-desktop-recovery-key-passphrase",
            &[],
        )));
    };
    let db = match Db::open_in_dir_keyed(&state.data_dir, Some(&key), Arc::clone(&state.clock)) {
        Ok(db) => db,
        Err(Error::WrongKey) => {
            return Err(Error::Invalid(i18n::text(
                "error-desktop-recovery-key-wrong",
                &[],
            )))
        }
        Err(e) => return Err(e),
    };
    let kept_again = state.keychain.set(&entry.account, &key);
    {
        let mut journal = state.journal();
        *journal = Journal::Open { db, key: Some(key) };
    }
    state.set_window_locked(false);
    let mut status = changed(app)?;
    if let Err(e) = kept_again {
        let detail = e.message();
        status.login_problem = Some(i18n::text(
            "error-desktop-keychain-not-kept",
            &[("detail", detail.as_str().into())],
        ));
    }
    Ok(status)
}

/// Locks the window (the journal stays open for reminders).
pub fn lock_now<R: Runtime>(app: &AppHandle<R>) -> Result<LockStatus> {
    let state = app.interlude();
    match &*state.journal() {
        Journal::Open { key: Some(_), .. } | Journal::Sealed { .. } => {}
        _ => {
            return Err(Error::invalid(i18n::text(
                "error-desktop-nothing-to-lock-with",
                &[],
            )))
        }
    }
    state.set_window_locked(true);
    changed(app)
}

/// Locks the window if the person has been away longer than they chose.
/// Called by the reminder thread on every wake-up, which it times to the
/// moment auto-lock is due ([`auto_lock_in`]).
pub fn auto_lock_if_idle<R: Runtime>(app: &AppHandle<R>) {
    if auto_lock_in(app) == Some(Duration::ZERO) {
        app.interlude().set_window_locked(true);
        let _ = changed(app);
    }
}

/// How long until auto-lock covers the window if nobody touches it: `None`
/// when it won't (already covered, a journal without a key, auto-lock
/// off), zero when it is time.
pub fn auto_lock_in<R: Runtime>(app: &AppHandle<R>) -> Option<Duration> {
    let state = app.interlude();
    if state.window_locked() {
        return None;
    }
    let encrypted = matches!(&*state.journal(), Journal::Open { key: Some(_), .. });
    let minutes = settings::lock(app).map_or(0, |s| s.auto_lock_minutes);
    if !encrypted || minutes == 0 {
        return None;
    }
    Some(Duration::from_secs(u64::from(minutes) * 60).saturating_sub(state.idle_for()))
}

/// The settings and key for a new way of keeping it; for the login, the
/// key is already in the keychain when this returns.
fn new_key(state: &AppState, keeper: Keeper<'_>) -> Result<Option<(KeySettings, JournalKey)>> {
    match keeper {
        Keeper::None => Ok(None),
        Keeper::Passphrase(passphrase) => {
            if passphrase.chars().count() < MIN_PASSPHRASE_CHARS {
                return Err(Error::invalid(i18n::text(
                    "error-desktop-passphrase-too-short",
                    &[("min", MIN_PASSPHRASE_CHARS.into())],
                )));
            }
            let params = KdfParams::new()?;
            let key = JournalKey::from_passphrase(passphrase, &params)?;
            Ok(Some((KeySettings::Passphrase(params), key)))
        }
        Keeper::Login => {
            let entry = LoginEntry::new()?;
            let key = JournalKey::random()?;
            if let Err(e) = state.keychain.set(&entry.account, &key) {
                state.set_login_available(false);
                return Err(e);
            }
            state.set_login_available(true);
            Ok(Some((KeySettings::Login(entry), key)))
        }
    }
}

/// Forgets a login key that never came to be used (a change that failed).
fn forget_unused(state: &AppState, settings: &KeySettings) {
    if let KeySettings::Login(entry) = settings {
        let _ = state.keychain.delete(&entry.account);
    }
}

/// The first run: makes the journal, kept the way the person chose.
pub fn create_journal<R: Runtime>(app: &AppHandle<R>, keeper: Keeper<'_>) -> Result<LockStatus> {
    let state = app.interlude();
    let dir = state.data_dir.clone();
    let mut journal = state.journal();
    if !matches!(*journal, Journal::New) {
        return Err(Error::invalid(i18n::text(
            "error-desktop-already-set-up",
            &[],
        )));
    }
    let made = new_key(state, keeper)?;
    if made.is_none() {
        settings::set_plain_chosen(app)?;
    }
    let opened = match &made {
        None => Db::open_in_dir(&dir, Arc::clone(&state.clock)),
        Some((settings, key)) => settings
            .save_as(&dir, KDF_FILE)
            .and_then(|()| Db::open_in_dir_keyed(&dir, Some(key), Arc::clone(&state.clock))),
    };
    match opened {
        Ok(db) => {
            *journal = Journal::Open {
                db,
                key: made.map(|(_, key)| key),
            };
        }
        Err(e) => {
            if let Some((settings, _)) = &made {
                let _ = std::fs::remove_file(dir.join(KDF_FILE));
                forget_unused(state, settings);
            }
            return Err(e);
        }
    }
    drop(journal);
    state.set_window_locked(false);
    changed(app)
}

/// Protects a plain journal with a passphrase (`current` is `None`), or
/// changes the passphrase of an encrypted one (`current` is needed when a
/// passphrase keeps it; a login-kept one is unlocked already).
pub fn set_passphrase<R: Runtime>(
    app: &AppHandle<R>,
    current: Option<&str>,
    passphrase: &str,
) -> Result<LockStatus> {
    change_keeper(app, current, Keeper::Passphrase(passphrase))
}

/// Moves the journal to a random key the login's keychain keeps.
pub fn use_login<R: Runtime>(app: &AppHandle<R>, current: Option<&str>) -> Result<LockStatus> {
    change_keeper(app, current, Keeper::Login)
}

/// The journal's current key, once the person has shown they may change it
/// (`None` for a journal that has none).
fn proven_old_key(
    dir: &Path,
    key: Option<&JournalKey>,
    current: Option<&str>,
    keeper: &Keeper<'_>,
) -> Result<Option<JournalKey>> {
    let Some(key) = key else {
        return Ok(None);
    };
    match KeySettings::load(dir)? {
        Some(KeySettings::Passphrase(params)) => {
            let Some(current) = current else {
                return Err(Error::invalid(i18n::text(
                    "error-desktop-type-current-passphrase",
                    &[],
                )));
            };
            if JournalKey::from_passphrase(current, &params)? != *key {
                return Err(Error::WrongKey);
            }
        }
        Some(KeySettings::Login(_)) if matches!(keeper, Keeper::Login) => {
            return Err(Error::invalid(i18n::text(
                "error-desktop-already-login",
                &[],
            )))
        }
        Some(KeySettings::Login(_)) => {}
        None => return Err(key_settings_missing()),
    }
    Ok(Some(key.clone()))
}

/// Re-encrypts the journal for a new way of keeping its key. The person
/// proves they may: by the current passphrase, or (for a plain or
/// login-kept journal) by being at the unlocked window.
fn change_keeper<R: Runtime>(
    app: &AppHandle<R>,
    current: Option<&str>,
    keeper: Keeper<'_>,
) -> Result<LockStatus> {
    let state = app.interlude();
    if state.window_locked() {
        return Err(Error::Locked);
    }
    let dir = state.data_dir.clone();
    // Held from the first look at the key to the end of the change: two
    // changes at once must not both start from the same old key.
    let mut journal = state.journal();
    let old_key = proven_old_key(&dir, journal.open_key()?, current, &keeper)?;
    if dir.join(PREVIOUS_FILE).exists() {
        return Err(Error::invalid(i18n::text(
            "error-desktop-previous-copy-kept",
            &[],
        )));
    }
    let Some((settings, new_key)) = new_key(state, keeper)? else {
        return Err(Error::invalid(i18n::text(
            "error-desktop-choose-keeper",
            &[],
        )));
    };
    // Close the journal: the change works on the file.
    *journal = Journal::Sealed { problem: None };
    let change = keyfiles::change_key(
        &dir,
        old_key.as_ref(),
        &settings,
        &new_key,
        Arc::clone(&state.clock),
        &mut |_| Ok(()),
    );
    let notice = match change {
        Ok(change) if !change.settings_current && keyfiles::promote_next(&dir).is_err() => {
            // Under the new key, but its settings couldn't be made current:
            // the journal is closed, so that the next unlock goes the way
            // that tries `.next` (and finishes the change), never one that
            // reads stale settings.
            *journal = Journal::Sealed {
                problem: Some(Error::Storage(i18n::text(
                    "error-desktop-key-change-unfinished",
                    &[],
                ))),
            };
            drop(journal);
            return changed(app);
        }
        Ok(change) => {
            // The journal in place is under the new key now; whatever
            // happens next, its settings stay (`keyfiles`).
            *journal = match Db::open_in_dir_keyed(&dir, Some(&new_key), Arc::clone(&state.clock)) {
                Ok(db) => {
                    // A plain copy kept after protecting a journal would
                    // leave every word readable: once the encrypted journal
                    // has opened and passed its check, it goes. (An old
                    // encrypted copy stays until the person removes it.)
                    if old_key.is_none() && db.doctor().is_ok_and(|d| d.is_healthy()) {
                        let _ = encryption::forget_previous(&dir);
                    }
                    // Older backups stayed under the old key: one under the
                    // new key now, so there is always one that opens.
                    if !change.backups_not_moved.is_empty() {
                        let _ = db.backup(interlude_core::storage::backup::Reason::Manual);
                    }
                    Journal::Open {
                        db,
                        key: Some(new_key),
                    }
                }
                Err(e) => Journal::Sealed { problem: Some(e) },
            };
            change.notice()
        }
        Err(e) => {
            // Nothing changed on disk: the old key, as it was. (Never open
            // where the journal file isn't: that would make an empty one
            // while the real journal waits to be put back at the next start.)
            forget_unused(state, &settings);
            *journal = if dir.join(DB_FILE).exists() {
                match Db::open_in_dir_keyed(&dir, old_key.as_ref(), Arc::clone(&state.clock)) {
                    Ok(db) => Journal::Open { db, key: old_key },
                    Err(reopen) => Journal::Failed(reopen),
                }
            } else {
                Journal::Failed(e.clone())
            };
            return Err(e);
        }
    };
    drop(journal);
    state.set_window_locked(false);
    let mut status = changed(app)?;
    status.notice = notice;
    Ok(status)
}

/// Deletes the copy kept from before the last change of encryption, and
/// the key that opened it when the login's keychain held that one.
pub fn forget_previous<R: Runtime>(app: &AppHandle<R>) -> Result<LockStatus> {
    let state = app.interlude();
    let dir = &state.data_dir;
    // Only with the journal open, and held: never while a change is between
    // its renames (the old copy may then be the only journal), nor for a
    // journal that didn't open.
    let journal = state.journal();
    if !matches!(*journal, Journal::Open { .. }) {
        return Err(Error::invalid(i18n::text(
            "error-desktop-old-copy-needs-open",
            &[],
        )));
    }
    encryption::forget_previous(dir)?;
    if let Ok(Some(KeySettings::Login(old))) = KeySettings::load_from(dir, KDF_PREVIOUS) {
        let in_use = matches!(
            KeySettings::load(dir),
            Ok(Some(KeySettings::Login(ref now))) if now.account == old.account
        );
        if !in_use {
            // If the keychain doesn't answer now, the old key stays there:
            // harmless, it opens nothing any more.
            let _ = state.keychain.delete(&old.account);
        }
    }
    let _ = std::fs::remove_file(dir.join(KDF_PREVIOUS));
    drop(journal);
    changed(app)
}
