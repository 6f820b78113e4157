//! The overview's density histogram: how many events fall in each few pixels of the whole
//! span. A component of its own so that moving the brush (every frame of a pan) does not
//! redraw hundreds of bars that did not change.

use yew::prelude::*;

use crate::shared::Shared;
use crate::view::model::Model;
use crate::view::scale::{Scale, Window};
use crate::view::svg::num;

/// Bars are this wide.
const BIN_PX: f64 = 3.0;

#[derive(Properties, PartialEq)]
pub struct DensityProps {
    pub model: Shared<Model>,
    pub shown: Shared<Vec<usize>>,
    /// The span the strip shows.
    pub strip: Window,
    pub width: f64,
    pub height: f64,
}

#[function_component(Density)]
pub fn density(props: &DensityProps) -> Html {
    let scale = Scale::new(props.strip, props.width);
    let bins = (props.width / BIN_PX).ceil().max(1.0) as usize;
    let mut counts = vec![0u32; bins];
    for &i in props.shown.iter() {
        let x = scale.x(props.model.extents[i].centre());
        if let Some(c) = counts.get_mut((x / BIN_PX).floor().max(0.0) as usize) {
            *c += 1;
        }
    }
    let max = f64::from(counts.iter().copied().max().unwrap_or(0).max(1));
    let room = props.height - 8.0;
    let bars = counts.iter().enumerate().filter(|(_, &c)| c > 0).map(|(b, &c)| {
        // Square root, so a single event next to a busy month still shows.
        let h = ((f64::from(c) / max).sqrt() * room).max(2.0);
        html! { <rect class="density" x={num(b as f64 * BIN_PX)} y={num(props.height - h)} width={num(BIN_PX - 0.5)} height={num(h)} /> }
    });
    html! { <g class="density-bars">{ for bars }</g> }
}
