//! Homework a therapist hands over as a file (docs/homework-format.md,
//! with its JSON Schema in docs/homework.schema.json).
//!
//! A file holds a note from the therapist and items: plans (the
//! implementation-intention sentence and its schedule), guided practices
//! (a plan whose action is a practice), behavioural experiments to try,
//! questionnaires to fill in and when, and questions to ask after each
//! session.
//! Importing is two steps: [`Db::preview_homework`] reads the file and
//! says what it would add; [`Db::import_homework`] adds only the items the
//! person said yes to. Nothing is written without a yes.
//!
//! The file is untrusted: it is parsed by `serde_json` into typed records
//! that refuse unknown kinds and fields, then checked with the app's own
//! rules. A refusal names the file, the line and the field.
//!
//! Each item's record gets a uid derived from the file's id and the
//! item's id, so importing the same file again (here, or on a second
//! computer once sync has carried the first import) adds nothing twice.

mod apply;

use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::i18n;
use crate::practice::experiment::ExperimentInput;
use crate::practice::plan::{Frequency, PlanInput, Practice, Unit};
use crate::therapy::measures::MeasureKind;
use crate::therapy::requests::MeasureTiming;

pub use apply::{HomeworkPreview, HomeworkSummary, PreviewItem};

pub const HOMEWORK_FORMAT: &str = "interlude-homework";
/// The version this build writes and the newest it reads.
pub const HOMEWORK_VERSION: u32 = 1;
/// A homework file is a page of instructions, not a journal.
pub const MAX_HOMEWORK_BYTES: usize = 1024 * 1024;
const MAX_ITEMS: usize = 50;
const MAX_ID_CHARS: usize = 100;
const MAX_FROM_CHARS: usize = 100;
const MAX_NOTE_CHARS: usize = 5_000;

/// The file as written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct HomeworkFile {
    pub format: String,
    pub version: u32,
    /// The file's own id, chosen by whoever wrote it: with each item's id,
    /// what makes a second import add nothing.
    pub id: String,
    /// Who it is from, as the therapist signs it.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub from: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    #[serde(default)]
    pub items: Vec<HomeworkItem>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum HomeworkItem {
    Plan(PlanItem),
    Experiment(ExperimentItem),
    Questionnaire(QuestionnaireItem),
    Question(QuestionItem),
}

/// A question the therapist wants asked after each session, in the
/// reflection window (see [`crate::journal::questions`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct QuestionItem {
    pub id: String,
    pub text: String,
}

/// A questionnaire to fill in, and when: before each session (from the
/// day before the next one), or weekly.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct QuestionnaireItem {
    pub id: String,
    pub measure: MeasureKind,
    pub when: MeasureTiming,
}

/// A plan: "After/When [cue], I will [action]", how often, from when.
/// With `practice`, a guided practice.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PlanItem {
    pub id: String,
    pub action: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<Unit>,
    pub frequency: Frequency,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub cue: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cue_time: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_date: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_date: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub practice: Option<Practice>,
}

/// A behavioural experiment to try: the prediction to test, and as much
/// of the plan as the therapist wrote.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ExperimentItem {
    pub id: String,
    pub prediction: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub test: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub safety_behaviours: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub expected: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub planned_for: Option<DateTime<FixedOffset>>,
}

impl HomeworkFile {
    /// Checks who it is from alone, as the whole file is checked.
    pub fn check_from(from: &str) -> Result<()> {
        check_words(from, MAX_FROM_CHARS, "error-homework-label-from")
    }

    /// Checks the note alone, as the whole file is checked.
    pub fn check_note(note: &str) -> Result<()> {
        check_words(note, MAX_NOTE_CHARS, "error-homework-label-note")
    }
}

impl HomeworkItem {
    pub fn id(&self) -> &str {
        match self {
            HomeworkItem::Plan(p) => &p.id,
            HomeworkItem::Experiment(e) => &e.id,
            HomeworkItem::Questionnaire(q) => &q.id,
            HomeworkItem::Question(q) => &q.id,
        }
    }

    /// Checks the item alone with the app's own rules (as the whole file
    /// is checked on import), for a tool that builds a file item by item.
    pub fn check(&self, today: NaiveDate) -> Result<()> {
        check_id(self.id())?;
        match self {
            HomeworkItem::Plan(p) => Self::plan_input(p).validated(today).map(|_| ()),
            HomeworkItem::Experiment(e) => Self::experiment_input(e).validated().map(|_| ()),
            // Its two choices are all serde lets through.
            HomeworkItem::Questionnaire(_) => Ok(()),
            HomeworkItem::Question(q) => crate::journal::questions::check_question(&q.text),
        }
    }

