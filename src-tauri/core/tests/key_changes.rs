//! A change of key stopped anywhere — an error at each step, the process
//! killed between any two, a full disk, backups that can't be moved —
//! leaves a journal that opens with the old secret or the new one, with
//! every entry, and never one that nobody can open.

#![allow(clippy::unwrap_used)]

use std::path::Path;
use std::process::Command;
use std::sync::Arc;

use interlude_core::storage::backup::{self, Reason, BACKUP_DIR};
use interlude_core::storage::encryption::{recover_interrupted_change, PREVIOUS_FILE};
use interlude_core::storage::key::{JournalKey, KdfParams, KeySettings, LoginEntry, KDF_FILE};
use interlude_core::storage::keyfiles::{self, change_key, Step, KDF_NEXT, KDF_PREVIOUS};
use interlude_core::{Db, Error, NoteInput, SystemClock};

/// Set only on the copy of this binary that runs a change to be killed:
/// `<dir>|<change index>|<step index>`.
const CHILD_ENV: &str = "INTERLUDE_KEY_CHANGE_CHILD";

fn clock() -> Arc<SystemClock> {
    Arc::new(SystemClock)
}

/// Cheap Argon2 settings: these tests are about files, not about cost.
fn params(salt: u8) -> KdfParams {
    KdfParams {
        kdf: "argon2id".into(),
        memory_kib: 1024,
        passes: 1,
        lanes: 1,
        salt: format!("{salt:02x}").repeat(16),
    }
}

