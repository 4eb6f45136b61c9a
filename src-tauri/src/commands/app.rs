//! The app itself: the Home page (which reads across every area), its
//! windows, preferences, version, the whole-journal
//! export and import, starting at login, and the first-paint signal.

use interlude_core::{Home, ImportSummary, Result};
use serde::Serialize;
use tauri::{AppHandle, Emitter, Manager, Runtime, State};

use super::announce;
use crate::args::Arg;
use crate::settings::{self, Settings, WhenClosed};
use crate::state::AppState;
use crate::tray_host::{TrayHost, TrayStatus};
use crate::windows;

#[tauri::command]
pub async fn get_home(state: State<'_, AppState>) -> Result<Home> {
    state.db()?.home()
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

/// The language: what Settings chose ("system" or a tag), the one in use,
/// and the computer's own (its locale, for "Same as this computer").
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct LanguageView {
    choice: String,
    in_use: interlude_core::Language,
    system: interlude_core::Language,
}

fn language_view<R: Runtime>(app: &AppHandle<R>) -> LanguageView {
    LanguageView {
        choice: settings::language_choice(app),
        in_use: settings::language(app),
        system: interlude_core::Language::of_system(settings::system_locale().as_deref()),
    }
}

#[tauri::command]
pub async fn get_language<R: Runtime>(app: AppHandle<R>) -> Result<LanguageView> {
    Ok(language_view(&app))
}

/// Keeps the language choice and speaks it at once: the tray menu, the
/// next notification, errors, and every open window (which hears
/// `language-changed` and draws itself again). No restart.
#[tauri::command]
pub async fn set_language<R: Runtime>(
    app: AppHandle<R>,
    choice: Arg<String>,
) -> Result<LanguageView> {
    let language = settings::set_language_choice(&app, &choice.0)?;
    interlude_core::i18n::set_current(language);
    crate::tray::relabel(&app);
    let view = language_view(&app);
    let _ = app.emit(crate::events::LANGUAGE_CHANGED, &view);
    Ok(view)
}

/// Whether a tray icon can be shown on this desktop right now.
#[tauri::command]
pub async fn get_tray_status(host: State<'_, TrayHost>) -> Result<TrayStatus> {
    Ok(host.status())
}

/// The answer to "keep running when the window is closed?": kept, then
/// carried out (the window closes, or Interlude quits).
#[tauri::command]
pub async fn answer_close<R: Runtime>(app: AppHandle<R>, choice: Arg<WhenClosed>) -> Result<()> {
    if choice.0 == WhenClosed::Ask {
        return Err(interlude_core::Error::invalid(interlude_core::i18n::text(
            "error-desktop-close-choice",
            &[],
        )));
    }
    let mut prefs = settings::load(&app)?;
    prefs.when_closed = choice.0;
    settings::save(&app, prefs)?;
    windows::close_main(&app, choice.0);
    Ok(())
}

/// Quits Interlude (Ctrl+Q, Settings, the tray): reminders stop until it
/// is opened again.
#[tauri::command]
pub async fn quit_app<R: Runtime>(app: AppHandle<R>) -> Result<()> {
    app.exit(0);
    Ok(())
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
            interlude_core::Error::Desktop(interlude_core::i18n::text(
                "error-desktop-autostart-unavailable",
                &[],
            ))
        })?;
    let result = if enabled.0 {
        manager.enable()
    } else {
        manager.disable()
    };
    result.map_err(|e| {
        let detail = e.to_string();
        interlude_core::Error::Desktop(interlude_core::i18n::text(
            "error-desktop-autostart",
            &[("detail", detail.as_str().into())],
        ))
    })?;
    Ok(manager.is_enabled().unwrap_or(enabled.0))
}

/// Each window calls this once its first view is drawn, with the page's
/// own clock (`performance.now()`: milliseconds since its navigation
/// began). With `INTERLUDE_BENCH_READY` set (by `make bench`), it says so on
/// stderr with the window's label ("interlude: ready main page=412"), so
/// start-up, a reopen from the tray and the reflection window can be timed
/// from outside the app to their first interactive paint, and split into
/// what came before the page and the page's own part; otherwise it does
/// nothing.
#[tauri::command]
pub async fn app_ready<R: Runtime>(
    window: tauri::WebviewWindow<R>,
    page_ms: Arg<Option<f64>>,
) -> Result<()> {
    if std::env::var_os("INTERLUDE_BENCH_READY").is_some() {
        match page_ms.0.filter(|ms| ms.is_finite() && *ms >= 0.0) {
            Some(ms) => eprintln!("interlude: ready {} page={ms:.0}", window.label()),
            None => eprintln!("interlude: ready {}", window.label()),
        }
    }
    Ok(())
}
