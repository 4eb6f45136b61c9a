//! What the running app holds: the journal (open, sealed or failed), its
//! key while it is open, and whether the window is locked.
//!
//! State enters through `app.manage` once, at start-up, and is read through
//! the [`AppExt`] extension trait (`app.interlude()`), never through a
//! global. If the journal could not be opened (a newer version wrote it,
//! the file is damaged), the app still starts and every request answers
//! with that one error, so the window can explain it in plain words instead
//! of vanishing.
//!
//! Two kinds of "locked", kept apart on purpose:
//! - *sealed*: the journal is encrypted and nobody has given its passphrase
//!   (or the keychain its key) since the app started. Nothing can read it,
//!   reminders included. A journal not made yet (the first run, waiting for
//!   the person to choose how it is kept private) is closed the same way.
//! - *window locked*: the journal is open (the key is in memory, so
//!   reminders keep working) but the window shows the lock screen and every
//!   request from it is refused until the passphrase is typed again.

use chrono::{DateTime, FixedOffset};
use std::ops::{Deref, DerefMut};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use interlude_core::storage::key::JournalKey;

use interlude_cli::keychain::{Keychain, OsKeychain};
use interlude_core::{Clock, Db, Error, Result};
use tauri::{Manager, Runtime};

/// Where the journal stands.
#[derive(Debug)]
pub(crate) enum Journal {
    /// Open; `key` is set when it is encrypted.
    Open { db: Db, key: Option<JournalKey> },
    /// Encrypted, and not unlocked since the app started. `problem` is why
    /// the login keychain couldn't open it, when it tried.
    Sealed { problem: Option<Error> },
    /// No journal yet: the first run, until the person chooses how to keep
    /// it private.
    New,
    /// It couldn't be opened; every request answers with this.
    Failed(Error),
}

impl Journal {
    /// The open journal's key (`None` for a plain one), or why there is no
    /// open journal to use: `Locked` while it waits for its key or for the
    /// first-run choice, and the error that stopped it opening otherwise.
    pub(crate) fn open_key(&self) -> Result<Option<&JournalKey>> {
        match self {
            Journal::Open { key, .. } => Ok(key.as_ref()),
            Journal::Sealed { .. } | Journal::New => Err(Error::Locked),
            Journal::Failed(e) => Err(e.clone()),
        }
    }
}

pub struct AppState {
    journal: Mutex<Journal>,
    window_locked: AtomicBool,
    /// On the app's clock, so idle minutes pass with it (the e2e suite's
    /// clock moves; so does a laptop's across a suspend).
    last_activity: Mutex<DateTime<FixedOffset>>,
    pub(crate) clock: Arc<dyn Clock>,
    pub(crate) keychain: Arc<dyn Keychain>,
    /// Whether the keychain answered, once asked (asking may start its
    /// daemon, so it is asked once, off the start-up path when it can be).
    login_available: Mutex<Option<bool>>,
    /// One keychain request at a time: the start-up opening and the
    /// window's own try arrive together, and a locked keychain would
    /// otherwise ask for the login password twice.
    pub(crate) login_attempt: Mutex<()>,
    pub data_dir: PathBuf,
}

impl std::fmt::Debug for AppState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AppState")
            .field("data_dir", &self.data_dir)
            .field("window_locked", &self.window_locked)
            .finish_non_exhaustive()
    }
}

/// The open journal, held for one request.
pub struct DbGuard<'a>(MutexGuard<'a, Journal>);

impl std::fmt::Debug for DbGuard<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("DbGuard")
    }
}

impl Deref for DbGuard<'_> {
    type Target = Db;
    fn deref(&self) -> &Db {
        match &*self.0 {
            Journal::Open { db, .. } => db,
            // Cannot happen: the field is private, so a guard is only made
            // by `db_in_background`, which checked the journal is open; and
            // it holds the mutex, so nothing (unlock, re-key, restore, all
            // of which take the same mutex) can change the journal under it.
            Journal::Sealed { .. } | Journal::New | Journal::Failed(_) => {
                unreachable!("DbGuard of a closed journal")
            }
        }
    }
}

