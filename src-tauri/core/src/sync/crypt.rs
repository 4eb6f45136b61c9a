//! The sync folder's keys, and sealing and opening its files.
//!
//! Every file in the folder is sealed with one random 256-bit *folder key*
//! (`XChaCha20-Poly1305`, `RustCrypto`'s audited implementation; a fresh random
//! 192-bit nonce per file, so computers never need to agree on a counter).
//! The folder key is kept, sealed, in each computer's device file under a
//! *pairing key* derived with HKDF-SHA256 from the journal's key: the key a
//! passphrase stretches to (Argon2id, whose salt and settings travel in
//! the clear) or the recovery key itself. So whoever can open the journal
//! can pair a new computer, and nobody else learns anything from the
//! folder but how many files there are, their sizes and times.
//!
//! Everything a file says in the clear (journal, computer, sequence
//! number, format version) is authenticated as associated data: a file
//! moved from another journal, renumbered or altered by a single bit is
//! refused.

use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use hkdf::Hkdf;
use sha2::Sha256;
use zeroize::{Zeroize, Zeroizing};

use crate::error::{Error, Result};
use crate::i18n;
use crate::storage::key::{decode_hex, encode_hex, random_bytes, JournalKey};

/// The folder key: seals every file. Wiped when dropped.
#[derive(Clone, PartialEq, Eq)]
pub struct FolderKey([u8; 32]);

impl Drop for FolderKey {
    fn drop(&mut self) {
        self.0.zeroize();
    }
}

impl std::fmt::Debug for FolderKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("FolderKey(…)")
    }
}

impl FolderKey {
    pub fn random() -> Result<Self> {
        Ok(Self(random_bytes()?))
    }

    pub fn to_hex(&self) -> Zeroizing<String> {
        Zeroizing::new(encode_hex(&self.0))
    }

    pub fn from_hex(text: &str) -> Result<Self> {
        let bytes = Zeroizing::new(
            decode_hex(text)
                .filter(|b| b.len() == 32)
                .ok_or_else(|| Error::Storage(i18n::text("error-sync-key-damaged", &[])))?,
        );
        let mut key = [0u8; 32];
        key.copy_from_slice(&bytes);
        Ok(Self(key))
    }

    /// Seals `plain`, binding `aad` to it. Returns the nonce and the sealed
    /// bytes (ciphertext and its 16-byte tag).
    pub fn seal(&self, aad: &[u8], plain: &[u8]) -> Result<([u8; 24], Vec<u8>)> {
        seal_with(&self.0, aad, plain)
    }

    /// Seals with a nonce the caller drew (it must be fresh and random:
    /// the file header carries it, and the header is sealed against).
    pub fn seal_nonce(&self, nonce: &[u8; 24], aad: &[u8], plain: &[u8]) -> Result<Vec<u8>> {
        XChaCha20Poly1305::new((&self.0).into())
            .encrypt(XNonce::from_slice(nonce), Payload { msg: plain, aad })
            .map_err(|_| Error::Storage(i18n::text("error-sync-not-sealed", &[])))
    }

    /// Opens what [`FolderKey::seal`] sealed; `None` if the bytes, the
    /// associated data or the key differ in any way.
    pub fn open(&self, nonce: &[u8; 24], aad: &[u8], sealed: &[u8]) -> Option<Vec<u8>> {
        open_with(&self.0, nonce, aad, sealed)
    }
}

/// The key that seals the folder key in a device file, from the journal's
/// key and the journal's id (so the same passphrase on two journals gives
/// two unrelated pairing keys).
pub struct PairingKey(Zeroizing<[u8; 32]>);

impl std::fmt::Debug for PairingKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("PairingKey(…)")
    }
}

impl PairingKey {
    pub fn derive(journal_key: &JournalKey, journal_id: &str) -> Self {
        let hk = Hkdf::<Sha256>::new(Some(journal_id.as_bytes()), journal_key.bytes());
        let mut out = Zeroizing::new([0u8; 32]);
        // 32 bytes is far below HKDF-SHA256's limit of 8160; cannot fail.
        hk.expand(b"interlude sync: pairing key v1", out.as_mut())
            .unwrap_or_default();
        Self(out)
    }

    /// Seals the folder key; returns (nonce hex, sealed hex).
    pub fn wrap(&self, folder: &FolderKey, aad: &[u8]) -> Result<(String, String)> {
        let (nonce, sealed) = seal_with(&self.0, aad, &folder.0)?;
        Ok((encode_hex(&nonce), encode_hex(&sealed)))
    }

    /// The folder key, if this pairing key sealed it.
    pub fn unwrap(&self, nonce_hex: &str, sealed_hex: &str, aad: &[u8]) -> Option<FolderKey> {
        let nonce: [u8; 24] = decode_hex(nonce_hex)?.try_into().ok()?;
        let sealed = decode_hex(sealed_hex)?;
        let plain = Zeroizing::new(open_with(&self.0, &nonce, aad, &sealed)?);
        let key: [u8; 32] = plain.as_slice().try_into().ok()?;
        Some(FolderKey(key))
    }
}

fn seal_with(key: &[u8; 32], aad: &[u8], plain: &[u8]) -> Result<([u8; 24], Vec<u8>)> {
    let cipher = XChaCha20Poly1305::new(key.into());
    let nonce: [u8; 24] = random_bytes()?;
    let sealed = cipher
        .encrypt(XNonce::from_slice(&nonce), Payload { msg: plain, aad })
        .map_err(|_| Error::Storage(i18n::text("error-sync-not-sealed", &[])))?;
    Ok((nonce, sealed))
}

fn open_with(key: &[u8; 32], nonce: &[u8; 24], aad: &[u8], sealed: &[u8]) -> Option<Vec<u8>> {
    let cipher = XChaCha20Poly1305::new(key.into());
    cipher
        .decrypt(XNonce::from_slice(nonce), Payload { msg: sealed, aad })
        .ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sealed_bytes_open_only_unchanged() {
        let key = FolderKey::random().unwrap();
        let (nonce, sealed) = key.seal(b"header", b"a private sentence").unwrap();
        assert_eq!(
            key.open(&nonce, b"header", &sealed).unwrap(),
            b"a private sentence"
        );
        assert!(!sealed.windows(7).any(|w| w == b"private"));
        let mut flipped = sealed.clone();
        flipped[3] ^= 1;
        assert!(key.open(&nonce, b"header", &flipped).is_none());
        assert!(key.open(&nonce, b"headeR", &sealed).is_none());
        assert!(key
            .open(&nonce, b"header", &sealed[..sealed.len() - 1])
            .is_none());
        assert!(FolderKey::random()
            .unwrap()
            .open(&nonce, b"header", &sealed)
            .is_none());
    }

    #[test]
    fn pairing_needs_the_same_journal_key_and_journal() {
        let journal = JournalKey::random().unwrap();
        let folder = FolderKey::random().unwrap();
        let (n, s) = PairingKey::derive(&journal, "j1")
            .wrap(&folder, b"dev")
            .unwrap();
        assert_eq!(
            PairingKey::derive(&journal, "j1").unwrap(&n, &s, b"dev"),
            Some(folder)
        );
        assert!(PairingKey::derive(&journal, "j2")
            .unwrap(&n, &s, b"dev")
            .is_none());
        let other = JournalKey::random().unwrap();
        assert!(PairingKey::derive(&other, "j1")
            .unwrap(&n, &s, b"dev")
            .is_none());
    }
}
