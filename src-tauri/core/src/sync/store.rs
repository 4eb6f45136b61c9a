//! The versions of every field, and the two ways they change: the person
//! edits the journal here (found by [`capture`]), or versions arrive from
//! another computer ([`receive`], then [`materialize`]).
//!
//! A field's versions form a small history: each version names the ones it
//! replaces (`prevs`). The versions nobody replaced are its *heads*. With
//! one head the field is settled. With two or more, computers edited it
//! while apart: the newest stamp is shown, and for free text the others are
//! kept and offered back ("edited on two computers") until the person
//! picks. Versions only ever join the set, so every computer that has seen
//! the same versions has the same heads, in whatever order they came: that
//! is what makes the computers agree.

use std::collections::{BTreeMap, BTreeSet};

use rusqlite::{params, OptionalExtension, Transaction};
use serde_json::Value;

use super::folder::WireVersion;
use super::hlc::Hlc;
use super::records::{desc, Fields, Written, DESCS, PRESENT};
use crate::error::{Error, Result};
use crate::i18n;

/// One head of a field.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Head {
    pub hlc: String,
    pub value: Value,
}

/// Adds a version. `seq` is `Some(0)` for a change made here (given a
/// change file later) and `None` for one that arrived. Returns whether the
/// field's heads changed.
pub(crate) fn insert(tx: &Transaction<'_>, v: &WireVersion, seq: Option<u64>) -> Result<bool> {
    let prevs = serde_json::to_string(&v.p).unwrap_or_else(|_| "[]".into());
    let existing: Option<(i64, Option<String>)> = tx
        .prepare_cached(
            "SELECT superseded, value FROM sync_version
             WHERE kind = ?1 AND key = ?2 AND field = ?3 AND hlc = ?4",
        )?
        .query_row(params![v.k, v.r, v.f, v.h], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    let mut changed = false;
    match existing {
        // Seen before: a duplicate file, or the same version in a snapshot.
        Some((0, _)) => {}
        // Known only as replaced (a later version named it first): learn
        // what it replaced in turn.
        Some(_) => {
            tx.prepare_cached(
                "UPDATE sync_version SET prevs = ?5
                 WHERE kind = ?1 AND key = ?2 AND field = ?3 AND hlc = ?4 AND prevs = '[]'",
            )?
            .execute(params![v.k, v.r, v.f, v.h, prevs])?;
        }
        None => {
            // A version that arrives without its value was replaced before
            // it was sent; its successor follows in a later file.
            let superseded = v.v.is_none();
            let value = v.v.as_ref().map(Value::to_string);
            tx.prepare_cached(
                "INSERT INTO sync_version (kind, key, field, hlc, value, prevs, superseded, seq)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            )?
            .execute(params![
                v.k,
                v.r,
                v.f,
                v.h,
                value,
                prevs,
                superseded,
                seq.map(|s| i64::try_from(s).unwrap_or(i64::MAX))
            ])?;
            changed = !superseded;
        }
    }
    let mut replace = tx.prepare_cached(
        "INSERT INTO sync_version (kind, key, field, hlc, value, prevs, superseded)
         VALUES (?1, ?2, ?3, ?4, NULL, '[]', 1)
         ON CONFLICT (kind, key, field, hlc) DO UPDATE SET superseded = 1, value = NULL
         WHERE superseded = 0",
    )?;
    for p in &v.p {
        changed |= replace.execute(params![v.k, v.r, v.f, p])? > 0;
    }
    Ok(changed)
}

/// The heads of one field, newest first.
pub(crate) fn heads(tx: &Transaction<'_>, kind: &str, key: &str, field: &str) -> Result<Vec<Head>> {
    let mut stmt = tx.prepare_cached(
        "SELECT hlc, value FROM sync_version
         WHERE kind = ?1 AND key = ?2 AND field = ?3 AND superseded = 0
         ORDER BY hlc DESC",
    )?;
    let rows = stmt.query_map(params![kind, key, field], |r| {
        Ok((r.get::<_, String>(0)?, r.get::<_, Option<String>>(1)?))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (hlc, value) = row?;
        let value = value
            .as_deref()
            .and_then(|v| serde_json::from_str(v).ok())
            .unwrap_or(Value::Null);
        out.push(Head { hlc, value });
    }
    Ok(out)
}

/// Each field's winner (its newest head) for one record.
pub(crate) fn winners(tx: &Transaction<'_>, kind: &str, key: &str) -> Result<Fields> {
    let mut stmt = tx.prepare_cached(
        "SELECT field, value FROM sync_version
         WHERE kind = ?1 AND key = ?2 AND superseded = 0
         ORDER BY field, hlc DESC",
    )?;
    let mut rows = stmt.query(params![kind, key])?;
    let mut out = Fields::new();
    while let Some(row) = rows.next()? {
        let field: String = row.get(0)?;
        if out.contains_key(&field) {
            continue;
        }
        let value: Option<String> = row.get(1)?;
        let value = value
            .as_deref()
            .and_then(|v| serde_json::from_str(v).ok())
            .unwrap_or(Value::Null);
        out.insert(field, value);
    }
    Ok(out)
}

/// The stamp source for changes made here.
pub(crate) struct Stamper {
    pub device: String,
    pub last: Option<Hlc>,
    pub wall_millis: u64,
}

impl Stamper {
    pub fn next(&mut self) -> Hlc {
        let hlc = Hlc::tick(self.last.as_ref(), self.wall_millis, &self.device);
        self.last = Some(hlc.clone());
        hlc
    }

    /// Moves past a stamp seen in an arriving version.
    pub fn witness(&mut self, seen: &Hlc) {
        if self.last.as_ref().is_none_or(|l| seen > l) {
            self.last = Some(seen.clone());
        }
    }
}

/// Records a change made here to one field: replacing the version the
/// person was looking at (free text) or every head (other fields, where the
/// newest simply wins).
pub(crate) fn record_local(
    tx: &Transaction<'_>,
    stamper: &mut Stamper,
    kind: &str,
    key: &str,
    field: &str,
    value: Value,
    text: bool,
) -> Result<()> {
    let heads = heads(tx, kind, key, field)?;
    let prevs: Vec<String> = if text {
        heads
            .first()
            .map(|h| vec![h.hlc.clone()])
            .unwrap_or_default()
    } else {
        heads.into_iter().map(|h| h.hlc).collect()
    };
    let v = WireVersion {
        k: kind.to_owned(),
        r: key.to_owned(),
        f: field.to_owned(),
        h: stamper.next().to_text(),
        p: prevs,
        v: Some(value),
    };
    insert(tx, &v, Some(0))?;
    Ok(())
}

fn load_shadows(tx: &Transaction<'_>, kind: &str) -> Result<BTreeMap<String, Fields>> {
    let mut stmt = tx.prepare_cached("SELECT key, fields FROM sync_shadow WHERE kind = ?1")?;
    let rows = stmt.query_map([kind], |r| {
        Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
    })?;
    let mut out = BTreeMap::new();
    for row in rows {
        let (key, fields) = row?;
        out.insert(key, serde_json::from_str(&fields).unwrap_or_default());
    }
    Ok(out)
}

pub(crate) fn save_shadow(
    tx: &Transaction<'_>,
    kind: &str,
    key: &str,
    fields: &Fields,
) -> Result<()> {
    tx.prepare_cached(
        "INSERT INTO sync_shadow (kind, key, fields) VALUES (?1, ?2, ?3)
         ON CONFLICT (kind, key) DO UPDATE SET fields = excluded.fields",
    )?
    .execute(params![
        kind,
        key,
        serde_json::to_string(fields).unwrap_or_default()
    ])?;
    Ok(())
}

/// Finds what was changed in the journal here since sync last looked, and
/// records each changed field as a new version. `now_stored` stands for a
/// delete's time when a row is found gone. Returns how many fields changed.
pub(crate) fn capture(
    tx: &Transaction<'_>,
    stamper: &mut Stamper,
    now_stored: &str,
) -> Result<usize> {
    let mut count = 0;
    for d in DESCS {
        let current = d.read_all(tx)?;
        let shadows = load_shadows(tx, d.kind)?;
        let keys: BTreeSet<&String> = current.keys().chain(shadows.keys()).collect();
        for key in keys {
            let old = shadows.get(key);
            let new: Fields = match (current.get(key), old) {
                (Some(now), _) => now.clone(),
                (None, Some(old)) if d.is_deleted(old) => continue,
                (None, Some(old)) => {
                    let mut gone = old.clone();
                    if d.soft_delete {
                        gone.insert("deleted_at".into(), Value::String(now_stored.to_owned()));
                    } else {
                        gone = Fields::new();
                        gone.insert(PRESENT.into(), Value::Bool(false));
                    }
                    gone
                }
                (None, None) => continue,
            };
            let mut changed = false;
            for (field, value) in &new {
                let was = old.and_then(|o| o.get(field));
                if was.is_none() && d.unfilled_later(field, value) {
                    continue;
                }
                if was != Some(value) {
                    record_local(
                        tx,
                        stamper,
                        d.kind,
                        key,
                        field,
                        value.clone(),
                        d.is_text(field),
                    )?;
                    count += 1;
                    changed = true;
                }
            }
            if changed {
                save_shadow(tx, d.kind, key, &new)?;
            }
        }
    }
    Ok(count)
}

/// Adds versions that arrived; marks their records for writing. Versions
/// that don't parse are refused whole (the file they came in is damaged).
pub(crate) fn receive(
    tx: &Transaction<'_>,
    stamper: &mut Stamper,
    versions: &[WireVersion],
) -> Result<usize> {
    for v in versions {
        let hlc = Hlc::parse(&v.h).map_err(|_| damaged())?;
        if v.k.is_empty()
            || v.r.is_empty()
            || v.f.is_empty()
            || v.p.iter().any(|p| Hlc::parse(p).is_err())
        {
            return Err(damaged());
        }
        stamper.witness(&hlc);
    }
    let mut changed = 0;
    let mut mark =
        tx.prepare_cached("INSERT OR IGNORE INTO sync_dirty (kind, key) VALUES (?1, ?2)")?;
    for v in versions {
        if insert(tx, v, None)? {
            mark.execute(params![v.k, v.r])?;
            changed += 1;
        }
    }
    Ok(changed)
}

fn damaged() -> Error {
    Error::Invalid(i18n::text("error-sync-change-unreadable", &[]))
}

/// What writing the changed records did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Materialized {
    pub written: usize,
    /// Records that can't be written yet (waiting for what they belong to)
    /// or couldn't be (a value the journal refuses).
    pub waiting: usize,
    pub refused: usize,
}

/// Writes every record changed by others into the journal, in an order
/// where a record follows what it points at.
pub(crate) fn materialize(tx: &Transaction<'_>) -> Result<Materialized> {
    let mut done = Materialized::default();
    let dirty: Vec<(String, String)> = tx
        .prepare("SELECT kind, key FROM sync_dirty ORDER BY kind, key")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let mut by_kind: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for (kind, key) in &dirty {
        if desc(kind).is_none() {
            // A kind from a newer Interlude: kept, counted, not written.
            tx.execute(
                "DELETE FROM sync_dirty WHERE kind = ?1 AND key = ?2",
                params![kind, key],
            )?;
            continue;
        }
        by_kind.entry(kind.as_str()).or_default().push(key.as_str());
    }
    let mut clean = tx.prepare_cached("DELETE FROM sync_dirty WHERE kind = ?1 AND key = ?2")?;
    for d in DESCS {
        for key in by_kind.get(d.kind).into_iter().flatten() {
            let fields = winners(tx, d.kind, key)?;
            if d.required().iter().any(|f| !fields.contains_key(f)) {
                // Part of a record: the rest is on its way.
                done.waiting += 1;
                continue;
            }
            tx.execute_batch("SAVEPOINT sync_record")?;
            match d.write(tx, key, &fields) {
                Ok(Written::Held { held, whole }) => {
                    tx.execute_batch("RELEASE sync_record")?;
                    save_shadow(tx, d.kind, key, &held)?;
                    done.written += 1;
                    if whole {
                        clean.execute(params![d.kind, key])?;
                    } else {
                        done.waiting += 1;
                    }
                }
                Ok(Written::Waiting) => {
                    tx.execute_batch("RELEASE sync_record")?;
                    done.waiting += 1;
                }
                Ok(Written::LetGo) => {
                    tx.execute_batch("RELEASE sync_record")?;
                    clean.execute(params![d.kind, key])?;
                }
                Err(Error::DiskFull) => {
                    tx.execute_batch("ROLLBACK TO sync_record; RELEASE sync_record")?;
                    return Err(Error::DiskFull);
                }
                Err(_) => {
                    // A value this journal refuses (a newer computer's
                    // wider range, or damage that still authenticated):
                    // the record stays as it was here and is tried again
                    // after the next change to it.
                    tx.execute_batch("ROLLBACK TO sync_record; RELEASE sync_record")?;
                    clean.execute(params![d.kind, key])?;
                    done.refused += 1;
                }
            }
        }
    }
    crate::journal::tags::drop_unused(tx)?;
    Ok(done)
}

/// One field edited apart on two or more computers.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct OpenConflict {
    pub kind: String,
    pub key: String,
    pub field: String,
    /// Newest first: the first is what the journal shows.
    pub heads: Vec<Head>,
}

/// Free-text fields with more than one differing head.
pub(crate) fn conflicts(tx: &Transaction<'_>) -> Result<Vec<OpenConflict>> {
    let candidates: Vec<(String, String, String)> = tx
        .prepare(
            "SELECT kind, key, field FROM sync_version WHERE superseded = 0
             GROUP BY kind, key, field HAVING count(DISTINCT value) > 1
             ORDER BY kind, key, field",
        )?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let mut out = Vec::new();
    for (kind, key, field) in candidates {
        let Some(d) = desc(&kind) else { continue };
        if !d.is_text(&field) {
            continue;
        }
        let winners = winners(tx, &kind, &key)?;
        if d.is_deleted(&winners) {
            continue;
        }
        let mut heads = heads(tx, &kind, &key, &field)?;
        // Two heads saying the same words are no disagreement.
        let mut seen = BTreeSet::new();
        heads.retain(|h| seen.insert(h.value.to_string()));
        if heads.len() > 1 {
            out.push(OpenConflict {
                kind,
                key,
                field,
                heads,
            });
        }
    }
    Ok(out)
}

/// Versions of kinds or fields this build doesn't know (from a newer
/// Interlude): kept, not shown.
pub(crate) fn newer_count(tx: &Transaction<'_>) -> Result<usize> {
    let mut stmt =
        tx.prepare("SELECT DISTINCT kind, field FROM sync_version WHERE superseded = 0")?;
    let pairs: Vec<(String, String)> = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let mut count = 0usize;
    for (kind, field) in pairs {
        if desc(&kind).is_some_and(|d| d.knows(&field)) {
            continue;
        }
        let n: i64 = tx.query_row(
            "SELECT count(*) FROM sync_version WHERE kind = ?1 AND field = ?2 AND superseded = 0",
            params![kind, field],
            |r| r.get(0),
        )?;
        count += usize::try_from(n).unwrap_or(0);
    }
    Ok(count)
}
