//! The lock screen's copy of the safety plan: kept only while the person
//! has chosen "Show my safety plan on the lock screen", so that in a hard
//! moment their own plan is one click away without the passphrase. It is
//! the one part of the journal stored without encryption (README's privacy
//! table says so), written 0600 beside the journal.

use interlude_core::safety;
use interlude_core::Result;
use tauri::{AppHandle, Runtime};

use crate::settings;
use crate::state::AppExt;

/// Writes the copy from the open journal when the setting is on, removes it
/// when off. A locked journal leaves the copy as it is.
pub fn refresh<R: Runtime>(app: &AppHandle<R>) -> Result<()> {
    let state = app.interlude();
    if !settings::lock(app)?.safety_plan_on_lock_screen {
        return safety::plan::remove_lock_screen_copy(&state.data_dir);
    }
    let region = settings::region_code(app);
    // The app's own work, so it goes on while the window is locked: a plan
    // merged from another computer then reaches the lock screen too.
    let plan = state.db_in_background()?.safety_plan(region.as_deref())?;
    safety::plan::write_lock_screen_copy(&state.data_dir, plan)
}
