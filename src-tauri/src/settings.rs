//! Preferences (not records), kept with tauri-plugin-store.
//!
//! Journal content never goes here: only how the app looks and behaves.
//! The file sits in the data directory beside the journal, so
//! `--data-dir` moves both together. Unknown or damaged values fall back to
//! defaults rather than stopping the app.

use chrono::{DateTime, Utc};
use interlude_core::reminders::ReminderSettings;
use interlude_core::{Error, Result};
use serde::{Deserialize, Serialize};
use tauri::{AppHandle, Runtime};
use tauri_plugin_store::StoreExt;

use crate::state::AppExt;

pub const SETTINGS_FILE: &str = "settings.json";

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Theme {
    /// Follow the system's light or dark preference.
    #[default]
    System,
    Light,
    Dark,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Settings {
    #[serde(default)]
    pub theme: Theme,
}

fn store_error(err: &tauri_plugin_store::Error) -> Error {
    Error::Desktop(format!("Your settings couldn't be read or saved. ({err})"))
}

fn store<R: Runtime>(app: &AppHandle<R>) -> Result<std::sync::Arc<tauri_plugin_store::Store<R>>> {
    app.store(app.interlude().data_dir.join(SETTINGS_FILE))
        .map_err(|e| store_error(&e))
}

pub fn load<R: Runtime>(app: &AppHandle<R>) -> Result<Settings> {
    let store = store(app)?;
    let theme = store
        .get("theme")
        .and_then(|v| serde_json::from_value(v).ok())
        .unwrap_or_default();
    Ok(Settings { theme })
}

pub fn save<R: Runtime>(app: &AppHandle<R>, settings: Settings) -> Result<Settings> {
    let store = store(app)?;
    store.set(
        "theme",
        serde_json::to_value(settings.theme).unwrap_or_default(),
    );
    store.save().map_err(|e| store_error(&e))?;
    Ok(settings)
}

/// The reminder preferences; defaults for anything missing or unreadable.
pub fn reminders<R: Runtime>(app: &AppHandle<R>) -> Result<ReminderSettings> {
    let store = store(app)?;
    Ok(store
        .get("reminders")
        .and_then(|v| serde_json::from_value(v).ok())
        .unwrap_or_default())
}

/// Saves reminder preferences after checking they can work.
pub fn save_reminders<R: Runtime>(
    app: &AppHandle<R>,
    settings: ReminderSettings,
) -> Result<ReminderSettings> {
    let settings = settings.validated()?;
    let store = store(app)?;
    store.set(
        "reminders",
        serde_json::to_value(&settings).unwrap_or_default(),
    );
    store.save().map_err(|e| store_error(&e))?;
    Ok(settings)
}

/// How the app lock behaves; defaults for anything missing or unreadable.
pub fn lock<R: Runtime>(app: &AppHandle<R>) -> Result<crate::lock::LockSettings> {
    let store = store(app)?;
    Ok(store
        .get("lock")
        .and_then(|v| serde_json::from_value(v).ok())
        .unwrap_or_default())
}

pub fn save_lock<R: Runtime>(
    app: &AppHandle<R>,
    settings: crate::lock::LockSettings,
) -> Result<crate::lock::LockSettings> {
    let settings = settings.validated()?;
    let store = store(app)?;
    store.set("lock", serde_json::to_value(settings).unwrap_or_default());
    store.save().map_err(|e| store_error(&e))?;
    Ok(settings)
}

/// Until when reminders are paused, if they are.
pub fn paused_until<R: Runtime>(app: &AppHandle<R>) -> Result<Option<DateTime<Utc>>> {
    let store = store(app)?;
    Ok(store
        .get("pausedUntil")
        .and_then(|v| {
            v.as_str()
                .and_then(|s| DateTime::parse_from_rfc3339(s).ok())
        })
        .map(|t| t.with_timezone(&Utc)))
}

pub fn set_paused_until<R: Runtime>(
    app: &AppHandle<R>,
    until: Option<DateTime<Utc>>,
) -> Result<()> {
    let store = store(app)?;
    match until {
        Some(t) => store.set("pausedUntil", t.to_rfc3339()),
        None => {
            store.delete("pausedUntil");
        }
    }
    store.save().map_err(|e| store_error(&e))
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

/// The system's IANA time zone, or UTC if it can't be told.
pub fn system_zone() -> chrono_tz::Tz {
    iana_time_zone::get_timezone()
        .ok()
        .and_then(|name| name.parse().ok())
        .unwrap_or(chrono_tz::Tz::UTC)
}

/// The region ("US", "GB"…) of the person's locale, for the crisis lines
/// a new safety plan starts with. `INTERLUDE_REGION` overrides it (tests,
/// and anyone whose locale says less than where they live).
pub fn system_region() -> Option<String> {
    if let Some(region) = std::env::var("INTERLUDE_REGION")
        .ok()
        .filter(|r| r.len() == 2 && r.chars().all(|c| c.is_ascii_alphabetic()))
    {
        return Some(region.to_ascii_uppercase());
    }
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|var| std::env::var(var).ok())
        .find(|v| !v.is_empty())
        .and_then(|locale| interlude_core::safety_plan::region_of_locale(&locale))
}
