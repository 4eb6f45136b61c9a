//! The journal's encryption key, and how a passphrase becomes one.
//!
//! SQLCipher encrypts every page of the database (entries, the search
//! index, the WAL) with a 256-bit key. We hand it the raw key
//! (`PRAGMA key = "x'…'"`), so SQLCipher's own PBKDF2 step is skipped and
//! the stretching is ours: Argon2id, memory-hard, with its parameters and
//! salt kept beside the database in `interlude.kdf.json` (they are not
//! secret; without them the passphrase can't be turned into the key again).
//!
//! A key never appears in `Debug` output, errors or logs.

use std::fmt;
use std::path::Path;

use serde::{Deserialize, Serialize};
use zeroize::{Zeroize, Zeroizing};

use crate::error::{Error, Result};
use crate::i18n;
use crate::storage::files;

/// The file beside the database that holds the KDF's parameters and salt.
pub const KDF_FILE: &str = "interlude.kdf.json";

/// Argon2's refusal of its settings, in words.
fn key_settings_unusable(e: argon2::Error) -> Error {
    let detail = e.to_string();
    Error::Invalid(i18n::text(
        "error-storage-key-settings-unusable",
        &[("detail", detail.as_str().into())],
    ))
}

/// A 256-bit SQLCipher key, wiped from memory when dropped.
#[derive(Clone, PartialEq, Eq)]
pub struct JournalKey([u8; 32]);

impl Drop for JournalKey {
    fn drop(&mut self) {
        self.0.zeroize();
    }
}

impl fmt::Debug for JournalKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("JournalKey(…)")
    }
}

impl JournalKey {
    /// A fresh random key from the operating system's generator (for
    /// "unlock with my login", where the keychain keeps it).
    pub fn random() -> Result<Self> {
        Ok(Self(random_bytes()?))
    }

    /// The key a passphrase gives with these parameters.
    pub fn from_passphrase(passphrase: &str, params: &KdfParams) -> Result<Self> {
        if passphrase.is_empty() {
            return Err(Error::Invalid(i18n::text(
                "error-storage-type-passphrase",
                &[],
            )));
        }
        let argon = argon2::Argon2::new(
            argon2::Algorithm::Argon2id,
            argon2::Version::V0x13,
            argon2::Params::new(params.memory_kib, params.passes, params.lanes, Some(32))
                .map_err(key_settings_unusable)?,
        );
        let salt = params.salt_bytes()?;
        let mut bytes = Zeroizing::new([0u8; 32]);
        argon
            .hash_password_into(passphrase.as_bytes(), &salt, bytes.as_mut())
            .map_err(key_settings_unusable)?;
        Ok(Self(*bytes))
    }

    /// A key kept as hex text (by the OS keychain).
    pub fn from_hex(text: &str) -> Result<Self> {
        let bytes = Zeroizing::new(
            decode_hex(text.trim())
                .filter(|b| b.len() == 32)
                .ok_or_else(|| {
                    Error::Invalid(i18n::text("error-storage-stored-key-invalid", &[]))
                })?,
        );
        let mut key = [0u8; 32];
        key.copy_from_slice(&bytes);
        Ok(Self(key))
    }

    /// The key as hex text, for the OS keychain.
    pub fn to_hex(&self) -> Zeroizing<String> {
        Zeroizing::new(encode_hex(&self.0))
    }

