//! The legend: what points, bands, dashes, hollow marks and counts mean.

use yew::prelude::*;

#[function_component(Legend)]
pub fn legend() -> Html {
    let swatch = |body: Html| html! { <svg class="swatch" width="34" height="18" aria-hidden="true">{ body }</svg> };
    html! {
        <ul class="legend" aria-label="Legend">
            <li>{ swatch(html! { <g class="event ev-happened ev-stated"><circle class="mark point" cx="17" cy="9" r="6" /></g> }) }{ "Known to the day" }</li>
            <li>{ swatch(html! { <g class="event ev-happened ev-stated"><rect class="mark band" x="2" y="5" width="30" height="7" rx="2" /></g> }) }{ "Month, season or year (band)" }</li>
            <li>{ swatch(html! { <g class="event ev-happened ev-inferred"><rect class="mark band" x="2" y="5" width="30" height="7" rx="2" /></g> }) }{ "Inferred date (dashed)" }</li>
            <li>{ swatch(html! { <g class="event ev-expected ev-stated"><circle class="mark point" cx="17" cy="9" r="6" /></g> }) }{ "Expected or planned (hollow)" }</li>
            <li>{ swatch(html! { <g class="cluster"><circle cx="17" cy="9" r="8" /><text x="17" y="12" text-anchor="middle">{ "3" }</text></g> }) }{ "Several events: zoom in" }</li>
        </ul>
    }
}
