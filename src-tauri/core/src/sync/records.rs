//! What travels, read from and written to the journal's own tables.
//!
//! Every table that holds the person's words or plans is described once
//! here: how its records are named across computers (a uid, a fixed name
//! for the one-row tables, or the parent's uid and a day), and how its
//! columns group into fields. A field is what merges: columns that only
//! make sense together (a time and its offset, a questionnaire's answers
//! and score, a schedule's rule and zone) are one field, so two computers
//! can never leave half of one and half of the other.
//!
//! Reading gives each record as `field → JSON value`; writing takes the
//! same form back. Row ids never travel: references between records (a
//! plan made from a reflection, a day logged on a plan) travel as uids.
//! Drafts, reminders already fired and the scheduler's state stay on the
//! computer that has them.

use std::collections::BTreeMap;

use rusqlite::types::{Value as SqlValue, ValueRef};
use rusqlite::{params_from_iter, OptionalExtension, Transaction};
use serde_json::{Map, Value};

use crate::error::{Error, Result};
use crate::i18n;
use crate::journal::{spine, tags, EntryFlags, Kind};

/// A record's fields, in name order.
pub type Fields = BTreeMap<String, Value>;

/// How a record is named across computers.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Key {
    /// The table's own `uid` column.
    Uid,
    /// A table of one row (`id = 1`), named by the kind alone.
    Single,
    /// A natural key column (a session's occurrence, a brief's start).
    Column(&'static str),
    /// A row belonging to a plan: the plan's uid, `/`, and this column.
    Plan(&'static str),
}

/// One field: its name and the columns it carries. One column gives the
/// column's value; several give a JSON array of them, in this order.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Field {
    pub name: &'static str,
    pub cols: &'static [&'static str],
    /// Free text a person typed: edits made apart on two computers are
    /// both kept and offered back rather than one silently winning.
    pub text: bool,
    /// Added to the kind after it first travelled. A record from an older
    /// Interlude lacks it, and is written without it (the column keeps
    /// what it holds, or its default) rather than waiting for it forever.
    pub later: bool,
}

const fn one(name: &'static str) -> Field {
    Field {
        name,
        cols: &[],
        text: false,
        later: false,
    }
}
const fn text(name: &'static str) -> Field {
    Field {
        name,
        cols: &[],
        text: true,
        later: false,
    }
}
const fn group(name: &'static str, cols: &'static [&'static str]) -> Field {
    Field {
        name,
        cols,
        text: false,
        later: false,
    }
}
/// A field added after its kind first travelled (see [`Field::later`]).
const fn later(field: Field) -> Field {
    Field {
        later: true,
        ..field
    }
}

impl Field {
    fn columns(&self) -> Vec<&'static str> {
        if self.cols.is_empty() {
            vec![self.name]
        } else {
            self.cols.to_vec()
        }
    }
}

/// Rows in another table that belong to a record (a reflection's feeling
/// words), travelling as one field: a JSON array of rows.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Child {
    pub field: &'static str,
    pub table: &'static str,
    pub parent: &'static str,
    pub cols: &'static [&'static str],
    /// Ordered by a `position` column (written back 0, 1, 2…); otherwise
    /// by the columns themselves.
    pub positional: bool,
}

/// One kind of record.
#[derive(Debug)]
pub(crate) struct Desc {
    pub kind: &'static str,
    pub table: &'static str,
    pub key: Key,
    pub fields: &'static [Field],
    /// `(column, table)`: a row id in this table that travels as the uid of
    /// the row it points at, in a field named after the column minus `_id`.
    pub refs: &'static [(&'static str, &'static str)],
    pub children: &'static [Child],
    /// A journal entry: its star, privacy and tags travel with it.
    pub entry: Option<Kind>,
    /// Deleting sets `deleted_at` (a field); without it, a row that is gone
    /// is recorded in a `present` field so the delete travels.
    pub soft_delete: bool,
    /// A JSON object column whose keys travel as fields of their own
    /// (`body.name`), so two people-facing parts edited apart both stay.
    pub split: Option<&'static str>,
}

