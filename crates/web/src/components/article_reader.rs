//! The article reader: an article's original text with the set-aside furniture greyed, dates
//! and quotes marked, and the selected event's supporting sentences highlighted.

use crate::shared::Shared;

use yew::prelude::*;

use crate::state::Action;
use crate::view::model::Model;

#[derive(Properties, PartialEq)]
pub struct ArticleReaderProps {
    pub model: Shared<Model>,
    pub article: AttrValue,
    pub selected: Option<usize>,
    pub on_action: Callback<Action>,
}

/// What a stretch of text is.
#[derive(Clone, Copy, PartialEq)]
enum Mark {
    Removed,
    Source,
    Quote,
    Timex,
}

impl Mark {
    fn class(self) -> &'static str {
        match self {
            Mark::Removed => "removed",
            Mark::Source => "source-span",
            Mark::Quote => "quote-span",
            Mark::Timex => "timex-span",
        }
    }
}

#[function_component(ArticleReader)]
pub fn article_reader(props: &ArticleReaderProps) -> Html {
    let model = &props.model;
    let Some(article) =
        model.article_by_id.get(props.article.as_str()).and_then(|&i| model.bundle.articles.get(i))
    else {
        return html! {};
    };
    let text = article.text.as_str();
    let mut marks: Vec<(usize, usize, Mark)> = Vec::new();
    marks.extend(article.removed.iter().map(|r| (r.start, r.end, Mark::Removed)));
    marks.extend(article.quotes.iter().map(|q| (q.start, q.end, Mark::Quote)));
    marks.extend(article.timexes.iter().map(|t| (t.start, t.end, Mark::Timex)));
    if let Some(event) = props.selected.and_then(|i| model.bundle.events.get(i)) {
        marks.extend(
            event
                .sources
                .iter()
                .filter(|s| s.article == article.id)
                .map(|s| (s.start, s.end, Mark::Source)),
        );
    }
    // Spans from a bundle we did not make may be off; only whole-character spans are drawn.
    marks.retain(|&(s, e, _)| s < e && text.get(s..e).is_some());
    let mut cuts: Vec<usize> = vec![0, text.len()];
    cuts.extend(marks.iter().flat_map(|&(s, e, _)| [s, e]));
    cuts.sort_unstable();
    cuts.dedup();
    let pieces = cuts.windows(2).filter_map(|w| {
        let piece = text.get(w[0]..w[1])?;
        let classes: Classes = marks
            .iter()
            .filter(|&&(s, e, _)| s <= w[0] && w[1] <= e)
            .map(|&(_, _, m)| m.class())
            .collect();
        Some(if classes.is_empty() {
            html! { { piece } }
        } else if classes.contains("source-span") {
            html! { <mark class={classes}>{ piece }</mark> }
        } else {
            html! { <span class={classes}>{ piece }</span> }
        })
    });
    let on_action = props.on_action.clone();
    let close = Callback::from(move |_: MouseEvent| on_action.emit(Action::OpenArticle(None)));
    html! {
        <section class="reader" aria-labelledby="reader-heading" data-article-id={article.id.clone()}>
            <div class="reader-head">
                <h2 id="reader-heading">{ &article.title }</h2>
                <button type="button" class="close-reader" onclick={close}>{ "Close article" }</button>
            </div>
            <p class="muted reader-legend">
                <mark class="source-span">{ "supports the selected event" }</mark>{ " · " }
                <span class="timex-span">{ "date" }</span>{ " · " }
                <span class="quote-span">{ "quote" }</span>{ " · " }
                <span class="removed">{ "set aside (not part of the story)" }</span>
            </p>
            <div class="reader-text">{ for pieces }</div>
        </section>
    }
}
