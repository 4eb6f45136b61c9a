//! PHQ-9 and GAD-7: the two short questionnaires many therapists use to
//! follow mood and anxiety from session to session.
//!
//! Items, answers and attribution are shown exactly as published
//! (docs/design.md). Scoring happens here, on the device. A questionnaire with
//! any question unanswered is kept as a draft and never scored. Bands are
//! named in plain words; response is a drop of at least half from the first
//! score, remission (PHQ-9) a score under 5.
//!
//! Any answer above 0 on PHQ-9 question 9 is reported as `item9`, so the
//! app shows the safety plan at once and the brief can flag it.

use chrono::{DateTime, Duration, FixedOffset};
use rusqlite::{params, OptionalExtension, Row};
use serde::{Deserialize, Serialize};

use crate::clock::{from_stored, to_stored};
use crate::error::{Error, Result};
use crate::i18n::{text, Language};
use crate::storage::db::Db;

/// How long a deleted result is kept so "Undo" can restore it.
const UNDO_WINDOW: Duration = Duration::minutes(10);

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum MeasureKind {
    Phq9,
    Gad7,
}

impl MeasureKind {
    pub fn as_str(self) -> &'static str {
        match self {
            MeasureKind::Phq9 => "phq9",
            MeasureKind::Gad7 => "gad7",
        }
    }

    pub(crate) fn from_stored(s: &str) -> Option<Self> {
        Self::parse(s)
    }

    fn parse(s: &str) -> Option<Self> {
        match s {
            "phq9" => Some(MeasureKind::Phq9),
            "gad7" => Some(MeasureKind::Gad7),
            _ => None,
        }
    }

    pub fn form(self) -> &'static MeasureForm {
        match self {
            MeasureKind::Phq9 => &PHQ9,
            MeasureKind::Gad7 => &GAD7,
        }
    }

    fn bands(self) -> &'static [BandRange] {
        match self {
            MeasureKind::Phq9 => PHQ9_BANDS,
            MeasureKind::Gad7 => GAD7_BANDS,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AnswerOption {
    pub value: u8,
    pub label: &'static str,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DifficultyQuestion {
    pub question: &'static str,
    pub options: [AnswerOption; 4],
}

/// A questionnaire as the form shows it. The words here are the published
/// English; what a window receives is in the language in use
/// (measures.ftl), where a translation is the official one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MeasureForm {
    pub id: MeasureKind,
    pub title: &'static str,
    pub name: &'static str,
    pub why: &'static str,
    pub stem: &'static str,
    pub items: &'static [&'static str],
    pub options: [AnswerOption; 4],
    pub difficulty: DifficultyQuestion,
    pub attribution: &'static str,
}

/// The answers, as published.
const OPTIONS: [AnswerOption; 4] = [
    AnswerOption {
        value: 0,
        label: "Not at all",
    },
    AnswerOption {
        value: 1,
        label: "Several days",
    },
    AnswerOption {
        value: 2,
        label: "More than half the days",
    },
    AnswerOption {
        value: 3,
        label: "Nearly every day",
    },
];

const DIFFICULTY_OPTIONS: [AnswerOption; 4] = [
    AnswerOption {
        value: 0,
        label: "Not difficult at all",
    },
    AnswerOption {
        value: 1,
        label: "Somewhat difficult",
    },
    AnswerOption {
        value: 2,
        label: "Very difficult",
    },
    AnswerOption {
        value: 3,
        label: "Extremely difficult",
    },
];

/// The PHQ-9's closing question, as printed on the form.
const PHQ9_DIFFICULTY: DifficultyQuestion = DifficultyQuestion {
    question: "If you checked off any problems, how difficult have these problems made it for \
               you to do your work, take care of things at home, or get along with other people?",
    options: DIFFICULTY_OPTIONS,
};

/// The GAD-7's, which differs by one word: "have these made it", without
/// the PHQ-9's "problems" (docs/design.md, "Clinical sources").
const GAD7_DIFFICULTY: DifficultyQuestion = DifficultyQuestion {
    question: "If you checked off any problems, how difficult have these made it for you to do \
               your work, take care of things at home, or get along with other people?",
    options: DIFFICULTY_OPTIONS,
};

