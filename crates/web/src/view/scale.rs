//! The visible window of time and the linear scale that maps it to pixels.
//!
//! A [`Window`] is a half-open range of day numbers (see `calendar`), fractional so that zooming
//! and panning are smooth. Zooming keeps the day under an anchor (the pointer, the selection)
//! where it is on screen, which is what makes "zoom centred on the pointer" feel right.

use serde::{Deserialize, Serialize};

/// The narrowest window: two days, so a day still has room to be seen.
pub const MIN_SPAN_DAYS: f64 = 2.0;
/// The widest window: five centuries.
pub const MAX_SPAN_DAYS: f64 = 365.25 * 500.0;

/// A range of days `start..end` on the axis.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize, Deserialize)]
pub struct Window {
    pub start: f64,
    pub end: f64,
}

impl Window {
    /// A window over `start..end`, ordered and clamped to the allowed spans.
    pub fn new(start: f64, end: f64) -> Window {
        let (start, end) = if start <= end { (start, end) } else { (end, start) };
        let centre = (start + end) / 2.0;
        let span = (end - start).clamp(MIN_SPAN_DAYS, MAX_SPAN_DAYS);
        Window { start: centre - span / 2.0, end: centre + span / 2.0 }
    }

    /// How many days the window covers.
    pub fn span(self) -> f64 {
        self.end - self.start
    }

    /// The day in the middle.
    pub fn centre(self) -> f64 {
        (self.start + self.end) / 2.0
    }

    /// Zooms by `factor` (> 1 zooms in) keeping `anchor` at the same place on screen.
    pub fn zoom(self, factor: f64, anchor: f64) -> Window {
        if !(factor.is_finite() && factor > 0.0 && anchor.is_finite()) {
            return self;
        }
        let span = (self.span() / factor).clamp(MIN_SPAN_DAYS, MAX_SPAN_DAYS);
        // The anchor keeps its fraction of the way across the window.
        let at = ((anchor - self.start) / self.span()).clamp(0.0, 1.0);
        let start = anchor - at * span;
        Window { start, end: start + span }
    }

    /// Moves the window by `days` (positive moves later).
    pub fn pan(self, days: f64) -> Window {
        if !days.is_finite() {
            return self;
        }
        Window { start: self.start + days, end: self.end + days }
    }

    /// The same span, centred on `day`.
    pub fn centred_on(self, day: f64) -> Window {
        let half = self.span() / 2.0;
        Window { start: day - half, end: day + half }
    }

    /// Whether the day range `start..end` shows at least partly in the window.
    pub fn overlaps(self, start: f64, end: f64) -> bool {
        end >= self.start && start <= self.end
    }

    /// A window showing all of `start..end`, with a margin on each side so nothing sits on the
    /// edge; a single day gets a month either side.
    pub fn fit(start: f64, end: f64) -> Window {
        let span = (end - start).abs().max(60.0);
        let margin = span * 0.05;
        let centre = (start + end) / 2.0;
        Window::new(centre - span / 2.0 - margin, centre + span / 2.0 + margin)
    }
}

/// A linear map from the window's days to `0..width` pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Scale {
    pub window: Window,
    pub width: f64,
}

impl Scale {
    pub fn new(window: Window, width: f64) -> Scale {
        Scale { window, width: width.max(1.0) }
    }

    /// Pixels per day.
    pub fn px_per_day(self) -> f64 {
        self.width / self.window.span()
    }

    /// The x coordinate of a day.
    pub fn x(self, day: f64) -> f64 {
        (day - self.window.start) * self.px_per_day()
    }

    /// The day at an x coordinate.
    pub fn day_at(self, x: f64) -> f64 {
        self.window.start + x / self.px_per_day()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zooming_keeps_the_anchor_day_under_the_pointer() {
        let scale = Scale::new(Window::new(0.0, 1000.0), 500.0);
        let anchor = scale.day_at(100.0);
        let zoomed = Scale::new(scale.window.zoom(2.0, anchor), 500.0);
        assert!((zoomed.x(anchor) - 100.0).abs() < 1e-9);
        assert!((zoomed.window.span() - 500.0).abs() < 1e-9);
    }

    #[test]
    fn zoom_is_clamped_to_two_days_and_five_centuries() {
        let w = Window::new(0.0, 10.0).zoom(1000.0, 5.0);
        assert_eq!(w.span(), MIN_SPAN_DAYS);
        let w = Window::new(0.0, 10.0).zoom(1e-9, 5.0);
        assert_eq!(w.span(), MAX_SPAN_DAYS);
    }

    #[test]
    fn nonsense_factors_leave_the_window_alone() {
        let w = Window::new(0.0, 10.0);
        assert_eq!(w.zoom(f64::NAN, 1.0), w);
        assert_eq!(w.zoom(0.0, 1.0), w);
        assert_eq!(w.pan(f64::INFINITY), w);
    }

    #[test]
    fn fitting_a_single_day_shows_the_months_around_it() {
        let w = Window::fit(100.0, 100.0);
        assert!(w.start < 70.0 && w.end > 130.0);
        assert!(w.overlaps(100.0, 100.0));
    }

    #[test]
    fn backwards_windows_are_reordered() {
        let w = Window::new(10.0, 0.0);
        assert_eq!((w.start, w.end), (0.0, 10.0));
    }
}
