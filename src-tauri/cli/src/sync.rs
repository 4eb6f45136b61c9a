//! `interlude sync start|join|status|now|stop`: sync across one's own
//! computers through a folder another program carries, from a terminal.
//! Two data folders sharing one plain folder (a USB stick, in effect) sync
//! through these alone; the desktop app does the same on its own.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use clap::Subcommand;
use interlude_core::storage::key::{JournalKey, KdfParams, KeySettings};
use interlude_core::storage::{encryption, keyfiles};
use interlude_core::sync::{SyncReport, SyncStatus};
use interlude_core::{Error, Result, SystemClock};

use super::open_journal;

#[derive(Debug, Subcommand)]
pub enum Sync {
    /// Start syncing this journal through FOLDER (a Syncthing, Nextcloud,
    /// iCloud Drive or Dropbox folder, or a USB stick).
    Start {
        folder: PathBuf,
        /// A journal kept without a passphrase: leave it so (sync still
        /// asks for a passphrase of its own).
        #[arg(long)]
        keep_plain: bool,
    },
    /// Join the journal in FOLDER with its passphrase or recovery key
    /// (typed at the terminal, or from INTERLUDE_PASSPHRASE).
    Join {
        folder: PathBuf,
        /// Leave this computer's journal without a passphrase.
        #[arg(long)]
        keep_plain: bool,
    },
    /// How sync stands: the folder, the other computers, any problem.
    Status {
        /// Print it as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Send what changed here and merge what arrived, then exit.
    Now,
    /// Stop syncing on this computer (the folder and the other computers
    /// are left as they are).
    Stop,
}

fn io(e: std::io::Error) -> Error {
    Error::io("Couldn't write the output", e)
}

pub fn run(command: &Sync, data_dir: &Path, out: &mut dyn Write) -> Result<u8> {
    let name = crate::system::device_name();
    match command {
        Sync::Start { folder, keep_plain } => {
            if encryption::is_encrypted_journal(data_dir)? {
                let mut db = open_journal(data_dir)?;
                let report = db.sync_start_here(folder, &name, None)?;
                return report_out(&report, out);
            }
            // A plain journal: sync has a passphrase of its own, and the
            // journal here is protected with the same one unless asked not.
            let passphrase = secret(
                "A passphrase for sync (you'll type it on your other computer): ",
                true,
            )?;
            let kdf = KdfParams::new()?;
            let key = JournalKey::from_passphrase(&passphrase, &kdf)?;
            let report = {
                let mut db = open_journal(data_dir)?;
                db.sync_start(folder, &name, &key, Some(kdf.clone()))?
            };
            if !keep_plain {
                protect(data_dir, &key, kdf)?;
                writeln!(
                    out,
                    "This journal is now protected with the same passphrase."
                )
                .map_err(io)?;
            }
            report_out(&report, out)
        }
        Sync::Join { folder, keep_plain } => {
            let typed = secret("The journal's passphrase or recovery key: ", false)?;
            let was_plain = !encryption::is_encrypted_journal(data_dir)?;
            let (report, joined) = {
                let mut db = open_journal(data_dir)?;
                db.sync_join(folder, &name, &typed)?
            };
            if was_plain && !keep_plain {
                if let Some(kdf) = joined.kdf {
                    protect(data_dir, &joined.key, kdf)?;
                    writeln!(
                        out,
                        "This computer's journal is now protected with the same passphrase."
                    )
                    .map_err(io)?;
                }
            }
            report_out(&report, out)
        }
        Sync::Status { json } => {
            let status = open_journal(data_dir)?.sync_status()?;
            if *json {
                let text = serde_json::to_string_pretty(&status)
                    .map_err(|e| Error::Storage(e.to_string()))?;
                writeln!(out, "{text}").map_err(io)?;
            } else {
                status_out(&status, out)?;
            }
            Ok(u8::from(!status.problems.is_empty()))
        }
        Sync::Now => {
            let report = open_journal(data_dir)?.sync_now()?;
            report_out(&report, out)
        }
        Sync::Stop => {
            open_journal(data_dir)?.sync_stop()?;
            writeln!(out, "This computer no longer syncs. The folder and your other computers are as they were.")
                .map_err(io)?;
            Ok(0)
        }
    }
}

/// Protects the plain journal in `data_dir` with `key`, kept by the
/// passphrase settings `kdf` (the same passphrase as sync's).
fn protect(data_dir: &Path, key: &JournalKey, kdf: KdfParams) -> Result<()> {
    keyfiles::change_key(
        data_dir,
        None,
        &KeySettings::Passphrase(kdf),
        key,
        Arc::new(SystemClock),
        &mut |_| Ok(()),
    )?;
    Ok(())
}

/// A passphrase or recovery key: `INTERLUDE_PASSPHRASE`, or typed twice
/// (a new one) or once (one that exists) without echo.
fn secret(prompt: &str, new: bool) -> Result<String> {
    if let Ok(p) = std::env::var("INTERLUDE_PASSPHRASE") {
        return Ok(p);
    }
    if !std::io::stdin().is_terminal() {
        return Err(Error::Invalid(
            "Sync needs a passphrase: run the command in a terminal to type it, or set INTERLUDE_PASSPHRASE.".into(),
        ));
    }
    let read = |p: &str| {
        rpassword::prompt_password(p).map_err(|e| Error::io("Couldn't read the passphrase", e))
    };
    let first = read(prompt)?;
    if new && read("The same again: ")? != first {
        return Err(Error::Invalid(
            "The two passphrases differ. Nothing was changed; please try again.".into(),
        ));
    }
    Ok(first)
}

fn report_out(report: &SyncReport, out: &mut dyn Write) -> Result<u8> {
    writeln!(
        out,
        "Sent {} change{}, received {}, merged {} record{}.",
        report.sent,
        if report.sent == 1 { "" } else { "s" },
        report.received,
        report.merged,
        if report.merged == 1 { "" } else { "s" }
    )
    .map_err(io)?;
    status_out(&report.status, out)?;
    Ok(u8::from(!report.status.problems.is_empty()))
}

fn status_out(status: &SyncStatus, out: &mut dyn Write) -> Result<()> {
    if !status.on {
        writeln!(
            out,
            "This journal doesn't sync. Start with: interlude sync start FOLDER"
        )
        .map_err(io)?;
        return Ok(());
    }
    let or_never = |t: &Option<String>| t.clone().unwrap_or_else(|| "not yet".into());
    writeln!(out, "Folder: {}", status.folder.clone().unwrap_or_default()).map_err(io)?;
    if let Some(me) = &status.this_computer {
        writeln!(out, "This computer: {}", me.name).map_err(io)?;
    }
    writeln!(out, "Last sent: {}", or_never(&status.last_sent)).map_err(io)?;
    writeln!(out, "Last received: {}", or_never(&status.last_received)).map_err(io)?;
    for c in &status.computers {
        let name = if c.name.is_empty() {
            "A computer not yet named"
        } else {
            &c.name
        };
        let stale = if c.stale {
            " (not seen for months: tidying no longer waits for it)"
        } else {
            ""
        };
        writeln!(
            out,
            "Computer: {name}, last seen {}{stale}",
            or_never(&c.last_seen)
        )
        .map_err(io)?;
    }
    if status.conflicts > 0 {
        writeln!(
            out,
            "{} entr{} edited on two computers: open Interlude to choose which words to keep.",
            status.conflicts,
            if status.conflicts == 1 {
                "y was"
            } else {
                "ies were"
            }
        )
        .map_err(io)?;
    }
    if status.newer_changes > 0 {
        writeln!(
            out,
            "Update Interlude on this computer to see {} newer change{}.",
            status.newer_changes,
            if status.newer_changes == 1 { "" } else { "s" }
        )
        .map_err(io)?;
    }
    for p in &status.problems {
        match &p.file {
            Some(f) => writeln!(out, "Problem with {f}: {} {}", p.message, p.advice),
            None => writeln!(out, "Problem: {} {}", p.message, p.advice),
        }
        .map_err(io)?;
    }
    Ok(())
}
