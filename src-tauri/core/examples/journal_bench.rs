//! Journal latency at scale: fills a journal on disk with N synthetic
//! entries, then times the timeline and search the way the app calls them.
//!
//! `cargo run --release -p interlude-core --example journal_bench -- 10000`
//! prints tab-separated `name value` lines (milliseconds) for
//! `bench/run.sh`. A measurement, never a test: machines here are noisy.
//!
//! `… journal_bench -- --fill DIR N` only fills the journal in `DIR` with
//! N entries (the data the app benchmarks start on), and exits.
//!
//! The data is deterministic (a fixed seed) and shaped like a real journal:
//! a reflection a week, a check-in most days, moments with emotions and
//! thinking traps, and notes, with text drawn from an everyday vocabulary in
//! which a few words are common ("work" is in about a third of entries) and
//! most are rare. It goes in through the export/import path, which checks
//! every record with the app's own rules, in one transaction.

// A measuring tool: small numbers cast between integer and float widths on
// purpose, and a failed setup should stop it loudly.
#![allow(
    clippy::unwrap_used,
    clippy::cast_precision_loss,
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss
)]

use std::sync::Arc;
use std::time::Instant;

use chrono::{DateTime, Duration, FixedOffset};
use interlude_core::{Db, ManualClock, MomentInput, TimelineQuery};
use serde_json::{json, Value};

/// A small deterministic generator (xorshift), so runs are comparable.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

const COMMON: &[&str] = &[
    "today", "felt", "really", "again", "after", "tired", "better", "morning", "evening", "home",
    "friend", "mum", "meeting", "sleep", "walk", "worried", "calm", "talked", "phone", "train",
];
const EVERYDAY: &[&str] = &[
    "coffee",
    "email",
    "manager",
    "deadline",
    "weekend",
    "kitchen",
    "rain",
    "garden",
    "bus",
    "dinner",
    "sister",
    "doctor",
    "gym",
    "breakfast",
    "laptop",
    "shop",
    "queue",
    "neighbour",
    "party",
    "lunch",
    "river",
    "park",
    "message",
    "call",
    "review",
    "project",
    "football",
    "music",
    "book",
    "film",
    "cooking",
    "cleaning",
    "laundry",
    "bills",
    "money",
    "holiday",
    "birthday",
    "present",
    "school",
    "teacher",
    "child",
    "dog",
    "cat",
    "car",
    "traffic",
];
const EMOTIONS: &[&str] = &[
    "anxious",
    "sad",
    "angry",
    "ashamed",
    "lonely",
    "hurt",
    "calm",
    "hopeful",
    "worried",
    "frustrated",
    "guilty",
    "tense",
];
const TRAPS: &[&str] = &[
    "allOrNothing",
    "overgeneralizing",
    "mindReading",
    "fortuneTelling",
    "magnifyingNegative",
    "minimizingPositive",
    "catastrophizing",
    "emotionalReasoning",
    "shouldStatements",
    "labeling",
    "selfBlaming",
    "otherBlaming",
];

/// A sentence of `words` words: common words often, everyday ones
/// sometimes, and a rare made-up word now and then (the long tail every
/// real journal has).
fn sentence(rng: &mut Rng, words: usize) -> String {
    let mut out = Vec::with_capacity(words + 2);
    if rng.chance(33) {
        out.push("work".to_owned());
    }
    for _ in 0..words {
        let w = match rng.below(10) {
            0..=4 => COMMON[rng.below(COMMON.len())].to_owned(),
            5..=8 => EVERYDAY[rng.below(EVERYDAY.len())].to_owned(),
            _ => format!("zq{}", rng.below(50_000)),
        };
        out.push(w);
    }
    out.join(" ")
}

fn uid(kind: u64, i: usize) -> String {
    format!("{kind:08x}-0000-4000-8000-{i:012x}")
}

