//! German word stems for search: CISTEM (Weissweiler and Fraser, 2017).
//!
//! The journal's full-text index stems with Porter, which is English's: it
//! folds „Ängste“ to „angst“ only because the last word of a query is also
//! matched as a prefix, and „arbeitete“ never finds „gearbeitet“. German
//! search therefore keeps a second index of stems (see `search.rs`).
//!
//! Why CISTEM and not Snowball's German stemmer: Snowball leaves the
//! participle prefix alone (it stems „gearbeitet“ to „gearbeitet“ and
//! „arbeitete“ to „arbeitet“), so the commonest way a diary speaks of the
//! past would still not meet the present. CISTEM strips „ge-“ from longer
//! words and, in its authors' comparison of the published German stemmers,
//! had the best balance of over- and under-stemming. It is a handful of
//! rules, written here from the paper; we use its case-insensitive
//! variant, because a query is typed in whatever case comes to hand and
//! must stem as the entry's words did.
//!
//! The rules, in order: lower case; ä ö ü → a o u, ß → ss; drop a leading
//! „ge“ when at least four letters follow; stand „sch“, „ei“, „ie“ and a
//! doubled letter in for one symbol each (so the endings below can't cut
//! them in half); then, while more than three symbols are left, cut one
//! ending: „em“, „er“ or „nd“ (only while more than five are left), else
//! „t“, else „e“, „s“ or „n“; finally write the symbols out again.

/// Stand-ins for letter groups while endings are cut. Words reach the
/// stemmer as runs of letters and digits only, so these never occur in one.
const SCH: char = '$';
const EI: char = '%';
const IE: char = '&';
const DOUBLE: char = '*';

/// The CISTEM stem of one word (letters and digits, any case).
pub fn stem(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    Scratch::default().stem_into(word, &mut out);
    out
}

/// The stems of every word in `text`, in order, separated by spaces: what
/// the stem index holds for an entry, and what a query is matched with.
/// A word is a run of letters and digits, as the index's tokenizer reads it.
pub fn stem_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut scratch = Scratch::default();
    for (_, word) in words(text) {
        if !out.is_empty() {
            out.push(' ');
        }
        scratch.stem_into(word, &mut out);
    }
    out
}

/// Each word of `text` (a run of letters and digits, as the index's
/// tokenizer reads one) with its byte offset: one reading of "a word" for
/// the index, the query and the highlighting of a snippet.
pub fn words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut chars = text.char_indices().peekable();
    std::iter::from_fn(move || {
        let (start, _) = chars.find(|(_, c)| c.is_alphanumeric())?;
        let mut end = text.len();
        while let Some(&(i, c)) = chars.peek() {
            if !c.is_alphanumeric() {
                end = i;
                break;
            }
            chars.next();
        }
        Some((start, &text[start..end]))
    })
}

/// Each distinct stem of `text` once, in no particular order: what the
/// stem index holds for an entry. It keeps no positions (a phrase is
/// matched as typed by the English index), so a stem said twice needn't be
/// indexed twice.
pub fn stem_set(text: &str) -> String {
    let stems = stem_text(text);
    let mut seen: Vec<&str> = stems.split(' ').filter(|s| !s.is_empty()).collect();
    seen.sort_unstable();
    seen.dedup();
    seen.join(" ")
}

/// Buffers reused from word to word: an import stems millions of words,
/// and three allocations for each were a second of a 100,000-entry import.
#[derive(Default)]
struct Scratch {
    folded: Vec<char>,
    symbols: Vec<char>,
}

