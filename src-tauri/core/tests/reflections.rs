//! Reflections on a real SQLite, with an injected clock: saving, editing,
//! deleting with undo, the week's focus, drafts, and the limits.

#![allow(clippy::unwrap_used)]

use std::sync::Arc;

use chrono::{DateTime, Duration, FixedOffset};
use interlude_core::{
    reflection_draft_key, Db, EntryRef, Kind, ManualClock, ReflectionInput, DB_FILE,
    MAX_ANSWER_CHARS,
};
use serde_json::json;

fn at(s: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(s).unwrap()
}

fn journal(now: &str) -> (Db, Arc<ManualClock>) {
    let clock = Arc::new(ManualClock::at(now));
    (Db::open_in_memory(clock.clone()).unwrap(), clock)
}

fn reflection(takeaway: &str, focus: &str) -> ReflectionInput {
    ReflectionInput {
        takeaway: takeaway.into(),
        focus: focus.into(),
        ..ReflectionInput::default()
    }
}

#[test]
fn saved_reflection_keeps_every_answer_and_feeling() {
    let (mut db, _) = journal("2026-11-24T18:05:00+01:00");
    let input = ReflectionInput {
        session_at: Some(at("2026-11-24T17:00:00+01:00")),
        takeaway: "  I can notice the should voice.  ".into(),
        difficult: "Talking about my father.".into(),
        focus: "Answer the should voice gently".into(),
        feeling_note: "Wobbly but lighter.".into(),
        feeling_rating: Some(6),
        feelings: vec!["tired".into(), "hopeful".into(), "Tired".into(), " ".into()],
        answers: Vec::new(),
    };
    let saved = db.create_reflection(input).unwrap();
    assert_eq!(saved.takeaway, "I can notice the should voice.", "trimmed");
    assert_eq!(
        saved.feelings,
        vec!["tired", "hopeful"],
        "deduplicated, order kept"
    );
    assert_eq!(saved.feeling_rating, Some(6));
    assert_eq!(saved.session_at, at("2026-11-24T17:00:00+01:00"));
    assert_eq!(saved.session_at.offset().local_minus_utc(), 3600);
    assert_eq!(saved.created_at, at("2026-11-24T18:05:00+01:00"));
    assert_eq!(db.reflection(saved.id).unwrap(), saved);
}

#[test]
fn session_time_defaults_to_now() {
    let (mut db, _) = journal("2026-11-24T18:05:00-05:00");
    let saved = db.create_reflection(reflection("x", "")).unwrap();
    assert_eq!(saved.session_at, at("2026-11-24T18:05:00-05:00"));
}

#[test]
fn nothing_written_is_not_saved_and_says_why() {
    let (mut db, _) = journal("2026-11-24T18:05:00+00:00");
    let input = ReflectionInput {
        takeaway: "   \n ".into(),
        feeling_rating: Some(4),
        feelings: vec!["sad".into()],
        ..ReflectionInput::default()
    };
    let err = db.create_reflection(input).unwrap_err();
    assert_eq!(err.kind(), "invalid");
    assert!(err.to_string().contains("nothing written"), "{err}");
    assert_eq!(db.count_reflections().unwrap(), 0);
}

#[test]
fn answer_at_the_limit_is_kept_and_one_past_it_is_refused() {
    let (mut db, _) = journal("2026-11-24T18:05:00+00:00");
    // Multi-byte characters: the limit counts characters, not bytes.
    let at_limit = "é".repeat(MAX_ANSWER_CHARS);
    assert!(db.create_reflection(reflection(&at_limit, "")).is_ok());
    let err = db
        .create_reflection(reflection(&format!("{at_limit}é"), ""))
        .unwrap_err();
    assert_eq!(err.kind(), "invalid");
    assert!(
        err.to_string().contains(&MAX_ANSWER_CHARS.to_string()),
        "{err}"
    );
    assert_eq!(db.count_reflections().unwrap(), 1);
}

#[test]
fn rating_outside_one_to_ten_is_refused() {
    let (mut db, _) = journal("2026-11-24T18:05:00+00:00");
    for bad in [0, 11, 255] {
        let input = ReflectionInput {
            feeling_rating: Some(bad),
            ..reflection("x", "")
        };
        assert_eq!(db.create_reflection(input).unwrap_err().kind(), "invalid");
    }
    assert_eq!(db.count_reflections().unwrap(), 0);
}

#[test]
fn a_session_days_in_the_future_is_refused() {
    let (mut db, _) = journal("2026-11-24T18:05:00+00:00");
    let input = ReflectionInput {
        session_at: Some(at("2026-11-27T17:00:00+00:00")),
        ..reflection("x", "")
    };
    assert_eq!(db.create_reflection(input).unwrap_err().kind(), "invalid");
}

