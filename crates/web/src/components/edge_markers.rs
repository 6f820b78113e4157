//! Edge markers: the nearest event before and after the timeline's window, as buttons at its
//! edges ("← 1953 · Signing of an armistice"). Activating one selects that event and brings it
//! into view, so events outside the opening window (`view::story`) are one click or key away.
//!
//! A function rather than a component: it keeps no state, and each component type costs about
//! 2 KB of the page's wasm (Yew's lifecycle is instantiated per type).

use yew::prelude::*;

use crate::state::Action;
use crate::view::model::Model;
use crate::view::scale::Window;
use crate::view::story::outside;

/// The markers for the events `shown` outside `window`.
pub fn edge_markers(
    model: &Model,
    shown: &[usize],
    window: Window,
    on_action: &Callback<Action>,
) -> Html {
    let (before, after) = outside(&model.extents, shown, window);
    if before.is_empty() && after.is_empty() {
        // The row keeps its height, so the timeline does not move as markers come and go.
        return html! { <div class="edge-markers" /> };
    }
    let marker = |side: &'static str, events: &[usize], nearest: Option<usize>| -> Html {
        let Some(i) = nearest else { return html! { <span class={side} /> } };
        let e = &model.bundle.events[i];
        let year = e.when.start.year();
        let more = events.len() - 1;
        let on_action = on_action.clone();
        let onclick = Callback::from(move |_: MouseEvent| on_action.emit(Action::Reveal(i)));
        let (arrow, hidden) = if side == "edge-before" {
            ("←", "Earlier event, outside the view: ")
        } else {
            ("→", "Later event, outside the view: ")
        };
        let text = format!("{year} · {}", e.title);
        html! {
            <button type="button" class={classes!("edge-marker", side)} data-event-id={e.id.clone()}
                title={model.names[i].to_string()} {onclick}>
                <span class="visually-hidden">{ hidden }</span>
                if side == "edge-before" { <span aria-hidden="true">{ arrow }{ " " }</span> }
                <span class="edge-text">{ text }</span>
                if more > 0 { <span class="edge-more">{ format!(" +{more}") }<span class="visually-hidden">{ " more" }</span></span> }
                if side == "edge-after" { <span aria-hidden="true">{ " " }{ arrow }</span> }
            </button>
        }
    };
    html! {
        <nav class="edge-markers" aria-label="Events outside the view">
            { marker("edge-before", &before, before.last().copied()) }
            { marker("edge-after", &after, after.first().copied()) }
        </nav>
    }
}
