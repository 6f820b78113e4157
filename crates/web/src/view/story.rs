//! The opening window: the span where the story is, not the span of the extremes.
//!
//! One background event decades away (an armistice in 1953 behind a 2018–2022 story) would
//! squeeze the story into a few pixels if the window were fitted to every event. The opening
//! window is instead the shortest span holding [`STORY_SHARE`] of the events' weight (each
//! event weighs one plus its newsworthiness, the bundle's 0–100 score, so a minor background
//! event counts for less than a turn of the story; without scores every event weighs the
//! same), grown to take in events that lie close to it (an outlier is far away by definition;
//! a minor event must lie nearer than a major one, in proportion to its weight), then widened
//! to whole months or years. Events left outside are reached through the timeline's edge
//! markers ([`outside`]); "Fit all" still fits everything. The corpus header names the story
//! from the same span ([`corpus_summary`]).

use dateline_core::Precision;

use crate::i18n::{count, fill, t};

use super::calendar::{civil_from_days, date_of, days_from_civil};
use super::date_label::interval_label;
use super::model::{Extent, Model};
use super::scale::Window;

/// The share of the events' weight the opening window holds at least.
pub const STORY_SHARE: f64 = 0.85;
/// An event of average weight left out of the shortest span is taken in when its gap to the
/// span is at most this share of the span (it belongs to the story, not to its background); an
/// event weighing half the average must be twice as near.
const NEAR_SHARE: f64 = 0.25;
/// A story longer than this many days opens on whole years; a shorter one on whole months.
const YEARS_FROM_DAYS: f64 = 2.0 * 365.25;
/// Padding either side of the whole months or years, as a share of the span.
const EDGE_PAD: f64 = 0.01;

/// How much an event with newsworthiness `score` counts towards the opening window.
pub fn weight(score: u8) -> f64 {
    1.0 + f64::from(score)
}

/// The opening window over events with `extents` and newsworthiness `scores` (both indexed by
/// event; a missing score counts as 0), `order` being their indices in time order (by start;
/// the model's), `None` when there are none.
pub fn story_window(extents: &[Extent], scores: &[u8], order: &[usize]) -> Option<Window> {
    if order.is_empty() {
        return None;
    }
    let points: Vec<f64> = order.iter().map(|&i| extents[i].start).collect();
    let weights: Vec<f64> =
        order.iter().map(|&i| weight(scores.get(i).copied().unwrap_or(0))).collect();
    let n = points.len();
    let total: f64 = weights.iter().sum();
    let need = total * STORY_SHARE;
    // The shortest run of consecutive points whose weight reaches `need` (the earliest of
    // equals): two pointers, as every weight is positive.
    let (mut lo, mut hi) = (0, n - 1);
    let (mut end, mut held) = (0, 0.0);
    for start in 0..n {
        while end < n && held < need {
            held += weights[end];
            end += 1;
        }
        if held < need {
            break;
        }
        if points[end - 1] - points[start] < points[hi] - points[lo] {
            (lo, hi) = (start, end - 1);
        }
        held -= weights[start];
    }
    // Take in neighbours close to the span, one at a time, nearest (for its weight) first.
    let mean = total / n as f64;
    loop {
        let span = (points[hi] - points[lo]).max(1.0);
        // How far each neighbour is, in units of the distance its weight allows.
        let reach = |j: usize, gap: f64| gap / (span * NEAR_SHARE * weights[j] / mean);
        let before = (lo > 0).then(|| reach(lo - 1, points[lo] - points[lo - 1]));
        let after = (hi + 1 < n).then(|| reach(hi + 1, points[hi + 1] - points[hi]));
        match (before, after) {
            (Some(b), a) if b <= 1.0 && a.is_none_or(|a| b <= a) => lo -= 1,
            (_, Some(a)) if a <= 1.0 => hi += 1,
            _ => break,
        }
    }
    // The chosen events' whole extents, not only their starts.
    let start = points[lo];
    let end = order[lo..=hi].iter().map(|&i| extents[i].end).fold(f64::NEG_INFINITY, f64::max);
    Some(widen(start, end))
}

