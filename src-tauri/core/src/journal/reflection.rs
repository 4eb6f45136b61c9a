//! Post-session reflections: the four questions from the source document,
//! a feeling check, and "one skill this week", which becomes the week's
//! focus.
//!
//! Deleting is soft for a short while so that "Undo" can bring a reflection
//! back; [`Db::purge_deleted`] removes it for good on a later open. Saving a
//! reflection clears its autosaved draft in the same transaction, so a crash
//! can never leave both a saved reflection and a stale draft of it.

use chrono::{DateTime, Duration, FixedOffset};
use rusqlite::{params, OptionalExtension, Row, Transaction};
use serde::{Deserialize, Serialize};

use crate::clock::{from_stored, to_stored};
use crate::error::{Error, Result};
use crate::i18n;
use crate::journal::draft::reflection_draft_key;
use crate::journal::questions::{self, AnswerInput, ReflectionAnswer};
use crate::journal::{self, Kind, SpineRow};
use crate::storage::db::Db;

/// The most characters one answer may hold: about eight printed pages. Far
/// beyond any reflection we have seen, small enough that a pasted book is
/// refused with a clear message instead of slowing everything down.
pub const MAX_ANSWER_CHARS: usize = 20_000;
/// The most feeling words one reflection may carry.
pub const MAX_FEELINGS: usize = 24;
/// The longest a single feeling word or phrase may be.
pub const MAX_FEELING_CHARS: usize = 40;
/// A session can be noted a little ahead (time zones, a clock off by a bit),
/// but not days into the future.
const MAX_SESSION_AHEAD: Duration = Duration::days(1);

/// What the reflection form sends. Missing answers default to empty.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ReflectionInput {
    /// When the session was; defaults to now.
    #[serde(default)]
    pub session_at: Option<DateTime<FixedOffset>>,
    /// What was my biggest takeaway from this session?
    #[serde(default)]
    pub takeaway: String,
    /// What was the most difficult or surprising thing we talked about?
    #[serde(default)]
    pub difficult: String,
    /// What is one specific skill or idea I want to focus on this week?
    #[serde(default)]
    pub focus: String,
    /// How am I feeling right now? (in the person's own words)
    #[serde(default)]
    pub feeling_note: String,
    /// How am I feeling right now, 1 (low) to 10 (good).
    #[serde(default)]
    pub feeling_rating: Option<u8>,
    /// Feeling words, from the vocabulary or the person's own.
    #[serde(default)]
    pub feelings: Vec<String>,
    /// Answers to the questions a therapist asked for (see
    /// [`crate::journal::questions`]).
    #[serde(default)]
    pub answers: Vec<AnswerInput>,
}

/// A saved reflection, as the UI and the export see it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Reflection {
    pub id: i64,
    pub session_at: DateTime<FixedOffset>,
    pub takeaway: String,
    pub difficult: String,
    pub focus: String,
    pub feeling_note: String,
    pub feeling_rating: Option<u8>,
    pub feelings: Vec<String>,
    /// Answers to a therapist's questions that say something, as asked.
    pub answers: Vec<ReflectionAnswer>,
    pub created_at: DateTime<FixedOffset>,
    pub updated_at: DateTime<FixedOffset>,
}

