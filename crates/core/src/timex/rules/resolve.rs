//! Resolution shared by the rules: which year a yearless date falls in, what a relative
//! expression gives without an anchor.

use jiff::civil::Date;

use super::super::calendar::{add_days, CalValue};
use super::super::clause::{tense_around, Tense};
use super::super::scan::{Found, Scanner, Val};
use super::super::TimexKind;

/// With no tense marker, a yearless date this far ahead of the anchor is last year's (news
/// mostly reports the past)...
const UNKNOWN_AHEAD_DAYS: i64 = 92;
/// In a future clause, a date this far behind the anchor is next year's.
const FUTURE_BEHIND_DAYS: i64 = 45;
/// In a present clause, a date this far behind the anchor is next year's: the coming one
/// (rule "present clause": "whose Feb. 1 caucus is the first", said in November).
const PRESENT_BEHIND_DAYS: i64 = 183;
/// ... and one this far behind it is next year's ("in January" said in December; said in
/// October, it is this year's January).
const UNKNOWN_BEHIND_DAYS: i64 = 300;

fn days_between(a: Date, b: Date) -> i64 {
    a.until(b).map(|s| i64::from(s.get_days())).unwrap_or(0)
}

/// The year of a yearless month (and day) spoken of in tokens `start..end`: the anchor's year,
/// moved back when a past clause speaks of a later date ("in December", said in February),
/// forward when a future clause speaks of an earlier one, or a present clause of one more
/// than half a year back (rule "present clause"), else the year nearest the anchor.
pub(crate) fn year_of(
    s: &Scanner,
    start: usize,
    end: usize,
    month: u8,
    day: Option<u8>,
) -> Option<i16> {
    let anchor = s.anchor?;
    let year = anchor.year();
    let candidate = Date::new(year, month as i8, day.unwrap_or(15).min(28) as i8).ok()?;
    let ahead = days_between(anchor, candidate);
    match tense_around(s, start, end) {
        // A date a few weeks ahead in a past clause is usually a misread tense ("of record
        // Nov. 16"); far ahead, it is last year's.
        Tense::Past if ahead > UNKNOWN_AHEAD_DAYS => year.checked_sub(1),
        // Rule: a month that has not begun cannot be past: "changed to a calendar year in
        // December", said in October, is last December.
        Tense::Past if day.is_none() && month > anchor.month() as u8 => year.checked_sub(1),
        Tense::Past => Some(year),
        Tense::Future if ahead < -FUTURE_BEHIND_DAYS => year.checked_add(1),
        Tense::Future => Some(year),
        Tense::Present if ahead < -PRESENT_BEHIND_DAYS => year.checked_add(1),
        Tense::Present | Tense::Unknown if ahead > UNKNOWN_AHEAD_DAYS => year.checked_sub(1),
        Tense::Unknown if ahead < -UNKNOWN_BEHIND_DAYS => year.checked_add(1),
        Tense::Present | Tense::Unknown => Some(year),
    }
}

/// Whether tokens `start..end` sit in a future clause.
pub(crate) fn is_future(s: &Scanner, start: usize, end: usize) -> bool {
    tense_around(s, start, end) == Tense::Future
}

/// A value relative to the anchor: resolved, or the unresolved form TIMEX3 allows.
pub(crate) fn relative(end: usize, resolved: Option<CalValue>, unresolved: &str) -> Found {
    match resolved {
        Some(value) => Found::date(end, value),
        None => Found::text(end, TimexKind::Date, unresolved),
    }
}

/// The day `days` after the anchor, as a found DATE (unresolved `XXXX-XX-XX` without anchor).
pub(crate) fn anchor_day(s: &Scanner, end: usize, days: i64) -> Found {
    relative(end, s.anchor.and_then(|a| add_days(a, days)).map(CalValue::Day), "XXXX-XX-XX")
}

/// A TIMEX3 text value of the given kind.
pub(crate) fn text(end: usize, kind: TimexKind, value: &str) -> Found {
    Found::new(end, kind, Val::Text(value.to_string()))
}
