//! "Today": which plans ask for practice today, what has been logged, and
//! whether to offer a self-compassion break.
//!
//! The break is offered, never forced: when a plan has slipped for two or
//! more due days in a row and hasn't been practised today, unless a break
//! was already taken today. (The
//! home view always has a way in as well.)

use chrono::NaiveDate;
use serde::Serialize;

use crate::error::Result;
use crate::practice::log::PlanLog;
use crate::practice::plan::{Frequency, Plan, PlanStatus};
use crate::practice::progress::{due_today, progress_from_days, Progress};
use crate::storage::db::Db;

/// Slipped due days in a row after which a kind minute is offered.
pub const OFFER_AFTER_GAP: u32 = 2;

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TodayItem {
    pub plan: Plan,
    pub due: bool,
    /// How many times today: several-a-day plans ask for more than one.
    pub slots: u32,
    pub log: Option<PlanLog>,
    pub progress: Progress,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CompassionOffer {
    pub reason: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Today {
    pub date: NaiveDate,
    pub items: Vec<TodayItem>,
    pub offer_compassion: Option<CompassionOffer>,
}

impl Db {
    /// Today's plans (active and paused, not archived), due ones first.
    pub fn today_view(&self) -> Result<Today> {
        let today = self.today();
        let mut items = Vec::new();
        for plan in self.list_plans(false)? {
            let days = self.plan_days(&plan, today)?;
            let progress = progress_from_days(&plan, &days, today);
            let due = due_today(&plan, &days, today);
            let slots = match plan.frequency {
                Frequency::PerDay { times } => u32::from(times),
                _ => 1,
            };
            items.push(TodayItem {
                log: self.plan_log(plan.id, today)?,
                due,
                slots,
                progress,
                plan,
            });
        }
        items.sort_by_key(|i| (!i.due, i.plan.status != PlanStatus::Active));
        let offer_compassion = self.compassion_offer(&items, today)?;
        Ok(Today {
            date: today,
            items,
            offer_compassion,
        })
    }

    fn compassion_offer(
        &self,
        items: &[TodayItem],
        today: NaiveDate,
    ) -> Result<Option<CompassionOffer>> {
        // Read from the same items as the today row: a plan practised
        // today has not slipped, whatever the days before it say.
        let Some(slipped) = items.iter().find(|i| {
            i.plan.status == PlanStatus::Active
                && i.progress.gap_days >= OFFER_AFTER_GAP
                && !i.log.as_ref().is_some_and(|l| l.outcome.practised())
        }) else {
            return Ok(None);
        };
        let taken_today = self.list_compassion_breaks(1)?.first().is_some_and(|b| {
            b.created_at
                .with_timezone(&self.now().timezone())
                .date_naive()
                == today
        });
        if taken_today {
            return Ok(None);
        }
        Ok(Some(CompassionOffer {
            reason: format!(
                "A few days have slipped by for \"{}\". That happens to everyone learning \
                 something new — want to take a kind minute before starting again?",
                short(&slipped.plan.action)
            ),
        }))
    }
}

fn short(action: &str) -> String {
    const MAX: usize = 48;
    if action.chars().count() <= MAX {
        action.to_owned()
    } else {
        format!(
            "{}…",
            action.chars().take(MAX).collect::<String>().trim_end()
        )
    }
}