impl ReflectionInput {
    /// Trims answers and feeling words and checks every limit. Returns the
    /// cleaned input, or a message that says plainly what to change.
    pub fn validated(mut self, now: DateTime<FixedOffset>) -> Result<Self> {
        for (answer, label_id) in [
            (&mut self.takeaway, "error-journal-label-takeaway"),
            (&mut self.difficult, "error-journal-label-difficult"),
            (&mut self.focus, "error-journal-label-focus"),
            (&mut self.feeling_note, "error-journal-label-feeling"),
        ] {
            *answer = answer.trim().to_owned();
            let chars = answer.chars().count();
            if chars > MAX_ANSWER_CHARS {
                let label = i18n::text(label_id, &[]);
                let max = MAX_ANSWER_CHARS.to_string();
                return Err(Error::invalid(i18n::text(
                    "error-journal-answer-too-long",
                    &[
                        ("label", label.as_str().into()),
                        ("chars", chars.into()),
                        ("max", max.as_str().into()),
                    ],
                )));
            }
        }
        self.answers = questions::check_answers(std::mem::take(&mut self.answers))?;
        if [
            &self.takeaway,
            &self.difficult,
            &self.focus,
            &self.feeling_note,
        ]
        .iter()
        .all(|a| a.is_empty())
            && self.answers.iter().all(|a| a.answer.is_empty())
        {
            return Err(Error::invalid(i18n::text(
                "error-journal-reflection-empty",
                &[],
            )));
        }
        if let Some(rating) = self.feeling_rating {
            if !(1..=10).contains(&rating) {
                return Err(Error::invalid(i18n::text(
                    "error-journal-feeling-rating",
                    &[("rating", rating.into())],
                )));
            }
        }
        self.feelings = clean_feelings(std::mem::take(&mut self.feelings))?;
        if let Some(at) = self.session_at {
            if at > now + MAX_SESSION_AHEAD {
                return Err(Error::invalid(i18n::text(
                    "error-journal-session-ahead",
                    &[],
                )));
            }
        }
        Ok(self)
    }
}

/// Trims feeling words, drops empty ones and repeats (ignoring case), and
/// enforces the limits.
pub(crate) fn clean_feelings(words: Vec<String>) -> Result<Vec<String>> {
    let mut out: Vec<String> = Vec::with_capacity(words.len());
    for word in words {
        let word = word.trim();
        if word.is_empty() || out.iter().any(|w| w.eq_ignore_ascii_case(word)) {
            continue;
        }
        if word.chars().count() > MAX_FEELING_CHARS {
            let start: String = word.chars().take(20).collect();
            return Err(Error::invalid(i18n::text(
                "error-journal-feeling-too-long",
                &[
                    ("max", MAX_FEELING_CHARS.into()),
                    ("start", start.as_str().into()),
                ],
            )));
        }
        out.push(word.to_owned());
    }
    if out.len() > MAX_FEELINGS {
        return Err(Error::invalid(i18n::text(
            "error-journal-too-many-feelings",
            &[("max", MAX_FEELINGS.into()), ("count", out.len().into())],
        )));
    }
    Ok(out)
}

impl Db {
    /// Saves a new reflection and clears the new-reflection draft.
    pub fn create_reflection(&mut self, input: ReflectionInput) -> Result<Reflection> {
        let now = self.clock.now();
        let input = input.validated(now)?;
        let session_at = input.session_at.unwrap_or(now);
        let tx = self.conn.transaction()?;
        let answers = questions::resolve(&tx, None, &input.answers)?;
        let id = insert(
            &tx,
            &uuid::Uuid::new_v4().to_string(),
            session_at,
            &input,
            &answers,
            now,
            now,
        )?;
        crate::journal::draft::discard_in(&tx, &reflection_draft_key(None))?;
        tx.commit()?;
        self.reflection(id)
    }

    /// Replaces a reflection's answers and clears that reflection's draft.
    pub fn update_reflection(&mut self, id: i64, input: ReflectionInput) -> Result<Reflection> {
        let now = self.clock.now();
        let input = input.validated(now)?;
        let existing = self.reflection(id)?;
        let session_at = input.session_at.unwrap_or(existing.session_at);
        let (session_utc, session_off) = to_stored(&session_at);
        let (now_utc, now_off) = to_stored(&now);
        let tx = self.conn.transaction()?;
        tx.prepare_cached(
            "UPDATE reflection SET session_at = ?2, session_offset = ?3, takeaway = ?4,
                 difficult = ?5, focus = ?6, feeling_note = ?7, feeling_rating = ?8,
                 updated_at = ?9, updated_offset = ?10
             WHERE id = ?1 AND deleted_at IS NULL",
        )?
        .execute(params![
            id,
            session_utc,
            session_off,
            input.takeaway,
            input.difficult,
            input.focus,
            input.feeling_note,
            input.feeling_rating,
            now_utc,
            now_off
        ])?;
        tx.prepare_cached("DELETE FROM reflection_feeling WHERE reflection_id = ?1")?
            .execute([id])?;
        insert_feelings(&tx, id, &input.feelings)?;
        let answers = questions::resolve(&tx, Some(id), &input.answers)?;
        let uid: String = tx
            .prepare_cached("SELECT uid FROM reflection WHERE id = ?1")?
            .query_row([id], |r| r.get(0))?;
        questions::write_answers(&tx, id, &uid, &answers, now)?;
        journal::sync(&tx, Kind::Reflection, id)?;
        crate::journal::draft::discard_in(&tx, &reflection_draft_key(Some(id)))?;
        tx.commit()?;
        self.reflection(id)
    }

