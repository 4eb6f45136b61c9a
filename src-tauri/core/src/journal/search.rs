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

use std::collections::HashSet;

use rusqlite::OptionalExtension;
use serde::{Deserialize, Serialize};

use super::stem;
use super::timeline::{attach_tags, row_to_item, TimelineItem, ITEM_COLUMNS};
use crate::error::Result;
use crate::i18n::{self, Language};
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

/// The query for the German stem index (`entry_stem`): each word stemmed
/// as the entry's text was (see [`stem`]), so „arbeitete“ asks for the
/// stem „gearbeitet“ has too. The index keeps no positions, so a phrase
/// asks for each of its words' stems; the English index still matches it
/// as typed.
pub fn stem_query(input: &str) -> Option<String> {
    let stems: Vec<(String, bool)> = terms(input)
        .iter()
        .flat_map(|t| match t {
            Term::Word(w) | Term::Phrase(w) => stem::stem_text(w)
                .split(' ')
                .filter(|s| !s.is_empty())
                .map(|s| (s.to_owned(), true))
                .collect::<Vec<_>>(),
        })
        .collect();
    all_of(stems, ends_mid_word(input))
}

/// Typed text as an FTS5 query: words and phrases quoted, the last word
/// also a prefix while it is being typed.
pub fn fts_query(input: &str) -> Option<String> {
    let terms: Vec<(String, bool)> = terms(input)
        .into_iter()
        .map(|t| match t {
            Term::Word(w) => (w, true),
            Term::Phrase(p) => (p, false),
        })
        .filter(|(text, _)| has_token(text))
        .collect();
    all_of(terms, ends_mid_word(input))
}

/// Whether the last thing typed is a word still being typed (no space or
/// closing quote after it), which then matches as a prefix.
fn ends_mid_word(input: &str) -> bool {
    input
        .chars()
        .last()
        .is_some_and(|c| !c.is_whitespace() && c != '"')
}

/// `(text, is a word)` pieces as one FTS5 query that needs all of them,
/// each quoted, the last one a prefix if it is a word and `prefix_last`;
/// `None` when there are none.
fn all_of(mut pieces: Vec<(String, bool)>, prefix_last: bool) -> Option<String> {
    pieces.truncate(MAX_TERMS);
    let last = pieces.len().checked_sub(1)?;
    let parts: Vec<String> = pieces
        .iter()
        .enumerate()
        .map(|(i, (text, word))| {
            if i == last && *word && prefix_last {
                format!("{}*", quoted(text))
            } else {
                quoted(text)
            }
        })
        .collect();
    Some(parts.join(" "))
}

impl Db {
    /// Entries matching what was typed, best match first, searched as the
    /// language this process speaks reads words (see [`Db::search_in`]).
    pub fn search(&self, input: &str, limit: u32) -> Result<SearchResults> {
        self.search_in(input, limit, i18n::current())
    }

    /// Entries matching what was typed, best match first.
    ///
    /// In German, the stem index adds what the English index can't see
    /// („arbeitete“ finds „gearbeitet“). Those hits come after the ones
    /// whose words matched as typed: the form someone typed is the likelier
    /// one to be looking for. In English the stem index isn't asked, as its
    /// German endings would find „planet“ for „plan“.
    pub fn search_in(&self, input: &str, limit: u32, language: Language) -> Result<SearchResults> {
        let Some(query) = fts_query(input) else {
            return Ok(SearchResults {
                query: String::new(),
                hits: Vec::new(),
            });
        };
        let limit = limit.clamp(1, MAX_HITS);
        let oldest = self.oldest_ranked("entry_fts", &query)?;
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {ITEM_COLUMNS},
                    snippet(entry_fts, -1, char(2), char(3), '…', 14)
             FROM entry_fts JOIN entry e ON e.id = entry_fts.rowid
             WHERE entry_fts MATCH ?1 AND entry_fts.rowid >= ?3 AND e.deleted_at IS NULL
             ORDER BY bm25(entry_fts, 1.0, 0.5)
             LIMIT ?2"
        ))?;
        let mut rows = stmt
            .query_map(rusqlite::params![query, limit, oldest], |r| {
                Ok((row_to_item(r)?, r.get::<_, String>(9)?))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        if language == Language::German && rows.len() < limit as usize {
            if let Some(stems) = stem_query(input) {
                let found: HashSet<i64> = rows.iter().map(|(item, _)| item.entry_id).collect();
                let more = self.stem_hits(input, &stems, limit, &found)?;
                rows.extend(more.into_iter().take(limit as usize - rows.len()));
            }
        }
        let (mut items, snippets): (Vec<TimelineItem>, Vec<String>) = rows.into_iter().unzip();
        attach_tags(&self.conn, &mut items)?;
        let hits = items
            .into_iter()
            .zip(snippets)
            .map(|(item, snippet)| SearchHit { item, snippet })
            .collect();
        Ok(SearchResults { query, hits })
    }

    /// The oldest row id among the newest [`RANK_WINDOW`] matches in
    /// `table`, or 0 when there are fewer matches than that.
    fn oldest_ranked(&self, table: &str, query: &str) -> Result<i64> {
        Ok(self
            .conn
            .prepare_cached(&format!(
                "SELECT rowid FROM {table} WHERE {table} MATCH ?1
                 ORDER BY rowid DESC LIMIT 1 OFFSET ?2"
            ))?
            .query_row(rusqlite::params![query, RANK_WINDOW - 1], |r| r.get(0))
            .optional()?
            .unwrap_or(0))
    }

    /// Hits from the German stem index that aren't in `found`, best first,
    /// each with a snippet cut from its text around the words whose stems
    /// matched (the index keeps no text to cut one from).
    fn stem_hits(
        &self,
        input: &str,
        stems: &str,
        limit: u32,
        found: &HashSet<i64>,
    ) -> Result<Vec<(TimelineItem, String)>> {
        let oldest = self.oldest_ranked("entry_stem", stems)?;
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {ITEM_COLUMNS}, e.body
             FROM entry_stem JOIN entry e ON e.id = entry_stem.rowid
             WHERE entry_stem MATCH ?1 AND entry_stem.rowid >= ?3 AND e.deleted_at IS NULL
             ORDER BY bm25(entry_stem)
             LIMIT ?2"
        ))?;
        let wanted = Wanted::of(input);
        let rows = stmt
            .query_map(
                // Enough to have `limit` left after those already found.
                rusqlite::params![
                    stems,
                    limit + u32::try_from(found.len()).unwrap_or(MAX_HITS),
                    oldest
                ],
                |r| Ok((row_to_item(r)?, r.get::<_, String>(9)?)),
            )?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows
            .into_iter()
            .filter(|(item, _)| !found.contains(&item.entry_id))
            .map(|(item, body)| (item, wanted.snippet(&body)))
            .collect())
    }
}

