//! Journals from every earlier schema version open, migrate and pass the
//! checks.
//!
//! For each version N below `SCHEMA_VERSION`, a file is built the way an
//! older Interlude left it: migrations 0001..N, then a fixture of what one
//! person's journal held at that version (tests/fixtures/schema-N.sql; each
//! file's header tells its story), then `user_version = N`. Opening it with
//! today's code must migrate it, pass `doctor` (integrity, foreign keys, the
//! search index), and show everything the person kept through the public
//! API — with the rows they had deleted purged or still hidden, as the
//! undo window says. A second open must change nothing, and the same file
//! claiming a version newer than this build must be refused untouched.
//!
//! One test per version, so a failure names the version.

#![allow(clippy::unwrap_used)]

use std::path::Path;
use std::sync::Arc;

use chrono::{DateTime, FixedOffset, NaiveDate, Utc};
use interlude_core::i18n::Language;
use interlude_core::schedule::recurrence::parse_zone;
use interlude_core::schedule::reminders::ReminderSettings;
use interlude_core::schedule::sessions::{
    Session, SessionSchedule,
    SessionStatus::{Cancelled, Moved, Scheduled},
};
use interlude_core::{
    Db, DoctorReport, EmotionRating, EntryRef, ExportFile, Frequency, Kind, ManualClock, Outcome,
    PlanStatus, Practice, TagCount, TimelinePage, TimelineQuery, Unit, DB_FILE, SCHEMA_VERSION,
};

/// The migrations as shipped; a fixture at version N gets the first N.
const MIGRATIONS: [&str; 16] = [
    include_str!("../migrations/0001_reflections.sql"),
    include_str!("../migrations/0002_plans.sql"),
    include_str!("../migrations/0003_schedule.sql"),
    include_str!("../migrations/0004_journal.sql"),
    include_str!("../migrations/0005_therapy.sql"),
    include_str!("../migrations/0006_sync.sql"),
    include_str!("../migrations/0007_preferences.sql"),
    include_str!("../migrations/0008_insight_totals.sql"),
    include_str!("../migrations/0009_stem_index.sql"),
    include_str!("../migrations/0010_thought_record.sql"),
    include_str!("../migrations/0011_experiments.sql"),
    include_str!("../migrations/0012_activation.sql"),
    include_str!("../migrations/0013_homework.sql"),
    include_str!("../migrations/0014_reflection_questions.sql"),
    include_str!("../migrations/0015_purge_indexes.sql"),
    include_str!("../migrations/0016_insight_fold.sql"),
];

const FIXTURES: [&str; 16] = [
    include_str!("fixtures/schema-1.sql"),
    include_str!("fixtures/schema-2.sql"),
    include_str!("fixtures/schema-3.sql"),
    include_str!("fixtures/schema-4.sql"),
    include_str!("fixtures/schema-5.sql"),
    include_str!("fixtures/schema-6.sql"),
    include_str!("fixtures/schema-7.sql"),
    // Schema 8 added only running totals, which its triggers fill as the
    // rows load: the same person's rows are a schema-8 journal too.
    include_str!("fixtures/schema-7.sql"),
    // Schema 9 added only the stem index, filled the same way.
    include_str!("fixtures/schema-7.sql"),
    // Schema 10 added the thought record's columns, which start empty
    // for every moment the fixture holds.
    include_str!("fixtures/schema-7.sql"),
    // Schema 11 added only the (empty) experiment table.
    include_str!("fixtures/schema-7.sql"),
    // Schema 12 added only the (empty) value and activity tables.
    include_str!("fixtures/schema-7.sql"),
    // Schema 13 added only the (empty) homework tables.
    include_str!("fixtures/schema-7.sql"),
    // Schema 14 added only the (empty) reflection question tables.
    include_str!("fixtures/schema-7.sql"),
    // Schema 15 added only indexes.
    include_str!("fixtures/schema-7.sql"),
    // Schema 16 added only the folded totals, which the app folds on open.
    include_str!("fixtures/schema-7.sql"),
];

/// When the person last closed the app at each version (each fixture's
/// header). Opening at that moment decides which deleted rows are past the
/// ten-minute undo window (purged on open) and which are still inside it
/// (kept, hidden, restorable).
const CLOSED_AT: [&str; 16] = [
    "2026-09-22T21:35:00+02:00",
    "2026-10-06T21:40:00+02:00",
    "2026-10-27T21:35:00+01:00",
    "2026-11-24T21:05:00+01:00",
    "2026-11-24T21:05:00+01:00",
    "2026-11-24T21:05:00+01:00",
    "2026-11-24T21:05:00+01:00",
    "2026-11-24T21:05:00+01:00",
    "2026-11-24T21:05:00+01:00",
    "2026-11-24T21:05:00+01:00",
    "2026-11-24T21:05:00+01:00",
    "2026-11-24T21:05:00+01:00",
    "2026-11-24T21:05:00+01:00",
    "2026-11-24T21:05:00+01:00",
    "2026-11-24T21:05:00+01:00",
    "2026-11-24T21:05:00+01:00",
];

/// A new migration makes today's schema an "earlier version" too: this
/// fails until a fixture of a journal at that version is added here.
#[test]
fn every_earlier_schema_version_has_a_fixture() {
    assert_eq!(i64::try_from(FIXTURES.len()).unwrap(), SCHEMA_VERSION - 1);
    assert_eq!(MIGRATIONS.len(), FIXTURES.len());
}

#[test]
fn a_schema_1_journal_migrates_and_reads_back() {
    check_version(1);
}

#[test]
fn a_schema_2_journal_migrates_and_reads_back() {
    check_version(2);
}

#[test]
fn a_schema_3_journal_migrates_and_reads_back() {
    check_version(3);
}

#[test]
fn a_schema_4_journal_migrates_and_reads_back() {
    check_version(4);
}

