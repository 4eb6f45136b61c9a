//! Encryption at rest, proven on real files: what is written can't be read
//! without the key, a wrong key changes nothing, and moving a journal
//! between keys keeps every entry.
#![allow(clippy::unwrap_used)]

use std::path::Path;
use std::sync::Arc;

use interlude_core::journal::note::NoteInput;
use interlude_core::journal::{EntryRef, Kind};
use interlude_core::storage::encryption::{
    change_encryption, forget_previous, recover_interrupted_change, FileKind, PREVIOUS_FILE,
};
use interlude_core::storage::key::{JournalKey, KdfParams, KeySettings};
use interlude_core::{Clock, Db, ManualClock, DB_FILE};

/// 32 bytes no journal would contain by chance.
const MARKER: &str = "MARKER-7f3a9c1e5b2d4f60a8e1c3b5d";

fn clock() -> Arc<dyn Clock> {
    Arc::new(ManualClock::at("2026-11-24T18:00:00+01:00"))
}

/// How many times `needle` occurs in every file under `dir` (database, WAL,
/// SHM, key settings, partial copies, anything).
fn occurrences(dir: &Path, needle: &[u8]) -> Vec<(String, usize)> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_file() {
            let bytes = std::fs::read(&path).unwrap();
            let n = bytes.windows(needle.len()).filter(|w| *w == needle).count();
            found.push((path.file_name().unwrap().to_string_lossy().into_owned(), n));
        }
    }
    found
}

fn total(found: &[(String, usize)]) -> usize {
    found.iter().map(|(_, n)| n).sum()
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
fn the_marker_is_nowhere_on_disk_and_plain_sqlite_cant_open_the_file() {
    assert_eq!(MARKER.len(), 32);
    let dir = tempfile::tempdir().unwrap();
    let key = JournalKey::random().unwrap();
    let mut db = Db::open_in_dir_keyed(dir.path(), Some(&key), clock()).unwrap();
    let id = note(&mut db, &format!("Today I said {MARKER} out loud"));

    // While open: the entry sits in the WAL, the search index has its words.
    assert_eq!(db.search(MARKER, 5).unwrap().hits.len(), 1);
    let open = occurrences(dir.path(), MARKER.as_bytes());
    assert!(open.iter().any(|(f, _)| f.ends_with("-wal")), "{open:?}");
    assert_eq!(total(&open), 0, "{open:?}");
    // Not even the lower-case form or a word of it as the index stores it.
    assert_eq!(total(&occurrences(dir.path(), b"7f3a9c1e5b2d4f60")), 0);
    drop(db);
    assert_eq!(total(&occurrences(dir.path(), MARKER.as_bytes())), 0);

    let path = dir.path().join(DB_FILE);
    assert_eq!(FileKind::of(&path).unwrap(), FileKind::Encrypted);
    let plain = rusqlite::Connection::open(&path).unwrap();
    let err = plain
        .query_row("SELECT count(*) FROM sqlite_master", [], |r| {
            r.get::<_, i64>(0)
        })
        .unwrap_err();
    assert!(err.to_string().contains("not a database"), "{err}");
    drop(plain);
    // The sqlite3 shell, where there is one, fails the same way.
    if let Ok(out) = std::process::Command::new("sqlite3")
        .arg(&path)
        .arg("SELECT count(*) FROM sqlite_master;")
        .output()
    {
        assert!(!out.status.success(), "sqlite3 read the encrypted journal");
    }

    // With the key, everything is there; then deleted and purged, and a
    // checkpoint later, still nowhere.
    let manual = Arc::new(ManualClock::at("2026-11-24T18:00:00+01:00"));
    let mut db = Db::open_in_dir_keyed(dir.path(), Some(&key), manual.clone()).unwrap();
    assert!(db.note(id).unwrap().text.contains(MARKER));
    db.delete_entry(EntryRef {
        kind: Kind::Note,
        id,
    })
    .unwrap();
    manual.advance(chrono::Duration::hours(1));
    assert_eq!(db.purge_deleted().unwrap(), 1);
    db.checkpoint().unwrap();
    assert_eq!(total(&occurrences(dir.path(), MARKER.as_bytes())), 0);
    assert!(db.note(id).is_err());
}

#[test]
fn a_wrong_key_or_no_key_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let key = JournalKey::random().unwrap();
    let mut db = Db::open_in_dir_keyed(dir.path(), Some(&key), clock()).unwrap();
    note(&mut db, "kept safe");
    drop(db);
    let path = dir.path().join(DB_FILE);
    let before = std::fs::read(&path).unwrap();
    let files_before = occurrences(dir.path(), b"x");

    let wrong = JournalKey::random().unwrap();
    let err = Db::open_in_dir_keyed(dir.path(), Some(&wrong), clock()).unwrap_err();
    assert_eq!(err.kind(), "wrongKey");
    assert!(err.to_string().contains("Nothing was changed"), "{err}");
    // Without a key: "locked" where the key settings say it is encrypted,
    // and otherwise the same refusal as any file that isn't a journal.
    let err = Db::open_in_dir(dir.path(), clock()).unwrap_err();
    assert_eq!(err.kind(), "corrupt");
    KdfParams::new().unwrap().save(dir.path()).unwrap();
    let err = Db::open_in_dir(dir.path(), clock()).unwrap_err();
    assert_eq!(err.kind(), "locked");
    std::fs::remove_file(dir.path().join(interlude_core::storage::key::KDF_FILE)).unwrap();

    assert_eq!(std::fs::read(&path).unwrap(), before, "byte for byte");
    let names = |v: Vec<(String, usize)>| v.into_iter().map(|(f, _)| f).collect::<Vec<_>>();
    assert_eq!(names(occurrences(dir.path(), b"x")), names(files_before));

    let db = Db::open_in_dir_keyed(dir.path(), Some(&key), clock()).unwrap();
    assert!(db.doctor().unwrap().is_healthy());
}

