//! Sync through a shared folder, between real journals on real files:
//! joining, edits and deletes travelling both ways, two versions kept when
//! a text is edited apart, and what a sync engine or a stranger can leave
//! in the folder.

#![allow(clippy::unwrap_used)]

use std::path::Path;
use std::sync::Arc;

use interlude_core::journal::note::NoteInput;
use interlude_core::storage::key::{JournalKey, KdfParams};
use interlude_core::sync::Choice;
use interlude_core::{Db, EntryRef, Error, Kind, ManualClock};

fn cheap_kdf() -> KdfParams {
    KdfParams {
        kdf: "argon2id".into(),
        memory_kib: 8,
        passes: 1,
        lanes: 1,
        salt: "00112233445566778899aabbccddeeff".into(),
    }
}

struct Computer {
    _dir: tempfile::TempDir,
    db: Db,
    clock: Arc<ManualClock>,
}

fn computer(at: &str) -> Computer {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(ManualClock::at(at));
    let db = Db::open_in_dir(dir.path(), clock.clone()).unwrap();
    Computer {
        _dir: dir,
        db,
        clock,
    }
}

fn note(db: &mut Db, text: &str) -> i64 {
    db.create_note(NoteInput {
        text: text.into(),
        ..NoteInput::default()
    })
    .unwrap()
    .id
}

fn texts(db: &Db) -> Vec<String> {
    let mut out: Vec<String> = db
        .export(true)
        .unwrap()
        .notes
        .into_iter()
        .map(|n| n.text)
        .collect();
    out.sort();
    out
}

fn pair(shared: &Path) -> (Computer, Computer) {
    let mut a = computer("2026-12-01T09:00:00+01:00");
    let mut b = computer("2026-12-01T09:00:00+01:00");
    note(&mut a.db, "written on the desktop");
    let key = JournalKey::from_passphrase("correct horse", &cheap_kdf()).unwrap();
    a.db.sync_start(shared, "Desktop", &key, Some(cheap_kdf()))
        .unwrap();
    b.db.sync_join(shared, "Laptop", "correct horse").unwrap();
    (a, b)
}

#[test]
fn a_second_computer_joins_and_changes_flow_both_ways() {
    let shared = tempfile::tempdir().unwrap();
    let (mut a, mut b) = pair(shared.path());
    assert_eq!(texts(&b.db), ["written on the desktop"]);

    let on_b = note(&mut b.db, "written on the laptop");
    b.db.sync_now().unwrap();
    let report = a.db.sync_now().unwrap();
    assert_eq!(report.merged, 1);
    assert_eq!(
        texts(&a.db),
        ["written on the desktop", "written on the laptop"]
    );
    assert_eq!(a.db.sync_status().unwrap().computers[0].name, "Laptop");

    // A delete travels, and doesn't come back.
    b.db.delete_entry(EntryRef {
        kind: Kind::Note,
        id: on_b,
    })
    .unwrap();
    b.db.sync_now().unwrap();
    a.db.sync_now().unwrap();
    assert_eq!(texts(&a.db), ["written on the desktop"]);
    a.clock.advance(chrono::Duration::hours(1));
    a.db.purge_deleted().unwrap();
    a.db.sync_now().unwrap();
    b.db.sync_now().unwrap();
    assert_eq!(texts(&b.db), ["written on the desktop"]);
    assert_eq!(a.db.export(true).unwrap(), b.db.export(true).unwrap());
}

