//! The feeling vocabulary offered as chips in the feeling check.
//!
//! Naming a feeling precisely is itself a skill therapy practises ("affect
//! labelling"), so the list mixes pleasant and hard feelings in plain words,
//! and the person's own words join it once they have used them.

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

/// Whether `word` is one of the built-in words, ignoring case and spaces.
pub fn is_in_vocabulary(word: &str) -> bool {
    let word = word.trim();
    VOCABULARY.iter().any(|v| v.eq_ignore_ascii_case(word))
}

#[cfg(test)]
mod tests {
    use super::*;

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
