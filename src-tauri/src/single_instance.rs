//! One Interlude per login on Linux: a second launch brings the first one
//! forward and exits, before it has loaded GTK or WebKit at all.
//!
//! The first launch owns a well-known name on the session bus; a later one
//! finds it taken and calls the owner's `ExecuteCallback`. The name, path,
//! interface and call are those of `tauri-plugin-single-instance`, which
//! did this before (and still does on other systems), so an Interlude
//! already running from before an update still answers. This is our own
//! because the plugin's D-Bus library (zbus on async-io) leaves a thread
//! in its blocking pool that wakes twice a second for the life of the app
//! (`docs/benchmarks.md`, idle cost); libdbus, which notify-rust, keyring
//! and the tray-host watch already link, blocks until a message comes.

use std::time::Duration;

use dbus::blocking::stdintf::org_freedesktop_dbus::RequestNameReply;
use dbus::blocking::Connection;
use dbus::channel::{MatchingReceiver, Sender};
use dbus::message::MatchRule;
use tauri::{AppHandle, Runtime};

const INTERFACE: &str = "org.SingleInstance.DBus";
const METHOD: &str = "ExecuteCallback";

/// The bus name, made from the app's identifier as the plugin made it.
fn bus_name() -> String {
    format!("{}.SingleInstance", interlude_cli::IDENTIFIER)
}

/// The object that answers, the bus name as a path (the plugin's too).
fn object_path() -> String {
    format!("/{}", bus_name().replace('.', "/").replace('-', "_"))
}

/// What asking for the name found.
#[derive(Debug)]
pub enum Claim {
    /// This is the first Interlude: serve its name with [`Owner::serve`].
    First(Owner),
    /// Another Interlude has been asked to come forward; this one exits.
    Forwarded,
    /// Another owns the name but didn't answer (hung, or ending): this
    /// one exits too, since it couldn't own the name either.
    Unanswered(String),
    /// No session bus: nothing can tell two launches apart, so this one
    /// runs on its own, as it would on a desktop without D-Bus.
    NoBus,
}

/// The connection that owns the name, until the app ends.
pub struct Owner(Connection);

impl std::fmt::Debug for Owner {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Owner")
    }
}

/// Asks the session bus for the name; if another Interlude has it, asks
/// that one to show its window.
pub fn claim() -> Claim {
    let Ok(conn) = Connection::new_session() else {
        return Claim::NoBus;
    };
    match conn.request_name(bus_name(), false, false, true) {
        Ok(RequestNameReply::PrimaryOwner | RequestNameReply::AlreadyOwner) => {
            Claim::First(Owner(conn))
        }
        Ok(_) => {
            let args: Vec<String> = std::env::args_os()
                .map(|a| a.to_string_lossy().into_owned())
                .collect();
            let cwd = std::env::current_dir()
                .map(|d| d.to_string_lossy().into_owned())
                .unwrap_or_default();
            // The owner answers once its event loop runs: give a slow start
            // (a cold disk, a big journal) the bus's own default wait.
            let proxy = conn.with_proxy(bus_name(), object_path(), Duration::from_secs(25));
            let called: Result<(), dbus::Error> = proxy.method_call(INTERFACE, METHOD, (args, cwd));
            match called {
                Ok(()) => Claim::Forwarded,
                Err(e) => Claim::Unanswered(e.message().unwrap_or_default().to_owned()),
            }
        }
        Err(_) => Claim::NoBus,
    }
}

impl Owner {
    /// Answers later launches for the life of the app, on a thread of its
    /// own that sleeps in poll(2) until a message comes: each call shows
    /// the main window. Calls that came during start-up wait in the
    /// connection's queue and are answered now.
    pub fn serve<R: Runtime>(self, app: &AppHandle<R>) {
        let Owner(conn) = self;
        let handle = app.clone();
        let path = object_path();
        let spawned = std::thread::Builder::new()
            .name("single-instance".into())
            .spawn(move || {
                conn.start_receive(
                    MatchRule::new_method_call(),
                    Box::new(move |msg, conn| {
                        let ours = msg.path().is_some_and(|p| *p == *path)
                            && msg.interface().is_some_and(|i| &*i == INTERFACE)
                            && msg.member().is_some_and(|m| &*m == METHOD);
                        let reply = if ours {
                            let _ = crate::windows::show_main(&handle);
                            Some(msg.method_return())
                        } else {
                            // Peer pings, and an unknown method named as such.
                            dbus::channel::default_reply(&msg)
                        };
                        if let Some(reply) = reply {
                            let _ = conn.send(reply);
                        }
                        true
                    }),
                );
                while conn.process(Duration::from_secs(3600)).is_ok() {}
            });
        if let Err(e) = spawned {
            eprintln!("interlude: a second launch won't bring this one forward: {e}");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An Interlude from before this module answers only to the plugin's
    /// names, so these must stay exactly what the plugin made.
    #[test]
    fn names_are_the_plugins() {
        assert_eq!(bus_name(), "org.interlude.desktop.SingleInstance");
        assert_eq!(object_path(), "/org/interlude/desktop/SingleInstance");
    }
}