    pub(crate) fn plan_input(p: &PlanItem) -> PlanInput {
        PlanInput {
            action: p.action.clone(),
            amount: p.amount,
            unit: p.unit,
            frequency: p.frequency.clone(),
            cue: p.cue.clone(),
            cue_time: p.cue_time.clone(),
            start_date: p.start_date,
            end_date: p.end_date,
            practice: p.practice,
            from_reflection_id: None,
        }
    }

    pub(crate) fn experiment_input(e: &ExperimentItem) -> ExperimentInput {
        ExperimentInput {
            prediction: e.prediction.clone(),
            test: e.test.clone(),
            safety_behaviours: e.safety_behaviours.clone(),
            expected: e.expected.clone(),
            planned_for: e.planned_for,
            ..ExperimentInput::default()
        }
    }
}

/// The uid an item's record gets: the same for the same file and item on
/// every computer.
pub(crate) fn item_uid(file_id: &str, item_id: &str) -> String {
    crate::uid::derived_uid("interlude-homework", file_id, item_id)
}

/// The uid of the therapist's note, kept as a journal note.
pub(crate) fn note_uid(file_id: &str) -> String {
    item_uid(file_id, "\0note")
}

/// A refusal naming the file and, where known, the line.
fn refused(file: &str, line: Option<usize>, detail: &str) -> Error {
    Error::Import(match line {
        Some(line) => i18n::text(
            "error-homework-refused-line",
            &[
                ("file", file.into()),
                ("line", line.into()),
                ("detail", detail.into()),
            ],
        ),
        None => i18n::text(
            "error-homework-refused",
            &[("file", file.into()), ("detail", detail.into())],
        ),
    })
}

/// serde's own words (English, as its are), with the line it names. An
/// item's fields are read after the whole item (its kind decides its
/// shape), so serde names the item's last line for a field it doesn't
/// know: the field's own line is found by its name instead.
fn serde_refusal(e: &serde_json::Error, text: &str, file: &str) -> Error {
    let full = e.to_string();
    let detail = full
        .rfind(" at line ")
        .map_or(full.as_str(), |at| &full[..at]);
    // The field's own line: its last `"name":` at or before the line
    // serde names (the end of the item it stands in).
    let field_line = detail
        .strip_prefix("unknown field `")
        .and_then(|rest| rest.split('`').next())
        .and_then(|name| {
            let end = text
                .match_indices('\n')
                .nth(e.line().saturating_sub(1))
                .map_or(text.len(), |(at, _)| at);
            let quoted = format!("\"{name}\"");
            text[..end]
                .match_indices(&quoted)
                .filter(|(at, _)| text[at + quoted.len()..].trim_start().starts_with(':'))
                .last()
                .map(|(at, _)| text[..at].matches('\n').count() + 1)
        });
    refused(file, Some(field_line.unwrap_or_else(|| e.line())), detail)
}

/// The line (from 1) where `"id": "<id>"` stands in `text` for the
/// `nth` time (from 0), so a refusal of an item that parsed can still
/// point at it.
fn line_of_id(text: &str, id: &str, nth: usize) -> Option<usize> {
    let mut left = nth;
    let quoted = serde_json::to_string(id).ok()?;
    // Items come under "items": the file's own id, before it, isn't one.
    let mut from = text.find("\"items\"").unwrap_or(0);
    while let Some(at) = text[from..].find("\"id\"") {
        let start = from + at + 4;
        let rest = text[start..].trim_start();
        if let Some(after_colon) = rest.strip_prefix(':') {
            if after_colon.trim_start().starts_with(&quoted) {
                if left == 0 {
                    return Some(text[..start].matches('\n').count() + 1);
                }
                left -= 1;
            }
        }
        from = start;
    }
    None
}

fn check_words(value: &str, max: usize, label: &str) -> Result<()> {
    let chars = value.trim().chars().count();
    if chars > max {
        return Err(Error::invalid(i18n::text(
            "error-journal-text-too-long",
            &[
                ("label", i18n::text(label, &[]).as_str().into()),
                ("chars", chars.into()),
                ("max", max.to_string().as_str().into()),
            ],
        )));
    }
    Ok(())
}

