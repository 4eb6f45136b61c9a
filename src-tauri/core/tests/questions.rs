//! Questions a therapist asks for in a homework file, on a real journal
//! with a fake clock: asked in new reflections until stopped, answered or
//! not, kept with their words as asked, found by search, shown in the
//! brief, refused when they aren't questions.

#![allow(clippy::unwrap_used)]

use std::sync::Arc;

use interlude_core::{AnswerInput, BriefQuery, Db, Error, ManualClock, ReflectionInput};

const FILE: &str = "homework.json";

fn homework(id: &str, from: &str, questions: &[(&str, &str)]) -> String {
    let items: Vec<serde_json::Value> = questions
        .iter()
        .map(|(id, text)| serde_json::json!({"id": id, "kind": "question", "text": text}))
        .collect();
    serde_json::json!({
        "format": "interlude-homework", "version": 1, "id": id, "from": from, "items": items
    })
    .to_string()
}

fn journal() -> (Db, Arc<ManualClock>) {
    let clock = Arc::new(ManualClock::at("2026-12-08T18:00:00+01:00"));
    (Db::open_in_memory(clock.clone()).unwrap(), clock)
}

fn accept(ids: &[&str]) -> Vec<String> {
    ids.iter().map(|s| (*s).to_owned()).collect()
}

fn answer(question_uid: &str, text: &str) -> AnswerInput {
    AnswerInput {
        question_uid: question_uid.into(),
        answer: text.into(),
    }
}

#[test]
fn an_accepted_question_is_asked_once_however_often_it_comes() {
    let (mut db, clock) = journal();
    let text = homework(
        "w1",
        "Ana Weber",
        &[
            ("body", "What did you notice in your body?"),
            ("left", "Left out"),
        ],
    );
    let preview = db.preview_homework(&text, FILE).unwrap();
    assert_eq!(preview.items[0].kind, "question");
    assert_eq!(preview.items[0].title, "What did you notice in your body?");
    assert!(
        db.reflection_questions().unwrap().is_empty(),
        "a preview writes nothing"
    );

    let summary = db
        .import_homework(&text, FILE, &accept(&["body"]), false)
        .unwrap();
    assert_eq!((summary.added, summary.left_out), (1, 1));
    let asked = db.reflection_questions().unwrap();
    assert_eq!(asked.len(), 1);
    assert_eq!(asked[0].text, "What did you notice in your body?");
    assert_eq!(asked[0].from, "Ana Weber");

    // The same file again, and next week's file asking the same words.
    let again = db
        .import_homework(&text, FILE, &accept(&["body"]), false)
        .unwrap();
    assert_eq!((again.added, again.already_here), (0, 1));
    clock.advance(chrono::Duration::days(7));
    let next = homework(
        "w2",
        "Ana Weber",
        &[("q", "  What did you notice in your body?  ")],
    );
    let week2 = db
        .import_homework(&next, FILE, &accept(&["q"]), false)
        .unwrap();
    assert_eq!((week2.added, week2.already_here), (0, 1));
    assert_eq!(db.reflection_questions().unwrap().len(), 1);
    assert!(db.preview_homework(&next, FILE).unwrap().items[0].already_added);
}

#[test]
fn answers_are_kept_with_the_question_as_asked_and_outlive_a_stop() {
    let (mut db, _) = journal();
    let text = homework(
        "w1",
        "Ana",
        &[("a", "What did you notice?"), ("b", "What helped?")],
    );
    db.import_homework(&text, FILE, &accept(&["a", "b"]), false)
        .unwrap();
    let asked = db.reflection_questions().unwrap();
    let (a, b) = (asked[0].uid.clone(), asked[1].uid.clone());

    // Only an extra answer: still a reflection worth keeping.
    let saved = db
        .create_reflection(ReflectionInput {
            answers: vec![answer(&a, "  My shoulders rose.  "), answer(&b, "")],
            ..ReflectionInput::default()
        })
        .unwrap();
    assert_eq!(saved.answers.len(), 1, "an empty answer isn't listed");
    assert_eq!(saved.answers[0].question, "What did you notice?");
    assert_eq!(saved.answers[0].from, "Ana");
    assert_eq!(saved.answers[0].answer, "My shoulders rose.", "trimmed");

    // Stopped: no longer asked, but the answer stays, and the reflection
    // can still be edited with it.
    db.stop_reflection_question(asked[0].id).unwrap();
    assert_eq!(db.reflection_questions().unwrap().len(), 1);
    assert!(matches!(
        db.stop_reflection_question(asked[0].id),
        Err(Error::NotFound(_))
    ));
    let edited = db
        .update_reflection(
            saved.id,
            ReflectionInput {
                takeaway: "Noticing is enough.".into(),
                answers: vec![answer(&b, "Breathing out slowly."), answer(&a, "Jaw, too.")],
                ..ReflectionInput::default()
            },
        )
        .unwrap();
    let got: Vec<(&str, &str)> = edited
        .answers
        .iter()
        .map(|x| (x.question.as_str(), x.answer.as_str()))
        .collect();
    assert_eq!(
        got,
        [
            ("What helped?", "Breathing out slowly."),
            ("What did you notice?", "Jaw, too.")
        ],
        "in the order asked this time"
    );

    // Cleared: gone from the reflection.
    let cleared = db
        .update_reflection(
            saved.id,
            ReflectionInput {
                takeaway: "Noticing is enough.".into(),
                answers: vec![answer(&b, " "), answer(&a, "Jaw, too.")],
                ..ReflectionInput::default()
            },
        )
        .unwrap();
    assert_eq!(cleared.answers.len(), 1);
    assert_eq!(
        db.reflection(saved.id).unwrap(),
        cleared,
        "read back the same"
    );

    // The file opened again doesn't bring the stopped question back.
    let again = db
        .import_homework(&text, FILE, &accept(&["a"]), false)
        .unwrap();
    assert_eq!(again.added, 0);
    assert_eq!(db.reflection_questions().unwrap().len(), 1);
}

