//! Values and activities in the export file. An activity's value travels
//! as its uid; one whose value isn't in the journal it lands in arrives
//! unlinked, with everything else kept.

use chrono::{DateTime, FixedOffset};
use rusqlite::{params, Transaction};
use serde::{Deserialize, Serialize};

use super::plans::{id_by_uid, uid_of};
use super::{check_uid, import_error};
use crate::clock::to_stored;
use crate::error::Result;
use crate::practice::activation::activity::{ActivityInput, Ratings};
use crate::practice::activation::values::{LifeArea, ValueInput};
use crate::storage::db::Db;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ExportedValue {
    pub uid: String,
    pub area: LifeArea,
    pub words: String,
    pub created_at: DateTime<FixedOffset>,
    pub updated_at: DateTime<FixedOffset>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ExportedActivity {
    pub uid: String,
    pub what: String,
    #[serde(default)]
    pub value_uid: Option<String>,
    #[serde(default)]
    pub planned_for: Option<DateTime<FixedOffset>>,
    #[serde(default)]
    pub predicted: Ratings,
    #[serde(default)]
    pub done_at: Option<DateTime<FixedOffset>>,
    #[serde(default)]
    pub actual: Ratings,
    #[serde(default)]
    pub note: String,
    pub created_at: DateTime<FixedOffset>,
    pub updated_at: DateTime<FixedOffset>,
}

/// Every value, in the order the page shows them.
pub(super) fn export_values(db: &Db) -> Result<Vec<ExportedValue>> {
    db.list_values()?
        .into_iter()
        .map(|v| {
            Ok(ExportedValue {
                uid: uid_of(db, "life_value", Some(v.id))?.unwrap_or_default(),
                area: v.area,
                words: v.words,
                created_at: v.created_at,
                updated_at: v.updated_at,
            })
        })
        .collect()
}

/// Every activity, oldest first.
pub(super) fn export_activities(db: &Db) -> Result<Vec<ExportedActivity>> {
    let mut list = db.list_activities()?;
    list.sort_by_key(|a| (a.created_at, a.id));
    list.into_iter()
        .map(|a| {
            Ok(ExportedActivity {
                uid: uid_of(db, "activity", Some(a.id))?.unwrap_or_default(),
                what: a.what,
                value_uid: uid_of(db, "life_value", a.value.map(|v| v.id))?,
                planned_for: a.planned_for,
                predicted: a.predicted,
                done_at: a.done_at,
                actual: a.actual,
                note: a.note,
                created_at: a.created_at,
                updated_at: a.updated_at,
            })
        })
        .collect()
}

/// Checks a value with the app's own rules, naming it by `what`.
pub(super) fn check_value(what: &str, v: &ExportedValue) -> Result<()> {
    check_uid(what, &v.uid)?;
    ValueInput {
        area: v.area,
        words: v.words.clone(),
    }
    .validated()
    .map_err(|err| import_error(what, &err))?;
    Ok(())
}

/// Checks an activity with the app's own rules, naming it by `what`.
pub(super) fn check_activity(
    what: &str,
    a: &ExportedActivity,
    now: DateTime<FixedOffset>,
) -> Result<()> {
    check_uid(what, &a.uid)?;
    ActivityInput {
        what: a.what.clone(),
        value_id: None,
        planned_for: a.planned_for,
        predicted: a.predicted,
        done_at: a.done_at,
        actual: a.actual,
        note: a.note.clone(),
    }
    .validated(now)
    .map_err(|err| import_error(what, &err))?;
    Ok(())
}

/// Inserts a checked value; `false` if its uid is already here.
pub(super) fn insert_value(tx: &Transaction<'_>, v: &ExportedValue) -> Result<bool> {
    if id_by_uid(tx, "life_value", &v.uid)?.is_some() {
        return Ok(false);
    }
    let (created, created_off) = to_stored(&v.created_at);
    let (updated, updated_off) = to_stored(&v.updated_at);
    tx.execute(
        "INSERT INTO life_value (uid, area, words, created_at, created_offset, updated_at,
             updated_offset)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![
            v.uid,
            v.area.as_str(),
            v.words.trim(),
            created,
            created_off,
            updated,
            updated_off
        ],
    )?;
    Ok(true)
}

/// Inserts a checked activity; `false` if its uid is already here.
pub(super) fn insert_activity(tx: &Transaction<'_>, a: &ExportedActivity) -> Result<bool> {
    if id_by_uid(tx, "activity", &a.uid)?.is_some() {
        return Ok(false);
    }
    let value_id = match &a.value_uid {
        Some(uid) => id_by_uid(tx, "life_value", uid)?,
        None => None,
    };
    let (planned_at, planned_off) = a.planned_for.as_ref().map(to_stored).unzip();
    let (done_at, done_off) = a.done_at.as_ref().map(to_stored).unzip();
    let (created, created_off) = to_stored(&a.created_at);
    let (updated, updated_off) = to_stored(&a.updated_at);
    let (p, r) = (a.predicted, a.actual);
    tx.execute(
        "INSERT INTO activity (uid, what, value_id, planned_at, planned_offset, predicted_mood,
             predicted_mastery, predicted_pleasure, done_at, done_offset, actual_mood,
             actual_mastery, actual_pleasure, note, created_at, created_offset, updated_at,
             updated_offset)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17,
             ?18)",
        params![
            a.uid,
            a.what.trim(),
            value_id,
            planned_at,
            planned_off,
            p.mood,
            p.mastery,
            p.pleasure,
            done_at,
            done_off,
            r.mood,
            r.mastery,
            r.pleasure,
            a.note.trim(),
            created,
            created_off,
            updated,
            updated_off,
        ],
    )?;
    Ok(true)
}
