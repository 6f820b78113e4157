//! A small finder of absolute calendar dates and clock times, by hand over tokens.
//!
//! It recognises what datelines and dated mentions are written with: "June 13, 2019",
//! "Tue June 11, 2019", "13 June 2019", "Feb. 28" (no year), "June 2019", "2019-06-13",
//! "2019.06.13", "13/06/2019" (only when the day/month order is unambiguous), "2019년 6월 13일",
//! lone years ("in 2018") and year ranges ("1950-53"); and times "16:04", "3:45 PM", "4 p.m."
//! with a following time-zone abbreviation ("KST", "ET"). Relative expressions ("last week")
//! are not dates here: they need an anchor (see `published.rs`).

use jiff::civil::Date;

use super::datewords::{self, eq_fold};
use crate::doc::Doc;
use crate::doc::{Piece, PieceKind};
use crate::{Interval, Precision, Span};

/// What part of a date the text gave.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum DateShape {
    /// Day, month and year.
    Full,
    /// Month and year.
    MonthYear,
    /// A year or a range of years.
    Year,
    /// Month and day without a year ("Feb. 28").
    MonthDay { month: u8, day: u8 },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct FoundDate {
    pub span: Span,
    pub shape: DateShape,
    /// The days the expression covers; `None` for [`DateShape::MonthDay`].
    pub interval: Option<Interval>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct FoundTime {
    pub span: Span,
    pub zone: Option<Span>,
}

fn number(tok: Option<&Piece>, text: &str) -> Option<u32> {
    let t = tok?;
    if t.kind != PieceKind::Number || t.span.len() > 4 {
        return None;
    }
    t.text(text).parse().ok()
}

fn word<'t>(tok: Option<&Piece>, text: &'t str) -> Option<&'t str> {
    let t = tok?;
    (t.kind == PieceKind::Word).then(|| t.text(text))
}

fn is_punct(tok: Option<&Piece>, text: &str, chars: &[&str]) -> bool {
    tok.is_some_and(|t| t.kind == PieceKind::Punct && chars.contains(&t.text(text)))
}

fn plausible_year(y: u32) -> bool {
    (1800..=2199).contains(&y)
}

fn day_date(y: u32, m: u32, d: u32) -> Option<Date> {
    Date::new(i16::try_from(y).ok()?, i8::try_from(m).ok()?, i8::try_from(d).ok()?).ok()
}

fn month_interval(y: u32, m: u32) -> Option<Interval> {
    let first = day_date(y, m, 1)?;
    Some(Interval::new(first, first.last_of_month(), Precision::Month))
}

pub(crate) fn year_interval(y: u32) -> Option<Interval> {
    Some(Interval::new(day_date(y, 1, 1)?, day_date(y, 12, 31)?, Precision::Year))
}

/// Skips an ordinal suffix ("13th") or a period after an abbreviation ("Feb."): returns the
/// index after it.
fn skip_suffix(tokens: &[Piece], i: usize, text: &str) -> usize {
    match tokens.get(i) {
        Some(t) if t.kind == PieceKind::Word && i > 0 && tokens[i - 1].touches(*t) => {
            let w = t.text(text);
            if ["st", "nd", "rd", "th"].iter().any(|s| eq_fold(s, w)) {
                return i + 1;
            }
            i
        }
        Some(t)
            if t.kind == PieceKind::Punct
                && t.text(text) == "."
                && i > 0
                && tokens[i - 1].touches(*t) =>
        {
            i + 1
        }
        _ => i,
    }
}

