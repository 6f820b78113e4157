//! The article reader: an article's original text with the set-aside furniture greyed, the
//! selected event's supporting sentences highlighted, and people, dates and quotes marked and
//! clickable: a person follows the entity; a date or a quote jumps to the event it supports
//! (a date no event uses moves the timeline to that date; a quote with no event follows its
//! speaker). The words that name a quote's speaker ("he", "the senator") are marked as such
//! and follow the speaker. Under the heading: outlet, authors, the publication date with its
//! basis (and, for metadata, where the file stated it) and the article's address.

use crate::shared::Shared;

use dateline_core::bundle::Article;
use wasm_bindgen::JsCast;
use web_sys::Element;
use yew::prelude::*;

use crate::i18n::{fill, t};

use crate::state::Action;
use crate::view::calendar::days_from_civil;
use crate::view::date_label::{basis_phrase, interval_label};
use crate::view::hash::ViewMode;
use crate::view::model::Model;
use crate::view::scale::Window;

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
    Entity,
    /// The words naming a quote's speaker.
    Speaker,
}

impl Mark {
    fn class(self) -> &'static str {
        match self {
            Mark::Removed => "removed",
            Mark::Source => "source-span",
            Mark::Quote => "quote-span",
            Mark::Timex => "timex-span",
            Mark::Entity => "entity-span",
            Mark::Speaker => "speaker-span",
        }
    }
}

/// Where a click on a marked stretch goes.
#[derive(Clone, Debug, PartialEq)]
pub enum Target {
    Entity(String),
    Event(usize),
    /// A day number (a date no event of this article uses).
    Day(i64),
}

impl Target {
    /// The `data-go` attribute that carries it in the DOM.
    fn attribute(&self) -> String {
        match self {
            Target::Entity(id) => format!("p:{id}"),
            Target::Event(i) => format!("e:{i}"),
            Target::Day(d) => format!("d:{d}"),
        }
    }

    fn parse(attribute: &str) -> Option<Target> {
        let (kind, value) = attribute.split_once(':')?;
        match kind {
            "p" => Some(Target::Entity(value.to_string())),
            "e" => value.parse().ok().map(Target::Event),
            "d" => value.parse().ok().map(Target::Day),
            _ => None,
        }
    }

    fn hint(&self) -> &'static str {
        match self {
            Target::Entity(_) => t().follow_entity,
            Target::Event(_) => t().show_event,
            Target::Day(_) => t().show_date,
        }
    }
}

/// A marked stretch of the article: `start..end`, its mark and where it leads.
type Span = (usize, usize, Mark, Option<Target>);

/// Quotes this close (in bytes) to an event's source sentence lead to that event.
const NEAR_BYTES: usize = 300;

/// The event of this article whose source sentence holds `start..end` (or, failing that, the
/// one whose sentence is nearest within `near` bytes).
fn event_at(model: &Model, article: &str, start: usize, end: usize, near: usize) -> Option<usize> {
    let mut best: Option<(usize, usize)> = None;
    for (i, event) in model.bundle.events.iter().enumerate() {
        for s in event.sources.iter().filter(|s| s.article == article) {
            let distance = if s.start <= start && end <= s.end {
                0
            } else {
                s.start.saturating_sub(end).max(start.saturating_sub(s.end)) + 1
            };
            if distance <= near && best.is_none_or(|(d, _)| distance < d) {
                best = Some((distance, i));
            }
        }
    }
    best.map(|(_, i)| i)
}

/// The first day of a TIMEX3 date value (`2021-07-27`, `2021-07`, `2021`).
fn day_of_value(value: &str) -> Option<i64> {
    let mut parts = value.split('-');
    let year: i32 = parts.next()?.parse().ok()?;
    let month: u32 = parts.next().map_or(Some(1), |m| m.parse().ok())?;
    let day: u32 = parts.next().map_or(Some(1), |d| d.parse().ok())?;
    ((1..=12).contains(&month) && (1..=31).contains(&day) && (1..=9999).contains(&year))
        .then(|| days_from_civil(year, month, day))
}

