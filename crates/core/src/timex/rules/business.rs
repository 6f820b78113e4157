//! Reporting periods as business news writes them: quarters ("the third quarter",
//! "third-quarter", "the fiscal first quarter", "the 1988 second quarter", "this year's third
//! quarter", "the latest quarter", "the year-ago quarter"), halves ("the first half of 1990")
//! and fiscal years ("the current fiscal year", "the fiscal year").
//!
//! A quarter without a year is the anchor's year, or the year before when the quarter has not
//! begun yet and the clause is not about the future (a January report on "the fourth quarter").
//! "The quarter", "the latest quarter" and "the year-ago quarter" refer to the quarter the report
//! is about: the last quarter named in the text, else the one before the anchor's.

use super::super::calendar::{quarter_of, CalValue};
use super::super::scan::{Found, Memory, Scanner};
use super::super::TimexKind;
use super::absolute::year_at;
use super::count::ordinal;
use super::resolve::{is_future, relative, text};

/// Which part of a year: a quarter (4 per year) or a half (2).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    Quarter,
    Half,
}

fn part_noun(word: &str) -> Option<Part> {
    match word {
        "quarter" => Some(Part::Quarter),
        "half" => Some(Part::Half),
        _ => None,
    }
}

/// The year a named quarter or half falls in, from an explicit year or the anchor.
fn part_year(
    s: &Scanner,
    start: usize,
    end: usize,
    part: Part,
    n: u8,
    year_shift: Option<i16>,
) -> Option<i16> {
    let anchor = s.anchor?;
    let year = anchor.year();
    if let Some(shift) = year_shift {
        return year.checked_add(shift);
    }
    let current = match part {
        Part::Quarter => quarter_of(anchor.month() as u8),
        Part::Half => (anchor.month() as u8 - 1) / 6 + 1,
    };
    if n > current && !is_future(s, start, end) {
        return year.checked_sub(1);
    }
    Some(year)
}

fn value(part: Part, year: i16, n: u8) -> CalValue {
    match part {
        Part::Quarter => CalValue::Quarter(year, n),
        Part::Half => CalValue::Half(year, n),
    }
}

fn unresolved(part: Part, n: u8) -> String {
    match part {
        Part::Quarter => format!("XXXX-Q{n}"),
        Part::Half => format!("XXXX-H{n}"),
    }
}

/// The quarter the report is about when none is named here.
fn topic(s: &Scanner, memory: &Memory) -> Option<(i16, u8)> {
    memory.topic_quarter.or_else(|| {
        let anchor = s.anchor?;
        let q = quarter_of(anchor.month() as u8);
        if q == 1 {
            Some((anchor.year().checked_sub(1)?, 4))
        } else {
            Some((anchor.year(), q - 1))
        }
    })
}

/// A year stated before the part: "this year's", "last year's", "next year's", "1988", "fiscal".
fn year_prefix(s: &Scanner, i: usize) -> (Option<YearGiven>, usize) {
    if matches!(s.w(i), "this" | "last" | "next") && s.base(i + 1) == "year" && s.w(i + 1) != "year"
    {
        let shift = match s.w(i) {
            "this" => 0,
            "last" => -1,
            _ => 1,
        };
        return (Some(YearGiven::Shift(shift)), i + 2);
    }
    if let Some((y, j)) = year_at(s, i) {
        return (Some(YearGiven::Year(y)), j);
    }
    (None, i)
}

#[derive(Debug, Clone, Copy)]
enum YearGiven {
    Year(i16),
    Shift(i16),
}

