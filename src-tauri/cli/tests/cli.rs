//! The real binary, headless: `export`, `import`, `doctor`, `--help`.
//! None of these may open a window, so they run without a display.

#![allow(clippy::unwrap_used)]

use std::path::Path;
use std::process::{Command, Output};
use std::sync::Arc;

use interlude_core::{Db, ManualClock, ReflectionInput, DB_FILE};

fn interlude(args: &[&str], data_dir: &Path) -> Output {
    interlude_in("C.UTF-8", args, data_dir)
}

/// The command run with the computer's locale set to `locale`.
fn interlude_in(locale: &str, args: &[&str], data_dir: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_interlude"))
        .args(args)
        .env("INTERLUDE_DATA_DIR", data_dir)
        .env("LC_ALL", locale)
        // Prove no window is needed: there is no display to open one on.
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .output()
        .unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn journal_with_one_reflection(dir: &Path) {
    let clock = Arc::new(ManualClock::at("2026-11-24T18:00:00+01:00"));
    let mut db = Db::open_in_dir(dir, clock).unwrap();
    db.create_reflection(ReflectionInput {
        takeaway: "I can pause before answering.".into(),
        focus: "Pause for one breath".into(),
        feelings: vec!["calm".into()],
        ..ReflectionInput::default()
    })
    .unwrap();
}

#[test]
fn export_then_import_into_an_empty_dir_then_export_is_identical() {
    let a = tempfile::tempdir().unwrap();
    let b = tempfile::tempdir().unwrap();
    journal_with_one_reflection(a.path());

    let first = interlude(&["export", "--format", "json"], a.path());
    assert!(first.status.success(), "{}", stderr(&first));
    assert!(stdout(&first).contains("I can pause before answering."));

    let file = a.path().join("export.json");
    let out = interlude(&["export", "--out", file.to_str().unwrap()], a.path());
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(std::fs::read_to_string(&file).unwrap(), stdout(&first));

    let import = interlude(&["import", file.to_str().unwrap()], b.path());
    assert!(import.status.success(), "{}", stderr(&import));
    assert!(stdout(&import).contains("Imported 1 entry (0 already here)"));

    let second = interlude(
        &["--data-dir", b.path().to_str().unwrap(), "export"],
        a.path(),
    );
    assert_eq!(
        stdout(&second),
        stdout(&first),
        "--data-dir wins over the variable"
    );
}

#[test]
fn a_foreign_file_is_refused_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    journal_with_one_reflection(dir.path());
    let before = stdout(&interlude(&["export"], dir.path()));
    let foreign = dir.path().join("notes.json");
    std::fs::write(&foreign, r#"{"notes": ["buy milk"]}"#).unwrap();
    let out = interlude(&["import", foreign.to_str().unwrap()], dir.path());
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("isn't an Interlude export"),
        "{}",
        stderr(&out)
    );
    assert_eq!(stdout(&interlude(&["export"], dir.path())), before);
}

#[test]
fn import_of_a_missing_or_binary_file_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let out = interlude(&["import", "/no/such/file.json"], dir.path());
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("Couldn't read /no/such/file.json"),
        "{}",
        stderr(&out)
    );

    let binary = dir.path().join("photo.json");
    std::fs::write(&binary, [0xff, 0xd8, 0xff, 0xe0, 0, 0x10]).unwrap();
    let out = interlude(&["import", binary.to_str().unwrap()], dir.path());
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("isn't a text file"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn doctor_reports_health_and_counts() {
    let dir = tempfile::tempdir().unwrap();
    journal_with_one_reflection(dir.path());
    let out = interlude(&["doctor"], dir.path());
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.contains("reflections:    1"), "{text}");
    assert!(text.contains("health:         ok"), "{text}");

    let json = interlude(&["doctor", "--json"], dir.path());
    let report: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(report["reflections"], 1);
    assert_eq!(report["problems"], serde_json::json!([]));
}

#[test]
fn doctor_fails_on_a_damaged_file_without_changing_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(DB_FILE);
    let junk = b"not a database at all".repeat(100);
    std::fs::write(&path, &junk).unwrap();
    let out = interlude(&["doctor"], dir.path());
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("looks damaged"), "{}", stderr(&out));
    assert_eq!(std::fs::read(&path).unwrap(), junk);
}

