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

pub mod belief;
pub mod checkin;
pub mod draft;
pub mod feelings;
pub mod insights;
pub mod moment;
pub mod note;
pub mod questions;
pub mod reflection;
pub mod search;
pub(crate) mod search_index;
pub(crate) mod spine;
pub mod stem;
pub mod tags;
mod text;
pub mod timeline;
pub mod vocabulary;
mod write;

use chrono::Duration;
use rusqlite::{params, Transaction};
use serde::{Deserialize, Serialize};

use crate::clock::to_stored;
use crate::error::{Error, Result};
use crate::i18n;
use crate::storage::db::Db;

pub use timeline::TimelineItem;

pub(crate) use spine::{entry_id, not_found, sync, SpineRow};
pub(crate) use text::{check_mood, check_not_future, clean_text, search_text, summary_of};
pub(crate) use write::{insert_entry, EntryInput};

/// How long a deleted entry is kept so "Undo" can restore it.
pub const UNDO_WINDOW: Duration = Duration::minutes(10);
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

/// Sets the flags that were given, leaving the others as they are.
pub(crate) fn apply_flags(tx: &Transaction<'_>, entry_id: i64, flags: EntryFlags) -> Result<()> {
    if let Some(starred) = flags.starred {
        tx.prepare_cached("UPDATE entry SET starred = ?2 WHERE id = ?1")?
            .execute(params![entry_id, starred])?;
    }
    if let Some(private) = flags.private {
        tx.prepare_cached("UPDATE entry SET private = ?2 WHERE id = ?1")?
            .execute(params![entry_id, private])?;
    }
    Ok(())
}

/// Whether anything besides the spine's rows waits to be removed for good:
/// an entry of any kind, a questionnaire, an experiment, an activity or a
/// value past the undo window, or a tag no entry uses. Each by its
/// `_deleted` index (migration 0015).
const OTHERS_DUE: &str = "SELECT EXISTS (SELECT 1 FROM reflection WHERE deleted_at IS NOT NULL AND deleted_at < ?1)
     OR EXISTS (SELECT 1 FROM moment WHERE deleted_at IS NOT NULL AND deleted_at < ?1)
     OR EXISTS (SELECT 1 FROM checkin WHERE deleted_at IS NOT NULL AND deleted_at < ?1)
     OR EXISTS (SELECT 1 FROM note WHERE deleted_at IS NOT NULL AND deleted_at < ?1)
     OR EXISTS (SELECT 1 FROM measure WHERE deleted_at IS NOT NULL AND deleted_at < ?1)
     OR EXISTS (SELECT 1 FROM experiment WHERE deleted_at IS NOT NULL AND deleted_at < ?1)
     OR EXISTS (SELECT 1 FROM activity WHERE deleted_at IS NOT NULL AND deleted_at < ?1)
     OR EXISTS (SELECT 1 FROM life_value WHERE deleted_at IS NOT NULL AND deleted_at < ?1)
     OR EXISTS (SELECT 1 FROM tag WHERE NOT EXISTS (SELECT 1 FROM entry_tag WHERE tag_id = tag.id))";

impl Db {
    /// Deletes any entry, keeping it restorable for a few minutes.
    pub fn delete_entry(&mut self, entry: EntryRef) -> Result<()> {
        let (now, _) = to_stored(&self.clock.now());
        let tx = self.conn.transaction()?;
        let changed = tx
            .prepare_cached(&format!(
                "UPDATE {} SET deleted_at = ?2 WHERE id = ?1 AND deleted_at IS NULL",
                entry.kind.as_str()
            ))?
            .execute(params![entry.id, now])?;
        if changed == 0 {
            return Err(Error::NotFound(i18n::text(
                "error-journal-entry-already-deleted",
                &[("kind", entry.kind.as_str().into())],
            )));
        }
        sync(&tx, entry.kind, entry.id)?;
        tx.commit()?;
        Ok(())
    }

