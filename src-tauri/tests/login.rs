//! The first-run choice and "unlock with my login" through Tauri's mock
//! runtime: the real commands on a real journal on disk, with a keychain in
//! memory standing in for the OS one (present, absent, or reset between
//! "restarts" on the same folder).

#![allow(clippy::unwrap_used)]

use std::path::Path;
use std::sync::Arc;

use common::{call, start_with, App_};
use interlude::lock::KDF_PREVIOUS;
use interlude_cli::keychain::MemoryKeychain;
use interlude_core::storage::encryption::{FileKind, PREVIOUS_FILE};
use interlude_core::storage::key::KDF_FILE;
use interlude_core::DB_FILE;
use serde_json::{json, Value};

mod common;

const MARKER: &str = "tea with my sister, the hard part";
const PASSPHRASE: &str = "the river in winter";

/// The app after a restart: the login's key is fetched as at start-up.
fn restart(dir: &Path, keychain: &Arc<MemoryKeychain>) -> App_ {
    let app = start_with(dir, Arc::clone(keychain));
    interlude::lock::open_with_login(app.app.handle());
    app
}

/// The app on a first run in `dir`, answered with `keeper` ("login" or
/// "none").
fn made(dir: &Path, keychain: &Arc<MemoryKeychain>, keeper: &str) -> App_ {
    let app = start_with(dir, Arc::clone(keychain));
    app.ok(
        "create_journal",
        json!({"keeper": keeper, "passphrase": null}),
    );
    app
}

/// Every file in the folder (not the settings store), with its bytes.
fn files(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut all: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file())
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read(&p).unwrap())
        })
        .filter(|(name, _)| name.starts_with("interlude."))
        .collect();
    all.sort();
    all
}

#[test]
fn the_first_run_asks_and_a_login_kept_journal_then_opens_by_itself() {
    let dir = tempfile::tempdir().unwrap();
    let keychain = Arc::new(MemoryKeychain::default());
    let app = start_with(dir.path(), Arc::clone(&keychain));
    let status = app.ok("get_lock_status", json!({}));
    assert_eq!(status["state"], "new");
    assert!(common::locked(&status));
    assert_ne!(status["state"], "sealed", "nothing to open yet");
    assert_eq!(status["keeper"], "none");
    assert_eq!(status["loginAvailable"], true);
    // Nothing exists, and nothing can be written, before the choice.
    assert_eq!(app.err("get_home", json!({})), "locked");
    assert_eq!(
        app.err("create_note", json!({"input": {"text": "x"}})),
        "locked"
    );
    assert!(!dir.path().join(DB_FILE).exists());

    let status = app.ok(
        "create_journal",
        json!({"keeper": "login", "passphrase": null}),
    );
    assert_ne!(status["state"], "new");
    assert!(!common::locked(&status));
    assert_ne!(status["keeper"], "none");
    assert_eq!(status["keeper"], "login");
    assert_eq!(status["previousKept"], false);
    let id = app.note(MARKER);
    assert_eq!(
        app.err(
            "create_journal",
            json!({"keeper": "none", "passphrase": null})
        ),
        "invalid",
        "the choice is made once; Settings changes it"
    );
    drop(app);

    // Encrypted on disk; the key is in the keychain only.
    assert_eq!(
        FileKind::of(&dir.path().join(DB_FILE)).unwrap(),
        FileKind::Encrypted
    );
    let accounts = keychain.accounts();
    assert_eq!(accounts.len(), 1);
    let settings = std::fs::read_to_string(dir.path().join(KDF_FILE)).unwrap();
    assert!(settings.contains(&accounts[0]) && settings.contains("\"login\""));
    for (name, bytes) in files(dir.path()) {
        assert!(
            !bytes.windows(MARKER.len()).any(|w| w == MARKER.as_bytes()),
            "{name} holds the text"
        );
    }

    // A restart opens it without a word from the person.
    let app = restart(dir.path(), &keychain);
    let status = app.ok("get_lock_status", json!({}));
    assert!(!common::locked(&status), "{status}");
    assert_eq!(status["keeper"], "login");
    assert_eq!(app.note_text(id), MARKER);

    // The window lock works with the login too, and a passphrase is no way in.
    let status = app.ok("lock_now", json!({}));
    assert_eq!(
        status["state"], "locked",
        "locked, but open behind the window"
    );
    assert_eq!(app.err("get_note", json!({"id": id})), "locked");
    assert_eq!(
        app.err("unlock", json!({"passphrase": PASSPHRASE})),
        "invalid"
    );
    let status = app.ok("unlock_with_login", json!({}));
    assert!(!common::locked(&status));
    assert_eq!(app.note_text(id), MARKER);
}

