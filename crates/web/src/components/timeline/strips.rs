//! Each lane's strip: what its marks are laid out for ([`StripBasis`]), when a lane is laid out
//! again during a gesture ([`update_lanes`]) and where a strip goes on screen
//! ([`strip_transform`]). While zooming, the lanes are drawn on a canvas (`canvas.rs`) from
//! these layouts, stretched.

use crate::shared::Shared;

use super::*;
use crate::view::layout::{layout_lane, MarkInput, Placed, Shape, MAX_LABEL_ROWS};
use crate::view::svg::num;
/// During a zoom gesture the strip laid out last is stretched, not laid out again, until it
/// is this many times wider (zooming in) ...
const ZOOM_DRIFT_IN: f64 = 2.5;
/// ... or narrower (zooming out) than when it was laid out, or the window leaves it.
const ZOOM_DRIFT_OUT: f64 = 2.0;
/// Over several lanes, the most stretched lane is laid out again once it is stretched by more
/// than this (one lane per frame).
const ZOOM_STAGGER: f64 = 1.3;
/// A strip laid out during a zoom gesture reaches this many window spans beyond each side.
const ZOOM_MARGIN: f64 = 0.5;
/// ... but only this much when the gesture last zoomed in (the window shrinks inside the strip).
const ZOOM_IN_MARGIN: f64 = 0.05;
/// A strip laid out during a pan gesture reaches this many window spans beyond each side
/// (centred: panning back and forth does not cross its edge again and again). Panning lays the
/// lanes out again only when the window leaves a strip, so once per half a window of panning
/// one way.
const PAN_MARGIN: f64 = 0.5;
/// What the marks of the strip were laid out for.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct StripBasis {
    /// The strip: its days and its width in pixels (strip x 0 is its first day).
    pub(super) strip: Scale,
    /// The timeline's width when the strip was made.
    pub(super) width: f64,
    /// The part of the strip that was visible, in strip x: labels are kept inside it and the
    /// tab stop is the earliest event in it.
    pub(super) visible: (f64, f64),
    /// Whether labels are drawn. Strips laid out during a zoom gesture have none: labels are
    /// hidden while the strip is stretched (they would overlap as it shrinks).
    pub(super) labels: bool,
}

impl StripBasis {
    /// The strip at rest: one and a half windows wide, starting at a multiple of half the
    /// window's span. While panning the span is constant, so every mark keeps its coordinates
    /// and only the strip's transform changes (Chromium then repaints instead of re-laying out
    /// hundreds of SVG elements); the strip is laid out again once per half window of panning.
    /// (A wider strip would re-lay out less often while panning but cost more to lay out.)
    pub(super) fn at_rest(window: Window, width: f64) -> StripBasis {
        let span = window.span();
        let quantum = span / 2.0;
        let origin = (window.start / quantum).floor() * quantum;
        let strip = Scale::new(Window { start: origin, end: origin + span + quantum }, width * 1.5);
        let shift = strip.x(window.start);
        StripBasis { strip, width, visible: (shift, shift + width), labels: true }
    }

    /// The strip laid out during a gesture: the window and `margin` (a fraction of its span)
    /// either side, so that it can be moved or shrunk (zooming out) before the window leaves
    /// it. Strips laid out mid-zoom have no labels.
    pub(super) fn centred(window: Window, width: f64, margin: f64, labels: bool) -> StripBasis {
        let days = window.span() * margin;
        let strip = Scale::new(
            Window { start: window.start - days, end: window.end + days },
            width * (1.0 + 2.0 * margin),
        );
        let shift = strip.x(window.start);
        StripBasis { strip, width, visible: (shift, shift + width), labels }
    }

    /// Where the strip goes on screen to show `window`: screen x = `k` × strip x + `t`.
    pub(super) fn placement(&self, window: Window, width: f64) -> (f64, f64) {
        placement(self.strip, window, width)
    }

