//! Encryption and the app lock through Tauri's mock runtime: the real
//! commands, capabilities and settings store, a real journal on disk, and
//! "restarts" that build the app again on the same folder.

#![allow(clippy::unwrap_used)]

use std::time::Duration;

use common::{call, start, App_};
use interlude::AppState;
use interlude_core::storage::encryption::{FileKind, PREVIOUS_FILE};
use interlude_core::storage::key::KDF_FILE;
use interlude_core::DB_FILE;
use serde_json::{json, Value};
use tauri::Manager;

mod common;

const PASSPHRASE: &str = "the river in winter";

fn protect(app: &App_) -> Value {
    app.ok(
        "set_passphrase",
        json!({"current": null, "passphrase": PASSPHRASE}),
    )
}

/// A restart after a change of passphrase: the old one is refused, `new`
/// opens the journal.
fn restart_with_only(dir: &std::path::Path, new: &str) -> App_ {
    let app = start(dir);
    assert_eq!(
        app.err("unlock", json!({"passphrase": PASSPHRASE})),
        "wrongKey"
    );
    app.ok("unlock", json!({"passphrase": new}));
    app
}

#[test]
fn a_plain_journal_is_protected_and_then_opens_only_with_its_passphrase() {
    let dir = tempfile::tempdir().unwrap();
    let app = start(dir.path());
    let status = app.ok("get_lock_status", json!({}));
    assert_eq!(status["keeper"], "none");
    assert!(!common::locked(&status));
    let id = app.note("before the passphrase");

    assert_eq!(
        app.err(
            "set_passphrase",
            json!({"current": null, "passphrase": "short"})
        ),
        "invalid"
    );
    let status = protect(&app);
    assert_ne!(status["keeper"], "none");
    assert!(!common::locked(&status));
    assert_eq!(
        status["previousKept"], false,
        "the plain copy goes once the encrypted journal has opened and passed its check"
    );
    assert!(!dir.path().join(PREVIOUS_FILE).exists());
    assert_eq!(
        FileKind::of(&dir.path().join(DB_FILE)).unwrap(),
        FileKind::Encrypted
    );
    assert!(dir.path().join(KDF_FILE).exists());
    // Still open: nothing to type again straight after setting it.
    assert_eq!(app.note_text(id), "before the passphrase");
    let later = app.note("after the passphrase");

    // Nothing is left to remove by hand.
    let status = app.ok("forget_previous_copy", json!({}));
    assert_eq!(status["previousKept"], false);
    drop(app);

    // A restart: sealed until the passphrase is given.
    let app = start(dir.path());
    let status = app.ok("get_lock_status", json!({}));
    assert_ne!(status["keeper"], "none");
    assert!(common::locked(&status));
    assert_eq!(app.err("get_home", json!({})), "locked");
    assert_eq!(
        app.err("unlock", json!({"passphrase": "the river in summer"})),
        "wrongKey"
    );
    assert_eq!(app.err("unlock", json!({"passphrase": ""})), "invalid");
    assert_eq!(app.err("get_home", json!({})), "locked", "still sealed");
    let status = app.ok("unlock", json!({"passphrase": PASSPHRASE}));
    assert!(!common::locked(&status));
    assert_eq!(app.note_text(id), "before the passphrase");
    assert_eq!(app.note_text(later), "after the passphrase");
}

#[test]
fn locking_the_window_refuses_requests_until_the_passphrase_is_typed() {
    let dir = tempfile::tempdir().unwrap();
    let app = start(dir.path());
    // Nothing to lock with before a passphrase is set.
    assert_eq!(app.err("lock_now", json!({})), "invalid");
    protect(&app);
    let id = app.note("mine");

    let status = app.ok("lock_now", json!({}));
    assert!(common::locked(&status));
    for (cmd, args) in [
        ("get_home", json!({})),
        ("get_timeline", json!({})),
        ("search_journal", json!({"query": "mine"})),
        ("get_note", json!({"id": id})),
        (
            "export_journal",
            json!({"path": null, "includePrivate": false}),
        ),
    ] {
        assert_eq!(app.err(cmd, args), "locked", "{cmd}");
    }
    // The reflection window is refused too, and says why.
    let e = call(&app.reflection, "get_draft", json!({"key": "reflection"})).unwrap_err();
    assert_eq!(e["kind"], "locked");
    // The reminders still reach the journal: the key stays in memory.
    let state = app.app.state::<AppState>();
    assert!(state.db_in_background().is_ok());

    assert_eq!(app.err("unlock", json!({"passphrase": "mine"})), "wrongKey");
    assert!(common::locked(&app.ok("get_lock_status", json!({}))));
    app.ok("unlock", json!({"passphrase": PASSPHRASE}));
    assert_eq!(app.note_text(id), "mine");
}

