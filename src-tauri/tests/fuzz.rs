//! 10,000 generated payloads for every command, through Tauri's mock
//! runtime with the real capabilities: none may panic, and every failure
//! must come back as the typed `{ kind, message }` the UI understands.
//!
//! The commands and their parameter names are read from the source
//! (`src/commands/*.rs`), so a new command is fuzzed without anyone
//! remembering to add it. Payloads are built from a seeded generator: the
//! command's own parameter names (each present or not), values of every
//! JSON shape nested three deep, and strings chosen to hurt (FTS syntax,
//! dates, path tricks, emoji), with text and lists at and just past every
//! limit. Each command gets a fresh journal, on tmpfs where there is one
//! (so 10,000 saves don't wait on fsync).

#![allow(clippy::unwrap_used)]

use std::path::Path;
use std::sync::Arc;

use common::call;
use interlude::AppState;
use interlude_core::ManualClock;
use serde_json::{json, Map, Value};
use tauri::test::mock_builder;
use tauri::{WebviewUrl, WebviewWindowBuilder};

mod common;

const PAYLOADS_PER_COMMAND: usize = 10_000;

/// Commands only the reflection window may call (capabilities/*.json).
const REFLECTION_WINDOW_ONLY: &[&str] =
    &["create_reflection", "update_reflection", "show_main_window"];

/// Commands that end the app or close its window: Tauri's mock runtime
/// can't exit (it panics with "unimplemented"), and a closed window takes
/// no more calls. Their one argument is a closed enum, read by `Arg` like
/// every other (tests/commands.rs covers its bad values).
const ENDS_THE_APP: &[&str] = &["quit_app", "answer_close"];

/// A tiny deterministic generator (xorshift64*): same payloads every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        usize::try_from(self.next() % n as u64).unwrap()
    }
    fn chance(&mut self, one_in: usize) -> bool {
        self.below(one_in) == 0
    }
}

/// Field names the app's inputs really use, so objects get deep enough to
/// reach each validator, not just the first "unknown field".
const KEYS: &[&str] = &[
    "text",
    "situation",
    "mood",
    "emotions",
    "word",
    "before",
    "after",
    "traps",
    "body",
    "selfTalk",
    "did",
    "friend",
    "beliefBefore",
    "evidenceFor",
    "evidenceAgainst",
    "balanced",
    "beliefAfter",
    "prediction",
    "test",
    "safetyBehaviours",
    "expected",
    "plannedFor",
    "fromMomentId",
    "remind",
    "happened",
    "learned",
    "obstacles",
    "kind",
    "id",
    "starred",
    "private",
    "from",
    "until",
    "kinds",
    "tag",
    "cursor",
    "answers",
    "measure",
    "difficulty",
    "frequency",
    "times",
    "days",
    "at",
    "takeaway",
    "difficult",
    "focus",
    "feelings",
    "feelingRating",
    "feelingNote",
    "sentence",
    "when",
    "where",
    "what",
    "status",
    "outcome",
    "note",
    "rule",
    "start",
    "tz",
    "theme",
    "sections",
    "contacts",
    "agenda",
    "ownWords",
    "leftOut",
    "since",
    "occurredAt",
    "sessionAt",
    "bells",
    "quietHours",
    "showPrivateText",
    "limit",
    "query",
    "name",
];

const STRINGS: &[&str] = &[
    "",
    "a",
    "note",
    "moment",
    "checkin",
    "reflection",
    "phq9",
    "gad7",
    "daily",
    "weekly",
    "done",
    "light",
    "md",
    "pdf",
    "2026-11-24",
    "2026-11-24T10:00:00+01:00",
    "2099-01-01T00:00:00Z",
    "24:61",
    "FREQ=WEEKLY;BYDAY=TU",
    "Europe/Berlin",
    "Mars/Olympus",
    "\"*NEAR(a b",
    "col:x AND -y",
    "ä😊\u{202e}\u{0}",
    "../../etc/passwd",
    "<script>alert(1)</script>",
    "a long enough phrase",
    "1e999",
];

