//! Activities: planned in the service of a value, logged as they went.
//!
//! Planned, an activity carries a prediction on three 0–10 scales: mood,
//! sense of achievement (mastery) and enjoyment (pleasure), after the
//! activity schedule of cognitive therapy for depression (Beck, Rush, Shaw
//! & Emery, 1979) as behavioural activation uses it (Martell, Addis &
//! Jacobson, 2001). Logged, it carries the same three as they were, so the
//! person can see "you expected 3, it was 6". Something done without a
//! plan is logged the same way, with no prediction. Every rating may be
//! left out: a rating never given is never made up.

use chrono::{DateTime, FixedOffset};
use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};

use super::check_rating;
use super::values::{read_area, LifeArea};
use crate::clock::{from_stored, to_stored};
use crate::error::{Error, Result};
use crate::i18n;
use crate::journal::reflection::MAX_ANSWER_CHARS;
use crate::journal::{check_not_future, clean_text, UNDO_WINDOW};
use crate::storage::db::Db;

/// An activity is named in a line.
pub const MAX_WHAT_CHARS: usize = 300;

/// Mood, sense of achievement and enjoyment, each 0–10 or not rated.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Ratings {
    #[serde(default)]
    pub mood: Option<u8>,
    #[serde(default)]
    pub mastery: Option<u8>,
    #[serde(default)]
    pub pleasure: Option<u8>,
}

impl Ratings {
    fn any(self) -> bool {
        self.mood.is_some() || self.mastery.is_some() || self.pleasure.is_some()
    }

    fn checked(self) -> Result<Self> {
        check_rating(self.mood, "error-activity-label-mood")?;
        check_rating(self.mastery, "error-activity-label-mastery")?;
        check_rating(self.pleasure, "error-activity-label-pleasure")?;
        Ok(self)
    }
}

/// What the activity form sends: a plan (`planned_for` and `predicted`),
/// a log (`done_at` and `actual`), or both.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ActivityInput {
    #[serde(default)]
    pub what: String,
    /// The value it serves, if any.
    #[serde(default)]
    pub value_id: Option<i64>,
    #[serde(default)]
    pub planned_for: Option<DateTime<FixedOffset>>,
    #[serde(default)]
    pub predicted: Ratings,
    /// When it was done; `None` while it is still a plan.
    #[serde(default)]
    pub done_at: Option<DateTime<FixedOffset>>,
    #[serde(default)]
    pub actual: Ratings,
    #[serde(default)]
    pub note: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum ActivityStatus {
    /// Its time hasn't come yet.
    Planned,
    /// Its time has come and it isn't logged: there to log whenever the
    /// person likes, never "missed".
    Ready,
    Done,
}

/// The value an activity serves, as the list shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ValueLink {
    pub id: i64,
    pub area: LifeArea,
    pub words: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Activity {
    pub id: i64,
    pub what: String,
    /// The value it serves while that value is kept.
    pub value: Option<ValueLink>,
    pub planned_for: Option<DateTime<FixedOffset>>,
    pub predicted: Ratings,
    pub done_at: Option<DateTime<FixedOffset>>,
    pub actual: Ratings,
    pub note: String,
    pub status: ActivityStatus,
    pub created_at: DateTime<FixedOffset>,
    pub updated_at: DateTime<FixedOffset>,
}

impl ActivityInput {
    /// Trims and checks every part, naming the one that needs a change.
    pub fn validated(mut self, now: DateTime<FixedOffset>) -> Result<Self> {
        clean_text(&mut self.what, "error-activity-label-what", MAX_WHAT_CHARS)?;
        clean_text(
            &mut self.note,
            "error-activity-label-note",
            MAX_ANSWER_CHARS,
        )?;
        if self.what.is_empty() {
            return Err(Error::invalid(i18n::text("error-activity-no-what", &[])));
        }
        self.predicted = self.predicted.checked()?;
        self.actual = self.actual.checked()?;
        if self.planned_for.is_none() && self.done_at.is_none() {
            return Err(Error::invalid(i18n::text("error-activity-no-time", &[])));
        }
        if self.done_at.is_none() && (self.actual.any() || !self.note.is_empty()) {
            return Err(Error::invalid(i18n::text(
                "error-activity-actual-needs-done",
                &[],
            )));
        }
        check_not_future(self.done_at, now, "error-activity-label-done-at")?;
        Ok(self)
    }
}

