//! A therapist's homework file on a real journal with a fake clock: the
//! preview, importing with one item left out, importing again, the note,
//! and refusals by file, line and field that change nothing.

#![allow(clippy::unwrap_used)]

use std::sync::Arc;

use interlude_core::{Db, Error, ManualClock};

const EXAMPLE: &str = include_str!("../../../docs/examples/homework.json");
const FILE: &str = "homework.json";

fn db() -> Db {
    Db::open_in_memory(Arc::new(ManualClock::at("2026-12-08T18:00:00+01:00"))).unwrap()
}

fn refusal(db: &Db, text: &str) -> String {
    match db.preview_homework(text, FILE) {
        Err(Error::Import(message)) => message,
        other => panic!("expected a refusal, got {other:?}"),
    }
}

#[test]
fn the_preview_shows_every_item_and_the_note_and_writes_nothing() {
    let db = db();
    let preview = db.preview_homework(EXAMPLE, FILE).unwrap();
    assert_eq!(preview.from, "Ana Weber");
    assert!(preview.note.starts_with("Well done this week."));
    let items: Vec<(&str, &str, &str)> = preview
        .items
        .iter()
        .map(|i| (i.id.as_str(), i.kind, i.title.as_str()))
        .collect();
    assert_eq!(
        items,
        [
            ("breathing", "practice", "practise box breathing"),
            ("walk", "plan", "walk to the river and back"),
            (
                "speak-up",
                "experiment",
                "If I share an idea in the team meeting, people will think it's stupid."
            ),
        ]
    );
    assert!(preview.items.iter().all(|i| !i.already_added));
    assert!(db.list_plans(true).unwrap().is_empty());
    assert!(db.list_experiments().unwrap().is_empty());
}

#[test]
fn only_what_was_said_yes_to_is_added_and_a_second_import_adds_nothing() {
    let mut db = db();
    let accept = ["breathing".to_owned(), "speak-up".to_owned()];
    let first = db.import_homework(EXAMPLE, FILE, &accept, true).unwrap();
    assert_eq!((first.added, first.already_here, first.left_out), (3, 0, 1));
    let plans = db.list_plans(true).unwrap();
    assert_eq!(plans.len(), 1, "the walk was left out");
    assert_eq!(plans[0].action, "practise box breathing");
    assert_eq!(plans[0].cue_time.as_deref(), Some("08:45"));
    let experiments = db.list_experiments().unwrap();
    assert_eq!(
        experiments[0].test,
        "Share one idea in Wednesday's team meeting"
    );
    let notes = db.export(true).unwrap().notes;
    assert_eq!(notes.len(), 1);

    let preview = db.preview_homework(EXAMPLE, FILE).unwrap();
    let added: Vec<bool> = preview.items.iter().map(|i| i.already_added).collect();
    assert_eq!(added, [true, false, true]);
    assert!(preview.note_already_added);

    // Everything again, the walk too: only the walk is new.
    let all = ["breathing", "walk", "speak-up"].map(String::from);
    let second = db.import_homework(EXAMPLE, FILE, &all, true).unwrap();
    assert_eq!(
        (second.added, second.already_here, second.left_out),
        (1, 3, 0)
    );
    assert_eq!(db.list_plans(true).unwrap().len(), 2);
    assert_eq!(db.list_experiments().unwrap().len(), 1);
    assert_eq!(db.export(true).unwrap().notes.len(), 1);
}

#[test]
fn nothing_is_added_without_a_yes() {
    let mut db = db();
    let none = db.import_homework(EXAMPLE, FILE, &[], false).unwrap();
    assert_eq!((none.added, none.left_out), (0, 3));
    assert!(db.export(true).unwrap().notes.is_empty());
    let unknown = db
        .import_homework(EXAMPLE, FILE, &["breathing".into(), "swim".into()], true)
        .unwrap_err();
    assert!(
        unknown.to_string().contains("no item \"swim\""),
        "{unknown}"
    );
    assert!(db.list_plans(true).unwrap().is_empty(), "nothing written");
}

