//! Holidays that name a day: fixed dates, and dates computed from a rule each year.

/// How a holiday's date is found in a given year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum HolidayRule {
    /// The same month and day every year.
    Fixed(u8, u8),
    /// The `n`th given weekday (ISO number) of a month; `n = -1` is the last one.
    NthWeekday { month: u8, weekday: u8, n: i8 },
    /// A number of days after Western Easter Sunday (negative: before).
    Easter(i16),
    /// The first given weekday (ISO number) on or after a month's day: the U.S. Election Day
    /// is the Tuesday after the first Monday in November, the first Tuesday from November 2.
    /// With `even_years`, a name without a year means one of an even year only: the federal
    /// Election Day is set "in every even numbered year" (2 U.S.C. § 7).
    WeekdayFrom { month: u8, day: u8, weekday: u8, even_years: bool },
}

/// The words a holiday name can begin with (kept in step with [`holiday`] by a test).
pub(crate) fn starts_name(word: &str) -> bool {
    matches!(
        word,
        "new"
            | "independence"
            | "labor"
            | "labour"
            | "memorial"
            | "veterans"
            | "valentine's"
            | "thanksgiving"
            | "christmas"
            | "good"
            | "easter"
            | "boxing"
            | "bastille"
            | "armistice"
            | "halloween"
            | "election"
            | "super"
            | "black"
            | "cyber"
    )
}

/// A holiday name of one or two words: `first` is the first word, `second` the next one (or
/// `""`). Returns the rule and how many words the name uses.
pub(crate) fn holiday(first: &str, second: &str) -> Option<(HolidayRule, usize)> {
    use HolidayRule::*;
    let two = match (first, second) {
        ("new", "year's") | ("new", "years") => Some(Fixed(1, 1)),
        ("independence", "day") => Some(Fixed(7, 4)),
        ("labor", "day") | ("labour", "day") => Some(NthWeekday { month: 9, weekday: 1, n: 1 }),
        ("memorial", "day") => Some(NthWeekday { month: 5, weekday: 1, n: -1 }),
        ("veterans", "day") => Some(Fixed(11, 11)),
        ("valentine's", "day") => Some(Fixed(2, 14)),
        ("thanksgiving", "day") => Some(NthWeekday { month: 11, weekday: 4, n: 4 }),
        ("christmas", "day") => Some(Fixed(12, 25)),
        ("christmas", "eve") => Some(Fixed(12, 24)),
        ("good", "friday") => Some(Easter(-2)),
        ("easter", "sunday") => Some(Easter(0)),
        ("easter", "monday") => Some(Easter(1)),
        ("boxing", "day") => Some(Fixed(12, 26)),
        ("bastille", "day") => Some(Fixed(7, 14)),
        ("armistice", "day") => Some(Fixed(11, 11)),
        ("election", "day") => {
            Some(WeekdayFrom { month: 11, day: 2, weekday: 2, even_years: true })
        }
        // Named days with a weekday's name, which are no "last Tuesday": the presidential
        // primaries' Super Tuesday (the first Tuesday of March in the cycles since 2012), the
        // Friday and the Monday after Thanksgiving (its Thursday falls on November 22–28).
        ("super", "tuesday") => {
            Some(WeekdayFrom { month: 3, day: 1, weekday: 2, even_years: true })
        }
        ("black", "friday") => {
            Some(WeekdayFrom { month: 11, day: 23, weekday: 5, even_years: false })
        }
        ("cyber", "monday") => {
            Some(WeekdayFrom { month: 11, day: 26, weekday: 1, even_years: false })
        }
        _ => None,
    };
    if let Some(rule) = two {
        return Some((rule, 2));
    }
    let one = match first {
        "christmas" => Fixed(12, 25),
        "thanksgiving" => NthWeekday { month: 11, weekday: 4, n: 4 },
        "easter" => Easter(0),
        "halloween" => Fixed(10, 31),
        _ => return None,
    };
    Some((one, 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_holiday_starts_with_a_listed_first_word() {
        let seconds =
            ["", "day", "eve", "year's", "years", "friday", "sunday", "monday", "tuesday"];
        let firsts = [
            "new",
            "independence",
            "labor",
            "labour",
            "memorial",
            "veterans",
            "valentine's",
            "thanksgiving",
            "christmas",
            "good",
            "easter",
            "boxing",
            "bastille",
            "armistice",
            "halloween",
            "election",
            "super",
            "black",
            "cyber",
            "national",
            "day",
            "may",
        ];
        for first in firsts {
            let named = seconds.iter().any(|second| holiday(first, second).is_some());
            assert_eq!(named, starts_name(first), "{first}");
        }
    }
}