#[test]
fn export_and_doctor_do_not_create_a_journal_that_is_not_there() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("nobody-home");
    for args in [&["export"][..], &["doctor"][..]] {
        let out = interlude(args, &missing);
        assert_eq!(out.status.code(), Some(1));
        assert!(stderr(&out).contains("no journal"), "{}", stderr(&out));
    }
    assert!(!missing.exists());
}

#[test]
fn help_lists_every_subcommand_and_version_prints() {
    let dir = tempfile::tempdir().unwrap();
    let help = stdout(&interlude(&["--help"], dir.path()));
    for sub in [
        "note",
        "search",
        "export",
        "import",
        "doctor",
        "reminders",
        "homework",
        "--data-dir",
    ] {
        assert!(help.contains(sub), "{sub} missing from:\n{help}");
    }
    let version = stdout(&interlude(&["--version"], dir.path()));
    assert!(version.starts_with("interlude "), "{version}");
}

#[test]
fn unknown_subcommand_is_a_usage_error() {
    let dir = tempfile::tempdir().unwrap();
    let out = interlude(&["frobnicate"], dir.path());
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("frobnicate"));
}

#[test]
fn reminders_preview_follows_rfc_5545_across_daylight_saving() {
    let dir = tempfile::tempdir().unwrap();
    let out = interlude(
        &[
            "reminders",
            "preview",
            "--rule",
            "FREQ=DAILY",
            "--start",
            "2027-03-13T02:30",
            "--tz",
            "America/New_York",
            "--count",
            "3",
        ],
        dir.path(),
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        stdout(&out),
        "2027-03-13T02:30:00-05:00\n2027-03-14T03:30:00-04:00\n2027-03-15T02:30:00-04:00\n"
    );
}

#[test]
fn reminders_preview_refuses_bad_rules_zones_and_starts() {
    let dir = tempfile::tempdir().unwrap();
    for (args, expected) in [
        (
            [
                "--rule",
                "FREQ=NEVER",
                "--start",
                "2027-03-13T02:30",
                "--tz",
                "UTC",
            ],
            "recurrence rule",
        ),
        (
            [
                "--rule",
                "FREQ=DAILY",
                "--start",
                "2027-03-13T02:30",
                "--tz",
                "Mars/Base",
            ],
            "Mars/Base",
        ),
        (
            ["--rule", "FREQ=DAILY", "--start", "tomorrow", "--tz", "UTC"],
            "tomorrow",
        ),
    ] {
        let mut all = vec!["reminders", "preview"];
        all.extend(args);
        let out = interlude(&all, dir.path());
        assert_eq!(out.status.code(), Some(1));
        assert!(stderr(&out).contains(expected), "{}", stderr(&out));
    }
}

