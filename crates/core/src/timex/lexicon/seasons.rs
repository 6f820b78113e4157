//! Season names and their TIMEX3 codes.

/// A season of the (northern-hemisphere) year, in calendar order from the year's start.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Season {
    Spring,
    Summer,
    Fall,
    Winter,
}

impl Season {
    /// The TIMEX3 code (`2020-SU`).
    pub(crate) fn code(self) -> &'static str {
        match self {
            Season::Spring => "SP",
            Season::Summer => "SU",
            Season::Fall => "FA",
            Season::Winter => "WI",
        }
    }

    /// The first and last month of the season; winter runs into the next year (12 → 2).
    pub(crate) fn months(self) -> (u8, u8) {
        match self {
            Season::Spring => (3, 5),
            Season::Summer => (6, 8),
            Season::Fall => (9, 11),
            Season::Winter => (12, 2),
        }
    }

    /// The season a month falls in (December–February is winter).
    pub(crate) fn of_month(month: u8) -> Season {
        match month {
            3..=5 => Season::Spring,
            6..=8 => Season::Summer,
            9..=11 => Season::Fall,
            _ => Season::Winter,
        }
    }

    /// Order within the calendar year, winter counted at the year's end.
    pub(crate) fn rank(self) -> u8 {
        self as u8
    }
}

/// The season a word names.
pub(crate) fn season(word: &str) -> Option<Season> {
    Some(match word {
        "spring" | "springtime" => Season::Spring,
        "summer" | "summertime" => Season::Summer,
        "fall" | "autumn" => Season::Fall,
        "winter" | "wintertime" => Season::Winter,
        _ => return None,
    })
}
