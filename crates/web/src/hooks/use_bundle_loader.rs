//! Loads the corpus once at start-up: the embedded seed articles through the core's pipeline,
//! or, with `?bundle=<url>`, a bundle JSON from the page's own origin (embedding, benchmarks
//! and end-to-end fixtures use this), plus the articles the reader added earlier (kept in
//! IndexedDB). Other origins are refused: the page makes no request anywhere but its own
//! origin.

use crate::shared::Shared;

use dateline_core::bundle::{Bundle, SCHEMA};
use dateline_core::corpus::{analyze, Source};
use yew::prelude::*;

use crate::bundle_json::parse_bundle;
use crate::library::{read_article, Base, UserArticle};
use crate::state::{Action, Explorer};
use crate::store;
use crate::view::hash::HashState;

/// Starts loading when the app mounts and dispatches `LoadedCorpus` (then `LoadFailed` with a
/// message when something could not be loaded; the page keeps what it has).
#[hook]
pub fn use_bundle_loader(dispatch: UseReducerDispatcher<Explorer>) {
    // A hosting page (the custom element) hands over the corpus itself.
    let host = use_context::<crate::embed::Host>();
    use_effect_with((), move |_| {
        if let Some(host) = host {
            crate::embed::host_actions(&host).into_iter().for_each(|a| dispatch.dispatch(a));
            return;
        }
        // IndexedDB opens while the seeds are analysed.
        let stored = store::load_all();
        wasm_bindgen_futures::spawn_local(async move {
            let location = gloo::utils::window().location();
            let hash = HashState::parse(&location.hash().unwrap_or_default());
            let (base, mut problem) = match bundle_url() {
                Ok(None) => (seeds(), None),
                Ok(Some(url)) => match fetch_bundle(&url).await {
                    Ok(bundle) => (Base::Bundle(std::rc::Rc::new(bundle)), None),
                    Err(message) => (seeds(), Some(message)),
                },
                Err(message) => (seeds(), Some(message)),
            };
            let user = match stored.await {
                Ok(stored) => stored
                    .iter()
                    .filter_map(|s| read_article(&s.id, &s.name, &s.bytes).ok())
                    .collect::<Vec<UserArticle>>(),
                Err(e) => {
                    let note = format!("Your saved articles could not be read: {e}.");
                    problem = Some(problem.map_or(note.clone(), |p| format!("{p} {note}")));
                    Vec::new()
                }
            };
            dispatch.dispatch(Action::LoadedCorpus {
                base: Shared::new(base),
                user: Shared::new(user),
                hash,
            });
            if let Some(message) = problem {
                dispatch.dispatch(Action::LoadFailed(message));
            }
        });
    });
}

/// The embedded seed articles, analysed by the core.
fn seeds() -> Base {
    Base::Sources(
        dateline_seeds::SEEDS
            .iter()
            .map(|s| analyze(Source { id: s.id, bytes: s.bytes }))
            .collect(),
    )
}

/// The `?bundle=` URL, resolved against the page; an error when it leaves the page's origin.
fn bundle_url() -> Result<Option<String>, String> {
    let location = gloo::utils::window().location();
    let search = location.search().unwrap_or_default();
    let params = web_sys::UrlSearchParams::new_with_str(&search).map_err(|_| "bad query")?;
    let Some(raw) = params.get("bundle") else { return Ok(None) };
    let href = location.href().unwrap_or_default();
    let url = web_sys::Url::new_with_base(&raw, &href)
        .map_err(|_| format!("The bundle address “{raw}” is not a valid URL."))?;
    if url.origin() != location.origin().unwrap_or_default() {
        return Err(format!(
            "The bundle “{raw}” is on another site; Dateline only loads bundles from its own \
             origin. Showing the built-in articles instead."
        ));
    }
    Ok(Some(url.href()))
}

async fn fetch_bundle(url: &str) -> Result<Bundle, String> {
    let response = gloo::net::http::Request::get(url)
        .send()
        .await
        .map_err(|e| format!("Could not load the bundle {url}: {e}"))?;
    if !response.ok() {
        return Err(format!("Could not load the bundle {url}: HTTP {}", response.status()));
    }
    let text = response.text().await.map_err(|e| format!("Could not read the bundle: {e}"))?;
    let bundle = parse_bundle(&text)
        .map_err(|e| format!("The bundle {url} is not a dateline bundle: {e}"))?;
    if bundle.schema != SCHEMA {
        return Err(format!("The bundle {url} has schema “{}”, expected {SCHEMA}.", bundle.schema));
    }
    Ok(bundle)
}
