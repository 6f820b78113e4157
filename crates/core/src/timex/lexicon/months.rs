//! Month names and their abbreviations.

/// The month (1–12) a full month name stands for.
pub(crate) fn full(word: &str) -> Option<u8> {
    Some(match word {
        "january" => 1,
        "february" => 2,
        "march" => 3,
        "april" => 4,
        "may" => 5,
        "june" => 6,
        "july" => 7,
        "august" => 8,
        "september" => 9,
        "october" => 10,
        "november" => 11,
        "december" => 12,
        _ => return None,
    })
}

/// The month an abbreviation stands for ("Feb", "Sept"); the period after it is the caller's.
pub(crate) fn abbreviated(word: &str) -> Option<u8> {
    Some(match word {
        "jan" => 1,
        "feb" => 2,
        "mar" => 3,
        "apr" => 4,
        "jun" => 6,
        "jul" => 7,
        "aug" => 8,
        "sep" | "sept" => 9,
        "oct" => 10,
        "nov" => 11,
        "dec" => 12,
        _ => return None,
    })
}

/// Month names that are also common English words ("may", "march"): alone, they need context.
pub(crate) fn is_ambiguous(month_word: &str) -> bool {
    matches!(month_word, "may" | "march" | "august")
}
