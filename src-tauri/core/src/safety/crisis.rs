//! Crisis help that never waits behind the lock: the national crisis lines
//! and emergency number of the person's region, from a sourced, dated table
//! that ships with the app (`assets/crisis-lines.json`), and the region
//! itself — chosen by the person, or guessed from where the computer's
//! clock says it is.
//!
//! Nothing here touches the journal, so the lock screen, the first-run
//! screen and a damaged journal can all show it. Where no region is known
//! there is still something that works: 112 and a directory of helplines
//! (see [`FALLBACK`]); the app itself fetches nothing.
//!
//! Every line carries the page that states its number and the day that was
//! checked (`docs/crisis-lines.md` lists them for a reviewer; a test fails
//! on an entry without them).

use crate::i18n::{self, text, Language};
use std::collections::BTreeMap;
use std::sync::OnceLock;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::safety::plan::CrisisLine;

const TABLE_JSON: &str = include_str!("../../assets/crisis-lines.json");
/// From the IANA tz database (public domain): which country a zone is in.
const ZONES_TSV: &str = include_str!("../../assets/zones.tsv");
/// From the IANA tz database's iso3166.tab (public domain), a few names
/// made plainer ("United Kingdom" for "Britain (UK)").
const COUNTRIES_TSV: &str = include_str!("../../assets/countries.tsv");

/// How a line can be reached.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Way {
    Call,
    Text,
    Chat,
}

/// One national crisis line, as its operator publishes it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Line {
    pub name: String,
    pub number: String,
    pub hours: String,
    pub ways: Vec<Way>,
    pub note: String,
    /// The page that states this number.
    pub source: String,
    /// The day the number was checked against `source`.
    pub verified: NaiveDate,
    /// The same facts in each language the app speaks besides English (by
    /// language tag, "de"): a German speaker in France reads what the
    /// French line offers in German (the service still answers in
    /// French, as its note says where that matters). Given to a window
    /// already chosen, by [`Line::in_language`], never as a list.
    #[serde(default, skip_serializing)]
    pub words: BTreeMap<String, LineWords>,
}

/// A line's number, hours and note in another language; what is left out
/// stays as the table's English gives it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct LineWords {
    pub number: Option<String>,
    pub hours: Option<String>,
    pub note: Option<String>,
}

impl Line {
    /// The line as `language` reads it: in that language where the table
    /// has its words in it (the hours most lines share, "24 hours, every
    /// day", from the messages), else whole as the table gives it — never
    /// a note in one language and its hours in another.
    #[must_use]
    pub fn in_language(&self, language: Language) -> Line {
        let mut line = self.clone();
        let Some(words) = self.words.get(language.tag()) else {
            return line;
        };
        for (field, given) in [
            (&mut line.number, &words.number),
            (&mut line.hours, &words.hours),
            (&mut line.note, &words.note),
        ] {
            if let Some(given) = given {
                field.clone_from(given);
            }
        }
        if line.hours == Language::English.text("crisis-hours-always", &[]) {
            line.hours = language.text("crisis-hours-always", &[]);
        }
        line
    }
}

/// A region's emergency number, with where it was checked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Emergency {
    pub number: String,
    pub source: String,
    pub verified: NaiveDate,
}

/// One region of the table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct TableRegion {
    pub code: String,
    pub name: String,
    pub emergency: Emergency,
    pub lines: Vec<Line>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct Table {
    #[allow(dead_code)] // read by people and by the generated doc's test
    verified_note: String,
    regions: Vec<TableRegion>,
}

/// The table's note on how its entries were checked.
pub fn verified_note() -> &'static str {
    parsed().map_or("", |t| t.verified_note.as_str())
}

fn parsed() -> Option<&'static Table> {
    static TABLE: OnceLock<Option<Table>> = OnceLock::new();
    // The file is compiled in and parsed by a test, so `None` would mean a
    // broken build, not a person's input; the app then offers the fallback
    // rather than stopping.
    TABLE
        .get_or_init(|| serde_json::from_str(TABLE_JSON).ok())
        .as_ref()
}

/// Every region of the table, in code order.
pub fn table() -> &'static [TableRegion] {
    parsed().map_or(&[], |t| t.regions.as_slice())
}

