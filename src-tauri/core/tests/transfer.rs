//! Export and import: the round trip is exact, and a bad file changes
//! nothing. Also `doctor` on healthy and damaged journals.

#![allow(clippy::unwrap_used)]

use std::sync::Arc;

use chrono::DateTime;
use interlude_core::{AnswerInput, Db, ManualClock, ReflectionInput, DB_FILE};
use serde_json::{json, Value};

fn clock() -> Arc<ManualClock> {
    Arc::new(ManualClock::at("2026-11-24T18:00:00+01:00"))
}

fn filled() -> Db {
    let clock = clock();
    let mut db = Db::open_in_memory(clock.clone()).unwrap();
    // A question from the therapist, answered in the first reflection.
    let homework = r#"{"format": "interlude-homework", "version": 1, "id": "w1", "from": "Ana",
        "items": [{"id": "q", "kind": "question", "text": "What did you notice in your body?"}]}"#;
    db.import_homework(homework, "homework.json", &["q".into()], false)
        .unwrap();
    let question_uid = db.reflection_questions().unwrap()[0].uid.clone();
    db.create_reflection(ReflectionInput {
        session_at: Some(DateTime::parse_from_rfc3339("2026-11-17T17:00:00+01:00").unwrap()),
        takeaway: "Thoughts are not facts.".into(),
        difficult: "Naming the shame.".into(),
        focus: "Three slow breaths after brushing my teeth".into(),
        feeling_note: "Tired, a bit proud.".into(),
        feeling_rating: Some(7),
        feelings: vec!["tired".into(), "proud".into(), "wobbly".into()],
        answers: vec![AnswerInput {
            question_uid,
            answer: "My shoulders rose.".into(),
        }],
    })
    .unwrap();
    clock.advance(chrono::Duration::days(7));
    db.create_reflection(ReflectionInput {
        takeaway: "Written in another time zone — \"quotes\" and émoji 🌿".into(),
        session_at: Some(DateTime::parse_from_rfc3339("2026-11-24T09:00:00-05:00").unwrap()),
        ..ReflectionInput::default()
    })
    .unwrap();
    db
}

#[test]
fn export_import_export_is_identical() {
    let first = filled().export_json(true).unwrap();
    let mut empty = Db::open_in_memory(clock()).unwrap();
    let summary = empty.import_json(&first).unwrap();
    assert_eq!(summary.added, 2);
    assert_eq!(empty.export_json(true).unwrap(), first);
}

#[test]
fn export_is_versioned_and_keeps_offsets() {
    let value: Value = serde_json::from_str(&filled().export_json(true).unwrap()).unwrap();
    assert_eq!(value["format"], "interlude-export");
    assert_eq!(value["version"], 7);
    let list = value["reflections"].as_array().unwrap();
    assert_eq!(list.len(), 2);
    assert_eq!(
        list[0]["sessionAt"], "2026-11-17T17:00:00+01:00",
        "oldest first"
    );
    assert_eq!(list[1]["sessionAt"], "2026-11-24T09:00:00-05:00");
    assert_eq!(list[0]["feelings"], json!(["tired", "proud", "wobbly"]));
}

#[test]
fn importing_the_same_file_twice_adds_nothing_the_second_time() {
    let text = filled().export_json(true).unwrap();
    let mut db = Db::open_in_memory(clock()).unwrap();
    db.import_json(&text).unwrap();
    let again = db.import_json(&text).unwrap();
    assert_eq!((again.added, again.already_present), (0, 2));
    assert_eq!(db.count_reflections().unwrap(), 2);
}

