//! Every command through Tauri's mock runtime: the real handler table, the
//! real argument parsing, a real journal in a temp dir. Bad arguments must
//! come back as `{ kind, message }` and never panic.

#![allow(clippy::unwrap_used)]

use std::sync::Arc;

use interlude::AppState;
use interlude_core::{Db, ManualClock};
use serde_json::{json, Value};
use tauri::test::{mock_builder, MockRuntime};
use tauri::{App, Listener, Manager, WebviewUrl, WebviewWindow, WebviewWindowBuilder};

mod common;

struct Harness {
    dir: tempfile::TempDir,
    app: App<MockRuntime>,
    main: WebviewWindow<MockRuntime>,
    reflection: WebviewWindow<MockRuntime>,
}

/// Commands only the reflection window is granted (capabilities/*.json);
/// the harness sends each command from a window allowed to call it.
const REFLECTION_WINDOW_ONLY: &[&str] =
    &["create_reflection", "update_reflection", "show_main_window"];

fn windows(app: &App<MockRuntime>) -> (WebviewWindow<MockRuntime>, WebviewWindow<MockRuntime>) {
    let main = WebviewWindowBuilder::new(app, "main", WebviewUrl::default())
        .build()
        .unwrap();
    let reflection = WebviewWindowBuilder::new(app, "reflection", WebviewUrl::default())
        .build()
        .unwrap();
    (main, reflection)
}

fn harness() -> Harness {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(ManualClock::at("2026-11-24T18:00:00+01:00"));
    let db = Db::open_in_dir(dir.path(), clock);
    let state = AppState::new(db, dir.path().to_path_buf());
    let app = interlude::builder(mock_builder(), state)
        .build(interlude::context())
        .unwrap();
    let (main, reflection) = windows(&app);
    Harness {
        dir,
        app,
        main,
        reflection,
    }
}

impl Harness {
    /// Invokes `cmd` with `args` from a window allowed to call it.
    fn call(&self, cmd: &str, args: Value) -> Result<Value, Value> {
        let window = if REFLECTION_WINDOW_ONLY.contains(&cmd) {
            &self.reflection
        } else {
            &self.main
        };
        Self::call_from(window, cmd, args)
    }

    /// Invokes `cmd` with `args` from `window`; Ok(value) or Err(error value).
    fn call_from(
        window: &WebviewWindow<MockRuntime>,
        cmd: &str,
        args: Value,
    ) -> Result<Value, Value> {
        common::call(window, cmd, args)
    }

    fn ok(&self, cmd: &str, args: Value) -> Value {
        self.call(cmd, args.clone())
            .unwrap_or_else(|e| panic!("{cmd}({args}) failed: {e}"))
    }

    /// Asserts the call fails with a typed error of `kind`; returns its message.
    fn err(&self, cmd: &str, args: Value, kind: &str) -> String {
        let e = self
            .call(cmd, args.clone())
            .expect_err(&format!("{cmd}({args}) should fail"));
        assert_eq!(e["kind"], kind, "{cmd}({args}): {e}");
        e["message"].as_str().unwrap().to_owned()
    }
}

fn input(takeaway: &str, focus: &str) -> Value {
    json!({"takeaway": takeaway, "focus": focus, "feelings": ["calm"], "feelingRating": 6})
}

#[test]
fn reflection_lifecycle_through_commands() {
    let h = harness();
    let created = h.ok(
        "create_reflection",
        json!({"input": input("thoughts aren't facts", "breathe")}),
    );
    let id = created["id"].as_i64().unwrap();
    assert_eq!(created["feelings"], json!(["calm"]));

    let home = h.ok("get_home", json!({}));
    assert_eq!(home["focus"]["text"], "breathe");
    assert_eq!(home["daysSinceLastSession"], 0);

    let edited = h.ok(
        "update_reflection",
        json!({"id": id, "input": input("edited", "breathe slowly")}),
    );
    assert_eq!(edited["takeaway"], "edited");
    assert_eq!(
        h.ok("get_reflection", json!({"id": id}))["focus"],
        "breathe slowly"
    );

    let list = h.ok("list_reflections", json!({"limit": 10}));
    assert_eq!(list.as_array().unwrap().len(), 1);

    let entry = json!({"kind": "reflection", "id": id});
    h.ok("delete_entry", json!({"entry": entry}));
    assert_eq!(
        h.ok("list_reflections", json!({"limit": 10, "offset": 0})),
        json!([])
    );
    h.err("get_reflection", json!({"id": id}), "notFound");
    assert_eq!(h.ok("restore_entry", json!({"entry": entry})), Value::Null);
    assert_eq!(
        h.ok("get_reflection", json!({"id": id}))["takeaway"],
        "edited"
    );
}

#[test]
fn writes_announce_journal_changed() {
    let h = harness();
    let (tx, rx) = std::sync::mpsc::channel();
    h.app.listen_any("journal-changed", move |_| {
        let _ = tx.send(());
    });
    h.ok("create_reflection", json!({"input": input("x", "")}));
    rx.recv_timeout(std::time::Duration::from_secs(5))
        .expect("journal-changed after a save");
    // A failed write announces nothing.
    h.err(
        "create_reflection",
        json!({"input": input("", "")}),
        "invalid",
    );
    assert!(rx
        .recv_timeout(std::time::Duration::from_millis(200))
        .is_err());
}

#[test]
fn a_terminal_commands_write_is_announced_and_the_apps_own_only_once() {
    // Found reading the reminder timer's longer sleep: a note or plan added
    // with `interlude …` in a terminal while the app ran reached neither the
    // open window nor the timer until something else woke them.
    let h = harness();
    interlude::journal_watch::start(h.app.handle());
    let (tx, rx) = std::sync::mpsc::channel();
    h.app.listen_any("journal-changed", move |_| {
        let _ = tx.send(());
    });
    let quiet = |rx: &std::sync::mpsc::Receiver<()>| {
        rx.recv_timeout(std::time::Duration::from_millis(1500))
            .is_err()
    };

    // Another process (here another connection, as `interlude note` opens
    // one) writes: the app announces it.
    let clock = Arc::new(ManualClock::at("2026-11-24T18:05:00+01:00"));
    let mut terminal = Db::open_in_dir(h.dir.path(), clock).unwrap();
    terminal
        .create_note(interlude_core::NoteInput {
            text: "written in a terminal".into(),
            ..interlude_core::NoteInput::default()
        })
        .unwrap();
    rx.recv_timeout(std::time::Duration::from_secs(10))
        .expect("journal-changed after another process's write");
    assert!(quiet(&rx), "one announcement for one write");

    // The app's own save is announced by its command, and the watch, which
    // sees the same file change, stays quiet about it.
    h.ok("create_note", json!({"input": {"text": "written here"}}));
    rx.recv_timeout(std::time::Duration::from_secs(5))
        .expect("journal-changed after the app's own save");
    assert!(quiet(&rx), "the app's own save announced twice");
}

