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

mod canvas;
mod marks;
mod strips;

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use gloo::timers::callback::Timeout;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlCanvasElement, KeyboardEvent, PointerEvent, WheelEvent};
use yew::prelude::*;

use crate::i18n::{fill, t};

use crate::hooks::use_width::{use_width, FALLBACK_WIDTH};
use crate::shared::Shared;
use crate::state::{Action, Step};
use crate::view::calendar::date_of;
use crate::view::date_label::interval_label;
use crate::view::lanes::Lanes;
use crate::view::model::Model;
use crate::view::scale::{Scale, Window};
use crate::view::svg::{milli, num};
use crate::view::ticks::ticks;
use canvas::{LaneView, Palette};
use dateline_core::Precision;
use marks::LaneMarks;
use strips::{strip_transform, update_lanes, LaneLayout, LayoutData, Motion, StripBasis};

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

/// The height of a lane with `rows` rows of labels.
fn lane_height(rows: usize) -> f64 {
    LANE_H.max(LABEL_Y + LABEL_ROW_H * rows.saturating_sub(1) as f64 + 8.0)
}

#[function_component(Timeline)]
pub fn timeline(props: &TimelineProps) -> Html {
    let wrapper = use_node_ref();
    let measured = use_width(wrapper.clone());
    let width = measured.unwrap_or(FALLBACK_WIDTH);
    let gesture = use_mut_ref(Gesture::default);
    let motion = use_mut_ref(Motion::default);
    let canvas_ref = use_node_ref();
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
    // out last is kept for as long as it can show the window: moved and, while zooming,
    // stretched. A strip that can no longer show the window is replaced by one laid out for
    // it, at most one lane per frame (see `update_lanes`); when the gesture rests
    // ([`SETTLE_MS`] without input) the strip of the window at rest is laid out, so what is
    // drawn then is exactly what a single jump to that window draws.
    // (A pan gesture: the strips are composited layers while it lasts, see `www/style.css`.)
    let (zooming, panning) = {
        let m = motion.borrow();
        (m.active && m.zooming, m.active && !m.zooming)
    };
    // Until the wrapper is measured (its first render), no lane is laid out: the effect that
    // measures it runs before the browser paints, so the lanes are laid out once, at the
    // measured width, not first at a guessed one (rule: lay out once, at the measured width).
    let layouts: Vec<Shared<LaneLayout>> = if measured.is_none() {
        Vec::new()
    } else {
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
    // What the SVG strips draw: each lane's layout, placed for the window; during a zoom
    // gesture, what they drew when it began, hidden under the canvas that draws the lanes'
    // current layouts (see `canvas`): a frame of the gesture changes no mark in the DOM.
    let strips: Vec<(Shared<LaneLayout>, (f64, f64))> = {
        let mut m = motion.borrow_mut();
        if !zooming {
            m.palette = None;
        }
        if !zooming || m.strips.len() != layouts.len() {
            m.strips = layouts
                .iter()
                .map(|layout| (layout.clone(), layout.placement(props.window, width)))
                .collect();
        }
        m.strips.clone()
    };
    // Roving tabindex: the selected event if drawn, else the earliest event drawn in view.
    let drawn = || strips.iter().flat_map(|(layout, _)| layout.drawn.iter().copied());
    let tab_stop = props
        .selected
        .filter(|s| drawn().any(|e| e == *s))
        .or_else(|| drawn().min_by_key(|&e| props.model.rank[e]));
    let in_view = drawn().count();

    // Axis ticks are few: laid out for the window's own strip on every frame.
    let axis = StripBasis::at_rest(props.window, width);
    let (_, axis_ticks) = ticks(axis.strip);
    let lanes = &props.lanes;
    let lane_count = lanes.labels.len().max(1);
    let height = lanes_bottom.max(AXIS_H + LANE_H);

    // Mid-zoom, the lanes' current layouts on the canvas, once it is in the DOM.
    {
        let (canvas_ref, motion, model) = (canvas_ref.clone(), motion.clone(), props.model.clone());
        let (window, selected, tops) = (props.window, props.selected, lane_tops.clone());
        use_effect(move || {
            let Some(canvas) = canvas_ref.cast::<HtmlCanvasElement>() else { return };
            let mut guard = motion.borrow_mut();
            let m = &mut *guard;
            let palette = m.palette.get_or_insert_with(|| Palette::of(&canvas));
            let views: Vec<LaneView> = m
                .lanes
                .iter()
                .enumerate()
                .map(|(lane, state)| {
                    let (k, t) = state.layout.placement(window, width);
                    let top = tops.get(lane).copied().unwrap_or(AXIS_H);
                    LaneView { layout: &state.layout, k, t, top }
                })
                .collect();
            canvas::draw(&canvas, &views, &model, palette, (width, height), selected);
        });
    }

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
            // Moved by one transform on its group (one write a frame while zooming, not three).
            <g class={classes!("tick", tick.major.then_some("tick-major"))} key={tick.day.to_string()}
                transform={format!("translate({} 0)", num(tick.x))}>
                <line y1="22" y2={num(height)} />
                <text x="4" y="16">{ &tick.label }</text>
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
            class={classes!("timeline", zooming.then_some("zooming"), panning.then_some("panning"))}
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
                <g class="strips">{ for strips.iter().enumerate().map(|(lane, (layout, (_, t)))| html! {
                    <g class="strip" key={lane} transform={strip_transform(*t)}>
                        <LaneMarks layout={layout.clone()} model={props.model.clone()} top={lane_top(lane)}
                            tab_stop={tab_stop.filter(|e| layout.drawn.contains(e))}
                            selected={props.selected} search={props.search.clone()} />
                    </g>
                }) }</g>
            </svg>
            if zooming {
                <canvas class="zoom-canvas" aria-hidden="true" ref={canvas_ref}
                    width={num((width * canvas::RESOLUTION).round())}
                    height={num((height * canvas::RESOLUTION).round())} />
            }
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
