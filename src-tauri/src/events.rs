//! Every event the backend sends to the windows, by name, in one place.
//! `ui/ipc.js` listens for the same names (its `on…` functions).

/// After any write to the journal (no payload): every open window refreshes.
pub const JOURNAL_CHANGED: &str = "journal-changed";

/// The lock changed (payload: [`crate::lock::LockStatus`]). The tray
/// listens too, to show or hide its "Lock" entry.
pub const LOCK_CHANGED: &str = "lock-changed";

/// The reminder schedule, a pause or a snooze changed (no payload).
pub const REMINDERS_CHANGED: &str = "reminders-changed";

/// The crisis-line region changed (payload: the new crisis help view).
pub const REGION_CHANGED: &str = "region-changed";

/// The language changed in Settings (payload: the language view, as
/// `get_language` answers): every window draws itself in it.
pub const LANGUAGE_CHANGED: &str = "language-changed";

/// The tray's "My safety plan" was clicked (no payload): a locked window
/// shows the crisis lines, an open one the plan.
pub const CRISIS_HELP_ASKED: &str = "crisis-help-asked";

/// A tray host appeared or went (payload: [`crate::tray_host::TrayStatus`]).
pub const TRAY_CHANGED: &str = "tray-changed";

/// The main window was closed with no tray icon to reopen it from and no
/// answer yet to what closing should do (no payload): the window asks.
pub const CLOSE_ASKED: &str = "close-asked";

/// Housekeeping found the journal damaged (payload: what was found).
pub const JOURNAL_DAMAGED: &str = "journal-damaged";

/// Sync merged something, or its status changed (payload:
/// `interlude_core::sync::SyncStatus`).
pub const SYNC_CHANGED: &str = "sync-changed";
