//! The list view: the same events as the timeline, as an ordered list, for reading and for
//! assistive technology.

use crate::shared::Shared;

use yew::prelude::*;

use crate::i18n::{fill, t};

use crate::state::Action;
use crate::view::date_label::date_label;
use crate::view::lanes::kind_name;
use crate::view::model::Model;

/// A list longer than this shows its first items and says how many more there are.
const MAX_ITEMS: usize = 500;

#[derive(Properties, PartialEq)]
pub struct EventListProps {
    pub model: Shared<Model>,
    pub shown: Shared<Vec<usize>>,
    pub selected: Option<usize>,
    pub on_action: Callback<Action>,
}

/// A function rather than a component (each component type costs about 2 KB of the page's
/// wasm): it is drawn only in the list view, where nothing re-renders it many times a second.
pub fn event_list(props: &EventListProps) -> Html {
    let model = &props.model;
    let total = props.shown.len();
    let t = t();
    html! {
        <section class="event-list-view" aria-labelledby="list-heading">
            <h2 id="list-heading">{ fill(t.events_heading, &[("n", &total)]) }</h2>
            <ol class="event-list">
                { for props.shown.iter().take(MAX_ITEMS).map(|&i| {
                    let e = &model.bundle.events[i];
                    let on_action = props.on_action.clone();
                    let onclick = Callback::from(move |_: MouseEvent| on_action.emit(Action::Select(Some(i))));
                    let selected = props.selected == Some(i);
                    html! {
                        <li key={i} class={classes!("event-item", selected.then_some("selected"))}>
                            <button type="button" aria-pressed={selected.to_string()} data-event-id={e.id.clone()} {onclick}>
                                <span class="date-label">{ date_label(&e.when) }</span>
                                <span class="title">{ &e.title }</span>
                                <span class="meta">{ format!("{} · {}{}", kind_name(&e.kind),
                                    if e.status == dateline_core::bundle::Status::Expected { t.expected } else { t.happened_short },
                                    if e.when.basis == dateline_core::Basis::Inferred { format!(" · {}", t.date_inferred) } else { String::new() }) }</span>
                            </button>
                        </li>
                    }
                }) }
            </ol>
            if total > MAX_ITEMS {
                <p class="note">{ fill(t.list_cut, &[("max", &MAX_ITEMS), ("n", &total)]) }</p>
            }
        </section>
    }
}
