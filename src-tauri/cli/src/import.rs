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

use super::open_journal;

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

fn io(e: std::io::Error) -> Error {
    Error::io("Couldn't write the output", e)
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
        (None, true) => Err(Error::Invalid(
            "--dry-run previews another app's export (use --from).".into(),
        )),
        (None, false) => {
            let text = String::from_utf8(bytes).map_err(|_| {
                Error::Import(format!(
                    "{} isn't a text file, so it can't be an Interlude export. Nothing was imported.",
                    file.display()
                ))
            })?;
            summary(&db.import_json(&text)?, out)
        }
        (Some(source), true) => preview(&db.preview_import(source, &name, &bytes, zone)?, out),
        (Some(source), false) => summary(&db.import_from(source, &name, &bytes, zone)?, out),
    }
}

fn read(file: &Path) -> Result<Vec<u8>> {
    let context = || format!("Couldn't read {}", file.display());
    let meta = std::fs::metadata(file).map_err(|e| Error::io(context(), e))?;
    if meta.len() > MAX_IMPORT_BYTES {
        return Err(Error::Import(format!(
            "{} is {} MB, larger than any export Interlude reads. Nothing was imported.",
            file.display(),
            meta.len() / 1_000_000
        )));
    }
    std::fs::read(file).map_err(|e| Error::io(context(), e))
}

fn summary(summary: &ImportSummary, out: &mut dyn Write) -> Result<u8> {
    writeln!(
        out,
        "Imported {} {} ({} already here).",
        summary.added,
        if summary.added == 1 {
            "entry"
        } else {
            "entries"
        },
        summary.already_present
    )
    .map_err(io)?;
    Ok(0)
}

fn preview(p: &ImportPreview, out: &mut dyn Write) -> Result<u8> {
    let c = &p.counts;
    let parts: Vec<String> = [
        (c.checkins, "check-in", "check-ins"),
        (c.moments, "moment", "moments"),
        (c.notes, "note", "notes"),
        (c.plans, "plan", "plans"),
        (c.plan_days, "logged day", "logged days"),
    ]
    .into_iter()
    .filter(|(n, _, _)| *n > 0)
    .map(|(n, one, many)| format!("{n} {}", if n == 1 { one } else { many }))
    .collect();
    writeln!(out, "{} · {}", p.source_name, p.file_name).map_err(io)?;
    if parts.is_empty() {
        writeln!(out, "Nothing new to add ({} already here).", p.already_here).map_err(io)?;
    } else {
        writeln!(
            out,
            "Would add {} ({} already here).",
            parts.join(", "),
            p.already_here
        )
        .map_err(io)?;
    }
    if let (Some(first), Some(last)) = (p.first, p.last) {
        writeln!(
            out,
            "From {} to {}.",
            first.format("%Y-%m-%d"),
            last.format("%Y-%m-%d")
        )
        .map_err(io)?;
    }
    for sample in &p.samples {
        writeln!(out, "  {sample}").map_err(io)?;
    }
    for line in &p.left_out {
        writeln!(out, "Left out: {line}").map_err(io)?;
    }
    writeln!(out, "Nothing was imported (dry run).").map_err(io)?;
    Ok(0)
}
