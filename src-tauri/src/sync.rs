//! Sync while the app runs: a thread that merges within about a second of
//! a file arriving in the sync folder, and sends a change made here a
//! couple of seconds after it was saved.
//!
//! It sleeps on a channel: the folder watcher (`notify`: inotify, `FSEvents`
//! or `ReadDirectoryChangesW`) and every saved change wake it, nothing else,
//! so an idle Interlude costs no wake-ups for sync. Bursts are gathered
//! (a sync engine writes a file in several steps) before one sync runs.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{channel, RecvTimeoutError, Sender};
use std::sync::Mutex;
use std::time::Duration;

use notify::{RecommendedWatcher, RecursiveMode, Watcher};
use tauri::{AppHandle, Emitter, Manager, Runtime};

use crate::events::{JOURNAL_CHANGED, SYNC_CHANGED};
use crate::scheduler::Scheduler;
use crate::state::AppExt;

/// How long a burst of file events or saves is gathered before syncing.
const SETTLE: Duration = Duration::from_millis(700);

enum Wake {
    /// Something happened in the folder or the journal.
    Poke,
    /// Sync was started, joined or stopped: watch again.
    Rewatch,
}

/// The sync thread's doorbell, kept in the app's state.
#[derive(Default)]
pub struct SyncLoop(Mutex<Option<Sender<Wake>>>);

impl std::fmt::Debug for SyncLoop {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SyncLoop")
    }
}

impl SyncLoop {
    /// A change was saved here: send it soon.
    pub fn poke(&self) {
        self.send(Wake::Poke);
    }
    /// The folder changed (sync started, joined, stopped).
    pub fn rewatch(&self) {
        self.send(Wake::Rewatch);
    }
    fn send(&self, wake: Wake) {
        if let Some(tx) = self
            .0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .as_ref()
        {
            let _ = tx.send(wake);
        }
    }
}

/// Starts the sync thread (the desktop app only, never the mock app).
pub fn start<R: Runtime>(app: &AppHandle<R>) {
    let (tx, rx) = channel::<Wake>();
    *app.state::<SyncLoop>()
        .0
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner) = Some(tx.clone());
    let app = app.clone();
    let spawned = std::thread::Builder::new()
        .name("interlude-sync".into())
        .spawn(move || {
            let mut watcher: Option<(PathBuf, RecommendedWatcher)> = None;
            loop {
                let folder = current_folder(&app);
                if watcher.as_ref().map(|w| &w.0) != folder.as_ref() {
                    watcher = folder.as_deref().and_then(|f| watch(f, tx.clone()));
                }
                // At start, and after every wake: sync once.
                if folder.is_some() {
                    run_once(&app);
                }
                // With a folder that isn't there yet (a USB stick), look again
                // now and then; otherwise sleep until something happens.
                let wait = match (&folder, &watcher) {
                    (Some(_), None) => Some(Duration::from_secs(60)),
                    _ => None,
                };
                let first = match wait {
                    Some(w) => match rx.recv_timeout(w) {
                        Ok(wake) => Some(wake),
                        Err(RecvTimeoutError::Timeout) => continue,
                        Err(RecvTimeoutError::Disconnected) => return,
                    },
                    None => match rx.recv() {
                        Ok(wake) => Some(wake),
                        Err(_) => return,
                    },
                };
                if matches!(first, Some(Wake::Rewatch)) {
                    watcher = None;
                }
                // Gather the rest of the burst.
                while let Ok(more) = rx.recv_timeout(SETTLE) {
                    if matches!(more, Wake::Rewatch) {
                        watcher = None;
                    }
                }
            }
        });
    if let Err(e) = spawned {
        eprintln!("interlude: sync couldn't start: {e}");
    }
}

fn current_folder<R: Runtime>(app: &AppHandle<R>) -> Option<PathBuf> {
    let db = app.interlude().db_in_background().ok()?;
    db.sync_status().ok()?.folder.map(PathBuf::from)
}

fn watch(folder: &Path, tx: Sender<Wake>) -> Option<(PathBuf, RecommendedWatcher)> {
    let mut watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
        if let Ok(event) = event {
            // Our own writes come back as events too; a sync that finds
            // nothing new costs a directory listing.
            if event.kind.is_create() || event.kind.is_modify() || event.kind.is_remove() {
                let _ = tx.send(Wake::Poke);
            }
        }
    })
    .ok()?;
    watcher.watch(folder, RecursiveMode::Recursive).ok()?;
    Some((folder.to_path_buf(), watcher))
}

/// One sync; tells the windows and the reminders what changed.
pub fn run_once<R: Runtime>(app: &AppHandle<R>) {
    // Preferences saved while the journal was sealed go with this sync.
    let _ = crate::person_prefs::share(app);
    let report = {
        let Ok(mut db) = app.interlude().db_in_background() else {
            return;
        };
        match db.sync_now() {
            Ok(r) => r,
            Err(interlude_core::Error::Invalid(_)) => return,
            Err(e) => {
                eprintln!("interlude: sync: {e}");
                return;
            }
        }
    };
    if report.merged > 0 {
        let _ = app.emit(JOURNAL_CHANGED, ());
        // The session schedule or a plan may have changed: reminders
        // follow what was merged.
        app.state::<Scheduler>().wake();
        // The lock screen's copy of the safety plan, when kept, shows the
        // merged plan.
        let _ = crate::plan_copy::refresh(app);
    }
    if report.merged > 0 {
        crate::person_prefs::take_and_tell(app);
    }
    let _ = app.emit(SYNC_CHANGED, &report.status);
}

/// Folders on this computer that a sync engine probably carries.
pub fn folder_suggestions() -> Vec<(PathBuf, String)> {
    let mut out = Vec::new();
    if let Some(home) = dirs::home_dir() {
        for (rel, label) in [
            ("Sync", "Syncthing"),
            ("Nextcloud", "Nextcloud"),
            ("Dropbox", "Dropbox"),
            (
                "Library/Mobile Documents/com~apple~CloudDocs",
                "iCloud Drive",
            ),
            ("iCloudDrive", "iCloud Drive"),
        ] {
            let path = home.join(rel);
            if path.is_dir() {
                out.push((path, label.to_owned()));
            }
        }
    }
    // USB sticks and drives, where desktops mount them.
    let user = std::env::var("USER").unwrap_or_default();
    for base in [
        format!("/media/{user}"),
        format!("/run/media/{user}"),
        "/Volumes".to_owned(),
    ] {
        if let Ok(entries) = std::fs::read_dir(&base) {
            for e in entries.flatten() {
                if e.path().is_dir() && e.file_name() != "Macintosh HD" {
                    let name = e.file_name().to_string_lossy().into_owned();
                    let label = interlude_core::i18n::text(
                        "desktop-sync-drive",
                        &[("name", name.as_str().into())],
                    );
                    out.push((e.path(), label));
                }
            }
        }
    }
    out
}
