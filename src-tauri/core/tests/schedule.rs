//! Sessions and reminders in local wall-clock time, across daylight-saving
//! transitions in several zones, with a fake clock.

#![allow(clippy::unwrap_used, clippy::field_reassign_with_default)]

use std::sync::Arc;

use chrono::{DateTime, Duration, NaiveDate, NaiveDateTime, Utc};
use interlude_core::schedule::recurrence::{occurrences, parse_zone};
use interlude_core::schedule::reminders::{
    coalesce_missed, BellMode, Planner, ReminderKind, ReminderSettings,
};
use interlude_core::schedule::sessions::{to_ics, SessionSchedule, SessionStatus};
use interlude_core::{Db, Frequency, ManualClock, PlanInput};

fn local(s: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M").unwrap()
}

fn utc(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
}

fn starts(rule: &str, start: &str, zone: &str, count: usize) -> Vec<String> {
    occurrences(rule, local(start), parse_zone(zone).unwrap(), None, count)
        .unwrap()
        .iter()
        .map(chrono::DateTime::to_rfc3339)
        .collect()
}

// ---- Recurrence across daylight saving ----------------------------------

#[test]
fn new_york_spring_forward_fires_once_an_hour_later() {
    assert_eq!(
        starts("FREQ=DAILY", "2027-03-13T02:30", "America/New_York", 3),
        [
            "2027-03-13T02:30:00-05:00",
            "2027-03-14T03:30:00-04:00",
            "2027-03-15T02:30:00-04:00"
        ]
    );
}

#[test]
fn new_york_fall_back_fires_once_at_the_first_one_thirty() {
    assert_eq!(
        starts("FREQ=DAILY", "2027-11-06T01:30", "America/New_York", 3),
        [
            "2027-11-06T01:30:00-04:00",
            "2027-11-07T01:30:00-04:00",
            "2027-11-08T01:30:00-05:00"
        ]
    );
}

#[test]
fn london_spring_gap() {
    assert_eq!(
        starts(
            "FREQ=WEEKLY;BYDAY=SU",
            "2027-03-21T01:30",
            "Europe/London",
            2
        ),
        ["2027-03-21T01:30:00+00:00", "2027-03-28T02:30:00+01:00"]
    );
}

#[test]
fn lord_howe_thirty_minute_shift_both_ways() {
    // Clocks go 02:00 → 02:30 on Sunday 3 October 2027.
    assert_eq!(
        starts("FREQ=DAILY", "2027-10-02T02:15", "Australia/Lord_Howe", 2),
        ["2027-10-02T02:15:00+10:30", "2027-10-03T02:45:00+11:00"]
    );
    // And back 02:00 → 01:30 on Sunday 4 April 2027: 01:45 happens twice.
    assert_eq!(
        starts("FREQ=DAILY", "2027-04-03T01:45", "Australia/Lord_Howe", 2),
        ["2027-04-03T01:45:00+11:00", "2027-04-04T01:45:00+11:00"]
    );
}

#[test]
fn kolkata_and_utc_have_no_surprises() {
    assert_eq!(
        starts(
            "FREQ=WEEKLY;BYDAY=MO",
            "2027-03-08T17:00",
            "Asia/Kolkata",
            2
        ),
        ["2027-03-08T17:00:00+05:30", "2027-03-15T17:00:00+05:30"]
    );
    assert_eq!(
        starts("FREQ=DAILY", "2027-03-14T02:30", "UTC", 1),
        ["2027-03-14T02:30:00+00:00"]
    );
}

#[test]
fn month_ends_and_the_twenty_ninth_of_february() {
    assert_eq!(
        starts(
            "FREQ=MONTHLY;BYMONTHDAY=31",
            "2027-01-31T10:00",
            "Europe/London",
            3
        ),
        [
            "2027-01-31T10:00:00+00:00",
            "2027-03-31T10:00:00+01:00",
            "2027-05-31T10:00:00+01:00"
        ]
    );
    assert_eq!(
        starts(
            "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29",
            "2028-02-29T09:00",
            "UTC",
            2
        ),
        ["2028-02-29T09:00:00+00:00", "2032-02-29T09:00:00+00:00"]
    );
}

