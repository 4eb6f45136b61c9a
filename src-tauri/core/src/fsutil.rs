//! Writing files so that a crash or a full disk never leaves half of one.
//!
//! Exports are written to a temporary file beside the target, flushed to
//! disk, then renamed over it: the target is either the old file or the
//! whole new one, never a torn mix.

use std::io::Write;
use std::path::Path;

use crate::error::{Error, Result};

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
    let context = || format!("Couldn't write {}", path.display());
    let result = (|| {
        let mut file = std::fs::File::create(&tmp)?;
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
