//! Crisis help through the mock runtime: it answers behind the lock with
//! nothing unlocked, the region the person picks is kept and checked, the
//! safety plan offers the new region's lines, and the lock screen's copy of
//! the plan exists only while the person wants it.

#![allow(clippy::unwrap_used)]

use common::{call, start, App_};
use interlude_core::safety::plan::LOCK_SCREEN_COPY;
use serde_json::{json, Value};

mod common;

const PASSPHRASE: &str = "the river in winter";

fn protect_and_lock(app: &App_) {
    app.ok(
        "set_passphrase",
        json!({"current": null, "passphrase": PASSPHRASE}),
    );
    app.ok("forget_previous_copy", json!({}));
    let status = app.ok("lock_now", json!({}));
    assert!(common::locked(&status));
}

fn first_line(help: &Value) -> String {
    help["lines"][0]["name"]
        .as_str()
        .unwrap_or_default()
        .to_owned()
}

#[test]
fn crisis_lines_answer_behind_the_lock_with_nothing_unlocked() {
    let dir = tempfile::tempdir().unwrap();
    let app = start(dir.path());
    app.note("a private thought");
    protect_and_lock(&app);
    assert_eq!(app.err("get_home", json!({})), "locked");

    // The region can be picked from the lock screen itself.
    let help = app.ok("set_region", json!({"region": "in"}));
    assert_eq!(help["region"]["code"], "IN");
    assert_eq!(help["region"]["name"], "India");
    assert_eq!(help["regionSource"], "chosen");
    assert!(first_line(&help).contains("Tele-MANAS"), "{help}");
    assert_eq!(help["fallback"]["number"], "112");
    assert_eq!(help["safetyPlan"], Value::Null, "off by default");

    let again = app.ok("get_crisis_help", json!({}));
    assert_eq!(again["region"]["code"], "IN");
    // Still locked: the journal is as closed as before.
    assert_eq!(app.err("get_home", json!({})), "locked");
    assert!(common::locked(&app.ok("get_lock_status", json!({}))));

    // The reflection window can't change the country (least privilege).
    assert!(call(&app.reflection, "set_region", json!({"region": "GB"})).is_err());
}

#[test]
fn the_picked_region_is_checked_and_kept_across_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let app = start(dir.path());
    app.ok("set_region", json!({"region": "NZ"}));
    assert_eq!(app.err("set_region", json!({"region": "XX"})), "invalid");
    assert_eq!(app.err("set_region", json!({"region": 42})), "invalid");
    assert_eq!(
        app.ok("get_crisis_help", json!({}))["region"]["code"],
        "NZ",
        "a refused pick changes nothing"
    );
    drop(app);
    let app = start(dir.path());
    let help = app.ok("get_crisis_help", json!({}));
    assert_eq!(help["region"]["code"], "NZ");
    assert_eq!(help["lines"][0]["number"], "1737");

    // Back to guessing: whatever the computer says, never a picked one.
    let guessed = app.ok("set_region", json!({"region": null}));
    assert_ne!(guessed["regionSource"], "chosen");

    let regions = app.ok("list_regions", json!({}));
    let regions = regions.as_array().unwrap();
    assert!(regions.len() > 240);
    let india = regions.iter().find(|r| r["code"] == "IN").unwrap();
    assert_eq!(india["hasLines"], true);
}

#[test]
fn a_new_region_is_offered_in_the_plan_and_replaced_only_on_request() {
    let dir = tempfile::tempdir().unwrap();
    let app = start(dir.path());
    app.ok("set_region", json!({"region": "GB"}));
    let plan = app.ok("get_safety_plan", json!({}));
    assert_eq!(plan["crisisLines"][0]["number"], "116 123");
    // The person adds a line of their own and saves.
    let mut lines = plan["crisisLines"].as_array().unwrap().clone();
    lines.push(json!({"name": "My therapist's clinic", "number": "020 7946 0000"}));
    app.ok(
        "save_safety_plan",
        json!({"plan": {"crisisLines": lines.clone()}}),
    );

    app.ok("set_region", json!({"region": "IE"}));
    let moved = app.ok("get_safety_plan", json!({}));
    assert_eq!(moved["region"], "GB");
    assert_eq!(moved["currentRegion"], "IE");
    assert_eq!(moved["crisisLinesEdited"], true);
    assert_eq!(
        moved["crisisLines"].as_array().unwrap().len(),
        lines.len(),
        "edited lines stay until the person says yes"
    );

    let replaced = app.ok("use_region_crisis_lines", json!({}));
    assert_eq!(replaced["region"], "IE");
    assert_eq!(replaced["crisisLinesEdited"], false);
    assert_eq!(replaced["crisisLines"][0]["name"], "Samaritans");
}

#[test]
fn the_lock_screen_copy_of_the_plan_exists_only_while_chosen() {
    let dir = tempfile::tempdir().unwrap();
    let app = start(dir.path());
    let copy = dir.path().join(LOCK_SCREEN_COPY);
    app.ok(
        "save_safety_plan",
        json!({"plan": {"sections": {"warningSigns": ["Not sleeping"]}}}),
    );
    assert!(!copy.exists(), "nothing is copied unless asked");

    let status = app.ok(
        "set_lock_settings",
        json!({"autoLockMinutes": 10, "notificationsShowText": false, "safetyPlanOnLockScreen": true}),
    );
    assert_eq!(status["safetyPlanOnLockScreen"], true);
    assert!(copy.exists());
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&copy).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }
    // Saving the plan refreshes the copy.
    app.ok(
        "save_safety_plan",
        json!({"plan": {"sections": {"warningSigns": ["Not sleeping", "Skipping meals"]}}}),
    );
    protect_and_lock(&app);
    let help = app.ok("get_crisis_help", json!({}));
    let signs = &help["safetyPlan"]["sections"][0]["items"];
    assert_eq!(signs, &json!(["Not sleeping", "Skipping meals"]));

    // Leaving the third argument out keeps the choice as it was.
    app.ok("unlock", json!({"passphrase": PASSPHRASE}));
    let status = app.ok(
        "set_lock_settings",
        json!({"autoLockMinutes": 15, "notificationsShowText": false}),
    );
    assert_eq!(status["safetyPlanOnLockScreen"], true);
    assert!(copy.exists());

    let status = app.ok(
        "set_lock_settings",
        json!({"autoLockMinutes": 15, "notificationsShowText": false, "safetyPlanOnLockScreen": false}),
    );
    assert_eq!(status["safetyPlanOnLockScreen"], false);
    assert!(!copy.exists(), "switched off, the copy is gone");
    assert_eq!(
        app.ok("get_crisis_help", json!({}))["safetyPlan"],
        Value::Null
    );
}
