//! The root component: holds the explorer state (a reducer), loads the bundle, keeps the URL
//! hash in step and lays out the page.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::i18n::{count, fill, t};

use crate::components::article_list::{ArticleList, ArticleSummary};
use crate::components::article_reader::ArticleReader;
use crate::components::edge_markers::edge_markers;
use crate::components::entity_card::{entity_card, EntityCardProps};
use crate::components::event_detail::EventDetail;
use crate::components::event_list::{event_list, EventListProps};
use crate::components::export::Export;
use crate::components::filters::Filters;
use crate::components::import::ImportPanel;
use crate::components::legend::legend;
use crate::components::overview::Overview;
use crate::components::people::People;
use crate::components::quotes::Quotes;
use crate::components::story::story_view;
use crate::components::timeline::Timeline;
use crate::components::toolbar::Toolbar;
use crate::hooks::use_bundle_loader::use_bundle_loader;
use crate::hooks::use_hash_sync::use_hash_sync;
use crate::library::{self, Base, UserArticle};
use crate::shared::Shared;
use crate::state::{Action, Explorer, Load};
use crate::store;
use crate::view::hash::ViewMode;
use crate::view::scale::Window;

/// The performance mark set on the first frame painted with the loaded bundle (benchmarks
/// read it).
const FIRST_PAINT_MARK: &str = "dateline:first-timeline-paint";

#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(Explorer::default);
    use_bundle_loader(state.dispatcher());
    use_hash_sync(&state);
    crate::embed::use_start_date(&state);
    // One callback for the app's lifetime: a new one each render would make every child's
    // props differ, re-rendering the article list and panels on every frame of a pan.
    let on_action = {
        let dispatcher = state.dispatcher();
        use_callback((), move |action: Action, _| dispatcher.dispatch(action))
    };
    let on_window = {
        let on_action = on_action.clone();
        use_callback((), move |window, _| on_action.emit(Action::SetWindow(window)))
    };
    let on_range = {
        let on_action = on_action.clone();
        use_callback((), move |range, _| on_action.emit(Action::SetRange(Some(range))))
    };
    // "Only the dates in view" reads the window when clicked: the filters panel is not given
    // the window itself, or it would re-render (hundreds of options) on every frame of a pan.
    let latest_window = use_mut_ref(|| state.window);
    *latest_window.borrow_mut() = state.window;
    let on_range_from_window = {
        let on_action = on_action.clone();
        use_callback((), move |(), _| {
            let window = *latest_window.borrow();
            let range = Window { start: window.start.floor(), end: window.end.ceil() };
            on_action.emit(Action::SetRange(Some(range)))
        })
    };
    let ready = state.load != Load::Loading;
    use_effect_with(ready, |ready| {
        if *ready {
            mark_next_frame(FIRST_PAINT_MARK);
        }
    });
    // Opening an article scrolls the reader into view.
    use_effect_with(state.article.clone(), |article| {
        if article.is_some() {
            if let Some(el) = gloo::utils::document().get_element_by_id("reader-heading") {
                el.scroll_into_view();
            }
        }
    });

    let model = state.model.clone();
    let articles = use_memo((model.clone(), state.user.clone()), |(model, user)| {
        let mut events = vec![0; model.bundle.articles.len()];
        for event in &model.bundle.events {
            let mut seen: Vec<usize> = event
                .sources
                .iter()
                .filter_map(|s| model.article_by_id.get(&s.article).copied())
                .collect();
            seen.sort_unstable();
            seen.dedup();
            seen.into_iter().for_each(|a| events[a] += 1);
        }
        model
            .bundle
            .articles
            .iter()
            .zip(events)
            .map(|(a, events)| ArticleSummary {
                id: a.id.clone().into(),
                title: a.title.clone().into(),
                events,
                mine: user.iter().any(|u| library::owns(u.id(), &a.id)),
            })
            .collect::<Vec<_>>()
    });
    let taken = use_memo(articles.clone(), |articles| {
        articles.iter().map(|a| a.id.to_string()).collect::<Vec<_>>()
    });
    let taken = std::rc::Rc::new((*taken).clone());
    let on_remove = {
        let dispatcher = state.dispatcher();
        use_callback((state.base.clone(), state.user.clone()), move |id: String, (base, user)| {
            remove_article(base.clone(), user.clone(), id, dispatcher.clone())
        })
    };

    let t = t();
    html! {
        <>
            <header class="masthead">
                <h1>{ "Dateline" }</h1>
                <p class="tagline">{ t.tagline }</p>
            </header>
            <main id="main" class={classes!(state.more.then_some("more"))} aria-busy={(state.restoring > 0 || state.opening_store).then_some("true")}>
                if let Load::Failed(message) = &state.load {
                    <p class="load-error" role="alert">{ message }</p>
                }
                if state.restoring > 0 {
                    <p class="loading restoring" role="status">{ count(state.restoring, t.reading_saved) }</p>
                }
                // What the story is about, its size and span (`view::story::corpus_summary`).
                if ready {
                    <header class="corpus-header">
                        <h2 class="corpus-title">{ &model.summary.0 }</h2>
                        <p class="corpus-meta">{ &model.summary.1 }</p>
                    </header>
                }
                <section class="explorer" aria-labelledby="timeline-heading">
                    <h2 id="timeline-heading" class="visually-hidden">{ t.timeline_heading }</h2>
                    <Toolbar lanes={state.lanes_mode} view={state.view} text={state.filter.text.clone()} on_action={on_action.clone()} />
                    <Filters model={model.clone()} filter={state.filter.clone()} on_range_from_window={on_range_from_window} on_action={on_action.clone()} />
                    // In a container of their own: a card coming or going must not shift the
                    // siblings Yew matches by position (which would re-create the filters).
                    <div class="entity-cards">
                        { for state.filter.entities.iter().map(|entity| entity_card(&EntityCardProps {
                            model: model.clone(), entity: entity.clone().into(), on_action: on_action.clone(),
                        })) }
                    </div>
                    if !ready {
                        <p class="loading" role="status">{ t.reading_articles }</p>
                    } else if state.view == ViewMode::Timeline {
                        { edge_markers(&model, &state.shown, state.window, &on_action) }
                        <Timeline model={model.clone()} shown={state.shown.clone()} lanes={state.lanes.clone()}
                            window={state.window} selected={state.selected} focus_request={state.focus_request}
                            search={state.filter.text.clone()}
                            on_action={on_action.clone()} />
                        <Overview model={model.clone()} shown={state.shown.clone()} window={state.window}
                            range={state.filter.range} on_window={on_window} on_range={on_range} />
                    } else if state.view == ViewMode::Story {
                        { story_view(&model, &state.shown, state.selected, &on_action) }
                    } else if state.view == ViewMode::List {
                        { event_list(&EventListProps { model: model.clone(), shown: state.shown.clone(), selected: state.selected, on_action: on_action.clone() }) }
                    } else if state.view == ViewMode::People {
                        <People model={model.clone()} on_action={on_action.clone()} />
                    } else {
                        <Quotes model={model.clone()} on_action={on_action.clone()} />
                    }
                    // The key to the marks, where there are marks.
                    if state.view == ViewMode::Timeline {
                        { legend() }
                    }
                    <Export json={state.json.clone()} />
                </section>
                <div class="panels">
                    <EventDetail model={model.clone()} selected={state.selected} on_action={on_action.clone()} />
                    if let Some(article) = &state.article {
                        <ArticleReader model={model.clone()} article={article.clone()} selected={state.selected} on_action={on_action.clone()} />
                    }
                </div>
                // Shown only in an embed's compact default (embed.css, element.css): the rest
                // of the explorer, on request.
                <button type="button" class="more-toggle" aria-expanded={state.more.to_string()}
                    onclick={let on_action = on_action.clone(); move |_| on_action.emit(Action::ToggleMore)}>
                    { if state.more { t.less } else { t.more } }
                </button>
                <ArticleList articles={(*articles).clone()} on_action={on_action.clone()} {on_remove} />
                <ImportPanel {taken} base={state.base.clone()} user={state.user.clone()} on_action={on_action.clone()} />
                if !model.bundle.warnings.is_empty() {
                    <details class="warnings">
                        <summary>{ count(model.bundle.warnings.len(), t.input_notes) }</summary>
                        <ul>{ for model.bundle.warnings.iter().map(|w| html! { <li>{ &w.message }</li> }) }</ul>
                    </details>
                }
            </main>
            <div class="visually-hidden announcer" role="status" aria-live="polite">{ &state.announcement }</div>
        </>
    }
}

