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
//! so importing the same file twice adds nothing. The check step
//! (`check_file`) and the write step (`Db::write_checked`) are shared
//! with the imports from other apps (`crate::import`), which turn another
//! app's export into an [`ExportFile`] first.
//!
//! One submodule per family of records; this file owns the envelope.

mod activation;
mod experiments;
mod journal;
mod plans;
mod reflections;
mod therapy;

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::Value;

pub use activation::{ExportedActivity, ExportedValue};
pub use experiments::ExportedExperiment;
pub use journal::{ExportedCheckin, ExportedMoment, ExportedNote};
pub use plans::{ExportedBreak, ExportedDay, ExportedPause, ExportedPlan};
pub use reflections::ExportedReflection;
pub use therapy::{ExportedMeasure, ExportedSafetyPlan};

use crate::error::{Error, Result};
use crate::i18n;
use crate::storage::db::Db;

/// The value of `format` in every export file.
pub const EXPORT_FORMAT: &str = "interlude-export";
/// The export format version this build writes and the newest it reads.
/// Version 1 held reflections only; version 2 added plans and breaks;
/// version 3 added moments, check-ins, notes, and the star, private flag
/// and tags of every entry; version 4 added PHQ-9 / GAD-7 results and the
/// safety plan; version 5 added a moment's full thought record (evidence,
/// a balanced thought, belief before and after) and behavioural experiments;
/// version 6 added values and activities (behavioural activation); version
/// 7 added a reflection's answers to a therapist's questions.
pub const EXPORT_VERSION: u32 = 7;
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
    ("experiments", 5),
    ("values", 6),
    ("activities", 6),
];
/// Refuse absurdly large files before reading them into memory.
pub const MAX_IMPORT_BYTES: u64 = 256 * 1024 * 1024;

/// Refuses `len` bytes (of a file, or of the base64 text the window sends
/// one as) past [`MAX_IMPORT_BYTES`], before anything is decoded. `what`
/// names the file, in the language in use ("The file").
pub fn check_import_size(len: usize, what: &str) -> Result<()> {
    if u64::try_from(len).unwrap_or(u64::MAX) > MAX_IMPORT_BYTES {
        return Err(Error::Import(i18n::text(
            "error-import-too-large",
            &[
                ("file", what.into()),
                ("max", (MAX_IMPORT_BYTES / (1024 * 1024)).into()),
            ],
        )));
    }
    Ok(())
}

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
    #[serde(default)]
    pub experiments: Vec<ExportedExperiment>,
    #[serde(default)]
    pub values: Vec<ExportedValue>,
    #[serde(default)]
    pub activities: Vec<ExportedActivity>,
}

impl ExportFile {
    /// Entries of every kind in the file (plans, measures and the rest are
    /// not entries: they are counted on their own where they are shown).
    pub fn entry_count(&self) -> usize {
        self.reflections.len() + self.moments.len() + self.checkins.len() + self.notes.len()
    }

    /// Pretty JSON text, ending in a newline.
    pub fn to_json(&self) -> Result<String> {
        let mut text = serde_json::to_string_pretty(self).map_err(|e| {
            let detail = e.to_string();
            Error::Storage(i18n::text(
                "error-export-write",
                &[("detail", detail.as_str().into())],
            ))
        })?;
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
        let _snapshot = self.read_snapshot()?;
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
            experiments: experiments::export(self, include_private)?,
            values: activation::export_values(self)?,
            activities: activation::export_activities(self)?,
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
        let checked = check_file(file, self.clock.now(), &|part, i| part.in_file(i))?;
        self.write_checked(checked)
    }