/// Every length limit of text the app takes, in characters: each is tried
/// at the limit and just past it.
const TEXT_CAPS: &[usize] = &[
    interlude_core::journal::tags::MAX_TAG_CHARS,
    interlude_core::journal::moment::MAX_EMOTION_CHARS,
    interlude_core::safety::plan::MAX_LINE_CHARS,
    interlude_core::journal::reflection::MAX_ANSWER_CHARS,
    interlude_core::journal::note::MAX_NOTE_CHARS,
];

/// Every limit on how many of a thing a list may hold.
const COUNT_CAPS: &[usize] = &[
    interlude_core::journal::tags::MAX_TAGS,
    interlude_core::journal::moment::MAX_EMOTIONS,
    interlude_core::journal::reflection::MAX_FEELINGS,
    interlude_core::safety::plan::MAX_LINES,
];

fn string(rng: &mut Rng) -> Value {
    if rng.chance(20) {
        // At a length limit, or one past it; now and then in characters
        // that take four bytes each, so bytes and characters differ.
        let cap = TEXT_CAPS[rng.below(TEXT_CAPS.len())] + rng.below(2);
        let unit = if rng.chance(4) { "😊" } else { "x" };
        return json!(unit.repeat(cap));
    }
    json!(STRINGS[rng.below(STRINGS.len())])
}

fn number(rng: &mut Rng) -> Value {
    match rng.below(9) {
        0 => json!(-1),
        1 => json!(0),
        2 => json!(1),
        3 => json!(7),
        4 => json!(101),
        5 => json!(i64::MAX),
        6 => json!(-9_007_199_254_740_993_i64),
        7 => json!(0.5),
        _ => json!(1e300),
    }
}

fn value(rng: &mut Rng, depth: usize) -> Value {
    let leaf = depth == 0 || rng.chance(2);
    if leaf {
        return match rng.below(4) {
            0 => Value::Null,
            1 => json!(rng.chance(2)),
            2 => number(rng),
            _ => string(rng),
        };
    }
    if rng.chance(3) {
        // Short lists, and now and then one at a count limit or just past
        // (of plain values, so a payload stays a few megabytes at most).
        if rng.chance(10) {
            let n = COUNT_CAPS[rng.below(COUNT_CAPS.len())] + rng.below(2);
            return Value::Array((0..n).map(|_| value(rng, 0)).collect());
        }
        let n = rng.below(4);
        Value::Array((0..n).map(|_| value(rng, depth - 1)).collect())
    } else {
        let mut map = Map::new();
        for _ in 0..rng.below(6) {
            map.insert(KEYS[rng.below(KEYS.len())].into(), value(rng, depth - 1));
        }
        Value::Object(map)
    }
}

/// A payload for a command taking `params`: each parameter present or not,
/// now and then a stranger key, now and then not an object at all.
fn payload(rng: &mut Rng, params: &[String]) -> Value {
    if rng.chance(50) {
        return value(rng, 2);
    }
    let mut map = Map::new();
    for p in params {
        if !rng.chance(4) {
            map.insert(p.clone(), value(rng, 3));
        }
    }
    if rng.chance(10) {
        map.insert(KEYS[rng.below(KEYS.len())].into(), value(rng, 1));
    }
    Value::Object(map)
}

