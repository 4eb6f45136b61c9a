//! Uids derived from other names, for records that must come out the same
//! on every computer that makes them: a homework item imported twice, an
//! answer to the same question on the same reflection written on two
//! computers. Random uids (`Uuid::new_v4`) are for everything else.

use sha2::{Digest, Sha256};

/// SHA-256 of `domain`, `a` and `b` (each apart from the next by a NUL,
/// so ("fa", "") and ("f", "a") differ), as a UUID of version 8: custom.
pub(crate) fn derived_uid(domain: &str, a: &str, b: &str) -> String {
    let mut hash = Sha256::new();
    hash.update(domain.as_bytes());
    hash.update(b"\0");
    hash.update(a.as_bytes());
    hash.update(b"\0");
    hash.update(b.as_bytes());
    let digest = hash.finalize();
    let mut bytes = [0_u8; 16];
    bytes.copy_from_slice(&digest[..16]);
    uuid::Builder::from_custom_bytes(bytes)
        .into_uuid()
        .to_string()
}