    /// One reflection, unless it was deleted.
    pub fn reflection(&self, id: i64) -> Result<Reflection> {
        let mut found =
            self.query_reflections("WHERE r.id = ?1 AND r.deleted_at IS NULL", params![id])?;
        found
            .pop()
            .ok_or_else(|| journal::not_found(Kind::Reflection))
    }

    /// Reflections, newest session first, `limit` at a time from `offset`.
    pub fn list_reflections(&self, limit: u32, offset: u32) -> Result<Vec<Reflection>> {
        self.query_reflections(
            "WHERE r.deleted_at IS NULL ORDER BY r.session_at DESC, r.id DESC LIMIT ?1 OFFSET ?2",
            params![limit.clamp(1, 500), offset],
        )
    }

    /// How many reflections are kept (not counting deleted ones).
    pub fn count_reflections(&self) -> Result<i64> {
        Ok(self.conn.query_row(
            "SELECT count(*) FROM reflection WHERE deleted_at IS NULL",
            [],
            |r| r.get(0),
        )?)
    }

    /// The most recent reflection by session time, if any.
    pub fn latest_reflection(&self) -> Result<Option<Reflection>> {
        Ok(self.list_reflections(1, 0)?.pop())
    }

    /// Feeling words the person has used that are not in the vocabulary,
    /// most used first, so their own words come back as choices.
    pub fn own_feeling_words(&self, limit: u32) -> Result<Vec<String>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT f.word FROM reflection_feeling f
               JOIN reflection r ON r.id = f.reflection_id AND r.deleted_at IS NULL
             GROUP BY lower(f.word) ORDER BY count(*) DESC, max(r.session_at) DESC LIMIT ?1",
        )?;
        let words = stmt
            .query_map([limit], |r| r.get::<_, String>(0))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(words
            .into_iter()
            .filter(|w| !crate::journal::feelings::is_in_vocabulary(w))
            .collect())
    }

    pub(crate) fn query_reflections(
        &self,
        tail: &str,
        params: impl rusqlite::Params,
    ) -> Result<Vec<Reflection>> {
        let sql = format!(
            "SELECT r.id, r.session_at, r.session_offset, r.takeaway, r.difficult, r.focus,
                    r.feeling_note, r.feeling_rating, r.created_at, r.created_offset,
                    r.updated_at, r.updated_offset,
                    (SELECT json_group_array(word) FROM
                        (SELECT word FROM reflection_feeling WHERE reflection_id = r.id
                         ORDER BY position)),
                    (SELECT json_group_array(json_object('questionUid', question_uid,
                            'question', question, 'from', from_name, 'answer', answer)) FROM
                        (SELECT * FROM reflection_answer WHERE reflection_id = r.id
                           AND answer <> '' ORDER BY position, id))
             FROM reflection r {tail}"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt
            .query_map(params, row_to_reflection)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }
}

/// A JSON array column (built in SQL, like the feelings and answers), read.
fn json_column<T: serde::de::DeserializeOwned>(row: &Row<'_>, i: usize) -> rusqlite::Result<T> {
    let text: String = row.get(i)?;
    serde_json::from_str(&text).map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(i, rusqlite::types::Type::Text, Box::new(e))
    })
}

fn row_to_reflection(row: &Row<'_>) -> rusqlite::Result<Reflection> {
    let feelings: Vec<String> = json_column(row, 12)?;
    Ok(Reflection {
        id: row.get(0)?,
        session_at: from_stored(&row.get::<_, String>(1)?, row.get(2)?)?,
        takeaway: row.get(3)?,
        difficult: row.get(4)?,
        focus: row.get(5)?,
        feeling_note: row.get(6)?,
        feeling_rating: row.get(7)?,
        created_at: from_stored(&row.get::<_, String>(8)?, row.get(9)?)?,
        updated_at: from_stored(&row.get::<_, String>(10)?, row.get(11)?)?,
        feelings,
        answers: json_column(row, 13)?,
    })
}

