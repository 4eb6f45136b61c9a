//! The app's settings file (`settings.json`, written by the desktop app's
//! store plugin), read directly by terminal commands: there is no app, and
//! so no store, when `interlude reminders next` runs.

use chrono::{DateTime, Utc};
use serde_json::Value;

use interlude_core::schedule::reminders::ReminderSettings;

/// The settings file's name in the data folder.
pub const SETTINGS_FILE: &str = "settings.json";

/// Store keys: names saved there that the journal doesn't have yet, and
/// whether this settings file's preferences were ever put in the journal.
pub const PENDING: &str = "personPending";
pub const IN_JOURNAL: &str = "personInJournal";

/// The language Settings chose for the app, or the computer's: the terminal
/// command speaks the same one. A missing or unreadable file, or a choice
/// this version doesn't know, follows the computer.
pub fn language(data_dir: &std::path::Path) -> interlude_core::i18n::Language {
    let value: Value = std::fs::read_to_string(data_dir.join(SETTINGS_FILE))
        .ok()
        .and_then(|t| serde_json::from_str(&t).ok())
        .unwrap_or_default();
    let choice = value["language"]
        .as_str()
        .unwrap_or(interlude_core::i18n::SYSTEM);
    interlude_core::i18n::Language::resolve(choice, crate::system::locale().as_deref())
}

/// The reminder preferences and pause read straight from the settings file,
/// for the headless CLI (no app, so no store plugin).
pub fn read_reminders_file(
    data_dir: &std::path::Path,
) -> (ReminderSettings, Option<DateTime<Utc>>) {
    let value: serde_json::Value = std::fs::read_to_string(data_dir.join(SETTINGS_FILE))
        .ok()
        .and_then(|t| serde_json::from_str(&t).ok())
        .unwrap_or_default();
    let settings = serde_json::from_value(value["reminders"].clone()).unwrap_or_default();
    let paused = value["pausedUntil"]
        .as_str()
        .and_then(|s| DateTime::parse_from_rfc3339(s).ok())
        .map(|t| t.with_timezone(&Utc));
    (settings, paused)
}

/// The reminder preferences and pause for a terminal command: the settings
/// file's, with what the journal holds from other computers laid over
/// them (the app would have taken those into the file at its next sync).
pub fn reminders_for_cli(
    data_dir: &std::path::Path,
    db: &interlude_core::Db,
) -> (ReminderSettings, Option<chrono::DateTime<chrono::Utc>>) {
    let file: Value = std::fs::read_to_string(data_dir.join(SETTINGS_FILE))
        .ok()
        .and_then(|t| serde_json::from_str(&t).ok())
        .unwrap_or_default();
    let (mut settings, mut paused) = read_reminders_file(data_dir);
    let in_journal = file[IN_JOURNAL].as_bool().unwrap_or(false);
    let Ok(kept) = db.preferences() else {
        return (settings, paused);
    };
    if !in_journal && kept.is_empty() {
        return (settings, paused);
    }
    let pending: Vec<String> = serde_json::from_value(file[PENDING].clone()).unwrap_or_default();
    let mut object = serde_json::to_value(&settings).unwrap_or_default();
    for (name, value) in &kept {
        if pending.contains(name) {
            continue;
        }
        if let Some(key) = name.strip_prefix("reminders.") {
            let mut trial = object.clone();
            trial[key] = value.clone();
            if serde_json::from_value::<ReminderSettings>(trial.clone())
                .ok()
                .and_then(|s| s.validated().ok())
                .is_some()
            {
                object = trial;
            }
        } else if name == "pausedUntil" {
            if let Some(at) = value
                .as_str()
                .and_then(|s| chrono::DateTime::parse_from_rfc3339(s).ok())
            {
                paused = Some(at.with_timezone(&chrono::Utc));
            }
        }
    }
    if let Ok(merged) = serde_json::from_value(object) {
        settings = merged;
    }
    (settings, paused)
}
