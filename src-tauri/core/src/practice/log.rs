//! What happened with a plan on a given day: done, partly, skipped (with a
//! reason) or not today, and a line on how it went.
//!
//! Homework is an experiment, not a test, so every outcome is recorded in
//! the same neutral way. One row per plan and local day; logging the same
//! day again replaces it, and clearing it is the undo. Past days can be
//! logged (people forget); the future can't.

use chrono::{DateTime, FixedOffset, NaiveDate};
use rusqlite::params;
use serde::{Deserialize, Serialize};

use crate::clock::{from_stored, to_stored};
use crate::error::{Error, Result};
use crate::i18n;
use crate::practice::plan::Frequency;
use crate::storage::db::Db;
use crate::therapy::brief::doc::day_in;

const MAX_NOTE_CHARS: usize = 2_000;
const MAX_COUNT: u32 = 100;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Outcome {
    Done,
    Partly,
    /// Skipped for a reason: leaves the habit score unchanged.
    Skipped,
    NotToday,
}

impl Outcome {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Outcome::Done => "done",
            Outcome::Partly => "partly",
            Outcome::Skipped => "skipped",
            Outcome::NotToday => "notToday",
        }
    }

    pub(crate) fn parse(s: &str) -> Option<Self> {
        match s {
            "done" => Some(Outcome::Done),
            "partly" => Some(Outcome::Partly),
            "skipped" => Some(Outcome::Skipped),
            "notToday" => Some(Outcome::NotToday),
            _ => None,
        }
    }

    /// Whether the person practised at all that day.
    pub fn practised(self) -> bool {
        matches!(self, Outcome::Done | Outcome::Partly)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct LogInput {
    pub plan_id: i64,
    /// Defaults to today.
    #[serde(default)]
    pub day: Option<NaiveDate>,
    pub outcome: Outcome,
    /// Repetitions, for plans done several times a day.
    #[serde(default)]
    pub count: Option<u32>,
    #[serde(default)]
    pub reason: String,
    #[serde(default)]
    pub note: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PlanLog {
    pub plan_id: i64,
    pub day: NaiveDate,
    pub outcome: Outcome,
    pub count: u32,
    pub reason: String,
    pub note: String,
    pub logged_at: DateTime<FixedOffset>,
}

impl Db {
    /// Records (or replaces) what happened with a plan on a day.
    pub fn log_plan(&mut self, input: LogInput) -> Result<PlanLog> {
        let plan = self.plan(input.plan_id)?;
        let today = self.today();
        let day = input.day.unwrap_or(today);
        if day > today {
            return Err(Error::invalid(i18n::text("error-practice-day-ahead", &[])));
        }
        if day < plan.start_date {
            // "Tue 3 Feb", „Di., 3. Feb.“
            let started = day_in("brief-day-short", &plan.start_date, &[]);
            return Err(Error::invalid(i18n::text(
                "error-practice-before-start",
                &[("day", started.as_str().into())],
            )));
        }
        let reason = input.reason.trim().to_owned();
        let note = input.note.trim().to_owned();
        if input.outcome == Outcome::Skipped && reason.is_empty() {
            return Err(Error::invalid(i18n::text(
                "error-practice-skip-reason",
                &[],
            )));
        }
        for (text, label_id) in [
            (&reason, "error-practice-label-reason"),
            (&note, "error-practice-label-note"),
        ] {
            if text.chars().count() > MAX_NOTE_CHARS {
                let label = i18n::text(label_id, &[]);
                let max = MAX_NOTE_CHARS.to_string();
                return Err(Error::invalid(i18n::text(
                    "error-practice-log-text-too-long",
                    &[
                        ("label", label.as_str().into()),
                        ("max", max.as_str().into()),
                    ],
                )));
            }
        }
        let count = match (input.outcome, input.count) {
            (_, Some(n)) if n > MAX_COUNT => {
                return Err(Error::invalid(i18n::text(
                    "error-practice-too-many-logged",
                    &[("max", MAX_COUNT.into())],
                )))
            }
            (Outcome::Done, Some(0) | None) => 1,
            (Outcome::Done | Outcome::Partly, Some(n)) => n,
            (Outcome::Partly, None) | (Outcome::Skipped | Outcome::NotToday, _) => 0,
        };
        let (now_utc, now_off) = to_stored(&self.clock.now());
        self.conn.execute(
            "INSERT INTO plan_log (plan_id, day, outcome, count, reason, note, logged_at, logged_offset)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
             ON CONFLICT (plan_id, day) DO UPDATE SET outcome = excluded.outcome,
                 count = excluded.count, reason = excluded.reason, note = excluded.note,
                 logged_at = excluded.logged_at, logged_offset = excluded.logged_offset",
            params![
                plan.id,
                day.to_string(),
                input.outcome.as_str(),
                count,
                reason,
                note,
                now_utc,
                now_off
            ],
        )?;
        self.plan_log(plan.id, day)?
            .ok_or_else(|| Error::Storage(i18n::text("error-practice-log-missing", &[])))
    }

    /// Counts one more repetition today (finishing a guided practice that is
    /// the plan's action), keeping any note already written.
    pub fn record_practice(&mut self, plan_id: i64) -> Result<PlanLog> {
        let today = self.today();
        let existing = self.plan_log(plan_id, today)?;
        let (count, note) = match &existing {
            Some(log) if log.outcome.practised() => (log.count.max(1) + 1, log.note.clone()),
            Some(log) => (1, log.note.clone()),
            None => (1, String::new()),
        };
        let plan = self.plan(plan_id)?;
        let count = match plan.frequency {
            Frequency::PerDay { .. } => count,
            _ => 1,
        };
        self.log_plan(LogInput {
            plan_id,
            day: Some(today),
            outcome: Outcome::Done,
            count: Some(count),
            reason: String::new(),
            note,
        })
    }

    /// Removes what was logged for a day ("Undo").
    pub fn clear_plan_log(&mut self, plan_id: i64, day: NaiveDate) -> Result<()> {
        self.conn.execute(
            "DELETE FROM plan_log WHERE plan_id = ?1 AND day = ?2",
            params![plan_id, day.to_string()],
        )?;
        Ok(())
    }

    pub fn plan_log(&self, plan_id: i64, day: NaiveDate) -> Result<Option<PlanLog>> {
        Ok(self
            .plan_logs_where(
                "WHERE plan_id = ?1 AND day = ?2",
                params![plan_id, day.to_string()],
            )?
            .pop())
    }

    /// A plan's logs, newest day first, from `since` on.
    pub fn plan_logs(&self, plan_id: i64, since: NaiveDate) -> Result<Vec<PlanLog>> {
        self.plan_logs_where(
            "WHERE plan_id = ?1 AND day >= ?2 ORDER BY day DESC",
            params![plan_id, since.to_string()],
        )
    }

    pub(crate) fn plan_logs_where(
        &self,
        tail: &str,
        params: impl rusqlite::Params,
    ) -> Result<Vec<PlanLog>> {
        let sql = format!(
            "SELECT plan_id, day, outcome, count, reason, note, logged_at, logged_offset
             FROM plan_log {tail}"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt
            .query_map(params, |r| {
                let bad = |i: usize| {
                    rusqlite::Error::FromSqlConversionFailure(
                        i,
                        rusqlite::types::Type::Text,
                        "unreadable log".into(),
                    )
                };
                Ok(PlanLog {
                    plan_id: r.get(0)?,
                    day: r.get::<_, String>(1)?.parse().map_err(|_| bad(1))?,
                    outcome: Outcome::parse(&r.get::<_, String>(2)?).ok_or_else(|| bad(2))?,
                    count: r.get(3)?,
                    reason: r.get(4)?,
                    note: r.get(5)?,
                    logged_at: from_stored(&r.get::<_, String>(6)?, r.get(7)?)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    /// The days a plan was paused or archived: `[from, until)` intervals.
    pub(crate) fn plan_pauses(&self, plan_id: i64) -> Result<Vec<(NaiveDate, Option<NaiveDate>)>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT from_day, until_day FROM plan_pause WHERE plan_id = ?1")?;
        let rows = stmt
            .query_map([plan_id], |r| {
                Ok((r.get::<_, String>(0)?, r.get::<_, Option<String>>(1)?))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let parse = |s: &str| {
            s.parse::<NaiveDate>().map_err(|_| {
                Error::Corrupt(i18n::text(
                    "error-practice-pause-date",
                    &[("value", s.into())],
                ))
            })
        };
        rows.into_iter()
            .map(|(from, until)| Ok((parse(&from)?, until.as_deref().map(parse).transpose()?)))
            .collect()
    }
}
