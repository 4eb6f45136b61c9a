//! The pattern journal: every kind of entry on one timeline.
//!
//! Reflections, moments, check-ins and notes each keep their own table with
//! their own shape. Beside them, the `entry` table holds one row per entry
//! with just what the timeline, search and the flags need (when, a one-line
//! summary, the searchable text, the mood, star, private, tags). Every
//! writer of a kind calls [`sync`] in its own transaction, so the spine can
//! never disagree with what was saved.
//!
//! This file owns the spine and what applies to any entry: the flags, tags,
//! soft delete with undo, and purging. Each kind, the timeline, search,
//! insights and the vocabulary live in their own submodules.

pub mod checkin;
pub mod insights;
pub mod moment;
pub mod note;
pub mod search;
pub mod tags;
pub mod timeline;
pub mod vocabulary;

use chrono::{DateTime, Duration, FixedOffset};
use rusqlite::{params, OptionalExtension, Transaction};
use serde::{Deserialize, Serialize};

use crate::clock::to_stored;
use crate::db::Db;
use crate::draft::entry_draft_key;
use crate::error::{Error, Result};

pub use timeline::TimelineItem;

/// How long a deleted entry is kept so "Undo" can restore it.
pub const UNDO_WINDOW: Duration = Duration::minutes(10);
/// The most characters the one-line summary keeps; the UI trims further.
const SUMMARY_CHARS: usize = 160;
/// An entry can be dated a little ahead (time zones, a clock off by a bit),
/// but not days into the future.
pub const MAX_AHEAD: Duration = Duration::days(1);

/// The kinds of entry the journal keeps.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Kind {
    Reflection,
    Moment,
    Checkin,
    Note,
}

impl Kind {
    pub const ALL: [Kind; 4] = [Kind::Reflection, Kind::Moment, Kind::Checkin, Kind::Note];

    /// The value in `entry.kind`, which is also the kind's table name.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Reflection => "reflection",
            Kind::Moment => "moment",
            Kind::Checkin => "checkin",
            Kind::Note => "note",
        }
    }

    pub(crate) fn from_str(s: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.as_str() == s)
    }

    /// How a person would name one, for messages.
    pub fn noun(self) -> &'static str {
        match self {
            Kind::Reflection => "reflection",
            Kind::Moment => "moment",
            Kind::Checkin => "check-in",
            Kind::Note => "note",
        }
    }
}

/// Names one entry of any kind by its kind's own id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct EntryRef {
    pub kind: Kind,
    pub id: i64,
}

/// Star and private, each optional: a flag left out is left as it is.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct EntryFlags {
    /// "Bring this to my session."
    #[serde(default)]
    pub starred: Option<bool>,
    /// "Never share": left out of briefs and exports unless included.
    #[serde(default)]
    pub private: Option<bool>,
}

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

/// What each kind's form input gives the shared save path, so creating and
/// editing a moment, a check-in or a note run the same steps: validate,
/// write in one transaction with the spine, flags and tags, clear the
/// draft, commit.
pub(crate) trait EntryInput: Sized {
    const KIND: Kind;
    fn validated(self, now: DateTime<FixedOffset>) -> Result<Self>;
    /// When the entry happened, if the input says.
    fn at(&self) -> Option<DateTime<FixedOffset>>;
    fn flags(&self) -> EntryFlags;
    fn tags(&self) -> Option<&[String]>;
    /// Inserts the kind's own rows (and children); returns the new id.
    fn insert_rows(
        &self,
        tx: &Transaction<'_>,
        uid: &str,
        at: DateTime<FixedOffset>,
        created: DateTime<FixedOffset>,
        updated: DateTime<FixedOffset>,
    ) -> Result<i64>;
    /// Replaces the kind's own rows (and children) of entry `id`.
    fn update_rows(
        &self,
        tx: &Transaction<'_>,
        id: i64,
        at: DateTime<FixedOffset>,
        now: DateTime<FixedOffset>,
    ) -> Result<()>;
}