#[test]
fn a_question_this_journal_never_had_is_refused_and_nothing_is_saved() {
    let (mut db, _) = journal();
    let err = db
        .create_reflection(ReflectionInput {
            takeaway: "Kept?".into(),
            answers: vec![answer("5d3c5e0a-0000-8000-8000-000000000000", "x")],
            ..ReflectionInput::default()
        })
        .unwrap_err();
    assert_eq!(err.kind(), "invalid", "{err}");
    assert!(err.to_string().contains("Copy your answer"), "{err}");
    assert_eq!(db.count_reflections().unwrap(), 0);

    // An answer past the limit says which answer and how long.
    db.import_homework(
        &homework("w", "", &[("a", "Why?")]),
        FILE,
        &accept(&["a"]),
        false,
    )
    .unwrap();
    let uid = db.reflection_questions().unwrap()[0].uid.clone();
    let long = "x".repeat(interlude_core::MAX_ANSWER_CHARS + 1);
    let err = db
        .create_reflection(ReflectionInput {
            answers: vec![answer(&uid, &long)],
            ..ReflectionInput::default()
        })
        .unwrap_err();
    assert!(err.to_string().contains("20001"), "{err}");
    assert_eq!(db.count_reflections().unwrap(), 0);
}

#[test]
fn an_answer_is_found_by_search_and_shown_in_the_brief() {
    let (mut db, clock) = journal();
    db.import_homework(
        &homework("w", "Ana", &[("a", "What surprised you?")]),
        FILE,
        &accept(&["a"]),
        false,
    )
    .unwrap();
    let uid = db.reflection_questions().unwrap()[0].uid.clone();
    db.create_reflection(ReflectionInput {
        focus: "Slow breaths".into(),
        answers: vec![answer(&uid, "How calm the waiting room felt.")],
        ..ReflectionInput::default()
    })
    .unwrap();
    let hits = db.search("waiting room", 10).unwrap();
    assert_eq!(hits.hits.len(), 1, "found by the answer's words");

    clock.advance(chrono::Duration::days(6));
    let brief = db.brief(&BriefQuery::default()).unwrap();
    let bridge = brief.bridge.clone().unwrap();
    assert_eq!(bridge.answers.len(), 1);
    assert_eq!(bridge.answers[0].question, "What surprised you?");
    let markdown = interlude_core::therapy::brief::markdown::render(&brief_again(&db));
    let at = markdown.find("What surprised you?").expect("the question");
    assert!(
        markdown[at..].contains("How calm the waiting room felt."),
        "its answer follows it"
    );
}

#[test]
fn a_question_that_isnt_one_is_refused_by_line() {
    let (db, _) = journal();
    let empty = "{\n \"format\": \"interlude-homework\", \"version\": 1, \"id\": \"f\",\n \"items\": [\n  {\"id\": \"q\", \"kind\": \"question\", \"text\": \"  \"}\n ]\n}";
    let message = match db.preview_homework(empty, FILE) {
        Err(Error::Import(m)) => m,
        other => panic!("expected a refusal, got {other:?}"),
    };
    assert!(message.contains("line 4"), "{message}");
    assert!(message.contains("has no words"), "{message}");

    let long = homework("f", "", &[("q", &"?".repeat(301))]);
    assert!(db.preview_homework(&long, FILE).is_err());
    let extra = empty.replace("\"  \"", "\"Why?\", \"answer\": \"no\"");
    let message = match db.preview_homework(&extra, FILE) {
        Err(Error::Import(m)) => m,
        other => panic!("expected a refusal, got {other:?}"),
    };
    assert!(message.contains("answer"), "{message}");
}

fn brief_again(db: &Db) -> interlude_core::Brief {
    db.brief(&BriefQuery::default()).unwrap()
}
