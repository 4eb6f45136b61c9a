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
];

fn main() {
    // Runs at build time only: a broken config should stop the build loudly.
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS)),
    )
    .expect("tauri build script: check tauri.conf.json and capabilities/");
}
