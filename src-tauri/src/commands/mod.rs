//! The IPC surface: thin adapters from the UI to core.
//!
//! Each command is one to three lines: read the state, call core, and (for
//! writes) tell every window that the journal changed. Logic lives in
//! `interlude-core`; window handling in `windows.rs`; preferences in
//! `settings.rs`. Every argument is an [`Arg`], so malformed input comes
//! back as the same typed `{ kind, message }` as every other error.
//!
//! Journal commands are `async` so that SQLite's fsync never blocks the main
//! (UI) thread. Practice commands live in `practice.rs`.

pub mod backup;
pub mod crisis;
pub mod import;
pub mod journal;
pub mod lock;
pub mod practice;
pub mod reminders;
pub mod therapy;

use interlude_core::{Draft, Home, ImportSummary, Reflection, ReflectionInput, Result};
use serde::Serialize;
use serde_json::Value;
use tauri::{AppHandle, Emitter, Manager, Runtime, State};

use crate::args::Arg;
use crate::settings::{self, Settings};
use crate::state::AppState;
use crate::windows;

/// Fired (without payload) after any write, so every open window refreshes.
pub const JOURNAL_CHANGED: &str = "journal-changed";

/// Passes a write's result through, announcing success to all windows.
pub(crate) fn announce<R: Runtime, T>(app: &AppHandle<R>, result: Result<T>) -> Result<T> {
    if result.is_ok() {
        // A window that misses the event only shows stale data until its
        // next refresh; the write itself is already safe.
        let _ = app.emit(JOURNAL_CHANGED, ());
    }
    result
}

#[tauri::command]
pub async fn get_home(state: State<'_, AppState>) -> Result<Home> {
    state.db()?.home()
}

#[tauri::command]
pub async fn list_reflections(
    state: State<'_, AppState>,
    limit: Arg<u32>,
    offset: Arg<Option<u32>>,
) -> Result<Vec<Reflection>> {
    state.db()?.list_reflections(limit.0, offset.0.unwrap_or(0))
}

#[tauri::command]
pub async fn get_reflection(state: State<'_, AppState>, id: Arg<i64>) -> Result<Reflection> {
    state.db()?.reflection(id.0)
}

#[tauri::command]
pub async fn create_reflection<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    input: Arg<ReflectionInput>,
) -> Result<Reflection> {
    announce(&app, state.db()?.create_reflection(input.0))
}

#[tauri::command]
pub async fn update_reflection<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    id: Arg<i64>,
    input: Arg<ReflectionInput>,
) -> Result<Reflection> {
    announce(&app, state.db()?.update_reflection(id.0, input.0))
}

#[tauri::command]
pub async fn delete_reflection<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    id: Arg<i64>,
) -> Result<()> {
    announce(&app, state.db()?.delete_reflection(id.0))
}

#[tauri::command]
pub async fn restore_reflection<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    id: Arg<i64>,
) -> Result<Reflection> {
    announce(&app, state.db()?.restore_reflection(id.0))
}

#[tauri::command]
pub async fn get_draft(state: State<'_, AppState>, key: Arg<String>) -> Result<Option<Draft>> {
    state.db()?.draft(&key.0)
}

#[tauri::command]
pub async fn save_draft<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    key: Arg<String>,
    body: Arg<Value>,
) -> Result<Draft> {
    announce(&app, state.db()?.save_draft(&key.0, &body.0))
}

#[tauri::command]
pub async fn discard_draft<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    key: Arg<String>,
) -> Result<()> {
    announce(&app, state.db()?.discard_draft(&key.0))
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct FeelingWords {
    vocabulary: &'static [&'static str],
    own: Vec<String>,
}

#[tauri::command]
pub async fn get_feeling_words(state: State<'_, AppState>) -> Result<FeelingWords> {
    let own = state.db()?.own_feeling_words(24)?;
    Ok(FeelingWords {
        vocabulary: interlude_core::journal::feelings::VOCABULARY,
        own,
    })
}

#[tauri::command]
pub async fn open_reflection_window<R: Runtime>(
    app: AppHandle<R>,
    id: Arg<Option<i64>>,
) -> Result<()> {
    windows::open_reflection(&app, id.0)
}

#[tauri::command]
pub async fn show_main_window<R: Runtime>(app: AppHandle<R>) -> Result<()> {
    windows::show_main(&app)
}

#[tauri::command]
pub async fn get_settings<R: Runtime>(app: AppHandle<R>) -> Result<Settings> {
    settings::load(&app)
}

#[tauri::command]
pub async fn set_settings<R: Runtime>(
    app: AppHandle<R>,
    settings: Arg<Settings>,
) -> Result<Settings> {
    settings::save(&app, settings.0)
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AppInfo {
    version: &'static str,
    data_dir: String,
    schema_version: i64,
}

#[tauri::command]
pub async fn get_app_info(state: State<'_, AppState>) -> Result<AppInfo> {
    Ok(AppInfo {
        version: env!("CARGO_PKG_VERSION"),
        data_dir: state.data_dir.display().to_string(),
        schema_version: interlude_core::SCHEMA_VERSION,
    })
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ExportDone {
    path: String,
    /// Entries of every kind in the file.
    entries: usize,
    /// Entries marked private that were left out.
    private_left_out: u32,
}

#[tauri::command]
pub async fn export_journal(
    state: State<'_, AppState>,
    include_private: Arg<Option<bool>>,
) -> Result<ExportDone> {
    let db = state.db()?;
    let done =
        crate::export::to_downloads(&db, &state.data_dir, include_private.0.unwrap_or(false))?;
    Ok(ExportDone {
        path: done.path.display().to_string(),
        entries: done.entries,
        private_left_out: done.private_left_out,
    })
}

#[tauri::command]
pub async fn import_journal<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    text: Arg<String>,
) -> Result<ImportSummary> {
    announce(&app, state.db()?.import_json(&text.0))
}

/// Whether Interlude starts (quietly, in the tray) when the person logs in.
/// Only the desktop app has the autostart plugin; elsewhere this is off.
#[tauri::command]
pub async fn get_autostart<R: Runtime>(app: AppHandle<R>) -> Result<bool> {
    Ok(app
        .try_state::<tauri_plugin_autostart::AutoLaunchManager>()
        .is_some_and(|m| m.is_enabled().unwrap_or(false)))
}

#[tauri::command]
pub async fn set_autostart<R: Runtime>(app: AppHandle<R>, enabled: Arg<bool>) -> Result<bool> {
    let manager = app
        .try_state::<tauri_plugin_autostart::AutoLaunchManager>()
        .ok_or_else(|| {
            interlude_core::Error::Desktop("Starting at login isn't available here.".into())
        })?;
    let result = if enabled.0 {
        manager.enable()
    } else {
        manager.disable()
    };
    result.map_err(|e| {
        interlude_core::Error::Desktop(format!(
            "Interlude couldn't change starting at login. ({e})"
        ))
    })?;
    Ok(manager.is_enabled().unwrap_or(enabled.0))
}

/// The main window calls this once its first view is drawn. With
/// `INTERLUDE_BENCH_READY` set (by `make bench`), it says so on stderr, so
/// start-up can be timed from outside the app to the first interactive
/// paint; otherwise it does nothing.
#[tauri::command]
pub async fn app_ready() {
    if std::env::var_os("INTERLUDE_BENCH_READY").is_some() {
        eprintln!("interlude: ready");
    }
}