/// The attribution line both questionnaires carry, exactly as published.
pub const ATTRIBUTION: &str = "Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt \
                               Kroenke and colleagues, with an educational grant from Pfizer Inc. \
                               No permission required to reproduce, translate, display or \
                               distribute.";

pub const PHQ9: MeasureForm = MeasureForm {
    id: MeasureKind::Phq9,
    title: "PHQ-9",
    name: "Patient Health Questionnaire (PHQ-9)",
    why: "Nine questions about the last two weeks. Filled in now and then, they show how your \
          mood is moving — something you and your therapist can look at together.",
    stem: "Over the last 2 weeks, how often have you been bothered by any of the following \
           problems?",
    items: &[
        "Little interest or pleasure in doing things",
        "Feeling down, depressed, or hopeless",
        "Trouble falling or staying asleep, or sleeping too much",
        "Feeling tired or having little energy",
        "Poor appetite or overeating",
        "Feeling bad about yourself — or that you are a failure or have let yourself or your \
         family down",
        "Trouble concentrating on things, such as reading the newspaper or watching television",
        "Moving or speaking so slowly that other people could have noticed? Or the opposite — \
         being so fidgety or restless that you have been moving around a lot more than usual",
        "Thoughts that you would be better off dead or of hurting yourself in some way",
    ],
    options: OPTIONS,
    difficulty: PHQ9_DIFFICULTY,
    attribution: ATTRIBUTION,
};

pub const GAD7: MeasureForm = MeasureForm {
    id: MeasureKind::Gad7,
    title: "GAD-7",
    name: "Generalized Anxiety Disorder scale (GAD-7)",
    why: "Seven questions about worry and tension over the last two weeks, to see how anxiety \
          is moving over time.",
    stem: "Over the last 2 weeks, how often have you been bothered by the following problems?",
    items: &[
        "Feeling nervous, anxious or on edge",
        "Not being able to stop or control worrying",
        "Worrying too much about different things",
        "Trouble relaxing",
        "Being so restless that it is hard to sit still",
        "Becoming easily annoyed or irritable",
        "Feeling afraid as if something awful might happen",
    ],
    options: OPTIONS,
    difficulty: GAD7_DIFFICULTY,
    attribution: ATTRIBUTION,
};

/// A form's words in one language, as a window receives them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct LocalForm {
    pub id: MeasureKind,
    pub title: String,
    pub name: String,
    pub why: String,
    pub stem: String,
    pub items: Vec<String>,
    pub options: Vec<LocalOption>,
    pub difficulty: LocalDifficulty,
    pub attribution: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct LocalOption {
    pub value: u8,
    pub label: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct LocalDifficulty {
    pub question: String,
    pub options: Vec<LocalOption>,
}

impl MeasureForm {
    /// Every word of the form in `language`.
    pub fn in_language(&self, language: Language) -> LocalForm {
        let k = self.id.as_str();
        let t = |id: String| language.text(&id, &[]);
        let options = |prefix: &str, from: &[AnswerOption; 4]| {
            from.iter()
                .map(|o| LocalOption {
                    value: o.value,
                    label: t(format!("{prefix}-{}", o.value)),
                })
                .collect()
        };
        LocalForm {
            id: self.id,
            title: t(format!("measure-{k}-title")),
            name: t(format!("measure-{k}-name")),
            why: t(format!("measure-{k}-why")),
            stem: t(format!("measure-{k}-stem")),
            items: (1..=self.items.len())
                .map(|n| t(format!("measure-{k}-item-{n}")))
                .collect(),
            options: options("measure-answer", &self.options),
            difficulty: LocalDifficulty {
                question: t(format!("measure-{k}-difficulty")),
                options: options("measure-difficulty", &self.difficulty.options),
            },
            attribution: t("measure-attribution".to_owned()),
        }
    }
}

impl Serialize for MeasureForm {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.in_language(crate::i18n::current())
            .serialize(serializer)
    }
}

/// A band of scores, named in plain words (English; windows receive a
/// [`BandView`] in the language in use).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BandRange {
    pub key: &'static str,
    /// Written to the person, who reads their own result.
    pub label: &'static str,
    /// Written for a reader who is not the person: the session brief.
    pub reader: &'static str,
    pub from: u8,
    pub to: u8,
}

