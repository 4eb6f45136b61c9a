//! The journal from a terminal: `note`, `search` and `brief`, with the
//! same rules as the app.

use std::io::Write;
use std::path::Path;

use interlude_core::journal::search::{MARK_END, MARK_START};
use interlude_core::storage::files::write_atomically;
use interlude_core::{BriefQuery, Error, NoteInput, Result, SearchHit};

use super::{open_existing, open_journal, output_error as io, t};
use interlude_core::therapy::brief::BriefFormat;

pub(super) fn note(
    data_dir: &Path,
    text: &[String],
    mood: Option<u8>,
    tags: &[String],
    private: bool,
    out: &mut dyn Write,
) -> Result<u8> {
    let mut db = open_journal(data_dir)?;
    let note = db.create_note(NoteInput {
        text: text.join(" "),
        mood,
        tags: Some(tags.to_vec()),
        private: Some(private),
        ..NoteInput::default()
    })?;
    let time = note.at.format(&t("cli-note-time-format", &[])).to_string();
    writeln!(
        out,
        "{}",
        t("cli-note-saved", &[("time", time.as_str().into())])
    )
    .map_err(io)?;
    Ok(0)
}

pub(super) fn search(
    data_dir: &Path,
    query: &[String],
    limit: u32,
    json: bool,
    out: &mut dyn Write,
) -> Result<u8> {
    let db = open_existing(data_dir)?;
    let results = db.search(&query.join(" "), limit.clamp(1, 200))?;
    print_hits(&results.hits, json, out)?;
    Ok(0)
}

pub(super) fn brief(
    data_dir: &Path,
    since: Option<&str>,
    until: Option<&str>,
    format: BriefFormat,
    file: Option<&Path>,
    include_private: bool,
    out: &mut dyn Write,
) -> Result<u8> {
    let query = BriefQuery {
        since: since
            .map(|d| parse_day(d, "cli-bad-start-day"))
            .transpose()?,
        until: until.map(|d| parse_day(d, "cli-bad-end-day")).transpose()?,
        include_private,
    };
    let brief = open_existing(data_dir)?.brief(&query)?;
    if file.is_none()
        && format == BriefFormat::Pdf
        && std::io::IsTerminal::is_terminal(&std::io::stdout())
    {
        return Err(Error::invalid(t("cli-brief-pdf-terminal", &[])));
    }
    let bytes = format.render(&brief)?;
    match file {
        Some(path) => write_atomically(path, &bytes)?,
        None => out.write_all(&bytes).map_err(io)?,
    }
    Ok(0)
}

/// A day as typed on the command line, or the refusal `message` (which
/// names the date and says how to write one).
fn parse_day(text: &str, message: &str) -> Result<chrono::NaiveDate> {
    chrono::NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d")
        .map_err(|_| Error::invalid(t(message, &[("text", text.into())])))
}

/// One match per line (local date and time, kind, snippet), or JSON. The
/// snippet's match markers become bold on a terminal, and vanish otherwise.
pub(super) fn print_hits(hits: &[SearchHit], json: bool, out: &mut dyn Write) -> Result<()> {
    let plain = |s: &str| s.replace([MARK_START, MARK_END], "");
    if json {
        let rows: Vec<serde_json::Value> = hits
            .iter()
            .map(|h| {
                serde_json::json!({
                    "date": h.item.at.to_rfc3339(),
                    "kind": h.item.kind,
                    "id": h.item.id,
                    "snippet": plain(&h.snippet),
                    "starred": h.item.starred,
                    "private": h.item.private,
                    "tags": h.item.tags,
                })
            })
            .collect();
        let text =
            serde_json::to_string_pretty(&rows).map_err(|e| Error::Storage(e.to_string()))?;
        writeln!(out, "{text}").map_err(io)?;
        return Ok(());
    }
    if hits.is_empty() {
        writeln!(out, "{}", t("cli-search-nothing", &[])).map_err(io)?;
        return Ok(());
    }
    let bold = {
        use std::io::IsTerminal;
        std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none()
    };
    for h in hits {
        let snippet = if bold {
            h.snippet
                .replace(MARK_START, "\x1b[1m")
                .replace(MARK_END, "\x1b[0m")
        } else {
            plain(&h.snippet)
        };
        writeln!(
            out,
            "{}  {:<10}  {}",
            h.item.at.format("%Y-%m-%d %H:%M"),
            t(&format!("cli-kind-{}", h.item.kind.as_str()), &[]),
            snippet.split_whitespace().collect::<Vec<_>>().join(" ")
        )
        .map_err(io)?;
    }
    Ok(())
}
