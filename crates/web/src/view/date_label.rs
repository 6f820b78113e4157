//! Date labels for people: "27 July 2021", "July 2021", "summer 2021", "2021".
//!
//! A label says a date at the precision it is known at, never finer: a month-precise event is
//! "July 2021", not "1 July 2021". When an interval spans more than one unit of its precision
//! (a three-day summit, a season that runs over New Year) the label names both ends.

use dateline_core::bundle::When;
use dateline_core::{Basis, Precision};
use jiff::civil::Date;

use crate::i18n::{fill, t, Texts};

/// The label of an event's date, at its precision.
pub fn date_label(when: &When) -> String {
    interval_label(when.start, when.end, when.precision)
}

/// The label of `start..=end` known at `precision`, in the page's locale.
pub fn interval_label(start: Date, end: Date, precision: Precision) -> String {
    interval_label_in(t(), start, end, precision)
}

/// The label of `start..=end` known at `precision`, in the language of `texts`.
pub fn interval_label_in(texts: &Texts, start: Date, end: Date, precision: Precision) -> String {
    let first = unit_label(texts, start, precision);
    let last = unit_label(texts, end, precision);
    if first == last {
        return first;
    }
    let (y, m0, m1) = (start.year(), start.month() as usize, end.month() as usize);
    let (d0, d1) = (start.day(), end.day());
    let name = |m: usize| texts.months.get(m.wrapping_sub(1)).copied().unwrap_or("");
    // Same year: say it once ("27 – 29 July 2021", "March – May 2021").
    if y == end.year() {
        let template = match precision {
            Precision::Minute | Precision::Hour | Precision::Day | Precision::Week if m0 == m1 => {
                Some(texts.days_in_month)
            }
            Precision::Minute | Precision::Hour | Precision::Day | Precision::Week => {
                Some(texts.days_in_year)
            }
            Precision::Month => Some(texts.months_in_year),
            _ => None,
        };
        if let Some(template) = template {
            return fill(
                template,
                &[
                    ("d0", &d0),
                    ("d1", &d1),
                    ("m", &m0),
                    ("m0", &m0),
                    ("m1", &m1),
                    ("month", &name(m0)),
                    ("month0", &name(m0)),
                    ("month1", &name(m1)),
                    ("y", &y),
                ],
            );
        }
    }
    fill(texts.range, &[("from", &first), ("to", &last)])
}

/// The name of the unit of `precision` that contains `date`.
fn unit_label(texts: &Texts, date: Date, precision: Precision) -> String {
    let y = date.year();
    let m = date.month() as usize;
    let month = texts.months.get(m.wrapping_sub(1)).copied().unwrap_or("");
    let args = |template: &str| {
        fill(template, &[("d", &date.day()), ("m", &m), ("month", &month), ("y", &y)])
    };
    match precision {
        Precision::Minute | Precision::Hour | Precision::Day | Precision::Week => args(texts.day),
        Precision::Month => args(texts.month),
        Precision::Season => {
            // Meteorological seasons (northern hemisphere), as English news uses them; January
            // and February belong to the winter that began the December before.
            let (season, y) = match m {
                3..=5 => (0, y),
                6..=8 => (1, y),
                9..=11 => (2, y),
                12 => (3, y),
                _ => (3, y - 1),
            };
            let yy = format!("{:02}", (i32::from(y) + 1).rem_euclid(100));
            fill(texts.seasons[season], &[("y", &y), ("yy", &yy)])
        }
        Precision::Quarter => fill(texts.quarter, &[("q", &((m - 1) / 3 + 1)), ("y", &y)]),
        Precision::Half => fill(texts.halves[usize::from(m > 6)], &[("y", &y)]),
        Precision::Year => args(texts.year),
        Precision::Decade => fill(texts.decade, &[("y", &(y - y.rem_euclid(10)))]),
        Precision::Century => fill(texts.decade, &[("y", &(y - y.rem_euclid(100)))]),
    }
}

/// How a precision reads in the detail panel: "known to the day", "known to the month", ….
pub fn precision_phrase(precision: Precision) -> &'static str {
    t().precisions[precision as usize]
}

/// How a basis reads in the detail panel.
pub fn basis_phrase(basis: Basis) -> &'static str {
    t().bases[basis as usize]
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

    #[test]
    fn korean_dates_read_year_month_day() {
        use crate::i18n::KO;
        let label = |s, e, p| interval_label_in(&KO, s, e, p);
        let d = date(2021, 7, 27);
        assert_eq!(label(d, d, Precision::Day), "2021년 7월 27일");
        assert_eq!(label(date(2021, 7, 1), date(2021, 7, 31), Precision::Month), "2021년 7월");
        assert_eq!(
            label(date(2018, 6, 12), date(2018, 6, 14), Precision::Day),
            "2018년 6월 12일 – 14일"
        );
        assert_eq!(
            label(date(2018, 5, 30), date(2018, 6, 2), Precision::Day),
            "2018년 5월 30일 – 6월 2일"
        );
        assert_eq!(label(date(2019, 1, 1), date(2019, 12, 31), Precision::Year), "2019년");
        assert_eq!(label(date(2019, 7, 1), date(2019, 9, 30), Precision::Quarter), "2019년 3분기");
        assert_eq!(
            label(date(2018, 12, 1), date(2019, 2, 28), Precision::Season),
            "2018–19년 겨울"
        );
    }
}