const PHQ9_BANDS: &[BandRange] = &[
    BandRange {
        key: "minimal",
        label: "Minimal: few signs of low mood",
        reader: "minimal symptoms",
        from: 0,
        to: 4,
    },
    BandRange {
        key: "mild",
        label: "Mild: some signs of low mood",
        reader: "mild symptoms",
        from: 5,
        to: 9,
    },
    BandRange {
        key: "moderate",
        label: "Moderate: low mood has been weighing on you",
        reader: "moderate symptoms",
        from: 10,
        to: 14,
    },
    BandRange {
        key: "moderatelySevere",
        label: "Moderately severe: low mood has been weighing on you a lot",
        reader: "moderately severe symptoms",
        from: 15,
        to: 19,
    },
    BandRange {
        key: "severe",
        label: "Severe: low mood has been very heavy lately",
        reader: "severe symptoms",
        from: 20,
        to: 27,
    },
];

const GAD7_BANDS: &[BandRange] = &[
    BandRange {
        key: "minimal",
        label: "Minimal: few signs of anxiety",
        reader: "minimal symptoms",
        from: 0,
        to: 4,
    },
    BandRange {
        key: "mild",
        label: "Mild: some signs of anxiety",
        reader: "mild symptoms",
        from: 5,
        to: 9,
    },
    BandRange {
        key: "moderate",
        label: "Moderate: anxiety has been weighing on you",
        reader: "moderate symptoms",
        from: 10,
        to: 14,
    },
    BandRange {
        key: "severe",
        label: "Severe: anxiety has been very heavy lately",
        reader: "severe symptoms",
        from: 15,
        to: 21,
    },
];

/// The band a score falls in, with its range written out.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Band {
    pub key: String,
    pub label: String,
    /// The band for the brief's reader ("moderate symptoms").
    #[serde(default)]
    pub reader: String,
    pub range: String,
}

/// The band of `score` on `kind`.
pub fn band(kind: MeasureKind, score: u8) -> Band {
    let bands = kind.bands();
    let b = bands
        .iter()
        .find(|b| (b.from..=b.to).contains(&score))
        .unwrap_or(&bands[bands.len() - 1]);
    let (label, reader) = b.words_in(kind, crate::i18n::current());
    Band {
        key: b.key.to_owned(),
        label,
        reader,
        range: format!("{}–{}", b.from, b.to),
    }
}

/// A band as a window receives it: its words in the language in use.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct BandView {
    pub key: &'static str,
    pub label: String,
    pub reader: String,
    pub from: u8,
    pub to: u8,
}

impl BandRange {
    /// The band's words for the person and for the brief's reader.
    pub fn words_in(&self, kind: MeasureKind, language: Language) -> (String, String) {
        let mut key = String::new();
        for c in self.key.chars() {
            if c.is_ascii_uppercase() {
                key.push('-');
            }
            key.push(c.to_ascii_lowercase());
        }
        let id = format!("measure-{}-band-{key}", kind.as_str());
        (
            language.text(&id, &[]),
            language.text(&format!("{id}.reader"), &[]),
        )
    }
}

/// A first score at or above this is in the clinical range ("caseness"),
/// the only start from which response and remission mean anything: PHQ-9
/// 10 (Kroenke et al. 2001), GAD-7 8 (the NHS Talking Therapies cut-off).
/// See docs/design.md, "Clinical sources".
pub fn clinical_cutoff(kind: MeasureKind) -> u8 {
    match kind {
        MeasureKind::Phq9 => 10,
        MeasureKind::Gad7 => 8,
    }
}

/// The smallest change that is more than measurement noise (reliable
/// change, as NHS Talking Therapies uses it): PHQ-9 6, GAD-7 4.
pub fn reliable_change(kind: MeasureKind) -> u8 {
    match kind {
        MeasureKind::Phq9 => 6,
        MeasureKind::Gad7 => 4,
    }
}

/// Response: from a first score in the clinical range, a drop of at least
/// half.
pub fn is_response(kind: MeasureKind, baseline: u8, latest: u8) -> bool {
    baseline >= clinical_cutoff(kind) && u16::from(latest) * 2 <= u16::from(baseline)
}

