//! What is due, and when: the reminder rules as pure functions of the
//! settings, the schedule, the plans and a moment in time.
//!
//! The shell owns *waiting* (a timer task) and *showing* (notifications,
//! windows); this module owns *what* and *when*, so every rule is tested
//! with a fake clock. Four kinds of reminder:
//! - after a session ends (plus a delay), the reflection window;
//! - the evening before a session, a nudge to look back over the week;
//! - a plan's usual time, its practice;
//! - mindfulness bells, every N minutes or K random moments a day;
//! - if asked for, the PHQ-9 / GAD-7 check-in: the evening before each
//!   session, or every two weeks.
//!
//! Quiet hours and a pause silence plan reminders and bells; the
//! after-session reflection and the evening nudge are not lost but moved to
//! when the quiet ends. All times are wall-clock times in the person's zone
//! (`recurrence::resolve_local` handles daylight saving).

use crate::i18n::{text, Arg};
use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveTime, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::practice::plan::{Frequency, Plan, PlanStatus};
use crate::schedule::recurrence::resolve_local;
use crate::schedule::sessions::{SessionStatus, StoredSchedule};

/// How long the person asked reminders to wait: from the tray, Settings or
/// the Reminders page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum PauseFor {
    Hour,
    /// Until 07:00 tomorrow, local time.
    Tomorrow,
    Resume,
}

impl PauseFor {
    /// Until when reminders wait, counted from `now` in `zone`; `None`
    /// resumes them. "Tomorrow" is 07:00 on the next calendar day in the
    /// zone, so it stays 07:00 across a daylight-saving change (plain
    /// local-time arithmetic would land an hour off).
    pub fn until(self, now: DateTime<Utc>, zone: Tz) -> Option<DateTime<Utc>> {
        match self {
            PauseFor::Hour => Some(now + Duration::hours(1)),
            PauseFor::Tomorrow => {
                let tomorrow = now.with_timezone(&zone).date_naive().succ_opt()?;
                let seven = tomorrow.and_time(NaiveTime::from_hms_opt(7, 0, 0)?);
                Some(resolve_local(zone, seven).with_timezone(&Utc))
            }
            PauseFor::Resume => None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum BellMode {
    Off,
    Interval,
    Random,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default, deny_unknown_fields)]
pub struct Bells {
    pub mode: BellMode,
    pub every_minutes: u32,
    pub per_day: u32,
    pub from: String,
    pub until: String,
}

impl Default for Bells {
    fn default() -> Self {
        Self {
            mode: BellMode::Off,
            every_minutes: 90,
            per_day: 3,
            from: "09:00".into(),
            until: "18:00".into(),
        }
    }
}

/// When to offer the PHQ-9 / GAD-7 check-in.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum QuestionnaireReminder {
    #[default]
    Off,
    /// The evening before each session, at the nudge time.
    BeforeSession,
    /// Two weeks after the last one filled in (or every other Monday
    /// until there is one), at the nudge time.
    Fortnightly,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default, deny_unknown_fields)]
pub struct QuietHours {
    pub enabled: bool,
    pub from: String,
    pub until: String,
}

impl Default for QuietHours {
    fn default() -> Self {
        Self {
            enabled: true,
            from: "22:00".into(),
            until: "07:00".into(),
        }
    }
}

/// The person's reminder preferences (kept in the settings store). Each
/// flag is an independent choice the settings screen shows as a checkbox.
#[allow(clippy::struct_excessive_bools)]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default, deny_unknown_fields)]
pub struct ReminderSettings {
    pub reflect_after_session: bool,
    pub reflect_delay_minutes: u32,
    pub brief_nudge: bool,
    /// On the evening before a session.
    pub brief_nudge_time: String,
    pub plan_reminders: bool,
    pub questionnaires: QuestionnaireReminder,
    pub bells: Bells,
    pub quiet_hours: QuietHours,
    /// Whether notifications may show a plan's own words.
    pub show_private_text: bool,
}

impl Default for ReminderSettings {
    fn default() -> Self {
        Self {
            reflect_after_session: true,
            reflect_delay_minutes: 5,
            brief_nudge: true,
            brief_nudge_time: "19:00".into(),
            plan_reminders: true,
            questionnaires: QuestionnaireReminder::Off,
            bells: Bells::default(),
            quiet_hours: QuietHours::default(),
            show_private_text: false,
        }
    }
}

