//! Absolute calendar expressions: dates with a month name ("June 12, 2018", "Feb. 28",
//! "27 July 2021", "Tuesday, July 27, 2021", "January 1998", "April"), ISO dates and times
//! ("2019-06-13 16:04 KST"), numeric dates ("6/13/2019"), years ("1990", "fiscal 1989"), year
//! ranges ("1950-53"), decades ("the 1990s", "the '90s", "the nineties"), centuries ("the 20th
//! century") and seasons with a year ("summer 2020", "the winter of 1994").

use jiff::civil::Date;

use super::super::calendar::CalValue;
use super::super::lexicon::{months, numbers, seasons, weekdays, zones};
use super::super::scan::{Found, Scanner, Val};
use super::super::TimexKind;
use super::count::{ordinal, spelled_year};
use super::resolve::year_of;
use crate::doc::PieceKind;
use crate::{Interval, Precision};

/// A month name at `i` ("June", "Feb.", "Sept"): the month, the token after it (and its
/// period), and whether it was abbreviated.
pub(crate) fn month_at(s: &Scanner, i: usize) -> Option<(u8, usize, bool)> {
    let w = s.base(i);
    if let Some(m) = months::full(w) {
        return Some((m, i + 1, false));
    }
    let m = months::abbreviated(w)?;
    // "Mar" and "Jun" are rare words, but "dec" or "jan" in lowercase prose are not months.
    if !s.capitalized(i) {
        return None;
    }
    Some((m, s.skip_period(i + 1), true))
}

/// A day of the month at `i` ("12", "12th", "1st"): the day and the token after it.
fn day_at(s: &Scanner, i: usize) -> Option<(u8, usize)> {
    let (n, digits) = s.number(i)?;
    if digits > 2 || !(1..=31).contains(&n) {
        return None;
    }
    let mut j = i + 1;
    if s.glued(j) && super::super::lexicon::ordinals::is_suffix(s.w(j)) {
        j += 1;
    }
    // "12:30" is a clock time, "12%" a share, "12.5" a decimal.
    let digits_follow = s.number(j + 1).is_some() && s.glued(j + 1);
    if s.glued(j)
        && ((s.punct(j, ':') && digits_follow)
            || s.punct(j, '%')
            || (s.punct(j, '.') && digits_follow))
    {
        return None;
    }
    Some((n as u8, j))
}

/// A four-digit year at `i` that reads as a year (1000–2199, not money, not a measure).
pub(crate) fn year_at(s: &Scanner, i: usize) -> Option<(i16, usize)> {
    let (n, digits) = s.number(i)?;
    if digits != 4 || !(1000..=2199).contains(&n) {
        return None;
    }
    if i > 0
        && s.glued(i)
        && (s.punct(i - 1, '$')
            || s.punct(i - 1, '#')
            || s.punct(i - 1, '£')
            || s.punct(i - 1, '€')
            || s.punct(i - 1, '.')
            || s.punct(i - 1, ','))
    {
        return None;
    }
    let next = i + 1;
    if s.glued(next)
        && (s.punct(next, '%')
            || s.kind(next) == Some(PieceKind::Number)
            || (s.punct(next, ',')
                && s.number(next + 1).is_some_and(|(_, d)| d == 3)
                && s.glued(next + 1))
            || (s.punct(next, '.') && s.number(next + 1).is_some() && s.glued(next + 1)))
    {
        return None;
    }
    if numbers::is_measure_noun(s.w(next)) {
        return None;
    }
    Some((n as i16, next))
}

fn day_value(year: i16, month: u8, day: u8) -> Option<CalValue> {
    Date::new(year, month as i8, day as i8).ok().map(CalValue::Day)
}

