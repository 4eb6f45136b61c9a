//! Preferences (not records), kept with tauri-plugin-store.
//!
//! Journal content never goes here: only how the app looks and behaves.
//! The file sits in the data directory beside the journal, so
//! `--data-dir` moves both together. Unknown or damaged values fall back to
//! defaults rather than stopping the app.

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
