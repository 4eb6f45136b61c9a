//! Opening, finding and focusing the app's windows.
//!
//! The main window is declared in `tauri.conf.json` (label `main`). A
//! reflection window is made on demand: label `reflection` for a new
//! reflection, `reflection-<id>` for editing one, so editing an old
//! reflection never replaces a new one being written. Asking for a window
//! that is already open brings it forward instead of opening a second.

use std::sync::atomic::{AtomicBool, Ordering};

use interlude_core::{Error, Result};
use tauri::webview::PageLoadEvent;
use tauri::{
    AppHandle, Emitter, Manager, Runtime, WebviewUrl, WebviewWindow, WebviewWindowBuilder, Window,
    WindowEvent,
};

use crate::settings::{self, WhenClosed};
use crate::tray_host::TrayHost;

pub const MAIN: &str = "main";

/// "Interlude couldn't open {window}. ({err})"; `what_id` is the Fluent id
/// of the window's name ("the main window").
fn desktop_error(what_id: &str, err: &tauri::Error) -> Error {
    let window = interlude_core::i18n::text(what_id, &[]);
    let detail = err.to_string();
    Error::Desktop(interlude_core::i18n::text(
        "error-desktop-window",
        &[
            ("window", window.as_str().into()),
            ("detail", detail.as_str().into()),
        ],
    ))
}

fn bring_forward<R: Runtime>(window: &WebviewWindow<R>) {
    // Each step can fail on some window managers; none of them matters
    // enough to report, the window exists either way.
    let _ = window.unminimize();
    let _ = window.show();
    let _ = window.set_focus();
}

/// The reflection window's label and page for a new reflection or an edit.
pub fn reflection_target(id: Option<i64>) -> (String, String) {
    match id {
        None => ("reflection".to_owned(), "reflect.html".to_owned()),
        Some(id) => (format!("reflection-{id}"), format!("reflect.html?id={id}")),
    }
}

/// Opens (or brings forward) the reflection window.
pub fn open_reflection<R: Runtime>(app: &AppHandle<R>, id: Option<i64>) -> Result<()> {
    open_reflection_window(app, id, true)
}

/// Opens the new-reflection window when a session has ended: shown, but
/// without taking the keyboard from whatever the person is doing.
pub fn offer_reflection<R: Runtime>(app: &AppHandle<R>) -> Result<()> {
    open_reflection_window(app, None, false)
}

fn open_reflection_window<R: Runtime>(
    app: &AppHandle<R>,
    id: Option<i64>,
    focus: bool,
) -> Result<()> {
    let (label, page) = reflection_target(id);
    if let Some(window) = app.get_webview_window(&label) {
        if focus {
            bring_forward(&window);
        } else {
            let _ = window.unminimize();
            let _ = window.show();
        }
        return Ok(());
    }
    let title = interlude_core::i18n::text(
        if id.is_some() {
            "window-reflect-edit"
        } else {
            "window-reflect-new"
        },
        &[],
    );
    let window = WebviewWindowBuilder::new(app, &label, WebviewUrl::App(page.into()));
    let window = shown_once_loaded(with_own_data_dir(window), focus)
        .title(title)
        .inner_size(520.0, 680.0)
        .min_inner_size(420.0, 480.0)
        .center()
        .focused(focus)
        .build()
        .map_err(|e| desktop_error("error-desktop-window-reflection", &e))?;
    follow_theme(app, &window);
    Ok(())
}

/// A new window is made hidden and shown once its page has loaded. Shown
/// at once, WebKitGTK (with compositing off, see `lib.rs`) holds the
/// window's first draw until the web process has a picture to give, up to
/// about half a second, and the page's load waits behind it: `make bench`
/// measured start → first view drawn at 1.1 s shown at once and 0.6 s
/// shown on load, on the same build (`docs/benchmarks.md`). The page's own
/// first view follows within a frame or two of showing. A load that fails
/// finishes too, so the window always appears; a reload (after an unlock)
/// finds it visible and leaves it where the person put it.
fn shown_once_loaded<R: Runtime, M: Manager<R>>(
    builder: WebviewWindowBuilder<'_, R, M>,
    focus: bool,
) -> WebviewWindowBuilder<'_, R, M> {
    builder.visible(false).on_page_load(move |window, payload| {
        if payload.event() != PageLoadEvent::Finished || window.is_visible().unwrap_or(true) {
            return;
        }
        if focus {
            bring_forward(&window);
        } else {
            let _ = window.show();
        }
    })
}

/// A new window takes the theme chosen in Settings. Set once built: the
/// builder's own theme reaches GTK's title bar but not WebKit's colour
/// scheme, which the date picker's popup follows. Nothing is said while
/// the window follows a system style not yet known: telling GTK "no
/// theme" turns its dark preference off, which would override the
/// desktop's own setting, or the style the portal watch has just set
/// from its thread (`system_theme`).
fn follow_theme<R: Runtime>(app: &AppHandle<R>, window: &WebviewWindow<R>) {
    if let Some(theme) = crate::settings::window_theme(app) {
        let _ = window.set_theme(Some(theme));
    }
}

