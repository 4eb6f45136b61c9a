//! "Unlock with my login": the journal's key kept by the operating system's
//! keychain — Secret Service on Linux (GNOME Keyring or `KWallet`), Keychain on
//! macOS, Credential Manager on Windows — which the person's login unlocks.
//!
//! Only the key lives there (as hex, under the service "Interlude" and an
//! account named in the key settings file); it is never written anywhere
//! else. The app reaches the keychain through the [`Keychain`] trait so the
//! command tests can use an in-memory one, and so a platform without a
//! keychain answers "not available" instead of pretending.

use std::collections::HashMap;
use std::sync::{Mutex, PoisonError};

use interlude_core::storage::key::JournalKey;
use interlude_core::{Error, Result};

/// The keychain's service name for every Interlude key.
pub const SERVICE: &str = "Interlude";

/// Where the journal's key can be kept by the login.
pub trait Keychain: Send + Sync + std::fmt::Debug {
    /// Whether a keychain answers at all (an empty one counts).
    fn available(&self) -> bool;
    /// The key kept under `account`.
    fn get(&self, account: &str) -> Result<JournalKey>;
    /// Keeps `key` under `account`.
    fn set(&self, account: &str, key: &JournalKey) -> Result<()>;
    /// Forgets the key under `account` (gone already is fine).
    fn delete(&self, account: &str) -> Result<()>;
}

/// What the keychain was asked to do, for the words of its failure.
#[derive(Debug, Clone, Copy)]
enum Asked {
    /// Keep a new key: a passphrase can be chosen instead.
    Keep,
    /// Give (or forget) a key it keeps: the recovery key is the way round.
    Give,
}

/// The sentence for a keychain that didn't answer, with its own words for
/// whoever helps the person.
fn unreachable_keychain(asked: Asked, detail: &dyn std::fmt::Display) -> Error {
    Error::Keychain(match asked {
        Asked::Keep => format!(
            "This computer's keychain didn't answer, so Interlude can't use your login to keep \
             the journal's key. A passphrase works instead. ({detail})"
        ),
        Asked::Give => format!(
            "This computer's keychain didn't answer, so Interlude couldn't get the journal's \
             key. If the keychain is locked, unlock it and try again; the recovery key you \
             wrote down also opens the journal. ({detail})"
        ),
    })
}

fn no_such_key() -> Error {
    Error::Keychain(crate::t("cli-keychain-no-key", &[]))
}

/// The keychain gave a key, but not this journal's.
pub fn key_does_not_open() -> Error {
    Error::Keychain(crate::t("cli-keychain-wrong-key", &[]))
}

/// The platform's own keychain, through the `keyring` crate.
#[derive(Debug, Default)]
pub struct OsKeychain;

#[cfg(any(target_os = "linux", target_os = "macos", windows))]
mod os {
    use super::{no_such_key, unreachable_keychain, Asked, Keychain, OsKeychain, SERVICE};
    use interlude_core::storage::key::JournalKey;
    use interlude_core::{Error, Result};

    fn entry(account: &str, asked: Asked) -> Result<keyring::Entry> {
        keyring::Entry::new(SERVICE, account).map_err(|e| unreachable_keychain(asked, &e))
    }

    impl Keychain for OsKeychain {
        fn available(&self) -> bool {
            // Looking up an entry that isn't there answers "no entry" from a
            // working keychain, and an access error from a missing one.
            let Ok(probe) = keyring::Entry::new(SERVICE, "availability-check") else {
                return false;
            };
            matches!(probe.get_password(), Ok(_) | Err(keyring::Error::NoEntry))
        }

        fn get(&self, account: &str) -> Result<JournalKey> {
            match entry(account, Asked::Give)?.get_password() {
                // The hex text is the key: wiped once it has been read.
                Ok(hex) => JournalKey::from_hex(&zeroize::Zeroizing::new(hex)).map_err(|_| {
                    Error::Keychain(
                        "The keychain holds something for this journal that is not its key. \
                         Nothing was changed."
                            .into(),
                    )
                }),
                Err(keyring::Error::NoEntry) => Err(no_such_key()),
                Err(e) => Err(unreachable_keychain(Asked::Give, &e)),
            }
        }

        fn set(&self, account: &str, key: &JournalKey) -> Result<()> {
            let entry = entry(account, Asked::Keep)?;
            entry
                .set_password(&key.to_hex())
                .map_err(|e| unreachable_keychain(Asked::Keep, &e))?;
            // A name a person recognises in Seahorse or Keychain Access
            // (not every store has labels; the key is kept either way).
            let _ = entry.update_attributes(&std::collections::HashMap::from([(
                "label",
                "Interlude journal key",
            )]));
            Ok(())
        }

        fn delete(&self, account: &str) -> Result<()> {
            match entry(account, Asked::Give)?.delete_credential() {
                Ok(()) | Err(keyring::Error::NoEntry) => Ok(()),
                Err(e) => Err(unreachable_keychain(Asked::Give, &e)),
            }
        }
    }
}

#[cfg(not(any(target_os = "linux", target_os = "macos", windows)))]
impl Keychain for OsKeychain {
    fn available(&self) -> bool {
        false
    }
    fn get(&self, _: &str) -> Result<JournalKey> {
        Err(unreachable_keychain(
            Asked::Give,
            &"no keychain on this system",
        ))
    }
    fn set(&self, _: &str, _: &JournalKey) -> Result<()> {
        Err(unreachable_keychain(
            Asked::Keep,
            &"no keychain on this system",
        ))
    }
    fn delete(&self, _: &str) -> Result<()> {
        Ok(())
    }
}

/// A keychain in memory, for tests: `MemoryKeychain::absent()` behaves like
/// a computer without one.
#[doc(hidden)]
#[derive(Debug, Default)]
pub struct MemoryKeychain {
    absent: bool,
    keys: Mutex<HashMap<String, String>>,
}

impl MemoryKeychain {
    pub fn absent() -> Self {
        Self {
            absent: true,
            ..Self::default()
        }
    }

    /// The accounts it holds keys for, sorted.
    pub fn accounts(&self) -> Vec<String> {
        let mut accounts: Vec<String> = self.keys().keys().cloned().collect();
        accounts.sort();
        accounts
    }

    /// Forgets every key, as a reset keychain would.
    pub fn clear(&self) {
        self.keys().clear();
    }

    fn keys(&self) -> std::sync::MutexGuard<'_, HashMap<String, String>> {
        self.keys.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn reachable(&self, asked: Asked) -> Result<()> {
        if self.absent {
            Err(unreachable_keychain(asked, &"no keychain in this test"))
        } else {
            Ok(())
        }
    }
}

impl Keychain for MemoryKeychain {
    fn available(&self) -> bool {
        !self.absent
    }
    fn get(&self, account: &str) -> Result<JournalKey> {
        self.reachable(Asked::Give)?;
        let hex = self.keys().get(account).cloned().ok_or_else(no_such_key)?;
        JournalKey::from_hex(&hex)
    }
    fn set(&self, account: &str, key: &JournalKey) -> Result<()> {
        self.reachable(Asked::Keep)?;
        self.keys()
            .insert(account.to_owned(), key.to_hex().to_string());
        Ok(())
    }
    fn delete(&self, account: &str) -> Result<()> {
        self.reachable(Asked::Give)?;
        self.keys().remove(account);
        Ok(())
    }
}
