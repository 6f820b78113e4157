//! The story view: one event at a time, large — its date, title, the sentence it was read
//! from as a pull quote with its outlet, its participants — then the previous or next event in
//! time order (buttons, ← → Home End anywhere in the view, or a horizontal swipe on a touch
//! screen). It shows the selection, so the timeline, the URL hash and the story always agree;
//! stepping moves the selection.
//!
//! A function rather than a component: the only state it keeps, where a swipe started, lives
//! on its element (`data-touch`), and each component type costs about 2 KB of the page's wasm.

use wasm_bindgen::JsCast;
use web_sys::{Element, KeyboardEvent, PointerEvent};
use yew::prelude::*;

use crate::i18n::{fill, t};

use crate::state::{Action, Step};
use crate::view::date_label::date_label;
use crate::view::model::Model;

/// A touch moving this far sideways is a swipe to the previous or next event.
const SWIPE_PX: i32 = 60;

/// The story of the events `shown` (in time order), at the `selected` one.
pub fn story_view(
    model: &Model,
    shown: &[usize],
    selected: Option<usize>,
    on_action: &Callback<Action>,
) -> Html {
    let position = selected.and_then(|s| shown.iter().position(|&i| i == s));
    let (Some(position), Some(&event)) = (position, position.and_then(|p| shown.get(p))) else {
        return html! {
            <section class="story" aria-label={t().story}>
                <p class="story-empty">{ t().no_matches }</p>
            </section>
        };
    };
    let e = &model.bundle.events[event];
    let step = |step: Step| {
        let on_action = on_action.clone();
        Callback::from(move |_: MouseEvent| {
            on_action.emit(Action::Step { step, from: Some(event) })
        })
    };
    let onkeydown = {
        let on_action = on_action.clone();
        Callback::from(move |e: KeyboardEvent| {
            let step = match e.key().as_str() {
                "ArrowRight" => Step::Next,
                "ArrowLeft" => Step::Previous,
                "Home" => Step::First,
                "End" => Step::Last,
                _ => return,
            };
            e.prevent_default();
            on_action.emit(Action::Step { step, from: Some(event) });
        })
    };
    // Where a touch or pen went down ("x y" on the element), to tell a swipe from a tap.
    let onpointerdown = Callback::from(|e: PointerEvent| {
        if let (true, Some(el)) = (e.pointer_type() != "mouse", current(&e)) {
            let _ = el.set_attribute("data-touch", &format!("{} {}", e.client_x(), e.client_y()));
        }
    });
    let onpointerup = {
        let on_action = on_action.clone();
        Callback::from(move |e: PointerEvent| {
            let Some(el) = current(&e) else { return };
            let start = el.get_attribute("data-touch");
            let _ = el.remove_attribute("data-touch");
            let mut start =
                start.iter().flat_map(|s| s.split(' ')).filter_map(|n| n.parse::<i32>().ok());
            let (Some(x), Some(y)) = (start.next(), start.next()) else { return };
            let (dx, dy) = (e.client_x() - x, e.client_y() - y);
            if dx.abs() >= SWIPE_PX && dx.abs() > 2 * dy.abs() {
                let step = if dx < 0 { Step::Next } else { Step::Previous };
                on_action.emit(Action::Step { step, from: Some(event) });
            }
        })
    };
    // The first source's sentence, with where it was published.
    let quote = e.sources.iter().find_map(|source| {
        let text = model.excerpt(&source.article, source.start, source.end)?;
        let article =
            model.article_by_id.get(&source.article).and_then(|&a| model.bundle.articles.get(a))?;
        Some((
            text.trim().to_string(),
            article.outlet.clone().unwrap_or_else(|| article.title.clone()),
        ))
    });
    let people: Vec<&str> = e.participants.iter().map(|p| model.entity_name(p)).collect();
    // At either end the button stays focusable (a disabled one would drop the focus of a
    // reader who pressed it to get there) and says it leads nowhere.
    let last = shown.len() - 1;
    let t = t();
    let position_text = fill(t.story_position, &[("k", &(position + 1)), ("n", &shown.len())]);
    html! {
        <section class="story" aria-labelledby="story-title" aria-roledescription={t.story}
            {onkeydown} {onpointerdown} {onpointerup}>
            <p class="story-position">{ position_text }</p>
            <p class="story-date">{ date_label(&e.when) }</p>
            <h2 id="story-title" class="story-title" data-event-id={e.id.clone()}>{ &e.title }</h2>
            if let Some((text, outlet)) = quote {
                <figure class="story-quote">
                    <blockquote><p>{ text }</p></blockquote>
                    <figcaption>{ "— " }<cite>{ outlet }</cite></figcaption>
                </figure>
            }
            if !people.is_empty() {
                <p class="story-people">{ fill(t.story_with, &[("names", &people.join(t.list_sep))]) }</p>
            }
            <nav class="story-nav" aria-label={t.story_nav}>
                <button type="button" class="story-previous" aria-disabled={(position == 0).then_some("true")} onclick={step(Step::Previous)}>
                    <span aria-hidden="true">{ "← " }</span>{ t.previous }
                </button>
                <button type="button" class="story-next" aria-disabled={(position == last).then_some("true")} onclick={step(Step::Next)}>
                    { t.next }<span aria-hidden="true">{ " →" }</span>
                </button>
            </nav>
            <p class="story-keys muted">{ t.story_keys }</p>
        </section>
    }
}

/// The element a pointer event's listener is on.
fn current(e: &PointerEvent) -> Option<Element> {
    e.current_target()?.dyn_into::<Element>().ok()
}