/// Everything asserted about one version's fixture, in the order it
/// happens to a person: upgrade and open, read, close and open again, undo
/// a deletion; and, separately, the same journal claiming to be newer.
fn check_version(version: usize) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(DB_FILE);
    write_fixture(&path, version, i64::try_from(version).unwrap());

    let mut db = Db::open(&path, clock(version))
        .unwrap_or_else(|e| panic!("schema {version} didn't open: {e}"));
    assert_eq!(db.schema_version().unwrap(), SCHEMA_VERSION);
    let report = assert_healthy(&db, version);
    let (reflections, entries, drafts) = [
        (4, 4, 2),
        (6, 6, 1),
        (9, 9, 2),
        (12, 18, 3),
        (12, 18, 3),
        (12, 18, 3),
        (12, 18, 3),
        (12, 18, 3),
        (12, 18, 3),
        (12, 18, 3),
        (12, 18, 3),
        (12, 18, 3),
        (12, 18, 3),
        (12, 18, 3),
        (12, 18, 3),
        (12, 18, 3),
    ][version - 1];
    assert_eq!(
        (report.reflections, report.entries, report.drafts),
        (reflections, entries, drafts),
        "schema {version}: doctor's counts"
    );

    check_reflections(&db, version);
    check_drafts_and_home(&db, version);
    check_timeline(&db, version);
    check_search(&db, version);
    if version >= 2 {
        check_plans(&db, version);
        check_plan_logs(&db, version);
        check_compassion_breaks(&db, version);
    }
    if version >= 3 {
        check_schedule(&db, version);
    }
    if version >= 4 {
        check_journal_entries(&db);
        check_journal_views(&db);
    }
    if version >= 5 {
        check_therapy(&db);
    }
    if version >= 6 {
        check_sync(&db, version);
    }
    if version >= 7 {
        check_preferences(&db);
    }
    // Migration 0008's running totals start from what the journal held:
    // Insights over all time reads the same from them as from every row.
    assert_eq!(
        db.insights(None).unwrap(),
        db.insights_from_rows().unwrap(),
        "schema {version}: Insights' totals differ from the rows"
    );
    check_purged(&mut db, &path, version);

    // Opening the migrated file again must be a no-op: no migration runs a
    // second time, nothing more is purged, everything reads the same.
    let before = Snapshot::of(&db);
    drop(db);
    let mut db = Db::open(&path, clock(version))
        .unwrap_or_else(|e| panic!("schema {version} didn't open a second time: {e}"));
    assert_eq!(db.schema_version().unwrap(), SCHEMA_VERSION);
    assert_healthy(&db, version);
    assert_eq!(
        Snapshot::of(&db),
        before,
        "schema {version}: the second open changed something"
    );

    check_undo(&mut db, version);
    assert_healthy(&db, version);
    drop(db);

    check_newer_is_refused(version);
}

/// What migration 0005 brought reads back through today's code: scores,
/// the unfinished questionnaire, the safety plan and a brief's preparation.
fn check_therapy(db: &Db) {
    use interlude_core::MeasureKind;
    let phq9 = db.measure_history(MeasureKind::Phq9).unwrap();
    let json = serde_json::to_value(&phq9).unwrap();
    assert!(
        json.to_string().contains("\"score\":9"),
        "schema 5: the PHQ-9 score: {json}"
    );
    let gad7 = serde_json::to_value(db.measure_history(MeasureKind::Gad7).unwrap())
        .unwrap()
        .to_string();
    assert!(
        !gad7.contains("m-gad7-gone"),
        "schema 5: the deleted GAD-7 is gone"
    );
    let plan = serde_json::to_value(db.safety_plan(Some("DE")).unwrap())
        .unwrap()
        .to_string();
    assert!(
        plan.contains("Oma's garden in spring") && plan.contains("Lena"),
        "schema 5: {plan}"
    );
    let prep = db
        .brief_prep(chrono::NaiveDate::from_ymd_opt(2026, 11, 17).unwrap())
        .unwrap();
    assert_eq!(prep.agenda, ["The call with my sister"]);
    assert_eq!(prep.own_words, "I want to talk about Sunday.");
}

#[test]
fn a_schema_5_journal_migrates_and_reads_back() {
    check_version(5);
}

/// What migration 0006 brought survives: the journal still syncs, through
/// the same folder, as the same computer, knowing the same other one; and
/// 0007's preferences start empty (the app fills them from its settings).
fn check_sync(db: &Db, version: usize) {
    let status = db.sync_status().unwrap();
    assert!(status.on, "schema 6: still syncing");
    assert_eq!(
        status.folder.as_deref(),
        Some("/media/stick/Interlude journal")
    );
    assert_eq!(status.this_computer.unwrap().name, "Desktop");
    assert_eq!(status.computers.len(), 1);
    assert_eq!(status.computers[0].name, "Laptop");
    if version == 6 {
        assert!(db.preferences().unwrap().is_empty());
    }
}

#[test]
fn a_schema_6_journal_migrates_and_reads_back() {
    check_version(6);
}

/// What migration 0007 brought reads back: the person's preferences.
fn check_preferences(db: &Db) {
    let prefs = db.preferences().unwrap();
    assert_eq!(prefs.len(), 2, "{prefs:?}");
    assert_eq!(prefs.get("region").and_then(|v| v.as_str()), Some("DE"));
}

#[test]
fn a_schema_7_journal_migrates_and_reads_back() {
    check_version(7);
}

#[test]
fn a_schema_8_journal_migrates_and_reads_back() {
    check_version(8);
}

#[test]
fn a_schema_9_journal_migrates_and_reads_back() {
    check_version(9);
}

#[test]
fn a_schema_10_journal_migrates_and_reads_back() {
    check_version(10);
}

#[test]
fn a_schema_11_journal_migrates_and_reads_back() {
    check_version(11);
}

#[test]
fn a_schema_12_journal_migrates_and_reads_back() {
    check_version(12);
}

#[test]
fn a_schema_13_journal_migrates_and_reads_back() {
    check_version(13);
}

#[test]
fn a_schema_14_journal_migrates_and_reads_back() {
    check_version(14);
}

#[test]
fn a_schema_15_journal_migrates_and_reads_back() {
    check_version(15);
}

#[test]
fn a_schema_16_journal_migrates_and_reads_back() {
    check_version(16);
}

/// Migration 14 rebuilds the homework log to name question items: every
/// item a schema-13 journal remembers is still remembered after it.
#[test]
fn the_homework_log_survives_its_rebuild() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(DB_FILE);
    write_fixture(&path, 13, 13);
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute(
            "INSERT INTO homework_item (uid, file_id, item_id, kind, from_name, assigned_at,
                 assigned_offset)
             VALUES ('u-1', 'f', 'walk', 'plan', 'Ana', '2026-11-20T10:00:00Z', 3600)",
            [],
        )
        .unwrap();
    }
    let db = Db::open(&path, clock(13)).unwrap();
    assert_eq!(db.schema_version().unwrap(), SCHEMA_VERSION);
    drop(db);
    let conn = rusqlite::Connection::open(&path).unwrap();
    let row: (String, String, String, i64) = conn
        .query_row(
            "SELECT uid, kind, from_name, assigned_offset FROM homework_item",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .unwrap();
    assert_eq!(row, ("u-1".into(), "plan".into(), "Ana".into(), 3600));
    // The new kind is allowed; an unknown one still isn't.
    conn.execute(
        "INSERT INTO homework_item (uid, file_id, item_id, kind, assigned_at, assigned_offset)
         VALUES ('u-2', 'f', 'q', 'question', '2026-11-20T10:00:00Z', 0)",
        [],
    )
    .unwrap();
    assert!(conn
        .execute(
            "INSERT INTO homework_item (uid, file_id, item_id, kind, assigned_at, assigned_offset)
             VALUES ('u-3', 'f', 'x', 'poem', '2026-11-20T10:00:00Z', 0)",
            [],
        )
        .is_err());
}

