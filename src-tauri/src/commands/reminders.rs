//! Session schedule and reminder commands: thin adapters over core, plus
//! waking the timer whenever a rule changes.

use chrono::NaiveDate;
use interlude_core::schedule::reminders::{PauseFor, ReminderSettings};
use interlude_core::schedule::sessions::{ScheduleView, SessionSchedule};
use interlude_core::{Error, Result};
use serde::Serialize;
use tauri::{AppHandle, Emitter, Manager, Runtime, State};

use crate::args::Arg;
use crate::events::REMINDERS_CHANGED;
use crate::scheduler::{ReminderStatus, Scheduler};
use crate::settings;
use crate::state::{AppExt, AppState};

/// How many sessions each list shows.
const LISTED: usize = 8;

/// The schedule view plus the system's zone, the editor's default.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ScheduleScreen {
    #[serde(flatten)]
    view: ScheduleView,
    system_time_zone: String,
}

fn screen(state: &AppState) -> Result<ScheduleScreen> {
    Ok(ScheduleScreen {
        view: state.db()?.schedule_view(LISTED)?,
        system_time_zone: interlude_cli::system::system_zone().name().to_owned(),
    })
}

/// After a change to the rules: recompute the timer and tell the windows.
fn rules_changed<R: Runtime, T>(app: &AppHandle<R>, result: Result<T>) -> Result<T> {
    if result.is_ok() {
        app.state::<Scheduler>().wake();
        let _ = app.emit(REMINDERS_CHANGED, ());
    }
    result
}

#[tauri::command]
pub async fn get_schedule(state: State<'_, AppState>) -> Result<ScheduleScreen> {
    screen(&state)
}

#[tauri::command]
pub async fn set_schedule<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    schedule: Arg<SessionSchedule>,
) -> Result<ScheduleScreen> {
    state.db()?.set_schedule(schedule.0)?;
    rules_changed(&app, screen(&state))
}

#[tauri::command]
pub async fn clear_schedule<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
) -> Result<ScheduleScreen> {
    state.db()?.clear_schedule()?;
    rules_changed(&app, screen(&state))
}

#[tauri::command]
pub async fn preview_schedule(
    state: State<'_, AppState>,
    schedule: Arg<SessionSchedule>,
    count: Arg<Option<usize>>,
) -> Result<Vec<String>> {
    let starts = schedule.0.preview(state.now(), count.0.unwrap_or(4))?;
    Ok(starts.iter().map(chrono::DateTime::to_rfc3339).collect())
}

#[tauri::command]
pub async fn move_session<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    occurrence: Arg<NaiveDate>,
    start: Arg<String>,
) -> Result<ScheduleScreen> {
    state.db()?.move_session(occurrence.0, &start.0)?;
    rules_changed(&app, screen(&state))
}

#[tauri::command]
pub async fn cancel_session<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    occurrence: Arg<NaiveDate>,
) -> Result<ScheduleScreen> {
    state.db()?.cancel_session(occurrence.0)?;
    rules_changed(&app, screen(&state))
}

#[tauri::command]
pub async fn restore_session<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    occurrence: Arg<NaiveDate>,
) -> Result<ScheduleScreen> {
    state.db()?.restore_session(occurrence.0)?;
    rules_changed(&app, screen(&state))
}

#[derive(Debug, Serialize)]
pub struct Saved {
    path: String,
}

#[tauri::command]
pub async fn export_schedule(state: State<'_, AppState>) -> Result<Saved> {
    let text = state.db()?.schedule_ics()?;
    let path = crate::export::to_downloads_file(
        &state.data_dir,
        "interlude-sessions",
        "ics",
        text.as_bytes(),
    )?;
    Ok(Saved {
        path: path.display().to_string(),
    })
}

#[tauri::command]
pub async fn get_reminder_settings<R: Runtime>(app: AppHandle<R>) -> Result<ReminderSettings> {
    settings::reminders(&app)
}

#[tauri::command]
pub async fn set_reminder_settings<R: Runtime>(
    app: AppHandle<R>,
    settings: Arg<ReminderSettings>,
) -> Result<ReminderSettings> {
    rules_changed(&app, settings::save_reminders(&app, settings.0))
}

fn status<R: Runtime>(app: &AppHandle<R>) -> Result<ReminderStatus> {
    let paused = settings::paused_until(app)?.filter(|p| *p > app.interlude().now());
    Ok(app
        .state::<Scheduler>()
        .status(paused, interlude_cli::system::system_zone()))
}

#[tauri::command]
pub async fn get_reminder_status<R: Runtime>(app: AppHandle<R>) -> Result<ReminderStatus> {
    status(&app)
}

#[tauri::command]
pub async fn pause_reminders<R: Runtime>(
    app: AppHandle<R>,
    until: Arg<PauseFor>,
) -> Result<ReminderStatus> {
    crate::scheduler::pause(&app, until.0)?;
    let _ = app.emit(REMINDERS_CHANGED, ());
    status(&app)
}

#[tauri::command]
pub async fn snooze_reminder<R: Runtime>(
    app: AppHandle<R>,
    key: Arg<String>,
    minutes: Arg<Option<i64>>,
) -> Result<ReminderStatus> {
    let scheduler = app.state::<Scheduler>();
    let banner = scheduler
        .banner()
        .filter(|b| b.key == key.0)
        .ok_or_else(|| {
            Error::NotFound(interlude_core::i18n::text(
                "error-desktop-reminder-gone",
                &[],
            ))
        })?;
    scheduler.dismiss_banner(&key.0);
    scheduler.snooze(
        banner,
        minutes
            .0
            .unwrap_or(crate::scheduler::SNOOZE_MINUTES)
            .clamp(1, 240),
        app.interlude().now(),
    );
    let _ = app.emit(REMINDERS_CHANGED, ());
    status(&app)
}

#[tauri::command]
pub async fn dismiss_reminder<R: Runtime>(
    app: AppHandle<R>,
    key: Arg<String>,
) -> Result<ReminderStatus> {
    app.state::<Scheduler>().dismiss_banner(&key.0);
    let _ = app.emit(REMINDERS_CHANGED, ());
    status(&app)
}
