//! The words the moment flow offers: emotions in families, and the twelve
//! thinking traps of CBT (docs/design.md), each explained in one plain line with
//! an everyday example. Kept in core so the app, the command line, the
//! insights and the export all name a trap the same way.

use serde::Serialize;

use crate::i18n::Language;

/// A family of emotions; the first word is the family's own name. The
/// words here are English; a window receives them in the language in use
/// (vocabulary.ftl), and what a person picks is kept as the word they saw.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EmotionGroup {
    pub group: &'static str,
    pub words: &'static [&'static str],
}

impl EmotionGroup {
    /// The family's words in a language, its own name first.
    pub fn words_in(&self, language: Language) -> Vec<String> {
        split_words(&language.text(&format!("emotions-{}", self.group), &[]))
    }
}

impl Serialize for EmotionGroup {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut s = serializer.serialize_struct("EmotionGroup", 2)?;
        s.serialize_field("group", self.group)?;
        s.serialize_field("words", &self.words_in(crate::i18n::current()))?;
        s.end()
    }
}

/// A Fluent message holding a list: words between commas.
pub(crate) fn split_words(list: &str) -> Vec<String> {
    list.split(',')
        .map(str::trim)
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

/// One thinking trap, as the moment flow explains it. The words here are
/// English, for the command line's and the export's stable names; what a
/// person reads is serialised in the language in use (vocabulary.ftl).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Trap {
    /// Stable id, stored and exported; never shown.
    pub id: &'static str,
    pub name: &'static str,
    pub explanation: &'static str,
    pub example: &'static str,
}

/// Everything the flow offers, in the order it is shown.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Vocabulary {
    pub emotions: &'static [EmotionGroup],
    pub traps: &'static [Trap],
}

/// Hard and pleasant families side by side, so neither reads as the
/// "right" answer; each family runs from its plain name to finer shades,
/// because naming a feeling precisely is itself a skill.
pub const EMOTIONS: &[EmotionGroup] = &[
    EmotionGroup {
        group: "sad",
        words: &[
            "sad",
            "down",
            "disappointed",
            "hopeless",
            "grieving",
            "empty",
        ],
    },
    EmotionGroup {
        group: "anxious",
        words: &[
            "anxious", "worried", "nervous", "scared", "panicky", "tense",
        ],
    },
    EmotionGroup {
        group: "angry",
        words: &["angry", "irritated", "frustrated", "resentful", "furious"],
    },
    EmotionGroup {
        group: "ashamed",
        words: &[
            "ashamed",
            "embarrassed",
            "guilty",
            "humiliated",
            "not good enough",
        ],
    },
    EmotionGroup {
        group: "lonely",
        words: &["lonely", "left out", "disconnected", "rejected", "unseen"],
    },
    EmotionGroup {
        group: "hurt",
        words: &["hurt", "let down", "betrayed", "misunderstood"],
    },
    EmotionGroup {
        group: "hopeful",
        words: &["hopeful", "encouraged", "proud", "grateful", "relieved"],
    },
    EmotionGroup {
        group: "calm",
        words: &["calm", "content", "safe", "relaxed", "at ease"],
    },
];

/// The twelve traps, in the order docs/design.md lists them.
pub const TRAPS: &[Trap] = &[
    Trap {
        id: "allOrNothing",
        name: "All-or-nothing thinking",
        explanation:
            "Seeing things in only two boxes, perfect or a disaster, with nothing between.",
        example: "\"One typo in the report, so the whole thing is a failure.\"",
    },
    Trap {
        id: "overgeneralizing",
        name: "Overgeneralizing",
        explanation: "Taking one thing that happened and reading it as how it always goes.",
        example: "\"She didn't text back. Nobody ever wants to hear from me.\"",
    },
    Trap {
        id: "mindReading",
        name: "Mind reading",
        explanation:
            "Being sure you know what someone else is thinking, usually something bad about you.",
        example: "\"He went quiet in the meeting — he thinks my idea was stupid.\"",
    },
    Trap {
        id: "fortuneTelling",
        name: "Fortune telling",
        explanation: "Predicting that things will go badly as if it were already certain.",
        example: "\"There's no point applying; I won't get it.\"",
    },
    Trap {
        id: "magnifyingNegative",
        name: "Magnifying the negative",
        explanation: "Zooming in on what went wrong until it fills the whole picture.",
        example: "\"Ten people liked the talk, but one looked bored, so it went badly.\"",
    },
    Trap {
        id: "minimizingPositive",
        name: "Minimizing the positive",
        explanation: "Waving away what went well as luck, or as not counting.",
        example: "\"I only finished it because it was an easy week.\"",
    },
    Trap {
        id: "catastrophizing",
        name: "Catastrophizing",
        explanation: "Jumping from a small worry to the worst possible ending.",
        example: "\"If I make a mistake on this, I'll lose my job and then my flat.\"",
    },
    Trap {
        id: "emotionalReasoning",
        name: "Emotional reasoning",
        explanation: "Taking a feeling as proof of a fact.",
        example: "\"I feel nervous about flying, so it must be dangerous.\"",
    },
    Trap {
        id: "shouldStatements",
        name: "Should statements",
        explanation: "Holding yourself or others to rigid rules about how things must be.",
        example: "\"I should be over this by now.\"",
    },
    Trap {
        id: "labeling",
        name: "Labeling",
        explanation: "Summing up a whole person, often yourself, with one harsh word.",
        example: "\"I forgot her birthday. I'm a terrible friend.\"",
    },
    Trap {
        id: "selfBlaming",
        name: "Self-blaming",
        explanation: "Taking all the responsibility for something that had many causes.",
        example: "\"The party was awkward because of me.\"",
    },
    Trap {
        id: "otherBlaming",
        name: "Other-blaming",
        explanation:
            "Putting all the responsibility on someone else, leaving nothing you can change. \
             When others really do share the responsibility, saying so is not a trap.",
        example: "\"I'm only stressed because my manager is impossible.\"",
    },
];