#[test]
fn a_passphrase_opens_what_it_locked_through_argon2id() {
    let dir = tempfile::tempdir().unwrap();
    let params = KdfParams::new().unwrap();
    params.save(dir.path()).unwrap();
    let key = JournalKey::from_passphrase("the river in winter", &params).unwrap();
    let mut db = Db::open_in_dir_keyed(dir.path(), Some(&key), clock()).unwrap();
    let id = note(&mut db, "a passphrase journal");
    drop(db);

    let Some(KeySettings::Passphrase(stored)) = KeySettings::load(dir.path()).unwrap() else {
        panic!("the passphrase's settings are kept");
    };
    assert!(stored.memory_kib >= 64 * 1024 && stored.passes >= 3);
    let again = JournalKey::from_passphrase("the river in winter", &stored).unwrap();
    let db = Db::open_in_dir_keyed(dir.path(), Some(&again), clock()).unwrap();
    assert_eq!(db.note(id).unwrap().text, "a passphrase journal");
    drop(db);
    let typo = JournalKey::from_passphrase("the river in winter.", &stored).unwrap();
    assert_eq!(
        Db::open_in_dir_keyed(dir.path(), Some(&typo), clock())
            .unwrap_err()
            .kind(),
        "wrongKey"
    );
}

#[test]
fn a_plain_journal_is_encrypted_in_place_and_the_old_file_kept_until_confirmed() {
    let dir = tempfile::tempdir().unwrap();
    let mut db = Db::open_in_dir(dir.path(), clock()).unwrap();
    let ids: Vec<i64> = (0..50)
        .map(|i| note(&mut db, &format!("entry {i} with {MARKER}")))
        .collect();
    drop(db);
    assert!(
        total(&occurrences(dir.path(), MARKER.as_bytes())) > 0,
        "plain to start with"
    );

    let key = JournalKey::random().unwrap();
    let previous = change_encryption(dir.path(), None, Some(&key), clock()).unwrap();
    assert_eq!(previous, dir.path().join(PREVIOUS_FILE));
    let db = Db::open_in_dir_keyed(dir.path(), Some(&key), clock()).unwrap();
    for id in &ids {
        assert!(db.note(*id).unwrap().text.contains(MARKER));
    }
    assert_eq!(db.search("entry", 100).unwrap().hits.len(), 50);
    assert!(db.doctor().unwrap().is_healthy());
    drop(db);
    // Only the kept plain copy still holds the words, until it is let go.
    let found = occurrences(dir.path(), MARKER.as_bytes());
    assert!(
        found.iter().all(|(f, n)| *n == 0 || f == PREVIOUS_FILE),
        "{found:?}"
    );
    forget_previous(dir.path()).unwrap();
    assert_eq!(total(&occurrences(dir.path(), MARKER.as_bytes())), 0);
}