/// Named quarters and halves, with or without "the" and a year.
pub(crate) fn named_part(s: &Scanner, i: usize) -> Option<Found> {
    let the = s.is(i, "the");
    let mut j = if the { i + 1 } else { i };
    let (mut given, k) = year_prefix(s, j);
    j = k;
    if s.is(j, "fiscal") {
        j += 1;
    }
    // Rule: "the last half of 1989", "the final quarter of 1990": the last one of a stated year.
    let last_of_year = || -> Option<(u32, usize)> {
        if !matches!(s.w(j), "last" | "final" | "latter") || !s.is(j + 2, "of") {
            return None;
        }
        let part = part_noun(s.w(j + 1))?;
        year_at(s, j + 3).or_else(|| year_at(s, j + 4))?;
        Some((if part == Part::Quarter { 4 } else { 2 }, j + 1))
    };
    let (n, k) = ordinal(s, j).or_else(last_of_year)?;
    // Rule: "third-quarter" (adjective) and "the third quarter"; an adjective takes no "the".
    if s.joiner(k) && the {
        return None;
    }
    let k = if s.joiner(k) { k + 1 } else { k };
    let mut k2 = k;
    if s.is(k2, "fiscal") {
        k2 += 1;
    }
    let part = part_noun(s.base(k2))?;
    let max = if part == Part::Quarter { 4 } else { 2 };
    if !(1..=max).contains(&n) {
        return None;
    }
    let n = n as u8;
    let mut end = k2 + 1;
    // Rule: "of 1990", "of fiscal 1990", "of this year", "of next year" after the part.
    if s.is(end, "of") || s.is(end, "in") {
        let y = if s.is(end + 1, "fiscal") { end + 2 } else { end + 1 };
        if let Some((year, e)) = year_at(s, y) {
            given = Some(YearGiven::Year(year));
            end = e;
        } else if matches!(s.w(y), "this" | "last" | "next") && s.is(y + 1, "year") {
            let shift = match s.w(y) {
                "this" => 0,
                "last" => -1,
                _ => 1,
            };
            given = Some(YearGiven::Shift(shift));
            end = y + 2;
        }
    }
    let year = match given {
        Some(YearGiven::Year(y)) => Some(y),
        Some(YearGiven::Shift(sh)) => part_year(s, i, end, part, n, Some(sh)),
        None => part_year(s, i, end, part, n, None),
    };
    let mut found = relative(end, year.map(|y| value(part, y, n)), &unresolved(part, n));
    found.names_topic = part == Part::Quarter;
    Some(if matches!(given, Some(YearGiven::Year(_))) { found.anchoring() } else { found })
}

