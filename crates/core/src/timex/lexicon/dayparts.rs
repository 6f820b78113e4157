//! Parts of the day ("morning" → `MO`) and the clock words "noon" and "midnight".

/// The TIMEX3 part-of-day code of a word, and whether the word is plural ("mornings": a set).
pub(crate) fn part_of_day(word: &str) -> Option<(&'static str, bool)> {
    Some(match word {
        "morning" | "midmorning" => ("MO", false),
        "mornings" => ("MO", true),
        "afternoon" | "midafternoon" => ("AF", false),
        "afternoons" => ("AF", true),
        "evening" => ("EV", false),
        "evenings" => ("EV", true),
        "night" | "overnight" => ("NI", false),
        "nights" => ("NI", true),
        "midday" => ("MI", false),
        _ => return None,
    })
}

/// The clock time `(hour, minute)` a word names.
pub(crate) fn clock_word(word: &str) -> Option<(u8, u8)> {
    Some(match word {
        "noon" | "midday" => (12, 0),
        "midnight" => (0, 0),
        _ => return None,
    })
}