impl Scratch {
    /// Appends the stem of `word` to `out`.
    fn stem_into(&mut self, word: &str, out: &mut String) {
        let folded = &mut self.folded;
        folded.clear();
        for c in word.chars() {
            if c.is_ascii() {
                folded.push(c.to_ascii_lowercase());
                continue;
            }
            for c in c.to_lowercase() {
                match c {
                    'ä' => folded.push('a'),
                    'ö' => folded.push('o'),
                    'ü' => folded.push('u'),
                    'ß' => folded.extend(['s', 's']),
                    _ => folded.push(c),
                }
            }
        }
        let from = if folded.len() >= 6 && folded[0] == 'g' && folded[1] == 'e' {
            2
        } else {
            0
        };
        let s = &mut self.symbols;
        substitute(&folded[from..], s);
        while s.len() > 3 {
            let n = s.len();
            let cut = if n > 5 && matches!(&s[n - 2..], ['e', 'm' | 'r'] | ['n', 'd']) {
                2
            } else {
                usize::from(matches!(s[n - 1], 't' | 'e' | 's' | 'n'))
            };
            if cut == 0 {
                break;
            }
            s.truncate(n - cut);
        }
        restore(s, out);
    }
}

/// Letter groups to their one-symbol stand-ins, left to right, into `out`.
fn substitute(s: &[char], out: &mut Vec<char>) {
    out.clear();
    let mut i = 0;
    while i < s.len() {
        let (symbol, width) = match &s[i..] {
            ['s', 'c', 'h', ..] => (SCH, 3),
            ['e', 'i', ..] => (EI, 2),
            ['i', 'e', ..] => (IE, 2),
            [a, b, ..] if a == b => {
                out.push(*a);
                (DOUBLE, 2)
            }
            [c, ..] => (*c, 1),
            [] => break,
        };
        out.push(symbol);
        i += width;
    }
}

/// The stand-ins written out as letters again, appended to `out`.
fn restore(s: &[char], out: &mut String) {
    let mut previous = None;
    for &c in s {
        match c {
            SCH => out.push_str("sch"),
            EI => out.push_str("ei"),
            IE => out.push_str("ie"),
            DOUBLE => {
                if let Some(p) = previous {
                    out.push(p);
                }
            }
            _ => out.push(c),
        }
        previous = Some(c);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn past_and_present_meet() {
        // The forms a diary uses for the same act share one stem.
        for form in ["arbeiten", "arbeitete", "gearbeitet", "Arbeit", "arbeitest"] {
            assert_eq!(stem(form), "arbei", "{form}");
        }
        for form in ["Angst", "Ängste", "Ängsten", "ANGST"] {
            assert_eq!(stem(form), "ang", "{form}");
        }
        assert_eq!(stem("gestritten"), stem("stritten"));
    }

    #[test]
    fn worked_by_hand_from_the_rules() {
        // ä → a and „ei“ held as one symbol; then „n“, „er“ and „t“ are cut
        // and „l“ stops it. (The paper's case-sensitive variant keeps a
        // noun's final „t“; this one can't know what was a noun.)
        assert_eq!(stem("Speicherbehältern"), "speicherbehal");
        // „s“, „n“, „e“, „t“, „s“ cut, one at a time, until „o“.
        assert_eq!(stem("Grenzpostens"), "grenzpo");
        // „sch“ is one symbol, so „e“ after it is cut and „sch“ is whole.
        assert_eq!(stem("Menschen"), "mensch");
        // A doubled letter survives as a pair: „nn“ isn't cut to „n“.
        assert_eq!(stem("Männer"), "mann");
        // Short words and a leading „ge“ with fewer than four letters after.
        assert_eq!(stem("geht"), "geh");
        assert_eq!(stem("gut"), "gut");
        assert_eq!(stem("Gebet"), "geb");
        assert_eq!(stem("Straße"), "strass");
    }

    #[test]
    fn other_scripts_and_numbers_pass_through() {
        assert_eq!(stem("שלום"), "שלום");
        assert_eq!(stem("مرحبا"), "مرحبا");
        assert_eq!(stem("2026"), "2026");
        assert_eq!(stem(""), "");
    }

    #[test]
    fn text_is_split_into_words_and_stemmed_in_order() {
        assert_eq!(
            stem_text("Ich habe heute gearbeitet, trotz der Ängste."),
            "ich hab heu arbei trotz der ang"
        );
        assert_eq!(stem_text("  …  "), "");
        let found: Vec<_> = words("«Heute», sagte sie: schön!").collect();
        assert_eq!(
            found,
            [(2, "Heute"), (11, "sagte"), (17, "sie"), (22, "schön")]
        );
    }
}