/// A way the journal is kept, with its secret.
#[derive(Clone)]
enum Keeper {
    Plain,
    Passphrase(&'static str, u8),
    Login(&'static str, JournalKey),
}

impl Keeper {
    fn settings(&self) -> Option<KeySettings> {
        match self {
            Keeper::Plain => None,
            Keeper::Passphrase(_, salt) => Some(KeySettings::Passphrase(params(*salt))),
            Keeper::Login(account, _) => Some(KeySettings::Login(LoginEntry {
                keeper: "login".into(),
                account: (*account).into(),
            })),
        }
    }

    fn key(&self) -> Option<JournalKey> {
        match self {
            Keeper::Plain => None,
            Keeper::Passphrase(p, salt) => {
                Some(JournalKey::from_passphrase(p, &params(*salt)).unwrap())
            }
            Keeper::Login(_, key) => Some(key.clone()),
        }
    }

    /// The key these settings give, if this keeper's secret fits them.
    fn key_for(&self, settings: &KeySettings) -> Option<JournalKey> {
        match (self, settings) {
            (Keeper::Passphrase(p, _), KeySettings::Passphrase(params)) => {
                JournalKey::from_passphrase(p, params).ok()
            }
            (Keeper::Login(account, key), KeySettings::Login(entry))
                if entry.account == *account =>
            {
                Some(key.clone())
            }
            _ => None,
        }
    }
}

/// The four changes a person can make, in the order they make them.
fn changes() -> Vec<(Keeper, Keeper)> {
    let login = Keeper::Login(
        "journal-0123456789abcdef",
        JournalKey::from_hex(&"ab".repeat(32)).unwrap(),
    );
    vec![
        (Keeper::Plain, Keeper::Passphrase("first passphrase", 1)),
        (
            Keeper::Passphrase("first passphrase", 1),
            Keeper::Passphrase("second passphrase", 2),
        ),
        (Keeper::Passphrase("second passphrase", 2), login.clone()),
        (login, Keeper::Passphrase("third passphrase", 3)),
    ]
}

const WORDS: [&str; 3] = [
    "the first thing I wrote",
    "a second, longer note",
    "and a third",
];

/// A journal in `dir` kept by `keeper`, holding the three notes, with one
/// backup under the same key.
fn journal(dir: &Path, keeper: &Keeper) {
    let key = keeper.key();
    if let Some(settings) = keeper.settings() {
        settings.save_as(dir, KDF_FILE).unwrap();
    }
    let mut db = Db::open_in_dir_keyed(dir, key.as_ref(), clock()).unwrap();
    for text in WORDS {
        db.create_note(NoteInput {
            text: text.into(),
            ..NoteInput::default()
        })
        .unwrap();
    }
    // A moment too: Insights' running totals (kept by triggers) must come
    // through a re-keying copy counted once, not twice or not at all.
    db.create_moment(interlude_core::MomentInput {
        situation: "Work meeting".into(),
        emotions: vec![interlude_core::EmotionRating {
            word: "anxious".into(),
            before: Some(70),
            after: Some(40),
        }],
        traps: vec!["mindReading".into()],
        ..interlude_core::MomentInput::default()
    })
    .unwrap();
    db.backup(Reason::Manual).unwrap();
}

/// Opens the journal the way the app and the CLI do, with `keeper`'s secret.
fn open_with(dir: &Path, keeper: &Keeper) -> Option<Db> {
    recover_interrupted_change(dir).unwrap();
    match keeper {
        Keeper::Plain => {
            if keyfiles::is_encrypted_journal(dir).unwrap() {
                return None;
            }
            Db::open_in_dir(dir, clock()).ok()
        }
        _ => keyfiles::open_encrypted(dir, clock(), |s| Ok(keeper.key_for(s)))
            .ok()
            .map(|(db, _)| db),
    }
}

fn assert_every_word(db: &Db, what: &str) {
    assert_eq!(
        db.doctor().unwrap().entries,
        4,
        "{what}: every entry is there"
    );
    let insights = db.insights(None).unwrap();
    assert_eq!(insights.counts.moment, 1, "{what}");
    assert_eq!(insights.reframe.count, 1, "{what}");
    assert_eq!(insights, db.insights_from_rows().unwrap(), "{what}");
    for (id, text) in (1..).zip(WORDS) {
        assert_eq!(db.note(id).unwrap().text, text, "{what}");
    }
}

fn run_change(
    dir: &Path,
    from: &Keeper,
    to: &Keeper,
    on_step: &mut dyn FnMut(Step) -> interlude_core::Result<()>,
) -> interlude_core::Result<keyfiles::KeyChange> {
    change_key(
        dir,
        from.key().as_ref(),
        &to.settings().unwrap(),
        &to.key().unwrap(),
        clock(),
        on_step,
    )
}

/// After a change stopped at `step` (by an error or a kill), exactly the
/// expected secret opens the journal, with every entry.
fn assert_opens(dir: &Path, from: &Keeper, to: &Keeper, finished: bool, what: &str) {
    let (opens, not) = if finished { (to, from) } else { (from, to) };
    let db = open_with(dir, opens).unwrap_or_else(|| panic!("{what}: the journal doesn't open"));
    assert_every_word(&db, what);
    drop(db);
    if !matches!(not, Keeper::Plain) || finished {
        assert!(
            open_with(dir, not).is_none() || matches!((opens, not), (Keeper::Plain, _)),
            "{what}: the other secret doesn't open the journal in place"
        );
    }
    if finished {
        assert!(
            !dir.join(KDF_NEXT).exists(),
            "{what}: the change is finished once opened"
        );
    }
}

#[test]
fn an_error_at_any_step_leaves_a_journal_that_opens() {
    for (i, (from, to)) in changes().into_iter().enumerate() {
        for (s, stop_at) in Step::ALL.into_iter().enumerate() {
            let dir = tempfile::tempdir().unwrap();
            journal(dir.path(), &from);
            let what = format!("change {i}, error at {stop_at:?}");
            let result = run_change(dir.path(), &from, &to, &mut |step| {
                if step == stop_at {
                    Err(Error::Storage("injected".into()))
                } else {
                    Ok(())
                }
            });
            let finished = s >= 2; // from the swap on, the new key stays
            assert_eq!(result.is_ok(), finished, "{what}: {result:?}");
            if !finished {
                assert!(
                    !dir.path().join(KDF_NEXT).exists(),
                    "{what}: nothing half done stays"
                );
                assert!(!dir.path().join(PREVIOUS_FILE).exists(), "{what}");
            }
            assert_opens(dir.path(), &from, &to, finished, &what);
        }
    }
}

/// Not a test of its own: the kill proof runs this binary again with only
/// this test selected and `CHILD_ENV` set, and the change aborts the
/// process right after the step it names. In a normal run it does nothing.
#[test]
fn change_child() {
    let Ok(spec) = std::env::var(CHILD_ENV) else {
        return;
    };
    let mut parts = spec.split('|');
    let dir = Path::new(parts.next().unwrap()).to_path_buf();
    let change: usize = parts.next().unwrap().parse().unwrap();
    let stop: usize = parts.next().unwrap().parse().unwrap();
    let (from, to) = changes().swap_remove(change);
    let _ = run_change(&dir, &from, &to, &mut |step| {
        if step == Step::ALL[stop] {
            // As sudden as a kill: no destructors, no cleanup.
            std::process::abort();
        }
        Ok(())
    });
    // Not killed (the step was never reached): say so by exiting cleanly.
    std::process::exit(0);
}

#[test]
fn a_kill_between_any_two_steps_leaves_a_journal_that_opens() {
    let exe = std::env::current_exe().unwrap();
    for (i, (from, to)) in changes().into_iter().enumerate() {
        for s in 0..Step::ALL.len() {
            let dir = tempfile::tempdir().unwrap();
            journal(dir.path(), &from);
            let status = Command::new(&exe)
                .args(["--exact", "change_child", "--test-threads=1", "--nocapture"])
                .env(CHILD_ENV, format!("{}|{i}|{s}", dir.path().display()))
                .status()
                .unwrap();
            let what = format!("change {i}, killed after {:?}", Step::ALL[s]);
            assert!(!status.success(), "{what}: the child wasn't killed");
            // Killed after the copy but before the swap: the journal is the
            // old one. After the swap: the new one, whose settings wait in
            // .next until the first open finishes the change.
            assert_opens(dir.path(), &from, &to, s >= 2, &what);
        }
    }
}

#[test]
fn backups_that_cant_be_moved_are_reported_and_nothing_is_rolled_back() {
    let (from, to) = changes().swap_remove(1);
    let dir = tempfile::tempdir().unwrap();
    journal(dir.path(), &from);
    // The backup's re-keyed copy can't be made: a folder stands where it
    // would go (this fails for root too, unlike a read-only folder).
    let name = backup::list(dir.path()).unwrap()[0].name.clone();
    let blocked = dir.path().join(BACKUP_DIR).join(format!("{name}.rekey"));
    std::fs::create_dir(&blocked).unwrap();
    std::fs::write(blocked.join("inside"), "x").unwrap();

    let change = run_change(dir.path(), &from, &to, &mut |_| Ok(())).unwrap();
    assert!(change.settings_current);
    assert_eq!(change.backups_not_moved.len(), 1, "{change:?}");
    assert_eq!(change.backups_not_moved[0].0, name);
    let notice = change.notice().unwrap();
    assert!(
        notice.contains("1 older backup couldn't be moved"),
        "{notice}"
    );
    // The journal is under the new key, with its settings in use.
    assert_opens(dir.path(), &from, &to, true, "backups blocked");
    // The backup left behind still opens with the old key.
    let left = dir.path().join(BACKUP_DIR).join(&name);
    backup::check(&left, from.key().as_ref()).unwrap();
    // The old copy and its settings are kept, and open with the old secret.
    assert!(dir.path().join(PREVIOUS_FILE).exists());
    assert!(dir.path().join(KDF_PREVIOUS).exists());
}

/// Change `which` of [`changes`], stopped right after its swap (the new
/// settings still in `.next`).
fn stopped_after_swap(which: usize) -> (Keeper, Keeper, tempfile::TempDir) {
    let (from, to) = changes().swap_remove(which);
    let dir = tempfile::tempdir().unwrap();
    journal(dir.path(), &from);
    let _ = run_change(dir.path(), &from, &to, &mut |step| {
        if step == Step::Swapped {
            Err(Error::Storage("stop".into()))
        } else {
            Ok(())
        }
    });
    (from, to, dir)
}

#[test]
fn with_only_the_new_settings_beside_it_the_journal_opens_and_the_change_finishes() {
    // A first protection stopped right after its swap: an encrypted journal
    // with no settings file, only `.next`.
    let (_, to, dir) = stopped_after_swap(0);
    assert!(!dir.path().join(KDF_FILE).exists());
    assert!(dir.path().join(KDF_NEXT).exists());
    assert!(
        keyfiles::is_encrypted_journal(dir.path()).unwrap(),
        "locked, not damaged"
    );
    let db = open_with(dir.path(), &to).unwrap();
    assert_every_word(&db, "opened through .next");
    assert!(dir.path().join(KDF_FILE).exists() && !dir.path().join(KDF_NEXT).exists());
}

#[test]
fn a_promotion_cut_off_after_its_first_rename_keeps_the_old_copys_settings() {
    let (_, to, dir) = stopped_after_swap(1);
    // The first half of the promotion: the settings in use set aside.
    std::fs::rename(dir.path().join(KDF_FILE), dir.path().join(KDF_PREVIOUS)).unwrap();
    let old = std::fs::read(dir.path().join(KDF_PREVIOUS)).unwrap();
    let db = open_with(dir.path(), &to).unwrap();
    assert_every_word(&db, "after the second half");
    drop(db);
    assert_eq!(
        std::fs::read(dir.path().join(KDF_PREVIOUS)).unwrap(),
        old,
        "the old copy's settings are still beside it"
    );
}

#[test]
fn a_backup_left_under_an_older_key_is_never_deleted_by_the_next_change() {
    let all = changes();
    let dir = tempfile::tempdir().unwrap();
    let (first, second) = all[1].clone();
    journal(dir.path(), &first);
    let name = backup::list(dir.path()).unwrap()[0].name.clone();
    let blocked = dir.path().join(BACKUP_DIR).join(format!("{name}.rekey"));
    std::fs::create_dir_all(blocked.join("inside")).unwrap();
    let change = run_change(dir.path(), &first, &second, &mut |_| Ok(())).unwrap();
    assert_eq!(change.backups_not_moved.len(), 1);
    std::fs::remove_dir_all(&blocked).unwrap();
    interlude_core::storage::encryption::forget_previous(dir.path()).unwrap();

    // The next change can't open that backup with its key: it stays.
    let (_, third) = all[2].clone();
    let change = run_change(dir.path(), &second, &third, &mut |_| Ok(())).unwrap();
    assert_eq!(change.backups_not_moved.len(), 1, "{change:?}");
    let left = dir.path().join(BACKUP_DIR).join(&name);
    backup::check(&left, first.key().as_ref()).unwrap();
}

#[test]
fn what_a_change_stopped_before_its_swap_left_is_cleared_and_blocks_nothing() {
    // Encrypted: a `.next` left beside settings that still open the journal
    // opens nothing, and goes at the next open.
    let (from, to) = changes().swap_remove(1);
    let dir = tempfile::tempdir().unwrap();
    journal(dir.path(), &from);
    to.settings()
        .unwrap()
        .save_as(dir.path(), KDF_NEXT)
        .unwrap();
    // While it is there, no other change may overwrite it.
    let refused = run_change(dir.path(), &from, &to, &mut |_| Ok(())).unwrap_err();
    assert!(refused.to_string().contains("still finishing"), "{refused}");
    let db = open_with(dir.path(), &from).unwrap();
    assert_every_word(&db, "opened with the settings in use");
    drop(db);
    assert!(
        !dir.path().join(KDF_NEXT).exists(),
        "the stale .next is gone"
    );
    run_change(dir.path(), &from, &to, &mut |_| Ok(())).unwrap();

    // Plain: a `.next` beside a plain journal belongs to nothing.
    let dir = tempfile::tempdir().unwrap();
    journal(dir.path(), &Keeper::Plain);
    to.settings()
        .unwrap()
        .save_as(dir.path(), KDF_NEXT)
        .unwrap();
    assert!(!keyfiles::is_encrypted_journal(dir.path()).unwrap());
    keyfiles::settle(dir.path());
    assert!(!dir.path().join(KDF_NEXT).exists());
}

#[test]
fn a_plain_backup_that_stayed_behind_is_called_unprotected() {
    let (from, to) = changes().swap_remove(0);
    let dir = tempfile::tempdir().unwrap();
    journal(dir.path(), &from);
    let name = backup::list(dir.path()).unwrap()[0].name.clone();
    std::fs::create_dir_all(
        dir.path()
            .join(BACKUP_DIR)
            .join(format!("{name}.rekey"))
            .join("x"),
    )
    .unwrap();
    let change = run_change(dir.path(), &from, &to, &mut |_| Ok(())).unwrap();
    let notice = change.notice().unwrap();
    assert!(notice.contains("still unprotected"), "{notice}");
}