/// A date with its year written out at `i` ("June 12, 2018", "12 June 2018"), unresolved.
fn explicit_date_at(s: &Scanner, i: usize) -> Option<(u8, u8, i16)> {
    if let Some((month, j, _)) = month_at(s, i) {
        let (day, k) = day_at(s, j)?;
        let (year, _) = trailing_year(s, k)?;
        return Some((month, day, year));
    }
    let (day, j) = day_at(s, i)?;
    let (month, k, _) = month_at(s, if s.is(j, "of") { j + 1 } else { j })?;
    let (year, _) = trailing_year(s, k)?;
    Some((month, day, year))
}

/// Every date stated with its year in the text, in order; computed once per text.
pub(crate) fn stated_dates<'a>(s: &'a Scanner) -> &'a [(u8, u8, i16)] {
    s.stated.get_or_init(|| (0..s.tokens.len()).filter_map(|i| explicit_date_at(s, i)).collect())
}

/// The year the text gives this month and day elsewhere, if it gives exactly one.
pub(crate) fn stated_year_of(s: &Scanner, month: u8, day: u8) -> Option<i16> {
    let mut years =
        stated_dates(s).iter().filter(|&&(m, d, _)| m == month && d == day).map(|&(_, _, y)| y);
    let first = years.next()?;
    years.all(|y| y == first).then_some(first)
}

/// An explicit year after a month or day: ", 2018", " 2018", "of 2018", "nineteen ninety-four".
fn trailing_year(s: &Scanner, i: usize) -> Option<(i16, usize)> {
    let j = if s.punct(i, ',') { i + 1 } else { i };
    year_at(s, j).or_else(|| spelled_year(s, j))
}

/// "this year", "last year", "next year" after a month: the year offset and the token after.
fn deictic_year(s: &Scanner, i: usize) -> Option<(i64, usize)> {
    if !matches!(s.base(i + 1), "year") {
        return None;
    }
    let offset = match s.w(i) {
        "this" => 0,
        "last" => -1,
        "next" => 1,
        _ => return None,
    };
    Some((offset, i + 2))
}

/// Dates led by a month or a day: "June 12, 2018", "Feb. 28", "27 July 2021", "Tuesday, July
/// 27, 2021", "January 1998", "June last year", "April".
pub(crate) fn calendar_date(s: &Scanner, i: usize) -> Option<Found> {
    // Rule: a weekday before a full date belongs to it ("Tuesday, July 27, 2021").
    if let Some((_, false)) = weekdays::weekday(s.w(i)) {
        let j = if s.punct(i + 1, ',') { i + 2 } else { i + 1 };
        if let Some(found) = month_led(s, j, i).or_else(|| day_led(s, j)) {
            if matches!(found.value, Val::Cal(CalValue::Day(_)))
                || matches!(found.value, Val::Text(ref t) if t.len() == 10)
            {
                return Some(found);
            }
        }
        return None;
    }
    month_led(s, i, i).or_else(|| day_led(s, i))
}

/// A month-led date at `i` inside a longer expression starting at `start` ("5 p.m. EST, Nov.
/// 6"): its year is read with the tense around the whole expression.
pub(crate) fn month_date_in(s: &Scanner, i: usize, start: usize) -> Option<Found> {
    month_led(s, i, start.min(i))
}

