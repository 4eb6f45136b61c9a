//! Crisis help: the sourced table is complete and dated, its generated doc
//! is current, the safety plan follows a change of region without losing
//! the person's own lines, and the lock screen's copy of the plan.

#![allow(clippy::unwrap_used)]

use std::path::PathBuf;
use std::sync::Arc;

use chrono::NaiveDate;
use interlude_core::safety::crisis::{self, default_crisis_lines, table, RegionSource};
use interlude_core::safety::{self, plan::CrisisLine};
use interlude_core::{Db, ManualClock, MeasureInput, MeasureKind, SafetyPlanInput};

fn db() -> Db {
    Db::open_in_memory(Arc::new(ManualClock::at("2026-12-04T10:00:00+00:00"))).unwrap()
}

#[test]
fn every_entry_has_a_source_and_a_checked_date() {
    let today = NaiveDate::from_ymd_opt(2026, 12, 31).unwrap();
    let oldest = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
    let dated = |what: &str, source: &str, verified: NaiveDate| {
        assert!(
            source.starts_with("https://") && source.len() > "https://x.y".len(),
            "{what}: no https source ({source:?})"
        );
        assert!(
            (oldest..=today).contains(&verified),
            "{what}: checked {verified}, outside this table's review"
        );
    };
    for r in table() {
        assert_eq!(r.code.len(), 2, "{}", r.code);
        assert_eq!(
            crisis::region_name(&r.code),
            Some(r.name.as_str()),
            "{} is a country code the picker knows",
            r.code
        );
        assert!(!r.emergency.number.trim().is_empty(), "{}", r.code);
        dated(
            &format!("{} emergency", r.code),
            &r.emergency.source,
            r.emergency.verified,
        );
        for l in &r.lines {
            let what = format!("{} {}", r.code, l.name);
            assert!(
                !l.name.trim().is_empty() && !l.number.trim().is_empty(),
                "{what}"
            );
            assert!(!l.ways.is_empty(), "{what}: how to reach it");
            assert!(l.note.chars().count() <= 140, "{what}: note too long");
            dated(&what, &l.source, l.verified);
        }
    }
    assert!(
        table().windows(2).all(|w| w[0].code < w[1].code),
        "one entry per region, in code order"
    );
}

#[test]
fn the_table_covers_the_most_populous_and_english_speaking_countries() {
    let with_lines: Vec<&str> = table()
        .iter()
        .filter(|r| !r.lines.is_empty())
        .map(|r| r.code.as_str())
        .collect();
    assert!(
        with_lines.len() >= 30,
        "{} regions have a line",
        with_lines.len()
    );
    for code in [
        "US", "CA", "GB", "IE", "AU", "NZ", "IN", "JP", "KR", "DE", "FR", "NL", "ES", "BR",
    ] {
        assert!(with_lines.contains(&code), "{code} has a crisis line");
    }
}

#[test]
fn known_facts_hold() {
    let first = |code: &str| {
        let help = crisis::help_for(Some((code, RegionSource::Chosen)));
        help.lines.first().cloned().unwrap()
    };
    // Canada's line has its own name, not the US one.
    assert_eq!(first("CA").number, "988");
    assert!(first("CA").name.contains("Suicide Crisis Helpline"));
    assert_eq!(first("US").number, "988");
    assert_eq!(first("GB").number, "116 123");
    assert_eq!(first("NZ").number, "1737");
    assert_eq!(first("IN").number.split(' ').next(), Some("14416"));
    assert_eq!(first("FR").number, "3114");
    assert_eq!(first("ES").number, "024");
    assert_eq!(first("KR").number, "109");
    assert_eq!(first("BR").number, "188");
}

#[test]
fn the_generated_doc_is_current() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../docs/crisis-lines.md");
    let generated = crisis::table_markdown();
    if std::env::var_os("INTERLUDE_BLESS").is_some() {
        std::fs::write(&path, &generated).unwrap();
    }
    let on_disk = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        on_disk == generated,
        "docs/crisis-lines.md is out of date: run INTERLUDE_BLESS=1 cargo test -p interlude-core --test crisis"
    );
}

#[test]
fn a_new_plan_follows_the_region_and_is_never_empty() {
    let db = db();
    let india = db.safety_plan(Some("IN")).unwrap();
    assert_eq!(
        india.crisis_lines[0].number.split(' ').next(),
        Some("14416")
    );
    assert!(!india.crisis_lines_edited);
    let nowhere = db.safety_plan(None).unwrap();
    assert_eq!(nowhere.crisis_lines[0].number, "112");
    assert!(nowhere.crisis_lines.iter().all(|l| !l.note.is_empty()));
}

fn save_with(db: &mut Db, region: Option<&str>, lines: Vec<CrisisLine>) {
    let input = SafetyPlanInput {
        crisis_lines: lines,
        ..SafetyPlanInput::default()
    };
    db.save_safety_plan(input, region).unwrap();
}

