//! Faults the journal must survive: a writer killed at a random moment, and
//! a disk that fills up. "Saved" has to mean saved in both.

#![allow(clippy::unwrap_used)]

use std::fmt::Write as _;
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::{mpsc, Arc};
use std::time::{Duration, Instant};

use interlude_core::{Db, Error, NoteInput, SystemClock};

/// Set only on the copy of this binary that the crash proof starts as its
/// writer: the data directory the writer saves into.
const WRITER_ENV: &str = "INTERLUDE_FAULT_WRITER";

fn open(dir: &Path) -> Db {
    Db::open_in_dir(dir, Arc::new(SystemClock)).unwrap()
}

fn note(text: String) -> NoteInput {
    NoteInput {
        text,
        ..NoteInput::default()
    }
}

fn assert_healthy(db: &Db, when: &str) {
    let report = db.doctor().unwrap();
    assert!(
        report.is_healthy(),
        "journal unhealthy {when}: {:?}",
        report.problems
    );
}

/// Reads back every acknowledged note with exactly the text it was saved with.
fn assert_all_present(db: &Db, acked: &[(i64, String)], when: &str) {
    for (id, text) in acked {
        match db.note(*id) {
            Ok(note) => assert_eq!(&note.text, text, "note {id} changed {when}"),
            Err(e) => panic!("acknowledged note {id} ({text:?}) lost {when}: {e}"),
        }
    }
}

// ---------------------------------------------------------------------------
// Crash proof
// ---------------------------------------------------------------------------

/// Not a test of its own: the crash proof runs this binary again with only
/// this test selected and `WRITER_ENV` set. In a normal run it does nothing.
#[test]
fn writer_child() {
    let Some(dir) = std::env::var_os(WRITER_ENV) else {
        return;
    };
    let mut db = open(Path::new(&dir));
    let pid = std::process::id();
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    // The test harness may have left "test writer_child ... " unterminated;
    // end it so the first acknowledgement starts its own line.
    out.write_all(b"\n").unwrap();
    out.flush().unwrap();
    for n in 0_u64.. {
        let text = format!("crash-proof {pid} {n}");
        let saved = db.create_note(note(text.clone())).unwrap();
        // The acknowledgement goes out only once the save has returned: the
        // parent holds us to every line it receives.
        writeln!(out, "saved {} {text}", saved.id).unwrap();
        out.flush().unwrap();
    }
}

/// A tiny deterministic generator, so a failing round can be replayed.
struct XorShift(u64);

