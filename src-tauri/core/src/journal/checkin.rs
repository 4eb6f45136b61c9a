//! Mood check-ins: a number from 1 to 10, a few feeling words if they come,
//! and a line if there is one. Quick on purpose: a daily check-in is the
//! data the mood chart and the session brief are drawn from.

use chrono::{DateTime, FixedOffset};
use rusqlite::{params, OptionalExtension, Transaction};
use serde::{Deserialize, Serialize};

use super::{tags, EntryFlags, EntryInput, Kind, SpineRow};
use crate::clock::{from_stored, to_stored};
use crate::error::{Error, Result};
use crate::i18n;
use crate::journal::reflection::{clean_feelings, MAX_ANSWER_CHARS};
use crate::storage::db::Db;

/// What the check-in form sends.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CheckinInput {
    /// When; defaults to now.
    #[serde(default)]
    pub at: Option<DateTime<FixedOffset>>,
    /// 1 (low) to 10 (good). Required: it is what a check-in is.
    #[serde(default)]
    pub mood: Option<u8>,
    #[serde(default)]
    pub feelings: Vec<String>,
    #[serde(default)]
    pub note: String,
    #[serde(default)]
    pub starred: Option<bool>,
    #[serde(default)]
    pub private: Option<bool>,
    #[serde(default)]
    pub tags: Option<Vec<String>>,
}

/// A saved check-in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Checkin {
    pub id: i64,
    pub at: DateTime<FixedOffset>,
    pub mood: u8,
    pub feelings: Vec<String>,
    pub note: String,
    pub starred: bool,
    pub private: bool,
    pub tags: Vec<String>,
    pub created_at: DateTime<FixedOffset>,
    pub updated_at: DateTime<FixedOffset>,
}

impl CheckinInput {
    /// Trims and checks every part, naming the field that needs a change.
    pub fn validated(mut self, now: DateTime<FixedOffset>) -> Result<Self> {
        let Some(mood) = self.mood else {
            return Err(Error::invalid(i18n::text(
                "error-journal-checkin-needs-mood",
                &[],
            )));
        };
        super::check_mood(Some(mood), "error-journal-label-your-mood")?;
        super::clean_text(
            &mut self.note,
            "error-journal-label-your-note",
            MAX_ANSWER_CHARS,
        )?;
        self.feelings = clean_feelings(std::mem::take(&mut self.feelings))?;
        if let Some(tags) = self.tags.take() {
            self.tags = Some(tags::clean(tags)?);
        }
        super::check_not_future(self.at, now, "error-journal-label-checkin-time")?;
        Ok(self)
    }
}

impl Db {
    /// Saves a new check-in and clears the new-check-in draft.
    pub fn create_checkin(&mut self, input: CheckinInput) -> Result<Checkin> {
        let id = self.create_entry(input)?;
        self.checkin(id)
    }

    /// Replaces a check-in and clears its draft.
    pub fn update_checkin(&mut self, id: i64, input: CheckinInput) -> Result<Checkin> {
        let existing = self.checkin(id)?;
        self.update_entry(id, input, existing.at)?;
        self.checkin(id)
    }

    /// One check-in, unless it was deleted.
    pub fn checkin(&self, id: i64) -> Result<Checkin> {
        // Cached: exports read every entry through here.
        let row = self
            .conn
            .prepare_cached(
                "SELECT c.at, c.at_offset, c.mood, c.note, c.created_at, c.created_offset,
                        c.updated_at, c.updated_offset, e.id, e.starred, e.private
                 FROM checkin c JOIN entry e ON e.kind = 'checkin' AND e.ref_id = c.id
                 WHERE c.id = ?1 AND c.deleted_at IS NULL",
            )?
            .query_row([id], |r| {
                let checkin = Checkin {
                    id,
                    at: from_stored(&r.get::<_, String>(0)?, r.get(1)?)?,
                    mood: r.get(2)?,
                    note: r.get(3)?,
                    created_at: from_stored(&r.get::<_, String>(4)?, r.get(5)?)?,
                    updated_at: from_stored(&r.get::<_, String>(6)?, r.get(7)?)?,
                    starred: r.get(9)?,
                    private: r.get(10)?,
                    feelings: Vec::new(),
                    tags: Vec::new(),
                };
                Ok((checkin, r.get::<_, i64>(8)?))
            })
            .optional()?;
        let Some((mut checkin, entry_id)) = row else {
            return Err(super::not_found(Kind::Checkin));
        };
        checkin.feelings = feelings_of(&self.conn, id)?;
        checkin.tags = tags::of_entry(&self.conn, entry_id)?;
        Ok(checkin)
    }
}