/// `start..end` widened to whole years (long spans) or whole months, plus [`EDGE_PAD`] of the
/// span either side so that a mark on the first day is not cut by the edge.
fn widen(start: f64, end: f64) -> Window {
    let (y0, m0, _) = civil_from_days(start.floor() as i64);
    let (y1, m1, _) = civil_from_days(end.ceil() as i64 - 1);
    let (start, end) = if end - start > YEARS_FROM_DAYS {
        (days_from_civil(y0, 1, 1), days_from_civil(y1 + 1, 1, 1))
    } else {
        let (ny, nm) = if m1 == 12 { (y1 + 1, 1) } else { (y1, m1 + 1) };
        (days_from_civil(y0, m0, 1), days_from_civil(ny, nm, 1))
    };
    let pad = (end - start) as f64 * EDGE_PAD;
    Window::new(start as f64 - pad, end as f64 + pad)
}

/// The events outside `window` on one side: the one its edge marker names and how many there
/// are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Outside {
    /// The most newsworthy of them, the nearest to the window among equals: the marker is a
    /// signpost to what matters out there, not to whatever background lies next to the edge.
    pub event: usize,
    pub count: usize,
}

/// The events of `order` (indices in time order, by start) outside `window`: before it (ending
/// by its start) and after it (starting at its end or later). `scores` is each event's
/// newsworthiness (a missing one counts as 0).
pub fn outside(
    extents: &[Extent],
    scores: &[u8],
    order: &[usize],
    window: Window,
) -> (Option<Outside>, Option<Outside>) {
    let score = |i: usize| scores.get(i).copied().unwrap_or(0);
    // Before the window the nearest is the one ending last, after it the one starting first.
    let better = |i: usize, than: usize, before: bool| {
        let (e, t) = (extents[i], extents[than]);
        score(i).cmp(&score(than)).then_with(|| {
            if before {
                e.end.total_cmp(&t.end)
            } else {
                t.start.total_cmp(&e.start)
            }
        }) == std::cmp::Ordering::Greater
    };
    let add = |side: Option<Outside>, i: usize, before: bool| {
        Some(match side {
            Some(o) if better(i, o.event, before) => Outside { event: i, count: o.count + 1 },
            Some(o) => Outside { count: o.count + 1, ..o },
            None => Outside { event: i, count: 1 },
        })
    };
    let (mut before, mut after): (Option<Outside>, Option<Outside>) = (None, None);
    for &i in order {
        let e = extents[i];
        if e.end <= window.start {
            before = add(before, i, true);
        } else if e.start >= window.end {
            after = add(after, i, false);
        }
    }
    (before, after)
}

impl Model {
    /// The opening window ([`story_window`]) of this model's events.
    pub fn story_window(&self) -> Option<Window> {
        story_window(&self.extents, &self.scores, &self.order)
    }
}

/// What the corpus header says: a title made of the people (or places, organisations) most
/// events involve, and "5 articles · 19 events · 2018 – May 2022", the dates being the
/// opening window's events, to the month at the finest.
pub fn corpus_summary(model: &Model) -> (String, String) {
    let entities = &model.bundle.entities;
    let mut counts = vec![0usize; entities.len()];
    for event in &model.bundle.events {
        for id in &event.participants {
            if let Some(&i) = model.entity_by_id.get(id) {
                counts[i] += 1;
            }
        }
    }
    // The three most involved, most first (ties in the bundle's order).
    let mut names: Vec<&str> = Vec::new();
    while names.len() < 3 {
        let top = (0..entities.len())
            .filter(|&i| counts[i] > 0)
            .min_by_key(|&i| (usize::MAX - counts[i], i));
        let Some(i) = top else { break };
        counts[i] = 0;
        names.push(&entities[i].name);
    }
    let texts = t();
    let title = match names.as_slice() {
        [] => model.bundle.articles.first().map_or_else(String::new, |a| a.title.clone()),
        [one] => one.to_string(),
        [rest @ .., last] => {
            fill(texts.names_and, &[("rest", &rest.join(texts.list_sep)), ("last", last)])
        }
    };
    let mut meta = format!(
        "{} · {}",
        count(model.bundle.articles.len(), texts.articles_count),
        count(model.bundle.events.len(), texts.events_count)
    );
    if let Some(span) = model.story_window().and_then(|w| span_label(model, w)) {
        meta = format!("{meta} · {span}");
    }
    (title, meta)
}

