//! Date labels for people: "27 July 2021", "July 2021", "summer 2021", "2021".
//!
//! A label says a date at the precision it is known at, never finer: a month-precise event is
//! "July 2021", not "1 July 2021". When an interval spans more than one unit of its precision
//! (a three-day summit, a season that runs over New Year) the label names both ends.

use dateline_core::bundle::When;
use dateline_core::{Basis, Precision};
use jiff::civil::Date;

use super::calendar::month_name;

/// The label of an event's date, at its precision.
pub fn date_label(when: &When) -> String {
    interval_label(when.start, when.end, when.precision)
}

/// The label of `start..=end` known at `precision`.
pub fn interval_label(start: Date, end: Date, precision: Precision) -> String {
    let first = unit_label(start, precision);
    let last = unit_label(end, precision);
    if first == last {
        return first;
    }
    // Same year: say it once ("27 – 29 July 2021", "March – May 2021").
    if start.year() == end.year() {
        match precision {
            Precision::Minute | Precision::Hour | Precision::Day | Precision::Week
                if start.month() == end.month() =>
            {
                return format!("{} – {}", start.day(), last);
            }
            Precision::Minute | Precision::Hour | Precision::Day | Precision::Week => {
                return format!("{} {} – {}", start.day(), month_name(start.month() as u32), last);
            }
            Precision::Month => {
                return format!("{} – {}", month_name(start.month() as u32), last);
            }
            _ => {}
        }
    }
    format!("{first} – {last}")
}

/// The name of the unit of `precision` that contains `date`.
fn unit_label(date: Date, precision: Precision) -> String {
    let year = date.year();
    let month = date.month() as u32;
    match precision {
        Precision::Minute | Precision::Hour | Precision::Day | Precision::Week => {
            format!("{} {} {year}", date.day(), month_name(month))
        }
        Precision::Month => format!("{} {year}", month_name(month)),
        Precision::Season => {
            // Meteorological seasons (northern hemisphere), as English news uses them.
            let (name, season_year) = match month {
                3..=5 => ("spring", year),
                6..=8 => ("summer", year),
                9..=11 => ("autumn", year),
                12 => ("winter", year),
                // January and February belong to the winter that began the December before.
                _ => ("winter", year - 1),
            };
            if name == "winter" {
                format!(
                    "winter {}–{:02}",
                    season_year,
                    (i32::from(season_year) + 1).rem_euclid(100)
                )
            } else {
                format!("{name} {season_year}")
            }
        }
        Precision::Quarter => format!("Q{} {year}", (month - 1) / 3 + 1),
        Precision::Half => {
            let half = if month <= 6 { "first" } else { "second" };
            format!("{half} half of {year}")
        }
        Precision::Year => year.to_string(),
        Precision::Decade => format!("the {}s", year - year.rem_euclid(10)),
        Precision::Century => format!("the {}s", year - year.rem_euclid(100)),
    }
}

/// How a precision reads in the detail panel: "known to the day", "known to the month", ….
pub fn precision_phrase(precision: Precision) -> String {
    format!("known to the {}", precision.as_str())
}

/// How a basis reads in the detail panel.
pub fn basis_phrase(basis: Basis) -> &'static str {
    match basis {
        Basis::Stated => "stated in the text",
        Basis::Inferred => "inferred (not stated outright)",
        Basis::Metadata => "stated by the page's or file's metadata",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn a_day_reads_as_day_month_year() {
        let d = date(2021, 7, 27);
        assert_eq!(interval_label(d, d, Precision::Day), "27 July 2021");
    }

    #[test]
    fn a_month_is_never_labelled_with_a_day() {
        assert_eq!(
            interval_label(date(2021, 7, 1), date(2021, 7, 31), Precision::Month),
            "July 2021"
        );
    }

    #[test]
    fn multi_day_ranges_name_the_shared_month_once() {
        assert_eq!(
            interval_label(date(2018, 6, 12), date(2018, 6, 14), Precision::Day),
            "12 – 14 June 2018"
        );
        assert_eq!(
            interval_label(date(2018, 5, 30), date(2018, 6, 2), Precision::Day),
            "30 May – 2 June 2018"
        );
        assert_eq!(
            interval_label(date(2018, 12, 30), date(2019, 1, 2), Precision::Day),
            "30 December 2018 – 2 January 2019"
        );
    }

    #[test]
    fn seasons_and_a_winter_across_new_year() {
        assert_eq!(
            interval_label(date(2021, 6, 1), date(2021, 8, 31), Precision::Season),
            "summer 2021"
        );
        assert_eq!(
            interval_label(date(2018, 12, 1), date(2019, 2, 28), Precision::Season),
            "winter 2018–19"
        );
    }

    #[test]
    fn coarse_precisions() {
        let (s, e) = (date(2019, 1, 1), date(2019, 12, 31));
        assert_eq!(interval_label(s, e, Precision::Year), "2019");
        assert_eq!(interval_label(s, date(2019, 6, 30), Precision::Half), "first half of 2019");
        assert_eq!(
            interval_label(date(2019, 7, 1), date(2019, 9, 30), Precision::Quarter),
            "Q3 2019"
        );
        assert_eq!(
            interval_label(date(2010, 1, 1), date(2019, 12, 31), Precision::Decade),
            "the 2010s"
        );
    }
}
