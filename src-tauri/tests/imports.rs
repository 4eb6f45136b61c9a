//! Imports from other apps through Tauri's mock runtime: the bytes arrive
//! as base64 from the window, the preview writes nothing, the import is all
//! or nothing and a second one adds nothing.

#![allow(clippy::unwrap_used)]

use common::start;
use serde_json::json;

mod common;

fn b64(bytes: &[u8]) -> String {
    const T: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let mut n = 0u32;
        for (i, b) in chunk.iter().enumerate() {
            n |= u32::from(*b) << (16 - 8 * i);
        }
        for i in 0..=chunk.len() {
            out.push(T[((n >> (18 - 6 * i)) & 63) as usize] as char);
        }
        out.push_str(&"=".repeat(3 - chunk.len()));
    }
    out
}

const DAYLIO: &str =
    include_str!("../core/tests/fixtures/import/daylio/daylio_export_2026_11_21.csv");

#[test]
fn a_daylio_export_is_previewed_then_imported_once() {
    let dir = tempfile::tempdir().unwrap();
    let app = start(dir.path());
    let args =
        json!({"source": "daylio", "fileName": "daylio.csv", "data": b64(DAYLIO.as_bytes())});
    let preview = app.ok("preview_import_from", args.clone());
    assert_eq!(preview["counts"]["checkins"], 5);
    assert_eq!(preview["alreadyHere"], 0);
    assert_eq!(
        app.ok("get_timeline", json!({}))["items"],
        json!([]),
        "a preview writes nothing"
    );
    let done = app.ok("import_from", args.clone());
    assert_eq!(done["added"], 5);
    let again = app.ok("import_from", args.clone());
    assert_eq!(again["added"], 0);
    assert_eq!(app.ok("preview_import_from", args)["alreadyHere"], 5);
}

#[test]
fn a_wrong_or_broken_file_is_refused_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let app = start(dir.path());
    let as_jrnl =
        json!({"source": "jrnl", "fileName": "daylio.csv", "data": b64(DAYLIO.as_bytes())});
    assert_eq!(app.err("import_from", as_jrnl), "import");
    let broken = json!({"source": "daylio", "fileName": "x.csv", "data": "@@not base64@@"});
    assert_eq!(app.err("import_from", broken), "invalid");
    let unknown = json!({"source": "evernote", "fileName": "x", "data": ""});
    assert_eq!(app.err("preview_import_from", unknown), "invalid");
    assert_eq!(app.ok("get_timeline", json!({}))["items"], json!([]));
    assert_eq!(
        app.ok("list_backups", json!({}))["backups"],
        json!([]),
        "no import, no backup"
    );
}

#[test]
fn payloads_past_the_cap_are_refused_before_they_are_decoded() {
    let dir = tempfile::tempdir().unwrap();
    let app = start(dir.path());
    let cap = usize::try_from(interlude_core::transfer::MAX_IMPORT_BYTES).unwrap();
    // Base64 that would decode to just past the cap: refused by its length.
    let base64 = "A".repeat((cap / 3 + 1) * 4);
    let args = json!({"source": "daylio", "fileName": "huge.csv", "data": base64});
    let before = std::time::Instant::now();
    let err = common::call(&app.main, "preview_import_from", args).unwrap_err();
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