fn table_region(code: &str) -> Option<&'static TableRegion> {
    table().iter().find(|r| r.code == code)
}

fn tsv(text: &'static str) -> impl Iterator<Item = (&'static str, &'static str)> {
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .filter_map(|l| l.split_once('\t'))
}

/// The country a time zone is in (`Asia/Kolkata` → `IN`); `None` for
/// zones of no country (`UTC`, `Etc/GMT+3`) and for names it doesn't know.
pub fn region_of_zone(zone: &str) -> Option<&'static str> {
    tsv(ZONES_TSV).find(|(z, _)| *z == zone).map(|(_, cc)| cc)
}

/// The region ("US", "GB"…) of a POSIX or BCP 47 locale such as
/// `en_GB.UTF-8` or `en-CA`. A language alone (`en`, `C`) names none.
pub fn region_of_locale(locale: &str) -> Option<String> {
    let base = locale.split(['.', '@']).next()?;
    let region = base.split(['_', '-']).nth(1)?;
    (region.len() == 2 && region.chars().all(|c| c.is_ascii_alphabetic()))
        .then(|| region.to_ascii_uppercase())
}

/// The English name of an ISO 3166 region code, if it is one.
pub fn region_name(code: &str) -> Option<&'static str> {
    table_region(code)
        .map(|r| r.name.as_str())
        .or_else(|| tsv(COUNTRIES_TSV).find(|(c, _)| *c == code).map(|(_, n)| n))
}

/// A region the picker can offer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Region {
    pub code: String,
    pub name: String,
    /// The table has a national crisis line for it.
    pub has_lines: bool,
}

/// Every country, by name, for the picker.
pub fn regions() -> Vec<Region> {
    let mut all: Vec<Region> = tsv(COUNTRIES_TSV)
        .map(|(code, _)| Region {
            code: code.to_owned(),
            name: region_name(code).unwrap_or(code).to_owned(),
            has_lines: table_region(code).is_some_and(|r| !r.lines.is_empty()),
        })
        .collect();
    all.sort_by(|a, b| a.name.cmp(&b.name));
    all
}

/// Where the region in force came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum RegionSource {
    /// The person picked it.
    Chosen,
    /// `INTERLUDE_REGION` (tests, and anyone who sets it on purpose).
    Environment,
    /// The computer's time zone is in that country.
    TimeZone,
    /// The territory of the language settings (`en_IN`): a weaker hint,
    /// since `en_US` is the default in many countries.
    Locale,
}

/// What the person's computer says, for [`resolve_region`].
#[derive(Debug, Clone, Default)]
pub struct RegionHints<'a> {
    pub chosen: Option<&'a str>,
    pub environment: Option<&'a str>,
    pub zone: Option<&'a str>,
    pub locale: Option<&'a str>,
}

fn as_code(text: &str) -> Option<String> {
    let code = text.trim().to_ascii_uppercase();
    region_name(&code).is_some().then_some(code)
}

/// The region in force: the person's choice, then `INTERLUDE_REGION`, then
/// the time zone's country, then the locale's territory. Never a silent
/// default: with no hint it is `None`, and the app asks.
pub fn resolve_region(hints: &RegionHints<'_>) -> Option<(String, RegionSource)> {
    let from = |text: Option<&str>, source| text.and_then(as_code).map(|c| (c, source));
    from(hints.chosen, RegionSource::Chosen)
        .or_else(|| from(hints.environment, RegionSource::Environment))
        .or_else(|| from(hints.zone.and_then(region_of_zone), RegionSource::TimeZone))
        .or_else(|| {
            hints
                .locale
                .and_then(region_of_locale)
                .and_then(|c| as_code(&c))
                .map(|c| (c, RegionSource::Locale))
        })
}

/// Checks a region the person picked: an ISO 3166 code the app knows.
pub fn checked_region(code: &str) -> crate::Result<String> {
    as_code(code).ok_or_else(|| {
        let region = code.chars().take(20).collect::<String>();
        crate::Error::invalid(text(
            "error-safety-unknown-region",
            &[("region", region.as_str().into())],
        ))
    })
}

