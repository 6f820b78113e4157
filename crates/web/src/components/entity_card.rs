//! The entity being followed: name, kind, aliases, roles, mention count, and a way back.

use crate::shared::Shared;

use dateline_core::bundle::EntityKind;
use yew::prelude::*;

use crate::i18n::{fill, t};

use crate::state::Action;
use crate::view::model::Model;

#[derive(Properties, PartialEq)]
pub struct EntityCardProps {
    pub model: Shared<Model>,
    pub entity: AttrValue,
    pub on_action: Callback<Action>,
}

/// A function rather than a component (each component type costs about 2 KB of the page's
/// wasm); keyed by the entity, so cards coming and going are matched by it.
pub fn entity_card(props: &EntityCardProps) -> Html {
    let model = &props.model;
    let Some(entity) =
        model.entity_by_id.get(props.entity.as_str()).and_then(|&i| model.bundle.entities.get(i))
    else {
        return html! {};
    };
    let t = t();
    let kind = t.entity_kinds[match entity.kind {
        EntityKind::Person => 0,
        EntityKind::Organization => 1,
        EntityKind::Place => 2,
        EntityKind::Other => 3,
    }];
    let on_action = props.on_action.clone();
    let clear = Callback::from(move |_: MouseEvent| on_action.emit(Action::SetEntity(None)));
    html! {
        <section class="entity-card" key={entity.id.clone()} aria-labelledby="entity-heading" data-entity-id={entity.id.clone()}>
            <h2 id="entity-heading">{ &entity.name }<span class="entity-kind">{ format!(" · {kind}") }</span></h2>
            if !entity.aliases.is_empty() {
                <p><span class="muted">{ t.also }</span>{ entity.aliases.join(", ") }</p>
            }
            if !entity.roles.is_empty() {
                <p><span class="muted">{ t.roles_prefix }</span>{ entity.roles.join("; ") }</p>
            }
            <p class="muted">{ fill(t.entity_note, &[("n", &entity.mentions.len())]) }</p>
            <button type="button" class="clear-entity" onclick={clear}>{ t.show_every_event }</button>
        </section>
    }
}
