//! Which reminders have been shown, so each is shown once.
//!
//! The timer task asks [`Db::take_due_reminders`] what to show now. It
//! looks from where it last looked up to now: anything due in between that
//! hasn't fired yet is returned and marked fired in one transaction. If
//! that gap is long (the computer slept, the app was closed), the missed
//! reminders are coalesced into at most one catch-up each — the reflection
//! after a session is offered once, not forgotten, not repeated.

use chrono::{DateTime, Duration, Utc};
use chrono_tz::Tz;
use rusqlite::{params, OptionalExtension};

use crate::clock::to_stored;
use crate::error::Result;
use crate::schedule::reminders::{coalesce_missed, Due, Planner, ReminderSettings};
use crate::storage::db::Db;

/// Longer than this since the last look counts as "missed": those are
/// coalesced rather than all shown.
const ON_TIME: Duration = Duration::minutes(2);
/// With nothing shown, the "looked until" mark is written at most this
/// often: an idle app then wakes the disk every few minutes, not every
/// minute. Looking again from a little earlier is harmless, since what
/// fired is remembered separately.
const MARK_EVERY: Duration = Duration::minutes(5);

impl Db {
    /// A planner over this journal's schedule, plans and focus.
    pub fn reminder_inputs(&self) -> Result<ReminderInputs> {
        Ok(ReminderInputs {
            schedule: self.schedule()?,
            plans: self.list_plans(false)?,
            focus: self.home_focus_text()?,
            last_questionnaire: self.last_questionnaire()?,
        })
    }

    /// Reminders to show now, each marked as shown.
    pub fn take_due_reminders(
        &mut self,
        settings: &ReminderSettings,
        zone: Tz,
        paused_until: Option<DateTime<Utc>>,
    ) -> Result<Vec<Due>> {
        let now = self.clock.now().with_timezone(&Utc);
        let checked = self.reminders_checked_until()?;
        let from = checked.unwrap_or(now).min(now);
        let inputs = self.reminder_inputs()?;
        let planner = inputs.planner(settings, zone, paused_until);
        let mut late = Vec::new();
        let mut on_time = Vec::new();
        for due in planner.dues_between(from, now)? {
            if self.was_fired(&due.key)? || self.practice_logged(&due)? {
                continue;
            }
            if now - due.at > ON_TIME {
                late.push(due);
            } else {
                on_time.push(due);
            }
        }
        let mut show = coalesce_missed(late);
        show.extend(on_time);
        if show.is_empty() && checked.is_some_and(|c| now - c < MARK_EVERY) {
            return Ok(show);
        }
        let (now_text, _) = to_stored(&now.fixed_offset());
        let tx = self.conn.transaction()?;
        for due in &show {
            let (due_text, _) = to_stored(&due.at.fixed_offset());
            tx.execute(
                "INSERT OR IGNORE INTO reminder_fired (key, due_at, fired_at) VALUES (?1, ?2, ?3)",
                params![due.key, due_text, now_text],
            )?;
        }
        tx.execute(
            "INSERT INTO scheduler_state (id, checked_until) VALUES (1, ?1)
             ON CONFLICT (id) DO UPDATE SET checked_until = excluded.checked_until",
            [&now_text],
        )?;
        tx.commit()?;
        Ok(show)
    }

    /// The next reminders after now (for the timer and the tray tooltip).
    pub fn next_reminders(
        &self,
        settings: &ReminderSettings,
        zone: Tz,
        paused_until: Option<DateTime<Utc>>,
        after: DateTime<Utc>,
        count: usize,
    ) -> Result<Vec<Due>> {
        let inputs = self.reminder_inputs()?;
        let mut next = Vec::with_capacity(count);
        // Asked for a few more, as some may be for practice already logged.
        for due in inputs
            .planner(settings, zone, paused_until)
            .next_after(after, count.saturating_mul(2).max(count + 8))?
        {
            if next.len() == count {
                break;
            }
            if !self.practice_logged(&due)? {
                next.push(due);
            }
        }
        Ok(next)
    }

    /// Whether a plan's reminder is for a day already logged: done, or
    /// noted as not today, here or on another computer (a journal that
    /// syncs learns of it within a second or two). Reminding someone of
    /// a practice they already did is nagging.
    fn practice_logged(&self, due: &Due) -> Result<bool> {
        let (Some(plan), Some(day)) = (
            due.plan_id,
            due.key
                .strip_prefix("plan:")
                .and_then(|rest| rest.rsplit(':').next()),
        ) else {
            return Ok(false);
        };
        Ok(self
            .conn
            .query_row(
                "SELECT 1 FROM plan_log WHERE plan_id = ?1 AND day = ?2",
                params![plan, day],
                |_| Ok(()),
            )
            .optional()?
            .is_some())
    }

    pub fn reminders_checked_until(&self) -> Result<Option<DateTime<Utc>>> {
        let text: Option<String> = self
            .conn
            .query_row(
                "SELECT checked_until FROM scheduler_state WHERE id = 1",
                [],
                |r| r.get(0),
            )
            .optional()?;
        Ok(text
            .and_then(|t| DateTime::parse_from_rfc3339(&t).ok())
            .map(|t| t.with_timezone(&Utc)))
    }

    pub fn was_fired(&self, key: &str) -> Result<bool> {
        Ok(self
            .conn
            .query_row("SELECT 1 FROM reminder_fired WHERE key = ?1", [key], |_| {
                Ok(())
            })
            .optional()?
            .is_some())
    }

    /// When a PHQ-9 or GAD-7 was last completed.
    fn last_questionnaire(&self) -> Result<Option<DateTime<Utc>>> {
        let at: Option<String> = self.conn.query_row(
            "SELECT max(at) FROM measure WHERE complete = 1 AND deleted_at IS NULL",
            [],
            |r| r.get(0),
        )?;
        Ok(at
            .and_then(|t| DateTime::parse_from_rfc3339(&t).ok())
            .map(|t| t.with_timezone(&Utc)))
    }

    fn home_focus_text(&self) -> Result<Option<String>> {
        Ok(self.home()?.focus.map(|f| f.text))
    }
}

/// What a [`Planner`] borrows, owned.
#[derive(Debug)]
pub struct ReminderInputs {
    pub schedule: Option<crate::schedule::sessions::StoredSchedule>,
    pub plans: Vec<crate::practice::plan::Plan>,
    pub focus: Option<String>,
    pub last_questionnaire: Option<DateTime<Utc>>,
}

impl ReminderInputs {
    pub fn planner<'a>(
        &'a self,
        settings: &'a ReminderSettings,
        zone: Tz,
        paused_until: Option<DateTime<Utc>>,
    ) -> Planner<'a> {
        Planner {
            settings,
            zone,
            schedule: self.schedule.as_ref(),
            plans: &self.plans,
            focus: self.focus.as_deref(),
            paused_until,
            last_questionnaire: self.last_questionnaire,
        }
    }
}