#[test]
fn every_two_weeks_across_the_new_year() {
    assert_eq!(
        starts(
            "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU",
            "2026-12-22T17:00",
            "Europe/Berlin",
            3
        ),
        [
            "2026-12-22T17:00:00+01:00",
            "2027-01-05T17:00:00+01:00",
            "2027-01-19T17:00:00+01:00"
        ]
    );
}

// ---- The session schedule -------------------------------------------------

fn journal(now: &str) -> (Db, Arc<ManualClock>) {
    let clock = Arc::new(ManualClock::at(now));
    (Db::open_in_memory(clock.clone()).unwrap(), clock)
}

fn tuesdays() -> SessionSchedule {
    SessionSchedule {
        weekday: 2,
        time: "17:00".into(),
        duration_minutes: 50,
        every_weeks: 1,
        start_date: NaiveDate::from_ymd_opt(2026, 11, 1).unwrap(),
        time_zone: "Europe/London".into(),
    }
}

#[test]
fn schedule_lists_upcoming_and_past_sessions_with_changes() {
    let (mut db, _) = journal("2026-11-25T12:00:00+00:00");
    let stored = db.set_schedule(tuesdays()).unwrap();
    assert_eq!(stored.rrule, "FREQ=WEEKLY;INTERVAL=1;BYDAY=TU");
    let view = db.schedule_view(3).unwrap();
    assert_eq!(
        view.upcoming[0].start.to_rfc3339(),
        "2026-12-01T17:00:00+00:00"
    );
    assert_eq!(
        view.upcoming[0].end.to_rfc3339(),
        "2026-12-01T17:50:00+00:00"
    );
    assert_eq!(view.past[0].start.to_rfc3339(), "2026-11-24T17:00:00+00:00");

    let dec1 = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
    let dec8 = NaiveDate::from_ymd_opt(2026, 12, 8).unwrap();
    db.move_session(dec1, "2026-12-03T09:30").unwrap();
    db.cancel_session(dec8).unwrap();
    let view = db.schedule_view(3).unwrap();
    assert_eq!(view.upcoming[0].status, SessionStatus::Moved);
    assert_eq!(
        view.upcoming[0].start.to_rfc3339(),
        "2026-12-03T09:30:00+00:00"
    );
    assert_eq!(view.upcoming[1].status, SessionStatus::Cancelled);

    let ics = to_ics(
        &db.schedule().unwrap().unwrap(),
        utc("2026-11-25T12:00:00Z"),
    );
    assert!(
        ics.contains("RRULE:FREQ=WEEKLY;INTERVAL=1;BYDAY=TU\r\n"),
        "{ics}"
    );
    assert!(
        ics.contains("DTSTART;TZID=Europe/London:20261103T170000"),
        "{ics}"
    );
    assert!(
        ics.contains("EXDATE;TZID=Europe/London:20261208T170000"),
        "{ics}"
    );
    assert!(
        ics.contains("RECURRENCE-ID;TZID=Europe/London:20261201T170000"),
        "{ics}"
    );

    db.restore_session(dec1).unwrap();
    assert_eq!(
        db.schedule_view(1).unwrap().upcoming[0].status,
        SessionStatus::Scheduled
    );
    let off_rule = NaiveDate::from_ymd_opt(2026, 12, 2).unwrap();
    assert_eq!(db.cancel_session(off_rule).unwrap_err().kind(), "notFound");
}

#[test]
fn impossible_schedules_are_refused_naming_the_field() {
    let (mut db, _) = journal("2026-11-25T12:00:00+00:00");
    let cases = [
        (
            SessionSchedule {
                every_weeks: 0,
                ..tuesdays()
            },
            "1 to 8 weeks",
        ),
        (
            SessionSchedule {
                weekday: 9,
                ..tuesdays()
            },
            "weekday",
        ),
        (
            SessionSchedule {
                time: "25:00".into(),
                ..tuesdays()
            },
            "25:00",
        ),
        (
            SessionSchedule {
                duration_minutes: 0,
                ..tuesdays()
            },
            "length",
        ),
        (
            SessionSchedule {
                time_zone: "Mars/Olympus".into(),
                ..tuesdays()
            },
            "Mars/Olympus",
        ),
    ];
    for (schedule, expected) in cases {
        let err = db.set_schedule(schedule).unwrap_err();
        assert!(err.to_string().contains(expected), "{err}");
    }
    assert!(db.schedule().unwrap().is_none(), "nothing saved");
}