/// Remission (PHQ-9 only): from a first score in the clinical range, a
/// score under 5. `None` where the word doesn't apply.
pub fn is_remission(kind: MeasureKind, baseline: u8, latest: u8) -> Option<bool> {
    (kind == MeasureKind::Phq9 && baseline >= clinical_cutoff(kind)).then_some(latest < 5)
}

/// A change since the first score big enough to be reliable.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Reliable {
    Improvement,
    Deterioration,
}

/// Reliable improvement or deterioration from `baseline` to `latest`.
pub fn reliable(kind: MeasureKind, baseline: u8, latest: u8) -> Option<Reliable> {
    let change = i16::from(latest) - i16::from(baseline);
    let needed = i16::from(reliable_change(kind));
    if change <= -needed {
        Some(Reliable::Improvement)
    } else if change >= needed {
        Some(Reliable::Deterioration)
    } else {
        None
    }
}

/// What the questionnaire form sends.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct MeasureInput {
    /// The draft (or result) this continues; `None` starts a new one.
    #[serde(default)]
    pub id: Option<i64>,
    pub measure: MeasureKind,
    /// One per item, 0–3, or `None` while unanswered.
    pub answers: Vec<Option<u8>>,
    #[serde(default)]
    pub difficulty: Option<u8>,
}

/// A questionnaire filled in (or begun).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MeasureResult {
    pub id: i64,
    pub measure: MeasureKind,
    pub at: DateTime<FixedOffset>,
    pub answers: Vec<Option<u8>>,
    pub difficulty: Option<u8>,
    pub complete: bool,
    pub score: Option<u8>,
    pub band: Option<Band>,
    /// PHQ-9: question 9 answered above 0 (even in a draft).
    pub item9: bool,
}

/// How the latest score compares with the first and the one before.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MeasureChange {
    pub baseline: u8,
    pub latest: u8,
    pub since_first: i16,
    pub since_last: Option<i16>,
    /// The first score was in the clinical range (see [`clinical_cutoff`]).
    pub baseline_clinical: bool,
    pub response: bool,
    pub remission: Option<bool>,
    pub reliable: Option<Reliable>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct MeasureHistory {
    /// Completed ones, oldest first.
    pub results: Vec<MeasureResult>,
    pub draft: Option<MeasureResult>,
    pub change: Option<MeasureChange>,
    /// Every band of the questionnaire, in the language in use.
    pub bands: Vec<BandView>,
}

impl MeasureInput {
    pub(crate) fn validated(self) -> Result<Self> {
        let form = self.measure.form();
        if self.answers.len() != form.items.len() {
            return Err(Error::invalid(text(
                "error-therapy-answer-count",
                &[
                    ("title", form.title.into()),
                    ("questions", form.items.len().into()),
                    ("count", self.answers.len().into()),
                ],
            )));
        }
        for (i, answer) in self.answers.iter().enumerate() {
            if let Some(a) = answer {
                if *a > 3 {
                    return Err(Error::invalid(text(
                        "error-therapy-answer-range",
                        &[("number", (i + 1).into()), ("answer", (*a).into())],
                    )));
                }
            }
        }
        if let Some(d) = self.difficulty {
            if d > 3 {
                return Err(Error::invalid(text(
                    "error-therapy-difficulty-range",
                    &[("answer", d.into())],
                )));
            }
        }
        Ok(self)
    }

    /// The total, only when every question is answered.
    fn score(&self) -> Option<u8> {
        self.answers
            .iter()
            .try_fold(0_u8, |sum, a| a.map(|a| sum + a))
    }
}

fn row_to_result(row: &Row<'_>) -> rusqlite::Result<MeasureResult> {
    let kind_text: String = row.get(1)?;
    let kind = MeasureKind::parse(&kind_text).ok_or_else(|| {
        rusqlite::Error::FromSqlConversionFailure(
            1,
            rusqlite::types::Type::Text,
            format!("unknown measure {kind_text}").into(),
        )
    })?;
    let answers_json: String = row.get(2)?;
    let answers: Vec<Option<u8>> = serde_json::from_str(&answers_json).map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(2, rusqlite::types::Type::Text, Box::new(e))
    })?;
    let score: Option<u8> = row.get(5)?;
    let item9 = kind == MeasureKind::Phq9 && answers.get(8).copied().flatten().unwrap_or(0) > 0;
    Ok(MeasureResult {
        id: row.get(0)?,
        measure: kind,
        at: from_stored(&row.get::<_, String>(6)?, row.get(7)?)?,
        difficulty: row.get(3)?,
        complete: row.get(4)?,
        band: score.map(|s| band(kind, s)),
        score,
        answers,
        item9,
    })
}