#[test]
fn reminders_next_lists_the_schedules_reminders() {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(ManualClock::at("2026-11-24T18:00:00+00:00"));
    let mut db = Db::open_in_dir(dir.path(), clock).unwrap();
    db.set_schedule(interlude_core::schedule::sessions::SessionSchedule {
        weekday: 2,
        time: "17:00".into(),
        duration_minutes: 50,
        every_weeks: 1,
        start_date: chrono::NaiveDate::from_ymd_opt(2026, 11, 1).unwrap(),
        time_zone: "Europe/London".into(),
    })
    .unwrap();
    drop(db);
    let out = interlude(
        &[
            "reminders",
            "next",
            "--count",
            "2",
            "--from",
            "2026-11-25T00:00:00Z",
            "--tz",
            "Europe/London",
        ],
        dir.path(),
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let lines: Vec<String> = stdout(&out).lines().map(str::to_owned).collect();
    assert_eq!(lines.len(), 2, "{lines:?}");
    assert!(
        lines[0].starts_with("2026-11-30T19:00:00+00:00  BriefNudge"),
        "{lines:?}"
    );
    assert!(
        lines[1].starts_with("2026-12-01T17:55:00+00:00  SessionEnd"),
        "{lines:?}"
    );
}

#[test]
fn a_note_from_the_terminal_is_found_by_search_with_the_apps_rules() {
    let dir = tempfile::tempdir().unwrap();
    let saved = interlude(
        &[
            "note", "Walked", "to", "the", "river;", "felt", "lighter", "--mood", "7", "--tag",
            "walk", "--tag", "outside",
        ],
        dir.path(),
    );
    assert!(saved.status.success(), "{}", stderr(&saved));
    assert!(
        stdout(&saved).starts_with("Saved your note"),
        "{}",
        stdout(&saved)
    );

    // Prefix of the last word, as in the app; plain text when not a terminal.
    let found = interlude(&["search", "river light"], dir.path());
    assert!(found.status.success(), "{}", stderr(&found));
    let line = stdout(&found);
    assert!(line.contains("note"), "{line}");
    assert!(line.contains("Walked to the river; felt lighter"), "{line}");
    assert!(!line.contains('\u{2}'), "no raw markers: {line:?}");

    let json = interlude(&["search", "river", "--json", "--limit", "5"], dir.path());
    let rows: serde_json::Value = serde_json::from_str(&stdout(&json)).unwrap();
    assert_eq!(rows[0]["kind"], "note");
    assert_eq!(rows[0]["tags"], serde_json::json!(["outside", "walk"]));

    // Hostile queries are words, never errors.
    for q in ["\"unbalanced", "AND OR NOT", "*", "NEAR(", "col:river"] {
        let out = interlude(&["search", q], dir.path());
        assert!(out.status.success(), "{q}: {}", stderr(&out));
    }
    let none = interlude(&["search", "ocean"], dir.path());
    assert_eq!(stdout(&none).trim(), "Nothing matches yet.");
}

#[test]
fn bad_notes_are_refused_with_a_reason_and_private_ones_stay_out_of_exports() {
    let dir = tempfile::tempdir().unwrap();
    let bad = interlude(&["note", "hello", "--mood", "12"], dir.path());
    assert_eq!(bad.status.code(), Some(1));
    assert!(
        stderr(&bad).contains("The mood goes from 1 to 10"),
        "{}",
        stderr(&bad)
    );
    let blank = interlude(&["note", "   "], dir.path());
    assert_eq!(blank.status.code(), Some(1));
    assert!(
        stderr(&blank).contains("The note is empty"),
        "{}",
        stderr(&blank)
    );

    let private = interlude(&["note", "just for me", "--private"], dir.path());
    assert!(private.status.success(), "{}", stderr(&private));
    let shared = interlude(&["export"], dir.path());
    let file: serde_json::Value = serde_json::from_str(&stdout(&shared)).unwrap();
    assert_eq!(file["notes"].as_array().unwrap().len(), 0);
    assert_eq!(file["privateLeftOut"], 1);
    let all = interlude(&["export", "--include-private"], dir.path());
    let file: serde_json::Value = serde_json::from_str(&stdout(&all)).unwrap();
    assert_eq!(file["notes"][0]["text"], "just for me");
}

#[test]
fn brief_writes_markdown_html_and_a_pdf_whose_text_reads_back() {
    let dir = tempfile::tempdir().unwrap();
    journal_with_one_reflection(dir.path());
    let note = interlude(
        &["note", "Told my sister how the week went", "--mood", "6"],
        dir.path(),
    );
    assert!(note.status.success(), "{}", stderr(&note));
    let secret = interlude(&["note", "Nobody else reads this", "--private"], dir.path());
    assert!(secret.status.success(), "{}", stderr(&secret));

    let md = interlude(&["brief", "--since", "2026-11-01"], dir.path());
    assert!(md.status.success(), "{}", stderr(&md));
    let text = stdout(&md);
    assert!(text.starts_with("# Session brief"), "{text}");
    assert!(
        text.contains("Pause for one breath"),
        "the week's focus: {text}"
    );
    assert!(
        text.contains("1 entry marked private is left out."),
        "{text}"
    );
    assert!(!text.contains("Nobody else reads this"));

    let html = interlude(
        &["brief", "--since", "2026-11-01", "--format", "html"],
        dir.path(),
    );
    assert!(stdout(&html).contains("<h2>2. Since last time</h2>"));

    let pdf = dir.path().join("brief.pdf");
    let out = interlude(
        &[
            "brief",
            "--since",
            "2026-11-01",
            "--format",
            "pdf",
            "--out",
            pdf.to_str().unwrap(),
        ],
        dir.path(),
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let extracted = Command::new("pdftotext")
        .args([pdf.to_str().unwrap(), "-"])
        .output()
        .expect("pdftotext (Debian's poppler-utils; `make deps-test` installs it)");
    // Lines wrap where the page ends, so compare with spaces folded.
    let pdf_text = String::from_utf8_lossy(&extracted.stdout)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(pdf_text.contains("Session brief"), "{pdf_text}");
    assert!(pdf_text.contains("Pause for one breath"), "{pdf_text}");
    assert!(
        pdf_text.contains("1 entry marked private is left out."),
        "{pdf_text}"
    );
    assert!(!pdf_text.contains("Nobody else reads this"));

    let with_private = interlude(
        &["brief", "--since", "2026-11-01", "--include-private"],
        dir.path(),
    );
    assert!(stdout(&with_private).contains("Entries marked private are included."));
    let backwards = interlude(
        &["brief", "--since", "2026-11-20", "--until", "2026-11-01"],
        dir.path(),
    );
    assert_eq!(backwards.status.code(), Some(1));
    assert!(stderr(&backwards).contains("end date is before"));
    let bad = interlude(&["brief", "--since", "last week"], dir.path());
    assert!(
        stderr(&bad).contains("isn't a day like 2026-11-24"),
        "{}",
        stderr(&bad)
    );
}

#[test]
fn an_encrypted_journal_asks_for_its_passphrase_and_refuses_a_wrong_one() {
    use interlude_core::storage::key::{JournalKey, KdfParams};
    let dir = tempfile::tempdir().unwrap();
    let params = KdfParams::new().unwrap();
    params.save(dir.path()).unwrap();
    let key = JournalKey::from_passphrase("river stones", &params).unwrap();
    drop(
        interlude_core::Db::open_in_dir_keyed(
            dir.path(),
            Some(&key),
            std::sync::Arc::new(interlude_core::SystemClock),
        )
        .unwrap(),
    );
    let with = |passphrase: Option<&str>, args: &[&str]| {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_interlude"));
        cmd.args(args)
            .arg("--data-dir")
            .arg(dir.path())
            .env_remove("INTERLUDE_PASSPHRASE")
            .stdin(std::process::Stdio::null());
        if let Some(p) = passphrase {
            cmd.env("INTERLUDE_PASSPHRASE", p);
        }
        cmd.output().unwrap()
    };

    // No terminal and no passphrase: it says how to give one.
    let out = with(None, &["note", "walked by the river"]);
    assert!(!out.status.success());
    assert!(stderr(&out).contains("encrypted"), "{}", stderr(&out));
    let out = with(Some("river stone"), &["note", "walked by the river"]);
    assert!(!out.status.success());
    assert!(stderr(&out).contains("doesn't open"), "{}", stderr(&out));

    let out = with(Some("river stones"), &["note", "walked by the river"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let out = with(Some("river stones"), &["search", "river"]);
    assert!(
        stdout(&out).contains("walked by the river"),
        "{}",
        stdout(&out)
    );
    // The words are not in the file.
    let bytes = std::fs::read(dir.path().join(interlude_core::DB_FILE)).unwrap();
    assert!(!bytes.windows(6).any(|w| w == b"walked"));
}

#[test]
fn backups_from_the_terminal_list_create_and_restore() {
    let dir = tempfile::tempdir().unwrap();
    let out = interlude(&["backup", "list"], dir.path());
    assert_eq!(stdout(&out).trim(), "No backups yet.");
    assert!(interlude(&["note", "first words"], dir.path())
        .status
        .success());
    let out = interlude(&["backup", "create"], dir.path());
    assert!(out.status.success(), "{}", stderr(&out));
    let name = stdout(&out)
        .trim()
        .strip_prefix("Backed up to ")
        .unwrap()
        .strip_suffix(" (checked).")
        .unwrap()
        .to_owned();
    assert!(interlude(&["note", "second words"], dir.path())
        .status
        .success());
    let listed = stdout(&interlude(&["backup", "list", "--json"], dir.path()));
    let listed: serde_json::Value = serde_json::from_str(&listed).unwrap();
    assert_eq!(listed[0]["name"], name.as_str());
    assert_eq!(listed[0]["reason"], "manual");

    let out = interlude(&["backup", "restore", &name], dir.path());
    assert!(out.status.success(), "{}", stderr(&out));
    let found = stdout(&interlude(&["search", "words", "--json"], dir.path()));
    assert!(
        found.contains("first words") && !found.contains("second words"),
        "{found}"
    );

    // A damaged journal: restored from the backup, the damaged file kept.
    std::fs::write(dir.path().join(DB_FILE), b"not a database").unwrap();
    let out = interlude(&["backup", "restore", &name], dir.path());
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("damaged journal is kept"),
        "{}",
        stdout(&out)
    );
    let found = stdout(&interlude(&["search", "first", "--json"], dir.path()));
    assert!(found.contains("first words"), "{found}");
    let out = interlude(&["backup", "restore", "../../etc/passwd"], dir.path());
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("no backup called"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn another_apps_export_is_previewed_with_dry_run_then_imported_once() {
    let dir = tempfile::tempdir().unwrap();
    let file = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../core/tests/fixtures/import/jrnl/journal.json");
    let file = file.to_str().unwrap();
    let out = interlude(&["import", "--from", "jrnl", file, "--dry-run"], dir.path());
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).starts_with("jrnl · journal.json"),
        "{}",
        stdout(&out)
    );
    assert!(stdout(&out).contains("Nothing was imported (dry run)."));
    let out = interlude(&["search", "a", "--json"], dir.path());
    assert_eq!(stdout(&out).trim(), "[]", "a dry run writes nothing");
    let out = interlude(&["import", "--from", "jrnl", file], dir.path());
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("(0 already here)"),
        "{}",
        stdout(&out)
    );
    let out = interlude(&["import", "--from", "jrnl", file], dir.path());
    assert!(
        stdout(&out).starts_with("Imported 0 entries"),
        "{}",
        stdout(&out)
    );
    let out = interlude(&["import", "--from", "dayone", file], dir.path());
    assert!(!out.status.success());
    assert!(stderr(&out).contains("journal.json"), "{}", stderr(&out));
}

/// Every path under `root` with its permission bits, links left out.
#[cfg(unix)]
fn modes(root: &Path) -> Vec<(String, u32)> {
    use std::os::unix::fs::PermissionsExt;
    let mut out = Vec::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap().flatten() {
            let meta = std::fs::symlink_metadata(entry.path()).unwrap();
            if meta.is_dir() {
                stack.push(entry.path());
            }
            if !meta.file_type().is_symlink() {
                out.push((
                    entry.path().display().to_string(),
                    meta.permissions().mode() & 0o777,
                ));
            }
        }
    }
    out
}

#[cfg(unix)]
#[test]
fn a_default_install_keeps_the_journal_and_what_it_writes_private() {
    use std::os::unix::fs::PermissionsExt;
    // A fresh home, no --data-dir: the folder a person's first note makes.
    let home = tempfile::tempdir().unwrap();
    let run = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_interlude"))
            .args(args)
            .env("HOME", home.path())
            .env_remove("XDG_DATA_HOME")
            .env_remove("INTERLUDE_DATA_DIR")
            .env_remove("INTERLUDE_PASSPHRASE")
            .output()
            .unwrap()
    };
    let made = run(&["note", "first words"]);
    assert!(made.status.success(), "{}", stderr(&made));
    let dir = home.path().join(".local/share/org.interlude.desktop");
    assert!(dir.join("interlude.db").exists());
    let out = home.path().join("brief.md");
    let brief = run(&["brief", "--out", out.to_str().unwrap()]);
    assert!(brief.status.success(), "{}", stderr(&brief));

    // Loosened by hand (or by an older version): tightened at the next start.
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o755)).unwrap();
    std::fs::set_permissions(
        dir.join("interlude.db"),
        std::fs::Permissions::from_mode(0o644),
    )
    .unwrap();
    assert!(run(&["note", "second words"]).status.success());

    for (path, mode) in modes(&dir) {
        let expected = if std::path::Path::new(&path).is_dir() {
            0o700
        } else {
            0o600
        };
        assert_eq!(mode, expected, "{path} is {mode:o}");
    }
    let dir_mode = std::fs::metadata(&dir).unwrap().permissions().mode() & 0o777;
    assert_eq!(dir_mode, 0o700);
    let brief_mode = std::fs::metadata(&out).unwrap().permissions().mode() & 0o777;
    assert_eq!(brief_mode, 0o600, "an export is the owner's alone");
}

