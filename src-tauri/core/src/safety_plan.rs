//! The safety plan (Stanley–Brown): seven short lists the person writes
//! while calm, to reach for when things get dark — plus the people and the
//! crisis lines to contact.
//!
//! Until the person edits them, the crisis lines come from a small,
//! reviewed table by region (from the system locale); once saved, the plan
//! is exactly what they wrote.

use std::collections::BTreeMap;

use chrono::{DateTime, FixedOffset};
use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};

use crate::clock::{from_stored, to_stored};
use crate::db::Db;
use crate::error::{Error, Result};

/// The most lines a section, or the contacts, may hold.
pub const MAX_LINES: usize = 30;
/// The longest one line may be.
pub const MAX_LINE_CHARS: usize = 500;

/// One section of the plan, in Stanley and Brown's order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SectionSpec {
    pub key: &'static str,
    pub title: &'static str,
    pub prompt: &'static str,
}

pub const SECTIONS: &[SectionSpec] = &[
    SectionSpec {
        key: "warningSigns",
        title: "Warning signs",
        prompt: "Thoughts, feelings or situations that tell me a hard time may be starting.",
    },
    SectionSpec {
        key: "copingStrategies",
        title: "Things I can do on my own",
        prompt: "What helps me take my mind off things without anyone else: a walk, music, a \
                 shower, breathing.",
    },
    SectionSpec {
        key: "distractions",
        title: "People and places that take my mind off things",
        prompt: "Where I can go and who I can be around, without having to talk about how I feel.",
    },
    SectionSpec {
        key: "peopleToAsk",
        title: "People I can ask for help",
        prompt: "People I can tell that I'm struggling.",
    },
    SectionSpec {
        key: "professionals",
        title: "Professionals I can contact",
        prompt: "My therapist, my doctor, an out-of-hours service.",
    },
    SectionSpec {
        key: "safeEnvironment",
        title: "Making where I am safer",
        prompt: "Things I can put away or ask someone to keep for now.",
    },
    SectionSpec {
        key: "reasonsForLiving",
        title: "What matters to me",
        prompt: "The people, things and hopes worth staying for.",
    },
];

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Section {
    pub key: String,
    pub title: String,
    pub prompt: String,
    pub items: Vec<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Contact {
    pub name: String,
    #[serde(default)]
    pub phone: String,
    #[serde(default)]
    pub note: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CrisisLine {
    pub name: String,
    pub number: String,
    #[serde(default)]
    pub note: String,
}

/// The plan as the app shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SafetyPlan {
    pub sections: Vec<Section>,
    pub contacts: Vec<Contact>,
    pub crisis_lines: Vec<CrisisLine>,
    /// The region the crisis lines were first filled in for.
    pub region: Option<String>,
    pub updated_at: Option<DateTime<FixedOffset>>,
}

/// What the editor sends: every section's lines, contacts, crisis lines.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SafetyPlanInput {
    #[serde(default)]
    pub sections: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    pub contacts: Vec<Contact>,
    #[serde(default)]
    pub crisis_lines: Vec<CrisisLine>,
}

/// What is stored: the input as validated, and the region it began with.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
struct Stored {
    sections: BTreeMap<String, Vec<String>>,
    contacts: Vec<Contact>,
    crisis_lines: Vec<CrisisLine>,
    region: Option<String>,
}

/// The region ("US", "GB"…) of a POSIX or BCP 47 locale such as
/// `en_GB.UTF-8` or `en-CA`.
pub fn region_of_locale(locale: &str) -> Option<String> {
    let base = locale.split(['.', '@']).next()?;
    let region = base.split(['_', '-']).nth(1)?;
    (region.len() == 2 && region.chars().all(|c| c.is_ascii_alphabetic()))
        .then(|| region.to_ascii_uppercase())
}

fn line(name: &str, number: &str, note: &str) -> CrisisLine {
    CrisisLine {
        name: name.to_owned(),
        number: number.to_owned(),
        note: note.to_owned(),
    }
}

