//! Practice plans: homework as implementation intentions.
//!
//! A vague "I should breathe more" rarely happens; "I will breathe slowly
//! for 3 minutes every day after I brush my teeth" often does (an
//! implementation intention: action, amount, when, cue). This module keeps
//! plans, checks that each one can actually happen (a plan that would never
//! fire is refused with what to fix), and writes the sentence the person
//! sees everywhere. Day-by-day logging is in `practice/log.rs`, progress in
//! `progress.rs`.
//!
//! This file owns the types and their storage; `validate.rs` the rules a
//! plan must meet, `sentence.rs` how it reads.

mod sentence;
mod validate;

pub use sentence::sentence;

use chrono::{DateTime, Datelike, Days, FixedOffset, NaiveDate};
use rusqlite::{params, OptionalExtension, Row};
use serde::{Deserialize, Serialize};

use crate::clock::{from_stored, to_stored};
use crate::error::{Error, Result};
use crate::i18n;
use crate::storage::db::Db;

/// How often a plan is meant to happen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "camelCase", deny_unknown_fields)]
pub enum Frequency {
    Daily,
    /// On chosen ISO weekdays: 1 Monday … 7 Sunday.
    Weekdays {
        days: Vec<u8>,
    },
    /// Any N days of each Monday-to-Sunday week.
    PerWeek {
        times: u8,
    },
    /// Several times every day.
    PerDay {
        times: u8,
    },
}

impl Frequency {
    /// Repetitions per day, `f` in the habit score (docs/design.md).
    pub fn per_day(&self) -> f64 {
        match self {
            Frequency::Daily => 1.0,
            // At most seven distinct days: the cast is exact.
            #[allow(clippy::cast_precision_loss)]
            Frequency::Weekdays { days } => days.len() as f64 / 7.0,
            Frequency::PerWeek { times } => f64::from(*times) / 7.0,
            Frequency::PerDay { times } => f64::from(*times),
        }
    }

    /// Whether the plan asks for practice on `day` at all (per-week plans
    /// may be practised on any day).
    pub fn may_happen_on(&self, day: NaiveDate) -> bool {
        match self {
            Frequency::Weekdays { days } => {
                let iso = u8::try_from(day.weekday().number_from_monday()).unwrap_or(0);
                days.contains(&iso)
            }
            _ => true,
        }
    }

    fn to_stored(&self) -> (&'static str, Option<i64>) {
        match self {
            Frequency::Daily => ("daily", None),
            Frequency::Weekdays { days } => (
                "weekdays",
                Some(days.iter().fold(0_i64, |mask, d| mask | (1 << (d - 1)))),
            ),
            Frequency::PerWeek { times } => ("perWeek", Some(i64::from(*times))),
            Frequency::PerDay { times } => ("perDay", Some(i64::from(*times))),
        }
    }

    fn from_stored(kind: &str, value: Option<i64>) -> rusqlite::Result<Self> {
        let v = value.unwrap_or(0);
        let small = |v: i64| u8::try_from(v).unwrap_or(0);
        Ok(match kind {
            "daily" => Frequency::Daily,
            "weekdays" => Frequency::Weekdays {
                days: (1..=7).filter(|d| v & (1 << (d - 1)) != 0).collect(),
            },
            "perWeek" => Frequency::PerWeek { times: small(v) },
            "perDay" => Frequency::PerDay { times: small(v) },
            other => {
                return Err(rusqlite::Error::FromSqlConversionFailure(
                    0,
                    rusqlite::types::Type::Text,
                    format!("unknown frequency {other}").into(),
                ))
            }
        })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Unit {
    Minutes,
    Times,
}

/// A guided practice that can be a plan's action.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Practice {
    Box,
    #[serde(rename = "478")]
    FourSevenEight,
    BreathingSpace,
    Grounding,
    SelfCompassion,
}

impl Practice {
    fn as_str(self) -> &'static str {
        match self {
            Practice::Box => "box",
            Practice::FourSevenEight => "478",
            Practice::BreathingSpace => "breathingSpace",
            Practice::Grounding => "grounding",
            Practice::SelfCompassion => "selfCompassion",
        }
    }

    fn parse(s: &str) -> Option<Self> {
        serde_json::from_value(serde_json::Value::String(s.to_owned())).ok()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum PlanStatus {
    Active,
    Paused,
    Archived,
}

impl PlanStatus {
    fn as_str(self) -> &'static str {
        match self {
            PlanStatus::Active => "active",
            PlanStatus::Paused => "paused",
            PlanStatus::Archived => "archived",
        }
    }
}

/// What the plan builder sends.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PlanInput {
    pub action: String,
    #[serde(default)]
    pub amount: Option<u32>,
    #[serde(default)]
    pub unit: Option<Unit>,
    pub frequency: Frequency,
    #[serde(default)]
    pub cue: String,
    /// "HH:MM", local: when the cue usually happens.
    #[serde(default)]
    pub cue_time: Option<String>,
    /// Defaults to today.
    #[serde(default)]
    pub start_date: Option<NaiveDate>,
    #[serde(default)]
    pub end_date: Option<NaiveDate>,
    #[serde(default)]
    pub practice: Option<Practice>,
    #[serde(default)]
    pub from_reflection_id: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Plan {
    pub id: i64,
    pub action: String,
    pub amount: Option<u32>,
    pub unit: Option<Unit>,
    pub frequency: Frequency,
    pub cue: String,
    pub cue_time: Option<String>,
    pub start_date: NaiveDate,
    pub end_date: Option<NaiveDate>,
    pub practice: Option<Practice>,
    pub from_reflection_id: Option<i64>,
    pub status: PlanStatus,
    /// The implementation intention, as the person will read it.
    pub sentence: String,
    pub created_at: DateTime<FixedOffset>,
    pub updated_at: DateTime<FixedOffset>,
}

/// The builder's live preview: the sentence and gentle hints.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PlanPreview {
    pub sentence: String,
    pub hints: Vec<String>,
}