#[test]
fn changing_the_key_re_encrypts_and_the_old_key_stops_working() {
    let dir = tempfile::tempdir().unwrap();
    let old = JournalKey::random().unwrap();
    let mut db = Db::open_in_dir_keyed(dir.path(), Some(&old), clock()).unwrap();
    let id = note(&mut db, "through the change");
    drop(db);
    let new = JournalKey::random().unwrap();

    // The wrong current key: refused, nothing changed.
    let wrong = JournalKey::random().unwrap();
    let before = std::fs::read(dir.path().join(DB_FILE)).unwrap();
    let err = change_encryption(dir.path(), Some(&wrong), Some(&new), clock()).unwrap_err();
    assert_eq!(err.kind(), "wrongKey");
    assert_eq!(std::fs::read(dir.path().join(DB_FILE)).unwrap(), before);
    assert!(!dir.path().join(PREVIOUS_FILE).exists());

    change_encryption(dir.path(), Some(&old), Some(&new), clock()).unwrap();
    let db = Db::open_in_dir_keyed(dir.path(), Some(&new), clock()).unwrap();
    assert_eq!(db.note(id).unwrap().text, "through the change");
    drop(db);
    assert_eq!(
        Db::open_in_dir_keyed(dir.path(), Some(&old), clock())
            .unwrap_err()
            .kind(),
        "wrongKey"
    );
    // A second change waits until the kept copy is let go.
    let err = change_encryption(dir.path(), Some(&new), None, clock()).unwrap_err();
    assert_eq!(err.kind(), "invalid");
    forget_previous(dir.path()).unwrap();
    change_encryption(dir.path(), Some(&new), None, clock()).unwrap();
    let db = Db::open_in_dir(dir.path(), clock()).unwrap();
    assert_eq!(db.note(id).unwrap().text, "through the change");
}

#[test]
fn a_change_cut_off_between_its_renames_is_put_back() {
    let dir = tempfile::tempdir().unwrap();
    let mut db = Db::open_in_dir(dir.path(), clock()).unwrap();
    let id = note(&mut db, "still here");
    drop(db);
    // As if the app stopped after setting the journal aside.
    std::fs::rename(dir.path().join(DB_FILE), dir.path().join(PREVIOUS_FILE)).unwrap();
    assert!(recover_interrupted_change(dir.path()).unwrap());
    assert!(!recover_interrupted_change(dir.path()).unwrap(), "once");
    let db = Db::open_in_dir(dir.path(), clock()).unwrap();
    assert_eq!(db.note(id).unwrap().text, "still here");
}

#[test]
fn backups_follow_the_journal_to_its_new_key() {
    use interlude_core::storage::backup::{self, Reason, BACKUP_DIR};
    let dir = tempfile::tempdir().unwrap();
    let mut db = Db::open_in_dir(dir.path(), clock()).unwrap();
    let id = note(&mut db, &format!("backed up: {MARKER}"));
    let plain = db.backup(Reason::Daily).unwrap();
    drop(db);
    let backups = dir.path().join(BACKUP_DIR);
    assert!(
        total(&occurrences(&backups, MARKER.as_bytes())) > 0,
        "plain to start with"
    );

    let key = JournalKey::random().unwrap();
    change_encryption(dir.path(), None, Some(&key), clock()).unwrap();
    assert_eq!(
        total(&occurrences(&backups, MARKER.as_bytes())),
        0,
        "re-encrypted"
    );
    let path = backup::path_of(dir.path(), &plain.name).unwrap();
    backup::check(&path, Some(&key)).unwrap();

    // And again on a change of key: the old key opens nothing any more.
    forget_previous(dir.path()).unwrap();
    let new = JournalKey::random().unwrap();
    change_encryption(dir.path(), Some(&key), Some(&new), clock()).unwrap();
    assert_eq!(
        backup::check(&path, Some(&key)).unwrap_err().kind(),
        "wrongKey"
    );
    let mut db = Db::open_in_dir_keyed(dir.path(), Some(&new), clock()).unwrap();
    db.restore_backup(&plain.name).unwrap();
    assert!(db.note(id).unwrap().text.contains(MARKER));
}

#[test]
fn argon2_settings_past_the_limits_are_refused_before_any_work() {
    let mut params = KdfParams::new().unwrap();
    params.memory_kib = 4 * 1024 * 1024; // 4 GiB
    let err = JournalKey::from_passphrase("anything at all", &params).unwrap_err();
    assert_eq!(err.kind(), "invalid");
    assert!(
        err.to_string().contains("more than Interlude allows"),
        "{err}"
    );
    let mut params = KdfParams::new().unwrap();
    params.passes = 1_000_000;
    assert!(JournalKey::from_passphrase("anything at all", &params).is_err());
    let mut params = KdfParams::new().unwrap();
    params.lanes = 0;
    assert!(JournalKey::from_passphrase("anything at all", &params).is_err());
    // And a settings file asking for them is refused as it is read.
    let dir = tempfile::tempdir().unwrap();
    let mut huge = KdfParams::new().unwrap();
    huge.memory_kib = u32::MAX;
    std::fs::write(
        dir.path().join(interlude_core::storage::key::KDF_FILE),
        serde_json::to_string(&huge).unwrap(),
    )
    .unwrap();
    assert!(KeySettings::load(dir.path()).is_err());
}
