//! Backups on real files: made through the online backup API, checked,
//! encrypted like the journal, pruned to the newest 14, and restored.

#![allow(clippy::unwrap_used)]

use std::sync::Arc;

use interlude_core::journal::note::NoteInput;
use interlude_core::storage::backup::{self, Reason, BACKUP_DIR, KEEP};
use interlude_core::storage::key::JournalKey;
use interlude_core::{Clock, Db, ManualClock, DB_FILE};

fn clock() -> Arc<ManualClock> {
    Arc::new(ManualClock::at("2026-11-24T18:00:00+01:00"))
}

fn note(db: &mut Db, text: &str) -> i64 {
    db.create_note(NoteInput {
        text: text.into(),
        ..NoteInput::default()
    })
    .unwrap()
    .id
}

#[test]
fn a_backup_is_a_checked_whole_copy_that_opens_as_a_journal() {
    let dir = tempfile::tempdir().unwrap();
    let mut db = Db::open_in_dir(dir.path(), clock()).unwrap();
    let id = note(&mut db, "kept in the backup");
    let made = db.backup(Reason::Manual).unwrap();
    assert_eq!(made.reason, Reason::Manual);
    assert!(made.bytes > 0);
    assert_eq!(backup::list(dir.path()).unwrap(), vec![made.clone()]);

    // The copy is a journal of its own.
    let copy = tempfile::tempdir().unwrap();
    std::fs::copy(
        dir.path().join(BACKUP_DIR).join(&made.name),
        copy.path().join(DB_FILE),
    )
    .unwrap();
    let restored = Db::open_in_dir(copy.path(), clock()).unwrap();
    assert_eq!(restored.note(id).unwrap().text, "kept in the backup");
    assert!(restored.doctor().unwrap().is_healthy());
}

#[test]
fn an_encrypted_journal_has_encrypted_backups() {
    let dir = tempfile::tempdir().unwrap();
    let key = JournalKey::random().unwrap();
    let mut db = Db::open_in_dir_keyed(dir.path(), Some(&key), clock()).unwrap();
    note(&mut db, "MARKER-backup-3c9e1f0a7d5b2468");
    let made = db.backup(Reason::Manual).unwrap();
    let path = backup::path_of(dir.path(), &made.name).unwrap();
    let bytes = std::fs::read(&path).unwrap();
    assert!(!bytes.windows(13).any(|w| w == b"MARKER-backup"));
    backup::check(&path, Some(&key)).unwrap();
    let wrong = JournalKey::random().unwrap();
    assert_eq!(
        backup::check(&path, Some(&wrong)).unwrap_err().kind(),
        "wrongKey"
    );
    assert!(backup::check(&path, None).is_err());
}

#[test]
fn only_the_newest_fourteen_are_kept() {
    let dir = tempfile::tempdir().unwrap();
    let clock = clock();
    let db = Db::open_in_dir(dir.path(), clock.clone()).unwrap();
    for _ in 0..KEEP + 2 {
        db.backup(Reason::Manual).unwrap();
        clock.advance(chrono::Duration::hours(1));
    }
    let kept = backup::list(dir.path()).unwrap();
    assert_eq!(kept.len(), KEEP);
    assert!(
        kept.windows(2).all(|w| w[0].made_at > w[1].made_at),
        "newest first"
    );
    assert_eq!(
        (kept[0].made_at - kept[KEEP - 1].made_at).num_hours(),
        i64::try_from(KEEP).unwrap() - 1
    );
}

#[test]
fn two_backups_in_the_same_second_both_stay() {
    let dir = tempfile::tempdir().unwrap();
    let db = Db::open_in_dir(dir.path(), clock()).unwrap();
    let a = db.backup(Reason::Daily).unwrap();
    let b = db.backup(Reason::Daily).unwrap();
    assert_ne!(a.name, b.name);
    assert_eq!(backup::list(dir.path()).unwrap().len(), 2);
}

#[test]
fn a_daily_backup_is_made_once_a_day() {
    let dir = tempfile::tempdir().unwrap();
    let clock = clock();
    let db = Db::open_in_dir(dir.path(), clock.clone()).unwrap();
    assert!(db.backup_if_due().unwrap());
    assert!(!db.backup_if_due().unwrap());
    clock.advance(chrono::Duration::hours(23));
    assert!(!db.backup_if_due().unwrap());
    clock.advance(chrono::Duration::hours(2));
    assert!(db.backup_if_due().unwrap());
    assert_eq!(backup::list(dir.path()).unwrap().len(), 2);
}

#[test]
fn restoring_brings_the_backup_back_and_keeps_what_was_there() {
    let dir = tempfile::tempdir().unwrap();
    let clock = clock();
    let key = JournalKey::random().unwrap();
    let mut db = Db::open_in_dir_keyed(dir.path(), Some(&key), clock.clone()).unwrap();
    let kept = note(&mut db, "from before");
    let made = db.backup(Reason::Manual).unwrap();
    clock.advance(chrono::Duration::minutes(5));
    let later = note(&mut db, "written after the backup");

    let before_restore = db.restore_backup(&made.name).unwrap();
    assert_eq!(before_restore.reason, Reason::BeforeRestore);
    assert_eq!(db.note(kept).unwrap().text, "from before");
    assert!(
        db.note(later).is_err(),
        "the later note is not in the backup"
    );
    assert_eq!(
        db.search("after", 5).unwrap().hits.len(),
        0,
        "nor in search"
    );
    assert!(db.doctor().unwrap().is_healthy());
    drop(db);

    // What was there is one restore away.
    let mut db = Db::open_in_dir_keyed(dir.path(), Some(&key), clock.clone()).unwrap();
    db.restore_backup(&before_restore.name).unwrap();
    assert_eq!(db.note(later).unwrap().text, "written after the backup");
}

