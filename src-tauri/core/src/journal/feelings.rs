//! The feeling vocabulary offered as chips in the feeling check.
//!
//! Naming a feeling precisely is itself a skill therapy practises ("affect
//! labelling"), so the list mixes pleasant and hard feelings in plain words,
//! and the person's own words join it once they have used them.

use crate::i18n::Language;

/// Offered in this order; pleasant and hard feelings side by side so neither
/// reads as the "right" answer.
pub const VOCABULARY: &[&str] = &[
    "calm",
    "hopeful",
    "relieved",
    "proud",
    "grateful",
    "tired",
    "anxious",
    "sad",
    "angry",
    "ashamed",
    "confused",
    "overwhelmed",
    "lonely",
    "raw",
];

/// The words offered, in a language (vocabulary.ftl's `feeling-words`;
/// `VOCABULARY` is the English).
pub fn words_in(language: Language) -> Vec<String> {
    crate::journal::vocabulary::split_words(&language.text("feeling-words", &[]))
}

/// The words offered in the language in use.
pub fn words() -> Vec<String> {
    words_in(crate::i18n::current())
}

/// Whether `word` is one of the built-in words in any language, ignoring
/// case and spaces: a word picked from the chips is not one of the
/// person's own, whichever language it was offered in.
pub fn is_in_vocabulary(word: &str) -> bool {
    let word = word.trim().to_lowercase();
    Language::ALL
        .iter()
        .any(|l| words_in(*l).iter().any(|v| v.to_lowercase() == word))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_english_in_fluent_is_this_list_and_german_is_as_long() {
        assert_eq!(words_in(Language::English), VOCABULARY);
        let german = words_in(Language::German);
        assert_eq!(german.len(), VOCABULARY.len());
        assert!(is_in_vocabulary("Überfordert"));
        assert!(is_in_vocabulary("calm"));
        assert!(!is_in_vocabulary("wistful"));
    }

    #[test]
    fn vocabulary_has_no_repeats_and_is_lowercase() {
        for (i, w) in VOCABULARY.iter().enumerate() {
            assert_eq!(*w, w.to_lowercase());
            assert!(!VOCABULARY[..i].contains(w), "{w} twice");
        }
    }

    #[test]
    fn lookup_ignores_case_and_spaces() {
        assert!(is_in_vocabulary(" Calm "));
        assert!(!is_in_vocabulary("wobbly"));
    }
}