// ---- Reminders ---------------------------------------------------------------

fn settings() -> ReminderSettings {
    ReminderSettings {
        quiet_hours: interlude_core::schedule::reminders::QuietHours {
            enabled: false,
            ..Default::default()
        },
        ..ReminderSettings::default()
    }
}

fn keys(dues: &[interlude_core::schedule::reminders::Due]) -> Vec<String> {
    dues.iter()
        .map(|d| format!("{} {}", d.key, d.at.to_rfc3339()))
        .collect()
}

#[test]
fn a_session_brings_an_evening_nudge_and_a_reflection_after() {
    let (mut db, _) = journal("2026-11-25T12:00:00+00:00");
    db.set_schedule(tuesdays()).unwrap();
    let inputs = db.reminder_inputs().unwrap();
    let s = settings();
    let planner = inputs.planner(&s, parse_zone("Europe/London").unwrap(), None);
    let dues = planner.next_after(utc("2026-11-25T12:00:00Z"), 2).unwrap();
    assert_eq!(
        keys(&dues),
        [
            "brief:2026-12-01 2026-11-30T19:00:00+00:00",
            "session-end:2026-12-01 2026-12-01T17:55:00+00:00"
        ]
    );
    assert_eq!(dues[1].kind, ReminderKind::SessionEnd);
}

#[test]
fn quiet_hours_move_the_reflection_and_silence_bells() {
    let (mut db, _) = journal("2026-11-25T12:00:00+00:00");
    db.set_schedule(SessionSchedule {
        time: "21:30".into(),
        ..tuesdays()
    })
    .unwrap();
    let inputs = db.reminder_inputs().unwrap();
    let mut s = ReminderSettings::default(); // quiet 22:00–07:00
    s.brief_nudge = false;
    s.bells.mode = BellMode::Interval;
    s.bells.every_minutes = 60;
    s.bells.from = "20:00".into();
    s.bells.until = "23:59".into();
    let planner = inputs.planner(&s, parse_zone("Europe/London").unwrap(), None);
    let dues = planner
        .dues_between(utc("2026-12-01T19:30:00Z"), utc("2026-12-02T08:00:00Z"))
        .unwrap();
    assert_eq!(
        keys(&dues),
        [
            "bell:2026-12-01T20:00 2026-12-01T20:00:00+00:00",
            "bell:2026-12-01T21:00 2026-12-01T21:00:00+00:00",
            "session-end:2026-12-01 2026-12-02T07:00:00+00:00"
        ]
    );
}

#[test]
fn a_pause_drops_bells_and_holds_the_reflection_until_it_ends() {
    let (mut db, _) = journal("2026-11-25T12:00:00+00:00");
    db.set_schedule(tuesdays()).unwrap();
    let inputs = db.reminder_inputs().unwrap();
    let mut s = settings();
    s.brief_nudge = false;
    s.bells.mode = BellMode::Interval;
    s.bells.every_minutes = 30;
    s.bells.from = "17:00".into();
    s.bells.until = "19:00".into();
    let paused = utc("2026-12-01T18:20:00Z");
    let planner = inputs.planner(&s, parse_zone("Europe/London").unwrap(), Some(paused));
    let dues = planner
        .dues_between(utc("2026-12-01T16:00:00Z"), utc("2026-12-01T20:00:00Z"))
        .unwrap();
    assert_eq!(
        keys(&dues),
        [
            "session-end:2026-12-01 2026-12-01T18:20:00+00:00",
            "bell:2026-12-01T18:30 2026-12-01T18:30:00+00:00"
        ]
    );
}

#[test]
fn plan_reminders_come_at_the_cue_time_on_the_plans_days_only() {
    let (mut db, _) = journal("2026-11-23T06:00:00+00:00");
    db.create_plan(PlanInput {
        action: "breathe".into(),
        amount: Some(3),
        unit: None,
        frequency: Frequency::Weekdays { days: vec![1, 3] },
        cue: String::new(),
        cue_time: Some("07:30".into()),
        start_date: None,
        end_date: None,
        practice: None,
        from_reflection_id: None,
    })
    .unwrap();
    let inputs = db.reminder_inputs().unwrap();
    let s = settings();
    let planner = inputs.planner(&s, parse_zone("Europe/London").unwrap(), None);
    let dues = planner.next_after(utc("2026-11-23T06:00:00Z"), 3).unwrap();
    let at: Vec<String> = dues.iter().map(|d| d.at.to_rfc3339()).collect();
    assert_eq!(
        at,
        [
            "2026-11-23T07:30:00+00:00",
            "2026-11-25T07:30:00+00:00",
            "2026-11-30T07:30:00+00:00"
        ]
    );
    assert!(
        !dues[0].body.contains("breathe"),
        "private text stays out by default"
    );
}

