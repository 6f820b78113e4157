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
            | "trading"
            | "business"
            | "working"
    )
}

/// Determiners and possessives skipped to find the event's noun.
pub(crate) fn is_determiner(w: &str) -> bool {
    matches!(w, "the" | "a" | "an" | "their" | "its" | "his" | "her" | "our" | "this" | "that")
}

/// Nouns for a part of a period, before "of the year" ("the rest of the year").
pub(crate) fn is_part_of_period(word: &str) -> bool {
    matches!(word, "rest" | "remainder" | "balance" | "half" | "part" | "course" | "bulk")
}

/// Words that may follow an amount of time ("a second ago", "a second or two", "a second
/// later"): after "a second", any other word makes "second" an ordinal ("a second group").
pub(crate) fn may_follow_an_amount(word: &str) -> bool {
    matches!(
        word,
        "ago"
            | "later"
            | "earlier"
            | "before"
            | "after"
            | "or"
            | "and"
            | "of"
            | "to"
            | "in"
            | "for"
            | "from"
            | "since"
            | "long"
            | "longer"
            | "more"
            | "less"
            | "too"
            | "at"
            | "on"
            | "when"
            | "until"
            | "apart"
            | "away"
            | "behind"
            | "ahead"
    )
}

/// Prepositions and conjunctions that end the noun phrase before them ("earlier in the year by
/// heavy rains", "a high for the year of $42.875"), so "the year" stands alone.
pub(crate) fn ends_a_noun_phrase(word: &str) -> bool {
    matches!(
        word,
        "by" | "of" | "from" | "to" | "with" | "on" | "in" | "at" | "as" | "and" | "or" | "when"
    )
}
