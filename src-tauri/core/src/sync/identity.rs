//! Which computer this journal is in the folder, and the pairing it offers.
//!
//! Two things can make a journal's memory of the folder wrong, and both
//! would lose words if left alone:
//!
//! - **A journal rewound or copied.** A backup put back, a journal
//!   recovered from a backup, or `interlude.db` copied to a second
//!   computer remembers fewer of its own change files than the folder
//!   holds. Writing on under the same name would reuse file numbers the
//!   other computers have already merged, so they would never read the new
//!   changes. Such a journal takes a new name in the folder (a new
//!   computer id, numbering from 1) and reads its old name's files as
//!   another computer's, so nothing written under the old name is lost.
//! - **A new passphrase or recovery key.** The folder key is offered to
//!   joining computers sealed under the journal's key. After the key
//!   changes, that seal is renewed with the new key, so the new passphrase
//!   (and no longer the old one) pairs the next computer.

use rusqlite::params;

use super::crypt::PairingKey;
use super::folder::{self, Name, Pairing};
use super::{load_meta, Meta};
use crate::error::Result;
use crate::storage::db::Db;
use crate::storage::key::{encode_hex, random_bytes, KeySettings};

impl Db {
    /// After a backup is put back: the journal takes a new computer id in
    /// the folder, and what the backup holds is sent again as new changes,
    /// so it is what the person sees everywhere. Anything written since on
    /// any computer still merges back in; free text written since is kept
    /// beside the restored words, as two versions to choose from. Does
    /// nothing for a journal that doesn't sync.
    pub fn sync_after_restore(&mut self) -> Result<()> {
        if load_meta(&self.conn)?.is_none() {
            return Ok(());
        }
        self.take_new_identity(true)
    }

    /// A journal whose own folder holds change files it doesn't remember
    /// writing was rewound or copied: it takes a new id before it writes.
    /// Returns whether it did.
    pub(super) fn new_identity_if_rewound(&mut self, meta: &mut Meta) -> Result<bool> {
        let dir = meta.root.join(&meta.device_id);
        let Ok(entries) = std::fs::read_dir(&dir) else {
            return Ok(false);
        };
        let newest_there = entries
            .flatten()
            .filter_map(
                |e| match folder::classify(&e.file_name().to_string_lossy()) {
                    Name::Changes(seq) | Name::Snapshot(seq) => Some(seq),
                    _ => None,
                },
            )
            .max()
            .unwrap_or(0);
        if newest_there <= meta.written_seq {
            return Ok(false);
        }
        self.take_new_identity(false)?;
        if let Some(fresh) = load_meta(&self.conn)? {
            *meta = fresh;
        }
        Ok(true)
    }

    /// A new computer id, numbering from 1. Versions made here and not yet
    /// written go out under the new id; those already written stay in the
    /// old id's files, which are read from now on as another computer's.
    /// With `resend`, every record is sent again as a change made now.
    fn take_new_identity(&mut self, resend: bool) -> Result<()> {
        let device_id = encode_hex(&random_bytes::<8>()?);
        let tx = self.immediate()?;
        let written: i64 = tx.query_row("SELECT written_seq FROM sync_meta", [], |r| r.get(0))?;
        tx.execute(
            "UPDATE sync_version SET seq = CASE WHEN seq > ?1 THEN 0 ELSE NULL END
             WHERE seq IS NOT NULL AND seq > 0",
            [written],
        )?;
        tx.execute(
            "UPDATE sync_meta SET device_id = ?1, next_seq = 1, written_seq = 0, snapshot_seq = 0",
            params![device_id],
        )?;
        if resend {
            tx.execute("DELETE FROM sync_shadow", [])?;
        }
        tx.commit()?;
        Ok(())
    }

    /// Renews the folder key's seal when the journal's key no longer opens
    /// it (the passphrase or recovery key was changed). A journal kept
    /// plain has no key of its own: its seal stays the sync passphrase's.
    /// Returns whether it renewed it, so the device file is written anew.
    pub(super) fn reseal_if_key_changed(&mut self, meta: &mut Meta) -> Result<bool> {
        let Some(key) = self.key.clone() else {
            return Ok(false);
        };
        let aad = meta.journal_id.as_bytes();
        let derived = PairingKey::derive(&key, &meta.journal_id);
        if derived
            .unwrap(&meta.pairing.nonce, &meta.pairing.sealed, aad)
            .is_some()
        {
            return Ok(false);
        }
        let kdf = match self
            .path()
            .and_then(std::path::Path::parent)
            .map(KeySettings::load)
        {
            Some(Ok(Some(KeySettings::Passphrase(params)))) => Some(params),
            _ => None,
        };
        let (nonce, sealed) = derived.wrap(&meta.folder_key, aad)?;
        let pairing = Pairing { kdf, nonce, sealed };
        self.conn.execute(
            "UPDATE sync_meta SET pairing = ?1",
            [serde_json::to_string(&pairing).unwrap_or_default()],
        )?;
        meta.pairing = pairing;
        Ok(true)
    }
}