const COLUMNS: &str = "a.id, a.what, v.id, v.area, v.words, a.planned_at, a.planned_offset,
    a.predicted_mood, a.predicted_mastery, a.predicted_pleasure, a.done_at, a.done_offset,
    a.actual_mood, a.actual_mastery, a.actual_pleasure, a.note, a.created_at,
    a.created_offset, a.updated_at, a.updated_offset";

fn at(r: &rusqlite::Row<'_>, i: usize) -> rusqlite::Result<Option<DateTime<FixedOffset>>> {
    match (
        r.get::<_, Option<String>>(i)?,
        r.get::<_, Option<i32>>(i + 1)?,
    ) {
        (Some(at), Some(offset)) => Ok(Some(from_stored(&at, offset)?)),
        _ => Ok(None),
    }
}

fn ratings(r: &rusqlite::Row<'_>, i: usize) -> rusqlite::Result<Ratings> {
    Ok(Ratings {
        mood: r.get(i)?,
        mastery: r.get(i + 1)?,
        pleasure: r.get(i + 2)?,
    })
}

fn read_row(r: &rusqlite::Row<'_>, now: DateTime<FixedOffset>) -> rusqlite::Result<Activity> {
    let value = match r.get::<_, Option<i64>>(2)? {
        Some(id) => Some(ValueLink {
            id,
            area: read_area(r, 3)?,
            words: r.get(4)?,
        }),
        None => None,
    };
    let planned_for = at(r, 5)?;
    let done_at = at(r, 10)?;
    let status = match (done_at, planned_for) {
        (Some(_), _) => ActivityStatus::Done,
        (None, Some(p)) if p > now => ActivityStatus::Planned,
        (None, _) => ActivityStatus::Ready,
    };
    Ok(Activity {
        id: r.get(0)?,
        what: r.get(1)?,
        value,
        planned_for,
        predicted: ratings(r, 7)?,
        done_at,
        actual: ratings(r, 12)?,
        note: r.get(15)?,
        status,
        created_at: from_stored(&r.get::<_, String>(16)?, r.get(17)?)?,
        updated_at: from_stored(&r.get::<_, String>(18)?, r.get(19)?)?,
    })
}

fn not_found() -> Error {
    Error::NotFound(i18n::text("error-activity-not-found", &[]))
}

impl Db {
    /// Every activity: the ones still to do (soonest first), then the ones
    /// done (latest first).
    pub fn list_activities(&self) -> Result<Vec<Activity>> {
        self.activities_where(
            "a.deleted_at IS NULL
             ORDER BY a.done_at IS NOT NULL,
                      CASE WHEN a.done_at IS NULL THEN a.planned_at END,
                      a.done_at DESC, a.id DESC",
            [],
        )
    }

    pub fn activity(&self, id: i64) -> Result<Activity> {
        self.activities_where("a.id = ?1 AND a.deleted_at IS NULL", [id])?
            .pop()
            .ok_or_else(not_found)
    }