// ---- Building and opening ---------------------------------------------

/// Builds the file an older Interlude would have left: its schema from the
/// shipped migrations, the fixture's rows, and `user_version` as given.
fn write_fixture(path: &Path, version: usize, user_version: i64) {
    let conn = rusqlite::Connection::open(path).unwrap();
    // The app always writes with foreign keys on; loading the fixture the
    // same way makes a dangling id in it fail here, not later in doctor.
    conn.execute_batch("PRAGMA foreign_keys = ON").unwrap();
    // Migration 0009's triggers call the stemmer, which the app registers
    // on every connection it opens; this one stands in for the app.
    conn.create_scalar_function(
        "interlude_stem_set_de",
        1,
        rusqlite::functions::FunctionFlags::SQLITE_UTF8
            | rusqlite::functions::FunctionFlags::SQLITE_DETERMINISTIC,
        |ctx| {
            let text = ctx.get_raw(0).as_str().unwrap_or("");
            Ok(interlude_core::journal::stem::stem_set(text))
        },
    )
    .unwrap();
    // And migration 0016's triggers fold situations as Insights does (a
    // stand-in with the same meaning: trimmed and lowercased).
    conn.create_scalar_function(
        "interlude_fold",
        1,
        rusqlite::functions::FunctionFlags::SQLITE_UTF8
            | rusqlite::functions::FunctionFlags::SQLITE_DETERMINISTIC,
        |ctx| Ok(ctx.get_raw(0).as_str().unwrap_or("").trim().to_lowercase()),
    )
    .unwrap();
    for (n, sql) in MIGRATIONS[..version].iter().enumerate() {
        conn.execute_batch(sql)
            .unwrap_or_else(|e| panic!("migration {} failed on an empty file: {e}", n + 1));
    }
    conn.execute_batch(FIXTURES[version - 1])
        .unwrap_or_else(|e| panic!("fixtures/schema-{version}.sql doesn't load: {e}"));
    // PRAGMA takes no bound parameters; the version is our own integer.
    conn.execute_batch(&format!("PRAGMA user_version = {user_version}"))
        .unwrap();
}

fn clock(version: usize) -> Arc<ManualClock> {
    Arc::new(ManualClock::at(CLOSED_AT[version - 1]))
}

fn assert_healthy(db: &Db, version: usize) -> DoctorReport {
    let report = db.doctor().unwrap();
    assert!(
        report.is_healthy(),
        "schema {version}: doctor found problems after migrating:\n{}",
        report.problems.join("\n")
    );
    report
}

fn at(s: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(s).unwrap()
}

fn day(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

/// Instants are compared with their offsets: `DateTime` equality ignores
/// the offset, and keeping the one the person lived in is the point.
fn rfc(at: DateTime<FixedOffset>) -> String {
    at.to_rfc3339()
}

fn words(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

// ---- What each fixture holds --------------------------------------------

/// A live reflection as the fixtures hold it, and the first version whose
/// fixture has it. Every later fixture keeps it unchanged.
struct Kept {
    id: i64,
    since: usize,
    session_at: &'static str,
    takeaway: &'static str,
    focus: &'static str,
    rating: Option<u8>,
    feelings: &'static [&'static str],
}

const KEPT: &[Kept] = &[
    Kept {
        id: 1,
        since: 1,
        session_at: "2026-09-01T17:00:00+02:00",
        takeaway: "Anxiety is a signal, not a verdict.",
        focus: "Box breathing when my chest gets tight",
        rating: Some(6),
        feelings: &["anxious", "relieved", "wobbly"],
    },
    Kept {
        id: 2,
        since: 1,
        session_at: "2026-09-08T17:00:00+02:00",
        takeaway: "I don't have to earn rest.\nRest is part of the work, not a reward for it.",
        focus: "Notice the \"should\" voice and name it",
        rating: Some(5),
        feelings: &["hopeful", "ashamed"],
    },
    Kept {
        id: 3,
        since: 1,
        // Lisbon: the same instant as a Berlin 17:00, lived at +01:00.
        session_at: "2026-09-15T16:00:00+01:00",
        takeaway:
            "Perfectionism protects me from criticism — and costs me the café afternoons I love.",
        focus: "Send the imperfect email",
        rating: Some(7),
        feelings: &["calm", "grateful"],
    },
    Kept {
        id: 4,
        since: 1,
        session_at: "2026-09-22T17:00:00+02:00",
        takeaway: "Feelings come in waves; I can let this one pass without fixing it.",
        focus: "Five minutes of box breathing before bed",
        rating: Some(4),
        feelings: &["angry", "proud", "drained"],
    },
    Kept {
        id: 7,
        since: 2,
        session_at: "2026-09-29T17:00:00+02:00",
        takeaway:
            "Homework is an experiment, not a test.\n\nIf I skip a day, that is data, not failure.",
        focus: "Three minutes of box breathing after brushing my teeth",
        rating: Some(6),
        feelings: &["curious", "encouraged"],
    },
    Kept {
        id: 8,
        since: 2,
        session_at: "2026-10-06T17:00:00+02:00",
        takeaway: "I can be kind to myself and still hold high standards.",
        focus: "A self-compassion break when the inner critic gets loud",
        rating: Some(5),
        feelings: &["sad", "relieved", "tender"],
    },
    Kept {
        id: 9,
        since: 3,
        session_at: "2026-10-13T17:00:00+02:00",
        takeaway: "The critic sounds like my old teacher, not like me.",
        focus: "Give the critic a name and answer it once a day",
        rating: Some(7),
        feelings: &["hopeful", "exposed"],
    },
    Kept {
        id: 10,
        since: 3,
        // The session moved to Wednesday 18:30.
        session_at: "2026-10-21T18:30:00+02:00",
        takeaway: "Boundaries are a kindness to both of us.",
        focus: "Say no once this week without apologising",
        rating: Some(6),
        feelings: &["nervous", "encouraged"],
    },
    Kept {
        id: 11,
        since: 3,
        session_at: "2026-10-27T17:00:00+01:00",
        takeaway: "I said no to the weekend shift and nothing collapsed.",
        focus: "",
        rating: Some(8),
        feelings: &["proud", "guilty"],
    },
    Kept {
        id: 12,
        since: 4,
        session_at: "2026-11-10T17:00:00+01:00",
        takeaway: "Moments are data for the session, not homework I can fail.",
        focus: "Write a moment when the shame spikes",
        rating: Some(6),
        feelings: &["tired", "clear"],
    },
    Kept {
        id: 13,
        since: 4,
        session_at: "2026-11-17T17:00:00+01:00",
        takeaway: "Lena and I can both be disappointed and still be friends.",
        focus: "Ask for what I need in one sentence",
        rating: Some(7),
        feelings: &["hopeful", "sad"],
    },
    Kept {
        id: 14,
        since: 4,
        session_at: "2026-11-24T17:00:00+01:00",
        takeaway: "Sunday dread is about Monday's inbox, not about me.",
        focus: "Plan Sunday evening: walk, bath, phone away",
        rating: Some(6),
        feelings: &["exposed", "relieved"],
    },
];

/// The live reflections of a version's fixture, newest session first (the
/// order `list_reflections` and the timeline use).
fn kept(version: usize) -> Vec<&'static Kept> {
    let mut kept: Vec<_> = KEPT.iter().filter(|k| k.since <= version).collect();
    kept.sort_by_key(|k| std::cmp::Reverse(at(k.session_at)));
    kept
}

