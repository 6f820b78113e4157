//! The controls above the timeline: zoom, fit, lanes, the view switch (timeline, list, people,
//! quotes) and the search box.

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::i18n::t;

use crate::components::timeline::KEY_ZOOM;
use crate::state::Action;
use crate::view::hash::ViewMode;
use crate::view::lanes::LaneMode;

#[derive(Properties, PartialEq)]
pub struct ToolbarProps {
    pub lanes: LaneMode,
    pub view: ViewMode,
    pub text: AttrValue,
    pub on_action: Callback<Action>,
}

#[function_component(Toolbar)]
pub fn toolbar(props: &ToolbarProps) -> Html {
    let emit = |action: Action| {
        let on_action = props.on_action.clone();
        Callback::from(move |_: MouseEvent| on_action.emit(action.clone()))
    };
    let onlanes = {
        let on_action = props.on_action.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            if let Some(mode) = LaneMode::parse(&select.value()) {
                on_action.emit(Action::SetLanes(mode));
            }
        })
    };
    let oninput = {
        let on_action = props.on_action.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            on_action.emit(Action::SetText(input.value()));
        })
    };
    let t = t();
    html! {
        <div class="toolbar" role="toolbar" aria-label={t.controls}>
            <div class="group">
                <button type="button" class="zoom-in" aria-label={t.zoom_in} title={t.zoom_in_title}
                    onclick={emit(Action::Zoom { factor: KEY_ZOOM, anchor: None })}>{ "+" }</button>
                <button type="button" class="zoom-out" aria-label={t.zoom_out} title={t.zoom_out_title}
                    onclick={emit(Action::Zoom { factor: 1.0 / KEY_ZOOM, anchor: None })}>{ "−" }</button>
                <button type="button" class="fit-all" title={t.fit_all_title}
                    onclick={emit(Action::FitAll)}>{ t.fit_all }</button>
            </div>
            <div class="group">
                <label for="lanes-select">{ t.lanes }</label>
                <select id="lanes-select" class="lanes-select" onchange={onlanes}>
                    { for LaneMode::ALL.iter().map(|mode| html! {
                        <option value={mode.as_str()} selected={*mode == props.lanes}>{ mode.label() }</option>
                    }) }
                </select>
            </div>
            <div class="group view-toggle" role="group" aria-label={t.view}>
                { for ViewMode::ALL.iter().map(|&view| html! {
                    <button type="button" class={format!("view-{}", view.as_str())} aria-pressed={(view == props.view).to_string()}
                        onclick={emit(Action::SetView(view))}>{ view.label() }</button>
                }) }
            </div>
            <div class="group search">
                <label for="filter-text">{ t.search }</label>
                <input id="filter-text" type="search" class="filter-text" placeholder={t.search_placeholder}
                    value={props.text.clone()} {oninput} />
            </div>
        </div>
    }
}
