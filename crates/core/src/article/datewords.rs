//! Data: the words datelines are made of (months, weekdays, time zones, "Posted on" labels).
//!
//! Kept apart from the scanners in `dates.rs` and `published.rs` so that adding a language or
//! a time zone is a one-line change here. All comparisons are ASCII-case-insensitive; a trailing
//! period ("Feb.") is a separate token and is skipped by the scanner.

/// Month names and their usual abbreviations, with the month number.
pub(crate) const MONTHS: &[(&str, u8)] = &[
    ("january", 1),
    ("jan", 1),
    ("february", 2),
    ("feb", 2),
    ("march", 3),
    ("mar", 3),
    ("april", 4),
    ("apr", 4),
    ("may", 5),
    ("june", 6),
    ("jun", 6),
    ("july", 7),
    ("jul", 7),
    ("august", 8),
    ("aug", 8),
    ("september", 9),
    ("sept", 9),
    ("sep", 9),
    ("october", 10),
    ("oct", 10),
    ("november", 11),
    ("nov", 11),
    ("december", 12),
    ("dec", 12),
    // French and German forms seen on European outlets' English and native pages.
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

/// Weekday names and abbreviations (English, French, German).
pub(crate) const WEEKDAYS: &[&str] = &[
    "monday",
    "mon",
    "tuesday",
    "tue",
    "tues",
    "wednesday",
    "wed",
    "thursday",
    "thu",
    "thur",
    "thurs",
    "friday",
    "fri",
    "saturday",
    "sat",
    "sunday",
    "sun",
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

/// Time-zone abbreviations kept as text next to a stated time.
pub(crate) const TIME_ZONES: &[&str] = &[
    "kst", "jst", "hkt", "sgt", "cst", "cdt", "ct", "est", "edt", "et", "mst", "mdt", "mt", "pst",
    "pdt", "pt", "gmt", "utc", "bst", "cet", "cest", "eet", "eest", "ist", "aest", "aedt", "wib",
    "ict", "msk", "pht",
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

/// The month number of `word` ("Feb" → 2), if it is a month name.
pub(crate) fn month_number(word: &str) -> Option<u8> {
    MONTHS.iter().find(|(name, _)| eq_fold(name, word)).map(|&(_, n)| n)
}

pub(crate) fn is_weekday(word: &str) -> bool {
    WEEKDAYS.iter().any(|w| eq_fold(w, word))
}

pub(crate) fn is_time_zone(word: &str) -> bool {
    word.len() <= 5 && TIME_ZONES.iter().any(|z| eq_fold(z, word))
}

pub(crate) fn in_list(list: &[&str], word: &str) -> bool {
    list.iter().any(|w| eq_fold(w, word))
}

/// Case-insensitive equality (full Unicode lower-casing only when needed, for "Février").
pub(crate) fn eq_fold(a: &str, b: &str) -> bool {
    if a.is_ascii() && b.is_ascii() {
        a.eq_ignore_ascii_case(b)
    } else {
        a.len() <= 32 && b.len() <= 32 && a.to_lowercase() == b.to_lowercase()
    }
}
