//! Quotes grouped by speaker (most quoted first; unattributed quotes last), each with a link to
//! the article it comes from.

use yew::prelude::*;

use crate::i18n::{fill, t};

use crate::shared::Shared;
use crate::state::Action;
use crate::view::hash::ViewMode;
use crate::view::model::Model;

#[derive(Properties, PartialEq)]
pub struct QuotesProps {
    pub model: Shared<Model>,
    pub on_action: Callback<Action>,
}

/// One speaker's quotes as (article index, quote index) pairs.
#[derive(Debug, PartialEq)]
pub struct Speaker {
    /// Entity id; `None` for quotes whose speaker the text does not name.
    pub id: Option<String>,
    pub quotes: Vec<(usize, usize)>,
}

/// Every quote in the bundle grouped by speaker: most quotes first, then by name; the
/// unattributed group last. Quotes keep article order within a group.
pub fn by_speaker(model: &Model) -> Vec<Speaker> {
    let mut groups: Vec<Speaker> = Vec::new();
    for (a, article) in model.bundle.articles.iter().enumerate() {
        for (q, quote) in article.quotes.iter().enumerate() {
            match groups.iter_mut().find(|g| g.id == quote.speaker) {
                Some(group) => group.quotes.push((a, q)),
                None => groups.push(Speaker { id: quote.speaker.clone(), quotes: vec![(a, q)] }),
            }
        }
    }
    let name = |g: &Speaker| g.id.as_deref().map(|id| model.entity_name(id).to_string());
    groups.sort_by(|a, b| {
        (a.id.is_none(), b.quotes.len(), name(a)).cmp(&(b.id.is_none(), a.quotes.len(), name(b)))
    });
    groups
}

#[function_component(Quotes)]
pub fn quotes(props: &QuotesProps) -> Html {
    let model = &props.model;
    let groups = use_memo(model.clone(), |m| by_speaker(m));
    let total: usize = groups.iter().map(|g| g.quotes.len()).sum();
    let follow = |id: String| {
        let on_action = props.on_action.clone();
        Callback::from(move |_: MouseEvent| {
            on_action.emit(Action::SetEntity(Some(id.clone())));
            on_action.emit(Action::SetView(ViewMode::Timeline));
        })
    };
    let open = |article: String| {
        let on_action = props.on_action.clone();
        Callback::from(move |_: MouseEvent| {
            on_action.emit(Action::OpenArticle(Some(article.clone())))
        })
    };
    html! {
        <section class="quotes-view" aria-labelledby="quotes-heading">
            <h2 id="quotes-heading">{ fill(t().quotes_heading, &[("n", &total)]) }</h2>
            if groups.is_empty() {
                <p class="muted">{ t().no_quotes }</p>
            }
            { for groups.iter().map(|group| {
                let heading = match &group.id {
                    Some(id) => html! {
                        <button type="button" class="link entity-link" data-entity-id={id.clone()} onclick={follow(id.clone())}
                            title={t().show_speaker}>{ model.entity_name(id) }</button>
                    },
                    None => html! { { t().speaker_not_named } },
                };
                html! {
                    <div class="speaker" key={group.id.clone().unwrap_or_default()}>
                        <h3>{ heading }<span class="muted">{ format!(" ({})", group.quotes.len()) }</span></h3>
                        <ul class="quote-list">
                            { for group.quotes.iter().map(|&(a, q)| {
                                let article = &model.bundle.articles[a];
                                let quote = &article.quotes[q];
                                // The words that name the speaker in the article ("he", "the senator").
                                let named_as = quote
                                    .speaker_mention
                                    .and_then(|m| article.text.get(m.start..m.end))
                                    .filter(|_| quote.speaker.is_some());
                                html! {
                                    <li class="quote-item">
                                        <blockquote><q>{ &quote.text }</q></blockquote>
                                        if let Some(words) = named_as {
                                            <span class="speaker-mention muted">{ fill(t().named_as, &[("words", &words)]) }</span>
                                        }
                                        <button type="button" class="link open-reader" data-article-id={article.id.clone()}
                                            onclick={open(article.id.clone())}>{ fill(t().in_article, &[("title", &article.title)]) }</button>
                                    </li>
                                }
                            }) }
                        </ul>
                    </div>
                }
            }) }
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::view::model::tests::sample_bundle;
    use dateline_core::bundle::BundleQuote;
    use dateline_core::corpus::{analyze, Source};

    #[test]
    fn quotes_are_grouped_by_speaker_most_quoted_first_unattributed_last() {
        let mut bundle = sample_bundle();
        let quote = |text: &str, speaker: Option<&str>| BundleQuote {
            start: 0,
            end: 1,
            text: text.into(),
            speaker: speaker.map(str::to_string),
            speaker_mention: None,
            channel: None,
        };
        for id in ["a", "b"] {
            bundle.articles.push(analyze(Source { id, bytes: b"T" }).article);
        }
        bundle.articles[0].quotes =
            vec![quote("one", None), quote("two", Some("p:moon")), quote("three", Some("p:kim"))];
        bundle.articles[1].quotes = vec![quote("four", Some("p:kim"))];
        let groups = by_speaker(&Model::new(bundle));
        let ids: Vec<Option<&str>> = groups.iter().map(|g| g.id.as_deref()).collect();
        assert_eq!(ids, [Some("p:kim"), Some("p:moon"), None]);
        assert_eq!(groups[0].quotes, [(0, 2), (1, 0)]);
    }
}
