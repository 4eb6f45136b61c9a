//! The IPC surface: thin adapters from the UI to core, one file per area
//! (reflections, the journal, practice, therapy, reminders, the lock,
//! backups, imports, crisis help, and the app itself).
//!
//! Each command is one to three lines: read the state, call core, and (for
//! writes) tell every window that the journal changed. Logic lives in
//! `interlude-core`; window handling in `windows.rs`; preferences in
//! `settings.rs`. Every argument is an [`Arg`](crate::args::Arg), so
//! malformed input comes back as the same typed `{ kind, message }` as
//! every other error.
//!
//! Journal commands are `async` so that SQLite's fsync never blocks the main
//! (UI) thread.

pub mod activation;
pub mod app;
pub mod backup;
pub mod crisis;
pub mod experiment;
pub mod homework;
pub mod import;
pub mod journal;
pub mod lock;
pub mod practice;
pub mod reflection;
pub mod reminders;
pub mod sync;
pub mod therapy;

use interlude_core::Result;
use tauri::{AppHandle, Emitter, Manager, Runtime};

use crate::events::JOURNAL_CHANGED;

/// Passes a write's result through, announcing success to all windows.
pub(crate) fn announce<R: Runtime, T>(app: &AppHandle<R>, result: Result<T>) -> Result<T> {
    if result.is_ok() {
        journal_changed(app);
    }
    result
}

/// What follows any change to the journal, made here or by another process
/// (`journal_watch`): the windows, sync and the reminder timer hear of it.
pub(crate) fn journal_changed<R: Runtime>(app: &AppHandle<R>) {
    // A window that misses the event only shows stale data until its next
    // refresh; the write itself is already safe.
    let _ = app.emit(JOURNAL_CHANGED, ());
    // A journal that syncs sends the change a moment later.
    if let Some(sync) = app.try_state::<crate::sync::SyncLoop>() {
        sync.poke();
    }
    // A new plan, session or experiment may be due before the moment the
    // reminder timer sleeps until.
    if let Some(scheduler) = app.try_state::<crate::scheduler::Scheduler>() {
        scheduler.wake();
    }
}
