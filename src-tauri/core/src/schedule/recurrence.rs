//! Recurring times in local wall-clock time, with RFC 5545's rules for
//! daylight-saving transitions.
//!
//! A session "every Tuesday at 17:00" means 17:00 on the wall clock, summer
//! or winter, so recurrences are expanded as naive local times (with the
//! `rrule` crate, its DTSTART written as a floating time) and only then
//! placed in the person's time zone by [`resolve_local`]:
//! - a local time that does not exist (spring forward) is read with the UTC
//!   offset from before the gap, so 02:30 becomes 03:30;
//! - a local time that happens twice (fall back) means its first occurrence.
//!
//! So a rule fires once on a transition day: never twice, never zero times.

use chrono::{DateTime, Duration, LocalResult, NaiveDateTime, Offset, TimeZone, Utc};
use chrono_tz::Tz;

use crate::error::{Error, Result};
use crate::i18n;

/// How far ahead a rule is searched before giving up: a weekly rule that
/// has produced nothing in 50 years never will.
const MAX_STEPS: usize = 5_000;

/// Parses an IANA zone name ("Europe/London").
pub fn parse_zone(name: &str) -> Result<Tz> {
    name.trim().parse::<Tz>().map_err(|_| {
        Error::invalid(i18n::text(
            "error-schedule-unknown-zone",
            &[("name", name.into())],
        ))
    })
}

/// Places a wall-clock time in `tz` by RFC 5545's rules (see module docs).
pub fn resolve_local(tz: Tz, local: NaiveDateTime) -> DateTime<Tz> {
    match tz.from_local_datetime(&local) {
        LocalResult::Single(t) => t,
        LocalResult::Ambiguous(first, _) => first,
        LocalResult::None => {
            // In a gap: use the offset in force just before it. Gaps are at
            // most a few hours; a day earlier is safely before this one.
            let before = tz.offset_from_utc_datetime(&(local - Duration::days(1)));
            let utc = local - Duration::seconds(i64::from(before.fix().local_minus_utc()));
            tz.from_utc_datetime(&utc)
        }
    }
}

/// The starts of a recurrence rule (the RRULE value, e.g.
/// `FREQ=WEEKLY;INTERVAL=2;BYDAY=TU`) from the local DTSTART `start` in
/// `tz`: the first `count` at or after `from`, in order.
pub fn occurrences(
    rule: &str,
    start: NaiveDateTime,
    tz: Tz,
    from: Option<DateTime<Utc>>,
    count: usize,
) -> Result<Vec<DateTime<Tz>>> {
    let mut out = Vec::with_capacity(count.min(1_000));
    for local in local_occurrences(rule, start)?.take(MAX_STEPS) {
        if out.len() >= count {
            break;
        }
        let at = resolve_local(tz, local);
        if from.is_none_or(|f| at.with_timezone(&Utc) >= f) {
            out.push(at);
        }
    }
    Ok(out)
}

/// The rule's occurrences as wall-clock times, from `start` on.
pub fn local_occurrences(
    rule: &str,
    start: NaiveDateTime,
) -> Result<impl Iterator<Item = NaiveDateTime>> {
    let rule = rule.trim();
    let rule = rule.strip_prefix("RRULE:").unwrap_or(rule);
    if rule.is_empty() || rule.contains(['\n', '\r']) {
        return Err(Error::invalid(i18n::text(
            "error-schedule-rule-one-line",
            &[],
        )));
    }
    // Expanded in "UTC" as a floating time: the crate never sees a zone, so
    // it can't apply DST rules of its own; resolve_local applies ours.
    let text = format!("DTSTART:{}Z\nRRULE:{rule}", start.format("%Y%m%dT%H%M%S"));
    let set: rrule::RRuleSet = text.parse().map_err(|e: rrule::RRuleError| {
        let detail = e.to_string();
        Error::invalid(i18n::text(
            "error-schedule-rule-unusable",
            &[("detail", detail.trim_end_matches('.').into())],
        ))
    })?;
    Ok(set.into_iter().map(|t| t.naive_utc()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn local(s: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M").unwrap()
    }

    #[test]
    fn a_time_in_the_spring_gap_moves_forward_by_the_gap() {
        let ny = parse_zone("America/New_York").unwrap();
        let t = resolve_local(ny, local("2027-03-14T02:30"));
        assert_eq!(t.to_rfc3339(), "2027-03-14T03:30:00-04:00");
    }

    #[test]
    fn a_time_that_happens_twice_means_the_first() {
        let ny = parse_zone("America/New_York").unwrap();
        let t = resolve_local(ny, local("2027-11-07T01:30"));
        assert_eq!(t.to_rfc3339(), "2027-11-07T01:30:00-04:00");
    }

    #[test]
    fn unknown_zone_and_bad_rule_are_clear_errors() {
        assert_eq!(parse_zone("Mars/Olympus").unwrap_err().kind(), "invalid");
        let err = occurrences(
            "FREQ=SOMETIMES",
            local("2027-01-01T10:00"),
            Tz::UTC,
            None,
            3,
        )
        .unwrap_err();
        assert_eq!(err.kind(), "invalid");
    }
}
