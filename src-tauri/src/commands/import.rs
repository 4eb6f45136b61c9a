//! Imports from other apps (Daylio, Loop Habit Tracker, jrnl, Day One,
//! FreeCBT): a preview that writes nothing, then the import itself.
//!
//! The window sends the picked file as the request's raw body (a file may
//! be up to 256 MB, and Day One's and Loop's exports are zips), with the
//! source and the file's name in two headers. Tauri hands the body over as
//! it received it, and core reads it in place: no base64 to decode, no
//! second copy. (The window refuses a file past the cap before sending.)

use interlude_core::{i18n, Error, ImportPreview, ImportSummary, Result, Source};
use tauri::ipc::{InvokeBody, Request};
use tauri::{AppHandle, Runtime, State};

use crate::commands::announce;
use crate::state::AppState;

/// The header naming the app the file comes from (`daylio`, `loop`, …).
pub const SOURCE_HEADER: &str = "interlude-source";
/// The header with the picked file's name, percent-encoded (names may be
/// any text; header values are ASCII).
pub const FILE_NAME_HEADER: &str = "interlude-file-name";

/// The file a request carries: where it is from, its name, its bytes.
fn file_of<'a>(request: &'a Request<'_>) -> Result<(Source, String, &'a [u8])> {
    let InvokeBody::Raw(bytes) = request.body() else {
        return Err(Error::invalid(i18n::text(
            "error-desktop-import-not-a-file",
            &[],
        )));
    };
    interlude_core::interchange::transfer::check_import_size(
        bytes.len(),
        &i18n::text("error-import-the-file", &[]),
    )?;
    let header = |name: &str| {
        request
            .headers()
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned)
    };
    let source = header(SOURCE_HEADER)
        .and_then(|s| serde_json::from_value::<Source>(serde_json::Value::String(s)).ok())
        .ok_or_else(|| Error::invalid(i18n::text("error-desktop-import-source", &[])))?;
    // A well-kept decoder for untrusted text (the percent-encoding crate,
    // already in the tree through Tauri's URL handling).
    let file_name = header(FILE_NAME_HEADER)
        .map(|n| {
            percent_encoding::percent_decode_str(&n)
                .decode_utf8_lossy()
                .into_owned()
        })
        .unwrap_or_default();
    Ok((source, file_name, bytes))
}

#[tauri::command]
pub async fn preview_import_from(
    state: State<'_, AppState>,
    request: Request<'_>,
) -> Result<ImportPreview> {
    let (source, file_name, bytes) = file_of(&request)?;
    state.db()?.preview_import(
        source,
        &file_name,
        bytes,
        interlude_cli::system::system_zone(),
    )
}

#[tauri::command]
pub async fn import_from<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    request: Request<'_>,
) -> Result<ImportSummary> {
    let (source, file_name, bytes) = file_of(&request)?;
    let result = state.db()?.import_from(
        source,
        &file_name,
        bytes,
        interlude_cli::system::system_zone(),
    );
    announce(&app, result)
}
