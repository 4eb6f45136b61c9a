//! Raising a native notification without ever blocking the scheduler.
//!
//! notify-rust sets no timeout of its own, and a hung notification server
//! blocks its call indefinitely, so each notification is raised on a
//! thread of its own and waited for at most [`SHOW_TIMEOUT`]. No session
//! bus, no server, or a hung one: the caller is told, and shows the
//! reminder inside the app instead. On Linux the same thread then waits
//! for the person's answer (Open, Snooze, Done) and hands it back.

use std::sync::mpsc;
use std::time::Duration;

use interlude_core::schedule::reminders::{Due, ReminderKind};

/// How long a notification server gets to accept a notification.
pub const SHOW_TIMEOUT: Duration = Duration::from_secs(2);

/// What the person chose on a notification.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    Open,
    Snooze,
    Done,
}

/// Shows `due` as a system notification. `on_answer` runs (on the
/// notification's own thread) if the person picks an action. Returns false
/// if no notification could be shown in time.
pub fn show(due: &Due, on_answer: impl FnOnce(Answer) + Send + 'static) -> bool {
    let (tx, rx) = mpsc::channel();
    let due = due.clone();
    let spawned = std::thread::Builder::new()
        .name("interlude-notification".into())
        .spawn(move || {
            let mut n = notify_rust::Notification::new();
            n.appname(&interlude_core::i18n::text("app-name", &[]))
                .summary(&due.title)
                .body(&due.body)
                .icon("org.interlude.desktop");
            add_actions(&mut n, due.kind);
            match n.show() {
                Ok(handle) => {
                    let _ = tx.send(true);
                    wait_for_answer(handle, on_answer);
                }
                Err(_) => {
                    let _ = tx.send(false);
                }
            }
        });
    if spawned.is_err() {
        return false;
    }
    rx.recv_timeout(SHOW_TIMEOUT).unwrap_or(false)
}

#[cfg(all(unix, not(target_os = "macos")))]
fn add_actions(n: &mut notify_rust::Notification, kind: ReminderKind) {
    use interlude_core::i18n::text;
    let open = text("notification-open", &[]);
    n.action("default", &open).action("open", &open);
    if kind != ReminderKind::SessionEnd {
        n.action("snooze", &text("notification-snooze", &[]));
    }
    if kind == ReminderKind::Plan {
        n.action("done", &text("notification-done", &[]));
    }
}

#[cfg(not(all(unix, not(target_os = "macos"))))]
fn add_actions(_n: &mut notify_rust::Notification, _kind: ReminderKind) {}

#[cfg(all(unix, not(target_os = "macos")))]
fn wait_for_answer(handle: notify_rust::NotificationHandle, on_answer: impl FnOnce(Answer)) {
    let mut on_answer = Some(on_answer);
    handle.wait_for_action(|action| {
        let answer = match action {
            "default" | "open" => Some(Answer::Open),
            "snooze" => Some(Answer::Snooze),
            "done" => Some(Answer::Done),
            _ => None,
        };
        if let (Some(answer), Some(f)) = (answer, on_answer.take()) {
            f(answer);
        }
    });
}

#[cfg(not(all(unix, not(target_os = "macos"))))]
fn wait_for_answer<T>(_handle: T, _on_answer: impl FnOnce(Answer)) {}
