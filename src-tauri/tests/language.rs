//! The language through the mock runtime: the computer's by default, a
//! choice kept and spoken at once (errors, thinking traps, reminders), an
//! unknown language refused with nothing changed, the first run may choose
//! it, the lock screen may read it but nothing behind the lock may change
//! it, and the reflection window
//! may read it but not change it.
//!
//! Its own test binary: the language is one per process, and the other
//! suites compare English words.

#![allow(clippy::unwrap_used)]

use std::sync::Arc;

use common::{call, start, start_with};
use interlude_cli::keychain::MemoryKeychain;
use serde_json::json;

mod common;

#[test]
fn a_chosen_language_is_kept_spoken_at_once_and_checked() {
    // The first run (no journal yet) may choose the language its welcome
    // speaks: there is nothing behind that lock yet.
    let first_run = tempfile::tempdir().unwrap();
    let welcome = start_with(first_run.path(), Arc::new(MemoryKeychain::default()));
    assert_eq!(welcome.ok("get_lock_status", json!({}))["state"], "new");
    assert_eq!(
        welcome.ok("set_language", json!({"choice": "de"}))["inUse"],
        "de"
    );
    assert_eq!(welcome.err("get_home", json!({})), "locked");
    assert_eq!(
        welcome.ok("set_language", json!({"choice": "system"}))["choice"],
        "system"
    );
    drop(welcome);

    let dir = tempfile::tempdir().unwrap();
    let app = start(dir.path());

    let first = app.ok("get_language", json!({}));
    assert_eq!(first["choice"], "system");
    assert_eq!(first["inUse"], first["system"]);

    // An unknown language: a plain refusal, and the choice stays.
    let refused = call(&app.main, "set_language", json!({"choice": "tlh"})).unwrap_err();
    assert_eq!(refused["kind"], "invalid");
    assert!(
        refused["message"]
            .as_str()
            .unwrap()
            .contains("isn't translated"),
        "{refused}"
    );
    assert_eq!(app.ok("get_language", json!({}))["choice"], "system");
    // A base tag must be written as the list has it.
    assert!(call(&app.main, "set_language", json!({"choice": "de-XX"})).is_err());

    let german = app.ok("set_language", json!({"choice": "de"}));
    assert_eq!(german["choice"], "de");
    assert_eq!(german["inUse"], "de");

    // Spoken at once: the traps the moment flow offers…
    let vocabulary = app.ok("get_journal_vocabulary", json!({}));
    assert_eq!(vocabulary["traps"][0]["id"], "allOrNothing");
    assert_eq!(vocabulary["traps"][0]["name"], "Alles-oder-nichts-Denken");
    // …the emotions and feeling words offered…
    assert_eq!(vocabulary["emotions"][0]["group"], "sad");
    assert_eq!(vocabulary["emotions"][0]["words"][0], "traurig");
    let feelings = app.ok("get_feeling_words", json!({}));
    assert_eq!(feelings["vocabulary"][0], "ruhig");
    // …the questionnaires, in their official German version…
    let forms = app.ok("get_measure_forms", json!({}));
    assert_eq!(
        forms[0]["stem"],
        "Wie oft fühlten Sie sich im Verlauf der letzten 2 Wochen durch die folgenden \
         Beschwerden beeinträchtigt?"
    );
    assert_eq!(forms[0]["options"][0]["label"], "Überhaupt nicht");
    assert_eq!(forms[1]["items"].as_array().unwrap().len(), 7);
    // A refusal where the journal checks what was written: a long paste
    // is refused in German, with its label in German too (counted once
    // trimmed).
    let long = "Worte ".repeat(4_000);
    let refused = call(
        &app.main,
        "create_moment",
        json!({"input": {"situation": long}}),
    )
    .unwrap_err();
    assert_eq!(refused["kind"], "invalid");
    assert!(
        refused["message"]
            .as_str()
            .unwrap()
            .starts_with("„Was passiert ist“ ist 23999 Zeichen lang"),
        "{refused}"
    );
    // …and an error every part of the app can meet.
    app.ok(
        "set_passphrase",
        json!({"current": null, "passphrase": "the river in winter"}),
    );
    app.ok("forget_previous_copy", json!({}));
    app.ok("lock_now", json!({}));
    let locked = call(&app.main, "get_home", json!({})).unwrap_err();
    assert_eq!(locked["kind"], "locked");
    assert_eq!(
        locked["message"],
        "Dieses Tagebuch ist gesperrt. Entsperre es, um weiterzumachen."
    );

    // Kept: a new start (same settings file) reads the choice back.
    drop(app);
    let again = start(dir.path());
    assert_eq!(again.ok("get_language", json!({}))["choice"], "de");

    // Behind the lock the language can be read (the lock screen speaks
    // it) but not changed: Settings is behind the lock too.
    assert_eq!(
        again.err("set_language", json!({"choice": "system"})),
        "locked"
    );
    again.ok("unlock", json!({"passphrase": "the river in winter"}));

    // Back to following the computer.
    let system = again.ok("set_language", json!({"choice": "system"}));
    assert_eq!(system["choice"], "system");
    assert_eq!(system["inUse"], system["system"]);

    // The reflection window reads the language but can't change it.
    assert!(call(&again.reflection, "get_language", json!({})).is_ok());
    assert!(call(&again.reflection, "set_language", json!({"choice": "de"})).is_err());
}