impl EntryInput for CheckinInput {
    const KIND: Kind = Kind::Checkin;

    fn validated(self, now: DateTime<FixedOffset>) -> Result<Self> {
        CheckinInput::validated(self, now)
    }

    fn at(&self) -> Option<DateTime<FixedOffset>> {
        self.at
    }

    fn flags(&self) -> EntryFlags {
        EntryFlags {
            starred: self.starred,
            private: self.private,
        }
    }

    fn tags(&self) -> Option<&[String]> {
        self.tags.as_deref()
    }

    fn insert_rows(
        &self,
        tx: &Transaction<'_>,
        uid: &str,
        at: DateTime<FixedOffset>,
        created: DateTime<FixedOffset>,
        updated: DateTime<FixedOffset>,
    ) -> Result<i64> {
        let (at, offset) = to_stored(&at);
        let (created_utc, created_off) = to_stored(&created);
        let (updated_utc, updated_off) = to_stored(&updated);
        tx.prepare_cached(
            "INSERT INTO checkin (uid, at, at_offset, mood, note, created_at, created_offset,
                 updated_at, updated_offset)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        )?
        .execute(params![
            uid,
            at,
            offset,
            self.mood,
            self.note,
            created_utc,
            created_off,
            updated_utc,
            updated_off
        ])?;
        let id = tx.last_insert_rowid();
        self.write_feelings(tx, id)?;
        Ok(id)
    }

    fn update_rows(
        &self,
        tx: &Transaction<'_>,
        id: i64,
        at: DateTime<FixedOffset>,
        now: DateTime<FixedOffset>,
    ) -> Result<()> {
        let (at, offset) = to_stored(&at);
        let (now_utc, now_off) = to_stored(&now);
        tx.prepare_cached(
            "UPDATE checkin SET at = ?2, at_offset = ?3, mood = ?4, note = ?5, updated_at = ?6,
                 updated_offset = ?7
             WHERE id = ?1 AND deleted_at IS NULL",
        )?
        .execute(params![
            id, at, offset, self.mood, self.note, now_utc, now_off
        ])?;
        self.write_feelings(tx, id)
    }
}

impl CheckinInput {
    fn write_feelings(&self, tx: &Transaction<'_>, id: i64) -> Result<()> {
        tx.prepare_cached("DELETE FROM checkin_feeling WHERE checkin_id = ?1")?
            .execute([id])?;
        let mut stmt = tx.prepare_cached(
            "INSERT INTO checkin_feeling (checkin_id, position, word) VALUES (?1, ?2, ?3)",
        )?;
        for (position, word) in (0_i64..).zip(&self.feelings) {
            stmt.execute(params![id, position, word])?;
        }
        Ok(())
    }
}

pub(crate) fn feelings_of(conn: &rusqlite::Connection, id: i64) -> Result<Vec<String>> {
    let mut stmt = conn.prepare_cached(
        "SELECT word FROM checkin_feeling WHERE checkin_id = ?1 ORDER BY position",
    )?;
    let words = stmt
        .query_map([id], |r| r.get(0))?
        .collect::<rusqlite::Result<Vec<String>>>()?;
    Ok(words)
}

/// What the timeline and search keep of a check-in.
pub(crate) fn spine_row(tx: &Transaction<'_>, id: i64) -> Result<Option<SpineRow>> {
    let row = tx
        .prepare_cached("SELECT at, at_offset, mood, note, deleted_at FROM checkin WHERE id = ?1")?
        .query_row([id], |r| {
            Ok((
                from_stored(&r.get::<_, String>(0)?, r.get(1)?)?,
                r.get::<_, u8>(2)?,
                r.get::<_, String>(3)?,
                r.get::<_, Option<String>>(4)?,
            ))
        })
        .optional()?;
    let Some((at, mood, note, deleted_at)) = row else {
        return Ok(None);
    };
    let words = feelings_of(tx, id)?.join(", ");
    Ok(Some(SpineRow {
        at,
        // The timeline shows the mood beside the summary, so a bare
        // check-in's summary doesn't repeat it.
        summary: super::summary_of([note.as_str(), words.as_str()], "A check-in"),
        body: super::search_text([note.as_str()]),
        labels: super::search_text([words.as_str()]),
        mood: Some(mood),
        deleted_at,
    }))
}
