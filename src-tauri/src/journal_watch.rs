//! Changes another process makes to the journal while the app runs: an
//! `interlude` command in a terminal (a note, a plan, an import). The
//! windows redraw, the reminder timer looks again and sync sends the
//! change, exactly as after the app's own saves.
//!
//! Why it is needed: the app learns of its own saves from the command that
//! made them (`commands::announce`). Nothing told it of a terminal's, so a
//! plan added there had its first reminder noticed only when the reminder
//! timer next woke by itself (up to ten minutes), and an open window showed
//! the new note only after moving to another page.
//!
//! How: the data folder is watched (`notify`: inotify, `FSEvents` or
//! `ReadDirectoryChangesW`) for writes to the journal's files. Every commit
//! shows up there, the app's own too, so after a burst settles the thread
//! asks the app's connection for `PRAGMA data_version`, which moves only
//! when *another* connection committed. An idle app writes nothing, so the
//! watch costs no wake-ups.

use std::ffi::OsStr;
use std::sync::mpsc::{channel, Sender};
use std::time::Duration;

use notify::{RecommendedWatcher, RecursiveMode, Watcher};
use tauri::{AppHandle, Runtime};

use crate::state::AppExt;

/// How long a burst of file events is gathered before one look: a commit
/// writes the WAL in several steps.
const SETTLE: Duration = Duration::from_millis(300);

/// Starts the watch (the desktop app, and tests that ask for it). Without a
/// watcher (the system refused one), the app's own timer still catches up
/// within ten minutes, as before.
pub fn start<R: Runtime>(app: &AppHandle<R>) {
    let (tx, rx) = channel::<()>();
    let Some(watcher) = watch(&app.interlude().data_dir, tx) else {
        return;
    };
    let app = app.clone();
    let spawned = std::thread::Builder::new()
        .name("interlude-journal-watch".into())
        .spawn(move || {
            // Kept alive as long as the thread: dropping it ends the watch.
            let _watcher = watcher;
            let mut seen = data_version(&app);
            while rx.recv().is_ok() {
                while rx.recv_timeout(SETTLE).is_ok() {}
                let now = data_version(&app);
                // A sealed journal answers nothing. The first answer after
                // one (the journal was opened meanwhile) has nothing to be
                // compared with, and is announced: one redraw too many at
                // worst, never a change missed.
                if now.is_some() && now != seen {
                    changed_elsewhere(&app);
                    seen = now;
                }
            }
        });
    if let Err(e) = spawned {
        eprintln!("interlude: the journal watch couldn't start: {e}");
    }
}

/// What another process's commit asks of the running app: what a save
/// here asks, and the lock screen's copy of the safety plan (an import may
/// bring a plan).
fn changed_elsewhere<R: Runtime>(app: &AppHandle<R>) {
    crate::commands::journal_changed(app);
    let _ = crate::plan_copy::refresh(app);
}

fn data_version<R: Runtime>(app: &AppHandle<R>) -> Option<i64> {
    let db = app.interlude().db_in_background().ok()?;
    db.data_version().ok()
}

fn watch(dir: &std::path::Path, tx: Sender<()>) -> Option<RecommendedWatcher> {
    let mut watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
        let Ok(event) = event else { return };
        if !(event.kind.is_create() || event.kind.is_modify()) {
            return;
        }
        // `interlude.db` and its `-wal`; not backups, settings or sync files.
        let journal = event.paths.iter().any(|p| {
            p.file_name()
                .and_then(OsStr::to_str)
                .is_some_and(|name| name.starts_with(interlude_core::DB_FILE))
        });
        if journal {
            let _ = tx.send(());
        }
    })
    .ok()?;
    // At the first run the folder comes with the journal, after the person
    // chooses how to keep it; made now (owner only, as it would be), the
    // watch is in place for it.
    interlude_core::storage::db::create_private_dir(dir).ok()?;
    watcher.watch(dir, RecursiveMode::NonRecursive).ok()?;
    Some(watcher)
}