#[test]
fn text_edited_apart_keeps_both_versions_until_one_is_chosen() {
    let shared = tempfile::tempdir().unwrap();
    let (mut a, mut b) = pair(shared.path());
    let a_id = first_note_id(&a.db);
    let b_id = first_note_id(&b.db);
    a.db.update_note(
        a_id,
        NoteInput {
            text: "the desktop's words".into(),
            ..NoteInput::default()
        },
    )
    .unwrap();
    b.clock.advance(chrono::Duration::minutes(5));
    b.db.update_note(
        b_id,
        NoteInput {
            text: "the laptop's words".into(),
            ..NoteInput::default()
        },
    )
    .unwrap();
    a.db.sync_now().unwrap();
    b.db.sync_now().unwrap();
    a.db.sync_now().unwrap();

    let on_a = a.db.sync_conflicts().unwrap();
    let on_b = b.db.sync_conflicts().unwrap();
    assert_eq!(on_a.len(), 1);
    assert_eq!(on_b.len(), 1);
    let words = |c: &interlude_core::sync::Conflict| {
        c.versions
            .iter()
            .map(|v| v.text.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(
        words(&on_a[0]),
        ["the laptop's words", "the desktop's words"]
    );
    assert_eq!(words(&on_a[0]), words(&on_b[0]));
    assert_eq!(texts(&a.db), ["the laptop's words"]);
    assert!(on_a[0].entry_id.is_some());
    assert_eq!(a.db.sync_status().unwrap().conflicts, 1);

    // Picked on the desktop; the choice travels and settles the laptop.
    let keep = on_a[0].versions[1].version.clone();
    let left =
        a.db.sync_resolve("note", &on_a[0].uid, "text", &Choice::Keep(keep))
            .unwrap();
    assert!(left.is_empty());
    assert_eq!(texts(&a.db), ["the desktop's words"]);
    a.db.sync_now().unwrap();
    b.db.sync_now().unwrap();
    assert!(b.db.sync_conflicts().unwrap().is_empty());
    assert_eq!(texts(&b.db), ["the desktop's words"]);
}

fn first_note_id(db: &Db) -> i64 {
    let page = db
        .timeline(&interlude_core::TimelineQuery::default())
        .unwrap();
    page.items.iter().find(|i| i.kind == Kind::Note).unwrap().id
}

#[test]
fn joining_needs_the_journals_passphrase_or_recovery_key() {
    let shared = tempfile::tempdir().unwrap();
    let mut a = computer("2026-12-01T09:00:00+01:00");
    note(&mut a.db, "private");
    let key = JournalKey::random().unwrap();
    a.db.sync_start(shared.path(), "Desktop", &key, None)
        .unwrap();

    let mut b = computer("2026-12-01T09:00:00+01:00");
    let wrong =
        b.db.sync_join(shared.path(), "Laptop", "not the key")
            .unwrap_err();
    assert!(matches!(wrong, Error::WrongKey), "{wrong:?}");
    assert!(!b.db.sync_status().unwrap().on);
    let other = JournalKey::random().unwrap().to_recovery_code();
    assert!(matches!(
        b.db.sync_join(shared.path(), "Laptop", &other),
        Err(Error::WrongKey)
    ));
    b.db.sync_join(shared.path(), "Laptop", &key.to_recovery_code())
        .unwrap();
    assert_eq!(texts(&b.db), ["private"]);

    // Nothing in the folder says what was written.
    for file in walk(shared.path()) {
        let bytes = std::fs::read(&file).unwrap();
        assert!(
            !bytes.windows(7).any(|w| w == b"private"),
            "{}",
            file.display()
        );
    }
    // Starting again on a folder that holds a journal is refused.
    let mut c = computer("2026-12-01T09:00:00+01:00");
    assert!(c.db.sync_start(shared.path(), "Third", &key, None).is_err());
}

fn walk(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        if entry.path().is_dir() {
            out.extend(walk(&entry.path()));
        } else {
            out.push(entry.path());
        }
    }
    out
}

#[test]
fn damaged_foreign_and_half_carried_files_are_reported_and_harm_nothing() {
    let shared = tempfile::tempdir().unwrap();
    let (mut a, mut b) = pair(shared.path());
    note(&mut a.db, "second");
    a.db.sync_now().unwrap();
    let a_id = a.db.sync_status().unwrap().this_computer.unwrap().id;
    let a_dir = shared.path().join("Interlude journal").join(&a_id);
    let newest = walk(&a_dir)
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "ilc"))
        .max()
        .unwrap();
    let whole = std::fs::read(&newest).unwrap();
    // Cut short, as a sync engine mid-copy might leave it.
    std::fs::write(&newest, &whole[..whole.len() / 2]).unwrap();
    // An engine's temporary and conflict copies beside it.
    std::fs::write(
        a_dir.join(".syncthing.changes-0000000009.ilc.tmp"),
        b"partial",
    )
    .unwrap();
    std::fs::write(
        a_dir.join("changes-0000000001.sync-conflict-20261201-0900.ilc"),
        b"x",
    )
    .unwrap();
    let status = b.db.sync_now().unwrap().status;
    assert_eq!(texts(&b.db), ["written on the desktop"]);
    assert!(status
        .problems
        .iter()
        .any(|p| p.message.contains("hasn't fully arrived") || p.message.contains("damaged")));
    assert!(status
        .problems
        .iter()
        .any(|p| p.message.contains("copy the sync program made")));

    // Whole again: read, and the problem goes.
    std::fs::write(&newest, &whole).unwrap();
    let status = b.db.sync_now().unwrap().status;
    assert_eq!(texts(&b.db), ["second", "written on the desktop"]);
    assert!(!status.problems.iter().any(|p| p
        .file
        .as_deref()
        .is_some_and(|f| f.contains(".ilc") && !f.contains("conflict"))));

    // One bit changed: refused by name.
    note(&mut a.db, "third");
    a.db.sync_now().unwrap();
    let third = walk(&a_dir)
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "ilc"))
        .max()
        .unwrap();
    let mut bytes = std::fs::read(&third).unwrap();
    let at = bytes.len() - 3;
    bytes[at] ^= 1;
    std::fs::write(&third, &bytes).unwrap();
    let status = b.db.sync_now().unwrap().status;
    assert!(status.problems.iter().any(|p| p.message.contains("damaged")
        && p.file.as_deref().is_some_and(|f| f.contains("changes-"))));
    assert_eq!(texts(&b.db), ["second", "written on the desktop"]);
}