fn snake_to_camel(s: &str) -> String {
    let mut out = String::new();
    let mut upper = false;
    for c in s.chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            out.extend(c.to_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

/// Every command the app registers (`interlude::COMMANDS`, the list
/// `generate_handler!` and build.rs share), with its parameter names as
/// the UI sends them (camelCase). The names come from the commands'
/// signatures, since the handler doesn't expose them.
fn commands() -> Vec<(String, Vec<String>)> {
    let signatures = signatures();
    interlude::COMMANDS
        .iter()
        .map(|name| {
            let params = signatures.get(*name).unwrap_or_else(|| {
                panic!(
                    "{name} is registered, but no #[tauri::command] fn {name} is in src/commands/"
                )
            });
            ((*name).to_owned(), params.clone())
        })
        .collect()
}

/// The `Arg` parameters of each `#[tauri::command]` fn in `src/commands/`.
fn signatures() -> std::collections::HashMap<String, Vec<String>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/commands");
    let mut found = std::collections::HashMap::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        for chunk in text.split("#[tauri::command").skip(1) {
            let start = chunk.find("fn ").unwrap() + 3;
            let name: String = chunk[start..]
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            let params_end = chunk.find(") ->").or_else(|| chunk.find(") {")).unwrap();
            let params = chunk[..params_end]
                .split(',')
                .filter_map(|p| {
                    let (name, ty) = p.split_once(':')?;
                    let name = name.trim().rsplit(['(', ' ', '\n']).next()?;
                    ty.trim_start()
                        .starts_with("Arg<")
                        .then(|| snake_to_camel(name))
                })
                .collect();
            found.insert(name, params);
        }
    }
    found
}

#[test]
fn ten_thousand_generated_payloads_per_command_never_panic() {
    // Exports go to the Downloads folder: keep them in a folder of ours.
    // (This is the only test in this binary, so nothing else reads HOME.)
    let home = tempfile::tempdir().unwrap();
    std::env::set_var("HOME", home.path());
    std::env::set_var("XDG_CONFIG_HOME", home.path().join(".config"));
    std::env::set_var("XDG_DATA_HOME", home.path().join(".local/share"));
    let scratch = if Path::new("/dev/shm").is_dir() {
        tempfile::tempdir_in("/dev/shm").unwrap()
    } else {
        tempfile::tempdir().unwrap()
    };

    let commands = commands();
    let unlock = commands.iter().find(|(n, _)| n == "unlock").unwrap();
    assert_eq!(unlock.1, ["passphrase"], "parameter names are read");

    let mut answered_ok = 0;
    for (seed, (cmd, params)) in (1_u64..).zip(&commands) {
        if ENDS_THE_APP.contains(&cmd.as_str()) {
            continue;
        }
        let dir = scratch.path().join(cmd);
        let clock = Arc::new(ManualClock::at("2026-11-24T18:00:00+01:00"));
        // Every command but the first-run one meets an open journal, so
        // its payloads get past "locked"; the keychain is one in memory.
        if cmd != "create_journal" {
            drop(interlude_core::Db::open_in_dir(&dir, clock.clone()).unwrap());
        }
        let state = AppState::starting_with_keychain(
            dir,
            clock,
            Arc::new(interlude_cli::keychain::MemoryKeychain::default()),
        );
        let app = interlude::builder(mock_builder(), state)
            .build(interlude::context())
            .unwrap();
        let label = if REFLECTION_WINDOW_ONLY.contains(&cmd.as_str()) {
            "reflection"
        } else {
            "main"
        };
        let window = WebviewWindowBuilder::new(&app, label, WebviewUrl::default())
            .build()
            .unwrap();
        let mut rng = Rng(0x9e37_79b9_7f4a_7c15 ^ seed);
        for _ in 0..PAYLOADS_PER_COMMAND {
            let args = payload(&mut rng, params);
            match call(&window, cmd, args.clone()) {
                Ok(value) => {
                    answered_ok += 1;
                    // Don't let 10,000 exports pile up in one folder.
                    if let Some(path) = value.get("path").and_then(Value::as_str) {
                        let _ = std::fs::remove_file(path);
                    }
                }
                Err(e) => assert!(
                    e["kind"].is_string() && e["message"].is_string(),
                    "{cmd}({args}) answered with an untyped error: {e}"
                ),
            }
        }
    }
    eprintln!(
        "{} payloads over {} commands: {answered_ok} answered, the rest refused with a typed error",
        commands.len() * PAYLOADS_PER_COMMAND,
        commands.len()
    );
}