/// "2018 – May 2022": from the first to the last event inside `window`, each at its own
/// precision but never finer than a month.
fn span_label(model: &Model, window: Window) -> Option<String> {
    let inside = |&&i: &&usize| {
        let e = model.extents[i];
        e.start >= window.start && e.end <= window.end
    };
    let first = *model.order.iter().find(inside)?;
    let last = *model.order.iter().rev().find(inside)?;
    let unit = |i: usize, day: f64| {
        let precision = model.bundle.events[i].when.precision.max(Precision::Month);
        date_of(day.floor() as i64).map(|d| interval_label(d, d, precision))
    };
    let (from, to) =
        (unit(first, model.extents[first].start)?, unit(last, model.extents[last].end - 1.0)?);
    Some(if from == to { from } else { format!("{from} – {to}") })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> f64 {
        days_from_civil(y, m, d) as f64
    }

    fn on(y: i32, m: u32, d: u32) -> Extent {
        Extent { start: day(y, m, d), end: day(y, m, d) + 1.0 }
    }

    /// Indices of `extents` in time order.
    fn order_of(extents: &[Extent]) -> Vec<usize> {
        let mut order: Vec<usize> = (0..extents.len()).collect();
        order.sort_by(|&a, &b| extents[a].start.total_cmp(&extents[b].start));
        order
    }

    #[test]
    fn a_distant_background_event_is_left_out_of_the_opening_window() {
        let mut extents = vec![on(1953, 7, 27)];
        extents.extend((0..18).map(|i| on(2018 + i / 4, 1 + (i % 4) as u32 * 3, 12)));
        extents.push(on(2022, 5, 10));
        let order = order_of(&extents);
        let window = story_window(&extents, &[], &order).expect("events");
        let pad = (day(2023, 1, 1) - day(2018, 1, 1)) * EDGE_PAD;
        assert_eq!(
            window,
            Window::new(day(2018, 1, 1) - pad, day(2023, 1, 1) + pad),
            "whole years"
        );
        let (before, after) = outside(&extents, &[], &order, window);
        assert_eq!(before, Some(Outside { event: 0, count: 1 }), "the armistice alone is outside");
        assert_eq!(after, None);
    }

    #[test]
    fn events_near_the_densest_span_belong_to_the_story() {
        // Ten events in 2020, one a month before and one a month after: all in.
        let mut extents: Vec<Extent> = (1..=10).map(|m| on(2020, m, 15)).collect();
        extents.push(on(2019, 12, 1));
        extents.push(on(2020, 11, 30));
        let window = story_window(&extents, &[], &order_of(&extents)).expect("events");
        for e in &extents {
            assert!(window.start <= e.start && e.end <= window.end, "{e:?} in {window:?}");
        }
    }

    #[test]
    fn a_short_story_opens_on_whole_months() {
        let extents = [on(2021, 7, 3), on(2021, 7, 27), on(2021, 8, 2)];
        let window = story_window(&extents, &[], &[0, 1, 2]).expect("events");
        let pad = (day(2021, 9, 1) - day(2021, 7, 1)) * EDGE_PAD;
        assert_eq!(window, Window::new(day(2021, 7, 1) - pad, day(2021, 9, 1) + pad));
    }

    #[test]
    fn one_event_or_none() {
        assert_eq!(story_window(&[], &[], &[]), None);
        let window = story_window(&[on(2021, 7, 27)], &[], &[0]).expect("an event");
        assert!(window.start < day(2021, 7, 27) && window.end > day(2021, 7, 28));
    }

    #[test]
    fn a_minor_event_must_lie_nearer_than_a_major_one_to_join_the_story() {
        // Twelve events a month apart through 2020 (a span of 335 days), then one more six
        // weeks before: of average weight it is near enough (47 ≤ 0.25 × 335 days)...
        let mut extents: Vec<Extent> = (1..=12).map(|m| on(2020, m, 1)).collect();
        extents.push(on(2019, 11, 15));
        let order = order_of(&extents);
        let even = story_window(&extents, &[], &order).expect("events");
        assert!(even.start <= day(2019, 11, 15), "taken in when all weigh the same: {even:?}");
        // ...but not when it scores a third of the others (it would have to be within 30 days).
        let mut scores = vec![60u8; 12];
        scores.push(20);
        let weighted = story_window(&extents, &scores, &order).expect("events");
        assert!(weighted.start > day(2019, 12, 1), "a minor background event: {weighted:?}");
        let (before, _) = outside(&extents, &scores, &order, weighted);
        assert_eq!(before, Some(Outside { event: 12, count: 1 }));
    }

    #[test]
    fn the_window_holds_most_of_the_weight_not_most_of_the_events() {
        // Four minor events in 2010, three major ones in 2020: by count the window would be
        // 2010 plus one, by weight it is 2020.
        let mut extents: Vec<Extent> = (1..=4).map(|m| on(2010, m * 2, 1)).collect();
        extents.extend((1..=3).map(|m| on(2020, m * 3, 1)));
        let scores = [5, 5, 5, 5, 90, 90, 90];
        let window = story_window(&extents, &scores, &order_of(&extents)).expect("events");
        assert!(window.start >= day(2019, 12, 1), "{window:?}");
        assert!(window.end >= day(2020, 7, 2));
    }

    #[test]
    fn outside_names_the_most_newsworthy_event_on_each_side_the_nearest_of_equals() {
        let mut extents = vec![on(2000, 1, 1), on(2010, 1, 1), on(2020, 1, 1), on(2030, 1, 1)];
        // A long band starting first but ending nearest the window.
        extents.push(Extent { start: day(1990, 1, 1), end: day(2012, 1, 1) });
        extents.push(on(2040, 1, 1));
        let window = Window::new(day(2015, 1, 1), day(2025, 1, 1));
        let order = order_of(&extents);
        let (before, after) = outside(&extents, &[], &order, window);
        assert_eq!(before, Some(Outside { event: 4, count: 3 }), "the band ends nearest");
        assert_eq!(after, Some(Outside { event: 3, count: 2 }), "the nearest of equals");
        let (before, after) = outside(&extents, &[70, 10, 0, 20, 10, 30], &order, window);
        assert_eq!(before, Some(Outside { event: 0, count: 3 }), "the most newsworthy");
        assert_eq!(after, Some(Outside { event: 5, count: 2 }));
    }

    #[test]
    fn the_seeds_open_on_their_dense_years_with_the_armistice_behind_an_edge_marker() {
        let model = crate::view::model::Model::from_shared(crate::library::Base::seeds().bundle);
        let window = model.story_window().expect("the seeds have events");
        // The story's last event (Yoon's inauguration, May 2022) is in; the background years
        // (1950, 1953) are not.
        let last = *model.order.last().expect("events");
        assert!(model.extents[last].end <= window.end, "{window:?}");
        assert!(window.start >= day(2000, 1, 1), "not stretched to 1953: {window:?}");
        assert!(window.span() < 6.0 * 365.25, "{window:?}");
        let (before, after) = outside(&model.extents, &model.scores, &model.order, window);
        let before = before.expect("events before");
        assert_eq!(model.bundle.events[before.event].title, "Signing of an armistice");
        assert_eq!(after, None);
        // Every event is in the window (if only in part) or counted before it.
        let inside = model.extents.iter().filter(|e| e.end > window.start);
        assert_eq!(inside.count() + before.count, model.bundle.events.len());
    }

    #[test]
    fn the_seeds_header_names_the_leaders_and_the_storys_span() {
        let model = crate::view::model::Model::from_shared(crate::library::Base::seeds().bundle);
        let (title, meta) = &model.summary;
        assert_eq!(title, "Kim Jong Un, North Korea and Moon Jae-in", "ties in the bundle's order");
        let (articles, events) = (model.bundle.articles.len(), model.bundle.events.len());
        let window = model.story_window().expect("events");
        let first = model.order.iter().find(|&&i| model.extents[i].start >= window.start);
        let from = model.bundle.events[*first.expect("an event inside")].when.start.year();
        assert_eq!(meta, &format!("{articles} articles · {events} events · {from} – May 2022"));
    }
}
