//! The brief as a document: a flat list of blocks that says what is
//! written, in which order, with which emphasis. The Markdown, HTML and PDF
//! writers only decide how each kind of block looks, so the three exports
//! always say the same thing.

use std::fmt::Write;

use chrono::NaiveDate;

use super::{Brief, MeasureSummary};
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

fn day(d: NaiveDate) -> String {
    d.format("%a %-d %b %Y").to_string()
}

fn plural(n: u32, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

fn signed(n: i16) -> String {
    match n {
        0 => "no change".to_owned(),
        n if n > 0 => format!("up {n}"),
        n => format!("down {}", -n),
    }
}

fn measure_lines(m: &MeasureSummary) -> Vec<Block> {
    let latest = &m.latest;
    let score = latest.score.unwrap_or(0);
    // The reader's words, not the ones written to the person.
    let band = latest
        .band
        .as_ref()
        .map_or(String::new(), |b| format!(" — {} ({})", b.reader, b.range));
    let mut line = format!(
        "{}: {score} on {}{band}.",
        m.title,
        latest.at.format("%a %-d %b")
    );
    if let Some(last) = m.since_last {
        let _ = write!(
            line,
            " Since the first ({}): {}; since the one before: {}.",
            m.first,
            signed(m.since_first),
            signed(last)
        );
    }
    // The same rules as the history chart (measures::change_of): response
    // and remission only from a first score in the clinical range.
    match m.reliable {
        Some(Reliable::Improvement) => {
            line.push_str(" A reliable improvement (more than day-to-day variation).");
        }
        Some(Reliable::Deterioration) => {
            line.push_str(" A reliable rise (more than day-to-day variation).");
        }
        None => {}
    }
    if m.response {
        line.push_str(" At least half the first score: a response.");
    }
    if m.remission == Some(true) {
        line.push_str(" Under 5: remission.");
    }
    vec![Block::Bullet(line)]
}

/// Plain words for how a plan's score (0–1) moved over the period,
/// judged in whole points out of 100 as the preview shows it. A fall is
/// only ever "a little less steady" or "less steady for now": a lapse is
/// a dent, not a verdict.
pub fn trend_words(from: f64, to: f64) -> &'static str {
    // Scores are 0–1, so these are whole numbers from 0 to 100.
    #[allow(clippy::cast_possible_truncation)]
    let percent = |score: f64| (score.clamp(0.0, 1.0) * 100.0).round() as i32;
    match percent(to) - percent(from) {
        c if c >= 10 => "steadier than before",
        c if c >= 2 => "a little steadier than before",
        c if c > -2 => "about as steady as before",
        c if c > -10 => "a little less steady than before",
        _ => "less steady for now",
    }
}

impl Brief {
    /// What the brief holds, in one sentence, for the top of every export.
    pub fn contents_line(&self) -> String {
        let mut parts = vec!["mood", "since last time", "what I want to talk about"];
        parts.push("homework");
        parts.push("patterns");
        if !self.own_words.trim().is_empty() {
            parts.push("in my own words");
        }
        let mut line = format!("It contains: {}.", parts.join(", "));
        if self.private_left_out > 0 {
            let _ = write!(
                line,
                " {} marked private {} left out.",
                plural(self.private_left_out, "entry", "entries"),
                if self.private_left_out == 1 {
                    "is"
                } else {
                    "are"
                }
            );
        } else if self.include_private {
            line.push_str(" Entries marked private are included.");
        }
        if !self.removed.is_empty() {
            let _ = write!(
                line,
                " {} left out by me.",
                plural(
                    u32::try_from(self.removed.len()).unwrap_or(u32::MAX),
                    "item was",
                    "items were"
                )
            );
        }
        line
    }