impl DerefMut for DbGuard<'_> {
    fn deref_mut(&mut self) -> &mut Db {
        match &mut *self.0 {
            Journal::Open { db, .. } => db,
            // Cannot happen, as in `deref` above.
            Journal::Sealed { .. } | Journal::New | Journal::Failed(_) => {
                unreachable!("DbGuard of a closed journal")
            }
        }
    }
}

impl AppState {
    /// The state for a journal that was opened (or failed to open).
    pub fn new(db: Result<Db>, data_dir: PathBuf) -> Self {
        let journal = match db {
            Ok(db) => Journal::Open { db, key: None },
            Err(e) => Journal::Failed(e),
        };
        Self::with(
            journal,
            Arc::new(interlude_core::SystemClock),
            Arc::new(OsKeychain),
            data_dir,
        )
    }

    /// The state at start-up for the journal in `data_dir`: an encrypted
    /// journal starts sealed (the window asks for its passphrase; a key the
    /// login keeps is fetched by [`crate::lock::open_with_login`] right
    /// after), a folder without one waits for the first-run choice, any
    /// other is opened as before. A change of encryption cut off half way
    /// is put back first.
    pub fn starting(data_dir: PathBuf, clock: Arc<dyn Clock>) -> Self {
        Self::starting_with_keychain(data_dir, clock, Arc::new(OsKeychain))
    }

    /// [`AppState::starting`] with another keychain (tests use one in memory).
    pub fn starting_with_keychain(
        data_dir: PathBuf,
        clock: Arc<dyn Clock>,
        keychain: Arc<dyn Keychain>,
    ) -> Self {
        let journal = crate::lock::journal_at_start(&data_dir, Arc::clone(&clock));
        if let Journal::Failed(e) = &journal {
            eprintln!("interlude: {e}");
        }
        Self::with(journal, clock, keychain, data_dir)
    }

    fn with(
        journal: Journal,
        clock: Arc<dyn Clock>,
        keychain: Arc<dyn Keychain>,
        data_dir: PathBuf,
    ) -> Self {
        Self {
            journal: Mutex::new(journal),
            window_locked: AtomicBool::new(false),
            last_activity: Mutex::new(clock.now()),
            clock,
            keychain,
            login_available: Mutex::new(None),
            login_attempt: Mutex::new(()),
            data_dir,
        }
    }

    /// Whether this computer's keychain answers (asked once, then kept;
    /// a keychain that failed to keep a key since is taken at its word).
    pub fn login_available(&self) -> bool {
        let known = *self
            .login_available
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        known.unwrap_or_else(|| {
            let answer = self.keychain.available();
            self.set_login_available(answer);
            answer
        })
    }

    pub(crate) fn set_login_available(&self, answer: bool) {
        *self
            .login_available
            .lock()
            .unwrap_or_else(PoisonError::into_inner) = Some(answer);
    }

    /// "Now" on the app's one clock (the e2e suite's clock moves it), for
    /// everything the shell times: pauses, snoozes, the tray's tooltip.
    pub fn now(&self) -> chrono::DateTime<chrono::Utc> {
        self.clock.now().with_timezone(&chrono::Utc)
    }

