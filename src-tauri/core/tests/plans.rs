//! Practice plans: building them, logging days, the forgiving score, the
//! week count, "start again today", and when a kind minute is offered.
//!
//! Expected scores were worked out from the formula in docs/design.md separately (by
//! hand, with a calculator script), not by running this code.

#![allow(clippy::unwrap_used, clippy::float_cmp)]

use std::sync::Arc;

use chrono::{Duration, NaiveDate};
use interlude_core::practice::progress::{score_history, DayRecord};
use interlude_core::{
    CompassionBreakInput, Db, Frequency, LogInput, ManualClock, Outcome, PlanInput, PlanStatus,
    Practice, ReflectionInput, Unit,
};

fn date(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn close(actual: f64, expected: f64) {
    assert!((actual - expected).abs() < 1e-12, "{actual} != {expected}");
}

fn records(start: &str, outcomes: &[Option<Outcome>]) -> Vec<DayRecord> {
    let start = date(start);
    (0..)
        .zip(outcomes)
        .map(|(i, o)| DayRecord {
            day: start + Duration::days(i),
            outcome: *o,
            count: u32::from(o.is_some_and(Outcome::practised)),
            paused: false,
        })
        .collect()
}

const DONE: Option<Outcome> = Some(Outcome::Done);

// ---- The score, against hand-worked values --------------------------------

#[test]
fn daily_all_done_for_thirty_days() {
    let scores = score_history(&Frequency::Daily, &records("2026-01-01", &[DONE; 30]));
    close(*scores.last().unwrap(), 0.798_016_731_996_357);
}

#[test]
fn one_lapse_after_thirty_days_dents_but_does_not_reset() {
    let mut days = vec![DONE; 30];
    days.push(Some(Outcome::NotToday));
    days.push(DONE);
    let scores = score_history(&Frequency::Daily, &records("2026-01-01", &days));
    close(scores[30], 0.756_581_719_672_174_9);
    close(scores[31], 0.769_220_601_842_08);
    assert!(scores[30] > 0.75, "a lapse is a dent, not a reset");
}

#[test]
fn a_day_with_nothing_logged_counts_like_not_today() {
    let mut days = vec![DONE; 30];
    days.push(None);
    let scores = score_history(&Frequency::Daily, &records("2026-01-01", &days));
    close(scores[30], 0.756_581_719_672_174_9);
}

#[test]
fn skipped_with_a_reason_leaves_the_score_unchanged() {
    let days = [DONE, DONE, Some(Outcome::Skipped), DONE];
    let scores = score_history(&Frequency::Daily, &records("2026-01-01", &days));
    close(scores[0], 0.051_922_485_660_828_58);
    close(scores[1], 0.101_149_026_804_458_2);
    close(scores[2], 0.101_149_026_804_458_2);
    close(scores[3], 0.147_819_603_571_425_54);
}

#[test]
fn partly_counts_half() {
    let scores = score_history(
        &Frequency::Daily,
        &records("2026-01-01", &[Some(Outcome::Partly)]),
    );
    close(scores[0], 0.025_961_242_830_414_29);
}

#[test]
fn paused_days_leave_the_score_unchanged() {
    let mut days = records("2026-01-01", &[DONE, None, None, DONE]);
    days[1].paused = true;
    days[2].paused = true;
    let scores = score_history(&Frequency::Daily, &days);
    close(scores[2], scores[0]);
    close(scores[3], 0.101_149_026_804_458_2);
}

#[test]
fn three_times_a_week_uses_the_doubled_window() {
    // Two weeks from a Monday, practised Monday, Wednesday and Friday.
    let mut days = vec![None; 14];
    for d in [0, 2, 4, 7, 9, 11] {
        days[d] = DONE;
    }
    let scores = score_history(
        &Frequency::PerWeek { times: 3 },
        &records("2026-01-05", &days),
    );
    close(scores[6], 0.079_390_637_684_362_29);
    close(scores[13], 0.249_959_907_322_789_6);
}

#[test]
fn several_times_a_day_counts_repetitions() {
    let mut days = records("2026-01-01", &[DONE, DONE]);
    days[0].count = 3;
    days[1].count = 2;
    let scores = score_history(&Frequency::PerDay { times: 3 }, &days);
    close(scores[1], 0.139_243_356_657_970_6);
}

// ---- Plans through the journal ---------------------------------------------

fn journal(now: &str) -> (Db, Arc<ManualClock>) {
    let clock = Arc::new(ManualClock::at(now));
    (Db::open_in_memory(clock.clone()).unwrap(), clock)
}

fn breathing() -> PlanInput {
    PlanInput {
        action: "Practise deep breathing".into(),
        amount: Some(3),
        unit: Some(Unit::Minutes),
        frequency: Frequency::Daily,
        cue: "after I brush my teeth".into(),
        cue_time: Some("07:30".into()),
        start_date: None,
        end_date: None,
        practice: Some(Practice::Box),
        from_reflection_id: None,
    }
}

fn log(db: &mut Db, plan_id: i64, day: &str, outcome: Outcome) {
    db.log_plan(LogInput {
        plan_id,
        day: Some(date(day)),
        outcome,
        count: None,
        reason: if outcome == Outcome::Skipped {
            "ill".into()
        } else {
            String::new()
        },
        note: String::new(),
    })
    .unwrap();
}

#[test]
fn the_plan_sentence_reads_as_an_implementation_intention() {
    let (mut db, _) = journal("2026-11-23T09:00:00+00:00");
    let plan = db.create_plan(breathing()).unwrap();
    assert_eq!(
        plan.sentence,
        "I will practise deep breathing for 3 minutes every day after I brush my teeth (around 07:30)."
    );
    assert_eq!(
        plan.start_date,
        date("2026-11-23"),
        "starts today by default"
    );

    let cases = [
        (
            Frequency::Weekdays {
                days: vec![5, 1, 3],
            },
            "every Monday, Wednesday and Friday",
        ),
        (
            Frequency::Weekdays {
                days: vec![1, 2, 3, 4, 5],
            },
            "every weekday",
        ),
        (Frequency::PerWeek { times: 2 }, "twice a week"),
        (Frequency::PerDay { times: 3 }, "3 times a day"),
    ];
    for (frequency, expected) in cases {
        let input = PlanInput {
            action: "I will walk outside".into(),
            amount: None,
            cue: "lunch".into(),
            cue_time: None,
            frequency,
            ..breathing()
        };
        let sentence = input.preview().sentence;
        assert!(sentence.starts_with("I will walk outside "), "{sentence}");
        assert!(sentence.contains(expected), "{sentence}");
        assert!(sentence.ends_with(" after lunch."), "{sentence}");
    }
}

#[test]
fn preview_hints_toward_concreteness_without_blocking() {
    let vague = PlanInput {
        action: "try to breathe more".into(),
        amount: None,
        cue: String::new(),
        cue_time: None,
        ..breathing()
    };
    let preview = vague.preview();
    assert_eq!(preview.hints.len(), 3, "{:?}", preview.hints);
    let concrete = breathing().preview();
    assert!(concrete.hints.is_empty(), "{:?}", concrete.hints);
    let morning = PlanInput {
        action: "a morning walk".into(),
        ..breathing()
    };
    assert!(
        morning.preview().hints.is_empty(),
        "\"morning\" is not \"more\""
    );
}

#[test]
fn plans_that_cannot_happen_are_refused_with_what_to_fix() {
    let (mut db, _) = journal("2026-11-23T09:00:00+00:00");
    let cases: Vec<(PlanInput, &str)> = vec![
        (
            PlanInput {
                action: "   ".into(),
                ..breathing()
            },
            "what you'll do",
        ),
        (
            PlanInput {
                amount: Some(0),
                ..breathing()
            },
            "more than zero",
        ),
        (
            PlanInput {
                frequency: Frequency::Weekdays { days: vec![] },
                ..breathing()
            },
            "at least one day",
        ),
        (
            PlanInput {
                frequency: Frequency::Weekdays { days: vec![8] },
                ..breathing()
            },
            "1 (Monday)",
        ),
        (
            PlanInput {
                frequency: Frequency::PerWeek { times: 0 },
                ..breathing()
            },
            "1 to 7",
        ),
        (
            PlanInput {
                frequency: Frequency::PerDay { times: 1 },
                ..breathing()
            },
            "every day",
        ),
        (
            PlanInput {
                cue_time: Some("7.30am".into()),
                ..breathing()
            },
            "07:30",
        ),
        (
            PlanInput {
                start_date: Some(date("2026-12-01")),
                end_date: Some(date("2026-11-30")),
                ..breathing()
            },
            "end date is before",
        ),
        (
            // Tuesday to Wednesday, but only on Fridays: never comes up.
            PlanInput {
                start_date: Some(date("2026-11-24")),
                end_date: Some(date("2026-11-25")),
                frequency: Frequency::Weekdays { days: vec![5] },
                ..breathing()
            },
            "never come up",
        ),
        (
            PlanInput {
                from_reflection_id: Some(99),
                ..breathing()
            },
            "reflection",
        ),
    ];
    for (input, expected) in cases {
        let err = db.create_plan(input.clone()).unwrap_err();
        assert!(err.to_string().contains(expected), "{input:?}: {err}");
    }
    assert!(db.list_plans(true).unwrap().is_empty(), "nothing saved");
}

#[test]
fn a_plan_from_a_reflections_focus_remembers_where_it_came_from() {
    let (mut db, _) = journal("2026-11-23T09:00:00+00:00");
    let reflection = db
        .create_reflection(ReflectionInput {
            focus: "Notice the should voice".into(),
            ..ReflectionInput::default()
        })
        .unwrap();
    let plan = db
        .create_plan(PlanInput {
            action: reflection.focus.clone(),
            from_reflection_id: Some(reflection.id),
            ..breathing()
        })
        .unwrap();
    assert_eq!(plan.from_reflection_id, Some(reflection.id));
}

#[test]
fn logging_rules_no_future_no_before_start_skips_need_a_reason() {
    let (mut db, _) = journal("2026-11-23T09:00:00+00:00");
    let plan = db.create_plan(breathing()).unwrap();
    let attempt = |day: &str, outcome: Outcome, reason: &str| LogInput {
        plan_id: plan.id,
        day: Some(date(day)),
        outcome,
        count: None,
        reason: reason.into(),
        note: String::new(),
    };
    let future = db
        .log_plan(attempt("2026-11-24", Outcome::Done, ""))
        .unwrap_err();
    assert!(
        future.to_string().contains("hasn't happened yet"),
        "{future}"
    );
    let early = db
        .log_plan(attempt("2026-11-22", Outcome::Done, ""))
        .unwrap_err();
    assert!(
        early.to_string().contains("before this plan started"),
        "{early}"
    );
    let no_reason = db
        .log_plan(attempt("2026-11-23", Outcome::Skipped, " "))
        .unwrap_err();
    assert!(
        no_reason.to_string().contains("why you skipped"),
        "{no_reason}"
    );
    assert!(db.plan_log(plan.id, date("2026-11-23")).unwrap().is_none());

    let logged = db
        .log_plan(attempt("2026-11-23", Outcome::Skipped, "fever"))
        .unwrap();
    assert_eq!(logged.reason, "fever");
    // Logging the day again replaces it; clearing it is the undo.
    db.log_plan(attempt("2026-11-23", Outcome::Partly, ""))
        .unwrap();
    assert_eq!(
        db.plan_log(plan.id, date("2026-11-23"))
            .unwrap()
            .unwrap()
            .outcome,
        Outcome::Partly
    );
    db.clear_plan_log(plan.id, date("2026-11-23")).unwrap();
    assert!(db.plan_log(plan.id, date("2026-11-23")).unwrap().is_none());
}

#[test]
fn past_days_can_be_logged_and_move_the_score() {
    let (mut db, clock) = journal("2026-11-20T09:00:00+00:00");
    let plan = db.create_plan(breathing()).unwrap();
    clock.set(chrono::DateTime::parse_from_rfc3339("2026-11-23T20:00:00+00:00").unwrap());
    assert_eq!(db.progress(&plan).unwrap().score, 0.0);
    log(&mut db, plan.id, "2026-11-21", Outcome::Done);
    let progress = db.progress(&plan).unwrap();
    // 20th nothing, 21st done, 22nd nothing; today (23rd) not logged yet.
    let m = 0.5_f64.powf(1.0 / 13.0);
    close(progress.score, (1.0 - m) * m);
    assert_eq!(progress.history.len(), 3);
}

#[test]
fn today_lists_due_plans_and_the_week_count() {
    // Wednesday 25 November 2026.
    let (mut db, clock) = journal("2026-11-23T09:00:00+00:00");
    let daily = db.create_plan(breathing()).unwrap();
    let fridays = db
        .create_plan(PlanInput {
            frequency: Frequency::Weekdays { days: vec![5] },
            ..breathing()
        })
        .unwrap();
    let twice = db
        .create_plan(PlanInput {
            frequency: Frequency::PerWeek { times: 2 },
            ..breathing()
        })
        .unwrap();
    clock.set(chrono::DateTime::parse_from_rfc3339("2026-11-25T09:00:00+00:00").unwrap());
    log(&mut db, daily.id, "2026-11-23", Outcome::Done);
    log(&mut db, daily.id, "2026-11-24", Outcome::Partly);
    log(&mut db, twice.id, "2026-11-23", Outcome::Done);
    log(&mut db, twice.id, "2026-11-24", Outcome::Done);

    let today = db.today_view().unwrap();
    let item = |id: i64| today.items.iter().find(|i| i.plan.id == id).unwrap();
    assert!(item(daily.id).due);
    assert!(!item(fridays.id).due, "not a Friday");
    assert!(!item(twice.id).due, "already twice this week");
    assert_eq!(item(daily.id).progress.week.done, 2);
    assert_eq!(item(daily.id).progress.week.target, 7);
    assert_eq!(item(fridays.id).progress.week.target, 1);
    assert_eq!(item(twice.id).progress.week.done, 2);
    assert_eq!(item(twice.id).progress.week.target, 2);
    assert_eq!(today.items[0].plan.id, daily.id, "due plans first");

    let home = db.home().unwrap();
    assert_eq!((home.today.due, home.today.done), (1, 0));
    log(&mut db, daily.id, "2026-11-25", Outcome::Done);
    let home = db.home().unwrap();
    assert_eq!((home.today.due, home.today.done), (1, 1));
}

#[test]
fn after_a_gap_start_again_and_a_kind_minute_is_offered() {
    let (mut db, clock) = journal("2026-11-20T09:00:00+00:00");
    let plan = db.create_plan(breathing()).unwrap();
    log(&mut db, plan.id, "2026-11-20", Outcome::Done);
    clock.set(chrono::DateTime::parse_from_rfc3339("2026-11-22T09:00:00+00:00").unwrap());
    // The 21st passed without practice: one day, "start again", no offer yet.
    let today = db.today_view().unwrap();
    assert_eq!(today.items[0].progress.gap_days, 1);
    assert!(today.items[0].progress.start_again);
    assert!(today.offer_compassion.is_none());

    clock.set(chrono::DateTime::parse_from_rfc3339("2026-11-23T09:00:00+00:00").unwrap());
    log(&mut db, plan.id, "2026-11-22", Outcome::Skipped);
    let today = db.today_view().unwrap();
    assert_eq!(today.items[0].progress.gap_days, 2);
    let offer = today.offer_compassion.expect("offered after two days");
    assert!(
        offer.reason.contains("Practise deep breathing"),
        "{}",
        offer.reason
    );
    assert!(db.home().unwrap().offer_compassion.is_some());

    // Taking a break today settles the offer for today.
    db.save_compassion_break(CompassionBreakInput {
        kindness: "It's fine to start again.".into(),
        plan_id: Some(plan.id),
        ..CompassionBreakInput::default()
    })
    .unwrap();
    assert!(db.today_view().unwrap().offer_compassion.is_none());

    // Practising today ends "start again"; nothing was reset.
    log(&mut db, plan.id, "2026-11-23", Outcome::Done);
    let progress = db.progress(&plan).unwrap();
    assert!(!progress.start_again);
    assert!(progress.score > 0.0);
}

#[test]
fn pausing_keeps_the_score_and_takes_the_plan_off_today() {
    let (mut db, clock) = journal("2026-11-20T09:00:00+00:00");
    let plan = db.create_plan(breathing()).unwrap();
    log(&mut db, plan.id, "2026-11-20", Outcome::Done);
    clock.set(chrono::DateTime::parse_from_rfc3339("2026-11-21T09:00:00+00:00").unwrap());
    let paused = db.set_plan_status(plan.id, PlanStatus::Paused).unwrap();
    assert_eq!(paused.status, PlanStatus::Paused);
    clock.set(chrono::DateTime::parse_from_rfc3339("2026-11-26T09:00:00+00:00").unwrap());
    let today = db.today_view().unwrap();
    assert!(!today.items[0].due);
    let before = db.progress(&plan).unwrap();
    close(before.score, 1.0 - 0.5_f64.powf(1.0 / 13.0));
    assert_eq!(before.gap_days, 0, "paused days are not slips");

    db.set_plan_status(plan.id, PlanStatus::Active).unwrap();
    assert!(db.today_view().unwrap().items[0].due);
    db.set_plan_status(plan.id, PlanStatus::Archived).unwrap();
    assert!(db.today_view().unwrap().items.is_empty());
    assert_eq!(db.list_plans(true).unwrap().len(), 1);
}

#[test]
fn finishing_a_guided_practice_counts_a_repetition() {
    let (mut db, _) = journal("2026-11-23T09:00:00+00:00");
    let several = db
        .create_plan(PlanInput {
            frequency: Frequency::PerDay { times: 3 },
            ..breathing()
        })
        .unwrap();
    db.record_practice(several.id).unwrap();
    let log = db.record_practice(several.id).unwrap();
    assert_eq!((log.outcome, log.count), (Outcome::Done, 2));
    let daily = db.create_plan(breathing()).unwrap();
    db.record_practice(daily.id).unwrap();
    assert_eq!(db.record_practice(daily.id).unwrap().count, 1);
}

#[test]
fn plans_days_and_breaks_survive_export_and_import_exactly() {
    let (mut db, clock) = journal("2026-11-20T09:00:00+00:00");
    let reflection = db
        .create_reflection(ReflectionInput {
            focus: "Breathe".into(),
            ..ReflectionInput::default()
        })
        .unwrap();
    let plan = db
        .create_plan(PlanInput {
            from_reflection_id: Some(reflection.id),
            ..breathing()
        })
        .unwrap();
    log(&mut db, plan.id, "2026-11-20", Outcome::Done);
    clock.set(chrono::DateTime::parse_from_rfc3339("2026-11-22T09:00:00+00:00").unwrap());
    log(&mut db, plan.id, "2026-11-21", Outcome::Skipped);
    db.set_plan_status(plan.id, PlanStatus::Paused).unwrap();
    db.save_compassion_break(CompassionBreakInput {
        mindfulness: "This is hard.".into(),
        plan_id: Some(plan.id),
        ..CompassionBreakInput::default()
    })
    .unwrap();

    let first = db.export_json(true).unwrap();
    let (mut other, _) = journal("2026-11-25T09:00:00+00:00");
    let summary = other.import_json(&first).unwrap();
    assert_eq!(summary.added, 3);
    assert_eq!(other.export_json(true).unwrap(), first);
    let copy = &other.list_plans(true).unwrap()[0];
    assert_eq!(
        copy.from_reflection_id,
        Some(other.latest_reflection().unwrap().unwrap().id)
    );
    assert_eq!(other.import_json(&first).unwrap().already_present, 3);
}

#[test]
fn a_version_1_export_still_imports() {
    let v1 = r#"{"format": "interlude-export", "version": 1, "reflections": [{
        "uid": "0b7c1a52-5a0e-4c55-9a55-2f7a3c1e9d01", "sessionAt": "2026-11-24T17:00:00+00:00",
        "takeaway": "x", "difficult": "", "focus": "", "feelingNote": "", "feelingRating": null,
        "feelings": [], "createdAt": "2026-11-24T17:55:00+00:00",
        "updatedAt": "2026-11-24T17:55:00+00:00"}]}"#;
    let (mut db, _) = journal("2026-11-25T09:00:00+00:00");
    assert_eq!(db.import_json(v1).unwrap().added, 1);
    let with_plans = v1.replace("\"version\": 1", "\"version\": 1, \"plans\": []");
    let err = db.import_json(&with_plans).unwrap_err();
    assert!(err.to_string().contains("\"plans\""), "{err}");
}

