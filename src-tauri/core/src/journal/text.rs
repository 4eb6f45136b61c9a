//! Checks and text shaping shared by every kind of entry: lengths, dates
//! and moods named in the message, the one-line summary, the searchable
//! text.

use chrono::{DateTime, FixedOffset};

use super::MAX_AHEAD;
use crate::error::{Error, Result};
use crate::i18n;

/// The most characters the one-line summary keeps; the UI trims further.
const SUMMARY_CHARS: usize = 160;

/// A one-line summary: the first text that says something, whitespace
/// folded, cut at a character boundary.
pub(crate) fn summary_of<'a>(texts: impl IntoIterator<Item = &'a str>, fallback: &str) -> String {
    let first = texts
        .into_iter()
        .map(str::trim)
        .find(|t| !t.is_empty())
        .unwrap_or(fallback);
    first
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .take(SUMMARY_CHARS)
        .collect()
}

/// The searchable text of an entry: its parts on separate lines, with
/// control characters removed so the search highlight markers (U+0002,
/// U+0003) can never come from what someone typed.
pub(crate) fn search_text<'a>(parts: impl IntoIterator<Item = &'a str>) -> String {
    parts
        .into_iter()
        .map(|p| {
            p.chars()
                .map(|c| if c.is_control() && c != '\n' { ' ' } else { c })
                .collect::<String>()
                .trim()
                .to_owned()
        })
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

/// Trims a free-text answer and checks its length, naming the field:
/// `label` is the id of the field's name ("Your note"), looked up only
/// when it is needed (an import checks thousands of answers).
pub(crate) fn clean_text(text: &mut String, label: &str, max_chars: usize) -> Result<()> {
    *text = text.trim().to_owned();
    let chars = text.chars().count();
    if chars > max_chars {
        let max = max_chars.to_string();
        return Err(Error::invalid(i18n::text(
            "error-journal-text-too-long",
            &[
                ("label", i18n::text(label, &[]).as_str().into()),
                ("chars", chars.into()),
                ("max", max.as_str().into()),
            ],
        )));
    }
    Ok(())
}

/// Refuses a time more than a day ahead, naming the field (`label`, the
/// id of its name).
pub(crate) fn check_not_future(
    at: Option<DateTime<FixedOffset>>,
    now: DateTime<FixedOffset>,
    label: &str,
) -> Result<()> {
    match at {
        Some(at) if at > now + MAX_AHEAD => Err(Error::invalid(i18n::text(
            "error-journal-time-ahead",
            &[("label", i18n::text(label, &[]).as_str().into())],
        ))),
        _ => Ok(()),
    }
}

/// Checks a 1–10 mood, naming the field (`label`, the id of its name).
pub(crate) fn check_mood(mood: Option<u8>, label: &str) -> Result<()> {
    match mood {
        Some(m) if !(1..=10).contains(&m) => Err(Error::invalid(i18n::text(
            "error-journal-mood-range",
            &[
                ("label", i18n::text(label, &[]).as_str().into()),
                ("mood", m.into()),
            ],
        ))),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summary_takes_the_first_text_that_says_something() {
        assert_eq!(summary_of(["  ", "a\n  b", "c"], "none"), "a b");
        assert_eq!(summary_of(["", ""], "none"), "none");
        assert_eq!(
            summary_of(["é".repeat(500).as_str()], "").chars().count(),
            160
        );
    }

    #[test]
    fn search_text_drops_control_characters_but_keeps_lines() {
        assert_eq!(search_text(["a\u{2}b", "", " c\u{3} "]), "a b\nc");
    }
}
