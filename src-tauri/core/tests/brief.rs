//! The session brief from a seeded fortnight; PHQ-9 and GAD-7 scoring and
//! history; the safety plan.

#![allow(clippy::unwrap_used)]

use std::sync::Arc;

use chrono::{DateTime, Duration, FixedOffset, NaiveDate};
use interlude_core::journal::EntryFlags;
use interlude_core::safety::plan::Contact;
use interlude_core::therapy::brief::doc::{trend_words, Block};
use interlude_core::{
    BriefPrep, BriefQuery, CheckinInput, Db, EmotionRating, EntryRef, Frequency, Kind, LogInput,
    ManualClock, MeasureInput, MeasureKind, MomentInput, Outcome, PlanInput, Practice,
    ReflectionInput, SafetyPlanInput, Unit,
};

fn at(s: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(s).unwrap()
}

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// Monday 30 November, the evening before the next session.
fn clock() -> Arc<ManualClock> {
    Arc::new(ManualClock::at("2026-11-30T20:00:00+01:00"))
}

fn answers(values: &[u8]) -> Vec<Option<u8>> {
    values.iter().map(|v| Some(*v)).collect()
}

/// A fortnight: a session on the 17th and on the 24th, a plan practised
/// most days, moments (one private), check-ins and questionnaires.
fn seeded() -> Db {
    let clock = clock();
    let mut db = Db::open_in_memory(clock.clone()).unwrap();
    db.create_reflection(ReflectionInput {
        session_at: Some(at("2026-11-17T17:00:00+01:00")),
        takeaway: "An old reflection".into(),
        ..ReflectionInput::default()
    })
    .unwrap();
    db.create_reflection(ReflectionInput {
        session_at: Some(at("2026-11-24T17:00:00+01:00")),
        takeaway: "My thoughts are not facts.".into(),
        focus: "Notice the should voice".into(),
        feeling_rating: Some(6),
        ..ReflectionInput::default()
    })
    .unwrap();
    let plan = db
        .create_plan(PlanInput {
            action: "Practise deep breathing".into(),
            amount: Some(3),
            unit: Some(Unit::Minutes),
            frequency: Frequency::Daily,
            cue: "after I brush my teeth".into(),
            cue_time: Some("07:30".into()),
            start_date: Some(day("2026-11-24")),
            end_date: None,
            practice: Some(Practice::Box),
            from_reflection_id: None,
        })
        .unwrap();
    for (d, outcome, reason, note) in [
        ("2026-11-24", Outcome::Done, "", ""),
        ("2026-11-25", Outcome::Done, "", "Calmer after"),
        ("2026-11-26", Outcome::Skipped, "fever", ""),
        ("2026-11-27", Outcome::Partly, "", ""),
        ("2026-11-28", Outcome::NotToday, "", ""),
        ("2026-11-29", Outcome::Done, "", ""),
    ] {
        db.log_plan(LogInput {
            plan_id: plan.id,
            day: Some(day(d)),
            outcome,
            count: None,
            reason: reason.into(),
            note: note.into(),
        })
        .unwrap();
    }
    for (when, mood) in [
        ("2026-11-25T08:00:00+01:00", 4),
        ("2026-11-27T08:00:00+01:00", 6),
        ("2026-11-29T08:00:00+01:00", 7),
    ] {
        db.create_checkin(CheckinInput {
            at: Some(at(when)),
            mood: Some(mood),
            ..CheckinInput::default()
        })
        .unwrap();
    }
    let shared = db
        .create_moment(MomentInput {
            occurred_at: Some(at("2026-11-26T09:30:00+01:00")),
            situation: "Team meeting".into(),
            emotions: vec![EmotionRating {
                word: "anxious".into(),
                before: Some(80),
                after: Some(40),
            }],
            self_talk: "They think I'm useless".into(),
            traps: vec!["mindReading".into()],
            friend: "One meeting is not your whole job.".into(),
            starred: Some(true),
            ..MomentInput::default()
        })
        .unwrap();
    assert!(shared.starred);
    db.create_moment(MomentInput {
        occurred_at: Some(at("2026-11-28T22:00:00+01:00")),
        situation: "The secret thing".into(),
        self_talk: "Only for me".into(),
        traps: vec!["labeling".into()],
        private: Some(true),
        starred: Some(true),
        ..MomentInput::default()
    })
    .unwrap();
    questionnaires(&mut db, &clock);
    db
}

