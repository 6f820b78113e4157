//! Calendar values as TIMEX3 writes them (`2019-06-13`, `2019-W24`, `2020-SU`, `199`), the day
//! ranges they cover, and the date arithmetic relative expressions need. Every operation is
//! checked: a date out of range gives `None`, never a panic.

use jiff::civil::{Date, Weekday};
use jiff::ToSpan;

use super::lexicon::seasons::Season;
use super::lexicon::units::Unit;
use crate::{Interval, Precision};

/// A resolved calendar value at some granularity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum CalValue {
    Minute(Date, u8, u8),
    /// A day with a part of day ("MO", "NI").
    DayPart(Date, &'static str),
    Day(Date),
    /// The ISO week containing the date.
    Week(Date),
    /// The weekend (Saturday and Sunday) of the ISO week containing the date.
    Weekend(Date),
    Month(i16, u8),
    Season(i16, Season),
    Quarter(i16, u8),
    Half(i16, u8),
    Year(i16),
    /// The decade by its first three digits (`199` for the 1990s).
    Decade(i16),
    /// The century by its first two digits (`19` for the 1900s).
    Century(i16),
}

fn ymd(year: i16, month: u8, day: u8) -> Option<Date> {
    Date::new(year, month as i8, day as i8).ok()
}

/// The date `days` days after `date`.
pub(crate) fn add_days(date: Date, days: i64) -> Option<Date> {
    date.checked_add(days.days()).ok()
}

/// The first day of the month `months` months after the month of `date`.
pub(crate) fn add_months(year: i16, month: u8, months: i64) -> Option<(i16, u8)> {
    let index = i64::from(year) * 12 + i64::from(month) - 1 + months;
    let year = i16::try_from(index.div_euclid(12)).ok()?;
    Some((year, (index.rem_euclid(12) + 1) as u8))
}

fn iso_weekday(date: Date) -> u8 {
    date.weekday().to_monday_one_offset() as u8
}

/// The latest date on or before `date` (or strictly before, if `strict`) that falls on `weekday`.
pub(crate) fn weekday_on_or_before(date: Date, weekday: u8, strict: bool) -> Option<Date> {
    let mut back = (i64::from(iso_weekday(date)) - i64::from(weekday)).rem_euclid(7);
    if strict && back == 0 {
        back = 7;
    }
    add_days(date, -back)
}

/// The earliest date on or after `date` (or strictly after) that falls on `weekday`.
pub(crate) fn weekday_on_or_after(date: Date, weekday: u8, strict: bool) -> Option<Date> {
    let mut ahead = (i64::from(weekday) - i64::from(iso_weekday(date))).rem_euclid(7);
    if strict && ahead == 0 {
        ahead = 7;
    }
    add_days(date, ahead)
}

/// The quarter (1–4) a month falls in.
pub(crate) fn quarter_of(month: u8) -> u8 {
    (month.saturating_sub(1)) / 3 + 1
}

/// Western Easter Sunday of `year` (the anonymous Gregorian computus).
pub(crate) fn easter(year: i16) -> Option<Date> {
    let y = i32::from(year);
    let a = y % 19;
    let b = y / 100;
    let c = y % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    ymd(year, u8::try_from(month).ok()?, u8::try_from(day).ok()?)
}

/// The `n`th `weekday` of a month (`n = -1`: the last).
pub(crate) fn nth_weekday(year: i16, month: u8, weekday: u8, n: i8) -> Option<Date> {
    let wd = match weekday {
        1 => Weekday::Monday,
        2 => Weekday::Tuesday,
        3 => Weekday::Wednesday,
        4 => Weekday::Thursday,
        5 => Weekday::Friday,
        6 => Weekday::Saturday,
        _ => Weekday::Sunday,
    };
    ymd(year, month, 1)?.nth_weekday_of_month(n, wd).ok()
}

impl CalValue {
    /// The value at `unit` granularity that contains `date` (a week for `Unit::Week`, …).
    pub(crate) fn containing(date: Date, unit: Unit) -> CalValue {
        let (y, m) = (date.year(), date.month() as u8);
        match unit {
            Unit::Second | Unit::Minute | Unit::Hour | Unit::Day => CalValue::Day(date),
            Unit::Weekend => CalValue::Weekend(date),
            Unit::Week => CalValue::Week(date),
            Unit::Month => CalValue::Month(y, m),
            Unit::Quarter => CalValue::Quarter(y, quarter_of(m)),
            Unit::Year => CalValue::Year(y),
            Unit::Decade => CalValue::Decade(y.div_euclid(10)),
            Unit::Century | Unit::Millennium => CalValue::Century(y.div_euclid(100)),
        }
    }

