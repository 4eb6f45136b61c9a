//! Import from other apps: Daylio, Loop Habit Tracker, jrnl, Day One and
//! `FreeCBT` (Quirk).
//!
//! Each source has its own file that reads the app's real export and maps
//! it onto an Interlude export file ([`ExportFile`]); from there the import
//! takes exactly the path of [`Db::import_json`]: every record checked with
//! the app's own rules before anything is written, a backup, then one
//! transaction, a record whose uid is already here skipped. Every record
//! gets a uid derived from the source and its identity (the other app's id
//! where it has one, its content where it hasn't), so importing the same
//! file twice adds nothing the second time.
//!
//! [`Db::preview_import`] runs the same conversion and checks and reports
//! what an import would add, writing nothing.
//!
//! Messages name the file and the place in it (a line of a CSV, an entry of
//! a JSON list, a member of a zip) and the field, never what was written
//! there. The field mappings are documented in `docs/import-formats.md`.

mod csv;
mod daylio;
mod dayone;
mod freecbt;
mod jrnl;
mod loop_habits;
mod zip;

use std::collections::HashMap;
use std::fmt;
use std::str::FromStr;

use chrono::{DateTime, FixedOffset, NaiveDateTime};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::i18n;
use crate::interchange::transfer::{
    check_file, ExportFile, ImportSummary, Part, EXPORT_FORMAT, EXPORT_VERSION, MAX_IMPORT_BYTES,
};
use crate::journal::tags::{MAX_TAGS, MAX_TAG_CHARS};
use crate::storage::db::Db;

/// The apps Interlude imports from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Source {
    /// Daylio's CSV export ("More → Export entries → CSV").
    Daylio,
    /// Loop Habit Tracker's CSV export: a zip of `Habits.csv` and one folder
    /// of `Checkmarks.csv` per habit.
    Loop,
    /// `jrnl --format json`.
    Jrnl,
    /// Day One's "JSON (.zip)" export, or the `Journal.json` inside it.
    DayOne,
    /// `FreeCBT`'s (formerly Quirk's) JSON export.
    FreeCbt,
}

impl Source {
    pub const ALL: [Source; 5] = [
        Source::Daylio,
        Source::Loop,
        Source::Jrnl,
        Source::DayOne,
        Source::FreeCbt,
    ];

    /// The stable word the UI and the command line use.
    pub fn as_str(self) -> &'static str {
        match self {
            Source::Daylio => "daylio",
            Source::Loop => "loop",
            Source::Jrnl => "jrnl",
            Source::DayOne => "dayone",
            Source::FreeCbt => "freecbt",
        }
    }

    /// The app's name, as a person knows it.
    pub fn name(self) -> &'static str {
        match self {
            Source::Daylio => "Daylio",
            Source::Loop => "Loop Habit Tracker",
            Source::Jrnl => "jrnl",
            Source::DayOne => "Day One",
            Source::FreeCbt => "FreeCBT",
        }
    }

    /// What the file should be, for messages ("isn't a Daylio CSV export").
    fn export_name(self) -> String {
        let id = match self {
            Source::Daylio => "error-import-export-daylio",
            Source::Loop => "error-import-export-loop",
            Source::Jrnl => "error-import-export-jrnl",
            Source::DayOne => "error-import-export-dayone",
            Source::FreeCbt => "error-import-export-freecbt",
        };
        i18n::text(id, &[])
    }
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Source {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self> {
        let word = s.trim().to_ascii_lowercase();
        Source::ALL
            .into_iter()
            .find(|source| source.as_str() == word)
            .ok_or_else(|| {
                let name = s.chars().take(40).collect::<String>();
                Error::invalid(i18n::text(
                    "error-import-unknown-source",
                    &[("name", name.as_str().into())],
                ))
            })
    }
}

/// How many records of each kind an import would add.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ImportCounts {
    pub notes: u32,
    pub checkins: u32,
    pub moments: u32,
    pub plans: u32,
    /// Days logged in the new plans.
    pub plan_days: u32,
}

