//! The reminder timer: one thread that sleeps until the next reminder is
//! due, shows it, and sleeps again.
//!
//! What is due and when is decided in core (`reminders.rs`,
//! `reminder_log.rs`); this module only waits and shows. There is no
//! polling loop: the thread sleeps until the next thing it has to do (a
//! reminder, a snooze or a pause ending, the journal locking itself) on
//! the wall clock, and a resume or a clock change wakes it early
//! (`wall_wait.rs`). Changing a rule or a setting wakes it at once.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, PoisonError};
use std::time::Duration;

use chrono::{DateTime, Utc};
use interlude_core::schedule::reminders::PauseFor;
use interlude_core::schedule::reminders::{Due, ReminderKind};
use interlude_core::Result;
use serde::Serialize;
use tauri::{AppHandle, Emitter, Manager, Runtime};

use crate::notifier::{self, Answer};
use crate::settings;
use crate::state::AppExt;
use crate::wall_wait::WallWait;
use crate::windows;

/// How long "Snooze" puts a reminder off.
pub const SNOOZE_MINUTES: i64 = 10;

/// The timer's shared state, managed by the app.
#[derive(Debug, Default)]
pub struct Scheduler {
    wait: WallWait,
    snoozed: Mutex<Vec<Due>>,
    banner: Mutex<Option<Due>>,
    next: Mutex<Option<Due>>,
    notifications_failed: AtomicBool,
    failure_logged: AtomicBool,
    /// The tray tooltip last set, so an unchanged one isn't sent again
    /// (each update is a round trip to the main thread).
    pub(crate) tooltip: Mutex<String>,
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

/// What the UI and the tray show about reminders.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ReminderStatus {
    pub paused_until: Option<chrono::DateTime<Utc>>,
    pub next: Option<NextReminder>,
    pub notifications_working: bool,
    pub banner: Option<Banner>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct NextReminder {
    pub at: chrono::DateTime<chrono::FixedOffset>,
    pub kind: ReminderKind,
    pub title: String,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Banner {
    pub key: String,
    pub title: String,
    pub body: String,
}

impl Scheduler {
    /// Wakes the timer to recompute now (a rule or setting changed).
    pub fn wake(&self) {
        self.wait.wake();
    }

    /// Puts a reminder off for [`SNOOZE_MINUTES`] (or `minutes`).
    pub fn snooze(&self, mut due: Due, minutes: i64, now: DateTime<Utc>) {
        due.at = now + chrono::Duration::minutes(minutes);
        lock(&self.snoozed).retain(|d| d.key != due.key);
        lock(&self.snoozed).push(due);
        self.wake();
    }

    pub fn banner(&self) -> Option<Due> {
        lock(&self.banner).clone()
    }

    pub fn dismiss_banner(&self, key: &str) {
        let mut banner = lock(&self.banner);
        if banner.as_ref().is_some_and(|b| b.key == key) {
            *banner = None;
        }
    }

    pub fn status(
        &self,
        paused_until: Option<chrono::DateTime<Utc>>,
        zone: chrono_tz::Tz,
    ) -> ReminderStatus {
        ReminderStatus {
            paused_until,
            next: lock(&self.next).as_ref().map(|d| NextReminder {
                at: d.at.with_timezone(&zone).fixed_offset(),
                kind: d.kind,
                title: d.title.clone(),
            }),
            notifications_working: !self.notifications_failed.load(Ordering::Relaxed),
            banner: self.banner().map(|d| Banner {
                key: d.key,
                title: d.title,
                body: d.body,
            }),
        }
    }

    fn take_snoozed_due(&self, now: chrono::DateTime<Utc>) -> Vec<Due> {
        let mut snoozed = lock(&self.snoozed);
        let (due, later): (Vec<Due>, Vec<Due>) = snoozed.drain(..).partition(|d| d.at <= now);
        *snoozed = later;
        due
    }

    fn earliest_snooze(&self) -> Option<chrono::DateTime<Utc>> {
        lock(&self.snoozed).iter().map(|d| d.at).min()
    }
}

/// Starts the timer thread for the desktop app.
pub fn start<R: Runtime>(app: AppHandle<R>) {
    let spawned = std::thread::Builder::new()
        .name("interlude-reminders".into())
        .spawn(move || loop {
            let scheduler = app.state::<Scheduler>();
            let wait = match tick(&app) {
                Ok(wait) => wait,
                Err(e) => {
                    // The journal may be sealed (unlocking it wakes the
                    // timer) or unavailable for a moment; look again after
                    // the usual interval. Sealed is expected, not worth a
                    // line each time.
                    if !matches!(e, interlude_core::Error::Locked) {
                        eprintln!("interlude: reminders: {e}");
                    }
                    scheduler.wait.longest()
                }
            };
            scheduler.wait.sleep(wait);
        });
    if let Err(e) = spawned {
        eprintln!("interlude: reminders couldn't start: {e}");
    }
}

/// Shows whatever is due and returns how long to sleep.
fn tick<R: Runtime>(app: &AppHandle<R>) -> Result<Duration> {
    crate::lock::auto_lock_if_idle(app);
    let scheduler = app.state::<Scheduler>();
    let reminder_settings = settings::reminders(app)?;
    let now = app.interlude().now();
    let paused = settings::paused_until(app)?.filter(|p| *p > now);
    let zone = interlude_cli::system::system_zone();
    let (due, next, db_now) = {
        let mut db = app.interlude().db_in_background()?;
        let due = db.take_due_reminders(&reminder_settings, zone, paused)?;
        let db_now = db.now().with_timezone(&Utc);
        let next = db
            .next_reminders(&reminder_settings, zone, paused, db_now, 1)?
            .pop();
        (due, next, db_now)
    };
    for d in due.into_iter().chain(scheduler.take_snoozed_due(now)) {
        deliver(app, d);
    }
    let changed = {
        let mut current = lock(&scheduler.next);
        let changed = current.as_ref().map(|d| &d.key) != next.as_ref().map(|d| &d.key);
        current.clone_from(&next);
        changed
    };
    if changed {
        let _ = app.emit(crate::events::REMINDERS_CHANGED, ());
    }
    crate::tray::refresh(app);
    // After the reminders, so a backup never makes one late.
    crate::housekeeping::tick(app);
    let until = |at: DateTime<Utc>, from: DateTime<Utc>| (at - from).to_std().unwrap_or_default();
    let wait = [
        next.map(|d| until(d.at, db_now)),
        scheduler.earliest_snooze().map(|at| until(at, now)),
        // The tray says "paused until…" up to that moment.
        paused.map(|p| until(p, now)),
        crate::lock::auto_lock_in(app),
    ]
    .into_iter()
    .flatten()
    .min()
    .unwrap_or(scheduler.wait.longest());
    // Just past the moment, so the next look finds it due.
    Ok(wait + Duration::from_millis(20))
}

/// Shows one reminder: the reflection window for a session that ended, and
/// a notification (or, if none can be shown, an in-app banner).
pub fn deliver<R: Runtime>(app: &AppHandle<R>, due: Due) {
    // A locked app doesn't put what the person wrote on the screen, unless
    // they said it may.
    let due = if app.interlude().window_locked()
        && !settings::lock(app).is_ok_and(|s| s.notifications_show_text)
    {
        due.without_private_text()
    } else {
        due
    };
    if due.kind == ReminderKind::SessionEnd {
        let _ = windows::offer_reflection(app);
    }
    let scheduler = app.state::<Scheduler>();
    let answer_app = app.clone();
    let answered = due.clone();
    let shown = notifier::show(&due, move |answer| {
        on_answer(&answer_app, &answered, answer);
    });
    if shown {
        scheduler
            .notifications_failed
            .store(false, Ordering::Relaxed);
        return;
    }
    scheduler
        .notifications_failed
        .store(true, Ordering::Relaxed);
    if !scheduler.failure_logged.swap(true, Ordering::Relaxed) {
        eprintln!("interlude: no notification service answered; showing reminders in the app");
    }
    *lock(&scheduler.banner) = Some(due);
    let _ = app.emit(crate::events::REMINDERS_CHANGED, ());
}

fn on_answer<R: Runtime>(app: &AppHandle<R>, due: &Due, answer: Answer) {
    match answer {
        Answer::Snooze => {
            app.state::<Scheduler>()
                .snooze(due.clone(), SNOOZE_MINUTES, app.interlude().now());
        }
        Answer::Done => {
            if let Some(plan_id) = due.plan_id {
                let done = app
                    .interlude()
                    .db_in_background()
                    .and_then(|mut db| db.record_practice(plan_id));
                if done.is_ok() {
                    // As after any save: the windows redraw, sync sends the
                    // practice, and the timer looks again (today's later
                    // reminders for the plan may be moot now).
                    crate::commands::journal_changed(app);
                }
            }
        }
        Answer::Open => {
            let _ = match due.kind {
                ReminderKind::SessionEnd => windows::open_reflection(app, None),
                ReminderKind::Plan | ReminderKind::Bell => windows::show_main_at(app, "#practice"),
                ReminderKind::BriefNudge => windows::show_main_at(app, "#brief"),
                ReminderKind::Questionnaire => windows::show_main_at(app, "#measures"),
            };
        }
    }
}

/// Pauses reminders (for an hour, until tomorrow morning) or resumes them,
/// on the app's clock, and wakes the timer to follow.
pub fn pause<R: Runtime>(app: &AppHandle<R>, how_long: PauseFor) -> Result<()> {
    let until = how_long.until(app.interlude().now(), interlude_cli::system::system_zone());
    settings::set_paused_until(app, until)?;
    app.state::<Scheduler>().wake();
    Ok(())
}