    /// Whether this strip, moved and stretched, can still show `window`: the window lies
    /// inside it and the stretch is within the drift bounds.
    pub(super) fn still_shows(&self, window: Window, width: f64) -> bool {
        let (k, _) = self.placement(window, width);
        let days = self.strip.window;
        self.width == width
            && (1.0 / ZOOM_DRIFT_OUT..=ZOOM_DRIFT_IN).contains(&k)
            && window.start >= days.start
            && window.end <= days.end
    }
}

/// Where coordinates of `scale` go on screen to show `window`: screen x = `k` × x + `t`.
fn placement(scale: Scale, window: Window, width: f64) -> (f64, f64) {
    let px_per_day = width / window.span();
    let k = px_per_day / scale.px_per_day();
    (k, (scale.window.start - window.start) * px_per_day)
}

/// What the timeline knows of the gesture in progress, and each lane's layout.
#[derive(Default)]
pub(super) struct Motion {
    /// A wheel, pinch, drag or repeated key moved the view less than [`SETTLE_MS`] ago.
    pub(super) active: bool,
    /// Part of that gesture zoomed.
    pub(super) zooming: bool,
    /// The gesture's last zoom was inward.
    pub(super) zooming_in: bool,
    /// The data the lanes were laid out from; when it changes every lane is laid out again.
    pub(super) data: Option<LayoutData>,
    /// Each lane's layout.
    pub(super) lanes: Vec<LaneState>,
    /// Each lane's rows of labels: the most any of its layouts used since the data last
    /// changed, so that a lane grows as needed but does not jump back and forth while panning.
    pub(super) rows: Vec<usize>,
    /// Fires [`SETTLE_MS`] after the last input of the gesture.
    pub(super) settle: Option<Timeout>,
    /// What the SVG strips draw: each lane's layout and its placement (see
    /// [`StripBasis::placement`]), kept while a zoom gesture draws on the canvas.
    pub(super) strips: Vec<(Shared<LaneLayout>, (f64, f64))>,
    /// The colours the canvas draws in, read when the zoom gesture's canvas appeared.
    pub(super) palette: Option<super::canvas::Palette>,
}

/// What a layout depends on besides its strip (all identity-compared).
#[derive(PartialEq)]
pub(super) struct LayoutData {
    pub(super) model: Shared<Model>,
    pub(super) shown: Shared<Vec<usize>>,
    pub(super) lanes: Shared<Lanes>,
    pub(super) selected: Option<usize>,
}

pub(super) struct LaneState {
    pub(super) layout: Shared<LaneLayout>,
}

/// One lane's marks, laid out once per [`StripBasis`] (not once per frame). Each lane has its
/// own basis: during a zoom gesture over several lanes they are laid out again in turn, one
/// per frame, rather than all in the same frame.
pub(super) struct LaneLayout {
    pub(super) basis: StripBasis,
    pub(super) placed: Vec<Placed>,
    /// Single events drawn in the visible part.
    pub(super) drawn: Vec<usize>,
}

impl LaneLayout {
    /// Where its marks go on screen to show `window` (see [`StripBasis::placement`]).
    pub(super) fn placement(&self, window: Window, width: f64) -> (f64, f64) {
        self.basis.placement(window, width)
    }

    /// The rows of labels it uses.
    pub(super) fn label_rows(&self) -> usize {
        self.placed
            .iter()
            .filter_map(|p| match p {
                Placed::Single { label: Some(label), .. } => Some(label.row + 1),
                _ => None,
            })
            .max()
            .unwrap_or(0)
    }
}