const COLUMNS: &str = "id, kind, answers, difficulty, complete, score, at, at_offset";

impl Db {
    /// Saves answers: scored when complete, kept as a draft otherwise.
    pub fn save_measure(&mut self, input: MeasureInput) -> Result<MeasureResult> {
        let input = input.validated()?;
        let now = self.clock.now();
        let (now_utc, now_off) = to_stored(&now);
        let score = input.score();
        let answers = serde_json::to_string(&input.answers).map_err(|e| {
            let detail = e.to_string();
            Error::Storage(text(
                "error-therapy-keep-answers",
                &[("detail", detail.as_str().into())],
            ))
        })?;
        let id = if let Some(id) = input.id {
            let changed = self.conn.execute(
                "UPDATE measure SET answers = ?2, difficulty = ?3, complete = ?4, score = ?5,
                     at = ?6, at_offset = ?7, updated_at = ?6, updated_offset = ?7
                 WHERE id = ?1 AND kind = ?8 AND deleted_at IS NULL",
                params![
                    id,
                    answers,
                    input.difficulty,
                    score.is_some(),
                    score,
                    now_utc,
                    now_off,
                    input.measure.as_str()
                ],
            )?;
            if changed == 0 {
                return Err(Error::NotFound(text("error-therapy-measure-gone", &[])));
            }
            id
        } else {
            self.conn.execute(
                "INSERT INTO measure (uid, kind, answers, difficulty, complete, score, at,
                     at_offset, created_at, created_offset, updated_at, updated_offset)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?7, ?8, ?7, ?8)",
                params![
                    uuid::Uuid::new_v4().to_string(),
                    input.measure.as_str(),
                    answers,
                    input.difficulty,
                    score.is_some(),
                    score,
                    now_utc,
                    now_off
                ],
            )?;
            self.conn.last_insert_rowid()
        };
        self.measure(id)
    }

    /// One questionnaire, unless deleted.
    pub fn measure(&self, id: i64) -> Result<MeasureResult> {
        self.conn
            .query_row(
                &format!("SELECT {COLUMNS} FROM measure WHERE id = ?1 AND deleted_at IS NULL"),
                [id],
                row_to_result,
            )
            .optional()?
            .ok_or_else(|| Error::NotFound(text("error-therapy-measure-gone", &[])))
    }

    /// Completed results of `kind` up to `until` (all if `None`), oldest first.
    pub(crate) fn measure_results(
        &self,
        kind: MeasureKind,
        until: Option<&str>,
    ) -> Result<Vec<MeasureResult>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {COLUMNS} FROM measure
             WHERE kind = ?1 AND complete = 1 AND deleted_at IS NULL AND (?2 IS NULL OR at < ?2)
             ORDER BY at, id"
        ))?;
        let rows = stmt
            .query_map(params![kind.as_str(), until], row_to_result)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    /// Every completed result of `kind`, the draft in progress, and how
    /// the latest compares with the first and the one before.
    pub fn measure_history(&self, kind: MeasureKind) -> Result<MeasureHistory> {
        let results = self.measure_results(kind, None)?;
        let draft = self
            .conn
            .query_row(
                &format!(
                    "SELECT {COLUMNS} FROM measure
                     WHERE kind = ?1 AND complete = 0 AND deleted_at IS NULL
                     ORDER BY updated_at DESC, id DESC LIMIT 1"
                ),
                [kind.as_str()],
                row_to_result,
            )
            .optional()?;
        Ok(MeasureHistory {
            change: change_of(kind, &results),
            results,
            draft,
            bands: kind
                .bands()
                .iter()
                .map(|b| {
                    let (label, reader) = b.words_in(kind, crate::i18n::current());
                    BandView {
                        key: b.key,
                        label,
                        reader,
                        from: b.from,
                        to: b.to,
                    }
                })
                .collect(),
        })
    }

    /// Deletes a result or draft, keeping it restorable for a few minutes.
    pub fn delete_measure(&mut self, id: i64) -> Result<()> {
        let (now, _) = to_stored(&self.clock.now());
        let changed = self.conn.execute(
            "UPDATE measure SET deleted_at = ?2 WHERE id = ?1 AND deleted_at IS NULL",
            params![id, now],
        )?;
        if changed == 0 {
            return Err(Error::NotFound(text("error-therapy-measure-deleted", &[])));
        }
        Ok(())
    }

    /// Brings back a result deleted a moment ago ("Undo").
    pub fn restore_measure(&mut self, id: i64) -> Result<()> {
        let (cutoff, _) = to_stored(&(self.clock.now() - UNDO_WINDOW));
        let changed = self.conn.execute(
            "UPDATE measure SET deleted_at = NULL
             WHERE id = ?1 AND deleted_at IS NOT NULL AND deleted_at >= ?2",
            params![id, cutoff],
        )?;
        if changed == 0 {
            return Err(Error::NotFound(
                "That questionnaire can't be brought back any more.".into(),
            ));
        }
        Ok(())
    }

    /// Removes for good the results deleted longer ago than the undo window.
    pub(crate) fn purge_deleted_measures(&mut self) -> Result<()> {
        let (cutoff, _) = to_stored(&(self.clock.now() - UNDO_WINDOW));
        self.conn.execute(
            "DELETE FROM measure WHERE deleted_at IS NOT NULL AND deleted_at < ?1",
            [cutoff],
        )?;
        Ok(())
    }
}

