//! The floor `make bench` holds the app's start against: a bare Tauri 2
//! hello-world, built by the same crate with the same release profile, so
//! the framework, WebKitGTK and the linker settings are the app's own. It
//! opens one window on a page of a few lines, and the page makes the same
//! one IPC call the app makes once its first view is drawn (`app_ready`,
//! which prints "interlude: ready main page=25", the page's own clock, when
//! `INTERLUDE_BENCH_READY` is set). Whatever the app takes beyond this is the app's own doing: its
//! journal, settings, tray, reminders and 57 UI modules.
//!
//! Not shipped: `cargo build --release -p interlude --example hello_floor`.

/// The same command the app's windows call, under the same name, so the
/// crate's own capability for a window labelled "main" grants it.
#[tauri::command]
fn app_ready(window: tauri::WebviewWindow, page_ms: Option<f64>) {
    if std::env::var_os("INTERLUDE_BENCH_READY").is_some() {
        let page = page_ms.unwrap_or_default();
        eprintln!("interlude: ready {} page={page:.0}", window.label());
    }
}

fn main() {
    let context = tauri::generate_context!("examples/hello_floor/tauri.conf.json");
    let run = tauri::Builder::default()
        .invoke_handler(tauri::generate_handler![app_ready])
        .run(context);
    if let Err(e) = run {
        eprintln!("hello_floor: {e}");
        std::process::exit(1);
    }
}
