//! Zip archives from other apps (Loop Habit Tracker, Day One, Daylio's
//! backups), read with the `zip` crate: a well-kept, fuzzed reader, where
//! an archive someone brings is untrusted input. This file only adds what
//! an import needs on top: a list of members by name, a cap on how much
//! all of them may inflate to, and messages a person can act on.
//!
//! Only stored and deflated members are read (the crate is built without
//! its other codecs and without decryption); anything else is refused by
//! name, as are password-protected members and damaged archives.

use std::cell::{Cell, RefCell};
use std::io::{Cursor, Read};

use chrono::NaiveDate;
use zip::result::ZipError;
use zip::{CompressionMethod, ZipArchive};

use super::fail;
use crate::error::{Error, Result};
use crate::i18n;
use crate::interchange::transfer::MAX_IMPORT_BYTES;

/// Whether `bytes` start like a zip archive.
pub(crate) fn is_zip(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06")
}

/// One member of an archive, as its central directory lists it.
#[derive(Debug, Clone)]
pub(crate) struct Member {
    pub name: String,
    /// The day the member was last changed (DOS date), if set.
    pub modified: Option<NaiveDate>,
    index: usize,
    size: u64,
    encrypted: bool,
    method: CompressionMethod,
}

/// An archive opened for reading.
pub(crate) struct Zip<'a> {
    file: &'a str,
    archive: RefCell<ZipArchive<Cursor<&'a [u8]>>>,
    pub members: Vec<Member>,
    /// Bytes inflated so far: all members together stay within
    /// [`MAX_IMPORT_BYTES`], so a small archive can't unpack into gigabytes.
    inflated: Cell<u64>,
}

impl std::fmt::Debug for Zip<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Zip")
            .field("file", &self.file)
            .field("members", &self.members)
            .finish_non_exhaustive()
    }
}

impl<'a> Zip<'a> {
    /// Reads the archive's directory. `file` names it in messages.
    pub fn open(file: &'a str, bytes: &'a [u8]) -> Result<Self> {
        let mut archive = ZipArchive::new(Cursor::new(bytes)).map_err(|e| damaged(file, &e))?;
        let mut members = Vec::with_capacity(archive.len());
        for index in 0..archive.len() {
            // The raw view lists a member without decrypting or inflating it.
            let member = archive.by_index_raw(index).map_err(|e| damaged(file, &e))?;
            let name = member.name().map_err(|e| damaged(file, &e))?;
            members.push(Member {
                // Archives made on Windows may use backslashes.
                name: name.replace('\\', "/"),
                modified: member.last_modified().and_then(|d| {
                    NaiveDate::from_ymd_opt(
                        i32::from(d.year()),
                        u32::from(d.month()),
                        u32::from(d.day()),
                    )
                }),
                index,
                size: member.size(),
                encrypted: member.encrypted(),
                method: member.compression(),
            });
        }
        Ok(Self {
            file,
            archive: RefCell::new(archive),
            members,
            inflated: Cell::new(0),
        })
    }

    /// The archive's file name, for messages.
    pub fn file(&self) -> &'a str {
        self.file
    }

    /// The member called exactly `name`.
    pub fn member(&self, name: &str) -> Option<&Member> {
        self.members.iter().find(|m| m.name == name)
    }

    /// A member's content, inflated and checked against its CRC-32.
    pub fn read(&self, member: &Member) -> Result<Vec<u8>> {
        let place = format!("{}, {}", self.file, member.name);
        if member.encrypted {
            return Err(fail(&place, &i18n::text("error-import-zip-password", &[])));
        }
        if !matches!(
            member.method,
            CompressionMethod::Stored | CompressionMethod::Deflated
        ) {
            // `to_u16` is the crate's only way to the method's number (its
            // replacement is crate-private); the number is what a person
            // can look up.
            #[allow(deprecated)]
            return Err(fail(
                &place,
                &i18n::text(
                    "error-import-zip-method",
                    &[("method", member.method.to_u16().into())],
                ),
            ));
        }
        // The size the directory declares counts against the cap first;
        // reading stops one byte past it, so a member that lies about its
        // size can't inflate further.
        let total = self.inflated.get().saturating_add(member.size);
        if total > MAX_IMPORT_BYTES {
            return Err(fail(&place, &i18n::text("error-import-zip-too-large", &[])));
        }
        self.inflated.set(total);
        let mut archive = self.archive.borrow_mut();
        let entry = archive
            .by_index(member.index)
            .map_err(|e| damaged(&place, &e))?;
        let mut content =
            Vec::with_capacity(usize::try_from(member.size).unwrap_or(0).min(1 << 20));
        entry
            .take(member.size.saturating_add(1))
            .read_to_end(&mut content)
            .map_err(|_| fail(&place, &i18n::text("error-import-zip-checksum", &[])))?;
        if u64::try_from(content.len()).unwrap_or(u64::MAX) != member.size {
            return Err(fail(&place, &i18n::text("error-import-zip-size", &[])));
        }
        Ok(content)
    }
}

/// What went wrong with an archive or a member, in words a person can act on.
fn damaged(place: &str, e: &ZipError) -> Error {
    match e {
        ZipError::UnsupportedArchive(what)
            if what.contains("ncrypt") || what.contains("assword") =>
        {
            fail(place, &i18n::text("error-import-zip-password", &[]))
        }
        ZipError::UnsupportedArchive(_) => {
            fail(place, &i18n::text("error-import-zip-unsupported", &[]))
        }
        _ => fail(place, &i18n::text("error-import-zip-damaged", &[])),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn not_a_zip_and_cut_short_are_refused() {
        let err = Zip::open("x.zip", b"PK\x03\x04 and then nothing").unwrap_err();
        assert!(err.to_string().contains("cut short"), "{err}");
    }
}
