//! Practice commands: plans, logging days, guided practices and
//! self-compassion breaks. Thin adapters over `interlude-core`.

use chrono::NaiveDate;
use interlude_core::{
    CompassionBreak, CompassionBreakInput, LogInput, Plan, PlanDetail, PlanInput, PlanLog,
    PlanPreview, PlanStatus, PlanWithProgress, Progress, Result, Today,
};
use serde::Serialize;
use tauri::{AppHandle, Runtime, State};

use super::announce;
use crate::args::Arg;
use crate::state::AppState;

/// A logged day with the plan's progress after it, so a row updates at once.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Logged {
    log: PlanLog,
    progress: Progress,
}

#[tauri::command]
pub async fn get_today(state: State<'_, AppState>) -> Result<Today> {
    state.db()?.today_view()
}

#[tauri::command]
pub async fn list_plans(
    state: State<'_, AppState>,
    include_archived: Arg<Option<bool>>,
) -> Result<Vec<PlanWithProgress>> {
    state
        .db()?
        .plans_with_progress(include_archived.0.unwrap_or(false))
}

#[tauri::command]
pub async fn get_plan(state: State<'_, AppState>, id: Arg<i64>) -> Result<PlanDetail> {
    state.db()?.plan_detail(id.0)
}

#[tauri::command]
pub async fn preview_plan(input: Arg<PlanInput>) -> Result<PlanPreview> {
    Ok(input.0.preview())
}

#[tauri::command]
pub async fn create_plan<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    input: Arg<PlanInput>,
) -> Result<Plan> {
    announce(&app, state.db()?.create_plan(input.0))
}

#[tauri::command]
pub async fn update_plan<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    id: Arg<i64>,
    input: Arg<PlanInput>,
) -> Result<Plan> {
    announce(&app, state.db()?.update_plan(id.0, input.0))
}

#[tauri::command]
pub async fn set_plan_status<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    id: Arg<i64>,
    status: Arg<PlanStatus>,
) -> Result<Plan> {
    announce(&app, state.db()?.set_plan_status(id.0, status.0))
}

#[tauri::command]
pub async fn log_plan<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    input: Arg<LogInput>,
) -> Result<Logged> {
    let mut db = state.db()?;
    let log = db.log_plan(input.0)?;
    announce(&app, logged(&db, log))
}

#[tauri::command]
pub async fn clear_plan_log<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    plan_id: Arg<i64>,
    day: Arg<NaiveDate>,
) -> Result<()> {
    announce(&app, state.db()?.clear_plan_log(plan_id.0, day.0))
}

#[tauri::command]
pub async fn record_practice<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    plan_id: Arg<i64>,
) -> Result<Logged> {
    let mut db = state.db()?;
    let log = db.record_practice(plan_id.0)?;
    announce(&app, logged(&db, log))
}

fn logged(db: &interlude_core::Db, log: PlanLog) -> Result<Logged> {
    let progress = db.progress(&db.plan(log.plan_id)?)?;
    Ok(Logged { log, progress })
}

#[tauri::command]
pub async fn save_compassion_break<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    input: Arg<CompassionBreakInput>,
) -> Result<CompassionBreak> {
    announce(&app, state.db()?.save_compassion_break(input.0))
}

#[tauri::command]
pub async fn list_compassion_breaks(
    state: State<'_, AppState>,
    limit: Arg<Option<u32>>,
) -> Result<Vec<CompassionBreak>> {
    state.db()?.list_compassion_breaks(limit.0.unwrap_or(20))
}
