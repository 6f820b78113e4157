//! The timeline: an SVG time axis with lanes of events, zoomable and pannable by mouse, touch
//! and keyboard.
//!
//! Drawing is driven by the view modules (ticks, lanes, layout); this component only turns
//! their output into SVG and input events into [`Action`]s:
//! - wheel (and trackpad pinch, which browsers send as ctrl+wheel) zooms around the pointer,
//!   horizontal wheel pans;
//! - one pointer dragging pans, two pointers pinching zoom around their midpoint;
//! - keys: ←/→ move between events (roving tabindex), Shift+←/→ and PageUp/PageDown pan,
//!   Home/End jump to the first/last event, + and − zoom on the selection, 0 fits all,
//!   Escape clears the selection, Enter/Space select (or open a cluster).

use crate::shared::Shared;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use gloo::timers::callback::Timeout;
use wasm_bindgen::JsCast;
use web_sys::{Element, KeyboardEvent, PointerEvent, WheelEvent};
use yew::prelude::*;

use crate::i18n::{fill, t};

use crate::hooks::use_width::use_width;
use crate::state::{Action, Step};
use crate::view::calendar::date_of;
use crate::view::date_label::interval_label;
use crate::view::lanes::Lanes;
use crate::view::layout::{
    fit_label, layout_lane, LabelBox, MarkInput, Placed, Shape, MAX_LABEL_ROWS,
};
use crate::view::model::Model;
use crate::view::scale::{Scale, Window};
use crate::view::svg::{milli, num, ratio};
use crate::view::ticks::ticks;
use dateline_core::bundle::Status;
use dateline_core::{Basis, Precision};

/// Height of the axis strip at the top.
const AXIS_H: f64 = 30.0;
/// Height of a lane with at most two rows of labels; lanes with more grow (see [`lane_height`]).
const LANE_H: f64 = 100.0;
/// Offsets inside a lane.
const BAND_Y: f64 = 20.0;
const BAND_ROW_H: f64 = 9.0;
const POINT_Y: f64 = 58.0;
const LABEL_Y: f64 = 80.0;
const LABEL_ROW_H: f64 = 15.0;
/// Pointer movement below this is a click, not a drag.
const DRAG_THRESHOLD_PX: f64 = 4.0;
/// A gesture (wheel, pinch, drag, held key) rests once the view has not moved for this long;
/// the strip is then laid out for the window it rests on.
const SETTLE_MS: u32 = 120;
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
/// (centred: panning back and forth does not cross its edge again and again) ...
const PAN_MARGIN: f64 = 0.25;
/// ... and over several lanes, the lane whose window is nearest its strip's edge (within this
/// fraction of a span) is laid out again, one lane per frame.
const PAN_STAGGER: f64 = 0.08;
/// One key press of + or − zooms by this factor.
pub const KEY_ZOOM: f64 = 1.5;

#[derive(Properties, PartialEq)]
pub struct TimelineProps {
    pub model: Shared<Model>,
    pub shown: Shared<Vec<usize>>,
    pub lanes: Shared<Lanes>,
    pub window: Window,
    pub selected: Option<usize>,
    /// Changes when keyboard navigation wants the selected event focused.
    pub focus_request: u32,
    /// The search text: matching events are highlighted, and the matching words in labels.
    pub search: AttrValue,
    pub on_action: Callback<Action>,
}

/// Pointers currently down on the timeline, for drags and pinches.
#[derive(Default)]
struct Gesture {
    pointers: HashMap<i32, f64>,
    /// Total movement since the first pointer went down.
    travelled: f64,
    /// Set once a gesture moved past the threshold; the click that follows is ignored.
    dragged: bool,
}

/// What the marks of the strip were laid out for.
#[derive(Debug, Clone, Copy, PartialEq)]
struct StripBasis {
    /// The strip: its days and its width in pixels (strip x 0 is its first day).
    strip: Scale,
    /// The timeline's width when the strip was made.
    width: f64,
    /// The part of the strip that was visible, in strip x: labels are kept inside it and the
    /// tab stop is the earliest event in it.
    visible: (f64, f64),
    /// Whether labels are drawn. Strips laid out during a zoom gesture have none: labels are
    /// hidden while the strip is stretched (they would overlap as it shrinks).
    labels: bool,
}

