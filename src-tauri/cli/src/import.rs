//! `interlude import [--from APP] FILE [--dry-run]`: an Interlude export,
//! or another app's export (Daylio, Loop Habit Tracker, jrnl, Day One,
//! FreeCBT), all or nothing. `--dry-run` shows what would come in and
//! writes nothing.

// App names such as FreeCBT read as code to clippy; they are the help text.
#![allow(clippy::doc_markdown)]

use std::io::Write;
use std::path::Path;

use clap::ValueEnum;
use interlude_core::interchange::transfer::MAX_IMPORT_BYTES;
use interlude_core::{Error, ImportPreview, ImportSummary, Result, Source};

use super::{open_journal, output_error as io, t};

/// Where the file comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ImportFrom {
    /// An export made by Interlude (`interlude export` or the app).
    Interlude,
    /// Daylio's CSV export.
    Daylio,
    /// Loop Habit Tracker's CSV export (the zip).
    Loop,
    /// jrnl's JSON (`jrnl --format json`).
    Jrnl,
    /// Day One's JSON export (the zip).
    Dayone,
    /// FreeCBT's (or Quirk's) JSON export.
    Freecbt,
}

impl ImportFrom {
    fn source(self) -> Option<Source> {
        match self {
            ImportFrom::Interlude => None,
            ImportFrom::Daylio => Some(Source::Daylio),
            ImportFrom::Loop => Some(Source::Loop),
            ImportFrom::Jrnl => Some(Source::Jrnl),
            ImportFrom::Dayone => Some(Source::DayOne),
            ImportFrom::Freecbt => Some(Source::FreeCbt),
        }
    }
}

pub fn run(
    from: ImportFrom,
    file: &Path,
    dry_run: bool,
    data_dir: &Path,
    out: &mut dyn Write,
) -> Result<u8> {
    let bytes = read(file)?;
    let name = file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let zone = crate::system::system_zone();
    let mut db = open_journal(data_dir)?;
    match (from.source(), dry_run) {
        (None, true) => Err(Error::Invalid(t("cli-import-dry-run-needs-from", &[]))),
        (None, false) => {
            let text = String::from_utf8(bytes).map_err(|_| {
                let path = file.display().to_string();
                Error::Import(t("cli-import-not-text", &[("path", path.as_str().into())]))
            })?;
            summary(&db.import_json(&text)?, out)
        }
        (Some(source), true) => preview(&db.preview_import(source, &name, &bytes, zone)?, out),
        (Some(source), false) => summary(&db.import_from(source, &name, &bytes, zone)?, out),
    }
}

fn read(file: &Path) -> Result<Vec<u8>> {
    let path = file.display().to_string();
    let context = || t("cli-import-read-failed", &[("path", path.as_str().into())]);
    let meta = std::fs::metadata(file).map_err(|e| Error::io(context(), e))?;
    if meta.len() > MAX_IMPORT_BYTES {
        let megabytes = i64::try_from(meta.len() / 1_000_000).unwrap_or(i64::MAX);
        return Err(Error::Import(t(
            "cli-import-too-large",
            &[
                ("path", path.as_str().into()),
                ("megabytes", megabytes.into()),
            ],
        )));
    }
    std::fs::read(file).map_err(|e| Error::io(context(), e))
}

fn summary(summary: &ImportSummary, out: &mut dyn Write) -> Result<u8> {
    let line = t(
        "cli-import-done",
        &[
            ("count", summary.added.into()),
            ("already", summary.already_present.into()),
        ],
    );
    writeln!(out, "{line}").map_err(io)?;
    Ok(0)
}

fn preview(p: &ImportPreview, out: &mut dyn Write) -> Result<u8> {
    let c = &p.counts;
    let parts: Vec<String> = [
        (c.checkins, "cli-import-checkins"),
        (c.moments, "cli-import-moments"),
        (c.notes, "cli-import-notes"),
        (c.plans, "cli-import-plans"),
        (c.plan_days, "cli-import-plan-days"),
    ]
    .into_iter()
    .filter(|(n, _)| *n > 0)
    .map(|(n, message)| t(message, &[("count", n.into())]))
    .collect();
    writeln!(out, "{} · {}", p.source_name, p.file_name).map_err(io)?;
    let already = ("already", p.already_here.into());
    let line = if parts.is_empty() {
        t("cli-import-nothing-new", &[already])
    } else {
        let parts = parts.join(", ");
        t(
            "cli-import-would-add",
            &[("parts", parts.as_str().into()), already],
        )
    };
    writeln!(out, "{line}").map_err(io)?;
    if let (Some(first), Some(last)) = (p.first, p.last) {
        let (from, until) = (
            first.format("%Y-%m-%d").to_string(),
            last.format("%Y-%m-%d").to_string(),
        );
        let line = t(
            "cli-import-range",
            &[
                ("from", from.as_str().into()),
                ("until", until.as_str().into()),
            ],
        );
        writeln!(out, "{line}").map_err(io)?;
    }
    for sample in &p.samples {
        writeln!(out, "  {sample}").map_err(io)?;
    }
    for line in &p.left_out {
        writeln!(
            out,
            "{}",
            t("cli-import-left-out", &[("line", line.as_str().into())])
        )
        .map_err(io)?;
    }
    writeln!(out, "{}", t("cli-import-dry-run-done", &[])).map_err(io)?;
    Ok(0)
}
