//! Bringing it back to therapy: PHQ-9 and GAD-7, the safety plan, and the
//! session brief with its exports. Thin adapters over `interlude-core`.

use interlude_core::therapy::brief::BriefFormat;
use interlude_core::therapy::measures::{GAD7, PHQ9};
use interlude_core::{
    Brief, BriefPrep, BriefQuery, MeasureForm, MeasureHistory, MeasureInput, MeasureKind,
    MeasureResult, Result, SafetyPlan, SafetyPlanInput,
};
use serde::Serialize;
use tauri::{AppHandle, Runtime, State};

use super::announce;
use crate::args::Arg;
use crate::settings::region_code;
use crate::state::AppState;

#[tauri::command]
pub async fn get_measure_forms() -> [MeasureForm; 2] {
    [PHQ9, GAD7]
}

#[tauri::command]
pub async fn save_measure<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    input: Arg<MeasureInput>,
) -> Result<MeasureResult> {
    announce(&app, state.db()?.save_measure(input.0))
}

#[tauri::command]
pub async fn get_measure_history(
    state: State<'_, AppState>,
    measure: Arg<MeasureKind>,
) -> Result<MeasureHistory> {
    state.db()?.measure_history(measure.0)
}

#[tauri::command]
pub async fn delete_measure<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    id: Arg<i64>,
) -> Result<()> {
    announce(&app, state.db()?.delete_measure(id.0))
}

#[tauri::command]
pub async fn restore_measure<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    id: Arg<i64>,
) -> Result<()> {
    announce(&app, state.db()?.restore_measure(id.0))
}

#[tauri::command]
pub async fn get_safety_plan<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
) -> Result<SafetyPlan> {
    state.db()?.safety_plan(region_code(&app).as_deref())
}

#[tauri::command]
pub async fn save_safety_plan<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    plan: Arg<SafetyPlanInput>,
) -> Result<SafetyPlan> {
    let region = region_code(&app);
    let saved = announce(
        &app,
        state.db()?.save_safety_plan(plan.0, region.as_deref()),
    )?;
    keep_lock_screen_copy(&app);
    Ok(saved)
}

/// Puts the current region's crisis lines in the plan (the window has
/// asked first if the person had edited theirs).
#[tauri::command]
pub async fn use_region_crisis_lines<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
) -> Result<SafetyPlan> {
    let region = region_code(&app);
    let saved = announce(&app, state.db()?.use_region_crisis_lines(region.as_deref()))?;
    keep_lock_screen_copy(&app);
    Ok(saved)
}

/// The plan is saved either way; a copy that couldn't be refreshed is
/// written again at the next unlock.
fn keep_lock_screen_copy<R: Runtime>(app: &AppHandle<R>) {
    if let Err(e) = crate::plan_copy::refresh(app) {
        eprintln!("interlude: the lock screen's copy of the safety plan wasn't refreshed: {e}");
    }
}

#[tauri::command]
pub async fn get_brief(state: State<'_, AppState>, query: Arg<BriefQuery>) -> Result<Brief> {
    state.db()?.brief(&query.0)
}

#[tauri::command]
pub async fn save_brief_prep(
    state: State<'_, AppState>,
    query: Arg<BriefQuery>,
    prep: Arg<BriefPrep>,
) -> Result<Brief> {
    state.db()?.save_brief_prep(&query.0, prep.0)
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct BriefExported {
    path: String,
}

#[tauri::command]
pub async fn export_brief(
    state: State<'_, AppState>,
    query: Arg<BriefQuery>,
    format: Arg<BriefFormat>,
) -> Result<BriefExported> {
    let brief = state.db()?.brief(&query.0)?;
    let bytes = format.0.render(&brief)?;
    let stem = format!("interlude-brief-{}", brief.until);
    let path =
        crate::export::to_downloads_file(&state.data_dir, &stem, format.0.extension(), &bytes)?;
    Ok(BriefExported {
        path: path.display().to_string(),
    })
}

/// Every completed PHQ-9 and GAD-7 as FHIR R4 `QuestionnaireResponse`s (a
/// Bundle), saved beside the brief's exports for a clinic's record system.
#[tauri::command]
pub async fn export_measures_fhir(state: State<'_, AppState>) -> Result<BriefExported> {
    let db = state.db()?;
    let text = db.measures_fhir()?;
    let stem = format!("interlude-questionnaires-{}", db.today());
    let path =
        crate::export::to_downloads_file(&state.data_dir, &stem, "fhir.json", text.as_bytes())?;
    Ok(BriefExported {
        path: path.display().to_string(),
    })
}