#[test]
fn bad_files_are_refused_by_file_line_and_field() {
    let db = db();
    let broken = refusal(
        &db,
        "{\n  \"format\": \"interlude-homework\",\n  \"version\": 1,\n",
    );
    assert!(broken.starts_with("homework.json, line 4: "), "{broken}");
    let foreign = refusal(&db, r#"{"format": "interlude-export", "version": 6}"#);
    assert!(
        foreign.contains("isn't an Interlude homework file"),
        "{foreign}"
    );
    let newer = refusal(
        &db,
        &EXAMPLE.replacen("\"version\": 1", "\"version\": 2", 1),
    );
    assert!(newer.contains("newer Interlude"), "{newer}");

    let extra = refusal(
        &db,
        &EXAMPLE.replacen("\"cueTime\"", "\"colour\": \"red\",\n      \"cueTime\"", 1),
    );
    assert!(extra.starts_with("homework.json, line 16: "), "{extra}");
    assert!(extra.contains("colour"), "{extra}");

    let kind = refusal(
        &db,
        &EXAMPLE.replacen("\"kind\": \"experiment\"", "\"kind\": \"sermon\"", 1),
    );
    assert!(kind.contains("sermon"), "{kind}");

    // Parsed, but against the app's own rules: named by item and field.
    let long = EXAMPLE.replacen(
        "Share one idea in Wednesday's team meeting",
        &"ש".repeat(20_001),
        1,
    );
    let message = refusal(&db, &long);
    assert!(message.starts_with("homework.json, line 27: the item \"speak-up\": The experiment is 20001 characters long"), "{message}");

    let twice = refusal(
        &db,
        &EXAMPLE.replacen("\"id\": \"walk\"", "\"id\": \"breathing\"", 1),
    );
    assert!(
        twice.contains("line 20: the item \"breathing\": another item"),
        "{twice}"
    );

    let no_action = refusal(
        &db,
        &EXAMPLE.replacen("\"walk to the river and back\"", "\"  \"", 1),
    );
    assert!(
        no_action.contains("line 20: the item \"walk\""),
        "{no_action}"
    );
}

#[test]
fn the_brief_reports_each_assigned_item_as_assigned() {
    use interlude_core::BriefQuery;
    let clock = Arc::new(ManualClock::at("2026-12-08T18:00:00+01:00"));
    let mut db = Db::open_in_memory(clock.clone()).unwrap();
    let accept = ["breathing", "speak-up"].map(String::from);
    db.import_homework(EXAMPLE, FILE, &accept, false).unwrap();
    // The walk, imported from an unsigned file: assigned, with no name.
    let own = include_str!("../../../docs/examples/homework.json")
        .replace("2026-12-08 Ana Weber for R.", "my own")
        .replace("\"from\": \"Ana Weber\",", "\"from\": \"\",");
    db.import_homework(&own, "mine.json", &["walk".into()], false)
        .unwrap();
    clock.advance(chrono::Duration::days(2));
    let brief = db.brief(&BriefQuery::default()).unwrap();
    let md = interlude_core::therapy::brief::markdown::render(&brief);
    assert_eq!(
        md.matches("Assigned by Ana Weber on Tue 8 Dec.").count(),
        2,
        "{md}"
    );
    assert_eq!(
        md.matches("Assigned in a homework file on Tue 8 Dec.")
            .count(),
        1,
        "{md}"
    );
    let experiment = &brief.experiments[0];
    assert_eq!(experiment.assigned.as_ref().unwrap().from, "Ana Weber");
}
#[test]
fn an_item_deleted_since_is_not_added_again() {
    let clock = Arc::new(ManualClock::at("2026-12-08T18:00:00+01:00"));
    let mut db = Db::open_in_memory(clock.clone()).unwrap();
    let accept = ["speak-up".to_owned()];
    db.import_homework(EXAMPLE, FILE, &accept, false).unwrap();
    let id = db.list_experiments().unwrap()[0].id;
    db.delete_experiment(id).unwrap();
    clock.advance(chrono::Duration::hours(1));
    db.purge_deleted().unwrap();
    assert!(db.preview_homework(EXAMPLE, FILE).unwrap().items[2].already_added);
    let again = db.import_homework(EXAMPLE, FILE, &accept, false).unwrap();
    assert_eq!((again.added, again.already_here), (0, 1));
    assert!(db.list_experiments().unwrap().is_empty());
}

#[test]
fn a_file_that_is_not_version_1_or_has_a_bom_is_read_as_it_should_be() {
    let db = db();
    let zero = refusal(
        &db,
        &EXAMPLE.replacen("\"version\": 1", "\"version\": 0", 1),
    );
    assert!(zero.contains("no version Interlude knows"), "{zero}");
    let with_bom = format!("\u{feff}{EXAMPLE}");
    assert_eq!(db.preview_homework(&with_bom, FILE).unwrap().items.len(), 3);
    // An unknown field in the experiment is pointed at on its own line,
    // not at the plan's field of the same name above it.
    let cue = EXAMPLE.replacen(
        "\"expected\": \"Silence",
        "\"cue\": \"x\",\n      \"expected\": \"Silence",
        1,
    );
    let message = refusal(&db, &cue);
    assert!(
        message.starts_with("homework.json, line 32: unknown field `cue`"),
        "{message}"
    );
}

/// The example with two questionnaires added: the PHQ-9 before each
/// session and the GAD-7 weekly.
fn with_questionnaires() -> String {
    EXAMPLE.replacen(
        "  ]\n}",
        "    ,\n    { \"id\": \"phq\", \"kind\": \"questionnaire\", \"measure\": \"phq9\", \"when\": \"beforeEachSession\" },\n    { \"id\": \"gad\", \"kind\": \"questionnaire\", \"measure\": \"gad7\", \"when\": \"weekly\" }\n  ]\n}",
        1,
    )
}

#[test]
fn a_questionnaire_asked_for_before_each_session_is_due_the_day_before_until_a_result_comes() {
    use interlude_core::schedule::sessions::SessionSchedule;
    use interlude_core::{MeasureInput, MeasureKind};
    // Tuesday 8 December, 18:00 in Berlin; sessions on Thursdays at 17:00.
    let clock = Arc::new(ManualClock::at("2026-12-08T18:00:00+01:00"));
    let mut db = Db::open_in_memory(clock.clone()).unwrap();
    db.set_schedule(SessionSchedule {
        weekday: 4,
        time: "17:00".into(),
        duration_minutes: 50,
        every_weeks: 1,
        start_date: chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap(),
        time_zone: "Europe/Berlin".into(),
    })
    .unwrap();
    let text = with_questionnaires();
    let preview = db.preview_homework(&text, FILE).unwrap();
    assert_eq!(
        preview.items[3].title,
        "The PHQ-9 (mood), before each session"
    );
    assert_eq!(preview.items[4].title, "The GAD-7 (anxiety), once a week");
    let all = ["phq", "gad"].map(String::from);
    assert_eq!(
        db.import_homework(&text, FILE, &all, false).unwrap().added,
        2
    );

    // Tuesday: the session is Thursday, so the PHQ-9 isn't due yet; the
    // weekly GAD-7 is, having no result at all.
    let due = |db: &Db| -> Vec<MeasureKind> {
        db.home()
            .unwrap()
            .due_measures
            .iter()
            .map(|r| r.measure)
            .collect()
    };
    assert_eq!(due(&db), [MeasureKind::Gad7]);
    // Wednesday evening: the day before.
    clock.advance(chrono::Duration::days(1));
    assert_eq!(due(&db), [MeasureKind::Phq9, MeasureKind::Gad7]);
    let home = db.home().unwrap();
    assert_eq!(
        home.due_measures[0].session_at.unwrap().to_rfc3339(),
        "2026-12-10T17:00:00+01:00"
    );
    assert_eq!(home.due_measures[0].from, "Ana Weber");
    // Filled in: neither is offered again until it is due again.
    for measure in [MeasureKind::Phq9, MeasureKind::Gad7] {
        let n = if measure == MeasureKind::Phq9 { 9 } else { 7 };
        db.save_measure(MeasureInput {
            id: None,
            measure,
            answers: vec![Some(1); n],
            difficulty: None,
        })
        .unwrap();
    }
    assert!(due(&db).is_empty());
    // The next Wednesday evening, the PHQ-9 is due for the next session;
    // the GAD-7, filled in seven days ago, too.
    clock.advance(chrono::Duration::days(7));
    assert_eq!(due(&db), [MeasureKind::Phq9, MeasureKind::Gad7]);
    // Stopped: never offered again, and the file doesn't bring it back.
    let phq = db.measure_requests().unwrap()[0].id;
    db.stop_measure_request(phq).unwrap();
    assert_eq!(due(&db), [MeasureKind::Gad7]);
    assert_eq!(
        db.import_homework(&text, FILE, &all, false).unwrap().added,
        0
    );
    assert_eq!(db.measure_requests().unwrap().len(), 1);
}

#[test]
fn next_weeks_file_asking_for_the_same_questionnaire_adds_no_second_request() {
    let mut db = db();
    let text = with_questionnaires();
    let all = ["phq", "gad"].map(String::from);
    assert_eq!(
        db.import_homework(&text, FILE, &all, false).unwrap().added,
        2
    );
    let next_week = text.replacen(
        "2026-12-08 Ana Weber for R.",
        "2026-12-15 Ana Weber for R.",
        1,
    );
    let again = db.import_homework(&next_week, FILE, &all, false).unwrap();
    assert_eq!((again.added, again.already_here), (0, 2));
    assert_eq!(db.measure_requests().unwrap().len(), 2);
}

#[test]
fn a_window_of_days_past_the_calendar_is_all_time_not_a_crash() {
    let db = db();
    assert!(db.activity_insights(Some(u32::MAX)).unwrap().from.is_none());
    assert!(db.insights(Some(u32::MAX)).unwrap().from.is_none());
}
