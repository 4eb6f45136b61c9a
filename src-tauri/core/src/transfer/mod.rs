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
//!
//! One submodule per family of records; this file owns the envelope.

mod journal;
mod plans;
mod reflections;
mod therapy;

use serde::{Deserialize, Serialize};
use serde_json::Value;

pub use journal::{ExportedCheckin, ExportedMoment, ExportedNote};
pub use plans::{ExportedBreak, ExportedDay, ExportedPause, ExportedPlan};
pub use reflections::ExportedReflection;
pub use therapy::{ExportedMeasure, ExportedSafetyPlan};

use crate::db::Db;
use crate::error::{Error, Result};

/// The value of `format` in every export file.
pub const EXPORT_FORMAT: &str = "interlude-export";
/// The export format version this build writes and the newest it reads.
/// Version 1 held reflections only; version 2 added plans and breaks;
/// version 3 added moments, check-ins, notes, and the star, private flag
/// and tags of every entry; version 4 added PHQ-9 / GAD-7 results and the
/// safety plan.
pub const EXPORT_VERSION: u32 = 4;
/// Top-level parts of the file, in the order they are written, and the
/// version each arrived in.
const PARTS: &[(&str, u32)] = &[
    ("format", 1),
    ("version", 1),
    ("privateLeftOut", 3),
    ("reflections", 1),
    ("plans", 2),
    ("compassionBreaks", 2),
    ("moments", 3),
    ("checkins", 3),
    ("notes", 3),
    ("measures", 4),
    ("safetyPlan", 4),
];
/// Refuse absurdly large files before reading them into memory.
pub const MAX_IMPORT_BYTES: u64 = 256 * 1024 * 1024;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ExportFile {
    pub format: String,
    pub version: u32,
    /// How many entries marked private were left out of this file, so the
    /// file says plainly that it is not everything.
    #[serde(default)]
    pub private_left_out: u32,
    pub reflections: Vec<ExportedReflection>,
    #[serde(default)]
    pub plans: Vec<ExportedPlan>,
    #[serde(default)]
    pub compassion_breaks: Vec<ExportedBreak>,
    #[serde(default)]
    pub moments: Vec<ExportedMoment>,
    #[serde(default)]
    pub checkins: Vec<ExportedCheckin>,
    #[serde(default)]
    pub notes: Vec<ExportedNote>,
    #[serde(default)]
    pub measures: Vec<ExportedMeasure>,
    #[serde(default)]
    pub safety_plan: Option<ExportedSafetyPlan>,
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
    /// Entries marked private are left out unless `include_private`.
    pub fn export(&self, include_private: bool) -> Result<ExportFile> {
        // One read transaction: the file is a single consistent snapshot even
        // if the scheduler writes meanwhile, and SQLite takes its read lock
        // once rather than once per statement. Dropped (rolled back) at the
        // end; nothing is written.
        let _snapshot = self.conn.unchecked_transaction()?;
        let (reflections, r) = reflections::export(self, include_private)?;
        let (moments, m) = journal::export_moments(self, include_private)?;
        let (checkins, c) = journal::export_checkins(self, include_private)?;
        let (notes, n) = journal::export_notes(self, include_private)?;
        Ok(ExportFile {
            format: EXPORT_FORMAT.to_owned(),
            version: EXPORT_VERSION,
            private_left_out: r + m + c + n,
            reflections,
            plans: plans::export_plans(self)?,
            compassion_breaks: plans::export_breaks(self)?,
            moments,
            checkins,
            notes,
            measures: therapy::export_measures(self)?,
            safety_plan: therapy::export_safety_plan(self)?,
        })
    }

    /// The export as pretty JSON text, ending in a newline.
    pub fn export_json(&self, include_private: bool) -> Result<String> {
        self.export(include_private)?.to_json()
    }

    /// Imports an export file's text. Nothing is written unless all of it is
    /// valid.
    pub fn import_json(&mut self, text: &str) -> Result<ImportSummary> {
        let file = parse_export(text)?;
        let now = self.clock.now();
        // Check everything before touching the database.
        let reflections = (1..)
            .zip(file.reflections)
            .map(|(i, r)| reflections::check(i, r, now))
            .collect::<Result<Vec<_>>>()?;
        let plans = (1..)
            .zip(file.plans)
            .map(|(i, p)| plans::check_plan(i, p))
            .collect::<Result<Vec<_>>>()?;
        let breaks = (1..)
            .zip(&file.compassion_breaks)
            .map(|(i, b)| plans::check_break(i, b).map(|input| (b, input)))
            .collect::<Result<Vec<_>>>()?;
        let moments = (1..)
            .zip(file.moments)
            .map(|(i, m)| journal::check_moment(i, m, now))
            .collect::<Result<Vec<_>>>()?;
        let checkins = (1..)
            .zip(file.checkins)
            .map(|(i, c)| journal::check_checkin(i, c, now))
            .collect::<Result<Vec<_>>>()?;
        let notes = (1..)
            .zip(file.notes)
            .map(|(i, n)| journal::check_note(i, n, now))
            .collect::<Result<Vec<_>>>()?;
        for (i, m) in (1..).zip(&file.measures) {
            therapy::check_measure(i, m)?;
        }
        let safety_plan = file
            .safety_plan
            .as_ref()
            .map(|p| therapy::check_safety_plan(p).map(|input| (input, p.region.clone())))
            .transpose()?;

        // Everything checked: a way back from an import the person regrets
        // (a journal kept in memory has no folder for one).
        if self.path().is_some() {
            self.backup(crate::backup::Reason::BeforeImport)?;
        }
        let tx = self.conn.transaction()?;
        let mut summary = ImportSummary {
            added: 0,
            already_present: 0,
        };
        let mut count = |added: bool| {
            if added {
                summary.added += 1;
            } else {
                summary.already_present += 1;
            }
        };
        for r in &reflections {
            count(reflections::insert(&tx, r)?);
        }
        for (p, input) in &plans {
            count(plans::insert_plan(&tx, p, input)?);
        }
        for (b, input) in &breaks {
            count(plans::insert_break(&tx, b, input)?);
        }
        for m in &moments {
            count(journal::insert_moment(&tx, m)?);
        }
        for c in &checkins {
            count(journal::insert_checkin(&tx, c)?);
        }
        for n in &notes {
            count(journal::insert_note(&tx, n)?);
        }
        for m in &file.measures {
            count(therapy::insert_measure(&tx, m)?);
        }
        if let Some((input, region)) = &safety_plan {
            count(therapy::insert_safety_plan(
                &tx,
                input,
                region.as_deref(),
                now,
            )?);
        }
        tx.commit()?;
        Ok(summary)
    }
}