    /// How many of a checked file's records are new and how many are
    /// already here. Reads only. (A safety plan is not counted: only an
    /// Interlude export has one, and its preview is the file itself.)
    pub(crate) fn tally(&self, checked: &CheckedFile) -> Result<Tally> {
        let mut tally = Tally::default();
        let mut count = |present: bool, new: &mut usize| {
            if present {
                tally.present += 1;
            } else {
                *new += 1;
            }
        };
        let mut new = [0_usize; 10];
        for r in &checked.reflections {
            count(uid_present(&self.conn, "reflection", r.uid())?, &mut new[0]);
        }
        let mut plan_days = 0;
        for (p, _) in &checked.plans {
            let present = uid_present(&self.conn, "plan", &p.uid)?;
            if !present {
                plan_days += p.days.len();
            }
            count(present, &mut new[1]);
        }
        for (b, _) in &checked.breaks {
            count(
                uid_present(&self.conn, "compassion_break", &b.uid)?,
                &mut new[2],
            );
        }
        for m in &checked.moments {
            count(uid_present(&self.conn, "moment", m.uid())?, &mut new[3]);
        }
        for c in &checked.checkins {
            count(uid_present(&self.conn, "checkin", c.uid())?, &mut new[4]);
        }
        for n in &checked.notes {
            count(uid_present(&self.conn, "note", n.uid())?, &mut new[5]);
        }
        for m in &checked.measures {
            count(uid_present(&self.conn, "measure", &m.uid)?, &mut new[6]);
        }
        for e in &checked.experiments {
            count(uid_present(&self.conn, "experiment", &e.uid)?, &mut new[7]);
        }
        for v in &checked.values {
            count(uid_present(&self.conn, "life_value", &v.uid)?, &mut new[8]);
        }
        for a in &checked.activities {
            count(uid_present(&self.conn, "activity", &a.uid)?, &mut new[9]);
        }
        let [reflections, plans, breaks, moments, checkins, notes, measures, experiments, values, activities] =
            new;
        Ok(Tally {
            reflections,
            plans,
            plan_days,
            breaks,
            moments,
            checkins,
            notes,
            measures,
            experiments,
            values,
            activities,
            ..tally
        })
    }

    /// Writes a checked file in one transaction, after a backup; records
    /// whose uid is already here are skipped.
    pub(crate) fn write_checked(&mut self, checked: CheckedFile) -> Result<ImportSummary> {
        let now = self.clock.now();
        // Everything checked: a way back from an import the person regrets
        // (a journal kept in memory has no folder for one).
        if self.path().is_some() {
            self.backup(crate::storage::backup::Reason::BeforeImport)?;
        }
        // Immediate: the write lock from the start, so a write by another
        // connection (the scheduler, a terminal command) between the first
        // read and the first write waits its turn instead of failing.
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let totals_aside = if checked.moments.len() >= crate::journal::insights::FOLD_AT_END_FROM {
            Some(crate::journal::insights::set_totals_aside(&tx)?)
        } else {
            None
        };
        let entries = checked.reflections.len()
            + checked.moments.len()
            + checked.checkins.len()
            + checked.notes.len();
        let index_at_end = entries >= crate::journal::search_index::INDEX_AT_END_FROM;
        if index_at_end {
            crate::journal::search_index::pause(&tx)?;
        }
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
        for r in &checked.reflections {
            count(reflections::insert(&tx, r)?);
        }
        for (p, input) in &checked.plans {
            count(plans::insert_plan(&tx, p, input)?);
        }
        for (b, input) in &checked.breaks {
            count(plans::insert_break(&tx, b, input)?);
        }
        for m in &checked.moments {
            count(journal::insert_moment(&tx, m)?);
        }
        for c in &checked.checkins {
            count(journal::insert_checkin(&tx, c)?);
        }
        for n in &checked.notes {
            count(journal::insert_note(&tx, n)?);
        }
        for m in &checked.measures {
            count(therapy::insert_measure(&tx, m)?);
        }
        // After the moments and plans they may point at.
        for e in &checked.experiments {
            count(experiments::insert(&tx, e)?);
        }
        // Values before the activities that serve them.
        for v in &checked.values {
            count(activation::insert_value(&tx, v)?);
        }
        for a in &checked.activities {
            count(activation::insert_activity(&tx, a)?);
        }
        if let Some((input, region)) = &checked.safety_plan {
            count(therapy::insert_safety_plan(
                &tx,
                input,
                region.as_deref(),
                now,
            )?);
        }
        if let Some(aside) = totals_aside {
            crate::journal::insights::recount(&tx, aside)?;
        }
        if index_at_end {
            crate::journal::search_index::index_pending(&tx)?;
        }
        tx.commit()?;
        Ok(summary)
    }
}