/// Every kind that travels, in the order they are written: a record is
/// written after the records it points at.
pub(crate) static DESCS: &[Desc] = &[
    Desc {
        kind: "reflection",
        table: "reflection",
        key: Key::Uid,
        fields: &[
            group("session", &["session_at", "session_offset"]),
            text("takeaway"),
            text("difficult"),
            text("focus"),
            text("feeling_note"),
            one("feeling_rating"),
            group("created", &["created_at", "created_offset"]),
            group("updated", &["updated_at", "updated_offset"]),
            one("deleted_at"),
        ],
        refs: &[],
        children: &[Child {
            field: "feelings",
            table: "reflection_feeling",
            parent: "reflection_id",
            cols: &["word"],
            positional: true,
        }],
        entry: Some(Kind::Reflection),
        soft_delete: true,
        split: None,
    },
    Desc {
        kind: "moment",
        table: "moment",
        key: Key::Uid,
        fields: &[
            group("occurred", &["occurred_at", "occurred_offset"]),
            text("situation"),
            text("body"),
            text("self_talk"),
            text("did"),
            text("friend"),
            // The full thought record (migration 0010).
            later(one("belief_before")),
            later(text("evidence_for")),
            later(text("evidence_against")),
            later(text("balanced")),
            later(one("belief_after")),
            group("created", &["created_at", "created_offset"]),
            group("updated", &["updated_at", "updated_offset"]),
            one("deleted_at"),
        ],
        refs: &[],
        children: &[
            Child {
                field: "emotions",
                table: "moment_emotion",
                parent: "moment_id",
                cols: &["word", "before", "after"],
                positional: true,
            },
            Child {
                field: "traps",
                table: "moment_trap",
                parent: "moment_id",
                cols: &["trap"],
                positional: false,
            },
        ],
        entry: Some(Kind::Moment),
        soft_delete: true,
        split: None,
    },
    Desc {
        kind: "checkin",
        table: "checkin",
        key: Key::Uid,
        fields: &[
            group("at", &["at", "at_offset"]),
            one("mood"),
            text("note"),
            group("created", &["created_at", "created_offset"]),
            group("updated", &["updated_at", "updated_offset"]),
            one("deleted_at"),
        ],
        refs: &[],
        children: &[Child {
            field: "feelings",
            table: "checkin_feeling",
            parent: "checkin_id",
            cols: &["word"],
            positional: true,
        }],
        entry: Some(Kind::Checkin),
        soft_delete: true,
        split: None,
    },
    Desc {
        kind: "note",
        table: "note",
        key: Key::Uid,
        fields: &[
            group("at", &["at", "at_offset"]),
            text("text"),
            one("mood"),
            group("created", &["created_at", "created_offset"]),
            group("updated", &["updated_at", "updated_offset"]),
            one("deleted_at"),
        ],
        refs: &[],
        children: &[],
        entry: Some(Kind::Note),
        soft_delete: true,
        split: None,
    },
    Desc {
        kind: "plan",
        table: "plan",
        key: Key::Uid,
        fields: &[
            text("action"),
            group("amount", &["amount", "unit"]),
            group("frequency", &["frequency", "frequency_value"]),
            text("cue"),
            one("cue_time"),
            one("start_date"),
            one("end_date"),
            one("practice"),
            one("status"),
            group("created", &["created_at", "created_offset"]),
            group("updated", &["updated_at", "updated_offset"]),
        ],
        refs: &[("from_reflection_id", "reflection")],
        children: &[],
        entry: None,
        soft_delete: false,
        split: None,
    },
    Desc {
        kind: "plan_day",
        table: "plan_log",
        key: Key::Plan("day"),
        fields: &[
            group("outcome", &["outcome", "count"]),
            text("reason"),
            text("note"),
            group("logged", &["logged_at", "logged_offset"]),
        ],
        refs: &[],
        children: &[],
        entry: None,
        soft_delete: false,
        split: None,
    },
    Desc {
        kind: "plan_pause",
        table: "plan_pause",
        key: Key::Plan("from_day"),
        fields: &[one("until_day")],
        refs: &[],
        children: &[],
        entry: None,
        soft_delete: false,
        split: None,
    },
    Desc {
        kind: "compassion_break",
        table: "compassion_break",
        key: Key::Uid,
        fields: &[
            text("mindfulness"),
            text("humanity"),
            text("kindness"),
            group("created", &["created_at", "created_offset"]),
        ],
        refs: &[("plan_id", "plan")],
        children: &[],
        entry: None,
        soft_delete: false,
        split: None,
    },
    Desc {
        kind: "experiment",
        table: "experiment",
        key: Key::Uid,
        fields: &[
            text("prediction"),
            one("belief_before"),
            text("test"),
            text("safety"),
            text("expected"),
            group("planned", &["planned_at", "planned_offset"]),
            text("happened"),
            text("learned"),
            one("belief_after"),
            text("obstacles"),
            one("written_up_at"),
            group("created", &["created_at", "created_offset"]),
            group("updated", &["updated_at", "updated_offset"]),
            one("deleted_at"),
        ],
        refs: &[("moment_id", "moment"), ("plan_id", "plan")],
        children: &[],
        entry: None,
        soft_delete: true,
        split: None,
    },
    Desc {
        kind: "value",
        table: "life_value",
        key: Key::Uid,
        fields: &[
            one("area"),
            text("words"),
            group("created", &["created_at", "created_offset"]),
            group("updated", &["updated_at", "updated_offset"]),
            one("deleted_at"),
        ],
        refs: &[],
        children: &[],
        entry: None,
        soft_delete: true,
        split: None,
    },
    Desc {
        kind: "activity",
        table: "activity",
        key: Key::Uid,
        fields: &[
            text("what"),
            group("planned", &["planned_at", "planned_offset"]),
            group(
                "predicted",
                &["predicted_mood", "predicted_mastery", "predicted_pleasure"],
            ),
            group("done", &["done_at", "done_offset"]),
            group(
                "actual",
                &["actual_mood", "actual_mastery", "actual_pleasure"],
            ),
            text("note"),
            group("created", &["created_at", "created_offset"]),
            group("updated", &["updated_at", "updated_offset"]),
            one("deleted_at"),
        ],
        refs: &[("value_id", "life_value")],
        children: &[],
        entry: None,
        soft_delete: true,
        split: None,
    },
    Desc {
        kind: "homework_item",
        table: "homework_item",
        key: Key::Uid,
        fields: &[
            one("file_id"),
            one("item_id"),
            one("kind"),
            one("from_name"),
            group("assigned", &["assigned_at", "assigned_offset"]),
        ],
        refs: &[],
        children: &[],
        entry: None,
        soft_delete: false,
        split: None,
    },
    Desc {
        kind: "measure_request",
        table: "measure_request",
        key: Key::Uid,
        fields: &[
            one("measure"),
            one("timing"),
            one("from_name"),
            group("created", &["created_at", "created_offset"]),
            one("deleted_at"),
        ],
        refs: &[],
        children: &[],
        entry: None,
        soft_delete: true,
        split: None,
    },
    Desc {
        kind: "reflection_question",
        table: "reflection_question",
        key: Key::Uid,
        fields: &[
            one("text"),
            one("from_name"),
            group("created", &["created_at", "created_offset"]),
            one("deleted_at"),
        ],
        refs: &[],
        children: &[],
        entry: None,
        soft_delete: true,
        split: None,
    },
    // An answer to one of those on one reflection; its uid is derived from
    // both, so one answered apart on two computers is one record.
    Desc {
        kind: "reflection_answer",
        table: "reflection_answer",
        key: Key::Uid,
        fields: &[
            one("question_uid"),
            one("question"),
            one("from_name"),
            one("position"),
            text("answer"),
            group("created", &["created_at", "created_offset"]),
            group("updated", &["updated_at", "updated_offset"]),
        ],
        refs: &[("reflection_id", "reflection")],
        children: &[],
        entry: None,
        soft_delete: false,
        split: None,
    },
    Desc {
        kind: "measure",
        table: "measure",
        key: Key::Uid,
        fields: &[
            one("kind"),
            group("result", &["answers", "difficulty", "complete", "score"]),
            group("at", &["at", "at_offset"]),
            group("created", &["created_at", "created_offset"]),
            group("updated", &["updated_at", "updated_offset"]),
            one("deleted_at"),
        ],
        refs: &[],
        children: &[],
        entry: None,
        soft_delete: true,
        split: None,
    },
    Desc {
        kind: "safety_plan",
        table: "safety_plan",
        key: Key::Single,
        fields: &[group("updated", &["updated_at", "updated_offset"])],
        refs: &[],
        children: &[],
        entry: None,
        soft_delete: false,
        split: Some("body"),
    },
    Desc {
        kind: "session_schedule",
        table: "session_schedule",
        key: Key::Single,
        fields: &[group(
            "schedule",
            &[
                "rrule",
                "dtstart",
                "duration_minutes",
                "time_zone",
                "updated_at",
            ],
        )],
        refs: &[],
        children: &[],
        entry: None,
        soft_delete: false,
        split: None,
    },
    Desc {
        kind: "session_change",
        table: "session_change",
        key: Key::Column("occurrence"),
        fields: &[one("new_start")],
        refs: &[],
        children: &[],
        entry: None,
        soft_delete: false,
        split: None,
    },
    Desc {
        kind: "preference",
        table: "preference",
        key: Key::Column("name"),
        fields: &[one("value")],
        refs: &[],
        children: &[],
        entry: None,
        soft_delete: false,
        split: None,
    },
    Desc {
        kind: "brief_prep",
        table: "brief_prep",
        key: Key::Column("since"),
        fields: &[one("updated_at")],
        refs: &[],
        children: &[],
        entry: None,
        soft_delete: false,
        split: Some("body"),
    },
];

