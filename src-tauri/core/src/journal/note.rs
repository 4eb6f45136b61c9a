//! Free journal notes: whatever the person wants to keep, with a mood if
//! they like. Also what `interlude note TEXT` writes from a terminal.

use chrono::{DateTime, FixedOffset};
use rusqlite::{params, OptionalExtension, Transaction};
use serde::{Deserialize, Serialize};

use super::{tags, EntryFlags, EntryInput, Kind, SpineRow};
use crate::clock::{from_stored, to_stored};
use crate::error::{Error, Result};
use crate::i18n;
use crate::journal::reflection::MAX_ANSWER_CHARS;
use crate::storage::db::Db;

/// A note may be longer than one answer: it is the journal's open page.
pub const MAX_NOTE_CHARS: usize = 4 * MAX_ANSWER_CHARS;

/// What the note form (or the command line) sends.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct NoteInput {
    #[serde(default)]
    pub at: Option<DateTime<FixedOffset>>,
    #[serde(default)]
    pub text: String,
    /// 1 (low) to 10 (good), if the person wants to note it.
    #[serde(default)]
    pub mood: Option<u8>,
    #[serde(default)]
    pub starred: Option<bool>,
    #[serde(default)]
    pub private: Option<bool>,
    #[serde(default)]
    pub tags: Option<Vec<String>>,
}

/// A saved note.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Note {
    pub id: i64,
    pub at: DateTime<FixedOffset>,
    pub text: String,
    pub mood: Option<u8>,
    pub starred: bool,
    pub private: bool,
    pub tags: Vec<String>,
    pub created_at: DateTime<FixedOffset>,
    pub updated_at: DateTime<FixedOffset>,
}

impl NoteInput {
    /// Trims and checks every part, naming the field that needs a change.
    pub fn validated(mut self, now: DateTime<FixedOffset>) -> Result<Self> {
        super::clean_text(
            &mut self.text,
            "error-journal-label-your-note",
            MAX_NOTE_CHARS,
        )?;
        if self.text.is_empty() {
            return Err(Error::invalid(i18n::text("error-journal-note-empty", &[])));
        }
        super::check_mood(self.mood, "error-journal-label-the-mood")?;
        if let Some(tags) = self.tags.take() {
            self.tags = Some(tags::clean(tags)?);
        }
        super::check_not_future(self.at, now, "error-journal-label-note-time")?;
        Ok(self)
    }
}

impl Db {
    /// Saves a new note and clears the new-note draft.
    pub fn create_note(&mut self, input: NoteInput) -> Result<Note> {
        let id = self.create_entry(input)?;
        self.note(id)
    }

    /// Replaces a note and clears its draft.
    pub fn update_note(&mut self, id: i64, input: NoteInput) -> Result<Note> {
        let existing = self.note(id)?;
        self.update_entry(id, input, existing.at)?;
        self.note(id)
    }

    /// One note, unless it was deleted.
    pub fn note(&self, id: i64) -> Result<Note> {
        // Cached: exports read every entry through here.
        let row = self
            .conn
            .prepare_cached(
                "SELECT n.at, n.at_offset, n.text, n.mood, n.created_at, n.created_offset,
                        n.updated_at, n.updated_offset, e.id, e.starred, e.private
                 FROM note n JOIN entry e ON e.kind = 'note' AND e.ref_id = n.id
                 WHERE n.id = ?1 AND n.deleted_at IS NULL",
            )?
            .query_row([id], |r| {
                let note = Note {
                    id,
                    at: from_stored(&r.get::<_, String>(0)?, r.get(1)?)?,
                    text: r.get(2)?,
                    mood: r.get(3)?,
                    created_at: from_stored(&r.get::<_, String>(4)?, r.get(5)?)?,
                    updated_at: from_stored(&r.get::<_, String>(6)?, r.get(7)?)?,
                    starred: r.get(9)?,
                    private: r.get(10)?,
                    tags: Vec::new(),
                };
                Ok((note, r.get::<_, i64>(8)?))
            })
            .optional()?;
        let Some((mut note, entry_id)) = row else {
            return Err(super::not_found(Kind::Note));
        };
        note.tags = tags::of_entry(&self.conn, entry_id)?;
        Ok(note)
    }
}

impl EntryInput for NoteInput {
    const KIND: Kind = Kind::Note;

    fn validated(self, now: DateTime<FixedOffset>) -> Result<Self> {
        NoteInput::validated(self, now)
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
            "INSERT INTO note (uid, at, at_offset, text, mood, created_at, created_offset,
                 updated_at, updated_offset)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        )?
        .execute(params![
            uid,
            at,
            offset,
            self.text,
            self.mood,
            created_utc,
            created_off,
            updated_utc,
            updated_off
        ])?;
        Ok(tx.last_insert_rowid())
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
            "UPDATE note SET at = ?2, at_offset = ?3, text = ?4, mood = ?5, updated_at = ?6,
                 updated_offset = ?7
             WHERE id = ?1 AND deleted_at IS NULL",
        )?
        .execute(params![
            id, at, offset, self.text, self.mood, now_utc, now_off
        ])?;
        Ok(())
    }
}

/// What the timeline and search keep of a note.
pub(crate) fn spine_row(tx: &Transaction<'_>, id: i64) -> Result<Option<SpineRow>> {
    let row = tx
        .prepare_cached("SELECT at, at_offset, text, mood, deleted_at FROM note WHERE id = ?1")?
        .query_row([id], |r| {
            Ok((
                from_stored(&r.get::<_, String>(0)?, r.get(1)?)?,
                r.get::<_, String>(2)?,
                r.get::<_, Option<u8>>(3)?,
                r.get::<_, Option<String>>(4)?,
            ))
        })
        .optional()?;
    Ok(row.map(|(at, text, mood, deleted_at)| SpineRow {
        at,
        summary: super::summary_of([text.as_str()], "A note"),
        body: super::search_text([text.as_str()]),
        labels: String::new(),
        mood,
        deleted_at,
    }))
}
