//! Behavioural experiment commands. Thin adapters over `interlude-core`;
//! each change is announced, since one with a reminder adds a plan the
//! scheduler has to hear of.

use interlude_core::{Experiment, ExperimentInput, Result};
use tauri::{AppHandle, Runtime, State};

use super::announce;
use crate::args::Arg;
use crate::state::AppState;

#[tauri::command]
pub async fn list_experiments(state: State<'_, AppState>) -> Result<Vec<Experiment>> {
    state.db()?.list_experiments()
}

#[tauri::command]
pub async fn get_experiment(state: State<'_, AppState>, id: Arg<i64>) -> Result<Experiment> {
    state.db()?.experiment(id.0)
}

#[tauri::command]
pub async fn create_experiment<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    input: Arg<ExperimentInput>,
) -> Result<Experiment> {
    announce(&app, state.db()?.create_experiment(input.0))
}

#[tauri::command]
pub async fn update_experiment<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    id: Arg<i64>,
    input: Arg<ExperimentInput>,
) -> Result<Experiment> {
    announce(&app, state.db()?.update_experiment(id.0, input.0))
}

#[tauri::command]
pub async fn delete_experiment<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    id: Arg<i64>,
) -> Result<()> {
    announce(&app, state.db()?.delete_experiment(id.0))
}

#[tauri::command]
pub async fn restore_experiment<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    id: Arg<i64>,
) -> Result<Experiment> {
    announce(&app, state.db()?.restore_experiment(id.0))
}
