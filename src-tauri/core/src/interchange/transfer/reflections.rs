//! Reflections in the export file.

use chrono::{DateTime, FixedOffset};
use rusqlite::Transaction;
use serde::{Deserialize, Serialize};

use super::journal::{apply_meta, ids_to_export, meta_of, Meta};
use super::{check_uid, import_error};
use crate::error::Result;
use crate::journal::questions::{check_question, AnswerInput, ReflectionAnswer};
use crate::journal::reflection::{self, ReflectionInput};
use crate::journal::Kind;
use crate::storage::db::Db;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ExportedReflection {
    pub uid: String,
    pub session_at: DateTime<FixedOffset>,
    pub takeaway: String,
    pub difficult: String,
    pub focus: String,
    pub feeling_note: String,
    pub feeling_rating: Option<u8>,
    pub feelings: Vec<String>,
    /// Since version 3; earlier files read as not starred, not private.
    #[serde(default)]
    pub starred: bool,
    #[serde(default)]
    pub private: bool,
    #[serde(default)]
    pub tags: Vec<String>,
    /// Since version 7: answers to a therapist's questions, as asked.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub answers: Vec<ReflectionAnswer>,
    pub created_at: DateTime<FixedOffset>,
    pub updated_at: DateTime<FixedOffset>,
}

/// A reflection checked and ready to insert.
pub(super) struct Checked {
    uid: String,
    session_at: DateTime<FixedOffset>,
    input: ReflectionInput,
    answers: Vec<ReflectionAnswer>,
    meta: Meta,
    created: DateTime<FixedOffset>,
    updated: DateTime<FixedOffset>,
}

/// The reflections to export and how many private ones were left out.
pub(super) fn export(db: &Db, include_private: bool) -> Result<(Vec<ExportedReflection>, u32)> {
    let (ids, left_out) = ids_to_export(
        db,
        Kind::Reflection,
        "t.session_at, t.created_at",
        include_private,
    )?;
    let reflections = ids
        .into_iter()
        .map(|(id, uid)| {
            let r = db.reflection(id)?;
            let meta = meta_of(&db.conn, Kind::Reflection, id)?;
            Ok(ExportedReflection {
                uid,
                session_at: r.session_at,
                takeaway: r.takeaway,
                difficult: r.difficult,
                focus: r.focus,
                feeling_note: r.feeling_note,
                feeling_rating: r.feeling_rating,
                feelings: r.feelings,
                starred: meta.starred,
                private: meta.private,
                tags: meta.tags,
                answers: r.answers,
                created_at: r.created_at,
                updated_at: r.updated_at,
            })
        })
        .collect::<Result<_>>()?;
    Ok((reflections, left_out))
}

/// Validates one record with the same rules as the reflection form.
pub(super) fn check(
    what: &str,
    r: ExportedReflection,
    now: DateTime<FixedOffset>,
) -> Result<Checked> {
    check_uid(what, &r.uid)?;
    for a in &r.answers {
        check_uid(what, &a.question_uid)?;
        check_question(&a.question).map_err(|e| import_error(what, &e))?;
        crate::interchange::homework::HomeworkFile::check_from(&a.from)
            .map_err(|e| import_error(what, &e))?;
    }
    let input = ReflectionInput {
        session_at: Some(r.session_at),
        takeaway: r.takeaway,
        difficult: r.difficult,
        focus: r.focus,
        feeling_note: r.feeling_note,
        feeling_rating: r.feeling_rating,
        feelings: r.feelings,
        answers: r
            .answers
            .iter()
            .map(|a| AnswerInput {
                question_uid: a.question_uid.clone(),
                answer: a.answer.clone(),
            })
            .collect(),
    }
    // Imported sessions may be of any age; "the future" is judged against
    // the time the file was made as well as today.
    .validated(r.updated_at.max(now))
    .map_err(|e| import_error(what, &e))?;
    let tags = crate::journal::tags::clean(r.tags).map_err(|e| import_error(what, &e))?;
    // The checked answers (trimmed, one per question), with their words.
    let answers = input
        .answers
        .iter()
        .filter_map(|a| {
            r.answers
                .iter()
                .find(|x| x.question_uid == a.question_uid)
                .map(|x| ReflectionAnswer {
                    question_uid: a.question_uid.clone(),
                    question: x.question.trim().to_owned(),
                    from: x.from.trim().to_owned(),
                    answer: a.answer.clone(),
                })
        })
        .collect();
    Ok(Checked {
        uid: r.uid,
        session_at: r.session_at,
        input,
        answers,
        meta: Meta {
            starred: r.starred,
            private: r.private,
            tags,
        },
        created: r.created_at,
        updated: r.updated_at,
    })
}

impl Checked {
    pub(super) fn uid(&self) -> &str {
        &self.uid
    }
}

/// Inserts one checked record; `false` if its uid is already here.
pub(super) fn insert(tx: &Transaction<'_>, c: &Checked) -> Result<bool> {
    if reflection::id_by_uid(tx, &c.uid)?.is_some() {
        return Ok(false);
    }
    let id = reflection::insert(
        tx,
        &c.uid,
        c.session_at,
        &c.input,
        &c.answers,
        c.created,
        c.updated,
    )?;
    apply_meta(tx, Kind::Reflection, id, &c.meta)?;
    Ok(true)
}
