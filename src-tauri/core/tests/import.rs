//! Import from other apps: Daylio, Loop Habit Tracker, jrnl, Day One and
//! `FreeCBT`. Each source's fixture is shaped like what the app really
//! exports (tests/fixtures/import/); the zips are packed here from the
//! fixture folders by a minimal zip writer. For each source: the preview
//! (counts, date range, samples), the records read back through the public
//! API, a second import that adds nothing, and files that are malformed,
//! cut short or foreign, refused with a message naming the file and the
//! place, and changing nothing.

#![allow(clippy::unwrap_used)]

use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::{DateTime, FixedOffset, NaiveDate};
use chrono_tz::Tz;
use interlude_core::interchange::import::convert;
use interlude_core::{
    Db, Frequency, Kind, ManualClock, NoteInput, Outcome, PlanStatus, Source, TimelineQuery, Unit,
};
use serde_json::{json, Value};

/// Monday evening in Berlin, a few days after everything in the fixtures.
fn clock() -> Arc<ManualClock> {
    Arc::new(ManualClock::at("2026-11-24T18:00:00+01:00"))
}

const BERLIN: Tz = chrono_tz::Europe::Berlin;

fn at(s: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(s).unwrap()
}

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/import")
}

fn fixture(path: &str) -> Vec<u8> {
    std::fs::read(fixtures().join(path)).unwrap()
}

fn empty_db() -> Db {
    Db::open_in_memory(clock()).unwrap()
}

// ---------------------------------------------------------------------
// A minimal zip writer, for packing the fixture folders as the apps do.

fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0_u32;
    for &b in bytes {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                0xEDB8_8320 ^ (crc >> 1)
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

struct Member {
    name: String,
    data: Vec<u8>,
    /// 0 stored, 8 deflated (or anything, to test refusals).
    method: u16,
    flags: u16,
}

fn member(name: &str, data: &[u8]) -> Member {
    Member {
        name: name.to_owned(),
        data: data.to_vec(),
        method: 8,
        flags: 0,
    }
}

fn le16(out: &mut Vec<u8>, v: u16) {
    out.extend_from_slice(&v.to_le_bytes());
}

fn le32(out: &mut Vec<u8>, v: u32) {
    out.extend_from_slice(&v.to_le_bytes());
}

fn len32(n: usize) -> u32 {
    u32::try_from(n).unwrap()
}

/// Packs members the way Java's `ZipOutputStream` and Apple's archiver
/// do (sizes in the headers, a central directory at the end).
fn zip(members: &[Member]) -> Vec<u8> {
    // 2026-11-21 12:00 in DOS format.
    let (time, date) = (12_u16 << 11, (46_u16 << 9) | (11 << 5) | 0x15);
    let mut out = Vec::new();
    let mut central = Vec::new();
    for m in members {
        let packed = if m.method == 8 {
            miniz_oxide::deflate::compress_to_vec(&m.data, 6)
        } else {
            m.data.clone()
        };
        let crc = crc32(&m.data);
        let offset = len32(out.len());
        le32(&mut out, 0x0403_4b50);
        for v in [20, m.flags | 0x0800, m.method, time, date] {
            le16(&mut out, v);
        }
        for v in [crc, len32(packed.len()), len32(m.data.len())] {
            le32(&mut out, v);
        }
        le16(&mut out, u16::try_from(m.name.len()).unwrap());
        le16(&mut out, 0);
        out.extend_from_slice(m.name.as_bytes());
        out.extend_from_slice(&packed);

        le32(&mut central, 0x0201_4b50);
        for v in [20, 20, m.flags | 0x0800, m.method, time, date] {
            le16(&mut central, v);
        }
        for v in [crc, len32(packed.len()), len32(m.data.len())] {
            le32(&mut central, v);
        }
        for v in [u16::try_from(m.name.len()).unwrap(), 0, 0, 0, 0] {
            le16(&mut central, v);
        }
        le32(&mut central, 0);
        le32(&mut central, offset);
        central.extend_from_slice(m.name.as_bytes());
    }
    let directory_at = len32(out.len());
    out.extend_from_slice(&central);
    le32(&mut out, 0x0605_4b50);
    let count = u16::try_from(members.len()).unwrap();
    for v in [0, 0, count, count] {
        le16(&mut out, v);
    }
    le32(&mut out, len32(central.len()));
    le32(&mut out, directory_at);
    le16(&mut out, 0);
    out
}

/// Every file under a fixture folder, named by its path inside it.
fn folder(dir: &str) -> Vec<Member> {
    fn walk(root: &Path, dir: &Path, out: &mut Vec<Member>) {
        let mut entries: Vec<_> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        entries.sort();
        for path in entries {
            if path.is_dir() {
                walk(root, &path, out);
            } else {
                let name = path
                    .strip_prefix(root)
                    .unwrap()
                    .to_string_lossy()
                    .replace('\\', "/");
                out.push(member(&name, &std::fs::read(&path).unwrap()));
            }
        }
    }
    let root = fixtures().join(dir);
    let mut out = Vec::new();
    walk(&root, &root, &mut out);
    out
}

/// Loop's export: "Loop Habits CSV 2026-11-21.zip".
fn loop_zip() -> Vec<u8> {
    zip(&folder("loop"))
}

/// Day One's export: Journal.json and its photos.
fn dayone_zip() -> Vec<u8> {
    let mut members = vec![member("Journal.json", &fixture("dayone/Journal.json"))];
    for id in [
        "8D3F0A66B6E44F0E9C5E4E1F2B3C4D5E",
        "9E4A1B77C7F55F1FAD6F5F2A3C4D5E6F",
    ] {
        members.push(Member {
            method: 0,
            ..member(
                &format!("photos/{id}.jpeg"),
                b"\xFF\xD8\xFF\xE0 not really a photo",
            )
        });
    }
    zip(&members)
}

const DAYLIO: &str = "daylio_export_2026_11_21.csv";
const LOOP: &str = "Loop Habits CSV 2026-11-21.zip";

fn all_entries(db: &Db) -> Vec<interlude_core::TimelineItem> {
    db.timeline(&TimelineQuery {
        limit: Some(200),
        ..TimelineQuery::default()
    })
    .unwrap()
    .items
}

// ---------------------------------------------------------------------
// Daylio

#[test]
fn daylio_preview_counts_range_and_samples() {
    let db = empty_db();
    let bytes = fixture(&format!("daylio/{DAYLIO}"));
    let preview = db
        .preview_import(Source::Daylio, DAYLIO, &bytes, BERLIN)
        .unwrap();
    assert_eq!(preview.counts.checkins, 5);
    assert_eq!(
        (
            preview.counts.notes,
            preview.counts.moments,
            preview.counts.plans
        ),
        (0, 0, 0)
    );
    assert_eq!(preview.already_here, 0);
    assert_eq!(preview.first, Some(at("2026-11-17T13:00:00+01:00")));
    assert_eq!(preview.last, Some(at("2026-11-21T09:15:00+01:00")));
    assert_eq!(
        preview.samples,
        [
            "2026-11-21 · Check-in · mood 7 · family, walk, movies tv",
            "2026-11-20 · Check-in · mood 5 · work, bad sleep",
            "2026-11-20 · Check-in · mood 1 · work",
        ]
    );
    assert!(preview.left_out.is_empty(), "{:?}", preview.left_out);
    // The shape the UI receives.
    let value = serde_json::to_value(&preview).unwrap();
    assert_eq!(value["source"], "daylio");
    assert_eq!(value["sourceName"], "Daylio");
    assert_eq!(value["fileName"], DAYLIO);
    assert_eq!(
        value["counts"],
        json!({"notes": 0, "checkins": 5, "moments": 0, "plans": 0, "planDays": 0})
    );
    assert_eq!(value["alreadyHere"], 0);
    assert_eq!(value["first"], "2026-11-17T13:00:00+01:00");
    assert_eq!(value["leftOut"], json!([]));
}

#[test]
fn daylio_imports_checkins_and_a_second_import_adds_nothing() {
    let mut db = empty_db();
    let bytes = fixture(&format!("daylio/{DAYLIO}"));
    let summary = db
        .import_from(Source::Daylio, DAYLIO, &bytes, BERLIN)
        .unwrap();
    assert_eq!((summary.added, summary.already_present), (5, 0));

    let items = all_entries(&db);
    assert_eq!(items.len(), 5);
    assert!(items.iter().all(|i| i.kind == Kind::Checkin));
    let moods: Vec<Option<u8>> = items.iter().map(|i| i.mood).collect();
    assert_eq!(
        moods,
        [Some(7), Some(5), Some(1), Some(9), Some(3)],
        "newest first; rad 9, good 7, meh 5, bad 3, awful 1"
    );
    let market = db.checkin(items[0].id).unwrap();
    assert_eq!(market.at, at("2026-11-21T09:15:00+01:00"));
    assert_eq!(
        market.note,
        "Market with Mum\n\nBought apples.\nTalked about Dad, gently."
    );
    assert_eq!(market.tags, ["family", "movies tv", "walk"]);
    assert!(market.feelings.is_empty());
    let gig = db.checkin(items[3].id).unwrap();
    assert_eq!(
        gig.note,
        "Gig with Ana\nSang the whole encore & didn't care"
    );
    assert_eq!(gig.tags, ["friends", "music"]);
    let quiet = db.checkin(items[4].id).unwrap();
    assert_eq!((quiet.note.as_str(), quiet.tags.len()), ("", 0));
    let hits = db.search("what ifs", 10).unwrap().hits;
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0].item.mood, Some(1));

    let before = db.export_json(true).unwrap();
    let preview = db
        .preview_import(Source::Daylio, DAYLIO, &bytes, BERLIN)
        .unwrap();
    assert_eq!((preview.counts.checkins, preview.already_here), (0, 5));
    let again = db
        .import_from(Source::Daylio, DAYLIO, &bytes, BERLIN)
        .unwrap();
    assert_eq!((again.added, again.already_present), (0, 5));
    assert_eq!(db.export_json(true).unwrap(), before);
}

#[test]
fn daylio_twelve_hour_times_and_the_older_header() {
    let text = "year,date,weekday,time,mood,activities,note\n\
                2026,18 November,Wednesday,8:30 pm,good,\"work\",\"\"\n\
                2026,18 November,Wednesday,12:05 am,Awful,\"\",\"Couldn't sleep\"\n";
    let file = convert(Source::Daylio, "old.csv", text.as_bytes(), BERLIN).unwrap();
    assert_eq!(file.checkins.len(), 2);
    assert_eq!(file.checkins[0].at, at("2026-11-18T20:30:00+01:00"));
    assert_eq!(file.checkins[1].at, at("2026-11-18T00:05:00+01:00"));
    assert_eq!(file.checkins[1].mood, 1, "labels match in any case");
}

