//! `interlude doctor`: is the journal healthy, and what does it hold?
//!
//! Runs SQLite's full integrity check and foreign-key check, reports the
//! schema version and record counts. Read-only.

use serde::Serialize;

use crate::db::{Db, SCHEMA_VERSION};
use crate::error::Result;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DoctorReport {
    pub path: Option<String>,
    pub schema_version: i64,
    pub supported_schema_version: i64,
    /// Problems found; empty when the journal is healthy.
    pub problems: Vec<String>,
    pub reflections: i64,
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
                problems.push(format!("integrity: {line}"));
            }
        }
        let mut stmt = self.conn.prepare("PRAGMA foreign_key_check")?;
        for row in stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?)))? {
            let (table, rowid) = row?;
            problems.push(format!(
                "a row in {table} (#{rowid}) points at something missing"
            ));
        }
        let schema_version = self.schema_version()?;
        if schema_version != SCHEMA_VERSION {
            problems.push(format!(
                "schema version {schema_version}, expected {SCHEMA_VERSION}"
            ));
        }
        Ok(DoctorReport {
            path: self.path().map(|p| p.display().to_string()),
            schema_version,
            supported_schema_version: SCHEMA_VERSION,
            problems,
            reflections: self.count_reflections()?,
            drafts: self.count_drafts()?,
        })
    }
}
