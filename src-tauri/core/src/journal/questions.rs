//! Questions a therapist wants asked after each session, handed over in a
//! homework file, and the person's answers to them.
//!
//! An accepted question is asked in every new post-session reflection,
//! after the four standard questions, until the person stops it. Answers
//! are optional, like every answer there. Each answer belongs to one
//! reflection and keeps the question's words as they were asked, so it
//! reads the same after the question is stopped, on a computer that never
//! had the file, in an export and in the brief.
//!
//! An answer's uid is derived from its reflection's uid and its question's
//! uid, so the same question answered on the same reflection on two
//! computers is one record, whose text sync merges like any other.

use chrono::{DateTime, FixedOffset};
use rusqlite::{params, Connection, OptionalExtension, Transaction};
use serde::{Deserialize, Serialize};

use super::reflection::MAX_ANSWER_CHARS;
use crate::clock::{from_stored, to_stored};
use crate::error::{Error, Result};
use crate::i18n;
use crate::storage::db::Db;

/// A question is a line or two, not a worksheet.
pub const MAX_QUESTION_CHARS: usize = 300;
/// The most extra answers one reflection may carry (a homework file holds
/// at most 50 items, and stopped questions keep their answers).
pub const MAX_ANSWERS: usize = 100;

/// A question asked in new reflections.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ReflectionQuestion {
    pub id: i64,
    pub uid: String,
    pub text: String,
    /// Who asked, as the homework file was signed ("" if it wasn't).
    pub from: String,
    pub created_at: DateTime<FixedOffset>,
}

/// An answer as the reflection form sends it: to which question, and what.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AnswerInput {
    pub question_uid: String,
    #[serde(default)]
    pub answer: String,
}

/// An answer as kept: the question's words as asked, who asked, the answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ReflectionAnswer {
    pub question_uid: String,
    pub question: String,
    #[serde(default)]
    pub from: String,
    pub answer: String,
}

/// Checks a question's words: something, and not more than a line or two.
pub(crate) fn check_question(text: &str) -> Result<()> {
    let chars = text.trim().chars().count();
    if chars == 0 {
        return Err(Error::invalid(i18n::text("error-question-empty", &[])));
    }
    if chars > MAX_QUESTION_CHARS {
        return Err(Error::invalid(i18n::text(
            "error-journal-text-too-long",
            &[
                (
                    "label",
                    i18n::text("error-question-label", &[]).as_str().into(),
                ),
                ("chars", chars.into()),
                ("max", MAX_QUESTION_CHARS.to_string().as_str().into()),
            ],
        )));
    }
    Ok(())
}

/// Trims the answers, keeps the first of any question answered twice, and
/// checks the limits. Empty answers stay: clearing one is a change.
pub(crate) fn check_answers(answers: Vec<AnswerInput>) -> Result<Vec<AnswerInput>> {
    let mut out: Vec<AnswerInput> = Vec::with_capacity(answers.len());
    for a in answers {
        if a.question_uid.trim().is_empty() || out.iter().any(|o| o.question_uid == a.question_uid)
        {
            continue;
        }
        let a = AnswerInput {
            answer: a.answer.trim().to_owned(),
            question_uid: a.question_uid,
        };
        let chars = a.answer.chars().count();
        if chars > MAX_ANSWER_CHARS {
            let label = i18n::text("error-question-answer-label", &[]);
            return Err(Error::invalid(i18n::text(
                "error-journal-answer-too-long",
                &[
                    ("label", label.as_str().into()),
                    ("chars", chars.into()),
                    ("max", MAX_ANSWER_CHARS.to_string().as_str().into()),
                ],
            )));
        }
        out.push(a);
    }
    if out.len() > MAX_ANSWERS {
        return Err(Error::invalid(i18n::text(
            "error-question-too-many-answers",
            &[("max", MAX_ANSWERS.into())],
        )));
    }
    Ok(out)
}

/// Adds a question from a homework file, unless the same words are asked
/// already (a later file asking again). `false` if it was already asked.
pub(crate) fn add_question(
    tx: &Transaction<'_>,
    uid: &str,
    text: &str,
    from: &str,
    now: DateTime<FixedOffset>,
) -> Result<bool> {
    let text = text.trim();
    let asked = tx
        .prepare_cached(
            "SELECT 1 FROM reflection_question WHERE text = ?1 AND deleted_at IS NULL LIMIT 1",
        )?
        .query_row([text], |_| Ok(()))
        .optional()?
        .is_some();
    if asked {
        return Ok(false);
    }
    let (at, offset) = to_stored(&now);
    tx.prepare_cached(
        "INSERT INTO reflection_question (uid, text, from_name, created_at, created_offset)
         VALUES (?1, ?2, ?3, ?4, ?5)",
    )?
    .execute(params![uid, text, from.trim(), at, offset])?;
    Ok(true)
}