/// The entry deleted just before closing, still inside the undo window,
/// and a word only it holds.
fn just_deleted(version: usize) -> (EntryRef, &'static str) {
    match version {
        1 | 2 => (reflection(6), "paperwork"),
        3 => (reflection(12), "Oma"),
        _ => (entry(Kind::Moment, 3), "stomach"),
    }
}

/// Entries deleted past the undo window, which the open must purge, and a
/// word only they held.
fn purged(version: usize) -> &'static [(Kind, i64, &'static str)] {
    match version {
        1 | 3 => &[],
        2 => &[(Kind::Reflection, 9, "together")],
        _ => &[
            (Kind::Checkin, 3, "button"),
            (Kind::Note, 3, "Kündigungsfrist"),
        ],
    }
}

fn entry(kind: Kind, id: i64) -> EntryRef {
    EntryRef { kind, id }
}

fn reflection(id: i64) -> EntryRef {
    entry(Kind::Reflection, id)
}

// ---- Checks ---------------------------------------------------------------

fn check_reflections(db: &Db, version: usize) {
    let expected = kept(version);
    let listed = db.list_reflections(500, 0).unwrap();
    assert_eq!(
        listed.iter().map(|r| r.id).collect::<Vec<_>>(),
        expected.iter().map(|k| k.id).collect::<Vec<_>>(),
        "schema {version}: reflections, newest session first"
    );
    for (r, k) in listed.iter().zip(&expected) {
        assert_eq!(rfc(r.session_at), rfc(at(k.session_at)), "#{}", k.id);
        assert_eq!(r.takeaway, k.takeaway, "#{}", k.id);
        assert_eq!(r.focus, k.focus, "#{}", k.id);
        assert_eq!(r.feeling_rating, k.rating, "#{}", k.id);
        assert_eq!(r.feelings, k.feelings, "#{}: feeling words in order", k.id);
        assert_eq!(db.reflection(k.id).unwrap(), *r, "get and list agree");
    }
    assert_eq!(
        db.count_reflections().unwrap(),
        i64::try_from(expected.len()).unwrap()
    );

    // Details the list above doesn't cover: the other answers, with their
    // German and emoji, and the edit time kept apart from the creation.
    let first = db.reflection(1).unwrap();
    assert!(
        first.difficult.contains("Dad's Ärger"),
        "{}",
        first.difficult
    );
    assert_eq!(first.feeling_note, "Tired but lighter.");
    let second = db.reflection(2).unwrap();
    assert_eq!(second.feeling_note, "A bit raw 😔 but hopeful");
    assert_eq!(rfc(second.created_at), "2026-09-08T18:20:05.102+02:00");
    assert_eq!(rfc(second.updated_at), "2026-09-09T08:15:44.870+02:00");
    let lisbon = db.reflection(3).unwrap();
    assert_eq!(
        (lisbon.difficult.as_str(), lisbon.feeling_note.as_str()),
        ("", "")
    );
    assert_eq!(rfc(lisbon.created_at), "2026-09-15T17:01:12.550+01:00");

    // The person's own words come back as choices; the vocabulary's don't.
    let own = db.own_feeling_words(50).unwrap();
    for word in ["wobbly", "drained"] {
        assert!(own.iter().any(|w| w == word), "{word} in {own:?}");
    }
    assert!(!own.iter().any(|w| w == "anxious"), "{own:?}");

    let (hidden, _) = just_deleted(version);
    if hidden.kind == Kind::Reflection {
        assert_eq!(db.reflection(hidden.id).unwrap_err().kind(), "notFound");
    }
}

fn check_drafts_and_home(db: &Db, version: usize) {
    // The edit of #2 was started under schema 1 and never saved: every
    // fixture still has it.
    let edit = db.draft("reflection:2").unwrap().unwrap();
    assert_eq!(
        edit.body["focus"],
        "Notice the \"should\" voice and say it out loud"
    );
    assert_eq!(edit.body["feelingNote"], "A bit raw 😔 but hopeful");
    assert_eq!(rfc(edit.updated_at), "2026-09-20T10:42:19.020+02:00");
    match version {
        1 => {
            let new = db.draft("reflection:new").unwrap().unwrap();
            assert_eq!(
                new.body["takeaway"],
                "Something about the café in Lisbon and"
            );
            assert_eq!(new.body["feelings"][0], "curious");
        }
        3 => {
            let edit = db.draft("reflection:9").unwrap().unwrap();
            assert!(edit.body["focus"].as_str().unwrap().contains("Frau Berger"));
        }
        4 => {
            let moment = db.draft("moment:new").unwrap().unwrap();
            assert_eq!(moment.body["emotions"][0]["before"], 60);
            let note = db.draft("note:1").unwrap().unwrap();
            assert!(note.body["text"]
                .as_str()
                .unwrap()
                .ends_with("And the wine?"));
        }
        _ => {}
    }

    let home = db.home().unwrap();
    let expected = kept(version);
    assert_eq!(
        home.latest.map(|r| r.id),
        Some(expected[0].id),
        "schema {version}: latest reflection"
    );
    // The week's focus is the newest one written: #11 left it blank, so
    // under schema 3 it is still #10's.
    let focus = home.focus.unwrap();
    let (focus_id, focus_text) = match version {
        1 => (4, "Five minutes of box breathing before bed"),
        2 => (8, "A self-compassion break when the inner critic gets loud"),
        3 => (10, "Say no once this week without apologising"),
        _ => (14, "Plan Sunday evening: walk, bath, phone away"),
    };
    assert_eq!(
        (focus.reflection_id, focus.text.as_str()),
        (focus_id, focus_text)
    );
    assert_eq!(home.has_reflection_draft, version == 1);
    assert_eq!(
        home.reflection_count,
        i64::try_from(expected.len()).unwrap()
    );
}

/// The timeline as (kind, id), newest first.
fn timeline_refs(db: &Db, query: &TimelineQuery) -> Vec<(Kind, i64)> {
    db.timeline(query)
        .unwrap()
        .items
        .iter()
        .map(|i| (i.kind, i.id))
        .collect()
}

