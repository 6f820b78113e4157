//! The lanes' marks drawn on a canvas while a zoom gesture is in progress ([`draw`]).
//!
//! During a zoom gesture the SVG strips keep what they drew when it began, hidden (CSS
//! `.timeline.zooming`), and every frame draws each lane's current layout on a canvas laid over
//! them: points and cluster discs at their size, bands stretched with time, no labels or
//! counts (as the stretched strips before). A frame of the gesture then changes no mark in the
//! DOM: no node is made or removed, no mark restyled, however many lanes are laid out again.
//! The SVG marks stay in the document (focus, accessible names and the tab stop are theirs
//! throughout), and are laid out for the window again when the gesture rests, as before: what
//! is drawn at rest is what a fresh layout draws.

use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

use super::strips::LaneLayout;
use super::{BAND_ROW_H, BAND_Y, POINT_Y};
use crate::view::layout::{Placed, Shape};
use crate::view::model::Model;
use dateline_core::bundle::Status;
use dateline_core::Basis;

/// How a mark looks: the fill and stroke of `.event`, `.ev-inferred`, `.ev-expected` and
/// `.cluster-disc` in `www/style.css`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Look {
    Stated,
    Inferred,
    Expected,
    Cluster,
}

const LOOKS: [Look; 4] = [Look::Stated, Look::Inferred, Look::Expected, Look::Cluster];

/// What is drawn of a mark, in screen pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Figure {
    /// A disc centred at `(x, y)`.
    Disc { x: f64, y: f64, r: f64 },
    /// A rectangle.
    Rect { x: f64, y: f64, w: f64, h: f64 },
}

/// The style sheet's colours, read once per gesture (they follow the theme).
pub(super) struct Palette {
    accent: String,
    soft: String,
    bg: String,
    expected: String,
    fg: String,
}

impl Palette {
    /// The colours in effect on `el`.
    pub(super) fn of(el: &HtmlCanvasElement) -> Palette {
        let style = gloo::utils::window().get_computed_style(el).ok().flatten();
        let colour = |name: &str| {
            let value = style.as_ref().and_then(|s| s.get_property_value(name).ok());
            value.unwrap_or_default().trim().to_string()
        };
        Palette {
            accent: colour("--dl-accent"),
            soft: colour("--dl-accent-soft"),
            bg: colour("--dl-bg"),
            expected: colour("--dl-expected"),
            fg: colour("--dl-fg"),
        }
    }

    /// Fill and stroke of a look.
    fn of_look(&self, look: Look) -> (&str, &str) {
        match look {
            Look::Stated => (&self.accent, &self.accent),
            Look::Inferred | Look::Cluster => (&self.soft, &self.accent),
            Look::Expected => (&self.bg, &self.expected),
        }
    }
}

/// One lane as drawn this frame: its layout, where it goes on screen (x = `k` × layout x +
/// `t`), and its top edge.
pub(super) struct LaneView<'a> {
    pub(super) layout: &'a LaneLayout,
    pub(super) k: f64,
    pub(super) t: f64,
    pub(super) top: f64,
}

/// Calls `f` with each mark of `lanes` that shows between screen x `visible.0` and `visible.1`,
/// its look and its figure on screen; the selected event's figure is also returned.
pub(super) fn figures(
    lanes: &[LaneView],
    model: &Model,
    (lo, hi): (f64, f64),
    selected: Option<usize>,
    mut f: impl FnMut(Look, Figure),
) -> Option<Figure> {
    let mut chosen = None;
    for lane in lanes {
        let x = |v: f64| lane.k * v + lane.t;
        let cy = lane.top + POINT_Y;
        for placed in &lane.layout.placed {
            let (look, figure, event) = match placed {
                Placed::Cluster { x: cx, .. } => {
                    (Look::Cluster, Figure::Disc { x: x(*cx), y: cy, r: 13.0 }, None)
                }
                Placed::Single { event, shape, .. } => {
                    let figure = match *shape {
                        Shape::Point { x: px } => Figure::Disc { x: x(px), y: cy, r: 6.0 },
                        Shape::Band { x0, x1, row } => Figure::Rect {
                            x: x(x0),
                            y: lane.top + BAND_Y + BAND_ROW_H * row as f64,
                            w: (lane.k * (x1 - x0)).max(1.0),
                            h: 7.0,
                        },
                    };
                    (look_of(model, *event), figure, Some(*event))
                }
            };
            let (left, right) = match figure {
                Figure::Disc { x, r, .. } => (x - r, x + r),
                Figure::Rect { x, w, .. } => (x, x + w),
            };
            if right < lo || left > hi {
                continue;
            }
            if event.is_some() && event == selected {
                chosen = Some(figure);
            }
            f(look, figure);
        }
    }
    chosen
}

/// The look of an event's mark.
fn look_of(model: &Model, event: usize) -> Look {
    match model.bundle.events.get(event) {
        Some(e) if e.status == Status::Expected => Look::Expected,
        Some(e) if e.when.basis == Basis::Inferred => Look::Inferred,
        _ => Look::Stated,
    }
}

/// The canvas has this many pixels per CSS pixel each way. A quarter of the pixels: the canvas
/// is sent to the compositor whole on every frame of a zoom, and that copy was the largest cost
/// of a frame over eight lanes (a Chromium trace, `crates/web/README.md`). Marks are soft while
/// the gesture lasts; at rest the SVG draws them sharp.
pub(super) const RESOLUTION: f64 = 0.5;