/// The longest wait after a session before the reflection window, in minutes.
const MAX_DELAY_MINUTES: u32 = 120;
/// How far apart bells in a steady rhythm can be, in minutes.
const MIN_BELL_MINUTES: u32 = 15;
const MAX_BELL_MINUTES: u32 = 240;
/// The most bells at random moments in a day.
const MAX_BELLS_PER_DAY: u32 = 12;

/// A time of day from Settings; `field_id` is the Fluent id of the
/// setting's name ("Evening nudge"), for the message when it isn't a time.
fn time(value: &str, field_id: &str) -> Result<NaiveTime> {
    NaiveTime::parse_from_str(value.trim(), "%H:%M").map_err(|_| {
        let field = text(field_id, &[]);
        Error::invalid(text(
            "error-schedule-not-a-time",
            &[("field", field.as_str().into()), ("value", value.into())],
        ))
    })
}

/// Minutes since midnight, for comparing times of day.
fn minute_of_day(t: NaiveTime) -> u32 {
    t.num_seconds_from_midnight() / 60
}

use chrono::Timelike;

/// Whether `t` falls in the window `[from, until)`, which may wrap
/// midnight (22:00–07:00).
fn in_window(t: NaiveTime, from: NaiveTime, until: NaiveTime) -> bool {
    let (t, from, until) = (minute_of_day(t), minute_of_day(from), minute_of_day(until));
    if from <= until {
        t >= from && t < until
    } else {
        t >= from || t < until
    }
}

impl ReminderSettings {
    /// Refuses impossible rules, naming the field.
    pub fn validated(self) -> Result<Self> {
        if self.reflect_delay_minutes > MAX_DELAY_MINUTES {
            return Err(Error::invalid(text(
                "error-schedule-delay",
                &[("max", MAX_DELAY_MINUTES.into())],
            )));
        }
        time(&self.brief_nudge_time, "error-schedule-field-evening-nudge")?;
        let quiet_from = time(&self.quiet_hours.from, "error-schedule-field-quiet-start")?;
        let quiet_until = time(&self.quiet_hours.until, "error-schedule-field-quiet-end")?;
        if self.quiet_hours.enabled && quiet_from == quiet_until {
            return Err(Error::invalid(text("error-schedule-quiet-whole-day", &[])));
        }
        let bells = &self.bells;
        let from = time(&bells.from, "error-schedule-field-bells-from")?;
        let until = time(&bells.until, "error-schedule-field-bells-until")?;
        if bells.mode != BellMode::Off {
            if from == until {
                return Err(Error::invalid(text("error-schedule-bells-no-window", &[])));
            }
            if bells.mode == BellMode::Interval
                && !(MIN_BELL_MINUTES..=MAX_BELL_MINUTES).contains(&bells.every_minutes)
            {
                return Err(Error::invalid(text(
                    "error-schedule-bells-every",
                    &[
                        ("min", MIN_BELL_MINUTES.into()),
                        ("max", MAX_BELL_MINUTES.into()),
                    ],
                )));
            }
            if bells.mode == BellMode::Random && !(1..=MAX_BELLS_PER_DAY).contains(&bells.per_day) {
                return Err(Error::invalid(text(
                    "error-schedule-bells-per-day",
                    &[("max", MAX_BELLS_PER_DAY.into())],
                )));
            }
            let quiet_all_window = self.quiet_hours.enabled
                && in_window(from, quiet_from, quiet_until)
                && (0..1440)
                    .step_by(5)
                    .filter_map(|m| NaiveTime::from_hms_opt(m / 60, m % 60, 0))
                    .filter(|t| in_window(*t, from, until))
                    .all(|t| in_window(t, quiet_from, quiet_until));
            if quiet_all_window {
                return Err(Error::invalid(text("error-schedule-bells-all-quiet", &[])));
            }
        }
        Ok(self)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum ReminderKind {
    SessionEnd,
    BriefNudge,
    Plan,
    Bell,
    Questionnaire,
}

/// One reminder due at a moment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Due {
    /// Stable identity: fired once, never twice.
    pub key: String,
    pub at: DateTime<Utc>,
    pub kind: ReminderKind,
    pub title: String,
    pub body: String,
    pub plan_id: Option<i64>,
}

impl Due {
    /// The same reminder with nothing the person wrote in it: what a locked
    /// app shows, so a notification on the screen says that something is
    /// due but not what their plan or bell line says. Session, brief and
    /// questionnaire reminders are fixed text already.
    #[must_use]
    pub fn without_private_text(mut self) -> Self {
        match self.kind {
            ReminderKind::Plan => {
                "Your plan for today is here whenever you're ready.".clone_into(&mut self.body);
            }
            ReminderKind::Bell => {
                "A pause to breathe, if now is a good moment.".clone_into(&mut self.body);
            }
            ReminderKind::SessionEnd | ReminderKind::BriefNudge | ReminderKind::Questionnaire => {}
        }
        self
    }
}

/// Everything the rules need, borrowed from the journal and the settings.
#[derive(Debug)]
pub struct Planner<'a> {
    pub settings: &'a ReminderSettings,
    pub zone: Tz,
    pub schedule: Option<&'a StoredSchedule>,
    pub plans: &'a [Plan],
    /// This week's focus, for bell lines (shown only when private text is allowed).
    pub focus: Option<&'a str>,
    pub paused_until: Option<DateTime<Utc>>,
    /// When a PHQ-9 or GAD-7 was last completed.
    pub last_questionnaire: Option<DateTime<Utc>>,
}