/// "the quarter", "the latest quarter", "the current quarter", "the year-ago quarter", "the
/// latest period", "year-earlier" (results), "the comparable period last year".
pub(crate) fn referred_quarter(s: &Scanner, i: usize, memory: &Memory) -> Option<Found> {
    // Rule: "last year's quarter", "last year's period": the report's quarter a year back.
    if s.is(i, "last")
        && s.base(i + 1) == "year"
        && s.w(i + 1) != "year"
        && matches!(s.base(i + 2), "quarter" | "period")
    {
        let (y, q) = topic(s, memory)?;
        return Some(Found::date(i + 3, CalValue::Quarter(y.checked_sub(1)?, q)));
    }
    let the = s.is(i, "the");
    let mut j = if the { i + 1 } else { i };
    let mut year_back = false;
    let mut current = false;
    let mut explicit_year = None;
    // "the comparable year-ago quarter".
    if the && matches!(s.w(j), "comparable" | "corresponding" | "same") && s.is(j + 1, "year") {
        j += 1;
    }
    // "year-ago", "year-earlier", "year-before".
    if s.is(j, "year") && s.joiner(j + 1) && matches!(s.w(j + 2), "ago" | "earlier" | "before") {
        year_back = true;
        j += 3;
        // Rule: "the year-ago third quarter".
        if let Some((q, k)) =
            ordinal(s, j).filter(|&(q, k)| (1..=4).contains(&q) && s.base(k) == "quarter")
        {
            let v = s.anchor.map(|a| CalValue::Quarter(a.year() - 1, q as u8));
            return Some(relative(k + 1, v, &format!("XXXX-Q{q}")));
        }
        if !matches!(s.w(j), "quarter" | "period") {
            if the {
                // "the year-earlier nine months" is a duration; leave it to the amount rule.
                return None;
            }
            // Rule: the adjective alone ("year-earlier results").
            return Some(year_ago(s, j, memory));
        }
    } else if the {
        match s.w(j) {
            "latest" | "recent" => j += 1,
            "most" if s.is(j + 1, "recent") => j += 2,
            "current" | "present" => {
                current = true;
                j += 1
            }
            "comparable" | "corresponding" | "prior-year" | "same"
                if s.is(j + 1, "period") || s.is(j + 1, "quarter") =>
            {
                // Compared with last year's, when "last year" or "a year ago" follows.
                year_back = matches!(s.w(j + 2), "last" | "a") && matches!(s.w(j + 3), "year");
                j += 1
            }
            _ => {
                if let Some((y, k)) = year_at(s, j) {
                    explicit_year = Some(y);
                    j = k;
                }
            }
        }
        if s.is(j, "fiscal") {
            j += 1;
        }
    } else {
        return None;
    }
    let noun = s.base(j);
    let is_period = noun == "period";
    if noun != "quarter" && !is_period {
        return None;
    }
    // "the period" alone is too vague; "the 1988 period" is the year.
    if is_period && !year_back && s.w(j - 1) == "the" {
        return None;
    }
    // "the quarter-to-quarter comparison" compares quarters; it names none.
    if s.joiner(j + 1) {
        return None;
    }
    let mut end = j + 1;
    if year_back && matches!(s.w(end), "last" | "a") && s.is(end + 1, "year") {
        end += if s.is(end, "a") { 3 } else { 2 };
    }
    // Rule: "the quarter a year ago", "the period a year earlier".
    if !year_back
        && s.is(end, "a")
        && s.is(end + 1, "year")
        && matches!(s.w(end + 2), "ago" | "earlier")
    {
        year_back = true;
        end += 3;
    }
    if let Some(y) = explicit_year {
        // Rule: "the 1988 period" / "the 1988 quarter": the report's quarter in that year.
        let q = memory.topic_quarter.map(|(_, q)| q);
        return Some(match q {
            Some(q) => Found::date(end, CalValue::Quarter(y, q)),
            None if is_period => Found::date(end, CalValue::Year(y)),
            None => text(end, TimexKind::Date, &format!("{y:04}-QX")),
        });
    }
    if current {
        let v = s.anchor.map(|a| CalValue::Quarter(a.year(), quarter_of(a.month() as u8)));
        return Some(relative(end, v, "XXXX-QX"));
    }
    let (y, q) = match topic(s, memory) {
        Some(t) => t,
        None => return Some(text(end, TimexKind::Date, "XXXX-QX")),
    };
    let y = if year_back { y.checked_sub(1)? } else { y };
    Some(Found::date(end, CalValue::Quarter(y, q)))
}

/// "year-ago", "year-earlier" as an adjective: the report's quarter a year back, or last year.
fn year_ago(s: &Scanner, end: usize, memory: &Memory) -> Found {
    if let Some((y, q)) = memory.topic_quarter {
        if let Some(y) = y.checked_sub(1) {
            return Found::date(end, CalValue::Quarter(y, q));
        }
    }
    let v = s.anchor.and_then(|a| a.year().checked_sub(1)).map(CalValue::Year);
    relative(end, v, "XXXX")
}