#[test]
fn daylio_times_are_read_in_the_given_zone() {
    let bytes = fixture(&format!("daylio/{DAYLIO}"));
    let tokyo = convert(Source::Daylio, DAYLIO, &bytes, chrono_tz::Asia::Tokyo).unwrap();
    assert_eq!(tokyo.checkins[0].at, at("2026-11-21T09:15:00+09:00"));
    // The same record from the same file gets the same uid, whatever the zone.
    let berlin = convert(Source::Daylio, DAYLIO, &bytes, BERLIN).unwrap();
    assert_eq!(tokyo.checkins[0].uid, berlin.checkins[0].uid);
}

// ---------------------------------------------------------------------
// Loop Habit Tracker

#[test]
fn loop_preview_counts_plans_and_days() {
    let db = empty_db();
    let preview = db
        .preview_import(Source::Loop, LOOP, &loop_zip(), BERLIN)
        .unwrap();
    assert_eq!((preview.counts.plans, preview.counts.plan_days), (4, 11));
    assert_eq!(preview.first, Some(at("2026-11-17T00:00:00+01:00")));
    assert_eq!(preview.last, Some(at("2026-11-21T12:00:00+01:00")));
    assert_eq!(
        preview.samples,
        [
            "2026-11-21 · Plan · Old habit · 0 days logged",
            "2026-11-19 · Plan · Read · 3 days logged",
            "2026-11-17 · Plan · Meditate · 5 days logged",
        ]
    );
    assert_eq!(
        preview.left_out,
        [
            "1 note on a day Loop has no mark for",
            "Loop's scores, colours, reminders, and each habit's question and description",
        ]
    );
}

#[test]
fn loop_imports_habits_as_plans_with_their_days() {
    let mut db = empty_db();
    let summary = db
        .import_from(Source::Loop, LOOP, &loop_zip(), BERLIN)
        .unwrap();
    assert_eq!((summary.added, summary.already_present), (4, 0));

    let plans = db.list_plans(true).unwrap();
    let plan = |action: &str| plans.iter().find(|p| p.action == action).unwrap();
    let logs = |id: i64| {
        let mut logs = db.plan_logs(id, NaiveDate::MIN).unwrap();
        logs.reverse();
        logs.into_iter()
            .map(|l| (l.day.to_string(), l.outcome, l.reason, l.note))
            .collect::<Vec<_>>()
    };
    let day = |d: &str, o: Outcome, r: &str, n: &str| (d.to_owned(), o, r.to_owned(), n.to_owned());

    let meditate = plan("Meditate");
    assert_eq!(meditate.frequency, Frequency::Daily);
    assert_eq!(meditate.start_date.to_string(), "2026-11-17");
    assert_eq!(meditate.cue, "");
    assert_eq!(meditate.status, PlanStatus::Active);
    assert_eq!(
        logs(meditate.id),
        [
            day("2026-11-17", Outcome::Done, "", ""),
            day(
                "2026-11-18",
                Outcome::Skipped,
                "Skipped in Loop Habit Tracker",
                ""
            ),
            day("2026-11-19", Outcome::Done, "", "Ten minutes, then tea"),
            day("2026-11-20", Outcome::NotToday, "", "Too restless to sit"),
            day("2026-11-21", Outcome::Done, "", ""),
        ]
    );

    let walk = plan("Walk, after lunch");
    assert_eq!(walk.frequency, Frequency::PerWeek { times: 3 });
    let walk_days: Vec<String> = logs(walk.id).into_iter().map(|d| d.0).collect();
    assert_eq!(
        walk_days,
        ["2026-11-17", "2026-11-18", "2026-11-20"],
        "days Loop filled in by itself are not logged"
    );

    let read = plan("Read");
    assert_eq!((read.amount, read.unit), (Some(20), Some(Unit::Minutes)));
    assert_eq!(read.sentence, "I will read for 20 minutes every day.");
    let outcomes: Vec<Outcome> = logs(read.id).into_iter().map(|d| d.1).collect();
    assert_eq!(
        outcomes,
        [Outcome::NotToday, Outcome::Partly, Outcome::Done],
        "0, 10 and 25 minutes against a target of 20"
    );

    let old = plan("Old habit");
    assert_eq!(old.status, PlanStatus::Archived);
    assert_eq!(old.frequency, Frequency::PerWeek { times: 5 });
    assert_eq!(
        old.start_date.to_string(),
        "2026-11-21",
        "no marks: starts on the newest day in the export"
    );
    assert!(logs(old.id).is_empty());

    // Progress works on the imported days.
    let progress = db.progress(meditate).unwrap();
    assert!(progress.score > 0.0);

    let again = db
        .import_from(Source::Loop, LOOP, &loop_zip(), BERLIN)
        .unwrap();
    assert_eq!((again.added, again.already_present), (0, 4));
    assert_eq!(db.list_plans(true).unwrap().len(), 4);
}

