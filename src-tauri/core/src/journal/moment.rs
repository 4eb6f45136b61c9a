//! Moments: the thought record. When something hits hard, the person notes
//! the situation, the emotions and how strong they were, the body, the
//! self-talk, the thinking traps in it, what they did, what they would tell
//! a friend who thought the same — and then how strong the emotions are
//! now. The full thought record adds how strongly the self-talk was
//! believed, the evidence for and against it, a balanced thought, and the
//! belief again after it. Every step can be skipped, so only "nothing at
//! all" is refused.

use chrono::{DateTime, FixedOffset};
use rusqlite::{params, OptionalExtension, Transaction};
use serde::{Deserialize, Serialize};

use super::{tags, vocabulary, EntryFlags, EntryInput, Kind, SpineRow};
use crate::clock::{from_stored, to_stored};
use crate::error::{Error, Result};
use crate::i18n;
use crate::journal::reflection::MAX_ANSWER_CHARS;
use crate::storage::db::Db;

/// The most emotions one moment may carry.
pub const MAX_EMOTIONS: usize = 24;
/// The longest one emotion word or phrase may be.
pub const MAX_EMOTION_CHARS: usize = 40;
/// Situations longer than this are not offered again as a trigger chip.
const MAX_TRIGGER_CHIP_CHARS: i64 = 80;

/// One emotion and how strong it was, 0–100, before and after the reframe.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct EmotionRating {
    pub word: String,
    #[serde(default)]
    pub before: Option<u8>,
    #[serde(default)]
    pub after: Option<u8>,
}

/// What the moment flow sends. Every part may be empty.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct MomentInput {
    /// When it happened; defaults to now.
    #[serde(default)]
    pub occurred_at: Option<DateTime<FixedOffset>>,
    /// When and where: the situation or trigger.
    #[serde(default)]
    pub situation: String,
    #[serde(default)]
    pub emotions: Vec<EmotionRating>,
    /// Sensations in the body.
    #[serde(default)]
    pub body: String,
    /// The automatic thoughts, in the person's own words.
    #[serde(default)]
    pub self_talk: String,
    /// Ids from [`vocabulary::TRAPS`].
    #[serde(default)]
    pub traps: Vec<String>,
    /// What I did.
    #[serde(default)]
    pub did: String,
    /// What I would tell a friend who thought this.
    #[serde(default)]
    pub friend: String,
    /// How strongly the self-talk was believed when it came, 0–100.
    #[serde(default)]
    pub belief_before: Option<u8>,
    /// What supports the self-talk, and what doesn't fit it.
    #[serde(default)]
    pub evidence_for: String,
    #[serde(default)]
    pub evidence_against: String,
    /// A thought that fits all the evidence.
    #[serde(default)]
    pub balanced: String,
    /// How strongly the self-talk is believed after the balanced thought.
    #[serde(default)]
    pub belief_after: Option<u8>,
    /// Left out: unchanged on update, off on create.
    #[serde(default)]
    pub starred: Option<bool>,
    #[serde(default)]
    pub private: Option<bool>,
    #[serde(default)]
    pub tags: Option<Vec<String>>,
}

/// A saved moment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Moment {
    pub id: i64,
    pub occurred_at: DateTime<FixedOffset>,
    pub situation: String,
    pub emotions: Vec<EmotionRating>,
    pub body: String,
    pub self_talk: String,
    pub traps: Vec<String>,
    pub did: String,
    pub friend: String,
    pub belief_before: Option<u8>,
    pub evidence_for: String,
    pub evidence_against: String,
    pub balanced: String,
    pub belief_after: Option<u8>,
    pub starred: bool,
    pub private: bool,
    pub tags: Vec<String>,
    pub created_at: DateTime<FixedOffset>,
    pub updated_at: DateTime<FixedOffset>,
}

