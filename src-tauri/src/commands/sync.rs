//! Sync across one's computers: thin adapters over `interlude_core::sync`.
//! The folder is chosen by the person; the files in it are sealed.

use interlude_core::sync::{Choice, Conflict, SyncStatus};
use interlude_core::Result;
use serde::Serialize;
use tauri::{AppHandle, Emitter, Manager, Runtime, State};

use crate::args::Arg;
use crate::commands::announce;
use crate::events::SYNC_CHANGED;
use crate::state::{AppExt, AppState};
use crate::sync::{folder_suggestions, SyncLoop};
use interlude_cli::system::device_name;

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct FolderSuggestion {
    pub path: String,
    pub label: String,
}

/// Sync as it stands, plus whether the journal itself has a key (a plain
/// one needs a passphrase of sync's own).
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SyncView {
    #[serde(flatten)]
    pub status: SyncStatus,
    pub journal_plain: bool,
}

fn view<R: Runtime>(app: &AppHandle<R>, status: SyncStatus) -> Result<SyncView> {
    let journal_plain =
        !interlude_core::storage::encryption::is_encrypted_journal(&app.interlude().data_dir)?;
    Ok(SyncView {
        status,
        journal_plain,
    })
}

fn changed<R: Runtime>(app: &AppHandle<R>, status: SyncStatus) -> Result<SyncView> {
    let _ = app.emit(SYNC_CHANGED, &status);
    app.state::<SyncLoop>().rewatch();
    view(app, status)
}

#[tauri::command]
pub async fn sync_status<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
) -> Result<SyncView> {
    let status = state.db()?.sync_status()?;
    view(&app, status)
}

#[tauri::command]
pub async fn sync_folder_suggestions() -> Result<Vec<FolderSuggestion>> {
    Ok(folder_suggestions()
        .into_iter()
        .map(|(path, label)| FolderSuggestion {
            path: path.display().to_string(),
            label,
        })
        .collect())
}

#[tauri::command]
pub async fn sync_start<R: Runtime>(
    app: AppHandle<R>,
    folder: Arg<String>,
    passphrase: Arg<Option<String>>,
    protect_journal: Arg<Option<bool>>,
) -> Result<SyncView> {
    let chosen = std::path::PathBuf::from(folder.0.trim());
    // The person's preferences travel from the first file on.
    crate::person_prefs::share(&app)?;
    let report =
        app.interlude()
            .db()?
            .sync_start_here(&chosen, &device_name(), passphrase.0.as_deref())?;
    // Offered on a plain journal: the same passphrase protects it here too.
    if protect_journal.0 == Some(true) {
        if let Some(p) = passphrase.0.as_deref() {
            crate::lock::set_passphrase(&app, None, p)?;
        }
    }
    changed(&app, report.status)
}

#[tauri::command]
pub async fn sync_join<R: Runtime>(
    app: AppHandle<R>,
    folder: Arg<String>,
    secret: Arg<String>,
) -> Result<SyncView> {
    let chosen = std::path::PathBuf::from(folder.0.trim());
    crate::person_prefs::share(&app)?;
    let result = app
        .interlude()
        .db()?
        .sync_join(&chosen, &device_name(), &secret.0);
    let (report, _) = announce(&app, result)?;
    crate::person_prefs::take_and_tell(&app);
    changed(&app, report.status)
}

#[tauri::command]
pub async fn sync_now<R: Runtime>(app: AppHandle<R>) -> Result<SyncView> {
    crate::person_prefs::share(&app)?;
    let report = app.interlude().db()?.sync_now()?;
    if report.merged > 0 {
        // Also rings the reminder timer (merged plans may be due sooner).
        let _ = announce(&app, Ok(()));
        crate::person_prefs::take_and_tell(&app);
    }
    changed(&app, report.status)
}

#[tauri::command]
pub async fn sync_stop<R: Runtime>(app: AppHandle<R>) -> Result<SyncView> {
    app.interlude().db()?.sync_stop()?;
    let status = app.interlude().db()?.sync_status()?;
    changed(&app, status)
}

#[tauri::command]
pub async fn sync_conflicts(state: State<'_, AppState>) -> Result<Vec<Conflict>> {
    state.db()?.sync_conflicts()
}

#[tauri::command]
pub async fn sync_resolve<R: Runtime>(
    app: AppHandle<R>,
    kind: Arg<String>,
    uid: Arg<String>,
    field: Arg<String>,
    choice: Arg<Choice>,
) -> Result<Vec<Conflict>> {
    let result = app
        .interlude()
        .db()?
        .sync_resolve(&kind.0, &uid.0, &field.0, &choice.0);
    let left = announce(&app, result)?;
    app.state::<SyncLoop>().poke();
    Ok(left)
}