impl Db {
    /// Today's local date by this journal's clock.
    pub fn today(&self) -> NaiveDate {
        self.clock.now().date_naive()
    }

    pub fn create_plan(&mut self, input: PlanInput) -> Result<Plan> {
        let input = input.validated(self.today())?;
        self.check_reflection_link(input.from_reflection_id)?;
        let now = self.clock.now();
        let tx = self.conn.transaction()?;
        let id = insert_plan(
            &tx,
            &uuid::Uuid::new_v4().to_string(),
            &input,
            PlanStatus::Active,
            now,
            now,
        )?;
        tx.commit()?;
        self.plan(id)
    }

    pub fn update_plan(&mut self, id: i64, input: PlanInput) -> Result<Plan> {
        let existing = self.plan(id)?;
        // An edit keeps the original start unless a new one is given.
        let input = PlanInput {
            start_date: input.start_date.or(Some(existing.start_date)),
            ..input
        }
        .validated(self.today())?;
        self.check_reflection_link(input.from_reflection_id)?;
        let (now_utc, now_off) = to_stored(&self.clock.now());
        let mut values = input_values(&input);
        values.extend([now_utc.into(), now_off.into(), id.into()]);
        self.conn.execute(
            &format!(
                "UPDATE plan SET ({INPUT_COLUMNS}, updated_at, updated_offset) = ({})
                 WHERE id = ?",
                placeholders(INPUT_COUNT + 2)
            ),
            rusqlite::params_from_iter(values),
        )?;
        self.plan(id)
    }

    /// Pauses, resumes or archives a plan. Paused and archived days never
    /// count against its progress.
    pub fn set_plan_status(&mut self, id: i64, status: PlanStatus) -> Result<Plan> {
        let plan = self.plan(id)?;
        if plan.status == status {
            return Ok(plan);
        }
        let today = self.today().to_string();
        let (now_utc, now_off) = to_stored(&self.clock.now());
        let tx = self.conn.transaction()?;
        if status == PlanStatus::Active {
            tx.execute(
                "UPDATE plan_pause SET until_day = ?2 WHERE plan_id = ?1 AND until_day IS NULL",
                params![id, today],
            )?;
        } else if plan.status == PlanStatus::Active {
            tx.execute(
                "INSERT INTO plan_pause (plan_id, from_day) VALUES (?1, ?2)
                 ON CONFLICT (plan_id, from_day) DO UPDATE SET until_day = NULL",
                params![id, today],
            )?;
        }
        tx.execute(
            "UPDATE plan SET status = ?2, updated_at = ?3, updated_offset = ?4 WHERE id = ?1",
            params![id, status.as_str(), now_utc, now_off],
        )?;
        tx.commit()?;
        self.plan(id)
    }

    pub fn plan(&self, id: i64) -> Result<Plan> {
        self.query_plans("WHERE id = ?1", params![id])?
            .pop()
            .ok_or_else(|| Error::NotFound(i18n::text("error-practice-plan-gone", &[])))
    }

    /// Plans, newest first; archived ones only when asked for.
    pub fn list_plans(&self, include_archived: bool) -> Result<Vec<Plan>> {
        let filter = if include_archived {
            "ORDER BY status = 'archived', id DESC"
        } else {
            "WHERE status <> 'archived' ORDER BY id DESC"
        };
        self.query_plans(filter, [])
    }