/// A PHQ-9 before the period, and one in it with question 9 above 0; a
/// GAD-7 in it.
fn questionnaires(db: &mut Db, clock: &ManualClock) {
    clock.set(at("2026-11-20T10:00:00+01:00"));
    db.save_measure(MeasureInput {
        id: None,
        measure: MeasureKind::Phq9,
        answers: answers(&[2, 2, 2, 2, 2, 2, 2, 2, 0]),
        difficulty: Some(1),
    })
    .unwrap();
    clock.set(at("2026-11-29T10:00:00+01:00"));
    db.save_measure(MeasureInput {
        id: None,
        measure: MeasureKind::Phq9,
        answers: answers(&[1, 1, 1, 1, 1, 1, 1, 0, 1]),
        difficulty: None,
    })
    .unwrap();
    db.save_measure(MeasureInput {
        id: None,
        measure: MeasureKind::Gad7,
        answers: answers(&[1, 1, 1, 1, 1, 1, 1]),
        difficulty: None,
    })
    .unwrap();
    clock.set(at("2026-11-30T20:00:00+01:00"));
}

#[test]
fn the_brief_covers_since_the_last_session_in_session_order() {
    let db = seeded();
    let brief = db.brief(&BriefQuery::default()).unwrap();
    assert_eq!(
        (brief.from, brief.until),
        (day("2026-11-24"), day("2026-11-30"))
    );
    assert!(brief.since_last_session);

    // Mood: check-ins and the reflection's rating by day.
    let days: Vec<_> = brief
        .mood
        .checkins
        .iter()
        .map(|c| (c.day, c.mean))
        .collect();
    assert_eq!(
        days,
        [
            (day("2026-11-24"), 6.0),
            (day("2026-11-25"), 4.0),
            (day("2026-11-27"), 6.0),
            (day("2026-11-29"), 7.0)
        ]
    );
    let phq9 = brief.mood.phq9.as_ref().unwrap();
    assert_eq!(phq9.latest.score, Some(8));
    assert_eq!(
        (phq9.first, phq9.since_first, phq9.since_last),
        (16, -8, Some(-8))
    );
    assert!(phq9.response, "16 → 8 is half");
    assert_eq!(phq9.remission, Some(false));
    assert_eq!(brief.mood.gad7.as_ref().unwrap().latest.score, Some(7));
    assert_eq!(brief.mood.flags.len(), 1, "question 9 above 0 is flagged");
    assert!(brief.mood.flags[0]
        .explanation
        .contains("worth talking about"));

    let bridge = brief.bridge.as_ref().unwrap();
    assert_eq!(bridge.takeaway, "My thoughts are not facts.");
    assert_eq!(bridge.focus, "Notice the should voice");

    // Only the shared starred moment; the private one is left out and counted.
    assert_eq!(brief.agenda.starred.len(), 1);
    assert_eq!(brief.agenda.starred[0].summary, "Team meeting");
    assert_eq!(brief.private_left_out, 1);

    let h = &brief.homework[0];
    assert_eq!(h.sentence, "I will practise deep breathing for 3 minutes every day after I brush my teeth (around 07:30).");
    assert_eq!(
        (h.planned, h.done, h.partly, h.skipped, h.not_today),
        (7, 3, 1, 1, 1)
    );
    assert_eq!(h.reasons, ["fever"]);
    assert_eq!(h.notes[0].text, "Calmer after");
    assert!(h.score_to > h.score_from);

    assert_eq!(
        brief.patterns.traps.len(),
        1,
        "the private moment's trap is not counted"
    );
    assert_eq!(brief.patterns.traps[0].name, "Mind reading");
    assert_eq!(brief.patterns.examples.len(), 1);

    let headings: Vec<String> = brief
        .document()
        .into_iter()
        .filter_map(|b| match b {
            Block::Heading(h) => Some(h),
            _ => None,
        })
        .collect();
    assert_eq!(
        headings,
        [
            "1. How I've been",
            "2. Since last time",
            "3. What I want to talk about",
            "4. Homework",
            "5. Patterns",
            "6. In my own words"
        ]
    );
}

