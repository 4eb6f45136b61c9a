//! What the running app holds: the open journal and where it lives.
//!
//! State enters through `app.manage` once, at start-up, and is read through
//! the [`AppExt`] extension trait (`app.db()`), never through a global. If
//! the journal could not be opened (a newer version wrote it, the file is
//! damaged), the app still starts and every request answers with that one
//! error, so the window can explain it in plain words instead of vanishing.

use std::path::PathBuf;
use std::sync::{Mutex, MutexGuard, PoisonError};

use interlude_core::{Db, Error, Result};
use tauri::{Manager, Runtime};

#[derive(Debug)]
pub struct AppState {
    db: std::result::Result<Mutex<Db>, Error>,
    pub data_dir: PathBuf,
}

impl AppState {
    pub fn new(db: Result<Db>, data_dir: PathBuf) -> Self {
        Self {
            db: db.map(Mutex::new),
            data_dir,
        }
    }

    /// The journal, locked for this request.
    pub fn db(&self) -> Result<MutexGuard<'_, Db>> {
        match &self.db {
            // A panic while holding the lock can't leave SQLite half-written
            // (every write is a transaction), so a poisoned lock is safe to use.
            Ok(db) => Ok(db.lock().unwrap_or_else(PoisonError::into_inner)),
            Err(e) => Err(e.clone()),
        }
    }
}

/// `app.state_ref()` from anything that can reach the app.
pub trait AppExt<R: Runtime> {
    fn interlude(&self) -> &AppState;
}

impl<R: Runtime, M: Manager<R>> AppExt<R> for M {
    fn interlude(&self) -> &AppState {
        self.state::<AppState>().inner()
    }
}
