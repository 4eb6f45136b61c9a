//! How much a thought eased: the full thought record's before and after.
//!
//! A moment may say how strongly its self-talk was believed when it came
//! (0–100) and again after a balanced thought. Over the moments that have
//! both, this gives the median belief before and after, the median change,
//! and the thinking traps whose thoughts eased most. Medians, not means:
//! a handful of ratings is all there usually is, and one "100 → 0" would
//! pull a mean far from what most of the moments say.
//!
//! Insights and the session brief both show it, over their own period.
//! Below [`MIN_BELIEF`] moments it says so instead of giving a figure, and
//! it never claims the balanced thought caused the change: it reports what
//! the person rated.

use rusqlite::params;
use serde::{Deserialize, Serialize};

use super::vocabulary;
use crate::error::Result;
use crate::storage::db::Db;

/// Moments rated before and after that the figures need: below this, a
/// median is one or two ratings and says little.
pub const MIN_BELIEF: u32 = 3;
/// A trap is listed once this many of its moments were rated twice.
pub const MIN_BELIEF_PER_TRAP: u32 = 2;
/// How many traps the list keeps.
const TOP_TRAPS: usize = 5;

/// One thinking trap's thoughts: how many were rated twice and how much
/// they eased (the median of before − after).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct BeliefTrap {
    pub id: String,
    pub name: String,
    pub count: u32,
    pub median_eased: f64,
}

/// How much belief in the self-talk eased over a period.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Belief {
    /// Moments with the belief rated both before and after.
    pub count: u32,
    /// `count` has reached [`MIN_BELIEF`]: the medians below are given.
    pub enough: bool,
    pub median_before: Option<f64>,
    pub median_after: Option<f64>,
    /// The median of each moment's before − after: positive means eased.
    pub median_eased: Option<f64>,
    /// Traps with at least [`MIN_BELIEF_PER_TRAP`] such moments, the most
    /// eased first.
    pub by_trap: Vec<BeliefTrap>,
}

/// The median of `values` (sorted here); `None` for none.
pub(crate) fn median(values: &mut [i32]) -> Option<f64> {
    values.sort_unstable();
    let n = values.len();
    match n {
        0 => None,
        _ if n % 2 == 1 => Some(f64::from(values[n / 2])),
        _ => Some(f64::from(values[n / 2 - 1] + values[n / 2]) / 2.0),
    }
}

/// One moment rated twice: before, after, and its traps as bits (bit `i`
/// for `vocabulary::TRAPS[i]`), so tallying by trap allocates nothing per
/// moment.
pub(crate) type Rated = (u8, u8, u32);
// Every trap needs a bit of its own.
const _: () = assert!(vocabulary::TRAPS.len() <= 32);

/// The bits of the trap ids in `ids` (space-separated, as SQL gives them).
fn trap_bits(ids: &str) -> u32 {
    ids.split_whitespace()
        .filter_map(|id| vocabulary::TRAPS.iter().position(|t| t.id == id))
        .fold(0, |bits, i| bits | 1 << i)
}

/// The figures for these rated moments.
pub(crate) fn belief_of(rated: &[Rated]) -> Belief {
    let count = u32::try_from(rated.len()).unwrap_or(u32::MAX);
    let enough = count >= MIN_BELIEF;
    let eased = |r: &Rated| i32::from(r.0) - i32::from(r.1);
    // One pass: each moment's change goes to every trap it had.
    let mut per_trap: Vec<Vec<i32>> = vec![Vec::new(); vocabulary::TRAPS.len()];
    for r in rated {
        for (i, changes) in per_trap.iter_mut().enumerate() {
            if r.2 & (1 << i) != 0 {
                changes.push(eased(r));
            }
        }
    }
    let mut by_trap: Vec<BeliefTrap> = vocabulary::TRAPS
        .iter()
        .zip(&mut per_trap)
        .filter_map(|(trap, changes)| {
            let n = u32::try_from(changes.len()).unwrap_or(u32::MAX);
            (n >= MIN_BELIEF_PER_TRAP).then(|| BeliefTrap {
                id: trap.id.to_owned(),
                name: trap.name.to_owned(),
                count: n,
                median_eased: median(changes).unwrap_or(0.0),
            })
        })
        .collect();
    // Stable: equal figures keep the vocabulary's order.
    by_trap.sort_by(|a, b| {
        b.median_eased
            .total_cmp(&a.median_eased)
            .then(b.count.cmp(&a.count))
    });
    by_trap.truncate(TOP_TRAPS);
    if !enough {
        return Belief {
            count,
            ..Belief::default()
        };
    }
    let mut before: Vec<i32> = rated.iter().map(|r| i32::from(r.0)).collect();
    let mut after: Vec<i32> = rated.iter().map(|r| i32::from(r.1)).collect();
    let mut changes: Vec<i32> = rated.iter().map(eased).collect();
    Belief {
        count,
        enough,
        median_before: median(&mut before),
        median_after: median(&mut after),
        median_eased: median(&mut changes),
        by_trap,
    }
}