#[test]
fn loop_older_exports_with_only_the_combined_checkmarks() {
    // Older Loop: NumRepetitions/Interval, values as numbers, no folders.
    let habits = "Position,Name,Description,NumRepetitions,Interval,Color,Archived?\n\
                  001,Stretch,,1,1,#FF8F00,false\n\
                  002,Call a friend,,1,7,#00897B,false\n";
    let checks = "Date,Stretch,Call a friend,\n\
                  2026-11-21,2,1,\n\
                  2026-11-20,0,2,\n\
                  2026-11-19,-1,0,\n";
    let bytes = zip(&[
        member("Habits.csv", habits.as_bytes()),
        member("Checkmarks.csv", checks.as_bytes()),
    ]);
    let file = convert(Source::Loop, "old.zip", &bytes, BERLIN).unwrap();
    assert_eq!(file.plans.len(), 2);
    let stretch = &file.plans[0];
    assert_eq!(stretch.frequency, Frequency::Daily);
    let outcomes: Vec<(String, Outcome)> = stretch
        .days
        .iter()
        .map(|d| (d.day.to_string(), d.outcome))
        .collect();
    assert_eq!(
        outcomes,
        [
            ("2026-11-20".into(), Outcome::NotToday),
            ("2026-11-21".into(), Outcome::Done)
        ]
    );
    let call = &file.plans[1];
    assert_eq!(call.frequency, Frequency::PerWeek { times: 1 });
    assert_eq!(call.days.len(), 2);
}

// ---------------------------------------------------------------------
// jrnl

#[test]
fn jrnl_preview_and_import_of_notes() {
    let mut db = empty_db();
    let bytes = fixture("jrnl/journal.json");
    let preview = db
        .preview_import(Source::Jrnl, "journal.json", &bytes, BERLIN)
        .unwrap();
    assert_eq!(preview.counts.notes, 3);
    assert_eq!(preview.first, Some(at("2026-11-16T09:00:00+01:00")));
    assert_eq!(preview.last, Some(at("2026-11-20T17:45:00+01:00")));
    assert_eq!(
        preview.samples,
        [
            "2026-11-20 · Note · Review went fine.",
            "2026-11-19 · Note · Slept eight hours!",
            "2026-11-16 · Note · Called in sick.",
        ]
    );

    let summary = db
        .import_from(Source::Jrnl, "journal.json", &bytes, BERLIN)
        .unwrap();
    assert_eq!(summary.added, 3);
    let hits = db.search("dreaded", 10).unwrap().hits;
    assert_eq!(hits.len(), 1);
    let note = db.note(hits[0].item.id).unwrap();
    assert_eq!(
        note.text,
        "Review went fine.\n\nThe thing I dreaded for a week took ten minutes.\nMy manager\u{2019}s \
         words: \"steady work\".\n\n@work was kind about it."
    );
    assert_eq!(note.tags, ["work"]);
    assert_eq!(note.at, at("2026-11-20T17:45:00+01:00"));
    let starred = db
        .timeline(&TimelineQuery {
            starred: true,
            ..TimelineQuery::default()
        })
        .unwrap()
        .items;
    assert_eq!(starred.len(), 1);
    assert_eq!(db.note(starred[0].id).unwrap().text, "Slept eight hours!");

    let again = db
        .import_from(Source::Jrnl, "journal.json", &bytes, BERLIN)
        .unwrap();
    assert_eq!((again.added, again.already_present), (0, 3));
}

// ---------------------------------------------------------------------
// Day One

#[test]
fn dayone_preview_counts_and_what_is_left_out() {
    let db = empty_db();
    let preview = db
        .preview_import(Source::DayOne, "Export-Journal.zip", &dayone_zip(), BERLIN)
        .unwrap();
    assert_eq!(preview.counts.notes, 2);
    assert_eq!(preview.first, Some(at("2026-11-20T06:48:00+01:00")));
    assert_eq!(preview.last, Some(at("2026-11-22T14:30:00-05:00")));
    assert_eq!(
        preview.samples,
        [
            "2026-11-22 · Note · Visiting Jo. Long walk by the water, cold hands - warm talk.",
            "2026-11-20 · Note · # Before the review",
        ]
    );
    assert_eq!(
        preview.left_out,
        [
            "2 places and weather records",
            "2 photos and other attachments — Interlude keeps the words only",
            "1 entry with no words (only photos, or nothing) — not imported",
        ]
    );
}

#[test]
fn dayone_imports_notes_in_their_own_time_zone() {
    let mut db = empty_db();
    let summary = db
        .import_from(Source::DayOne, "Export-Journal.zip", &dayone_zip(), BERLIN)
        .unwrap();
    assert_eq!(summary.added, 2);
    let items = all_entries(&db);
    assert_eq!(items.len(), 2);
    let visit = db.note(items[0].id).unwrap();
    assert_eq!(visit.at, at("2026-11-22T14:30:00-05:00"));
    assert_eq!(
        visit.text,
        "Visiting Jo. Long walk by the water, cold hands - warm talk."
    );
    assert_eq!(visit.tags, ["travel family"]);
    assert!(!visit.starred);
    let review = db.note(items[1].id).unwrap();
    assert_eq!(review.at, at("2026-11-20T06:48:00+01:00"));
    assert_eq!(review.updated_at, at("2026-11-20T08:10:12+01:00"));
    assert_eq!(
        review.text,
        "# Before the review\n\nCouldn't sleep. Made tea, wrote this. It's one meeting!"
    );
    assert_eq!(review.tags, ["sleep", "work"]);
    assert!(review.starred);

    // The Journal.json on its own reads the same.
    let again = db
        .import_from(
            Source::DayOne,
            "Journal.json",
            &fixture("dayone/Journal.json"),
            BERLIN,
        )
        .unwrap();
    assert_eq!((again.added, again.already_present), (0, 2));
}