#[test]
fn drafts_round_trip_and_clear_on_save() {
    let h = harness();
    assert_eq!(
        h.ok("get_draft", json!({"key": "reflection:new"})),
        Value::Null
    );
    let body = json!({"takeaway": "half a tho", "feelings": []});
    h.ok("save_draft", json!({"key": "reflection:new", "body": body}));
    assert_eq!(
        h.ok("get_draft", json!({"key": "reflection:new"}))["body"],
        body
    );
    assert_eq!(h.ok("get_home", json!({}))["hasReflectionDraft"], true);
    h.ok(
        "create_reflection",
        json!({"input": input("half a thought", "")}),
    );
    assert_eq!(
        h.ok("get_draft", json!({"key": "reflection:new"})),
        Value::Null
    );
    h.ok("save_draft", json!({"key": "reflection:new", "body": body}));
    h.ok("discard_draft", json!({"key": "reflection:new"}));
    assert_eq!(
        h.ok("get_draft", json!({"key": "reflection:new"})),
        Value::Null
    );
}

#[test]
fn empty_reflection_is_a_gentle_typed_error() {
    let h = harness();
    let message = h.err(
        "create_reflection",
        json!({"input": {"takeaway": "  "}}),
        "invalid",
    );
    assert!(message.contains("nothing written"), "{message}");
}

/// Malformed arguments of every shape: a typed error naming the argument,
/// never a panic, and nothing written.
#[test]
fn malformed_arguments_are_typed_errors() {
    let h = harness();
    let cases = [
        ("get_reflection", json!({}), "\"id\""),
        ("get_reflection", json!({"id": "seven"}), "\"id\""),
        ("get_reflection", json!({"id": 1.5}), "\"id\""),
        ("list_reflections", json!({"limit": -1}), "\"limit\""),
        ("create_reflection", json!({}), "\"input\""),
        (
            "create_reflection",
            json!({"input": "a reflection"}),
            "\"input\"",
        ),
        (
            "create_reflection",
            json!({"input": {"takeaway": 5}}),
            "\"input\"",
        ),
        (
            "create_reflection",
            json!({"input": {"takeaway": "x", "mood": 3}}),
            "mood",
        ),
        (
            "create_reflection",
            json!({"input": {"takeaway": "x", "feelingRating": 300}}),
            "\"input\"",
        ),
        (
            "create_reflection",
            json!({"input": {"takeaway": "x", "sessionAt": "tuesday"}}),
            "\"input\"",
        ),
        (
            "update_reflection",
            json!({"input": {"takeaway": "x"}}),
            "\"id\"",
        ),
        ("save_draft", json!({"key": "reflection:new"}), "draft"),
        ("save_draft", json!({"key": 3, "body": {}}), "\"key\""),
        (
            "set_settings",
            json!({"settings": {"theme": "neon"}}),
            "\"settings\"",
        ),
        (
            "import_journal",
            json!({"text": {"format": "interlude-export"}}),
            "\"text\"",
        ),
    ];
    for (cmd, args, mentions) in cases {
        let message = h.err(cmd, args.clone(), "invalid");
        assert!(message.contains(mentions), "{cmd}({args}): {message}");
    }
    assert_eq!(h.ok("get_home", json!({}))["reflectionCount"], 0);
}

#[test]
fn args_that_are_not_an_object_are_typed_errors() {
    let h = harness();
    let e = h.call("get_reflection", json!([1])).unwrap_err();
    assert_eq!(e["kind"], "invalid");
}

/// Least privilege: each window may call only what its capability grants.
#[test]
fn windows_are_limited_to_their_own_commands() {
    let h = harness();
    let denied = Harness::call_from(
        &h.main,
        "create_reflection",
        json!({"input": input("x", "")}),
    );
    assert!(denied
        .unwrap_err()
        .as_str()
        .unwrap()
        .contains("not allowed"));
    let denied = Harness::call_from(
        &h.reflection,
        "delete_entry",
        json!({"entry": {"kind": "reflection", "id": 1}}),
    );
    assert!(denied
        .unwrap_err()
        .as_str()
        .unwrap()
        .contains("not allowed"));
    let denied = Harness::call_from(&h.reflection, "import_journal", json!({"text": "{}"}));
    assert!(denied
        .unwrap_err()
        .as_str()
        .unwrap()
        .contains("not allowed"));
    // The window that opens by itself after a session can't read the journal.
    for (cmd, args) in [
        ("search_journal", json!({"query": "x"})),
        ("get_timeline", json!({})),
        ("create_moment", json!({"input": {"situation": "x"}})),
        ("get_insights", json!({"days": null})),
    ] {
        let denied = Harness::call_from(&h.reflection, cmd, args);
        assert!(
            denied
                .unwrap_err()
                .as_str()
                .unwrap()
                .contains("not allowed"),
            "{cmd}"
        );
    }
}

#[test]
fn save_draft_refuses_foreign_keys() {
    let h = harness();
    h.err(
        "save_draft",
        json!({"key": "settings", "body": {}}),
        "invalid",
    );
}

#[test]
fn settings_default_then_persist() {
    let h = harness();
    assert_eq!(
        h.ok("get_settings", json!({})),
        json!({"theme": "system", "whenClosed": "ask"})
    );
    h.ok("set_settings", json!({"settings": {"theme": "dark"}}));
    assert_eq!(
        h.ok("get_settings", json!({})),
        json!({"theme": "dark", "whenClosed": "ask"})
    );
    let file = h.dir.path().join(interlude::settings::SETTINGS_FILE);
    let saved: Value = serde_json::from_str(&std::fs::read_to_string(file).unwrap()).unwrap();
    assert_eq!(saved["theme"], "dark");
}