    pub(crate) fn query_plans(
        &self,
        tail: &str,
        params: impl rusqlite::Params,
    ) -> Result<Vec<Plan>> {
        let sql = format!(
            "SELECT id, action, amount, unit, frequency, frequency_value, cue, cue_time,
                    start_date, end_date, practice, from_reflection_id, status,
                    created_at, created_offset, updated_at, updated_offset
             FROM plan {tail}"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt
            .query_map(params, row_to_plan)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    fn check_reflection_link(&self, id: Option<i64>) -> Result<()> {
        if let Some(id) = id {
            self.reflection(id)
                .map_err(|_| Error::NotFound(i18n::text("error-practice-reflection-gone", &[])))?;
        }
        Ok(())
    }
}

fn unit_str(unit: Unit) -> &'static str {
    match unit {
        Unit::Minutes => "minutes",
        Unit::Times => "times",
    }
}

fn conversion(column: usize, what: &str) -> rusqlite::Error {
    rusqlite::Error::FromSqlConversionFailure(
        column,
        rusqlite::types::Type::Text,
        format!("unreadable {what}").into(),
    )
}

fn row_to_plan(row: &Row<'_>) -> rusqlite::Result<Plan> {
    let date = |i: usize| -> rusqlite::Result<Option<NaiveDate>> {
        row.get::<_, Option<String>>(i)?
            .map(|s| s.parse().map_err(|_| conversion(i, "date")))
            .transpose()
    };
    let input = PlanInput {
        action: row.get(1)?,
        amount: row.get(2)?,
        unit: match row.get::<_, Option<String>>(3)?.as_deref() {
            Some("minutes") => Some(Unit::Minutes),
            Some("times") => Some(Unit::Times),
            _ => None,
        },
        frequency: Frequency::from_stored(&row.get::<_, String>(4)?, row.get(5)?)?,
        cue: row.get(6)?,
        cue_time: row.get(7)?,
        start_date: date(8)?,
        end_date: date(9)?,
        practice: row
            .get::<_, Option<String>>(10)?
            .as_deref()
            .and_then(Practice::parse),
        from_reflection_id: row.get(11)?,
    };
    let status = match row.get::<_, String>(12)?.as_str() {
        "paused" => PlanStatus::Paused,
        "archived" => PlanStatus::Archived,
        _ => PlanStatus::Active,
    };
    Ok(Plan {
        id: row.get(0)?,
        sentence: sentence(&input),
        start_date: input
            .start_date
            .ok_or_else(|| conversion(8, "start date"))?,
        action: input.action,
        amount: input.amount,
        unit: input.unit,
        frequency: input.frequency,
        cue: input.cue,
        cue_time: input.cue_time,
        end_date: input.end_date,
        practice: input.practice,
        from_reflection_id: input.from_reflection_id,
        status,
        created_at: from_stored(&row.get::<_, String>(13)?, row.get(14)?)?,
        updated_at: from_stored(&row.get::<_, String>(15)?, row.get(16)?)?,
    })
}

/// The columns a [`PlanInput`] fills, in [`input_values`] order; shared by
/// insert and update so the two can never disagree.
const INPUT_COLUMNS: &str = "action, amount, unit, frequency, frequency_value, cue, cue_time, \
                             start_date, end_date, practice, from_reflection_id";
const INPUT_COUNT: usize = 11;

fn input_values(input: &PlanInput) -> Vec<rusqlite::types::Value> {
    use rusqlite::types::Value;
    let text = |s: Option<String>| s.map_or(Value::Null, Value::Text);
    let (frequency, value) = input.frequency.to_stored();
    vec![
        input.action.clone().into(),
        input.amount.map_or(Value::Null, |n| i64::from(n).into()),
        text(input.unit.map(|u| unit_str(u).to_owned())),
        frequency.to_owned().into(),
        value.map_or(Value::Null, Value::Integer),
        input.cue.clone().into(),
        text(input.cue_time.clone()),
        text(input.start_date.map(|d| d.to_string())),
        text(input.end_date.map(|d| d.to_string())),
        text(input.practice.map(|p| p.as_str().to_owned())),
        input.from_reflection_id.map_or(Value::Null, Value::Integer),
    ]
}

fn placeholders(n: usize) -> String {
    vec!["?"; n].join(", ")
}

/// Inserts a validated plan; shared by "create" and "import".
pub(crate) fn insert_plan(
    tx: &rusqlite::Transaction<'_>,
    uid: &str,
    input: &PlanInput,
    status: PlanStatus,
    created: DateTime<FixedOffset>,
    updated: DateTime<FixedOffset>,
) -> Result<i64> {
    let (c_utc, c_off) = to_stored(&created);
    let (u_utc, u_off) = to_stored(&updated);
    let mut values = vec![uid.to_owned().into()];
    values.extend(input_values(input));
    values.extend([
        status.as_str().to_owned().into(),
        c_utc.into(),
        c_off.into(),
        u_utc.into(),
        u_off.into(),
    ]);
    tx.execute(
        &format!(
            "INSERT INTO plan (uid, {INPUT_COLUMNS}, status, created_at, created_offset,
                 updated_at, updated_offset)
             VALUES ({})",
            placeholders(INPUT_COUNT + 6)
        ),
        rusqlite::params_from_iter(values),
    )?;
    Ok(tx.last_insert_rowid())
}

/// The plan's id for a uid, if it exists (used by import).
pub(crate) fn plan_id_by_uid(tx: &rusqlite::Transaction<'_>, uid: &str) -> Result<Option<i64>> {
    Ok(tx
        .query_row("SELECT id FROM plan WHERE uid = ?1", [uid], |r| r.get(0))
        .optional()?)
}

/// The day after `day` (saturating at the calendar's end).
pub(crate) fn next_day(day: NaiveDate) -> NaiveDate {
    day.checked_add_days(Days::new(1)).unwrap_or(day)
}
