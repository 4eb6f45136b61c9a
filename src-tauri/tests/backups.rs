//! Backups through Tauri's mock runtime: list, make, restore, and a journal
//! that won't open restored from its newest good backup.

#![allow(clippy::unwrap_used)]

use common::{call, start};
use interlude_core::DB_FILE;
use serde_json::{json, Value};

mod common;

#[test]
fn backups_are_listed_made_and_restored_through_commands() {
    let dir = tempfile::tempdir().unwrap();
    let app = start(dir.path());
    let listed = app.ok("list_backups", json!({}));
    assert_eq!(listed["backups"], json!([]));
    assert_eq!(listed["damage"], Value::Null);
    let kept = app.note("in the backup");
    let made = app.ok("create_backup", json!({}));
    assert_eq!(made["reason"], "manual");
    let later = app.note("after it");
    assert_eq!(
        app.err("restore_backup", json!({"name": "../x.db"})),
        "notFound"
    );
    assert_eq!(app.err("restore_backup", json!({})), "invalid");
    let before = app.ok("restore_backup", json!({"name": made["name"]}));
    assert_eq!(before["reason"], "beforeRestore");
    assert_eq!(app.note_text(kept), "in the backup");
    assert_eq!(app.err("get_note", json!({"id": later})), "notFound");
    let listed = app.ok("list_backups", json!({}));
    assert_eq!(listed["backups"].as_array().unwrap().len(), 2);
    let e = call(
        &app.reflection,
        "restore_backup",
        json!({"name": made["name"]}),
    )
    .unwrap_err();
    assert!(
        e.as_str().unwrap_or_default().contains("not allowed"),
        "{e}"
    );
}

#[test]
fn a_journal_that_wont_open_can_be_restored_from_the_window() {
    let dir = tempfile::tempdir().unwrap();
    let app = start(dir.path());
    let id = app.note("worth keeping");
    let made = app.ok("create_backup", json!({}));
    drop(app);
    // Damaged on disk after the app closed: the file, and no WAL to lean on.
    std::fs::write(dir.path().join(DB_FILE), b"scrambled beyond reading").unwrap();
    for side in ["-wal", "-shm"] {
        let _ = std::fs::remove_file(dir.path().join(format!("{DB_FILE}{side}")));
    }

    let app = start(dir.path());
    assert_eq!(app.err("get_home", json!({})), "corrupt");
    let listed = app.ok("list_backups", json!({}));
    assert_eq!(listed["backups"][0]["name"], made["name"]);
    let before = app.ok("restore_backup", json!({"name": made["name"]}));
    assert_eq!(
        before,
        Value::Null,
        "nothing to back up: the damaged file is set aside"
    );
    assert_eq!(app.note_text(id), "worth keeping");
    let aside: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .filter_map(|e| e.unwrap().file_name().into_string().ok())
        .filter(|n| n.starts_with("interlude.db.damaged-"))
        .collect();
    assert_eq!(aside.len(), 1, "{aside:?}");
    assert_eq!(
        std::fs::read(dir.path().join(&aside[0])).unwrap(),
        b"scrambled beyond reading"
    );
}