/// "June 12[, 2018]", "January 1998", "June last year", "April" — the month first.
fn month_led(s: &Scanner, i: usize, start: usize) -> Option<Found> {
    let (month, j, abbreviated) = month_at(s, i)?;
    // Rule: month day [, year].
    if let Some((day, k)) = day_at(s, j) {
        if let Some((year, end)) = trailing_year(s, k) {
            return Some(Found::date(end, day_value(year, month, day)?).anchoring());
        }
        // Rule: "the June 12 summit" — a yearless date used as a name, with the definite
        // article, refers to an event the text dates in full elsewhere ("June 12, 2018").
        if start > 0
            && s.is(start - 1, "the")
            && s.kind(k) == Some(PieceKind::Word)
            && !s.capitalized(k)
        {
            if let Some(year) = stated_year_of(s, month, day) {
                return Some(Found::date(k, day_value(year, month, day)?).anchoring());
            }
        }
        let year = year_of(s, start, k, month, Some(day));
        return Some(match year {
            Some(y) => Found::date(k, day_value(y, month, day)?),
            None => Found::text(k, TimexKind::Date, format!("XXXX-{month:02}-{day:02}")),
        });
    }
    // Rule: month [of|,] year.
    let of = if s.is(j, "of") { j + 1 } else { j };
    if let Some((year, end)) = trailing_year(s, of) {
        return Some(Found::date(end, CalValue::Month(year, month)).anchoring());
    }
    // Rule: month + "this/last/next year".
    if let Some((offset, end)) = deictic_year(s, j) {
        let year = s.anchor.and_then(|a| a.year().checked_add(offset as i16));
        return Some(match year {
            Some(y) => Found::date(end, CalValue::Month(y, month)),
            None => Found::text(end, TimexKind::Date, format!("XXXX-{month:02}")),
        });
    }
    // Rule: a month alone, if it reads as a month.
    if abbreviated || !s.capitalized(i) || !month_alone_reads_as_date(s, i) {
        return None;
    }
    Some(match year_of(s, start, j, month, None) {
        Some(y) => Found::date(j, CalValue::Month(y, month)),
        None => Found::text(j, TimexKind::Date, format!("XXXX-{month:02}")),
    })
}

/// A month name alone is a date after a preposition or determiner ("in April", "since
/// April", "last April"), or any capitalized month except those that are common words ("May"
/// the verb, "March" the noun) at a sentence start.
fn month_alone_reads_as_date(s: &Scanner, i: usize) -> bool {
    let before = if i > 0 { s.w(i - 1) } else { "" };
    let after_preposition = matches!(
        before,
        "in" | "since"
            | "until"
            | "till"
            | "by"
            | "of"
            | "through"
            | "during"
            | "from"
            | "to"
            | "last"
            | "next"
            | "this"
            | "early"
            | "late"
            | "mid"
            | "before"
            | "after"
            | "and"
            | "or"
            | "for"
            | "between"
            | "on"
            | "-"
            | "that"
            | "each"
            | "every"
            | "around"
    );
    if after_preposition {
        return true;
    }
    !months::is_ambiguous(s.base(i)) && i > 0 && !s.line_start(i)
}

/// "27 July 2021", "12th of June" — the day first.
/// Rule: the second day of "April 24 and 25", "May 3 or 4": a day number after "and"/"or"
/// right after a month and day is a date in that month (of the first one's year).
pub(crate) fn listed_day(s: &Scanner, i: usize) -> Option<Found> {
    if i < 3 || !matches!(s.w(i - 1), "and" | "or") {
        return None;
    }
    let (day, end) = day_at(s, i)?;
    // Not "April 24 and 25 percent", "June 3 and 4 p.m.": the number ends the phrase.
    if s.kind(end) == Some(PieceKind::Word) || s.kind(end) == Some(PieceKind::Number) {
        return None;
    }
    let start = if month_at(s, i - 3).is_some() { i - 3 } else { i.checked_sub(4)? };
    let first = month_led(s, start, start)?;
    if first.end != i - 1 {
        return None;
    }
    Some(match first.value {
        Val::Cal(CalValue::Day(d)) => Found::date(end, day_value(d.year(), d.month() as u8, day)?),
        Val::Text(ref t) if t.len() == 10 => {
            Found::text(end, TimexKind::Date, format!("{}{day:02}", &t[..8]))
        }
        _ => return None,
    })
}