/// With no tray icon, closing the window asks once; the answer is kept.
#[test]
fn the_close_answer_is_kept_and_the_tray_host_is_reported() {
    let h = harness();
    assert_eq!(
        h.ok("get_tray_status", json!({})),
        json!({"hostPresent": true})
    );
    let message = h.err("answer_close", json!({"choice": "ask"}), "invalid");
    assert!(message.contains("keep Interlude running"), "{message}");
    let message = h.err("answer_close", json!({"choice": "later"}), "invalid");
    assert!(message.contains("\"choice\""), "{message}");
    assert_eq!(h.ok("get_settings", json!({}))["whenClosed"], "ask");
    // Last: answering closes the (mock) main window.
    h.ok("answer_close", json!({"choice": "background"}));
    let file = h.dir.path().join(interlude::settings::SETTINGS_FILE);
    let saved: Value = serde_json::from_str(&std::fs::read_to_string(file).unwrap()).unwrap();
    assert_eq!(saved["whenClosed"], "background");
}

#[test]
fn feeling_words_offer_vocabulary_and_own_words() {
    let h = harness();
    h.ok(
        "create_reflection",
        json!({"input": {"takeaway": "x", "feelings": ["wobbly", "calm"]}}),
    );
    let words = h.ok("get_feeling_words", json!({}));
    assert!(words["vocabulary"]
        .as_array()
        .unwrap()
        .contains(&json!("calm")));
    assert_eq!(words["own"], json!(["wobbly"]));
}

#[test]
fn import_through_command_then_refusal_changes_nothing() {
    let h = harness();
    h.ok(
        "create_reflection",
        json!({"input": input("to export", "f")}),
    );
    let mut text = String::new();
    {
        let db = h.app.state::<AppState>();
        text.push_str(&db.db().unwrap().export_json(true).unwrap());
    }
    let other = harness();
    let summary = other.ok("import_journal", json!({"text": text}));
    assert_eq!(summary, json!({"added": 1, "alreadyPresent": 0}));
    let message = other.err(
        "import_journal",
        json!({"text": "{\"entries\": []}"}),
        "import",
    );
    assert!(message.contains("isn't an Interlude export"), "{message}");
    assert_eq!(other.ok("get_home", json!({}))["reflectionCount"], 1);
}

#[test]
fn app_info_names_the_datadir() {
    let h = harness();
    let info = h.ok("get_app_info", json!({}));
    assert_eq!(info["dataDir"], h.dir.path().display().to_string());
    assert_eq!(info["schemaVersion"], interlude_core::SCHEMA_VERSION);
}

#[test]
fn a_journal_that_could_not_open_answers_every_command_with_why() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(interlude_core::DB_FILE);
    write_newer_db(&path);
    let clock = Arc::new(ManualClock::at("2026-11-24T18:00:00+01:00"));
    let db = Db::open_in_dir(dir.path(), clock);
    assert!(db.is_err());
    let app = interlude::builder(mock_builder(), AppState::new(db, dir.path().to_path_buf()))
        .build(interlude::context())
        .unwrap();
    let (main, reflection) = windows(&app);
    let h = Harness {
        dir,
        app,
        main,
        reflection,
    };
    let message = h.err("get_home", json!({}), "newerSchema");
    assert!(message.contains("newer version"), "{message}");
    h.err(
        "create_reflection",
        json!({"input": input("x", "")}),
        "newerSchema",
    );
}

/// Writes a database "from a newer Interlude": a real journal whose
/// `user_version` (bytes 60..64 of the SQLite header) says 99.
fn write_newer_db(path: &std::path::Path) {
    let clock = Arc::new(ManualClock::at("2026-11-24T18:00:00+01:00"));
    drop(Db::open(path, clock).unwrap());
    let mut bytes = std::fs::read(path).unwrap();
    bytes[60..64].copy_from_slice(&99u32.to_be_bytes());
    std::fs::write(path, bytes).unwrap();
}

fn plan_input() -> Value {
    json!({
        "action": "Practise deep breathing", "amount": 3, "unit": "minutes",
        "frequency": {"kind": "daily"}, "cue": "after I brush my teeth", "cueTime": "07:30",
        "startDate": null, "endDate": null, "practice": "box", "fromReflectionId": null
    })
}

#[test]
fn a_plan_from_preview_to_logged_progress() {
    let h = harness();
    let preview = h.ok("preview_plan", json!({"input": plan_input()}));
    assert!(preview["sentence"]
        .as_str()
        .unwrap()
        .starts_with("I will practise deep breathing for 3 minutes every day"));
    assert_eq!(preview["hints"], json!([]));

    let plan = h.ok("create_plan", json!({"input": plan_input()}));
    let id = plan["id"].as_i64().unwrap();
    let today = h.ok("get_today", json!({}));
    assert_eq!(today["items"][0]["due"], true);
    assert_eq!(today["items"][0]["progress"]["week"]["done"], 0);

    let logged = h.ok(
        "log_plan",
        json!({"input": {"planId": id, "outcome": "done", "note": "calmer after"}}),
    );
    assert_eq!(logged["log"]["outcome"], "done");
    assert_eq!(logged["progress"]["week"]["done"], 1);
    assert!(logged["progress"]["score"].as_f64().unwrap() > 0.0);
    assert_eq!(
        h.ok("get_home", json!({}))["today"],
        json!({"due": 1, "done": 1})
    );

    let day = logged["log"]["day"].clone();
    h.ok("clear_plan_log", json!({"planId": id, "day": day}));
    assert_eq!(h.ok("get_plan", json!({"id": id}))["logs"], json!([]));

    let paused = h.ok("set_plan_status", json!({"id": id, "status": "paused"}));
    assert_eq!(paused["status"], "paused");
    assert_eq!(h.ok("list_plans", json!({}))[0]["plan"]["status"], "paused");
}

