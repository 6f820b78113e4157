//! What the explorer precomputes from a bundle once, so frames only do window arithmetic.
//!
//! Each event gets its extent on the day axis (a day-precise event covers its day; a month
//! covers the month), events are ordered by time once, and entity and article ids are indexed
//! so panels look them up in O(1).

use crate::i18n::fill;
use std::cell::OnceCell;
use std::collections::HashMap;
use std::rc::Rc;

use dateline_core::bundle::{Bundle, Event, Status};
use dateline_core::Basis;

use super::calendar::day_number;
use super::date_label::date_label;
use super::layout::{label_text, label_width};
use super::scale::Window;

/// An event's extent on the axis: `start..end` in day numbers, end exclusive.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Extent {
    pub start: f64,
    pub end: f64,
}

impl Extent {
    pub fn centre(self) -> f64 {
        (self.start + self.end) / 2.0
    }
}

/// The bundle plus what the views need to draw it fast.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Model {
    /// Shared, so that a corpus kept to merge with later (see `library::Base`) is not a copy.
    pub bundle: Rc<Bundle>,
    /// By event index.
    pub extents: Vec<Extent>,
    /// Event indices in time order (start, then end, then title).
    pub order: Vec<usize>,
    /// Position of each event in `order`.
    pub rank: Vec<usize>,
    /// Each event's accessible name ("27 July 2021: Koreas restore hotline"), made when first
    /// asked for ([`Model::name`]): a first view draws a few hundred of 10,000.
    names: Vec<OnceCell<Rc<str>>>,
    /// Each event's label as the timeline draws it (cut to fit), made once.
    pub labels: Vec<Rc<str>>,
    /// The estimated width of each label in pixels (label placement reads it).
    pub label_px: Vec<f64>,
    /// Each event's newsworthiness (the bundle's 0–100 score): labels, the opening window and
    /// edge markers favour the higher.
    pub scores: Vec<u8>,
    /// Each event's searchable words, lower-cased: title, kind, participants' names and
    /// aliases, and the supporting sentences of its sources (full-text search reads these),
    /// made on the first search ([`Model::search_text`]), not on every load.
    search_text: OnceCell<Vec<Box<str>>>,
    pub entity_by_id: HashMap<String, usize>,
    pub article_by_id: HashMap<String, usize>,
    pub event_by_id: HashMap<String, usize>,
    /// The corpus header's title and line ("5 articles · 19 events · 2018 – May 2022"), see
    /// `story::corpus_summary`.
    pub summary: (String, String),
}

impl Model {
    pub fn new(bundle: Bundle) -> Model {
        Model::from_shared(Rc::new(bundle))
    }

    pub fn from_shared(bundle: Rc<Bundle>) -> Model {
        let extents: Vec<Extent> = bundle.events.iter().map(extent_of).collect();
        let mut order: Vec<usize> = (0..bundle.events.len()).collect();
        order.sort_by(|&a, &b| {
            extents[a]
                .start
                .total_cmp(&extents[b].start)
                .then(extents[a].end.total_cmp(&extents[b].end))
                .then_with(|| bundle.events[a].title.cmp(&bundle.events[b].title))
        });
        let mut rank = vec![0; order.len()];
        for (position, &event) in order.iter().enumerate() {
            rank[event] = position;
        }
        let index = |ids: Vec<&String>| -> HashMap<String, usize> {
            ids.into_iter().enumerate().map(|(i, id)| (id.clone(), i)).collect()
        };
        let entity_by_id = index(bundle.entities.iter().map(|e| &e.id).collect());
        let article_by_id = index(bundle.articles.iter().map(|a| &a.id).collect());
        let labels: Vec<Rc<str>> =
            bundle.events.iter().map(|e| Rc::from(label_text(&e.title))).collect();
        let mut model = Model {
            names: vec![OnceCell::new(); bundle.events.len()],
            label_px: labels.iter().map(|label| label_width(label)).collect(),
            labels,
            scores: bundle.events.iter().map(|e| e.newsworthiness).collect(),
            search_text: OnceCell::new(),
            entity_by_id,
            article_by_id,
            event_by_id: index(bundle.events.iter().map(|e| &e.id).collect()),
            extents,
            order,
            rank,
            bundle,
            summary: Default::default(),
        };
        model.summary = super::story::corpus_summary(&model);
        model
    }

