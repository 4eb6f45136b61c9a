//! Full-text search over every entry with SQLite FTS5.
//!
//! What a person types is never handed to FTS5 as query syntax: it is read
//! as words (and "quoted phrases"), each passed as a quoted FTS5 string, so
//! an unbalanced quote, a stray `*`, `AND`, `NEAR(` or `-` is just text and
//! can never be a syntax error. All words must match; the last word also
//! matches as a prefix while someone is still typing it. Results are ranked
//! by bm25 and carry a snippet with the matches marked.
//!
//! Ranking every match costs time in proportion to the matches: a word in a
//! third of a 100,000-entry journal took ~30 ms. So only the newest
//! [`RANK_WINDOW`] matches are ranked — found by walking the index newest
//! first, which is cheap — and the best of those come back. In a journal the
//! recent past is what a person is usually looking for; a rarer word
//! (fewer matches than the window) is ranked across the whole journal.

use rusqlite::OptionalExtension;
use serde::{Deserialize, Serialize};

use super::timeline::{attach_tags, row_to_item, TimelineItem, ITEM_COLUMNS};
use crate::error::Result;
use crate::storage::db::Db;

/// Marks the start and end of a matched word in a snippet. Control
/// characters, which entry text never holds (see `search_text`), so the UI
/// can split on them safely and build highlights with text nodes.
pub const MARK_START: char = '\u{2}';
pub const MARK_END: char = '\u{3}';
/// The most hits one search returns.
pub const MAX_HITS: u32 = 200;
/// How many of the newest matches are ranked (see the module notes).
pub const RANK_WINDOW: u32 = 1_000;
/// Beyond this many words a query is cut: nobody types more, and each word
/// costs a doclist scan.
const MAX_TERMS: usize = 16;

/// One search result: the entry as the timeline shows it, plus a snippet.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SearchHit {
    #[serde(flatten)]
    pub item: TimelineItem,
    /// A few words around the matches, marked with [`MARK_START`] and
    /// [`MARK_END`].
    pub snippet: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SearchResults {
    /// The query as it was understood (FTS5 syntax), for the curious.
    pub query: String,
    pub hits: Vec<SearchHit>,
}

/// One piece of what was typed: a word or a quoted phrase.
#[derive(Debug, PartialEq, Eq)]
enum Term {
    Word(String),
    Phrase(String),
}

/// Splits typed text into words and "phrases". A quote with no partner is
/// ignored, so `"worried` reads as the word `worried`.
fn terms(input: &str) -> Vec<Term> {
    let mut out = Vec::new();
    let mut rest = input;
    while let Some(start) = rest.find(|c: char| !c.is_whitespace()) {
        rest = &rest[start..];
        if let Some(after_quote) = rest.strip_prefix('"') {
            if let Some(end) = after_quote.find('"') {
                out.push(Term::Phrase(after_quote[..end].to_owned()));
                rest = &after_quote[end + 1..];
                continue;
            }
            rest = after_quote;
            continue;
        }
        let end = rest
            .find(|c: char| c.is_whitespace() || c == '"')
            .unwrap_or(rest.len());
        out.push(Term::Word(rest[..end].to_owned()));
        rest = &rest[end..];
    }
    out
}

/// Whether a piece of text has anything the tokenizer would index; a term
/// of only punctuation would be an empty FTS5 string, which matches nothing
/// and would empty the whole result.
fn has_token(text: &str) -> bool {
    text.chars().any(char::is_alphanumeric)
}

/// An FTS5 string literal: in double quotes, inner quotes doubled.
fn quoted(text: &str) -> String {
    format!("\"{}\"", text.replace('"', "\"\""))
}

/// The FTS5 query for what was typed, or `None` if it holds no words.
pub fn fts_query(input: &str) -> Option<String> {
    let ends_mid_word = input
        .chars()
        .last()
        .is_some_and(|c| !c.is_whitespace() && c != '"');
    let mut terms: Vec<Term> = terms(input)
        .into_iter()
        .filter(|t| match t {
            Term::Word(w) | Term::Phrase(w) => has_token(w),
        })
        .collect();
    terms.truncate(MAX_TERMS);
    let last = terms.len().checked_sub(1)?;
    let parts: Vec<String> = terms
        .iter()
        .enumerate()
        .map(|(i, t)| match t {
            Term::Word(w) if i == last && ends_mid_word => format!("{}*", quoted(w)),
            Term::Word(w) | Term::Phrase(w) => quoted(w),
        })
        .collect();
    Some(parts.join(" "))
}

impl Db {
    /// Entries matching what was typed, best match first.
    pub fn search(&self, input: &str, limit: u32) -> Result<SearchResults> {
        let Some(query) = fts_query(input) else {
            return Ok(SearchResults {
                query: String::new(),
                hits: Vec::new(),
            });
        };
        // The oldest row id among the newest RANK_WINDOW matches, or 0 when
        // there are fewer matches than that.
        let oldest: i64 = self
            .conn
            .prepare_cached(
                "SELECT rowid FROM entry_fts WHERE entry_fts MATCH ?1
                 ORDER BY rowid DESC LIMIT 1 OFFSET ?2",
            )?
            .query_row(rusqlite::params![query, RANK_WINDOW - 1], |r| r.get(0))
            .optional()?
            .unwrap_or(0);
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {ITEM_COLUMNS},
                    snippet(entry_fts, -1, char(2), char(3), '…', 14)
             FROM entry_fts JOIN entry e ON e.id = entry_fts.rowid
             WHERE entry_fts MATCH ?1 AND entry_fts.rowid >= ?3 AND e.deleted_at IS NULL
             ORDER BY bm25(entry_fts, 1.0, 0.5)
             LIMIT ?2"
        ))?;
        let rows = stmt
            .query_map(
                rusqlite::params![query, limit.clamp(1, MAX_HITS), oldest],
                |r| Ok((row_to_item(r)?, r.get::<_, String>(9)?)),
            )?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let (mut items, snippets): (Vec<TimelineItem>, Vec<String>) = rows.into_iter().unzip();
        attach_tags(&self.conn, &mut items)?;
        let hits = items
            .into_iter()
            .zip(snippets)
            .map(|(item, snippet)| SearchHit { item, snippet })
            .collect();
        Ok(SearchResults { query, hits })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_quoted_and_the_last_one_is_a_prefix() {
        assert_eq!(
            fts_query("never good").as_deref(),
            Some("\"never\" \"good\"*")
        );
        assert_eq!(
            fts_query("never good ").as_deref(),
            Some("\"never\" \"good\"")
        );
    }

    #[test]
    fn balanced_quotes_make_a_phrase_and_stray_ones_are_ignored() {
        assert_eq!(
            fts_query("\"not good enough\" work").as_deref(),
            Some("\"not good enough\" \"work\"*")
        );
        assert_eq!(fts_query("\"worried").as_deref(), Some("\"worried\"*"));
        assert_eq!(fts_query("it's").as_deref(), Some("\"it's\"*"));
    }

    #[test]
    fn operators_and_punctuation_are_plain_text_or_dropped() {
        assert_eq!(
            fts_query("a AND b NEAR( -c *").as_deref(),
            Some("\"a\" \"AND\" \"b\" \"NEAR(\" \"-c\"*")
        );
        assert_eq!(fts_query("  \" * ( ) \"\" "), None);
        assert_eq!(fts_query(""), None);
    }
}