impl MomentInput {
    /// Trims and checks every part, naming the field that needs a change.
    pub fn validated(mut self, now: DateTime<FixedOffset>) -> Result<Self> {
        for (text, label_id) in [
            (&mut self.situation, "error-journal-label-situation"),
            (&mut self.body, "error-journal-label-body"),
            (&mut self.self_talk, "error-journal-label-self-talk"),
            (&mut self.did, "error-journal-label-did"),
            (&mut self.friend, "error-journal-label-friend"),
            (&mut self.evidence_for, "error-journal-label-evidence-for"),
            (
                &mut self.evidence_against,
                "error-journal-label-evidence-against",
            ),
            (&mut self.balanced, "error-journal-label-balanced"),
        ] {
            super::clean_text(text, label_id, MAX_ANSWER_CHARS)?;
        }
        for (rating, id) in [
            (self.belief_before, "error-journal-belief-before"),
            (self.belief_after, "error-journal-belief-after"),
        ] {
            if let Some(r) = rating.filter(|r| *r > 100) {
                return Err(Error::invalid(i18n::text(id, &[("rating", r.into())])));
            }
        }
        self.emotions = clean_emotions(std::mem::take(&mut self.emotions))?;
        self.traps = clean_traps(std::mem::take(&mut self.traps))?;
        if let Some(tags) = self.tags.take() {
            self.tags = Some(tags::clean(tags)?);
        }
        super::check_not_future(self.occurred_at, now, "error-journal-label-moment-time")?;
        let nothing_written = [
            &self.situation,
            &self.body,
            &self.self_talk,
            &self.did,
            &self.friend,
            &self.evidence_for,
            &self.evidence_against,
            &self.balanced,
        ]
        .iter()
        .all(|t| t.is_empty());
        let nothing_rated = self.belief_before.is_none() && self.belief_after.is_none();
        if nothing_written && nothing_rated && self.emotions.is_empty() {
            return Err(Error::invalid(i18n::text(
                "error-journal-moment-empty",
                &[],
            )));
        }
        Ok(self)
    }
}

fn clean_emotions(emotions: Vec<EmotionRating>) -> Result<Vec<EmotionRating>> {
    let mut out: Vec<EmotionRating> = Vec::with_capacity(emotions.len());
    for mut e in emotions {
        e.word = e.word.trim().to_string();
        if e.word.is_empty()
            || out
                .iter()
                .any(|o| o.word.to_lowercase() == e.word.to_lowercase())
        {
            continue;
        }
        if e.word.chars().count() > MAX_EMOTION_CHARS {
            let start: String = e.word.chars().take(20).collect();
            return Err(Error::invalid(i18n::text(
                "error-journal-emotion-too-long",
                &[
                    ("max", MAX_EMOTION_CHARS.into()),
                    ("start", start.as_str().into()),
                ],
            )));
        }
        for (rating, id) in [
            (e.before, "error-journal-emotion-strength-before"),
            (e.after, "error-journal-emotion-strength-after"),
        ] {
            if let Some(r) = rating {
                if r > 100 {
                    return Err(Error::invalid(i18n::text(
                        id,
                        &[("word", e.word.as_str().into()), ("rating", r.into())],
                    )));
                }
            }
        }
        out.push(e);
    }
    if out.len() > MAX_EMOTIONS {
        return Err(Error::invalid(i18n::text(
            "error-journal-too-many-emotions",
            &[("max", MAX_EMOTIONS.into()), ("count", out.len().into())],
        )));
    }
    Ok(out)
}

fn clean_traps(traps: Vec<String>) -> Result<Vec<String>> {
    let mut out: Vec<String> = Vec::new();
    for id in traps {
        let id = id.trim();
        if vocabulary::trap(id).is_none() {
            let name: String = id.chars().take(40).collect();
            return Err(Error::invalid(i18n::text(
                "error-journal-unknown-trap",
                &[("name", name.as_str().into())],
            )));
        }
        if !out.iter().any(|t| t == id) {
            out.push(id.to_owned());
        }
    }
    Ok(out)
}

impl Db {
    /// Saves a new moment and clears the new-moment draft.
    pub fn create_moment(&mut self, input: MomentInput) -> Result<Moment> {
        let id = self.create_entry(input)?;
        self.moment(id)
    }

    /// Replaces a moment's content and clears its draft.
    pub fn update_moment(&mut self, id: i64, input: MomentInput) -> Result<Moment> {
        let existing = self.moment(id)?;
        self.update_entry(id, input, existing.occurred_at)?;
        self.moment(id)
    }

