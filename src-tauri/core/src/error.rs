//! The one error type of Interlude.
//!
//! Every fallible function in core returns [`Result`]; the shell passes the
//! same type through its commands, and the UI receives it serialised as
//! `{ kind, message }`. `kind` is a stable machine word the UI can branch on;
//! `message` is plain language a person can read without knowing what SQLite
//! is. Messages never contain journal text, so an error shown in a
//! notification or a log never leaks what someone wrote.

use serde::ser::SerializeStruct;
use serde::{Serialize, Serializer};

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[derive(Debug, Clone, thiserror::Error)]
pub enum Error {
    /// What the person gave us can't be saved as it is (empty, too long,
    /// out of range). The message says what to change.
    #[error("{0}")]
    Invalid(String),

    /// The thing asked for is not there (deleted, or never existed).
    #[error("{0}")]
    NotFound(String),

    /// The database was written by a newer Interlude. We refuse to touch it
    /// rather than risk damaging data we don't understand.
    #[error(
        "This journal was saved by a newer version of Interlude (data version {found}; this \
         version understands up to {supported}). Nothing was changed. Please update Interlude \
         to open it."
    )]
    NewerSchema { found: i64, supported: i64 },

    /// A file handed to `import` is not something we can read.
    #[error("{0}")]
    Import(String),

    /// The disk (or the quota) is full. Nothing new was saved.
    #[error("The disk is full, so this couldn't be saved. Free some space and try again.")]
    DiskFull,

    /// The database file is damaged or is not a database at all.
    #[error(
        "The journal file looks damaged or isn't an Interlude journal. Nothing was changed. \
         ({0})"
    )]
    Corrupt(String),

    /// Any other storage failure. Rare; the message carries SQLite's words
    /// for whoever helps the person debug it.
    #[error("Something went wrong while saving or reading your journal. ({0})")]
    Storage(String),

    /// Reading or writing a file outside the database (export, import).
    /// The source is shared so the error stays cheap to clone (the shell
    /// keeps a start-up failure and hands it to every request).
    #[error("{context} ({source})")]
    Io {
        context: String,
        #[source]
        source: std::sync::Arc<std::io::Error>,
    },

    /// The journal is encrypted and no key was given: it must be unlocked.
    #[error("This journal is locked. Unlock it to go on.")]
    Locked,

    /// The key (or the passphrase it came from) doesn't open this journal.
    /// Nothing was changed.
    #[error("That passphrase doesn't open this journal. Nothing was changed; please try again.")]
    WrongKey,

    /// The operating system's keychain (Secret Service, Keychain, Credential
    /// Manager) couldn't keep or give the journal's key. The message says
    /// what happened and what to do instead; nothing was changed.
    #[error("{0}")]
    Keychain(String),

    /// The desktop around the journal failed: a window that wouldn't open,
    /// settings that couldn't be written. The journal itself is fine.
    #[error("{0}")]
    Desktop(String),
}