/// The fields every entry kind carries besides its own columns.
pub(crate) const ENTRY_FIELDS: &[&str] = &["starred", "private", "tags"];
/// The field that records whether a hard-deleted kind's row exists.
pub(crate) const PRESENT: &str = "present";

pub(crate) fn desc(kind: &str) -> Option<&'static Desc> {
    DESCS.iter().find(|d| d.kind == kind)
}

impl Desc {
    /// Whether `field` is one this build knows for the kind.
    pub fn knows(&self, field: &str) -> bool {
        self.fields.iter().any(|f| f.name == field)
            || self.children.iter().any(|c| c.field == field)
            || self.refs.iter().any(|(col, _)| ref_field(col) == field)
            || (self.entry.is_some() && ENTRY_FIELDS.contains(&field))
            || (!self.soft_delete && field == PRESENT)
            || self
                .split
                .is_some_and(|col| field.strip_prefix(col).is_some_and(|r| r.starts_with('.')))
    }

    /// Whether `field` was added after the kind first travelled and holds
    /// what its column holds by default: nothing a person gave. Such a
    /// value isn't sent until it changes, so every record of a journal
    /// that upgrades doesn't travel again for fields nobody filled in.
    pub fn unfilled_later(&self, field: &str, value: &Value) -> bool {
        let empty = value.is_null() || value.as_str() == Some("");
        empty && self.fields.iter().any(|f| f.name == field && f.later)
    }