/// Tries every date shape at token `i`; returns the date and the index after it.
fn date_at(tokens: &[Piece], i: usize, text: &str) -> Option<(FoundDate, usize)> {
    let start = tokens.get(i)?.span.start;
    let made = |end_tok: usize, shape: DateShape, interval: Option<Interval>| {
        let end = tokens[end_tok - 1].span.end;
        Some((FoundDate { span: Span::new(start, end), shape, interval }, end_tok))
    };
    // "Month Day[,] Year", "Month Year", "Month Day".
    if let Some(m) = word(tokens.get(i), text).and_then(datewords::month_number) {
        // "may" is also a verb: only a capitalised "May" followed by a number is a month.
        let w = tokens[i].text(text);
        if eq_fold(w, "may") && !w.starts_with('M') {
            return None;
        }
        let mut j = skip_suffix(tokens, i + 1, text);
        if let Some(d) = number(tokens.get(j), text)
            .filter(|d| (1..=31).contains(d) && tokens[j].span.len() <= 2)
        {
            j = skip_suffix(tokens, j + 1, text);
            let k = if is_punct(tokens.get(j), text, &[","]) { j + 1 } else { j };
            if let Some(y) = number(tokens.get(k), text)
                .filter(|&y| plausible_year(y) && tokens[k].span.len() == 4)
            {
                if let Some(date) = day_date(y, u32::from(m), d) {
                    return made(k + 1, DateShape::Full, Some(Interval::day(date)));
                }
            }
            return made(j, DateShape::MonthDay { month: m, day: d as u8 }, None);
        }
        let k = if is_punct(tokens.get(j), text, &[","]) { j + 1 } else { j };
        if let Some(y) =
            number(tokens.get(k), text).filter(|&y| plausible_year(y) && tokens[k].span.len() == 4)
        {
            return made(k + 1, DateShape::MonthYear, month_interval(y, u32::from(m)));
        }
        return None;
    }
    let first = number(tokens.get(i), text)?;
    // "Day Month Year" and "Day Month".
    if (1..=31).contains(&first) && tokens[i].span.len() <= 2 {
        let mut j = skip_suffix(tokens, i + 1, text);
        if eq_fold(word(tokens.get(j), text).unwrap_or(""), "of") {
            j += 1;
        }
        if let Some(m) = word(tokens.get(j), text).and_then(datewords::month_number) {
            let j = skip_suffix(tokens, j + 1, text);
            let k = if is_punct(tokens.get(j), text, &[","]) { j + 1 } else { j };
            if let Some(y) = number(tokens.get(k), text)
                .filter(|&y| plausible_year(y) && tokens[k].span.len() == 4)
            {
                if let Some(date) = day_date(y, u32::from(m), first) {
                    return made(k + 1, DateShape::Full, Some(Interval::day(date)));
                }
            }
            return made(j, DateShape::MonthDay { month: m, day: first as u8 }, None);
        }
    }
    // Numeric dates: the separators must touch the numbers ("2019-06-13", "13/06/2019").
    let touching = |a: usize, b: usize| {
        (a..b).all(|k| tokens.get(k + 1).is_some_and(|n| tokens[k].touches(*n)))
    };
    if let (Some(a), Some(b), Some(c)) = (
        number(tokens.get(i), text),
        number(tokens.get(i + 2), text),
        number(tokens.get(i + 4), text),
    ) {
        let sep = tokens.get(i + 1).map(|t| t.text(text));
        let same_sep = sep.is_some() && sep == tokens.get(i + 3).map(|t| t.text(text));
        if same_sep && matches!(sep, Some("-" | "/" | ".")) && touching(i, i + 4) {
            let (y, m, d) = if tokens[i].span.len() == 4 {
                (a, b, c)
            } else if tokens[i + 4].span.len() == 4 && a > 12 && b <= 12 {
                (c, b, a)
            } else if tokens[i + 4].span.len() == 4 && b > 12 && a <= 12 {
                (c, a, b)
            } else {
                (0, 0, 0)
            };
            if plausible_year(y) {
                if let Some(date) = day_date(y, m, d) {
                    return made(i + 5, DateShape::Full, Some(Interval::day(date)));
                }
            }
        }
    }
    // "2019년 6월 13일" and "2019年6月13日".
    if plausible_year(first) && tokens[i].span.len() == 4 {
        let suffix = |k: usize, list: &[&str]| {
            word(tokens.get(k), text).is_some_and(|w| datewords::in_list(list, w))
        };
        if suffix(i + 1, datewords::CJK_YEAR) {
            if let Some(m) =
                number(tokens.get(i + 2), text).filter(|_| suffix(i + 3, datewords::CJK_MONTH))
            {
                if let Some(d) =
                    number(tokens.get(i + 4), text).filter(|_| suffix(i + 5, datewords::CJK_DAY))
                {
                    if let Some(date) = day_date(first, m, d) {
                        return made(i + 6, DateShape::Full, Some(Interval::day(date)));
                    }
                }
                return made(i + 4, DateShape::MonthYear, month_interval(first, m));
            }
            return made(i + 2, DateShape::Year, year_interval(first));
        }
        // A lone year, not glued to a word ("1950s", "2019년" handled above) nor a unit.
        let glued =
            tokens.get(i + 1).is_some_and(|n| tokens[i].touches(*n) && n.kind == PieceKind::Word);
        let in_number = i > 0
            && tokens[i - 1].touches(tokens[i])
            && is_punct(tokens.get(i - 1), text, &[",", ".", "$", "/"]);
        if !glued && !in_number {
            // "1950-53" and "2018-2019": a range of years.
            if is_punct(tokens.get(i + 1), text, &["-", "–"]) && touching(i, i + 2) {
                if let Some(second) = number(tokens.get(i + 2), text) {
                    let last = match tokens[i + 2].span.len() {
                        2 => first / 100 * 100 + second,
                        4 => second,
                        _ => 0,
                    };
                    if last > first && plausible_year(last) {
                        let (a, b) = (year_interval(first)?, year_interval(last)?);
                        return made(
                            i + 3,
                            DateShape::Year,
                            Some(Interval::new(a.start, b.end, Precision::Year)),
                        );
                    }
                }
            }
            return made(i + 1, DateShape::Year, year_interval(first));
        }
    }
    None
}

