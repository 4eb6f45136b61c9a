//! The sync folder on disk: its layout, and the one container every file
//! in it uses.
//!
//! ```text
//! <folder>/Interlude journal/          (or the folder itself, if it is one)
//!     journal.json                      which journal, in the clear
//!     <computer>/device.ilx             name, what it has seen, the sealed folder key
//!     <computer>/changes-0000000042.ilc one batch of changes, never rewritten
//!     <computer>/snapshot-0000000040.ils everything known, for joining
//! ```
//!
//! Each computer writes only in its own folder, and a file only once, whole
//! (written beside its name and renamed), so a sync engine never sees two
//! writers of one file. Anything else that turns up (an engine's temporary
//! or conflict copies, a half-carried file) is left alone: either ignored
//! or reported, never read as ours. The format is documented in
//! `docs/sync-format.md`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::crypt::FolderKey;
use super::hlc::is_device_id;
use crate::error::{Error, Result};
use crate::i18n;
use crate::storage::files::write_atomically;
use crate::storage::key::{decode_hex, encode_hex, KdfParams};

/// The folder made inside the one a person picks.
pub const ROOT_NAME: &str = "Interlude journal";
/// The file that names the journal.
pub const JOURNAL_FILE: &str = "journal.json";
pub const DEVICE_FILE: &str = "device.ilx";
/// First line of every sealed file.
const MAGIC: &[u8] = b"interlude-sync-file 1\n";
/// The file format this build writes and the newest it reads.
pub const FORMAT_VERSION: u32 = 1;
/// The data version this build writes: which kinds and fields it knows. A
/// newer computer may send fields this one keeps but can't show.
pub const SCHEMA: u32 = 1;
/// A sealed file larger than this is not read (a damaged or hostile
/// folder must not exhaust memory).
const MAX_FILE_BYTES: u64 = 512 * 1024 * 1024;

/// Unknown fields are allowed: a later version may add some, and says in
/// `version` when an older one can't join.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct JournalFile {
    pub format: String,
    pub version: u32,
    pub journal: String,
}

/// The clear part of a sealed file: what it is and whose. All of it is
/// authenticated together with the sealed part.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Header {
    pub journal: String,
    pub device: String,
    pub kind: FileKind,
    pub seq: u64,
    pub schema: u32,
    pub nonce: String,
    /// In device files only: the folder key, sealed under the pairing key.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pairing: Option<Pairing>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Pairing {
    /// How a passphrase becomes the journal's key; none when the journal's
    /// key is kept by a keychain (then its recovery key pairs).
    pub kdf: Option<KdfParams>,
    pub nonce: String,
    pub sealed: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum FileKind {
    Changes,
    Snapshot,
    Device,
}

/// One version of one field, as it travels.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WireVersion {
    /// Kind of record.
    pub k: String,
    /// The record's travelling name.
    pub r: String,
    /// Field.
    pub f: String,
    /// Its stamp.
    pub h: String,
    /// The stamps it replaces.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub p: Vec<String>,
    /// The value; absent for a version already replaced (kept so that a
    /// late copy of it is known to be old).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "present"
    )]
    pub v: Option<Value>,
}

/// A value that is there, even when it is `null` (serde's own `Option`
/// would read `null` as absent, and an empty field as a replaced version).
fn present<'de, D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Option<Value>, D::Error> {
    Value::deserialize(d).map(Some)
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ChangesBody {
    pub versions: Vec<WireVersion>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SnapshotBody {
    /// For each computer, the last of its change files this includes.
    pub covers: BTreeMap<String, u64>,
    pub versions: Vec<WireVersion>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DeviceBody {
    pub name: String,
    pub written_at: String,
    /// The last change file of each computer this one has merged.
    pub applied: BTreeMap<String, u64>,
    /// This computer's newest change file and snapshot.
    pub last_seq: u64,
    pub snapshot_seq: u64,
}

/// Why a file couldn't be read, in words for Sync status.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unreadable {
    /// Too short, or cut off: most likely still arriving.
    Incomplete,
    /// Sealed for another journal.
    OtherJournal,
    /// Fails its check: damaged or altered.
    Damaged,
    /// Written by a newer Interlude in a form this one can't read.
    Newer,
}

impl Unreadable {
    pub fn words(&self) -> (String, String) {
        let (message, advice) = match self {
            Unreadable::Incomplete => (
                "error-sync-file-incomplete",
                "error-sync-file-incomplete-advice",
            ),
            Unreadable::OtherJournal => (
                "error-sync-file-other-journal",
                "error-sync-file-other-journal-advice",
            ),
            Unreadable::Damaged => ("error-sync-file-damaged", "error-sync-file-damaged-advice"),
            Unreadable::Newer => ("error-sync-file-newer", "error-sync-file-newer-advice"),
        };
        (i18n::text(message, &[]), i18n::text(advice, &[]))
    }
}

/// Where the sync files of the folder a person chose live: the chosen
/// folder itself if it already is one, else `Interlude journal` inside it.
pub fn root_for(chosen: &Path) -> PathBuf {
    if chosen.join(JOURNAL_FILE).is_file() {
        chosen.to_path_buf()
    } else {
        chosen.join(ROOT_NAME)
    }
}

pub fn read_journal_file(root: &Path) -> Result<Option<JournalFile>> {
    let path = root.join(JOURNAL_FILE);
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => {
            let shown = path.display().to_string();
            return Err(Error::io(
                i18n::text(
                    "error-sync-path-unreadable",
                    &[("path", shown.as_str().into())],
                ),
                e,
            ));
        }
    };
    let not_ours = || {
        let shown = path.display().to_string();
        Error::Invalid(i18n::text(
            "error-sync-not-a-folder-file",
            &[("path", shown.as_str().into())],
        ))
    };
    let file: JournalFile = serde_json::from_str(&text).map_err(|_| not_ours())?;
    if file.format != "interlude-sync" || !is_journal_id(&file.journal) {
        return Err(not_ours());
    }
    if file.version > FORMAT_VERSION {
        return Err(Error::Invalid(i18n::text("error-sync-folder-newer", &[])));
    }
    Ok(Some(file))
}

