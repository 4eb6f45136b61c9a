//! Moments, check-ins and notes in the export file, and the star, private
//! flag and tags every entry carries.
//!
//! Private entries stay out of an export unless the person asks for them;
//! the file then says how many were left out.

use chrono::{DateTime, FixedOffset};
use rusqlite::{params, Connection, OptionalExtension, Transaction};
use serde::{Deserialize, Serialize};

use super::{check_uid, import_error, uid_present};
use crate::error::Result;
use crate::journal::checkin::CheckinInput;
use crate::journal::moment::{EmotionRating, MomentInput};
use crate::journal::note::NoteInput;
use crate::journal::{apply_flags, insert_entry, tags, EntryFlags, Kind};
use crate::storage::db::Db;

/// Star, private and tags of one entry, as exported.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(super) struct Meta {
    pub starred: bool,
    pub private: bool,
    pub tags: Vec<String>,
}

/// Reads the flags and tags of `(kind, id)`.
pub(super) fn meta_of(conn: &Connection, kind: Kind, id: i64) -> Result<Meta> {
    let row = conn
        .prepare_cached("SELECT id, starred, private FROM entry WHERE kind = ?1 AND ref_id = ?2")?
        .query_row(params![kind.as_str(), id], |r| {
            Ok((r.get::<_, i64>(0)?, r.get(1)?, r.get(2)?))
        })
        .optional()?;
    let Some((entry_id, starred, private)) = row else {
        return Ok(Meta::default());
    };
    Ok(Meta {
        starred,
        private,
        tags: tags::of_entry(conn, entry_id)?,
    })
}

/// Sets the flags and tags of a just-imported entry.
pub(super) fn apply_meta(tx: &Transaction<'_>, kind: Kind, id: i64, meta: &Meta) -> Result<()> {
    let entry_id: i64 = tx
        .prepare_cached("SELECT id FROM entry WHERE kind = ?1 AND ref_id = ?2")?
        .query_row(params![kind.as_str(), id], |r| r.get(0))?;
    apply_flags(
        tx,
        entry_id,
        EntryFlags {
            starred: Some(meta.starred),
            private: Some(meta.private),
        },
    )?;
    tags::replace(tx, entry_id, &meta.tags)
}