/// Every marked stretch of an article, with its target.
fn spans(model: &Model, article: &Article, selected: Option<usize>) -> Vec<Span> {
    let id = article.id.as_str();
    let mut marks: Vec<Span> = Vec::new();
    marks.extend(article.removed.iter().map(|r| (r.start, r.end, Mark::Removed, None)));
    marks.extend(article.quotes.iter().map(|q| {
        let target = event_at(model, id, q.start, q.end, NEAR_BYTES)
            .map(Target::Event)
            .or_else(|| q.speaker.clone().map(Target::Entity));
        (q.start, q.end, Mark::Quote, target)
    }));
    marks.extend(article.quotes.iter().filter_map(|q| {
        let words = q.speaker_mention?;
        let speaker = q.speaker.clone()?;
        Some((words.start, words.end, Mark::Speaker, Some(Target::Entity(speaker))))
    }));
    marks.extend(article.timexes.iter().map(|t| {
        let target = event_at(model, id, t.start, t.end, 0)
            .map(Target::Event)
            .or_else(|| day_of_value(&t.value).map(Target::Day));
        (t.start, t.end, Mark::Timex, target)
    }));
    for entity in &model.bundle.entities {
        marks.extend(
            entity
                .mentions
                .iter()
                .filter(|m| m.article == id)
                .map(|m| (m.start, m.end, Mark::Entity, Some(Target::Entity(entity.id.clone())))),
        );
    }
    if let Some(event) = selected.and_then(|i| model.bundle.events.get(i)) {
        marks.extend(
            event
                .sources
                .iter()
                .filter(|s| s.article == id)
                .map(|s| (s.start, s.end, Mark::Source, None)),
        );
    }
    // Spans from a bundle we did not make may be off; only whole-character spans are drawn.
    marks.retain(|&(s, e, _, _)| s < e && article.text.get(s..e).is_some());
    marks
}

/// Where a piece covered by `marks` leads: a person first, then a date, then a quote.
fn target_of<'a>(covering: impl Iterator<Item = &'a Span> + Clone) -> Option<&'a Target> {
    [Mark::Entity, Mark::Speaker, Mark::Timex, Mark::Quote]
        .into_iter()
        .find_map(|kind| covering.clone().find(|m| m.2 == kind).and_then(|m| m.3.as_ref()))
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
    let marks = spans(model, article, props.selected);
    let mut cuts: Vec<usize> = vec![0, text.len()];
    cuts.extend(marks.iter().flat_map(|&(s, e, _, _)| [s, e]));
    cuts.sort_unstable();
    cuts.dedup();
    let pieces = cuts.windows(2).filter_map(|w| {
        let piece = text.get(w[0]..w[1])?;
        let covering = marks.iter().filter(|m| m.0 <= w[0] && w[1] <= m.1);
        let classes: Classes = covering.clone().map(|m| m.2.class()).collect();
        if let Some(target) = target_of(covering) {
            let source = classes.contains("source-span");
            let button = html! {
                <button type="button" class={classes!("inline", classes)} data-go={target.attribute()}
                    title={target.hint()}>{ piece }</button>
            };
            // Inside the selected event's sentence the link stays part of the highlight.
            return Some(if source { html! { <mark class="source-span">{ button }</mark> } } else { button });
        }
        Some(if classes.is_empty() {
            html! { { piece } }
        } else if classes.contains("source-span") {
            html! { <mark class={classes}>{ piece }</mark> }
        } else {
            html! { <span class={classes}>{ piece }</span> }
        })
    });
    let on_action = props.on_action.clone();
    let close = {
        let on_action = on_action.clone();
        Callback::from(move |_: MouseEvent| on_action.emit(Action::OpenArticle(None)))
    };
    // One listener for every marked stretch.
    let go = Callback::from(move |e: MouseEvent| {
        let target = e
            .target()
            .and_then(|t| t.dyn_into::<Element>().ok())
            .and_then(|el| el.closest("[data-go]").ok().flatten())
            .and_then(|el| el.get_attribute("data-go"))
            .and_then(|a| Target::parse(&a));
        match target {
            Some(Target::Entity(id)) => on_action.emit(Action::SetEntity(Some(id))),
            Some(Target::Event(i)) => on_action.emit(Action::Reveal(i)),
            Some(Target::Day(day)) => {
                on_action.emit(Action::SetView(ViewMode::Timeline));
                on_action.emit(Action::SetWindow(Window::fit(day as f64, day as f64 + 1.0)));
            }
            None => {}
        }
    });
    html! {
        <section class="reader" aria-labelledby="reader-heading" data-article-id={article.id.clone()}>
            <div class="reader-head">
                <h2 id="reader-heading">{ &article.title }</h2>
                <button type="button" class="close-reader" onclick={close}>{ t().close_article }</button>
            </div>
            <p class="muted reader-facts">
                { facts_line(article) }
                if let Some(url) = web_address(article) {
                    { " · " }<a href={url.to_string()} rel="noopener noreferrer">{ url }</a>
                }
            </p>
            <p class="muted reader-legend">
                <mark class="source-span">{ t().reader_key[0] }</mark>{ " · " }
                <span class="entity-span">{ t().reader_key[1] }</span>{ " · " }
                <span class="timex-span">{ t().reader_key[2] }</span>{ " · " }
                <span class="quote-span">{ t().reader_key[3] }</span>{ " · " }
                <span class="speaker-span">{ t().reader_key[4] }</span>{ " · " }
                <span class="removed">{ t().reader_key[5] }</span>
                { t().reader_key[6] }
            </p>
            <div class="reader-text" onclick={go}>{ for pieces }</div>
        </section>
    }
}