#[test]
fn the_window_locks_itself_after_the_idle_minutes_chosen() {
    let dir = tempfile::tempdir().unwrap();
    let app = start(dir.path());
    protect(&app);
    assert_eq!(
        app.err(
            "set_lock_settings",
            json!({"autoLockMinutes": 7, "notificationsShowText": false})
        ),
        "invalid"
    );
    let status = app.ok(
        "set_lock_settings",
        json!({"autoLockMinutes": 5, "notificationsShowText": false}),
    );
    assert_eq!(status["autoLockMinutes"], 5);
    let state = app.app.state::<AppState>();

    state.backdate_activity(Duration::from_secs(4 * 60));
    interlude::lock::auto_lock_if_idle(app.app.handle());
    assert_eq!(
        app.ok("get_lock_status", json!({}))["state"],
        "open",
        "4 minutes"
    );
    // The reminder timer sleeps until then, not a minute at a time.
    let due = interlude::lock::auto_lock_in(app.app.handle()).expect("auto-lock is on");
    assert!(
        due <= Duration::from_secs(60) && due > Duration::from_secs(50),
        "{due:?}"
    );

    // Being at the window counts.
    app.ok("still_here", json!({}));
    state.backdate_activity(Duration::from_secs(4 * 60));
    interlude::lock::auto_lock_if_idle(app.app.handle());
    assert!(!common::locked(&app.ok("get_lock_status", json!({}))));

    state.backdate_activity(Duration::from_secs(6 * 60));
    interlude::lock::auto_lock_if_idle(app.app.handle());
    assert_eq!(
        app.ok("get_lock_status", json!({}))["state"],
        "locked",
        "6 minutes"
    );
    assert_eq!(interlude::lock::auto_lock_in(app.app.handle()), None);

    // "Never" never locks.
    app.ok("unlock", json!({"passphrase": PASSPHRASE}));
    app.ok(
        "set_lock_settings",
        json!({"autoLockMinutes": 0, "notificationsShowText": true}),
    );
    state.backdate_activity(Duration::from_secs(24 * 3600));
    interlude::lock::auto_lock_if_idle(app.app.handle());
    let status = app.ok("get_lock_status", json!({}));
    assert!(!common::locked(&status));
    assert_eq!(status["notificationsShowText"], true);
    assert_eq!(interlude::lock::auto_lock_in(app.app.handle()), None);
}

#[test]
fn changing_the_passphrase_re_encrypts_and_the_old_one_stops_working() {
    let dir = tempfile::tempdir().unwrap();
    let app = start(dir.path());
    protect(&app);
    app.ok("forget_previous_copy", json!({}));
    let id = app.note("through the change");

    let new = "a longer walk home";
    assert_eq!(
        app.err(
            "set_passphrase",
            json!({"current": "not it at all", "passphrase": new})
        ),
        "wrongKey"
    );
    assert_eq!(
        app.err(
            "set_passphrase",
            json!({"current": null, "passphrase": new})
        ),
        "invalid"
    );
    app.ok(
        "set_passphrase",
        json!({"current": PASSPHRASE, "passphrase": new}),
    );
    assert_eq!(app.note_text(id), "through the change");
    assert!(!dir.path().join("interlude.kdf.json.next").exists());
    drop(app);

    let app = restart_with_only(dir.path(), new);
    assert_eq!(app.note_text(id), "through the change");
}

