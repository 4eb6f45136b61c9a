//! The therapy-session schedule: weekday and time, length, every N weeks,
//! in the person's time zone; plus one-off moves and cancellations.
//!
//! Stored as an RFC 5545 RRULE with a wall-clock DTSTART (see
//! `recurrence.rs` for how daylight saving is handled), so the schedule can
//! be exported to any calendar as it is. A single session is identified by
//! the local date the rule gave it ("occurrence"); moving or cancelling it
//! records a change against that date and never touches the rule.

use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime, Utc};
use chrono_tz::Tz;
use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};

use crate::clock::to_stored;
use crate::error::{Error, Result};
use crate::i18n;
use crate::schedule::recurrence::{local_occurrences, parse_zone, resolve_local};
use crate::storage::db::Db;
use crate::therapy::brief::doc::day_in;

const BYDAY: [&str; 7] = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];
const LOCAL_FORMAT: &str = "%Y-%m-%dT%H:%M";
/// The shortest and longest a session can be, in minutes.
const MIN_MINUTES: u32 = 10;
const MAX_MINUTES: u32 = 240;
/// The most weeks from one session to the next.
const MAX_EVERY_WEEKS: u32 = 8;

/// The schedule as the editor shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SessionSchedule {
    /// ISO weekday, 1 Monday … 7 Sunday.
    pub weekday: u8,
    /// "HH:MM", wall clock.
    pub time: String,
    pub duration_minutes: u32,
    pub every_weeks: u32,
    pub start_date: NaiveDate,
    /// IANA zone, e.g. "Europe/London".
    pub time_zone: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum SessionStatus {
    Scheduled,
    Moved,
    Cancelled,
}

/// One session, as it will happen (or happened).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Session {
    /// The local date the rule gave this session: its stable key.
    pub occurrence: NaiveDate,
    pub start: DateTime<chrono::FixedOffset>,
    pub end: DateTime<chrono::FixedOffset>,
    pub status: SessionStatus,
}

impl SessionSchedule {
    /// Checks every field; the message names the one to change.
    pub fn validated(mut self) -> Result<Self> {
        if !(1..=7).contains(&self.weekday) {
            return Err(Error::invalid(i18n::text("error-schedule-weekday", &[])));
        }
        let time = NaiveTime::parse_from_str(self.time.trim(), "%H:%M").map_err(|_| {
            Error::invalid(i18n::text(
                "error-schedule-time",
                &[("value", self.time.as_str().into())],
            ))
        })?;
        self.time = time.format("%H:%M").to_string();
        if !(MIN_MINUTES..=MAX_MINUTES).contains(&self.duration_minutes) {
            return Err(Error::invalid(i18n::text(
                "error-schedule-length",
                &[("min", MIN_MINUTES.into()), ("max", MAX_MINUTES.into())],
            )));
        }
        if !(1..=MAX_EVERY_WEEKS).contains(&self.every_weeks) {
            return Err(Error::invalid(i18n::text(
                "error-schedule-every",
                &[("max", MAX_EVERY_WEEKS.into())],
            )));
        }
        parse_zone(&self.time_zone)?;
        self.time_zone = self.time_zone.trim().to_owned();
        Ok(self)
    }

    /// The RRULE value, e.g. `FREQ=WEEKLY;INTERVAL=2;BYDAY=TU`.
    pub fn rrule(&self) -> String {
        format!(
            "FREQ=WEEKLY;INTERVAL={};BYDAY={}",
            self.every_weeks,
            BYDAY[usize::from(self.weekday.clamp(1, 7)) - 1]
        )
    }

    /// DTSTART: the first matching weekday on or after the start date.
    pub fn dtstart(&self) -> Result<NaiveDateTime> {
        let time = NaiveTime::parse_from_str(&self.time, "%H:%M")
            .map_err(|_| Error::invalid(i18n::text("error-schedule-time-unreadable", &[])))?;
        let mut day = self.start_date;
        while day.weekday().number_from_monday() != u32::from(self.weekday) {
            day = day
                .succ_opt()
                .ok_or_else(|| Error::invalid(i18n::text("error-schedule-start-too-far", &[])))?;
        }
        Ok(day.and_time(time))
    }

