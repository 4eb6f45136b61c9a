//! "Export my journal" from the app: a JSON file in the Downloads folder.
//!
//! The app has no file dialog (no extra plugin, fewer permissions), so it
//! writes to the place people look for downloaded files and says where.

use std::path::{Path, PathBuf};

use interlude_core::storage::files::write_atomically;
use interlude_core::{Db, Result};

/// Where an export went and what it holds.
#[derive(Debug)]
pub struct Exported {
    pub path: PathBuf,
    pub entries: usize,
    pub private_left_out: u32,
}

/// Writes an export into the person's downloads folder. Entries marked
/// private are left out unless `include_private`.
pub fn to_downloads(db: &Db, data_dir: &Path, include_private: bool) -> Result<Exported> {
    let export = db.export(include_private)?;
    let entries = export.entry_count();
    let stem = format!("interlude-export-{}", db.now().format("%Y-%m-%d-%H%M"));
    let path = to_downloads_file(data_dir, &stem, "json", export.to_json()?.as_bytes())?;
    Ok(Exported {
        path,
        entries,
        private_left_out: export.private_left_out,
    })
}

/// Writes `contents` as `<stem>.<ext>` into the downloads folder, never
/// replacing an earlier file.
pub fn to_downloads_file(
    data_dir: &Path,
    stem: &str,
    ext: &str,
    contents: &[u8],
) -> Result<PathBuf> {
    // XDG's configured Downloads folder; many systems have ~/Downloads
    // without configuring it, so that is next; then home; then our own.
    let home = dirs::home_dir();
    let folder = dirs::download_dir()
        .into_iter()
        .chain(home.iter().map(|h| h.join("Downloads")))
        .chain(home.clone())
        .find(|d| d.is_dir())
        .unwrap_or_else(|| data_dir.to_path_buf());
    let path = free_name(&folder, stem, ext);
    write_atomically(&path, contents)?;
    Ok(path)
}

/// `stem.ext`, or `stem-2.ext`, … so an earlier export is never replaced.
fn free_name(folder: &Path, stem: &str, ext: &str) -> PathBuf {
    let first = folder.join(format!("{stem}.{ext}"));
    if !first.exists() {
        return first;
    }
    (2..10_000)
        .map(|n| folder.join(format!("{stem}-{n}.{ext}")))
        .find(|p| !p.exists())
        .unwrap_or(first)
}
