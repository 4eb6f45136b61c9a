//! Preferences (not records), kept with tauri-plugin-store.
//!
//! Journal content never goes here: only how the app looks and behaves.
//! The file sits in the data directory beside the journal, so
//! `--data-dir` moves both together. Unknown or damaged values fall back to
//! defaults rather than stopping the app.

use chrono::{DateTime, Utc};
use interlude_core::i18n::{self, Language, SYSTEM};
use interlude_core::schedule::reminders::ReminderSettings;
use interlude_core::{Error, Result};
use serde::{Deserialize, Serialize};
use tauri::{AppHandle, Manager, Runtime};
use tauri_plugin_store::StoreExt;

use crate::state::AppExt;

pub use interlude_cli::settings_file::SETTINGS_FILE;

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Theme {
    /// Follow the system's light or dark preference.
    #[default]
    System,
    Light,
    Dark,
}

/// What closing the main window does. With a tray icon, "ask" keeps
/// Interlude running (the icon is the way back); with none, the person is
/// asked once and the answer kept here.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum WhenClosed {
    #[default]
    Ask,
    /// Keep running for the reminders; launching again shows the window.
    Background,
    Quit,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Settings {
    #[serde(default)]
    pub theme: Theme,
    #[serde(default)]
    pub when_closed: WhenClosed,
}

fn store_error(err: &tauri_plugin_store::Error) -> Error {
    let detail = err.to_string();
    Error::Desktop(i18n::text(
        "error-desktop-settings",
        &[("detail", detail.as_str().into())],
    ))
}

fn store<R: Runtime>(app: &AppHandle<R>) -> Result<std::sync::Arc<tauri_plugin_store::Store<R>>> {
    app.store(app.interlude().data_dir.join(SETTINGS_FILE))
        .map_err(|e| store_error(&e))
}

/// One preference, or its default when missing or unreadable.
fn read<R: Runtime, T: serde::de::DeserializeOwned + Default>(
    store: &tauri_plugin_store::Store<R>,
    key: &str,
) -> T {
    store
        .get(key)
        .and_then(|v| serde_json::from_value(v).ok())
        .unwrap_or_default()
}

pub fn load<R: Runtime>(app: &AppHandle<R>) -> Result<Settings> {
    let store = store(app)?;
    Ok(Settings {
        theme: read(&store, "theme"),
        when_closed: read(&store, "whenClosed"),
    })
}

impl Theme {
    /// What the desktop is told for the windows' own parts (the date
    /// picker's popup, scroll bars, the title bar) and WebKit for the
    /// page's colours: "System" is the desktop's style once it is known
    /// (`system_theme`), else GTK's default.
    pub fn for_windows(self) -> Option<tauri::Theme> {
        match self {
            Theme::System => crate::system_theme::current(),
            Theme::Light => Some(tauri::Theme::Light),
            Theme::Dark => Some(tauri::Theme::Dark),
        }
    }
}

/// The theme chosen in Settings; the system's when unreadable.
fn chosen_theme<R: Runtime>(app: &AppHandle<R>) -> Theme {
    load(app).map_or(Theme::System, |s| s.theme)
}

/// The windows' theme as saved; the system's when unreadable.
pub fn window_theme<R: Runtime>(app: &AppHandle<R>) -> Option<tauri::Theme> {
    chosen_theme(app).for_windows()
}

/// Every open window follows the theme just chosen: the page repaints
/// itself, but GTK draws a date field's calendar and the scroll bars.
fn apply_theme<R: Runtime>(app: &AppHandle<R>, theme: Theme) {
    for window in app.webview_windows().values() {
        let _ = window.set_theme(theme.for_windows());
    }
}

/// The desktop's style changed: windows set to follow it do.
pub fn follow_system<R: Runtime>(app: &AppHandle<R>) {
    if chosen_theme(app) == Theme::System {
        apply_theme(app, Theme::System);
    }
}

pub fn save<R: Runtime>(app: &AppHandle<R>, settings: Settings) -> Result<Settings> {
    let store = store(app)?;
    store.set(
        "theme",
        serde_json::to_value(settings.theme).unwrap_or_default(),
    );
    store.set(
        "whenClosed",
        serde_json::to_value(settings.when_closed).unwrap_or_default(),
    );
    store.save().map_err(|e| store_error(&e))?;
    apply_theme(app, settings.theme);
    Ok(settings)
}

/// The reminder preferences; defaults for anything missing or unreadable.
pub fn reminders<R: Runtime>(app: &AppHandle<R>) -> Result<ReminderSettings> {
    Ok(read(&*store(app)?, "reminders"))
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
    crate::person_prefs::saved(app, "reminders");
    Ok(settings)
}

/// How the app lock behaves; defaults for anything missing or unreadable.
pub fn lock<R: Runtime>(app: &AppHandle<R>) -> Result<LockSettings> {
    Ok(read(&*store(app)?, "lock"))
}

pub fn save_lock<R: Runtime>(app: &AppHandle<R>, settings: LockSettings) -> Result<LockSettings> {
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
    store.save().map_err(|e| store_error(&e))?;
    crate::person_prefs::saved(app, "pausedUntil");
    Ok(())
}

