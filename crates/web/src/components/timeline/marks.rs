//! One lane's marks and labels as SVG ([`LaneMarks`]), from its layout.

use yew::prelude::*;

use super::strips::LaneLayout;
use super::*;
use crate::i18n::{fill, t};
use crate::view::calendar::date_of;
use crate::view::date_label::interval_label;
use crate::view::layout::{fit_label, LabelBox, Placed, Shape};
use crate::view::svg::{milli, num};
use dateline_core::bundle::Status;
use dateline_core::{Basis, Precision};

#[derive(Properties, PartialEq)]
pub(super) struct LaneMarksProps {
    pub(super) layout: Shared<LaneLayout>,
    pub(super) model: Shared<Model>,
    /// The lane's top edge.
    pub(super) top: f64,
    /// The roving tab stop, when it is in this lane.
    pub(super) tab_stop: Option<usize>,
    pub(super) selected: Option<usize>,
    pub(super) search: AttrValue,
}

/// One lane's marks and labels, in strip coordinates. Rendered only when the lane's layout (or
/// the selection, search or tab stop) changes, not on every frame of a pan or zoom.
#[function_component(LaneMarks)]
pub(super) fn lane_marks(props: &LaneMarksProps) -> Html {
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
                "mark",
                if e.status == Status::Expected { "ev-expected" } else { "ev-happened" },
                if e.when.basis == Basis::Inferred { "ev-inferred" } else { "ev-stated" },
                selected.then_some("selected"),
                (!props.search.trim().is_empty()).then_some("match"),
            );
            // The shape is the button itself: one element per event (a `<g>` around it doubled
            // the elements to style, lay out and paint on every frame of a zoom). No separate,
            // larger hit shapes either: the shape's bounding box takes the pointer (CSS). A
            // point is a rectangle rounded into a circle, so that both shapes are one element
            // type (one element in the wasm, not two: the page is at its size budget).
            let (shape_class, x, y, w, h, r) = match *shape {
                Shape::Point { x } => ("point", x - 6.0, cy - 6.0, 12.0, "12", "6"),
                Shape::Band { x0, x1, row } => {
                    ("band", x0, top + BAND_Y + BAND_ROW_H * row as f64, x1 - x0, "7", "2")
                }
            };
            html! {
                <rect class={classes!(classes, shape_class)} key={format!("e{i}")} role="button"
                    tabindex={if tab_stop == Some(i) { "0" } else { "-1" }}
                    aria-label={AttrValue::from(props.model.name(i))}
                    aria-pressed={if selected { "true" } else { "false" }}
                    data-event-index={i.to_string()} data-event-id={e.id.clone()}
                    x={num(x)} y={num(y)} width={num(w)} height={h} rx={r} />
            }
        }
    }
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
fn hit(label: &str, search: &str) -> Option<(usize, usize)> {
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
