//! A therapist's homework file: what it would add, then adding the items
//! the person said yes to. Thin adapters over `interlude-core`. The file
//! is small (a page of instructions, capped in core), so its text comes as
//! a plain argument, with its name for refusals.

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