/// "the fiscal year" (a year-long span), "the current fiscal year", "this fiscal year", "the
/// full year", "fiscal year 1990".
pub(crate) fn fiscal_year(s: &Scanner, i: usize) -> Option<Found> {
    let the = s.is(i, "the");
    let j = if the { i + 1 } else { i };
    match (s.w(j), s.w(j + 1), s.base(j + 2)) {
        ("current" | "this", "fiscal", "year") if the || s.is(j, "this") => {
            let v = s.anchor.map(|a| CalValue::Year(a.year()));
            Some(relative(j + 3, v, "XXXX"))
        }
        ("fiscal", "year", _) => {
            if let Some((y, e)) = year_at(s, j + 2) {
                return Some(Found::date(e, CalValue::Year(y)).anchoring());
            }
            if !the {
                return None;
            }
            Some(text(j + 2, TimexKind::Duration, "P1Y"))
        }
        ("full", "year", _) if the => {
            let v = s.anchor.map(|a| CalValue::Year(a.year()));
            Some(relative(j + 2, v, "XXXX"))
        }
        _ => None,
    }
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
    fn the_third_quarter_is_in_the_anchors_year() {
        assert_eq!(
            values("profit in the third quarter", (1989, 10, 26)),
            [("the third quarter".into(), "1989-Q3".into())]
        );
        assert_eq!(
            values("Third-quarter sales fell", (1989, 10, 26)),
            [("Third-quarter".into(), "1989-Q3".into())]
        );
    }

    #[test]
    fn a_quarter_not_yet_begun_is_last_years_in_a_past_clause() {
        assert_eq!(values("profits fell for the fourth quarter", (1998, 1, 26))[0].1, "1997-Q4");
        assert_eq!(values("the first quarter of 2019", (2019, 6, 13))[0].1, "2019-Q1");
    }

    #[test]
    fn the_latest_quarter_is_the_quarter_the_report_is_about() {
        let v =
            values("Third-quarter profit rose. In the latest quarter, sales fell.", (1989, 11, 2));
        assert_eq!(v[1], ("the latest quarter".into(), "1989-Q3".into()));
    }

    #[test]
    fn a_quarter_not_yet_over_does_not_become_the_reports_quarter() {
        let text = "Third-quarter profit rose. It expects a loss in the fourth quarter. In the latest quarter, sales fell.";
        assert_eq!(values(text, (1989, 11, 2))[2].1, "1989-Q3");
    }

    #[test]
    fn year_ago_quarter_is_the_topic_quarter_a_year_back() {
        let v = values("Third-quarter profit rose from the year-ago quarter.", (1989, 11, 2));
        assert_eq!(v[1], ("the year-ago quarter".into(), "1988-Q3".into()));
    }

    #[test]
    fn the_last_half_of_a_year_is_its_second_half() {
        assert_eq!(
            values("in the last half of 1989", (1990, 1, 5))[0],
            ("the last half of 1989".into(), "1989-H2".into())
        );
    }

    #[test]
    fn the_year_ago_third_quarter_names_its_quarter() {
        assert_eq!(values("from the year-ago third quarter", (1989, 11, 2))[0].1, "1988-Q3");
    }

    #[test]
    fn the_1988_period_is_the_reports_quarter_of_1988() {
        let v = values("Third-quarter profit rose. In the 1988 period, it fell.", (1989, 11, 2));
        assert_eq!(v[1], ("the 1988 period".into(), "1988-Q3".into()));
    }

    #[test]
    fn halves_and_fiscal_years() {
        assert_eq!(values("the second half of 1989", (1990, 1, 5))[0].1, "1989-H2");
        assert_eq!(values("in the current fiscal year", (1989, 11, 2))[0].1, "1989");
        assert_eq!(values("in fiscal 1989", (1989, 11, 2))[0].1, "1989");
    }

    #[test]
    fn this_years_third_quarter_drops_the_possessive_from_the_year() {
        let v = values("this year's third quarter", (1989, 11, 2));
        assert_eq!(v[0], ("this year's third quarter".into(), "1989-Q3".into()));
    }

    #[test]
    fn quarter_to_quarter_names_no_quarter() {
        assert!(
            tag("The quarter-to-quarter comparison improved.", Some(date(1989, 11, 1))).is_empty()
        );
    }

    #[test]
    fn last_years_quarter_is_the_topic_quarter_a_year_back() {
        let v = values(
            "Third-quarter sales fell. U.K. sales for last year's quarter were flat.",
            (1989, 11, 1),
        );
        assert_eq!(v[1], ("last year's quarter".into(), "1988-Q3".into()));
    }
}