    fn activities_where<P: rusqlite::Params>(
        &self,
        filter: &str,
        params: P,
    ) -> Result<Vec<Activity>> {
        let now = self.clock.now();
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {COLUMNS} FROM activity a
             LEFT JOIN life_value v ON v.id = a.value_id AND v.deleted_at IS NULL
             WHERE {filter}"
        ))?;
        let rows = stmt
            .query_map(params, |r| read_row(r, now))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    /// Plans an activity, or logs one done without a plan.
    pub fn create_activity(&mut self, input: ActivityInput) -> Result<Activity> {
        let now = self.clock.now();
        let input = input.validated(now)?;
        self.check_value_link(input.value_id)?;
        let (now_utc, now_off) = to_stored(&now);
        // One transaction: a fault between the two writes leaves nothing.
        let tx = self.conn.transaction()?;
        tx.execute(
            "INSERT INTO activity (uid, what, created_at, created_offset, updated_at,
                 updated_offset)
             VALUES (?1, ?2, ?3, ?4, ?3, ?4)",
            params![
                uuid::Uuid::new_v4().to_string(),
                input.what,
                now_utc,
                now_off
            ],
        )?;
        let id = tx.last_insert_rowid();
        write_activity(&tx, id, &input, now)?;
        tx.commit()?;
        self.activity(id)
    }

    /// Replaces an activity's parts: logging it afterwards is an update.
    pub fn update_activity(&mut self, id: i64, input: ActivityInput) -> Result<Activity> {
        let existing = self.activity(id)?;
        let input = input.validated(self.clock.now())?;
        // Only a new link is checked: logging an activity whose value was
        // deleted since still saves.
        if input.value_id != existing.value.as_ref().map(|v| v.id) {
            self.check_value_link(input.value_id)?;
        }
        write_activity(&self.conn, id, &input, self.clock.now())?;
        self.activity(id)
    }

    pub fn delete_activity(&mut self, id: i64) -> Result<()> {
        let (now, _) = to_stored(&self.clock.now());
        let changed = self.conn.execute(
            "UPDATE activity SET deleted_at = ?2 WHERE id = ?1 AND deleted_at IS NULL",
            params![id, now],
        )?;
        if changed == 0 {
            return Err(not_found());
        }
        Ok(())
    }

    pub fn restore_activity(&mut self, id: i64) -> Result<Activity> {
        let (cutoff, _) = to_stored(&(self.clock.now() - UNDO_WINDOW));
        let changed = self.conn.execute(
            "UPDATE activity SET deleted_at = NULL
             WHERE id = ?1 AND deleted_at IS NOT NULL AND deleted_at >= ?2",
            params![id, cutoff],
        )?;
        if changed == 0 {
            return Err(Error::NotFound(i18n::text(
                "error-activity-not-restorable",
                &[],
            )));
        }
        self.activity(id)
    }

    pub(crate) fn purge_deleted_activities(&mut self) -> Result<()> {
        let (cutoff, _) = to_stored(&(self.clock.now() - UNDO_WINDOW));
        self.conn.execute(
            "DELETE FROM activity WHERE deleted_at IS NOT NULL AND deleted_at < ?1",
            [cutoff],
        )?;
        Ok(())
    }

    fn check_value_link(&self, value_id: Option<i64>) -> Result<()> {
        if let Some(id) = value_id {
            let live: Option<i64> = self
                .conn
                .query_row(
                    "SELECT id FROM life_value WHERE id = ?1 AND deleted_at IS NULL",
                    [id],
                    |r| r.get(0),
                )
                .optional()?;
            if live.is_none() {
                return Err(Error::NotFound(i18n::text(
                    "error-activity-value-gone",
                    &[],
                )));
            }
        }
        Ok(())
    }
}

/// Writes every part the form gives: what "create" and "update" share.
fn write_activity(
    conn: &rusqlite::Connection,
    id: i64,
    input: &ActivityInput,
    now: DateTime<FixedOffset>,
) -> Result<()> {
    let (now_utc, now_off) = to_stored(&now);
    let (planned_at, planned_off) = input.planned_for.as_ref().map(to_stored).unzip();
    let (done_at, done_off) = input.done_at.as_ref().map(to_stored).unzip();
    let (p, a) = (input.predicted, input.actual);
    conn.execute(
        "UPDATE activity SET what = ?2, value_id = ?3, planned_at = ?4, planned_offset = ?5,
             predicted_mood = ?6, predicted_mastery = ?7, predicted_pleasure = ?8,
             done_at = ?9, done_offset = ?10, actual_mood = ?11, actual_mastery = ?12,
             actual_pleasure = ?13, note = ?14, updated_at = ?15, updated_offset = ?16
         WHERE id = ?1 AND deleted_at IS NULL",
        params![
            id,
            input.what,
            input.value_id,
            planned_at,
            planned_off,
            p.mood,
            p.mastery,
            p.pleasure,
            done_at,
            done_off,
            a.mood,
            a.mastery,
            a.pleasure,
            input.note,
            now_utc,
            now_off,
        ],
    )?;
    Ok(())
}
