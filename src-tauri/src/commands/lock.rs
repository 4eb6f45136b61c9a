//! The lock and encryption commands: thin adapters over `lock.rs`.
//!
//! `unlock` and `set_passphrase` stretch a passphrase with Argon2id (64 MiB,
//! a fraction of a second) and may re-encrypt the journal, so like every
//! command here they are `async`: off the UI thread.

use tauri::{AppHandle, Manager, Runtime, State};

use interlude_core::storage::key::KeptBy;

use crate::args::Arg;
use crate::lock::{self, Keeper, LockStatus};
use crate::settings::{self, LockSettings};
use crate::state::AppState;

#[tauri::command]
pub async fn get_lock_status<R: Runtime>(app: AppHandle<R>) -> interlude_core::Result<LockStatus> {
    lock::status(&app)
}

#[tauri::command]
pub async fn unlock<R: Runtime>(
    app: AppHandle<R>,
    passphrase: Arg<String>,
) -> interlude_core::Result<LockStatus> {
    lock::unlock(&app, &passphrase.0)
}

/// The same, with the key the login's keychain keeps.
#[tauri::command]
pub async fn unlock_with_login<R: Runtime>(
    app: AppHandle<R>,
) -> interlude_core::Result<LockStatus> {
    lock::unlock_with_login(&app)
}

/// The first run: makes the journal, kept as chosen ("login",
/// "passphrase" with its passphrase, or "none").
#[tauri::command]
pub async fn create_journal<R: Runtime>(
    app: AppHandle<R>,
    keeper: Arg<KeptBy>,
    passphrase: Arg<Option<String>>,
) -> interlude_core::Result<LockStatus> {
    let keeper = match (keeper.0, passphrase.0.as_deref()) {
        (KeptBy::Login, _) => Keeper::Login,
        (KeptBy::Passphrase, Some(passphrase)) => Keeper::Passphrase(passphrase),
        (KeptBy::Passphrase, None) => {
            return Err(interlude_core::Error::invalid(interlude_core::i18n::text(
                "error-desktop-type-a-passphrase",
                &[],
            )))
        }
        (KeptBy::None, _) => Keeper::None,
    };
    lock::create_journal(&app, keeper)
}

/// Moves the journal to a key the login's keychain keeps (`current`: the
/// passphrase, when one keeps it now).
#[tauri::command]
pub async fn use_login<R: Runtime>(
    app: AppHandle<R>,
    current: Arg<Option<String>>,
) -> interlude_core::Result<LockStatus> {
    lock::use_login(&app, current.0.as_deref())
}

/// The login-kept journal's key as a code to write down.
#[tauri::command]
pub async fn get_recovery_key<R: Runtime>(
    app: AppHandle<R>,
) -> interlude_core::Result<RecoveryKey> {
    lock::recovery_key(&app).map(|code| RecoveryKey { code })
}

#[derive(Debug, serde::Serialize)]
pub struct RecoveryKey {
    code: String,
}

/// Opens a sealed login-kept journal with its recovery key.
#[tauri::command]
pub async fn unlock_with_recovery_key<R: Runtime>(
    app: AppHandle<R>,
    code: Arg<String>,
) -> interlude_core::Result<LockStatus> {
    lock::unlock_with_recovery_key(&app, &code.0)
}

#[tauri::command]
pub async fn lock_now<R: Runtime>(app: AppHandle<R>) -> interlude_core::Result<LockStatus> {
    lock::lock_now(&app)
}

#[tauri::command]
pub async fn set_passphrase<R: Runtime>(
    app: AppHandle<R>,
    current: Arg<Option<String>>,
    passphrase: Arg<String>,
) -> interlude_core::Result<LockStatus> {
    lock::set_passphrase(&app, current.0.as_deref(), &passphrase.0)
}

#[tauri::command]
pub async fn forget_previous_copy<R: Runtime>(
    app: AppHandle<R>,
) -> interlude_core::Result<LockStatus> {
    lock::forget_previous(&app)
}

#[tauri::command]
pub async fn set_lock_settings<R: Runtime>(
    app: AppHandle<R>,
    auto_lock_minutes: Arg<u32>,
    notifications_show_text: Arg<bool>,
    safety_plan_on_lock_screen: Arg<Option<bool>>,
) -> interlude_core::Result<LockStatus> {
    let before = settings::lock(&app)?;
    let after = LockSettings {
        auto_lock_minutes: auto_lock_minutes.0,
        notifications_show_text: notifications_show_text.0,
        safety_plan_on_lock_screen: safety_plan_on_lock_screen
            .0
            .unwrap_or(before.safety_plan_on_lock_screen),
    };
    settings::save_lock(&app, after)?;
    if after.safety_plan_on_lock_screen != before.safety_plan_on_lock_screen {
        // The copy is made (or removed) now, so the choice holds from the
        // next lock on; if that fails, so does the choice.
        if let Err(e) = crate::plan_copy::refresh(&app) {
            settings::save_lock(&app, before)?;
            let _ = crate::plan_copy::refresh(&app);
            return Err(e);
        }
    }
    // A shorter auto-lock may be due before the timer's next look.
    app.state::<crate::scheduler::Scheduler>().wake();
    lock::status(&app)
}

/// The person is at the window: auto-lock counts idle time from here.
#[tauri::command]
pub async fn still_here(state: State<'_, AppState>) -> interlude_core::Result<()> {
    if !state.window_locked() {
        state.touch();
    }
    Ok(())
}

/// The person answered "keep it as it is" about a journal that began plain
/// without being asked: the window stops offering to protect it.
#[tauri::command]
pub async fn keep_journal_plain<R: Runtime>(
    app: AppHandle<R>,
) -> interlude_core::Result<LockStatus> {
    settings::set_plain_chosen(&app)?;
    lock::status(&app)
}
