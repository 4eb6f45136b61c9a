//! Daylio's CSV export → check-ins.
//!
//! The file starts with the header
//! `full_date,date,weekday,time,mood,activities,note_title,note` (older
//! versions: `year,date,weekday,time,mood,activities,note`), newest entry
//! first. `time` is wall-clock time without a zone ("20:30" or
//! "8:30 pm"), so it is read in the zone the caller gives. `mood` is the
//! mood's label: Daylio's five standard moods map onto Interlude's 1–10
//! scale (rad 9, good 7, meh 5, bad 3, awful 1); the CSV has no number for
//! a renamed or added mood, so such a label is refused with its line rather
//! than guessed. Activities (separated by `|`) become tags.

use chrono::{NaiveDate, NaiveTime};
use chrono_tz::Tz;

use super::csv::{self, Row};
use super::{
    at_line, clean_tags, fail, field_error, foreign, local, paragraphs, text, zip, Converted,
    Source, Uids,
};
use crate::error::Result;
use crate::i18n;
use crate::interchange::transfer::ExportedCheckin;

/// Daylio's standard mood labels and where they sit on Interlude's 1–10
/// scale. "fugly" was the label of the second-lowest mood in early
/// versions.
const MOODS: &[(&str, u8)] = &[
    ("rad", 9),
    ("good", 7),
    ("meh", 5),
    ("bad", 3),
    ("fugly", 3),
    ("awful", 1),
];

pub(super) fn convert(file: &str, bytes: &[u8], zone: Tz, out: &mut Converted) -> Result<()> {
    if zip::is_zip(bytes) {
        return Err(foreign(
            Source::Daylio,
            file,
            &i18n::text("error-import-daylio-zip", &[]),
        ));
    }
    let text = text(Source::Daylio, file, bytes)?;
    if text.trim_start().starts_with(['{', '[']) {
        return Err(foreign(
            Source::Daylio,
            file,
            &i18n::text("error-import-daylio-json", &[]),
        ));
    }
    let rows = csv::rows(text, file)?;
    let Some((header, records)) = rows.split_first() else {
        return Err(fail(file, &i18n::text("error-import-empty", &[])));
    };
    let [full_date, year, date, time, mood, activities, title, note] = csv::columns(
        header,
        [
            "full_date",
            "year",
            "date",
            "time",
            "mood",
            "activities",
            "note_title",
            "note",
        ],
    );
    if time.is_none()
        || mood.is_none()
        || (full_date.is_none() && (year.is_none() || date.is_none()))
    {
        return Err(foreign(
            Source::Daylio,
            file,
            &i18n::text("error-import-daylio-columns", &[]),
        ));
    }
    let mut uids = Uids::new(Source::Daylio);
    for row in records {
        let place = at_line(file, row.line);
        let day = row_day(row, &place, full_date, year, date)?;
        let at_time = parse_time(row.get(time)).ok_or_else(|| {
            field_error(
                &place,
                "time",
                &i18n::text("error-import-not-time-of-day", &[]),
            )
        })?;
        let label = row.get(mood).trim();
        let value = mood_value(&place, label)?;
        let raw_activities = row.get(activities);
        let (tags, dropped) = clean_tags(raw_activities.split('|'));
        out.left_out.add(dropped, "import-left-out-activities");
        let at = local(zone, day.and_time(at_time));
        let uid = uids.make(&[
            "checkin",
            &day.to_string(),
            &at_time.format("%H:%M").to_string(),
            &label.to_lowercase(),
            raw_activities,
            row.get(title),
            row.get(note),
        ]);
        out.file.checkins.push(ExportedCheckin {
            uid,
            at,
            mood: value,
            feelings: Vec::new(),
            note: paragraphs([
                clean_note(row.get(title)).as_str(),
                clean_note(row.get(note)).as_str(),
            ]),
            starred: false,
            private: false,
            tags,
            created_at: at,
            updated_at: at,
        });
        out.origins.checkins.push(place);
    }
    Ok(())
}

/// A standard mood label's place on the 1–10 scale.
fn mood_value(place: &str, label: &str) -> Result<u8> {
    MOODS
        .iter()
        .find(|(name, _)| name.eq_ignore_ascii_case(label))
        .map(|(_, value)| *value)
        .ok_or_else(|| field_error(place, "mood", &i18n::text("error-import-daylio-mood", &[])))
}