#[test]
fn practice_and_compassion_through_commands() {
    let h = harness();
    let plan = h.ok("create_plan", json!({"input": plan_input()}));
    let id = plan["id"].as_i64().unwrap();
    assert_eq!(
        h.ok("record_practice", json!({"planId": id}))["log"]["count"],
        1
    );
    let saved = h.ok(
        "save_compassion_break",
        json!({"input": {"mindfulness": "This is hard.", "humanity": "", "kindness": "", "planId": id}}),
    );
    assert_eq!(saved["planId"], id);
    let list = h.ok("list_compassion_breaks", json!({"limit": 5}));
    assert_eq!(list[0]["mindfulness"], "This is hard.");
}

#[test]
fn bad_practice_input_is_a_typed_error_and_saves_nothing() {
    let h = harness();
    let mut no_action = plan_input();
    no_action["action"] = json!("  ");
    let message = h.err("create_plan", json!({"input": no_action}), "invalid");
    assert!(message.contains("what you'll do"), "{message}");
    let mut bad_kind = plan_input();
    bad_kind["frequency"] = json!({"kind": "hourly"});
    h.err("create_plan", json!({"input": bad_kind}), "invalid");
    assert_eq!(
        h.ok("list_plans", json!({"includeArchived": true})),
        json!([])
    );

    let plan = h.ok("create_plan", json!({"input": plan_input()}));
    let id = plan["id"].as_i64().unwrap();
    h.err(
        "set_plan_status",
        json!({"id": id, "status": "done"}),
        "invalid",
    );
    h.err(
        "log_plan",
        json!({"input": {"planId": id, "outcome": "perfect"}}),
        "invalid",
    );
    let future = h.err(
        "log_plan",
        json!({"input": {"planId": id, "day": "2099-01-01", "outcome": "done"}}),
        "invalid",
    );
    assert!(future.contains("hasn't happened yet"), "{future}");
    h.err(
        "clear_plan_log",
        json!({"planId": id, "day": "yesterday"}),
        "invalid",
    );
    h.err("get_plan", json!({"id": 999}), "notFound");
}

fn schedule() -> Value {
    json!({"weekday": 2, "time": "17:00", "durationMinutes": 50, "everyWeeks": 2,
           "startDate": "2026-11-01", "timeZone": "Europe/London"})
}

#[test]
fn a_schedule_from_preview_to_moved_and_cancelled_sessions() {
    let h = harness();
    let empty = h.ok("get_schedule", json!({}));
    assert_eq!(empty["schedule"], Value::Null);
    assert!(!empty["systemTimeZone"].as_str().unwrap().is_empty());

    let preview = h.ok(
        "preview_schedule",
        json!({"schedule": schedule(), "count": 2}),
    );
    assert_eq!(preview.as_array().unwrap().len(), 2);
    assert!(preview[0].as_str().unwrap().contains("T17:00:00"));

    let view = h.ok("set_schedule", json!({"schedule": schedule()}));
    assert_eq!(view["rrule"], "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU");
    assert_eq!(view["schedule"]["everyWeeks"], 2);
    let occurrence = view["upcoming"][0]["occurrence"].clone();
    let moved = h.ok(
        "move_session",
        json!({"occurrence": occurrence, "start": format!("{}T09:30", occurrence.as_str().unwrap())}),
    );
    assert_eq!(moved["upcoming"][0]["status"], "moved");
    let cancelled = h.ok("cancel_session", json!({"occurrence": occurrence}));
    assert_eq!(cancelled["upcoming"][0]["status"], "cancelled");
    let restored = h.ok("restore_session", json!({"occurrence": occurrence}));
    assert_eq!(restored["upcoming"][0]["status"], "scheduled");
    assert_eq!(h.ok("clear_schedule", json!({}))["schedule"], Value::Null);
}

#[test]
fn impossible_schedules_and_reminder_rules_are_typed_errors() {
    let h = harness();
    let mut zero = schedule();
    zero["everyWeeks"] = json!(0);
    let message = h.err("set_schedule", json!({"schedule": zero}), "invalid");
    assert!(message.contains("1 to 8 weeks"), "{message}");
    let mut mars = schedule();
    mars["timeZone"] = json!("Mars/Olympus");
    h.err("preview_schedule", json!({"schedule": mars}), "invalid");
    assert_eq!(
        h.ok("get_schedule", json!({}))["schedule"],
        Value::Null,
        "nothing saved"
    );

    let mut settings = h.ok("get_reminder_settings", json!({}));
    assert_eq!(settings["reflectDelayMinutes"], 5, "defaults");
    settings["quietHours"]["until"] = settings["quietHours"]["from"].clone();
    let message = h.err(
        "set_reminder_settings",
        json!({"settings": settings}),
        "invalid",
    );
    assert!(message.contains("whole day"), "{message}");
    h.err("pause_reminders", json!({"until": "forever"}), "invalid");
    h.err(
        "cancel_session",
        json!({"occurrence": "2026-12-01"}),
        "notFound",
    );
}

#[test]
fn reminder_settings_persist_and_pause_shows_in_the_status() {
    let h = harness();
    let mut settings = h.ok("get_reminder_settings", json!({}));
    settings["bells"]["mode"] = json!("interval");
    settings["bells"]["everyMinutes"] = json!(45);
    h.ok(
        "set_reminder_settings",
        json!({"settings": settings.clone()}),
    );
    assert_eq!(h.ok("get_reminder_settings", json!({})), settings);

    let status = h.ok("pause_reminders", json!({"until": "hour"}));
    assert!(status["pausedUntil"].is_string());
    let status = h.ok("pause_reminders", json!({"until": "resume"}));
    assert_eq!(status["pausedUntil"], Value::Null);
    assert_eq!(status["notificationsWorking"], true);
    h.err(
        "snooze_reminder",
        json!({"key": "bell:x", "minutes": 10}),
        "notFound",
    );
}

// --- The pattern journal ----------------------------------------------------

fn moment_input(situation: &str, self_talk: &str) -> Value {
    json!({
        "situation": situation,
        "emotions": [{"word": "anxious", "before": 80, "after": 40}],
        "selfTalk": self_talk,
        "traps": ["mindReading"],
        "friend": "You did your best.",
        "beliefBefore": 85,
        "evidenceAgainst": "Priya asked about my idea afterwards.",
        "balanced": "Quiet isn't the same as unimpressed.",
        "beliefAfter": 45,
    })
}