    /// The value `n` units away from the one containing `date` ("last month" is `n = -1`).
    pub(crate) fn shifted(date: Date, unit: Unit, n: i64) -> Option<CalValue> {
        let moved = match unit {
            Unit::Second | Unit::Minute | Unit::Hour | Unit::Day => add_days(date, n)?,
            Unit::Week | Unit::Weekend => add_days(date, n.checked_mul(7)?)?,
            Unit::Month
            | Unit::Quarter
            | Unit::Year
            | Unit::Decade
            | Unit::Century
            | Unit::Millennium => {
                let months = n.checked_mul(match unit {
                    Unit::Month => 1,
                    Unit::Quarter => 3,
                    Unit::Year => 12,
                    Unit::Decade => 120,
                    _ => 1200,
                })?;
                let (y, m) = add_months(date.year(), date.month() as u8, months)?;
                ymd(y, m, 1)?
            }
        };
        Some(CalValue::containing(moved, unit))
    }

    /// The TIMEX3 value string.
    pub(crate) fn value(&self) -> String {
        match *self {
            CalValue::Minute(d, h, m) => format!("{}T{:02}:{:02}", day_string(d), h, m),
            CalValue::DayPart(d, part) => format!("{}T{}", day_string(d), part),
            CalValue::Day(d) => day_string(d),
            CalValue::Week(d) => {
                let w = d.iso_week_date();
                format!("{}-W{:02}", year_string(w.year()), w.week())
            }
            CalValue::Weekend(d) => {
                let w = d.iso_week_date();
                format!("{}-W{:02}-WE", year_string(w.year()), w.week())
            }
            CalValue::Month(y, m) => format!("{}-{:02}", year_string(y), m),
            CalValue::Season(y, s) => format!("{}-{}", year_string(y), s.code()),
            CalValue::Quarter(y, q) => format!("{}-Q{}", year_string(y), q),
            CalValue::Half(y, h) => format!("{}-H{}", year_string(y), h),
            CalValue::Year(y) => year_string(y),
            CalValue::Decade(d) => format!("{:03}", d),
            CalValue::Century(c) => format!("{:02}", c),
        }
    }

    /// The calendar days the value covers, with its precision.
    pub(crate) fn interval(&self) -> Option<Interval> {
        let (start, end, precision) = match *self {
            CalValue::Minute(d, ..) => (d, d, Precision::Minute),
            CalValue::DayPart(d, _) | CalValue::Day(d) => (d, d, Precision::Day),
            CalValue::Week(d) => {
                let monday = weekday_on_or_before(d, 1, false)?;
                (monday, add_days(monday, 6)?, Precision::Week)
            }
            CalValue::Weekend(d) => {
                let saturday = weekday_on_or_after(weekday_on_or_before(d, 1, false)?, 6, false)?;
                (saturday, add_days(saturday, 1)?, Precision::Week)
            }
            CalValue::Month(y, m) => month_range(y, m, y, m, Precision::Month)?,
            CalValue::Season(y, s) => {
                let (first, last) = s.months();
                let end_year = if last < first { y.checked_add(1)? } else { y };
                month_range(y, first, end_year, last, Precision::Season)?
            }
            CalValue::Quarter(y, q) => month_range(y, q * 3 - 2, y, q * 3, Precision::Quarter)?,
            CalValue::Half(y, h) => month_range(y, h * 6 - 5, y, h * 6, Precision::Half)?,
            CalValue::Year(y) => month_range(y, 1, y, 12, Precision::Year)?,
            CalValue::Decade(d) => {
                let y = d.checked_mul(10)?;
                month_range(y, 1, y.checked_add(9)?, 12, Precision::Decade)?
            }
            CalValue::Century(c) => {
                let y = c.checked_mul(100)?;
                month_range(y, 1, y.checked_add(99)?, 12, Precision::Century)?
            }
        };
        Some(Interval::new(start, end, precision))
    }

    /// The story's reference day for an expression counted in `unit` ("the following day",
    /// "two weeks later"): the value's first day, if the value is at least that precise (a
    /// month says which month follows, not which day).
    pub(crate) fn reference_for(&self, unit: Unit) -> Option<Date> {
        let coarsest = match self {
            CalValue::Minute(..) | CalValue::DayPart(..) | CalValue::Day(_) => Unit::Millennium,
            CalValue::Week(_) | CalValue::Weekend(_) => Unit::Week,
            CalValue::Month(..) => Unit::Month,
            CalValue::Season(..) | CalValue::Quarter(..) | CalValue::Half(..) => Unit::Quarter,
            CalValue::Year(_) => Unit::Year,
            CalValue::Decade(_) => Unit::Decade,
            CalValue::Century(_) => Unit::Century,
        };
        let fine_enough = match self {
            CalValue::Minute(..) | CalValue::DayPart(..) | CalValue::Day(_) => true,
            _ => unit >= coarsest || (unit == Unit::Weekend && coarsest <= Unit::Week),
        };
        if fine_enough {
            self.first_day()
        } else {
            None
        }
    }

