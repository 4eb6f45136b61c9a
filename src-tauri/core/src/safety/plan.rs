//! The safety plan (Stanley–Brown): seven short lists the person writes
//! while calm, to reach for when things get dark — plus the people and the
//! crisis lines to contact.
//!
//! Until the person edits them, the crisis lines come from the sourced
//! table of the person's region (`crate::crisis`); once saved, the plan is
//! exactly what they wrote. When the region changes, the app offers the new
//! region's lines and asks before replacing lines the person edited.

use std::collections::BTreeMap;

use chrono::{DateTime, FixedOffset};
use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};

use crate::clock::{from_stored, to_stored};
use crate::error::{Error, Result};
use crate::i18n::{self, Language};
use crate::safety::crisis::default_crisis_lines;
use crate::storage::db::Db;

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

impl SectionSpec {
    /// "plan-section-warning-signs": the Fluent id of this section's words.
    fn message_id(&self) -> String {
        let mut id = String::from("plan-section-");
        for c in self.key.chars() {
            if c.is_ascii_uppercase() {
                id.push('-');
            }
            id.push(c.to_ascii_lowercase());
        }
        id
    }

    /// The section's title in a language (safety.ftl; `title` is the English).
    pub fn title_in(&self, language: Language) -> String {
        language.text(&self.message_id(), &[])
    }

