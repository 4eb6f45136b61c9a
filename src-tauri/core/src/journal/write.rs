//! One write path for moments, check-ins and notes: validate, write the
//! kind's rows, the spine, flags and tags in one transaction, clear the
//! form's draft, commit. Import uses the same insert.

use chrono::{DateTime, FixedOffset};
use rusqlite::Transaction;

use super::{apply_flags, not_found, sync, tags, EntryFlags, Kind};
use crate::error::Result;
use crate::journal::draft::entry_draft_key;
use crate::storage::db::Db;

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
    settle(tx, I::KIND, id, input, Written::New)?;
    Ok(id)
}

/// Whether the spine row is new or was there before.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Written {
    /// Unstarred, not private and without tags: the columns' defaults, and
    /// an entry id is only reused after its `entry_tag` rows went with it
    /// (`ON DELETE CASCADE`).
    New,
    Changed,
}

/// Syncs the spine of a just-written entry and applies the flags and tags
/// its input carries. A new row is given only what differs from how it
/// starts: an import of 100,000 entries, most of them neither starred nor
/// private nor tagged, makes three statements fewer for each.
fn settle<I: EntryInput>(
    tx: &Transaction<'_>,
    kind: Kind,
    id: i64,
    input: &I,
    written: Written,
) -> Result<()> {
    let entry_id = sync(tx, kind, id)?.ok_or_else(|| not_found(kind))?;
    let mut flags = input.flags();
    if written == Written::New {
        flags.starred = flags.starred.filter(|&starred| starred);
        flags.private = flags.private.filter(|&private| private);
    }
    apply_flags(tx, entry_id, flags)?;
    match (input.tags(), written) {
        (Some(tags), Written::Changed) => tags::replace(tx, entry_id, tags)?,
        (Some(tags), Written::New) => tags::add(tx, entry_id, tags)?,
        (None, _) => {}
    }
    Ok(())
}

impl Db {
    /// Saves a new entry of any kind and clears that form's new-entry
    /// draft; returns the kind's id.
    pub(crate) fn create_entry<I: EntryInput>(&mut self, input: I) -> Result<i64> {
        let now = self.clock.now();
        let input = input.validated(now)?;
        let tx = self.conn.transaction()?;
        let id = insert_entry(&tx, &uuid::Uuid::new_v4().to_string(), &input, now, now)?;
        crate::journal::draft::discard_in(&tx, &entry_draft_key(I::KIND, None))?;
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
        settle(&tx, I::KIND, id, &input, Written::Changed)?;
        crate::journal::draft::discard_in(&tx, &entry_draft_key(I::KIND, Some(id)))?;
        tx.commit()?;
        Ok(())
    }
}
