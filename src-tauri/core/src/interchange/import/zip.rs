//! A small zip reader for the exports that come as zip archives (Loop Habit
//! Tracker, Day One). It reads the central directory at the end of the
//! file and the members it lists, stored or deflated (inflated with
//! `miniz_oxide`), and checks each member's CRC-32. Archives it can't read
//! safely are refused with a clear message: encrypted members, zip64 (for
//! archives over 4 GB, which no export here comes near), other compression
//! methods, and archives cut short.

use chrono::NaiveDate;

use super::fail;
use crate::error::Result;
use crate::interchange::transfer::MAX_IMPORT_BYTES;

const LOCAL_HEADER: u32 = 0x0403_4b50;
const CENTRAL_HEADER: u32 = 0x0201_4b50;
const END_OF_DIRECTORY: u32 = 0x0605_4b50;
const ZIP64_LOCATOR: u32 = 0x0706_4b50;

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
    method: u16,
    flags: u16,
    crc: u32,
    compressed: usize,
    size: usize,
    local_offset: usize,
}

/// An archive opened for reading.
#[derive(Debug)]
pub(crate) struct Zip<'a> {
    file: &'a str,
    bytes: &'a [u8],
    pub members: Vec<Member>,
    /// Bytes inflated so far: all members together stay within
    /// [`MAX_IMPORT_BYTES`], so a small archive can't unpack into gigabytes.
    inflated: std::cell::Cell<u64>,
}

fn u16_at(bytes: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_le_bytes(bytes.get(at..at + 2)?.try_into().ok()?))
}

fn u32_at(bytes: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(bytes.get(at..at + 4)?.try_into().ok()?))
}

fn size(v: u32) -> usize {
    usize::try_from(v).unwrap_or(usize::MAX)
}

