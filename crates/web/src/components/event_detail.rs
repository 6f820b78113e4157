//! The selected event in full: date with precision and basis, participants (each following to
//! its entity), every source with its supporting sentence, conflicting dates and nearby quotes.

use crate::shared::Shared;

use dateline_core::bundle::{Event, Status};
use yew::prelude::*;

use crate::i18n::{fill, t};

use crate::state::Action;
use crate::view::date_label::{basis_phrase, date_label, precision_phrase};
use crate::view::lanes::kind_name;
use crate::view::model::Model;

/// Quotes whose start is this close (in bytes) to a source sentence count as "near" it.
const NEAR_BYTES: usize = 600;

#[derive(Properties, PartialEq)]
pub struct EventDetailProps {
    pub model: Shared<Model>,
    pub selected: Option<usize>,
    pub on_action: Callback<Action>,
}

#[function_component(EventDetail)]
pub fn event_detail(props: &EventDetailProps) -> Html {
    let Some(event) = props.selected.and_then(|i| props.model.bundle.events.get(i)) else {
        return html! {
            <section class="detail detail-empty" aria-labelledby="detail-heading">
                <h2 id="detail-heading">{ t().event }</h2>
                <p>{ t().select_prompt }</p>
            </section>
        };
    };
    let model = &props.model;
    html! {
        <section class="detail" aria-labelledby="detail-heading" data-event-id={event.id.clone()}>
            <h2 id="detail-heading">{ &event.title }</h2>
            <p class="detail-date">
                <strong class="date-label">{ date_label(&event.when) }</strong>
                <span class="date-precision">{ format!(" — {}, {}", precision_phrase(event.when.precision), basis_phrase(event.when.basis)) }</span>
            </p>
            <p class="detail-meta">
                <span class={classes!("status", if event.status == Status::Expected { "status-expected" } else { "status-happened" })}>
                    { if event.status == Status::Expected { t().expected_or_planned } else { t().happened } }
                </span>
                { " · " }<span class="kind">{ kind_name(&event.kind) }</span>
            </p>
            { participants(model, event, &props.on_action) }
            { direction(model, event) }
            { sources(model, event, &props.on_action) }
            { conflicts(model, event) }
            { quotes_near(model, event) }
        </section>
    }
}

fn participants(model: &Model, event: &Event, on_action: &Callback<Action>) -> Html {
    if event.participants.is_empty() {
        return html! {};
    }
    html! {
        <>
            <h3>{ t().participants }</h3>
            <ul class="participants">
                { for event.participants.iter().map(|id| {
                    let on_action = on_action.clone();
                    let entity = id.clone();
                    let onclick = Callback::from(move |_: MouseEvent| on_action.emit(Action::SetEntity(Some(entity.clone()))));
                    html! {
                        <li>
                            <button type="button" class="link entity-link" data-entity-id={id.clone()} {onclick}
                                title={t().show_participant}>{ model.entity_name(id) }</button>
                        </li>
                    }
                }) }
            </ul>
        </>
    }
}

/// "From Moon Jae-in to Kim Jong Un", for a letter whose articles say who wrote to whom.
fn direction(model: &Model, event: &Event) -> Html {
    let names = |ids: &[String]| {
        ids.iter().map(|id| model.entity_name(id)).collect::<Vec<_>>().join(t().list_sep)
    };
    match (event.senders.is_empty(), event.recipients.is_empty()) {
        (true, true) => html! {},
        (false, true) => {
            html! { <p class="direction">{ fill(t().letter_from, &[("from", &names(&event.senders))]) }</p> }
        }
        (true, false) => {
            html! { <p class="direction">{ fill(t().letter_to, &[("to", &names(&event.recipients))]) }</p> }
        }
        (false, false) => html! {
            <p class="direction">{ fill(t().letter_from_to, &[("from", &names(&event.senders)), ("to", &names(&event.recipients))]) }</p>
        },
    }
}

fn sources(model: &Model, event: &Event, on_action: &Callback<Action>) -> Html {
    html! {
        <>
            <h3>{ fill(t().sources, &[("n", &event.sources.len())]) }</h3>
            <ul class="sources">
                { for event.sources.iter().map(|source| {
                    let on_action = on_action.clone();
                    let article = source.article.clone();
                    let onclick = Callback::from(move |_: MouseEvent| on_action.emit(Action::OpenArticle(Some(article.clone()))));
                    html! {
                        <li class="source" data-article-id={source.article.clone()}>
                            <cite class="source-title">{ model.article_title(&source.article) }</cite>
                            if let Some(text) = model.excerpt(&source.article, source.start, source.end) {
                                <blockquote class="source-sentence">{ text.trim() }</blockquote>
                            }
                            <button type="button" class="link open-reader" {onclick}>{ t().read_in_article }</button>
                        </li>
                    }
                }) }
            </ul>
        </>
    }
}

fn conflicts(model: &Model, event: &Event) -> Html {
    if event.conflicts.is_empty() {
        return html! {};
    }
    html! {
        <>
            <h3 class="conflicts-heading">{ t().conflicting_dates }</h3>
            <ul class="conflicts">
                { for event.conflicts.iter().map(|c| html! {
                    <li>
                        <strong>{ date_label(&c.when) }</strong>
                        { fill(t().according_to, &[("article", &model.article_title(&c.source.article))]) }
                        if let Some(text) = model.excerpt(&c.source.article, c.source.start, c.source.end) {
                            <blockquote>{ text.trim() }</blockquote>
                        }
                    </li>
                }) }
            </ul>
        </>
    }
}

fn quotes_near(model: &Model, event: &Event) -> Html {
    let mut near = Vec::new();
    for source in &event.sources {
        let Some(&a) = model.article_by_id.get(&source.article) else { continue };
        for quote in &model.bundle.articles[a].quotes {
            let distance = quote.start.abs_diff(source.start).min(quote.end.abs_diff(source.end));
            if distance <= NEAR_BYTES && !near.iter().any(|(q, _): &(&str, _)| *q == quote.text) {
                near.push((quote.text.as_str(), quote.speaker.as_deref()));
            }
        }
    }
    if near.is_empty() {
        return html! {};
    }
    html! {
        <>
            <h3>{ t().quotes_nearby }</h3>
            <ul class="quotes">
                { for near.iter().map(|(text, speaker)| html! {
                    <li><q>{ *text }</q>{ speaker.map(|s| format!(" — {}", model.entity_name(s))).unwrap_or_default() }</li>
                }) }
            </ul>
        </>
    }
}
