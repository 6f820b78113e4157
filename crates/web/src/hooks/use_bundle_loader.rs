//! Loads the corpus once at start-up: the embedded articles' bundle (made at build time), or,
//! with `?bundle=<url>`, a bundle JSON from the page's own origin (embedding, benchmarks and
//! end-to-end fixtures use this). The timeline shows at once; the articles the reader added
//! earlier (kept in IndexedDB) follow when the parser worker has read them. Other origins are
//! refused: the page makes no request anywhere but its own origin.

use crate::shared::Shared;

use dateline_core::bundle::Bundle;
use yew::prelude::*;

use crate::bundle_json::read_bundle;
use crate::i18n::{count, fill, t};
use crate::library::{self, Base};
use crate::state::{Action, Explorer};
use crate::store;
use crate::view::hash::HashState;

/// Starts loading when the app mounts and dispatches `LoadedCorpus`, then `Restoring` and `Merged` with the
/// reader's stored articles (and `LoadFailed` with a message when something could not be
/// loaded; the page keeps what it has).
#[hook]
pub fn use_bundle_loader(dispatch: UseReducerDispatcher<Explorer>) {
    // A hosting page (the custom element) hands over the corpus itself.
    let host = use_context::<crate::embed::Host>();
    use_effect_with((), move |_| {
        if let Some(host) = host {
            crate::embed::load_host(host, dispatch);
            return;
        }
        // IndexedDB opens while the bundle is read.
        let stored = store::load_all();
        wasm_bindgen_futures::spawn_local(async move {
            let location = gloo::utils::window().location();
            let hash = HashState::parse(&location.hash().unwrap_or_default());
            let (base, mut problem) = match bundle_url() {
                Ok(None) => (Base::seeds(), None),
                Ok(Some(url)) => match fetch_bundle(&url).await {
                    Ok((bundle, json)) => (
                        Base { bundle: std::rc::Rc::new(bundle), json: json.into(), seeds: false },
                        None,
                    ),
                    Err(message) => (Base::seeds(), Some(message)),
                },
                Err(message) => (Base::seeds(), Some(message)),
            };
            let base = Shared::new(base);
            // Drawn at once: the database (opening meanwhile; a first visit creates it) only
            // tells whether saved articles follow, and the page is busy while they are read.
            dispatch.dispatch(Action::LoadedCorpus { base: base.clone(), hash: hash.clone() });
            let user = match stored.await {
                Ok(user) => user,
                Err(e) => {
                    let note = fill(t().saved_unreadable, &[("why", &e)]);
                    problem = Some(problem.map_or(note.clone(), |p| format!("{p} {note}")));
                    Vec::new()
                }
            };
            dispatch.dispatch(Action::Restoring(user.len()));
            if !user.is_empty() {
                match library::read(&base, user, Vec::new(), &|_| {}, &|| true).await {
                    Ok(merged) => {
                        let n = merged.user.len();
                        dispatch.dispatch(Action::Merged {
                            user: Shared::new(merged.user),
                            bundle: merged.bundle,
                            json: merged.json,
                            announcement: count(n, t().saved_on_timeline),
                            reload: Some(hash),
                        });
                    }
                    Err(why) => {
                        let note = fill(t().saved_unreadable, &[("why", &why)]);
                        problem = Some(problem.map_or(note.clone(), |p| format!("{p} {note}")));
                    }
                }
            }
            if let Some(message) = problem {
                dispatch.dispatch(Action::LoadFailed(message));
            }
        });
    });
}

/// The `?bundle=` URL, resolved against the page; an error when it leaves the page's origin.
fn bundle_url() -> Result<Option<String>, String> {
    let location = gloo::utils::window().location();
    let search = location.search().unwrap_or_default();
    let params = web_sys::UrlSearchParams::new_with_str(&search).map_err(|_| "bad query")?;
    let Some(raw) = params.get("bundle") else { return Ok(None) };
    let href = location.href().unwrap_or_default();
    let url = web_sys::Url::new_with_base(&raw, &href)
        .map_err(|_| fill(t().bundle_bad_url, &[("url", &raw)]))?;
    if url.origin() != location.origin().unwrap_or_default() {
        let refused = fill(t().other_origin, &[("url", &raw)]);
        return Err(format!("{refused} {}", t().showing_builtin));
    }
    Ok(Some(url.href()))
}

/// The bundle at `url`, and its JSON text. The browser's `fetch` directly (gloo's HTTP
/// wrapper and its error type cost the page about 1 KB of gzip transfer for this one call).
async fn fetch_bundle(url: &str) -> Result<(Bundle, String), String> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    let failed = |template: &str, e: wasm_bindgen::JsValue| {
        let why = crate::js_error::message(e, "?");
        fill(template, &[("url", &url), ("why", &why)])
    };
    let response = JsFuture::from(gloo::utils::window().fetch_with_str(url))
        .await
        .map_err(|e| failed(t().bundle_load_failed, e))?;
    let response: web_sys::Response =
        response.dyn_into().map_err(|e| failed(t().bundle_load_failed, e))?;
    if !response.ok() {
        let why = format!("HTTP {}", response.status());
        return Err(fill(t().bundle_load_failed, &[("url", &url), ("why", &why)]));
    }
    let text = match response.text() {
        Ok(promise) => JsFuture::from(promise).await,
        Err(e) => Err(e),
    }
    .map_err(|e| failed(t().bundle_unreadable, e))?;
    let text = text.as_string().unwrap_or_default();
    let bundle = read_bundle(&text, url)?;
    Ok((bundle, text))
}
