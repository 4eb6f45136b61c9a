//! The journal's upkeep, on the reminder thread so none of it is on the
//! start-up path: a full integrity check once after start, and the daily
//! backup. A damaged journal is reported to the window (and gets no new
//! backups, which would only push good ones out).

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, PoisonError};

use tauri::{AppHandle, Emitter, Manager, Runtime};

use crate::state::AppExt;

#[derive(Debug, Default)]
pub struct Housekeeping {
    checked: AtomicBool,
    damage: Mutex<Option<String>>,
}

impl Housekeeping {
    /// What the integrity check found, if anything.
    pub fn damage(&self) -> Option<String> {
        self.damage
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    /// After a restore: the journal is a checked backup now.
    pub fn clear(&self) {
        *self.damage.lock().unwrap_or_else(PoisonError::into_inner) = None;
    }
}

/// Called on every wake of the reminder thread (at least every ten minutes
/// on Linux, every minute elsewhere).
pub fn tick<R: Runtime>(app: &AppHandle<R>) {
    let house = app.state::<Housekeeping>();
    let Ok(db) = app.interlude().db_in_background() else {
        return;
    };
    if !house.checked.swap(true, Ordering::SeqCst) {
        match db.doctor() {
            Ok(report) if !report.is_healthy() => {
                let found = report.problems.join("; ");
                eprintln!("interlude: the journal failed its check: {found}");
                *house.damage.lock().unwrap_or_else(PoisonError::into_inner) = Some(found.clone());
                let _ = app.emit(crate::events::JOURNAL_DAMAGED, found);
            }
            Ok(_) => {}
            Err(e) => eprintln!("interlude: the journal couldn't be checked: {e}"),
        }
    }
    if house.damage().is_none() {
        if let Err(e) = db.backup_if_due() {
            eprintln!("interlude: the daily backup couldn't be made: {e}");
        }
    }
}
