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
            | "slated"
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

/// Finite forms of "be" in the present: a clause in the present tense speaks of what is now
/// or ahead ("whose Feb. 1 caucus is the first", said in November: the coming one).
pub(crate) fn is_present_marker(word: &str) -> bool {
    matches!(word, "is" | "are" | "am")
}

/// Prepositions right before a date that look back from now ("since Feb. 1").
pub(crate) fn is_past_preposition(word: &str) -> bool {
    matches!(word, "since")
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
/// scheduled to expire Friday", "had been due", "as previously planned Saturday" ("was planned
/// for March" is still ahead: a plan told in the past).
pub(crate) fn is_past_auxiliary(word: &str) -> bool {
    matches!(word, "had" | "been" | "previously" | "originally")
}

/// Future markers a past auxiliary can put in the past ("was expected", "had been due").
pub(crate) fn is_plan_marker(word: &str) -> bool {
    matches!(word, "planned" | "scheduled" | "slated" | "due" | "expected" | "set" | "supposed")
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

/// Common irregular past-tense verbs (the tense look reads regular ones by their -ed). Only
/// forms that are not also present tense or participles of other common uses ("read", "put",
/// "set", "cut", "hit" are left out).
pub(crate) fn is_irregular_past(word: &str) -> bool {
    matches!(
        word,
        "began"
            | "brought"
            | "bought"
            | "came"
            | "fell"
            | "rose"
            | "took"
            | "made"
            | "went"
            | "gave"
            | "won"
            | "lost"
            | "met"
            | "held"
            | "left"
            | "sold"
            | "paid"
            | "sent"
            | "spent"
            | "built"
            | "kept"
            | "struck"
            | "wrote"
            | "spoke"
            | "broke"
            | "ran"
            | "saw"
            | "found"
            | "knew"
            | "thought"
            | "became"
            | "grew"
            | "drew"
            | "flew"
            | "fought"
            | "caught"
            | "taught"
            | "sought"
            | "chose"
            | "stood"
            | "led"
            | "fled"
            | "told"
            | "got"
            | "forgot"
            | "shot"
            | "swore"
            | "woke"
            | "froze"
            | "shook"
            | "withdrew"
            | "overtook"
            | "undertook"
    )
}

/// Words after "to" that are not verbs, so the "to" is no infinitive ("to court", "to date").
pub(crate) fn is_not_a_verb_after_to(word: &str) -> bool {
    matches!(
        word,
        "date"
            | "court"
            | "power"
            | "prison"
            | "jail"
            | "office"
            | "market"
            | "school"
            | "work"
            | "church"
            | "bed"
            | "town"
            | "war"
            | "trial"
            | "death"
            | "mexico"
            | "each"
            | "some"
            | "many"
            | "about"
            | "around"
            | "nearly"
            | "more"
            | "less"
            | "what"
            | "which"
            | "whom"
            | "his"
            | "her"
            | "its"
            | "their"
            | "our"
            | "my"
            | "your"
            | "them"
            | "him"
            | "us"
            | "me"
            | "it"
    )
}

/// Lowercase abbreviations whose period does not end a sentence ("Roe vs. Wade").
pub(crate) fn is_lowercase_abbreviation(word: &str) -> bool {
    matches!(word, "vs" | "approx" | "incl")
}

/// Words that end a clause for tense purposes.
pub(crate) fn is_clause_break(word: &str) -> bool {
    matches!(word, "but" | "while" | "whereas" | "although")
}