/// Every live entry of a version's fixture, newest first: before schema 4
/// only reflections, then the other kinds as well.
fn expected_timeline(version: usize) -> Vec<(Kind, i64)> {
    let mut all: Vec<(&str, Kind, i64)> = kept(version)
        .into_iter()
        .map(|k| (k.session_at, Kind::Reflection, k.id))
        .collect();
    let others = [
        ("2026-11-05T09:40:00+01:00", Kind::Moment, 1),
        ("2026-11-10T22:15:00+01:00", Kind::Checkin, 1),
        ("2026-11-12T08:05:00+01:00", Kind::Note, 1),
        ("2026-11-14T15:20:00+01:00", Kind::Moment, 2),
        ("2026-11-15T23:40:00+01:00", Kind::Note, 2),
        ("2026-11-20T18:30:00+01:00", Kind::Checkin, 2),
    ];
    if version >= 4 {
        all.extend(others);
    }
    all.sort_by_key(|(when, _, _)| std::cmp::Reverse(at(when)));
    all.into_iter().map(|(_, kind, id)| (kind, id)).collect()
}

fn check_timeline(db: &Db, version: usize) {
    let all = TimelineQuery {
        limit: Some(200),
        ..TimelineQuery::default()
    };
    let page = db.timeline(&all).unwrap();
    let expected = expected_timeline(version);
    assert_eq!(
        page.items
            .iter()
            .map(|i| (i.kind, i.id))
            .collect::<Vec<_>>(),
        expected,
        "schema {version}: the timeline"
    );
    assert_eq!(page.next, None);

    // Reflections written before schema 4 joined the timeline through the
    // 0004 backfill: when (with the offset they were lived in), summary and
    // mood must be what the reflection says.
    for k in kept(version) {
        let item = page
            .items
            .iter()
            .find(|i| i.kind == Kind::Reflection && i.id == k.id)
            .unwrap();
        assert_eq!(rfc(item.at), rfc(at(k.session_at)), "#{}", k.id);
        // Compared word by word: the backfill turns each line break into a
        // space, where the app folds any run of whitespace into one, so #7
        // (two paragraphs) reads "test.  If" after the upgrade.
        assert_eq!(words(&item.summary), words(k.takeaway), "#{}", k.id);
        assert_eq!(item.mood, k.rating, "#{}", k.id);
        assert!(!item.private, "#{}", k.id);
        assert_eq!(item.starred, version >= 4 && k.id == 11, "#{}", k.id);
    }

    // Keyset paging over the migrated rows yields the same entries.
    let mut paged = Vec::new();
    let mut query = TimelineQuery {
        limit: Some(5),
        ..TimelineQuery::default()
    };
    loop {
        let page = db.timeline(&query).unwrap();
        paged.extend(page.items.iter().map(|i| (i.kind, i.id)));
        match page.next {
            Some(next) => query.before = Some(next),
            None => break,
        }
    }
    assert_eq!(paged, expected, "schema {version}: paged timeline");
}

/// Search hits as (kind, id), sorted so the assertion ignores rank.
fn hits(db: &Db, words: &str) -> Vec<(Kind, i64)> {
    hits_in(db, words, Language::English)
}

fn hits_in(db: &Db, words: &str, language: Language) -> Vec<(Kind, i64)> {
    let mut found: Vec<(Kind, i64)> = db
        .search_in(words, 50, language)
        .unwrap()
        .hits
        .iter()
        .map(|h| (h.item.kind, h.item.id))
        .collect();
    found.sort_by_key(|(kind, id)| (kind.as_str(), *id));
    found
}

fn check_search(db: &Db, version: usize) {
    let r = |id| (Kind::Reflection, id);
    // Diacritics fold both ways, case folds beyond ASCII, feeling words
    // (labels) are found as well as answers.
    let mut cases: Vec<(&str, Vec<(Kind, i64)>)> = vec![
        ("waves", vec![r(4)]),
        ("wobbly", vec![r(1)]),
        ("cafe", vec![r(3)]),
        ("café", vec![r(3)]),
        ("ärger", vec![r(1)]),
        ("ARGER", vec![r(1)]),
        ("flinch", vec![r(1)]),
    ];
    if version >= 2 {
        cases.extend([
            ("experiment", vec![r(7)]),
            ("kündigung", vec![r(8)]),
            ("Kundigung", vec![r(8)]),
            ("tender", vec![r(8)]),
        ]);
    }
    if version == 3 {
        cases.push(("Jonas", vec![r(10)]));
    }
    if version >= 4 {
        // Moments and check-ins join in, with their emotions and trap names.
        for (word, expected) in [
            ("cafe", vec![r(3), (Kind::Moment, 2)]),
            ("café", vec![r(3), (Kind::Moment, 2)]),
            ("ärger", vec![r(1), (Kind::Moment, 1)]),
            ("ARGER", vec![r(1), (Kind::Moment, 1)]),
        ] {
            cases.retain(|(w, _)| *w != word);
            cases.push((word, expected));
        }
        cases.extend([
            ("Jonas", vec![r(10), r(12), (Kind::Moment, 1)]),
            ("incompetent", vec![(Kind::Moment, 1)]),
            ("catastrophizing", vec![(Kind::Moment, 1)]),
            ("\"not good enough\"", vec![(Kind::Moment, 1)]),
            ("Spree", vec![(Kind::Checkin, 2)]),
            ("tense", vec![(Kind::Checkin, 1)]),
            ("dread", vec![(Kind::Note, 1), r(14)]),
            ("wine", vec![(Kind::Note, 2), r(14)]),
        ]);
    }
    for (word, mut expected) in cases {
        expected.sort_by_key(|(kind, id)| (kind.as_str(), *id));
        assert_eq!(
            hits(db, word),
            expected,
            "schema {version}: searching {word:?}"
        );
    }

    // Migration 0009 stemmed everything already written for German
    // search: „ärgerte“ meets „Ärger“, which the English index can't see.
    let mut angry = vec![r(1)];
    if version >= 4 {
        angry.insert(0, (Kind::Moment, 1));
    }
    assert_eq!(hits(db, "ärgerte "), [], "schema {version}: English");
    assert_eq!(
        hits_in(db, "ärgerte ", Language::German),
        angry,
        "schema {version}: German"
    );

    // What was deleted is never found, whether purged or waiting for undo.
    let (_, hidden_word) = just_deleted(version);
    for language in [Language::English, Language::German] {
        assert_eq!(
            hits_in(db, hidden_word, language),
            [],
            "schema {version}: {hidden_word}"
        );
        for (_, _, word) in purged(version) {
            assert_eq!(hits_in(db, word, language), [], "schema {version}: {word}");
        }
    }
}