    /// Whether `field` holds free text (kept twice when edited apart).
    pub fn is_text(&self, field: &str) -> bool {
        self.fields.iter().any(|f| f.name == field && f.text)
    }

    /// The fields a record needs before it can be written (the split
    /// object's keys are optional: a missing one is left out).
    pub fn required(&self) -> Vec<String> {
        let mut out: Vec<String> = self
            .fields
            .iter()
            .filter(|f| !f.later)
            .map(|f| f.name.to_owned())
            .collect();
        out.extend(self.children.iter().map(|c| c.field.to_owned()));
        out.extend(self.refs.iter().map(|(col, _)| ref_field(col)));
        if self.entry.is_some() {
            out.extend(ENTRY_FIELDS.iter().map(|f| (*f).to_owned()));
        }
        if !self.soft_delete {
            out.push(PRESENT.to_owned());
        }
        out
    }

    /// Whether a record in this state is deleted.
    pub fn is_deleted(&self, fields: &Fields) -> bool {
        if self.soft_delete {
            fields.get("deleted_at").is_some_and(|v| !v.is_null())
        } else {
            fields.get(PRESENT) == Some(&Value::Bool(false))
        }
    }

    /// A record, as the journal holds it now, keyed by its travelling name.
    // The table's columns, its links, its split object, its child rows and
    // its entry flags, in one pass: long, but one flow.
    #[allow(clippy::too_many_lines)]
    pub fn read_all(&self, tx: &Transaction<'_>) -> Result<BTreeMap<String, Fields>> {
        let mut cols: Vec<&str> = Vec::new();
        for f in self.fields {
            cols.extend(f.columns());
        }
        let (key_sql, from) = match self.key {
            Key::Uid => ("t.uid".to_owned(), format!("{} t", self.table)),
            Key::Single => ("'1'".to_owned(), format!("{} t", self.table)),
            Key::Column(c) => (format!("t.{c}"), format!("{} t", self.table)),
            Key::Plan(c) => (
                format!("p.uid || '/' || t.{c}"),
                format!("{} t JOIN plan p ON p.id = t.plan_id", self.table),
            ),
        };
        let id_sql = if matches!(self.key, Key::Uid | Key::Single) {
            "t.id"
        } else {
            "NULL"
        };
        let mut select: Vec<String> = vec![id_sql.to_owned(), key_sql];
        select.extend(cols.iter().map(|c| format!("t.{c}")));
        for (col, table) in self.refs {
            select.push(format!("(SELECT uid FROM {table} WHERE id = t.{col})"));
        }
        if let Some(col) = self.split {
            select.push(format!("t.{col}"));
        }
        let sql = format!("SELECT {} FROM {from}", select.join(", "));
        let mut stmt = tx.prepare(&sql)?;
        let mut rows = stmt.query([])?;
        let mut out = BTreeMap::new();
        let mut ids: Vec<(i64, String)> = Vec::new();
        while let Some(row) = rows.next()? {
            let id: Option<i64> = row.get(0)?;
            let key: String = row.get(1)?;
            let mut fields = Fields::new();
            let mut at = 2;
            for f in self.fields {
                let n = f.columns().len();
                let value = if f.cols.is_empty() {
                    to_json(row.get_ref(at)?)
                } else {
                    Value::Array(
                        (at..at + n)
                            .map(|i| row.get_ref(i).map(to_json))
                            .collect::<rusqlite::Result<_>>()?,
                    )
                };
                at += n;
                fields.insert(f.name.to_owned(), value);
            }
            for (col, _) in self.refs {
                fields.insert(ref_field(col), to_json(row.get_ref(at)?));
                at += 1;
            }
            if let Some(col) = self.split {
                let body: String = row.get(at)?;
                if let Ok(Value::Object(map)) = serde_json::from_str::<Value>(&body) {
                    for (k, v) in map {
                        fields.insert(format!("{col}.{k}"), v);
                    }
                }
            }
            if !self.soft_delete {
                fields.insert(PRESENT.to_owned(), Value::Bool(true));
            }
            if let Some(id) = id {
                ids.push((id, key.clone()));
            }
            out.insert(key, fields);
        }
        drop(rows);
        if !self.children.is_empty() || self.entry.is_some() {
            let by_id: BTreeMap<i64, String> = ids.into_iter().collect();
            for child in self.children {
                let order = if child.positional {
                    "position".to_owned()
                } else {
                    child.cols.join(", ")
                };
                let sql = format!(
                    "SELECT {}, {} FROM {} ORDER BY {}, {order}",
                    child.parent,
                    child.cols.join(", "),
                    child.table,
                    child.parent
                );
                let mut stmt = tx.prepare(&sql)?;
                let mut rows = stmt.query([])?;
                let mut lists: BTreeMap<i64, Vec<Value>> = BTreeMap::new();
                while let Some(row) = rows.next()? {
                    let parent: i64 = row.get(0)?;
                    let value = if child.cols.len() == 1 {
                        to_json(row.get_ref(1)?)
                    } else {
                        Value::Array(
                            (1..=child.cols.len())
                                .map(|i| row.get_ref(i).map(to_json))
                                .collect::<rusqlite::Result<_>>()?,
                        )
                    };
                    lists.entry(parent).or_default().push(value);
                }
                for (id, key) in &by_id {
                    if let Some(fields) = out.get_mut(key) {
                        fields.insert(
                            child.field.to_owned(),
                            Value::Array(lists.remove(id).unwrap_or_default()),
                        );
                    }
                }
            }
            if let Some(kind) = self.entry {
                let mut stmt = tx.prepare(
                    "SELECT e.ref_id, e.starred, e.private,
                            (SELECT json_group_array(name) FROM
                                (SELECT t.name FROM entry_tag et JOIN tag t ON t.id = et.tag_id
                                 WHERE et.entry_id = e.id ORDER BY t.name))
                     FROM entry e WHERE e.kind = ?1",
                )?;
                let mut rows = stmt.query([kind.as_str()])?;
                while let Some(row) = rows.next()? {
                    let id: i64 = row.get(0)?;
                    let Some(fields) = by_id.get(&id).and_then(|k| out.get_mut(k)) else {
                        continue;
                    };
                    let tags: String = row.get(3)?;
                    fields.insert("starred".into(), Value::Bool(row.get::<_, i64>(1)? == 1));
                    fields.insert("private".into(), Value::Bool(row.get::<_, i64>(2)? == 1));
                    fields.insert(
                        "tags".into(),
                        serde_json::from_str(&tags).unwrap_or(Value::Array(Vec::new())),
                    );
                }
            }
        }
        Ok(out)
    }

