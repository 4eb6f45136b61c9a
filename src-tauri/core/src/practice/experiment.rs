//! Behavioural experiments: homework as "a scientist of your own life".
//!
//! An experiment tests a belief or prediction in the person's words. Before:
//! how strongly it is believed (0–100), the test (what, when, where), the
//! safety behaviours to drop, and what they expect. Afterwards: what
//! happened, what they learned, the belief again, and what got in the way
//! (Bennett-Levy et al., Oxford Guide to Behavioural Experiments in
//! Cognitive Therapy, 2004). Only the prediction is needed: an experiment
//! can't fail, and every part after it may be left for later.
//!
//! It may start from a moment ("Test this thought"), whose self-talk the
//! UI carries over. Asked to, it becomes a one-day plan whose action is the
//! test, so the scheduler reminds at the planned time like any plan's cue.
//! Once its time has come and nothing is written up, it is "ready": offered
//! back on Home, never called overdue.

use chrono::{DateTime, Duration, FixedOffset};
use rusqlite::{params, OptionalExtension, Transaction};
use serde::{Deserialize, Serialize};

use crate::clock::{from_stored, to_stored};
use crate::error::{Error, Result};
use crate::i18n;
use crate::journal::reflection::MAX_ANSWER_CHARS;
use crate::journal::{clean_text, UNDO_WINDOW};
use crate::practice::plan::{insert_plan, Frequency, PlanInput, PlanStatus};
use crate::storage::db::Db;

/// The longest plan action an experiment's test becomes (the plan's own
/// limit); a longer test is cut at a word with an ellipsis.
const PLAN_ACTION_CHARS: usize = 300;
/// An experiment with no planned time is offered back after this long.
const READY_WITHOUT_TIME: Duration = Duration::days(1);

/// What the experiment form sends. Only `prediction` is needed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ExperimentInput {
    /// The belief or prediction to test, in the person's words.
    #[serde(default)]
    pub prediction: String,
    /// How strongly it is believed, 0–100.
    #[serde(default)]
    pub belief_before: Option<u8>,
    /// The experiment: what, when, where.
    #[serde(default)]
    pub test: String,
    /// The safety behaviours to drop.
    #[serde(default)]
    pub safety_behaviours: String,
    /// What the person expects to happen.
    #[serde(default)]
    pub expected: String,
    #[serde(default)]
    pub planned_for: Option<DateTime<FixedOffset>>,
    /// The moment it tests a thought from.
    #[serde(default)]
    pub from_moment_id: Option<i64>,
    /// Make it a one-day plan with a reminder at `planned_for` (once: an
    /// experiment that has its plan keeps it).
    #[serde(default)]
    pub remind: bool,
    /// Afterwards: what happened, what was learned, the belief again, and
    /// what got in the way.
    #[serde(default)]
    pub happened: String,
    #[serde(default)]
    pub learned: String,
    #[serde(default)]
    pub belief_after: Option<u8>,
    #[serde(default)]
    pub obstacles: String,
}

/// Where an experiment is, in the person's terms.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum ExperimentStatus {
    /// Its time hasn't come yet.
    Planned,
    /// Its time has come and nothing is written up: offered back gently.
    Ready,
    /// Something of the write-up is given.
    Done,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Experiment {
    pub id: i64,
    pub prediction: String,
    pub belief_before: Option<u8>,
    pub test: String,
    pub safety_behaviours: String,
    pub expected: String,
    pub planned_for: Option<DateTime<FixedOffset>>,
    pub from_moment_id: Option<i64>,
    pub plan_id: Option<i64>,
    pub happened: String,
    pub learned: String,
    pub belief_after: Option<u8>,
    pub obstacles: String,
    pub status: ExperimentStatus,
    pub written_up_at: Option<DateTime<FixedOffset>>,
    pub created_at: DateTime<FixedOffset>,
    pub updated_at: DateTime<FixedOffset>,
}

impl ExperimentInput {
    /// Trims and checks every part, naming the one that needs a change.
    pub fn validated(mut self) -> Result<Self> {
        for (text, label) in [
            (&mut self.prediction, "error-experiment-label-prediction"),
            (&mut self.test, "error-experiment-label-test"),
            (&mut self.safety_behaviours, "error-experiment-label-safety"),
            (&mut self.expected, "error-experiment-label-expected"),
            (&mut self.happened, "error-experiment-label-happened"),
            (&mut self.learned, "error-experiment-label-learned"),
            (&mut self.obstacles, "error-experiment-label-obstacles"),
        ] {
            clean_text(text, label, MAX_ANSWER_CHARS)?;
        }
        if self.prediction.is_empty() {
            return Err(Error::invalid(i18n::text(
                "error-experiment-no-prediction",
                &[],
            )));
        }
        for (rating, id) in [
            (self.belief_before, "error-experiment-belief-before"),
            (self.belief_after, "error-experiment-belief-after"),
        ] {
            if let Some(r) = rating.filter(|r| *r > 100) {
                return Err(Error::invalid(i18n::text(id, &[("rating", r.into())])));
            }
        }
        Ok(self)
    }