/// Every date in `span`, left to right, not overlapping. A weekday right before a date
/// ("Tue June 11, 2019", "Tuesday, July 27, 2021") is included in its span.
pub(crate) fn find_dates(doc: &Doc<'_>, span: Span) -> Vec<FoundDate> {
    let text = doc.text();
    let tokens = doc.pieces(span, false);
    let mut found = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        match date_at(&tokens, i, text) {
            Some((mut date, next)) => {
                let weekday_before =
                    |k: usize| word(tokens.get(k), text).is_some_and(datewords::is_weekday);
                if i >= 1 && weekday_before(i - 1) {
                    date.span = Span::new(tokens[i - 1].span.start, date.span.end);
                } else if i >= 2
                    && weekday_before(i - 2)
                    && is_punct(tokens.get(i - 1), text, &[",", "."])
                {
                    date.span = Span::new(tokens[i - 2].span.start, date.span.end);
                }
                if found.last().is_none_or(|p: &FoundDate| p.span.end <= date.span.start) {
                    found.push(date);
                }
                i = next.max(i + 1);
            }
            None => i += 1,
        }
    }
    found
}

/// Every clock time in `span` ("16:04", "3:45 PM", "4 p.m.", "09:30 GMT") with its time zone.
pub(crate) fn find_times(doc: &Doc<'_>, span: Span) -> Vec<FoundTime> {
    let text = doc.text();
    let tokens = doc.pieces(span, false);
    let mut found = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let Some(hour) =
            number(tokens.get(i), text).filter(|h| *h <= 24 && tokens[i].span.len() <= 2)
        else {
            i += 1;
            continue;
        };
        let mut j = i + 1;
        let mut has_minutes = false;
        // "16:04", and "07.18" only when a zone or meridiem follows (else it is a decimal).
        let zone_after = |k: usize| {
            word(tokens.get(k), text)
                .is_some_and(|w| datewords::is_time_zone(w) || eq_fold(w, "am") || eq_fold(w, "pm"))
        };
        let separator = is_punct(tokens.get(j), text, &[":"])
            || (is_punct(tokens.get(j), text, &["."]) && zone_after(j + 2));
        if separator
            && tokens[i].touches(tokens[j])
            && number(tokens.get(j + 1), text)
                .is_some_and(|m| m < 60 && tokens[j + 1].span.len() == 2)
        {
            has_minutes = true;
            j += 2;
        }
        // "PM", "pm", "p.m.", "a.m."
        let mut meridiem = false;
        if let Some(w) = word(tokens.get(j), text) {
            if eq_fold(w, "am") || eq_fold(w, "pm") {
                meridiem = true;
                j += 1;
            } else if (eq_fold(w, "a") || eq_fold(w, "p"))
                && is_punct(tokens.get(j + 1), text, &["."])
                && word(tokens.get(j + 2), text).is_some_and(|m| eq_fold(m, "m"))
            {
                meridiem = true;
                j += if is_punct(tokens.get(j + 3), text, &["."]) { 4 } else { 3 };
            }
        }
        if !(has_minutes || meridiem && hour <= 12) {
            i += 1;
            continue;
        }
        let time_end = tokens[j - 1].span.end;
        let zone = match tokens.get(j) {
            Some(t) if t.kind == PieceKind::Word && datewords::is_time_zone(t.text(text)) => {
                Some(t.span)
            }
            Some(t)
                if is_punct(Some(t), text, &["+", "-"])
                    && t.touches(tokens.get(j + 1).copied().unwrap_or(*t)) =>
            {
                number(tokens.get(j + 1), text)
                    .map(|_| Span::new(t.span.start, tokens[j + 1].span.end))
            }
            _ => None,
        };
        let end = zone.map_or(time_end, |z| z.end);
        found.push(FoundTime { span: Span::new(tokens[i].span.start, end), zone });
        i = j + usize::from(zone.is_some());
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn dates(text: &str) -> Vec<(&str, DateShape, Option<Interval>)> {
        find_dates(&Doc::new(text), Span::new(0, text.len()))
            .into_iter()
            .map(|d| (d.span.of(text), d.shape, d.interval))
            .collect()
    }

    #[test]
    fn month_day_year_with_comma_and_abbreviation() {
        let found = dates("on Feb. 28, 2019 and June 13 2019");
        assert_eq!(found[0].0, "Feb. 28, 2019");
        assert_eq!(found[0].2, Some(Interval::day(date(2019, 2, 28))));
        assert_eq!(found[1].0, "June 13 2019");
    }

    #[test]
    fn day_month_year_british_order() {
        let found = dates("27 July 2021");
        assert_eq!(
            found,
            vec![("27 July 2021", DateShape::Full, Some(Interval::day(date(2021, 7, 27))))]
        );
    }

    #[test]
    fn weekday_before_a_date_is_part_of_it() {
        assert_eq!(dates("Updated 3:45 PM ET, Tue June 11, 2019")[0].0, "Tue June 11, 2019");
        assert_eq!(
            dates("Pyongyang, Tuesday, July 27, 2021 to mark")[0].0,
            "Tuesday, July 27, 2021"
        );
    }

    #[test]
    fn month_and_day_without_a_year_is_partial() {
        assert_eq!(dates("in Hanoi on Feb. 28.")[0].1, DateShape::MonthDay { month: 2, day: 28 });
    }

    #[test]
    fn iso_dotted_and_unambiguous_slashed_numeric_dates() {
        assert_eq!(dates("2019-06-13 16:04")[0].2, Some(Interval::day(date(2019, 6, 13))));
        assert_eq!(dates("2019.06.13")[0].2, Some(Interval::day(date(2019, 6, 13))));
        assert_eq!(dates("13/06/2019")[0].2, Some(Interval::day(date(2019, 6, 13))));
        assert!(dates("06/07/2019").is_empty(), "day and month order is ambiguous");
    }

    #[test]
    fn korean_and_chinese_dates_with_suffixes() {
        assert_eq!(dates("2019년 6월 13일")[0].2, Some(Interval::day(date(2019, 6, 13))));
        assert_eq!(dates("2019年6月13日")[0].2, Some(Interval::day(date(2019, 6, 13))));
    }

    #[test]
    fn lone_years_and_year_ranges() {
        let found =
            dates("summits in 2018 and the 1950-53 Korean War, not the 1990s or 2,019 people");
        assert_eq!(found.len(), 2);
        assert_eq!(found[1].2.unwrap().start, date(1950, 1, 1));
        assert_eq!(found[1].2.unwrap().end, date(1953, 12, 31));
    }

    #[test]
    fn lowercase_may_is_a_verb_not_a_month() {
        assert!(dates("it may 2019").iter().all(|d| d.1 == DateShape::Year));
        assert_eq!(dates("May 10, 2022")[0].2, Some(Interval::day(date(2022, 5, 10))));
    }

    #[test]
    fn impossible_dates_are_not_dates() {
        assert!(dates("Feb. 30, 2019").iter().all(|d| d.1 != DateShape::Full));
    }

    #[test]
    fn times_with_meridiem_and_zone() {
        let text = "Updated 3:45 PM ET, and 16:04 KST, 4 p.m. and 09:30 +0900, 07.18 BST, 3.50 pct";
        let times: Vec<_> = find_times(&Doc::new(text), Span::new(0, text.len()))
            .into_iter()
            .map(|t| (t.span.of(text), t.zone.map(|z| z.of(text))))
            .collect();
        assert_eq!(
            times,
            vec![
                ("3:45 PM ET", Some("ET")),
                ("16:04 KST", Some("KST")),
                ("4 p.m.", None),
                ("09:30 +0900", Some("+0900")),
                ("07.18 BST", Some("BST"))
            ]
        );
    }
}
