//! The computer's time zone changing while the app runs: a laptop carried
//! to another zone, where the desktop (timedated) puts a new
//! `/etc/localtime` in place. Reminders keep local time, so the reminder
//! timer looks again at once.
//!
//! The kernel ends the timer's sleep when the clock is set or the computer
//! resumes (`wall_wait.rs`), but says nothing of a new zone; without this
//! watch, the timer's own look every ten minutes is what would notice.
//! `/etc` is watched rather than the file: the setting is replaced by a
//! rename, and a watch on a symlink follows it to the zone file it named.

use std::ffi::OsStr;
use std::path::Path;
use std::sync::Mutex;

use notify::{RecommendedWatcher, RecursiveMode, Watcher};
use tauri::{AppHandle, Manager, Runtime};

use crate::scheduler::Scheduler;

/// Keeps the watch alive for as long as the app runs.
struct ZoneWatch {
    _watcher: Mutex<RecommendedWatcher>,
}

/// Starts the watch (the desktop app only). Where there is no `/etc` or no
/// watcher, the ten-minute look stays the way a new zone is noticed.
pub fn start<R: Runtime>(app: &AppHandle<R>) {
    let handle = app.clone();
    let wake = move || handle.state::<Scheduler>().wake();
    if let Some(watcher) = watch(Path::new("/etc"), "localtime", wake) {
        app.manage(ZoneWatch {
            _watcher: Mutex::new(watcher),
        });
    }
}

/// Calls `changed` whenever the file `name` in `dir` is made, replaced,
/// changed or removed.
fn watch(
    dir: &Path,
    name: &'static str,
    changed: impl Fn() + Send + 'static,
) -> Option<RecommendedWatcher> {
    let mut watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
        let Ok(event) = event else { return };
        if event.kind.is_access() {
            return;
        }
        if event
            .paths
            .iter()
            .any(|p| p.file_name() == Some(OsStr::new(name)))
        {
            changed();
        }
    })
    .ok()?;
    watcher.watch(dir, RecursiveMode::NonRecursive).ok()?;
    Some(watcher)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]

    use std::sync::mpsc::channel;
    use std::time::Duration;

    use super::watch;

    #[test]
    fn a_zone_setting_put_in_place_by_a_rename_is_heard_and_its_neighbours_are_not() {
        let dir = tempfile::tempdir().unwrap();
        let (tx, rx) = channel();
        let _watcher = watch(dir.path(), "localtime", move || {
            let _ = tx.send(());
        })
        .expect("a watch on a temp folder");

        // Another file in the folder changes: nothing to look at again.
        std::fs::write(dir.path().join("hostname"), "laptop").unwrap();
        assert!(rx.recv_timeout(Duration::from_millis(500)).is_err());

        // As timedated does it: the new setting written aside, then renamed
        // over the old.
        std::fs::write(dir.path().join(".localtime.new"), "Asia/Tokyo").unwrap();
        std::fs::rename(
            dir.path().join(".localtime.new"),
            dir.path().join("localtime"),
        )
        .unwrap();
        rx.recv_timeout(Duration::from_secs(5))
            .expect("the new zone heard");
    }
}
