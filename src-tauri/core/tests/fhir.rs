//! PHQ-9 and GAD-7 results as FHIR R4 `QuestionnaireResponse`s: LOINC's codes
//! in the form's order, each answer as LOINC's answer code, the total score,
//! drafts and deleted results left out. (The e2e suite also checks the file
//! the app saves against HL7's published JSON Schema.)

#![allow(clippy::unwrap_used)]

use std::sync::Arc;

use interlude_core::{Db, ManualClock, MeasureInput, MeasureKind};
use serde_json::Value;

fn clock() -> Arc<ManualClock> {
    Arc::new(ManualClock::at("2026-11-20T10:00:00+01:00"))
}

fn answers(values: &[u8]) -> Vec<Option<u8>> {
    values.iter().map(|v| Some(*v)).collect()
}

fn items(resource: &Value) -> Vec<(String, Value)> {
    resource["item"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| {
            (
                i["linkId"].as_str().unwrap().to_owned(),
                i["answer"].clone(),
            )
        })
        .collect()
}

#[test]
fn completed_questionnaires_become_questionnaire_responses_with_loinc_codes() {
    let clock = clock();
    let mut db = Db::open_in_memory(clock.clone()).unwrap();
    assert!(db
        .measures_fhir()
        .unwrap_err()
        .to_string()
        .contains("no completed PHQ-9 or GAD-7"));

    db.save_measure(MeasureInput {
        id: None,
        measure: MeasureKind::Phq9,
        answers: answers(&[2, 1, 3, 2, 0, 1, 2, 0, 1]),
        difficulty: Some(2),
    })
    .unwrap();
    clock.advance(chrono::Duration::days(7));
    db.save_measure(MeasureInput {
        id: None,
        measure: MeasureKind::Gad7,
        answers: answers(&[1, 1, 2, 0, 0, 3, 1]),
        difficulty: None,
    })
    .unwrap();
    // A draft (one unanswered) and a deleted result stay out.
    let mut draft = answers(&[1, 1, 1, 1, 1, 1, 1, 1, 1]);
    draft[4] = None;
    db.save_measure(MeasureInput {
        id: None,
        measure: MeasureKind::Phq9,
        answers: draft,
        difficulty: None,
    })
    .unwrap();
    let gone = db
        .save_measure(MeasureInput {
            id: None,
            measure: MeasureKind::Gad7,
            answers: answers(&[0, 0, 0, 0, 0, 0, 0]),
            difficulty: None,
        })
        .unwrap();
    db.delete_measure(gone.id).unwrap();

    let bundle: Value = serde_json::from_str(&db.measures_fhir().unwrap()).unwrap();
    assert_eq!(bundle["resourceType"], "Bundle");
    assert_eq!(bundle["type"], "collection");
    let entries = bundle["entry"].as_array().unwrap();
    assert_eq!(
        entries.len(),
        2,
        "the draft and the deleted one are left out"
    );

    let phq9 = &entries[0]["resource"];
    assert_eq!(phq9["resourceType"], "QuestionnaireResponse");
    assert_eq!(phq9["status"], "completed");
    assert_eq!(phq9["questionnaire"], "http://loinc.org/q/44249-1");
    assert_eq!(phq9["authored"], "2026-11-20T10:00:00+01:00");
    assert_eq!(
        entries[0]["fullUrl"],
        format!("urn:uuid:{}", phq9["id"].as_str().unwrap())
    );
    // LOINC's own form: its linkIds, the difficulty item, then the total.
    let phq9_items = items(phq9);
    let ids: Vec<&str> = phq9_items.iter().map(|(c, _)| c.as_str()).collect();
    assert_eq!(
        ids,
        [
            "14363", "14364", "14365", "14366", "14367", "14368", "14369", "14370", "14371",
            "57492", "14372"
        ]
    );
    // Answer 2 to the first item: LOINC's "More than half the days".
    assert_eq!(phq9_items[0].1[0]["valueCoding"]["code"], "LA6570-1");
    assert_eq!(
        phq9_items[0].1[0]["valueCoding"]["display"],
        "More than half the days"
    );
    assert_eq!(phq9_items[2].1[0]["valueCoding"]["code"], "LA6571-9");
    assert_eq!(phq9_items[4].1[0]["valueCoding"]["code"], "LA6568-5");
    // "Very difficult" is LA6575-0 (LOINC's codes run out of order here).
    assert_eq!(phq9_items[9].1[0]["valueCoding"]["code"], "LA6575-0");
    // 2+1+3+2+0+1+2+0+1 = 12, a decimal as LOINC's total item is.
    assert_eq!(phq9_items[10].1[0]["valueDecimal"], 12);
    assert_eq!(
        phq9["item"][0]["text"],
        "Little interest or pleasure in doing things"
    );

    let gad7 = &entries[1]["resource"];
    assert_eq!(gad7["questionnaire"], "http://loinc.org/q/69737-5");
    let gad7_items = items(gad7);
    assert_eq!(
        gad7_items.len(),
        8,
        "seven items and the total; LOINC's GAD-7 has no difficulty item"
    );
    assert_eq!(
        gad7_items[7],
        ("58628".to_owned(), serde_json::json!([{"valueDecimal": 8}]))
    );
    // Item 2's third answer is LOINC's "More days than not".
    assert_eq!(gad7_items[2].1[0]["valueCoding"]["code"], "LA6570-1");
    assert_eq!(gad7_items[5].1[0]["valueCoding"]["code"], "LA6571-9");
}

#[test]
fn gad7_item_two_answers_with_loincs_more_days_than_not() {
    let clock = clock();
    let mut db = Db::open_in_memory(clock.clone()).unwrap();
    let mut worry = vec![0, 0, 0, 0, 0, 0, 0];
    worry[1] = 2;
    db.save_measure(MeasureInput {
        id: None,
        measure: MeasureKind::Gad7,
        answers: answers(&worry),
        difficulty: None,
    })
    .unwrap();
    let bundle: Value = serde_json::from_str(&db.measures_fhir().unwrap()).unwrap();
    let last = &bundle["entry"][0]["resource"]["item"][1]["answer"][0]["valueCoding"];
    assert_eq!(
        (last["code"].as_str(), last["display"].as_str()),
        (Some("LA18938-3"), Some("More days than not"))
    );
}