#[test]
fn a_file_from_another_journal_is_refused_by_name() {
    let shared = tempfile::tempdir().unwrap();
    let (_a, mut b) = pair(shared.path());
    let other_shared = tempfile::tempdir().unwrap();
    let (mut x, _y) = pair(other_shared.path());
    note(&mut x.db, "someone else's");
    x.db.sync_now().unwrap();
    // Copy x's folder of files into the first journal's folder.
    let x_id = x.db.sync_status().unwrap().this_computer.unwrap().id;
    let from = other_shared.path().join("Interlude journal").join(&x_id);
    let to = shared.path().join("Interlude journal").join(&x_id);
    std::fs::create_dir_all(&to).unwrap();
    for f in walk(&from) {
        std::fs::copy(&f, to.join(f.file_name().unwrap())).unwrap();
    }
    let status = b.db.sync_now().unwrap().status;
    assert!(status
        .problems
        .iter()
        .any(|p| p.message.contains("another journal")));
    assert_eq!(texts(&b.db), ["written on the desktop"]);
}

#[test]
fn a_missing_folder_keeps_changes_until_it_is_back() {
    let shared = tempfile::tempdir().unwrap();
    let (mut a, mut b) = pair(shared.path());
    let root = shared.path().join("Interlude journal");
    let away = shared.path().join("unplugged");
    std::fs::rename(&root, &away).unwrap();
    note(&mut a.db, "written while the stick was out");
    let status = a.db.sync_now().unwrap().status;
    assert!(status.problems[0].message.contains("isn't there"));
    std::fs::rename(&away, &root).unwrap();
    a.db.sync_now().unwrap();
    b.db.sync_now().unwrap();
    assert_eq!(
        texts(&b.db),
        ["written on the desktop", "written while the stick was out"]
    );
}

fn tagged(db: &mut Db, text: &str, tag: &str) -> i64 {
    db.create_note(NoteInput {
        text: text.into(),
        tags: Some(vec![tag.into()]),
        ..NoteInput::default()
    })
    .unwrap()
    .id
}

/// Tags are one per spelling-regardless-of-case on each computer: "work"
/// arriving where "Work" is kept stays "Work" there, and that is not sent
/// back as a change, round after round.
#[test]
fn a_tag_in_another_case_settles_instead_of_bouncing() {
    let shared = tempfile::tempdir().unwrap();
    let (mut a, mut b) = pair(shared.path());
    tagged(&mut a.db, "first", "Work");
    tagged(&mut b.db, "second", "work");
    for _ in 0..3 {
        a.db.sync_now().unwrap();
        b.db.sync_now().unwrap();
    }
    assert_eq!(a.db.sync_now().unwrap().sent, 0);
    assert_eq!(b.db.sync_now().unwrap().sent, 0);
}

/// Choosing between two versions first records what was edited here and
/// not yet synced, so the choice can't write over it.
#[test]
fn choosing_a_version_keeps_an_edit_made_here_since_the_last_sync() {
    let shared = tempfile::tempdir().unwrap();
    let (mut a, mut b) = pair(shared.path());
    let (a_id, b_id) = (first_note_id(&a.db), first_note_id(&b.db));
    a.db.update_note(
        a_id,
        NoteInput {
            text: "desk".into(),
            ..NoteInput::default()
        },
    )
    .unwrap();
    b.db.update_note(
        b_id,
        NoteInput {
            text: "lap".into(),
            ..NoteInput::default()
        },
    )
    .unwrap();
    a.db.sync_now().unwrap();
    b.db.sync_now().unwrap();
    a.db.sync_now().unwrap();
    let other = note(&mut a.db, "typed just now");
    a.db.update_note(
        other,
        NoteInput {
            text: "typed just now, then changed".into(),
            ..NoteInput::default()
        },
    )
    .unwrap();
    let c = &a.db.sync_conflicts().unwrap()[0];
    a.db.sync_resolve("note", &c.uid, "text", &Choice::KeepBoth(true))
        .unwrap();
    a.db.sync_now().unwrap();
    b.db.sync_now().unwrap();
    assert!(
        texts(&b.db).contains(&"typed just now, then changed".to_owned()),
        "{:?}",
        texts(&b.db)
    );
}

