//! `interlude backup list|create|restore`: the same backups the app makes
//! (see `interlude_core::backup`), from a terminal.

use std::io::Write;
use std::path::Path;

use clap::Subcommand;
use interlude_core::storage::backup::{self, Reason};
use interlude_core::{Error, Result};

use super::open_existing;

#[derive(Debug, Subcommand)]
pub enum Backup {
    /// The backups kept, newest first: name, time (UTC), why, size.
    List {
        /// Print them as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Make a backup now; it is checked before it counts.
    Create,
    /// Put a backup back: what is there now is backed up first, and a
    /// journal that can't be opened is set aside (never deleted).
    Restore {
        /// The backup's name, as `backup list` shows it.
        name: String,
    },
}

use super::{output_error as io, t};

pub fn run(command: &Backup, data_dir: &Path, out: &mut dyn Write) -> Result<u8> {
    match command {
        Backup::List { json } => {
            let backups = backup::list(data_dir)?;
            if *json {
                let text = serde_json::to_string_pretty(&backups)
                    .map_err(|e| Error::Storage(e.to_string()))?;
                writeln!(out, "{text}").map_err(io)?;
            } else if backups.is_empty() {
                writeln!(out, "{}", t("cli-backup-none", &[])).map_err(io)?;
            } else {
                for b in backups {
                    writeln!(
                        out,
                        "{}\t{}\t{}\t{:.1} MB",
                        b.name,
                        b.made_at.format("%Y-%m-%d %H:%M"),
                        serde_json::to_value(b.reason)
                            .ok()
                            .and_then(|v| v.as_str().map(str::to_owned))
                            .unwrap_or_default(),
                        f64::from(u32::try_from(b.bytes).unwrap_or(u32::MAX)) / 1_048_576.0
                    )
                    .map_err(io)?;
                }
            }
            Ok(0)
        }
        Backup::Create => {
            let made = open_existing(data_dir)?.backup(Reason::Manual)?;
            let line = t("cli-backup-made", &[("name", made.name.as_str().into())]);
            writeln!(out, "{line}").map_err(io)?;
            Ok(0)
        }
        Backup::Restore { name } => match open_existing(data_dir) {
            Ok(mut db) => {
                let before = db.restore_backup(name)?;
                let line = t(
                    "cli-backup-restored",
                    &[
                        ("name", name.as_str().into()),
                        ("before", before.name.as_str().into()),
                    ],
                );
                writeln!(out, "{line}").map_err(io)?;
                Ok(0)
            }
            Err(Error::Corrupt(_)) => {
                let kept = backup::recover_from_backup(data_dir, name, None, super::now())?;
                let kept = kept.display().to_string();
                let line = t(
                    "cli-backup-recovered",
                    &[
                        ("name", name.as_str().into()),
                        ("kept", kept.as_str().into()),
                    ],
                );
                writeln!(out, "{line}").map_err(io)?;
                Ok(0)
            }
            Err(e) => Err(e),
        },
    }
}