#[test]
fn random_bells_are_stable_for_a_day_and_inside_the_window() {
    let inputs = interlude_core::schedule::reminder_log::ReminderInputs {
        schedule: None,
        plans: Vec::new(),
        focus: Some("notice the should voice".into()),
        last_questionnaire: None,
    };
    let mut s = settings();
    s.bells.mode = BellMode::Random;
    s.bells.per_day = 4;
    let zone = parse_zone("Asia/Kolkata").unwrap();
    let planner: Planner<'_> = inputs.planner(&s, zone, None);
    let day = (utc("2026-11-24T18:30:00Z"), utc("2026-11-25T18:30:00Z"));
    let first = planner.dues_between(day.0, day.1).unwrap();
    let again = planner.dues_between(day.0, day.1).unwrap();
    assert_eq!(first.len(), 4);
    assert_eq!(first, again);
    for due in &first {
        let t = due.at.with_timezone(&zone).format("%H:%M").to_string();
        assert!(("09:00".."18:00").contains(&t.as_str()), "{t}");
        assert!(!due.body.contains("should voice"));
    }
}

#[test]
fn catch_up_after_ten_hours_asleep_is_one_of_each() {
    let (mut db, clock) = journal("2026-12-01T16:00:00+00:00");
    db.set_schedule(tuesdays()).unwrap();
    let mut s = settings();
    s.bells.mode = BellMode::Interval;
    s.bells.every_minutes = 30;
    s.bells.from = "09:00".into();
    s.bells.until = "23:00".into();
    let zone = parse_zone("Europe/London").unwrap();
    assert!(
        db.take_due_reminders(&s, zone, None).unwrap().is_empty(),
        "first look"
    );

    // Asleep from 16:00 until 02:00: the session ended at 17:50.
    clock.advance(Duration::hours(10));
    let shown = db.take_due_reminders(&s, zone, None).unwrap();
    assert_eq!(
        keys(&shown),
        ["session-end:2026-12-01 2026-12-01T17:55:00+00:00"]
    );

    // Never twice: not on the next look, not after a restart.
    clock.advance(Duration::minutes(1));
    assert!(db.take_due_reminders(&s, zone, None).unwrap().is_empty());
}

#[test]
fn coalescing_keeps_the_latest_of_each_kind_and_drops_bells() {
    let (mut db, _) = journal("2026-11-01T12:00:00+00:00");
    db.set_schedule(tuesdays()).unwrap();
    let inputs = db.reminder_inputs().unwrap();
    let mut s = settings();
    s.bells.mode = BellMode::Interval;
    let planner = inputs.planner(&s, parse_zone("Europe/London").unwrap(), None);
    let missed = planner
        .dues_between(utc("2026-11-01T12:00:00Z"), utc("2026-11-20T12:00:00Z"))
        .unwrap();
    assert!(missed.len() > 20);
    let kept = coalesce_missed(missed);
    assert_eq!(
        keys(&kept),
        [
            "brief:2026-11-17 2026-11-16T19:00:00+00:00",
            "session-end:2026-11-17 2026-11-17T17:55:00+00:00"
        ]
    );
}

#[test]
fn impossible_reminder_settings_are_refused() {
    let mut whole_day_quiet = ReminderSettings::default();
    whole_day_quiet.quiet_hours.from = "08:00".into();
    whole_day_quiet.quiet_hours.until = "08:00".into();
    assert!(whole_day_quiet
        .validated()
        .unwrap_err()
        .to_string()
        .contains("whole day"));

    let mut bells_in_quiet = ReminderSettings::default();
    bells_in_quiet.bells.mode = BellMode::Interval;
    bells_in_quiet.bells.from = "23:00".into();
    bells_in_quiet.bells.until = "05:00".into();
    assert!(bells_in_quiet
        .validated()
        .unwrap_err()
        .to_string()
        .contains("no bell"));

    let mut zero = ReminderSettings::default();
    zero.bells.mode = BellMode::Interval;
    zero.bells.every_minutes = 0;
    assert!(zero
        .validated()
        .unwrap_err()
        .to_string()
        .contains("15 to 240"));

    let mut bad_time = ReminderSettings::default();
    bad_time.brief_nudge_time = "7pm".into();
    assert!(bad_time
        .validated()
        .unwrap_err()
        .to_string()
        .contains("7pm"));
    assert!(ReminderSettings::default().validated().is_ok());
}

