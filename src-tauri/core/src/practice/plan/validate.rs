//! The rules a plan must meet before it is saved: something to do, amounts
//! that make sense, and a schedule that actually comes up. Each refusal
//! says what to change.

use chrono::NaiveDate;
use chrono::NaiveTime;

use super::sentence::strip_i_will;
use super::{Frequency, PlanInput, Unit};
use crate::error::{Error, Result};

const MAX_ACTION_CHARS: usize = 300;
const MAX_CUE_CHARS: usize = 200;

impl PlanInput {
    /// Trims text and checks that the plan can happen; the message says
    /// what to change.
    pub fn validated(mut self, today: NaiveDate) -> Result<Self> {
        self.action = strip_i_will(self.action.trim()).to_owned();
        self.cue = self.cue.trim().to_owned();
        if self.action.is_empty() {
            return Err(Error::invalid(
                "Write what you'll do — that's the one thing a plan needs.",
            ));
        }
        if self.action.chars().count() > MAX_ACTION_CHARS {
            return Err(Error::invalid(format!(
                "The action can be up to {MAX_ACTION_CHARS} characters. A short, concrete action \
                 is easier to keep."
            )));
        }
        if self.cue.chars().count() > MAX_CUE_CHARS {
            return Err(Error::invalid(format!(
                "The cue can be up to {MAX_CUE_CHARS} characters."
            )));
        }
        match (self.amount, self.unit) {
            (Some(0), _) => {
                return Err(Error::invalid(
                    "The amount needs to be more than zero — even one minute counts.",
                ))
            }
            (Some(n), Some(Unit::Minutes) | None) if n > 600 => {
                return Err(Error::invalid(
                    "That's more than ten hours. Smaller amounts are kinder to start with.",
                ))
            }
            (Some(n), Some(Unit::Times)) if n > 100 => {
                return Err(Error::invalid("Up to 100 times can be planned at once."))
            }
            (Some(_), None) => self.unit = Some(Unit::Minutes),
            (None, Some(_)) => self.unit = None,
            _ => {}
        }
        match &mut self.frequency {
            Frequency::Weekdays { days } => {
                days.sort_unstable();
                days.dedup();
                if days.is_empty() {
                    return Err(Error::invalid(
                        "Pick at least one day, or choose \"every day\".",
                    ));
                }
                if days.iter().any(|d| !(1..=7).contains(d)) {
                    return Err(Error::invalid(
                        "Days are numbered 1 (Monday) to 7 (Sunday).",
                    ));
                }
            }
            Frequency::PerWeek { times } if !(1..=7).contains(times) => {
                return Err(Error::invalid(
                    "A week has room for 1 to 7 times; pick a number in between.",
                ))
            }
            Frequency::PerDay { times } if !(2..=12).contains(times) => {
                return Err(Error::invalid(
                    "Several times a day means 2 to 12; for once a day, choose \"every day\".",
                ))
            }
            _ => {}
        }
        if let Some(time) = &self.cue_time {
            let time = time.trim();
            if time.is_empty() {
                self.cue_time = None;
            } else {
                let parsed = NaiveTime::parse_from_str(time, "%H:%M")
                    .map_err(|_| Error::invalid(format!("\"{time}\" isn't a time like 07:30.")))?;
                self.cue_time = Some(parsed.format("%H:%M").to_string());
            }
        }
        let start = *self.start_date.get_or_insert(today);
        if let Some(end) = self.end_date {
            if end < start {
                return Err(Error::invalid(
                    "The end date is before the start date. Move one of them so the plan has \
                     room to happen.",
                ));
            }
            let happens = start
                .iter_days()
                .take_while(|d| *d <= end)
                .take(7)
                .any(|d| self.frequency.may_happen_on(d));
            if !happens {
                return Err(Error::invalid(
                    "None of the chosen days fall between the start and end dates, so this plan \
                     would never come up. Widen the dates or pick other days.",
                ));
            }
        }
        Ok(self)
    }
}
