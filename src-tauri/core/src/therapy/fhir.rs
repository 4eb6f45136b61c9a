//! PHQ-9 and GAD-7 results for a clinic's record system: FHIR R4
//! `QuestionnaireResponse` resources, gathered in a `Bundle` of type
//! "collection" (HL7 FHIR R4, 4.0.1).
//!
//! Each completed questionnaire answers LOINC's own form: its
//! `questionnaire` is LOINC's canonical (`http://loinc.org/q/44249-1` for
//! the PHQ-9 panel, `…/69737-5` for GAD-7), and so each item carries the
//! linkId and text of LOINC's Questionnaire, not ids of our own: a record
//! system that resolves the canonical checks the linkIds against it. The
//! answers are LOINC's answer codes; the total is a decimal, as LOINC's
//! total item is. LOINC's GAD-7 panel has no "how difficult" item, so that
//! answer stays in the app. An unfinished questionnaire is never exported:
//! a partial score would read as a real one. Nothing names the person: a
//! clinic attaches the file to its own record of them.
//!
//! The codes and linkIds are LOINC's, checked against loinc.org and HL7's
//! copies of LOINC's Questionnaires (docs/design.md, "FHIR export"); the
//! e2e suite checks the saved file against HL7's published JSON Schema.

use serde_json::{json, Value};

use super::measures::{MeasureKind, MeasureResult};
use crate::error::{Error, Result};
use crate::i18n;
use crate::storage::db::Db;

const LOINC: &str = "http://loinc.org";

/// One item of LOINC's Questionnaire: its linkId and text.
type Item = (&'static str, &'static str);

/// LOINC's form for one questionnaire: the panel, its items in order, the
/// "how difficult" item if the panel has one, and the total score item.
struct LoincForm {
    panel: &'static str,
    items: &'static [Item],
    difficulty: Option<Item>,
    total: Item,
}

/// PHQ-9 panel 44249-1: items 44250-9, 44255-8, 44259-0, 44254-1,
/// 44251-7, 44258-2, 44252-5, 44253-3, 44260-8; difficulty 69722-7;
/// total 44261-6.
const PHQ9_FORM: LoincForm = LoincForm {
    panel: "44249-1",
    items: &[
        ("14363", "Little interest or pleasure in doing things"),
        ("14364", "Feeling down, depressed, or hopeless"),
        (
            "14365",
            "Trouble falling or staying asleep, or sleeping too much",
        ),
        ("14366", "Feeling tired or having little energy"),
        ("14367", "Poor appetite or overeating"),
        (
            "14368",
            "Feeling bad about yourself-or that you are a failure or have let yourself or your \
             family down",
        ),
        (
            "14369",
            "Trouble concentrating on things, such as reading the newspaper or watching television",
        ),
        (
            "14370",
            "Moving or speaking so slowly that other people could have noticed. Or the \
             opposite-being so fidgety or restless that you have been moving around a lot more \
             than usual",
        ),
        (
            "14371",
            "Thoughts that you would be better off dead, or of hurting yourself in some way",
        ),
    ],
    difficulty: Some((
        "57492",
        "How difficult have these problems made it for you to do your work, take care of things \
         at home, or get along with other people?",
    )),
    total: ("14372", "Patient health questionnaire 9 item total score"),
};

/// GAD-7 panel 69737-5: items 69725-0, 68509-9, 69733-4, 69734-2,
/// 69735-9, 69689-8, 69736-7; total 70274-6.
const GAD7_FORM: LoincForm = LoincForm {
    panel: "69737-5",
    items: &[
        ("57541", "Feeling nervous, anxious or on edge"),
        (
            "57542",
            "Over the past 2 weeks have you not been able to stop or control worrying",
        ),
        ("57543", "Worrying too much about different things"),
        ("57544", "Trouble relaxing"),
        ("57545", "Being so restless that it is hard to sit still"),
        ("57546", "Becoming easily annoyed or irritable."),
        ("57547", "Feeling afraid as if something awful might happen"),
    ],
    difficulty: None,
    total: ("58628", "Generalized anxiety disorder 7 item total score"),
};

/// LOINC's answer list LL358-3 ("how often"), scored 0 … 3.
const FREQUENCY_ANSWERS: [(&str, &str); 4] = [
    ("LA6568-5", "Not at all"),
    ("LA6569-3", "Several days"),
    ("LA6570-1", "More than half the days"),
    ("LA6571-9", "Nearly every day"),
];