fn day_led(s: &Scanner, i: usize) -> Option<Found> {
    let (day, j) = day_at(s, i)?;
    let m_at = if s.is(j, "of") { j + 1 } else { j };
    let (month, k, _) = month_at(s, m_at)?;
    if let Some((year, end)) = trailing_year(s, k) {
        return Some(Found::date(end, day_value(year, month, day)?).anchoring());
    }
    Some(match year_of(s, i, k, month, Some(day)) {
        Some(y) => Found::date(k, day_value(y, month, day)?),
        None => Found::text(k, TimexKind::Date, format!("XXXX-{month:02}-{day:02}")),
    })
}

/// "the week of March 6": the ISO week of the date.
pub(crate) fn week_of(s: &Scanner, i: usize) -> Option<Found> {
    if !(s.is(i, "the") && s.is(i + 1, "week") && s.is(i + 2, "of")) {
        return None;
    }
    let found = calendar_date(s, i + 3)?;
    match found.value {
        Val::Cal(CalValue::Day(d)) => Some(Found::date(found.end, CalValue::Week(d))),
        _ => Some(Found::text(found.end, TimexKind::Date, "XXXX-WXX")),
    }
}

/// "2019-06-13", "2019-06-13 16:04 KST", "2019-06-13T16:04:05Z", "6/13/2019".
pub(crate) fn numeric_date(s: &Scanner, i: usize) -> Option<Found> {
    let (date, j) = iso_day(s, i).or_else(|| slash_day(s, i))?;
    // An optional clock time: " 16:04", "T16:04", with seconds and a zone.
    let t = if s.is(j, "t") && s.glued(j) { j + 1 } else { j };
    if let Some((h, _)) = s.number(t).filter(|&(h, d)| d <= 2 && h < 24) {
        if s.punct(t + 1, ':') && s.glued(t + 1) {
            if let Some((m, _)) = s.number(t + 2).filter(|&(m, d)| d == 2 && m < 60) {
                let mut end = t + 3;
                if s.punct(end, ':') && s.glued(end) && s.number(end + 1).is_some() {
                    end += 2;
                }
                if (s.is(end, "z") && s.glued(end)) || zones::is_zone(s.w(end)) {
                    end += 1;
                }
                return Some(
                    Found::new(
                        end,
                        TimexKind::Time,
                        Val::Cal(CalValue::Minute(date, h as u8, m as u8)),
                    )
                    .anchoring(),
                );
            }
        }
    }
    Some(Found::date(j, CalValue::Day(date)).anchoring())
}

fn iso_day(s: &Scanner, i: usize) -> Option<(Date, usize)> {
    let (y, dy) = s.number(i)?;
    if dy != 4 || !s.joiner(i + 1) {
        return None;
    }
    let (m, dm) = s.number(i + 2)?;
    if dm > 2 || !s.joiner(i + 3) {
        return None;
    }
    let (d, dd) = s.number(i + 4)?;
    if dd > 2 || (s.glued(i + 5) && s.kind(i + 5) == Some(PieceKind::Number)) {
        return None;
    }
    let date =
        Date::new(i16::try_from(y).ok()?, i8::try_from(m).ok()?, i8::try_from(d).ok()?).ok()?;
    Some((date, i + 5))
}

/// US order, as American news writes it: month/day/year.
fn slash_day(s: &Scanner, i: usize) -> Option<(Date, usize)> {
    let (m, dm) = s.number(i)?;
    let slash = |k: usize| s.punct(k, '/') && s.glued(k) && s.glued(k + 1);
    if dm > 2 || !slash(i + 1) {
        return None;
    }
    let (d, dd) = s.number(i + 2)?;
    if dd > 2 || !slash(i + 3) {
        return None;
    }
    let (y, dy) = s.number(i + 4)?;
    let year = match dy {
        4 => y,
        2 if y < 50 => 2000 + y,
        2 => 1900 + y,
        _ => return None,
    };
    let date =
        Date::new(i16::try_from(year).ok()?, i8::try_from(m).ok()?, i8::try_from(d).ok()?).ok()?;
    Some((date, i + 5))
}

