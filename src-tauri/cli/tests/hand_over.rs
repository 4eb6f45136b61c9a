//! `interlude` with no command hands over to the desktop binary beside it.
//! A stand-in `interlude-desktop` (a shell script) records what it was
//! given, so the hand-over is checked without a display: the same process
//! (exec, not a child), the arguments as typed, and `argv[0]` kept.

#![cfg(unix)]
#![allow(clippy::unwrap_used)]

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::{Mutex, MutexGuard, PoisonError};

/// One test at a time writes and runs executables. Otherwise a file one
/// thread has just written can still be open in a child another thread
/// forked (until that child's exec closes it), and running it fails with
/// "Text file busy" (ETXTBSY): seen once in six runs.
static EXECUTABLES: Mutex<()> = Mutex::new(());

fn one_at_a_time() -> MutexGuard<'static, ()> {
    EXECUTABLES.lock().unwrap_or_else(PoisonError::into_inner)
}

/// A folder holding a copy of the real `interlude` and, if `desktop` is
/// given, a stand-in desktop binary with that script.
fn install(desktop: Option<&str>) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let cli = dir.path().join("interlude");
    std::fs::copy(env!("CARGO_BIN_EXE_interlude"), &cli).unwrap();
    if let Some(script) = desktop {
        let path = dir.path().join("interlude-desktop");
        std::fs::write(&path, script).unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    (dir, cli)
}

fn record(dir: &Path) -> String {
    std::fs::read_to_string(dir.join("record")).unwrap_or_default()
}

#[test]
fn no_command_becomes_the_desktop_app_in_the_same_process_with_its_arguments() {
    let _one = one_at_a_time();
    let (dir, cli) = install(Some(
        "#!/bin/sh\necho \"pid=$$\" > \"$(dirname \"$0\")/record\"\n\
         printf 'arg=%s\\n' \"$@\" >> \"$(dirname \"$0\")/record\"\nexit 7\n",
    ));
    let child = Command::new(&cli)
        .args(["--data-dir", "/tmp/some journal", "--minimized"])
        .spawn()
        .unwrap();
    let pid = child.id();
    let out = child.wait_with_output().unwrap();
    // The desktop's own exit code comes back: it *was* this process.
    assert_eq!(out.status.code(), Some(7));
    let record = record(dir.path());
    assert!(record.contains(&format!("pid={pid}\n")), "{record}");
    assert!(
        record.contains("arg=--data-dir\narg=/tmp/some journal\narg=--minimized\n"),
        "{record}"
    );
}

#[test]
fn help_and_commands_never_start_the_desktop_app() {
    let _one = one_at_a_time();
    let (dir, cli) = install(Some(
        "#!/bin/sh\necho started > \"$(dirname \"$0\")/record\"\n",
    ));
    let data = tempfile::tempdir().unwrap();
    for args in [
        vec!["--help"],
        vec!["--version"],
        vec![
            "reminders",
            "preview",
            "--rule",
            "FREQ=DAILY",
            "--start",
            "2027-01-01T09:00",
            "--tz",
            "UTC",
            "--count",
            "1",
        ],
        vec!["--no-such-flag"],
    ] {
        let out = Command::new(&cli)
            .args(&args)
            .env("INTERLUDE_DATA_DIR", data.path())
            .output()
            .unwrap();
        assert_eq!(record(dir.path()), "", "{args:?} started the app");
        assert!(
            out.status.code().is_some(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

#[test]
fn without_the_desktop_binary_it_says_so_and_exits_with_one() {
    let _one = one_at_a_time();
    let (_dir, cli) = install(None);
    let out = Command::new(&cli).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("The desktop app (interlude-desktop) isn't installed"),
        "{err}"
    );
}

#[test]
fn the_command_links_no_gui_toolkit() {
    // Its child holds inherited descriptors too, until its exec.
    let _one = one_at_a_time();
    // What makes a terminal command fast, and lets it run on a server:
    // the dynamic loader maps no GTK, WebKit or GLib for it.
    let Ok(out) = Command::new("ldd")
        .arg(env!("CARGO_BIN_EXE_interlude"))
        .output()
    else {
        return; // no ldd (not glibc Linux): nothing to check here
    };
    let libs = String::from_utf8_lossy(&out.stdout);
    for gui in ["gtk", "webkit", "gdk", "glib", "soup", "javascriptcore"] {
        assert!(!libs.contains(gui), "`interlude` links {gui}:\n{libs}");
    }
}