/// An export file with `n` entries spread over the years before `now`.
fn synthetic_export(n: usize, now: DateTime<FixedOffset>) -> Value {
    let mut rng = Rng(0x5eed_cafe_f00d_1234);
    let span = Duration::days(365 * 8);
    let step = span / i32::try_from(n.max(1)).unwrap();
    let (mut reflections, mut moments, mut checkins, mut notes) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for i in 0..n {
        let at = (now - span + step * i32::try_from(i).unwrap()).to_rfc3339();
        match i % 20 {
            // About one reflection a week at a few entries a day.
            0 => reflections.push(json!({
                "uid": uid(1, i), "sessionAt": at, "takeaway": sentence(&mut rng, 18),
                "difficult": sentence(&mut rng, 12), "focus": sentence(&mut rng, 8),
                "feelingNote": "", "feelingRating": 1 + rng.below(10), "feelings": [],
                "createdAt": at, "updatedAt": at,
            })),
            1..=7 => {
                let emotions: Vec<Value> = (0..=rng.below(3))
                    .map(|k| {
                        json!({"word": EMOTIONS[(rng.below(EMOTIONS.len()) + k) % EMOTIONS.len()],
                                    "before": 40 + rng.below(60), "after": rng.below(70)})
                    })
                    .collect();
                let mut seen = std::collections::HashSet::new();
                let emotions: Vec<Value> = emotions
                    .into_iter()
                    .filter(|e| seen.insert(e["word"].as_str().unwrap().to_owned()))
                    .collect();
                let mut traps = vec![TRAPS[rng.below(TRAPS.len())]];
                if rng.chance(40) {
                    let t = TRAPS[rng.below(TRAPS.len())];
                    if !traps.contains(&t) {
                        traps.push(t);
                    }
                }
                let mut moment = json!({
                    "uid": uid(2, i), "occurredAt": at, "situation": sentence(&mut rng, 6),
                    "emotions": emotions, "body": "", "selfTalk": sentence(&mut rng, 14),
                    "traps": traps, "did": sentence(&mut rng, 6), "friend": sentence(&mut rng, 12),
                    "createdAt": at, "updatedAt": at,
                });
                // Every third moment is a full thought record, its belief
                // rated before and after: far more than a person's, so
                // Insights' "how much the thought eased" is timed at its
                // worst. Made from `i`, not the generator, so every other
                // figure's data stays as it was.
                if i % 3 == 0 {
                    let before = 40 + i % 61;
                    moment["beliefBefore"] = json!(before);
                    moment["beliefAfter"] = json!(before - i % 31);
                    moment["balanced"] = json!("One hard moment is not the whole story.");
                }
                moments.push(moment);
            }
            8..=15 => checkins.push(json!({
                "uid": uid(3, i), "at": at, "mood": 1 + rng.below(10), "feelings": ["calm"],
                "note": sentence(&mut rng, 8), "createdAt": at, "updatedAt": at,
            })),
            _ => notes.push(json!({
                "uid": uid(4, i), "at": at, "text": sentence(&mut rng, 40),
                "mood": if rng.chance(50) { json!(1 + rng.below(10)) } else { Value::Null },
                "createdAt": at, "updatedAt": at,
            })),
        }
    }
    json!({
        "format": "interlude-export", "version": 3, "reflections": reflections,
        "moments": moments, "checkins": checkins, "notes": notes,
    })
}