#[test]
fn times_without_a_zone_are_read_in_the_computers_zone() {
    // jrnl and Daylio write wall-clock times with no zone; under
    // TZ=Europe/Berlin, 09:00 and 09:15 in November are 08:00Z and 08:15Z.
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("../core/tests/fixtures/import");
    for (source, file, at) in [
        ("jrnl", "jrnl/journal.json", "2026-11-16T09:00:00+01:00"),
        (
            "daylio",
            "daylio/daylio_export_2026_11_21.csv",
            "2026-11-21T09:15:00+01:00",
        ),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let file = fixtures.join(file);
        let out = Command::new(env!("CARGO_BIN_EXE_interlude"))
            .args([
                "import",
                "--from",
                source,
                file.to_str().unwrap(),
                "--data-dir",
            ])
            .arg(dir.path())
            .env("TZ", "Europe/Berlin")
            .output()
            .unwrap();
        assert!(out.status.success(), "{source}: {}", stderr(&out));
        let export = interlude(&["export"], dir.path());
        let text = stdout(&export);
        assert!(text.contains(at), "{source}: {at} not in the export");
    }
}

#[test]
fn a_change_stopped_after_its_swap_opens_from_the_terminal_too() {
    use interlude_core::storage::key::{JournalKey, KdfParams, KeySettings, KDF_FILE};
    use interlude_core::storage::keyfiles::{self, Step, KDF_NEXT};
    let dir = tempfile::tempdir().unwrap();
    assert!(
        interlude(&["note", "written before the change"], dir.path())
            .status
            .success()
    );
    let params = KdfParams::new().unwrap();
    let key = JournalKey::from_passphrase("the new passphrase", &params).unwrap();
    let _ = keyfiles::change_key(
        dir.path(),
        None,
        &KeySettings::Passphrase(params),
        &key,
        std::sync::Arc::new(interlude_core::SystemClock),
        &mut |step| {
            if step == Step::Swapped {
                Err(interlude_core::Error::Storage("stopped here".into()))
            } else {
                Ok(())
            }
        },
    );
    assert!(dir.path().join(KDF_NEXT).exists() && !dir.path().join(KDF_FILE).exists());
    let found = Command::new(env!("CARGO_BIN_EXE_interlude"))
        .args(["search", "before"])
        .arg("--data-dir")
        .arg(dir.path())
        .env("INTERLUDE_PASSPHRASE", "the new passphrase")
        .output()
        .unwrap();
    assert!(found.status.success(), "{}", stderr(&found));
    assert!(stdout(&found).contains("written before the change"));
    // Opening finished the change: its settings are the ones in use now.
    assert!(dir.path().join(KDF_FILE).exists() && !dir.path().join(KDF_NEXT).exists());
}