/// The names of the files a computer has written under its id.
fn files_of(shared: &Path, db: &Db) -> Vec<String> {
    let id = db.sync_status().unwrap().this_computer.unwrap().id;
    let mut names: Vec<String> = walk(&shared.join("Interlude journal").join(id))
        .into_iter()
        .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn a_backup_put_back_writes_under_a_new_id_and_loses_nothing() {
    let shared = tempfile::tempdir().unwrap();
    let (mut a, mut b) = pair(shared.path());
    a.db.sync_now().unwrap();
    let before = a.db.sync_status().unwrap().this_computer.unwrap().id;
    let backup =
        a.db.backup(interlude_core::storage::backup::Reason::Manual)
            .unwrap();
    a.clock.advance(chrono::Duration::minutes(10));
    note(&mut a.db, "written after the backup");
    // Deleted after the backup: putting the backup back brings it back,
    // here and on the laptop.
    let page =
        a.db.timeline(&interlude_core::TimelineQuery::default())
            .unwrap();
    let first = page
        .items
        .iter()
        .find(|i| i.summary.contains("on the desktop"))
        .unwrap()
        .id;
    a.db.delete_entry(EntryRef {
        kind: Kind::Note,
        id: first,
    })
    .unwrap();
    a.db.sync_now().unwrap();
    b.db.sync_now().unwrap();
    assert_eq!(texts(&b.db), ["written after the backup"]);
    let sent_before = files_of(shared.path(), &a.db);

    a.clock.advance(chrono::Duration::minutes(10));
    a.db.restore_backup(&backup.name).unwrap();
    note(&mut a.db, "written after putting the backup back");
    a.db.sync_now().unwrap();
    // Under the old id, the files the laptop has read were not written
    // over: the new words went out under a new id.
    let after = a.db.sync_status().unwrap().this_computer.unwrap().id;
    assert_ne!(before, after);
    let old_dir = shared.path().join("Interlude journal").join(&before);
    let mut still: Vec<String> = walk(&old_dir)
        .into_iter()
        .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    still.sort();
    assert_eq!(still, sent_before);

    b.db.sync_now().unwrap();
    a.db.sync_now().unwrap();
    let all = [
        "written after putting the backup back",
        "written after the backup",
        "written on the desktop",
    ];
    assert_eq!(texts(&b.db), all);
    assert_eq!(texts(&a.db), all);
}

#[test]
fn a_journal_copied_to_another_computer_takes_a_new_id_before_writing() {
    let shared = tempfile::tempdir().unwrap();
    let (mut a, mut b) = pair(shared.path());
    a.db.sync_now().unwrap();
    // The journal as it was, copied aside (as to a USB stick).
    let copy_dir = tempfile::tempdir().unwrap();
    let made =
        a.db.backup(interlude_core::storage::backup::Reason::Manual)
            .unwrap();
    let data_dir = a.db.path().unwrap().parent().unwrap().to_path_buf();
    std::fs::copy(
        data_dir
            .join(interlude_core::storage::backup::BACKUP_DIR)
            .join(&made.name),
        copy_dir.path().join("interlude.db"),
    )
    .unwrap();
    note(&mut a.db, "the desktop wrote on");
    a.db.sync_now().unwrap();
    b.db.sync_now().unwrap();

    // The copy, opened later, remembers fewer of its files than the
    // folder holds under its id: it writes as a computer of its own.
    let clock = Arc::new(ManualClock::at("2026-12-01T11:00:00+01:00"));
    let mut copy = Db::open_in_dir(copy_dir.path(), clock).unwrap();
    note(&mut copy, "written on the copy");
    copy.sync_now().unwrap();
    let ids = |db: &Db| db.sync_status().unwrap().this_computer.unwrap().id;
    assert_ne!(ids(&copy), ids(&a.db));
    a.db.sync_now().unwrap();
    b.db.sync_now().unwrap();
    copy.sync_now().unwrap();
    let all = [
        "the desktop wrote on",
        "written on the copy",
        "written on the desktop",
    ];
    assert_eq!(texts(&a.db), all);
    assert_eq!(texts(&b.db), all);
    assert_eq!(texts(&copy), all);
}

#[test]
fn after_a_key_change_the_new_key_pairs_and_the_old_one_no_longer_does() {
    use interlude_core::storage::key::KeySettings;
    use interlude_core::storage::keyfiles;
    let shared = tempfile::tempdir().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(ManualClock::at("2026-12-01T09:00:00+01:00"));
    let old = JournalKey::random().unwrap();
    let mut db = Db::open_in_dir_keyed(dir.path(), Some(&old), clock.clone()).unwrap();
    note(&mut db, "kept under a key");
    db.sync_start(shared.path(), "Desktop", &old, None).unwrap();
    drop(db);

    let (kdf, new) = (cheap_kdf(), "a new passphrase");
    let new_key = JournalKey::from_passphrase(new, &kdf).unwrap();
    keyfiles::change_key(
        dir.path(),
        Some(&old),
        &KeySettings::Passphrase(kdf),
        &new_key,
        clock.clone(),
        &mut |_| Ok(()),
    )
    .unwrap();
    let mut db = Db::open_in_dir_keyed(dir.path(), Some(&new_key), clock).unwrap();
    db.sync_now().unwrap();

    let mut stale = computer("2026-12-01T10:00:00+01:00");
    assert!(matches!(
        stale
            .db
            .sync_join(shared.path(), "Old key", &old.to_recovery_code()),
        Err(Error::WrongKey)
    ));
    let mut laptop = computer("2026-12-01T10:00:00+01:00");
    laptop.db.sync_join(shared.path(), "Laptop", new).unwrap();
    assert_eq!(texts(&laptop.db), ["kept under a key"]);
}

#[test]
fn the_persons_preferences_travel_setting_by_setting() {
    use serde_json::json;
    let shared = tempfile::tempdir().unwrap();
    let (mut a, mut b) = pair(shared.path());
    a.db.set_preference("region", Some(&json!("DE"))).unwrap();
    a.db.set_preference(
        "reminders.quietHours",
        Some(&json!({"start": "22:00", "end": "07:00"})),
    )
    .unwrap();
    a.db.sync_now().unwrap();
    b.db.sync_now().unwrap();
    let on_b = b.db.preferences().unwrap();
    assert_eq!(on_b["region"], json!("DE"));
    assert_eq!(on_b["reminders.quietHours"]["start"], json!("22:00"));

    // Two settings changed apart on two computers both hold.
    a.clock.advance(chrono::Duration::minutes(5));
    b.clock.advance(chrono::Duration::minutes(6));
    a.db.set_preference(
        "reminders.quietHours",
        Some(&json!({"start": "21:00", "end": "08:00"})),
    )
    .unwrap();
    b.db.set_preference("reminders.planReminders", Some(&json!(false)))
        .unwrap();
    // And a region forgotten on the laptop is forgotten on the desktop.
    b.db.set_preference("region", None).unwrap();
    a.db.sync_now().unwrap();
    b.db.sync_now().unwrap();
    a.db.sync_now().unwrap();
    let (on_a, on_b) = (a.db.preferences().unwrap(), b.db.preferences().unwrap());
    assert_eq!(on_a, on_b);
    assert_eq!(on_a["reminders.quietHours"]["start"], json!("21:00"));
    assert_eq!(on_a["reminders.planReminders"], json!(false));
    assert!(!on_a.contains_key("region"));
}

/// A practice done and logged on the laptop isn't reminded on the
/// desktop: each computer raises its own reminders, from the merged plans
/// and logged days.
#[test]
fn a_practice_logged_on_one_computer_is_not_reminded_on_the_other() {
    use interlude_core::schedule::recurrence::parse_zone;
    use interlude_core::schedule::reminders::{QuietHours, ReminderKind, ReminderSettings};
    use interlude_core::{Frequency, LogInput, Outcome, PlanInput};
    let shared = tempfile::tempdir().unwrap();
    let (mut a, mut b) = pair(shared.path());
    let zone = parse_zone("Europe/Berlin").unwrap();
    let settings = ReminderSettings {
        quiet_hours: QuietHours {
            enabled: false,
            ..QuietHours::default()
        },
        ..ReminderSettings::default()
    };
    let plan = |action: &str| PlanInput {
        action: action.into(),
        amount: None,
        unit: None,
        frequency: Frequency::Daily,
        cue: String::new(),
        cue_time: Some("09:30".into()),
        start_date: None,
        end_date: None,
        practice: None,
        from_reflection_id: None,
    };
    a.db.create_plan(plan("breathe slowly for three minutes"))
        .unwrap();
    a.db.create_plan(plan("walk round the block")).unwrap();
    a.db.take_due_reminders(&settings, zone, None).unwrap();
    a.db.sync_now().unwrap();
    b.db.sync_now().unwrap();
    b.db.take_due_reminders(&settings, zone, None).unwrap();

    // Done on the laptop at 09:10, before the cue.
    b.clock.advance(chrono::Duration::minutes(10));
    let on_b = b.db.list_plans(false).unwrap();
    let breathe = on_b
        .iter()
        .find(|p| p.action.starts_with("breathe"))
        .unwrap();
    b.db.log_plan(LogInput {
        plan_id: breathe.id,
        day: None,
        outcome: Outcome::Done,
        count: None,
        reason: String::new(),
        note: String::new(),
    })
    .unwrap();
    b.db.sync_now().unwrap();
    a.db.sync_now().unwrap();

    // The tray's "next" on the desktop is the walk at 09:30; the breathing
    // comes tomorrow.
    let today_0930 = chrono::DateTime::parse_from_rfc3339("2026-12-01T09:30:00+01:00")
        .unwrap()
        .to_utc();
    let from = chrono::DateTime::parse_from_rfc3339("2026-12-01T09:05:00+01:00")
        .unwrap()
        .to_utc();
    let next = a.db.next_reminders(&settings, zone, None, from, 3).unwrap();
    let at_0930: Vec<_> = next
        .iter()
        .filter(|d| d.kind == ReminderKind::Plan && d.at == today_0930)
        .collect();
    assert_eq!(at_0930.len(), 1, "{next:?}");

    // At 09:31 the desktop reminds only of the walk; the laptop too.
    for c in [&mut a, &mut b] {
        c.clock.advance(chrono::Duration::minutes(31));
        let shown = c.db.take_due_reminders(&settings, zone, None).unwrap();
        let plans: Vec<_> = shown
            .iter()
            .filter(|d| d.kind == ReminderKind::Plan)
            .collect();
        assert_eq!(plans.len(), 1, "{shown:?}");
        let walk = c.db.list_plans(false).unwrap();
        let walk = walk.iter().find(|p| p.action.starts_with("walk")).unwrap();
        assert_eq!(plans[0].plan_id, Some(walk.id));
    }
}

/// Found by the property test (seed 803): the person types into a note
/// that waits for a choice, then picks one of the versions they were
/// shown before that edit was synced. The choice replaces what was shown,
/// never the words typed since.
#[test]
fn choosing_a_version_never_writes_over_words_typed_into_the_same_note_since() {
    let shared = tempfile::tempdir().unwrap();
    let (mut a, mut b) = pair(shared.path());
    let (a_id, b_id) = (first_note_id(&a.db), first_note_id(&b.db));
    let edit = |db: &mut Db, id: i64, text: &str| {
        db.update_note(
            id,
            NoteInput {
                text: text.into(),
                ..NoteInput::default()
            },
        )
        .unwrap();
    };
    edit(&mut a.db, a_id, "desk");
    b.clock.advance(chrono::Duration::minutes(5));
    edit(&mut b.db, b_id, "lap");
    a.db.sync_now().unwrap();
    b.db.sync_now().unwrap();
    a.db.sync_now().unwrap();
    let shown = a.db.sync_conflicts().unwrap().remove(0);
    // Typed into the same note before it synced again.
    edit(&mut a.db, a_id, "typed while the choice waited");
    let desk = shown.versions.iter().find(|v| v.text == "desk").unwrap();
    a.db.sync_resolve(
        "note",
        &shown.uid,
        "text",
        &Choice::Keep(desk.version.clone()),
    )
    .unwrap();
    a.db.sync_now().unwrap();
    b.db.sync_now().unwrap();
    a.db.sync_now().unwrap();
    for db in [&a.db, &b.db] {
        let open = db.sync_conflicts().unwrap();
        let words: Vec<String> = open
            .iter()
            .flat_map(|c| c.versions.iter().map(|v| v.text.clone()))
            .chain(texts(db))
            .collect();
        assert!(
            words.contains(&"typed while the choice waited".to_owned()),
            "{words:?}"
        );
        assert!(
            !words.contains(&"lap".to_owned()),
            "chosen against: {words:?}"
        );
    }
}

/// Found by the property test once it purged (seed 83): words typed just
/// before a delete, purged before the next sync, and the entry brought back
/// by an undo on another computer. The purge records the edit first.
#[test]
fn an_edit_just_before_a_delete_survives_an_undo_elsewhere_after_the_purge() {
    let shared = tempfile::tempdir().unwrap();
    let (mut a, mut b) = pair(shared.path());
    let (a_id, b_id) = (first_note_id(&a.db), first_note_id(&b.db));
    a.db.update_note(
        a_id,
        NoteInput {
            text: "the last words I wrote".into(),
            ..NoteInput::default()
        },
    )
    .unwrap();
    let on_a = EntryRef {
        kind: Kind::Note,
        id: a_id,
    };
    a.db.delete_entry(on_a).unwrap();
    // The app is closed and opened again later, before anything synced.
    a.clock.advance(chrono::Duration::minutes(11));
    a.db.purge_deleted().unwrap();
    // Meanwhile the laptop deletes it too, and thinks better of it.
    b.clock.advance(chrono::Duration::minutes(30));
    let on_b = EntryRef {
        kind: Kind::Note,
        id: b_id,
    };
    b.db.delete_entry(on_b).unwrap();
    b.db.sync_now().unwrap();
    b.db.restore_entry(on_b).unwrap();
    a.db.sync_now().unwrap();
    b.db.sync_now().unwrap();
    a.db.sync_now().unwrap();
    assert_eq!(texts(&b.db), ["the last words I wrote"]);
    assert_eq!(texts(&a.db), ["the last words I wrote"]);
}

#[test]
fn a_thought_record_travels_part_by_part() {
    use interlude_core::MomentInput;
    let shared = tempfile::tempdir().unwrap();
    let (mut a, mut b) = pair(shared.path());
    let id =
        a.db.create_moment(MomentInput {
            self_talk: "They think I'm slow.".into(),
            belief_before: Some(80),
            ..MomentInput::default()
        })
        .unwrap()
        .id;
    a.db.sync_now().unwrap();
    b.db.sync_now().unwrap();
    let there = b.db.export(true).unwrap().moments;
    assert_eq!(there[0].belief_before, Some(80));
    assert_eq!(there[0].balanced, "");

    // Written up later on the first computer: the balanced thought and
    // the belief after it follow.
    let mut input = MomentInput {
        self_talk: "They think I'm slow.".into(),
        belief_before: Some(80),
        balanced: "Careful takes time.".into(),
        belief_after: Some(40),
        ..MomentInput::default()
    };
    input.evidence_against = "Sam thanked me.".into();
    a.db.update_moment(id, input).unwrap();
    a.db.sync_now().unwrap();
    b.db.sync_now().unwrap();
    let there = &b.db.export(true).unwrap().moments[0];
    assert_eq!(
        (
            there.balanced.as_str(),
            there.evidence_against.as_str(),
            there.belief_after
        ),
        ("Careful takes time.", "Sam thanked me.", Some(40))
    );
    assert_eq!(a.db.export(true).unwrap(), b.db.export(true).unwrap());
}

#[test]
fn an_experiment_travels_with_its_moment_and_its_write_up() {
    use interlude_core::{ExperimentInput, ExperimentStatus, MomentInput};
    let shared = tempfile::tempdir().unwrap();
    let (mut a, mut b) = pair(shared.path());
    let m =
        a.db.create_moment(MomentInput {
            self_talk: "They think I'm slow.".into(),
            ..MomentInput::default()
        })
        .unwrap();
    let input = ExperimentInput {
        prediction: m.self_talk.clone(),
        test: "Ask Sam for feedback on Friday".into(),
        from_moment_id: Some(m.id),
        ..ExperimentInput::default()
    };
    let e = a.db.create_experiment(input.clone()).unwrap();
    a.db.sync_now().unwrap();
    b.db.sync_now().unwrap();
    let there = &b.db.list_experiments().unwrap()[0];
    assert_eq!(there.prediction, "They think I'm slow.");
    let moment_there = b.db.moment(there.from_moment_id.unwrap()).unwrap();
    assert_eq!(moment_there.self_talk, "They think I'm slow.");

    // Written up on the second computer; back on the first.
    b.db.update_experiment(
        there.id,
        ExperimentInput {
            from_moment_id: there.from_moment_id,
            learned: "Sam's feedback was kind and specific.".into(),
            ..input
        },
    )
    .unwrap();
    b.db.sync_now().unwrap();
    a.db.sync_now().unwrap();
    let here = a.db.experiment(e.id).unwrap();
    assert_eq!(here.learned, "Sam's feedback was kind and specific.");
    assert_eq!(here.status, ExperimentStatus::Done);
    assert_eq!(here.from_moment_id, Some(m.id));
}

#[test]
fn values_and_activities_travel_with_their_link_and_the_log_comes_back() {
    use interlude_core::{ActivityInput, ActivityStatus, LifeArea, Ratings, ValueInput};
    let shared = tempfile::tempdir().unwrap();
    let (mut a, mut b) = pair(shared.path());
    let sister =
        a.db.create_value(ValueInput {
            area: LifeArea::Relationships,
            words: "Be there for my sister".into(),
        })
        .unwrap();
    let planned = ActivityInput {
        what: "Call Mia".into(),
        value_id: Some(sister.id),
        planned_for: Some(
            chrono::DateTime::parse_from_rfc3339("2026-12-01T18:30:00+01:00").unwrap(),
        ),
        predicted: Ratings {
            mood: Some(4),
            ..Ratings::default()
        },
        ..ActivityInput::default()
    };
    let activity = a.db.create_activity(planned.clone()).unwrap();
    a.db.sync_now().unwrap();
    b.db.sync_now().unwrap();
    let there = &b.db.list_activities().unwrap()[0];
    assert_eq!(
        there.value.as_ref().unwrap().words,
        "Be there for my sister"
    );
    assert_eq!(there.predicted.mood, Some(4));

    // Logged on the laptop; back on the desktop.
    b.db.update_activity(
        there.id,
        ActivityInput {
            value_id: there.value.as_ref().map(|v| v.id),
            done_at: Some(
                chrono::DateTime::parse_from_rfc3339("2026-12-01T09:00:00+01:00").unwrap(),
            ),
            actual: Ratings {
                mood: Some(7),
                ..Ratings::default()
            },
            ..planned
        },
    )
    .unwrap();
    b.db.sync_now().unwrap();
    a.db.sync_now().unwrap();
    let here = a.db.activity(activity.id).unwrap();
    assert_eq!(here.status, ActivityStatus::Done);
    assert_eq!((here.predicted.mood, here.actual.mood), (Some(4), Some(7)));
    assert_eq!(here.value.unwrap().id, sister.id);
}

#[test]
fn homework_imported_on_one_computer_is_not_added_again_on_the_other() {
    const HOMEWORK: &str = include_str!("../../../docs/examples/homework.json");
    let shared = tempfile::tempdir().unwrap();
    let (mut a, mut b) = pair(shared.path());
    let all = ["breathing", "walk", "speak-up"].map(String::from);
    let first =
        a.db.import_homework(HOMEWORK, "hw.json", &all, true)
            .unwrap();
    assert_eq!(first.added, 4);
    a.db.sync_now().unwrap();
    b.db.sync_now().unwrap();
    let preview = b.db.preview_homework(HOMEWORK, "hw.json").unwrap();
    assert!(preview.items.iter().all(|i| i.already_added));
    assert!(preview.note_already_added);
    let again =
        b.db.import_homework(HOMEWORK, "hw.json", &all, true)
            .unwrap();
    assert_eq!((again.added, again.already_here), (0, 4));
    let brief = b.db.brief(&interlude_core::BriefQuery::default()).unwrap();
    assert_eq!(
        brief.experiments[0]
            .assigned
            .as_ref()
            .map(|x| x.from.as_str()),
        Some("Ana Weber"),
        "who assigned it travels too"
    );
}

#[test]
fn a_therapists_question_and_its_answer_travel_and_a_stop_follows() {
    let shared = tempfile::tempdir().unwrap();
    let (mut a, mut b) = pair(shared.path());
    let file = r#"{"format": "interlude-homework", "version": 1, "id": "w1", "from": "Ana",
        "items": [{"id": "q", "kind": "question", "text": "What did you notice?"}]}"#;
    a.db.import_homework(file, "hw.json", &["q".into()], false)
        .unwrap();
    let question = a.db.reflection_questions().unwrap().remove(0);
    let saved =
        a.db.create_reflection(interlude_core::ReflectionInput {
            answers: vec![interlude_core::AnswerInput {
                question_uid: question.uid.clone(),
                answer: "My shoulders rose.".into(),
            }],
            ..interlude_core::ReflectionInput::default()
        })
        .unwrap();
    a.db.sync_now().unwrap();
    b.db.sync_now().unwrap();
    let on_b = b.db.reflection_questions().unwrap();
    assert_eq!(on_b.len(), 1);
    assert_eq!(
        (on_b[0].text.as_str(), on_b[0].from.as_str()),
        ("What did you notice?", "Ana")
    );
    let reflection = b.db.latest_reflection().unwrap().unwrap();
    assert_eq!(reflection.answers, saved.answers);

    // Answered further on B, stopped on B: both reach A.
    b.db.update_reflection(
        reflection.id,
        interlude_core::ReflectionInput {
            answers: vec![interlude_core::AnswerInput {
                question_uid: question.uid.clone(),
                answer: "My shoulders rose, then fell.".into(),
            }],
            ..interlude_core::ReflectionInput::default()
        },
    )
    .unwrap();
    b.db.stop_reflection_question(on_b[0].id).unwrap();
    b.db.sync_now().unwrap();
    a.db.sync_now().unwrap();
    assert!(a.db.reflection_questions().unwrap().is_empty());
    assert_eq!(
        a.db.reflection(saved.id).unwrap().answers[0].answer,
        "My shoulders rose, then fell."
    );
    // A second file's import on A adds nothing the sync already carried.
    let again =
        a.db.import_homework(file, "hw.json", &["q".into()], false)
            .unwrap();
    assert_eq!(again.added, 0);
}