/// Inserts a validated reflection with the given identity and timestamps.
/// Shared by "save" and "import" so both store exactly the same shape.
pub(crate) fn insert(
    tx: &Transaction<'_>,
    uid: &str,
    session_at: DateTime<FixedOffset>,
    input: &ReflectionInput,
    answers: &[ReflectionAnswer],
    created_at: DateTime<FixedOffset>,
    updated_at: DateTime<FixedOffset>,
) -> Result<i64> {
    let (session_utc, session_off) = to_stored(&session_at);
    let (created_utc, created_off) = to_stored(&created_at);
    let (updated_utc, updated_off) = to_stored(&updated_at);
    tx.prepare_cached(
        "INSERT INTO reflection (uid, session_at, session_offset, takeaway, difficult, focus,
             feeling_note, feeling_rating, created_at, created_offset, updated_at, updated_offset)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
    )?
    .execute(params![
        uid,
        session_utc,
        session_off,
        input.takeaway,
        input.difficult,
        input.focus,
        input.feeling_note,
        input.feeling_rating,
        created_utc,
        created_off,
        updated_utc,
        updated_off
    ])?;
    let id = tx.last_insert_rowid();
    insert_feelings(tx, id, &input.feelings)?;
    questions::write_answers(tx, id, uid, answers, updated_at)?;
    journal::sync(tx, Kind::Reflection, id)?;
    Ok(id)
}

/// What the timeline and search keep of a reflection; `None` once it is
/// gone for good.
pub(crate) fn spine_row(tx: &Transaction<'_>, id: i64) -> Result<Option<SpineRow>> {
    let row = tx
        .prepare_cached(
            "SELECT session_at, session_offset, takeaway, difficult, focus, feeling_note,
                    feeling_rating, deleted_at,
                    (SELECT group_concat(word, ' ') FROM reflection_feeling
                     WHERE reflection_id = reflection.id),
                    (SELECT group_concat(answer, char(10)) FROM reflection_answer
                     WHERE reflection_id = reflection.id AND answer <> '')
             FROM reflection WHERE id = ?1",
        )?
        .query_row([id], |r| {
            Ok((
                from_stored(&r.get::<_, String>(0)?, r.get(1)?)?,
                [
                    r.get::<_, String>(2)?,
                    r.get::<_, String>(3)?,
                    r.get::<_, String>(4)?,
                    r.get::<_, String>(5)?,
                ],
                r.get::<_, Option<u8>>(6)?,
                r.get::<_, Option<String>>(7)?,
                r.get::<_, Option<String>>(8)?.unwrap_or_default(),
                r.get::<_, Option<String>>(9)?.unwrap_or_default(),
            ))
        })
        .optional()?;
    Ok(row.map(
        |(at, [takeaway, difficult, focus, note], mood, deleted_at, words, answers)| SpineRow {
            at,
            summary: journal::summary_of(
                [
                    takeaway.as_str(),
                    focus.as_str(),
                    difficult.as_str(),
                    note.as_str(),
                    answers.as_str(),
                ],
                "A feeling check",
            ),
            body: journal::search_text([
                takeaway.as_str(),
                difficult.as_str(),
                focus.as_str(),
                note.as_str(),
                answers.as_str(),
            ]),
            labels: journal::search_text([words.as_str()]),
            mood,
            deleted_at,
        },
    ))
}

fn insert_feelings(tx: &Transaction<'_>, id: i64, words: &[String]) -> Result<()> {
    let mut stmt = tx.prepare_cached(
        "INSERT INTO reflection_feeling (reflection_id, position, word) VALUES (?1, ?2, ?3)",
    )?;
    for (position, word) in (0_i64..).zip(words) {
        stmt.execute(params![id, position, word])?;
    }
    Ok(())
}

/// Looks up a reflection's internal id by its stable uid (used by import).
pub(crate) fn id_by_uid(tx: &Transaction<'_>, uid: &str) -> Result<Option<i64>> {
    Ok(tx
        .prepare_cached("SELECT id FROM reflection WHERE uid = ?1")?
        .query_row([uid], |r| r.get(0))
        .optional()?)
}