/// The questions' words for each answer: as this reflection already asked
/// them, or as the question (stopped or not) reads. A question this
/// journal has never had is refused.
pub(crate) fn resolve(
    conn: &Connection,
    reflection_id: Option<i64>,
    answers: &[AnswerInput],
) -> Result<Vec<ReflectionAnswer>> {
    let mut stmt = conn.prepare_cached(
        "SELECT question, from_name FROM reflection_answer
           WHERE reflection_id = ?1 AND question_uid = ?2
         UNION ALL
         SELECT text, from_name FROM reflection_question WHERE uid = ?2
         LIMIT 1",
    )?;
    answers
        .iter()
        .map(|a| {
            let (question, from) = stmt
                .query_row(params![reflection_id, a.question_uid], |r| {
                    Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
                })
                .optional()?
                .ok_or_else(|| Error::invalid(i18n::text("error-question-unknown", &[])))?;
            Ok(ReflectionAnswer {
                question_uid: a.question_uid.clone(),
                question,
                from,
                answer: a.answer.clone(),
            })
        })
        .collect()
}

/// Writes the answers of reflection `id` (whose uid is `uid`), in the
/// order given. An answer cleared is kept empty (so the clearing travels),
/// and one never given isn't written at all. Rows that didn't change aren't
/// touched.
pub(crate) fn write_answers(
    tx: &Transaction<'_>,
    id: i64,
    uid: &str,
    answers: &[ReflectionAnswer],
    at: DateTime<FixedOffset>,
) -> Result<()> {
    let (at, offset) = to_stored(&at);
    let mut upsert = tx.prepare_cached(
        "INSERT INTO reflection_answer (uid, reflection_id, question_uid, question, from_name,
             position, answer, created_at, created_offset, updated_at, updated_offset)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?8, ?9)
         ON CONFLICT (uid) DO UPDATE SET position = excluded.position,
             answer = excluded.answer, updated_at = excluded.updated_at,
             updated_offset = excluded.updated_offset
         WHERE answer IS NOT excluded.answer OR position IS NOT excluded.position",
    )?;
    let mut clear = tx.prepare_cached(
        "UPDATE reflection_answer SET answer = '', updated_at = ?2, updated_offset = ?3
         WHERE uid = ?1 AND answer <> ''",
    )?;
    for (position, a) in (0_i64..).zip(answers) {
        let answer = answer_uid(uid, &a.question_uid);
        if a.answer.is_empty() {
            clear.execute(params![answer, at, offset])?;
        } else {
            upsert.execute(params![
                answer,
                id,
                a.question_uid,
                a.question,
                a.from,
                position,
                a.answer,
                at,
                offset
            ])?;
        }
    }
    Ok(())
}

/// The uid of the answer to `question_uid` on reflection `reflection_uid`.
fn answer_uid(reflection_uid: &str, question_uid: &str) -> String {
    crate::uid::derived_uid("interlude-reflection-answer", reflection_uid, question_uid)
}

/// A reflection's answers that say something, in the order asked.
pub(crate) fn answers_of(conn: &Connection, reflection_id: i64) -> Result<Vec<ReflectionAnswer>> {
    let mut stmt = conn.prepare_cached(
        "SELECT question_uid, question, from_name, answer FROM reflection_answer
         WHERE reflection_id = ?1 AND answer <> '' ORDER BY position, id",
    )?;
    let rows = stmt
        .query_map([reflection_id], |r| {
            Ok(ReflectionAnswer {
                question_uid: r.get(0)?,
                question: r.get(1)?,
                from: r.get(2)?,
                answer: r.get(3)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

impl Db {
    /// The questions asked in new reflections, oldest first.
    pub fn reflection_questions(&self) -> Result<Vec<ReflectionQuestion>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, uid, text, from_name, created_at, created_offset
             FROM reflection_question WHERE deleted_at IS NULL ORDER BY created_at, id",
        )?;
        let rows = stmt
            .query_map([], |r| {
                Ok(ReflectionQuestion {
                    id: r.get(0)?,
                    uid: r.get(1)?,
                    text: r.get(2)?,
                    from: r.get(3)?,
                    created_at: from_stored(&r.get::<_, String>(4)?, r.get(5)?)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    /// Stops asking a question in new reflections. Answers already written
    /// stay with their reflections; a homework file opened again doesn't
    /// bring the question back.
    pub fn stop_reflection_question(&mut self, id: i64) -> Result<()> {
        let (now, _) = to_stored(&self.clock.now());
        let changed = self.conn.execute(
            "UPDATE reflection_question SET deleted_at = ?2 WHERE id = ?1 AND deleted_at IS NULL",
            params![id, now],
        )?;
        if changed == 0 {
            return Err(Error::NotFound(i18n::text("error-question-not-found", &[])));
        }
        Ok(())
    }
}