impl Error {
    /// A stable, machine-readable word for the UI and the CLI's exit codes.
    pub fn kind(&self) -> &'static str {
        match self {
            Error::Invalid(_) => "invalid",
            Error::NotFound(_) => "notFound",
            Error::NewerSchema { .. } => "newerSchema",
            Error::Import(_) => "import",
            Error::DiskFull => "diskFull",
            Error::Corrupt(_) => "corrupt",
            Error::Storage(_) => "storage",
            Error::Io { .. } => "io",
            Error::Desktop(_) => "desktop",
            Error::Locked => "locked",
            Error::WrongKey => "wrongKey",
            Error::Keychain(_) => "keychain",
        }
    }

    /// What a person reads: in the language this process speaks
    /// ([`crate::i18n::current`]) for the errors every part of the app can
    /// meet. Messages made where the error arose (`Invalid`, `NotFound`, …)
    /// are English until they move to Fluent too.
    pub fn message(&self) -> String {
        self.message_in(crate::i18n::current())
    }

    /// [`Error::message`] in a given language.
    pub fn message_in(&self, language: crate::i18n::Language) -> String {
        use crate::i18n::Arg;
        let text = |id: &str, args: &[(&str, Arg<'_>)]| language.text(id, args);
        match self {
            Error::NewerSchema { found, supported } => text(
                "error-newer-schema",
                &[
                    ("found", Arg::Number(*found)),
                    ("supported", Arg::Number(*supported)),
                ],
            ),
            Error::DiskFull => text("error-disk-full", &[]),
            Error::Corrupt(detail) => text("error-corrupt", &[("detail", Arg::Text(detail))]),
            Error::Storage(detail) => text("error-storage", &[("detail", Arg::Text(detail))]),
            Error::Locked => text("error-locked", &[]),
            Error::WrongKey => text("error-wrong-key", &[]),
            _ => self.to_string(),
        }
    }

    pub fn invalid(message: impl Into<String>) -> Self {
        Error::Invalid(message.into())
    }

    pub fn io(context: impl Into<String>, source: std::io::Error) -> Self {
        if is_disk_full(&source) {
            return Error::DiskFull;
        }
        Error::Io {
            context: context.into(),
            source: std::sync::Arc::new(source),
        }
    }
}

/// `ENOSPC` and `EDQUOT` (Linux), `ERROR_DISK_FULL` (Windows): "the disk is full"
/// is something a person can fix, so it gets its own words.
fn is_disk_full(err: &std::io::Error) -> bool {
    err.kind() == std::io::ErrorKind::StorageFull
        || matches!(err.raw_os_error(), Some(28 | 122) if cfg!(unix))
        || matches!(err.raw_os_error(), Some(112) if cfg!(windows))
}

impl From<rusqlite::Error> for Error {
    fn from(err: rusqlite::Error) -> Self {
        use rusqlite::ErrorCode;
        // Map the failures a person can act on to their own variants; the
        // rest keep SQLite's wording for diagnosis.
        if let rusqlite::Error::SqliteFailure(code, _) = &err {
            match code.code {
                ErrorCode::DiskFull => return Error::DiskFull,
                ErrorCode::DatabaseCorrupt | ErrorCode::NotADatabase => {
                    return Error::Corrupt(err.to_string())
                }
                _ => {}
            }
        }
        Error::Storage(err.to_string())
    }
}

impl Serialize for Error {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("Error", 2)?;
        s.serialize_field("kind", self.kind())?;
        s.serialize_field("message", &self.message())?;
        s.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serialises_as_kind_and_message() {
        let json = serde_json::to_value(Error::invalid("Write a line first.")).unwrap();
        assert_eq!(
            json,
            serde_json::json!({"kind": "invalid", "message": "Write a line first."})
        );
    }

    #[test]
    fn the_fluent_words_are_the_english_ones_and_german_differs() {
        use crate::i18n::Language;
        let errors = [
            Error::NewerSchema {
                found: 9,
                supported: 8,
            },
            Error::DiskFull,
            Error::Corrupt("file is not a database".into()),
            Error::Storage("disk I/O error".into()),
            Error::Locked,
            Error::WrongKey,
        ];
        // English from Fluent equals what Display has always said, so the
        // command line, logs and the app agree.
        for err in &errors {
            assert_eq!(err.message(), err.to_string());
        }
        let german: Vec<String> = errors
            .iter()
            .map(|e| e.message_in(Language::German))
            .collect();
        assert!(german[0].contains("Datenversion 9"), "{}", german[0]);
        assert!(german[3].ends_with("(disk I/O error)"), "{}", german[3]);
    }

    #[test]
    fn disk_full_from_sqlite_is_its_own_kind() {
        let err = rusqlite::Error::SqliteFailure(
            rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_FULL),
            None,
        );
        assert_eq!(Error::from(err).kind(), "diskFull");
    }

    #[test]
    fn not_a_database_is_corrupt() {
        let err = rusqlite::Error::SqliteFailure(
            rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_NOTADB),
            None,
        );
        assert_eq!(Error::from(err).kind(), "corrupt");
    }
}
