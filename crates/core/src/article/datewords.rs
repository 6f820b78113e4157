//! Data: the words datelines are made of (months, weekdays, time zones, "Posted on" labels).
//!
//! Kept apart from the scanners in `dates.rs` and `published.rs` so that adding a language or
//! a time zone is a one-line change here. All comparisons are ASCII-case-insensitive; a trailing
//! period ("Feb.") is a separate token and is skipped by the scanner. English month and weekday
//! names and time zones are the temporal tagger's tables (`timex::lexicon`): one table each for
//! the whole core.

pub(crate) use crate::doc::fold::eq_fold;
use crate::doc::fold::with_ascii_lowercase;
use crate::timex::lexicon::{months, weekdays, zones};

/// Month names in the other languages datelines use (French and German forms seen on European
/// outlets' English and native pages), with the month number. English names and abbreviations
/// are the temporal tagger's table (`timex::lexicon::months`), shared so the two never differ.
pub(crate) const OTHER_MONTHS: &[(&str, u8)] = &[
    ("janvier", 1),
    ("février", 2),
    ("mars", 3),
    ("avril", 4),
    ("mai", 5),
    ("juin", 6),
    ("juillet", 7),
    ("août", 8),
    ("septembre", 9),
    ("octobre", 10),
    ("novembre", 11),
    ("décembre", 12),
    ("januar", 1),
    ("februar", 2),
    ("märz", 3),
    ("juni", 6),
    ("juli", 7),
    ("oktober", 10),
    ("dezember", 12),
];

/// Weekday names in French and German; English names and abbreviations are the temporal
/// tagger's table (`timex::lexicon::weekdays`).
pub(crate) const OTHER_WEEKDAYS: &[&str] = &[
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "montag",
    "dienstag",
    "mittwoch",
    "donnerstag",
    "freitag",
    "samstag",
    "sonntag",
];

/// Labels that say a date is the publication date.
pub(crate) const PUBLISHED_LABELS: &[&str] = &[
    "posted",
    "published",
    "first",
    "created",
    "issued",
    "released",
    "입력",
    "등록",
    "publié",
    "veröffentlicht",
    "publicado",
    "نشر",
];

/// Labels that say a date is an update.
pub(crate) const UPDATED_LABELS: &[&str] =
    &["updated", "modified", "edited", "revised", "수정", "aktualisiert", "actualizado", "تحديث"];

/// Other words a dateline line may contain besides dates, times and labels ("Posted on : ...",
/// "Updated 2 hours ago", "Last updated at ...").
pub(crate) const DATELINE_FILLER: &[&str] = &[
    "on", "at", "last", "date", "time", "ago", "hour", "hours", "minute", "minutes", "min", "mins",
    "day", "days", "am", "pm", "a", "p", "m", "le", "à", "am", "um", "uhr", "el", "de", "y", "h",
    "في", "년", "월", "일", "年", "月", "日", "오전", "오후", "local",
];

/// Korean, Chinese and Japanese date suffixes: year, month, day.
pub(crate) const CJK_YEAR: &[&str] = &["년", "年"];
pub(crate) const CJK_MONTH: &[&str] = &["월", "月"];
pub(crate) const CJK_DAY: &[&str] = &["일", "日"];

/// The month number of `word` ("Feb" → 2, "février" → 2), if it is a month name.
pub(crate) fn month_number(word: &str) -> Option<u8> {
    with_ascii_lowercase(word, |w| months::full(w).or_else(|| months::abbreviated(w)))
        .flatten()
        .or_else(|| other_month(word))
}

/// The month number of a name in [`OTHER_MONTHS`]. Every word of a page is asked: a word that
/// opens with an ASCII character no name opens with (lowercased) is ruled out before the names
/// are compared.
fn other_month(word: &str) -> Option<u8> {
    let first = word.as_bytes().first()?.to_ascii_lowercase();
    if first.is_ascii() && !OTHER_MONTHS.iter().any(|(name, _)| name.as_bytes()[0] == first) {
        return None;
    }
    OTHER_MONTHS.iter().find(|(name, _)| eq_fold(name, word)).map(|&(_, n)| n)
}

/// Whether `word` names a weekday ("Tuesday", "Tue", "mardi"; not the plural "Tuesdays").
pub(crate) fn is_weekday(word: &str) -> bool {
    with_ascii_lowercase(word, |w| matches!(weekdays::weekday(w), Some((_, false))))
        .unwrap_or(false)
        || OTHER_WEEKDAYS.iter().any(|w| eq_fold(w, word))
}

/// Whether `word` is a time-zone abbreviation ("KST"), from the temporal tagger's table
/// (`timex::lexicon::zones`).
pub(crate) fn is_time_zone(word: &str) -> bool {
    word.len() <= 5 && with_ascii_lowercase(word, zones::is_zone).unwrap_or(false)
}

pub(crate) fn in_list(list: &[&str], word: &str) -> bool {
    list.iter().any(|w| eq_fold(w, word))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_in_every_case_and_language_and_nothing_else() {
        assert_eq!(month_number("Feb"), Some(2));
        assert_eq!(month_number("SEPTEMBER"), Some(9));
        assert_eq!(month_number("Février"), Some(2));
        assert_eq!(month_number("FÉVRIER"), Some(2));
        assert_eq!(month_number("Dezember"), Some(12));
        assert_eq!(month_number("août"), Some(8));
        for word in ["", "mayor", "Juniper", "Éte", "x", "2019", "’", "Mars."] {
            assert_eq!(month_number(word), None, "{word}");
        }
    }
}
