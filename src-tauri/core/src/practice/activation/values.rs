//! What matters to the person, in their own words, grouped by life area.
//!
//! Set once and edited whenever: a short list, each value a line in one of
//! five areas (relationships, work or study, health, play, community):
//! Interlude's own short set, in the spirit of the values-by-life-area
//! inventory of BATD-R (Lejuez et al., 2011), so the list stays short. Activities may serve a value
//! ([`super::activity`]).

use chrono::{DateTime, FixedOffset};
use rusqlite::params;
use serde::{Deserialize, Serialize};

use crate::clock::{from_stored, to_stored};
use crate::error::{Error, Result};
use crate::i18n;
use crate::journal::{clean_text, UNDO_WINDOW};
use crate::storage::db::Db;

/// A value is a line, not an essay.
pub const MAX_VALUE_CHARS: usize = 200;
/// "A short list": far more than anyone needs, few enough to read.
pub const MAX_VALUES: usize = 50;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum LifeArea {
    Relationships,
    /// Work or study.
    Work,
    Health,
    Play,
    Community,
}

impl LifeArea {
    pub const ALL: [LifeArea; 5] = [
        LifeArea::Relationships,
        LifeArea::Work,
        LifeArea::Health,
        LifeArea::Play,
        LifeArea::Community,
    ];

    pub(crate) fn as_str(self) -> &'static str {
        match self {
            LifeArea::Relationships => "relationships",
            LifeArea::Work => "work",
            LifeArea::Health => "health",
            LifeArea::Play => "play",
            LifeArea::Community => "community",
        }
    }

    pub(crate) fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|a| a.as_str() == s)
    }
}

/// What the values page sends.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ValueInput {
    pub area: LifeArea,
    /// The value in the person's words ("Be there for my sister").
    #[serde(default)]
    pub words: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct LifeValue {
    pub id: i64,
    pub area: LifeArea,
    pub words: String,
    pub created_at: DateTime<FixedOffset>,
    pub updated_at: DateTime<FixedOffset>,
}

impl ValueInput {
    pub fn validated(mut self) -> Result<Self> {
        clean_text(&mut self.words, "error-value-label-words", MAX_VALUE_CHARS)?;
        if self.words.is_empty() {
            return Err(Error::invalid(i18n::text("error-value-no-words", &[])));
        }
        Ok(self)
    }
}

pub(crate) fn read_area(r: &rusqlite::Row<'_>, i: usize) -> rusqlite::Result<LifeArea> {
    let s: String = r.get(i)?;
    LifeArea::parse(&s).ok_or_else(|| {
        rusqlite::Error::FromSqlConversionFailure(
            i,
            rusqlite::types::Type::Text,
            format!("unknown life area {s:?}").into(),
        )
    })
}

fn not_found() -> Error {
    Error::NotFound(i18n::text("error-value-not-found", &[]))
}

/// Areas in the order the page shows them, then oldest first.
const ORDER: &str = "CASE area WHEN 'relationships' THEN 0 WHEN 'work' THEN 1
    WHEN 'health' THEN 2 WHEN 'play' THEN 3 ELSE 4 END, created_at, id";

impl Db {
    /// Every value, by area (in [`LifeArea::ALL`]'s order), oldest first.
    pub fn list_values(&self) -> Result<Vec<LifeValue>> {
        self.values_where(&format!("deleted_at IS NULL ORDER BY {ORDER}"), [])
    }

    pub fn life_value(&self, id: i64) -> Result<LifeValue> {
        self.values_where("id = ?1 AND deleted_at IS NULL", [id])?
            .pop()
            .ok_or_else(not_found)
    }

    fn values_where<P: rusqlite::Params>(&self, filter: &str, params: P) -> Result<Vec<LifeValue>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT id, area, words, created_at, created_offset, updated_at, updated_offset
             FROM life_value WHERE {filter}"
        ))?;
        let rows = stmt
            .query_map(params, |r| {
                Ok(LifeValue {
                    id: r.get(0)?,
                    area: read_area(r, 1)?,
                    words: r.get(2)?,
                    created_at: from_stored(&r.get::<_, String>(3)?, r.get(4)?)?,
                    updated_at: from_stored(&r.get::<_, String>(5)?, r.get(6)?)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    pub fn create_value(&mut self, input: ValueInput) -> Result<LifeValue> {
        let input = input.validated()?;
        let count: i64 = self.conn.query_row(
            "SELECT count(*) FROM life_value WHERE deleted_at IS NULL",
            [],
            |r| r.get(0),
        )?;
        if usize::try_from(count).unwrap_or(usize::MAX) >= MAX_VALUES {
            return Err(Error::invalid(i18n::text(
                "error-value-too-many",
                &[("max", MAX_VALUES.into())],
            )));
        }
        let (now, offset) = to_stored(&self.clock.now());
        self.conn.execute(
            "INSERT INTO life_value (uid, area, words, created_at, created_offset, updated_at,
                 updated_offset)
             VALUES (?1, ?2, ?3, ?4, ?5, ?4, ?5)",
            params![
                uuid::Uuid::new_v4().to_string(),
                input.area.as_str(),
                input.words,
                now,
                offset
            ],
        )?;
        self.life_value(self.conn.last_insert_rowid())
    }

    /// Rewords a value or moves it to another area. Its activities keep it.
    pub fn update_value(&mut self, id: i64, input: ValueInput) -> Result<LifeValue> {
        let input = input.validated()?;
        let (now, offset) = to_stored(&self.clock.now());
        let changed = self.conn.execute(
            "UPDATE life_value SET area = ?2, words = ?3, updated_at = ?4, updated_offset = ?5
             WHERE id = ?1 AND deleted_at IS NULL",
            params![id, input.area.as_str(), input.words, now, offset],
        )?;
        if changed == 0 {
            return Err(not_found());
        }
        self.life_value(id)
    }

    /// Deletes a value; "Undo" can bring it back for a while. Activities
    /// that served it keep everything else.
    pub fn delete_value(&mut self, id: i64) -> Result<()> {
        let (now, _) = to_stored(&self.clock.now());
        let changed = self.conn.execute(
            "UPDATE life_value SET deleted_at = ?2 WHERE id = ?1 AND deleted_at IS NULL",
            params![id, now],
        )?;
        if changed == 0 {
            return Err(not_found());
        }
        Ok(())
    }

    pub fn restore_value(&mut self, id: i64) -> Result<LifeValue> {
        let (cutoff, _) = to_stored(&(self.clock.now() - UNDO_WINDOW));
        let changed = self.conn.execute(
            "UPDATE life_value SET deleted_at = NULL
             WHERE id = ?1 AND deleted_at IS NOT NULL AND deleted_at >= ?2",
            params![id, cutoff],
        )?;
        if changed == 0 {
            return Err(Error::NotFound(i18n::text(
                "error-value-not-restorable",
                &[],
            )));
        }
        self.life_value(id)
    }

    /// Removes for good the values deleted longer ago than the undo window
    /// (their activities are unlinked by the foreign key).
    pub(crate) fn purge_deleted_values(&mut self) -> Result<()> {
        let (cutoff, _) = to_stored(&(self.clock.now() - UNDO_WINDOW));
        self.conn.execute(
            "DELETE FROM life_value WHERE deleted_at IS NOT NULL AND deleted_at < ?1",
            [cutoff],
        )?;
        Ok(())
    }
}