    /// The key as a recovery code a person can write down: Crockford's
    /// base32 (no I, L, O or U to misread), 52 characters in 13 groups of 4.
    pub fn to_recovery_code(&self) -> String {
        let code = crockford().encode(&self.0);
        code.as_bytes()
            .chunks(4)
            .map(|group| String::from_utf8_lossy(group).into_owned())
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// The key a recovery code stands for. Spaces, dashes and case don't
    /// matter, and O reads as 0, I and L as 1, as Crockford's base32 says.
    pub fn from_recovery_code(text: &str) -> Result<Self> {
        let not_a_code = |why: &str| {
            Error::Invalid(i18n::text(
                "error-storage-not-a-recovery-key",
                &[("detail", why.into())],
            ))
        };
        // Forgiven before decoding, so the decoder only ever sees the 32
        // digits and a wrong letter can be named as the person typed it.
        let typed: Vec<char> = text
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '-')
            .collect();
        let digits: String = typed
            .iter()
            .map(|c| match c.to_ascii_uppercase() {
                'O' => '0',
                'I' | 'L' => '1',
                c => c,
            })
            .collect();
        if let Some(c) = digits
            .chars()
            .find(|c| !c.is_ascii() || !CROCKFORD.contains(&(*c as u8)))
        {
            let letter = c.to_string();
            return Err(not_a_code(&i18n::text(
                "error-storage-recovery-key-bad-letter",
                &[("letter", letter.as_str().into())],
            )));
        }
        if digits.len() != 52 {
            return Err(not_a_code(&i18n::text(
                "error-storage-recovery-key-length",
                &[("count", digits.len().into())],
            )));
        }
        // 52 digits carry 260 bits: the last 4 must be zero (the decoder
        // checks), so only one code stands for each key.
        let bytes = Zeroizing::new(crockford().decode(digits.as_bytes()).map_err(|_| {
            not_a_code(&i18n::text(
                "error-storage-recovery-key-last-character",
                &[],
            ))
        })?);
        let key: [u8; 32] = bytes
            .as_slice()
            .try_into()
            .map_err(|_| not_a_code(&i18n::text("error-storage-recovery-key-incomplete", &[])))?;
        Ok(Self(key))
    }

    /// The raw key, for deriving the keys of the sync folder from it.
    pub(crate) fn bytes(&self) -> &[u8; 32] {
        &self.0
    }

    /// The value of `PRAGMA key` / `PRAGMA rekey` for this raw key.
    pub(crate) fn pragma_value(&self) -> Zeroizing<String> {
        Zeroizing::new(format!("\"x'{}'\"", *self.to_hex()))
    }
}

/// Argon2id's parameters and salt, as stored in [`KDF_FILE`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct KdfParams {
    /// Always "argon2id"; named so a future change can be recognised.
    pub kdf: String,
    pub memory_kib: u32,
    pub passes: u32,
    pub lanes: u32,
    /// 16 random bytes, hex.
    pub salt: String,
}

impl KdfParams {
    /// At least 64 MiB and 3 passes (our floor, and OWASP's
    /// second recommended Argon2id setting); one lane, so a two-core
    /// machine takes well under a second.
    pub const MEMORY_KIB: u32 = 64 * 1024;
    pub const PASSES: u32 = 3;

    /// New parameters with a fresh random salt.
    pub fn new() -> Result<Self> {
        let salt: [u8; 16] = random_bytes()?;
        Ok(Self {
            kdf: "argon2id".into(),
            memory_kib: Self::MEMORY_KIB,
            passes: Self::PASSES,
            lanes: 1,
            salt: encode_hex(&salt),
        })
    }

    /// The most memory (1 GiB) and passes (10) a settings file may ask
    /// for: beyond them a damaged or hostile file would stall or exhaust
    /// the machine before saying anything.
    pub const MAX_MEMORY_KIB: u32 = 1024 * 1024;
    pub const MAX_PASSES: u32 = 10;
    pub const MAX_LANES: u32 = 16;

    fn salt_bytes(&self) -> Result<Vec<u8>> {
        if self.memory_kib > Self::MAX_MEMORY_KIB
            || self.passes > Self::MAX_PASSES
            || self.lanes == 0
            || self.lanes > Self::MAX_LANES
        {
            return Err(Error::Invalid(i18n::text(
                "error-storage-kdf-limits",
                &[
                    ("memory", (self.memory_kib / 1024).into()),
                    ("passes", self.passes.into()),
                    ("lanes", self.lanes.into()),
                ],
            )));
        }
        if self.kdf != "argon2id" {
            return Err(Error::Invalid(i18n::text(
                "error-storage-kdf-unknown",
                &[("name", self.kdf.as_str().into())],
            )));
        }
        decode_hex(&self.salt)
            .filter(|s| s.len() >= 16)
            .ok_or_else(|| Error::Invalid(i18n::text("error-storage-kdf-no-salt", &[])))
    }

