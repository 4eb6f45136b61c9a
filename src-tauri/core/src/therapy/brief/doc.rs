//! The brief as a document: a flat list of blocks that says what is
//! written, in which order, with which emphasis. The Markdown, HTML and PDF
//! writers only decide how each kind of block looks, so the three exports
//! always say the same thing.

use std::fmt::Write;

use chrono::{Datelike, NaiveDate};

use super::{Brief, MeasureSummary};
use crate::i18n::{text, Arg, Language};
use crate::journal::Kind;
use crate::therapy::measures::Reliable;

/// One block of the document.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    Title(String),
    /// What the document holds and for which dates; first, always.
    Meta(String),
    Heading(String),
    Subheading(String),
    Para(String),
    Bullet(String),
    Quote(String),
    Muted(String),
    /// A gentle highlighted note (the PHQ-9 question 9 flag).
    Note(String),
    /// Mood (1–10) by day.
    Chart(Vec<(NaiveDate, f64)>),
}

/// A day in words by the message `id` (`brief-day`, `brief-day-short`, …):
/// the message names the weekday (1 = Monday) and month (1 = January)
/// itself, so each language writes the day its own way. `extra` adds
/// arguments some messages take (a time, a zero-padded day).
pub(crate) fn day_in(id: &str, d: &impl Datelike, extra: &[(&str, Arg<'_>)]) -> String {
    let mut args: Vec<(&str, Arg<'_>)> = vec![
        ("weekday", d.weekday().number_from_monday().into()),
        ("day", d.day().into()),
        ("month", d.month().into()),
        ("year", d.year().into()),
    ];
    args.extend_from_slice(extra);
    text(id, &args)
}

fn day(d: NaiveDate) -> String {
    day_in("brief-day", &d, &[])
}

/// A number with one decimal, as the language writes it ("6.5", „6,5“).
pub(crate) fn decimal(x: f64) -> String {
    let s = format!("{x:.1}");
    if crate::i18n::current() == Language::German {
        s.replace('.', ",")
    } else {
        s
    }
}

/// A median of whole numbers: whole ("35") or a half ("12.5", „12,5“).
fn median_text(x: f64) -> String {
    if x.fract() == 0.0 {
        format!("{x:.0}")
    } else {
        decimal(x)
    }
}

/// Which way a median change of belief went, and by how much, for a
/// message's `$change` and `$points`: a whole number stays a number, so
/// "1 point" and „1 Punkt“ come out singular; a half is text ("12.5").
fn belief_change(eased: f64) -> (&'static str, Arg<'static>, String) {
    let change = if eased > 0.0 {
        "eased"
    } else if eased < 0.0 {
        "grew"
    } else {
        "same"
    };
    let points = eased.abs();
    if points.fract() == 0.0 {
        // A median of 0–100 ratings: well inside i64.
        #[allow(clippy::cast_possible_truncation)]
        let whole = points as i64;
        (change, Arg::Number(whole), String::new())
    } else {
        (change, Arg::Number(0), decimal(points))
    }
}

/// `belief_change`'s figures as message arguments.
fn change_args<'a>(
    change: &'static str,
    whole: Arg<'static>,
    half: &'a str,
) -> [(&'static str, Arg<'a>); 2] {
    let points = if half.is_empty() {
        whole
    } else {
        Arg::Text(half)
    };
    [("change", Arg::Text(change)), ("points", points)]
}

fn signed(n: i16) -> String {
    let direction = match n {
        0 => "none",
        n if n > 0 => "up",
        _ => "down",
    };
    text(
        "brief-change",
        &[
            ("direction", direction.into()),
            ("points", n.unsigned_abs().into()),
        ],
    )
}

fn measure_lines(m: &MeasureSummary) -> Vec<Block> {
    let latest = &m.latest;
    let score = latest.score.unwrap_or(0);
    // The reader's words, not the ones written to the person.
    let on = day_in("brief-day-short", &latest.at, &[]);
    let mut line = match latest.band.as_ref() {
        Some(b) => text(
            "brief-measure-line-band",
            &[
                ("title", m.title.as_str().into()),
                ("score", score.into()),
                ("day", on.as_str().into()),
                ("band", b.reader.as_str().into()),
                ("range", b.range.as_str().into()),
            ],
        ),
        None => text(
            "brief-measure-line",
            &[
                ("title", m.title.as_str().into()),
                ("score", score.into()),
                ("day", on.as_str().into()),
            ],
        ),
    };
    if let Some(last) = m.since_last {
        let since_first = signed(m.since_first);
        let since_last = signed(last);
        let _ = write!(
            line,
            " {}",
            text(
                "brief-measure-since",
                &[
                    ("first", m.first.into()),
                    ("since_first", since_first.as_str().into()),
                    ("since_last", since_last.as_str().into()),
                ],
            )
        );
    }
    // The same rules as the history chart (measures::change_of): response
    // and remission only from a first score in the clinical range.
    match m.reliable {
        Some(Reliable::Improvement) => {
            let _ = write!(line, " {}", text("brief-measure-improved-reliably", &[]));
        }
        Some(Reliable::Deterioration) => {
            let _ = write!(line, " {}", text("brief-measure-rose-reliably", &[]));
        }
        None => {}
    }
    if m.response {
        let _ = write!(line, " {}", text("brief-measure-is-response", &[]));
    }
    if m.remission == Some(true) {
        let _ = write!(line, " {}", text("brief-measure-is-remission", &[]));
    }
    vec![Block::Bullet(line)]
}

/// Plain words for how a plan's score (0–1) moved over the period,
/// judged in whole points out of 100 as the preview shows it. A fall is
/// only ever "a little less steady" or "less steady for now": a lapse is
/// a dent, not a verdict. In the language in use (`brief-trend`).
pub fn trend_words(from: f64, to: f64) -> String {
    // Scores are 0–1, so these are whole numbers from 0 to 100.
    #[allow(clippy::cast_possible_truncation)]
    let percent = |score: f64| (score.clamp(0.0, 1.0) * 100.0).round() as i32;
    let change = match percent(to) - percent(from) {
        c if c >= 10 => "steadier",
        c if c >= 2 => "little-steadier",
        c if c > -2 => "same",
        c if c > -10 => "little-less",
        _ => "less",
    };
    text("brief-trend", &[("change", change.into())])
}

impl Brief {
    /// What the brief holds, in one sentence, for the top of every export.
    pub fn contents_line(&self) -> String {
        let mut parts = vec![
            "brief-contents-mood",
            "brief-contents-bridge",
            "brief-contents-agenda",
        ];
        parts.push("brief-contents-homework");
        parts.push("brief-contents-patterns");
        if !self.own_words.trim().is_empty() {
            parts.push("brief-contents-own-words");
        }
        let parts = parts
            .into_iter()
            .map(|id| text(id, &[]))
            .collect::<Vec<_>>()
            .join(", ");
        let mut line = text("brief-contents", &[("parts", parts.as_str().into())]);
        if self.private_left_out > 0 {
            let _ = write!(
                line,
                " {}",
                text(
                    "brief-private-entries-left-out",
                    &[("count", self.private_left_out.into())]
                )
            );
        } else if self.include_private {
            let _ = write!(line, " {}", text("brief-private-included", &[]));
        }
        if !self.removed.is_empty() {
            let _ = write!(
                line,
                " {}",
                text(
                    "brief-removed-by-me",
                    &[("count", self.removed.len().into())]
                )
            );
        }
        line
    }

    /// The brief as blocks, in the order a session runs.
    pub fn document(&self) -> Vec<Block> {
        let from = day(self.from);
        let until = day(self.until);
        let time = self.made_at.format("%H:%M").to_string();
        let made = day_in(
            "brief-made-at",
            &self.made_at,
            &[("time", time.as_str().into())],
        );
        let mut d = vec![
            Block::Title(text("brief-document-heading", &[])),
            Block::Meta(text(
                if self.since_last_session {
                    "brief-dates-since-session"
                } else {
                    "brief-dates"
                },
                &[
                    ("from", from.as_str().into()),
                    ("until", until.as_str().into()),
                    ("made", made.as_str().into()),
                ],
            )),
            Block::Meta(self.contents_line()),
        ];

        self.mood_blocks(&mut d);
        self.bridge_blocks(&mut d);
        self.agenda_blocks(&mut d);
        self.homework_blocks(&mut d);
        self.pattern_blocks(&mut d);
        self.own_words_blocks(&mut d);
        d
    }

    fn mood_blocks(&self, d: &mut Vec<Block>) {
        d.push(Block::Heading(text("brief-heading-mood", &[])));
        if self.mood.checkins.is_empty() {
            d.push(Block::Muted(text("brief-mood-no-checkins", &[])));
        } else {
            let n = u32::try_from(self.mood.checkins.len()).unwrap_or(u32::MAX);
            let mean = self.mood.checkins.iter().map(|c| c.mean).sum::<f64>() / f64::from(n);
            let average = decimal(mean);
            d.push(Block::Para(text(
                "brief-mood-average",
                &[("days", n.into()), ("average", average.as_str().into())],
            )));
            // One day is a number, not a trend.
            if n > 1 {
                d.push(Block::Chart(
                    self.mood.checkins.iter().map(|c| (c.day, c.mean)).collect(),
                ));
            }
        }
        for m in [&self.mood.phq9, &self.mood.gad7].into_iter().flatten() {
            d.extend(measure_lines(m));
        }
        // The flag's explanation is written to the person and shown in
        // the preview only; the therapist reads the note itself.
        for f in &self.mood.flags {
            d.push(Block::Note(f.text.clone()));
        }
    }

    fn bridge_blocks(&self, d: &mut Vec<Block>) {
        d.push(Block::Heading(text("brief-heading-bridge", &[])));
        match &self.bridge {
            Some(b) => {
                let on = day_in("brief-day-short", &b.session_at, &[]);
                d.push(Block::Muted(text(
                    "brief-reflection-from",
                    &[("day", on.as_str().into())],
                )));
                if !b.takeaway.trim().is_empty() {
                    d.push(Block::Subheading(text("brief-reflection-takeaway", &[])));
                    d.push(Block::Quote(b.takeaway.clone()));
                }
                if !b.difficult.trim().is_empty() {
                    d.push(Block::Subheading(text("brief-reflection-difficult", &[])));
                    d.push(Block::Quote(b.difficult.clone()));
                }
                if !b.focus.trim().is_empty() {
                    d.push(Block::Subheading(text("brief-reflection-focus", &[])));
                    d.push(Block::Quote(b.focus.clone()));
                }
                // The therapist's own questions, in their words as asked.
                for a in &b.answers {
                    d.push(Block::Subheading(a.question.clone()));
                    d.push(Block::Quote(a.answer.clone()));
                }
            }
            None => d.push(Block::Muted(text("brief-reflection-none", &[]))),
        }
    }

    fn agenda_blocks(&self, d: &mut Vec<Block>) {
        d.push(Block::Heading(text("brief-heading-agenda", &[])));
        if self.agenda.items.is_empty() && self.agenda.starred.is_empty() {
            d.push(Block::Muted(text("brief-agenda-nothing-yet", &[])));
        }
        for item in &self.agenda.items {
            d.push(Block::Bullet(item.text.clone()));
        }
        if !self.agenda.starred.is_empty() {
            d.push(Block::Subheading(text("brief-starred-heading", &[])));
            for s in &self.agenda.starred {
                let kind = match s.kind {
                    Kind::Reflection => "reflection",
                    Kind::Moment => "moment",
                    Kind::Checkin => "checkin",
                    Kind::Note => "note",
                };
                let on = day_in("brief-day-short", &s.at, &[]);
                d.push(Block::Bullet(text(
                    "brief-starred-entry",
                    &[
                        ("summary", s.summary.as_str().into()),
                        ("kind", kind.into()),
                        ("day", on.as_str().into()),
                    ],
                )));
            }
        }
    }

    fn homework_blocks(&self, d: &mut Vec<Block>) {
        d.push(Block::Heading(text("brief-heading-homework", &[])));
        if self.homework.is_empty() {
            d.push(Block::Muted(text("brief-homework-no-plans", &[])));
        }
        for h in &self.homework {
            d.push(Block::Subheading(h.sentence.clone()));
            assigned_line(d, h.assigned.as_ref());
            d.push(Block::Para(text(
                "brief-homework-tally",
                &[
                    ("planned", h.planned.into()),
                    ("done", h.done.into()),
                    ("partly", h.partly.into()),
                    ("skipped", h.skipped.into()),
                    ("not_today", h.not_today.into()),
                    ("trend", h.trend.as_str().into()),
                ],
            )));
            if !h.reasons.is_empty() {
                let reasons = h.reasons.join("; ");
                d.push(Block::Bullet(text(
                    "brief-homework-skipped-because",
                    &[("reasons", reasons.as_str().into())],
                )));
            }
            for n in &h.notes {
                d.push(Block::Bullet(format!(
                    "{}: {}",
                    day_in("brief-day-short", &n.day, &[]),
                    n.text
                )));
            }
        }
        self.experiment_blocks(d);
    }

    /// Each experiment: what was predicted and tested, and, once written
    /// up, what happened and was learned, in the person's words.
    fn experiment_blocks(&self, d: &mut Vec<Block>) {
        for item in &self.experiments {
            let e = &item.experiment;
            d.push(Block::Subheading(text(
                "brief-experiment",
                &[("prediction", e.prediction.as_str().into())],
            )));
            assigned_line(d, item.assigned.as_ref());
            for (id, words) in [
                ("brief-experiment-test", &e.test),
                ("brief-experiment-safety", &e.safety_behaviours),
                ("brief-experiment-expected", &e.expected),
                ("brief-experiment-happened", &e.happened),
                ("brief-experiment-learned", &e.learned),
                ("brief-experiment-obstacles", &e.obstacles),
            ] {
                if !words.is_empty() {
                    d.push(Block::Bullet(text(id, &[("text", words.as_str().into())])));
                }
            }
            if let Some(line) =
                belief_line("brief-experiment-belief", e.belief_before, e.belief_after)
            {
                d.push(Block::Para(line));
            }
            if e.written_up_at.is_none() {
                d.push(Block::Muted(text("brief-experiment-not-written-up", &[])));
            }
        }
    }

    fn pattern_blocks(&self, d: &mut Vec<Block>) {
        d.push(Block::Heading(text("brief-heading-patterns", &[])));
        let p = &self.patterns;
        if p.triggers.is_empty()
            && p.emotions.is_empty()
            && p.traps.is_empty()
            && p.examples.is_empty()
        {
            d.push(Block::Muted(text("brief-patterns-no-moments", &[])));
        }
        counted_bullet(
            d,
            "brief-patterns-situations",
            p.triggers.iter().map(|t| (&t.label, t.count)),
        );
        counted_bullet(
            d,
            "brief-patterns-feelings",
            p.emotions.iter().map(|e| (&e.word, e.count)),
        );
        counted_bullet(
            d,
            "brief-patterns-thinking-traps",
            p.traps.iter().map(|t| (&t.name, t.count)),
        );
        for e in &p.examples {
            let on = day_in("brief-day-short", &e.at, &[]);
            d.push(Block::Subheading(text(
                "brief-moment-on",
                &[("day", on.as_str().into())],
            )));
            if !e.situation.is_empty() {
                d.push(Block::Para(text(
                    "brief-moment-what-happened",
                    &[("text", e.situation.as_str().into())],
                )));
            }
            if !e.self_talk.is_empty() {
                d.push(Block::Quote(text(
                    "brief-moment-told-myself",
                    &[("text", e.self_talk.as_str().into())],
                )));
            }
            if !e.friend.is_empty() {
                d.push(Block::Quote(text(
                    "brief-moment-tell-a-friend",
                    &[("text", e.friend.as_str().into())],
                )));
            }
            if !e.balanced.is_empty() {
                d.push(Block::Quote(text(
                    "brief-moment-balanced",
                    &[("text", e.balanced.as_str().into())],
                )));
            }
            if let Some(line) = belief_line("brief-moment-belief", e.belief_before, e.belief_after)
            {
                d.push(Block::Para(line));
            }
        }
        self.belief_blocks(d);
    }

    /// How much belief eased over the period's thought records, when
    /// there are enough of them to say.
    fn belief_blocks(&self, d: &mut Vec<Block>) {
        let b = &self.patterns.belief;
        if let (true, Some(before), Some(after), Some(eased)) =
            (b.enough, b.median_before, b.median_after, b.median_eased)
        {
            let [before, after] = [before, after].map(median_text);
            let (change, whole, half) = belief_change(eased);
            let [c, p] = change_args(change, whole, &half);
            d.push(Block::Bullet(text(
                "brief-belief-eased",
                &[
                    ("count", b.count.into()),
                    ("before", before.as_str().into()),
                    ("after", after.as_str().into()),
                    c,
                    p,
                ],
            )));
            let traps = b
                .by_trap
                .iter()
                .map(|t| {
                    let (change, whole, half) = belief_change(t.median_eased);
                    let [c, p] = change_args(change, whole, &half);
                    text(
                        "brief-belief-trap",
                        &[
                            ("trap", t.name.as_str().into()),
                            c,
                            p,
                            ("count", t.count.into()),
                        ],
                    )
                })
                .collect::<Vec<_>>()
                .join("; ");
            if !traps.is_empty() {
                d.push(Block::Bullet(text(
                    "brief-belief-by-trap",
                    &[("list", traps.as_str().into())],
                )));
            }
        }
    }

    fn own_words_blocks(&self, d: &mut Vec<Block>) {
        d.push(Block::Heading(text("brief-heading-own-words", &[])));
        if self.own_words.trim().is_empty() {
            d.push(Block::Muted(text("brief-own-words-nothing", &[])));
        } else {
            for para in self.own_words.split("\n\n") {
                d.push(Block::Para(para.trim().to_owned()));
            }
        }
    }
}

/// "Belief in the thought: 80% → 40%", or half of it, from what was rated:
/// message `id`, or `id-before` / `id-after` when only one was.
fn belief_line(id: &str, before: Option<u8>, after: Option<u8>) -> Option<String> {
    Some(match (before, after) {
        (Some(b), Some(a)) => text(id, &[("before", b.into()), ("after", a.into())]),
        (Some(b), None) => text(&format!("{id}-before"), &[("before", b.into())]),
        (None, Some(a)) => text(&format!("{id}-after"), &[("after", a.into())]),
        (None, None) => return None,
    })
}

/// A bullet under message `id` listing "label (count), …", when there is
/// anything to list.
fn counted_bullet<L: std::fmt::Display, N: std::fmt::Display>(
    d: &mut Vec<Block>,
    id: &str,
    items: impl Iterator<Item = (L, N)>,
) {
    let list = items
        .map(|(label, count)| format!("{label} ({count})"))
        .collect::<Vec<_>>()
        .join(", ");
    if !list.is_empty() {
        d.push(Block::Bullet(text(id, &[("list", list.as_str().into())])));
    }
}

/// "Assigned by Ana Weber on Tue 8 Dec.", under an item that came in a
/// therapist's homework file ("Assigned in a homework file on …" when the
/// file was unsigned).
fn assigned_line(d: &mut Vec<Block>, assigned: Option<&super::Assigned>) {
    if let Some(a) = assigned {
        let day = day_in("brief-day-short", &a.on, &[]);
        let line = if a.from.is_empty() {
            text("brief-assigned-unsigned", &[("day", day.as_str().into())])
        } else {
            text(
                "brief-assigned",
                &[
                    ("from", a.from.as_str().into()),
                    ("day", day.as_str().into()),
                ],
            )
        };
        d.push(Block::Muted(line));
    }
}