    /// Writes one record as `fields` say (the winners of every field).
    // The mirror of `read_all`, one flow; the column and value lists it
    // builds have similar names on purpose (`cols`/`ccols`, `vals`).
    #[allow(clippy::too_many_lines, clippy::similar_names)]
    pub fn write(&self, tx: &Transaction<'_>, key: &str, fields: &Fields) -> Result<Written> {
        let deleted = self.is_deleted(fields);
        let (key_cols, key_vals): (Vec<&str>, Vec<SqlValue>) = match self.key {
            Key::Uid => (vec!["uid"], vec![SqlValue::Text(key.to_owned())]),
            Key::Single => (vec!["id"], vec![SqlValue::Integer(1)]),
            Key::Column(c) => (vec![c], vec![SqlValue::Text(key.to_owned())]),
            Key::Plan(c) => {
                let Some((plan_uid, own)) = key.split_once('/') else {
                    return Err(Error::Invalid(i18n::text(
                        "error-sync-bad-plan-day",
                        &[("key", key.into())],
                    )));
                };
                let plan_id: Option<i64> = tx
                    .query_row("SELECT id FROM plan WHERE uid = ?1", [plan_uid], |r| {
                        r.get(0)
                    })
                    .optional()?;
                let Some(plan_id) = plan_id else {
                    return Ok(Written::Waiting);
                };
                (
                    vec!["plan_id", c],
                    vec![SqlValue::Integer(plan_id), SqlValue::Text(own.to_owned())],
                )
            }
        };
        let where_sql = key_cols
            .iter()
            .enumerate()
            .map(|(i, c)| format!("{c} = ?{}", i + 1))
            .collect::<Vec<_>>()
            .join(" AND ");
        let exists: bool = tx.query_row(
            &format!(
                "SELECT EXISTS (SELECT 1 FROM {} WHERE {where_sql})",
                self.table
            ),
            params_from_iter(key_vals.iter()),
            |r| r.get(0),
        )?;
        if deleted && !self.soft_delete {
            tx.execute(
                &format!("DELETE FROM {} WHERE {where_sql}", self.table),
                params_from_iter(key_vals.iter()),
            )?;
            let mut gone = Fields::new();
            gone.insert(PRESENT.to_owned(), Value::Bool(false));
            return Ok(Written::Held {
                held: gone,
                whole: true,
            });
        }
        if deleted && !exists {
            // Deleted here and already let go of after the undo window:
            // nothing to bring back.
            return Ok(Written::LetGo);
        }
        let mut cols: Vec<&str> = key_cols.clone();
        let mut vals: Vec<SqlValue> = key_vals.clone();
        for f in self.fields {
            let value = match fields.get(f.name) {
                Some(value) => value,
                None if f.later => continue,
                None => return Err(missing(self.kind, f.name)),
            };
            if f.cols.is_empty() {
                cols.push(f.name);
                vals.push(to_sql(value)?);
            } else {
                let parts = value
                    .as_array()
                    .filter(|a| a.len() == f.cols.len())
                    .ok_or_else(|| {
                        Error::Invalid(i18n::text(
                            "error-sync-field-malformed",
                            &[("field", f.name.into()), ("kind", self.kind.into())],
                        ))
                    })?;
                for (col, part) in f.cols.iter().zip(parts) {
                    cols.push(col);
                    vals.push(to_sql(part)?);
                }
            }
        }
        let mut unresolved = false;
        for (col, table) in self.refs {
            let uid = fields.get(&ref_field(col)).and_then(Value::as_str);
            let id: Option<i64> = match uid {
                Some(uid) => {
                    let id = tx
                        .query_row(
                            &format!("SELECT id FROM {table} WHERE uid = ?1"),
                            [uid],
                            |r| r.get(0),
                        )
                        .optional()?;
                    unresolved |= id.is_none();
                    id
                }
                None => None,
            };
            cols.push(col);
            vals.push(id.map_or(SqlValue::Null, SqlValue::Integer));
        }
        if let Some(col) = self.split {
            let prefix = format!("{col}.");
            let object: Map<String, Value> = fields
                .iter()
                .filter_map(|(k, v)| k.strip_prefix(&prefix).map(|k| (k.to_owned(), v.clone())))
                .collect();
            cols.push(col);
            vals.push(SqlValue::Text(Value::Object(object).to_string()));
        }
        let conflict_cols = key_cols.join(", ");
        let updates = cols
            .iter()
            .skip(key_cols.len())
            .map(|c| format!("{c} = excluded.{c}"))
            .collect::<Vec<_>>()
            .join(", ");
        let placeholders = (1..=cols.len())
            .map(|i| format!("?{i}"))
            .collect::<Vec<_>>()
            .join(", ");
        let returning = if matches!(self.key, Key::Uid | Key::Single) {
            " RETURNING id"
        } else {
            ""
        };
        let sql = format!(
            "INSERT INTO {} ({}) VALUES ({placeholders}) ON CONFLICT ({conflict_cols}) DO UPDATE SET {updates}{returning}",
            self.table,
            cols.join(", ")
        );
        let mut tags_held: Option<Value> = None;
        let id: Option<i64> = if returning.is_empty() {
            tx.execute(&sql, params_from_iter(vals.iter()))?;
            None
        } else {
            Some(tx.query_row(&sql, params_from_iter(vals.iter()), |r| r.get(0))?)
        };
        if let Some(id) = id {
            for child in self.children {
                let list = fields
                    .get(child.field)
                    .and_then(Value::as_array)
                    .ok_or_else(|| missing(self.kind, child.field))?;
                tx.execute(
                    &format!("DELETE FROM {} WHERE {} = ?1", child.table, child.parent),
                    [id],
                )?;
                let mut ccols = vec![child.parent];
                if child.positional {
                    ccols.push("position");
                }
                ccols.extend(child.cols);
                let ph = (1..=ccols.len())
                    .map(|i| format!("?{i}"))
                    .collect::<Vec<_>>()
                    .join(", ");
                let mut insert = tx.prepare_cached(&format!(
                    "INSERT OR IGNORE INTO {} ({}) VALUES ({ph})",
                    child.table,
                    ccols.join(", ")
                ))?;
                for (position, item) in list.iter().enumerate() {
                    let mut row = vec![SqlValue::Integer(id)];
                    if child.positional {
                        row.push(SqlValue::Integer(
                            i64::try_from(position).unwrap_or(i64::MAX),
                        ));
                    }
                    if child.cols.len() == 1 {
                        row.push(to_sql(item)?);
                    } else {
                        let parts = item
                            .as_array()
                            .filter(|a| a.len() == child.cols.len())
                            .ok_or_else(|| {
                                Error::Invalid(i18n::text(
                                    "error-sync-fields-malformed",
                                    &[("field", child.field.into()), ("kind", self.kind.into())],
                                ))
                            })?;
                        for part in parts {
                            row.push(to_sql(part)?);
                        }
                    }
                    insert.execute(params_from_iter(row.iter()))?;
                }
            }
            if let Some(kind) = self.entry {
                if let Some(entry_id) = spine::sync(tx, kind, id)? {
                    let flag = |name: &str| fields.get(name).and_then(Value::as_bool);
                    crate::journal::apply_flags(
                        tx,
                        entry_id,
                        EntryFlags {
                            starred: flag("starred"),
                            private: flag("private"),
                        },
                    )?;
                    let names: Vec<String> = fields
                        .get("tags")
                        .and_then(Value::as_array)
                        .map(|a| {
                            a.iter()
                                .filter_map(|t| t.as_str().map(str::to_owned))
                                .collect()
                        })
                        .unwrap_or_default();
                    tags::replace(tx, entry_id, &names)?;
                    // A tag already here in another case keeps its
                    // spelling ("Work" for "work"): what the journal holds
                    // is what the next look compares with.
                    let held_tags: String = tx.query_row(
                        "SELECT json_group_array(name) FROM
                            (SELECT t.name FROM entry_tag et JOIN tag t ON t.id = et.tag_id
                             WHERE et.entry_id = ?1 ORDER BY t.name)",
                        [entry_id],
                        |r| r.get(0),
                    )?;
                    tags_held = serde_json::from_str(&held_tags).ok();
                }
            }
        }
        let mut held = fields.clone();
        if let Some(tags) = tags_held {
            held.insert("tags".into(), tags);
        }
        if unresolved {
            // The journal holds no link until the record it points at
            // arrives; the caller keeps the record to try again.
            for (col, _) in self.refs {
                held.insert(ref_field(col), Value::Null);
            }
        }
        held.retain(|k, _| self.knows(k));
        Ok(Written::Held {
            held,
            whole: !unresolved,
        })
    }
}