/// What importing a file would do, found without writing anything.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ImportPreview {
    pub source: Source,
    /// The app's name ("Day One").
    pub source_name: &'static str,
    pub file_name: String,
    /// The records an import would add now (those already here are not
    /// counted again).
    pub counts: ImportCounts,
    /// Records in the file that are already in the journal (from an earlier
    /// import) and would be skipped.
    pub already_here: u32,
    /// The earliest and latest moment in the file.
    pub first: Option<DateTime<FixedOffset>>,
    pub last: Option<DateTime<FixedOffset>>,
    /// Up to three one-line summaries of the newest records in the file,
    /// e.g. "2026-11-20 · Check-in · mood 7 · work, family".
    pub samples: Vec<String>,
    /// Plain lines about what the file holds that doesn't come across
    /// ("3 photos — Interlude keeps the words only").
    pub left_out: Vec<String>,
}

/// Reads another app's export and maps it onto an Interlude export file.
/// `zone` is the time zone of the person's computer: times the other app
/// wrote without a zone (Daylio, jrnl, Loop) are read as wall-clock times
/// there. Nothing is checked against the journal yet; errors name the file
/// and the place in it.
pub fn convert(source: Source, file_name: &str, bytes: &[u8], zone: Tz) -> Result<ExportFile> {
    Ok(convert_source(source, file_name, bytes, zone)?.file)
}

impl Db {
    /// A dry run of [`Db::import_from`]: converts the file and checks every
    /// record exactly as the import would, then counts what is new and what
    /// is already here. Writes nothing.
    pub fn preview_import(
        &self,
        source: Source,
        file_name: &str,
        bytes: &[u8],
        zone: Tz,
    ) -> Result<ImportPreview> {
        let Converted {
            file,
            origins,
            left_out,
        } = convert_source(source, file_name, bytes, zone)?;
        let (first, last) = time_range(&file);
        let samples = samples(&file);
        let checked = check_file(file, self.clock.now(), &|part, i| origins.name(part, i))?;
        let tally = self.tally(&checked)?;
        let n = |v: usize| u32::try_from(v).unwrap_or(u32::MAX);
        Ok(ImportPreview {
            source,
            source_name: source.name(),
            file_name: short_name(file_name).into_owned(),
            counts: ImportCounts {
                notes: n(tally.notes),
                checkins: n(tally.checkins),
                moments: n(tally.moments),
                plans: n(tally.plans),
                plan_days: n(tally.plan_days),
            },
            already_here: n(tally.present),
            first,
            last,
            samples,
            left_out: left_out.lines(),
        })
    }

    /// Imports another app's export: converted, then checked and written
    /// exactly like an Interlude export ([`Db::import_json`]): all or
    /// nothing, a backup first, records already here skipped.
    pub fn import_from(
        &mut self,
        source: Source,
        file_name: &str,
        bytes: &[u8],
        zone: Tz,
    ) -> Result<ImportSummary> {
        let Converted { file, origins, .. } = convert_source(source, file_name, bytes, zone)?;
        let checked = check_file(file, self.clock.now(), &|part, i| origins.name(part, i))?;
        self.write_checked(checked)
    }
}

/// An export file made from another app's, with where each record came
/// from and what didn't come across.
#[derive(Debug)]
pub(crate) struct Converted {
    pub file: ExportFile,
    pub origins: Origins,
    pub left_out: LeftOut,
}

/// Where each converted record came from, part by part, in file order:
/// "daylio.csv, line 14". Check failures are named by these.
#[derive(Debug, Default)]
pub(crate) struct Origins {
    pub plans: Vec<String>,
    pub moments: Vec<String>,
    pub checkins: Vec<String>,
    pub notes: Vec<String>,
}

impl Origins {
    fn name(&self, part: Part, index: usize) -> String {
        let list = match part {
            Part::Plan => &self.plans,
            Part::Moment => &self.moments,
            Part::Checkin => &self.checkins,
            Part::Note => &self.notes,
            _ => return part.numbered(index),
        };
        list.get(index.wrapping_sub(1))
            .cloned()
            .unwrap_or_else(|| part.numbered(index))
    }
}