/// The parts of an export file that hold records, for naming a record in a
/// message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Part {
    Reflection,
    Plan,
    Break,
    Moment,
    Checkin,
    Note,
    Measure,
    Experiment,
    Value,
    Activity,
}

impl Part {
    /// How the export file's own messages name a record of this part, in
    /// the language in use.
    pub(crate) fn label(self) -> String {
        let id = match self {
            Part::Reflection => "error-import-part-reflection",
            Part::Plan => "error-import-part-plan",
            Part::Break => "error-import-part-break",
            Part::Moment => "error-import-part-moment",
            Part::Checkin => "error-import-part-checkin",
            Part::Note => "error-import-part-note",
            Part::Measure => "error-import-part-measure",
            Part::Experiment => "error-import-part-experiment",
            Part::Value => "error-import-part-value",
            Part::Activity => "error-import-part-activity",
        };
        i18n::text(id, &[])
    }

    /// "Plan 3": the `index`th record (from 1) of this part.
    pub(crate) fn numbered(self, index: usize) -> String {
        let label = self.label();
        i18n::text(
            "error-import-place-record",
            &[("part", label.as_str().into()), ("number", index.into())],
        )
    }

    /// "Plan 3 in the file": the `index`th record of this part in an
    /// Interlude export.
    pub(crate) fn in_file(self, index: usize) -> String {
        let label = self.label();
        i18n::text(
            "error-import-place-in-file",
            &[("part", label.as_str().into()), ("number", index.into())],
        )
    }
}

/// Every record of a file, checked with the app's own rules and ready to
/// insert. Made by [`check_file`]; nothing has been written yet.
pub(crate) struct CheckedFile {
    reflections: Vec<reflections::Checked>,
    plans: Vec<(ExportedPlan, crate::practice::plan::PlanInput)>,
    breaks: Vec<(
        ExportedBreak,
        crate::practice::compassion::CompassionBreakInput,
    )>,
    moments: Vec<journal::Checked<crate::journal::moment::MomentInput>>,
    checkins: Vec<journal::Checked<crate::journal::checkin::CheckinInput>>,
    notes: Vec<journal::Checked<crate::journal::note::NoteInput>>,
    measures: Vec<ExportedMeasure>,
    safety_plan: Option<(crate::safety::plan::SafetyPlanInput, Option<String>)>,
    experiments: Vec<ExportedExperiment>,
    values: Vec<ExportedValue>,
    activities: Vec<ExportedActivity>,
}

impl std::fmt::Debug for CheckedFile {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Counts only: the records hold journal text.
        f.debug_struct("CheckedFile")
            .field("reflections", &self.reflections.len())
            .field("plans", &self.plans.len())
            .field("moments", &self.moments.len())
            .field("checkins", &self.checkins.len())
            .field("notes", &self.notes.len())
            .finish_non_exhaustive()
    }
}

/// What importing a checked file would do: the records that are new, per
/// part, and how many are already here (and would be skipped).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Tally {
    pub reflections: usize,
    pub plans: usize,
    /// The days logged in the new plans.
    pub plan_days: usize,
    pub breaks: usize,
    pub moments: usize,
    pub checkins: usize,
    pub notes: usize,
    pub measures: usize,
    pub experiments: usize,
    pub values: usize,
    pub activities: usize,
    pub present: usize,
}