#[test]
fn a_backup_that_cant_follow_the_new_key_never_locks_the_person_out() {
    let dir = tempfile::tempdir().unwrap();
    let app = start(dir.path());
    protect(&app);
    let id = app.note("kept through a failing change");
    app.ok("create_backup", json!({}));
    // The backup's re-keyed copy can't be made: a folder stands where it
    // would go (a failure root can't write past, unlike a read-only one).
    let backups = dir.path().join(interlude_core::storage::backup::BACKUP_DIR);
    let name = interlude_core::storage::backup::list(dir.path()).unwrap()[0]
        .name
        .clone();
    std::fs::create_dir_all(backups.join(format!("{name}.rekey")).join("blocked")).unwrap();

    let new = "a longer walk home";
    let status = app.ok(
        "set_passphrase",
        json!({"current": PASSPHRASE, "passphrase": new}),
    );
    // The change stands, and the window is told what was left behind.
    let notice = status["notice"].as_str().unwrap_or_default();
    assert!(
        notice.contains("1 older backup couldn't be moved"),
        "{status}"
    );
    // A fresh backup under the new key is made at once, and the one left
    // behind is kept, not deleted.
    let backups = app.ok("list_backups", json!({}));
    assert_eq!(
        backups["backups"].as_array().map(Vec::len),
        Some(2),
        "{backups}"
    );
    assert_eq!(app.note_text(id), "kept through a failing change");
    drop(app);

    let app = restart_with_only(dir.path(), new);
    assert_eq!(app.note_text(id), "kept through a failing change");
}

#[test]
fn only_the_main_window_can_change_the_lock() {
    let dir = tempfile::tempdir().unwrap();
    let app = start(dir.path());
    for (cmd, args) in [
        ("lock_now", json!({})),
        (
            "set_passphrase",
            json!({"current": null, "passphrase": PASSPHRASE}),
        ),
        ("forget_previous_copy", json!({})),
        ("unlock", json!({"passphrase": PASSPHRASE})),
        (
            "set_lock_settings",
            json!({"autoLockMinutes": 0, "notificationsShowText": true}),
        ),
    ] {
        let e = call(&app.reflection, cmd, args).unwrap_err();
        assert!(
            e.as_str().unwrap_or_default().contains("not allowed"),
            "{cmd}: {e}"
        );
    }
    assert!(call(&app.reflection, "get_lock_status", json!({})).is_ok());
    assert!(call(&app.reflection, "still_here", json!({})).is_ok());
    assert_eq!(
        FileKind::of(&dir.path().join(DB_FILE)).unwrap(),
        FileKind::Plain,
        "nothing was encrypted"
    );
}

#[test]
fn a_journal_nobody_chose_to_leave_plain_is_offered_protection_until_answered() {
    // Made the way `interlude note` makes one before the app ever ran.
    let dir = tempfile::tempdir().unwrap();
    let app = start(dir.path());
    assert_eq!(app.ok("get_lock_status", json!({}))["plainUnchosen"], true);
    let status = app.ok("keep_journal_plain", json!({}));
    assert_eq!(status["plainUnchosen"], false);
    drop(app);
    let app = start(dir.path());
    assert_eq!(
        app.ok("get_lock_status", json!({}))["plainUnchosen"],
        false,
        "the answer is kept"
    );

    // Protected instead: nothing to offer.
    let dir = tempfile::tempdir().unwrap();
    let app = start(dir.path());
    let status = protect(&app);
    assert_eq!(status["plainUnchosen"], false);
}

#[test]
fn the_old_copy_is_never_removed_for_a_journal_that_did_not_open() {
    let dir = tempfile::tempdir().unwrap();
    let app = start(dir.path());
    protect(&app);
    app.ok(
        "set_passphrase",
        json!({"current": PASSPHRASE, "passphrase": "a longer walk home"}),
    );
    drop(app);
    // The journal in place is damaged; the old copy may be all there is.
    std::fs::write(
        dir.path().join(DB_FILE),
        b"SQLite format 3\0 and then nothing",
    )
    .unwrap();
    let app = start(dir.path());
    assert_eq!(app.err("forget_previous_copy", json!({})), "invalid");
    assert!(dir.path().join(PREVIOUS_FILE).exists());
}
