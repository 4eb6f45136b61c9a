//! The tray icon and its menu: how Interlude stays within reach all day
//! with no window open.
//!
//! The first, greyed entry of the menu says when the next reminder is, or
//! that reminders are paused; the tooltip says the same where the platform
//! shows one (Linux trays have none: a StatusNotifierItem's tooltip is not
//! something libappindicator sets). Only the desktop app makes a tray (see `lib.rs`); the mock
//! runtime in tests never does, so `refresh` is a no-op there.

use interlude_core::schedule::reminders::PauseFor;
use tauri::menu::{Menu, MenuItem, PredefinedMenuItem, Submenu};
use tauri::tray::TrayIconBuilder;
use tauri::{AppHandle, Emitter, Listener, Manager, Runtime};

use crate::scheduler::{self, Scheduler};
use crate::state::AppExt;
use crate::{settings, windows};

const TRAY_ID: &str = "interlude";
/// Decoded into pixels at compile time, so the app carries no PNG decoder
/// (`make bench`: the release binary is that much smaller).
const ICON: tauri::image::Image<'static> = tauri::include_image!("../icons/tray.png");

/// The menu's status line, kept so `refresh` can rewrite it.
struct StatusLine<R: Runtime>(MenuItem<R>);

/// Makes the tray icon with its menu.
pub fn create<R: Runtime>(app: &AppHandle<R>) -> tauri::Result<()> {
    let status = MenuItem::with_id(app, "status", "Interlude", false, None::<&str>)?;
    let open = MenuItem::with_id(app, "open", "Open Interlude", true, None::<&str>)?;
    let reflect = MenuItem::with_id(app, "reflect", "Reflect on a session", true, None::<&str>)?;
    let moment = MenuItem::with_id(app, "moment", "Log a moment", true, None::<&str>)?;
    let checkin = MenuItem::with_id(app, "checkin", "Check in", true, None::<&str>)?;
    let safety = MenuItem::with_id(app, "safety", "My safety plan", true, None::<&str>)?;
    let practice = MenuItem::with_id(app, "practice", "Practice", true, None::<&str>)?;
    let breathe = MenuItem::with_id(app, "breathe", "Breathe for a minute", true, None::<&str>)?;
    let pause = Submenu::with_items(
        app,
        "Pause reminders",
        true,
        &[
            &MenuItem::with_id(app, "pause-hour", "For an hour", true, None::<&str>)?,
            &MenuItem::with_id(app, "pause-tomorrow", "Until tomorrow", true, None::<&str>)?,
            &MenuItem::with_id(app, "pause-resume", "Resume", true, None::<&str>)?,
        ],
    )?;
    let lock = MenuItem::with_id(app, "lock", "Lock Interlude", true, None::<&str>)?;
    let quit = MenuItem::with_id(app, "quit", "Quit Interlude", true, None::<&str>)?;
    let menu = Menu::with_items(
        app,
        &[
            &status,
            &PredefinedMenuItem::separator(app)?,
            &open,
            &moment,
            &checkin,
            &reflect,
            &practice,
            &breathe,
            &safety,
            &PredefinedMenuItem::separator(app)?,
            &pause,
            &PredefinedMenuItem::separator(app)?,
            &lock,
            &quit,
        ],
    )?;
    TrayIconBuilder::with_id(TRAY_ID)
        .icon(ICON)
        .icon_as_template(true)
        .tooltip("Interlude")
        .menu(&menu)
        .show_menu_on_left_click(true)
        .on_menu_event(|app, event| on_menu(app, event.id.as_ref()))
        .build(app)?;
    app.manage(StatusLine(status));
    // The tooltip says "locked" while the journal is; the lock announces
    // its changes, and the tray follows them like any window does.
    let handle = app.clone();
    app.listen_any(crate::events::LOCK_CHANGED, move |_| refresh(&handle));
    Ok(())
}

fn on_menu<R: Runtime>(app: &AppHandle<R>, id: &str) {
    let _ = match id {
        "open" => windows::show_main(app),
        "reflect" => windows::open_reflection(app, None),
        "moment" => windows::show_main_at(app, "#moment/new"),
        "checkin" => windows::show_main_at(app, "#checkin/new"),
        "safety" => show_safety_plan(app),
        "practice" => windows::show_main_at(app, "#practice"),
        "breathe" => windows::show_main_at(app, "#practice/box"),
        "pause-hour" => scheduler::pause(app, PauseFor::Hour),
        "pause-tomorrow" => scheduler::pause(app, PauseFor::Tomorrow),
        "pause-resume" => scheduler::pause(app, PauseFor::Resume),
        // Without a passphrase or the login there is nothing to lock with:
        // Settings is where the journal is protected.
        "lock" => crate::lock::lock_now(app)
            .map(|_| ())
            .or_else(|_| windows::show_main_at(app, "#settings")),
        "quit" => {
            app.exit(0);
            Ok(())
        }
        _ => Ok(()),
    };
}

/// The safety plan's page, and — behind the lock — the crisis lines.
fn show_safety_plan<R: Runtime>(app: &AppHandle<R>) -> interlude_core::Result<()> {
    windows::show_main_at(app, "#safety-plan")?;
    let _ = app.emit(crate::events::CRISIS_HELP_ASKED, ());
    Ok(())
}

/// Updates the status line and tooltip from the scheduler's view of
/// what's next.
pub fn refresh<R: Runtime>(app: &AppHandle<R>) {
    let Some(tray) = app.tray_by_id(TRAY_ID) else {
        return;
    };
    let line = status_line(app);
    let scheduler = app.state::<Scheduler>();
    let mut last = scheduler
        .tooltip
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    if *last != line {
        let _ = tray.set_tooltip(Some(format!("Interlude — {line}")));
        if let Some(item) = app.try_state::<StatusLine<R>>() {
            let _ = item.0.set_text(&line);
        }
        *last = line;
    }
}

/// What the tray says about reminders, in a few words.
fn status_line<R: Runtime>(app: &AppHandle<R>) -> String {
    let zone = interlude_cli::system::system_zone();
    let paused = settings::paused_until(app)
        .ok()
        .flatten()
        .filter(|p| *p > app.interlude().now());
    let status = app.state::<Scheduler>().status(paused, zone);
    let sealed = app.interlude().db_in_background().is_err();
    match (status.paused_until, status.next) {
        _ if app.interlude().journal_is_new() => "Open Interlude to set up your journal".to_owned(),
        _ if sealed => "Locked — open Interlude to unlock and get reminders".to_owned(),
        (Some(until), _) => format!(
            "Reminders paused until {}",
            until.with_timezone(&zone).format("%a %H:%M")
        ),
        (None, Some(next)) => format!("Next: {} · {}", next.at.format("%a %H:%M"), next.title),
        (None, None) => "No reminders planned".to_owned(),
    }
}
