//! What goes with a better mood: activities, values, expectations, and
//! practice days against that evening's check-in.
//!
//! Every figure is a median with its n, over the window the Insights page
//! shows, and comes only from enough data ([`Thresholds`]): below that the
//! page says "not enough data yet" and how many there are so far. Nothing
//! here is a cause: a value that goes with a better mood may be one the
//! person turns to on better days. The page says so, and so do these
//! names ("with", never "because").
//!
//! Lag: an activity's mood is the one logged with it (lag zero); a
//! practice day is compared with the last check-in from
//! [`EVENING_HOUR`] that same local day.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use chrono::{DateTime, Days, FixedOffset, NaiveDate, Timelike};
use serde::{Deserialize, Serialize};

use super::values::{read_area, LifeArea};
use crate::clock::{from_stored, to_stored};
use crate::error::Result;
use crate::journal::belief::median;
use crate::storage::db::Db;

/// Activities with both an expected and an actual rating on a scale,
/// before its medians are shown.
pub const MIN_PAIRED: usize = 3;
/// Activities logged with a mood, before any activity or value is set
/// beside mood at all.
pub const MIN_WITH_MOOD: usize = 5;
/// Times one activity or value was logged with a mood before it is named.
pub const MIN_PER_GROUP: usize = 2;
/// Evenings with a check-in on each side (practice logged, not) before
/// the two are set side by side.
pub const MIN_DAYS_EACH: usize = 3;
/// "That evening": a check-in from this local hour on.
pub const EVENING_HOUR: u32 = 18;
/// A surprise worth showing: actual and expected this many points apart.
const SURPRISE_POINTS: u8 = 2;
const MAX_SURPRISES: usize = 3;
const TOP_GROUPS: usize = 5;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Scale {
    Mood,
    /// Sense of achievement.
    Mastery,
    /// Enjoyment.
    Pleasure,
}

const SCALES: [Scale; 3] = [Scale::Mood, Scale::Mastery, Scale::Pleasure];

/// Expected against actual on one scale: medians once `n` reaches
/// [`MIN_PAIRED`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Expectation {
    pub scale: Scale,
    pub n: u32,
    pub expected: Option<f64>,
    pub actual: Option<f64>,
}

/// One activity that went differently from what was expected: "you
/// expected 3, it was 6". A fact about one time, shown as such.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Surprise {
    pub activity_id: i64,
    pub what: String,
    pub scale: Scale,
    pub expected: u8,
    pub actual: u8,
    pub done_at: DateTime<FixedOffset>,
}

/// An activity or a value, and the median mood logged with it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MoodWith {
    pub label: String,
    /// A value's life area; `None` for an activity.
    pub area: Option<LifeArea>,
    pub n: u32,
    pub median_mood: f64,
}

/// That evening's check-in on days with practice logged (done or partly)
/// and on other days; medians once each side has [`MIN_DAYS_EACH`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PracticeEvenings {
    pub with_days: u32,
    pub with_median: Option<f64>,
    pub without_days: u32,
    pub without_median: Option<f64>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ActivityEnough {
    pub expectations: bool,
    pub moods: bool,
    pub evenings: bool,
}

/// The thresholds, sent along so the page states them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Thresholds {
    pub paired: u32,
    pub with_mood: u32,
    pub per_group: u32,
    pub days_each: u32,
    pub evening_hour: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ActivityInsights {
    /// First day counted; `None` for all time.
    pub from: Option<NaiveDate>,
    pub until: NaiveDate,
    /// Activities logged as done in the window.
    pub logged: u32,
    /// Of those, logged with a mood.
    pub with_mood: u32,
    /// Their median mood, once there are [`MIN_WITH_MOOD`].
    pub median_mood: Option<f64>,
    pub expectations: Vec<Expectation>,
    pub surprises: Vec<Surprise>,
    pub by_value: Vec<MoodWith>,
    pub by_activity: Vec<MoodWith>,
    pub evenings: PracticeEvenings,
    pub enough: ActivityEnough,
    pub thresholds: Thresholds,
}

/// One logged activity as the insights read it.
struct Logged {
    id: i64,
    what: String,
    value: Option<(i64, LifeArea, String)>,
    done_at: DateTime<FixedOffset>,
    predicted: [Option<u8>; 3],
    actual: [Option<u8>; 3],
}