#[test]
fn private_entries_appear_only_when_included() {
    let db = seeded();
    let with = db
        .brief(&BriefQuery {
            include_private: true,
            ..BriefQuery::default()
        })
        .unwrap();
    assert_eq!(with.private_left_out, 0);
    assert_eq!(with.agenda.starred.len(), 2);
    let md = interlude_core::therapy::brief::markdown::render(&with);
    assert!(md.contains("The secret thing"));
    assert!(md.contains("Entries marked private are included."));

    let without = db.brief(&BriefQuery::default()).unwrap();
    let md = interlude_core::therapy::brief::markdown::render(&without);
    assert!(!md.contains("The secret thing"));
    assert!(!md.contains("Only for me"));
    assert!(md.contains("1 entry marked private is left out."), "{md}");
}

#[test]
fn prep_keeps_the_agenda_own_words_and_what_was_left_out() {
    let mut db = seeded();
    let q = BriefQuery::default();
    let brief = db
        .save_brief_prep(
            &q,
            BriefPrep {
                agenda: vec!["  The meeting ".into(), String::new(), "Sleep".into()],
                own_words: "I want to start with the good week.".into(),
                removed: vec!["plan:1".into(), "flag:phq9-item9".into()],
            },
        )
        .unwrap();
    let items: Vec<&str> = brief.agenda.items.iter().map(|a| a.text.as_str()).collect();
    assert_eq!(items, ["The meeting", "Sleep"]);
    assert!(brief.homework.is_empty(), "left out");
    assert!(brief.mood.flags.is_empty());
    let labels: Vec<&str> = brief.removed.iter().map(|r| r.label.as_str()).collect();
    assert_eq!(labels.len(), 2, "{labels:?}");
    assert_eq!(
        db.brief(&q).unwrap().own_words,
        "I want to start with the good week."
    );
    // Leaving out never deletes: the plan is still there.
    assert_eq!(db.list_plans(true).unwrap().len(), 1);

    let err = db
        .save_brief_prep(
            &q,
            BriefPrep {
                agenda: vec!["x".repeat(501)],
                ..BriefPrep::default()
            },
        )
        .unwrap_err();
    assert_eq!(err.kind(), "invalid");
}

#[test]
fn a_range_that_ends_before_it_starts_is_refused() {
    let db = seeded();
    let err = db
        .brief(&BriefQuery {
            since: Some(day("2026-11-28")),
            until: Some(day("2026-11-20")),
            include_private: false,
        })
        .unwrap_err();
    assert!(err.to_string().contains("end date is before"));
}

#[test]
fn an_empty_journal_gets_a_kind_empty_brief_in_every_format() {
    let db = Db::open_in_memory(clock()).unwrap();
    let brief = db.brief(&BriefQuery::default()).unwrap();
    assert_eq!(brief.from, day("2026-11-17"), "two weeks without a session");
    let md = interlude_core::therapy::brief::markdown::render(&brief);
    assert!(md.starts_with("# Session brief"));
    assert!(md.contains("No mood check-ins in these days."));
    let html = interlude_core::therapy::brief::html::render(&brief);
    assert!(html.contains("<h1>Session brief</h1>"));
    let pdf = interlude_core::therapy::brief::pdf::render(&brief).unwrap();
    assert!(pdf.starts_with(b"%PDF-"));
}