fn questionnaire_due(key: String, at: DateTime<Utc>) -> Due {
    Due {
        key,
        at,
        kind: ReminderKind::Questionnaire,
        title: text("reminder-questionnaire", &[]),
        body: text("reminder-questionnaire.body", &[]),
        plan_id: None,
    }
}

/// The bell's lines (in desktop.ftl), one per bell, in turn.
const BELL_LINES: &[&str] = &[
    "bell-line-1",
    "bell-line-2",
    "bell-line-3",
    "bell-line-4",
    "bell-line-5",
];

impl Planner<'_> {
    /// Every reminder due in `(from, to]`, in time order, after quiet
    /// hours and any pause are applied.
    pub fn dues_between(&self, from: DateTime<Utc>, to: DateTime<Utc>) -> Result<Vec<Due>> {
        let mut raw = Vec::new();
        // Whole local days around the interval, so windows crossing
        // midnight or moved by quiet hours are seen.
        let first = from.with_timezone(&self.zone).date_naive() - Duration::days(1);
        let last = to.with_timezone(&self.zone).date_naive() + Duration::days(1);
        self.session_dues(from - Duration::days(2), to + Duration::days(2), &mut raw)?;
        let mut day = first;
        while day <= last {
            self.plan_dues(day, &mut raw);
            self.bell_dues(day, &mut raw)?;
            self.fortnightly_dues(day, &mut raw)?;
            day = day.succ_opt().unwrap_or(day);
            if day == NaiveDate::MAX {
                break;
            }
        }
        let mut out: Vec<Due> = raw
            .into_iter()
            .filter_map(|d| self.apply_quiet_and_pause(d))
            .filter(|d| d.at > from && d.at <= to)
            .collect();
        out.sort_by(|a, b| a.at.cmp(&b.at).then_with(|| a.key.cmp(&b.key)));
        out.dedup_by(|a, b| a.key == b.key);
        Ok(out)
    }

    /// The next `count` reminders after `after`, looking up to 60 days ahead.
    pub fn next_after(&self, after: DateTime<Utc>, count: usize) -> Result<Vec<Due>> {
        let mut out = Vec::new();
        let mut from = after;
        for _ in 0..60 {
            let to = from + Duration::days(1);
            for due in self.dues_between(from, to)? {
                if out.len() < count {
                    out.push(due);
                }
            }
            if out.len() >= count {
                break;
            }
            from = to;
        }
        Ok(out)
    }

    fn session_dues(
        &self,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
        out: &mut Vec<Due>,
    ) -> Result<()> {
        let Some(schedule) = self.schedule else {
            return Ok(());
        };
        for session in schedule.sessions_between(from, to)? {
            if session.status == SessionStatus::Cancelled {
                continue;
            }
            if self.settings.reflect_after_session {
                let delay = Duration::minutes(i64::from(self.settings.reflect_delay_minutes));
                out.push(Due {
                    key: format!("session-end:{}", session.occurrence),
                    at: (session.end + delay).with_timezone(&Utc),
                    kind: ReminderKind::SessionEnd,
                    title: text("reminder-session-end", &[]),
                    body: text("reminder-session-end.body", &[]),
                    plan_id: None,
                });
            }
            if self.settings.brief_nudge {
                let nudge = time(
                    &self.settings.brief_nudge_time,
                    "error-schedule-field-evening-nudge",
                )?;
                let eve = session.start.with_timezone(&self.zone).date_naive() - Duration::days(1);
                let at = resolve_local(self.zone, eve.and_time(nudge)).with_timezone(&Utc);
                if at < session.start.with_timezone(&Utc) {
                    out.push(Due {
                        key: format!("brief:{}", session.occurrence),
                        at,
                        kind: ReminderKind::BriefNudge,
                        title: text("reminder-brief", &[]),
                        body: text("reminder-brief.body", &[]),
                        plan_id: None,
                    });
                }
            }
            if self.settings.questionnaires == QuestionnaireReminder::BeforeSession {
                let at =
                    self.evening_before(session.start.with_timezone(&self.zone).date_naive())?;
                if at < session.start.with_timezone(&Utc) {
                    out.push(questionnaire_due(
                        format!("questionnaire:{}", session.occurrence),
                        at,
                    ));
                }
            }
        }
        Ok(())
    }

    /// The nudge time on the evening before `day`.
    fn evening_before(&self, day: NaiveDate) -> Result<DateTime<Utc>> {
        let nudge = time(
            &self.settings.brief_nudge_time,
            "error-schedule-field-evening-nudge",
        )?;
        Ok(resolve_local(self.zone, (day - Duration::days(1)).and_time(nudge)).with_timezone(&Utc))
    }

    /// The fortnightly check-in: due two weeks after the last one (every
    /// other Monday while there is none), at the nudge time.
    fn fortnightly_dues(&self, day: NaiveDate, out: &mut Vec<Due>) -> Result<()> {
        if self.settings.questionnaires != QuestionnaireReminder::Fortnightly {
            return Ok(());
        }
        let due_day = if let Some(last) = self.last_questionnaire {
            last.with_timezone(&self.zone).date_naive() + Duration::days(14) == day
        } else {
            // A fixed Monday anchors "every other Monday".
            let anchor = NaiveDate::from_ymd_opt(2026, 1, 5).unwrap_or(NaiveDate::MIN);
            (day - anchor).num_days().rem_euclid(14) == 0
        };
        if due_day {
            let nudge = time(
                &self.settings.brief_nudge_time,
                "error-schedule-field-evening-nudge",
            )?;
            let at = resolve_local(self.zone, day.and_time(nudge)).with_timezone(&Utc);
            out.push(questionnaire_due(format!("questionnaire:{day}"), at));
        }
        Ok(())
    }

    fn plan_dues(&self, day: NaiveDate, out: &mut Vec<Due>) {
        if !self.settings.plan_reminders {
            return;
        }
        for plan in self.plans {
            let Some(at) = plan
                .cue_time
                .as_deref()
                .and_then(|t| NaiveTime::parse_from_str(t, "%H:%M").ok())
            else {
                continue;
            };
            let in_dates = day >= plan.start_date && plan.end_date.is_none_or(|end| day <= end);
            let on_day = match plan.frequency {
                Frequency::Weekdays { .. } => plan.frequency.may_happen_on(day),
                _ => true,
            };
            if plan.status != PlanStatus::Active || !in_dates || !on_day {
                continue;
            }
            out.push(Due {
                key: format!("plan:{}:{day}", plan.id),
                at: resolve_local(self.zone, day.and_time(at)).with_timezone(&Utc),
                kind: ReminderKind::Plan,
                title: text("reminder-plan", &[]),
                body: if self.settings.show_private_text {
                    plan.sentence.clone()
                } else {
                    text("reminder-plan.body", &[])
                },
                plan_id: Some(plan.id),
            });
        }
    }

    fn bell_dues(&self, day: NaiveDate, out: &mut Vec<Due>) -> Result<()> {
        let bells = &self.settings.bells;
        if bells.mode == BellMode::Off {
            return Ok(());
        }
        let from = minute_of_day(time(&bells.from, "error-schedule-field-bells-from")?);
        let until = minute_of_day(time(&bells.until, "error-schedule-field-bells-until")?);
        // Minutes after `from` within the day's window (which may wrap).
        let span = if until > from {
            until - from
        } else {
            until + 1440 - from
        };
        let offsets: Vec<u32> = match bells.mode {
            BellMode::Interval => (0..span)
                .step_by(bells.every_minutes.max(1) as usize)
                .collect(),
            BellMode::Random => random_offsets(day, span, bells.per_day),
            BellMode::Off => Vec::new(),
        };
        for (i, offset) in offsets.into_iter().enumerate() {
            let minute = from + offset;
            let date = day + Duration::days(i64::from(minute / 1440));
            let Some(t) = NaiveTime::from_hms_opt((minute % 1440) / 60, minute % 60, 0) else {
                continue;
            };
            let line = text(
                BELL_LINES[(day.ordinal() as usize + i) % BELL_LINES.len()],
                &[],
            );
            let body = match (self.focus, self.settings.show_private_text) {
                (Some(focus), true) => text(
                    "reminder-bell-focus",
                    &[("line", Arg::Text(&line)), ("focus", Arg::Text(focus))],
                ),
                _ => line,
            };
            out.push(Due {
                key: format!("bell:{date}T{}", t.format("%H:%M")),
                at: resolve_local(self.zone, date.and_time(t)).with_timezone(&Utc),
                kind: ReminderKind::Bell,
                title: text("reminder-bell", &[]),
                body,
                plan_id: None,
            });
        }
        Ok(())
    }

    /// Drops or moves a reminder that falls in quiet hours or a pause.
    fn apply_quiet_and_pause(&self, mut due: Due) -> Option<Due> {
        let keep = matches!(
            due.kind,
            ReminderKind::SessionEnd | ReminderKind::BriefNudge
        );
        let quiet = &self.settings.quiet_hours;
        if quiet.enabled {
            let from = time(&quiet.from, "").ok()?;
            let until = time(&quiet.until, "").ok()?;
            let local = due.at.with_timezone(&self.zone);
            if in_window(local.time(), from, until) {
                if !keep {
                    return None;
                }
                // Move to the end of the quiet hours (today or tomorrow).
                let mut day = local.date_naive();
                if minute_of_day(local.time()) >= minute_of_day(until) {
                    day = day.succ_opt()?;
                }
                due.at = resolve_local(self.zone, day.and_time(until)).with_timezone(&Utc);
            }
        }
        if let Some(paused) = self.paused_until {
            if due.at < paused {
                if !keep {
                    return None;
                }
                due.at = paused;
            }
        }
        Some(due)
    }
}