    /// Writes the parameters beside the database in `dir`, atomically.
    pub fn save(&self, dir: &Path) -> Result<()> {
        KeySettings::Passphrase(self.clone()).save_as(dir, KDF_FILE)
    }
}

/// A key kept by the operating system's keychain: which entry holds it.
/// The key itself is never in this file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct LoginEntry {
    /// Always "login"; what tells this file from a passphrase's.
    pub keeper: String,
    /// The keychain entry's account name. A new one for every key, so the
    /// entry of an old key (which still opens the copy kept from before a
    /// change) is never overwritten by the new one.
    pub account: String,
}

impl LoginEntry {
    /// A new entry name, `journal-` and 16 random hex digits.
    pub fn new() -> Result<Self> {
        let id: [u8; 8] = random_bytes()?;
        Ok(Self {
            keeper: "login".into(),
            account: format!("journal-{}", encode_hex(&id)),
        })
    }
}

/// How the journal's key is kept, as recorded in [`KDF_FILE`]: stretched
/// from a passphrase, or kept whole by the OS keychain ("unlock with my
/// login"). Files written before the keychain existed are passphrase ones.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeySettings {
    Passphrase(KdfParams),
    Login(LoginEntry),
}

/// What keeps the journal's key, as the person chose it: nothing (a plain
/// journal), a passphrase, or the login's keychain. Crosses IPC as
/// "none", "passphrase" or "login".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum KeptBy {
    None,
    Passphrase,
    Login,
}

impl KeySettings {
    /// What these settings keep the key with.
    pub fn keeper(&self) -> KeptBy {
        match self {
            KeySettings::Passphrase(_) => KeptBy::Passphrase,
            KeySettings::Login(_) => KeptBy::Login,
        }
    }

    /// Reads the settings kept beside the database in `dir`, if any.
    pub fn load(dir: &Path) -> Result<Option<Self>> {
        Self::load_from(dir, KDF_FILE)
    }

    /// Reads the settings in `dir/file` (the settings file, the one a
    /// change writes first, or the one kept with the previous copy), if it
    /// exists.
    pub fn load_from(dir: &Path, file: &str) -> Result<Option<Self>> {
        let text = match std::fs::read_to_string(dir.join(file)) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => {
                return Err(Error::io(
                    i18n::text("error-storage-key-settings-unreadable", &[]),
                    e,
                ))
            }
        };
        let unreadable = |e: serde_json::Error| {
            let detail = e.to_string();
            Error::Corrupt(i18n::text(
                "error-storage-settings-file-unreadable",
                &[("file", file.into()), ("detail", detail.as_str().into())],
            ))
        };
        let value: serde_json::Value = serde_json::from_str(&text).map_err(unreadable)?;
        if value.get("keeper").is_some() {
            let entry: LoginEntry = serde_json::from_value(value).map_err(unreadable)?;
            if entry.keeper != "login" || entry.account.trim().is_empty() {
                return Err(Error::Invalid(i18n::text(
                    "error-storage-keeper-unknown",
                    &[("name", entry.keeper.as_str().into())],
                )));
            }
            return Ok(Some(KeySettings::Login(entry)));
        }
        let params: KdfParams = serde_json::from_value(value).map_err(unreadable)?;
        params.salt_bytes()?;
        Ok(Some(KeySettings::Passphrase(params)))
    }

    /// Writes the settings to `dir/file`, atomically.
    pub fn save_as(&self, dir: &Path, file: &str) -> Result<()> {
        let text = match self {
            KeySettings::Passphrase(params) => serde_json::to_string_pretty(params),
            KeySettings::Login(entry) => serde_json::to_string_pretty(entry),
        }
        .map_err(|e| {
            let detail = e.to_string();
            Error::Storage(i18n::text(
                "error-storage-key-settings-not-written",
                &[("detail", detail.as_str().into())],
            ))
        })?;
        files::write_atomically(&dir.join(file), text.as_bytes())
    }
}