#[test]
fn too_many_or_too_long_feeling_words_are_refused() {
    let (mut db, _) = journal("2026-11-24T18:05:00+00:00");
    let many = ReflectionInput {
        feelings: (0..30).map(|i| format!("word{i}")).collect(),
        ..reflection("x", "")
    };
    assert_eq!(db.create_reflection(many).unwrap_err().kind(), "invalid");
    let long = ReflectionInput {
        feelings: vec!["a".repeat(41)],
        ..reflection("x", "")
    };
    assert_eq!(db.create_reflection(long).unwrap_err().kind(), "invalid");
}

#[test]
fn list_is_newest_session_first_and_pages() {
    let (mut db, clock) = journal("2026-11-01T18:00:00+00:00");
    for day in 1..=5 {
        clock.set(at(&format!("2026-11-0{day}T18:00:00+00:00")));
        db.create_reflection(reflection(&format!("day {day}"), ""))
            .unwrap();
    }
    let first = db.list_reflections(2, 0).unwrap();
    let second = db.list_reflections(2, 2).unwrap();
    let takeaways: Vec<_> = first
        .iter()
        .chain(&second)
        .map(|r| r.takeaway.as_str())
        .collect();
    assert_eq!(takeaways, ["day 5", "day 4", "day 3", "day 2"]);
}

#[test]
fn edit_replaces_answers_and_keeps_creation_time() {
    let (mut db, clock) = journal("2026-11-24T18:00:00+00:00");
    let saved = db
        .create_reflection(reflection("first", "breathe"))
        .unwrap();
    clock.advance(Duration::hours(2));
    let input = ReflectionInput {
        feelings: vec!["calm".into()],
        ..reflection("second thoughts", "breathe slowly")
    };
    let edited = db.update_reflection(saved.id, input).unwrap();
    assert_eq!(edited.takeaway, "second thoughts");
    assert_eq!(edited.feelings, ["calm"]);
    assert_eq!(edited.created_at, saved.created_at);
    assert_eq!(edited.updated_at, saved.created_at + Duration::hours(2));
    assert_eq!(edited.session_at, saved.session_at, "kept when not given");
}

#[test]
fn delete_hides_and_undo_restores_everything() {
    let (mut db, _) = journal("2026-11-24T18:00:00+00:00");
    let input = ReflectionInput {
        feelings: vec!["raw".into(), "relieved".into()],
        ..reflection("keep me", "focus")
    };
    let saved = db.create_reflection(input).unwrap();
    delete(&mut db, saved.id).unwrap();
    assert_eq!(db.count_reflections().unwrap(), 0);
    assert_eq!(db.reflection(saved.id).unwrap_err().kind(), "notFound");
    assert!(db.home().unwrap().focus.is_none());
    assert_eq!(delete(&mut db, saved.id).unwrap_err().kind(), "notFound");

    let restored = restore(&mut db, saved.id).unwrap();
    assert_eq!(restored, saved, "feelings and all come back");
}

#[test]
fn deleted_reflections_are_purged_for_good_after_the_undo_window() {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(ManualClock::at("2026-11-24T18:00:00+00:00"));
    let mut db = Db::open_in_dir(dir.path(), clock.clone()).unwrap();
    let saved = db
        .create_reflection(reflection("secret words", ""))
        .unwrap();
    delete(&mut db, saved.id).unwrap();
    drop(db);

    clock.advance(Duration::minutes(5));
    let mut db = Db::open_in_dir(dir.path(), clock.clone()).unwrap();
    assert!(
        restore(&mut db, saved.id).is_ok(),
        "still undoable after 5 min"
    );
    delete(&mut db, saved.id).unwrap();
    drop(db);

    clock.advance(Duration::minutes(11));
    let mut db = Db::open_in_dir(dir.path(), clock).unwrap();
    assert_eq!(restore(&mut db, saved.id).unwrap_err().kind(), "notFound");
    drop(db);
    // secure_delete is on: the words are not left behind in free pages.
    let bytes = std::fs::read(dir.path().join(DB_FILE)).unwrap();
    let wal = std::fs::read(dir.path().join(format!("{DB_FILE}-wal"))).unwrap_or_default();
    let needle = b"secret words";
    assert!(!bytes.windows(needle.len()).any(|w| w == needle));
    assert!(!wal.windows(needle.len()).any(|w| w == needle));
}

#[test]
fn focus_is_the_newest_one_written_and_survives_a_blank_one() {
    let (mut db, clock) = journal("2026-11-17T18:00:00+00:00");
    db.create_reflection(reflection("a", "notice the should voice"))
        .unwrap();
    clock.set(at("2026-11-24T18:00:00+00:00"));
    db.create_reflection(reflection("b", "answer it gently"))
        .unwrap();
    assert_eq!(db.home().unwrap().focus.unwrap().text, "answer it gently");
    clock.set(at("2026-11-25T18:00:00+00:00"));
    db.create_reflection(reflection("c, no focus this time", ""))
        .unwrap();
    let home = db.home().unwrap();
    assert_eq!(home.focus.unwrap().text, "answer it gently");
    assert_eq!(home.latest.unwrap().takeaway, "c, no focus this time");
}