/// Older exports: `year` and a `date` like "18 May" (English month names).
/// The row's day: from `full_date` in today's exports, or from the `year`
/// and "day month" pair older ones wrote.
fn row_day(
    row: &Row,
    place: &str,
    full_date: Option<usize>,
    year: Option<usize>,
    date: Option<usize>,
) -> Result<NaiveDate> {
    if full_date.is_some() {
        NaiveDate::parse_from_str(row.get(full_date).trim(), "%Y-%m-%d").map_err(|_| {
            field_error(
                place,
                "full_date",
                &i18n::text("error-import-not-date", &[]),
            )
        })
    } else {
        old_style_day(row, year, date).ok_or_else(|| {
            field_error(
                place,
                "date",
                &i18n::text("error-import-not-day-and-month", &[]),
            )
        })
    }
}

fn old_style_day(row: &Row, year: Option<usize>, date: Option<usize>) -> Option<NaiveDate> {
    let text = format!("{} {}", row.get(date).trim(), row.get(year).trim());
    NaiveDate::parse_from_str(&text, "%d %B %Y").ok()
}

/// "20:30", "8:30 pm", "8:30 PM", "8:30 p.m.".
fn parse_time(s: &str) -> Option<NaiveTime> {
    let compact: String = s
        .trim()
        .to_lowercase()
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '.')
        .collect();
    let (clock, pm) = if let Some(c) = compact.strip_suffix("am") {
        (c, Some(false))
    } else if let Some(c) = compact.strip_suffix("pm") {
        (c, Some(true))
    } else {
        (compact.as_str(), None)
    };
    let (h, m) = clock.split_once(':')?;
    let (h, m): (u32, u32) = (h.parse().ok()?, m.parse().ok()?);
    let h = match pm {
        None => h,
        Some(_) if !(1..=12).contains(&h) => return None,
        Some(pm) => h % 12 + if pm { 12 } else { 0 },
    };
    NaiveTime::from_hms_opt(h, m, 0)
}

/// Newer Daylio notes may carry simple HTML (`<br>`, `<b>`, lists). Such a
/// note loses its tags (line breaks kept) and its entities are decoded; a
/// note without any of those tags is kept exactly as written.
fn clean_note(s: &str) -> String {
    const KNOWN: &[&str] = &[
        "br", "b", "i", "u", "s", "strong", "em", "strike", "p", "div", "span", "li", "ul", "ol",
    ];
    const BREAKS: &[&str] = &["br", "/p", "/div", "/li"];
    let tag_at = |rest: &str| -> Option<(usize, String)> {
        let end = rest.get(1..)?.find('>')? + 1;
        let inner = rest[1..end].trim();
        let closing = inner.starts_with('/');
        let name: String = inner
            .trim_start_matches('/')
            .chars()
            .take_while(char::is_ascii_alphabetic)
            .collect::<String>()
            .to_ascii_lowercase();
        KNOWN
            .contains(&name.as_str())
            .then(|| (end + 1, if closing { format!("/{name}") } else { name }))
    };
    let has_html = s.match_indices('<').any(|(i, _)| tag_at(&s[i..]).is_some());
    if !has_html {
        return s.to_owned();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('<') {
        out.push_str(&rest[..i]);
        if let Some((len, name)) = tag_at(&rest[i..]) {
            if BREAKS.contains(&name.as_str()) {
                out.push('\n');
            } else if name == "li" {
                out.push_str("• ");
            }
            rest = &rest[i + len..];
        } else {
            out.push('<');
            rest = &rest[i + 1..];
        }
    }
    out.push_str(rest);
    decode_entities(&out)
}

fn decode_entities(s: &str) -> String {
    const ENTITIES: &[(&str, &str)] = &[
        ("&lt;", "<"),
        ("&gt;", ">"),
        ("&quot;", "\""),
        ("&#39;", "'"),
        ("&apos;", "'"),
        ("&nbsp;", " "),
        // Last, so "&amp;lt;" reads "&lt;".
        ("&amp;", "&"),
    ];
    let mut out = s.to_owned();
    for (entity, plain) in ENTITIES {
        out = out.replace(entity, plain);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_in_both_clocks() {
        let t = |h, m| NaiveTime::from_hms_opt(h, m, 0);
        assert_eq!(parse_time("20:30"), t(20, 30));
        assert_eq!(parse_time("8:30 pm"), t(20, 30));
        assert_eq!(parse_time("12:05 AM"), t(0, 5));
        assert_eq!(parse_time("12:05 p.m."), t(12, 5));
        assert_eq!(parse_time("13:00 pm"), None);
        assert_eq!(parse_time("soon"), None);
    }

    #[test]
    fn html_notes_become_plain_text_and_plain_notes_stay() {
        assert_eq!(
            clean_note("Walked <b>far</b><br>then tea &amp; cake"),
            "Walked far\nthen tea & cake"
        );
        assert_eq!(clean_note("a < b &amp; c"), "a < b &amp; c");
    }
}
