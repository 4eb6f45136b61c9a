//! Sync's figures for `make bench`: joining a journal of N entries (the
//! time, and what it puts in the folder), one change from its file's
//! arrival to the merged journal, and the folder after a year of daily
//! use. Each beside its floor in the same run: importing the same entries
//! from an export file (the journal's own fastest way in).
//!
//! `sync_bench N` prints `name<TAB>value` lines.

#![allow(clippy::unwrap_used)]

use std::path::Path;
use std::sync::Arc;
use std::time::Instant;

use interlude_core::journal::note::NoteInput;
use interlude_core::storage::key::JournalKey;
use interlude_core::{Clock, Db, ManualClock};

fn dir_size(dir: &Path) -> (u64, usize) {
    let mut bytes = 0;
    let mut files = 0;
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            let (b, f) = dir_size(&p);
            bytes += b;
            files += f;
        } else {
            bytes += e.metadata().unwrap().len();
            files += 1;
        }
    }
    (bytes, files)
}

const WORDS: &[&str] = &[
    "walked", "river", "meeting", "tired", "sister", "called", "breath", "slow", "work", "evening",
    "garden", "worried", "calmer", "sleep", "bus", "late", "kind", "noticed", "again", "later",
];

fn text(i: usize) -> String {
    (0..30)
        .map(|j| WORDS[(i * 7 + j * 13) % WORDS.len()])
        .collect::<Vec<_>>()
        .join(" ")
}

fn export_of(n: usize) -> String {
    let notes: Vec<serde_json::Value> = (0..n)
        .map(|i| {
            let at = format!("2026-{:02}-{:02}T{:02}:00:00+01:00", 1 + (i / 28) % 12, 1 + i % 28, 8 + i % 12);
            serde_json::json!({
                "uid": format!("00000000-0000-4000-8000-{i:012}"),
                "at": at, "text": text(i), "mood": 1 + i % 10,
                "starred": i % 17 == 0, "private": false, "tags": if i % 5 == 0 { vec!["walk"] } else { vec![] },
                "createdAt": at, "updatedAt": at,
            })
        })
        .collect();
    serde_json::json!({"format": "interlude-export", "version": 4, "reflections": [], "notes": notes}).to_string()
}

fn ms(t: Instant) -> f64 {
    t.elapsed().as_secs_f64() * 1000.0
}

#[allow(clippy::many_single_char_names)] // a and b are the two computers
fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(10_000);
    let clock = Arc::new(ManualClock::at("2026-12-01T09:00:00+01:00"));
    let export = export_of(n);
    let key = JournalKey::random().unwrap();
    let code = key.to_recovery_code();

    let dir_a = tempfile::tempdir().unwrap();
    let mut a = Db::open_in_dir(dir_a.path(), clock.clone()).unwrap();
    a.import_json(&export).unwrap();

    // The floor: the same entries into an empty journal from an export.
    let floor = tempfile::tempdir().unwrap();
    let mut f = Db::open_in_dir(floor.path(), clock.clone()).unwrap();
    let t = Instant::now();
    f.import_json(&export).unwrap();
    println!("import_floor_ms\t{:.0}", ms(t));

    let shared = tempfile::tempdir().unwrap();
    let t = Instant::now();
    a.sync_start(shared.path(), "A", &key, None).unwrap();
    println!("start_ms\t{:.0}", ms(t));
    let (bytes, files) = dir_size(shared.path());
    println!("folder_after_start_kb\t{}", bytes / 1024);
    println!("folder_after_start_files\t{files}");
    println!("export_file_kb\t{}", export.len() / 1024);

    let dir_b = tempfile::tempdir().unwrap();
    let mut b = Db::open_in_dir(dir_b.path(), clock.clone()).unwrap();
    let t = Instant::now();
    b.sync_join(shared.path(), "B", &code).unwrap();
    println!("join_ms\t{:.0}", ms(t));

    // One change: A writes a note and sends it; B merges the file.
    a.create_note(NoteInput {
        text: "one more".into(),
        ..NoteInput::default()
    })
    .unwrap();
    a.sync_now().unwrap();
    b.sync_now().unwrap();
    let mut times: Vec<f64> = Vec::new();
    for i in 0..5 {
        a.create_note(NoteInput {
            text: format!("change {i}"),
            ..NoteInput::default()
        })
        .unwrap();
        a.sync_now().unwrap();
        let t = Instant::now();
        let r = b.sync_now().unwrap();
        assert_eq!(r.merged, 1);
        times.push(ms(t));
    }
    times.sort_by(f64::total_cmp);
    println!("one_change_merge_ms\t{:.0}", times[2]);
    let t = Instant::now();
    b.sync_now().unwrap();
    println!("idle_sync_ms\t{:.0}", ms(t));

    // A year of daily use: a note and an edit a day on A, a note every
    // other day on B, both syncing daily.
    let year = tempfile::tempdir().unwrap();
    let clock_a = Arc::new(ManualClock::at("2026-01-01T20:00:00+01:00"));
    let clock_b = Arc::new(ManualClock::at("2026-01-01T20:30:00+01:00"));
    let da = tempfile::tempdir().unwrap();
    let db_dir = tempfile::tempdir().unwrap();
    let mut ya = Db::open_in_dir(da.path(), clock_a.clone()).unwrap();
    let mut yb = Db::open_in_dir(db_dir.path(), clock_b.clone()).unwrap();
    ya.sync_start(year.path(), "A", &key, None).unwrap();
    yb.sync_join(year.path(), "B", &code).unwrap();
    for day in 0..365 {
        let id = ya
            .create_note(NoteInput {
                text: text(day),
                ..NoteInput::default()
            })
            .unwrap()
            .id;
        ya.update_note(
            id,
            NoteInput {
                text: format!("{} (later)", text(day)),
                ..NoteInput::default()
            },
        )
        .unwrap();
        if day % 2 == 0 {
            yb.create_note(NoteInput {
                text: text(day + 1),
                ..NoteInput::default()
            })
            .unwrap();
        }
        ya.sync_now().unwrap();
        yb.sync_now().unwrap();
        clock_a.advance(chrono::Duration::days(1));
        clock_b.advance(chrono::Duration::days(1));
    }
    ya.sync_now().unwrap();
    let (bytes, files) = dir_size(year.path());
    println!("year_folder_kb\t{}", bytes / 1024);
    println!("year_folder_files\t{files}");
    let _ = clock.now();
}