/// What a file holds that Interlude has no place for, counted.
#[derive(Debug, Default)]
pub(crate) struct LeftOut(Vec<(&'static str, usize)>);

impl LeftOut {
    /// Counts `n` more of something left out. `id` is the Fluent message
    /// of the line, which is given the total as `$count`.
    pub fn add(&mut self, n: usize, id: &'static str) {
        if n == 0 {
            return;
        }
        match self.0.iter_mut().find(|(i, _)| *i == id) {
            Some((_, count)) => *count += n,
            None => self.0.push((id, n)),
        }
    }

    fn lines(&self) -> Vec<String> {
        self.0
            .iter()
            .map(|(id, n)| i18n::text(id, &[("count", (*n).into())]))
            .collect()
    }
}

fn convert_source(source: Source, file_name: &str, bytes: &[u8], zone: Tz) -> Result<Converted> {
    let short = short_name(file_name);
    let file: &str = &short;
    if u64::try_from(bytes.len()).unwrap_or(u64::MAX) > MAX_IMPORT_BYTES {
        return Err(Error::Import(i18n::text(
            "error-import-too-large",
            &[
                ("file", file.into()),
                ("max", (MAX_IMPORT_BYTES / (1024 * 1024)).into()),
            ],
        )));
    }
    if bytes.is_empty() {
        return Err(fail(file, &i18n::text("error-import-empty", &[])));
    }
    let mut out = Converted {
        file: ExportFile {
            format: EXPORT_FORMAT.to_owned(),
            version: EXPORT_VERSION,
            private_left_out: 0,
            reflections: Vec::new(),
            plans: Vec::new(),
            compassion_breaks: Vec::new(),
            moments: Vec::new(),
            checkins: Vec::new(),
            notes: Vec::new(),
            measures: Vec::new(),
            safety_plan: None,
            experiments: Vec::new(),
            values: Vec::new(),
            activities: Vec::new(),
        },
        origins: Origins::default(),
        left_out: LeftOut::default(),
    };
    match source {
        Source::Daylio => daylio::convert(file, bytes, zone, &mut out)?,
        Source::Loop => loop_habits::convert(file, bytes, zone, &mut out)?,
        Source::Jrnl => jrnl::convert(file, bytes, zone, &mut out)?,
        Source::DayOne => dayone::convert(file, bytes, zone, &mut out)?,
        Source::FreeCbt => freecbt::convert(file, bytes, zone, &mut out)?,
    }
    Ok(out)
}

/// The file's own name, without the folders it was in ("The file", in
/// the language in use, when it has none).
fn short_name(file_name: &str) -> std::borrow::Cow<'_, str> {
    let name = file_name
        .rsplit(['/', '\\'])
        .next()
        .unwrap_or(file_name)
        .trim();
    if name.is_empty() {
        std::borrow::Cow::Owned(i18n::text("error-import-the-file", &[]))
    } else {
        std::borrow::Cow::Borrowed(name)
    }
}

/// A refusal about a whole file or a place in it: "{place} {problem}.
/// Nothing was imported." `problem` is already in the language in use.
pub(crate) fn fail(place: &str, problem: &str) -> Error {
    Error::Import(i18n::text(
        "error-import-refused",
        &[("place", place.into()), ("problem", problem.into())],
    ))
}

/// A refusal about one field of one record.
pub(crate) fn field_error(place: &str, field: &str, problem: &str) -> Error {
    Error::Import(i18n::text(
        "error-import-field-refused",
        &[
            ("place", place.into()),
            ("field", field.into()),
            ("problem", problem.into()),
        ],
    ))
}

/// A place in a file named by its line: "daylio.csv, line 14".
pub(crate) fn at_line(file: &str, line: usize) -> String {
    i18n::text(
        "error-import-place-line",
        &[("file", file.into()), ("line", line.into())],
    )
}

/// "it is a PNG image", from one of [`sniff`]'s kinds.
pub(crate) fn it_is(kind: &str) -> String {
    let kind = i18n::text(kind, &[]);
    i18n::text("error-import-it-is", &[("kind", kind.as_str().into())])
}

/// What a file is, judged by its first bytes, when it is plainly not text
/// an export could be: the Fluent id of its name ("a PNG image").
fn sniff(bytes: &[u8]) -> Option<&'static str> {
    const KINDS: &[(&[u8], &str)] = &[
        (b"\x89PNG", "error-import-kind-png"),
        (b"\xFF\xD8\xFF", "error-import-kind-jpeg"),
        (b"GIF8", "error-import-kind-gif"),
        (b"%PDF", "error-import-kind-pdf"),
        (b"SQLite format 3\0", "error-import-kind-database"),
        (b"PK\x03\x04", "error-import-kind-zip"),
        (b"PK\x05\x06", "error-import-kind-zip"),
        (b"\x1F\x8B", "error-import-kind-gzip"),
    ];
    KINDS
        .iter()
        .find(|(magic, _)| bytes.starts_with(magic))
        .map(|(_, kind)| *kind)
}

