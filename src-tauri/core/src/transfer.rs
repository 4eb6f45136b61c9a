//! Export and import of the whole journal as versioned JSON.
//!
//! The format is documented in `docs/export-format.md` and is a promise:
//! files written by this version stay readable by later ones. Output is
//! deterministic (fixed field order, records sorted, no "exported at"
//! stamp), so export → import into an empty journal → export gives the same
//! bytes, and a person can diff two exports.
//!
//! Import is all-or-nothing: the file is parsed and every record validated
//! before anything is written, then everything is inserted in one
//! transaction. A record whose `uid` is already in the journal is skipped,
//! so importing the same file twice adds nothing.

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::db::Db;
use crate::error::{Error, Result};
use crate::reflection::{self, ReflectionInput};

/// The value of `format` in every export file.
pub const EXPORT_FORMAT: &str = "interlude-export";
/// The export format version this build writes and the newest it reads.
pub const EXPORT_VERSION: u32 = 1;
/// Refuse absurdly large files before reading them into memory.
pub const MAX_IMPORT_BYTES: u64 = 256 * 1024 * 1024;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ExportFile {
    pub format: String,
    pub version: u32,
    pub reflections: Vec<ExportedReflection>,
}

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
    pub created_at: DateTime<FixedOffset>,
    pub updated_at: DateTime<FixedOffset>,
}

impl ExportFile {
    /// Pretty JSON text, ending in a newline.
    pub fn to_json(&self) -> Result<String> {
        let mut text = serde_json::to_string_pretty(self)
            .map_err(|e| Error::Storage(format!("couldn't write the export: {e}")))?;
        text.push('\n');
        Ok(text)
    }
}

/// What an import did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ImportSummary {
    pub added: usize,
    pub already_present: usize,
}

impl Db {
    /// Everything kept in the journal (drafts and deleted items excluded).
    pub fn export(&self) -> Result<ExportFile> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, uid FROM reflection WHERE deleted_at IS NULL
             ORDER BY session_at, created_at, uid",
        )?;
        let ids = stmt
            .query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?)))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let mut reflections = Vec::with_capacity(ids.len());
        for (id, uid) in ids {
            let r = self.reflection(id)?;
            reflections.push(ExportedReflection {
                uid,
                session_at: r.session_at,
                takeaway: r.takeaway,
                difficult: r.difficult,
                focus: r.focus,
                feeling_note: r.feeling_note,
                feeling_rating: r.feeling_rating,
                feelings: r.feelings,
                created_at: r.created_at,
                updated_at: r.updated_at,
            });
        }
        Ok(ExportFile {
            format: EXPORT_FORMAT.to_owned(),
            version: EXPORT_VERSION,
            reflections,
        })
    }

    /// The export as pretty JSON text, ending in a newline.
    pub fn export_json(&self) -> Result<String> {
        self.export()?.to_json()
    }

    /// Imports an export file's text. Nothing is written unless all of it is
    /// valid.
    pub fn import_json(&mut self, text: &str) -> Result<ImportSummary> {
        let file = parse_export(text)?;
        let now = self.clock.now();
        // Validate everything before touching the database.
        let mut records = Vec::with_capacity(file.reflections.len());
        for (i, r) in file.reflections.into_iter().enumerate() {
            let input = ReflectionInput {
                session_at: Some(r.session_at),
                takeaway: r.takeaway,
                difficult: r.difficult,
                focus: r.focus,
                feeling_note: r.feeling_note,
                feeling_rating: r.feeling_rating,
                feelings: r.feelings,
            }
            // Imported sessions may be of any age; only "the future" is
            // judged against the time the file was made, not today.
            .validated(r.updated_at.max(now))
            .map_err(|e| Error::Import(format!("Reflection {} in the file: {e}", i + 1)))?;
            if uuid::Uuid::parse_str(&r.uid).is_err() {
                return Err(Error::Import(format!(
                    "Reflection {} in the file has an id (\"uid\") that isn't valid.",
                    i + 1
                )));
            }
            records.push((r.uid, r.session_at, input, r.created_at, r.updated_at));
        }

        let tx = self.conn.transaction()?;
        let mut summary = ImportSummary {
            added: 0,
            already_present: 0,
        };
        for (uid, session_at, input, created, updated) in &records {
            if reflection::id_by_uid(&tx, uid)?.is_some() {
                summary.already_present += 1;
                continue;
            }
            reflection::insert(&tx, uid, *session_at, input, *created, *updated)?;
            summary.added += 1;
        }
        tx.commit()?;
        Ok(summary)
    }
}

/// Reads the file's envelope first, so a foreign or newer file gets a
/// message about *that*, not about some field deep inside.
fn parse_export(text: &str) -> Result<ExportFile> {
    let value: Value = serde_json::from_str(text).map_err(|e| {
        Error::Import(format!(
            "This file isn't readable JSON (line {}, column {}), so it can't be an Interlude \
             export. Nothing was imported.",
            e.line(),
            e.column()
        ))
    })?;
    let Some(object) = value.as_object() else {
        return Err(Error::Import(
            "This file isn't an Interlude export (it should start with '{'). Nothing was imported."
                .into(),
        ));
    };
    match object.get("format").and_then(Value::as_str) {
        Some(EXPORT_FORMAT) => {}
        _ => {
            return Err(Error::Import(format!(
                "This file isn't an Interlude export (it has no \"format\": \"{EXPORT_FORMAT}\"). \
                 Nothing was imported."
            )))
        }
    }
    match object.get("version").and_then(Value::as_u64) {
        Some(v) if v == u64::from(EXPORT_VERSION) => {}
        Some(v) if v > u64::from(EXPORT_VERSION) => {
            return Err(Error::Import(format!(
                "This export was made by a newer Interlude (format version {v}; this one reads \
                 up to {EXPORT_VERSION}). Nothing was imported — please update Interlude first."
            )))
        }
        _ => {
            return Err(Error::Import(
                "This export has no version Interlude knows. Nothing was imported.".into(),
            ))
        }
    }
    let Some(list) = object.get("reflections").and_then(Value::as_array) else {
        return Err(Error::Import(
            "This export has no list of reflections. Nothing was imported.".into(),
        ));
    };
    let mut reflections = Vec::with_capacity(list.len());
    for (i, item) in list.iter().enumerate() {
        let r: ExportedReflection = serde_json::from_value(item.clone()).map_err(|e| {
            Error::Import(format!(
                "Reflection {} in the file can't be read: {e}. Nothing was imported.",
                i + 1
            ))
        })?;
        reflections.push(r);
    }
    if let Some(extra) = object
        .keys()
        .find(|k| !matches!(k.as_str(), "format" | "version" | "reflections"))
    {
        return Err(Error::Import(format!(
            "This export has a part (\"{extra}\") this version doesn't know. Nothing was imported."
        )));
    }
    Ok(ExportFile {
        format: EXPORT_FORMAT.to_owned(),
        version: EXPORT_VERSION,
        reflections,
    })
}