/// What works anywhere while no region (or no line for it) is known. The
/// notes here are English; a window receives them in the language in use
/// (safety.ftl).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fallback {
    pub number: &'static str,
    pub note: &'static str,
    pub directory: &'static str,
    pub directory_note: &'static str,
}

pub const FALLBACK: Fallback = Fallback {
    number: "112",
    note: "112 reaches emergency services from a mobile phone in many countries, including \
           all of the EU.",
    directory: "findahelpline.com",
    directory_note: "A free directory of crisis lines for most countries. Type the address \
                     into a web browser.",
};

impl Fallback {
    /// The notes in a language: (note, directory note).
    pub fn notes_in(&self, language: Language) -> (String, String) {
        (
            language.text("crisis-fallback-note", &[]),
            language.text("crisis-fallback-directory-note", &[]),
        )
    }
}

impl Serialize for Fallback {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let (note, directory_note) = self.notes_in(crate::i18n::current());
        let mut s = serializer.serialize_struct("Fallback", 4)?;
        s.serialize_field("number", self.number)?;
        s.serialize_field("note", &note)?;
        s.serialize_field("directory", self.directory)?;
        s.serialize_field("directoryNote", &directory_note)?;
        s.end()
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RegionRef {
    pub code: String,
    pub name: String,
}

/// The crisis help for a region: what the lock screen, the first run and
/// the safety plan show.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CrisisHelp {
    pub region: Option<RegionRef>,
    pub region_source: Option<RegionSource>,
    pub lines: Vec<Line>,
    pub emergency: Option<String>,
    pub fallback: Fallback,
}

/// The help for the region in force (`None`: not known).
pub fn help_for(region: Option<(&str, RegionSource)>) -> CrisisHelp {
    let known = region.and_then(|(code, _)| table_region(code));
    CrisisHelp {
        region: region.map(|(code, _)| RegionRef {
            code: code.to_owned(),
            name: region_name(code).unwrap_or(code).to_owned(),
        }),
        region_source: region.map(|(_, source)| source),
        lines: known.map_or_else(Vec::new, |r| {
            let language = i18n::current();
            r.lines.iter().map(|l| l.in_language(language)).collect()
        }),
        emergency: known.map(|r| r.emergency.number.clone()),
        fallback: FALLBACK,
    }
}

fn plan_line(name: &str, number: &str, note: &str) -> CrisisLine {
    CrisisLine {
        name: name.to_owned(),
        number: number.to_owned(),
        note: note.to_owned(),
    }
}

/// The crisis lines a safety plan starts with for `region`: the table's
/// lines and emergency number, or — where none is known — 112 and the
/// directory, so the box is never empty. The person can change every line.
pub fn default_crisis_lines(region: Option<&str>) -> Vec<CrisisLine> {
    match region.and_then(table_region) {
        Some(r) => r
            .lines
            .iter()
            .map(|l| l.in_language(i18n::current()))
            .map(|l| {
                let how = if l.hours.is_empty() {
                    l.note.clone()
                } else {
                    format!("{} {}", l.note, l.hours).trim().to_owned()
                };
                plan_line(&l.name, &l.number, &how)
            })
            .chain(std::iter::once(plan_line(
                &text("crisis-emergency-services", &[]),
                &r.emergency.number,
                &text("crisis-emergency-services.note", &[]),
            )))
            .collect(),
        // One line that works, and where to find the rest: never a name
        // without a number.
        None => vec![plan_line(
            &text("crisis-emergency-services", &[]),
            FALLBACK.number,
            &text("crisis-fallback-plan-line", &[]),
        )],
    }
}