/// Takes one of the reader's articles off the timeline (the worker merges the others again)
/// and out of the browser's storage.
fn remove_article(
    base: Shared<Base>,
    user: Shared<Vec<UserArticle>>,
    id: String,
    dispatcher: UseReducerDispatcher<Explorer>,
) {
    // A record of an export goes with its whole file.
    let id = user.iter().find(|u| library::owns(&u.id, &id)).map_or(id, |u| u.id.clone());
    let others: Vec<UserArticle> = user.iter().filter(|u| u.id != id).cloned().collect();
    wasm_bindgen_futures::spawn_local(async move {
        match library::read(&base, others, Vec::new(), &|_| {}, &|| true).await {
            Ok(merged) => dispatcher.dispatch(Action::Merged {
                user: Shared::new(merged.user),
                bundle: merged.bundle,
                json: merged.json,
                announcement: fill(t().article_removed, &[("id", &id)]),
                reload: None,
            }),
            Err(why) => {
                dispatcher
                    .dispatch(Action::LoadFailed(format!("{id} could not be removed: {why}")));
                return;
            }
        }
        // Off the timeline; if the browser cannot forget it, it comes back on the next load,
        // which the console says.
        if let Err(e) = store::remove(&id).await {
            gloo::console::warn!(format!("could not forget {id}: {e}"));
        }
    });
}

/// Sets a performance mark in the next animation frame, i.e. once the current DOM has been
/// laid out and is about to be painted.
fn mark_next_frame(name: &'static str) {
    let window = gloo::utils::window();
    let callback = Closure::once_into_js(move || {
        if let Some(performance) = gloo::utils::window().performance() {
            let _ = performance.mark(name);
        }
    });
    let _ = window.request_animation_frame(callback.unchecked_ref());
}