/// The crisis lines offered before the person writes their own: the
/// national line where there is one everyone can call, and the emergency
/// number. Reviewed by hand; the person can change every line.
pub fn default_crisis_lines(region: Option<&str>) -> Vec<CrisisLine> {
    let emergency = |n: &str| line("Emergency services", n, "If you are in danger right now.");
    match region {
        Some("US" | "CA") => vec![
            line(
                "988 Suicide & Crisis Lifeline",
                "988",
                "Call or text, any time, free.",
            ),
            emergency("911"),
        ],
        Some("GB") => vec![
            line("Samaritans", "116 123", "Free, any time, day or night."),
            emergency("999"),
        ],
        Some("IE") => vec![
            line("Samaritans", "116 123", "Free, any time, day or night."),
            emergency("112 or 999"),
        ],
        Some("AU") => vec![
            line("Lifeline", "13 11 14", "Any time, day or night."),
            emergency("000"),
        ],
        Some("NZ") => vec![emergency("111")],
        Some("JP") => vec![emergency("119")],
        Some(
            "AT" | "BE" | "BG" | "CH" | "CY" | "CZ" | "DE" | "DK" | "EE" | "ES" | "FI" | "FR"
            | "GR" | "HR" | "HU" | "IS" | "IT" | "LI" | "LT" | "LU" | "LV" | "MT" | "NL" | "NO"
            | "PL" | "PT" | "RO" | "SE" | "SI" | "SK",
        ) => vec![emergency("112")],
        _ => vec![line(
            "Your local emergency number",
            "",
            "Add the number for where you live, and a crisis line you trust.",
        )],
    }
}

fn clean_lines(lines: Vec<String>, what: &str) -> Result<Vec<String>> {
    let lines: Vec<String> = lines
        .into_iter()
        .map(|l| l.trim().to_owned())
        .filter(|l| !l.is_empty())
        .collect();
    if lines.len() > MAX_LINES {
        return Err(Error::invalid(format!(
            "{what} can hold up to {MAX_LINES} lines; this has {}.",
            lines.len()
        )));
    }
    if let Some(long) = lines.iter().find(|l| l.chars().count() > MAX_LINE_CHARS) {
        return Err(Error::invalid(format!(
            "A line in {what} is longer than {MAX_LINE_CHARS} characters (\"{}…\").",
            long.chars().take(20).collect::<String>()
        )));
    }
    Ok(lines)
}

fn check_text(text: &mut String, what: &str) -> Result<()> {
    *text = text.trim().to_owned();
    if text.chars().count() > MAX_LINE_CHARS {
        return Err(Error::invalid(format!(
            "{what} is longer than {MAX_LINE_CHARS} characters."
        )));
    }
    Ok(())
}

impl SafetyPlanInput {
    pub(crate) fn validated(mut self) -> Result<Self> {
        if let Some(unknown) = self
            .sections
            .keys()
            .find(|k| !SECTIONS.iter().any(|s| s.key == k.as_str()))
        {
            return Err(Error::invalid(format!(
                "\"{unknown}\" isn't a section of the safety plan."
            )));
        }
        for spec in SECTIONS {
            if let Some(lines) = self.sections.remove(spec.key) {
                self.sections
                    .insert(spec.key.to_owned(), clean_lines(lines, spec.title)?);
            }
        }
        if self.contacts.len() > MAX_LINES || self.crisis_lines.len() > MAX_LINES {
            return Err(Error::invalid(format!(
                "The plan can hold up to {MAX_LINES} contacts and {MAX_LINES} crisis lines."
            )));
        }
        for c in &mut self.contacts {
            check_text(&mut c.name, "A contact's name")?;
            check_text(&mut c.phone, "A contact's number")?;
            check_text(&mut c.note, "A contact's note")?;
        }
        self.contacts
            .retain(|c| !(c.name.is_empty() && c.phone.is_empty() && c.note.is_empty()));
        for l in &mut self.crisis_lines {
            check_text(&mut l.name, "A crisis line's name")?;
            check_text(&mut l.number, "A crisis line's number")?;
            check_text(&mut l.note, "A crisis line's note")?;
        }
        self.crisis_lines
            .retain(|l| !(l.name.is_empty() && l.number.is_empty() && l.note.is_empty()));
        Ok(self)
    }
}

