//! Self-compassion breaks (Kristin Neff): mindfulness ("this is a moment of
//! suffering"), common humanity ("struggle is part of life; I am not
//! alone"), self-kindness ("may I be kind to myself").
//!
//! Whatever the person writes in the three steps is kept, so the kind
//! words can be read again; a break with nothing written is still kept as
//! a moment taken. When one is offered is decided in `today.rs`.

use chrono::{DateTime, FixedOffset};
use rusqlite::params;
use serde::{Deserialize, Serialize};

use crate::clock::{from_stored, to_stored};
use crate::error::{Error, Result};
use crate::i18n;
use crate::journal::reflection::MAX_ANSWER_CHARS;
use crate::storage::db::Db;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CompassionBreakInput {
    #[serde(default)]
    pub mindfulness: String,
    #[serde(default)]
    pub humanity: String,
    #[serde(default)]
    pub kindness: String,
    #[serde(default)]
    pub plan_id: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CompassionBreak {
    pub id: i64,
    pub mindfulness: String,
    pub humanity: String,
    pub kindness: String,
    pub plan_id: Option<i64>,
    pub created_at: DateTime<FixedOffset>,
}

impl CompassionBreakInput {
    pub(crate) fn validated(mut self) -> Result<Self> {
        for text in [
            &mut self.mindfulness,
            &mut self.humanity,
            &mut self.kindness,
        ] {
            *text = text.trim().to_owned();
            if text.chars().count() > MAX_ANSWER_CHARS {
                let max = MAX_ANSWER_CHARS.to_string();
                return Err(Error::invalid(i18n::text(
                    "error-practice-step-too-long",
                    &[("max", max.as_str().into())],
                )));
            }
        }
        Ok(self)
    }
}

impl Db {
    pub fn save_compassion_break(
        &mut self,
        input: CompassionBreakInput,
    ) -> Result<CompassionBreak> {
        let input = input.validated()?;
        if let Some(plan_id) = input.plan_id {
            self.plan(plan_id)?;
        }
        let now = self.clock.now();
        let tx = self.conn.transaction()?;
        let id = insert_break(&tx, &uuid::Uuid::new_v4().to_string(), &input, now)?;
        tx.commit()?;
        self.compassion_breaks_where("WHERE id = ?1", params![id])?
            .pop()
            .ok_or_else(|| Error::Storage(i18n::text("error-practice-break-missing", &[])))
    }

    /// The most recent breaks, newest first.
    pub fn list_compassion_breaks(&self, limit: u32) -> Result<Vec<CompassionBreak>> {
        self.compassion_breaks_where(
            "ORDER BY created_at DESC, id DESC LIMIT ?1",
            params![limit.clamp(1, 500)],
        )
    }

    pub(crate) fn compassion_breaks_where(
        &self,
        tail: &str,
        params: impl rusqlite::Params,
    ) -> Result<Vec<CompassionBreak>> {
        let sql = format!(
            "SELECT id, mindfulness, humanity, kindness, plan_id, created_at, created_offset
             FROM compassion_break {tail}"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt
            .query_map(params, |r| {
                Ok(CompassionBreak {
                    id: r.get(0)?,
                    mindfulness: r.get(1)?,
                    humanity: r.get(2)?,
                    kindness: r.get(3)?,
                    plan_id: r.get(4)?,
                    created_at: from_stored(&r.get::<_, String>(5)?, r.get(6)?)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }
}

/// Inserts a validated break; shared by "save" and "import".
pub(crate) fn insert_break(
    tx: &rusqlite::Transaction<'_>,
    uid: &str,
    input: &CompassionBreakInput,
    at: DateTime<FixedOffset>,
) -> Result<i64> {
    let (utc, off) = to_stored(&at);
    tx.execute(
        "INSERT INTO compassion_break (uid, mindfulness, humanity, kindness, plan_id,
             created_at, created_offset)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![
            uid,
            input.mindfulness,
            input.humanity,
            input.kindness,
            input.plan_id,
            utc,
            off
        ],
    )?;
    Ok(tx.last_insert_rowid())
}
