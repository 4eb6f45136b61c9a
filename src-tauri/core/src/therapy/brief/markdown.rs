//! The brief as Markdown: plain text that reads well as it is and renders
//! anywhere. The person's words are escaped so they stay words.

use chrono::Datelike;

use super::doc::{day_in, decimal, Block};
use super::Brief;

/// Escapes what Markdown would read as markup.
fn text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(
            c,
            '\\' | '*' | '_' | '`' | '[' | ']' | '<' | '>' | '#' | '|'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Every line of a multi-line text, prefixed (for quotes and bullets).
fn prefixed(prefix: &str, s: &str) -> String {
    s.lines()
        .map(|l| format!("{prefix}{}", text(l)))
        .collect::<Vec<_>>()
        .join("\n")
}

/// A mood of 1–10 as that many small squares, for a chart in plain text.
fn bar(mood: f64) -> String {
    let squares = (1..=10).filter(|i| f64::from(*i) <= mood.round()).count();
    "▪".repeat(squares)
}

pub fn render(brief: &Brief) -> String {
    let mut out = String::new();
    for block in brief.document() {
        let part = match block {
            Block::Title(t) => format!("# {}", text(&t)),
            Block::Meta(t) | Block::Muted(t) => format!("_{}_", text(&t).replace('\n', " ")),
            Block::Heading(t) => format!("## {}", text(&t)),
            Block::Subheading(t) => format!("### {}", text(&t)),
            Block::Para(t) => prefixed("", &t),
            Block::Bullet(t) => format!("- {}", text(&t).replace('\n', "\n  ")),
            Block::Quote(t) => prefixed("> ", &t),
            Block::Note(t) => format!("**{}**", text(&t)),
            Block::Chart(points) => points
                .iter()
                .map(|(d, m)| {
                    // The day zero-padded, so the column stays straight.
                    let dd = format!("{:02}", d.day());
                    let mm = format!("{:02}", d.month());
                    let day = day_in(
                        "brief-chart-day",
                        d,
                        &[("dd", dd.as_str().into()), ("mm", mm.as_str().into())],
                    );
                    format!("    {day}  {:>4}  {}", decimal(*m), bar(*m))
                })
                .collect::<Vec<_>>()
                .join("\n"),
        };
        out.push_str(&part);
        out.push_str("\n\n");
    }
    out.truncate(out.trim_end().len());
    out.push('\n');
    out
}