    fn written_up(&self) -> bool {
        !self.happened.is_empty()
            || !self.learned.is_empty()
            || !self.obstacles.is_empty()
            || self.belief_after.is_some()
    }
}

/// The one-day plan an experiment becomes: its test as the action, on the
/// planned day at the planned time (the time as the person set it).
fn plan_for(test: &str, at: DateTime<FixedOffset>) -> PlanInput {
    let action = if test.chars().count() > PLAN_ACTION_CHARS {
        let cut: String = test.chars().take(PLAN_ACTION_CHARS - 1).collect();
        let at_word = cut
            .rfind(char::is_whitespace)
            .map_or(cut.as_str(), |i| &cut[..i]);
        format!("{}…", at_word.trim_end())
    } else {
        test.to_owned()
    };
    PlanInput {
        action,
        amount: None,
        unit: None,
        frequency: Frequency::Daily,
        cue: String::new(),
        cue_time: Some(at.format("%H:%M").to_string()),
        start_date: Some(at.date_naive()),
        end_date: Some(at.date_naive()),
        practice: None,
        from_reflection_id: None,
    }
}

const COLUMNS: &str = "id, prediction, belief_before, test, safety, expected, planned_at,
    planned_offset, moment_id, plan_id, happened, learned, belief_after, obstacles,
    written_up_at, created_at, created_offset, updated_at, updated_offset";

fn read_row(r: &rusqlite::Row<'_>, now: DateTime<FixedOffset>) -> rusqlite::Result<Experiment> {
    let planned_for = match (r.get::<_, Option<String>>(6)?, r.get::<_, Option<i32>>(7)?) {
        (Some(at), Some(offset)) => Some(from_stored(&at, offset)?),
        _ => None,
    };
    let created_offset: i32 = r.get(16)?;
    let created_at = from_stored(&r.get::<_, String>(15)?, created_offset)?;
    let written_up_at = r
        .get::<_, Option<String>>(14)?
        .map(|at| from_stored(&at, created_offset))
        .transpose()?;
    let status = if written_up_at.is_some() {
        ExperimentStatus::Done
    } else if planned_for.map_or(created_at + READY_WITHOUT_TIME, |p| p) <= now {
        ExperimentStatus::Ready
    } else {
        ExperimentStatus::Planned
    };
    Ok(Experiment {
        id: r.get(0)?,
        prediction: r.get(1)?,
        belief_before: r.get(2)?,
        test: r.get(3)?,
        safety_behaviours: r.get(4)?,
        expected: r.get(5)?,
        planned_for,
        from_moment_id: r.get(8)?,
        plan_id: r.get(9)?,
        happened: r.get(10)?,
        learned: r.get(11)?,
        belief_after: r.get(12)?,
        obstacles: r.get(13)?,
        status,
        written_up_at,
        created_at,
        updated_at: from_stored(&r.get::<_, String>(17)?, r.get(18)?)?,
    })
}

fn not_found() -> Error {
    Error::NotFound(i18n::text("error-experiment-not-found", &[]))
}

impl Db {
    /// Every experiment, newest first.
    pub fn list_experiments(&self) -> Result<Vec<Experiment>> {
        self.experiments_where("deleted_at IS NULL ORDER BY created_at DESC, id DESC", [])
    }

    pub fn experiment(&self, id: i64) -> Result<Experiment> {
        self.experiments_where("id = ?1 AND deleted_at IS NULL", [id])?
            .pop()
            .ok_or_else(not_found)
    }

