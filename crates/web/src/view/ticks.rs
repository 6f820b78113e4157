//! Axis ticks that adapt to the zoom: decades, then years, months, days.
//!
//! The tick step is the smallest calendar step whose ticks are at least [`MIN_TICK_SPACING_PX`]
//! apart at the current scale, so labels never crowd. Ticks fall on calendar boundaries (1
//! January, the first of a month, midnight), never on arbitrary day counts.

use super::calendar::{civil_from_days, days_from_civil, month_abbrev};
use super::scale::Scale;
use crate::i18n::{fill, t};

/// Ticks closer than this would crowd their labels.
pub const MIN_TICK_SPACING_PX: f64 = 72.0;

/// The calendar unit a tick step counts in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TickUnit {
    Day,
    Month,
    Year,
}

/// A step between ticks: `count` units.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TickStep {
    pub unit: TickUnit,
    pub count: u32,
}

impl TickStep {
    /// Roughly how many days one step covers (to compare against the scale).
    fn approx_days(self) -> f64 {
        let unit = match self.unit {
            TickUnit::Day => 1.0,
            TickUnit::Month => 30.44,
            TickUnit::Year => 365.25,
        };
        unit * f64::from(self.count)
    }

    /// The level people would name: "days", "months", "years" or "decades".
    pub fn level(self) -> &'static str {
        match (self.unit, self.count) {
            (TickUnit::Day, _) => "days",
            (TickUnit::Month, _) => "months",
            (TickUnit::Year, c) if c < 10 => "years",
            (TickUnit::Year, _) => "decades",
        }
    }
}

/// Candidate steps, finest first.
const STEPS: [TickStep; 15] = [
    TickStep { unit: TickUnit::Day, count: 1 },
    TickStep { unit: TickUnit::Day, count: 2 },
    TickStep { unit: TickUnit::Day, count: 7 },
    TickStep { unit: TickUnit::Day, count: 14 },
    TickStep { unit: TickUnit::Month, count: 1 },
    TickStep { unit: TickUnit::Month, count: 2 },
    TickStep { unit: TickUnit::Month, count: 3 },
    TickStep { unit: TickUnit::Month, count: 6 },
    TickStep { unit: TickUnit::Year, count: 1 },
    TickStep { unit: TickUnit::Year, count: 2 },
    TickStep { unit: TickUnit::Year, count: 5 },
    TickStep { unit: TickUnit::Year, count: 10 },
    TickStep { unit: TickUnit::Year, count: 20 },
    TickStep { unit: TickUnit::Year, count: 50 },
    TickStep { unit: TickUnit::Year, count: 100 },
];

/// One tick: where it is and what it says.
#[derive(Debug, Clone, PartialEq)]
pub struct Tick {
    pub day: i64,
    pub x: f64,
    pub label: String,
    /// A tick that starts a larger unit (a new year among months, a new month among days),
    /// drawn stronger.
    pub major: bool,
}

/// The step the scale calls for.
pub fn choose_step(scale: Scale) -> TickStep {
    let ppd = scale.px_per_day();
    STEPS
        .iter()
        .copied()
        .find(|step| step.approx_days() * ppd >= MIN_TICK_SPACING_PX)
        .unwrap_or(STEPS[STEPS.len() - 1])
}