/// Draws `lanes` on `canvas` (covering the timeline's SVG, `width` × `height` CSS pixels, at
/// [`RESOLUTION`]), one path per look: a few calls per mark, one fill and stroke per look.
pub(super) fn draw(
    canvas: &HtmlCanvasElement,
    lanes: &[LaneView],
    model: &Model,
    palette: &Palette,
    (width, height): (f64, f64),
    selected: Option<usize>,
) {
    let Ok(Some(context)) = canvas.get_context("2d") else { return };
    let ctx: CanvasRenderingContext2d = context.unchecked_into();
    let _ = ctx.set_transform(RESOLUTION, 0.0, 0.0, RESOLUTION, 0.0, 0.0);
    ctx.clear_rect(0.0, 0.0, width, height);
    ctx.set_line_width(2.0);
    let trace = |figure: Figure| match figure {
        Figure::Disc { x, y, r } => {
            ctx.move_to(x + r, y);
            let _ = ctx.arc(x, y, r, 0.0, std::f64::consts::TAU);
        }
        Figure::Rect { x, y, w, h } => ctx.rect(x, y, w, h),
    };
    let mut chosen = None;
    for look in LOOKS {
        ctx.begin_path();
        chosen = figures(lanes, model, (-4.0, width + 4.0), selected, |l, figure| {
            if l == look {
                trace(figure);
            }
        })
        .or(chosen);
        let (fill, stroke) = palette.of_look(look);
        ctx.set_fill_style_str(fill);
        ctx.fill();
        ctx.set_stroke_style_str(stroke);
        ctx.stroke();
    }
    if let Some(figure) = chosen {
        ctx.begin_path();
        trace(figure);
        ctx.set_line_width(3.0);
        ctx.set_stroke_style_str(&palette.fg);
        ctx.stroke();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::components::timeline::strips::{lay_out_lane, LayoutData, StripBasis};
    use crate::shared::Shared;
    use crate::view::lanes::{assign_lanes, LaneMode};
    use crate::view::scale::Window;

    #[test]
    fn every_mark_on_screen_is_drawn_once_where_its_layout_puts_it() {
        let model = Shared::new(Model::from_shared(crate::library::Base::seeds().bundle));
        let shown = Shared::new(model.order.clone());
        let lanes = Shared::new(assign_lanes(&model, &shown, LaneMode::Single));
        let window = model.story_window().expect("events");
        let data = LayoutData { model: model.clone(), shown, lanes, selected: None };
        let basis = StripBasis::centred(window, 1000.0, 0.5, false);
        let layout = lay_out_lane(basis, &data, 0);
        let (k, t) = layout.placement(window, 1000.0);
        let view = [LaneView { layout: &layout, k, t, top: 30.0 }];
        let mut drawn = Vec::new();
        figures(&view, &model, (0.0, 1000.0), None, |look, figure| drawn.push((look, figure)));
        // The strip reaches half a window beyond each side: only the marks on screen are drawn.
        let on_screen = layout
            .placed
            .iter()
            .filter(|p| {
                let x = match p {
                    Placed::Cluster { x, .. }
                    | Placed::Single { shape: Shape::Point { x }, .. } => *x,
                    Placed::Single { shape: Shape::Band { x0, .. }, .. } => *x0,
                };
                (0.0..=1000.0).contains(&(k * x + t))
            })
            .count();
        assert!(on_screen > 0);
        assert!(drawn.len() >= on_screen && drawn.len() <= layout.placed.len(), "{}", drawn.len());
        for (look, figure) in &drawn {
            match figure {
                Figure::Disc { y, r, .. } => {
                    assert_eq!(*y, 30.0 + POINT_Y);
                    assert_eq!(*r, if *look == Look::Cluster { 13.0 } else { 6.0 });
                }
                Figure::Rect { y, h, .. } => assert!(*y < 30.0 + POINT_Y && *h == 7.0),
            }
        }
        // Moved a screen away: nothing is drawn.
        let away = [LaneView { layout: &layout, k, t: t + 5000.0, top: 30.0 }];
        let mut none = 0;
        figures(&away, &model, (0.0, 1000.0), None, |_, _| none += 1);
        assert_eq!(none, 0);
    }

    #[test]
    fn a_stretched_lane_moves_its_marks_but_keeps_their_size() {
        let model = Shared::new(Model::from_shared(crate::library::Base::seeds().bundle));
        let shown = Shared::new(model.order.clone());
        let lanes = Shared::new(assign_lanes(&model, &shown, LaneMode::Single));
        let window = model.story_window().expect("events");
        let selected = model.order[model.order.len() / 2];
        let data = LayoutData { model: model.clone(), shown, lanes, selected: Some(selected) };
        let layout = lay_out_lane(StripBasis::at_rest(window, 1000.0), &data, 0);
        let zoomed = window.zoom(2.0, window.centre());
        let discs = |w: Window| {
            let (k, t) = layout.placement(w, 1000.0);
            let view = [LaneView { layout: &layout, k, t, top: 0.0 }];
            let mut out = Vec::new();
            let chosen = figures(&view, &model, (-1e9, 1e9), Some(selected), |_, figure| {
                if let Figure::Disc { x, r, .. } = figure {
                    out.push((x, r));
                }
            });
            (out, chosen)
        };
        let ((before, chosen_before), (after, chosen_after)) = (discs(window), discs(zoomed));
        assert_eq!(before.len(), after.len());
        let centre = 500.0;
        for ((x0, r0), (x1, r1)) in before.iter().zip(&after) {
            assert_eq!(r0, r1, "a point keeps its size");
            assert!(((x1 - centre) - 2.0 * (x0 - centre)).abs() < 1e-6, "{x0} → {x1}");
        }
        assert!(chosen_before.is_some() && chosen_after.is_some(), "the selected event is drawn");
    }
}