    /// One moment, unless it was deleted.
    pub fn moment(&self, id: i64) -> Result<Moment> {
        // Cached: exports read every entry through here.
        let row = self
            .conn
            .prepare_cached(
                "SELECT m.occurred_at, m.occurred_offset, m.situation, m.body, m.self_talk, m.did,
                        m.friend, m.created_at, m.created_offset, m.updated_at, m.updated_offset,
                        e.id, e.starred, e.private, m.belief_before, m.evidence_for,
                        m.evidence_against, m.balanced, m.belief_after
                 FROM moment m JOIN entry e ON e.kind = 'moment' AND e.ref_id = m.id
                 WHERE m.id = ?1 AND m.deleted_at IS NULL",
            )?
            .query_row([id], |r| {
                let moment = Moment {
                    id,
                    occurred_at: from_stored(&r.get::<_, String>(0)?, r.get(1)?)?,
                    situation: r.get(2)?,
                    body: r.get(3)?,
                    self_talk: r.get(4)?,
                    did: r.get(5)?,
                    friend: r.get(6)?,
                    belief_before: r.get(14)?,
                    evidence_for: r.get(15)?,
                    evidence_against: r.get(16)?,
                    balanced: r.get(17)?,
                    belief_after: r.get(18)?,
                    created_at: from_stored(&r.get::<_, String>(7)?, r.get(8)?)?,
                    updated_at: from_stored(&r.get::<_, String>(9)?, r.get(10)?)?,
                    // The child rows are read below.
                    emotions: Vec::new(),
                    traps: Vec::new(),
                    tags: Vec::new(),
                    starred: r.get(12)?,
                    private: r.get(13)?,
                };
                Ok((moment, r.get::<_, i64>(11)?))
            })
            .optional()?;
        let Some((mut moment, entry_id)) = row else {
            return Err(super::not_found(Kind::Moment));
        };
        moment.emotions = emotions_of(&self.conn, id)?;
        moment.traps = traps_of(&self.conn, id)?;
        moment.tags = tags::of_entry(&self.conn, entry_id)?;
        Ok(moment)
    }

    /// Situations the person has written before, most recent first, so a
    /// trigger that keeps coming back can be picked instead of retyped.
    pub fn recent_triggers(&self, limit: u32) -> Result<Vec<String>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT situation FROM moment
             WHERE deleted_at IS NULL AND situation != '' AND length(situation) <= ?2
             GROUP BY lower(situation) ORDER BY max(occurred_at) DESC LIMIT ?1",
        )?;
        let rows = stmt
            .query_map(params![limit.clamp(1, 50), MAX_TRIGGER_CHIP_CHARS], |r| {
                r.get(0)
            })?
            .collect::<rusqlite::Result<Vec<String>>>()?;
        Ok(rows)
    }
}

impl EntryInput for MomentInput {
    const KIND: Kind = Kind::Moment;

    fn validated(self, now: DateTime<FixedOffset>) -> Result<Self> {
        MomentInput::validated(self, now)
    }

    fn at(&self) -> Option<DateTime<FixedOffset>> {
        self.occurred_at
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
            "INSERT INTO moment (uid, occurred_at, occurred_offset, situation, body, self_talk,
                 did, friend, created_at, created_offset, updated_at, updated_offset,
                 belief_before, evidence_for, evidence_against, balanced, belief_after)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)",
        )?
        .execute(params![
            uid,
            at,
            offset,
            self.situation,
            self.body,
            self.self_talk,
            self.did,
            self.friend,
            created_utc,
            created_off,
            updated_utc,
            updated_off,
            self.belief_before,
            self.evidence_for,
            self.evidence_against,
            self.balanced,
            self.belief_after
        ])?;
        let id = tx.last_insert_rowid();
        self.write_children(tx, id)?;
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
            "UPDATE moment SET occurred_at = ?2, occurred_offset = ?3, situation = ?4, body = ?5,
                 self_talk = ?6, did = ?7, friend = ?8, updated_at = ?9, updated_offset = ?10,
                 belief_before = ?11, evidence_for = ?12, evidence_against = ?13,
                 balanced = ?14, belief_after = ?15
             WHERE id = ?1 AND deleted_at IS NULL",
        )?
        .execute(params![
            id,
            at,
            offset,
            self.situation,
            self.body,
            self.self_talk,
            self.did,
            self.friend,
            now_utc,
            now_off,
            self.belief_before,
            self.evidence_for,
            self.evidence_against,
            self.balanced,
            self.belief_after
        ])?;
        self.write_children(tx, id)
    }
}

