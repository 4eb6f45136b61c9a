//! `interlude doctor`: is the journal healthy, and what does it hold?
//!
//! Runs SQLite's full integrity check, the foreign-key check and the
//! search index's own check (that it agrees with the entries), reports the
//! schema version and record counts. Read-only.

use serde::Serialize;

use crate::error::Result;
use crate::i18n;
use crate::storage::db::{Db, SCHEMA_VERSION};

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DoctorReport {
    pub path: Option<String>,
    pub schema_version: i64,
    pub supported_schema_version: i64,
    /// Problems found; empty when the journal is healthy.
    pub problems: Vec<String>,
    pub reflections: i64,
    /// Entries of every kind on the timeline (reflections included).
    pub entries: i64,
    pub drafts: i64,
}

impl DoctorReport {
    pub fn is_healthy(&self) -> bool {
        self.problems.is_empty()
    }
}

impl Db {
    pub fn doctor(&self) -> Result<DoctorReport> {
        let mut problems = Vec::new();
        let mut stmt = self.conn.prepare("PRAGMA integrity_check")?;
        for line in stmt.query_map([], |r| r.get::<_, String>(0))? {
            let line = line?;
            if line != "ok" {
                problems.push(i18n::text(
                    "error-storage-doctor-integrity",
                    &[("line", line.as_str().into())],
                ));
            }
        }
        let mut stmt = self.conn.prepare("PRAGMA foreign_key_check")?;
        for row in stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?)))? {
            let (table, rowid) = row?;
            problems.push(i18n::text(
                "error-storage-doctor-missing-reference",
                &[("table", table.as_str().into()), ("row", rowid.into())],
            ));
        }
        // FTS5's 'integrity-check' compares the index with the entry text
        // and fails with SQLITE_CORRUPT_VTAB when they disagree. It writes
        // nothing. Only journals that have an index are asked: the English
        // one from schema 4, the German stems (contentless, so only its own
        // structure can be checked) from schema 9.
        let version = self.schema_version()?;
        for (index, since) in [("entry_fts", 4), ("entry_stem", 9)] {
            if version < since {
                continue;
            }
            if let Err(e) = self.conn.execute(
                &format!("INSERT INTO {index} ({index}, rank) VALUES ('integrity-check', 1)"),
                [],
            ) {
                let detail = e.to_string();
                problems.push(i18n::text(
                    "error-storage-doctor-search-index",
                    &[("detail", detail.as_str().into())],
                ));
            }
        }
        let schema_version = self.schema_version()?;
        if schema_version != SCHEMA_VERSION {
            problems.push(i18n::text(
                "error-storage-doctor-schema-version",
                &[
                    ("found", schema_version.into()),
                    ("supported", SCHEMA_VERSION.into()),
                ],
            ));
        }
        Ok(DoctorReport {
            path: self.path().map(|p| p.display().to_string()),
            schema_version,
            supported_schema_version: SCHEMA_VERSION,
            problems,
            reflections: self.count_reflections()?,
            entries: self.conn.query_row(
                "SELECT count(*) FROM entry WHERE deleted_at IS NULL",
                [],
                |r| r.get(0),
            )?,
            drafts: self.count_drafts()?,
        })
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use crate::clock::ManualClock;
    use crate::journal::note::NoteInput;
    use crate::storage::db::Db;

    #[test]
    fn a_search_index_that_disagrees_with_the_entries_is_a_problem() {
        let clock = Arc::new(ManualClock::at("2026-11-28T20:00:00+01:00"));
        let mut db = Db::open_in_memory(clock).unwrap();
        db.create_note(NoteInput {
            text: "a real note".into(),
            ..NoteInput::default()
        })
        .unwrap();
        assert!(db.doctor().unwrap().is_healthy());
        // A ghost row in the index that no entry has.
        db.conn
            .execute(
                "INSERT INTO entry_fts (rowid, body, labels) VALUES (999, 'ghost', '')",
                [],
            )
            .unwrap();
        let report = db.doctor().unwrap();
        assert!(
            report
                .problems
                .iter()
                .any(|p| p.starts_with("search index")),
            "{:?}",
            report.problems
        );
    }
}
