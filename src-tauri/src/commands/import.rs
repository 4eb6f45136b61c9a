//! Imports from other apps (Daylio, Loop Habit Tracker, jrnl, Day One,
//! FreeCBT): a preview that writes nothing, then the import itself. The
//! window reads the file the person picked and sends its bytes as base64
//! (Day One's and Loop's exports are zips, not text).

use interlude_core::{Error, ImportPreview, ImportSummary, Result, Source};
use tauri::{AppHandle, Runtime, State};

use crate::args::Arg;
use crate::commands::announce;
use crate::settings;
use crate::state::AppState;

#[tauri::command]
pub async fn preview_import_from(
    state: State<'_, AppState>,
    source: Arg<Source>,
    file_name: Arg<String>,
    data: Arg<String>,
) -> Result<ImportPreview> {
    let bytes = decode_base64(&data.0)?;
    state
        .db()?
        .preview_import(source.0, &file_name.0, &bytes, settings::system_zone())
}

#[tauri::command]
pub async fn import_from<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    source: Arg<Source>,
    file_name: Arg<String>,
    data: Arg<String>,
) -> Result<ImportSummary> {
    let bytes = decode_base64(&data.0)?;
    let result = state
        .db()?
        .import_from(source.0, &file_name.0, &bytes, settings::system_zone());
    announce(&app, result)
}

/// Standard base64 (with or without padding; whitespace ignored). Text
/// that would decode past the import cap is refused before decoding.
pub fn decode_base64(text: &str) -> Result<Vec<u8>> {
    interlude_core::transfer::check_import_size(text.len() / 4 * 3, "The file")?;
    let bad = || Error::Invalid("The file didn't arrive whole; please pick it again.".into());
    let value = |c: u8| -> Option<u32> {
        Some(u32::from(match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            _ => return None,
        }))
    };
    let clean: Vec<u8> = text.bytes().filter(|c| !c.is_ascii_whitespace()).collect();
    let body = clean
        .strip_suffix(b"==")
        .or_else(|| clean.strip_suffix(b"="))
        .unwrap_or(&clean);
    if body.len() % 4 == 1 {
        return Err(bad());
    }
    let mut out = Vec::with_capacity(body.len() / 4 * 3 + 2);
    for chunk in body.chunks(4) {
        let mut acc = 0u32;
        for (i, &c) in chunk.iter().enumerate() {
            acc |= value(c).ok_or_else(bad)? << (18 - 6 * i);
        }
        let bytes = acc.to_be_bytes();
        out.extend_from_slice(&bytes[1..chunk.len()]);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::decode_base64;

    #[test]
    fn base64_decodes_with_and_without_padding_and_refuses_junk() {
        assert_eq!(decode_base64("").unwrap(), b"");
        assert_eq!(decode_base64("TQ==").unwrap(), b"M");
        assert_eq!(decode_base64("TWE=").unwrap(), b"Ma");
        assert_eq!(decode_base64("TWFu").unwrap(), b"Man");
        assert_eq!(decode_base64("TWE").unwrap(), b"Ma");
        assert_eq!(decode_base64("aGVsbG8g\nd29ybGQ=").unwrap(), b"hello world");
        assert_eq!(decode_base64("/+8=").unwrap(), [0xff, 0xef]);
        for junk in ["T", "TW!u", "TWFu====", "é"] {
            assert!(decode_base64(junk).is_err(), "{junk}");
        }
    }
}
