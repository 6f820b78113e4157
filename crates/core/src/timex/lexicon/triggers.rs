//! Words that begin or continue an expression without having a table of their own: the
//! scanner runs its rules only at words from the tables or these, so they decide where the
//! tagger looks at all.

/// Words after a lead word that continue an expression without starting one.
pub(crate) fn follower_word(w: &str) -> bool {
    matches!(
        w,
        "end"
            | "beginning"
            | "start"
            | "middle"
            | "near"
            | "foreseeable"
            | "distant"
            | "immediate"
            | "same"
            | "following"
            | "previous"
            | "preceding"
            | "prior"
            | "latest"
            | "comparable"
            | "corresponding"
            | "most"
            | "present"
            | "full"
            | "future"
            | "least"
            | "to"
            | "than"
            | "past"
            | "week"
            | "year"
            | "weekend"
            | "day"
            | "current"
            | "final"
            | "latter"
            | "other"
            | "hundred"
            | "thousand"
    )
}

/// Words that begin an expression only together with what follows.
pub(crate) fn is_lead_word(w: &str) -> bool {
    matches!(
        w,
        "the"
            | "a"
            | "an"
            | "this"
            | "last"
            | "next"
            | "past"
            | "coming"
            | "that"
            | "these"
            | "every"
            | "each"
            | "fiscal"
            | "fy"
            | "more"
            | "less"
            | "fewer"
            | "longer"
            | "shorter"
            | "at"
            | "up"
            | "just"
            | "close"
            | "no"
            | "over"
            | "under"
            | "right"
    )
}

/// Words that begin expressions without being in a table of their own.
pub(crate) fn starts_an_expression(w: &str) -> bool {
    matches!(
        w,
        "the"
            | "a"
            | "an"
            | "this"
            | "last"
            | "next"
            | "past"
            | "coming"
            | "that"
            | "these"
            | "today"
            | "tomorrow"
            | "yesterday"
            | "tonight"
            | "every"
            | "each"
            | "fiscal"
            | "fy"
            | "year"
            | "more"
            | "less"
            | "fewer"
            | "longer"
            | "shorter"
            | "at"
            | "up"
            | "just"
            | "close"
            | "no"
            | "over"
            | "under"
            | "right"
            | "couple"
            | "dozens"
            | "hundreds"
            | "thousands"
            | "current"
            | "recent"
            | "upcoming"
    )
}