#[test]
fn dayone_reads_every_journal_in_the_zip() {
    let journal = |uuid: &str, text: &str| {
        json!({"metadata": {"version": "1.0"}, "entries": [{
            "uuid": uuid, "creationDate": "2026-11-19T10:00:00Z", "timeZone": "Europe/Berlin",
            "text": text,
        }]})
        .to_string()
    };
    let bytes = zip(&[
        member(
            "Work.json",
            journal("AAAA", "Stand-up ran long.").as_bytes(),
        ),
        member("Journal.json", journal("BBBB", "Quiet evening.").as_bytes()),
    ]);
    let file = convert(Source::DayOne, "two.zip", &bytes, BERLIN).unwrap();
    let texts: Vec<&str> = file.notes.iter().map(|n| n.text.as_str()).collect();
    assert_eq!(texts, ["Quiet evening.", "Stand-up ran long."]);
}

// ---------------------------------------------------------------------
// FreeCBT

#[test]
fn freecbt_preview_and_import_of_moments() {
    let mut db = empty_db();
    let bytes = fixture("freecbt/FreeCBT.json");
    let preview = db
        .preview_import(Source::FreeCbt, "FreeCBT.json", &bytes, BERLIN)
        .unwrap();
    assert_eq!(preview.counts.moments, 2);
    assert_eq!(preview.first, Some(at("2026-11-19T22:14:03.512+01:00")));
    assert_eq!(preview.last, Some(at("2026-11-21T09:02:10+01:00")));
    assert_eq!(
        preview.samples,
        [
            "2026-11-21 · Moment · I should be over this by now. · Should statements",
            "2026-11-19 · Moment · Everyone at the review will see I'm a fraud. · Fortune \
             telling, Labeling, Mind reading",
        ]
    );
    assert_eq!(preview.left_out, ["1 empty thought record — not imported"]);

    let summary = db
        .import_from(Source::FreeCbt, "FreeCBT.json", &bytes, BERLIN)
        .unwrap();
    assert_eq!(summary.added, 2);
    let items = all_entries(&db);
    let review = db.moment(items[1].id).unwrap();
    assert_eq!(
        review.self_talk,
        "Everyone at the review will see I'm a fraud."
    );
    assert_eq!(review.traps, ["mindReading", "fortuneTelling", "labeling"]);
    // The challenge is what doesn't fit the thought, the alternative
    // thought the balanced one: the thought record's own columns.
    assert_eq!(
        review.evidence_against,
        "I have no evidence they think that. My last review was good."
    );
    assert_eq!(
        review.balanced,
        "I prepared, and one meeting doesn't decide what I'm worth."
    );
    assert_eq!(
        (
            review.situation.as_str(),
            review.did.as_str(),
            review.friend.as_str()
        ),
        ("", "", "")
    );
    assert_eq!((review.belief_before, review.belief_after), (None, None));
    // The balanced thought is found by search like every other part.
    assert_eq!(db.search("worth", 10).unwrap().hits.len(), 1);
    assert!(review.emotions.is_empty());
    assert_eq!(review.occurred_at, at("2026-11-19T22:14:03.512+01:00"));
    assert_eq!(review.updated_at, at("2026-11-19T22:20:44.001+01:00"));
    let hits = db.search("fraud", 10).unwrap().hits;
    assert_eq!(hits.len(), 1);

    let again = db
        .import_from(Source::FreeCbt, "FreeCBT.json", &bytes, BERLIN)
        .unwrap();
    assert_eq!((again.added, again.already_present), (0, 2));
}

#[test]
fn quirk_records_count_only_the_selected_distortions() {
    let file = convert(
        Source::FreeCbt,
        "quirk.json",
        &fixture("freecbt/quirk-legacy.json"),
        BERLIN,
    )
    .unwrap();
    assert_eq!(file.moments.len(), 1);
    assert_eq!(file.moments[0].traps, ["overgeneralizing"]);
    // The "@Quirk:thoughts:" prefix is not part of the identity.
    let plain = fixture("freecbt/quirk-legacy.json");
    let plain = String::from_utf8(plain)
        .unwrap()
        .replace("@Quirk:thoughts:", "");
    let again = convert(Source::FreeCbt, "quirk.json", plain.as_bytes(), BERLIN).unwrap();
    assert_eq!(again.moments[0].uid, file.moments[0].uid);
}

// ---------------------------------------------------------------------
// Everything together, and what stays the same