/// The file as UTF-8 text (a byte-order mark dropped), or a message saying
/// what it is instead.
pub(crate) fn text<'a>(source: Source, file: &str, bytes: &'a [u8]) -> Result<&'a str> {
    if let Some(kind) = sniff(bytes) {
        return Err(foreign(source, file, &it_is(kind)));
    }
    if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
        return Err(fail(file, &i18n::text("error-import-utf16", &[])));
    }
    let text = std::str::from_utf8(bytes).map_err(|e| {
        foreign(
            source,
            file,
            &i18n::text(
                "error-import-not-utf8",
                &[("byte", (e.valid_up_to() + 1).into())],
            ),
        )
    })?;
    Ok(text.strip_prefix('\u{feff}').unwrap_or(text))
}

/// "{file} isn't a Daylio CSV export: {why}."
pub(crate) fn foreign(source: Source, file: &str, why: &str) -> Error {
    let export = source.export_name();
    fail(
        file,
        &i18n::text(
            "error-import-not-export",
            &[("export", export.as_str().into()), ("why", why.into())],
        ),
    )
}

/// Parses a JSON file, saying where it breaks and whether it looks cut
/// short.
pub(crate) fn json(source: Source, file: &str, bytes: &[u8]) -> Result<serde_json::Value> {
    let text = text(source, file, bytes)?;
    serde_json::from_str(text).map_err(|e| {
        if e.is_eof() {
            fail(
                file,
                &i18n::text("error-import-cut-short", &[("line", e.line().into())]),
            )
        } else {
            foreign(
                source,
                file,
                &i18n::text(
                    "error-import-bad-json",
                    &[("line", e.line().into()), ("column", e.column().into())],
                ),
            )
        }
    })
}

/// One JSON object of a list, read field by field so a message names the
/// record and the field.
pub(crate) struct Fields<'a> {
    pub place: String,
    object: &'a serde_json::Map<String, serde_json::Value>,
}

impl<'a> Fields<'a> {
    pub fn new(place: String, value: &'a serde_json::Value) -> Result<Self> {
        match value.as_object() {
            Some(object) => Ok(Self { place, object }),
            None => Err(fail(
                &place,
                &i18n::text("error-import-not-object-with-fields", &[]),
            )),
        }
    }

    pub fn has(&self, key: &str) -> bool {
        self.object.get(key).is_some_and(|v| !v.is_null())
    }

