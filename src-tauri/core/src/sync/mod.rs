//! Sync across one's own computers, through a folder another program
//! carries (Syncthing, Nextcloud, iCloud Drive, Dropbox, a USB stick).
//!
//! Interlude never opens a socket for this. Each computer writes its own
//! sealed files into the folder ([`folder`], [`crypt`]); each reads the
//! others' and merges field by field ([`store`]): the newest stamp
//! ([`hlc`]) wins, deletes are kept as tombstones, and free text edited
//! apart on two computers keeps both versions until the person picks one.
//! What travels, and how it maps onto the journal's tables, is in
//! [`records`]. The design and its reasons are in `docs/design.md`; the
//! files' format in `docs/sync-format.md`.

pub mod crypt;
pub mod folder;
pub mod hlc;
mod identity;
pub(crate) mod records;
pub(crate) mod store;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use chrono::{DateTime, Duration, FixedOffset, SecondsFormat};
use rusqlite::{params, OptionalExtension, Transaction, TransactionBehavior};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::error::{Error, Result};
use crate::i18n;
use crate::storage::db::Db;
use crate::storage::key::{encode_hex, random_bytes, JournalKey, KdfParams, KeySettings};
use crypt::{FolderKey, PairingKey};
use folder::{
    ChangesBody, DeviceBody, FileKind, Header, Name, Pairing, SnapshotBody, Unreadable, WireVersion,
};
use hlc::Hlc;
use store::Stamper;

/// After this many change files, a snapshot is written, and the change
/// files everyone has merged can go.
const SNAPSHOT_EVERY: u64 = 32;
/// A computer not seen for this long no longer holds back tidying: its
/// own files stay, but ours are pruned behind a snapshot, from which it
/// catches up when it returns.
const STALE_AFTER_DAYS: i64 = 90;
/// A device file is rewritten at least this often, so the others can say
/// when this computer was last seen.
const DEVICE_FILE_EVERY_MINUTES: i64 = 60;

/// Sync as the Settings page and `interlude sync status` show it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SyncStatus {
    pub on: bool,
    pub folder: Option<String>,
    pub this_computer: Option<Computer>,
    pub last_sent: Option<String>,
    pub last_received: Option<String>,
    /// The other computers seen in the folder.
    pub computers: Vec<Computer>,
    pub problems: Vec<Problem>,
    /// Changes from a newer Interlude that this one keeps but can't show.
    pub newer_changes: usize,
    /// Entries edited apart on two computers, waiting for a choice.
    pub conflicts: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Computer {
    pub id: String,
    pub name: String,
    pub last_seen: Option<String>,
    pub changes: u64,
    /// Unseen for months: tidying no longer waits for it.
    pub stale: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Problem {
    pub file: Option<String>,
    pub message: String,
    pub advice: String,
}

/// What one `sync now` did.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SyncReport {
    /// Fields changed here and sent.
    pub sent: usize,
    /// Fields that arrived and changed something.
    pub received: usize,
    /// Records written into the journal from what arrived.
    pub merged: usize,
    pub status: SyncStatus,
}

/// One version of a free-text field edited on two computers.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ConflictVersion {
    pub version: String,
    pub text: String,
    pub computer: String,
    pub at: String,
    pub current: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Conflict {
    pub kind: String,
    pub uid: String,
    pub field: String,
    pub field_label: String,
    pub entry_title: String,
    pub entry_id: Option<i64>,
    pub versions: Vec<ConflictVersion>,
}

/// What the person chose for a field edited on two computers.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Choice {
    /// Keep this version's words.
    Keep(String),
    /// Keep every version, one after another.
    KeepBoth(bool),
}

/// What joining needed: the journal's key the passphrase or recovery key
/// stands for, and its passphrase settings, so this computer's journal can
/// be protected with the same passphrase.
#[derive(Debug)]
pub struct Joined {
    pub key: JournalKey,
    pub kdf: Option<KdfParams>,
}

struct Meta {
    journal_id: String,
    device_id: String,
    device_name: String,
    root: PathBuf,
    folder_key: FolderKey,
    pairing: Pairing,
    hlc: Option<Hlc>,
    next_seq: u64,
    written_seq: u64,
    snapshot_seq: u64,
}

fn load_meta(tx: &rusqlite::Connection) -> Result<Option<Meta>> {
    let row = tx
        .query_row(
            "SELECT journal_id, device_id, device_name, folder, folder_key, pairing, hlc,
                    next_seq, written_seq, snapshot_seq
             FROM sync_meta WHERE id = 1",
            [],
            |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, String>(3)?,
                    r.get::<_, String>(4)?,
                    r.get::<_, String>(5)?,
                    r.get::<_, String>(6)?,
                    r.get::<_, i64>(7)?,
                    r.get::<_, i64>(8)?,
                    r.get::<_, i64>(9)?,
                ))
            },
        )
        .optional()?;
    let Some((journal_id, device_id, device_name, folder, key, pairing, hlc, next, written, snap)) =
        row
    else {
        return Ok(None);
    };
    Ok(Some(Meta {
        journal_id,
        device_id,
        device_name,
        root: PathBuf::from(folder),
        folder_key: FolderKey::from_hex(&key)?,
        pairing: serde_json::from_str(&pairing)
            .map_err(|_| Error::Storage(i18n::text("error-sync-settings-damaged", &[])))?,
        hlc: Hlc::parse(&hlc).ok(),
        next_seq: as_u64(next),
        written_seq: as_u64(written),
        snapshot_seq: as_u64(snap),
    }))
}

