//! Filters beside the search box: person, organization, place, kind, source article and a date
//! range (typed, or taken from the window in view; Shift+drag on the overview draws one).
//! Every filter lives in the URL hash.

use dateline_core::bundle::EntityKind;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::i18n::t;

use crate::shared::Shared;
use crate::state::Action;
use crate::view::hash::{iso_day, parse_day};
use crate::view::lanes::kind_name;
use crate::view::model::{Filter, Model};
use crate::view::scale::Window;

#[derive(Properties, PartialEq)]
pub struct FiltersProps {
    pub model: Shared<Model>,
    pub filter: Filter,
    /// "Only the dates in view": the window becomes the date range.
    pub on_range_from_window: Callback<()>,
    pub on_action: Callback<Action>,
}

/// The choices of one select: (value, label), most mentioned entities first.
type Choices = Vec<(String, String)>;

/// Everything the selects offer, made once per bundle.
#[derive(PartialEq)]
struct Options {
    people: Choices,
    organizations: Choices,
    places: Choices,
    kinds: Choices,
    sources: Choices,
}

fn options(model: &Model) -> Options {
    let entities = |kind: EntityKind| {
        let mut list: Vec<_> = model.bundle.entities.iter().filter(|e| e.kind == kind).collect();
        list.sort_by(|a, b| b.mentions.len().cmp(&a.mentions.len()).then(a.name.cmp(&b.name)));
        list.into_iter().map(|e| (e.id.clone(), e.name.clone())).collect()
    };
    let mut kinds: Vec<String> = model.bundle.events.iter().map(|e| e.kind.clone()).collect();
    kinds.sort();
    kinds.dedup();
    Options {
        people: entities(EntityKind::Person),
        organizations: entities(EntityKind::Organization),
        places: entities(EntityKind::Place),
        kinds: kinds.into_iter().map(|k| (kind_name(&k), k)).map(|(label, k)| (k, label)).collect(),
        sources: model.bundle.articles.iter().map(|a| (a.id.clone(), a.title.clone())).collect(),
    }
}

/// A labelled select with an "any" choice; `on_pick` gets `None` for "any".
fn select(
    id: &'static str,
    label: &'static str,
    choices: &Choices,
    current: Option<&str>,
    on_pick: Callback<Option<String>>,
) -> Html {
    let onchange = Callback::from(move |e: Event| {
        let value = e.target_unchecked_into::<HtmlSelectElement>().value();
        on_pick.emit((!value.is_empty()).then_some(value));
    });
    html! {
        <div class="filter">
            <label for={id}>{ label }</label>
            <select {id} {onchange} disabled={choices.is_empty()}>
                <option value="" selected={current.is_none()}>{ if choices.is_empty() { t().none_found } else { t().any } }</option>
                { for choices.iter().map(|(value, text)| html! {
                    <option value={value.clone()} selected={current == Some(value.as_str())}>{ text }</option>
                }) }
            </select>
        </div>
    }
}

#[function_component(Filters)]
pub fn filters(props: &FiltersProps) -> Html {
    // Open while a filter is on (the URL may set one), or when the reader opened it; clearing
    // the filters from inside keeps it open. The summary's click is handled here so the state
    // and the element agree.
    let opened = use_state_eq(|| false);
    let open = *opened || props.filter.is_active();
    // Rule "filters built when opened": the selects' choices (hundreds of `<option>`s on a
    // large corpus) are made and put in the DOM only while the panel is open, not before the
    // first paint of the timeline.
    let options =
        use_memo((props.model.clone(), open), |(model, open)| open.then(|| options(model)));
    let on_summary = {
        let opened = opened.clone();
        Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            opened.set(!open);
        })
    };
    let model = &props.model;
    let filter = &props.filter;
    let on_action = props.on_action.clone();
    let entity_of = |kind: EntityKind| {
        filter.entities.iter().find(|id| model.entity_kind(id) == Some(kind)).map(String::as_str)
    };
    let pick = |make: fn(Option<String>) -> Action| {
        let on_action = on_action.clone();
        Callback::from(move |value| on_action.emit(make(value)))
    };
    let range = filter.range;
    // An open end of a typed range is the corpus's first or last day.
    let full = model.full_extent().map_or((0.0, 0.0), |e| (e.start, e.end - 1.0));
    let on_day = |from: bool| {
        let on_action = on_action.clone();
        Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<HtmlInputElement>().value();
            let day = parse_day(&value).map(|d| d as f64);
            let (start, end) = range.map_or((None, None), |r| (Some(r.start), Some(r.end - 1.0)));
            let (start, end) = if from { (day, end) } else { (start, day) };
            let range = match (start, end) {
                (None, None) => None,
                (start, end) => {
                    let start = start.unwrap_or(full.0);
                    let end = end.unwrap_or(full.1);
                    Some(Window { start: start.min(end), end: start.max(end) + 1.0 })
                }
            };
            on_action.emit(Action::SetRange(range));
        })
    };
    let day_value = |day: Option<f64>| day.map(|d| iso_day(d.round() as i64)).unwrap_or_default();
    let use_window = props.on_range_from_window.reform(|_: MouseEvent| ());
    let clear = {
        let on_action = on_action.clone();
        let opened = opened.clone();
        Callback::from(move |_: MouseEvent| {
            opened.set(true);
            on_action.emit(Action::ClearFilters)
        })
    };
    let t = t();
    html! {
        <details class="filters" {open}>
            <summary onclick={on_summary}>{ if filter.is_active() { t.filters_on } else { t.filters } }</summary>
            if let Some(options) = options.as_ref() {
                <div class="filter-grid">
                    { select("filter-person", t.entity_kinds[0], &options.people, entity_of(EntityKind::Person),
                        pick(|v| Action::SetEntityOfKind(EntityKind::Person, v))) }
                    { select("filter-org", t.entity_kinds[1], &options.organizations, entity_of(EntityKind::Organization),
                        pick(|v| Action::SetEntityOfKind(EntityKind::Organization, v))) }
                    { select("filter-place", t.entity_kinds[2], &options.places, entity_of(EntityKind::Place),
                        pick(|v| Action::SetEntityOfKind(EntityKind::Place, v))) }
                    { select("filter-kind", t.kind, &options.kinds, filter.kind.as_deref(), pick(Action::SetKind)) }
                    { select("filter-source", t.source, &options.sources, filter.article.as_deref(), pick(Action::SetSourceFilter)) }
                    <div class="filter">
                        <label for="filter-from">{ t.from }</label>
                        <input id="filter-from" type="date" value={day_value(range.map(|r| r.start))} onchange={on_day(true)} />
                    </div>
                    <div class="filter">
                        <label for="filter-to">{ t.to }</label>
                        <input id="filter-to" type="date" value={day_value(range.map(|r| r.end - 1.0))} onchange={on_day(false)} />
                    </div>
                </div>
            }
            <div class="filter-actions">
                <button type="button" class="range-from-window" onclick={use_window}
                    title={t.range_from_window_title}>{ t.range_from_window }</button>
                <button type="button" class="clear-filters" onclick={clear} disabled={!filter.is_active()}>{ t.clear_filters }</button>
            </div>
        </details>
    }
}