/// Crockford's base32 without padding, most significant bits first, with
/// the unused bits at the end checked to be zero.
fn crockford() -> data_encoding::Encoding {
    let mut spec = data_encoding::Specification::new();
    spec.symbols
        .push_str(std::str::from_utf8(CROCKFORD).unwrap_or_default());
    spec.check_trailing_bits = true;
    // The symbols above are 32 distinct ASCII characters, so the spec is
    // valid and this cannot fail at run time; the round-trip tests below
    // would catch an edit that broke it.
    spec.encoding()
        .unwrap_or_else(|_| unreachable!("a fixed, valid base32 spec"))
}

/// Crockford's base32 digits, for recovery codes.
const CROCKFORD: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// `N` bytes from the operating system's random number generator.
pub(crate) fn random_bytes<const N: usize>() -> Result<[u8; N]> {
    let mut bytes = [0u8; N];
    getrandom::fill(&mut bytes).map_err(|e| {
        let detail = e.to_string();
        Error::Storage(i18n::text(
            "error-storage-no-random",
            &[("detail", detail.as_str().into())],
        ))
    })?;
    Ok(bytes)
}

pub(crate) fn encode_hex(bytes: &[u8]) -> String {
    use std::fmt::Write;
    bytes
        .iter()
        .fold(String::with_capacity(bytes.len() * 2), |mut s, b| {
            let _ = write!(s, "{b:02x}");
            s
        })
}