    /// Brings back an entry deleted a moment ago ("Undo").
    pub fn restore_entry(&mut self, entry: EntryRef) -> Result<()> {
        let tx = self.conn.transaction()?;
        let changed = tx
            .prepare_cached(&format!(
                "UPDATE {} SET deleted_at = NULL WHERE id = ?1 AND deleted_at IS NOT NULL",
                entry.kind.as_str()
            ))?
            .execute([entry.id])?;
        if changed == 0 {
            return Err(Error::NotFound(i18n::text(
                "error-journal-entry-not-restorable",
                &[("kind", entry.kind.as_str().into())],
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
        // A journal that syncs records its last edits first (see there):
        // only when there is something to purge, as this runs on every open.
        let due: bool = self.conn.query_row(
            "SELECT EXISTS (SELECT 1 FROM entry WHERE deleted_at IS NOT NULL AND deleted_at < ?1)",
            [&cutoff],
            |r| r.get(0),
        )?;
        if due {
            self.sync_capture()?;
        } else {
            // Most opens find nothing to remove. Asked first (by index),
            // that costs a few page reads; the deletes below would compile
            // the insight totals' triggers and take the write lock for
            // nothing, a third of a terminal command's time.
            let others: bool = self
                .conn
                .prepare_cached(OTHERS_DUE)?
                .query_row([&cutoff], |r| r.get(0))?;
            if !others {
                return Ok(0);
            }
        }
        let tx = self.conn.transaction()?;
        // The spine's rows of every kind at once: asked by kind, SQLite
        // would walk every entry of the kind instead of the few deleted.
        tx.prepare_cached("DELETE FROM entry WHERE deleted_at IS NOT NULL AND deleted_at < ?1")?
            .execute([&cutoff])?;
        let mut purged = 0;
        for kind in Kind::ALL {
            purged += tx
                .prepare_cached(&format!(
                    "DELETE FROM {} WHERE deleted_at IS NOT NULL AND deleted_at < ?1",
                    kind.as_str()
                ))?
                .execute([&cutoff])?;
        }
        tags::drop_unused(&tx)?;
        tx.commit()?;
        self.purge_deleted_measures()?;
        self.purge_deleted_experiments()?;
        self.purge_deleted_activities()?;
        self.purge_deleted_values()?;
        Ok(purged)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every open purges: its questions must find the few deleted rows by
    /// index, never by reading every row of the journal (migration 0015).
    #[test]
    fn purging_reads_no_table_whole() {
        let db = Db::open_in_memory(std::sync::Arc::new(crate::clock::ManualClock::at(
            "2026-12-07T12:00:00+01:00",
        )))
        .unwrap();
        // Each question and the table it must find its rows in by index.
        let mut questions = vec![
            (
                "entry",
                "SELECT EXISTS (SELECT 1 FROM entry WHERE deleted_at IS NOT NULL AND deleted_at < ?1)"
                    .to_owned(),
            ),
            (
                "entry",
                "DELETE FROM entry WHERE deleted_at IS NOT NULL AND deleted_at < ?1".to_owned(),
            ),
        ];
        for table in Kind::ALL.iter().map(|k| k.as_str()).chain([
            "measure",
            "experiment",
            "activity",
            "life_value",
        ]) {
            questions.push((
                table,
                format!("DELETE FROM {table} WHERE deleted_at IS NOT NULL AND deleted_at < ?1"),
            ));
        }
        // A plan deleted for good: what points at it is found by index too.
        questions.push(("plan", "DELETE FROM plan WHERE id = ?1".to_owned()));
        for (table, sql) in questions {
            let plan: Vec<String> = db
                .conn
                .prepare(&format!("EXPLAIN QUERY PLAN {sql}"))
                .unwrap()
                .query_map(["2026-12-07T11:50:00Z"], |r| r.get::<_, String>(3))
                .unwrap()
                .collect::<rusqlite::Result<_>>()
                .unwrap();
            assert!(
                plan.iter()
                    .all(|step| step == "SCAN CONSTANT ROW" || !step.starts_with("SCAN ")),
                "{sql}: {plan:?}"
            );
            let by = if table == "plan" {
                "INTEGER PRIMARY KEY".to_owned()
            } else {
                format!("INDEX {table}_deleted ")
            };
            assert!(
                plan.iter()
                    .any(|step| step.starts_with(&format!("SEARCH {table} ")) && step.contains(&by)),
                "{sql}: {plan:?}"
            );
        }
    }

    #[test]
    fn kinds_round_trip_their_names() {
        for kind in Kind::ALL {
            assert_eq!(Kind::from_str(kind.as_str()), Some(kind));
        }
        assert_eq!(Kind::from_str("plan"), None);
    }
}
