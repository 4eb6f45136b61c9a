//! Interlude's desktop shell: windows, commands and the app's lifecycle.
//!
//! Everything about the journal itself lives in `interlude-core`; this
//! crate adapts it to Tauri. [`builder`] is generic over the runtime, so the
//! very same app runs under `tauri::test`'s mock runtime in tests.

#![forbid(unsafe_code)]

pub mod args;
pub mod commands;
pub mod events;
pub mod export;
pub mod housekeeping;
pub mod journal_watch;
pub mod lock;
pub mod lock_guard;
pub mod notifier;
pub mod person_prefs;
pub mod plan_copy;
pub mod scheduler;
pub mod settings;
#[cfg(target_os = "linux")]
pub mod single_instance;
pub mod state;
pub mod sync;
pub mod system_theme;
#[cfg(feature = "e2e-clock")]
pub mod test_clock;
pub mod tray;
pub mod tray_host;
pub mod wall_wait;
pub mod windows;

use std::path::PathBuf;
use std::sync::Arc;

use tauri::{Builder, Runtime};

pub use state::AppState;

include!("command_list.rs");

/// The app on top of `base` (`Builder::default()` for the desktop,
/// `tauri::test::mock_builder()` in tests): plugins, state and commands.
// One line per command: splitting the list would only hide it.
#[allow(clippy::too_many_lines)]
pub fn builder<R: Runtime>(base: Builder<R>, state: AppState) -> Builder<R> {
    let handler = handler_of::<R, _>(tauri::generate_handler![
        commands::app::get_home,
        commands::reflection::list_reflections,
        commands::reflection::get_reflection,
        commands::reflection::create_reflection,
        commands::reflection::update_reflection,
        commands::reflection::list_reflection_questions,
        commands::reflection::stop_reflection_question,
        commands::reflection::get_draft,
        commands::reflection::save_draft,
        commands::reflection::discard_draft,
        commands::reflection::get_feeling_words,
        commands::reflection::open_reflection_window,
        commands::app::show_main_window,
        commands::app::get_settings,
        commands::app::set_settings,
        commands::app::get_language,
        commands::app::set_language,
        commands::app::get_tray_status,
        commands::app::answer_close,
        commands::app::quit_app,
        commands::app::get_app_info,
        commands::app::export_journal,
        commands::app::import_journal,
        commands::practice::get_today,
        commands::practice::list_plans,
        commands::practice::get_plan,
        commands::practice::preview_plan,
        commands::practice::create_plan,
        commands::practice::update_plan,
        commands::practice::set_plan_status,
        commands::practice::log_plan,
        commands::practice::clear_plan_log,
        commands::practice::record_practice,
        commands::practice::save_compassion_break,
        commands::practice::list_compassion_breaks,
        commands::experiment::list_experiments,
        commands::experiment::get_experiment,
        commands::experiment::create_experiment,
        commands::experiment::update_experiment,
        commands::experiment::delete_experiment,
        commands::experiment::restore_experiment,
        commands::activation::list_values,
        commands::activation::create_value,
        commands::activation::update_value,
        commands::activation::delete_value,
        commands::activation::restore_value,
        commands::activation::list_activities,
        commands::activation::get_activity,
        commands::activation::create_activity,
        commands::activation::update_activity,
        commands::activation::delete_activity,
        commands::activation::restore_activity,
        commands::activation::get_activity_insights,
        commands::homework::preview_homework,
        commands::homework::import_homework,
        commands::homework::list_measure_requests,
        commands::homework::stop_measure_request,
        commands::reminders::get_schedule,
        commands::reminders::set_schedule,
        commands::reminders::clear_schedule,
        commands::reminders::preview_schedule,
        commands::reminders::move_session,
        commands::reminders::cancel_session,
        commands::reminders::restore_session,
        commands::reminders::export_schedule,
        commands::reminders::get_reminder_settings,
        commands::reminders::set_reminder_settings,
        commands::reminders::get_reminder_status,
        commands::reminders::pause_reminders,
        commands::reminders::snooze_reminder,
        commands::reminders::dismiss_reminder,
        commands::app::get_autostart,
        commands::app::set_autostart,
        commands::app::app_ready,
        commands::journal::get_journal_vocabulary,
        commands::journal::recent_triggers,
        commands::journal::list_tags,
        commands::journal::create_moment,
        commands::journal::update_moment,
        commands::journal::get_moment,
        commands::journal::create_checkin,
        commands::journal::update_checkin,
        commands::journal::get_checkin,
        commands::journal::create_note,
        commands::journal::update_note,
        commands::journal::get_note,
        commands::journal::delete_entry,
        commands::journal::restore_entry,
        commands::journal::set_entry_flags,
        commands::journal::set_entry_tags,
        commands::journal::get_entry_meta,
        commands::journal::get_timeline,
        commands::journal::search_journal,
        commands::journal::get_insights,
        commands::therapy::get_measure_forms,
        commands::therapy::save_measure,
        commands::therapy::get_measure_history,
        commands::therapy::delete_measure,
        commands::therapy::restore_measure,
        commands::therapy::get_safety_plan,
        commands::therapy::save_safety_plan,
        commands::therapy::use_region_crisis_lines,
        commands::crisis::get_crisis_help,
        commands::crisis::list_regions,
        commands::crisis::set_region,
        commands::therapy::get_brief,
        commands::therapy::save_brief_prep,
        commands::therapy::export_brief,
        commands::therapy::export_measures_fhir,
        commands::lock::get_lock_status,
        commands::lock::unlock,
        commands::lock::unlock_with_login,
        commands::lock::create_journal,
        commands::lock::use_login,
        commands::lock::get_recovery_key,
        commands::lock::unlock_with_recovery_key,
        commands::lock::lock_now,
        commands::lock::set_passphrase,
        commands::lock::forget_previous_copy,
        commands::lock::set_lock_settings,
        commands::lock::still_here,
        commands::lock::keep_journal_plain,
        commands::backup::list_backups,
        commands::backup::create_backup,
        commands::backup::restore_backup,
        commands::import::preview_import_from,
        commands::import::import_from,
        commands::sync::sync_status,
        commands::sync::sync_folder_suggestions,
        commands::sync::sync_start,
        commands::sync::sync_join,
        commands::sync::sync_now,
        commands::sync::sync_stop,
        commands::sync::sync_conflicts,
        commands::sync::sync_resolve,
    ]);
    base.plugin(tauri_plugin_store::Builder::new().build())
        .manage(state)
        .manage(scheduler::Scheduler::default())
        .manage(housekeeping::Housekeeping::default())
        .manage(sync::SyncLoop::default())
        .manage(tray_host::TrayHost::new())
        .on_window_event(windows::on_window_event)
        .invoke_handler(move |invoke| {
            if lock_guard::refused(&invoke) {
                invoke.resolver.reject(interlude_core::Error::Locked);
                return true;
            }
            handler(invoke)
        })
}

