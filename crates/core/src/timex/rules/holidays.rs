//! Holidays: "Christmas", "Thanksgiving Day", "New Year's Day", "Easter", with an optional year
//! ("Christmas 2020"); without one, the occurrence nearest the anchor in the clause's tense.

use super::super::calendar::{add_days, easter, nth_weekday, weekday_on_or_after, CalValue};
use super::super::lexicon::holidays::{holiday as holiday_name, HolidayRule};
use super::super::scan::{Found, Scanner};
use super::absolute::year_at;
use super::resolve::{is_future, relative};
use jiff::civil::Date;

fn date_in(year: i16, rule: HolidayRule) -> Option<Date> {
    match rule {
        HolidayRule::Fixed(m, d) => Date::new(year, m as i8, d as i8).ok(),
        HolidayRule::NthWeekday { month, weekday, n } => nth_weekday(year, month, weekday, n),
        HolidayRule::Easter(offset) => add_days(easter(year)?, i64::from(offset)),
        HolidayRule::WeekdayFrom { month, day, weekday, .. } => {
            weekday_on_or_after(Date::new(year, month as i8, day as i8).ok()?, weekday, false)
        }
    }
}

/// A holiday name at `i`.
pub(crate) fn holiday(s: &Scanner, i: usize) -> Option<Found> {
    if !s.capitalized(i) {
        return None;
    }
    let (rule, words) = holiday_name(s.w(i), s.w(i + 1))?;
    let mut end = i + words;
    // "New Year's Day", "New Year's Eve".
    if words == 2 && s.w(i) == "new" {
        match s.w(end) {
            "day" => end += 1,
            "eve" => {
                return finish(s, i, end + 1, HolidayRule::Fixed(12, 31));
            }
            _ => {}
        }
    }
    finish(s, i, end, rule)
}

fn finish(s: &Scanner, i: usize, end: usize, rule: HolidayRule) -> Option<Found> {
    if let Some((year, e)) = year_at(s, end) {
        return Some(Found::date(e, CalValue::Day(date_in(year, rule)?)).anchoring());
    }
    let future = is_future(s, i, end);
    // A holiday held in even years only ("Election Day") skips the odd ones.
    let even_only = matches!(rule, HolidayRule::WeekdayFrom { even_years: true, .. });
    let held = |year: i16| (!even_only || year % 2 == 0).then(|| date_in(year, rule)).flatten();
    let date = s.anchor.and_then(|a| {
        let years = (-2..=2).filter_map(|k: i16| a.year().checked_add(k));
        if future {
            years.filter_map(held).find(|&d| d >= a)
        } else {
            // In a past clause, the last one; a holiday a few weeks ahead is the coming one
            // only when the clause says so.
            years.filter_map(held).rfind(|&d| d <= a)
        }
    });
    Some(relative(end, date.map(CalValue::Day), "XXXX-XX-XX"))
}

#[cfg(test)]
mod tests {
    use super::super::super::tag;
    use jiff::civil::date;

    #[test]
    fn thanksgiving_is_the_fourth_thursday_of_november() {
        let t = tag("the Thanksgiving Day parade drew crowds", Some(date(1998, 11, 27)));
        assert_eq!(t[0].value, "1998-11-26");
    }

    #[test]
    fn christmas_with_a_year() {
        let t = tag("at Christmas 2020", Some(date(2021, 7, 27)));
        assert_eq!(t[0].value, "2020-12-25");
    }

    #[test]
    fn a_future_clause_takes_the_next_christmas() {
        let t = tag("The store will reopen before Christmas.", Some(date(2021, 7, 27)));
        assert_eq!(t[0].value, "2021-12-25");
    }

    #[test]
    fn election_day_is_the_tuesday_after_the_first_monday_of_november() {
        let t = tag(
            "a major theme of our campaign from now to Election Day.",
            Some(date(1998, 10, 26)),
        );
        assert_eq!(t.last().unwrap().value, "1998-11-03");
        // November 1, 2022 was a Tuesday; the election was on the 8th.
        let t = tag("The campaign will end on Election Day.", Some(date(2022, 10, 1)));
        assert_eq!(t[0].value, "2022-11-08");
    }

    #[test]
    fn a_named_day_with_a_weekday_s_name_is_that_day_not_the_last_weekday() {
        // Written in early February: Super Tuesday is ahead, in March, not the Tuesday before.
        let text = "The South will vote on Super Tuesday.";
        let t = tag(text, Some(date(2016, 2, 4)));
        assert_eq!((t[0].span.of(text), t[0].value.as_str()), ("Super Tuesday", "2016-03-01"));
        let t = tag("Shoppers lined up on Black Friday.", Some(date(2019, 12, 2)));
        assert_eq!(t[0].value, "2019-11-29");
        let t = tag("Sales rose on Cyber Monday.", Some(date(2019, 12, 5)));
        assert_eq!(t[0].value, "2019-12-02");
    }

    #[test]
    fn election_day_without_a_year_is_that_of_an_even_year() {
        // A past clause before the year's election: the last federal one, two years back.
        let t = tag("Soon after Election Day, the senator resigned.", Some(date(2024, 9, 8)));
        assert_eq!(t[0].value, "2022-11-08");
        let t = tag("The mayor will speak on Election Day.", Some(date(2023, 3, 1)));
        assert_eq!(t[0].value, "2024-11-05");
        // With a year, the one it names.
        let t = tag("on Election Day 2023", Some(date(2024, 3, 1)));
        assert_eq!(t[0].value, "2023-11-07");
    }
}
