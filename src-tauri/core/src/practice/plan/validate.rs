//! The rules a plan must meet before it is saved: something to do, amounts
//! that make sense, and a schedule that actually comes up. Each refusal
//! says what to change.

use chrono::NaiveDate;
use chrono::NaiveTime;

use super::sentence::strip_i_will;
use super::{Frequency, PlanInput, Unit};
use crate::error::{Error, Result};
use crate::i18n;

const MAX_ACTION_CHARS: usize = 300;
const MAX_CUE_CHARS: usize = 200;
/// The most repetitions one plan can ask for at once.
const MAX_TIMES: u32 = 100;
/// The most times a day a plan can come up.
const MAX_PER_DAY: u8 = 12;

/// A refusal in the language in use.
fn refused(id: &str, args: &[(&str, i18n::Arg<'_>)]) -> Error {
    Error::invalid(i18n::text(id, args))
}

impl PlanInput {
    /// Trims text and checks that the plan can happen; the message says
    /// what to change.
    pub fn validated(mut self, today: NaiveDate) -> Result<Self> {
        self.action = strip_i_will(self.action.trim()).to_owned();
        self.cue = self.cue.trim().to_owned();
        if self.action.is_empty() {
            return Err(refused("error-practice-no-action", &[]));
        }
        if self.action.chars().count() > MAX_ACTION_CHARS {
            return Err(refused(
                "error-practice-action-too-long",
                &[("max", MAX_ACTION_CHARS.into())],
            ));
        }
        if self.cue.chars().count() > MAX_CUE_CHARS {
            return Err(refused(
                "error-practice-cue-too-long",
                &[("max", MAX_CUE_CHARS.into())],
            ));
        }
        self.check_amount()?;
        check_frequency(&mut self.frequency)?;
        if let Some(time) = &self.cue_time {
            let time = time.trim();
            if time.is_empty() {
                self.cue_time = None;
            } else {
                let parsed = NaiveTime::parse_from_str(time, "%H:%M")
                    .map_err(|_| refused("error-practice-cue-time", &[("value", time.into())]))?;
                self.cue_time = Some(parsed.format("%H:%M").to_string());
            }
        }
        let start = *self.start_date.get_or_insert(today);
        if let Some(end) = self.end_date {
            if end < start {
                return Err(refused("error-practice-end-before-start", &[]));
            }
            let happens = start
                .iter_days()
                .take_while(|d| *d <= end)
                .take(7)
                .any(|d| self.frequency.may_happen_on(d));
            if !happens {
                return Err(refused("error-practice-never-comes-up", &[]));
            }
        }
        Ok(self)
    }

    /// Checks the amount, and gives it a unit (minutes) when it has none,
    /// or drops the unit when there is no amount.
    fn check_amount(&mut self) -> Result<()> {
        match (self.amount, self.unit) {
            (Some(0), _) => return Err(refused("error-practice-amount-zero", &[])),
            (Some(n), Some(Unit::Minutes) | None) if n > 600 => {
                return Err(refused("error-practice-amount-too-long", &[]))
            }
            (Some(n), Some(Unit::Times)) if n > MAX_TIMES => {
                return Err(refused(
                    "error-practice-too-many-times",
                    &[("max", MAX_TIMES.into())],
                ))
            }
            (Some(_), None) => self.unit = Some(Unit::Minutes),
            (None, Some(_)) => self.unit = None,
            _ => {}
        }
        Ok(())
    }
}

/// Sorts a plan's weekdays and checks that its days or times make sense.
fn check_frequency(frequency: &mut Frequency) -> Result<()> {
    match frequency {
        Frequency::Weekdays { days } => {
            days.sort_unstable();
            days.dedup();
            if days.is_empty() {
                return Err(refused("error-practice-pick-a-day", &[]));
            }
            if days.iter().any(|d| !(1..=7).contains(d)) {
                return Err(refused("error-practice-day-numbers", &[]));
            }
        }
        Frequency::PerWeek { times } if !(1..=7).contains(times) => {
            return Err(refused("error-practice-per-week", &[]))
        }
        Frequency::PerDay { times } if !(2..=MAX_PER_DAY).contains(times) => {
            return Err(refused(
                "error-practice-per-day",
                &[("max", MAX_PER_DAY.into())],
            ))
        }
        _ => {}
    }
    Ok(())
}