#[test]
fn exports_escape_the_persons_words() {
    let mut db = seeded();
    db.save_brief_prep(
        &BriefQuery::default(),
        BriefPrep {
            agenda: vec!["<script>alert(1)</script> & *bold*".into()],
            ..BriefPrep::default()
        },
    )
    .unwrap();
    let brief = db.brief(&BriefQuery::default()).unwrap();
    let html = interlude_core::therapy::brief::html::render(&brief);
    assert!(!html.contains("<script>"));
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; *bold*"));
    let md = interlude_core::therapy::brief::markdown::render(&brief);
    assert!(
        md.contains("\\<script\\>alert(1)\\</script\\> & \\*bold\\*"),
        "{md}"
    );
    let pdf = interlude_core::therapy::brief::pdf::render(&brief).unwrap();
    assert!(pdf.len() > 10_000, "the font is embedded");
}

#[test]
fn a_long_brief_flows_onto_more_pages() {
    let mut db = seeded();
    db.save_brief_prep(
        &BriefQuery::default(),
        BriefPrep {
            own_words: "A long paragraph about the week. ".repeat(400),
            ..BriefPrep::default()
        },
    )
    .unwrap();
    let pdf =
        interlude_core::therapy::brief::pdf::render(&db.brief(&BriefQuery::default()).unwrap())
            .unwrap();
    let text = String::from_utf8_lossy(&pdf);
    let pages = text.matches("/Type /Page\n").count() + text.matches("/Type /Page ").count();
    assert!(pages >= 2, "{pages} pages");
}

// --- PHQ-9 and GAD-7 ------------------------------------------------------

#[test]
fn an_incomplete_questionnaire_is_a_draft_and_never_scored() {
    let mut db = Db::open_in_memory(clock()).unwrap();
    let mut partial = answers(&[1, 2, 0]);
    partial.extend([None; 6]);
    let draft = db
        .save_measure(MeasureInput {
            id: None,
            measure: MeasureKind::Phq9,
            answers: partial.clone(),
            difficulty: None,
        })
        .unwrap();
    assert!(!draft.complete);
    assert_eq!((draft.score, draft.band.clone()), (None, None));
    let history = db.measure_history(MeasureKind::Phq9).unwrap();
    assert!(history.results.is_empty());
    assert_eq!(history.draft.as_ref().map(|d| d.id), Some(draft.id));
    assert!(history.change.is_none());

    // Item 9 above 0 is reported at once, even in a draft.
    partial[8] = Some(1);
    let flagged = db
        .save_measure(MeasureInput {
            id: Some(draft.id),
            measure: MeasureKind::Phq9,
            answers: partial,
            difficulty: None,
        })
        .unwrap();
    assert!(flagged.item9 && !flagged.complete);

    let done = db
        .save_measure(MeasureInput {
            id: Some(draft.id),
            measure: MeasureKind::Phq9,
            answers: answers(&[3, 3, 3, 3, 3, 3, 3, 3, 3]),
            difficulty: Some(3),
        })
        .unwrap();
    assert_eq!(done.score, Some(27));
    assert_eq!(done.band.unwrap().key, "severe");
    assert!(db
        .measure_history(MeasureKind::Phq9)
        .unwrap()
        .draft
        .is_none());
}

#[test]
fn bad_questionnaire_answers_name_the_question() {
    let mut db = Db::open_in_memory(clock()).unwrap();
    let mut bad = answers(&[0, 0, 0, 4, 0, 0, 0]);
    let err = db
        .save_measure(MeasureInput {
            id: None,
            measure: MeasureKind::Gad7,
            answers: bad.clone(),
            difficulty: None,
        })
        .unwrap_err();
    assert!(err.to_string().contains("Question 4"), "{err}");
    bad.pop();
    let err = db
        .save_measure(MeasureInput {
            id: None,
            measure: MeasureKind::Gad7,
            answers: bad,
            difficulty: None,
        })
        .unwrap_err();
    assert!(err.to_string().contains("has 7 questions"), "{err}");
}