/// The web view's own files (its storage, HSTS list, caches) go to a
/// folder of their own under the user's cache folder, never into the
/// journal's: by default Tauri gives the web view the app's data folder,
/// which is where the journal lives. Both windows share it, so they share
/// one web context.
fn with_own_data_dir<R: Runtime, M: Manager<R>>(
    builder: WebviewWindowBuilder<'_, R, M>,
) -> WebviewWindowBuilder<'_, R, M> {
    match dirs::cache_dir() {
        Some(cache) => {
            builder.data_directory(cache.join(interlude_cli::IDENTIFIER).join("webview"))
        }
        None => builder,
    }
}

/// Shows the main window, making it again if it was closed.
pub fn show_main<R: Runtime>(app: &AppHandle<R>) -> Result<()> {
    if let Some(window) = app.get_webview_window(MAIN) {
        bring_forward(&window);
        return Ok(());
    }
    let config = app
        .config()
        .app
        .windows
        .iter()
        .find(|w| w.label == MAIN)
        .cloned()
        .ok_or_else(|| {
            Error::Desktop(interlude_core::i18n::text(
                "error-desktop-main-window-missing",
                &[],
            ))
        })?;
    let window = WebviewWindowBuilder::from_config(app, &config)
        .map(|builder| shown_once_loaded(with_own_data_dir(builder), true))
        .and_then(WebviewWindowBuilder::build)
        .map_err(|e| desktop_error("error-desktop-window-main", &e))?;
    follow_theme(app, &window);
    Ok(())
}

/// Shows the main window at a place in it (`#practice`).
pub fn show_main_at<R: Runtime>(app: &AppHandle<R>, hash: &str) -> Result<()> {
    show_main(app)?;
    if let Some(window) = app.get_webview_window(MAIN) {
        // Our own page in our own window; `hash` is one of our own routes.
        let _ = window.eval(format!("window.location.hash = {hash:?}"));
    }
    Ok(())
}

/// What closing the main window does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OnClose {
    /// The window goes; Interlude keeps running for its reminders.
    Close,
    /// The window stays and asks what closing should do.
    Ask,
    Quit,
}

/// Decides what a close of the main window does. With a tray icon, an
/// unanswered question needs no asking: the icon is the way back. Asked
/// already and closed again, the window closes, so a person is never held
/// by a question they can't see (a page that failed to load can't show
/// it).
pub fn on_close(when: WhenClosed, host_present: bool, asked_already: bool) -> OnClose {
    match when {
        WhenClosed::Quit => OnClose::Quit,
        WhenClosed::Background => OnClose::Close,
        WhenClosed::Ask if host_present || asked_already => OnClose::Close,
        WhenClosed::Ask => OnClose::Ask,
    }
}

/// Whether the close question is showing now (reset once answered or
/// once the window is gone).
static ASKING: AtomicBool = AtomicBool::new(false);

/// Every window's events; only the main window's close is ours to decide.
pub fn on_window_event<R: Runtime>(window: &Window<R>, event: &WindowEvent) {
    if window.label() != MAIN {
        return;
    }
    match event {
        WindowEvent::CloseRequested { api, .. } => {
            let app = window.app_handle();
            let when = settings::load(app).map_or(WhenClosed::Ask, |s| s.when_closed);
            let host = app.state::<TrayHost>().status().host_present;
            match on_close(when, host, ASKING.load(Ordering::Relaxed)) {
                OnClose::Close => {}
                OnClose::Quit => app.exit(0),
                OnClose::Ask => {
                    api.prevent_close();
                    ASKING.store(true, Ordering::Relaxed);
                    let _ = window.emit_to(MAIN, crate::events::CLOSE_ASKED, ());
                }
            }
        }
        WindowEvent::Destroyed => ASKING.store(false, Ordering::Relaxed),
        _ => {}
    }
}

/// Carries out an answer to the close question.
pub fn close_main<R: Runtime>(app: &AppHandle<R>, choice: WhenClosed) {
    ASKING.store(false, Ordering::Relaxed);
    match choice {
        WhenClosed::Quit => app.exit(0),
        WhenClosed::Background | WhenClosed::Ask => {
            if let Some(window) = app.get_webview_window(MAIN) {
                // destroy(), not close(): close() would ask again.
                let _ = window.destroy();
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn closing_asks_only_without_a_tray_and_only_once() {
        assert_eq!(on_close(WhenClosed::Ask, false, false), OnClose::Ask);
        assert_eq!(on_close(WhenClosed::Ask, false, true), OnClose::Close);
        assert_eq!(on_close(WhenClosed::Ask, true, false), OnClose::Close);
        assert_eq!(
            on_close(WhenClosed::Background, false, false),
            OnClose::Close
        );
        assert_eq!(on_close(WhenClosed::Quit, true, false), OnClose::Quit);
        assert_eq!(on_close(WhenClosed::Quit, false, false), OnClose::Quit);
    }
}