/// The table as Markdown, for `docs/crisis-lines.md` (kept current by a
/// test), so a reviewer can check every line against its source.
pub fn table_markdown() -> String {
    use std::fmt::Write as _;
    let mut out = String::from(
        "# Crisis lines in Interlude\n\n\
         Generated from `src-tauri/core/assets/crisis-lines.json` by \
         `cargo test -p interlude-core --test crisis` (run it with \
         `INTERLUDE_BLESS=1` after editing the table). Do not edit by hand.\n\n",
    );
    let _ = writeln!(out, "{}\n", verified_note());
    out.push_str("| Region | Line | Number | Hours | How | Source | Checked |\n");
    out.push_str("| --- | --- | --- | --- | --- | --- | --- |\n");
    for r in table() {
        for l in &r.lines {
            let ways: Vec<&str> = l
                .ways
                .iter()
                .map(|w| match w {
                    Way::Call => "call",
                    Way::Text => "text",
                    Way::Chat => "chat",
                })
                .collect();
            let _ = writeln!(
                out,
                "| {} ({}) | {} | {} | {} | {} | <{}> | {} |",
                r.name,
                r.code,
                l.name,
                l.number,
                l.hours,
                ways.join(", "),
                l.source,
                l.verified
            );
        }
        let _ = writeln!(
            out,
            "| {} ({}) | Emergency services | {} |  | call | <{}> | {} |",
            r.name, r.code, r.emergency.number, r.emergency.source, r.emergency.verified
        );
    }
    out.push_str(
        "\nWhere no region is known, or the table has no line for it, the app shows \
         112 (which reaches emergency services from a mobile phone in many countries, \
         including all of the EU) and the directory findahelpline.com as text to type \
         into a browser.\n",
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regions_come_from_posix_and_bcp47_locales() {
        assert_eq!(region_of_locale("en_GB.UTF-8").as_deref(), Some("GB"));
        assert_eq!(region_of_locale("fr-CA").as_deref(), Some("CA"));
        assert_eq!(region_of_locale("de_DE@euro").as_deref(), Some("DE"));
        assert_eq!(region_of_locale("C.UTF-8"), None);
        assert_eq!(region_of_locale("en"), None);
    }

    #[test]
    fn zones_name_their_country_and_old_names_still_work() {
        assert_eq!(region_of_zone("Asia/Kolkata"), Some("IN"));
        assert_eq!(region_of_zone("Asia/Calcutta"), Some("IN"));
        assert_eq!(region_of_zone("Europe/Berlin"), Some("DE"));
        assert_eq!(region_of_zone("America/Toronto"), Some("CA"));
        assert_eq!(region_of_zone("UTC"), None);
        assert_eq!(region_of_zone("Etc/UTC"), None);
        assert_eq!(region_of_zone("Mars/Olympus"), None);
    }

    #[test]
    fn the_place_comes_before_the_language() {
        // en_US is the default locale in many countries; the clock's zone
        // says where the computer is.
        let hints = RegionHints {
            zone: Some("Asia/Kolkata"),
            locale: Some("en_US.UTF-8"),
            ..RegionHints::default()
        };
        assert_eq!(
            resolve_region(&hints),
            Some(("IN".to_owned(), RegionSource::TimeZone))
        );
        let chosen = RegionHints {
            chosen: Some("de"),
            environment: Some("GB"),
            ..hints.clone()
        };
        assert_eq!(
            resolve_region(&chosen),
            Some(("DE".to_owned(), RegionSource::Chosen))
        );
        let utc = RegionHints {
            zone: Some("UTC"),
            locale: Some("en_NZ.UTF-8"),
            ..RegionHints::default()
        };
        assert_eq!(
            resolve_region(&utc),
            Some(("NZ".to_owned(), RegionSource::Locale))
        );
    }

    #[test]
    fn with_no_hint_there_is_no_silent_default() {
        let none = RegionHints {
            zone: Some("UTC"),
            locale: Some("C.UTF-8"),
            ..RegionHints::default()
        };
        assert_eq!(resolve_region(&none), None);
        // A hint that names no country is no hint.
        let junk = RegionHints {
            chosen: Some("ZZ"),
            environment: Some("not a region"),
            ..RegionHints::default()
        };
        assert_eq!(resolve_region(&junk), None);
    }

    #[test]
    fn an_unknown_region_keeps_a_working_number() {
        let help = help_for(None);
        assert!(help.region.is_none() && help.lines.is_empty());
        assert_eq!(help.fallback.number, "112");
        let lines = default_crisis_lines(None);
        assert_eq!(lines[0].number, "112");
        assert!(lines.iter().any(|l| l.note.contains("findahelpline.com")));
        // A country with no line in the table: its name, and the fallback.
        let aq = help_for(Some(("AQ", RegionSource::Chosen)));
        assert_eq!(aq.region.map(|r| r.name).as_deref(), Some("Antarctica"));
        assert!(aq.lines.is_empty() && aq.emergency.is_none());
    }

    #[test]
    fn picked_regions_are_checked() {
        assert_eq!(checked_region(" in ").ok().as_deref(), Some("IN"));
        assert!(checked_region("XX").is_err());
        assert!(checked_region("").is_err());
    }

    #[test]
    fn the_picker_lists_every_country_by_name() {
        let all = regions();
        assert!(all.len() > 240);
        assert!(all.windows(2).all(|w| w[0].name <= w[1].name));
        let gb = all.iter().find(|r| r.code == "GB").map(|r| r.name.as_str());
        assert_eq!(gb, Some("United Kingdom"));
    }
}

#[cfg(test)]
mod fluent_tests {
    use super::*;

    #[test]
    fn a_line_reads_in_the_language_its_service_speaks() {
        let line = |code: &str| table_region(code).unwrap().lines[0].clone();
        // Germany's line: its number's "or", its note, and its hours.
        let german = line("DE").in_language(Language::German);
        assert_eq!(german.number, "0800 111 0 111 oder 0800 111 0 222");
        assert!(
            german.note.starts_with("Kostenlos und anonym."),
            "{german:?}"
        );
        assert_eq!(german.hours, "Rund um die Uhr, jeden Tag");
        assert_eq!(
            german.source,
            line("DE").source,
            "the same facts, the same source"
        );
        // In English, as the table gives it.
        assert_eq!(line("DE").in_language(Language::English), line("DE"));
        // France's line in German, and Finland's saying who answers.
        let france = line("FR").in_language(Language::German);
        assert_eq!(
            france.note,
            "Kostenlos und vertraulich, von überall in Frankreich."
        );
        assert_eq!(france.number, "3114");
        assert!(line("FI")
            .in_language(Language::German)
            .note
            .contains("Finnisch"));
        // A line without words in a language is whole as the table gives
        // it: never an English note with German hours after it.
        let mut bare = line("GB");
        bare.words.clear();
        assert_eq!(bare.in_language(Language::German), bare);
        // Every line has its note in every language, and its own hours and
        // its "or" wherever the shared message can't say them.
        let always = Language::English.text("crisis-hours-always", &[]);
        for region in table() {
            for l in &region.lines {
                for language in Language::ALL
                    .into_iter()
                    .filter(|&x| x != Language::English)
                {
                    let words = l.words.get(language.tag());
                    let here = format!("{} {} in {}", region.code, l.name, language.tag());
                    assert!(words.is_some_and(|w| w.note.is_some()), "{here}: no note");
                    if !l.hours.is_empty() && l.hours != always {
                        assert!(words.is_some_and(|w| w.hours.is_some()), "{here}: hours");
                    }
                    if l.number.contains(" or ") {
                        assert!(words.is_some_and(|w| w.number.is_some()), "{here}: number");
                    }
                }
            }
        }
        // Every translation is for a language the app speaks, and says
        // something.
        for region in table() {
            for l in &region.lines {
                for (tag, words) in &l.words {
                    assert!(
                        Language::ALL.iter().any(|x| x.tag() == tag),
                        "{}: {tag}",
                        region.code
                    );
                    assert!(
                        words.number.is_some() || words.hours.is_some() || words.note.is_some()
                    );
                }
            }
        }
    }

    #[test]
    fn the_fallback_in_fluent_is_this_english_and_german_keeps_the_number() {
        assert_eq!(
            FALLBACK.notes_in(Language::English),
            (FALLBACK.note.to_owned(), FALLBACK.directory_note.to_owned())
        );
        let (note, directory) = FALLBACK.notes_in(Language::German);
        assert!(note.contains("112"), "{note}");
        assert_ne!(directory, FALLBACK.directory_note);
        let json = serde_json::to_value(&FALLBACK).unwrap();
        assert_eq!(json["directoryNote"], FALLBACK.directory_note);
        assert_eq!(json["directory"], "findahelpline.com");
    }
}
