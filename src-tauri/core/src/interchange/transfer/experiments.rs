//! Behavioural experiments in the export file. The moment an experiment
//! tests and the plan that reminds of it travel as uids; a link whose
//! record isn't in the journal it lands in is left empty.

use chrono::{DateTime, FixedOffset};
use rusqlite::{params, OptionalExtension, Transaction};
use serde::{Deserialize, Serialize};

use super::plans::{id_by_uid, uid_of};
use super::{check_uid, import_error};
use crate::clock::to_stored;
use crate::error::Result;
use crate::practice::experiment::ExperimentInput;
use crate::storage::db::Db;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ExportedExperiment {
    pub uid: String,
    pub prediction: String,
    #[serde(default)]
    pub belief_before: Option<u8>,
    #[serde(default)]
    pub test: String,
    #[serde(default)]
    pub safety_behaviours: String,
    #[serde(default)]
    pub expected: String,
    #[serde(default)]
    pub planned_for: Option<DateTime<FixedOffset>>,
    #[serde(default)]
    pub moment_uid: Option<String>,
    #[serde(default)]
    pub plan_uid: Option<String>,
    #[serde(default)]
    pub happened: String,
    #[serde(default)]
    pub learned: String,
    #[serde(default)]
    pub belief_after: Option<u8>,
    #[serde(default)]
    pub obstacles: String,
    #[serde(default)]
    pub written_up_at: Option<DateTime<FixedOffset>>,
    pub created_at: DateTime<FixedOffset>,
    pub updated_at: DateTime<FixedOffset>,
}

/// Every experiment, oldest first. One that tests a private moment's
/// thought is left out unless private entries are included, as the brief
/// leaves it out.
pub(super) fn export(db: &Db, include_private: bool) -> Result<Vec<ExportedExperiment>> {
    let mut out = Vec::new();
    let mut list = db.list_experiments()?;
    list.reverse();
    for e in list {
        let moment: Option<(String, bool)> = match e.from_moment_id {
            Some(id) => db
                .conn
                .query_row(
                    "SELECT m.uid, e.private FROM moment m
                     JOIN entry e ON e.kind = 'moment' AND e.ref_id = m.id WHERE m.id = ?1",
                    [id],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .optional()?,
            None => None,
        };
        if moment.as_ref().is_some_and(|(_, private)| *private) && !include_private {
            continue;
        }
        out.push(ExportedExperiment {
            uid: uid_of(db, "experiment", Some(e.id))?.unwrap_or_default(),
            prediction: e.prediction,
            belief_before: e.belief_before,
            test: e.test,
            safety_behaviours: e.safety_behaviours,
            expected: e.expected,
            planned_for: e.planned_for,
            moment_uid: moment.map(|(uid, _)| uid),
            plan_uid: uid_of(db, "plan", e.plan_id)?,
            happened: e.happened,
            learned: e.learned,
            belief_after: e.belief_after,
            obstacles: e.obstacles,
            written_up_at: e.written_up_at,
            created_at: e.created_at,
            updated_at: e.updated_at,
        });
    }
    Ok(out)
}

/// Checks an experiment with the app's own rules, naming it by `what`.
pub(super) fn check(what: &str, e: &ExportedExperiment) -> Result<()> {
    check_uid(what, &e.uid)?;
    ExperimentInput {
        prediction: e.prediction.clone(),
        belief_before: e.belief_before,
        test: e.test.clone(),
        safety_behaviours: e.safety_behaviours.clone(),
        expected: e.expected.clone(),
        happened: e.happened.clone(),
        learned: e.learned.clone(),
        belief_after: e.belief_after,
        obstacles: e.obstacles.clone(),
        ..ExperimentInput::default()
    }
    .validated()
    .map_err(|err| import_error(what, &err))?;
    Ok(())
}

/// Inserts a checked experiment; `false` if its uid is already here.
pub(super) fn insert(tx: &Transaction<'_>, e: &ExportedExperiment) -> Result<bool> {
    let id_of = |table: &str, uid: Option<&String>| match uid {
        Some(uid) => id_by_uid(tx, table, uid),
        None => Ok(None),
    };
    if id_of("experiment", Some(&e.uid))?.is_some() {
        return Ok(false);
    }
    let (planned_at, planned_off) = e.planned_for.as_ref().map(to_stored).unzip();
    let (created, created_off) = to_stored(&e.created_at);
    let (updated, updated_off) = to_stored(&e.updated_at);
    tx.execute(
        "INSERT INTO experiment (uid, prediction, belief_before, test, safety, expected,
             planned_at, planned_offset, moment_id, plan_id, happened, learned, belief_after,
             obstacles, written_up_at, created_at, created_offset, updated_at, updated_offset)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17,
             ?18, ?19)",
        params![
            e.uid,
            e.prediction.trim(),
            e.belief_before,
            e.test.trim(),
            e.safety_behaviours.trim(),
            e.expected.trim(),
            planned_at,
            planned_off,
            id_of("moment", e.moment_uid.as_ref())?,
            id_of("plan", e.plan_uid.as_ref())?,
            e.happened.trim(),
            e.learned.trim(),
            e.belief_after,
            e.obstacles.trim(),
            e.written_up_at.as_ref().map(|at| to_stored(at).0),
            created,
            created_off,
            updated,
            updated_off,
        ],
    )?;
    Ok(true)
}
