//! A therapist's homework file: what it would add, then adding the items
//! the person said yes to; and the questionnaires it asked for. Thin adapters over `interlude-core`. The file
//! is small (a page of instructions, capped in core), so its text comes as
//! a plain argument, with its name for refusals.

use interlude_core::therapy::requests::MeasureRequest;
use interlude_core::{HomeworkPreview, HomeworkSummary, Result};
use tauri::{AppHandle, Runtime, State};

use super::announce;
use crate::args::Arg;
use crate::state::AppState;

#[tauri::command]
pub async fn preview_homework(
    state: State<'_, AppState>,
    text: Arg<String>,
    file_name: Arg<String>,
) -> Result<HomeworkPreview> {
    state.db()?.preview_homework(&text.0, &file_name.0)
}

#[tauri::command]
pub async fn import_homework<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    text: Arg<String>,
    file_name: Arg<String>,
    accept: Arg<Vec<String>>,
    keep_note: Arg<bool>,
) -> Result<HomeworkSummary> {
    announce(
        &app,
        state
            .db()?
            .import_homework(&text.0, &file_name.0, &accept.0, keep_note.0),
    )
}

/// The questionnaires asked for, each with whether it is due now.
#[tauri::command]
pub async fn list_measure_requests(state: State<'_, AppState>) -> Result<Vec<MeasureRequest>> {
    state.db()?.measure_requests()
}

#[tauri::command]
pub async fn stop_measure_request<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    id: Arg<i64>,
) -> Result<()> {
    announce(&app, state.db()?.stop_measure_request(id.0))
}