impl<'a> Zip<'a> {
    /// Reads the archive's directory. `file` names it in messages.
    pub fn open(file: &'a str, bytes: &'a [u8]) -> Result<Self> {
        let cut_short = || {
            fail(
                file,
                "is an incomplete zip archive: its end is missing, so it was probably cut short \
                 while copying. Export it again",
            )
        };
        // The end-of-directory record is the last 22 bytes, unless the
        // archive has a comment (at most 65,535 bytes) after it.
        let earliest = bytes.len().saturating_sub(22 + 65_535);
        let end = (earliest..=bytes.len().saturating_sub(22))
            .rev()
            .find(|&at| u32_at(bytes, at) == Some(END_OF_DIRECTORY))
            .ok_or_else(cut_short)?;
        if end >= 20 && u32_at(bytes, end - 20) == Some(ZIP64_LOCATOR) {
            return Err(zip64(file));
        }
        let count = u16_at(bytes, end + 10).ok_or_else(cut_short)?;
        let directory_size = u32_at(bytes, end + 12).ok_or_else(cut_short)?;
        let directory_at = u32_at(bytes, end + 16).ok_or_else(cut_short)?;
        if count == u16::MAX || directory_size == u32::MAX || directory_at == u32::MAX {
            return Err(zip64(file));
        }
        let mut at = size(directory_at);
        if at.saturating_add(size(directory_size)) > end {
            return Err(cut_short());
        }
        let mut members = Vec::with_capacity(usize::from(count));
        for _ in 0..count {
            if u32_at(bytes, at) != Some(CENTRAL_HEADER) {
                return Err(cut_short());
            }
            let field = |offset: usize| u16_at(bytes, at + offset).ok_or_else(cut_short);
            let word = |offset: usize| u32_at(bytes, at + offset).ok_or_else(cut_short);
            let flags = field(8)?;
            let method = field(10)?;
            let date = field(14)?;
            let crc = word(16)?;
            let compressed = word(20)?;
            let uncompressed = word(24)?;
            let name_len = usize::from(field(28)?);
            let extra_len = usize::from(field(30)?);
            let comment_len = usize::from(field(32)?);
            let local = word(42)?;
            if compressed == u32::MAX || uncompressed == u32::MAX || local == u32::MAX {
                return Err(zip64(file));
            }
            let name = bytes
                .get(at + 46..at + 46 + name_len)
                .ok_or_else(cut_short)?;
            members.push(Member {
                name: String::from_utf8_lossy(name).replace('\\', "/"),
                modified: dos_date(date),
                method,
                flags,
                crc,
                compressed: size(compressed),
                size: size(uncompressed),
                local_offset: size(local),
            });
            at += 46 + name_len + extra_len + comment_len;
        }
        Ok(Self {
            file,
            bytes,
            members,
            inflated: std::cell::Cell::new(0),
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

    /// A member's content, inflated and checked.
    pub fn read(&self, member: &Member) -> Result<Vec<u8>> {
        let place = format!("{}, {}", self.file, member.name);
        if member.flags & 1 != 0 {
            return Err(fail(
                &place,
                "is password-protected; export it again without a password",
            ));
        }
        let total = self
            .inflated
            .get()
            .saturating_add(u64::try_from(member.size).unwrap_or(u64::MAX));
        if total > MAX_IMPORT_BYTES {
            return Err(fail(&place, "is too large to import"));
        }
        self.inflated.set(total);
        let cut_short = || {
            fail(
                &place,
                "is cut short inside the archive, so the archive was probably damaged while \
                 copying. Export it again",
            )
        };
        let header = member.local_offset;
        if u32_at(self.bytes, header) != Some(LOCAL_HEADER) {
            return Err(cut_short());
        }
        let name_len = usize::from(u16_at(self.bytes, header + 26).ok_or_else(cut_short)?);
        let extra_len = usize::from(u16_at(self.bytes, header + 28).ok_or_else(cut_short)?);
        let start = header + 30 + name_len + extra_len;
        let data = self
            .bytes
            .get(start..start.saturating_add(member.compressed))
            .ok_or_else(cut_short)?;
        let content = match member.method {
            0 => data.to_vec(),
            8 => miniz_oxide::inflate::decompress_to_vec_with_limit(data, member.size)
                .map_err(|_| fail(&place, "is damaged: its compressed data can't be read"))?,
            other => {
                return Err(fail(
                    &place,
                    &format!(
                        "is compressed in a way Interlude can't read (method {other}); only \
                         stored and deflated members are supported"
                    ),
                ))
            }
        };
        if content.len() != member.size || crc32(&content) != member.crc {
            return Err(fail(
                &place,
                "is damaged: its content doesn't match its checksum. Export it again",
            ));
        }
        Ok(content)
    }
}

fn zip64(file: &str) -> crate::error::Error {
    fail(
        file,
        "uses the zip64 format for very large archives, which Interlude can't read",
    )
}

/// A DOS date: day in bits 0–4, month in 5–8, years since 1980 in 9–15.
fn dos_date(v: u16) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(
        1980 + i32::from(v >> 9),
        u32::from((v >> 5) & 0xF),
        u32::from(v & 0x1F),
    )
}

const CRC_TABLE: [u32; 256] = {
    let mut table = [0_u32; 256];
    let mut i = 0;
    while i < 256 {
        // `i` < 256: the cast is exact.
        #[allow(clippy::cast_possible_truncation)]
        let mut c = i as u32;
        let mut k = 0;
        while k < 8 {
            c = if c & 1 == 0 {
                c >> 1
            } else {
                0xEDB8_8320 ^ (c >> 1)
            };
            k += 1;
        }
        table[i] = c;
        i += 1;
    }
    table
};

/// CRC-32 (IEEE), as zip uses.
pub(crate) fn crc32(bytes: &[u8]) -> u32 {
    !bytes.iter().fold(!0_u32, |c, &b| {
        CRC_TABLE[usize::from(c.to_le_bytes()[0] ^ b)] ^ (c >> 8)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crc_matches_the_check_value() {
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
        assert_eq!(crc32(b""), 0);
    }

    #[test]
    fn dos_dates_read_and_zero_is_none() {
        // 2026-11-20: year 46 since 1980, month 11, day 20.
        assert_eq!(
            dos_date((46 << 9) | (11 << 5) | 0x14),
            NaiveDate::from_ymd_opt(2026, 11, 20)
        );
        assert_eq!(dos_date(0), None);
    }

    #[test]
    fn not_a_zip_and_cut_short_are_refused() {
        let err = Zip::open("x.zip", b"PK\x03\x04 and then nothing").unwrap_err();
        assert!(err.to_string().contains("cut short"), "{err}");
    }
}