#[test]
fn a_moment_from_capture_to_search_timeline_flags_and_undo() {
    let h = harness();
    let vocabulary = h.ok("get_journal_vocabulary", json!({}));
    assert_eq!(vocabulary["traps"].as_array().unwrap().len(), 12);
    assert_eq!(vocabulary["emotions"][0]["group"], "sad");

    let m = h.ok(
        "create_moment",
        json!({"input": moment_input("Standup at work", "They all think I'm slow")}),
    );
    let id = m["id"].as_i64().unwrap();
    assert_eq!(m["emotions"][0]["after"], 40);
    // The full thought record comes back as it was sent.
    assert_eq!(
        (m["beliefBefore"].clone(), m["beliefAfter"].clone()),
        (json!(85), json!(45))
    );
    assert_eq!(m["balanced"], "Quiet isn't the same as unimpressed.");
    assert_eq!(m["evidenceFor"], "");
    let c = h.ok(
        "create_checkin",
        json!({"input": {"mood": 6, "feelings": ["calm"]}}),
    );
    let n = h.ok(
        "create_note",
        json!({"input": {"text": "Slow morning, kind evening.", "tags": ["home"]}}),
    );
    assert_eq!(n["tags"], json!(["home"]));
    assert_eq!(h.ok("get_checkin", json!({"id": c["id"]}))["mood"], 6);

    let page = h.ok("get_timeline", json!({"query": {"limit": 2}}));
    assert_eq!(page["items"].as_array().unwrap().len(), 2);
    let next = page["next"].clone();
    assert!(next.is_object());
    let rest = h.ok(
        "get_timeline",
        json!({"query": {"limit": 2, "before": next}}),
    );
    assert_eq!(rest["items"].as_array().unwrap().len(), 1);
    assert!(rest["next"].is_null());

    let hits = h.ok("search_journal", json!({"query": "slow", "limit": 10}));
    assert_eq!(hits["hits"].as_array().unwrap().len(), 2, "{hits}");
    let hits = h.ok("search_journal", json!({"query": "\"think I'm"}));
    assert_eq!(hits["hits"][0]["kind"], "moment");
    assert!(hits["hits"][0]["snippet"]
        .as_str()
        .unwrap()
        .contains('\u{2}'));

    let entry = json!({"kind": "moment", "id": id});
    let item = h.ok(
        "set_entry_flags",
        json!({"entry": entry, "flags": {"starred": true, "private": true}}),
    );
    assert_eq!(
        (item["starred"].clone(), item["private"].clone()),
        (json!(true), json!(true))
    );
    let item = h.ok(
        "set_entry_tags",
        json!({"entry": entry, "tags": ["work", "standup"]}),
    );
    assert_eq!(item["tags"], json!(["standup", "work"]));
    assert_eq!(h.ok("list_tags", json!({})).as_array().unwrap().len(), 3);
    assert_eq!(
        h.ok("recent_triggers", json!({"limit": 5})),
        json!(["Standup at work"])
    );
    let starred = h.ok("get_timeline", json!({"query": {"starred": true}}));
    assert_eq!(starred["items"][0]["id"], id);

    h.ok("delete_entry", json!({"entry": entry}));
    h.err("get_moment", json!({"id": id}), "notFound");
    h.ok("restore_entry", json!({"entry": entry}));
    assert_eq!(h.ok("get_moment", json!({"id": id}))["starred"], true);

    let insights = h.ok("get_insights", json!({"days": 30}));
    assert_eq!(insights["counts"]["moment"], 1);
    assert_eq!(
        insights["enough"]["moments"], false,
        "one moment is not a pattern"
    );
    assert_eq!(
        (
            insights["belief"]["count"].clone(),
            insights["belief"]["enough"].clone()
        ),
        (json!(1), json!(false)),
        "one thought record is counted, not yet summed up"
    );
}

#[test]
fn bad_journal_input_is_a_typed_error_naming_the_field_and_saves_nothing() {
    let h = harness();
    let cases = [
        ("create_moment", json!({"input": {}}), "nothing written yet"),
        (
            "create_moment",
            json!({"input": {"emotions": [{"word": "sad", "before": 120}]}}),
            "goes from 0 to 100",
        ),
        (
            "create_moment",
            json!({"input": {"situation": "x", "traps": ["gloom"]}}),
            "twelve thinking traps",
        ),
        (
            "create_moment",
            json!({"input": {"selfTalk": "x", "beliefAfter": 140}}),
            "believe the thought now goes from 0 to 100",
        ),
        (
            "create_moment",
            json!({"input": {"situation": "x", "occurredAt": "2026-12-01T10:00:00+01:00"}}),
            "more than a day from now",
        ),
        (
            "create_checkin",
            json!({"input": {"note": "no mood"}}),
            "1 to 10",
        ),
        ("create_note", json!({"input": {"text": ""}}), "empty"),
        (
            "create_note",
            json!({"input": {"text": "x".repeat(80_001)}}),
            "80001 characters",
        ),
        (
            "get_timeline",
            json!({"query": {"from": "2026-11-20", "until": "2026-11-10"}}),
            "end date is before",
        ),
    ];
    for (cmd, args, mentions) in cases {
        let message = h.err(cmd, args.clone(), "invalid");
        assert!(message.contains(mentions), "{cmd}: {message}");
    }
    let malformed = [
        (
            "create_moment",
            json!({"input": {"emotions": [{"word": "sad", "before": 300}]}}),
            "\"input\"",
        ),
        ("create_moment", json!({"input": {"mood": 3}}), "mood"),
        (
            "set_entry_flags",
            json!({"entry": {"kind": "plan", "id": 1}, "flags": {}}),
            "\"entry\"",
        ),
        (
            "set_entry_flags",
            json!({"entry": {"kind": "note", "id": 1}, "flags": {"starred": "yes"}}),
            "\"flags\"",
        ),
        (
            "get_timeline",
            json!({"query": {"kinds": ["diary"]}}),
            "\"query\"",
        ),
        (
            "get_timeline",
            json!({"query": {"from": "yesterday"}}),
            "\"query\"",
        ),
        ("search_journal", json!({"query": 42}), "\"query\""),
        (
            "create_moment",
            json!({"input": {"selfTalk": "x", "beliefBefore": -5}}),
            "\"input\"",
        ),
        ("get_insights", json!({"days": -3}), "\"days\""),
    ];
    for (cmd, args, mentions) in malformed {
        let message = h.err(cmd, args.clone(), "invalid");
        assert!(message.contains(mentions), "{cmd}({args}): {message}");
    }
    let page = h.ok("get_timeline", json!({}));
    assert!(
        page["items"].as_array().unwrap().is_empty(),
        "nothing was saved"
    );
}