#[test]
fn a_loop_export_is_read_in_the_computers_zone() {
    // Loop's days have no time and no zone: a plan starts at midnight where
    // the computer is. Its export is a zip; python3 (there for the e2e
    // suite's socket watcher) makes one from the fixture folder.
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("../core/tests/fixtures/import/loop");
    let dir = tempfile::tempdir().unwrap();
    let zip = dir.path().join("Loop Habits CSV 2026-11-21.zip");
    let zipped = Command::new("python3")
        .args([
            "-c",
            "import shutil, sys; shutil.make_archive(sys.argv[1], 'zip', sys.argv[2])",
        ])
        .arg(zip.with_extension(""))
        .arg(&fixtures)
        .status();
    if !zipped.is_ok_and(|s| s.success()) {
        eprintln!("skipped: no python3 to make the zip");
        return;
    }
    let data = dir.path().join("journal");
    let out = Command::new(env!("CARGO_BIN_EXE_interlude"))
        .args([
            "import",
            "--from",
            "loop",
            zip.to_str().unwrap(),
            "--data-dir",
        ])
        .arg(&data)
        .env("TZ", "Europe/Berlin")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&interlude(&["export"], &data));
    assert!(
        text.contains("T00:00:00+01:00"),
        "midnight in Berlin, not UTC"
    );
    assert!(!text.contains("T00:00:00+00:00"));
}

