//! The session brief: the period since the last session (or any range),
//! gathered in the order a CBT session runs — mood check, bridge from last
//! time, agenda, homework review, patterns — and the person's own words.
//!
//! Private entries stay out unless the person includes them, and the brief
//! says how many were left out. Anything can be left out of a brief (its
//! `key` goes into the prep's `removed`); nothing is ever deleted by it.
//! What the person prepares (their agenda, "in my own words", what they
//! left out) is kept per start day, so it survives a restart.
//!
//! The brief is data; `doc.rs` turns it into a document that the Markdown,
//! HTML and PDF writers each render.

pub mod doc;
pub mod html;
pub mod markdown;
pub mod pdf;

use std::collections::BTreeMap;

use chrono::{DateTime, Days, FixedOffset, NaiveDate};
use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};

use crate::clock::{from_stored, to_stored};
use crate::error::{Error, Result};
use crate::i18n::text;
use crate::journal::belief::Belief;
use crate::journal::insights::{EmotionCount, LabelCount, TrapCount};
use crate::journal::timeline::day_start_at;
use crate::practice::experiment::Experiment;
use crate::practice::log::Outcome;
use crate::practice::plan::{Frequency, PlanStatus};
use crate::practice::progress::score_history;
use crate::storage::db::Db;
use crate::therapy::measures::{change_of, MeasureKind, MeasureResult};

/// Without a reflection to start from, a brief covers two weeks.
const DEFAULT_DAYS: u64 = 14;
/// Prep limits: enough for any session, small enough to stay a brief.
const MAX_AGENDA: usize = 30;
const MAX_AGENDA_CHARS: usize = 500;
const MAX_OWN_WORDS_CHARS: usize = 20_000;
const MAX_REMOVED: usize = 2_000;
/// How many of each pattern and example moments a brief shows.
const TOP_PATTERNS: usize = 5;
const EXAMPLES: i64 = 2;

/// Which days a brief covers and whether private entries are in it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct BriefQuery {
    /// First day; `None` means the day of the last session.
    #[serde(default)]
    pub since: Option<NaiveDate>,
    /// Last day, inclusive; `None` means today.
    #[serde(default)]
    pub until: Option<NaiveDate>,
    #[serde(default)]
    pub include_private: bool,
}