/// Years and what is built on them: "1990", "fiscal 1989", "1950-53", "the 1990s", "the '90s",
/// "the nineties", "the 20th century", "the year 2000", "summer 2020", "the winter of 1994".
pub(crate) fn year_based(s: &Scanner, i: usize) -> Option<Found> {
    let the = s.is(i, "the");
    let j = if the { i + 1 } else { i };
    // Rule: a position modifier inside "the": "the late 1970s", "the early 1980s".
    let (modifier, j) = match super::super::lexicon::modifiers::position(s.w(j)) {
        Some(m) if the && s.w(j) != "later" && s.w(j) != "earlier" => {
            (Some(m), if s.joiner(j + 1) { j + 2 } else { j + 1 })
        }
        _ => (None, j),
    };
    if let Some(found) = decade_or_century(s, j) {
        return Some(found.with_modifier(modifier));
    }
    if modifier.is_some() {
        return None;
    }
    // Rule: "the year 2000", "the year two thousand".
    if the && s.is(j, "year") {
        if let Some((y, end)) = year_at(s, j + 1).or_else(|| spelled_year(s, j + 1)) {
            return Some(Found::date(end, CalValue::Year(y)));
        }
        if s.is(j + 1, "two") && s.is(j + 2, "thousand") {
            return Some(Found::date(j + 3, CalValue::Year(2000)));
        }
    }
    // Rule: season [of] year — "summer 2020", "the winter of 1994".
    if let Some(season) = seasons::season(s.w(j)) {
        let k = if s.is(j + 1, "of") { j + 2 } else { j + 1 };
        let (year, end) = year_at(s, k).or_else(|| spelled_year(s, k))?;
        return Some(Found::date(end, CalValue::Season(year, season)));
    }
    if the {
        // "the 1988 period" is a business expression; a bare "the 1990" is not a date.
        return None;
    }
    // Rule "numbered noun": "House Bill 1523", "Flight 1549" name a thing, not a year.
    if i > 0 && numbers::is_numbered_noun(s.w(i - 1)) {
        return None;
    }
    // Rule: "fiscal 1989", "FY 2019".
    let k = if matches!(s.w(i), "fiscal" | "fy") { i + 1 } else { i };
    let (year, end) = year_at(s, k).or_else(|| if k == i { spelled_year(s, k) } else { None })?;
    // Rule: "twelve hundred students" is a count; a spoken year "nineteen hundred" stands alone.
    if s.is(end - 1, "hundred") && s.kind(end) == Some(PieceKind::Word) && !s.capitalized(end) {
        return None;
    }
    // Rule: a year range "1950-53", "1990-1991": one expression spanning both years.
    if s.joiner(end) {
        if let Some((n, d)) = s.number(end + 1) {
            let last = match d {
                2 => Some(i32::from(year) / 100 * 100 + n as i32),
                4 => Some(n as i32),
                _ => None,
            };
            if let Some(last) = last.filter(|&l| l > i32::from(year) && l - i32::from(year) < 100) {
                let first_day = Date::new(year, 1, 1).ok()?;
                let last_day = Date::new(i16::try_from(last).ok()?, 12, 31).ok()?;
                let interval = Interval::new(first_day, last_day, Precision::Year);
                let value = format!("P{}Y", last - i32::from(year));
                return Some(Found::new(end + 2, TimexKind::Duration, Val::Range(value, interval)));
            }
        }
    }
    Some(Found::date(end, CalValue::Year(year)).anchoring())
}

