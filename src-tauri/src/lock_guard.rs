//! The window lock, enforced where every request passes, not command by
//! command: while the journal is locked (sealed at start, locked by hand or
//! after idle minutes, or not made yet at the first run), the app answers
//! only what the lock screen needs, and refuses the rest with the same
//! typed `locked` error the window already understands.
//!
//! Commands that read the journal refuse by themselves too (`AppState::db`);
//! this list also covers those that don't touch it — settings, reminders,
//! backups, the old copy — so nothing is changed from behind the lock.

use tauri::ipc::Invoke;
use tauri::{Manager, Runtime};

use crate::state::AppState;

/// What the lock screen (and the first run) may ask while locked: the lock
/// itself, the crisis help (from the app's own table, never the journal:
/// the one exception the lock makes for content), the theme and the
/// language (the lock screen and its crisis lines speak the person's), and
/// start-up timing.
pub const ALLOWED_WHILE_LOCKED: &[&str] = &[
    "get_lock_status",
    "unlock",
    "unlock_with_login",
    "unlock_with_recovery_key",
    "create_journal",
    "lock_now",
    "still_here",
    "get_crisis_help",
    "list_regions",
    "set_region",
    "get_settings",
    "get_language",
    "get_tray_status",
    "answer_close",
    "quit_app",
    "show_main_window",
    "app_ready",
];

/// What the first run may do besides: before there is a journal there is
/// nothing to guard, and the person chooses the language the rest of the
/// welcome speaks. (Behind a real lock, the language is changed in
/// Settings, like everything else.)
pub const ALLOWED_AT_FIRST_RUN: &[&str] = &["set_language"];

/// Refuses `invoke` if the journal is locked and the command isn't on the
/// list; returns whether it did.
pub fn refused<R: Runtime>(invoke: &Invoke<R>) -> bool {
    let command = invoke.message.command();
    if ALLOWED_WHILE_LOCKED.contains(&command) {
        return false;
    }
    let Some(state) = invoke.message.webview_ref().try_state::<AppState>() else {
        return false;
    };
    state.is_locked() && !(ALLOWED_AT_FIRST_RUN.contains(&command) && state.at_first_run())
}
