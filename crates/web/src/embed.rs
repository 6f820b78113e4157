//! Hosting the explorer inside other pages: the `<dateline-timeline>` custom element and the
//! `embed.html` iframe page (issue 8).
//!
//! - **Custom element.** `www/embed/element.js` (copied into the build as
//!   `dateline-element.js`) loads this wasm module with the global `__datelineElement` set, so
//!   [`start`] mounts nothing on `<body>`; each element then calls [`mount_timeline`] with its
//!   shadow root's container and the corpus it gathered (a bundle's JSON text, or articles as
//!   text). The app reads that [`Host`] from a Yew context: it neither reads nor writes the
//!   page's URL, so several instances live side by side.
//! - **Iframe.** `embed.html` is the normal app; `www/embed/embed.js` turns its query
//!   parameters into the URL hash, theme and compact classes before the app starts. Only the
//!   start date needs the app's help ([`use_start_date`]): it moves the fitted window so that it
//!   begins there.

use dateline_core::bundle::Bundle;
use wasm_bindgen::prelude::*;
use yew::prelude::*;

use crate::app::App;
use crate::bundle_json::read_bundle;
use crate::i18n;
use std::rc::Rc;

use crate::library::{self, Base, JsonParts, UserArticle, EMPTY_BUNDLE_JSON};
use crate::shared::Shared;
use crate::state::{Action, Explorer, Load};
use crate::view::calendar::days_from_civil;
use crate::view::hash::HashState;
use crate::view::model::Model;
use crate::view::scale::Window;

/// What a hosting page hands the app instead of the URL: the corpus, already read, and the
/// view to open on. Present only for the custom element.
#[derive(Clone, PartialEq)]
pub struct Host {
    /// The corpus as a bundle (the loader turns it into the app's model), or as articles
    /// for the parser worker to read.
    pub corpus: Corpus,
    /// The initial view (focus, filters, lanes), in the URL hash's format.
    pub view: HashState,
    /// The day the window should start on (keeping the fitted span), unless `view` has one.
    pub start: Option<f64>,
    /// A message to show (the corpus could not be read); the model is then empty.
    pub error: Option<String>,
}

/// What a hosting page gave to show.
#[derive(Clone, PartialEq)]
pub enum Corpus {
    /// A bundle, and the JSON text it was read from.
    Bundle(Shared<Bundle>, Rc<str>),
    /// `(id, text)` pairs.
    Articles(Shared<Vec<(String, String)>>),
}

/// Sets the page's locale: `wanted` (an explicit choice) if it names one, else the first of the
/// browser's languages that does, else English.
fn choose_locale(wanted: Option<&str>) -> i18n::Locale {
    let navigator = js_sys::Reflect::get(&js_sys::global(), &"navigator".into()).ok();
    let languages: Vec<String> = navigator
        .and_then(|n| js_sys::Reflect::get(&n, &"languages".into()).ok())
        .map(|list| js_sys::Array::from(&list).iter().filter_map(|l| l.as_string()).collect())
        .unwrap_or_default();
    let locale = i18n::choose(wanted.into_iter().chain(languages.iter().map(String::as_str)));
    i18n::set_locale(locale);
    locale
}

/// Mounts the explorer on `<body>` unless the page loaded this module as the custom element.
pub fn start() {
    let element_mode = js_sys::Reflect::get(&js_sys::global(), &"__datelineElement".into())
        .is_ok_and(|v| v.is_truthy());
    if !element_mode {
        // The reader's language: `?lang=`, else the browser's; written on <html lang>.
        let search = gloo::utils::window().location().search().unwrap_or_default();
        let locale = choose_locale(i18n::query_lang(&search));
        if let Some(html) = gloo::utils::document().document_element() {
            let _ = html.set_attribute("lang", locale.texts().tag);
        }
        // The same root component as the element's, so the wasm holds one Yew renderer.
        yew::Renderer::<HostRoot>::with_props(HostRootProps { host: None }).render();
    }
}

/// One mounted instance; `destroy()` unmounts it (the element calls it when removed).
#[wasm_bindgen]
pub struct TimelineHandle(Option<yew::AppHandle<HostRoot>>);

