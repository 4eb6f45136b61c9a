//! `interlude` with no subcommand: hand over to the desktop binary.
//!
//! The desktop app is its own binary, `interlude-desktop`, installed beside
//! this one, because it links GTK and WebKit and a terminal command should
//! not pay for loading them. On Unix the hand-over is `exec(2)`: the same
//! process (so the same PID for whoever started it: the desktop entry,
//! autostart, a test harness) becomes the app, with its arguments as given
//! and `argv[0]` kept as `interlude`, so GTK names the window's class
//! `interlude`, as the desktop entry's `StartupWMClass` says.

use std::ffi::OsString;
use std::path::PathBuf;

/// The desktop binary's file name.
pub const DESKTOP_BINARY: &str = "interlude-desktop";

/// Where the desktop binary is: beside this one (`/usr/bin`, or cargo's
/// `target/<profile>` in development).
pub fn desktop_binary() -> Option<PathBuf> {
    let here = std::env::current_exe().ok()?;
    let path = here
        .parent()?
        .join(format!("{DESKTOP_BINARY}{}", std::env::consts::EXE_SUFFIX));
    path.is_file().then_some(path)
}

/// Replaces this process with the desktop app, passing `args` on. Returns
/// only if that could not happen, with the words to print.
pub fn hand_over(args: Vec<OsString>) -> String {
    let Some(path) = desktop_binary() else {
        return format!(
            "The desktop app ({DESKTOP_BINARY}) isn't installed beside this command. \
             The terminal commands work without it; see `interlude --help`."
        );
    };
    let mut command = std::process::Command::new(&path);
    command.args(args);
    run(command, &path)
}

#[cfg(unix)]
fn run(mut command: std::process::Command, path: &std::path::Path) -> String {
    use std::os::unix::process::CommandExt;
    let error = command.arg0("interlude").exec();
    start_failed(path, &error)
}

#[cfg(not(unix))]
fn run(mut command: std::process::Command, path: &std::path::Path) -> String {
    // No exec on Windows: start the app and pass its exit code on.
    match command.status() {
        Ok(status) => std::process::exit(status.code().unwrap_or(1)),
        Err(error) => start_failed(path, &error),
    }
}

fn start_failed(path: &std::path::Path, error: &std::io::Error) -> String {
    let (program, detail) = (path.display().to_string(), error.to_string());
    crate::t(
        "cli-start-failed",
        &[
            ("program", program.as_str().into()),
            ("detail", detail.as_str().into()),
        ],
    )
}