    /// The next `count` sessions (at most 20) after `now` under this
    /// schedule, for the editor to show before it is saved.
    pub fn preview(self, now: DateTime<Utc>, count: usize) -> Result<Vec<DateTime<Tz>>> {
        let schedule = self.validated()?;
        let zone = parse_zone(&schedule.time_zone)?;
        crate::schedule::recurrence::occurrences(
            &schedule.rrule(),
            schedule.dtstart()?,
            zone,
            Some(now),
            count.min(20),
        )
    }
}

/// A stored schedule with its changes, able to list sessions.
#[derive(Debug, Clone)]
pub struct StoredSchedule {
    pub schedule: SessionSchedule,
    pub rrule: String,
    dtstart: NaiveDateTime,
    zone: Tz,
    changes: Vec<(NaiveDate, Option<NaiveDateTime>)>,
}

impl StoredSchedule {
    /// Sessions whose (possibly moved) start is in `[from, until)`, in
    /// order, cancelled ones included.
    pub fn sessions_between(
        &self,
        from: DateTime<Utc>,
        until: DateTime<Utc>,
    ) -> Result<Vec<Session>> {
        let duration = Duration::minutes(i64::from(self.schedule.duration_minutes));
        // Moved sessions may land outside their own week: look a little
        // wider than asked, then filter by the real start.
        let slack = Duration::days(60);
        let mut out = Vec::new();
        for local in local_occurrences(&self.rrule, self.dtstart)?.take(10_000) {
            let rule_start = resolve_local(self.zone, local);
            if rule_start.with_timezone(&Utc) >= until + slack {
                break;
            }
            let occurrence = local.date();
            let change = self.changes.iter().find(|(d, _)| *d == occurrence);
            let (start, status) = match change {
                Some((_, None)) => (rule_start, SessionStatus::Cancelled),
                Some((_, Some(moved))) => (resolve_local(self.zone, *moved), SessionStatus::Moved),
                None => (rule_start, SessionStatus::Scheduled),
            };
            let utc = start.with_timezone(&Utc);
            if utc >= from && utc < until {
                out.push(Session {
                    occurrence,
                    start: start.fixed_offset(),
                    end: (start + duration).fixed_offset(),
                    status,
                });
            }
        }
        out.sort_by_key(|s| s.start);
        Ok(out)
    }

    pub fn zone(&self) -> Tz {
        self.zone
    }
}

/// What the Sessions view shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ScheduleView {
    pub schedule: Option<SessionSchedule>,
    pub rrule: Option<String>,
    pub upcoming: Vec<Session>,
    pub past: Vec<Session>,
}

fn parse_local(s: &str) -> Result<NaiveDateTime> {
    NaiveDateTime::parse_from_str(s.trim(), LOCAL_FORMAT).map_err(|_| {
        Error::invalid(i18n::text(
            "error-schedule-not-date-time",
            &[("value", s.into())],
        ))
    })
}

impl Db {
    /// Saves (replacing) the schedule. One-off changes to sessions the new
    /// rule no longer has are dropped.
    pub fn set_schedule(&mut self, schedule: SessionSchedule) -> Result<StoredSchedule> {
        let schedule = schedule.validated()?;
        let (now, _) = to_stored(&self.clock.now());
        let tx = self.conn.transaction()?;
        tx.execute(
            "INSERT INTO session_schedule (id, rrule, dtstart, duration_minutes, time_zone, updated_at)
             VALUES (1, ?1, ?2, ?3, ?4, ?5)
             ON CONFLICT (id) DO UPDATE SET rrule = excluded.rrule, dtstart = excluded.dtstart,
                 duration_minutes = excluded.duration_minutes, time_zone = excluded.time_zone,
                 updated_at = excluded.updated_at",
            params![
                schedule.rrule(),
                schedule.dtstart()?.format(LOCAL_FORMAT).to_string(),
                schedule.duration_minutes,
                schedule.time_zone,
                now
            ],
        )?;
        tx.execute("DELETE FROM session_change", [])?;
        tx.commit()?;
        self.schedule()?
            .ok_or_else(|| Error::Storage(i18n::text("error-schedule-saved-missing", &[])))
    }

