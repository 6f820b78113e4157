//! The list of articles in the corpus; each opens in the reader, and the reader's own articles
//! can be removed (from the timeline and from the browser's storage).

use yew::prelude::*;

use crate::i18n::{count, fill, t};

use crate::state::Action;

/// What the list shows of one article.
#[derive(Clone, PartialEq)]
pub struct ArticleSummary {
    pub id: AttrValue,
    pub title: AttrValue,
    /// How many events it supports.
    pub events: usize,
    /// Added by the reader (and so removable).
    pub mine: bool,
}

#[derive(Properties, PartialEq)]
pub struct ArticleListProps {
    pub articles: Vec<ArticleSummary>,
    pub on_action: Callback<Action>,
    /// Removes one of the reader's articles (by id).
    pub on_remove: Callback<String>,
}

#[function_component(ArticleList)]
pub fn article_list(props: &ArticleListProps) -> Html {
    html! {
        <section class="articles" aria-labelledby="articles-heading">
            <h2 id="articles-heading">{ fill(t().articles_heading, &[("n", &props.articles.len())]) }</h2>
            <ol class="article-list">
                { for props.articles.iter().map(|a| {
                    let on_action = props.on_action.clone();
                    let id = a.id.to_string();
                    let onclick = Callback::from(move |_: MouseEvent| on_action.emit(Action::OpenArticle(Some(id.clone()))));
                    let remove = a.mine.then(|| {
                        let on_remove = props.on_remove.clone();
                        let id = a.id.to_string();
                        Callback::from(move |_: MouseEvent| on_remove.emit(id.clone()))
                    });
                    let events = if a.events == 0 { t().no_events.to_string() } else { count(a.events, t().events_count) };
                    html! {
                        <li class={classes!("article", a.mine.then_some("mine"))} key={a.id.to_string()} data-article-id={a.id.clone()}>
                            <button type="button" class="link article-title" {onclick}>{ a.title.clone() }</button>
                            <span class="article-id">{ format!("{} · {events}{}", a.id, if a.mine { t().added_by_you } else { "" }) }</span>
                            if let Some(onclick) = remove {
                                <button type="button" class="remove-article" aria-label={fill(t().remove_named, &[("title", &a.title)])} {onclick}>{ t().remove }</button>
                            }
                        </li>
                    }
                }) }
            </ol>
        </section>
    }
}