impl XorShift {
    fn new(seed: u64) -> Self {
        // xorshift is stuck at zero; spreading the seed also keeps
        // neighbouring rounds from starting with similar numbers.
        Self(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }
}

/// What one killed writer left behind, as its stdout told it.
struct Round {
    acked: Vec<(i64, String)>,
    /// A line cut off by the kill: printed in part, so never acknowledged.
    torn: bool,
}

/// Starts a writer on `dir`, lets it save for a while, and kills it.
fn run_killed_writer(dir: &Path, round: u64) -> Round {
    let mut child = Command::new(std::env::current_exe().unwrap())
        .args(["--exact", "writer_child", "--nocapture", "--test-threads=1"])
        .env(WRITER_ENV, dir)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let (tx, rx) = mpsc::channel();
    // Reading on a thread keeps the pipe drained, so the writer never blocks
    // on a full pipe instead of writing to the journal.
    let reader = std::thread::spawn(move || {
        let mut lines = BufReader::new(stdout);
        let mut line = Vec::new();
        loop {
            line.clear();
            if lines.read_until(b'\n', &mut line).unwrap() == 0 {
                return false;
            }
            let Some(complete) = line.strip_suffix(b"\n") else {
                return true;
            };
            let complete = String::from_utf8_lossy(complete);
            // The harness's own chatter ("running 1 test") shares the pipe.
            let Some((id, text)) = complete
                .strip_prefix("saved ")
                .and_then(|rest| rest.split_once(' '))
            else {
                continue;
            };
            tx.send((id.parse::<i64>().unwrap(), text.to_owned()))
                .unwrap();
        }
    });

    let mut acked = Vec::new();
    // A writer that never acknowledges (stuck opening, say) is killed
    // anyway; the round still proves the journal survives that.
    if let Ok(first) = rx.recv_timeout(Duration::from_secs(2)) {
        acked.push(first);
        let mut rng = XorShift::new(round);
        std::thread::sleep(Duration::from_millis(5 + rng.next() % 76));
    }
    if let Some(status) = child.try_wait().unwrap() {
        panic!("round {round}: the writer stopped on its own ({status}); its stderr is above");
    }
    child.kill().unwrap();
    child.wait().unwrap();
    // Lines still in the pipe were printed after their save returned, so
    // they are held to the same promise as those read before the kill.
    let torn = reader.join().unwrap();
    acked.extend(rx.try_iter());
    Round { acked, torn }
}

#[test]
fn killed_writers_lose_nothing_they_acknowledged() {
    let rounds: u64 = std::env::var("INTERLUDE_CRASH_ROUNDS")
        .ok()
        .map_or(100, |r| {
            r.parse().expect("INTERLUDE_CRASH_ROUNDS is a number")
        });
    let started = Instant::now();
    // One journal for every round, so each writer reopens a file the previous
    // one was killed in the middle of writing.
    let data = tempfile::tempdir().unwrap();
    let dir = data.path().join("interlude");
    let mut all: Vec<(i64, String)> = Vec::new();
    let mut torn = 0;
    let mut silent_rounds = 0;
    for round in 0..rounds {
        let killed = run_killed_writer(&dir, round);
        torn += usize::from(killed.torn);
        silent_rounds += usize::from(killed.acked.is_empty());
        all.extend(killed.acked);

        let db = open(&dir);
        let when = format!("after round {round}");
        // Every round checks everything acknowledged so far: a later crash
        // must not take back what an earlier writer saved either.
        assert_all_present(&db, &all, &when);
        assert_healthy(&db, &when);
        drop(db);
    }
    assert!(
        all.len() as u64 > rounds,
        "only {} saves acknowledged in {rounds} rounds: the writer barely wrote",
        all.len()
    );
    eprintln!(
        "crash proof: {rounds} writers killed, {} saves acknowledged and all kept, \
         {torn} torn acknowledgements ignored, {silent_rounds} rounds killed before the \
         first save, {:.1} s",
        all.len(),
        started.elapsed().as_secs_f64()
    );
}

// ---------------------------------------------------------------------------
// Disk-full proof
// ---------------------------------------------------------------------------

/// Unmounts on drop, so a failing assert does not leave a mount behind.
struct Mount(PathBuf);

impl Drop for Mount {
    fn drop(&mut self) {
        let unmounted = Command::new("umount")
            .arg(&self.0)
            .status()
            .is_ok_and(|s| s.success());
        if !unmounted {
            // Something still holds a file open (a panic mid-save); detach
            // lazily rather than leak the mount.
            let _ = Command::new("umount").arg("-l").arg(&self.0).status();
        }
    }
}

/// Only a Linux root can mount a tmpfs. A CI job running as root must run the
/// proof: `.ci/run` runs as root, and the hosted Linux runner runs this test
/// binary through `sudo` (see `.github/workflows/ci.yml`). Elsewhere (macOS,
/// Windows, a developer's own account) it is skipped with a note.
fn must_mount() -> bool {
    #[cfg(target_os = "linux")]
    {
        use std::os::unix::fs::MetadataExt;
        std::env::var_os("CI").is_some()
            && std::fs::metadata("/proc/self").is_ok_and(|m| m.uid() == 0)
    }
    #[cfg(not(target_os = "linux"))]
    {
        false
    }
}

fn mount_small_tmpfs(dir: &Path) -> Option<Mount> {
    let output = Command::new("mount")
        .args(["-t", "tmpfs", "-o", "size=4m", "tmpfs"])
        .arg(dir)
        .output();
    match output {
        Ok(out) if out.status.success() => Some(Mount(dir.to_path_buf())),
        failed => {
            let why = match failed {
                Ok(out) => String::from_utf8_lossy(&out.stderr).trim().to_owned(),
                Err(e) => e.to_string(),
            };
            assert!(
                !must_mount(),
                "the disk-full proof must run in CI as root, but a 4 MiB tmpfs \
                 couldn't be mounted: {why}"
            );
            eprintln!(
                "disk-full proof skipped: a tmpfs can't be mounted here (needs root on \
                 Linux): {why}"
            );
            None
        }
    }
}

#[test]
fn a_full_disk_refuses_saves_clearly_and_loses_nothing() {
    // Declared before the mount so it is removed only after the unmount.
    let place = tempfile::tempdir().unwrap();
    let Some(_mount) = mount_small_tmpfs(place.path()) else {
        return;
    };
    let started = Instant::now();
    // Freed later to give the journal room again without touching it.
    let ballast = place.path().join("ballast");
    std::fs::write(&ballast, vec![0x55_u8; 512 * 1024]).unwrap();
    let dir = place.path().join("interlude");

    let mut db = open(&dir);
    let mut acked: Vec<(i64, String)> = Vec::new();
    let refusal = loop {
        assert!(
            acked.len() < 10_000,
            "10,000 notes of 4 KB fit on a 4 MiB disk: it never filled up"
        );
        // Distinct words per note, so the search index grows with the text.
        let n = acked.len();
        let mut text = format!("disk-full note {n}:");
        for k in 0..400 {
            write!(text, " w{n}x{k}").unwrap();
        }
        match db.create_note(note(text.clone())) {
            Ok(saved) => acked.push((saved.id, text)),
            Err(e) => break e,
        }
    };
    assert!(
        matches!(refusal, Error::DiskFull),
        "a full disk should be Error::DiskFull, not {refusal:?}"
    );
    assert!(
        refusal.to_string().contains("disk is full"),
        "the refusal should say so in plain words: {refusal}"
    );
    assert!(!acked.is_empty(), "the disk was full before the first note");

    // The app keeps running on the same connection: what it saved still reads.
    assert_all_present(&db, &acked, "while the disk is full");
    assert_eq!(
        usize::try_from(db.doctor().unwrap().entries).unwrap(),
        acked.len(),
        "the refused save must leave nothing behind"
    );

    std::fs::remove_file(&ballast).unwrap();
    let text = "Saved again once there was room.".to_owned();
    let after = db
        .create_note(note(text.clone()))
        .expect("with room again, saving works without a restart");
    acked.push((after.id, text));

    // A restart: everything acknowledged is on disk, not just in a cache.
    drop(db);
    let db = open(&dir);
    assert_all_present(&db, &acked, "after a restart");
    assert_healthy(&db, "after a restart");
    assert_eq!(
        usize::try_from(db.doctor().unwrap().entries).unwrap(),
        acked.len()
    );
    drop(db);
    eprintln!(
        "disk-full proof: {} notes of ~4 KB acknowledged before the disk filled, the \
         refusal read {:?}, a save succeeded once space was freed, all {} kept across a \
         restart, {:.1} s",
        acked.len() - 1,
        refusal.to_string(),
        acked.len(),
        started.elapsed().as_secs_f64()
    );
}

#[test]
fn a_key_change_on_a_full_disk_changes_nothing_and_works_once_there_is_room() {
    use interlude_core::storage::key::{JournalKey, KdfParams, KeySettings};
    use interlude_core::storage::keyfiles::{self, KDF_NEXT};
    let place = tempfile::tempdir().unwrap();
    let Some(_mount) = mount_small_tmpfs(place.path()) else {
        return;
    };
    let dir = place.path().join("interlude");
    let mut db = open(&dir);
    let mut acked = Vec::new();
    for n in 0..60 {
        let text = format!(
            "note {n}: {}",
            "words that fill a page ".repeat(40).trim_end()
        );
        acked.push((db.create_note(note(text.clone())).unwrap().id, text));
        // SQLite checkpoints on its own at 1,000 WAL pages (4 MiB), which is
        // this whole disk: without this, 60 saves' WAL alone nearly fills
        // it (and its size moves with every schema change), and the room
        // left below would not be the journal's doing.
        if n % 10 == 9 {
            db.checkpoint().unwrap();
        }
    }
    drop(db);
    let before = std::fs::read(dir.join(interlude_core::DB_FILE)).unwrap();
    // Fill the disk until less than the journal's size is left: the
    // re-keyed copy can't be made.
    let journal_size = std::fs::metadata(dir.join(interlude_core::DB_FILE))
        .unwrap()
        .len();
    let ballast = place.path().join("ballast");
    let mut file = std::fs::File::create(&ballast).unwrap();
    let chunk = vec![0x55_u8; 64 * 1024];
    while file.write_all(&chunk).is_ok() {}
    drop(file);
    let free = |p: &Path| {
        let out = Command::new("df")
            .args(["--output=avail", "-B1"])
            .arg(p)
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .nth(1)
            .unwrap_or("0")
            .trim()
            .parse::<u64>()
            .unwrap_or(0)
    };
    assert!(free(place.path()) < journal_size, "the disk is full enough");

    let params = KdfParams {
        kdf: "argon2id".into(),
        memory_kib: 1024,
        passes: 1,
        lanes: 1,
        salt: "ab".repeat(16),
    };
    let key = JournalKey::from_passphrase("a new passphrase", &params).unwrap();
    let settings = KeySettings::Passphrase(params);
    let protect = || {
        keyfiles::change_key(
            &dir,
            None,
            &settings,
            &key,
            Arc::new(SystemClock),
            &mut |_| Ok(()),
        )
    };
    let err = protect().unwrap_err();
    assert!(
        matches!(err, Error::DiskFull | Error::Io { .. } | Error::Storage(_)),
        "{err:?}"
    );
    assert!(!dir.join(KDF_NEXT).exists(), "nothing half done stays");
    assert!(!keyfiles::is_encrypted_journal(&dir).unwrap());
    assert!(
        std::fs::read(dir.join(interlude_core::DB_FILE)).unwrap() == before,
        "the journal is byte for byte as it was"
    );

    // With room again: it opens with everything, and the change goes through.
    std::fs::remove_file(&ballast).unwrap();
    let db = open(&dir);
    assert_all_present(&db, &acked, "after the refused change");
    drop(db);
    protect().unwrap();
    let (db, _) =
        keyfiles::open_encrypted(&dir, Arc::new(SystemClock), |_| Ok(Some(key.clone()))).unwrap();
    assert_all_present(&db, &acked, "after the change");
}
