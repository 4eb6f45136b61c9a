//! Behavioural experiments on a real journal with a fake clock: the record
//! from prediction to write-up, its link to a moment, the one-day plan
//! whose reminder the scheduler fires, the brief, sync, and refusals.

#![allow(clippy::unwrap_used)]

use std::sync::Arc;

use chrono::{DateTime, Duration, FixedOffset, Utc};
use interlude_core::schedule::recurrence::parse_zone;
use interlude_core::schedule::reminders::ReminderSettings;
use interlude_core::{
    BriefPrep, BriefQuery, Db, EntryRef, ExperimentInput, ExperimentStatus, Kind, ManualClock,
    MomentInput,
};

/// Monday 30 November 2026, 20:00 in Berlin.
fn clock() -> Arc<ManualClock> {
    Arc::new(ManualClock::at("2026-11-30T20:00:00+01:00"))
}

fn at(s: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(s).unwrap()
}

fn speak_up() -> ExperimentInput {
    ExperimentInput {
        prediction: "  If I speak up in the meeting, people will think I'm stupid. ".into(),
        belief_before: Some(80),
        test: "Share one idea in Wednesday's 10:00 team meeting".into(),
        safety_behaviours: "Rehearsing every word; looking at my notes".into(),
        expected: "Silence, then someone correcting me".into(),
        planned_for: Some(at("2026-12-02T10:00:00+01:00")),
        ..ExperimentInput::default()
    }
}

#[test]
fn an_experiment_goes_from_planned_to_ready_to_written_up() {
    let clock = clock();
    let mut db = Db::open_in_memory(clock.clone()).unwrap();
    let e = db.create_experiment(speak_up()).unwrap();
    assert_eq!(
        e.prediction,
        "If I speak up in the meeting, people will think I'm stupid."
    );
    assert_eq!(e.status, ExperimentStatus::Planned);
    assert_eq!(e.written_up_at, None);
    assert_eq!(e.plan_id, None, "no reminder was asked for");

    // Its time comes: offered back, not overdue.
    clock.advance(Duration::days(2));
    assert_eq!(db.experiment(e.id).unwrap().status, ExperimentStatus::Ready);

    clock.advance(Duration::hours(3));
    let written = db
        .update_experiment(
            e.id,
            ExperimentInput {
                happened: "Two people nodded; Sam built on it.".into(),
                learned: "Speaking up once didn't make anyone think less of me.".into(),
                belief_after: Some(30),
                ..speak_up()
            },
        )
        .unwrap();
    assert_eq!(written.status, ExperimentStatus::Done);
    let first_written = written.written_up_at.unwrap();
    assert_eq!(first_written, clock_now(&db));
    assert_eq!(
        (written.belief_before, written.belief_after),
        (Some(80), Some(30))
    );

    // A later edit keeps when it was first written up.
    clock.advance(Duration::hours(1));
    let edited = db
        .update_experiment(
            e.id,
            ExperimentInput {
                happened: "Two people nodded; Sam built on it.".into(),
                learned: "Speaking up once didn't make anyone think less of me.".into(),
                belief_after: Some(30),
                obstacles: "I nearly skipped it when the meeting ran late.".into(),
                ..speak_up()
            },
        )
        .unwrap();
    assert_eq!(edited.written_up_at, Some(first_written));

    // Survives a fresh read, and is listed.
    assert_eq!(db.list_experiments().unwrap(), [edited]);
}

fn clock_now(db: &Db) -> DateTime<FixedOffset> {
    db.now()
}

#[test]
fn without_a_time_an_experiment_is_offered_back_after_a_day() {
    let clock = clock();
    let mut db = Db::open_in_memory(clock.clone()).unwrap();
    let e = db
        .create_experiment(ExperimentInput {
            prediction: "If I say no to Mum, she'll be hurt for weeks.".into(),
            ..ExperimentInput::default()
        })
        .unwrap();
    assert_eq!(e.status, ExperimentStatus::Planned);
    clock.advance(Duration::hours(23));
    assert_eq!(
        db.experiment(e.id).unwrap().status,
        ExperimentStatus::Planned
    );
    clock.advance(Duration::hours(1));
    assert_eq!(db.experiment(e.id).unwrap().status, ExperimentStatus::Ready);
}

