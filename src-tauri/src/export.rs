//! "Export my journal" from the app: a JSON file in the Downloads folder.
//!
//! The app has no file dialog (no extra plugin, fewer permissions), so it
//! writes to the place people look for downloaded files and says where.

use std::path::{Path, PathBuf};

use interlude_core::fsutil::write_atomically;
use interlude_core::{Db, Result};

/// Writes a full export into the person's downloads folder and returns the
/// file and how many reflections it holds.
pub fn to_downloads(db: &Db, data_dir: &Path) -> Result<(PathBuf, usize)> {
    // XDG's configured Downloads folder; many systems have ~/Downloads
    // without configuring it, so that is next; then home; then our own.
    let home = dirs::home_dir();
    let folder = dirs::download_dir()
        .into_iter()
        .chain(home.iter().map(|h| h.join("Downloads")))
        .chain(home.clone())
        .find(|d| d.is_dir())
        .unwrap_or_else(|| data_dir.to_path_buf());
    let stamp = db.now().format("%Y-%m-%d-%H%M");
    let path = free_name(&folder, &format!("interlude-export-{stamp}"));
    let export = db.export()?;
    let count = export.reflections.len();
    write_atomically(&path, export.to_json()?.as_bytes())?;
    Ok((path, count))
}

/// `stem.json`, or `stem-2.json`, … so an earlier export is never replaced.
fn free_name(folder: &Path, stem: &str) -> PathBuf {
    let first = folder.join(format!("{stem}.json"));
    if !first.exists() {
        return first;
    }
    (2..10_000)
        .map(|n| folder.join(format!("{stem}-{n}.json")))
        .find(|p| !p.exists())
        .unwrap_or(first)
}
