//! Behavioural activation on a real journal with a fake clock: values by
//! life area, activities planned from a value and logged afterwards (or
//! logged with no plan), the refusals, and the insights worked out by hand.

#![allow(clippy::unwrap_used)]

use std::sync::Arc;

use chrono::{DateTime, Duration, FixedOffset};
use interlude_core::practice::activation::insights::Scale;
use interlude_core::{
    ActivityInput, ActivityStatus, CheckinInput, Db, Error, Frequency, LifeArea, LogInput,
    ManualClock, Outcome, PlanInput, Ratings, ValueInput,
};

/// Monday 30 November 2026, 20:00 in Berlin.
fn clock() -> Arc<ManualClock> {
    Arc::new(ManualClock::at("2026-11-30T20:00:00+01:00"))
}

fn at(s: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(s).unwrap()
}

fn value(area: LifeArea, words: &str) -> ValueInput {
    ValueInput {
        area,
        words: words.into(),
    }
}

fn rated(mood: u8, mastery: u8, pleasure: u8) -> Ratings {
    Ratings {
        mood: Some(mood),
        mastery: Some(mastery),
        pleasure: Some(pleasure),
    }
}

fn invalid(result: Result<impl std::fmt::Debug, Error>) -> String {
    match result {
        Err(Error::Invalid(message)) => message,
        other => panic!("expected a refusal, got {other:?}"),
    }
}

#[test]
fn values_are_listed_by_life_area_and_survive_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(interlude_core::DB_FILE);
    {
        let mut db = Db::open(&path, clock()).unwrap();
        db.create_value(value(LifeArea::Play, "Make music again"))
            .unwrap();
        db.create_value(value(LifeArea::Relationships, "  Be there for my sister "))
            .unwrap();
        let walk = db
            .create_value(value(LifeArea::Health, "Move every day"))
            .unwrap();
        db.update_value(walk.id, value(LifeArea::Health, "Move a little every day"))
            .unwrap();
    }
    let db = Db::open(&path, clock()).unwrap();
    let list: Vec<(LifeArea, String)> = db
        .list_values()
        .unwrap()
        .into_iter()
        .map(|v| (v.area, v.words))
        .collect();
    assert_eq!(
        list,
        [
            (LifeArea::Relationships, "Be there for my sister".to_owned()),
            (LifeArea::Health, "Move a little every day".to_owned()),
            (LifeArea::Play, "Make music again".to_owned()),
        ]
    );
}

