//! The timeline's spine: one `entry` row per entry of any kind, kept in
//! step with the kind's own table by [`sync`], called by every writer in
//! its own transaction.

use chrono::{DateTime, FixedOffset};
use rusqlite::{params, OptionalExtension, Transaction};

use super::{checkin, moment, note, EntryRef, Kind};
use crate::clock::to_stored;
use crate::error::{Error, Result};
use crate::i18n;

/// What the timeline and search know about an entry, built by each kind
/// from its own row.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct SpineRow {
    pub at: DateTime<FixedOffset>,
    pub summary: String,
    pub body: String,
    /// Picked words (emotions, feelings, trap names), searchable apart.
    pub labels: String,
    pub mood: Option<u8>,
    pub deleted_at: Option<String>,
}

/// Brings the spine row of `(kind, id)` in step with the kind's table,
/// removing it if the entry is gone for good. Returns the entry id.
pub(crate) fn sync(tx: &Transaction<'_>, kind: Kind, id: i64) -> Result<Option<i64>> {
    let row = match kind {
        Kind::Reflection => crate::journal::reflection::spine_row(tx, id)?,
        Kind::Moment => moment::spine_row(tx, id)?,
        Kind::Checkin => checkin::spine_row(tx, id)?,
        Kind::Note => note::spine_row(tx, id)?,
    };
    let Some(row) = row else {
        tx.prepare_cached("DELETE FROM entry WHERE kind = ?1 AND ref_id = ?2")?
            .execute(params![kind.as_str(), id])?;
        return Ok(None);
    };
    let (at, offset) = to_stored(&row.at);
    let entry_id = tx.prepare_cached("INSERT INTO entry (kind, ref_id, at, at_offset, summary, body, labels, mood, deleted_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
         ON CONFLICT (kind, ref_id) DO UPDATE SET
             at = excluded.at, at_offset = excluded.at_offset, summary = excluded.summary,
             body = excluded.body, labels = excluded.labels, mood = excluded.mood,
             deleted_at = excluded.deleted_at
         RETURNING id")?.query_row(params![
            kind.as_str(),
            id,
            at,
            offset,
            row.summary,
            row.body,
            row.labels,
            row.mood,
            row.deleted_at
        ], |r| r.get(0))?;
    Ok(Some(entry_id))
}

/// The spine id of a live entry, or a plain "not found".
pub(crate) fn entry_id(tx: &rusqlite::Connection, entry: EntryRef) -> Result<i64> {
    tx.prepare_cached(
        "SELECT id FROM entry WHERE kind = ?1 AND ref_id = ?2 AND deleted_at IS NULL",
    )?
    .query_row(params![entry.kind.as_str(), entry.id], |r| r.get(0))
    .optional()?
    .ok_or_else(|| not_found(entry.kind))
}

pub(crate) fn not_found(kind: Kind) -> Error {
    Error::NotFound(i18n::text(
        "error-journal-entry-gone",
        &[("kind", kind.as_str().into())],
    ))
}