/// The plan ids of a version's fixture as `list_plans` orders them (newest
/// first, archived last): all of them, and those not archived.
fn plan_ids(version: usize) -> (&'static [i64], &'static [i64]) {
    if version == 2 {
        (&[3, 2, 1, 4], &[3, 2, 1])
    } else {
        (&[5, 3, 2, 1, 4], &[5, 3, 2, 1])
    }
}

fn check_plans(db: &Db, version: usize) {
    let ids = |plans: Vec<interlude_core::Plan>| plans.iter().map(|p| p.id).collect::<Vec<_>>();
    let (all, current) = plan_ids(version);
    assert_eq!(ids(db.list_plans(true).unwrap()), all, "archived last");
    assert_eq!(ids(db.list_plans(false).unwrap()), current);

    let breathing = db.plan(1).unwrap();
    assert_eq!(breathing.action, "Box breathing");
    assert_eq!(
        (breathing.amount, breathing.unit),
        (Some(3), Some(Unit::Minutes))
    );
    assert_eq!(breathing.frequency, Frequency::Daily);
    assert_eq!(breathing.cue, "after I brush my teeth in the morning");
    assert_eq!(breathing.cue_time.as_deref(), Some("07:30"));
    assert_eq!(breathing.start_date, day("2026-09-30"));
    assert_eq!(breathing.practice, Some(Practice::Box));
    assert_eq!(breathing.from_reflection_id, Some(7));
    assert_eq!(breathing.status, PlanStatus::Active);
    assert_eq!(rfc(breathing.created_at), "2026-09-29T18:20:03.118+02:00");
    assert!(
        breathing.sentence.starts_with("I will") && breathing.sentence.contains("07:30"),
        "{}",
        breathing.sentence
    );

    let well = db.plan(2).unwrap();
    assert_eq!(
        well.frequency,
        Frequency::Weekdays {
            days: vec![1, 2, 3, 4, 5]
        }
    );
    assert_eq!((well.amount, well.unit), (None, None));
    let paused = if version >= 4 {
        PlanStatus::Paused
    } else {
        PlanStatus::Active
    };
    assert_eq!(well.status, paused);

    // Made from a reflection copy that was deleted and then purged: the
    // link is gone (ON DELETE SET NULL), the plan stays.
    let friend = db.plan(3).unwrap();
    assert_eq!(friend.frequency, Frequency::PerWeek { times: 2 });
    assert_eq!(friend.end_date, Some(day("2026-12-31")));
    assert_eq!(friend.from_reflection_id, None);

    let kind = db.plan(4).unwrap();
    assert_eq!(kind.frequency, Frequency::PerDay { times: 2 });
    assert_eq!(kind.practice, Some(Practice::SelfCompassion));
    assert_eq!(kind.cue_time, None);
    assert_eq!(kind.status, PlanStatus::Archived);

    if version >= 3 {
        let no = db.plan(5).unwrap();
        assert_eq!((no.amount, no.unit), (Some(1), Some(Unit::Times)));
        assert_eq!(no.frequency, Frequency::PerWeek { times: 1 });
        assert_eq!(no.from_reflection_id, Some(10));
    }
}

/// What happened each day with each plan, and whether progress reads it.
fn check_plan_logs(db: &Db, version: usize) {
    // Every day logged, per plan, from its start.
    let counts: &[(i64, usize)] = match version {
        2 => &[(1, 7), (2, 4), (3, 0), (4, 4)],
        3 => &[(1, 16), (2, 8), (3, 5), (4, 4), (5, 1)],
        _ => &[(1, 23), (2, 12), (3, 10), (4, 4), (5, 3)],
    };
    for &(id, count) in counts {
        let plan = db.plan(id).unwrap();
        let logs = db.plan_logs(id, plan.start_date).unwrap();
        assert_eq!(logs.len(), count, "schema {version}: logs of plan {id}");
        assert!(logs.windows(2).all(|w| w[0].day > w[1].day), "newest first");
    }
    let skipped = db.plan_log(1, day("2026-10-03")).unwrap().unwrap();
    assert_eq!(skipped.outcome, Outcome::Skipped);
    assert_eq!(skipped.reason, "Staying at my sister's, no quiet corner");
    assert_eq!(rfc(skipped.logged_at), "2026-10-04T19:10:00+02:00");
    let not_today = db.plan_log(1, day("2026-10-04")).unwrap().unwrap();
    assert_eq!(not_today.outcome, Outcome::NotToday);
    let partly = db.plan_log(4, day("2026-09-24")).unwrap().unwrap();
    assert_eq!((partly.outcome, partly.count), (Outcome::Partly, 1));
    assert_eq!(partly.note, "Once, at lunch.");
    let twice = db.plan_log(4, day("2026-09-23")).unwrap().unwrap();
    assert_eq!((twice.outcome, twice.count), (Outcome::Done, 2));
    let smiled = db.plan_log(1, day("2026-10-06")).unwrap().unwrap();
    assert_eq!(smiled.note, "Did it before the session too 🙂");

    // Progress reads logs and pauses together; every plan must score.
    let (all, current) = plan_ids(version);
    let with_progress = db.plans_with_progress(true).unwrap();
    assert_eq!(with_progress.len(), all.len());
    for p in &with_progress {
        assert!(
            (0.0..=1.0).contains(&p.progress.score),
            "plan {}: score {}",
            p.plan.id,
            p.progress.score
        );
    }
    for &id in all {
        let detail = db.plan_detail(id).unwrap();
        assert_eq!(detail.plan.id, id);
    }
    let today = db.today_view().unwrap();
    assert_eq!(today.items.len(), current.len());
}

fn check_compassion_breaks(db: &Db, version: usize) {
    let breaks = db.list_compassion_breaks(50).unwrap();
    assert_eq!(
        breaks.len(),
        [2, 3, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4][version - 2]
    );
    let oldest = breaks.last().unwrap();
    assert_eq!(oldest.plan_id, Some(4));
    assert_eq!(
        oldest.kindness,
        "May I be as patient with myself as I am with Lena."
    );
    assert_eq!(rfc(oldest.created_at), "2026-09-24T12:15:27.845+02:00");
    let empty = breaks.iter().find(|b| b.id == 2).unwrap();
    assert_eq!(
        (
            empty.mindfulness.as_str(),
            empty.humanity.as_str(),
            empty.kindness.as_str()
        ),
        ("", "", "")
    );
    if version >= 3 {
        assert!(breaks
            .iter()
            .any(|b| b.kindness.contains("Ärger is allowed")));
    }
}

