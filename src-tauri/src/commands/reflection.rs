//! The reflection after a session: saving and editing it, its draft, the
//! feeling words offered, and the window it is written in.

use interlude_core::{Draft, Reflection, ReflectionInput, ReflectionQuestion, Result};
use serde::Serialize;
use serde_json::Value;
use tauri::{AppHandle, Runtime, State};

use super::announce;
use crate::args::Arg;
use crate::state::AppState;
use crate::windows;

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
    vocabulary: Vec<String>,
    own: Vec<String>,
}

#[tauri::command]
pub async fn get_feeling_words(state: State<'_, AppState>) -> Result<FeelingWords> {
    let own = state.db()?.own_feeling_words(24)?;
    Ok(FeelingWords {
        vocabulary: interlude_core::journal::feelings::words(),
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

/// The questions a therapist asked for, asked in new reflections.
#[tauri::command]
pub async fn list_reflection_questions(
    state: State<'_, AppState>,
) -> Result<Vec<ReflectionQuestion>> {
    state.db()?.reflection_questions()
}

#[tauri::command]
pub async fn stop_reflection_question<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    id: Arg<i64>,
) -> Result<()> {
    announce(&app, state.db()?.stop_reflection_question(id.0))
}