/// Reads and checks a homework file's text: every record with the app's
/// own rules, before anything is stored. `file` names it in refusals.
pub fn parse_homework(text: &str, file: &str, today: NaiveDate) -> Result<HomeworkFile> {
    // A byte-order mark some editors write is not part of the JSON.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.len() > MAX_HOMEWORK_BYTES {
        return Err(refused(
            file,
            None,
            &i18n::text(
                "error-homework-too-large",
                &[("max", (MAX_HOMEWORK_BYTES / 1024).into())],
            ),
        ));
    }
    // The format first, so a foreign JSON file is named as such rather
    // than by its first field we don't know.
    let value: serde_json::Value =
        serde_json::from_str(text).map_err(|e| serde_refusal(&e, text, file))?;
    if value.get("format").and_then(serde_json::Value::as_str) != Some(HOMEWORK_FORMAT) {
        return Err(refused(
            file,
            None,
            &i18n::text("error-homework-not-homework", &[]),
        ));
    }
    match value.get("version").and_then(serde_json::Value::as_u64) {
        Some(v) if v == u64::from(HOMEWORK_VERSION) => {}
        Some(v) if v > u64::from(HOMEWORK_VERSION) => {
            return Err(refused(
                file,
                None,
                &i18n::text("error-homework-newer", &[]),
            ));
        }
        _ => {
            return Err(refused(
                file,
                None,
                &i18n::text("error-homework-bad-version", &[]),
            ));
        }
    }
    // Typed from the text, not the value, so serde's errors keep their line.
    let parsed: HomeworkFile =
        serde_json::from_str(text).map_err(|e| serde_refusal(&e, text, file))?;
    check_file(&parsed, text, file, today)?;
    Ok(parsed)
}

fn check_file(f: &HomeworkFile, text: &str, file: &str, today: NaiveDate) -> Result<()> {
    let whole = |err: Error| refused(file, None, &err.message());
    check_id(&f.id).map_err(|_| {
        whole(Error::invalid(i18n::text(
            "error-homework-bad-file-id",
            &[("max", MAX_ID_CHARS.into())],
        )))
    })?;
    HomeworkFile::check_from(&f.from).map_err(whole)?;
    HomeworkFile::check_note(&f.note).map_err(whole)?;
    if f.items.len() > MAX_ITEMS {
        return Err(whole(Error::invalid(i18n::text(
            "error-homework-too-many",
            &[("max", MAX_ITEMS.into())],
        ))));
    }
    let mut seen = std::collections::HashSet::new();
    for (i, item) in f.items.iter().enumerate() {
        // The how-manieth item of this id: a repeated id is pointed at
        // where it repeats.
        let nth = f.items[..i].iter().filter(|x| x.id() == item.id()).count();
        let at = |err: Error| {
            let detail = i18n::text(
                "error-homework-item",
                &[
                    ("item", item.id().into()),
                    ("detail", err.message().as_str().into()),
                ],
            );
            refused(file, line_of_id(text, item.id(), nth), &detail)
        };
        check_id(item.id()).map_err(at)?;
        if !seen.insert(item.id()) {
            return Err(at(Error::invalid(i18n::text(
                "error-homework-same-id",
                &[],
            ))));
        }
        item.check(today).map_err(at)?;
    }
    Ok(())
}

fn check_id(id: &str) -> Result<()> {
    let chars = id.chars().count();
    if id.trim().is_empty() || chars > MAX_ID_CHARS || id.chars().any(char::is_control) {
        return Err(Error::invalid(i18n::text(
            "error-homework-bad-id",
            &[("max", MAX_ID_CHARS.into())],
        )));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_items_line_is_found_by_its_id() {
        let text = "{\n  \"id\": \"b\",\n  \"items\": [\n    {\"id\": \"a\"},\n    { \"id\" : \"b\" }\n  ]\n}";
        assert_eq!(line_of_id(text, "a", 0), Some(4));
        assert_eq!(line_of_id(text, "b", 0), Some(5), "not the file's own id");
        assert_eq!(line_of_id(text, "b", 1), None);
        assert_eq!(line_of_id(text, "c", 0), None);
    }

    #[test]
    fn uids_are_stable_and_distinct() {
        assert_eq!(item_uid("f", "a"), item_uid("f", "a"));
        assert_ne!(item_uid("f", "a"), item_uid("f", "b"));
        assert_ne!(item_uid("fa", ""), item_uid("f", "a"));
        assert!(uuid::Uuid::parse_str(&item_uid("f", "a")).is_ok());
    }
}