#[test]
fn all_five_sources_land_in_one_journal_side_by_side() {
    let mut db = empty_db();
    let sources: Vec<(Source, &str, Vec<u8>)> = vec![
        (Source::Daylio, DAYLIO, fixture(&format!("daylio/{DAYLIO}"))),
        (Source::Loop, LOOP, loop_zip()),
        (Source::Jrnl, "journal.json", fixture("jrnl/journal.json")),
        (Source::DayOne, "Export.zip", dayone_zip()),
        (
            Source::FreeCbt,
            "FreeCBT.json",
            fixture("freecbt/FreeCBT.json"),
        ),
    ];
    let mut added = 0;
    for (source, name, bytes) in &sources {
        added += db.import_from(*source, name, bytes, BERLIN).unwrap().added;
    }
    assert_eq!(added, 5 + 4 + 3 + 2 + 2);
    assert_eq!(all_entries(&db).len(), 5 + 3 + 2 + 2);
    // Exported and imported again, nothing is lost or doubled.
    let export = db.export_json(true).unwrap();
    let mut copy = empty_db();
    copy.import_json(&export).unwrap();
    assert_eq!(copy.export_json(true).unwrap(), export);
    for (source, name, bytes) in &sources {
        let preview = db.preview_import(*source, name, bytes, BERLIN).unwrap();
        let c = preview.counts;
        assert_eq!(
            c.notes + c.checkins + c.moments + c.plans + c.plan_days,
            0,
            "{source}"
        );
    }
}

#[test]
fn importing_into_a_journal_on_disk_backs_it_up_first() {
    let dir = tempfile::tempdir().unwrap();
    let mut db = Db::open_in_dir(dir.path(), clock()).unwrap();
    let before = interlude_core::storage::backup::list(dir.path())
        .unwrap()
        .len();
    db.import_from(
        Source::Jrnl,
        "journal.json",
        &fixture("jrnl/journal.json"),
        BERLIN,
    )
    .unwrap();
    let backups = interlude_core::storage::backup::list(dir.path()).unwrap();
    assert_eq!(backups.len(), before + 1);
    // A preview makes none.
    db.preview_import(
        Source::Jrnl,
        "journal.json",
        &fixture("jrnl/journal.json"),
        BERLIN,
    )
    .unwrap();
    assert_eq!(
        interlude_core::storage::backup::list(dir.path())
            .unwrap()
            .len(),
        before + 1
    );
}

// ---------------------------------------------------------------------
// Refusals

/// A copy of `text` with its first `from` (which must be there) made `to`.
fn edit(text: &[u8], from: &str, to: &str) -> Vec<u8> {
    let text = String::from_utf8(text.to_vec()).unwrap();
    assert!(text.contains(from), "fixture lacks {from:?}");
    text.replacen(from, to, 1).into_bytes()
}

fn half(bytes: &[u8]) -> Vec<u8> {
    bytes[..bytes.len() / 2].to_vec()
}

/// A file that must be refused, and what the message must say.
type Refusal = (
    &'static str,
    Source,
    &'static str,
    Vec<u8>,
    &'static [&'static str],
);