impl Trap {
    /// The Fluent id of this trap's words: "trap-all-or-nothing".
    fn message_id(&self) -> String {
        let mut id = String::from("trap-");
        for c in self.id.chars() {
            if c.is_ascii_uppercase() {
                id.push('-');
                id.push(c.to_ascii_lowercase());
            } else {
                id.push(c);
            }
        }
        id
    }

    /// Name, explanation and example in a language.
    pub fn words_in(&self, language: Language) -> (String, String, String) {
        let id = self.message_id();
        (
            language.text(&id, &[]),
            language.text(&format!("{id}.explanation"), &[]),
            language.text(&format!("{id}.example"), &[]),
        )
    }

    /// The name in the language in use.
    pub fn local_name(&self) -> String {
        crate::i18n::current().text(&self.message_id(), &[])
    }
}

impl Serialize for Trap {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let (name, explanation, example) = self.words_in(crate::i18n::current());
        let mut s = serializer.serialize_struct("Trap", 4)?;
        s.serialize_field("id", self.id)?;
        s.serialize_field("name", &name)?;
        s.serialize_field("explanation", &explanation)?;
        s.serialize_field("example", &example)?;
        s.end()
    }
}

/// The whole vocabulary, for the UI.
pub const VOCABULARY: Vocabulary = Vocabulary {
    emotions: EMOTIONS,
    traps: TRAPS,
};

/// The trap with this id, if it is one of the twelve.
pub fn trap(id: &str) -> Option<&'static Trap> {
    TRAPS.iter().find(|t| t.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_family_has_its_words_in_fluent_equal_to_these() {
        let mut german_seen = Vec::new();
        for g in EMOTIONS {
            assert_eq!(g.words_in(Language::English), g.words, "{}", g.group);
            let german = g.words_in(Language::German);
            assert!(german.len() >= 4, "{}: {german:?}", g.group);
            for w in german {
                assert!(!german_seen.contains(&w), "{w} twice in German");
                german_seen.push(w);
            }
        }
    }

    #[test]
    fn every_trap_has_its_words_in_fluent_equal_to_these() {
        for t in TRAPS {
            assert_eq!(
                t.words_in(Language::English),
                (t.name.into(), t.explanation.into(), t.example.into()),
                "{}",
                t.id
            );
            let (name, _, example) = t.words_in(Language::German);
            assert_ne!(name, t.name, "{} has no German name", t.id);
            assert!(example.starts_with('„'), "{}: {example}", t.id);
        }
        let json = serde_json::to_value(&TRAPS[0]).unwrap();
        assert_eq!(json["name"], "All-or-nothing thinking");
        assert_eq!(json["id"], "allOrNothing");
    }

    #[test]
    fn there_are_twelve_distinct_traps() {
        assert_eq!(TRAPS.len(), 12);
        for (i, t) in TRAPS.iter().enumerate() {
            assert!(TRAPS[..i].iter().all(|o| o.id != t.id), "{} twice", t.id);
            assert!(trap(t.id).is_some());
        }
        assert!(trap("doomScrolling").is_none());
    }

    #[test]
    fn each_family_starts_with_its_name_and_no_word_repeats() {
        let mut seen = Vec::new();
        for g in EMOTIONS {
            assert_eq!(g.words[0], g.group);
            for w in g.words {
                assert!(!seen.contains(w), "{w} twice");
                seen.push(*w);
            }
        }
    }
}