fn n32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

fn median_of(values: &mut [i32], enough: bool) -> Option<f64> {
    if enough {
        median(values)
    } else {
        None
    }
}

fn expectations(logged: &[Logged]) -> Vec<Expectation> {
    SCALES
        .iter()
        .enumerate()
        .map(|(i, &scale)| {
            let (mut expected, mut actual): (Vec<i32>, Vec<i32>) = logged
                .iter()
                .filter_map(|l| Some((i32::from(l.predicted[i]?), i32::from(l.actual[i]?))))
                .unzip();
            let enough = expected.len() >= MIN_PAIRED;
            Expectation {
                scale,
                n: n32(expected.len()),
                expected: median_of(&mut expected, enough),
                actual: median_of(&mut actual, enough),
            }
        })
        .collect()
}

/// The latest few activities that went at least [`SURPRISE_POINTS`] away
/// from what was expected, one scale each (the furthest).
fn surprises(logged: &[Logged]) -> Vec<Surprise> {
    logged
        .iter()
        .filter_map(|l| {
            SCALES
                .iter()
                .enumerate()
                .filter_map(|(i, &scale)| Some((scale, l.predicted[i]?, l.actual[i]?)))
                .filter(|(_, e, a)| e.abs_diff(*a) >= SURPRISE_POINTS)
                .max_by_key(|(_, e, a)| e.abs_diff(*a))
                .map(|(scale, expected, actual)| Surprise {
                    activity_id: l.id,
                    what: l.what.clone(),
                    scale,
                    expected,
                    actual,
                    done_at: l.done_at,
                })
        })
        .take(MAX_SURPRISES)
        .collect()
}

/// Groups moods by `key`, keeping groups of [`MIN_PER_GROUP`] or more, the
/// better median mood first. `logged` is latest first, so a group's label
/// is its latest spelling.
fn grouped<K: std::hash::Hash + Eq + Clone>(
    logged: &[Logged],
    key: impl Fn(&Logged) -> Option<(K, String, Option<LifeArea>)>,
) -> Vec<MoodWith> {
    let mut groups: HashMap<K, (String, Option<LifeArea>, Vec<i32>)> = HashMap::new();
    for l in logged {
        let (Some(mood), Some((k, label, area))) = (l.actual[0], key(l)) else {
            continue;
        };
        groups
            .entry(k)
            .or_insert_with(|| (label, area, Vec::new()))
            .2
            .push(i32::from(mood));
    }
    let mut out: Vec<MoodWith> = groups
        .into_values()
        .filter(|(_, _, moods)| moods.len() >= MIN_PER_GROUP)
        .filter_map(|(label, area, mut moods)| {
            Some(MoodWith {
                label,
                area,
                n: n32(moods.len()),
                median_mood: median(&mut moods)?,
            })
        })
        .collect();
    out.sort_by(|a, b| {
        b.median_mood
            .total_cmp(&a.median_mood)
            .then(b.n.cmp(&a.n))
            .then_with(|| a.label.cmp(&b.label))
    });
    out.truncate(TOP_GROUPS);
    out
}

impl Db {
    /// Activity and mood over the last `days` days (all time if `None`),
    /// the same window as [`Db::insights`].
    pub fn activity_insights(&self, days: Option<u32>) -> Result<ActivityInsights> {
        let now = self.clock.now();
        let today = now.date_naive();
        // A window past the calendar's start is all of it (never a panic).
        let from = days.and_then(|d| today.checked_sub_days(Days::new(u64::from(d.max(1) - 1))));
        let since = match from {
            Some(day) => to_stored(&crate::journal::timeline::day_start_at(day, &now)?).0,
            None => String::new(),
        };
        let logged = self.logged_activities(&since)?;
        let mut moods: Vec<i32> = logged
            .iter()
            .filter_map(|l| l.actual[0].map(i32::from))
            .collect();
        let with_mood = moods.len();
        let moods_enough = with_mood >= MIN_WITH_MOOD;
        let expectations = expectations(&logged);
        let (by_value, by_activity) = if moods_enough {
            (
                grouped(&logged, |l| {
                    l.value
                        .as_ref()
                        .map(|(id, area, words)| (*id, words.clone(), Some(*area)))
                }),
                grouped(&logged, |l| {
                    Some((l.what.to_lowercase(), l.what.clone(), None))
                }),
            )
        } else {
            (Vec::new(), Vec::new())
        };
        let evenings = self.practice_evenings(from, &since)?;
        Ok(ActivityInsights {
            from,
            until: today,
            logged: n32(logged.len()),
            with_mood: n32(with_mood),
            median_mood: median_of(&mut moods, moods_enough),
            enough: ActivityEnough {
                expectations: expectations.iter().any(|e| e.expected.is_some()),
                moods: moods_enough,
                evenings: evenings.with_median.is_some(),
            },
            surprises: surprises(&logged),
            expectations,
            by_value,
            by_activity,
            evenings,
            thresholds: Thresholds {
                paired: n32(MIN_PAIRED),
                with_mood: n32(MIN_WITH_MOOD),
                per_group: n32(MIN_PER_GROUP),
                days_each: n32(MIN_DAYS_EACH),
                evening_hour: EVENING_HOUR,
            },
        })
    }