pub(crate) fn decode_hex(text: &str) -> Option<Vec<u8>> {
    if !text.len().is_multiple_of(2) || !text.is_ascii() {
        return None;
    }
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&text[i..i + 2], 16).ok())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quick(salt: &str) -> KdfParams {
        // Small on purpose: unit tests check the plumbing, not the cost.
        KdfParams {
            kdf: "argon2id".into(),
            memory_kib: 256,
            passes: 1,
            lanes: 1,
            salt: salt.into(),
        }
    }

    #[test]
    fn the_same_passphrase_and_salt_give_the_same_key() {
        let salt = "00112233445566778899aabbccddeeff";
        let a = JournalKey::from_passphrase("river stones", &quick(salt)).unwrap();
        let b = JournalKey::from_passphrase("river stones", &quick(salt)).unwrap();
        assert_eq!(a, b);
        let other_salt = quick("ffeeddccbbaa99887766554433221100");
        assert_ne!(
            a,
            JournalKey::from_passphrase("river stones", &other_salt).unwrap()
        );
        assert_ne!(
            a,
            JournalKey::from_passphrase("river stone", &quick(salt)).unwrap()
        );
    }

    #[test]
    fn keys_never_show_in_debug_output() {
        let key = JournalKey::random().unwrap();
        assert_eq!(format!("{key:?}"), "JournalKey(…)");
        assert!(!format!("{:?}", Error::Invalid("x".into())).contains(key.to_hex().as_str()));
    }

    #[test]
    fn hex_round_trips_and_rejects_what_is_not_a_key() {
        let key = JournalKey::random().unwrap();
        assert_eq!(JournalKey::from_hex(&key.to_hex()).unwrap(), key);
        for bad in ["", "abc", "zz", &"00".repeat(31), &"00".repeat(33), "é0"] {
            assert!(JournalKey::from_hex(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn recovery_codes_round_trip_and_forgive_what_people_mistype() {
        for _ in 0..200 {
            let key = JournalKey::random().unwrap();
            let code = key.to_recovery_code();
            assert_eq!(code.len(), 52 + 12, "{code}");
            assert!(code
                .split(' ')
                .all(|g| g.len() == 4 && g.bytes().all(|b| CROCKFORD.contains(&b))));
            assert_eq!(JournalKey::from_recovery_code(&code).unwrap(), key);
            let sloppy = code
                .to_lowercase()
                .replace(' ', "-")
                .replace('0', "o")
                .replace('1', "l");
            assert_eq!(JournalKey::from_recovery_code(&sloppy).unwrap(), key);
        }
        let zero = JournalKey([0; 32]).to_recovery_code();
        assert_eq!(zero, "0000 ".repeat(12) + "0000");
        let ones = JournalKey([0xff; 32]).to_recovery_code();
        assert!(ones.ends_with('G'), "{ones}: 1 bit then 4 zeros is 16");
        let code = JournalKey::random().unwrap().to_recovery_code();
        for (bad, why) in [
            ("", "52"),
            (&code[..code.len() - 1], "52"),
            (&format!("{code}0"), "52"),
            (
                &code.replacen(|c: char| c.is_ascii_alphanumeric(), "U", 1),
                "\"U\"",
            ),
            (
                &code.replacen(|c: char| c.is_ascii_alphanumeric(), "*", 1),
                "\"*\"",
            ),
            (&format!("{}Z", &code[..code.len() - 1]), "last character"),
        ] {
            let e = JournalKey::from_recovery_code(bad).unwrap_err();
            assert_eq!(e.kind(), "invalid");
            assert!(e.to_string().contains(why), "{bad}: {e}");
        }
    }

    #[test]
    fn new_parameters_meet_the_floor_and_differ_in_salt() {
        let a = KdfParams::new().unwrap();
        let b = KdfParams::new().unwrap();
        assert!(a.memory_kib >= 64 * 1024 && a.passes >= 3);
        assert_ne!(a.salt, b.salt);
    }

    #[test]
    fn parameters_round_trip_through_their_file_and_refuse_strangers() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(KeySettings::load(dir.path()).unwrap(), None);
        let params = KdfParams::new().unwrap();
        params.save(dir.path()).unwrap();
        assert_eq!(
            KeySettings::load(dir.path()).unwrap(),
            Some(KeySettings::Passphrase(params))
        );
        std::fs::write(dir.path().join(KDF_FILE), "{\"kdf\":\"rot13\"}").unwrap();
        assert_eq!(KeySettings::load(dir.path()).unwrap_err().kind(), "corrupt");
        let mut odd = KdfParams::new().unwrap();
        odd.kdf = "scrypt".into();
        odd.save(dir.path()).unwrap();
        assert_eq!(KeySettings::load(dir.path()).unwrap_err().kind(), "invalid");
    }

    #[test]
    fn a_login_entry_round_trips_and_holds_no_key() {
        let dir = tempfile::tempdir().unwrap();
        let entry = LoginEntry::new().unwrap();
        assert!(entry.account.starts_with("journal-") && entry.account.len() == 24);
        assert_ne!(entry, LoginEntry::new().unwrap());
        let settings = KeySettings::Login(entry);
        settings.save_as(dir.path(), KDF_FILE).unwrap();
        assert_eq!(
            KeySettings::load(dir.path()).unwrap(),
            Some(settings.clone())
        );
        assert_eq!(settings.keeper(), KeptBy::Login);
        let text = std::fs::read_to_string(dir.path().join(KDF_FILE)).unwrap();
        assert_eq!(
            serde_json::from_str::<serde_json::Value>(&text)
                .unwrap()
                .as_object()
                .unwrap()
                .len(),
            2,
            "{text}"
        );
        for (bad, kind) in [
            ("{\"keeper\":\"tpm\",\"account\":\"x\"}", "invalid"),
            ("{\"keeper\":\"login\",\"account\":\" \"}", "invalid"),
            ("{\"keeper\":\"login\"}", "corrupt"),
            (
                "{\"keeper\":\"login\",\"account\":\"x\",\"key\":\"00\"}",
                "corrupt",
            ),
            ("[]", "corrupt"),
        ] {
            std::fs::write(dir.path().join(KDF_FILE), bad).unwrap();
            assert_eq!(
                KeySettings::load(dir.path()).unwrap_err().kind(),
                kind,
                "{bad}"
            );
        }
    }

    #[test]
    fn an_empty_passphrase_is_refused() {
        let err = JournalKey::from_passphrase("", &quick("00112233445566778899aabbccddeeff"));
        assert_eq!(err.unwrap_err().kind(), "invalid");
    }
}