/// Generated nonsense for every journal command's arguments: each call is
/// answered (value or typed error), none panics, and the journal is left
/// as it was apart from what valid calls saved.
#[test]
fn generated_payloads_never_panic_the_journal_commands() {
    let h = harness();
    let atoms = [
        json!(null),
        json!(true),
        json!(-1),
        json!(0),
        json!(7),
        json!(1e300),
        json!(""),
        json!("\"*NEAR("),
        json!("moment"),
        json!("2026-11-24"),
        json!([]),
        json!([1, "x"]),
        json!({}),
        json!({"kind": "note", "id": 1}),
        json!({"word": "sad", "before": 101}),
    ];
    let commands = [
        ("create_moment", "input"),
        ("update_moment", "input"),
        ("create_checkin", "input"),
        ("create_note", "input"),
        ("set_entry_flags", "entry"),
        ("set_entry_tags", "tags"),
        ("get_timeline", "query"),
        ("search_journal", "query"),
        ("get_insights", "days"),
        ("delete_entry", "entry"),
        ("recent_triggers", "limit"),
    ];
    let mut calls = 0;
    for (cmd, key) in commands {
        for a in &atoms {
            for b in &atoms {
                let args = json!({ key: a, "id": b, "flags": b, "limit": b, "tags": b });
                match h.call(cmd, args) {
                    Ok(_) => {}
                    Err(e) => assert!(e["kind"].is_string(), "{cmd}: {e}"),
                }
                calls += 1;
            }
        }
    }
    assert_eq!(calls, 11 * 15 * 15);
}

// --- Bringing it back to therapy -------------------------------------------

#[test]
fn questionnaires_safety_plan_and_brief_through_commands() {
    let h = harness();
    let forms = h.ok("get_measure_forms", json!({}));
    assert_eq!(forms[0]["items"].as_array().unwrap().len(), 9);
    assert!(forms[1]["attribution"]
        .as_str()
        .unwrap()
        .starts_with("Developed by Drs. Robert L. Spitzer"));

    let mut answers = vec![json!(1); 9];
    answers[3] = Value::Null;
    let draft = h.ok(
        "save_measure",
        json!({"input": {"id": null, "measure": "phq9", "answers": answers, "difficulty": null}}),
    );
    assert_eq!(draft["complete"], false);
    assert_eq!(draft["score"], Value::Null);
    assert_eq!(
        draft["item9"], true,
        "question 9 above 0 is reported at once"
    );
    let done = h.ok(
        "save_measure",
        json!({"input": {"id": draft["id"], "measure": "phq9", "answers": vec![1; 9]}}),
    );
    assert_eq!(done["score"], 9);
    assert_eq!(done["band"]["key"], "mild");
    let history = h.ok("get_measure_history", json!({"measure": "phq9"}));
    assert_eq!(history["results"].as_array().unwrap().len(), 1);
    assert_eq!(history["bands"].as_array().unwrap().len(), 5);

    let plan = h.ok("get_safety_plan", json!({}));
    assert_eq!(plan["sections"].as_array().unwrap().len(), 7);
    let saved = h.ok(
        "save_safety_plan",
        json!({"plan": {"sections": {"reasonsForLiving": ["my dog"]},
                        "contacts": [{"name": "Sam", "phone": "555 0100"}],
                        "crisisLines": [{"name": "Line", "number": "988"}]}}),
    );
    assert_eq!(saved["sections"][6]["items"], json!(["my dog"]));

    let query = json!({"since": null, "until": null, "includePrivate": false});
    let brief = h.ok("get_brief", json!({"query": query}));
    assert_eq!(brief["mood"]["flags"].as_array().unwrap().len(), 1);
    let brief = h.ok(
        "save_brief_prep",
        json!({"query": query, "prep": {"agenda": ["sleep"], "ownWords": "Start here", "removed": []}}),
    );
    assert_eq!(brief["agenda"]["items"][0]["text"], "sleep");
    let again = h.ok("get_brief", json!({"query": query}));
    assert_eq!(again["ownWords"], "Start here");
}

#[test]
fn bad_therapy_input_is_a_typed_error() {
    let h = harness();
    let cases = [
        (
            "save_measure",
            json!({"input": {"measure": "bdi", "answers": []}}),
            "\"input\"",
        ),
        (
            "save_measure",
            json!({"input": {"measure": "gad7", "answers": [1, 2]}}),
            "7 questions",
        ),
        (
            "save_measure",
            json!({"input": {"measure": "gad7", "answers": [0, 0, 0, 0, 0, 0, 7]}}),
            "Question 7",
        ),
        (
            "get_measure_history",
            json!({"measure": "phq2"}),
            "\"measure\"",
        ),
        (
            "save_safety_plan",
            json!({"plan": {"sections": {"hobbies": ["x"]}}}),
            "isn't a section",
        ),
        (
            "get_brief",
            json!({"query": {"since": "2026-11-20", "until": "2026-11-01"}}),
            "end date is before",
        ),
        (
            "get_brief",
            json!({"query": {"since": "last week"}}),
            "\"query\"",
        ),
        (
            "export_brief",
            json!({"query": {}, "format": "docx"}),
            "\"format\"",
        ),
        (
            "save_brief_prep",
            json!({"query": {}, "prep": {"agenda": ["x".repeat(501)]}}),
            "agenda",
        ),
    ];
    for (cmd, args, mentions) in cases {
        let message = h.err(cmd, args.clone(), "invalid");
        assert!(message.contains(mentions), "{cmd}({args}): {message}");
    }
}

