//! Insights: the patterns in the journal, as numbers the charts draw.
//!
//! Mood over time comes from every entry that carries one (check-ins,
//! notes with a mood, a reflection's feeling rating). Everything else comes
//! from moments: the triggers, emotions and thinking traps that recur,
//! which go together, when in the day and week moments happen, and how
//! strong the emotions were before and after writing what one would tell a
//! friend. Days and hours are read in the time zone each entry was written
//! in. Private entries count: insights are only ever shown to the person.
//!
//! With too little data a pattern is noise, so `enough` says where there
//! is not yet enough to draw, and the UI says so instead of drawing.

use std::collections::{BTreeMap, HashMap};

use chrono::{DateTime, Datelike, Days, FixedOffset, NaiveDate, Timelike};
use rusqlite::params;
use serde::{Deserialize, Serialize};

use super::vocabulary;
use crate::clock::{from_stored, to_stored};
use crate::error::Result;
use crate::storage::db::Db;

/// How many rows the ranked lists keep.
const TOP_TRIGGERS: usize = 8;
const TOP_EMOTIONS: usize = 10;
const TOP_PAIRS: usize = 8;
/// Below these, a chart would be noise.
pub const MIN_MOOD_DAYS: usize = 3;
pub const MIN_MOMENTS: usize = 3;
/// A re-rated moment is not a pattern to guess at but a before and after
/// the person gave: one is enough to show it back (asking them to re-rate
/// "again" read as if the first time hadn't counted).
pub const MIN_REFRAMED: usize = 1;

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct KindCounts {
    pub reflection: u32,
    pub moment: u32,
    pub checkin: u32,
    pub note: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MoodDay {
    pub day: NaiveDate,
    pub mean: f64,
    pub count: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MoodWeek {
    /// The Monday the week starts on.
    pub week_start: NaiveDate,
    pub mean: f64,
    pub count: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct LabelCount {
    pub label: String,
    pub count: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct EmotionCount {
    pub word: String,
    pub count: u32,
    /// Mean intensity at the time, over the ratings given.
    pub mean_before: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TrapCount {
    pub id: String,
    pub name: String,
    pub count: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TriggerTrap {
    pub trigger: String,
    pub trap_id: String,
    pub trap_name: String,
    pub count: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PartCount {
    pub part: String,
    pub count: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DayCount {
    pub day: String,
    pub count: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ReframeEmotion {
    pub word: String,
    pub count: u32,
    pub before: f64,
    pub after: f64,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Reframe {
    /// Moments with at least one emotion rated before and after.
    pub count: u32,
    pub mean_before: Option<f64>,
    pub mean_after: Option<f64>,
    pub by_emotion: Vec<ReframeEmotion>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Enough {
    pub mood: bool,
    pub moments: bool,
    pub reframe: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Insights {
    /// First day counted; `None` for all time.
    pub from: Option<NaiveDate>,
    pub until: NaiveDate,
    pub counts: KindCounts,
    pub mood_by_day: Vec<MoodDay>,
    pub mood_by_week: Vec<MoodWeek>,
    pub triggers: Vec<LabelCount>,
    pub emotions: Vec<EmotionCount>,
    pub traps: Vec<TrapCount>,
    pub trigger_traps: Vec<TriggerTrap>,
    pub time_of_day: Vec<PartCount>,
    pub weekdays: Vec<DayCount>,
    pub reframe: Reframe,
    pub enough: Enough,
}

const PARTS: [&str; 4] = ["morning", "afternoon", "evening", "night"];
const WEEKDAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

/// Morning 6–11, afternoon 12–17, evening 18–23, night 0–5.
fn part_of_day(hour: u32) -> usize {
    match hour {
        6..=11 => 0,
        12..=17 => 1,
        18..=23 => 2,
        _ => 3,
    }
}

/// Rounded to one decimal, so a figure reads the same everywhere it shows.
fn mean(sum: f64, count: u32) -> f64 {
    (sum / f64::from(count) * 10.0).round() / 10.0
}

/// Counts by a case-folded key, remembering the latest spelling seen.
#[derive(Default)]
struct Tally {
    counts: HashMap<String, (String, u32, f64, u32)>,
}

impl Tally {
    fn add(&mut self, label: &str, value: Option<u8>) {
        let slot = self
            .counts
            .entry(label.to_lowercase())
            .or_insert_with(|| (String::new(), 0, 0.0, 0));
        label.clone_into(&mut slot.0);
        slot.1 += 1;
        if let Some(v) = value {
            slot.2 += f64::from(v);
            slot.3 += 1;
        }
    }

    /// (label, count, mean of values) by count, then label.
    fn ranked(&self, top: usize) -> Vec<(String, u32, Option<f64>)> {
        let mut rows: Vec<_> = self
            .counts
            .values()
            .map(|(label, count, sum, n)| (label.clone(), *count, (*n > 0).then(|| mean(*sum, *n))))
            .collect();
        rows.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        rows.truncate(top);
        rows
    }
}

struct MomentRow {
    at: DateTime<FixedOffset>,
    situation: String,
    emotions: Vec<(String, Option<u8>, Option<u8>)>,
    traps: Vec<String>,
}

/// What moments add up to, gathered one moment at a time.
#[derive(Default)]
struct MomentPatterns {
    count: usize,
    triggers: Tally,
    emotions: Tally,
    traps: HashMap<&'static str, u32>,
    /// Trigger × trap, keyed by the case-folded trigger; shown with the
    /// trigger's latest spelling, as in the trigger list.
    pairs: HashMap<(String, &'static str), u32>,
    trigger_label: HashMap<String, String>,
    parts: [u32; 4],
    weekdays: [u32; 7],
    reframed_moments: u32,
    /// Sums of (before, after) and how many pairs, overall and by emotion.
    reframe_all: (f64, f64, u32),
    reframe_by: BTreeMap<String, (String, u32, f64, f64)>,
}

impl MomentPatterns {
    fn add(&mut self, m: &MomentRow) {
        self.count += 1;
        self.parts[part_of_day(m.at.hour())] += 1;
        self.weekdays[m.at.weekday().num_days_from_monday() as usize] += 1;
        let traps: Vec<&'static vocabulary::Trap> =
            m.traps.iter().filter_map(|t| vocabulary::trap(t)).collect();
        for trap in &traps {
            *self.traps.entry(trap.id).or_default() += 1;
        }
        let situation = m.situation.trim();
        if !situation.is_empty() {
            let key = situation.to_lowercase();
            self.triggers.add(situation, None);
            self.trigger_label.insert(key.clone(), situation.to_owned());
            for trap in &traps {
                *self.pairs.entry((key.clone(), trap.id)).or_default() += 1;
            }
        }
        let mut reframed = false;
        for (word, before, after) in &m.emotions {
            self.emotions.add(word, *before);
            if let (Some(b), Some(a)) = (before, after) {
                reframed = true;
                self.reframe_all.0 += f64::from(*b);
                self.reframe_all.1 += f64::from(*a);
                self.reframe_all.2 += 1;
                let slot = self
                    .reframe_by
                    .entry(word.to_lowercase())
                    .or_insert_with(|| (String::new(), 0, 0.0, 0.0));
                word.clone_into(&mut slot.0);
                slot.1 += 1;
                slot.2 += f64::from(*b);
                slot.3 += f64::from(*a);
            }
        }
        if reframed {
            self.reframed_moments += 1;
        }
    }

    fn ranked_triggers(&self) -> Vec<LabelCount> {
        self.triggers
            .ranked(TOP_TRIGGERS)
            .into_iter()
            .map(|(label, count, _)| LabelCount { label, count })
            .collect()
    }

    fn ranked_emotions(&self) -> Vec<EmotionCount> {
        self.emotions
            .ranked(TOP_EMOTIONS)
            .into_iter()
            .map(|(word, count, mean_before)| EmotionCount {
                word,
                count,
                mean_before,
            })
            .collect()
    }

    fn trap_counts(&self) -> Vec<TrapCount> {
        let mut counts: Vec<TrapCount> = vocabulary::TRAPS
            .iter()
            .filter_map(|t| {
                self.traps.get(t.id).map(|&count| TrapCount {
                    id: t.id.to_owned(),
                    name: t.name.to_owned(),
                    count,
                })
            })
            .collect();
        // Stable sort: ties keep the vocabulary's order.
        counts.sort_by_key(|t| std::cmp::Reverse(t.count));
        counts
    }

    fn trigger_traps(&self) -> Vec<TriggerTrap> {
        let mut rows: Vec<TriggerTrap> = self
            .pairs
            .iter()
            .filter_map(|((key, trap_id), &count)| {
                vocabulary::trap(trap_id).map(|t| TriggerTrap {
                    trigger: self.trigger_label.get(key).unwrap_or(key).clone(),
                    trap_id: t.id.to_owned(),
                    trap_name: t.name.to_owned(),
                    count,
                })
            })
            .collect();
        rows.sort_by(|a, b| {
            b.count
                .cmp(&a.count)
                .then_with(|| a.trigger.cmp(&b.trigger))
                .then_with(|| a.trap_name.cmp(&b.trap_name))
        });
        rows.truncate(TOP_PAIRS);
        rows
    }

    fn reframe(&self) -> Reframe {
        let mut by_emotion: Vec<ReframeEmotion> = self
            .reframe_by
            .values()
            .map(|(word, count, before, after)| ReframeEmotion {
                word: word.clone(),
                count: *count,
                before: mean(*before, *count),
                after: mean(*after, *count),
            })
            .collect();
        by_emotion.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.word.cmp(&b.word)));
        by_emotion.truncate(TOP_EMOTIONS);
        let (before, after, n) = self.reframe_all;
        Reframe {
            count: self.reframed_moments,
            mean_before: (n > 0).then(|| mean(before, n)),
            mean_after: (n > 0).then(|| mean(after, n)),
            by_emotion,
        }
    }
}

impl Db {
    /// The journal's patterns over the last `days` days (all time if `None`).
    pub fn insights(&self, days: Option<u32>) -> Result<Insights> {
        let now = self.clock.now();
        let today = now.date_naive();
        let from = days.map(|d| today - Days::new(u64::from(d.max(1) - 1)));
        let since = match from {
            Some(day) => to_stored(&super::timeline::day_start_at(day, &now)?).0,
            None => String::new(),
        };
        let counts = self.kind_counts(&since)?;
        let (mood_by_day, mood_by_week) = self.mood_series(&since)?;
        let mut patterns = MomentPatterns::default();
        for m in self.moment_rows(&since, None, true)? {
            patterns.add(&m);
        }
        let reframe = patterns.reframe();
        let enough = Enough {
            mood: mood_by_day.len() >= MIN_MOOD_DAYS,
            moments: patterns.count >= MIN_MOMENTS,
            reframe: reframe.count as usize >= MIN_REFRAMED,
        };
        Ok(Insights {
            from,
            until: today,
            counts,
            mood_by_day,
            mood_by_week,
            traps: patterns.trap_counts(),
            trigger_traps: patterns.trigger_traps(),
            time_of_day: PARTS
                .iter()
                .zip(patterns.parts)
                .map(|(part, count)| PartCount {
                    part: (*part).to_owned(),
                    count,
                })
                .collect(),
            weekdays: WEEKDAYS
                .iter()
                .zip(patterns.weekdays)
                .map(|(day, count)| DayCount {
                    day: (*day).to_owned(),
                    count,
                })
                .collect(),
            triggers: patterns.ranked_triggers(),
            emotions: patterns.ranked_emotions(),
            reframe,
            enough,
        })
    }

    fn kind_counts(&self, since: &str) -> Result<KindCounts> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT kind, count(*) FROM entry WHERE deleted_at IS NULL AND at >= ?1 GROUP BY kind",
        )?;
        let mut counts = KindCounts::default();
        for row in stmt.query_map([since], |r| Ok((r.get::<_, String>(0)?, r.get(1)?)))? {
            let (kind, n): (String, u32) = row?;
            match kind.as_str() {
                "reflection" => counts.reflection = n,
                "moment" => counts.moment = n,
                "checkin" => counts.checkin = n,
                _ => counts.note = n,
            }
        }
        Ok(counts)
    }

    fn mood_series(&self, since: &str) -> Result<(Vec<MoodDay>, Vec<MoodWeek>)> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT at, at_offset, mood FROM entry
             WHERE deleted_at IS NULL AND mood IS NOT NULL AND at >= ?1",
        )?;
        let mut days: BTreeMap<NaiveDate, (f64, u32)> = BTreeMap::new();
        let mut weeks: BTreeMap<NaiveDate, (f64, u32)> = BTreeMap::new();
        for row in stmt.query_map([since], |r| {
            Ok((
                from_stored(&r.get::<_, String>(0)?, r.get(1)?)?,
                r.get::<_, u8>(2)?,
            ))
        })? {
            let (at, mood) = row?;
            let day = at.date_naive();
            let monday = day - Days::new(u64::from(day.weekday().num_days_from_monday()));
            for (map, key) in [(&mut days, day), (&mut weeks, monday)] {
                let slot = map.entry(key).or_insert((0.0, 0));
                slot.0 += f64::from(mood);
                slot.1 += 1;
            }
        }
        Ok((
            days.into_iter()
                .map(|(day, (sum, count))| MoodDay {
                    day,
                    mean: mean(sum, count),
                    count,
                })
                .collect(),
            weeks
                .into_iter()
                .map(|(week_start, (sum, count))| MoodWeek {
                    week_start,
                    mean: mean(sum, count),
                    count,
                })
                .collect(),
        ))
    }

    /// The top triggers, emotions and traps of the moments between two
    /// stored instants (`until` exclusive), private ones only if asked: what
    /// the session brief shows as the period's patterns.
    pub(crate) fn moment_patterns(
        &self,
        since: &str,
        until: &str,
        include_private: bool,
    ) -> Result<(Vec<LabelCount>, Vec<EmotionCount>, Vec<TrapCount>)> {
        let mut patterns = MomentPatterns::default();
        for m in self.moment_rows(since, Some(until), include_private)? {
            patterns.add(&m);
        }
        Ok((
            patterns.ranked_triggers(),
            patterns.ranked_emotions(),
            patterns.trap_counts(),
        ))
    }

    fn moment_rows(
        &self,
        since: &str,
        until: Option<&str>,
        include_private: bool,
    ) -> Result<Vec<MomentRow>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT m.id, m.occurred_at, m.occurred_offset, m.situation FROM moment m
             WHERE m.deleted_at IS NULL AND m.occurred_at >= ?1
               AND (?2 IS NULL OR m.occurred_at < ?2)
               AND (?3 OR NOT EXISTS (SELECT 1 FROM entry e
                                      WHERE e.kind = 'moment' AND e.ref_id = m.id
                                        AND e.private = 1))
             ORDER BY m.occurred_at, m.id",
        )?;
        let mut moments: Vec<(i64, MomentRow)> = stmt
            .query_map(params![since, until, include_private], |r| {
                Ok((
                    r.get(0)?,
                    MomentRow {
                        at: from_stored(&r.get::<_, String>(1)?, r.get(2)?)?,
                        situation: r.get(3)?,
                        emotions: Vec::new(),
                        traps: Vec::new(),
                    },
                ))
            })?
            .collect::<rusqlite::Result<_>>()?;
        let index: HashMap<i64, usize> = moments
            .iter()
            .enumerate()
            .map(|(i, (id, _))| (*id, i))
            .collect();
        let mut emotions = self.conn.prepare_cached(
            "SELECT me.moment_id, me.word, me.before, me.after FROM moment_emotion me
               JOIN moment m ON m.id = me.moment_id
             WHERE m.deleted_at IS NULL AND m.occurred_at >= ?1 ORDER BY me.moment_id, me.position",
        )?;
        for row in emotions.query_map(params![since], |r| {
            Ok((r.get::<_, i64>(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
        })? {
            let (id, word, before, after) = row?;
            if let Some(&i) = index.get(&id) {
                moments[i].1.emotions.push((word, before, after));
            }
        }
        let mut traps = self.conn.prepare_cached(
            "SELECT mt.moment_id, mt.trap FROM moment_trap mt JOIN moment m ON m.id = mt.moment_id
             WHERE m.deleted_at IS NULL AND m.occurred_at >= ?1",
        )?;
        for row in traps.query_map(params![since], |r| Ok((r.get::<_, i64>(0)?, r.get(1)?)))? {
            let (id, trap) = row?;
            if let Some(&i) = index.get(&id) {
                moments[i].1.traps.push(trap);
            }
        }
        Ok(moments.into_iter().map(|(_, m)| m).collect())
    }
}
