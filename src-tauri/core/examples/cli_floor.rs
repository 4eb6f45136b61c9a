//! The floor under a terminal command, for `make bench`: a Rust binary
//! that links only the core (SQLCipher and the system's libcrypto), opens
//! a plain journal and does what `interlude search` or `interlude note`
//! does, printing one line per hit. No argument parsing crate, no keychain,
//! no D-Bus: what is left is process start, opening the journal and the
//! query itself, so `interlude` can be compared with the least any such
//! command could cost.
//!
//! `cli_floor DIR search WORDS…` or `cli_floor DIR note WORDS…`

use std::io::Write;
use std::sync::Arc;

use interlude_core::{Db, NoteInput, SystemClock};

fn main() -> std::process::ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [dir, what, words @ ..] = args.as_slice() else {
        eprintln!("usage: cli_floor DIR search|note WORDS…");
        return std::process::ExitCode::from(2);
    };
    let text = words.join(" ");
    let result =
        Db::open_in_dir(std::path::Path::new(dir), Arc::new(SystemClock)).and_then(|mut db| {
            let mut out = std::io::stdout().lock();
            if what == "note" {
                db.create_note(NoteInput {
                    text,
                    ..NoteInput::default()
                })?;
                let _ = writeln!(out, "saved");
            } else {
                for hit in db.search(&text, 50)?.hits {
                    let _ = writeln!(out, "{}", hit.snippet);
                }
            }
            Ok(())
        });
    match result {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("cli_floor: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}