#[test]
fn a_thought_from_a_moment_is_tested_and_the_link_is_checked() {
    let mut db = Db::open_in_memory(clock()).unwrap();
    let m = db
        .create_moment(MomentInput {
            self_talk: "They all think I'm slow.".into(),
            belief_before: Some(90),
            ..MomentInput::default()
        })
        .unwrap();
    let e = db
        .create_experiment(ExperimentInput {
            prediction: m.self_talk.clone(),
            belief_before: m.belief_before,
            from_moment_id: Some(m.id),
            ..ExperimentInput::default()
        })
        .unwrap();
    assert_eq!(e.from_moment_id, Some(m.id));

    db.delete_entry(EntryRef {
        kind: Kind::Moment,
        id: m.id,
    })
    .unwrap();
    let err = db
        .create_experiment(ExperimentInput {
            prediction: "x".into(),
            from_moment_id: Some(m.id),
            ..ExperimentInput::default()
        })
        .unwrap_err();
    assert_eq!(err.kind(), "notFound");
    assert!(err.to_string().contains("isn't here any more"), "{err}");
    assert_eq!(
        db.list_experiments().unwrap().len(),
        1,
        "nothing more saved"
    );

    // The experiment it started is still written up: only a new link is
    // checked.
    let written = db
        .update_experiment(
            e.id,
            ExperimentInput {
                prediction: e.prediction.clone(),
                from_moment_id: e.from_moment_id,
                learned: "Slow and careful are not the same thing.".into(),
                ..ExperimentInput::default()
            },
        )
        .unwrap();
    assert_eq!(written.status, ExperimentStatus::Done);
}

#[test]
fn a_reminder_makes_a_one_day_plan_the_scheduler_fires_at_the_planned_time() {
    let mut db = Db::open_in_memory(clock()).unwrap();
    let e = db
        .create_experiment(ExperimentInput {
            remind: true,
            ..speak_up()
        })
        .unwrap();
    let plan = db.plan(e.plan_id.unwrap()).unwrap();
    assert_eq!(
        plan.action,
        "Share one idea in Wednesday's 10:00 team meeting"
    );
    assert_eq!(plan.cue_time.as_deref(), Some("10:00"));
    assert_eq!(plan.start_date.to_string(), "2026-12-02");
    assert_eq!(plan.end_date, Some(plan.start_date));

    let berlin = parse_zone("Europe/Berlin").unwrap();
    let settings = ReminderSettings::default();
    let plan_reminders = |db: &Db| -> Vec<String> {
        db.next_reminders(&settings, berlin, None, db.now().with_timezone(&Utc), 20)
            .unwrap()
            .into_iter()
            .filter(|d| d.plan_id == e.plan_id)
            .map(|d| d.at.to_rfc3339())
            .collect()
    };
    assert_eq!(plan_reminders(&db), ["2026-12-02T09:00:00+00:00"]);

    // Moved to Thursday: the plan and its one reminder move with it.
    let moved = db
        .update_experiment(
            e.id,
            ExperimentInput {
                planned_for: Some(at("2026-12-03T15:30:00+01:00")),
                ..speak_up()
            },
        )
        .unwrap();
    assert_eq!(moved.plan_id, e.plan_id, "one plan, not a second");
    assert_eq!(plan_reminders(&db), ["2026-12-03T14:30:00+00:00"]);
}

#[test]
fn bad_experiments_say_what_to_change_and_save_nothing() {
    let mut db = Db::open_in_memory(clock()).unwrap();
    let cases: Vec<(ExperimentInput, &str)> = vec![
        (
            ExperimentInput {
                prediction: "   ".into(),
                test: "Something".into(),
                ..ExperimentInput::default()
            },
            "Write the belief or prediction",
        ),
        (
            ExperimentInput {
                belief_before: Some(101),
                ..speak_up()
            },
            "goes from 0 to 100, so 101",
        ),
        (
            ExperimentInput {
                belief_after: Some(250),
                ..speak_up()
            },
            "now goes from 0 to 100, so 250",
        ),
        (
            ExperimentInput {
                remind: true,
                planned_for: None,
                ..speak_up()
            },
            "A reminder needs a time",
        ),
        (
            ExperimentInput {
                remind: true,
                planned_for: Some(at("2026-11-29T10:00:00+01:00")),
                ..speak_up()
            },
            "still to come",
        ),
        (
            ExperimentInput {
                remind: true,
                test: String::new(),
                ..speak_up()
            },
            "needs the experiment itself",
        ),
        (
            ExperimentInput {
                learned: "x".repeat(20_001),
                ..speak_up()
            },
            "What you learned is 20001 characters",
        ),
    ];
    for (input, expected) in cases {
        let err = db.create_experiment(input).unwrap_err();
        assert_eq!(err.kind(), "invalid");
        assert!(err.to_string().contains(expected), "{err}");
    }
    assert!(db.list_experiments().unwrap().is_empty());
    assert!(db.list_plans(true).unwrap().is_empty(), "no plan either");
}

