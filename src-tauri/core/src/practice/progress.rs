//! Progress without streaks: Loop Habit Tracker's forgiving habit score.
//!
//! Each day, oldest first: `score = score_prev * m + c * (1 - m)` with
//! `m = 0.5 ^ (sqrt(f) / 13)`, `f` the plan's repetitions per day, and `c`
//! the share of the plan met in its window, capped at 1 (docs/design.md). For
//! plans done less than daily the window and the target are doubled (two
//! weeks, twice the weekly count), as Loop does, so practising on Tuesday
//! one week and Thursday the next reads as steady. A day skipped with a
//! reason, or while the plan was paused, leaves the score where it was. A
//! lapse dents the score; nothing ever resets it — habits form over weeks
//! to months and one missed day barely matters (Lally et al. 2010).
//!
//! The scoring functions are pure (records in, numbers out); `Db::progress`
//! gathers a plan's days and hands them over.

use chrono::{Datelike, Days, NaiveDate};
use serde::Serialize;

use crate::error::Result;
use crate::practice::log::Outcome;
use crate::practice::plan::{next_day, Frequency, Plan};
use crate::storage::db::Db;

/// How many days of score history the UI draws.
pub const HISTORY_DAYS: usize = 90;

/// One day of a plan, as scoring sees it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DayRecord {
    pub day: NaiveDate,
    pub outcome: Option<Outcome>,
    pub count: u32,
    pub paused: bool,
}

/// `m` in the score formula.
pub fn multiplier(per_day: f64) -> f64 {
    0.5_f64.powf(per_day.sqrt() / 13.0)
}

/// How many repetitions a day's record is worth.
fn repetitions(frequency: &Frequency, record: &DayRecord) -> f64 {
    let several = matches!(frequency, Frequency::PerDay { .. });
    match record.outcome {
        Some(Outcome::Done) if several => f64::from(record.count.max(1)),
        Some(Outcome::Partly) if several && record.count > 0 => f64::from(record.count),
        Some(Outcome::Done) => 1.0,
        Some(Outcome::Partly) => 0.5,
        _ => 0.0,
    }
}

/// The score after each day of `days` (contiguous, oldest first, from the
/// plan's start), starting from 0.
pub fn score_history(frequency: &Frequency, days: &[DayRecord]) -> Vec<f64> {
    let per_day = frequency.per_day();
    let m = multiplier(per_day);
    // (target repetitions, window in days)
    let (target, window) = if per_day < 1.0 {
        (2.0 * (per_day * 7.0).round(), 14)
    } else {
        (per_day, 1)
    };
    let reps: Vec<f64> = days.iter().map(|d| repetitions(frequency, d)).collect();
    let mut score = 0.0;
    let mut out = Vec::with_capacity(days.len());
    for (i, record) in days.iter().enumerate() {
        let unchanged = record.paused || record.outcome == Some(Outcome::Skipped);
        if !unchanged {
            let from = (i + 1).saturating_sub(window);
            let met: f64 = reps[from..=i].iter().sum();
            let c = (met / target).min(1.0);
            score = score * m + c * (1.0 - m);
        }
        out.push(score);
    }
    out
}

/// A plan's progress, ready to show.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Progress {
    pub plan_id: i64,
    /// 0 to 1.
    pub score: f64,
    /// Up to [`HISTORY_DAYS`], oldest first.
    pub history: Vec<ScorePoint>,
    pub week: WeekCount,
    /// Due days in a row, up to yesterday, that passed without practice.
    pub gap_days: u32,
    /// Show "Start again today": there was a gap and today is not yet done.
    pub start_again: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ScorePoint {
    pub date: NaiveDate,
    pub score: f64,
}

/// "This week: 4 of 7" — Monday to Sunday.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct WeekCount {
    pub done: u32,
    pub target: u32,
}

/// Whether `day` lies in the plan's dates and isn't paused.
fn in_plan(plan: &Plan, record: &DayRecord) -> bool {
    record.day >= plan.start_date
        && plan.end_date.is_none_or(|end| record.day <= end)
        && !record.paused
}

/// This week's practice against this week's target.
pub fn week_count(plan: &Plan, days: &[DayRecord], today: NaiveDate) -> WeekCount {
    let monday = today - Days::new(u64::from(today.weekday().num_days_from_monday()));
    let week: Vec<NaiveDate> = monday.iter_days().take(7).collect();
    let in_dates =
        |d: &NaiveDate| *d >= plan.start_date && plan.end_date.is_none_or(|end| *d <= end);
    let practised: Vec<&DayRecord> = days
        .iter()
        .filter(|r| r.day >= monday && r.day <= today && r.outcome.is_some_and(Outcome::practised))
        .collect();
    let count = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
    match plan.frequency {
        Frequency::PerDay { times } => WeekCount {
            done: practised.iter().map(|r| r.count.max(1)).sum(),
            target: u32::from(times) * count(week.iter().filter(|d| in_dates(d)).count()),
        },
        Frequency::PerWeek { times } => WeekCount {
            done: count(practised.len()),
            target: u32::from(times),
        },
        _ => WeekCount {
            done: count(practised.len()),
            target: count(
                week.iter()
                    .filter(|d| in_dates(d) && plan.frequency.may_happen_on(**d))
                    .count(),
            ),
        },
    }
}