#[test]
fn without_a_keychain_the_first_run_says_so_and_a_passphrase_works() {
    let dir = tempfile::tempdir().unwrap();
    let keychain = Arc::new(MemoryKeychain::absent());
    let app = start_with(dir.path(), Arc::clone(&keychain));
    let status = app.ok("get_lock_status", json!({}));
    assert_eq!(status["loginAvailable"], false);

    let e = call(
        &app.main,
        "create_journal",
        json!({"keeper": "login", "passphrase": null}),
    )
    .unwrap_err();
    assert_eq!(e["kind"], "keychain");
    assert!(
        e["message"]
            .as_str()
            .unwrap()
            .contains("passphrase works instead"),
        "{e}"
    );
    assert!(files(dir.path()).is_empty(), "nothing written");
    assert_eq!(app.ok("get_lock_status", json!({}))["state"], "new");
    for bad in [
        json!({"keeper": "passphrase", "passphrase": "short"}),
        json!({"keeper": "passphrase", "passphrase": null}),
        json!({"keeper": "tpm", "passphrase": null}),
    ] {
        assert_eq!(app.err("create_journal", bad), "invalid");
    }
    assert!(files(dir.path()).is_empty(), "nothing written");

    let status = app.ok(
        "create_journal",
        json!({"keeper": "passphrase", "passphrase": PASSPHRASE}),
    );
    assert_eq!(status["keeper"], "passphrase");
    let id = app.note(MARKER);
    drop(app);

    let app = restart(dir.path(), &keychain);
    let status = app.ok("get_lock_status", json!({}));
    assert_eq!(
        (status["state"].clone(), status["keeper"].clone()),
        (json!("sealed"), json!("passphrase"))
    );
    assert_eq!(app.err("unlock_with_login", json!({})), "invalid");
    app.ok("unlock", json!({"passphrase": PASSPHRASE}));
    assert_eq!(app.note_text(id), MARKER);
    // Moving to the login is refused plainly and changes nothing.
    let before = files(dir.path());
    assert_eq!(
        app.err("use_login", json!({"current": PASSPHRASE})),
        "keychain"
    );
    assert_eq!(files(dir.path()), before);
}

#[test]
fn not_now_makes_a_plain_journal() {
    let dir = tempfile::tempdir().unwrap();
    let keychain = Arc::new(MemoryKeychain::default());
    let app = start_with(dir.path(), Arc::clone(&keychain));
    let status = app.ok(
        "create_journal",
        json!({"keeper": "none", "passphrase": null}),
    );
    assert_eq!(
        (status["state"].clone(), status["keeper"].clone()),
        (json!("open"), json!("none"))
    );
    app.note("plain for now");
    drop(app);
    assert_eq!(
        FileKind::of(&dir.path().join(DB_FILE)).unwrap(),
        FileKind::Plain
    );
    let app = restart(dir.path(), &keychain);
    let status = app.ok("get_lock_status", json!({}));
    assert_ne!(status["state"], "new");
    assert_eq!(status["plainUnchosen"], false, "chosen at the first run");
    assert!(keychain.accounts().is_empty());
}