/// The stems a stem-index hit is highlighted by: every typed word's, and
/// the last word's as a prefix while it is still being typed.
struct Wanted {
    stems: HashSet<String>,
    prefix: Option<String>,
}

/// About as many words as FTS5's own snippets show.
const SNIPPET_WORDS: usize = 14;

impl Wanted {
    fn of(input: &str) -> Self {
        let mut stems: HashSet<String> = stem::stem_text(input)
            .split(' ')
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
            .collect();
        // The same last word the query matches as a prefix.
        let prefix = if ends_mid_word(input) {
            stem::words(input).last().map(|(_, w)| stem::stem(w))
        } else {
            None
        };
        if let Some(p) = &prefix {
            stems.remove(p);
        }
        Wanted { stems, prefix }
    }

    fn matches(&self, word: &str) -> bool {
        let stem = stem::stem(word);
        self.stems.contains(&stem)
            || self
                .prefix
                .as_ref()
                .is_some_and(|p| stem.starts_with(p.as_str()))
    }

    /// A few words of `text` around the first that matches, each matching
    /// word marked as FTS5's snippets mark them, „…“ where text was cut.
    /// A short text is shown whole.
    fn snippet(&self, text: &str) -> String {
        let words: Vec<(usize, &str)> = stem::words(text).collect();
        let first = words.iter().position(|(_, w)| self.matches(w)).unwrap_or(0);
        // A third of the window before the match, the rest after; moved
        // back when the text ends sooner, so the window stays full.
        let end = (first.saturating_sub(SNIPPET_WORDS / 3) + SNIPPET_WORDS).min(words.len());
        let start = end.saturating_sub(SNIPPET_WORDS);
        if words.is_empty() {
            return String::new();
        }
        let mut out = String::with_capacity(text.len().min(200));
        let mut at = if start == 0 {
            0
        } else {
            out.push('…');
            words[start].0
        };
        for &(offset, word) in &words[start..end] {
            out.push_str(&text[at..offset]);
            if self.matches(word) {
                out.push(MARK_START);
                out.push_str(word);
                out.push(MARK_END);
            } else {
                out.push_str(word);
            }
            at = offset + word.len();
        }
        if end < words.len() {
            out.push('…');
        } else {
            out.push_str(&text[at..]);
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_stem_snippet_marks_other_forms_and_cuts_only_long_text() {
        let wanted = Wanted::of("arbeitete ");
        assert_eq!(
            wanted.snippet("Heute habe ich trotz allem gearbeitet."),
            "Heute habe ich trotz allem \u{2}gearbeitet\u{3}."
        );
        let long = "eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf \
                    dreizehn vierzehn fünfzehn sechzehn siebzehn achtzehn Arbeit \
                    neunzehn zwanzig einundzwanzig zweiundzwanzig dreiundzwanzig \
                    vierundzwanzig fünfundzwanzig sechsundzwanzig siebenundzwanzig \
                    achtundzwanzig";
        let cut = wanted.snippet(long);
        assert!(cut.starts_with("…fünfzehn "), "{cut}");
        assert!(cut.contains("\u{2}Arbeit\u{3}"), "{cut}");
        assert!(cut.ends_with("siebenundzwanzig…"), "{cut}");
        // The last word still being typed matches as the start of a stem.
        assert_eq!(
            Wanted::of("Arbe").snippet("Die Arbeit."),
            "Die \u{2}Arbeit\u{3}."
        );
        assert_eq!(wanted.snippet(""), "");
        // A word still being typed, with a stop after it, as the query reads it.
        assert_eq!(
            Wanted::of("Arbe.").snippet("Die Arbeit."),
            "Die \u{2}Arbeit\u{3}."
        );
    }

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