/// Every refusal: a clear message that names the problem, and the journal
/// exactly as it was.
#[test]
fn bad_files_are_refused_with_a_reason_and_change_nothing() {
    let good: Value = serde_json::from_str(&filled().export_json(true).unwrap()).unwrap();
    let with = |f: &dyn Fn(&mut Value)| {
        let mut v = good.clone();
        f(&mut v);
        v.to_string()
    };
    let cases: Vec<(&str, String, &str)> = vec![
        ("not json", "{\"format\": ".into(), "isn't readable JSON"),
        ("binary", "\u{0}\u{1}PNG".into(), "isn't readable JSON"),
        ("a list", "[1,2,3]".into(), "isn't an Interlude export"),
        (
            "foreign json",
            r#"{"entries": []}"#.into(),
            "isn't an Interlude export",
        ),
        (
            "jrnl-like",
            r#"{"tags": {}, "entries": [{"title": "x"}]}"#.into(),
            "isn't an Interlude export",
        ),
        (
            "newer",
            with(&|v| {
                v["version"] = json!(interlude_core::interchange::transfer::EXPORT_VERSION + 1);
            }),
            "newer Interlude",
        ),
        (
            "no version",
            with(&|v| {
                v.as_object_mut().unwrap().remove("version");
            }),
            "no version",
        ),
        (
            "no list",
            with(&|v| v["reflections"] = json!({})),
            "no list of reflections",
        ),
        (
            "unknown part",
            with(&|v| v["habits"] = json!([])),
            "\"habits\"",
        ),
        (
            "missing field",
            with(&|v| {
                v["reflections"][1]
                    .as_object_mut()
                    .unwrap()
                    .remove("sessionAt");
            }),
            "Reflection 2",
        ),
        (
            "bad rating",
            with(&|v| v["reflections"][0]["feelingRating"] = json!(12)),
            "Reflection 1",
        ),
        (
            "empty answers",
            with(&|v| {
                let r = &mut v["reflections"][1];
                r["takeaway"] = json!("");
            }),
            "Reflection 2",
        ),
        (
            "bad date",
            with(&|v| v["reflections"][0]["createdAt"] = json!("last tuesday")),
            "Reflection 1",
        ),
        (
            "bad uid",
            with(&|v| v["reflections"][0]["uid"] = json!("1")),
            "Reflection 1",
        ),
        (
            "extra field",
            with(&|v| v["reflections"][0]["mood"] = json!(3)),
            "Reflection 1",
        ),
    ];
    let mut db = Db::open_in_memory(clock()).unwrap();
    db.create_reflection(ReflectionInput {
        takeaway: "mine, already here".into(),
        ..ReflectionInput::default()
    })
    .unwrap();
    let before = db.export_json(true).unwrap();
    for (name, text, expected) in cases {
        let err = db.import_json(&text).expect_err(name);
        assert_eq!(err.kind(), "import", "{name}: {err}");
        assert!(err.to_string().contains(expected), "{name}: {err}");
        assert_eq!(
            db.export_json(true).unwrap(),
            before,
            "{name} changed the journal"
        );
    }
}

#[test]
fn a_bad_record_late_in_the_file_leaves_the_good_ones_unimported() {
    let mut good: Value = serde_json::from_str(&filled().export_json(true).unwrap()).unwrap();
    good["reflections"][1]["feelingRating"] = json!(0);
    let mut db = Db::open_in_memory(clock()).unwrap();
    assert!(db.import_json(&good.to_string()).is_err());
    assert_eq!(db.count_reflections().unwrap(), 0, "all or nothing");
}

#[test]
fn doctor_reports_a_healthy_journal() {
    let dir = tempfile::tempdir().unwrap();
    let mut db = Db::open_in_dir(dir.path(), clock()).unwrap();
    db.import_json(&filled().export_json(true).unwrap())
        .unwrap();
    let report = db.doctor().unwrap();
    assert!(report.is_healthy(), "{:?}", report.problems);
    assert_eq!(report.reflections, 2);
    assert_eq!(report.schema_version, interlude_core::SCHEMA_VERSION);
}

#[test]
fn doctor_finds_damage() {
    let dir = tempfile::tempdir().unwrap();
    {
        let mut db = Db::open_in_dir(dir.path(), clock()).unwrap();
        db.import_json(&filled().export_json(true).unwrap())
            .unwrap();
    }
    // Damage the database the way a bad tool might: a feeling row that
    // points at no reflection, written with foreign keys off.
    let conn = rusqlite::Connection::open(dir.path().join(DB_FILE)).unwrap();
    conn.execute_batch(
        "PRAGMA foreign_keys = OFF;
         INSERT INTO reflection_feeling (reflection_id, position, word) VALUES (999, 0, 'lost');",
    )
    .unwrap();
    drop(conn);
    let db = Db::open_in_dir(dir.path(), clock()).unwrap();
    let report = db.doctor().unwrap();
    assert!(!report.is_healthy());
    assert!(
        report.problems[0].contains("reflection_feeling"),
        "{:?}",
        report.problems
    );
}