    fn experiments_where<P: rusqlite::Params>(
        &self,
        filter: &str,
        params: P,
    ) -> Result<Vec<Experiment>> {
        let now = self.clock.now();
        let mut stmt = self
            .conn
            .prepare_cached(&format!("SELECT {COLUMNS} FROM experiment WHERE {filter}"))?;
        let rows = stmt
            .query_map(params, |r| read_row(r, now))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    /// Saves a new experiment; with `remind`, its one-day plan too, in the
    /// same transaction.
    pub fn create_experiment(&mut self, input: ExperimentInput) -> Result<Experiment> {
        let input = input.validated()?;
        self.check_moment_link(input.from_moment_id)?;
        let now = self.clock.now();
        let tx = self.conn.transaction()?;
        let id = insert_experiment(&tx, &uuid::Uuid::new_v4().to_string(), &input, now)?;
        tx.commit()?;
        self.experiment(id)
    }

    /// Replaces an experiment's parts: the plan and the write-up alike.
    /// Its plan, if it has one, moves with a new planned time.
    pub fn update_experiment(&mut self, id: i64, input: ExperimentInput) -> Result<Experiment> {
        let existing = self.experiment(id)?;
        let input = input.validated()?;
        // Only a new link is checked: the write-up of an experiment whose
        // moment was deleted since is still saved.
        if input.from_moment_id != existing.from_moment_id {
            self.check_moment_link(input.from_moment_id)?;
        }
        let now = self.clock.now();
        let tx = self.conn.transaction()?;
        let plan_id = remind_plan(&tx, &input, existing.plan_id, now)?;
        if let (Some(plan), Some(at)) = (existing.plan_id, input.planned_for) {
            if existing.planned_for != Some(at) {
                move_plan(&tx, plan, at, now)?;
            }
        }
        // First written up now, kept from before, or cleared with the
        // write-up itself.
        let written_up_at = match (input.written_up(), existing.written_up_at) {
            (false, _) => None,
            (true, Some(at)) => Some(to_stored(&at).0),
            (true, None) => Some(to_stored(&now).0),
        };
        write_parts(&tx, id, &input, plan_id, written_up_at, now)?;
        tx.commit()?;
        self.experiment(id)
    }

    /// Deletes an experiment; "Undo" can bring it back for a while. Its
    /// plan stays in Practice, where the person manages their plans.
    pub fn delete_experiment(&mut self, id: i64) -> Result<()> {
        let (now, _) = to_stored(&self.clock.now());
        let changed = self.conn.execute(
            "UPDATE experiment SET deleted_at = ?2 WHERE id = ?1 AND deleted_at IS NULL",
            params![id, now],
        )?;
        if changed == 0 {
            return Err(not_found());
        }
        Ok(())
    }

    pub fn restore_experiment(&mut self, id: i64) -> Result<Experiment> {
        let (cutoff, _) = to_stored(&(self.clock.now() - UNDO_WINDOW));
        let changed = self.conn.execute(
            "UPDATE experiment SET deleted_at = NULL
             WHERE id = ?1 AND deleted_at IS NOT NULL AND deleted_at >= ?2",
            params![id, cutoff],
        )?;
        if changed == 0 {
            return Err(Error::NotFound(i18n::text(
                "error-experiment-not-restorable",
                &[],
            )));
        }
        self.experiment(id)
    }

    /// Removes for good the experiments deleted longer ago than the undo
    /// window.
    pub(crate) fn purge_deleted_experiments(&mut self) -> Result<()> {
        let (cutoff, _) = to_stored(&(self.clock.now() - UNDO_WINDOW));
        self.conn.execute(
            "DELETE FROM experiment WHERE deleted_at IS NOT NULL AND deleted_at < ?1",
            [cutoff],
        )?;
        Ok(())
    }

    fn check_moment_link(&self, moment_id: Option<i64>) -> Result<()> {
        if let Some(id) = moment_id {
            let live: Option<i64> = self
                .conn
                .query_row(
                    "SELECT id FROM moment WHERE id = ?1 AND deleted_at IS NULL",
                    [id],
                    |r| r.get(0),
                )
                .optional()?;
            if live.is_none() {
                return Err(Error::NotFound(i18n::text(
                    "error-experiment-moment-gone",
                    &[],
                )));
            }
        }
        Ok(())
    }

    /// The experiments the brief reports for `[since, until)`: planned for
    /// those days, written up in them, or (with no time) made in them. An
    /// experiment testing a private moment's thought is left out unless
    /// private entries are included.
    pub(crate) fn experiments_between(
        &self,
        since: &str,
        until: &str,
        include_private: bool,
    ) -> Result<Vec<Experiment>> {
        let mut out = self.experiments_where(
            "deleted_at IS NULL
               AND ((planned_at >= ?1 AND planned_at < ?2)
                 OR (written_up_at >= ?1 AND written_up_at < ?2)
                 OR (planned_at IS NULL AND created_at >= ?1 AND created_at < ?2))
               AND (?3 OR moment_id IS NULL OR NOT EXISTS (
                     SELECT 1 FROM entry e WHERE e.kind = 'moment'
                       AND e.ref_id = experiment.moment_id AND e.private = 1))
             ORDER BY coalesce(planned_at, created_at), id",
            params![since, until, include_private],
        )?;
        out.truncate(MAX_IN_BRIEF);
        Ok(out)
    }
}

/// Inserts a checked experiment under `uid` (with its reminder plan if
/// asked for): what "create" and a therapist's homework file share.
pub(crate) fn insert_experiment(
    tx: &Transaction<'_>,
    uid: &str,
    input: &ExperimentInput,
    now: DateTime<FixedOffset>,
) -> Result<i64> {
    let plan_id = remind_plan(tx, input, None, now)?;
    let (now_utc, now_off) = to_stored(&now);
    tx.execute(
        "INSERT INTO experiment (uid, prediction, created_at, created_offset, updated_at,
             updated_offset)
         VALUES (?1, ?2, ?3, ?4, ?3, ?4)",
        params![uid, input.prediction, now_utc, now_off],
    )?;
    let id = tx.last_insert_rowid();
    let written_up_at = input.written_up().then_some(now_utc);
    write_parts(tx, id, input, plan_id, written_up_at, now)?;
    Ok(id)
}

