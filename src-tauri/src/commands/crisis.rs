//! Crisis help and the region it is for. None of these needs the journal,
//! so they answer on the lock screen, the first run and a damaged journal
//! alike: the lines come from the app's own table, never from the journal
//! (the one exception is the person's own safety plan, and only when they
//! chose to keep a copy of it for the lock screen).

use interlude_core::safety::crisis::{self, CrisisHelp, Region};
use interlude_core::safety::plan::SafetyPlanCopy;
use interlude_core::Result;
use serde::Serialize;
use tauri::{AppHandle, Emitter, Runtime};

use crate::args::Arg;
use crate::settings;
use crate::state::AppExt;

/// Crisis help as the window shows it.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CrisisHelpView {
    #[serde(flatten)]
    help: CrisisHelp,
    /// The person's own plan, when they keep a copy for the lock screen.
    safety_plan: Option<SafetyPlanCopy>,
}

pub(crate) fn view<R: Runtime>(app: &AppHandle<R>) -> CrisisHelpView {
    let region = settings::region(app);
    let show_plan = settings::lock(app).is_ok_and(|l| l.safety_plan_on_lock_screen);
    CrisisHelpView {
        help: crisis::help_for(
            region
                .as_ref()
                .map(|(code, source)| (code.as_str(), *source)),
        ),
        safety_plan: show_plan
            .then(|| interlude_core::safety::plan::read_lock_screen_copy(&app.interlude().data_dir))
            .flatten(),
    }
}

#[tauri::command]
pub async fn get_crisis_help<R: Runtime>(app: AppHandle<R>) -> CrisisHelpView {
    view(&app)
}

#[tauri::command]
pub async fn list_regions() -> Vec<Region> {
    crisis::regions()
}

/// Keeps the person's region (`None`: guess it again) and tells every
/// window, so an open safety plan can offer the new region's lines.
#[tauri::command]
pub async fn set_region<R: Runtime>(
    app: AppHandle<R>,
    region: Arg<Option<String>>,
) -> Result<CrisisHelpView> {
    let region = region
        .0
        .as_deref()
        .map(crisis::checked_region)
        .transpose()?;
    settings::set_chosen_region(&app, region.as_deref())?;
    let view = view(&app);
    let _ = app.emit(crate::events::REGION_CHANGED, &view);
    Ok(view)
}