/// Checks every record of `file` before anything is written: the step
/// [`Db::import_json`] and the imports from other apps share. `name` says
/// how a message names the `i`th record (from 1) of a part.
pub(crate) fn check_file(
    file: ExportFile,
    now: DateTime<FixedOffset>,
    name: &dyn Fn(Part, usize) -> String,
) -> Result<CheckedFile> {
    let reflections = (1..)
        .zip(file.reflections)
        .map(|(i, r)| reflections::check(&name(Part::Reflection, i), r, now))
        .collect::<Result<Vec<_>>>()?;
    let plans = (1..)
        .zip(file.plans)
        .map(|(i, p)| plans::check_plan(&name(Part::Plan, i), p))
        .collect::<Result<Vec<_>>>()?;
    let breaks = (1..)
        .zip(file.compassion_breaks)
        .map(|(i, b)| plans::check_break(&name(Part::Break, i), &b).map(|input| (b, input)))
        .collect::<Result<Vec<_>>>()?;
    let moments = (1..)
        .zip(file.moments)
        .map(|(i, m)| journal::check_moment(&name(Part::Moment, i), m, now))
        .collect::<Result<Vec<_>>>()?;
    let checkins = (1..)
        .zip(file.checkins)
        .map(|(i, c)| journal::check_checkin(&name(Part::Checkin, i), c, now))
        .collect::<Result<Vec<_>>>()?;
    let notes = (1..)
        .zip(file.notes)
        .map(|(i, n)| journal::check_note(&name(Part::Note, i), n, now))
        .collect::<Result<Vec<_>>>()?;
    for (i, m) in (1..).zip(&file.measures) {
        therapy::check_measure(&name(Part::Measure, i), m)?;
    }
    for (i, e) in (1..).zip(&file.experiments) {
        experiments::check(&name(Part::Experiment, i), e)?;
    }
    for (i, v) in (1..).zip(&file.values) {
        activation::check_value(&name(Part::Value, i), v)?;
    }
    for (i, a) in (1..).zip(&file.activities) {
        activation::check_activity(&name(Part::Activity, i), a, now)?;
    }
    let safety_plan = file
        .safety_plan
        .as_ref()
        .map(|p| therapy::check_safety_plan(p).map(|input| (input, p.region.clone())))
        .transpose()?;
    Ok(CheckedFile {
        reflections,
        plans,
        breaks,
        moments,
        checkins,
        notes,
        measures: file.measures,
        safety_plan,
        experiments: file.experiments,
        values: file.values,
        activities: file.activities,
    })
}

/// Whether a record with this uid is in `table` (one of our own table
/// names, never input).
pub(super) fn uid_present(conn: &rusqlite::Connection, table: &str, uid: &str) -> Result<bool> {
    use rusqlite::OptionalExtension;
    Ok(conn
        .prepare_cached(&format!("SELECT 1 FROM {table} WHERE uid = ?1"))?
        .query_row([uid], |_| Ok(()))
        .optional()?
        .is_some())
}

/// Every record's uid must be a UUID: it is what makes a second import of
/// the same file harmless.
fn check_uid(what: &str, uid: &str) -> Result<()> {
    if uuid::Uuid::parse_str(uid).is_err() {
        return Err(Error::Import(i18n::text(
            "error-import-bad-uid",
            &[("place", what.into())],
        )));
    }
    Ok(())
}

/// A record that breaks the app's own rules, named by its place in the file
/// ("Moment 3 in the file", "Line 14 of daylio.csv").
fn import_error(what: &str, err: &Error) -> Error {
    let detail = err.message();
    Error::Import(i18n::text(
        "error-import-record-refused",
        &[("place", what.into()), ("detail", detail.as_str().into())],
    ))
}