/// The ticks inside the scale's window.
pub fn ticks(scale: Scale) -> (TickStep, Vec<Tick>) {
    let step = choose_step(scale);
    let window = scale.window;
    let first = window.start.floor() as i64;
    let last = window.end.ceil() as i64;
    let mut out = Vec::new();
    let mut push = |day: i64, label: String, major: bool| {
        if (first..=last).contains(&day) {
            out.push(Tick { day, x: scale.x(day as f64), label, major });
        }
    };
    let count = i64::from(step.count);
    match step.unit {
        TickUnit::Day => {
            // Multiples of the step counted from the epoch keep ticks stable while panning.
            let mut day = first.div_euclid(count) * count;
            while day <= last {
                let (y, m, d) = civil_from_days(day);
                let major = d <= step.count;
                let texts = t();
                let template = if major || out_is_empty_at(first, day, count) {
                    texts.tick_day_year
                } else {
                    texts.tick_day
                };
                let label =
                    fill(template, &[("d", &d), ("m", &m), ("mon", &month_abbrev(m)), ("y", &y)]);
                push(day, label, major);
                day += count;
            }
        }
        TickUnit::Month => {
            let (y0, m0, _) = civil_from_days(first);
            let mut index = (i64::from(y0) * 12 + i64::from(m0) - 1).div_euclid(count) * count;
            loop {
                let year = index.div_euclid(12) as i32;
                let month = (index.rem_euclid(12) + 1) as u32;
                let day = days_from_civil(year, month, 1);
                if day > last {
                    break;
                }
                let major = month == 1;
                let label = if major {
                    year.to_string()
                } else {
                    fill(
                        t().tick_month,
                        &[("m", &month), ("mon", &month_abbrev(month)), ("y", &year)],
                    )
                };
                push(day, label, major);
                index += count;
            }
        }
        TickUnit::Year => {
            let (y0, _, _) = civil_from_days(first);
            let mut year = i64::from(y0).div_euclid(count) * count;
            loop {
                let day = days_from_civil(year as i32, 1, 1);
                if day > last {
                    break;
                }
                let major = year.rem_euclid(count * 5) == 0;
                let label =
                    if step.level() == "decades" { format!("{year}s") } else { year.to_string() };
                push(day, label, major);
                year += count;
            }
        }
    }
    (step, out)
}

/// Whether `day` is the first tick at or after `first` (the first tick carries the year).
fn out_is_empty_at(first: i64, day: i64, count: i64) -> bool {
    day - count < first
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::view::scale::Window;

    fn at(start: (i32, u32, u32), end: (i32, u32, u32), width: f64) -> Scale {
        let s = days_from_civil(start.0, start.1, start.2) as f64;
        let e = days_from_civil(end.0, end.1, end.2) as f64;
        Scale::new(Window::new(s, e), width)
    }

    #[test]
    fn the_level_goes_from_decades_to_days_as_the_window_narrows() {
        assert_eq!(choose_step(at((1900, 1, 1), (2020, 1, 1), 1000.0)).level(), "decades");
        assert_eq!(choose_step(at((2010, 1, 1), (2022, 1, 1), 1000.0)).level(), "years");
        assert_eq!(choose_step(at((2021, 1, 1), (2022, 1, 1), 1000.0)).level(), "months");
        assert_eq!(choose_step(at((2021, 7, 1), (2021, 7, 20), 1000.0)).level(), "days");
    }

    #[test]
    fn ticks_are_never_closer_than_the_minimum_spacing() {
        for width in [360.0, 800.0, 1280.0, 3840.0] {
            for (s, e) in [((1950, 1, 1), (2025, 1, 1)), ((2021, 3, 5), (2021, 4, 2))] {
                let (_, ticks) = ticks(at(s, e, width));
                assert!(ticks.len() >= 2, "{width}: {ticks:?}");
                for pair in ticks.windows(2) {
                    assert!(pair[1].x - pair[0].x >= MIN_TICK_SPACING_PX * 0.9, "{pair:?}");
                }
            }
        }
    }

    #[test]
    fn month_ticks_fall_on_the_first_and_years_are_major() {
        let (_, ticks) = ticks(at((2020, 11, 15), (2021, 8, 1), 1200.0));
        for tick in &ticks {
            assert_eq!(civil_from_days(tick.day).2, 1, "{tick:?}");
        }
        let january = ticks.iter().find(|t| t.major).expect("a year boundary");
        assert_eq!(january.label, "2021");
    }

    #[test]
    fn the_first_day_tick_carries_the_year() {
        let (_, ticks) = ticks(at((2021, 7, 10), (2021, 7, 20), 1000.0));
        assert!(ticks[0].label.ends_with("2021"), "{:?}", ticks[0]);
    }
}
