//! How a plan reads: "I will … for … every … after …", and the builder's
//! gentle hints toward a concrete plan.

use super::{Frequency, PlanInput, PlanPreview, Unit};

impl PlanInput {
    /// The sentence and hints for the builder, without saving anything.
    pub fn preview(&self) -> PlanPreview {
        let mut hints = Vec::new();
        let action = strip_i_will(self.action.trim());
        if action.is_empty() {
            hints.push(
                "Start with what you'll do — something you could picture yourself doing.".into(),
            );
        } else {
            // Whole words only: "more" is vague, "morning" is not.
            let words: Vec<String> = action
                .to_lowercase()
                .split(|c: char| !c.is_alphanumeric() && c != '\'')
                .filter(|w| !w.is_empty())
                .map(str::to_owned)
                .collect();
            let padded = format!(" {} ", words.join(" "));
            if ["try to", "more", "better", "should", "less"]
                .iter()
                .any(|w| padded.contains(&format!(" {w} ")))
            {
                hints.push(
                    "Words like \"try to\" or \"more\" are hard to notice doing. What would it \
                     look like, exactly?"
                        .into(),
                );
            }
        }
        if self.amount.is_none() {
            hints.push("How long, or how many times? A small amount is easier to keep.".into());
        }
        if self.cue.trim().is_empty() && self.cue_time.as_deref().unwrap_or("").is_empty() {
            hints.push(
                "When will you do it? Tying it to something you already do (\"after I brush my \
                 teeth\") helps it happen."
                    .into(),
            );
        }
        PlanPreview {
            sentence: sentence(self),
            hints,
        }
    }
}

/// People often type the whole sentence; the sentence adds "I will" itself.
pub(super) fn strip_i_will(action: &str) -> &str {
    let lower = action.to_lowercase();
    for prefix in ["i will ", "i'll ", "i’ll "] {
        if lower.starts_with(prefix) {
            return action[prefix.len()..].trim_start();
        }
    }
    action
}

/// "I will <action>[ for <amount>]<how often>[ <cue>][ (around HH:MM)]."
pub fn sentence(input: &PlanInput) -> String {
    let action = strip_i_will(input.action.trim());
    let mut chars = action.chars();
    let action = match (chars.next(), chars.next()) {
        // "Practise" → "practise", but "TV-free evenings" stays as typed.
        (Some(first), Some(second)) if first.is_uppercase() && !second.is_uppercase() => {
            first.to_lowercase().chain(action.chars().skip(1)).collect()
        }
        _ => action.to_owned(),
    };
    let mut parts = vec![format!(
        "I will {}",
        if action.is_empty() { "…" } else { &action }
    )];
    match (input.amount, input.unit) {
        (Some(n), Some(Unit::Times)) => parts.push(times(n)),
        (Some(n), _) => parts.push(format!("for {n} minute{}", if n == 1 { "" } else { "s" })),
        _ => {}
    }
    parts.push(match &input.frequency {
        Frequency::Daily => "every day".to_owned(),
        Frequency::Weekdays { days } => format!("every {}", weekday_list(days)),
        Frequency::PerWeek { times: n } => format!("{} a week", times(u32::from(*n))),
        Frequency::PerDay { times: n } => format!("{} a day", times(u32::from(*n))),
    });
    let cue = input.cue.trim().trim_end_matches('.');
    if !cue.is_empty() {
        let linked = [
            "after",
            "before",
            "when",
            "while",
            "at",
            "once",
            "as soon as",
            "on",
        ]
        .iter()
        .any(|w| cue.to_lowercase().starts_with(&format!("{w} ")));
        parts.push(if linked {
            cue.to_owned()
        } else {
            format!("after {cue}")
        });
    }
    match input.cue_time.as_deref().map(str::trim) {
        Some(t) if !t.is_empty() && !cue.is_empty() => parts.push(format!("(around {t})")),
        Some(t) if !t.is_empty() => parts.push(format!("at {t}")),
        _ => {}
    }
    format!("{}.", parts.join(" "))
}

fn times(n: u32) -> String {
    match n {
        1 => "once".to_owned(),
        2 => "twice".to_owned(),
        n => format!("{n} times"),
    }
}

fn weekday_list(days: &[u8]) -> String {
    const NAMES: [&str; 7] = [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ];
    let mut days = days.to_vec();
    days.sort_unstable();
    days.dedup();
    match days.as_slice() {
        [1, 2, 3, 4, 5, 6, 7] => return "day".to_owned(),
        [1, 2, 3, 4, 5] => return "weekday".to_owned(),
        [6, 7] => return "Saturday and Sunday".to_owned(),
        _ => {}
    }
    let names: Vec<&str> = days
        .iter()
        .filter_map(|d| NAMES.get(usize::from(*d).wrapping_sub(1)).copied())
        .collect();
    match names.as_slice() {
        [] => "…".to_owned(),
        [one] => (*one).to_owned(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}