#[test]
fn questionnaire_reminders_come_fortnightly_or_the_evening_before_a_session() {
    use interlude_core::schedule::reminders::QuestionnaireReminder;
    let zone = parse_zone("Europe/London").unwrap();
    let mut s = settings();
    s.brief_nudge = false;
    s.plan_reminders = false;
    s.reflect_after_session = false;

    // Off by default.
    let none = interlude_core::schedule::reminder_log::ReminderInputs {
        schedule: None,
        plans: Vec::new(),
        focus: None,
        last_questionnaire: None,
    };
    let month = (utc("2026-11-01T00:00:00Z"), utc("2026-12-01T00:00:00Z"));
    assert!(none
        .planner(&s, zone, None)
        .dues_between(month.0, month.1)
        .unwrap()
        .is_empty());

    // Fortnightly: two weeks after the last one, at the nudge time.
    s.questionnaires = QuestionnaireReminder::Fortnightly;
    let after_one = interlude_core::schedule::reminder_log::ReminderInputs {
        last_questionnaire: Some(utc("2026-11-03T10:00:00Z")),
        ..none
    };
    let dues = after_one
        .planner(&s, zone, None)
        .dues_between(month.0, month.1)
        .unwrap();
    let at: Vec<_> = dues.iter().map(|d| (d.kind, d.at)).collect();
    assert_eq!(
        at,
        [(ReminderKind::Questionnaire, utc("2026-11-17T19:00:00Z"))]
    );

    // Never filled in: every other Monday.
    let never = interlude_core::schedule::reminder_log::ReminderInputs {
        last_questionnaire: None,
        ..after_one
    };
    let dues = never
        .planner(&s, zone, None)
        .dues_between(month.0, month.1)
        .unwrap();
    assert_eq!(dues.len(), 2, "{dues:?}");
    assert_eq!(dues[1].at - dues[0].at, chrono::Duration::days(14));
}

#[test]
fn a_locked_app_shows_reminders_without_what_the_person_wrote() {
    use interlude_core::schedule::reminders::{Due, ReminderKind};
    let due = |kind, body: &str| Due {
        key: "k".into(),
        at: chrono::DateTime::UNIX_EPOCH,
        kind,
        title: "Time for your practice".into(),
        body: body.into(),
        plan_id: None,
    };
    let plan = due(
        ReminderKind::Plan,
        "When I get home, I'll walk to the river",
    )
    .without_private_text();
    assert!(!plan.body.contains("river"), "{}", plan.body);
    assert_eq!(plan.title, "Time for your practice");
    let bell = due(ReminderKind::Bell, "Remember what Sam said").without_private_text();
    assert!(!bell.body.contains("Sam"), "{}", bell.body);
    let fixed = due(ReminderKind::SessionEnd, "How was your session?");
    assert_eq!(fixed.clone().without_private_text(), fixed);
}

#[test]
fn pausing_until_tomorrow_means_seven_in_the_morning_across_a_clock_change() {
    use interlude_core::schedule::reminders::PauseFor;
    let london: chrono_tz::Tz = "Europe/London".parse().unwrap();
    // Saturday noon; the clocks go forward overnight (28 March 2027).
    let now = chrono::DateTime::parse_from_rfc3339("2027-03-27T12:00:00Z")
        .unwrap()
        .with_timezone(&chrono::Utc);
    let until = PauseFor::Tomorrow.until(now, london).unwrap();
    assert_eq!(until.to_rfc3339(), "2027-03-28T06:00:00+00:00", "07:00 BST");
    assert_eq!(
        PauseFor::Hour.until(now, london).unwrap() - now,
        chrono::Duration::hours(1)
    );
    assert_eq!(PauseFor::Resume.until(now, london), None);
}
