//! Calendar units: their names (singular, plural, adjectival), their TIMEX3 duration letters and
//! the adverbs and adjectives that name a recurring set ("daily", "quarterly").

/// A unit of time as durations and relative dates count it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Unit {
    Second,
    Minute,
    Hour,
    Day,
    Weekend,
    Week,
    Month,
    Quarter,
    Year,
    Decade,
    Century,
    Millennium,
}

impl Unit {
    /// Whether the unit is counted after `T` in a TIMEX3 duration (`PT3H`).
    pub(crate) fn is_clock(self) -> bool {
        matches!(self, Unit::Second | Unit::Minute | Unit::Hour)
    }

    /// The TIMEX3 duration `(count multiplier, letter)`: a quarter is 3 months, a decade `DE`.
    pub(crate) fn duration_letter(self) -> (u32, &'static str) {
        match self {
            Unit::Second => (1, "S"),
            Unit::Minute => (1, "M"),
            Unit::Hour => (1, "H"),
            Unit::Day => (1, "D"),
            Unit::Weekend => (1, "WE"),
            Unit::Week => (1, "W"),
            Unit::Month => (1, "M"),
            Unit::Quarter => (3, "M"),
            Unit::Year => (1, "Y"),
            Unit::Decade => (10, "Y"),
            Unit::Century => (100, "Y"),
            Unit::Millennium => (1000, "Y"),
        }
    }

    /// The letter for an unknown count ("several decades" → `PXDE`).
    pub(crate) fn vague_letter(self) -> &'static str {
        match self {
            Unit::Decade => "DE",
            Unit::Century => "CE",
            Unit::Millennium => "ML",
            Unit::Quarter => "Q",
            other => other.duration_letter().1,
        }
    }
}

/// `(unit, plural)` for a unit noun.
pub(crate) fn noun(word: &str) -> Option<(Unit, bool)> {
    Some(match word {
        "second" => (Unit::Second, false),
        "seconds" | "secs" => (Unit::Second, true),
        "minute" | "min" => (Unit::Minute, false),
        "minutes" | "mins" => (Unit::Minute, true),
        "hour" | "hr" => (Unit::Hour, false),
        "hours" | "hrs" => (Unit::Hour, true),
        "day" => (Unit::Day, false),
        "days" => (Unit::Day, true),
        "weekend" => (Unit::Weekend, false),
        "weekends" => (Unit::Weekend, true),
        "week" => (Unit::Week, false),
        "weeks" => (Unit::Week, true),
        "month" => (Unit::Month, false),
        "months" => (Unit::Month, true),
        "quarter" => (Unit::Quarter, false),
        "quarters" => (Unit::Quarter, true),
        "year" | "yr" => (Unit::Year, false),
        "years" | "yrs" => (Unit::Year, true),
        "decade" => (Unit::Decade, false),
        "decades" => (Unit::Decade, true),
        "century" => (Unit::Century, false),
        "centuries" => (Unit::Century, true),
        "millennium" => (Unit::Millennium, false),
        "millennia" | "millenniums" => (Unit::Millennium, true),
        _ => return None,
    })
}

/// Frequency words that are sets only as adverbs ("paid quarterly."), not before a noun
/// ("quarterly dividend", which TimeBank does not mark).
pub(crate) fn is_adverb_only_frequency(word: &str) -> bool {
    matches!(word, "quarterly" | "annually" | "yearly" | "biweekly")
}

/// The TIMEX3 SET value of a frequency adverb or adjective ("daily" → `P1D`).
pub(crate) fn frequency(word: &str) -> Option<&'static str> {
    Some(match word {
        "hourly" => "PT1H",
        "daily" | "nightly" => "P1D",
        "weekly" => "P1W",
        "biweekly" => "P2W",
        "monthly" => "P1M",
        "quarterly" => "P3M",
        "annually" | "yearly" => "P1Y",
        _ => return None,
    })
}
