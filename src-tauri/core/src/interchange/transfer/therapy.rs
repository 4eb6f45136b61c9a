//! PHQ-9 / GAD-7 results and the safety plan in the export file (format
//! version 4), so a moved journal keeps its history and its plan.

use std::collections::BTreeMap;

use chrono::{DateTime, FixedOffset};
use rusqlite::{params, OptionalExtension, Transaction};
use serde::{Deserialize, Serialize};

use super::{check_uid, import_error};
use crate::clock::to_stored;
use crate::error::{Error, Result};
use crate::safety::plan::{Contact, CrisisLine, SafetyPlanInput};
use crate::storage::db::Db;
use crate::therapy::measures::{MeasureInput, MeasureKind};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ExportedMeasure {
    pub uid: String,
    pub measure: MeasureKind,
    /// 0–3 per question; `null` where a draft is still unanswered.
    pub answers: Vec<Option<u8>>,
    pub difficulty: Option<u8>,
    pub at: DateTime<FixedOffset>,
    pub created_at: DateTime<FixedOffset>,
    pub updated_at: DateTime<FixedOffset>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ExportedSafetyPlan {
    pub sections: BTreeMap<String, Vec<String>>,
    pub contacts: Vec<Contact>,
    pub crisis_lines: Vec<CrisisLine>,
    pub region: Option<String>,
}

pub(super) fn export_measures(db: &Db) -> Result<Vec<ExportedMeasure>> {
    let mut stmt = db.conn.prepare_cached(
        "SELECT uid, id, created_at, created_offset, updated_at, updated_offset FROM measure
         WHERE deleted_at IS NULL ORDER BY at, created_at, uid",
    )?;
    let rows = stmt
        .query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, i64>(1)?,
                crate::clock::from_stored(&r.get::<_, String>(2)?, r.get(3)?)?,
                crate::clock::from_stored(&r.get::<_, String>(4)?, r.get(5)?)?,
            ))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    rows.into_iter()
        .map(|(uid, id, created_at, updated_at)| {
            let m = db.measure(id)?;
            Ok(ExportedMeasure {
                uid,
                measure: m.measure,
                answers: m.answers,
                difficulty: m.difficulty,
                at: m.at,
                created_at,
                updated_at,
            })
        })
        .collect()
}

pub(super) fn export_safety_plan(db: &Db) -> Result<Option<ExportedSafetyPlan>> {
    let plan = db.safety_plan(None)?;
    if plan.updated_at.is_none() {
        return Ok(None);
    }
    Ok(Some(ExportedSafetyPlan {
        sections: plan
            .sections
            .into_iter()
            .filter(|s| !s.items.is_empty())
            .map(|s| (s.key, s.items))
            .collect(),
        contacts: plan.contacts,
        crisis_lines: plan.crisis_lines,
        region: plan.region,
    }))
}

/// Checks a result with the questionnaire's own rules.
pub(super) fn check_measure(what: &str, m: &ExportedMeasure) -> Result<()> {
    check_uid(what, &m.uid)?;
    MeasureInput {
        id: None,
        measure: m.measure,
        answers: m.answers.clone(),
        difficulty: m.difficulty,
    }
    .validated()
    .map(|_| ())
    .map_err(|e| import_error(what, &e))
}

pub(super) fn check_safety_plan(p: &ExportedSafetyPlan) -> Result<SafetyPlanInput> {
    SafetyPlanInput {
        sections: p.sections.clone(),
        contacts: p.contacts.clone(),
        crisis_lines: p.crisis_lines.clone(),
    }
    .validated()
    .map_err(|e| {
        let place = crate::i18n::text("error-import-safety-plan-in-file", &[]);
        import_error(&place, &e)
    })
}

/// Inserts one checked result; `false` if its uid is already here.
pub(super) fn insert_measure(tx: &Transaction<'_>, m: &ExportedMeasure) -> Result<bool> {
    let exists = tx
        .query_row("SELECT 1 FROM measure WHERE uid = ?1", [&m.uid], |_| Ok(()))
        .optional()?
        .is_some();
    if exists {
        return Ok(false);
    }
    let score: Option<u8> = m.answers.iter().try_fold(0_u8, |s, a| a.map(|a| s + a));
    let answers = serde_json::to_string(&m.answers).map_err(|e| {
        let detail = e.to_string();
        Error::Storage(crate::i18n::text(
            "error-therapy-keep-answers",
            &[("detail", detail.as_str().into())],
        ))
    })?;
    let (at, at_off) = to_stored(&m.at);
    let (created, created_off) = to_stored(&m.created_at);
    let (updated, updated_off) = to_stored(&m.updated_at);
    tx.execute(
        "INSERT INTO measure (uid, kind, answers, difficulty, complete, score, at, at_offset,
             created_at, created_offset, updated_at, updated_offset)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
        params![
            m.uid,
            m.measure.as_str(),
            answers,
            m.difficulty,
            score.is_some(),
            score,
            at,
            at_off,
            created,
            created_off,
            updated,
            updated_off
        ],
    )?;
    Ok(true)
}

/// Sets the safety plan unless the journal already has one (the person's
/// current plan is never overwritten by an import); `false` if kept.
pub(super) fn insert_safety_plan(
    tx: &Transaction<'_>,
    input: &SafetyPlanInput,
    region: Option<&str>,
    now: DateTime<FixedOffset>,
) -> Result<bool> {
    let exists = tx
        .query_row("SELECT 1 FROM safety_plan WHERE id = 1", [], |_| Ok(()))
        .optional()?
        .is_some();
    if exists {
        return Ok(false);
    }
    let body = crate::safety::plan::stored_body(input, region)?;
    let (at, off) = to_stored(&now);
    tx.execute(
        "INSERT INTO safety_plan (id, body, updated_at, updated_offset) VALUES (1, ?1, ?2, ?3)",
        params![body, at, off],
    )?;
    Ok(true)
}
