//! The window lock, enforced in Rust: with the journal locked, every
//! command but the lock screen's own is refused with the typed `locked`
//! error, whatever it would have touched — settings, reminders, backups,
//! the old copy — and nothing changes on disk.

#![allow(clippy::unwrap_used)]

use common::{call, start};
use interlude::lock_guard::ALLOWED_WHILE_LOCKED;
use interlude::COMMANDS;
use serde_json::json;

mod common;

const PASSPHRASE: &str = "the river in winter";

/// Commands only the reflection window is granted (capabilities/*.json).
fn window_for<'a>(
    app: &'a common::App_,
    cmd: &str,
) -> &'a tauri::WebviewWindow<tauri::test::MockRuntime> {
    if ["create_reflection", "update_reflection", "show_main_window"].contains(&cmd) {
        &app.reflection
    } else {
        &app.main
    }
}

fn refusals(app: &common::App_) -> Vec<String> {
    COMMANDS
        .iter()
        .filter(|c| !ALLOWED_WHILE_LOCKED.contains(c))
        .filter_map(|cmd| match call(window_for(app, cmd), cmd, json!({})) {
            Err(e) if e["kind"] == "locked" => None,
            other => Some(format!("{cmd}: {other:?}")),
        })
        .collect()
}

fn snapshot(dir: &std::path::Path) -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| e.path().is_file())
        .map(|e| {
            (
                e.file_name().to_string_lossy().into_owned(),
                std::fs::read(e.path()).unwrap(),
            )
        })
        .collect();
    files.sort();
    files
}

#[test]
fn a_locked_window_refuses_everything_but_the_lock_screens_own() {
    let dir = tempfile::tempdir().unwrap();
    let app = start(dir.path());
    app.note("behind the lock");
    app.ok(
        "set_passphrase",
        json!({"current": null, "passphrase": "an older passphrase"}),
    );
    // A change of passphrase keeps the old (encrypted) copy until removed.
    let status = app.ok(
        "set_passphrase",
        json!({"current": "an older passphrase", "passphrase": PASSPHRASE}),
    );
    assert_eq!(status["previousKept"], true);
    assert!(common::locked(&app.ok("lock_now", json!({}))));
    let before = snapshot(dir.path());
    let wrong = refusals(&app);
    assert!(
        wrong.is_empty(),
        "answered while locked:\n{}",
        wrong.join("\n")
    );
    assert_eq!(snapshot(dir.path()), before, "nothing changed on disk");

    // The old copy, in particular, can't be removed from behind the lock.
    assert_eq!(app.err("forget_previous_copy", json!({})), "locked");
    assert!(dir
        .path()
        .join(interlude_core::storage::encryption::PREVIOUS_FILE)
        .exists());

    // The lock screen's own still answer.
    assert!(common::locked(&app.ok("get_lock_status", json!({}))));
    assert!(app.ok("get_crisis_help", json!({}))["fallback"].is_object());
    app.ok("unlock", json!({"passphrase": PASSPHRASE}));
    app.ok("get_home", json!({}));
}

#[test]
fn a_journal_sealed_at_start_is_as_closed() {
    let dir = tempfile::tempdir().unwrap();
    let app = start(dir.path());
    app.ok(
        "set_passphrase",
        json!({"current": null, "passphrase": PASSPHRASE}),
    );
    drop(app);
    let app = start(dir.path());
    assert_eq!(app.ok("get_lock_status", json!({}))["state"], "sealed");
    let wrong = refusals(&app);
    assert!(
        wrong.is_empty(),
        "answered while sealed:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn every_listed_command_is_one_the_app_answers() {
    let dir = tempfile::tempdir().unwrap();
    let app = start(dir.path());
    for cmd in COMMANDS {
        // quit_app ends the app, which the mock runtime can't do.
        if ["lock_now", "create_journal", "app_ready", "quit_app"].contains(cmd) {
            continue;
        }
        // A malformed call answers with a typed error; an unknown command
        // would come back as Tauri's own string.
        if let Err(e) = call(window_for(&app, cmd), cmd, json!({})) {
            assert!(
                e.is_object() && e["kind"].is_string(),
                "{cmd} isn't a command the app answers: {e}"
            );
        }
    }
}