    /// The journal, for a request from a window: refused while locked.
    pub fn db(&self) -> Result<DbGuard<'_>> {
        if self.window_locked.load(Ordering::SeqCst) {
            return Err(Error::Locked);
        }
        self.db_in_background()
    }

    /// The journal for the app's own work (reminders, a notification's
    /// Done button): it goes on while the window is locked, never while the
    /// journal is sealed.
    pub fn db_in_background(&self) -> Result<DbGuard<'_>> {
        let guard = self.journal();
        guard.open_key()?;
        Ok(DbGuard(guard))
    }

    /// Restores the backup `name`: into the open journal (after backing up
    /// what is there), or, for a journal that couldn't be opened, in place
    /// of the damaged file, which is set aside and kept.
    pub fn restore(
        &self,
        name: &str,
    ) -> Result<Option<interlude_core::storage::backup::BackupInfo>> {
        if self.window_locked() {
            return Err(Error::Locked);
        }
        let mut journal = self.journal();
        match &mut *journal {
            Journal::Open { db, .. } => db.restore_backup(name).map(Some),
            Journal::Sealed { .. } | Journal::New => Err(Error::Locked),
            Journal::Failed(_) => {
                interlude_core::storage::backup::recover_from_backup(
                    &self.data_dir,
                    name,
                    None,
                    self.now(),
                )?;
                let db = Db::open_in_dir(&self.data_dir, Arc::clone(&self.clock))?;
                *journal = Journal::Open { db, key: None };
                Ok(None)
            }
        }
    }

    /// The whole journal slot, for opening, sealing and re-keying it.
    pub(crate) fn journal(&self) -> MutexGuard<'_, Journal> {
        // A panic while holding the lock can't leave SQLite half-written
        // (every write is a transaction), so a poisoned lock is safe to use.
        self.journal.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The first run: no journal until the person chooses how to keep it.
    pub fn journal_is_new(&self) -> bool {
        matches!(*self.journal(), Journal::New)
    }

    /// The first run, asked without waiting (the lock guard's question, on
    /// the main thread): a journal busy with a long operation exists.
    pub fn at_first_run(&self) -> bool {
        !self.window_locked() && self.peek_journal(|j| matches!(j, Journal::New)) == Some(true)
    }

    /// `look` at the journal if it is free this instant; `None` while a
    /// long operation holds it. (A poisoned lock is safe to read, as in
    /// `journal()`.)
    fn peek_journal<T>(&self, look: impl FnOnce(&Journal) -> T) -> Option<T> {
        match self.journal.try_lock() {
            Ok(journal) => Some(look(&journal)),
            Err(std::sync::TryLockError::Poisoned(journal)) => Some(look(&journal.into_inner())),
            Err(std::sync::TryLockError::WouldBlock) => None,
        }
    }

    /// Whether the window must show the lock screen: the journal is sealed
    /// or not made yet, or its window is locked.
    ///
    /// Asked on the main thread for every request (the lock guard), so it
    /// never waits for the journal: while a long operation holds it (a key
    /// change, a backup, an import), the window's own lock decides, and the
    /// command's own `db()` still refuses a sealed journal off that thread.
    pub fn is_locked(&self) -> bool {
        if self.window_locked() {
            return true;
        }
        self.peek_journal(|j| matches!(j, Journal::Sealed { .. } | Journal::New))
            .unwrap_or(false)
    }

    pub fn window_locked(&self) -> bool {
        self.window_locked.load(Ordering::SeqCst)
    }

    pub(crate) fn set_window_locked(&self, locked: bool) {
        self.window_locked.store(locked, Ordering::SeqCst);
        if !locked {
            self.touch();
        }
    }

    /// The person did something in a window (auto-lock counts from here).
    pub fn touch(&self) {
        *self
            .last_activity
            .lock()
            .unwrap_or_else(PoisonError::into_inner) = self.clock.now();
    }

    /// Moves the last activity `by` into the past: lets tests see the
    /// auto-lock without waiting for it.
    #[doc(hidden)]
    pub fn backdate_activity(&self, by: std::time::Duration) {
        let mut last = self
            .last_activity
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        if let Ok(by) = chrono::Duration::from_std(by) {
            *last -= by;
        }
    }

    pub fn idle_for(&self) -> std::time::Duration {
        let last = *self
            .last_activity
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        // A clock set back reads as no idle time, never a negative one.
        (self.clock.now() - last).to_std().unwrap_or_default()
    }
}

/// `app.interlude()` from anything that can reach the app.
pub trait AppExt<R: Runtime> {
    fn interlude(&self) -> &AppState;
}

impl<R: Runtime, M: Manager<R>> AppExt<R> for M {
    fn interlude(&self) -> &AppState {
        self.state::<AppState>().inner()
    }
}
