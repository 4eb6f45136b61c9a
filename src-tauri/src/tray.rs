//! The tray icon and its menu: how Interlude stays within reach all day
//! with no window open.
//!
//! The first, greyed entry of the menu says when the next reminder is, or
//! that reminders are paused; the tooltip says the same where the platform
//! shows one (Linux trays have none: a StatusNotifierItem's tooltip is not
//! something libappindicator sets). Only the desktop app makes a tray (see `lib.rs`); the mock
//! runtime in tests never does, so `refresh` is a no-op there.

use interlude_core::i18n::{text, Arg};
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

/// The menu's entries, kept so `refresh` can rewrite the status line and
/// `relabel` every entry when the language changes.
struct TrayItems<R: Runtime> {
    status: MenuItem<R>,
    pause: Submenu<R>,
    /// Each entry with the Fluent id of its words (desktop.ftl).
    labelled: Vec<(MenuItem<R>, &'static str)>,
}

/// The entries: menu id, Fluent id of the words.
const ENTRIES: [(&str, &str); 12] = [
    ("open", "tray-open"),
    ("moment", "tray-moment"),
    ("checkin", "tray-checkin"),
    ("reflect", "tray-reflect"),
    ("practice", "tray-practice"),
    ("breathe", "tray-breathe"),
    ("safety", "tray-safety"),
    ("pause-hour", "tray-pause-hour"),
    ("pause-tomorrow", "tray-pause-tomorrow"),
    ("pause-resume", "tray-pause-resume"),
    ("lock", "tray-lock"),
    ("quit", "tray-quit"),
];

/// Makes the tray icon with its menu, in the language in use.
pub fn create<R: Runtime>(app: &AppHandle<R>) -> tauri::Result<()> {
    let status = MenuItem::with_id(app, "status", text("app-name", &[]), false, None::<&str>)?;
    let mut labelled = Vec::new();
    for (id, words) in ENTRIES {
        labelled.push((
            MenuItem::with_id(app, id, text(words, &[]), true, None::<&str>)?,
            words,
        ));
    }
    let item = |id: &str| {
        labelled
            .iter()
            .find(|(item, _)| item.id() == id)
            .map(|(item, _)| item)
            .expect("every entry is made above")
    };
    let pause = Submenu::with_items(
        app,
        text("tray-pause", &[]),
        true,
        &[
            item("pause-hour"),
            item("pause-tomorrow"),
            item("pause-resume"),
        ],
    )?;
    let menu = Menu::with_items(
        app,
        &[
            &status,
            &PredefinedMenuItem::separator(app)?,
            item("open"),
            item("moment"),
            item("checkin"),
            item("reflect"),
            item("practice"),
            item("breathe"),
            item("safety"),
            &PredefinedMenuItem::separator(app)?,
            &pause,
            &PredefinedMenuItem::separator(app)?,
            item("lock"),
            item("quit"),
        ],
    )?;
    TrayIconBuilder::with_id(TRAY_ID)
        .icon(ICON)
        .icon_as_template(true)
        .tooltip(text("app-name", &[]))
        .menu(&menu)
        .show_menu_on_left_click(true)
        .on_menu_event(|app, event| on_menu(app, event.id.as_ref()))
        .build(app)?;
    app.manage(TrayItems {
        status,
        pause,
        labelled,
    });
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
        let _ = tray.set_tooltip(Some(text("tray-tooltip", &[("detail", Arg::Text(&line))])));
        if let Some(items) = app.try_state::<TrayItems<R>>() {
            let _ = items.status.set_text(&line);
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
        _ if app.interlude().journal_is_new() => text("tray-set-up", &[]),
        _ if sealed => text("tray-locked", &[]),
        (Some(until), _) => text(
            "tray-paused-until",
            &[("time", Arg::Text(&day_and_time(until.with_timezone(&zone))))],
        ),
        (None, Some(next)) => text(
            "tray-next",
            &[
                ("time", Arg::Text(&day_and_time(next.at))),
                ("title", Arg::Text(&next.title)),
            ],
        ),
        (None, None) => text("tray-nothing-planned", &[]),
    }
}

/// "Tue 09:00", with the weekday in the language in use.
fn day_and_time<Tz: chrono::TimeZone>(at: chrono::DateTime<Tz>) -> String
where
    Tz::Offset: std::fmt::Display,
{
    use chrono::Datelike;
    let day = text(
        "weekday-short",
        &[(
            "day",
            Arg::Number(i64::from(at.weekday().number_from_monday())),
        )],
    );
    format!("{day} {}", at.format("%H:%M"))
}

/// Every entry in the language now in use, and the status line again
/// (after a change of language in Settings). Nothing when there is no tray.
pub fn relabel<R: Runtime>(app: &AppHandle<R>) {
    if let Some(items) = app.try_state::<TrayItems<R>>() {
        for (item, words) in &items.labelled {
            let _ = item.set_text(text(words, &[]));
        }
        let _ = items.pause.set_text(text("tray-pause", &[]));
    }
    // The status line is written only when it changes; forget the last one.
    if let Some(scheduler) = app.try_state::<Scheduler>() {
        scheduler
            .tooltip
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .clear();
    }
    refresh(app);
}