    /// A day inside the value, used as the reference point of later narrative expressions.
    pub(crate) fn first_day(&self) -> Option<Date> {
        self.interval().map(|i| i.start)
    }
}

fn month_range(y0: i16, m0: u8, y1: i16, m1: u8, p: Precision) -> Option<(Date, Date, Precision)> {
    let start = ymd(y0, m0, 1)?;
    let end = ymd(y1, m1, 1)?.last_of_month();
    Some((start, end, p))
}

fn year_string(year: i16) -> String {
    if year < 0 {
        format!("-{:04}", -i32::from(year))
    } else {
        format!("{:04}", year)
    }
}

fn day_string(d: Date) -> String {
    format!("{}-{:02}-{:02}", year_string(d.year()), d.month(), d.day())
}

/// Narrows an interval to the part a position modifier names: the first, middle or last third
/// ("early 2019" is January to April).
pub(crate) fn narrow(interval: Interval, modifier: super::Modifier) -> Interval {
    use super::Modifier;
    let days = interval.days();
    if days < 3 {
        return interval;
    }
    let third = days / 3;
    let pick = |from: i64, to: i64| -> Option<Interval> {
        Some(Interval::new(
            add_days(interval.start, from)?,
            add_days(interval.start, to)?,
            interval.precision,
        ))
    };
    let narrowed = match modifier {
        Modifier::Start => pick(0, third - 1),
        Modifier::Mid => pick(third, days - third - 1),
        Modifier::End => pick(days - third, days - 1),
        _ => None,
    };
    narrowed.unwrap_or(interval)
}

/// Narrows an interval by a comparative ("earlier this month", "later this year"): the part
/// before or after the story's time `anchor` when the interval holds it ("earlier this month"
/// in an article of Sept. 30 is Sept. 1 to 30, not its first ten days), else the first or
/// last third as [`narrow`] does.
pub(crate) fn narrow_from(interval: Interval, modifier: super::Modifier, anchor: Date) -> Interval {
    use super::Modifier;
    if interval.start > anchor || anchor > interval.end {
        return narrow(interval, modifier);
    }
    match modifier {
        Modifier::Start => Interval::new(interval.start, anchor, interval.precision),
        Modifier::End => Interval::new(anchor, interval.end, interval.precision),
        _ => narrow(interval, modifier),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn values_are_written_the_timex3_way() {
        assert_eq!(CalValue::Day(date(2019, 6, 13)).value(), "2019-06-13");
        assert_eq!(CalValue::Week(date(2019, 6, 13)).value(), "2019-W24");
        assert_eq!(CalValue::Season(2020, Season::Summer).value(), "2020-SU");
        assert_eq!(CalValue::Decade(199).value(), "199");
        assert_eq!(CalValue::Minute(date(2019, 6, 13), 16, 4).value(), "2019-06-13T16:04");
        assert_eq!(CalValue::Weekend(date(2019, 6, 13)).value(), "2019-W24-WE");
    }

    #[test]
    fn shifting_by_months_crosses_year_boundaries() {
        let v = CalValue::shifted(date(2019, 1, 15), Unit::Month, -1).unwrap();
        assert_eq!(v.value(), "2018-12");
        let q = CalValue::shifted(date(2019, 1, 15), Unit::Quarter, -1).unwrap();
        assert_eq!(q.value(), "2018-Q4");
    }

    #[test]
    fn weekday_search_includes_the_day_itself_unless_strict() {
        let tuesday = date(2021, 7, 27);
        assert_eq!(weekday_on_or_before(tuesday, 2, false), Some(tuesday));
        assert_eq!(weekday_on_or_before(tuesday, 2, true), Some(date(2021, 7, 20)));
        assert_eq!(weekday_on_or_after(tuesday, 5, false), Some(date(2021, 7, 30)));
    }

    #[test]
    fn winter_interval_runs_into_the_next_year() {
        let i = CalValue::Season(2020, Season::Winter).interval().unwrap();
        assert_eq!((i.start, i.end), (date(2020, 12, 1), date(2021, 2, 28)));
    }

    #[test]
    fn easter_and_thanksgiving_follow_their_rules() {
        assert_eq!(easter(2019), Some(date(2019, 4, 21)));
        assert_eq!(nth_weekday(2019, 11, 4, 4), Some(date(2019, 11, 28)));
    }

    #[test]
    fn early_narrows_to_the_first_third() {
        let year = CalValue::Year(2019).interval().unwrap();
        let early = narrow(year, super::super::Modifier::Start);
        assert_eq!(early.start, date(2019, 1, 1));
        assert!(early.end <= date(2019, 5, 1));
    }

    #[test]
    fn out_of_range_arithmetic_gives_none() {
        assert!(CalValue::shifted(date(9999, 12, 1), Unit::Year, 5).is_none());
        assert!(add_days(date(-9999, 1, 1), -1).is_none());
    }
}