impl StripBasis {
    /// The strip at rest: one and a half windows wide, starting at a multiple of half the
    /// window's span. While panning the span is constant, so every mark keeps its coordinates
    /// and only the strip's transform changes (Chromium then repaints instead of re-laying out
    /// hundreds of SVG elements); the strip is laid out again once per half window of panning.
    /// (A wider strip would re-lay out less often while panning but cost more to lay out.)
    fn at_rest(window: Window, width: f64) -> StripBasis {
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
    fn centred(window: Window, width: f64, margin: f64, labels: bool) -> StripBasis {
        let days = window.span() * margin;
        let strip = Scale::new(
            Window { start: window.start - days, end: window.end + days },
            width * (1.0 + 2.0 * margin),
        );
        let shift = strip.x(window.start);
        StripBasis { strip, width, visible: (shift, shift + width), labels }
    }

    /// Where the strip goes on screen to show `window`: screen x = `k` × strip x + `t`.
    fn placement(&self, window: Window, width: f64) -> (f64, f64) {
        let px_per_day = width / window.span();
        let k = px_per_day / self.strip.px_per_day();
        (k, (self.strip.window.start - window.start) * px_per_day)
    }

    /// How far `window` is from leaving this strip, as a fraction of its span.
    fn room(&self, window: Window) -> f64 {
        let days = self.strip.window;
        (window.start - days.start).min(days.end - window.end) / window.span()
    }

    /// Whether this strip, moved and stretched, can still show `window`: the window lies
    /// inside it and the stretch is within the drift bounds.
    fn still_shows(&self, window: Window, width: f64) -> bool {
        let (k, _) = self.placement(window, width);
        let days = self.strip.window;
        self.width == width
            && (1.0 / ZOOM_DRIFT_OUT..=ZOOM_DRIFT_IN).contains(&k)
            && window.start >= days.start
            && window.end <= days.end
    }
}

/// Whether a stretch factor is no stretch at all (a pan may change the span by an ulp).
fn unstretched(k: f64) -> bool {
    (k - 1.0).abs() < 1e-9
}

/// What the timeline knows of the gesture in progress, and each lane's layout.
#[derive(Default)]
struct Motion {
    /// A wheel, pinch, drag or repeated key moved the view less than [`SETTLE_MS`] ago.
    active: bool,
    /// Part of that gesture zoomed.
    zooming: bool,
    /// The gesture's last zoom was inward.
    zooming_in: bool,
    /// The data the lanes were laid out from; when it changes every lane is laid out again.
    data: Option<LayoutData>,
    /// Each lane's layout.
    lanes: Vec<LaneState>,
    /// Each lane's rows of labels: the most any of its layouts used since the data last
    /// changed, so that a lane grows as needed but does not jump back and forth while panning.
    rows: Vec<usize>,
    /// Fires [`SETTLE_MS`] after the last input of the gesture.
    settle: Option<Timeout>,
}

/// What a layout depends on besides its strip (all identity-compared).
#[derive(PartialEq)]
struct LayoutData {
    model: Shared<Model>,
    shown: Shared<Vec<usize>>,
    lanes: Shared<Lanes>,
    selected: Option<usize>,
}

struct LaneState {
    layout: Shared<LaneLayout>,
    /// The stretch each of its marks carries (see [`stretch_marks`]), in layout order: 1 for
    /// none, NaN for not known (the marks of a new layout may be elements reused by the DOM
    /// diff that carry an older stretch).
    applied: Vec<f64>,
}

impl LaneState {
    fn new(layout: Shared<LaneLayout>, maybe_stretched: bool) -> LaneState {
        let applied = vec![if maybe_stretched { f64::NAN } else { 1.0 }; layout.placed.len()];
        LaneState { layout, applied }
    }