/// Inserts a validated entry with its spine row, flags and tags. Shared by
/// "save" and "import", so both store exactly the same shape.
pub(crate) fn insert_entry<I: EntryInput>(
    tx: &Transaction<'_>,
    uid: &str,
    input: &I,
    created: DateTime<FixedOffset>,
    updated: DateTime<FixedOffset>,
) -> Result<i64> {
    let id = input.insert_rows(tx, uid, input.at().unwrap_or(created), created, updated)?;
    settle(tx, I::KIND, id, input)?;
    Ok(id)
}

/// Syncs the spine of a just-written entry and applies the flags and tags
/// its input carries.
fn settle<I: EntryInput>(tx: &Transaction<'_>, kind: Kind, id: i64, input: &I) -> Result<()> {
    let entry_id = sync(tx, kind, id)?.ok_or_else(|| not_found(kind))?;
    apply_flags(tx, entry_id, input.flags())?;
    if let Some(tags) = input.tags() {
        tags::replace(tx, entry_id, tags)?;
    }
    Ok(())
}

/// Brings the spine row of `(kind, id)` in step with the kind's table,
/// removing it if the entry is gone for good. Returns the entry id.
pub(crate) fn sync(tx: &Transaction<'_>, kind: Kind, id: i64) -> Result<Option<i64>> {
    let row = match kind {
        Kind::Reflection => crate::reflection::spine_row(tx, id)?,
        Kind::Moment => moment::spine_row(tx, id)?,
        Kind::Checkin => checkin::spine_row(tx, id)?,
        Kind::Note => note::spine_row(tx, id)?,
    };
    let Some(row) = row else {
        tx.execute(
            "DELETE FROM entry WHERE kind = ?1 AND ref_id = ?2",
            params![kind.as_str(), id],
        )?;
        return Ok(None);
    };
    let (at, offset) = to_stored(&row.at);
    let entry_id = tx.query_row(
        "INSERT INTO entry (kind, ref_id, at, at_offset, summary, body, labels, mood, deleted_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
         ON CONFLICT (kind, ref_id) DO UPDATE SET
             at = excluded.at, at_offset = excluded.at_offset, summary = excluded.summary,
             body = excluded.body, labels = excluded.labels, mood = excluded.mood,
             deleted_at = excluded.deleted_at
         RETURNING id",
        params![
            kind.as_str(),
            id,
            at,
            offset,
            row.summary,
            row.body,
            row.labels,
            row.mood,
            row.deleted_at
        ],
        |r| r.get(0),
    )?;
    Ok(Some(entry_id))
}

/// The spine id of a live entry, or a plain "not found".
pub(crate) fn entry_id(tx: &rusqlite::Connection, entry: EntryRef) -> Result<i64> {
    tx.query_row(
        "SELECT id FROM entry WHERE kind = ?1 AND ref_id = ?2 AND deleted_at IS NULL",
        params![entry.kind.as_str(), entry.id],
        |r| r.get(0),
    )
    .optional()?
    .ok_or_else(|| not_found(entry.kind))
}

pub(crate) fn not_found(kind: Kind) -> Error {
    Error::NotFound(format!(
        "That {} isn't here any more — it may have been deleted.",
        kind.noun()
    ))
}

/// Sets the flags that were given, leaving the others as they are.
pub(crate) fn apply_flags(tx: &Transaction<'_>, entry_id: i64, flags: EntryFlags) -> Result<()> {
    if let Some(starred) = flags.starred {
        tx.execute(
            "UPDATE entry SET starred = ?2 WHERE id = ?1",
            params![entry_id, starred],
        )?;
    }
    if let Some(private) = flags.private {
        tx.execute(
            "UPDATE entry SET private = ?2 WHERE id = ?1",
            params![entry_id, private],
        )?;
    }
    Ok(())
}