/// Due days in a row before today that passed without practice. For
/// per-week plans any day may be a rest day, so only days the person
/// marked skipped or "not today" count.
pub fn gap_days(plan: &Plan, days: &[DayRecord], today: NaiveDate) -> u32 {
    let mut gap = 0;
    for record in days.iter().rev().filter(|r| r.day < today) {
        if record.paused || !plan.frequency.may_happen_on(record.day) {
            continue;
        }
        match record.outcome {
            Some(o) if o.practised() => break,
            None if matches!(plan.frequency, Frequency::PerWeek { .. }) => break,
            _ => gap += 1,
        }
    }
    gap
}

/// Whether the plan asks for practice today.
pub fn due_today(plan: &Plan, days: &[DayRecord], today: NaiveDate) -> bool {
    let Some(record) = days.iter().find(|r| r.day == today) else {
        return false;
    };
    if plan.status != crate::practice::plan::PlanStatus::Active || !in_plan(plan, record) {
        return false;
    }
    match plan.frequency {
        Frequency::PerWeek { times } => {
            let week = week_count(plan, days, today);
            // Still due today if today's practice is what met the target.
            let today_counts = u32::from(record.outcome.is_some_and(Outcome::practised));
            week.done - today_counts < u32::from(times)
        }
        _ => plan.frequency.may_happen_on(today),
    }
}

impl Db {
    /// A plan's days from its start to `until`, with logs and pauses.
    pub(crate) fn plan_days(&self, plan: &Plan, until: NaiveDate) -> Result<Vec<DayRecord>> {
        if until < plan.start_date {
            return Ok(Vec::new());
        }
        let logs = self.plan_logs(plan.id, plan.start_date)?;
        let pauses = self.plan_pauses(plan.id)?;
        let mut days = Vec::new();
        let mut day = plan.start_date;
        loop {
            let log = logs.iter().find(|l| l.day == day);
            let in_pause = pauses
                .iter()
                .any(|(from, until)| day >= *from && until.is_none_or(|u| day < u));
            days.push(DayRecord {
                day,
                outcome: log.map(|l| l.outcome),
                count: log.map_or(0, |l| l.count),
                paused: in_pause,
            });
            if day >= until {
                break;
            }
            day = next_day(day);
        }
        Ok(days)
    }

    /// Score, history, this week and gap for one plan, as of today.
    pub fn progress(&self, plan: &Plan) -> Result<Progress> {
        let today = self.today();
        let days = self.plan_days(plan, today)?;
        Ok(progress_from_days(plan, &days, today))
    }
}

/// [`Progress`] from a plan's days up to and including today.
pub fn progress_from_days(plan: &Plan, days: &[DayRecord], today: NaiveDate) -> Progress {
    // Today counts only once something is logged: the morning shouldn't
    // dent a score for practice still ahead.
    let today_logged = days
        .last()
        .is_some_and(|r| r.day == today && r.outcome.is_some());
    let scored = if today_logged || days.last().is_none_or(|r| r.day != today) {
        days
    } else {
        &days[..days.len() - 1]
    };
    let score_by_day = score_history(&plan.frequency, scored);
    let history = scored
        .iter()
        .zip(&score_by_day)
        .skip(scored.len().saturating_sub(HISTORY_DAYS))
        .map(|(r, s)| ScorePoint {
            date: r.day,
            score: *s,
        })
        .collect();
    let gap = gap_days(plan, days, today);
    let practised_today = days
        .last()
        .is_some_and(|r| r.day == today && r.outcome.is_some_and(Outcome::practised));
    Progress {
        plan_id: plan.id,
        score: score_by_day.last().copied().unwrap_or(0.0),
        history,
        week: week_count(plan, days, today),
        gap_days: gap,
        start_again: gap >= 1 && !practised_today,
    }
}

/// A plan with its progress, for lists.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PlanWithProgress {
    pub plan: Plan,
    pub progress: Progress,
}

/// One plan in full: progress and the days logged, newest first.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PlanDetail {
    pub plan: Plan,
    pub progress: Progress,
    pub logs: Vec<crate::practice::log::PlanLog>,
}

impl Db {
    pub fn plans_with_progress(&self, include_archived: bool) -> Result<Vec<PlanWithProgress>> {
        self.list_plans(include_archived)?
            .into_iter()
            .map(|plan| {
                Ok(PlanWithProgress {
                    progress: self.progress(&plan)?,
                    plan,
                })
            })
            .collect()
    }

    pub fn plan_detail(&self, id: i64) -> Result<PlanDetail> {
        let plan = self.plan(id)?;
        let since = self.today() - Days::new(HISTORY_DAYS as u64);
        Ok(PlanDetail {
            progress: self.progress(&plan)?,
            logs: self.plan_logs(id, since)?,
            plan,
        })
    }
}
