//! Calendar arithmetic for drawing: dates as day numbers on a continuous axis, and back.
//!
//! The timeline positions everything on a number line of days (day 0 is 1970-01-01), so scales
//! and tick generation are plain `f64` arithmetic. The conversions use Howard Hinnant's
//! `days_from_civil` algorithm: exact for the proleptic Gregorian calendar, branch-light and
//! much cheaper than going through a date library for 10,000 events on every frame.

use jiff::civil::Date;

/// The number of days from 1970-01-01 to `year-month-day` (negative before 1970).
pub fn days_from_civil(year: i32, month: u32, day: u32) -> i64 {
    let y = i64::from(year) - i64::from(month <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The calendar date (year, month 1–12, day 1–31) of a day number.
pub fn civil_from_days(days: i64) -> (i32, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
    (year, month, day)
}

/// The day number of a date.
pub fn day_number(date: Date) -> i64 {
    days_from_civil(i32::from(date.year()), date.month() as u32, date.day() as u32)
}

/// The date of a day number, if it is inside jiff's range (years -9999..=9999).
pub fn date_of(days: i64) -> Option<Date> {
    let (year, month, day) = civil_from_days(days);
    Date::new(i16::try_from(year).ok()?, month as i8, day as i8).ok()
}

/// A month's (1–12) short name in the page's locale, as axis ticks use them; an empty string
/// outside that range.
pub fn month_abbrev(month: u32) -> &'static str {
    month
        .checked_sub(1)
        .and_then(|i| crate::i18n::t().months_short.get(i as usize))
        .copied()
        .unwrap_or("")
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn the_epoch_is_day_zero() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(civil_from_days(0), (1970, 1, 1));
    }

    #[test]
    fn day_numbers_round_trip_across_leap_years_and_before_the_epoch() {
        for days in (-800_000..800_000).step_by(997) {
            let (y, m, d) = civil_from_days(days);
            assert_eq!(days_from_civil(y, m, d), days, "{y}-{m}-{d}");
        }
        assert_eq!(days_from_civil(2000, 3, 1) - days_from_civil(2000, 2, 28), 2, "2000 is leap");
        assert_eq!(days_from_civil(1900, 3, 1) - days_from_civil(1900, 2, 28), 1, "1900 is not");
    }

    #[test]
    fn day_numbers_agree_with_jiff() {
        let d = date(2021, 7, 27);
        assert_eq!(day_number(d), d.since(date(1970, 1, 1)).unwrap().get_days() as i64);
        assert_eq!(date_of(day_number(d)), Some(d));
    }

    #[test]
    fn month_names_outside_the_calendar_are_empty() {
        assert_eq!(month_abbrev(9), "Sep");
        assert_eq!(month_abbrev(0), "");
        assert_eq!(month_abbrev(13), "");
    }
}
