//! The list of articles in the corpus; each opens in the reader.

use yew::prelude::*;

use crate::state::Action;

/// What the list shows of one article.
#[derive(Clone, PartialEq)]
pub struct ArticleSummary {
    pub id: AttrValue,
    pub title: AttrValue,
}

#[derive(Properties, PartialEq)]
pub struct ArticleListProps {
    pub articles: Vec<ArticleSummary>,
    pub on_action: Callback<Action>,
}

#[function_component(ArticleList)]
pub fn article_list(props: &ArticleListProps) -> Html {
    html! {
        <section class="articles" aria-labelledby="articles-heading">
            <h2 id="articles-heading">{ format!("Articles ({})", props.articles.len()) }</h2>
            <ol class="article-list">
                { for props.articles.iter().map(|a| {
                    let on_action = props.on_action.clone();
                    let id = a.id.to_string();
                    let onclick = Callback::from(move |_: MouseEvent| on_action.emit(Action::OpenArticle(Some(id.clone()))));
                    html! {
                        <li class="article" key={a.id.to_string()} data-article-id={a.id.clone()}>
                            <button type="button" class="link article-title" {onclick}>{ a.title.clone() }</button>
                            <span class="article-id">{ a.id.clone() }</span>
                        </li>
                    }
                }) }
            </ol>
        </section>
    }
}
