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

use super::{open_journal, output_error as io, t};

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
            let passphrase = secret(&t("cli-sync-new-passphrase", &[]), true)?;
            let kdf = KdfParams::new()?;
            let key = JournalKey::from_passphrase(&passphrase, &kdf)?;
            let report = {
                let mut db = open_journal(data_dir)?;
                db.sync_start(folder, &name, &key, Some(kdf.clone()))?
            };
            if !keep_plain {
                protect(data_dir, &key, kdf)?;
                writeln!(out, "{}", t("cli-sync-protected", &[])).map_err(io)?;
            }
            report_out(&report, out)
        }
        Sync::Join { folder, keep_plain } => {
            let typed = secret(&t("cli-sync-existing-passphrase", &[]), false)?;
            let was_plain = !encryption::is_encrypted_journal(data_dir)?;
            let (report, joined) = {
                let mut db = open_journal(data_dir)?;
                db.sync_join(folder, &name, &typed)?
            };
            if was_plain && !keep_plain {
                if let Some(kdf) = joined.kdf {
                    protect(data_dir, &joined.key, kdf)?;
                    writeln!(out, "{}", t("cli-sync-protected-here", &[])).map_err(io)?;
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
            writeln!(out, "{}", t("cli-sync-stopped", &[])).map_err(io)?;
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
        return Err(Error::Invalid(t("cli-sync-passphrase-needed", &[])));
    }
    let read = |p: &str| {
        rpassword::prompt_password(p)
            .map_err(|e| Error::io(t("cli-read-passphrase-failed", &[]), e))
    };
    let first = read(prompt)?;
    if new && read(&t("cli-sync-passphrase-again", &[]))? != first {
        return Err(Error::Invalid(t("cli-sync-passphrases-differ", &[])));
    }
    Ok(first)
}

fn report_out(report: &SyncReport, out: &mut dyn Write) -> Result<u8> {
    let line = t(
        "cli-sync-report",
        &[
            ("sent", report.sent.into()),
            ("received", report.received.into()),
            ("merged", report.merged.into()),
        ],
    );
    writeln!(out, "{line}").map_err(io)?;
    status_out(&report.status, out)?;
    Ok(u8::from(!report.status.problems.is_empty()))
}

fn status_out(status: &SyncStatus, out: &mut dyn Write) -> Result<()> {
    if !status.on {
        writeln!(out, "{}", t("cli-sync-off", &[])).map_err(io)?;
        return Ok(());
    }
    let not_yet = t("cli-sync-not-yet", &[]);
    let or_never = |at: &Option<String>| at.clone().unwrap_or_else(|| not_yet.clone());
    let folder = status.folder.clone().unwrap_or_default();
    let mut lines = vec![t("cli-sync-folder", &[("folder", folder.as_str().into())])];
    if let Some(me) = &status.this_computer {
        lines.push(t(
            "cli-sync-this-computer",
            &[("name", me.name.as_str().into())],
        ));
    }
    let (sent, received) = (or_never(&status.last_sent), or_never(&status.last_received));
    lines.push(t("cli-sync-last-sent", &[("time", sent.as_str().into())]));
    lines.push(t(
        "cli-sync-last-received",
        &[("time", received.as_str().into())],
    ));
    let unnamed = t("cli-sync-unnamed", &[]);
    for c in &status.computers {
        let name = if c.name.is_empty() { &unnamed } else { &c.name };
        let seen = or_never(&c.last_seen);
        let message = if c.stale {
            "cli-sync-computer-stale"
        } else {
            "cli-sync-computer"
        };
        lines.push(t(
            message,
            &[
                ("name", name.as_str().into()),
                ("time", seen.as_str().into()),
            ],
        ));
    }
    if status.conflicts > 0 {
        lines.push(t(
            "cli-sync-conflicts",
            &[("count", status.conflicts.into())],
        ));
    }
    if status.newer_changes > 0 {
        lines.push(t(
            "cli-sync-newer",
            &[("count", status.newer_changes.into())],
        ));
    }
    for p in &status.problems {
        let mut args = vec![
            ("message", p.message.as_str().into()),
            ("advice", p.advice.as_str().into()),
        ];
        let message = match &p.file {
            Some(f) => {
                args.push(("file", f.as_str().into()));
                "cli-sync-problem-with"
            }
            None => "cli-sync-problem",
        };
        lines.push(t(message, &args));
    }
    for line in lines {
        writeln!(out, "{line}").map_err(io)?;
    }
    Ok(())
}
