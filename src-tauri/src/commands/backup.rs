//! Backups: list, make one now, restore one. Thin adapters over
//! `interlude_core::backup`; a journal that couldn't be opened at all can
//! still be restored from here.

use interlude_core::storage::backup::{self, BackupInfo, Reason};
use interlude_core::Result;
use serde::Serialize;
use tauri::{AppHandle, Manager, Runtime, State};

use crate::args::Arg;
use crate::commands::announce;
use crate::housekeeping::Housekeeping;
use crate::state::{AppExt, AppState};

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Backups {
    /// Newest first.
    pub backups: Vec<BackupInfo>,
    /// What the background check found wrong with the journal, if anything.
    pub damage: Option<String>,
    /// Where they are kept, to show the person.
    pub folder: String,
}

#[tauri::command]
pub async fn list_backups(
    state: State<'_, AppState>,
    house: State<'_, Housekeeping>,
) -> Result<Backups> {
    // Listing needs no key, and works even when the journal didn't open.
    Ok(Backups {
        backups: backup::list(&state.data_dir)?,
        damage: house.damage(),
        folder: state
            .data_dir
            .join(backup::BACKUP_DIR)
            .display()
            .to_string(),
    })
}

#[tauri::command]
pub async fn create_backup(state: State<'_, AppState>) -> Result<BackupInfo> {
    state.db()?.backup(Reason::Manual)
}

/// Restores `name`. Returns the backup made of what was there before (none
/// when the journal couldn't be opened: the damaged file is set aside
/// instead, never deleted).
#[tauri::command]
pub async fn restore_backup<R: Runtime>(
    app: AppHandle<R>,
    name: Arg<String>,
) -> Result<Option<BackupInfo>> {
    let result = app.interlude().restore(&name.0);
    if result.is_ok() {
        app.state::<Housekeeping>().clear();
    }
    announce(&app, result)
}