#[wasm_bindgen]
impl TimelineHandle {
    pub fn destroy(&mut self) {
        if let Some(handle) = self.0.take() {
            handle.destroy();
        }
    }
}

/// A message of the element's loader (`element.js`) in the page's locale: `origin\t{url}` (a
/// corpus on another site), `load\t{url}\t{why}` (a fetch that failed); any other text is
/// shown as it is.
fn loader_error(coded: &str) -> String {
    let t = i18n::t();
    let mut parts = coded.splitn(3, '\t');
    match (parts.next(), parts.next(), parts.next()) {
        (Some("origin"), Some(url), None) => i18n::fill(t.other_origin, &[("url", &url)]),
        (Some("load"), Some(url), Some(why)) => {
            i18n::fill(t.bundle_load_failed, &[("url", &url), ("why", &why)])
        }
        _ => coded.to_string(),
    }
}

/// Mounts an explorer inside `root` (an element in a shadow root).
///
/// The corpus is `bundle_json` (a `dateline.bundle/1` JSON text) when given, else `articles`
/// (an array of `[id, text]` pairs, read by the parser worker), else the embedded articles. `view` is a URL-hash-format string (`e=<event>&q=<text>&w=<from>~<to>`…),
/// `start` a `YYYY-MM-DD` day, `error` a message from the loader (shown above an empty
/// timeline).
#[wasm_bindgen(js_name = mountTimeline)]
pub fn mount_timeline(
    root: web_sys::Element,
    bundle_json: Option<String>,
    articles: Option<js_sys::Array>,
    view: String,
    start: Option<String>,
    error: Option<String>,
) -> TimelineHandle {
    // The element's `lang` attribute (element.js copies it onto `root`), else the browser's
    // languages; written on `root` so that the shadow tree says its language.
    let locale = choose_locale(root.get_attribute("lang").as_deref());
    let _ = root.set_attribute("lang", locale.texts().tag);
    let empty = || Corpus::Bundle(Shared::new(Bundle::default()), EMPTY_BUNDLE_JSON.into());
    let (corpus, error) = match (error, bundle_json, articles) {
        (Some(error), _, _) => (empty(), Some(loader_error(&error))),
        (None, Some(json), _) => match read_bundle(&json, i18n::t().the_bundle_given) {
            Ok(read) => (Corpus::Bundle(Shared::new(read), json.into()), None),
            Err(error) => (empty(), Some(error)),
        },
        (None, None, Some(articles)) => (Corpus::Articles(Shared::new(pairs(&articles))), None),
        (None, None, None) => {
            let seeds = Base::seeds();
            (Corpus::Bundle(Shared::new((*seeds.bundle).clone()), seeds.json), None)
        }
    };
    let host = Host {
        corpus,
        view: HashState::parse(&view),
        start: start.as_deref().and_then(parse_day),
        error,
    };
    let props = HostRootProps { host: Some(host) };
    let handle = yew::Renderer::<HostRoot>::with_root_and_props(root, props).render();
    TimelineHandle(Some(handle))
}

#[derive(Properties, PartialEq)]
pub struct HostRootProps {
    /// `None` on the explorer's own pages.
    pub host: Option<Host>,
}

/// The app, under a [`Host`] context when a page hosts it.
#[function_component(HostRoot)]
pub fn host_root(props: &HostRootProps) -> Html {
    match &props.host {
        Some(host) => html! {
            <ContextProvider<Host> context={host.clone()}>
                <App />
            </ContextProvider<Host>>
        },
        None => html! { <App /> },
    }
}

/// If the host (or, in `embed.html`, the `?start=` parameter) names a start day and the view
/// named no window, moves the fitted window to begin on that day once the bundle is loaded.
#[hook]
pub fn use_start_date(state: &UseReducerHandle<Explorer>) {
    let host = use_context::<Host>();
    // Read once, before the app writes its own hash.
    let start = use_memo((), move |_| match host {
        Some(host) => host.start.filter(|_| host.view.window.is_none()),
        None => {
            let location = gloo::utils::window().location();
            let hash = HashState::parse(&location.hash().unwrap_or_default());
            let search = location.search().unwrap_or_default();
            let params = web_sys::UrlSearchParams::new_with_str(&search).ok();
            let start = params.and_then(|p| p.get("start")).as_deref().and_then(parse_day);
            start.filter(|_| hash.window.is_none())
        }
    });
    let ready = state.load != Load::Loading;
    let dispatcher = state.dispatcher();
    let span = state.window.span();
    use_effect_with(ready, move |ready| {
        if let (true, Some(start)) = (*ready, *start) {
            dispatcher.dispatch(Action::SetWindow(Window::new(start, start + span)));
        }
    });
}