/// GAD-7 item 2 (68509-9) in LOINC's form: its third answer is "More days
/// than not" (LA18938-3), not "More than half the days".
const WORRY_ANSWERS: [(&str, &str); 4] = [
    FREQUENCY_ANSWERS[0],
    FREQUENCY_ANSWERS[1],
    ("LA18938-3", "More days than not"),
    FREQUENCY_ANSWERS[3],
];

/// LOINC's answer list LL359-1 ("how difficult"), in the form's order
/// (the last two codes are out of numeric order in LOINC itself).
const DIFFICULTY_ANSWERS: [(&str, &str); 4] = [
    ("LA6572-7", "Not difficult at all"),
    ("LA6573-5", "Somewhat difficult"),
    ("LA6575-0", "Very difficult"),
    ("LA6574-3", "Extremely difficult"),
];

fn loinc_form(kind: MeasureKind) -> &'static LoincForm {
    match kind {
        MeasureKind::Phq9 => &PHQ9_FORM,
        MeasureKind::Gad7 => &GAD7_FORM,
    }
}

/// The answer list item `index` (from 0) of `kind` uses.
fn answers_for(kind: MeasureKind, index: usize) -> &'static [(&'static str, &'static str); 4] {
    if kind == MeasureKind::Gad7 && index == 1 {
        &WORRY_ANSWERS
    } else {
        &FREQUENCY_ANSWERS
    }
}

fn coding(answers: &[(&str, &str); 4], value: u8) -> Option<Value> {
    answers.get(usize::from(value)).map(|(code, display)| {
        json!({"valueCoding": {"system": LOINC, "code": code, "display": display}})
    })
}

fn item((link_id, text): Item, answer: Option<Value>) -> Value {
    let mut item = json!({"linkId": link_id, "text": text});
    if let Some(answer) = answer {
        item["answer"] = json!([answer]);
    }
    item
}

/// One completed result as a `QuestionnaireResponse`; `None` for a draft.
fn response(uid: &str, result: &MeasureResult) -> Option<Value> {
    let score = result.score.filter(|_| result.complete)?;
    let form = loinc_form(result.measure);
    let mut items: Vec<Value> = form
        .items
        .iter()
        .zip(&result.answers)
        .enumerate()
        .map(|(i, (&link, answer))| {
            let answers = answers_for(result.measure, i);
            item(link, answer.and_then(|a| coding(answers, a)))
        })
        .collect();
    // LOINC's order: the "how difficult" item, then the total.
    if let Some(difficulty) = form.difficulty {
        if let Some(answer) = result
            .difficulty
            .and_then(|d| coding(&DIFFICULTY_ANSWERS, d))
        {
            items.push(item(difficulty, Some(answer)));
        }
    }
    items.push(item(form.total, Some(json!({"valueDecimal": score}))));
    Some(json!({
        "resourceType": "QuestionnaireResponse",
        "id": uid,
        "identifier": {"system": "urn:ietf:rfc:3986", "value": format!("urn:uuid:{uid}")},
        "questionnaire": format!("{LOINC}/q/{}", form.panel),
        "status": "completed",
        "authored": result.at.to_rfc3339(),
        "item": items,
    }))
}

impl Db {
    /// Every completed PHQ-9 and GAD-7, oldest first, as a FHIR R4 Bundle
    /// (pretty JSON, ending in a newline). Refused when there is none, so
    /// an empty file never goes to a clinic.
    pub fn measures_fhir(&self) -> Result<String> {
        let mut entries = Vec::new();
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, uid FROM measure WHERE deleted_at IS NULL AND complete = 1
             ORDER BY at, id",
        )?;
        let rows = stmt
            .query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?)))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        for (id, uid) in rows {
            if let Some(resource) = response(&uid, &self.measure(id)?) {
                entries.push(json!({"fullUrl": format!("urn:uuid:{uid}"), "resource": resource}));
            }
        }
        if entries.is_empty() {
            return Err(Error::invalid(i18n::text("error-fhir-nothing", &[])));
        }
        let bundle = json!({
            "resourceType": "Bundle",
            "type": "collection",
            "timestamp": self.clock.now().to_rfc3339(),
            "entry": entries,
        });
        let mut text =
            serde_json::to_string_pretty(&bundle).map_err(|e| Error::Storage(e.to_string()))?;
        text.push('\n');
        Ok(text)
    }
}