/// The refusals: malformed, cut short, foreign.
#[allow(clippy::too_many_lines)] // one table of cases
#[rustfmt::skip]
fn refusals() -> Vec<Refusal> {
    let daylio = fixture(&format!("daylio/{DAYLIO}"));
    let jrnl = fixture("jrnl/journal.json");
    let freecbt = fixture("freecbt/FreeCBT.json");
    let dayone = fixture("dayone/Journal.json");
    let meditate = fixture("loop/001 Meditate/Checkmarks.csv");
    let loop_with = |path: &str, content: &[u8]| {
        let members: Vec<Member> = folder("loop")
            .into_iter()
            .map(|m| {
                if m.name == path {
                    member(&m.name, content)
                } else {
                    m
                }
            })
            .collect();
        zip(&members)
    };
    let dayone_with = |m: Member| zip(&[m]);
    let mut corrupt = dayone_zip();
    // Flip a byte inside Journal.json's compressed data.
    corrupt[200] ^= 0x55;
    let mut zip64 = dayone_zip();
    let end = zip64.len() - 22;
    zip64[end + 10..end + 12].copy_from_slice(&[0xFF, 0xFF]);
    let interlude_export = empty_db().export_json(true).unwrap();
    // Inside the quoted note that spans two lines.
    let cut = daylio.windows(6).position(|w| w == b"Talked").unwrap();

    vec![
        ("csv quote never closed", Source::Daylio, DAYLIO,
         [daylio.as_slice(), b"2026-11-16,16 November,Monday,10:00,good,\"work | walk"].concat(),
         &[DAYLIO, "line 8", "never closed"]),
        ("csv text after quote", Source::Daylio, DAYLIO,
         edit(&daylio, "\"work\",\"Dreaded", "\"work\"x,\"Dreaded"),
         &[DAYLIO, "line 5", "closing quote"]),
        ("csv cut short", Source::Daylio, DAYLIO, daylio[..cut].to_vec(),
         &[DAYLIO, "line 2", "cut short"]),
        ("custom mood", Source::Daylio, DAYLIO, edit(&daylio, ",meh,", ",tired-ish,"),
         &[DAYLIO, "line 4", "\"mood\"", "standard moods"]),
        ("bad date", Source::Daylio, DAYLIO, edit(&daylio, "2026-11-17,", "17/11/2026,"),
         &[DAYLIO, "line 7", "\"full_date\""]),
        ("bad time", Source::Daylio, DAYLIO, edit(&daylio, "22:40", "late"),
         &[DAYLIO, "line 4", "\"time\""]),
        ("note too long", Source::Daylio, DAYLIO,
         edit(&daylio, "13:00,bad,\"\",\"\",\"\"", &format!("13:00,bad,\"\",\"\",\"{}\"", "x".repeat(20_001))),
         &[DAYLIO, "line 7:", "Your note is 20001 characters"]),
        ("png as daylio", Source::Daylio, "photo.png", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec(),
         &["photo.png", "isn't a Daylio CSV export", "PNG image"]),
        ("json as daylio", Source::Daylio, "journal.json", jrnl.clone(),
         &["journal.json", "isn't a Daylio CSV export", "JSON"]),
        ("other csv as daylio", Source::Daylio, "bank.csv", b"Date,Amount,Payee\n2026-11-20,4.50,Cafe\n".to_vec(),
         &["bank.csv", "isn't a Daylio CSV export", "full_date"]),
        ("utf-16", Source::Daylio, "d.csv", b"\xFF\xFEf\0u\0".to_vec(), &["d.csv", "UTF-16"]),
        ("empty", Source::Jrnl, "empty.json", Vec::new(), &["empty.json", "is empty"]),
        ("daylio as jrnl", Source::Jrnl, DAYLIO, daylio.clone(),
         &[DAYLIO, "isn't a jrnl JSON export", "isn't readable JSON (line 1"]),
        ("jrnl cut short", Source::Jrnl, "journal.json", half(&jrnl),
         &["journal.json", "ends in the middle", "cut short"]),
        ("jrnl missing date", Source::Jrnl, "journal.json",
         edit(&jrnl, "\"date\": \"2026-11-19\",", ""),
         &["journal.json, entry 2, \"date\"", "is missing"]),
        ("jrnl bad time", Source::Jrnl, "journal.json", edit(&jrnl, "\"07:30\"", "\"half past seven\""),
         &["journal.json, entry 2, \"time\""]),
        ("jrnl tags not a list", Source::Jrnl, "journal.json", edit(&jrnl, "[\n        \"@sleep\"\n      ]", "\"@sleep\""),
         &["journal.json, entry 2, \"tags\"", "should be a list"]),
        ("interlude export as jrnl", Source::Jrnl, "interlude.json", interlude_export.clone().into_bytes(),
         &["interlude.json", "Interlude export"]),
        ("day one as jrnl", Source::Jrnl, "Journal.json", dayone.clone(),
         &["Journal.json", "Day One"]),
        ("jrnl as freecbt", Source::FreeCbt, "journal.json", jrnl.clone(),
         &["journal.json", "isn't a FreeCBT JSON export", "\"thoughts\""]),
        ("unknown distortion", Source::FreeCbt, "FreeCBT.json", edit(&freecbt, "\"labeling\"", "\"doom-scrolling\""),
         &["FreeCBT.json, thought 1, \"cognitiveDistortions\"", "doom-scrolling"]),
        ("freecbt bad date", Source::FreeCbt, "FreeCBT.json", edit(&freecbt, "2026-11-21T08:02:10.000Z", "Sunday"),
         &["FreeCBT.json, thought 2, \"createdAt\""]),
        ("freecbt backup code", Source::FreeCbt, "backup.txt", b":FreeCBT:N4Ig:FreeCBT:".to_vec(),
         &["backup.txt", "backup code"]),
        ("day one cut short", Source::DayOne, "Export.zip", half(&dayone_zip()),
         &["Export.zip", "incomplete zip archive", "cut short"]),
        ("day one bad date", Source::DayOne, "Export.zip",
         zip(&[member("Journal.json", &edit(&dayone, "\"2026-11-22T19:30:00Z\"", "\"yesterday\""))]),
         &["Export.zip, Journal.json, entry 2, \"creationDate\""]),
        ("day one json cut short", Source::DayOne, "Export.zip",
         zip(&[member("Journal.json", &half(&dayone))]),
         &["Export.zip, Journal.json", "cut short"]),
        ("day one no journal", Source::DayOne, "photos.zip", zip(&[member("photos/a.jpeg", b"x")]),
         &["photos.zip", "no journal"]),
        ("password", Source::DayOne, "Export.zip",
         dayone_with(Member { flags: 1, ..member("Journal.json", &dayone) }),
         &["Export.zip, Journal.json", "password-protected"]),
        ("other method", Source::DayOne, "Export.zip",
         dayone_with(Member { method: 12, ..member("Journal.json", &dayone) }),
         &["Export.zip, Journal.json", "method 12"]),
        ("corrupt member", Source::DayOne, "Export.zip", corrupt, &["Export.zip, Journal.json", "damaged"]),
        // A zip64 marker with no zip64 record behind it: the reader (the
        // `zip` crate) reads real zip64 archives, and refuses this one.
        ("false zip64", Source::DayOne, "Export.zip", zip64, &["Export.zip", "incomplete zip archive"]),
        ("foreign json in day one zip", Source::DayOne, "Export.zip", zip(&[member("Journal.json", &jrnl)]),
         &["Export.zip, Journal.json", "isn't a Day One JSON export"]),
        ("loop cut short", Source::Loop, LOOP, half(&loop_zip()), &[LOOP, "cut short"]),
        ("loop habits csv alone", Source::Loop, "Habits.csv", fixture("loop/Habits.csv"),
         &["Habits.csv", "whole .zip"]),
        ("loop database", Source::Loop, "Loop Habits Backup.db", b"SQLite format 3\0....".to_vec(),
         &["Loop Habits Backup.db", "full backup"]),
        ("day one zip as loop", Source::Loop, "Export.zip", dayone_zip(),
         &["Export.zip", "isn't a Loop Habit Tracker CSV export", "no Habits.csv"]),
        ("loop bad date", Source::Loop, LOOP,
         loop_with("001 Meditate/Checkmarks.csv", &edit(&meditate, "2026-11-20", "2026-13-40")),
         &[LOOP, "001 Meditate/Checkmarks.csv, line 3", "\"Date\""]),
        ("loop unknown value", Source::Loop, LOOP,
         loop_with("001 Meditate/Checkmarks.csv", &edit(&meditate, "2026-11-20,NO", "2026-11-20,MAYBE")),
         &[LOOP, "001 Meditate/Checkmarks.csv, line 3", "\"Value\""]),
        ("loop bad frequency", Source::Loop, LOOP,
         loop_with("Habits.csv", &edit(&fixture("loop/Habits.csv"), ",3,7,", ",three,7,")),
         &[LOOP, "Habits.csv, line 3", "\"FrequencyNumerator\""]),
        ("loop empty name", Source::Loop, LOOP,
         loop_with("Habits.csv", &edit(&fixture("loop/Habits.csv"), "003,Read,", "003,,")),
         &[LOOP, "Habits.csv, line 4", "\"Name\""]),
        ("loop habit csv damaged", Source::Loop, LOOP,
         loop_with("Habits.csv", b"Position,Name\n001,\"Meditate\n"),
         &[LOOP, "Habits.csv, line 2", "never closed"]),
    ]
}