    pub fn get(&self, key: &str) -> Option<&'a serde_json::Value> {
        self.object.get(key).filter(|v| !v.is_null())
    }

    /// A text field; missing or null reads as `None`.
    pub fn text(&self, key: &str) -> Result<Option<&'a str>> {
        match self.get(key) {
            None => Ok(None),
            Some(serde_json::Value::String(s)) => Ok(Some(s)),
            Some(_) => Err(field_error(
                &self.place,
                key,
                &i18n::text("error-import-should-be-text", &[]),
            )),
        }
    }

    pub fn required_text(&self, key: &str) -> Result<&'a str> {
        self.text(key)?
            .ok_or_else(|| field_error(&self.place, key, &i18n::text("error-import-missing", &[])))
    }

    pub fn flag(&self, key: &str) -> Result<bool> {
        match self.get(key) {
            None => Ok(false),
            Some(serde_json::Value::Bool(b)) => Ok(*b),
            Some(_) => Err(field_error(
                &self.place,
                key,
                &i18n::text("error-import-should-be-flag", &[]),
            )),
        }
    }

    /// A list of texts; missing or null reads as empty.
    pub fn texts(&self, key: &str) -> Result<Vec<&'a str>> {
        match self.get(key) {
            None => Ok(Vec::new()),
            Some(serde_json::Value::Array(items)) => items
                .iter()
                .map(|v| {
                    v.as_str().ok_or_else(|| {
                        field_error(
                            &self.place,
                            key,
                            &i18n::text("error-import-should-be-texts", &[]),
                        )
                    })
                })
                .collect(),
            Some(_) => Err(field_error(
                &self.place,
                key,
                &i18n::text("error-import-should-be-list", &[]),
            )),
        }
    }

    /// How many items a list field holds (0 when missing).
    pub fn count(&self, key: &str) -> usize {
        self.get(key)
            .and_then(serde_json::Value::as_array)
            .map_or(0, Vec::len)
    }

    /// An RFC 3339 moment ("2026-11-20T08:00:00Z").
    pub fn moment(&self, key: &str) -> Result<Option<DateTime<FixedOffset>>> {
        self.text(key)?
            .map(|s| {
                DateTime::parse_from_rfc3339(s.trim()).map_err(|_| {
                    field_error(
                        &self.place,
                        key,
                        &i18n::text("error-import-not-moment", &[]),
                    )
                })
            })
            .transpose()
    }
}

/// Makes the uid of each imported record from the source and what
/// identifies the record there: the same record always gets the same uid,
/// so a second import of the same file adds nothing. Identical records in
/// one file are told apart by how many came before.
#[derive(Debug)]
pub(crate) struct Uids {
    source: Source,
    seen: HashMap<u128, u32>,
}

impl Uids {
    pub fn new(source: Source) -> Self {
        Self {
            source,
            seen: HashMap::new(),
        }
    }

    /// A UUID (version 8, "custom") from the source and `identity`.
    pub fn make(&mut self, identity: &[&str]) -> String {
        let mut hash = Fnv128::new();
        hash.part(b"interlude-import");
        hash.part(self.source.as_str().as_bytes());
        for part in identity {
            hash.part(part.as_bytes());
        }
        let base = hash.finish();
        let seen = self.seen.entry(base).or_insert(0);
        *seen += 1;
        let value = if *seen == 1 {
            base
        } else {
            hash.part(seen.to_string().as_bytes());
            hash.finish()
        };
        uuid::Builder::from_custom_bytes(value.to_be_bytes())
            .into_uuid()
            .hyphenated()
            .to_string()
    }
}

/// 128-bit FNV-1a: small, stable across versions and platforms, and plenty
/// for telling records apart (it is not a security hash and needn't be).
struct Fnv128(u128);

impl Fnv128 {
    const OFFSET: u128 = 0x6c62_272e_07bb_0142_62b8_2175_6295_c58d;
    const PRIME: u128 = 0x0000_0000_0100_0000_0000_0000_0000_013b;

    fn new() -> Self {
        Self(Self::OFFSET)
    }

    fn byte(&mut self, b: u8) {
        self.0 ^= u128::from(b);
        self.0 = self.0.wrapping_mul(Self::PRIME);
    }

    /// Adds one part, length first, so ("ab", "c") and ("a", "bc") differ.
    fn part(&mut self, bytes: &[u8]) {
        for b in (bytes.len() as u64).to_le_bytes() {
            self.byte(b);
        }
        for &b in bytes {
            self.byte(b);
        }
    }

    fn finish(&self) -> u128 {
        self.0
    }
}