/// What writing a record did.
#[derive(Debug)]
pub(crate) enum Written {
    /// Written; `held` is the record as the journal now holds it. Not
    /// `whole` when a record it points at hasn't arrived: the link is left
    /// empty for now and the record is written again later.
    Held { held: Fields, whole: bool },
    /// Belongs to a plan that hasn't arrived yet.
    Waiting,
    /// Deleted, and already let go of here.
    LetGo,
}

/// The field a reference column travels in: `from_reflection_id` → `from_reflection`.
pub(crate) fn ref_field(col: &str) -> String {
    col.strip_suffix("_id").unwrap_or(col).to_owned()
}

fn missing(kind: &str, field: &str) -> Error {
    Error::Invalid(i18n::text(
        "error-sync-field-missing",
        &[("kind", kind.into()), ("field", field.into())],
    ))
}

fn to_json(value: ValueRef<'_>) -> Value {
    match value {
        ValueRef::Null => Value::Null,
        ValueRef::Integer(i) => Value::from(i),
        ValueRef::Real(f) => Value::from(f),
        ValueRef::Text(t) => Value::String(String::from_utf8_lossy(t).into_owned()),
        // No synced column holds bytes; hex keeps the value whole anyway.
        ValueRef::Blob(b) => Value::String(crate::storage::key::encode_hex(b)),
    }
}

