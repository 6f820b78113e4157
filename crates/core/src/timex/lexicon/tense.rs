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

/// Words in -ed that are not past-tense verbs ("succeed", "hundred", "indeed"): the tense look
/// reads a word in -ed as a past verb unless it is one of these.
pub(crate) fn is_ed_non_verb(word: &str) -> bool {
    matches!(
        word,
        "succeed"
            | "proceed"
            | "exceed"
            | "need"
            | "indeed"
            | "speed"
            | "breed"
            | "hundred"
            | "hundreds"
            | "kindred"
            | "sacred"
            | "naked"
            | "wicked"
            | "rugged"
            | "embed"
            | "shred"
            | "ahmed"
            | "mohammed"
            | "muhammad"
            | "alfred"
    )
}

/// Auxiliaries that, right before a future marker, put the plan itself in the past: "had been
/// scheduled to expire Friday", "was due Monday", "as previously planned Saturday".
pub(crate) fn is_past_auxiliary(word: &str) -> bool {
    matches!(word, "had" | "been" | "was" | "were" | "previously" | "originally")
}

/// Future markers a past auxiliary can put in the past ("was expected", "had been due").
pub(crate) fn is_plan_marker(word: &str) -> bool {
    matches!(word, "planned" | "scheduled" | "due" | "expected" | "set" | "supposed")
}

/// Forms of "be" that, before a verb in -ed, make it a passive whose tense the auxiliary before
/// them tells ("will be named": future, not past).
pub(crate) fn is_passive_be(word: &str) -> bool {
    matches!(word, "be" | "being")
}

/// Verbs that report speech ("said", "told"): past, but after a comma only a speech tag.
pub(crate) fn is_reporting_verb(word: &str) -> bool {
    matches!(word, "said" | "says" | "told" | "added" | "announced" | "reported")
}

/// Words that end a clause for tense purposes.
pub(crate) fn is_clause_break(word: &str) -> bool {
    matches!(word, "but" | "while" | "whereas" | "although")
}
