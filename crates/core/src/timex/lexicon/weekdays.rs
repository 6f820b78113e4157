//! Weekday names, singular and plural ("Tuesdays" is a set), with their ISO numbers (Monday = 1).

/// `(iso_number, plural)` for a weekday name or abbreviation.
pub(crate) fn weekday(word: &str) -> Option<(u8, bool)> {
    Some(match word {
        "monday" | "mon" => (1, false),
        "tuesday" | "tue" | "tues" => (2, false),
        "wednesday" | "wed" => (3, false),
        "thursday" | "thu" | "thur" | "thurs" => (4, false),
        "friday" | "fri" => (5, false),
        "saturday" | "sat" => (6, false),
        "sunday" | "sun" => (7, false),
        "mondays" => (1, true),
        "tuesdays" => (2, true),
        "wednesdays" => (3, true),
        "thursdays" => (4, true),
        "fridays" => (5, true),
        "saturdays" => (6, true),
        "sundays" => (7, true),
        _ => return None,
    })
}

/// Abbreviations that are ordinary words too ("sat", "sun", "wed"): only with a capital and a
/// period, or before a date, do they name a day; the caller checks.
pub(crate) fn is_abbreviation(word: &str) -> bool {
    matches!(
        word,
        "mon" | "tue" | "tues" | "wed" | "thu" | "thur" | "thurs" | "fri" | "sat" | "sun"
    )
}
