//! The timeline: every entry, newest first, filtered by kind, tag, star,
//! private and dates.
//!
//! Paging is by key, not by offset: a page is "the next N entries before
//! (time, id)", which the `entry_timeline` index answers with a range scan.
//! Page 2,000 of a 100,000-entry journal costs what page 1 does, and an
//! entry added meanwhile never shifts the pages a person is reading.

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveTime, TimeZone};
use rusqlite::types::Value;
use rusqlite::{params_from_iter, Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};

use super::Kind;
use crate::clock::{from_stored, to_stored};
use crate::error::{Error, Result};
use crate::i18n;
use crate::storage::db::Db;

/// Entries per page unless asked otherwise, and the most one page may hold.
pub const DEFAULT_PAGE: u32 = 50;
pub const MAX_PAGE: u32 = 200;

/// Where the previous page ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Cursor {
    pub at: DateTime<FixedOffset>,
    pub entry_id: i64,
}

/// Which entries to show. Everything left out means "no filter".
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct TimelineQuery {
    #[serde(default)]
    pub kinds: Vec<Kind>,
    #[serde(default)]
    pub tag: Option<String>,
    /// Only starred entries.
    #[serde(default)]
    pub starred: bool,
    /// Only private entries.
    #[serde(default)]
    pub only_private: bool,
    /// First day to show, inclusive, in the current time zone.
    #[serde(default)]
    pub from: Option<NaiveDate>,
    /// Last day to show, inclusive, in the current time zone.
    #[serde(default)]
    pub until: Option<NaiveDate>,
    #[serde(default)]
    pub before: Option<Cursor>,
    #[serde(default)]
    pub limit: Option<u32>,
}

/// One line of the timeline (and the flags of any one entry).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TimelineItem {
    pub entry_id: i64,
    pub kind: Kind,
    /// The kind's own id, as in `#moment/7`.
    pub id: i64,
    pub at: DateTime<FixedOffset>,
    pub summary: String,
    pub mood: Option<u8>,
    pub starred: bool,
    pub private: bool,
    pub tags: Vec<String>,
}

/// A page and where the next one starts (`None` at the end).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TimelinePage {
    pub items: Vec<TimelineItem>,
    pub next: Option<Cursor>,
}

/// The columns every item query selects, in `row_to_item`'s order.
pub(crate) const ITEM_COLUMNS: &str =
    "e.id, e.kind, e.ref_id, e.at, e.at_offset, e.summary, e.mood, e.starred, e.private";

pub(crate) fn row_to_item(row: &Row<'_>) -> rusqlite::Result<TimelineItem> {
    let kind: String = row.get(1)?;
    Ok(TimelineItem {
        entry_id: row.get(0)?,
        kind: Kind::from_str(&kind).ok_or_else(|| {
            rusqlite::Error::FromSqlConversionFailure(
                1,
                rusqlite::types::Type::Text,
                format!("unknown entry kind {kind}").into(),
            )
        })?,
        id: row.get(2)?,
        at: from_stored(&row.get::<_, String>(3)?, row.get(4)?)?,
        summary: row.get(5)?,
        mood: row.get(6)?,
        starred: row.get(7)?,
        private: row.get(8)?,
        tags: Vec::new(),
    })
}