/// Names the handler's runtime, which `generate_handler!` alone leaves for
/// the compiler to guess.
fn handler_of<R: Runtime, F: Fn(tauri::ipc::Invoke<R>) -> bool>(handler: F) -> F {
    handler
}

/// The real clock; end-to-end test builds use one they can move.
fn clock(data_dir: &std::path::Path) -> Arc<dyn interlude_core::Clock> {
    #[cfg(feature = "e2e-clock")]
    return Arc::new(test_clock::OffsetFileClock::new(data_dir));
    #[cfg(not(feature = "e2e-clock"))]
    {
        let _ = data_dir;
        Arc::new(interlude_core::SystemClock)
    }
}

/// The app's embedded config, UI assets and capabilities. Generic so tests
/// build the mock app with the very same permissions as the real one.
pub fn context<R: Runtime>() -> tauri::Context<R> {
    tauri::generate_context!()
}

/// Starts the desktop app on the journal in `data_dir`.
///
/// A journal that can't be opened does not stop the app: the window opens
/// and explains what is wrong (see [`AppState`]).
pub fn run(data_dir: PathBuf, minimized: bool) -> std::process::ExitCode {
    // Our pages are forms and text with small CSS transitions. WebKitGTK's
    // accelerated compositing gives its web process a GL context (software
    // rendered where there is no GPU) that cost ~80 MB of memory for nothing
    // visible here (`make bench`: 302 MB with the window open, 226 MB
    // without). WebKitGTK reads this once, at start; set here, on the main
    // thread before any other exists, and never over the person's own choice.
    #[cfg(target_os = "linux")]
    if std::env::var_os("WEBKIT_DISABLE_COMPOSITING_MODE").is_none() {
        std::env::set_var("WEBKIT_DISABLE_COMPOSITING_MODE", "1");
    }
    // One Interlude at a time: a second launch brings the first forward
    // and ends here, before the journal, GTK or WebKit are touched.
    #[cfg(target_os = "linux")]
    let mut owner = match single_instance::claim() {
        single_instance::Claim::First(owner) => Some(owner),
        single_instance::Claim::Forwarded => return std::process::ExitCode::SUCCESS,
        single_instance::Claim::Unanswered(why) => {
            eprintln!("interlude: Interlude is already running but didn't answer: {why}");
            return std::process::ExitCode::FAILURE;
        }
        single_instance::Claim::NoBus => None,
    };
    let clock = clock(&data_dir);
    let state = AppState::starting(data_dir, clock);
    let base = Builder::default();
    // Elsewhere the plugin does it, registered first, before anything else
    // can start.
    #[cfg(not(target_os = "linux"))]
    let base = base.plugin(tauri_plugin_single_instance::init(|app, _args, _cwd| {
        let _ = windows::show_main(app);
    }));
    let base = base.plugin(tauri_plugin_autostart::init(
        tauri_plugin_autostart::MacosLauncher::LaunchAgent,
        Some(vec!["--minimized"]),
    ));
    let app = builder(base, state)
        // The tray, the reminder timer and the first window belong to the
        // desktop app only, never to the mock app in tests.
        .setup(move |app| {
            // The language the tray, notifications and errors speak, before
            // the first of them is made.
            interlude_core::i18n::set_current(settings::language(app.handle()));
            #[cfg(target_os = "linux")]
            if let Some(owner) = owner.take() {
                owner.serve(app.handle());
            }
            tray::create(app.handle())?;
            tray_host::watch(app.handle());
            system_theme::watch(app.handle());
            // A key the login keeps is fetched off the start-up path.
            let handle = app.handle().clone();
            std::thread::spawn(move || lock::open_with_login(&handle));
            scheduler::start(app.handle().clone());
            sync::start(app.handle());
            journal_watch::start(app.handle());
            if !minimized {
                windows::show_main(app.handle())?;
            }
            Ok(())
        })
        .build(context());
    match app {
        Ok(app) => {
            app.run(|_app, event| {
                // Closing the last window keeps Interlude in the tray (its
                // webview is gone, so it costs little); Quit exits with a code.
                if let tauri::RunEvent::ExitRequested {
                    api, code: None, ..
                } = event
                {
                    api.prevent_exit();
                }
            });
            std::process::ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("interlude: the desktop app couldn't start: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}