fn to_sql(value: &Value) -> Result<SqlValue> {
    Ok(match value {
        Value::Null => SqlValue::Null,
        Value::Bool(b) => SqlValue::Integer(i64::from(*b)),
        Value::Number(n) => match n.as_i64() {
            Some(i) => SqlValue::Integer(i),
            None => SqlValue::Real(n.as_f64().unwrap_or_default()),
        },
        Value::String(s) => SqlValue::Text(s.clone()),
        Value::Array(_) | Value::Object(_) => {
            return Err(Error::Invalid(i18n::text("error-sync-list-not-value", &[])))
        }
    })
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use std::sync::Arc;

    use super::*;
    use crate::journal::moment::MomentInput;
    use crate::{Db, ManualClock};

    fn journal() -> Db {
        Db::open_in_memory(Arc::new(ManualClock::at("2026-12-01T09:00:00+01:00"))).unwrap()
    }

    /// A moment as another computer sends it, read from its own journal.
    fn sent_moment(input: MomentInput) -> (String, Fields) {
        let mut there = journal();
        there.create_moment(input).unwrap();
        let tx = there.conn.transaction().unwrap();
        desc("moment")
            .unwrap()
            .read_all(&tx)
            .unwrap()
            .into_iter()
            .next()
            .unwrap()
    }

    #[test]
    fn a_moment_from_an_older_interlude_is_written_without_the_thought_record() {
        let (key, mut fields) = sent_moment(MomentInput {
            self_talk: "They think I'm slow.".into(),
            ..MomentInput::default()
        });
        // An Interlude from before migration 0010 sends none of these.
        for later in [
            "belief_before",
            "evidence_for",
            "evidence_against",
            "balanced",
            "belief_after",
        ] {
            assert!(fields.remove(later).is_some(), "{later} is read");
        }
        let d = desc("moment").unwrap();
        assert!(
            d.required().iter().all(|f| fields.contains_key(f)),
            "nothing it lacks is required, so it doesn't wait forever"
        );
        let mut here = journal();
        let tx = here.conn.transaction().unwrap();
        assert!(matches!(
            d.write(&tx, &key, &fields).unwrap(),
            Written::Held { whole: true, .. }
        ));
        tx.commit().unwrap();
        let id: i64 = here
            .conn
            .query_row("SELECT id FROM moment WHERE uid = ?1", [&key], |r| r.get(0))
            .unwrap();
        let m = here.moment(id).unwrap();
        assert_eq!(m.self_talk, "They think I'm slow.");
        assert_eq!((m.balanced.as_str(), m.belief_before), ("", None));
    }

    #[test]
    fn the_thought_record_travels_and_only_once_it_is_filled_in() {
        let (key, fields) = sent_moment(MomentInput {
            self_talk: "They think I'm slow.".into(),
            belief_before: Some(80),
            balanced: "Careful takes time.".into(),
            ..MomentInput::default()
        });
        let d = desc("moment").unwrap();
        assert!(!d.unfilled_later("belief_before", &fields["belief_before"]));
        assert!(!d.unfilled_later("balanced", &fields["balanced"]));
        // Left empty: not sent until it changes.
        assert!(d.unfilled_later("evidence_for", &fields["evidence_for"]));
        assert!(d.unfilled_later("belief_after", &fields["belief_after"]));
        // A field every Interlude has always sent is sent even when empty.
        assert!(!d.unfilled_later("did", &fields["did"]));

        let mut here = journal();
        let tx = here.conn.transaction().unwrap();
        d.write(&tx, &key, &fields).unwrap();
        tx.commit().unwrap();
        let id: i64 = here
            .conn
            .query_row("SELECT id FROM moment WHERE uid = ?1", [&key], |r| r.get(0))
            .unwrap();
        let m = here.moment(id).unwrap();
        assert_eq!(
            (m.belief_before, m.balanced.as_str()),
            (Some(80), "Careful takes time.")
        );
    }
}