/// What the person prepares for a brief.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct BriefPrep {
    #[serde(default)]
    pub agenda: Vec<String>,
    #[serde(default)]
    pub own_words: String,
    /// Keys of the items left out.
    #[serde(default)]
    pub removed: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MoodDay {
    pub day: NaiveDate,
    pub mean: f64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MeasureSummary {
    pub key: String,
    pub title: String,
    pub latest: MeasureResult,
    pub first: u8,
    pub since_first: i16,
    pub since_last: Option<i16>,
    pub baseline_clinical: bool,
    pub response: bool,
    pub remission: Option<bool>,
    pub reliable: Option<crate::therapy::measures::Reliable>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Flag {
    pub key: String,
    /// For the therapist.
    pub text: String,
    /// For the person, who reads the brief first.
    pub explanation: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MoodSection {
    pub checkins: Vec<MoodDay>,
    pub phq9: Option<MeasureSummary>,
    pub gad7: Option<MeasureSummary>,
    pub flags: Vec<Flag>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Bridge {
    pub key: String,
    pub takeaway: String,
    /// The takeaway's companion: the most difficult or surprising thing.
    pub difficult: String,
    pub focus: String,
    pub session_at: DateTime<FixedOffset>,
    /// Answers to the therapist's own questions, as asked.
    pub answers: Vec<crate::journal::questions::ReflectionAnswer>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct StarredItem {
    pub key: String,
    pub kind: crate::journal::Kind,
    pub id: i64,
    pub at: DateTime<FixedOffset>,
    pub summary: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AgendaItem {
    pub key: String,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Agenda {
    pub starred: Vec<StarredItem>,
    pub items: Vec<AgendaItem>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DayNote {
    pub day: NaiveDate,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Homework {
    pub key: String,
    pub plan_id: i64,
    pub sentence: String,
    /// Repetitions the plan asked for in the period.
    pub planned: u32,
    pub done: u32,
    pub partly: u32,
    pub skipped: u32,
    pub not_today: u32,
    pub reasons: Vec<String>,
    pub notes: Vec<DayNote>,
    /// Loop's score (0–1) the day before the period and on its last day.
    pub score_from: f64,
    pub score_to: f64,
    /// How the score moved, in words: the preview and every export say
    /// this, computed once (`doc::trend_words`).
    pub trend: String,
    /// Who assigned it, when it came in a therapist's homework file.
    pub assigned: Option<Assigned>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ExampleMoment {
    pub key: String,
    pub id: i64,
    pub at: DateTime<FixedOffset>,
    pub situation: String,
    pub self_talk: String,
    pub friend: String,
    /// The full thought record's balanced thought and how strongly the
    /// self-talk was believed before and after it.
    pub balanced: String,
    pub belief_before: Option<u8>,
    pub belief_after: Option<u8>,
    pub starred: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Patterns {
    pub key: String,
    pub triggers: Vec<LabelCount>,
    pub emotions: Vec<EmotionCount>,
    pub traps: Vec<TrapCount>,
    pub examples: Vec<ExampleMoment>,
    /// How much belief in the self-talk eased over the period.
    pub belief: Belief,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Removed {
    pub key: String,
    pub label: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Brief {
    pub from: NaiveDate,
    pub until: NaiveDate,
    pub since_last_session: bool,
    pub include_private: bool,
    pub private_left_out: u32,
    pub made_at: DateTime<FixedOffset>,
    pub removed: Vec<Removed>,
    pub mood: MoodSection,
    pub bridge: Option<Bridge>,
    pub agenda: Agenda,
    pub homework: Vec<Homework>,
    /// Behavioural experiments planned for, or written up in, these days.
    pub experiments: Vec<BriefExperiment>,
    pub patterns: Patterns,
    pub own_words: String,
}

impl BriefPrep {
    fn validated(mut self) -> Result<Self> {
        self.agenda = self
            .agenda
            .into_iter()
            .map(|a| a.trim().to_owned())
            .filter(|a| !a.is_empty())
            .collect();
        if self.agenda.len() > MAX_AGENDA {
            return Err(Error::invalid(text(
                "brief-error-agenda-too-many",
                &[("max", MAX_AGENDA.into())],
            )));
        }
        if self
            .agenda
            .iter()
            .any(|a| a.chars().count() > MAX_AGENDA_CHARS)
        {
            return Err(Error::invalid(text(
                "brief-error-agenda-item-too-long",
                &[("max", MAX_AGENDA_CHARS.into())],
            )));
        }
        crate::journal::clean_text(
            &mut self.own_words,
            "brief-own-words-field",
            MAX_OWN_WORDS_CHARS,
        )?;
        self.removed.sort();
        self.removed.dedup();
        if self.removed.len() > MAX_REMOVED || self.removed.iter().any(|k| k.len() > 100) {
            return Err(Error::invalid(text("brief-error-removed-not-ours", &[])));
        }
        Ok(self)
    }
}

/// The stored-time bounds of a range of local days (`until` inclusive).
struct Span {
    from: NaiveDate,
    until: NaiveDate,
    start: String,
    end: String,
}

impl Db {
    fn brief_span(&self, query: &BriefQuery) -> Result<(Span, bool)> {
        let now = self.clock.now();
        let today = now.date_naive();
        let until = query.until.unwrap_or(today);
        let (from, since_last_session) = match query.since {
            Some(day) => (day, false),
            None => match self.last_session_day()? {
                Some(day) if day <= until => (day, true),
                _ => (until - Days::new(DEFAULT_DAYS - 1), false),
            },
        };
        if until < from {
            return Err(Error::invalid(text("brief-error-end-before-start", &[])));
        }
        let end_day = until
            .succ_opt()
            .ok_or_else(|| Error::invalid(text("brief-error-end-too-far", &[])))?;
        Ok((
            Span {
                from,
                until,
                start: to_stored(&day_start_at(from, &now)?).0,
                end: to_stored(&day_start_at(end_day, &now)?).0,
            },
            since_last_session,
        ))
    }

    /// The local day of the latest session reflected on.
    fn last_session_day(&self) -> Result<Option<NaiveDate>> {
        let row = self
            .conn
            .query_row(
                "SELECT session_at, session_offset FROM reflection WHERE deleted_at IS NULL
                 ORDER BY session_at DESC LIMIT 1",
                [],
                |r| Ok((r.get::<_, String>(0)?, r.get(1)?)),
            )
            .optional()?;
        row.map(|(at, off)| from_stored(&at, off).map(|t| t.date_naive()))
            .transpose()
            .map_err(Into::into)
    }

    /// What was prepared for the brief starting on `since`.
    pub fn brief_prep(&self, since: NaiveDate) -> Result<BriefPrep> {
        let body: Option<String> = self
            .conn
            .query_row(
                "SELECT body FROM brief_prep WHERE since = ?1",
                [since.to_string()],
                |r| r.get(0),
            )
            .optional()?;
        match body {
            None => Ok(BriefPrep::default()),
            Some(b) => serde_json::from_str(&b)
                .map_err(|e| Error::Corrupt(format!("A saved brief can't be read: {e}"))),
        }
    }

    /// Keeps what the person prepared, and returns the brief with it.
    pub fn save_brief_prep(&mut self, query: &BriefQuery, prep: BriefPrep) -> Result<Brief> {
        let prep = prep.validated()?;
        let (span, _) = self.brief_span(query)?;
        let body = serde_json::to_string(&prep)
            .map_err(|e| Error::Storage(format!("couldn't keep the brief: {e}")))?;
        let (now, _) = to_stored(&self.clock.now());
        self.conn.execute(
            "INSERT INTO brief_prep (since, body, updated_at) VALUES (?1, ?2, ?3)
             ON CONFLICT (since) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at",
            params![span.from.to_string(), body, now],
        )?;
        self.brief(query)
    }

    /// The brief for `query`, with what was prepared for it.
    pub fn brief(&self, query: &BriefQuery) -> Result<Brief> {
        let (span, since_last_session) = self.brief_span(query)?;
        let prep = self.brief_prep(span.from)?;
        let private = query.include_private;
        let mut removed = Vec::new();
        let mut keep = |key: &str, label: String| {
            if prep.removed.iter().any(|r| r == key) {
                removed.push(Removed {
                    key: key.to_owned(),
                    label,
                });
                false
            } else {
                true
            }
        };

        let mut mood = self.brief_mood(&span, private)?;
        if !mood.checkins.is_empty() && !keep("mood:checkins", text("brief-left-out-checkins", &[]))
        {
            mood.checkins.clear();
        }
        // The questionnaires' names as `measures` gives them in the language
        // in use ("PHQ-9", "GAD-7").
        mood.phq9 = mood.phq9.filter(|m| keep(&m.key, m.title.clone()));
        mood.gad7 = mood.gad7.filter(|m| keep(&m.key, m.title.clone()));
        mood.flags.retain(|f| keep(&f.key, f.text.clone()));

        let bridge = self
            .brief_bridge(&span, private)?
            .filter(|b| keep(&b.key, text("brief-left-out-bridge", &[])));
        let mut starred = self.brief_starred(&span, private)?;
        starred.retain(|s| keep(&s.key, s.summary.clone()));
        let items = prep
            .agenda
            .iter()
            .enumerate()
            .map(|(i, text)| AgendaItem {
                key: format!("agenda:{i}"),
                text: text.clone(),
            })
            .filter(|a| keep(&a.key, a.text.clone()))
            .collect();
        let mut homework = self.brief_homework(&span)?;
        homework.retain(|h| keep(&h.key, h.sentence.clone()));
        let experiments = self
            .experiments_between(&span.start, &span.end, private)?
            .into_iter()
            .map(|experiment| {
                Ok(BriefExperiment {
                    key: format!("experiment:{}", experiment.id),
                    assigned: self.assigned("experiment", experiment.id)?,
                    experiment,
                })
            })
            .collect::<Result<Vec<_>>>()?
            .into_iter()
            .filter(|e| keep(&e.key, e.experiment.prediction.clone()))
            .collect();
        let mut patterns = self.brief_patterns(&span, private)?;
        if !keep(&patterns.key, text("brief-left-out-patterns", &[])) {
            patterns.triggers.clear();
            patterns.emotions.clear();
            patterns.traps.clear();
        }
        patterns.examples.retain(|e| {
            keep(
                &e.key,
                text(
                    "brief-left-out-moment",
                    &[("situation", e.situation.as_str().into())],
                ),
            )
        });
        let own_words = if keep("ownWords", text("brief-left-out-own-words", &[])) {
            prep.own_words.clone()
        } else {
            String::new()
        };

        Ok(Brief {
            from: span.from,
            until: span.until,
            since_last_session,
            include_private: private,
            private_left_out: if private {
                0
            } else {
                self.conn.query_row(
                    "SELECT count(*) FROM entry WHERE deleted_at IS NULL AND private = 1
                       AND at >= ?1 AND at < ?2",
                    params![span.start, span.end],
                    |r| r.get(0),
                )?
            },
            made_at: self.clock.now(),
            removed,
            mood,
            bridge,
            agenda: Agenda { starred, items },
            homework,
            experiments,
            patterns,
            own_words,
        })
    }

    fn brief_mood(&self, span: &Span, private: bool) -> Result<MoodSection> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT at, at_offset, mood FROM entry
             WHERE deleted_at IS NULL AND mood IS NOT NULL AND at >= ?1 AND at < ?2
               AND (?3 OR private = 0)",
        )?;
        let mut days: BTreeMap<NaiveDate, (f64, u32)> = BTreeMap::new();
        for row in stmt.query_map(params![span.start, span.end, private], |r| {
            Ok((
                from_stored(&r.get::<_, String>(0)?, r.get(1)?)?,
                r.get::<_, u8>(2)?,
            ))
        })? {
            let (at, mood) = row?;
            let slot = days.entry(at.date_naive()).or_insert((0.0, 0));
            slot.0 += f64::from(mood);
            slot.1 += 1;
        }
        let checkins = days
            .into_iter()
            .map(|(day, (sum, n))| MoodDay {
                day,
                mean: (sum / f64::from(n) * 10.0).round() / 10.0,
            })
            .collect();
        let summary = |kind: MeasureKind| -> Result<Option<MeasureSummary>> {
            let results = self.measure_results(kind, Some(&span.end))?;
            let (Some(change), Some(latest)) = (change_of(kind, &results), results.last()) else {
                return Ok(None);
            };
            Ok(Some(MeasureSummary {
                key: format!("mood:{}", kind.as_str()),
                title: kind.form().in_language(crate::i18n::current()).title,
                latest: latest.clone(),
                first: change.baseline,
                since_first: change.since_first,
                since_last: change.since_last,
                baseline_clinical: change.baseline_clinical,
                response: change.response,
                remission: change.remission,
                reliable: change.reliable,
            }))
        };
        let mut flags = Vec::new();
        let item9: Option<(String, i32, u8)> = self
            .conn
            .query_row(
                "SELECT at, at_offset, json_extract(answers, '$[8]') FROM measure
                 WHERE kind = 'phq9' AND deleted_at IS NULL AND at >= ?1 AND at < ?2
                   AND coalesce(json_extract(answers, '$[8]'), 0) > 0
                 ORDER BY at DESC LIMIT 1",
                params![span.start, span.end],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()?;
        if let Some((at, off, answer)) = item9 {
            let day = doc::day_in("brief-day-short", &from_stored(&at, off)?, &[]);
            // The answers' words as `measures` gives them in the language in use.
            let options = MeasureKind::Phq9
                .form()
                .in_language(crate::i18n::current())
                .options;
            let given = if let Some(o) = options.iter().find(|o| o.value == answer) {
                text("brief-flag-answer", &[("answer", o.label.as_str().into())])
            } else {
                let lowest = options.first().map_or("", |o| o.label.as_str());
                text("brief-flag-answer-above", &[("answer", lowest.into())])
            };
            flags.push(Flag {
                key: "flag:phq9-item9".into(),
                text: text(
                    "brief-flag-item9",
                    &[
                        ("day", day.as_str().into()),
                        ("given", given.as_str().into()),
                    ],
                ),
                explanation: text("brief-flag-item9-explanation", &[]),
            });
        }
        Ok(MoodSection {
            checkins,
            phq9: summary(MeasureKind::Phq9)?,
            gad7: summary(MeasureKind::Gad7)?,
            flags,
        })
    }

    // CROSS JOIN, here and in `brief_patterns`, keeps SQLite's join order
    // as written: the reflection (or moment) by its time index first, then
    // its one entry. Left to choose, the planner walked every entry of the
    // kind (17 ms at 100k entries, against well under 1 ms).
    fn brief_bridge(&self, span: &Span, private: bool) -> Result<Option<Bridge>> {
        let row = self
            .conn
            .query_row(
                "SELECT r.takeaway, r.focus, r.session_at, r.session_offset, r.difficult, r.id
                 FROM reflection r
                   CROSS JOIN entry e ON e.kind = 'reflection' AND e.ref_id = r.id
                 WHERE r.deleted_at IS NULL AND r.session_at < ?1 AND (?2 OR e.private = 0)
                 ORDER BY r.session_at DESC LIMIT 1",
                params![span.end, private],
                |r| {
                    Ok((
                        r.get::<_, String>(0)?,
                        r.get::<_, String>(1)?,
                        from_stored(&r.get::<_, String>(2)?, r.get(3)?)?,
                        r.get::<_, String>(4)?,
                        r.get::<_, i64>(5)?,
                    ))
                },
            )
            .optional()?;
        row.map(|(takeaway, focus, session_at, difficult, id)| {
            Ok(Bridge {
                key: "bridge".into(),
                takeaway,
                difficult,
                focus,
                session_at,
                answers: crate::journal::questions::answers_of(&self.conn, id)?,
            })
        })
        .transpose()
    }

    fn brief_starred(&self, span: &Span, private: bool) -> Result<Vec<StarredItem>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {} FROM entry e
             WHERE e.deleted_at IS NULL AND e.starred = 1 AND e.at >= ?1 AND e.at < ?2
               AND (?3 OR e.private = 0)
             ORDER BY e.at, e.id",
            crate::journal::timeline::ITEM_COLUMNS
        ))?;
        let items = stmt
            .query_map(
                params![span.start, span.end, private],
                crate::journal::timeline::row_to_item,
            )?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(items
            .into_iter()
            .map(|i| StarredItem {
                key: format!("entry:{}", i.entry_id),
                kind: i.kind,
                id: i.id,
                at: i.at,
                summary: i.summary,
            })
            .collect())
    }

    fn brief_homework(&self, span: &Span) -> Result<Vec<Homework>> {
        let mut out = Vec::new();
        for plan in self.list_plans(true)? {
            if plan.start_date > span.until || plan.end_date.is_some_and(|e| e < span.from) {
                continue;
            }
            let days = self.plan_days(&plan, span.until)?;
            let in_span: Vec<_> = days.iter().filter(|d| d.day >= span.from).collect();
            let logs = self.plan_logs(plan.id, span.from)?;
            let logs: Vec<_> = logs.into_iter().filter(|l| l.day <= span.until).collect();
            if plan.status == PlanStatus::Archived && logs.is_empty() {
                continue;
            }
            let count = |o: Outcome| {
                u32::try_from(logs.iter().filter(|l| l.outcome == o).count()).unwrap_or(u32::MAX)
            };
            let active: Vec<_> = in_span
                .iter()
                .filter(|d| !d.paused && plan.end_date.is_none_or(|e| d.day <= e))
                .collect();
            // Days are counted in the hundreds at most.
            #[allow(clippy::cast_precision_loss)]
            let planned = match plan.frequency {
                Frequency::Weekdays { .. } => active
                    .iter()
                    .filter(|d| plan.frequency.may_happen_on(d.day))
                    .count() as f64,
                _ => plan.frequency.per_day() * active.len() as f64,
            };
            let scores = score_history(&plan.frequency, &days);
            let before = days
                .iter()
                .position(|d| d.day >= span.from)
                .unwrap_or(days.len());
            let score_from = before
                .checked_sub(1)
                .and_then(|i| scores.get(i))
                .copied()
                .unwrap_or(0.0);
            let score_to = scores.last().copied().unwrap_or(0.0);
            out.push(Homework {
                key: format!("plan:{}", plan.id),
                plan_id: plan.id,
                sentence: plan.sentence.clone(),
                #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
                planned: planned.round().max(0.0) as u32,
                done: count(Outcome::Done),
                partly: count(Outcome::Partly),
                skipped: count(Outcome::Skipped),
                not_today: count(Outcome::NotToday),
                reasons: logs
                    .iter()
                    .filter(|l| l.outcome == Outcome::Skipped && !l.reason.is_empty())
                    .map(|l| l.reason.clone())
                    .collect(),
                notes: logs
                    .iter()
                    .filter(|l| !l.note.trim().is_empty())
                    .map(|l| DayNote {
                        day: l.day,
                        text: l.note.clone(),
                    })
                    .collect(),
                score_from: (score_from * 100.0).round() / 100.0,
                score_to: (score_to * 100.0).round() / 100.0,
                trend: doc::trend_words(score_from, score_to),
                assigned: self.assigned("plan", plan.id)?,
            });
        }
        Ok(out)
    }

    /// Who assigned the plan or experiment `id` (`table` is one of those
    /// two names, never input), if it came in a homework file.
    fn assigned(&self, table: &str, id: i64) -> Result<Option<Assigned>> {
        let row: Option<(String, String, i32)> = self
            .conn
            .prepare_cached(&format!(
                "SELECT h.from_name, h.assigned_at, h.assigned_offset FROM homework_item h
                 JOIN {table} t ON t.uid = h.uid WHERE t.id = ?1"
            ))?
            .query_row([id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .optional()?;
        row.map(|(from, at, offset)| {
            Ok(Assigned {
                from,
                on: crate::clock::from_stored(&at, offset)?.date_naive(),
            })
        })
        .transpose()
    }

    fn brief_patterns(&self, span: &Span, private: bool) -> Result<Patterns> {
        let (mut triggers, mut emotions, mut traps) =
            self.moment_patterns(&span.start, &span.end, private)?;
        triggers.truncate(TOP_PATTERNS);
        emotions.truncate(TOP_PATTERNS);
        traps.truncate(TOP_PATTERNS);
        let mut stmt = self.conn.prepare_cached(
            "SELECT m.id, m.occurred_at, m.occurred_offset, m.situation, m.self_talk, m.friend,
                    e.starred, m.balanced, m.belief_before, m.belief_after
             FROM moment m CROSS JOIN entry e ON e.kind = 'moment' AND e.ref_id = m.id
             WHERE m.deleted_at IS NULL AND m.occurred_at >= ?1 AND m.occurred_at < ?2
               AND (?3 OR e.private = 0) AND (m.self_talk != '' OR m.situation != '')
             ORDER BY e.starred DESC, (m.friend != '' OR m.balanced != '') DESC,
                      m.occurred_at DESC LIMIT ?4",
        )?;
        let examples = stmt
            .query_map(params![span.start, span.end, private, EXAMPLES], |r| {
                Ok(ExampleMoment {
                    key: format!("moment:{}", r.get::<_, i64>(0)?),
                    id: r.get(0)?,
                    at: from_stored(&r.get::<_, String>(1)?, r.get(2)?)?,
                    situation: r.get(3)?,
                    self_talk: r.get(4)?,
                    friend: r.get(5)?,
                    starred: r.get(6)?,
                    balanced: r.get(7)?,
                    belief_before: r.get(8)?,
                    belief_after: r.get(9)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(Patterns {
            key: "patterns".into(),
            triggers,
            emotions,
            traps,
            examples,
            belief: self.belief(&span.start, Some(&span.end), private)?,
        })
    }
}

/// An experiment in the brief, with the key that leaves it out.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct BriefExperiment {
    pub key: String,
    /// Who assigned it, when it came in a therapist's homework file.
    pub assigned: Option<Assigned>,
    #[serde(flatten)]
    pub experiment: Experiment,
}

/// A plan or experiment that came in a therapist's homework file: who
/// signed the file, and the day the person said yes to it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Assigned {
    pub from: String,
    pub on: NaiveDate,
}

/// The brief's export formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum BriefFormat {
    Md,
    Html,
    Pdf,
}

impl BriefFormat {
    pub fn extension(self) -> &'static str {
        match self {
            BriefFormat::Md => "md",
            BriefFormat::Html => "html",
            BriefFormat::Pdf => "pdf",
        }
    }

    /// The brief in this format.
    pub fn render(self, brief: &Brief) -> Result<Vec<u8>> {
        Ok(match self {
            BriefFormat::Md => markdown::render(brief).into_bytes(),
            BriefFormat::Html => html::render(brief).into_bytes(),
            BriefFormat::Pdf => pdf::render(brief)?,
        })
    }
}
