//! Time, injected.
//!
//! Nothing in core reads the system clock directly: every function that needs
//! "now" takes a [`Clock`]. The app passes [`SystemClock`]; tests pass a
//! [`ManualClock`] they can set and move, so "days since the last session" or
//! "a draft from yesterday" are tested without waiting or flaking.
//!
//! "Now" is a local wall-clock moment with its UTC offset, because a person's
//! week is lived in local time, and storing the offset with each timestamp
//! lets a week of travel read right afterwards.

use std::sync::Mutex;

use chrono::{DateTime, FixedOffset, Local, SecondsFormat, Utc};

pub trait Clock: Send + Sync {
    fn now(&self) -> DateTime<FixedOffset>;
}

/// The real clock, in the machine's current time zone.
#[derive(Debug, Default, Clone, Copy)]
pub struct SystemClock;

impl Clock for SystemClock {
    // The one place core reads the system clock (clippy.toml bans it
    // everywhere else).
    #[allow(clippy::disallowed_methods)]
    fn now(&self) -> DateTime<FixedOffset> {
        Local::now().fixed_offset()
    }
}

/// A clock that stands still until a test moves it.
#[derive(Debug)]
pub struct ManualClock(Mutex<DateTime<FixedOffset>>);

impl ManualClock {
    pub fn new(at: DateTime<FixedOffset>) -> Self {
        Self(Mutex::new(at))
    }

    /// Parses an RFC 3339 instant; for tests, where a bad literal should fail loudly.
    pub fn at(rfc3339: &str) -> Self {
        Self::new(DateTime::parse_from_rfc3339(rfc3339).expect("valid RFC 3339 in test"))
    }

    pub fn set(&self, at: DateTime<FixedOffset>) {
        *self
            .0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner) = at;
    }

    pub fn advance(&self, by: chrono::Duration) {
        let mut now = self
            .0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        *now += by;
    }
}

impl Clock for ManualClock {
    fn now(&self) -> DateTime<FixedOffset> {
        *self
            .0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

/// How a moment is stored: the UTC instant (sortable text) and the offset it
/// was lived in, in seconds east of UTC.
pub(crate) fn to_stored(at: &DateTime<FixedOffset>) -> (String, i32) {
    (
        at.with_timezone(&Utc)
            .to_rfc3339_opts(SecondsFormat::Millis, true),
        at.offset().local_minus_utc(),
    )
}

/// The inverse of [`to_stored`]. A row that fails to parse is damage, not a
/// person's mistake, so it becomes a storage error rather than a panic.
pub(crate) fn from_stored(
    utc: &str,
    offset_seconds: i32,
) -> rusqlite::Result<DateTime<FixedOffset>> {
    let offset = FixedOffset::east_opt(offset_seconds).ok_or_else(|| {
        rusqlite::Error::FromSqlConversionFailure(
            0,
            rusqlite::types::Type::Integer,
            format!("offset {offset_seconds}s is out of range").into(),
        )
    })?;
    let instant = DateTime::parse_from_rfc3339(utc).map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, Box::new(e))
    })?;
    Ok(instant.with_timezone(&offset))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_form_round_trips_offset_and_instant() {
        let at = DateTime::parse_from_rfc3339("2026-11-24T17:50:00+01:00").unwrap();
        let (utc, off) = to_stored(&at);
        assert_eq!(utc, "2026-11-24T16:50:00.000Z");
        assert_eq!(off, 3600);
        let back = from_stored(&utc, off).unwrap();
        assert_eq!(back, at);
        assert_eq!(back.offset().local_minus_utc(), 3600);
    }

    #[test]
    fn manual_clock_moves_only_when_told() {
        let clock = ManualClock::at("2026-11-24T08:00:00+00:00");
        let before = clock.now();
        clock.advance(chrono::Duration::days(2));
        assert_eq!(clock.now() - before, chrono::Duration::days(2));
    }
}
