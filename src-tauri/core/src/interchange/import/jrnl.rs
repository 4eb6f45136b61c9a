//! jrnl's JSON export (`jrnl --format json`) → notes.
//!
//! `{"tags": {"@work": 3}, "entries": [{"title", "body", "date":
//! "2026-11-20", "time": "08:30", "tags": ["@work"], "starred": false}]}`;
//! entries of a journal kept in Day One's format also carry a `uuid`. The
//! date and time are wall-clock time without a zone, read in the zone the
//! caller gives. A note's text is the title, a blank line, and the body.

use chrono::{NaiveDate, NaiveTime};
use chrono_tz::Tz;
use serde_json::Value;

use super::{
    clean_tags, field_error, foreign, json, local, paragraphs, Converted, Fields, Source, Uids,
};
use crate::error::Result;
use crate::i18n;
use crate::interchange::transfer::ExportedNote;

pub(super) fn convert(file: &str, bytes: &[u8], zone: Tz, out: &mut Converted) -> Result<()> {
    let value = json(Source::Jrnl, file, bytes)?;
    let entries = entries(file, &value)?;
    let mut uids = Uids::new(Source::Jrnl);
    for (i, entry) in (1_usize..).zip(entries) {
        let fields = Fields::new(
            i18n::text(
                "error-import-place-entry",
                &[("file", file.into()), ("number", i.into())],
            ),
            entry,
        )?;
        let title = fields.required_text("title")?;
        let body = fields.text("body")?.unwrap_or("");
        let date_text = fields.required_text("date")?;
        let day = NaiveDate::parse_from_str(date_text.trim(), "%Y-%m-%d").map_err(|_| {
            field_error(
                &fields.place,
                "date",
                &i18n::text("error-import-not-date", &[]),
            )
        })?;
        let time_text = fields.required_text("time")?;
        let time = NaiveTime::parse_from_str(time_text.trim(), "%H:%M")
            .or_else(|_| NaiveTime::parse_from_str(time_text.trim(), "%H:%M:%S"))
            .map_err(|_| {
                field_error(
                    &fields.place,
                    "time",
                    &i18n::text("error-import-not-time", &[]),
                )
            })?;
        let (tags, dropped) = clean_tags(fields.texts("tags")?);
        out.left_out.add(dropped, "import-left-out-tags");
        let at = local(zone, day.and_time(time));
        let uid = match fields.text("uuid")? {
            Some(id) if !id.trim().is_empty() => uids.make(&["uuid", id.trim()]),
            _ => uids.make(&["entry", date_text, time_text, title, body]),
        };
        out.file.notes.push(ExportedNote {
            uid,
            at,
            text: paragraphs([title, body]),
            mood: None,
            starred: fields.flag("starred")?,
            private: false,
            tags,
            created_at: at,
            updated_at: at,
        });
        out.origins.notes.push(fields.place);
    }
    Ok(())
}

/// The list of entries, or a message saying what the file is instead.
fn entries<'a>(file: &str, value: &'a Value) -> Result<&'a Vec<Value>> {
    let not_jrnl = |id: &str| foreign(Source::Jrnl, file, &i18n::text(id, &[]));
    let Some(object) = value.as_object() else {
        return Err(not_jrnl("error-import-jrnl-not-object"));
    };
    if object.get("format").and_then(Value::as_str)
        == Some(crate::interchange::transfer::EXPORT_FORMAT)
    {
        return Err(not_jrnl("error-import-jrnl-interlude"));
    }
    match object.get("entries") {
        Some(Value::Array(list)) => {
            let looks_like_day_one = list
                .first()
                .and_then(Value::as_object)
                .is_some_and(|e| e.contains_key("creationDate") && !e.contains_key("date"));
            if looks_like_day_one {
                return Err(not_jrnl("error-import-jrnl-day-one"));
            }
            Ok(list)
        }
        Some(_) => Err(not_jrnl("error-import-jrnl-entries-not-list")),
        None => Err(not_jrnl("error-import-jrnl-no-entries")),
    }
}
