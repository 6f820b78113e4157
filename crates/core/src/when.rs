//! Calendar intervals with a precision: how the core says *when*.
//!
//! A news date is rarely a point: "27 July 2021" is a day, "last month" a month, "early 2019"
//! the first part of a year. Every date the core reports (publication dates, timex values'
//! extents, event times) is an [`Interval`] of whole days with the [`Precision`] it was stated
//! at, so the timeline can draw a point or a band and merging can compare at the coarser grain.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

/// How fine-grained a date is. Ordered from finest to coarsest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Precision {
    Minute,
    Hour,
    Day,
    Week,
    Month,
    Season,
    Quarter,
    Half,
    Year,
    Decade,
    Century,
}

impl Precision {
    /// The precision a range of `days` days is known at: a few days is a week, up to 31 a
    /// month, up to two years a year, and so on.
    pub fn for_days(days: i64) -> Precision {
        match days {
            ..=1 => Precision::Day,
            2..=7 => Precision::Week,
            8..=31 => Precision::Month,
            32..=92 => Precision::Quarter,
            93..=184 => Precision::Half,
            185..=731 => Precision::Year,
            732..=3660 => Precision::Decade,
            _ => Precision::Century,
        }
    }

    /// The name used in JSON, CSV and the UI (`day`, `month`, …).
    pub fn as_str(self) -> &'static str {
        match self {
            Precision::Minute => "minute",
            Precision::Hour => "hour",
            Precision::Day => "day",
            Precision::Week => "week",
            Precision::Month => "month",
            Precision::Season => "season",
            Precision::Quarter => "quarter",
            Precision::Half => "half",
            Precision::Year => "year",
            Precision::Decade => "decade",
            Precision::Century => "century",
        }
    }
}

/// Where a date came from: said in the text, worked out from other evidence, or stated by
/// the file's metadata (a page's `article:published_time`, a scraper's or a table's date:
/// only an article's publication date has this basis).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Basis {
    Stated,
    Inferred,
    Metadata,
}

impl Basis {
    /// The name used in JSON, CSV and the UI.
    pub fn as_str(self) -> &'static str {
        match self {
            Basis::Stated => "stated",
            Basis::Inferred => "inferred",
            Basis::Metadata => "metadata",
        }
    }
}

/// A closed range of calendar days, `start..=end`, with the precision it was known at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Interval {
    pub start: Date,
    pub end: Date,
    pub precision: Precision,
}

impl Interval {
    /// One day.
    pub fn day(date: Date) -> Interval {
        Interval { start: date, end: date, precision: Precision::Day }
    }

    /// A range of days; the ends are swapped if given backwards.
    pub fn new(start: Date, end: Date, precision: Precision) -> Interval {
        if end < start {
            Interval { start: end, end: start, precision }
        } else {
            Interval { start, end, precision }
        }
    }

    /// Whether `date` falls within the interval (both ends included).
    pub fn contains(&self, date: Date) -> bool {
        self.start <= date && date <= self.end
    }

    /// Whether the two intervals share at least one day.
    pub fn overlaps(&self, other: &Interval) -> bool {
        self.start <= other.end && other.start <= self.end
    }

    /// The smallest interval covering both, at the precision its length is known to (a few
    /// days: a week; up to 31: a month; …). Used when an expression resolves differently from
    /// either end of an uncertain anchor.
    pub fn covering(&self, other: &Interval) -> Interval {
        let hull = Interval {
            start: self.start.min(other.start),
            end: self.end.max(other.end),
            precision: Precision::Day,
        };
        if hull == *self || hull == *other {
            return if hull == *self { *self } else { *other };
        }
        Interval { precision: Precision::for_days(hull.days()), ..hull }
    }

    /// The number of days covered (at least 1).
    pub fn days(&self) -> i64 {
        // Dates are within jiff's range, so the span always fits.
        let span = self.start.until(self.end).map(|s| s.get_days()).unwrap_or(0);
        i64::from(span) + 1
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn backwards_intervals_are_put_right() {
        let i = Interval::new(date(2021, 7, 31), date(2021, 7, 1), Precision::Month);
        assert_eq!(i.start, date(2021, 7, 1));
        assert_eq!(i.days(), 31);
    }

    #[test]
    fn containment_and_overlap_include_both_ends() {
        let july = Interval::new(date(2021, 7, 1), date(2021, 7, 31), Precision::Month);
        assert!(july.contains(date(2021, 7, 31)));
        assert!(!july.contains(date(2021, 8, 1)));
        assert!(july.overlaps(&Interval::day(date(2021, 7, 1))));
        assert!(!july.overlaps(&Interval::day(date(2021, 6, 30))));
    }

    #[test]
    fn names_agree_with_the_serialized_form() {
        use Precision::*;
        for p in [Minute, Hour, Day, Week, Month, Season, Quarter, Half, Year, Decade, Century] {
            assert_eq!(serde_json::to_value(p).unwrap(), p.as_str());
        }
        for b in [Basis::Stated, Basis::Inferred] {
            assert_eq!(serde_json::to_value(b).unwrap(), b.as_str());
        }
    }

    #[test]
    fn covering_takes_the_precision_of_its_length() {
        let a = Interval::day(date(2022, 4, 13));
        let b = Interval::day(date(2022, 4, 20));
        let hull = a.covering(&b);
        assert_eq!((hull.start, hull.end, hull.precision), (a.start, b.start, Precision::Month));
        let c = Interval::day(date(2022, 4, 19));
        assert_eq!(b.covering(&c).precision, Precision::Week);
        assert_eq!(a.covering(&a), a, "an interval covers itself at its own precision");
    }

    #[test]
    fn precisions_order_from_fine_to_coarse() {
        assert!(Precision::Day < Precision::Month);
        assert!(Precision::Season < Precision::Year);
    }
}