#[test]
fn a_bad_plan_in_an_import_is_named_and_nothing_is_written() {
    let (mut db, _) = journal("2026-11-23T09:00:00+00:00");
    db.create_plan(breathing()).unwrap();
    let mut file: serde_json::Value = serde_json::from_str(&db.export_json(true).unwrap()).unwrap();
    file["plans"][0]["uid"] = "6a1d2c0e-1111-4a7e-9d0e-6d2b1f0c9a11".into();
    file["plans"][0]["frequency"] = serde_json::json!({"kind": "perWeek", "times": 9});
    let (mut other, _) = journal("2026-11-23T09:00:00+00:00");
    let err = other.import_json(&file.to_string()).unwrap_err();
    assert!(err.to_string().starts_with("Plan 1 in the file"), "{err}");
    assert!(other.list_plans(true).unwrap().is_empty());
}

/// Home said "A few days have slipped by…" beside "1 of 1 practised": the
/// offer read the gap before today while the row read today's log.
#[test]
fn practising_today_settles_the_offer_the_same_day() {
    let (mut db, clock) = journal("2026-11-20T09:00:00+00:00");
    let plan = db.create_plan(breathing()).unwrap();
    log(&mut db, plan.id, "2026-11-20", Outcome::Done);
    clock.set(chrono::DateTime::parse_from_rfc3339("2026-11-23T09:00:00+00:00").unwrap());
    assert!(db.today_view().unwrap().offer_compassion.is_some());

    log(&mut db, plan.id, "2026-11-23", Outcome::Partly);
    let today = db.today_view().unwrap();
    assert!(
        today.items[0].log.is_some(),
        "today's row shows it practised"
    );
    assert!(
        today.offer_compassion.is_none(),
        "{:?}",
        today.offer_compassion
    );
    assert!(db.home().unwrap().offer_compassion.is_none());

    // A day logged as skipped is still a day that slipped: the offer stays.
    log(&mut db, plan.id, "2026-11-23", Outcome::Skipped);
    assert!(db.today_view().unwrap().offer_compassion.is_some());
}