pub fn write_journal_file(root: &Path, journal: &str) -> Result<()> {
    create_dir(root)?;
    let file = JournalFile {
        format: "interlude-sync".into(),
        version: FORMAT_VERSION,
        journal: journal.to_owned(),
    };
    let mut text = serde_json::to_string_pretty(&file).unwrap_or_default();
    text.push('\n');
    write_atomically(&root.join(JOURNAL_FILE), text.as_bytes())
}

pub fn is_journal_id(text: &str) -> bool {
    text.len() == 32 && text.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

pub fn create_dir(dir: &Path) -> Result<()> {
    std::fs::create_dir_all(dir).map_err(|e| {
        let shown = dir.display().to_string();
        Error::io(
            i18n::text(
                "error-sync-folder-not-made",
                &[("path", shown.as_str().into())],
            ),
            e,
        )
    })
}

pub fn changes_name(seq: u64) -> String {
    format!("changes-{seq:010}.ilc")
}
pub fn snapshot_name(seq: u64) -> String {
    format!("snapshot-{seq:010}.ils")
}

/// What a name in a computer's folder is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Name {
    Changes(u64),
    Snapshot(u64),
    Device,
    /// A sync engine's or our own file in the making: ignored.
    Temporary,
    /// A copy a sync engine made when it saw two versions of one file
    /// (ours are written once, so this only comes of a mishap): reported.
    EngineCopy,
    Other,
}

/// Reads a file name. Temporary names: Syncthing's `.syncthing.*.tmp`,
/// Nextcloud's `.~*` and `*.part`, Dropbox's `.~*`, ours `.*.partial`;
/// anything starting with a dot is someone's working file.
pub fn classify(name: &str) -> Name {
    if name.starts_with('.')
        || name.starts_with('~')
        || Path::new(name)
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("tmp") || e.eq_ignore_ascii_case("part"))
    {
        return Name::Temporary;
    }
    if name == DEVICE_FILE {
        return Name::Device;
    }
    let numbered = |prefix: &str, ext: &str| -> Option<u64> {
        let digits = name.strip_prefix(prefix)?.strip_suffix(ext)?;
        (digits.len() == 10 && digits.bytes().all(|b| b.is_ascii_digit()))
            .then(|| digits.parse().ok())
            .flatten()
    };
    if let Some(seq) = numbered("changes-", ".ilc") {
        return Name::Changes(seq);
    }
    if let Some(seq) = numbered("snapshot-", ".ils") {
        return Name::Snapshot(seq);
    }
    let lower = name.to_lowercase();
    if lower.contains("conflict") && (lower.contains(".il") || lower.contains("device")) {
        return Name::EngineCopy;
    }
    Name::Other
}

/// The computers' folders under `root`.
pub fn device_dirs(root: &Path) -> Result<Vec<(String, PathBuf)>> {
    let entries = std::fs::read_dir(root).map_err(|e| {
        let shown = root.display().to_string();
        Error::io(
            i18n::text(
                "error-sync-folder-unreadable",
                &[("path", shown.as_str().into())],
            ),
            e,
        )
    })?;
    let mut out = Vec::new();
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if is_device_id(&name) && entry.path().is_dir() {
            out.push((name, entry.path()));
        }
    }
    out.sort();
    Ok(out)
}