fn check_schedule(db: &Db, version: usize) {
    let stored = db.schedule().unwrap().unwrap();
    assert_eq!(
        stored.schedule,
        SessionSchedule {
            weekday: 2,
            time: "17:00".into(),
            duration_minutes: 50,
            every_weeks: 1,
            start_date: day("2026-10-13"),
            time_zone: "Europe/Berlin".into(),
        }
    );
    assert_eq!(stored.rrule, "FREQ=WEEKLY;INTERVAL=1;BYDAY=TU");

    let sessions = |list: &[Session]| {
        list.iter()
            .map(|s| (s.occurrence.to_string(), rfc(s.start), s.status))
            .collect::<Vec<_>>()
    };
    let s = |occurrence: &str, start: &str, status| (occurrence.to_owned(), rfc(at(start)), status);
    if version == 3 {
        let view = db.schedule_view(3).unwrap();
        assert_eq!(
            sessions(&view.upcoming),
            [
                s("2026-11-03", "2026-11-03T17:00:00+01:00", Cancelled),
                s("2026-11-10", "2026-11-10T17:00:00+01:00", Scheduled),
                s("2026-11-17", "2026-11-17T17:00:00+01:00", Scheduled),
            ]
        );
        assert_eq!(
            sessions(&view.past),
            [
                s("2026-10-27", "2026-10-27T17:00:00+01:00", Scheduled),
                s("2026-10-20", "2026-10-21T18:30:00+02:00", Moved),
                s("2026-10-13", "2026-10-13T17:00:00+02:00", Scheduled),
            ]
        );
    } else {
        let view = db.schedule_view(4).unwrap();
        assert_eq!(
            sessions(&view.upcoming),
            [
                s("2026-12-01", "2026-12-01T17:00:00+01:00", Scheduled),
                s("2026-12-08", "2026-12-08T17:00:00+01:00", Scheduled),
                s("2026-12-15", "2026-12-15T17:00:00+01:00", Scheduled),
                s("2026-12-22", "2026-12-22T17:00:00+01:00", Cancelled),
            ]
        );
        assert_eq!(
            sessions(&view.past),
            [
                s("2026-11-24", "2026-11-24T17:00:00+01:00", Scheduled),
                s("2026-11-17", "2026-11-17T17:00:00+01:00", Scheduled),
                s("2026-11-10", "2026-11-10T17:00:00+01:00", Scheduled),
                s("2026-11-03", "2026-11-03T17:00:00+01:00", Cancelled),
            ]
        );
    }

    // What fired stays fired, so nothing is shown twice after the upgrade;
    // the cancelled session never had a reminder.
    for key in [
        "session-end:2026-10-13",
        "session-end:2026-10-20",
        "plan:1:2026-10-27",
        "brief:2026-10-27",
    ] {
        assert!(db.was_fired(key).unwrap(), "{key}");
    }
    assert!(!db.was_fired("session-end:2026-11-03").unwrap());
    // The scheduler last looked in October at schema 3; every later
    // fixture was closed in November.
    let checked = if version == 3 {
        "2026-10-27T20:33:00Z"
    } else {
        "2026-11-24T20:03:00Z"
    };
    assert_eq!(
        db.reminders_checked_until().unwrap(),
        Some(checked.parse::<DateTime<Utc>>().unwrap())
    );

    // The reminders ahead follow the migrated schedule and its changes.
    let berlin = parse_zone("Europe/Berlin").unwrap();
    let now = db.now().with_timezone(&Utc);
    let ahead: Vec<String> = db
        .next_reminders(&ReminderSettings::default(), berlin, None, now, 500)
        .unwrap()
        .into_iter()
        .map(|d| d.key)
        .collect();
    let (cancelled, next) = if version == 3 {
        ("2026-11-03", "2026-11-10")
    } else {
        ("2026-12-22", "2026-12-29")
    };
    assert!(ahead.contains(&format!("brief:{next}")), "{ahead:?}");
    assert!(ahead.contains(&format!("session-end:{next}")), "{ahead:?}");
    assert!(!ahead.contains(&format!("brief:{cancelled}")), "{ahead:?}");
    assert!(
        !ahead.contains(&format!("session-end:{cancelled}")),
        "{ahead:?}"
    );
}

/// Moments, check-ins and notes (schema 4 on), each through its getter.
fn check_journal_entries(db: &Db) {
    let jonas = db.moment(1).unwrap();
    assert_eq!(
        jonas.situation,
        "Team meeting: Jonas criticised my slides in front of everyone."
    );
    assert_eq!(rfc(jonas.occurred_at), "2026-11-05T09:40:00+01:00");
    assert_eq!(jonas.body, "Hot face, tight throat.");
    assert_eq!(
        jonas.emotions,
        [
            emotion("ashamed", Some(80), Some(40)),
            emotion("Ärger", Some(60), Some(30)),
            emotion("not good enough", Some(70), Some(35)),
        ]
    );
    // Ticked labeling first; listed in the vocabulary's order.
    assert_eq!(jonas.traps, ["mindReading", "catastrophizing", "labeling"]);
    assert_eq!(jonas.tags, ["work"]);
    assert!(jonas.starred && !jonas.private);
    // Migration 0010's thought-record parts start empty and unrated: no
    // belief is made up for a moment written before they were asked.
    assert_eq!(
        (
            jonas.evidence_for.as_str(),
            jonas.evidence_against.as_str(),
            jonas.balanced.as_str()
        ),
        ("", "", "")
    );
    assert_eq!((jonas.belief_before, jonas.belief_after), (None, None));

    let lena = db.moment(2).unwrap();
    assert_eq!(lena.body, "");
    assert_eq!(
        lena.friend,
        "She has the flu. One cancellation is not \"nobody ever\"."
    );
    assert_eq!(lena.emotions[1], emotion("lonely", Some(50), None));
    assert_eq!(lena.traps, ["overgeneralizing"]);
    assert_eq!(lena.tags, ["café", "Lena"]);

    let tired = db.checkin(1).unwrap();
    assert_eq!(tired.mood, 4);
    assert_eq!(tired.feelings, ["tense", "empty"]);
    assert_eq!(tired.tags, ["sleep"]);
    assert_eq!(rfc(tired.at), "2026-11-10T22:15:00+01:00");
    let walk = db.checkin(2).unwrap();
    assert_eq!(walk.note, "Walked along the Spree after work 🌊");
    assert_eq!(walk.feelings, ["calm", "grateful"]);

    let idea = db.note(1).unwrap();
    assert_eq!(
        idea.text,
        "Idea for next session: ask about the Sunday dread."
    );
    assert_eq!(idea.mood, None);
    assert!(idea.starred && !idea.private);
    assert_eq!(idea.tags, ["Sunday"]);
    let private = db.note(2).unwrap();
    assert!(private.private && !private.starred);
    assert_eq!(private.mood, Some(3));

    assert_eq!(db.moment(3).unwrap_err().kind(), "notFound", "deleted");
}

