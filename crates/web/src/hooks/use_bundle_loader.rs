//! Loads the bundle once at start-up: the embedded seed articles through the core's pipeline,
//! or, with `?bundle=<url>`, a bundle JSON from the page's own origin (embedding, benchmarks
//! and end-to-end fixtures use this). Other origins are refused: the page makes no request
//! anywhere but its own origin.

use crate::shared::Shared;

use dateline_core::bundle::{Bundle, SCHEMA};
use dateline_core::corpus::{build_bundle, Source};
use yew::prelude::*;

use crate::bundle_json::parse_bundle;
use crate::state::{Action, Explorer};
use crate::view::hash::HashState;
use crate::view::model::Model;

/// Starts loading when the app mounts and dispatches `Loaded` or `LoadFailed`.
#[hook]
pub fn use_bundle_loader(dispatch: UseReducerDispatcher<Explorer>) {
    // A hosting page (the custom element) hands over the corpus itself.
    let host = use_context::<crate::embed::Host>();
    use_effect_with((), move |_| {
        if let Some(host) = host {
            crate::embed::host_actions(&host).into_iter().for_each(|a| dispatch.dispatch(a));
            return;
        }
        let location = gloo::utils::window().location();
        let hash = HashState::parse(&location.hash().unwrap_or_default());
        match bundle_url() {
            Ok(None) => dispatch.dispatch(Action::Loaded { model: seeds_model(), hash }),
            Ok(Some(url)) => wasm_bindgen_futures::spawn_local(async move {
                match fetch_bundle(&url).await {
                    Ok(bundle) => dispatch
                        .dispatch(Action::Loaded { model: Shared::new(Model::new(bundle)), hash }),
                    Err(message) => {
                        dispatch.dispatch(Action::Loaded { model: seeds_model(), hash });
                        dispatch.dispatch(Action::LoadFailed(message));
                    }
                }
            }),
            Err(message) => {
                dispatch.dispatch(Action::Loaded { model: seeds_model(), hash });
                dispatch.dispatch(Action::LoadFailed(message));
            }
        }
    });
}

/// The embedded seed articles, run through the core's pipeline.
fn seeds_model() -> Shared<Model> {
    let sources: Vec<Source<'_>> =
        dateline_seeds::SEEDS.iter().map(|s| Source { id: s.id, bytes: s.bytes }).collect();
    Shared::new(Model::new(build_bundle(&sources)))
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