#[test]
fn a_value_is_refused_empty_too_long_or_past_the_short_list() {
    let mut db = Db::open_in_memory(clock()).unwrap();
    assert!(invalid(db.create_value(value(LifeArea::Work, "   "))).contains("a few words"));
    let long = invalid(db.create_value(value(LifeArea::Work, &"x".repeat(201))));
    assert!(long.contains("201"), "{long}");
    for i in 0..50 {
        db.create_value(value(LifeArea::Community, &format!("Value {i}")))
            .unwrap();
    }
    assert!(invalid(db.create_value(value(LifeArea::Work, "One more"))).contains("50"));
    assert_eq!(db.list_values().unwrap().len(), 50, "nothing added");
    // The JSON names the areas; an unknown one never reaches the database.
    let foreign = serde_json::from_str::<ValueInput>(r#"{"area":"money","words":"x"}"#);
    assert!(foreign.is_err());
}

#[test]
fn an_activity_planned_from_a_value_is_ready_when_its_time_comes_then_logged() {
    let clock = clock();
    let mut db = Db::open_in_memory(clock.clone()).unwrap();
    let sister = db
        .create_value(value(LifeArea::Relationships, "Be there for my sister"))
        .unwrap();
    let planned = db
        .create_activity(ActivityInput {
            what: "Call Mia after work".into(),
            value_id: Some(sister.id),
            planned_for: Some(at("2026-12-01T18:30:00+01:00")),
            predicted: rated(4, 3, 3),
            ..ActivityInput::default()
        })
        .unwrap();
    assert_eq!(planned.status, ActivityStatus::Planned);
    assert_eq!(
        planned.value.as_ref().unwrap().words,
        "Be there for my sister"
    );
    assert_eq!(planned.actual, Ratings::default());

    clock.advance(Duration::days(1));
    assert_eq!(
        db.activity(planned.id).unwrap().status,
        ActivityStatus::Ready
    );

    let logged = db
        .update_activity(
            planned.id,
            ActivityInput {
                what: planned.what.clone(),
                value_id: Some(sister.id),
                planned_for: planned.planned_for,
                predicted: planned.predicted,
                done_at: Some(at("2026-12-01T19:10:00+01:00")),
                actual: Ratings {
                    mood: Some(7),
                    mastery: None,
                    pleasure: Some(6),
                },
                note: "We laughed about the dog.".into(),
            },
        )
        .unwrap();
    assert_eq!(logged.status, ActivityStatus::Done);
    assert_eq!(logged.actual.mood, Some(7));
    assert_eq!(logged.actual.mastery, None, "never made up");
    assert_eq!(logged.predicted, rated(4, 3, 3), "the prediction is kept");

    // Something done without a plan is logged the same way.
    let walk = db
        .create_activity(ActivityInput {
            what: "Walked to the river".into(),
            done_at: Some(at("2026-12-01T20:00:00+01:00")),
            actual: rated(6, 4, 7),
            ..ActivityInput::default()
        })
        .unwrap();
    assert_eq!(walk.status, ActivityStatus::Done);
    assert_eq!(walk.planned_for, None);

    // Deleting the value leaves the activity, unlinked.
    db.delete_value(sister.id).unwrap();
    assert_eq!(db.activity(planned.id).unwrap().value, None);
    db.restore_value(sister.id).unwrap();
    assert!(db.activity(planned.id).unwrap().value.is_some());

    db.delete_activity(walk.id).unwrap();
    assert_eq!(db.list_activities().unwrap().len(), 1);
    db.restore_activity(walk.id).unwrap();
    assert_eq!(db.list_activities().unwrap().len(), 2);
}

#[test]
fn an_activity_is_refused_by_the_part_that_needs_a_change_and_nothing_is_saved() {
    let mut db = Db::open_in_memory(clock()).unwrap();
    let plan = |what: &str| ActivityInput {
        what: what.into(),
        planned_for: Some(at("2026-12-01T10:00:00+01:00")),
        ..ActivityInput::default()
    };
    assert!(invalid(db.create_activity(plan("  "))).contains("what the activity is"));
    assert!(invalid(db.create_activity(ActivityInput {
        what: "Swim".into(),
        ..ActivityInput::default()
    }))
    .contains("when you'll do it"));
    assert!(invalid(db.create_activity(ActivityInput {
        actual: rated(5, 5, 5),
        ..plan("Swim")
    }))
    .contains("once you say when"));
    let range = invalid(db.create_activity(ActivityInput {
        predicted: Ratings {
            pleasure: Some(11),
            ..Ratings::default()
        },
        ..plan("Swim")
    }));
    assert_eq!(range, "Enjoyment goes from 0 to 10, so 11 can't be saved.");
    let ahead = invalid(db.create_activity(ActivityInput {
        what: "Swim".into(),
        done_at: Some(at("2026-12-03T10:00:00+01:00")),
        ..ActivityInput::default()
    }));
    assert!(
        ahead.starts_with("When you did it is more than a day"),
        "{ahead}"
    );
    let long = invalid(db.create_activity(plan(&"ש".repeat(301))));
    assert!(long.contains("301"), "{long}");
    assert!(matches!(
        db.create_activity(ActivityInput {
            value_id: Some(99),
            ..plan("Swim")
        }),
        Err(Error::NotFound(_))
    ));
    assert!(db.list_activities().unwrap().is_empty());
    assert!(matches!(
        db.update_activity(7, plan("Swim")),
        Err(Error::NotFound(_))
    ));
}

/// Logs an activity done at `day` 18:00 Berlin.
fn log(db: &mut Db, what: &str, value: Option<i64>, day: u32, predicted: Ratings, actual: Ratings) {
    db.create_activity(ActivityInput {
        what: what.into(),
        value_id: value,
        done_at: Some(at(&format!("2026-11-{day:02}T18:00:00+01:00"))),
        predicted,
        actual,
        ..ActivityInput::default()
    })
    .unwrap();
}

#[test]
fn expected_against_actual_needs_three_and_is_worked_out_by_hand() {
    let mut db = Db::open_in_memory(clock()).unwrap();
    let pleasure = |p| Ratings {
        pleasure: Some(p),
        ..Ratings::default()
    };
    log(&mut db, "Swim", None, 20, pleasure(3), pleasure(6));
    log(&mut db, "Bake", None, 21, pleasure(2), pleasure(5));
    let two = db.activity_insights(Some(30)).unwrap();
    let p = &two.expectations[2];
    assert_eq!(
        (p.scale, p.n, p.expected, p.actual),
        (Scale::Pleasure, 2, None, None)
    );
    assert!(!two.enough.expectations);
    // A single surprise is a fact about one time and is shown as one.
    assert_eq!(two.surprises.len(), 2);
    assert_eq!(
        (
            two.surprises[0].what.as_str(),
            two.surprises[0].expected,
            two.surprises[0].actual
        ),
        ("Bake", 2, 5)
    );

    log(&mut db, "Read", None, 22, pleasure(4), pleasure(4));
    let three = db.activity_insights(Some(30)).unwrap();
    let p = &three.expectations[2];
    // Expected 3, 2, 4 → median 3; it was 6, 5, 4 → median 5.
    assert_eq!((p.n, p.expected, p.actual), (3, Some(3.0), Some(5.0)));
    assert!(three.enough.expectations);
    assert_eq!(three.expectations[0].n, 0, "no mood was predicted");
    assert_eq!(three.surprises.len(), 2, "Read went as expected");
    // Outside a 7-day window (from 24 November) nothing counts.
    assert_eq!(db.activity_insights(Some(7)).unwrap().logged, 0);
}

#[test]
fn values_and_activities_beside_mood_need_five_moods_and_two_each() {
    let mut db = Db::open_in_memory(clock()).unwrap();
    let sister = db
        .create_value(value(LifeArea::Relationships, "Be there for my sister"))
        .unwrap();
    let health = db
        .create_value(value(LifeArea::Health, "Move every day"))
        .unwrap();
    let mood = |m| Ratings {
        mood: Some(m),
        ..Ratings::default()
    };
    let none = Ratings::default();
    log(&mut db, "Call Mia", Some(sister.id), 20, none, mood(8));
    log(&mut db, "call mia ", Some(sister.id), 21, none, mood(6));
    log(&mut db, "Walk", Some(health.id), 22, none, mood(5));
    log(&mut db, "Walk", Some(health.id), 23, none, mood(3));
    let four = db.activity_insights(None).unwrap();
    assert_eq!((four.with_mood, four.median_mood), (4, None));
    assert!(four.by_value.is_empty() && four.by_activity.is_empty());

    log(&mut db, "Tidy the desk", None, 24, none, mood(4));
    let five = db.activity_insights(None).unwrap();
    assert!(five.enough.moods);
    // Moods 8, 6, 5, 3, 4 → median 5.
    assert_eq!(five.median_mood, Some(5.0));
    let by_value: Vec<(&str, Option<LifeArea>, u32, f64)> = five
        .by_value
        .iter()
        .map(|g| (g.label.as_str(), g.area, g.n, g.median_mood))
        .collect();
    assert_eq!(
        by_value,
        [
            (
                "Be there for my sister",
                Some(LifeArea::Relationships),
                2,
                7.0
            ),
            ("Move every day", Some(LifeArea::Health), 2, 4.0),
        ]
    );
    // "Call Mia" and "call mia" are one activity, named as last written;
    // "Tidy the desk" was logged once, too few to name.
    let by_activity: Vec<(&str, u32, f64)> = five
        .by_activity
        .iter()
        .map(|g| (g.label.as_str(), g.n, g.median_mood))
        .collect();
    assert_eq!(by_activity, [("call mia", 2, 7.0), ("Walk", 2, 4.0)]);
}

fn checkin(db: &mut Db, day: u32, time: &str, mood: u8) {
    db.create_checkin(CheckinInput {
        at: Some(at(&format!("2026-11-{day:02}T{time}:00+01:00"))),
        mood: Some(mood),
        ..CheckinInput::default()
    })
    .unwrap();
}

#[test]
fn that_evenings_check_in_on_practice_days_and_other_days_is_worked_out_by_hand() {
    let clock = Arc::new(ManualClock::at("2026-11-01T09:00:00+01:00"));
    let mut db = Db::open_in_memory(clock.clone()).unwrap();
    let plan = db
        .create_plan(PlanInput {
            action: "Breathe for three minutes".into(),
            amount: None,
            unit: None,
            frequency: Frequency::Daily,
            cue: String::new(),
            cue_time: None,
            start_date: None,
            end_date: None,
            practice: None,
            from_reflection_id: None,
        })
        .unwrap();
    clock.set(at("2026-11-30T20:00:00+01:00"));
    let practise = |db: &mut Db, day: u32, outcome: Outcome| {
        db.log_plan(LogInput {
            plan_id: plan.id,
            day: chrono::NaiveDate::from_ymd_opt(2026, 11, day),
            outcome,
            count: None,
            reason: String::new(),
            note: String::new(),
        })
        .unwrap();
    };
    // Practice on the 20th, 21st (partly) and 22nd; on the 23rd it was
    // logged "not today", which is not practice.
    practise(&mut db, 20, Outcome::Done);
    practise(&mut db, 21, Outcome::Partly);
    practise(&mut db, 22, Outcome::Done);
    practise(&mut db, 23, Outcome::NotToday);
    checkin(&mut db, 20, "21:00", 7);
    checkin(&mut db, 21, "19:00", 4);
    checkin(&mut db, 21, "22:30", 6); // the day's last evening check-in
    checkin(&mut db, 22, "18:00", 8);
    checkin(&mut db, 22, "09:00", 1); // a morning: not "that evening"
    checkin(&mut db, 23, "20:00", 4);
    checkin(&mut db, 24, "20:00", 5);
    let two_days = db.activity_insights(None).unwrap().evenings;
    assert_eq!((two_days.with_days, two_days.without_days), (3, 2));
    assert_eq!(two_days.with_median, None, "two days without is too few");

    checkin(&mut db, 25, "23:59", 3);
    let insights = db.activity_insights(None).unwrap();
    let e = &insights.evenings;
    // With practice: 7, 6, 8 → 7. Without: 4, 5, 3 → 4.
    assert_eq!((e.with_days, e.with_median), (3, Some(7.0)));
    assert_eq!((e.without_days, e.without_median), (3, Some(4.0)));
    assert!(insights.enough.evenings);
    assert_eq!(insights.thresholds.evening_hour, 18);
}

/// A journal with two values and a planned, a logged and an unplanned
/// activity, one of them serving a value deleted since.
fn filled(clock: Arc<ManualClock>) -> Db {
    let mut db = Db::open_in_memory(clock).unwrap();
    let sister = db
        .create_value(value(LifeArea::Relationships, "Be there for my sister"))
        .unwrap();
    let gone = db
        .create_value(value(LifeArea::Play, "Make music"))
        .unwrap();
    db.create_activity(ActivityInput {
        what: "Call Mia".into(),
        value_id: Some(sister.id),
        planned_for: Some(at("2026-12-01T18:30:00+01:00")),
        predicted: rated(4, 3, 3),
        ..ActivityInput::default()
    })
    .unwrap();
    log(
        &mut db,
        "Played piano",
        Some(gone.id),
        29,
        rated(3, 2, 2),
        rated(6, 5, 7),
    );
    log(
        &mut db,
        "Walked — „weit“ 🌿",
        None,
        28,
        Ratings::default(),
        rated(5, 4, 6),
    );
    db.delete_value(gone.id).unwrap();
    db
}

#[test]
fn values_and_activities_round_trip_through_export_and_import_once() {
    let text = filled(clock()).export_json(true).unwrap();
    let file: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(file["version"], 7);
    assert_eq!(file["values"].as_array().unwrap().len(), 1);
    assert_eq!(file["activities"].as_array().unwrap().len(), 3);
    assert_eq!(file["activities"][0]["predicted"]["pleasure"], 3);
    assert!(
        file["activities"][1]["valueUid"].is_null(),
        "its value is deleted"
    );

    let mut other = Db::open_in_memory(clock()).unwrap();
    let first = other.import_json(&text).unwrap();
    assert_eq!((first.added, first.already_present), (4, 0));
    let again = other.import_json(&text).unwrap();
    assert_eq!((again.added, again.already_present), (0, 4));
    assert_eq!(other.export_json(true).unwrap(), text);
    let call = &other.list_activities().unwrap()[0];
    assert_eq!(call.value.as_ref().unwrap().words, "Be there for my sister");

    // A hostile record is refused by place and field; nothing is written.
    let mut bad = file.clone();
    bad["activities"][2]["actual"]["mood"] = serde_json::json!(12);
    let mut fresh = Db::open_in_memory(clock()).unwrap();
    let refusal = fresh.import_json(&bad.to_string()).unwrap_err().to_string();
    assert!(refusal.contains("Activity 3"), "{refusal}");
    assert!(refusal.contains("Mood goes from 0 to 10"), "{refusal}");
    assert!(fresh.list_values().unwrap().is_empty());
    let mut unknown = file;
    unknown["values"][0]["area"] = serde_json::json!("money");
    assert!(fresh.import_json(&unknown.to_string()).is_err());
    assert!(fresh.list_activities().unwrap().is_empty());
}
