//! The `interlude` command: `interlude note | search | brief | export |
//! import | doctor | reminders | backup | sync`.
//!
//! This crate links the core and never Tauri, GTK or WebKit, so a terminal
//! command starts in milliseconds (the dynamic loader no longer maps ~170
//! GUI libraries), and runs over SSH, in cron jobs, in CI, and on a machine
//! with no desktop at all. With no subcommand, `main` hands over to the
//! desktop binary ([`desktop`]). The desktop app uses this crate too: the
//! same [`Cli`] parses its arguments, and its keychain, time zone and
//! settings-file readers live here so both sides agree.
//!
//! Output goes to the writers passed in, so tests can read it; exit codes
//! are 0 for success and 1 for any failure (including an unhealthy journal
//! in `doctor`), with a plain message on stderr.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use clap::{Parser, Subcommand, ValueEnum};
use interlude_core::i18n::{self, Arg};
use interlude_core::storage::files::write_atomically;
use interlude_core::{Db, Error, Result, SystemClock, DB_FILE};

use interlude_core::therapy::brief::BriefFormat;

mod backup;
pub mod desktop;
pub mod help;
pub mod homework;
mod import;
mod journal;
pub mod keychain;
pub mod settings_file;
mod sync;
pub mod system;

/// The app's identifier (as in `tauri.conf.json`); names the data folder.
pub const IDENTIFIER: &str = "org.interlude.desktop";

#[derive(Debug, Parser)]
#[command(
    name = "interlude",
    version,
    about = "A private companion for the week between two therapy sessions.",
    long_about = "A private companion for the week between two therapy sessions.\n\n\
                  With no command, starts the desktop app. Everything stays on your own computers."
)]
pub struct Cli {
    /// Where the journal lives (default: the system's data folder for Interlude).
    #[arg(long, global = true, value_name = "DIR", env = "INTERLUDE_DATA_DIR")]
    pub data_dir: Option<PathBuf>,

    /// Start quietly in the tray, without opening a window (used when
    /// Interlude starts at login).
    #[arg(long)]
    pub minimized: bool,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Save a note in the journal: `interlude note "Slept well" --mood 7`.
    Note {
        /// The note's words (several arguments are joined with spaces).
        #[arg(required = true, value_name = "TEXT")]
        text: Vec<String>,
        /// How you feel, 1 (low) to 10 (good).
        #[arg(long, value_name = "N")]
        mood: Option<u8>,
        /// A tag; repeat for more than one.
        #[arg(long = "tag", value_name = "T")]
        tags: Vec<String>,
        /// Mark the note private: never in a brief or export unless included.
        #[arg(long)]
        private: bool,
    },
    /// Search everything in the journal, best match first.
    Search {
        /// Words to find; "quoted words" match as a phrase, and the last word
        /// also matches as the start of a word.
        #[arg(required = true, value_name = "QUERY")]
        query: Vec<String>,
        /// How many matches to print at most.
        #[arg(long, default_value_t = 20, value_name = "N")]
        limit: u32,
        /// Print the matches as JSON.
        #[arg(long)]
        json: bool,
    },
    /// The session brief for your therapist: since your last session, or any dates.
    Brief {
        /// First day (YYYY-MM-DD); default: the day of your last session.
        #[arg(long, value_name = "DATE")]
        since: Option<String>,
        /// Last day (YYYY-MM-DD); default: today.
        #[arg(long, value_name = "DATE")]
        until: Option<String>,
        /// md (Markdown), html (a web page to print) or pdf.
        #[arg(long, value_enum, default_value_t = BriefFormatArg::Md)]
        format: BriefFormatArg,
        /// Write to FILE instead of printing (needed for pdf on a terminal).
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
        /// Include entries marked private (left out by default).
        #[arg(long)]
        include_private: bool,
    },
    /// Write everything in the journal to a file (or the terminal).
    Export {
        /// json (the whole journal) or fhir (completed PHQ-9 and GAD-7 as FHIR R4)
        #[arg(long, value_enum, default_value_t = Format::Json)]
        format: Format,
        /// Write to FILE instead of printing.
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
        /// Include entries marked private (left out by default).
        #[arg(long)]
        include_private: bool,
    },
    /// Add the records from an export file, Interlude's or another app's;
    /// all or nothing.
    Import {
        /// The export file.
        file: PathBuf,
        /// Which app made it.
        #[arg(long, value_enum, default_value_t = import::ImportFrom::Interlude)]
        from: import::ImportFrom,
        /// Show what would come in, and write nothing.
        #[arg(long)]
        dry_run: bool,
    },
    /// Check the journal's health; exits non-zero on a problem.
    Doctor {
        /// Print the report as JSON.
        #[arg(long)]
        json: bool,
    },
    /// What reminders are coming, or what a recurrence rule gives.
    #[command(subcommand)]
    Reminders(Reminders),
    /// The journal's backups: list them, make one, restore one.
    #[command(subcommand)]
    Backup(backup::Backup),
    /// Sync across your computers through a folder Syncthing, Nextcloud,
    /// iCloud Drive, Dropbox or a USB stick carries.
    #[command(subcommand)]
    Sync(sync::Sync),
    /// For therapists: write a homework file for a client, or check one.
    #[command(subcommand)]
    Homework(homework::Homework),
}