/// An import of thousands of moments counts and folds Insights' totals
/// once at the end rather than row by row: Insights reads the same as from
/// every row (what was here before included), and a moment written after
/// it is counted as it comes.
#[test]
fn a_big_import_folds_insights_once_and_the_same() {
    use interlude_core::journal::checkin::CheckinInput;
    use interlude_core::journal::moment::{EmotionRating, MomentInput};
    let spellings = ["Work meeting", "work meeting ", "Bus", "bus", "Dentist", ""];
    let traps = ["mindReading", "catastrophizing", "shouldStatements"];
    // Emotions rated before and after, before only, or not at all.
    let emotions = |i: usize| match i % 4 {
        0 => vec![EmotionRating {
            word: "anxious".into(),
            before: Some(70),
            after: Some(40),
        }],
        1 => vec![
            EmotionRating {
                word: "sad".into(),
                before: Some(50),
                after: None,
            },
            EmotionRating {
                word: "Anxious".into(),
                before: None,
                after: None,
            },
        ],
        _ => Vec::new(),
    };
    let mut from = Db::open_in_memory(clock()).unwrap();
    for i in 0..1_200_usize {
        from.create_moment(MomentInput {
            situation: format!("{} {}", spellings[i % spellings.len()], i % 40)
                .trim_start()
                .to_owned(),
            emotions: emotions(i),
            traps: vec![traps[i % traps.len()].to_owned()],
            ..MomentInput::default()
        })
        .unwrap();
        if i % 10 == 0 {
            from.create_checkin(CheckinInput {
                mood: Some(u8::try_from(i % 10 + 1).unwrap()),
                ..CheckinInput::default()
            })
            .unwrap();
        }
    }
    let text = from.export_json(true).unwrap();
    // A journal with something in it already: the count at the end is of
    // everything, not only what came in.
    let mut to = Db::open_in_memory(clock()).unwrap();
    to.create_moment(MomentInput {
        situation: "Bus 3".into(),
        emotions: emotions(0),
        traps: vec!["mindReading".into()],
        ..MomentInput::default()
    })
    .unwrap();
    to.create_checkin(CheckinInput {
        mood: Some(4),
        ..CheckinInput::default()
    })
    .unwrap();
    let before = to.insights(None).unwrap();
    to.import_json(&text).unwrap();
    let insights = to.insights(None).unwrap();
    assert!(!insights.triggers.is_empty());
    assert_eq!(insights, to.insights_from_rows().unwrap());
    assert_ne!(insights, before);
    assert!(!insights.emotions.is_empty());

    to.create_moment(MomentInput {
        situation: "BUS 7".into(),
        traps: vec!["mindReading".into()],
        ..MomentInput::default()
    })
    .unwrap();
    assert_eq!(to.insights(None).unwrap(), to.insights_from_rows().unwrap());
}

/// An import of thousands of entries puts them in both search indexes at
/// its end (migration 0017) instead of one by one: every entry is found as
/// before, in English and by its German stem, the entries already here
/// still are, the indexes agree with the text (the doctor's FTS5 check),
/// and an entry written after the import is indexed as it is saved.
#[test]
fn a_big_import_indexes_search_once_and_the_same() {
    use interlude_core::i18n::Language::{English, German};
    use interlude_core::journal::moment::MomentInput;
    let moment = |situation: &str| MomentInput {
        situation: situation.to_owned(),
        ..MomentInput::default()
    };
    let mut from = Db::open_in_memory(clock()).unwrap();
    for i in 0..1_050_usize {
        let situation = match i {
            500 => "Heute habe ich im Garten gearbeitet".to_owned(),
            700 => "worried about the exam".to_owned(),
            _ => format!("an ordinary day {i}"),
        };
        from.create_moment(moment(&situation)).unwrap();
    }
    let text = from.export_json(true).unwrap();
    let mut to = Db::open_in_memory(clock()).unwrap();
    let here = to.create_moment(moment("Kaffee mit Lena")).unwrap();
    let summary = to.import_json(&text).unwrap();
    assert_eq!(summary.added, 1_050);

    let found = |db: &Db, q: &str, language| -> Vec<String> {
        db.search_in(q, 20, language)
            .unwrap()
            .hits
            .into_iter()
            .map(|h| h.item.summary)
            .collect()
    };
    assert_eq!(found(&to, "worry", English), ["worried about the exam"]);
    assert_eq!(
        found(&to, "arbeitete", German),
        ["Heute habe ich im Garten gearbeitet"]
    );
    assert_eq!(found(&to, "ordinary", English).len(), 20);
    assert_eq!(found(&to, "Lena", English), ["Kaffee mit Lena"]);
    assert!(to.doctor().unwrap().is_healthy());

    // The triggers index again: a new entry, an edit and a deletion.
    to.create_moment(moment("Spaziergang am Fluss")).unwrap();
    assert_eq!(found(&to, "Fluss", German), ["Spaziergang am Fluss"]);
    to.update_moment(here.id, moment("Tee mit Jonas")).unwrap();
    assert!(found(&to, "Lena", English).is_empty());
    assert_eq!(found(&to, "Jonas", English), ["Tee mit Jonas"]);
    assert!(to.doctor().unwrap().is_healthy());

    // The same file again adds nothing and leaves the indexes whole.
    assert_eq!(to.import_json(&text).unwrap().added, 0);
    assert_eq!(found(&to, "worry", English).len(), 1);
    assert!(to.doctor().unwrap().is_healthy());
}

/// An answer to a therapist's question that names no question, or no uid
/// for it, is refused by the reflection's place, and nothing comes in.
#[test]
fn an_answer_to_no_question_is_refused() {
    let good: Value = serde_json::from_str(&filled().export_json(true).unwrap()).unwrap();
    for (field, value) in [("question", json!("  ")), ("questionUid", json!("q"))] {
        let mut v = good.clone();
        v["reflections"][0]["answers"][0][field] = value;
        let mut db = Db::open_in_memory(clock()).unwrap();
        let err = db.import_json(&v.to_string()).expect_err(field);
        assert_eq!(err.kind(), "import", "{field}: {err}");
        assert!(err.to_string().contains("Reflection 1"), "{field}: {err}");
        assert_eq!(db.count_reflections().unwrap(), 0, "{field}");
    }
}