/// Loads the corpus the host gave: dispatches `Loaded` (and `LoadFailed`), at once for a
/// bundle, once the parser worker has read them for articles.
pub fn load_host(host: Host, dispatch: UseReducerDispatcher<Explorer>) {
    let loaded = move |bundle: Bundle, json: JsonParts, error: Option<String>| {
        let model = Shared::new(Model::new(bundle));
        dispatch.dispatch(Action::Loaded { model, json, hash: host.view.clone() });
        if let Some(error) = error.or(host.error.clone()) {
            dispatch.dispatch(Action::LoadFailed(error));
        }
    };
    match &host.corpus {
        Corpus::Bundle(bundle, json) => {
            loaded((**bundle).clone(), Shared::new(vec![json.clone()]), None)
        }
        Corpus::Articles(pairs) => {
            let articles: Vec<UserArticle> = pairs
                .iter()
                .map(|(id, text)| {
                    UserArticle::new(id.clone(), id.clone(), text.as_bytes().to_vec(), None)
                })
                .collect();
            wasm_bindgen_futures::spawn_local(async move {
                match library::read(&Base::default(), Vec::new(), articles, &|_| {}, &|| true).await
                {
                    Ok(merged) => {
                        let refused = refusals(&merged.read);
                        loaded((*merged.bundle).clone(), merged.json, refused)
                    }
                    Err(why) => {
                        let json = Shared::new(vec![EMPTY_BUNDLE_JSON.into()]);
                        loaded(Bundle::default(), json, Some(why))
                    }
                }
            });
        }
    }
}

/// What the worker refused among the host's articles (binary, empty), said in one message.
fn refusals(read: &[(UserArticle, dateline_worker::protocol::Outcome)]) -> Option<String> {
    let refused: Vec<&str> = read.iter().filter_map(|(_, o)| o.refused.as_deref()).collect();
    (!refused.is_empty()).then(|| refused.join(" "))
}

/// The `[id, text]` pairs of a JavaScript array (anything else in it is skipped).
fn pairs(articles: &js_sys::Array) -> Vec<(String, String)> {
    articles
        .iter()
        .filter_map(|pair| {
            let pair = pair.dyn_into::<js_sys::Array>().ok()?;
            Some((pair.get(0).as_string()?, pair.get(1).as_string()?))
        })
        .collect()
}

/// The day number of `YYYY-MM-DD`, checked.
fn parse_day(text: &str) -> Option<f64> {
    let mut parts = text.trim().splitn(3, '-');
    let year: i32 = parts.next()?.parse().ok()?;
    let month: u32 = parts.next()?.parse().ok()?;
    let day: u32 = parts.next()?.parse().ok()?;
    let valid = (1..=12).contains(&month) && (1..=31).contains(&day) && (0..=9999).contains(&year);
    valid.then(|| days_from_civil(year, month, day) as f64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn start_days_are_read_and_checked() {
        let day = parse_day("2019-06-30").expect("a valid day");
        assert_eq!(parse_day("2019-07-01"), Some(day + 1.0));
        assert_eq!(parse_day("2019-13-01"), None);
        assert_eq!(parse_day("soon"), None);
    }

    #[test]
    fn loader_errors_are_said_in_the_locale() {
        i18n::set_locale(i18n::Locale::Ko);
        let ko = loader_error("load\t/a.json\tHTTP 404");
        i18n::set_locale(i18n::Locale::En);
        assert_eq!(ko, "번들 /a.json을(를) 불러오지 못했습니다: HTTP 404");
        assert_eq!(
            loader_error("load\t/a.json\tHTTP 404"),
            "Could not load the bundle /a.json: HTTP 404"
        );
        assert!(
            loader_error("origin\thttps://x.example/a.json").contains("“https://x.example/a.json”")
        );
        assert_eq!(loader_error("something else"), "something else");
    }
}