/// Whether the person chose to keep the journal plain: at the first run
/// ("Not now"), or later, when the app asked about a journal that began
/// plain without being asked (made by an `interlude` command).
pub fn plain_chosen<R: Runtime>(app: &AppHandle<R>) -> bool {
    store(app)
        .ok()
        .and_then(|s| s.get("plainChosen"))
        .and_then(|v| v.as_bool())
        .unwrap_or(false)
}

pub fn set_plain_chosen<R: Runtime>(app: &AppHandle<R>) -> Result<()> {
    let store = store(app)?;
    store.set("plainChosen", true);
    store.save().map_err(|e| store_error(&e))
}

/// The language chosen in Settings: "system" (the default: follow the
/// computer) or a language's tag. Kept on this computer only: a computer
/// can be shared, and its own locale is the better guess on each.
pub fn language_choice<R: Runtime>(app: &AppHandle<R>) -> String {
    store(app)
        .ok()
        .and_then(|s| s.get("language"))
        .and_then(|v| v.as_str().map(str::to_owned))
        .filter(|choice| choice == SYSTEM || Language::matching(choice).is_some())
        .unwrap_or_else(|| SYSTEM.to_owned())
}

/// The computer's locale (shared with the terminal command, so both speak
/// the same language).
pub use interlude_cli::system::locale as system_locale;

/// The language in use: the choice, or the computer's.
pub fn language<R: Runtime>(app: &AppHandle<R>) -> Language {
    Language::resolve(&language_choice(app), system_locale().as_deref())
}

/// Keeps a language choice ("system" or a tag Interlude is translated
/// into); anything else is refused and changes nothing.
pub fn set_language_choice<R: Runtime>(app: &AppHandle<R>, choice: &str) -> Result<Language> {
    let choice = if choice == SYSTEM {
        SYSTEM
    } else {
        Language::matching(choice)
            .filter(|l| l.tag() == choice)
            .map(Language::tag)
            .ok_or_else(|| {
                let asked = choice.chars().take(40).collect::<String>();
                Error::invalid(i18n::text(
                    "error-desktop-unknown-language",
                    &[("language", asked.as_str().into())],
                ))
            })?
    };
    let store = store(app)?;
    store.set("language", choice);
    store.save().map_err(|e| store_error(&e))?;
    Ok(language(app))
}

/// The region the person picked for crisis lines, if they did.
pub fn chosen_region<R: Runtime>(app: &AppHandle<R>) -> Result<Option<String>> {
    let store = store(app)?;
    Ok(store
        .get("region")
        .and_then(|v| v.as_str().map(str::to_owned)))
}

/// Keeps the person's pick (`None`: guess again from the computer).
pub fn set_chosen_region<R: Runtime>(app: &AppHandle<R>, region: Option<&str>) -> Result<()> {
    let store = store(app)?;
    match region {
        Some(code) => store.set("region", code),
        None => {
            store.delete("region");
        }
    }
    store.save().map_err(|e| store_error(&e))?;
    crate::person_prefs::saved(app, "region");
    Ok(())
}

/// The region in force for crisis lines, and where it came from: the
/// person's pick, `INTERLUDE_REGION`, the time zone's country, then the
/// locale's territory — or `None`, and the app asks. A settings file that
/// can't be read still leaves the guesses.
pub fn region<R: Runtime>(
    app: &AppHandle<R>,
) -> Option<(String, interlude_core::safety::crisis::RegionSource)> {
    let chosen = chosen_region(app).ok().flatten();
    let environment = std::env::var("INTERLUDE_REGION").ok();
    let zone = interlude_cli::system::system_zone_name();
    let locale = system_locale();
    interlude_core::safety::crisis::resolve_region(&interlude_core::safety::crisis::RegionHints {
        chosen: chosen.as_deref(),
        environment: environment.as_deref(),
        zone: zone.as_deref(),
        locale: locale.as_deref(),
    })
}

/// Just the region's code, for the safety plan.
pub fn region_code<R: Runtime>(app: &AppHandle<R>) -> Option<String> {
    region(app).map(|(code, _)| code)
}

/// How the lock behaves; preferences, kept in the settings store.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct LockSettings {
    /// Lock the window after this many idle minutes; 0 = never.
    pub auto_lock_minutes: u32,
    /// Whether reminders raised while locked may show plan wording.
    pub notifications_show_text: bool,
    /// Keep a plain copy of the safety plan for the lock screen.
    #[serde(default)]
    pub safety_plan_on_lock_screen: bool,
}

impl Default for LockSettings {
    fn default() -> Self {
        Self {
            auto_lock_minutes: 10,
            notifications_show_text: false,
            safety_plan_on_lock_screen: false,
        }
    }
}

impl LockSettings {
    pub const AUTO_LOCK_CHOICES: [u32; 6] = [0, 5, 10, 15, 30, 60];

    pub fn validated(self) -> Result<Self> {
        if Self::AUTO_LOCK_CHOICES.contains(&self.auto_lock_minutes) {
            Ok(self)
        } else {
            Err(Error::invalid(i18n::text("error-desktop-auto-lock", &[])))
        }
    }
}