#[test]
fn a_reset_keychain_is_explained_and_the_journal_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let keychain = Arc::new(MemoryKeychain::default());
    let app = made(dir.path(), &keychain, "login");
    app.note(MARKER);
    drop(app);
    let before = files(dir.path());

    keychain.clear();
    let app = restart(dir.path(), &keychain);
    let status = app.ok("get_lock_status", json!({}));
    assert!(common::locked(&status));
    assert_eq!(status["state"], "sealed");
    assert_eq!(status["keeper"], "login");
    assert!(
        status["loginProblem"]
            .as_str()
            .unwrap()
            .contains("no key for this journal"),
        "{status}"
    );
    assert_eq!(app.err("unlock_with_login", json!({})), "keychain");
    assert_eq!(app.err("get_home", json!({})), "locked");
    drop(app);
    assert_eq!(files(dir.path()), before, "byte for byte as it was");
}

#[test]
fn the_key_moves_between_login_and_passphrase_and_old_keys_go_when_the_old_copy_does() {
    let dir = tempfile::tempdir().unwrap();
    let keychain = Arc::new(MemoryKeychain::default());
    let app = made(dir.path(), &keychain, "none");
    let id = app.note(MARKER);

    // Plain → login: the plain copy goes once the encrypted journal opens.
    let status = app.ok("use_login", json!({"current": null}));
    assert_eq!(
        (status["keeper"].clone(), status["previousKept"].clone()),
        (json!("login"), json!(false))
    );
    assert!(!dir.path().join(PREVIOUS_FILE).exists());
    assert_eq!(app.err("use_login", json!({"current": null})), "invalid");
    app.ok("forget_previous_copy", json!({}));
    let first = keychain.accounts();
    assert_eq!(first.len(), 1);

    // Login → passphrase: no current passphrase to give.
    let status = app.ok(
        "set_passphrase",
        json!({"current": null, "passphrase": PASSPHRASE}),
    );
    assert_eq!(status["keeper"], "passphrase");
    assert!(dir.path().join(PREVIOUS_FILE).exists());
    assert!(
        std::fs::read_to_string(dir.path().join(KDF_PREVIOUS))
            .unwrap()
            .contains(&first[0]),
        "what opens the kept copy is kept beside it"
    );
    assert_eq!(
        keychain.accounts(),
        first,
        "the old key still opens that copy"
    );
    app.ok("forget_previous_copy", json!({}));
    assert!(keychain.accounts().is_empty(), "and goes with it");
    assert!(!dir.path().join(KDF_PREVIOUS).exists());
    // (A "restart" here would leave the mock app's connection open, and a
    // change refuses a journal open elsewhere; the lock shows the same.)
    app.ok("lock_now", json!({}));
    assert_eq!(app.err("unlock_with_login", json!({})), "invalid");
    app.ok("unlock", json!({"passphrase": PASSPHRASE}));
    // Passphrase → login: the current passphrase proves it's them.
    assert_eq!(app.err("use_login", json!({"current": null})), "invalid");
    assert_eq!(
        app.err("use_login", json!({"current": "not it at all"})),
        "wrongKey"
    );
    let status = app.ok("use_login", json!({"current": PASSPHRASE}));
    assert_eq!(status["keeper"], "login");
    assert_eq!(app.note_text(id), MARKER);
    assert_eq!(keychain.accounts().len(), 1);
    assert_ne!(keychain.accounts(), first, "a new key, under a new name");
    app.ok("forget_previous_copy", json!({}));
    drop(app);

    let app = restart(dir.path(), &keychain);
    assert!(!common::locked(&app.ok("get_lock_status", json!({}))));
    assert_eq!(app.note_text(id), MARKER);
}

#[test]
fn only_the_main_window_can_make_or_move_the_key() {
    let dir = tempfile::tempdir().unwrap();
    let app = start_with(dir.path(), Arc::new(MemoryKeychain::default()));
    for (cmd, args) in [
        (
            "create_journal",
            json!({"keeper": "none", "passphrase": null}),
        ),
        ("unlock_with_login", json!({})),
        ("use_login", json!({"current": null})),
    ] {
        let e = call(&app.reflection, cmd, args).unwrap_err();
        assert!(
            e.as_str().unwrap_or_default().contains("not allowed"),
            "{cmd}: {e}"
        );
    }
    assert!(files(dir.path()).is_empty());
    // The reflection window may still ask how things stand.
    let status = call(&app.reflection, "get_lock_status", json!({})).unwrap();
    assert_eq!(status["state"], "new");
}