fn as_u64(n: i64) -> u64 {
    u64::try_from(n).unwrap_or(0)
}
fn as_i64(n: u64) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

fn stamp(at: &DateTime<FixedOffset>) -> String {
    at.to_rfc3339_opts(SecondsFormat::Secs, true)
}

fn wall_millis(at: &DateTime<FixedOffset>) -> u64 {
    u64::try_from(at.timestamp_millis()).unwrap_or(0)
}

fn not_syncing() -> Error {
    Error::Invalid(i18n::text("error-sync-not-syncing", &[]))
}

impl Db {
    fn immediate(&mut self) -> Result<Transaction<'_>> {
        Ok(self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?)
    }

    /// Starts syncing this journal through `chosen` (a folder that a sync
    /// engine carries): makes `Interlude journal` in it, writes this
    /// computer's files, and sends everything.
    ///
    /// `pairing_key` is the journal's key (or, for a journal kept plain, the
    /// key a sync passphrase stretched to with `kdf`); whoever holds its
    /// passphrase or recovery key can join.
    pub fn sync_start(
        &mut self,
        chosen: &Path,
        device_name: &str,
        pairing_key: &JournalKey,
        kdf: Option<KdfParams>,
    ) -> Result<SyncReport> {
        if let Some(meta) = load_meta(&self.conn)? {
            let shown = meta.root.display().to_string();
            return Err(Error::Invalid(i18n::text(
                "error-sync-already-syncing",
                &[("path", shown.as_str().into())],
            )));
        }
        if !chosen.is_dir() {
            let shown = chosen.display().to_string();
            return Err(Error::Invalid(i18n::text(
                "error-sync-no-folder",
                &[("path", shown.as_str().into())],
            )));
        }
        let root = folder::root_for(chosen);
        if folder::read_journal_file(&root)?.is_some() {
            let shown = root.display().to_string();
            return Err(Error::Invalid(i18n::text(
                "error-sync-folder-has-journal",
                &[("path", shown.as_str().into())],
            )));
        }
        let journal_id = encode_hex(&random_bytes::<16>()?);
        folder::write_journal_file(&root, &journal_id)?;
        self.begin(
            root,
            journal_id,
            device_name,
            pairing_key,
            kdf,
            FolderKey::random()?,
        )?;
        self.sync_now()
    }

    /// Starts syncing with the journal's own key: its passphrase or its
    /// recovery key pairs the next computer. A journal kept plain has no
    /// key to pair with, so it needs `sync_passphrase`: the folder's files
    /// are never sealed with nothing.
    pub fn sync_start_here(
        &mut self,
        chosen: &Path,
        device_name: &str,
        sync_passphrase: Option<&str>,
    ) -> Result<SyncReport> {
        if let Some(key) = self.key.clone() {
            let kdf = match self.path().and_then(Path::parent).map(KeySettings::load) {
                Some(Ok(Some(KeySettings::Passphrase(params)))) => Some(params),
                _ => None,
            };
            return self.sync_start(chosen, device_name, &key, kdf);
        }
        let Some(passphrase) = sync_passphrase.filter(|p| !p.is_empty()) else {
            return Err(Error::Invalid(i18n::text(
                "error-sync-needs-passphrase",
                &[],
            )));
        };
        let kdf = KdfParams::new()?;
        let key = JournalKey::from_passphrase(passphrase, &kdf)?;
        self.sync_start(chosen, device_name, &key, Some(kdf))
    }

    /// Joins the journal in `chosen` with its passphrase or recovery key:
    /// what this computer's journal holds is merged with what the folder
    /// holds, nothing replaced.
    pub fn sync_join(
        &mut self,
        chosen: &Path,
        device_name: &str,
        secret: &str,
    ) -> Result<(SyncReport, Joined)> {
        if let Some(meta) = load_meta(&self.conn)? {
            let shown = meta.root.display().to_string();
            return Err(Error::Invalid(i18n::text(
                "error-sync-already-syncing",
                &[("path", shown.as_str().into())],
            )));
        }
        let root = folder::root_for(chosen);
        let Some(journal) = folder::read_journal_file(&root)? else {
            let shown = chosen.display().to_string();
            return Err(Error::Invalid(i18n::text(
                "error-sync-no-journal-in-folder",
                &[("path", shown.as_str().into())],
            )));
        };
        let (joined, folder_key) = unlock_folder(&root, &journal.journal, secret)?;
        self.begin(
            root,
            journal.journal,
            device_name,
            &joined.key,
            joined.kdf.clone(),
            folder_key,
        )?;
        let report = self.sync_now()?;
        Ok((report, joined))
    }

    fn begin(
        &mut self,
        root: PathBuf,
        journal_id: String,
        device_name: &str,
        pairing_key: &JournalKey,
        kdf: Option<KdfParams>,
        folder_key: FolderKey,
    ) -> Result<()> {
        let device_id = encode_hex(&random_bytes::<8>()?);
        let (nonce, sealed) = PairingKey::derive(pairing_key, &journal_id)
            .wrap(&folder_key, journal_id.as_bytes())?;
        let pairing = Pairing { kdf, nonce, sealed };
        let tx = self.immediate()?;
        // A journal that synced before (and stopped) starts afresh.
        clear_sync(&tx)?;
        tx.execute(
            "INSERT INTO sync_meta (id, journal_id, device_id, device_name, folder, folder_key, pairing)
             VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6)",
            params![
                journal_id,
                device_id,
                device_name.trim(),
                root.to_string_lossy(),
                *folder_key.to_hex(),
                serde_json::to_string(&pairing).unwrap_or_default()
            ],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Stops syncing on this computer. The folder, and the other
    /// computers, are untouched; the journal here keeps everything.
    pub fn sync_stop(&mut self) -> Result<()> {
        let tx = self.immediate()?;
        clear_sync(&tx)?;
        tx.commit()?;
        Ok(())
    }

    /// Records what changed here since sync last looked, without sending.
    /// Runs before deleted entries are purged: an edit made just before a
    /// delete must be a version before the row is gone, or it could never
    /// come back if another computer's undo brings the entry back.
    pub(crate) fn sync_capture(&mut self) -> Result<()> {
        let Some(meta) = load_meta(&self.conn)? else {
            return Ok(());
        };
        let now = self.clock.now();
        let mut stamper = Stamper {
            device: meta.device_id.clone(),
            last: meta.hlc.clone(),
            wall_millis: wall_millis(&now),
        };
        let tx = self.immediate()?;
        let (deleted_at, _) = crate::clock::to_stored(&now);
        store::capture(&tx, &mut stamper, &deleted_at)?;
        save_hlc(&tx, &stamper)?;
        tx.commit()?;
        Ok(())
    }

    /// Sends what changed here, reads what the others sent, merges it, and
    /// tidies. Problems with single files are reported in the status, not
    /// as errors: one bad file never stops the rest.
    pub fn sync_now(&mut self) -> Result<SyncReport> {
        let now = self.clock.now();
        let Some(mut meta) = load_meta(&self.conn)? else {
            return Err(not_syncing());
        };
        // Before anything is numbered or written: a rewound or copied
        // journal takes a new id, and a changed key renews the pairing.
        let mut renewed = meta.root.is_dir() && self.new_identity_if_rewound(&mut meta)?;
        renewed |= self.reseal_if_key_changed(&mut meta)?;
        let mut stamper = Stamper {
            device: meta.device_id.clone(),
            last: meta.hlc.clone(),
            wall_millis: wall_millis(&now),
        };
        // 1. What changed here becomes versions, numbered for a change file.
        let sent = {
            let tx = self.immediate()?;
            let (deleted_at, _) = crate::clock::to_stored(&now);
            store::capture(&tx, &mut stamper, &deleted_at)?;
            // Versions made here (captured now, or a choice between two
            // versions made earlier) go out in the next change file.
            let n = tx.execute(
                "UPDATE sync_version SET seq = ?1 WHERE seq = 0",
                [as_i64(meta.next_seq)],
            )?;
            if n > 0 {
                meta.next_seq += 1;
                tx.execute(
                    "UPDATE sync_meta SET next_seq = ?1",
                    [as_i64(meta.next_seq)],
                )?;
            }
            save_hlc(&tx, &stamper)?;
            tx.commit()?;
            n
        };
        if !meta.root.is_dir() {
            // A USB stick pulled out, or a folder not yet carried here:
            // everything waits, kept in the journal, until it's back.
            return Ok(SyncReport {
                sent,
                received: 0,
                merged: 0,
                status: self.sync_status()?,
            });
        }
        // 2. Our change files, each written whole; one that failed (a full
        //    disk) is written again, with the same versions, next time.
        let mut wrote = false;
        while meta.written_seq + 1 < meta.next_seq {
            let seq = meta.written_seq + 1;
            match self.write_changes(&meta, seq) {
                Ok(()) => {
                    meta.written_seq = seq;
                    wrote = true;
                    self.conn.execute(
                        "UPDATE sync_meta SET written_seq = ?1, last_sent = ?2",
                        params![as_i64(seq), stamp(&now)],
                    )?;
                    self.conn
                        .execute("DELETE FROM sync_problem WHERE file = ':send'", [])?;
                }
                Err(e) => {
                    self.note_problem(":send", "", &sending_problem(&e))?;
                    break;
                }
            }
        }
        // 3. The others' files.
        let (received, merged) = self.read_others(&meta, &mut stamper, &now)?;
        {
            let tx = self.immediate()?;
            save_hlc(&tx, &stamper)?;
            tx.commit()?;
        }
        // 4. A snapshot now and then, and tidying behind it.
        if meta.written_seq >= meta.snapshot_seq + SNAPSHOT_EVERY {
            if let Err(e) = self.write_snapshot(&mut meta) {
                self.note_problem(":send", "", &sending_problem(&e))?;
            }
        }
        self.prune(&meta, &now);
        // 5. Our device file: what we've seen, for the others.
        if let Err(e) = self.write_device_file(&meta, &now, wrote || received > 0 || renewed) {
            self.note_problem(":send", "", &sending_problem(&e))?;
        }
        Ok(SyncReport {
            sent,
            received,
            merged,
            status: self.sync_status()?,
        })
    }

    fn write_changes(&self, meta: &Meta, seq: u64) -> Result<()> {
        let versions = versions_where(&self.conn, "seq = ?1", &[as_i64(seq)])?;
        let header = header(meta, FileKind::Changes, seq);
        let dir = meta.root.join(&meta.device_id);
        folder::write_sealed(
            &dir.join(folder::changes_name(seq)),
            &meta.folder_key,
            header,
            &ChangesBody { versions },
        )?;
        Ok(())
    }

    fn write_snapshot(&mut self, meta: &mut Meta) -> Result<()> {
        let versions = versions_where(&self.conn, "1", &[])?;
        let mut covers: BTreeMap<String, u64> = peers_applied(&self.conn)?;
        covers.insert(meta.device_id.clone(), meta.written_seq);
        let seq = meta.written_seq;
        let dir = meta.root.join(&meta.device_id);
        folder::write_sealed(
            &dir.join(folder::snapshot_name(seq)),
            &meta.folder_key,
            header(meta, FileKind::Snapshot, seq),
            &SnapshotBody { covers, versions },
        )?;
        meta.snapshot_seq = seq;
        self.conn
            .execute("UPDATE sync_meta SET snapshot_seq = ?1", [as_i64(seq)])?;
        Ok(())
    }

    fn write_device_file(
        &self,
        meta: &Meta,
        now: &DateTime<FixedOffset>,
        changed: bool,
    ) -> Result<()> {
        let path = meta.root.join(&meta.device_id).join(folder::DEVICE_FILE);
        if !changed && path.is_file() {
            let fresh = std::fs::metadata(&path)
                .and_then(|m| m.modified())
                .ok()
                .and_then(|t| t.elapsed().ok())
                .is_some_and(|age| age.as_secs() < 60 * DEVICE_FILE_EVERY_MINUTES.unsigned_abs());
            if fresh {
                return Ok(());
            }
        }
        let body = DeviceBody {
            name: meta.device_name.clone(),
            written_at: stamp(now),
            applied: peers_applied(&self.conn)?,
            last_seq: meta.written_seq,
            snapshot_seq: meta.snapshot_seq,
        };
        let mut h = header(meta, FileKind::Device, 0);
        h.pairing = Some(meta.pairing.clone());
        folder::write_sealed(&path, &meta.folder_key, h, &body)?;
        Ok(())
    }

    /// Deletes our own change files (and older snapshots) that every
    /// computer still in use has merged and our newest snapshot includes.
    fn prune(&self, meta: &Meta, now: &DateTime<FixedOffset>) {
        if meta.snapshot_seq == 0 {
            return;
        }
        let cutoff = stamp(&(*now - Duration::days(STALE_AFTER_DAYS)));
        let least_seen: Option<i64> = self
            .conn
            .query_row(
                // Only computers seen lately hold tidying back: one known only
                // by name in a snapshot, or whose files never open, would
                // otherwise hold it back for ever.
                "SELECT min(seen_mine) FROM sync_peer WHERE last_seen IS NOT NULL AND last_seen >= ?1",
                [cutoff],
                |r| r.get(0),
            )
            .unwrap_or(None);
        let upto = least_seen.map_or(meta.snapshot_seq, |s| as_u64(s).min(meta.snapshot_seq));
        let dir = meta.root.join(&meta.device_id);
        let Ok(entries) = std::fs::read_dir(&dir) else {
            return;
        };
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            let gone = match folder::classify(&name) {
                Name::Changes(seq) => seq <= upto,
                Name::Snapshot(seq) => seq < meta.snapshot_seq,
                _ => false,
            };
            if gone {
                // Best effort: a file that can't be removed now is tried
                // again at the next sync.
                let _ = std::fs::remove_file(entry.path());
            }
        }
    }

    /// Reads every other computer's new files, in each one's order.
    fn read_others(
        &mut self,
        meta: &Meta,
        stamper: &mut Stamper,
        now: &DateTime<FixedOffset>,
    ) -> Result<(usize, usize)> {
        let Ok(devices) = folder::device_dirs(&meta.root) else {
            return Ok((0, 0));
        };
        let mut received = 0;
        let mut merged = 0;
        for (device, dir) in devices {
            if device == meta.device_id {
                continue;
            }
            let (r, m) = self.read_device(meta, stamper, now, &device, &dir)?;
            received += r;
            merged += m;
        }
        if received > 0 {
            self.conn
                .execute("UPDATE sync_meta SET last_received = ?1", [stamp(now)])?;
        }
        Ok((received, merged))
    }

    // One computer's files in their order: the device file, a snapshot
    // when one is needed, then change files; kept as one flow to read.
    #[allow(clippy::too_many_lines)]
    fn read_device(
        &mut self,
        meta: &Meta,
        stamper: &mut Stamper,
        now: &DateTime<FixedOffset>,
        device: &str,
        dir: &Path,
    ) -> Result<(usize, usize)> {
        let mut files: BTreeMap<u64, PathBuf> = BTreeMap::new();
        let mut snapshots: BTreeMap<u64, PathBuf> = BTreeMap::new();
        let mut device_file = None;
        for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            match folder::classify(&name) {
                Name::Changes(seq) => {
                    files.insert(seq, entry.path());
                }
                Name::Snapshot(seq) => {
                    snapshots.insert(seq, entry.path());
                }
                Name::Device => device_file = Some(entry.path()),
                Name::EngineCopy => {
                    let rel = format!("{device}/{name}");
                    self.note_problem(
                        &rel,
                        &folder::stamp_of(&entry.path()),
                        &(
                            i18n::text("error-sync-engine-copy", &[]),
                            i18n::text("error-sync-engine-copy-advice", &[]),
                        ),
                    )?;
                }
                Name::Temporary | Name::Other => {}
            }
        }
        // A problem with a file that is gone (deleted by the person, or
        // tidied by its writer) is gone too.
        let listed: Vec<String> = std::fs::read_dir(dir)
            .into_iter()
            .flatten()
            .flatten()
            .map(|e| format!("{device}/{}", e.file_name().to_string_lossy()))
            .collect();
        let noted: Vec<String> = self
            .conn
            .prepare("SELECT file FROM sync_problem WHERE file LIKE ?1 || '/%'")?
            .query_map([device], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        for file in noted.iter().filter(|f| !listed.contains(f)) {
            self.conn
                .execute("DELETE FROM sync_problem WHERE file = ?1", [file])?;
        }
        let tx = self.immediate()?;
        tx.execute(
            "INSERT OR IGNORE INTO sync_peer (device_id) VALUES (?1)",
            [device],
        )?;
        let mut applied: u64 = as_u64(tx.query_row(
            "SELECT applied_seq FROM sync_peer WHERE device_id = ?1",
            [device],
            |r| r.get(0),
        )?);
        tx.commit()?;
        let mut received = 0;
        let mut fresh = false;
        if let Some(path) = device_file {
            if let Some(body) =
                self.read_file::<DeviceBody>(meta, device, &path, FileKind::Device, None)?
            {
                {
                    let said: String = self.conn.query_row(
                        "SELECT device_said FROM sync_peer WHERE device_id = ?1",
                        [device],
                        |r| r.get(0),
                    )?;
                    if said != body.written_at {
                        fresh = true;
                    }
                    self.conn.execute(
                        "UPDATE sync_peer SET name = ?2, seen_mine = ?3, device_said = ?4 WHERE device_id = ?1",
                        params![
                            device,
                            body.name.chars().take(80).collect::<String>(),
                            as_i64(body.applied.get(&meta.device_id).copied().unwrap_or(0)),
                            body.written_at
                        ],
                    )?;
                }
            }
        }
        // A snapshot when starting out, or when the next change file is
        // gone (tidied away while this computer was away).
        if let Some((&snap_seq, path)) = snapshots.iter().next_back() {
            if snap_seq > applied && (applied == 0 || !files.contains_key(&(applied + 1))) {
                if let Some(body) = self.read_file::<SnapshotBody>(
                    meta,
                    device,
                    path,
                    FileKind::Snapshot,
                    Some(snap_seq),
                )? {
                    let tx = self.immediate()?;
                    match store::receive(&tx, stamper, &body.versions) {
                        Ok(n) => received += n,
                        Err(Error::Invalid(_)) => {
                            drop(tx);
                            let rel = format!("{device}/{}", folder::snapshot_name(snap_seq));
                            let words = Unreadable::Damaged.words();
                            self.note_problem(&rel, &folder::stamp_of(path), &words)?;
                            return Ok((0, 0));
                        }
                        Err(e) => return Err(e),
                    }
                    for (other, seq) in &body.covers {
                        if *other == meta.device_id || !hlc::is_device_id(other) {
                            continue;
                        }
                        tx.execute(
                            "INSERT OR IGNORE INTO sync_peer (device_id) VALUES (?1)",
                            [other],
                        )?;
                        tx.execute(
                            "UPDATE sync_peer SET applied_seq = max(applied_seq, ?2) WHERE device_id = ?1",
                            params![other, as_i64(*seq)],
                        )?;
                    }
                    applied = applied.max(body.covers.get(device).copied().unwrap_or(snap_seq));
                    tx.execute(
                        "UPDATE sync_peer SET applied_seq = ?2 WHERE device_id = ?1",
                        params![device, as_i64(applied)],
                    )?;
                    let m = store::materialize(&tx)?;
                    tx.commit()?;
                    fresh = true;
                    let _ = m;
                }
            }
        }
        let mut merged = 0;
        // Change files in order; a missing or unreadable one holds back the
        // ones after it, which wait for it.
        while let Some(path) = files.get(&(applied + 1)) {
            let seq = applied + 1;
            let Some(body) =
                self.read_file::<ChangesBody>(meta, device, path, FileKind::Changes, Some(seq))?
            else {
                break;
            };
            let tx = self.immediate()?;
            let n = match store::receive(&tx, stamper, &body.versions) {
                Ok(n) => n,
                Err(Error::Invalid(_)) => {
                    drop(tx);
                    let rel = format!("{device}/{}", folder::changes_name(seq));
                    let words = Unreadable::Damaged.words();
                    self.note_problem(&rel, &folder::stamp_of(path), &words)?;
                    break;
                }
                Err(e) => return Err(e),
            };
            tx.execute(
                "UPDATE sync_peer SET applied_seq = ?2, changes = changes + ?3 WHERE device_id = ?1",
                params![device, as_i64(seq), as_i64(body.versions.len() as u64)],
            )?;
            merged += store::materialize(&tx)?.written;
            tx.commit()?;
            received += n;
            applied = seq;
            fresh = true;
        }
        if fresh {
            self.conn.execute(
                "UPDATE sync_peer SET last_seen = ?2 WHERE device_id = ?1",
                params![device, stamp(now)],
            )?;
        }
        // Records still waiting (for a plan that came later from another
        // computer) are tried once more now that everything is in.
        let tx = self.immediate()?;
        merged += store::materialize(&tx)?.written;
        tx.commit()?;
        Ok((received, merged))
    }

    /// Opens one of another computer's files, noting a problem (once per
    /// version of the file) when it can't be read.
    fn read_file<T: for<'de> Deserialize<'de>>(
        &mut self,
        meta: &Meta,
        device: &str,
        path: &Path,
        kind: FileKind,
        seq: Option<u64>,
    ) -> Result<Option<T>> {
        let rel = format!(
            "{device}/{}",
            path.file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default()
        );
        let file_stamp = folder::stamp_of(path);
        let known: Option<String> = self
            .conn
            .query_row(
                "SELECT stamp FROM sync_problem WHERE file = ?1",
                [&rel],
                |r| r.get(0),
            )
            .optional()?;
        if known.as_deref() == Some(file_stamp.as_str()) {
            return Ok(None);
        }
        match folder::read_sealed::<T>(
            path,
            &meta.folder_key,
            &meta.journal_id,
            device,
            (kind, seq),
        ) {
            Ok((_, body)) => {
                if known.is_some() {
                    self.conn
                        .execute("DELETE FROM sync_problem WHERE file = ?1", [&rel])?;
                }
                Ok(Some(body))
            }
            Err(why) => {
                let words = why.words();
                self.note_problem(&rel, &file_stamp, &words)?;
                Ok(None)
            }
        }
    }

    fn note_problem(&self, file: &str, file_stamp: &str, words: &(String, String)) -> Result<()> {
        self.conn.execute(
            "INSERT INTO sync_problem (file, stamp, message, advice) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (file) DO UPDATE SET stamp = excluded.stamp, message = excluded.message,
                 advice = excluded.advice",
            params![file, file_stamp, words.0, words.1],
        )?;
        Ok(())
    }

    /// Sync as it stands, in plain words.
    pub fn sync_status(&self) -> Result<SyncStatus> {
        let Some(meta) = load_meta(&self.conn)? else {
            return Ok(SyncStatus {
                on: false,
                folder: None,
                this_computer: None,
                last_sent: None,
                last_received: None,
                computers: Vec::new(),
                problems: Vec::new(),
                newer_changes: 0,
                conflicts: 0,
            });
        };
        let (last_sent, last_received): (Option<String>, Option<String>) =
            self.conn
                .query_row("SELECT last_sent, last_received FROM sync_meta", [], |r| {
                    Ok((r.get(0)?, r.get(1)?))
                })?;
        let cutoff = stamp(&(self.clock.now() - Duration::days(STALE_AFTER_DAYS)));
        let computers = self
            .conn
            .prepare(
                "SELECT device_id, name, last_seen, changes FROM sync_peer ORDER BY last_seen DESC, device_id",
            )?
            .query_map([], |r| {
                let last_seen: Option<String> = r.get(2)?;
                Ok(Computer {
                    id: r.get(0)?,
                    name: r.get(1)?,
                    stale: last_seen.as_deref().is_some_and(|s| s < cutoff.as_str()),
                    last_seen,
                    changes: as_u64(r.get(3)?),
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let mut problems: Vec<Problem> = Vec::new();
        if !meta.root.is_dir() {
            let shown = meta.root.display().to_string();
            problems.push(Problem {
                file: None,
                message: i18n::text(
                    "error-sync-folder-missing",
                    &[("path", shown.as_str().into())],
                ),
                advice: i18n::text("error-sync-folder-missing-advice", &[]),
            });
        }
        let mut stmt = self
            .conn
            .prepare("SELECT file, message, advice FROM sync_problem ORDER BY file")?;
        let rows = stmt.query_map([], |r| {
            let file: String = r.get(0)?;
            Ok(Problem {
                file: (!file.starts_with(':')).then_some(file),
                message: r.get(1)?,
                advice: r.get(2)?,
            })
        })?;
        for p in rows {
            problems.push(p?);
        }
        let tx = self.read_snapshot()?;
        let conflicts = store::conflicts(&tx)?.len();
        let newer_changes = store::newer_count(&tx)?;
        drop(tx);
        Ok(SyncStatus {
            on: true,
            folder: Some(meta.root.to_string_lossy().into_owned()),
            this_computer: Some(Computer {
                id: meta.device_id.clone(),
                name: meta.device_name.clone(),
                last_seen: None,
                changes: meta.written_seq,
                stale: false,
            }),
            last_sent,
            last_received,
            computers,
            problems,
            newer_changes,
            conflicts,
        })
    }

    /// Fields edited apart on two computers, with every version kept.
    pub fn sync_conflicts(&self) -> Result<Vec<Conflict>> {
        let tx = self.read_snapshot()?;
        let open = store::conflicts(&tx)?;
        let names: BTreeMap<String, String> = self
            .conn
            .prepare("SELECT device_id, name FROM sync_peer")?
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        let me = load_meta(&self.conn)?.map(|m| (m.device_id, m.device_name));
        let mut out = Vec::new();
        for c in open {
            let (entry_id, title) = entry_of(&tx, &c.kind, &c.key)?;
            let versions = c
                .heads
                .iter()
                .enumerate()
                .map(|(i, h)| {
                    let hlc = Hlc::parse(&h.hlc).ok();
                    let device = hlc.as_ref().map(|x| x.device.clone()).unwrap_or_default();
                    let computer = match &me {
                        Some((id, name)) if *id == device => {
                            i18n::text("error-sync-this-computer", &[("name", name.into())])
                        }
                        _ => names
                            .get(&device)
                            .filter(|n| !n.is_empty())
                            .cloned()
                            .unwrap_or_else(|| i18n::text("error-sync-another-computer", &[])),
                    };
                    let at = hlc
                        .and_then(|x| {
                            DateTime::from_timestamp_millis(i64::try_from(x.millis).unwrap_or(0))
                        })
                        .map(|t| t.to_rfc3339_opts(SecondsFormat::Secs, true))
                        .unwrap_or_default();
                    ConflictVersion {
                        version: h.hlc.clone(),
                        text: h.value.as_str().unwrap_or_default().to_owned(),
                        computer,
                        at,
                        current: i == 0,
                    }
                })
                .collect();
            out.push(Conflict {
                field_label: i18n::text(field_label(&c.kind, &c.field), &[]),
                kind: c.kind,
                uid: c.key,
                field: c.field,
                entry_title: title,
                entry_id,
                versions,
            });
        }
        Ok(out)
    }

    /// Settles a field edited on two computers as the person chose: one
    /// version's words, or all of them one after another. The choice is a
    /// change like any other, and travels.
    pub fn sync_resolve(
        &mut self,
        kind: &str,
        uid: &str,
        field: &str,
        choice: &Choice,
    ) -> Result<Vec<Conflict>> {
        let Some(meta) = load_meta(&self.conn)? else {
            return Err(not_syncing());
        };
        let now = self.clock.now();
        let tx = self.immediate()?;
        let mut stamper = Stamper {
            device: meta.device_id.clone(),
            last: meta.hlc.clone(),
            wall_millis: wall_millis(&now),
        };
        // The versions the person was shown. Edits made here and not yet
        // looked at are recorded next, so the choice below can't write over
        // them: it replaces only versions that were shown. An edit typed
        // into this very field since stays beside the chosen words, to be
        // chosen between in its turn.
        let shown: Vec<String> = store::heads(&tx, kind, uid, field)?
            .into_iter()
            .map(|h| h.hlc)
            .collect();
        let (deleted_at, _) = crate::clock::to_stored(&now);
        store::capture(&tx, &mut stamper, &deleted_at)?;
        let heads = store::heads(&tx, kind, uid, field)?;
        if heads.len() < 2 {
            return Err(Error::NotFound(i18n::text(
                "error-sync-already-settled",
                &[],
            )));
        }
        let value = match choice {
            Choice::Keep(version) => heads
                .iter()
                .find(|h| h.hlc == *version)
                .map(|h| h.value.clone())
                .ok_or_else(|| Error::NotFound(i18n::text("error-sync-version-gone", &[])))?,
            Choice::KeepBoth(_) => {
                let mut seen = std::collections::BTreeSet::new();
                let parts: Vec<&str> = heads
                    .iter()
                    .filter_map(|h| h.value.as_str())
                    .filter(|t| seen.insert(*t))
                    .collect();
                Value::String(parts.join("\n\n"))
            }
        };
        let v = WireVersion {
            k: kind.to_owned(),
            r: uid.to_owned(),
            f: field.to_owned(),
            h: stamper.next().to_text(),
            p: heads
                .iter()
                .filter(|h| matches!(choice, Choice::KeepBoth(_)) || shown.contains(&h.hlc))
                .map(|h| h.hlc.clone())
                .collect(),
            v: Some(value),
        };
        store::insert(&tx, &v, Some(0))?;
        tx.execute(
            "INSERT OR IGNORE INTO sync_dirty (kind, key) VALUES (?1, ?2)",
            params![kind, uid],
        )?;
        store::materialize(&tx)?;
        save_hlc(&tx, &stamper)?;
        tx.commit()?;
        self.sync_conflicts()
    }
}

/// Finds the folder key with a passphrase or a recovery key, trying each
/// computer's sealed copy.
fn unlock_folder(root: &Path, journal_id: &str, secret: &str) -> Result<(Joined, FolderKey)> {
    // A passphrase is taken as typed (the lock screen doesn't trim one
    // either); a recovery key's spaces don't matter to its reader.
    if secret.trim().is_empty() {
        return Err(Error::Invalid(i18n::text("error-sync-type-secret", &[])));
    }
    let code = JournalKey::from_recovery_code(secret).ok();
    let mut tried_any = false;
    for (device, dir) in folder::device_dirs(root)? {
        let Ok((header, _)) = folder::read_header(&dir.join(folder::DEVICE_FILE)) else {
            continue;
        };
        if header.journal != journal_id || header.device != device {
            continue;
        }
        let Some(pairing) = header.pairing else {
            continue;
        };
        tried_any = true;
        let mut candidates: Vec<JournalKey> = Vec::new();
        if let Some(k) = &code {
            candidates.push(k.clone());
        }
        if let Some(kdf) = &pairing.kdf {
            // One computer's damaged settings don't stop the others'.
            if code.is_none() {
                if let Ok(key) = JournalKey::from_passphrase(secret, kdf) {
                    candidates.push(key);
                }
            }
        }
        for key in candidates {
            if let Some(folder_key) = PairingKey::derive(&key, journal_id).unwrap(
                &pairing.nonce,
                &pairing.sealed,
                journal_id.as_bytes(),
            ) {
                return Ok((
                    Joined {
                        key,
                        kdf: pairing.kdf.clone(),
                    },
                    folder_key,
                ));
            }
        }
    }
    if !tried_any {
        return Err(Error::Invalid(i18n::text(
            "error-sync-files-not-arrived",
            &[],
        )));
    }
    Err(Error::WrongKey)
}

fn header(meta: &Meta, kind: FileKind, seq: u64) -> Header {
    Header {
        journal: meta.journal_id.clone(),
        device: meta.device_id.clone(),
        kind,
        seq,
        schema: folder::SCHEMA,
        nonce: String::new(),
        pairing: None,
    }
}

fn save_hlc(tx: &Transaction<'_>, stamper: &Stamper) -> Result<()> {
    if let Some(h) = &stamper.last {
        tx.execute("UPDATE sync_meta SET hlc = ?1", [h.to_text()])?;
    }
    Ok(())
}

fn clear_sync(tx: &Transaction<'_>) -> Result<()> {
    tx.execute_batch(
        "DELETE FROM sync_meta; DELETE FROM sync_version; DELETE FROM sync_shadow;
         DELETE FROM sync_dirty; DELETE FROM sync_peer; DELETE FROM sync_problem;",
    )?;
    Ok(())
}

fn peers_applied(conn: &rusqlite::Connection) -> Result<BTreeMap<String, u64>> {
    Ok(conn
        .prepare("SELECT device_id, applied_seq FROM sync_peer")?
        .query_map([], |r| Ok((r.get::<_, String>(0)?, as_u64(r.get(1)?))))?
        .collect::<rusqlite::Result<_>>()?)
}

#[allow(clippy::many_single_char_names)] // the wire's own field names
fn versions_where(
    conn: &rusqlite::Connection,
    filter: &str,
    args: &[i64],
) -> Result<Vec<WireVersion>> {
    let mut stmt = conn.prepare(&format!(
        "SELECT kind, key, field, hlc, prevs, value, superseded FROM sync_version WHERE {filter}
         ORDER BY kind, key, field, hlc"
    ))?;
    let rows = stmt.query_map(rusqlite::params_from_iter(args.iter()), |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, String>(3)?,
            r.get::<_, String>(4)?,
            r.get::<_, Option<String>>(5)?,
            r.get::<_, i64>(6)?,
        ))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (k, r, f, h, p, v, superseded) = row?;
        out.push(WireVersion {
            k,
            r,
            f,
            h,
            p: serde_json::from_str(&p).unwrap_or_default(),
            v: if superseded == 1 {
                None
            } else {
                v.and_then(|v| serde_json::from_str(&v).ok())
            },
        });
    }
    Ok(out)
}

fn sending_problem(e: &Error) -> (String, String) {
    match e {
        Error::DiskFull => (
            i18n::text("error-sync-disk-full", &[]),
            i18n::text("error-sync-disk-full-advice", &[]),
        ),
        other => {
            let detail = other.message();
            (
                i18n::text("error-sync-not-sent", &[("detail", detail.as_str().into())]),
                i18n::text("error-sync-not-sent-advice", &[]),
            )
        }
    }
}

/// The journal entry a record belongs to, and a short title for it.
fn entry_of(tx: &Transaction<'_>, kind: &str, uid: &str) -> Result<(Option<i64>, String)> {
    if !matches!(kind, "reflection" | "moment" | "checkin" | "note") {
        let title = match kind {
            "plan" => tx
                .query_row("SELECT action FROM plan WHERE uid = ?1", [uid], |r| {
                    r.get::<_, String>(0)
                })
                .optional()?
                .unwrap_or_else(|| i18n::text("error-sync-title-plan", &[])),
            "compassion_break" => i18n::text("error-sync-title-compassion-break", &[]),
            _ => i18n::text("error-sync-title-record", &[]),
        };
        return Ok((None, title));
    }
    let row: Option<(i64, String)> = tx
        .query_row(
            &format!(
                "SELECT e.id, e.summary FROM entry e JOIN {kind} t ON t.id = e.ref_id
                 WHERE e.kind = ?1 AND t.uid = ?2"
            ),
            params![kind, uid],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    Ok(match row {
        Some((id, summary)) => (Some(id), summary),
        None => (None, i18n::text("error-sync-title-entry", &[])),
    })
}

/// The message id of a field's name, as the person knows it.
fn field_label(kind: &str, field: &str) -> &'static str {
    match (kind, field) {
        ("reflection", "takeaway") => "error-sync-field-takeaway",
        ("reflection", "difficult") => "error-sync-field-difficult",
        ("reflection", "focus") => "error-sync-field-focus",
        ("reflection", "feeling_note") => "error-sync-field-feeling-note",
        ("moment", "situation") => "error-sync-field-situation",
        ("moment", "body") => "error-sync-field-body",
        ("moment", "self_talk") => "error-sync-field-self-talk",
        ("moment", "did") => "error-sync-field-did",
        ("moment", "friend") => "error-sync-field-friend",
        ("moment", "evidence_for") => "error-sync-field-evidence-for",
        ("moment", "evidence_against") => "error-sync-field-evidence-against",
        ("moment", "balanced") => "error-sync-field-balanced",
        ("checkin" | "plan_day", "note") => "error-sync-field-note",
        ("note", "text") => "error-sync-field-note-text",
        ("plan", "action") => "error-sync-field-plan-action",
        ("plan", "cue") => "error-sync-field-plan-cue",
        ("plan_day", "reason") => "error-sync-field-plan-day-reason",
        ("compassion_break", "mindfulness") => "error-sync-field-mindfulness",
        ("compassion_break", "humanity") => "error-sync-field-humanity",
        ("compassion_break", "kindness") => "error-sync-field-kindness",
        ("experiment", "prediction") => "error-sync-field-experiment-prediction",
        ("experiment", "test") => "error-sync-field-experiment-test",
        ("experiment", "safety") => "error-sync-field-experiment-safety",
        ("experiment", "expected") => "error-sync-field-experiment-expected",
        ("experiment", "happened") => "error-sync-field-experiment-happened",
        ("experiment", "learned") => "error-sync-field-experiment-learned",
        ("experiment", "obstacles") => "error-sync-field-experiment-obstacles",
        ("value", "words") => "error-sync-field-value-words",
        ("activity", "what") => "error-sync-field-activity-what",
        ("activity", "note") => "error-sync-field-activity-note",
        _ => "error-sync-field-text",
    }
}