/// p50 and p95 of `runs` timings of `f`, in milliseconds.
fn time(runs: usize, mut f: impl FnMut()) -> (f64, f64) {
    let mut ms: Vec<f64> = (0..runs)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    ms.sort_by(f64::total_cmp);
    let at = |q: f64| ms[((ms.len() - 1) as f64 * q).round() as usize];
    (at(0.5), at(0.95))
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("--fill") {
        let dir = std::path::PathBuf::from(&args[1]);
        let n: usize = args.get(2).and_then(|a| a.parse().ok()).unwrap_or(10_000);
        let clock = Arc::new(interlude_core::SystemClock);
        let mut db = Db::open_in_dir(&dir, clock.clone()).unwrap();
        let file = synthetic_export(n, interlude_core::Clock::now(clock.as_ref())).to_string();
        let summary = db.import_json(&file).unwrap();
        println!("filled {} with {} entries", dir.display(), summary.added);
        return;
    }
    let n: usize = args.first().and_then(|a| a.parse().ok()).unwrap_or(10_000);
    let clock = Arc::new(ManualClock::at("2026-11-28T20:00:00+01:00"));
    let dir = tempfile::tempdir().unwrap();
    let mut db = Db::open_in_dir(dir.path(), clock.clone()).unwrap();

    let file = synthetic_export(n, interlude_core::Clock::now(clock.as_ref())).to_string();
    let t = Instant::now();
    let summary = db.import_json(&file).unwrap();
    println!("import_ms\t{:.0}", t.elapsed().as_secs_f64() * 1000.0);
    assert_eq!(summary.added, n);

    // Opening, as every terminal command and every start of the app does:
    // the schema read, migrations checked, the undo window's leftovers
    // removed (none here).
    drop(db);
    let (p50, _) = time(5, || {
        drop(Db::open_in_dir(dir.path(), clock.clone()).unwrap());
    });
    println!("open_ms\t{p50:.2}");
    let mut db = Db::open_in_dir(dir.path(), clock.clone()).unwrap();

    let (p50, _) = time(5, || {
        db.create_moment(MomentInput {
            situation: "a new moment at work".into(),
            ..MomentInput::default()
        })
        .unwrap();
    });
    println!("insert_moment_ms\t{p50:.2}");

    let (p50, p95) = time(50, || {
        db.timeline(&TimelineQuery::default()).unwrap();
    });
    println!("timeline_first_page_p50_ms\t{p50:.2}\ntimeline_first_page_p95_ms\t{p95:.2}");

    // A cursor half way through the journal: "page 1,000".
    let mut query = TimelineQuery {
        limit: Some(200),
        ..TimelineQuery::default()
    };
    for _ in 0..(n / 2 / 200) {
        query.before = db.timeline(&query).unwrap().next;
    }
    query.limit = Some(50);
    let (p50, p95) = time(50, || {
        db.timeline(&query).unwrap();
    });
    println!("timeline_deep_page_p50_ms\t{p50:.2}\ntimeline_deep_page_p95_ms\t{p95:.2}");

    let queries = [
        ("rare", "zq4242"),
        ("common", "work"),
        ("prefix", "anx"),
        ("phrase", "\"felt better\""),
        ("two_words", "tired meeting"),
    ];
    let mut all = Vec::new();
    for (name, q) in queries {
        let hits = db.search(q, 50).unwrap().hits.len();
        let (p50, p95) = time(30, || {
            db.search(q, 50).unwrap();
        });
        all.push(p95);
        println!("search_{name}_p50_ms\t{p50:.2}\nsearch_{name}_p95_ms\t{p95:.2}\nsearch_{name}_hits\t{hits}");
    }
    let worst = all.iter().copied().fold(0.0, f64::max);
    println!("search_worst_p95_ms\t{worst:.2}");
    // The word bench/peers.sh gives jrnl, for the side-by-side ratio (not
    // part of the mixed set above).
    let (p50, _) = time(30, || {
        db.search("meeting", 50).unwrap();
    });
    println!("search_meeting_p50_ms\t{p50:.2}");
    // German search asks the stem index as well (docs/design.md, "Search
    // in German"): the same word, the cost of the second index.
    let (p50, _) = time(30, || {
        db.search_in("meeting", 50, interlude_core::i18n::Language::German)
            .unwrap();
    });
    println!("search_meeting_german_p50_ms\t{p50:.2}");

    let (p50, _) = time(30, || {
        db.insights(None).unwrap();
    });
    println!("insights_all_time_ms\t{p50:.2}");
    // The same figures read from every row, as before the running totals
    // (migration 0008): the side-by-side in the same run.
    let (p50, _) = time(5, || {
        db.insights_from_rows().unwrap();
    });
    println!("insights_all_time_from_rows_ms\t{p50:.1}");
    let (p50, _) = time(30, || {
        db.insights(Some(30)).unwrap();
    });
    println!("insights_30_days_ms\t{p50:.2}");
    exports_and_brief(&db, interlude_core::Clock::now(clock.as_ref()).date_naive());
}

/// Export as JSON (whole, then read and write apart), and the brief for the
/// two weeks up to `today`, as data, PDF and Markdown.
fn exports_and_brief(db: &Db, today: chrono::NaiveDate) {
    let (p50, _) = time(3, || {
        db.export_json(true).unwrap();
    });
    println!("export_json_ms\t{p50:.0}");
    // The same split in two: reading everything, and writing the JSON text.
    let (read, _) = time(3, || {
        db.export(true).unwrap();
    });
    let file = db.export(true).unwrap();
    let (write, _) = time(3, || {
        file.to_json().unwrap();
    });
    let bytes = file.to_json().unwrap().len();
    println!(
        "export_read_ms\t{read:.0}\nexport_write_ms\t{write:.0}\nexport_mb\t{:.1}",
        bytes as f64 / 1e6
    );

    // The brief for the last two weeks, and writing it as a PDF.
    let query = interlude_core::BriefQuery {
        since: Some(today - chrono::Days::new(13)),
        ..interlude_core::BriefQuery::default()
    };
    let (p50, p95) = time(20, || {
        db.brief(&query).unwrap();
    });
    println!("brief_p50_ms\t{p50:.1}\nbrief_p95_ms\t{p95:.1}");
    let brief = db.brief(&query).unwrap();
    let (p50, _) = time(5, || {
        interlude_core::therapy::brief::pdf::render(&brief).unwrap();
    });
    println!("brief_pdf_ms\t{p50:.1}");
    let (p50, _) = time(5, || {
        std::hint::black_box(interlude_core::therapy::brief::markdown::render(&brief));
    });
    println!("brief_markdown_ms\t{p50:.2}");
}
