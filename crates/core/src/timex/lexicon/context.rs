//! Small word classes the rules consult around an expression: what may stand between "the" and
//! a count ("the past three years"), between a count and its unit ("20 more years"), and the
//! determiners skipped to find a noun.

/// Words that may stand between "the" and a count ("the past three years", "the first nine
/// months"), and whether they point forward.
pub(crate) fn is_span_lead(word: &str) -> bool {
    matches!(
        word,
        "past"
            | "last"
            | "next"
            | "coming"
            | "first"
            | "final"
            | "previous"
            | "following"
            | "latest"
            | "remaining"
            | "initial"
            | "ensuing"
            | "same"
    )
}

/// Words between a count and its unit that do not change it ("20 more years").
pub(crate) fn is_filler(word: &str) -> bool {
    matches!(
        word,
        "more"
            | "additional"
            | "straight"
            | "full"
            | "consecutive"
            | "long"
            | "whole"
            | "extra"
            | "further"
    )
}

/// Determiners and possessives skipped to find the event's noun.
pub(crate) fn is_determiner(w: &str) -> bool {
    matches!(w, "the" | "a" | "an" | "their" | "its" | "his" | "her" | "our" | "this" | "that")
}