impl MomentInput {
    /// Replaces the moment's emotions and traps with the input's.
    fn write_children(&self, tx: &Transaction<'_>, id: i64) -> Result<()> {
        tx.prepare_cached("DELETE FROM moment_emotion WHERE moment_id = ?1")?
            .execute([id])?;
        tx.prepare_cached("DELETE FROM moment_trap WHERE moment_id = ?1")?
            .execute([id])?;
        let mut emotion = tx.prepare_cached(
            "INSERT INTO moment_emotion (moment_id, position, word, before, after)
             VALUES (?1, ?2, ?3, ?4, ?5)",
        )?;
        for (position, e) in (0_i64..).zip(&self.emotions) {
            emotion.execute(params![id, position, e.word, e.before, e.after])?;
        }
        let mut trap =
            tx.prepare_cached("INSERT INTO moment_trap (moment_id, trap) VALUES (?1, ?2)")?;
        for t in &self.traps {
            trap.execute(params![id, t])?;
        }
        Ok(())
    }
}

pub(crate) fn emotions_of(conn: &rusqlite::Connection, id: i64) -> Result<Vec<EmotionRating>> {
    let mut stmt = conn.prepare_cached(
        "SELECT word, before, after FROM moment_emotion WHERE moment_id = ?1 ORDER BY position",
    )?;
    let rows = stmt
        .query_map([id], |r| {
            Ok(EmotionRating {
                word: r.get(0)?,
                before: r.get(1)?,
                after: r.get(2)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

pub(crate) fn traps_of(conn: &rusqlite::Connection, id: i64) -> Result<Vec<String>> {
    // Listed in the vocabulary's order, whatever order they were ticked in.
    let mut stmt = conn.prepare_cached("SELECT trap FROM moment_trap WHERE moment_id = ?1")?;
    let mut ids = stmt
        .query_map([id], |r| r.get::<_, String>(0))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    ids.sort_by_key(|id| {
        vocabulary::TRAPS
            .iter()
            .position(|t| t.id == id)
            .unwrap_or(usize::MAX)
    });
    Ok(ids)
}

/// What the timeline and search keep of a moment.
pub(crate) fn spine_row(tx: &Transaction<'_>, id: i64) -> Result<Option<SpineRow>> {
    let row = tx
        .prepare_cached(
            "SELECT occurred_at, occurred_offset, situation, body, self_talk, did, friend,
                    deleted_at, evidence_for, evidence_against, balanced
             FROM moment WHERE id = ?1",
        )?
        .query_row([id], |r| {
            Ok((
                from_stored(&r.get::<_, String>(0)?, r.get(1)?)?,
                [
                    r.get::<_, String>(2)?,
                    r.get::<_, String>(3)?,
                    r.get::<_, String>(4)?,
                    r.get::<_, String>(5)?,
                    r.get::<_, String>(6)?,
                    r.get::<_, String>(8)?,
                    r.get::<_, String>(9)?,
                    r.get::<_, String>(10)?,
                ],
                r.get::<_, Option<String>>(7)?,
            ))
        })
        .optional()?;
    let Some((
        at,
        [situation, body, self_talk, did, friend, evidence_for, evidence_against, balanced],
        deleted_at,
    )) = row
    else {
        return Ok(None);
    };
    let words = emotions_of(tx, id)?
        .into_iter()
        .map(|e| e.word)
        .collect::<Vec<_>>()
        .join(", ");
    let trap_names = traps_of(tx, id)?
        .iter()
        .filter_map(|t| vocabulary::trap(t).map(|t| t.name))
        .collect::<Vec<_>>()
        .join(", ");
    Ok(Some(SpineRow {
        at,
        summary: super::summary_of(
            [
                situation.as_str(),
                self_talk.as_str(),
                body.as_str(),
                did.as_str(),
                friend.as_str(),
                balanced.as_str(),
                words.as_str(),
            ],
            "A moment",
        ),
        body: super::search_text([
            situation.as_str(),
            body.as_str(),
            self_talk.as_str(),
            did.as_str(),
            friend.as_str(),
            evidence_for.as_str(),
            evidence_against.as_str(),
            balanced.as_str(),
        ]),
        labels: super::search_text([words.as_str(), trap_names.as_str()]),
        mood: None,
        deleted_at,
    }))
}