/// Every refusal: the import error kind, a message naming the file, the
/// place and the problem, and the journal exactly as it was — after the
/// preview and after the import.
#[test]
fn bad_files_are_refused_with_the_place_and_change_nothing() {
    let mut db = empty_db();
    db.create_note(NoteInput {
        text: "Mine, already here.".into(),
        ..NoteInput::default()
    })
    .unwrap();
    let before = db.export_json(true).unwrap();
    for (name, source, file_name, bytes, expected) in refusals() {
        for error in [
            db.preview_import(source, file_name, &bytes, BERLIN)
                .map(|_| ())
                .expect_err(name),
            db.import_from(source, file_name, &bytes, BERLIN)
                .map(|_| ())
                .expect_err(name),
        ] {
            assert_eq!(error.kind(), "import", "{name}: {error}");
            let message = error.to_string();
            for part in expected {
                assert!(message.contains(part), "{name}: {message:?} lacks {part:?}");
            }
            assert!(
                message.ends_with("Nothing was imported."),
                "{name}: {message}"
            );
            assert_eq!(
                db.export_json(true).unwrap(),
                before,
                "{name} changed the journal"
            );
        }
    }
}

#[test]
fn messages_never_repeat_what_was_written() {
    // The text of the entry that fails is not in the message.
    let jrnl = fixture("jrnl/journal.json");
    let bad = edit(&jrnl, "\"2026-11-20\"", "\"Review went fine\"");
    let err = empty_db()
        .import_from(Source::Jrnl, "journal.json", &bad, BERLIN)
        .unwrap_err();
    assert!(!err.to_string().contains("Review went fine"), "{err}");
    let daylio = fixture(&format!("daylio/{DAYLIO}"));
    let bad = edit(&daylio, ",meh,", ",Secretly furious,");
    let err = empty_db()
        .import_from(Source::Daylio, DAYLIO, &bad, BERLIN)
        .unwrap_err();
    assert!(!err.to_string().contains("furious"), "{err}");
}

#[test]
fn files_over_the_limit_are_refused_before_reading() {
    let size =
        usize::try_from(interlude_core::interchange::transfer::MAX_IMPORT_BYTES).unwrap() + 1;
    let huge = vec![b' '; size];
    let err = empty_db()
        .preview_import(Source::Jrnl, "huge.json", &huge, BERLIN)
        .unwrap_err();
    assert_eq!(err.kind(), "import");
    assert!(err.to_string().contains("huge.json"), "{err}");
    assert!(err.to_string().contains("too large"), "{err}");
}

#[test]
fn sources_parse_from_their_words() {
    for (word, source) in [
        ("daylio", Source::Daylio),
        ("loop", Source::Loop),
        ("jrnl", Source::Jrnl),
        ("dayone", Source::DayOne),
        ("freecbt", Source::FreeCbt),
    ] {
        assert_eq!(word.parse::<Source>().unwrap(), source);
        assert_eq!(source.as_str(), word);
    }
    assert_eq!(Source::DayOne.name(), "Day One");
    assert_eq!("notion".parse::<Source>().unwrap_err().kind(), "invalid");
}

#[test]
fn a_converted_file_is_a_valid_interlude_export() {
    // What `convert` returns is the export format itself: it round-trips
    // through `import_json` with the same result.
    let file = convert(
        Source::Jrnl,
        "journal.json",
        &fixture("jrnl/journal.json"),
        BERLIN,
    )
    .unwrap();
    let text = file.to_json().unwrap();
    let mut db = empty_db();
    assert_eq!(db.import_json(&text).unwrap().added, 3);
    let value: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(value["notes"].as_array().unwrap().len(), 3);
    let again = db
        .import_from(
            Source::Jrnl,
            "journal.json",
            &fixture("jrnl/journal.json"),
            BERLIN,
        )
        .unwrap();
    assert_eq!(again.already_present, 3);
}
