//! Behavioural activation commands: values, activities and what goes with
//! mood. Thin adapters over `interlude-core`; each change is announced so
//! other windows redraw and a syncing journal sends it.

use interlude_core::{Activity, ActivityInput, ActivityInsights, LifeValue, Result, ValueInput};
use tauri::{AppHandle, Runtime, State};

use super::announce;
use crate::args::Arg;
use crate::state::AppState;

#[tauri::command]
pub async fn list_values(state: State<'_, AppState>) -> Result<Vec<LifeValue>> {
    state.db()?.list_values()
}

#[tauri::command]
pub async fn create_value<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    input: Arg<ValueInput>,
) -> Result<LifeValue> {
    announce(&app, state.db()?.create_value(input.0))
}

#[tauri::command]
pub async fn update_value<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    id: Arg<i64>,
    input: Arg<ValueInput>,
) -> Result<LifeValue> {
    announce(&app, state.db()?.update_value(id.0, input.0))
}

#[tauri::command]
pub async fn delete_value<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    id: Arg<i64>,
) -> Result<()> {
    announce(&app, state.db()?.delete_value(id.0))
}

#[tauri::command]
pub async fn restore_value<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    id: Arg<i64>,
) -> Result<LifeValue> {
    announce(&app, state.db()?.restore_value(id.0))
}

#[tauri::command]
pub async fn list_activities(state: State<'_, AppState>) -> Result<Vec<Activity>> {
    state.db()?.list_activities()
}

#[tauri::command]
pub async fn get_activity(state: State<'_, AppState>, id: Arg<i64>) -> Result<Activity> {
    state.db()?.activity(id.0)
}

#[tauri::command]
pub async fn create_activity<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    input: Arg<ActivityInput>,
) -> Result<Activity> {
    announce(&app, state.db()?.create_activity(input.0))
}

#[tauri::command]
pub async fn update_activity<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    id: Arg<i64>,
    input: Arg<ActivityInput>,
) -> Result<Activity> {
    announce(&app, state.db()?.update_activity(id.0, input.0))
}

#[tauri::command]
pub async fn delete_activity<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    id: Arg<i64>,
) -> Result<()> {
    announce(&app, state.db()?.delete_activity(id.0))
}

#[tauri::command]
pub async fn restore_activity<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    id: Arg<i64>,
) -> Result<Activity> {
    announce(&app, state.db()?.restore_activity(id.0))
}

#[tauri::command]
pub async fn get_activity_insights(
    state: State<'_, AppState>,
    days: Arg<Option<u32>>,
) -> Result<ActivityInsights> {
    state.db()?.activity_insights(days.0)
}