/// Seals `body` into the container and writes it whole at `path`.
pub fn write_sealed<T: Serialize>(
    path: &Path,
    key: &FolderKey,
    mut header: Header,
    body: &T,
) -> Result<u64> {
    let json = serde_json::to_vec(body).map_err(not_written)?;
    let packed = miniz_oxide::deflate::compress_to_vec(&json, 6);
    // The nonce goes in the header, which is authenticated as a whole: so
    // the header is made with a nonce first, then sealed against.
    let nonce: [u8; 24] = crate::storage::key::random_bytes()?;
    header.nonce = encode_hex(&nonce);
    let aad = header_bytes(&header)?;
    let sealed = key.seal_nonce(&nonce, &aad, &packed)?;
    let mut bytes = aad;
    bytes.extend_from_slice(&sealed);
    if let Some(dir) = path.parent() {
        create_dir(dir)?;
    }
    write_atomically(path, &bytes)?;
    Ok(bytes.len() as u64)
}

/// A sync file that couldn't be put into words (JSON), as an error.
fn not_written(e: serde_json::Error) -> Error {
    let detail = e.to_string();
    Error::Storage(i18n::text(
        "error-sync-file-not-written",
        &[("detail", detail.as_str().into())],
    ))
}

fn header_bytes(header: &Header) -> Result<Vec<u8>> {
    let mut bytes = MAGIC.to_vec();
    bytes.extend(serde_json::to_vec(header).map_err(not_written)?);
    bytes.push(b'\n');
    Ok(bytes)
}

/// The clear header of the file at `path` without opening the sealed part
/// (to find the pairing in a device file before the key is known).
pub fn read_header(path: &Path) -> std::result::Result<(Header, Vec<u8>), Unreadable> {
    let meta = std::fs::metadata(path).map_err(|_| Unreadable::Incomplete)?;
    if meta.len() > MAX_FILE_BYTES {
        return Err(Unreadable::Damaged);
    }
    let bytes = std::fs::read(path).map_err(|_| Unreadable::Incomplete)?;
    let Some(rest) = bytes.strip_prefix(MAGIC) else {
        if bytes.len() < MAGIC.len() && MAGIC.starts_with(&bytes) {
            return Err(Unreadable::Incomplete);
        }
        if bytes.starts_with(b"interlude-sync-file ") {
            return Err(Unreadable::Newer);
        }
        return Err(Unreadable::Damaged);
    };
    let Some(end) = rest.iter().position(|&b| b == b'\n') else {
        return Err(Unreadable::Incomplete);
    };
    let header: Header = serde_json::from_slice(&rest[..end]).map_err(|_| Unreadable::Damaged)?;
    Ok((header, bytes))
}

/// Opens a sealed file: checks it belongs to `journal`, that what it says
/// in the clear matches where it was found, and that nothing was changed.
pub fn read_sealed<T: for<'de> Deserialize<'de>>(
    path: &Path,
    key: &FolderKey,
    journal: &str,
    expect_device: &str,
    expect: (FileKind, Option<u64>),
) -> std::result::Result<(Header, T), Unreadable> {
    let (header, bytes) = read_header(path)?;
    if header.journal != journal {
        return Err(Unreadable::OtherJournal);
    }
    if header.device != expect_device
        || header.kind != expect.0
        || expect.1.is_some_and(|s| s != header.seq)
    {
        return Err(Unreadable::Damaged);
    }
    let aad_len = header_len(&bytes).ok_or(Unreadable::Damaged)?;
    let nonce: [u8; 24] = decode_hex(&header.nonce)
        .and_then(|n| n.try_into().ok())
        .ok_or(Unreadable::Damaged)?;
    let (aad, sealed) = bytes.split_at(aad_len);
    let Some(packed) = key.open(&nonce, aad, sealed) else {
        // A cut-off file and an altered one fail alike; a file shorter
        // than its tag can only be cut off.
        return Err(if sealed.len() < 16 {
            Unreadable::Incomplete
        } else {
            Unreadable::Damaged
        });
    };
    let json = miniz_oxide::inflate::decompress_to_vec_with_limit(
        &packed,
        usize::try_from(MAX_FILE_BYTES).unwrap_or(usize::MAX),
    )
    .map_err(|_| Unreadable::Damaged)?;
    let body: T = serde_json::from_slice(&json).map_err(|_| Unreadable::Newer)?;
    Ok((header, body))
}

fn header_len(bytes: &[u8]) -> Option<usize> {
    let rest = bytes.strip_prefix(MAGIC)?;
    Some(MAGIC.len() + rest.iter().position(|&b| b == b'\n')? + 1)
}

/// A file's size and modification time, to notice when a file that
/// couldn't be read has changed and is worth reading again.
pub fn stamp_of(path: &Path) -> String {
    std::fs::metadata(path).map_or_else(
        |_| String::new(),
        |m| {
            let modified = m
                .modified()
                .ok()
                .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
                .map_or(0, |d| d.as_nanos());
            format!("{}:{modified}", m.len())
        },
    )
}
