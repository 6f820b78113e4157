//! The root component: reads the embedded corpus with the core and lays out the page.

use yew::prelude::*;

use crate::components::article_list::{ArticleList, ArticleSummary};

/// Reads every embedded seed once, when the app starts.
fn embedded_articles() -> Vec<ArticleSummary> {
    dateline_seeds::SEEDS
        .iter()
        .map(|seed| {
            let decoded = dateline_core::decode(seed.bytes);
            let first = dateline_core::input::first_line(&decoded.text);
            ArticleSummary { id: seed.id.into(), title: first.of(&decoded.text).into() }
        })
        .collect()
}

#[function_component(App)]
pub fn app() -> Html {
    let articles = use_memo((), |_| embedded_articles());
    html! {
        <>
            <header class="masthead">
                <h1>{ "Dateline" }</h1>
                <p class="tagline">{ "News articles in, a timeline out — entirely in your browser." }</p>
            </header>
            <main id="main">
                <ArticleList articles={(*articles).clone()} />
            </main>
        </>
    }
}
