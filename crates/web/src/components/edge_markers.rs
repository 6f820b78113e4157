//! Edge markers: the most newsworthy event before and after the timeline's window (the
//! nearest of equals), as buttons at its edges ("← 1953 · Signing of an armistice +2 more").
//! Activating one selects that event and brings it into view, so events outside the opening
//! window (`view::story`) are one click or key away.
//!
//! A function rather than a component: it keeps no state, and each component type costs about
//! 2 KB of the page's wasm (Yew's lifecycle is instantiated per type).

use yew::prelude::*;

use crate::i18n::{fill, t};

use crate::state::Action;
use crate::view::model::Model;
use crate::view::scale::Window;
use crate::view::story::{outside, Outside};

/// The markers for the events `shown` outside `window`.
pub fn edge_markers(
    model: &Model,
    shown: &[usize],
    window: Window,
    on_action: &Callback<Action>,
) -> Html {
    let (before, after) = outside(&model.extents, &model.scores, shown, window);
    if before.is_none() && after.is_none() {
        // The row keeps its height, so the timeline does not move as markers come and go.
        return html! { <div class="edge-markers" /> };
    }
    let marker = |side: &'static str, outside: Option<Outside>| -> Html {
        let Some(Outside { event: i, count }) = outside else {
            return html! { <span class={side} /> };
        };
        let e = &model.bundle.events[i];
        let on_action = on_action.clone();
        let onclick = Callback::from(move |_: MouseEvent| on_action.emit(Action::Reveal(i)));
        let (arrow, hidden) = if side == "edge-before" {
            ("←", t().earlier_event)
        } else {
            ("→", t().later_event)
        };
        // The arrow is placed before or after the text by CSS (`.edge-after .edge-arrow`).
        html! {
            <button type="button" class={classes!("edge-marker", side)} data-event-id={e.id.clone()}
                title={model.name(i).to_string()} {onclick}>
                <span class="visually-hidden">{ hidden }</span>
                <span class="edge-arrow" aria-hidden="true">{ arrow }</span>
                <span class="edge-text">{ format!("{} · {}", e.when.start.year(), e.title) }</span>
                if count > 1 { <span class="edge-more">{ fill(t().more_outside, &[("n", &(count - 1))]) }</span> }
            </button>
        }
    };
    html! {
        <nav class="edge-markers" aria-label={t().outside_view}>
            { marker("edge-before", before) }
            { marker("edge-after", after) }
        </nav>
    }
}