/// The ids and uids of a kind's live entries in export order, with those
/// marked private dropped unless asked for. Returns how many were dropped.
pub(super) fn ids_to_export(
    db: &Db,
    kind: Kind,
    order: &str,
    include_private: bool,
) -> Result<(Vec<(i64, String)>, u32)> {
    let table = kind.as_str();
    let mut stmt = db.conn.prepare_cached(&format!(
        "SELECT t.id, t.uid, e.private FROM {table} t
           JOIN entry e ON e.kind = '{table}' AND e.ref_id = t.id
         WHERE t.deleted_at IS NULL ORDER BY {order}, t.uid"
    ))?;
    let rows = stmt
        .query_map([], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, bool>(2)?,
            ))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let mut left_out = 0;
    let ids = rows
        .into_iter()
        .filter_map(|(id, uid, private)| {
            if private && !include_private {
                left_out += 1;
                None
            } else {
                Some((id, uid))
            }
        })
        .collect();
    Ok((ids, left_out))
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ExportedMoment {
    pub uid: String,
    pub occurred_at: DateTime<FixedOffset>,
    pub situation: String,
    pub emotions: Vec<EmotionRating>,
    pub body: String,
    pub self_talk: String,
    pub traps: Vec<String>,
    pub did: String,
    pub friend: String,
    // The full thought record's parts came later: a file from before them
    // lacks them, and a moment without them is written as before, so an
    // older Interlude can still read it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub belief_before: Option<u8>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub evidence_for: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub evidence_against: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub balanced: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub belief_after: Option<u8>,
    #[serde(default)]
    pub starred: bool,
    #[serde(default)]
    pub private: bool,
    #[serde(default)]
    pub tags: Vec<String>,
    pub created_at: DateTime<FixedOffset>,
    pub updated_at: DateTime<FixedOffset>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ExportedCheckin {
    pub uid: String,
    pub at: DateTime<FixedOffset>,
    pub mood: u8,
    pub feelings: Vec<String>,
    pub note: String,
    #[serde(default)]
    pub starred: bool,
    #[serde(default)]
    pub private: bool,
    #[serde(default)]
    pub tags: Vec<String>,
    pub created_at: DateTime<FixedOffset>,
    pub updated_at: DateTime<FixedOffset>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ExportedNote {
    pub uid: String,
    pub at: DateTime<FixedOffset>,
    pub text: String,
    pub mood: Option<u8>,
    #[serde(default)]
    pub starred: bool,
    #[serde(default)]
    pub private: bool,
    #[serde(default)]
    pub tags: Vec<String>,
    pub created_at: DateTime<FixedOffset>,
    pub updated_at: DateTime<FixedOffset>,
}

pub(super) fn export_moments(db: &Db, include_private: bool) -> Result<(Vec<ExportedMoment>, u32)> {
    let (ids, left_out) = ids_to_export(
        db,
        Kind::Moment,
        "t.occurred_at, t.created_at",
        include_private,
    )?;
    let moments = ids
        .into_iter()
        .map(|(id, uid)| {
            let m = db.moment(id)?;
            Ok(ExportedMoment {
                uid,
                occurred_at: m.occurred_at,
                situation: m.situation,
                emotions: m.emotions,
                body: m.body,
                self_talk: m.self_talk,
                traps: m.traps,
                did: m.did,
                friend: m.friend,
                belief_before: m.belief_before,
                evidence_for: m.evidence_for,
                evidence_against: m.evidence_against,
                balanced: m.balanced,
                belief_after: m.belief_after,
                starred: m.starred,
                private: m.private,
                tags: m.tags,
                created_at: m.created_at,
                updated_at: m.updated_at,
            })
        })
        .collect::<Result<_>>()?;
    Ok((moments, left_out))
}

pub(super) fn export_checkins(
    db: &Db,
    include_private: bool,
) -> Result<(Vec<ExportedCheckin>, u32)> {
    let (ids, left_out) = ids_to_export(db, Kind::Checkin, "t.at, t.created_at", include_private)?;
    let checkins = ids
        .into_iter()
        .map(|(id, uid)| {
            let c = db.checkin(id)?;
            Ok(ExportedCheckin {
                uid,
                at: c.at,
                mood: c.mood,
                feelings: c.feelings,
                note: c.note,
                starred: c.starred,
                private: c.private,
                tags: c.tags,
                created_at: c.created_at,
                updated_at: c.updated_at,
            })
        })
        .collect::<Result<_>>()?;
    Ok((checkins, left_out))
}

pub(super) fn export_notes(db: &Db, include_private: bool) -> Result<(Vec<ExportedNote>, u32)> {
    let (ids, left_out) = ids_to_export(db, Kind::Note, "t.at, t.created_at", include_private)?;
    let notes = ids
        .into_iter()
        .map(|(id, uid)| {
            let n = db.note(id)?;
            Ok(ExportedNote {
                uid,
                at: n.at,
                text: n.text,
                mood: n.mood,
                starred: n.starred,
                private: n.private,
                tags: n.tags,
                created_at: n.created_at,
                updated_at: n.updated_at,
            })
        })
        .collect::<Result<_>>()?;
    Ok((notes, left_out))
}

/// A record checked with the same rules as the app's own forms, ready to
/// insert.
pub(super) struct Checked<I> {
    uid: String,
    input: I,
    created: DateTime<FixedOffset>,
    updated: DateTime<FixedOffset>,
}

/// Imported entries may be of any age; "the future" is judged against the
/// time the record was last changed as well as today.
fn judge_at(updated: DateTime<FixedOffset>, now: DateTime<FixedOffset>) -> DateTime<FixedOffset> {
    updated.max(now)
}

pub(super) fn check_moment(
    what: &str,
    m: ExportedMoment,
    now: DateTime<FixedOffset>,
) -> Result<Checked<MomentInput>> {
    check_uid(what, &m.uid)?;
    let input = MomentInput {
        occurred_at: Some(m.occurred_at),
        situation: m.situation,
        emotions: m.emotions,
        body: m.body,
        self_talk: m.self_talk,
        traps: m.traps,
        did: m.did,
        friend: m.friend,
        belief_before: m.belief_before,
        evidence_for: m.evidence_for,
        evidence_against: m.evidence_against,
        balanced: m.balanced,
        belief_after: m.belief_after,
        starred: Some(m.starred),
        private: Some(m.private),
        tags: Some(m.tags),
    }
    .validated(judge_at(m.updated_at, now))
    .map_err(|e| import_error(what, &e))?;
    Ok(Checked {
        uid: m.uid,
        input,
        created: m.created_at,
        updated: m.updated_at,
    })
}

pub(super) fn check_checkin(
    what: &str,
    c: ExportedCheckin,
    now: DateTime<FixedOffset>,
) -> Result<Checked<CheckinInput>> {
    check_uid(what, &c.uid)?;
    let input = CheckinInput {
        at: Some(c.at),
        mood: Some(c.mood),
        feelings: c.feelings,
        note: c.note,
        starred: Some(c.starred),
        private: Some(c.private),
        tags: Some(c.tags),
    }
    .validated(judge_at(c.updated_at, now))
    .map_err(|e| import_error(what, &e))?;
    Ok(Checked {
        uid: c.uid,
        input,
        created: c.created_at,
        updated: c.updated_at,
    })
}

pub(super) fn check_note(
    what: &str,
    n: ExportedNote,
    now: DateTime<FixedOffset>,
) -> Result<Checked<NoteInput>> {
    check_uid(what, &n.uid)?;
    let input = NoteInput {
        at: Some(n.at),
        text: n.text,
        mood: n.mood,
        starred: Some(n.starred),
        private: Some(n.private),
        tags: Some(n.tags),
    }
    .validated(judge_at(n.updated_at, now))
    .map_err(|e| import_error(what, &e))?;
    Ok(Checked {
        uid: n.uid,
        input,
        created: n.created_at,
        updated: n.updated_at,
    })
}

impl<I> Checked<I> {
    pub(super) fn uid(&self) -> &str {
        &self.uid
    }
}

/// Inserts one checked moment; `false` if its uid is already here.
pub(super) fn insert_moment(tx: &Transaction<'_>, c: &Checked<MomentInput>) -> Result<bool> {
    if uid_present(tx, Kind::Moment.as_str(), &c.uid)? {
        return Ok(false);
    }
    insert_entry(tx, &c.uid, &c.input, c.created, c.updated)?;
    Ok(true)
}

pub(super) fn insert_checkin(tx: &Transaction<'_>, c: &Checked<CheckinInput>) -> Result<bool> {
    if uid_present(tx, Kind::Checkin.as_str(), &c.uid)? {
        return Ok(false);
    }
    insert_entry(tx, &c.uid, &c.input, c.created, c.updated)?;
    Ok(true)
}

pub(super) fn insert_note(tx: &Transaction<'_>, c: &Checked<NoteInput>) -> Result<bool> {
    if uid_present(tx, Kind::Note.as_str(), &c.uid)? {
        return Ok(false);
    }
    insert_entry(tx, &c.uid, &c.input, c.created, c.updated)?;
    Ok(true)
}