/// The article's outlet, authors and publication date with its basis (and where stated
/// metadata came from), for the line under the reader's heading.
fn facts_line(article: &Article) -> String {
    let mut parts = Vec::new();
    if let Some(outlet) = &article.outlet {
        parts.push(outlet.clone());
    }
    if !article.bylines.is_empty() {
        parts.push(fill(t().by, &[("names", &article.bylines.join(t().list_sep))]));
    }
    match &article.published {
        Some(p) => {
            let from = article.metadata.iter().find(|m| m.field == "published");
            let from = from.map(|m| format!(" ({})", m.from)).unwrap_or_default();
            let day = interval_label(p.start, p.end, p.precision);
            let basis = basis_phrase(p.basis);
            parts.push(fill(t().published, &[("day", &day), ("basis", &basis), ("from", &from)]));
        }
        None => parts.push(t().published_unknown.to_string()),
    }
    parts.join(" · ")
}

/// The article's address, when it is a web address (never a `javascript:` or other scheme a
/// bundle could carry).
fn web_address(article: &Article) -> Option<&str> {
    let url = article.url.as_deref()?;
    (url.starts_with("https://") || url.starts_with("http://")).then_some(url)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::view::model::tests::sample_bundle;
    use dateline_core::bundle::{BundleQuote, BundleTimex, Mention};
    use dateline_core::corpus::{analyze, Source};

    const TEXT: &str = "Hotline\n\nKim Jong Un said on 27 July the line was back. \
        \"We are ready,\" he said. Talks were planned for 2022.";

    #[test]
    fn the_facts_line_says_where_the_date_came_from() {
        let mut article = analyze(Source { id: "a", bytes: TEXT.as_bytes() }).article;
        assert_eq!(facts_line(&article), "publication date unknown");
        article.outlet = Some("The Gazette".into());
        article.bylines = vec!["Ana Ruiz".into()];
        article.published = Some(dateline_core::bundle::Published {
            start: jiff::civil::date(2021, 7, 27),
            end: jiff::civil::date(2021, 7, 27),
            precision: dateline_core::Precision::Day,
            basis: dateline_core::Basis::Metadata,
            evidence: Vec::new(),
        });
        article.metadata = vec![dateline_core::bundle::StatedValue {
            field: "published".into(),
            from: "og:article:published_time".into(),
        }];
        let line = facts_line(&article);
        assert!(line.starts_with("The Gazette · by Ana Ruiz · published "), "{line}");
        assert!(line.ends_with("metadata (og:article:published_time)"), "{line}");
        article.url = Some("javascript:alert(1)".into());
        assert_eq!(web_address(&article), None);
        article.url = Some("https://example.org/a".into());
        assert_eq!(web_address(&article), Some("https://example.org/a"));
    }

    fn model() -> Model {
        let mut bundle = sample_bundle();
        let mut article = analyze(Source { id: "a", bytes: TEXT.as_bytes() }).article;
        let find = |needle: &str| {
            let start = TEXT.find(needle).unwrap();
            (start, start + needle.len())
        };
        let timex = |needle: &str, value: &str| {
            let (start, end) = find(needle);
            BundleTimex {
                start,
                end,
                text: needle.into(),
                kind: "DATE".into(),
                value: value.into(),
                modifier: None,
            }
        };
        article.timexes = vec![timex("27 July", "2021-07-27"), timex("2022", "2022")];
        let (start, end) = find("\"We are ready,\"");
        let he = find("he said");
        let he = (he.0, he.0 + 2);
        article.quotes = vec![BundleQuote {
            start,
            end,
            text: "We are ready,".into(),
            speaker: Some("p:kim".into()),
            speaker_mention: Some(dateline_core::Span::new(he.0, he.1)),
            channel: None,
        }];
        article.removed.clear();
        bundle.articles.push(article);
        let (start, end) = find("Kim Jong Un said on 27 July the line was back.");
        bundle.events[0].sources = vec![Mention { article: "a".into(), start, end }];
        let (start, end) = find("Kim Jong Un");
        bundle.entities[1].mentions = vec![Mention { article: "a".into(), start, end }];
        Model::new(bundle)
    }

    fn target(model: &Model, needle: &str, mark: Mark) -> Option<Target> {
        let article = &model.bundle.articles[0];
        let start = TEXT.find(needle).unwrap();
        spans(model, article, None)
            .into_iter()
            .find(|s| s.0 == start && s.2 == mark)
            .and_then(|s| s.3)
    }

    #[test]
    fn people_dates_and_quotes_lead_to_entities_events_and_days() {
        let model = model();
        assert_eq!(
            target(&model, "Kim Jong Un", Mark::Entity),
            Some(Target::Entity("p:kim".into()))
        );
        assert_eq!(
            target(&model, "27 July", Mark::Timex),
            Some(Target::Event(0)),
            "inside the event's sentence"
        );
        assert_eq!(
            target(&model, "2022", Mark::Timex),
            Some(Target::Day(days_from_civil(2022, 1, 1))),
            "no event uses it"
        );
        assert_eq!(
            target(&model, "\"We are ready", Mark::Quote),
            Some(Target::Event(0)),
            "next to the event's sentence"
        );
        assert_eq!(
            target(&model, "he said", Mark::Speaker),
            Some(Target::Entity("p:kim".into())),
            "the words naming the speaker follow the speaker"
        );
    }

    #[test]
    fn targets_round_trip_through_the_attribute_and_people_win_over_dates() {
        for t in [Target::Entity("person:kim-jong-un".into()), Target::Event(12), Target::Day(-3)] {
            assert_eq!(Target::parse(&t.attribute()), Some(t));
        }
        assert_eq!(Target::parse("x:1"), None);
        let model = model();
        let marks = spans(&model, &model.bundle.articles[0], None);
        let start = TEXT.find("Kim").unwrap();
        let covering = marks.iter().filter(|m| m.0 <= start && start + 3 <= m.1);
        assert_eq!(target_of(covering), Some(&Target::Entity("p:kim".into())));
        assert_eq!(day_of_value("2021-13"), None);
        assert_eq!(day_of_value("PRESENT_REF"), None);
    }
}