    /// The prompt under the title, in a language.
    pub fn prompt_in(&self, language: Language) -> String {
        language.text(&format!("{}.prompt", self.message_id()), &[])
    }
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
        prompt: "Medicines, sharp objects, a firearm, or anything else I could hurt myself with: \
                 what I can lock away or get rid of, and who I can ask to hold it for now.",
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
    /// The region the crisis lines were filled in for.
    pub region: Option<String>,
    /// The region in force now; when it differs from `region`, the app
    /// offers this region's lines.
    pub current_region: Option<String>,
    /// The saved crisis lines differ from the table's for `region`: the
    /// person wrote their own, so replacing them needs a yes.
    pub crisis_lines_edited: bool,
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

fn clean_lines(lines: Vec<String>, what: &str) -> Result<Vec<String>> {
    let lines: Vec<String> = lines
        .into_iter()
        .map(|l| l.trim().to_owned())
        .filter(|l| !l.is_empty())
        .collect();
    if lines.len() > MAX_LINES {
        return Err(Error::invalid(i18n::text(
            "error-safety-too-many-lines",
            &[
                ("section", what.into()),
                ("max", MAX_LINES.into()),
                ("count", lines.len().into()),
            ],
        )));
    }
    if let Some(long) = lines.iter().find(|l| l.chars().count() > MAX_LINE_CHARS) {
        let start = long.chars().take(20).collect::<String>();
        return Err(Error::invalid(i18n::text(
            "error-safety-line-too-long",
            &[
                ("section", what.into()),
                ("max", MAX_LINE_CHARS.into()),
                ("start", start.as_str().into()),
            ],
        )));
    }
    Ok(lines)
}

/// Trims one field; `what_id` is the Fluent id of its name ("A contact's
/// name"), for the message when it is too long.
fn check_text(text: &mut String, what_id: &str) -> Result<()> {
    *text = text.trim().to_owned();
    if text.chars().count() > MAX_LINE_CHARS {
        let what = i18n::text(what_id, &[]);
        return Err(Error::invalid(i18n::text(
            "error-safety-text-too-long",
            &[
                ("field", what.as_str().into()),
                ("max", MAX_LINE_CHARS.into()),
            ],
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
            return Err(Error::invalid(i18n::text(
                "error-safety-unknown-section",
                &[("section", unknown.into())],
            )));
        }
        for spec in SECTIONS {
            if let Some(lines) = self.sections.remove(spec.key) {
                let title = spec.title_in(i18n::current());
                self.sections
                    .insert(spec.key.to_owned(), clean_lines(lines, &title)?);
            }
        }
        if self.contacts.len() > MAX_LINES || self.crisis_lines.len() > MAX_LINES {
            return Err(Error::invalid(i18n::text(
                "error-safety-too-many-contacts",
                &[("max", MAX_LINES.into())],
            )));
        }
        for c in &mut self.contacts {
            check_text(&mut c.name, "error-safety-contact-name")?;
            check_text(&mut c.phone, "error-safety-contact-number")?;
            check_text(&mut c.note, "error-safety-contact-note")?;
        }
        self.contacts
            .retain(|c| !(c.name.is_empty() && c.phone.is_empty() && c.note.is_empty()));
        for l in &mut self.crisis_lines {
            check_text(&mut l.name, "error-safety-line-name")?;
            check_text(&mut l.number, "error-safety-line-number")?;
            check_text(&mut l.note, "error-safety-line-note")?;
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
                    let detail = e.to_string();
                    Error::Corrupt(i18n::text(
                        "error-safety-unreadable",
                        &[("detail", detail.as_str().into())],
                    ))
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
        let crisis_lines_edited =
            stored.crisis_lines != default_crisis_lines(stored.region.as_deref());
        Ok(SafetyPlan {
            sections: SECTIONS
                .iter()
                .map(|s| Section {
                    key: s.key.to_owned(),
                    title: s.title_in(crate::i18n::current()),
                    prompt: s.prompt_in(crate::i18n::current()),
                    items: stored.sections.get(s.key).cloned().unwrap_or_default(),
                })
                .collect(),
            contacts: stored.contacts,
            crisis_lines: stored.crisis_lines,
            region: stored.region,
            current_region: region.map(str::to_owned),
            crisis_lines_edited,
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
        let plan_region = self.safety_plan(region)?.region;
        self.store_plan(&input, plan_region.as_deref())?;
        self.safety_plan(region)
    }

    /// Puts the table's crisis lines for `region` (the one in force) in
    /// place of the plan's, and makes it the plan's region. The window asks
    /// first when the person had edited theirs.
    pub fn use_region_crisis_lines(&mut self, region: Option<&str>) -> Result<SafetyPlan> {
        let plan = self.safety_plan(region)?;
        let input = SafetyPlanInput {
            sections: plan
                .sections
                .into_iter()
                .map(|s| (s.key, s.items))
                .collect(),
            contacts: plan.contacts,
            crisis_lines: default_crisis_lines(region),
        };
        self.store_plan(&input, region)?;
        self.safety_plan(region)
    }

    fn store_plan(&mut self, input: &SafetyPlanInput, region: Option<&str>) -> Result<()> {
        let body = stored_body(input, region)?;
        let (now, offset) = to_stored(&self.clock.now());
        self.conn.execute(
            "INSERT INTO safety_plan (id, body, updated_at, updated_offset) VALUES (1, ?1, ?2, ?3)
             ON CONFLICT (id) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at,
                 updated_offset = excluded.updated_offset",
            params![body, now, offset],
        )?;
        Ok(())
    }
}

/// The file beside the journal that holds a plain copy of the plan, kept
/// only while the person has chosen "Show my safety plan on the lock
/// screen". It is the one piece of the journal readable without the key.
pub const LOCK_SCREEN_COPY: &str = "safety-plan.lock-screen.json";

/// The plan as the lock screen shows it (what the copy holds).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SafetyPlanCopy {
    pub sections: Vec<Section>,
    pub contacts: Vec<Contact>,
    pub crisis_lines: Vec<CrisisLine>,
    pub updated_at: Option<DateTime<FixedOffset>>,
}

impl From<SafetyPlan> for SafetyPlanCopy {
    fn from(plan: SafetyPlan) -> Self {
        Self {
            sections: plan.sections,
            contacts: plan.contacts,
            crisis_lines: plan.crisis_lines,
            updated_at: plan.updated_at,
        }
    }
}

/// Writes (or refreshes) the lock-screen copy of `plan` in `dir`, readable
/// by its owner only.
pub fn write_lock_screen_copy(dir: &std::path::Path, plan: SafetyPlan) -> Result<()> {
    let json = serde_json::to_vec_pretty(&SafetyPlanCopy::from(plan)).map_err(|e| {
        let detail = e.to_string();
        Error::Storage(i18n::text(
            "error-safety-copy-plan",
            &[("detail", detail.as_str().into())],
        ))
    })?;
    crate::storage::files::write_atomically(&dir.join(LOCK_SCREEN_COPY), &json)
}

/// The lock-screen copy, if there is a readable one. A damaged copy is no
/// copy: the lock screen then shows the crisis lines alone.
pub fn read_lock_screen_copy(dir: &std::path::Path) -> Option<SafetyPlanCopy> {
    let text = std::fs::read(dir.join(LOCK_SCREEN_COPY)).ok()?;
    serde_json::from_slice(&text).ok()
}

/// Removes the lock-screen copy (switched off, or nothing to copy).
pub fn remove_lock_screen_copy(dir: &std::path::Path) -> Result<()> {
    match std::fs::remove_file(dir.join(LOCK_SCREEN_COPY)) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
            Err(Error::io(i18n::text("error-safety-remove-copy", &[]), e))
        }
        _ => Ok(()),
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
    .map_err(|e| {
        let detail = e.to_string();
        Error::Storage(i18n::text(
            "error-safety-keep-plan",
            &[("detail", detail.as_str().into())],
        ))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_section_has_its_words_in_fluent_equal_to_these_and_in_german() {
        for s in SECTIONS {
            assert_eq!(s.title_in(Language::English), s.title);
            assert_eq!(s.prompt_in(Language::English), s.prompt);
            assert_ne!(s.title_in(Language::German), s.title, "{}", s.key);
            assert_ne!(s.prompt_in(Language::German), s.prompt, "{}", s.key);
        }
        assert_eq!(SECTIONS[0].title_in(Language::German), "Warnzeichen");
    }
}