/// Every record's uid must be a UUID: it is what makes a second import of
/// the same file harmless.
fn check_uid(what: &str, uid: &str) -> Result<()> {
    if uuid::Uuid::parse_str(uid).is_err() {
        return Err(Error::Import(format!(
            "{what} in the file has an id (\"uid\") that isn't valid. Nothing was imported."
        )));
    }
    Ok(())
}

/// A record that breaks the app's own rules, named by its place in the file.
fn import_error(what: &str, err: &Error) -> Error {
    Error::Import(format!("{what} in the file: {err} Nothing was imported."))
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
    let version = match object.get("version").and_then(Value::as_u64) {
        Some(v) if (1..=u64::from(EXPORT_VERSION)).contains(&v) => v,
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
    };
    // Each version knows the parts that had arrived by then.
    let known = |key: &str| {
        PARTS
            .iter()
            .any(|(k, since)| *k == key && u64::from(*since) <= version)
    };
    if let Some(extra) = object.keys().find(|k| !known(k)) {
        return Err(Error::Import(format!(
            "This export has a part (\"{extra}\") this version doesn't know. Nothing was imported."
        )));
    }
    if !object.get("reflections").is_some_and(Value::is_array) {
        return Err(Error::Import(
            "This export has no list of reflections. Nothing was imported.".into(),
        ));
    }
    Ok(ExportFile {
        format: EXPORT_FORMAT.to_owned(),
        version: EXPORT_VERSION,
        private_left_out: 0,
        reflections: read_list(object, "reflections", "Reflection")?,
        plans: read_list(object, "plans", "Plan")?,
        compassion_breaks: read_list(object, "compassionBreaks", "Self-compassion break")?,
        moments: read_list(object, "moments", "Moment")?,
        checkins: read_list(object, "checkins", "Check-in")?,
        notes: read_list(object, "notes", "Note")?,
        measures: read_list(object, "measures", "Questionnaire")?,
        safety_plan: match object.get("safetyPlan") {
            None | Some(Value::Null) => None,
            Some(v) => Some(serde_json::from_value(v.clone()).map_err(|e| {
                Error::Import(format!(
                    "The safety plan in the file can't be read: {e}. Nothing was imported."
                ))
            })?),
        },
    })
}

/// Reads one part of the file record by record, so an error names the
/// record ("Plan 3 in the file can't be read: missing field `action`").
fn read_list<T: serde::de::DeserializeOwned>(
    object: &serde_json::Map<String, Value>,
    key: &str,
    label: &str,
) -> Result<Vec<T>> {
    let list = match object.get(key) {
        None => return Ok(Vec::new()),
        Some(Value::Array(list)) => list,
        Some(_) => {
            return Err(Error::Import(format!(
                "The \"{key}\" part of this export isn't a list. Nothing was imported."
            )))
        }
    };
    (1..)
        .zip(list)
        .map(|(i, item)| {
            serde_json::from_value(item.clone()).map_err(|e| {
                Error::Import(format!(
                    "{label} {i} in the file can't be read: {e}. Nothing was imported."
                ))
            })
        })
        .collect()
}