#[test]
fn a_recovery_key_opens_the_journal_when_the_keychain_forgot_it() {
    let dir = tempfile::tempdir().unwrap();
    let keychain = Arc::new(MemoryKeychain::default());
    let app = made(dir.path(), &keychain, "login");
    let id = app.note(MARKER);
    let code = app.ok("get_recovery_key", json!({}))["code"]
        .as_str()
        .unwrap()
        .to_owned();
    assert_eq!(code.split(' ').count(), 13, "{code}");
    assert!(code.split(' ').all(|g| g.len() == 4), "{code}");
    // Not while the window is locked, and not for an open journal.
    app.ok("lock_now", json!({}));
    assert_eq!(app.err("get_recovery_key", json!({})), "locked");
    app.ok("unlock_with_login", json!({}));
    assert_eq!(
        app.err("unlock_with_recovery_key", json!({"code": code})),
        "invalid"
    );
    drop(app);

    keychain.clear();
    let app = restart(dir.path(), &keychain);
    assert!(common::locked(&app.ok("get_lock_status", json!({}))));
    let before = files(dir.path());
    let other = interlude_core::storage::key::JournalKey::random()
        .unwrap()
        .to_recovery_code();
    for bad in [other.as_str(), "not a key at all", ""] {
        let e = call(&app.main, "unlock_with_recovery_key", json!({"code": bad})).unwrap_err();
        assert_eq!(e["kind"], "invalid", "{bad}");
        assert!(
            e["message"].as_str().unwrap().contains("recovery key"),
            "{e}"
        );
    }
    assert_eq!(files(dir.path()), before, "a wrong code changes nothing");

    let sloppy = code.to_lowercase().replace(' ', "-");
    let status = app.ok("unlock_with_recovery_key", json!({"code": sloppy}));
    assert!(!common::locked(&status));
    assert_eq!(status["loginProblem"], Value::Null);
    assert_eq!(app.note_text(id), MARKER);
    assert_eq!(
        keychain.accounts().len(),
        1,
        "the key is back in the keychain"
    );
    drop(app);

    let app = restart(dir.path(), &keychain);
    assert!(!common::locked(&app.ok("get_lock_status", json!({}))));
    assert_eq!(app.note_text(id), MARKER);
}

#[test]
fn only_a_login_kept_journal_has_a_recovery_key() {
    for keeper in [
        json!({"keeper": "none", "passphrase": null}),
        json!({"keeper": "passphrase", "passphrase": PASSPHRASE}),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let app = start_with(dir.path(), Arc::new(MemoryKeychain::default()));
        assert_eq!(app.err("get_recovery_key", json!({})), "locked");
        app.ok("create_journal", keeper);
        assert_eq!(app.err("get_recovery_key", json!({})), "invalid");
        let e = call(&app.reflection, "get_recovery_key", json!({})).unwrap_err();
        assert!(
            e.as_str().unwrap_or_default().contains("not allowed"),
            "{e}"
        );
    }
}

#[test]
fn a_keychain_that_stops_answering_points_to_the_recovery_key_not_a_passphrase() {
    let dir = tempfile::tempdir().unwrap();
    drop(made(
        dir.path(),
        &Arc::new(MemoryKeychain::default()),
        "login",
    ));
    let app = restart(dir.path(), &Arc::new(MemoryKeychain::absent()));
    let status = app.ok("get_lock_status", json!({}));
    let problem = status["loginProblem"].as_str().unwrap();
    assert!(problem.contains("recovery key"), "{problem}");
    assert!(!problem.contains("passphrase"), "{problem}");
}