#[test]
fn a_new_region_is_offered_and_edited_lines_are_marked_for_asking() {
    let mut db = db();
    // Saved as the table had it for the UK: not edited.
    save_with(&mut db, Some("GB"), default_crisis_lines(Some("GB")));
    let moved = db.safety_plan(Some("IE")).unwrap();
    assert_eq!(moved.region.as_deref(), Some("GB"));
    assert_eq!(moved.current_region.as_deref(), Some("IE"));
    assert!(!moved.crisis_lines_edited);
    let replaced = db.use_region_crisis_lines(Some("IE")).unwrap();
    assert_eq!(replaced.region.as_deref(), Some("IE"));
    assert_eq!(replaced.crisis_lines, default_crisis_lines(Some("IE")));

    // The person adds their own line: it is theirs now.
    let mut own = replaced.crisis_lines.clone();
    own.push(CrisisLine {
        name: "My GP's out-of-hours line".into(),
        number: "01 234 5678".into(),
        note: String::new(),
    });
    save_with(&mut db, Some("IE"), own.clone());
    let edited = db.safety_plan(Some("DE")).unwrap();
    assert!(edited.crisis_lines_edited, "the window must ask first");
    assert_eq!(edited.crisis_lines, own, "nothing changes until asked");
    assert_eq!(edited.region.as_deref(), Some("IE"));
}

#[test]
fn replacing_the_lines_keeps_every_other_part_of_the_plan() {
    let mut db = db();
    let mut input = SafetyPlanInput::default();
    input
        .sections
        .insert("reasonsForLiving".into(), vec!["My sister".into()]);
    db.save_safety_plan(input, Some("US")).unwrap();
    let after = db.use_region_crisis_lines(Some("CA")).unwrap();
    let reasons = after
        .sections
        .iter()
        .find(|s| s.key == "reasonsForLiving")
        .unwrap();
    assert_eq!(reasons.items, vec!["My sister".to_owned()]);
}

#[test]
fn the_lock_screen_copy_round_trips_and_is_the_owners_alone() {
    let dir = tempfile::tempdir().unwrap();
    let mut db = db();
    let mut input = SafetyPlanInput::default();
    input
        .sections
        .insert("warningSigns".into(), vec!["Not sleeping".into()]);
    let plan = db.save_safety_plan(input, Some("GB")).unwrap();
    safety::plan::write_lock_screen_copy(dir.path(), plan).unwrap();
    let copy = safety::plan::read_lock_screen_copy(dir.path()).unwrap();
    assert_eq!(copy.sections[0].items, vec!["Not sleeping".to_owned()]);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let meta = std::fs::metadata(dir.path().join(safety::plan::LOCK_SCREEN_COPY)).unwrap();
        assert_eq!(meta.permissions().mode() & 0o777, 0o600);
    }
    // A damaged copy is no copy, not an error on the lock screen.
    std::fs::write(dir.path().join(safety::plan::LOCK_SCREEN_COPY), "{not json").unwrap();
    assert!(safety::plan::read_lock_screen_copy(dir.path()).is_none());
    safety::plan::remove_lock_screen_copy(dir.path()).unwrap();
    safety::plan::remove_lock_screen_copy(dir.path()).unwrap();
    assert!(safety::plan::read_lock_screen_copy(dir.path()).is_none());
}

fn phq9_scoring(db: &mut Db, score: u8) {
    // Nine answers adding up to `score`, question 9 always 0.
    let mut answers = vec![Some(0u8); 9];
    let mut left = score;
    for a in answers.iter_mut().take(8) {
        let take = left.min(3);
        *a = Some(take);
        left -= take;
    }
    db.save_measure(MeasureInput {
        id: None,
        measure: MeasureKind::Phq9,
        answers,
        difficulty: Some(0),
    })
    .unwrap();
}

#[test]
fn a_first_score_outside_the_clinical_range_names_no_response_or_remission() {
    let mut db = db();
    // 6 then 3: halved and under 5, but 6 was never in the clinical range
    // (PHQ-9 ≥ 10); a change of 3 is under the reliable 6.
    phq9_scoring(&mut db, 6);
    phq9_scoring(&mut db, 3);
    let change = db
        .measure_history(MeasureKind::Phq9)
        .unwrap()
        .change
        .unwrap();
    assert!(!change.baseline_clinical);
    assert!(!change.response);
    assert_eq!(change.remission, None);
    assert_eq!(change.reliable, None);
    assert_eq!(change.since_first, -3);
}

#[test]
fn from_a_clinical_first_score_the_words_apply() {
    let mut db = db();
    // 12 → 4: 4 × 2 = 8 ≤ 12 (response), 4 < 5 (remission), −8 ≥ 6 (reliable).
    phq9_scoring(&mut db, 12);
    phq9_scoring(&mut db, 4);
    let change = db
        .measure_history(MeasureKind::Phq9)
        .unwrap()
        .change
        .unwrap();
    assert!(change.baseline_clinical && change.response);
    assert_eq!(change.remission, Some(true));
    assert_eq!(
        change.reliable,
        Some(interlude_core::therapy::measures::Reliable::Improvement)
    );
}