    /// Whether any of its marks may carry a stretch.
    fn stretched(&self) -> bool {
        self.applied.iter().any(|&a| a != 1.0)
    }
}

/// One lane's marks, laid out once per [`StripBasis`] (not once per frame). Each lane has its
/// own basis: during a zoom gesture over several lanes they are laid out again in turn, one
/// per frame, rather than all in the same frame.
struct LaneLayout {
    basis: StripBasis,
    placed: Vec<Placed>,
    /// Single events drawn in the visible part.
    drawn: Vec<usize>,
}

impl LaneLayout {
    /// The rows of labels it uses.
    fn label_rows(&self) -> usize {
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

fn lay_out_lane(basis: StripBasis, data: &LayoutData, lane: usize) -> LaneLayout {
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
/// strip while that strip can show the window; one that cannot is laid out again. While
/// zooming over several lanes, the lane whose strip is the most stretched (by more than
/// [`ZOOM_STAGGER`]) is also laid out again, one lane per frame, so that lanes seldom all
/// reach a drift bound in the same frame; while panning, the lane whose window is nearest the
/// edge of its strip (within [`PAN_STAGGER`]).
fn update_lanes(m: &mut Motion, data: LayoutData, window: Window, width: f64) {
    let lane_count = data.lanes.labels.len().max(1);
    // Whether each lane's elements carry stretch transforms, whatever becomes of its layout.
    let stretched: Vec<bool> = m.lanes.iter().map(LaneState::stretched).collect();
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
    let mut relaid = false;
    let mut lanes: Vec<LaneState> = Vec::with_capacity(lane_count);
    let mut old = std::mem::take(&mut m.lanes).into_iter();
    for lane in 0..lane_count {
        let kept = old.next().filter(|state| {
            let basis = state.layout.basis;
            if m.active {
                basis.still_shows(window, width)
            } else {
                basis == StripBasis::at_rest(window, width)
            }
        });
        lanes.push(match kept {
            Some(state) => state,
            None => {
                relaid = true;
                let layout = Shared::new(lay_out_lane(fresh(), &data, lane));
                LaneState::new(layout, stretched.get(lane).copied().unwrap_or(false))
            }
        });
    }
    if m.active && lane_count > 1 && !relaid {
        // How much each lane wants laying out again: positive past the stagger threshold.
        let due = |state: &LaneState| {
            let basis = state.layout.basis;
            if zooming {
                basis.placement(window, width).0.ln().abs() - ZOOM_STAGGER.ln()
            } else {
                PAN_STAGGER - basis.room(window)
            }
        };
        let stalest = lanes
            .iter()
            .enumerate()
            .map(|(lane, state)| (lane, due(state)))
            .max_by(|a, b| a.1.total_cmp(&b.1));
        if let Some((lane, due)) = stalest {
            if due > 0.0 {
                let layout = Shared::new(lay_out_lane(fresh(), &data, lane));
                lanes[lane] = LaneState::new(layout, lanes[lane].stretched());
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
fn label_rows(lane_count: usize) -> usize {
    match lane_count {
        0 | 1 => MAX_LABEL_ROWS,
        2 | 3 => MAX_LABEL_ROWS / 2,
        _ => 2,
    }
}

/// The height of a lane with `rows` rows of labels.
fn lane_height(rows: usize) -> f64 {
    LANE_H.max(LABEL_Y + LABEL_ROW_H * rows.saturating_sub(1) as f64 + 8.0)
}

#[function_component(Timeline)]
pub fn timeline(props: &TimelineProps) -> Html {
    let wrapper = use_node_ref();
    let strips = use_node_ref();
    let width = use_width(wrapper.clone(), 960.0);
    let gesture = use_mut_ref(Gesture::default);
    let motion = use_mut_ref(Motion::default);
    let redraw = use_force_update();
    let scale = Scale::new(props.window, width);

    // On unmount, cancel a pending settle (its closure holds `motion`: dropping it frees both).
    {
        let motion = motion.clone();
        use_effect_with((), move |_| move || drop(motion.borrow_mut().settle.take()));
    }

    // Move focus to the selected event after keyboard navigation. Not for a request made before
    // the timeline was shown (stepping in the story view, then switching to the timeline, must
    // leave the focus on the switch).
    {
        let wrapper = wrapper.clone();
        let selected = props.selected;
        let on_mount = *use_mut_ref(|| props.focus_request).borrow();
        use_effect_with(props.focus_request, move |request| {
            if *request > 0 && *request != on_mount {
                if let (Some(root), Some(i)) = (wrapper.cast::<Element>(), selected) {
                    let selector = format!("[data-event-index=\"{i}\"]");
                    if let Ok(Some(el)) = root.query_selector(&selector) {
                        if let Ok(el) = el.dyn_into::<web_sys::SvgElement>() {
                            let _ = el.focus();
                        }
                    }
                }
            }
        });
    }

    // Which strip each lane's marks are laid out on. At rest, the strip of the window (see
    // `StripBasis::at_rest`). During a gesture (wheel, pinch, drag, a held key) the strip laid
    // out last is kept for as long as it can show the window: moved by one transform on its
    // group, and while zooming also stretched (see `stretch_marks`). A strip that can no
    // longer show the window is replaced by one laid out for it; when the gesture rests
    // ([`SETTLE_MS`] without input) the strip of the window at rest is laid out, so what is
    // drawn then is exactly what a single jump to that window draws.
    let layouts: Vec<Shared<LaneLayout>> = {
        let mut m = motion.borrow_mut();
        let data = LayoutData {
            model: props.model.clone(),
            shown: props.shown.clone(),
            lanes: props.lanes.clone(),
            selected: props.selected,
        };
        update_lanes(&mut m, data, props.window, width);
        m.lanes.iter().map(|state| state.layout.clone()).collect()
    };
    // Each lane's top edge, and the bottom of the last one.
    let lane_tops: Vec<f64> = motion
        .borrow()
        .rows
        .iter()
        .scan(AXIS_H, |top, &rows| {
            let this = *top;
            *top += lane_height(rows);
            Some(this)
        })
        .collect();
    let lanes_bottom = motion.borrow().rows.iter().map(|&r| lane_height(r)).sum::<f64>() + AXIS_H;
    let lane_top = |lane: usize| lane_tops.get(lane).copied().unwrap_or(AXIS_H);
    let placements: Vec<(f64, f64)> =
        layouts.iter().map(|layout| layout.basis.placement(props.window, width)).collect();
    // Roving tabindex: the selected event if drawn, else the earliest event drawn in view.
    let drawn = || layouts.iter().flat_map(|layout| layout.drawn.iter().copied());
    let tab_stop = props
        .selected
        .filter(|s| drawn().any(|e| e == *s))
        .or_else(|| drawn().min_by_key(|&e| props.model.rank[e]));
    let in_view = drawn().count();
    {
        let strips = strips.clone();
        let motion = motion.clone();
        let placements = placements.clone();
        use_effect(move || {
            stretch_marks(&strips, &placements, width, &mut motion.borrow_mut().lanes);
        });
    }

    // Axis ticks are few: laid out for the window's own strip on every frame.
    let axis = StripBasis::at_rest(props.window, width);
    let (_, axis_ticks) = ticks(axis.strip);
    let lanes = &props.lanes;
    let lane_count = lanes.labels.len().max(1);
    let height = lanes_bottom.max(AXIS_H + LANE_H);

    // Marks a wheel, pinch, drag or held key as part of a gesture, which rests once no
    // input came for SETTLE_MS. `factor` is the zoom (1 for a pan, above 1 zooming in).
    let moved = {
        let motion = motion.clone();
        let redraw = redraw.clone();
        Rc::new(move |factor: f64| {
            let mut m = motion.borrow_mut();
            m.active = true;
            if factor != 1.0 {
                m.zooming = true;
                m.zooming_in = factor > 1.0;
            }
            let (motion, redraw) = (motion.clone(), redraw.clone());
            m.settle = Some(Timeout::new(SETTLE_MS, move || {
                {
                    let mut m = motion.borrow_mut();
                    m.active = false;
                    m.zooming = false;
                    // (`settle` keeps this fired timeout: dropping it here would free the
                    // closure that is running.)
                }
                redraw.force_update();
            }));
        })
    };

    let on_action = props.on_action.clone();
    let onkeydown = {
        let on_action = on_action.clone();
        let has_events = !props.shown.is_empty();
        let moved = moved.clone();
        Callback::from(move |e: KeyboardEvent| {
            // The event that has focus, if any: arrows move on from it.
            let from = e
                .target()
                .and_then(|t| t.dyn_into::<Element>().ok())
                .and_then(|el| el.get_attribute("data-event-index"))
                .and_then(|i| i.parse().ok());
            let step = |step| Action::Step { step, from };
            let action = match (e.key().as_str(), e.shift_key()) {
                ("Enter" | " ", _) => match activation(e.target()) {
                    Some(action) => action,
                    None => return,
                },
                ("ArrowRight", true) | ("PageDown", _) => Action::PanFraction(0.1),
                ("ArrowLeft", true) | ("PageUp", _) => Action::PanFraction(-0.1),
                ("ArrowRight", false) if has_events => step(Step::Next),
                ("ArrowLeft", false) if has_events => step(Step::Previous),
                ("ArrowRight", false) => Action::PanFraction(0.1),
                ("ArrowLeft", false) => Action::PanFraction(-0.1),
                ("Home", _) if has_events => step(Step::First),
                ("End", _) if has_events => step(Step::Last),
                ("+" | "=", _) => Action::Zoom { factor: KEY_ZOOM, anchor: None },
                ("-" | "_" | "−", _) => Action::Zoom { factor: 1.0 / KEY_ZOOM, anchor: None },
                ("0", _) => Action::FitAll,
                ("Escape", _) => Action::Select(None),
                _ => return,
            };
            e.prevent_default();
            // A held key is a gesture; a single press is laid out at once.
            if e.repeat() {
                match action {
                    Action::Zoom { factor, .. } => moved(factor),
                    Action::PanFraction(_) => moved(1.0),
                    _ => {}
                }
            }
            on_action.emit(action);
        })
    };

    let onwheel = {
        let on_action = on_action.clone();
        let wrapper = wrapper.clone();
        let moved = moved.clone();
        Callback::from(move |e: WheelEvent| {
            let Some(x) = local_x(&wrapper, e.client_x()) else { return };
            e.prevent_default();
            let unit = match e.delta_mode() {
                1 => 16.0,  // lines
                2 => 400.0, // pages
                _ => 1.0,
            };
            let (dx, dy) = (e.delta_x() * unit, e.delta_y() * unit);
            if dx.abs() > dy.abs() {
                moved(1.0);
                on_action.emit(Action::Pan(dx / scale.px_per_day()));
            } else {
                // Trackpad pinches come as ctrl+wheel with small deltas: make them count more.
                let rate = if e.ctrl_key() { 0.01 } else { 0.0015 };
                let factor = (-dy * rate).exp();
                moved(factor);
                on_action.emit(Action::Zoom { factor, anchor: Some(scale.day_at(x)) });
            }
        })
    };

    let onclick = {
        let on_action = on_action.clone();
        let gesture = gesture.clone();
        Callback::from(move |e: MouseEvent| {
            // The click that ends a drag is not a click on what is under the pointer.
            if gesture.borrow().dragged {
                return;
            }
            if let Some(action) = activation(e.target()) {
                on_action.emit(action);
            }
        })
    };
    let onpointerdown = {
        let gesture = gesture.clone();
        let wrapper = wrapper.clone();
        Callback::from(move |e: PointerEvent| {
            if e.button() > 0 {
                return;
            }
            let Some(x) = local_x(&wrapper, e.client_x()) else { return };
            let mut g = gesture.borrow_mut();
            if g.pointers.is_empty() {
                g.travelled = 0.0;
                g.dragged = false;
            }
            g.pointers.insert(e.pointer_id(), x);
        })
    };
    let onpointermove = {
        let gesture = gesture.clone();
        let wrapper = wrapper.clone();
        let on_action = on_action.clone();
        let moved = moved.clone();
        Callback::from(move |e: PointerEvent| {
            let Some(x) = local_x(&wrapper, e.client_x()) else { return };
            let action = pointer_move(&gesture, e.pointer_id(), x, scale);
            if gesture.borrow().dragged {
                if let Some(root) = wrapper.cast::<Element>() {
                    if !root.has_pointer_capture(e.pointer_id()) {
                        let _ = root.set_pointer_capture(e.pointer_id());
                    }
                }
            }
            if let Some(action) = action {
                moved(match action {
                    Action::Zoom { factor, .. } => factor,
                    _ => 1.0,
                });
                on_action.emit(action);
            }
        })
    };
    let onpointerup = {
        let gesture = gesture.clone();
        Callback::from(move |e: PointerEvent| {
            gesture.borrow_mut().pointers.remove(&e.pointer_id());
        })
    };

    let lane_views = (0..lane_count).map(|lane| {
        let top = lane_top(lane);
        let lane_h = lane_tops.get(lane + 1).copied().unwrap_or(height) - top;
        let label = lanes.labels.get(lane).cloned().unwrap_or_default();
        html! {
            <g class="lane" key={lane}>
                <rect class={classes!("lane-bg", (lane % 2 == 1).then_some("lane-odd"))} x="0" y={num(top)} width={num(width)} height={num(lane_h)} />
                <line class="lane-line" x1="0" x2={num(width)} y1={num(top + POINT_Y)} y2={num(top + POINT_Y)} />
                <text class="lane-label" x="6" y={num(top + 13.0)}>{ label }</text>
            </g>
        }
    });

    let tick_views = axis_ticks.iter().map(|tick| {
        html! {
            <g class={classes!("tick", tick.major.then_some("tick-major"))} key={tick.day.to_string()}>
                <line x1={num(tick.x)} x2={num(tick.x)} y1="22" y2={num(height)} />
                <text x={num(tick.x + 4.0)} y="16">{ &tick.label }</text>
            </g>
        }
    });

    let from = date_of(props.window.start.floor() as i64);
    let to = date_of(props.window.end.floor() as i64);
    let range = match (from, to) {
        (Some(a), Some(b)) => interval_label(a, b, Precision::Day),
        _ => String::new(),
    };
    let description = fill(
        t().timeline_name,
        &[("range", &range), ("n", &props.shown.len()), ("drawn", &in_view)],
    );

    html! {
        <div
            class="timeline"
            ref={wrapper}
            data-ready="1"
            data-window={format!("{}~{}", milli(props.window.start), milli(props.window.end))}
            tabindex={if tab_stop.is_none() { "0" } else { "-1" }}
            role="group"
            aria-roledescription={t().timeline}
            aria-label={description}
            {onkeydown}
            {onclick}
            {onwheel}
            {onpointerdown}
            {onpointermove}
            onpointerup={onpointerup.clone()}
            onpointercancel={onpointerup}
        >
            <svg class="timeline-svg" width={num(width)} height={num(height)}
                 viewBox={format!("0 0 {} {}", num(width), num(height))} xmlns="http://www.w3.org/2000/svg">
                <g class="axis" aria-hidden="true" transform={format!("translate({} 0)", num(-axis.visible.0))}>{ for tick_views }</g>
                <g class="lanes">{ for lane_views }</g>
                <g class="strips" ref={strips}>{ for layouts.iter().zip(&placements).enumerate().map(|(lane, (layout, &(k, t)))| html! {
                    <g class={classes!("strip", (!unstretched(k)).then_some("stretched"))} key={lane} transform={format!("translate({} 0)", num(t))}>
                        <LaneMarks layout={layout.clone()} model={props.model.clone()} top={lane_top(lane)}
                            tab_stop={tab_stop.filter(|e| layout.drawn.contains(e))}
                            selected={props.selected} search={props.search.clone()} />
                    </g>
                }) }</g>
            </svg>
            if props.shown.is_empty() {
                <p class="timeline-empty">{
                    if props.model.bundle.events.is_empty() {
                        fill(t().no_events_yet, &[("n", &props.model.bundle.articles.len())])
                    } else {
                        t().no_matches.to_string()
                    }
                }</p>
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct LaneMarksProps {
    layout: Shared<LaneLayout>,
    model: Shared<Model>,
    /// The lane's top edge.
    top: f64,
    /// The roving tab stop, when it is in this lane.
    tab_stop: Option<usize>,
    selected: Option<usize>,
    search: AttrValue,
}

/// One lane's marks and labels, in strip coordinates. Rendered only when the lane's layout (or
/// the selection, search or tab stop) changes, not on every frame of a pan or zoom.
#[function_component(LaneMarks)]
fn lane_marks(props: &LaneMarksProps) -> Html {
    let layout = &props.layout;
    let top = props.top;
    html! {
        <>
            <g class="marks">{ for layout.placed.iter().map(|p| mark_view(props, p, top, props.tab_stop)) }</g>
            // Labels are a layer of their own, outside the buttons: a cut label ("Moon and
            // Kim meet at Panmun…") must not be part of a button's content, whose accessible
            // name is the full date and title. Strips laid out mid-zoom have none.
            if layout.basis.labels {
                <g class="leaders" aria-hidden="true">{ for layout.placed.iter().filter_map(|p| leader_view(p, top)) }</g>
                <g class="labels" aria-hidden="true">{ for layout.placed.iter().filter_map(|p| label_view(props, p, top)) }</g>
            }
        </>
    }
}

/// Stretches each lane's marks by its factor `k` about strip x 0 (the lane's strip group,
/// translated by `t`, moves them into place), keeping their shapes: points and clusters move
/// by their own transform, bands are scaled in x. Done on the elements directly, once per
/// frame of a zoom gesture, instead of laying out and re-rendering hundreds of marks; undone
/// as soon as the lane is drawn unstretched again. A mark off screen both where it is drawn
/// and where it should be is left alone (a lane's strip is wider than the screen).
fn stretch_marks(strips: &NodeRef, placements: &[(f64, f64)], width: f64, lanes: &mut [LaneState]) {
    const PAD: f64 = 40.0;
    let Some(strips) = strips.cast::<Element>() else { return };
    let mut strip = strips.first_element_child();
    for (state, &(k, t)) in lanes.iter_mut().zip(placements) {
        let Some(g) = strip else { return };
        strip = g.next_element_sibling();
        let k = if unstretched(k) { 1.0 } else { k };
        if k == 1.0 && !state.stretched() {
            continue;
        }
        let Some(marks) = g.first_element_child() else { continue };
        let mut child = marks.first_element_child();
        let layout = state.layout.clone();
        for (p, applied) in layout.placed.iter().zip(state.applied.iter_mut()) {
            let Some(el) = child else { break };
            child = el.next_element_sibling();
            if *applied == k {
                continue;
            }
            let (x0, x1) = match *p {
                Placed::Single { shape: Shape::Band { x0, x1, .. }, .. } => (x0, x1),
                Placed::Single { shape: Shape::Point { x }, .. } | Placed::Cluster { x, .. } => {
                    (x, x)
                }
            };
            let on_screen = |k: f64| k * x1 + t >= -PAD && k * x0 + t <= width + PAD;
            if !applied.is_nan() && !on_screen(*applied) && !on_screen(k) {
                continue;
            }
            if k == 1.0 {
                let _ = el.remove_attribute("transform");
            } else {
                let transform = match p {
                    Placed::Single { shape: Shape::Band { .. }, .. } => {
                        format!("matrix({} 0 0 1 0 0)", ratio(k))
                    }
                    _ => format!("translate({} 0)", num((k - 1.0) * x0)),
                };
                let _ = el.set_attribute("transform", &transform);
            }
            *applied = k;
        }
    }
}

/// The x coordinate of a client x inside the wrapper.
fn local_x(wrapper: &NodeRef, client_x: i32) -> Option<f64> {
    let rect = wrapper.cast::<Element>()?.get_bounding_client_rect();
    Some(f64::from(client_x) - rect.left())
}

/// Updates the gesture with a pointer's new x and says what it does to the view.
fn pointer_move(gesture: &Rc<RefCell<Gesture>>, id: i32, x: f64, scale: Scale) -> Option<Action> {
    let mut g = gesture.borrow_mut();
    let before = *g.pointers.get(&id)?;
    match g.pointers.len() {
        1 => {
            let dx = x - before;
            g.pointers.insert(id, x);
            g.travelled += dx.abs();
            if g.travelled > DRAG_THRESHOLD_PX {
                g.dragged = true;
                Some(Action::Pan(-dx / scale.px_per_day()))
            } else {
                None
            }
        }
        2 => {
            let other = g.pointers.iter().find(|(k, _)| **k != id).map(|(_, v)| *v)?;
            g.pointers.insert(id, x);
            g.dragged = true;
            let (old, new) = ((before - other).abs(), (x - other).abs());
            if old < 10.0 || new < 10.0 {
                return None;
            }
            let anchor = scale.day_at((x + other) / 2.0);
            Some(Action::Zoom { factor: new / old, anchor: Some(anchor) })
        }
        _ => None,
    }
}

/// One placed mark (an event or a cluster) as SVG. Marks carry no listeners of their own:
/// clicks and keys are handled once, on the timeline, from the `data-*` attributes (hundreds
/// of marks re-render on every frame of a pan).
fn mark_view(props: &LaneMarksProps, placed: &Placed, top: f64, tab_stop: Option<usize>) -> Html {
    let cy = top + POINT_Y;
    match placed {
        Placed::Cluster { events, x, x0, x1 } => {
            let model = &props.model;
            let first =
                events.iter().map(|&e| model.extents[e].start).fold(f64::INFINITY, f64::min);
            let last =
                events.iter().map(|&e| model.extents[e].end).fold(f64::NEG_INFINITY, f64::max);
            let range = match (date_of(first as i64), date_of(last as i64 - 1)) {
                (Some(a), Some(b)) => interval_label(a, b, Precision::Day),
                _ => String::new(),
            };
            let label = fill(t().cluster, &[("n", &events.len()), ("range", &range)]);
            html! {
                <g class="cluster" role="button" tabindex="-1" aria-label={label}
                   data-count={events.len().to_string()} data-from={milli(first)} data-to={milli(last)}
                   key={format!("c{}", events[0])}>
                    // The span only when it shows beyond the circle (which would hide it).
                    if *x0 < x - 12.0 || *x1 > x + 12.0 {
                        <rect class="cluster-span" x={num(*x0)} y={num(cy - 2.0)} width={num((x1 - x0).max(1.0))} height="4" />
                    }
                    <circle cx={num(*x)} cy={num(cy)} r="13" />
                    <text x={num(*x)} y={num(cy + 4.0)} text-anchor="middle">{ events.len() }</text>
                </g>
            }
        }
        Placed::Single { event, shape, .. } => {
            let i = *event;
            let e = &props.model.bundle.events[i];
            let selected = props.selected == Some(i);
            let classes = classes!(
                "event",
                if e.status == Status::Expected { "ev-expected" } else { "ev-happened" },
                if e.when.basis == Basis::Inferred { "ev-inferred" } else { "ev-stated" },
                selected.then_some("selected"),
                (!props.search.trim().is_empty()).then_some("match"),
            );
            let shape_view = match *shape {
                // No separate, larger hit shapes: they doubled the nodes to paint on every
                // frame of a pan; the group's bounding box takes the pointer instead (CSS).
                Shape::Point { x } => html! {
                    <circle class="mark point" cx={num(x)} cy={num(cy)} r="6" />
                },
                Shape::Band { x0, x1, row } => {
                    let y = top + BAND_Y + BAND_ROW_H * row as f64;
                    html! {
                        <rect class="mark band" x={num(x0)} y={num(y)} width={num(x1 - x0)} height="7" rx="2" />
                    }
                }
            };
            html! {
                <g class={classes} key={format!("e{i}")} role="button"
                   tabindex={if tab_stop == Some(i) { "0" } else { "-1" }}
                   aria-label={AttrValue::from(props.model.name(i))}
                   aria-pressed={if selected { "true" } else { "false" }}
                   data-event-index={i.to_string()} data-event-id={e.id.clone()}>
                    { shape_view }
                </g>
            }
        }
    }
}

/// What a click or Enter on `target` does: select the event or zoom into the cluster it is in.
fn activation(target: Option<web_sys::EventTarget>) -> Option<Action> {
    let element = target?.dyn_into::<Element>().ok()?;
    let mark = element.closest("[data-event-index], [data-from]").ok()??;
    if let Some(index) = mark.get_attribute("data-event-index") {
        return Some(Action::Select(Some(index.parse().ok()?)));
    }
    let day = |name: &str| -> Option<f64> {
        // Thousandths of a day, written as integers (`view::svg::milli`): no float parser.
        Some(mark.get_attribute(name)?.parse::<i64>().ok()? as f64 / 1000.0)
    };
    Some(Action::SetWindow(Window::fit(day("data-from")?, day("data-to")?)))
}

/// The label of a single event, when the layout found room for it.
fn label_view(props: &LaneMarksProps, placed: &Placed, top: f64) -> Option<Html> {
    let Placed::Single { event, label: Some(LabelBox { row, x, width }), .. } = placed else {
        return None;
    };
    let mut label = props.model.labels.get(*event)?.clone();
    // Cut only where the view is narrower than the label (`layout_lane` gave it less room).
    if *width + 0.5 < props.model.label_px[*event] {
        label = fit_label(&label, *width).into();
    }
    let y = top + LABEL_Y + LABEL_ROW_H * *row as f64;
    let content = match hit(&label, &props.search) {
        Some((a, b)) => html! {
            <>{ &label[..a] }<tspan class="hit">{ &label[a..b] }</tspan>{ &label[b..] }</>
        },
        None => html! { { AttrValue::from(label) } },
    };
    Some(html! {
        <text class="event-label" key={format!("l{event}")} data-event-index={event.to_string()}
            x={num(if *x >= 0.0 { x.max(2.0) } else { *x })} y={num(y)}>{ content }</text>
    })
}

/// The line from a mark down to its label, for labels below the first row (the first is right
/// under its mark). Labels are drawn over it with a halo (CSS), so it never crosses their text.
fn leader_view(placed: &Placed, top: f64) -> Option<Html> {
    let Placed::Single { event, shape, label: Some(LabelBox { row, .. }) } = placed else {
        return None;
    };
    if *row == 0 {
        return None;
    }
    let (x, from) = match *shape {
        Shape::Point { x } => (x, top + POINT_Y + 8.0),
        Shape::Band { x0, row: band_row, .. } => {
            (x0 + 1.0, top + BAND_Y + BAND_ROW_H * band_row as f64 + 7.0)
        }
    };
    let to = top + LABEL_Y + LABEL_ROW_H * *row as f64 - 11.0;
    Some(html! {
        <line class="leader" key={format!("k{event}")} x1={num(x)} x2={num(x)} y1={num(from)} y2={num(to)} />
    })
}

/// Where the first search word found in `label` is, as a byte range (ASCII case folding keeps
/// byte offsets, so the range is on character boundaries).
pub fn hit(label: &str, search: &str) -> Option<(usize, usize)> {
    let folded = label.to_ascii_lowercase();
    search.split_whitespace().find_map(|word| {
        let word = word.to_ascii_lowercase();
        folded.find(&word).map(|start| (start, start + word.len()))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

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

    #[test]
    fn search_words_are_found_in_labels_case_insensitively() {
        assert_eq!(hit("Koreas restore hotline", "HOTLINE"), Some((15, 22)));
        assert_eq!(
            hit("Koreas restore hotline", "zz restore"),
            Some((7, 14)),
            "the first word found"
        );
        assert_eq!(hit("Séoul talks", "talks"), Some((7, 12)), "byte offsets after é");
        assert_eq!(hit("Koreas", ""), None);
        assert_eq!(hit("Koreas", "japan"), None);
    }
}