/// Tags, the timeline's filters, insights and the export over every kind.
fn check_journal_views(db: &Db) {
    assert_eq!(
        db.list_tags().unwrap(),
        [
            tag("Lena", 2),
            tag("café", 1),
            tag("sleep", 1),
            tag("Sunday", 1),
            tag("work", 1),
        ]
    );

    let refs = |query: TimelineQuery| timeline_refs(db, &query);
    assert_eq!(
        refs(TimelineQuery {
            tag: Some("lena".into()),
            ..TimelineQuery::default()
        }),
        [(Kind::Reflection, 13), (Kind::Moment, 2)],
        "tags match ignoring case"
    );
    assert_eq!(
        refs(TimelineQuery {
            tag: Some("café".into()),
            ..TimelineQuery::default()
        }),
        [(Kind::Moment, 2)]
    );
    assert_eq!(
        refs(TimelineQuery {
            starred: true,
            ..TimelineQuery::default()
        }),
        [(Kind::Note, 1), (Kind::Moment, 1), (Kind::Reflection, 11)]
    );
    assert_eq!(
        refs(TimelineQuery {
            only_private: true,
            ..TimelineQuery::default()
        }),
        [(Kind::Note, 2)]
    );
    assert_eq!(
        refs(TimelineQuery {
            kinds: vec![Kind::Checkin],
            ..TimelineQuery::default()
        }),
        [(Kind::Checkin, 2), (Kind::Checkin, 1)]
    );
    assert_eq!(
        refs(TimelineQuery {
            from: Some(day("2026-11-10")),
            until: Some(day("2026-11-12")),
            ..TimelineQuery::default()
        }),
        [(Kind::Note, 1), (Kind::Checkin, 1), (Kind::Reflection, 12)]
    );

    let insights = db.insights(None).unwrap();
    assert_eq!(
        (
            insights.counts.reflection,
            insights.counts.moment,
            insights.counts.checkin,
            insights.counts.note
        ),
        (12, 2, 2, 2)
    );

    let shared = db.export(false).unwrap();
    assert_eq!(shared.private_left_out, 1);
    assert_eq!(shared.notes.len(), 1);
}

fn emotion(word: &str, before: Option<u8>, after: Option<u8>) -> EmotionRating {
    EmotionRating {
        word: word.into(),
        before,
        after,
    }
}

fn tag(name: &str, count: i64) -> TagCount {
    TagCount {
        name: name.into(),
        count,
    }
}

/// Rows deleted past the undo window are gone for good after the open:
/// not restorable, and their child rows went with them.
fn check_purged(db: &mut Db, path: &Path, version: usize) {
    for &(kind, id, _) in purged(version) {
        let gone = db.restore_entry(entry(kind, id)).unwrap_err();
        assert_eq!(gone.kind(), "notFound", "{kind:?} {id}");
    }
    // The API can't tell a purged row from a hidden one, so look at the
    // file itself, read-only, beside the open journal.
    let conn =
        rusqlite::Connection::open_with_flags(path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
            .unwrap();
    let count = |sql: &str| -> i64 { conn.query_row(sql, [], |r| r.get(0)).unwrap() };
    match version {
        1 => {
            assert_eq!(count("SELECT count(*) FROM reflection WHERE id = 5"), 0);
            assert_eq!(
                count("SELECT count(*) FROM reflection_feeling WHERE reflection_id = 5"),
                0,
                "feelings go with their reflection"
            );
        }
        2 => {
            assert_eq!(count("SELECT count(*) FROM reflection WHERE id = 9"), 0);
            assert_eq!(count("SELECT count(*) FROM entry WHERE ref_id = 9"), 0);
        }
        4 => {
            assert_eq!(
                count("SELECT count(*) FROM checkin_feeling WHERE checkin_id = 3"),
                0
            );
            assert_eq!(
                count("SELECT count(*) FROM tag WHERE name = 'scratch'"),
                0,
                "a tag only the purged note carried is dropped"
            );
            assert_eq!(
                count("SELECT count(*) FROM moment_emotion WHERE moment_id = 3"),
                1
            );
        }
        _ => {}
    }
    // The hidden one is still there, waiting for undo.
    let (hidden, _) = just_deleted(version);
    assert_eq!(
        count(&format!(
            "SELECT count(*) FROM {} WHERE id = {} AND deleted_at IS NOT NULL",
            hidden.kind.as_str(),
            hidden.id
        )),
        1
    );
}

/// "Undo" on what was deleted just before closing works across the upgrade:
/// the entry comes back to its kind, the timeline and search.
fn check_undo(db: &mut Db, version: usize) {
    let (hidden, word) = just_deleted(version);
    db.restore_entry(hidden).unwrap();
    let item = db.entry_meta(hidden).unwrap();
    assert!(timeline_refs(
        db,
        &TimelineQuery {
            limit: Some(200),
            ..TimelineQuery::default()
        }
    )
    .contains(&(hidden.kind, hidden.id)));
    assert_eq!(hits(db, word), [(hidden.kind, hidden.id)], "{word}");
    if hidden.kind == Kind::Reflection {
        let back = db.reflection(hidden.id).unwrap();
        assert_eq!(item.summary, words(&back.takeaway));
        assert_eq!(item.at, back.session_at);
    } else {
        let back = db.moment(hidden.id).unwrap();
        assert_eq!(back.emotions, [emotion("anxious", Some(65), None)]);
        assert_eq!(back.traps, ["fortuneTelling"]);
        assert_eq!(back.tags, ["work"]);
        assert_eq!(item.tags, ["work"]);
    }
}

/// The same journal, claiming a schema newer than this build: refused with
/// the plain-language error, and the file left exactly as it was, with no
/// WAL or journal file created beside it.
fn check_newer_is_refused(version: usize) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(DB_FILE);
    let newer = SCHEMA_VERSION + 1;
    write_fixture(&path, version, newer);
    let before = std::fs::read(&path).unwrap();

    let err = Db::open(&path, clock(version)).unwrap_err();
    assert_eq!(err.kind(), "newerSchema", "{err}");
    let message = err.to_string();
    assert!(
        message.contains(&format!("data version {newer}")),
        "{message}"
    );
    assert!(message.contains("Nothing was changed"), "{message}");

    // Not assert_eq: a failure would print two whole files as byte lists.
    assert!(std::fs::read(&path).unwrap() == before, "the file changed");
    let files: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(files, [DB_FILE], "nothing written beside the file");
}

/// What a person would see of their journal, compared across opens.
#[derive(Debug, PartialEq)]
struct Snapshot {
    report: DoctorReport,
    export: ExportFile,
    timeline: TimelinePage,
    tags: Vec<TagCount>,
    drafts: i64,
}

impl Snapshot {
    fn of(db: &Db) -> Self {
        Snapshot {
            report: db.doctor().unwrap(),
            export: db.export(true).unwrap(),
            timeline: db
                .timeline(&TimelineQuery {
                    limit: Some(200),
                    ..TimelineQuery::default()
                })
                .unwrap(),
            tags: db.list_tags().unwrap(),
            drafts: db.count_drafts().unwrap(),
        }
    }
}