    /// The activities done since `since`, latest first.
    fn logged_activities(&self, since: &str) -> Result<Vec<Logged>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT a.id, a.what, v.id, v.area, v.words, a.done_at, a.done_offset,
                    a.predicted_mood, a.predicted_mastery, a.predicted_pleasure,
                    a.actual_mood, a.actual_mastery, a.actual_pleasure
             FROM activity a
             LEFT JOIN life_value v ON v.id = a.value_id AND v.deleted_at IS NULL
             WHERE a.deleted_at IS NULL AND a.done_at IS NOT NULL AND a.done_at >= ?1
             ORDER BY a.done_at DESC, a.id DESC",
        )?;
        let rows = stmt
            .query_map([since], |r| {
                let value = match r.get::<_, Option<i64>>(2)? {
                    Some(id) => Some((id, read_area(r, 3)?, r.get(4)?)),
                    None => None,
                };
                Ok(Logged {
                    id: r.get(0)?,
                    what: r.get(1)?,
                    value,
                    done_at: from_stored(&r.get::<_, String>(5)?, r.get(6)?)?,
                    predicted: [r.get(7)?, r.get(8)?, r.get(9)?],
                    actual: [r.get(10)?, r.get(11)?, r.get(12)?],
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    /// Each local day's last check-in from [`EVENING_HOUR`], split by
    /// whether practice was logged (done or partly) that day.
    fn practice_evenings(&self, from: Option<NaiveDate>, since: &str) -> Result<PracticeEvenings> {
        let first_day = from.map(|d| d.to_string()).unwrap_or_default();
        let practised: BTreeSet<String> = self
            .conn
            .prepare_cached(
                "SELECT DISTINCT day FROM plan_log
                 WHERE outcome IN ('done', 'partly') AND day >= ?1",
            )?
            .query_map([first_day], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        let mut evenings: BTreeMap<NaiveDate, i32> = BTreeMap::new();
        let mut stmt = self.conn.prepare_cached(
            "SELECT at, at_offset, mood FROM entry
             WHERE kind = 'checkin' AND deleted_at IS NULL AND mood IS NOT NULL AND at >= ?1
             ORDER BY at",
        )?;
        for row in stmt.query_map([since], |r| {
            Ok((
                from_stored(&r.get::<_, String>(0)?, r.get(1)?)?,
                r.get::<_, i32>(2)?,
            ))
        })? {
            let (at, mood) = row?;
            if at.hour() >= EVENING_HOUR {
                // Ordered by time: the day's last evening check-in wins.
                evenings.insert(at.date_naive(), mood);
            }
        }
        let (mut with, mut without): (Vec<i32>, Vec<i32>) = (Vec::new(), Vec::new());
        for (day, mood) in evenings {
            if practised.contains(&day.to_string()) {
                with.push(mood);
            } else {
                without.push(mood);
            }
        }
        let enough = with.len() >= MIN_DAYS_EACH && without.len() >= MIN_DAYS_EACH;
        Ok(PracticeEvenings {
            with_days: n32(with.len()),
            with_median: median_of(&mut with, enough),
            without_days: n32(without.len()),
            without_median: median_of(&mut without, enough),
        })
    }
}