#[test]
fn a_deleted_experiment_can_be_undone_for_a_while_then_is_gone() {
    let clock = clock();
    let mut db = Db::open_in_memory(clock.clone()).unwrap();
    let e = db.create_experiment(speak_up()).unwrap();
    db.delete_experiment(e.id).unwrap();
    assert!(db.list_experiments().unwrap().is_empty());
    assert_eq!(db.restore_experiment(e.id).unwrap().id, e.id);
    db.delete_experiment(e.id).unwrap();
    clock.advance(Duration::minutes(11));
    db.purge_deleted().unwrap();
    assert_eq!(db.restore_experiment(e.id).unwrap_err().kind(), "notFound");
    assert_eq!(db.experiment(e.id).unwrap_err().kind(), "notFound");
}

#[test]
fn the_brief_reports_each_experiment_and_keeps_private_thoughts_out() {
    let clock = Arc::new(ManualClock::at("2026-11-25T09:00:00+01:00"));
    let mut db = Db::open_in_memory(clock.clone()).unwrap();
    let done = db.create_experiment(speak_up()).unwrap();
    let private = db
        .create_moment(MomentInput {
            self_talk: "If I ask for help, I'm a burden.".into(),
            private: Some(true),
            ..MomentInput::default()
        })
        .unwrap();
    db.create_experiment(ExperimentInput {
        prediction: private.self_talk.clone(),
        from_moment_id: Some(private.id),
        ..ExperimentInput::default()
    })
    .unwrap();
    clock.advance(Duration::days(7)); // Wednesday 2 December, after the test
    db.update_experiment(
        done.id,
        ExperimentInput {
            happened: "Two people nodded.".into(),
            learned: "Nobody thought less of me.".into(),
            belief_after: Some(30),
            ..speak_up()
        },
    )
    .unwrap();

    let query = BriefQuery {
        since: Some("2026-11-25".parse().unwrap()),
        until: Some("2026-12-02".parse().unwrap()),
        ..BriefQuery::default()
    };
    let brief = db.brief(&query).unwrap();
    assert_eq!(
        brief.experiments.len(),
        1,
        "the private moment's test is left out"
    );
    let md = interlude_core::therapy::brief::markdown::render(&brief);
    for line in [
        "Experiment: If I speak up in the meeting, people will think I'm stupid.",
        "Safety behaviours to drop: Rehearsing every word",
        "What happened: Two people nodded.",
        "What I learned: Nobody thought less of me.",
        "Belief in the prediction: 80% → 30%",
    ] {
        assert!(md.contains(line), "{line}\n{md}");
    }
    assert!(!md.contains("burden"), "{md}");

    let with_private = db
        .brief(&BriefQuery {
            include_private: true,
            ..query
        })
        .unwrap();
    assert_eq!(with_private.experiments.len(), 2);
    let md = interlude_core::therapy::brief::markdown::render(&with_private);
    assert!(md.contains("I'm a burden"), "{md}");
    assert!(md.contains("Not written up yet."), "{md}");

    // Left out by its key, like any item of the brief.
    db.save_brief_prep(
        &query,
        BriefPrep {
            removed: vec![brief.experiments[0].key.clone()],
            ..BriefPrep::default()
        },
    )
    .unwrap();
    let brief = db.brief(&query).unwrap();
    assert!(brief.experiments.is_empty());
    assert_eq!(brief.removed.len(), 1);
}

#[test]
fn experiments_round_trip_through_export_with_their_links() {
    let mut db = Db::open_in_memory(clock()).unwrap();
    let m = db
        .create_moment(MomentInput {
            self_talk: "They all think I'm slow.".into(),
            ..MomentInput::default()
        })
        .unwrap();
    db.create_experiment(ExperimentInput {
        prediction: m.self_talk.clone(),
        from_moment_id: Some(m.id),
        remind: true,
        ..speak_up()
    })
    .unwrap();
    let full = db.export_json(true).unwrap();
    let mut other = Db::open_in_memory(clock()).unwrap();
    other.import_json(&full).unwrap();
    assert_eq!(other.export_json(true).unwrap(), full, "byte for byte");
    let there = &other.list_experiments().unwrap()[0];
    assert_eq!(
        other
            .moment(there.from_moment_id.unwrap())
            .unwrap()
            .self_talk,
        "They all think I'm slow."
    );
    assert!(other.plan(there.plan_id.unwrap()).is_ok());
    assert_eq!(other.import_json(&full).unwrap().added, 0, "nothing twice");

    // A bad one is refused by name, and nothing is written.
    let mut bad: serde_json::Value = serde_json::from_str(&full).unwrap();
    bad["experiments"][0]["beliefAfter"] = serde_json::json!(300);
    let mut empty = Db::open_in_memory(clock()).unwrap();
    let err = empty.import_json(&bad.to_string()).unwrap_err();
    assert!(err.to_string().contains("Experiment 1"), "{err}");
    assert!(empty.list_experiments().unwrap().is_empty());
}