#[test]
fn history_tracks_change_response_and_remission() {
    let clock = clock();
    let mut db = Db::open_in_memory(clock.clone()).unwrap();
    for (i, total) in [(0, [2u8; 9]), (1, [1u8; 9]), (2, [0u8; 9])] {
        clock.advance(Duration::days(14 * i));
        let mut a = total;
        a[0] += 1;
        db.save_measure(MeasureInput {
            id: None,
            measure: MeasureKind::Phq9,
            answers: answers(&a),
            difficulty: None,
        })
        .unwrap();
    }
    let h = db.measure_history(MeasureKind::Phq9).unwrap();
    let scores: Vec<_> = h.results.iter().map(|r| r.score.unwrap()).collect();
    assert_eq!(scores, [19, 10, 1]);
    let change = h.change.unwrap();
    assert_eq!((change.since_first, change.since_last), (-18, Some(-9)));
    assert!(change.response);
    assert_eq!(change.remission, Some(true));
    assert_eq!(h.bands.len(), 5);

    let id = h.results[0].id;
    db.delete_measure(id).unwrap();
    assert_eq!(
        db.measure_history(MeasureKind::Phq9).unwrap().results.len(),
        2
    );
    db.restore_measure(id).unwrap();
    assert_eq!(
        db.measure_history(MeasureKind::Phq9).unwrap().results.len(),
        3
    );
}

// --- Safety plan ----------------------------------------------------------

#[test]
fn the_safety_plan_starts_with_the_regions_crisis_lines_and_keeps_edits() {
    let mut db = Db::open_in_memory(clock()).unwrap();
    let fresh = db.safety_plan(Some("GB")).unwrap();
    assert_eq!(fresh.sections.len(), 7);
    assert_eq!(fresh.sections[0].key, "warningSigns");
    assert_eq!(fresh.crisis_lines[0].number, "116 123");
    assert!(fresh.updated_at.is_none());

    let mut input = SafetyPlanInput::default();
    input.sections.insert(
        "reasonsForLiving".into(),
        vec![" my sister ".into(), String::new()],
    );
    input.contacts.push(Contact {
        name: "Sam".into(),
        phone: "07700 900123".into(),
        note: String::new(),
    });
    input.crisis_lines = fresh.crisis_lines.clone();
    let saved = db.save_safety_plan(input, Some("GB")).unwrap();
    assert_eq!(saved.sections[6].items, ["my sister"]);
    assert_eq!(saved.contacts[0].name, "Sam");
    assert_eq!(
        saved.region.as_deref(),
        Some("GB"),
        "the region it began with"
    );
    assert_eq!(
        db.safety_plan(Some("US")).unwrap().crisis_lines[0].number,
        "116 123"
    );

    let mut unknown = SafetyPlanInput::default();
    unknown.sections.insert("hobbies".into(), vec!["x".into()]);
    assert!(db.save_safety_plan(unknown, None).is_err());
}

#[test]
fn starring_after_the_fact_brings_an_entry_onto_the_agenda() {
    let mut db = seeded();
    let timeline = db
        .timeline(&interlude_core::TimelineQuery {
            kinds: vec![Kind::Checkin],
            ..Default::default()
        })
        .unwrap();
    let checkin = &timeline.items[0];
    db.set_entry_flags(
        EntryRef {
            kind: Kind::Checkin,
            id: checkin.id,
        },
        EntryFlags {
            starred: Some(true),
            private: None,
        },
    )
    .unwrap();
    assert_eq!(
        db.brief(&BriefQuery::default())
            .unwrap()
            .agenda
            .starred
            .len(),
        2
    );
}

