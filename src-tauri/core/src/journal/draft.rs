//! Autosaved drafts: what someone was in the middle of writing.
//!
//! The UI saves the whole form as JSON a moment after each keystroke, so a
//! closed window or a killed app loses at most that moment. A draft is
//! keyed by what it will become (`reflection:new`, `moment:42`), which
//! lets saving the real thing clear its draft in the same transaction.
//! Drafts are not records: they are not exported and not imported.

use chrono::{DateTime, FixedOffset};
use rusqlite::{params, OptionalExtension, Transaction};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::clock::{from_stored, to_stored};
use crate::error::{Error, Result};
use crate::i18n;
use crate::journal::reflection::MAX_ANSWER_CHARS;
use crate::journal::Kind;
use crate::storage::db::Db;

/// A draft may hold a little more than a full form, so a form at its limits
/// still autosaves; anything larger is not a form we made.
const MAX_DRAFT_BYTES: usize = 6 * 4 * MAX_ANSWER_CHARS + 64 * 1024;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Draft {
    pub key: String,
    /// The form's state exactly as the UI sent it.
    pub body: Value,
    pub updated_at: DateTime<FixedOffset>,
}

/// The draft key for a new reflection (`None`) or an edit of reflection `id`.
pub fn reflection_draft_key(id: Option<i64>) -> String {
    entry_draft_key(Kind::Reflection, id)
}

/// The draft key for a new entry of `kind` (`None`) or an edit of one.
pub fn entry_draft_key(kind: Kind, id: Option<i64>) -> String {
    match id {
        None => format!("{}:new", kind.as_str()),
        Some(id) => format!("{}:{id}", kind.as_str()),
    }
}

/// Only keys of forms we have are accepted, so a draft can't become a place
/// to stash arbitrary data.
fn check_key(key: &str) -> Result<()> {
    let valid = match key.split_once(':') {
        Some((kind, rest)) if Kind::from_str(kind).is_some() => {
            rest == "new"
                || (!rest.is_empty() && rest.len() < 19 && rest.bytes().all(|b| b.is_ascii_digit()))
        }
        _ => false,
    };
    if valid {
        Ok(())
    } else {
        Err(Error::invalid(i18n::text(
            "error-journal-draft-unknown-key",
            &[("key", key.into())],
        )))
    }
}

impl Db {
    /// Saves (replacing) the draft under `key`.
    pub fn save_draft(&mut self, key: &str, body: &Value) -> Result<Draft> {
        check_key(key)?;
        if !body.is_object() {
            return Err(Error::invalid(i18n::text(
                "error-journal-draft-not-fields",
                &[],
            )));
        }
        let text = body.to_string();
        if text.len() > MAX_DRAFT_BYTES {
            return Err(Error::invalid(i18n::text(
                "error-journal-draft-too-large",
                &[],
            )));
        }
        let now = self.clock.now();
        let (now_utc, now_off) = to_stored(&now);
        self.conn.execute(
            "INSERT INTO draft (key, body, updated_at, updated_offset) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (key) DO UPDATE SET body = excluded.body,
                 updated_at = excluded.updated_at, updated_offset = excluded.updated_offset",
            params![key, text, now_utc, now_off],
        )?;
        Ok(Draft {
            key: key.to_owned(),
            body: body.clone(),
            updated_at: now,
        })
    }

    /// The draft under `key`, if there is one.
    pub fn draft(&self, key: &str) -> Result<Option<Draft>> {
        check_key(key)?;
        let row = self
            .conn
            .query_row(
                "SELECT body, updated_at, updated_offset FROM draft WHERE key = ?1",
                [key],
                |r| {
                    Ok((
                        r.get::<_, String>(0)?,
                        r.get::<_, String>(1)?,
                        r.get::<_, i32>(2)?,
                    ))
                },
            )
            .optional()?;
        let Some((body, at, off)) = row else {
            return Ok(None);
        };
        let body = serde_json::from_str(&body).map_err(|e| {
            let detail = e.to_string();
            Error::Corrupt(i18n::text(
                "error-journal-draft-unreadable",
                &[("detail", detail.as_str().into())],
            ))
        })?;
        Ok(Some(Draft {
            key: key.to_owned(),
            body,
            updated_at: from_stored(&at, off)?,
        }))
    }

    /// Throws away the draft under `key` (no error if there is none).
    pub fn discard_draft(&mut self, key: &str) -> Result<()> {
        check_key(key)?;
        let tx = self.conn.transaction()?;
        discard_in(&tx, key)?;
        tx.commit()?;
        Ok(())
    }

    /// How many drafts are waiting.
    pub fn count_drafts(&self) -> Result<i64> {
        Ok(self
            .conn
            .query_row("SELECT count(*) FROM draft", [], |r| r.get(0))?)
    }
}

pub(crate) fn discard_in(tx: &Transaction<'_>, key: &str) -> Result<()> {
    tx.execute("DELETE FROM draft WHERE key = ?1", [key])?;
    Ok(())
}
