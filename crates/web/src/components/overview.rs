//! The overview strip: every event's density over the whole span, with the visible window as
//! a brush. Drag the brush to pan, drag elsewhere to choose a new window, click to centre.
//! (When the brush covers nearly the whole strip, any drag chooses a new window.) Shift+drag
//! draws a date range filter instead, shown as a band under the brush.

use crate::shared::Shared;

use web_sys::{Element, PointerEvent};
use yew::prelude::*;

use crate::i18n::{fill, t};

use crate::components::density::Density;
use crate::hooks::use_width::{use_width, FALLBACK_WIDTH};
use crate::view::model::Model;
use crate::view::scale::{Scale, Window};
use crate::view::svg::num;

const HEIGHT: f64 = 40.0;

#[derive(Properties, PartialEq)]
pub struct OverviewProps {
    pub model: Shared<Model>,
    pub shown: Shared<Vec<usize>>,
    pub window: Window,
    /// The date range filter, if any.
    pub range: Option<Window>,
    pub on_window: Callback<Window>,
    pub on_range: Callback<Window>,
}

/// What a pointer on the strip is doing.
#[derive(Clone, Copy, PartialEq)]
enum Drag {
    /// Moving the brush; `grab` is the day under the pointer when it went down, relative to the
    /// window start.
    Move { grab: f64 },
    /// Drawing a new window (or, with `range`, a date range filter) from `from` (x).
    Brush { from: f64, to: f64, range: bool },
}

#[function_component(Overview)]
pub fn overview(props: &OverviewProps) -> Html {
    let node = use_node_ref();
    let width = use_width(node.clone()).unwrap_or(FALLBACK_WIDTH);
    let drag = use_state_eq(|| None::<Drag>);
    // The strip spans every event, and grows to hold the window when it wanders off, in
    // steps of a quarter of the events' span: a strip that followed every frame of a pan would
    // redraw the whole histogram on every frame.
    let strip = match props.model.full_extent() {
        Some(e) => {
            let step = (e.end - e.start).max(60.0) / 4.0;
            let before = ((e.start - props.window.start) / step).ceil().max(0.0) * step;
            let after = ((props.window.end - e.end) / step).ceil().max(0.0) * step;
            Window::fit(e.start - before, e.end + after)
        }
        None => Window::fit(props.window.start, props.window.end),
    };
    let scale = Scale::new(strip, width);

    let bx0 = scale.x(props.window.start).clamp(0.0, width);
    let bx1 = scale.x(props.window.end).clamp(0.0, width);

    let x_of = {
        let node = node.clone();
        move |e: &PointerEvent| -> Option<f64> {
            let rect = node.cast::<Element>()?.get_bounding_client_rect();
            Some(f64::from(e.client_x()) - rect.left())
        }
    };
    let onpointerdown = {
        let drag = drag.clone();
        let x_of = x_of.clone();
        let node = node.clone();
        let window = props.window;
        Callback::from(move |e: PointerEvent| {
            let Some(x) = x_of(&e) else { return };
            if let Some(el) = node.cast::<Element>() {
                let _ = el.set_pointer_capture(e.pointer_id());
            }
            // On the brush, a drag moves it; elsewhere (or when the brush covers nearly the
            // whole strip, leaving no elsewhere) it draws a new window.
            let on_brush = x >= bx0 - 4.0 && x <= bx1 + 4.0 && bx1 - bx0 < width * 0.8;
            let range = e.shift_key();
            drag.set(Some(if on_brush && !range {
                Drag::Move { grab: scale.day_at(x) - window.start }
            } else {
                Drag::Brush { from: x, to: x, range }
            }));
        })
    };
    let onpointermove = {
        let drag = drag.clone();
        let x_of = x_of.clone();
        let on_window = props.on_window.clone();
        let window = props.window;
        Callback::from(move |e: PointerEvent| {
            let (Some(current), Some(x)) = (*drag, x_of(&e)) else { return };
            match current {
                Drag::Move { grab } => {
                    let start = scale.day_at(x) - grab;
                    on_window.emit(Window { start, end: start + window.span() });
                }
                Drag::Brush { from, range, .. } => {
                    drag.set(Some(Drag::Brush { from, to: x, range }))
                }
            }
        })
    };
    let onpointerup = {
        let drag = drag.clone();
        let on_window = props.on_window.clone();
        let on_range = props.on_range.clone();
        let window = props.window;
        Callback::from(move |e: PointerEvent| {
            if let (Some(Drag::Brush { from, range, .. }), Some(to)) = (*drag, x_of(&e)) {
                let (a, b) =
                    (scale.day_at(from.min(to)).floor(), scale.day_at(from.max(to)).ceil());
                if range && b > a {
                    on_range.emit(Window { start: a, end: b });
                } else if (to - from).abs() > 6.0 {
                    on_window.emit(Window::new(scale.day_at(from), scale.day_at(to)));
                } else {
                    on_window.emit(window.centred_on(scale.day_at(to)));
                }
            }
            drag.set(None);
        })
    };
    let brushing = match *drag {
        Some(Drag::Brush { from, to, .. }) => Some((from.min(to), (to - from).abs())),
        _ => None,
    };

    html! {
        <div class="overview" ref={node} role="img"
             aria-label={format!("{}{}", fill(t().overview, &[("n", &props.shown.len())]),
                 if props.range.is_some() { t().overview_range } else { "" })}
             onpointerdown={onpointerdown} onpointermove={onpointermove}
             onpointerup={onpointerup.clone()} onpointercancel={onpointerup}>
            <svg width={num(width)} height={num(HEIGHT)} aria-hidden="true">
                <rect class="overview-bg" x="0" y="0" width={num(width)} height={num(HEIGHT)} />
                if let Some(range) = props.range {
                    <rect class="range-band" x={num(scale.x(range.start).clamp(0.0, width))} y="0"
                        width={num((scale.x(range.end).clamp(0.0, width) - scale.x(range.start).clamp(0.0, width)).max(2.0))} height={num(HEIGHT)} />
                }
                <Density model={props.model.clone()} shown={props.shown.clone()} strip={strip} width={width} height={HEIGHT} />
                <rect class="brush" x={num(bx0)} y="1" width={num((bx1 - bx0).max(3.0))} height={num(HEIGHT - 2.0)} />
                if let Some((x, w)) = brushing {
                    <rect class="brushing" x={num(x)} y="1" width={num(w)} height={num(HEIGHT - 2.0)} />
                }
            </svg>
        </div>
    }
}