/// The change from the first result to the latest, and from the one
/// before; `None` with no result yet.
pub fn change_of(kind: MeasureKind, results: &[MeasureResult]) -> Option<MeasureChange> {
    let baseline = results.first()?.score?;
    let latest = results.last()?.score?;
    let before = results.len().checked_sub(2).and_then(|i| results[i].score);
    let compared = results.len() > 1;
    Some(MeasureChange {
        baseline,
        latest,
        since_first: i16::from(latest) - i16::from(baseline),
        since_last: before.map(|b| i16::from(latest) - i16::from(b)),
        baseline_clinical: baseline >= clinical_cutoff(kind),
        // Each describes where things have moved since the first score; a
        // first score alone is just a score.
        response: compared && is_response(kind, baseline, latest),
        remission: is_remission(kind, baseline, latest).filter(|_| compared),
        reliable: reliable(kind, baseline, latest).filter(|_| compared),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_english_words_in_fluent_are_these_and_german_is_the_official_version() {
        for kind in [MeasureKind::Phq9, MeasureKind::Gad7] {
            let form = kind.form();
            let english = form.in_language(Language::English);
            assert_eq!(english.title, form.title);
            assert_eq!(english.name, form.name);
            assert_eq!(english.why, form.why);
            assert_eq!(english.stem, form.stem);
            assert_eq!(english.items, form.items);
            assert_eq!(english.attribution, form.attribution);
            assert_eq!(english.difficulty.question, form.difficulty.question);
            for (local, published) in english.options.iter().zip(form.options) {
                assert_eq!(local.label, published.label);
            }
            for (local, published) in english
                .difficulty
                .options
                .iter()
                .zip(form.difficulty.options)
            {
                assert_eq!(local.label, published.label);
            }
            for b in kind.bands() {
                assert_eq!(
                    b.words_in(kind, Language::English),
                    (b.label.to_owned(), b.reader.to_owned())
                );
            }
            let german = form.in_language(Language::German);
            assert_eq!(german.items.len(), form.items.len());
            assert_eq!(
                german.stem,
                "Wie oft fühlten Sie sich im Verlauf der letzten 2 Wochen durch die folgenden \
                 Beschwerden beeinträchtigt?"
            );
            assert_eq!(german.options[3].label, "Beinahe jeden Tag");
            assert!(
                german.attribution.starts_with(ATTRIBUTION),
                "the publisher's notice, verbatim"
            );
            assert!(german.attribution.contains("PHQ-D"));
        }
        let phq = PHQ9.in_language(Language::German);
        assert_eq!(
            phq.items[8],
            "Gedanken, dass Sie lieber tot wären oder sich Leid zufügen möchten"
        );
    }

    #[test]
    fn every_band_boundary_on_both_measures() {
        let phq9 = [
            (0, "minimal"),
            (4, "minimal"),
            (5, "mild"),
            (9, "mild"),
            (10, "moderate"),
            (14, "moderate"),
            (15, "moderatelySevere"),
            (19, "moderatelySevere"),
            (20, "severe"),
            (27, "severe"),
        ];
        for (score, key) in phq9 {
            assert_eq!(band(MeasureKind::Phq9, score).key, key, "PHQ-9 {score}");
        }
        let gad7 = [
            (0, "minimal"),
            (4, "minimal"),
            (5, "mild"),
            (9, "mild"),
            (10, "moderate"),
            (14, "moderate"),
            (15, "severe"),
            (21, "severe"),
        ];
        for (score, key) in gad7 {
            assert_eq!(band(MeasureKind::Gad7, score).key, key, "GAD-7 {score}");
        }
        assert_eq!(band(MeasureKind::Phq9, 7).range, "5–9");
    }

    #[test]
    fn response_is_half_of_a_clinical_baseline_and_remission_is_under_five() {
        use MeasureKind::{Gad7, Phq9};
        // 20 → 10: 10 × 2 = 20 ≤ 20, half exactly.
        assert!(is_response(Phq9, 20, 10));
        // 20 → 11: 22 > 20.
        assert!(!is_response(Phq9, 20, 11));
        // 10 is the lowest clinical PHQ-9; 10 → 5 is half.
        assert!(is_response(Phq9, 10, 5));
        // 9 → 4 halves, but 9 is under the clinical range: no response.
        assert!(!is_response(Phq9, 9, 4));
        assert!(!is_response(Phq9, 0, 0), "nothing to respond from");
        // GAD-7 from 8 (clinical) to 4 halves; from 7 it doesn't count.
        assert!(is_response(Gad7, 8, 4));
        assert!(!is_response(Gad7, 7, 3));
        assert_eq!(is_remission(Phq9, 10, 4), Some(true));
        assert_eq!(is_remission(Phq9, 10, 5), Some(false));
        assert_eq!(
            is_remission(Phq9, 9, 0),
            None,
            "not from a non-clinical start"
        );
        assert_eq!(is_remission(Gad7, 15, 2), None);
    }

    #[test]
    fn reliable_change_is_six_on_phq9_and_four_on_gad7() {
        use MeasureKind::{Gad7, Phq9};
        assert_eq!(reliable(Phq9, 12, 6), Some(Reliable::Improvement)); // −6
        assert_eq!(reliable(Phq9, 12, 7), None); // −5
        assert_eq!(reliable(Phq9, 10, 16), Some(Reliable::Deterioration)); // +6
        assert_eq!(reliable(Phq9, 10, 15), None); // +5
        assert_eq!(reliable(Gad7, 8, 4), Some(Reliable::Improvement)); // −4
        assert_eq!(reliable(Gad7, 8, 5), None); // −3
        assert_eq!(reliable(Gad7, 3, 7), Some(Reliable::Deterioration)); // +4
                                                                         // Reliable change doesn't need a clinical start: 7 → 1 is −6.
        assert_eq!(reliable(Phq9, 7, 1), Some(Reliable::Improvement));
    }

    #[test]
    fn the_forms_have_the_published_number_of_items() {
        assert_eq!(PHQ9.items.len(), 9);
        assert_eq!(GAD7.items.len(), 7);
        assert!(PHQ9.items[8].starts_with("Thoughts that you would be better off dead"));
        assert!(ATTRIBUTION
            .ends_with("No permission required to reproduce, translate, display or distribute."));
    }

    #[test]
    fn each_form_closes_with_its_own_difficulty_question() {
        assert!(PHQ9
            .difficulty
            .question
            .contains("how difficult have these problems made it"));
        assert!(GAD7
            .difficulty
            .question
            .contains("how difficult have these made it for you"));
        assert_eq!(PHQ9.difficulty.options, GAD7.difficulty.options);
    }
}
