//! Imports from other apps through Tauri's mock runtime: the file's bytes
//! arrive as the request's raw body, the preview writes nothing, the import
//! is all or nothing and a second one adds nothing.

#![allow(clippy::unwrap_used)]

use common::start;
use serde_json::json;

mod common;

/// An import as the window sends it: the file's bytes as the body, the
/// source and the (percent-encoded) name in headers.
fn send(
    app: &common::App_,
    cmd: &str,
    source: &str,
    name: &str,
    bytes: &[u8],
) -> Result<serde_json::Value, serde_json::Value> {
    common::call_raw(
        &app.main,
        cmd,
        bytes.to_vec(),
        &[("interlude-source", source), ("interlude-file-name", name)],
    )
}

const DAYLIO: &str =
    include_str!("../core/tests/fixtures/import/daylio/daylio_export_2026_11_21.csv");

#[test]
fn a_daylio_export_is_previewed_then_imported_once() {
    let dir = tempfile::tempdir().unwrap();
    let app = start(dir.path());
    let bytes = DAYLIO.as_bytes();
    // "Dagbók ☀.csv", percent-encoded as the window sends it.
    let name = "Dagb%C3%B3k%20%E2%98%80.csv";
    let preview = send(&app, "preview_import_from", "daylio", name, bytes).unwrap();
    assert_eq!(preview["counts"]["checkins"], 5);
    assert_eq!(preview["alreadyHere"], 0);
    assert_eq!(
        app.ok("get_timeline", json!({}))["items"],
        json!([]),
        "a preview writes nothing"
    );
    let done = send(&app, "import_from", "daylio", name, bytes).unwrap();
    assert_eq!(done["added"], 5);
    let again = send(&app, "import_from", "daylio", name, bytes).unwrap();
    assert_eq!(again["added"], 0);
    let later = send(&app, "preview_import_from", "daylio", name, bytes).unwrap();
    assert_eq!(later["alreadyHere"], 5);
}

#[test]
fn a_wrong_or_broken_file_is_refused_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let app = start(dir.path());
    let kind = |r: Result<serde_json::Value, serde_json::Value>| r.unwrap_err()["kind"].clone();
    // Named by the wrong app: refused by what is in it.
    let as_jrnl = send(&app, "import_from", "jrnl", "daylio.csv", DAYLIO.as_bytes());
    assert_eq!(kind(as_jrnl), "import");
    // Not a file at all (the old base64 form, as JSON): refused plainly.
    let as_json = common::call(
        &app.main,
        "import_from",
        json!({"source": "daylio", "fileName": "x.csv", "data": "QUJD"}),
    );
    assert_eq!(kind(as_json), "invalid");
    let unknown = send(&app, "preview_import_from", "evernote", "x", b"");
    assert_eq!(kind(unknown), "invalid");
    let no_source = common::call_raw(&app.main, "import_from", DAYLIO.as_bytes().to_vec(), &[]);
    assert_eq!(kind(no_source), "invalid");
    assert_eq!(app.ok("get_timeline", json!({}))["items"], json!([]));
    assert_eq!(
        app.ok("list_backups", json!({}))["backups"],
        json!([]),
        "no import, no backup"
    );
}

#[test]
fn payloads_past_the_cap_are_refused_before_they_are_read() {
    let dir = tempfile::tempdir().unwrap();
    let app = start(dir.path());
    let cap = usize::try_from(interlude_core::interchange::transfer::MAX_IMPORT_BYTES).unwrap();
    // A file just past the cap: refused by its size, before it is read.
    let before = std::time::Instant::now();
    let err = send(
        &app,
        "preview_import_from",
        "daylio",
        "huge.csv",
        &vec![b'x'; cap + 1],
    )
    .unwrap_err();
    assert_eq!(err["kind"], "import", "{err}");
    assert!(
        err["message"].as_str().unwrap().contains("too large"),
        "{err}"
    );
    // An Interlude export just past the cap: refused before it is parsed.
    let text = " ".repeat(cap + 1);
    let err = common::call(&app.main, "import_journal", json!({"text": text})).unwrap_err();
    assert_eq!(err["kind"], "import", "{err}");
    assert!(
        err["message"].as_str().unwrap().contains("too large"),
        "{err}"
    );
    eprintln!("both refused in {:?}", before.elapsed());
    // Nothing came in.
    assert_eq!(
        interlude_core::Db::open_in_dir(
            dir.path(),
            std::sync::Arc::new(interlude_core::SystemClock)
        )
        .unwrap()
        .doctor()
        .unwrap()
        .entries,
        0
    );
}