#[derive(Debug, Subcommand)]
pub enum Reminders {
    /// The next reminders of everything scheduled, one per line.
    Next {
        /// How many.
        #[arg(long, default_value_t = 5)]
        count: usize,
        /// Start looking from this moment (RFC 3339, e.g. 2027-03-13T12:00:00Z); default now.
        #[arg(long, value_name = "ISO-8601")]
        from: Option<String>,
        /// Time zone to read the schedule in (default: the system's).
        #[arg(long, value_name = "IANA-ZONE")]
        tz: Option<String>,
    },
    /// The first instants of one RRULE, without storing anything.
    Preview {
        /// The rule, e.g. FREQ=WEEKLY;BYDAY=TU.
        #[arg(long)]
        rule: String,
        /// The first local date and time, e.g. 2027-03-13T02:30.
        #[arg(long, value_name = "LOCAL-DATE-TIME")]
        start: String,
        /// The IANA time zone, e.g. `America/New_York`.
        #[arg(long, value_name = "IANA-ZONE")]
        tz: String,
        /// How many.
        #[arg(long, default_value_t = 5)]
        count: usize,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Json,
    // Completed questionnaires as FHIR R4 QuestionnaireResponses, for a
    // clinic's record system. (No doc comment: clap would show it in
    // --help untranslated; the option's own help names both.)
    Fhir,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum BriefFormatArg {
    Md,
    Html,
    Pdf,
}

impl From<BriefFormatArg> for BriefFormat {
    fn from(f: BriefFormatArg) -> Self {
        match f {
            BriefFormatArg::Md => BriefFormat::Md,
            BriefFormatArg::Html => BriefFormat::Html,
            BriefFormatArg::Pdf => BriefFormat::Pdf,
        }
    }
}

impl Cli {
    /// The data folder: `--data-dir`, then `INTERLUDE_DATA_DIR`, then the
    /// platform's data folder (XDG on Linux).
    pub fn data_dir(&self) -> PathBuf {
        self.data_dir.clone().unwrap_or_else(default_data_dir)
    }
}

pub fn default_data_dir() -> PathBuf {
    dirs::data_dir()
        .or_else(|| dirs::home_dir().map(|h| h.join(".local/share")))
        .unwrap_or_else(|| PathBuf::from("."))
        .join(IDENTIFIER)
}

/// Before anything is written: whatever this process makes — the
/// journal, its settings, an export, a backup, WebKit's files in the app —
/// is readable by its owner only. Both binaries call it first.
pub fn keep_new_files_private() {
    #[cfg(unix)]
    rustix::process::umask(rustix::fs::Mode::from_bits_truncate(0o077));
}

/// Runs one command at the terminal (stdout and stderr), as either binary
/// does when given one, in the language [`help::parse`] set when it read
/// the command line.
pub fn run_in_terminal(command: &Command, data_dir: &Path) -> std::process::ExitCode {
    std::process::ExitCode::from(run(
        command,
        data_dir,
        &mut std::io::stdout().lock(),
        &mut std::io::stderr().lock(),
    ))
}

/// Runs one headless command and returns the process exit code.
pub fn run(command: &Command, data_dir: &Path, out: &mut dyn Write, err: &mut dyn Write) -> u8 {
    match execute(command, data_dir, out) {
        Ok(code) => code,
        Err(e) => {
            let _ = writeln!(err, "interlude: {e}");
            1
        }
    }
}

/// A message in the language this process speaks (see `i18n`).
pub(crate) fn t(id: &str, args: &[(&str, Arg<'_>)]) -> String {
    i18n::text(id, args)
}

/// The error for output that couldn't be written (a closed pipe, a full
/// disk).
pub(crate) fn output_error(e: std::io::Error) -> Error {
    Error::io(t("cli-write-failed", &[]), e)
}

fn execute(command: &Command, data_dir: &Path, out: &mut dyn Write) -> Result<u8> {
    let io = output_error;
    match command {
        Command::Note {
            text,
            mood,
            tags,
            private,
        } => journal::note(data_dir, text, *mood, tags, *private, out),
        Command::Search { query, limit, json } => {
            journal::search(data_dir, query, *limit, *json, out)
        }
        Command::Brief {
            since,
            until,
            format,
            out: file,
            include_private,
        } => journal::brief(
            data_dir,
            since.as_deref(),
            until.as_deref(),
            BriefFormat::from(*format),
            file.as_deref(),
            *include_private,
            out,
        ),
        Command::Export {
            format,
            out: file,
            include_private,
        } => {
            let db = open_existing(data_dir)?;
            let text = match format {
                Format::Json => db.export_json(*include_private)?,
                Format::Fhir => db.measures_fhir()?,
            };
            match file {
                Some(path) => write_atomically(path, text.as_bytes())?,
                None => out.write_all(text.as_bytes()).map_err(io)?,
            }
            Ok(0)
        }
        Command::Import {
            file,
            from,
            dry_run,
        } => import::run(*from, file, *dry_run, data_dir, out),
        Command::Reminders(r) => reminders(r, data_dir, out),
        Command::Backup(b) => backup::run(b, data_dir, out),
        Command::Sync(s) => sync::run(s, data_dir, out),
        Command::Homework(h) => homework::run(h, out),
        Command::Doctor { json } => {
            let report = open_existing(data_dir)?.doctor()?;
            if *json {
                let text = serde_json::to_string_pretty(&report)
                    .map_err(|e| Error::Storage(e.to_string()))?;
                writeln!(out, "{text}").map_err(io)?;
            } else {
                doctor_out(&report, out)?;
            }
            Ok(u8::from(!report.is_healthy()))
        }
    }
}

/// `interlude doctor`'s report for a person: one labelled line each.
fn doctor_out(report: &interlude_core::DoctorReport, out: &mut dyn Write) -> Result<()> {
    let io = output_error;
    let path = report.path.as_deref().unwrap_or("?");
    writeln!(out, "{}{path}", t("cli-doctor-journal", &[])).map_err(io)?;
    let schema = t(
        "cli-doctor-schema",
        &[
            ("found", report.schema_version.into()),
            ("supported", report.supported_schema_version.into()),
        ],
    );
    writeln!(out, "{schema}").map_err(io)?;
    for (label, n) in [
        ("cli-doctor-reflections", report.reflections),
        ("cli-doctor-entries", report.entries),
        ("cli-doctor-drafts", report.drafts),
    ] {
        writeln!(out, "{}{n}", t(label, &[])).map_err(io)?;
    }
    if report.is_healthy() {
        writeln!(out, "{}", t("cli-doctor-healthy", &[])).map_err(io)?;
    }
    for problem in &report.problems {
        writeln!(out, "{}{problem}", t("cli-doctor-problem", &[])).map_err(io)?;
    }
    Ok(())
}

fn reminders(command: &Reminders, data_dir: &Path, out: &mut dyn Write) -> Result<u8> {
    use interlude_core::schedule::recurrence::{occurrences, parse_zone};
    let io = output_error;
    match command {
        Reminders::Preview {
            rule,
            start,
            tz,
            count,
        } => {
            let zone = parse_zone(tz)?;
            let start = chrono::NaiveDateTime::parse_from_str(start.trim(), "%Y-%m-%dT%H:%M")
                .or_else(|_| {
                    chrono::NaiveDateTime::parse_from_str(start.trim(), "%Y-%m-%dT%H:%M:%S")
                })
                .map_err(|_| {
                    Error::invalid(t("cli-bad-local-time", &[("text", start.as_str().into())]))
                })?;
            for t in occurrences(rule, start, zone, None, (*count).min(10_000))? {
                writeln!(out, "{}", t.to_rfc3339()).map_err(io)?;
            }
            Ok(0)
        }
        Reminders::Next { count, from, tz } => {
            let zone = match tz {
                Some(tz) => parse_zone(tz)?,
                None => crate::system::system_zone(),
            };
            let from = match from {
                Some(text) => chrono::DateTime::parse_from_rfc3339(text.trim())
                    .map_err(|_| {
                        Error::invalid(t("cli-bad-moment", &[("text", text.as_str().into())]))
                    })?
                    .with_timezone(&chrono::Utc),
                None => now(),
            };
            let db = open_existing(data_dir)?;
            let (settings, paused) = crate::settings_file::reminders_for_cli(data_dir, &db);
            for due in db.next_reminders(&settings, zone, paused, from, (*count).min(1_000))? {
                writeln!(
                    out,
                    "{}  {:<10}  {}",
                    due.at.with_timezone(&zone).to_rfc3339(),
                    format!("{:?}", due.kind),
                    due.title
                )
                .map_err(io)?;
            }
            Ok(0)
        }
    }
}

/// Opens a journal that must already exist: exporting or checking a folder
/// with no journal should say so, not quietly create an empty one.
pub(crate) fn open_existing(data_dir: &Path) -> Result<Db> {
    let path = data_dir.join(DB_FILE);
    if !path.is_file() {
        let shown = data_dir.display().to_string();
        return Err(Error::NotFound(t(
            "cli-no-journal",
            &[("path", shown.as_str().into())],
        )));
    }
    open_journal(data_dir)
}

/// Opens (or creates) the journal in `data_dir`. An encrypted one opens
/// with the key the login's keychain keeps, or with its passphrase: from
/// `INTERLUDE_PASSPHRASE` if set (for scripts), otherwise typed at the
/// terminal without echo.
pub(crate) fn open_journal(data_dir: &Path) -> Result<Db> {
    use interlude_core::storage::key::{JournalKey, KeySettings};
    use interlude_core::{storage::encryption, storage::keyfiles};
    interlude_core::storage::files::make_private(data_dir);
    encryption::recover_interrupted_change(data_dir)?;
    keyfiles::settle(data_dir);
    if !encryption::is_encrypted_journal(data_dir)? {
        return Db::open_in_dir(data_dir, Arc::new(SystemClock));
    }
    // The same path the app takes: the settings in use, then a change's
    // new ones (a change stopped after its swap), which it then finishes.
    // The passphrase is asked once, whichever settings it is tried with.
    let mut typed: Option<String> = None;
    let (db, _) =
        keyfiles::open_encrypted(data_dir, Arc::new(SystemClock), |settings| match settings {
            KeySettings::Login(entry) => {
                crate::keychain::Keychain::get(&crate::keychain::OsKeychain, &entry.account)
                    .map(Some)
            }
            KeySettings::Passphrase(params) => {
                if typed.is_none() {
                    typed = Some(passphrase()?);
                }
                JournalKey::from_passphrase(typed.as_deref().unwrap_or_default(), params).map(Some)
            }
        })?;
    Ok(db)
}

fn passphrase() -> Result<String> {
    match std::env::var("INTERLUDE_PASSPHRASE") {
        Ok(p) => Ok(p),
        Err(_) if std::io::stdin().is_terminal() => {
            rpassword::prompt_password(t("cli-passphrase-prompt", &[]))
                .map_err(|e| Error::io(t("cli-read-passphrase-failed", &[]), e))
        }
        Err(_) => Err(Error::Invalid(t("cli-passphrase-needed", &[]))),
    }
}

/// "Now" for a terminal command: the system's clock, through core's one
/// `Clock` like everything else.
fn now() -> chrono::DateTime<chrono::Utc> {
    use interlude_core::Clock;
    SystemClock.now().with_timezone(&chrono::Utc)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identifier_matches_tauri_config() {
        let config: serde_json::Value =
            serde_json::from_str(include_str!("../../tauri.conf.json")).unwrap();
        assert_eq!(config["identifier"], IDENTIFIER);
    }

    #[test]
    fn cli_definition_is_consistent() {
        use clap::CommandFactory;
        Cli::command().debug_assert();
    }
}
