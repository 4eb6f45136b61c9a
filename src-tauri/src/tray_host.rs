//! Whether this desktop can show Interlude's tray icon.
//!
//! On Linux a tray icon is a StatusNotifierItem, and it only appears when a
//! host — a panel — owns `org.kde.StatusNotifierWatcher` on the session
//! bus. Stock GNOME has none unless an extension adds it, and without one
//! a closed window would leave an invisible process nobody can reach. So
//! the app watches that name, on its own thread, as panels come and go;
//! closing the window asks what to do when nothing shows the icon
//! (`windows::on_close_requested`). Windows and macOS always have one.

use std::sync::atomic::{AtomicBool, Ordering};

use serde::Serialize;
use tauri::{AppHandle, Emitter, Manager, Runtime};

/// What the UI is told, on asking and on every change.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TrayStatus {
    pub host_present: bool,
}

/// The app's view of the tray host, managed as state.
#[derive(Debug)]
pub struct TrayHost {
    present: AtomicBool,
}

impl TrayHost {
    /// Before the watcher has looked: a tray is assumed (the old behaviour,
    /// and true everywhere but a bare Linux desktop).
    pub fn new() -> Self {
        Self {
            present: AtomicBool::new(true),
        }
    }

    pub fn status(&self) -> TrayStatus {
        TrayStatus {
            host_present: self.present.load(Ordering::Relaxed),
        }
    }

    /// Records a change and tells the windows, only when it is one.
    fn set<R: Runtime>(&self, app: &AppHandle<R>, present: bool) {
        if self.present.swap(present, Ordering::Relaxed) != present {
            let _ = app.emit(crate::events::TRAY_CHANGED, self.status());
        }
    }
}

impl Default for TrayHost {
    fn default() -> Self {
        Self::new()
    }
}

/// Starts watching for a tray host (Linux); elsewhere there always is one.
pub fn watch<R: Runtime>(app: &AppHandle<R>) {
    #[cfg(target_os = "linux")]
    {
        let handle = app.clone();
        let spawned = std::thread::Builder::new()
            .name("tray-host".into())
            .spawn(move || linux::watch(&handle));
        if spawned.is_err() {
            // No thread, no watching: say there is no host, so closing the
            // window asks rather than vanishing.
            app.state::<TrayHost>().set(app, false);
        }
    }
    #[cfg(not(target_os = "linux"))]
    let _ = app;
}

#[cfg(target_os = "linux")]
mod linux {
    use std::time::Duration;

    use dbus::blocking::Connection;
    use dbus::message::MatchRule;
    use tauri::{AppHandle, Manager, Runtime};

    use super::TrayHost;

    const WATCHER: &str = "org.kde.StatusNotifierWatcher";
    const BUS: &str = "org.freedesktop.DBus";

    /// Runs for the life of the app: the name's owner now, then every
    /// change of it. A bus that can't be reached means no host.
    pub(super) fn watch<R: Runtime>(app: &AppHandle<R>) {
        let host = app.state::<TrayHost>();
        let Ok(conn) = Connection::new_session() else {
            host.set(app, false);
            return;
        };
        let proxy = conn.with_proxy(BUS, "/org/freedesktop/DBus", Duration::from_secs(5));
        let owned: Result<(bool,), _> = proxy.method_call(BUS, "NameHasOwner", (WATCHER,));
        host.set(app, owned.is_ok_and(|(has,)| has));
        let rule = MatchRule::new_signal(BUS, "NameOwnerChanged").with_sender(BUS);
        let handle = app.clone();
        let added = conn.add_match(
            rule,
            move |(name, _old, new): (String, String, String), _, _| {
                if name == WATCHER {
                    handle.state::<TrayHost>().set(&handle, !new.is_empty());
                }
                true
            },
        );
        if added.is_err() {
            return;
        }
        // Blocks in poll(2) between messages: no timer wakes this thread.
        while conn.process(Duration::from_secs(3600)).is_ok() {}
    }
}