impl Db {
    /// How much belief eased over the moments between two stored instants
    /// (`until` exclusive; `None` for now), private ones only if asked.
    pub(crate) fn belief(
        &self,
        since: &str,
        until: Option<&str>,
        include_private: bool,
    ) -> Result<Belief> {
        // The partial index `moment_belief` (migration 0010) holds only
        // the moments rated twice: a few rows however large the journal.
        let mut stmt = self.conn.prepare_cached(
            "SELECT m.belief_before, m.belief_after,
                    (SELECT group_concat(trap, ' ') FROM moment_trap WHERE moment_id = m.id)
             FROM moment m INDEXED BY moment_belief
             WHERE m.deleted_at IS NULL AND m.belief_before IS NOT NULL
               AND m.belief_after IS NOT NULL AND m.occurred_at >= ?1
               AND (?2 IS NULL OR m.occurred_at < ?2)
               AND (?3 OR NOT EXISTS (SELECT 1 FROM entry e
                                      WHERE e.kind = 'moment' AND e.ref_id = m.id
                                        AND e.private = 1))",
        )?;
        let rated = stmt
            .query_map(params![since, until, include_private], |r| {
                let traps = r.get_ref(2)?.as_str_or_null()?.unwrap_or("");
                Ok((r.get(0)?, r.get(1)?, trap_bits(traps)))
            })?
            .collect::<rusqlite::Result<Vec<Rated>>>()?;
        Ok(belief_of(&rated))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rated(before: u8, after: u8, traps: &[&str]) -> Rated {
        (before, after, trap_bits(&traps.join(" ")))
    }

    #[test]
    fn below_the_threshold_gives_the_count_and_no_figures() {
        let b = belief_of(&[rated(80, 40, &["mindReading"]), rated(90, 60, &[])]);
        assert_eq!(b.count, 2);
        assert!(!b.enough);
        assert_eq!((b.median_before, b.median_eased), (None, None));
        assert!(b.by_trap.is_empty());
    }

    #[test]
    fn medians_worked_by_hand() {
        // Before 80, 90, 70, 100 → sorted 70 80 90 100 → median 85.
        // After 40, 60, 70, 20 → 20 40 60 70 → median 50.
        // Eased 40, 30, 0, 80 → 0 30 40 80 → median 35 (not 85 − 50).
        let b = belief_of(&[
            rated(80, 40, &["mindReading", "labeling"]),
            rated(90, 60, &["mindReading"]),
            rated(70, 70, &["labeling"]),
            rated(100, 20, &["catastrophizing"]),
        ]);
        assert_eq!(b.count, 4);
        assert!(b.enough);
        assert_eq!(b.median_before, Some(85.0));
        assert_eq!(b.median_after, Some(50.0));
        assert_eq!(b.median_eased, Some(35.0));
        // Mind reading eased 40 and 30 → 35; labeling 40 and 0 → 20;
        // catastrophizing has one moment, below the per-trap threshold.
        let traps: Vec<(&str, u32, f64)> = b
            .by_trap
            .iter()
            .map(|t| (t.id.as_str(), t.count, t.median_eased))
            .collect();
        assert_eq!(traps, [("mindReading", 2, 35.0), ("labeling", 2, 20.0)]);
    }

    #[test]
    fn a_thought_believed_more_afterwards_counts_as_it_was() {
        let b = belief_of(&[rated(40, 60, &[]), rated(50, 70, &[]), rated(30, 30, &[])]);
        assert_eq!(b.median_eased, Some(-20.0));
    }
}