#[test]
fn days_since_last_session_counts_local_calendar_days() {
    let (mut db, clock) = journal("2026-11-24T23:30:00+01:00");
    db.create_reflection(reflection("late session", ""))
        .unwrap();
    assert_eq!(db.home().unwrap().days_since_last_session, Some(0));
    clock.set(at("2026-11-25T07:00:00+01:00"));
    assert_eq!(db.home().unwrap().days_since_last_session, Some(1));
    clock.set(at("2026-11-28T12:00:00+01:00"));
    assert_eq!(db.home().unwrap().days_since_last_session, Some(4));
}

#[test]
fn empty_journal_home_has_nothing_to_show() {
    let (db, _) = journal("2026-11-24T18:00:00+00:00");
    let home = db.home().unwrap();
    assert!(home.focus.is_none() && home.latest.is_none());
    assert_eq!(home.days_since_last_session, None);
    assert_eq!(home.reflection_count, 0);
    assert!(!home.has_reflection_draft);
}

#[test]
fn draft_survives_reopening_and_saving_clears_it() {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(ManualClock::at("2026-11-24T18:00:00+00:00"));
    let key = reflection_draft_key(None);
    {
        let mut db = Db::open_in_dir(dir.path(), clock.clone()).unwrap();
        db.save_draft(&key, &json!({"takeaway": "half a thou"}))
            .unwrap();
        db.save_draft(&key, &json!({"takeaway": "half a thought"}))
            .unwrap();
        // Dropped without any "close": like a killed app.
    }
    let mut db = Db::open_in_dir(dir.path(), clock).unwrap();
    let draft = db.draft(&key).unwrap().unwrap();
    assert_eq!(draft.body, json!({"takeaway": "half a thought"}));
    assert!(db.home().unwrap().has_reflection_draft);
    db.create_reflection(reflection("half a thought, finished", ""))
        .unwrap();
    assert!(db.draft(&key).unwrap().is_none());
}

#[test]
fn editing_clears_only_that_reflections_draft() {
    let (mut db, _) = journal("2026-11-24T18:00:00+00:00");
    let saved = db.create_reflection(reflection("x", "")).unwrap();
    let edit_key = reflection_draft_key(Some(saved.id));
    db.save_draft(&edit_key, &json!({"takeaway": "x, edited"}))
        .unwrap();
    db.save_draft(&reflection_draft_key(None), &json!({"takeaway": "new one"}))
        .unwrap();
    db.update_reflection(saved.id, reflection("x, edited", ""))
        .unwrap();
    assert!(db.draft(&edit_key).unwrap().is_none());
    assert!(db.draft(&reflection_draft_key(None)).unwrap().is_some());
}

#[test]
fn draft_keys_and_bodies_are_checked() {
    let (mut db, _) = journal("2026-11-24T18:00:00+00:00");
    for key in [
        "",
        "journal:new",
        "reflection:",
        "reflection:abc",
        "reflection:1;drop",
    ] {
        assert_eq!(
            db.save_draft(key, &json!({})).unwrap_err().kind(),
            "invalid",
            "{key}"
        );
    }
    assert_eq!(
        db.save_draft("reflection:new", &json!("just a string"))
            .unwrap_err()
            .kind(),
        "invalid"
    );
    let huge = json!({"takeaway": "x".repeat(1_000_000)});
    assert_eq!(
        db.save_draft("reflection:new", &huge).unwrap_err().kind(),
        "invalid"
    );
    assert_eq!(db.count_drafts().unwrap(), 0);
}

#[test]
fn own_feeling_words_come_back_most_used_first() {
    let (mut db, _) = journal("2026-11-24T18:00:00+00:00");
    for words in [
        vec!["wobbly", "calm"],
        vec!["wobbly", "seen"],
        vec!["Wobbly"],
    ] {
        let input = ReflectionInput {
            feelings: words.into_iter().map(String::from).collect(),
            ..reflection("x", "")
        };
        db.create_reflection(input).unwrap();
    }
    assert_eq!(db.own_feeling_words(10).unwrap(), ["wobbly", "seen"]);
}

#[test]
fn input_with_unknown_fields_is_refused_by_the_schema() {
    let err = serde_json::from_value::<ReflectionInput>(json!({"takeaway": "x", "mood": 3}));
    assert!(err.is_err());
}

fn delete(db: &mut Db, id: i64) -> interlude_core::Result<()> {
    db.delete_entry(EntryRef {
        kind: Kind::Reflection,
        id,
    })
}

fn restore(db: &mut Db, id: i64) -> interlude_core::Result<interlude_core::Reflection> {
    db.restore_entry(EntryRef {
        kind: Kind::Reflection,
        id,
    })?;
    db.reflection(id)
}