// --- Behavioural experiments ------------------------------------------------

#[test]
fn an_experiment_from_a_thought_to_its_write_up_through_commands() {
    let h = harness();
    let m = h.ok(
        "create_moment",
        json!({"input": moment_input("Standup", "They all think I'm slow")}),
    );
    let planned = json!({
        "prediction": "If I ask Sam for feedback, he'll say my work is sloppy.",
        "beliefBefore": 75,
        "test": "Ask Sam for feedback on the report",
        "safetyBehaviours": "Apologising before he answers",
        "expected": "A list of mistakes",
        "plannedFor": "2026-11-26T11:00:00+01:00",
        "fromMomentId": m["id"],
        "remind": true,
    });
    let e = h.ok("create_experiment", json!({"input": planned}));
    assert_eq!(e["status"], "planned");
    assert_eq!(e["fromMomentId"], m["id"]);
    // The reminder is a one-day plan at the planned time.
    let plan = h.ok("get_plan", json!({"id": e["planId"]}));
    assert_eq!(plan["plan"]["cueTime"], "11:00");
    assert_eq!(plan["plan"]["startDate"], "2026-11-26");

    let mut written = planned.clone();
    written["happened"] = json!("He pointed out one typo and liked the summary.");
    written["learned"] = json!("Feedback was smaller and kinder than I feared.");
    written["beliefAfter"] = json!(25);
    written["remind"] = json!(false);
    let done = h.ok(
        "update_experiment",
        json!({"id": e["id"], "input": written}),
    );
    assert_eq!(done["status"], "done");
    assert_eq!(
        done["planId"], e["planId"],
        "the plan stays, not a second one"
    );
    assert_eq!(h.ok("list_experiments", json!({}))[0]["beliefAfter"], 25);

    h.ok("delete_experiment", json!({"id": e["id"]}));
    h.err("get_experiment", json!({"id": e["id"]}), "notFound");
    let back = h.ok("restore_experiment", json!({"id": e["id"]}));
    assert_eq!(
        back["learned"],
        "Feedback was smaller and kinder than I feared."
    );
}

#[test]
fn bad_experiments_are_typed_errors_and_save_nothing() {
    let h = harness();
    let message = h.err(
        "create_experiment",
        json!({"input": {"prediction": " "}}),
        "invalid",
    );
    assert!(message.contains("belief or prediction"), "{message}");
    let message = h.err(
        "create_experiment",
        json!({"input": {"prediction": "x", "remind": true}}),
        "invalid",
    );
    assert!(message.contains("A reminder needs a time"), "{message}");
    // Malformed: an unknown key, a rating out of a byte's range.
    let message = h.err(
        "create_experiment",
        json!({"input": {"prediction": "x", "colour": "red"}}),
        "invalid",
    );
    assert!(message.contains("\"input\""), "{message}");
    h.err(
        "create_experiment",
        json!({"input": {"prediction": "x", "beliefBefore": 900}}),
        "invalid",
    );
    h.err(
        "create_experiment",
        json!({"input": {"prediction": "x", "fromMomentId": 99}}),
        "notFound",
    );
    h.err(
        "update_experiment",
        json!({"id": 5, "input": {"prediction": "x"}}),
        "notFound",
    );
    assert_eq!(h.ok("list_experiments", json!({})), json!([]));
    assert_eq!(
        h.ok("list_plans", json!({})).as_array().unwrap().len(),
        0,
        "no reminder plan either"
    );
}

// --- Behavioural activation -------------------------------------------------

#[test]
fn an_activity_planned_from_a_value_and_logged_through_commands() {
    let h = harness();
    let value = h.ok(
        "create_value",
        json!({"input": {"area": "relationships", "words": "Be there for my sister"}}),
    );
    assert_eq!(value["area"], "relationships");
    let planned = json!({
        "what": "Call Mia after work",
        "valueId": value["id"],
        "plannedFor": "2026-11-26T18:30:00+01:00",
        "predicted": {"mood": 4, "mastery": 3, "pleasure": 3},
    });
    let a = h.ok("create_activity", json!({"input": planned}));
    assert_eq!(a["status"], "planned");
    assert_eq!(a["value"]["words"], "Be there for my sister");
    let mut logged = planned.clone();
    logged["doneAt"] = json!("2026-11-24T18:00:00+01:00");
    logged["actual"] = json!({"mood": 7, "pleasure": 6});
    let done = h.ok("update_activity", json!({"id": a["id"], "input": logged}));
    assert_eq!(done["status"], "done");
    assert_eq!(done["actual"]["mastery"], Value::Null);
    assert_eq!(h.ok("list_activities", json!({}))[0]["actual"]["mood"], 7);
    let insights = h.ok("get_activity_insights", json!({"days": 30}));
    assert_eq!(insights["logged"], 1);
    assert_eq!(insights["enough"]["moods"], false);
    assert_eq!(insights["thresholds"]["withMood"], 5);
    assert_eq!(insights["surprises"][0]["expected"], 3);

    h.ok("delete_value", json!({"id": value["id"]}));
    assert_eq!(h.ok("list_values", json!({})), json!([]));
    h.ok("restore_value", json!({"id": value["id"]}));
    h.ok(
        "update_value",
        json!({"id": value["id"], "input": {"area": "community", "words": "Show up"}}),
    );
    assert_eq!(
        h.ok("get_activity", json!({"id": a["id"]}))["value"]["area"],
        "community"
    );
    h.ok("delete_activity", json!({"id": a["id"]}));
    h.err("get_activity", json!({"id": a["id"]}), "notFound");
    h.ok("restore_activity", json!({"id": a["id"]}));
}