#[test]
fn a_damaged_or_unknown_backup_is_refused_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut db = Db::open_in_dir(dir.path(), clock()).unwrap();
    let id = note(&mut db, "safe");
    let made = db.backup(Reason::Manual).unwrap();
    let path = backup::path_of(dir.path(), &made.name).unwrap();
    let mut bytes = std::fs::read(&path).unwrap();
    for b in bytes.iter_mut().skip(4096).take(4096) {
        *b = 0x5a;
    }
    std::fs::write(&path, bytes).unwrap();
    assert!(db.restore_backup(&made.name).is_err());
    assert_eq!(db.note(id).unwrap().text, "safe");
    for name in [
        "../interlude.db",
        "interlude.db",
        "nothing-here.db",
        &made.name.replace("manual", "daily"),
    ] {
        assert_eq!(
            db.restore_backup(name).unwrap_err().kind(),
            "notFound",
            "{name}"
        );
    }
}

#[test]
fn an_import_and_a_migration_each_leave_a_backup_first() {
    let dir = tempfile::tempdir().unwrap();
    let mut db = Db::open_in_dir(dir.path(), clock()).unwrap();
    note(&mut db, "before the import");
    // A file that fails its checks imports nothing and needs no backup.
    assert!(db
        .import_json("{\"format\": \"interlude-export\", \"version\": 99}")
        .is_err());
    assert!(backup::list(dir.path()).unwrap().is_empty());
    let export = db.export_json(true).unwrap();
    let other = tempfile::tempdir().unwrap();
    let mut fresh = Db::open_in_dir(other.path(), clock()).unwrap();
    fresh.import_json(&export).unwrap();
    let made = backup::list(other.path()).unwrap();
    assert_eq!(made.len(), 1);
    assert_eq!(made[0].reason, Reason::BeforeImport);

    // A journal of schema 3 is copied before it is migrated.
    let old = tempfile::tempdir().unwrap();
    {
        let conn = rusqlite::Connection::open(old.path().join(DB_FILE)).unwrap();
        conn.execute_batch(include_str!("../migrations/0001_reflections.sql"))
            .unwrap();
        conn.execute_batch(include_str!("../migrations/0002_plans.sql"))
            .unwrap();
        conn.execute_batch(include_str!("../migrations/0003_schedule.sql"))
            .unwrap();
        conn.execute_batch("PRAGMA user_version = 3;").unwrap();
    }
    Db::open_in_dir(old.path(), clock()).unwrap();
    let made = backup::list(old.path()).unwrap();
    assert_eq!(made.len(), 1);
    assert_eq!(made[0].reason, Reason::BeforeMigration);
    let conn = rusqlite::Connection::open(old.path().join(BACKUP_DIR).join(&made[0].name)).unwrap();
    let version: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(version, 3, "the backup is the journal as it was");
}

#[test]
fn a_journal_that_wont_open_is_replaced_by_a_backup_and_kept_aside() {
    let dir = tempfile::tempdir().unwrap();
    let mut db = Db::open_in_dir(dir.path(), clock()).unwrap();
    let id = note(&mut db, "worth keeping");
    let made = db.backup(Reason::Manual).unwrap();
    drop(db);
    let journal = dir.path().join(DB_FILE);
    std::fs::write(&journal, b"this is not a database any more, sorry").unwrap();
    let damaged = std::fs::read(&journal).unwrap();
    assert_eq!(
        Db::open_in_dir(dir.path(), clock()).unwrap_err().kind(),
        "corrupt"
    );

    let now = clock().now().with_timezone(&chrono::Utc);
    let kept = backup::recover_from_backup(dir.path(), &made.name, None, now).unwrap();
    assert_eq!(
        std::fs::read(&kept).unwrap(),
        damaged,
        "the damaged file is kept as it was"
    );
    let db = Db::open_in_dir(dir.path(), clock()).unwrap();
    assert_eq!(db.note(id).unwrap().text, "worth keeping");
    // A name that isn't a backup: nothing moves.
    drop(db);
    assert!(backup::recover_from_backup(dir.path(), "x.db", None, now).is_err());
    assert!(Db::open_in_dir(dir.path(), clock()).is_ok());
}

#[test]
fn making_backups_leaves_nothing_but_the_backups_behind() {
    let dir = tempfile::tempdir().unwrap();
    let mut db = Db::open_in_dir(dir.path(), clock()).unwrap();
    note(&mut db, "one");
    // A leftover from an older version, cut off mid-backup.
    let backups = dir.path().join(BACKUP_DIR);
    std::fs::create_dir_all(&backups).unwrap();
    std::fs::write(backups.join(".old.db.partial-wal"), b"x").unwrap();
    std::fs::write(backups.join(".old.db.partial-shm"), b"x").unwrap();
    let first = db.backup(Reason::Manual).unwrap();
    note(&mut db, "two");
    let second = db.backup(Reason::Manual).unwrap();
    let mut names: Vec<String> = std::fs::read_dir(&backups)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    let mut expected = vec![first.name, second.name];
    expected.sort();
    assert_eq!(names, expected, "no -wal, -shm or .partial files");
}
