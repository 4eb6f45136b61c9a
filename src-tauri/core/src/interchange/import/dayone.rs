//! Day One's JSON export → notes.
//!
//! The export is a zip holding one `<Journal name>.json` per journal
//! (`Journal.json` for the default one) and folders of photos and other
//! media. Each JSON file is `{"metadata": {"version": "1.0"}, "entries":
//! [...]}`; an entry has a `uuid`, `creationDate` (UTC, "…Z"),
//! `modifiedDate`, the IANA `timeZone` it was written in, the Markdown
//! `text`, `tags` and `starred`, and much Interlude has no place for
//! (photos, location, weather, …). Notes keep their own time zone; an
//! entry without a known one is placed in the caller's.
//!
//! Day One escapes Markdown punctuation in `text` ("Tea\. Then a walk\!");
//! the escapes are removed, and the lines that only embed a photo or other
//! media (`![](dayone-moment://…)`) are dropped and counted.

use chrono::{DateTime, FixedOffset};
use chrono_tz::Tz;
use serde_json::Value;

use super::zip::{self, Zip};
use super::{clean_tags, foreign, json, Converted, Fields, Source, Uids};
use crate::error::Result;
use crate::i18n;
use crate::interchange::transfer::ExportedNote;

/// The media lists an entry may carry, for counting what is left out.
const MEDIA: &[&str] = &["photos", "videos", "audios", "pdfAttachments"];

pub(super) fn convert(file: &str, bytes: &[u8], zone: Tz, out: &mut Converted) -> Result<()> {
    let mut uids = Uids::new(Source::DayOne);
    if !zip::is_zip(bytes) {
        // The Journal.json from inside the zip, given on its own.
        let value = json(Source::DayOne, file, bytes)?;
        return journal(file, &value, zone, &mut uids, out);
    }
    let archive = Zip::open(file, bytes)?;
    let mut journals: Vec<&zip::Member> = archive
        .members
        .iter()
        .filter(|m| {
            std::path::Path::new(&m.name)
                .extension()
                .is_some_and(|e| e.eq_ignore_ascii_case("json"))
                && !m.name.starts_with("__MACOSX/")
        })
        .collect();
    if journals.is_empty() {
        return Err(foreign(
            Source::DayOne,
            file,
            &i18n::text("error-import-dayone-no-journal", &[]),
        ));
    }
    journals.sort_by(|a, b| a.name.cmp(&b.name));
    for member in journals {
        let content = archive.read(member)?;
        let place = format!("{file}, {}", member.name);
        let value = json(Source::DayOne, &place, &content)?;
        journal(&place, &value, zone, &mut uids, out)?;
    }
    Ok(())
}

/// One journal's entries.
fn journal(
    place: &str,
    value: &Value,
    zone: Tz,
    uids: &mut Uids,
    out: &mut Converted,
) -> Result<()> {
    let entries = match value.get("entries") {
        Some(Value::Array(list)) if value.is_object() => list,
        _ => {
            return Err(foreign(
                Source::DayOne,
                place,
                &i18n::text("error-import-dayone-no-entries", &[]),
            ))
        }
    };
    let dated = |e: &Value| e.get("creationDate").is_some();
    if !entries.is_empty() && !entries.iter().any(dated) {
        return Err(foreign(
            Source::DayOne,
            place,
            &i18n::text("error-import-dayone-no-dates", &[]),
        ));
    }
    for (i, entry) in (1_usize..).zip(entries) {
        let fields = Fields::new(
            i18n::text(
                "error-import-place-entry",
                &[("file", place.into()), ("number", i.into())],
            ),
            entry,
        )?;
        let created = fields.moment("creationDate")?.ok_or_else(|| {
            super::field_error(
                &fields.place,
                "creationDate",
                &i18n::text("error-import-missing", &[]),
            )
        })?;
        let tz = fields
            .text("timeZone")?
            .and_then(|name| name.trim().parse::<Tz>().ok())
            .unwrap_or(zone);
        let in_zone = |at: DateTime<FixedOffset>| at.with_timezone(&tz).fixed_offset();
        let modified = fields.moment("modifiedDate")?.unwrap_or(created);
        let media: usize = MEDIA.iter().map(|key| fields.count(key)).sum();
        out.left_out.add(media, "import-left-out-attachments");
        let extras = ["location", "weather"]
            .iter()
            .filter(|key| fields.has(key))
            .count();
        out.left_out.add(extras, "import-left-out-places");
        let (text, embeds) = clean_text(fields.text("text")?.unwrap_or(""));
        if text.is_empty() {
            // Nothing written: a photo-only entry, kept out and counted.
            out.left_out.add(1, "import-left-out-wordless-entries");
            continue;
        }
        if media == 0 {
            // Embeds of media the entry doesn't list (copied entries).
            out.left_out.add(embeds, "import-left-out-attachments");
        }
        let (tags, dropped) = clean_tags(fields.texts("tags")?);
        out.left_out.add(dropped, "import-left-out-tags");
        let uid = match fields.text("uuid")? {
            Some(id) if !id.trim().is_empty() => uids.make(&["entry", &id.trim().to_uppercase()]),
            _ => uids.make(&["content", &created.to_rfc3339(), &text]),
        };
        let at = in_zone(created);
        out.file.notes.push(ExportedNote {
            uid,
            at,
            text,
            mood: None,
            starred: fields.flag("starred")?,
            private: false,
            tags,
            created_at: at,
            updated_at: in_zone(modified.max(created)),
        });
        out.origins.notes.push(fields.place);
    }
    Ok(())
}

/// Day One's Markdown made plain: backslash escapes removed, lines that
/// only embed media dropped (and counted), zero-width spaces removed.
fn clean_text(text: &str) -> (String, usize) {
    let mut embeds = 0;
    let mut lines = Vec::new();
    for line in text.split('\n') {
        let trimmed = line.trim();
        if trimmed.starts_with("![](dayone-moment:") && trimmed.ends_with(')') {
            embeds += 1;
            continue;
        }
        lines.push(line);
    }
    let joined = lines.join("\n").replace('\u{200b}', "");
    let mut out = String::with_capacity(joined.len());
    let mut chars = joined.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\\' {
            if let Some(&next) = chars.peek() {
                if next.is_ascii_punctuation() {
                    out.push(next);
                    chars.next();
                    continue;
                }
            }
        }
        out.push(c);
    }
    (out.trim().to_owned(), embeds)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_and_media_lines_go() {
        let (text, embeds) = clean_text(
            "# A walk\n\n![](dayone-moment://ABC123)\nTea\\. Then the river\\! \\(cold\\) C:\\\\x",
        );
        assert_eq!(text, "# A walk\n\nTea. Then the river! (cold) C:\\x");
        assert_eq!(embeds, 1);
    }
}