    /// Event `i`'s accessible name ([`accessible_name`]), made once.
    pub fn name(&self, i: usize) -> Rc<str> {
        self.names[i].get_or_init(|| Rc::from(accessible_name(&self.bundle.events[i]))).clone()
    }

    /// Each event's searchable text (see the field), made once.
    pub fn search_text(&self) -> &[Box<str>] {
        self.search_text.get_or_init(|| {
            let bundle = &self.bundle;
            bundle
                .events
                .iter()
                .map(|e| search_text(bundle, &self.entity_by_id, &self.article_by_id, e).into())
                .collect()
        })
    }

    /// The span of all events, `None` when there are none.
    pub fn full_extent(&self) -> Option<Extent> {
        let start = self.extents.iter().map(|e| e.start).fold(f64::INFINITY, f64::min);
        let end = self.extents.iter().map(|e| e.end).fold(f64::NEG_INFINITY, f64::max);
        (start <= end).then_some(Extent { start, end })
    }

    /// The display name of an entity id (the id itself when the bundle does not know it).
    pub fn entity_name<'a>(&'a self, id: &'a str) -> &'a str {
        self.entity_by_id
            .get(id)
            .and_then(|&i| self.bundle.entities.get(i))
            .map_or(id, |entity| entity.name.as_str())
    }

    /// The kind of an entity id, `None` when the bundle does not know it.
    pub fn entity_kind(&self, id: &str) -> Option<dateline_core::bundle::EntityKind> {
        self.entity_by_id.get(id).and_then(|&i| self.bundle.entities.get(i)).map(|e| e.kind)
    }

    /// The title of an article id (the id itself when unknown).
    pub fn article_title<'a>(&'a self, id: &'a str) -> &'a str {
        self.article_by_id
            .get(id)
            .and_then(|&i| self.bundle.articles.get(i))
            .map_or(id, |article| article.title.as_str())
    }

    /// The text of `article[start..end]`, or `None` when the span is not on char boundaries
    /// inside the text (a hand-made bundle may be wrong; it must not break the page).
    pub fn excerpt(&self, article: &str, start: usize, end: usize) -> Option<&str> {
        let index = *self.article_by_id.get(article)?;
        self.bundle.articles.get(index)?.text.get(start..end)
    }
}

/// "27 July 2021: Koreas restore hotline (expected, date inferred)": what a screen reader
/// says for an event, date first as on the axis.
pub fn accessible_name(event: &Event) -> String {
    let texts = crate::i18n::t();
    let mut notes = Vec::new();
    if event.status == Status::Expected {
        notes.push(texts.expected);
    }
    if event.when.basis == Basis::Inferred {
        notes.push(texts.date_inferred);
    }
    let notes = if notes.is_empty() {
        String::new()
    } else {
        fill(texts.event_notes, &[("notes", &notes.join(texts.list_sep))])
    };
    let date = date_label(&event.when);
    fill(texts.event_name, &[("date", &date), ("title", &event.title), ("notes", &notes)])
}

/// An event's extent: from its first day to the day after its last.
fn extent_of(event: &Event) -> Extent {
    let start = day_number(event.when.start) as f64;
    let end = day_number(event.when.end) as f64 + 1.0;
    Extent { start: start.min(end - 1.0), end: end.max(start + 1.0) }
}

/// What full-text search reads of an event, lower-cased.
fn search_text(
    bundle: &Bundle,
    entity_by_id: &HashMap<String, usize>,
    article_by_id: &HashMap<String, usize>,
    event: &Event,
) -> String {
    // The kind as written and as the page names it ("summit", "정상회담").
    let kind = crate::view::lanes::kind_name(&event.kind);
    let mut text = format!("{}\n{}\n{kind}", event.title, event.kind.replace('_', " "));
    for entity in event.participants.iter().filter_map(|p| entity_by_id.get(p)) {
        let entity = &bundle.entities[*entity];
        text.push('\n');
        text.push_str(&entity.name);
        for alias in &entity.aliases {
            text.push('\n');
            text.push_str(alias);
        }
    }
    for source in &event.sources {
        let sentence = article_by_id
            .get(&source.article)
            .and_then(|&a| bundle.articles[a].text.get(source.start..source.end));
        if let Some(sentence) = sentence {
            text.push('\n');
            text.push_str(sentence);
        }
    }
    text.to_lowercase()
}

