//! The home view's summary: the week's focus, how long since the last
//! session, the latest reflection, whether a draft is waiting, and today's
//! practice.
//!
//! Computed in one place so the home screen stays a plain rendering of
//! facts, and so "days since" is tested against an injected clock.

use chrono::{DateTime, FixedOffset};
use serde::Serialize;

use crate::error::Result;
use crate::journal::draft::reflection_draft_key;
use crate::journal::reflection::Reflection;
use crate::practice::today::CompassionOffer;
use crate::storage::db::Db;
use crate::therapy::requests::MeasureRequest;

/// "One skill this week", carried from the reflection that set it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Focus {
    pub text: String,
    pub reflection_id: i64,
    pub set_at: DateTime<FixedOffset>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Home {
    /// The local time the summary was made for (the UI greets by it).
    pub now: DateTime<FixedOffset>,
    pub focus: Option<Focus>,
    pub last_session_at: Option<DateTime<FixedOffset>>,
    /// Whole calendar days, in local time, since the last session's date.
    pub days_since_last_session: Option<i64>,
    pub latest: Option<Reflection>,
    pub reflection_count: i64,
    /// A new reflection was started and not yet saved.
    pub has_reflection_draft: bool,
    /// Plans asking for practice today, and how many of those are practised.
    pub today: TodayCount,
    /// A gentle offer of a self-compassion break, when a plan has slipped.
    pub offer_compassion: Option<CompassionOffer>,
    /// Questionnaires the therapist asked for that are due now.
    pub due_measures: Vec<MeasureRequest>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TodayCount {
    pub due: u32,
    pub done: u32,
}

impl Db {
    pub fn home(&self) -> Result<Home> {
        let now = self.clock.now();
        let latest = self.latest_reflection()?;
        // The focus is the newest reflection's "one skill" that has one: a
        // reflection that left it blank doesn't erase the week's intention.
        let focus = self
            .query_reflections(
                "WHERE r.deleted_at IS NULL AND r.focus <> ''
                 ORDER BY r.session_at DESC, r.id DESC LIMIT 1",
                [],
            )?
            .pop()
            .map(|r| Focus {
                text: r.focus,
                reflection_id: r.id,
                set_at: r.session_at,
            });
        let last_session_at = latest.as_ref().map(|r| r.session_at);
        let days_since_last_session = last_session_at.map(|at| {
            // Compare calendar dates in the person's current offset, so a
            // session at 23:00 yesterday is "1 day ago" this morning.
            let then = at.with_timezone(now.offset()).date_naive();
            (now.date_naive() - then).num_days().max(0)
        });
        let today = self.today_view()?;
        let due: Vec<_> = today.items.iter().filter(|i| i.due).collect();
        let done = due
            .iter()
            .filter(|i| i.log.as_ref().is_some_and(|l| l.outcome.practised()))
            .count();
        Ok(Home {
            today: TodayCount {
                due: u32::try_from(due.len()).unwrap_or(u32::MAX),
                done: u32::try_from(done).unwrap_or(u32::MAX),
            },
            offer_compassion: today.offer_compassion,
            due_measures: self
                .measure_requests()?
                .into_iter()
                .filter(|r| r.due)
                .collect(),
            now,
            focus,
            last_session_at,
            days_since_last_session,
            latest,
            reflection_count: self.count_reflections()?,
            has_reflection_draft: self.draft(&reflection_draft_key(None))?.is_some(),
        })
    }
}
