//! The desktop's light or dark style, for windows set to follow the system.
//!
//! Desktops publish it through the settings portal
//! (`org.freedesktop.appearance` `color-scheme`); GTK 3 and WebKitGTK don't
//! read it themselves. Tao can watch it (its `dbus` feature), but its
//! thread wakes every five seconds for the life of the app, most of the
//! idle app's wake-ups (`docs/benchmarks.md`). This watch blocks until the
//! portal says something, like the tray-host watch.
//!
//! Until the portal has answered, or where there is none, the style is
//! unknown: a new window set to follow the system is told nothing, so
//! GTK's own setting (`settings.ini`) stands.
//!
//! The signal is taken from whoever sends it on the session bus, as tao
//! took it: a sender rule would need the portal's unique name, which
//! changes when it restarts, and a program that can speak on the
//! person's session bus can do far more than change a colour.

use std::sync::atomic::{AtomicU8, Ordering};

use tauri::{AppHandle, Runtime};

const UNKNOWN: u8 = 0;
const LIGHT: u8 = 1;
const DARK: u8 = 2;

/// What the portal last said; one per process.
static STYLE: AtomicU8 = AtomicU8::new(UNKNOWN);

/// The desktop's style, once known.
pub fn current() -> Option<tauri::Theme> {
    match STYLE.load(Ordering::Relaxed) {
        LIGHT => Some(tauri::Theme::Light),
        DARK => Some(tauri::Theme::Dark),
        _ => None,
    }
}

/// The portal's `color-scheme`: 1 asks for dark, 2 for light, 0 has no
/// preference (light, as GTK draws by default).
fn from_color_scheme(value: u64) -> u8 {
    if value == 1 {
        DARK
    } else {
        LIGHT
    }
}

/// Records a style and, when it changed, repaints the windows that follow
/// the system.
fn set<R: Runtime>(app: &AppHandle<R>, style: u8) {
    if STYLE.swap(style, Ordering::Relaxed) != style {
        crate::settings::follow_system(app);
    }
}

/// Starts watching the desktop's style (Linux); elsewhere the windows'
/// own system theme is used.
pub fn watch<R: Runtime>(app: &AppHandle<R>) {
    #[cfg(target_os = "linux")]
    {
        let handle = app.clone();
        let spawned = std::thread::Builder::new()
            .name("system-theme".into())
            .spawn(move || linux::watch(&handle));
        if let Err(e) = spawned {
            eprintln!("interlude: windows won't follow the desktop's dark style: {e}");
        }
    }
    #[cfg(not(target_os = "linux"))]
    let _ = app;
}

#[cfg(target_os = "linux")]
mod linux {
    use std::time::Duration;

    use dbus::arg::{RefArg, Variant};
    use dbus::blocking::Connection;
    use dbus::message::MatchRule;
    use tauri::{AppHandle, Runtime};

    const PORTAL: &str = "org.freedesktop.portal.Desktop";
    const PATH: &str = "/org/freedesktop/portal/desktop";
    const SETTINGS: &str = "org.freedesktop.portal.Settings";
    const NAMESPACE: &str = "org.freedesktop.appearance";
    const KEY: &str = "color-scheme";

    /// Runs for the life of the app: the style now, then every change.
    pub(super) fn watch<R: Runtime>(app: &AppHandle<R>) {
        let Ok(conn) = Connection::new_session() else {
            return;
        };
        // Subscribed before asking, so a change between the two isn't lost.
        let rule = MatchRule::new_signal(SETTINGS, "SettingChanged").with_path(PATH);
        let handle = app.clone();
        let added = conn.add_match(
            rule,
            move |(namespace, key, value): (String, String, Variant<Box<dyn RefArg>>), _, _| {
                if namespace == NAMESPACE && key == KEY {
                    if let Some(scheme) = value.as_u64() {
                        super::set(&handle, super::from_color_scheme(scheme));
                    }
                }
                true
            },
        );
        if added.is_err() {
            return;
        }
        // `Read` (portal version 1, still answered by later ones) wraps the
        // value in a second variant; `as_u64` looks through both. A desktop
        // without the portal answers at once that there is no such name.
        let proxy = conn.with_proxy(PORTAL, PATH, Duration::from_secs(5));
        let read: Result<(Variant<Box<dyn RefArg>>,), _> =
            proxy.method_call(SETTINGS, "Read", (NAMESPACE, KEY));
        if let Some(scheme) = read.ok().and_then(|(v,)| v.as_u64()) {
            super::set(app, super::from_color_scheme(scheme));
        }
        // Blocks in poll(2) between messages: no timer wakes this thread.
        while conn.process(Duration::from_secs(3600)).is_ok() {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_preference_for_dark_is_dark() {
        assert_eq!(from_color_scheme(1), DARK);
        assert_eq!(from_color_scheme(2), LIGHT);
        assert_eq!(from_color_scheme(0), LIGHT);
        assert_eq!(from_color_scheme(7), LIGHT);
    }
}