impl Db {
    /// The safety plan; before it is first saved, empty sections and the
    /// crisis lines for `region`.
    pub fn safety_plan(&self, region: Option<&str>) -> Result<SafetyPlan> {
        let row = self
            .conn
            .query_row(
                "SELECT body, updated_at, updated_offset FROM safety_plan WHERE id = 1",
                [],
                |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get(2)?)),
            )
            .optional()?;
        let (stored, updated_at) = match row {
            Some((body, at, offset)) => {
                let stored: Stored = serde_json::from_str(&body).map_err(|e| {
                    Error::Corrupt(format!("The saved safety plan can't be read: {e}"))
                })?;
                (stored, Some(from_stored(&at, offset)?))
            }
            None => (
                Stored {
                    crisis_lines: default_crisis_lines(region),
                    region: region.map(str::to_owned),
                    ..Stored::default()
                },
                None,
            ),
        };
        Ok(SafetyPlan {
            sections: SECTIONS
                .iter()
                .map(|s| Section {
                    key: s.key.to_owned(),
                    title: s.title.to_owned(),
                    prompt: s.prompt.to_owned(),
                    items: stored.sections.get(s.key).cloned().unwrap_or_default(),
                })
                .collect(),
            contacts: stored.contacts,
            crisis_lines: stored.crisis_lines,
            region: stored.region,
            updated_at,
        })
    }

    /// Saves the whole plan as written.
    pub fn save_safety_plan(
        &mut self,
        input: SafetyPlanInput,
        region: Option<&str>,
    ) -> Result<SafetyPlan> {
        let input = input.validated()?;
        let region = self.safety_plan(region)?.region;
        let body = stored_body(&input, region.as_deref())?;
        let (now, offset) = to_stored(&self.clock.now());
        self.conn.execute(
            "INSERT INTO safety_plan (id, body, updated_at, updated_offset) VALUES (1, ?1, ?2, ?3)
             ON CONFLICT (id) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at,
                 updated_offset = excluded.updated_offset",
            params![body, now, offset],
        )?;
        self.safety_plan(region.as_deref())
    }
}

/// The stored JSON of a validated plan.
pub(crate) fn stored_body(input: &SafetyPlanInput, region: Option<&str>) -> Result<String> {
    serde_json::to_string(&Stored {
        sections: input.sections.clone(),
        contacts: input.contacts.clone(),
        crisis_lines: input.crisis_lines.clone(),
        region: region.map(str::to_owned),
    })
    .map_err(|e| Error::Storage(format!("couldn't keep the plan: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regions_come_from_posix_and_bcp47_locales() {
        assert_eq!(region_of_locale("en_GB.UTF-8").as_deref(), Some("GB"));
        assert_eq!(region_of_locale("fr-CA").as_deref(), Some("CA"));
        assert_eq!(region_of_locale("de_DE@euro").as_deref(), Some("DE"));
        assert_eq!(region_of_locale("C"), None);
        assert_eq!(region_of_locale("en"), None);
    }

    #[test]
    fn crisis_lines_follow_the_reviewed_table() {
        assert_eq!(default_crisis_lines(Some("US"))[0].number, "988");
        assert_eq!(default_crisis_lines(Some("CA"))[0].number, "988");
        assert_eq!(default_crisis_lines(Some("GB"))[0].number, "116 123");
        assert_eq!(default_crisis_lines(Some("IE"))[0].name, "Samaritans");
        assert_eq!(default_crisis_lines(Some("AU"))[0].number, "13 11 14");
        assert_eq!(default_crisis_lines(Some("DE"))[0].number, "112");
        assert_eq!(
            default_crisis_lines(None)[0].name,
            "Your local emergency number"
        );
    }
}
