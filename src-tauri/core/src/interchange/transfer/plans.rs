//! Practice plans (with their days and pauses) and self-compassion breaks
//! in the export file. Links between records travel as uids, since row ids
//! differ from one journal to the next.

use chrono::{DateTime, FixedOffset, NaiveDate};
use rusqlite::{params, OptionalExtension, Transaction};
use serde::{Deserialize, Serialize};

use super::{check_uid, import_error};
use crate::clock::to_stored;
use crate::error::{Error, Result};
use crate::practice::compassion::{self, CompassionBreakInput};
use crate::practice::log::Outcome;
use crate::practice::plan::{self, Frequency, PlanInput, PlanStatus, Practice, Unit};
use crate::storage::db::Db;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ExportedPlan {
    pub uid: String,
    pub action: String,
    pub amount: Option<u32>,
    pub unit: Option<Unit>,
    pub frequency: Frequency,
    pub cue: String,
    pub cue_time: Option<String>,
    pub start_date: NaiveDate,
    pub end_date: Option<NaiveDate>,
    pub practice: Option<Practice>,
    pub from_reflection_uid: Option<String>,
    pub status: PlanStatus,
    pub pauses: Vec<ExportedPause>,
    pub days: Vec<ExportedDay>,
    pub created_at: DateTime<FixedOffset>,
    pub updated_at: DateTime<FixedOffset>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ExportedPause {
    pub from: NaiveDate,
    pub until: Option<NaiveDate>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ExportedDay {
    pub day: NaiveDate,
    pub outcome: Outcome,
    pub count: u32,
    pub reason: String,
    pub note: String,
    pub logged_at: DateTime<FixedOffset>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ExportedBreak {
    pub uid: String,
    pub mindfulness: String,
    pub humanity: String,
    pub kindness: String,
    pub plan_uid: Option<String>,
    pub created_at: DateTime<FixedOffset>,
}

/// The uid of row `id` in `table`: how a link travels in the file.
pub(super) fn uid_of(db: &Db, table: &str, id: Option<i64>) -> Result<Option<String>> {
    let Some(id) = id else { return Ok(None) };
    // `table` is one of our own table names, never input.
    Ok(db
        .conn
        .query_row(
            &format!("SELECT uid FROM {table} WHERE id = ?1"),
            [id],
            |r| r.get(0),
        )
        .optional()?)
}

pub(super) fn export_plans(db: &Db) -> Result<Vec<ExportedPlan>> {
    let mut out = Vec::new();
    for plan in db.query_plans("ORDER BY created_at, id", [])? {
        let uid = uid_of(db, "plan", Some(plan.id))?.unwrap_or_default();
        let mut days = db.plan_logs(plan.id, NaiveDate::MIN)?;
        days.reverse();
        let mut pauses = db.plan_pauses(plan.id)?;
        pauses.sort();
        out.push(ExportedPlan {
            uid,
            from_reflection_uid: uid_of(db, "reflection", plan.from_reflection_id)?,
            action: plan.action,
            amount: plan.amount,
            unit: plan.unit,
            frequency: plan.frequency,
            cue: plan.cue,
            cue_time: plan.cue_time,
            start_date: plan.start_date,
            end_date: plan.end_date,
            practice: plan.practice,
            status: plan.status,
            pauses: pauses
                .into_iter()
                .map(|(from, until)| ExportedPause { from, until })
                .collect(),
            days: days
                .into_iter()
                .map(|l| ExportedDay {
                    day: l.day,
                    outcome: l.outcome,
                    count: l.count,
                    reason: l.reason,
                    note: l.note,
                    logged_at: l.logged_at,
                })
                .collect(),
            created_at: plan.created_at,
            updated_at: plan.updated_at,
        });
    }
    Ok(out)
}

pub(super) fn export_breaks(db: &Db) -> Result<Vec<ExportedBreak>> {
    let breaks = db.compassion_breaks_where("ORDER BY created_at, id", [])?;
    let mut out = Vec::with_capacity(breaks.len());
    for b in breaks {
        out.push(ExportedBreak {
            uid: uid_of(db, "compassion_break", Some(b.id))?.unwrap_or_default(),
            plan_uid: uid_of(db, "plan", b.plan_id)?,
            mindfulness: b.mindfulness,
            humanity: b.humanity,
            kindness: b.kindness,
            created_at: b.created_at,
        });
    }
    Ok(out)
}

/// Checks a plan with the plan builder's own rules, and each of its days.
pub(super) fn check_plan(what: &str, p: ExportedPlan) -> Result<(ExportedPlan, PlanInput)> {
    check_uid(what, &p.uid)?;
    let input = PlanInput {
        action: p.action.clone(),
        amount: p.amount,
        unit: p.unit,
        frequency: p.frequency.clone(),
        cue: p.cue.clone(),
        cue_time: p.cue_time.clone(),
        start_date: Some(p.start_date),
        end_date: p.end_date,
        practice: p.practice,
        from_reflection_id: None,
    }
    .validated(p.start_date)
    .map_err(|e| import_error(what, &e))?;
    for day in &p.days {
        if day.day < p.start_date || day.count > 100 {
            let on = day.day.to_string();
            return Err(Error::Import(crate::i18n::text(
                "error-import-plan-day",
                &[("place", what.into()), ("day", on.as_str().into())],
            )));
        }
    }
    Ok((p, input))
}

pub(super) fn check_break(what: &str, b: &ExportedBreak) -> Result<CompassionBreakInput> {
    check_uid(what, &b.uid)?;
    CompassionBreakInput {
        mindfulness: b.mindfulness.clone(),
        humanity: b.humanity.clone(),
        kindness: b.kindness.clone(),
        plan_id: None,
    }
    .validated()
    .map_err(|e| import_error(what, &e))
}

/// The row in `table` (one of our own names) holding `uid`, if any.
pub(super) fn id_by_uid(tx: &Transaction<'_>, table: &str, uid: &str) -> Result<Option<i64>> {
    Ok(tx
        .query_row(
            &format!("SELECT id FROM {table} WHERE uid = ?1"),
            [uid],
            |r| r.get(0),
        )
        .optional()?)
}

/// Inserts a checked plan with its days and pauses; `false` if its uid is
/// already here.
pub(super) fn insert_plan(
    tx: &Transaction<'_>,
    p: &ExportedPlan,
    input: &PlanInput,
) -> Result<bool> {
    if plan::plan_id_by_uid(tx, &p.uid)?.is_some() {
        return Ok(false);
    }
    let reflection = match &p.from_reflection_uid {
        Some(uid) => id_by_uid(tx, "reflection", uid)?,
        None => None,
    };
    let input = PlanInput {
        from_reflection_id: reflection,
        ..input.clone()
    };
    let id = plan::insert_plan(tx, &p.uid, &input, p.status, p.created_at, p.updated_at)?;
    for pause in &p.pauses {
        tx.execute(
            "INSERT INTO plan_pause (plan_id, from_day, until_day) VALUES (?1, ?2, ?3)",
            params![
                id,
                pause.from.to_string(),
                pause.until.map(|d| d.to_string())
            ],
        )?;
    }
    for d in &p.days {
        let (utc, off) = to_stored(&d.logged_at);
        tx.execute(
            "INSERT INTO plan_log (plan_id, day, outcome, count, reason, note, logged_at, logged_offset)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            params![id, d.day.to_string(), d.outcome.as_str(), d.count, d.reason, d.note, utc, off],
        )?;
    }
    Ok(true)
}

pub(super) fn insert_break(
    tx: &Transaction<'_>,
    b: &ExportedBreak,
    input: &CompassionBreakInput,
) -> Result<bool> {
    if id_by_uid(tx, "compassion_break", &b.uid)?.is_some() {
        return Ok(false);
    }
    let plan_id = match &b.plan_uid {
        Some(uid) => id_by_uid(tx, "plan", uid)?,
        None => None,
    };
    let input = CompassionBreakInput {
        plan_id,
        ..input.clone()
    };
    compassion::insert_break(tx, &b.uid, &input, b.created_at)?;
    Ok(true)
}
