//! Questionnaires the therapist asked for in a homework file, and when:
//! before each session, or weekly. Home offers one gently when it is due
//! and no completed result of it has come in since; nothing nags, and the
//! person can stop a request on the Questionnaires page.
//!
//! "Before each session" is due from the start of the day before the next
//! scheduled session (moved sessions count where they moved to; cancelled
//! ones don't) until it starts: the evening before, or the morning of.
//! "Weekly" is due when no result has come in for seven days.

use chrono::{DateTime, Duration, FixedOffset};
use rusqlite::params;
use serde::{Deserialize, Serialize};

use super::measures::MeasureKind;
use crate::clock::{from_stored, to_stored};
use crate::error::{Error, Result};
use crate::i18n;
use crate::schedule::sessions::SessionStatus;
use crate::storage::db::Db;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum MeasureTiming {
    BeforeEachSession,
    Weekly,
}

impl MeasureTiming {
    pub fn as_str(self) -> &'static str {
        match self {
            MeasureTiming::BeforeEachSession => "beforeEachSession",
            MeasureTiming::Weekly => "weekly",
        }
    }

    fn parse(s: &str) -> Option<Self> {
        match s {
            "beforeEachSession" => Some(MeasureTiming::BeforeEachSession),
            "weekly" => Some(MeasureTiming::Weekly),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MeasureRequest {
    pub id: i64,
    pub measure: MeasureKind,
    pub timing: MeasureTiming,
    /// Who asked, as the homework file was signed.
    pub from: String,
    pub created_at: DateTime<FixedOffset>,
    /// Due now (see the module's words).
    pub due: bool,
    /// For "before each session": the session it is for, when due.
    pub session_at: Option<DateTime<FixedOffset>>,
}

/// A week between weekly questionnaires.
const WEEK: Duration = Duration::days(7);

fn unreadable(what: &str) -> rusqlite::Error {
    rusqlite::Error::FromSqlConversionFailure(
        0,
        rusqlite::types::Type::Text,
        format!("unknown {what}").into(),
    )
}

impl Db {
    /// Every request not stopped, oldest first, with whether it is due.
    pub fn measure_requests(&self) -> Result<Vec<MeasureRequest>> {
        let now = self.clock.now();
        let next_session = self.next_session_start()?;
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, measure, timing, from_name, created_at, created_offset
             FROM measure_request WHERE deleted_at IS NULL ORDER BY created_at, id",
        )?;
        let rows = stmt
            .query_map([], |r| {
                let measure: String = r.get(1)?;
                let timing: String = r.get(2)?;
                Ok((
                    r.get::<_, i64>(0)?,
                    MeasureKind::from_stored(&measure).ok_or_else(|| unreadable("measure"))?,
                    MeasureTiming::parse(&timing).ok_or_else(|| unreadable("timing"))?,
                    r.get::<_, String>(3)?,
                    from_stored(&r.get::<_, String>(4)?, r.get(5)?)?,
                ))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        rows.into_iter()
            .map(|(id, measure, timing, from, created_at)| {
                let last = self.last_completed(measure)?;
                let (due, session_at) = match timing {
                    MeasureTiming::BeforeEachSession => match next_session {
                        Some(start) => {
                            let day_before = (start.date_naive() - Duration::days(1))
                                .and_hms_opt(0, 0, 0)
                                .and_then(|d| d.and_local_timezone(*start.offset()).single())
                                .unwrap_or(start);
                            let due = now >= day_before
                                && now < start
                                && last.is_none_or(|at| at < day_before);
                            (due, due.then_some(start))
                        }
                        None => (false, None),
                    },
                    MeasureTiming::Weekly => {
                        let since = last.unwrap_or(created_at - WEEK);
                        (now - since >= WEEK, None)
                    }
                };
                Ok(MeasureRequest {
                    id,
                    measure,
                    timing,
                    from,
                    created_at,
                    due,
                    session_at,
                })
            })
            .collect()
    }

    /// Stops a request: it is no longer offered. (A homework file opened
    /// again doesn't bring it back.)
    pub fn stop_measure_request(&mut self, id: i64) -> Result<()> {
        let (now, _) = to_stored(&self.clock.now());
        let changed = self.conn.execute(
            "UPDATE measure_request SET deleted_at = ?2 WHERE id = ?1 AND deleted_at IS NULL",
            params![id, now],
        )?;
        if changed == 0 {
            return Err(Error::NotFound(i18n::text(
                "error-measure-request-not-found",
                &[],
            )));
        }
        Ok(())
    }

    fn last_completed(&self, measure: MeasureKind) -> Result<Option<DateTime<FixedOffset>>> {
        let row: Option<(String, i32)> = self
            .conn
            .prepare_cached(
                "SELECT at, at_offset FROM measure
                 WHERE kind = ?1 AND complete = 1 AND deleted_at IS NULL
                 ORDER BY at DESC LIMIT 1",
            )?
            .query_row([measure.as_str()], |r| Ok((r.get(0)?, r.get(1)?)))
            .map(Some)
            .or_else(|e| match e {
                rusqlite::Error::QueryReturnedNoRows => Ok(None),
                e => Err(e),
            })?;
        Ok(row
            .map(|(at, offset)| from_stored(&at, offset))
            .transpose()?)
    }

    /// The start of the next session that isn't cancelled and hasn't
    /// started, if a schedule is set.
    fn next_session_start(&self) -> Result<Option<DateTime<FixedOffset>>> {
        let now = self.clock.now();
        Ok(self
            .schedule_view(4)?
            .upcoming
            .into_iter()
            .find(|s| s.status != SessionStatus::Cancelled && s.start > now)
            .map(|s| s.start))
    }
}