/// Reads the file's envelope first, so a foreign or newer file gets a
/// message about *that*, not about some field deep inside.
fn parse_export(text: &str) -> Result<ExportFile> {
    // Before any parsing: a text past the cap would cost its size several
    // times over as a JSON tree.
    check_import_size(text.len(), &i18n::text("error-import-this-file", &[]))?;
    let value: Value = serde_json::from_str(text).map_err(|e| {
        Error::Import(i18n::text(
            "error-import-not-json",
            &[("line", e.line().into()), ("column", e.column().into())],
        ))
    })?;
    let Some(object) = value.as_object() else {
        return Err(Error::Import(i18n::text("error-import-not-object", &[])));
    };
    match object.get("format").and_then(Value::as_str) {
        Some(EXPORT_FORMAT) => {}
        _ => {
            return Err(Error::Import(i18n::text(
                "error-import-no-format",
                &[("format", EXPORT_FORMAT.into())],
            )))
        }
    }
    let version = match object.get("version").and_then(Value::as_u64) {
        Some(v) if (1..=u64::from(EXPORT_VERSION)).contains(&v) => v,
        Some(v) if v > u64::from(EXPORT_VERSION) => {
            return Err(Error::Import(i18n::text(
                "error-import-newer-version",
                &[("found", v.into()), ("supported", EXPORT_VERSION.into())],
            )))
        }
        _ => return Err(Error::Import(i18n::text("error-import-no-version", &[]))),
    };
    // Each version knows the parts that had arrived by then.
    let known = |key: &str| {
        PARTS
            .iter()
            .any(|(k, since)| *k == key && u64::from(*since) <= version)
    };
    if let Some(extra) = object.keys().find(|k| !known(k)) {
        return Err(Error::Import(i18n::text(
            "error-import-unknown-part",
            &[("part", extra.into())],
        )));
    }
    if !object.get("reflections").is_some_and(Value::is_array) {
        return Err(Error::Import(i18n::text(
            "error-import-no-reflections",
            &[],
        )));
    }
    Ok(ExportFile {
        format: EXPORT_FORMAT.to_owned(),
        version: EXPORT_VERSION,
        private_left_out: 0,
        reflections: read_list(object, "reflections", Part::Reflection)?,
        plans: read_list(object, "plans", Part::Plan)?,
        compassion_breaks: read_list(object, "compassionBreaks", Part::Break)?,
        moments: read_list(object, "moments", Part::Moment)?,
        checkins: read_list(object, "checkins", Part::Checkin)?,
        notes: read_list(object, "notes", Part::Note)?,
        measures: read_list(object, "measures", Part::Measure)?,
        experiments: read_list(object, "experiments", Part::Experiment)?,
        values: read_list(object, "values", Part::Value)?,
        activities: read_list(object, "activities", Part::Activity)?,
        safety_plan: match object.get("safetyPlan") {
            None | Some(Value::Null) => None,
            Some(v) => Some(serde_json::from_value(v.clone()).map_err(|e| {
                let place = i18n::text("error-import-safety-plan-in-file", &[]);
                unreadable(&place, &e)
            })?),
        },
    })
}

/// "{place} can't be read: {serde's words}. Nothing was imported."
fn unreadable(place: &str, e: &serde_json::Error) -> Error {
    let detail = e.to_string();
    Error::Import(i18n::text(
        "error-import-unreadable",
        &[("place", place.into()), ("detail", detail.as_str().into())],
    ))
}

/// Reads one part of the file record by record, so an error names the
/// record ("Plan 3 in the file can't be read: missing field `action`").
fn read_list<T: serde::de::DeserializeOwned>(
    object: &serde_json::Map<String, Value>,
    key: &str,
    part: Part,
) -> Result<Vec<T>> {
    let list = match object.get(key) {
        None => return Ok(Vec::new()),
        Some(Value::Array(list)) => list,
        Some(_) => {
            return Err(Error::Import(i18n::text(
                "error-import-part-not-list",
                &[("part", key.into())],
            )))
        }
    };
    (1_usize..)
        .zip(list)
        .map(|(i, item)| {
            serde_json::from_value(item.clone()).map_err(|e| unreadable(&part.in_file(i), &e))
        })
        .collect()
}
