//! The list of articles in the corpus.

use yew::prelude::*;

/// What the list shows of one article.
#[derive(Clone, PartialEq)]
pub struct ArticleSummary {
    pub id: AttrValue,
    pub title: AttrValue,
}

#[derive(Properties, PartialEq)]
pub struct ArticleListProps {
    pub articles: Vec<ArticleSummary>,
}

#[function_component(ArticleList)]
pub fn article_list(props: &ArticleListProps) -> Html {
    html! {
        <section class="articles" aria-labelledby="articles-heading">
            <h2 id="articles-heading">{ format!("Articles ({})", props.articles.len()) }</h2>
            <ol class="article-list">
                { for props.articles.iter().map(|a| html! {
                    <li class="article" key={a.id.to_string()} data-article-id={a.id.clone()}>
                        <span class="article-title">{ a.title.clone() }</span>
                        <span class="article-id">{ a.id.clone() }</span>
                    </li>
                }) }
            </ol>
        </section>
    }
}