/// A one-line summary: the first text that says something, whitespace
/// folded, cut at a character boundary.
pub(crate) fn summary_of<'a>(texts: impl IntoIterator<Item = &'a str>, fallback: &str) -> String {
    let first = texts
        .into_iter()
        .map(str::trim)
        .find(|t| !t.is_empty())
        .unwrap_or(fallback);
    first
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .take(SUMMARY_CHARS)
        .collect()
}

/// The searchable text of an entry: its parts on separate lines, with
/// control characters removed so the search highlight markers (U+0002,
/// U+0003) can never come from what someone typed.
pub(crate) fn search_text<'a>(parts: impl IntoIterator<Item = &'a str>) -> String {
    parts
        .into_iter()
        .map(|p| {
            p.chars()
                .map(|c| if c.is_control() && c != '\n' { ' ' } else { c })
                .collect::<String>()
                .trim()
                .to_owned()
        })
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

/// Trims a free-text answer and checks its length, naming the field.
pub(crate) fn clean_text(text: &mut String, label: &str, max_chars: usize) -> Result<()> {
    *text = text.trim().to_owned();
    let chars = text.chars().count();
    if chars > max_chars {
        return Err(Error::invalid(format!(
            "{label} is {chars} characters long; it can hold up to {max_chars}. \
             Your words are still here — try shortening it or splitting it into two entries."
        )));
    }
    Ok(())
}

/// Refuses a time more than a day ahead, naming the field.
pub(crate) fn check_not_future(
    at: Option<DateTime<FixedOffset>>,
    now: DateTime<FixedOffset>,
    label: &str,
) -> Result<()> {
    match at {
        Some(at) if at > now + MAX_AHEAD => Err(Error::invalid(format!(
            "{label} is more than a day from now. The journal is for what has already happened."
        ))),
        _ => Ok(()),
    }
}

/// Checks a 1–10 mood, naming the field.
pub(crate) fn check_mood(mood: Option<u8>, label: &str) -> Result<()> {
    match mood {
        Some(m) if !(1..=10).contains(&m) => Err(Error::invalid(format!(
            "{label} goes from 1 to 10, so {m} can't be saved."
        ))),
        _ => Ok(()),
    }
}

impl Db {
    /// Saves a new entry of any kind and clears that form's new-entry
    /// draft; returns the kind's id.
    pub(crate) fn create_entry<I: EntryInput>(&mut self, input: I) -> Result<i64> {
        let now = self.clock.now();
        let input = input.validated(now)?;
        let tx = self.conn.transaction()?;
        let id = insert_entry(&tx, &uuid::Uuid::new_v4().to_string(), &input, now, now)?;
        crate::draft::discard_in(&tx, &entry_draft_key(I::KIND, None))?;
        tx.commit()?;
        Ok(id)
    }

    /// Replaces entry `id` (which happened at `current_at` unless the input
    /// says otherwise) and clears its draft.
    pub(crate) fn update_entry<I: EntryInput>(
        &mut self,
        id: i64,
        input: I,
        current_at: DateTime<FixedOffset>,
    ) -> Result<()> {
        let now = self.clock.now();
        let input = input.validated(now)?;
        let tx = self.conn.transaction()?;
        input.update_rows(&tx, id, input.at().unwrap_or(current_at), now)?;
        settle(&tx, I::KIND, id, &input)?;
        crate::draft::discard_in(&tx, &entry_draft_key(I::KIND, Some(id)))?;
        tx.commit()?;
        Ok(())
    }

    /// Deletes any entry, keeping it restorable for a few minutes.
    pub fn delete_entry(&mut self, entry: EntryRef) -> Result<()> {
        let (now, _) = to_stored(&self.clock.now());
        let tx = self.conn.transaction()?;
        let changed = tx.execute(
            &format!(
                "UPDATE {} SET deleted_at = ?2 WHERE id = ?1 AND deleted_at IS NULL",
                entry.kind.as_str()
            ),
            params![entry.id, now],
        )?;
        if changed == 0 {
            return Err(Error::NotFound(format!(
                "That {} isn't here any more — it may already be deleted.",
                entry.kind.noun()
            )));
        }
        sync(&tx, entry.kind, entry.id)?;
        tx.commit()?;
        Ok(())
    }

    /// Brings back an entry deleted a moment ago ("Undo").
    pub fn restore_entry(&mut self, entry: EntryRef) -> Result<()> {
        let tx = self.conn.transaction()?;
        let changed = tx.execute(
            &format!(
                "UPDATE {} SET deleted_at = NULL WHERE id = ?1 AND deleted_at IS NOT NULL",
                entry.kind.as_str()
            ),
            [entry.id],
        )?;
        if changed == 0 {
            return Err(Error::NotFound(format!(
                "That {} can't be brought back any more.",
                entry.kind.noun()
            )));
        }
        sync(&tx, entry.kind, entry.id)?;
        tx.commit()?;
        Ok(())
    }

    /// Stars or marks private (or undoes either) any entry.
    pub fn set_entry_flags(&mut self, entry: EntryRef, flags: EntryFlags) -> Result<TimelineItem> {
        let tx = self.conn.transaction()?;
        let id = entry_id(&tx, entry)?;
        apply_flags(&tx, id, flags)?;
        tx.commit()?;
        self.entry_meta(entry)
    }

    /// Replaces an entry's tags.
    pub fn set_entry_tags(&mut self, entry: EntryRef, tags: Vec<String>) -> Result<TimelineItem> {
        let tags = tags::clean(tags)?;
        let tx = self.conn.transaction()?;
        let id = entry_id(&tx, entry)?;
        tags::replace(&tx, id, &tags)?;
        tx.commit()?;
        self.entry_meta(entry)
    }

    /// One entry as the timeline shows it: its flags, tags and summary.
    pub fn entry_meta(&self, entry: EntryRef) -> Result<TimelineItem> {
        let id = entry_id(&self.conn, entry)?;
        timeline::item_by_entry_id(&self.conn, id)?.ok_or_else(|| not_found(entry.kind))
    }

    /// Removes for good the entries of every kind deleted longer ago than
    /// the undo window, and tags no entry uses any more. Runs on every open.
    pub fn purge_deleted(&mut self) -> Result<usize> {
        let (cutoff, _) = to_stored(&(self.clock.now() - UNDO_WINDOW));
        let tx = self.conn.transaction()?;
        let mut purged = 0;
        for kind in Kind::ALL {
            tx.execute(
                "DELETE FROM entry WHERE kind = ?1 AND deleted_at IS NOT NULL AND deleted_at < ?2",
                params![kind.as_str(), cutoff],
            )?;
            purged += tx.execute(
                &format!(
                    "DELETE FROM {} WHERE deleted_at IS NOT NULL AND deleted_at < ?1",
                    kind.as_str()
                ),
                [&cutoff],
            )?;
        }
        tags::drop_unused(&tx)?;
        tx.commit()?;
        Ok(purged)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summary_takes_the_first_text_that_says_something() {
        assert_eq!(summary_of(["  ", "a\n  b", "c"], "none"), "a b");
        assert_eq!(summary_of(["", ""], "none"), "none");
        assert_eq!(
            summary_of(["é".repeat(500).as_str()], "").chars().count(),
            160
        );
    }

    #[test]
    fn search_text_drops_control_characters_but_keeps_lines() {
        assert_eq!(search_text(["a\u{2}b", "", " c\u{3} "]), "a b\nc");
    }

    #[test]
    fn kinds_round_trip_their_names() {
        for kind in Kind::ALL {
            assert_eq!(Kind::from_str(kind.as_str()), Some(kind));
        }
        assert_eq!(Kind::from_str("plan"), None);
    }
}
