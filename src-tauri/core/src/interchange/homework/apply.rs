//! What a homework file would add, and adding the items said yes to.

use rusqlite::{params, OptionalExtension};
use serde::Serialize;

use super::{item_uid, note_uid, parse_homework, HomeworkItem};
use crate::clock::to_stored;
use crate::error::{Error, Result};
use crate::i18n;
use crate::journal::insert_entry;
use crate::journal::note::NoteInput;
use crate::journal::questions::add_question;
use crate::practice::experiment::insert_experiment;
use crate::practice::plan::{insert_plan, PlanStatus, Practice};
use crate::storage::db::Db;

/// One item as the preview shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PreviewItem {
    pub id: String,
    /// "plan", "practice" (a plan whose action is a guided practice),
    /// "experiment", "questionnaire" or "question".
    pub kind: &'static str,
    /// The plan's action, the experiment's prediction, the
    /// questionnaire and when, in words, or the question.
    pub title: String,
    /// The plan's cue, or the experiment's test.
    pub detail: String,
    pub practice: Option<Practice>,
    /// Imported before (here, or on a computer this one syncs with).
    pub already_added: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct HomeworkPreview {
    pub file_id: String,
    pub from: String,
    pub note: String,
    pub note_already_added: bool,
    pub items: Vec<PreviewItem>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct HomeworkSummary {
    pub added: usize,
    pub already_here: usize,
    pub left_out: usize,
}

/// Whether the item with record `uid` was added before: its record is in
/// `table` (one of our own names), or the homework log remembers it (the
/// person may have deleted what it became since; it isn't added again).
fn present(conn: &rusqlite::Connection, table: &str, uid: &str) -> Result<bool> {
    Ok(conn
        .query_row(
            &format!(
                "SELECT 1 WHERE EXISTS (SELECT 1 FROM {table} WHERE uid = ?1)
                    OR EXISTS (SELECT 1 FROM homework_item WHERE uid = ?1)"
            ),
            [uid],
            |_| Ok(()),
        )
        .optional()?
        .is_some())
}

/// Remembers an added item (or the kept note) and who assigned it.
fn remember(
    tx: &rusqlite::Transaction<'_>,
    uid: &str,
    f: &super::HomeworkFile,
    item_id: &str,
    kind: &str,
    now: chrono::DateTime<chrono::FixedOffset>,
) -> Result<()> {
    let (at, offset) = to_stored(&now);
    tx.execute(
        "INSERT OR IGNORE INTO homework_item (uid, file_id, item_id, kind, from_name,
             assigned_at, assigned_offset)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![uid, f.id, item_id, kind, f.from.trim(), at, offset],
    )?;
    Ok(())
}

/// Adds a questionnaire request, unless one for the same questionnaire at
/// the same time is already asked (next week's file asking again is the
/// same request). `false` if it was.
fn add_request(
    tx: &rusqlite::Transaction<'_>,
    uid: &str,
    f: &super::HomeworkFile,
    q: &super::QuestionnaireItem,
    now: chrono::DateTime<chrono::FixedOffset>,
) -> Result<bool> {
    let asked: Option<i64> = tx
        .query_row(
            "SELECT id FROM measure_request
             WHERE measure = ?1 AND timing = ?2 AND deleted_at IS NULL",
            params![q.measure.as_str(), q.when.as_str()],
            |r| r.get(0),
        )
        .optional()?;
    if asked.is_some() {
        return Ok(false);
    }
    let (at, offset) = to_stored(&now);
    tx.execute(
        "INSERT INTO measure_request (uid, measure, timing, from_name,
             created_at, created_offset)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![
            uid,
            q.measure.as_str(),
            q.when.as_str(),
            f.from.trim(),
            at,
            offset
        ],
    )?;
    Ok(true)
}

const fn table_of(item: &HomeworkItem) -> &'static str {
    match item {
        HomeworkItem::Plan(_) => "plan",
        HomeworkItem::Experiment(_) => "experiment",
        HomeworkItem::Questionnaire(_) => "measure_request",
        HomeworkItem::Question(_) => "reflection_question",
    }
}

/// How the homework log names an item's kind.
const fn kind_of(item: &HomeworkItem) -> &'static str {
    match item {
        HomeworkItem::Plan(_) => "plan",
        HomeworkItem::Experiment(_) => "experiment",
        HomeworkItem::Questionnaire(_) => "questionnaire",
        HomeworkItem::Question(_) => "question",
    }
}