#[test]
fn questionnaires_and_the_safety_plan_travel_in_the_export() {
    let mut db = seeded();
    let mut plan = SafetyPlanInput::default();
    plan.sections
        .insert("copingStrategies".into(), vec!["a cold shower".into()]);
    plan.crisis_lines = db.safety_plan(Some("AU")).unwrap().crisis_lines;
    db.save_safety_plan(plan, Some("AU")).unwrap();
    let mut draft = answers(&[1, 1]);
    draft.extend([None; 5]);
    db.save_measure(MeasureInput {
        id: None,
        measure: MeasureKind::Gad7,
        answers: draft,
        difficulty: None,
    })
    .unwrap();

    let file = db.export_json(true).unwrap();
    let mut other = Db::open_in_memory(clock()).unwrap();
    other.import_json(&file).unwrap();
    assert_eq!(other.export_json(true).unwrap(), file, "round trip");
    let h = other.measure_history(MeasureKind::Phq9).unwrap();
    assert_eq!(
        h.results.iter().map(|r| r.score).collect::<Vec<_>>(),
        [Some(16), Some(8)]
    );
    assert!(other
        .measure_history(MeasureKind::Gad7)
        .unwrap()
        .draft
        .is_some());
    let p = other.safety_plan(None).unwrap();
    assert_eq!(p.sections[1].items, ["a cold shower"]);
    assert_eq!(p.crisis_lines[0].number, "13 11 14");
    assert_eq!(p.region.as_deref(), Some("AU"));

    // A questionnaire answer out of range names the record; nothing lands.
    let mut bad: serde_json::Value = serde_json::from_str(&file).unwrap();
    bad["measures"][0]["answers"][0] = serde_json::json!(9);
    let mut empty = Db::open_in_memory(clock()).unwrap();
    let err = empty.import_json(&bad.to_string()).unwrap_err();
    assert!(err.to_string().contains("Questionnaire 1"), "{err}");
    assert!(empty
        .measure_history(MeasureKind::Phq9)
        .unwrap()
        .results
        .is_empty());
}

// --- The brief as a therapist reads it --------------------------------------

