//! The person's preferences, mirrored into the journal so they travel when
//! it syncs (core's `preferences`), and back out of it when another
//! computer changed them.
//!
//! The settings file stays what the app reads: it can be read while the
//! journal is locked, and the lock screen's crisis lines depend on the
//! region. A preference saved here is marked *pending* in the file until
//! the open journal has it, so a change made while the journal was sealed
//! is not overwritten by an older one from the journal later. What belongs
//! to this computer alone (theme, window, autostart, lock timing) never
//! goes into the journal.

use serde_json::{Map, Value};
use tauri::{AppHandle, Emitter, Manager, Runtime};
use tauri_plugin_store::{Store, StoreExt};

use interlude_core::schedule::reminders::ReminderSettings;
use interlude_core::Result;

use crate::settings::SETTINGS_FILE;
use crate::state::AppExt;

use interlude_cli::settings_file::{IN_JOURNAL, PENDING};

/// Every preference that travels, with its value in the settings file
/// (`None`: not set here, the default or the computer's guess holds).
fn current<R: Runtime>(store: &Store<R>) -> Vec<(String, Option<Value>)> {
    let reminders = store.get("reminders");
    let defaults = serde_json::to_value(ReminderSettings::default()).unwrap_or_default();
    let mut out: Vec<(String, Option<Value>)> = defaults
        .as_object()
        .map(|o| {
            o.keys()
                .map(|k| {
                    let v = reminders.as_ref().and_then(|r| r.get(k)).cloned();
                    (format!("reminders.{k}"), v)
                })
                .collect()
        })
        .unwrap_or_default();
    out.push(("region".into(), store.get("region")));
    out.push(("pausedUntil".into(), store.get("pausedUntil")));
    out
}

fn pending<R: Runtime>(store: &Store<R>) -> Vec<String> {
    store
        .get(PENDING)
        .and_then(|v| serde_json::from_value(v).ok())
        .unwrap_or_default()
}

fn store<R: Runtime>(app: &AppHandle<R>) -> Option<std::sync::Arc<Store<R>>> {
    app.store(app.interlude().data_dir.join(SETTINGS_FILE)).ok()
}

/// After a preference was saved in the settings file: marks it for the
/// journal and hands it over now if the journal is open. `names` are the
/// top-level store keys saved ("reminders", "region", "pausedUntil").
pub fn saved<R: Runtime>(app: &AppHandle<R>, key: &str) {
    let Some(store) = store(app) else { return };
    let mut names = pending(&store);
    for (name, _) in current(&store) {
        let top = name.split('.').next().unwrap_or_default();
        if top == key && !names.contains(&name) {
            names.push(name);
        }
    }
    store.set(PENDING, serde_json::to_value(&names).unwrap_or_default());
    let _ = store.save();
    if share(app).unwrap_or(false) {
        if let Some(sync) = app.try_state::<crate::sync::SyncLoop>() {
            sync.poke();
        }
    }
}

/// Hands the pending preferences to the open journal (all that are set,
/// the first time). Returns whether the journal changed; does nothing
/// while it is sealed.
pub fn share<R: Runtime>(app: &AppHandle<R>) -> Result<bool> {
    let Some(store) = store(app) else {
        return Ok(false);
    };
    let Ok(mut db) = app.interlude().db_in_background() else {
        return Ok(false);
    };
    let first = !store
        .get(IN_JOURNAL)
        .and_then(|v| v.as_bool())
        .unwrap_or(false);
    let names = pending(&store);
    // The first time, only what was chosen here: a default handed over
    // would count as a choice, and win over the other computers' own.
    let defaults = serde_json::to_value(ReminderSettings::default()).unwrap_or_default();
    let is_default = |name: &str, value: &Value| {
        name.strip_prefix("reminders.")
            .is_some_and(|key| defaults.get(key) == Some(value))
    };
    let mut changed = false;
    for (name, value) in current(&store) {
        let chosen = value.as_ref().is_some_and(|v| !is_default(&name, v));
        let wanted = names.contains(&name) || (first && chosen);
        if wanted {
            changed |= db.set_preference(&name, value.as_ref())?;
        }
    }
    store.set(IN_JOURNAL, true);
    store.delete(PENDING);
    let _ = store.save();
    Ok(changed)
}

/// What changed in the settings file after taking the journal's values.
#[derive(Debug, Default, Clone, Copy)]
pub struct Taken {
    pub reminders: bool,
    pub region: bool,
}

/// Takes the journal's preferences into the settings file (after a merge:
/// another computer may have changed them). Pending ones stay as saved
/// here; a value this version can't use is left out.
pub fn take<R: Runtime>(app: &AppHandle<R>) -> Result<Taken> {
    let Some(store) = store(app) else {
        return Ok(Taken::default());
    };
    let kept = {
        let Ok(db) = app.interlude().db_in_background() else {
            return Ok(Taken::default());
        };
        db.preferences()?
    };
    if !store
        .get(IN_JOURNAL)
        .and_then(|v| v.as_bool())
        .unwrap_or(false)
    {
        // Nothing of this computer's is in the journal yet: `share` first.
        return Ok(Taken::default());
    }
    if kept.is_empty() {
        // A journal with no preferences at all (put back from a backup
        // older than them, say) forgets nothing here: this computer's are
        // handed to it again instead.
        store.set(IN_JOURNAL, false);
        let _ = store.save();
        return Ok(Taken::default());
    }
    let names = pending(&store);
    let mut taken = Taken::default();
    let mut reminders: Map<String, Value> = store
        .get("reminders")
        .and_then(|v| v.as_object().cloned())
        .unwrap_or_default();
    for (name, here) in current(&store) {
        if names.contains(&name) {
            continue;
        }
        let there = kept.get(&name);
        if there == here.as_ref() {
            continue;
        }
        if let Some(key) = name.strip_prefix("reminders.") {
            let Some(value) = there else { continue };
            let mut trial = reminders.clone();
            trial.insert(key.to_owned(), value.clone());
            let usable = serde_json::from_value::<ReminderSettings>(Value::Object(trial.clone()))
                .ok()
                .and_then(|s| s.validated().ok())
                .is_some();
            if usable {
                reminders = trial;
                taken.reminders = true;
            }
            continue;
        }
        match (name.as_str(), there) {
            ("region", Some(Value::String(code)))
                if interlude_core::safety::crisis::checked_region(code).is_ok() =>
            {
                store.set("region", code.clone());
                taken.region = true;
            }
            ("region", None) => {
                store.delete("region");
                taken.region = true;
            }
            ("pausedUntil", Some(Value::String(at)))
                if chrono::DateTime::parse_from_rfc3339(at).is_ok() =>
            {
                store.set("pausedUntil", at.clone());
                taken.reminders = true;
            }
            ("pausedUntil", None) => {
                store.delete("pausedUntil");
                taken.reminders = true;
            }
            _ => {}
        }
    }
    if taken.reminders {
        store.set("reminders", Value::Object(reminders));
    }
    if taken.reminders || taken.region {
        let _ = store.save();
    }
    Ok(taken)
}

/// Takes the journal's preferences and tells whoever follows them.
pub fn take_and_tell<R: Runtime>(app: &AppHandle<R>) {
    let Ok(taken) = take(app) else { return };
    if taken.reminders {
        app.state::<crate::scheduler::Scheduler>().wake();
        let _ = app.emit(crate::events::REMINDERS_CHANGED, ());
    }
    if taken.region {
        let view = crate::commands::crisis::view(app);
        let _ = app.emit(crate::events::REGION_CHANGED, &view);
        let _ = crate::plan_copy::refresh(app);
    }
}
