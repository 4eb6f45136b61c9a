//! Declares the app's own commands so each window's capability file can
//! grant exactly the ones it needs (least privilege), and embeds the config.

/// Every command in `src/commands/`, in the same order as
/// `generate_handler!`. A command missing here can't be granted to a window.
pub const COMMANDS: &[&str] = &[
    "get_home",
    "list_reflections",
    "get_reflection",
    "create_reflection",
    "update_reflection",
    "delete_reflection",
    "restore_reflection",
    "get_draft",
    "save_draft",
    "discard_draft",
    "get_feeling_words",
    "open_reflection_window",
    "show_main_window",
    "get_settings",
    "set_settings",
    "get_app_info",
    "export_journal",
    "import_journal",
    "get_today",
    "list_plans",
    "get_plan",
    "preview_plan",
    "create_plan",
    "update_plan",
    "set_plan_status",
    "log_plan",
    "clear_plan_log",
    "record_practice",
    "save_compassion_break",
    "list_compassion_breaks",
    "get_schedule",
    "set_schedule",
    "clear_schedule",
    "preview_schedule",
    "move_session",
    "cancel_session",
    "restore_session",
    "export_schedule",
    "get_reminder_settings",
    "set_reminder_settings",
    "get_reminder_status",
    "pause_reminders",
    "snooze_reminder",
    "dismiss_reminder",
    "get_autostart",
    "set_autostart",
    "app_ready",
    "get_journal_vocabulary",
    "recent_triggers",
    "list_tags",
    "create_moment",
    "update_moment",
    "get_moment",
    "create_checkin",
    "update_checkin",
    "get_checkin",
    "create_note",
    "update_note",
    "get_note",
    "delete_entry",
    "restore_entry",
    "set_entry_flags",
    "set_entry_tags",
    "get_entry_meta",
    "get_timeline",
    "search_journal",
    "get_insights",
    "get_measure_forms",
    "save_measure",
    "get_measure_history",
    "delete_measure",
    "restore_measure",
    "get_safety_plan",
    "save_safety_plan",
    "use_region_crisis_lines",
    "get_crisis_help",
    "list_regions",
    "set_region",
    "get_brief",
    "save_brief_prep",
    "export_brief",
    "get_lock_status",
    "unlock",
    "unlock_with_login",
    "create_journal",
    "use_login",
    "get_recovery_key",
    "unlock_with_recovery_key",
    "lock_now",
    "set_passphrase",
    "forget_previous_copy",
    "set_lock_settings",
    "still_here",
    "list_backups",
    "create_backup",
    "restore_backup",
    "preview_import_from",
    "import_from",
];

/// Release builds of the app on a glibc that understands `DT_RELR` (2.36,
/// Debian 12) link with packed relative relocations: the binary's 1.1 MB of
/// `R_X86_64_RELATIVE` entries (pointers in vtables and string tables that
/// must be moved at load for ASLR) become 20 KB of bitmaps, which is what
/// keeps the release binary under 10 MB (`docs/benchmarks.md`). Only the
/// app binary, only in release: tests and debug builds link as before, and
/// a build on an older glibc (e.g. Ubuntu 22.04 in CI) leaves it off,
/// since the result would not start there.
fn packed_relocations() {
    let target = std::env::var("TARGET").unwrap_or_default();
    let release = std::env::var("PROFILE").is_ok_and(|p| p == "release");
    if !release || !target.ends_with("-linux-gnu") {
        return;
    }
    let glibc = std::process::Command::new("getconf")
        .arg("GNU_LIBC_VERSION")
        .output()
        .ok()
        .and_then(|out| String::from_utf8(out.stdout).ok())
        .and_then(|text| {
            let version = text.trim().strip_prefix("glibc ")?.to_owned();
            let mut parts = version.split('.').map(|p| p.parse::<u32>().ok());
            Some((parts.next()??, parts.next()??))
        });
    if glibc.is_some_and(|v| v >= (2, 36)) {
        println!("cargo:rustc-link-arg-bins=-Wl,-z,pack-relative-relocs");
    }
}

fn main() {
    packed_relocations();
    // Runs at build time only: a broken config should stop the build loudly.
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS)),
    )
    .expect("tauri build script: check tauri.conf.json and capabilities/");
}