/// `count` distinct minute offsets in `[0, span)`, the same for the same
/// day every time (a stable plan survives restarts), spread roughly evenly:
/// one random minute in each of `count` equal slices.
fn random_offsets(day: NaiveDate, span: u32, count: u32) -> Vec<u32> {
    let count = count.clamp(1, 12).min(span.max(1));
    let slice = span / count;
    // SplitMix64 on the day number: tiny, deterministic, well mixed.
    let mut state = u64::try_from(day.num_days_from_ce()).unwrap_or(0);
    let mut next = || {
        state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    };
    (0..count)
        .map(|i| i * slice + u32::try_from(next() % u64::from(slice.max(1))).unwrap_or(0))
        .collect()
}

/// Reminders missed while the computer slept or the app was closed, folded
/// into at most one catch-up each: the latest session's reflection, the
/// latest evening nudge, one per plan; missed bells are simply dropped.
pub fn coalesce_missed(missed: Vec<Due>) -> Vec<Due> {
    let mut out: Vec<Due> = Vec::new();
    for due in missed.into_iter().rev() {
        let same = |d: &Due| d.kind == due.kind && d.plan_id == due.plan_id;
        if due.kind != ReminderKind::Bell && !out.iter().any(same) {
            out.push(due);
        }
    }
    out.reverse();
    out
}