/// Cleans another app's tags into Interlude's: no leading `#` or `@`, no
/// commas or line breaks (commas separate tags in the UI), at most
/// [`MAX_TAG_CHARS`] characters, no repeats, at most [`MAX_TAGS`]. Returns
/// the tags and how many were dropped past the limit.
pub(crate) fn clean_tags<'a>(raw: impl IntoIterator<Item = &'a str>) -> (Vec<String>, usize) {
    let mut out: Vec<String> = Vec::new();
    let mut dropped = 0;
    for tag in raw {
        let tag = tag
            .chars()
            .map(|c| if c == ',' || c.is_control() { ' ' } else { c })
            .collect::<String>();
        let tag = tag.split_whitespace().collect::<Vec<_>>().join(" ");
        let tag = tag.trim_start_matches(['#', '@']).trim();
        let tag: String = tag.chars().take(MAX_TAG_CHARS).collect();
        let tag = tag.trim().to_owned();
        if tag.is_empty() || out.iter().any(|t| t.to_lowercase() == tag.to_lowercase()) {
            continue;
        }
        if out.len() == MAX_TAGS {
            dropped += 1;
            continue;
        }
        out.push(tag);
    }
    (out, dropped)
}

/// Joins the non-empty texts with a blank line between them.
pub(crate) fn paragraphs<'a>(parts: impl IntoIterator<Item = &'a str>) -> String {
    parts
        .into_iter()
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// A wall-clock time in `zone`, with the offset in force then (the rules
/// for daylight-saving gaps and overlaps are those of the session
/// schedule).
pub(crate) fn local(zone: Tz, at: NaiveDateTime) -> DateTime<FixedOffset> {
    crate::schedule::recurrence::resolve_local(zone, at).fixed_offset()
}

/// The earliest and latest moment in a converted file.
fn time_range(file: &ExportFile) -> (Option<DateTime<FixedOffset>>, Option<DateTime<FixedOffset>>) {
    let times =
        file.moments
            .iter()
            .map(|m| m.occurred_at)
            .chain(file.checkins.iter().map(|c| c.at))
            .chain(file.notes.iter().map(|n| n.at))
            .chain(file.plans.iter().flat_map(|p| {
                std::iter::once(p.created_at).chain(p.days.iter().map(|d| d.logged_at))
            }));
    let mut first: Option<DateTime<FixedOffset>> = None;
    let mut last: Option<DateTime<FixedOffset>> = None;
    for at in times {
        if first.is_none_or(|f| at < f) {
            first = Some(at);
        }
        if last.is_none_or(|l| at > l) {
            last = Some(at);
        }
    }
    (first, last)
}

/// The first line of a text, whitespace folded, cut to `max` characters.
fn snippet(text: &str, max: usize) -> String {
    let line = text
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .unwrap_or("");
    let folded = line.split_whitespace().collect::<Vec<_>>().join(" ");
    if folded.chars().count() > max {
        let cut: String = folded.chars().take(max).collect();
        format!("{}…", cut.trim_end())
    } else {
        folded
    }
}

/// One-line summaries of the three newest records.
fn samples(file: &ExportFile) -> Vec<String> {
    const TEXT: usize = 60;
    let day = |at: &DateTime<FixedOffset>| at.format("%Y-%m-%d").to_string();
    let mut all: Vec<(DateTime<FixedOffset>, String)> = Vec::new();
    for c in &file.checkins {
        let on = day(&c.at);
        let mut line = i18n::text(
            "import-sample-checkin",
            &[("day", on.as_str().into()), ("mood", c.mood.into())],
        );
        if !c.tags.is_empty() {
            line.push_str(" · ");
            line.push_str(&c.tags.join(", "));
        } else if !c.note.trim().is_empty() {
            line.push_str(" · ");
            line.push_str(&snippet(&c.note, TEXT));
        }
        all.push((c.at, line));
    }
    for n in &file.notes {
        let on = day(&n.at);
        let text = snippet(&n.text, TEXT);
        all.push((
            n.at,
            i18n::text(
                "import-sample-note",
                &[("day", on.as_str().into()), ("text", text.as_str().into())],
            ),
        ));
    }
    for m in &file.moments {
        let text = [&m.self_talk, &m.situation, &m.balanced, &m.friend]
            .into_iter()
            .find(|t| !t.trim().is_empty())
            .map_or_else(String::new, |t| snippet(t, TEXT));
        let on = day(&m.occurred_at);
        let mut line = i18n::text(
            "import-sample-moment",
            &[("day", on.as_str().into()), ("text", text.as_str().into())],
        );
        if !m.traps.is_empty() {
            let names: Vec<String> = m
                .traps
                .iter()
                .filter_map(|t| {
                    crate::journal::vocabulary::trap(t)
                        .map(crate::journal::vocabulary::Trap::local_name)
                })
                .collect();
            line.push_str(" · ");
            line.push_str(&names.join(", "));
        }
        all.push((m.occurred_at, line));
    }
    for p in &file.plans {
        let start = p.start_date.format("%Y-%m-%d").to_string();
        let action = snippet(&p.action, TEXT);
        all.push((
            p.created_at,
            i18n::text(
                "import-sample-plan",
                &[
                    ("day", start.as_str().into()),
                    ("action", action.as_str().into()),
                    ("count", p.days.len().into()),
                ],
            ),
        ));
    }
    all.sort_by_key(|r| std::cmp::Reverse(r.0));
    all.into_iter().take(3).map(|(_, line)| line).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sources_read_their_words_and_names() {
        for source in Source::ALL {
            assert_eq!(source.as_str().parse::<Source>().unwrap(), source);
            assert_eq!(
                serde_json::to_value(source).unwrap(),
                serde_json::json!(source.as_str())
            );
        }
        assert_eq!(" DayOne ".parse::<Source>().unwrap(), Source::DayOne);
        assert!("evernote".parse::<Source>().is_err());
    }

    #[test]
    fn uids_are_stable_uuids_and_tell_repeats_apart() {
        let mut a = Uids::new(Source::Jrnl);
        let mut b = Uids::new(Source::Jrnl);
        let first = a.make(&["2026-11-20", "walk"]);
        assert_eq!(first, b.make(&["2026-11-20", "walk"]));
        assert!(uuid::Uuid::parse_str(&first).is_ok());
        assert_eq!(uuid::Uuid::parse_str(&first).unwrap().get_version_num(), 8);
        assert_ne!(first, a.make(&["2026-11-20", "walk"]), "a repeat differs");
        assert_ne!(
            Uids::new(Source::Daylio).make(&["2026-11-20", "walk"]),
            first,
            "sources differ"
        );
        assert_ne!(
            Uids::new(Source::Jrnl).make(&["2026-11-20w", "alk"]),
            first,
            "parts are delimited"
        );
    }

    #[test]
    fn fnv_matches_the_published_test_vector() {
        // FNV-1a 128 of "" is the offset basis; "a" and "foobar" are the
        // published vectors.
        let mut h = Fnv128::new();
        assert_eq!(h.finish(), Fnv128::OFFSET);
        h.byte(b'a');
        assert_eq!(h.finish(), 0xd228_cb69_6f1a_8caf_7891_2b70_4e4a_8964);
        let mut h = Fnv128::new();
        b"foobar".iter().for_each(|b| h.byte(*b));
        assert_eq!(h.finish(), 0x343e_1662_793c_64bf_6f0d_3597_ba44_6f18);
    }

    #[test]
    fn tags_lose_commas_symbols_and_repeats() {
        let (tags, dropped) = clean_tags(["#work", "@Work", "movies, tv", " ", "a\nb"]);
        assert_eq!(tags, ["work", "movies tv", "a b"]);
        assert_eq!(dropped, 0);
        let many: Vec<String> = (0..25).map(|i| format!("t{i}")).collect();
        let (tags, dropped) = clean_tags(many.iter().map(String::as_str));
        assert_eq!((tags.len(), dropped), (MAX_TAGS, 5));
        let (tags, _) = clean_tags([&*"x".repeat(60)]);
        assert_eq!(tags[0].chars().count(), MAX_TAG_CHARS);
    }

    #[test]
    fn file_names_lose_their_folders() {
        assert_eq!(short_name("/home/sam/Exports/daylio.csv"), "daylio.csv");
        assert_eq!(short_name("C:\\Users\\sam\\Journal.zip"), "Journal.zip");
        assert_eq!(short_name(""), "The file");
    }
}