    pub fn clear_schedule(&mut self) -> Result<()> {
        let tx = self.conn.transaction()?;
        tx.execute("DELETE FROM session_schedule", [])?;
        tx.execute("DELETE FROM session_change", [])?;
        tx.commit()?;
        Ok(())
    }

    /// The schedule, if one is set.
    pub fn schedule(&self) -> Result<Option<StoredSchedule>> {
        let row = self
            .conn
            .query_row(
                "SELECT rrule, dtstart, duration_minutes, time_zone FROM session_schedule WHERE id = 1",
                [],
                |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get::<_, u32>(2)?, r.get::<_, String>(3)?)),
            )
            .optional()?;
        let Some((rrule, dtstart, duration_minutes, time_zone)) = row else {
            return Ok(None);
        };
        let damaged = |id: &str| Error::Corrupt(i18n::text(id, &[]));
        let dtstart =
            parse_local(&dtstart).map_err(|_| damaged("error-schedule-stored-start-unreadable"))?;
        let zone =
            parse_zone(&time_zone).map_err(|_| damaged("error-schedule-stored-zone-unreadable"))?;
        let interval = rrule
            .split(';')
            .find_map(|p| p.strip_prefix("INTERVAL="))
            .and_then(|v| v.parse().ok())
            .unwrap_or(1);
        let weekday = rrule
            .split(';')
            .find_map(|p| p.strip_prefix("BYDAY="))
            .and_then(|d| BYDAY.iter().position(|b| *b == d))
            .and_then(|i| u32::try_from(i + 1).ok())
            .unwrap_or_else(|| dtstart.weekday().number_from_monday());
        let mut stmt = self
            .conn
            .prepare_cached("SELECT occurrence, new_start FROM session_change")?;
        let changes = stmt
            .query_map([], |r| {
                Ok((r.get::<_, String>(0)?, r.get::<_, Option<String>>(1)?))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?
            .into_iter()
            .map(|(day, start)| {
                Ok((
                    day.parse::<NaiveDate>().map_err(|_| damaged("changes"))?,
                    start
                        .as_deref()
                        .map(parse_local)
                        .transpose()
                        .map_err(|_| damaged("changes"))?,
                ))
            })
            .collect::<Result<Vec<_>>>()?;
        Ok(Some(StoredSchedule {
            schedule: SessionSchedule {
                weekday: u8::try_from(weekday).unwrap_or(1),
                time: dtstart.format("%H:%M").to_string(),
                duration_minutes,
                every_weeks: interval,
                start_date: dtstart.date(),
                time_zone,
            },
            rrule,
            dtstart,
            zone,
            changes,
        }))
    }

    /// The schedule with the next and the last few sessions.
    pub fn schedule_view(&self, count: usize) -> Result<ScheduleView> {
        let Some(stored) = self.schedule()? else {
            return Ok(ScheduleView {
                schedule: None,
                rrule: None,
                upcoming: Vec::new(),
                past: Vec::new(),
            });
        };
        let now = self.clock.now().with_timezone(&Utc);
        let count_weeks = i64::try_from(count).unwrap_or(100).min(100);
        let far = Duration::weeks(i64::from(stored.schedule.every_weeks) * (count_weeks + 2) + 8);
        let upcoming: Vec<Session> = stored
            .sessions_between(now - Duration::hours(4), now + far)?
            .into_iter()
            .filter(|s| s.end.with_timezone(&Utc) > now)
            .take(count)
            .collect();
        let mut past: Vec<Session> = stored
            .sessions_between(now - far, now)?
            .into_iter()
            .filter(|s| s.end.with_timezone(&Utc) <= now)
            .collect();
        past.reverse();
        past.truncate(count);
        Ok(ScheduleView {
            rrule: Some(stored.rrule.clone()),
            schedule: Some(stored.schedule),
            upcoming,
            past,
        })
    }

    /// Moves one session to a new wall-clock start ("YYYY-MM-DDTHH:MM").
    pub fn move_session(&mut self, occurrence: NaiveDate, new_start: &str) -> Result<()> {
        let start = parse_local(new_start)?;
        self.change_session(occurrence, Some(start))
    }

    pub fn cancel_session(&mut self, occurrence: NaiveDate) -> Result<()> {
        self.change_session(occurrence, None)
    }

    /// Undoes a move or a cancellation.
    pub fn restore_session(&mut self, occurrence: NaiveDate) -> Result<()> {
        self.conn.execute(
            "DELETE FROM session_change WHERE occurrence = ?1",
            [occurrence.to_string()],
        )?;
        Ok(())
    }

    fn change_session(
        &mut self,
        occurrence: NaiveDate,
        start: Option<NaiveDateTime>,
    ) -> Result<()> {
        let stored = self
            .schedule()?
            .ok_or_else(|| Error::NotFound(i18n::text("error-schedule-none-to-change", &[])))?;
        let on_rule = local_occurrences(&stored.rrule, stored.dtstart)?
            .take_while(|t| t.date() <= occurrence)
            .any(|t| t.date() == occurrence);
        if !on_rule {
            // "Tue 3 Feb", „Di., 3. Feb.“
            let day = day_in("brief-day-short", &occurrence, &[]);
            return Err(Error::NotFound(i18n::text(
                "error-schedule-no-session-on",
                &[("day", day.as_str().into())],
            )));
        }
        self.conn.execute(
            "INSERT INTO session_change (occurrence, new_start) VALUES (?1, ?2)
             ON CONFLICT (occurrence) DO UPDATE SET new_start = excluded.new_start",
            params![
                occurrence.to_string(),
                start.map(|s| s.format(LOCAL_FORMAT).to_string())
            ],
        )?;
        Ok(())
    }
}