#[test]
fn bad_values_and_activities_are_typed_errors_and_save_nothing() {
    let h = harness();
    let message = h.err(
        "create_value",
        json!({"input": {"area": "money", "words": "x"}}),
        "invalid",
    );
    assert!(message.contains("\"input\""), "{message}");
    let message = h.err(
        "create_value",
        json!({"input": {"area": "play", "words": " "}}),
        "invalid",
    );
    assert!(message.contains("few words"), "{message}");
    let message = h.err(
        "create_activity",
        json!({"input": {"what": "Swim"}}),
        "invalid",
    );
    assert!(message.contains("when you'll do it"), "{message}");
    h.err(
        "create_activity",
        json!({"input": {"what": "Swim", "doneAt": "2026-11-24T10:00:00+01:00",
                         "actual": {"mood": 300}}}),
        "invalid",
    );
    h.err(
        "create_activity",
        json!({"input": {"what": "Swim", "plannedFor": "2026-11-26T10:00:00+01:00",
                         "valueId": 99}}),
        "notFound",
    );
    h.err("get_activity_insights", json!({"days": "all"}), "invalid");
    assert_eq!(h.ok("list_activities", json!({})), json!([]));
    assert_eq!(h.ok("list_values", json!({})), json!([]));
}

// --- A therapist's homework file -------------------------------------------

const HOMEWORK: &str = include_str!("../../docs/examples/homework.json");

#[test]
fn a_homework_file_is_previewed_then_imported_with_one_item_left_out() {
    let h = harness();
    let preview = h.ok(
        "preview_homework",
        json!({"text": HOMEWORK, "fileName": "homework.json"}),
    );
    assert_eq!(preview["from"], "Ana Weber");
    assert_eq!(preview["items"].as_array().map(Vec::len), Some(3));
    assert_eq!(preview["items"][0]["kind"], "practice");
    assert_eq!(
        h.ok("list_plans", json!({"includeArchived": true})),
        json!([])
    );
    let summary = h.ok(
        "import_homework",
        json!({"text": HOMEWORK, "fileName": "homework.json",
               "accept": ["breathing", "speak-up"], "keepNote": true}),
    );
    assert_eq!(summary, json!({"added": 3, "alreadyHere": 0, "leftOut": 1}));
    let again = h.ok(
        "import_homework",
        json!({"text": HOMEWORK, "fileName": "homework.json",
               "accept": ["breathing", "speak-up"], "keepNote": true}),
    );
    assert_eq!(again["added"], 0);
}

#[test]
fn a_bad_homework_file_is_a_typed_error() {
    let h = harness();
    let message = h.err(
        "preview_homework",
        json!({"text": "{\"format\": \"interlude-export\"}", "fileName": "x.json"}),
        "import",
    );
    assert!(message.starts_with("x.json: "), "{message}");
    h.err(
        "import_homework",
        json!({"text": HOMEWORK, "fileName": "homework.json", "accept": "all", "keepNote": true}),
        "invalid",
    );
    h.err(
        "import_homework",
        json!({"text": HOMEWORK, "fileName": "homework.json", "accept": ["swim"], "keepNote": false}),
        "invalid",
    );
}

#[test]
fn questionnaires_asked_for_are_listed_and_can_be_stopped() {
    let h = harness();
    let text = HOMEWORK.replacen(
        "  ]\n}",
        "    ,\n    { \"id\": \"gad\", \"kind\": \"questionnaire\", \"measure\": \"gad7\", \"when\": \"weekly\" }\n  ]\n}",
        1,
    );
    h.ok(
        "import_homework",
        json!({"text": text, "fileName": "homework.json", "accept": ["gad"], "keepNote": false}),
    );
    let list = h.ok("list_measure_requests", json!({}));
    assert_eq!(list[0]["measure"], "gad7");
    assert_eq!(list[0]["timing"], "weekly");
    assert_eq!(list[0]["due"], true);
    assert_eq!(
        h.ok("get_home", json!({}))["dueMeasures"][0]["measure"],
        "gad7"
    );
    h.ok("stop_measure_request", json!({"id": list[0]["id"]}));
    assert_eq!(h.ok("list_measure_requests", json!({})), json!([]));
    h.err(
        "stop_measure_request",
        json!({"id": list[0]["id"]}),
        "notFound",
    );
    h.err("stop_measure_request", json!({"id": "gad"}), "invalid");
}

#[test]
fn a_therapists_question_is_answered_in_a_reflection_and_can_be_stopped() {
    let h = harness();
    let text = HOMEWORK.replacen(
        "  ]\n}",
        "    ,\n    { \"id\": \"noticed\", \"kind\": \"question\", \"text\": \"What did you notice?\" }\n  ]\n}",
        1,
    );
    let preview = h.ok(
        "preview_homework",
        json!({"text": text, "fileName": "homework.json"}),
    );
    assert_eq!(preview["items"][3]["kind"], "question");
    h.ok(
        "import_homework",
        json!({"text": text, "fileName": "homework.json", "accept": ["noticed"], "keepNote": false}),
    );
    let list = h.ok("list_reflection_questions", json!({}));
    assert_eq!(list[0]["text"], "What did you notice?");
    assert_eq!(list[0]["from"], "Ana Weber");
    let saved = h.ok(
        "create_reflection",
        json!({"input": {"answers": [{"questionUid": list[0]["uid"], "answer": "My breath."}]}}),
    );
    assert_eq!(saved["answers"][0]["question"], "What did you notice?");
    assert_eq!(saved["answers"][0]["answer"], "My breath.");
    // Malformed answers are typed errors, and save nothing.
    h.err(
        "create_reflection",
        json!({"input": {"answers": [{"questionUid": list[0]["uid"], "answer": 3}]}}),
        "invalid",
    );
    h.err(
        "create_reflection",
        json!({"input": {"takeaway": "x", "answers": [{"questionUid": "nope", "answer": "y"}]}}),
        "invalid",
    );
    assert_eq!(
        h.ok("list_reflections", json!({"limit": 10, "offset": 0}))
            .as_array()
            .map(Vec::len),
        Some(1)
    );

    h.ok("stop_reflection_question", json!({"id": list[0]["id"]}));
    assert_eq!(h.ok("list_reflection_questions", json!({})), json!([]));
    h.err(
        "stop_reflection_question",
        json!({"id": list[0]["id"]}),
        "notFound",
    );
    h.err(
        "stop_reflection_question",
        json!({"id": "noticed"}),
        "invalid",
    );
    let kept = h.ok("get_reflection", json!({"id": saved["id"]}));
    assert_eq!(
        kept["answers"][0]["answer"], "My breath.",
        "the answer stays"
    );
}