/// Lays out `lane` on `basis`'s strip.
pub(super) fn lay_out_lane(basis: StripBasis, data: &LayoutData, lane: usize) -> LaneLayout {
    let LayoutData { model, shown, lanes, selected } = data;
    let strip = basis.strip;
    let lane_count = lanes.labels.len().max(1);
    let margin = 40.0 / strip.px_per_day();
    let view = Window { start: strip.window.start - margin, end: strip.window.end + margin };
    let mut marks: Vec<MarkInput> = Vec::new();
    for &i in shown.iter() {
        if lanes.lane_of.get(i).copied().unwrap_or(0).min(lane_count - 1) != lane {
            continue;
        }
        let extent = model.extents[i];
        if !view.overlaps(extent.start, extent.end) {
            continue;
        }
        marks.push(MarkInput {
            event: i,
            // Clamped so a year band seen at day zoom stays a sane SVG rectangle.
            x0: strip.x(extent.start).max(-20.0),
            x1: strip.x(extent.end).min(strip.width + 20.0),
            label_px: model.label_px[i],
            pinned: *selected == Some(i),
            priority: model.scores.get(i).copied().unwrap_or(0),
        });
    }
    // Drawn in time order, whatever the layout's order: keyed children that keep their
    // relative order are never moved in the DOM, and moving a node would drop its focus.
    let rank = |p: &Placed| match p {
        Placed::Single { event, .. } => model.rank[*event],
        Placed::Cluster { events, .. } => events.iter().map(|&e| model.rank[e]).min().unwrap_or(0),
    };
    // A strip without labels (stretched during a zoom gesture) does not place them.
    let rows = if basis.labels { label_rows(lane_count) } else { 0 };
    let mut placed = layout_lane(marks, basis.visible, rows);
    placed.sort_by_key(rank);
    let (lo, hi) = basis.visible;
    let drawn: Vec<usize> = placed
        .iter()
        .filter_map(|p| match p {
            Placed::Single { event, shape, .. } => {
                let (x0, x1) = match *shape {
                    Shape::Point { x } => (x, x),
                    Shape::Band { x0, x1, .. } => (x0, x1),
                };
                (x1 >= lo && x0 <= hi).then_some(*event)
            }
            Placed::Cluster { .. } => None,
        })
        .collect();
    LaneLayout { basis, placed, drawn }
}

/// Chooses each lane's basis for `window` and lays out the lanes whose basis changed.
///
/// At rest every lane gets the strip of the window at rest. During a gesture a lane keeps its
/// strip for as long as the strip can show the window, moved (and, zooming, stretched).
///
/// Panning, no lane is laid out again until the window leaves a strip; then every lane is, in
/// that frame, on a strip reaching [`PAN_MARGIN`] beyond each side. A pan's frames are then
/// moves of the strips and nothing else, but for one frame per half a window panned one way.
/// (Laying the lanes out again one per frame as each neared its strip's edge made one frame in
/// eight or so a layout frame over eight lanes: enough to set the 95th percentile.)
///
/// Zooming, at most one lane is laid out again per frame (progressive refinement: a frame
/// that laid out two or more lanes took two vsyncs; the lanes are drawn on the canvas, not in
/// the DOM): the one that most needs it. That is a lane whose strip can no longer show the
/// window (stretched past a drift bound, or the window past its edge), the most stretched or
/// out of it first; the others stay stretched until their turn, a frame or two later.
/// Otherwise, over several lanes, the lane whose strip is the most stretched (by more than
/// [`ZOOM_STAGGER`]), so that lanes seldom all reach a drift bound together.
pub(super) fn update_lanes(m: &mut Motion, data: LayoutData, window: Window, width: f64) {
    let lane_count = data.lanes.labels.len().max(1);
    if m.data.as_ref() != Some(&data) || m.lanes.len() != lane_count {
        m.lanes.clear();
        m.rows = vec![2; lane_count];
    }
    let zooming = m.active && m.zooming;
    let margin = if m.zooming_in { ZOOM_IN_MARGIN } else { ZOOM_MARGIN };
    let fresh = || {
        if zooming {
            StripBasis::centred(window, width, margin, false)
        } else if m.active {
            StripBasis::centred(window, width, PAN_MARGIN, true)
        } else {
            StripBasis::at_rest(window, width)
        }
    };
    let mut old = std::mem::take(&mut m.lanes).into_iter();
    let mut lanes: Vec<LaneState> = Vec::with_capacity(lane_count);
    for lane in 0..lane_count {
        // A lane with no layout (new data), or laid out for another width, is laid out now;
        // at rest, every lane not laid out for the window at rest.
        let kept = old.next().filter(|state| {
            let basis = state.layout.basis;
            if m.active {
                basis.width == width
            } else {
                basis == StripBasis::at_rest(window, width)
            }
        });
        lanes.push(match kept {
            Some(state) => state,
            None => LaneState { layout: Shared::new(lay_out_lane(fresh(), &data, lane)) },
        });
    }
    if m.active && !zooming {
        if lanes.iter().any(|state| !state.layout.basis.still_shows(window, width)) {
            let basis = fresh();
            for (lane, state) in lanes.iter_mut().enumerate() {
                *state = LaneState { layout: Shared::new(lay_out_lane(basis, &data, lane)) };
            }
        }
    } else if zooming {
        // How much each lane wants laying out again: past a bound first, then positive past
        // the stagger threshold (only over several lanes).
        let due = |state: &LaneState| {
            let basis = state.layout.basis;
            let drift = basis.placement(window, width).0.ln().abs() - ZOOM_STAGGER.ln();
            if basis.still_shows(window, width) {
                if lane_count > 1 {
                    drift
                } else {
                    f64::NEG_INFINITY
                }
            } else {
                // Past a bound: before any lane that is not, the farthest past first.
                1.0e6 + drift.max(0.0)
            }
        };
        let stalest = lanes
            .iter()
            .enumerate()
            .map(|(lane, state)| (lane, due(state)))
            .max_by(|a, b| a.1.total_cmp(&b.1));
        if let Some((lane, due)) = stalest {
            if due > 0.0 {
                lanes[lane] = LaneState { layout: Shared::new(lay_out_lane(fresh(), &data, lane)) };
            }
        }
    }
    for (rows, state) in m.rows.iter_mut().zip(&lanes) {
        *rows = (*rows).max(state.layout.label_rows());
    }
    m.lanes = lanes;
    m.data = Some(data);
}

