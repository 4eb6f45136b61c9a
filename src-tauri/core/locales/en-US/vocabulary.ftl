### English: the thinking traps the moment flow offers, each with one plain
### line and an everyday example (src-tauri/core/src/journal/vocabulary.rs).
### The sources are cited in docs/design.md.

trap-all-or-nothing = All-or-nothing thinking
    .explanation = Seeing things in only two boxes, perfect or a disaster, with nothing between.
    .example = "One typo in the report, so the whole thing is a failure."

trap-overgeneralizing = Overgeneralizing
    .explanation = Taking one thing that happened and reading it as how it always goes.
    .example = "She didn't text back. Nobody ever wants to hear from me."

trap-mind-reading = Mind reading
    .explanation = Being sure you know what someone else is thinking, usually something bad about you.
    .example = "He went quiet in the meeting — he thinks my idea was stupid."

trap-fortune-telling = Fortune telling
    .explanation = Predicting that things will go badly as if it were already certain.
    .example = "There's no point applying; I won't get it."

trap-magnifying-negative = Magnifying the negative
    .explanation = Zooming in on what went wrong until it fills the whole picture.
    .example = "Ten people liked the talk, but one looked bored, so it went badly."

trap-minimizing-positive = Minimizing the positive
    .explanation = Waving away what went well as luck, or as not counting.
    .example = "I only finished it because it was an easy week."

trap-catastrophizing = Catastrophizing
    .explanation = Jumping from a small worry to the worst possible ending.
    .example = "If I make a mistake on this, I'll lose my job and then my flat."

trap-emotional-reasoning = Emotional reasoning
    .explanation = Taking a feeling as proof of a fact.
    .example = "I feel nervous about flying, so it must be dangerous."

trap-should-statements = Should statements
    .explanation = Holding yourself or others to rigid rules about how things must be.
    .example = "I should be over this by now."

trap-labeling = Labeling
    .explanation = Summing up a whole person, often yourself, with one harsh word.
    .example = "I forgot her birthday. I'm a terrible friend."

trap-self-blaming = Self-blaming
    .explanation = Taking all the responsibility for something that had many causes.
    .example = "The party was awkward because of me."

trap-other-blaming = Other-blaming
    .explanation = Putting all the responsibility on someone else, leaving nothing you can change. When others really do share the responsibility, saying so is not a trap.
    .example = "I'm only stressed because my manager is impossible."

## Emotions the moment flow offers, in families: the first word names the
## family, the rest are its finer shades. A comma between words.

emotions-sad = sad, down, disappointed, hopeless, grieving, empty
emotions-anxious = anxious, worried, nervous, scared, panicky, tense
emotions-angry = angry, irritated, frustrated, resentful, furious
emotions-ashamed = ashamed, embarrassed, guilty, humiliated, not good enough
emotions-lonely = lonely, left out, disconnected, rejected, unseen
emotions-hurt = hurt, let down, betrayed, misunderstood
emotions-hopeful = hopeful, encouraged, proud, grateful, relieved
emotions-calm = calm, content, safe, relaxed, at ease

# The feeling words the reflection window offers as chips, in order:
# pleasant and hard side by side. Lowercase, a comma between words.
feeling-words = calm, hopeful, relieved, proud, grateful, tired, anxious, sad, angry, ashamed, confused, overwhelmed, lonely, raw