    /// The brief as blocks, in the order a session runs.
    pub fn document(&self) -> Vec<Block> {
        let mut d = vec![
            Block::Title("Session brief".into()),
            Block::Meta(format!(
                "For the days {} to {}{}. Made with Interlude on {}.",
                day(self.from),
                day(self.until),
                if self.since_last_session {
                    " (since my last session)"
                } else {
                    ""
                },
                self.made_at.format("%-d %b %Y at %H:%M")
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
        d.push(Block::Heading("1. How I've been".into()));
        if self.mood.checkins.is_empty() {
            d.push(Block::Muted("No mood check-ins in these days.".into()));
        } else {
            let n = u32::try_from(self.mood.checkins.len()).unwrap_or(u32::MAX);
            let mean = self.mood.checkins.iter().map(|c| c.mean).sum::<f64>() / f64::from(n);
            d.push(Block::Para(format!(
                "Mood on {}: {:.1} out of 10 on average (1 low, 10 good).",
                plural(n, "day", "days"),
                mean
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
        d.push(Block::Heading("2. Since last time".into()));
        match &self.bridge {
            Some(b) => {
                d.push(Block::Muted(format!(
                    "From my reflection after the session on {}.",
                    b.session_at.format("%a %-d %b")
                )));
                if !b.takeaway.trim().is_empty() {
                    d.push(Block::Subheading("My biggest takeaway".into()));
                    d.push(Block::Quote(b.takeaway.clone()));
                }
                if !b.difficult.trim().is_empty() {
                    d.push(Block::Subheading("What was hard or surprising".into()));
                    d.push(Block::Quote(b.difficult.clone()));
                }
                if !b.focus.trim().is_empty() {
                    d.push(Block::Subheading("The skill I chose for this week".into()));
                    d.push(Block::Quote(b.focus.clone()));
                }
            }
            None => d.push(Block::Muted("No reflection from the last session.".into())),
        }
    }

    fn agenda_blocks(&self, d: &mut Vec<Block>) {
        d.push(Block::Heading("3. What I want to talk about".into()));
        if self.agenda.items.is_empty() && self.agenda.starred.is_empty() {
            d.push(Block::Muted("Nothing marked yet.".into()));
        }
        for item in &self.agenda.items {
            d.push(Block::Bullet(item.text.clone()));
        }
        if !self.agenda.starred.is_empty() {
            d.push(Block::Subheading("Entries I starred".into()));
            for s in &self.agenda.starred {
                d.push(Block::Bullet(format!(
                    "{} ({}, {})",
                    s.summary,
                    s.kind.noun(),
                    s.at.format("%a %-d %b")
                )));
            }
        }
    }

    fn homework_blocks(&self, d: &mut Vec<Block>) {
        d.push(Block::Heading("4. Homework".into()));
        if self.homework.is_empty() {
            d.push(Block::Muted("No practice plans in these days.".into()));
        }
        for h in &self.homework {
            d.push(Block::Subheading(h.sentence.clone()));
            d.push(Block::Para(format!(
                "Planned about {} · done {} · partly {} · skipped {} · not today {}. Overall {}.",
                h.planned, h.done, h.partly, h.skipped, h.not_today, h.trend
            )));
            if !h.reasons.is_empty() {
                d.push(Block::Bullet(format!(
                    "Skipped because: {}",
                    h.reasons.join("; ")
                )));
            }
            for n in &h.notes {
                d.push(Block::Bullet(format!(
                    "{}: {}",
                    n.day.format("%a %-d %b"),
                    n.text
                )));
            }
        }
    }

    fn pattern_blocks(&self, d: &mut Vec<Block>) {
        d.push(Block::Heading("5. Patterns".into()));
        let p = &self.patterns;
        if p.triggers.is_empty()
            && p.emotions.is_empty()
            && p.traps.is_empty()
            && p.examples.is_empty()
        {
            d.push(Block::Muted("No moments logged in these days.".into()));
        }
        let list = |items: Vec<String>| items.join(", ");
        if !p.triggers.is_empty() {
            d.push(Block::Bullet(format!(
                "Situations: {}",
                list(
                    p.triggers
                        .iter()
                        .map(|t| format!("{} ({})", t.label, t.count))
                        .collect()
                )
            )));
        }
        if !p.emotions.is_empty() {
            d.push(Block::Bullet(format!(
                "Feelings: {}",
                list(
                    p.emotions
                        .iter()
                        .map(|e| format!("{} ({})", e.word, e.count))
                        .collect()
                )
            )));
        }
        if !p.traps.is_empty() {
            d.push(Block::Bullet(format!(
                "Thinking traps: {}",
                list(
                    p.traps
                        .iter()
                        .map(|t| format!("{} ({})", t.name, t.count))
                        .collect()
                )
            )));
        }
        for e in &p.examples {
            d.push(Block::Subheading(format!(
                "A moment on {}",
                e.at.format("%a %-d %b")
            )));
            if !e.situation.is_empty() {
                d.push(Block::Para(format!("What happened: {}", e.situation)));
            }
            if !e.self_talk.is_empty() {
                d.push(Block::Quote(format!("What I told myself: {}", e.self_talk)));
            }
            if !e.friend.is_empty() {
                d.push(Block::Quote(format!(
                    "What I'd tell a friend: {}",
                    e.friend
                )));
            }
        }
    }

    fn own_words_blocks(&self, d: &mut Vec<Block>) {
        d.push(Block::Heading("6. In my own words".into()));
        if self.own_words.trim().is_empty() {
            d.push(Block::Muted("Nothing written here.".into()));
        } else {
            for para in self.own_words.split("\n\n") {
                d.push(Block::Para(para.trim().to_owned()));
            }
        }
    }
}