impl Db {
    /// What importing `text` would add, item by item. Reads only.
    pub fn preview_homework(&self, text: &str, file: &str) -> Result<HomeworkPreview> {
        let f = parse_homework(text, file, self.clock.now().date_naive())?;
        let items = f
            .items
            .iter()
            .map(|item| {
                let already_added =
                    present(&self.conn, table_of(item), &item_uid(&f.id, item.id()))?;
                Ok(match item {
                    HomeworkItem::Plan(p) => PreviewItem {
                        id: p.id.clone(),
                        kind: if p.practice.is_some() {
                            "practice"
                        } else {
                            "plan"
                        },
                        title: p.action.trim().to_owned(),
                        detail: p.cue.trim().to_owned(),
                        practice: p.practice,
                        already_added,
                    },
                    HomeworkItem::Experiment(e) => PreviewItem {
                        id: e.id.clone(),
                        kind: "experiment",
                        title: e.prediction.trim().to_owned(),
                        detail: e.test.trim().to_owned(),
                        practice: None,
                        already_added,
                    },
                    HomeworkItem::Questionnaire(q) => PreviewItem {
                        id: q.id.clone(),
                        kind: "questionnaire",
                        title: i18n::text(
                            "homework-questionnaire-title",
                            &[
                                ("measure", q.measure.as_str().into()),
                                ("when", q.when.as_str().into()),
                            ],
                        ),
                        detail: String::new(),
                        practice: None,
                        already_added,
                    },
                    HomeworkItem::Question(q) => PreviewItem {
                        id: q.id.clone(),
                        kind: "question",
                        title: q.text.trim().to_owned(),
                        detail: String::new(),
                        practice: None,
                        already_added,
                    },
                })
            })
            .collect::<Result<Vec<_>>>()?;
        Ok(HomeworkPreview {
            note_already_added: present(&self.conn, "note", &note_uid(&f.id))?,
            file_id: f.id,
            from: f.from.trim().to_owned(),
            note: f.note.trim().to_owned(),
            items,
        })
    }

    /// Adds the items whose ids are in `accept` (and the note, with
    /// `keep_note`), in one transaction. Items added before are skipped;
    /// the rest are left out. An id the file doesn't have is refused
    /// before anything is written.
    pub fn import_homework(
        &mut self,
        text: &str,
        file: &str,
        accept: &[String],
        keep_note: bool,
    ) -> Result<HomeworkSummary> {
        let now = self.clock.now();
        let f = parse_homework(text, file, now.date_naive())?;
        if let Some(unknown) = accept
            .iter()
            .find(|id| !f.items.iter().any(|i| i.id() == *id))
        {
            return Err(Error::invalid(i18n::text(
                "error-homework-unknown-item",
                &[("item", unknown.as_str().into())],
            )));
        }
        let tx = self.conn.transaction()?;
        let mut summary = HomeworkSummary {
            added: 0,
            already_here: 0,
            left_out: 0,
        };
        for item in &f.items {
            if !accept.iter().any(|id| id == item.id()) {
                summary.left_out += 1;
                continue;
            }
            let uid = item_uid(&f.id, item.id());
            if present(&tx, table_of(item), &uid)? {
                summary.already_here += 1;
                continue;
            }
            match item {
                HomeworkItem::Plan(p) => {
                    let input = HomeworkItem::plan_input(p).validated(now.date_naive())?;
                    insert_plan(&tx, &uid, &input, PlanStatus::Active, now, now)?;
                }
                HomeworkItem::Experiment(e) => {
                    let input = HomeworkItem::experiment_input(e).validated()?;
                    insert_experiment(&tx, &uid, &input, now)?;
                }
                HomeworkItem::Questionnaire(q) => {
                    if !add_request(&tx, &uid, &f, q, now)? {
                        remember(&tx, &uid, &f, item.id(), kind_of(item), now)?;
                        summary.already_here += 1;
                        continue;
                    }
                }
                HomeworkItem::Question(q) => {
                    // The same words asked by a later file are the same
                    // question, asked once.
                    if !add_question(&tx, &uid, &q.text, &f.from, now)? {
                        remember(&tx, &uid, &f, item.id(), kind_of(item), now)?;
                        summary.already_here += 1;
                        continue;
                    }
                }
            }
            // Who assigned it, for the brief.
            remember(&tx, &uid, &f, item.id(), kind_of(item), now)?;
            summary.added += 1;
        }
        let note = f.note.trim();
        if keep_note && !note.is_empty() {
            let uid = note_uid(&f.id);
            if present(&tx, "note", &uid)? {
                summary.already_here += 1;
            } else {
                let from = f.from.trim();
                let text = if from.is_empty() {
                    i18n::text("homework-note-unsigned", &[("note", note.into())])
                } else {
                    i18n::text(
                        "homework-note-from",
                        &[("from", from.into()), ("note", note.into())],
                    )
                };
                let input = NoteInput {
                    text,
                    ..NoteInput::default()
                }
                .validated(now)?;
                insert_entry(&tx, &uid, &input, now, now)?;
                remember(&tx, &uid, &f, "", "note", now)?;
                summary.added += 1;
            }
        }
        tx.commit()?;
        Ok(summary)
    }
}
