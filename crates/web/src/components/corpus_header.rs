//! The corpus header above the timeline: what the story is about and its size and span
//! ("Kim Jong Un, Moon Jae-in and Donald Trump" / "5 articles · 19 events · 2018 – May 2022").

use crate::shared::Shared;

use yew::prelude::*;

use crate::view::model::Model;
use crate::view::story::corpus_summary;

#[derive(Properties, PartialEq)]
pub struct CorpusHeaderProps {
    pub model: Shared<Model>,
}

#[function_component(CorpusHeader)]
pub fn corpus_header(props: &CorpusHeaderProps) -> Html {
    let summary = use_memo(props.model.clone(), |model| corpus_summary(model));
    let (title, meta) = &*summary;
    html! {
        <header class="corpus-header">
            <h2 class="corpus-title">{ title }</h2>
            <p class="corpus-meta">{ meta }</p>
        </header>
    }
}
