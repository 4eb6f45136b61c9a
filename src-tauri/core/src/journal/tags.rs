//! Tags: the person's own words for grouping entries ("work", "mum",
//! "sleep"). A tag exists while some entry uses it; its spelling is the one
//! first used, and matching ignores case.

use rusqlite::{params, Transaction};
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::i18n;
use crate::storage::db::Db;

/// The longest a tag may be.
pub const MAX_TAG_CHARS: usize = 40;
/// The most tags one entry may carry.
pub const MAX_TAGS: usize = 20;

/// A tag and how many entries (not deleted) carry it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TagCount {
    pub name: String,
    pub count: i64,
}

/// Trims tags, drops a leading `#`, empty ones and repeats (ignoring case),
/// and checks the limits. Commas separate tags in the UI, so none may hold
/// one.
pub fn clean(tags: Vec<String>) -> Result<Vec<String>> {
    let mut out: Vec<String> = Vec::with_capacity(tags.len());
    for tag in tags {
        let tag = tag.trim().trim_start_matches('#').trim();
        if tag.is_empty() || out.iter().any(|t| t.to_lowercase() == tag.to_lowercase()) {
            continue;
        }
        if tag.chars().count() > MAX_TAG_CHARS {
            let start: String = tag.chars().take(20).collect();
            return Err(Error::invalid(i18n::text(
                "error-journal-tag-too-long",
                &[
                    ("max", MAX_TAG_CHARS.into()),
                    ("start", start.as_str().into()),
                ],
            )));
        }
        if tag.contains(',') || tag.chars().any(char::is_control) {
            return Err(Error::invalid(i18n::text(
                "error-journal-tag-comma",
                &[("name", tag.into())],
            )));
        }
        out.push(tag.to_owned());
    }
    if out.len() > MAX_TAGS {
        return Err(Error::invalid(i18n::text(
            "error-journal-too-many-tags",
            &[("max", MAX_TAGS.into()), ("count", out.len().into())],
        )));
    }
    Ok(out)
}

/// Replaces the tags of the entry `entry_id` with `tags` (already clean).
pub(crate) fn replace(tx: &Transaction<'_>, entry_id: i64, tags: &[String]) -> Result<()> {
    tx.prepare_cached("DELETE FROM entry_tag WHERE entry_id = ?1")?
        .execute([entry_id])?;
    add(tx, entry_id, tags)
}

/// Gives entry `entry_id` the tags `tags` too, keeping those it has.
pub(crate) fn add(tx: &Transaction<'_>, entry_id: i64, tags: &[String]) -> Result<()> {
    let mut make = tx.prepare_cached(
        "INSERT INTO tag (name) VALUES (?1)
         ON CONFLICT (name) DO UPDATE SET name = tag.name RETURNING id",
    )?;
    let mut link =
        tx.prepare_cached("INSERT OR IGNORE INTO entry_tag (entry_id, tag_id) VALUES (?1, ?2)")?;
    for tag in tags {
        let tag_id: i64 = make.query_row([tag], |r| r.get(0))?;
        link.execute(params![entry_id, tag_id])?;
    }
    Ok(())
}

/// Removes tags no entry carries any more.
pub(crate) fn drop_unused(tx: &Transaction<'_>) -> Result<()> {
    tx.prepare_cached(
        "DELETE FROM tag WHERE NOT EXISTS (SELECT 1 FROM entry_tag WHERE tag_id = tag.id)",
    )?
    .execute([])?;
    Ok(())
}

/// The tags of one entry, alphabetically.
pub(crate) fn of_entry(conn: &rusqlite::Connection, entry_id: i64) -> Result<Vec<String>> {
    let mut stmt = conn.prepare_cached(
        "SELECT t.name FROM entry_tag et JOIN tag t ON t.id = et.tag_id
         WHERE et.entry_id = ?1 ORDER BY t.name COLLATE NOCASE",
    )?;
    let names = stmt
        .query_map([entry_id], |r| r.get(0))?
        .collect::<rusqlite::Result<Vec<String>>>()?;
    Ok(names)
}

impl Db {
    /// Every tag in use, most used first, for autocomplete and filters.
    pub fn list_tags(&self) -> Result<Vec<TagCount>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT t.name, count(*) FROM tag t
               JOIN entry_tag et ON et.tag_id = t.id
               JOIN entry e ON e.id = et.entry_id AND e.deleted_at IS NULL
             GROUP BY t.id ORDER BY count(*) DESC, t.name COLLATE NOCASE",
        )?;
        let tags = stmt
            .query_map([], |r| {
                Ok(TagCount {
                    name: r.get(0)?,
                    count: r.get(1)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(tags)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cleaning_trims_drops_hashes_and_repeats() {
        let tags = clean(vec![
            " work ".into(),
            "#Work".into(),
            String::new(),
            "sleep".into(),
        ])
        .unwrap();
        assert_eq!(tags, ["work", "sleep"]);
    }

    #[test]
    fn commas_long_tags_and_too_many_are_refused() {
        assert!(clean(vec!["a,b".into()]).is_err());
        assert!(clean(vec!["x".repeat(41)]).is_err());
        assert!(clean((0..21).map(|i| format!("t{i}")).collect()).is_err());
    }
}