/// Fills in the tags of a page's items with one query.
pub(crate) fn attach_tags(conn: &Connection, items: &mut [TimelineItem]) -> Result<()> {
    if items.is_empty() {
        return Ok(());
    }
    let marks = vec!["?"; items.len()].join(", ");
    let mut stmt = conn.prepare(&format!(
        "SELECT et.entry_id, t.name FROM entry_tag et JOIN tag t ON t.id = et.tag_id
         WHERE et.entry_id IN ({marks}) ORDER BY t.name COLLATE NOCASE"
    ))?;
    let pairs = stmt
        .query_map(params_from_iter(items.iter().map(|i| i.entry_id)), |r| {
            Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    for (entry_id, name) in pairs {
        if let Some(item) = items.iter_mut().find(|i| i.entry_id == entry_id) {
            item.tags.push(name);
        }
    }
    Ok(())
}

pub(crate) fn item_by_entry_id(conn: &Connection, entry_id: i64) -> Result<Option<TimelineItem>> {
    let item = conn
        .query_row(
            &format!("SELECT {ITEM_COLUMNS} FROM entry e WHERE e.id = ?1 AND e.deleted_at IS NULL"),
            [entry_id],
            row_to_item,
        )
        .optional()?;
    let Some(item) = item else { return Ok(None) };
    let mut items = [item];
    attach_tags(conn, &mut items)?;
    let [item] = items;
    Ok(Some(item))
}

/// The instant a local day starts in the zone of `now`.
pub(crate) fn day_start_at(
    day: NaiveDate,
    now: &DateTime<FixedOffset>,
) -> Result<DateTime<FixedOffset>> {
    now.offset()
        .from_local_datetime(&day.and_time(NaiveTime::MIN))
        .single()
        .ok_or_else(|| {
            let day = day.to_string();
            Error::invalid(i18n::text(
                "error-journal-unreadable-day",
                &[("day", day.as_str().into())],
            ))
        })
}

/// The same, as stored (UTC text), for comparing with `entry.at`.
fn day_start(day: NaiveDate, now: &DateTime<FixedOffset>) -> Result<String> {
    Ok(to_stored(&day_start_at(day, now)?).0)
}

impl Db {
    /// One page of the timeline.
    pub fn timeline(&self, query: &TimelineQuery) -> Result<TimelinePage> {
        let limit = query.limit.unwrap_or(DEFAULT_PAGE).clamp(1, MAX_PAGE);
        let now = self.clock.now();
        if let (Some(from), Some(until)) = (query.from, query.until) {
            if until < from {
                return Err(Error::invalid(i18n::text(
                    "error-journal-end-before-start",
                    &[],
                )));
            }
        }
        let mut sql = format!("SELECT {ITEM_COLUMNS} FROM entry e WHERE e.deleted_at IS NULL");
        let mut args: Vec<Value> = Vec::new();
        if !query.kinds.is_empty() {
            let marks = vec!["?"; query.kinds.len()].join(", ");
            sql.push_str(" AND e.kind IN (");
            sql.push_str(&marks);
            sql.push(')');
            args.extend(
                query
                    .kinds
                    .iter()
                    .map(|k| Value::from(k.as_str().to_owned())),
            );
        }
        if query.starred {
            sql.push_str(" AND e.starred = 1");
        }
        if query.only_private {
            sql.push_str(" AND e.private = 1");
        }
        if let Some(tag) = query
            .tag
            .as_deref()
            .map(str::trim)
            .filter(|t| !t.is_empty())
        {
            sql.push_str(
                " AND e.id IN (SELECT et.entry_id FROM entry_tag et
                               JOIN tag t ON t.id = et.tag_id WHERE t.name = ?)",
            );
            args.push(Value::from(tag.to_owned()));
        }
        if let Some(from) = query.from {
            sql.push_str(" AND e.at >= ?");
            args.push(Value::from(day_start(from, &now)?));
        }
        if let Some(until) = query.until.and_then(|d| d.succ_opt()) {
            sql.push_str(" AND e.at < ?");
            args.push(Value::from(day_start(until, &now)?));
        }
        if let Some(cursor) = query.before {
            sql.push_str(" AND (e.at, e.id) < (?, ?)");
            args.push(Value::from(to_stored(&cursor.at).0));
            args.push(Value::from(cursor.entry_id));
        }
        sql.push_str(" ORDER BY e.at DESC, e.id DESC LIMIT ?");
        // One more than asked tells whether there is a next page.
        args.push(Value::from(i64::from(limit) + 1));

        let mut stmt = self.conn.prepare_cached(&sql)?;
        let mut items = stmt
            .query_map(params_from_iter(args), row_to_item)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let more = items.len() > limit as usize;
        items.truncate(limit as usize);
        attach_tags(&self.conn, &mut items)?;
        let next = if more {
            items.last().map(|i| Cursor {
                at: i.at,
                entry_id: i.entry_id,
            })
        } else {
            None
        };
        Ok(TimelinePage { items, next })
    }
}
