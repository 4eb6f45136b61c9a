//! Writing files so that a crash or a full disk never leaves half of one.
//!
//! Exports are written to a temporary file beside the target, flushed to
//! disk, then renamed over it: the target is either the old file or the
//! whole new one, never a torn mix.
//!
//! The temporary file is made afresh (never opened through a link someone
//! left in its place) and readable by its owner only: exports and briefs
//! hold the journal's words, and the safety-plan copy its most private
//! ones.

use std::io::Write;
use std::path::Path;

use crate::error::{Error, Result};
use crate::i18n;

pub fn write_atomically(path: &Path, contents: &[u8]) -> Result<()> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or_else(|| Path::new("."));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = dir.join(format!(".{name}.partial"));
    let context = || {
        let shown = path.display().to_string();
        i18n::text(
            "error-storage-not-written",
            &[("path", shown.as_str().into())],
        )
    };
    let result = (|| {
        // A partial file left by a crash (or a link planted in its name) is
        // removed, not followed; `create_new` then refuses anything that
        // appears in between.
        match std::fs::remove_file(&tmp) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(e),
            _ => {}
        }
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        let mut file = options.open(&tmp)?;
        file.write_all(contents)?;
        file.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    if let Err(e) = result {
        // Best effort: a leftover partial file is harmless but untidy.
        let _ = std::fs::remove_file(&tmp);
        return Err(Error::io(context(), e));
    }
    Ok(())
}

/// Makes the data folder `dir` its owner's alone, at every start: the
/// folder and its `backups/` 0700, every file in them 0600. A default
/// install may have made the folder 0755 before Interlude wrote anything
/// into it (older versions let the web view do so), and a file copied in by hand
/// keeps whatever mode it came with. Links are not followed: what they
/// point to is not ours to change. A file that can't be changed is left as
/// it is (it may belong to someone else); the journal still opens.
pub fn make_private(dir: &Path) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        // Only a journal's folder: `--data-dir ~` must not change a home.
        let journal_here = [
            crate::DB_FILE,
            crate::storage::key::KDF_FILE,
            crate::storage::keyfiles::KDF_NEXT,
        ]
        .iter()
        .any(|f| dir.join(f).exists());
        if !journal_here {
            return;
        }
        // Group and other lose every bit; the owner keeps theirs.
        let tighten = |path: &Path, mode: u32| {
            if mode & 0o077 != 0 {
                let _ =
                    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode & 0o7700));
            }
        };
        // The folder itself may be a link (moved to another disk): it is
        // ours, so it is followed; what is inside it is not.
        for folder in [
            dir.to_path_buf(),
            dir.join(crate::storage::backup::BACKUP_DIR),
        ] {
            let Ok(meta) = std::fs::metadata(&folder) else {
                continue;
            };
            if !meta.is_dir() {
                continue;
            }
            tighten(&folder, meta.permissions().mode());
            let Ok(entries) = std::fs::read_dir(&folder) else {
                continue;
            };
            for entry in entries.flatten() {
                // symlink_metadata: a link is a link, never its target.
                let Ok(meta) = std::fs::symlink_metadata(entry.path()) else {
                    continue;
                };
                if meta.is_file() {
                    tighten(&entry.path(), meta.permissions().mode());
                }
            }
        }
    }
    #[cfg(not(unix))]
    let _ = dir;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_whole_file_and_leaves_no_partial() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("export.json");
        std::fs::write(&path, "old").unwrap();
        write_atomically(&path, b"new contents").unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "new contents");
        let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(names.len(), 1);
    }

    #[cfg(unix)]
    #[test]
    fn new_files_are_the_owners_alone_and_links_are_not_followed() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("brief.md");
        // Someone planted a link where the partial file will go.
        let elsewhere = dir.path().join("elsewhere");
        std::fs::write(&elsewhere, "untouched").unwrap();
        std::os::unix::fs::symlink(&elsewhere, dir.path().join(".brief.md.partial")).unwrap();
        write_atomically(&path, b"private words").unwrap();
        let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
        assert_eq!(std::fs::read_to_string(&elsewhere).unwrap(), "untouched");
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "private words");
    }

    #[cfg(unix)]
    #[test]
    fn the_data_folder_is_made_private_and_links_are_left_alone() {
        use std::os::unix::fs::PermissionsExt;
        let mode = |p: &Path| std::fs::symlink_metadata(p).unwrap().permissions().mode() & 0o777;
        let set = |p: &Path, m: u32| {
            std::fs::set_permissions(p, std::fs::Permissions::from_mode(m)).unwrap();
        };
        let place = tempfile::tempdir().unwrap();
        let dir = place.path().join("org.interlude.desktop");
        let backups = dir.join("backups");
        std::fs::create_dir_all(&backups).unwrap();
        set(&dir, 0o755);
        set(&backups, 0o755);
        for file in [
            dir.join("interlude.db"),
            dir.join("settings.json"),
            backups.join("b.db"),
        ] {
            std::fs::write(&file, "x").unwrap();
            set(&file, 0o644);
        }
        let outside = place.path().join("someone-elses");
        std::fs::write(&outside, "x").unwrap();
        set(&outside, 0o644);
        std::os::unix::fs::symlink(&outside, dir.join("link")).unwrap();

        make_private(&dir);
        assert_eq!(mode(&dir), 0o700);
        // A folder with no journal in it (`--data-dir ~`) is left alone.
        let home = place.path().join("home");
        std::fs::create_dir(&home).unwrap();
        set(&home, 0o755);
        std::fs::write(home.join("script.sh"), "x").unwrap();
        set(&home.join("script.sh"), 0o755);
        make_private(&home);
        assert_eq!(mode(&home), 0o755);
        assert_eq!(mode(&home.join("script.sh")), 0o755);
        assert_eq!(mode(&backups), 0o700);
        assert_eq!(mode(&dir.join("interlude.db")), 0o600);
        assert_eq!(mode(&dir.join("settings.json")), 0o600);
        assert_eq!(mode(&backups.join("b.db")), 0o600);
        assert_eq!(mode(&outside), 0o644, "a link's target is not ours");
        // A folder that isn't there is no error.
        make_private(&place.path().join("nothing-here"));
    }

    #[test]
    fn missing_folder_is_a_clear_io_error() {
        let dir = tempfile::tempdir().unwrap();
        let err = write_atomically(&dir.path().join("nope/export.json"), b"x").unwrap_err();
        assert_eq!(err.kind(), "io");
        assert!(err.to_string().contains("Couldn't write"), "{err}");
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn full_disk_is_reported_as_disk_full() {
        // /dev/full answers every write with ENOSPC: a real full disk.
        if !Path::new("/dev/full").exists() {
            return;
        }
        let err = Error::io("x", std::fs::write("/dev/full", b"x").unwrap_err());
        assert_eq!(err.kind(), "diskFull");
    }
}
