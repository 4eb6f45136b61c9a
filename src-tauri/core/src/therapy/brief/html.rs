//! The brief as one self-contained web page: its own CSS (screen and
//! print), an inline SVG mood chart, no scripts and nothing fetched. Every
//! piece of the person's text is escaped.

use std::fmt::Write;

use chrono::NaiveDate;

use super::doc::{day_in, decimal, Block};
use super::Brief;
use crate::i18n::{text, Language};

const STYLE: &str = "
body { font: 16px/1.5 system-ui, -apple-system, 'Segoe UI', sans-serif; color: #2A2926;
       background: #F7F5F1; margin: 0; }
main { max-width: 42rem; margin: 2rem auto; padding: 2rem 2.5rem; background: #fff;
       border-radius: 10px; }
h1 { font-size: 28px; margin: 0 0 .5rem; }
h2 { font-size: 20px; margin: 2rem 0 .5rem; border-bottom: 1px solid #E4E0D8; padding-bottom: .25rem; }
h3 { font-size: 16px; margin: 1.25rem 0 .25rem; }
.meta, .muted { color: #6B665E; }
.meta { margin: .25rem 0; font-size: 14px; }
blockquote { margin: .5rem 0; padding-left: 1rem; border-left: 3px solid #3E7C74; }
.note { border-left: 3px solid #A4583F; padding: .5rem 1rem; background: #FBF3EF; }
svg { display: block; max-width: 100%; margin: .5rem 0; }
svg .line { fill: none; stroke: #3E7C74; stroke-width: 2; }
svg .dot { fill: #3E7C74; }
svg text { font-size: 11px; fill: #6B665E; }
@media print {
  body { background: #fff; }
  main { margin: 0; padding: 0; max-width: none; }
  h2 { break-after: avoid; }
  blockquote, .note, svg { break-inside: avoid; }
}
";

fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\n' => out.push_str("<br>"),
            c => out.push(c),
        }
    }
    out
}

/// A small line chart of mood by day, 1 to 10, with a text alternative.
fn chart(points: &[(NaiveDate, f64)]) -> String {
    let (width, height, pad) = (560.0, 120.0, 24.0);
    let steps = points.len().max(2) - 1;
    #[allow(clippy::cast_precision_loss)] // a few dozen points
    let x = |i: usize| pad + (width - 2.0 * pad) * i as f64 / steps as f64;
    let y = |mood: f64| height - pad - (height - 2.0 * pad) * (mood - 1.0) / 9.0;
    let path: Vec<String> = points
        .iter()
        .enumerate()
        .map(|(i, (_, m))| format!("{:.1},{:.1}", x(i), y(*m)))
        .collect();
    let separator = text("brief-chart-separator", &[]);
    let label = points
        .iter()
        .map(|(d, m)| format!("{} {}", day_in("brief-day-month", d, &[]), decimal(*m)))
        .collect::<Vec<_>>()
        .join(separator.as_str());
    let aria = text("brief-chart-label", &[("days", label.as_str().into())]);
    let mut svg = format!(
        "<svg viewBox=\"0 0 {width} {height}\" role=\"img\" aria-label=\"{}\">",
        esc(&aria)
    );
    let _ = write!(
        svg,
        "<polyline class=\"line\" points=\"{}\"/>",
        path.join(" ")
    );
    for (i, (_, m)) in points.iter().enumerate() {
        let _ = write!(
            svg,
            "<circle class=\"dot\" cx=\"{:.1}\" cy=\"{:.1}\" r=\"3\"/>",
            x(i),
            y(*m)
        );
    }
    if let (Some(first), Some(last)) = (points.first(), points.last()) {
        let _ = write!(
            svg,
            "<text x=\"{pad}\" y=\"{}\">{}</text><text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>",
            height - 4.0,
            esc(&day_in("brief-day-month", &first.0, &[])),
            width - pad,
            height - 4.0,
            esc(&day_in("brief-day-month", &last.0, &[]))
        );
    }
    svg.push_str("</svg>");
    svg
}

pub fn render(brief: &Brief) -> String {
    let mut body = String::new();
    let mut in_list = false;
    for block in brief.document() {
        let is_bullet = matches!(block, Block::Bullet(_));
        if in_list && !is_bullet {
            body.push_str("</ul>\n");
            in_list = false;
        }
        if is_bullet && !in_list {
            body.push_str("<ul>\n");
            in_list = true;
        }
        let _ = match block {
            Block::Title(t) => writeln!(body, "<h1>{}</h1>", esc(&t)),
            Block::Meta(t) => writeln!(body, "<p class=\"meta\">{}</p>", esc(&t)),
            Block::Heading(t) => writeln!(body, "<h2>{}</h2>", esc(&t)),
            Block::Subheading(t) => writeln!(body, "<h3>{}</h3>", esc(&t)),
            Block::Para(t) => writeln!(body, "<p>{}</p>", esc(&t)),
            Block::Bullet(t) => writeln!(body, "<li>{}</li>", esc(&t)),
            Block::Quote(t) => writeln!(body, "<blockquote>{}</blockquote>", esc(&t)),
            Block::Muted(t) => writeln!(body, "<p class=\"muted\">{}</p>", esc(&t)),
            Block::Note(t) => writeln!(body, "<p class=\"note\">{}</p>", esc(&t)),
            Block::Chart(points) => writeln!(body, "{}", chart(&points)),
        };
    }
    if in_list {
        body.push_str("</ul>\n");
    }
    let lang = match crate::i18n::current() {
        Language::English => "en",
        Language::German => "de",
    };
    let from = day_in("brief-day-month", &brief.from, &[]);
    let until = day_in("brief-day-month-year", &brief.until, &[]);
    let title = text(
        "brief-document-title",
        &[
            ("from", from.as_str().into()),
            ("until", until.as_str().into()),
        ],
    );
    format!(
        "<!doctype html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n\
         <title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<main>\n{body}</main>\n</body>\n</html>\n",
        esc(&title)
    )
}
