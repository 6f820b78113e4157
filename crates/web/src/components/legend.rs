//! The legend: what points, bands, dashes, hollow marks and counts mean.
//!
//! A function rather than a component: it has no props or state, and each component type
//! costs about 2 KB of the page's wasm.

use yew::prelude::*;

use crate::i18n::t;

pub fn legend() -> Html {
    let swatch = |body: Html| html! { <svg class="swatch" width="34" height="18" aria-hidden="true">{ body }</svg> };
    let t = t();
    html! {
        <ul class="legend" aria-label={t.legend}>
            <li>{ swatch(html! { <g class="event ev-happened ev-stated"><circle class="mark point" cx="17" cy="9" r="6" /></g> }) }{ t.legend_items[0] }</li>
            <li>{ swatch(html! { <g class="event ev-happened ev-stated"><rect class="mark band" x="2" y="5" width="30" height="7" rx="2" /></g> }) }{ t.legend_items[1] }</li>
            <li>{ swatch(html! { <g class="event ev-happened ev-inferred"><rect class="mark band" x="2" y="5" width="30" height="7" rx="2" /></g> }) }{ t.legend_items[2] }</li>
            <li>{ swatch(html! { <g class="event ev-expected ev-stated"><circle class="mark point" cx="17" cy="9" r="6" /></g> }) }{ t.legend_items[3] }</li>
            <li>{ swatch(html! { <g class="cluster"><circle cx="17" cy="9" r="8" /><text x="17" y="12" text-anchor="middle">{ "3" }</text></g> }) }{ t.legend_items[4] }</li>
        </ul>
    }
}