impl Db {
    /// The saved schedule as an iCalendar file, stamped with the journal's
    /// clock.
    pub fn schedule_ics(&self) -> Result<String> {
        let stored = self
            .schedule()?
            .ok_or_else(|| Error::NotFound(i18n::text("error-schedule-none-to-export", &[])))?;
        Ok(to_ics(&stored, self.now().with_timezone(&Utc)))
    }
}

/// The schedule as an iCalendar file: one recurring event, cancelled
/// sessions as EXDATEs, moved ones as overriding events.
pub fn to_ics(stored: &StoredSchedule, stamp: DateTime<Utc>) -> String {
    let tz = stored.zone.name();
    let fmt = |t: &NaiveDateTime| t.format("%Y%m%dT%H%M%S").to_string();
    let uid = "therapy-sessions@interlude";
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_owned(),
        "VERSION:2.0".to_owned(),
        "PRODID:-//Interlude//Sessions//EN".to_owned(),
        "BEGIN:VEVENT".to_owned(),
        format!("UID:{uid}"),
        format!("DTSTAMP:{}", stamp.format("%Y%m%dT%H%M%SZ")),
        format!("DTSTART;TZID={tz}:{}", fmt(&stored.dtstart)),
        format!("DURATION:PT{}M", stored.schedule.duration_minutes),
        format!("RRULE:{}", stored.rrule),
        "SUMMARY:Therapy session".to_owned(),
    ];
    let time = stored.dtstart.time();
    for (day, change) in &stored.changes {
        if change.is_none() {
            lines.push(format!("EXDATE;TZID={tz}:{}", fmt(&day.and_time(time))));
        }
    }
    lines.push("END:VEVENT".to_owned());
    for (day, change) in &stored.changes {
        if let Some(moved) = change {
            lines.extend([
                "BEGIN:VEVENT".to_owned(),
                format!("UID:{uid}"),
                format!("DTSTAMP:{}", stamp.format("%Y%m%dT%H%M%SZ")),
                format!("RECURRENCE-ID;TZID={tz}:{}", fmt(&day.and_time(time))),
                format!("DTSTART;TZID={tz}:{}", fmt(moved)),
                format!("DURATION:PT{}M", stored.schedule.duration_minutes),
                "SUMMARY:Therapy session".to_owned(),
                "END:VEVENT".to_owned(),
            ]);
        }
    }
    lines.push("END:VCALENDAR".to_owned());
    // RFC 5545: CRLF line ends. Our lines are short and ASCII but for the
    // zone name, so no folding is needed.
    let mut text = lines.join("\r\n");
    text.push_str("\r\n");
    text
}