/// What the reader narrowed the events down to. Every part must hold for an event to show.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Filter {
    /// Only events with all of these participants (people, organizations, places).
    pub entities: Vec<String>,
    /// Only events of this kind.
    pub kind: Option<String>,
    /// Only events with a source in this article.
    pub article: Option<String>,
    /// Only events that overlap these days (`start` inclusive, `end` exclusive, day numbers).
    pub range: Option<Window>,
    /// Full-text search: every word must occur in the event's title, kind, participants'
    /// names or supporting sentences (case-insensitive).
    pub text: String,
}

impl Filter {
    /// Whether anything narrows the events.
    pub fn is_active(&self) -> bool {
        !self.entities.is_empty()
            || self.kind.is_some()
            || self.article.is_some()
            || self.range.is_some()
            || !self.text.trim().is_empty()
    }
}

/// The lower-cased words of a search.
pub fn search_words(text: &str) -> Vec<String> {
    text.to_lowercase().split_whitespace().map(str::to_string).collect()
}

/// The events the filter keeps, in time order.
pub fn filtered(model: &Model, filter: &Filter) -> Vec<usize> {
    let words = search_words(&filter.text);
    // Made on the first search only.
    let texts: &[Box<str>] = if words.is_empty() { &[] } else { model.search_text() };
    model
        .order
        .iter()
        .copied()
        .filter(|&i| {
            let event = &model.bundle.events[i];
            let extent = model.extents[i];
            filter.entities.iter().all(|id| event.participants.contains(id))
                && filter.kind.as_ref().is_none_or(|kind| &event.kind == kind)
                && filter
                    .article
                    .as_ref()
                    .is_none_or(|a| event.sources.iter().any(|s| &s.article == a))
                && filter.range.is_none_or(|r| extent.start < r.end && extent.end > r.start)
                && words.iter().all(|w| texts[i].contains(w.as_str()))
        })
        .collect()
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use dateline_core::bundle::{Entity, EntityKind, Mention, Status, When};
    use dateline_core::{Basis, Precision};
    use jiff::civil::date;

    /// A small bundle: three events, one a month band, two participants.
    pub(crate) fn sample_bundle() -> Bundle {
        let when = |s, e, precision| When { start: s, end: e, precision, basis: Basis::Stated };
        let event = |id: &str, title: &str, kind: &str, w: When, participants: &[&str]| Event {
            id: id.into(),
            title: title.into(),
            kind: kind.into(),
            when: w,
            status: Status::Happened,
            participants: participants.iter().map(|p| p.to_string()).collect(),
            senders: Vec::new(),
            recipients: Vec::new(),
            sources: vec![Mention { article: "a".into(), start: 0, end: 5 }],
            conflicts: vec![],
            newsworthiness: 0,
        };
        let entity = |id: &str, name: &str| Entity {
            id: id.into(),
            name: name.into(),
            kind: EntityKind::Person,
            aliases: vec![],
            roles: vec![],
            mentions: vec![],
            unnamed: false,
        };
        Bundle {
            events: vec![
                event(
                    "late",
                    "Hotline restored",
                    "communication",
                    when(date(2021, 7, 27), date(2021, 7, 27), Precision::Day),
                    &["p:moon", "p:kim"],
                ),
                event(
                    "early",
                    "Summit at Panmunjom",
                    "summit",
                    when(date(2018, 4, 27), date(2018, 4, 27), Precision::Day),
                    &["p:moon", "p:kim"],
                ),
                event(
                    "band",
                    "Letters exchanged",
                    "letter",
                    when(date(2019, 6, 1), date(2019, 6, 30), Precision::Month),
                    &["p:trump", "p:kim"],
                ),
            ],
            entities: vec![
                entity("p:moon", "Moon Jae-in"),
                entity("p:kim", "Kim Jong Un"),
                entity("p:trump", "Donald Trump"),
            ],
            ..Bundle::default()
        }
    }

    #[test]
    fn events_are_ordered_by_time_not_by_bundle_order() {
        let model = Model::new(sample_bundle());
        let ids: Vec<_> = model.order.iter().map(|&i| model.bundle.events[i].id.as_str()).collect();
        assert_eq!(ids, ["early", "band", "late"]);
        assert_eq!(model.rank[0], 2);
    }

    #[test]
    fn accessible_names_hold_the_date_label_and_the_title() {
        let mut bundle = sample_bundle();
        bundle.events[2].status = Status::Expected;
        bundle.events[2].when.basis = Basis::Inferred;
        let model = Model::new(bundle);
        assert_eq!(&*model.name(0), "27 July 2021: Hotline restored");
        assert_eq!(&*model.name(2), "June 2019: Letters exchanged (expected, date inferred)");
    }

    #[test]
    fn a_month_event_covers_the_whole_month() {
        let model = Model::new(sample_bundle());
        let band = model.extents[2];
        assert_eq!(band.end - band.start, 30.0);
        let day = model.extents[0];
        assert_eq!(day.end - day.start, 1.0);
    }

    #[test]
    fn filters_by_participant_and_by_words_in_names() {
        let model = Model::new(sample_bundle());
        let moon = Filter { entities: vec!["p:moon".into()], ..Filter::default() };
        assert_eq!(filtered(&model, &moon), vec![1, 0]);
        let trump = Filter { text: "TRUMP".into(), ..Filter::default() };
        assert_eq!(filtered(&model, &trump), vec![2]);
        assert_eq!(filtered(&model, &Filter::default()).len(), 3);
        let both =
            Filter { entities: vec!["p:moon".into(), "p:trump".into()], ..Filter::default() };
        assert!(filtered(&model, &both).is_empty(), "every entity must take part");
    }

    #[test]
    fn filters_by_kind_source_and_date_range() {
        let mut bundle = sample_bundle();
        bundle.events[2].sources[0].article = "b".into();
        let model = Model::new(bundle);
        let kind = Filter { kind: Some("summit".into()), ..Filter::default() };
        assert_eq!(filtered(&model, &kind), vec![1]);
        let source = Filter { article: Some("b".into()), ..Filter::default() };
        assert_eq!(filtered(&model, &source), vec![2]);
        // 15 June 2019 to 1 January 2020 overlaps the June 2019 band only.
        let june = model.extents[2];
        let range = Window::new(june.start + 14.0, june.start + 200.0);
        let dated = Filter { range: Some(range), ..Filter::default() };
        assert_eq!(filtered(&model, &dated), vec![2]);
    }

    #[test]
    fn full_text_search_reads_source_sentences_and_aliases_and_needs_every_word() {
        let mut bundle = sample_bundle();
        bundle.articles.push(
            dateline_core::corpus::analyze(dateline_core::corpus::Source {
                id: "a",
                bytes: b"Hotline back. The liaison office phoned at nine.",
            })
            .article,
        );
        bundle.events[0].sources[0] = Mention { article: "a".into(), start: 14, end: 48 };
        bundle.entities[1].aliases.push("Chairman Kim".into());
        let model = Model::new(bundle);
        let search =
            |text: &str| filtered(&model, &Filter { text: text.into(), ..Filter::default() });
        assert_eq!(search("liaison"), vec![0], "words of the supporting sentence");
        assert_eq!(search("chairman"), vec![1, 2, 0], "an alias of a participant");
        assert_eq!(search("office  NINE"), vec![0], "all words, any order, any case");
        assert!(search("office summit").is_empty());
    }

    #[test]
    fn excerpts_outside_the_text_or_off_char_boundaries_are_none() {
        let mut bundle = sample_bundle();
        bundle.articles.push(
            dateline_core::corpus::analyze(dateline_core::corpus::Source {
                id: "a",
                bytes: "Séoul".as_bytes(),
            })
            .article,
        );
        let model = Model::new(bundle);
        assert_eq!(model.excerpt("a", 0, 6), Some("Séoul"));
        assert_eq!(model.excerpt("a", 0, 2), None, "inside é");
        assert_eq!(model.excerpt("a", 0, 99), None);
        assert_eq!(model.excerpt("missing", 0, 1), None);
    }
}
