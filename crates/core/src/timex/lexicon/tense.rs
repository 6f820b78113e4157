//! Words that tell whether a clause speaks of the future, used to resolve "Friday" or "in
//! December" to the next one rather than the last one. News reports the past by default, so
//! only future markers are listed.

/// Whether a lowercased word marks a future reference in its clause. Only strong markers:
/// modal "may" or "could" say nothing about when.
pub(crate) fn is_future_marker(word: &str) -> bool {
    matches!(
        word,
        "will"
            | "shall"
            | "won't"
            | "ll"
            | "going"
            | "plans"
            | "planned"
            | "planning"
            | "expected"
            | "expects"
            | "scheduled"
            | "due"
            | "upcoming"
            | "next"
            | "tomorrow"
            | "intends"
            | "payable"
    )
}

/// Prepositions that set a deadline or a start in the future when right before a date ("by
/// Jan. 14", "until Friday", "as soon as Tuesday", "of record Nov. 16").
pub(crate) fn is_future_preposition(word: &str) -> bool {
    matches!(word, "by" | "until" | "till" | "before" | "record" | "effective")
}

/// Adverbs of "as soon as Tuesday", "as early as next week": the date is the earliest
/// future one.
pub(crate) fn is_earliest_adverb(word: &str) -> bool {
    matches!(word, "soon" | "early" | "quickly")
}

/// Words that pin a clause to the past even next to a future marker ("said it would").
pub(crate) fn is_past_marker(word: &str) -> bool {
    matches!(word, "ago" | "last" | "yesterday" | "earlier" | "was" | "were" | "had" | "did")
}

/// Words that end a clause for tense purposes.
pub(crate) fn is_clause_break(word: &str) -> bool {
    matches!(word, "but" | "while" | "whereas" | "although")
}