/// Every export's text, for checking what a reader is told.
fn exported_text(brief: &interlude_core::therapy::brief::Brief) -> String {
    brief
        .document()
        .iter()
        .map(|b| format!("{b:?}"))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn question_9_says_the_answer_given() {
    let db = seeded();
    let brief = db.brief(&BriefQuery::default()).unwrap();
    let note = &brief.mood.flags[0].text;
    assert!(note.contains("answered \"Several days\""), "{note}");
    assert!(!note.contains("above"), "{note}");
}

#[test]
fn the_brief_speaks_of_the_writer_not_to_them() {
    let db = seeded();
    let brief = db.brief(&BriefQuery::default()).unwrap();
    let text = exported_text(&brief);
    // PHQ-9 of 8 and GAD-7 of 7: both "mild", in the reader's words.
    assert!(text.contains("mild symptoms (5–9)"), "{text}");
    for written_to_the_person in [
        "weighing on you",
        "signs of low mood",
        "your therapist",
        "yourself",
    ] {
        assert!(
            !text.contains(written_to_the_person),
            "{written_to_the_person}: {text}"
        );
    }
    let md = String::from_utf8(
        interlude_core::therapy::brief::BriefFormat::Md
            .render(&brief)
            .unwrap(),
    )
    .unwrap();
    assert!(!md.contains("your therapist"), "{md}");
}

#[test]
fn the_takeaways_companion_is_in_the_brief_when_answered() {
    let mut db = seeded();
    let brief = db.brief(&BriefQuery::default()).unwrap();
    assert!(
        !exported_text(&brief).contains("hard or surprising"),
        "unanswered: left out"
    );
    db.create_reflection(ReflectionInput {
        session_at: Some(at("2026-11-30T09:00:00+01:00")),
        takeaway: "Rest is allowed.".into(),
        difficult: "How often I apologise.".into(),
        ..ReflectionInput::default()
    })
    .unwrap();
    let brief = db.brief(&BriefQuery::default()).unwrap();
    assert_eq!(
        brief.bridge.as_ref().unwrap().difficult,
        "How often I apologise."
    );
    let text = exported_text(&brief);
    assert!(text.contains("What was hard or surprising"), "{text}");
    assert!(text.contains("How often I apologise."), "{text}");
}

/// The preview (which reads `trend`) and the exports say the same words.
#[test]
fn the_homework_trend_is_computed_once() {
    let db = seeded();
    let brief = db.brief(&BriefQuery::default()).unwrap();
    let h = &brief.homework[0];
    assert_eq!(h.trend, trend_words(h.score_from, h.score_to));
    assert!(exported_text(&brief).contains(&format!("Overall {}.", h.trend)));
    assert_eq!(trend_words(0.45, 0.62), "steadier than before");
    assert_eq!(trend_words(0.45, 0.50), "a little steadier than before");
    assert_eq!(trend_words(0.45, 0.46), "about as steady as before");
    assert_eq!(trend_words(0.45, 0.40), "a little less steady than before");
    assert_eq!(trend_words(0.45, 0.20), "less steady for now");
}

/// A thought record since the last session (24 November): the self-talk
/// rated before and after a balanced thought.
fn thought_record(db: &mut Db, when: &str, before: u8, after: u8, private: bool) {
    db.create_moment(MomentInput {
        occurred_at: Some(at(when)),
        situation: "Standup".into(),
        self_talk: "They think I'm slow.".into(),
        traps: vec!["mindReading".into()],
        belief_before: Some(before),
        evidence_against: "Sam thanked me for the fix.".into(),
        balanced: "I was careful, and careful takes time.".into(),
        belief_after: Some(after),
        private: Some(private),
        ..MomentInput::default()
    })
    .unwrap();
}

#[test]
fn the_brief_reports_how_much_belief_eased_and_each_balanced_thought() {
    let mut db = seeded();
    thought_record(&mut db, "2026-11-25T09:30:00+01:00", 80, 40, false);
    thought_record(&mut db, "2026-11-26T09:30:00+01:00", 90, 50, false);
    // Not enough yet without the private one: two, below three.
    thought_record(&mut db, "2026-11-27T09:30:00+01:00", 70, 60, true);

    let shared = db.brief(&BriefQuery::default()).unwrap();
    assert_eq!(
        (shared.patterns.belief.count, shared.patterns.belief.enough),
        (2, false)
    );
    let text = exported_text(&shared);
    assert!(
        text.contains("A more balanced thought: I was careful, and careful takes time."),
        "{text}"
    );
    assert!(text.contains("Belief in the thought: 90% → 50%"), "{text}");
    assert!(!text.contains("over 2 thought records"), "{text}");

    let all = db
        .brief(&BriefQuery {
            include_private: true,
            ..BriefQuery::default()
        })
        .unwrap();
    // Before 80 90 70 → 80; after 40 50 60 → 50; eased 40 40 10 → 40.
    let text = exported_text(&all);
    assert!(
        text.contains(
            "over 3 thought records: a median of 80% before, 50% after (eased by 40 points)"
        ),
        "{text}"
    );
    assert!(
        text.contains("Eased most, by thinking trap: Mind reading, eased by 40 points (3 times)"),
        "{text}"
    );
}

#[test]
fn a_belief_that_grew_or_moved_one_point_reads_as_it_is() {
    let mut db = seeded();
    // Believed more afterwards: 40 → 60, 50 → 70, 30 → 31 → median −20.
    thought_record(&mut db, "2026-11-25T09:30:00+01:00", 40, 60, false);
    thought_record(&mut db, "2026-11-26T09:30:00+01:00", 50, 70, false);
    thought_record(&mut db, "2026-11-27T09:30:00+01:00", 30, 31, false);
    let text = exported_text(&db.brief(&BriefQuery::default()).unwrap());
    assert!(text.contains("(grew by 20 points)"), "{text}");
    assert!(!text.contains("-20"), "{text}");

    let mut db = seeded();
    for (when, before, after) in [
        ("2026-11-25T09:30:00+01:00", 50, 49),
        ("2026-11-26T09:30:00+01:00", 50, 49),
        ("2026-11-27T09:30:00+01:00", 50, 50),
    ] {
        thought_record(&mut db, when, before, after, false);
    }
    let text = exported_text(&db.brief(&BriefQuery::default()).unwrap());
    assert!(text.contains("(eased by 1 point)"), "{text}");
    assert!(
        text.contains("Mind reading, eased by 1 point (3 times)"),
        "{text}"
    );
}