fn with_passphrase(args: &[&str], data_dir: &Path, passphrase: &str) -> Output {
    Command::new(env!("CARGO_BIN_EXE_interlude"))
        .args(args)
        .env("INTERLUDE_DATA_DIR", data_dir)
        .env("INTERLUDE_PASSPHRASE", passphrase)
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .output()
        .unwrap()
}

/// Two data folders and one plain folder between them (a USB stick, in
/// effect): `interlude sync` alone carries a note each way.
#[test]
fn two_data_folders_sync_through_a_plain_folder_with_the_cli() {
    let (a, b, stick) = (
        tempfile::tempdir().unwrap(),
        tempfile::tempdir().unwrap(),
        tempfile::tempdir().unwrap(),
    );
    let folder = stick.path().to_str().unwrap();
    let p = "a passphrase for sync";
    assert!(interlude(&["note", "written on A"], a.path())
        .status
        .success());
    let started = with_passphrase(&["sync", "start", folder], a.path(), p);
    assert!(started.status.success(), "{}", stderr(&started));
    assert!(
        stdout(&started).contains("protected with the same passphrase"),
        "{}",
        stdout(&started)
    );
    // A is now protected: its commands need the passphrase.
    let wrong = with_passphrase(&["sync", "join", folder], b.path(), "not it");
    assert!(!wrong.status.success());
    assert!(stderr(&wrong).contains("passphrase"), "{}", stderr(&wrong));
    let joined = with_passphrase(&["sync", "join", folder], b.path(), p);
    assert!(joined.status.success(), "{}", stderr(&joined));
    let found = with_passphrase(&["search", "written"], b.path(), p);
    assert!(
        stdout(&found).contains("written on A"),
        "{}",
        stdout(&found)
    );

    assert!(with_passphrase(&["note", "written on B"], b.path(), p)
        .status
        .success());
    assert!(with_passphrase(&["sync", "now"], b.path(), p)
        .status
        .success());
    let now = with_passphrase(&["sync", "now"], a.path(), p);
    assert!(now.status.success(), "{}", stderr(&now));
    assert!(stdout(&now).contains("merged 1 record"), "{}", stdout(&now));
    let found = with_passphrase(&["search", "written"], a.path(), p);
    assert!(
        stdout(&found).contains("written on B"),
        "{}",
        stdout(&found)
    );
    let status = with_passphrase(&["sync", "status", "--json"], a.path(), p);
    let status: serde_json::Value = serde_json::from_slice(&status.stdout).unwrap();
    assert_eq!(status["computers"].as_array().unwrap().len(), 1);
    // Nothing in the stick says what was written.
    for entry in walk(stick.path()) {
        let bytes = std::fs::read(&entry).unwrap();
        assert!(
            !bytes.windows(7).any(|w| w == b"written"),
            "{}",
            entry.display()
        );
    }
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

/// The command speaks the app's language: Settings' choice in the data
/// folder first, then the computer's locale. Its JSON stays as it is for
/// scripts, and German search finds other forms of a word.
#[test]
fn the_command_speaks_german_when_the_app_does() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("settings.json"), r#"{"language":"de"}"#).unwrap();
    let saved = interlude(
        &["note", "Heute", "trotz", "allem", "gearbeitet"],
        dir.path(),
    );
    assert!(saved.status.success(), "{}", stderr(&saved));
    assert!(
        stdout(&saved).starts_with("Deine Notiz ist gespeichert ("),
        "{}",
        stdout(&saved)
    );
    let found = interlude(&["search", "arbeitete"], dir.path());
    assert!(stdout(&found).contains("gearbeitet"), "{}", stdout(&found));
    assert!(
        stdout(&found).contains("  Notiz  "),
        "the kind in German: {}",
        stdout(&found)
    );
    let none = interlude(&["search", "Zugvogel"], dir.path());
    assert_eq!(stdout(&none).trim(), "Noch passt nichts dazu.");
    let json = interlude(&["search", "--json", "arbeitete"], dir.path());
    let rows: serde_json::Value = serde_json::from_str(&stdout(&json)).unwrap();
    assert_eq!(rows[0]["kind"], "note");
    assert!(rows[0]["snippet"].as_str().unwrap().contains("gearbeitet"));
    let refused = interlude(&["brief", "--since", "gestern"], dir.path());
    assert_eq!(refused.status.code(), Some(1));
    assert_eq!(
        stderr(&refused).trim(),
        "interlude: Das Anfangsdatum „gestern“ ist kein Tag wie 2026-11-24."
    );
    let help = interlude(&["note", "--help"], dir.path());
    assert!(
        stdout(&help).contains("Aufruf: interlude note"),
        "{}",
        stdout(&help)
    );
    assert!(
        stdout(&help).contains("Wie du dich fühlst"),
        "{}",
        stdout(&help)
    );

    // No choice in Settings: the computer's locale decides.
    std::fs::write(dir.path().join("settings.json"), r#"{"language":"system"}"#).unwrap();
    let german = interlude_in("de_AT.UTF-8", &["doctor"], dir.path());
    assert!(
        stdout(&german).contains("Zustand:        in Ordnung"),
        "{}",
        stdout(&german)
    );
    let english = interlude(&["doctor"], dir.path());
    assert!(
        stdout(&english).contains("health:         ok"),
        "{}",
        stdout(&english)
    );
    assert_eq!(
        stdout(&interlude(&["search", "arbeitete"], dir.path())).trim(),
        "Nothing matches yet."
    );
}

/// Runs `interlude homework new FILE` with `answers` typed at it.
fn homework_new(file: &Path, answers: &str) -> Output {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_interlude"))
        .args(["homework", "new", file.to_str().unwrap()])
        .env("LC_ALL", "C.UTF-8")
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(answers.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

#[test]
fn homework_new_writes_a_file_the_app_reads_and_asks_again_about_a_bad_item() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("homework.json");
    // A practice on Mon/Wed/Fri; an experiment with no prediction (asked
    // about, and left out); an experiment; a plan with an impossible
    // number of days (asked again), a questionnaire, a question with no
    // words (left out), a question, then finish.
    let answers = "Ana Weber\nTry the breathing first.\n\n\
                   g\n1\nw\n1 3 5\nI sit down at my desk\n08:45\n\
                   e\n\nx\nx\nx\n\
                   e\nThey will think I am stupid\nShare one idea\n\n\n\
                   p\nwalk to the river\nn\n9\nI close the laptop\n\n\
                   p\nwalk to the river\nn\n3\nI close the laptop\n\n\
                   q\n3\n1\nw\n\
                   r\n\nr\nWhat did you notice?\n\n";
    let out = homework_new(&file, answers);
    assert!(out.status.success(), "{}", stderr(&out));
    let said = stdout(&out);
    assert!(
        said.contains("Write the belief or prediction you want to test first"),
        "{said}"
    );
    assert!(said.contains("A week has room for 1 to 7 times"), "{said}");
    assert!(said.contains("The question has no words"), "{said}");
    assert!(
        said.contains("homework.json is a homework file from Ana Weber, with a note and 5 items."),
        "{said}"
    );

    let text = std::fs::read_to_string(&file).unwrap();
    let db = Db::open_in_memory(Arc::new(ManualClock::at("2026-12-08T18:00:00+01:00"))).unwrap();
    let preview = db.preview_homework(&text, "homework.json").unwrap();
    let kinds: Vec<&str> = preview.items.iter().map(|i| i.kind).collect();
    assert_eq!(
        kinds,
        [
            "practice",
            "experiment",
            "plan",
            "questionnaire",
            "question"
        ]
    );
    assert_eq!(preview.items[4].title, "What did you notice?");
    assert_eq!(preview.items[3].title, "The PHQ-9 (mood), once a week");
    assert_eq!(preview.note, "Try the breathing first.");

    let check = interlude(&["homework", "check", file.to_str().unwrap()], dir.path());
    assert!(check.status.success(), "{}", stderr(&check));
    assert!(stdout(&check).contains("item-1\tguided practice\tpractise box breathing"));
    assert!(
        !dir.path().join(DB_FILE).exists(),
        "no journal is made for it"
    );
}

#[test]
fn homework_new_stopped_midway_writes_nothing_and_check_names_the_line() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("homework.json");
    let out = homework_new(&file, "Ana Weber\n\ne\nThey will think\n");
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("nothing was written"),
        "{}",
        stderr(&out)
    );
    assert!(!file.exists());

    std::fs::write(
        &file,
        "{\n  \"format\": \"interlude-homework\",\n  \"version\": 1,\n  \"id\": 7\n}\n",
    )
    .unwrap();
    let check = interlude(&["homework", "check", file.to_str().unwrap()], dir.path());
    assert_eq!(check.status.code(), Some(1));
    assert!(
        stderr(&check).contains("homework.json, line 4: invalid type"),
        "{}",
        stderr(&check)
    );
}