/// How many rows of labels each of `lane_count` lanes may grow to: a single lane may use most
/// of a screen, several lanes share it.
pub(super) fn label_rows(lane_count: usize) -> usize {
    match lane_count {
        0 | 1 => MAX_LABEL_ROWS,
        2 | 3 => MAX_LABEL_ROWS / 2,
        _ => 2,
    }
}

/// The transform of a lane's strip group placed at `(k, t)` (see [`StripBasis::placement`]):
/// moved by `t`. The SVG draws strips unstretched (`k` is 1, but for an ulp after a pan): a
/// zoom gesture draws on the canvas, and the SVG is laid out again for the window at rest.
pub(super) fn strip_transform(t: f64) -> String {
    format!("translate({} 0)", num(t))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Whether a stretch factor is no stretch at all (a pan may change the span by an ulp).
    fn unstretched(k: f64) -> bool {
        (k - 1.0).abs() < 1e-9
    }

    #[test]
    fn the_seeds_open_with_a_dozen_whole_titles_among_them_the_storys_turns() {
        // The explorer at 1280×800: the timeline is 1230 px wide, one lane.
        let model = Shared::new(Model::from_shared(crate::library::Base::seeds().bundle));
        let shown = Shared::new(model.order.clone());
        let lanes = Shared::new(crate::view::lanes::assign_lanes(
            &model,
            &shown,
            crate::view::lanes::LaneMode::Single,
        ));
        let window = model.story_window().expect("events");
        let data = LayoutData { model: model.clone(), shown, lanes, selected: None };
        let layout = lay_out_lane(StripBasis::at_rest(window, 1230.0), &data, 0);
        let (lo, hi) = layout.basis.visible;
        let whole: Vec<&str> = layout
            .placed
            .iter()
            .filter_map(|p| match p {
                Placed::Single { event, label: Some(label), .. }
                    if label.x >= lo && label.x + label.width <= hi =>
                {
                    let title = model.bundle.events[*event].title.as_str();
                    (*model.labels[*event] == *title).then_some(title)
                }
                _ => None,
            })
            .collect();
        assert!(whole.len() >= 12, "{} whole titles: {whole:?}", whole.len());
        for turn in [
            "Summit with Kim Jong-un",
            "Summit in Hanoi ends without yielding results",
            "South and North Korea restore communication channels",
            "Yoon Suk-yeol's inauguration",
        ] {
            assert!(whole.contains(&turn), "{turn} is not in {whole:?}");
        }
    }

    #[test]
    fn a_strip_at_rest_is_placed_unstretched_at_the_window() {
        let window = Window::new(1000.0, 1400.0);
        let basis = StripBasis::at_rest(window, 1200.0);
        let (k, t) = basis.placement(window, 1200.0);
        assert!(unstretched(k));
        assert!((t + basis.visible.0).abs() < 1e-9, "the visible part starts at screen x 0");
        // Panned by a tenth: the same strip, moved.
        let panned = window.pan(40.0);
        assert!(basis.still_shows(panned, 1200.0));
        let (k, t2) = basis.placement(panned, 1200.0);
        assert!(unstretched(k));
        assert!((t - t2 - 120.0).abs() < 1e-9);
        assert!(!basis.still_shows(window, 1000.0), "another width needs another layout");
    }

    #[test]
    fn a_pan_keeps_every_lanes_layout_until_the_window_leaves_a_strip_then_lays_all_out_at_once() {
        let model = Shared::new(Model::from_shared(crate::library::Base::seeds().bundle));
        let shown = Shared::new(model.order.clone());
        let lanes = Shared::new(crate::view::lanes::assign_lanes(
            &model,
            &shown,
            crate::view::lanes::LaneMode::Kind,
        ));
        let lane_count = lanes.labels.len();
        assert!(lane_count > 1, "several lanes");
        let data = || LayoutData {
            model: model.clone(),
            shown: shown.clone(),
            lanes: lanes.clone(),
            selected: None,
        };
        let mut window = model.story_window().expect("events");
        let width = 1200.0;
        let mut m = Motion::default();
        update_lanes(&mut m, data(), window, width);
        m.active = true;
        let layouts = |m: &Motion| m.lanes.iter().map(|l| l.layout.clone()).collect::<Vec<_>>();
        let (mut relaid, mut frames) = (0, 0);
        // A drag one way over three windows, 8 px a frame.
        let step = window.span() * 8.0 / width;
        while frames < 3 * width as usize / 8 {
            let before = layouts(&m);
            window = window.pan(step);
            update_lanes(&mut m, data(), window, width);
            let after = layouts(&m);
            let changed = before.iter().zip(&after).filter(|(a, b)| a != b).count();
            assert!(changed == 0 || changed == lane_count, "all lanes or none: {changed}");
            if changed > 0 {
                relaid += 1;
                assert!(after.iter().all(|l| l.basis == after[0].basis), "one strip for all");
            }
            for layout in &after {
                assert!(layout.basis.still_shows(window, width), "every strip shows the window");
                assert!(layout.basis.labels, "a pan keeps the labels");
            }
            frames += 1;
        }
        // Three windows panned, a strip every half window (the first may come at once).
        assert!((5..=7).contains(&relaid), "{relaid} layout frames in {frames}");
    }

    #[test]
    fn a_strip_is_moved_by_one_transform_on_its_group() {
        assert_eq!(strip_transform(-12.34), "translate(-12.3 0)");
    }

    #[test]
    fn a_zooming_strip_is_stretched_until_a_drift_bound_or_its_edge() {
        let window = Window::new(1000.0, 1400.0);
        let basis = StripBasis::centred(window, 1200.0, ZOOM_MARGIN, false);
        let centre = window.centre();
        let zoomed_in = window.zoom(2.0, centre);
        assert!(basis.still_shows(zoomed_in, 1200.0));
        assert!((basis.placement(zoomed_in, 1200.0).0 - 2.0).abs() < 1e-9);
        assert!(!basis.still_shows(window.zoom(3.0, centre), 1200.0), "past the drift bound");
        assert!(basis.still_shows(window.zoom(1.0 / 1.8, centre), 1200.0));
        assert!(!basis.still_shows(window.zoom(1.0 / 2.2, centre), 1200.0), "the window left it");
        // Zooming out around the left edge reaches the strip's edge sooner.
        assert!(!basis.still_shows(window.zoom(1.0 / 1.8, window.start + 1.0), 1200.0));
    }
}