/// "1990s", "'90s", "1990's", "nineties", "20th century", "1900s" at `i` (after "the").
fn decade_or_century(s: &Scanner, i: usize) -> Option<Found> {
    let plural_s = |k: usize| -> Option<usize> {
        if s.glued(k) && s.is(k, "s") {
            return Some(k + 1);
        }
        if s.glued(k)
            && (s.punct(k, '\'') || s.punct(k, '\u{2019}'))
            && s.glued(k + 1)
            && s.is(k + 1, "s")
        {
            return Some(k + 2);
        }
        None
    };
    if let Some((n, 4)) = s.number(i) {
        if n % 10 == 0 && (1000..=2190).contains(&n) {
            if let Some(end) = plural_s(i + 1) {
                let value = if n % 100 == 0 {
                    CalValue::Century((n / 100) as i16)
                } else {
                    CalValue::Decade((n / 10) as i16)
                };
                return Some(Found::date(end, value));
            }
        }
    }
    // "'90s".
    if (s.punct(i, '\'') || s.punct(i, '\u{2019}')) && s.glued(i + 1) {
        if let Some((n, 2)) = s.number(i + 1) {
            if n % 10 == 0 {
                if let Some(end) = plural_s(i + 2) {
                    let century = if n <= 30 { 200 } else { 190 };
                    return Some(Found::date(end, CalValue::Decade(century + (n / 10) as i16)));
                }
            }
        }
    }
    if let Some(decade) = numbers::decade_word(s.w(i)) {
        if i > 0 && s.is(i - 1, "the")
            || s.tokens.get(i).is_some()
                && i > 0
                && super::super::lexicon::modifiers::position(s.w(i - 1)).is_some()
        {
            return Some(Found::date(i + 1, CalValue::Decade(decade)));
        }
    }
    let (n, j) = ordinal(s, i)?;
    if s.is(j, "century") && (1..=30).contains(&n) {
        return Some(Found::date(j + 1, CalValue::Century(n as i16 - 1)));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::super::super::tag;
    use jiff::civil::date;

    fn values(text: &str, anchor: (i16, i8, i8)) -> Vec<(String, String)> {
        tag(text, Some(date(anchor.0, anchor.1, anchor.2)))
            .into_iter()
            .map(|t| (t.span.of(text).to_string(), t.value))
            .collect()
    }

    #[test]
    fn a_number_after_a_numbered_noun_is_no_year() {
        for text in ["signed House Bill 1523 into law", "the crash of Flight 1549", "Route 2010"] {
            assert!(tag(text, Some(date(2016, 7, 2))).is_empty(), "{text}");
        }
        assert_eq!(tag("the bill passed in 1999", Some(date(2016, 7, 2)))[0].value, "1999");
    }

    #[test]
    fn month_day_year_in_both_orders() {
        assert_eq!(
            values("on June 12, 2018.", (2019, 6, 13)),
            [("June 12, 2018".into(), "2018-06-12".into())]
        );
        assert_eq!(
            values("27 July 2021", (2021, 7, 27)),
            [("27 July 2021".into(), "2021-07-27".into())]
        );
    }

    #[test]
    fn a_yearless_date_takes_the_anchors_year_when_it_is_in_the_past() {
        assert_eq!(values("their summit in Hanoi on Feb. 28.", (2019, 6, 13))[0].1, "2019-02-28");
    }

    #[test]
    fn a_yearless_month_far_ahead_of_the_anchor_is_last_years() {
        assert_eq!(values("cited by police in December for", (1998, 4, 18))[0].1, "1997-12");
    }

    #[test]
    fn a_future_clause_moves_a_passed_month_to_next_year() {
        assert_eq!(
            values("The deal is expected to close in January.", (1989, 10, 26))[0].1,
            "1990-01"
        );
    }

    #[test]
    fn a_present_clause_moves_a_date_half_a_year_back_to_next_year() {
        // Rule "present clause".
        let text = "In Ohio, whose March 8 primary is the first in the region, polls opened.";
        assert_eq!(values(text, (2011, 11, 20))[0].1, "2012-03-08");
        // Not when the date is near, nor in a past clause, nor after "since".
        assert_eq!(values(text, (2011, 6, 20))[0].1, "2011-03-08");
        let past = "In Ohio, whose March 8 primary was the first in the region, polls opened.";
        assert_eq!(values(past, (2011, 11, 20))[0].1, "2011-03-08");
        let since = "Prices are up since March 8 in the region.";
        assert_eq!(values(since, (2011, 11, 20))[0].1, "2011-03-08");
    }

    #[test]
    fn a_deadline_preposition_makes_the_date_future() {
        assert_eq!(values("must be returned by Jan. 14.", (1999, 12, 20))[0].1, "2000-01-14");
    }

    #[test]
    fn a_weekday_before_a_date_is_one_expression_even_before_a_colon() {
        assert_eq!(
            values("an editorial on Saturday, April 25: The", (1998, 4, 24))[0],
            ("Saturday, April 25".into(), "1998-04-25".into())
        );
    }

    #[test]
    fn a_yearless_date_naming_an_event_takes_the_year_the_text_gives_it() {
        let text = "Their summit on June 12, 2018 was a start. The June 12 summit was hailed.";
        assert_eq!(values(text, (2019, 6, 13))[1], ("June 12".into(), "2018-06-12".into()));
        // Without "the", it is a date like any other.
        let text = "Their summit on June 12, 2018 was a start. At a June 12 seminar, he spoke.";
        assert_eq!(values(text, (2019, 6, 13))[1].1, "2019-06-12");
    }

    #[test]
    fn iso_date_and_time_with_a_zone() {
        let v = tag("Posted on : 2019-06-13 16:04 KST", None);
        assert_eq!(v[0].span.of("Posted on : 2019-06-13 16:04 KST"), "2019-06-13 16:04 KST");
        assert_eq!(v[0].value, "2019-06-13T16:04");
    }

    #[test]
    fn years_decades_centuries_and_ranges() {
        assert_eq!(values("in 1990 and", (2019, 1, 1))[0].1, "1990");
        assert_eq!(values("the 1990s", (2019, 1, 1))[0], ("the 1990s".into(), "199".into()));
        assert_eq!(values("in the late 1970s", (2019, 1, 1))[0].1, "197");
        assert_eq!(values("the '90s", (2019, 1, 1))[0].1, "199");
        assert_eq!(values("the 20th century", (2019, 1, 1))[0].1, "19");
        let range = tag("the 1950-53 Korean War", None);
        assert_eq!(range[0].span.of("the 1950-53 Korean War"), "1950-53");
        let interval = range[0].interval.unwrap();
        assert_eq!((interval.start, interval.end), (date(1950, 1, 1), date(1953, 12, 31)));
    }

    #[test]
    fn seasons_with_a_year() {
        assert_eq!(values("summer 2020", (2021, 1, 1))[0].1, "2020-SU");
        assert_eq!(
            values("the winter of 1994", (2021, 1, 1))[0],
            ("the winter of 1994".into(), "1994-WI".into())
        );
    }

    #[test]
    fn numbers_that_are_not_years() {
        assert!(tag("It cost $1990 and 2000 people came; 1999% more.", None).is_empty());
    }

    #[test]
    fn may_the_verb_is_not_a_month() {
        assert!(
            tag("Officials may decide. March on, they said.", Some(date(2019, 6, 13))).is_empty()
        );
    }

    #[test]
    fn a_spoken_hundred_before_a_noun_is_a_count() {
        assert!(tag("The academy has twelve hundred mostly American students.", None).is_empty());
        assert_eq!(tag("It was built in nineteen hundred.", None)[0].value, "1900");
    }

    #[test]
    fn the_second_day_of_a_listed_pair_is_a_date_too() {
        let t = tag("at the summit on April 24 and 25.", Some(date(1999, 2, 10)));
        let got: Vec<_> = t.iter().map(|t| t.value.as_str()).collect();
        assert_eq!(got, ["1999-04-24", "1999-04-25"]);
        assert_eq!(tag("on April 24 and 25 percent", Some(date(1999, 2, 10))).len(), 1);
    }
}
