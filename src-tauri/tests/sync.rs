//! Sync through Tauri's mock runtime: two apps, two journals, one folder.
//! Starting, joining, a note travelling, a text edited on both kept twice
//! and settled by a choice, and bad input answered with a typed error.

#![allow(clippy::unwrap_used)]

use common::{call, start};
use serde_json::json;

mod common;

#[test]
fn two_apps_sync_through_one_folder() {
    let shared = tempfile::tempdir().unwrap();
    let folder = shared.path().to_str().unwrap();
    let (dir_a, dir_b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let a = start(dir_a.path());
    let b = start(dir_b.path());

    let off = a.ok("sync_status", json!({}));
    assert_eq!(off["on"], false);
    assert_eq!(off["journalPlain"], true);
    // A plain journal never syncs in plain: sync asks for a passphrase.
    assert_eq!(
        a.err(
            "sync_start",
            json!({"folder": folder, "passphrase": null, "protectJournal": false})
        ),
        "invalid"
    );
    assert_eq!(
        a.err(
            "sync_start",
            json!({"folder": "/no/such/folder", "passphrase": "pass phrase"})
        ),
        "invalid"
    );
    assert_eq!(a.err("sync_now", json!({})), "invalid");

    let id = a.note("from the desktop");
    let on = a.ok(
        "sync_start",
        json!({"folder": folder, "passphrase": "pass phrase", "protectJournal": false}),
    );
    assert_eq!(on["on"], true);
    assert!(on["folder"]
        .as_str()
        .unwrap()
        .ends_with("Interlude journal"));

    assert_eq!(
        b.err(
            "sync_join",
            json!({"folder": folder, "secret": "wrong words"})
        ),
        "wrongKey"
    );
    assert_eq!(b.ok("sync_status", json!({}))["on"], false);
    let joined = b.ok(
        "sync_join",
        json!({"folder": folder, "secret": "pass phrase"}),
    );
    assert_eq!(joined["on"], true);
    let on_b = b.ok("get_timeline", json!({}));
    let items = on_b["items"].as_array().unwrap();
    assert_eq!(items.len(), 1, "{on_b}");
    let b_id = items[0]["id"].as_i64().unwrap();
    assert_eq!(b.note_text(b_id), "from the desktop");

    // Edited on both while apart: both versions kept, settled by a choice.
    a.ok(
        "update_note",
        json!({"id": id, "input": {"text": "desktop words"}}),
    );
    b.ok(
        "update_note",
        json!({"id": b_id, "input": {"text": "laptop words"}}),
    );
    a.ok("sync_now", json!({}));
    b.ok("sync_now", json!({}));
    let status = a.ok("sync_now", json!({}));
    assert_eq!(status["conflicts"], 1);
    let conflicts = a.ok("sync_conflicts", json!({}));
    let c = &conflicts[0];
    assert_eq!(c["kind"], "note");
    assert_eq!(c["field"], "text");
    assert_eq!(c["versions"].as_array().unwrap().len(), 2);
    assert_eq!(
        a.err(
            "sync_resolve",
            json!({"kind": "note", "uid": c["uid"], "field": "text", "choice": {"pick": 1}})
        ),
        "invalid"
    );
    let left = a.ok(
        "sync_resolve",
        json!({"kind": "note", "uid": c["uid"], "field": "text", "choice": {"keepBoth": true}}),
    );
    assert_eq!(left, json!([]));
    let both = a.note_text(id);
    assert!(
        both.contains("desktop words") && both.contains("laptop words"),
        "{both}"
    );
    a.ok("sync_now", json!({}));
    b.ok("sync_now", json!({}));
    assert_eq!(b.note_text(b_id), both);
    assert_eq!(b.ok("sync_conflicts", json!({})), json!([]));

    // Stopping leaves the folder and the journal as they are.
    let stopped = b.ok("sync_stop", json!({}));
    assert_eq!(stopped["on"], false);
    assert_eq!(b.note_text(b_id), both);
    assert!(shared
        .path()
        .join("Interlude journal/journal.json")
        .is_file());
    // The reflection window has no business with sync.
    assert!(call(&a.reflection, "sync_status", json!({})).is_err());
}

/// Reminder preferences, quiet hours and the region belong to the person:
/// chosen on one computer, they hold on the other after a sync. The
/// theme belongs to the computer and stays.
#[test]
fn the_persons_preferences_travel_and_the_computers_stay() {
    let shared = tempfile::tempdir().unwrap();
    let folder = shared.path().to_str().unwrap();
    let (dir_a, dir_b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let a = start(dir_a.path());
    let b = start(dir_b.path());
    // Chosen on the desktop before it ever synced.
    a.ok("set_region", json!({"region": "DE"}));
    let mut reminders = a.ok("get_reminder_settings", json!({}));
    reminders["quietHours"]["from"] = json!("21:30");
    a.ok("set_reminder_settings", json!({"settings": reminders}));
    a.ok(
        "set_settings",
        json!({"settings": {"theme": "dark", "whenClosed": "ask"}}),
    );
    a.ok(
        "sync_start",
        json!({"folder": folder, "passphrase": "pass phrase", "protectJournal": false}),
    );
    b.ok(
        "sync_join",
        json!({"folder": folder, "secret": "pass phrase"}),
    );
    assert_eq!(b.ok("get_crisis_help", json!({}))["region"]["code"], "DE");
    assert_eq!(
        b.ok("get_reminder_settings", json!({}))["quietHours"]["from"],
        "21:30"
    );
    assert_eq!(b.ok("get_settings", json!({}))["theme"], "system");

    // Changed on the laptop: back on the desktop after its next sync.
    let mut on_b = b.ok("get_reminder_settings", json!({}));
    on_b["planReminders"] = json!(false);
    b.ok("set_reminder_settings", json!({"settings": on_b}));
    b.ok("sync_now", json!({}));
    a.ok("sync_now", json!({}));
    let on_a = a.ok("get_reminder_settings", json!({}));
    assert_eq!(on_a["planReminders"], false);
    assert_eq!(on_a["quietHours"]["from"], "21:30");
    assert_eq!(a.ok("get_settings", json!({}))["theme"], "dark");
}