/// Enough for a session; the rest are in the app.
const MAX_IN_BRIEF: usize = 10;

/// Writes every part of an experiment the form gives, with its plan and
/// when it was first written up: what "create" and "update" share.
fn write_parts(
    tx: &Transaction<'_>,
    id: i64,
    input: &ExperimentInput,
    plan_id: Option<i64>,
    written_up_at: Option<String>,
    now: DateTime<FixedOffset>,
) -> Result<()> {
    let (now_utc, now_off) = to_stored(&now);
    let (planned_at, planned_off) = input.planned_for.as_ref().map(to_stored).unzip();
    tx.execute(
        "UPDATE experiment SET prediction = ?2, belief_before = ?3, test = ?4, safety = ?5,
             expected = ?6, planned_at = ?7, planned_offset = ?8, moment_id = ?9,
             plan_id = ?10, happened = ?11, learned = ?12, belief_after = ?13,
             obstacles = ?14, written_up_at = ?15, updated_at = ?16, updated_offset = ?17
         WHERE id = ?1 AND deleted_at IS NULL",
        params![
            id,
            input.prediction,
            input.belief_before,
            input.test,
            input.safety_behaviours,
            input.expected,
            planned_at,
            planned_off,
            input.from_moment_id,
            plan_id,
            input.happened,
            input.learned,
            input.belief_after,
            input.obstacles,
            written_up_at,
            now_utc,
            now_off,
        ],
    )?;
    Ok(())
}

/// The plan `remind` asks for, made now if the experiment has none yet;
/// otherwise the plan it has (or none).
fn remind_plan(
    tx: &Transaction<'_>,
    input: &ExperimentInput,
    existing: Option<i64>,
    now: DateTime<FixedOffset>,
) -> Result<Option<i64>> {
    if existing.is_some() || !input.remind {
        return Ok(existing);
    }
    let Some(at) = input.planned_for.filter(|at| *at > now) else {
        return Err(Error::invalid(i18n::text(
            "error-experiment-remind-needs-time",
            &[],
        )));
    };
    if input.test.is_empty() {
        return Err(Error::invalid(i18n::text(
            "error-experiment-remind-needs-test",
            &[],
        )));
    }
    let plan = plan_for(&input.test, at).validated(now.date_naive())?;
    let id = insert_plan(
        tx,
        &uuid::Uuid::new_v4().to_string(),
        &plan,
        PlanStatus::Active,
        now,
        now,
    )?;
    Ok(Some(id))
}

/// Moves an experiment's one-day plan to its new planned time, unless the
/// person has made the plan their own since (archived it, or it runs for
/// more than one day).
fn move_plan(
    tx: &Transaction<'_>,
    plan: i64,
    at: DateTime<FixedOffset>,
    now: DateTime<FixedOffset>,
) -> Result<()> {
    let day = at.date_naive().to_string();
    let (now_utc, now_off) = to_stored(&now);
    tx.execute(
        "UPDATE plan SET start_date = ?2, end_date = ?2, cue_time = ?3,
             updated_at = ?4, updated_offset = ?5
         WHERE id = ?1 AND status = 'active' AND end_date = start_date",
        params![plan, day, at.format("%H:%M").to_string(), now_utc, now_off],
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_test_becomes_a_plan_action_cut_at_a_word() {
        let at = DateTime::parse_from_rfc3339("2026-12-02T10:00:00+01:00").unwrap_or_default();
        let long = "speak up ".repeat(50);
        let plan = plan_for(long.trim(), at);
        assert!(plan.action.chars().count() <= PLAN_ACTION_CHARS);
        assert!(plan.action.ends_with("up…"), "{}", plan.action);
        assert_eq!(plan.cue_time.as_deref(), Some("10:00"));
        assert_eq!(plan.start_date, plan.end_date);
    }
}
